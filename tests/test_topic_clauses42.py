"""Topics typed as a clause with a singular subject, a quantity first, or a change "X -> Y".

"I was glad we covered QA sits inside squads." read a finite clause where a noun phrase goes;
"Our exchange about lots of dementia clients" kept the note's quantity; "migrating selenium ->
playwright" lost what it moved to. Expected texts are written by hand; the lines are made up
(of other trades) besides the two scout lines quoted in the scout 43 report.
"""

from __future__ import annotations

import pytest

from composer.offline.topics import read_topic


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("QA sits inside squads, no separate qa team", "how QA sits inside squads"),
        ("the depot runs two shifts in winter", "how the depot runs two shifts in winter"),
        ("night team covers the wards", "how the night team covers the wards"),
        ("night team covers 3 wards", "how the night team covers three wards"),
        ("night rota rotates every 6 weeks", "how the night rota rotates every six weeks"),
    ],
)
def test_a_singular_subject_and_its_verb_is_said_after_how(line: str, said: str) -> None:
    assert read_topic(line).text == said


@pytest.mark.parametrize(
    "line",
    [
        "site visits every week",
        "rota changes in March",
        "safety checks on Mondays",
        "lease expires next yr",
        "shift handover takes 40 mins",
        "stock turn sits at 9 weeks",
    ],
)
def test_a_plural_noun_after_a_noun_stays_a_compound(line: str) -> None:
    assert not read_topic(line).text.startswith("how")


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("lots of dementia clients, sundowning in the evening visits", "the many dementia clients"),
        ("loads of night calls from care homes", "the many night calls from care homes"),
        ("a lot of overtime in winter", "the amount of overtime in winter"),
    ],
)
def test_a_quantity_typed_first_is_the_many(line: str, said: str) -> None:
    assert read_topic(line).text == said


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("migrating paper job cards -> tablets", "the move from paper job cards to tablets"),
        ("moving paper rotas -> an app next year", "the move from paper rotas to an app next year"),
        ("upgrading tills -> contactless readers", "the upgrade from tills to contactless readers"),
    ],
)
def test_a_gerund_of_change_before_an_arrow_is_the_change(line: str, said: str) -> None:
    assert read_topic(line).text == said


def test_an_arrow_after_another_gerund_is_still_an_answer() -> None:
    found = read_topic("discussing weekend cover -> said 1 in 3 is fine")
    assert "from" not in found.text


def test_a_change_between_bare_lower_case_words_is_left_out() -> None:
    found = read_topic("migrating selenium -> playwright")
    assert found.text == "" and "could not be said" in found.why


@pytest.mark.parametrize(
    "line", ["writing release notes that customers read", "the memory boxes that families keep"]
)
def test_a_plural_before_that_is_no_clause(line: str) -> None:
    assert not read_topic(line).text.startswith("how")
