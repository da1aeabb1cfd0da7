"""A follow-up that holds parts for several panellists, each part said in the letter of the one
it is for.

"gareth asked about my c-sections - said 30, its 60. also tell ruth i'm OV approved" is split
at its stops (and before ", and for priya ...") into parts. A part goes to the panellist it
names (as who asked, by name, title or pronoun, or as "for X", "tell X": `asker.named_in`),
else to the one whose topics alone it shares, else to the letter of the part before it. A part
that is only a question ("sam's q on nights.") takes the next part as its answer; a note to self
("check parking") is no part. Only a line whose parts are for two or more panellists is split:
any other is read whole, as before. Each letter says its own parts, each as the follow-up says
a line (`followup.follow_up_line`); a part no reading can say is left out and named
(`leftout.follow_up` of the part), never dropped in silence.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from composer import regexes as re
from composer.english import ends_on_abbreviation
from composer.models import Interviewer, Notes
from composer.offline import lexicon
from composer.offline.asker import named_in, topic_owner
from composer.offline.clauses import cut_off
from composer.offline.followfix import figure_fixed
from composer.offline.followfor import TITLED, TOLD_FIRST, told_first, unaddressed
from composer.offline.followparts import answer_head, question_only, to_self
from composer.offline.followplain import ATTACH_ASKED
from composer.offline.followtidy import VAGUE
from composer.offline.saidmeant import FACT_AFTER, RIGHT_FIGURE, read_fix
from composer.offline.selfnotes import UNSAID, is_doubted
from composer.offline.sendthing import sent

__all__ = ["Part", "apart", "readable", "split"]


@dataclass(frozen=True)
class Part:
    """One part of a follow-up: as typed (for the report), as read, and whose letter says it."""

    typed: str
    said: str  # without its address: "tell ruth", "for anna:"
    reader: int
    asked: bool  # the notes say this reader asked (the letter may say "You asked")
    memo: bool = False  # a note to self, or a yes with no question: left out, and named


# Where a part ends: a full stop or a semicolon, or a comma before "(and|also|+) for|tell X".
_STOP = re.compile(r"(?<=[.;!])\s+")
_FIXED_AFTER = re.compile(
    r"in fact\b|to be precise,|I have since checked\b|(?:it|that) (?:was|is)\b|they were\b"
)
_ADDRESS = re.compile(
    r"^(?i:(?:(?:and|also|plus|\+)\s*)*(?:for|tell|let))\s+(?P<who>[\w'.-]+(?:\s+[A-Z][\w'-]+)?)"
    r"(?i:\s+know)?\s*(?::|,|-|–)?\s*(?P<rest>.*)$"
)


# "should've said re jan's rigging q that I hold a ticket": what was not said, with the question
# it answers inside; read as the question, then what was not said ("jan's rigging q - ...").
_UNSAID_ON = re.compile(
    rf"^(?P<head>{UNSAID})\s+(?:re|on|about|abt|to)\s+(?P<q>[\w'’.-]+(?:'s|’s|')\s+(?:[\w-]+\s+)"
    r"{1,3}?(?:q|qn|question))\s+(?:that\s+)?(?P<rest>\S.*)$",
    re.IGNORECASE,
)
# Two verbs of being in one clause with nothing between to join them: "the answer on budgets
# was wrong was 40k" (a comma splice read off).
_RUN_ON = re.compile(
    r"\b(?:is|was|are|were)\b(?:(?!\b(?:and|but|or|which|that|who|when|where|if|because|so"
    r"|as|than|whether|what|how)\b)[^,;:.])*\b(?:is|was|are|were)\b",
    re.IGNORECASE,
)


def _person_words(person: Interviewer) -> set[str]:
    """The words of a panellist's name a note may name them by ("Tremblay", not "de")."""
    return {word for word in person.name.split() if len(word) > 2}


def _told(text: str, people: list[Interviewer]) -> bool:
    """Whether `text` names a panellist or says "told": a part told to one of the panel."""
    words = set(re.findall(r"\w+", text))
    return "told" in words or any(words & _person_words(person) for person in people)


