"""Shared word forms and patterns: subjects, dates, normalised text, folded words, spans."""

from __future__ import annotations

import pytest

from composer.rules.wording import (
    SIGNOFF_RE,
    blank_spans,
    date_spans,
    fold,
    merge_spans,
    normalise,
    split_subject,
    subject_of,
)


def test_a_subject_line_gives_its_subject_stripped() -> None:
    assert subject_of("  SUBJECT :  Thank you  ") == "Thank you"
    assert subject_of("Subject:") == ""
    assert subject_of("Re: Thank you") is None


def test_split_subject_takes_only_a_first_subject_line() -> None:
    assert split_subject("\n Subject: Thanks \n\n Hi Dana,\nBody\n\n") == (
        "Thanks",
        "Hi Dana,\nBody",
    )
    assert split_subject("\nHi Dana,\nSubject: Thanks\n") == (None, "Hi Dana,\nSubject: Thanks")


def test_a_misspelt_sign_off_is_still_a_sign_off() -> None:
    assert SIGNOFF_RE.match("Sincerly,")
    assert SIGNOFF_RE.match("  kind   regards. ")
    assert not SIGNOFF_RE.match("Kind regards to Dana,")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on 24/11/2026.", [(3, 13)]),
        ("on 11/24/2026.", [(3, 13)]),
        ("on 1/1/26", [(3, 9)]),
        ("on 31/12/2026", [(3, 13)]),
        ("on 32/11/2026", []),  # no month or day 32
        ("on 24/13/2026", []),  # neither is a month
        ("on 0/11/2026", []),
        ("on 11/0/2026", []),
        ("on 13/13/2026", []),
        ("on 11/32/2026", []),
        ("32/11/2026 or 24/11/2026", [(14, 24)]),  # one impossible date ends no search
        ("on 12/31/2026", [(3, 13)]),
        ("Tuesday, 24 November 2026 and 2026-11-24", [(0, 25), (30, 40)]),
        ("Nov. 24th, 2026", [(0, 15)]),
    ],
)
def test_date_spans_keep_only_numbers_that_can_be_a_date(
    text: str, expected: list[tuple[int, int]]
) -> None:
    assert date_spans(text) == expected


def test_normalise_gives_plain_characters_one_for_one() -> None:
    assert normalise("\ufeffAme\u0301lie’s\u00a0CV‑v2") == "Amélie's CV-v2"
    assert normalise("a\r\nb\rc") == "a\nb\nc"
    assert normalise("é\r\nx") == "é\nx"
    assert normalise("plain 'text'\n") == "plain 'text'\n"
    assert normalise("\ufeffx") == "x"


def test_fold_drops_case_and_a_possessive() -> None:
    assert fold("Northwind's") == "northwind"
    assert fold("ABS") == "abs"
    assert fold("'s") == ""
    assert fold("Bess") == "bess"


def test_blank_spans_keep_the_length() -> None:
    blanked = blank_spans("call 555 1234 or mail", [(5, 13), (17, 21)])
    assert blanked == "call " + " " * 8 + " or " + " " * 4
    assert blank_spans("abc", []) == "abc"


def test_merge_spans_joins_touching_and_overlapping_ranges() -> None:
    assert merge_spans([(5, 8), (0, 2), (2, 3), (6, 7), (7, 10), (12, 13)]) == [
        (0, 3),
        (5, 10),
        (12, 13),
    ]
    assert merge_spans([(0, 5), (1, 2)]) == [(0, 5)]
    assert merge_spans([]) == []


def test_only_a_byte_order_mark_is_dropped_from_the_start() -> None:
    assert normalise("Xénia wrote") == "Xénia wrote"
    assert normalise("\ufeffXénia") == "Xénia"
