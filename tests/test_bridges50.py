"""A sentence claims a link only where the link holds (session 50, reader 33: "one example came to
mind: I am trained in Biosafety Level 2 practice"; "In my own experience, I introduced a group
exercise class ..." straight after pitch-side cover at a GAA club; "As for the facility's plan to
add a second biosafety cabinet and ..., I am trained in ..."). An example is something done, no
certificate is "my own experience" (`bridgekind`), a lead too long to carry is none, and a deed
after a topic it is not about stands on its own or goes before that topic as one more fact of the
candidate's. Every expected sentence and order is written by hand from the notes."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from composer.models import Notes
from composer.offline.bridgekind import credential, deed, fitting
from composer.offline.writer import Writer

CORPUS = Path(__file__).parent / "corpus"
TODAY = dt.date(2026, 12, 4)


def _letter(name: str, index: int) -> str:
    notes = Notes.model_validate(json.loads((CORPUS / name).read_text("utf-8")))
    return " ".join(Writer(notes, index, today=TODAY).write().text.split())


@pytest.mark.parametrize(
    ("clause", "done", "held"),
    [
        ("I am trained in Biosafety Level 2 practice", False, True),
        ("I hold an AZ Grade III water treatment certificate", False, True),
        ("I am a registered general nurse", False, True),
        ("I have a BSc in computing", False, True),
        ("I have five years of experience in litigation support", False, False),
        ("I speak French and Portuguese", False, False),
        ("I earned a BEng in civil engineering", False, False),
        ("I have supervised more than 40 IAs", True, False),
        ("I also ran monthly coding clinics with the surgeons", True, False),
        ("I am running the night shift pilot", True, False),
        ("I set up bereavement calls at two and six weeks", True, False),
        ("I completed a six-month internship in a dairy QC lab", False, False),
        ("I was the internal auditor for our surveillance visit", True, False),
        ("I was awarded a Churchill Fellowship", False, False),
    ],
)
def test_a_deed_and_a_credential_are_read_from_the_clause(
    clause: str, done: bool, held: bool
) -> None:
    assert deed(clause) is done
    assert credential(clause) is held


@pytest.mark.parametrize(
    ("section", "clause", "topic", "said_in"),
    [
        # no certificate is "It is close to my own experience: ..."
        ("link_done", "I hold an AZ Grade III certificate", "", "link_same"),
        ("link", "I am trained in manual handling", "", "link_same"),
        ("link", "I have four years of CSM experience", "", "link"),
        # no qualification, span or skill is "one example came to mind"
        ("tie_more", "I am trained in BSL2 practice", "the new cabinet", "tie_more_held"),
        ("tie_more", "I have six years as a PT", "the PT team", "tie_more_held"),
        ("tie_more", "I cut changeovers by half", "changeovers", "tie_more"),
        # "As for X, ..." only where X is short enough to carry
        (
            "tie_more",
            "I am trained in BSL2 practice",
            "the facility's plan to add a second biosafety cabinet and an online booking system",
            "",
        ),
        (
            "tie_more",
            "I have two years as an audit trainee",
            "how the team splits work between the two offices",
            "",
        ),
        # a gerund may lead ("As for training TAs to run groups, I am an ELKLAN tutor.")
        ("tie_more", "I am an ELKLAN tutor", "training TAs to run groups", "tie_more_held"),
    ],
)
def test_a_bridge_is_chosen_by_the_kind_of_the_point(
    section: str, clause: str, topic: str, said_in: str
) -> None:
    assert fitting(section, clause, topic=topic) == said_in


def test_a_training_is_no_example_that_came_to_mind() -> None:
    letter = _letter("bridges50/lab.json", 0)
    assert "came to mind" not in letter
    assert any(
        f"{lead} the ISO 17025 audit next spring, I am trained as an ISO 17025 internal auditor."
        in letter
        for lead in ("As for", "When it comes to")
    )


def test_a_lead_too_long_to_carry_leaves_the_training_a_sentence_of_its_own() -> None:
    letter = _letter("readers/reader32/h242.json", 0)
    assert "As for the facility's plan" not in letter
    assert "laboratories. I am trained in Biosafety Level 2 practice" in letter


def test_a_deed_after_a_topic_it_is_not_about_claims_no_experience_of_it() -> None:
    # Anders Holm talked about near-miss reporting; the rework figure is about something else
    letter = _letter("readers/reader32/h240.json", 1)
    assert "In my own experience" not in letter and "In my own work" not in letter
    # (session 51: its sentence may go on with another point: "..., and I also hold B and C
    # licences.")
    rework = "I helped bring rework down by 15% with a photo checklist per section"
    assert any(
        f"{lead} {rework}" in letter for lead in ("One thing I am proud of:", "I am proud that")
    )


def test_an_unrelated_deed_goes_before_the_topic_as_one_more_fact() -> None:
    # Owen talked about changeovers (Hana's first point) and night shift absence; her rye loaf
    # award shares only the word "night" with the second: it follows her changeover figure, and
    # the absence topic closes the paragraph, so the award is no comment on absence
    letter = _letter("bridges50/bakery.json", 0)
    award = "won a regional award for the rye loaf at the night market."
    assert "night shift absence. I won" not in letter
    assert f"I cut them from 50 to 20 minutes. I also {award}" in letter or (
        f"I cut them from 50 to 20 minutes. I {award}" in letter
    )
    assert letter.index(award) < letter.index("night shift absence")
