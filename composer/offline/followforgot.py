"""A follow-up the candidate forgot to say, or a detail said wrong, put in one sentence.

"I can start 5 Jan (4 wks notice) - forgot when niamh asked!!" is a fact of the candidate's the
room never heard: "One thing I did not get to mention: I can start on 5 January." "(note to self: I
said Nørre Havn was DGNB Gold -> it was Silver! correct it, 1 line max)" puts one detail right:
"One correction to something I said: Nørre Havn was DGNB Silver, not Gold." The orders to self
("correct it", "1 line max", "!!") and a bracketed aside are never said; a fact that does not
read as the candidate's own clause, or a detail whose parts are unsure, gives None (the other
follow-up readers try it, else it is left out and named).
"""

from __future__ import annotations

from collections.abc import Callable

from composer import regexes as re
from composer.english import spell_out_dates
from composer.offline import lexicon, phrasebook
from composer.offline.phrasebook import Variation, fitting
from composer.offline.wellformed import problem
from composer.offline.words import FUNCTION_WORDS

__all__ = ["forgot_for_question", "forgot_line", "swap_line", "thanks_line", "without_order_tail"]

# "FACT - forgot when niamh asked!!", "FACT - forgot to say".
_FORGOT_AFTER = re.compile(
    r"(?i)^(?P<fact>[^()]+?)\s*(?:\([^()]*\))?\s*(?:[-–—,;]+|->)\s*(?:i\s+)?(?:totally\s+)?forgot"
    r"(?:\s+to\s+(?:say|mention)(?:\s+(?:it|that))?)?(?:\s+when\s+[\w'’-]+\s+asked(?:\s+\w+)?)?"
    r"\s*[!.]*$"
)
# The candidate's own clause: "I can start ...", "can start ...", "I have ...", "I am ...".
_OWN = re.compile(r"(?i)^(?:i\s+)?(?P<verb>can|could|am|have|hold|speak|did|was|will)\s+\S")
# "I said X was A -> it was B": a detail said wrong, and what it was.
_SWAP = re.compile(
    r"(?i)^(?:\(?\s*note to self\s*:\s*)?(?:i\s+)?said\s+(?P<subj>[A-Z][^,;>]*?)\s+(?P<verb>was|is"
    r"|were|are)\s+(?P<old>[^,;>!-]+?)\s*(?:->|[-–—,;:])\s*(?:it|they)\s+(?P<verb2>was|is|were|are)"
    r"\s+(?:actually\s+|really\s+|only\s+)?(?P<new>[^,;!.()]+?)\s*(?:[!.]|,|;|$)"
)
# "also i said san vitale was 2023, actually spring 2022 - fix that": the right detail after
# "actually", with no "it was" before it.
_SWAP_ACTUALLY = re.compile(
    r"(?i)^(?:also\s+)?(?:i\s+)?said\s+(?P<subj>[^,;>]+?)\s+(?P<verb>was|is|were|are)\s+"
    r"(?P<old>[^,;>!]+?)\s*(?:,|;|->|-)?\s*(?:but\s+)?(?:it\s+(?P<verb2>was|is)\s+)?"
    r"(?:actually|really|in\s+fact)\s+(?P<new>[^,;!.()-]+?)\s*(?=$|[-–—,;.!(])"
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# Orders to self after the detail: "correct it", "1 line max", "mention", "fix that".
_ORDERS = re.compile(
    r"(?i)^(?:[!.,;)\s–-]*(?:correct(?:\s+(?:it|that))?|fix(?:\s+(?:it|that))?|mention(?:\s+it)?"
    r"|\d+\s+line\s+max|briefly|must\s+say|say\s+so))*[!.,;)\s–-]*$"
)


# "forgot to mention the apprentice scheme I ran at X - Sherise asked about youth and I only
# talked about safety": a deed of the candidate's that answers a question put (round 50, h1400)
_FORGOT_FOR = re.compile(
    r"(?i)^(?:I\s+)?forgot\s+to\s+(?:mention|say)\s+the\s+(?P<thing>[a-z][\w -]*?)\s+I\s+"
    r"(?P<did>ran|led|set\s+up|started|built|organi[sz]ed|founded|managed|taught|coached|designed"
    r"|wrote|did)\s+(?P<rest>[^-–—;]+?)\s*[-–—;]\s*(?:[A-Z][\w'’-]*|she|he|they)\s+asked\s+"
    r"(?:about|abt|re)\s+(?P<asked>[a-z][\w -]*?)(?:\s+and\s+I\s+only\s+[^.!]*)?[.!]*$"
)


def forgot_for_question(value: str) -> str:
    """ "forgot to mention the scheme I ran at X - Sherise asked about youth ..." -> "add re
    youth: I ran a scheme at X" (said as an addition to that answer); any other line as typed."""
    found = _FORGOT_FOR.match(" ".join(value.split()))
    if found is None:
        return value
    thing = found["thing"]
    deed = f"I {found['did']} {lexicon.article(thing)} {thing} {found['rest'].strip()}"
    return f"add re {found['asked']}: {deed}"


# "must say thanks for the doubles": thanks the candidate meant to give, given
_THANKS = re.compile(
    r"(?i)^(?:I\s+)?(?:must|should|need\s+to|have\s+to|remember\s+to)\s+(?:say\s+)?"
    r"(?:thanks|thank\s+(?:you|her|him|them))\s+for\s+"
    r"(?P<what>(?:the|your|her|his)\s+[a-z][\w '-]*?)[.!]*$"
)


def thanks_line(value: str) -> list[str] | None:
    """ "must say thanks for the doubles" -> "Thank you, too, for the doubles." (and its other
    wordings, for a letter that has the first already); None for any other line."""
    found = _THANKS.match(" ".join(value.split()))
    if found is None:
        return None
    what = re.sub(r"^(?:her|his)\b", "your", found["what"])
    return [f"Thank you, too, for {what}.", f"Thank you also for {what}."]


def forgot_line(
    value: str | None,
    tone: str,
    channel: str,
    variation: Variation,
    fits: Callable[[str], bool] = lambda _: True,
) -> str | None:
    """ "I can start 5 Jan - forgot when niamh asked!!" -> "One thing I did not get to mention:
    I can start on 5 January."; None for any other shape or a fact that is not the candidate's
    clause."""
    text = " ".join((value or "").split())
    found = _FORGOT_AFTER.match(text)  # "forgot to mention: X" first is `selfnotes.unsaid`'s
    if found is None:
        return None
    fact = found["fact"].strip(" .!-")
    own = _OWN.match(fact)
    if own is None or re.search(r"[,;:]", fact):
        return None  # "..., got my licence in 2022": a loose piece after it, left to the others
    fact = re.sub(r"(?i)^(?:i\s+)?", "I ", fact, count=1)
    fact = re.sub(r"\bstart (?=\d{1,2}(?:st|nd|rd|th)? [A-Za-z]{3})", "start on ", fact)
    fact = spell_out_dates(fact)
    options = fitting(phrasebook.wordings("follow_up_forgot", tone, channel), fits)
    if not options or any(
        w not in FUNCTION_WORDS and not lexicon.known(w) for w in re.findall(r"\b[a-z]+\b", fact)
    ):
        return None
    line = variation.pick("follow_up", options).format(clause=fact)
    return None if problem(line) else line


def swap_line(
    value: str | None,
    tone: str,
    channel: str,
    variation: Variation,
    fits: Callable[[str], bool] = lambda _: True,
) -> str | None:
    """ "I said Nørre Havn was DGNB Gold -> it was Silver! correct it" -> "One correction to
    something I said: Nørre Havn was DGNB Silver, not Gold."; None for any other shape."""
    text = " ".join((value or "").split()).rstrip(")")
    found = _SWAP.match(text) or _SWAP_ACTUALLY.match(text)
    if found is None or not _ORDERS.match(text[found.end() :]):
        return None
    old, new = found["old"].strip(), found["new"].strip()
    dated = _YEAR.search(old) and _YEAR.search(new)  # "was 2023, actually spring 2022"
    if re.search(r"\d", old + new) and not dated:
        return None  # "said 30 days; it is one month": a figure put right is `followfix`'s
    if dated:  # "was in 2028; it was in April 2029": "in" said once
        new, old = f"in {re.sub(r'^in ', '', new)}", re.sub(r"^in ", "", old)
    kept = old.split()
    if len(new.split()) == 1 and len(kept) > 1 and kept[-1][:1].isupper() and new[:1].isupper():
        new, old = " ".join([*kept[:-1], new]), kept[-1]  # "DGNB Gold" -> "DGNB Silver", "Gold"
    options = fitting(phrasebook.wordings("follow_up_swap", tone, channel), fits)
    if not options:
        return None
    subj = re.sub(r"^that\s+", "", found["subj"])  # "I said that the service was ..."
    if subj.islower() and not any(lexicon.known(w) or w in FUNCTION_WORDS for w in subj.split()):
        subj = subj.title()  # "san vitale": a name typed in lower case
    verb = (found["verb2"] or found["verb"]).lower()
    line = variation.pick("follow_up", options).format(subj=subj, verb=verb, new=new, old=old)
    return None if problem(line) else line


# A last sentence that only points back at the line as something to say: "I would like to add
# that.", "I want to mention this.", "Should say so."
_ORDER_TAIL = re.compile(
    r"(?<=[.!])\s+(?:I\s+(?:would\s+like\s+to|want\s+to|should|must|need\s+to)\s+)?(?:add"
    r"|mention|say|clarify|correct)\s+(?:that|this|it|so)(?:\s+(?:briefly|in\s+the\s+letter))?"
    r"[.!]*$",
    re.IGNORECASE,
)


# The same order inside a careful line: a sentence of its own ("I should like to correct
# this."), or a clause after what it orders ("The correct figure is 42, and I would like to
# correct this.", "..., so I want to clarify that.", "... 1782, and I would like to correct this
# in my letter.").
_ORDER_INSIDE = re.compile(
    r"(?i)(?:,?\s+(?:and|so)\s+|;\s+|(?<=[.!])\s+)I\s+(?:should|would)\s+like\s+to\s+(?:correct|clarify)"
    r"\s+(?:this|that)(?:\s+in\s+(?:my|the|this)\s+letter|\s+in\s+writing)?(?=[.!])"
    r"|,?\s+so\s+I\s+want\s+to\s+(?:correct|clarify)\s+(?:this|that)(?=[.!])"
)


def without_order_tail(value: str | None) -> str | None:
    """The follow-up without a last sentence that only orders the letter to say it ("... on two
    commissionings. I would like to add that." -> "... on two commissionings."), nor such an
    order inside it (`_ORDER_INSIDE`: "The correct figure is 42, and I would like to correct
    this." -> "The correct figure is 42.")."""
    if not value:
        return value
    inside = _ORDER_INSIDE.sub("", value)
    if inside != value:
        inside = re.sub(r"(?<=\.)\.+", "", inside)  # "1782.." left by a sentence cut
    return _ORDER_TAIL.sub("", inside)
