"""Refusing a target in detail: the exact message for each kind of thing in the way, and that
every writer keeps a user's file unless told to replace it."""

from __future__ import annotations

import errno
import os
import socket
import stat
from collections.abc import Callable
from pathlib import Path

import pytest

from composer.files import (
    FileExists,
    NotARegularFile,
    check_target,
    write_bytes_atomic,
    write_chunks_atomic,
    write_text_atomic,
)

pytestmark = pytest.mark.skipif(os.name != "posix", reason="FIFOs, sockets and /dev/null")


def _refusal(path: Path, code: int = errno.EEXIST) -> str:
    """The message refusing `path`, once the error's number and file name are as expected."""
    with pytest.raises(NotARegularFile) as caught:
        check_target(path, force=True)
    assert (caught.value.errno, caught.value.filename) == (code, str(path))
    return str(caught.value.strerror)


def test_a_folder_is_named_as_a_folder(tmp_path: Path) -> None:
    assert _refusal(tmp_path) == (
        f"{tmp_path} is a folder, not a regular file; only a file is ever replaced"
    )


def test_a_dangling_symlink_is_named_as_one(tmp_path: Path) -> None:
    link = tmp_path / "letter.txt"
    link.symlink_to(tmp_path / "gone.txt")
    assert _refusal(link, errno.ENOENT) == (
        f"{link} is a symlink to nothing (a dangling link); remove it or pick another name"
    )


def test_a_named_pipe_is_named_as_one(tmp_path: Path) -> None:
    fifo = tmp_path / "letter.txt"
    os.mkfifo(fifo)
    assert _refusal(fifo) == (
        f"{fifo} is a named pipe (FIFO), not a regular file; only a file is ever replaced"
    )


def test_a_character_device_is_a_device() -> None:
    null = Path("/dev/null")
    if not stat.S_ISCHR(os.stat(null).st_mode):
        pytest.skip("no /dev/null character device here")
    assert _refusal(null) == (
        "/dev/null is a device, not a regular file; only a file is ever replaced"
    )


def test_a_socket_is_named_as_a_socket(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # a short relative name: socket paths are limited to ~100 bytes
    server = socket.socket(socket.AF_UNIX)
    try:
        server.bind("s.txt")
        assert _refusal(Path("s.txt")) == (
            "s.txt is a socket, not a regular file; only a file is ever replaced"
        )
    finally:
        server.close()


@pytest.mark.parametrize(
    "write",
    [
        lambda path: check_target(path),
        lambda path: write_text_atomic(path, "Dear Dana,\n"),
        lambda path: write_bytes_atomic(path, b"Dear Dana,\n"),
        lambda path: write_chunks_atomic(path, [b"Dear ", b"Dana,\n"]),
    ],
    ids=["check_target", "write_text_atomic", "write_bytes_atomic", "write_chunks_atomic"],
)
def test_without_force_a_users_file_is_kept(
    tmp_path: Path, write: Callable[[Path], object]
) -> None:
    target = tmp_path / "dana.txt"
    target.write_text("my own draft\n")
    with pytest.raises(FileExists):
        write(target)
    assert target.read_text() == "my own draft\n"
