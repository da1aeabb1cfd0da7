"""Session 24's kinds of candidate line, each said from its kind or left out (reader 4's faults).

Notes are typed the way people type them; the expected sentences are written by hand.
"""

from __future__ import annotations

import pytest

from composer.offline.items import read_point
from composer.offline.offer import read_offer


def said(line: str) -> str | None:
    return read_point(line).sentence()


def offered(line: str) -> str | None:
    offer = read_offer(line)
    return None if offer is None else offer.plain()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # languages are a kind: "I speak ...", their capitals from a closed list
        ("fluent italian, basic greek", "I speak fluent Italian and basic Greek."),
        ("conversational french + ok arabic", "I speak conversational French and some Arabic."),
        # the years frame takes a field; the systems used go after "experience with"
        ("3 yrs bookkeeping, Xero + Sage",
         "I have three years of bookkeeping experience with Xero and Sage."),
        ("4 yrs retail banking before moving into lending",
         "I spent four years in retail banking before moving into lending."),
        # a participle that is no past tense takes "have": never "I given ..."
        ("written 12 bids + given 30 site tours",
         "I have written 12 bids and given 30 site tours."),
        ("driven 300k miles for the firm", "I have driven 300,000 miles for the firm."),
        # things counted take "which", not "whom"
        ("applied for 4 grants, 3 awarded",
         "I applied for four grants, three of which were awarded."),
        # a board certificate's initials with a year
        ("CCRN-K since 2018", "I have been CCRN-K certified since 2018."),
        # a degree whose school is typed as its initials, with no comma
        ("MSc Public Health LSHTM 2020", "I earned an MSc in Public Health at LSHTM in 2020."),
        # results read by their measure
        ("waiting times 11 -> 4 wks", "I helped bring waiting times down from 11 to 4 weeks."),
        ("top fundraiser in the region 2023", "I was the top fundraiser in the region in 2023."),
        ("top retention rate across the district 3 years running",
         "I had the top retention rate across the district three years running."),
        ("opened the new cafe at the museum - 30 -> 200 covers/day",
         "I opened the new cafe at the museum, taking it from 30 to 200 covers a day."),
        ("led the ward thru a norovirus outbreak - matron sent a thank you",
         "I led the ward through a norovirus outbreak, and the matron sent a thank you."),
        ("led the ward thru a norovirus outbreak - pts ok",
         "I led the ward through a norovirus outbreak."),
        ("led the site thru a fire inspection - inspector signed it off",
         "I led the site through a fire inspection, and the inspector signed it off."),
        # a post typed as its initials and a title's, held before a course (session 40: said
        # as the post; it was left out as "two initialisms, not a field")
        ("12 yrs ICU RN before CRNA school", "I spent 12 years as an ICU RN before CRNA school."),
        # a work of the candidate's and what was done to it, typed with no comma (session 50)
        ("handover pack for the new site signed off 2 wks early",
         "My handover pack for the new site was signed off two weeks early."),
    ],
)  # fmt: skip
def test_a_line_is_said_from_its_kind(line: str, expected: str) -> None:
    assert said(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "4 yrs hvac install, Daikin + Mitsubishi",  # "hvac": a note word, not a field
        "2 yrs claims before underwriting",  # no "-ing" move after "before": unsure
        "led the team thru the merger - didn't go well",  # what came of it may be bad news
        "top marks",  # no group it is the best of
    ],
)
def test_a_line_whose_kind_cannot_be_read_is_left_out(line: str) -> None:
    assert said(line) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a thing beside an action: the thing gets its own verb, never "bring ... and bring"
        ("weekly tasting menu + bring the apprentices through their level 3",
         "I would like to introduce a weekly tasting menu and bring the apprentices through "
         "their level 3."),
        # a state to reach: "get ..."
        ("invoices out same week + chase every debt over 60 days",
         "I would like to get invoices out same week and chase every debt over 60 days."),
        ("referral backlog down under 6 wks",
         "I would like to get the referral backlog down under six weeks."),
        # "help" with a plain verb after it is an action, and the part beside it is one too
        # (reader 5: "I would be glad to offer help bring cardiac CT in-house and cover OOH.")
        ("help bring cardiac CT in-house + cover OOH",
         "I would like to help bring cardiac CT in-house and cover OOH."),
    ],
)  # fmt: skip
def test_a_contribution_gets_a_verb_for_each_part(line: str, expected: str) -> None:
    assert offered(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "gallery = where the town meets. talks, late opening",  # an equation and fragments
        "redesigned the rota + cut agency spend",  # a past act is nothing to bring
        "reliable, friendly PA for the partners",  # describing words and initials: who or what?
    ],
)
def test_a_contribution_that_is_no_offer_is_left_out(line: str) -> None:
    assert offered(line) is None
