"""Whose "you" a topic was typed with: a topic typed in the interviewer's words, turned to the
letter's point of view or left out.

The letter speaks to the interviewer, so its "you" is theirs. A candidate often types a topic as
the interviewer put it to them, and that "you" is the candidate: "what you'd change in your first
90 days", "whether you'd mind the 7am start", "why you want to leave retail". `voiced` turns such
a line to the candidate's side ("what I would change in my first 90 days"), keeps a line whose
"you" is the interviewer's ("how you score social value answers", "your move to a tiered service
model"), and leaves out a line whose "you" cannot be told ("who owns you in win/loss interviews
with you", "the support we'd give you"). A line the candidate typed from their own side ("me",
"my", "I") uses "you" for the interviewer. `by_reader` gives the reader's own name in their topic
as a pronoun the reading says to them ("Marta's plan" -> "your plan" in Marta's letter).
"""

from __future__ import annotations

from composer import regexes as re
from composer.english import given_name
from composer.offline import lexicon

__all__ = ["by_reader", "reader_forms", "still_third", "voiced"]

# The candidate's own side: with one of these in the line, its "you" is the interviewer.
_OWN = re.compile(r"(?<![\w-])(?:I|i|me|my|mine|myself|I'd|i'd|I'm|i'm|I've|i've)(?![\w-])")
_YOU = re.compile(r"(?i)(?<![\w-])(?:you|your|yours|yourself|you'd|you'll|you're|you've)(?![\w-])")
# The interviewer's side speaking of their own workplace ("we", "our"): the line is in their words.
_WE = re.compile(r"(?i)(?<![\w-])(?:we|we'd|we'll|we're|we've|us|our|ours)(?![\w-])")
# A question put to the candidate, typed as the interviewer asked it: "you" with a modal of what
# they would do ("how you'd handle", "whether you'll relocate"), or why they did what they did.
_MODAL = r"(?:'d|'ll|\s+would|\s+will|\s+could|\s+might|\s+should)"
_PUT = re.compile(
    rf"(?i)^(?:asked\s+)?(?:(?:what|how|who|whom|which|where|when|whether|if)\b[^,;:]*?\byou{_MODAL}\b"
    r"|why\s+you\b)"
)
# "your first 90 days", "your first month": the candidate's start, in the interviewer's words.
_FIRST = re.compile(r"(?i)\byour\s+(?=(?:first|initial)\s+(?:\d+|\w+)\s+(?:days|weeks|months)\b)")
_FIRST_ONE = re.compile(r"(?i)\byour\s+(?=first\s+(?:day|week|month|year)\b)")
# "you" after a verb or preposition: someone does something to or with "you"; whether that is the
# interviewer or the candidate, the line does not say.
_OBJECT = re.compile(
    r"(?i)(?<![\w-])(?:to|with|for|from|about|by|on|of|owns?|gives?|give|offer|offers|tell|tells"
    r"|pay|pays|manage|manages|support|supports|train|trains|help|helps|show|shows|send|sends"
    r"|expect|expects|want|wants|need|needs|ask|asks|let|lets|put|puts)\s+you(?![\w'-])"
)

# "me" before a gerund at the start: the candidate doing it, said as the doing.
_ME_DOING = re.compile(r"^(?:me|Me)\s+(?=[a-z]+ing\s+\w)")
# "how many" joined to the candidate's own ("my IRATA L2 and how many logged hours"): the count
# they were asked for, said as theirs ("my logged hours").
_COUNT_ASKED = re.compile(r"(?i)(?<=\band )how (?:many|much) (?=[a-z])")
# A note's tail after a dash or a comma is the note-taker's aside, read (or cut) on its own.
_TAIL = re.compile(r"\s+[-–—]\s+|,\s+|;\s*")

_SUBJECT = (
    ("you'd", "I would"),
    ("you'll", "I will"),
    ("you're", "I am"),
    ("you've", "I have"),
    ("you are", "I am"),
    ("you were", "I was"),
)


