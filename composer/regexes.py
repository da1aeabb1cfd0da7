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
import functools
import importlib
import itertools
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
from typing import Any, NamedTuple

# A pattern's program: the arguments the engine's constructor takes, its code packed as bytes.
Program = tuple[str, int, bytes, int, dict[str, int], tuple[str | None, ...]]
Key = tuple[str, int]

# Programs kept at most: enough for every pattern of the package and the names of a few notes
# files; past it the store keeps the programs the last run used.
STORE_LIMIT = 5000


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


class _Bounded(dict[Key, Program]):
    """Programs built for patterns made as a run goes (from a notes file's own words too): at
    most `maxsize`, then no more are kept. Says its size as functools' caches do."""

    cache_info: Callable[[], CacheSize]  # an instance's, as on a function wrapped by lru_cache

    def __init__(self, maxsize: int) -> None:
        super().__init__()
        self.maxsize = maxsize
        self.cache_info = lambda: CacheSize(len(self), self.maxsize)

    def keep(self, key: Key, program: Program) -> None:
        """Keep `program` while there is room."""
        if len(self) < self.maxsize:
            self[key] = program


class CacheSize(NamedTuple):
    """A cache's entries and its bound, named as in `functools`' `cache_info()`."""

    currsize: int
    maxsize: int


_STORE = store_path()
_stored: dict[Key, Program] = {}  # read once, from the store
_loaded = False
# Programs this process built: those of the patterns the package's modules make as they load
# (as many as the code has), and a bounded number of those made as a run goes.
_built_at_load: dict[Key, Program] = {}
_built_in_run = _Bounded(1024)


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


def _make(pattern: str, flags: int, at_load: bool) -> Pattern[str]:
    """The compiled `pattern`, from its stored program when there is one; `at_load`: made by a
    module's own code as it loads."""
    global _loaded
    key = (pattern, flags)
    if _INTERNALS is None or _CODE is None or flags & _DEBUG:
        return _re.compile(*key)
    if not _loaded:  # read on the first pattern, so that importing this module costs nothing
        _stored.update(read_store(_STORE))
        _loaded = True
    program = _stored.get(key) or _built_at_load.get(key) or _built_in_run.get(key)
    if program is not None:
        try:
            return from_program(program)
        except (TypeError, ValueError, RuntimeError):
            _stored.pop(key, None)  # a damaged entry: built again below
    try:
        program = _build(*key)
        made = from_program(program)
    except _re.error:
        raise
    except Exception:  # pragma: no cover - an engine this module does not know: `re` decides
        return _re.compile(*key)
    if at_load:
        _built_at_load[key] = program
    else:
        _built_in_run.keep(key, program)
    return made


# Patterns made as a run goes, kept compiled (`re` keeps 512); a module's own are kept by it.
_made_in_run = functools.lru_cache(maxsize=1024)(_make)


def compile(pattern: str | Pattern[str], flags: int = 0) -> Pattern[str]:
    """`re.compile`, its program built once per machine."""
    if not isinstance(pattern, str):
        return _re.compile(pattern, flags)
    if sys._getframe(1).f_code.co_name == "<module>":
        return _make(pattern, int(flags), True)
    return _made_in_run(pattern, int(flags), False)


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
    built = {**_built_at_load, **_built_in_run}
    if target is None or not built or sys.dont_write_bytecode:
        return False
    # The store's older programs first (the modules' own come first in it), cut to the limit.
    room = max(STORE_LIMIT - len(built), 0)
    kept = {**dict(itertools.islice(_stored.items(), room)), **built}
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
