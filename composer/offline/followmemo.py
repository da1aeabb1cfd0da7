"""A follow-up typed as a note to self, said as the one sentence the candidate would write.

Candidates type what they want to put right after the interview as a memo, with an
instruction to themselves at the end: "she asked notice period - i said 2 mths but actually
can negotiate to 1 mth. shld clarify", "forgot to mention ADR licence (tanks) - mention in
email", "shd have said I've used dbt for 2 yrs", "the packaging work -> want to send link to
portfolio", "correct: my conveyancing exp is residential only". The instruction ("shld
clarify", "pls add", "need to fix that") is never said; the substance always is, in one of a
few fixed shapes:

- a correction of an answer: "On my notice period: I said two months, but I can negotiate to
  one month." ("When you asked whether ..., I said ..., but ..." for a yes/no question);
- something not said in the room, never owned up to as forgotten: "I should also have mentioned
  that ...";
- a link offered: "I would be glad to send you a link to my portfolio, which includes the
  packaging work." (with the address when the note gives one);
- a correction typed as such: "One correction: ...".

A note that fits none of these, or whose pieces do not read as a sentence of the candidate's
(`wellformed.problem`), gives None, and the follow-up is read by `followup` as before.
"""

from __future__ import annotations

from collections.abc import Callable

from composer import regexes as re
from composer.offline import followfigures
from composer.offline.followmemowords import wordings_for as _wordings
from composer.offline.phrasebook import Variation, fitting
from composer.offline.phrases import Shape, analyse
from composer.offline.screen import is_instruction
from composer.offline.shorthand import expand
from composer.offline.wellformed import problem

# The instruction to self that ends a note: "shld clarify", "pls add to email", "need to fix
# that", "mention in email", "forgot to say that". Never said; it must follow a stop, a dash
# or a comma, or open with a word only an instruction opens with ("pls", "shld").
_TAIL = re.compile(
    r"(?:(?:[.;,!]|\s[-–—]+)\s*|\s+(?=(?:pls|please|shld|shd|need to|must)\b))"
    r"(?:(?:I\s+)?(?:shld|shd|should|need\s+to|needs\s+to|must|have\s+to|pls|please|to)\s+)?"
    r"(?:clarify|correct|fix|add|mention|flag|fix\s+before\s+sending|tell\s+(?:him|her|them))"
    r"(?:\s+(?:that|this|it))?(?:\s+(?:in|to)\s+(?:the\s+)?(?:e-?mail|letter|note))?"
    r"[\s.!]*$",
    re.IGNORECASE,
)
_FORGOT_TAIL = re.compile(
    r"[.;,!]?\s*(?:(?:I\s+)?forgot|sh(?:ou)?ld(?:'ve|\s+have)|shd(?:\s+have)?)\s+(?:to\s+)?"
    r"(?:say|said|mention|mentioned)\s+(?:that|this|it)[\s.!]*$",
    re.IGNORECASE,
)


def instruction_dropped(value: str) -> str:
    """The note without the instruction to self at its end ("" when that was all of it)."""
    text = " ".join(value.split())
    for _ in range(2):  # "... pls add. clarify"
        text = _FORGOT_TAIL.sub("", _TAIL.sub("", text)).strip()
    return text.rstrip(" .;,!-–—")


