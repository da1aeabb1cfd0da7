"""The frame of an offline letter: greeting and sign-off by register, the opening thanks, the
personal line, the follow-up, the next step and the close.

Every expected sentence here is written by hand from small notes. Wordings with variants are read
with `FirstChoice`, which always takes a section's first wording.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, TypeVar

import pytest

from composer.models import Notes
from composer.offline import envelope
from composer.offline.phrasebook import Variation
from composer.offline.writer import Writer

T = TypeVar("T")


class FirstChoice(Variation):
    """A variation that always takes the first wording of a section."""

    def order(self, slot: str, options: Sequence[T]) -> list[T]:
        return list(options)


def notes(**changes: Any) -> Notes:
    """Small notes: one interviewer, changed by `changes` (`person` changes the interviewer)."""
    person = {"name": "Kari Nygård", "title": "Analyst", "topics": ["month-end close"]}
    person |= changes.pop("person", {})
    data = {
        "candidate": {"name": "Henrik Dahl"},
        "company": "Fjord Freight",
        "role": "Finance Manager",
        "interview": {"date": "2026-03-10", "format": "video"},
        "interviewers": [person],
        "qualifications": ["ten years in shipping finance"],
        "tone": "warm",
        "channel": "email",
    } | changes
    return Notes.model_validate(data)


def greeting(n: Notes) -> str:
    return envelope.greeting(n.interviewers[0], n.tone, n.channel, FirstChoice(""))


def sign_off(n: Notes) -> str:
    return envelope.sign_off(n, n.interviewers[0], FirstChoice(""))


# --- greeting and sign-off: tone and the reader's seniority --------------------------------


@pytest.mark.parametrize(
    ("tone", "person", "expected"),
    [
        # a peer with no salutation: a warm or concise email may use the first name
        ("warm", {}, "Dear Kari,"),
        ("concise", {"title": "HR Business Partner"}, "Dear Kari,"),
        # a senior reader with no salutation: the full name, whatever the tone
        ("concise", {"title": "Chief People Officer"}, "Dear Kari Nygård,"),
        ("warm", {"title": "Chair of the Board"}, "Dear Kari Nygård,"),
        ("warm", {"title": "Managing Partner"}, "Dear Kari Nygård,"),
        ("warm", {"title": "Director of Product"}, "Dear Kari Nygård,"),
        ("formal", {}, "Dear Kari Nygård,"),
        # a salutation is used as given; a senior reader is still greeted "Dear"
        ("concise", {"title": "Chair of the Board", "salutation": "Sir Malcolm"},
         "Dear Sir Malcolm,"),
        ("warm", {"title": "Chief Technology Officer", "salutation": "Kari"}, "Dear Kari,"),
    ],
)  # fmt: skip
def test_the_greeting_follows_tone_and_seniority(
    tone: str, person: dict[str, str], expected: str
) -> None:
    assert greeting(notes(tone=tone, person=person)) == expected


def test_a_peer_in_a_warm_email_may_be_greeted_informally() -> None:
    n = notes(person={"title": "Data Analyst"})
    seen = {
        envelope.greeting(n.interviewers[0], "warm", "email", Variation(str(seed)))
        for seed in range(30)
    }
    assert seen == {"Dear Kari,", "Hello Kari,", "Hi Kari,"}
    senior = notes(person={"title": "Judge of the High Court"})
    seen = {
        envelope.greeting(senior.interviewers[0], "warm", "email", Variation(str(seed)))
        for seed in range(30)
    }
    assert seen == {"Dear Kari Nygård,"}


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"tone": "formal"}, "Sincerely,"),
        ({"tone": "formal", "person": {"salutation": "Ms. Nygård"}}, "Sincerely,"),
        # British English (a title without a stop, or British spellings): "Yours sincerely,"
        ({"tone": "formal", "person": {"salutation": "Ms Nygård"}}, "Yours sincerely,"),
        ({"tone": "formal", "qualifications": ["led the reorganisation of payables"]},
         "Yours sincerely,"),
        # a senior reader in a concise or warm letter: never "Best," or "Warm regards,"
        ({"tone": "concise", "person": {"title": "Chair of the Board"}}, "Kind regards,"),
        ({"tone": "warm", "person": {"title": "Professor of Economics"}}, "Kind regards,"),
        ({"tone": "concise"}, "Best regards,"),
        ({"tone": "warm"}, "Best regards,"),
    ],
)  # fmt: skip
def test_the_sign_off_follows_tone_seniority_and_dialect(
    changes: dict[str, Any], expected: str
) -> None:
    assert sign_off(notes(**changes)) == expected


def test_no_senior_reader_is_signed_off_casually() -> None:
    n = notes(tone="concise", person={"title": "Partner, Commercial Litigation"})
    seen = {envelope.sign_off(n, n.interviewers[0], Variation(str(seed))) for seed in range(30)}
    assert seen == {"Kind regards,", "Best regards,"}


# --- the opening thanks and the close -------------------------------------------------------


def letter(n: Notes, today: dt.date | None = None) -> str:
    writer = Writer(n, 0, today=today)
    writer.variation = FirstChoice("")
    return writer.write().text


def body(text: str) -> list[str]:
    """The paragraphs between greeting and sign-off."""
    parts = text.split("\n\n")
    return parts[2:-1]


@pytest.mark.parametrize(
    ("how", "today", "expected"),
    [
        ("panel", None, "Thank you for meeting with me at yesterday's panel to discuss the "
         "Finance Manager role at Fjord Freight."),
        ("panel", dt.date(2026, 3, 13), "Thank you for meeting with me at Tuesday's panel to "
         "discuss the Finance Manager role at Fjord Freight."),
        ("phone", None, "Thank you for meeting with me on the phone yesterday to discuss the "
         "Finance Manager role at Fjord Freight."),
        (None, dt.date(2026, 3, 13), "Thank you for meeting with me on Tuesday to discuss the "
         "Finance Manager role at Fjord Freight."),
    ],
)  # fmt: skip
def test_the_thanks_says_when_they_met_naturally(
    how: str | None, today: dt.date | None, expected: str
) -> None:
    n = notes(tone="formal", interview={"date": "2026-03-10", "format": how})
    # The thanks opens the first paragraph (the candidate's summary may follow it).
    assert body(letter(n, today))[0].split(". ")[0] + "." == expected


FULLER = {
    "highlights": ["closed the books in three days at Nordline", "cut audit fees by 20%"],
    "contribution": "a faster month-end close that the auditors trust",
    "person": {"topics": ["month-end close", "the audit timetable"]},
}


def test_the_close_is_the_next_step_welcomed_and_nothing_else() -> None:
    n = notes(next_steps="they'll call by end of next week", tone="formal", **FULLER)
    assert body(letter(n))[-1] == "I look forward to hearing from you by the end of next week."


def test_other_roles_follow_the_next_step_in_the_close() -> None:
    n = notes(next_steps="a decision next week", open_to_other_roles=True, **FULLER)
    first, second = body(letter(n))[-1].split(". ", 1)
    assert first == "I look forward to hearing from you next week"
    assert second in (
        "If another role at Fjord Freight suits my background better, I would be glad to be "
        "considered for it too, now or later on.",
        "I would also welcome hearing about other or future roles at Fjord Freight.",
        "Other roles at Fjord Freight, now or in the future, would interest me as well.",
    )


def test_a_presumptuous_next_step_is_left_out_and_the_report_says_so() -> None:
    n = notes(next_steps="start date would be May 1 if it works out")
    writer = Writer(n, 0)
    writer.variation = FirstChoice("")
    written = writer.write()
    assert "May 1" not in written.text and "start date" not in written.text
    assert body(written.text)[-1].endswith("I look forward to hearing from you.")
    assert any("start date would be May 1" in n and "left out" in n for n in written.notices)


def test_a_short_letter_thanks_again_before_the_next_step_but_offers_nothing_more() -> None:
    # thin notes: one topic, one point; the letter stays under its minimum but over the floor
    n = notes(next_steps="a decision next week")
    text = letter(n)
    close = body(text)[-1]
    assert close == "Thank you again for your time. I look forward to hearing from you next week."
    assert "let me know" not in text and "anything" not in text
