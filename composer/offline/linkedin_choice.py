"""Which way to say a LinkedIn note is chosen: `PlanChooser` ranks the ways that fit.

A way to say the note (`Plan`) is ranked first by what it recalls of the conversation, then by
how little it repeats of the panel's earlier notes (their sentences and their wordings), then by
register and by how much it says; a retry says as few as it can of the attempts before it.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from typing import NamedTuple

from composer import regexes as re
from composer.offline.linkedin_wording import TALK

SENTENCE = re.compile(r"(?<=[.!?])\s+|\n")


def _spoken_key(sentence: str) -> str:
    """`sentence` as compared with an earlier note's: case and spacing aside, punctuation kept
    (unlike `rules.repetition.sentence_key`, which compares words only)."""
    return " ".join(sentence.casefold().split())


class Plan(NamedTuple):  # a tuple: made thousands of times a note
    """One way to say the note, fullest first: the sentences of its paragraph and the name."""

    sentences: tuple[str, ...]
    name: str
    substance: int  # how many points of the conversation it recalls
    kind: int = 0  # what it recalls first: a point asked for (-1), their topic (0), a point
    # of the candidate's (1), their personal note (2), nothing (3)
    casual: int = 0  # "Thanks ...", "Hope to ..." under a "Dear" greeting
    combined: bool = False  # their topic said in the thanks, for want of room
    fit: int = 0  # how many words its point of the candidate's shares with their topics


class Way(NamedTuple):
    """One way to say the note, in parts, and its length rendered: a `Plan` once it fits."""

    length: int
    middle: tuple[int, tuple[str, ...], int]  # (kind, sentences, fit)
    name: str
    first: str
    recalled: int  # the first sentence says their topic
    close: str

    @property
    def substance(self) -> int:
        return len(self.middle[1]) + self.recalled


def _best(plans: Sequence[Plan], ranks: Sequence[Callable[[Plan], int]]) -> Plan:
    """The first of `plans` that ranks best, reason by reason (as `min` with the reasons as a
    tuple for key): each reason is asked only of the plans that tie on the reasons before it."""
    for rank in ranks:
        if len(plans) == 1:
            break
        values = [rank(plan) for plan in plans]
        least = min(values)
        plans = [plan for plan, value in zip(plans, values, strict=True) if value == least]
    return plans[0]


class PlanChooser:
    """Ranks a note's plans beside the panel's `earlier` notes; `salt` counts the retries.

    `frames` are the wordings a sentence may be said in, each with the pattern that finds it;
    `when` is the thanks' day ("yesterday"); `full_name` the candidate's name in full;
    `titled`: a formal note, which greets its reader by title ("Dear Mr. Sinclair,") and is
    signed in full.
    """

    def __init__(
        self,
        frames: Sequence[tuple[str, re.Pattern[str]]],
        *,
        when: str,
        full_name: str,
        salt: int = 0,
        titled: bool = False,
    ):
        self.frames, self.when, self.full_name, self.salt = frames, when, full_name, salt
        self.titled = titled
        self._frame_of: dict[str, str] = {}
        self._talk_of: dict[str, frozenset[str]] = {}
        self._key_of: dict[str, str] = {}
        self.taken: list[frozenset[str]] = []
        self.used: list[set[str]] = []
        self.signed: set[str] = set()  # the names the panel's earlier notes are signed with

    def beside(self, earlier: Sequence[str]) -> None:
        """Rank beside the panel's `earlier` notes (not their wordings)."""
        self.taken = [frozenset(_spoken_key(s) for s in SENTENCE.split(text)) for text in earlier]
        self.used = [{self._frame(s) for s in SENTENCE.split(text)} for text in earlier]
        self.signed = {text.rstrip().rsplit("\n", 1)[-1] for text in earlier if "\n" in text}

    def _frame(self, sentence: str) -> str:
        """The wording `sentence` is said in, or the sentence itself when it has none."""
        if sentence not in self._frame_of:
            bare = sentence.rstrip(".")
            found = (wording for wording, pattern in self.frames if pattern.fullmatch(bare))
            self._frame_of[sentence] = next(found, _spoken_key(sentence))
        return self._frame_of[sentence]

    def _cached_key(self, sentence: str) -> str:
        if sentence not in self._key_of:
            self._key_of[sentence] = _spoken_key(sentence)
        return self._key_of[sentence]

    def _shared(self, plan: Plan) -> int:
        """The most sentences `plan` has in common with any one earlier note of the panel."""
        keys = [self._cached_key(s) for s in plan.sentences]
        return max((sum(k in taken for k in keys) for taken in self.taken), default=0)

    def _reused(self, sentences: tuple[str, ...]) -> int:
        """How often the wordings of `sentences` were taken by the panel's earlier notes."""
        frames = [self._frame(s) for s in sentences]
        return sum(frame in used for frame in frames for used in self.used)

    def ranks(self, plans: Sequence[Plan]) -> list[Callable[[Plan], int]]:
        """Where a plan stands among the notes that fit, reason by reason, the most important
        first (`plans` are those to be ranked: what they share with earlier notes is counted
        once for each)."""
        shared = {plan: self._shared(plan) for plan in plans}

        def over_half(plan: Plan) -> bool:
            return shared[plan] * 2 > len(plan.sentences)

        return [
            # a point of the conversation: the rules want one
            lambda plan: plan.substance == 0,
            # `unique` allows a colleague's note less than half of its sentences; with no room
            # to differ enough, at least not their note word for word
            over_half,
            lambda plan: shared[plan] if over_half(plan) else 0,
            # what this reader discussed before what any reader might be told
            lambda plan: plan.kind,
            # signed as the panel's earlier notes are: "Aoife Brennan" on one note and "Aoife"
            # on the next reads as two people (reader 13); the tightest note goes first
            lambda plan: bool(self.signed) and plan.name not in self.signed,
            # "Dear Mr. Sinclair," is signed "Brett Kowalchuk", not "Brett", wherever their
            # topic leaves room (before the wording's own niceties below)
            lambda plan: self.titled and plan.name != self.full_name,
            # "Thanks for our talk ... I enjoyed our talk about ..." reads as a template
            lambda plan: self._echoes(plan.sentences),
            # the register of a "Dear" greeting: whole sentences
            lambda plan: plan.casual,
            # signed with the full name; the first name only when it leaves no room for their
            # topic or for whole sentences
            lambda plan: plan.name != self.full_name,
            # the thanks and their topic in one sentence only when two do not fit
            lambda plan: plan.combined,
            # not half of any one earlier note; then thanks worded as few of the panel's
            # earlier notes are
            lambda plan: shared[plan] * 2 >= len(plan.sentences),
            lambda plan: self._reused(plan.sentences[:1]),
            lambda plan: -plan.substance,
            # the candidate's point that meets what they discussed
            lambda plan: -plan.fit,
            # "yesterday": the note goes out the day after
            lambda plan: self.when not in plan.sentences[0],
            # the rest worded as few of the panel's earlier notes are
            lambda plan: self._reused(plan.sentences[1:]),
        ]

    def choose(self, plans: list[Plan]) -> Plan:
        """The best of `plans` (the first of equals: plans run fullest first). A retry (`salt`)
        says as few as it can of the sentences of the attempts before it, whichever of them
        broke a rule."""
        ranks = self.ranks(plans)
        tried: list[Plan] = []
        for _ in range(self.salt + 1):
            said = {s for plan in tried for s in plan.sentences}

            def fresh(plan: Plan, said: set[str] = said) -> int:
                return sum(s in said for s in plan.sentences)

            # a point, and not half of a colleague's note, before what was said already
            tried.append(_best(plans, [*ranks[:3], fresh, *ranks[3:]]))
        return tried[-1]

    def _echoes(self, sentences: tuple[str, ...]) -> bool:
        """True when two neighbouring sentences name the conversation with the same word."""
        found = [self._talk_words(s) for s in sentences]
        return any(a & b for a, b in itertools.pairwise(found))

    def _talk_words(self, sentence: str) -> frozenset[str]:
        if sentence not in self._talk_of:
            words = frozenset(m.group().casefold() for m in TALK.finditer(sentence))
            self._talk_of[sentence] = words
        return self._talk_of[sentence]
