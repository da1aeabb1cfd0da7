"""A follow-up typed as an instruction to oneself around a fact, said as the fact alone.

Candidates wrap the one thing they want to add or put right in an order to themselves ("mention",
"say that", "clarify", "tell them", "remind them", "note to self:", "forgot to say:") and a
comment on the room ("Mette looked worried about this", "said 'probably' in the room & sounded
unsure", "forgot to say"): "say that work permit is no problem (I have permanent residence) -
Mette look worried about this", "(note to self: clarify I CAN relocate by Jan, said 'probably' in
the room & sounded unsure)", "forgot to say: have code 08 licence + forklift cert". The fact is
said once, in the candidate's voice, as one confident sentence: an addition ("I should also have
mentioned that I have a code 08 licence and a forklift certificate.") or, when the note asks for
a clarification or says the candidate sounded unsure, a clarification ("To be clear, I can
relocate by January."). The order and the comment are never said; a fact of the candidate's in
brackets is kept as the reason ("...: I have permanent residence."). A line with no such order,
or whose fact does not read as a clause of the candidate's, gives None: the other follow-up
readers try it ("mention fluent spanish"), and a line none can say is left out and named.
"""

from __future__ import annotations

from collections.abc import Callable

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.clauses import NOT_AFTER_TITLE
from composer.offline.followclaim import claim_fixed
from composer.offline.followmemo import clause_of
from composer.offline.followmemowords import wordings_for
from composer.offline.phrasebook import Variation, fitting
from composer.offline.selftalk import is_self_note
from composer.offline.slipnotes import slip_said
from composer.offline.wellformed import problem

__all__ = ["instructed", "late_said"]

