"""Whose letter carries the follow-up: the panellist who asked, matched by first name, surname,
title word, initial or pronoun ("Ms A", "Dean", "chef", "she"), else the one whose topics are
nearest to it. A follow-up answers one person's question; a panel compares letters, so it is
said once.
"""

from __future__ import annotations

from collections.abc import Sequence

from composer import regexes as re
from composer.models import Interviewer, Notes
from composer.offline.asked import read_asked
from composer.offline.followparts import told, whose_question
from composer.offline.leftout import follow_up
from composer.offline.words import FUNCTION_WORDS

TITLE_WORDS = frozenset(
    ["ms", "mr", "mrs", "mx", "dr", "prof", "professor", "sir", "dame", "miss"]
)  # fmt: skip
_PRONOUNS = frozenset(["she", "he", "they", "someone", "somebody", "one", "i", "interviewer"])


def _names(person: Interviewer) -> tuple[list[str], str, str]:
    """Their name's words without a title, their title and salutation, lower-cased."""
    words = [w.strip(".").lower() for w in person.name.split()]
    words = [w for w in words if w not in TITLE_WORDS]
    return words, (person.title or "").lower(), (person.salutation or "").lower()


def _matches(who: str, person: Interviewer) -> bool:
    words, title, salutation = _names(person)
    typed = [w.strip(".,").lower() for w in who.split()]
    if not words or not typed:
        return False
    label = " ".join(typed)
    if len(typed) == 1 and typed[0] in TITLE_WORDS:
        return False
    if typed[-1] in words or label == " ".join(words):
        return True  # "Luis", "Ortega", "Luis Ortega"
    if len(typed) == 2 and typed[0] in TITLE_WORDS and len(typed[1]) == 1:
        return words[-1].startswith(typed[1])  # "Ms A", "Dr M": the surname's initial
    if len(typed) == 1 and len(typed[0]) == 1:
        return words[0].startswith(typed[0]) or words[-1].startswith(typed[0])
    # "Dean", "chef", "the matron": a word of their title or greeting
    head = typed[-1]
    if 2 <= len(head) <= 4 and head == _initials(person.title or ""):
        return True  # "MD" for the Managing Director, "COO"
    return bool(re.search(rf"\b{re.escape(head)}\b", f"{title} {salutation}"))


def _initials(title: str) -> str:
    """ "Managing Director" -> "md": the first letters of a title's words of two letters or more
    ("of", "and" and the like left out); "" for a title of one word."""
    words = [w for w in re.findall(r"[A-Za-z]+", title) if w.lower() not in ("of", "and", "the")]
    return "".join(w[0] for w in words).lower() if len(words) > 1 else ""


def _stems(text: str) -> set[str]:
    """The first five letters of each word of `text` that carries meaning ("the", "they" and
    "what" are shared by any two lines, and point at no one)."""
    words = re.findall(r"[\w+#]{3,}", text.lower())
    return {w[:5] for w in words if w not in FUNCTION_WORDS}


def _related(topic: str, people: Sequence[Interviewer]) -> tuple[int, int]:
    """The panellist whose topics share most words with `topic` (the first on a tie), and how
    many words they share."""
    scores = _shared(topic, people)
    score = max(scores, default=0)
    return (scores.index(score) if score else 0), score


def _shared(text: str, people: Sequence[Interviewer]) -> list[int]:
    """How many words each panellist's topics share with `text`, in panel order."""
    want = _stems(text)
    return [len(want & {stem for t in person.topics for stem in _stems(t)}) for person in people]


# Who asked, typed first: read even when the rest of the note is read another way.
# A role typed in lower case is who too: "service manager asked", "the crew boss asked".
_WHO_ASKED = re.compile(
    r"^(?:the\s+)?(?P<who>[A-Za-z][\w'.-]*(?:\s+[\w'.-]+)?)\s+"
    r"(?:asked|quizzed|wanted\s+to\s+know)\b"
)
_HE_SHE = {"he": "he", "his": "he", "him": "he", "she": "she", "her": "she"}
_OWN_WORD = re.compile(r"(?i)^(he|his|him|she|her)\b")


def _pronoun(person: Interviewer) -> str | None:
    """ "he" or "she" when the notes tell (a title, or their personal notes), else None."""
    title = re.match(r"(?i)(mr|mrs|ms|miss)\b", f"{person.salutation or ''} {person.name}".strip())
    if title:
        return "he" if title[1].lower() == "mr" else "she"
    said = {_HE_SHE[m.lower()] for note in person.rapport for m in re.findall(_OWN_WORD, note)}
    return said.pop() if len(said) == 1 else None


# A follow-up opening on whom the candidate told what it puts right: "I told Niamh that ...".
_TOLD_NAMED = re.compile(
    r"^(?:I\s+)?told\s+(?:(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+)?(?P<who>[A-Z][\w'’-]+)\b"
)


def follow_up_reader(notes: Notes) -> int:
    """Which interviewer's letter carries the follow-up: the one who asked, else the nearest.

    A follow-up answers one person's question; a panel compares letters, so it is said once.
    """
    return follow_up_asker(notes)[0]


