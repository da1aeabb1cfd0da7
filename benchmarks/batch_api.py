"""Batch API round trip: 50 letters through `thankyou batch --batch-api` against a loopback server.

    .venv/bin/python benchmarks/batch_api.py

The server (the one tests/test_batch_api.py uses: files and batches endpoints as documented, a
batch going validating -> in_progress -> finalizing -> completed over three polls) answers 10 of
the 50 first drafts with a letter that breaks rules, so there is one re-ask round. Reported:
every letter delivered, and the requests of each kind (target: one upload and one create per
round, polls bounded, one download per output file).
"""

from __future__ import annotations

import logging
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pytest_httpserver import HTTPServer  # noqa: E402

from composer.backends.base import ModelSettings  # noqa: E402
from composer.backends.openai_backend import OpenAIBackend  # noqa: E402
from composer.batch_api import Poll, start_batch_api  # noqa: E402
from composer.notes_file import load_notes  # noqa: E402
from tests.test_batch_api import BatchServer, honest  # noqa: E402
from tests.test_model_compose import BAD, KEY  # noqa: E402

LETTERS = 50
SLIPS = 10


def main() -> int:
    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # one line per request otherwise
    server = HTTPServer(host="127.0.0.1", port=0)
    server.start()
    try:
        warm = load_notes(ROOT / "examples" / "warm_email.json")
        batch = BatchServer(server, honest([warm], {"Dana Whitfield": [BAD] * SLIPS}))
        settings = ModelSettings(model="bench", base_url=server.url_for("/v1"), api_key=KEY)
        backend = OpenAIBackend.from_settings(settings, env={})
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp, "notes")
            folder.mkdir()
            data = (ROOT / "examples" / "warm_email.json").read_bytes()
            for index in range(LETTERS):
                (folder / f"candidate-{index:03d}.json").write_bytes(data)
            start = time.perf_counter()
            rows = start_batch_api(
                [folder], Path(tmp, "out"), backend, poll=Poll(first=0.0, sleep=lambda _s: None)
            )
            elapsed = time.perf_counter() - start
    finally:
        server.stop()
    ok = sum(row.status == "ok" for row in rows)
    reasked = sum(row.attempts == 2 for row in rows)
    print(f"{ok} of {len(rows)} letters delivered ok, {reasked} after one re-ask; {elapsed:.1f} s")
    rounds = [len(lines) for lines in batch.inputs]
    print(f"rounds: {rounds} letters; requests: {dict(batch.calls)}")
    return 0 if ok == LETTERS else 1


if __name__ == "__main__":
    raise SystemExit(main())
