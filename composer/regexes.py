"""Regular expressions whose compiled programs are kept between runs, as Python keeps bytecode.

The writer reads notes with a few thousand patterns, and `re` parses and assembles every one of
them in pure Python on every start: most of what a compose run costs. Modules use this one in place
of `re` (`from composer import regexes as re`): the same functions and names, the same `Pattern`
objects, but each pattern's program, once built, is kept in a file beside this module's bytecode
(`__pycache__`), so a later run hands the stored program straight to the regex engine.

The store follows Python's rules for bytecode: nothing is written when PYTHONDONTWRITEBYTECODE is
set or the folder is read-only, and the file's name carries the interpreter and the regex engine's
version, so a store is never read by another. Anything unexpected falls back to `re.compile`.
"""

from __future__ import annotations

import array
import atexit
import importlib
import marshal
import os
import re as _re
import sys
import tempfile
from collections.abc import Callable, Iterator
from importlib.util import cache_from_source
from pathlib import Path
from re import DOTALL as DOTALL
from re import IGNORECASE as IGNORECASE
from re import MULTILINE as MULTILINE
from re import I as I
from re import Match as Match
from re import Pattern as Pattern
from re import error as error
from re import escape as escape
from types import ModuleType
from typing import Any

# A pattern's program: the arguments the engine's constructor takes, its code packed as bytes.
Program = tuple[str, int, bytes, int, dict[str, int], tuple[str | None, ...]]
Key = tuple[str, int]

# Programs kept at most: enough for every pattern of the package and the names of a few notes
# files; past it the store keeps the programs the last run used.
STORE_LIMIT = 5000
# Patterns kept compiled in one process at most, like `re`'s own cache but large enough for all.
MEMO_LIMIT = 20000


def _internals() -> tuple[ModuleType, ModuleType, ModuleType] | None:
    """`re`'s parser, its code generator and the engine, where this interpreter has them."""
    if sys.implementation.name != "cpython":
        return None
    try:
        engine = importlib.import_module("_sre")
        if sys.version_info >= (3, 11):
            parser = importlib.import_module("re._parser")
            compiler = importlib.import_module("re._compiler")
        else:  # pragma: no cover - Python 3.10
            parser = importlib.import_module("sre_parse")
            compiler = importlib.import_module("sre_compile")
    except ImportError:  # pragma: no cover - every CPython has them
        return None
    if not (hasattr(parser, "parse") and hasattr(compiler, "_code")):
        return None  # pragma: no cover - a CPython that builds programs another way
    return parser, compiler, engine


_INTERNALS = _internals()


def _code_type() -> str | None:
    """The array type whose items are as wide as the engine's code words."""
    if _INTERNALS is None:
        return None
    width = getattr(_INTERNALS[2], "CODESIZE", 0)
    return next((kind for kind in "IL" if array.array(kind).itemsize == width), None)


_CODE = _code_type()
_DEBUG = int(_re.DEBUG)  # a plain int: `int & RegexFlag` would go through enum's Python code


def store_path() -> Path | None:
    """Where this interpreter keeps the programs, beside this module's bytecode."""
    if _INTERNALS is None or sys.implementation.cache_tag is None:
        return None
    try:
        bytecode = Path(cache_from_source(__file__))
    except (NotImplementedError, ValueError):  # pragma: no cover - no bytecode cache at all
        return None
    magic = getattr(_INTERNALS[2], "MAGIC", "0")
    return bytecode.with_name(f"regexes.{sys.implementation.cache_tag}.sre{magic}.marshal")


def read_store(path: Path | None) -> dict[Key, Program]:
    """The stored programs, or none when the file is missing, unreadable or not ours."""
    if path is None:
        return {}
    try:
        stored = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return stored if isinstance(stored, dict) else {}


_STORE = store_path()
_programs: dict[Key, Program] = {}
_loaded = False
_used: dict[Key, None] = {}  # in the order of first use: the package's own patterns first
_added = False
_compiled: dict[Key, Pattern[str]] = {}


