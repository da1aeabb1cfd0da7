"""A figure-and-shorthand line is said as one clean sentence in the candidate's voice, wherever
it is typed (qualifications, highlights, contribution), rather than left out or pasted (session
53; reader 39's h261, h263, h266). Expected sentences written by hand."""

import pytest

from composer.offline.casing import sentence
from composer.offline.items import read_point
from composer.offline.offer import read_offer

POINTS = [
    (
        "retention save rate 31% -> 38% (my team, Q2-Q3)",
        "My team raised its retention save rate from 31% to 38% between Q2 and Q3.",
    ),
    (
        "4 yrs agent -> 2 yrs senior agent/floor support (team of ~14)",
        "I spent four years as an agent and two as a senior agent and floor support, with a "
        "team of about 14.",
    ),
    (
        "~22k EUR/yr saved on conveyor belt repairs w/ preventive maint plan",
        "I saved about EUR 22,000 a year on conveyor belt repairs with a preventive "
        "maintenance plan.",
    ),
    (
        "reduce customer complaints ~40% in 2 years",
        "I reduced customer complaints by about 40% in two years.",
    ),
    (
        "11 yrs supermarket dept manager team of 22",
        "I have spent 11 years as a supermarket department manager, with a team of 22.",
    ),
    (
        "average handle time 9:40 -> 7:15 (my team, 2024)",
        "My team cut its average handle time from 9:40 to 7:15 in 2024.",
    ),
    (
        "audit pass rate 72 -> 90 percent in 3 yrs",
        "I helped raise the audit pass rate from 72 to 90 percent in three years.",
    ),
    (
        "bed occupancy up from 82% to 91% (ward, FY24)",
        "Bed occupancy on my ward rose from 82% to 91% in FY24.",
    ),
    (
        "NPS 32 -> 51 (whole team, H1-H2 2024)",
        "My team raised its NPS from 32 to 51 between H1 and H2 of 2024.",
    ),
    (
        "sales per head £14 to £17 (store, Q1-Q3 2024)",
        "Sales per head in my store rose from £14 to £17 between Q1 and Q3 of 2024.",
    ),
    (
        "built the call-flow cheat sheet (now used by whole floor / ~120 agents)",
        "I built the call-flow cheat sheet, which is now used by the whole floor of about 120 "
        "agents.",
    ),
    (
        "9 yrs fundraising (4 in major gifts)",
        "I have nine years of experience in fundraising, four of them in major gifts.",
    ),
    (
        "12 years nursing (last 5 as charge nurse)",
        "I have spent 12 years nursing, the last five as a charge nurse.",
    ),
    (
        "norwegian B1 (now studying for B2)",
        "I speak Norwegian at B1 level, and I am now studying for B2.",
    ),
    (
        "NEBOSH general cert (now doing the diploma)",
        "I hold a NEBOSH general certificate, and I am now doing the diploma.",
    ),
    (
        "conversion 4.1% vs 2.8% store avg",
        "My conversion was 4.1% against a store average of 2.8%.",
    ),
    (
        "avg 38 covers/hr vs team avg 30",
        "I averaged 38 covers an hour against a team average of 30.",
    ),
    (
        "on-time delivery 98% vs 91% target",
        "My on-time delivery was 98% against a target of 91%.",
    ),
    (
        "active members 210 -> 385 in 2 seasons (ran the junior section)",
        "I ran the junior section, which took active members from 210 to 385 in two seasons.",
    ),
]

OFFERS = [
    (
        "save ~£15k/yr on agency staff by cross-training",
        "I would aim to save about £15,000 a year on agency staff by cross-training.",
    ),
    (
        "cut onboarding time ~30% w/ buddy system",
        "I would aim to cut onboarding time by about 30% with a buddy system.",
    ),
    (
        "reduce scrap ~20% in first 6 months",
        "I would aim to reduce scrap by about 20% in my first six months.",
    ),
    (
        "grow repeat bookings ~10%/yr",
        "I would aim to grow repeat bookings by about 10% a year.",
    ),
]


@pytest.mark.parametrize(("line", "expected"), POINTS)
def test_a_figure_line_is_said_as_one_sentence(line: str, expected: str) -> None:
    said = read_point(line).said
    assert said is not None
    assert sentence(said.text()) == expected


@pytest.mark.parametrize(("line", "expected"), OFFERS)
def test_a_figure_contribution_is_an_aim(line: str, expected: str) -> None:
    offer = read_offer(line)
    assert offer is not None
    assert offer.plain() == expected
