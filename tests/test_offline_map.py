"""The offline package's map (its docstring) names every module, so a newcomer finds each stage."""

from __future__ import annotations

import re
from pathlib import Path

import composer.offline

PACKAGE = Path(composer.offline.__file__).parent


def _named_in_map() -> set[str]:
    return set(re.findall(r"`(\w+)`", composer.offline.__doc__ or ""))


def test_every_offline_module_is_in_the_package_map() -> None:
    modules = {p.stem for p in PACKAGE.glob("*.py")} - {"__init__"}
    named = _named_in_map()
    # the CV-line readers are named together as "`cv*`"
    unnamed = {
        m
        for m in modules - named
        if not (m.startswith("cv") and "`cv*`" in (composer.offline.__doc__ or ""))
    }
    assert not unnamed, (
        f"add these modules to composer/offline/__init__.py's map: {sorted(unnamed)}"
    )


def test_the_map_names_no_module_that_does_not_exist() -> None:
    modules = {p.stem for p in PACKAGE.glob("*.py")}
    # names in backquotes that look like modules (lower case, no dots) and are not classes
    stale = {n for n in _named_in_map() if n.islower() and n not in modules}
    assert not stale, f"the map names modules that are gone: {sorted(stale)}"
