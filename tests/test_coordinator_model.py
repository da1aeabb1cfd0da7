"""The letter to the coordinator through a model: the real openai client against a server on
127.0.0.1 that speaks the chat-completions API. Its own prompt, and a re-ask that names the
misspelt panellist with the spelling to use."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import openai
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from composer.compose import compose, preview_messages
from composer.many import compose_many
from composer.models import Notes
from composer.notes_file import load_notes
from tests.fakes import MODEL, completion
from tests.test_coordinator import HAND_WRITTEN, PANEL

KEY = "sk-test-coordinator-000"


def emailed(examples_dir: Path) -> Notes:
    notes = load_notes(examples_dir / "big_panel_coordinator.json")
    return Notes.model_validate({**notes.model_dump(), "channel": "email"})


class Replies:
    """Answers each request with the next reply; records what was asked."""

    def __init__(self, server: HTTPServer, *replies: str) -> None:
        self.replies = list(replies)
        self.bodies: list[dict[str, Any]] = []
        server.expect_request("/v1/chat/completions", method="POST").respond_with_handler(
            self.handle
        )

    def handle(self, request: Request) -> Response:
        self.bodies.append(json.loads(request.get_data()))
        reply = self.replies[min(len(self.bodies), len(self.replies)) - 1]
        return Response(json.dumps(completion(reply)), 200, content_type="application/json")


def client(server: HTTPServer) -> openai.OpenAI:
    return openai.OpenAI(api_key=KEY, base_url=server.url_for("/v1"), timeout=5)


def test_the_coordinator_prompt_names_the_panel_and_the_task(
    httpserver: HTTPServer, examples_dir: Path
) -> None:
    notes = emailed(examples_dir)
    replies = Replies(httpserver, HAND_WRITTEN)
    [letter] = compose(notes, client=client(httpserver), model=MODEL, coordinator_only=True)
    assert letter.ok and letter.coordinator and letter.attempts == 1
    [body] = replies.bodies
    ask = body["messages"][1]["content"]
    assert "Rachel Adeyemi-Brooks, the panel's coordinator" in ask
    assert "  - Aisha Rahman, Product Owner, Flexibility Markets" in ask
    assert all(f"  - {name}" in ask for name in PANEL)
    assert "pass the candidate's thanks on" in ask
    assert "Greet Rachel Adeyemi-Brooks as: Ms. Adeyemi-Brooks." in ask
    # the panellists' personal notes are not sent for this letter
    assert "marathon" not in ask and "Designing Data-Intensive" not in ask


def test_a_misspelt_panellist_goes_back_with_the_spelling(
    httpserver: HTTPServer, examples_dir: Path
) -> None:
    notes = emailed(examples_dir)
    misspelt = HAND_WRITTEN.replace("Hiroshi Tanaka", "Hiroshi Tanaak")
    replies = Replies(httpserver, misspelt, HAND_WRITTEN)
    [letter] = compose(notes, client=client(httpserver), model=MODEL, coordinator_only=True)
    assert letter.ok and letter.attempts == 2
    reask = replies.bodies[1]["messages"][-1]["content"]
    assert "[names]" in reask and 'Spell "Tanaak" exactly as "Tanaka".' in reask
    assert replies.bodies[1]["messages"][-2]["content"] == misspelt.strip()


def test_preview_shows_the_coordinator_request_last(examples_dir: Path) -> None:
    notes = emailed(examples_dir)
    previews = preview_messages(notes)
    assert [person.name for person, _ in previews] == [*PANEL, "Rachel Adeyemi-Brooks"]
    assert "# The panel, to be named in full" in previews[-1][1][1]["content"]
    assert "# The panel" not in previews[0][1][1]["content"]


def test_compose_many_with_a_model_adds_the_coordinator_letter_after_the_panel(
    httpserver: HTTPServer, examples_dir: Path
) -> None:
    notes = emailed(examples_dir)
    asked: list[bool] = []

    def answer(request: Request) -> Response:
        ask = json.loads(request.get_data())["messages"][1]["content"]
        to_coordinator = "# The panel, to be named in full" in ask
        asked.append(to_coordinator)
        reply = HAND_WRITTEN if to_coordinator else "Subject: Thanks\n\nDear you,\n\nThanks.\n"
        return Response(json.dumps(completion(reply)), 200, content_type="application/json")

    httpserver.expect_request("/v1/chat/completions").respond_with_handler(answer)
    items = list(
        compose_many([notes], client=client(httpserver), model=MODEL, max_attempts=1, jobs=3)
    )
    assert [item.interviewer.name for item in items] == [*PANEL, "Rachel Adeyemi-Brooks"]
    assert [item.coordinator for item in items] == [False] * 9 + [True]
    last = items[-1].letter
    assert last is not None and last.ok and last.coordinator
    assert asked.count(True) == 1 and asked[-1] is True  # asked once, after the panel