_YES = re.compile(r"(?i)^(?:yes|yep|yeah)\b")
# The right figure told in a sentence of its own, after what was said: "The correct figure is 42."
_RIGHT_FIGURE = re.compile(rf"^{RIGHT_FIGURE}\b")
# An aside of the notes in brackets, with a figure: "it is 5 (2 as 2nd AC)" ("(1890s, full
_ASIDE = re.compile(  # octave)": a description; "(November 2029)", a date, is said
    r"\((?![^()]*\d0s\b)(?!(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d\))[^()]*\d[^()]*\)"
)


def readable(line: str) -> bool:
    """False when a part's sentence runs two clauses into one ("... was wrong was 40k"), or
    keeps an aside of the notes ("it is 5 (2 as 2nd AC)")."""
    return _RUN_ON.search(line) is None and _ASIDE.search(line) is None


def _question_first(text: str) -> str:
    """ "jan's rigging q - should've said I hold a ticket" for "should've said re jan's rigging
    q that I hold a ticket"; other text as it is."""
    found = _UNSAID_ON.match(text)
    return f"{found['q']} - {found['head']} {found['rest']}" if found else text


def _sentences(value: str) -> list[str]:
    """`value` cut at its stops; never after an abbreviation's full stop ("Dr. Mehta")."""
    out: list[str] = []
    start = 0
    for found in _STOP.finditer(value):
        if ends_on_abbreviation(value[: found.start()]):
            continue
        if value[found.start() - 1] == ";" and _FIXED_AFTER.match(value, found.end()):
            continue  # "I said X; in fact, Y": a correction joined, never its wrong half alone
        out.append(value[start : found.start()])
        start = found.end()
    out.append(value[start:])
    return [p.strip(" ;") for p in out if p.strip(" ;.")]


def _addressed(text: str, people: list[Interviewer]) -> tuple[int, str] | None:
    """The panellist a part is addressed to ("tell ruth ...", "for anna: ...") and the part
    without its address, or None."""
    found = _ADDRESS.match(text)
    if found is None or not found["rest"]:
        return None
    words = found["who"].split()
    for count in (len(words), 1):
        index = named_in(" ".join(words[:count]), people, whole=True)
        if index is not None:
            rest = " ".join([*words[count:], found["rest"]]).strip()
            return index, rest
    return None


def _for_whom(text: str, people: list[Interviewer]) -> int | None:
    """The one panellist `text` says a thing is for, by a word of their name ("portfolio link
    for Sam"), or None."""
    found = set()
    # "portfolio link for Sam", "tell ruth ...", "send redacted DPR sample to Nadia"
    # "Send Rebecca the link to X", "told Hemi 4 yrs as trainer - actually 3.5": named first
    sent_to = r"|^(?:i\s+)?(?:also\s+)?(?:send|email|told)\s+"
    # "Send Mr Šimek copies of X", "send Pak Ketut photo of X" (round 53, h1449)
    sent_to += r"(?:(?:Dr|Mr|Ms|Mrs|Prof|Ing|Mgr|Khun)\.?\s+|(?:Master|Pak|Ibu|Bu|Bapak)\s+)?"
    sent_to += r"(?!(?:the|a|an|my|our|your|this|that|them|him|her|it|me|you)\s)"
    sent_to += r"(?P<first>[^\W\d_][\w'-]+)\s+"
    sent_to += r"(?=the\s|a\s|an\s|my\s|that\s|copies\s|copy\s|photos?\s|~?\d)"
    sent_to += (
        r"|^(?:\+\s*)?(?:also\s+)?(?:I\s+(?:will\s+)?)?(?:send|email|forward|post)\b.*\bto\s+"
    )
    sent_to += rf"(?:(?:{TITLED})\.?\s+)?(?P<to>[\w'.-]+)"  # "to Lic. Garza"
    for typed in re.finditer(rf"(?i)\b(?:for|tell)\s+(?P<who>[\w'.-]+){sent_to}", text):
        typed_who = typed["who"] or typed["to"] or typed["first"]
        who = typed_who.lower().strip(".")
        for index, person in enumerate(people):
            words = f"{person.name} {person.salutation or ''}".lower().replace(".", "").split()
            if who in words and len(who) > 1:
                found.add(index)
            elif len(who) == 1 and typed["to"] and person.name.split()[-1].lower().startswith(who):
                found.add(index)  # "send X to Dr. N": the one whose surname it begins
    if not found:
        told = [n for n, p in enumerate(people) for m in _SAID_TO.finditer(text)
                if m["who"].lower() in {w.lower() for w in _person_words(p)}]  # fmt: skip
        found = set(told)
    return found.pop() if len(found) == 1 else None


