"""The notes files of a batch, in order, each with the name of its folder of letters.

A batch may read thousands of files from a folder. Their list is held packed: per folder given,
its files' names sorted in one string (a few bytes a file, not a Path object each), and each
file's `Path` is made when it is asked for. Files named one by one on the command line, a folder
given twice or a folder with symbolic links among its notes files (which may name a file listed
already) are listed as `Path`s, each checked against the others.
"""

from __future__ import annotations

import os
from array import array
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

__all__ = ["NotesFiles", "find_notes_files", "folder_names"]

SUFFIX = ".json"


class _Folder:
    """The notes files of one folder: their names, sorted, each ended by a NUL."""

    def __init__(self, path: Path, names: list[str]) -> None:
        self.path = path
        self.names = "".join(f"{name}\0" for name in names)
        self.starts = array("q", [0])
        for name in names:
            self.starts.append(self.starts[-1] + len(name) + 1)

    def __len__(self) -> int:
        return len(self.starts) - 1

    def name(self, index: int) -> str:
        return self.names[self.starts[index] : self.starts[index + 1] - 1]


class NotesFiles:
    """The notes files named, in order, with a distinct folder name for each's letters.

    Indexing and iterating give `Path`s, made as they are asked for.
    """

    def __init__(self, parts: Iterable[_Folder | Path]) -> None:
        self._parts = list(parts)
        self._ends = array("q")  # how many files the parts up to each one hold
        count = 0
        for part in self._parts:
            count += len(part) if isinstance(part, _Folder) else 1
            self._ends.append(count)
        # Folder names that are not the file's stem (two stems the same but for case): few.
        self._renamed = {
            position: name
            for position, (path, name) in enumerate(zip(self, _numbered(self), strict=True))
            if name != _stem(path)
        }

    @classmethod
    def listed(cls, paths: Iterable[Path]) -> NotesFiles:
        """The files of `paths`, as given (each a Path: for lists found some other way)."""
        return cls(paths)

    def __len__(self) -> int:
        return self._ends[-1] if self._ends else 0

    def __getitem__(self, position: int) -> Path:
        if not 0 <= position < len(self):
            raise IndexError(position)
        which = bisect_right(self._ends, position)
        part = self._parts[which]
        if isinstance(part, Path):
            return part
        return part.path / part.name(position - (self._ends[which - 1] if which else 0))

    def __iter__(self) -> Iterator[Path]:
        for part in self._parts:
            if isinstance(part, Path):
                yield part
            else:
                for index in range(len(part)):
                    yield part.path / part.name(index)

    def folder(self, position: int) -> str:
        """The name of the folder of the letters of the file at `position`."""
        return self._renamed.get(position) or _stem(self[position])


def find_notes_files(sources: Sequence[Path]) -> NotesFiles:
    """The notes files named: files as given, folders read for `*.json` (not recursively).

    A file named twice (a folder given twice, or a file in a folder given as well) is listed
    once, where it is first named.
    """
    folders = _packed(sources)
    if folders is not None:
        return NotesFiles(folders)
    found: list[Path] = []
    seen: set[Path] = set()
    for source in sources:
        if source.is_dir():
            paths = sorted(p for p in source.glob(f"*{SUFFIX}") if p.is_file())
        else:
            paths = [source]  # a missing file is reported in the summary like a bad one
        for path in paths:
            key = path.resolve()
            if key not in seen:
                seen.add(key)
                found.append(path)
    return NotesFiles.listed(found)


def _packed(sources: Sequence[Path]) -> list[_Folder] | None:
    """Every source's files, packed, when no file can be named twice: each source a folder of
    its own (no two the same folder) and no symbolic link among their notes files; else None."""
    folders: list[_Folder] = []
    seen: set[Path] = set()
    for source in sources:
        if not source.is_dir():
            return None
        key = source.resolve()
        if key in seen:
            return None
        seen.add(key)
        names: list[str] = []
        try:
            with os.scandir(source) as entries:
                for entry in entries:
                    if not entry.name.endswith(SUFFIX):
                        continue
                    if entry.is_symlink():
                        return None
                    if entry.is_file(follow_symlinks=False):
                        names.append(entry.name)
        except PermissionError:
            pass  # an unreadable folder holds no notes files that can be read
        names.sort()
        folders.append(_Folder(source, names))
    return folders


def folder_names(paths: Iterable[Path]) -> dict[Path, str]:
    """A distinct folder name per notes file: its stem, numbered when two share one."""
    listed = list(paths)
    return dict(zip(listed, _numbered(listed), strict=True))


def _numbered(paths: Iterable[Path]) -> Iterator[str]:
    """Each file's stem, numbered when an earlier one has the same stem but for case."""
    used: set[str] = set()
    for path in paths:
        stem = _stem(path)
        name, number = stem, 2
        while name.casefold() in used:
            name, number = f"{stem}-{number}", number + 1
        used.add(name.casefold())
        yield name


def _stem(path: Path) -> str:
    return path.stem or "notes"
