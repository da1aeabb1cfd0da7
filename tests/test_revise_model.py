"""`revise` with a model, end to end: the real openai client against a chat-completions server on
127.0.0.1 (pytest-httpserver). The letters the server answers with are written by hand."""

from __future__ import annotations

import json
from collections.abc import Iterator
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import openai
import pytest
from pytest_httpserver import HTTPServer
from typer.testing import CliRunner
from werkzeug import Request, Response

from composer.backends import transport
from composer.backends.transport import RetryPolicy
from composer.cli import app
from composer.errors import NotInNotesError
from composer.models import Notes
from composer.revise import revise
from composer.rules import check_letter
from tests.fakes import GOOD, MODEL, Recorder, completion

KEY = "sk-test-SECRET-revise-0123456789"
TODAY = "2026-11-25"


def ok(content: str) -> Response:
    body = json.dumps(completion(content))
    return Response(body, 200, content_type="application/json")


class Script:
    """Answers /v1/chat/completions with the given answers in order; the last one repeats."""

    def __init__(self, server: HTTPServer, *answers: Response) -> None:
        self.answers = list(answers)
        self.bodies: list[dict[str, Any]] = []
        server.expect_request("/v1/chat/completions", method="POST").respond_with_handler(
            self.handle
        )

    def handle(self, request: Request) -> Response:
        self.bodies.append(json.loads(request.get_data()))
        return self.answers[min(len(self.bodies), len(self.answers)) - 1]

    @property
    def count(self) -> int:
        return len(self.bodies)


# GOOD made shorter by hand: the same facts in fewer words, still passing every error rule.
SHORTER = """Subject: Thank you for the Senior Data Engineer interview

Dear Ms. Whitfield,

Thank you for talking with me about the Senior Data Engineer role at Northwind Analytics. Our \
conversation about moving the nightly batch jobs to streaming has stayed with me.

With six years running Airflow and Kafka in production, I would bring a pragmatic migration plan \
that keeps the nightly reports running, and at Contoso I cut warehouse costs by 40%.

I hope your flight to Lisbon next week goes smoothly, and I look forward to hearing about a \
decision by December 5.

Best regards,
Priya Raman"""

# SHORTER with a placeholder left in: a rule the model must be asked to fix.
WITH_PLACEHOLDER = SHORTER.replace(
    "I look forward to hearing", "I would love to join [Team Name], and I look forward to hearing"
)

# SHORTER saying what the user asked for, a place that is in none of the notes.
WITH_PARIS = SHORTER.replace(
    "Our conversation about", "It was a pleasure to meet you in Paris. Our conversation about"
)


@pytest.fixture(autouse=True)
def _fake_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    recorder = Recorder()
    policy = RetryPolicy(sleep=recorder.sleep, clock=recorder.clock)
    monkeypatch.setattr(transport, "DEFAULT_POLICY", policy)


@pytest.fixture(autouse=True)
def _server_had_no_errors(httpserver: HTTPServer) -> Iterator[None]:
    yield
    assert not httpserver.handler_errors


@pytest.fixture
def client(httpserver: HTTPServer) -> openai.OpenAI:
    return openai.OpenAI(api_key=KEY, base_url=httpserver.url_for("/v1"), timeout=5)


@pytest.fixture
def files(tmp_path: Path, examples_dir: Path) -> tuple[Path, Path]:
    notes = tmp_path / "notes.json"
    notes.write_bytes((examples_dir / "warm_email.json").read_bytes())
    letter = tmp_path / "letter.txt"
    letter.write_text(GOOD + "\n", encoding="utf-8")
    return notes, letter


def run_cli(httpserver: HTTPServer, *args: str) -> Any:
    model = ["--base-url", httpserver.url_for("/v1"), "--api-key", KEY, "--model", MODEL]
    return CliRunner().invoke(app, ["revise", *args, *model, "--today", TODAY])


def test_the_hand_written_revisions_are_judged_as_intended(warm_notes: Notes) -> None:
    def errors(text: str) -> set[str]:
        return {v.rule for v in check_letter(text, warm_notes, to="Dana Whitfield").errors}

    assert errors(SHORTER) == set()
    assert errors(WITH_PLACEHOLDER) == {"placeholders"}
    assert errors(WITH_PARIS) == {"grounding"}