# Where a part starts inside a sentence: ", (and) for|tell X", ", also send X", " + send X".
_BEFORE_PART = re.compile(
    r",\s+(?=(?:(?:and|also|plus)\s+)?(?:for|tell)\s+\S)|(?:,|\s\+|\s-)\s+(?=(?P<send>(?:also\s+)?"
    r"send\s+\S))|,\s+and\s+(?=(?P<promised>I\s+(?:also\s+)?promised\s))"  # "and I promised X"
    r"|,?\s+and\s+to\s+(?=(?P<tosend>send\s+\S))"  # "I promised to send X ..., and to send Y Z"
    # "I promised Dr. Guyo X, and Ms. Wambugu-Otieno Y" (round 55, h1484): the verb typed once
    r"|,\s+and\s+(?=(?P<gapped>(?:(?:Mr|Ms|Mrs|Dr|Prof|Professor)\.?\s+)?[A-Z][\w'’-]+\s+"
    r"(?:my|a|an|the|our|some|copies|two|three)\s))"
)


def _cut(value: str, people: list[Interviewer]) -> list[str]:
    """The pieces of `value`: its sentences, each also cut before ", (and) for|tell X" where X
    is a panellist."""
    pieces: list[str] = []
    # a promise to two panellists is split only beside a line led "for NAME:" (a correction
    # moved from a topic, round 55, h1484); alone, a careful line is read whole (`followpanel`)
    led = re.search(r"(?:^|[.!?]\s)for\s+[A-Z][\w'’-]+\s*:", value) is not None
    for sentence in _sentences(value):
        start, lead = 0, ""
        promised = re.match(r"I\s+(?:also\s+)?promised\s", sentence)
        # "I promised to send X ..., and to send Ms. Sheikh Y" (round 55, h1476): promised too,
        # as the sentence says of both
        promised_to_send = re.match(
            r"(?i)I\s+(?:also\s+)?promised\s+to\s+(?:send|e-?mail)\b", sentence
        )
        for found in re.finditer(_BEFORE_PART, sentence):
            rest = sentence[found.end() :]
            told = found["promised"] and _told(rest, people)
            sends = (found["send"] or found["tosend"]) and sent(rest)
            # "..., and to send Danielle the contact details of X, Ruth Adeyemi, as a reference"
            # (round 57, h1516): a second promise, to a panellist by name
            sends = sends or (found["tosend"] and _for_whom(rest, people) is not None)
            gapped = led and found["gapped"] and promised
            if gapped and _for_whom(f"send {rest}", people) is None:
                continue
            if _addressed(rest, people) is None and not sends and not told and not gapped:
                continue
            piece = lead + sentence[start : found.start()]
            if gapped:  # "I also promised Professor Yusupova X": a thing to send her
                piece = re.sub(
                    r"^I\s+(also\s+)?promised\s+(?!to\b)", r"I \1promised to send ", piece
                )
            pieces.append(piece)
            start = found.end()
            lead = "I promised to " if found["tosend"] and promised_to_send else ""
            lead = "I promised to send " if gapped else lead
        each = _sent_each(sentence[start:], people)
        pieces += [lead + one if n == 0 else one for n, one in enumerate(each)]
    return [p.strip(" ,") for p in pieces if p.strip(" ,.")]


