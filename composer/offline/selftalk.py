"""The one table of what a candidate types to themselves in a follow-up or an answer: how they
did in the room ("rambled on the rota q", "prob too long on the budget q", "nervous at start"),
a feeling ("ugh", "meh"), an errand or an order about the letter ("note to self: check the
spelling", "keep it short", "dont oversell"), and a question to oneself. `FUMBLED` (verbs of
doing badly in the room) and `NOTE_HEAD` (how such a note opens) are shared by the readers of
answers (`topicanswers`, `answervoice`) and of follow-ups (`followparts`); `points` splits a
follow-up typed as notes to self mixed with a real point and keeps the point ("prob too long
on the budget q. also forgot NCK licence renewed till 2028" -> "forgot to mention NCK licence
renewed till 2028", which the follow-up readers then say).
"""

from __future__ import annotations

from composer import regexes as re

__all__ = [
    "FUMBLED",
    "LETTER_ORDER",
    "NOTE_HEAD",
    "is_self_note",
    "note_dropped",
    "points",
    "said_to_self",
]

# Verbs of doing badly in the room: a note to self, never an answer or a point.
FUMBLED = frozenset(
    [
        "blanked",
        "fumbled",
        "rambled",
        "waffled",
        "hedged",
        "froze",
        "undersold",
        "oversold",
        "panicked",
        "stumbled",
        "struggled",
        "forgot",
        "missed",
        "flubbed",
        "fluffed",
        "botched",
        "messed",
        "babbled",
        "mumbled",
        "rushed",
    ]
)
# An order about how the letter sounds, the part alone: "dont ramble", "not too pushy", "be
# precise", "short and sweet", "no essays".
_ORDER_BODY = (
    r"(?:(?:dont|don't|do\s+not|no)\s+(?:ramble|rambling|waffle|waffling|gush|beg|essays?"
    r"|go\s+on|sound\s+\w+|be\s+(?:too\s+)?\w+)|not\s+too\s+\w+|be\s+(?:precise|brief|concise"
    r"|clear|specific|polite|humble|confident|exact|professional)|short\s+(?:and|n|&)\s+sweet"
    r"|keep\s+(?:it\s+)?(?:professional|friendly|casual|warm|humble|modest|low-?key))"
    r"(?:\s+(?:tho|though|lol|pls|please|haha))?"  # "dont sound desperate tho"
)
LETTER_ORDER = rf"{_ORDER_BODY}\s*[.!]*\s*$"
# The same order run on after the point with no mark between: "... every night now dont sound
# desperate tho" ("do not" and a verb of how the letter sounds, which no fact ends with)
_RUN_ON_ORDER = re.compile(
    r"(?i)\s+(?:dont|don't|do\s+not)\s+(?:sound\s+\w+|ramble|waffle|gush|beg|oversell|grovel"
    r"|be\s+too\s+\w+)(?:\s+(?:tho|though|lol|pls|please|haha))?\s*[.!]*\s*$"
)
# How a note to self opens: an order about the letter or an errand, or the note's own label.
NOTE_HEAD = (
    r"(?:note\s+to\s+self|nts|n\.b\.?|keep\s+(?:it\s+)?(?:short|brief)|no\s+need\s+to"
    r"|(?:dont|don't|do\s+not)\s+(?:oversell|overdo|dwell|grovel|repeat|mention|be|forget\s+to"
    r"\s+(?:check|spell|send|attach))|spell\b|check\s+(?:the\s+)?spelling|remember\s+to\s+(?:check"
    r"|spell|send|attach)"
    # an errand about the letter itself: "keep short", "tell her", "add in her letter only",
    # "don't over-apologise!!", "nothing else", "mention I know why"
    r"|keep\s+(?:it\s+)?(?:light|simple|tight|positive)\b|(?:tell|remind)\s+(?:her|him|them)\s*$"
    r"|(?:add|put)\s+(?:it\s+|this\s+)?(?:in|to|into)\s+(?:her|his|their|the)\s+(?:letter|e-?mail"
    r"|note)\b|(?:her|his|their)\s+letter\s+only\b|(?:dont|don't|do\s+not)\s+over-?\w+"
    r"|nothing\s+else\s*$|mention\s+(?:that\s+)?I\s+know\s+(?:why|how)\b"
    # an order about how the letter sounds (`LETTER_ORDER`)
    rf"|{LETTER_ORDER}"
    # an order to put right what the part before says: "... -> exact: 12-14 jan. correct that"
    # "correct in mail": an errand about this very letter
    r"|(?:correct|fix|clarify|mention|explain)\s+(?:it\s+|this\s+|that\s+)?(?:in|by|via)\s+"
    r"(?:the\s+)?(?:mail|e-?mail|letter|follow-?up)\s*[.!]*\s*$"
    # ("I must clarify this!!", "need to correct that")
    r"|(?:I\s+)?(?:(?:must|should|have\s+to|need\s+to|want\s+to)\s+)?"
    r"(?:correct|fix|clarify|explain|mention)\s+(?:that|this|it)\s*[.!]*\s*$)"
)
_HEAD = re.compile(rf"(?i)^{NOTE_HEAD}")
# A verdict on how the candidate did: a verb of doing badly, or a state of too much or too little.
_VERDICT = re.compile(
    rf"(?i)\b(?:{'|'.join(sorted(FUMBLED - {'forgot', 'missed'}))}"
    r"|nervous|flat|awkward|salesy|waffly|shaky|went\s+blank|went\s+on(?:\s+a\s+bit)?"
    r"|(?:talked|spoke|went|was|ran|got)\s+(?:way\s+|a\s+bit\s+|bit\s+|far\s+)?too\s+\w+"
    r"|too\s+(?:long|fast|much|short|quick|vague|slow|quiet|salesy|wordy|rambly)"
    r"|over-?explained|messed\s+up|could\s+have\s+been\s+better)\b"
)
# A sound or a feeling alone: "ugh", "doh", "lol", ":(".
_FEELING = re.compile(r"(?i)^(?:ugh+|argh+|doh|lol|meh|sigh|oops|hmm+|oh\s+well|:\(|:/)$")
# A point the part makes of the candidate's own, which no verdict takes away.
_POINT = re.compile(
    r"(?i)\b(?:I\s+(?:have|hold|am|can|did|ran|led|passed|completed)|I['’](?:ve|m)|my\s+\w+"
    r"(?:\s+\w+)?\s+(?:is|are|was)|renewed|valid|current|booked)\b"
)
# A part that names the question put to the candidate: the ground of what follows it.
_ASKED = re.compile(r"(?i)\basked\b|\bwanted\s+to\s+know\b|\bq\s*:")
# Where a follow-up's parts meet: a full stop, "!" or "?" after a word, a semicolon, a bracket of
# its own, and a connector that turns from the note to the point ("but", "anyway", "also").
_SPLIT = re.compile(
    r"(?<=[\w)!?])[.!?]+\s+|\s*;\s+|\s*\((?=[^()]*\))|\)\s*"
    r"|,\s+(?=(?:but|anyway|anyhow|also|prob|probably|maybe|think|i\s+think)\b[:,]?\s)|(?<=\w)\s+[-–—]+\s+(?=(?:but|anyway|also)\b)",
    re.IGNORECASE,
)
_TURN = re.compile(r"(?i)^(?:but|anyway|anyhow|also|so|and|plus|though)\b[:,]?\s*(?:[-–—]\s*)?")
# What a point is led by once its turn is dropped: "forgot NCK licence renewed": forgot to say.
_FORGOT = re.compile(
    r"(?i)^(?:I\s+)?(?:forgot|(?:need|want)\s+to)\s+(?:to\s+)?(?:(?:say|mention|add|clarify)\s+)?"
    r"(?:that\s+)?(?=\S)|^(?:clarify|mention|add|say)\s+(?:that\s+)?(?=\S)"
)
# A standing typed with its state and no verb: "NCK licence renewed till 2028", "cert valid to
# 2029": said with "my" and "is" ("My NCK licence is renewed until 2028").
_STATE = re.compile(
    r"(?i)^(?:my\s+)?(?P<what>(?!(?:I|is|are|have|has|hold|got|also)\b)[\w/&+.-]+"
    r"(?:\s+(?!(?:is|are|have|has|hold|got|also)\b)[\w/&+.-]+){0,3}?)\s+"
    r"(?P<state>renewed|valid|current|up\s+to\s+date|in\s+date)\b(?P<rest>.*)$"
)
_WORTH = re.compile(
    r"(?i)^(?:(?:but\s+)?(?:worth|good\s+to)\s+(?:saying|adding|mentioning|say|add)"
    r"(?:\s+that)?\s*:?\s*)"
)


