"""The shared pieces that replaced duplicated logic (session 44, mends): each serves every
place that wrote it before. Expectations written by hand."""

import pytest

from composer.english import ends_on_abbreviation
from composer.offline.answervoice import bare_articled, steps_joined
from tests.conftest import load_benchmark

LINKS = load_benchmark("links_made")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the question Dr.", True),  # "Dr. Mehta asked ...": no cut after "Dr."
        ("about approx.", True),
        ("a test, e.g.", True),
        ("on Main St.", True),
        ("she asked about nights.", False),  # a sentence's own stop
        ("I said yes;", False),
        ("", False),
    ],
)
def test_ends_on_abbreviation(text: str, expected: bool) -> None:
    assert ends_on_abbreviation(text) is expected


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        (["ground it", "log it", "tell the S&TA"], "ground it, log it and tell the S&TA"),
        (
            ["call them first", "then update the customer"],
            "call them first, then update the customer",
        ),
        (["kept calm", "got the purser"], "kept calm and got the purser"),
        (["listened first"], "listened first"),
        ([], ""),
    ],
)
def test_steps_joined(parts: list[str], expected: str) -> None:
    assert steps_joined(parts) == expected


@pytest.mark.parametrize(
    ("part", "expected"),
    [
        ("gas leak", "a gas leak"),
        ("angry parent", "an angry parent"),
        ("kids fighting in the yard", "kids fighting in the yard"),  # a plural: no article
        ("handling a refund", "handling a refund"),  # a doing
        ("Bosman ferment", "Bosman ferment"),  # a name
        ("2 sites", "2 sites"),
        ("the night shift", "the night shift"),
        ("", ""),
    ],
)
def test_bare_articled(part: str, expected: str) -> None:
    assert bare_articled(part) == expected


@pytest.mark.parametrize(
    ("sentence", "frame"),
    [
        # the phrasebook's "With {topic} in mind, ..." (a comma after "mind")
        ("With the on-call load in mind, I would offer the team calmer rotas.", "as_for"),
        ("As for the rota, I have covered nights for two years.", "as_for"),
        ("On that front, I hold a forklift licence.", "same"),
        ("I ran the Leeds depot; I would put that to work here.", "link"),
        ("Beyond that, I mentor two apprentices.", "more"),
        ("I also mentor two apprentices.", None),  # a point said plainly: no link words
    ],
)
def test_links_made_frames(sentence: str, frame: str | None) -> None:
    found = next((f for f, pattern in LINKS.FRAMES.items() if pattern.search(sentence)), None)
    assert found == frame


def test_links_made_reads_sentences_as_the_checks_do() -> None:
    letter = (
        "Dear Ms. Osei,\n\nThank you for your time on Tuesday. On that point, Dr. Lee and I"
        " ran the audit together.\n\nBest regards,\nSam Reid\n"
    )
    assert LINKS.body(letter) == [
        "Thank you for your time on Tuesday.",
        "On that point, Dr. Lee and I ran the audit together.",
    ]
