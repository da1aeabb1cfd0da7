"""A follow-up typed as a question from the room and its answer, said back to who asked.

People type it in one of a few shapes, in shorthand or with care: "asked abt my notice - said
2 wks", "asked if i do gates - yes, done 12 this yr", "asked about X - said Y, shd have said Z",
"Leanne asked if I mind long drives. I said I am used to them. I would add that Z". The line is
read by classes, not by lines: the question is "asked" and a question word (about, if, whether,
how, what, which, why) up to the first break; each piece after it is one of
- how the answer went ("rambled", "blanked", "nervous"): no part of the letter;
- what was said in the room ("said Y", "I said Y"): kept only when it is a sentence of the
  candidate's own, so a shorthand answer being corrected ("said 40m") is never repeated;
- a mark that what follows is what the letter should say ("shd have said Z", "forgot to mention
  Z", "real answer: Z", "I would add that Z"), or a mark after it ("Z, forgot to say");
- a yes, said with the question's own verb ("asked if I can ..." - yes: "I can");
- the answer itself.
The letter says "You asked Q: A", A being the correction when there is one, else the answers.
Each piece is said as a clause of the candidate's, with its subject supplied by the verb's class
("done 12 gates" -> "I have done", "used to early starts" -> "I am used to"); a piece that gives
no clause the sentence gate passes leaves the whole line out (compose asks for it).
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.answermarks import HOW_IT_WENT
from composer.offline.screen import is_instruction
from composer.offline.shorthand import expand
from composer.offline.verbatim import spelled_out
from composer.offline.verdicts import verdict_added
from composer.offline.wellformed import problem

# Who asked (a name, a title and a name, a pronoun), "asked", and the question after it.
_ASKED = re.compile(
    r"^(?:(?P<who>(?:[A-Za-z][\w'.-]*\s+){0,2}[A-Za-z][\w'.-]*)\s+)?asked\s+(?:me\s+)?"
    r"(?P<q>(?:abt|about|if|whether|how|what|which|why)\b.+|my\s.+)$",
    re.IGNORECASE,
)
# Where the question ends and the answer begins.
_QUESTION_END = re.compile(
    r"\s+-+\s+|\s+(?:and\s+)?(?=I\s+said\b)|\s*[.;:?]\s+|,\s+(?=(?:I\s+)?(?:said|told|answered)\b|(?:yes|no)\b)",
    re.IGNORECASE,
)
# Where one piece of the answer ends: a sentence, a dash, a semicolon, or a comma before a mark.
_PIECE_END = re.compile(
    r"\s*[.;]\s+|\s+-+\s+|,?\s+(?:and|but)\s+(?=(?:I\s+)?(?:should|shd|shld|forgot|would\s+add|did\s+not|didn't)\b)"
    r"|,\s+(?=(?:but\s+)?(?:I\s+)?(?:said|shd|shld|should|"
    r"forgot|not\s+true|actually|real\s+answer|better\s+answer|i'd\s+add|I\s+would\s+add)\b)",
    re.IGNORECASE,
)
_YES = re.compile(
    r"^(?:(?:I\s+)?said\s+)?(?:yes|yep|yeah|of\s+course|definitely)\b[,.!]?\s*(?P<more>.*)$",
    re.IGNORECASE,
)
_NO = re.compile(r"^(?:(?:I\s+)?said\s+)?no\b[,.]?\s*$", re.IGNORECASE)
_IN_ROOM = re.compile(
    r"^(?:I\s+)?(?:said|answered|told\s+(?:him|her|them|you))\s+(?:that\s+)?(?P<y>\S.*)$",
    re.IGNORECASE,
)
# A story told in the room: "told the STP story" -> "I told you the STP story".
_TOLD = re.compile(r"^(?:I\s+)?told\s+(?P<y>(?:the|my|about)\s.+)$", re.IGNORECASE)
# What was done after, typed as "what I changed after: X" -> "what I changed afterwards was X".
_WHAT_AFTER = re.compile(r"^what (?P<c>I \w+(?: \w+)?) after\s*:\s*(?P<x>\S.*)$")
# A clause whose subject points back at the answer given in the room: "they are mostly ..."
# (not at the question's topic, which has no plural).
_POINTS_BACK = re.compile(r"(?i)^(?:they|these|those)\b")
# The verb form a question asks in: "how I would forecast ..." -> "I would use ...".
_MODAL = re.compile(r"\bI (would|could|will|can)\b")
# A thing to name, not a clause: "the conflict mgmt training i did in 2025".
_NAMED = re.compile(r"^(?:the|my|our)\s")
# A weekday left in note form ("mon-fri"): no clause can carry it.
# ("bleach the hats in the sun": the sun, never Sunday, round 57, h1521)
_NOTE_DAYS = re.compile(
    r"\b(?:mon|tues?|wed|thu(?:rs)?|fri|sat|(?<!\bthe )sun)\b|-(?:Mon|Fri|Sat|Sun)"
)
# A mark that what follows is what the letter should say (the follow-up proper).
_MARK = re.compile(
    r"^(?:but\s+)?(?:I\s+)?(?:"
    r"(?:shd|shld|should|should've|shouldve)(?:\s+(?:also\s+)?(?:have|'ve))?\s+(?:also\s+)?"
    r"(?:said|mentioned|added|add|mention|say|explained|given\s+the\s+number)"
    r"|forgot(?:\s+to\s+(?:say|mention|add))?|(?:did\s+not|didn't|didnt)\s+(?:say|mention)|(?:would|'d)\s+(?:also\s+)?(?:like\s+to\s+)?add"
    r"|i'd\s+(?:also\s+)?add|meant\s+to\s+(?:say|mention)"
    r"|(?:(?:the\s+)?(?:real|better|proper)\s+)?answer\s*:"
    r"|actually|really|not\s+true\b[,:]?)"
    r"(?:\s+that)?[:,]?\s*(?P<z>.*)$",
    re.IGNORECASE,
)
# How the answer went, beyond `answermarks.HOW_IT_WENT`: "nervous", "went blank".
_WENT = re.compile(r"^(?:I\s+)?(?:was\s+)?(?:nervous|blanked|went\s+blank|froze)\b", re.IGNORECASE)
# A mark that withdraws what was said in the room: "actually", "not true", "real answer:".
_WITHDRAWN = re.compile(
    r"(?i)^(?:but\s+)?(?:actually|really|not\s+true|(?:the\s+)?(?:real|better|proper)\s+answer)\b"
)
# How far a yes goes, typed after it: "yes most weeks", "yes, usually".
_HOW_OFTEN = re.compile(
    r"(?i)^(?:most|every|some)\s+(?:weeks?|weekends?|days?|nights?|months?|times?)"
    r"|^(?:usually|mostly|always|often)$"
)
# The question's own verb after "if I" / "whether I": what a yes says ("I can").
_YES_VERB = re.compile(r"^(?:if|whether)\s+I\s+(?P<v>can|could|would|will|do|did|have|am)\b")
# Closed set: question words typed short for what they are.
_QUESTION_WORDS = {
    r"\bmy notice\b(?! period)": "my notice period",
    r"^if ok\b": "if I am fine",
    r"^if I'?m ok\b": "if I am fine",
    r"^my\b": "about my",
}


def asked_back(value: str | None) -> str | None:
    """ "You asked Q: A." for a question from the room and its answer, or None when the line is
    not that shape or a piece of it cannot be said cleanly."""
    read = _read(value)
    return read[0] if read else None


def corrected(value: str | None) -> str | None:
    """`asked_back`'s sentence when the line marks what should have been said ("shd have said
    Z", "real answer: Z"): the correction is the follow-up proper, said with its question."""
    read = _read(value)
    return read[0] if read and read[1] else None


