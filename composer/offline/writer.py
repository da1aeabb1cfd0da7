"""Document planning, assembly and length fitting: one letter to one interviewer.

The plan, paragraph by paragraph: thanks (role, company, when); this reader's topic tied to the
points selected for them, then their contribution; the follow-up; one personal line; interest
and the next step in one closing sentence (with other roles when the candidate is open to
them). Each sentence is tagged with its section, so length fitting drops optional ones in the
phrasebook's `DROP_ORDER`. Nothing is added to reach a minimum length: a letter from thin notes
stays short and `Letter.notices` says which notes fields would give it substance.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from composer.channels import channel_spec
from composer.dates import send_by_date
from composer.drafting import Adjustment
from composer.english import ROLE_NOUNS, bare_role
from composer.models import Notes
from composer.offline import envelope, phrasebook
from composer.offline.followup import follow_up_line, next_steps_line, presumes
from composer.offline.phrasebook import Variation, seed_for
from composer.offline.phrases import Phrase, Shape
from composer.offline.rapport import rapport_line
from composer.offline.realise import (
    Clause,
    clause,
    joinable,
    lower_start,
    sentence,
    with_article,
)
from composer.offline.select import Selection, lowercase_words, select, stems, thin_notice
from composer.offline.wording import Wording, sentence_keys
from composer.rules.text import parse

# How and when the interview happened, from the day ("yesterday", "on Tuesday") and its
# possessive ("yesterday's", "Tuesday's"): as an adverbial and as a noun.
_MET = {
    "phone": ("on the phone {when}", "{whose} phone call"),
    "video": ("on our video call {when}", "{whose} video call"),
    "onsite": ("during my visit {when}", "{whose} on-site interview"),
    "panel": ("at {whose} panel", "{whose} panel interview"),
}


@dataclass(frozen=True)
class Sentence:
    """One sentence of the letter: the section it says and its paragraph."""

    section: str
    paragraph: int
    text: str


@dataclass(frozen=True)
class Written:
    """A letter's text and what the report should say about how it was written."""

    text: str
    notices: tuple[str, ...] = field(default_factory=tuple)


