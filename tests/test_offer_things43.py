"""A contribution typed as things is said with the verb its things take (session 43, contrib): a
thing led by a describing word in its plain degree is the quality of the candidate's own work,
brought ("bring reliable coordination of contractors"), never "help with" it; a list of such
things read as a clause ("... logs for ...") is said as things, never printed bare as a
sentence; the frames say "I would bring", not "I would aim to provide". Lines made up for the
test (other trades than the readers'); expected sentences written by hand."""

from __future__ import annotations

import pytest

from composer.offline.offer import Offer, read_offer
from composer.offline.phrasebook import BOOK


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # things of the candidate's own work, one typed with two describing words
        (
            "Accurate stock counts and clear, friendly updates to branch staff.",
            Offer(
                "vp", "bring accurate stock counts, and clear and friendly updates to branch staff"
            ),
        ),
        # things brought beside a state to reach: each its own verb
        (
            "tidy invoices + a calm front office, deliveries kept on schedule",
            Offer(
                "vp",
                "bring tidy invoices and a calm front office, and keep deliveries on schedule",
            ),
        ),
        # a thing with a clause of its own, then another: a comma before "and"
        (
            "careful rigging so the crew can start on time, good eye for weather",
            Offer(
                "vp",
                "bring careful rigging so the crew can start on time, and a good eye for weather",
            ),
        ),
    ],
)
def test_things_of_the_candidates_own_work_are_brought(line: str, said: Offer) -> None:
    assert read_offer(line) == said


def test_pieces_of_work_named_bare_are_still_helped_with() -> None:
    said = read_offer("audit pathway for the new site, volunteer training in schools")
    assert said == Offer(
        "vp", "help with an audit pathway for the new site and with volunteer training in schools"
    )


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "steady watering and clear logs for the glasshouse beds",
            Offer("np", "steady watering and clear logs for the glasshouse beds"),
        ),
        (
            "sharper drawings and tidier site logs",
            Offer("aim", "sharper drawings and tidier site logs"),
        ),
    ],
)
def test_things_read_as_a_clause_are_said_as_things(line: str, said: Offer) -> None:
    assert read_offer(line) == said


def test_a_describing_word_with_how_it_is_done_is_no_thing() -> None:
    assert read_offer("tighter dough control and consistent batch to batch") is None


def test_no_contribution_frame_aims_to_provide() -> None:
    frames = [
        wording
        for section in ("contribution_np", "contribution_vp")
        for wordings in BOOK[section].values()
        for wording in wordings
    ]
    assert not [f for f in frames if "aim to provide" in f or "aim would be to" in f.lower()]


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # "steady" is a verb too, never before a plural it describes
        (
            "sorting the stockroom + steady hands on busy saturdays",
            Offer("vp", "sort the stockroom and bring steady hands on busy Saturdays"),
        ),
        # a quality beside acts is brought, never left out unsaid
        (
            "safe hands on a busy yard + help the newer pickers",
            Offer("vp", "bring safe hands on a busy yard and help the newer pickers"),
        ),
    ],
)
def test_a_quality_beside_an_act_is_brought(line: str, said: Offer) -> None:
    assert read_offer(line) == said
