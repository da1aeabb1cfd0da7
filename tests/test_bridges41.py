"""A sentence that claims a tie between a reader's topic and the candidate's point ("It connects
with my own work: ...", "When we turned to X, one example came to mind: ...", "As for X, ...")
rests on one rule, `ties.bridge`: the two share a word, a code or a theme. Neighbouring themes
say only whose letter a point is nearest, and a name is matched whole, never by its first five
letters (session 41, reader 20's fault 4: "My own experience bears on it: I have spent four
years as a site engineer ..." after hybrid working and the Certificate in Building Control).
Expectations are reasoned by hand from the notes."""

from __future__ import annotations

import re
from pathlib import Path

from composer import compose, load_notes
from composer.offline.select import select
from composer.offline.themes import tie_strength
from composer.offline.ties import Generic, asked_of, bridge, tie
from composer.offline.topics import read_topic
from composer.offline.usable import stems

CORPUS = Path(__file__).parent / "corpus"
_NONE = Generic(frozenset(), frozenset())
# Every wording of `phrasebook` that claims the point is about the topic named before it.
_CLAIMS = re.compile(
    r"bears on it|connects with my own work|touched on my own work|close to my own experience"
    r"|familiar ground|an area I know|touches on it|one example (?:from my experience )?came"
    r"|^On that (?:subject|front|point)|^In that area|^As for|^With regard to|^When it comes to"
)


def _strength(point: str, topic: str) -> int:
    return tie_strength(point, topic, stems(point), stems(topic), frozenset())


def test_neighbouring_themes_earn_no_bridge() -> None:
    # a carve-out is near board reporting (neighbouring themes), not about it
    carve = "led the carve-out and sale of the logistics division for EUR 340m"
    assert tie(carve, "board reporting", _NONE) == 1
    assert bridge(carve, "board reporting", _NONE) == 0
    teach = "taught foot screening to 60+ practice nurses"
    assert bridge(teach, "supervising 2 staff grade podiatrists", _NONE) == 0


def test_a_shared_subject_still_earns_a_bridge() -> None:
    assert bridge("cleared a 140-file backlog in 5 wks", "pipeline backlog - 60 files", _NONE) > 0
    assert bridge("ESL supplemental certification", "co-teaching w/ the ELL teacher", _NONE) > 0


def test_a_name_is_matched_whole() -> None:
    lpsc = "LPSC, 5 yrs at a K-8 in Columbus City Schools"
    assert _strength(lpsc, "suicide risk screening protocol (they use Columbia)") == 0
    engineer = (
        "Four years as a site engineer with a residential contractor, including two years "
        "assisting the Assigned Certifier."
    )
    topic = "Hybrid working and the Council's training for the Certificate in Building Control."
    assert _strength(engineer, topic) == 0
    # the same name in both, and two ordinary words of one stem, still tie
    assert _strength("trained staff on the Columbia screener", "screening (they use Columbia)") > 0
    assert _strength("coordinated 6 consultants on a library reno", "coordination in Revit") > 0


def test_a_point_near_no_topic_is_said_on_its_own() -> None:
    # the CFO's carve-out is no example of board reporting: said on its own, and the topic
    # with no point about it is thanked for, not bridged to
    notes = load_notes(CORPUS / "candidates" / "executive_cfo_panel.json")
    malcolm = next(i for i, p in enumerate(notes.interviewers) if "Malcolm" in p.name)
    chosen = select(notes, malcolm)
    assert not chosen.ties
    assert any("carve-out" in p.source for p in chosen.summary)
    letter = " ".join(compose(notes)[malcolm].text.split())
    said = next(s for s in re.split(r"(?<=\.)\s+", letter) if "carve-out" in s)
    # (session 51: after the topics, led by why the candidate fits the role, never a boast
    # nor a bridge to the topic; session 65: or plainly, never "I might also mention that",
    # which readers 237 and 239 read as owning up)
    deed = "I led the carve-out and sale of the logistics division for EUR 340m."
    assert said in (
        f"I would come to the role with relevant experience: {deed}",
        f"In the role, I would draw on my experience to date: {deed}",
        deed,
    )


def test_reader20s_site_engineer_is_no_answer_to_hybrid_working() -> None:
    notes = load_notes(CORPUS / "readers" / "reader20" / "h155.json")
    rachel = next(i for i, p in enumerate(notes.interviewers) if p.name.startswith("Rachel"))
    letter = compose(notes)[rachel].text
    sentences = re.split(r"(?<=\.)\s+", " ".join(letter.split()))
    said = next(s for s in sentences if "site engineer" in s)
    assert not _CLAIMS.search(said), said
    assert "Hybrid working" not in letter


def test_a_point_said_on_its_own_stays_with_the_reader_it_is_near() -> None:
    # reader 12's h97: the install guide that cut install tickets is Tina's (her topic is the
    # "how do I" tickets), said on its own in her letter; the docs-as-code letter to Liz does
    # not take it as well to reach a printed letter's length
    notes = load_notes(CORPUS / "readers" / "reader12" / "h97.json")
    notes = notes.model_copy(update={"tone": "warm", "channel": "letter"})
    names = [p.name for p in notes.interviewers]
    liz, tina = names.index("Liz Varga"), names.index("Tina Cho")
    assert any("install guide" in p.source for p in select(notes, tina).summary)
    letters = compose(notes)
    assert "install guide" in letters[tina].text
    assert "install guide" not in letters[liz].text


def test_one_word_of_a_question_put_to_the_candidate_earns_no_bridge() -> None:
    # reader 10's h67: "the Chester story" was her answer; Chester is where it happened
    question = "asked how id handle a keeper error w/ a slide left open - told the chester story"
    calendar = "wrote chesters carnivore enrichment calendar, now used across 3 sections"
    assert asked_of(read_topic(question, frozenset()))
    assert bridge(calendar, question, _NONE) > 0  # as a topic of theirs it would tie
    assert bridge(calendar, question, _NONE, asked=True) == 0
    why = "why leaving station side after 8 yrs"
    assert bridge("8 yrs station team leader at Birmingham New St", why, _NONE, asked=True) == 0
    # a subject they share (a theme) still answers it: FHEA is a teaching fellowship
    module = "whether I'd take on the second-year methods module"
    assert bridge("Fellow of the Higher Education Academy (FHEA)", module, _NONE, asked=True)


def test_the_candidates_own_work_is_no_question() -> None:
    # feedback on the reel is about the work the point names: a word of it is its subject
    feedback = "reel feedback - she liked the type anims in the ARD doc titles"
    assert not asked_of(read_topic(feedback, frozenset()))
    assert not asked_of(read_topic("safety record", frozenset()))


def test_reader10s_enrichment_calendar_is_no_answer_to_the_slide_left_open() -> None:
    notes = load_notes(CORPUS / "readers" / "h67.json")
    for letter in compose(notes):
        sentences = re.split(r"(?<=\.)\s+", " ".join(letter.text.split()))
        for said in (s for s in sentences if "enrichment calendar" in s):
            assert not _CLAIMS.search(said), said
