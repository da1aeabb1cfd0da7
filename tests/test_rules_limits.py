"""Every documented limit, tested on the limit and one past it on each side: an email's 80-250
words, a printed letter's 150-400, an 80-character subject, and "at most half" the sentences
shared between two letters of a panel."""

from __future__ import annotations

import pytest

from composer.models import Notes
from composer.rules import check_letter, check_letters

# Words as a person counts them: "Dear", "Ms.", "Whitfield," and "Best", "regards,", "Priya",
# "Raman" are 7 around a body of filler words.
FRAME_WORDS = 7


def letter_of(words: int, subject: str | None = None) -> str:
    """A letter to Dana Whitfield of exactly `words` words (the Subject line not counted)."""
    body = " ".join(["work"] * (words - FRAME_WORDS))
    head = f"Subject: {subject}\n\n" if subject is not None else ""
    return f"{head}Dear Ms. Whitfield,\n\n{body}.\n\nBest regards,\nPriya Raman\n"


def length_findings(text: str, notes: Notes) -> list[str]:
    report = check_letter(text, notes)
    return [v.message for v in report.violations if v.rule == "length"]


@pytest.mark.parametrize(
    ("channel", "words", "problem"),
    [
        ("email", 79, "the letter has 79 words (Subject line not counted); an email needs 80-250"),
        ("email", 80, None),
        ("email", 250, None),
        ("email", 251, "the letter has 251 words (Subject line not counted); an email should "),
        ("letter", 149, "the letter has 149 words (Subject line not counted); a printed letter "),
        ("letter", 150, None),
        ("letter", 400, None),
        ("letter", 401, "the letter has 401 words (Subject line not counted); a printed letter "),
    ],
)
def test_length_limits_hold_exactly(
    warm_notes: Notes, channel: str, words: int, problem: str | None
) -> None:
    notes = warm_notes.model_copy(update={"channel": channel})
    subject = "Thank you for the interview" if channel == "email" else None
    text = letter_of(words, subject)
    assert check_letter(text, notes).words == words
    found = length_findings(text, notes)
    if problem is None:
        assert found == []
    else:
        assert len(found) == 1 and found[0].startswith(problem), found


def test_the_subject_line_is_not_counted(warm_notes: Notes) -> None:
    long_subject = "Thank you for the Senior Data Engineer interview at Northwind Analytics"
    assert check_letter(letter_of(80, long_subject), warm_notes).words == 80


def subject_of(characters: int) -> str:
    start = "Thank you for the Senior Data Engineer interview"
    subject = start + " " + "x" * (characters - len(start) - 1)
    assert len(subject) == characters
    return subject


@pytest.mark.parametrize("characters", [79, 80, 81])
def test_the_subject_may_have_80_characters_and_no_more(warm_notes: Notes, characters: int) -> None:
    # trailing spaces are not part of the subject
    text = letter_of(120, subject_of(characters) + "   ")
    found = [v.message for v in check_letter(text, warm_notes).violations if v.rule == "subject"]
    if characters <= 80:
        assert found == []
    else:
        assert len(found) == 1
        assert "the subject is 81 characters long (at most 80)" in found[0]


SENTENCES = [
    "The onboarding flow came up first.",
    "We spoke about nurses on night shifts.",
    "The design system needs an owner.",
    "Screen readers were part of the testing.",
    "Handing designs to engineers is hard.",
    "Forty nurses joined my usability studies.",
    "The reminder app reached many patients.",
    "Accessible design is my certificate subject.",
]


def panel_letter(greeting: str, sentences: list[str]) -> str:
    return f"Dear {greeting},\n\n" + " ".join(sentences) + "\n\nBest regards,\nMei-Ling Zhou\n"


@pytest.mark.parametrize(
    ("shared", "own", "flagged"),
    [
        (2, 2, False),  # 2 of 4: exactly half
        (3, 3, False),  # 3 of 6: exactly half
        (3, 2, True),  # 3 of 5: more than half
        (1, 3, False),
    ],
)
def test_panel_letters_may_share_exactly_half_their_sentences(
    panel_notes: Notes, shared: int, own: int, flagged: bool
) -> None:
    common = SENTENCES[:shared]
    first = panel_letter("Amélie", [*common, *SENTENCES[shared : shared + own]])
    rest = SENTENCES[shared + own :] + [f"Kjetil asked question {n}." for n in range(8)]
    second = panel_letter("Kjetil", [*common, *rest[:own]])
    reports = check_letters(
        [("Amélie Dubois-Lefèvre", first), ("Kjetil Ølstad", second)], panel_notes
    )
    unique = [[v.message for v in r.violations if v.rule == "unique"] for r in reports]
    if flagged:
        percent = round(100 * shared / (shared + own))
        assert unique[0] == [
            f"this letter shares {shared} of its sentences ({percent}%) with the letter to "
            "Kjetil Ølstad, apart from the names. Interviewers compare notes: write about what "
            "Amélie Dubois-Lefèvre discussed with you instead."
        ]
        assert len(unique[1]) == 1 and "with the letter to Amélie Dubois-Lefèvre" in unique[1][0]
    else:
        assert unique == [[], []]


def _unique_messages(first: str, second: str, notes: Notes) -> list[list[str]]:
    reports = check_letters([("Amélie Dubois-Lefèvre", first), ("Kjetil Ølstad", second)], notes)
    return [[v.message for v in r.violations if v.rule == "unique"] for r in reports]


def test_sentences_that_differ_only_in_names_titles_or_possessives_are_shared(
    panel_notes: Notes,
) -> None:
    def letter(greeting: str, name: str, title: str) -> str:
        return panel_letter(
            greeting,
            [
                f"I enjoyed talking with you, {name}, about onboarding.",
                f"{name}'s team clearly cares about nurses.",
                f"Please pass my thanks to {title} Okafor as well.",
                "Screen readers were part of the testing.",
            ],
        )

    found = _unique_messages(
        letter("Amélie", "Amélie", "Mr."), letter("Kjetil", "Kjetil", "Dr."), panel_notes
    )
    assert [len(messages) for messages in found] == [1, 1]
    assert "shares 4 of its sentences (100%)" in found[0][0]


def test_a_letter_without_body_sentences_shares_nothing(panel_notes: Notes) -> None:
    empty = "Dear Amélie,\n\nBest regards,\nMei-Ling Zhou\n"
    full = panel_letter("Kjetil", SENTENCES[:4])
    assert _unique_messages(empty, full, panel_notes) == [[], []]
