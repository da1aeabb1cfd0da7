"""LinkedIn notes through the model path: a chat-completions server on 127.0.0.1, the real openai
client. The server plays a model that writes a note from what the request tells it (the facts and
the character limit), with wordings written for this test; no real service is reached."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import openai
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from composer.compose import compose, preview_messages
from composer.models import Notes, with_channel
from composer.notes_file import load_notes
from tests.conftest import example_files
from tests.fakes import MODEL, answer_in_turn, completion

KEY = "sk-test-linkedin-0123456789"
TONES = ("warm", "formal", "concise")

# Hand-written for examples/warm_email.json: 201 characters, one over the free limit.
NOTE_201 = (
    "Dear Ms. Whitfield,\n"
    "Thanks for talking through the Senior Data Engineer role at Northwind Analytics. "
    "I enjoyed our talk about moving batch jobs to streaming. I look forward to hearing more.\n"
    "Priya Raman"
)
NOTE_195 = NOTE_201.replace("I look forward to hearing more.", "I hope to hear more.")


def _field(text: str, label: str) -> str:
    match = re.search(rf"^- {label}: (.+)$", text, re.MULTILINE)
    assert match, label
    return match.group(1).strip()


def _bullets(text: str, label: str) -> list[str]:
    match = re.search(rf"^- {label}:\n((?:  - .+\n?)+)", text, re.MULTILINE)
    assert match, label
    items = [line.strip()[2:] for line in match.group(1).splitlines()]
    return [item for item in items if item != "not given"]


class NoteModel:
    """Writes a note from the request alone: the first of its wordings within the limit the
    system prompt states. Records what it was sent."""

    def __init__(self, server: HTTPServer) -> None:
        self.bodies: list[dict[str, Any]] = []
        server.expect_request("/v1/chat/completions", method="POST").respond_with_handler(
            self.handle
        )

    def handle(self, request: Request) -> Response:
        body = json.loads(request.get_data())
        self.bodies.append(body)
        system, user = body["messages"][0]["content"], body["messages"][1]["content"]
        stated = re.search(r"LinkedIn connection note: at most (\d+) characters", system)
        assert stated, "the system prompt states the limit"
        limit = int(stated[1])
        # Each reader's place on the panel, whatever order the drafts arrive in.
        others = _field(user, "Others on the panel, who get letters of their own")
        panel = sorted([_field(user, "Name"), *(n for n in others.split(", ") if n != "none")])
        text = self.write(user, limit, panel.index(_field(user, "Name")))
        return Response(json.dumps(completion(text)), 200, content_type="application/json")

    @staticmethod
    def write(request: str, limit: int, place: int = 0) -> str:
        tone = re.search(r"in a (\w+) tone", request)
        assert tone, "the request names the tone"
        greet = _field(request, "Greet them as")
        word = "Dear" if tone[1] == "formal" or " " in greet or "." in greet else "Hi"
        role, company = _field(request, "Role"), _field(request, "Company")
        name = _field(request, "Candidate")
        topics = _bullets(request, "What they discussed with the candidate")
        points = [f"I enjoyed our talk about {topic}." for topic in topics]
        points += [f"I bring {q}." for q in _bullets(request, "Qualifications")]
        thanks = (
            f"Thank you for talking with me about the {role} role at {company}.",
            f"Thank you for discussing the {role} role at {company}.",
            f"Thanks for discussing the {role} role at {company}.",
            f"Thanks for our talk on the {role} role at {company}.",
        )
        closes = ("I look forward to hearing from you.", "I hope to hear from you.")
        for point in points:
            # Of the wordings that fit, each reader of a panel takes another thanks.
            fitting: dict[str, list[str]] = {}
            for first in thanks:
                for close in closes:
                    note = f"{word} {greet},\n{first} {point} {close}\n{name}"
                    if len(note) <= limit:
                        fitting.setdefault(first, []).append(note)
            if fitting:
                notes = list(fitting.values())[place % len(fitting)]
                return notes[place // len(fitting) % len(notes)]
        raise AssertionError(f"no wording fits {limit} characters: {request}")


def client(httpserver: HTTPServer) -> openai.OpenAI:
    return openai.OpenAI(api_key=KEY, base_url=httpserver.url_for("/v1"), timeout=5)


# The fake model's hand-written wordings give a panel of up to three distinct notes; the panel of
# nine is the coordinator letter's example.
SMALL_PANELS = [p for p in example_files() if len(load_notes(p).interviewers) <= 3]


@pytest.mark.parametrize("limit", [None, 300])
@pytest.mark.parametrize("path", SMALL_PANELS, ids=lambda p: p.stem)
def test_model_notes_fit_and_pass_for_every_example_and_tone(
    httpserver: HTTPServer, path: Path, limit: int | None
) -> None:
    model = NoteModel(httpserver)
    for tone in TONES:
        notes = with_channel(load_notes(path).model_copy(update={"tone": tone}), "linkedin", limit)
        letters = compose(notes, client=client(httpserver), model=MODEL)
        for letter in letters:
            assert letter.ok and letter.attempts == 1, (letter.text, letter.report.errors)
            assert len(letter.text) <= (limit or 200)
            assert letter.subject is None and letter.text.endswith(notes.candidate.name)
        system = model.bodies[-1]["messages"][0]["content"]
        assert f"at most {limit or 200} characters" in system
    assert not httpserver.handler_errors


def test_a_note_over_the_limit_is_sent_back_with_its_count(
    httpserver: HTTPServer, warm_notes: Notes
) -> None:
    bodies = answer_in_turn(httpserver, [NOTE_201, NOTE_195])
    notes = with_channel(warm_notes, "linkedin")
    [letter] = compose(notes, client=client(httpserver), model=MODEL)
    assert letter.ok and letter.attempts == 2 and letter.text == NOTE_195
    reask = bodies[1]["messages"][3]["content"]
    assert "[length]" in reask and "201 characters" in reask and "is 200" in reask
    assert len(bodies) == 2 and not httpserver.handler_errors


def test_the_request_asks_for_a_note_not_a_letter(warm_notes: Notes) -> None:
    [(_, messages)] = preview_messages(with_channel(warm_notes, "linkedin", 300))
    system, user = messages[0]["content"], messages[1]["content"]
    assert "LinkedIn connection note: at most 300 characters" in system
    assert "Write the LinkedIn connection note to Dana Whitfield" in user
    assert "never more than 300" in user and '"Priya Raman" on the last line' in user
    assert "Subject" not in user
    [(_, email)] = preview_messages(warm_notes)
    assert "at most 200 characters" in email[0]["content"]  # the default, for reference
    assert 'Start with a line "Subject: ..."' in email[1]["content"]
