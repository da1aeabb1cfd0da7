"""A ticket is a credential held ("I hold a forklift ticket"), and a credential named by what it
lets the holder do is held, not experience ("working at heights ticket" was "I have experience
working at heights ticket"). Lines made up for the test; expected sentences written by hand."""

from __future__ import annotations

import pytest

from composer.offline.items import Kind, read_point


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("working at heights ticket", "I hold a working at heights ticket."),
        ("confined spaces ticket", "I hold a confined spaces ticket."),
        ("slinging and signalling ticket", "I hold a slinging and signalling ticket."),
        ("manual handling certificate", "I hold a manual handling certificate."),
        ("Operating Plant card", "I hold an Operating Plant card."),
    ],
)
def test_a_ticket_or_a_credential_named_by_its_doing_is_held(line: str, said: str) -> None:
    read = read_point(line)
    assert read.kind is Kind.HELD
    assert read.sentence() == said


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("cooking for 200 covers", "I have experience cooking for 200 covers."),
        ("leading the safety card scheme", "I have experience leading the safety card scheme."),
    ],
)
def test_a_gerund_line_ending_on_no_credential_is_still_experience(line: str, said: str) -> None:
    assert read_point(line).sentence() == said


@pytest.mark.parametrize("line", ["support ticket", "season ticket", "bug ticket"])
def test_a_ticket_that_is_no_credential_is_not_held(line: str) -> None:
    read = read_point(line)
    assert read.said is None or not read.sentence().startswith("I hold")


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("IPAF 3a 3b", "I hold IPAF 3a and 3b."),
        ("CPCS A40, A59", "I hold CPCS A40 and A59."),
        ("PASMA 1b + 3b", "I hold PASMA 1b and 3b."),
    ],
)
def test_a_card_named_by_its_body_and_categories_is_held(line: str, said: str) -> None:
    # it was "I have experience with IPAF 3a 3b." (the gate helper's held-out g1)
    assert read_point(line).sentence() == said


def test_one_code_alone_may_be_a_version_and_is_not_read_as_categories() -> None:
    read = read_point("Python 3")
    assert read.said is None or not read.sentence().startswith("I hold")
