"""Shapes of a candidate's point read this session (32), each tested with lines made up for the
test (not reader 12's, which tests/test_lines_reader12.py measures): the sentence expected is
written by hand. None: the line is left out."""

from __future__ import annotations

import pytest

from composer.offline.items import read_point
from composer.offline.realise import Clause

CASES = [
    # a diploma typed short, a minor, a school by one initial, a standing in brackets
    ("Adv Dip Nursing, TAFE NSW 2019",
     "I earned an Advanced Diploma in Nursing at TAFE NSW in 2019."),
    ("Grad Dip Education, Monash", "I hold a Graduate Diploma in Education from Monash."),
    ("Dip Hospitality Mgmt", "I hold a Diploma in Hospitality Management."),
    ("BA history + politics minor, durham",
     "I hold a BA in history, with a minor in politics, from Durham."),
    ("BSc maths, minor in CS", "I hold a BSc in maths, with a minor in computer science."),
    ("BA english, U of T", "I hold a BA in English."),
    ("BSc Psychology (BPS accredited), Leeds",
     "I hold a BSc in Psychology from Leeds (BPS accredited)."),
    ("BBA finance, texas state", "I hold a BBA in finance from Texas State."),
    ("BSc mech eng, georgia tech 2012",
     "I earned a BSc in mechanical engineering at Georgia Tech in 2012."),
    # under way, not held (session 34: said as under way)
    (
        "Dip Musical Instrument Tech, in progress",
        "I am working towards a Diploma in Musical Instrument Technology.",
    ),
    # credentials: initials and a year, trade tickets, courses, a validity date
    ("CSCP (2022)", "I earned my CSCP in 2022."),
    ("IPAF Operator Training and PASMA Training",
     "I have completed IPAF Operator Training and PASMA Training."),
    ("HGV and forklift licences", "I hold HGV and forklift licences."),
    ("forklift licence, exp 2027", "I hold a forklift licence, valid until 2027."),
    ("CSCS card, valid until 2027", "I hold a CSCS card, valid until 2027."),
    ("5 yrs welding, valid 2027", None),  # years of a skill are not valid until a date
    ("licensed plumber, Ontario, since 2012",
     "I have been a licensed plumber in Ontario since 2012."),
    ("CAA part 66 licence w/ B1 and B2 ratings",
     "I hold a CAA Part 66 licence with B1 and B2 ratings."),
    ("CIPP/US + CIPT", None),  # credentials or tools? initials alone do not say
    ("Six years in the Royal Marines as a mechanic",
     "I have spent six years in the Royal Marines as a mechanic."),
    # results: a sum with no verb, a value after a comma, a rating, a clean record since
    ("£80k in grants in 2024", "I secured £80,000 in grants in 2024."),
    ("$500k in donations since 2021, 40% retention rate",
     "I have raised $500,000 in donations since 2021, with a retention rate of 40%."),
    ("won a contract with Acme, worth £2m", "I won a contract with Acme, worth £2m."),
    ("won a council tender (£1.2m)", "I won a council tender, worth £1.2m."),
    ("moved rota to an app - zero missed shifts since",
     "I moved the rota to an app, with zero missed shifts since."),
    ("wrote new induction programme for the ward",
     "I wrote a new induction programme for the ward."),
    ("my ward got outstanding at last CQC inspection",
     "My ward was rated Outstanding at its last CQC inspection."),
    ("moved the team's tasks to trello", "I moved the team's tasks to Trello."),
    ("backlog 120 -> 0 in 3 months",
     "I helped bring the backlog down from 120 to zero in three months."),
    # two units of time, compared in days (session 47, `figureshort.direction`): it went down
    ("repair turnaround 6 wks -> 10 days",
     "I helped bring repair turnaround down from six weeks to 10 days."),
    ("won a £3m tender - biggest in the firm's history",
     "I won a £3m tender, the biggest in the firm's history."),
    # years of a field named by two words, the last of them at a place; a date renewed
    ("8 yrs software testing, last 4 at Sage",
     "I have eight years of software testing experience, the last four at Sage."),
    ("QS contractor side, last 5 on rail", None),  # whose side? the trade's name is unsure
    ("IOSH cert (renewed 2024)", "I hold an IOSH certificate, renewed in 2024."),
    # years at one employer, worked in two places in turn
    ("3 yrs @ Barclays - ops team then trading desk",
     "I have three years at Barclays, first on the operations team and then on the trading desk."),
    ("7 yrs at NHS Fife - ED then ITU, last 3",
     "I have seven years at NHS Fife, first in the ED and then in the ITU for the last three."),
    ("4 yrs @ Boots - dispensary then front of house", None),  # "in", "on" or "as"? unsure
    # a thing named in quotes, then what people made of it; tools typed as a list
    ("launched 'open door' clinic - patients loved it",
     "I launched an 'open door' clinic, and patients loved it."),
    ("excel, sql, tableau", "I work with Excel, SQL and Tableau."),
    ("html/css, javascript", "I work with HTML, CSS and JavaScript."),
    ("git, python, comms", None),  # "comms" is no tool
    ("bash/python scripting", "I write scripts in Bash and Python."),
    ("python and sql automation", "I build automation in Python and SQL."),
]  # fmt: skip


@pytest.mark.parametrize(("line", "said"), CASES, ids=[c[0] for c in CASES])
def test_a_point_of_a_shape_read_this_session_is_said_as_written_by_hand(
    line: str, said: str | None
) -> None:
    assert read_point(line).sentence() == said


def test_a_trade_ticket_keeps_its_capitals_when_the_notes_type_its_words_in_lower_case() -> None:
    common = frozenset(["red", "seal", "electrician"])  # the notes' words in lower case
    assert read_point("red seal electrician", common).sentence() == "I am a Red Seal electrician."


def test_also_goes_before_have_where_have_is_the_main_verb() -> None:
    assert Clause("I", "have experience with", "MIG").text("also") == (
        "I also have experience with MIG"
    )
    assert Clause("I", "have", "five years in X").text("also") == "I also have five years in X"
    assert Clause("I", "have spent", "four years").text("also") == "I have also spent four years"
    assert Clause("I", "have been", "a CFRE").text("also") == "I have also been a CFRE"
