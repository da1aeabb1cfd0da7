"""A panel letter under its minimum says its own reader's second topic before it takes a point a
colleague's letter carries, and never says a point twice (panel30; reader 10: Catherine Wu's
letter took the termbase that answers Hannah Goldberg-Reyes's topic, so two letters carried it).
Each expectation is reasoned as the candidate would want it, never copied from output."""

from __future__ import annotations

from pathlib import Path

from tests.fakes import letters_day_after

READERS = Path(__file__).parent / "corpus" / "readers"


def test_a_short_letter_names_its_second_topic_not_a_colleagues_point() -> None:
    # h82: three readers, two points the letters can say. The termbase answers Hannah's
    # termbase topic, so it stays out of Catherine's letter. (Since session 30 her letter also
    # says "we both did the MIIS MA", which takes it to its minimum without her second topic.)
    for tone in ("formal", "concise"):
        wu, _ibarra, hannah = letters_day_after(READERS / "reader10" / "h82.json", tone=tone)
        assert "termbase" not in wu, tone
        assert "both did the MIIS MA" in wu, tone
        assert "termbase for a client" in hannah, tone


def test_a_point_is_said_once_in_a_letter() -> None:
    # h15: a letter under its minimum adds the points it left out; the driving assessment,
    # once added, is not added again when the letter looks for more.
    for tone in ("warm", "formal", "concise"):
        for channel in ("email", "letter"):
            for text in letters_day_after(READERS / "h15.json", tone=tone, channel=channel):
                assert text.count("driving assessment") <= 1, (tone, channel)