# A title and a surname's particles typed before a name: "Mrs de Graaf", "Dr. van Velzen".
_TITLE_FIRST = r"(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+)?(?:(?:de|van|von|der|den|da|di|du|le|la|del)\s+)*"
# "my answer to Ignacio", "what I told Dr. Echeverría": the panellist a part is said to.
_SAID_TO = re.compile(
    rf"(?i)\b(?:answer\s+to|reply\s+to|I\s+told|I\s+tell)\s+{_TITLE_FIRST}(?P<who>(?-i:[A-Z])[\w'’-]+)"
)

# "send marc-andré demo reel link + priya the elder consultation protocol": a second panellist
# and their thing after "+", the "send" typed once.
_AND_TO = re.compile(r"\s\+\s+(?=(?P<who>[^\W\d_][\w'’-]*)\s+(?:the|my|a|an|our)\s)")


# "I must send to Mr. A the X and to Eng.ª B the Y": each thing typed after whom it goes to
_SEND_TO_EACH = re.compile(
    r"(?i)^(?:I\s+(?:must|need\s+to|will|have\s+to|should|promised\s+to)\s+)?(?:also\s+)?send"
    r"\s+to\s+(?P<first>.+?)\s+and\s+to\s+(?P<second>.+?)\.?$"
)


def _recipient_first(typed: str, people: list[Interviewer]) -> tuple[str, str] | None:
    """ "Mr. Whitcombe-Allard the report of X" -> ("Mr. Whitcombe-Allard", "the report of X"):
    whom, then the thing; None unless the words before the thing name a panellist."""
    words = typed.split()
    at = 0
    while at < len(words) and (
        re.fullmatch(rf"(?i)(?:{TITLED})\.?ª?", words[at])
        or _panellist_word(words[at].strip(".,"), people)
    ):
        at += 1
    named = at and _panellist_word(words[at - 1].strip(".,"), people)
    if not named or at == len(words):
        return None
    # whom: the title and the first word of the name ("Eng. Ana", as `followfor` reads an
    # address); "Eng.ª" (Portuguese, a woman engineer) read as the title "Eng." it is
    titles = [w for w in words[:at] if not _panellist_word(w.strip(".,"), people)]
    name = next(w for w in words[:at] if _panellist_word(w.strip(".,"), people))
    whom = re.sub(r"(?<=\.)[ªº]", "", " ".join([*titles, name]))
    return whom, " ".join(words[at:])


def _sent_each(piece: str, people: list[Interviewer]) -> list[str]:
    """`piece` cut before "+ X the thing" when it sends things and X names a panellist, each
    part a promise to send of its own; "send to A X and to B Y" is two ("send X to A")."""
    each = _SEND_TO_EACH.match(piece)
    if each:
        one = _recipient_first(each["first"], people)
        other = _recipient_first(each["second"], people)
        if one and other:
            return [f"send {one[1]} to {one[0]}", f"send {other[1]} to {other[0]}"]
    # "Send to Mike the inventory Excel": whom first, then the thing (round 51, h1425)
    one_to = re.fullmatch(r"(?i)(?:also\s+)?send\s+to\s+(?P<rest>.+?)[.!]*", piece)
    whom = _recipient_first(one_to["rest"], people) if one_to and " and to " not in piece else None
    if whom is not None:
        return [f"send {whom[1]} to {whom[0]}"]
    # "Mick -> pen layout sketch + 3 yrs grade data (xls)": things typed after an arrow from the
    # panellist they go to (round 50, h1406)
    arrow = re.fullmatch(r"(?P<who>[A-Z][\w'’-]+)\s*(?:->|→|=>)\s*(?P<what>[^>]+?)[.!]*", piece)
    if arrow and _panellist_word(arrow["who"], people) and _thing_only(arrow["what"]):
        what = re.sub(r"\s+\+\s+", " and ", arrow["what"])
        what = re.sub(r"\b(\d+) (?:yrs?|years?) (?=[a-z])", r"\1 years of ", what)
        return [f"send {what} to {arrow['who']}"]
    # "must send Kwame X", "I need to send X": the order to oneself is no part of what is sent
    piece = re.sub(
        r"(?i)^(?:I\s+)?(?:must|need\s+to|have\s+to|should)\s+(?=(?:also\s+)?send\s)", "", piece
    )
    if not re.match(r"(?i)(?:also\s+)?send\s", piece):
        return [piece]
    # "send photos of X to Tomasz, and copy of Y to Mette" (round 56, h1505): two sends
    two = re.fullmatch(
        r"(?i)(?P<send>(?:also\s+)?send)\s+(?P<x>.+?)\s+to\s+(?P<a>[^\W\d_][\w'’-]+),?\s+and\s+"
        r"(?P<y>(?!to\s).+?)\s+to\s+(?P<b>[^\W\d_][\w'’-]+)[.!]*",
        piece,
    )
    if two and _panellist_word(two["a"], people) and _panellist_word(two["b"], people):
        return [f"{two['send']} {two['x']} to {two['a']}", f"send {two['y']} to {two['b']}"]
    for found in _AND_TO.finditer(piece):
        if _panellist_word(found["who"], people):
            rest = piece[found.end() :]
            return [
                *_sent_each(piece[: found.start()], people),
                *_sent_each(f"send {rest}", people),
            ]
    first = re.match(
        rf"(?i)(?P<send>(?:also\s+)?send)\s+{_TITLE_FIRST}(?P<who>[^\W\d_][\w'’-]*)\s+"
        r"(?P<what>.+)",
        piece,
    )
    recipient = re.search(r"\bto\s+(\S+)$", piece)  # "send X to Ana"; never "link to newsletter"
    if (
        first
        and _panellist_word(first["who"], people)
        and not (recipient and _panellist_word(recipient[1].strip(".,"), people))
    ):
        # "send marc-andré demo reel link", "send Mrs de Graaf toolbox talk deck": who it goes
        # to typed first, said after the thing
        return [f"{first['send']} {first['what'].rstrip(' .')} to {first['who']}"]
    return [piece]


