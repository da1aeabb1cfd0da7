"""Atomic writes: the file's permissions are those of a normally written file."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from composer.files import current_umask, write_text_atomic

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_file_gets_the_umask_mode_not_a_private_one(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        write_text_atomic(tmp_path / "letter.txt", "Dear Dana,\n")
    finally:
        os.umask(old)
    assert _mode(tmp_path / "letter.txt") == 0o644


def test_a_stricter_umask_is_respected(tmp_path: Path) -> None:
    old = os.umask(0o077)
    try:
        write_text_atomic(tmp_path / "letter.txt", "Dear Dana,\n")
    finally:
        os.umask(old)
    assert _mode(tmp_path / "letter.txt") == 0o600


def test_overwriting_keeps_the_mode_of_the_file_replaced(tmp_path: Path) -> None:
    target = tmp_path / "notes.json"
    target.write_text("{}", encoding="utf-8")
    target.chmod(0o640)
    write_text_atomic(target, '{"a": 1}', force=True)
    assert target.read_text(encoding="utf-8") == '{"a": 1}'
    assert _mode(target) == 0o640


def test_a_file_in_the_way_of_the_folder_is_named(tmp_path: Path) -> None:
    (tmp_path / "letter.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(NotADirectoryError, match=r"letter\.txt is a file, not a folder"):
        write_text_atomic(tmp_path / "letter.txt" / "dana.txt", "Dear Dana,\n")
    assert (tmp_path / "letter.txt").read_text(encoding="utf-8") == "mine"


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux /proc")
def test_the_umask_is_read_without_being_changed(monkeypatch: pytest.MonkeyPatch) -> None:
    # Setting the umask to read it would give another writer thread's new folder other
    # permissions for that moment (batch --jobs): on Linux it is read from /proc instead.
    old = os.umask(0o027)
    try:

        def no_change(mask: int) -> int:
            raise AssertionError("the umask was changed to read it")

        monkeypatch.setattr(os, "umask", no_change)
        assert current_umask() == 0o027
    finally:
        monkeypatch.undo()
        os.umask(old)
