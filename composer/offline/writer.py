"""Document planning, assembly and length fitting: one letter to one interviewer.

The plan, paragraph by paragraph: thanks (role, company, when); this reader's topic tied to the
points selected for them, then their contribution (`body` says these); the follow-up; one
personal line; interest and the next step in one closing sentence (with other roles when the
candidate is open to them). Each sentence is tagged with its section, so length fitting drops
optional ones in the phrasebook's `DROP_ORDER`. Nothing is added to reach a minimum length: a
letter from thin notes stays short and `Letter.notices` says which notes fields would give it
substance.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from composer.channels import channel_spec
from composer.dates import send_by_date
from composer.drafting import Adjustment
from composer.english import ROLE_NOUNS, bare_role, company_in_prose, count_words
from composer.models import Notes
from composer.next_steps import next_step_date
from composer.offline import envelope, phrasebook
from composer.offline.asked import follow_up_reader, left_out
from composer.offline.body import Body, Sentence
from composer.offline.flagged import POINTS, unflagged
from composer.offline.followup import follow_up_line, next_steps_line, presumes, promised
from composer.offline.nextsteps import reader_names
from composer.offline.phrasebook import Variation, seed_for
from composer.offline.rapport import rapport_line
from composer.offline.realise import (
    joinable,
    lower_start,
)
from composer.offline.select import MOST_FACTS, Selection, select, thin_notice
from composer.offline.tone import registered, shortened
from composer.offline.usable import lowercase_words, stems, usable_points
from composer.offline.wording import sentence_keys
from composer.rules import structure
from composer.rules.context import Context
from composer.rules.facts import facts_for
from composer.rules.text import parse
from composer.rules.wording import SUBJECT_RE, normalise

# How and when the interview happened, from the day ("yesterday", "on Tuesday") and its
# possessive ("yesterday's", "Tuesday's"): as an adverbial and as a noun.
_MET = {
    "phone": ("on the phone {when}", "{whose} phone call"),
    "video": ("on our video call {when}", "{whose} video call"),
    "onsite": ("during my visit {when}", "{whose} on-site interview"),
    "panel": ("at {whose} panel", "{whose} panel interview"),
}

_LINE_START = re.compile(rf"[^\n\r]*[\n\r]|{SUBJECT_RE.pattern}", re.IGNORECASE)


def _frame_words(frame: str, email: bool) -> int:
    """The words of a letter with no body (subject line, letterhead, greeting, sign-off) as
    `parse` counts them, or -1 when a line of it could be taken for a subject line."""
    lines = normalise(frame).split("\n")
    if email and lines and SUBJECT_RE.match(lines[0]):
        lines = lines[1:]  # the subject line, which the length rule does not count
    if any(SUBJECT_RE.match(line) for line in lines):
        return -1
    return count_words("\n".join(lines))


@dataclass(frozen=True)
class Written:
    """A letter's text and what the report should say about how it was written."""

    text: str
    notices: tuple[str, ...] = field(default_factory=tuple)
    explained: tuple[str, ...] = ()  # rules whose warning a notice answers (see `Draft`)


