"""Document planning, assembly and length fitting: one letter to one interviewer.

The plan, paragraph by paragraph: thanks (role, company, when); this reader's topic tied to the
points selected for them, then their contribution (`body` says these); the follow-up; one
personal line; interest and the next step in one closing sentence (with other roles when the
candidate is open to them): `sections` says the ones around the body. Each sentence is tagged
with its section, so length fitting drops optional ones in the phrasebook's `DROP_ORDER`.
Nothing is added to reach a minimum length: a letter from thin notes stays short and
`Letter.notices` says which notes fields would give it substance.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import partial

from composer import regexes as re
from composer.channels import channel_spec
from composer.drafting import Adjustment, Unsure
from composer.models import Notes
from composer.offline import phrasebook
from composer.offline.bareheads import articled
from composer.offline.body import POINTS, Sentence
from composer.offline.carefultopics import careful_named
from composer.offline.casing import joinable, lower_start, one_colon
from composer.offline.finish import named, thin_notice
from composer.offline.flagged import gated, holds, passing_topics, unflagged
from composer.offline.followtidy import corrections_joined
from composer.offline.lettercount import frame_words, letter_words
from composer.offline.marks import marked_points
from composer.offline.padding import Padding
from composer.offline.paragraphs import joined_opening, linked, paragraphed
from composer.offline.phrasebook import Variation, seed_for
from composer.offline.phrases import Phrase
from composer.offline.roleparagraph import role_paragraph
from composer.offline.saidonce import kept_once, repeats
from composer.offline.select import Selection, select
from composer.offline.sendthing import attached_in
from composer.offline.spread import FULLER_CLAUSE, FULLER_SLACK, MOST_FACTS
from composer.offline.tone import registered, shortened
from composer.offline.typedfirst import answers_kept, answers_last, said_as_typed, topic_unsaid
from composer.offline.usable import lowercase_words, stems, usable_points
from composer.offline.weak import filler
from composer.offline.wording import sentence_keys
from composer.rules.content import qualifications
from composer.rules.context import Context
from composer.rules.facts import facts_for
from composer.rules.text import parse


@dataclass(frozen=True)
class Written:
    """A letter's text and what the report should say about how it was written."""

    text: str
    notices: tuple[str, ...] = field(default_factory=tuple)
    explained: tuple[str, ...] = ()  # rules whose warning a notice answers (see `Draft`)
    unsure: tuple[Unsure, ...] = ()  # the sentences the writer is least sure of (see `Draft`)


