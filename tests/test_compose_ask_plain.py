"""A plain answer typed at a terminal in lower case is taken: a sentence to them ("enjoy the
keirin racing in Japan in February", "i hope ...", "my ... has been ...") is read with its
capital, so the writer reads it as the whole sentence it is (reader 14 was asked again for
"enjoy the keirin racing in Japan in February"). A subject, an offer, a note of another shape is
kept as typed. The answers of made-up candidates are of other jobs than the corpus's."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from composer.cli import app
from composer.cli.askwords import again_hint, capitalised
from composer.compose import compose
from composer.notes_file import load_notes
from composer.offline import OfflineBackend
from composer.offline.leftout import LeftOut, marked, rewritten

READER14 = Path(__file__).parent / "corpus" / "readers" / "reader14"


@pytest.mark.parametrize(
    ("field", "typed", "taken"),
    [
        ("interviewers[0].rapport[0]", "enjoy the folkboat racing at Tarbert in May", "Enjoy"),
        ("interviewers[1].rapport[0]", "good luck with the longcase clock", "Good luck"),
        ("interviewers[0].rapport[0]", "i hope the move to Leith goes smoothly", "I hope"),
        ("highlights[1]", "my incident rate has been zero for three years", "My incident"),
        ("qualifications[0]", "i've held my Master Mariner ticket since 2015", "I've held"),
        ("follow_up", "i'd also flex the commission for charities", "I'd also"),
    ],
)
def test_a_sentence_to_them_typed_in_lower_case_gets_its_capital(
    field: str, typed: str, taken: str
) -> None:
    said = capitalised(LeftOut(field, "x", "", ""), typed)
    assert said.startswith(taken) and said[len(taken) :] == typed[len(taken) :]


@pytest.mark.parametrize(
    ("field", "typed"),
    [
        ("interviewers[0].topics[0]", "i wonder how the berth will be used"),  # a subject
        ("contribution", "my eye for condition reports"),  # said inside "I would bring ..."
        ("interviewers[0].rapport[0]", "we both sailed at Tarbert"),  # read as typed
        ("highlights[0]", "cut tray errors by 60%"),  # no subject: not a sentence typed
        ("qualifications[0]", "iPhone repair certified"),  # a name's own small letter
        ("next_steps", "i hear by the 12th"),
    ],
)
def test_anything_else_is_kept_as_typed(field: str, typed: str) -> None:
    assert capitalised(LeftOut(field, "x", "", ""), typed) == typed


def test_a_wish_typed_in_lower_case_is_taken_and_said(tmp_path: Path) -> None:
    # Reader 14's h114 with Tom's trip typed as two bare words the writer cannot use, so the
    # flow asks for it: the one question left.
    notes = json.loads((READER14 / "h114.json").read_text(encoding="utf-8"))
    notes["interviewers"][2]["rapport"] = ["japan, keirin"]
    path = tmp_path / "h114.json"
    path.write_text(json.dumps(notes), encoding="utf-8")
    wish = "enjoy the keirin racing in Japan in February"
    result = CliRunner().invoke(
        app,
        ["compose", str(path), "--backend", "offline", "--today", "2026-12-02", "--ask"],
        input=f"y\n{wish}\ny\n",
    )
    assert result.exit_code == 0, result.stderr
    assert "I still cannot use your words" not in result.stderr
    assert "Enjoy the keirin racing in Japan in February." in result.stdout


def test_an_answer_stopped_at_a_range_is_told_exactly_what_to_change() -> None:
    why = "its sentence would not read well: a range of numbers follows 'been' with no preposition"
    typed = "My audit accuracy has been 95-97% for the last 2 years"
    record = LeftOut("highlights[0]", typed, why, "")
    assert again_hint(record, typed) == (
        'I stopped at "95-97%": say the range with "between" ("between 95% and 97%"), and keep '
        "the rest as you typed it."
    )
    other = "My incident rate was 3 - 4 a year before I took over"  # made up: a harbourmaster
    assert again_hint(LeftOut("highlights[0]", other, why, ""), other).startswith(
        'I stopped at "3 - 4": say the range with "between" ("between 3 and 4")'
    )


def test_the_range_said_as_the_re_ask_says_is_taken() -> None:
    notes = load_notes(READER14 / "h113.json")
    said = "My audit accuracy has been between 95% and 97% for the last 2 years"
    now = rewritten(notes, LeftOut("highlights[0]", notes.highlights[0], "", ""), said)
    letters = compose(now, backend=OfflineBackend(marked(now)), today=dt.date(2026, 12, 2))
    assert not [n for letter in letters for n in letter.notices if "highlights[0]" in n]
    assert any(f"{said}." in " ".join(letter.text.split()) for letter in letters)


@pytest.mark.parametrize(
    ("field", "typed", "hint"),
    [
        (
            "follow_up",
            "In my first 30 days I'd move bookings online and set up a triage bench",
            'Put a comma after "In my first 30 days": "In my first 30 days, I\'d move bookings '
            'online and set up a triage bench."',
        ),
        (  # made up: a harbourmaster's offer
            "contribution",
            "Within a year I would bring the berth bookings online",
            'Put a comma after "Within a year": "Within a year, I would bring the berth '
            'bookings online."',
        ),
        (
            "follow_up",
            "The first thing I'd change is the VHF procedures for leisure craft",
            'Start it with "I", as you would say it to them: "I would ...".',
        ),
    ],
)
def test_an_answer_with_words_before_its_i_is_told_what_to_change(
    field: str, typed: str, hint: str
) -> None:
    assert again_hint(LeftOut(field, typed, "it could not be said", ""), typed) == hint


@pytest.mark.parametrize(
    "typed",
    [
        "I would also flex the commission",
        "Yes, I can start in May",
        "In 2019 I led it",
        "Over the first year, I would rebuild the rota",  # its comma is there already
    ],
)
def test_an_answer_from_its_i_or_of_another_field_keeps_the_general_hint(typed: str) -> None:
    field = "highlights" if typed.startswith("In 2019") else "follow_up"
    said = again_hint(LeftOut(field, typed, "it could not be said", ""), typed)
    assert not said.startswith("Start it with")


def test_the_follow_up_said_as_the_re_ask_says_is_taken() -> None:
    notes = load_notes(READER14 / "h114.json")
    said = "In my first 30 days, I'd move bookings online and set up a triage bench"
    now = rewritten(notes, LeftOut("follow_up", notes.follow_up or "", "", ""), said)
    letters = compose(now, backend=OfflineBackend(marked(now)), today=dt.date(2026, 12, 2))
    assert not [n for letter in letters for n in letter.notices if "follow_up" in n]
    text = " ".join(" ".join(letter.text.split()) for letter in letters)
    assert "move bookings online and set up a triage bench" in text
