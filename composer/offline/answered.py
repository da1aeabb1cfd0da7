"""An answer to a question in the room typed as fragments, said as the candidate's clauses.

"rajesh asked re flood modeller - only used it on 2 jobs, prob undersold it, comfortable w/ 1D-2D
linked models": after the topic come pieces with no subject, and notes to self among them. Each
piece is read by its first word (a past verb is experience: "I have used it on two jobs"; an
adjective of ability is a state: "I am comfortable with ..."); notes to self ("prob undersold
it", "should've said") are not said; one piece that cannot be read leaves the whole answer out.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.answermarks import DATED
from composer.offline.heard import months_spelled
from composer.offline.shorthand import expand
from composer.offline.words import SMALL_NUMBERS

# Notes to self among the pieces: how the answer went, never part of what the letter says.
TO_SELF = re.compile(
    r"(?i)^(?:(?:prob(?:ably)?|maybe|think|I\s+think|def(?:initely)?)\s+)?(?:I\s+)?"
    r"(?:undersold|underplayed|downplayed|understated|rambled|waffled|fumbled|blanked"
    r"|should(?:'ve|\s+have)\s+(?:said|mentioned)|said\b)"
)
# A hedge the candidate's own note marks as underselling: "only used it on 2 jobs".
_HEDGE = re.compile(r"(?i)^(?:only|just)\s+")
_STATES = frozenset(
    ["comfortable", "confident", "familiar", "fluent", "proficient", "happy", "experienced",
     "certified", "qualified", "trained", "competent", "skilled"]
)  # fmt: skip
_TANGLED = re.compile(r"\?|\.\.\.|!!|\blol\b|\bmaybe\b|\bprob(?:ably)?\b|/|\(|\)|=", re.I)
# A second half typed after "+" with no subject of its own: a state ("+ happy to do 1 in 4")
# is the candidate's ("and I am happy to ..."); an ability ("+ can train operators") shares it.
_PLUS_STATE = re.compile(r"\s+\+\s+(?=(?:" + "|".join(sorted(_STATES)) + r")\b)", re.I)
_PLUS_CAN = re.compile(r"\s+\+\s+(?=(?:can|could)\s+[a-z])")
_ONE_IN_N = re.compile(r"\b([1-9])\s+in\s+([2-9])\b")  # "1 in 4": a rota's share


def second_half(text: str) -> str:
    """A clause of the candidate's with a second half typed after "+", said in full: "I did 8
    months of weekend on-call + happy to do 1 in 4" -> "I did 8 months of weekend on-call, and
    I am happy to do one in four"; any other text as it is."""
    text = _PLUS_CAN.sub(" and ", _PLUS_STATE.sub(", and I am ", text))
    return _ONE_IN_N.sub(
        lambda m: f"{SMALL_NUMBERS[int(m[1]) - 1]} in {SMALL_NUMBERS[int(m[2]) - 1]}", text
    )


def piece_clause(piece: str) -> str | None:
    """One piece as the candidate's clause, or None when its first word does not say what it is."""
    text = _HEDGE.sub("", piece.strip(" .;,"))
    offer = _OFFER.match(text)
    if offer:  # "can send pics": an offer, said as one
        what = " ".join(_SENT.get(w.lower(), w) for w in offer["what"].split())
        return f"I would be happy to send {expand(what)}"
    first, _, rest = text.partition(" ")
    lower = first.lower()
    forms = _forms(lower)
    if " + " in text and forms.get("VBD") == lower:  # "fixed it + pushed to the repo"
        return _done_since(text)
    if lower in _STATES:  # "comfortable w/ 1D-2D linked models"
        said = f"I am {text}"
    elif lexicon.is_past(lower) and rest and forms:
        # "used it on 2 jobs": experience, said as such; a time makes it a past event, as
        # does a past that is no participle ("did a full GF afternoon tea at the Moreton")
        dated = DATED.search(rest) or forms["VBN"] != lower
        said = f"I {lower} {rest}" if dated else f"I have {forms['VBN']} {rest}"
    elif lexicon.is_participle(lower) and rest and forms.get("VBN") == lower != forms.get("VB"):
        said = f"I have {text}"  # "done them at Derriford": experience, said as such
        if DATED.search(rest):  # "fitted it on the Wharf job last yr": a past event, dated
            past = lower if lower.endswith("ed") else forms.get("VBD", lower)
            said = f"I {past} {rest}"
    elif forms.get("VB") == lower and re.match(r"(?i)(?:a|an|the|my|our)\s", rest):
        said = f"I {text}"  # "run a MiSight clinic": what the candidate does now
    else:
        return None
    said = expand(months_spelled(said))
    return None if _TANGLED.search(said) else said


