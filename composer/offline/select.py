"""Content selection: which topics and which of the candidate's points each reader gets.

A point goes to a reader only when it is about one of their topics (`themes.tie_strength`: a
telling shared word, or a theme both touch), and then to that topic: the letter can say how the
candidate would use it there. Across a panel each point goes to one letter, the strongest tie
first, so no two letters carry the same substance. A point that fits nobody's topics stands on
its own (a line of the candidate's summary), in one letter at most, first in the letters of
readers with nothing of their own. The contribution is said once per panel, to the reader whose
topic it fits best. Entries that read as instructions are never selected.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from composer.models import Interviewer, Notes
from composer.offline import credentials
from composer.offline.cleaning import clean
from composer.offline.items import Kind, read_point
from composer.offline.offer import read_offer
from composer.offline.phrases import Phrase, analyse
from composer.offline.screen import is_instruction
from composer.offline.themes import common_themes, tie_strength
from composer.offline.usable import (
    lowercase_words,
    stems,
    usable_points,
    usable_topics,
)

# A letter recalls a few of the candidate's facts, never a list: at most this many tied to
# topics, and this many in all.
TIES_PER_LETTER = 2
MOST_FACTS = 3
# A single reader with no topic a point fits hears this many points of the summary.
SOLO_SUMMARY = 2


@dataclass(frozen=True)
class Tie:
    """A topic of this reader and the candidate's points that are about it."""

    topic: Phrase
    points: tuple[Phrase, ...]


@dataclass(frozen=True)
class Selection:
    """What one letter says.

    `topics`: this reader's topics in the notes' order (the first opens the middle paragraph);
    `ties`: the topics with points tied to them, in the same order; `summary`: points that fit
    none of this reader's topics and stand on their own; `contribution` when this letter
    carries it, with `contribution_topic` when it fits one of the topics.
    """

    topics: tuple[Phrase, ...]
    ties: tuple[Tie, ...] = ()
    summary: tuple[Phrase, ...] = ()
    contribution: Phrase | None = None
    contribution_topic: Phrase | None = None
    reserve: tuple[Phrase, ...] = ()  # points to add, in order, to a letter under its minimum

    @property
    def points(self) -> tuple[Phrase, ...]:
        """Every point this letter recalls: those tied to a topic, then the summary."""
        return tuple(p for t in self.ties for p in t.points) + self.summary


@dataclass(frozen=True)
class _Panel:
    """The points and contribution given to each reader of a panel."""

    ties: list[list[tuple[Phrase, list[Phrase]]]]  # per reader: (topic, its points)
    summary: list[list[Phrase]]  # per reader: points that stand on their own
    contribution: list[tuple[bool, Phrase | None]]  # per reader: (carries it, its topic)
    reserve: list[list[Phrase]]  # per reader: points to add to a letter under its minimum


@dataclass(frozen=True)
class Generic:
    """What says nothing of a tie for these notes: the role's and company's words, and the
    themes of the candidate's whole field."""

    words: frozenset[str]
    themes: frozenset[str]


def generic_of(notes: Notes) -> Generic:
    """The words and themes of `notes` that say nothing of a tie between two items."""
    items = [i for i in (*notes.qualifications, *notes.highlights) if not is_instruction(i)]
    return Generic(stems(f"{notes.role} {notes.company}"), common_themes(items))


def tie(point: str, topic: str, generic: Generic) -> int:
    """How clearly a point (or contribution) and a topic are about the same thing; 0: not.

    A degree bears on a topic only through a word they share ("BSc Adult Nursing" says
    nothing of preceptorship, though both are about patients)."""
    words = generic.words
    mine, theirs = stems(point) - words, stems(topic) - words
    strength = tie_strength(point, topic, mine, theirs, generic.themes)
    if strength and not (mine & theirs) and credentials.degree(clean(point)) is not None:
        return 0
    return strength


# The last interview's plan, by the notes' JSON: every letter of a panel (and each retry of a
# wording) reads the same plan, so it is worked out once per interview.
_PLANS: dict[str, _Panel] = {}


def _plan(notes: Notes) -> _Panel:
    """Which points, summary lines and contribution each reader of the panel gets."""
    key = notes.model_dump_json()
    plan = _PLANS.get(key)
    if plan is None:
        plan = _plan_of(notes)
        _PLANS.clear()  # one interview at a time: a batch of many keeps one plan only
        _PLANS[key] = plan
    return plan


