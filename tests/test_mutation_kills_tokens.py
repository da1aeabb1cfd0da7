"""A letter's words (composer/rules/tokens.py): addresses blanked, openers, a stretch's stems.

Each test pins, with values worked out by hand, behaviour that a surviving mutant of tokens.py
showed no other test held: the quick checks before the address and quote patterns run must let
every address and every kind of opening quote through, alone in the text.
"""

from __future__ import annotations

import pytest

from composer.rules.tokens import blank_addresses, openers, span_stems, words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an email address alone: 13 characters blanked
        ("Write to dana@acme.com today", "Write to " + " " * 13 + " today"),
        # a web address with a path and no "www.": 13 characters
        ("See acme.com/jobs now", "See " + " " * 13 + " now"),
        # "www." with no slash, in either case: 12 characters
        ("See www.acme.com now", "See " + " " * 12 + " now"),
        ("See WWW.Acme.com now", "See " + " " * 12 + " now"),
        # nothing to blank
        ("Plain words, no address.", "Plain words, no address."),
    ],
    ids=["email", "path-no-www", "www-no-path", "www-capitals", "none"],
)
def test_each_kind_of_address_is_blanked_on_its_own(text: str, expected: str) -> None:
    assert blank_addresses(text) == expected


@pytest.mark.parametrize(
    "quote",
    ['"', "“", "‘"],
    ids=["straight", "curly-double", "curly-single"],
)
def test_an_opening_quote_alone_starts_a_word_that_may_be_capitalised(quote: str) -> None:
    # No apostrophe anywhere, so only the quote itself can let the pattern run.
    close = {'"': '"', "“": "”", "‘": "’"}[quote]
    plain = f"He said {quote}Budget first{close} today"
    spans = words(plain)
    assert [word for _, word in spans] == ["He", "said", "Budget", "first", "today"]
    # "He" (0) opens the text; the quote at 8 opens "Budget" at 9; the closing quote opens nothing.
    assert openers(plain, [0], spans) == frozenset({0, 9})


def test_a_stretch_reads_a_number_with_a_thousands_comma_without_it() -> None:
    spans = words("grew to 12,345 users")
    # "12,345" is one word; its stem is the number without the comma, as the notes' keywords
    # read it ("users" -> "user"; "grew" and "to" have no suffix to lose).
    assert span_stems(spans, 0, 20) == {"grew", "to", "12345", "user"}
