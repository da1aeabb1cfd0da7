"""A highlight typed with no verb of the candidate's, whose deed the line makes sure:

- a work named by the thing made (`words.MADE_WORKS`), with what it was for and how many parts
  it had: "title sequence for the ARD documentary series Grenzland, 6 eps" -> "made a title
  sequence for the ARD documentary series Grenzland (six episodes)", "explainer series for DB
  Netz - 12 films, all delivered on time" -> "made an explainer series of 12 films for DB Netz,
  all delivered on time" (the item reader then reads the line as the deed it now is);
- a person the candidate trained who now does something of their own: "apprentice i trained
  now runs his own crew" -> "An apprentice I trained now runs his own crew.";
- a piece of work named by the thing with what was done to it after a comma or a dash
  (`words.WORK_RESULTS`): "impact report for the board, adopted as the funder template" -> "My
  impact report for the board was adopted as the funder template."

Anything else (a verb first, a clause inside the work's phrase, a thing that may be someone
else's, such as a report) is None: the other readers judge it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Protocol

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.itemkinds import Kind
from composer.offline.realise import Clause
from composer.offline.words import (
    COLLECTIVE_POSTS,
    DETERMINERS,
    FUNCTION_WORDS,
    GROUP_NOUNS,
    MADE_COLLECTIONS,
    MADE_PARTS,
    MADE_WORKS,
    PLAIN_WORDS,
    PREPOSITIONS,
    SMALL_NUMBERS,
    TRAINED_PEOPLE,
    WORK_RESULTS,
    WORK_SHORTHAND,
)

__all__ = ["made", "owned", "read", "trained"]


class _Read(Protocol):
    """A line as the item reader reads it (`items.Item`)."""

    @property
    def kind(self) -> Kind: ...
    @property
    def said(self) -> Clause | None: ...
    @property
    def why(self) -> str: ...


def read(text: str, reread: Callable[[str], _Read]) -> tuple[Kind, Clause | None, str] | None:
    """The cleaned highlight `text` read as a deed the line makes sure (its kind, clause, and why
    it is left out), or None: a person trained who now does something, said whole; a work named
    by the thing, said as made and read again as that deed by `reread` (the item reader)."""
    during = _during(text, reread)
    if during is not None:
        return during
    taught = trained(text)
    if taught is not None:
        return Kind.ACHIEVEMENT, taught, ""
    work = made(text)
    if work is None:
        said = owned(text)
        return None if said is None else (Kind.ACHIEVEMENT, said, "")
    if not work[0]:
        return Kind.UNSURE, None, "a count after the work whose link to it could not be read"
    again = reread(work[0])
    return again.kind, _sized(again.said, work[1]), again.why


# A clause of the writer's own after the result, saying the time it came in: "store NPS up from
# 32 to 51 while i was acting supervisor". A cause ("after i rewrote the scripts") is the item
# reader's: it says the result as what happened ("Complaints fell by half after I ...").
_LOWER = re.compile(r"\b[a-z]+\b")
_PLAIN = FUNCTION_WORDS | PLAIN_WORDS  # short words that are words, not note shorthand
_DURING = re.compile(
    r"^(?P<head>.+?) (?P<tail>(?:while [iI] (?P<verb>[a-z]+)|when [iI] was)\b[^,;()]*)$"
)


def _during(text: str, reread: Callable[[str], _Read]) -> tuple[Kind, Clause | None, str] | None:
    """The result read without its clause, the clause said after it in the writer's voice."""
    found = _DURING.match(text)
    verb = (found["verb"] or "was") if found else ""
    if found is None or not (verb in ("was", "am", "had", "have") or lexicon.is_past(verb)):
        return None
    head = reread(found["head"])
    if head.said is None or head.kind is Kind.UNSURE:
        return None
    tail = re.sub(r"\bi\b", "I", found["tail"])
    after = " ".join(tail.split()[2:])  # the clause after "while I was": no clipped word ("sup")
    if any(len(w) <= 3 and w not in _PLAIN for w in _LOWER.findall(after)):
        return None
    said = head.said
    if said.whole is not None:
        return head.kind, replace(said, whole=f"{said.whole.rstrip('.')} {tail}"), ""
    # "I have spent three years as a barista while I was studying": the span is over, "I spent"
    perfect = said.verb in ("have spent", "have worked", "have done") and re.match(
        r"(?i)(?:while|when) I was\b", tail
    )
    verb = said.verb.removeprefix("have ") if perfect else said.verb
    return head.kind, replace(said, verb=verb, rest=f"{said.rest} {tail}"), ""


