"""Personal notes typed short (rapportshort): each class of shorthand with members made up for
the test, not reader 12's lines; the expected sentences are written by hand."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from composer.offline.rapport import rapport_line
from composer.offline.rapportshort import pet_mending, race_distances, short_read
from tests.conftest import load_benchmark
from tests.fakes import FirstChoice

_DAYS = (dt.date(2026, 12, 1), dt.date(2026, 12, 2))  # interview Tuesday, letter Wednesday


def said(note: str, name: str = "Sam Taylor") -> str | None:
    return rapport_line(note, [name, name.split()[0]], variation=FirstChoice(""), days=_DAYS).text


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        # a race's distance is no part of its name
        (
            "she is running the Bristol Harbour Dash 5K on Sunday",
            "Good luck with the Bristol Harbour Dash on Sunday.",
        ),
        ("doing the santa run 5k sat", "Good luck with the Santa Run on Saturday."),
        ("doing a 50k ultra in march", "Good luck with the ultra in March."),
        # a race named by its distance is said as typed, never "10,000"
        ("running the leeds 10k sun", "Good luck with the Leeds 10K on Sunday."),
        ("running a 5k sat", "Good luck with the 5K on Saturday."),
        # "w" is "with", and a bare relative after it is theirs; a trip is wished well without
        # who goes (session 39: "to Bali with the children" read back a family detail)
        (
            "off to lisbon w her sister in may",
            "I hope your trip to Lisbon in May goes well.",
        ),
        (
            "off to cornwall w/ kids for half term",
            "I hope your trip to Cornwall for half term goes well.",
        ),
        # a plural noun typed in lower case before "fans" is a team's name
        ("both saints fans", "It was good to meet a fellow Saints fan."),
        (
            "we're both leafs fans - chatted about the playoffs",
            "It was good to meet a fellow Leafs fan.",
        ),
        # an event noun after a name takes "the"; so does a bare kind recommended
        (
            "presenting at NHS expo in june",
            "I hope your presentation at the NHS expo in June goes well.",
        ),
        (
            "rec'd book 'the body keeps the score'",
            "Thank you for recommending the book 'The Body Keeps the Score'; I look forward to"
            " reading it.",
        ),
        # "told me to", "said I should": a recommendation
        (
            "told me to listen to the Freakonomics podcast",
            "Thank you for recommending the Freakonomics podcast; I look forward to listening"
            " to it.",
        ),
        (
            "said I should watch 'the bear' - watched the first two episodes last night",
            "Thank you for recommending 'The Bear'; I have already watched the first two episodes.",
        ),
        # a relative's possessive without its apostrophe, a short weekday after an -ing verb
        (
            "his sons band playing at the Leadmill fri",
            "Good luck to your son's band at the Leadmill on Friday.",
        ),
        (
            "her granddaughters netball team competing sat",
            "Good luck to your granddaughter's netball team on Saturday.",
        ),
        (
            "his son's u14 team is playing in cup final on Sunday",
            "Good luck to your son's under-14 team in the cup final on Sunday.",
        ),
        (  # no verb: an event of theirs and its day follow the team
            "her daughters netball team at the county finals sat",
            "Good luck to your daughter's netball team at the county finals on Saturday.",
        ),
        # pets: a new one, one named after a comma or right after its kind, a mending leg
        ("new kelpie pup", "I hope your new kelpie pup is settling in well."),
        ("just adopted a rescue cat, mabel", "I hope Mabel is settling in well."),
        ("her beagle rolo hurt his paw", "I hope Rolo's paw is mending."),
        ("his spaniel sprained a leg on a walk", "I hope your spaniel's leg is mending."),
        # a name that runs back through "to": the places are names, the ride is theirs
        ("doing the leeds to york ride in june", "Good luck with the Leeds to York ride in June."),
        # what the candidate will do with a recommendation, or has done, counted in full
        (
            "rec'd bouchard's book on clay - will get a copy",
            "Thank you for recommending Bouchard's book on clay; I will get a copy.",
        ),
        (
            "recommended the Rest Is History podcast - listened to 3 eps already",
            "Thank you for recommending the Rest Is History podcast; I have already listened to"
            " three episodes.",
        ),
        (
            "recommended 'the hitchhiker's guide to the galaxy'",
            "Thank you for recommending 'The Hitchhiker's Guide to the Galaxy'; I look forward to"
            " reading it.",
        ),
        # a word between "at" and a name is the name's; a charity at the end is a name
        (
            "we both started at john lewis",
            "It was a nice surprise to find that we both started at John Lewis.",
        ),
        (
            "doing a sponsored swim in may for barnardos",
            "Good luck with the sponsored swim in May, and with your fundraising for Barnardos.",
        ),
        # a relative graduating; a service typed in lower case after "ex-"
        (
            "his son graduating from Exeter in july",
            "Congratulations to your son on graduating from Exeter in July.",
        ),
        (
            "both ex-raf, diff squadrons",
            "It was a nice surprise to find that we both served in the RAF.",
        ),
        # a wish typed as the letter's own sentence, "good luck to"
        (
            "Good luck to your son's team at the regional final",
            "Good luck to your son's team at the regional final.",
        ),
    ],
)
def test_a_note_typed_short_is_said_in_full(note: str, expected: str) -> None:
    assert said(note) == expected


@pytest.mark.parametrize(
    "note",
    [
        "he hurt his back skiing",  # a person's injury is theirs to tell
        "her lab results came back fine",  # "lab" is no pet, "results" no name
        "her daughters are both at uni",  # two daughters, nothing to wish
        "her sons rugby team playing well lately",  # no event ahead
        "his sons band in the charts",  # no event or day ahead
        "recommended a book by colum mccann",  # a name in lower case, capitals inside not sure
    ],
)
def test_a_note_that_cannot_be_said_safely_is_left_out(note: str) -> None:
    assert said(note) is None


def test_the_interviewers_own_name_as_the_subject_is_them() -> None:
    assert (
        said("ravi running the Cardiff half in oct", "Ravi Shah")
        == "Good luck with the Cardiff half in October."
    )
    assert short_read("maria's son is starting school", ["Maria Lopez"]) == (
        "her son is starting school"
    )
    assert short_read("kim + I both trained at Guy's", ["Kim Ng"]) == "we both trained at Guy's"
    # another name is not theirs: a name no table knows, with "'s", only takes its capital
    assert short_read("ravi's son is starting school", ["Maria Lopez"]) == (
        "Ravi's son is starting school"
    )


def test_short_read_leaves_other_words_alone() -> None:
    # "w" inside a word, a singular noun before "fan", "a" with no distance after it
    assert short_read("back next wk, a huge jazz fan") == "back next wk, a huge jazz fan"
    assert short_read("both football fans") == "both football fans"
    assert short_read("raised 5k for the hospice") == "raised 5k for the hospice"


def test_a_race_distance_is_restored_only_for_a_race() -> None:
    assert race_distances("the york 10k sun", "Good luck with the York 10,000.") == (
        "Good luck with the York 10K."
    )
    # "raised 10k": money, said by the shared reading of figures
    assert race_distances("raised 10k for the hospice", "You raised 10,000.") == (
        "You raised 10,000."
    )


def test_pet_mending_names_the_pet_or_says_whose() -> None:
    assert pet_mending("her collie called Skye broke her leg") == {
        "whose": "Skye's",
        "part": "leg",
    }
    assert pet_mending("his horse injured a hoof, off work") == {
        "whose": "your horse's",
        "part": "hoof",
    }
    assert pet_mending("her son broke his leg") is None


CLOSING = load_benchmark("lines_closing")
HELDOUT = load_benchmark("rapport_heldout")
ROWS = HELDOUT.rows(HELDOUT.TABLE.with_name("rapport_heldout32.json"))


def test_the_held_out_set_has_thirty_lines_of_four_trades() -> None:
    assert len(ROWS) >= 30
    assert len({row["trade"] for row in ROWS}) == 4


def _param(row: dict[str, Any]) -> Any:
    marks = [pytest.mark.xfail(reason=row["known"], strict=True)] if row.get("known") else []
    return pytest.param(row, id=row["line"][:40], marks=marks)


@pytest.mark.parametrize("row", [_param(r) for r in ROWS])
def test_a_held_out_line_is_said_as_judged_good_or_left_out(row: dict[str, Any]) -> None:
    said = CLOSING.said(row)
    assert CLOSING.verdict(row, said) != "BROKEN", said
