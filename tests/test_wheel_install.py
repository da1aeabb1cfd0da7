"""The built wheel, installed non-editable in a fresh venv, works from another folder.

This is what catches data files (prompts/) missing from the wheel.
"""

from __future__ import annotations

import json
import site
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, ROOT

pytestmark = pytest.mark.slow


def _run(cmd: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=300, check=False)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv holding only the built wheel; its dependencies come from this environment."""
    work = tmp_path_factory.mktemp("wheel")
    built = _run([sys.executable, "-m", "hatchling", "build", "-t", "wheel", "-d", str(work)], ROOT)
    assert built.returncode == 0, built.stderr
    wheel = next(work.glob("thankyou_composer-*.whl"))
    env = work / "venv"
    venv.EnvBuilder(with_pip=False).create(env)
    bindir = env / ("Scripts" if sys.platform == "win32" else "bin")
    target = Path(sysconfig.get_path("purelib", vars={"base": str(env), "platbase": str(env)}))
    # Dependencies (openai, pydantic, ...) are read from this environment's site-packages; the
    # editable install of composer is not, because a path in a .pth file does not run that
    # folder's own .pth files.
    (target / "deps.pth").write_text("\n".join(site.getsitepackages()) + "\n", encoding="utf-8")
    pip = _run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(bindir / "python"),
            "install",
            "--no-deps",
            "--no-index",
            "--quiet",
            str(wheel),
        ],
        work,
    )
    assert pip.returncode == 0, pip.stderr
    return bindir


def test_wheel_holds_the_prompts(installed: Path, tmp_path: Path) -> None:
    code = (
        "import composer, pathlib, importlib.resources as r\n"
        "print(composer.__file__)\n"
        "names = sorted(p.name for p in r.files('composer').joinpath('prompts').iterdir())\n"
        "print(','.join(names))\n"
    )
    result = _run([str(installed / "python"), "-c", code], tmp_path)
    assert result.returncode == 0, result.stderr
    location, names = result.stdout.strip().splitlines()
    assert str(ROOT) not in location, "imported the source tree, not the wheel"
    prompt_files = {p.name for p in (ROOT / "prompts").glob("*.md")}
    assert prompt_files and prompt_files <= set(names.split(","))


def test_installed_command_runs_from_another_folder(installed: Path, tmp_path: Path) -> None:
    version = _run([str(installed / "thankyou"), "--version"], tmp_path)
    assert version.returncode == 0, version.stderr
    assert version.stdout.startswith("thankyou ")
    init = _run([str(installed / "thankyou"), "init", "notes.json"], tmp_path)
    assert init.returncode == 0, init.stderr
    assert json.loads((tmp_path / "notes.json").read_text(encoding="utf-8"))["company"]


def test_installed_compose_loads_every_prompt(installed: Path, tmp_path: Path) -> None:
    notes = EXAMPLES / "warm_email.json"
    shown = _run(
        [
            str(installed / "thankyou"),
            "compose",
            str(notes),
            "--backend",
            "openai",
            "--show-prompt",
            "--api-key",
            "sk-test-not-used",
            "--today",
            "2026-12-02",
        ],
        tmp_path,
    )
    assert shown.returncode == 0, shown.stderr
    assert "Dana Whitfield" in shown.stdout
    composed = _run(
        # a child process reads the real clock: the day is given
        [
            *(str(installed / "thankyou"), "compose", str(notes), "--backend", "offline"),
            *("--today", "2026-12-02"),
        ],
        tmp_path,
    )
    assert composed.returncode == 0, composed.stderr
    assert "Priya Raman" in composed.stdout
