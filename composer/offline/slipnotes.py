"""A follow-up typed as a note about a slip in the room, said as one confident addition.

Candidates type what they want to put right the evening after the interview as a note to self
about their own answer: "was vague on perio charting -> shld say used Dentrix 4 yrs", "on the
parcel question I rambled. point is: I'd fix topology errors first", "not sure I explained the
gala campaign well - it raised 40% more", "doh, didnt mention my restricted licence", "forgot -
built the address layer from scratch", "shld clarify I'm happy to do nights AND weekends",
"(only said english) - also speak Vietnamese w patients". The verdict ("was vague", "rambled",
"forgot", "doh"), the instruction to self ("shld say", "add!!"), the bracket meant for the
candidate ("(only said english)") and the capitals typed for emphasis ("AND", "NOT") are the
note's, never the letter's: the letter says only the fact, in the candidate's voice, with only
what was typed:

- "On perio charting software, I would add that I used Dentrix for four years." (a verdict on
  an answer: the addition on its topic; "On X, I would ..." for the answer they would give);
- "I should also have mentioned that I built ..." / "... my restricted licence." (a thing not
  said in the room, never "I forgot");
- "To clarify, I am happy to do nights and weekends." (a clarification typed as one);
- "I have never used Jira, but I used Trello for three years." (what was said stands, and
  the note adds to it: "said I'd never used Jira; true but ...").

`slip_said` gives the sentence, "" for a note of this kind whose fact cannot be read with
confidence (the letter leaves it out and the report names it: never pasted raw), or None for a
follow-up of another kind, read by the other readers as before.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.followmemo import clause_of, instruction_dropped
from composer.offline.phrases import Shape, analyse
from composer.offline.screen import is_instruction
from composer.offline.shorthand import expand
from composer.offline.wellformed import problem

__all__ = ["slip_said"]

# An exclamation to self that opens a note: "doh,", "ugh -", "lol", "argh!!"
_INTERJECTION = re.compile(
    r"^(?:(?:doh|d'oh|ugh|argh|oops|damn|dang|dammit|lol|ah|oh|hmm|sigh|facepalm)\b[\s,!.:;-]*)+",
    re.IGNORECASE,
)
# "(only said english)", "(only mentioned FME)", "(said spanish only)": the note's, never said
_ONLY_SAID = re.compile(
    r"\s*\((?:I\s+)?(?:only\s+)?(?:said|mentioned|talked\s+about)\s+[^()]{1,40}\)\s*(?:[-–—:]+\s*)?",
    re.IGNORECASE,
)
# Capitals typed for emphasis on a small word: "AND", "NOT", "ALSO", "ONLY", "NEVER"
_SHOUTED = re.compile(r"\b(?:AND|NOT|ALSO|ONLY|NEVER|BOTH|ALL|DEFINITELY|REALLY)\b")
_ENDING = re.compile(r"[\s!?.]*(?:\badd(?:\s+(?:it|this|that))?\b)?[\s!?.]*$", re.IGNORECASE)

_TOPIC = r"(?P<the>the\s+)?(?P<topic>[^,;:>.()!?-]{2,50}?)(?:\s+(?P<q>q|qn|question))?"
_SEP = r"\s*(?:-+>|→|=>|\s[-–—]+\s|[,;:.])\s*"
_VAGUE_WORD = (
    r"(?:(?:was|got|sounded|felt|went)\s+)?(?:a\s+bit\s+|too\s+|v\s+|very\s+|really\s+|totally\s+"
    r"|kinda\s+|quite\s+|pretty\s+)?(?:vague|unclear|woolly|wooly|weak|thin|rambled|rambling"
    r"|waffled|waffly|blanked|fumbled|muddled|rushed|flustered)"
)
# "was vague on X -> Y", "lol totally blanked on the X q - Y"
_VAGUE = re.compile(
    rf"^(?:I\s+)?{_VAGUE_WORD}\s+(?:on|about|re|with|over)\s+{_TOPIC}{_SEP}(?P<what>\S.*)$",
    re.IGNORECASE,
)
# "on the X question I rambled. point is: Y"
_ON_VAGUE = re.compile(
    rf"^(?:on|re)\s+{_TOPIC},?\s+(?:I\s+)?{_VAGUE_WORD}{_SEP}(?P<what>\S.*)$", re.IGNORECASE
)
# "not sure I explained X well - Y", "don't think I explained X clearly: Y"
_UNCLEAR = re.compile(
    r"^(?:not\s+sure\s+I|I\s+don'?t\s+think\s+I|don'?t\s+think\s+I)\s+"
    rf"(?:explain(?:ed)?|cover(?:ed)?|sell|sold)\s+{_TOPIC}\s+(?:well|clearly"
    rf"|properly|fully){_SEP}(?P<what>\S.*)$",
    re.IGNORECASE,
)
# what the note says to say: "shld say", "point is:", "what I meant was"
_TO_SAY = re.compile(
    r"^(?:(?:(?:I\s+)?(?:shld|shd|should|need\s+to|needs\s+to|must|to|want\s+to|will|pls)\s+)?"
    r"(?:say|add|mention|explain|have\s+said|have\s+mentioned)\b(?:\s+that)?"
    r"|(?:the\s+)?point\s+(?:is|was)\b|what\s+I\s+meant\s+(?:is|was)\b|basically\b|real\s+answer)"
    r"\s*:?\s*",
    re.IGNORECASE,
)
# "forgot to mention X", "forgot - X", "didnt mention X", "never mentioned X"
_FORGOT = re.compile(
    r"^(?:I\s+)?(?:totally\s+|completely\s+)?(?:(?:forgot|meant)(?:\s+to)?\s+(?:mention|say|add|bring"
    r"\s+up)|(?:didn'?t|didnt|did\s+not|never)\s+(?:mention(?:ed)?|say|said|bring\s+up|brought\s+up)"
    r"|forgot(?=\s*[-–—:]))(?:\s*[-–—:,]+\s*|\s+that\s+|\s+)(?P<what>\S.*)$",
    re.IGNORECASE,
)
# "shld clarify I'm ...", "clarify: ...", "Clarify that ..."
_CLARIFY = re.compile(
    r"^(?:(?:I\s+)?(?:shld|shd|should|need\s+to|must|to|pls|want\s+to)\s+)?clarify\b(?:\s+that)?"
    r"\s*:?\s*(?P<what>\S.*)$",
    re.IGNORECASE,
)
_BE_HAVE = frozenset(["is", "are", "was", "were", "has", "had", "will", "can", "does"])
# "shld say X", "need to add X": what the note says to say, as an addition
_SHOULD_SAY = re.compile(
    r"^(?:I\s+)?(?:shld|shd|should|need\s+to|must)\s+(?:say|add|mention)\b(?:\s+that)?\s*:?\s*"
    r"(?P<what>\S.*)$",
    re.IGNORECASE,
)
# "said I'd never used X; true but I used Y for 3 yrs": what was said stands, and what is added
_TRUE_BUT = re.compile(
    r"^(?:I\s+)?said\s+(?P<said>I(?:'d|\s+had)(?:\s+never|n't|\s+not)\s+[^;,]+?)\s*(?:[;,:]|\s[-–—]+)"
    r"\s*(?:(?:that'?s|thats|which\s+is|it'?s)\s+)?true,?\s+but\s+(?P<what>\S.*)$",
    re.IGNORECASE,
)
# "since interview finished X", "started X since the interview": done since, said first
_SINCE = re.compile(
    r"^(?P<a>.*?)\s*,?\s*\bsince\s+(?:the\s+|our\s+|my\s+)?(?:interview|call|we\s+(?:spoke|met|talked))"
    r"\b\s*,?\s*(?P<b>.*)$",
    re.IGNORECASE,
)
# "N yrs" with no preposition before it, at the end: "used Dentrix 4 years" -> "for 4 years"
_SPAN = re.compile(
    r"(?<!\bfor)(?<!\bin)(?<!\bover)(?<!\bthe)(?<!\bof) (?P<n>\d+|one|two|three|four|five|six|seven"
    r"|eight|nine|ten|a few|several)\s+(?P<unit>years?|months?|weeks?)$"
)


# "started the X course, module 3 of 6": where the course is, said as the candidate's
_MODULE = re.compile(
    r"^I (?:have )?started\b(?P<c>.+?),\s+(?P<m>(?:module|unit|week|part)\s+\d+\s+of\s+\d+)$"
)


# "started Python for GIS course": a course typed bare, given its article
_COURSE = re.compile(
    r"\b(?P<v>started|finished|completed|passed|begun|enrolled\s+in|signed\s+up\s+for|booked\s+onto)"
    r"\s+(?!(?:a|an|the|my|our|this|that|their|some|another)\b)(?P<np>(?:[\w+#-]+\s+){0,5}?"
    r"(?:course|certificate|certification|diploma|programme|program|refresher|qualification))\b"
)


def _cleaned(value: str) -> tuple[str, bool]:
    """The note without its exclamation, bracket to self, shouting and reminder; and whether it
    had an exclamation or a bracket to self (shouting alone marks no note to self)."""
    text = " ".join(value.split())
    marked = False
    for pattern, repl in ((_INTERJECTION, ""), (_ONLY_SAID, " ")):
        text, n = pattern.subn(repl, text)
        marked = marked or bool(n)
    text = _SHOUTED.sub(lambda m: m[0].lower(), text)
    text = _ENDING.sub("", instruction_dropped(text.strip(" -–—:")))
    return text.strip(" ,;-–—"), marked


def _clause(text: str) -> str | None:
    """What the note says, as the candidate's clause, or None."""
    text = _TO_SAY.sub("", text.strip(" ,.;:!")).strip()
    if not text:
        return None
    text = re.sub(r"^(?:I'd|i'd|id)\b", "I would", text)
    if re.match(r"^(?:also\s+)?[a-z]", text) and not re.match(
        r"^(?:my|it|the|this|that|we|our|i)\b", text, re.IGNORECASE
    ):
        shape = analyse(expand(text)).shape
        if shape in (Shape.PAST, Shape.BASE) or re.match(r"^(?:also|have|can|am)\b", text):
            text = f"I {text}"
    text = _SPAN.sub(r" for \g<n> \g<unit>", expand(text))
    text = _COURSE.sub(lambda m: f"{m['v']} {lexicon.article(m['np'])} {m['np']}", text)
    text = _MODULE.sub(r"I have started\g<c> and am on \g<m>", text)
    words = text.split()
    if not re.match(r"^(?:I|it|we)\b", text) and not any(map(_finite, words[1:-1])):
        return None  # "my restricted licence": a thing, no clause
    return clause_of(text)


