"""A yes, a no or a hedge typed as the answer to a question from the room, said as the candidate
said it: "asked if I'd done sleep-ins -> not yet but keen" -> "When you asked whether I had done
sleep-ins, I said not yet, but I am keen to."

People type a short answer first and what goes with it after a comma, a dash or "but": "no, but
fine w/ it", "not on my own yet", "limited, done 3 w/ my last firm", "some, mostly autism",
"basic only, want to learn more". The lead is kept as typed (a no stays a no, "not yet" stays
"not yet"); a level of experience ("limited", "some", "basic") is said of the candidate's
experience; each piece after it is said only as what it plainly is: a willingness ("keen",
"happy to X", "fine w/ it"), a wish ("want to X"), a scope ("only on X", "mostly X") or a clause
of the candidate's (`answered.piece_clause`). One piece that reads as none leaves the whole
answer unsaid (the question is then said alone or the line is asked for), so a hedge is never
turned into a claim. A yes or a no is said only after a question that takes one ("whether I
had ...").

Two more short answers are read here, each only after a question about a thing of the
candidate's: an amount ("asked about my notice period -> 4 wks": "I said it is four weeks"),
and a habit typed after "said" with its "I" dropped ("asked re food cost -> said aim for 28%":
"I said I aim for 28%").
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.answered import piece_clause
from composer.offline.askedform import reported
from composer.offline.shorthand import expand
from composer.offline.wellformed import problem
from composer.offline.words import DETERMINERS, SMALL_NUMBERS

__all__ = ["hedged", "hedged_back"]

# The lead of an answer to a question that takes a yes or a no.
_YES_NO = {
    r"yes|yep|yeah|yup": "yes",
    r"no|nope": "no",
}
# A no that is only for now, or only for doing it alone: said as typed after any question of a
# thing the candidate has or has done ("about nights": "not yet").
_NOT_YET = re.compile(
    r"(?i)^(?:(?:no|nope),?\s+)?not\s+(?P<how>(?:on\s+my\s+own|solo|alone|by\s+myself|independently"
    r"|unsupervised)\s*)?(?P<yet>yet)?$"
)
# A level of experience typed alone, said of the candidate's experience.
_LEVELS = {
    r"limited|(?:fairly|quite|very)\s+limited": "my experience is {0}",
    r"some": "I have some experience",
    r"a\s+(?:little|bit)": "I have a little experience",
    r"basic|(?:fairly|quite|very)\s+basic": "my experience is {0}",
    r"basic\s+only|only\s+basic": "my experience is only basic",
    r"not\s+much|minimal|very\s+little": "I have little experience",
}
# A willingness typed with no subject: "keen", "happy to do more", "fine w/ it".
_WILLING = re.compile(
    r"(?i)^(?:(?:but|and)\s+)?(?:(?:very|really|v)\s+)?(?P<adj>keen|happy|willing|eager|glad)"
    r"(?:\s+to(?:\s+(?P<to>[a-z].*))?)?$"
)
_FINE = re.compile(
    r"(?i)^(?:(?:but|and)\s+)?(?P<adj>fine|ok|okay|comfortable|happy)\s+with\s+(?P<it>it|that|them"
    r"|this)$"
)
# A wish or plan typed with no subject: "want to learn more", "hoping to do it next yr".
_WISH = re.compile(
    r"(?i)^(?:(?:but|and)\s+)?(?P<verb>want|hope|plan|intend|aim|would\s+like)\s+to\s+"
    r"(?P<rest>[a-z].*)$"
)
# How far the answer goes, typed as a phrase after it: "only on domestic jobs so far", "mostly
# with autistic adults", "mainly dyslexia".
_SCOPE = re.compile(r"(?i)^(?P<how>only|mostly|mainly|just)\s+(?P<rest>[a-z].*)$")
_PREPOSITION = re.compile(r"(?i)^(?:on|in|at|with|for|from|during|through|under|as|via)\s")
# What parts the pieces: a comma, a semicolon, a dash, or "but" (which is kept).
_PIECES = re.compile(r"\s*[,;]\s*|\s+[-–—]+\s+|\s+(?=but\s)")
_SAID = re.compile(r"(?i)^(?:I\s+)?(?:said|answered|told\s+(?:him|her|them))\s+(?:that\s+)?")
# A question that takes a yes or a no, as the letter says it.
_WHETHER = re.compile(r"(?i)^(?:whether|if)\s")
_WH = re.compile(r"(?i)^(?:how|what|why|when|where|which|who)\b")
# A note mark no sentence carries; a second sentence or a note to self ("should have said ...")
# is more than a short answer.
_NOTE = re.compile(
    r"[?/()+=~]|->|[.;:!]\s|\b(?:maybe|prob|probably|might|tbc|check|should|shd|shld|forgot"
    r"|actually|wish|meant)\b",
    re.IGNORECASE,
)


def _lead(piece: str, question: str) -> str:
    """The lead of the answer as said after "I said", or "" when it is none."""
    bare = piece.strip(" .!").lower()
    if _WHETHER.match(question):
        for pattern, said in _YES_NO.items():
            if re.fullmatch(pattern, bare):
                return said
    if _WH.match(question):
        return ""
    found = _NOT_YET.match(bare)
    if found and (found["how"] or found["yet"]):
        how = "on my own " if found["how"] else ""
        return f"not {how}{'yet' if found['yet'] else ''}".strip()
    if _WHETHER.match(question):
        return ""
    for pattern, said in _LEVELS.items():
        if re.fullmatch(pattern, bare):
            if said.startswith("my experience is") and re.match(r"(?i)my\s", question):
                return said.replace("my experience", "it").format(bare)  # "it is basic"
            return said.format(bare)
    return ""


def _numbers(text: str) -> str:
    """A figure below ten spelled, as a letter says it ("done 2" -> "done two")."""
    return re.sub(r"\b([1-9])\b(?![.,:%]\d)", lambda m: SMALL_NUMBERS[int(m[1]) - 1], text)


def _piece(piece: str) -> str | None:
    """One piece after the lead, as said; None when it reads as none of the shapes."""
    piece = piece.strip(" .")
    if (found := _WILLING.match(piece)) is not None:
        adj = found["adj"].lower()
        return f"I am {adj} to {found['to']}" if found["to"] else f"I am {adj} to"
    if (found := _FINE.match(piece)) is not None:
        adj = found["adj"].lower()
        adj = "fine" if adj in ("ok", "okay") else adj
        return f"I am {adj} with {found['it'].lower()}"
    if (found := _WISH.match(piece)) is not None:
        verb = found["verb"].lower()
        verb = "would like" if verb.startswith("would") else verb
        return f"I {verb} to {found['rest']}"
    if (found := _SCOPE.match(piece)) is not None:
        how, rest = found["how"].lower(), found["rest"]
        if how != "only" and not _PREPOSITION.match(rest):
            rest = f"with {rest}"  # "mostly dyslexia": the experience is with it
        return f"{how} {rest}"
    said = piece_clause(piece)
    if said is None or said.split()[:2] in (["I", "am"], ["I", "said"]):
        return None
    return said


# An amount typed alone: "4 wks", "about 3 months", "30 days".
_AMOUNT = re.compile(
    r"(?i)^(?P<about>about\s+|around\s+|roughly\s+)?(?P<n>\d{1,3}|"
    + "|".join(SMALL_NUMBERS)
    + r")\s*(?P<unit>wks?|weeks?|days?"
    r"|months?|mths?|yrs?|years?|hrs?|hours?)$"
)
# A thing of the candidate's that is a length of time ("my availability" is not: "2 wks" of it
# may be when, or how long).
_MEASURED = re.compile(r"(?i)^my\s+(?:notice(?:\s+period)?|commute|probation(?:\s+period)?)$")
_UNITS = {"wk": "week", "mth": "month", "yr": "year", "hr": "hour"}


def _amount(question: str, text: str) -> str:
    """ "it is four weeks" for an amount typed after a question about one thing of the
    candidate's ("my notice period"), else ""."""
    found = _AMOUNT.match(text)
    if found is None or not _MEASURED.match(question):
        return ""
    unit = found["unit"].lower().rstrip("s")
    unit = _UNITS.get(unit, unit)
    typed = found["n"].lower()
    count = SMALL_NUMBERS.index(typed) + 1 if typed in SMALL_NUMBERS else int(typed)
    spoken = SMALL_NUMBERS[count - 1] if 0 < count < 10 else str(count)
    about = "about " if found["about"] else ""
    return f"it is {about}{spoken} {unit}{'' if count == 1 else 's'}"


