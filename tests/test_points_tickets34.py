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