def _finite(word: str) -> bool:
    """True for a word that can only be a verb's finite form ("allows", "is", "ran")."""
    word = word.lower().strip(",.;:")
    if word in _BE_HAVE:
        return True
    lemmas = lexicon.classes(word)
    return "verb" in lemmas and "noun" not in lemmas and "adj" not in lemmas


def _topic(found: re.Match[str]) -> str | None:
    topic = expand(found["topic"].strip())
    if re.search(r"\b(?:he|she|his|her|him|they|them|it|you|your)\b", topic, re.IGNORECASE):
        return None
    if found["q"]:
        return f"the {topic} question"
    return f"the {topic}" if found["the"] else topic


def _sentence(line: str) -> str:
    line = line[:1].upper() + line[1:]
    return "" if problem(line) else line


def _on_topic(found: re.Match[str]) -> str:
    topic, clause = _topic(found), _clause(found["what"])
    if topic is None or clause is None:
        return ""
    if clause.startswith("I would "):  # the answer they would give: "On X, I would ..."
        return _sentence(f"on {topic}, {clause}.")
    return _sentence(f"on {topic}, I would add that {clause}.")


def _unsaid(what: str) -> str:
    clause = _clause(what)
    if clause is not None:
        return _sentence(f"I should also have mentioned that {clause}.")
    thing = expand(what.strip(" ,."))
    if (
        len(thing.split()) > 8
        or re.search(r"[,;:()]|\s[-–—]|\b(?:is|was|are|were|I)\b", thing)
        or any(map(_finite, thing.split()))
        or _trailing_participle(thing.split())
        or re.search(r"\b(?:since|until|till|done|due)\b", thing, re.I)
        or analyse(re.sub(r"^(?:my|our)\s+", "", thing, flags=re.I)).shape is not Shape.NOUN
    ):
        return ""
    if not re.match(r"^(?:my|the|a|an|our)\b", thing, re.IGNORECASE):
        thing = f"my {thing}"
    return _sentence(f"I should also have mentioned {thing}.")


