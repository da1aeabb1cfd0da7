"""Topics whose names, heads or articles the notes type in a way a letter cannot copy (reader
11's shapes, each tested here on lines of other jobs): a capital typed only at the start of
the line, a product named as what they move to, a make before its model number, names listed
after things of a place, a way of working named with what it is, "social" for social media,
a record of the candidate's, a sum with what it covers, "the" before a list inside what a
thing is for. Expected forms are written by hand."""

from __future__ import annotations

import pytest

from composer.offline.topics import read_topic, topic_parts


def _said(line: str) -> list[str]:
    return [read_topic(part).text for part in topic_parts(line)]


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # a common noun typed with a capital only because it began the line, before "and"
        ("Planning and delivery of the new ward", ["planning and delivery of the new ward"]),
        # a name listed with another keeps its capital
        ("Python and Rust services", ["Python and Rust services"]),
        # what they are moving to, named again in the topic, is a product
        ("sage reports - moving to sage in april", ["Sage reports"]),
        ("branch closures, moving to hubs", ["branch closures"]),
        # a make before its model number, and a word no table knows listed with it
        ("maintenance on the boeing 737s", ["maintenance on the Boeing 737s"]),
        ("servicing the volvos + cat 320s", ["servicing the Volvos and Cat 320s"]),
        # names, or words no table knows, after things that stand in a place
        ("clinics leeds and york", ["the clinics in Leeds and York"]),
        ("branches kingsbury + harlow", ["the branches in Kingsbury and Harlow"]),
        ("schools and homes", ["schools and homes"]),
    ],
)
def test_names_in_a_topic_take_their_capitals(line: str, said: list[str]) -> None:
    assert _said(line) == said


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # a way of working is said with what it is; two comparatives before a noun take a comma
        (
            "approach - smaller classes vs bigger sets",
            ["the approach of smaller classes rather than bigger sets"],
        ),
        (
            "vision - fewer longer visits vs lots of short ones",
            ["the vision of fewer, longer visits rather than lots of short ones"],
        ),
        # with a tail that says no way of working, it is left out, never named bare
        ("strategy - 3 yr plan", [""]),
        # "social" typed as a noun is social media; a social event or an adjective stays
        ("social + email for the appeal", ["social media and email for the appeal"]),
        ("the summer social", ["the summer social"]),
        ("social value", ["social value"]),
        # a record of how a person has worked is the candidate's
        ("track record", ["my track record"]),
        ("attendance record", ["my attendance record"]),
        # a sum with its figure after it and what it covers after the figure
        ("sales target £2m new business", ["the £2m sales target for new business"]),
        # a shift pattern named by its shifts alone
        ("nights", ["working nights"]),
    ],
)
def test_a_head_that_says_nothing_alone_is_said_with_its_sense(line: str, said: list[str]) -> None:
    assert _said(line) == said


def test_a_term_joined_by_a_slash_after_a_comma_is_a_second_topic() -> None:
    assert _said("fire safety, lockout/tagout") == ["fire safety", "lockout/tagout"]
    # a slash term with more after it is a note of the first topic's terms
    assert topic_parts("hospital extension - option C, pain/gain share") == [
        "hospital extension - option C, pain/gain share"
    ]


def test_a_list_inside_what_a_thing_is_on_makes_it_neither_plural_nor_bare() -> None:
    assert not read_topic("service plan for the vans and trucks").plural
    assert read_topic("vans and trucks").plural
    assert read_topic("fire doors and alarms on level 2").plural


def test_a_list_inside_what_a_thing_is_for_does_not_stop_its_article() -> None:
    assert _said("service plan for the vans and trucks") == [
        "the service plan for the vans and trucks"
    ]
    assert _said("rota for porters + cleaners") == ["the rota for porters and cleaners"]
