"""Model calls per accepted letter and prompt size, against a scripted model on 127.0.0.1.

Every examples/*.json goes through `compose()` with the OpenAI backend and the real openai client,
talking to a small loopback server that speaks /v1/chat/completions and answers each request with
a compliant draft (the offline composer's letter for the interviewer the request names). So this
measures our side: how many calls a letter costs when the model complies, and how many characters
we send. Targets: instructions (the system prompt) under 3,000 characters; one call per letter.

Run: .venv/bin/python benchmarks/model_calls.py
"""

from __future__ import annotations

import json
import sys
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from composer import ModelSettings, choose_backend
from composer.backends.base import DraftRequest
from composer.compose import compose
from composer.models import Notes
from composer.notes_file import load_notes
from composer.offline import OfflineBackend

ROOT = Path(__file__).resolve().parent.parent
INSTRUCTIONS_TARGET = 3000
# A first draft that breaks several rules: preamble, placeholder, too short, no sign-off.
SLIP = "Here is your letter:\n\nHi,\n\nThanks for the chat about the job at [{company}]!!\n"


@dataclass
class Scripted:
    """What the loopback model has seen: the notes it writes from and every request body."""

    notes: Notes | None = None
    slip: bool = False
    requests: list[dict[str, Any]] = field(default_factory=list)


def _requested(notes: Notes, messages: list[dict[str, str]]) -> str:
    """The interviewer a request is for: the one named first in the first user message."""
    text = next(m["content"] for m in messages if m["role"] == "user")
    named = [(text.find(p.name), p.name) for p in notes.interviewers if p.name in text]
    return min(named)[1] if named else notes.interviewers[0].name


def serve(state: Scripted) -> ThreadingHTTPServer:
    """Start the scripted model on a free port of 127.0.0.1 (in a daemon thread)."""
    offline = OfflineBackend()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            state.requests.append(body)
            assert state.notes is not None
            person = state.notes.interviewer(_requested(state.notes, body["messages"]))
            text = offline.draft(DraftRequest(notes=state.notes, interviewer=person)).text
            if state.slip and len(body["messages"]) == 2:
                text = SLIP.format(company=state.notes.company)
            sent = sum(len(m["content"]) for m in body["messages"])
            reply = {
                "id": "chatcmpl-bench",
                "object": "chat.completion",
                "created": 0,
                "model": body["model"],
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": text},
                        "finish_reason": "stop",
                    }
                ],
                "usage": {
                    "prompt_tokens": sent // 4,
                    "completion_tokens": len(text) // 4,
                    "total_tokens": (sent + len(text)) // 4,
                },
            }
            data = json.dumps(reply).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: Any) -> None:  # quiet
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@dataclass
class Totals:
    """Figures over all examples for one behaviour of the scripted model."""

    letters: int = 0
    accepted: int = 0
    calls: int = 0
    system: int = 0  # largest system prompt, characters
    first: int = 0  # largest first request (all messages), characters
    reask: int = 0  # largest re-ask request (all messages), characters

    @property
    def per_letter(self) -> float:
        return self.calls / self.accepted if self.accepted else float("inf")


def run(state: Scripted, settings: ModelSettings, *, slip: bool) -> Totals:
    """Compose every example; with `slip` each letter's first draft breaks the rules."""
    state.slip = slip
    totals = Totals()
    print(f"{'example':<24}{'letters':>8}{'accepted':>9}{'calls':>6}{'calls/acc':>10}")
    for path in sorted((ROOT / "examples").glob("*.json")):
        notes = load_notes(path)
        state.notes = notes
        start = len(state.requests)
        backend, _ = choose_backend("openai", settings, env={})
        letters = compose(notes, backend=backend)
        bodies = state.requests[start:]
        accepted = sum(letter.ok for letter in letters)
        assert len(bodies) == sum(letter.calls for letter in letters)
        for body in bodies:
            messages = body["messages"]
            size = sum(len(m["content"]) for m in messages)
            if len(messages) == 2:
                totals.first = max(totals.first, size)
            else:
                totals.reask = max(totals.reask, size)
            system = [len(m["content"]) for m in messages if m["role"] == "system"]
            totals.system = max(totals.system, *system)
        totals.letters += len(letters)
        totals.accepted += accepted
        totals.calls += len(bodies)
        per = f"{len(bodies) / accepted:.2f}" if accepted else "-"
        print(f"{path.stem:<24}{len(letters):>8}{accepted:>9}{len(bodies):>6}{per:>10}")
    print(
        f"{totals.letters} letters, {totals.accepted} accepted, {totals.calls} model calls: "
        f"{totals.per_letter:.2f} calls per accepted letter\n"
    )
    return totals


def main() -> int:
    """Compose every example against the scripted model and print the figures."""
    state = Scripted()
    server = serve(state)
    base_url = f"http://127.0.0.1:{server.server_address[1]}/v1"
    settings = ModelSettings(model="scripted", base_url=base_url, timeout=10)
    print(f"scripted model at {base_url}\n")
    print("== the model complies ==")
    complies = run(state, settings, slip=False)
    print("== the model's first draft of each letter breaks the rules ==")
    slips = run(state, settings, slip=True)
    server.shutdown()
    print(
        f"calls per accepted letter: {complies.per_letter:.2f} when the model complies "
        f"(target 1.00), {slips.per_letter:.2f} when each first draft slips"
    )
    print(
        f"instructions (system prompt): {complies.system} characters "
        f"(target under {INSTRUCTIONS_TARGET})"
    )
    print(
        f"full request: at most {complies.first} characters for a first draft, "
        f"{slips.reask} for a re-ask (it carries the last draft and its violations)"
    )
    met = complies.per_letter == 1.0 and complies.system < INSTRUCTIONS_TARGET
    print("targets met" if met else "TARGETS MISSED")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