def test_the_request_carries_the_letter_and_the_instruction(
    httpserver: HTTPServer, client: openai.OpenAI, warm_notes: Notes
) -> None:
    script = Script(httpserver, ok(SHORTER))
    letter = revise(GOOD, warm_notes, "make it  shorter", client=client, model=MODEL)
    assert script.count == 1
    messages = script.bodies[0]["messages"]
    assert [m["role"] for m in messages] == ["system", "user"]
    ask = messages[1]["content"]
    assert "make it shorter" in ask  # the instruction, its spacing tidied
    assert GOOD.strip() in ask  # the whole letter as it stands
    assert "she is flying to Lisbon next week" in ask  # and the notes
    assert letter.text == SHORTER and letter.ok and letter.attempts == 1
    assert letter.to == "Dana Whitfield" and letter.backend == "openai"


def test_a_revision_that_breaks_a_rule_is_reasked(
    httpserver: HTTPServer, client: openai.OpenAI, warm_notes: Notes
) -> None:
    script = Script(httpserver, ok(WITH_PLACEHOLDER), ok(SHORTER))
    letter = revise(GOOD, warm_notes, "shorter", client=client, model=MODEL)
    assert script.count == 2
    second = script.bodies[1]["messages"]
    assert [m["role"] for m in second] == ["system", "user", "assistant", "user"]
    assert "shorter" in second[1]["content"] and GOOD.strip() in second[1]["content"]
    assert second[2]["content"] == WITH_PLACEHOLDER
    assert "[placeholders]" in second[3]["content"] and "[Team Name]" in second[3]["content"]
    assert letter.text == SHORTER and letter.ok and letter.attempts == 2


def test_a_revision_that_never_passes_stops_at_max_attempts_with_the_best_draft(
    httpserver: HTTPServer, client: openai.OpenAI, warm_notes: Notes
) -> None:
    script = Script(httpserver, ok(WITH_PLACEHOLDER))
    letter = revise(GOOD, warm_notes, "shorter", client=client, model=MODEL, max_attempts=2)
    assert script.count == 2
    assert not letter.ok and letter.text == WITH_PLACEHOLDER and letter.attempts == 2


def test_a_fact_in_no_note_ends_at_once_with_where_to_add_it(
    httpserver: HTTPServer, client: openai.OpenAI, warm_notes: Notes
) -> None:
    script = Script(httpserver, ok(WITH_PARIS), ok(SHORTER))
    with pytest.raises(NotInNotesError) as caught:
        revise(GOOD, warm_notes, "say that we met in Paris", client=client, model=MODEL)
    assert script.count == 1  # not re-asked until the model drops it
    assert caught.value.terms == ["Paris"]
    assert caught.value.draft == WITH_PARIS
    message = str(caught.value)
    assert '"Paris"' in message and "in none of your notes" in message
    assert "interviewers[0].rapport" in message


def test_an_invented_fact_the_user_did_not_ask_for_is_reasked_not_blamed_on_them(
    httpserver: HTTPServer, client: openai.OpenAI, warm_notes: Notes
) -> None:
    script = Script(httpserver, ok(WITH_PARIS), ok(SHORTER))
    letter = revise(GOOD, warm_notes, "make it warmer", client=client, model=MODEL)
    assert script.count == 2
    assert '"Paris"' in script.bodies[1]["messages"][3]["content"]
    assert letter.text == SHORTER


def test_cli_prints_the_revised_letter_and_what_changed(
    httpserver: HTTPServer, files: tuple[Path, Path]
) -> None:
    notes, letter = files
    Script(httpserver, ok(SHORTER))
    result = run_cli(httpserver, str(letter), "--notes", str(notes), "shorter", "--diff")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == SHORTER + "\n"
    assert f"--- {letter}" in result.stderr and "+++ revised" in result.stderr
    assert "-With six years running Airflow and Kafka in production, I have led this kind" in (
        result.stderr
    )
    assert "+With six years running Airflow and Kafka in production, I would bring" in (
        result.stderr
    )
    assert "passes every rule" in result.stderr
    assert letter.read_text(encoding="utf-8") == GOOD + "\n"  # the letter itself is untouched
    assert KEY not in result.stdout and KEY not in result.stderr


