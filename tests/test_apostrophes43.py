"""Session 43: contractions typed bare read by the word after them, "go" + a doing with its
object said as the verb, and "a"/"an" before a figure or initials said as they are read aloud.
Every expected string is written by hand."""

import pytest

from composer.offline import lexicon
from composer.offline.apostrophes import spelled
from composer.offline.shorthand import expand


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("staying calm at the desk when its busy", "staying calm at the desk when it's busy"),
        ("when its a long day", "when it's a long day"),
        ("its not ready", "it's not ready"),
        ("Its been a slow year", "It's been a slow year"),
        ("what id do if they cant pay", "what I'd do if they can't pay"),
        ("wont be there", "won't be there"),
        # the possessive and the word stay
        ("its own team", "its own team"),
        ("the firm and its new premises", "the firm and its new premises"),
        ("its running costs", "its running costs"),
        ("its two sites", "its two sites"),
        ("a result with its number if it had one", "a result with its number if it had one"),
        ("without its subject after a clause", "without its subject after a clause"),
        ("a result with its number joined by and", "a result with its number joined by and"),
        ("when its quiet", "when it's quiet"),
        ("at its last CQC inspection", "at its last CQC inspection"),
        ("photo id check", "photo id check"),
        ("said id talk to them calmly", "said I'd talk to them calmly"),
        ("meant to say id check the car", "meant to say I'd check the car"),
    ],
)
def test_a_bare_contraction_is_read_by_the_word_after_it(typed: str, said: str) -> None:
    assert spelled(typed) == said


def test_go_and_a_doing_with_an_object_is_the_verb() -> None:
    assert spelled("asked how I'd go diagnosing a no-crank") == "asked how I'd diagnose a no-crank"
    assert spelled("we go fishing most weekends") == "we go fishing most weekends"
    assert spelled("how I would go fishing for trout") == "how I would go fishing for trout"


def test_a_form_that_is_no_word_gets_its_apostrophe() -> None:
    said = expand("i did the 2 schools in kerikeri for Totara, thats commercial")
    assert said.endswith("for Totara, that's commercial")
    assert expand("whats next for the team") == "what's next for the team"


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("on a 8R with no codes", "on an 8R with no codes"),
        ("a MRI safety course", "an MRI safety course"),
        ("an UX lead", "a UX lead"),
        ("A 11 week block", "An 11-week block"),
        ("a 110 bed hospital", "a 110-bed hospital"),
        ("a 18 month contract", "an 18-month contract"),
        ("a A-level", "an A-level"),
        ("a NASA grant", "a NASA grant"),
        ("a US client", "a US client"),
    ],
)
def test_an_article_before_a_figure_or_initials_is_the_one_said(typed: str, said: str) -> None:
    assert expand(typed) == said


def test_a_figure_from_eleven_or_eighteen_by_its_length() -> None:
    assert lexicon.article("180-degree") == "a"
    assert lexicon.article("1800s") == "an"
    assert lexicon.article("11,000-litre") == "an"
    assert lexicon.article("110,000") == "a"
    assert lexicon.article("8R") == "an"


def test_a_contraction_of_it_is_no_owner_in_a_contribution() -> None:
    from composer.offline.offer import read_offer

    offer = read_offer("real local knowledge of lisbon + staying calm at the desk when its busy")
    assert offer is not None
    assert offer.text.endswith("stay calm at the desk when it's busy")


def test_something_typed_short_is_spelled_out() -> None:
    said = expand("asked how i prioritise when MD + 5 ppl all want smth urgent")
    assert said.endswith("all want something urgent")


def test_a_negative_whose_verb_changes_is_english_to_the_gate() -> None:
    from composer.offline.notewords import unknown_word

    assert unknown_word("You asked how I would scan a child who can't keep still.") == ""
    assert unknown_word("It won't be a problem.") == ""
