"""Webster's word list (web2, the list Unix systems shipped as /usr/share/dict/web2: 235,000
words; the `english-words` package carries it), in lower case only: its capitalised entries are
names. Read once, when first asked. The offline writer's dictionary (`offline.dictionary`) and
the role name (`rolename`) both read it here."""

from __future__ import annotations

import functools


@functools.cache
def lower_words() -> frozenset[str]:
    """Webster's words in lower case; empty when the word list is not installed."""
    try:
        from english_words import get_english_words_set  # type: ignore[import-untyped]
    except ImportError:  # pragma: no cover - a dependency of the package
        return frozenset()
    return frozenset(word for word in get_english_words_set(["web2"]) if word.islower())