# A follow-up that says what was said in the room ("I told the STP story") or the note to
# self ("I forgot I'm a licensed Q grader") in place of what should have been said.
_UNRECALLED = re.compile(r"\bI (?:forgot|told the)\b")


def said_back(line: str | None, value: str | None) -> str | None:
    """The follow-up to say, given the `line` the other readings said: the question and its
    answer said back when they said nothing, or its correction when their line says what was
    said in the room ("I told the STP story") or the note to self ("I forgot ...")."""
    if verdict := verdict_added(value):  # "gave a vague answer on X - could have said Y"
        return verdict
    fixed = corrected(value)
    if line is None or (fixed is not None and _UNRECALLED.search(line)):
        return (
            fixed
            or asked_back(value)
            or said_then(value)
            or on_topic(value)
            or verdict_added(value)
        )
    return line


# A careful note of what should have been said on a topic: "On rostering, I should have
# mentioned that I have built rotas for 40 staff."
_ON_TOPIC = re.compile(
    r"^(?P<lead>On|Regarding|About)\s+(?P<topic>[^,;:]{2,80}),\s+I\s+should\s+(?:also\s+)?have\s+"
    r"(?:mentioned|said|added)\s+that\s+(?P<c>(?:I|we|(?:early|later)\s+in\s+my|the|my|our"
    r"|for\s+(?:many\s+)?years,?\s+I"  # "for many years I was slow" (round 53)
    r"|in\s+(?:19|20)\d\d,?\s+(?:I|we)"  # "in 2029 we used liberation data ..." (round 59)
    # "On my biggest failure, ... that it taught me to run a small pilot" (round 55, h1484)
    r"|it(?=\s+(?:taught|showed|gave|made)\s))\s.+?)\.?$"
)


