"""Names typed in lower case, known by their shape or by the notes typing them elsewhere with
their capitals (session 41b). Expected outputs written by hand."""

from __future__ import annotations

import pytest

from composer.offline.notewords import capital_runs, recapitalised
from composer.offline.rapportplaces import placed
from composer.offline.shorthand import expand


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        # a given name before a surname
        ("she loved sally rooney's new one too", "she loved Sally Rooney's new one too"),
        ("chatted w/ sarah jennings re rota", "chatted with Sarah Jennings re rota"),
        # a place's noun whose name follows "of"
        ("both grew up in the bay of plenty", "both grew up in the Bay of Plenty"),
        ("we both grew up on the isle of skye", "we both grew up on the Isle of Skye"),
        # a body named after its place
        ("we both went to city of bristol college", "we both went to City of Bristol College"),
        (
            "we both played in the national youth orchestra of scotland",
            "we both played in the National Youth Orchestra of Scotland",
        ),
    ],
)
def test_names_by_shape(note: str, expected: str) -> None:
    assert expand(note) == expected


@pytest.mark.parametrize(
    "note",
    [
        "a group of 25 in the rain",
        "the loading bay of the warehouse",
        "each bay of 12 racks",
        "how the cost of living is hitting clients",
        "met sally on Monday",
        "we both like rose gardens",
        "told mark Jones about it",
        "set up foster whatsapp group, 80 active fosterers",
        "made a full set for a gypsy vardo",
    ],
)
def test_common_words_keep_lower_case(note: str) -> None:
    assert expand(note) == note


@pytest.mark.parametrize(
    ("note", "line", "expected"),
    [
        (
            "hes doing the cape wrath trail in april",
            "I hope the cape wrath trail in April goes well.",
            "I hope the Cape Wrath Trail in April goes well.",
        ),
        (
            "we both did the flutter melbourne meetup",
            "It was a nice surprise to find that we both did the flutter Melbourne Meetup.",
            "It was a nice surprise to find that we both did the Flutter Melbourne Meetup.",
        ),
    ],
)
def test_event_names_in_a_personal_line(note: str, line: str, expected: str) -> None:
    assert placed(note, line) == expected


def test_runs_the_notes_type_with_capitals_elsewhere() -> None:
    lines = ["used Provet Cloud and RxWorks at my temp job", "switching to provet cloud"]
    runs = capital_runs(lines, ["Kowhai Digital"])
    said = recapitalised("We talked about provet cloud and kowhai digital clients.", runs)
    assert said == "We talked about Provet Cloud and Kowhai Digital clients."
    # a line's first words may have capitals only for starting it
    assert capital_runs(["Customer Service at a bank"]) == {}
    # a run of English words may be a degree's or a title's capitals: the field is no name
    assert capital_runs(["did my MSc in Genetic Counselling"]) == {}
