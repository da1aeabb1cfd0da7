"""A span of experience typed with a tail no other reader links (session 42, `spantail`):
the tail said as a second part where it reads after any span, else dropped, never pasted.
Targets written by hand."""

from __future__ import annotations

import pytest

from composer.offline.items import read_point

SAID = [
    # a list joined by "+": the things the work was on
    ("4 yrs peds inpatient at Advocate, GI + NICU step-down",
     "I have four years of pediatric inpatient experience at Advocate."),
    # a field named by a describing word and a noun: "residential service experience"
    ("6 yrs resi service, gas furnaces + heat pumps",
     "I have six years of residential service experience, on gas furnaces and heat pumps."),
    # people after the span: the work was done for them, not "on" them; dropped
    ("6 yrs bookkeeping, sole traders + landlords", "I have six years of bookkeeping experience."),
    # a name typed with a capital inside it: "in iOS"; a tail with a figure dropped
    ("7 yrs iOS, swift since 2.0", "I have seven years of experience in iOS."),
    # names after the span: a place is worked "in", a brand "on"; unsure, so dropped
    ("4 yrs hvac service, Carrier + Trane", "I have four years of experience in HVAC service."),
    ("4 seasons ski instructor, Verbier + Whistler",
     "I have worked four seasons as a ski instructor."),
    # describing words are no things the work was on
    ("18 months apprentice electrician, domestic + commercial",
     "I have spent 18 months as an apprentice electrician."),
    # a span the cleaner made a describing word, a post after it: "as a"
    ("6 months receptionist at a vet practice",
     "I have spent six months as a receptionist at a vet practice."),
    # "mostly" and things named: kept as typed, after the span
    ("7 yrs freelance, mostly VRS + K-12",
     "I have seven years of freelance experience, mostly VRS and K-12."),
    # a tail no shape reads: dropped
    ("5 yrs support worker, adult mental health (Penumbra)",
     "I have five years of experience as a support worker."),
    ("6 yrs at the Yakima Herald, courts + county gov",
     "I have spent six years at the Yakima Herald."),
    # a post named by a group: "as cabin crew", no article; the bracket dropped
    ("6 yrs cabin crew (4 short haul easyJet, 2 long haul Virgin)",
     "I have six years of experience as cabin crew."),
    # a post whose first word is an "-ing" word is no deed
    ("2 yrs working student at Kugellager Nord GmbH",
     "I have two years of experience as a working student at Kugellager Nord GmbH."),
    # a station worked at takes "on the"
    ("2 yrs circulation desk at my college library (CSU Pueblo)",
     "I have spent two years on the circulation desk at my college library (CSU Pueblo)."),
]  # fmt: skip


@pytest.mark.parametrize(("line", "wanted"), SAID)
def test_a_span_with_a_tail_is_said_with_the_tail_read_or_dropped(line: str, wanted: str) -> None:
    assert read_point(line).sentence() == wanted


LEFT = [
    "5 yrs python, not recent",  # the tail takes back part of the span
    "3 yrs bookkeeping, on and off",
    "9 months in retail, then admin",  # a later post is never dropped
    "11 yrs QS contractor side, last 5 on NEC3/4 healthcare + education",  # the field unsure
    "8 yrs embedded C, ARM cortex-M",  # a span only the phrase reader would say
]


@pytest.mark.parametrize("line", LEFT)
def test_a_span_whose_tail_limits_it_or_whose_head_is_unsure_stays_left_out(line: str) -> None:
    assert read_point(line).sentence() is None


def test_the_platform_typed_in_lower_case_gets_its_capital() -> None:
    said = read_point("7 yrs android, kotlin since 2017").sentence()
    assert said == "I have seven years of Android experience."
    said = read_point("4 yrs flutter, 2 apps in prod w/ 100k+ users").sentence()
    assert said == "I have four years of experience in Flutter."
