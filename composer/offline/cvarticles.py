"""The articles notes leave out of an action: "led HR side of" -> "led the HR side of",
"wrote SOP for sample reception" -> "wrote an SOP for sample reception"."""

from __future__ import annotations

import re

from composer.offline import lexicon
from composer.offline.words import DETERMINERS, FUNCTION_WORDS


def articles(text: str) -> str:
    """The articles notes leave out of an action: "led HR side of" -> "led the HR side of",
    "worked on Workday go-live" -> "worked on the Workday go-live", "helped raise perio
    re-care rate" -> "helped raise the perio re-care rate", "won the firm's award 2023" ->
    "... award in 2023"."""
    text = re.sub(r"^(\w+) (?=[A-Z][\w-]* side of\b)", r"\1 the ", text)
    text = re.sub(
        r"\b(on|for|in|through|during|into|with) (?=[A-Z][\w-]* (?:go-live|rollout|roll-out"
        r"|launch|migration|upgrade|implementation|rebrand)\b)",
        r"\1 the ",
        text,
    )
    text = re.sub(
        r"^((?:helped )?(?:raise|raised|cut|reduced|improved|lowered|increased|lifted|boosted)) "
        r"(?!(?:the|a|an|my|our|their)\b)(?=(?:[\w-]+ ){0,3}(?:rate|ratio|score)\b)",
        r"\1 the ",
        text,
    )
    text = _MADE.sub(_made, text)
    # "super user at current clinic, helped w/ go-live": the candidate's own place, the event
    text = re.sub(r"\b(at|in|from) current (?=[a-z])", r"\1 my current ", text)
    text = re.sub(
        r"\b(with|on|for|during|through) (?=(?:go-live|rollout|roll-out|launch)\b)",
        r"\1 the ",
        text,
    )
    text = _SUM_AFTER.sub(_sum_before, text)
    text = _NAMED_THING.sub(_named_thing, text)
    return re.sub(r"\b(award|prize|medal|fellowship|grant) ((?:19|20)\d\d)$", r"\1 in \2", text)


# A thing made, typed with no article: "wrote SOP for", "built reusable demo environment for".
_MADE = re.compile(
    r"^(?P<verb>wrote|built|created|designed|developed|drafted|set up|introduced|launched"
    r"|started|produced|stood up|put together) (?P<thing>(?:[\w-]+ ){0,3}?[\w-]+)"
    r"(?= (?:for|on|that|which|to|with|at|across|in)\b|,|$)"
)
# Heads no "a" goes before: "built software for", "wrote documentation for".
_UNCOUNTED = frozenset(
    ["software", "code", "data", "documentation", "training", "support", "guidance", "research",
     "work", "equipment", "information", "advice", "coverage", "content", "feedback", "tooling",
     "infrastructure", "analytics", "logistics", "marketing", "payroll", "rapport"]
)  # fmt: skip


def _made(found: re.Match[str]) -> str:
    words = found["thing"].split()
    first, head = words[0], words[-1]
    initials = re.fullmatch(r"[A-Z]{2,5}", head) is not None
    if first.lower() in DETERMINERS or first[:1].isdigit() or head.lower() in _UNCOUNTED:
        return found.group()
    described = len(words) > 1 and "adj" in lexicon.classes(first.lower())
    singular = lexicon.is_noun(head.lower()) and not lexicon.is_plural_noun(head.lower())
    if not (initials and len(words) == 1) and not (described and singular and head.islower()):
        return found.group()
    return f"{found['verb']} {lexicon.article(found['thing'])} {found['thing']}"


# A thing named after a product or a place, typed with no "the": "trained staff on Columbia
# screener" -> "on the Columbia screener" (not "on Python scripting", "for Talk Boost groups").
_NAMED_THING = re.compile(
    r"(?P<at>\b(?:on|for|with|into|through) )(?P<name>[A-Z][a-z]+ (?P<noun>[a-z]+))(?=[ ,.]|$)"
)


def _named_thing(found: re.Match[str]) -> str:
    noun = found["noun"]
    if noun in FUNCTION_WORDS or noun.endswith(("s", "ing")) or not _nounish(noun):
        return found.group()
    return f"{found['at']}the {found['name']}"


def _nounish(word: str) -> bool:
    """A noun, or a word the tables do not know ("screener")."""
    return lexicon.is_noun(word) or not lexicon.known(word)


# A sum in brackets after the thing it measures: "an NSF OCE grant ($480k)" -> "a $480,000 NSF
# OCE grant".
_SUM_AFTER = re.compile(
    r"\b(?:a|an) (?P<thing>[\w' -]+) \((?P<sum>[$£€]\d[\d,.]*(?: ?(?:m|bn|million|billion))?)\)$"
)


def _sum_before(found: re.Match[str]) -> str:
    return f"{lexicon.article(found['sum'])} {found['sum']} {found['thing']}"
