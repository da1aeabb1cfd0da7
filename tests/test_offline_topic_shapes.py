"""Topic shapes read by their grammar (composer/offline/topicshapes.py), through `read_topic`:
a wh-clause typed with no subject, a count of a unit before a noun, a figure of what something
cost, a comma tail that comments on the subject, a one-in-so-many tail, a closed compound's
article, and a topic that still reads as a note. Expected forms are written by hand."""

from __future__ import annotations

import pytest

from composer.offline.topicarticle import with_the
from composer.offline.topics import read_topic, topic_parts
from composer.offline.topicshapes import (
    clipped,
    commented,
    cost_subject,
    counted_detail,
    counts_alike,
    noted_part,
    state_only,
    still_a_note,
    subjectless_wh,
    unit_modifiers,
    without_ratio,
)


def named(line: str) -> str:
    return read_topic(line).text


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # "why" of a verb of moving on: the one moving is the candidate
        ("why leaving retail after 10 yrs", "why I am leaving retail after 10 years"),
        ("why switching to community pharmacy", "why I am switching to community pharmacy"),
        ("why moving into management", "why I am moving into management"),
    ],
)
def test_a_why_of_moving_on_typed_without_its_subject_is_said_with_it(line: str, said: str) -> None:
    assert named(line) == said


@pytest.mark.parametrize(
    "line",
    [
        "how handling a complaint from a parent",  # who handles it is not sure
        "why using Kafka for the event bus",  # whose choice, not sure
        "what doing about the backlog",
    ],
)
def test_a_wh_clause_without_its_subject_is_left_out_when_the_subject_is_not_sure(
    line: str,
) -> None:
    topic = read_topic(line)
    assert topic.text == ""
    assert "subject" in topic.why


def test_subjectless_wh_reads_only_a_wh_word_and_a_gerund() -> None:
    assert subjectless_wh(["the", "weekend", "rota"]) is None
    assert subjectless_wh(["why", "I", "chose", "nursing"]) is None
    assert subjectless_wh(["why", "leaving", "the", "army"]) == "why I am leaving the army"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("8 hours shifts", "8-hour shifts"),
        ("30 minutes appointments", "30-minute appointments"),
        ("10 versus 15 minutes slots", "10-minute versus 15-minute slots"),
        ("two or three days courses", "two-day or three-day courses"),
        # a count of time before what is not a thing it measures stays as typed
        ("8 years experience", "8 years experience"),
        ("3 hours a day", "3 hours a day"),
        ("after 20 minutes of waiting", "after 20 minutes of waiting"),
    ],
)
def test_a_count_of_a_unit_before_a_noun_is_one_hyphenated_modifier(text: str, said: str) -> None:
    assert unit_modifiers(text) == said


def test_a_comparison_of_counts_is_named_with_both_counts() -> None:
    assert named("10 vs 15 min slots, GPs want longer") == "10-minute versus 15-minute slots"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("returns cost about $40,000 last year", "the cost of returns"),
        ("agency staff costing £12k a month", "the cost of agency staff"),
        # a sum of money already named by what it is
        ("training budget cost 20k", "training budget"),
        ("machinery budget cost 40,000 last year", "machinery budget"),
        # a measure, not a sum spent: as typed
        ("keeping bottle cost about 28%", "keeping bottle cost about 28%"),
        ("food cost about 30%", "food cost about 30%"),
    ],
)
def test_what_a_thing_cost_is_named_as_its_cost(text: str, said: str) -> None:
    assert cost_subject(text) == said


def test_a_cost_typed_after_a_subject_reads_as_the_cost_of_it() -> None:
    assert named("breakages cost approx $9k last qtr") == "the cost of breakages"


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("loan book, mostly first-time buyers", "the loan book"),
        ("apprentice scheme, mainly school leavers", "the apprentice scheme"),
        ("client list, largely small charities and trusts", "the client list"),
    ],
)
def test_a_comma_tail_that_says_how_much_of_it_is_what_is_dropped(line: str, said: str) -> None:
    assert named(line) == said


def test_commented_reads_the_first_word_of_the_tail() -> None:
    assert commented("mostly trades and property owners")
    assert not commented("especially the tenant clinic")
    assert not commented("almond milk")


def test_one_in_so_many_after_the_subject_is_the_note_takers_detail() -> None:
    assert without_ratio("on-call rota 1 in 5 weekends") == "on-call rota"
    assert without_ratio("cover for 1 in 4") == "cover for 1 in 4"  # after a preposition
    assert named("weekend rota 1 in 4 weeks, paid extra") == "the weekend rota"


def test_a_closed_compound_counts_as_its_last_word() -> None:
    # "termbase" is no word of the tables; "base" is counted, so the termbase is one thing
    assert with_the("FR/ES-EN termbase") == "the FR/ES-EN termbase"
    assert with_the("DE-EN termbase") == "the DE-EN termbase"
    # a noun made with a suffix is no compound: "preceptorship" is not "preceptor" + "ship"
    assert with_the("preceptorship for new graduates") == "preceptorship for new graduates"


@pytest.mark.parametrize(
    "said",
    [
        "CART and terps side by side",  # "terp": a word typed as a note, in the plural
        "CART for deaf/HoH students",  # "HoH": an abbreviation in mixed case, after a slash
        "tutoring for yr/grp leads",
        "talk to Me",  # a title read from inside it
        "the Ask Us sessions",
    ],
)
def test_a_topic_still_typed_as_a_note_is_not_named(said: str) -> None:
    assert still_a_note(said)


@pytest.mark.parametrize(
    "said",
    [
        "the class sizes",  # "class": a known word ending in "ss"
        "raising AP Chem pass rates",
        "the IT roadmap",
        "the handover from Will",  # a name that is also an auxiliary
        "Cat Friendly Clinic gold",
    ],
)
def test_a_plain_topic_is_not_taken_for_a_note(said: str) -> None:
    assert still_a_note(said) == ""


