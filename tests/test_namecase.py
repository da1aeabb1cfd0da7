"""Names typed in lower case and common words typed with a capital (composer/offline/namecase.py),
read by class in every field. Expected text written by hand."""

from __future__ import annotations

import pytest

from composer.offline.items import read_point
from composer.offline.namecase import acronym, ordinary_capital, typed
from composer.offline.rapport import rapport_line
from composer.offline.topics import read_topic


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        # a word after "@" names a place of work
        ("2 yrs cashier @ target", "2 yrs cashier @ Target"),
        ("weekend shifts @ best buy, electronics", "weekend shifts @ Best Buy, electronics"),
        ("3 yrs @ walmart, then asda", "3 yrs @ Walmart, then asda"),
        ("worked @ target", "worked @ Target"),
        # ... but not a situation, a numbered place or an article's phrase
        ("answering emails @ home", "answering emails @ home"),
        ("confined space entry @ lift stations", "confined space entry @ lift stations"),
        ("crew culture @ stn 4", "crew culture @ stn 4"),
        ("3 yrs analyst @ a $2B bank", "3 yrs analyst @ a $2B bank"),
        # acronyms English could not start a word with
        ("volunteered w/ the spca", "volunteered w/ the SPCA"),
        ("coached at the ymca", "coached at the YMCA"),
        ("the ux and ui review", "the UX and UI review"),
        ("grew up near the spa town", "grew up near the spa town"),
        # holidays and shopping days
        ("black friday results", "Black Friday results"),
        ("the mothers day rush", "the Mother's Day rush"),
        ("staffing over ramadan", "staffing over Ramadan"),
        # a title before a media noun, after a verb that recommends
        ("told me to listen to gain grow retain podcast",
         "told me to listen to Gain Grow Retain podcast"),
        ("suggested the trail runner nation podcast", "suggested the Trail Runner Nation podcast"),
        ("recommended the book the culture code", "recommended the book The Culture Code"),
        # a kind of thing, not a title
        ("listens to a true crime podcast", "listens to a true crime podcast"),
        ("the chelsea flower show", "the chelsea flower show"),
        ("recommended the podcast on leadership", "recommended the podcast on leadership"),
        # a plural before "game" after "the" is a team
        ("has tix to the leafs game sat", "has tix to the Leafs game sat"),
        ("the kids game night", "the kids game night"),
        # a product's edition
        ("site migration to shopify plus", "site migration to Shopify Plus"),
        # a given name and a surname before what the place offers
        ("we both did the george brown supply chain cert",
         "we both did the George Brown supply chain cert"),
    ],
)  # fmt: skip
def test_typed_names(note: str, expected: str) -> None:
    assert typed(note) == expected


def test_acronym_by_onset() -> None:
    assert acronym("spca") and acronym("bcit") and acronym("nccer") and acronym("ui")
    assert not acronym("spa") and not acronym("tsai") and not acronym("crm")  # crm: propernames'
    assert not acronym("ok") and not acronym("spree") and not acronym("bday")


def test_ordinary_capital() -> None:
    assert ordinary_capital("Sensory-friendly") and ordinary_capital("Seasonal")
    assert not ordinary_capital("Teams") and not ordinary_capital("Sunday")
    assert not ordinary_capital("Thanksgiving") and not ordinary_capital("Python")


@pytest.mark.parametrize(
    ("topic", "expected"),
    [
        ("Sensory-friendly mornings for autistic visitors",
         "sensory-friendly mornings for autistic visitors"),
        ("Child-inclusive mediation and how I consult children",
         "child-inclusive mediation and how I consult children"),
        ("Seasonal menu changes", "seasonal menu changes"),
        ("black friday results this yr", "Black Friday results this year"),
        ("Sunday brunch service", "Sunday brunch service"),
    ],
)  # fmt: skip
def test_topics_said_mid_sentence(topic: str, expected: str) -> None:
    assert expected in read_topic(topic, frozenset()).text


def test_points_and_personal_notes() -> None:
    point = read_point("2 yrs cashier @ target").said
    assert point is not None and "as a cashier at Target" in point.text()
    who = ["Sam Carter", "Sam"]
    told = rapport_line(
        "told me to listen to gain grow retain podcast", who, tone="warm", channel="email"
    )
    assert "recommending the Gain Grow Retain podcast" in told.text
    book = rapport_line("recommended the book 'refactoring ui'", who, tone="warm", channel="email")
    assert "'Refactoring UI'" in book.text


def test_a_degree_typed_in_lower_case_takes_its_own_capitals() -> None:
    # reader 19 h153: "my msc thesis" was said "my MSC thesis"
    assert typed("my msc thesis on nitrate") == "my MSc thesis on nitrate"
    assert typed("phd supervisor meeting") == "PhD supervisor meeting"
    assert typed("the spca shelter") == "the SPCA shelter"  # an acronym is still in capitals