class Writer(Wording):
    """Writes the letter to interviewer `index`; `salt` asks for other wordings on a retry."""

    def __init__(
        self,
        notes: Notes,
        index: int,
        *,
        today: dt.date | None = None,
        salt: int = 0,
        adjust: Adjustment | None = None,
        earlier: Sequence[str] = (),
    ):
        adjust = adjust or Adjustment()
        # The sentences of the panel's letters written before this one: a wording that would
        # repeat one gives way to another, so a panel with little to say per reader still varies.
        self.taken = frozenset(sentence_keys(earlier))
        self.notes = notes
        self.index = index
        self.person = notes.interviewers[index]
        self.tone = notes.tone
        self.channel = notes.channel
        self.email = notes.channel == "email"
        spec = channel_spec(notes.channel)
        self.low, self.high = spec.min_words, spec.max_words
        self.floor = spec.thin_floor_words  # shorter than this is no letter at all
        if adjust.most_words is not None:
            self.high = min(self.high, adjust.most_words)
        if adjust.least_words is not None:
            self.low = min(max(self.low, adjust.least_words), self.high)
        self.more_topics = 1 if adjust.more else 0
        # Shortened on request: a sentence whose loss would take the letter under its floor
        # stays (and the next in the drop order goes), so no filler is added back.
        self.keep_floor = adjust.most_words is not None
        self.common = lowercase_words(notes)
        self.variation = Variation(
            seed_for(notes.candidate.name, notes.company, str(salt)), offset=index
        )
        self.used: set[str] = set()
        self.selection: Selection = select(notes, index, lead=adjust.lead, more=adjust.more)
        self.send_day = self._send_day(today)
        self.notices: list[str] = []
        self.moods: set[str] = set()  # feeling words this letter has used
        self.frames: set[tuple[str, ...]] = set()  # three-word runs of the wordings used
        # Words of the role and company say nothing of a tie between a point and a topic:
        # "accessible design" and "handing designs over" are not one subject for a designer.
        self.generic = stems(f"{notes.role} {notes.company}")

    # --- helpers --------------------------------------------------------------------------
    def _send_day(self, today: dt.date | None) -> dt.date:
        send_by = send_by_date(self.notes.interview.date)
        return max(send_by, today) if today is not None else send_by

    def role_phrase(self) -> str:
        role = bare_role(self.notes.role)
        last = role.split()[-1].lower() if role.split() else ""
        if last in ROLE_NOUNS:
            return f"the {role}"
        nouns = ("role", "position", "role")
        return f"the {role} {self.variation.order('role noun', nouns)[0]}"

    def when(self) -> tuple[str, str]:
        """("yesterday", " yesterday") or ("on Tuesday", " on Tuesday"): adverb, after a noun."""
        if self.send_day - self.notes.interview.date <= dt.timedelta(days=1):
            return "yesterday", " yesterday"
        day = f"on {self.notes.interview.date:%A}"
        return day, f" {day}"

    def clause_for(self, phrase: Phrase) -> Clause:
        said = clause(phrase, variant=self.variation.number(f"verb {phrase.text}"))
        assert said is not None  # selection keeps only points that have a clause
        return said

    # --- sections -------------------------------------------------------------------------
    def subject(self) -> str:
        role = bare_role(self.notes.role)
        words = role.split()
        if len(words) > 1 and words[-1].lower() in ROLE_NOUNS:
            role = " ".join(words[:-1])
        values = {
            "role": role,
            "company": self.notes.company,
            "candidate": self.notes.candidate.name,
        }
        options = self.variation.order("subject", self.words("subject"))
        for option in options:
            line = "Subject: " + self._fix_stops(option.format(**values))
            if len(line) <= 80:
                return line
        return "Subject: Thank you for the interview"

    def greeting(self) -> str:
        return envelope.greeting(self.person, self.tone, self.channel, self.variation)

    def thanks(self) -> list[Sentence]:
        when, _ = self.when()
        whose = "yesterday's" if when == "yesterday" else f"{self.notes.interview.date:%A}'s"
        met, met_noun = _MET.get(
            self.notes.interview.format or "", ("{when}", "our conversation {when}")
        )
        text = self.pick(
            "thanks",
            met_when=met.format(when=when, whose=whose),
            met_noun_when=met_noun.format(when=when, whose=whose),
            role=self.role_phrase(),
            company=self.notes.company,
        )
        return [Sentence("thanks", 0, text)]

    def middle(self) -> list[Sentence]:
        topics = self.selection.topics
        points = list(self.selection.points)
        out: list[Sentence] = []
        if topics:
            first = topics[0].text
            text = self.pick("topic", topic=first, Topic=sentence(first)[:-1])
            out.append(Sentence("topic", 1, text))
        for number, point in enumerate(points):
            said = self.clause_for(point)
            values = {
                "clause": sentence(said.text())[:-1],
                "clause_lower": lower_start(said.text()),
                "clause_also": self._also(point, said),
            }
            if number == 0:
                # A point is tied to the topic only when they share words; otherwise it is
                # said as why the candidate fits the role, with no claim about the topic.
                linked = topics and stems(point.source) & stems(topics[0].source) - self.generic
                section = "link" if linked else "point"
                out.append(Sentence("point", 1, self.pick(section, **values)))
            elif number == 1:
                out.append(Sentence("point_more", 1, self.pick("point_more", **values)))
            else:  # one connector is enough: a third point is said plainly
                plain = said.text()
                last = out[-1]
                if number == 3 and joinable(last.text[:-1]) and joinable(plain):
                    # "I am registered with NMBI, and I have 5 years on a busy ward."
                    plain = f"{last.text[:-1]}, and {lower_start(plain)}"
                    out.pop()
                out.append(Sentence("point_more", 1, sentence(plain)))
        for more_topic in topics[1 : (2 if self.email else 3) + self.more_topics]:
            more = more_topic.text
            out.append(
                Sentence(
                    "topic_more", 1, self.pick("topic_more", topic=more, Topic=sentence(more)[:-1])
                )
            )
        out += self.contribution()
        return out

    def _also(self, point: Phrase, said: Clause) -> str:
        """The point with "also" in place: "I also led ...", "I am also ACA qualified, and ..."."""
        if said.whole is None:
            return sentence(said.text("also"))[:-1]
        if point.shape is Shape.PAIR:
            first, second = (self.clause_for(part) for part in point.parts)
            if first.whole is None and second.whole is None:
                return f"{first.text('also')}, and {second.text()}"
        return "Also, " + lower_start(said.text())

    def contribution(self) -> list[Sentence]:
        phrase = self.selection.contribution
        if phrase is None:
            return []
        paragraph = 1 if self.email else 2
        if phrase.shape in (Shape.NOUN, Shape.ROLE):
            text = self.pick("contribution_np", np=with_article(phrase))
        elif phrase.shape is Shape.BASE:
            text = self.pick("contribution_vp", vp=phrase.text)
        elif phrase.shape is Shape.GERUND:
            text = self.pick("contribution_gerund", vp=phrase.text)
        else:
            said = clause(phrase)
            if said is None:
                return []
            text = sentence(said.text())
            paragraph = 1  # "I am eager to learn." is no paragraph of its own
        return [Sentence("contribution", paragraph, text)]

    def follow_up(self) -> list[Sentence]:
        line = follow_up_line(
            self.notes.follow_up,
            self.common,
            self.tone,
            self.channel,
            self.variation,
            fits=self.fits,
        )
        if not line:
            return []
        self.note(line)
        return [Sentence("follow_up", 3, line)]

    def rapport(self) -> list[Sentence]:
        person = self.person
        names = [person.name, person.name.split()[0]]
        if person.salutation:
            names.append(person.salutation)
        for note in person.rapport:
            line = rapport_line(
                note,
                names,
                tone=self.tone,
                channel=self.channel,
                variation=self.variation,
                fits=self.fits,
            )
            if line.text is not None:
                self.note(line.text)
                return [Sentence("rapport", 4, line.text)]
            self.notices.append(
                f'The personal note for {person.name} ("{note}") was left out: {line.skipped}.'
            )
        return []

    def closing(self) -> list[Sentence]:
        """The next step welcomed (or hearing from them), and other roles when welcome."""
        steps = next_steps_line(
            self.notes.next_steps,
            self.common,
            self.tone,
            self.channel,
            self.variation,
            fits=self.fits,
        )
        if presumes(self.notes.next_steps):
            self.notices.append(
                f'The next step ("{self.notes.next_steps}") was left out: it reads as if the job '
                "were already yours."
            )
        out = [Sentence("next_step", 5, f"{steps}.")]
        if self.notes.open_to_other_roles:
            company = self.notes.company
            out.append(Sentence("other_roles", 5, self.pick("other_roles", company=company)))
        return out

    def extras(self) -> list[Sentence]:
        """Sentences for a letter under its minimum, in the order they are added.

        Thanks again goes before the next step; an offer of more only into a letter that
        would otherwise be too short to send at all (under the channel's thin floor).
        """
        out = []
        if self.selection.topics:
            out.append(Sentence("topic_again", 1, self.pick("topic_again")))
        out.append(Sentence("closing", 5, self.pick("closing")))
        out.append(Sentence("offer", 5, self.pick("offer")))
        return out

    def signature(self) -> str:
        return envelope.signature(self.notes, self.variation, self.person)

    def letterhead(self) -> str:
        return envelope.letterhead(self.notes, self.person, self.send_day)

    # --- assembly -------------------------------------------------------------------------
    def render(self, sentences: list[Sentence]) -> str:
        paragraphs: dict[int, list[str]] = {}
        for item in sentences:
            paragraphs.setdefault(item.paragraph, []).append(item.text)
        body = "\n\n".join(" ".join(paragraphs[key]) for key in sorted(paragraphs))
        head = self.subject() if self.email else self.letterhead()
        return "\n".join([head, "", self.greeting(), "", body, "", self.signature()])

    def length(self, sentences: list[Sentence]) -> int:
        return parse(self.render(sentences)).words

    def plan(self) -> list[Sentence]:
        return [
            *self.thanks(),
            *self.middle(),
            *self.follow_up(),
            *self.rapport(),
            *self.closing(),
        ]

    def write(self) -> Written:
        sentences = self.plan()
        for section in phrasebook.DROP_ORDER:
            if self.length(sentences) <= self.high:
                break
            droppable = [s for s in sentences if s.section == section]
            if section == "point":
                droppable = droppable[1:]  # the first point says why the candidate fits
            for item in reversed(droppable):
                without = [s for s in sentences if s is not item]
                if self.keep_floor and self.length(without) < self.low:
                    continue
                sentences = without
                if self.length(sentences) <= self.high:
                    break
        # Short: what the notes still support, a wish to go on with this reader's topic and
        # thanks again; never a claim about the interview that the notes do not make.
        for extra in self.extras():
            if self.length(sentences) >= self.low:
                break
            if extra.section == "offer" and self.length(sentences) >= self.floor:
                break
            if extra.section == "topic_again":  # after the topic and the points, before the rest
                middle = ("topic", "point", "point_more", "topic_more")
                place = max(i for i, item in enumerate(sentences) if item.section in middle)
                sentences.insert(place + 1, extra)
            elif extra.section == "closing":  # "Thank you again ... I look forward to ..."
                place = next(i for i, item in enumerate(sentences) if item.section == "next_step")
                sentences.insert(place, extra)
            else:
                sentences.append(extra)
        words = self.length(sentences)
        if words < self.low:
            self.notices.append(thin_notice(self.notes, self.index, words))
        return Written(self.render(sentences), tuple(self.notices))
