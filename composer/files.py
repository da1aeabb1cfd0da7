"""Writing files without losing anything (atomic, never over a user's file unless forced), and
safe file names."""

from __future__ import annotations

import errno
import os
import re
import stat
import tempfile
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from composer.english import ASCII_LETTERS


class FileExists(FileExistsError):
    """The target exists and `force` was not given."""


class NotARegularFile(OSError):
    """Something other than a regular file (or a symlink to one) is where a file should go."""


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def check_target(path: Path, *, force: bool = False) -> None:
    """Refuse, before any work, a target that writing to `path` must not replace.

    Nothing there is fine. A regular file, or a symlink to one, needs `force` (FileExists
    otherwise); the symlink itself is then replaced, never the file it points to. Anything else
    (a device such as /dev/null, a FIFO, a socket, a folder, a symlink to one of those, a dangling
    symlink) raises NotARegularFile, `force` or not.
    """
    path = Path(path)
    try:
        own = os.lstat(path)
    except (FileNotFoundError, NotADirectoryError):  # nothing there (or a file for a folder)
        return
    mode = own.st_mode
    if stat.S_ISLNK(mode):
        try:
            mode = os.stat(path).st_mode
        except OSError:
            message = (
                f"{path} is a symlink to nothing (a dangling link); remove it or pick another name"
            )
            raise NotARegularFile(errno.ENOENT, message, str(path)) from None
    if not stat.S_ISREG(mode):
        message = f"{path} is {_kind(mode)}, not a regular file; only a file is ever replaced"
        raise NotARegularFile(errno.EEXIST, message, str(path))
    if not force:
        raise FileExists(str(path))


def write_text_atomic(path: Path, text: str, *, force: bool = False) -> None:
    """Write `text` (UTF-8) to `path` all at once: readers see the old file or the new one."""
    write_bytes_atomic(path, text.encode("utf-8"), force=force)


def _mode_for(path: Path) -> int:
    """The permissions for `path`: those of the regular file there now (read and write bits
    only: never setuid, setgid or execute), else 0666 less the umask, as open() gives."""
    try:
        current = os.lstat(path)
    except OSError:
        current = None
    if current is not None and stat.S_ISREG(current.st_mode):
        return stat.S_IMODE(current.st_mode) & 0o666
    return 0o666 & ~current_umask()


def current_umask() -> int:
    """The process's umask, read without changing it where the system can say it (Linux's
    /proc): setting it to read it would, for that moment, give a folder or file another
    thread makes (`thankyou batch --jobs`) other permissions than the user's."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    # Elsewhere: the strictest mask for that moment, so a racing writer is never looser.
    umask = os.umask(0o077)
    os.umask(umask)
    return umask


def write_bytes_atomic(path: Path, data: bytes, *, force: bool = False) -> None:
    """Write `data` to `path` via a temporary file in the same folder and a rename."""
    write_chunks_atomic(path, (data,), force=force)


def write_chunks_atomic(path: Path, chunks: Iterable[bytes], *, force: bool = False) -> None:
    """Write `chunks` one after another to `path`, all at once for readers (as
    `write_bytes_atomic`): a long file is written without being held in memory whole."""
    path = Path(path)
    check_target(path, force=force)
    folder = path.parent  # "." for a bare file name
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:  # a file where a folder should be: say that, not "File exists"
        message = f"{folder} is a file, not a folder"
        raise NotADirectoryError(errno.ENOTDIR, message, str(folder)) from None
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    try:
        # mkstemp makes the file private (0600); give it the mode a plain open() would, or
        # keep the mode of the file it replaces.
        os.chmod(tmp, _mode_for(path))
        with os.fdopen(fd, "wb") as handle:
            for chunk in chunks:
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        if force:
            check_target(path, force=True)  # again: something may have appeared meanwhile
            os.replace(tmp, path)
        else:
            # link() fails if the target appeared meanwhile: no race can clobber a user's file.
            try:
                os.link(tmp, path)
            except FileExistsError:
                raise FileExists(str(path)) from None
            except OSError:
                if os.path.lexists(path):
                    raise FileExists(str(path)) from None
                os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def slug(name: str, fallback: str = "letter") -> str:
    """A safe file name stem: ASCII letters, digits and hyphens only, never empty."""
    ascii_text = unicodedata.normalize("NFKD", name.translate(ASCII_LETTERS))
    ascii_text = ascii_text.encode("ascii", "ignore").decode("ascii").lower()
    stem = re.sub(r"[^a-z0-9]+", "-", ascii_text).strip("-")[:60].strip("-")
    return stem or fallback
