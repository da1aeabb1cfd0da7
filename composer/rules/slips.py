"""Common slips in thank-you letters that Harper does not report, as `proofread` findings.

A short, tested list rather than a grammar: misspellings of the words these letters are made
of ("recieve", "interveiw", "sincerly"), "look forward to" with a bare verb ("to hear from
you"), and you/your confusions ("thank you for you time", "your welcome"). Each pattern is
precise: it fires on the slip and on nothing a careful writer would write.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from composer import regexes as re
from composer.english import MISSPELLINGS

# Verbs that follow "look forward to" in these letters; the -ing form is what the phrase needs.
_FORWARD_VERBS = {
    "hear": "hearing", "meet": "meeting", "speak": "speaking", "talk": "talking",
    "work": "working", "see": "seeing", "join": "joining", "discuss": "discussing",
    "learn": "learning", "receive": "receiving", "continue": "continuing",
    "contribute": "contributing", "get": "getting", "be": "being", "have": "having",
    "start": "starting", "connect": "connecting", "catch": "catching", "help": "helping",
}  # fmt: skip
_FORWARD_RE = re.compile(
    r"\blook(?:s|ed|ing)?\s+forward\s+to\s+(" + "|".join(_FORWARD_VERBS) + r")\b", re.IGNORECASE
)
# Nouns a letter thanks someone for: "thank you for you time" means "your time".
_THANKED_NOUNS = (
    "time|help|consideration|interest|patience|feedback|insight|insights|kindness|advice"
    "|hospitality|support|questions|generosity|warm|kind|thoughtful|valuable|generous"
)
_YOU_FOR_YOUR_RE = re.compile(rf"\bfor\s+(you)\s+(?:{_THANKED_NOUNS})\b", re.IGNORECASE)
# Only as a reply of its own: "Thank you for your welcome" is right.
_YOUR_WELCOME_RE = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=[.!?]\s\s))[ \t]*(your)\s+welcome\b", re.IGNORECASE | re.MULTILINE
)
_YOUR_ARE_RE = re.compile(r"\b(your)\s+(?:are|were|will\s+be|have\s+been)\b", re.IGNORECASE)
_THANK_YOUR_RE = re.compile(r"\bthank\s+(your)\s+(?:for|so|very|again)\b", re.IGNORECASE)
_YOURE_NOUN_RE = re.compile(
    rf"\b(you're)\s+(?:{_THANKED_NOUNS}|team|plans|company|role|office|work)\b", re.IGNORECASE
)
_COULD_OF_RE = re.compile(r"\b(?:could|should|would|must|might)\s+(of)\b", re.IGNORECASE)
# A word written twice: "meeting me me". "that that" and "had had" can be right.
_DOUBLED_RE = re.compile(r"\b([A-Za-z]+)\s+(\1)\b", re.IGNORECASE)
_RIGHTLY_DOUBLED = frozenset({"that", "had", "is", "do", "very", "so", "bye", "no"})
_HERE_FROM_RE = re.compile(r"\bto\s+(here)\s+(?:from|back)\b", re.IGNORECASE)
_FORM_YOU_RE = re.compile(r"\bhear(?:ing)?\s+(form)\s+you\b", re.IGNORECASE)
# "I has", "you was", "they is": a pronoun with the wrong form of "be" or "have".
_PRONOUN_VERB_RE = re.compile(
    r"\b(?:(I)\s+(is|are|has)|(you|we|they)\s+(is|was|has)|(he|she)\s+(are|have))\b(?!\s*[,?])",
    re.IGNORECASE,
)
_AGREEMENT = {
    ("i", "is"): "am", ("i", "are"): "am", ("i", "has"): "have", ("you", "is"): "are",
    ("you", "was"): "were", ("you", "has"): "have", ("we", "is"): "are", ("we", "was"): "were",
    ("we", "has"): "have", ("they", "is"): "are", ("they", "was"): "were",
    ("they", "has"): "have", ("he", "are"): "is", ("she", "are"): "is", ("he", "have"): "has",
    ("she", "have"): "has",
}  # fmt: skip
# Words after which "she have" is a correct question or infinitive: "did she have", "let he".
_AUXILIARIES = frozenset(
    [
        "did",
        "does",
        "do",
        "would",
        "could",
        "should",
        "will",
        "can",
        "may",
        "might",
        "must",
        "shall",
        "to",
        "let",
        "make",
        "had",
    ]
)
_WORD_RE = re.compile(r"[A-Za-z]+")


@dataclass(frozen=True)
class Slip:
    """One slip: where it is, what is written, what it should be, and what kind of slip."""

    start: int
    end: int
    wrong: str
    right: str
    what: str  # for messages: "misspelling", "look forward to + -ing", "you/your"


def slips(text: str, company: str = "") -> list[Slip]:
    """Every common slip in `text`; `company` enables "the position in <company>" ("at")."""
    found: list[Slip] = []
    for match in _WORD_RE.finditer(text):
        word = match.group()
        right = MISSPELLINGS.get(word.casefold())
        if right is not None:
            found.append(
                Slip(match.start(), match.end(), word, _same_case(word, right), "spelling")
            )
    for match in _FORWARD_RE.finditer(text):
        verb = match.group(1)
        fixed = _same_case(verb, _FORWARD_VERBS[verb.casefold()])
        found.append(Slip(match.start(1), match.end(1), verb, fixed, '"look forward to" + -ing'))
    for regex, right in (
        (_YOU_FOR_YOUR_RE, "your"),
        (_YOUR_WELCOME_RE, "you're"),
        (_YOUR_ARE_RE, "you"),
        (_THANK_YOUR_RE, "you"),
        (_YOURE_NOUN_RE, "your"),
        (_COULD_OF_RE, "have"),
        (_HERE_FROM_RE, "hear"),
        (_FORM_YOU_RE, "from"),
    ):
        for match in regex.finditer(text):
            wrong = match.group(1)
            what = "you/your" if right in ("you", "your", "you're") else "word choice"
            what = "could of" if right == "have" else what
            found.append(Slip(match.start(1), match.end(1), wrong, _same_case(wrong, right), what))
    for match in _PRONOUN_VERB_RE.finditer(text):
        groups = [g for g in match.groups() if g]
        pronoun, verb = groups
        before = _WORD_RE.findall(text[max(0, match.start() - 12) : match.start()])
        if before and before[-1].casefold() in _AUXILIARIES:
            continue
        if pronoun.casefold() == "you" and not _clause_start(text, match.start()):
            continue  # "talking with you was a pleasure": "you" is an object there
        right = _AGREEMENT[(pronoun.casefold(), verb.casefold())]
        start = match.start() + match.group().rindex(verb)
        found.append(Slip(start, start + len(verb), verb, right, "agreement"))
    for match in _DOUBLED_RE.finditer(text):
        if match.group(1).casefold() not in _RIGHTLY_DOUBLED:
            found.append(
                Slip(match.start(), match.end(), match.group(), match.group(1), "repeated word")
            )
    if company:
        for match in _preposition_re(company).finditer(text):
            found.append(Slip(match.start(1), match.end(1), match.group(1), "at", "preposition"))
    return sorted(found, key=lambda slip: slip.start)


_CLAUSE_OPENERS = frozenset(
    [
        "and",
        "but",
        "that",
        "because",
        "when",
        "if",
        "so",
        "as",
        "where",
        "while",
        "since",
        "though",
        "although",
    ]
)


def _clause_start(text: str, offset: int) -> bool:
    """True when `offset` opens a clause: after a stop, a comma, a line break or a conjunction."""
    before = text[max(0, offset - 20) : offset].rstrip()
    if not before or before[-1] in ".!?,;:\n":
        return True
    words = _WORD_RE.findall(before)
    return bool(words) and words[-1].casefold() in _CLAUSE_OPENERS


@functools.lru_cache(maxsize=64)
def _preposition_re(company: str) -> re.Pattern[str]:
    """ "the position in Acme": a job is at a company, not in it."""
    name = r"\s+".join(re.escape(word) for word in company.split())
    return re.compile(
        rf"\b(?:position|role|job|post|opening|vacancy|internship)\s+(in)\s+(?:the\s+)?{name}\b",
        re.IGNORECASE,
    )


def _same_case(written: str, right: str) -> str:
    """`right` capitalised like `written` ("Sincerly" -> "Sincerely")."""
    if written.isupper() and len(written) > 1:
        return right.upper()
    if written[:1].isupper():
        return right[:1].upper() + right[1:]
    return right