def test_a_topic_left_out_as_a_note_says_why() -> None:
    topic = read_topic("CART + terps side by side for deaf/HoH students")
    assert topic.text == ""
    assert "note" in topic.why


def test_a_counted_situation_before_a_dash_leaves_the_subject_after_it() -> None:
    # the head is a situation (things doing something), not a project the point is part of
    assert named("2 lifts running side by side on the tower - load sharing system") == (
        "the load sharing system"
    )


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # a figure or a comment in a typed list makes it a head with its note, not a list
        ("weekend rota, approx 40 staff, HR to sign off", ["the weekend rota"]),
        ("parent workshops, mostly on Saturdays, low turnout", ["parent workshops"]),
        ("ward 7 refurb, ~6 wks, moving pts to ward 9", ["the ward 7 refurb"]),
    ],
)
def test_a_list_with_a_figure_or_a_comment_in_it_is_one_topic_and_its_note(
    line: str, said: list[str]
) -> None:
    parts = topic_parts(line)
    assert parts == [line]
    assert [read_topic(part).text for part in parts] == said


def test_noted_part_reads_figures_and_comments_only() -> None:
    assert noted_part("approx £250k")
    assert noted_part("~40")
    assert noted_part("12")
    assert noted_part("mostly on 4")
    assert not noted_part("3 TAs")
    assert not noted_part("board to sign off")


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("fire safety policy FS-2 - review overdue", "the fire safety policy FS-2"),
        ("site induction process v3 - update needed", "the site induction process v3"),
    ],
)
def test_a_tail_that_says_the_state_of_the_subject_leaves_the_subject(line: str, said: str) -> None:
    assert named(line) == said
    assert state_only("renewal due")
    assert not state_only("due")


def test_a_code_after_a_counted_noun_keeps_the_nouns_article() -> None:
    assert with_the("fire safety policy FS-2") == "the fire safety policy FS-2"
    assert with_the("delivery schedule rev2") == "the delivery schedule rev2"
    # a number alone is no code of letters and digits; a head with no article keeps none
    assert with_the("ISO 27001") == "ISO 27001"
    assert with_the("advice on IR35") == "advice on IR35"


def test_a_code_after_a_preposition_is_no_name_of_the_head() -> None:
    # "in Q3" places the move in time: the system moved takes its article as before
    assert with_the("migrating CRM to Hubspot in Q3") == "migrating the CRM to Hubspot in Q3"


# topics2 (session 30): a comma part led by a count is a detail of the head before it, even
# with an "and" in it; a real list of things still splits.
@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("night desk, three weeks on and one off", ["the night desk"]),
        ("the Bristol depot, 25 drivers", ["the Bristol depot"]),
        ("lab audit, 2 visits and a report", ["the lab audit"]),
    ],
)
def test_a_comma_part_led_by_a_count_stays_with_its_head(line: str, said: list[str]) -> None:
    parts = topic_parts(line)
    assert parts == [line]
    assert [read_topic(part).text for part in parts] == said


def test_counted_detail_reads_a_part_led_by_a_number_only() -> None:
    assert counted_detail("two weeks on and one off")
    assert counted_detail("40 staff")
    assert counted_detail("Twelve beds")
    assert not counted_detail("hiring and the roadmap")
    assert not counted_detail("onboarding")  # "one" is no word of it


def test_a_real_list_still_splits_into_topics() -> None:
    line = "the quarterly budget review, hiring for the new team and the product roadmap"
    assert topic_parts(line) == [
        "the quarterly budget review",
        "hiring for the new team",
        "the product roadmap",
    ]


# A clipped word of four to six letters that begins a longer English word is a note: the topic
# is left out (asked at a terminal); a trade's own word that begins none passes, and so do the
# clipped words a letter says ("rehab").
@pytest.mark.parametrize(
    ("word", "note"),
    [
        ("optom", True),  # optometrist
        ("calib", True),  # calibration
        ("recon", True),  # reconciliation
        ("varroa", False),  # a mite: begins no English word of the tables
        ("rehab", False),  # said as it is
        ("rota", False),  # a plain word
        ("audit", False),  # English
        ("pt", False),  # too short for this rule
        ("Optom", False),  # typed with a capital: a name
    ],
)
def test_clipped_reads_a_word_cut_short(word: str, note: bool) -> None:
    assert clipped(word) is note


def test_a_topic_with_a_clipped_word_is_left_out() -> None:
    assert still_a_note("stock recon with the auditors")
    assert still_a_note("gauge calibs")  # the plural of a clipped word
    assert not still_a_note("varroa checks with the bee inspector")
    # "recon" is spelled out since session 41 (the shorthand table): another clipped word
    assert read_topic("quarterly calib of the tills").text == ""
    assert (
        read_topic("quarterly recon of the tills").text
        == "the quarterly reconciliation of the tills"
    )


# Two counts compared are said alike: the cleaning spells a small count and not a larger one.
@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("queue times seven versus 14 minutes", "queue times 7 versus 14 minutes"),
        ("12 versus three", "12 versus 3"),
        ("two versus three shifts", "two versus three shifts"),  # alike already
        ("18 versus 25 kg", "18 versus 25 kg"),
        ("Relativity versus Nuix", "Relativity versus Nuix"),
    ],
)
def test_counts_compared_are_said_alike(text: str, said: str) -> None:
    assert counts_alike(text) == said


def test_a_topic_comparing_a_small_and_a_large_count_says_both_in_figures() -> None:
    assert read_topic("pick rate 8 vs 12 per hour").text.count("versus") == 1
    assert "eight" not in read_topic("pick rate 8 vs 12 per hour").text
