"""Topics said as a noun phrase any frame takes ("your view of {topic}", "hearing about
{topic}"), by class, from reader 14's faults (session 35): a pronoun in an aside pointing back at
the head, a subject and a wh-clause after a comma, a noun typed with what it is or is doing, a
bare singular count noun before a clause of its own, a noun and "building" naming the doing, and
a verb and particle at the end naming one thing. Topics made up for the test (none is a reader's
or a held-out line); expected forms written by hand."""

from __future__ import annotations

import pytest

from composer.offline.topics import read_topic


@pytest.mark.parametrize(
    ("topic", "said"),
    [
        # a pronoun after a dash or comma points back at the head: the head takes its place
        ("van fleet - who maintains it", "who maintains the van fleet"),
        ("referral letters - who writes them", "who writes referral letters"),
        ("new starters - how they settle in", "how new starters settle in"),
        ("spring catalogue, who approves it", "who approves the spring catalogue"),
        ("site inductions, how I would run them", "how I would run site inductions"),
        # a pronoun whose number the head does not share: the head alone
        ("payroll - who runs them", "the payroll"),
        # a subject and a wh-clause after a comma: both, joined by "and"
        (
            "permit sign off, how i handle pressure to start jobs early",
            "permit sign-off and how I handle pressure to start jobs early",
        ),
        # a noun and a describing word after it: the word before the noun
        ("handbooks outdated", "outdated handbooks"),
        ("rota understaffed", "the understaffed rota"),
        # a noun and a change in its number: the noun of the change
        ("footfall falling", "the fall in footfall"),
        ("donations rising, mostly online", "the rise in donations"),
        ("callouts increasing since the storm", "the increase in callouts"),
        # a bare singular count noun before a clause of its own takes "the"
        ("stock audit they're running", "the stock audit you're running"),
        ("loyalty scheme you're launching", "the loyalty scheme you're launching"),
        # a word the tables lack, made of a verb and "-er"/"-or": a tool, counted
        ("new laminator", "the new laminator"),
        # a noun the tables know only as a verb, after a word they lack: one thing, counted
        ("glovebox log", "the glovebox log"),
        # "being" after "without" is a gerund, no verb of a sentence; "w/out" is "without"
        ("restocking w/out being asked", "restocking without being asked"),
        # a size typed after the thing it measures is the note-taker's
        ("oak frames 600 x 400mm", "oak frames"),
        ("slate tiles 300x300", "slate tiles"),
        # a noun and "building": the doing of it, unless the noun says what a building is for
        ("boat building", "boat building"),
        ("school building", "the school building"),
        # a verb and its particle at the end, after a noun: the one noun English makes of them
        ("invoice sign off", "the invoice sign-off"),
        # "between" two things typed with "vs": "and", as "between" takes
        (
            "how i'd divide time btwn rounds vs admin",
            "how I would divide time between rounds and admin",
        ),
        # a thing of one kind, then something of no count, joined by "and": one article
        ("potting bench and compost supply", "the potting bench and compost supply"),
    ],
)
def test_a_topic_is_a_noun_phrase_any_frame_takes(topic: str, said: str) -> None:
    assert read_topic(topic, frozenset()).full == said


@pytest.mark.parametrize(
    "topic",
    [
        "deadlines slipping",  # plural things and what they are doing: no subject names it
        "orders piling up",
        # (a thing typed with "is" and its state is said by its subject: test_topic_verdicts37)
    ],
)
def test_things_and_what_they_are_doing_are_left_out(topic: str) -> None:
    assert read_topic(topic, frozenset()).text == ""


@pytest.mark.parametrize(
    ("topic", "said"),
    [
        # what follows its noun, or a particle, is never moved before it
        ("staff involved", "staff involved"),
        ("filter backwash and turbidity", "filter backwash and turbidity"),
        # a "we" in the clause after the comma: whose it is is not said, the subject alone
        ("Q3 roadmap, how we prioritise", "the Q3 roadmap"),
    ],
)
def test_what_is_not_that_shape_is_said_as_before(topic: str, said: str) -> None:
    assert read_topic(topic, frozenset()).full == said
