"""The candidate's points that fit none of a reader's topics: said for the role itself, in a
paragraph of their own (or closing the topics' paragraph with a lead-in), never as a bare line
of a CV after a topic it has nothing to do with (reader 15, fault 1). Expected sentences are
written by hand."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from composer import compose, load_notes
from composer.offline.body import Sentence
from composer.offline.roleparagraph import _joined, role_paragraph, the_role

READERS = Path(__file__).parent / "corpus" / "readers"
# The phrasebook's "role_lead" openings, written out by hand: a point turned to the role.
LEAD = (
    r"(?:the [\w /-]+ role itself, |the role itself, |More broadly, |It may also help to know that "
    r"|I would also mention that )"
)


def _lead(section: str, **values: str) -> str:
    if section == "role_lead_done":  # a deed: no wording names the role
        return f"More broadly, {values['clause_lower']}."
    assert section == "role_lead"
    return f"As for {values['the_role']} itself, {values['clause_lower']}."


def _said(sentences: list[Sentence]) -> list[str]:
    """The paragraphs as read, each its sentences joined (as `Writer.render` joins them)."""
    paragraphs: dict[int, list[str]] = {}
    for item in sentences:
        paragraphs.setdefault(item.paragraph, []).append(item.text)
    return [" ".join(paragraphs[key]) for key in sorted(paragraphs)]


THANKS = Sentence("thanks", 0, "Thank you for yesterday's interview.")
TOPIC = Sentence("topic", 1, "The oat milk pitch was the part I have thought about most since.")
CLOSE = Sentence("next_step", 5, "I look forward to hearing from you.")


def test_one_untied_point_closes_the_topics_paragraph_turning_to_the_role() -> None:
    point = Sentence("summary", 1, "I hold a BA in English from Leeds.", untied=True)
    out = role_paragraph([THANKS, TOPIC, point, CLOSE], _lead, "Senior Copywriter")
    assert _said(out) == [
        "Thank you for yesterday's interview.",
        "The oat milk pitch was the part I have thought about most since. As for the Senior "
        "Copywriter role itself, I hold a BA in English from Leeds.",
        "I look forward to hearing from you.",
    ]


def test_two_short_points_are_one_sentence_after_the_topic_the_thanks_named() -> None:
    # one sentence is no paragraph: the topic named after the thanks opens its paragraph
    thanks = Sentence("topic", 0, "It was good to talk about measuring effectiveness with you.")
    framed = "I hold a BA in English from Leeds, and I would bring that with me."
    first = Sentence("summary", 1, framed, untied=True)
    second = Sentence("point_more", 1, "I also mentored two juniors.", untied=True)
    out = role_paragraph([THANKS, thanks, first, second, CLOSE], _lead, "Senior Copywriter")
    assert _said(out) == [
        "Thank you for yesterday's interview.",
        "It was good to talk about measuring effectiveness with you. As for the Senior Copywriter "
        "role itself, I hold a BA in English from Leeds, and I mentored two juniors.",
        "I look forward to hearing from you.",
    ]


def test_the_points_and_an_untied_contribution_go_after_the_topics_paragraph() -> None:
    tied = Sentence("point", 1, "I led the campground evacuation at Manning in 2023.")
    proud = "One thing I am proud of: I started a junior ranger program."
    first = Sentence("summary", 1, proud, untied=True)
    talks = "In addition, I give bear aware talks to visitors, and more."
    more = Sentence("point_more", 1, talks, untied=True)
    bring = Sentence("contribution", 1, "I would bring calm in emergencies.", untied=True)
    follow = Sentence("follow_up", 2, "One thing I would add on winter driving: ...")
    planned = [THANKS, TOPIC, tied, first, more, bring, follow, CLOSE]
    out = role_paragraph(planned, _lead, "Park Ranger II")
    assert _said(out) == [
        "Thank you for yesterday's interview.",
        "The oat milk pitch was the part I have thought about most since. I led the campground "
        "evacuation at Manning in 2023.",
        "More broadly, I started a junior ranger program. In addition, "
        "I give bear aware talks to visitors, and more. I would bring calm in emergencies.",
        "One thing I would add on winter driving: ...",
        "I look forward to hearing from you.",
    ]


def test_a_letter_with_no_topic_keeps_its_points_as_planned() -> None:
    point = Sentence("summary", 1, "I hold a BA in English from Leeds.", untied=True)
    sentences = [THANKS, point, CLOSE]
    assert role_paragraph(sentences, _lead, "Senior Copywriter") == sentences


def test_a_point_said_as_told_takes_no_lead_in() -> None:
    told = Sentence("summary", 1, "I was glad to tell you about the rail safety ads.", untied=True)
    sentences = [THANKS, TOPIC, told, CLOSE]
    assert role_paragraph(sentences, _lead, "Senior Copywriter") == sentences


@pytest.mark.parametrize(
    ("role", "said"),
    [
        ("Senior Copywriter", "the Senior Copywriter role"),
        ("Park Ranger II", "the Park Ranger II role"),
        ("Genetic Counsellor, Prenatal and Paediatric Clinic", "the role"),
        ("Court Interpreter (Polish)", "the role"),
        ("Bereavement Services Supervisor Grade Four", "the role"),
        ("Teaching Assistant post", "the Teaching Assistant post"),
        ("an Account Executive", "the Account Executive role"),
        ("The Analyst", "the Analyst role"),
    ],
)
def test_the_lead_in_names_a_short_role(role: str, said: str) -> None:
    assert the_role(role) == said


def test_the_lead_in_names_no_role_the_point_names_itself() -> None:
    # census f12: "As for the Elevator Mechanic role itself, I am a Certified Elevator Mechanic"
    assert the_role("Elevator Mechanic", "I am a Certified Elevator Mechanic in Ontario.") == (
        "the role"
    )
    assert the_role("Bar Manager", "I hold a Special Purpose Award in Responsible Serving.") == (
        "the Bar Manager role"
    )


def test_reader15s_copywriter_degree_is_no_comment_on_the_oat_milk_pitch() -> None:
    letters = compose(load_notes(READERS / "reader15" / "h117.json"))
    gus = letters[0].text
    assert "since. I hold a BA in English from Leeds." not in gus
    assert re.search(LEAD + r"I hold a BA in English from Leeds\.", gus)
    priya = letters[1].text
    assert "\n\nI mentored two juniors.\n\n" not in priya
    assert re.search(LEAD + r"I mentored two juniors\.", priya)


def test_reader15s_ranger_seasons_lose_the_stock_tail() -> None:
    letters = compose(load_notes(READERS / "reader15" / "h118.json"))
    texts = [letter.text for letter in letters]
    assert not any("and I would bring that with me" in text for text in texts)
    # the seasons are said to one panellist, for the role, with nothing tacked on
    said = [t for t in texts if "I have worked five seasons as a seasonal ranger at Manning" in t]
    assert len(said) == 1 and re.search(LEAD + "I have worked five seasons", said[0])


def test_two_credentials_of_one_kind_name_the_kind_once() -> None:
    topic = Sentence("topic", 0, "I appreciated our discussion of BGP with you.")
    first = Sentence("summary", 1, "I hold the CCNP Enterprise certification.", untied=True)
    second = Sentence("point_more", 1, "I also hold the Fortinet NSE 4 certification.", untied=True)
    out = role_paragraph([THANKS, topic, first, second, CLOSE], _lead, "Network Engineer")
    assert _said(out)[1] == (
        "I appreciated our discussion of BGP with you. As for the Network Engineer role itself, I"
        " hold the CCNP Enterprise and Fortinet NSE 4 certifications."
    )
    # credentials of two kinds: both held, "I hold" said once
    other = Sentence("point_more", 1, "I also hold a full UK driving licence.", untied=True)
    out = role_paragraph([THANKS, topic, first, other, CLOSE], _lead, "Network Engineer")
    assert _said(out)[1] == (
        "I appreciated our discussion of BGP with you. As for the Network Engineer role itself, I"
        " hold the CCNP Enterprise certification and a full UK driving licence."
    )
    # a first credential that already lists two is never run on into a third with "and"
    assert _joined("I hold SMSTS and a CSCS black card.", "I hold an NVQ Level 6.") == (
        "I hold SMSTS and a CSCS black card, and I hold an NVQ Level 6."
    )


def test_a_deed_turned_to_the_role_is_not_said_for_the_role_itself() -> None:
    deed = Sentence("summary", 1, "I mentored two juniors.", untied=True)
    out = role_paragraph([THANKS, TOPIC, deed, CLOSE], _lead, "Senior Copywriter")
    assert "More broadly, I mentored two juniors." in _said(out)[1]
    held = Sentence("summary", 1, "I have worked five seasons as a ranger.", untied=True)
    out = role_paragraph([THANKS, TOPIC, held, CLOSE], _lead, "Park Ranger")
    assert "As for the Park Ranger role itself, I have worked five seasons" in _said(out)[1]


def test_a_lone_point_after_the_thanks_topics_shares_their_paragraph() -> None:
    # reader 16 (Tariq): "More broadly, I managed 180 properties ..." was a paragraph of one
    # sentence after a thanks paragraph that named the topic; the topic now opens its paragraph
    topic = Sentence("topic", 0, "I was glad we had the chance to talk about the handover.")
    also = Sentence("topic_more", 0, "I also enjoyed hearing about renewals.")
    point = Sentence("summary", 1, "I managed 180 properties.", untied=True)
    out = role_paragraph([THANKS, topic, also, point, CLOSE], _lead, "Property Manager")
    assert _said(out) == [
        "Thank you for yesterday's interview.",
        "I was glad we had the chance to talk about the handover. I also enjoyed hearing about "
        "renewals. More broadly, I managed 180 properties.",
        "I look forward to hearing from you.",
    ]


def test_a_thanks_paragraph_with_a_point_at_its_end_keeps_it() -> None:
    # only topics at the end of the thanks paragraph move: a summary sentence between them and
    # the thanks stays where it is, and the lone point closes its own paragraph
    topic = Sentence("topic", 0, "I was glad we had the chance to talk about the handover.")
    said = Sentence("summary", 0, "I have five years in lettings.")
    point = Sentence("summary", 1, "I managed 180 properties.", untied=True)
    out = role_paragraph([THANKS, said, topic, point, CLOSE], _lead, "Property Manager")
    assert _said(out)[0] == "Thank you for yesterday's interview. I have five years in lettings."
