"""Whom a follow-up is meant for, typed as its address ("for sarah - re weekends, ...", "nadia -
12hr shifts fine", "link to the recording for louise: ...", "send Hemi the chart", "... when
P.N. asked"), and the line without the address: a panel's follow-up meant for one panellist is
said in that panellist's letter alone, and never names them to their own face.
"""

from __future__ import annotations

from collections.abc import Sequence

from composer import regexes as re
from composer.english import TITLES
from composer.models import Interviewer
from composer.offline.asker import _matches, topic_owner

__all__ = [
    "SENT_LAST",
    "TITLED",
    "TOLD_FIRST",
    "addressed",
    "one_named",
    "told_first",
    "unaddressed",
]

# The titles a panellist is named with in a follow-up: the English ones and the professional ones
# of Spanish and Portuguese ("Lic. Garza", "Ing. Ríos", "Eng. Sousa"); `followsplit` too.
TITLED = "|".join(
    # "Master Yoon": a master craftsman's title, as a Korean head carpenter is addressed (h1393)
    sorted(TITLES | {"lic", "ing", "eng", "engr", "arq", "dra", "master"}, key=len, reverse=True)
)
_NAME = rf"(?P<who>(?:(?:{TITLED})\.?\s+)?[^\W\d_][\w'’.-]*)"  # "Šimek"
# "for sarah - ...", "to Priya: ...", "@gareth ...", "nadia - ...", "Kevin: ...": the address first
_FIRST = re.compile(
    rf"^(?:(?:for|to|@)\s*{_NAME}\s*(?:[:,]|\s[-–—]+|-+>|\s+only\b[:,]?)?"
    rf"|{_NAME.replace('who', 'named')}\s*(?::|\s[-–—]+|-+>))\s*(?=\S)",
    re.IGNORECASE,
)
# "... (for Priya)", "... - for nadia only", "..., to Gareth": the address last
_LAST = re.compile(rf"\s*(?:[,;(]|\s[-–—]+)\s*(?:for|to)\s+{_NAME}(?:\s+only)?\s*\)?[\s.!]*$", re.I)
# "send attachment report to grace as promised": the one it is sent to, last, with no comma
SENT_LAST = re.compile(
    rf"(?i)^(?:pls\s+|please\s+)?(?:I\s+(?:will\s+)?)?(?:send|email|forward|post)\b.*?"
    rf"(?P<to>\s+(?:to|for)\s+{_NAME})"
    r"(?:\s+as\s+(?:promised|agreed|discussed))?[\s.!]*$"
)
# "link to the recording for louise: URL": the address before the colon of what is sent
_BEFORE_COLON = re.compile(rf"\s+for\s+{_NAME}(?=\s*:\s*\S)", re.IGNORECASE)
# "send Hemi the chart", "email Sarah my CPD log": the panellist as the one it is sent to
_SENT_TO = re.compile(
    rf"^(?P<verb>(?:pls\s+|please\s+)?(?:send|email|forward|attach\s+for))\s+{_NAME}\s+"
    r"(?=(?:the|my|a|an|our|link|copy)\b)",
    re.IGNORECASE,
)
# (session 55) a careful line that names the panellist inside it: "I promised to send Mr. Aoyama
# the PDF ...", "In answer to Mr. Munro, I stated that ...": said to them, "you" for the name
_NAMED_INSIDE = re.compile(
    r"\b(?:(?P<lead>(?:[Ii]n\s+answer|[Ii]n\s+reply)\s+to)|(?P<verb>send|email|forward|show|promised|owe|offered"
    r"|told))\s+(?P<who>(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
    r"(?(verb)\s+(?=(?:the|my|a|an|copies|copy|that)\b|(?-i:[a-z])[\w-]*\s)|(?=\s*,))"
)
# What was told put right in the same sentence: "that X was in 2024; it was in fact 2023"
_TOLD_FIX = re.compile(r"(?:[^.]|\.(?=\d))*\b(?:in\s+fact|actually|the\s+correct|the\s+right)\b")
# "Told Aoife I have a van and trailer - ...": what was told to one panellist, first
TOLD_FIRST = re.compile(
    rf"^(?:also\s+)?(?:I\s+)?(?:also\s+)?told\s+{_NAME}\s+"
    r"(?=I\b|~?\d|(?:the\s+)?[\w-]+\s+(?:was|is|were)\s)",
    re.IGNORECASE,
)
# "when P.N. asked", "PN asked": initials of a panellist
_INITIALS = re.compile(r"\b(?P<who>[A-Z]\.?\s?[A-Z]\.?)(?=\s+(?:asked|q\b|question))")


