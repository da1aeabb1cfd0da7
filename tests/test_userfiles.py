"""The one reader of users' files: size cap on any stream, deep JSON, UTF-16 everywhere."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from composer.cli import app
from composer.errors import InputError, NotesError
from composer.notes_file import load_notes, load_prefill, parse_notes
from composer.userfiles import read_bytes, read_letter
from tests.conftest import EXAMPLES


class Endless(io.RawIOBase):
    """A stream that never ends, like /dev/zero; counts what was asked of it."""

    def __init__(self) -> None:
        self.given = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
        size = len(buffer)
        buffer[:size] = b"\0" * size
        self.given += size
        return size


def test_an_endless_stdin_is_cut_at_the_cap_and_refused() -> None:
    stream = Endless()
    with pytest.raises(InputError, match="more than 100 bytes; a letter is at most 100 bytes"):
        read_bytes("-", what="a letter", max_bytes=100, stdin=io.BufferedReader(stream))
    assert stream.given <= 8192 + 101  # one buffer at most, never the whole stream


def test_a_file_one_byte_over_the_cap_is_refused_and_one_at_the_cap_is_read(
    tmp_path: Path,
) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(b"a" * 11)
    with pytest.raises(InputError, match=r"x\.txt: more than 10 bytes"):
        read_bytes(path, what="a letter", max_bytes=10)
    assert read_bytes(path, what="a letter", max_bytes=11) == (b"a" * 11, str(path))


def test_json_nested_too_deeply_is_bad_input_not_a_crash(tmp_path: Path) -> None:
    with pytest.raises(NotesError, match="nested too deeply"):
        parse_notes("[" * 100_000 + "]" * 100_000)
    path = tmp_path / "deep.json"
    path.write_text('{"a": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
    with pytest.raises(NotesError, match="nested too deeply"):
        load_prefill(path)
    result = CliRunner().invoke(app, ["compose", str(path)])
    assert result.exit_code == 2 and "nested too deeply" in result.stderr


def test_interview_from_reads_a_utf16_notes_file_like_compose(tmp_path: Path) -> None:
    text = (EXAMPLES / "warm_email.json").read_text("utf-8")
    path = tmp_path / "notes.json"
    path.write_bytes(text.encode("utf-16"))  # with a byte-order mark, as Notepad saves it
    data, dropped = load_prefill(path)
    assert data == json.loads(text) and dropped == []
    assert load_notes(path).company == json.loads(text)["company"]


def test_notes_on_stdin_go_through_the_same_cap() -> None:
    result = CliRunner().invoke(app, ["compose", "-"], input="x" * 1_000_001)
    assert result.exit_code == 2
    assert "<stdin>: more than 1,000,000 bytes" in result.stderr


def test_a_saved_email_gives_its_body_and_subject_only_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "draft.eml"
    path.write_bytes(
        b"To: dana@example.com\r\nSubject: Thank you\r\nContent-Type: text/plain\r\n"
        b"\r\nDear Dana,\r\n"
    )
    assert read_letter(path) == "Subject: Thank you\n\nDear Dana,\n"
    assert read_letter(path, keep_subject=False) == "Dear Dana,\n"
