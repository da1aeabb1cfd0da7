"""What `--out` may replace: a regular file (with --force) or a symlink to one, and nothing else.

Every refusal happens before any letter is written, so a bad target costs no model call.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from composer.cli import app
from composer.files import FileExists, NotARegularFile, check_target, write_bytes_atomic
from tests.conftest import EXAMPLES

runner = CliRunner()
WARM = str(EXAMPLES / "warm_email.json")
PANEL = str(EXAMPLES / "panel_three.json")


def compose(*args: str) -> Result:
    return runner.invoke(app, ["compose", *args, "--today", "2026-11-25"])


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def special_file(tmp_path: Path) -> Path:
    """A real device node (a copy of /dev/null's) when the test runs as root, else a FIFO."""
    path = tmp_path / "special.txt"
    if os.geteuid() == 0:
        try:
            os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))
            return path
        except OSError:  # a container without the right to make devices
            pass
    os.mkfifo(path)
    return path


def assert_refused_before_any_work(result: Result) -> None:
    assert result.exit_code == 2, result.stderr
    assert result.stdout == ""
    assert "Letter to" not in result.stderr and "Wrote" not in result.stderr
    assert "Traceback" not in result.stderr


def test_out_never_replaces_a_device_or_fifo_even_with_force(tmp_path: Path) -> None:
    target = special_file(tmp_path)
    kind = stat.S_IFMT(target.lstat().st_mode)
    result = compose(WARM, "--out", str(target), "--force")
    assert_refused_before_any_work(result)
    assert "not a regular file" in result.stderr and str(target) in result.stderr
    assert stat.S_IFMT(target.lstat().st_mode) == kind  # still the device / FIFO
    assert [p.name for p in tmp_path.iterdir()] == ["special.txt"]  # no temporary file left


def test_out_fifo_is_refused_without_force_too(tmp_path: Path) -> None:
    fifo = tmp_path / "letter.txt"
    os.mkfifo(fifo)
    result = compose(WARM, "--out", str(fifo))
    assert_refused_before_any_work(result)
    assert "named pipe" in result.stderr
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_out_in_a_folder_refuses_a_fifo_with_an_interviewers_name(tmp_path: Path) -> None:
    folder = tmp_path / "drafts"
    folder.mkdir()
    os.mkfifo(folder / "kjetil-olstad.txt")
    result = compose(PANEL, "--out", f"{folder}/", "--force")
    assert_refused_before_any_work(result)
    assert sorted(p.name for p in folder.iterdir()) == ["kjetil-olstad.txt"]


def test_out_symlink_to_a_file_is_replaced_never_followed(tmp_path: Path) -> None:
    precious = tmp_path / "precious.txt"
    precious.write_text("my own words\n", encoding="utf-8")
    link = tmp_path / "letter.txt"
    link.symlink_to(precious)
    refused = compose(WARM, "--out", str(link))
    assert refused.exit_code == 2 and "already exists" in refused.stderr
    result = compose(WARM, "--out", str(link), "--force")
    assert result.exit_code == 0, result.stderr
    assert not link.is_symlink()
    assert "Dear Ms. Whitfield," in link.read_text(encoding="utf-8")
    assert precious.read_text(encoding="utf-8") == "my own words\n"


def test_out_dangling_symlink_is_found_before_composing(tmp_path: Path) -> None:
    link = tmp_path / "letter.txt"
    link.symlink_to(tmp_path / "nowhere" / "target.txt")
    for force in ([], ["--force"]):
        result = compose(WARM, "--out", str(link), *force)
        assert_refused_before_any_work(result)
        assert "dangling" in result.stderr
    assert link.is_symlink() and not (tmp_path / "nowhere").exists()


def test_out_symlink_to_a_folder_is_not_a_file_to_replace(tmp_path: Path) -> None:
    folder = tmp_path / "real"
    folder.mkdir()
    link = tmp_path / "letter.txt"
    link.symlink_to(folder)
    with pytest.raises(NotARegularFile, match="a folder"):
        check_target(link, force=True)


def test_new_files_get_normal_permissions(tmp_path: Path, umask_022: None) -> None:
    target = tmp_path / "letter.txt"
    result = compose(WARM, "--out", str(target))
    assert result.exit_code == 0, result.stderr
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_force_drops_setuid_setgid_and_execute_bits(tmp_path: Path) -> None:
    target = tmp_path / "letter.txt"
    target.write_text("old\n", encoding="utf-8")
    os.chmod(target, 0o6775)
    result = compose(WARM, "--out", str(target), "--force")
    assert result.exit_code == 0, result.stderr
    assert stat.S_IMODE(target.stat().st_mode) == 0o664  # read/write kept, the rest dropped


def test_write_bytes_atomic_refuses_a_fifo_and_a_file_without_force(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(NotARegularFile):
        write_bytes_atomic(fifo, b"x", force=True)
    plain = tmp_path / "plain"
    plain.write_bytes(b"keep")
    with pytest.raises(FileExists):
        write_bytes_atomic(plain, b"x")
    assert plain.read_bytes() == b"keep"


def test_out_dash_is_stdout_never_a_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for args in ([WARM], [PANEL]):
        result = compose(*args, "--out", "-")
        assert result.exit_code == 0, result.stderr
        assert result.stdout.count("Subject: ") == (3 if args == [PANEL] else 1)
        assert "Wrote" not in result.stderr
    assert list(tmp_path.iterdir()) == []
