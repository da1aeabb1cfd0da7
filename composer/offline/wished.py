"""A follow-up typed as a question, what was said, and what the candidate wishes they had said.

People type it in three parts: the question from the room, what they said in the room, and a
note to self about what they should say or wish they had said ("he asked if i'm ok on diesel
inboards - said yes but only done a few volvo pentas. shld say happy to do the volvo course",
"raj asked if i've done lotcheck - said no only TRC. wish i'd said i've read the guidelines +
keen to learn", "q abt headspacing -> said i use go/no-go gauges, should add i check w/ a field
gauge too"). The letter answers the question once, confidently:

- a yes is said by the question's own verb ("I am", "I have"), with its limit after "but
  only"/"but mostly" ("though I have only done a few ...") and then the wish ("and I would be
  happy to ...");
- a no is said by the question's verb ("I have not yet, but") and the wish (what the candidate
  did instead is left out: the wish is the answer the candidate wants to give);
- a deed of the candidate's said in the room ("i use the app") is kept before the wish;
- any other account of what was said ("only 6 mo on it") is left out, and the wish said alone.

The note-to-self words ("shld say", "wish i'd said", "next time say") are never printed. A wish
that is no clause of the candidate's ("keen to learn" gets its "I am"), or a word in lower case
that may be a name the letter cannot spell for sure ("volvo", "lotcheck"), leaves the line out
(compose asks for it).
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.dictionary import in_dictionary
from composer.offline.notewords import capitals_of, english, recapitalised
from composer.offline.propernames import names
from composer.offline.shorthand import expand
from composer.offline.verbatim import spelled_out
from composer.offline.words import CAPITALISED, FUNCTION_WORDS, PLAIN_WORDS

__all__ = [
    "WISH",
    "as_asked",
    "half_name",
    "plain_question",
    "still_a_note",
    "sure_names",
    "unasked",
    "unsure_name",
    "wished_answer",
    "with_subjects",
]

# The note to self that opens what the candidate wishes they had said.
WISH = re.compile(
    r"(?i)(?:^|(?<=[.,;]\s)|(?<=\s-\s))(?:I\s+)?(?:wish\s+(?:I'?d|id|I\s+had)\s+(?:said|mentioned"
    r"|added)|sh(?:ou)?ld\s+(?:say|add|mention)|next\s+time,?\s+(?:say|mention|add)"
    r"|(?:remember|don't\s+forget)\s+to\s+(?:say|mention|add)|tell\s+(?:him|her|them))"
    r"\s*:?\s*(?:that\s+)?(?=\S)"
)
# "q abt headspacing -> said ...": a question typed as a heading, then an arrow.
_Q_HEADING = re.compile(r"(?i)^(?:q|question)\s+(?:abt|about|on|re)\s+(?P<q>[^>]+?)\s*-+>\s*")
# What was said in the room, after "said": a yes or a no and what follows it.
_SAID = re.compile(r"(?i)^(?:I\s+)?(?:said|told\s+(?:him|her|them)|answered)\s+(?P<said>\S.*)$")
_YES = re.compile(r"(?i)^(?:yes|yep|yeah|yup)\b[\s,]*(?:but\s+)?(?P<rest>.*)$")
_NO = re.compile(r"(?i)^(?:no|nope|not\s+yet|never)\b[\s,]*(?:but\s+)?(?P<rest>.*)$")
# A limit after a yes: "only done a few volvo pentas", "mostly bolt guns".
_LIMIT = re.compile(r"(?i)^(?P<adv>only|mostly|just)\s+(?P<first>[a-z]+)(?P<rest>(?:\s+\S+)+)$")
# A wish with no subject of its own: "happy to do the course", "keen to learn".
_WILLING = re.compile(r"(?i)^(?P<adj>happy|glad|willing|keen|eager|ready|open|able)\s+to\s+\w")
# A state typed with no subject: "booked on the course", "registered with the HCPC".
_STATE = re.compile(r"(?i)^(?:booked|registered|enrolled|signed\s+up|qualified|certified)\s+\w")
_WOULD_BE = frozenset(["happy", "glad", "willing", "ready", "open"])
# The verb a yes takes from the question: "whether I am ..." -> "I am".
_ASKED_VERB = re.compile(r"^whether I (?P<verb>am|have|had|can|could|do|did|would|will)\b")
_NO_SAID = {"I have": "I have not yet", "I am": "I am not", "I can": "I cannot", "I do": "I do not"}
_YES_SAID = {"had": "have", "could": "can", "did": "did", "would": "would", "will": "will"}
# Where a line still reads as a note once read: never printed.
_NOTE_LEFT = re.compile(
    r"(?i)\bwish\s+I'?d\b|\bshld\b|\bnext\s+time,?\s+(?:say|mention|add)\b"
    r"|\bremember\s+to\s+(?:say|mention|add)\b"
)
_LOWER_WORD = re.compile(r"(?<![\w'’./@-])[a-z][a-z'’]*(?![\w'’/@-])")


def as_asked(value: str) -> str:
    """ "q abt headspacing -> said ..." -> "asked about headspacing - said ...": the question
    typed as a heading, put the way the other readings read a question; other text as it is."""
    found = _Q_HEADING.match(value)
    return f"asked about {found['q']} - {value[found.end() :]}" if found else value


def _subject(piece: str) -> str | None:
    """One piece of the wish as a clause of the candidate's: "I have read the guidelines",
    "keen to learn" -> "I am keen to learn", "happy to do the course" -> "I would be happy to
    do the course"; None when it has no subject that can be given for sure."""
    piece = re.sub(r"(?i)^(?:im|i'm)\b", "I am", piece.strip(" .,;"))  # "im booked"
    if re.match(r"I\b", piece):
        return piece
    if _STATE.match(piece):  # "booked on the course in jan": I am booked on it
        return f"I am {piece}"
    willing = _WILLING.match(piece)
    if willing:
        be = "would be" if willing["adj"].lower() in _WOULD_BE else "am"
        return f"I {be} {piece[0].lower()}{piece[1:]}"
    if re.match(r"(?i)^(?:fine|ok|okay|comfortable)\s+with\s+\S", piece):
        return "I am " + re.sub(r"(?i)^(?:ok|okay)\b", "comfortable", piece)
    return None