_HEADS = "|".join(sorted(MADE_WORKS, key=len, reverse=True))
# The work: up to three words before its head, what it was for, then its parts after a comma
# or a dash.
_WORK = re.compile(
    rf"^(?P<mods>(?:[A-Za-z][\w'&-]* ){{0,3}})(?P<head>{_HEADS})"
    r"(?P<pp> (?:for|of|on|about|at) [^,;()]+?)?"
    r"(?:(?P<sep>,| -| –) (?P<tail>[^()]+))?$"
)
# Its parts counted: "six episodes", "12 films".
_COUNT = re.compile(
    rf"^(?P<count>(?:about |over |more than )?(?:\d[\d,]*|{'|'.join(SMALL_NUMBERS)}|ten|twelve)"
    r" (?P<parts>[a-z]+s))(?:, (?P<rest>.+))?$"
)
_COUNTED = re.compile(rf"^(?:about |over |more than )?(?:\d|(?:{'|'.join(SMALL_NUMBERS)})\b)")
# A clause or a verb of its own inside the work's phrase: the line is more than a work named.
_CLAUSE = re.compile(r"\b(?:that|which|who|is|was|were|are|has|had|won|got)\b")


def made(text: str) -> tuple[str, str] | None:
    """The cleaned line `text` said as the deed of making the work it names ("made a title
    sequence for ...") and the count of its parts said after that deed ("six episodes", or ""),
    ("", "") for a work with a count after it that is none of its parts, or None when the line
    names no work of `words.MADE_WORKS` alone."""
    found = _WORK.match(text)
    if found is None:
        return None
    mods, head, pp = found["mods"].split(), found["head"], found["pp"] or ""
    first = mods[0] if mods else head
    if first.lower() in DETERMINERS or lexicon.is_past(first) or _CLAUSE.search(pp):
        return None  # "my film won ...", "led series ...": a deed the item reader reads
    if head in MADE_COLLECTIONS and pp.startswith(" of "):
        return None  # "series of talks": the talks are the thing, and how they were done unsaid
    if any(lexicon.is_past(w) and not lexicon.is_participle(w) for w in mods):
        return None
    work, tail, size = f"{found['mods']}{head}{pp}", found["tail"] or "", ""
    sep = found["sep"] or ""
    counted = _COUNT.match(tail) if tail else None
    if counted is None and _COUNTED.match(tail):
        return "", ""  # "X, six episodes and all on time": a count joined to more
    if counted is not None and counted["parts"] not in MADE_PARTS:
        return "", ""  # "video for the council, 3 languages": a count of what it was made in
    if counted is not None and head in MADE_COLLECTIONS:
        # "an explainer series of 12 films for DB Netz"
        work, tail, sep = f"{found['mods']}{head} of {counted['count']}{pp}", counted["rest"], ","
    elif counted is not None:
        if counted["rest"]:
            return "", ""  # "title sequence for X, 6 eps, all on time": which part is which
        size, tail = counted["count"], ""  # "a title sequence for X (six episodes)"
    for short, full in WORK_SHORTHAND:  # "the ARD doc series Grenzland"
        work = re.sub(rf"\b{short}\b", full, work)
    plural = lexicon.is_plural_noun(head) and head not in MADE_COLLECTIONS
    article = "" if plural else f"{lexicon.article(work)} "
    said = f"{MADE_WORKS[head]} {article}{work}"
    return (f"{said}{sep} {tail}" if tail else said), size


def _sized(said: Clause | None, size: str) -> Clause | None:
    """The work's deed `said` with the count of its parts after it: "I made a title sequence
    for X (six episodes)"."""
    if said is None or not size or said.whole is not None:
        return said
    return replace(said, rest=f"{said.rest} ({size})")


# A person (or people) the candidate trained, and what they do now.
_TRAINED = re.compile(
    r"^(?P<det>(?:an?|one|two|three|four|five|\d+|the) )?(?P<who>(?:[a-z][\w-]* ){0,2}"
    r"(?P<head>[a-z]+)) (?:i|I) (?P<verb>trained|mentored|coached|taught|supervised|hired"
    r"|recruited|took on|brought on|apprenticed) now (?P<rest>[a-z]+ .+)$"
)