_OBJECT_LEADS = DETERMINERS | {"for", "to", "on", "in", "at", "with", "by", "one", "it", "them"}


def _habit(question: str, typed: str) -> str:
    """ "I aim for 28%" for a clause typed after "said" with its "I" dropped, led by a verb in
    the present and something after it, after a question about a thing ("food cost
    targets"); else ""."""
    found = re.match(r"(?i)^said\s+(?P<verb>[a-z]+)\s+(?P<rest>\S.*)$", typed.strip())
    if found is None or _WH.match(question) or _WHETHER.match(question):
        return ""
    verb, after = found["verb"].lower(), found["rest"].split()[0].lower()
    if not lexicon.is_base_verb(verb) or lexicon.is_past(verb):
        return ""
    # what follows the verb is its object or a place: never a verb ("stock is counted")
    if not (after in _OBJECT_LEADS or after[0].isdigit() or lexicon.is_plural_noun(after)):
        return ""
    said = expand(f"I {verb} {found['rest'].rstrip('.')}")
    return "" if _NOTE.search(said) else said


def _misread(question: str) -> bool:
    """A question whose modal is followed by a past form ("whether I would worked"): "I'd"
    read the wrong way, so no answer is said with it."""
    found = re.search(r"\b(?:would|could|will|can)\s+(?P<verb>[a-z]+)", question)
    return bool(
        found and lexicon.is_past(found["verb"]) and not lexicon.is_base_verb(found["verb"])
    )


