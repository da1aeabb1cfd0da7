"""A next step read as a phrase ("the working interview next week", "the onsite in Austin"),
and said with its article when it is only hoped for ("a site visit", "a second interview")."""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.phrases import Phrase, Shape, analyse
from composer.offline.realise import with_article
from composer.offline.shorthand import expand
from composer.offline.words import MONTH_NAMES, ORDINALS, PERSON_HEADS


def hoped_step(phrase: Phrase, unsure: bool = True) -> str:
    """A step hoped for, with its article: "a second interview with the GM next week" when
    it is not yet set (`unsure`), "the second round with the partners" when it is."""
    words = phrase.words
    person = len(words) > 1 and words[0].lower() in ("meet", "see") and _met(words[1].lower())
    if len(words) > 1 and lexicon.is_base_verb(words[0]) and (words[1][:1].isupper() or person):
        # "meet CEO in Jan", "meet owner in jan": a meeting, not "a meet CEO" ("the chance of
        # meeting the CEO", "meeting the owner")
        doing = lexicon.verb_forms(words[0]).get("VBG", words[0])
        met = f"the {words[1]}" if words[1].isupper() or person else words[1]  # a post
        return " ".join([doing, met, *words[2:]])
    steps = with_article(phrase)
    if unsure and phrase.words[0].lower() in ORDINALS:
        steps = f"a {phrase.text}"  # "probably a 2nd interview": one not yet set
    first = phrase.words[0]
    single = lexicon.is_noun(first) and not lexicon.is_plural_noun(first)
    if steps == phrase.text and first.islower() and single:
        steps = f"{lexicon.article(steps)} {steps}"  # "a site visit": not yet set
    return steps


def _met(word: str) -> bool:
    """ "owner", "director", "team": whom a step meets, said with "the"."""
    return word in PERSON_HEADS or word in ("owner", "owners", "founder", "boss", "team", "board")


# A hiring step named by a compound whose first word reads as a verb: "working interview".
_COMPOUND_STEP = re.compile(
    r"^\w+ing\s+(?:interview|day|shift|session|trial|test|assessment|visit|lunch|call|exercise|task"
    r"|challenge|assignment)s?\b"
)


def step_phrase(value: str, common: frozenset[str], article: str = "the") -> Phrase:
    """The step read as a phrase; a step named by a hyphenated noun is read as the step they
    arranged when it cannot be read bare ("ride-along with a lead tech next week"), or with
    "a" when it is only hoped for."""
    phrase = analyse(value, common)
    first = value.split(" ", 1)[0]
    if phrase.shape is Shape.GERUND and _COMPOUND_STEP.match(value):
        return Phrase(value, Shape.NOUN, phrase.source)  # "the working interview next week"
    if phrase.shape is Shape.UNKNOWN and ("-" in first or first.lower() in _STAGES):
        article = lexicon.article(value) if article == "a" else article
        arranged = analyse(f"{article} {value}", common)
        return arranged if arranged.shape is Shape.NOUN else phrase
    return phrase


# Stages of hiring that the dictionary does not read as nouns: "onsite in Austin w/ the CRO".
_STAGES = frozenset(["onsite", "superday", "walkthrough", "screen"])


# A stage named after "about" with no article: "about second interview", "about final round".
_ABOUT_BARE = re.compile(
    r"\babout (?=(?:first|second|third|final|next|last)\s+(?:interview|round|stage|meeting|call"
    r"|visit|assessment|shift|trial|step)s?\b)"
)


def about_the_stage(text: str) -> str:
    """ "next week about second interview onboard" -> "next week about the second interview
    onboard": a stage they will get in touch about is the one they named."""
    return _ABOUT_BARE.sub("about the ", text)


# A time alone, typed as the step: "2nd week of dec", "(tyler said) the second week of December",
# read once its short forms are spelled out (`shorthand.expand`: "2nd", "wk", "dec").
_BARE_WEEK = re.compile(
    r"(?i)^(?:[a-z]+\s+said\s+)?(?:the\s+)?(?P<nth>first|second|third|fourth|last|final)"
    r"\s+week\s+(?:of|in)\s+(?P<month>[a-z]+)\.?$"
)


def bare_week(value: str) -> str:
    """ "2nd week of dec" -> "in the second week of December"; "" for any other step."""
    found = _BARE_WEEK.match(expand(value.strip().rstrip(".")))
    if found is None or found["month"].lower() not in MONTH_NAMES:
        return ""
    return f"in the {found['nth'].lower()} week of {MONTH_NAMES[found['month'].lower()]}"
