"""Content selection: which topics and which of the candidate's points each reader gets.

A point goes to a reader only when it is about one of their topics (`themes.tie_strength`: a
telling shared word, or a theme both touch), and then to that topic: the letter can say how the
candidate would use it there. Across a panel each point goes to one letter, the strongest tie
first, so no two letters carry the same substance. A point that fits nobody's topics stands on
its own (a line of the candidate's summary), in one letter at most, first in the letters of
readers with nothing of their own; a reader left with none takes a colleague's second point
before two letters share one. The contribution is said once per panel, to the reader whose
topic it fits best. Entries that read as instructions are never selected.

A point the candidate typed as an answer at `compose --ask` (`answered`) did the work the tool
asked for: it outranks an untouched point of the same fit and strength, and it may take a letter
one point over its limit, so it reaches a letter (the reader it is most about) unless every
letter is over by one already.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from composer import regexes as re
from composer.models import Interviewer, Notes
from composer.offline.echo import echoes
from composer.offline.exchange import answered_first
from composer.offline.marks import first_marked, marked_opening, marks_on
from composer.offline.offerto import contribution_plan, unsaid
from composer.offline.phrases import Phrase, analyse
from composer.offline.spread import MOST_FACTS, PLAIN, one_each, reserves, withdraw
from composer.offline.strength import INITIALS, strength
from composer.offline.ties import Generic as Generic  # tests import it from here
from composer.offline.ties import asked_of, bridge, generic_of, tie
from composer.offline.topics import read_topic
from composer.offline.usable import (
    lowercase_words,
    stems,
    usable_points,
    usable_topics,
)
from composer.offline.weak import powers

# A letter recalls a few of the candidate's facts, never a list: at most this many tied to
# topics (and `spread.MOST_FACTS` in all).
TIES_PER_LETTER = 2
# A tie stronger than this is clear: more than one shared word or theme.
CLEAR = 2
# A reader with no topic hears this many points of the summary.
SOLO_SUMMARY = 2


def _weight(fits: int, power: int, theirs: int) -> int:
    """How well a point serves a reader as their letter's first: a point about one of their
    topics before one that is not, and a clear tie (a shared measure or code: "food cost",
    "MTC") far before a shared theme only, so the point goes to the reader it is most about;
    then the stronger point; a point about a colleague's topic (`theirs`: its tie there) last,
    and one clearly about it (a shared code or two telling words) after every point about
    nobody's topics, even one said weakly: the colleague's letter needs it more."""
    if power <= 0:
        return 0
    if fits > 0 and power >= PLAIN:
        return 8 * min(fits, 9) ** 2 + 10 * power
    if theirs > CLEAR:
        return 1
    return 10 * power - (25 if theirs else 0)


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


# The last interview's plan, by the notes' JSON and the lines answered: every letter of a panel
# (and each retry of a wording) reads the same plan, so it is worked out once per interview.
_PLANS: dict[tuple[str, frozenset[str]], _Panel] = {}
# How much an answered point's weight outranks an untouched one's of the same fit (less than
# the step between two fits, more than any tie-break).
ANSWERED = 5


def _plan(notes: Notes, answered: frozenset[str] = frozenset()) -> _Panel:
    """Which points, summary lines and contribution each reader of the panel gets."""
    key = (notes.model_dump_json(), answered)
    plan = _PLANS.get(key)
    if plan is None:
        plan = _plan_of(notes, answered)
        _PLANS.clear()  # one interview at a time: a batch of many keeps one plan only
        _PLANS[key] = plan
    return plan


def is_answered(point: Phrase, answered: frozenset[str]) -> bool:
    """Whether `point` is a line typed as an answer, or a part of one of three words or more
    ("MA" is no part of "I hold an MA in acoustics": it may be a line of its own)."""
    if point.source in answered:
        return True
    if len(point.source.split()) < 3:
        return False
    part = re.compile(rf"(?<!\w){re.escape(point.source)}(?!\w)")
    return any(part.search(line) for line in answered)


def _best_topic(
    source: str, topics: Sequence[Phrase], generic: Generic, asked: Sequence[bool]
) -> tuple[int, int]:
    """How well the point typed as `source` fits its best topic of `topics` (`ties.bridge`),
    and that topic's place, negated: of two topics it fits as well, the earlier; (0, 0) with
    no topic. `asked`: for each topic, whether it is a question put to the candidate."""
    return max(
        ((bridge(source, t.source, generic, asked=asked[k]), -k) for k, t in enumerate(topics)),
        default=(0, 0),
    )


def _plan_of(notes: Notes, answered: frozenset[str] = frozenset()) -> _Panel:
    points = usable_points(notes)
    people = notes.interviewers
    marks = marks_on([point.source for point in points], notes)  # a mark wins as an answer
    typed = [is_answered(point, answered) or marks[n][0] for n, point in enumerate(points)]
    common = lowercase_words(notes)
    generic = generic_of(notes)
    topics = [usable_topics(p, common) for p in people]
    power = [strength(point.source, common) for point in points]
    weak, felt, mine_power = powers(points, power, list(people), notes.role)  # no headline
    power = [min(p, INITIALS) if w else p for p, w in zip(power, weak, strict=True)]
    # How well each point fits each reader: (the tie a letter may say with their best topic,
    # that topic's place); `near`: any tie, which says whose letter a point is nearest.
    asked = [[asked_of(read_topic(t.source, common)) for t in mine] for mine in topics]
    fit = [
        [_best_topic(point.source, mine, generic, asked[r]) for point in points]
        for r, mine in enumerate(topics)
    ]
    near = [
        [max((tie(point.source, t.source, generic) for t in mine), default=0) for point in points]
        for mine in topics
    ]
    # A topic the letter cannot name ("commissioning the 2 new linacs 2027") still says what
    # the reader cares about: a point about it is theirs, said on its own ("I led the
    # commissioning of two TrueBeams ..."), not sent to a colleague it fits less.
    aside = [
        [max((tie(point.source, t, generic) for t in unsaid(p, mine)), default=0)
         for point in points]
        for p, mine in zip(people, topics, strict=True)
    ]  # fmt: skip
    about = [[max(near[r][n], aside[r][n]) for n in range(len(points))] for r in range(len(fit))]
    tied: list[dict[int, list[Phrase]]] = [{} for _ in people]
    summary: list[list[Phrase]] = [[] for _ in people]
    shared: list[list[Phrase]] = [[] for _ in people]  # a colleague's, kept in reserve
    owner: dict[int, int] = {}

    most = MOST_FACTS if len(people) == 1 else 2
    over = [0 for _ in people]  # answered points given past a letter's limit (one at most)

    def facts(person: int) -> int:
        return sum(map(len, tied[person].values())) + len(summary[person]) + len(shared[person])

    def room(person: int, number: int, most: int) -> bool:
        """Room for the point under `most`, or one over it for an answered point."""
        return facts(person) < most + (1 if typed[number] and not over[person] else 0)

    def give(person: int, number: int) -> None:
        found, place = fit[person][number]
        if found > 0:
            tied[person].setdefault(-place, []).append(points[number])
        else:
            summary[person].append(points[number])
        owner[number] = person
        if typed[number] and facts(person) > (TIES_PER_LETTER if found > 0 else most):
            over[person] += 1

    # One point to each letter first, the best overall: a point about a reader's topic goes
    # to that reader, the strongest such point first; a reader whose topics no point is about
    # gets the strongest point left. A point said weakly ("RDN, CSP") only when nothing else is.
    # A point about a colleague's topic is theirs: another reader takes it only when nothing
    # else is left.
    elsewhere = [max(row[n] for row in about) for n in range(len(points))]
    # A point that names what a reader's personal line says is not theirs to hear; a weak
    # credential their topics do not touch (not `felt`) opens no letter (said if nothing else is).
    field = f"{notes.role} {notes.company}"  # the work itself: a word of it echoes nothing
    echo = [[echoes(point.source, person, field) for point in points] for person in people]
    weights = [
        [0 if echo[r][n] or not felt[r][n] else
         _weight(about[r][n], mine_power[r][n], elsewhere[n]) + ANSWERED * typed[n]
         for n in range(len(points))]
        for r in range(len(fit))
    ]  # fmt: skip
    opening = marked_opening(one_each(weights), marks)  # a point marked as theirs opens theirs
    for person, number in enumerate(opening):
        if number is not None:
            give(person, number)
    # Then more points about a reader's topics: the strongest tie first, to whoever has fewer.
    # In a panel, a second point needs a clear tie (more than one shared word or theme): a
    # colleague with less may want it ("8 yrs warehouse" is about the GM's work as much as the
    # HR manager's "2nd shift turnover"); a topic that has a point already takes a second
    # only on a clearly stronger tie.
    pairs = [
        (fit[r][n][0], r, n) for r in range(len(people)) for n in range(len(points))
        if fit[r][n][0] > 0 and (mine_power[r][n] >= PLAIN or typed[n]) and not echo[r][n]
    ]  # fmt: skip
    while pairs := [p for p in pairs if p[2] not in owner and room(p[1], p[2], TIES_PER_LETTER)]:

        def weight(pair: tuple[int, int, int]) -> int:
            return 2 * pair[0] - 3 * len(tied[pair[1]].get(-fit[pair[1]][pair[2]][1], []))

        best = min(
            pairs,
            key=lambda p: (-weight(p), not typed[p[2]], facts(p[1]), -power[p[2]], p[2], p[1]),
        )
        strong, person, number = best
        on_topic = tied[person].get(-fit[person][number][1], [])
        clear = strong > 2 or len(people) == 1
        if weight(best) > 0 and (not on_topic or strong > 2) and len(on_topic) < 2 and clear:
            give(person, number)
        pairs.remove(best)
    # Points left, strongest first, each to one letter at most: to a reader with one point
    # (two to a reader whose topics none is about, whose letter leans on them), the reader
    # it is about first.
    spare = [
        n for n in range(len(points))
        if n not in owner and (max(row[n] for row in mine_power) >= PLAIN or typed[n])
    ]  # fmt: skip
    held = set(notes.qualifications)

    def has_room(person: int, number: int) -> bool:
        # a reader whose topics none is about leans on these: two (one for a single reader
        # with topics, whose letter says the topic)
        alone = len(people) == 1 and topics[person]
        lines = SOLO_SUMMARY if not tied[person] and not alone else 1
        if typed[number]:  # an answer counts against the letter's points, not its summary's
            return room(person, number, most)
        return facts(person) < most and len(summary[person]) < lines

    def same_kind(person: int, number: int) -> bool:
        """True when the letter has a point of this one's kind (held, or a result) already:
        of two as strong, a letter takes the other kind, so it recalls both."""
        mine = [p for g in tied[person].values() for p in g] + summary[person]
        return any((p.source in held) == (points[number].source in held) for p in mine)

    while options := [
        (n, r)
        for n in spare
        for r in range(len(people))
        if has_room(r, n) and not echo[r][n] and (mine_power[r][n] >= PLAIN or typed[n])
    ]:
        number, person = min(
            options,
            key=lambda o: (-power[o[0]], not typed[o[0]], -about[o[1]][o[0]],
                           same_kind(o[1], o[0]), facts(o[1]), o[0], o[1]),
        )  # fmt: skip
        give(person, number)
        spare.remove(number)
    # Every letter may recall a point: with fewer points than readers, a reader left with none
    # may share one with a colleague, first one tied to a topic of their own, else the least
    # used and strongest, so that no point ends up in every letter while another would do. One
    # about none of their topics is kept in reserve: the letter says its topics more fully
    # first (`Writer.write`).
    given = [[p for g in tied[i].values() for p in g] + summary[i] for i in range(len(people))]
    uses = {n: sum(points[n] in g for g in given) for n in range(len(points))}
    firsts = set(opening)
    for person in range(len(people)):
        if facts(person) or not points:
            continue
        # Before sharing, a colleague's second point changes hands: two letters with one each,
        # not one with two beside one that repeats a colleague's (reader 9's 45,000 calls).
        spares = [n for n in owner if n not in firsts and facts(owner[n]) > 1
                  and not echo[person][n] and power[n] >= PLAIN]  # fmt: skip
        if spares:
            number = max(spares, key=lambda n: (about[person][n], -about[owner[n]][n], -n))
            withdraw(tied[owner[number]], summary[owner[number]], points[number])
            give(person, number)
            continue
        found = max(
            (not echo[person][n], *fit[person][n], power[n], -n) for n in range(len(points))
        )
        number = -found[4]
        if found[1] <= 0:
            number = min(
                range(len(points)),
                key=lambda n: (echo[person][n], not felt[person][n], uses[n], elsewhere[n] > 0,
                               -power[n], n),
            )  # fmt: skip
        if weak[number] and uses[number] and not felt[person][number]:
            continue  # a weak credential is in one letter of a panel at most
        if uses[number] and found[1] <= 0:  # about none of their topics: said if short
            shared[person].append(points[number])
        else:
            give(person, number)
        uses[number] += 1
    ties = [
        [(topics[person][place], tied[person][place]) for place in sorted(tied[person])]
        for person in range(len(people))
    ]
    said = [mine + theirs for mine, theirs in zip(summary, shared, strict=True)]
    more = reserves(ties, said, points, about, power, notes, echo)
    extra = [mine + rest for mine, rest in zip(shared, more, strict=True)]
    return _Panel(ties, summary, contribution_plan(notes, topics, generic, facts), extra)


def _fit(point: Phrase, person: Interviewer) -> int:
    reader = stems(" ".join([*person.topics, person.title or ""]))
    return len(stems(point.source) & reader)


def select(
    notes: Notes,
    index: int,
    *,
    lead: str | None = None,
    more: bool = False,
    answered: frozenset[str] = frozenset(),
) -> Selection:
    """The content of the letter to interviewer number `index`.

    `lead` (a qualification or highlight as the notes write it) is carried first; `more` adds
    the best-fitting point not yet given to this reader; `answered`: the notes' lines typed as
    answers at `compose --ask` (none when not given), which win a place (`_plan_of`).
    """
    person = notes.interviewers[index]
    common = lowercase_words(notes)
    panel = _plan(notes, answered)
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
        asked = [asked_of(read_topic(t.source, common)) for t in topics]
        found, place = _best_topic(lead, topics, generic_of(notes), asked)
        if leading and found > 0:
            best = topics[-place]
            # The point asked for goes first under the topic it is about.
            others = [(t, [p for p in g if p != leading[0]]) for t, g in ties if t != best]
            mine = next((g for t, g in ties if t == best), [])
            ties = sorted(
                [(best, leading + [p for p in mine if p != leading[0]][:1]), *others],
                key=lambda pair: topics.index(pair[0]),
            )
            summary = [p for p in summary if p.source != lead]
        else:
            summary = leading + [p for p in summary if p.source != lead]
    summary, ties = first_marked(summary, notes), [(t, first_marked(g, notes)) for t, g in ties]
    topics = answered_first(topics, common)
    carries, about = panel.contribution[index]
    reserve = [p for p in panel.reserve[index] if p not in summary]
    contribution = analyse(notes.contribution, common) if carries and notes.contribution else None
    return Selection(
        # a line typed at `compose --ask` first, then the reader's question and its answer
        topics=tuple(
            sorted(first_marked(topics, notes), key=lambda t: not is_answered(t, answered))
        ),
        ties=tuple(Tie(topic, tuple(tied)) for topic, tied in ties),
        summary=tuple(summary),
        contribution=contribution,
        contribution_topic=about,
        reserve=tuple(reserve),
    )