def _build(pattern: str, flags: int) -> Program:
    """The program `re` would build for `pattern` (as `re._compiler.compile` does)."""
    assert _INTERNALS is not None and _CODE is not None
    parser, compiler, _ = _INTERNALS
    parsed = parser.parse(pattern, flags)
    code = array.array(_CODE, compiler._code(parsed, flags)).tobytes()
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        pattern,
        int(flags | parsed.state.flags),
        code,
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def from_program(program: Program) -> Pattern[str]:
    """The engine's pattern for a program."""
    assert _INTERNALS is not None and _CODE is not None
    pattern, flags, code, groups, groupindex, indexgroup = program
    made: Pattern[str] = _INTERNALS[2].compile(
        pattern, flags, array.array(_CODE, code).tolist(), groups, groupindex, indexgroup
    )
    return made


def _make(key: Key) -> Pattern[str]:
    """The compiled pattern of `key`, from its stored program when there is one."""
    global _added, _loaded
    if _INTERNALS is None or _CODE is None or key[1] & _DEBUG:
        return _re.compile(*key)
    if not _loaded:  # read on the first pattern, so that importing this module costs nothing
        _programs.update(read_store(_STORE))
        _loaded = True
    program = _programs.get(key)
    if program is not None:
        try:
            made = from_program(program)
        except (TypeError, ValueError, RuntimeError):
            del _programs[key]
        else:
            _used[key] = None
            return made
    try:
        program = _build(*key)
        made = from_program(program)
    except _re.error:
        raise
    except Exception:  # pragma: no cover - an engine this module does not know: `re` decides
        return _re.compile(*key)
    _programs[key] = program
    _used[key] = None
    _added = True
    return made


def compile(pattern: str | Pattern[str], flags: int = 0) -> Pattern[str]:
    """`re.compile`, its program built once per machine."""
    if not isinstance(pattern, str):
        return _re.compile(pattern, flags)
    key = (pattern, int(flags))
    found = _compiled.get(key)
    if found is None:
        found = _make(key)
        if len(_compiled) >= MEMO_LIMIT:
            _compiled.clear()
        _compiled[key] = found
    return found


def search(pattern: str | Pattern[str], string: str, flags: int = 0) -> Match[str] | None:
    """`re.search`."""
    return compile(pattern, flags).search(string)


def match(pattern: str | Pattern[str], string: str, flags: int = 0) -> Match[str] | None:
    """`re.match`."""
    return compile(pattern, flags).match(string)


def fullmatch(pattern: str | Pattern[str], string: str, flags: int = 0) -> Match[str] | None:
    """`re.fullmatch`."""
    return compile(pattern, flags).fullmatch(string)


def sub(
    pattern: str | Pattern[str],
    repl: str | Callable[[Match[str]], str],
    string: str,
    count: int = 0,
    flags: int = 0,
) -> str:
    """`re.sub`."""
    return compile(pattern, flags).sub(repl, string, count)


def subn(
    pattern: str | Pattern[str],
    repl: str | Callable[[Match[str]], str],
    string: str,
    count: int = 0,
    flags: int = 0,
) -> tuple[str, int]:
    """`re.subn`."""
    return compile(pattern, flags).subn(repl, string, count)


def split(
    pattern: str | Pattern[str], string: str, maxsplit: int = 0, flags: int = 0
) -> list[str | Any]:
    """`re.split`."""
    return compile(pattern, flags).split(string, maxsplit)


def findall(pattern: str | Pattern[str], string: str, flags: int = 0) -> list[Any]:
    """`re.findall`."""
    return compile(pattern, flags).findall(string)


def finditer(pattern: str | Pattern[str], string: str, flags: int = 0) -> Iterator[Match[str]]:
    """`re.finditer`."""
    return compile(pattern, flags).finditer(string)


def save(path: Path | None = None) -> bool:
    """Write the programs built in this process to the store; whether anything was written."""
    target = path or _STORE
    if target is None or not _added or sys.dont_write_bytecode:
        return False
    kept = _programs
    if len(kept) > STORE_LIMIT:
        kept = {key: _programs[key] for key in list(_used)[:STORE_LIMIT]}
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=target.name, suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(marshal.dumps(kept))
            os.chmod(temporary, os.stat(__file__).st_mode & 0o666)  # as Python's bytecode
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except (OSError, ValueError):
        return False
    return True


atexit.register(save)
