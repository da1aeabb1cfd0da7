"""Shapes of a qualification or highlight line that reader 7's notes showed the composer could
not read (session 27), each typed the way people type it in another trade, with the sentence a
candidate would send (written by hand, not copied from the composer)."""

from __future__ import annotations

import pytest

from composer.offline import notemarks
from composer.offline.items import read_point
from composer.offline.realise import Clause

CLINIC = frozenset(["clinic", "patients", "referrals"])

SAID = [
    # a measure of one's own work with its figure, and the group's average it beat
    ("first-time fix rate approx 87% vs team avg 70%",
     "My first-time fix rate is about 87%, against a team average of 70%."),
    ("mystery shop score 9/10", "My mystery shop score is 9 out of 10."),
    # a year in brackets, or a month and year, after an action: when it was done
    ("rebuilt the roof in 6 wks (2021)", "I rebuilt the roof in six weeks in 2021."),
    ("passed the audit with no findings nov 2025",
     "I passed the audit with no findings in November 2025."),
    # a state's or a province's code after "licensed", and a second standing after a comma
    ("licensed CA + NV, NASM certified", "I am licensed in CA and NV and NASM certified."),
    # bare nouns after an action's verb and its prepositions take their article
    ("presented budget plan to finance committee twice",
     "I presented the budget plan to the finance committee twice."),
    ("submitted 40 reports to court", "I submitted 40 reports to the court."),
    ("built the rota with own spreadsheet", "I built the rota with my own spreadsheet."),
    ("led planning of the move", "I led the planning of the move."),
    # a named qualification of a level
    ("Level 4 Diploma in Adult Care", "I hold a Level 4 Diploma in Adult Care."),
    ("Level 3 Diploma in Health and Social Care",
     "I hold a Level 3 Diploma in Health and Social Care."),
    # note shorthand before a noun: "eng", "pkg", "tech" before a gerund
    ("hired 20 eng managers", "I hired 20 engineering managers."),
    ("wrote R pkg for survey weighting", "I wrote an R package for survey weighting."),
    ("3 yrs tech writing", "I have three years of technical writing experience."),
    # the post before, and what the candidate is with their years
    # (said on its own: in a letter, "before that" would point at whatever sentence came first)
    ("before that 5 yrs as site foreman in Leeds",
     "I spent five years as a site foreman in Leeds."),
    ("before that 18 months at Tesco", "I spent 18 months at Tesco."),
    ("RMN, 8 yrs in mental health", "I am an RMN with eight years in mental health."),
    ("10 yrs design, 3 freelance",
     "I have 10 years of design experience, three of them freelance."),
    # an average typed after a comma with no "of"; a span before what it measures
    ("placed 35 locums in 2024, avg fill time 6 days",
     "I placed 35 locums in 2024, with an average fill time of six days."),
    ("ran a 6 wk parenting course", "I ran a 6-week parenting course."),
    ("co-wrote 2 papers on sepsis", "I co-wrote two papers on sepsis."),
    ("cut month-end close from 9 to 5 working days",
     "I cut the month-end close from nine to five working days."),
    ("DPT, Emory 2019", "I earned a DPT at Emory in 2019."),
]  # fmt: skip


@pytest.mark.parametrize(("line", "wanted"), SAID, ids=[line for line, _ in SAID])
def test_a_line_of_this_shape_is_said_as_a_candidate_would(line: str, wanted: str) -> None:
    assert read_point(line).sentence() == wanted


def test_pts_counts_patients_only_where_the_notes_are_set_in_a_clinic() -> None:
    assert read_point("treated 30 pts a day on the ward").sentence() == (
        "I treated 30 patients a day on the ward."
    )
    # the line alone does not say where it is: left out (the notes' other words may, once
    # the rules' recall check reads "pts")
    assert read_point("ran hip school for 40 pts a yr").sentence() is None
    assert notemarks.raw(Clause("I", "ran", "hip school for 40 patients"), "40 pts", CLINIC) == ""
    # a score is no clinic's: left out rather than guessed
    assert read_point("scored 30 pts a game").sentence() is None
