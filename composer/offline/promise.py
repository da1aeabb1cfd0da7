"""A promise to send something, typed as a note ("said I'd send my writing sample"): what was
promised, kept in the letter ("As promised, I have attached my writing sample"), and whether it
is a link, sent apart because the notes do not hold it.
"""

from __future__ import annotations

from composer import regexes as re
from composer.english import cut_at_stops
from composer.offline.followtidy import START_SAID
from composer.offline.question import question
from composer.offline.screen import is_instruction
from composer.offline.sendthing import sent, without_recipient

# Signs of a note to self that cannot be turned into a clean sentence: left out, and said so.
MESSY = re.compile(r"\s-\s|!!|\bthough\b|\blol\b|\btbh\b|\?|\.\.\.|\bcould be\b", re.I)
_PROMISED = re.compile(
    r"^(?:I\s+)?(?:promised|promise|offered|agreed|said\s+I(?:'d|\s+would))\s+(?:to\s+)?send"
    r"(?:\s+(?:them|her|him|you|over))*\s+(?P<what>(?:my|the|a|an|our|two|three|some)\b.+"
    r"|(?:photos|pictures|copies|slides|videos|samples|drawings|references)\b.+)$",
    re.IGNORECASE,
)

# Something the candidate forgot to hand over in the room: "I forget to send link of my
# portfolio", "forgot to give him my references". Sent now, with no "As promised".
_FORGOT = re.compile(
    r"^(?:I\s+)?(?:forgot|forget)\s+(?:to\s+)?(?:send|give|share|show)"
    r"(?:\s+(?:them|her|him|you|over))*\s+(?P<what>(?:(?:my|the|a|an|our)\b|link\b).+)$",
    re.IGNORECASE,
)

# The promise kept with this letter, typed after it: ", sending w/ letter", "- attached".
_ENCLOSED = re.compile(
    r"(?i)(?:,|\s-)\s*(?:sending(?:\s+it)?|attaching(?:\s+it)?|attached|enclosed)(?:\s+(?:w/"
    r"|with|in)\s+(?:the\s+|this\s+|my\s+)?(?:letter|e-?mail|thank[\s-]?you))?$"
)
# What stands for the thing asked for: "a sanitised template", "a copy" (of a savings tracker).
_KIND_OF = re.compile(r"(?i)^an?\s+(?:[a-z-]+\s+)?(?:template|sample|example|copy|version)$")
_EXAMPLE_OF = re.compile(r"(?i)^(?:an?\s+|the\s+)?(?:example|sample|copy)\s+of\s+")


def promised(value: str | None) -> tuple[str, bool, bool] | None:
    """What the candidate promised to send, whether it is a link, and whether it was forgotten
    in the room rather than promised ("I forgot to send my portfolio"); None if neither.

    The letter encloses it ("As promised, I attach my writing sample"). A link is sent
    separately: the notes do not hold it.
    """
    if not value or is_instruction(value):
        return None
    text = " ".join(value.split()).rstrip(".!; ")
    # "paula asked for example of a savings tracker - said i'd send a sanitised template": the
    # promise is the answer, and what it is of is what was asked for
    asked = question(text)
    typed = asked.split() if asked and asked.how == "for" else None
    found = _PROMISED.match(_ENCLOSED.sub("", typed[1] if typed else text))
    forgot = None if found or typed else _FORGOT.match(re.sub(r"\s*\([^()]*\)$", "", text))
    if forgot is not None and " and " not in forgot["what"]:
        what = re.sub(r"(?i)^link of\b", "link to", forgot["what"])  # "link of my portfolio"
        what = re.sub(r"(?i)^link\b", "the link", what)
        if not MESSY.search(what) and not re.search(r"[.!;:,]", what):
            return what[0].lower() + what[1:], bool(re.search(r"(?i)\blinks?\b", what)), True
    if found is None or MESSY.search(found["what"]) or re.search(r"[.!]\s+[A-Z]", found["what"]):
        return None  # (a second sentence after it: read by parts)
    what = without_recipient(found["what"])
    what = re.sub(r",?\s+which\s+I\s+(?:will|'ll|shall|can)\s+send\b.*$", "", what)  # sent now
    what = what[0].lower() + what[1:]
    thing = _EXAMPLE_OF.sub("", typed[0]) if typed else ""
    one = re.match(r"(?i)^an?\s+(?P<adj>[a-z-]+)\s+one$", what)
    if one and re.match(r"(?i)^(?:an?|my)\s+\w", thing):  # "a redacted one": of the thing asked for
        what = f"a {one['adj']} {thing.split(' ', 1)[1]}"
    elif typed and _KIND_OF.match(what):  # "a sanitised template" of "a savings tracker"
        what = f"{what} of {thing}"
    return what, bool(re.search(r"\b(?:link|url|website|site)s?\b", what, re.IGNORECASE)), False


# A figure put right, in the shape `followplain` gives it.
_PUT_RIGHT = re.compile(r"(?i)^I said [^.;]+, it was actually [^.;]+[.!]?$")


