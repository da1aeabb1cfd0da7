"""composer.regexes: `re` with each pattern's program kept between runs, matching as `re` does."""

from __future__ import annotations

import re
import sys
import uuid
from pathlib import Path

import pytest

from composer import regexes

# (pattern, flags, texts to try): the shapes the writer's patterns take.
CASES = [
    (r"\bw/\s*(\d+)\s+(?P<who>paralegals?)\b", 0, ["w/ 3 paralegals", "w/3 paralegal", "none"]),
    (r"(?i)^(?:asked\s+(?:me\s+)?)?(?P<q>how|what|why)\b", 0, ["Asked me how", "why not", "who"]),
    (
        r"(?<![\w'’-])black\s+friday(?=[\s,;)]|$)",
        re.IGNORECASE,
        ["on Black Friday,", "xblack friday"],
    ),
    (r"[.a-zA-Z0-9_!#\$%&'\*\+\-/=\?\^`\{\|\}~\x80-\U0010ffff]+", 0, ["née.o'neil@x", " "]),
    (r"^(\w+)\s+(\1)$", re.MULTILINE, ["echo echo", "a\nb b"]),
    (r"a.b", re.DOTALL, ["a\nb", "ab"]),
    (r"(?P<a>x)|(?P<b>y)?z", 0, ["xz", "z", "yz"]),
]


def _same(ours: re.Pattern[str], theirs: re.Pattern[str], texts: list[str]) -> None:
    assert (ours.pattern, ours.flags, ours.groups, dict(ours.groupindex)) == (
        theirs.pattern,
        theirs.flags,
        theirs.groups,
        dict(theirs.groupindex),
    )
    for text in texts:
        found, expected = ours.search(text), theirs.search(text)
        assert (found and (found.span(), found.groups())) == (
            expected and (expected.span(), expected.groups())
        )
        assert ours.findall(text) == theirs.findall(text)
        assert ours.sub("<\\g<0>>", text) == theirs.sub("<\\g<0>>", text)


@pytest.mark.parametrize(("pattern", "flags", "texts"), CASES)
def test_a_pattern_matches_as_re_compiles_it(pattern: str, flags: int, texts: list[str]) -> None:
    _same(regexes.compile(pattern, flags), re.compile(pattern, flags), texts)


@pytest.mark.parametrize(("pattern", "flags", "texts"), CASES)
def test_a_stored_program_matches_as_re_compiles_it(
    pattern: str, flags: int, texts: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    fresh = f"{pattern}(?#{uuid.uuid4()})"  # a program no run has kept yet
    # made as a module makes its own patterns when it loads: always kept for the store
    exec("regexes.compile(fresh, flags)", {"regexes": regexes, "fresh": fresh, "flags": flags})
    store = tmp_path / "store.marshal"
    assert regexes.save(store)
    program = regexes.read_store(store)[(fresh, int(flags))]
    _same(regexes.from_program(program), re.compile(fresh, flags), texts)


def test_the_module_functions_answer_as_re_does() -> None:
    text = "Led 3 audits; trained 12 staff, w/ 2 leads"
    assert regexes.sub(r"\d+", "N", text, 1) == re.sub(r"\d+", "N", text, count=1)
    assert regexes.subn(r"\d+", "N", text) == re.subn(r"\d+", "N", text)
    assert regexes.split(r"[;,]\s*", text) == re.split(r"[;,]\s*", text)
    assert regexes.findall(r"(\d+) (\w+)", text) == re.findall(r"(\d+) (\w+)", text)
    assert [m.span() for m in regexes.finditer(r"\d+", text)] == [(4, 5), (22, 24), (35, 36)]
    assert regexes.fullmatch(r"led .*", text, regexes.I) is not None
    assert regexes.match(r"trained", text) is None
    compiled = re.compile(r"audits?")
    assert regexes.compile(compiled) is compiled


def test_a_bad_pattern_fails_as_in_re() -> None:
    with pytest.raises(re.error, match="missing \\)"):
        regexes.compile(r"(unclosed")


def test_nothing_is_written_where_python_writes_no_bytecode(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    regexes.compile(r"never\s+stored\s+\d+")
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    store = tmp_path / "store.marshal"
    assert not regexes.save(store)
    assert not store.exists()


@pytest.mark.parametrize("content", [b"", b"not marshal data", b"\xe9\x00\x00\x00\x00", b"N"])
def test_a_damaged_store_is_read_as_empty(content: bytes, tmp_path: Path) -> None:
    store = tmp_path / "store.marshal"
    store.write_bytes(content)
    assert regexes.read_store(store) == {}
    assert regexes.read_store(tmp_path / "missing.marshal") == {}


def test_the_store_sits_with_the_bytecode_and_names_the_engine() -> None:
    path = regexes.store_path()
    assert path is not None
    assert path.parent.name == "__pycache__" or sys.pycache_prefix
    assert sys.implementation.cache_tag in path.name