def _and_that(found: re.Match[str]) -> str:
    """ ", and that I ..." -> ", and I ...", where "that" opens the clause; kept where it points
    at a thing ("and that change recovered ...", round 59, h1540)."""
    after = found.string[found.end() :].split()[:2]
    pointing = (
        len(after) == 2
        and after[0] not in ("it", "we", "they", "he", "she", "you")
        and after[0][:1].islower()
        and lexicon.is_noun(after[0])
        and (lexicon.is_past(after[1]) or lexicon.is_third_person(after[1]))
    )
    return found.group() if pointing else ", and "


def on_topic(value: str | None) -> str | None:
    """The candidate's own sentence of what should have been said on a topic, said with
    "also" ("On X, I should also have mentioned that I ..."), or None when its clause does not
    pass the sentence gate."""
    typed = " ".join((value or "").split())
    told = _ON_TOPIC_TOLD.match(typed)
    if told is not None and not is_instruction(typed):  # "On X, I should have told you about
        return None if problem(told.group()) else told.group()  # the Figaro in 2027, ..."
    found = _ON_TOPIC.match(typed)
    if found is None or is_instruction(value or ""):
        return None
    # "..., and that I ...": the second clause's "that" said once ("and that change
    # recovered ..." is a thing of its own, round 59, h1540)
    said = _clause(re.sub(r",\s+and\s+that\s+(?=\S)", _and_that, found["c"]))
    if said is None:
        return None
    line = f"{found['lead']} {found['topic']}, I should also have mentioned that {_lower(said)}."
    return None if problem(line) else line


# The story that should have been told on a topic: "On what I do when a singer goes blank ...,
# I should have told you about the Figaro in 2027, when ..." (round 56, h1499).
_ON_TOPIC_TOLD = re.compile(
    r"^(?:On|Regarding|About)\s+[^,;:]{2,80},\s+I\s+should\s+(?:also\s+)?have\s+told\s+you\s+about\s+"
    r"(?:the|my|our)\s[^;:]{12,}\.$"
)


# What was said in the room and what is true: "[on X q -] i said Y - actually / checked, Z".
_SAID_THEN = re.compile(
    r"^(?:(?:on|re)\s+(?P<topic>[^-,:]+?)(?P<q>\s+q)?\s*(?:-+|,|:)?\s+)?(?:i\s+)?said\s+"
    r"(?P<x>[^-]+?)\s+-+\s+(?P<mark>actually|in\s+fact|checked|recalculated|looked\s+it\s+up)"
    r",?\s+(?P<y>\S.*)$",
    re.IGNORECASE,
)


def said_then(value: str | None) -> str | None:
    """ "I said X, but in fact Y." for what was said in the room and what is true ("said i
    hadnt done nights - actually did 6 months"); "I said X; I have since checked, and Y." when
    it was checked after; with "On TOPIC," when the line names the question. None when a part
    cannot be said."""
    found = _SAID_THEN.match(" ".join((value or "").split()).rstrip(" ."))
    if found is None or is_instruction(value or ""):
        return None
    typed = _full(expand(re.sub(r"['\"]", "", found["x"].strip(" ,"))))
    said = _clause(typed) if re.match(r"(?:I|we)\b", typed) else typed
    said = _lower(said) if said else said
    true = _clause(found["y"])
    if not said or not true or _unsayable(said):
        return None
    checked = found["mark"].lower() not in ("actually", "in fact")
    after = "; I have since checked, and" if checked else ", but in fact"
    line = f"I said {said}{after} {_lower(true)}."
    if found["topic"]:
        topic = _full(expand(found["topic"].strip())) + (" question" if found["q"] else "")
        line = f"On {topic}, {line}"
    return None if problem(line) else line