# "when Ms. Brennan asked about ...": the panellist who asked, named in a careful sentence
_ASKER = (
    r"\s+(?P<who>(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?(?:St\.\s+)?[A-Z][\w'’-]+"
    r"(?:\s+[A-Z][\w'’-]+)?)(?=\s+asked\b)"
)
_WHEN_ASKED = re.compile(rf"\b(?:when|after){_ASKER}")
_WHEN_ASKED_ANY = re.compile(rf"\b(?i:when|after){_ASKER}")  # "When ...": a sentence's capital


# A line of several parts ("re X - ...; the QPPV asked ... for anna: ..."): `followsplit`'s
_PARTS = re.compile(r"(?<=[\w)])[.;]\s+\S")  # "(..., names out). send Brenda X"


def one_named(who: str, people: Sequence[Interviewer]) -> int | None:
    """The one panellist `who` names (a first name, surname, or title and name), else None."""
    if who.lower() in ("her", "him", "them", "me", "you", "it", "that", "this", "the", "my"):
        return None
    found = [i for i, p in enumerate(people) if _matches(who, p)]
    return found[0] if len(found) == 1 else None


def _initials(typed: str, people: Sequence[Interviewer]) -> int | None:
    """The one panellist whose first and last initials `typed` ("P.N.", "PN") spells."""
    letters = re.sub(r"[^A-Z]", "", typed)
    found = [
        i
        for i, p in enumerate(people)
        if len(p.name.split()) >= 2 and (p.name.split()[0][0] + p.name.split()[-1][0]) == letters
    ]
    return found[0] if len(found) == 1 else None


def _others(rest: str, index: int, people: Sequence[Interviewer]) -> bool:
    """Whether the rest of the line names another panellist (parts for several: `followsplit`)."""
    words = {w.lower() for w in re.findall(r"[^\W\d_][\w'-]+", rest)}
    return any(
        i != index and {w.lower() for w in p.name.split() if len(w) > 2} & words
        for i, p in enumerate(people)
    )


# The reader spoken of after the line named them: "... the coupons she found most interesting".
_THEY_DID = re.compile(r"\b(?:she|he)\b(?= (?:found|said|liked|asked|mentioned|wanted|chose)\b)")


def addressed(value: str | None, people: Sequence[Interviewer]) -> tuple[int, str] | None:
    """The panellist a follow-up is typed as meant for and the line without its address ("for
    sarah - 2 sats/month is fine": Sarah, "2 sats/month is fine"; "send Hemi the chart": Hemi,
    "send the chart"); None when the line names no one panellist as its reader. A later
    sentence's own address to the same panellist goes too ("I promised to send Cláudio X. for
    Cláudio: On the fire season, ...", round 60, h1561)."""
    found = _addressed(value, people)
    if found is None:
        return None
    index, rest = found
    names = "|".join(re.escape(w) for w in people[index].name.split() if len(w) > 2)
    if names:
        rest = re.sub(rf"(?<=[.!?]\s)for\s+(?:{names})\s*:\s*", "", rest)
    return index, rest


def _addressed(value: str | None, people: Sequence[Interviewer]) -> tuple[int, str] | None:
    """`addressed`, before a later sentence's address is taken off."""
    if not value:
        return None
    text = " ".join(value.split())
    for pattern in (_FIRST, _LAST, _BEFORE_COLON):
        found = pattern.search(text)
        who = found and (found["who"] or found.groupdict().get("named"))
        if found is None or not who or (index := one_named(who, people)) is None:
            continue
        rest = (text[: found.start()] + " " + text[found.end() :]).strip(" ,;:-–—")
        rest = re.sub(r"\s+(?=[:,;])", "", rest)
        if len(rest.split()) >= 2 and not _others(rest, index, people) and not _PARTS.search(rest):
            return index, rest
    found = SENT_LAST.match(text)
    if found and (index := one_named(found["who"], people)) is not None and not _PARTS.search(text):
        return index, (text[: found.start("to")] + text[found.end("to") :]).strip()
    if (found := _SENT_TO.match(text)) and (index := one_named(found["who"], people)) is not None:
        rest = text[found.end() :]
        if not (_others(rest, index, people) and _PARTS.search(rest)):  # "send Chiara X. send
            return index, f"{found['verb']} {rest}"  # Dr. Oyunchimeg Y": a part each
    told = told_first(text, people)
    if told is not None and not (_others(told[1], told[0], people) and _PARTS.search(told[1])):
        return told  # never "told Hemi X. Send Rebecca Y" whole: a part for each (`followsplit`)
    if (found := _INITIALS.search(text)) and (index := _initials(found["who"], people)) is not None:
        return index, text
    # "When Mr. St. Hill asked ...", a sentence's capital: to the one reader only (a panel's
    # careful lines are read by their parts, `followpanel`)
    asked = _WHEN_ASKED if len(people) > 1 else _WHEN_ASKED_ANY
    if (found := asked.search(text)) and (index := one_named(found["who"], people)) is not None:
        return index, f"{text[: found.start('who')]}you{text[found.end('who') :]}"  # to them
    found = _NAMED_INSIDE.search(text)
    bare = found is not None and not re.match(
        r"(?:the|my|a|an|copies|copy|that)\b", text[found.end() :]
    )
    lead = re.split(r"[.!?]\s+", text[: found.start()])[-1] if found else ""
    if found and bare and (len(lead) > 20 or "," in lead):
        found = None  # "..., and I promised to send Mr. Tremblay photographs": read by parts
    if found and found["verb"] == "told" and not _TOLD_FIX.match(text, found.end()):
        found = None  # "I told Mr. X that ...": theirs only when the sentence puts it right
    if found and (index := one_named(found["who"], people)) is not None:
        if _others(text, index, people) and _PARTS.search(text):
            return None  # "promised Fiona X. Told Aoife Y": a part for each (`followsplit`)
        if _owned_elsewhere(text, index, people):
            return None  # "promised Fiona X. Told Aoife Y": a part for each (`followsplit`)
        you = "your question" if found["lead"] else "you"  # "in answer to your question"
        said = f"{text[: found.start('who')]}{you}{text[found.end('who') :]}"
        # "... promised to send him the video": the one the line names, to them "you"; "...
        # the twelve coupons she found most interesting", said after them: "you found"
        said = re.sub(r"\b(send|email|show|give|forward|tell) (?:him|her)\b", r"\1 you", said)
        after = said.find(you) + len(you)
        tail = _THEY_DID.sub("you", said[after:])
        return index, said[:after] + tail
    return None


