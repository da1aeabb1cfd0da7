"""Reader 37's false bridges, as classes (session 52): a point is linked to a topic only on a word
of the subject the letter names, or of a short note about that one subject; a long careful note
says more than the topic named ("... and that front desk and deck staff will need training on the
new system" is no tie of online registration to an in-service training schedule). A run of bare
facts right after a topic reads as comments on it, so it moves after the topics; one deed before
the offer stays. And "lvl" is note shorthand the rules read too: "HACCP lvl 3" in the notes
grounds "HACCP Level 3" in a letter; "xmas day" is Christmas Day, a day ahead of them. Reader
37's lower-case file (h253): where a deed was done, typed first with no subject, is said first
("In my internship, I brought ..."); "api", "etl", "redis" get their capitals. Expected
sentences written by hand from the notes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from composer import compose
from composer.notes_file import load_notes
from composer.offline.items import read_point
from composer.offline.linkgate import earned
from composer.offline.offer import read_offer
from composer.offline.rapport import rapport_line
from composer.offline.rapportevents import event_wish
from composer.offline.secondphrases import mended_phrases
from composer.offline.settingfront import fronted
from composer.rules.sentences import sentences
from tests.fakes import letters_day_after

READERS = Path(__file__).parent / "corpus" / "readers"


LONG_NOTE = (
    "She explained that the facility is moving to online registration in spring 2027 and that"
    " front desk and deck staff will need training on the new system."
)
TRAINING = "I rebuilt our in-service training schedule, and audit scores rose from 78% to 94%"


@pytest.mark.parametrize(
    ("topic", "note", "linked"),
    [
        # the letter names only the move to online registration: "training" is another thing
        # the long note says
        ("the move of the facility to online registration", LONG_NOTE, False),
        # a short note is about its one subject, its tail too
        ("staff training", "staff training - new system in spring", True),
        ("the move to online registration", "online registration + staff training", True),
    ],
)
def test_a_long_notes_other_words_earn_no_link(topic: str, note: str, linked: bool) -> None:
    notes = load_notes(READERS / "reader36" / "h257.json")
    assert earned(TRAINING, topic, notes, note=note) is linked


def test_facts_after_an_unrelated_topic_follow_the_topics() -> None:
    # h257: Ms. Laframboise's online registration shares nothing with Gurpreet's training
    # schedule or mentoring; neither is said as if it were about the registration
    (letter,) = letters_day_after(READERS / "reader36" / "h257.json")
    assert "In that area" not in letter
    assert "online registration. I rebuilt" not in letter
    assert "online registration. In addition" not in letter
    assert (
        "I rebuilt the in-service training schedule, and the lifeguard audit scores from the"
        " Lifesaving Society rose from 78% to 94% over two years." in letter
    )


def test_a_level_typed_lvl_is_the_notes_own() -> None:
    # h252 typed "HACCP lvl 3", h43 "NVQ lvl 3 plumbing + G3 unvented ticket": the rules
    # used to leave out the sentence the writer made of each, for its "Level"
    niamh, _ = letters_day_after(READERS / "reader36" / "h252.json")
    assert "I hold HACCP Level 3" in niamh
    (plumber,) = letters_day_after(READERS / "h43.json")
    assert "I hold an NVQ Level 3 in plumbing and a G3 unvented ticket." in plumber


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        # "xmas day" is the holiday's name, with its capitals; a swim on it is ahead of them
        (
            "doing the xmas day swim at the forty foot w/ her sister",
            (
                "Good luck with the Christmas Day swim at the forty foot with your sister.",
                "I hope the Christmas Day swim at the forty foot with your sister goes well.",
            ),
        ),
        (
            "off to her sister's for xmas eve",
            ("I hope your trip to your sister's for Christmas Eve goes well.",),
        ),
    ],
)
def test_a_holiday_typed_short_is_named_and_ahead(note: str, expected: tuple[str, ...]) -> None:
    assert rapport_line(note, ("Tom Reyes",)).text in expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        # where a deed was done, typed before it with no subject (reader 37's h253 in lower
        # case): the setting first, then "I"
        (
            "during placement cut the waiting list from 40 to 12",
            "During my placement, I cut the waiting list from 40 to 12",
        ),
        ("in my last job ran payroll for 250 staff", "In my last job, I ran payroll for 250 staff"),
        ("at Kellys cut waste by 15%", "At Kellys, I cut waste by 15%"),
        ("in 2024 launched the loyalty app", "In 2024, I launched the loyalty app"),
        ("on nights cut waste by 15%", "On nights, I cut waste by 15%"),
        ("in the last audit scored 98%", "In the last audit, I scored 98%"),
        # no deed, or the candidate's sentence already: as typed
        ("in charge of the rota", "in charge of the rota"),
        ("on call every 4th weekend", "on call every 4th weekend"),
        ("in my last job I ran payroll", "in my last job I ran payroll"),
        ("in 2024 i took Ashgrove Lodge to Good", "in 2024 i took Ashgrove Lodge to Good"),
        ("in my last job", "in my last job"),
    ],
)
def test_a_setting_before_a_deed_is_said_first(typed: str, expected: str) -> None:
    assert fronted(typed) == expected


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "in internship brought p95 latency of the refunds api from 900ms to 300ms with an"
            " index and redis cache",
            "In my internship, I brought p95 latency of the refunds API from 900ms to 300ms with"
            " an index and Redis cache.",
        ),
        ("built the etl pipeline for the ehr data", "I built the ETL pipeline for the EHR data."),
    ],
)
def test_acronyms_and_software_typed_in_lower_case_get_their_capitals(
    typed: str, said: str
) -> None:
    read = read_point(typed)
    assert read.said is not None and f"{read.said.text()}." == said


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a unit typed after its figure ends the sentence: "ms" here is no "Ms."
        (
            "I cut p95 latency from 900ms to 200ms. After four years in Go, I would help.",
            ["I cut p95 latency from 900ms to 200ms.", "After four years in Go, I would help."],
        ),
        # the title still does not end one
        ("I met Ms. Olsen on Tuesday.", ["I met Ms. Olsen on Tuesday."]),
    ],
)
def test_a_unit_after_a_figure_ends_a_sentence(text: str, expected: list[str]) -> None:
    assert [span.text for span in sentences(text)] == expected


def test_a_letter_with_a_latency_in_ms_is_ready() -> None:
    # closers-heldout46 p3 (formal): "... from 900ms to 200ms. After four years ..." was marked
    # NOT READY, its "After" taken for a name inside one sentence
    notes = load_notes(Path(__file__).parent / "corpus" / "closers-heldout46" / "p3.json")
    notes = notes.model_copy(update={"tone": "formal"})
    (letter,) = compose(notes, today=notes.interview.date + dt.timedelta(days=1))
    assert "from 900ms to 200ms" in letter.text
    assert letter.ok


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # the tools a line ends on with no comma are the tools used, never run into a place
        (
            "6 month internship at a fintech in bangalore go and postgres",
            "I completed a six-month internship at a fintech in Bangalore, using Go and Postgres.",
        ),
        ("built dashboards in python and django", "I built dashboards in Python and Django."),
    ],
)
def test_tools_typed_last_with_no_comma_are_the_tools_used(typed: str, said: str) -> None:
    assert read_point(typed).sentence() == said


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        # reader 39 (heldout38): an event of theirs coming up, inside a note no other reading
        # says, was left out as "a fact a letter could only repeat back"
        (
            "He mentioned that his daughter plays second violin in the youth orchestra's"
            " Christmas concert on 19 December.",
            "I hope the youth orchestra's Christmas concert on 19 December goes well.",
        ),
        (
            "her border collie does agility, tournament in Dortmund sat 12.12",
            "I hope the tournament in Dortmund on Saturday goes well.",
        ),
        ("running a Half Marathon in march", "I hope the Half Marathon in March goes well."),
        ("exams tomorrow", "I hope the exams tomorrow go well."),
        (
            "his daughter is in the County netball final on sat",
            "I hope the County netball final on Saturday goes well.",
        ),
    ],
)
def test_an_event_coming_up_is_wished_well(note: str, expected: str) -> None:
    assert event_wish(note) == expected


@pytest.mark.parametrize(
    "note",
    [
        "he was at the concert last night",  # past: no wish
        "she plays tennis on sundays",  # a habit, no event
        "she won the regional final in May",
        "she's doing the plymouth half marathon in april",  # a name in lower case: unsure
        # one who types no capitals may have typed a name ("the National Honey Show")
        "he's judging at the national honey show sat",
    ],
)
def test_no_wish_for_an_event_that_is_past_or_no_event(note: str) -> None:
    assert event_wish(note) is None


@pytest.mark.parametrize(
    ("typed", "mended"),
    [
        # reader 39's h261: "I DO have own transport" was said "I do have own transport"
        ("I DO have own transport for night shift", "I DO have my own transport for night shift"),
        ("have own tools and van", "have my own tools and van"),
        ("I have my own car", "I have my own car"),
        ("she has own business", "she has own business"),  # whose is not the candidate's to say
    ],
)
def test_own_gets_its_owner(typed: str, mended: str) -> None:
    assert mended_phrases(typed) == mended


def test_a_quality_typed_as_a_thing_to_bring_takes_its_article() -> None:
    # reader 39's h259: "calm head and good with people under pressure" was said "I would
    # bring calm head, and I am good with people under pressure."
    offer = read_offer("calm head and good with people under pressure")
    assert offer is not None
    assert offer.text == "I would bring a calm head, and I am good with people under pressure."