def _read(value: str | None) -> tuple[str, bool] | None:
    """The sentence said back, and whether it says a correction; None when it cannot be said."""
    if not value or is_instruction(value):
        return None
    found = _ASKED.match(" ".join(value.split()).rstrip(" .!"))
    if found is None:
        return None
    parts = _QUESTION_END.split(found["q"], maxsplit=1)
    if len(parts) < 2:
        return None
    question = _question(parts[0])
    if question is None:
        return None
    answer = _answer(parts[1], question)
    if answer is None:
        return None
    said = f"You asked {question}: {answer[0]}."
    whole = answer[0][:1].upper() + answer[0][1:] + "."
    return None if problem(said) or problem(whole) else (said, answer[1])


def _full(text: str) -> str:
    """The text with "i" as "I" and contractions said in full."""
    text = re.sub(r"(?<![\w'])i(?=\b|')", "I", text)
    text = re.sub(r"\b(?:i|I)(ve|m)\b", r"I'\1", text)  # "ive done", "im fine": typed bare
    text = re.sub(r"\bid(?= (?:(?:only|never|just|also|really) )?(\w+))", _bare_id, text)
    text = spelled_out(text)  # "I'd", "we've", "who's", "don't": as every letter says them
    text = re.sub(  # typed with no apostrophe: "didnt", "cant"
        r"\b(did|do|does|is|was|were|are|can|had|have|has|could|would)n'?t\b", r"\1 not", text
    )
    return text.replace("cannot", "can not").replace("can not", "cannot")


def _bare_id(found: re.Match[str]) -> str:
    """ "I'd" for "id" typed before a plain verb ("how id forecast"); "id" (a word) otherwise."""
    return "I'd" if lexicon.is_base_verb(found[1]) else found[0]


def _question(text: str) -> str | None:
    """The question as the letter says it: "about my notice period", "if I can teach ..."."""
    text = _full(expand(text.strip().rstrip(",;")))  # "..., and I said": no comma before ":"
    for pattern, said in _QUESTION_WORDS.items():
        text = re.sub(pattern, said, text)
    text = re.sub(r"^abt\b", "about", text)
    text = re.sub(r"\s+too$", "", text)
    text = re.sub(r"^about a (?=time I\b)", "about the ", text)
    if re.search(r"[+?!/()]|\b(?:him|her)\b", text) or not re.match(r"[a-z]", text):
        return None
    return text


