"""A follow-up note after its question, split into thoughts, and a thought said as the
candidate's clause: "actually did 3 PERM filings under supervision at CAIR - mention" -> "I did
three PERM filings under supervision at CAIR" (read for `asked`, which finds the question).
A thought that cannot be said cleanly is None: the line is read another way or left out.
"""

from __future__ import annotations

from composer import regexes as re
from composer.english import spell_out_dates
from composer.offline import lexicon, selfnotes
from composer.offline.answered import second_half
from composer.offline.answermarks import years_said
from composer.offline.heard import months_spelled
from composer.offline.shorthand import expand
from composer.offline.words import SMALL_NUMBERS

# A piece that marks the correction: what follows is the fact.
# Where the no holds, typed after "true" before the "but": "true at Kettering but I did ...".
WHERE_TRUE = r"(?:\s+(?P<where>(?:at|for|in|on|with)\s+[^,;]{1,40}?)(?=,?\s+but\b))?"
_CORRECTION = re.compile(
    r"^(?:(?:not\s+true|true" + WHERE_TRUE.replace("?P<where>", "") + r"|that's\s+not\s+right"
    r"|wrong)\s*(?:[-,:;]\s*|\s+)?)?"
    r"(?:but\s+)?(?:actually|in\s+fact|really|real\s+answer\s*:?|tbh)?\s*(?:[-,:]\s*)?"
    r"(?:(?:I\s+)?(?:should(?:'ve|\s+have)\s+(?:said|mentioned)|(?:meant|wanted|forgot)\s+to"
    r"\s+(?:say|mention|add))\s*:?\s+(?:that\s+)?)?",
    re.IGNORECASE,
)
_NOTE_TAIL = re.compile(
    r"(?:[,;\s-]+(?:mention(?:\s+(?:it|this|that))?|say\s+so|add\s+(?:it|this|that)|flag\s+it))+"
    r"\s*$|\s+(?:tho|though)\s*$",
    re.IGNORECASE,
)
TANGLED = re.compile(r"\?|\.\.\.|!!|\blol\b|\bmaybe\b|\bprob(?:ably)?\b|\s-\s|\bcould\s+be\b", re.I)
# A small count after a verb, before a plural: "did 3 PERM filings", "2 Daikin VRF installs".
COUNT = re.compile(r"(?<=[a-z]{2} )([1-9])(?= (?:[A-Z][\w-]* ){0,3}[a-z]+s\b)")
# "QuickBooks -> Sage Intacct": from one named thing to another.
_ARROW = re.compile(r"(?<=[A-Za-z0-9])\s*-+>\s*(?=[A-Z])")
# A workplace typed without its possessive: "at current job", "from previous employer".
_AT_CURRENT = re.compile(
    r"(?i)\b(at|in|from|with)\s+((?:current|previous|last|old|former|present)\s+(?:job|role"
    r"|company|employer|firm|school|practice|post|workplace|team)\b)"
)
# A count typed after a plural, with when: "searches, 6 last yr".
_HOW_MANY_WHEN = re.compile(
    r"(?<=[a-z]s), ([1-9]) ((?:last|this) (?:yr|year|month|mth|week|wk|quarter|qtr))$",
    re.IGNORECASE,
)
# Two kinds of one thing typed with a slash: "staff/principal eng searches", "lung/spine".
_EITHER = re.compile(r"\b([a-z]{3,})/([a-z]{3,})\b")
# A likeness typed as a fragment after what was done: "..., similar mapping work".
_ALIKE = re.compile(r"(?i),\s+((?:similar|the\s+same|comparable)\s+[a-z][\w -]*\b)$")
_SUBJECTLESS_AUX = frozenset(["am", "was", "have", "had", "do", "did", "can", "will", "know"])

_NEW_THOUGHT = re.compile(
    r"\.\s+|\s+-+\s+|;\s+|,\s+(?=(?:I\s+)?(?:should|forgot|meant)\b|actually\b|really\b"
    r"|(?:not\s+)?true\b|but\b)|:\s+(?=I\s)"
)


def thoughts(text: str) -> list[str]:
    """The note split where a new thought starts: ". ", " - ", "; ", ", should've said"."""
    text = _NOTE_TAIL.sub("", text.strip(" .")).strip(" .")
    split = _NEW_THOUGHT.split(text)
    return [p.strip(" ,;-") for p in split if p.strip(" ,;-")]


# What the answer in the room left out, typed as a verb of the note's: never the candidate's deed.
_LEFT_OUT = frozenset(["forgot", "missed", "skipped", "omitted", "left"])