# The note's label: "note to self:", "NTS -", "NB:".
_LABEL = re.compile(r"(?i)^(?:note\s+to\s+self|note(?=\s*:)|nts|n\.?b\.?)\s*(?::|[-–—]+|,)?\s*")
# "A -> say B": B is what to say; A is the candidate's reason to themselves, never said
# (a plan or an offer of the candidate's: "mention I know why" alone would say nothing)
_SAY_NEXT = re.compile(
    r"(?i)\s*->\s*(?:so\s+)?(?=(?:say|mention|add|offer)\s+(?:that\s+)?I(?:'d|'ll|\s+would|\s+will)\s)"
)
# The order to oneself that leads the fact; "clarify" asks for a clarification.
_ORDER = re.compile(
    r"(?i)^(?:(?:pls|please|remember\s+to|don'?t\s+forget\s+to)\s+)?"
    # "I want to say better that": only a clarification typed so ("I would like to add" is
    # a clean sentence `followclean` says)
    r"(?:(?P<clear>(?:I\s+(?:want|need|would\s+like|have)\s+to\s+)?(?:clarify|make\s+(?:it\s+)?clear|stress|confirm"
    r"|say\s+(?:better|again|more\s+clearly|properly|clearer)"
    # "I did not say clearly - I can start 1 March": what follows is said clearly now
    r"|I\s+(?:did\s+not|didn['’]?t)\s+say\s+(?:it\s+|this\s+|that\s+)?(?:clearly|properly)))"
    r"|(?P<remind>remind\s+(?:them|her|him|[A-Z][\w'-]+))"
    r"|mention|say|add|tell\s+(?:them|her|him|[A-Z][\w'-]+)"
    r"|(?P<forgot>(?:I\s+)?forgot\s+to\s+(?:say|mention|add)))"
    r"(?:\s+that\b|\s*:|\s*[-–—]+|,)?\s+(?=\S)"
)
# A comment on the room: who looked how, what was said there, how it sounded; never said.
_WHO = (
    r"(?:(?:(?:mr|mrs|ms|dr|prof)\.?\s+)?[A-Z][\w'-]*|he|she|they"
    r"|(?:the\s+)?[a-z]+\s+(?:lead|manager|boss|director|chair))"
)
_COMMENT = re.compile(
    rf"(?i)^(?:{_WHO}\s+(?:look|looks|looked|seem|seems|seemed|was|were|got|is)\s+"
    r"(?:a\s+bit\s+|quite\s+|very\s+|really\s+|bit\s+)?(?:worried|concerned|unsure|doubtful"
    r"|confused|keen|surprised|sceptical|skeptical|uneasy|hesitant|interested|put\s+off)\b.*"
    r"|(?:I\s+)?(?:only\s+)?said\s+\S.*"
    r"|(?:and\s+|prob\s+|probably\s+|I\s+)?(?:sounded|came\s+across|seemed)\s+\w+.*"
    r"|(?:I\s+)?hesitated\b.*|(?:they|she|he|[A-Z]\w+)\s+asked\s+(?:about|if|whether)\b.*"
    r"|(?:I\s+)?forgot(?:\s+to\s+(?:say|mention)(?:\s+(?:it|this|that))?)?(?:\s+in\s+the\s+room)?"
    r"|(?:I\s+)?(?:didn'?t|did\s+not)\s+(?:say|mention|explain)(?:\s+(?:it|this|that))?"
    r"(?:\s+(?:clearly|well|properly|right|enough))?"
    r"|(?:she|he|they|[A-Z][\w'-]*)\s+(?:mentioned|suggested|raised|recommended)\s+(?:it|this|that)"
    r")\s*[.!?]*$"
)
# The fact owned up to as not said clearly in the room, typed after it: "I am available for
# weekend service, which I did not say clearly when Mr. Stadlmayr asked about the calendar."
_UNSAID_TAIL = re.compile(
    r"(?i),?\s+which\s+I\s+(?:did\s+not|didn['’]?t)\s+(?:say|make)\s+(?:clearly|clear|properly)"
    r"(?:\s+(?:when|in)\b.*)?[.!]*$"
)
# the note's own words for adding before the fact: "I would like to add that ..."
_OWN_ADDING = re.compile(
    r"(?i)^I(?:\s+would|['’]d)\s+(?:also\s+)?like\s+to\s+(?:add|say)\s+that\s+"
)
# Where a comment may follow the fact: a dash, a comma, a semicolon, "&", a stop.
_PIECES = re.compile(rf"\s+[-–—]+\s+|,\s+|;\s+|\s+&\s+|(?<=\w){NOT_AFTER_TITLE}\.\s+")
# a second sentence of the candidate's after the fact ("... not by me alone. I also promised
# ..."): two facts, never one clause joined by a comma (session 55)
_SECOND = re.compile(rf"(?<=\w){NOT_AFTER_TITLE}\.\s+I\s")
# a comment saying the candidate sounded unsure in the room: the fact is a clarification
_UNSURE = re.compile(r"(?i)\b(?:said|sounded|hesitated|came\s+across)\b")
_TAIL = re.compile(
    r"(?i)\s+(?:(?:I\s+)?forgot\s+to\s+(?:say|mention)(?:\s+(?:it|this|that))?"
    # an order about how to say it, typed last: "... for the tour truck dont ramble"
    r"|(?:dont|don't|do\s+not)\s+(?:ramble|waffle|oversell|overdo\s+it|grovel|gush|go\s+on)"
    r"|keep\s+it\s+(?:short|brief)|should\s+(?:mention|say)(?:\s+(?:it|this|that))?)\s*[.!]*$"
)
_BRACKET = re.compile(r"\s*\((?P<inner>[^()]*)\)")
# A word typed in capitals for stress ("I CAN relocate"), said in lower case.
_STRESS = re.compile(
    r"(?<=\b[Ii] )(?:CAN|DO|DID|AM|WILL|HAVE|WAS)\b"
    r"|\b(?:NOT|NEVER|ALWAYS|DEFINITELY|ALREADY|STILL|BOTH|AND)\b(?=\s+[a-z])"
)
# A thing of the candidate's named with no "my": "work permit is no problem".
_OWN = re.compile(
    r"(?i)^(?P<thing>(?:[\w-]+\s+){0,2}(?:permit|visa|licen[cs]e|check|clearance|notice(?:\s+period)?"
    r"|availability|start\s+date|references?|passport|certificate|cert))\s+(?:is|are|was)\b"
)
# The verb a clause of the candidate's not led by "I" needs: "my DBS check is current".
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|can|does|did)\b")
# A credential counted with no article: "code 08 licence", "forklift cert".
_COUNTED = re.compile(
    r"(?i)^(?![aA]n?\s|the\s|my\s|\d+\s+\w+s\b)(?P<np>[\w' -]*?\b(?:licen[cs]e|cert|certificate"
    r"|card|permit|ticket|visa|degree|diploma|car|van|passport))$"
)


