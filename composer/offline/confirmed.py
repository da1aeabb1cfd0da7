"""A yes to a question about what the candidate has done, said back to the one who asked.

"ade asked if i'd used eMAR before - yes, rolled out Nourish eMAR at ashgrove": the panellist
asked, the candidate said yes, and the note adds what backs the yes. The letter confirms it
("You asked whether I had used eMAR before: I have, and I rolled out Nourish eMAR at
Ashgrove."), never as something the candidate "should have mentioned": the yes was said.
A yes backed by how much ("yes, 3 pts, w/ the NST") is said the same way ("... : I have, for
three patients, working with the NST."). A note that the answer was not given ("forgot to
say") is read elsewhere, as is a yes with nothing after it.
"""

from __future__ import annotations

from composer import regexes as re
from composer.english import spell_out_dates
from composer.offline import lexicon, selfnotes
from composer.offline.heard import months_spelled
from composer.offline.shorthand import capitals, expand
from composer.offline.words import FUNCTION_WORDS, SMALL_NUMBERS, TOOL_NAMES

# "Dr Feld asked if I'd done home TPN weaning - yes, ...": who, the verb done, what, the rest.
_ASKED_YES = re.compile(
    r"^(?:[A-Za-z][\w'.-]*(?:\s+[A-Z][\w'.-]*)?\s+)?asked(?:\s+me)?\s+(?:if|whether)\s+"
    r"I(?:'d|'ve|\s+had|\s+have)\s+(?:ever\s+)?(?P<verb>[a-z]+)\s+(?P<what>[^–—:;,]+?)"
    r"\s*(?:\s-+\s*|–|—|[:;,])\s*(?:yes|yep|yeah|yup)\b[\s,.!]*(?P<rest>\S.*)$",
    re.IGNORECASE,
)
# How the answer went, in a note to self: no part of what the letter says.
_HOW_IT_WENT = re.compile(
    r"(?i)^(?:(?:prob(?:ably)?|maybe|think|I\s+think)\s+)?(?:I\s+)?(?:undersold|underplayed"
    r"|downplayed|rambled|waffled|said\b)"
)
# How much of it: "3 pts", "about 40 cases", "2 yrs in a hospital aseptic unit".
_HOW_MUCH = re.compile(
    r"(?i)^(?:about\s+|over\s+|around\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine"
    r"|ten|eleven|twelve)\s+(?P<noun>[a-z]+s)(?:\s+(?:in|at|on|across|with)\s+\S.*)?$"
)
_WITH = re.compile(r"(?i)^with\s+(?P<who>(?:the|my|our|a|an)\s+\S.*)$")
_TANGLED = re.compile(r"\?|\.\.\.|!!|\blol\b|\bmaybe\b|\bprob(?:ably)?\b|/|\(|\)|=|\+|~", re.I)
_COUNT = re.compile(r"(?<=[a-z]{2} )([1-9])(?= (?:[A-Z][\w-]* ){0,3}[a-z]+s\b)")


def _said(text: str) -> str:
    """Note shorthand said in full: "w/" -> "with", "3 pts" -> "three patients", months."""
    text = capitals(expand(spell_out_dates(months_spelled(text))))
    return _COUNT.sub(lambda m: SMALL_NUMBERS[int(m[1]) - 1], text)


def _named(text: str) -> str:
    """A question as asked, with a lower-case word no dictionary knows said as the name it is:
    "why I would leave fastway" -> "... leave Fastway"."""
    return re.sub(
        r"\b[a-z]{3,}\b",
        lambda m: m[0] if lexicon.known(m[0]) or m[0] in FUNCTION_WORDS else m[0].capitalize(),
        text,
    )


def _backing(piece: str) -> tuple[str, bool] | None:
    """One piece after the yes as what backs it, and whether it is a clause of its own ("I
    rolled out ..."), or None when its shape is not one this reading knows."""
    text = _said(piece.strip(" .;,"))
    first = text.split(" ", 1)[0]
    if first == "I" and " " in text:
        return text, True  # "I ran it for two years": the candidate's own sentence
    if lexicon.is_past(first.lower()) and " " in text:
        return f"I {text}", True  # "rolled out Nourish eMAR at Ashgrove": done, in the past
    many = _HOW_MUCH.match(text)
    if many and lexicon.is_plural_noun(many["noun"].lower()):
        return f"for {text}", False  # "three patients": how much
    along = _WITH.match(text)
    if along:
        return f"working with {along['who']}", False
    return None