class Writer(Body):
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
        flagged: Sequence[tuple[str, str]] = (),
    ):
        adjust = adjust or Adjustment()
        # (rule, quote) of errors an earlier draft of this letter broke: a sentence of the notes
        # that holds such a quote is left out (with a notice), never sent broken.
        self.flagged = tuple(flagged)
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
        # Shortened on request: a sentence whose loss would take the letter under its floor
        # stays (and the next in the drop order goes), so no filler is added back.
        self.keep_floor = adjust.most_words is not None
        self.more_topics = 1 if adjust.more else 0
        self.asked_topic = adjust.topic
        self.common = lowercase_words(notes)
        self.variation = Variation(
            seed_for(notes.candidate.name, notes.company, str(salt)), offset=index
        )
        self.used: set[str] = set()
        self.selection: Selection = select(notes, index, lead=adjust.lead, more=adjust.more)
        self.send_day = self._send_day(today)
        self.notices: list[str] = []
        self.explained: set[str] = set()
        self.moods: set[str] = set()  # feeling words this letter has used
        self.frames: set[tuple[str, ...]] = set()  # three-word runs of the wordings used
        # Words of the role and company say nothing of a tie between a point and a topic:
        # "accessible design" and "handing designs over" are not one subject for a designer.
        self.generic = stems(f"{notes.role} {notes.company}")
        self._frame_words: int | None = None  # the words outside the body (see `length`)

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
            company=company_in_prose(self.notes.company),
        )
        return [Sentence("thanks", 0, text)]

    def follow_up(self) -> list[Sentence]:
        if self.index != follow_up_reader(self.notes):
            return []  # said once, to who asked (or the nearest reader): a panel compares letters
        value = self.notes.follow_up
        line = follow_up_line(
            value, self.common, self.tone, self.channel, self.variation, fits=self.fits
        )
        if not line:
            self.notices.extend([left_out(value)] if value else [])
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
                late=self.when()[0] != "yesterday",
                repeats=self.repeats,
            )
            if line.text is not None:
                self.note(line.text)
                return [Sentence("rapport", 4, line.text)]
            self.notices.append(
                f'The personal note for {person.name} ("{note}") was left out: {line.skipped}.'
            )
        if person.rapport:
            self.explained.add("personal-touch")  # the notices say why there is no line
        return []

    def closing(self) -> list[Sentence]:
        """The next step welcomed (or hearing from them), and other roles when welcome."""
        value = self.notes.next_steps
        when = next_step_date(value, self.notes.interview.date) if value else None
        if when is not None and when < self.send_day:
            self.notices.append(
                f'The next step ("{value}") has passed by the day the letter goes out; the letter '
                "looks forward to hearing from them instead."
            )
            value = None
        person = self.person
        steps = next_steps_line(
            value,
            self.common,
            self.tone,
            self.channel,
            self.variation,
            fits=self.fits,
            reader=reader_names(person.name, person.title, person.salutation),
        )
        if presumes(self.notes.next_steps):
            self.notices.append(
                f'The next step ("{self.notes.next_steps}") was left out: it reads as if the job '
                "were already yours."
            )
        out = [Sentence("next_step", 5, f"{steps}.")]
        if self.notes.open_to_other_roles:
            company = company_in_prose(self.notes.company)  # "at the Halvorsen Museum ..."
            out.append(Sentence("other_roles", 5, self.pick("other_roles", company=company)))
        return out

    def _fill(self, sentences: list[Sentence]) -> list[Sentence]:
        """A letter under its minimum first adds points of the candidate's it left out (three
        at most), each said on its own after the summary."""
        reserve = [p for p in self.selection.reserve if p not in self.selection.points]
        # Never a list: a letter recalls a few facts at most, however short it is.
        room = MOST_FACTS + (0 if self.email else 1) - len(self.selection.points)
        if self.flagged and not any(s.section in POINTS for s in sentences):
            # Its own points were flagged and left out: a letter must still say why the
            # candidate fits, so it may take one a colleague's letter carries.
            reserve += [p for p in usable_points(self.notes) if p not in reserve]
            room = MOST_FACTS + (0 if self.email else 1)
        for point in reserve[: max(0, min(room, 2 if self.email else 3))]:
            if self.length(sentences) >= self.low:
                break
            values = self._values(point)
            alone = not any(s.section == "summary" for s in sentences)
            topics = bool(self.selection.topics)
            if alone:
                # The opening paragraph recalls one fact at most.
                text = self.pick(self._summary_section(point), **values)
                paragraph, section = (0 if topics else 1), "summary"
            else:
                # After the topic's paragraph, on its own, so it is no comment on the topic.
                paragraph, section = (2 if topics else 1), "point_more"
                last = next((s for s in reversed(sentences) if s.section == "point_more"), None)
                plain = values["clause"]
                # the last point's own clause, after its connector ("In addition, I ...")
                own = re.sub(r"^[A-Z][a-z ]{2,20}, (?=I )", "", last.text[:-1]) if last else ""
                if last is not None and joinable(own) and joinable(plain):
                    # "I also hold an MPharm, and I supervised six pharmacists.": no staccato
                    joined = replace(last, text=f"{last.text[:-1]}, and {lower_start(plain)}.")
                    sentences[sentences.index(last)] = joined
                    continue
                # one connector is enough: a further point is said plainly
                text = self.pick("point_more", **values) if last is None else plain + "."
            place = max(
                (i for i, s in enumerate(sentences) if s.paragraph <= paragraph),
                default=len(sentences) - 1,
            )
            sentences.insert(place + 1, Sentence(section, paragraph, text))
        return sentences

    def extras(self) -> list[Sentence]:
        """Sentences for a letter under its minimum, in the order they are added.

        Thanks again goes before the next step; an offer of more only into a letter that
        would otherwise be too short to send at all (under the channel's thin floor). A stock
        line of interest ("I came away keener than ever ...") says nothing of the candidate's:
        it is left to `_interest_late`, for a letter still too short to send.
        """
        return [
            Sentence("closing", 5, self.pick("closing")),
            Sentence("offer", 5, self.pick("offer")),
        ]

    def _interest_late(self, sentences: list[Sentence]) -> list[Sentence]:
        """A letter still too short to send says its interest, before the closing thanks."""
        if any(s.section == "interest" for s in sentences) or self.length(sentences) >= self.low:
            return sentences
        if not self._too_short_to_send(sentences):
            return sentences
        place = next(i for i, s in enumerate(sentences) if s.section in ("closing", "next_step"))
        paragraph = sentences[place].paragraph
        interest = Sentence("interest", paragraph, self.pick("interest"))
        return [*sentences[:place], interest, *sentences[place:]]

    def _too_short_to_send(self, sentences: list[Sentence]) -> bool:
        """True when the letter is under the channel's floor, or short when its notes are not
        thin (the length rule's error): only then does it take the offer of more."""
        words = self.length(sentences)
        if words < self.floor:
            return True
        facts = facts_for(self.notes)
        ctx = Context(facts, facts.person(self.person.name))
        found = structure.length(parse(self.render(sentences)), ctx)  # that rule alone
        return any(v.severity == "error" for v in found)

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
        """The letter's words as the length rule counts them: `parse(self.render(...)).words`."""
        if self._frame_words is None:
            self._frame_words = _frame_words(self.render([]), self.email)
        if self._frame_words < 0 or any(_LINE_START.match(s.text) for s in sentences):
            return parse(self.render(sentences)).words  # a sentence that could be a subject
        # Sentences are joined by spaces and line breaks: no word runs across two of them.
        return self._frame_words + sum(count_words(normalise(s.text)) for s in sentences)

    def plan(self) -> list[Sentence]:
        # The personal line has the fewest wordings, so it is chosen first and the sections
        # with more choice avoid its feeling words.
        personal = self.rapport()
        opening = self.join_opening([*self.thanks(), *self.summary(), *self.middle()])
        return [*opening, *self.follow_up(), *personal, *self.closing()]

    def _unflagged(self, sentences: list[Sentence]) -> list[Sentence]:
        """`sentences` without those that hold a quote a rule flagged in an earlier draft."""
        return unflagged(sentences, self.flagged, self.tone, self.notices)

    def write(self) -> Written:
        planned = self._unflagged(self.plan())
        sentences = shortened(planned, self.tone, self.length, self.low)
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
        # Short: what the notes still support and thanks again; never a claim about the
        # interview that the notes do not make, nor a topic named with nothing to say of it.
        sentences = self._fill(sentences)
        for extra in self.extras():
            if self.length(sentences) >= self.low:
                break
            if extra.section == "offer" and self._too_short_to_send(sentences):
                sentences = self.topic_also(sentences)
            if extra.section == "offer" and not self._too_short_to_send(sentences):
                break
            if extra.section == "closing":  # "Thank you again ... I look forward to ..."
                place = next(i for i, item in enumerate(sentences) if item.section == "next_step")
                sentences.insert(place, extra)
            elif extra.section == "interest":  # right after the thanks
                place = next(i for i, item in enumerate(sentences) if item.section == "thanks")
                sentences.insert(place + 1, extra)
            else:
                sentences.append(extra)
        sentences = self._interest_late(self._unflagged(sentences))
        words = self.length(sentences)
        if words < self.low:
            self.notices.append(thin_notice(self.notes, self.index, words))
        sent = promised(self.notes.follow_up)
        if sent and not sent[1] and any(s.section == "follow_up" for s in sentences):
            self.notices.append(f"The letter says {sent[0]} is enclosed: attach it before sending.")
        sentences = registered(shortened(sentences, self.tone, self.length, self.low), self.tone)
        return Written(self.render(sentences), tuple(self.notices), tuple(sorted(self.explained)))