def _named_once(text: str, people: Sequence[Interviewer]) -> int | None:
    """The one panellist a line names by a title and surname ("Ms. Weiss"), or None."""
    found = {
        i
        for i, person in enumerate(people)
        if (words := [w for w in person.name.split() if len(w) > 2 and not w.endswith(".")])
        and re.search(rf"\b(?:Mr|Ms|Mrs|Dr|Prof)\.? {re.escape(words[-1])}\b", text)
    }
    return found.pop() if len(found) == 1 else None


def follow_up_asker(notes: Notes) -> tuple[int, bool]:
    """Which interviewer's letter carries the follow-up (`follow_up_reader`), and whether the
    notes say that they asked: False when who asked ("crew boss", "she" on a panel of two women,
    no one typed) matches no panellist, and the letter goes to the nearest by topic. A letter
    must not say "You asked" to someone who did not ask."""
    people = notes.interviewers
    if len(people) == 1 or not notes.follow_up:
        return 0, True
    asked = read_asked(notes.follow_up)
    typed = _WHO_ASKED.match(notes.follow_up)  # "Dr Hammond asked if I'd do on-calls ...":
    # who, however it reads: "Dr Hammond asked ...", "jan's rigging q - ..."
    who = asked.who if asked else typed["who"] if typed else whose_question(notes.follow_up)
    if who and who.lower() not in _PRONOUNS:
        found = [i for i, p in enumerate(people) if _matches(who, p)]
        if len(found) == 1:
            return found[0], True
    if not who and (named := named_in(notes.follow_up, people)) is not None:
        return named, True  # "When Omar asked about documentation, ...": his letter
    to = told(notes.follow_up) if not who else None  # "..., tell fatima": her letter
    found = [i for i, p in enumerate(people) if to and _matches(to, p)]
    if len(found) == 1:
        return found[0], False  # told, not asked: the letter claims no question of theirs
    if not who and (one := _named_once(notes.follow_up, people)) is not None:
        return one, False  # "I also promised to send Ms. Weiss PDF samples": her letter
    opened = _TOLD_NAMED.match(notes.follow_up.strip())  # "I told Niamh that ...": hers
    found = [i for i, p in enumerate(people) if opened and _matches(opened["who"], p)]
    if not who and len(found) == 1:
        return found[0], False
    topic = asked.topic if asked else notes.follow_up
    nearest, shared = _related(topic, people)
    if who and who.lower() in ("he", "she"):  # the one panellist the pronoun fits
        known = [_pronoun(p) for p in people]
        found = [i for i, said in enumerate(known) if said == who.lower()]
        # sure when every panellist's is known, else only when no topic is nearer
        if len(found) == 1 and (None not in known or not shared):
            return found[0], True
    return nearest, False


def left_out(value: str) -> str:
    """The report's notice for a follow-up the letter could not say cleanly (the notice of its
    `leftout.LeftOut` record, so compose can ask for it)."""
    return follow_up(value).notice()


# Who asked, anywhere in a part: "When Omar asked", "the QPPV asked", "jan's rigging q",
# "dr okonjo q about evisceration".
_ASKED_BY = re.compile(
    r"(?i)(?P<who>[\w'.-]+(?:\s+[\w'.-]+)?)(?:\s+(?:asked|quizzed)\b|(?:'s|’s|')\s+(?:[\w-]+\s+)"
    r"{0,3}?(?:q|qn|question)\b|\s+(?:q|qn)\s+(?:on|about|re|abt)\b)"
)


def named_in(text: str, people: Sequence[Interviewer], *, whole: bool = False) -> int | None:
    """The one panellist `text` names as who asked ("When Omar asked ...", "the QPPV asked",
    "she asked" when the notes tell whose pronoun it is), or, `whole`, the one `text` is the
    name or title of ("ruth", "Dr Shah"); None when it names no one, or more than one."""
    if whole:
        typed = [w for w in text.split() if len(w.strip(".")) > 1]
        if not typed or typed[-1].lower() in FUNCTION_WORDS:
            return None
        found = [i for i, p in enumerate(people) if _matches(" ".join(typed), p)]
        return found[0] if len(found) == 1 else None
    for asked in _ASKED_BY.finditer(text):
        words = re.sub(r"(?:'s|’s|')$", "", asked["who"]).split()  # "sam's q on nights"
        if words[-1].lower() in ("he", "she"):
            known = [_pronoun(p) for p in people]
            said = [i for i, k in enumerate(known) if k == words[-1].lower()]
            if len(said) == 1 and None not in known:
                return said[0]
            continue
        for count in (1, 2)[: len(words)]:
            one = named_in(" ".join(words[-count:]), people, whole=True)
            if one is not None:
                return one
    return None


def topic_owner(text: str, people: Sequence[Interviewer]) -> int | None:
    """The one panellist whose topics share words with `text` (more than any other's), or
    None."""
    scores = _shared(text, people)
    best = max(scores, default=0)
    return scores.index(best) if best and scores.count(best) == 1 else None