def _plan_of(notes: Notes) -> _Panel:
    points = usable_points(notes)
    people = notes.interviewers
    common = lowercase_words(notes)
    generic = generic_of(notes)
    topics = [usable_topics(p, common) for p in people]
    solo = len(people) == 1
    pairs = [
        (tie(point.source, topic.source, generic), person, place, number)
        for number, point in enumerate(points)
        for person in range(len(people))
        for place, topic in enumerate(topics[person])
    ]
    pairs = [pair for pair in pairs if pair[0] > 0]
    tied: list[dict[int, list[Phrase]]] = [{} for _ in people]
    owner: dict[int, int] = {}

    # The strongest tie first; on a tie, whoever has fewest points, then the earlier topic.
    # A topic that has a point already takes a second only on a clearly stronger tie.
    def weight(pair: tuple[int, int, int, int]) -> int:
        return 2 * pair[0] - 3 * len(tied[pair[1]].get(pair[2], []))

    while pairs:
        # Equal ties go to the reader with fewest points, then to the one with fewer other
        # points to choose from, so nobody's only fitting point is taken by a colleague.
        options = {i: sum(1 for p in pairs if p[1] == i) for i in range(len(people))}
        best = min(
            pairs,
            key=lambda p: (
                -weight(p),
                sum(map(len, tied[p[1]].values())),
                options[p[1]],
                p[2],
                p[3],
                p[1],
            ),
        )
        _, person, place, number = best
        on_topic = tied[person].get(place, [])
        count = sum(map(len, tied[person].values()))
        # A second point on a topic needs more than one shared theme ("research") to bear on it.
        second = not on_topic or best[0] > 2
        if count < TIES_PER_LETTER and len(on_topic) < 2 and weight(best) > 0 and second:
            tied[person].setdefault(place, []).append(points[number])
            owner[number] = person
        pairs = [p for p in pairs if p is not best and p[3] not in owner]
    summary: list[list[Phrase]] = [[] for _ in people]
    # Spare points in turns of qualification and highlight (q1, h1, q2, ...), so a letter
    # that leans on them recalls a result as well as what the candidate holds.
    turn = _turns(points, notes)
    spare = sorted(
        (p for n, p in enumerate(points) if n not in owner), key=lambda p: turn[p.source]
    )

    def facts(person: int) -> int:
        return sum(map(len, tied[person].values())) + len(summary[person])

    if solo:
        room = SOLO_SUMMARY if not tied[0] and not topics[0] else 1
        if room == 1:
            spare = _result_first(spare, notes)
        summary[0] = spare[: max(0, min(room, MOST_FACTS - facts(0)))]
    else:
        # Points that fit nobody's topics: each to one letter at most, first to the readers
        # with nothing of their own, then to those with one point; two only to a reader with
        # no topic, whose letter leans on them.
        for wanted in (0, 1):
            for person in range(len(people)):
                room = 1 if topics[person] else SOLO_SUMMARY
                if spare and facts(person) == wanted and len(summary[person]) < room:
                    summary[person].append(spare.pop(0))
    # Every letter recalls at least one point: a reader left with none shares one with a
    # colleague, first one tied to a topic of their own, else the least used, so that no
    # point ends up in every letter while another would do.
    given = [[p for g in tied[i].values() for p in g] + summary[i] for i in range(len(people))]
    uses = {n: sum(points[n] in g for g in given) for n in range(len(points))}
    for person in range(len(people)):
        if facts(person) or not points:
            continue
        fitting = [
            (tie(points[n].source, topic.source, generic), -place, n)
            for n in range(len(points))
            for place, topic in enumerate(topics[person])
        ]
        found = max(fitting, default=(0, 0, 0))
        if found[0] > 0:
            tied[person].setdefault(-found[1], []).append(points[found[2]])
            uses[found[2]] += 1
            continue
        least = min(range(len(points)), key=lambda n: (uses[n], n))
        summary[person].append(points[least])
        uses[least] += 1
    ties = [
        [(topics[person][place], tied[person][place]) for place in sorted(tied[person])]
        for person in range(len(people))
    ]
    return _Panel(
        ties,
        summary,
        _contribution(notes, topics, generic, facts),
        _reserve(ties, summary, points, email=notes.channel == "email"),
    )