def voiced(text: str) -> str | None:
    """`text` as the letter's speaker says it: unchanged when its "you" is the interviewer's or
    it has none, turned to the candidate's side when it is their question put to the candidate,
    or None when whose "you" it is cannot be told."""
    text = _ME_DOING.sub("", text)  # "me shadowing Mike on the FDA entries": the shadowing
    if _OWN.search(text):  # "my IRATA L2 and how many logged hours": my logged hours
        text = _COUNT_ASKED.sub("my ", text)
    cut = _TAIL.search(text)
    head, rest = (text[: cut.start()], text[cut.start() :]) if cut else (text, "")
    if not _YOU.search(head) or _OWN.search(head) or text.endswith("?"):
        return text  # a question typed as asked is turned by `questions.asked_clause`
    said = _voiced(head)
    return None if said is None else said + rest


def _voiced(text: str) -> str | None:
    """The head of a line holding "you", said from the candidate's side, or None."""
    if _PUT.search(text):
        if _WE.search(text) or _OBJECT.search(text):
            return None  # "how you'd work with us", "what you'd want us to do for you"
        return _turned(re.sub(r"(?i)^asked\s+", "", text))
    if _FIRST.search(text) or _FIRST_ONE.search(text):
        if _WE.search(text) or _OBJECT.search(text) or re.search(r"(?i)\byou\b", text):
            return None
        return _FIRST_ONE.sub("my ", _FIRST.sub("my ", text))
    if _OBJECT.search(text) or (_WE.search(text) and re.search(r"(?i)\byou\b", text)):
        return None  # "who owns you in win/loss interviews", "the support we'd give you"
    return text


def _turned(text: str) -> str:
    """The interviewer's question in the candidate's words: "you" as I, "your" as my."""
    for short, full in _SUBJECT:
        text = re.sub(rf"(?i)(?<![\w-]){re.escape(short)}(?![\w-])", full, text)
    text = re.sub(r"(?i)(?<![\w-])yourself(?![\w-])", "myself", text)
    text = re.sub(r"(?i)(?<![\w-])yours(?![\w-])", "mine", text)
    text = re.sub(r"(?i)(?<![\w-])your(?![\w-])", "my", text)
    return re.sub(r"(?i)(?<![\w-])you(?![\w'-])", "I", text)


# A pronoun of the reading that still points at the reader: the name could not be turned.
_THIRD = re.compile(r"(?i)(?<![\w-])(?:he|she|his|her|him|hers)(?![\w-])")


def reader_forms(name: str, salutation: str | None) -> tuple[str, ...]:
    """How a note may name its reader: full name, first name, surname, the salutation ("Dr.
    Okafor"), longest first."""
    words = name.split()
    forms = {name, given_name(name), words[-1], salutation or ""}  # never the title "Dr."
    return tuple(sorted((f for f in forms if len(f) > 1), key=len, reverse=True))


def by_reader(item: str, forms: tuple[str, ...]) -> str:
    """A topic that names its own reader, with the name as a pronoun the reading says to them:
    "Marta's plan for a second yard" -> "his plan ..." (read: "your plan ..."), "Marta wants
    the yard open on Sundays" -> "he wants ...". A name inside a longer name ("Marta Lin" for
    the reader Marta Ruiz) is someone else's and stays."""
    for form in forms:
        name = re.escape(form)
        found = re.compile(
            rf"(?<![A-Z][\w'’-] )(?<![\w'’.-]){name}(?P<own>['’]s?)?(?![\w'’-])(?! [A-Z])"
        )
        if found.search(item):
            return found.sub(lambda m: _pronoun(item, m), item)
    return item


def _pronoun(item: str, found: re.Match[str]) -> str:
    """ "his" for the reader's name as an owner, "he" as the subject of a verb; the name as
    typed anywhere else ("the Ruiz family account")."""
    if found["own"]:
        return "his"
    after = item[found.end() :].split()
    verb = after[0].lower() if after else ""
    modal = verb in ("will", "would", "can", "could", "should", "might", "may", "must")
    if lexicon.is_past(verb) or lexicon.is_third_person(verb) or modal:
        return "he"
    return found.group()


def still_third(text: str) -> bool:
    """True when a topic's reading kept "he", "his", "her" for the reader named in it."""
    return _THIRD.search(text) is not None
