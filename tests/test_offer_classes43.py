"""A contribution typed as a list of parts of several classes (qualities, things, abilities) is
said as one sentence with one clause per class (session 43, contrib): the qualities together
after "I am" two at a time (the gate reads "I am A, good with B" as a pasted tail), the things
together after "I would bring", a third clause sharing the second's "I"; a state typed as a
preposition and a bare noun ("on time every week") is the candidate's ("I am"); a noun typed
after "+" beside a quality's object is its second object. Lines made up for the test (other
trades than the readers'); expected sentences written by hand."""

from __future__ import annotations

import pytest

from composer.offline.offer import Offer, read_offer


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "calm w/ callers, good w/ older drivers, used to long shifts",
            "I am calm with callers and good with older drivers, and I am used to long shifts.",
        ),
        (
            "calm at the counter, quick accurate invoicing, used to early starts",
            "I am calm at the counter and used to early starts, and I would bring quick accurate"
            " invoicing.",
        ),
        (
            "neat stitching, on time every week, can help train the juniors",
            "I would bring neat stitching, and I am on time every week and can help train the"
            " juniors.",
        ),
        (
            "reliable early starts, good w/ tenants, clean site records",
            "I would bring reliable early starts and clean site records, and I am good with"
            " tenants.",
        ),
        (
            "Patience with nervous riders, and I am ready to move to Galway for the season.",
            "I would bring patience with nervous riders, and I am ready to move to Galway for the"
            " season.",
        ),
        (
            "patience w/ the public, good w/ kids + older ppl, happy on the late shift",
            "I would bring patience with the public, and I am good with kids and older people and"
            " happy on the late shift.",
        ),
    ],
)
def test_each_class_of_part_gets_one_clause(line: str, said: str) -> None:
    assert read_offer(line) == Offer("clause", said)


def test_a_semicolon_ends_a_part_and_a_noun_before_of_is_a_thing() -> None:
    # "experience" is a verb too, never before "of"; "comfortable driving the van": a quality
    said = read_offer("experience of running a warehouse; comfortable driving the van")
    assert said == Offer(
        "clause",
        "I would bring experience of running a warehouse, and I am comfortable driving the van.",
    )


def test_a_state_after_a_relative_clause_goes_on_with_it() -> None:
    # "on budget" continues "that finish on time", never "I am on budget"
    said = read_offer("tours that finish on time + on budget and guests who come back")
    assert said is None or "I am on budget" not in said.text


def test_a_thing_of_the_candidates_own_work_is_no_second_object() -> None:
    said = read_offer("patient with horses + clean stables")
    assert said == Offer("clause", "I am patient with horses, and I would bring clean stables.")


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "happy to run school pickup rota + train new drivers",
            "I am happy to run the school pickup rota and train new drivers.",
        ),
        # a particle before the object: "take on", "take over"
        (
            "could take on weekend clinic so the vets get a break",
            "I could take on the weekend clinic so the vets get a break.",
        ),
        (
            "can take over stock rota and cover lates",
            "I can take over the stock rota and cover lates.",
        ),
    ],
)
def test_a_thing_of_theirs_named_bare_after_the_candidates_verb_takes_the(
    line: str, said: str
) -> None:
    assert read_offer(line) == Offer("clause", said)


def test_a_thing_brought_is_the_candidates_own_and_takes_no_the() -> None:
    said = read_offer(
        "Careful frame joinery and clean veneer work; happy to teach the apprentices."
    )
    assert said is not None and "the calm" not in said.text
