"""Themes: which of the candidate's points and which interview topics are about the same thing.

A point is tied to a topic only when a reader would see the link at once. Two signals count: a
word they share that says something (not a word of the role or the company, nor a word that
says nothing of the subject, like "experience"), and a theme of `THEMES` that both touch. A few
themes are close enough to each other to tie as well (`RELATED`): a tenant clinic serves people
who may not speak English, so languages fit community work. False ties read worse than none,
so each theme is narrow: "design" is no theme (every designer's notes are about design), but
accessibility, usability research and typography are.

The table itself (`THEMES`, `RELATED`, `WEAK`) is in `themetable`.
"""

from __future__ import annotations

import functools
import itertools
from dataclasses import dataclass

from composer import regexes as re
from composer.offline.sameword import same_thing as same_thing  # tests import it from here
from composer.offline.themetable import RELATED, THEMES, WEAK

_TOKEN = re.compile(r"[a-z0-9][a-z0-9&'.-]*[a-z0-9]|[a-z0-9]")


@functools.lru_cache(maxsize=1024)
def _normal(text: str) -> str:
    # "the ward's programme" touches what "the ward" does: a possessive is its noun
    text = re.sub(r"(?<=\w)'s\b", "", text.lower().replace("’", "'"))
    return " ".join(_TOKEN.findall(text))


@dataclass(frozen=True)
class _Test:
    """A theme's entries, ready to test a text against: whole words (with their plurals),
    prefixes, and one pattern for the runs of words."""

    words: frozenset[str]
    prefixes: tuple[str, ...]
    runs: re.Pattern[str] | None

    def touched(self, tokens: frozenset[str], normal: str) -> bool:
        """True when any entry of the theme is in the text (its `tokens`, its `normal` form)."""
        if not self.words.isdisjoint(tokens):
            return True
        if self.prefixes and any(token.startswith(self.prefixes) for token in tokens):
            return True
        return self.runs is not None and self.runs.search(normal) is not None


def _test(entries: tuple[str, ...]) -> _Test:
    runs = [re.escape(entry.rstrip("*")) for entry in entries if " " in entry]
    single = [entry for entry in entries if " " not in entry]
    return _Test(
        frozenset(w + end for w in single if not w.endswith("*") for end in ("", "s", "es")),
        tuple(w[:-1] for w in single if w.endswith("*")),
        re.compile(rf"(?<![\w-])(?:{'|'.join(runs)})") if runs else None,
    )


# Built once: `themes_of` tests every theme against each new text.
_TESTS = {name: _test(entries) for name, entries in THEMES.items()}


@functools.lru_cache(maxsize=1024)
def themes_of(text: str) -> frozenset[str]:
    """The themes a note item touches."""
    normal = _normal(text)
    tokens = frozenset(normal.split()) | frozenset(
        part for word in normal.split() for part in word.split("-") if part
    )
    return frozenset(name for name, test in _TESTS.items() if test.touched(tokens, normal))


def related(first: frozenset[str], second: frozenset[str]) -> bool:
    """True when a theme of one is a neighbour of a theme of the other."""
    return any(frozenset((a, b)) in RELATED for a in first for b in second if a != b)


def common_themes(points: list[str]) -> frozenset[str]:
    """Themes that most of the candidate's points touch (three or more, over half): their
    whole field, which says nothing of a tie (every point of a nurse's notes is about patients).
    """
    if len(points) < 3:
        return frozenset()
    counts: dict[str, int] = {}
    for point in points:
        for name in themes_of(point):
            counts[name] = counts.get(name, 0) + 1
    return frozenset(
        name for name, count in counts.items() if 2 * count > len(points) and count >= 3
    )


_ACRONYM = re.compile(r"\b([A-Z][A-Z0-9&]{1,5})(?:s\b|\b)")  # "45 CAPAs" names the CAPA
# A one-letter name typed as a capital inside the text ("built R pkg", "into R / python", "C
# and Go"): no "I", no "A" (a word), no initial ("J. Smith", "A&E") and never the first word.
_LETTER = re.compile(r"(?<=[\w,/(] )[B-HJ-Z](?=$|[ ,/)])")
# A code with a hyphen or digits ("H-1B", "first-gen", "p99", "CCN1") and a short word with no
# vowel ("dbt", "sql", "crm"): telling words that the stems (letters only, four or more) miss.
_CODE = re.compile(
    r"(?<![\w-])(?:[a-z0-9]+(?:-[a-z0-9]+)+|[a-z]*\d[a-z0-9]*|[b-df-hj-np-tv-xz]{2,4})(?![\w-])"
)
_NOT_CODES = frozenset(
    [
        "full-time", "part-time", "on-site", "day-to-day", "long-term", "short-term",
        "well-being", "end-to-end", "mid-level", "high-level", "phd", "msc", "bsc", "llb",
        "llm", "mph", "mbbs", "dphil", "mres", "pgce", "hnd", "btec", "nvq", "yrs", "wks",
        "pts", "ppl", "hrs", "mths", "qtrs", "wk", "yr", "hr", "mth", "qtr", "thru",
    ]
)  # fmt: skip


@functools.lru_cache(maxsize=1024)
def _acronyms(text: str) -> frozenset[str]:
    """Short capitals ("GP", "AMS", "WCAG") and codes ("H-1B", "dbt"): telling words too short
    or too odd for the stems. Numbers alone ("2023", "12") say nothing of a subject."""
    codes = {
        c
        for c in _CODE.findall(text.lower())
        if c not in _NOT_CODES and not re.fullmatch(r"\d+(?:-\d+)*[a-z]{0,2}", c)
    }
    letters = {a.lower() for a in _LETTER.findall(text)}
    return frozenset(a.lower() for a in _ACRONYM.findall(text)) | frozenset(codes) | letters