def _wish(text: str) -> str | None:
    """What the candidate wishes they had said, as their own clause(s) joined by "and"."""
    said = expand(text.strip(" .;,"))
    pieces = re.split(r"\s+and\s+(?=(?:I|happy|glad|willing|keen|eager|ready|open|able)\b)", said)
    clauses = [_subject(p) for p in pieces]
    if not clauses or any(c is None for c in clauses):
        return None
    return spelled_out(" and ".join(c for c in clauses if c))


def _limit(rest: str) -> str | None:
    """A yes's limit: "only done a few Pentas" -> "though I have only done a few Pentas",
    "mostly bolt guns" -> "though my experience is mostly with bolt guns"; None when unsure."""
    found = _LIMIT.match(expand(rest.strip(" .,;")))
    if found is None:
        return None
    first, adv = found["first"].lower(), found["adv"].lower()
    base = lexicon.base_of(first) or ""
    if lexicon.is_participle(first) or lexicon.is_past(first):
        done = lexicon.verb_forms(base).get("VBN", first) if base else first
        return f"though I have {adv} {done}{found['rest']}"
    if (not base and lexicon.is_noun(first)) or first in ("a", "the", "some"):
        return f"though my experience is {adv} with {first}{found['rest']}"
    return None


def _yes_word(question: str) -> str:
    """ "I am" for "whether I am ...", "I have" for "whether I have ...", else "yes"."""
    found = _ASKED_VERB.match(question)
    if found is None:
        return "yes"
    verb = found["verb"]
    return f"I {_YES_SAID.get(verb, verb)}"


def _in_room(before: str) -> tuple[str, str] | None:
    """What was said in the room, read: ("yes", limit), ("no", ""), ("deed", clause) or
    ("other", ""); None when a piece before the wish is not what was said or how it went."""
    pieces = [p.strip() for p in re.split(r"[.;]\s+|\s-+\s", before.strip(" .,;")) if p.strip()]
    said = [_SAID.match(p) for p in pieces]
    if len(pieces) != 1 or said[0] is None:
        return ("other", "") if not pieces else None
    text = said[0]["said"].strip(" ,")
    yes, no = _YES.match(text), _NO.match(text)
    if yes:
        return "yes", yes["rest"]
    if no:
        return "no", ""
    deed = expand(text)
    if re.match(r"I [a-z]+\b", deed) and lexicon.is_base_verb(deed.split()[1]):
        return "deed", spelled_out(deed)  # "i use the app": what is done, kept
    return "other", ""


