"""Surface realisation: a note item, read by `phrases.analyse`, said as the candidate's clause.

"fluent in Spanish" becomes "I am fluent in Spanish", "led usability studies" "I led usability
studies", "master's degree in nursing" "I hold a master's degree in nursing". A noun phrase that
leaves out its article gets one; an item of no sayable shape gets no clause (None), so the
writer leaves it out rather than write a broken sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from composer.offline import lexicon
from composer.offline.phrases import Phrase, Shape, bare, head_noun
from composer.offline.words import (
    AUXILIARIES,
    BE,
    COUNTABLE,
    CREDENTIALS,
    DETERMINERS,
    EXECUTIVE,
    ORDINALS,
    PREPOSITIONS,
    STATES,
    STINTS,
    WH_WORDS,
)

_LOWER_STARTS = frozenset(["my", "the", "a", "an", "our", "this", "that", "these", "those", "it"])

_DURATION = re.compile(
    r"^(?:over |nearly |almost |about )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|fifteen|twenty|thirty)\+? (?:years?|months?|decades?)\b",
    re.IGNORECASE,
)


def needs_article(phrase: Phrase) -> bool:
    """A bare singular noun phrase: "master's degree in nursing" needs "a"."""
    if phrase.shape not in (Shape.NOUN, Shape.ROLE):
        return False
    words = phrase.words
    first = words[0].lower()
    if phrase.shape is Shape.ROLE and first not in DETERMINERS:
        return True  # "a PRINCE2 Practitioner", "a licensed electrician"
    if bare(first) in CREDENTIALS:
        return True  # "MBA from INSEAD", "BSc Economics from Leeds"
    if first in DETERMINERS or first[:1].isdigit() or first in WH_WORDS or words[0][:1].isupper():
        return False
    if " and " in phrase.text or "," in phrase.text:
        return False
    head = head_noun(words)
    if head is None:
        return False
    lower = head.lower()
    if phrase.shape is Shape.ROLE:
        return True
    return lower in COUNTABLE


def with_article(phrase: Phrase) -> str:
    """The noun phrase with "a" or "an" when it needs one ("the" before "second round")."""
    if needs_article(phrase) and phrase.words[0].lower() in ORDINALS:
        return f"the {phrase.text}"
    if needs_article(phrase):
        return f"{lexicon.article(phrase.text)} {phrase.text}"
    return phrase.text


@dataclass(frozen=True)
class Clause:
    """The candidate saying one item: "I" + verb + the rest, so an adverb can go in its place.

    `text()` gives "I led usability studies"; `text("also")` gives "I also led usability
    studies", or "I am also fluent in Spanish".
    """

    subject: str
    verb: str
    rest: str
    whole: str | None = None  # a sentence taken as it is (a clause with its own subject)

    def text(self, adverb: str = "") -> str:
        if self.whole is not None:
            return self.whole
        if not adverb:
            return f"{self.subject} {self.verb} {self.rest}".strip()
        helper, _, more = self.verb.partition(" ")
        if helper in ("am", "was", "can", "have", "had", "will") and (more or helper != "have"):
            # "I am also ...", "I have also spent ...", "I can also ..."; "I also have ..."
            verb = f"{helper} {adverb} {more}".strip()
            return f"{self.subject} {verb} {self.rest}".strip()
        return f"{self.subject} {adverb} {self.verb} {self.rest}".strip()


# Words that open a tail which is already a phrase of its own: ", which ...", ", and ...".
_TAIL_OPENERS = frozenset(["and", "but", "which", "who", "so", "then", "while", "including"])


def _with_tail(text: str) -> str:
    """A result typed after a comma gets "with": "led the migration, with zero downtime".

    Only a short tail with no verb of its own, in lower case (a capital starts a list of
    names), and not a number ("clerked for Judge Amsterdam, 2021-2022" stays as it is). A
    singular noun after an adjective takes "a": "with a clean audit opinion two years later".
    """
    head, sep, tail = text.rpartition(", ")
    words = tail.split()
    if not sep or ", " in head or not 1 <= len(words) <= 7 or " and " in tail:
        return text
    first = words[0]
    if not first[:1].islower() or first in PREPOSITIONS or first in _TAIL_OPENERS:
        return text
    if any(lexicon.is_past(w) or w in BE or w in AUXILIARIES for w in words):
        return text
    nouns = []
    for word in words[1:]:
        if word[:1].isdigit() or word in DETERMINERS or word in PREPOSITIONS:
            break
        nouns.append(word)
    kind = lexicon.classes(first)
    describing = first not in DETERMINERS and "adj" in kind and not lexicon.is_gerund(first)
    if describing and nouns and not lexicon.is_plural_noun(nouns[-1]):
        tail = f"{lexicon.article(tail)} {tail}"
    return f"{head}, with {tail}"


# A grade or date to come after a qualification: ", predicted 2:1", " (expected 2027)".
_PROSPECT = re.compile(
    r",?\s*\(?\b(?P<word>predicted|expected|anticipated|projected)\s+(?P<what>[^(),]+?)\)?$",
    re.IGNORECASE,
)


def _prospect(found: re.Match[str]) -> str:
    """ "with a predicted 2:1", "due to finish in 2027"."""
    what = found.group("what").strip()
    if re.fullmatch(r"(?:(?:in|by)\s+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d", what):
        return f"due to finish {what if what[:2] in ('in', 'by') else 'in ' + what}"
    word = found.group("word").lower()
    article = "an" if word[0] in "ae" else "a"
    return f"with {article} {word} {what}"


def clause(phrase: Phrase, *, variant: int = 0) -> Clause | None:
    """The item said by the candidate, or None when its shape gives no safe sentence.

    `variant` picks among verbs that fit a noun phrase ("I bring", "I have", "I offer").
    """
    text = phrase.text
    shape = phrase.shape
    if shape is Shape.PAST:
        verb, _, rest = _with_tail(text).partition(" ")
        return Clause("I", verb, rest)
    if shape is Shape.PARTICIPLE:
        first = phrase.words[0].lower()
        dated = re.search(r"\b(?:1[89]|20)\d\d\b|\bago\b|\blast\b", text)
        verb = "am" if first in STATES and not dated else "was"
        return Clause("I", verb, text)
    if shape is Shape.ADJECTIVE:
        return Clause("I", "am", text)
    if shape is Shape.ROLE:
        if phrase.words[0].lower() in EXECUTIVE:
            return Clause("I", "served as", text)
        return Clause("I", "am", with_article(phrase))
    if shape is Shape.GERUND:
        return Clause("I", "have experience", text)
    if shape is Shape.BASE:
        return Clause("I", "can", text)
    if shape is Shape.NOUN:
        if phrase.words[0].lower() in WH_WORDS:
            return None
        words = phrase.words
        head = (head_noun(words) or "").lower()
        first = words[0]
        verbs: tuple[str, ...] = ("have",)  # more than one: the letter's variant picks
        acronym = re.fullmatch(r"[A-Z]{2,6}(?: \d+)?", text) is not None  # "QTS", "OSHA 30"
        if acronym or head in CREDENTIALS or any(bare(w).lower() in CREDENTIALS for w in words[:4]):
            under_way = _PROSPECT.search(text)
            if under_way:  # "BSc Economics, predicted 2:1": not held yet, under way
                held = with_article(phrase)[: -len(under_way.group())]
                return Clause("I", "am completing", f"{held}, {_prospect(under_way)}")
            verbs = ("hold", "have")
        elif _DURATION.match(text) and len(words) > 2 and lexicon.is_gerund(words[2]):
            verbs = ("have spent",)  # "six years running Airflow"
        elif first[:1].isupper() and first.lower() not in DETERMINERS:
            verbs = ("have experience with",)  # "Python, SQL and dbt"
        elif "," in text and first.lower() not in DETERMINERS:
            # "visual merchandising, stock control and rota planning": a list of skills
            return Clause("", "", "", whole=f"My experience covers {text}")
        elif first.lower() in ("experience", "expertise", "knowledge", "skills"):
            verbs = ("have", "bring")
        elif head in STINTS and first.lower() not in DETERMINERS:
            verbs = ("completed",)  # "summer internship at Yorkshire Water"
        return Clause("I", verbs[variant % len(verbs)], with_article(phrase))
    if shape is Shape.FIRST_PERSON:
        return Clause("", "", "", whole=text)
    if shape is Shape.PAIR:
        said = [clause(part) for part in phrase.parts]
        if len(said) != 2 or said[0] is None or said[1] is None:
            return None
        return Clause("", "", "", whole=f"{said[0].text()}, and {said[1].text()}")
    if shape is Shape.CLAUSE:
        return Clause("", "", "", whole=text[0].upper() + text[1:])
    return None


def sentence(text: str) -> str:
    """Capital first letter, one final stop."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?" else text + "."


def takes_plural(phrase: str) -> bool:
    """True for a topic that takes "were": "scoping and timelines", "pick rates"."""
    words = phrase.split()
    if not words or words[0].lower() in ("how", "what", "why", "when", "where", "whether"):
        return False
    # "co-supervising PhD students" is one activity, like "moving the batch jobs"
    if " and " in f" {phrase} ":
        return True
    if lexicon.is_gerund(words[0].lower().rsplit("-", 1)[-1]):
        return False  # "moving the batch jobs to streaming" is one activity
    # The head is the last word before the first preposition ("rates of pay"), else the last.
    before = next((i for i, w in enumerate(words) if w.lower() in PREPOSITIONS), len(words))
    head = words[max(before - 1, 0)]
    return lexicon.is_plural_noun(head.lower())


def joinable(text: str) -> bool:
    """A short plain clause that can take another after ", and"."""
    return len(text.split()) <= 9 and not re.search(r"[,;:]| and ", text)


def lower_start(text: str) -> str:
    """The text with its first word lowered when it is a determiner: "My app" -> "my app"."""
    first = text.split(" ", 1)[0]
    return text[0].lower() + text[1:] if first.lower() in _LOWER_STARTS else text
