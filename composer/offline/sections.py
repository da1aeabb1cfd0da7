"""The sections of one letter around its body: subject line, greeting, thanks, follow-up,
personal line, closing, signature and letterhead.

`Writer` builds on this and plans, assembles and fits the letter; `body` says the summary,
the topic paragraph and the contribution.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import replace

from composer import regexes as re
from composer.dates import send_by_date
from composer.models import Interviewer
from composer.offline import envelope, phrasebook
from composer.offline.asker import follow_up_asker, left_out
from composer.offline.body import Body, Sentence
from composer.offline.carefulasked import as_kept, better_answer, careful_own, said_with_care
from composer.offline.followcover import unsaid_parts
from composer.offline.followfor import addressed, said_to
from composer.offline.followlead import joined
from composer.offline.followmemo import self_noted
from composer.offline.followpanel import mine
from composer.offline.followself import instructed, late_said
from composer.offline.followshapes import shaped
from composer.offline.followsplit import Part, apart, readable, split
from composer.offline.followtidy import one_also
from composer.offline.followup import follow_up_line, next_steps_line, presumes
from composer.offline.nextsteps import reader_names
from composer.offline.offervoice import sole_reader, to_reader
from composer.offline.phrasebook import Variation
from composer.offline.rapport import rapport_line
from composer.offline.rapportgate import stopped
from composer.offline.rapportnotes import answered_line
from composer.offline.saidmeant import read_fix
from composer.offline.selftalk import points, said_to_self
from composer.offline.sendthing import promises_kept
from composer.offline.slipnotes import slip_said
from composer.offline.stepdates import month_first
from composer.offline.stepsender import step_unread, unread_step
from composer.offline.steptext import has_passed
from composer.offline.stepvaried import varied
from composer.offline.stepwho import colleague_titled
from composer.offline.typedwhole import answer_said, answer_typed
from composer.rolename import ROLE_NOUNS, role_title


class Sections(Body):
    """The sections of the letter to interviewer `index`; `Writer` sets these fields."""

    index: int
    send_day: dt.date
    notices: list[str]
    explained: set[str]  # rules whose warning a notice answers
    answered: frozenset[str]  # the notes' lines typed at `compose --ask`
    forced: int | None = None  # the panellist a follow-up is typed as meant for (`followfor`)

    # --- helpers --------------------------------------------------------------------------
    def _send_day(self, today: dt.date | None) -> dt.date:
        send_by = send_by_date(self.notes.interview.date)
        return max(send_by, today) if today is not None else send_by

    def role_phrase(self) -> str:
        role = role_title(self.notes.role)
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
        role = role_title(self.notes.role)
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
        named = f"Subject: Thank you: {role}"  # the role alone still says which interview
        return named if len(named) <= 80 else "Subject: Thank you for the interview"

    def greeting(self) -> str:
        panel = self.notes.interviewers
        return envelope.greeting(self.person, self.tone, self.channel, self.variation, panel)

    def thanks(self) -> list[Sentence]:
        when, _ = self.when()
        whose = "yesterday's" if when == "yesterday" else f"{self.notes.interview.date:%A}'s"
        met, met_noun = envelope.met(self.notes.interview.format, when, whose)
        text = self.pick(
            "thanks",
            met_when=met,
            met_noun_when=met_noun,
            role=self.role_phrase(),
            company=envelope.company_said(self.notes.company),
        )
        return [Sentence("thanks", 0, text)]

    def _asker(self) -> tuple[int, bool]:  # whose letter says the follow-up; did they ask
        reader, asked = follow_up_asker(self.notes)
        return (reader, asked) if self.forced is None else (self.forced, reader == self.forced)

    def follow_up(self) -> list[Sentence]:
        """The follow-up's sentences (one meant for one panellist, "for sarah - ...", in her
        letter alone: `followfor`), a promise they report said as kept (`promises_kept`), the
        reader named in them said as "you" ("I told Ms. Raman ...": `to_reader`)."""
        names = _names(self.person)
        kept = functools.partial(promises_kept, tone=self.tone, channel=self.channel)
        said = self._said()
        sole = len(self.notes.interviewers) == 1  # "her farm digester" to Ms. Kamau: "your"
        done = [
            as_kept(
                said_to(
                    to_reader(as_kept(kept(s.text, variation=self.variation)), names), self.person
                )
            )
            for s in said
        ]
        done = [sole_reader(t, names) if sole else t for t in done]
        # "I said it takes four hours, that's wrong, but it is closer to six" (round 56, h1503)
        done = [re.sub(r",\s+(?:that's|that is|this is) wrong, but\b", ", but", t) for t in done]
        # "I said 35 knots but correct is 32 knots": the right figure, named
        done = [
            re.sub(r",? but correct is (?=[~]?\d)", ", but the correct figure is ", t) for t in done
        ]
        # "I attach a photo of my forge blower he asked about.": sent to them, who asked
        done = [_SENT_ASKED.sub(r"\g<sent>you asked about.", t) for t in done]
        # "Told Dr. Tigist I am also interested in X" (round 53, h1456), in her letter
        done = [re.sub(r"(?:^|(?<=[.!] ))I told them (?=I )", "As I mentioned, ", t) for t in done]
        return [replace(s, text=one_also(t)) for s, t in zip(said, done, strict=True)]

    def _said(self) -> list[Sentence]:
        value, people = self.notes.follow_up, self.notes.interviewers
        own = mine(value, people, self.index) if value not in self.answered else None
        if own is not None:  # careful sentences, each in the letter of the one it names
            return [Sentence("follow_up", 3, s) for s in own]  # to them: `follow_up`
        found = addressed(value, self.notes.interviewers) if value not in self.answered else None
        if found is None:
            return self._follow_up_mixed()
        if found[0] != self.index:
            return []
        notes, notices = self.notes, len(self.notices)
        self.notes, self.forced = notes.model_copy(update={"follow_up": found[1]}), found[0]
        try:
            said = self._follow_up_mixed()
        finally:
            self.notes, self.forced = notes, None
        if not said and len(self.notices) > notices:  # named as typed, address and all
            self.notices[notices:] = [left_out(value or "")]
        return said

    def _follow_up_mixed(self) -> list[Sentence]:
        """The follow-up's sentence. A line typed as notes to self mixed with a real point
        ("prob too long on the budget q. also forgot X") that the readings of the whole line
        leave out, or say with the candidate's verdict on how they did in it, is read by its
        point alone ("My X is renewed until ..."); failing that it is left out."""
        mixed = points(self.notes.follow_up or "")
        if mixed is None:
            return self._follow_up()
        notes, notices, moods, frames = self.notes, len(self.notices), self.moods, self.frames
        said = self._follow_up()
        if not any(said_to_self(s.text) for s in said) and (said or len(self.notices) == notices):
            return said  # said whole, or for another reader's letter
        del self.notices[notices:]
        self.moods, self.frames = set(moods), set(frames)
        self.notes = notes.model_copy(update={"follow_up": mixed})
        try:
            kept = self._follow_up()
        finally:
            self.notes = notes
        if kept:
            return kept
        del self.notices[notices:]
        self.notices.append(left_out(notes.follow_up or ""))
        return []

    def _follow_up(self) -> list[Sentence]:
        if parts := self._apart():  # "said X, actually Y. also send Z": each part said
            return self._follow_up_parts([p for p in parts if p.reader == self.index])
        if (slip := self._slip()) is not None:  # "was vague on X -> Y", "say that X": the fact
            return slip
        if (noted := self._self_noted() or self._self_noted(late=True)) is not None:
            return noted
        value = self.notes.follow_up if self.notes.follow_up not in self.answered else None
        careful = careful_own(value or "")  # whole sentences of theirs: said as typed, below
        shape = functools.partial(shaped, tone=self.tone, channel=self.channel, fits=self.fits)
        if not careful and (line := shape(value, variation=self.variation)):
            if self.index != self._asker()[0]:  # "forgot to mention X", "re X: Y", "send X"
                return []
            self._unsaid_named(line)
            self.note(line)
            return [Sentence("follow_up", 3, line)]
        parts = [] if careful else split(self.notes) or self._parts_left()  # each to its letter
        if self._any_said(parts):  # else read whole, as before: left out whole, if at all
            return self._follow_up_parts([p for p in parts if p.reader == self.index])
        reader, asked = self._asker()
        if self.index != reader:
            return []  # said once, to who asked (or the nearest reader): a panel compares letters
        value = self.notes.follow_up
        names = _names(self.person)
        typed = answer_typed(value, names) if value and value in self.answered else None
        value = better_answer(value) if value else value  # not "I gave a vague answer ..."
        if typed is None and value:  # "On Dr. Carolan's question about ..., I would add ..."
            typed = said_with_care(value, names, by_reader=asked)
        if typed and (by_parts := self._by_parts(typed)) is not None:
            return by_parts
        if typed is not None:  # a whole sentence of the candidate's to them: as typed
            self.note(typed)
            return [Sentence("follow_up", 3, typed)]
        line = follow_up_line(
            value,
            self.common,
            self.tone,
            self.channel,
            self.variation,
            fits=self.fits,
            by_reader=asked,  # never "You asked" to someone the notes do not say asked
        )
        if not line and value and (parts := self._apart(careful=True) or self._every_part()):
            # "I forget to say X. Also I promise to send him Y": the parts that read, each said
            return self._follow_up_parts([p for p in parts if p.reader == self.index])
        if line and (by_parts := self._by_parts(line)) is not None:
            return by_parts
        if not line and value and value not in self.answered:
            line = late_said(value, self.tone, self.channel, self.variation, fits=self.fits)
        if not line:
            self.notices.extend([left_out(value)] if value else [])
            return []
        self._unsaid_named(line)
        self.note(line)
        return [Sentence("follow_up", 3, line)]

    def _by_parts(self, line: str) -> list[Sentence] | None:
        """The follow-up said part by part where the reading of the whole `line` leaves out a
        part of substance that reads alone (round 56, h1499); None to keep `line`."""
        if not self._part_unsaid(line) or not (parts := self._apart(True, True)):
            return None
        return self._follow_up_parts([p for p in parts if p.reader == self.index])

    def _every_part(self) -> list[Part]:
        """The follow-up's parts, when it goes to the only reader, no reading says it whole and
        a part of substance is among those that read alone (round 57's h1515); the others are
        named in the report."""
        if len(self.notes.interviewers) > 1:
            return []
        parts = self._apart(True, True, True)
        return parts if any(_OF_SUBSTANCE.search(p.said) for p in parts) else []

    def _part_unsaid(self, line: str) -> bool:
        """True when a part of the follow-up is in no sentence of `line` (`unsaid_parts`), in a
        letter to the only reader (a panel's parts go to their readers by `split`)."""
        if len(self.notes.interviewers) > 1:
            return False
        typed = [p.typed for p in split(self.notes, lead=self.index) if not p.memo]
        first = Variation(self.variation.seed)
        # only a part of substance that reads alone: a better answer, a correction, a promise
        # (round 56, h1499), never an order or an aside the whole line's reading left out
        return any(
            _OF_SUBSTANCE.search(part)
            and follow_up_line(part, self.common, self.tone, self.channel, first) is not None
            for part in unsaid_parts(typed, line)
        )

    def _unsaid_named(self, line: str) -> None:
        """A part of the follow-up `line` says nothing of is named in the report as left out."""
        typed = [p.typed for p in split(self.notes, lead=self.index) if not p.memo]
        self.notices.extend(left_out(part) for part in unsaid_parts(typed, line))

    def _slip(self) -> list[Sentence] | None:
        """An order to self around a fact (`followself`), a slip note (`slipnotes`), or None."""
        value = self.notes.follow_up  # never a careful one (`said_with_care`), a correction
        if not value or value in self.answered or careful_own(value) or read_fix(value):
            return None
        line = instructed(value, self.tone, self.channel, self.variation, fits=self.fits)
        if line is None and (line := slip_said(value)) is None:
            return None
        if self.index != self._asker()[0]:
            return []  # said once, to who asked (or the nearest reader)
        if not line:
            self.notices.append(left_out(value))
            return []
        self.note(line)
        return [Sentence("follow_up", 3, line)]

    def _self_noted(self, late: bool = False) -> list[Sentence] | None:
        """The follow-up typed as a note to self, in one sentence to who asked (`followmemo`);
        None when it has none of the shapes read there (or was typed at `compose --ask`).
        `late`: only when no other reading says any of it (the same for every letter)."""
        value = self.notes.follow_up
        if not value or value in self.answered or careful_own(value):
            return None
        reader, asked = self._asker()
        said = functools.partial(self_noted, fits=self.fits, by_reader=asked, late=late)
        line = said(value, self.tone, self.channel, self.variation)
        if line is None or (late and self._read_otherwise(value, reader, asked)):
            return None
        if self.index != reader:
            return []  # said once, to who asked (or the nearest reader)
        self.note(line)
        return [Sentence("follow_up", 3, line)]

    def _read_otherwise(self, value: str, reader: int, asked: bool) -> bool:
        """True when a reading of `followup` says the follow-up or a part of it."""
        if said_with_care(value, []):
            return True
        first = Variation(self.variation.seed)
        if follow_up_line(value, self.common, self.tone, self.channel, first, by_reader=asked):
            return True
        return self._any_said(split(self.notes) or split(self.notes, lead=reader))

    def _apart(self, careful: bool = False, every: bool = False, some: bool = False) -> list[Part]:
        """Each part of a line of two or more, if they read (`followsplit.apart`); `careful`:
        also a line of whole sentences no reading says whole; `every`: one whose every part
        reads alone; `some`: one whose parts that read are said, the others named."""
        value, first = self.notes.follow_up, Variation(self.variation.seed)
        if not value or value in self.answered or (careful_own(value) and not careful):
            return []  # typed at `compose --ask`, or whole sentences: as typed
        parts = apart(
            self.notes,
            self._asker()[0],
            lambda p: self._part_line(p, first, bool),
            sent_alone=careful,
            every=every,
            some=some,
        )
        # a line meant for one panellist ("for sarah - ..."): every part in her letter
        return [replace(p, reader=self.forced) for p in parts] if self.forced is not None else parts

    def _parts_left(self) -> list[Part]:
        """The parts of a follow-up the letters cannot say whole (read with the first panellist's
        wordings, the same for every letter), each said or named; [] for one they can say."""
        value, (reader, asked) = self.notes.follow_up, self._asker()
        if not value or said_with_care(value, []):
            return []
        if value in self.answered and answer_typed(value, []) is not None:
            return []  # typed at `compose --ask` as one sentence: said as typed
        first = Variation(self.variation.seed)
        if follow_up_line(value, self.common, self.tone, self.channel, first, by_reader=asked):
            return []
        return split(self.notes, lead=reader)

    def _any_said(self, parts: list[Part]) -> bool:
        """True when a part can be said (read with the first panellist's wordings)."""
        first = Variation(self.variation.seed)
        answered = self.notes.follow_up in self.answered
        for part in parts:
            if answered and answer_typed(part.said, []) is not None:
                return True
            line = None if part.memo else self._part_line(part, first, lambda _: True)
            if line and readable(line):
                return True
        return False

    def _part_line(
        self, part: Part, variation: Variation, fits: Callable[[str], bool]
    ) -> str | None:
        line = functools.partial(follow_up_line, fits=fits, by_reader=part.asked)
        names = _names(self.notes.interviewers[part.reader])  # else a careful sentence to them
        said = line(part.said, self.common, self.tone, self.channel, variation)
        return said or answer_said(to_reader(part.said, names), names)

    def _follow_up_parts(self, parts: list[Part]) -> list[Sentence]:
        """The parts of a follow-up for this letter's reader, each said as a follow-up is; a
        part none of the readings can say is left out and named in the report."""
        said = []
        names = _names(self.person)
        answered = self.notes.follow_up in self.answered
        for part in parts:
            typed = answer_typed(part.said, names) if answered else None
            line = typed or (
                None if part.memo else self._part_line(part, self.variation, self.fits)
            )
            if not line or not readable(line):  # "... was wrong was 40k": left out, named
                self.notices.append(left_out(part.typed))
                continue
            self.note(line)
            said.append(line)
        return [Sentence("follow_up", 3, joined(said))] if said else []  # one addition's lead

    def rapport(self) -> list[Sentence]:
        person = self.person
        names = [person.name, person.name.split()[0]]
        if person.salutation:
            names.append(person.salutation)
        first: str | None = None  # a line the last gate may stop: said if no other reads clean
        for note in person.rapport:
            days = (self.notes.interview.date, self.send_day)
            typed = answered_line(note, days) if note in self.answered else None
            if typed is not None:  # typed at `compose --ask` as a sentence to them: as typed
                self.note(typed)
                return [Sentence("rapport", 4, typed)]
            line = rapport_line(
                note,
                names,
                tone=self.tone,
                channel=self.channel,
                variation=self.variation,
                fits=self.fits,
                days=days,
                repeats=self.repeats,
            )
            if line.text is not None and stopped(line.text):
                # "... your pinotage winning gold": gated ('pinotage'), so the next note is tried
                first = first or line.text
                continue
            if line.text is not None:
                self.note(line.text)
                return [Sentence("rapport", 4, line.text)]
            self.notices.append(
                f'The personal note for {person.name} ("{note}") was left out: {line.skipped}.'
            )
        if first is not None:  # the gate judges it with the words the candidate typed whole
            self.note(first)
            return [Sentence("rapport", 4, first)]
        if person.rapport:
            self.explained.add("personal-touch")  # the notices say why there is no line
        return []

    def closing(self) -> list[Sentence]:
        """The next step welcomed (or hearing from them), and other roles when welcome."""
        value = self.notes.next_steps
        if has_passed(value, self.notes.interview.date, self.send_day):
            self.notices.append(
                f'The next step ("{value}") has passed by the day the letter goes out; the letter '
                "looks forward to hearing from them instead."
            )
            value = None
        person = self.person
        say = functools.partial(
            next_steps_line,
            value,
            self.common,
            self.tone,
            self.channel,
            self.variation,
            reader=reader_names(person.name, person.title, person.salutation),
            days=(self.notes.interview.date, self.send_day),
            month_first=month_first(self.notes),
        )
        # a colleague's letter says it word for word: the same step in another wording
        tone, channel = self.tone, self.channel
        steps = varied(lambda fits: say(fits=fits), self.fits, self.repeats, tone, channel)
        panel = [(p.name, p.salutation) for p in self.notes.interviewers]
        steps = colleague_titled(steps, panel, person.name) or steps  # "from Grace": Ms. Mwangi
        if presumes(self.notes.next_steps):
            self.notices.append(
                f'The next step ("{self.notes.next_steps}") was left out: it reads as if the job '
                "were already yours."
            )
        if not presumes(self.notes.next_steps):  # a step typed, closed without: named
            neutral = phrasebook.wordings("next_none", tone, channel)
            if step_unread(value, steps, neutral):
                self.notices.append(unread_step(self.notes.next_steps or "").notice())
        out = [Sentence("next_step", 5, f"{steps}.")]
        if self.notes.open_to_other_roles:
            company = envelope.company_said(self.notes.company)  # "at the Halvorsen Museum ..."
            line = self.pick("other_roles", company=company, avoid="welcome" * ("welcome" in steps))
            out.append(Sentence("other_roles", 5, line))  # never "welcome" twice in a row
        return out

    def signature(self) -> str:
        return envelope.signature(self.notes, self.variation, self.person)

    def letterhead(self) -> str:
        return envelope.letterhead(self.notes, self.person, self.send_day)


def _names(person: Interviewer) -> list[str]:
    """How a follow-up may name its reader, said as "you": the name, its words, salutation."""
    return [person.name, *person.name.split(), person.salutation or ""]


# A thing sent in the letter, that the reader "asked about" (round 53, h1449).
_SENT_ASKED = re.compile(
    r"^(?P<sent>[^.]*\b(?:attach|enclose|attached|enclosed)\b[^.]*[a-z] )"
    r"(?:he|she|they) asked about\.$"
)


# A part of a follow-up that carries what the candidate wants said: a better answer told on its
# topic, a figure put right, a promise.
_OF_SUBSTANCE = re.compile(
    r"\bI\s+should\s+(?:also\s+)?have\s+(?:said|told|mentioned)\b|\bOne correction\b"
    r"|\bpromised\s+to\s+send\b"
)
