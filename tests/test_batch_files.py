"""The notes files of `thankyou batch`: which files a folder gives and in what order, each file
listed once however often it is named, and a distinct folder of letters for each."""

from __future__ import annotations

import os
from pathlib import Path

from composer.batchfiles import find_notes_files, folder_names


def touch(*paths: Path) -> None:
    for path in paths:
        path.write_text("{}")


def test_a_folder_gives_its_json_files_sorted_by_name(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    touch(*(folder / n for n in ("b.json", "a.json", "B.json", ".json", "notes.txt", "c.JSON")))
    (folder / "sub.json").mkdir()  # a folder, not a file
    files = find_notes_files([folder])
    # sorted as Python sorts strings: capitals before small letters, "." before both
    expected = [folder / n for n in (".json", "B.json", "a.json", "b.json")]
    assert list(files) == expected
    assert [files[i] for i in range(len(files))] == expected
    assert len(files) == 4
    # "B" and "b" would share a folder on a disk that ignores case: the second is numbered
    assert [files.folder(i) for i in range(4)] == [".json", "B", "a", "b-2"]


def test_folders_are_listed_in_the_order_given_and_an_empty_one_gives_nothing(
    tmp_path: Path,
) -> None:
    first, empty, second = tmp_path / "z", tmp_path / "empty", tmp_path / "a"
    for folder in (first, empty, second):
        folder.mkdir()
    touch(first / "x.json", first / "y.json", second / "x.json")
    files = find_notes_files([first, empty, second])
    assert list(files) == [first / "x.json", first / "y.json", second / "x.json"]
    assert files[2] == second / "x.json"
    assert [files.folder(i) for i in range(3)] == ["x", "y", "x-2"]


def test_a_file_named_twice_is_listed_once_where_it_is_first_named(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    touch(folder / "a.json", folder / "b.json")
    # the folder twice (once by another spelling), then a file of it, then a missing file
    missing = tmp_path / "gone.json"
    sources = [folder / "b.json", folder, tmp_path / "in" / ".." / "in", missing]
    files = find_notes_files(sources)
    assert list(files) == [folder / "b.json", folder / "a.json", missing]
    assert folder_names(files) == {folder / "b.json": "b", folder / "a.json": "a", missing: "gone"}


def test_a_link_to_a_file_listed_already_is_not_listed_again(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    touch(folder / "b.json")
    os.symlink(folder / "b.json", folder / "a.json")  # a.json comes first: b.json is the same
    files = find_notes_files([folder])
    assert list(files) == [folder / "a.json"]
    assert files.folder(0) == "a"
