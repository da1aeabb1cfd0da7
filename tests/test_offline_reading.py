"""What a reader of the offline letters noticed, held as behaviour.

A point is tied to the interviewer's topic only when the two are about the same thing; a letter
says a feeling word ("glad", "enjoyed", "love") once; one connector ("On top of that") is
enough; a short letter's wish to go on with the conversation does not name its topic again.
The expected sentences are written by hand; wordings are read with the first of each section.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from composer import compose, load_notes
from composer.models import Notes
from composer.offline.phrasebook import frame_trigrams, moods
from composer.offline.select import select
from composer.offline.writer import Writer
from tests.conftest import TEST_TODAY
from tests.fakes import FirstChoice

ROOT = Path(__file__).resolve().parent.parent
FILES = sorted((ROOT / "tests" / "corpus" / "candidates").glob("*.json"))
FILES += sorted((ROOT / "examples").glob("*.json"))
_FEELING = re.compile(r"\b(?:glad|enjoy\w*|delight\w*|love|keen|pleasure)\b", re.IGNORECASE)
_CONNECTORS = re.compile(r"\b(?:On top of that|Beyond that|In addition|Alongside that),")


def _middle(notes: Notes, topic: str, point: str) -> list[str]:
    data = notes.model_dump(mode="json")
    data["interviewers"][0]["topics"] = [topic]
    data["qualifications"], data["highlights"], data["contribution"] = [point], [], None
    writer = Writer(Notes.model_validate(data), 0)
    writer.variation = FirstChoice("")
    return [s.text for s in writer.middle()]


def test_a_point_about_the_topic_is_tied_to_it(warm_notes: Notes) -> None:
    middle = _middle(
        warm_notes, "how nurses use the scheduling tool", "led usability studies with forty nurses"
    )
    # right after the topic: no claimed bridge ("It is close to my own experience:"), but a
    # word that says it is the same subject, so it reads as no bare CV line (reader 15)
    assert middle[1] == "On that subject, I led usability studies with forty nurses."


def _plan(notes: Notes, topic: str, point: str) -> list[tuple[int, str]]:
    data = notes.model_dump(mode="json")
    data["interviewers"][0]["topics"] = [topic]
    data["qualifications"], data["highlights"], data["contribution"] = [point], [], None
    writer = Writer(Notes.model_validate(data), 0)
    writer.variation = FirstChoice("")
    return [(s.paragraph, s.text) for s in writer.summary() + writer.middle()]


def test_a_point_about_something_else_claims_no_tie_to_the_topic(warm_notes: Notes) -> None:
    said = _plan(warm_notes, "staffing ratios on nights", "led usability studies with forty nurses")
    # The point stands on its own after the thanks, and the topic, with nothing of the
    # candidate's to say of it, follows as one more line of the opening: no paragraph of its
    # own that would be only "I was glad ...", and nothing that ties the point to it.
    assert said == [
        (0, "I led usability studies with forty nurses."),  # a result: said plainly
        (0, "I was glad we had the chance to talk about staffing ratios on nights."),
    ]  # fmt: skip


def test_feeling_words_of_a_frame_are_found_and_slots_are_not() -> None:
    assert moods("I would be glad to join {company}.") == {"glad"}
    assert moods("I especially enjoyed our conversation about {topic}.") == {"enjoy"}
    assert moods("Thank you for speaking with me about {role}.") == frozenset()


def _letters() -> list[tuple[str, str]]:
    letters = []
    for path in FILES:
        notes = load_notes(path)
        for tone in ("warm", "formal", "concise"):
            for channel in ("email", "letter"):
                variant = notes.model_copy(update={"tone": tone, "channel": channel})
                letters += [
                    (f"{path.stem} {tone}/{channel}", x.text)
                    for x in compose(variant, today=TEST_TODAY)
                ]
    return letters


@pytest.fixture(scope="module")
def letters() -> list[tuple[str, str]]:
    return _letters()


def test_no_letter_says_a_feeling_word_twice(letters: list[tuple[str, str]]) -> None:
    for name, text in letters:
        counts = Counter(word.lower()[:5] for word in _FEELING.findall(text))
        assert [w for w, n in counts.items() if n > 1] == [], (name, text)


def test_no_letter_stacks_connectors(letters: list[tuple[str, str]]) -> None:
    for name, text in letters:
        assert len(_CONNECTORS.findall(text)) <= 1, (name, text)


def test_no_letter_thanks_for_the_visit_itself_or_says_it_enjoyed_it(
    letters: list[tuple[str, str]],
) -> None:
    for name, text in letters:
        assert "Thank you for my visit" not in text, name
        assert "; I enjoyed it." not in text, name


def test_a_short_letter_names_its_topic_once_and_ties_the_point_that_fits(
    panel_notes: Notes,
) -> None:
    formal = panel_notes.model_copy(update={"tone": "formal", "channel": "letter"})
    okafor = next(x for x in compose(formal) if x.to == "Chinedu Okafor")
    assert okafor.text.count("how nurses use the scheduling tool") == 1, okafor.text
    assert "I led usability studies with forty nurses at Fairview Hospital" in okafor.text
    assert not re.search(r"(?:continue|take) that (?:discussion|conversation)", okafor.text)


def test_a_word_of_the_role_alone_ties_no_point_to_the_topic(warm_notes: Notes) -> None:
    notes = warm_notes.model_copy(update={"role": "Product Designer"})
    said = _plan(notes, "handing designs over to engineers", "designed a type system")
    assert said[0] == (
        0,
        "I designed a type system.",
    )


def test_word_runs_of_a_frame_stop_at_its_slots() -> None:
    assert frame_trigrams("I would welcome the {np}.") == {
        ("i", "would", "welcome"),
        ("would", "welcome", "the"),
    }
    assert frame_trigrams("{clause}, and {more}.") == frozenset()


def test_no_letter_opens_two_sentences_with_the_same_four_words(
    letters: list[tuple[str, str]],
) -> None:
    for name, text in letters:
        body = text.split("\n\n", 1)[1]
        openings = Counter(
            " ".join(re.findall(r"[a-z']+", part.lower())[:4])
            for part in re.split(r"(?<=[.!?])\s+", body)
        )
        assert [o for o, n in openings.items() if n > 1 and len(o.split()) == 4] == [], name


def test_an_email_to_one_reader_recalls_two_points_a_qualification_and_a_result(
    warm_notes: Notes,
) -> None:
    data = warm_notes.model_dump(mode="json")
    data["interviewers"][0].update(topics=[], title=None)
    data["qualifications"] = ["fluent in Spanish", "licensed electrician"]
    data["highlights"] = ["rewired a listed farmhouse", "trained forty volunteers"]
    points = select(Notes.model_validate(data), 0).points
    assert [p.source for p in points] == ["fluent in Spanish", "rewired a listed farmhouse"]


def test_a_letter_that_recalls_one_point_says_the_result_before_the_degree(
    warm_notes: Notes,
) -> None:
    # One reader, a topic nothing of the candidate's fits: the letter's one point is the
    # result, which tells the reader more than the degree (the degree may follow, to fill)
    data = warm_notes.model_dump(mode="json")
    data["interviewers"][0].update(topics=["the new phonics scheme"])
    data["qualifications"] = ["BEd Primary Education, Bangor 2015"]
    data["highlights"] = ["cut persistent absence in my class from 12% to 7%"]
    data["contribution"] = None
    chosen = select(Notes.model_validate(data), 0)
    assert [p.source for p in chosen.summary] == [
        "cut persistent absence in my class from 12% to 7%"
    ]
    # a licence is no measured result either: the result is the point, and "licensed
    # electrician" waits as the first point to add should the letter be too short
    data["qualifications"] = ["licensed electrician"]
    chosen = select(Notes.model_validate(data), 0)
    assert [p.source for p in chosen.summary] == [
        "cut persistent absence in my class from 12% to 7%"
    ]
    assert [p.source for p in chosen.reserve][:1] == ["licensed electrician"]