def is_self_note(part: str) -> bool:
    """True when `part` is a note to self alone: an order or errand, a feeling, a question to
    oneself, or a verdict on how the candidate did with no point of their own in it."""
    part = part.strip(" ,.!-–—:")
    if not part:
        return True
    if _HEAD.match(part) or _FEELING.match(part):
        return True
    if _ASKED.search(part):
        return False  # "marcus asked X - i waffled": the question the rest answers, kept whole
    return bool(_VERDICT.search(part)) and not _POINT.search(part) and len(part.split()) <= 12


# A bracket of the note's own ("(don't over-apologise!!)", "(note to self: ...)")
_BRACKET = re.compile(r"\s*\((?P<inner>[^()]*)\)")
# Where a note to self may stand before or after the point: a dash, an arrow, a comma, a stop.
_PARTS = re.compile(r"(\s+-{1,2}\s+|\s+[–—]\s+|\s*-+>\s*|,\s+|;\s+|(?<=[\w)!])[.!]+\s+)")
# "(forgot to say)", "(didn't mention)": the note's reason for the line, never said
_FORGOT_SAY = re.compile(
    r"(?i)^\s*(?:I\s+)?(?:forgot(?:\s+to\s+(?:say|mention))?|didn't\s+(?:say|mention)"
    r"|not\s+mentioned)\s*!*\s*$"
)
# An errand that leads the point: "tell her I can start", "pls remember to say I ...".
_LEAD = re.compile(
    r"(?i)^(?:(?:pls|please)\s+)?(?:(?:remember|don't\s+forget)\s+to\s+)?(?:tell|remind)\s+"
    r"(?:her|him|them)\s+(?:that\s+)?(?=I\b|my\b)"
)


