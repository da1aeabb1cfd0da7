"""A follow-up typed the evening after an interview (a forgotten fact, "re X: Y", a correction,
something to send, an errand to self around it) is said as one sentence, and one typed as meant
for one panellist goes to that panellist's letter alone (session 48). Sentences by hand."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from composer.compose import compose
from composer.models import Notes
from composer.offline.followfor import addressed
from composer.offline.followshapes import shaped
from composer.offline.phrasebook import Variation
from composer.offline.selftalk import note_dropped

H219 = Path(__file__).parent / "corpus" / "readers" / "reader28" / "h219.json"


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("also mention my IPAF licence", "I hold an IPAF licence."),
        (
            "should've said: my first aid cert is current till 2027",
            "my first aid certificate is current until 2027.",
        ),
        ("mention fluent spanish", "I speak fluent Spanish."),
        (
            "re the night shift: happy to do 3 nights a week",
            "On the night shift: I am happy to do three nights a week.",
        ),
        (
            "re agile: used it 3 yrs at Sky, ran the standups",
            "On agile: I used it for three years at Sky, and I ran the standups.",
        ),
        (
            "I said I'd never done a root cause analysis - I have, on the 2022 outage",
            "One correction: I have done a root cause analysis on the 2022 outage.",
        ),
        (
            "send the sample lesson plan i wrote - pdf",
            "I have attached the sample lesson plan I wrote in case it helps.",
        ),
        (
            "could send my portfolio if helpful",
            "I would be happy to send my portfolio if it would be useful.",
        ),
        ("tell her I can start in march, keep it short", "I can start in March."),
        (
            "forgot to mention my human factors instructor cert (2024) when P.N. asked -- add in "
            "her letter only, keep it short",
            "I hold a human factors instructor certificate, gained in 2024.",
        ),
        ("ugh, forgot! have my HGV class 1", "I have my HGV class 1."),
    ],
)
def test_a_shape_typed_after_the_interview_is_one_sentence(typed: str, said: str) -> None:
    line = shaped(typed, "warm", "email", Variation(1))
    assert line is not None and line.endswith(said), line
    for note in ("keep it", "tell her", "letter only", "forgot", "P.N.", "pdf", "helpful"):
        assert note not in line


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        (
            "Brás was wet bc I rushed the eggs at the end -> mention I know why "
            "(don't over-apologise!!)",
            "Brás was wet bc I rushed the eggs at the end",
        ),
        (
            "mention i have the tractor/ATV certs sorted (forgot to say) - keep it short",
            "mention i have the tractor/ATV certs sorted",
        ),
        ("tell her I can start 3 feb, nothing else", "I can start 3 feb"),
    ],
)
def test_notes_to_self_around_the_point_are_dropped(typed: str, kept: str) -> None:
    assert note_dropped(typed) == kept


@pytest.mark.parametrize(
    "typed",
    [
        "re budget: ???",
        "send it",
        "correction - it was 2019, not 2020",  # the gate stops "It was 2019": read as before
        "on nights -> 3",
    ],
)
def test_a_line_not_read_with_confidence_is_left_to_the_other_readers(typed: str) -> None:
    assert shaped(typed, "formal", "email", Variation(1)) is None


def _panel() -> Notes:
    return Notes.model_validate(json.loads(H219.read_text()))


@pytest.mark.parametrize(
    ("typed", "reader", "rest"),
    [
        ("for Luc: I hold the B2 licence too", 2, "I hold the B2 licence too"),
        ("luc - 12hr shifts fine", 2, "12hr shifts fine"),
        ("send Luc the apprentice log", 2, "send the apprentice log"),
        ("link to the video for gordon: example.com/v", 0, "link to the video: example.com/v"),
        (
            "re the borescope q, happy to send notes (for Priya)",
            1,
            "re the borescope q, happy to send notes",
        ),
        ("forgot my cert when P.N. asked", 1, "forgot my cert when P.N. asked"),
    ],
)
def test_a_line_typed_for_one_panellist_is_read_for_them(
    typed: str, reader: int, rest: str
) -> None:
    assert addressed(typed, _panel().interviewers) == (reader, rest)


@pytest.mark.parametrize(
    "typed",
    ["correction - the 18% was fuel", "luc - nights fine. gordon - Q400 yes", "for her: I hold X"],
)
def test_no_one_panellist_no_address(typed: str) -> None:
    assert addressed(typed, _panel().interviewers) is None


def test_the_instructor_cert_goes_to_the_panellist_who_asked_and_no_note_is_said() -> None:
    gordon, priya, luc = (d.body for d in compose(_panel(), today=dt.date(2026, 12, 4)))
    letters = {"Gordon McAllister": gordon, "Priya Nandakumar": priya, "Luc Bergeron": luc}
    assert "human factors instructor certificate, gained in 2024" in letters["Priya Nandakumar"]
    for text in letters.values():
        assert "keep it short" not in text and "letter only" not in text and "--" not in text
    assert "instructor" not in letters["Gordon McAllister"]


def test_a_line_for_one_panellist_is_said_in_their_letter_alone() -> None:
    notes = _panel().model_copy(
        update={"follow_up": "for luc - re nights: happy to mentor 2 apprentices a shift"}
    )
    gordon, priya, luc = (d.body for d in compose(notes, today=dt.date(2026, 12, 4)))
    assert "I am happy to mentor two apprentices a shift." in luc
    assert "luc" not in luc.lower().split("i am happy to mentor")[0].split("dear luc,")[-1]
    assert "apprentices a shift" not in gordon + priya
