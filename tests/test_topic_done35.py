"""A topic typed as what the interviewer did with the candidate ("walked round workshop",
reader 15's h116: "It was good to talk about the walked round workshop with you.") names no
subject: it is left out and asked for (a subject typed after a dash is said: see
test_topic_classes36). Made-up lines; verdicts written by hand."""

from __future__ import annotations

import pytest

from composer.offline.topics import read_topic


@pytest.mark.parametrize(
    "typed",
    [
        "showed me round the yard",
        "went through my portfolio - liked the oak table",
        "looked at the kiln logs",
    ],
)
def test_what_was_done_is_no_subject(typed: str) -> None:
    topic = read_topic(typed)
    assert topic.text == "" and "says what was done" in topic.why


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("automated testing", "automated testing"),
        ("showed me the new diag laptop", "the new diagnostic laptop"),
        ("scheduled maintenance", "scheduled maintenance"),
    ],
)
def test_a_past_form_that_describes_a_subject_is_kept(typed: str, said: str) -> None:
    assert read_topic(typed).text == said