def trained(text: str) -> Clause | None:
    """ "apprentice I trained now runs his own crew" -> "An apprentice I trained now runs his
    own crew", a sentence with its own subject; None for any other shape, or when the verb
    after "now" does not agree with the person (or people) named."""
    found = _TRAINED.match(text)
    if found is None or found["head"] not in TRAINED_PEOPLE:
        return None
    words = found["who"].split()
    if words[0] in DETERMINERS or words[0] in ("my", "our", "his", "her", "their"):
        return None  # "my apprentice i trained": whose, said twice
    if any(lexicon.is_past(w) for w in words):
        return None
    verb = found["rest"].split()[0]
    many = lexicon.is_plural_noun(found["head"])
    if many:  # "two juniors I mentored now lead shifts"
        agrees = verb in ("are", "have") or (
            lexicon.is_base_verb(verb) and not lexicon.is_third_person(verb)
        )
    else:
        agrees = verb in ("is", "has") or lexicon.is_third_person(verb)
    if not agrees:
        return None
    det = (found["det"] or "").strip()
    if det.isdigit() and int(det) < 10:
        det = SMALL_NUMBERS[int(det) - 1] if int(det) else ""
    if not det:
        det = "" if many else lexicon.article(found["who"])
    who = f"{det} {found['who']}".strip()
    whole = f"{who[0].upper()}{who[1:]} I {found['verb']} now {found['rest']}"
    return Clause("", "", "", whole=whole)


# A thing named with no verb, then a past after a comma or a dash, with where or how it went:
# "investigation into care home fees, shortlisted for a regional press award".
_DONE_TO = re.compile(
    r"^(?P<np>[a-z][\w'-]*(?: [\w'&-]+)*?)(?:,| -| –) (?P<past>[a-z]+)"
    r"(?P<rest> (?:for|as|by|in|into|across|on|at|to|with)\b.*)$"
)


# The same typed with no comma, by a past that is only ever done to a work ("cadet record book
# signed off 2 months early", "thesis submitted a month early").
_DONE_TO_BARE = re.compile(
    r"^(?P<np>[a-z][\w'-]*(?: [\w'&-]+)*?) (?P<past>signed off|submitted|shortlisted|published"
    r"|approved|commended)(?P<rest> (?:for|as|by|in|on|at|to|with|a|an|\d+|one|two|three|four"
    r"|five|six|first|ahead|early)\b.*)$"
)


def owned(text: str) -> Clause | None:
    """ "impact report for the board, adopted as the funder template" -> "My impact report for
    the board was adopted as the funder template": a thing of the candidate's named with no
    verb, and what was done to it (`words.WORK_RESULTS`) with where or how; None for any other
    line, a person named, or a verb inside the thing's phrase."""
    found = _DONE_TO.match(text)
    if found is None or found["past"] not in WORK_RESULTS:
        found = _DONE_TO_BARE.match(text)
    if found is None or not _thing(found["np"]):
        return None
    words = found["np"].split()
    end = next((i for i, w in enumerate(words) if w in PREPOSITIONS), len(words))
    head = words[end - 1]
    people = TRAINED_PEOPLE | COLLECTIVE_POSTS | GROUP_NOUNS
    if head in people or head == "class" or lexicon.is_agent_noun(head):
        return None  # "junior designer on my team, promoted ...", "team signed off early"
    be = "were" if lexicon.is_plural_noun(head) else "was"
    return Clause("", "", "", whole=f"My {found['np']} {be} {found['past']}{found['rest']}")


def _thing(np: str) -> bool:
    """True when `np` names a thing with no verb or figure of its own: its first word a noun
    or a describing word (no determiner, no past), no clause inside it, no digits."""
    words = np.split()
    end = next((i for i, w in enumerate(words) if w in PREPOSITIONS), len(words))
    if end == 0 or re.search(r"\d", np) or _CLAUSE.search(np):
        return False
    first = words[0]
    if first in DETERMINERS or first in ("my", "our", "his", "her", "their", "i"):
        return False
    if any(lexicon.is_past(w) and not lexicon.is_noun(w) for w in words[:end]):
        return False
    return lexicon.is_noun(words[end - 1]) and not lexicon.is_gerund(first)
