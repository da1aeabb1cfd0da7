"""Personal notes of kinds a person would use, said as the line they would write by hand."""

from __future__ import annotations

import pytest

from composer.offline.rapport import rapport_line
from tests.fakes import FirstChoice


def _said(note: str) -> str | None:
    return rapport_line(note, ["Dana Fox", "Dana"], variation=FirstChoice("")).text


@pytest.mark.parametrize(
    ("note", "said"),
    [
        ("her collie just had a litter of 6", "I hope the puppies are all doing well."),
        ("his cat had kittens last wk", "I hope the kittens are all doing well."),
        ("her spaniel just had 4 pups", "I hope the puppies are all doing well."),
        (
            "used to work at the practice i trained at in harrogate",
            "It was good to find that you once worked at the practice in Harrogate where I "
            "trained.",
        ),
        (
            "she used to work at the hospital I trained at in york",
            "It was good to find that you once worked at the hospital in York where I trained.",
        ),
        (
            "recommended the SRE workbook ch on alerting - re-reading it",
            "Thank you for recommending the SRE workbook chapter on alerting; I am re-reading it "
            "now.",
        ),
        (
            "recommended the Lancet piece on sepsis, already reading it",
            "Thank you for recommending the Lancet piece on sepsis; I am already reading it.",
        ),
        (
            "recommended the CIPD course on employee relations",
            "Thank you for recommending the CIPD course on employee relations; I will look into "
            "it.",
        ),
        (
            "we both did pharmacy at bradford (diff yrs obv)",
            "It was a nice surprise to find that we both did pharmacy at Bradford.",
        ),
        (
            "we both used to be at rackspace (diff teams)",
            "It was a nice surprise to find that we both used to be at Rackspace.",
        ),
        (
            "he went to loyola too (law school, i did undergrad)",
            "It was a nice surprise to find that we both went to Loyola.",
        ),
        (
            "used to work at the firm i did my apprenticeship at in hull",
            "It was good to find that you once worked at the firm in Hull where I did my "
            "apprenticeship.",
        ),
        ("she went to fordham too", "It was a nice surprise to find that we both went to Fordham."),
        (
            "she's off to the RIBA awards fri",
            "I hope you have a wonderful time at the RIBA awards on Friday.",
        ),
        (
            "she's speaking at a UXR conf in feb",
            "I hope your talk at the UXR conference in February goes well.",
        ),
        # an event, then that they are going: the wish is for the event
        (
            "penn state game sat, she's going",
            "I hope you have a wonderful time at the Penn State game on Saturday.",
        ),
        # a talk is watched, even when it is "by" someone; a cuisine's place is tried
        (
            "recommended the talk on event sourcing by Greg Young",
            "Thank you for recommending the talk on event sourcing by Greg Young; I look "
            "forward to watching it.",
        ),
        (
            "he recommended the Thai place near the office",
            "Thank you for recommending the Thai place near the office; I look forward to "
            "trying it.",
        ),
        # "shes" typed without its apostrophe
        ("shes off to Lisbon in may", "I hope your trip to Lisbon in May goes well."),
        # a fact about them, then what they are going to: the wish is for the plan
        (
            "big Packers fan, going to the playoff game",
            "I hope you have a wonderful time at the playoff game.",
        ),
        # a race after its place is a name; its short year and "again" are the note-taker's
        (
            "both ran the Boston marathon '19",
            "It was a nice surprise to find that we both ran the Boston Marathon.",
        ),
        (
            "she's doing the Cardiff half marathon again in oct",
            "Good luck with the Cardiff Half Marathon in October.",
        ),
        # "both at X" is where both worked; "b4 ..." after a place is the note-taker's time;
        # a second clause about them after a comma is an aside
        (
            "both at Nationwide b4, diff branches",
            "It was a nice surprise to find that we both worked at Nationwide.",
        ),
        # a place of study: the notes say both were there, not that either worked there; the
        # subject in brackets says they studied it there (reader 9: "we studied there")
        (
            "both at Exeter uni (law), he was yrs ahead",
            "It was a nice surprise to find that we both studied law at Exeter University.",
        ),
        (
            "both at Leeds uni, diff yrs",
            "It was a nice surprise to find that we were both at Leeds University.",
        ),
        # a title typed in quotes all in lower case is a title, each main word capitalised
        (
            "recommended 'a gentleman in moscow' - said id love it",
            "Thank you for recommending 'A Gentleman in Moscow'; I will look into it.",
        ),
        (
            "his son's getting married in may, he's doing the speech lol",
            "I hope your son's wedding in May is a wonderful day.",
        ),
        # the charity a run is for, its name typed in lower case: the wish goes without it
        (
            "he's doing the Great North Run in sept for the air ambulance trust",
            "Good luck with the Great North Run in September, and with your fundraising for the air"
            " ambulance trust.",
        ),
        # family news with the candidate's own aside after a comma: the aside goes
        (
            "his son is applying to Leeds, my old uni",
            "Good luck with your son's application to Leeds.",
        ),
        # a relative's exam passed or qualification is congratulated (what follows a dash is an
        # aside); "passed" with no exam after it is never congratulated (below)
        (
            "her son just passed his CSCS test - he was chuffed",
            "Congratulations on your son passing his CSCS test.",
        ),
        (
            "his wife just qualified ACA",
            "Congratulations on your wife qualifying as an ACA.",
        ),
        # where the candidate was, then "she trained there too": a university both were at
        (
            "asked about my placement at bangor uni - he studied there too",
            "It was a nice surprise to find that we both studied at Bangor University.",
        ),
        # "we're both fans": of the team named, or of the team whose game the note names
        ("we're both Saints fans", "It was good to meet a fellow Saints fan."),
        (
            "asked about the Hornets game on fri - we're both fans",
            "It was good to meet a fellow Hornets fan.",
        ),
    ],
)
def test_a_personal_note_is_said_as_a_line_to_them(note: str, said: str) -> None:
    assert _said(note) == said


