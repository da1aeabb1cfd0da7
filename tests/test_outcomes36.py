"""A deed and its outcomes after a dash or commas (`outcomes`), and the gate's words of a
careful line and names typed in lower case (`flagged.careful_in`, `notewords.lowered_names`).
Every expected sentence is written by hand."""

from __future__ import annotations

import pytest

from composer.offline.flagged import careful_in, stopped
from composer.offline.items import read_point
from composer.offline.notewords import lowered_names, recapitalised
from composer.offline.pasted import pasted


@pytest.mark.parametrize(
    ("line", "want"),
    [
        (
            "led campground evac at Manning 2023 - 300+ campers out in under 2 hrs, no injuries",
            "I led the campground evacuation at Manning in 2023, with more than 300 campers out"
            " in under two hours and no injuries.",
        ),
        (
            "raised €1.2m for the new hospice wing, 6 months ahead of target",
            "I raised €1.2m for the new hospice wing, six months ahead of target.",
        ),
        (
            "erected scaffold for the cathedral roof job - 18 months, no incidents",
            "I erected scaffold for the cathedral roof job over 18 months, with no incidents.",
        ),
        (
            "started a stammering group for teens at the clinic - still running",
            "I started a stammering group for teens at the clinic, and it is still running.",
        ),
        (
            "led warehouse move to new DC 2024 - 14k pallets, zero stock loss, done 2 days early",
            "I led the warehouse move to a new DC in 2024, with 14,000 pallets and zero stock"
            " loss, finishing two days early.",
        ),
        (
            "audited 60 sites in 2025, 0 major non-conformances missed",
            "I audited 60 sites in 2025, with no major non-conformances missed.",
        ),
        (
            "wrote 20+ detection rules for the SOC, cut false positives ~30%",
            "I wrote more than 20 detection rules for the SOC and cut false positives by about"
            " 30%.",
        ),
        (
            "inspected 1,100 km of track a year, found the cracked rail at Hexham before it failed",
            "I inspected 1,100 km of track a year and found the cracked rail at Hexham before it"
            " failed.",
        ),
        (
            "coached the school's first XV - 0 ACL injuries in 3 seasons",
            "I coached the school's first XV, with no ACL injuries in three seasons.",
        ),
        (
            "made all the oak counters for the kilkenny design shop job, on time",
            "I made all the oak counters for the kilkenny design shop job, which came in on time.",
        ),
    ],
)
def test_a_deed_and_its_outcomes(line: str, want: str) -> None:
    assert read_point(line).sentence() == want


@pytest.mark.parametrize(
    "line",
    [
        "hung the whole retrospective show - 120 works, opened on schedule",  # a clause after
        "9 yrs bench joinery, 3 on cnc",  # no deed: years of a trade
        "ran walking tours of old town 4 summers - 4.9 on tripadvisor",  # a rating
        "wrote the manual for the zoo, adopted by 3 other zoos",  # a passive, not a second deed
    ],
)
def test_a_list_with_a_part_of_no_known_shape_is_not_said_as_outcomes(line: str) -> None:
    said = read_point(line).sentence() or ""
    assert ", with" not in said and "still" not in said and " and adopted" not in said


def test_a_careful_lines_one_unknown_word_passes_the_gate() -> None:
    line = "Found a resistant ryegrass population early and helped the grower change his spray"
    sentence = (
        "I found a resistant ryegrass population early and helped the grower change his spray."
    )
    assert stopped(sentence)  # no table knows "ryegrass"
    assert careful_in((line,)) == frozenset(["ryegrass"])
    assert not stopped(sentence, careful_in((line,)))


@pytest.mark.parametrize(
    "line",
    [
        "found a resistant ryegrass population early and helped the grower",  # lower case
        "Found resistant ryegrass w/ the grower + changed his spray program",  # note marks
        "Ryegrass found early",  # too short
        "MOT ryegrass all by hand today",  # a name in capitals opens it, not a sentence's capital
        "Found ryegrass in the canola early on the Wimmera farms",  # two unknown words
    ],
)
def test_a_line_typed_as_a_note_gives_no_trusted_word(line: str) -> None:
    assert "ryegrass" not in careful_in((line,))


