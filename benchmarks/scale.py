"""Scale: a panel drafted at once, many letters with --jobs, and 1,000 notes files offline.

    .venv/bin/python benchmarks/scale.py panel     # 5 letters, server answers after 2 s
    .venv/bin/python benchmarks/scale.py many      # 200 letters, 1 s each, --jobs 8
    .venv/bin/python benchmarks/scale.py offline   # 100, 1,000 and 2,500 notes files, offline
    .venv/bin/python benchmarks/scale.py offline 1000 3000   # other numbers of files

The model is a loopback server on 127.0.0.1 speaking /v1/chat/completions: it waits the given
time, then answers with the offline composer's letter to the interviewer the request names (a
compliant draft, so each letter costs one request). It is driven by the real openai client.
Targets (issue 13): a panel of 5 at most 1.5x one letter; 200 letters at most 1.3x the ideal
200 / 8 x 1 s; offline at least 100 letters/s, peak memory flat from 100 to 2,500 files (the growth
between each two numbers of files is printed).
Offline figures also count CPU seconds: other work on the machine slows the clock, not those.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from composer import compose, compose_many, load_notes
from composer.backend_choice import choose_backend
from composer.backends.base import DraftRequest, ModelSettings
from composer.models import Interviewer, Notes
from composer.offline import OfflineBackend

ROOT = Path(__file__).resolve().parent.parent
THANKYOU = str(Path(sys.executable).with_name("thankyou"))


class Model:
    """The loopback model: `letters` maps an interviewer's name to the reply for them."""

    def __init__(self, delay: float) -> None:
        self.delay = delay
        self.letters: dict[str, str] = {}
        self.requests = 0
        self.lock = threading.Lock()

    def learn(self, notes: Notes) -> None:
        offline = OfflineBackend()
        for person in notes.interviewers:
            self.letters[person.name] = offline.draft(DraftRequest(notes, person)).text

    def reply(self, body: dict[str, object]) -> dict[str, object]:
        messages = body["messages"]
        assert isinstance(messages, list)
        text = str(messages[1]["content"])
        named = [(text.find(name), name) for name in self.letters if name in text]
        content = self.letters[min(named)[1]]
        return {
            "id": "chatcmpl-bench",
            "object": "chat.completion",
            "created": 1700000000,
            "model": "bench",
            "choices": [
                {
                    "index": 0,
                    "message": {"role": "assistant", "content": content},
                    "finish_reason": "stop",
                }
            ],
            "usage": {"prompt_tokens": 300, "completion_tokens": 200, "total_tokens": 500},
        }

    def serve(self) -> ThreadingHTTPServer:
        model = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                with model.lock:
                    model.requests += 1
                time.sleep(model.delay)
                data = json.dumps(model.reply(body)).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *_: object) -> None:
                return None

        server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, daemon=True).start()
        return server


def panel_of_five() -> Notes:
    """The panel of three from examples/, with two more interviewers of their own topics."""
    notes = load_notes(ROOT / "examples" / "panel_three.json")
    more = [
        Interviewer(
            name="Rosa Delgado",
            title="Research Lead",
            salutation="Rosa",
            topics=["running diary studies with patients at home"],
        ),
        Interviewer(
            name="Tomasz Wiśniewski",
            title="Product Manager",
            salutation="Tomasz",
            topics=["how the roadmap balances clinics and patients"],
        ),
    ]
    return notes.model_copy(update={"interviewers": [*notes.interviewers, *more]})


def backend_for(server: ThreadingHTTPServer) -> object:
    url = f"http://127.0.0.1:{server.server_address[1]}/v1"
    backend, _ = choose_backend("openai", ModelSettings(model="bench", base_url=url))
    return backend


def bench_panel() -> None:
    model = Model(delay=2.0)
    notes = panel_of_five()
    model.learn(notes)
    server = model.serve()
    backend = backend_for(server)
    one = notes.model_copy(update={"interviewers": notes.interviewers[:1]})
    compose(one, backend=backend)  # type: ignore[arg-type]  # warm-up: imports, connection
    start = time.perf_counter()
    [single] = compose(one, backend=backend)  # type: ignore[arg-type]
    single_s = time.perf_counter() - start
    model.requests = 0
    start = time.perf_counter()
    letters = compose(notes, backend=backend)  # type: ignore[arg-type]
    panel_s = time.perf_counter() - start
    server.shutdown()
    assert single.ok and all(letter.ok for letter in letters), "the scripted letters must pass"
    print(f"one letter: {single_s:.2f} s; panel of 5 (default jobs): {panel_s:.2f} s")
    print(f"panel / one = {panel_s / single_s:.2f}x (target <= 1.5x); requests {model.requests}")
    server = model.serve()
    backend = backend_for(server)
    compose(one, backend=backend)  # type: ignore[arg-type]
    start = time.perf_counter()
    letters = compose(notes, backend=backend, jobs=4)  # type: ignore[arg-type]
    jobs4 = time.perf_counter() - start
    server.shutdown()
    print(f"panel of 5 with jobs=4: {jobs4:.2f} s = {jobs4 / single_s:.2f}x one letter")


