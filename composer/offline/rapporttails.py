"""A personal note typed in haste, read apart from what the candidate typed around the fact.

Laughter, emoji and "!!" are the candidate's, never the reader's: gone ("new baby lol", "wife due
w/ #2 in feb 🙂"). A leading bullet is gone ("- also talked about cycling"). An arrow joins the
fact to what follows as a dash does ("rec'd X -> will read over the hols"). What follows a dash
is read by what it is: the candidate's comment ("- nervous", "- well deserved imo", "haha small
world") is dropped; the candidate's plan for a thing recommended ("-> will read over the hols",
"- ordering it tonight", "-> go before sat!") is said as what they will do ("will read it over
the holidays"); the name of a place recommended by its kind ("rec'd a ramen place in Soho ->
Kanada-Ya") takes the kind's place. The candidate's own part typed after an event of theirs
("she's running the Copenhagen half in Sept, I ran it 2025") follows the wish (`with_own`).
`rapport` reads the note so cleaned, and a note whose whole cannot be said by its head alone
(`head`).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import Protocol, TypeVar

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.rapportacts import yours
from composer.offline.rapportpatterns import SAD
from composer.offline.shorthand import expand
from composer.offline.words import PREPOSITIONS

__all__ = [
    "cleaned", "comment_tail", "head", "hurried", "or_head", "planned", "talked_about", "with_own"
]  # fmt: skip

# Laughter and asides of the candidate's: "lol", "haha", "imo", "tbh", a smiley.
_LAUGH = re.compile(
    r"(?i)[,;]?\s*(?<![\w'])(?:lo+l+|lmao|rofl|(?:ha){2,}h?|(?:he){2,}|omg|imo|imho|tbh|ngl|jk"
    r"|xd)(?![\w'])|\s*(?<!\w)[:;]-?[()dpDP](?!\w)"
)
_ARROW = re.compile(r"\s*(?:-+>|=+>|→|⇒)\s*")
_BULLET = re.compile(r"^\s*(?:[-*•–—]+|\d+[.)])\s+")


# A date typed bare after a word ("Kyoto dec 20", "Rome 5 jan"), before a mark or the end.
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_BARE_DATE = re.compile(
    rf"(?i)(?P<prev>\b[\w'’]+)\s+(?P<date>{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH})(?=\s*(?:[,;.!(]|$))"
)


def _on_date(found: re.Match[str]) -> str:
    prev = found["prev"].lower()
    # "Saturday 17", "sat 24 aug": the weekday says the date is on it
    weekday = re.fullmatch(r"(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)\.?", prev) or (
        re.fullmatch(r"(?:mon|tues|wednes|thurs|fri|satur|sun)day", prev)
    )
    if (
        prev in PREPOSITIONS
        or prev in ("the", "every", "and", "or", "to", "till", "til")
        or weekday
    ):
        return found[0]  # "on dec 20", "from 5 jan", "until dec 20": said already
    return f"{found['prev']} on {found['date']}"


# What follows a laugh up to a bracket, a mark or the end: "haha small world!!".
_AFTER = re.compile(r"\s*(?P<after>[^()!?.,;]*)")


def _without_laughs(text: str) -> str:
    """`text` without its laughs, and without the comment after one ("haha small world")."""
    out, pos = [], 0
    for found in _LAUGH.finditer(text):
        if found.start() < pos:
            continue
        out.append(text[pos : found.start()])
        after = _AFTER.match(text, found.end())
        comment = after and text[: found.start()].strip() and comment_tail(after["after"])
        pos = after.end() if after and comment else found.end()
    return "".join([*out, text[pos:]])


def _emoji(char: str) -> bool:
    return unicodedata.category(char) in ("So", "Sk", "Cs") or 0xFE00 <= ord(char) <= 0xFE0F


def hurried(note: str) -> str:
    """`note` without the candidate's laughter, emoji, shouting and bullet, its arrows said as
    dashes: "- his daughter just born last wk lol!!" -> "his daughter just born last wk!"."""
    text = "".join(" " if _emoji(c) or c == "\u200d" else c for c in note)
    text = _BULLET.sub("", text)
    text = _without_laughs(text)
    text = _ROUTE.sub(r"\1 to \2", text)  # "the bergen -> shetland sailing race": a route
    text = _ARROW.sub(" - ", text)
    text = _BARE_DATE.sub(_on_date, text)  # "to Kyoto w family dec 20": "on dec 20"
    # "in Killarney end of Feb": the time with its preposition
    text = re.sub(
        r"(?i)(?<!\bat )(?<!\bby )(?<!\bthe )\bend of "
        r"(?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)",
        "at the end of ",
        text,
    )
    # "... challenge in april ~ wished her luck": what the candidate said then, the letter says
    text = re.sub(
        r"(?i)\s*(?:~|-+|–|—|,|;)\s*(?:I\s+)?(?:wished|told)\s+(?:her|him|them)\s+(?:good\s+)?"
        r"(?:luck|well)\b[.!]*\s*$",
        "",
        text,
    )
    text = re.sub(r"([!?])[!?1]+", r"\1", text)
    text = re.sub(r"\s+([!?.,;])", r"\1", text)
    text = re.sub(r"\(\s*\)", "", re.sub(r"\s+\)", ")", text))
    return " ".join(text.split()).strip(" ,;-")


# An arrow between two places before what goes between them: "the bergen -> shetland race".
_ROUTE = re.compile(
    r"\b([A-Za-z]+) ?-> ?([A-Za-z]+)(?= (?:[a-z]+ )?(?:race|rally|ride|run|regatta|crossing))"
)

# A tail after a dash: the first dash set off by spaces.
_DASH = re.compile(r"\s+(?:-+|–|—)\s+")

# How the candidate felt or what they made of it: "nervous", "she's nervous", "so excited",
# "well deserved", "small world", "so cool", "jealous", "nice guy".
_FEELING = frozenset(
    ["nervous", "excited", "thrilled", "stoked", "proud", "chuffed", "buzzing", "gutted",
     "jealous", "envious", "amazing", "awesome", "cool", "nice", "lovely", "sweet", "cute", "fun",
     "funny", "brave", "impressive", "incredible", "wild", "crazy", "mad", "insane", "great",
     "brilliant", "fab", "fabulous", "wow", "ha", "deserved", "overdue", "small", "world",
     "relieved", "happy", "emotional", "tired", "knackered", "exhausted", "shattered", "keen",
     "guy", "lady", "legend"]
)  # fmt: skip
_HEDGES = frozenset(
    ["so", "very", "really", "such", "a", "an", "well", "totally", "super", "pretty", "bit",
     "kinda", "quite", "how", "what", "s", "he", "she", "they", "he's", "she's", "they're", "is",
     "are", "was", "were", "seems", "seemed", "looked", "sounded", "sounds", "i", "im", "i'm",
     "me"]
)  # fmt: skip


def comment_tail(tail: str) -> bool:
    """True when a dash's tail is the candidate's comment on the fact: words of feeling or
    verdict and the small words around them ("she's nervous", "well deserved", "small world")."""
    words = re.findall(r"[a-z']+", tail.lower())
    if not words or len(words) > 5 or re.search(r"\d|[A-Z]", tail):
        return False
    feeling = [w for w in words if w in _FEELING]
    return bool(feeling) and all(w in _FEELING or w in _HEDGES for w in words)


def head(note: str) -> str | None:
    """The fact before a dash whose tail is an aside ("moving to Leeds in jan - new job for her
    husband" -> "moving to Leeds in jan"), or None when the note has no such dash."""
    parts = _DASH.split(note, maxsplit=1)
    if len(parts) != 2 or len(parts[0].split()) < 2:
        return None
    return parts[0].strip(" ,;")


# A thing recommended: "rec'd X", "she recommended X", "told me to try X".
_RECOMMENDS = re.compile(
    r"(?i)^(?:(?:s?he|they)\s+)?(?:also\s+)?(?:recommended|suggested|recc?['’]?d|recc?['’]ed"
    r"|told\s+me\s+to\s+(?:try|read|watch|visit|see))\s+\S"
)
# A thing recommended by its kind ("a ramen place in Soho"), and its name typed after the dash
# with what the candidate will do after a comma ("Kanada-Ya, will try it this wknd").
_BY_KIND = re.compile(
    r"(?i)^(?:(?:s?he|they)\s+)?(?:also\s+)?\S+(?:\s+(?:me\s+)?to\s+\w+)?\s+(?:an?|this|some)\s"
)
_NAMED = re.compile(
    r"^(?P<name>(?:[A-Z0-9][\w'’&.-]*)(?:\s+(?:[A-Z0-9][\w'’&.-]*|de|da|do|di|du|la|le|of|the"
    r"|and|&))*)(?:,\s+(?P<rest>.*))?$"
)
# What the candidate will do with it, as typed after the dash: "will read over the hols",
# "going to get tix for next yr", "ordering it tonight", "go before sat".
_PLAN_VERBS = (
    r"read|watch|listen\s+to|try|visit|go|book|get|see|order|buy|borrow|download|check\s+out"
    r"|look\s+(?:it\s+)?up|pick\s+up"
)
_PLAN = re.compile(
    rf"(?i)^(?:(?:I\s+)?(?:will|I['’]ll|ill|going\s+to|gonna|plan\s+to|want\s+to|hope\s+to"
    rf"|need\s+to)\s+)?(?P<verb>{_PLAN_VERBS})\b(?P<rest>[^;]*)$"
)
_PLANNING = re.compile(
    r"(?i)^(?:I\s*['’]?m\s+|im\s+)?(?P<verb>reading|watching|trying|visiting|going|booking"
    r"|getting|ordering|buying|borrowing|downloading)\s+(?P<rest>it\s+\w[^;]*)$"
)
_BASE = {"reading": "read", "watching": "watch", "trying": "try", "visiting": "visit",
         "going": "go", "booking": "book", "getting": "get", "ordering": "order",
         "buying": "buy", "borrowing": "borrow", "downloading": "download"}  # fmt: skip
# A time the letter's day has passed: "tonight", "today" (the note is typed on the day).
_PASSED = re.compile(r"(?i)\s+(?:tonight|today|this\s+evening|later\s+today|asap)\b")


# What the candidate has not done yet with a recommendation: ", I did not visit yet", "- haven't
# read it yet": the plan it leaves ("will visit it").
_NOT_YET = re.compile(
    r"(?i)\s*(?:,|\s[-–—]+)\s*(?:but\s+)?(?:I\s+)?(?:did\s+not|didn['’]t|have\s+not"
    r"|haven['’]t|not)\s+(?:yet\s+)?(?P<verb>visit(?:ed)?|read|seen|see|been|tried|try"
    r"|watch(?:ed)?|listen(?:ed)?\s+to)(?:\s+(?:it|there|that))?\s+yet\s*[.!]*$"
)
_NOT_YET_BASE = {"visited": "visit", "seen": "see", "been": "visit", "tried": "try",
                 "watched": "watch", "listened to": "listen to"}  # fmt: skip


def planned(note: str) -> str:
    """A recommendation with the candidate's plan typed after its dash, the plan said with
    "will" ("rec'd X - going to get tix for next yr" -> "rec'd X - will get tix for next yr";
    "- ordering it tonight" -> "- will order it"; ", I did not visit yet" -> "- will visit
    it"); any other note as it is."""
    not_yet = _NOT_YET.search(note)
    if not_yet and not_yet.start() > 0 and _RECOMMENDS.match(note):
        verb = " ".join(not_yet["verb"].lower().split())
        note = f"{note[: not_yet.start()]} - will {_NOT_YET_BASE.get(verb, verb)} it"
    parts = _DASH.split(note, maxsplit=1)
    if len(parts) != 2 or not _RECOMMENDS.match(parts[0]):
        return note
    tail = parts[1].strip(" .!")
    named = _NAMED.match(tail) if _BY_KIND.match(parts[0]) else None
    if named:  # "rec'd a ramen place in Soho - Kanada-Ya, will try it": the place by its name
        said = _RECOMMENDS.match(parts[0])
        by_kind = _BY_KIND.match(parts[0])
        assert said is not None and by_kind is not None
        kind = parts[0][by_kind.end() :]
        parts = [f"{parts[0][: said.end() - 1]}{named['name']} ({kind})", named["rest"] or ""]
        tail = parts[1].strip(" .!")
        if not tail:
            return parts[0]
    doing = _PLANNING.match(tail)
    if doing:
        base, rest = _BASE[doing["verb"].lower()], _PASSED.sub("", doing["rest"])
        return f"{parts[0]} - will {base} {rest.strip()}"
    plan = _PLAN.match(tail)
    if plan is None or re.search(r"(?i)\b(?:already|yet|just)\b", tail):
        return note  # "- read it already": done, read elsewhere
    if plan["verb"].lower() == "get" and re.match(r"(?i)\s*it\b", plan["rest"]):
        return note  # "- going to get it": a copy, or the point of it? Not sure
    rest = _PASSED.sub("", plan["rest"]).strip()
    verb = " ".join(plan["verb"].lower().split())
    return f"{parts[0]} - will {verb} {rest}".strip()


# A subject talked about, typed as the talk: "also talked about cycling", "we chatted about
# the Tour de France", "bonded over sourdough"; a tail after its comma is an aside.
_TALKED = re.compile(
    r"(?i)^(?:(?:we|she|he|they)\s+)?(?:also\s+)?(?:talked|chatted|spoke|got\s+talking|bonded"
    r"|geeked\s+out)\s+(?:a\s+(?:bit|lot)\s+)?(?:about|over|re)\s+(?P<what>[^,;.!?()]+?)"
    r"(?:\s*[,;(].*)?[.!]*$"
)
# Words that make the subject no pastime of theirs: the job, the candidate's own, a sad matter.
_NOT_THEIRS = re.compile(
    r"(?i)\b(?:my|mine|our|i|me|role|job|team|company|salary|pay|interview|hospital|illness"
    r"|cancer|funeral|divorce|surgery|passed|died|death|sick|ill)\b"
)


def talked_about(note: str, most: int = 5) -> tuple[str, dict[str, str]] | None:
    """The section and values of a warm line on a subject typed as a talk about it ("- also
    talked about cycling, she does the Fred Whitton" -> "cycling"; "her allotment": "your"),
    when a warm line may name it: a few words (`most`), none of the job, the candidate's own or
    a sad matter; else None."""
    found = _TALKED.match(note.strip())
    if found is None:
        return None
    what = found["what"].strip()
    if _NOT_THEIRS.search(what) or len(what.split()) > most:
        return None
    return "talked_about", {"what": yours(expand(what))}


class _Said(Protocol):
    @property
    def text(self) -> str | None: ...


S = TypeVar("S", bound=_Said)


def or_head(note: str, said: S, say: Callable[[str], S]) -> tuple[str, S]:
    """The note and its line, else its head and the head's line when the whole could not be said
    ("moving to Leeds in jan - new job for her husband": said by the move alone)."""
    short = head(note) if said.text is None else None
    alone = say(short) if short else None
    if short and alone and alone.text:
        return short, alone
    # "rides MTB, doing the Cape Epic in March": the hobby first, then what is ahead, which a
    # wish fits; each part after a comma is tried alone, the first said is used
    sad = SAD.search(note) is not None  # "mum in hospital, flying to Spain": never a trip wish
    parts = [p.strip() for p in note.split(", ")] if said.text is None and not sad else []
    for part in parts[1:]:  # what is ahead: "-ing" and a name ("doing the Cape Epic"), not
        words = part.split()  # "visiting this wknd", whose object the part does not say
        ahead = len(words) >= 3 and lexicon.is_gerund(words[0].lower())
        ahead = ahead and any(w[:1].isupper() for w in words[1:])
        tried = say(part) if ahead else None
        if tried is not None and tried.text:
            return part, tried
    return note, said


def cleaned(note: str) -> str:
    """`note` as `rapport` reads it: `hurried`, a plan after a recommendation said with
    "will" (`planned`), a comment after its dash dropped ("- she's nervous")."""
    note = planned(hurried(note))
    short = head(note)
    return short if short and comment_tail(note[len(short) :]) else note


# The candidate's own part typed after an event of theirs: ", I ran it 2025", "- did it myself
# last yr", "; i walked it in 2019". The event is "it"; a year or "last year" is said as typed.
_OWN = re.compile(
    r"(?i)\s*(?:[,;]|\s[-–—]+)\s*(?:i\s+)?(?:also\s+)?(?P<verb>ran|did|walked|rode|cycled|swam"
    r"|hiked|climbed|sailed|rowed|raced|completed|finished|paddled|skied)\s+(?:it|that\s+one)"
    r"(?:\s+(?:myself|too|as\s+well))?(?:\s+(?:in\s+)?(?P<year>(?:19|20)\d\d)|\s+(?P<last>last"
    r"\s+(?:year|yr|summer|spring|autumn|fall|winter)))?\s*[.!]*$"
)


# The candidate at the same event, typed after it: "..., where I am also presenting".
_THERE_TOO = re.compile(
    r"(?i),\s*where\s+I(?:'m|\s+am|\s+will\s+be)(?:\s+also)?\s+(?P<doing>[a-z]+ing)"
    r"(?:\s+too|\s+as\s+well)?\s*[.!]*$"
)


def with_own(note: str, say: Callable[[str], S]) -> S | None:
    """The line for an event of theirs with the candidate's own part after it ("..., I ran it
    2025": "I hope the Copenhagen half in September goes well; I ran it myself in 2025."), or
    None when the note has no such part or its event cannot be said without it."""
    found = _OWN.search(note) or _THERE_TOO.search(note)
    if found is None or found.start() == 0:
        return None
    said = say(note[: found.start()])
    text = getattr(said, "text", None)
    if not text or not text.endswith(".") or ";" in text or " it " in f" {text} ":
        return None  # a line that is two parts already, or says "it" of something else
    if "doing" in found.groupdict():  # "..., where I am also presenting": the line goes on
        doing = found["doing"].lower()  # after the event, else in a clause of its own
        last = note[: found.start()].split()[-1]
        tail = (
            f", where I am also {doing}"
            if text[:-1].endswith(last)
            else f"; I am also {doing} there"
        )
        return type(said)(f"{text[:-1]}{tail}.")  # type: ignore[call-arg]
    when = f" in {found['year']}" if found["year"] else ""
    when = when or (f" {expand(found['last']).lower()}" if found["last"] else "")
    own = f"I {found['verb'].lower()} it myself{when}"
    return type(said)(f"{text[:-1]}; {own}.")  # type: ignore[call-arg]