# A careful promise to do a thing other than send it (`sent` reads those): "I also promised to
# post photographs of my portfolio."
_PROMISED_TO = re.compile(r"^I\s+(?:also\s+)?promised\s+to\s+(?:post|share|mail|bring)\s")


_WILL_ALSO = re.compile(r"^I will also send\b")


# A sentence that qualifies or corrects the one before it, typed with care.
_QUALIFIED = re.compile(
    r"^That (?:is|was) (?:only )?(?:correct|true|right|wrong|not (?:correct|true|right))\b"
)


def _fact_joined(sentences: list[str]) -> list[str]:
    """A sentence that puts the one before it right ("It was in fact in spring 2028.") joined to
    it: one correction, one part (alone, each half was said with an addition's lead, or lost)."""
    out: list[str] = []
    for one in sentences:
        if out and re.match(r"(?i)^(?:it\s+(?:was|is)\s+(?:in\s+fact|actually)|in\s+fact)\b", one):
            out[-1] = f"{out[-1].rstrip(' .')}; {one[:1].lower()}{one[1:]}"
        elif out and _QUALIFIED.match(one):  # "That is correct for bells above 15 kg; ...": one
            out[-1] = f"{out[-1]} {one}"  # part with what it qualifies, both sentences whole
        else:
            out.append(one)
    return out


# Where one sentence of a follow-up ends and the next begins: a capital, or a lead typed in
# lower case ("also forgot to say", "+ send copy of X", "send: X", "correction: ...").
_SENTENCE_STOP = (
    r"(?:(?<=[a-z0-9)%][.!?])|(?<=[a-z0-9)%][!?][!?]))\s+"  # "fix!! Send X"
    r"(?=[A-Z]|(?:also|plus|\+|send:?|will\s+send|attach:?|correction:?|forgot|told|said)\s)"
)


def beside_promise(value: str) -> list[str]:
    """A line's sentences, one part each, when one of two or three is a promise to send a
    thing ("I forgot to send my portfolio."), which the readers of a whole line leave out
    with the other's words; else none."""
    # "send Dra. Orozco a copy": no sentence ends at a title's stop
    sentences = cut_at_stops(value.strip(), _SENTENCE_STOP)
    typed = re.compile(r"(?i)^(?:I\s+)?(?:have\s+)?(?:also\s+)?(?:promised|offered|forg[eo]t)\b")
    sentences = [re.sub(r"^\+\s+", "", one) for one in sentences]  # ". + send copy of X"
    sentences = _fact_joined(sentences)  # "I said X in 2027. It was in fact in spring 2028."
    plain = [re.sub(r"(?i)^also,?\s+", "", one) for one in sentences]  # "Also I promised"
    if len(sentences) in (2, 3) and any(typed.match(s) and (promised(s) or sent(s)) for s in plain):
        return sentences
    if len(sentences) in (2, 3) and any(_PROMISED_TO.match(s) for s in plain):
        return sentences  # "I also promised to post photographs of X." beside another part
    # "I will also send photos of X after this week.": a thing sent later, beside the rest
    if len(sentences) in (2, 3) and any(
        s.startswith("I will send") and sent(s)
        for s in (_WILL_ALSO.sub("I will send", p) for p in plain)
    ):
        return [_WILL_ALSO.sub("I will send", s) for s in sentences]
    # typed in shorthand, never a careful "I said ...; it is ..." (read whole by `followclean`)
    said_first = re.match(r"(?:i\s+)?said\s", plain[0]) if plain else None
    if len(sentences) == 2 and said_first and sent(plain[1]):
        return sentences  # "said '8 yrs on cats', it's 9. + send copy of arpa cert"
    if len(sentences) in (2, 3) and any(
        re.match(r"(?i)(?:will\s+)?(?:send|attach|enclose)\b", s) and sent(s) for s in plain
    ):
        return sentences  # "correction: GNSS tie yearly, not monthly. send: radar swap report"
    if len(sentences) in (2, 3) and any(_PUT_RIGHT.match(s) or START_SAID.match(s) for s in plain):
        return sentences  # "I said 12 years, it was actually 11" beside another part
    forgot_after = any(_FORGOT_TO_SAY.match(s) for s in plain[1:])
    if len(sentences) in (2, 3) and forgot_after and _SAID_FIRST.match(plain[0]):
        return sentences  # "I said X, but correct is Y. Also I forgot to mention Z": two parts
    return []


# A thing the candidate forgot to say, after a part of its own; what they said, put right.
# (typed with "that", a careful line read whole: "I also forgot to mention that I hold ...")
_FORGOT_TO_SAY = re.compile(
    r"(?i)^I\s+(?:also\s+)?forgot\s+to\s+(?:mention|say|tell)\b(?!\s+that\b)"
)
_SAID_FIRST = re.compile(r"(?i)^(?:I\s+)?(?:said|told|gave|stated)\b")
