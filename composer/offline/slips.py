"""A slip owned up to in the room is never the answer the letter gives: "re the useEffect cleanup
q - i mixed up the order; cleanup runs before the next effect, not after" says the correction
("... on the useEffect cleanup question: cleanup runs before the next effect, not after."), and
"asked about a near miss - went blank" is left out (compose asks for it): a letter that only
repeats "I went blank" confesses without answering. `followup` calls `corrected` last.

What was said in the room, reported after "I said", is in the past: "I said I only have my G2,
but I have had my full G since 2022" reads "I said I only had my G2, but ..." (`reported`).
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.answermarks import WENT_WRONG
from composer.offline.wellformed import problem

# What a candidate types for an answer that went wrong: said back, it only confesses.
_SLIP = (
    rf"(?:{WENT_WRONG}|mixed\s+(?:it\s+|them\s+)?up|muddled"
    r"|got\s+(?:\w+\s+){0,3}(?:wrong|backwards|confused)|messed\s+(?:it\s+)?up|forgot"
    r"|hedged|stumbled|dodged\s+it|panicked|flubbed\s+it|botched\s+it)"
)
SAID_SLIP = re.compile(rf"(?i)(?P<lead>:|\bthat)\s*I\s+{_SLIP}\b")
# In the note, the slip and what follows it: the correction, after ";", a dash or "but".
_TYPED = re.compile(
    rf"(?i)\b(?:i\s+)?{_SLIP}\b[^;:]*?(?:;|\s[-–—]\s|,?\s+but\s+|\.\s+)(?P<fix>[^;]+?)\s*[.!]*$"
)
# What a candidate types before the answer they meant: "real answer:", "should be:".
_ANSWER_MARK = re.compile(
    r"(?i)^(?:(?:the\s+)?(?:real|actual|right|correct|proper)\s+)?answer\s*[:=-]\s*"
)
# A correction that is itself a note to self or another confession is no answer either.
_NOT_A_FIX = re.compile(
    rf"(?i)^(?:should|shld|shd|meant|need|must|will|i\s+{_SLIP}|i\s+(?:said|think|guess))\b"
)

# A correction typed from a bare noun and its verb: "cleanup runs before the next effect".
_BARE_NOUN = re.compile(r"^[a-z][a-z-]+\s+(?:[a-z]+s|is|was|has|does)\b")


def corrected(line: str | None, value: str | None) -> str | None:
    """The follow-up with a slip owned up to replaced by the correction typed after it, or
    None (left out) when the note gives none; a line that confesses nothing is returned as is."""
    if not line or not value:
        return line
    said = SAID_SLIP.search(line)
    if not said:
        return line
    typed = _TYPED.search(value)
    fix = typed["fix"].strip() if typed else ""
    fix = _ANSWER_MARK.sub("", fix)  # "real answer: stay on theme for launch"
    if not fix or _NOT_A_FIX.match(fix) or len(fix.split()) < 3:
        return None
    fix = re.sub(r"^i\b", "I", fix)  # kept as typed after the colon, "I" capital
    for said_fix in (fix, f"the {fix}" if _BARE_NOUN.match(fix) else ""):
        # the frame passed; the correction must too ("cleanup runs": "the cleanup runs")
        if said_fix and not problem(f"{said_fix[0].upper()}{said_fix[1:]}."):
            return f"{line[: said.end('lead')]} {said_fix}."
    return None


# What the candidate said in the room, in the present after "I said": "I said I only have my
# G2", "I said that I am not", "I said I don't".
_SAID_NOW = re.compile(
    r"\bI said (?:that )?I (?P<adverb>(?:only|never|already|just|really|still|also) )?"
    r"(?P<verb>[a-z]+n't|[a-z]+)\b(?P<rest> not\b)?"
)
_PAST = {"am": "was", "can": "could", "will": "would", "can't": "could not", "won't": "would not"}


def reported(line: str | None) -> str | None:
    """`line` with what the candidate said in the room put in the past after "I said": "I said
    I only have my G2" -> "I said I only had my G2", "I said I don't drive" -> "I said I did not
    drive"; a verb already past ("I said I had never used") or a helper ("I would") as it is."""

    def past(found: re.Match[str]) -> str:
        verb, rest = found["verb"], found["rest"] or ""
        lead = found[0][: found.start("verb") - found.start()]  # "I said I only "
        if verb == "don't" or (verb == "do" and rest):
            return f"{lead}did not"
        shifted = _PAST.get(verb)
        if shifted is None and lexicon.is_base_verb(verb) and not lexicon.is_past(verb):
            shifted = lexicon.verb_forms(verb).get("VBD")
        return f"{lead}{shifted}{rest}" if shifted else found[0]

    return _SAID_NOW.sub(past, line) if line else line