def wished_answer(answer: str, question: str, line: str) -> str | None:
    """The answer the letter gives to `question` for an answer typed with a wish in it ("said
    yes but only done a few volvo pentas. shld say happy to do the volvo course"), or None when
    the answer has no wish, or a part cannot be said for sure (see the module's docstring).
    `line` is the whole note, whose capitals are sure ("Lotcheck" typed once)."""
    wish = WISH.search(answer)
    if wish is None:
        return None
    room = _in_room(answer[: wish.start()])
    clause = _wish(answer[wish.end() :])
    if room is None or clause is None:
        return None
    kind, said = room
    if kind == "yes":
        limit = _limit(said) if said else ""
        parts = [_yes_word(question), limit, f"and {clause}"]
        text = ", ".join(p for p in parts if p)
    elif kind == "no":  # "I have not yet, but ...": the no by the question's verb
        said_no = _NO_SAID.get(_yes_word(question))
        text = f"{said_no}, but {clause}" if said_no else clause
    elif kind == "deed":
        added = re.search(r"\balso\b|\b(?:too|as well)$", clause)
        also = clause if added else _ALSO.sub(_also, clause)
        text = f"{said}, and {also}"
    else:
        text = clause
    return sure_names(text, line)


_ALSO = re.compile(r"^I (\w+)")


def _also(found: re.Match[str]) -> str:
    """ "I check" -> "I also check": what is added to what was said."""
    if found[1] in ("am", "have", "can", "could", "would", "will", "do"):
        return f"I {found[1]} also"  # "I can also do it by hand"
    return f"I also {found[1]}"


def sure_names(text: str, line: str) -> str | None:
    """`text` with the capitals the note types (`line`) and the ones the tables know, or None
    when a word in lower case may still be a name ("volvo", "lotcheck"): never printed unsure."""
    text = names(recapitalised(text, capitals_of([line])))
    for found in _LOWER_WORD.finditer(text):
        word = found.group().lower()
        if word in CAPITALISED:
            text = text[: found.start()] + CAPITALISED[word] + text[found.end() :]
            continue
        if len(word) > 2 and not (english(word) or word in PLAIN_WORDS or word in FUNCTION_WORDS):
            return None
    return text


# "ok on", "fine w/": how a candidate types being comfortable with something
_OK_ON = re.compile(r"(?i)\b(I'm|I am|im|i'm)\s+(?:ok|okay|fine|good)\s+(?:on|with|w/)\s+")
# "its futile": "it is" before a word that is only an adjective
_ITS = re.compile(r"\bits\s+([a-z]+)\b")


def plain_question(text: str) -> str:
    """A question as typed, with its shorthand for a state said plainly: "if im ok on diesel
    inboards" -> "if I am comfortable with diesel inboards"; "thinks its futile" -> "thinks it
    is futile"."""
    text = _OK_ON.sub("I am comfortable with ", text)
    return _ITS.sub(lambda m: f"it is {m[1]}" if lexicon.is_adjective_only(m[1]) else m[0], text)


# a piece with no subject after one of the candidate's: "I have read it + keen to learn"
_AND_WILLING = re.compile(
    r"(?i)\s+(?:and|\+)\s+(?=(happy|glad|willing|keen|eager|ready|open|able)\s+to\s)"
)


def with_subjects(text: str) -> str:
    """ "I have read the guidelines and keen to learn" -> "... and I am keen to learn": a
    piece typed with no subject after a clause of the candidate's gets its own."""
    if not re.match(r"(?i)I\b", text):
        return text
    return _AND_WILLING.sub(
        lambda m: " and I would be " if m[1].lower() in _WOULD_BE else " and I am ", text
    )


def unsure_name(line: str, value: str) -> bool:
    """True when `line` holds a word in lower case that may be a name ("volvo") the note
    `value` never types with its capitals (see `sure_names`)."""
    return sure_names(line, value) != names(recapitalised(line, capitals_of([value])))


# A question the candidate meant to ask ("shld have asked abt the pay", "forgot to ask re
# parking"): no answer of theirs, so no follow-up sentence.
_MEANT_TO_ASK = re.compile(
    r"(?i)\b(?:sh(?:ou)?ld(?:'ve|\s+have)?|forgot\s+to|meant\s+to|wish\s+(?:I'?d|id|I\s+had))"
    r"\s+ask(?:ed)?\b"
)
# A name half capitalised: "at Sheffield hallam" (a word no table knows after a capital).
_HALF_NAME = re.compile(r"(?<=[a-z,] )[A-Z][a-z]+ (?P<rest>[a-z]{3,})\b")


def unasked(value: str) -> bool:
    """True for a note about a question the candidate meant to ask, not an answer."""
    return bool(_MEANT_TO_ASK.search(value))


def half_name(line: str) -> bool:
    """True when `line` names something half in capitals: "the MSc at Sheffield hallam"."""
    return any(
        not english(found["rest"])
        and not in_dictionary(found["rest"])  # "the Bridgnorth appraisal": Webster's word
        and found["rest"] not in PLAIN_WORDS
        for found in _HALF_NAME.finditer(line)
    )


def still_a_note(line: str | None) -> bool:
    """True when a line meant for the letter still holds the words of a note to self."""
    return bool(line and _NOTE_LEFT.search(line))
