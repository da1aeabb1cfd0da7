"""Choosing an English dialect for proofreading: compose(), check and the three commands.

Only American and British are used: each dialect's checker takes about a second to build.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import composer.cli.composing as compose_cli
import composer.rules.proofread as proofreader
from composer.cli import app
from composer.compose import compose
from composer.errors import InputError
from composer.models import Notes
from tests.conftest import EXAMPLES, ROOT
from tests.test_compose import Scripted

pytest.importorskip("harper")

runner = CliRunner()
WARM = str(EXAMPLES / "warm_email.json")
CLEAN = (ROOT / "tests" / "corpus" / "good" / "warm_email_dana.txt").read_text(encoding="utf-8")
SENTENCE = "I know how delicate a migration like that can be."
BRITISH = CLEAN.replace(
    SENTENCE, SENTENCE[:-1] + ", and how much the behaviour of every report matters."
)
AMERICAN = BRITISH.replace("behaviour", "behavior")


def test_the_letters_differ_only_in_one_spelling() -> None:
    assert BRITISH != CLEAN and AMERICAN.replace("behavior", "behaviour") == BRITISH


def test_without_a_dialect_british_spelling_passes_proofreading(warm_notes: Notes) -> None:
    backend = Scripted([BRITISH, AMERICAN])
    [letter] = compose(warm_notes, backend=backend, proofread=True)
    assert letter.attempts == 1 and letter.text == BRITISH.strip()
    assert letter.report.violations == ()


def test_a_chosen_dialect_reasks_with_the_other_spelling(warm_notes: Notes) -> None:
    backend = Scripted([BRITISH, AMERICAN])
    [letter] = compose(warm_notes, backend=backend, dialect="american")  # implies proofread
    assert letter.attempts == 2 and letter.text == AMERICAN.strip()
    assert letter.report.violations == ()
    assert [(v.rule, v.quote) for v in backend.requests[1].violations] == [
        ("proofread", "behaviour")
    ]


def test_british_dialect_keeps_the_british_draft(warm_notes: Notes) -> None:
    backend = Scripted([AMERICAN, BRITISH])
    [letter] = compose(warm_notes, backend=backend, dialect="en-GB")
    assert letter.attempts == 2 and letter.text == BRITISH.strip()
    assert [v.quote for v in backend.requests[1].violations] == ["behavior"]
    # The backend is asked for that spelling by the dialect's own name, on every draft.
    assert [r.dialect for r in backend.requests] == ["british", "british"]


def test_without_a_dialect_the_backend_is_asked_for_none(warm_notes: Notes) -> None:
    backend = Scripted([CLEAN])
    compose(warm_notes, backend=backend, proofread=True)
    assert [r.dialect for r in backend.requests] == [None]


def test_an_unknown_dialect_fails_before_any_draft(warm_notes: Notes) -> None:
    backend = Scripted([CLEAN])
    with pytest.raises(InputError, match=r"klingon.*american, british"):
        compose(warm_notes, backend=backend, dialect="klingon")
    assert backend.requests == []


# -- thankyou check --------------------------------------------------------------------------


@pytest.fixture
def british_letter(tmp_path: Path) -> str:
    path = tmp_path / "letter.txt"
    path.write_text(BRITISH, encoding="utf-8")
    return str(path)


def check(letter: str, *extra: str) -> Any:
    return runner.invoke(app, ["check", letter, "--notes", WARM, *extra])


def test_check_accepts_either_spelling_by_default(british_letter: str) -> None:
    result = check(british_letter)
    assert result.exit_code == 0 and "[proofread]" not in result.stdout


def test_check_with_a_dialect_reports_the_other_spelling(british_letter: str) -> None:
    american = check(british_letter, "--dialect", "american")
    assert american.exit_code == 0  # a warning, not an error
    assert "warning [proofread]" in american.stdout and '"behaviour"' in american.stdout
    for same in ("british", "en-GB", " UK "):
        result = check(british_letter, "--dialect", same)
        assert result.exit_code == 0 and "[proofread]" not in result.stdout, same


def test_check_refuses_a_bad_dialect(british_letter: str) -> None:
    result = check(british_letter, "--dialect", "klingon")
    assert result.exit_code == 2
    assert "--dialect" in result.stderr and "american, british" in result.stderr
    assert result.stdout == ""


def test_check_refuses_a_dialect_with_no_proofread(british_letter: str) -> None:
    result = check(british_letter, "--dialect", "british", "--no-proofread")
    assert result.exit_code == 2 and "--dialect" in result.stderr


def test_check_with_a_dialect_needs_the_extra(
    british_letter: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(proofreader, "available", lambda: False)
    result = check(british_letter, "--dialect", "british")
    assert result.exit_code == 2
    assert "--dialect needs the proofread extra" in result.stderr
    assert "pip install 'thankyou-composer[proofread]'" in result.stderr


# -- thankyou compose and thankyou interview ----------------------------------------------------


@pytest.fixture
def seen(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """The keyword arguments of every compose() the commands make (the real one still runs)."""
    calls: list[dict[str, Any]] = []
    real = compose_cli.compose

    def spy(notes: Notes, **kwargs: Any) -> Any:
        calls.append(kwargs)
        return real(notes, **kwargs)

    monkeypatch.setattr(compose_cli, "compose", spy)
    return calls


def test_compose_passes_the_dialect_by_its_name(seen: list[dict[str, Any]]) -> None:
    result = runner.invoke(
        app, ["compose", WARM, "--backend", "offline", "--dialect", "en-gb", "--format", "json"]
    )
    assert result.exit_code == 0, result.stderr
    assert [call["dialect"] for call in seen] == ["british"]
    assert '"ok": true' in result.stdout
    plain = runner.invoke(app, ["compose", WARM, "--backend", "offline"])
    assert plain.exit_code == 0 and seen[1]["dialect"] is None


def test_compose_refuses_a_bad_dialect(seen: list[dict[str, Any]]) -> None:
    result = runner.invoke(app, ["compose", WARM, "--dialect", "martian"])
    assert result.exit_code == 2 and "martian" in result.stderr
    assert seen == [] and result.stdout == ""


def test_interview_passes_the_dialect(
    seen: list[dict[str, Any]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    # A fixed --today after the example's interview date: the prefilled date is accepted on any
    # machine, whatever its clock says.
    args = ["interview", "--backend", "offline", "--from", WARM, "--dialect", "us"]
    args += ["--today", "2026-11-25"]
    result = runner.invoke(app, args, input="\n" * 200)
    assert result.exit_code == 0, result.stderr
    assert [call["dialect"] for call in seen] == ["american"]


def test_interview_refuses_a_bad_dialect_before_any_question(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["interview", "--dialect", "martian"], input="Priya\n")
    assert result.exit_code == 2 and "martian" in result.stderr
    assert "Priya" not in result.stderr and list(tmp_path.iterdir()) == []