def _owned_elsewhere(text: str, index: int, people: Sequence[Interviewer]) -> bool:
    """True when a sentence of `text` puts a figure right on another panellist's topic:
    "send Lori-Ann the tag form. rongeur number - 25/day not 40" (Dr. Varma's rongeurs) is two
    parts."""
    parts = re.split(r"(?<=\w)[.;]\s+", text)
    fixes = [part for part in parts if re.search(r"\d[^.;]*\bnot\s+~?\d", part)]  # "25/day not 40"
    return any(topic_owner(part, people) not in (None, index) for part in fixes)


def told_first(text: str, people: Sequence[Interviewer]) -> tuple[int, str] | None:
    """The panellist a line says was told something, by name, first ("Told Aoife I have a van
    ...": a note, read by `followparts` as "told them ..."; "I told Mr Hartwell I could start in
    March.": a sentence of the candidate's, said to them as "I told you ..."), and the line
    without the name; None for any other line."""
    found = TOLD_FIRST.match(text)
    index = one_named(found["who"], people) if found else None
    if found is None or index is None:
        return None
    head = "I told you" if found[0].startswith("I ") else "told them"
    return index, f"{head} {text[found.end() :]}"


def unaddressed(text: str) -> str:
    """A line that sends a thing without whom it goes to, named last ("send rework stats sheet
    to Ing. Salas" -> "send rework stats sheet"): the letter it is said in is theirs."""
    found = SENT_LAST.match(text)
    text = (text[: found.start("to")] + text[found.end("to") :]).strip() if found else text
    # "Send Rebecca the link to the article I talked about": sent to them, who are "you"
    text = re.sub(
        r"^(?i:(?:also\s+)?(send|email))\s+(?:(?:Mr|Ms|Mrs|Dr|Prof|Pak|Ibu|Bu|Khun)\.?\s+)?[A-Z][\w'-]+"
        r"\s+(?=(?:the|a|an|my|copies|copy|photos?)\s)",
        lambda found: f"{found[1].lower()} them ",
        text,
    )
    return re.sub(r"\s+I\s+(?:talked|spoke)\s+about(?=[.!]*$)", " I mentioned", text)


def said_to(line: str, person: Interviewer) -> str:
    """A follow-up sentence in the letter to `person` with what it says of them by name said to
    them: "I would also like to send Dr. Chandran a copy of X, as she seemed interested." ->
    "I would also like to send you a copy of X." (reader 219's h979, in her own letter); their
    interest, a guess, is not told back."""
    words = [person.name, *(w for w in person.name.split() if len(w) > 2 and w[:1].isupper())]
    if person.salutation:
        words.append(person.salutation.strip().rstrip(","))
    for name in sorted(set(words), key=len, reverse=True):
        titled = rf"(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?{re.escape(name)}"
        found = rf"\b(send|give|show|email|forward|post)\s+{titled}\b(?!['’])"
        if re.search(found, line):
            line = re.sub(found, r"\1 you", line)
            return re.sub(r",\s+as\s+(?:she|he|they)\s+seemed\s+(?:interested|keen)\b", "", line)
    return line
