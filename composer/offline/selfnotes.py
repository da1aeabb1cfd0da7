"""Notes to self: the fact a note carries, without the part meant for the candidate only.

"I undersold the BBC Radio 3 piece, which reached about 800k listeners" is written for the
candidate; the reader should learn only that the piece reached about 800k listeners. "real
answer: I managed a £1.1m wage budget" gives its answer; "mention that I hold SC clearance"
gives what to mention. A note to self with no fact in it ("I undersold my leadership") gives
nothing, and the item is left out.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from composer import regexes as re
from composer.english import cut_at_stops

_Read = TypeVar("_Read")

# What the candidate did not get to say in the room, as a note to self opens it: "forgot to
# say", "meant to mention", "didn't get to tell them", "should've said", "didn't mention".
UNSAID = (
    r"(?:I\s+)?(?:(?:forgot|meant|wanted|failed|didn't\s+get|did\s+not\s+get|never\s+got)\s+to"
    r"\s+(?:say|mention|add|tell(?:\s+(?:them|her|him))?|clarify|stress|explain)"
    r"|sh(?:ou)?ld(?:'ve|\s+have)\s+(?:said|mentioned|added|told(?:\s+(?:them|her|him))?)"
    r"|(?:didn't|did\s+not|never)\s+(?:say|mention)"
    # a wish or a reminder about what to say: "wish i'd said", "shld say", "next time mention"
    r"|wish\s+(?:I'?d|id|I\s+had)\s+(?:said|mentioned|added|told(?:\s+(?:them|her|him))?)"
    r"|sh(?:ou)?ld\s+(?:say|mention|add)|next\s+time,?\s+(?:say|mention|add))\b"
)
_UNSAID = re.compile(rf"^{UNSAID}", re.IGNORECASE)
# A reminder to say something in the letter: "mention that ...", "remember to add ...".
_TO_SAY = re.compile(
    rf"^(?:{UNSAID}|(?:(?:I\s+)?(?:need|needs|want|remember|don't\s+forget|do\s+not\s+forget)"
    r"\s+to\s+)?(?:mention|say|stress|add|clarify|explain|note|tell\s+(?:them|her|him)))"
    r"\s*:?\s+(?:that\s+)?(?P<rest>.+)$",
    re.IGNORECASE,
)


def unsaid(text: str) -> re.Match[str] | None:
    """The opening of a note about what was not said in the room ("forgot to say", "should've
    mentioned"), or None."""
    return _UNSAID.match(text)


def to_say(text: str) -> str | None:
    """What a note to self says to put in the letter: "forgot to mention that I speak Polish"
    and "mention I can start in May" -> "I speak Polish", "I can start in May"; else None."""
    found = _TO_SAY.match(text)
    return found["rest"] if found else None


# Signs that a note is written for the candidate, not the reader.
_MARKERS = re.compile(
    r"\b(?:undersold|oversold|fumbled|blanked|botched|rambled|waffled|flubbed)\b"
    r"|\b(?:forgot|meant|failed|need|needs|want|wanted|remember|don't forget) to"
    r" (?:say|mention|add|tell|clarify|stress)\b"
    r"|\bshould(?:'ve| have) (?:said|mentioned|added|told)\b"
    r"|\b(?:didn't|did not|never) (?:say|mention|get to)\b"
    r"|\b(?:mention|stress|flag|say) (?:that|this|it)\s*$"
    r"|^(?:mention|stress|say|add|note to self|nb|todo|remember)\b"
    r"|\breal answer\b|\btechnically true\b|\btbh\b|\blol\b|!!|\bI said\b"
    # a wish or a reminder to self: "wish i'd asked", "shld mention", "next time lead w/ ..."
    r"|\bwish\s+(?:I'?d|id|I\s+had)\s+[a-z]+\b|\bshld\b|\bshould\s+(?:say|mention|add|ask)\b"
    r"|\b(?:forgot|meant|wanted)\s+to\s+ask\b|(?:^|[-,;.:]\s*)next\s+time\b",
    re.IGNORECASE,
)
# "the question on impact - ", "she asked about telemetry - ", "re the budget question: ".
_CONTEXT = re.compile(
    r"^(?:(?:the|her|his|their)\s+)?(?:question|q)\s+(?:on|about)\s+[^-:;]+?\s*(?:-|:|;)\s+"
    r"|^(?:he|she|they)\s+asked(?:\s+me)?\s+about\s+[^-:;]+?\s*(?:-|:|;)\s+"
    r"|^(?:when|where)\s+(?:he|she|they)\s+asked\s+[^,]+,\s+",
    re.IGNORECASE,
)
# Where the note gives the answer itself.
_ANSWER = re.compile(
    r"(?:real answer|correction|in fact|actually|truth is)(?:\s+(?:on|about|to|re)\s+[^:]+:)?"
    r"\s*[:,]?\s*(?P<a>.+)$"
    r"|\bbut\s+(?P<b>I\s+.+)$",
    re.IGNORECASE,
)
# "I undersold X, which Y" / "I undersold X, it Y": X did Y.
_UNDERSOLD = re.compile(
    rf"^(?:(?:I\s+)?(?:undersold|oversold|didn't say much about)|{UNSAID})\s+(?P<what>[^,;]+?)"
    r"(?:(?:,\s*|\s+-\s+)(?:(?:which|and it|that)\s+)?(?P<did>.+))?$",
    re.IGNORECASE,
)
_TAIL = re.compile(r"[,;\s-]*(?:mention|say|add|stress|flag)\s+(?:that|it|this|so)\s*$", re.I)
# What still marks a fact as tangled: left out rather than said.
_TANGLED = re.compile(
    r"\s-\s|!!|\bthough\b|\blol\b|\btbh\b|\?|\.\.\.|\bcould be\b|\bI said\b|\bundersold\b", re.I
)


def is_note_to_self(text: str) -> bool:
    """True when the item is written for the candidate: "I undersold ...", "mention that ..."."""
    return bool(_MARKERS.search(text) or _CONTEXT.match(text))


def is_report(text: str) -> bool:
    """True for "I undersold X, which did Y": its fact is the clause "X did Y"."""
    found = _UNDERSOLD.match(_CONTEXT.sub("", " ".join(text.split())))
    return bool(found and found.group("did"))


def fact_of(text: str) -> str | None:
    """The fact a note to self carries, for the reader; None when it carries none."""
    text = " ".join(text.split()).rstrip(".!; ")
    text = _TAIL.sub("", text)
    text = _CONTEXT.sub("", text)
    answer = _ANSWER.search(text)
    if answer:
        text = (answer.group("a") or answer.group("b")).strip()
    undersold = _UNDERSOLD.match(text)
    mention = to_say(text)
    if undersold:
        did = (undersold.group("did") or "").strip()
        what = re.sub(r"^that\s+", "", undersold.group("what").strip())
        if re.match(r"(?:I|I'm|I've)\b", what):
            # "should have mentioned I speak Polish"; a caveat after it stays with it
            text = f"{what}, {did}" if did else what
        elif not did or re.match(r"how\b", what, re.IGNORECASE):
            return None  # "I undersold my leadership": no fact to give
        elif re.match(r"(?:we|I|they|my|our)\b", did, re.IGNORECASE):
            # "the Christmas menu - we did 300 covers a night": what it is about stays with it
            text = f"{did} with {what}" if not re.match(r"(?:my|our)\b", what) else did
        else:
            did = re.sub(r"^it\s+", "", did)
            text = f"{what} {did}"  # "X, it reached Y": X reached Y
    elif mention:
        text = re.sub(r"^(?:that|maybe|perhaps|also)\s+", "", mention)
    text = _TAIL.sub("", text).strip(" .!;,")
    if not text or _TANGLED.search(text) or _MARKERS.search(text):
        return None
    return text


# (session 55) A line the candidate marked to check before saying it: "(check exact name)",
# "(check if I can actually say that - it was co-written w/ Ruth)", "- not sure", "??". What it
# claims may be wrong (a name, a sole authorship), so the letter does not say it; compose asks.
_DOUBT = re.compile(
    r"(?i)\([^)]*\b(?:check|verify|confirm|not\s+sure|unsure|double[- ]check)\b[^)]*\)"
    r"|\([^)]*\?\s*ask\s+[a-z]+\)"  # "(Le Cristal? ask Seb)": a name to check with someone
    r"|\s[-–—]+\s*(?:check|verify|confirm|not\s+sure)\b|\?\?"
    # "a marathon in Porto in November? or her husband, I am not sure" (round 50, h1401)
    r"|[,.]\s*I(?:'m|\s+am)\s+not\s+(?:sure|certain)\b|\?\s*,?\s*or\s"
    # "..., I think for the organic food (Biofach?) not sure" (round 51, h1417)
    r"|[,?)]\s*not\s+sure[.!]*$"
    # "check the strike number w/ old logbook before writing": to settle before the letter
    r"|^(?:check|verify|confirm|double[- ]check)\b[^.]*\bbefore\s+(?:writing|sending|i\s+write)\b"
)
DOUBTED = "you marked it to check first; say it once you are sure"


def is_doubted(text: str) -> bool:
    """Whether `text` is marked to check first ("(check this before writing)", "??"); a mark
    that also orders the correction made ("(CHECK, correct it)") is no doubt."""
    found = _DOUBT.search(text)
    return found is not None and not _FIX_IT.search(found.group())


# "(CHECK, correct it)", "(check + fix in letter)": the candidate wants it put right.
_FIX_IT = re.compile(r"(?i)\b(?:correct|fix)\s+(?:it|this|that)\b|\bfix\s+in\s+(?:the\s+)?letter\b")


def without_doubted(text: str) -> str:
    """`text` without its sentences marked to check ("... actually it's nov (check this)")."""
    sentences = cut_at_stops(text, r"(?<=[.!?])(?![^()]*\))\s+")  # never inside a bracket
    kept = (s for s in sentences if not is_doubted(s))
    return " ".join(_DOUBT.sub("", s) if _DOUBT.search(s) else s for s in kept)  # "(CHECK, fix it)"


def doubted(
    left: Callable[[str, str], _Read],
) -> Callable[[Callable[..., _Read]], Callable[..., _Read]]:
    """A reader of note lines that answers `left(line, DOUBTED)` for a line marked to check."""

    def wrap(read: Callable[..., _Read]) -> Callable[..., _Read]:
        @functools.wraps(read)
        def reader(line: str, *args: Any, **how: Any) -> _Read:
            return left(line, DOUBTED) if _DOUBT.search(line) else read(line, *args, **how)

        return reader

    return wrap


# A worry labelled as one: "worry: pay is lower than the tourism office ..." (round 54, h1463).
_WORRY_LABEL = r"(?:^|(?<=[.!?]\s))(?:my\s+)?(?:private\s+)?worr(?:y|ied|ies)\s*:"
# A sentence the candidate marks as theirs alone: "Private, not for the letter: trainee pay is
# ...", "... - NOT for letter", "obviously don't mention", "do NOT bring up" (round 48, h1372).
_PRIVATE = re.compile(
    r"(?i)\bnot\s+(?:for|in)\s+(?:the\s+|any\s+|a\s+)?(?:letter|e-?mail|note)s?\b"
    r"|^\(?private(?:ly)?(?:\s+(?:worry|note|thought|aside|concern))?\s*[,:;)(-]"
    r"|\b(?:must|should)\s+not\s+be\s+mentioned\b|\bnot\s+to\s+be\s+mentioned\b"
    # a remark about another candidate: "I also recognised the other candidate in reception"
    r"|\b(?:the\s+other|another|other)\s+(?:candidate|applicant|finalist)s?\b"
    r"|\b(?:not|don'?t|do\s+not)\s+write\s*:"  # "NOT WRITE: my boss ..." (round 50, h1409)
    # someone at home and how they feel about the move: "Craig not keen on Darwin wet season"
    # (round 50, h1406)
    r"|(?:^|(?<=[.!?]\s))(?-i:[A-Z])[a-z]+\s+(?:is\s+|was\s+)?not\s+(?:keen|happy|thrilled|sold)"
    r"\s+(?:on|about|with)\b"
    # a worry of the candidate's own: "..., which worries me" (round 50, h1404), "I am worry my
    # teaching experience is not enough" (round 51, h1417); nerves told to oneself
    r"|\b(?:which|that|it|this)\s+worries\s+me\b"
    # "My left wrist still aches after a long day on the wheels, which I did not mention."
    # (round 55, h1475): an ache kept from the room, so kept from the letter ("I am fluent in
    # Irish, which I did not mention when ..." is a point to add)
    r"|\b(?:aches?|pain|sore|injur(?:y|ed)|wrist|knee|shoulder)\b[^.]*,\s+which\s+I\s+(?:did\s+not"
    r"|didn'?t|never)\s+(?:mention|say|tell\s+(?:him|her|them))\b"
    # another candidate, by any word ("the other guy waiting i think is his nephew??", round 52)
    r"|\bthe\s+other\s+(?:shortlisted\s+|short-listed\s+|internal\s+|final\s+)?(?:guy|candidate|applicant"
    r"|finalist|person|woman|man|lady|girl|chap|fellow)\b"
    # "worried about Grace's question on night shifts??" (round 61, h1584): a worry of one's own
    r"|(?:^|(?<=[.!?]\s))(?:I\s+am\s+|I'?m\s+|a\s+bit\s+)?worried\s+(?:about|that)\b"
    # an order about the letter's enclosures: "Both are to be enclosed with the letter." (round
    # 53, h1443); the letter says what it encloses
    r"|(?:^|(?<=[.!?]\s))(?:both|it|they|these|this|the\s+two)\s+(?:is|are)\s+to\s+be\s+"
    r"(?:enclosed|attached|included)\b"
    # "I will enclose both with this letter." (round 54, h1459), "I will attach both to the
    # emails." (round 56, h1500): the promise says it already
    r"|(?:^|(?<=[.!?]\s))I\s+(?:will|shall|am\s+going\s+to)\s+(?:post|send|enclose|attach|include)\s+"
    r"(?:both|them|it|these|the\s+two)\s+(?:with|in|to)\s+(?:this|the|my)\s+(?:letters?|e-?mails?)\b"
    # a rival seen on the day: "saw Jeff Lindgren leaving the lot when I got there, he'd be
    # strong" (round 53, h1454)
    r"|\bsaw\s+(?-i:[A-Z])[a-z]+(?:\s+(?-i:[A-Z])[a-z]+)?\s+(?:leaving|arriving|waiting|coming\s+out)\b"
    r"|\b(?:he|she|they)(?:'d|’d|\s+would)\s+be\s+(?:a\s+)?(?:strong|tough|hard\s+to\s+beat)\b"
    # a worry labelled: "worry: pay is lower than the tourism office ..." (round 54, h1463)
    rf"|{_WORRY_LABEL}"
    # pay labelled: "pay: advert £38k, on 36.5 now" (round 52, h1438)
    r"|(?:^|(?<=[.!?]\s))pay\s*(?::|\d)"  # "pay 230 kr/t -> less than teaching" (round 60)
    # another employer's offer: "I also have another offer from a fab in Kulim" (round 52)
    r"|\bI\s+(?:also\s+)?(?:have|got|had)\s+(?:another|an\s+other|a\s+second)\s+offer\b"
    r"|\bI\s+am\s+(?:a\s+bit\s+|very\s+|so\s+)?(?:worr(?:ied|y)|scared?|afraid)\b"
    r"|(?:^|(?<=[.!?]\s))I\s+worry\s+(?:my|that|about\s+my)\b"  # "I worry my English is ..."
    # pay hoped for or offered, typed with no "salary": "he said 38k, i was hoping for 42"
    r"|\b(?:hoping\s+for|I\s+(?:want|asked(?:\s+for)?)(?:\s+minimum)?)\s+\$?\d"
    r"|^I\s+was\s+(?:so\s+|very\s+|a\s+bit\s+|really\s+)?nervous[.!]*$"
    r"|\b(?:don'?t|do\s+not|never)\s+(?:mention|bring\s+(?:it\s+|this\s+|that\s+)?up)\b"
    # the pay offered, weighed to oneself: "the salary they say (3.400 euro bruto) is enough??"
    # (round 48, h1369); a thank-you letter never brings up pay
    r"|\b(?:salary|bruto|brutto|gross\s+pay)\b[^.!]*\?"
    r"|\b(?:don'?t|do\s+not|never)\s+put\s+(?:it\s+|this\s+|that\s+)?in\s+(?:the|a|any)\s+letter\b"
    # "... I was nervous. Not to write this" (round 53, h1449): the line is the candidate's own
    r"|(?:^|(?<=[.!?]\s))not\s+to\s+(?:write|mention|put)\s+(?:this|it|that)\b"
    # "I am little worried for my english, not put in letter" (round 62, h1593)
    r"|\bnot\s+(?:to\s+)?put\s+in\s+(?:the\s+|a\s+|my\s+)?letter\b"
    # "Not write this in letter." (round 52, h1433): the order itself, never said
    r"|(?:^|(?<=[.!?]\s))(?:not|don'?t|do\s+not|never)\s+(?:write|put|mention)\s+(?:this|it|that)"
    r"\s+in\s+(?:the\s+|a\s+|any\s+)?letter\b"
    # an order to the letter itself: "I would like the letter to correct this clearly" (round
    # 52, h1427)
    r"|\b(?:the|this|my)\s+letter\s+(?:to|should|must|needs?\s+to)\s+"
    r"(?:correct|say|mention|include|fix|make|explain)\b"
    # "None of that belongs in the letter." (round 59, h1547): an order about the letter
    r"|\b(?:none\s+of\s+(?:that|this|it)|that|this|it)\s+(?:belongs?|goes)\s+in\s+(?:the|a|any|my)\s+"
    r"letter\b"
    # "current boss doesn't know i'm looking!!" (round 59, h1551): a secret kept from the room
    r"|\b(?:boss|manager|employer|company|supervisor)\s+(?:doesn'?t|does\s+not|don'?t)\s+know\s+"
    r"(?:that\s+)?(?:i'?m|I\s+am)\s+(?:looking|applying|leaving|interviewing)\b"
    # "my current boss must not hear i went there" (round 60, h1559)
    r"|\b(?:boss|manager|employer|supervisor|master)\s+(?:must|should|can)\s*(?:not|n'?t)\s+"
    r"(?:hear|know|find\s+out|learn)\b"
    # "The guy from the Tepatitlán distillery was in the waiting room, younger + better
    # English. worried." (round 60, h1560): a rival seen on the day, and a worry said in a word
    r"|\bin\s+the\s+waiting\s+room\b"
    # round 61: "My wife is not happy about the long stretches away, which I did not mention to
    # the panel." (h1572), "hope they dont ask about my licence suspension last yr" (h1575)
    r"|\bmy\s+(?:wife|husband|partner|family|kids|children|son|daughter|mum|mother|dad|father)\s+"
    r"(?:is|are|was|were)\s+not\s+(?:happy|keen|thrilled|sold)\b"
    r"|\bhope\s+they\s+(?:do\s+not|don'?t|won'?t|will\s+not)\s+(?:ask|check|find\s+out)\b"
    # "he said $26.50/hr, bit low but ok" (round 61, h1575): a rate of pay
    r"|[$€£¥]\s?\d[\d.,]*\s*(?:k\b)?\s*(?:/|per\s+)(?:hr|hour|h|month|mo|yr|year|wk|week)\b"
    # "other guy waiting outside (frm Kharian Balls?) v junior lol" (round 60, h1566)
    r"|(?:^|(?<=[.!?]\s))other\s+(?:guy|candidate|applicant|woman|man|person)\s+(?:waiting|outside)\b"
    # "want ¥7.2m minimum, didn't say a number" (round 60, h1568): pay hoped for
    r"|(?:^|(?<=[.!?,]\s))(?:I\s+)?want\s+(?:[¥$€£₱₹]|USD|EUR|JPY|MXN|PHP)\s?\d"
    # "I not tell them I have problem in my back sometimes" (round 60, h1561): kept from the room
    r"|\bI\s+(?:do\s+not|did\s+not|didn'?t|don'?t|not)\s+tell\s+(?:them|him|her)\s+(?:that\s+)?I\b"
    r"|(?:^|(?<=[.!?]\s))(?:a\s+bit\s+|very\s+|so\s+|little\s+)?worried[.!]*$"
)


# An order about the letter typed after what it is about: "don't put in the letter", "not for
# the letter" (a sentence of its own).
_ORDER = re.compile(
    r"(?i)^(?:but\s+)?(?:not\s+(?:for|in)\s+(?:the\s+|any\s+|a\s+)?(?:letter|e-?mail)s?"
    r"|(?:don'?t|do\s+not|never|not)\s+(?:put|mention|write|bring)\b)"
)


# An order that names its own thing: "don't mention the Eilat offer", "never mention my boss".
_NAMED_ORDER = re.compile(
    r"(?i)\b(?:mention|bring\s+up|write|put)\s+(?:the|my|his|her|their|our|any)\s+\w+"
)


_PRIVATE_BRACKET = re.compile(
    r"(?i)\s*\((?:only\s+for\s+me|for\s+me\s+only|just\s+for\s+me|private|not\s+(?:for|in)\s+"
    r"(?:the\s+)?letter|for\s+me\s*:)(?:\b|(?<=:))[^()]*\)"  # "(For me: ...)" (round 54, h1473)
)


# A pay figure told or offered ("she said starting salary ghs 4,500 a month"; round 50, h1399),
# never one the candidate puts right ("salary - said 2.4M JMD, meant 2.8M": a correction)
_PAY = re.compile(
    r"(?i)\bsalary\b[^.!?]*\d|\d[^.!?]*\bsalary\b"
    # pay typed with no "salary": "he said 38k, i was hoping for 42" (round 51, h1423)
    r"|\b(?:said|offered|offer|say)\s+(?:maybe\s+)?\$?\d+(?:[.,]\d+)?(?:\s?[-–]\s?\$?\d+(?:[.,]\d+)?)?"
    r"\s?k\b(?!\s*(?:ARR|MRR|revenue|sales))"
    # "$$ → they said 78-85K ...", "not under 88 w/o house" (round 53, h1454)
    r"|^\$\$|^not\s+(?:under|below|less\s+than)\s+\$?\d"
    # "pay is 52k vs the 88k im on now", "asked for 42k NIS gross/month" (round 52, h1431,
    # h1432)
    r"|\bpay\s+(?:is|was|would\s+be|of)\s+(?:about\s+|around\s+|~)?\$?\d"
    r"|(?:^|(?<=[.!?]\s))(?:I\s+)?asked\s+for\s+(?:about\s+|~)?[$£€]?\s?\d[\d,.]*\s?"
    r"(?:k\b|(?-i:[A-Z]{3})\b|(?:euros?|dollars?|pounds?|baht|shekels?|dinars?)\b)"
    r"|\d\s?k?\s+(?:[A-Z]{2,3}\s+)?(?:gross|net)\s*(?:/|per|a)\s*(?:month|year|mo|yr)\b"
)
_PUT_RIGHT = re.compile(r"(?i)\b(?:meant|correct(?:ion)?|actually|not\s+\d|fix|figure)\b")


def is_private(line: str) -> bool:
    """Whether a line of the notes carries the candidate's own order to keep it out of the
    letter (a topic ending "Not to write this" is never named); an aside of feeling in it ("I
    was nervous.") leaves the rest of the line the reader's topic."""
    return _KEEP_OUT.search(line) is not None


# An order to keep a line out of the letter, anywhere in it.
_KEEP_OUT = re.compile(
    r"(?i)\bnot\s+(?:to\s+)?(?:write|mention|put)\s+(?:this|it|that)\b"
    r"|\bnot\s+(?:to\s+)?put\s+in\s+(?:the\s+|a\s+|my\s+)?letter\b"  # (round 62, h1593)
    r"|\bnot\s+(?:for|in)\s+(?:the\s+|any\s+|a\s+)?(?:letter|e-?mail)s?\b"
    r"|\b(?:don'?t|do\s+not|never)\s+(?:mention|write|put|bring\s+(?:it\s+|this\s+|that\s+)?up)\b"
)


def _private(sentence: str) -> bool:
    pay = _PAY.search(sentence) is not None and not _PUT_RIGHT.search(sentence)
    return pay or _PRIVATE.search(sentence) is not None


# What to take out of a thing before it is sent, typed after it: "send X - take out Lounky's name
# and customers first!", "(remove client names before sending)": an order to oneself (round 52,
# h1440); the thing is sent as named.
_REDACT_FIRST = re.compile(
    # "(REMOVE Khangai name!!)", "(remove Otterbein info first!!)": a bracket that only orders
    # a name taken out (round 53, h1446)
    # ("(I will remove old company name)", round 55, h1481)
    r"(?i)\s*\(\s*(?:I\s+will\s+|I'll\s+|must\s+|need\s+to\s+)?(?:remove|redact|delete|strip|anonymi[sz]e"
    r"|(?:take|blank|black)\s+out)\b"
    r"[^()]{0,60}\)"
    # "(ask uncle first!!)" (round 53, h1447): leave to ask before sending, the candidate's own
    r"|\s*\(\s*(?:ask|check\s+with)\s+[^()]{1,40}?\bfirst\b[^()]{0,10}\)"
    r"|\s*[-–—,;]+\s*(?:(?:take|cut|blank|black|strip|leave)\s+out|remove|redact"
    r"|anonymi[sz]e|delete)\b[^.!?()]{0,80}?\b(?:first|before\s+(?:sending|I\s+send)(?:\s+it)?)"
    r"\s*[.!]*"
)


def without_private(text: str) -> str:
    """`text` without the sentences the candidate marked as not for the letter (`_PRIVATE`)."""
    # "(only for me: salary ... but don't write this)": a bracket of the candidate's own
    text = _PRIVATE_BRACKET.sub("", text).strip()
    text = _REDACT_FIRST.sub(
        lambda m: "." if text[m.end() :].strip() and not m.group().rstrip().endswith(")") else "",
        text,
    ).strip()
    if not _PRIVATE.search(text) and not any(
        _private(one) for one in cut_at_stops(text, r"(?<=[.!?])\s+")
    ):
        return text
    kept: list[str] = []
    private = False
    # "NOT FOR LETTER: X. Y.": a label, and all that follows it is the candidate's own
    label = re.search(
        # "Personal note, not for the letter: ..." (round 56, h1491): the label whole
        r"(?i)(?:(?:^|(?<=[.!?]\s))(?:personal|private)\s+(?:notes?|remarks?|asides?)\s*[,(-]?\s*)?"
        r"\bnot\s+(?:for|in)\s+(?:the\s+|any\s+|a\s+)?(?:letter|e-?mail|note)s?\s*:"
        r"|\b(?:not|don'?t|do\s+not)\s+write\s*:"
        r"|(?:^|(?<=[.!?]\s))private\s*(?::|!+)"  # "Private (not for letter): X. Y." (round 51,
        # h1417); "Private!! Winston hinted ~JMD 14 m a year" (round 56, h1504)
        r"|(?:^|(?<=[.!?]\s))(?:for\s+me\s+only|only\s+for\s+me)\s*:"
        # "worry: pay is lower than ..." (round 54, h1463): a worry, labelled
        rf"|{_WORRY_LABEL}",
        text,
    )
    if label is not None:  # "(dont write: ...)": the bracket the label opens, too (round 56)
        text = text[: label.start()].rstrip(" (").strip()
    for one in cut_at_stops(text, r"(?<=[.!?])\s+"):
        # "Private: X let slip ... internal?? Worrying. Not for any letter.": the short asides
        # after a private sentence are its own
        order = _ORDER.search(one) is not None and len(one.split()) <= 6
        # "DON'T mention the Eilat offer." (round 55, h1480): an order about a thing it names
        order = order and not _NAMED_ORDER.search(one)
        if order and kept and not private:  # "X. don't put in the letter": the one before too
            kept.pop()
        aside = len(one.split()) <= 4 and not re.match(r"(?i)(?:also|and|I\s+(?:said|told))\b", one)
        private = _private(one) or (private and aside)
        if not private:
            kept.append(one)
    return " ".join(kept)
