"""The candidate's points that fit none of a reader's topics: beside the candidate's own
sentences (a point tied to a topic, the offer), or after the conversation as what the candidate
would bring to the role; never a non sequitur right after the thanks (reader 18), never a bare
CV line after a topic (reader 15, fault 1), never behind a stock connector that claims a tie
("More broadly, ...", "As for the ... role itself, ...": readers 16 and 17, fault 1). Expected
sentences are written by hand."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from composer import compose, load_notes
from composer.offline.body import Sentence
from composer.offline.roleparagraph import _joined, role_paragraph
from composer.offline.wording import sentence_keys

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


def test_one_untied_credential_is_what_the_candidate_brings_after_the_topic() -> None:
    # right after the thanks it was a non sequitur (reader 18); after the topic, plain, a
    # comment on it (reader 15): said as what the candidate would bring to the role
    framed = "I hold a BA in English from Leeds, and I would bring that with me."
    point = Sentence("summary", 1, framed, untied=True)
    out = role_paragraph([THANKS, TOPIC, point, CLOSE])
    assert _said(out)[0] == "Thank you for yesterday's interview."
    assert _said(out)[1] in (
        "The oat milk pitch was the part I have thought about most since. I would come to the "
        "role with a BA in English from Leeds.",
        "The oat milk pitch was the part I have thought about most since. I would join the "
        "team with a BA in English from Leeds.",
    )
    assert _said(out)[2:] == ["I look forward to hearing from you."]


@pytest.mark.parametrize(
    ("years", "span"),
    [
        (
            "I have four years as an assistant buyer at Dunelm.",
            "four years as an assistant buyer at Dunelm",
        ),
        # reader 16 h126: "I would come to the position with five years planning at Maple Crest
        # Beverages." lost the "of" that "spent" had made needless
        (
            "I have spent five years planning at Maple Crest Beverages.",
            "five years of planning at Maple Crest Beverages",
        ),
    ],
)
def test_a_span_of_years_names_the_position_the_thanks_names(years: str, span: str) -> None:
    thanks = Sentence("thanks", 0, "Thank you for talking with me about the Buyer position.")
    topic = Sentence("topic", 0, "I was glad we talked about OTB planning.")
    point = Sentence("summary", 1, years, untied=True)
    said = _said(role_paragraph([thanks, topic, point, CLOSE]))[0]
    assert said.removeprefix(f"{thanks.text} {topic.text} ") in (
        f"I would come to the position with {span}.",
        f"I would bring {span} to the position.",
        f"I would bring {span} to the team.",
    )


def test_a_language_spoken_is_what_the_candidate_would_bring() -> None:
    # reader h30's nurse practitioner: "... patient volume. I speak conversational Spanish."
    point = Sentence("summary", 1, "I speak conversational Spanish.", untied=True)
    said = _said(role_paragraph([THANKS, TOPIC, point, CLOSE]))[1]
    assert said.removeprefix(f"{TOPIC.text} ") in (
        "I would bring conversational Spanish to the role.",
        "I would bring conversational Spanish to the team.",
    )


def test_a_credential_that_goes_on_into_a_clause_is_said_as_typed() -> None:
    # h62's audiologist: "I would come to the position with an AuD and have three years of
    # clinical experience." says he would come and have; the sentence is said as it is
    aud = "I hold an AuD and have three years of clinical experience."
    point = Sentence("summary", 1, aud, untied=True)
    assert _said(role_paragraph([THANKS, TOPIC, point, CLOSE]))[1] == f"{TOPIC.text} {aud}"
    cscs = "I hold RHS Level 2 and a CSCS card, and have five years of landscaping experience."
    point = Sentence("summary", 1, cscs, untied=True)
    assert _said(role_paragraph([THANKS, TOPIC, point, CLOSE]))[1] == f"{TOPIC.text} {cscs}"


def test_a_span_and_a_deed_are_two_sentences_the_deed_its_proof() -> None:
    # reader 16's h125: "I would bring five years ... to the team, and I ran the kids reading
    # club on Saturday mornings." mixed "would bring" and a deed in one sentence
    years = Sentence("summary", 1, "I have five years of experience as a bookseller.", untied=True)
    club = Sentence("point_more", 1, "I also ran the kids reading club.", untied=True)
    said = _said(role_paragraph([THANKS, TOPIC, years, club, CLOSE]))[1]
    assert said.removeprefix(f"{TOPIC.text} ") in (
        "I would come to the role with five years of experience as a bookseller. I ran the kids "
        "reading club.",
        "I would bring five years of experience as a bookseller to the role. I ran the kids "
        "reading club.",
        "I would bring five years of experience as a bookseller to the team. I ran the kids "
        "reading club.",
    )


def test_two_short_deeds_are_one_sentence_after_the_topic() -> None:
    # said after a topic they are not about, the deeds are a paragraph of their own led by why
    # the candidate fits the role (session 51, reader 35: "One thing I am proud of: ..." after
    # the topic read as a boast and a non sequitur; session 46, reader 26: a bare fact there
    # reads as a comment on the topic)
    topic = Sentence("topic", 0, "It was good to talk about measuring effectiveness with you.")
    first = Sentence(
        "summary",
        1,
        "For this role, I would draw on my work so far: I won two Drum awards.",
        untied=True,
    )
    second = Sentence("point_more", 1, "I also mentored two juniors.", untied=True)
    out = role_paragraph([THANKS, topic, first, second, CLOSE])
    deeds = "I won two Drum awards, and I mentored two juniors."
    assert _said(out) in [
        [
            "Thank you for yesterday's interview. It was good to talk about measuring "
            "effectiveness with you.",
            f"{lead} {deeds}",
            "I look forward to hearing from you.",
        ]
        for lead in (
            "I would come to the role with relevant experience:",
            "For the role, I would draw on my work so far:",
            "Much of what I would bring to the role comes from my work so far:",
        )
    ]


def test_a_credential_goes_first_and_the_deed_after_it_as_its_proof() -> None:
    deed = "I managed 180 properties with rent arrears under 2% across the whole of the portfolio."
    first = Sentence("summary", 1, deed, untied=True)
    held = "Beyond that, I hold ARLA Propertymark Level 3 in Residential Letting."
    second = Sentence("point_more", 1, held, untied=True)
    out = _said(role_paragraph([THANKS, TOPIC, first, second, CLOSE]))
    assert out[:2] == [THANKS.text, TOPIC.text]
    assert out[2] in (
        f"I would come to the role with ARLA Propertymark Level 3 in Residential Letting. {deed}",
        f"I would join the team with ARLA Propertymark Level 3 in Residential Letting. {deed}",
    )


def test_untied_points_beside_the_candidates_own_sentences_stay_there() -> None:
    tied = Sentence("point", 1, "I led the campground evacuation at Manning in 2023.")
    first = Sentence("summary", 1, "I started a junior ranger program.", untied=True)
    talks = "In addition, I give bear aware talks to visitors, and more."
    more = Sentence("point_more", 1, talks, untied=True)
    bring = Sentence("contribution", 1, "I would bring calm in emergencies.", untied=True)
    out = role_paragraph([THANKS, TOPIC, tied, first, more, bring, CLOSE])
    assert _said(out) == [
        "Thank you for yesterday's interview.",
        "The oat milk pitch was the part I have thought about most since. I led the campground "
        "evacuation at Manning in 2023. I started a junior ranger program. In addition, I give "
        "bear aware talks to visitors, and more. I would bring calm in emergencies.",
        "I look forward to hearing from you.",
    ]
    # reader 18's Dr Mehta: a registration after the years tied to the topic keeps its "also"
    years = Sentence("point", 1, "I have spent eight years in theatres at Tauranga Hospital.")
    also = "I am also registered with the Medical Sciences Council of New Zealand."
    registered = Sentence("summary", 1, also, untied=True)
    assert _said(role_paragraph([THANKS, TOPIC, years, registered, CLOSE]))[:2] == [
        THANKS.text,
        f"{TOPIC.text} {years.text} {also}",
    ]


def test_a_point_before_the_offer_is_said_as_what_stands_behind_it() -> None:
    def said(point: str, offer: str) -> str:
        first = Sentence("summary", 1, point, untied=True)
        bring = Sentence("contribution", 1, offer)
        return _said(role_paragraph([THANKS, TOPIC, first, bring, CLOSE]))[1]

    # a span of years leads the offer, its lead-in left out
    assert said(
        "I have spent seven years as a respiratory therapist, the last four in a level III NICU.",
        "Given the chance, I would help with practical teaching for new graduates on nights.",
    ) == (
        f"{TOPIC.text} After seven years as a respiratory therapist, the last four in a level III "
        "NICU, I would help with practical teaching for new graduates on nights."
    )
    # a credential joined to an offer with no lead-in
    assert said(
        "I hold a BA in journalism from UCC.", "I would aim to bring local voices back at 8am."
    ) == (
        f"{TOPIC.text} I hold a BA in journalism from UCC, and I would aim to bring local voices "
        "back at 8am."
    )
    # a deed stays before the offer, a sentence of its own (reader 18's Dwayne)
    deed = "I caught $1.2M of missing rebar on the Chandler HS bid."
    offer = "Given the chance, I would tighten bid leveling."
    assert said(deed, offer) == f"{TOPIC.text} {deed} {offer}"
    # a credential an offer of two parts cannot take moves after it, said as brought
    two = "I would bring sharp tone of voice work, and I am happy to mentor juniors."
    assert said("I hold a BA in English from Leeds.", two) in (
        f"{TOPIC.text} {two} I would come to the role with a BA in English from Leeds.",
        f"{TOPIC.text} {two} I would join the team with a BA in English from Leeds.",
    )


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
    # (the agency copy years, read since session 42, left out as when reader 15 read it)
    notes = load_notes(READERS / "reader15" / "h117.json")
    notes = notes.model_copy(update={"qualifications": notes.qualifications[1:]})
    letters = compose(notes)
    gus = letters[0].text
    assert "since. I hold a BA in English from Leeds." not in gus
    assert "Bramble & Finch. I hold" not in gus  # nor a non sequitur after the thanks
    assert "with a BA in English from Leeds." in gus.split("\n\n")[3]  # after the topic
    assert not any(STOCK.search(letter.text) for letter in letters)


def test_reader17s_untied_facts_take_no_stock_connector() -> None:
    # h135: "More broadly, I have 10 years of experience in FOH." with nothing before it
    tina = compose(load_notes(READERS / "reader17" / "h135.json"))[0].text
    assert "at The Blue Lantern. I have 10 years" not in tina
    assert "Midas desk. I would" in tina and "10 years of experience in FOH" in tina
    for name in ("h131", "h134", "h136", "h137", "h138"):
        for letter in compose(load_notes(READERS / "reader17" / f"{name}.json")):
            assert not STOCK.search(letter.text), (name, letter.to)


def test_reader18s_untied_facts_are_no_non_sequitur_after_the_thanks() -> None:
    notes = load_notes(READERS / "reader18" / "h145.json").model_copy(update={"tone": "formal"})
    mehta = compose(notes)[1].text
    assert "Waikato Hospital. I am registered" not in mehta
    assert (
        "Tauranga Hospital; I would draw directly on that here. I am also registered with the "
        "Medical Sciences Council of New Zealand." in mehta
    )
    dwayne = compose(load_notes(READERS / "reader18" / "h140.json"))[0].text
    assert "Sonoran Ridge Builders. I caught" not in dwayne
    assert "Chandler HS bid. Given the chance, I would tighten bid leveling" in dwayne


def test_two_credentials_of_one_kind_name_the_kind_once() -> None:
    topic = Sentence("topic", 0, "I appreciated our discussion of BGP with you.")
    first = Sentence("summary", 1, "I hold the CCNP Enterprise certification.", untied=True)
    second = Sentence("point_more", 1, "I also hold the Fortinet NSE 4 certification.", untied=True)
    out = role_paragraph([THANKS, topic, first, second, CLOSE])
    lead = f"{THANKS.text} {topic.text} I would "
    assert _said(out)[0] in (
        f"{lead}come to the role with the CCNP Enterprise and Fortinet NSE 4 certifications.",
        f"{lead}join the team with the CCNP Enterprise and Fortinet NSE 4 certifications.",
    )
    # credentials of two kinds: both held, "I hold" said once
    other = Sentence("point_more", 1, "I also hold a full UK driving licence.", untied=True)
    out = role_paragraph([THANKS, topic, first, other, CLOSE])
    assert _said(out)[0] in (
        f"{lead}come to the role with the CCNP Enterprise certification and a full UK driving "
        "licence.",
        f"{lead}join the team with the CCNP Enterprise certification and a full UK driving "
        "licence.",
    )
    # a first credential that already lists two is never run on into a third with "and"
    assert _joined("I hold SMSTS and a CSCS black card.", "I hold an NVQ Level 6.") == (
        "I hold SMSTS and a CSCS black card, and I hold an NVQ Level 6."
    )


def test_a_panels_letters_word_one_point_apart() -> None:
    # reader 19 h150: "I would join the team with a BA in Kommunikationsdesign from HfG
    # Offenbach." in all three concise letters of a panel
    thanks = Sentence("thanks", 0, "Thank you for talking with me about the Glazier role.")
    topic = Sentence("topic", 0, "I was glad we talked about the curtain wall job.")
    held = "I hold a City and Guilds Level 3 in glazing."
    point = Sentence("summary", 1, held, untied=True)
    first = _said(role_paragraph([thanks, topic, point, CLOSE]))[0].removeprefix(
        f"{thanks.text} {topic.text} "
    )
    wordings = {
        "I would come to the role with a City and Guilds Level 3 in glazing.",
        "I would join the team with a City and Guilds Level 3 in glazing.",
    }
    assert first in wordings
    taken = frozenset(sentence_keys([first]))
    second = _said(role_paragraph([thanks, topic, point, CLOSE], taken=taken))[0]
    assert second.removeprefix(f"{thanks.text} {topic.text} ") == (wordings - {first}).pop()
    # every wording said already: the point as typed
    taken = frozenset(sentence_keys(wordings))
    third = _said(role_paragraph([thanks, topic, point, CLOSE], taken=taken))[0]
    assert third.removeprefix(f"{thanks.text} {topic.text} ") == held