def confirmation(value: str | None) -> str | None:
    """The yes said back to the one who asked, with what backs it; None when the note is not a
    yes to "if I'd done X" with backing, or a piece cannot be said cleanly.

    "ade asked if i'd used eMAR before - yes, rolled out Nourish eMAR at ashgrove" -> "You
    asked whether I had used eMAR before: I have, and I rolled out Nourish eMAR at Ashgrove."
    """
    found = _ASKED_YES.match(" ".join((value or "").split()).rstrip(".!; "))
    if found is None or not lexicon.is_participle(found["verb"].lower()):
        return None
    if selfnotes.unsaid(found["rest"]):  # "yes, used CFS daily, forgot to say": read elsewhere
        return None
    pieces = [p for p in re.split(r",\s+|;\s+|\.\s+|\s+-+\s+", found["rest"]) if p.strip(" .")]
    read = [_backing(p) for p in pieces if not _HOW_IT_WENT.match(p.strip())]
    if not read or None in read:
        return None
    parts = [r for r in read if r is not None]
    clauses = [text for text, own in parts if own]
    fragments = [text for text, own in parts if not own]
    if len(clauses) > 1 or len(fragments) > 2 or (clauses and fragments):
        return None
    what = _named(_said(found["what"]))
    what = " ".join(TOOL_NAMES.get(w, w) if len(w) > 2 else w for w in what.split())
    tail = f"and {clauses[0]}" if clauses else ", ".join(fragments)
    line = f"You asked whether I had {found['verb'].lower()} {what}: I have, {tail}."
    return None if _TANGLED.search(line) else line


# "asked if I'm ok w/ saturdays - yes, alt saturdays fine": the yes holds for some of them.
_YES_SOME = re.compile(
    r"^(?P<asked>.*?\basked(?:\s+me)?\s+(?:if|whether)\s+.*?)\b(?P<noun>[a-z]+s)"
    r"(?P<sep>\s*(?:\s-+\s*|–|—|[:;,])\s*(?:yes|yep|yeah|yup)\b)[\s,.!]*"
    r"(?P<some>alt\.?|alternate|every\s+other|most|some|the\s+odd)\s+(?P<again>[a-z]+)\s+"
    r"(?:is\s+|are\s+)?(?:fine|ok|okay|good|no\s+problem)[.!]*$",
    re.IGNORECASE,
)


def narrowed(value: str | None) -> str | None:
    """A yes that holds for some of what was asked about, as a yes to just those; None when the
    note is not one: "jenna asked if i'm ok w/ saturdays - yes, alt saturdays fine" -> "jenna
    asked if i'm ok w/ alternate saturdays - yes"."""
    found = _YES_SOME.match(" ".join((value or "").split()))
    if found is None or found["noun"].lower() not in (
        found["again"].lower(),
        f"{found['again']}s".lower(),
    ):
        return None
    some = "alternate" if found["some"].lower().startswith("alt") else found["some"].lower()
    things = found["again"] if some == "every other" else found["noun"]
    return f"{found['asked']}{some} {things}{found['sep']}"


# "patricia asked why i'd leave before FCAS - didn't say it well. real answer: want a bigger
# comm lines book": the question, and the answer the note gives after saying what it is.
_WHY = re.compile(
    r"^(?:[A-Za-z][\w'.-]*(?:\s+[A-Z][\w'.-]*)?\s+)?asked(?:\s+me)?\s+why\s+I(?P<aux>'d|'m"
    r"|\s+would|\s+am|\s+want(?:ed)?\s+to)\s+(?P<q>[^-–—:;,.]+?)\s*(?:\s-+\s*|–|—|[:;,.])\s*"
    r"(?:[^:]*?[.,;]\s+)?(?:(?:the\s+)?real\s+answer|really|the\s+truth\s+is|truth\s+is)\s*[:,-]"
    r"\s*(?P<answer>\S.*)$",
    re.IGNORECASE,
)
_WHY_AUX = {"'d": "would", "would": "would", "'m": "am", "am": "am"}
# A reason typed with no subject: "want a bigger book", "need to be nearer home".
_WANTS = frozenset(["want", "need", "prefer", "like", "love", "miss", "hope"])


def reason(value: str | None) -> str | None:
    """Why, as the candidate would have liked to answer, said to the one who asked; None when
    the note is not one or a part cannot be said cleanly: "patricia asked why i'd leave before
    FCAS - didn't say it well. real answer: want a bigger book, MFM is 80% auto" -> "You asked
    why I would leave before FCAS: I want a bigger book, and MFM is 80% auto." """
    found = _WHY.match(" ".join((value or "").split()).rstrip(".!; "))
    if found is None:
        return None
    aux = " ".join(found["aux"].split()).lower()
    aux = _WHY_AUX.get(aux, aux)
    clauses: list[str] = []
    for piece in re.split(r",\s+|;\s+", found["answer"]):
        text = _said(piece.strip(" ."))
        first, _, rest = text.partition(" ")
        if first.lower() in _WANTS and rest:
            text = f"I {first.lower()} {rest}"  # "want a bigger book": the candidate's
        elif not (first == "I" or _OWN_SUBJECT.match(text)):
            return None
        clauses.append(text)
    if not clauses or len(clauses) > 2:
        return None
    line = f"You asked why I {aux} {_named(_said(found['q']))}: {', and '.join(clauses)}."
    return None if _TANGLED.search(line) else line


# A clause with a subject of its own: "MFM is 80% personal auto", "the commute is two hours".
_OWN_SUBJECT = re.compile(r"^(?:the\s+|my\s+)?[\w&'-]+(?:\s+[\w&'-]+)?\s+(?:is|was|has|are)\s+\S")
