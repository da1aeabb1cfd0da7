"""Personal notes typed in the fewest words (session 44: reader 23's "going japan w family for
xmas, hokkaido skiing" was left out as a fact a letter could only repeat back; "she's going to
Mashiko (japan) in jan for a residency!!" was said as a trip "for a residency"; "also ex navy"
was said as "a fellow ex navy"). Each is read by its shape: a destination with no "to", a past
both share typed with "also", a relative typed bare, a team followed keenly, what a trip is for.
A pet typed with "she's got" is one they have had for a while, as "she has" is. Lines made up
or the readers'; the sentences are written by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from composer.offline.rapport import rapport_line
from composer.offline.rapportpets import LEFT
from composer.offline.rapportterse import OWN_ALREADY
from composer.offline.tone import in_full
from tests.fakes import FirstChoice

DAYS = (dt.date(2026, 12, 3), dt.date(2026, 12, 4))  # met on Thursday, sent on Friday


def _said(note: str, tone: str = "warm") -> str | None:
    names = ["Jacqueline Ong", "Jacqueline"]
    return rapport_line(note, names, tone=tone, variation=FirstChoice(""), days=DAYS).text


@pytest.mark.parametrize(
    ("note", "said"),
    [
        # a destination typed with no "to" (reader 23 h181), with or without a subject
        (
            "going japan w family for xmas, hokkaido skiing",
            "I hope your trip to Japan for Christmas goes well.",
        ),
        ("she's going portugal in feb", "I hope your trip to Portugal in February goes well."),
        ("going Lapland next wk w the kids", "I hope your trip to Lapland next week goes well."),
        # what a trip is for is what the wish is for (reader 23 h184)
        (
            "she's going to Mashiko (japan) in jan for a residency!!",
            "Good luck with your residency in Mashiko in January.",
        ),
        (
            "flying to Banff next month for a retreat",
            "Good luck with your retreat in Banff next month.",
        ),
        (
            "off to Vienna in march for a sabbatical",
            "Good luck with your sabbatical in Vienna in March.",
        ),
        # a trip that says what kind it is: that trip, its noun said once (session 48: "I hope
        # your trip to Raja Ampat next month for a liveaboard trip goes well")
        (
            "she's off to Raja Ampat next month for a liveaboard trip",
            "I hope your liveaboard trip to Raja Ampat next month goes well.",
        ),
        (
            "flying to Bali in july for a surfing holiday",
            "I hope your surfing holiday in Bali in July goes well.",
        ),
        # "NYE" spelled out
        ("off to lisbon for NYE", "I hope your trip to Lisbon for New Year's Eve goes well."),
        # a past both share typed with "also" and no verb
        ("also ex-army", "It was a nice surprise to find that we both served in the Army."),
        ("also ex navy", "It was a nice surprise to find that we both served in the Navy."),
        (
            "he's also ex-Deloitte",
            "It was a nice surprise to find that we both worked at Deloitte.",
        ),
        # a relative typed bare, and what they are doing
        (
            "daughter starting uni in jan",
            "I hope your daughter enjoys starting university in January.",
        ),
        ("son starting school in sept", "I hope your son enjoys starting school in September."),
        # a team followed keenly gets a wish for its season
        ("big spurs fan", "I hope Spurs have a good season."),
        ("huge Leeds United fan", "I hope Leeds United have a good season."),
        # children's, not "children'"
        (
            "kids have their nativity on thurs",
            "I hope your children's nativity goes well on Thursday.",
        ),
    ],
)
def test_a_note_typed_in_few_words_is_said_by_its_shape(note: str, said: str) -> None:
    assert _said(note) == said


def test_a_fandom_is_a_teams_only_when_the_note_shows_a_team() -> None:
    assert _said("big spurs fan") == "I hope Spurs have a good season."
    assert _said("huge Hollow Knight fan") is None  # no season to wish for
    assert _said("he's a Stockport County fan") is None  # only a fact, as reader 8 judged it


def test_going_names_a_place_only_when_the_word_after_it_is_a_name() -> None:
    assert _said("going japan in feb") == "I hope your trip to Japan in February goes well."
    assert _said("going abroad next week") is None  # no place named
    assert _said("going part-time in jan") is None  # not a trip at all


def test_a_pet_they_have_got_is_one_they_have_had_for_a_while() -> None:
    for note in (
        "she's got a kelpie called Bluey",
        "He's got a rescue greyhound called Pip",
        "they've got a spaniel called Dot",
        "hes got a kelpie called Bluey",
        "she has a kelpie called Bluey",
    ):
        said = rapport_line(note, ["Graham Pollard", "Graham"])
        assert (note, said.text, said.skipped) == (note, None, LEFT)


def test_a_formal_letter_wishes_a_team_and_a_stay_in_its_register() -> None:
    assert (
        _said("massive Ipswich Town fan", "formal")
        == "I hope Ipswich Town have a successful season."
    )
    assert (
        _said("going to Kyoto in april for a residency", "formal")
        == "I hope your residency in Kyoto goes very well in April."
    )


def test_a_plural_spelled_out_keeps_its_possessive() -> None:
    assert in_full("your kids' nativity") == "your children's nativity"
    assert in_full("the grads' dinner") == "the graduates' dinner"  # a plural in "s" as before
    assert in_full("kids love it") == "children love it"


@pytest.mark.parametrize(
    ("note", "said"),
    [
        # scout 45 v02: left out; the candidate's own clause is theirs to say, the thanks is not
        (
            "He recommended the new edition of Redmond on Dismissal Law; I only have the 2nd"
            " edition.",
            "Thank you for recommending the new edition of Redmond on Dismissal Law; I will look"
            " into it.",
        ),
        (
            "She recommended the book Deep Work; I have not read it yet.",
            "Thank you for recommending the book Deep Work; I look forward to reading it.",
        ),
    ],
)
def test_a_recommendation_with_a_clause_of_the_candidates_is_thanked_for(
    note: str, said: str
) -> None:
    assert _said(note) == said


def test_a_recommendation_the_candidate_has_already_in_their_own_words_is_left_out() -> None:
    # was "Thanks, too, for recommending Atomic Habits; I've read the first half already: I will
    # look into it."
    said = rapport_line("recommended Atomic Habits; I've read the first half already", ["Jo"])
    assert (said.text, said.skipped) == (None, OWN_ALREADY)
    # what `recommended.ALREADY` reads is said as before
    assert _said("recommended the SRE workbook - I'm already reading it") == (
        "Thank you for recommending the SRE workbook; I am already reading it."
    )


def test_what_the_talk_was_about_after_a_dash_is_no_part_of_the_line() -> None:
    # reader 18 h141: left out ("could not be turned into a line")
    assert _said("daughters debs in jan - joked about the cost of the dress") == (
        "I hope your daughter's debs go well in January."
    )
    # a fan's talk about a game ahead is still the game's wish
    assert _said("big benfica fan - we talked abt the derby on sat") == (
        "I hope the derby on Saturday goes your way."
    )


def test_an_acronyms_plural_takes_a_plural_verb() -> None:
    # was "I hope your son's GCSEs goes well next week."
    assert _said("her son is doing his GCSEs next week") == (
        "I hope your son's GCSEs go well next week."
    )
    assert _said("her daughter is doing her SATs in may") == (
        "I hope your daughter's SATs go well in May."
    )