def _bare(text: str) -> bool:
    """Whether `text` is a verb with what follows it ("stop the injection first"), not a clause
    with a subject of its own ("patrol thanked me after": "thanked" has its subject)."""
    words = text.split(" ")
    return len(words) > 1 and not (lexicon.is_past(words[1]) and not lexicon.is_noun(words[1]))


def own_voice(piece: str, topic: str, said: str) -> str | None:
    """A piece of the note as the candidate's clause ("I used Playwright for six months"), or
    None when it is not one that can be said cleanly."""
    text = _NOTE_TAIL.sub("", piece).strip(" ,.;")
    unsaid = bool(selfnotes.unsaid(text))  # "forgot to say stop the injection first"
    text = _CORRECTION.sub("", text, count=1).strip(" ,.;")
    text = _NOTE_TAIL.sub("", text).strip(" ,.;")
    if not text:
        return None
    first = text.split(" ", 1)[0]
    lower = first.lower()
    typed_i = lower in ("i", "i'm", "i've", "i'd", "i'll")  # the candidate's own sentence
    if typed_i:
        pass
    elif unsaid and lexicon.base_of(lower) == lower and lexicon.verb_forms(lower) and _bare(text):
        text = f"I would {text}"  # "forgot to say stop the injection first": what I would do
    elif lower in _LEFT_OUT:
        return None  # "forgot portuguese B1": what the answer left out, no deed of the candidate's
    elif lower in _SUBJECTLESS_AUX or lexicon.is_past(lower) or lower.endswith("ed"):
        text = f"I {text}"  # "did 3 PERM filings", "am doing a course", "used it for ..."
    else:
        return None
    text = re.sub(r"^[Ii]'m\b", "I am", re.sub(r"^[Ii]'ve\b", "I have", second_half(text)))
    text = re.sub(r"(?<=\w) so (?=(?:the|I|it|that|we|they)\b)", ", so ", text)
    # "I am not AACP yet but booked on ...": the second half has the same subject and verb
    half = re.match(r"^I (?P<aux>am|was|have|had)\b(?P<first>.*?),?\s+but\s+(?P<w>[a-z]+)\b", text)
    if half and (lexicon.is_participle(half["w"]) or lexicon.is_gerund(half["w"])):
        text = f"I {half['aux']}{half['first']}, but I {half['aux']} {text[half.start('w') :]}"
    text = re.sub(r"^(I \w+) (?:actually|really|in fact) ", r"\1 ", text)  # "am actually taking"
    # "I did co-author X": the emphatic "did" of a note, said as the plain past
    did = re.match(r"^I did (?P<verb>[a-z-]+)\b", text)
    if did and lexicon.verb_forms(did["verb"]).get("VBD"):
        text = f"I {lexicon.verb_forms(did['verb'])['VBD']}{text[did.end() :]}"
    if re.search(r"\bit\b", text, re.IGNORECASE):
        used = re.search(r"\bused\s+(?P<what>[\w.+#-]+)", said)
        thing = used["what"] if used and used["what"].lower() != "it" else None
        if thing is None and re.search(r"\bit\b", said, re.IGNORECASE):
            thing = topic  # "I said I'd never used it": "it" is what was asked about
        if thing is None and typed_i and re.match(r"(?i)(?:a|an|the)\s", topic):
            thing = "it"  # "a tough investigation ... I closed it": the wording names it first
        if thing is None:
            return None
        if thing != "it":  # "set it up" -> "set up 7shifts"; "used it" -> "used Playwright"
            text = re.sub(r"\b(\w+) it (up|out|in|over)\b", rf"\1 \2 {thing}", text, count=1)
            text = re.sub(r"\bit\b", thing, text, count=1)
    text = re.sub(r"^I (booked|signed up|enrolled|registered)\b", r"I have \1", text)  # for later
    text = years_said(text)  # "2 commencements (2024 + 2025)": in those years
    text = _AT_CURRENT.sub(r"\1 my \2", _ARROW.sub(" to ", text))  # "at current job"
    text = _EITHER.sub(r"\1 and \2", text)  # "staff/principal searches": both kinds
    text = re.sub(r"(?<=[\w)]) (including|incl\.?)(?= )", ", including", text)  # an aside
    text = _ALIKE.sub(r", which involved \1", text)  # ", similar mapping work"
    text = re.sub(r"(?i)(?<!\bthe )\bsame (day|week|shift|night)\b", r"the same \1", text)
    # "eng searches, 6 last yr": how many of them, and when
    text = _HOW_MANY_WHEN.sub(lambda m: f", {SMALL_NUMBERS[int(m[1]) - 1]} of them {m[2]}", text)
    text = COUNT.sub(
        lambda m: str(SMALL_NUMBERS[int(m[1]) - 1]), expand(spell_out_dates(months_spelled(text)))
    )
    if TANGLED.search(text):
        return None
    return text