def _forms(word: str) -> dict[str, str]:
    """The verb forms of `word` ("re-ran": "re-run"), or {} when it is no verb."""
    again = word.startswith("re-")
    base = lexicon.base_of(word[3:] if again else word)
    forms = lexicon.verb_forms(base) if base else {}
    if again and forms:
        return {k: f"re-{v}" for k, v in forms.items()}
    return {k: v.replace("re-", "re", 1) for k, v in forms.items()}  # "redone", not "re-done"


def _done_since(text: str) -> str | None:
    """Things done since the interview, typed as verbs joined by "+", in the present perfect:
    "fixed it + pushed to the repo" -> "I have fixed it and pushed the fix to the repo"."""
    said: list[str] = []
    past: list[str] = []
    for part in text.split(" + "):
        verb, _, rest = part.strip().partition(" ")
        forms = _forms(verb.lower())
        if not forms or not rest or forms.get("VBD") != verb.lower():
            return None
        if said and re.match(r"(?:to|into|onto|up|out)\b", rest):  # "pushed to the repo"
            rest = f"{_MADE.get(said[0].split()[0], 'it')} {rest}"
        if said and _TIME_FIRST.match(rest):  # "renewed this yr": renewed it then
            rest = f"it {rest}"
        said.append(f"{forms['VBN']} {rest}")
        past.append(f"{forms['VBD']} {rest}")
    if len(said) != 2:
        return None
    line = expand(months_spelled(f"I have {said[0]} and {said[1]}"))
    if DATED.search(text):  # "got it in 2022 + renewed this yr": done then, in the past
        line = expand(months_spelled(f"I {past[0]} and {past[1]}"))
    # "emailed it to beth": a lower-case word no dictionary knows may be a name; left out
    after = re.findall(r"\b(?:to|with|from|for|by|cc)\s+([a-z][\w'-]*)$", line)
    unknown = any(not lexicon.known(w) for w in after)
    return None if _TANGLED.search(line) or unknown else line


_TIME_FIRST = re.compile(
    r"(?i)(?:this|last|in|on)\s+(?:(?:19|20)\d\d|yr|year|month|week|jan|feb|mar|apr"
    r"|may|jun|jul|aug|sep|oct|nov|dec)"
)
# "can send pics", "happy to send my audit": an offer of something to send.
_OFFER = re.compile(r"(?i)^(?:I\s+)?(?:can|could|happy\s+to|will|I'll)\s+send\s+(?P<what>\S.*)$")
_SENT = {"pics": "pictures", "pix": "pictures", "pic": "a picture", "vid": "a video"}
# What a first thing done makes, for a second verb typed without its object.
_MADE = {"fixed": "the fix", "updated": "the update", "changed": "the change"}


def answered(pieces: list[str]) -> str | None:
    """The pieces after a question's topic said as one or two clauses joined by ", and ", or
    None: "only used it on 2 jobs, prob undersold it, comfortable w/ 1D-2D linked models" ->
    "I have used it on two jobs, and I am comfortable with 1D-2D linked models"."""
    clauses: list[str] = []
    for piece in pieces:
        for part in re.split(r",\s+|;\s+", piece):  # "async + tokio" stays one object
            if not part.strip(" .;,") or TO_SELF.match(part.strip()):
                continue
            if not clauses and re.fullmatch(r"(?i)yes|yep|yeah", part.strip(" .;,")):
                continue  # "re the ADR cert - yes, got it in 2022": the yes, then the facts
            said = piece_clause(part)
            if said is None:
                return None
            clauses.append(said)
    if not clauses or len(clauses) > 2:
        return None
    return ", and ".join(clauses)


# "said pace dipped in middle of obs - true, I'd cut the 2nd worked example": the panellist's
# point about how the candidate did, owned up to, and what the candidate would do instead.
_OWNED = re.compile(
    r"^(?:(?:he|she|they|[A-Z][\w'.-]*(?:\s+[A-Z]\.?)?)\s+)?(?:said|felt|thought|noted"
    r"|pointed\s+out|commented)\s+(?:that\s+)?(?P<what>(?!I\b|I'|i\s)[^–—;:]+?)\s*(?:-+|–|—)\s*"
    r"(?:true|fair(?:\s+point)?|agreed?|(?:she|he|they)(?:'s|'re|\s+is|\s+are)\s+right)\s*"
    r"[,:;]?\s+(?:next\s+time\s+)?(?:I'd|I\s+would|would)\s+(?P<vp>[a-z]\S*\s.+)$",
    re.IGNORECASE,
)
# "in middle of obs": the part of a lesson observed, with the articles notes leave out.
_PART_OF = re.compile(r"(?i)\b(in|at|towards|near|by)\s+(middle|end|start|beginning)\s+of\b")
_OBSERVED = re.compile(r"(?i)\b(?:the\s+|my\s+)?obs(?:\s+lesson)?\b")


