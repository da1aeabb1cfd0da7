"""A correction typed by its parts (session 41b): its head ("correction -", "wrong,"), the
figure corrected ("20 mo ... not 16"), its note to self in brackets, a question for later
after it, a weekday slot ("do sats", "every sat, not alternate") and "im" before what the
candidate is. Each sentence below was written by hand."""

from __future__ import annotations

import pytest

from composer.offline.followtidy import not_figure, tidied
from composer.offline.followup import follow_up_line
from tests.fakes import FirstChoice


def _said(line: str) -> str | None:
    return follow_up_line(line, frozenset(), "warm", "email", FirstChoice(""))


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (  # a head that says only "correction", a figure corrected, a note to self in brackets
            "correction - i have 20 mo of PEO acceptable exp not 16 (forgot co-op counts)",
            "One correction: I have 20 months of PEO acceptable experience, not 16.",
        ),
        (  # "wrong," as the head, "til" for "until", the question for later dropped
            "said my D1 runs out soon - wrong, its fine til 2029. also forgot to ask abt staff"
            " accom",
            "One correction: I said my D1 runs out soon, but it is fine until 2029.",
        ),
        (  # "im" before what the candidate is
            "forgot to say im fine w/ sat mornings once a month",
            "One thing I did not get to mention: I am fine with Saturday mornings once a month.",
        ),
        (  # a slot said as a weekday, and the adjective that stands for it
            "said i could do sats - should say i can do every sat, not alternate",
            "One correction: I said I could do Saturdays, but I can do every Saturday, not just"
            " alternate ones.",
        ),
        (  # another trade, another head: "not right," and a count of months
            "said 6 mos on the ward - not right, its 9 months incl bank shifts",
            "One correction: I said six months on the ward, but it is nine months including bank"
            " shifts.",
        ),
    ],
)
def test_a_correction_by_its_parts(line: str, said: str) -> None:
    assert _said(line) == said


@pytest.mark.parametrize(
    ("line", "tidy"),
    [
        ("took im meds round - forgot to say", "took im meds round - forgot to say"),
        ("im working nights til march", "I'm working nights til march"),
        ("said 3 yrs - its 4 (just remembered the temp job)", "said 3 yrs - its 4"),
        ("ask about parking", "ask about parking"),  # the whole line: never dropped
        ("said 40 units - its 45. need to ask re start date", "said 40 units - its 45"),
    ],
)
def test_tidied_parts(line: str, tidy: str) -> None:
    assert tidied(line) == tidy


@pytest.mark.parametrize(
    ("clause", "said"),
    [
        ("i have 20 months of exp not 16", "i have 20 months of exp, not 16"),
        ("i said it is not 5", "i said it is not 5"),  # a verb before "not": no comma
        ("not 5 but 6", "not 5 but 6"),  # no figure before "not"
    ],
)
def test_the_figure_corrected(clause: str, said: str) -> None:
    assert not_figure(clause) == said


def test_a_careful_correction_typed_with_a_small_first_letter_is_said_as_typed() -> None:
    line = (
        "when asked about notice periods I said it was one month; for senior staff it is"
        " actually three months"
    )
    assert _said(line) == (
        "When asked about notice periods I said it was one month; for senior staff it is"
        " actually three months."
    )


def test_a_note_with_a_small_i_is_not_said_as_typed() -> None:
    assert _said("when asked about the deadline i said may; its actually eoj lol") is None
