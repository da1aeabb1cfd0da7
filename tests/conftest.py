"""Shared fixtures. No test may reach a real model service: the environment is scrubbed."""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
import signal
import socket
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import HealthCheck, settings

from composer import dates
from composer.models import Notes
from composer.notes_file import load_notes

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

# Hypothesis profiles. "ci" is derandomised (a fixed seed, no example database) so a CI run is
# reproducible: the same examples every time. "dev" (the local default) draws new examples each run
# and remembers failures in .hypothesis/. "explore" is a longer local hunt. Pick one with
# HYPOTHESIS_PROFILE=NAME or pytest's --hypothesis-profile=NAME; CI=true selects "ci". A failure
# found by any profile is pinned with @example on its test so every profile runs it from then on.
_COMMON = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow]}
settings.register_profile("ci", derandomize=True, database=None, max_examples=100, **_COMMON)
settings.register_profile("dev", max_examples=100, **_COMMON)
settings.register_profile("explore", max_examples=2000, **_COMMON)


def hypothesis_profile(env: Mapping[str, str]) -> str:
    """The profile named by HYPOTHESIS_PROFILE, else "ci" under CI, else "dev"."""
    named = env.get("HYPOTHESIS_PROFILE", "").strip()
    if named:
        return named
    if env.get("CI", "").strip().lower() not in ("", "0", "false", "no"):
        return "ci"
    return "dev"


settings.load_profile(hypothesis_profile(os.environ))


@pytest.fixture(autouse=True)
def _no_real_model_service(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "THANKYOU_MODEL", "THANKYOU_DEBUG"):
        monkeypatch.delenv(name, raising=False)


# The day the tests' expectations were written against. It is "today" for every test that does
# not give its own (`today=`, `--today`): read through `dates.local_today`, so no test passes or
# fails by the machine's clock (a clock before an example's interview date would make compose
# refuse the notes). Tests run in a child process read the real clock and pass --today.
TEST_TODAY = dt.date(2026, 12, 2)


@pytest.fixture(autouse=True)
def _fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dates, "local_today", lambda: TEST_TODAY)


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


@pytest.fixture
def refused_url() -> Iterator[str]:
    """A 127.0.0.1 URL that refuses connections for the whole test: the port is held by a socket
    bound without listening, so nothing else can take it and a connect gets "refused"."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        yield f"http://127.0.0.1:{port}/v1"


def default_sigint() -> None:
    """For a test's child process, before exec: Ctrl-C interrupts it, whatever disposition pytest
    was started with. A runner started in the background (`cmd &`, some CI wrappers) ignores
    SIGINT; the child would inherit that, and Python installs no KeyboardInterrupt handler for an
    ignored signal."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def load_benchmark(name: str) -> ModuleType:
    """The script benchmarks/NAME.py as a module (its table and readings are what some tests
    check), with benchmarks/ importable for the helpers it shares with its siblings."""
    folder = str(ROOT / "benchmarks")
    if folder not in sys.path:
        sys.path.append(folder)
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # a dataclass of the script looks its module up by name
    spec.loader.exec_module(module)
    return module
