"""Session 34 (follow-up, round 2): a careful follow-up never reads as the candidate's note to
self or judges their own answer. "I said A, but I should also have said B", "I answered well,
but I would like to add that B", "gave the audit example but forgot to say B": what is added is
said alone ("To add to my answer on <what was asked>: B."); a question of why, what or when is
named whole ("on why I am leaving"), with or without who asked ("Asked how I ..."). Expected
sentences are written by hand; the lines are made-up members of each class for other trades."""

from __future__ import annotations

import re

import pytest

from tests.fakes import follow_up

# How a note judges its own answer or notes to self: never in a letter.
_NOTE = re.compile(
    r"(?i)\b(?:answered (?:it )?(?:\w+ )?well|did (?:fine|well)|decent answer|went down well"
    r"|which is true|I should|forgot|wish I had|I think)\b"
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # "should also have said": what is added keeps the "also"
        ("She asked how I would handle a late delivery. I said I would call the supplier, but "
         "I should also have said I would log it for the weekly review.",
         "To add to my answer on a late delivery: I would also log it for the weekly review."),
        ("Dr Lim asked about sterile technique. I answered it well enough, but I should also "
         "have said that I trained two new nurses on it.",
         "To add to my answer on sterile technique: I also trained two new nurses on it."),
        # the answer judged by the candidate: never said
        ("They asked about a difficult tenant. I answered well, but I would like to add that I "
         "keep written notes of every visit.",
         "To add to my answer on a difficult tenant: I keep written notes of every visit."),
        ("The head chef asked about allergen control. I think I did fine, but I would like to "
         "add that I ran the allergen matrix at The Ivy.",
         "To add to my answer on allergen control: I ran the allergen matrix at The Ivy."),
        ("She asked about grading. I did well on that one, but I would like to add that I "
         "moderate for the exam board.",
         "To add to my answer on grading: I moderate for the exam board."),
        ("Ms Doyle asked about my night feeds experience. I gave a decent answer, but I should "
         "have added that I did two years on the neonatal unit.",
         "To add to my answer on my night feeds experience: I did two years on the neonatal "
         "unit."),
        ("She asked what I would do in my first month. I answered quite well, I think, but I "
         "would like to add that I would shadow each shift once.",
         "To add to my answer on what I would do in my first month: I would shadow each shift "
         "once."),
        # a question of how, why, when with no object to take: named whole
        ("Asked how I prioritise repairs. I said safety first; I should have added that I also "
         "check the tenancy type.",
         # the "also" says what it adds to (session 38): never "also" pointing at nothing
         "To add to my answer on how I prioritise repairs: besides safety first, I also check "
         "the tenancy type."),
        ("He asked why I am leaving. I said I want more time on the tools, which is true; I "
         "would like to add that I want to train apprentices.",
         "To add to my answer on why I am leaving: I want to train apprentices."),
        ("Asked why I want to move into fleet maintenance. I said I like diagnostics; I wish I "
         "had said that I already service our two vans.",
         "To add to my answer on why I want to move into fleet maintenance: I already service "
         "our two vans."),
        ("He asked how I keep stock rotation right. I said FIFO, which I think went down well; "
         "I would like to add that I date every tray on delivery.",
         "To add to my answer on how I keep stock rotation right: I date every tray on "
         "delivery."),
        ("They asked when I could start. I said January; I should have said that I could start "
         "on December 15 if needed.",
         "To add to my answer on when I could start: I could start on December 15 if needed."),
        ("Asked whether I had led a toolbox talk. I said yes; I should have added that I ran "
         "them weekly on the Cardiff job.",
         "To add to my answer on a toolbox talk: I ran them weekly on the Cardiff job."),
        # who asked named in three words
        ("The site manager asked how I would handle a failed pressure test. I said I would "
         "isolate the section, but I should also have said I would photograph the gauge for "
         "the file.",
         "To add to my answer on a failed pressure test: I would also photograph the gauge for "
         "the file."),
        # the employer's, said to them: "your" in the question and in what is added
        ("He asked what I know about their fleet. I said I had read the annual report; I wish "
         "I had said that I know two of their drivers from the depot.",
         "To add to my answer on what I know about your fleet: I know two of your drivers from "
         "the depot."),
        ("She asked why I want to work with the tenants and their families. I said I grew up on "
         "an estate; I would like to add that I volunteer at their youth club.",
         "To add to my answer on why I want to work with the tenants and their families: I "
         "volunteer at their youth club."),
        # shorthand: what was forgotten, alone
        ("asked abt a time i missed a deadline - gave the audit example but forgot to say the "
         "client stayed with us after",
         "To add to my answer about the time I missed a deadline: the client stayed with us "
         "afterwards."),
        ("asked re cold chain - talked thru the logger but forgot to say we audit it weekly",
         "To add to my answer on cold chain: we audit it weekly."),
    ],
)  # fmt: skip
def test_what_is_added_is_said_alone(line: str, expected: str) -> None:
    assert follow_up(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "asked how i handle a no-show - said i call them but forgot to say i also text the next "
        "client on the list",
        "asked abt my forklift ticket - said it was current but forgot to mention it covers "
        "reach trucks too",
        "Mr Osei asked how I would manage a site with two subcontractors. I explained the daily "
        "briefing, but I should also have mentioned that I keep a shared snagging list.",
    ],
)
def test_never_a_note_to_self(line: str) -> None:
    said = follow_up(line)
    assert said is None or not _NOTE.search(said)


def test_an_answer_and_what_it_adds_stay_one() -> None:
    # "I said A, and I should have added B" with no judging and no "also": the answer said in
    # the room is kept (the table's reader rows h83, h89)
    said = follow_up(
        "Ciarán asked how I prioritise when sales and compliance disagree. I said compliance "
        "wins, but I should have added that I bring both sides to one review."
    )
    assert said is not None and "compliance wins" in said
