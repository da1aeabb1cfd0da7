"""A follow-up that holds parts for several panellists: each part goes to the letter of the
one it is for, and a part no reading can say is named in the report, never dropped in silence.

Expected parts, readers and sentences are written by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from composer import left_out
from composer.compose import compose
from composer.models import Notes
from composer.offline.asker import follow_up_asker
from composer.offline.followparts import by_parts
from composer.offline.followsplit import readable, split
from composer.offline.leftout import rewritten
from tests.fakes import FirstChoice

PANEL = [
    {"name": "Priya Shah", "salutation": "Priya", "title": "Finance Director",
     "topics": ["budgets and forecasting"]},
    {"name": "Sam Oduya", "salutation": "Sam", "title": "Creative Lead",
     "topics": ["my portfolio"]},
]  # fmt: skip
HOME = [
    {"name": "Heather Lind", "salutation": "Heather", "title": "Director of Programs",
     "topics": ["programs for residents with dementia"]},
    {"name": "Omar Haddad", "salutation": "Omar", "title": "Recreation Therapist",
     "topics": ["weekend coverage"]},
]  # fmt: skip


def notes(follow_up: str, people: list[dict[str, object]] = PANEL) -> Notes:
    return Notes.model_validate(
        {
            "candidate": {"name": "Alex Byrne"},
            "company": "Northfield",
            "role": "Designer",
            "interview": {"date": "2026-11-30", "format": "panel"},
            "interviewers": people,
            "qualifications": ["six years in design"],
            "follow_up": follow_up,
        }
    )


def readers(line: str) -> list[tuple[str, int]]:
    return [(part.said, part.reader) for part in split(notes(line))]


def test_each_asker_named_gets_the_part_for_them() -> None:
    line = (
        "priya asked about forecasting - said monthly, its weekly now. "
        "sam asked if i can do motion - yes, after effects 3 yrs"
    )
    assert readers(line) == [
        ("priya asked about forecasting - said monthly, its weekly now.", 0),
        ("sam asked if i can do motion - yes, after effects 3 yrs", 1),
    ]


def test_a_part_for_someone_is_cut_at_its_comma_and_its_address_is_not_said() -> None:
    line = "forgot: portfolio link for Sam, and for Priya the answer on budgets was wrong"
    assert readers(line) == [
        ("forgot: portfolio link for Sam", 1),
        ("the answer on budgets was wrong", 0),
    ]


def test_tell_someone_is_a_part_for_them_and_an_errand_is_no_part() -> None:
    line = (
        "should've said re sam's portfolio q that I did the rebrand myself; also tell priya "
        "notice is 1 month not 30 days. check parking for 2nd interview"
    )
    assert readers(line) == [
        ("sam's portfolio q - should've said I did the rebrand myself", 1),
        ("notice is 1 month not 30 days.", 0),
    ]


def test_a_question_alone_takes_the_next_part_as_its_answer() -> None:
    line = "sam's q on motion. yes, after effects 3 yrs. priya asked about budgets - 40k"
    assert readers(line) == [
        ("sam's q on motion - yes, after effects 3 yrs.", 1),
        ("priya asked about budgets - 40k", 0),
    ]


def test_a_better_answer_after_a_stop_stays_with_its_question() -> None:
    line = (
        "sam's q on the rebrand - said i'd only assisted. real answer: led it for 6 months. "
        "priya asked about budgets - 40k"
    )
    assert readers(line) == [
        ("sam's q on the rebrand - said i'd only assisted - real answer: led it for 6 months.", 1),
        ("priya asked about budgets - 40k", 0),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "priya asked about forecasting - said monthly, its weekly now. tell sam",
        "priya asked about forecasting - said monthly, its weekly now. also portfolio is online",
        "said 30 days notice - its actually one calendar month, tell priya",
    ],
)
def test_a_line_for_one_panellist_is_read_whole(line: str) -> None:
    assert split(notes(line)) == []


def letters(line: str, people: list[dict[str, object]] = PANEL) -> tuple[list[str], list[str]]:
    typed = notes(line, people)
    done = compose(typed, today=dt.date(2026, 12, 1))
    notices = [n for letter in done for n in letter.notices]
    left = [r.text for r in left_out(typed, notices) if r.field == "follow_up"]
    return [letter.body for letter in done], left


def test_each_letter_says_its_own_part_and_the_part_left_out_is_named() -> None:
    line = (
        "priya asked about forecasting - said monthly, its weekly now. "
        "sam asked if i can do motion - yes, after effects 3 yrs"
    )
    (priya, sam), left = letters(line)
    assert "You asked about forecasting: I said monthly, but it is weekly now." in priya
    assert "forecasting" not in sam and "weekly" not in sam
    assert left == ["sam asked if i can do motion - yes, after effects 3 yrs"]


def test_a_note_to_self_in_a_part_is_named_never_said() -> None:
    line = (
        "priya asked about forecasting - said monthly, its weekly now. "
        "fluffed the motion bit, dont dwell. sam asked if i can do motion - yes, after effects"
    )
    (priya, sam), left = letters(line)
    assert "fluffed" not in priya + sam and "dwell" not in priya + sam
    assert "fluffed the motion bit, dont dwell." in " ".join(left)


def test_who_asked_is_read_after_when() -> None:
    line = "When Omar asked about documentation, I forgot to say that I chart in PointClickCare."
    assert follow_up_asker(notes(line, HOME)) == (1, True)


def test_a_question_said_back_without_a_verb_is_left_out() -> None:
    line = "claire asked how many cases as primary - said about 200, checked my logbook, its 264"
    assert by_parts(line, "warm", "email", FirstChoice("")) is None
    done = "claire asked how many cases i have done - said about 200, its 264"
    assert by_parts(done, "warm", "email", FirstChoice("")) == (
        "You asked how many cases I have done: I said about 200, but it is 264."
    )


def test_what_was_not_said_about_a_question_is_said_after_the_question() -> None:
    line = (
        "should've said re sam's portfolio q that I did the rebrand myself; also tell priya "
        "notice is 1 month not 30 days"
    )
    (priya, sam), left = letters(line)
    assert "You asked about the portfolio: I should add that I did the rebrand myself." in sam
    assert "rebrand" not in priya
    assert left == ["also tell priya notice is 1 month not 30 days"]


def test_a_part_read_as_two_clauses_run_together_is_left_out() -> None:
    assert not readable("One thing I would add: the answer on budgets was wrong was 40k.")
    assert readable("You asked whether it was ready: it was, and the report is signed.")
    line = (
        "forgot: portfolio link for Sam, and for Priya the answer on budgets was wrong, it was 40k"
    )
    (priya, sam), left = letters(line)
    assert "4k" not in priya + sam and "wrong" not in priya + sam
    assert left == [line]  # both parts left out: asked for once, whole


def test_a_line_no_reading_says_whole_is_said_by_its_parts_to_one_reader() -> None:
    line = "priya asked about forecasting - said monthly, its weekly now. 2nd one clean."
    (priya,), left = letters(line, PANEL[:1])
    assert "You asked about forecasting: I said monthly, but it is weekly now." in priya
    assert "clean" not in priya
    assert left == ["2nd one clean."]


def test_a_part_asked_for_keeps_its_question_and_goes_to_who_asked() -> None:
    line = (
        "priya asked about forecasting - said monthly, its weekly now. "
        "sam asked if i can do motion - yes, after effects 3 yrs"
    )
    typed = notes(line)
    done = compose(typed, today=dt.date(2026, 12, 1))
    (record,) = [
        r for r in left_out(typed, [n for d in done for n in d.notices]) if r.field == "follow_up"
    ]
    now = rewritten(typed, record, "Yes, I have used After Effects for three years.")
    assert now.follow_up == (
        "priya asked about forecasting - said monthly, its weekly now. "
        "sam asked if i can do motion - Yes, I have used After Effects for three years."
    )
    priya, sam = (d.body for d in compose(now, today=dt.date(2026, 12, 1)))
    assert "After Effects" in sam and "After Effects" not in priya


def test_an_answer_to_a_question_typed_as_a_sentence_stays_in_the_askers_letter() -> None:
    line = "When Omar asked about documentation, I forgot to say I charted in PCC, so-so."
    typed = notes(line, HOME)
    done = compose(typed, today=dt.date(2026, 12, 1))
    (record,) = [
        r for r in left_out(typed, [n for d in done for n in d.notices]) if r.field == "follow_up"
    ]
    answer = "On documentation, I should have mentioned that I have charted in PointClickCare."
    now = rewritten(typed, record, answer)
    assert now.follow_up == f"When Omar asked about documentation - {answer}"
    heather, omar = (d.body for d in compose(now, today=dt.date(2026, 12, 1)))
    assert "PointClickCare" in omar and "PointClickCare" not in heather


def test_a_yes_addressed_to_someone_with_no_question_in_the_line_is_named_not_said() -> None:
    line = "for sam: the rebrand went live in may. for priya: yes, I've managed the print budget"
    assert readers(line)[1] == ("yes, I've managed the print budget", 0)
    (priya, sam), left = letters(line)
    assert "print budget" not in priya + sam
    assert "for priya: yes, I've managed the print budget" in left


def test_an_aside_of_the_notes_in_brackets_is_no_part_of_a_sentence() -> None:
    assert not readable("One correction: I said three features, but it is 5 (2 as 2nd AC).")
    assert readable("I hold the RSPH Level 4 Diploma (Anatomical Pathology Technology).")
