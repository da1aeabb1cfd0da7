"""Highlights, qualifications and contributions with a tail or a bare noun (session 42, round 2).

Scout 43 saw "I have experience with PT native, EN C1, ES fluent and FR basic." (u05). The lines
here are of made-up candidates (a ship's agent, a tour leader, a translator); the expected
sentences are written by hand.
"""

from __future__ import annotations

import pytest

from composer.offline import languages
from composer.offline.alsoword import also_inside
from composer.offline.bareheads import said as articled
from composer.offline.items import read_point


def said(line: str) -> str | None:
    return read_point(line).sentence()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # languages typed by their codes with the level after: a first language said as one
        (
            "PL native, EN C1, DE basic",
            "I speak English at C1 level and basic German, and Polish is my first language.",
        ),
        ("IT fluent, FR B2", "I speak fluent Italian and French at B2 level."),
        (
            "greek native, english fluent, turkish ok",
            "I speak fluent English and some Turkish, and Greek is my first language.",
        ),
        # the levels typed before the names, as before
        ("fluent italian, basic greek", "I speak fluent Italian and basic Greek."),
    ],
)
def test_language_lists(line: str, expected: str | None) -> None:
    assert said(line) == expected


@pytest.mark.parametrize("line", ["EN 1090 welding, MIG + TIG", "C1 licence, CPC", "PT native"])
def test_no_language_list(line: str) -> None:
    # a code with no level, a licence class, a first language alone: not the list's to say
    assert languages.read(line) is None


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # a common noun's possessive typed with no determiner after a verb or a preposition
        (
            "I also coordinated firm's 2024 office renovation with 45 staff.",
            "I also coordinated the firm's 2024 office renovation with 45 staff.",
        ),
        (
            "I redrew the rota for clinic's weekend list.",
            "I redrew the rota for the clinic's weekend list.",
        ),
        ("I ran charity's spring appeal.", "I ran the charity's spring appeal."),
        # a name, kin said as a name, a day, a plural, one with its determiner: as typed
        ("I joined Harlow's team.", "I joined Harlow's team."),
        ("I helped out at dad's garage.", "I helped out at dad's garage."),
        ("I covered today's late shift.", "I covered today's late shift."),
        ("I led children's sessions.", "I led children's sessions."),
        ("I ran the shop's stock take.", "I ran the shop's stock take."),
        ("I finished master's in 2024.", "I finished master's in 2024."),
        # a workplace typed as initials and a kind of firm after "at" or "for": "a" by sound
        (
            "I spent five years planning at FMCG distributor in Durban.",
            "I spent five years planning at an FMCG distributor in Durban.",
        ),
        ("I worked for HVAC contractor.", "I worked for an HVAC contractor."),
        # a name in initials, a rank, a named firm's office, a plural: as typed
        ("I worked at KPMG.", "I worked at KPMG."),
        ("I presented at CEO level.", "I presented at CEO level."),
        ("I worked at UK office of Acme.", "I worked at UK office of Acme."),
        ("I worked at NHS hospitals.", "I worked at NHS hospitals."),
    ],
)
def test_bare_possessive_takes_the(text: str, written: str) -> None:
    assert articled(text) == written


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a length of time typed after a whole clause is said "for" it
        (
            "ran a crew of 2 when the boss was away ~3 mths",
            "I ran a crew of two when the boss was away for about three months.",
        ),
        ("acted up as duty manager ~5 months", "I acted up as duty manager for about five months."),
        ("drove the night route 2 yrs", "I drove the night route for two years."),
        # a year typed after a past deed is said "in" it
        (
            "ran the 2-crane tandem pick of the 40-ton AHU at Mercy General 2023",
            "I ran the 2-crane tandem pick of the 40-ton AHU at Mercy General in 2023.",
        ),
        ("rewired the old mill 2019", "I rewired the old mill in 2019."),
    ],
)
def test_time_after_a_clause_takes_for(line: str, expected: str) -> None:
    assert said(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "cut turnaround 3 days",
        "spent 2 yrs abroad",
        "saved 2 weeks",
        "trained 40 supervisors over 18 months",  # "over" is the time's own preposition
    ],
)
def test_time_as_the_object_takes_no_for(line: str) -> None:
    # a verb whose object is the time, an amount cut or spent: no "for"
    assert " for " not in (said(line) or "")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a thing made is new: "a" ("the list" read as one the reader knew)
        ("built list of ~60 venues", "I built a list of about 60 venues."),
        ("wrote glossary of 300 terms", "I wrote a glossary of 300 terms."),
        # a thing run or changed was there: "the"
        ("ran grill on busy nights", "I ran the grill on busy nights."),
        ("led redesign of the intake form", "I led the redesign of the intake form."),
    ],
)
def test_one_thing_made_takes_a(line: str, expected: str) -> None:
    assert said(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # spells of work at a place are worked, one of them "a": never "I have 1 harvest"
        ("1 harvest in marlborough (Awatere)", "I have worked a harvest in Marlborough (Awatere)."),
        ("3 vintages in the hunter", "I have worked three vintages in the hunter."),
        ("1 season on a scallop boat", "I have worked a season on a scallop boat."),
        # a count of things that are no spell of work: not said as worked
        ("2 clients in leeds", "I have two clients in Leeds."),
    ],
)
def test_spells_of_work_are_worked(line: str, expected: str) -> None:
    assert said(line) == expected


def test_first_language_takes_also_by_its_verb() -> None:
    # said as a further point: "also" after "I", never "my first language is also ..."
    found = languages.read("PL native, EN C1")
    assert found is not None
    assert also_inside(found[1].text()) == (
        "I also speak English at C1 level, and Polish is my first language"
    )


@pytest.mark.parametrize("line", ["ran the autumn 2024 intake", "ran the spring 2024 open day"])
def test_year_inside_a_name_of_time_takes_no_in(line: str) -> None:
    assert " in 2024" not in (said(line) or "") and "in in" not in (said(line) or "")
