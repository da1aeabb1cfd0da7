"""A contribution is said with its parts in one verb form (reader 16's fault 3, as classes): a
thing and an act under one verb ("a quicker turnaround ... and training up the young ones") give
the act its plain verb; an act and a thing each take their own verb; "can ..." is the
candidate's own clause; a person by their trade is who the candidate would be; a measure typed
with "up" or "down" is what the candidate would get it to. Lines made up for the test (jobs
other than the readers'); expected sentences written by hand."""

from __future__ import annotations

import pytest

from composer.offline.offer import read_offer
from composer.offline.offerabilities import abilities
from composer.offline.offerforms import in_one_form


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # an outcome and an act: "deliver" the outcome, the act in its plain verb
        (
            "quicker bin rounds w/o missed streets + training up the new loaders",
            "I would like to deliver quicker bin rounds without missed streets and train up "
            "the new loaders.",
        ),
        # a thing and an act
        (
            "a tidy stockroom + coaching the weekend staff",
            "I would like to bring a tidy stockroom and coach the weekend staff.",
        ),
        # an act and a thing: each its own verb, never "bring keep ..."
        (
            "keep wastage down + a calmer kitchen",
            "I would like to keep wastage down and bring a calmer kitchen.",
        ),
        # a gerund a clause tells of is a thing, never an act (reader 19 h151: "... migration
        # plan and monitor that the on-call team can rely on")
        (
            "A careful, well-documented migration plan and monitoring that the on-call team can "
            "rely on.",
            "I would bring a careful, well-documented migration plan and monitoring that the "
            "on-call team can rely on.",
        ),
        # "can" opens the candidate's own clause
        (
            "can supervise + cover the night shift",
            "I can supervise and cover the night shift.",
        ),
        # a person by their trade: who the candidate would be
        ("reliable weekend cleaner", "I would like to be a reliable weekend cleaner."),
    ],
)
def test_a_contribution_is_said_in_one_form(line: str, said: str) -> None:
    offer = read_offer(line)
    assert offer is not None and offer.plain() == said


class _Offer:
    def __init__(self, frame: str, text: str) -> None:
        self.frame, self.text = frame, text


@pytest.mark.parametrize(
    ("frame", "text"),
    [
        ("np", "a calm manner and careful labelling"),  # two things: as read
        ("np", "a good ear for accents"),  # no person: a thing
        ("aim", "fewer complaints and shorter queues"),  # two outcomes: as read
        ("vp", "run the bar and train the staff"),  # acts already: as read
    ],
)
def test_a_contribution_in_one_form_already_is_left_as_read(frame: str, text: str) -> None:
    assert in_one_form(_Offer(frame, text)) is None


def test_a_measure_is_what_the_candidate_would_get_it_to() -> None:
    line = "repeat visits up + a newsletter that members actually read"
    assert abilities(line, measures=True) == (
        "I would get repeat visits up, and I would bring a newsletter that members actually read."
    )
    assert abilities(line) is None  # a measure alone makes no list of abilities
    assert abilities("keep costs down + a happier crew", measures=True) is None  # an act