# "she asked notice period - i said 2 mths but actually ...", "When Dr Osei asked about my
# funding, I said ...; it actually ...", "rate limiter q - i said ...": the question's topic,
# what was said, and what is so.
_ASKED = re.compile(
    r"^(?:when\s+)?(?:(?:she|he|they|(?:dr\.?|mr\.?|mrs\.?|ms\.?|prof\.?)?\s*[a-z][\w'-]*)\s+)?"
    r"asked(?:\s+me)?(?:\s+(?:about|abt|re:?|on))?\s+(?P<topic>[^,;:–—]+?)"
    r"(?P<sep>\s*(?:,|;|:|\s[-–—]+|\.)\s*)(?:and\s+)?(?:i\s+)?(?:said|told\s+(?:her|him|them))\s+"
    r"(?P<said>.+?)(?:,?\s+but\s+|\s*;\s*|\s+[-–—]+\s+|\.\s+)(?:but\s+)?(?P<fix>\S.*)$",
    re.IGNORECASE,
)
_TOPIC_Q = re.compile(
    r"^(?P<topic>[a-z][\w/' +-]{1,40}?)\s+q(?:uestion)?(?P<sep>\s*(?::|\s[-–—]+)\s*)"
    r"(?:i\s+)?said\s+(?P<said>.+?)(?:,?\s+but\s+|\s*;\s*|\s+[-–—]+\s+|\.\s+)(?:but\s+)?"
    r"(?P<fix>\S.*)$",
    re.IGNORECASE,
)
# The candidate's own things, said "my notice period", never "notice period" alone.
_OWN = frozenset(
    [
        "notice period",
        "notice",
        "start date",
        "availability",
        "caseload",
        "funding",
        "salary",
        "salary expectations",
        "visa",
        "visa status",
        "current salary",
        "reason for leaving",
        "references",
        "hours",
        *("internship", "placement", "apprenticeship", "probation", "contract"),
    ]
)
OWN_THINGS = _OWN  # shared with `followshapes`: "On my notice period: ..."
_REALLY = re.compile(r"\b(?:actually|really|in fact|tbh)\b,?\s*", re.IGNORECASE)
# "I should have said (that) ...", "did not mention that ...": the note's, never the letter's
_SHOULD_HAVE = re.compile(
    r"^(?:I\s+)?(?:sh(?:ou)?ld(?:'ve|\s+have)\s+(?:said|added|mentioned)|did\s+not\s+mention"
    r"|didn't\s+mention)(?:\s+that)?\s+",
    re.IGNORECASE,
)
_ADDED = re.compile(r"^(?:I\s+)?(?:would|should|must|want to)\s+(?:also\s+)?(?:add|mention)\b")
_CLAUSES = frozenset([Shape.CLAUSE, Shape.FIRST_PERSON])
_IT_IS = re.compile(r"^(?:it'?s|its)\b", re.IGNORECASE)
# what was said, read as typed: a figure, an amount, a few words ("only Sundays", "a bit")
_SAID_OPEN = re.compile(
    r"^(?:[\d~£$€'\"]|(?:only|just|about|around|roughly|approx|nearly|almost|a|an|the|mostly"
    r"|some|maybe|under|over|less|more)\b)",
    re.IGNORECASE,
)
_MODAL = re.compile(r"^(?:can|could|will|would|do|did|have|had|am|was|still)\b", re.IGNORECASE)
_WILLING = re.compile(
    r"^(?:happy|glad|keen|willing|able|ready|fine|comfortable|fluent|available|open)\b",
    re.IGNORECASE,
)
_CLAUSE_OPEN = re.compile(r"^(?:I|it|we|my|they|that|the)\b(?!\s*$)")
# a second piece with no subject of its own: ", did my A-levels in Welsh" -> ", and I did ..."
_BARE_PAST = re.compile(r", (?=(?:did|ran|got|had|made|took|led|won|passed|completed|worked)\b)")


# "im fine with": "I'm fine with" (only before a word that "I'm" opens)
_IM = re.compile(
    r"(?<![\w'])im (?=(?:fine|happy|ok|okay|not|also|still|now|available|able|keen|free|a|an"
    r"|the|fluent|comfortable)\b)",
    re.IGNORECASE,
)
# a comma splice the note leaves: ", thats commercial", ", it's fine"
_SPLICE = re.compile(r", (?:that'?s|it'?s|its|this is|they'?re)\b", re.IGNORECASE)


def _capital_i(text: str) -> str:
    text = re.sub(r"(?<![\w'])i(?=(?:'(?:m|ve|d|ll))?(?![\w]))", "I", _IM.sub("I'm ", text))
    text = re.sub(r"\bI'd (?=(?:done|been|had|used|worked|seen|\w+ed)\b)", "I had ", text)
    return text.replace("I'm ", "I am ").replace("I've ", "I have ")


