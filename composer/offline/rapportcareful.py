"""A personal note typed carefully, as a long sentence of the room, read in the plain shapes
the readers of personal notes know, when the note as typed gives no line (session 60).

Careful writers type two or three things in one sentence: who the reader is by name, what they
said, and what the candidate answered ("Mr. Ashdown recommended that I read Reitz and Wing's
Zooarchaeology again before starting, particularly the chapters on taphonomy, because the team
uses it as a shared reference."). Readers of the blind rounds (sessions 58-59) saw these left
out in most careful files and called the letters generic. `readings` gives the plain notes the
sentence holds, best first:

- its reader's name as "he"/"she" ("Mr. Moran recommended ..." -> "He recommended ...");
- one clause at a time (split at "; ", ", and ", " and that ", a new sentence); a clause of the
  candidate's own ("I mentioned that I attend regularly") is no note of theirs;
- what the two found out, as the "we" clause ("..., and we found we had both served on the same
  ship" -> "We had both served on the same ship.");
- a recommendation cut before its reason or aside ("..., which the service still uses in
  training", "because ...", "if I have not already", "before starting"), "again" a reread, and
  a verb the readers do not know said as what the candidate will do ("He recommended the PET/CT
  certification pathway, I should look into it.");
- "will be presenting" as "is presenting";
- an event of theirs with an invitation after it ("His workshop holds an open day on Saturday 17
  June, and he invited me to come ..." -> "He invited me to the open day on Saturday 17 June.").

A clause with "my", "me" or "I" in what is read back is never used: the line would be the
candidate's, said as theirs. Nothing here says a line itself: the readers of personal notes do.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline.clauses import NOT_AFTER_TITLE
from composer.offline.words import PERSON_HEADS

__all__ = ["readings"]

# The reader named at the head of the sentence: "Mr. Moran", "Professor van Wyk", "Dr Aldridge".
_NAME = (
    r"(?:(?:Dr|Mr|Mrs|Ms|Mx|Prof|Professor|Captain|Capt|Sister|Father|Rev|Chef|Judge)\.?\s+)?"
    r"[A-Z][\w'’-]+(?:\s+(?:van|von|de|der|den|da|du|al|el|le|la|di|[A-Z][\w'’-]+)){0,3}"
)
_NOT_NAMES = (
    r"(?:We|I|It|The|This|That|There|Her|His|Their|Our|My|Both|When|After|Before|In|On|At)\b"
)
_SUBJECT = re.compile(rf"^(?!{_NOT_NAMES})(?-i:{_NAME})(?=\s+(?:also\s+|kindly\s+)?[a-z]+\b)")
_CLAUSES = re.compile(
    r";\s+|,\s+and\s+(?!that\b)|\s+and\s+that\s+"
    r"|\s+and\s+(?=(?:asked|said|told|suggested|invited|mentioned|recommended)\b)"
    r"|\s+and\s+(?=(?:is|was|has|will)\s+[a-z]+ing\b)"  # "runs himself and is training"
    rf"|(?<=[a-z0-9)]){NOT_AFTER_TITLE}(?<!\bProf)\.\s+(?=[A-Z])"
)
_OURS = re.compile(
    r"^(?:we|I)\s+(?:discovered|found\s+out|found|realised|realized|learned|learnt)\s+"
    r"(?:that\s+)?(?=we\b)",
    re.IGNORECASE,
)
_CANDIDATE = re.compile(r"^I\b")
_WILL_BE = re.compile(r"^(?P<who>he|she|they)\s+(?:mentioned|said|told\s+me)\s+(?:that\s+)?"
                      r"(?P=who)\s+will\s+be\s+(?=\w+ing\b)|^(?P<own>he|she|they)\s+will\s+be\s+"
                      r"(?=\w+ing\b)", re.IGNORECASE)  # fmt: skip
# A recommendation: who recommended what, and the verb of what the candidate is to do with it.
_RECOMMENDED = re.compile(
    r"^(?P<who>he|she|they)\s+(?:also\s+|kindly\s+)?(?:recommended|suggested)\s+(?:that\s+)?"
    r"(?:I\s+(?:should\s+)?(?P<verb>re-?read|read|listen\s+to|watch|see|visit|walk|try|attend"
    r"|look\s+into|look\s+at|explore|get\s+hold\s+of|get\s+a\s+copy\s+of)\s+)?(?P<what>.+)$",
    re.IGNORECASE,
)
# Where what was recommended ends: its reason, an aside, a condition, when to do it.
_WHAT_ENDS = re.compile(
    r"\s*(?:[;:(]|,\s|\s[-–—]\s|\s(?:which|that|who|because|as|since|if|so\s+that|while|when|where|before"
    r"|after|during|once|to\s+(?:keep|help|prepare|get|learn|understand|see)|and\s+(?:said|says"
    r"|suggested|told|added|mentioned|asked|explained|thinks|that))\b)"
)
# The candidate has it already: "I told him I keep a copy on my desk", "which I have read".
_OWN_COPY = re.compile(r"\bI\s+(?:already\s+)?(?:keep|have|own)\s+(?:a|my|the)\s+copy\b")
# Where a clause's own aside begins: ", a few years after me", "before her master's".
_ASIDE = re.compile(r",\s|\s(?:before|after|while|when|where|who|which|although)\s")
_KNOWN = frozenset(["read", "listen to", "watch", "visit", "try", "attend"])
_INVITED = re.compile(
    r"^(?:he|she|they)\s+(?:also\s+|kindly\s+)?(?:invited\s+me|suggested\s+(?:that\s+)?I\s+"
    r"(?:come|join|drop|attend)|(?:said|told\s+me)\s+(?:that\s+)?I\s+(?:would\s+be|was|am|['’]d\s+be)"
    r"\s+(?:very\s+)?welcome|asked\s+me\s+to\s+come|said\s+I\s+should\s+come)\b",
    re.IGNORECASE,
)
_EVENT = re.compile(
    r"\b(?:holds?|holding|hosts?|hosting|runs?|running|organi[sz]es|organi[sz]ing|mentioned"
    r"|performs?|performing|putting\s+on|puts\s+on)\s+(?P<what>(?:the|an?)\s+[^,;]+?)"
    r"(?=\s+and\s|[,;.]|$)"
)
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|mine|we|us|our)\b")
_THEIRS = re.compile(r"(?i)\b(?:his|her|their|him|them)\b")


def _pronoun(note: str) -> str:
    """ "She" where the note speaks of the reader as a woman only, else "He" (the line says
    "you" either way)."""
    her = re.search(r"(?i)\b(?:she|her|hers|herself)\b", note)
    his = re.search(r"(?i)\b(?:he|his|him|himself)\b", note)
    return "She" if her and not his else "He"


_MAKERS = frozenset(["chef", "author", "writer", "man", "woman"])


def _recommendation(clause: str, note: str) -> str | None:
    """The recommendation in a clause said plainly, or None when there is none, or what was
    recommended cannot be named alone ("his own notes", "whatever I like")."""
    found = _RECOMMENDED.match(clause)
    if found is None:
        return None
    what = _WHAT_ENDS.split(found["what"], maxsplit=1)[0].strip(" .!")
    # "the cookbook by the chef who wintered at Mawson a few years ago" (round 60, h1564): the
    # "who" says which person made it, so it stays
    whose = re.match(rf"{re.escape(what)}\s+(who\s+[a-z]+ed\b[^,;:.]{{2,40}})", found["what"])
    if whose and what.split()[-1].lower() in PERSON_HEADS | {
        "chef",
        "author",
        "writer",
        "man",
        "woman",
    }:
        what = f"{what} {whose[1].strip()}"
    verb = " ".join((found["verb"] or "").lower().split())
    again = re.search(r"\s+again$", what)
    what = what[: again.start()] if again else what
    reading = verb in ("read", "reread", "re-read", "")
    verb = "reread" if (again and reading) or verb in ("reread", "re-read") else verb
    verb = "revisit" if again and verb == "visit" else verb  # "visit X again": a return
    if not what or len(what.split()) > 14 or _FIRST_PERSON.search(what) or _THEIRS.search(what):
        return None
    if not re.match(r"(?:the|an?|[A-Z0-9'‘\"“])", what):  # "whatever", "around": no thing named
        return None
    who = found["who"].capitalize()
    if _OWN_COPY.search(note):  # "I told him I keep a copy on my desk"
        return f"{who} recommended {what}, I should go back to my copy."
    if not verb or verb in _KNOWN:
        return f"{who} recommended {f'that I {verb} ' if verb else ''}{what}."
    plural = re.search(r"(?<![sui])s$", what.split(" of ")[0].split()[-1]) is not None
    it = "them" if plural and what.split()[-1][:1].islower() else "it"
    verb = {"see": "go and see", "look at": "take a look at"}.get(verb, verb)
    return f"{who} recommended {what}, I should {verb} {it}."


def _invitation(clause: str, before: str) -> str | None:
    """ "He invited me to the open day on Saturday 17 June.", from a clause inviting the
    candidate and the clause before it that names the event; None when either is missing."""
    if not _INVITED.match(clause):
        return None
    event = _EVENT.search(before)
    if event is None or _FIRST_PERSON.search(event["what"]):
        return None
    what = re.sub(r"^an?\s", "the ", event["what"])
    return f"{clause.split(' ', 1)[0].capitalize()} invited me to {what}."


def readings(note: str) -> list[str]:
    """The plain notes a carefully typed personal note holds, best first (see the module);
    none for a note in shorthand (no capital at its head, or no full stop at its end)."""
    text = " ".join(note.split())
    if not re.match(r"[A-Z]", text) or not text.endswith(".") or len(text.split()) < 8:
        return []
    who = _pronoun(text)
    text = _SUBJECT.sub(who, text)
    clauses = [c.strip(" .") for c in _CLAUSES.split(text) if c and c.strip(" .")]
    found: list[str] = []
    for i, clause in enumerate(clauses):
        clause = _SUBJECT.sub(who, clause)
        clause = (
            f"{who} {clause}"
            if re.match(r"(?:[a-z]+ed|said|told|(?:is|was|has|will)\s+[a-z]+ing)\b", clause)
            else clause
        )  # "and asked"
        clause = clause[:1].upper() + clause[1:]
        ours = _OURS.sub("", clause)
        if ours != clause:  # "we found we had both served ...": the "we" clause
            found.append(ours[:1].upper() + ours[1:].split(", who ")[0] + ".")
            continue
        if _CANDIDATE.match(clause) or re.match(
            r"We\s+(?!both\b|(?:are|were|have|had)\s+both\b)", clause
        ):  # "we agreed to"
            continue
        invited = _invitation(clause, clauses[i - 1]) if i else None
        if invited:
            found.insert(0, invited)
            continue
        said = _recommendation(clause, text)
        if said or _RECOMMENDED.match(clause):  # one that names no thing alone: none
            found.extend([said] if said else [])
            continue
        will = _WILL_BE.match(clause)
        if will:
            head = (will["who"] or will["own"]).capitalize()
            clause = f"{head} is {clause[will.end() :]}"
        short = _ASIDE.split(clause, maxsplit=1)[0]  # "..., a few years after me", "before her"
        short = short if short != clause and len(short.split()) > 3 else ""
        short = "" if _THEIRS.search(clause[len(short) :]) else short  # "when his twins were born"
        if not (short and _FIRST_PERSON.search(clause[len(short) :])):  # "where I did mine"
            found.append(f"{clause}.")
        found.extend([f"{short}."] if short else [])
    return [f for f in found if f != note]
