"""Writing files without losing anything (atomic, never over a user's file unless forced), and
safe file names."""

from __future__ import annotations

import errno
import os
import re
import stat
import tempfile
import unicodedata
from pathlib import Path

from composer.english import ASCII_LETTERS


class FileExists(FileExistsError):
    """The target exists and `force` was not given."""


def write_text_atomic(path: Path, text: str, *, force: bool = False) -> None:
    """Write `text` (UTF-8) to `path` all at once: readers see the old file or the new one."""
    write_bytes_atomic(path, text.encode("utf-8"), force=force)


def _mode_for(path: Path) -> int:
    """The permissions for `path`: those of the file there now, else 0666 less the umask."""
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o666 & ~umask


def write_bytes_atomic(path: Path, data: bytes, *, force: bool = False) -> None:
    """Write `data` to `path` via a temporary file in the same folder and a rename."""
    path = Path(path)
    if path.exists() and not force:
        raise FileExists(str(path))
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
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if force:
            os.replace(tmp, path)
        else:
            # link() fails if the target appeared meanwhile: no race can clobber a user's file.
            try:
                os.link(tmp, path)
            except FileExistsError:
                raise FileExists(str(path)) from None
            except OSError:
                if path.exists():
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
