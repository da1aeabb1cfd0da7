"""The candidate's points that fit none of a reader's topics: said plainly right after the
thanks, which names the role they are about; never after a topic they have nothing to do with
(reader 15, fault 1), never behind a stock connector that claims a tie or something before it
("More broadly, ...", "As for the ... role itself, ...": readers 16 and 17, fault 1). Expected
sentences are written by hand."""

from __future__ import annotations

import re
from pathlib import Path

from composer import compose, load_notes
from composer.offline.body import Sentence
from composer.offline.roleparagraph import _joined, role_paragraph

READERS = Path(__file__).parent / "corpus" / "readers"
# Connectors that claim a relation an untied point does not have.
STOCK = re.compile(r"role itself|More broadly|It may also help to know|I would also mention that")


def _said(sentences: list[Sentence]) -> list[str]:
    """The paragraphs as read, each its sentences joined (as `Writer.render` joins them)."""
    paragraphs: dict[int, list[str]] = {}
    for item in sentences:
        paragraphs.setdefault(item.paragraph, []).append(item.text)
    return [" ".join(paragraphs[key]) for key in sorted(paragraphs)]


THANKS = Sentence("thanks", 0, "Thank you for yesterday's interview.")
TOPIC = Sentence("topic", 1, "The oat milk pitch was the part I have thought about most since.")
CLOSE = Sentence("next_step", 5, "I look forward to hearing from you.")


def test_one_untied_point_follows_the_thanks_plainly() -> None:
    framed = "I hold a BA in English from Leeds, and I would bring that with me."
    point = Sentence("summary", 1, framed, untied=True)
    out = role_paragraph([THANKS, TOPIC, point, CLOSE])
    assert _said(out) == [
        "Thank you for yesterday's interview. I hold a BA in English from Leeds.",
        "The oat milk pitch was the part I have thought about most since.",
        "I look forward to hearing from you.",
    ]


def test_two_short_points_are_one_sentence_after_the_thanks() -> None:
    topic = Sentence("topic", 0, "It was good to talk about measuring effectiveness with you.")
    first = Sentence("summary", 1, "One thing I am proud of: I won two Drum awards.", untied=True)
    second = Sentence("point_more", 1, "I also mentored two juniors.", untied=True)
    out = role_paragraph([THANKS, topic, first, second, CLOSE])
    assert _said(out) == [
        "Thank you for yesterday's interview. I won two Drum awards, and I mentored two "
        "juniors. It was good to talk about measuring effectiveness with you.",
        "I look forward to hearing from you.",
    ]


def test_two_untied_sentences_are_a_paragraph_after_the_opening() -> None:
    tied = Sentence("point", 1, "I led the campground evacuation at Manning in 2023.")
    first = Sentence("summary", 1, "I started a junior ranger program.", untied=True)
    talks = "In addition, I give bear aware talks to visitors, and more."
    more = Sentence("point_more", 1, talks, untied=True)
    bring = Sentence("contribution", 1, "I would bring calm in emergencies.", untied=True)
    out = role_paragraph([THANKS, TOPIC, tied, first, more, bring, CLOSE])
    assert _said(out) == [
        "Thank you for yesterday's interview.",
        "I started a junior ranger program. In addition, I give bear aware talks to visitors, "
        "and more.",
        "The oat milk pitch was the part I have thought about most since. I led the campground "
        "evacuation at Manning in 2023. I would bring calm in emergencies.",
        "I look forward to hearing from you.",
    ]


def test_a_letter_with_no_topic_or_no_thanks_keeps_its_points_as_planned() -> None:
    point = Sentence("summary", 1, "I hold a BA in English from Leeds.", untied=True)
    sentences = [THANKS, point, CLOSE]
    assert role_paragraph(sentences) == sentences
    opened = [TOPIC, point, CLOSE]
    assert role_paragraph(opened) == opened


def test_a_point_said_as_told_is_not_moved() -> None:
    told = Sentence("summary", 1, "I was glad to tell you about the rail safety ads.", untied=True)
    sentences = [THANKS, TOPIC, told, CLOSE]
    assert role_paragraph(sentences) == sentences


def test_reader15s_copywriter_degree_is_no_comment_on_the_oat_milk_pitch() -> None:
    letters = compose(load_notes(READERS / "reader15" / "h117.json"))
    gus = letters[0].text
    assert "since. I hold a BA in English from Leeds." not in gus
    assert "I hold a BA in English from Leeds." in gus.split("\n\n")[2]  # after the thanks
    assert not any(STOCK.search(letter.text) for letter in letters)


def test_reader17s_untied_facts_take_no_stock_connector() -> None:
    # h135: "More broadly, I have 10 years of experience in FOH." with nothing before it
    tina = compose(load_notes(READERS / "reader17" / "h135.json"))[0].text
    assert "at The Blue Lantern. I have 10 years of experience in FOH." in tina
    for name in ("h131", "h134", "h136", "h137", "h138"):
        for letter in compose(load_notes(READERS / "reader17" / f"{name}.json")):
            assert not STOCK.search(letter.text), (name, letter.to)


def test_two_credentials_of_one_kind_name_the_kind_once() -> None:
    topic = Sentence("topic", 0, "I appreciated our discussion of BGP with you.")
    first = Sentence("summary", 1, "I hold the CCNP Enterprise certification.", untied=True)
    second = Sentence("point_more", 1, "I also hold the Fortinet NSE 4 certification.", untied=True)
    out = role_paragraph([THANKS, topic, first, second, CLOSE])
    assert _said(out)[0].removeprefix(THANKS.text + " ") == (
        "I hold the CCNP Enterprise and Fortinet NSE 4 certifications. I appreciated our "
        "discussion of BGP with you."
    )
    # credentials of two kinds: both held, "I hold" said once
    other = Sentence("point_more", 1, "I also hold a full UK driving licence.", untied=True)
    out = role_paragraph([THANKS, topic, first, other, CLOSE])
    assert _said(out)[0].removeprefix(THANKS.text + " ") == (
        "I hold the CCNP Enterprise certification and a full UK driving licence. I appreciated "
        "our discussion of BGP with you."
    )
    # a first credential that already lists two is never run on into a third with "and"
    assert _joined("I hold SMSTS and a CSCS black card.", "I hold an NVQ Level 6.") == (
        "I hold SMSTS and a CSCS black card, and I hold an NVQ Level 6."
    )
