"""A fact said once in a letter: a point of the candidate's that says again a span, a name or a
figure another sentence of the letter says is said without it, or left out.

Two point sentences, or a point and the reader's topic, are often typed from one fact ("Nine
years as Head Teacher of Portree High School" and the answer "the model we introduced at Portree
High School"); said one after the other they read as a CV list (reader 29). The facts are found
by content, not by wording: a span ("twelve years", "12 yrs"), a figure with a percent sign, and a
name (a run of capitalised words inside a sentence, or letters in capitals), the role's, the
company's and the people's own words set aside. A point sentence that
- ends on a name the sentence just before it names ("... as Head Teacher of Portree High School.")
  says "there" in its place;
- says a span another sentence says of the same thing (a word or a name shared besides) is left
  out: what it adds is the same claim again;
- shares names and figures for half its content words or more is left out.
`said_before` and `once_within` serve the last gate (`flagged`): a sentence said again, word for
word or four words in five, and one sentence of an item that repeats an earlier one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from composer import regexes as re
from composer.models import Notes
from composer.offline.body import POINTS, Sentence
from composer.offline.usable import stems
from composer.offline.words import COUNT_VALUES
from composer.rules.repetition import sentence_key

# The numbers a span is typed or said with, as words
_COUNTS = {word: value for word, value in COUNT_VALUES.items() if value <= 20}
_TENS = {word: COUNT_VALUES[word] for word in ("twenty", "thirty", "forty", "fifty")}
_UNIT = r"(?:years?|yrs?|months?|mos?|weeks?|wks?|seasons?|decades?)"
_NUMBER = r"(?:\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty)(?:-[a-z]+)?|[a-z]+teen|[a-z]{3,6})"
_SPAN = re.compile(rf"\b({_NUMBER})[ -]({_UNIT})\b", re.I)
_PERCENT = re.compile(r"\b\d+(?:\.\d+)?%")
# A name: capitalised words (with "of", "de", "the", "and" between), or a word in capitals
_NAME = re.compile(
    r"\b(?:[A-Z][\w'’.-]*[a-z]\w*|[A-Z]{2,}\w*)(?:\s+(?:(?:of|de|the|and|da|do)\s+)?"
    r"(?:[A-Z][\w'’.-]*|[A-Z]{2,}\w*))*"
)
# a name at the end of a sentence, after "at", "in", "with" or a post's "of" ("Head Teacher of")
_PLACE_END = re.compile(r"^(.*\S)\s+(at|in|with|of)\s+(?:the\s+)?([^,;:]+?)\.$")
_EDGE = frozenset({"of", "de", "the", "and", "da", "do"})


def _count(word: str) -> int | None:
    word = word.lower()
    if word[:1].isdigit():
        return int(float(word))
    if word in _COUNTS:
        return _COUNTS[word]
    tens, _, unit = word.partition("-")
    if tens in _TENS and (not unit or unit in _COUNTS):
        return _TENS[tens] + (_COUNTS[unit] if unit else 0)
    return None


def spans(text: str) -> frozenset[tuple[int, str]]:
    """The spans a text says, as (count, unit): "twelve years" and "12 yrs" are (12, "y")."""
    found = set()
    for number, unit in _SPAN.findall(text):
        count = _count(number)
        if count is not None:
            found.add((count, unit[0].lower()))
    return frozenset(found)


def names(text: str, own: frozenset[str] = frozenset()) -> frozenset[str]:
    """The names a sentence says inside it (its first word and "I" are no name), less `own`:
    the words of the role, the company and the people."""
    found = set()
    for match in _NAME.finditer(text):
        name = match.group().rstrip(".")
        if match.start() == 0:  # a sentence's first word: a capital by place
            first, _, rest = name.partition(" ")
            if not rest or first.lower() in _OPENERS:
                continue
            name = rest if first.lower() in _OPENERS else name
        words = [w for w in name.split() if w.lower() not in own and w != "I"]
        while words and words[0] in _EDGE:
            words = words[1:]
        while words and words[-1] in _EDGE:
            words = words[:-1]
        if any(w[:1].isupper() for w in words):
            found.add(" ".join(words))
    return frozenset(found)


_OPENERS = frozenset(
    {"i", "in", "on", "at", "as", "my", "our", "the", "a", "an", "it", "when", "you", "one"}
    | {"that", "this", "what"}
)


def _figures(text: str) -> frozenset[str]:
    return frozenset(_PERCENT.findall(text))


def _there(text: str, before: str, own: frozenset[str]) -> str | None:
    """`text` with the name it ends on said as "there", when `before` names it too."""
    match = _PLACE_END.search(text)
    if not match:
        return None
    head, word, place = match.groups()
    if word == "of" and not head.split()[-1][:1].isupper():
        return None  # "four units of CPE" is no place; "Head Teacher of Portree ..." is
    if word == "of" and re.search(r"\b(?:for|at|in|with|from|to|by) [A-Z][\w'-]*$", head):
        return None  # "for Port of Gdańsk": one name, never "for Port there"
    if all(w.lower() in own for w in place.split()):
        return None  # the employer's own name after the thanks: no "there" for them
    if not _NAME.fullmatch(place) or not re.search(rf"\b{re.escape(place)}\b", before):
        return None
    named = re.escape(place)
    if re.search(rf"\b{named} (?:and|or) [A-Z]|[A-Z][\w'-]* (?:and|or) {named}\b", before):
        return None  # "the Bristol and Exeter offices": "there" could be either
    return head + " there."


def repeated_spans(
    text: str, others: Iterable[str], own: frozenset[str]
) -> frozenset[tuple[int, str]]:
    """The spans `text` (a point's sentence or clause) says that another sentence says of the
    same thing: a name or a content word shared besides the span."""
    mine_spans, mine_names, mine_stems = spans(text), names(text, own), stems(text)
    found: set[tuple[int, str]] = set()
    for other in others:
        shared = mine_spans & spans(other)
        if shared and (mine_names & names(other, own) or mine_stems & stems(other)):
            found |= shared
    return frozenset(found)


def says_again(text: str, others: Iterable[str], own: frozenset[str]) -> bool:
    """Whether `text` says a span another sentence says of the same thing."""
    return bool(repeated_spans(text, others, own))


# A span a sentence can do without: in a tail after "for" or "over" ("I also balanced the
# ledger every night for 18 months."), or as the measure of experience brought or held ("I
# would bring eight years of experience as ...", "three years as a therapist")
_SPAN_TAIL = (
    rf"\s+(?:for|over|across)\s+(?:the\s+(?:last|past)\s+)?(?P<n>{_NUMBER})[ -]{_UNIT}(?=[.,;])"
)
_SPAN_HELD = (
    rf"\b(?P<verb>bring|have|had|with)\s+(?:my\s+)?(?P<n>{_NUMBER})[ -]{_UNIT}"
    r"(?:\s+of(?:\s+\w+)?\s+experience|(?=\s+(?:as|at|in)\s))"
)
_TRIMS = (re.compile(_SPAN_TAIL, re.I), re.compile(_SPAN_HELD, re.I))


def _trimmed(text: str, shared: frozenset[tuple[int, str]]) -> str | None:
    """`text` without the span it says again, where a shape lets it go; else None."""
    counts = {count for count, _ in shared}
    for trim in _TRIMS:
        for match in trim.finditer(text):
            if _count(match.group("n")) not in counts:
                continue
            if re.search(r",\s+the\s+(?:last|first)\s+\w+\s+(?:as|in|at)\b", text[match.end() :]):
                continue  # "eleven years at X, the last four as ...": the span the rest counts
            verb = match.groupdict().get("verb")
            if verb is None:
                said = ""
            else:
                said = f"{verb} my experience" if verb.lower() == "bring" else f"{verb} experience"
            return text[: match.start()] + said + text[match.end() :]
    return None


_JOIN = re.compile(r", and (?=I )")


def _one_claim(text: str, own: frozenset[str]) -> str:
    """A sentence of two clauses joined by ", and I ..." without its second when that says the
    first's span again ("I have 11 years in X, and I also have 11 years with Y.")."""
    parts = _JOIN.split(text)
    if len(parts) != 2 or not says_again(parts[1], [parts[0]], own):
        return text
    return parts[0].rstrip(",;") + "."


def said_once(
    texts: Sequence[str], points: Sequence[bool], own: frozenset[str], *, there: bool = True
) -> list[str | None]:
    """Each sentence of a letter body as it should be said: `points` marks the candidate's point
    sentences, the only ones changed; None for one left out. `there`: a name said again at the
    end is said "there" (only in the letter's last order: the sentence before is known)."""
    out: list[str | None] = list(texts)
    for i, text in enumerate(texts):
        if not points[i]:
            continue
        text = out[i] = _one_claim(text, own)
        # what the letter said before it: a later sentence (a follow-up's "for two years")
        # never takes a point's place
        others = [t for t in out[:i] if t]
        before = next((t for t in reversed(out[:i]) if t), "")
        said = _there(text, before, own) if there and before else None
        if said:
            out[i] = text = said
        shared = repeated_spans(text, others, own)
        if shared:
            out[i] = text = _trimmed(text, shared)  # type: ignore[assignment]
        if text and any(counted(text) & counted(other) for other in others):
            out[i] = None  # "a team of eleven engineers", said of the answer before it

    return out


# A count and the things counted (one or two words on): "eleven engineers", "1,200 merino sheep".
_COUNTED = re.compile(
    rf"\b(?P<n>\d{{1,3}}(?:,\d{{3}})+|{_NUMBER})(?=\s+(?P<words>[a-z]+(?:\s+[a-z]+)?)\b)"
)
_TIME_UNITS = re.compile(
    r"^(?:years?|yrs?|months?|weeks?|days?|hours?|minutes?|seasons?|decades?)$"
)


def counted(text: str) -> frozenset[tuple[int, str]]:
    """The counts of things a sentence says, as (count, the stem of a word counted): "eleven
    engineers" and "11 engineers" are (11, "engin"); never a span of time ("two years", read by
    `spans`) nor one thing ("one", "1")."""
    found = set()
    for match in _COUNTED.finditer(text):
        count = _count(match["n"].replace(",", ""))
        if count is None or count < 2:
            continue
        for word in match["words"].split():
            if _TIME_UNITS.match(word):
                break
            if len(word) >= 4 and word not in _SMALL:
                found.add((count, word[:5]))
    return frozenset(found)


def own_words(texts: Iterable[str]) -> frozenset[str]:
    """The words (lower case) of the role, the company and the people: never a fact said twice."""
    return frozenset(w.lower() for t in texts for w in re.findall(r"[\w'’.-]+", t))


def own_of(notes: Notes) -> frozenset[str]:
    """The words of the notes' role, company and people."""
    people = [p.name for p in notes.interviewers] + [notes.candidate.name]
    return own_words([notes.role, notes.company, *people])


def kept_once(sentences: list[Sentence], notes: Notes, *, there: bool = False) -> list[Sentence]:
    """The letter's sentences with each fact said once (`said_once`): a point's sentence that
    names again what the one before names says "there"; one that says it all again goes."""
    points = [s.section in POINTS for s in sentences]
    said = said_once([s.text for s in sentences], points, own_of(notes), there=there)
    return [
        s if text == s.text else replace(s, text=text)
        for s, text in zip(sentences, said, strict=True)
        if text is not None
    ]


def repeats(clause: str, sentences: Sequence[Sentence], notes: Notes) -> bool:
    """Whether a point's clause a letter would add says again what `sentences` say, in a shape
    `said_once` would leave out (one it says without the span is added, and trimmed there)."""
    texts = [*(s.text for s in sentences), clause.rstrip(".") + "."]
    points = [False] * len(sentences) + [True]
    return said_once(texts, points, own_of(notes), there=False)[-1] is None


def said_before(text: str, kept: list[Sentence]) -> bool:
    """True when `text` is, word for word, a sentence the letter already says, or says again
    what one sentence of it says ("I reduced material costs by buying directly from growers"
    after the answer that told of it): four in five of its words (five or more) in that one."""
    key = sentence_key(text)
    if any(sentence_key(k.text) == key for k in kept):
        return True
    before = [k.text for k in kept]
    mine = _stems(text)
    return _repeats(text, before) or any(  # or four words in five, and no other figure
        len(mine) >= 5 and len(mine & _stems(b)) >= 0.8 * len(mine) and _counts(text) <= _counts(b)
        for b in before
    )


def _counts(text: str) -> set[str]:
    return set(
        re.findall(
            r"\d[\d.,]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b", text.lower()
        )
    )


def once_within(text: str) -> str:
    """`text` without a sentence whose every word an earlier sentence of it says."""
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z])", text)
    said = [p for n, p in enumerate(parts) if not _repeats(p, parts[:n])]
    return " ".join(said) if said else text


def _repeats(text: str, before: list[str]) -> bool:
    """Every word of `text` said by one sentence `before`, and no other figure ("three seasons",
    "four seasons": two facts)."""
    mine = _stems(text)
    return len(mine) >= 3 and any(mine <= _stems(b) and _counts(text) <= _counts(b) for b in before)


def _stems(text: str) -> set[str]:
    """The first five letters of a sentence's words of four letters or more, but "with" and such."""
    return {w[:5] for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in _SMALL}


_SMALL = frozenset(["with", "that", "have", "from", "this", "which", "would", "their", "about"])