def _answer(text: str, question: str) -> tuple[str, bool] | None:
    """What the letter says back (the correction, or the answers, each a clause), and whether
    it is a correction."""
    yes, pending, withdrawn, room, marked, plain = False, False, False, [], [], []
    often = ""
    pieces = [p.strip(" ,.") for p in _PIECE_END.split(text) if p and p.strip(" ,.")]
    for piece in pieces:
        if HOW_IT_WENT.match(piece) or _WENT.match(piece) or _NO.match(piece):
            continue
        if (said := _YES.match(piece)) is not None:
            yes = True
            if _HOW_OFTEN.match(said["more"]):  # "yes most weeks": how far the yes goes
                often = said["more"]
            elif said["more"]:
                plain.append(said["more"])
            continue
        if (mark := _MARK.match(piece)) is not None:
            withdrawn = withdrawn or bool(_WITHDRAWN.match(piece))
            if mark["z"]:
                marked.append(mark["z"])
            elif plain:  # "100% pass rate ..., forgot to say": the piece before is the news
                marked.append(plain.pop())
            else:  # "said no. not true - i dealt ...": the piece after is the news
                pending = True
            continue
        if (said := _IN_ROOM.match(piece)) is not None:
            room.append(said["y"])  # said again only as a sentence of the candidate's own
            continue
        if (told := _TOLD.match(piece)) is not None:
            room.append(f"I told you {told['y']}")
            continue
        (marked if pending else plain).append(piece)
    if marked:
        # what was said in the room stays as a sentence of the candidate's own; a short answer
        # being corrected ("said 40m", "said only radar") is dropped; a longer one that cannot
        # be said leaves the line out, as it may carry what the correction needs
        own = [] if withdrawn else [r for r in room if re.match(r"(?i)(?:I|we)\b", r)]
        kept = [c for c in map(_clause, own) if c and "'" not in c]
        if any(_clause(r) is None and len(r.split()) > 3 for r in room):
            return None
        added = [_added(m, question) for m in marked]
        plural = any(lexicon.is_plural_noun(w) for w in re.findall(r"[a-z]+", question))
        if not (kept or plural) and room and any(c and _POINTS_BACK.match(c) for c in added):
            return None  # "said ~80 claims, shd have said they're mostly ...": "they" is lost
        clauses = [*kept, *added] if len(kept) <= 1 else added
    else:
        clauses = [_clause(p) for p in (*[r for r in room if not _YES.match(r)], *plain)]
    if any(c is None for c in clauses):
        return None
    said_clauses = [c for c in clauses if c]
    verb = _YES_VERB.match(question)
    if yes and verb is not None:
        said_clauses.insert(0, f"I {verb['v']}" + (f", {often.lower()}" if often else ""))
    elif yes:  # a yes the question's verb cannot say ("asked if I had SMSTS - yes")
        return None
    if not said_clauses:
        return None
    first, *rest = said_clauses
    first = _lower(first)
    if rest:
        first = ", ".join([first, *rest[:-1]]) + f", and {_lower(rest[-1])}"
    return first, bool(marked)


def _added(piece: str, question: str = "") -> str | None:
    """What should have been said, as a clause: a clause of its own, what was done after ("what
    I changed after: X"), a thing named ("the training I did in 2025") said as what the
    candidate "would also mention", or an act typed with "-ing" ("using lift curves") said
    with the question's own verb form ("how I would forecast ...": "I would use ...")."""
    said = _clause(piece)
    if said is not None:
        return said
    text = _full(expand(piece.strip(" ,.")))
    after = _WHAT_AFTER.match(text)
    first, _, rest = text.partition(" ")
    if after is not None:
        said = f"what {after['c']} afterwards was {after['x']}"
    elif _NAMED.match(text):
        said = f"I would also mention {text}"
    elif lexicon.is_gerund(first) and rest and (base := lexicon.base_of(first)):
        modal = _MODAL.search(question)
        said = f"I {modal[1]} {base} {rest}" if modal else f"I {base} {rest}"
    else:
        return None
    return None if _unsayable(said) or problem(said[:1].upper() + said[1:] + ".") else said


def _unsayable(text: str) -> bool:
    """Whether the text still carries a note mark no sentence can: "?", " + ", a hedge."""
    return bool(
        re.search(r"\?|\s\+\s|->|\b(?:might|maybe|prob|confirm)\b", text)
        # "check" as a note's hedge ("need to check", "(check)", "- check this"), never the verb
        # of a deed ("trained two analysts to check and sign off runs", round 53, h1443)
        or re.search(
            r"(?i)\b(?:need|must|should|have|got)\s+to\s+check\b|\(\s*check\b|\bcheck\s*\)"
            r"|(?:^|[-–—,;]\s*)check\b|\bcheck(?:\s+(?:this|that|it|first|again|later))?\W*$",
            text,
        )
        or _NOTE_DAYS.search(text)
    )


def _lower(text: str) -> str:
    return text if re.match(r"I\b|[A-Z]{2}", text) else text[:1].lower() + text[1:]