class Writer(Padding):
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
        answered: frozenset[str] = frozenset(),
    ):
        adjust = adjust or Adjustment()
        # Lines typed as answers at `compose --ask`, and lines marked (`marks`): kept (`select`).
        self.answered, self.marked = answered, frozenset(marked_points(notes))
        # (rule, quote) an earlier draft broke: a sentence holding it is left out, with a notice
        self.flagged = tuple(flagged)
        # the panel's letters written before: a wording that would repeat one gives way
        self.taken, self.earlier = frozenset(sentence_keys(earlier)), tuple(earlier)
        self.notes = notes
        self.index = index
        self.person = notes.interviewers[index]
        self.tone = notes.tone
        self.channel = notes.channel
        self.email = notes.channel == "email"
        spec = channel_spec(notes.channel)
        self.low, self.high = spec.min_words, spec.max_words
        self.floor = spec.thin_floor_words  # shorter than this is no letter at all
        self.fuller = max(self.low, spec.target_words[0] - FULLER_SLACK)  # (`_fuller`)
        if adjust.most_words is not None:
            self.high = min(self.high, adjust.most_words)
        if adjust.least_words is not None:
            self.low = min(max(self.low, adjust.least_words), self.high)
        # Shortened on request: a sentence whose loss takes the letter under its floor stays.
        self.keep_floor = adjust.most_words is not None
        self.more_topics = 1 if adjust.more else 0
        self.asked_topic = adjust.topic
        self.common = lowercase_words(notes)
        self.variation = Variation(
            seed_for(notes.candidate.name, notes.company, str(salt)), offset=index
        )
        self.used: set[str] = set()
        self.filled: set[Phrase] = set()  # points `_fill` added
        self.selection: Selection = select(
            notes, index, lead=adjust.lead, more=adjust.more, answered=answered
        )
        # topics the last gate would stop give way to the next (`flagged.passing_topics`)
        tied = {t.topic for t in self.selection.ties}
        self.notices: list[str] = []  # (an exchange stopped there is named: `passing_topics`)
        kept = passing_topics(self.selection.topics, tied, notes, index, answered, self.notices)
        self.selection = replace(self.selection, topics=kept) if kept else self.selection
        self.send_day = self._send_day(today)
        self.explained: set[str] = set()
        self.moods: set[str] = set()  # feeling words this letter has used
        self.frames: set[tuple[str, ...]] = set()  # three-word runs of the wordings used
        # Words of the role and company say nothing of a tie between a point and a topic:
        # "accessible design" and "handing designs over" are not one subject for a designer.
        self.generic = stems(f"{notes.role} {notes.company}")
        self._frame_words: int | None = None  # the words outside the body (see `length`)
        self._length_errors: dict[int, bool] = {}  # words: the length rule's error at that count
        # Each sentence's words as `length` counts them (-1: it could be taken for a subject
        # line), counted once: a draft is measured again with each sentence added or dropped.
        self._sentence_words: dict[str, int] = {}

    def _chosen(self, index: int) -> Selection:
        return select(self.notes, index, answered=self.answered)

    def _others(self) -> set[Phrase]:
        """The points the panel's other letters recall."""
        people = range(len(self.notes.interviewers))
        return {p for i in people if i != self.index for p in self._chosen(i).points}

    def _carried(self) -> Counter[Phrase]:
        """How many of the panel's other letters may recall each point: those of its plan and
        those it may add when short (its reserve)."""
        carried: Counter[Phrase] = Counter()
        for i in range(len(self.notes.interviewers)):
            if i != self.index:
                chosen = self._chosen(i)
                carried.update(set(chosen.points) | set(chosen.reserve))
        return carried

    def _spare(self) -> list[Phrase]:
        """The candidate's points a short letter may take from outside its plan: never a weak
        credential this reader's topics do not touch ("On top of that, I hold a full UK driving
        licence." pads nothing)."""
        role, person = self.notes.role, self.person
        return [p for p in usable_points(self.notes) if not filler(p.source, person, role)]

    def _fill(
        self,
        sentences: list[Sentence],
        *,
        shared: bool = True,
        force: bool = False,
        colleagues: bool = False,
        borrow: int = 0,
        aim: int = 0,
    ) -> list[Sentence]:
        """A letter under its minimum first adds points of the candidate's it left out (three
        at most), each said on its own after the summary. `shared`: also those a colleague's
        letter recalls (else only points no other letter of the panel says); `force`: one
        point, whatever the letter's length; `colleagues`: also the points the plan gave only
        to a colleague's letter (one that would otherwise pad itself with stock sentences);
        `borrow`: one point at most, which fewer than `borrow` colleagues' letters may say."""
        reserve = [p for p in self.selection.reserve if p not in self.selection.points]
        # Never a list: a letter recalls a few facts at most, however short it is.
        room = MOST_FACTS + (0 if self.email else 1) - len(self.selection.points)
        if colleagues:
            # A point no colleague's letter may say; a printed letter (which breaks its length
            # rule sooner) also one that one colleague's may say. An email never repeats a
            # colleague's point: the panel compares letters (reader 3).
            carried = self._carried()
            planned = [*reserve, *self.selection.points]
            most = 1 if self.email else 2
            extra = [p for p in self._spare() if p not in planned and carried[p] < most]
            reserve += sorted(extra, key=lambda p: carried[p])
        if borrow:
            # A letter that would otherwise pile up stock sentences takes one point a single
            # colleague's letter says: a result, or a qualification that shares a word with
            # what this reader discussed (as typed), the nearest first.
            carried = self._carried()
            reader = stems(" ".join([*self.person.topics, self.person.title or ""]))
            mine = {*self.selection.points, *self.filled}

            def fit(point: Phrase) -> int:
                return len(stems(point.source) & reader)

            results = set(self.notes.highlights)
            extra = [
                p for p in self._spare()
                if p not in mine and max(carried[p], self.told(p)) < borrow
                and (p.source in results or fit(p))
            ]  # fmt: skip
            extra.sort(key=lambda p: (-fit(p), carried[p]))
            reserve = extra[:1]
            room = 1
        if (
            self.flagged
            and self.selection.points
            and not any(s.section in POINTS for s in sentences)
        ):
            # Its own points were flagged and left out: a letter must still say why the
            # candidate fits, so it may take one a colleague's letter carries.
            # First a point no colleague's letter says, so the panel still hears each once.
            others = self._others()
            extra = [p for p in self._spare() if p not in reserve]
            reserve += sorted(extra, key=lambda p: p in others)
            room = MOST_FACTS + (0 if self.email else 1)
        chosen = reserve[: max(0, min(room, 2 if self.email else 3))]
        chosen = [p for p in chosen if p not in self.filled]
        if not shared:
            others = self._others()
            chosen = [p for p in chosen if p not in others]
        for point in chosen:
            if self.length(sentences) >= (aim or self.low) and not (force and point == chosen[0]):
                break
            values = self._values(point)
            if any(holds(values["clause"], quote) for _, quote in self.flagged):
                continue  # said before and flagged: it would only be left out again
            short = aim and len(values["clause"].split()) < FULLER_CLAUSE  # "I am a Welsh speaker."
            if short or repeats(values["clause"], sentences, self.notes):
                continue  # for fullness, a point with substance; no fact said again (`saidonce`)
            self.filled.add(point)
            alone = not any(s.section == "summary" for s in sentences)
            topics = bool(self.selection.topics)
            plainly = ""  # a further point said with no link word (`paragraphs.linked`)
            if alone:
                # The opening paragraph recalls one fact at most.
                text = self.pick_summary(self._summary_section(point), **values)
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
                    also = f", and {lower_start(plain)}."
                    plainly = f"{last.alone[:-1]}{also}" if last.alone else ""
                    joined = replace(last, text=f"{last.text[:-1]}{also}", alone=plainly)
                    sentences[sentences.index(last)] = joined
                    continue
                # one connector is enough: a further point is said plainly
                text = self.pick("point_more", **values) if last is None else plain + "."
                plainly = plain + "."
            place = max(
                (i for i, s in enumerate(sentences) if s.paragraph <= paragraph),
                default=len(sentences) - 1,
            )
            held = alone and self._kind_suffix(point) == "_held"  # as the plan's summary
            said = Sentence(section, paragraph, text, held, alone=plainly, untied=True)
            sentences.insert(place + 1, said)
        return sentences

    def _recalls(self, sentences: list[Sentence]) -> bool:
        """Whether the letter recalls a qualification or highlight, as the rule asks."""
        facts = facts_for(self.notes)
        ctx = Context(facts, facts.person(self.person.name))
        return not qualifications(parse(self.render(sentences)), ctx)

    # --- assembly -------------------------------------------------------------------------
    def render(self, sentences: list[Sentence]) -> str:
        paragraphs: dict[int, list[str]] = {}
        for item in sentences:
            # "at Salinas do Guadiana, Lda.." -> one stop: a name's own stop ends the sentence
            text = re.sub(r"(?<=[A-Za-z])\.\.(?!\.)", ".", one_colon(item.text))
            paragraphs.setdefault(item.paragraph, []).append(text)
        body = "\n\n".join(" ".join(paragraphs[key]) for key in sorted(paragraphs))
        body = corrections_joined([body])[0]  # a second correction: "Also, ..."
        head = self.subject() if self.email else self.letterhead()
        return "\n".join([head, "", self.greeting(), "", body, "", self.signature()])

    def length(self, sentences: list[Sentence]) -> int:
        """The letter's words as the length rule counts them: `parse(self.render(...)).words`."""
        if self._frame_words is None:
            self._frame_words = frame_words(self.render([]), self.email)
        return letter_words(sentences, self._frame_words, self._sentence_words, self.render)

    def plan(self) -> list[Sentence]:
        # the personal line, with the fewest wordings, first: the others avoid its feelings
        personal = self.rapport()
        opening = joined_opening([*self.thanks(), *self.summary(), *self.middle()])
        return [*opening, *self.follow_up(), *personal, *self.closing()]

    def _unflagged(self, sentences: list[Sentence]) -> list[Sentence]:
        """`sentences` without those that hold a quote a rule flagged in an earlier draft, nor
        those said from the notes that still read as a note (`flagged.gated`)."""
        kept = unflagged(sentences, self.flagged, self.tone, self.notices)
        plain = partial(self.pick, "next_none")
        return gated(kept, self.notes, self.index, self.notices, plain, self.answered, self._spares)

    def _spares(self, rest: list[Sentence], item: Sentence) -> bool:
        """Whether the letter can do without `item`, a sentence the writer is unsure of
        (`flagged.gated`): `rest` keeps the letter's length, a topic of the reader's when `item`
        named one, and a point of the candidate's recalled when `item` was one."""
        topics = ("topic", "topic_more")
        if item.section in topics and not any(s.section in topics for s in rest):
            return False
        if self.length(rest) < self.low:
            return False
        return item.section not in POINTS or self._recalls(rest)  # one point recalled

    def _topic_lost(self, sentences: list[Sentence]) -> bool:
        """Whether the letter names none of the reader's topics although the plan named one
        (the last gate stopped its sentence: "Our talk about showed you my reel ..."): a
        thank-you names something the reader discussed, so another of their topics is said."""
        topics = ("topic", "topic_more")
        if not self.selection.topics or any(s.section in topics for s in sentences):
            return False
        return len(self.topics_unsaid(sentences)) == len(self.selection.topics)

    def write(self) -> Written:
        self.filled.clear()
        planned = kept_once(self._unflagged(self.plan()), self.notes)
        sentences = shortened(planned, self.tone, self.length, self.low)
        sentences = answers_kept(
            planned, sentences, self.answered, self.length, self.high, self.marked
        )
        for section in phrasebook.DROP_ORDER:
            if self.length(sentences) <= self.high:
                break
            droppable = [s for s in sentences if _drop_section(s) == section]
            if section == "point":
                droppable = droppable[1:]  # the first point says why the candidate fits
            for item in reversed(answers_last(droppable, self.answered | self.marked)):
                without = [s for s in sentences if s is not item]
                if self.keep_floor and self.length(without) < self.low:
                    continue
                sentences = without
                if self.length(sentences) <= self.high:
                    break
        if topic_unsaid(sentences, self.selection.topics, self.answered):
            # a topic typed as an answer is named (`select` puts it first of the topics)
            more = self._unflagged(self.topic_also(sentences))
            sentences = more if self.length(more) <= self.high else sentences
        for skip in range(len(self.selection.topics)):
            if not self._topic_lost(sentences):
                break
            more = self._unflagged(self.topic_also(sentences, skip))
            sentences = more if self.length(more) <= self.high else sentences
        # Short: what the notes still support and thanks again; never a claim about the
        # interview that the notes do not make, nor a topic named with nothing to say of it.
        # A point of its own first; then its topic said more fully, before a point a
        # colleague's letter carries (the panel compares notes); then stock sentences.
        sentences = self._unflagged(self._fill(sentences, shared=False))
        sentences = self._fuller(sentences)
        if self.length(sentences) < self.low:
            sentences = self.topic_also(sentences)
        sentences = self._unflagged(self._fill(sentences))
        if not self._recalls(sentences):  # a letter recalls one of the candidate's points
            sentences = self._unflagged(self._fill(sentences, force=True))
        if self._needs_second_stock(sentences):
            # The notes first: a point of the candidate's the plan gave a colleague's letter,
            # then one more of this reader's topics, before a second stock sentence.
            sentences = self._unflagged(self._fill(list(sentences), colleagues=True))
            if self._needs_second_stock(sentences):
                sentences = self._unflagged(self.topic_also(sentences))
            theirs = any(s.section in ("topic", "topic_more") for s in sentences)
            if self._needs_second_stock(sentences):
                # A point of the candidate's before a second stock sentence, one a colleague's
                # letter says; with a topic of theirs said, one a letter of the panel still lacks.
                most = 2 if not theirs else min(2, len(self.notes.interviewers) - 1)
                sentences = self._unflagged(self._fill(list(sentences), borrow=most))
        also = lambda said, skip: self._unflagged(self.topic_also(said, skip))  # noqa: E731
        room = lambda said: 0 if self.tone == "concise" else self.high - self.length(said)  # noqa: E731
        sentences = self._padded_to_send(careful_named(sentences, self.topics_unsaid, also, room))
        words = self.length(sentences)
        if words < self.low:
            self.notices.append(thin_notice(self.notes, self.index, words))
        for said in (s for s in sentences if s.section == "follow_up"):
            if sent := attached_in(said.text):  # "I have attached X": remind to attach it
                self.notices.append(f"The letter says {sent} is enclosed: attach it first.")
        cut = shortened(sentences, self.tone, self.length, self.low)
        cut = answers_kept(sentences, cut, self.answered, self.length, self.high, self.marked)
        sentences = registered(cut, self.tone)
        named_in = partial(named, company=self.notes.company, role=self.notes.role)
        sentences = [replace(s, text=named_in(s.text)) for s in sentences]
        # "I designed steel mezzanine": its "a", once fitted; never in a line the user typed
        sentences = articled(sentences, lambda s: said_as_typed(s, self.answered))
        sentences = linked(paragraphed(sentences, printed=not self.email))
        if self._too_short_to_send(sentences):  # a word lost in linking ("I am also ACA ...")
            sentences = self._thanks_said_longer(sentences) or sentences
        turned = role_paragraph(sentences, self.answered, self.taken, self.tone, self.marked)
        if self.length(sentences) < self.low and not self._too_short_to_send(sentences):
            turned = self._padded(turned, capped=True)  # a frame taken off: not under the floor
        if (
            not self.low <= self.length(sentences) <= self.high
            or self.low <= self.length(turned) <= self.high
        ):
            sentences = turned  # saying them plainly never takes a fitted letter out of length
        sentences = kept_once(sentences, self.notes, there=True)  # in the last order
        unsure = [replace(s.unsure, sentence=s.text) for s in sentences if s.unsure]
        unsure.sort(key=lambda u: -u.weight)  # the least sure first, else the letter's order
        explained = tuple(sorted(self.explained))
        return Written(self.render(sentences), tuple(self.notices), explained, tuple(unsure))


# A further topic sentence that says what the candidate answered ("You also asked ...: I ...",
# "When you asked ..., I said ..."): the reader's own subject, kept before a CV line.
_ANSWERED = re.compile(r"^(?:You (?:also )?asked\b|When you asked\b|When we discussed\b)|:\s+I\b")


def _drop_section(sentence: Sentence) -> str:
    """The `phrasebook.DROP_ORDER` section a sentence is dropped as: a further topic named bare
    is "topic_bare", one said with the candidate's answer "topic_more"."""
    if sentence.section == "topic_more" and not _ANSWERED.search(sentence.text):
        return "topic_bare"
    return sentence.section