def _thing_only(text: str) -> bool:
    """ "pen layout sketch + grade data (xls)": things named, no clause ("said he would call")."""
    words = re.findall(r"[A-Za-z']+", text)
    return bool(words) and not any(
        w.lower() in ("i", "he", "she", "they", "we", "you", "said", "told", "asked", "will")
        or lexicon.is_past(w.lower())
        for w in words
    )


def _panellist_word(word: str, people: list[Interviewer]) -> bool:
    """Whether `word` is a word of a panellist's name, in any case ("marc-andré", "priya")."""
    return any(word.lower() in {w.lower() for w in _person_words(p)} for p in people)


def _promised_to(text: str, people: list[Interviewer]) -> int | None:
    """The one panellist a promise names ("I promised to send Mr. Tremblay photographs")."""
    # "I promised to send Mr. Tremblay X"; "send photos of X (promised Annelies)"
    if not re.match(r"(?i)(?:I\s+)?(?:also\s+)?promised?\b", text) and not re.search(
        r"(?i)\(\s*promised\s+[A-Z]?\w+\s*\)", text
    ):
        return None
    # "(Carolina said this is allowed ...)": who a bracket names is no one it was promised to
    bare = re.sub(r"(?i)\((?!\s*promised\b)[^()]*\)", "", text)
    words = set(re.findall(r"\w+", bare)) | set(
        re.findall(r"\w+(?:-\w+)+", bare)
    )  # "Okonkwo-Fournier"
    named = [n for n, person in enumerate(people) if words & _person_words(person)]
    return named[0] if len(named) == 1 else None


def _by_topic(piece: str, people: list[Interviewer]) -> bool:
    """True when `piece` names no panellist, and its reader is found by its topic (if any)."""
    named = _addressed(piece, people) or named_in(piece, people) is not None
    named = named or _promised_to(piece, people) is not None  # "promised Fiona a copy"
    named = named or told_first(piece, people) is not None  # "Told Aoife I have ...": named
    named = named or _for_whom(piece, people) is not None  # "send X to Lic. Garza": named
    return not named and _for_whom(piece, people) is None


# A part that points back at the one before: "That lesson is ...", "we found this in ...".
_GOES_ON = re.compile(
    r"(?i)^(?:that|this|these|those|it)\b|^we\s+[a-z]+\s+(?:this|that|it)\b"
    r"|^I\s+(?:will|'ll|shall)\s+(?:send|email|post)\s+(?:them|it|both)\b"  # "I will send them ..."
)


