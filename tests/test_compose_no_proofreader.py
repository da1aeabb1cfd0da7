"""Asking compose to proofread without the proofread extra fails up front, before any draft.

The extra is made to look absent the way a missing install looks: `import harper` fails.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from typer.testing import CliRunner

from composer.cli import app
from composer.compose import compose
from composer.errors import InputError
from composer.models import Notes
from composer.rules import proofread
from tests.conftest import EXAMPLES
from tests.test_compose import Scripted

runner = CliRunner()
WARM = str(EXAMPLES / "warm_email.json")
HINT = "pip install 'thankyou-composer[proofread]'"


@pytest.fixture
def no_harper(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """As if the proofread extra were not installed (a checker built earlier is not used)."""
    monkeypatch.setitem(sys.modules, "harper", None)
    proofread._import_harper.cache_clear()
    assert not proofread.available()
    yield
    proofread._import_harper.cache_clear()


@pytest.mark.usefixtures("no_harper")
@pytest.mark.parametrize("asked", [{"proofread": True}, {"dialect": "british"}])
def test_the_library_refuses_before_asking_for_a_draft(
    warm_notes: Notes, asked: dict[str, object]
) -> None:
    backend = Scripted(["Dear Ms. Whitfield,\n\nThank you.\n\nBest regards,\nPriya Raman"])
    with pytest.raises(
        InputError, match=r"`(proofread|dialect)` needs the proofread extra"
    ) as caught:
        compose(warm_notes, backend=backend, **asked)  # type: ignore[arg-type]
    assert HINT in str(caught.value)
    assert backend.requests == []


@pytest.mark.usefixtures("no_harper")
def test_without_proofreading_the_library_composes_as_before(warm_notes: Notes) -> None:
    [letter] = compose(warm_notes)
    assert letter.ok


@pytest.mark.usefixtures("no_harper")
@pytest.mark.parametrize("option", [["--proofread"], ["--dialect", "en-GB"]])
def test_compose_exits_2_with_the_hint_and_no_model_call(
    httpserver: HTTPServer, option: list[str]
) -> None:
    args = ["compose", WARM, "--backend", "openai", "--base-url", httpserver.url_for("/v1")]
    result = runner.invoke(app, [*args, "--api-key", "k", *option])
    assert result.exit_code == 2
    assert f"error: {option[0]} needs the proofread extra" in result.stderr
    assert HINT in result.stderr
    assert "Writing with model" not in result.stderr and result.stdout == ""
    assert httpserver.log == []


@pytest.mark.usefixtures("no_harper")
def test_compose_without_proofread_and_show_prompt_need_no_extra() -> None:
    assert runner.invoke(app, ["compose", WARM, "--backend", "offline"]).exit_code == 0
    shown = runner.invoke(app, ["compose", WARM, "--show-prompt", "--dialect", "british"])
    assert shown.exit_code == 0 and "Use British spelling" in shown.stdout


@pytest.mark.usefixtures("no_harper")
def test_interview_refuses_before_the_first_question(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["interview", "--proofread"], input="Priya Raman\n")
    assert result.exit_code == 2
    assert "--proofread needs the proofread extra" in result.stderr and HINT in result.stderr
    assert "Priya Raman" not in result.stderr and list(tmp_path.iterdir()) == []
