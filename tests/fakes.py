"""Helpers shared by tests: for the model path a letter that passes the rules, a chat completion
body, and an injected sleep and clock; for the offline writer a variation that always takes the
first wording and the follow-up said with it; the letters a notes file makes the day after
its interview. Kept here so no test module imports another."""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from pytest_httpserver import HTTPServer
from typer.testing import CliRunner, Result
from werkzeug import Request, Response

from composer import compose
from composer.backends.base import DraftRequest
from composer.cli import app
from composer.models import Notes
from composer.notes_file import load_notes
from composer.offline import OfflineBackend
from composer.offline.followup import follow_up_line
from composer.offline.phrasebook import Variation
from composer.offline.wording import Wording
from composer.rules.report import Report, Violation

READER14 = Path(__file__).parent / "corpus" / "readers" / "reader14"

MODEL = "test-model"

# Written to pass every error rule for examples/warm_email.json: greeting naming the interviewer,
# thanks + role + company up front, a qualification, a forward-looking close, sign-off and full
# name, only names and numbers found in the notes, 80-250 words, a Subject line with "Thank".
GOOD = """Subject: Thank you for the Senior Data Engineer interview

Dear Ms. Whitfield,

Thank you for taking the time to talk with me about the Senior Data Engineer role at Northwind \
Analytics. I enjoyed our conversation about moving the nightly batch jobs to streaming, and it \
left me even more excited about the work ahead.

With six years running Airflow and Kafka in production, I have led this kind of change before, \
and at Contoso I cut warehouse costs by 40%. I would bring a pragmatic migration plan that keeps \
the nightly reports running while the streaming jobs take over.

I hope your flight to Lisbon next week goes smoothly. I look forward to hearing about a decision \
by December 5, and I remain very interested in joining Northwind Analytics.

Best regards,
Priya Raman
priya.raman@example.com"""


def completion(content: str | None, finish: str = "stop") -> dict[str, Any]:
    return {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "created": 1700000000,
        "model": MODEL,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": content},
                "finish_reason": finish,
            }
        ],
        "usage": {"prompt_tokens": 300, "completion_tokens": 200, "total_tokens": 500},
    }


class Recorder:
    """Injected sleep + clock: records waits and advances a fake clock, never sleeps."""

    def __init__(self) -> None:
        self.waits: list[float] = []
        self.now = 1000.0

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.now += seconds

    def clock(self) -> float:
        return self.now


def copy_for_second(notes: Notes) -> str:
    """The first interviewer's offline letter with the greeting changed to the second one.

    The first one's personal line is swapped for one true of the second interviewer: kept, it would
    credit the second with the first one's rescue greyhound, a `grounding` error of its own; left
    out, the copy could fall under the length minimum, another error of its own. Either would blur
    what the copy is for: a letter whose only fault is repeating its colleague's.
    """
    first, second = notes.interviewers[:2]
    letter = OfflineBackend().draft(DraftRequest(notes=notes, interviewer=first)).text
    assert first.salutation and second.salutation
    paragraphs = letter.split("\n\n")
    personal = [p for p in paragraphs if "greyhound" in p]
    assert personal == ["I hope your new rescue greyhound is settling in well."]
    theirs = "I hope your cycling trip across Norway this summer goes well."
    swapped = "\n\n".join(theirs if p in personal else p for p in paragraphs)
    return swapped.replace(first.salutation, second.salutation)


def answer_in_turn(httpserver: HTTPServer, answers: list[str]) -> list[dict[str, Any]]:
    """Serve `answers` as chat completions, one per request in turn; the request bodies, as sent,
    fill the list returned."""
    bodies: list[dict[str, Any]] = []

    def handle(request: Request) -> Response:
        bodies.append(json.loads(request.get_data()))
        text = answers[len(bodies) - 1]
        return Response(json.dumps(completion(text)), 200, content_type="application/json")

    httpserver.expect_request("/v1/chat/completions").respond_with_handler(handle)
    return bodies


def count_reaching(count: Callable[[], int], expected: int, seconds: float = 10) -> int:
    """`count()` once it reaches `expected` (or `seconds` have passed): a server thread may take
    a request in later than the client has given up on it. The wait only catches a hang."""
    until = time.monotonic() + seconds
    while count() < expected and time.monotonic() < until:
        time.sleep(0.01)
    return count()


T = TypeVar("T")


class FirstChoice(Variation):
    """A variation that always takes the first wording of a section."""

    def order(self, slot: str, options: Sequence[T]) -> list[T]:
        return list(options)


