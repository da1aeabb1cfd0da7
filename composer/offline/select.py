"""Content selection: which topics and which of the candidate's points each reader gets.

Every reader gets their own topics. The candidate's qualifications and highlights are spread
over a panel by fit: each point goes to the panellist whose topics and title share the most
words with it (ties go to whoever has fewest so far), so no two letters carry the same
substance; a panellist left with nothing gets the point that fits them best, so each letter
still says why the candidate fits. A single interviewer gets the best-fitting points up to the
channel's room. Entries that read as instructions are never selected.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from composer.channels import channel_spec
from composer.models import Interviewer, Notes
from composer.offline.phrases import Phrase, Shape, analyse
from composer.offline.realise import clause
from composer.offline.screen import is_instruction

# How many of the candidate's points one letter carries, by channel.
POINTS_PER_LETTER = {"email": 2, "letter": 3}
SOLO_POINTS = {"email": 2, "letter": 4}
MIN_POINTS = {"email": 1, "letter": 2}

_STOP = frozenset(
    [
        "with",
        "from",
        "that",
        "this",
        "they",
        "them",
        "their",
        "have",
        "been",
        "will",
        "would",
        "about",
        "into",
        "over",
        "more",
        "most",
        "than",
        "also",
        "very",
        "what",
        "when",
        "where",
        "which",
        "while",
        "your",
        "years",
        "year",
        "team",
        "work",
        "role",
    ]
)
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Selection:
    """What one letter says: this reader's topics, the candidate's points, the contribution."""

    topics: tuple[Phrase, ...]
    points: tuple[Phrase, ...]
    contribution: Phrase | None


@functools.lru_cache(maxsize=4096)
def stems(text: str) -> frozenset[str]:
    """Content words cut to five letters, so "design" meets "designing" and "designs"."""
    words = (w.lower() for w in _WORD.findall(text))
    return frozenset(w[:5] for w in words if len(w) >= 4 and w not in _STOP)


def lowercase_words(notes: Notes) -> frozenset[str]:
    """Every word the notes write in lower case somewhere: ordinary words, not names."""
    texts = [*notes.qualifications, *notes.highlights]
    texts += [t for p in notes.interviewers for t in (*p.topics, *p.rapport)]
    texts += [v for v in (notes.contribution, notes.follow_up, notes.next_steps) if v]
    return frozenset(w for text in texts for w in _WORD.findall(text) if w.islower())


def usable_points(notes: Notes) -> list[Phrase]:
    """The candidate's qualifications, then highlights, that can be said as a sentence."""
    common = lowercase_words(notes)
    found = []
    for item in (*notes.qualifications, *notes.highlights):
        if is_instruction(item):
            continue
        phrase = analyse(item, common)
        if clause(phrase) is not None:
            found.append(phrase)
    return found


def usable_topics(person: Interviewer, common: frozenset[str]) -> list[Phrase]:
    """This reader's topics that read as a thing discussed ("the on-call rotation")."""
    found = []
    for item in person.topics:
        if is_instruction(item):
            continue
        phrase = analyse(item, common)
        if phrase.shape in (Shape.NOUN, Shape.GERUND, Shape.ROLE) and phrase.text:
            # "their move upmarket": said to them, it is "your move upmarket"
            text = re.sub(r"^(?:their|his|her)\b", "your", phrase.text)
            text = text.split(" - ")[0].split(": ")[0].strip()  # "competency questions - tell us"
            found.append(Phrase(text, phrase.shape, phrase.source))
    return found


def _fit(point: Phrase, person: Interviewer) -> int:
    reader = stems(" ".join([*person.topics, person.title or ""]))
    return len(stems(point.source) & reader)


def _turns(points: list[Phrase], notes: Notes) -> dict[str, int]:
    """Each point's place when qualifications and highlights alternate: q1, h1, q2, h2, ..."""
    turn: dict[str, int] = {}
    for group in (notes.qualifications, notes.highlights):
        rank = 0 if group is notes.qualifications else 1
        for place, item in enumerate(i for i in group if any(p.source == i for p in points)):
            turn.setdefault(item, 2 * place + rank)
    return turn


