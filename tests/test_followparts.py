"""A follow-up read by its parts (`followparts`): who asked and what, what was said in the room,
the correction or addition, and notes to self, which are dropped. The line is said as one
sentence in the candidate's voice, in the letter of who asked; a part that cannot be read
leaves the line out, as before.

Expected sentences are written by hand.
"""

from __future__ import annotations

import pytest

from composer.models import Notes
from composer.offline.asker import follow_up_asker
from composer.offline.followup import follow_up_line
from tests.fakes import FirstChoice


def said(line: str, by_reader: bool = True) -> str | None:
    return follow_up_line(line, frozenset(), "warm", "email", FirstChoice(""), by_reader=by_reader)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # what was said in the room and the correction; the errand ("tell fatima") dropped
        ("said 30 days notice - its actually one calendar month, tell fatima",
         "One correction: I said 30 days' notice, but it is one calendar month."),
        # never the new figure alone ("One more point from our conversation: one calendar month")
        ("I said my notice was 30 days; it is actually one calendar month",
         "One correction: I said my notice was 30 days, but it is one calendar month."),
        ("on the case study i said DSCR 1.1x - recalculated, it's 1.18x, still below 1.25 policy",
         "On the case study: I said DSCR 1.1x, but it is 1.18x."),
        # who asked, typed as "jan's ... q"; the hedge after it ("simple ones but still") dropped
        ("jan's rigging q - should have said i did the character rigs myself, simple ones but "
         "still",
         "You asked about rigging: I should add that I did the character rigs myself."),
        # the real answer, after a note to self ("i hedged"): what the candidate would do
        ("luis asked about headless - i hedged. real answer: stay on theme for launch, revisit "
         "headless after peak",
         "You asked about headless: I would stay on theme for launch and revisit headless after "
         "peak."),
        # an addition, its head and its content in two parts
        ("forgot to mention - have own van + full set of slate tools",
         "One thing I did not get to mention: I have my own van and a full set of slate tools."),
        ("mention my CISRS card renews in march - booked already",
         "One thing I did not get to mention: my CISRS card renews in March, and I have already "
         "booked it."),
        # a question with no asker, and two deeds of one subject
        ("missing data q - we actually re-sampled 6 of the 8 missed days, only interpolated the "
         "last 2",
         "On missing data: we actually re-sampled 6 of the 8 missed days and only interpolated "
         "the last 2."),
        # a question typed as asked ("how id deal w/ ..."), the note on the answer dropped
        ("aoife asked how id deal w/ a relief milker not turning up at 5am - answer was a bit "
         "rambly, point is id have a backup list + milk myself if needed",
         "You asked how I would deal with a relief milker not turning up at 5am: I would have a "
         "backup list and milk myself if needed."),
    ],
)  # fmt: skip
def test_a_follow_up_read_by_its_parts(line: str, expected: str) -> None:
    assert said(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "didnt ask about commission structure - should email re that?",  # a note to self
        # the answer that should have been given is no clause ("all six within the hour")
        "fluffed the sepsis 6 question - should have said all six within the hour, I do know this",
        # a piece after a comma that no head explains ("no emergency response driving yet")
        "watch mgr asked re my HGV - got my C licence, no emergency response driving yet",
        "asked abt nights - fine w/ 1 wk in 4",  # a rota typed as a note ("1 week in 4")
        # a slip owned up to, never said as the answer ("want to mention" is no note to drop)
        "maria's ring buffer q - i forgot the memory barrier on the index update, want to "
        "mention i caught it after",
        # two askers in one line: each is owed their own letter
        "tom's q on nights - I did 1 in 4 at Leeds. ann's parking q - I have a permit already",
    ],
)
def test_a_part_that_cannot_be_read_leaves_it_out(line: str) -> None:
    assert said(line) is None


def test_not_the_readers_question_is_not_claimed_as_theirs() -> None:
    line = "jan's rigging q - should have said i did the character rigs myself"
    assert said(line, by_reader=False) == (
        "To add to my answer on rigging: I should add that I did the character rigs myself."
    )


def test_the_asker_typed_as_whose_question_gets_the_follow_up() -> None:
    notes = Notes.model_validate(
        {
            "candidate": {"name": "Lukas Brenner"},
            "company": "Studio Wellenform",
            "role": "Motion Designer",
            "qualifications": ["BA Kommunikationsdesign"],
            "interview": {"date": "2026-12-02"},
            "interviewers": [
                {"name": "Miriam Okonkwo-Schulz", "salutation": "Miriam", "topics": ["reel"]},
                {"name": "Jan-Hendrik Vogt", "salutation": "Jan", "topics": ["AE pipeline"]},
            ],
            "follow_up": "jan's rigging q - should have said i did the character rigs myself",
        }
    )
    assert follow_up_asker(notes) == (1, True)


def test_a_clarification_goes_to_the_panellist_whose_topic_it_shares_by_meaning() -> None:
    # typed at --ask, the clarification names no asker: the nearest topic by its words that
    # carry meaning ("rigging"), never by "they" or "the" (Miriam's "what they want")
    notes = Notes.model_validate(
        {
            "candidate": {"name": "Lukas Brenner"},
            "company": "Studio Wellenform",
            "role": "Motion Designer",
            "qualifications": ["BA Kommunikationsdesign"],
            "interview": {"date": "2026-12-02"},
            "interviewers": [
                {"name": "Miriam Okonkwo-Schulz", "salutation": "Miriam",
                 "topics": ["how id pitch style frames to clients who dont know what they want"]},
                {"name": "Jan-Hendrik Vogt", "salutation": "Jan",
                 "topics": ["asked about rigging - said honestly just basic DUIK"]},
            ],
            "follow_up": "On rigging, I should have mentioned that I built the character rigs "
            "for the KinderApp spots myself; they were simple, but they worked well.",
        }
    )  # fmt: skip
    assert follow_up_asker(notes) == (1, False)


def test_a_correction_to_pass_on_goes_to_whom_the_note_says_to_tell() -> None:
    notes = Notes.model_validate(
        {
            "candidate": {"name": "Nomvula Dlamini"},
            "company": "Khaya Solar",
            "role": "Office Manager",
            "qualifications": ["BCom"],
            "interview": {"date": "2026-12-02"},
            "interviewers": [
                {"name": "Pieter van der Merwe", "topics": ["the new office"]},
                {"name": "Fatima Adams", "topics": ["leave policy"]},
            ],
            "follow_up": "said 30 days notice - its actually one calendar month, tell fatima",
        }
    )
    # Fatima's letter; told, not asked, so it never says "You asked"
    assert follow_up_asker(notes) == (1, False)
