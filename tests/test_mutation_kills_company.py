"""Finding the company's name (composer/rules/company.py): which mentions are the exact name and
which are another spelling, pinned where surviving mutants showed no other quick test held it.
"""

from __future__ import annotations

import pytest

from composer.rules.company import _company_mentions, company_mentions
from composer.rules.text import Span, parse


@pytest.mark.parametrize(
    ("company", "text", "exact", "others"),
    [
        # a possessive on the last word is the name itself
        ("Northwind Analytics", "I met the Northwind Analytics's data team.", True, []),
        ("Northwind Analytics", "I met the Northwind Analytics data team.", True, []),
        ("Northwind Analytics", "I met the Northwind Analytics's Data Team.", True, []),
        # at the very start of the text, and in capitals
        (
            "Northwind Analytics",
            "Northwind Data Analytics is where I want to be.",
            False,
            [Span(0, "Northwind Data Analytics")],
        ),
        (
            "Northwind Analytics",
            "See NORTHWIND DATA ANALYTICS, the team.",
            False,
            [Span(4, "NORTHWIND DATA ANALYTICS")],
        ),
        # a word glued to the name is not the name; the spelling after it still counts
        (
            "Northwind Analytics",
            "NorthwindData Analytics, Northwind Data Analytics.",
            False,
            [Span(25, "Northwind Data Analytics")],
        ),
        # a wrapped line of prose carries the name on; a short letterhead line ends it
        (
            "Northwind Analytics",
            "I was glad to meet everyone at the offices of Northwind Data\nAnalytics last week.",
            False,
            [Span(46, "Northwind Data\nAnalytics")],
        ),
        ("Northwind Analytics", "Dana Whitfield\nNorthwind Data\nAnalytics Team\n", False, []),
        # an initial with a stop inside the name; the sentence's stop is not part of it
        (
            "Northwind Analytics",
            "J. Smith of Northwind Data Analytics.",
            False,
            [Span(12, "Northwind Data Analytics")],
        ),
        (
            "Northwind Analytics",
            "the Northwind X. Analytics team and Northwind Co. Analytics",
            False,
            [Span(4, "Northwind X. Analytics"), Span(36, "Northwind Co. Analytics")],
        ),
        # one exact mention does not excuse the others
        (
            "Northwind Analytics",
            "Thanks. Northwind Analytics and Northwind Data Analytics and Northwind Cloud "
            "Analytics.",
            True,
            [Span(32, "Northwind Data Analytics"), Span(61, "Northwind Cloud Analytics")],
        ),
        # "and" for "&", a legal suffix with the sentence's stop after it
        (
            "Hart & Mills Ltd",
            "I want to join Hart and Mills Ltd. It is great.",
            False,
            [Span(15, "Hart and Mills Ltd.")],
        ),
        ("Hart & Mills Ltd", "I want to join Hart & Mills Ltd. It is great.", True, []),
        (
            "Hart & Mills Ltd",
            "Hart + Mills Ltd and Hart & Mills Ltd.",
            True,
            [Span(0, "Hart + Mills Ltd")],
        ),
        ("Pike & Co.", "I want to join Pike & Company soon.", False, [Span(15, "Pike & Company")]),
        ("Pike & Co.", "I want to join Pike & Co. soon.", True, []),
        # the company's own words before its first word belong to it
        ("Maritime Kestrel Insurance", "at Maritime Kestrel Insurance today", True, []),
        ("Kestrel Insurance", "at Maritime Kestrel Insurance today", True, []),
        (
            "Northwind Analytics",
            "I met the Analytics Northwind Data Analytics team.",
            False,
            [Span(10, "Analytics Northwind Data Analytics")],
        ),
        # without a comma in the name, a comma ends a run of name words
        ("Northwind Analytics", "I met Team Northwind, Data Analytics and more.", False, []),
        (
            "Maritime Kestrel Insurance",
            "at Kestrel Insurance and Maritime Kestrel & Insurance",
            False,
            [Span(25, "Maritime Kestrel & Insurance")],
        ),
        # a name with commas, and a small word inside a name
        (
            "Hollis, Brandt & Okoye LLP",
            "at Hollis, Brandt & Okoye LLP today and Hollis Brandt Okoye.",
            True,
            [Span(40, "Hollis Brandt Okoye")],
        ),
        (
            "Bank of Ireland",
            "at Bank of Ireland, the Bank of Old Ireland, today",
            True,
            [Span(24, "Bank of Old Ireland")],
        ),
    ],
)
def test_mentions_of_the_company(company: str, text: str, exact: bool, others: list[Span]) -> None:
    assert _company_mentions(text, company) == (exact, others)


@pytest.mark.parametrize(
    ("company", "text", "exact", "others"),
    [
        # initials with stops inside the name keep the run going
        (
            "Northwind Analytics",
            "the Northwind A.I. Analytics team",
            False,
            [Span(4, "Northwind A.I. Analytics")],
        ),
        # a small word the name does not hold still joins a run of name words
        (
            "Bank of Ireland",
            "the Bank and Trust of Ireland today",
            False,
            [Span(4, "Bank and Trust of Ireland")],
        ),
        # an ordinary lower-case word ends the run
        ("Northwind Analytics", "I met Northwind Cloud people and Analytics folk.", False, []),
        # two mentions far apart are each found once
        (
            "Northwind Analytics",
            "I met Northwind Data Analytics on Monday, and the people there were kind to me all "
            "day long; I hope to join Northwind Data Analytics soon.",
            False,
            [Span(6, "Northwind Data Analytics"), Span(108, "Northwind Data Analytics")],
        ),
        # the company's own word at the very start of the text belongs to the other spelling
        (
            "Northwind Analytics",
            "Analytics Northwind Data Analytics team.",
            False,
            [Span(0, "Analytics Northwind Data Analytics")],
        ),
        # the first word glued to the word before it is not the name
        ("Northwind Analytics", "the Pre-Northwind Data Analytics team", False, []),
        # a long other spelling whose last word runs past the stretch read is still found
        (
            "Northwind Analytics",
            "Northwind Big Data Cloud Services Group Analytics team",
            False,
            [Span(0, "Northwind Big Data Cloud Services Group Analytics")],
        ),
        # a stop that ends a sentence ends the run
        ("Northwind Analytics", "I met Northwind Data. Analytics is my field.", False, []),
        # a possessive on a one-letter word is the name itself
        ("Plan B", "I met the Plan B's Team.", True, []),
        # a short letterhead line after a long line of prose still ends the run
        (
            "Northwind Analytics",
            "Dear Dana,\nThank you for the time you gave me on Monday.\nDana Whitfield\n"
            "Northwind Data\nAnalytics Team\n",
            False,
            [],
        ),
        # a line of 39 characters is a letterhead field; one of 40 is wrapped prose
        (
            "Northwind Analytics",
            "\nWith thanks to the team, Northwind Data\nAnalytics Team",
            False,
            [],
        ),
        (
            "Northwind Analytics",
            "\nWith thanks to the staff, Northwind Data\nAnalytics Team",
            False,
            [Span(27, "Northwind Data\nAnalytics")],
        ),
    ],
)
def test_runs_of_name_words(company: str, text: str, exact: bool, others: list[Span]) -> None:
    assert _company_mentions(text, company) == (exact, others)


def test_one_letter_checked_against_two_names() -> None:
    letter = parse("Dear Dana,\n\nI enjoyed meeting the Hart and Mills team.\n")
    assert company_mentions(letter, "Hart & Mills") == (False, [Span(34, "Hart and Mills")])
    assert company_mentions(letter, "Northwind Analytics") == (False, [])