def _fix(text: str) -> str | None:
    """What is so, as a clause of the candidate's ("I can negotiate to one month"), or None."""
    text = expand(_capital_i(_REALLY.sub("", text).strip(" ,.")))
    text, owned = _SHOULD_HAVE.subn("", text)
    if owned and not re.match(r"^(?:I|it|we)\b", text):
        return None  # "should have mentioned the 2 GMPs I did": a thing, no clause
    text = _IT_IS.sub("it is", text)
    if _ADDED.match(text):
        return None  # "I would add that ...": an addition to an answer, read by `followup`
    if re.match(r"^I\b", text):
        pass
    elif _MODAL.match(text):
        text = f"I {text}"
    elif _WILLING.match(text):
        text = f"I am {text}"
    elif analyse(text).shape is Shape.PAST:
        text = f"I {text}"
    elif not _CLAUSE_OPEN.match(text) or analyse(text).shape not in _CLAUSES:
        return None  # "the 2 CMAR GMPs I did": a thing named, no clause
    text = _BARE_PAST.sub(", and I ", text)
    if _SPLICE.search(text):
        return None
    return None if problem(text[:1].upper() + text[1:] + ".") else text


def _said(text: str) -> str | None:
    """What the candidate said in the room, as the object of "I said", or None."""
    text = expand(_capital_i(text.strip(" ,.'\""))).strip()
    if "," in text or re.match(r"^(?:yes|no|not|nope|yeah)\b", text, re.IGNORECASE):
        return None  # "not really, true", "yes": an answer read by `followup`, as before
    text = re.sub(r"^I'd\b", "I would", text)
    text = re.sub(r"^I'm\b", "I was", text)
    if re.search(r"\b(?:them|they|those|these)\b", text):
        return None  # "I am used to them": what "them" is stays in the question
    if re.match(r"^(?:I|it)\b", text):
        return None if problem(text[:1].upper() + text[1:] + ".") else text
    if re.match(r"^never\s+\w+ed\b", text):  # "never used it": "I had never used it"
        text = f"I had {text}"
        return None if problem(text + ".") else text
    if _SAID_OPEN.match(text) or analyse(text).shape is Shape.NOUN:
        return None if re.search(r"\b(?:he|she|his|her|him)\b", text) else text
    return None


def _topic(text: str) -> tuple[str, bool] | None:
    """The question's topic ("my notice period"), and whether it is a yes/no question
    ("whether I speak Welsh"); None when it cannot be said ("how he", a pronoun's)."""
    text = expand(_capital_i(text.strip()))
    if re.search(r"\b(?:he|she|his|her|him|they|them|it)\b", text, re.IGNORECASE):
        return None
    found = re.match(r"^(?:if|whether)\s+(?P<q>I(?:'d)?\s.+)$", text, re.IGNORECASE)
    if found:
        return "whether " + re.sub(r"^I'd\b", "I would", found["q"]), True
    if re.match(r"^(?:how|what|why|who|where|which)\b", text, re.IGNORECASE):
        return None
    if text.lower() in _OWN:
        text = f"my {text}"
    elif analyse(text).shape is Shape.UNKNOWN and analyse(f"the {text}").shape is Shape.NOUN:
        text = f"the {text}"  # "rota q": "the rota"
    return text, False


def _corrected(
    text: str,
    tone: str,
    channel: str,
    variation: Variation,
    by_reader: bool,
    fits: Callable[[str], bool],
) -> str | None:
    found = _ASKED.match(text) or _TOPIC_Q.match(text)
    if found is None:
        return None
    topic, said, fix = _topic(found["topic"]), _said(found["said"]), _fix(found["fix"])
    if topic is None or said is None or fix is None:
        return None
    subject, question = topic
    section = "corrected"
    if question:
        section = "corrected_asked" if by_reader else "corrected_unclaimed"
    options = fitting(_wordings(section, tone, channel), fits)
    return variation.pick("follow_up", options).format(topic=subject, said=said, fix=fix)