def test_cli_a_fact_in_no_note_is_exit_2_with_the_message_and_nothing_written(
    httpserver: HTTPServer, files: tuple[Path, Path]
) -> None:
    notes, letter = files
    script = Script(httpserver, ok(WITH_PARIS))
    result = run_cli(
        httpserver, str(letter), "--notes", str(notes), "say we met in Paris", "--in-place"
    )
    assert result.exit_code == 2
    assert script.count == 1
    [line] = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert '"Paris"' in line and "interviewers[0].rapport" in line
    assert result.stdout == ""
    assert letter.read_text(encoding="utf-8") == GOOD + "\n"
    assert not letter.with_name("letter.txt.bak").exists()


def test_cli_in_place_keeps_a_backup_and_out_never_overwrites(
    httpserver: HTTPServer, files: tuple[Path, Path]
) -> None:
    notes, letter = files
    script = Script(httpserver, ok(SHORTER))
    result = run_cli(httpserver, str(letter), "--notes", str(notes), "shorter", "--in-place")
    assert result.exit_code == 0, result.stderr
    assert letter.read_text(encoding="utf-8") == SHORTER + "\n"
    assert letter.with_name("letter.txt.bak").read_text(encoding="utf-8") == GOOD + "\n"

    taken = letter.with_name("taken.txt")
    taken.write_text("mine\n", encoding="utf-8")
    result = run_cli(httpserver, str(letter), "--notes", str(notes), "shorter", "--out", str(taken))
    assert result.exit_code == 2 and "--force" in result.stderr
    assert taken.read_text(encoding="utf-8") == "mine\n"
    assert script.count == 1  # refused before asking the model
    result = run_cli(
        httpserver, str(letter), "--notes", str(notes), "shorter", "--out", str(taken), "--force"
    )
    assert result.exit_code == 0, result.stderr
    assert taken.read_text(encoding="utf-8") == SHORTER + "\n"


def test_cli_revises_an_eml_draft_into_an_eml_draft(
    httpserver: HTTPServer, files: tuple[Path, Path], tmp_path: Path
) -> None:
    notes, _ = files
    draft = tmp_path / "dana.eml"
    composed = CliRunner().invoke(
        app, ["compose", str(notes), "--backend", "offline", "--format", "eml", "--out", str(draft)]
    )
    assert composed.exit_code == 0, composed.stderr
    script = Script(httpserver, ok(SHORTER))
    result = run_cli(httpserver, str(draft), "--notes", str(notes), "shorter", "--in-place")
    assert result.exit_code == 0, result.stderr
    ask = script.bodies[0]["messages"][1]["content"]
    assert "Subject: " in ask and "Dear Ms. Whitfield," in ask and "X-Unsent" not in ask
    written = message_from_bytes(draft.read_bytes(), policy=policy.default)
    assert isinstance(written, EmailMessage) and written["X-Unsent"] == "1"
    body = written.get_body(("plain",))
    assert isinstance(body, EmailMessage)
    assert body.get_content().strip() == SHORTER.split("\n\n", 1)[1]
    assert draft.with_name("dana.eml.bak").exists()


def test_json_output_has_the_revised_letter(
    httpserver: HTTPServer, files: tuple[Path, Path]
) -> None:
    notes, letter = files
    Script(httpserver, ok(SHORTER))
    result = run_cli(httpserver, str(letter), "--notes", str(notes), "shorter", "-f", "json")
    assert result.exit_code == 0, result.stderr
    [entry] = json.loads(result.stdout)["letters"]
    assert entry["text"] == SHORTER and entry["ok"] is True


def test_the_not_ready_banner_of_a_failing_letter_is_not_sent_as_part_of_it(
    httpserver: HTTPServer, client: openai.OpenAI, warm_notes: Notes
) -> None:
    script = Script(httpserver, ok(SHORTER))
    marked = "!! NOT READY TO SEND: this letter breaks 1 rule (placeholders); see the report.\n\n"
    revise(marked + WITH_PLACEHOLDER, warm_notes, "fix it", client=client, model=MODEL)
    ask = script.bodies[0]["messages"][1]["content"]
    assert "NOT READY" not in ask and WITH_PLACEHOLDER in ask
