"""Articles of the employer's own things in topic, offer and next-step sentences (session 44):
"the" before one thing of theirs, none in a fixed phrase of time, none in a typed plural, and
an offer typed as two actions joined by "and". Expected sentences written by hand."""

import pytest

from composer.offline.bareheads import said
from composer.offline.topicinner import with_ordinal_article

CASES = [
    (
        "contribution",
        "In the role, I would tighten collections, clean ageing report before month end.",
        "In the role, I would tighten collections and clean the ageing report before month end.",
    ),
    (
        "contribution",
        "I can own scaling of tracking service before next peak season.",
        "I can own the scaling of the tracking service before next peak season.",
    ),
    (
        "contribution",
        "I would keep snagging list under control before handover.",
        "I would keep the snagging list under control before handover.",
    ),
    ("contribution", "I could own on-call handbook.", "I could own the on-call handbook."),
    (
        "contribution",
        "I would help with ward audit on Fridays.",
        "I would help with the ward audit on Fridays.",
    ),
    (
        "contribution",
        "I would tidy supplier records, chase unpaid credit notes.",
        "I would tidy supplier records and chase unpaid credit notes.",
    ),
    ("contribution", "I would clear the backlog before year end.", None),
    (
        "topic",
        "I enjoyed our conversation about rate limiter for partner APIs.",
        "I enjoyed our conversation about the rate limiter for partner APIs.",
    ),
    ("topic", "I was glad to discuss the injury rate on second shift with you.", None),
    (
        "next_step",
        "I look forward to hearing from you after board meeting on Monday.",
        "I look forward to hearing from you after the board meeting on Monday.",
    ),
    (
        "next_step",
        "I hope to hear from the recruiter after hiring committee.",
        "I hope to hear from the recruiter after the hiring committee.",
    ),
    (
        "next_step",
        "I will hear back after governors meeting.",
        "I will hear back after the governors meeting.",
    ),
    ("next_step", "I look forward to hearing from you by month end.", None),
    ("follow_up", "A sliding window would handle bursts from partners better.", None),
]


@pytest.mark.parametrize(("section", "text", "expected"), CASES)
def test_things_of_theirs_take_the_article_a_person_writes(
    section: str, text: str, expected: str | None
) -> None:
    assert said(text, section) == (expected or text)


@pytest.mark.parametrize(
    "text",
    ["how the line runs on second shift", "who covers breaks on third shift"],
)
def test_an_ordinal_shift_is_said_bare(text: str) -> None:
    assert with_ordinal_article(text) == text