def _clause(piece: str) -> str | None:
    """The piece as a clause of the candidate's, its subject supplied by its first word's class
    ("done X" -> "I have done X", "used to X" -> "I am used to X", "can X" -> "I can X"), or
    None when it cannot be read as one."""
    text = _full(expand(piece.strip(" ,.")))
    # "for many years I was slow to delegate ..." (round 53, h1443): the time, then the clause
    if lead := re.match(
        r"(?i)^(for\s+(?:many\s+)?years|in\s+(?:19|20)\d\d),?\s+(?=(?:I|we)\s)", text
    ):
        inner = _clause(text[lead.end() :])
        return f"{lead[1].lower()}, {_lower(inner)}" if inner else None
    text = re.sub(r",\s+now\s+I\b", ", and now I", text)  # "we tested too late, now I push"
    text = re.sub(r"\b(first) then\b", r"\1, then", text)  # "talk first then write"
    text = _FINE.sub(r"\g<what> is \g<fine>", text)  # "every other sunday fine": "... is fine"
    text = _EARLY.sub(r"\g<when>, ", text)  # "early in my career my reports were slow"
    if _unsayable(text):
        return None
    words = text.split()
    if not words:
        return None
    head = words[0].lower()
    if head in ("i", "we") or _OWN_SUBJECT.match(text):
        said = text[:1].upper() + text[1:]
    elif _own_verb(text):
        said = text  # "the common pipistrelle peaks at ...", said after "that"
    elif head in ("can", "could", "would", "will"):
        said = f"I {text}"
    elif head == "used" and len(words) > 1 and words[1] == "to":
        said = f"I am {text}"
    elif lexicon.is_participle(head) and not lexicon.is_past(head):
        said = f"I have {text}"  # "done 12 driveway gates"
    elif lexicon.is_past(head) and head != "said":
        said = f"I {text}"
    else:
        return None
    joins = re.sub(r"(?i)^(?:early|later) in my career, ", "", said)  # its own comma
    if problem(f"{said[:1].upper()}{said[1:]}.") or not _joined(joins):
        return None
    return re.sub(r"\s+after$", " afterwards", said)


def _own_verb(text: str) -> bool:
    """A clause of a thing's own, its verb in the present ("the common pipistrelle peaks at
    about 45 kHz"), or after when it was ("early in my career my reports were slow")."""
    text = _EARLY.sub("", text)
    if _OWN_SUBJECT.match(text):
        return True
    # "the best part of my old job was explaining ..." (round 54, h1460): a longer subject and
    # a form of "be" or "have"
    if re.match(r"(?i)^(?:the|my|our)\s+(?:[\w'’-]+\s+){1,6}(?:was|is|were|are|has|had)\s", text):
        return True
    words = text.split()
    if len(words) < 4 or words[0].lower() not in ("the", "my", "our"):
        return False
    # its verb second or third, before a word that is no verb ("peaks at", "tests every")
    return any(
        lexicon.is_third_person(words[at]) and not lexicon.classes(words[at + 1]).get("verb")
        for at in (2, 3)
        if at + 1 < len(words)
    )


# When a thing of the candidate's was so: "early in my career", before its own clause.
_EARLY = re.compile(r"(?i)^(?P<when>(?:early|later)\s+in\s+my\s+career),?\s+(?=(?:the|my|our)\s)")
# How often a thing suits, typed with no verb: "every other sunday fine", "any weekend ok".
_FINE = re.compile(
    r"(?i)^(?P<what>(?:every|each|any)(?:\s+other)?\s+[a-z]+)\s+(?P<fine>fine|ok|okay|good)$"
)
# A clause with a subject of its own: "it covers reach trucks", "the airport thanked us",
# "every other Sunday is fine".
_OWN_SUBJECT = re.compile(
    r"(?i)^(?:it|they|(?:the|my|our)(?:\s+[\w-]+){1,2}|(?:every|each|any)(?:\s+other)?\s+[\w-]+)"
    r"\s+(?:was|is|were|are|has|have|had"
    r"|covers|thanked|stayed|went|came|got|made|said|asked|called|wrote|took|taught|showed)\b"
)
# What may open a comma's second part in a clause: a joining word or a subject of its own.
_AFTER_COMMA = re.compile(
    r"^(?:and|but|so|which|who|where|when|including|as|then|now|although|though|because|while"
    r"|until|unless|I|we)\b"
    # "the realism is in the actors' faces, not in blade contact" (round 58, h1528)
    r"|^not\s+(?:in|on|at|by|with|from|for|through|the|a|an|my|our)\s"
    r"|^[a-z]+\s+and\s+[a-z]+\b"  # "examined, understood and passed on": a list's end
)


def _joined(said: str) -> bool:
    """Whether every part after a comma opens with a joining word or a subject: "I did three
    years at a bank, trained on UV" is two notes, not a sentence."""
    return all(_AFTER_COMMA.match(part) for part in re.split(r",\s+", said)[1:])
