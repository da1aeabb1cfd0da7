"""How a point is said right after a topic that no link may join it to (`linkgate`): a bare
fact there reads as a comment on the topic (reader 26: "... the cost of the new rolling stock
contract. I raised on-time performance from 86% to 93% ..."), and "On that subject, ..." claims
a tie that is not there ("drivers report near-misses ... On that subject, I negotiated a new
shift agreement with the drivers' union ...").

On a theme both touch that is not the candidate's whole field ("staff turnover", "kept a team
of nine together"), or a word both say that names no people, the point is near enough to
follow its topic plainly (a theme of the role itself is the candidate's whole field, no
subject). Otherwise it is the candidate's own background: a credential, a span of years or a
skill as an untied point (`roleparagraph` says it as what they would bring), a deed in an email
untied too, said after the topics in a paragraph of its own led by why they fit the role
(reader 35 read "One thing I am proud of: ..." there as a boast and a non sequitur, reader 33
"In my own experience, ..." as an answer to the topic); a printed letter keeps it plain.
"""

from __future__ import annotations

import enum

from composer.models import Notes
from composer.offline.linkgate import function_stems, people
from composer.offline.themes import themes_of
from composer.offline.ties import generic_of
from composer.offline.usable import stems
from composer.offline.words import FRONTED


class Aside(enum.Enum):
    """How the point is said: plainly, as an untied point, or led as the candidate's own."""

    PLAIN = "plain"
    UNTIED = "untied"
    OWN = "own"


def aside(point: str, topic: str, notes: Notes, *, held: bool, email: bool) -> Aside:
    """How `point` (as typed) is said after `topic`, which no link may join it to; `held`: the
    point is no deed (a credential, years, a skill); `email`: the letter is an email."""
    # the role's own theme is the candidate's whole field, no subject of one topic ("patients"
    # in "I am a registered veterinary nurse" and "the four nurses" share the roster)
    if themes_of(point) & themes_of(topic) - generic_of(notes).themes - themes_of(notes.role):
        return Aside.PLAIN
    # a word both say, not of the role and not the people both name ("I qualified in
    # child-inclusive mediation" after "child-inclusive mediation and how I consult children")
    shared = stems(point) & stems(topic) - stems(f"{notes.role} {notes.company}")
    shared -= function_stems(f"{point} {topic}")
    if shared - (people(shared, point) & people(shared, topic)):
        return Aside.PLAIN
    if held:
        return Aside.UNTIED
    if FRONTED.match(point.strip()):
        return Aside.PLAIN  # "In my current work I coordinated ...": it says whose it is
    return Aside.OWN if email else Aside.PLAIN
