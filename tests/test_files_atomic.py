"""Atomic writes in detail: where the temporary file goes, what the errors say, the folders
made on the way, and file systems without hard links."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path
from typing import Any

import pytest

import composer.files as files
from composer.files import FileExists, write_bytes_atomic, write_text_atomic

pytestmark = pytest.mark.skipif(os.name != "posix", reason="hard links")


def test_an_existing_file_is_refused_by_name_and_left_alone(tmp_path: Path) -> None:
    target = tmp_path / "letter.txt"
    target.write_bytes(b"mine")
    with pytest.raises(FileExists) as caught:
        write_bytes_atomic(target, b"new")  # no force by default
    assert str(caught.value) == str(target)
    assert target.read_bytes() == b"mine"
    write_bytes_atomic(target, b"new", force=True)
    assert target.read_bytes() == b"new"


def test_a_file_that_appears_while_writing_is_refused_by_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "letter.txt"
    real_link = os.link

    def someone_else_first(src: str, dst: str) -> None:
        Path(dst).write_bytes(b"theirs")
        real_link(src, dst)

    monkeypatch.setattr(files.os, "link", someone_else_first)
    with pytest.raises(FileExists) as caught:
        write_bytes_atomic(target, b"mine")
    assert str(caught.value) == str(target)
    assert target.read_bytes() == b"theirs"
    assert [p.name for p in tmp_path.iterdir()] == ["letter.txt"]


def test_missing_folders_are_made(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b" / "letter.txt"
    write_text_atomic(target, "Dear Dana,\n")
    assert target.read_bytes() == b"Dear Dana,\n"


def test_a_bare_file_name_is_written_in_the_current_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    write_text_atomic(Path("letter.txt"), "Dear Dana,\n")
    assert (tmp_path / "letter.txt").read_text(encoding="utf-8") == "Dear Dana,\n"


def test_a_file_in_the_way_of_the_folder_is_a_proper_not_a_directory_error(
    tmp_path: Path,
) -> None:
    (tmp_path / "letter.txt").write_text("mine", encoding="utf-8")
    folder = tmp_path / "letter.txt"
    with pytest.raises(NotADirectoryError) as caught:
        write_text_atomic(folder / "dana.txt", "Dear Dana,\n")
    assert caught.value.errno == errno.ENOTDIR
    assert caught.value.filename == str(folder)
    assert caught.value.strerror == f"{folder} is a file, not a folder"


def test_the_temporary_file_is_hidden_beside_the_target(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[str] = []
    real_mkstemp = tempfile.mkstemp

    def recording(*args: Any, **kwargs: Any) -> tuple[int, str]:
        fd, name = real_mkstemp(*args, **kwargs)
        made.append(name)
        return fd, name

    monkeypatch.setattr(files.tempfile, "mkstemp", recording)
    target = tmp_path / "letter.txt"
    write_text_atomic(target, "Dear Dana,\n")
    [temporary] = made
    # same folder (a rename never crosses file systems), a dot name (hidden), a .tmp ending
    assert Path(temporary).parent == tmp_path
    assert Path(temporary).name.startswith(".letter.txt.")
    assert temporary.endswith(".tmp")
    assert not Path(temporary).exists()


@pytest.mark.parametrize("failure", [errno.EPERM, errno.EOPNOTSUPP])
def test_a_file_system_without_hard_links_still_gets_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: int
) -> None:
    def no_links(src: str, dst: str) -> None:
        raise OSError(failure, os.strerror(failure))

    monkeypatch.setattr(files.os, "link", no_links)
    target = tmp_path / "letter.txt"
    write_bytes_atomic(target, b"Dear Dana,\n")
    assert target.read_bytes() == b"Dear Dana,\n"
    assert [p.name for p in tmp_path.iterdir()] == ["letter.txt"]


def test_a_file_that_appears_on_a_file_system_without_hard_links_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "letter.txt"

    def no_links_and_someone_else_first(src: str, dst: str) -> None:
        Path(dst).write_bytes(b"theirs")
        raise OSError(errno.EPERM, os.strerror(errno.EPERM))

    monkeypatch.setattr(files.os, "link", no_links_and_someone_else_first)
    with pytest.raises(FileExists) as caught:
        write_bytes_atomic(target, b"mine")
    assert str(caught.value) == str(target)
    assert target.read_bytes() == b"theirs"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("a" * 70, "a" * 60),  # at most 60 characters
        ("!" + "b" * 70, "b" * 60),  # leading punctuation does not use up the 60
        ("c" * 59 + " d" * 5, "c" * 59),  # cut at a hyphen: the hyphen goes too
        ("  --Dana Lee--  ", "dana-lee"),
    ],
)
def test_slug_length_and_edges(name: str, expected: str) -> None:
    assert files.slug(name) == expected
