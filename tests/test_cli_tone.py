"""`thankyou compose --tone`: the letter is written in the tone asked for, not the notes' own."""

from __future__ import annotations

from pathlib import Path
from typing import get_args

from typer.testing import CliRunner

from composer.choices import TONES
from composer.cli import app
from composer.models import Tone

ROOT = Path(__file__).resolve().parent.parent
NOTES = str(ROOT / "examples" / "warm_email.json")  # tone "warm", to "Ms. Whitfield"
runner = CliRunner()


def _compose(*extra: str):  # type: ignore[no-untyped-def]
    return runner.invoke(
        app, ["compose", NOTES, "--backend", "offline", "--today", "2026-11-25", *extra]
    )


def test_the_tones_of_the_option_are_those_of_the_notes_model() -> None:
    assert get_args(Tone) == TONES


def test_tone_overrides_the_notes() -> None:
    warm, formal = _compose(), _compose("--tone", "formal")
    assert warm.exit_code == formal.exit_code == 0, formal.stderr
    # A formal letter signs off "Sincerely," (American notes); the warm one does not.
    assert "\nSincerely," in formal.stdout and "\nSincerely," not in warm.stdout
    assert warm.stdout != formal.stdout


def test_tone_is_read_in_any_case() -> None:
    assert _compose("--tone", "FORMAL").stdout == _compose("--tone", "formal").stdout


def test_an_unknown_tone_is_refused_with_the_choices() -> None:
    result = _compose("--tone", "chirpy")
    assert result.exit_code == 2
    assert "'chirpy'" in result.output and "warm, formal, concise" in result.output
    assert "Traceback" not in result.output
