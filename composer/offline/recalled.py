"""A question from the room recalled to the one who asked ("You asked how I prioritise when sales
and compliance disagree"), then what the candidate said, or wishes they had said.

People type it two ways:

- careful: "<who> asked <question>. <what I said, as sentences>." The sentences are already the
  candidate's: the question is said to the one who asked ("He asked how I work ..." -> "You
  asked how I work ...") and the rest kept as typed, when each sentence is the candidate's own
  and passes the sentence gate.
- shorthand: "<who> asked <how> <question> - <answer>". The question is said in full ("what id
  do in first 3 months" -> "what I would do in my first three months"); the answer is read by
  its marks: "shld have mentioned X" -> "I should have mentioned that X" (only a note that says
  something went unsaid gets those words); "meant to say: X" -> X, as the answer; "i said X,
  confirm that" -> "to confirm, X"; a thing of the candidate's asked about ("my H2S alive -
  expired oct, renewing dec 9 (booked)") -> what became of it ("it expired in October, and I
  am booked to renew it on December 9"). How the answer went ("waffled a bit") and what was
  said in the room ("said TRiM + talking to crewmate") are notes to self, never printed.
- shorthand answered by bare fragments: an amount to confirm ("said 48 hrs, confirm that"), time
  spent and what came of it ("3 seasons on the OLRAC e-logbook, no rejected trips"), things
  brought ("meant to say: prescribed burn experience + GIS mapping"): read by `answerbits`.

Any other piece of the answer leaves the line to the other readings (`followup`): never half
an answer.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.addedto import (
    added,
    asides,
    graded,
    is_practice,
    is_yes,
    named_at,
    said_but,
    unclipped,
    with_condition,
    with_object,
)
from composer.offline.agreeing import how_often
from composer.offline.answerbits import amount, brought, time_spent
from composer.offline.answermarks import HOW_IT_WENT, SAID_IN_ROOM
from composer.offline.answerpieces import own_pieces
from composer.offline.became import became as held
from composer.offline.became import when
from composer.offline.careful import asked_plainly
from composer.offline.carefulasked import ABOUT as _ABOUT
from composer.offline.carefulasked import CAREFUL_NOTE, careful_line
from composer.offline.carefulasked import yours as _yours
from composer.offline.notewords import capitals_of, recapitalised
from composer.offline.restated import unrepeated
from composer.offline.shorthand import expand
from composer.offline.verbatim import as_typed, spelled_out
from composer.offline.wellformed import problem
from composer.offline.wished import WISH, plain_question, sure_names, wished_answer

__all__ = ["recalled"]

# "Ciarán asked how ...", "raj asked re ...", "crew boss asked what ...", "asked why ...", "the
# site manager asked ...".
_ASKED = re.compile(
    r"^(?P<who>(?:[^\W\d_][\w'.-]*\s+){0,3}?)asked(?:\s+me)?\s+"
    r"(?P<how>how|what|which|why|when|where|whether|if|about|abt|re|on)\s+(?P<rest>\S.*)$",
    re.IGNORECASE,
)
# "ID" after a modal or "to" is the verb: "what species I can ID confidently".
_ID = re.compile(r"\b(can|could|would|will|to|can't) ID\b")
# What went unsaid, and the words the note gives it: "shld have mentioned", "meant to say:".
# "shd have been concrete: X": how the answer should have gone, then the answer itself (`plain`).
_UNSAID = re.compile(
    r"(?i)(?:^|(?<=[.,;]\s)|(?<=\s-\s))(?:I\s+)?(?:(?P<should>(?:shld|should)(?:'ve|\s+have))"
    r"\s+(?P<done>said|mentioned|added)|(?P<meant>meant|wanted|forgot)\s+to\s+"
    r"(?P<verb>say|mention|add)|(?P<plain>(?:shld|shd|should)(?:'ve|\s+have)\s+been\s+(?:more\s+)?"
    r"(?:concrete|specific|clearer|clear|precise|direct)\s*:))\s*:?\s*(?:that\s+)?(?P<add>\S.*)$"
)
_DONE = {"say": "said", "mention": "mentioned", "add": "added"}
# "i said fine w/ 1 in 4 weekends, confirm that": what was said, to be confirmed.
_CONFIRM = re.compile(
    r"(?i)^(?:I\s+)?said\s+(?P<said>\S.*?)\s*[,;-]?\s+(?:(?:pls|please)\s+)?confirm"
    r"(?:\s+(?:that|this|it))?$"
)
# A state with how often: "fine w/ 1 in 4 weekends".
_FINE_WITH = re.compile(
    r"(?i)^(?:fine|ok|okay|happy|good)\s+(?:w/|with)\s+(?P<rate>1\s+in\s+[2-9])\s+"
    r"(?P<things>[a-z-]+s)$"
)
# Verbs whose year is what they are for: "plan 2027" -> "plan for 2027".
_FOR_A_YEAR = frozenset(["plan", "budget", "prepare", "forecast"])


def _question(how: str, text: str) -> str | None:
    """The question in full, as the letter says it ("about coping after bad jobs", "what I would
    do in my first three months"), or None when it has no "I" to say it by."""
    how = how.lower()
    text = plain_question(text.strip(" .,;:"))  # "if im ok on X": comfortable with X
    if how in _ABOUT:
        topic = _named(expand(text))
        return None if re.search(r"\bI\b", topic) else f"about {topic}"
    # "id do", "i'd handle": "I would" before a plain verb
    text = re.sub(r"(?i)^(?:id|i'd|I'd)\s+(?=[a-z]+\b)", "I'd ", text)
    text = re.sub(r"(?<![\w'])i(?=(?:'d|'m|'ve)?\b)", "I", text)
    said = spelled_out(expand(unclipped(text)))
    said = re.sub(r"\bin (?=first\b)", "in my ", said)  # "in first 3 months": my first
    said = _ID.sub(r"\1 identify", said)  # "what species I can ID": identify them
    said = _yours(said)
    if how in ("if", "whether"):
        how = "whether"
    if not re.match(r"(?:[\w-]+\s+){0,2}I\b", said):
        return None  # "why x-ray first": who does it is not said
    return with_condition(f"{how} {said}")


def _named(topic: str) -> str:
    """ "my H2S alive" -> "my H2S Alive": a word that only describes, after a name in capitals,
    is part of the name (a course, a certificate)."""
    return re.sub(
        r"\b([A-Z][A-Z0-9]+) ([a-z]+)\b",
        lambda m: f"{m[1]} {m[2].capitalize()}" if lexicon.is_adjective_only(m[2]) else m[0],
        topic,
    )


def _modal(question: str) -> str:
    """ "would" for "what I would do", "can" for "what I can do", else ""."""
    found = re.search(r"\bI (would|can|could|will)\b", question)
    return found[1] if found else ""


def _deeds(text: str, modal: str) -> str | None:
    """Things to do typed as plain verbs, said as the candidate's: "meet top 20 supporters,
    review every events ROI, then plan 2027" -> "I would meet the top 20 supporters, review
    every event's ROI, and then plan for 2027"; None when a piece is not a plain verb's."""
    parts: list[str] = []
    for part in (p.strip() for p in re.split(r",\s+", text) if p.strip()):
        # "move bookings online and set up a bench" (typed with "+"): two deeds, each its verb
        halves = part.split(" and ")
        if len(halves) == 2 and all(lexicon.is_base_verb(h.split(" ")[0]) for h in halves):
            parts += halves
        else:
            parts.append(part)
    said = []
    for part in parts:
        then = re.match(r"(?i)^(?:and\s+)?then\s+", part)
        vp = part[then.end() :] if then else part
        verb = vp.split(" ", 1)[0]
        if not lexicon.is_base_verb(verb.lower()) or " " not in vp:
            return None
        vp = re.sub(r"^(\w+) (?=top \d)", r"\1 the ", vp)  # "meet top 20": the top 20
        vp = re.sub(  # "every events ROI": every event's ROI
            r"\bevery ([a-z]+)s (?=[A-Za-z])",
            lambda m: f"every {m[1]}'s " if lexicon.is_noun(m[1]) else m[0],
            vp,
        )
        if verb.lower() in _FOR_A_YEAR:
            vp = re.sub(r"^(\w+) (?=(?:19|20)\d\d$)", r"\1 for ", vp)
        vp = with_object(vp)  # "keep external test": the external test
        said.append(f"then {vp}" if then else vp)
    if len(said) < 2:
        return None
    listed = ", ".join(said[:-1]) + ("," if len(said) > 2 else "") + " and " + said[-1]
    return f"I {modal} {listed}" if modal else f"I {listed}"


def _clause(text: str, modal: str) -> str | None:
    """What went unsaid as the candidate's clause, or None when it cannot be read."""
    text = expand(text.strip(" .;,"))
    text = re.sub(r"(?i)^(?:id|i'd)\s+(?=[a-z]+\b)", "I'd ", text)
    text = re.sub(r"(?i)^i'?ve\s+(?=[a-z]+\b)", "I have ", text)  # "ive read": I have read
    text = named_at(unclipped(text))  # "at stratum": a name typed in lower case
    split = asides(text)  # "(time of day, transitions etc)": said as examples
    if split is None:
        return None
    text, tail = split
    if re.match(r"(?:I|we)\b", text):  # "we log it": the practice of the candidate's team
        # "I'd stop the work first then talk": two deeds in order, joined
        joined = re.sub(r"(?<=\w) (?:first|1st),? then (?=[a-z])", " first and then ", text)
        # "i don't take sides, i help ...": two clauses of the candidate's, not one comma apart
        joined = re.sub(r"^((?:I|we) [^,;]+), (?=(?:I|we) [a-z])", r"\1; ", joined)
        return spelled_out(joined) + tail
    deeds = _deeds(text, modal)
    return deeds + tail if deeds else None


def _unsaid(text: str) -> re.Match[str] | None:
    """What went unsaid ("shld have mentioned X", "meant to say: X"), when all before it is what
    was said in the room or how the answer went; else None."""
    unsaid = _UNSAID.search(text)
    if unsaid is None:
        return None
    before = [p for p in re.split(r"[.,;]\s+|\s-+\s", text[: unsaid.start()]) if p.strip()]
    if not all(SAID_IN_ROOM.match(p.strip()) or HOW_IT_WENT.match(p.strip()) for p in before):
        return None
    return unsaid


def _undersold(text: str, question: str) -> str | None:
    """The candidate's clause typed after how the answer went ("said 'enough to get by',
    undersold it. ive read + documented C drivers ..."): what the letter says; None when a
    piece before it is of another kind, or nothing says the answer fell short."""
    cut = list(re.finditer(r"[.:]\s+", text))
    before, dot, last = (
        (text[: cut[-1].start()], ".", text[cut[-1].end() :]) if cut else ("", "", "")
    )
    pieces = [p.strip() for p in re.split(r"[.;]\s+|,\s+|\s-+\s", before) if p.strip()]
    if not dot or not any(HOW_IT_WENT.match(p) for p in pieces):
        return None
    if not all(SAID_IN_ROOM.match(p) or HOW_IT_WENT.match(p) for p in pieces):
        return None
    return _clause(last, _modal(question)) if re.match(r"(?i)i(?:'?ve|'?m|\b)", last) else None


def _said_before(text: str) -> str | None:
    """What was said in the room, as typed before what went unsaid ("said redirect + talk to
    families"), or None when the note does not say."""
    said = [p for p in re.split(r"[.,;]\s+|\s-+\s", text) if SAID_IN_ROOM.match(p.strip())]
    return said[0].strip() if len(said) == 1 else None


def _listed(text: str, question: str) -> str | None:
    """Things typed as the answer to "what I would bring ..." (`answerbits.brought`), as typed
    or as what the candidate meant to say ("didnt say much. meant to say: X + Y"); else None."""
    unsaid = _unsaid(text)
    if unsaid is not None and unsaid["meant"] and unsaid["meant"].lower() != "forgot":
        return brought(unsaid["add"], question)
    return None if _UNSAID.search(text) else brought(text, question)


def _answer(text: str, question: str, *, named: bool = False) -> str | None:
    """The answer the letter gives, read by its marks (see the module's docstring); `named`
    when the typed answer said what was asked about again (taken out by `unrepeated`)."""
    told = said_but(text) or _undersold(text, question) or own_pieces(text, question, when)
    if told is not None:  # "i said 15% but really depends on funder, want to say that"
        return told
    if _UNSAID.search(text):
        unsaid = _unsaid(text)
        if unsaid is None:
            return None
        clause = _clause(unsaid["add"], _modal(question))
        if unsaid["plain"]:  # "said observe, shd have been concrete: X": X is the answer
            return clause
        done = unsaid["done"] or _DONE[unsaid["verb"].lower()]
        should = unsaid["should"] or unsaid["meant"].lower() == "forgot"
        if clause is None and should and done.lower() == "mentioned":
            # "shld have mentioned 2 yrs on the brewery job": my two years on it
            thing = time_spent(unsaid["add"], mentioned=True)
            return f"I should have mentioned {thing}" if thing else None
        if clause is None:
            return None
        said = _said_before(text[: unsaid.start()])
        practice = question.startswith(("how ", "what ")) and is_practice(clause)
        if should and (is_yes(said) or practice):
            # never the gap confessed: the yes or the deed said in the room, then what is added
            return added(said, clause)
        if should:
            return f"I should have {done.lower()} that {clause}"
        return clause
    confirm = _CONFIRM.match(text)
    if confirm:
        fine = _FINE_WITH.match(confirm["said"])
        if fine:  # "fine w/ 1 in 4 weekends": one weekend in four
            clause = f"I am happy to {how_often('work ' + fine['things'], fine['rate'])}"
        else:
            clause = _clause(confirm["said"], "")
        if clause is None:  # "said 48 hrs, confirm that": it is 48 hours
            return amount(confirm["said"], question)
        return f"to confirm, {clause}" if clause.startswith("I ") else None
    whole = _whole(text, question, named=named)
    if whole is not None:
        return whole
    spent = time_spent(text) if question.startswith("about ") else None
    if spent is not None:  # "3 seasons on the OLRAC e-logbook, no rejected trips"
        return spent
    if not question.startswith("about my "):
        return None
    became = [held(p) for p in re.split(r",\s+", text)]
    if not became or None in became or len(became) > 2:
        return None
    return ", and ".join(b for b in became if b)


def _whole(text: str, question: str, *, named: bool = False) -> str | None:
    """An answer typed as a whole sentence of the candidate's (as compose asks for one: "My H2S
    Alive expired in October and I'm booked to renew it on December 9"), said after the
    question, what was asked about named once ("it expired ..."); None for any other answer."""
    # after a question about a subject, an "I" sentence is said by `verbatim` as it was typed,
    # unless it opened by naming the subject ("On inpatient, I'm ..."): then it is the answer
    said = None if question.startswith("about ") and not named else as_typed(text)
    if said is None and re.match(r"(?:My|It)\s", text):
        typed = spelled_out(expand(text.strip(" ."))) + "."
        said = None if CAREFUL_NOTE.search(typed) or problem(typed) else typed
    if said is None:
        return None
    said = said.rstrip(".")
    topic = question.removeprefix("about ")
    if question.startswith("about my ") and said.lower().startswith(f"{topic.lower()} "):
        said = "it" + said[len(topic) :]  # "my H2S Alive expired": it expired
    return said if re.match(r"I\b", said) else said[:1].lower() + said[1:]


def recalled(value: str | None, *, about: bool = True) -> str | None:
    """The question from the room recalled to the one who asked, with the answer the note
    gives, or None when the line is not typed that way or a part cannot be said cleanly.
    Without `about`, a question typed in shorthand about a subject ("asked re X - ...") is
    left to the readings of `asked`, which know more of what such answers hold.

    "sue asked what id do in first 3 months - waffled a bit. meant to say: meet top 20
    supporters, review every events ROI, then plan 2027" -> "You asked what I would do in my
    first three months: I would meet the top 20 supporters, review every event's ROI, and then
    plan for 2027."
    """
    text = asked_plainly(" ".join((value or "").split())).rstrip(" !")  # "asked for an example"
    found = _ASKED.match(text)
    if found is None:
        return None
    careful = careful_line(found["how"], found["rest"])
    if careful is not None:
        line = careful
    else:
        parts = re.split(r"\s+-+\s+|:\s+", found["rest"].rstrip(" ."), maxsplit=1)
        if len(parts) != 2:
            return None
        wish = WISH.search(parts[1])
        if not about and found["how"].lower() in _ABOUT and not wish:
            return None
        question = _question(found["how"], parts[0])
        if question is None:
            return None
        listed = None if wish else _listed(parts[1], question)
        if listed is not None:  # the things brought, checked in a sentence of their own
            line = f"You asked {question}: {listed}."
            return None if problem(f"You asked {question}.") else line
        # "said yes but only ... shld say ...": the answer once, what is wished last
        said = parts[1]
        plain = unrepeated(question, said)
        answer = (
            wished_answer(said, question, text)
            if wish
            else _answer(plain, question, named=plain != said)
        )
        if answer is None:
            return None
        line = f"You asked {question}: {unrepeated(question, answer)}."
        if wish and (line := sure_names(line, text) or "") == "":  # "volvo": may be a name
            return None
    line = recapitalised(line, capitals_of([text]))  # "nintendo lotcheck ... Lotcheck": sure
    sentences = re.split(r"(?<=[.:])\s+", line)
    said = [s[:1].upper() + s[1:].rstrip(":") + ("" if s.endswith(".") else ".") for s in sentences]
    # "To confirm, it is 48 hours": the clause is checked, after its lead-in
    said = [re.sub(r"^To confirm, (\w)", lambda m: m[1].upper(), s) for s in said]
    # "To add to my answer on X:": a lead-in, not a sentence; the clause after it is checked
    said = [s for s in said if not s.startswith("To add to my answer on ")]
    return None if any(problem(graded(s)) for s in said) else line