# "forgot to mention X", "forgot: X", "shd have said X", "meant to mention X", after the
# question it answers when typed with care: "In answer to Dr Murray's question on short-term
# lets, I should have said that ..."
_UNSAID = re.compile(
    r"^(?:(?:in answer to (?:[\w.' -]+?'s )?question (?:on|about)|regarding|on)"
    r"\s+(?P<topic>[^,;:]{2,60}?),\s+)?(?:I\s+)?(?:(?P<forgot>forgot(?:\s+to\s+(?:say|mention|add))?|meant\s+to\s+(?:say|mention)"
    r"|didn'?t\s+(?:say|mention)|did\s+not\s+(?:say|mention))"
    r"|(?P<should>sh(?:ou)?ld(?:'ve|\s+have)\s+(?:said|mentioned)|shd(?:\s+have)?\s+(?:said|mentioned)))"
    r"(?:\s*:\s*|\s+[-–—]+\s*|\s*,\s*|\s+that\s+|\s+)(?P<what>\S.*)$",
    re.IGNORECASE,
)
# what a note says was done, which a noun phrase alone cannot say: "18th edition done last month"
_DONE = re.compile(
    r"\b(?:done|completed|passed|finished|booked|started|sorted|got|expired|renewed|due|in"
    r"\s+progress|registered|qualified|since)\b",
    re.IGNORECASE,
)
# "I'm CIMA finalist": the article a role noun needs
_ROLE_ARTICLE = re.compile(
    r"\bI(?:'m| am) (?=(?:[A-Z]{2,}\s+)?(?:finalist|member|graduate|student|holder|fellow"
    r"|associate|trainee|apprentice)\b)"
)
# "three years Revit": "three years of Revit"
_SPAN_OF = re.compile(r"\b(?P<n>years?|months?|yrs?) (?=[A-Z][\w+#.-]*\b)(?!(?:In|At|On)\b)")


# a piece after the clause that may stand after a comma without a verb of its own
_AFTER_COMMA = re.compile(
    r"^(?:not|including|which|especially|as|from|with|for|in|on|at|and I|but I|sitting|so)\b"
)


def _listed_after(text: str) -> bool:
    """True for a clause followed by a bare list: "I don't mind the travel, clean licence and
    own car" (the list's link to the clause is the note's, unsaid)."""
    pieces = text.split(", ")
    return (
        len(pieces) > 1
        and not _AFTER_COMMA.match(pieces[-1])
        and (analyse(pieces[-1]).shape is Shape.NOUN)
    )


def _clause(text: str) -> str | None:
    """The note's words as a clause of the candidate's, or None."""
    text = expand(_capital_i(text.strip(" ,.")))
    text = _ROLE_ARTICLE.sub(lambda m: m[0][:-1].replace("'m", " am") + " a ", text)
    text = _SPAN_OF.sub(r"\g<n> of ", text)
    text = re.sub(
        r"^I said (?P<a>[^,;]+)[,;] (?P<b>I (?!said\b).+)$", r"I said \g<a>, but \g<b>", text
    )
    if not re.match(r"^(?:I|my|it|we|our|the|this|that)\b", text) or _SPLICE.search(text):
        return None
    if _listed_after(text) or re.search(r"\s[-–—]+\s|\((?:\S+\s+){3,}", text):
        return None  # "- useful with ...", "(transcribed and indexed about 40)": asides
    return None if problem(text[:1].upper() + text[1:] + ".") else text


def clause_of(text: str) -> str | None:
    """The note's words as a clause of the candidate's ("I have used ..."), or None."""
    return _clause(text)


def _one_thing(what: str) -> bool:
    """True for a short noun phrase naming one thing ("ADR licence (tanks)"), nothing done to
    it ("18th edition done last month") and no second piece after a comma."""
    return (
        len(what.split()) <= 8
        and not re.search(r"[,;:]|\b(?:is|was|are|were|been|and for)\b", what)
        and not _DONE.search(what)
        and analyse(what).shape is Shape.NOUN
    )