_AT = r"at \2 \3 \1"
_FIRST = r"in my first \1"
_MONTH = r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
# The fact's words as a letter says them: "I have also X" (typed in a second language) as "I also
# have X", "I'd do" as "I would do", "start 1 March" as "start on 1 March", "1st month" at the end
# as "in my first month", "parts/tools" as "parts and tools".
_SAID_AS = (
    (re.compile(r"\b[Ii] (have|hold|speak|know) also\b"), r"I also \1"),
    (re.compile(r"\bI'd (?=(?:do|take|be|start|go|join|get|need|book|work|use)\b)"), "I would "),
    (re.compile(rf"\b(start|begin|join)\s+(?=\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH})"), r"\1 on "),
    (re.compile(r"(?<!\bin )(?<!\bmy )(?<!\bthe )\b(?:1st|first) (week|month|year)$"), _FIRST),
    (re.compile(r"(?<=[a-z])/(?=[a-z])"), " and "),
    # "classes last yr level 2": the level said before the time, never run on after it
    (re.compile(r"\b(last (?:year|yr|month)|this year|in \d{4}) (level|grade|stage) (\d+)$"), _AT),
    (re.compile(r"\bdo (?=(?:the|a|an) [\w' -]*\b(?:course|training|exam)\b)"), "take "),
)
# A reason typed after the fact: "I can start 1 March, notice period is 2 months".
_BECAUSE = re.compile(
    r"^(?P<fact>[Ii]\b[^,]+?),?\s+(?P<why>(?:(?:work|security|driving|current|full)\s+)?(?:notice\s+period|visa|permit"
    r"|licen[cs]e|availability|clearance|passport)\s+(?:is|are)\s+[^,]+)$"
)
# "I said 'X', meant Y[, of course OK to Z]": what the candidate meant by words said in the room
_MEANT = re.compile(
    r"^[Ii] said ['‘\"](?P<said>[^'’\"]+)['’\"](?:,|\s*->)? (?:[Ii] )?meant (?P<meant>[^,]+?)"
    r"(?:, (?P<course>of course )?(?:OK|ok|fine) to (?P<verb>[a-z]+) (?P<what>[^,]+))?$"
)
# "safety -> 0 lost-time incidents on my shift since 2023": none of a thing since a time
_NONE_SINCE = re.compile(
    r"^(?P<topic>[a-z][a-z -]{1,30}?)\s*->\s*(?:0|zero|no) (?P<what>[a-z][\w -]+? since \d{4})$"
)


def _shaped(fact: str, tone: str, channel: str, variation: Variation) -> str | None:
    """A clarification of a shape of its own: what was meant by words said in the room ("To
    clarify my point about ...: I meant ..."), or none of a thing since a year; else None."""
    if found := _NONE_SINCE.match(fact):
        line = f"To be clear on {found['topic']}: there have been no {found['what']}."
        return None if problem(line) else line
    if (found := _MEANT.match(fact)) is None:
        return None
    said = re.sub(r"\bQ([1-4])$", lambda m: "in the " + _QUARTER[m[1]] + " quarter", found["said"])
    meant = f"I meant {found['meant']}"
    if found["verb"]:
        verb = lexicon.verb_forms(found["verb"]).get("VBG")
        if not verb or not lexicon.is_base_verb(found["verb"]):
            return None
        course = "of course " if found["course"] else ""
        meant += f"; {verb} {found['what']} would {course}be fine"
    line = variation.pick("follow_up", wordings_for("meant", tone, channel))
    line = line.format(topic=said, clause=meant)
    return None if problem(line) else line


_QUARTER = {"1": "first", "2": "second", "3": "third", "4": "fourth"}


def _comment(piece: str) -> bool:
    """A comment on the room ("Mette looked worried"), or a note to self ("keep it short")."""
    if re.search(r"->|\b(?:actually|but|instead|in\s+fact)\b", piece):
        return False  # "said X -> actually Y": a correction, a point of its own
    return bool(_COMMENT.match(piece.strip(" .,!"))) or is_self_note(piece)


def _said_has(fact: str) -> str:
    """ "have code 08 licence + forklift cert" -> "I have a code 08 licence and a forklift
    cert": a bare "have"/"hold" given its subject, a credential its article."""
    fact = re.sub(r"\s*\+\s*", " and ", fact)
    found = re.match(r"(?i)^(?:I\s+)?(?P<verb>have|hold|got)\s+(?P<rest>.+)$", fact)
    if found is None:
        return fact
    items = re.split(r"\s+and\s+", found["rest"])
    said = []
    if len(items) > 1 and any(re.match(r"(?i)(?:my|own)\b", i) for i in items[1:]):
        return ""  # "hold the X modules + my own car": one verb cannot say both
    for item in items:
        if item.lower().startswith("own "):
            item = f"my {item}"  # "own van": "my own van"
        elif _COUNTED.match(item):
            item = ("an " if re.match(r"(?i)^[aeiou]", item) else "a ") + item
        said.append(item)
    return f"I {found['verb'].lower()} " + " and ".join(said)