def _since(what: str) -> str | None:
    """ "Since our interview, I have finished ..." for a deed done since, or None."""
    clause = _clause(what)
    found = re.match(r"^I (?:have )?(?P<verb>[a-z]+)\b(?P<rest>.*)$", clause or "")
    if found is None or not lexicon.is_past(found["verb"]):
        return None
    participle = lexicon.verb_forms(lexicon.base_of(found["verb"]) or "").get("VBN")
    if not participle:
        return None
    return _sentence(f"since our interview, I have {participle}{found['rest']}.") or None


def _trailing_participle(words: list[str]) -> bool:
    """True for a thing with what was done to it after it ("HGV licence renewed"): a
    participle with no noun after it; "a restricted licence" names one thing."""
    return any(
        lexicon.is_participle(w) and not lexicon.is_noun(w) and not lexicon.is_noun(after)
        for w, after in zip(words[1:], [*words[2:], ""], strict=True)
    )


def slip_said(value: str | None, late: bool = False) -> str | None:
    """The follow-up typed as a note about a slip in the room, said as one sentence (see the
    module); "" when it is such a note but its fact cannot be read with confidence; None for
    a follow-up of another kind. A thing not said in the room typed plainly ("forgot to
    mention X") is read only `late`, when the other readers of follow-ups leave it out."""
    if not value or is_instruction(value):
        return None
    text, marked = _cleaned(value)
    if not text:
        return "" if marked else None
    if found := _TRUE_BUT.match(text):
        said = re.sub(r"^I(?:'d|\s+had)(?=\s+never)", "I have", found["said"], flags=re.I)
        said = re.sub(r"^I(?:\s+hadn't|\s+had\s+not)\b", "I have not", said, flags=re.I)
        clause = _clause(found["what"])
        return (_sentence(f"{said}, but {clause}.") if clause else "") or None
    if found := _SINCE.match(text):
        first, deed = found["a"].strip(" ;,"), found["b"]
        if first and deed and re.match(r"I\s", first):  # "I said X; since the interview I ..."
            since = _since(deed) if re.match(r"I said\b", first) else None
            return _sentence(f"{first}; {since[:1].lower()}{since[1:]}") if since else None
        return _since(", ".join(part for part in (found["a"], found["b"]) if part))
    for pattern in (_VAGUE, _ON_VAGUE):
        if found := pattern.match(text):
            return _on_topic(found)
    if found := _UNCLEAR.match(text):
        return _on_topic(found) or None  # else read as before
    if found := _CLARIFY.match(text):
        clause = _clause(found["what"])
        return _sentence(f"to clarify, {clause}.") if clause else ""
    if found := _SHOULD_SAY.match(text):
        clause = _clause(found["what"])
        return (_sentence(f"one thing I would add: {clause}.") if clause else "") or None
    if found := _FORGOT.match(text):
        if not (marked or late) or re.search(r"\b(?:said|asked)\b", found["what"], re.I):
            return None  # read by `followmemo` and `followup` first, as before
        return _unsaid(found["what"]) or None  # else read as before ("forgot to say X, Y")
    if marked:
        clause = _clause(text)
        return _sentence(f"one thing I would add: {clause}.") if clause else ""
    return None