def _unsaid(
    text: str, tone: str, channel: str, variation: Variation, fits: Callable[[str], bool]
) -> str | None:
    found = _UNSAID.match(text)
    if found is None:
        return None
    clause = _clause(found["what"]) or followfigures.said(found["what"])  # "NPS 41 -> 63"
    if clause is not None:
        section = "forgot" if found["forgot"] else "should"
        if found["topic"]:
            topic = _topic(found["topic"])
            if topic is None or topic[1]:
                return None
            section, subject = f"{section}_on", topic[0]
        else:
            subject = ""
        options = fitting(_wordings(section, tone, channel), fits)
        return variation.pick("follow_up", options).format(clause=clause, topic=subject)
    what = expand(found["what"].strip(" ,."))
    if not found["forgot"] or found["topic"] or not _one_thing(what):
        return None
    if problem(f"I should also have mentioned my {what}."):
        return None
    np = what if re.match(r"^(?:my|the|a|an|our)\b", what, re.IGNORECASE) else f"my {what}"
    return _wordings("forgot_np", tone, channel)[0].format(np=np)


_LINK = re.compile(
    r"^(?P<what>[^>]+?)\s*-+>\s*(?:(?:I\s+)?(?:want|need|will|would\s+like|going)\s+(?:to\s+)?"
    r"|to\s+)?(?:send|share|add|include)\s+(?:them\s+|her\s+|him\s+)?(?:a\s+|the\s+)?"
    r"link\s+(?:to|for)\s+(?:my\s+)?(?P<where>[a-z][\w -]{1,30}?)"
    r"(?:\s*:\s*(?P<url>\S+\.\S+))?$",
    re.IGNORECASE,
)
_BRANDS = {
    "vimeo": "Vimeo",
    "youtube": "YouTube",
    "behance": "Behance",
    "github": "GitHub",
    "dribbble": "Dribbble",
    "linkedin": "LinkedIn",
    "figma": "Figma",
}


def _link(text: str, tone: str, channel: str, variation: Variation) -> str | None:
    found = _LINK.match(text)
    if found is None:
        return None
    what = expand(found["what"].strip(" ,."))
    if analyse(what).shape is not Shape.NOUN or problem(f"I have {what}."):
        return None
    if not re.match(r"^(?:my|the|a|an|our)\b", what, re.IGNORECASE):
        what = f"the {what}"
    where = " ".join(_BRANDS.get(w.lower(), w) for w in found["where"].split())
    if found["url"]:
        return _wordings("link_given", tone, channel)[0].format(
            what=what, where=where, url=found["url"].rstrip(".")
        )
    return _wordings("link", tone, channel)[0].format(what=what, where=where)


_CORRECTION = re.compile(r"^correct(?:ion)?\s*(?::|\s[-–—]+|,)\s*(?P<what>\S.*)$", re.IGNORECASE)


def _correction(
    text: str, tone: str, channel: str, variation: Variation, fits: Callable[[str], bool]
) -> str | None:
    found = _CORRECTION.match(text)
    clause = _clause(found["what"]) if found else None
    if clause is None:
        return None
    options = fitting(_wordings("correction", tone, channel), fits)
    return variation.pick("follow_up", options).format(clause=clause)


def self_noted(
    value: str | None,
    tone: str,
    channel: str,
    variation: Variation,
    *,
    fits: Callable[[str], bool] = lambda _: True,
    by_reader: bool = True,
    late: bool = False,
) -> str | None:
    """The follow-up typed as a note to self, said in one sentence (see the module), or None
    when it has none of the shapes read here. `by_reader`: the letter's reader asked. The
    shapes a correction, a link or "correct:" are read before any other reading of the
    follow-up; what was not said in the room ("forgot to mention X") only `late`, when the
    readings of `followup` leave it out."""
    if not value or is_instruction(value):
        return None
    text = instruction_dropped(value)
    if not text or re.search(r"\b(?:also|plus)\b.*\b(?:forgot|said|asked)\b", text, re.I):
        return None  # two things in one note: read by its parts, as before
    if late:
        return _unsaid(text, tone, channel, variation, fits)
    return (
        _corrected(text, tone, channel, variation, by_reader, fits)
        or _link(text, tone, channel, variation)
        or _correction(text, tone, channel, variation, fits)
    )
