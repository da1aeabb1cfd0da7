"""Highlights typed as notes, said as the candidate's sentences (session 40, second round).

The shapes the first round's held-out set (tests/corpus/highlights-heldout40, now dev data)
showed broken or left out. Each expected sentence is written by hand: what a person writes for
the line; None is a line left out (never said half-read).
"""

from __future__ import annotations

import pytest

from composer.offline.items import read_point


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # heldout40 k2 9 and k3 15: "I have experience in investigation into ..., shortlisted"
        (
            "investigation into care home fees, shortlisted for a regional press award",
            "My investigation into care home fees was shortlisted for a regional press award.",
        ),
        (
            "impact report for the board, adopted as the funder template",
            "My impact report for the board was adopted as the funder template.",
        ),
        (
            "photo essay on the floods - published in the Observer",
            "My photo essay on the floods was published in the Observer.",
        ),
        (
            "field guides for the park trust, reprinted in 2024",
            "My field guides for the park trust were reprinted in 2024.",
        ),
        # a person is no work of the candidate's: the post is theirs (never "My junior designer")
        (
            "junior designer on the team, nominated for a D&AD pencil",
            "I am a junior designer on the team, and I was nominated for a D&AD pencil.",
        ),
        # a past outside the table after a thing: never "I have experience in ..., rolled out"
        ("new intake form, rolled out across 3 sites", None),
        ("budget model, used by finance every month", None),
    ],
)
def test_a_work_and_what_was_done_to_it(line: str, said: str | None) -> None:
    assert read_point(line).sentence() == said


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # heldout40 k2 7: "I also filed more than 150 FOI requests, 2 went to the tribunal (won
        # both)." An outcome in brackets has no sure place in the sentence.
        ("filed 150+ FOI requests, 2 went to tribunal (won both)", None),
        ("sued the council twice (won both)", None),
        # a list of skills still reads as one
        (
            "visual merchandising, stock control and rota planning",
            "I have experience in visual merchandising, stock control and rota planning.",
        ),
    ],
)
def test_a_bracketed_outcome_is_left_out(line: str, said: str | None) -> None:
    assert read_point(line).sentence() == said


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # heldout40 k4 17, k5 23 and reader 14 h108's shape: a thing and what was done to it
        # after the arrow, what the deed led to ("a" for a thing made anew, else "the")
        (
            "flagged a data breach -> new access policy introduced",
            "I flagged a data breach, which led to a new access policy being introduced.",
        ),
        (
            "rewrote the onboarding pack -> new starter survey added",
            "I rewrote the onboarding pack, which led to a new starter survey being added.",
        ),
        (
            "tested 12 loft hatches -> fire door standard changed",
            "I tested 12 loft hatches, which led to the fire door standard being changed.",
        ),
        # the deed's object typed bare ("found cracked bracket"): not said half-read
        ("found cracked bracket on eng pylon during A-check -> fleet wide insp issued", None),
        # no participle ("team grew"): not this shape; a measure halved is what the deed did
        ("led the bid -> team grew", None),
        ("rebuilt the rota - overtime halved", "I rebuilt the rota, and overtime halved."),
    ],
)
def test_what_a_deed_led_to(line: str, said: str | None) -> None:
    assert read_point(line).sentence() == said


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # what was done to the deed's own object, after its dash (census16 f01 "did the lead work
        # on st marys church porch - signed off by the diocese surveyor first time"'s shape)
        (
            "did the lead work on the church porch - signed off by the diocese surveyor",
            "I did the lead work on the church porch, which was signed off by the diocese "
            "surveyor.",
        ),
        (
            "wrote 3 grant bids - funded by the Arts Council",
            "I wrote three grant bids, which were funded by the Arts Council.",
        ),
        (
            "led the migration - done in a weekend",
            "I led the migration, which was done in a weekend.",
        ),
        # the object typed bare: not said half-read
        ("did lead work on church porch - signed off by the diocese surveyor", None),
    ],
)
def test_what_was_done_to_the_deeds_object(line: str, said: str | None) -> None:
    assert read_point(line).sentence() == said


@pytest.mark.parametrize(
    "line",
    [
        # initials with no "the", "first time" typed bare: not said half-read
        "wrote the plan for the trial - approved by FDA",
        "did the lead work on the porch - signed off by the surveyor first time",
    ],
)
def test_what_was_done_to_the_object_left_out_when_unsure(line: str) -> None:
    assert read_point(line).sentence() is None