def follow_up(item: str, tone: str = "warm") -> str | None:
    """The follow-up line of a warm (or `tone`) email, with the first wording of each section."""
    return follow_up_line(item, frozenset(), tone, "email", FirstChoice(""))


def one_error_per_bad(
    text: str,
    notes: Notes,
    to: str | None = None,
    *,
    proofread: bool = False,
    dialect: str | None = None,
    prompts: tuple[str, ...] = (),
    coordinator: bool = False,
) -> Report:
    """A stand-in for `check_letter`: one error per "BAD" in the text, a tone warning per
    "LOUD", and a proofread warning per "TYPO" when asked."""
    found = [
        Violation("grounding", "error", f"bad word {i}", quote="BAD", fix="remove BAD")
        for i in range(text.count("BAD"))
    ]
    if proofread:
        found += [Violation("proofread", "warning", "typo", quote="TYPO")] * text.count("TYPO")
    found += [Violation("tone", "warning", "loud")] * text.count("LOUD")
    return Report(to=to or "", words=len(text.split()), violations=tuple(found))


def bare_wording(seed: str, offset: int, tone: str = "formal") -> Wording:
    """A `Wording` of the formal example's notes with nothing said yet, its choices seeded."""
    wording = Wording()
    wording.notes = load_notes("examples/formal_letter.json")
    wording.tone = tone
    wording.channel = "email"
    wording.variation = Variation(seed=seed, offset=offset)
    wording.used = set()
    wording.moods = set()
    wording.frames = set()
    wording.taken = frozenset()
    return wording


def kwame_to_ask(path: Path) -> Path:
    """Reader 14's h114 (a workshop manager) with three lines typed so that no writer can read
    them, so `compose --ask` asks for them in this order: the follow-up, Tom's trip, the years in
    workshops. The writer improves session by session; these lines stay unreadable."""
    notes = json.loads((READER14 / "h114.json").read_text(encoding="utf-8"))
    notes["follow_up"] = "raj - 30 days q - said observe, shd hv been concrete"
    notes["interviewers"][2]["rapport"] = ["japan, keirin"]
    notes["qualifications"][2] = "w/shops 8 yrs @ VD, 3 lead"  # "8 yrs w/shops, ..." reads (s42)
    path.write_text(json.dumps(notes), encoding="utf-8")
    return path


def compose_offline(path: Path, *args: str, input: str | None = None) -> Result:
    """`thankyou compose PATH` with the offline writer on a fixed day (2026-12-02)."""
    command = ["compose", str(path), "--backend", "offline", "--today", "2026-12-02", *args]
    return CliRunner().invoke(app, command, input=input)


def letters_day_after(path: Path, **changes: str) -> list[str]:
    """The letters written from the notes file at `path` (with `changes`, such as a tone) on the
    day after its interview, each on one line."""
    notes = load_notes(path).model_copy(update=changes)
    today = notes.interview.date + dt.timedelta(days=1)
    return [" ".join(letter.text.split()) for letter in compose(notes, today=today)]


def notes_with(**fields: Any) -> Notes:
    """A small interview's notes (one warehouse candidate, one interviewer, the day before the
    letter) with `fields` typed in: "topics" and "rapport" are the first interviewer's, "panel"
    the number of interviewers (up to two); any other name is a notes field."""
    panel = fields.pop("panel", 1)
    people: list[dict[str, Any]] = [
        {"name": "Dana Brooks", "title": "Head of Operations", "topics": ["the winter rota"]},
        {"name": "Sam Okoro", "title": "Plant Manager", "topics": ["the night shift"]},
    ][:panel]
    for field in ("topics", "rapport"):
        if field in fields:
            people[0][field] = fields.pop(field)
    base: dict[str, Any] = {
        "candidate": {"name": "Alex Morgan"},
        "company": "Northwind Ltd",
        "role": "Operations Lead",
        "interview": {"date": "2027-01-20"},
        "interviewers": people,
        "qualifications": ["six years in warehouse operations"],
        "highlights": ["cut picking errors by 20% at my current site"],
        "tone": "warm",
    }
    return Notes.model_validate({**base, **fields})


def body_of(notes: Notes) -> str:
    """Every letter's body for `notes`, written the day after the interview, on one line."""
    letters = compose(notes, today=notes.interview.date + dt.timedelta(days=1))
    return " ".join(" ".join(letter.body.split()) for letter in letters)
