"""A question put to the candidate and the answer they gave, typed as a highlight ("They asked
me for an example of X. I explained how I ..."), given to the topics of the reader who asked, so
that it is said as the exchange it is ("When you asked ..., I said ...") by the one reading every
topic gets (`topics.read_topic`, `exchange`), never as a point in the third person. (A follow-up
typed as a question and its answer stays with the follow-up's readers, which say it as the
addition it is: "One thing I would add on the fitness test: ...".)

Only a line read whole as a question with an answer the letter can say is moved, and only to a
reader known for sure: the one interviewer, or the one whose name is typed before "asked". A
highlight moves only when it is the last one typed, so that the notes' report still names every
other line by the place it was typed.
"""

from __future__ import annotations

from composer import regexes as re
from composer.models import Interviewer, Notes
from composer.offline.topicanswers import asked_sentence
from composer.offline.topics import read_topic

__all__ = ["moved_to_topics"]

# Who asked, typed before "asked": "Dr Singh asked", "Marta asked me".
_ASKER = re.compile(r"^(?P<who>(?:[A-Z][\w'’.-]*\s+){1,3})ask(?:ed)?\b")


# A correction or a slip typed with the exchange ("said 2 yrs -> actually 4", "forgot to say"):
# the follow-up's own to say as one (`followfix`, `slips`), never moved.
_CORRECTS = re.compile(
    r"(?i)\b(?:actually|in fact|correct(?:ion|ed)?|clarify|forgot|should(?:\s+have|'ve)|not true"
    r"|wrong|meant)\b"
)


def _asker(line: str, panel: list[Interviewer]) -> int | None:
    """The index of the reader who asked: the only one, or the one named before "asked"."""
    if len(panel) == 1:
        return 0
    found = _ASKER.match(line)
    if found is None:
        return None
    words = {w.strip(".") for w in found["who"].split()}
    hits = [
        k
        for k, person in enumerate(panel)
        if words & set(person.name.split()) or (person.salutation or "").strip() in words
    ]
    return hits[0] if len(hits) == 1 else None


def _exchange(line: str) -> bool:
    """Whether `line` reads whole as a question put to the candidate with an answer said."""
    if not re.search(r"(?i)\bask(?:ed)?\b|^q\b", line) or _CORRECTS.search(line):
        return False
    topic = read_topic(line)
    return bool(topic.question and topic.answer and asked_sentence(topic.text, topic.answer))


def moved_to_topics(notes: Notes) -> Notes:
    """`notes` with the last highlight moved to the asker's topics where it is an exchange
    (`_exchange`); the same object when none moves."""
    panel = list(notes.interviewers)
    update: dict[str, object] = {}
    lines = []
    if notes.highlights and _exchange(notes.highlights[-1]):
        lines.append(("highlights", notes.highlights[-1]))
    for field, line in lines:
        who = _asker(line, panel)
        if who is None:
            continue
        person = panel[who]
        panel[who] = person.model_copy(update={"topics": [*person.topics, line]})
        update[field] = notes.highlights[:-1]
    if not update:
        return notes
    return notes.model_copy(update={**update, "interviewers": panel})
