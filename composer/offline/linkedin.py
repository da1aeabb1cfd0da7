"""The offline writer's short note: a LinkedIn connection note to one interviewer.

A note has a hard character limit (the channel spec's `max_length`, 200 unless the notes or the
caller set another), so it is planned differently from a letter: a greeting line; one short
paragraph of thanks naming the role and the company, one point of this reader's conversation
(their topic, else one of the candidate's points, else their personal note) and a close that
looks ahead; the candidate's name alone on the last line. Every wording is whole: the writer
tries the fuller forms first and takes the first note that fits, never cutting a sentence.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from composer.channels import spec_for
from composer.dates import send_by_date
from composer.drafting import Adjustment
from composer.english import ROLE_NOUNS, bare_role, company_in_prose, given_name
from composer.models import Notes
from composer.offline.envelope import salutation
from composer.offline.phrasebook import Variation, seed_for
from composer.offline.phrases import Shape
from composer.offline.rapport import rapport_line
from composer.offline.realise import clause, sentence
from composer.offline.select import lowercase_words, usable_points, usable_topics
from composer.offline.writer import Written

# The wordings, by tone. Slots: {role} ("the Product Designer role"), {company}, {when}
# ("yesterday", "on Tuesday"), {topic}, {point} (a sentence of the candidate's, no stop).
GREETING: dict[str, tuple[str, ...]] = {
    "formal": ("Dear",),
    "first name": ("Hi", "Hello"),  # warm or concise, to a first name
    "titled": ("Dear",),  # "Ms. Whitfield", "Dana Whitfield"
}
THANKS: dict[str, tuple[str, ...]] = {
    "warm": (
        "Thank you for talking with me {when} about {role} at {company}.",
        "Thank you for our conversation {when} about {role} at {company}.",
        "Thanks so much for your time {when} and for the talk about {role} at {company}.",
        "Thank you for talking with me about {role} at {company}.",
        "Thanks for our chat about {role} at {company}.",
        "Thank you for our talk about {role} at {company}.",
    ),
    "formal": (
        "Thank you for meeting with me {when} to discuss {role} at {company}.",
        "Thank you for your time {when} regarding {role} at {company}.",
        "Thank you for discussing {role} at {company} with me.",
        "Thank you for your time regarding {role} at {company}.",
        "Thank you for discussing {role} at {company}.",
    ),
    "concise": (
        "Thanks for your time {when} discussing {role} at {company}.",
        "Thank you for our talk {when} about {role} at {company}.",
        "Thanks for discussing {role} at {company}.",
        "Thanks for our talk about {role} at {company}.",
    ),
}
TOPIC: dict[str, tuple[str, ...]] = {
    "warm": (
        "I really enjoyed our talk about {topic}.",
        "I especially enjoyed discussing {topic}.",
        "Our conversation about {topic} was a highlight for me.",
        "I enjoyed hearing about {topic}.",
        "I enjoyed our talk about {topic}.",
    ),
    "formal": (
        "I valued our discussion of {topic}.",
        "I particularly valued discussing {topic}.",
        "I found our discussion of {topic} most useful.",
        "I valued hearing about {topic}.",
    ),
    "concise": (
        "I enjoyed discussing {topic}.",
        "I enjoyed our talk about {topic}.",
        "Our talk about {topic} was a highlight.",
    ),
}
# Thanks and their topic in one sentence, for a role and company whose names leave no room for
# both. Slots as above, and {interview}: "my Product Designer interview" (or "my interview for
# the Staff Nurse, Cardiac Unit role" when the role's name has a comma).
TOPIC_THANKS: dict[str, tuple[str, ...]] = {
    "warm": (
        "Thank you for our talk about {topic} during {interview} with {company}.",
        "Thanks for our chat about {topic} at {interview} with {company}.",
    ),
    "formal": (
        "Thank you for discussing {topic} with me during {interview} with {company}.",
        "Thank you for our conversation about {topic} at {interview} with {company}.",
    ),
    "concise": (
        "Thanks for discussing {topic} at {interview} with {company}.",
        "Thanks for our talk about {topic} at {interview} with {company}.",
    ),
}
# A sentence of the candidate's own, as `phrases.clause` says it: "I led usability studies".
POINT: dict[str, tuple[str, ...]] = {
    "warm": ("{point}, and I would love to bring that to the team.", "{point}."),
    "formal": ("{point}, which I would be glad to bring to the role.", "{point}."),
    "concise": ("{point}.",),
}
CLOSE: dict[str, tuple[str, ...]] = {
    "warm": (
        "I look forward to hearing from you.",
        "I hope we can speak again soon.",
        "I look forward to the next steps.",
        "Hope to talk again soon.",
    ),
    "formal": (
        "I look forward to hearing from you.",
        "I look forward to the next stage.",
        "I hope to hear from you soon.",
        "I hope to hear from you.",
    ),
    "concise": (
        "Looking forward to hearing from you.",
        "Hope to speak again soon.",
        "Looking forward to next steps.",
        "Hope to hear from you soon.",
    ),
}
_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n")


def _key(sentence: str) -> str:
    return " ".join(sentence.casefold().split())


# Words for the conversation itself: said twice in a row, "Thanks for our talk ... I enjoyed our
# talk about ..." reads as a template.
_TALK = re.compile(r"\b(?:talk|discuss|chat|conversation|hear)", re.IGNORECASE)


def _echoes(sentences: tuple[str, ...]) -> bool:
    """True when two neighbouring sentences name the conversation with the same word."""
    found = [{m.group().casefold() for m in _TALK.finditer(s)} for s in sentences]
    return any(a & b for a, b in itertools.pairwise(found))


@dataclass(frozen=True)
class _Plan:
    """One way to say the note, fullest first: the sentences of its paragraph and the name."""

    sentences: tuple[str, ...]
    name: str
    substance: int  # how many points of the conversation it recalls


def _turn(items: list[str], steps: int) -> list[str]:
    """`items` begun `steps` places on, wrapping round."""
    if not items:
        return items
    steps %= len(items)
    return items[steps:] + items[:steps]


_FIRST_PERSON = re.compile(r"\b(?:I|I'd|I'm|I've|my|me)\b")
_CASUAL = re.compile(r"^(?:Thanks|Hope|Looking)\b")  # "Thanks for ...", "Hope to ..."


class NoteWriter:
    """Writes the note to interviewer `index`; `salt` asks for other wordings on a retry."""

    def __init__(
        self,
        notes: Notes,
        index: int,
        *,
        today: dt.date | None = None,
        salt: int = 0,
        earlier: Sequence[str] = (),
        adjust: Adjustment | None = None,
    ):
        self.notes = notes
        # A rewrite on request: the note's length in characters kept within these bounds
        # (never over the channel's limit), and a point of the candidate's said first.
        self.adjust = adjust or Adjustment()
        # The notes written to this panel's earlier readers: their sentences are not reused.
        self.taken = [frozenset(_key(s) for s in _SENTENCE.split(text)) for text in earlier]
        self.index, self.salt = index, salt
        self.person = notes.interviewers[index]
        self.tone = notes.tone
        self.limit = spec_for(notes).max_length
        self.variation = Variation(
            seed_for(notes.candidate.name, notes.company, "note", str(salt)), offset=index
        )
        send_by = send_by_date(notes.interview.date)
        self.send_day = max(send_by, today) if today is not None else send_by
        self.notices: list[str] = []

    def _order(self, slot: str, table: dict[str, tuple[str, ...]]) -> list[str]:
        """This note's wordings for `slot`: its own choice first, then the rest in turn."""
        return self.variation.order(slot, table[self.tone])

    def greeting(self) -> str:
        name = salutation(self.person, self.tone)
        first_name = " " not in name and "." not in name
        key = "formal" if self.tone == "formal" else "first name" if first_name else "titled"
        return f"{self.variation.pick('greeting', GREETING[key])} {name},"

    def _role(self) -> str:
        role = bare_role(self.notes.role)
        last = role.split()[-1].lower() if role.split() else ""
        return f"the {role}" if last in ROLE_NOUNS else f"the {role} role"

    def _when(self) -> str:
        if self.send_day - self.notes.interview.date <= dt.timedelta(days=1):
            return "yesterday"
        return f"on {self.notes.interview.date:%A}"

    def thanks(self) -> list[str]:
        values = {
            "role": self._role(),
            "company": company_in_prose(self.notes.company),
            "when": self._when(),
        }
        company = self.notes.company
        found = []
        for wording in self._order("thanks", THANKS):
            text = wording.format(**values)
            if company.endswith((".", "!", "?")):
                text = text.replace(f"{company}.", company)  # "at Acme Inc." ends the sentence
            found.append(text)
        return found

    def _interview(self) -> str:
        role = bare_role(self.notes.role)
        if "," in role:
            return f"my interview for {self._role()}"
        return f"my {role} interview"

    def topics(self, table: dict[str, tuple[str, ...]] = TOPIC) -> list[list[str]]:
        """Each usable topic of this reader, in every wording of `table` in this note's order."""
        common = lowercase_words(self.notes)
        values = {"interview": self._interview(), "company": company_in_prose(self.notes.company)}
        found = []
        for topic in usable_topics(self.person, common):
            wordings = self._order("topic", table)
            if topic.shape is Shape.GERUND:
                # "discussing moving the jobs" stumbles: "our talk about moving the jobs"
                wordings = [w for w in wordings if "discussing {topic}" not in w] or wordings
            if _FIRST_PERSON.search(topic.text):
                # "hearing about the lesson I taught" gets it backwards: "our talk about" it
                wordings = [w for w in wordings if re.search(r"\bour\b", w)] or wordings
            found.append([w.format(topic=topic.text, **values) for w in wordings])
        return found

    def candidate_points(self) -> list[list[str]]:
        """Each of the candidate's points that can be said, in every wording."""
        found = []
        # A point with commas ("J.D. Fordham Law 2021, cum laude") reads as a pasted note
        # inside one short sentence: those come last.
        lead = self.adjust.lead
        for point in sorted(
            usable_points(self.notes), key=lambda p: (p.text != lead, "," in p.text)
        ):
            said = clause(point)
            if said is None:
                continue
            wordings = self._order("point", POINT)
            if point.shape in (Shape.CLAUSE, Shape.FIRST_PERSON):
                wordings = ["{point}."]  # a sentence with its own subject stands alone
            found.append([sentence(w.format(point=said.text())) for w in wordings])
        return found

    def personal(self) -> list[list[str]]:
        """The line for each personal note that can be used."""
        names = [self.person.name, self.person.name.split()[0]]
        if self.person.salutation:
            names.append(self.person.salutation)
        found = []
        for note in self.person.rapport:
            line = rapport_line(note, names, tone=self.tone, channel=self.notes.channel)
            if line.text is not None:
                found.append([line.text])
        return found

    def thanks_in_order(self) -> list[str]:
        """The thanks wordings: those that say when first (this note's choice leading)."""
        found = self.thanks()
        return [t for t in found if self._when() in t] + [t for t in found if self._when() not in t]

    def plans(self) -> list[_Plan]:
        """Every way to say the note, best first: two points, one, none; within each, a note
        that keeps the register of a "Dear" greeting before a casual one."""
        # A retry (`salt`) turns both lists, so that the notes of a panel can differ.
        thanks = _turn(self.thanks_in_order(), self.salt)
        closes = _turn(self._order("close", CLOSE), self.salt + self.index)
        dear = self.greeting().startswith("Dear")
        # "Dear Ms. Lee," is signed "Priya Raman"; "Priya" only when the full name leaves no
        # room for a point or for sentences of one's own.
        names = [self.notes.candidate.name, given_name(self.notes.candidate.name)]
        topics, points = self.topics(), self.candidate_points()
        # (kind, sentences): a topic of theirs (0) before a point of the candidate's (1) before
        # their personal note (2); both a topic and a point first, nothing last.
        middles: list[tuple[int, tuple[str, ...]]] = []
        if topics and points:
            middles.append((0, (topics[0][0], points[0][0])))
        for kind, options in enumerate((topics, points, self.personal())):
            middles += [(kind, (wording,)) for option in options for wording in option]
        middles.append((3, ()))
        # (first sentence, what it recalls): the thanks alone, or the thanks with their topic
        firsts = [(t, 0) for t in thanks]
        firsts += [(t, 1) for option in self.topics(TOPIC_THANKS) for t in option]
        ranked = []
        for rank, ((kind, middle), name, (first, recalled), close) in enumerate(
            itertools.product(middles, names, firsts, closes)
        ):
            if recalled and middle:
                continue  # their topic is said once
            substance = len(middle) + recalled
            kind = 0 if recalled else kind
            # "Dear Ms. Whitfield," is answered by "Thank you" and a whole closing sentence;
            # the casual forms only when nothing else of the same substance fits.
            casual = sum(bool(_CASUAL.match(w)) for w in (first, close)) if dear else 0
            short = dear and name != names[0]
            # A formal note keeps the full name even at the cost of their topic; a point of the
            # candidate's asked for by name comes before their topic.
            if self.adjust.lead is not None and kind == 1:
                kind = -1
            key = (-substance, short and self.tone == "formal", kind, short, casual, rank)
            ranked.append((key, _Plan((first, *middle, close), name, substance)))
        return [plan for _, plan in sorted(ranked, key=lambda item: item[0])]

    def room(self) -> int:
        """How many wordings that recall a point of the conversation fit in the limit."""
        return sum(p.substance > 0 and len(self.render(p)) <= self.limit for p in self.plans())

    def _ordered(self) -> list[_Plan]:
        # A note with a point first; then one that repeats at most one sentence of a colleague's
        # note (`unique` allows less than half), else as few as can be; then one that does not
        # say "talk" twice in a row (a formal one: signed with the full name first); then one
        # that repeats nothing; then the plan's own order.
        def shared(plan: _Plan) -> int:
            keys = [_key(s) for s in plan.sentences]
            return max((sum(k in taken for k in keys) for taken in self.taken), default=0)

        def over_half(plan: _Plan) -> bool:
            return shared(plan) * 2 > len(plan.sentences)

        return sorted(
            self.plans(),
            key=lambda p: (
                p.substance == 0,
                over_half(p),
                # with no room to differ enough, at least not a colleague's note word for word
                over_half(p) and shared(p),
                self.tone == "formal" and p.name != self.notes.candidate.name,
                _echoes(p.sentences),
                shared(p) > 0,
            ),
        )

    def render(self, plan: _Plan) -> str:
        return "\n".join([self.greeting(), " ".join(plan.sentences), plan.name])

    def write(self) -> Written:
        """The note: the first plan that fits (and, on request, is as short or long as asked)."""
        low, high = self.adjust.least_chars, self.adjust.most_chars
        if low is not None or high is not None:
            for plan in self._ordered():
                text = self.render(plan)
                size = len(text)
                # the rules want a point of the conversation: a note without one is no choice
                if plan.substance and (low or 0) <= size <= min(self.limit, high or self.limit):
                    return Written(text, ())
            # Nothing is as asked: the plain note, which the reviser finds unchanged.
        return self._fitting()

    def _fitting(self) -> Written:
        shortest: str | None = None
        for plan in self._ordered():
            text = self.render(plan)
            if len(text) <= self.limit:
                if plan.substance == 0:
                    self.notices.append(
                        f"The LinkedIn note to {self.person.name} recalls no point of your "
                        f"conversation: none fits in {self.limit} characters. Add a short "
                        "topic to the notes, or allow more characters (max_chars)."
                    )
                return Written(text, tuple(self.notices))
            if shortest is None or len(text) < len(shortest):
                shortest = text
        assert shortest is not None
        self.notices.append(
            f"The LinkedIn note to {self.person.name} has {len(shortest)} characters even in "
            f"its shortest form, over the limit of {self.limit}: the role and company names "
            "take most of the room. Shorten the note by hand, or allow more characters "
            "(max_chars)."
        )
        return Written(shortest, tuple(self.notices))