def owned(value: str | None) -> tuple[str, str] | None:
    """The panellist's point owned up to, and what the candidate would do: "said pace dipped
    in middle of obs - true, I'd cut the 2nd worked example + get them onto the task sooner"
    -> ("the pace dipped in the middle of the observation", "cut the second worked example and
    get them onto the task sooner"); None when the note is not one, or a part is unclear."""
    found = _OWNED.match(" ".join((value or "").split()).rstrip(".!"))
    if found is None:
        return None
    what = _PART_OF.sub(r"\1 the \2 of", expand(found["what"].strip(" ,")))
    what = _OBSERVED.sub("the observation", what)
    first = what.split(" ", 1)[0]
    if first.islower() and lexicon.is_noun(first) and not lexicon.is_plural_noun(first):
        what = f"the {what}"  # "pace dipped": the pace
    words = what.split(" ")
    past = any(lexicon.is_past(w.lower()) or w in ("was", "were") for w in words[1:4])
    vp = expand(found["vp"].strip(" ,"))
    verb = vp.split(" ", 1)[0].lower()
    if not past or lexicon.base_of(verb) != verb or _TANGLED.search(f"{what} {vp}"):
        return None
    return what, vp


# "he asked abt my notice period - 4 wks, said 1 month, same thing": a question about a measure
# of the candidate's own, answered with the measure; what was said in the room is not repeated.
_MY_MEASURE = re.compile(
    r"(?i)^(?:[A-Za-z][\w'.-]*(?:\s+[A-Z][\w'.-]*)?\s+)?asked(?:\s+me)?\s+(?:about|abt|re)\s+"
    r"(?P<what>my\s+notice(?:\s+period)?)\s+(?:-+|–|—|:)\s*(?P<n>\d+|one|two|three|four|six)\s+"
    r"(?P<unit>days?|wks?|weeks?|months?|mths?)\b(?P<rest>.*)$"
)
_SAME = re.compile(r"(?i)^(?:same\s+thing|the\s+same|same|either\s+way)$")


def confirmed(value: str | None) -> str | None:
    """A measure of the candidate's own asked about, confirmed as their sentence, or None:
    "he asked abt my notice period - 4 wks, said 1 month, same thing" -> "To confirm, my notice
    period is four weeks." Anything after it other than what was said in the room is left out."""
    found = _MY_MEASURE.match(" ".join((value or "").split()).rstrip(".!"))
    if found is None:
        return None
    for piece in (p.strip() for p in re.split(r",\s*|\.\s+", found["rest"]) if p.strip()):
        if not (TO_SELF.match(piece) or _SAME.match(piece)):
            return None
    unit = expand(found["unit"]).rstrip("s")
    unit = {"wk": "week", "mth": "month"}.get(unit, unit)
    n = found["n"]
    count = SMALL_NUMBERS[int(n) - 1] if n.isdigit() and 0 < int(n) < 10 else n
    plural = "" if count in ("1", "one") else "s"
    return f"To confirm, {found['what']} is {count} {unit}{plural}."


# A span typed bare after a deed, with no "for": "used Manhattan 3 yrs".
_BARE_SPAN = re.compile(
    r"^I (?P<verb>[a-z]+) (?P<what>(?!for\b)\S.*?) (?P<span>(?:\d+|a few|several|"
    + "|".join(SMALL_NUMBERS)
    + r")\+? "
    r"(?:years?|months?|weeks?))$"
)


def spanned(said: str) -> str:
    """ "I used Manhattan 3 years" -> "I have used Manhattan for three years": a deed typed with
    how long it has gone on is said in the perfect, with "for"; any other clause as it is."""
    found = _BARE_SPAN.match(said)
    if found is None or " for " in found["what"] or not lexicon.is_past(found["verb"]):
        return said
    base = lexicon.base_of(found["verb"])
    done = lexicon.verb_forms(base).get("VBN") if base else None
    if not done:
        return said
    span = re.sub(r"^([1-9])\b", lambda m: SMALL_NUMBERS[int(m[1]) - 1], found["span"])
    return f"I have {done} {found['what']} for {span}"
