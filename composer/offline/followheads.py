"""A follow-up's frame read first: how the note to self opens, and a question to ask.

A follow-up is what the candidate asked the letter to add, and the evening after an interview it
is typed under a head of the candidate's own: "NB", "dont forget:", "please mention that",
"remember to say", "I want to add that", "I like to add:" (a second-language "I would like to
add"). Every such head means one thing, "mention ...", which the follow-up readers already say
as an addition; `headed` puts the line in that one shape, with the orders about the letter
around it ("keep it short", "dont ramble", "not too pushy", `selftalk`) dropped. A line whose
rest reads as a correction or a question from the room keeps its own shape, without the head.

A question the candidate means to ask ("ask if they use Dentally", "ask tom is the trial shift
paid", "ask her about team size") is said as a question in the letter (`asked_after`), never as
an offer to ask; one this module cannot read with confidence is left to the other readers.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.selftalk import LETTER_ORDER, note_dropped
from composer.offline.words import FUNCTION_WORDS

__all__ = ["asked_after", "headed"]

# The heads of a note to self, each meaning "mention": said once, as "mention".
_HEAD = re.compile(
    r"(?i)^(?:(?:note\s+to\s+self|nts|n\.?b\.?|p\.?s\.?|also|oh\s+and|and)\s*[:,-]?\s*)*"
    r"(?:(?:(?:pls|please|must|should|need\s+to|remember\s+to|(?:dont|don't|do\s+not)\s+forget"
    r"\s+to)\s+)?(?:mention|say|add|note|include)(?:\s+in\s+(?:the\s+)?(?:letter|e-?mail))?"
    r"|(?:dont|don't|do\s+not)\s+forget|remember|i\s+(?:would\s+|'d\s+|also\s+)?(?:like|want"
    r"|wanted|need)\s+to\s+(?:add|say|mention|explain)(?:\s+(?:better|more\s+clearly|clearly"
    r"|properly))?|(?:note\s+to\s+self|nts|n\.?b\.?|p\.?s\.?))"
    r"(?:\s+(?:also|too))?\s*(?:that\b|[:,-]|\s)\s*(?P<rest>\S.*)$"
)
_ORDER = re.compile(rf"(?i)^(?:{LETTER_ORDER}|keep\s+(?:it\s+)?(?:short|brief))")
# A rest that is a correction or a question from the room: its own readers say it, head dropped.
_OWN_SHAPE = re.compile(
    r"(?i)\b(?:said|asked|told|actually|correct(?:ion)?|not\s+\d|should\s+have|should've"
    r"|shld|wrong|mixed\s+up|q\b|question)"
)
# A rest that is itself an order or a question to ask: no fact to mention.
_NOT_A_FACT = re.compile(r"(?i)^(?:to\s+)?(?:ask|check|send|call|email|find\s+out|thank)\b")


def headed(value: str) -> str:
    """The follow-up as the readers read a note to self: "mention X" for a line typed under
    any head of one ("dont forget: renewed my first aid in august": "mention renewed my first
    aid in august"), the rest alone when it is a correction or a question from the room, and the
    orders about the letter dropped ("..., not too pushy"); `value` itself when it has none."""
    text = " ".join(value.split())
    if re.fullmatch(r"\([^()]+\)", text):  # "(mention X + Y)": the whole line a note to self
        text = text[1:-1].strip()
    if re.match(r"I\b.*[.!]$", text) and not re.search(r"[.!?]\s", text):
        return value  # a whole sentence of the candidate's, as typed (`followclean`)
    dropped = note_dropped(text)
    found = _HEAD.match(dropped)
    if found is None:
        if not dropped or dropped == text:
            return text if text != " ".join(value.split()) else value
        if re.match(r"(?i)(?:I|my)\b", dropped) and not _OWN_SHAPE.search(dropped):
            return f"mention {dropped}"  # "tell him i have a white card, keep it short"
        # "happy to do nights, not too pushy": an order about the letter cut; else as typed
        cut = text[len(dropped) :].strip(" ,;.-–—")
        return dropped if text.startswith(dropped) and _ORDER.match(cut) else value
    rest = found["rest"].strip(" ,;:-")
    if not rest or _NOT_A_FACT.match(rest):
        return value
    rest = note_dropped(rest) or rest
    if _OWN_SHAPE.search(rest):
        return rest
    return f"mention {rest}"


# A question to ask: "ask (tom|her|them) if/whether/about/how ... " or "ask tom is the X paid".
_ASK = re.compile(
    r"(?i)^(?:(?:remember|(?:dont|don't|do\s+not)\s+forget|need|must)\s+to\s+)?(?:also\s+)?"
    r"ask(?:\s+(?P<who>(?!if\b|whether\b|about\b|abt\b|re\b)[a-z][\w.'-]*))?\s+"
    r"(?P<q>(?:if|whether|about|abt|re:?|how|what|when|where|who|which|why"
    r"|is|are|was|will|would|can|could|does|do|did|should|has|have)\b.*)$"
)
_DIRECT = frozenset(
    [
        "is",
        "are",
        "was",
        "will",
        "would",
        "can",
        "could",
        "does",
        "do",
        "did",
        "should",
        "has",
        "have",
        "how",
        "what",
        "when",
        "where",
        "who",
        "which",
        "why",
    ]
)
_WH = frozenset(["how", "what", "when", "where", "who", "which", "why"])
_AUX = _DIRECT - _WH
_YOU = {"they": "you", "their": "your", "them": "you", "theirs": "yours"}


def asked_after(value: str | None) -> str | None:
    """The clause a question to ask is said with ("whether you use Dentally or Exact", ": is
    the trial shift paid?"), or None when `value` is no question to ask, or one not read with
    confidence (a word no dictionary knows, a second clause)."""
    if not value:
        return None
    text = " ".join(note_dropped(" ".join(value.split())).split()).rstrip(" .!")
    found = _ASK.match(text)
    if found is None:
        return None
    who = (found["who"] or "").lower()
    person = who in ("her", "him", "them", "you")
    if not person and (who in FUNCTION_WORDS or "adv" in lexicon.classes(who) or who[-3:] == "ing"):
        return None  # "ask for X", "ask around": no question with a person before it
    q = found["q"].rstrip(" ?")
    if re.search(r"[;:()]|\s[-–—]+\s|->", q) or len(q.split()) > 16:
        return None
    words = q.split()
    first = words[0].lower().rstrip(":")
    rest = [_YOU.get(w.lower(), w) for w in words[1:]]
    rest = ["would" if w == "will" and i and rest[i - 1] == "I" else w for i, w in enumerate(rest)]
    rest = ["I" if w == "i" else w for w in rest]
    if not rest:
        return None
    if first in ("about", "abt", "re"):
        return " about " + " ".join(rest)
    if first in ("if", "whether"):
        return " whether " + " ".join(rest)
    if first in _WH and not any(w.lower() in _AUX for w in rest[:2]):
        return " " + " ".join([first, *rest])  # "how long the probation is": as typed
    if first in _DIRECT:  # "is the trial shift paid", "how long is the probation": asked so
        return ": " + " ".join([first, *rest]) + "?"
    return None