# A key stage or year group ("KS2", "Y9", "yr10") says who, not what: no tie on its own.
_GROUP = re.compile(r"(?:ks|y|yr|year)\d{1,2}")
_WHERE = r"(?:in|across|at|for|on|throughout|within)"


def _context(code: str, point: str, topic: str) -> bool:
    """True when a code both texts share is where or for whom, not what: a key stage or year
    group, or a code after "in", "across", "at" ... in both ("led the switch to White Rose
    maths across KS2", "phonics catch-up in KS2"); a shared context is no tie."""
    if _GROUP.fullmatch(code):
        return True
    placed = re.compile(rf"\b{_WHERE}\s+(?:the\s+)?{re.escape(code)}\b", re.IGNORECASE)
    return bool(placed.search(point) and placed.search(topic))


# Words that start no run of words an acronym stands for ("the team" is no "TT").
_NOT_INITIAL = frozenset(
    ["the", "a", "an", "and", "of", "to", "in", "on", "for", "with", "at", "by", "or", "my"]
)


def _spelled_out(short: str, full: str) -> set[str]:
    """Acronyms typed in capitals in `short` that `full` spells out as words: "cover OOH" and
    "out of hours rota", "TT practice" and "times tables check". A two-letter one needs two
    words of four letters or more ("times tables", not "to do")."""
    words = re.findall(r"[a-z]+", full.lower())
    found = set()
    for acronym in set(re.findall(r"\b[A-Z]{2,5}\b", short)):
        size = len(acronym)
        for start in range(len(words) - size + 1):
            run = words[start : start + size]
            if run[0] in _NOT_INITIAL or run[-1] in _NOT_INITIAL:
                continue
            if size == 2 and min(map(len, run)) < 4:
                continue
            if "".join(w[0] for w in run) == acronym.lower():
                found.add(acronym.lower())
                break
    return found


def _same_sense(stem: str, first: str, second: str) -> bool:
    """False when a shared word signals a theme in one text and not the same in the other:
    "tenants' advice centre" is community work, "commercial tenant fit-outs" is not."""

    def sense(text: str) -> frozenset[str]:
        words = [w for w in _normal(text).split() if w.startswith(stem)]
        return themes_of(" ".join(words))

    return sense(first) == sense(second)


def _themed(stem: str, first: str, second: str) -> bool:
    """True when a word that says nothing on its own ("build") says the same with the word
    after it in both texts: "build times 35 -> 12 min" and "~40 min builds" are both about
    builds; "built the dashboard" is about no build."""

    def sense(text: str) -> frozenset[str]:
        words = _normal(text).split()
        runs = [" ".join(words[k : k + 2]) for k, w in enumerate(words) if w.startswith(stem)]
        return frozenset(name for run in runs for name in themes_of(run))

    found = sense(first)
    return bool(found) and found == sense(second)


# Words that say when, never what ("last 2 yrs", "audit findings last year"), by their stems.
_WHEN = frozenset(["last", "next", "past", "previ", "recen", "lates", "ago", "upcom", "comin"])


def tie_strength(
    point: str,
    topic: str,
    point_stems: frozenset[str],
    topic_stems: frozenset[str],
    everywhere: frozenset[str] = frozenset(),
) -> int:
    """How clearly a point and a topic are about the same thing: 0 when they are not.

    A shared telling word or a shared theme counts 2, a shared code or acronym ("first-gen",
    "H-1B", "GP") 3, two telling words side by side in both ("food cost") 2 more; neighbouring
    themes 1. So "got food cost from 33% to 29%" meets "food cost - target 28%" before "whole-
    animal butchery program", and "first-gen undergrads" meets "undergrad research for first-gen
    students" before "co-supervising grad students". The
    caller gives each text's word stems with the role's and company's words already taken out,
    and the themes that are `everywhere` in the candidate's notes (they count for nothing).
    """
    both = (point_stems & topic_stems) - _WHEN
    shared_words = {stem for stem in both - WEAK if _same_sense(stem, point, topic)} | {
        stem for stem in both & WEAK if _themed(stem, point, topic)
    }
    codes = {c for c in _acronyms(point) & _acronyms(topic) if not _context(c, point, topic)}
    codes |= _spelled_out(point, topic) | _spelled_out(topic, point)
    mine, theirs = themes_of(point) - everywhere, themes_of(topic) - everywhere
    if not any(same_thing(w, point, topic) for w in shared_words | codes):
        # every word they share names another thing in each ("funeral orders", "Shopify
        # orders"; "the CPE program", "four units CPE"): no ground in common
        shared_words, codes = set(), set()
    pairs = _pairs(point, shared_words) & _pairs(topic, shared_words)
    score = 2 * len(shared_words) + 3 * len(codes) + 2 * len(mine & theirs) + 2 * len(pairs)
    # the topic's own subject, its first word, named in the point: "EEN adherence ... rose"
    # is about "EEN for crohn's" more than about a caseload with IBD patients in it
    head = re.match(r"(?:the |a |an )?([\w'-]+)", topic.lower())
    if score and head and (head[1] in codes or head[1][:5] in shared_words):
        score += 2
    if not score and related(mine, theirs):
        score = 1
    return score


def _pairs(text: str, shared: set[str]) -> set[tuple[str, str]]:
    """Two shared words side by side in `text`, by their stems: ("food", "cost")."""
    stems = [w.lower()[:5] for w in re.findall(r"[^\W\d_]+", text)]
    return {(a, b) for a, b in itertools.pairwise(stems) if a in shared and b in shared}