def split(notes: Notes, lead: int | None = None) -> list[Part]:
    """The parts of the notes' follow-up, each with its reader; [] when the line is for one
    panellist only (or for no one named), and is read whole. With `lead` (the letter of a line
    no reading can say whole), any line of two parts or more is split, and a part for no one
    named goes to the letter of the part next to it, else to `lead`'s."""
    people = list(notes.interviewers)
    if (len(people) < 2 and lead is None) or not notes.follow_up:
        return []
    value = " ".join(notes.follow_up.split())
    pieces = _cut(value, people)
    # "check parking" is a note to self; "tell priya notice is 1 month" is a part for Priya
    typed = [
        p
        for p in pieces
        if not to_self(p)
        or _addressed(p, people)
        or sent(p)
        or TOLD_FIRST.match(p)
        # "When Dr. Vosskamp asked about X, I should also have mentioned Y": to the asker
        or (p.startswith("When ") and named_in(p, people) is not None)
        # "send X to Daniel" whatever X reads as ("tell sam" alone is a note to self)
        or (re.match(r"(?i)(?:also\s+)?send\s", p) is not None and _for_whom(p, people) is not None)
    ]
    joined: list[tuple[str, str]] = []  # (as typed, as read)
    for piece in typed:  # "sam's q on nights. yes fine": the question and its answer, one part
        # "said i'd only assisted. real answer: ...": an answer that names no one goes on
        # "The correct figure is 42"; "I said X; it was in fact Y" (told no one named): of the
        # one before (one told a panellist by name is read by `followfor`)
        told = not joined or _told(joined[-1][1], people)
        right = bool(_RIGHT_FIGURE.match(piece) or (not told and FACT_AFTER.match(piece)))
        if joined and (
            right
            or question_only(joined[-1][1])
            # "send X. should've said: Y": never an answer to a thing sent (round 48, h1375)
            or (answer_head(piece) and _by_topic(piece, people) and not sent(joined[-1][1]))
        ):
            whole, read = joined[-1]  # as typed: the span of the line from one to the other
            start = value.find(whole)
            whole = value[start : value.find(piece, start + len(whole)) + len(piece)]
            joined[-1] = (whole, f"{read.rstrip(' .;')}{'; ' if right else ' - '}{piece}")
        else:
            joined.append((piece, piece))
    found: list[tuple[str, str, int | None, bool]] = []
    for piece, read in joined:
        # "CORRECTION: told Renee I've been ...": the label before whom it was told is the note's
        read = _question_first(re.sub(r"^(?i:correction\s*:\s*)(?=(?i:(?:I\s+)?told)\b)", "", read))
        address = _addressed(read, people)
        address = told_first(read, people) or address  # "Told Aoife I have a van ...": hers
        if address is not None:
            found.append((piece, address[1], address[0], False))
            continue
        asker = named_in(read, people)
        if asker is not None and re.match(r"(?i)(?:also\s+)?send\s", read):
            read = unaddressed(read)  # "send Pak Ketut photos of X": theirs, "send photos of X"
        if asker is not None:
            found.append((piece, read, asker, bool(re.search(r"(?i)\basked\b|\bq\b", read))))
            continue
        whom = _for_whom(read, people)
        if whom is not None:  # "send X to Ing. Salas": to them, the address said by the letter
            read = unaddressed(read)
        whom = whom if whom is not None else _promised_to(read, people)  # the first is 0
        found.append((piece, read, whom, False))
        # "That lesson is ...", "we found this ...": what the part before told goes on, to its
        # reader (round 54, h1468), never to the reader whose topic it names
        if found[-1][2] is None and not (len(found) > 1 and _GOES_ON.search(read)):
            found[-1] = (piece, read, topic_owner(read, people), False)
    by_name = [not _by_topic(piece, people) for piece, *_ in found]  # a panellist named
    named = {reader for (_, _, reader, _), own in zip(found, by_name, strict=True) if own} - {None}
    # "... send copy of ticket to Harjit": a thing sent to one panellist by name goes to them,
    # the other parts as found (a part found by its topic alone is no sign on its own)
    sent_named = any(
        own and sent(unaddressed(piece)) for (piece, *_), own in zip(found, by_name, strict=True)
    )
    one_sent = sent_named and len(found) >= 2 and bool(named)
    if len(named) < 2 and (lead is None or len(found) < 2) and not one_sent:
        return []
    parts: list[Part] = []
    for number, (piece, said, reader, asked) in enumerate(found):
        if reader is None:  # the letter of the part before it, else of the one after it
            near = [r for _, _, r, _ in found[:number][::-1] + found[number + 1 :] if r is not None]
            reader = near[0] if near else lead or 0
        # "fluffed X, dont dwell"; never a correction with its order ("said X, actually Y - fix")
        piece_typed, piece = piece, ATTACH_ASKED.sub("", piece)  # "- attach cert?": unsaid
        memo = to_self(piece, whole=False) and _by_topic(piece, people)
        # a correction is said ("said 38 loads/day, actually 31 - correct it"): read only for a
        # part that is otherwise a note to self
        memo = memo and not (read_fix(piece) or figure_fixed(piece))
        memo = memo and not sent(piece)  # "send X" is no errand: the letter sends it
        memo = memo or bool(VAGUE.match(said))  # "(think more before writing)", "the X thing"
        memo = memo or is_doubted(piece)  # "(check this before writing)": never said
        memo = memo or cut_off(piece)  # "ask Mr. Lim because if the rotation is"
        # "for priya: yes, ...": a yes to a question the line does not hold is not said
        memo = memo or bool(_YES.match(said))
        parts.append(Part(piece_typed, said, reader, asked, memo))
    return parts