def hedged(question: str, typed: str) -> str:
    """ "I said not yet, but I am keen to" for a yes, a no or a level of experience typed as
    the answer to `question` (as the letter says it: "whether I had done sleep-ins", "my EV
    installs"), or "" when the answer is not that shape or a piece of it cannot be read."""
    text = expand(_SAID.sub("", typed.strip().rstrip(".")))
    if not text or _NOTE.search(text) or not question or _misread(question):
        return ""
    if said := _amount(question, text) or _habit(question, typed):
        return "" if problem(f"I said {said}.") else f"I said {said}"
    pieces = [p.strip() for p in _PIECES.split(text) if p and p.strip(" ,")]
    lead = _lead(pieces[0], question)
    if not lead or (lead == "yes" and len(pieces) > 1):
        return ""  # "yes, ran it for 3 yrs": the clause is the answer (`answervoice`)
    # after a no or a low level, what the candidate has or would do is said after "but"
    negative = lead.startswith(("no", "not", "my experience is", "it is", "I have little"))
    said = lead
    for piece in pieces[1:]:
        but = piece.lower().startswith("but ")
        clause = _piece(piece[4:] if but else piece)
        if clause is None:
            return ""
        if clause.startswith(("only ", "mostly ", "mainly ", "just ")):
            said += f", {clause}"
        elif but or negative:
            said += f", but {clause}"
        else:
            said += f", and {clause}"
    said = _numbers(said)
    return "" if problem(f"I said {said}.") else f"I said {said}"


# A question from the room typed with who asked and its answer after an arrow or a dash:
# "Gareth asked if I'd done nights -> not yet".
_ASKED = re.compile(
    r"(?i)^(?:(?:[A-Za-z][\w'.-]*\s+){0,2})?(?:asked|wanted\s+to\s+know)\s+(?:me\s+)?"
    r"(?P<q>(?:about|abt|re|if|whether)\s.+?)\s*(?:->|→|=>|\s[-–—]+\s|[,;:]\s+(?=(?:I\s+)?said\s))"
    r"\s*(?P<a>\S.*)$"
)


def hedged_back(value: str | None) -> str | None:
    """A follow-up typed as a question and an answer `hedged` reads ("asked abt nights - not
    yet, keen"): "When you asked about nights, I said not yet, but I am keen to."; None for
    any other line."""
    found = _ASKED.match(" ".join((value or "").split()).rstrip(" ."))
    if found is None:
        return None
    question = reported("asked " + found["q"])
    question = re.sub(r"(?i)^asked\s+(?:abt|re)\s", "asked about ", question)
    question = re.sub(r"^asked\s+", "", expand(question))
    question = re.sub(r"\bmy notice$", "my notice period", question)  # as `askedback` says it
    if not re.match(r"(?:about|whether|if)\s", question) or _NOTE.search(question):
        return None
    answer = hedged(question.removeprefix("about "), found["a"])
    if not answer or answer.startswith("I said yes"):  # a yes: `askedback` says it as "I can"
        return None
    line = f"When you asked {question}, {answer}."
    return None if problem(line) else line
