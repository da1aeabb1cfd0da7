"""`thankyou interview` and composer.interview: the questions, the checks, the saved notes."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest
import typer.main
from hypothesis import example, given, settings
from hypothesis import strategies as st
from pytest_httpserver import HTTPServer
from typer.testing import CliRunner, Result

import composer.cli.interviewing as interview_cli
from composer.cli import app
from composer.interview import InterviewSession
from composer.models import Notes
from composer.notes_file import (
    default_notes_path,
    draft_json,
    load_notes,
    load_prefill,
    notes_json,
    parse_notes,
    save_new,
    slug,
)
from composer.questions import Invalid, list_item, parse_choice, parse_date

TODAY = dt.date(2026, 11, 25)

# The answers that rebuild examples/warm_email.json, question by question.
ABOUT_PRIYA = [
    "Priya Raman",
    "priya.raman@example.com",
    "+1 555 010 0199",
    "Northwind Analytics",
    "Senior Data Engineer",
    "2026-11-24",
    "video",
    "second round",
]
DANA = [
    "Dana Whitfield",
    "Director of Data Platform",
    "dana.whitfield@northwind.example",
    "Ms. Whitfield",
    "moving the nightly batch jobs to streaming",
    "",
    "she is flying to Lisbon next week",
    "",
]
THE_REST = [
    "six years running Airflow and Kafka in production",
    "",
    "cut warehouse costs by 40% at Contoso",
    "",
    "a pragmatic migration plan that keeps the nightly reports running",
    "",
    "a decision by December 5",
    "no",
    "warm",
    "email",
]
WARM_EMAIL = [*ABOUT_PRIYA, *DANA, "no", *THE_REST, ""]


def typed(lines: Iterable[str]) -> str:
    """Answers as piped input, one per line."""
    return "".join(f"{line}\n" for line in lines)


def run(args: list[str], answers: Iterable[str]) -> Result:
    """`thankyou interview ARGS` with the offline composer, on a fixed day, answers piped in."""
    fixed = ["--backend", "offline", "--today", TODAY.isoformat()]
    return CliRunner().invoke(app, ["interview", *fixed, *args], input=typed(answers))


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)


def scripted(answers: Iterable[str]) -> tuple[Callable[[str, str | None], str], list[str]]:
    """An `ask` that replays `answers` (Enter gives the default) and records the prompts."""
    queue = list(answers)
    prompts: list[str] = []

    def ask(prompt: str, default: str | None) -> str:
        prompts.append(prompt)
        if not queue:
            raise EOFError
        answer = queue.pop(0)
        return answer if answer.strip() else (default or "")

    return ask, prompts


def session(
    answers: Iterable[str], prefill: dict[str, Any] | None = None
) -> tuple[InterviewSession, list[str]]:
    """A session on scripted answers, and the list of what it told the person."""
    ask, _ = scripted(answers)
    told: list[str] = []
    return InterviewSession(ask, told.append, prefill=prefill, today=TODAY), told


# -- the library: parsing single answers ---------------------------------------------------------


def test_dates_accept_words_and_iso_and_refuse_the_rest() -> None:
    assert parse_date("today", TODAY) == TODAY
    assert parse_date(" Yesterday ", TODAY) == dt.date(2026, 11, 24)
    assert parse_date("2026-11-02", TODAY) == dt.date(2026, 11, 2)
    with pytest.raises(Invalid, match="not a date"):
        parse_date("next tuesday", TODAY)
    with pytest.raises(Invalid, match="not a date"):
        parse_date("2026-02-30", TODAY)
    with pytest.raises(Invalid, match="future"):
        parse_date("2026-11-26", TODAY)


def test_choices_accept_a_unique_start_of_the_word() -> None:
    choices = ("phone", "video", "onsite", "panel", "other")
    assert parse_choice("Video", choices) == "video"
    assert parse_choice("ons", choices) == "onsite"
    with pytest.raises(Invalid, match="phone, video"):
        parse_choice("p", choices)  # phone or panel?
    with pytest.raises(Invalid, match="not one of the choices"):
        parse_choice("in person", choices)


def test_list_items_lose_a_typed_bullet_but_keep_inner_dashes() -> None:
    assert list_item("- cut costs by 40%") == "cut costs by 40%"
    assert list_item("* well-known") == "well-known"
    assert list_item("e-mail migration") == "e-mail migration"


def test_file_names_come_from_company_and_date() -> None:
    assert slug("Brightline Health") == "brightline-health"
    assert slug("Société Générale & Co.") == "societe-generale-co"
    assert slug("Ørsted A/S") == "orsted-a-s"  # letters NFKD does not split keep their base
    assert slug("Łódź Ærø Straße") == "lodz-aero-strasse"
    assert slug("王小明") == ""
    data = {"company": "Northwind Analytics", "interview": {"date": "2026-11-24"}}
    assert default_notes_path(data) == Path("northwind-analytics-2026-11-24.json")
    assert default_notes_path(data, partial=True) == Path(
        "northwind-analytics-2026-11-24.partial.json"
    )
    assert default_notes_path({}, partial=True) == Path("interview-notes.partial.json")


def test_save_new_never_overwrites(tmp_path: Path) -> None:
    first = tmp_path / "acme-2026-11-24.json"
    first.write_text("mine", encoding="utf-8")
    assert save_new(first, "a") == tmp_path / "acme-2026-11-24-2.json"
    assert save_new(first, "b") == tmp_path / "acme-2026-11-24-3.json"
    assert first.read_text(encoding="utf-8") == "mine"
    partial = tmp_path / "x.partial.json"
    partial.write_text("{}", encoding="utf-8")
    assert save_new(partial, "c") == tmp_path / "x-2.partial.json"


# -- the library: the flow ----------------------------------------------------------------------


def test_session_builds_the_same_notes_as_the_example(examples_dir: Path) -> None:
    flow, told = session(WARM_EMAIL)
    notes = flow.run()
    assert notes == load_notes(examples_dir / "warm_email.json")
    assert any("Here is what you told me" in line for line in told)


def test_a_required_answer_left_empty_is_asked_again() -> None:
    flow, told = session(["", "   ", *WARM_EMAIL])
    assert flow.run().candidate.name == "Priya Raman"
    assert sum("an answer is needed here" in line for line in told) == 2


def test_the_letter_needs_a_qualification_or_a_highlight() -> None:
    answers = [*ABOUT_PRIYA, *DANA, "no", "", "", "led the migration", "", "", *THE_REST[4:], ""]
    flow, told = session(answers)
    notes = flow.run()
    assert notes.qualifications == ["led the migration"]
    assert notes.highlights == []
    assert any("at least one qualification or highlight" in line for line in told)


def test_the_default_date_is_yesterday() -> None:
    answers = list(WARM_EMAIL)
    answers[5] = ""
    notes = session(answers)[0].run()
    assert notes.interview.date == dt.date(2026, 11, 24)


def test_summary_fixes_a_field_by_number_or_by_name() -> None:
    answers = [
        *WARM_EMAIL[:-1],
        "4",
        "Northwind Analytics Ltd",
        "title",
        "VP Data",
        "tone",
        "f",
        "",
    ]
    flow, _ = session(answers)
    notes = flow.run()
    assert notes.company == "Northwind Analytics Ltd"
    assert notes.interviewers[0].title == "VP Data"  # one interviewer: "title" is theirs
    assert notes.tone == "formal"


def test_summary_adds_and_removes_interviewers() -> None:
    bob = ["Bob Ortiz", "", "", "", "budgets", "", ""]
    answers = [*WARM_EMAIL[:-1], "add", *bob, "remove 1", ""]
    flow, told = session(answers)
    notes = flow.run()
    assert [person.name for person in notes.interviewers] == ["Bob Ortiz"]
    assert notes.interviewers[0].topics == ["budgets"]
    assert any("Removed interviewer 1 (Dana Whitfield)" in line for line in told)


def test_summary_explains_an_unknown_field_and_asks_again() -> None:
    flow, told = session([*WARM_EMAIL[:-1], "favourite colour", ""])
    flow.run()
    assert any("'favourite colour' is not in the list" in line for line in told)


def test_a_stop_part_way_leaves_the_answers_in_the_notes_shape() -> None:
    answers = [*ABOUT_PRIYA, "Dana Whitfield", "", "", "", "streaming"]
    flow, _ = session(answers)
    with pytest.raises(EOFError):
        flow.run()
    assert flow.draft["company"] == "Northwind Analytics"
    assert flow.draft["interview"] == {
        "date": "2026-11-24",
        "format": "video",
        "stage": "second round",
    }
    person = flow.draft["interviewers"][0]
    assert person["name"] == "Dana Whitfield"
    assert person["topics"] == ["streaming"]  # a list interrupted half way keeps its items


def test_prefill_enter_keeps_every_answer_including_lists(panel_notes: Notes) -> None:
    prefill = panel_notes.model_dump(mode="json")
    flow, _ = session([""] * 200, prefill=prefill)
    assert flow.run() == panel_notes


def test_prefill_lists_can_be_replaced_or_emptied(warm_notes: Notes) -> None:
    prefill = warm_notes.model_dump(mode="json")
    answers = [""] * 12 + ["new topic", "other topic", "", "-"] + [""] * 40
    notes = session(answers, prefill=prefill)[0].run()
    assert notes.interviewers[0].topics == ["new topic", "other topic"]
    assert notes.interviewers[0].rapport == []
    assert notes.highlights == warm_notes.highlights


def test_prefill_optional_answers_can_be_cleared(warm_notes: Notes) -> None:
    prefill = warm_notes.model_dump(mode="json")
    answers = ["", "", "-"] + [""] * 60
    notes = session(answers, prefill=prefill)[0].run()
    assert notes.candidate.phone is None
    assert notes.candidate.email == warm_notes.candidate.email


def test_prefill_with_a_bad_value_is_asked_again(warm_notes: Notes) -> None:
    prefill = warm_notes.model_dump(mode="json")
    prefill["interviewers"][0]["email"] = "dana at northwind"
    flow, told = session([""] * 11 + ["-"] + [""] * 60, prefill=prefill)
    notes = flow.run()
    assert notes.interviewers[0].email is None
    assert any("not an email address" in line for line in told)


def test_load_prefill_drops_unknown_keys_and_reads_partial_files(tmp_path: Path) -> None:
    path = tmp_path / "partial.json"
    path.write_text(
        json.dumps({"company": "Acme", "colour": "red", "interviewers": [{"name": "Bo", "x": 1}]}),
        encoding="utf-8",
    )
    data, dropped = load_prefill(path)
    assert data == {"company": "Acme", "interviewers": [{"name": "Bo"}]}
    assert dropped == ["colour", "interviewers[0].x"]


# -- the command ---------------------------------------------------------------------------------


def test_happy_path_saves_valid_notes_named_after_company_and_date(
    tmp_path: Path, examples_dir: Path
) -> None:
    result = run([], WARM_EMAIL)
    assert result.exit_code == 0, result.output
    saved = tmp_path / "northwind-analytics-2026-11-24.json"
    assert load_notes(saved) == load_notes(examples_dir / "warm_email.json")
    assert f"Saved your notes to {saved.name}" in result.stderr
    # The letter is composed from the saved notes and is all that stdout holds.
    assert result.stdout.startswith("Subject: ")
    assert "Ms. Whitfield," in result.stdout
    assert "\nPriya Raman\n" in result.stdout  # signed
    assert "Your full name" not in result.stdout
    assert "Letter to Dana Whitfield: passes every rule" in result.stderr


def test_bad_answers_are_asked_again_with_a_reason(tmp_path: Path) -> None:
    answers = [
        "",  # a required answer left empty
        *ABOUT_PRIYA[:5],
        "next tuesday",  # not a date
        *ABOUT_PRIYA[5:],
        *DANA[:2],
        "dana(at)northwind",  # not an email
        *DANA[2:],
        "no",
        *THE_REST,
        "",
    ]
    result = run(["--save", "notes.json"], answers)
    assert result.exit_code == 0, result.output
    assert "an answer is needed here" in result.stderr
    assert "'next tuesday' is not a date" in result.stderr
    assert "that is not an email address" in result.stderr
    assert "Traceback" not in result.output
    notes = load_notes(tmp_path / "notes.json")
    assert notes.interview.date == dt.date(2026, 11, 24)
    assert notes.interviewers[0].email == "dana.whitfield@northwind.example"


def test_two_interviewers(tmp_path: Path) -> None:
    sam = ["Sam Lee", "Staff Engineer", "", "Sam", "code review habits", "on-call", "", "", "no"]
    answers = [*ABOUT_PRIYA, *DANA, "yes", *sam, *THE_REST, ""]
    result = run(["--save", "two.json"], answers)
    assert result.exit_code == 0, result.output
    notes = load_notes(tmp_path / "two.json")
    assert [p.name for p in notes.interviewers] == ["Dana Whitfield", "Sam Lee"]
    assert notes.interviewer("Sam Lee").topics == ["code review habits", "on-call"]
    assert notes.interviewer("Sam Lee").rapport == []
    assert "Interviewer 2" in result.stderr
    assert "Letter 1 of 2: to Dana Whitfield" in result.stdout
    assert "Letter 2 of 2: to Sam Lee" in result.stdout
    assert "Sam," in result.stdout.split("to Sam Lee", 1)[1]  # addressed as they asked


def test_input_ending_early_saves_a_partial_file_to_finish_later(tmp_path: Path) -> None:
    result = run([], [*ABOUT_PRIYA, "Dana Whitfield", "Director of Data Platform"])
    assert result.exit_code == 2
    partial = tmp_path / "northwind-analytics-2026-11-24.partial.json"
    assert f"Saved what you typed so far to {partial.name}" in result.stderr
    assert "thankyou interview --from" in result.stderr
    data = json.loads(partial.read_text(encoding="utf-8"))
    assert data["candidate"]["email"] == "priya.raman@example.com"
    assert data["interviewers"] == [
        {"name": "Dana Whitfield", "title": "Director of Data Platform"}
    ]
    assert "Traceback" not in result.output

    # ...and --from picks it up: the saved answers come back as defaults.
    rest = [*DANA[2:], "no", *THE_REST, ""]
    finished = run(["--from", partial.name], [""] * 10 + rest)
    assert finished.exit_code == 0, finished.output
    notes = load_notes(tmp_path / "northwind-analytics-2026-11-24.json")
    assert notes.interviewers[0].title == "Director of Data Platform"
    assert notes.interviewers[0].rapport == ["she is flying to Lisbon next week"]


def test_ctrl_c_saves_the_partial_file_and_exits_130(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_ask = interview_cli.terminal_ask

    def ask(prompt: str, default: str | None) -> str:
        if prompt.startswith("Their job title"):
            raise KeyboardInterrupt
        return real_ask(prompt, default)

    monkeypatch.setattr(interview_cli, "terminal_ask", ask)
    result = run(["--save", "mine.json"], [*ABOUT_PRIYA, "Dana Whitfield", "x", "y"])
    assert result.exit_code == 130
    partial = tmp_path / "mine.partial.json"
    assert json.loads(partial.read_text(encoding="utf-8"))["interviewers"] == [
        {"name": "Dana Whitfield"}
    ]
    assert "Stopped. Saved what you typed so far to" in result.stderr
    assert not (tmp_path / "mine.json").exists()


def test_stopping_before_any_answer_saves_nothing(tmp_path: Path) -> None:
    result = run([], [])
    assert result.exit_code == 2
    assert "nothing was saved" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_from_prefills_every_answer(tmp_path: Path, examples_dir: Path) -> None:
    source = examples_dir / "panel_three.json"
    result = run(["--from", str(source), "--save", "panel.json"], [""] * 200)
    assert result.exit_code == 0, result.output
    assert load_notes(tmp_path / "panel.json") == load_notes(source)
    assert "[Amélie Dubois-Lefèvre]" in result.stderr


def test_from_a_file_that_is_not_json_is_a_clear_input_error(tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    result = run(["--from", "bad.json"], [])
    assert result.exit_code == 2
    assert "bad.json: line 1, column 2: not valid JSON" in result.stderr
    missing = run(["--from", "nope.json"], [])
    assert missing.exit_code == 2
    assert "nope.json: no such file" in missing.stderr


def test_the_notes_file_is_never_overwritten(tmp_path: Path) -> None:
    taken = tmp_path / "northwind-analytics-2026-11-24.json"
    taken.write_text("my own notes", encoding="utf-8")
    result = run([], WARM_EMAIL)
    assert result.exit_code == 0, result.output
    assert taken.read_text(encoding="utf-8") == "my own notes"
    second = tmp_path / "northwind-analytics-2026-11-24-2.json"
    assert load_notes(second).company == "Northwind Analytics"
    assert f"Saved your notes to {second.name}" in result.stderr

    (tmp_path / "keep.json").write_text("{}", encoding="utf-8")
    again = run(["--save", "keep.json"], WARM_EMAIL)
    assert again.exit_code == 0, again.output
    assert (tmp_path / "keep.json").read_text(encoding="utf-8") == "{}"
    assert load_notes(tmp_path / "keep-2.json").role == "Senior Data Engineer"


def test_ctrl_c_at_the_summary_saves_complete_notes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, examples_dir: Path
) -> None:
    real_ask = interview_cli.terminal_ask

    def ask(prompt: str, default: str | None) -> str:
        if prompt == "Change":
            raise KeyboardInterrupt
        return real_ask(prompt, default)

    monkeypatch.setattr(interview_cli, "terminal_ask", ask)
    result = run([], WARM_EMAIL)
    assert result.exit_code == 130
    saved = tmp_path / "northwind-analytics-2026-11-24.json"
    assert load_notes(saved) == load_notes(examples_dir / "warm_email.json")
    assert f"thankyou compose {saved.name}" in result.stderr
    assert not list(tmp_path.glob("*.partial.json"))


def test_when_the_notes_cannot_be_saved_they_are_shown(tmp_path: Path) -> None:
    (tmp_path / "afile").write_text("", encoding="utf-8")
    result = run(["--save", "afile/notes.json"], WARM_EMAIL)
    assert result.exit_code == 2
    assert "cannot save the notes" in result.stderr
    shown = result.stderr.split("Here they are; copy them:\n", 1)[1]
    assert json.loads(shown)["company"] == "Northwind Analytics"
    assert "Traceback" not in result.output


def test_a_save_path_too_long_for_the_system_still_shows_the_notes(tmp_path: Path) -> None:
    result = run(["--save", "n" * 300 + ".json"], WARM_EMAIL)
    assert result.exit_code == 2
    assert "cannot save the notes" in result.stderr
    shown = result.stderr.split("Here they are; copy them:\n", 1)[1]
    assert json.loads(shown)["company"] == "Northwind Analytics"
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_when_composing_fails_the_notes_are_kept_and_named_again(
    tmp_path: Path, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/v1/chat/completions").respond_with_json(
        {"error": {"message": "Incorrect API key provided", "type": "invalid_request_error"}},
        status=401,
    )
    model = ["--backend", "openai", "--base-url", httpserver.url_for("/v1")]
    key = ["--api-key", "sk-test-interview-0000", "--max-attempts", "1"]
    result = run([*model, *key, "--save", "my notes.json"], WARM_EMAIL)
    assert result.exit_code == 3, result.output
    assert load_notes(tmp_path / "my notes.json").company == "Northwind Analytics"
    assert "Your notes are saved in my notes.json" in result.stderr
    assert "thankyou compose 'my notes.json'" in result.stderr  # ready to paste
    assert "sk-test-interview-0000" not in result.output
    assert "Traceback" not in result.output


def test_an_existing_out_file_is_refused_before_any_question(tmp_path: Path) -> None:
    (tmp_path / "letter.txt").write_text("sent already", encoding="utf-8")
    result = run(["--out", "letter.txt"], WARM_EMAIL)
    assert result.exit_code == 2
    assert "letter.txt: already exists" in result.stderr
    assert "Your full name" not in result.output
    assert (tmp_path / "letter.txt").read_text(encoding="utf-8") == "sent already"


def test_letters_can_go_to_a_file_like_compose(tmp_path: Path) -> None:
    result = run(["--format", "eml", "--out", "letter.eml"], WARM_EMAIL)
    assert result.exit_code == 0, result.output
    draft = (tmp_path / "letter.eml").read_text(encoding="utf-8")
    assert "<dana.whitfield@northwind.example>" in draft.split("\n", 1)[0]  # To: header
    assert "Ms. Whitfield," in draft
    assert result.stdout == ""


def test_interview_takes_every_option_of_compose() -> None:
    commands = typer.main.get_command(app).commands  # type: ignore[attr-defined]
    compose_options = {name for p in commands["compose"].params for name in p.opts}
    interview_options = {name for p in commands["interview"].params for name in p.opts}
    assert compose_options - {"NOTES", "notes"} <= interview_options
    assert {"--save", "--from"} <= interview_options


ANY_ANSWER = st.one_of(
    st.sampled_from(
        [
            *["", "-", "yes", "no", "add", "remove 1", "remove 2", "3", "title", "today"],
            *["2026-11-24", "a@b.example", "not@", "video", "warm", "letter", "- item", "²"],
        ]
    ),
    st.text(max_size=12),
)


# A failure Hypothesis found, pinned: a superscript digit ("²" passes str.isdigit but not int())
# typed as a summary field number.
@example(good=len(WARM_EMAIL) - 1, more=["²"])
@settings(max_examples=80)
@given(
    good=st.one_of(st.just(len(WARM_EMAIL) - 1), st.integers(0, len(WARM_EMAIL) - 1)),
    more=st.lists(ANY_ANSWER, max_size=60),
)
def test_any_answers_give_valid_notes_or_a_clean_stop(good: int, more: list[str]) -> None:
    # Some good answers first, so the odd ones also land in the later questions and the summary.
    flow, _ = session([*WARM_EMAIL[:good], *more])
    try:
        notes = flow.run()
    except EOFError:  # the answers ran out: the draft must still save as JSON
        json.loads(draft_json(flow.draft))
    else:
        # what the interview saves is read back by compose as the same notes
        assert parse_notes(notes_json(notes), "saved.json") == notes


def test_save_into_a_folder_uses_the_default_name_there(tmp_path: Path) -> None:
    (tmp_path / "notes").mkdir()
    result = run(["--save", "notes"], WARM_EMAIL)
    assert result.exit_code == 0, result.output
    assert load_notes(tmp_path / "notes" / "northwind-analytics-2026-11-24.json").role
    stopped = run(["--save", "notes"], ABOUT_PRIYA[:4])
    assert stopped.exit_code == 2
    partial = tmp_path / "notes" / "northwind-analytics.partial.json"
    assert json.loads(partial.read_text(encoding="utf-8"))["company"] == "Northwind Analytics"
