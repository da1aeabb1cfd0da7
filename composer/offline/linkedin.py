"""The offline writer's short note: a LinkedIn connection note to one interviewer.

A note has a hard character limit (the channel spec's `max_length`, 200 unless the notes or the
caller set another), so it is planned differently from a letter: a greeting line; one short
paragraph of thanks naming the role and the company, one point of this reader's conversation
(their topic, else one of the candidate's points, else their personal note) and a close that
looks ahead; the candidate's name alone on the last line. Every wording is whole: the writer
lists every way to say the note, fullest first, and takes the best that fits (`linkedin_choice`
says what counts most), never cutting a sentence. The notes of a panel each say their reader's
own topic and, where room allows, take thanks worded as few of the earlier notes are.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence

from composer import regexes as re
from composer.channels import spec_for
from composer.dates import send_by_date
from composer.drafting import Adjustment
from composer.english import given_name
from composer.models import Notes
from composer.offline import phrasebook, topicframes
from composer.offline.casing import sentence
from composer.offline.envelope import company_said, salutation
from composer.offline.exchange import asked_in_own_words
from composer.offline.flagged import say_gated
from composer.offline.followfix import figure_fixed
from composer.offline.followup import follow_up_line
from composer.offline.items import PLAIN_KINDS, Kind, read_point, said_for
from composer.offline.linkedin_choice import SENTENCE, Plan, PlanChooser, Way
from composer.offline.linkedin_step import step_close
from composer.offline.linkedin_wording import (
    CLOSE,
    GERUND_MISREAD,
    GREETING,
    POINT,
    SHORT_CLOSE,
    THANKS,
    TOPIC,
    TOPIC_THANKS,
    frame_patterns,
    joins,
    turned,
)
from composer.offline.offer import read_offer
from composer.offline.phrasebook import Variation, seed_for
from composer.offline.phrases import Phrase, Shape
from composer.offline.rapport import rapport_line
from composer.offline.saidmeant import read_fix
from composer.offline.screen import shortened
from composer.offline.select import select
from composer.offline.shortnames import short_names
from composer.offline.topicbetter import address_name, first_name
from composer.offline.topics import read_topic
from composer.offline.usable import lowercase_words, stems, usable_points, usable_topics
from composer.offline.weak import filler
from composer.offline.writer import Written
from composer.rolename import ROLE_NOUNS, role_title

# The contribution's wordings by how `offer.read_offer` reads it: (phrasebook section, slot).
_OFFER_FRAMES = {
    "np": ("contribution_np", "np"),
    "vp": ("contribution_vp", "vp"),
    "aim": ("contribution_aim", "np"),
    "be": ("contribution_be", "np"),
    "as": ("contribution_as", "np"),
}

# Kinds that are standings held, which say nothing of a conversation they share no word with.
_HELD = frozenset([Kind.DEGREE, Kind.UNDER_WAY, Kind.HELD, Kind.CERTIFICATE])
_FIRST_PERSON = re.compile(r"\b(?:I|I'd|I'm|I've|my|me)\b")
_CASUAL = re.compile(r"^(?:Thanks|Hope|Looking|Glad)\b")  # "Thanks for ...", "Hope to ..."


# A correction typed with care: "I said that I could start in January, but ... I can start on
# 8 December."
_FIX_TYPED = re.compile(
    r"(?i)\b(?:I\s+said|said|told\s+(?:them|him|her))\b[^.]*\b(?:but|actually|in\s+fact"
    r"|correct)\b"
    # "said 400 cows, it was 350" (round 53, h1458)
    r"|\bsaid\b[^.]*\d[^.]*[,;-]\s*(?:(?:it|that)\s+(?:was|is)|it'?s)\s+~?\d"  # "its 7" (r56)
    r"|\bsaid\b[^.]*[,-]\s*(?:I\s+)?meant\s+\S"  # "said Abaiang, meant Marakei" (round 56)
)


# A correction `topicfixes.follow_up_figures_fixed` said first.
_TOLD_ALL = "One correction to what I said in the interview: "


# A follow-up line a panel's notes address to one reader: "for Kavitha: I said ... .".
_FOR_READER = re.compile(
    r"^(?:(?i:correction)\s+)?(?i:for)\s+(?P<name>[A-Z][\w'’-]+)\s*: "
    r"(?P<line>[^.!]+(?:\.\d[^.!]*)*[.!]?)"
)  # ("Correction for Sipho: I said 120 volunteer hours, but ...", round 54, h1469)


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
        self.short = False  # a topic also by its shorter names (`short_names`)
        self.plain_points = 0  # how many of `candidate_points` have no comma
        self.fits: list[int] = []  # and how well each fits this reader
        self.held: list[bool] = []  # and which are standings held ("I hold CKA")
        # The wordings of the earlier notes: a panel's notes each take their own where they can.
        self.slots = {"role": self._role(), "when": self._when(), "interview": self._interview()}
        self.slots["company"] = company_said(notes.company)
        self.chooser = PlanChooser(
            frame_patterns(self.tone, self.slots),
            when=self.slots["when"],
            full_name=notes.candidate.name,
            salt=salt,
            titled=self.tone == "formal",
        )
        self._greeting = self.greeting()
        self.beside(earlier)

    def beside(self, earlier: Sequence[str]) -> NoteWriter:
        """This writer, for a note beside the panel's `earlier` ones (not their wordings)."""
        self.chooser.beside(earlier)
        return self

    def _order(self, slot: str, table: dict[str, tuple[str, ...]]) -> list[str]:
        """This note's wordings for `slot`: its own choice first, then the rest in turn."""
        return self.variation.order(slot, table[self.tone])

    def greeting(self) -> str:
        name = salutation(self.person, self.tone)
        first_name = " " not in name and "." not in name
        key = "formal" if self.tone == "formal" else "first name" if first_name else "titled"
        return f"{self.variation.pick('greeting', GREETING[key])} {name},"

    def _role(self) -> str:
        role = role_title(self.notes.role)  # "Probation Officer", not "... (PQiP qualified entry)"
        last = role.split()[-1].lower() if role.split() else ""
        return f"the {role}" if last in ROLE_NOUNS else f"the {role} role"

    def _when(self) -> str:
        if self.send_day - self.notes.interview.date <= dt.timedelta(days=1):
            return "yesterday"
        return f"on {self.notes.interview.date:%A}"

    def thanks(self) -> list[str]:
        return [self._said(w.format(**self.slots)) for w in self._order("thanks", THANKS)]

    @functools.cached_property
    def _plain_slots(self) -> dict[str, str]:
        """The slots with the role, company and interview said plainly, for the gate."""
        plain = {"role": "the role", "company": "the company", "interview": "my interview"}
        return {**self.slots, **plain}

    def _said(self, text: str) -> str:
        """`text` with one stop where the company ends it: "at Acme Inc." ends the sentence."""
        company = self.notes.company
        if company.endswith((".", "!", "?")) and text.endswith(f"{company}."):
            return text[:-1]
        return text

    def _interview(self) -> str:
        role = role_title(self.notes.role)
        if "," in role:
            return f"my interview for {self._role()}"
        return f"my {role} interview"

    def topics(self, table: dict[str, tuple[str, ...]] = TOPIC) -> list[list[str]]:
        """Each usable topic of this reader, in every wording of `table` in this note's order."""
        common = lowercase_words(self.notes)
        found = []
        for topic in [t for t in usable_topics(self.person, common) if not asked_in_own_words(t)]:
            wordings = self._order("topic", table)
            if topic.shape is Shape.GERUND:
                wordings = [w for w in wordings if not GERUND_MISREAD.search(w)] or wordings
            read = read_topic(topic.source, common)
            if read.mine:  # "trial: rebuilt ~3m of wall w/ him": never "hearing about" it
                wordings = [w for w in wordings if not topicframes.theirs(w)] or wordings
            if _FIRST_PERSON.search(topic.text) or read.question:
                # "hearing about the lesson I taught" (or "rigging", which they asked the
                # candidate about) gets it backwards: "our talk about" it
                wordings = [w for w in wordings if re.search(r"\bour\b", w)] or wordings
            # "alarms during storms during my interview": not the topic's own joining word again
            said = set(topic.text.casefold().split())
            wordings = [w for w in wordings if not joins(w) & said] or wordings
            if "," in topic.text:
                # "the commitment, especially the clinic and the role": such a topic ends it
                wordings = [w for w in wordings if w.endswith("{topic}.")] or wordings
            ways: list[str] = []  # shorter names ("student retention") if none fits (`write`)
            for name in [topic.text, *(short_names(topic.text) if self.short else ())]:
                each = [self._said(w.format(topic=name, **self.slots)) for w in wordings]
                # the last gate, as a letter's, judges the topic, not the role's title as typed
                # ("the Heavy Duty Technician - Night Shift Lead role" reads as a note to it)
                plain = [w.format(topic=name, **self._plain_slots) for w in wordings]
                told = self.notices if name == topic.text else []  # a shorter name: no notice
                passed = set(say_gated(plain, "topic", self.notes, self.index, told))
                ways += [way for way, text in zip(each, plain, strict=True) if text in passed]
            if ways:
                found.append(ways)
        return found

    def candidate_points(self) -> list[list[str]]:
        """Each of the candidate's points that can be said, in every wording: those that share
        most words with what this reader discussed first. A point with commas ("J.D. Fordham
        Law 2021, cum laude") reads as a pasted note inside one short sentence: those last,
        and a note says one only for want of any other (`plain_points`)."""
        found = []
        self.plain_points, self.fits, self.held = 0, [], []
        lead = self.adjust.lead
        reader = stems(" ".join([*self.person.topics, self.person.title or ""]))

        def fit(point: Phrase) -> int:
            return len(stems(point.source) & reader)

        common = lowercase_words(self.notes)
        # never a weak credential this reader's topics do not touch ("I hold a class 1 licence."
        # to the safety coordinator): a note says their topic, or nothing of the candidate's
        usable = [
            p for p in usable_points(self.notes)
            if p.text == lead or not filler(p.source, self.person, self.notes.role)
        ]  # fmt: skip
        for point in sorted(usable, key=lambda p: (p.text != lead, "," in p.text, -fit(p))):
            said = said_for(point, common)  # the item reader's words ("I hold a Class A CDL")
            if said is None:
                continue
            wordings = self._order("point", POINT)
            kind = read_point(point.source, common).kind
            if said.whole is not None or kind in PLAIN_KINDS:
                # a sentence with its own subject, a result or a credential stands alone: no
                # "..., and I would love to bring that to the team"
                wordings = ["{point}."]
            ways = [sentence(w.format(point=said.text())) for w in wordings]
            ways = say_gated(ways, "point", self.notes, self.index, self.notices)
            if not ways:
                continue
            found.append(ways)
            self.plain_points += "," not in point.text or point.text == lead
            self.fits.append(fit(point))
            self.held.append(kind in _HELD)
        return found

    def contribution(self) -> list[str]:
        """What the candidate would bring, in every wording, when the letter plan gives it to
        this reader (`select`: their topic is what it is about): one thing of theirs for a note
        that can name none of their topics."""
        text = self.notes.contribution
        if not text or select(self.notes, self.index).contribution is None:
            return []
        offer = read_offer(text, lowercase_words(self.notes), self.notes.role)
        if offer is None:
            return []
        if offer.frame not in _OFFER_FRAMES:
            return [offer.text] if offer.text.endswith(".") else []
        section, slot = _OFFER_FRAMES[offer.frame]
        wordings = phrasebook.wordings(section, self.tone, self.notes.channel)
        wordings = tuple(self.variation.order("contribution", wordings))
        ways = [sentence(w.format(**{slot: offer.text})) for w in wordings]
        return say_gated(ways, "contribution", self.notes, self.index, self.notices)

    def personal(self) -> list[list[str]]:
        """The line for each personal note that can be used."""
        names = [self.person.name, self.person.name.split()[0]]
        if self.person.salutation:
            names.append(self.person.salutation)
        found = []
        for note in self.person.rapport:
            line = rapport_line(note, names, tone=self.tone, channel=self.notes.channel)
            if line.text is not None and say_gated(
                [line.text], "rapport", self.notes, self.index, self.notices
            ):
                found.append([line.text])
        return found

    def _step(self) -> list[str]:
        common = lowercase_words(self.notes)
        return step_close(
            self.notes, self.index, common, self.variation, self.send_day, self.notices
        )

    def thanks_in_order(self) -> list[str]:
        """The thanks wordings: those that say when first (this note's choice leading)."""
        found = self.thanks()
        return [t for t in found if self._when() in t] + [t for t in found if self._when() not in t]

    @functools.cached_property
    def _ways(self) -> list[Way]:
        """Every way to say the note, fullest first, with its length in characters: their topic
        and a point of the candidate's, one of them, their personal note, nothing (`chooser`
        chooses). Kept as parts: only the ways that fit become `Plan`s (`_plan`)."""
        # A retry (`salt`) turns both lists, so that the notes of a panel can differ.
        thanks = turned(self.thanks_in_order(), self.salt)
        # the next step of the notes first (`linkedin_step`), where it fits, then the stock closes
        stock = self._order("close", CLOSE)
        if (self.notes.next_steps or "").strip():  # a step waited on: "Glad to stay in touch."
            # reads as a farewell, never the close
            stock = [c for c in stock if " in touch" not in c]
        closes = [*self._step(), *turned(stock, self.salt + self.index)]
        # "Dear Ms. Lee," is signed "Priya Raman"; "Priya" only when the full name leaves no
        # room for a point or for sentences of one's own.
        names = [self.notes.candidate.name, given_name(self.notes.candidate.name)]
        topics, points = self.topics(), self.candidate_points()
        fixes = self.correction
        # (kind, sentences, fit): a topic of theirs (0) before a point of the candidate's (1)
        # before their personal note (2); both a topic and a point first, nothing last; `fit`,
        # how many words the point shares with what this reader discussed.
        middles: list[tuple[int, tuple[str, ...], int]] = []
        # A correction of what was said comes first: a note that repeats a wrong start date or
        # figure does more harm than one that names no topic (reader 299's h1301).
        middles += [(-1, (t, fix), 0) for fix in fixes for t in (topics[0] if topics else [])]
        middles += [(-1, (fix,), 0) for fix in fixes]
        # Their first topic with each plain point of the candidate's, in every wording of both;
        # a standing held (a degree, a certificate) only beside a topic it shares a word with:
        # "I enjoyed discussing k8s upgrades. I hold CKA." reads as a non sequitur, and a note
        # with their topic alone reads better.
        if topics:
            middles += [
                (0, (t, p), self.fits[number])
                for t in topics[0]
                for number, option in enumerate(points[: self.plain_points])
                if self.fits[number] > 0 or not self.held[number]
                for p in option
            ]
        middles += [(0, (wording,), 0) for option in topics for wording in option]
        if not topics:  # none of their topics can be named: what the candidate would bring to it
            middles += [(0, (wording,), 0) for wording in self.contribution()]
        middles += [
            (1, (wording,), self.fits[number])
            for number, option in enumerate(points)
            for wording in option
        ]
        middles += [(2, (wording,), 0) for option in self.personal() for wording in option]
        middles.append((3, (), 0))
        # (first sentence, what it recalls): the thanks alone, or the thanks with their topic
        firsts = [(t, 0) for t in thanks]
        firsts += [(t, 1) for option in self.topics(TOPIC_THANKS) for t in option]
        # The note rendered is the greeting, two line breaks, the sentences with a space
        # between each, and the name (`render`).
        around = len(self._greeting) + 2
        found = []
        for middle in middles:  # in the order of itertools.product(middles, names, ...)
            said = around + sum(map(len, middle[1])) + len(middle[1]) + 1
            for name in names:
                for first, recalled in firsts:
                    if recalled and middle[1]:
                        continue  # their topic is said once
                    length = said + len(name) + len(first)
                    found += [
                        Way(length + len(close), middle, name, first, recalled, close)
                        for close in closes
                    ]
        # The shortest close, only where a correction has no room with any other (round 57,
        # h1514: "One correction: I have four years of repair experience, not three.")
        short = SHORT_CLOSE.get(self.tone)
        fixed_ways = [w for w in found if w.middle[0] == -1]
        if short and fixed_ways and not any(w.length <= self.limit for w in fixed_ways):
            found += [
                w._replace(length=w.length - len(w.close) + len(short), close=short)
                for w in fixed_ways
            ]
        return found

    @functools.cached_property
    def correction(self) -> list[str]:
        """The follow-up's correction of what was said, in one sentence ("One correction: I can
        start on 8 December."), for a note to the only interviewer; [] for any other. Read once
        a note: the ways, the note chosen and the report all ask for it."""
        typed = self.notes.follow_up
        if typed and len(self.notes.interviewers) > 1:
            # a panel's correction addressed to this reader ("for Kavitha: I said ... - actually
            # 12 months.", round 54, h1461), and nothing addressed to another
            own = _FOR_READER.match(typed)
            names = {address_name(self.person), first_name(self.person)}
            typed = own["line"] if own and own["name"] in names else None
        if not typed:
            return []
        put_right = typed.startswith(("One correction: ", _TOLD_ALL))  # said as a correction
        if (
            not put_right
            and figure_fixed(typed) is None
            and read_fix(typed) is None
            and not _FIX_TYPED.search(typed)
        ):
            return []
        line = follow_up_line(typed, frozenset(), self.tone, "email", Variation(""))
        first = SENTENCE.split(line)[0] if line else ""
        first = re.sub(r"^One correction to [^:]{1,40}: ", "One correction: ", first)  # short
        said = first.startswith(("One correction", "A correction", "Correction"))
        if not said or len(first) > 140:
            return []
        # "Correction: ..." where a long role and company leave no room (round 55, h1485)
        short = re.sub(r"^One correction: ", "Correction: ", first)
        return [first] if short == first else [first, short]

    def _plan(self, way: Way) -> Plan:
        kind, middle, fit = way.middle
        kind = 0 if way.recalled else kind
        if self.adjust.lead is not None and kind == 1:
            kind = -1  # a point of the candidate's asked for by name comes first
        # "Dear Ms. Whitfield," is answered by "Thank you" and a whole closing sentence.
        dear = self._greeting.startswith("Dear")
        casual = sum(bool(_CASUAL.match(w)) for w in (way.first, way.close)) if dear else 0
        return Plan(
            (way.first, *middle, way.close),
            way.name,
            len(middle) + way.recalled,
            kind,
            casual,
            bool(way.recalled),
            fit,
        )

    def room(self) -> int:
        """How many wordings that recall a point of the conversation fit in the limit."""
        return sum(w.substance > 0 and w.length <= self.limit for w in self._ways)

    def render(self, plan: Plan) -> str:
        return "\n".join([self._greeting, " ".join(plan.sentences), plan.name])

    def write(self) -> Written:
        """The note: the best plan that fits (and, on request, is as short or long as asked)."""
        written = self._write()
        fix = self.correction
        if fix and not any(f in written.text for f in fix):  # the correction had no room
            self._left_out()
            return Written(written.text, tuple(self.notices))
        return written

    def _left_out(self) -> None:
        typed = self.notes.follow_up
        if typed and not any("follow-up" in n for n in self.notices):  # never in 200 characters
            self.notices.append(
                f"The LinkedIn note to {self.person.name} leaves out your follow-up "
                f'("{shortened(typed)}"): a connection note holds {self.limit} characters. '
                "Send it in a message once they accept, or write an email (--channel email)."
            )

    def _write(self) -> Written:
        if not self.correction:
            self._left_out()
        ways = self._ways
        low, high = self.adjust.least_chars, self.adjust.most_chars
        if low is not None or high is not None:
            top = min(self.limit, high or self.limit)
            # the rules want a point of the conversation: a note without one is no choice
            asked = [self._plan(w) for w in ways if w.substance and (low or 0) <= w.length <= top]
            if asked:
                return Written(self.render(self.chooser.choose(asked)), tuple(self.notices))
            # Nothing is as asked: the plain note, which the reviser finds unchanged.
        fitting = [self._plan(w) for w in ways if w.length <= self.limit]
        if not any(p.substance for p in fitting) and not self.short:
            self.short, _ = True, self.__dict__.pop("_ways")  # a shorter topic name may fit
            return self._write()
        if fitting:
            plan = self.chooser.choose(fitting)
            if plan.substance == 0:
                self.notices.append(
                    f"The LinkedIn note to {self.person.name} recalls no point of your "
                    f"conversation: none fits in {self.limit} characters. Add a short "
                    "topic to the notes, or allow more characters (max_chars)."
                )
            return Written(self.render(plan), tuple(self.notices))
        shortest = self.render(self._plan(min(ways, key=lambda w: w.length)))
        self.notices.append(
            f"The LinkedIn note to {self.person.name} has {len(shortest)} characters even in "
            f"its shortest form, over the limit of {self.limit}: the role and company names "
            "take most of the room. Shorten the note by hand, or allow more characters "
            "(max_chars)."
        )
        return Written(shortest, tuple(self.notices))