def spread(notes: Notes) -> list[list[Phrase]]:
    """The points each interviewer's letter carries, in the order of `notes.interviewers`."""
    points = usable_points(notes)
    people = notes.interviewers
    if not points:
        return [[] for _ in people]
    if len(people) == 1:
        # Best fit first; on a tie, qualifications and highlights take turns, so a short
        # letter recalls a result as well as what the candidate holds.
        turn = _turns(points, notes)
        ranked = sorted(points, key=lambda p: (-_fit(p, people[0]), turn[p.source]))
        return [ranked[: SOLO_POINTS[notes.channel]]]
    cap = POINTS_PER_LETTER[notes.channel]
    given: list[list[Phrase]] = [[] for _ in people]
    order = sorted(range(len(points)), key=lambda i: -max(_fit(points[i], p) for p in people))
    for number in order:
        point = points[number]
        open_slots = [i for i in range(len(people)) if len(given[i]) < cap]
        if not open_slots:
            break
        # Best fit first; then whoever has least; then a rotation so ties spread evenly.
        best = max(
            open_slots,
            key=lambda i: (
                _fit(point, people[i]),
                -len(given[i]),
                -((i - number) % len(people)),
            ),
        )
        given[best].append(point)
    # Each letter needs enough to say why the candidate fits (more in a printed letter); a
    # point may then go to a second reader, as long as at most a third of all points end up in
    # every letter.
    for index, person in enumerate(people):
        # A letter with no topic of its own leans on the candidate's points.
        least = MIN_POINTS[notes.channel] + (0 if person.topics else 1)
        for point in sorted(points, key=lambda p: -_fit(p, person)):
            if len(given[index]) >= least:
                break
            if point in given[index]:
                continue
            others = [g for i, g in enumerate(given) if i != index]
            would_be_everywhere = all(point in g for g in others)
            everywhere = [p for p in points if all(p in g for g in given)]
            if would_be_everywhere and len(everywhere) + 1 > len(points) // 3 and given[index]:
                continue
            given[index].append(point)
    return given


def select(notes: Notes, index: int, *, lead: str | None = None, more: bool = False) -> Selection:
    """The content of the letter to interviewer number `index`.

    `lead` (a qualification or highlight as the notes write it) is carried first; `more` adds
    the best-fitting point not yet given to this reader.
    """
    person = notes.interviewers[index]
    common = lowercase_words(notes)
    points = spread(notes)[index]
    usable = usable_points(notes)
    if more:
        spare = [p for p in sorted(usable, key=lambda p: -_fit(p, person)) if p not in points]
        points = points + spare[:1]
    if lead is not None:
        leading = [p for p in usable if p.source == lead]
        points = leading[:1] + [p for p in points if p.source != lead]
    contribution = None
    if notes.contribution and not is_instruction(notes.contribution):
        wanted = analyse(notes.contribution, common)
        people = notes.interviewers
        if len(people) == 1 or notes.channel == "letter":  # a printed letter has the room
            contribution = wanted
        else:
            fits = [len(stems(notes.contribution) & stems(" ".join(p.topics))) for p in people]
            best = max(range(len(people)), key=lambda i: (fits[i], -i))
            if index == best or not person.topics:
                contribution = wanted
    return Selection(tuple(usable_topics(person, common)), tuple(points), contribution)


def thin_notice(notes: Notes, index: int, words: int) -> str:
    """What the report says of a letter under its channel's length: the fields that would help."""
    person = notes.interviewers[index]
    missing = []
    if not person.topics:
        missing.append(f"topics (what {person.name} discussed with you)")
    if len(notes.qualifications) + len(notes.highlights) < 3:
        missing.append("highlights (a result you mentioned)")
    if not notes.contribution:
        missing.append("contribution (what you would bring)")
    if not person.rapport:
        missing.append("rapport (something personal they mentioned)")
    if not notes.next_steps:
        missing.append("next_steps (the timeline they gave)")
    spec = channel_spec(notes.channel)
    kind = "an email" if notes.channel == "email" else "a printed letter"
    fields = "; ".join(missing) or "more detail in topics and highlights"
    return (
        f"The letter to {person.name} is short ({words} words; {kind} usually has "
        f"{spec.min_words}-{spec.max_words}): nothing was added that your notes do not say. "
        f"To give it substance, add to the notes: {fields}."
    )
