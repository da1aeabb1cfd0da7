"""Length fitting in the offline writer: `Writer.length` counts a letter's words the way the
length rule does (`parse(text).words`: everything but the subject line), without parsing the
letter for every wording it tries."""

from __future__ import annotations

from pathlib import Path

import pytest

from composer.notes_file import load_notes
from composer.offline.body import Sentence
from composer.offline.writer import Writer
from composer.rules.text import parse

EXAMPLES = Path(__file__).parent.parent / "examples"
CORPUS = Path(__file__).parent / "corpus" / "candidates"


def writer(channel: str = "email", name: str = "warm_email.json") -> Writer:
    notes = load_notes(EXAMPLES / name).model_copy(update={"channel": channel})
    return Writer(notes, 0)


@pytest.mark.parametrize("channel", ["email", "letter"])
def test_each_sentence_adds_its_own_words(channel: str) -> None:
    w = writer(channel)
    frame = w.length([])
    one = [Sentence("thanks", 0, "Thank you for yesterday.")]
    two = [*one, Sentence("closing", 5, "I look forward to hearing from you.")]
    assert w.length(one) == frame + 4
    assert w.length(two) == frame + 4 + 7


def test_the_subject_line_is_not_counted() -> None:
    w = writer("email")
    text = w.render([])
    subject = text.split("\n")[0]
    assert subject.startswith("Subject: ")
    everything = len(text.split())
    assert w.length([]) == everything - len(subject.split())


def test_words_are_counted_as_a_person_counts_them() -> None:
    # "We met at 10 am briefly": a no-break space parts two words, a lone dash is none.
    w = writer()
    frame = w.length([])
    assert w.length([Sentence("point", 1, "We met at 10\u00a0am - briefly.")]) == frame + 6


@pytest.mark.parametrize("channel", ["email", "letter"])
def test_a_sentence_that_reads_as_a_subject_line_is_counted_as_parse_counts_it(
    channel: str,
) -> None:
    w = writer(channel)
    odd = [
        Sentence("thanks", 0, "Subject: thank you for the talk."),
        Sentence("point", 1, "One line\nand another."),
    ]
    assert w.length(odd) == parse(w.render(odd)).words


def test_the_count_matches_a_full_parse_across_the_corpus() -> None:
    # Every prefix of every planned letter: the count must never drift from the rule's.
    checked = 0
    for path in [*sorted(CORPUS.glob("*.json"))[:12], *sorted(EXAMPLES.glob("*.json"))]:
        base = load_notes(path)
        for channel in ("email", "letter"):
            notes = base.model_copy(update={"channel": channel})
            for index in range(len(notes.interviewers)):
                w = Writer(notes, index)
                planned = w.plan()
                for end in range(len(planned) + 1):
                    part = planned[:end]
                    assert w.length(part) == parse(w.render(part)).words, (path.name, end)
                    checked += 1
    assert checked > 100