# A thing sent, as a letter says it: "As promised, I have attached ...", "I will send you ...".
_SENT_SAID = re.compile(
    r"(?:As (?:I )?promised, |As I said I would, )?(?:I have attached|I will send|I attach"
    r"|I enclose|Please find|I am attaching)\b"
)


def apart(
    notes: Notes,
    lead: int,
    line: Callable[[Part], str | None],
    *,
    sent_alone: bool = False,
    every: bool = False,
    some: bool = False,
) -> list[Part]:
    """The parts of a follow-up typed as two sentences or more when two or more of them each
    read alone (`line`, the part's sentence): "said my cert renewal is 2028, it's actually nov
    2027. also offer to send the QC checklist" is said part by part, where a reading of the
    whole line would say one part and drop the other. Only a line with a part that is a
    correction (`saidmeant`) or a thing to send (`sendthing`): the parts of a line typed with
    care are sentences of one thought, read whole; [] for any other line."""
    parts = split(notes, lead=lead)
    if not every and not any(
        read_fix(p.said) or figure_fixed(p.said) or sent(p.said) for p in parts
    ):
        return []
    lines = {id(p): line(p) for p in parts if not p.memo}
    said = [p for p in parts if (found := lines.get(id(p))) and readable(found)]
    # `sent_alone`: "I forget to say <a line no reading says>. Also I promise to send him X"
    # (typed with care, which no reading says whole): the promise said alone, the other part
    # named in the report, never the promise lost with it
    kept = sent_alone and len(said) == 1 and len(parts) >= 2 and bool(sent(said[0].said))
    kept = kept and bool(_SENT_SAID.match(lines[id(said[0])] or ""))
    # `every`: a line typed with care whose every part reads alone (round 56, h1499: a better
    # answer, a correction and a promise), said part by part where a reading of the whole
    # line would leave one out
    whole = every and len(said) >= 2 and len(said) == len(parts)  # no part a note to self
    # `some`: a line no reading says whole, whose parts that read are said and the others named
    # in the report (round 57, h1515: the correction and the promise, not the better answer)
    whole = whole or (some and len(said) >= 1)
    if sent_alone:  # a line typed with care: only its promise, alone, is said this way
        return parts if kept or whole else []
    return parts if len(said) >= 2 else []