def _reserve(
    ties: list[list[tuple[Phrase, list[Phrase]]]],
    summary: list[list[Phrase]],
    points: list[Phrase],
    email: bool,
) -> list[list[Phrase]]:
    """The points each letter may add when it is under its channel's minimum.

    Allotted in turns, each reader taking the point fewest letters would then carry, so a point
    is never in every letter of a panel (each letter adds at most `MOST_FACTS` this way), and
    a point tied to a colleague's topic stays in that colleague's letter alone.
    """
    held = [
        {p for _, tied in row for p in tied} | set(extra)
        for row, extra in zip(ties, summary, strict=True)
    ]
    uses = {p: sum(p in h for h in held) for p in points}
    # A point that answers a colleague's topic is theirs: it is never added to another letter.
    answered = {p for row in ties for _, tied in row for p in tied}
    crowded = len(ties) > len(points)  # more readers than points: each must share some
    size = len(held)
    # An email under its minimum is only short: it adds a point no more letters carry than
    # the panel needs to give each reader one ("nine years of drainage design" in two of
    # four letters, not three). A printed letter under its minimum is no letter: it may add
    # a point every letter but one carries.
    most = size - 1 if not email else max(1, -(-size // max(1, len(points))))
    reserve: list[list[Phrase]] = [[] for _ in held]
    for _ in range(MOST_FACTS):
        for reader in range(size):
            open_points = [
                p
                for p in points
                if p not in held[reader]
                and p not in reserve[reader]
                and (size == 1 or (uses[p] < most and (p not in answered or crowded)))
            ]
            if open_points:
                chosen = min(open_points, key=lambda p: (uses[p], points.index(p)))
                reserve[reader].append(chosen)
                uses[chosen] += 1
    return reserve


def _contribution(
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
    fits = [
        max(((tie(text, t.source, generic), -n, t) for n, t in enumerate(topics[i])),
            key=lambda f: f[:2], default=(0, 0, None))
        for i in range(len(people))
    ]  # fmt: skip
    if any(f[0] > 0 for f in fits):
        reader = max(range(len(people)), key=lambda i: (fits[i][0], -facts(i), -i))
        none[reader] = (True, fits[reader][2])
    else:
        reader = min(range(len(people)), key=lambda i: (facts(i), i))
        none[reader] = (True, None)
    return none


def _result_first(spare: list[Phrase], notes: Notes) -> list[Phrase]:
    """A letter that recalls one point says the candidate's first result, not a degree, when
    the notes have both: "I cut pipe costs by about 18% ..." tells a reader more than "I hold
    an MEng"."""
    if not spare or credentials.degree(clean(spare[0].source)) is None:
        return spare
    common = lowercase_words(notes)
    results = [
        p
        for p in spare
        if p.source in notes.highlights and read_point(p.source, common).kind is Kind.ACHIEVEMENT
    ]
    return [results[0], *(p for p in spare if p is not results[0])] if results else spare


def _turns(points: list[Phrase], notes: Notes) -> dict[str, int]:
    """Each point's place when qualifications and highlights alternate: q1, h1, q2, h2, ..."""
    turn: dict[str, int] = {}
    for rank, group in enumerate((notes.qualifications, notes.highlights)):
        for place, item in enumerate(i for i in group if any(p.source == i for p in points)):
            turn.setdefault(item, 2 * place + rank)
    return turn


def _fit(point: Phrase, person: Interviewer) -> int:
    reader = stems(" ".join([*person.topics, person.title or ""]))
    return len(stems(point.source) & reader)


def select(notes: Notes, index: int, *, lead: str | None = None, more: bool = False) -> Selection:
    """The content of the letter to interviewer number `index`.

    `lead` (a qualification or highlight as the notes write it) is carried first; `more` adds
    the best-fitting point not yet given to this reader.
    """
    person = notes.interviewers[index]
    common = lowercase_words(notes)
    panel = _plan(notes)
    ties = panel.ties[index]
    summary = list(panel.summary[index])
    given = [p for _, tied in ties for p in tied] + summary
    usable = usable_points(notes)
    if more:
        # Longer on request: the points a short letter would add, and one more.
        spare = [p for p in sorted(usable, key=lambda p: -_fit(p, person)) if p not in given]
        summary += spare[:2]
    topics = usable_topics(person, common)
    if lead is not None and not any(p.source == lead for _, tied in ties for p in tied):
        leading = [p for p in usable if p.source == lead][:1]
        generic = generic_of(notes)
        fits = [(tie(lead, t.source, generic), -n, t) for n, t in enumerate(topics)]
        best = max(fits, key=lambda f: f[:2], default=(0, 0, None))
        if leading and best[0] > 0 and best[2] is not None:
            # The point asked for goes first under the topic it is about.
            others = [(t, [p for p in g if p != leading[0]]) for t, g in ties if t != best[2]]
            mine = next((g for t, g in ties if t == best[2]), [])
            ties = sorted(
                [(best[2], leading + [p for p in mine if p != leading[0]][:1]), *others],
                key=lambda pair: topics.index(pair[0]),
            )
            summary = [p for p in summary if p.source != lead]
        else:
            summary = leading + [p for p in summary if p.source != lead]
    carries, about = panel.contribution[index]
    reserve = [p for p in panel.reserve[index] if p not in summary]
    contribution = analyse(notes.contribution, common) if carries and notes.contribution else None
    return Selection(
        topics=tuple(topics),
        ties=tuple(Tie(topic, tuple(tied)) for topic, tied in ties),
        summary=tuple(summary),
        contribution=contribution,
        contribution_topic=about,
        reserve=tuple(reserve),
    )
