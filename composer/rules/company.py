"""Finding the company's name in a letter, spelled exactly or in another spelling."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from composer import regexes as re
from composer.english import LEGAL_SUFFIXES, NAME_ABBREVIATIONS
from composer.rules.text import ParsedLetter, Span
from composer.rules.wording import normalise

# A word of a company name as written: "Mills", "Aldric's", "S.A.", "A/S", "Co.", or "&".
_NAME_PART_RE = re.compile(r"[^\W_]+(?:['/.\-][^\W_]+)*\.?|[&+]")
# What may stand between two words of one name: spaces, or a line break in a wrapped paragraph.
_NAME_GAP_RE = re.compile(r"[ \t]*\n?[ \t]*")
_WRAPPED_LINE = 40  # characters: a shorter line is a letterhead field, not wrapped prose
_NAME_GAP_COMMA_RE = re.compile(r",?[ \t]*\n?[ \t]*")  # for names with commas: "Hollis, Brandt"
# Small words inside a company name: "Bank of Ireland", "Hart and Mills", "Van der Berg".
# A bracketed tail after a name: "(Larchwood Care Group)", "(UK)".
_BRACKET_TAIL = re.compile(r"\s*\([^()]*\)\s*$")
_NAME_CONNECTORS = frozenset({"and", "of", "the", "de", "du", "la", "van", "von", "der", "und"})
# Two spellings of one word of a name; each is a different spelling all the same.
_SAME_WORD = {
    "and": "&",
    "+": "&",
    "company": "co",
    "limited": "ltd",
    "incorporated": "inc",
    "corporation": "corp",
    "saint": "st",
    "international": "intl",
}


def _part_key(part: str) -> str:
    """A name word compared loosely: case, a final stop and a possessive ending ignored."""
    key = part.casefold().removesuffix(".")
    key = key.removesuffix("'s") if len(key) > 2 else key
    return _SAME_WORD.get(key, key)


def _exact_key(part: str) -> str:
    """A name word compared exactly, apart from case, a final stop and a possessive ending."""
    key = part.casefold().removesuffix(".")
    return key.removesuffix("'s") if len(key) > 2 else key


@dataclass(frozen=True)
class CompanyName:
    """The company as the notes spell it: its words in full and without a legal suffix."""

    full: tuple[str, ...]  # exact keys
    core: tuple[str, ...]  # exact keys, the trailing legal suffix left out
    loose: frozenset[str]  # loose keys of every word
    commas: bool  # the name holds a comma ("Hollis, Brandt & Okoye LLP")
    first_re: re.Pattern[str]  # the first word in any of its spellings ("St", "Saint")
    exact_re: re.Pattern[str]  # the name as the notes write it, any case and spacing
    length: int  # characters
    dotted: frozenset[str]  # words the name writes with a stop ("sp" of "Sp. z o.o.")

    @staticmethod
    @functools.lru_cache(maxsize=64)
    def of(company: str) -> CompanyName:
        parts = [m.group() for m in _NAME_PART_RE.finditer(normalise(company))]
        full = tuple(_exact_key(p) for p in parts)
        # a group or place in brackets after the name may be left off in prose:
        # "Elmfield House Care Home" for "Elmfield House Care Home (Larchwood Care Group)"
        named, bracket = _BRACKET_TAIL.sub("", company), _BRACKET_TAIL.search(company)
        core = list(full[: len(_NAME_PART_RE.findall(normalise(named)))] if bracket else full)
        while len(core) > 1 and core[-1] in LEGAL_SUFFIXES:
            core.pop()
        loose = {_part_key(p) for p in parts}
        first = _part_key(parts[0]) if parts else ""
        forms = {first, *(word for word, key in _SAME_WORD.items() if key == first)}
        pattern = "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))
        first_re = re.compile(rf"(?<![^\W_])(?:{pattern})(?![^\W_])", re.IGNORECASE)
        dotted = frozenset(_exact_key(p) for p in parts if p.endswith("."))
        words = [re.escape(w) for w in normalise(named).split()]
        kept = len(words)
        while kept > 1 and _exact_key(words[kept - 1].replace("\\", "")) in LEGAL_SUFFIXES:
            kept -= 1  # the legal suffix may be left off: "Bayer" for "Bayer AG"
        if kept < len(words):  # "Salinas do Guadiana, Lda.": its comma goes with the suffix
            words[kept - 1] = re.sub(r",$", ",?", words[kept - 1])
        pattern = (
            r"\s+".join(words[:kept])
            + "".join(rf"(?:\s+{w}" for w in words[kept:])
            + ")?" * (len(words) - kept)
            + (rf"(?:\s*{re.escape(bracket.group().strip())})?" if bracket else "")
        )
        exact_re = re.compile(pattern + r"(?![^\W_])", re.IGNORECASE)
        return CompanyName(
            full,
            tuple(core),
            frozenset(loose),
            "," in company,
            first_re,
            exact_re,
            len(company),
            dotted,
        )


def _name_chains(
    text: str, company: CompanyName, start: int, stop: int
) -> list[list[re.Match[str]]]:
    """Runs of name-like words (capitalised, connectors, the company's own words) in a stretch."""
    chains: list[list[re.Match[str]]] = []
    current: list[re.Match[str]] = []
    end = -1
    gap = _NAME_GAP_COMMA_RE if company.commas else _NAME_GAP_RE
    loose = company.loose
    for match in _NAME_PART_RE.finditer(text, start, stop):
        part = match.group()
        if not (part[0].isupper() or part in "&+"):
            key = part.casefold()
            if key not in _NAME_CONNECTORS and _part_key(part) not in loose:
                if current:  # the common case: an ordinary word ends any run
                    chains.append(current)
                    current = []
                continue
        joined = bool(current) and gap.fullmatch(text, end, match.start()) is not None
        if joined and "\n" in text[end : match.start()]:
            # a wrapped line of prose goes on; a short letterhead line ("Managing Partner") ends,
            # and so does any line before one that holds the company's name alone (an inside
            # address: "Lay Canon and Chair of the Music Committee" above the cathedral's name)
            named = company.exact_re.match(text, match.start())
            alone = named is not None and text[named.end() : named.end() + 1] in ("\n", "")
            joined = end - text.rfind("\n", 0, end) > _WRAPPED_LINE and not alone
        if joined:
            current.append(match)
        else:
            if current:
                chains.append(current)
            current = [match]
        end = match.end()
        # A stop ends the run unless it ends an abbreviation ("Co.", "Ltd.", "Sp.").
        if part[-1] == ".":
            key = part.casefold().removesuffix(".")
            if not _abbreviation(key) and key not in company.dotted:
                chains.append(current)
                current = []
    if current:
        chains.append(current)
    return chains


def _abbreviation(key: str) -> bool:
    return key in NAME_ABBREVIATIONS or key in LEGAL_SUFFIXES or "." in key or len(key) == 1


def company_mentions(letter: ParsedLetter, company: str) -> tuple[bool, list[Span]]:
    """(whether the letter spells the company exactly, its other spellings of the name).

    Another spelling is a run of name words that starts and ends like the company's name but
    differs from it in a word: "Hart and Mills" for "Hart & Mills", "Pike & Company" for
    "Pike & Co.", "Northwind Data Analytics" for "Northwind Analytics". Leaving out a legal
    suffix ("Ltd", "Inc.", "GmbH") is the same name; a single word ("Northwind") is a short form.
    """
    return letter.memo(("company", company), lambda: _company_mentions(letter.text, company))


_WINDOW = 20  # characters around a mention of the name's first word that may belong to it
_BEFORE_RE = re.compile(r"(?:(?:[^\W\d_a-z][\w'.\-]*|&|and|of)[ \t]+)+$")


def _windows(text: str, name: CompanyName) -> tuple[list[tuple[int, int]], bool]:
    """Stretches of `text` to read word by word around mentions of the name's first word.

    Also whether a mention is plainly the exact name. Reading only these stretches keeps a
    letter cheap: the first word is rare, and a mention that is the exact name, or the first
    word alone, between ordinary words ("at Northwind Analytics. I", "joining Northwind.")
    needs no closer look.
    """
    found: list[tuple[int, int]] = []
    exact = False
    for match in name.first_re.finditer(text):
        whole = name.exact_re.match(text, match.start())
        after = _NEXT_WORD_RE.match(text, whole.end() if whole else match.end())
        word = after.group(1) if after else None
        before = _BEFORE_RE.search(text, max(0, match.start() - _WINDOW), match.start())
        if not before and (word is None or _plain_word(word)):
            exact = exact or whole is not None
            continue
        # back over the name-like words right before it ("Maritime" of "Maritime Kestrel")
        start = before.start() if before else match.start()
        stop = min(len(text), match.end() + name.length + _WINDOW)
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        while stop < len(text) and not text[stop].isspace():
            stop += 1
        if found and start <= found[-1][1]:
            found[-1] = (found[-1][0], stop)
        else:
            found.append((start, stop))
    return found, exact


# The word after a mention, on the same line or the next: "Ltd", "&", "and", "I", "team".
_NEXT_WORD_RE = re.compile(r"(?:'s)?[ \t]*\n?[ \t]*([^\W_][\w'.\-]*|[&+])")


def _plain_word(word: str) -> bool:
    """A word that cannot continue a company's name: lower case, not "and" or "of"."""
    return word[0].islower() and word.casefold() not in _NAME_CONNECTORS


def _company_mentions(text: str, company: str) -> tuple[bool, list[Span]]:
    name = CompanyName.of(company)
    first, last = _part_key(name.core[0]), _part_key(name.core[-1])
    exact = False
    others: list[Span] = []
    windows, exact = _windows(text, name)
    chains = [chain for a, b in windows for chain in _name_chains(text, name, a, b)]
    for chain in chains:
        keys = [_part_key(m.group()) for m in chain]
        floor = 0  # where the previous mention in this run ended
        for begin, key in enumerate(keys):
            if key != first or begin < floor:
                continue
            end = begin + 1
            if len(name.core) > 1:
                # up to the name's last word: "Hart and Mills", not "Hart and Mills and ..."
                end = next((j + 1 for j in range(begin + 1, len(keys)) if keys[j] == last), 0)
                if not end:
                    continue  # a short form such as "Northwind"
            # a legal form written after the name ("Ltd", "Inc."), never "as" or "se" in prose
            while (
                end < len(keys) and keys[end] in LEGAL_SUFFIXES and chain[end].group()[0].isupper()
            ):
                end += 1
            # company words written before it belong to it: "Maritime Kestrel Insurance"
            while begin > floor and keys[begin - 1] in name.loose and keys[begin - 1] != "&":
                begin -= 1
            floor = end
            run = chain[begin:end]
            written = tuple(_exact_key(m.group()) for m in run)
            # The name in full, or with some or all of its legal suffix left off.
            if len(written) >= len(name.core) and written == name.full[: len(written)]:
                exact = True
            else:
                start, stop = run[0].start(), run[-1].end()
                if text[stop - 1] == "." and not _abbreviation(run[-1].group()[:-1].casefold()):
                    stop -= 1  # the stop that ends the sentence
                others.append(Span(start, text[start:stop]))
    return exact, others