def test_a_name_after_the_in_a_lower_case_line_gets_its_capital() -> None:
    names = lowered_names(["made all the oak counters for the kilkenny design shop job, on time"])
    assert names == {"kilkenny": "Kilkenny"}
    said = "I made all the oak counters for the kilkenny design shop job, on time."
    assert recapitalised(said, names) == (
        "I made all the oak counters for the Kilkenny design shop job, on time."
    )
    assert not stopped(recapitalised(said, names))


@pytest.mark.parametrize(
    "line",
    [
        "prism glasses clinic w/ the optom",  # a word cut short (optometrist)
        "ran the tacho compliance checks for the night shift",  # tachograph
        "she asked about the backline for the tour",  # two English words run together
        "Made the counters for the kilkenny job",  # a line with capitals types its names so
    ],
)
def test_no_capital_for_a_clipped_word_a_compound_or_a_careful_line(line: str) -> None:
    assert lowered_names([line]) == {}


def test_a_capital_adjective_after_a_determiner_is_a_names_word() -> None:
    text = (
        "I was the assistant editor on a six-part documentary series and kept the Avid project"
        " organized through the whole edit."
    )
    assert pasted(text) == ""
    assert pasted("I would contribute Careful, well-documented practice.") != ""


@pytest.mark.parametrize(
    "sentence",
    [
        "I wrote a tone of the voice guide for a building society, and it is still in use.",
        "I set up a point of the sale system for the shop.",
        "I kept the chain of the custody log for every sample.",
    ],
)
def test_an_article_inside_a_set_phrase_of_x_of_y_is_stopped(sentence: str) -> None:
    assert "set phrase" in stopped(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I wrote a tone of voice guide for a building society.",
        "I led a review of the audit process.",
        "I handled the chain of custody for the samples.",
    ],
)
def test_a_set_phrase_typed_whole_or_an_of_with_its_article_passes(sentence: str) -> None:
    assert stopped(sentence) == ""


def test_a_name_the_notes_type_in_capitals_gets_them_where_a_line_types_it_lower() -> None:
    from composer.offline.notewords import acronyms_of

    names = acronyms_of(["SD-WAN rollout to 14 clinics behind schedule", "IT team + MPLS"])
    assert names == {"sd-wan": "SD-WAN", "mpls": "MPLS"}  # "IT" is "it": never given capitals
    said = "I led the sd-wan migration across 38 sites, with no unplanned downtime."
    assert recapitalised(said, names) == (
        "I led the SD-WAN migration across 38 sites, with no unplanned downtime."
    )


@pytest.mark.parametrize(
    ("line", "want"),
    [
        (
            "introduced time-lapse imaging in the lab, pregnancy rate up 8%",
            "I introduced time-lapse imaging in the lab, which raised the pregnancy rate by 8%.",
        ),
        (
            "moved the surgery to online booking - phone queue down 50%",
            "I moved the surgery to online booking, which cut the phone queue by 50%.",
        ),
        (
            "rewrote the cleaning SOP - positives down 60% over a yr",
            "I rewrote the cleaning SOP, which cut positives by 60% over a year.",
        ),
    ],
)
def test_a_measure_moved_by_the_deed_is_one_thing_with_the(line: str, want: str) -> None:
    assert read_point(line).sentence() == want


def test_careful_words_come_from_the_points_and_topics_not_the_personal_lines() -> None:
    from composer.models import Notes
    from composer.offline.flagged import careful_words

    notes = Notes.model_validate(
        {
            "candidate": {"name": "Ada Moss"},
            "company": "Wimmera Grain",
            "role": "Agronomist",
            "interview": {"date": "2026-12-01", "format": "onsite"},
            "interviewers": [
                {
                    "name": "Graham Pietsch",
                    "topics": ["Herbicide resistance in annual ryegrass across the district"],
                    "rapport": ["He is off to Japan to see the keirin racing in February"],
                }
            ],
            "highlights": ["Prepared over 250 crop plans as a farm paraplanner"],
        }
    )
    # ("paraplanner" is a word of `modernwords` since session 49: known, so no careful word)
    assert careful_words(notes) == frozenset(["ryegrass"])


def test_a_participles_tail_after_a_deed_is_no_list() -> None:
    from composer.offline.wellformed import problem

    # stopped as "a list with no 'and'" before session 36
    said = "I fitted 30 kitchens for a housing association, finishing two weeks early."
    assert problem(said) == ""
