"""Follow-ups, recommendations and next steps typed the way reader 7 typed them (h51-h58), in
other jobs' words: the expected sentences are the ones a candidate would send, written by hand.

A yes said in the room is confirmed to the one who asked, never "I should have mentioned"; a
"why" is answered; a yes for some of what was asked says which; a book already owned is not one
to "look into"; a next step's "w/c" is the week of that day, and what the caller does first is
theirs, never said back to them in the third person.
"""

from __future__ import annotations

import pytest

from composer.offline.followup import follow_up_line, next_steps_line
from composer.offline.nextsteps import reader_names
from composer.offline.rapport import rapport_line
from tests.fakes import FirstChoice


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        # a yes, then what backs it, typed with no subject (h58's shape)
        (
            "Tom asked if I'd used SAP before - yes, migrated the stores ledger to SAP at brindley",
            "You asked whether I had used SAP before: I have, and I migrated the stores ledger to "
            "SAP at Brindley.",
        ),
        # a why, and the answer the note gives after "real answer" (h52's shape)
        (
            "she asked why i'd move from retail - fumbled it. real answer: want more client-facing "
            "work, the store is closing in may",
            "You asked why I would move from retail: I want more client-facing work, and the store "
            "is closing in May.",
        ),
        # the employer typed lower-case, as a name no dictionary knows
        (
            "he asked why i'd leave brindley - waffled. real answer: want a bigger site, the "
            "depot is closing in march",
            "You asked why I would leave Brindley: I want a bigger site, and the depot is closing "
            "in March.",
        ),
        # a yes that holds for some of what was asked (h55's shape)
        (
            "Ravi asked if I'm ok w/ weekends - yes, alt weekends fine",
            "I am happy with alternate weekends.",
        ),
        # "said not really, true but ...": not much of it, and what there was (h51's shape)
        (
            "he asked if I'd done any auditing - said not really, true but I reviewed 30 supplier "
            "files last yr",
            "One thing I would add: I have not done much auditing, but I reviewed 30 supplier "
            "files last year.",
        ),
    ],
)
def test_a_follow_up_typed_as_reader_7_typed_it_is_said(note: str, expected: str) -> None:
    assert follow_up_line(note, frozenset(), "warm", "email", FirstChoice("")) == expected


def test_a_yes_the_candidate_forgot_to_back_up_is_not_confirmed_as_said() -> None:
    """ "forgot to say" marks what was not said: it is added, never "You asked ...: I have"."""
    note = "Dr N asked if I'd done frailty scoring - yes, used CFS daily on wards, forgot to say"
    line = follow_up_line(note, frozenset(), "warm", "email", FirstChoice(""))
    assert line is not None and not line.startswith("You asked")


def test_a_book_the_candidate_owns_is_thanked_with_what_they_will_reread() -> None:
    line = rapport_line(
        "she recommended 'The Checklist Manifesto' - already own it, reread ch 4",
        ["Ann Lee", "Ann"],
        variation=FirstChoice(""),
    )
    assert line.text == (
        "Thank you for recommending 'The Checklist Manifesto'; I will reread chapter 4 of my copy."
    )


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("offers out w/c 7 dec", "I look forward to hearing from you in the week of 7 December"),
        # a step that waits on going forward is hoped for (h57's shape), with its article
        (
            "panel w/ the two directors next wk if it goes fwd",
            "I look forward to hearing from you, and I hope to have the chance of a panel with "
            "the two directors next week",
        ),
        (
            "site visit next wk if I'm shortlisted",
            "I look forward to hearing from you, and I hope to have the chance of a site visit "
            "next week",
        ),
        (
            "results out wk commencing 11 jan",
            "I look forward to hearing from you in the week of 11 January",
        ),
        # what the caller does first is theirs: "after she talks to ..." is not said back
        (
            "they'll call fri after they've met the other two",
            "I look forward to hearing from you on Friday",
        ),
        (
            "Ms P will ring early next wk once she's spoken to the directors",
            "I look forward to hearing from you early next week",
        ),
    ],
)
def test_a_next_step_typed_as_reader_7_typed_it_is_said(note: str, expected: str) -> None:
    reader = reader_names("Ruth Pryor", "Practice Manager", "Ms. Pryor")
    line = next_steps_line(note, frozenset(), "warm", "email", FirstChoice(""), reader=reader)
    assert line == expected


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        # the gap conceded, then what the candidate offers: both halves, never the gap alone
        (
            "she said i hadn't done much embalming - true, i'm not a qualified embalmer, but "
            "happy to train, BIE course starts spring",
            "Although I am not a qualified embalmer, I am happy to train, and the BIE course "
            "starts in the spring.",
        ),
        (
            "he said I hadn't run a night shift - true, I have not led nights, but I covered "
            "three as deputy",
            "Although I have not run a night shift, I covered three as deputy.",
        ),
        # a "but" half with no clear clause: the follow-up is left out rather than half said
        (
            "she said i hadn't done much embalming - true, i'm not a qualified embalmer, but "
            "BIE course spring",
            None,
        ),
    ],
)
def test_a_gap_conceded_is_never_said_without_what_follows_its_but(
    note: str, expected: str | None
) -> None:
    assert follow_up_line(note, frozenset(), "warm", "email", FirstChoice("")) == expected
