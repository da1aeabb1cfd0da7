"""Faults a blind reader found in session 49 (reader 33, notes h235-h242), each read as a class:
a state held and a membership typed together ("CORU-registered and a member of ..."), a shared
past typed as "she was a carpenter too" ("we were both carpenters", never "we both was"), an
order to oneself after a correction ("... correct that") never said alone as an offer, and two
classes of one licence ("B + C licence"), and a firm whose name ends in "Service" before its
legal form ("at Nordvind Service", not "at the Nordvind Service"). Expected sentences written by
hand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from composer import compose
from composer.attempts import Letter
from composer.models import Notes
from composer.notes_file import load_notes
from composer.offline.doubts import doubted
from composer.offline.envelope import company_said
from composer.offline.items import read_point
from composer.offline.secondphrases import mended_phrases

TODAY = dt.date(2026, 12, 4)
READER32 = Path(__file__).parent / "corpus" / "readers" / "reader32"


def _letter(**changes: object) -> str:
    person = {"name": "Mette Holm", "title": "Team Leader", "salutation": "Mette"}
    person |= changes.pop("person", {})  # type: ignore[arg-type]
    data = {
        "candidate": {"name": "Rasmus Berg", "email": "rasmus@example.dk"},
        "company": "Nordvind Service",
        "role": "Service Technician",
        "interview": {"date": "2026-12-03", "format": "onsite"},
        "interviewers": [{"topics": ["12-hour shifts offshore"], **person}],
        "qualifications": ["GWO basic safety training"],
        "highlights": ["led a crew of four on two warehouse roofs with no lost-time injuries"],
        "tone": "warm",
    } | changes
    return " ".join(compose(Notes.model_validate(data), today=TODAY)[0].text.split())


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        (
            "CORU-registered and a member of the Irish Society of Chartered Physiotherapists.",
            "I am CORU-registered and a member of the Irish Society of Chartered Physiotherapists",
        ),
        (
            "HCPC registered and a member of the College of Paramedics",
            "I am HCPC registered and a member of the College of Paramedics",
        ),
        ("B + C licence", "I hold B and C licences"),
        ("A1/A2 licence", "I hold A1 and A2 licences"),
        # one class, or a role before "and": as before
        (
            "registered nurse and a member of the RCN",
            "I am a registered nurse and a member of the RCN",
        ),
        ("HGV C+E licence", "I hold an HGV C+E licence"),
    ],
)
def test_a_qualification_typed_as_a_state_or_classes_is_said_whole(
    typed: str, expected: str
) -> None:
    said = read_point(typed).said
    assert said is not None
    assert said.text() == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        (
            "she was a carpenter before wind too -> same switch as me",
            "we were both carpenters before wind.",
        ),
        ("he was a paramedic before this too", "we were both paramedics before this."),
        ("she was at Deloitte too", "we were both at Deloitte."),
    ],
)
def test_a_shared_past_typed_with_was_is_said_in_the_plural(typed: str, expected: str) -> None:
    letter = _letter(person={"rapport": [typed]})
    assert expected in letter, letter
    assert "we both was" not in letter


@pytest.mark.parametrize(
    "typed",
    [
        "said BTT is 'next month' -> exact: 12-14 jan, Esbjerg. correct that",
        "told them 3 yrs, it's 4. fix that",
    ],
)
def test_an_order_to_put_something_right_is_never_said_alone(typed: str) -> None:
    letter = _letter(follow_up=typed)
    assert "correct that" not in letter and "fix that" not in letter, letter
    assert "I would be glad to" not in letter, letter


@pytest.mark.parametrize(
    ("company", "said"),
    [
        # a legal form marks a firm: its name takes no "the", whatever its last word
        ("Nordvind Service A/S", "Nordvind Service"),
        ("Kestrel Data Agency Ltd", "Kestrel Data Agency"),
        # a public body named by its kind still takes "the"
        ("Probation Service", "the Probation Service"),
        ("Environment Agency", "the Environment Agency"),
    ],
)
def test_a_firm_with_a_legal_form_is_named_without_the(company: str, said: str) -> None:
    assert company_said(company) == said


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        (
            "I set up a cryostorage inventory for more than 2,000 vials, and no sample has been"
            " lost in the two years since.",
            "I set up a cryostorage inventory for more than 2,000 vials, and no sample has been"
            " lost in the two years since",
        ),
        (
            "Rebuilt the stock count process, and not one audit has been failed since.",
            "I rebuilt the stock count process, and not one audit has been failed since",
        ),
    ],
)
def test_a_result_with_its_own_perfect_verb_keeps_its_and(typed: str, expected: str) -> None:
    said = read_point(typed).said
    assert said is not None
    assert said.text() == expected


@pytest.mark.parametrize("tone", ["formal", "concise"])
def test_a_training_held_is_no_example_that_came_to_mind(tone: str) -> None:
    # reader 33's h242: "When we turned to ..., one example came to mind: I am trained in ..."
    data = load_notes(READER32 / "h242.json").model_dump(mode="json") | {"tone": tone}
    letter = " ".join(compose(Notes.model_validate(data), today=TODAY)[0].text.split())
    assert "I am trained in Biosafety Level 2 practice" in letter, letter
    assert "came to mind" not in letter, letter


def test_a_printed_letters_head_is_never_asked_about_as_a_sentence_of_the_notes() -> None:
    # reader 33's h235: the letterhead, the date, the recipient block and "Dear Tomás," ran into
    # the first sentence, and compose said all of it "may still read as your notes"
    notes = load_notes(READER32 / "h235.json")
    bodies = [letter.text for letter in compose(notes, today=TODAY)]
    assert all("\n\n4 December 2026\n\n" in body for body in bodies)  # the head is there
    said = [doubt.sentence for doubt in doubted(notes, bodies)]
    assert not [s for s in said if "Dear " in s or "2026" in s or "@" in s], said


@pytest.mark.parametrize(
    "typed",
    [
        # reader 33's h236: the fact was said whole, then dropped at the last gate for its tail
        "note to self mention i can start jan 5 and that i have my class g licence for the tour"
        " truck dont ramble",
        "mention I can start jan 5 and that I have my class g licence for the tour truck,"
        " keep it short",
    ],
)
def test_two_facts_to_mention_are_said_without_the_order_about_how(typed: str) -> None:
    letter = _letter(follow_up=typed)
    assert "I can start January 5, and I have my Class G licence for the tour truck." in letter
    assert "ramble" not in letter and "short" not in letter, letter


def _step_letter(next_steps: str) -> Letter:
    """The formal letter of a small bank-branch notes file with `next_steps` as typed."""
    notes = Notes.model_validate(
        {
            "candidate": {"name": "Thandi Mokoena", "email": "thandi@example.co.za"},
            "company": "Highveld Bank",
            "role": "Branch Manager",
            "interview": {"date": "2026-12-03", "format": "onsite"},
            "interviewers": [{"name": "Pieter Smit", "topics": ["queue times"]}],
            "qualifications": ["seven years in retail banking"],
            "next_steps": next_steps,
            "tone": "formal",
        }
    )
    return compose(notes, today=TODAY)[0]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        # reader 33's h237: "with Area Executive", and the letter marked not ready for the
        # word "Executive" the notes typed as "Exec"
        (
            "HR to call by Wed 9 Dec / poss. 3rd round w/ Area Exec",
            "a third round with the Area Executive.",
        ),
        ("final round w/ Regional Manager next wk", "the final round with the Regional Manager"),
        ("2nd interview with Head of Nursing", "the second interview with the Head of Nursing."),
        # a name after the title, or a name alone: no "the"
        ("final round with Regional Manager Tom Hale", "with Regional Manager Tom Hale."),
        ("2nd interview with Priya", "the second interview with Priya."),
    ],
)
def test_a_post_named_by_its_title_in_a_next_step_takes_the(typed: str, expected: str) -> None:
    letter = _step_letter(typed)
    assert expected in " ".join(letter.text.split()), letter.text
    assert letter.report.ok, letter.report


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        # a reviewer's finds: correct English the second-language mending had changed
        ("I was told they would call", "I was told they would call"),
        ("was told that the role is hybrid", "was told that the role is hybrid"),
        ("certified scrum master in 2019", "certified scrum master in 2019"),
        ("Harbour Master in Cork", "Harbour Master in Cork"),
        ("more able to travel", "more able to travel"),
        # and what it is for
        ("she told they need nurses", "she told me they need nurses"),
        ("Master in Data Science at UCD", "Master's degree in Data Science at UCD"),
    ],
)
def test_second_language_mending_leaves_correct_english_alone(typed: str, expected: str) -> None:
    assert mended_phrases(typed) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2nd interview with Head of Nursing Mary Byrne", "with Head of Nursing Mary Byrne."),
        ("final round with The Regional Manager", "with The Regional Manager."),
    ],
)
def test_a_title_before_a_name_or_with_its_own_the_takes_no_more(typed: str, expected: str) -> None:
    text = " ".join(_step_letter(typed).text.split())
    assert expected in text, text
    assert "the The" not in text and "the Head of Nursing Mary" not in text
