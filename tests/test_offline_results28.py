"""Shapes of qualification and highlight lines read in session 28, each typed the way people
type it, with the sentence a person would write (by hand, not copied from the composer)."""

from __future__ import annotations

import pytest

from composer.offline.items import read_point

SAID = [
    # a bare count+noun object after a verb takes "a"
    ("opened 40-seat bistro on budget", "I opened a 40-seat bistro on budget."),
    # a result measured against the usual figure, after "vs ... avg"
    ("qualified in 9 months vs approx 12 avg",
     "I qualified in nine months, against an average of about 12."),
    ("closed 30 cases a month vs team avg 22",
     "I closed 30 cases a month, against a team average of 22."),
    # note shorthand for numbers and ledgers
    ("reconciled 250k txns for the audit", "I reconciled 250,000 transactions for the audit."),
    ("2 apps w/ 1M+ downloads", "I have two apps with more than a million downloads."),
    # a licence or a card held is one thing: "a"
    ("SIA licence + CSCS green card", "I hold an SIA licence and a CSCS green card."),
    # the rate kept is "the" rate
    ("kept churn rate under 3% for 2 yrs", "I kept the churn rate under 3% for two years."),
    # a count and what it did, after a comma: its own clause
    ("3 yrs coaching an U12 squad, 4 players went on to academies",
     "I have spent three years coaching an U12 squad, and four players went on to academies."),
    # "first yr" after a count: when
    ("set up the loyalty scheme, 500+ members first yr",
     "I set up the loyalty scheme, with more than 500 members in the first year."),
    # the specialty named by its shorthand
    ("worked in peds for 3 yrs", "I worked in pediatrics for three years."),
    # a named award at a level, with or without its subject
    ("BSL level 2", "I hold BSL Level 2."),
    ("CIEH level 3 food safety", "I hold a CIEH Level 3 in food safety."),
    # a field named by its work, with a place's initials before it
    ("5 yrs LA event catering", "I have five years of LA event catering experience."),
    # a language named in lower case before "speaker"
    ("polish speaker", "I am a Polish speaker."),
    # a qualification under way, and when it should be done
    ("CIPD in progress, done by july hopefully",
     "I am working towards my CIPD, which I expect to finish by July."),
    # "N years of" a field: the "of" is said once ("two years of of data testing experience"
    # was found by the proofreading property test)
    ("2 years of data testing", "I have two years of data testing experience."),
    ("5 yrs of retail", "I have five years of retail experience."),
    ("3 years of nursing", "I have spent three years nursing."),
    # a trade named by its work in one word, then the years' later part (reader 9's arborist)
    ("10 yrs climbing, last 4 as crew lead",
     "I have 10 years of climbing experience, the last four as crew lead."),
    ("6 yrs welding, last 2 as supervisor",
     "I have six years of welding experience, the last two as supervisor."),
]  # fmt: skip


@pytest.mark.parametrize(
    "line",
    [
        "6 yrs at Leeds general",  # a name whose tail is typed in lower case: which name?
        "3 yrs home + school based in Hull",  # "experience in home and school based": no field
    ],
)
def test_a_line_with_no_sure_name_or_field_is_left_out(line: str) -> None:
    assert read_point(line).sentence() is None


@pytest.mark.parametrize(("line", "wanted"), SAID, ids=[s[0] for s in SAID])
def test_a_line_of_this_shape_is_said_as_a_person_would(line: str, wanted: str) -> None:
    assert read_point(line).sentence() == wanted


@pytest.mark.parametrize("line", ["CAMS + CRCM", "CeMAP"])
def test_initials_alone_are_not_said_as_experience(line: str) -> None:
    # held or used? the line does not say: never "I have experience with CAMS and CRCM"
    said = read_point(line).sentence()
    assert said is None or "experience" not in said