def note_dropped(value: str) -> str:
    """A follow-up without the notes to self before, around and after its point ("forgot to
    mention X when P.N. asked -- add in her letter only, keep it short" -> "forgot to mention X
    when P.N. asked"; "tell her I can start 12 jan, keep short" -> "I can start 12 jan")."""
    text = _BRACKET.sub(
        lambda m: "" if is_self_note(m["inner"]) or _FORGOT_SAY.match(m["inner"]) else m[0], value
    )
    text = _RUN_ON_ORDER.sub("", _LEAD.sub("", text.strip()))
    parts = _PARTS.split(text)
    while len(parts) >= 3 and _errand(parts[-1]):  # an order or a feeling, never a verdict:
        parts = parts[:-2]  # ", which meant the leaf was held too long" is the point's
    while len(parts) >= 3 and (_errand(parts[0]) or _verdict_first(parts[0], parts[1])):
        parts = parts[2:]  # "ugh rambled on the X q. point was ...", never "rambled, but ..."
    return "".join(parts).strip(" ,;-–—")


def _verdict_first(part: str, after: str) -> bool:
    """A verdict leading the point after a stop or a dash ("ugh rambled on the q. point was"),
    never one joined to it by a comma, which may be the point's own."""
    if re.search(r"(?i)\b(?:q|qn|question|about|abt|re)\b", part):
        return False  # "fumbled Priti's question about DMX": the question the point answers
    return "," not in after and is_self_note(part)


def _errand(part: str) -> bool:
    """Whether a part is an order about the letter or a feeling alone ("keep it short", "ugh")."""
    part = part.strip(" ,.!-–—:")
    return not part or bool(_HEAD.match(part) or _FEELING.match(part))


def points(value: str) -> str | None:
    """The real points of a follow-up typed with notes to self, joined as sentences, when the
    line holds both; None when it holds no note to self, or nothing else."""
    parts = [p.strip(" ,") for p in _SPLIT.split(" ".join(value.split())) if p and p.strip(" ,")]
    if len(parts) < 2:
        return None
    kept = [p for p in parts if not is_self_note(p)]
    if not kept or len(kept) == len(parts):
        return None
    said = []
    for part in kept:
        part = _WORTH.sub("", _TURN.sub("", part)).strip(" .,!")
        part = _stated(_FORGOT.sub("", part, count=1))
        if part:
            said.append(part)
    return ". ".join(said) if said else None


def _stated(part: str) -> str:
    """ "NCK licence renewed till 2028" -> "my NCK licence is renewed until 2028"; any other
    part as typed."""
    found = _STATE.match(part)
    if found is None:
        return part
    rest = re.sub(r"(?i)^\s*(?:till|til|to)\b", " until", found["rest"])
    plural = found["what"].lower().endswith(("s", "tickets", "certs")) and "+" not in found["what"]
    verb = "are" if plural or re.search(r"\s(?:\+|&|and)\s", found["what"]) else "is"
    return f"my {found['what']} {verb} {found['state'].lower()}{rest}"


def said_to_self(line: str) -> bool:
    """True when a sentence said from a follow-up still carries a verdict of the candidate's on
    how they did ("I would also like to add that I went on a bit about the audit")."""
    if re.search(r"\bI\s+(?:forgot|missed)\b(?!\s+to\b)", line):
        return True  # "I forgot NCK licence renewed": the note's "forgot" read as a deed
    return bool(_VERDICT.search(line)) and not re.search(r"(?i)\bforgot\s+to\b", line)