def _fact(text: str, late: bool = False) -> tuple[str, bool] | None:
    """The fact left when the order, the label and the comments are set aside, and whether a
    comment says the candidate sounded unsure in the room; None when the line has no order,
    or (unless `late`) is a bare "forgot to say X", which the other readers say first."""
    text = " ".join(text.split())
    whole = re.fullmatch(r"\((?P<inner>.*)\)", text)
    inner = whole["inner"] if whole else text
    text = _LABEL.sub("", inner)
    if turn := _SAY_NEXT.search(text):  # "I don't know X yet -> say I'd do Y": Y alone
        text = text[turn.end() :]
    order = _ORDER.match(text)
    if order is None and (unsaid := _UNSAID_TAIL.search(text)) and unsaid.start():
        return _OWN_ADDING.sub("", text[: unsaid.start()]).strip(" ,."), True  # "..., which I did
        # not say clearly": a clarification
    if order is None:
        return None
    clear = bool(order["clear"] or order["remind"])
    rest = text[order.end() :]
    text = _TAIL.sub("", rest)
    dropped = bool(whole) or text != rest or len(text) + order.end() != len(inner)
    for found in list(_BRACKET.finditer(text)):
        said = found["inner"].strip()
        if _comment(said) or all(_comment(p) for p in _PIECES.split(said) if p.strip()):
            clear = clear or bool(_UNSURE.search(said))
            text, dropped = text.replace(found[0], "", 1), True
    if _SECOND.search(text):
        return None
    pieces = _PIECES.split(text)
    while len(pieces) > 1 and _comment(pieces[-1]):
        clear, dropped = clear or bool(_UNSURE.search(pieces[-1])), True
        pieces.pop()
    if order["forgot"] and not (dropped or late):
        return None  # "forgot to say X" with nothing else to set aside: `followmemo` says it
    text, reason = ", ".join(p.strip() for p in pieces).strip(" .,;-–—"), ""
    last = _BRACKET.search(text)
    if last and last.end() == len(text) and re.match(r"(?i)^I\b", last["inner"].strip()):
        text, reason = text[: last.start()], last["inner"].strip()  # its reason, said after
    fact = text.strip(" .,;-–—")
    return (f"{fact}: {reason}" if reason else fact), clear


def instructed(
    value: str | None,
    tone: str,
    channel: str,
    variation: Variation,
    fits: Callable[[str], bool] = lambda _: True,
    late: bool = False,
) -> str | None:
    """The follow-up's fact as one sentence of the candidate's (see the module); None when it
    is no such note, or its fact does not read as a clause (the other readers try it then)."""
    if not value:
        return None
    if not late and (fixed := claim_fixed(value, tone, channel, variation, fits)) is not None:
        return fixed  # "said 'no exp w/ X' - not true, did Y": put right (`followclaim`)
    read = _fact(value, late)
    if read is None:
        return None
    fact, clear = read
    if not fact:
        return None
    fact = _STRESS.sub(lambda m: m[0].lower(), fact)
    for typed, said in _SAID_AS:
        fact = typed.sub(said, fact)
    if clear and (shaped := _shaped(fact, tone, channel, variation)):
        return shaped
    if why := _BECAUSE.match(fact):  # "I can start X, notice period is Y": "..., as my ..."
        because = clause_of(f"my {why['why']}")
        fact = f"{why['fact']}, as {because}" if because else fact
    if not (fact := _said_has(fact)):
        return None
    if (own := _OWN.match(fact)) and not re.match(r"(?i)^(?:my|the|a|an)\b", fact):
        fact = f"my {own['thing'][:1].lower()}{own['thing'][1:]}{fact[own.end('thing') :]}"
    head, _, reason = fact.partition(": ")
    clause = clause_of(head)
    if clause is None or not (clause.startswith("I ") or _FINITE.search(clause)):
        return None  # "my IPAF licence": a thing named, no clause (`followshapes` says it)
    # "mention i can start jan 5 and that i have ...": two facts, each a clause of its own
    clause = re.sub(r",? and that (?=I\b)", ", and ", clause)
    if reason:
        said_reason = clause_of(reason)
        if said_reason is None:
            return None
        clause = f"{clause}: {said_reason}"
    if not clear and not reason and _SAY_NEXT.search(value) and clause.startswith("I would "):
        line = f"{clause}."  # "... -> say I'd do X": the plan said as it is, never "forgot"
        return None if problem(line) else line
    options = wordings_for("clarify" if clear else "forgot", tone, channel)
    if reason:  # never a second colon: "One thing ...: X: Y"
        options = tuple(o for o in options if ":" not in o) or options
    options = fitting(options, fits)
    line = variation.pick("follow_up", options).format(clause=clause)
    return None if problem(line) else line


def late_said(
    value: str,
    tone: str,
    channel: str,
    variation: Variation,
    fits: Callable[[str], bool] = lambda _: True,
) -> str | None:
    """The last readings of a follow-up no other reading says: a slip in the room typed plainly
    ("forgot - built X", `slipnotes`), then a bare "forgot to say: have X + Y" read here."""
    return slip_said(value, late=True) or instructed(value, tone, channel, variation, fits, True)
