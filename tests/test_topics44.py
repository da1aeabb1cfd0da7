"""Topics said with their points (session 44; reader 23 and scout 45): a link phrase ("On that
front, ...", "My own work touches on it: ...") only over a word both say in one sense ("food
safety" is no "food cost"); no "with you" hung on a topic's long name or clause; a lead ("As for
X, ...", "With X in mind, ...", "Thinking about X, ...") only over a short noun phrase, never a
gerund's clause or a name with a clause in it; and no topic frame said to two readers of one
panel. The expectations are reasoned by hand from the notes."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from composer.models import Notes
from composer.offline import phrasebook
from composer.offline.linkgate import earned
from composer.offline.writer import Writer

CORPUS = Path(__file__).parent / "corpus"
TODAY = dt.date(2026, 12, 4)
TONES = ("warm", "formal", "concise")
CHANNELS = ("email", "letter")


def _notes(name: str) -> Notes:
    return Notes.model_validate(json.loads((CORPUS / name).read_text("utf-8")))


def _letters(notes: Notes, index: int) -> list[str]:
    """The letter to reader `index` in every tone and channel, each on one line."""
    out = []
    for tone in TONES:
        for channel in CHANNELS:
            copy = notes.model_copy(update={"tone": tone, "channel": channel})
            out.append(" ".join(Writer(copy, index, today=TODAY).write().text.split()))
    return out


# A head greenkeeper's notes, written for these tests: the points share words with the topics,
# some in one sense and some in another.
GREENKEEPER = Notes.model_validate(
    {
        "candidate": {"name": "Callum Baird", "email": "callum.baird@example.com"},
        "company": "Inverlaw Golf Club",
        "role": "Head Greenkeeper",
        "interview": {"date": "2026-12-03", "format": "onsite"},
        "interviewers": [
            {
                "name": "Moira Laing",
                "title": "Club Secretary",
                "topics": [
                    "water leaks in the clubhouse roof",
                    "green waste composting behind the sheds",
                    "bunker drainage after heavy rain",
                ],
            }
        ],
        "qualifications": ["HNC Sportsturf Management"],
        "highlights": [
            "cut irrigation water use by 25% at Kelso Links",
            "kept green speeds at 10 on the stimpmeter all summer",
            "rebuilt the drainage on 18 bunkers at Kelso Links",
        ],
        "contribution": "",
        "tone": "warm",
    }
)


@pytest.mark.parametrize(
    ("notes", "point", "topic", "note"),
    [
        # scout 45, Raj: the food safety certificate is no answer to food cost
        (
            "scouts/scout45/v01.json",
            "RSA + food safety supervisor cert I hold RSA and a food safety supervisor "
            "certificate.",
            "banquet costing",
            "banquet costing, food cost target ~28%",
        ),
        # reader 23, Aileen: reports on late-hours licences are not applications sent late
        (
            "readers/reader23/h182.json",
            "I described drafting committee reports on contested late-hours applications.",
            "the short-term let licensing scheme and the number of late applications",
            "The short-term let licensing scheme and the number of late applications.",
        ),
        # an on-call rota is no call the club takes ("on-call" is a word of its own)
        (
            GREENKEEPER,
            "ran the on-call rota for 12 engineers",
            "call volumes on Monday mornings",
            "call volumes on Monday mornings",
        ),
        # a fuel store built is not the bills for fuel
        (
            GREENKEEPER,
            "fitted a new fuel store with spill bunding",
            "the fuel bills for the mowers",
            "the fuel bills for the mowers",
        ),
    ],
)
def test_a_word_in_another_sense_earns_no_link(
    notes: Notes | str, point: str, topic: str, note: str
) -> None:
    read = _notes(notes) if isinstance(notes, str) else notes
    assert not earned(point, topic, read, note=note)


def test_a_word_in_one_sense_still_earns_a_link_and_the_point_is_said_plainly_else() -> None:
    # the bunkers' drainage is the topic's drainage; the food cost is the topic's food cost
    assert earned(
        "rebuilt the drainage on 18 bunkers at Kelso Links",
        "bunker drainage after heavy rain",
        GREENKEEPER,
        note="bunker drainage after heavy rain",
    )
    # a place's name is one place whatever word stands beside it
    assert earned(
        "eight years in gold exploration in the Yilgarn Craton",
        "the 2027 drilling program on the Yilgarn tenements",
        GREENKEEPER,
        note="the 2027 drilling program on the Yilgarn tenements",
    )
    v01 = _notes("scouts/scout45/v01.json")
    assert earned("got food cost from 33% to 29%", "banquet costing", v01, note="food cost ~28%")
    # Raj's letter: the certificate in a sentence of its own, no lead (s46: as what he would
    # bring, "I would join the team with RSA and ...", when no word ties it to the topic)
    for letter in _letters(v01, 1):
        assert " RSA and a food safety supervisor certificate." in letter
        assert not re.search(r"(?:front|area|point|subject), I hold RSA", letter)


def test_no_with_you_after_a_topic_named_with_its_clause() -> None:
    # reader 23, Graham: the backlog "since the new online system went live" ends its sentence
    for letter in _letters(_notes("readers/reader23/h182.json"), 0):
        assert "went live with you" not in letter
        assert "driver licence renewals since the new online system went live." in letter


def test_a_lead_names_a_noun_phrase_only() -> None:
    # reader 23, Raymond: "preparing for the OSHA ... application" is a gerund's clause, no
    # name for "With X in mind"; Marcus: the schedule "and how handovers between shifts work"
    # holds a clause. The contribution is said on its own.
    for letter in _letters(_notes("readers/reader23/h186.json"), 0):
        assert "With preparing" not in letter and "As for preparing" not in letter
        assert "Thinking about preparing" not in letter
    # (the warm and formal emails have room for it, said on its own)
    for letter in _letters(_notes("readers/reader23/h186.json"), 0)[0:3:2]:
        assert re.search(r"I would [a-z ]+ a practical safety program that supervisors", letter)
    for letter in _letters(_notes("readers/reader23/h180.json"), 0):
        assert not re.search(r"(?:As for|With|Thinking about) the 12-hour", letter)
    for letter in _letters(_notes("readers/reader23/h180.json"), 0)[0:3:2]:
        assert re.search(r"\. I would [a-z ]+ a calm, consistent presence on shift", letter)


def _topic_frames(letter: str, tone: str, channel: str) -> set[str]:
    """The topic wordings of the phrasebook a letter says, each with any words in its slot."""
    found = set()
    for section in ("topic", "topic_only"):
        for wording in phrasebook.wordings(section, tone, channel):
            parts = [re.escape(p) for p in re.split(r"\{\w+\}", wording)]
            if re.search("(?i)" + ".+?".join(parts), letter):
                found.add(wording)
    return found


def _panel_frames(tone: str) -> list[set[str]]:
    notes = _notes("scouts/scout45/v01.json").model_copy(update={"tone": tone})
    said: list[set[str]] = []
    earlier: list[str] = []  # the panel's letters written before, as compose gives them
    for index in range(len(notes.interviewers)):
        text = Writer(notes, index, today=TODAY, earlier=earlier).write().text
        earlier.append(text)
        said.append(_topic_frames(" ".join(text.split()), tone, notes.channel))
    return said


def test_no_topic_frame_is_said_to_two_readers_of_a_panel() -> None:
    # scout 45: "Our exchange about X is the one I keep returning to." to Claire and to Raj
    for tone in TONES:
        said = _panel_frames(tone)
        for first in range(len(said)):
            for second in range(first + 1, len(said)):
                assert not said[first] & said[second], tone