def bench_many(count: int = 200, jobs: int = 8, delay: float = 1.0) -> None:
    model = Model(delay=delay)
    notes = load_notes(ROOT / "examples" / "warm_email.json")
    model.learn(notes)
    server = model.serve()
    url = f"http://127.0.0.1:{server.server_address[1]}/v1"
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp, "notes")
        folder.mkdir()
        data = (ROOT / "examples" / "warm_email.json").read_bytes()
        for index in range(count):
            (folder / f"candidate-{index:04d}.json").write_bytes(data)
        command = [
            THANKYOU, "batch", str(folder), "--out", str(Path(tmp, "out")),
            "--backend", "openai", "--base-url", url, "--model", "bench", "--jobs", str(jobs),
        ]  # fmt: skip
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        elapsed = time.perf_counter() - start
    server.shutdown()
    ideal = count / jobs * delay
    print(
        f"{count} letters, server {delay:g} s, --jobs {jobs}: {elapsed:.1f} s (exit "
        f"{done.returncode}); ideal {ideal:.0f} s; ratio {elapsed / ideal:.2f} (target <= 1.3); "
        f"requests {model.requests}"
    )
    print(done.stderr.strip().splitlines()[-1])


def _make_files(folder: Path, count: int) -> None:
    """`count` notes files: the examples in turn, each candidate with a name of their own."""
    sources = sorted((ROOT / "examples").glob("*.json"))
    for index in range(count):
        data = json.loads(sources[index % len(sources)].read_text(encoding="utf-8"))
        data["candidate"]["name"] = f"Alex Candidate{index:04d}"
        (folder / f"n{index:04d}.json").write_text(json.dumps(data), encoding="utf-8")


def bench_offline(counts: tuple[int, ...] = (100, 1000, 2500)) -> None:
    peaks: list[tuple[int, float]] = []  # (notes files, peak RSS in MB)
    for count in counts:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp, "notes")
            folder.mkdir()
            _make_files(folder, count)
            command = [THANKYOU, "batch", str(folder), "--out", str(Path(tmp, "out"))]
            start = time.perf_counter()
            child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            assert child.stderr is not None
            lines = child.stderr.read().decode().strip().splitlines()
            _, status, usage = os.wait4(child.pid, 0)
            elapsed = time.perf_counter() - start
            summary = _summary_line(lines)
            letters = int(summary.split()[0])
            cpu = usage.ru_utime + usage.ru_stime
            print(
                f"{count} notes files: {letters} letters in {elapsed:.1f} s = "
                f"{letters / elapsed:.0f} letters/s (start-up included); {cpu:.1f} CPU s = "
                f"{letters / cpu:.0f} letters per CPU second; peak RSS "
                f"{usage.ru_maxrss / 1024:.1f} MB; exit {os.waitstatus_to_exitcode(status)} "
                f"(load average {os.getloadavg()[0]:.2f})"
            )
            print(f"  {summary}")
            for line in lines:
                if not line.startswith("ok ") and line != summary:
                    print(f"  {line}")
            peaks.append((count, usage.ru_maxrss / 1024))
    for (few, low), (many, high) in itertools.pairwise(peaks):
        print(
            f"peak RSS {low:.1f} MB at {few} files, {high:.1f} MB at {many}: "
            f"{(high - low) / (many - few) * 1000:+.2f} MB per 1,000 more files (target: flat)"
        )


_SUMMARY_RE = re.compile(r"^\d+ letters: ")


def _summary_line(lines: list[str]) -> str:
    """The batch's count line ("N letters: ..."), wherever it falls among the last lines.

    A run where some letter breaks a rule ends with an "Exit 1: ..." line after it.
    """
    for line in reversed(lines):
        if _SUMMARY_RE.match(line):
            return line
    raise SystemExit("thankyou batch printed no summary line:\n" + "\n".join(lines[-5:]))


def bench_library_offline(count: int = 1000) -> None:
    """compose_many alone (no files written): letters per second of the offline composer.

    Each notes file is read from disk as it is needed, as `thankyou batch` reads them: copies of
    a few loaded notes would share their objects and flatter the figure.
    """
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        _make_files(folder, count)
        paths = sorted(folder.glob("*.json"))
        start, cpu = time.perf_counter(), time.process_time()
        letters = sum(1 for _ in compose_many(load_notes(path) for path in paths))
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(
        f"compose_many offline: {letters} letters in {elapsed:.1f} s = {letters / elapsed:.0f}/s; "
        f"{letters / cpu:.0f} per CPU second (notes read from {count} files as it goes)"
    )


def main() -> int:
    which = sys.argv[1] if len(sys.argv) > 1 else "all"
    if which in ("panel", "all"):
        bench_panel()
    if which in ("many", "all"):
        bench_many()
    if which in ("offline", "all"):
        counts = tuple(int(arg) for arg in sys.argv[2:]) or (100, 1000, 2500)
        bench_offline(counts)
        bench_library_offline()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