def test_a_word_that_is_ordinary_english_keeps_its_lower_case() -> None:
    # "ed-tech" and "town" are ordinary words, not names: no capital is guessed
    assert _said("we both came from ed-tech") == (
        "It was a nice surprise to find that we both came from ed-tech."
    )
    assert _said("we both grew up in town") == (
        "It was a nice surprise to find that we both grew up in town."
    )


def test_a_litter_of_bad_news_is_not_a_pet() -> None:
    assert (
        _said("she had a litter of complaints this year")
        != "I hope the puppies are all doing well."
    )


def test_what_was_talked_about_is_nothing_both_share() -> None:
    # "we talked about ..." is the interview itself, not a background the two of them share:
    # a brief warm line on the subject (session 48), never "we both ..."
    assert _said("we talked about the derby, she's a Liverpool fan") in (
        "I enjoyed our chat about the derby.",
        "I enjoyed hearing about the derby.",
    )
    assert _said("we chatted about his allotment") in (
        "I enjoyed our chat about your allotment.",
        "I enjoyed hearing about your allotment.",
    )


# Session 27 (reader 7's shapes, typed for other trades): "ex-X" is a past workplace, an overlap
# says when; a named site of a kind takes "the"; "mentioned" is dropped before what they said;
# a parent's leave with the baby named is happy news; a relative's event after a comma is wished
# luck.
@pytest.mark.parametrize(
    ("note", "said"),
    [
        (
            "both ex-Ocado, overlapped 2021",
            "It was a nice surprise to find that we both worked at Ocado and overlapped there "
            "in 2021.",
        ),
        ("ex-Halfords like me", "It was a nice surprise to find that we both worked at Halfords."),
        ("she's ex-Google", None),  # where she worked: nothing the candidate shares
        (
            "we both trained at Royal Mail sorting office, diff yrs",
            "It was a nice surprise to find that we both trained at the Royal Mail sorting office.",
        ),
        (
            "we both trained at Leeds General Infirmary",
            "It was a nice surprise to find that we both trained at Leeds General Infirmary.",
        ),
        ("mentioned she's retiring in june", "I wish you a very happy retirement in June."),
        ("back from maternity leave, baby boy", "Congratulations on your baby boy."),
        ("she's doing the Welsh 3 peaks in july", "Good luck with the Welsh Three Peaks in July."),
        (
            "her daughter swims for the county, gala in Leeds next sat",
            "Good luck with your daughter's gala in Leeds next Saturday.",
        ),
    ],
)
def test_a_note_takers_shape_is_read_before_its_kind(note: str, said: str | None) -> None:
    assert _said(note) == said


@pytest.mark.parametrize(
    "note",
    ["her dad passed last year", "his son passed away in march", "her mum just passed"],
)
def test_a_relative_who_passed_is_never_congratulated(note: str) -> None:
    assert "ongratulat" not in (_said(note) or "")
