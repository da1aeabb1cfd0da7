"""A result typed as a measure said whole and right, or left out (session 51, reader 35): a
signed change in brackets after a deed or a thing made, a thing that made a change before an
arrow, an arrow to nothing, a measure typed with its unit after a slash, a place in brackets
after a change, "pts" after a signed figure, a clause after "no" said with "-ing"."""

from __future__ import annotations

import pytest

from composer.offline.items import read_point

SAID = [
    # a signed change in brackets after a deed typed as a noun, or after a thing made
    ("new lager launch 2024 (+15% vol 1st yr)",
     "I launched a new lager in 2024, which raised volume by 15% in the first year"),
    ("loyalty app rollout (+9% repeat visits)",
     "I rolled out the loyalty app, which raised repeat visits by 9%"),
    ("rota redesign (-20% overtime)", "I redesigned the rota, which cut overtime by 20%"),
    ("rebuilt the intake form (-25% errors)", "I rebuilt the intake form, which cut errors by 25%"),
    ("new booking system (-40% no-shows)", "My new booking system cut no-shows by 40%"),
    ("new QA checklist (+9 pts audit score)",
     "My new QA checklist raised the audit score by nine points"),
    # a thing that made a change, or a deed typed as a noun, before an arrow
    ("enrichment study -> pacing down ~35% in 6 wks",
     "My enrichment study cut pacing by about 35% in six weeks"),
    ("pilot project -> no-shows down 30% in 3 months",
     "My pilot project cut no-shows by 30% in three months"),
    ("kitchen refit 2023 -> covers up 25%",
     "I refitted the kitchen in 2023, which raised covers by 25%"),
    # an arrow to nothing
    ("led crew of 4 on 2 big warehouse roofs -> 0 lost-time injuries",
     "I led a crew of four on two big warehouse roofs, with no lost-time injuries"),
    ("ran the night desk 3 yrs -> nil complaints",
     "I ran the night desk for three years, with no complaints"),
    ("managed pharmacy stock 2 yrs -> no patient missed a dose",
     "I managed the pharmacy stock for two years, with no patient missing a dose"),
    ("ran the front desk 2 yrs -> no guest left the lobby without a room",
     "I ran the front desk for two years, with no guest leaving the lobby without a room"),
    # a measure with its unit after a slash, a rate after the figure, a share "of" a whole
    ("fuel use/km 0.32 -> 0.27 L (~ -15%)",
     "I helped bring fuel use down from 0.32 to 0.27 litres per km"),
    ("milk solids/cow 410 -> 465kg", "I helped raise milk solids from 410 to 465 kg per cow"),
    ("fuel use/km 0.32 -> 0.27 L", "I helped bring fuel use down from 0.32 to 0.27 litres per km"),
    ("pick rate 110 -> 140/hr", "I helped raise the pick rate from 110 to 140 an hour"),
    ("theatre utilisation 71% -> 84% of sessions",
     "I helped raise theatre utilisation from 71% to 84% of sessions"),
    # "pts" after a signed figure; a place in brackets after the change
    ("eNPS +11 pts after the new rota", "I helped raise eNPS by 11 points after the new rota"),
    ("branch NPS +18 pts in 1 yr (Protea Glen branch)",
     "I helped raise NPS by 18 points in one year at the Protea Glen branch"),
    ("shrink -0.4% in 6 mths (Leeds Kirkstall store)",
     "I helped bring shrink down by 0.4% in six months at the Leeds Kirkstall store"),
]  # fmt: skip

LEFT = [
    "coaching programme (+0.4 avg grade)",  # a thing whose change no reader says whole
    "energy kWh/t 95 -> 80",  # a unit typed whole before the figures, not a measure's "per"
    "water use/hl 4.1 -> 3.3 (~ -20%)",  # "per hl": a unit no table spells (said "per HL")
]


@pytest.mark.parametrize(("line", "expected"), SAID)
def test_measure_said_whole(line: str, expected: str) -> None:
    said = read_point(line).said
    assert said is not None and said.text() == expected


@pytest.mark.parametrize("line", LEFT)
def test_measure_unread_is_left_out(line: str) -> None:
    assert read_point(line).said is None
