"""The words of a proper name in another language, kept whole: never read as a note's words or a
title's.

A name in Irish, Italian, Spanish, Dutch or German is typed with its own small words: "An Garda
Síochána", "the Istituto Centrale per il Restauro", "the Pinacoteca di Brera", "Salar de Uyuni",
"Vincent van Gogh". English readers of a note take "An" for a word of a title and "il", "di" for
shorthand, and the line is dropped. A name is known by its shape, never by a list of names: a
run of words with capitals, joined by the small words of these languages (a closed class), or
holding a word with a letter English does not write ("Síochána", "Città"). Every word of such a
run is the name's own.
"""

from __future__ import annotations

from composer import regexes as re

# The small words other languages join a name with, or open it with: articles, "of", "and".
CONNECTORS = frozenset(
    """il lo la le les l' gli i di da del della dello delle dei degli dal dalla de des du do dos
    das el los las al y e per an na ar von van der den ten ter zu zur af av och""".split()  # noqa: SIM905
)
_TOKEN = re.compile(r"[^\s,;:()\"“”]+")


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and word[1:2].islower()


def _foreign(word: str) -> bool:
    """A word with a letter English does not write: "Síochána", "Città", "Güell"."""
    return any(ch.isalpha() and not ch.isascii() for ch in word)


def name_words(text: str) -> frozenset[str]:
    """The words of `text` that belong to a name in another language (see the module): "working
    with An Garda Síochána and the HSE" -> {"An", "Garda", "Síochána"}; "the Istituto Centrale
    per il Restauro" -> {"Istituto", "Centrale", "per", "il", "Restauro"}; "talk to Me" -> {}."""
    tokens = [t.strip(".!?'’") for t in _TOKEN.findall(text)]
    found: set[str] = set()
    run: list[str] = []
    for token in [*tokens, ""]:
        joins = token.lower() in CONNECTORS and bool(run)
        if token and (_capitalised(token) or joins):
            run.append(token)
            continue
        while run and not _capitalised(run[-1]):
            run.pop()  # a run ends on a word with a capital
        inner = [w for w in run[1:-1] if w.lower() in CONNECTORS and w.islower()]
        if len(run) >= 2 and (inner or any(_foreign(w) for w in run)):  # "An Garda Síochána"
            found.update(run)
        run = []
    return frozenset(found)
