"""A follow-up answered at `compose --ask` with a whole sentence of the candidate's own is said
as typed, once (session 43, reader 22 h172: the notes kept "he asked about JD exp and i
undersold it - " before the typed "I undersold my John Deere experience: ...", and the letter
said "You asked about JD experience and I undersold it: I undersold my John Deere experience:
..."). What the candidate owns up to in such a sentence ("I undersold", "I said") is theirs to
say; a reply that needs its question ("Yes, ...", "I have done it") is not a sentence alone. The
notes and jobs are made up; each sentence expected is written by hand.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from composer.compose import compose
from composer.models import Notes
from composer.offline import OfflineBackend
from composer.offline.leftout import LeftOut, rewritten
from composer.offline.slips import reported
from composer.offline.typedwhole import answer_typed
from composer.offline.wellformed import problem

TODAY = dt.date(2026, 12, 4)


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # the question `rewritten` keeps before the typed sentence: the sentence alone
        (
            "she asked about my sheep work and i undersold it - I undersold my lambing"
            " experience: I have run lambing for 600 ewes on my own.",
            "I undersold my lambing experience: I have run lambing for 600 ewes on my own.",
        ),
        (
            "he asked if i had my HGV - I have held my Class 1 licence since 2019.",
            "I have held my Class 1 licence since 2019.",
        ),
        # typed whole at --ask, owning up to what was said in the room
        (
            "I said I had never used Revit, but I drew two extensions in it last year.",
            "I said I had never used Revit, but I drew two extensions in it last year.",
        ),
        # a reply that needs its question is no sentence alone
        ("he asked if i had my HGV - Yes, since 2019 as well.", None),
        ("he asked if i had my HGV - I have had it for years.", None),
        # a note to self with no one owning up: still a note
        ("Should have mentioned my forklift licence.", None),
    ],
)
def test_a_typed_answer_is_said_alone(line: str, said: str | None) -> None:
    assert answer_typed(line, ["Moira Blake", "Moira", "Blake"]) == said


def _notes(follow_up: str) -> Notes:
    data: dict[str, Any] = {
        "candidate": {"name": "Owen Prys", "email": "owen.prys@example.co.uk"},
        "company": "Cefn Uchaf Farms",
        "role": "Head Shepherd",
        "interview": {"date": "2026-12-03", "format": "onsite"},
        "interviewers": [
            {
                "name": "Moira Blake",
                "title": "farm manager",
                "salutation": "Moira",
                "topics": ["the hill flock and the move to indoor lambing"],
            }
        ],
        "qualifications": ["I have eight years of experience with hill sheep"],
        "follow_up": follow_up,
        "next_steps": "she will ring next week",
        "tone": "warm",
    }
    return Notes.model_validate(data)


def test_the_asked_lead_is_not_said_before_a_typed_sentence() -> None:
    note = "she asked about my sheep work and i undersold it - ran lambing solo, 600 ewes"
    record = LeftOut("follow_up", note, "it could not be said as one clear sentence", "")
    typed = "I undersold my lambing experience: I've run lambing for 600 ewes on my own."
    notes = rewritten(_notes(note), record, typed)
    assert notes.follow_up is not None and notes.follow_up.startswith("she asked about")
    backend = OfflineBackend(answered=frozenset([notes.follow_up]))
    text = compose(notes, backend=backend, today=TODAY)[0].text
    assert "I undersold my lambing experience: I have run lambing for 600 ewes on my own." in text
    assert text.count("undersold") == 1
    assert "You asked" not in text


# A follow-up typed with care, owning up to what was not said in the room (session 43, reader
# 20 h156 and reader 21 h164, both left out): said to the one who asked as an addition, never a
# confession ("I forgot to say that": `addition`).
@pytest.mark.parametrize(
    ("follow_up", "said"),
    [
        (
            "When Moira asked about scanning, I forgot to say that I have scanned ewes for"
            " three seasons with my own scanner.",
            "On scanning, I would add that I have scanned ewes for three seasons with my own"
            " scanner.",
        ),
        (
            "When we talked about the dogs, I forgot to say that both of my collies are fully"
            " trained to whistle.",
            "On the dogs, I would add that both of my collies are fully trained to whistle.",
        ),
        # no clause said with care after what was forgotten: a note, not said as typed
        ("When Moira asked about scanning, I forgot to say I scanned ewes, so-so.", None),
    ],
)
def test_a_careful_follow_up_owning_up_is_said_as_an_addition(
    follow_up: str, said: str | None
) -> None:
    text = compose(_notes(follow_up), backend=OfflineBackend(), today=TODAY)[0].text
    if said is None:
        assert "so-so" not in text and "forgot" not in text
    else:
        assert said in text


# What was said in the room is reported in the past after "I said" (session 43, reader 22
# h173: "One correction: I said I only have my G2, but I have had my full G since 2022.").
@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "One correction: I said I only have my forklift ticket, but I hold a C1 too.",
            "One correction: I said I only had my forklift ticket, but I hold a C1 too.",
        ),
        ("I said I am not on the register yet.", "I said I was not on the register yet."),
        ("I said I don't drive at night.", "I said I did not drive at night."),
        ("I said I can start in May.", "I said I could start in May."),
        ("I said that I use Sage daily.", "I said that I used Sage daily."),
        # already past, or a helper: as it is
        ("I said I had never used Revit.", "I said I had never used Revit."),
        ("I said I would send it on Friday.", "I said I would send it on Friday."),
    ],
)
def test_what_was_said_in_the_room_is_reported_in_the_past(line: str, said: str) -> None:
    assert reported(line) == said


def test_a_correction_reports_what_was_said_in_the_past() -> None:
    note = "i said i only have my level 2 - WRONG, i have my level 3 since 2023. need to fix that"
    text = compose(_notes(note), backend=OfflineBackend(), today=TODAY)[0].text
    assert "I said I only had my level 2" in text
    assert "I only have my level 2" not in text


# An answer typed for one piece of a topic typed as a list, with commas of its own, is a topic
# of its own (session 43, reader 22 h172: "farm call outs, ute w/ full fitout, the on-call
# roster, one weekend in three" was said "When we turned to farm call outs, ute with full
# fitout and the on-call roster and, one example came to mind: ...").
def test_an_answer_for_a_piece_of_a_list_is_a_topic_of_its_own() -> None:
    notes = _notes("")
    topics = ["the hill flock", "lambing shed, night checks, on call 1 wknd in 3"]
    person = notes.interviewers[0].model_copy(update={"topics": topics})
    notes = notes.model_copy(update={"interviewers": [person], "follow_up": None})
    record = LeftOut("interviewers[0].topics[1]", "on call 1 wknd in 3", "a note", "")
    now = rewritten(notes, record, "the on-call roster, one weekend in three")
    assert now.interviewers[0].topics == [
        "the hill flock",
        "lambing shed, night checks",
        "the on-call roster, one weekend in three",
    ]
    assert [(a.field, a.text) for a in now.answered] == [
        ("interviewers[0].topics[2]", "the on-call roster, one weekend in three")
    ]
    # an answer with no list of its own stays where the piece was
    plain = rewritten(notes, record, "the weekend on-call roster")
    assert (
        plain.interviewers[0].topics[1] == "lambing shed, night checks, the weekend on-call roster"
    )


# A month said after a verb with no "in" reads as a note (followup-heldout40 f5: "On IHC, I
# would add that I applied October." from "HCPC reg comes thru in jan - applied oct").
@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("On scanning, I would add that I applied October.", True),
        ("We met June and July.", True),
        ("I applied in October.", False),
        ("I started last October.", False),
        ("I finished early October.", False),
        ("I started October 5.", False),
    ],
)
def test_a_month_after_a_verb_with_no_preposition_is_flagged(sentence: str, flagged: bool) -> None:
    assert bool(problem(sentence)) == flagged
