"""A line the candidate marked: the mark read once, for every field, and set aside from the line
before any field's reader reads it.

Candidates mark their strongest or must-say lines the evening after an interview: the reader's
liking ("(she liked the dispatch bit)", "-- Tom was impressed", "he seemed to like that"), an order
to say it ("NB say ...", "mention!!", "add it!!", "- key point", "(important!!)", "must mention:"),
a verdict ("(good answer)", "-- went well") or bare "!!". A mark is never pasted into a letter and
never the cause of a line left out: `unmarked` gives the line without it and what it says
(`Mark`); `normalised` (`secondnotes`) applies it to every field before the readers see the notes,
and keeps which lines were marked (`marked_lines`), so that content selection (`select`) keeps a
marked line first among its kind for the reader it is about, and the length cuts keep it
(`typedfirst`). A liking of a named thing in a topic ("(she liked my idea of a schema registry)")
is given back as a line of its own that `topicreaction` says as the candidate glad of it.

Only marks at a line's end or head, in the closed shapes below, are read; a liking inside the
line ("parents loved it" of a program) is the line's own content and stays.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol, TypeVar

from composer import regexes as re
from composer.models import Interviewer, Notes
from composer.offline.lexicon import is_base_verb, verb_forms

__all__ = [
    "Mark",
    "liking_line",
    "marked_lines",
    "marked_notices_first",
    "marked_opening",
    "marked_points",
    "reader_of",
    "remember",
    "unmarked",
]


class HasSource(Protocol):
    """A point or a topic: the line it was typed as."""

    @property
    def source(self) -> str: ...


@dataclass(frozen=True)
class Mark:
    """What a mark says: `kind` is "liked" (the reader liked it) or "must" (the candidate must say
    it); `who` the reader typed ("she", "Tom"), if any; `thing` what they liked when the mark
    names it ("my idea of a schema registry"), else None (the whole line)."""

    kind: str
    who: str | None = None
    thing: str | None = None


# Who reacted: a pronoun, or a first name (checked against the panel by the caller).
_WHO = (
    r"(?P<who>she|he|they|both|both of them|the panel|panel|[A-Z][a-z]+"
    r"|[a-z]+(?=\s+(?:was|were|seemed|really|def|clearly|v|liked|loved)\b))"
)
_ADVERB = r"(?:(?:really|def(?:initely)?|clearly|v|very|quite|so|esp(?:ecially)?|totally)\s+)?"
# The reader's liking: "she liked the dispatch bit", "Tom was impressed", "he seemed to like that",
# "he loved that", "she was v keen on it".
_LIKING = re.compile(
    rf"(?i)^{_WHO}\s+{_ADVERB}"
    r"(?:(?:seemed|seems)\s+to\s+(?:like|love|enjoy)|liked|loved|enjoyed|appreciated|"
    r"(?:was|were|seemed|looked)\s+" + _ADVERB + r"(?:impressed|keen|interested|pleased|happy))"
    r"(?:\s+(?:by|with|w/|w|in|on|about|of))?(?P<thing>(?:\s+\S.*)?)$"
)
# A verdict on the line: "good answer", "went well", "landed well", "key point", "strong point".
_VERDICT = re.compile(
    r"(?i)^(?:(?:a\s+)?(?:good|great|strong|best)\s+(?:answer|point|one)|went\s+(?:down\s+)?well"
    r"|landed(?:\s+well)?|key\s+point|strongest(?:\s+point)?|my\s+best\s+(?:answer|point))$"
)
# An order to say it: "mention", "must mention", "add it", "say it", "important", "NB".
_ORDER = re.compile(
    r"(?i)^(?:(?:must|pls|please|def(?:initely)?)\s+)?(?:mention(?:\s+(?:it|this|that))?|add(?:\s+(?:it|this|that))?"
    r"|say(?:\s+(?:it|this|that))?|include(?:\s+(?:it|this))?|important|imp|key|nb|use\s+(?:it|this))$"
)
# The line's tail set apart: in brackets, or after a dash, an arrow, "--", a comma or a semicolon.
# A last sentence of orders and the reader's reactions, typed after the line: "MUST repeat in
# letter, he nodded hard at that", "Important, she wrote it down", "Must say it in his letter"
# (round 52, h1432, h1440).
_SENTENCE_TAIL = re.compile(r"(?<=[\w%)])[.!]+\s+(?P<body>[^.!?]+?)[.!]*$")
_TAIL_PART = re.compile(
    r"(?i)^(?:(?:(?:must|pls|please|def(?:initely)?)\s+)?(?:repeat|say|mention|put|include|stress)"
    # "MUST say this again in letter, he liked it" (round 54, h1472)
    r"(?:\s+(?:it|this|that))?(?:\s+again)?(?:\s+in\s+(?:the\s+|his\s+|her\s+|their\s+|my\s+)?letter)?"
    r"|important|key\s+point|(?:she|he|they)\s+(?:nodded(?:\s+(?:hard|a\s+lot))?(?:\s+at\s+(?:that|this|it))?"
    r"|wrote\s+(?:it|that|this)\s+down|(?:looked|seemed)\s+unsure))$"
)
# The candidate's "I have done exactly this before", ordered said after the plan it is about
# (round 54, h1464).
_DONE_BEFORE = re.compile(
    r"(?<=[\w%)])[.!]+\s+(?i:must)\s+(?i:say|mention)(?:\s+(?i:it\s+)?in\s+(?:the\s+|his\s+|her\s+)?letter)?"
    r"\s+that\s+I\s+(?:have|had|'ve)\s+done\s+(?:exactly\s+)?(?:this|that|it)\s+"
    r"(?P<how>(?:live|myself|on\s+a\s+live\s+system)\s+)?before"
    r"(?:\s*[-–—,]\s*(?:she|he|they)\s+(?:looked|seemed)\s+(?:unsure|sceptical|skeptical))?[\s.!]*$"
)
_BRACKET_TAIL = re.compile(r"\s*\((?P<body>[^()]+)\)\s*(?P<bang>!*)\s*$")
_DASH_TAIL = re.compile(r"\s*(?:\s-+>?|\s–|\s—|->|→|=>|,|;)\s*(?P<body>[^-–—>→,;()]+?)\s*$")
_BANGS = re.compile(r"\s*!{2,}\s*$")
# A head that orders the line said: "NB say I can start 5 Jan", "must mention!! I have ...",
# "mention!! - can read music", "add it!! forgot to say ...", "important: ...".
_HEAD = re.compile(
    r"(?i)^\s*(?:n\.?b\.?:?\s+(?:(?:to\s+)?(?:say|mention)(?:\s+that)?\s+)?"
    # "MUST say in letter: I'd keep the public dashboard" (round 55, h1480)
    r"|(?:must\s+)?(?:mention|say|add\s+(?:it|this)|include|important|key\s+point)"
    r"(?:\s+in\s+(?:the\s+)?letter)?\s*(?:!+|:)\s*(?:[-–—:]\s*)?)"
)
_PRONOUNS = frozenset(["she", "he", "they", "both", "both of them", "the panel", "panel"])
# A line about the interview itself, whose liking is of what was shown or how it went: "talked
# through my wall section", "editing test went fine i think".
_EVENT = re.compile(
    r"(?i)^(?:talked|showed|presented|walked|went|pitched)\b|\bi\s+think\b"
    r"|\bwent\s+(?:fine|ok|okay|well|alright)\b"
)
# Things liked that are the whole line ("it", "this bit"): no thing of their own.
_WHOLE = re.compile(
    r"(?i)^(?:it|this|that|this\s+one|that\s+one|this\s+bit|that\s+bit|the\s+idea|)$"
)


def _body_mark(body: str, names: frozenset[str]) -> Mark | None:
    """The mark a tail's words are, or None when they are the line's own words."""
    body = re.sub(r"\s*!+$", "", body.strip()).strip()
    if not body:
        return None
    if _VERDICT.match(body) or _ORDER.match(body):
        return Mark("must")
    found = _LIKING.match(body)
    if found is None:
        return None
    thing = found["thing"].strip()
    if found["who"].lower() not in _PRONOUNS and found["who"].lower() not in names:
        return None
    return Mark("liked", found["who"], None if _WHOLE.match(thing) else thing)


def unmarked(
    line: str, field: str = "highlights", names: frozenset[str] = frozenset()
) -> tuple[str, Mark | None]:
    """`line` with its mark set aside, and the mark (None, and the line as typed, when it has
    none). `names`: the panel's first names in lower case, the only names a liking may have
    ("parents loved it" is the line's own content). A personal line's "!!" is its excitement,
    no mark (`rapporttails` reads it)."""
    text = line.strip()
    mark: Mark | None = None
    head = _HEAD.match(text)
    if head and len(text) > head.end() + 3:
        text, mark = text[head.end() :].strip(), Mark("must")
    done = _DONE_BEFORE.search(text)  # "... MUST SAY in letter that I have done exactly this
    if done is not None:  # live before - he looked unsure": the plan's "which I have done ..."
        how = done["how"] or ""
        text, mark = f"{text[: done.start()]}, which I have done {how}before", Mark("must")
    text, mark = _order_cut(text, mark)
    for _ in range(2):  # "... (important!!)", "... -> mention!!", then a last "!!"
        found = _BRACKET_TAIL.search(text) or _DASH_TAIL.search(text)
        said = _body_mark(found["body"], names) if found else None
        if found is None or said is None or found.start() < 3:
            break
        text = text[: found.start()].rstrip(" -–—,;")
        mark = said if mark is None or said.kind == "liked" else mark
    # "... MUST say this again in letter, he liked it": the order, left once the liking is read
    text, mark = _order_cut(text, mark)
    if field != "rapport" and _BANGS.search(text) and len(text) > 3:
        text = _BANGS.sub("", text)
        mark = mark or Mark("must")
    if mark and mark.kind == "liked" and _EVENT.search(text):
        return line, None  # "talked through my X - they liked it": the room, read as typed
    return (text, mark) if mark else (line, None)


def _order_cut(text: str, mark: Mark | None) -> tuple[str, Mark | None]:
    """`text` without a last sentence of orders and reactions (`_TAIL_PART`), and the mark."""
    tail = _SENTENCE_TAIL.search(text)
    if tail and all(_TAIL_PART.match(p.strip()) for p in tail["body"].split(",")):
        return text[: tail.start()].rstrip(), mark or Mark("must")
    return text, mark


# A part of the line named by a word of it: "the dispatch bit", "the pressing triggers part".
_BIT = re.compile(r"(?i)^the\s+(?P<words>.+?)\s+(?:bit|part|bits|parts)$")
_PIECES = re.compile(r"\s*(?:,|;|\+|->|→|:)\s*")


def _piece_named(words: str, line: str) -> str | None:
    """The step of `line` that `words` name, as "the idea of <doing it>" ("warn dispatch
    early": "the idea of warning dispatch early"), else None."""
    wanted = words.lower().split()
    found = [p for p in _PIECES.split(line) if all(w in p.lower().split() for w in wanted)]
    if len(found) != 1:
        return None
    verb, _, rest = found[0].strip().partition(" ")
    if verb.lower() != verb or not is_base_verb(verb) or not rest:
        return None
    doing = verb_forms(verb).get("VBG")
    return f"the idea of {doing} {rest}" if doing else None


def liking_line(mark: Mark, line: str = "", pronoun: str = "they") -> str | None:
    """The reader's liking of a named thing as a line `topicreaction` reads ("she liked my idea of
    a schema registry"; "the dispatch bit" of a line with the step "warn dispatch early": "she
    liked the idea of warning dispatch early"), else None."""
    if mark.kind != "liked" or not mark.thing:
        return None
    who = mark.who if mark.who and mark.who.lower() in {"she", "he", "they"} else pronoun
    thing = mark.thing
    if bit := _BIT.match(thing):  # the step it names, or nothing sure to say
        found = _piece_named(bit["words"], line)
        if found is None:
            return None
        thing = found
    return f"{who.lower()} liked {thing}"


# The lines marked in the notes last mended (`secondnotes.normalised`), by the notes' JSON: the
# readers see the lines without their marks, and selection asks which those were.
_MARKED: dict[str, dict[str, Mark]] = {}


def remember(key: str, marked: dict[str, Mark]) -> None:
    """Keep `marked` (a line as mended: its mark) for the notes whose JSON is `key`."""
    if len(_MARKED) > 16:
        _MARKED.clear()
    _MARKED[key] = marked


def marked_lines(key: str) -> dict[str, Mark]:
    """The lines marked in the notes whose JSON is `key` (as mended), with their marks."""
    return _MARKED.get(key, {})


def reader_of(mark: Mark, people: Sequence[Interviewer]) -> int | None:
    """The reader a mark is about: the one it names, or the only one; None when it could be any."""
    if len(people) == 1:
        return 0
    who = (mark.who or "").lower()
    for index, person in enumerate(people):
        names = {person.name.split()[0].lower(), (person.salutation or "").strip().lower()}
        if who and who in names:
            return index
    return None


def marked_points(notes: Notes) -> dict[str, int | None]:
    """The lines marked in `notes` (as the readers see them: `secondnotes.normalised`), each
    with the reader it is about (`reader_of`)."""
    marks = marked_lines(notes.model_dump_json())
    return {line: reader_of(mark, notes.interviewers) for line, mark in marks.items()}


def _part_of(source: str, line: str) -> bool:
    """Whether a point typed as `source` is the marked `line` or a part of it of three words or
    more (as `select.is_answered` reads a typed answer)."""
    if source == line:
        return True
    return len(source.split()) >= 3 and bool(re.search(rf"(?<!\w){re.escape(source)}(?!\w)", line))


def marks_on(sources: Sequence[str], notes: Notes) -> list[tuple[bool, int | None]]:
    """For each point typed as one of `sources`: whether it was marked, and the reader it is
    about (None: any, or not marked)."""
    marks = marked_points(notes)
    found = []
    for source in sources:
        lines = [line for line in marks if _part_of(source, line)]
        found.append((bool(lines), marks[lines[0]] if lines else None))
    return found


T = TypeVar("T", bound=HasSource)


def first_marked(items: Sequence[T], notes: Notes) -> list[T]:
    """`items` (points or topics) with the marked ones first, each kind in its order."""
    marked = marks_on([item.source for item in items], notes)
    return [item for item, _ in sorted(zip(items, marked, strict=True), key=lambda m: not m[1][0])]


def marked_opening(
    opening: list[int | None], marks: list[tuple[bool, int | None]]
) -> list[int | None]:
    """`opening` (for each reader, the point their letter opens with: `spread.one_each`) with a
    point marked as about one reader (`marks_on`) given to that reader to open with."""
    chosen = list(opening)
    for number, (marked, reader) in enumerate(marks):
        if marked and reader is not None and chosen[reader] != number:
            chosen = [None if point == number else point for point in chosen]
            chosen[reader] = number
    # a point marked for any reader ("zero fatalities in 19 years - MUST say") that opens no
    # letter opens the first letter with none, else the first reader's (the panel's lead)
    for number, (marked, reader) in enumerate(marks):
        if marked and reader is None and chosen and number not in chosen:
            free = [r for r, point in enumerate(chosen) if point is None]
            unmarked = [
                r for r, point in enumerate(chosen) if point is not None and not marks[point][0]
            ]
            if free or unmarked:
                chosen[(free or unmarked)[0]] = number
    return chosen


def marked_notices_first(notices: Sequence[str], notes: Notes) -> tuple[str, ...]:
    """`notices` with those about a line the candidate marked first: a marked line that still
    cannot be read is the first thing the report names."""
    marks = marked_lines(notes.model_dump_json())
    quoted = [f'("{line[:40]}' for line in marks]
    return tuple(sorted(notices, key=lambda n: not any(q in n for q in quoted)))
