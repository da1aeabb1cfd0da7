"""Shared fixtures. No test may reach a real model service: the environment is scrubbed."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from composer.models import Notes
from composer.notes_file import load_notes

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

settings.register_profile(
    "default", deadline=None, suppress_health_check=[HealthCheck.too_slow], max_examples=100
)
settings.load_profile("default")


@pytest.fixture(autouse=True)
def _no_real_model_service(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "THANKYOU_MODEL", "THANKYOU_DEBUG"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture
def warm_notes() -> Notes:
    return load_notes(EXAMPLES / "warm_email.json")


@pytest.fixture
def panel_notes() -> Notes:
    return load_notes(EXAMPLES / "panel_three.json")


def example_files() -> list[Path]:
    """Every notes file under examples/."""
    return sorted(EXAMPLES.glob("*.json"))
