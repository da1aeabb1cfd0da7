"""A follow-up is said as an addition, never a confession (reader 16's fault 4, as classes): what
the candidate "did not mention" or "should have mentioned" is said as what they add; a topic read
with its preposition ("worked with X") is said without it; "it" stands for the thing the note named
when the candidate denied it in the room; contractions are spelled out. Lines made up for the test
(jobs other than the readers'); expected sentences written by hand."""

from __future__ import annotations

import pytest

from composer.offline.addition import as_addition
from composer.offline.verbatim import spelled_out
from tests.fakes import follow_up


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # "did not mention that X" after a frame: X alone, and the topic without "with"
        (
            "She asked whether I have worked with Epic. I said yes, but did not mention that I "
            "built the order sets for two wards myself.",
            "To add to my answer on Epic: I built the order sets for two wards myself.",
        ),
        # the answer given, then a thing that should have been mentioned: both, as one answer
        (
            "Mr Hale asked how I would handle a contractor who keeps missing snag deadlines. I "
            "said I would withhold payment, but I should have mentioned the snag tracker I set "
            "up at Corrin Homes.",
            "You asked how I would handle a contractor who keeps missing snag deadlines: as well "
            "as withholding payment, I would draw on the snag tracker I set up at Corrin Homes.",
        ),
        # a denial in the room, then what was done with the thing since: the thing named
        (
            "pat asked about confined space work - said i hadnt done the ticket. actually booked "
            "it for april, shld tell him",
            "You asked about confined space work: I booked the ticket for April.",
        ),
    ],
)
def test_a_follow_up_is_said_as_an_addition(line: str, said: str) -> None:
    assert follow_up(line) == said


@pytest.mark.parametrize(
    ("line", "note", "said"),
    [
        # a confession after a frame that adds already: the clause alone
        (
            "To add to my answer on kiln firing: I should have mentioned that I ran the wood kiln.",
            "",
            "To add to my answer on kiln firing: I ran the wood kiln.",
        ),
        # a confession with no frame before it: "I would add that"
        (
            "On glazes, I should also have mentioned that I mix my own.",
            "",
            "On glazes, I would also add that I mix my own.",
        ),
        # a confession after "add that": the clause alone
        (
            "Regarding Epic, I would like to add that I did not mention that I built the order "
            "sets.",
            "",
            "Regarding Epic, I would like to add that I built the order sets.",
        ),
        # a thing that should have been mentioned: "I would also mention" it
        (
            "You asked about firing: I should have mentioned my two years at Leach Pottery.",
            "",
            "You asked about firing: I would also mention my two years at Leach Pottery.",
        ),
        # a contraction is spelled out
        (
            "You asked about a late glaze order: I'd phone the supplier first.",
            "",
            "You asked about a late glaze order: I would phone the supplier first.",
        ),
        # "it" with nothing denied before it in the note: left as it is
        (
            "You asked about the kiln log: I update it daily.",
            "asked about the kiln log - said I update it daily",
            "You asked about the kiln log: I update it daily.",
        ),
        # a plural noun never stands for "it"
        (
            "You asked about glazes: I mixed it myself.",
            "asked about glazes - said i hadnt made the glazes. actually mixed it myself",
            "You asked about glazes: I mixed it myself.",
        ),
    ],
)
def test_the_sentence_is_said_as_an_addition(line: str, note: str, said: str) -> None:
    assert as_addition(line, note) == said


def test_no_line_stays_no_line() -> None:
    assert as_addition(None, "anything") is None
    assert as_addition("", "anything") == ""


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # "id" typed bare, and the act after "forgot to mention" typed with "-ing": said with
        # the question's own verb form
        (
            "priya asked how id price a job w/ no drawings - said day rate, forgot to mention "
            "using photos from the client",
            "You asked how I would price a job with no drawings: I would use photos from the "
            "client.",
        ),
        # "i said" is the candidate's answer, not a second question; "really" marks what is true
        (
            "she asked what id do w/ a rider who's always late. i said a warning.. really i'd "
            "talk to them first then put it in writing",
            "You asked what I would do with a rider who is always late: I would talk to them "
            "first, then put it in writing.",
        ),
    ],
)
def test_what_should_have_been_said_is_said_back_with_its_question(line: str, said: str) -> None:
    assert follow_up(line) == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("I'd really like to help", "I would really like to help"),  # an adverb, then a verb
        ("we'd only seen two", "we had only seen two"),  # a participle that is no plain verb
        ("I'd rather phone first", "I would rather phone first"),
        ("They're booked and we've paid", "They are booked and we have paid"),
        ("she's unsure who's on", "she's unsure who is on"),  # "she's": "is" or "has", kept
    ],
)
def test_one_table_spells_out_contractions(text: str, said: str) -> None:
    assert spelled_out(text) == said


def test_an_answer_pointing_back_at_what_is_no_longer_said_is_left_out() -> None:
    # "they" were the shifts said in the room, which the letter no longer says
    line = "asked abt my rota - said 4 on 4 off, shd have said they're mostly nights"
    assert follow_up(line) is None


def test_a_topic_typed_with_re_is_said_without_it() -> None:
    line = "To add to my answer on the re the kiln schedule question: I fire on Tuesdays."
    assert (
        as_addition(line, "")
        == "To add to my answer on the kiln schedule question: I fire on Tuesdays."
    )


def test_a_state_forgotten_is_never_offered_as_glad_to() -> None:
    # "have own van": a fact of the candidate's, never "I would be glad to have own van"; said
    # as theirs ("I have my own ...") since session 40 (`followparts`), left out before
    assert follow_up("forgot to mention - have own trailer + full set of mowers") == (
        "One thing I did not get to mention: I have my own trailer and a full set of mowers."
    )
