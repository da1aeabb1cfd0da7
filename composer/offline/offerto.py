"""Which reader of a panel hears the contribution, and the topic it fits (`select`'s plan).

The contribution is said once per panel: to the reader whose topic it fits best (a topic the
letter names, or one of their topics as typed that it cannot name), of readers it fits as well
the one whose topic its first part is about; with no fit, to the reader with the fewest points.
"""

from __future__ import annotations

from collections.abc import Callable

from composer import regexes as re
from composer.models import Interviewer, Notes
from composer.offline.offer import read_offer
from composer.offline.phrases import Phrase
from composer.offline.ties import Generic, bridge, tie
from composer.offline.topics import topic_parts
from composer.offline.usable import is_admin, lowercase_words


def unsaid(person: Interviewer, said: list[Phrase]) -> list[str]:
    """Their topics as typed that no topic the letter names comes from (arrangements aside)."""
    named = {p.source for p in said}
    parts = [part for item in person.topics for part in topic_parts(item)]
    return [part for part in parts if part not in named and not is_admin(part)]


def contribution_plan(
    notes: Notes,
    topics: list[list[Phrase]],
    generic: Generic,
    facts: Callable[[int], int],
) -> list[tuple[bool, Phrase | None]]:
    """Which reader hears the contribution (one per panel) and the topic it fits, if any."""
    people = notes.interviewers
    none: list[tuple[bool, Phrase | None]] = [(False, None) for _ in people]
    text = notes.contribution
    if not text or read_offer(text, lowercase_words(notes)) is None:
        return none  # an instruction, or a note no sentence can carry (`offer.why_not`)
    fits: list[tuple[int, int, Phrase | None]] = [
        max(((tie(text, t.source, generic), -n, t) for n, t in enumerate(topics[i])),
            key=lambda f: f[:2], default=(0, 0, None))
        for i in range(len(people))
    ]  # fmt: skip
    # A topic the letter cannot name ("culvert inventory is all on paper") still says what the
    # reader cares about: the contribution about it is theirs (said after a topic it ties to
    # that the letter names, else on its own).
    for i, person in enumerate(people):
        aside = max((tie(text, t, generic) for t in unsaid(person, topics[i])), default=0)
        fits[i] = (max(aside, fits[i][0]), fits[i][1], fits[i][2] if fits[i][0] > 0 else None)
    # Of readers it fits as well, the one whose topic its first part is about: "a tighter list
    # the floor staff can sell + weekly staff tastings" is the owner's, who is rebuilding the
    # list, not the chef's whose tasting menu shares a word with its second part.
    first = _first_part(text)
    typed = [
        [t.source for t in mine] + unsaid(person, mine)
        for person, mine in zip(people, topics, strict=True)
    ]
    leads = [max((tie(first, t, generic) for t in mine), default=0) for mine in typed]
    if any(f[0] > 0 for f in fits):
        reader = max(range(len(people)), key=lambda i: (fits[i][0], leads[i], -facts(i), -i))
        about = fits[reader][2]
        if about is not None and not bridge(text, _subject(about.source), generic):
            # "As for the memory boxes that families put together with the staff, I would
            # offer ... experience supporting families": a word of the topic's relative clause
            # is not what the topic is about, nor is a neighbouring theme a claim a sentence
            # may make (`ties.bridge`); the contribution is said on its own
            about = None
        none[reader] = (True, about)
    else:
        reader = min(range(len(people)), key=lambda i: (facts(i), i))
        none[reader] = (True, None)
    return none


def _subject(topic: str) -> str:
    """A topic without its relative clause: "memory boxes that families put together" is about
    the memory boxes."""
    return re.split(r"\s+(?:that|which|who|whom|whose)\s+", topic, maxsplit=1)[0]


def _first_part(text: str) -> str:
    """The first of a contribution typed as a list ("faster turn times + clean conditions")."""
    return re.split(r"\s+(?:\+|&|and)\s+|\s*[;,]\s*", text, maxsplit=1)[0]
