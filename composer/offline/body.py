"""The body of a letter: the candidate's points said on their own (the summary), this reader's
topic with the points tied to it, a second topic, and the contribution, as `select` chose them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from composer import regexes as re
from composer.drafting import Unsure
from composer.models import Interviewer, Notes
from composer.offline.alsoword import also_inside
from composer.offline.answervoice import why_mine
from composer.offline.aside import Aside, aside
from composer.offline.bridgekind import after_own, fitting
from composer.offline.casing import lower_start, sentence
from composer.offline.exchange import carried
from composer.offline.items import Kind, read_point, said_for
from composer.offline.linkgate import asks, earned, listed
from composer.offline.offer import read_offer
from composer.offline.offervoice import to_reader
from composer.offline.onefact import figure_once
from composer.offline.phrasebook import moods
from composer.offline.phrases import Phrase, Shape
from composer.offline.realise import Clause
from composer.offline.select import Selection
from composer.offline.ties import asked_of
from composer.offline.topicanswers import asked_sentence, repeats, retold
from composer.offline.topicframes import also_section, leads
from composer.offline.topicit import topic_as_pronoun
from composer.offline.topicnamed import names_topic
from composer.offline.topics import Topic, read_topic
from composer.offline.wording import Wording

# The sections of a letter that say the candidate's points: why they fit.
POINTS = ("summary", "point", "point_more")


@dataclass(frozen=True)
class Sentence:
    """One sentence of the letter: the section it says and its paragraph."""

    section: str
    paragraph: int
    text: str
    held: bool = False  # a credential held ("I am MPE certified."), said on its own
    tied: bool = False  # a further topic said with the candidate's point about it
    # a point that points back at the topic before it ("It connects with my own work: ..."),
    # as said plainly when that topic sentence is left out
    alone: str = ""
    # a point (or the contribution) that fits none of this reader's topics: `roleparagraph`
    # gives them a paragraph of their own
    untied: bool = False
    # how unsure the writer is of it, set at the last gate (`flagged.gated`, `leastsure`)
    unsure: Unsure | None = None


# In a question the reader put, "she pointed out" is the reader: "You asked about X: I have made
# ..., but she pointed out that ..." -> "but you pointed out that ...".
_THEY_IN_THEIR_TOPIC = re.compile(
    r"^(?P<lead>(?:When )?[Yy]ou asked\b[^.]*?\b)(?:she|he)(?= (?:pointed out|noted|said|mentioned|"
    r"explained|added|told me)\b)"
)


# The employer's own things typed as "their" in a topic ("the envelopes in their fleet"): to one
# who works there, "your".
_THEIR_PLACE = re.compile(
    r"\b(?:in|at|of|for|on) their (?=(?:fleet|company|team|site|plant|office|workshop|hotel|clinic"
    r"|lab|laboratory|yard|hangar|kitchen|museum|school|warehouse|studio|farm|mine|port|archive)\b)"
)


def _yours(text: str) -> str:
    """A sentence of the reader's own topic said to them: "she pointed out" after "You asked",
    "in their fleet", "He was kind about it" -> "you pointed out", "your fleet", "You were
    kind about it"."""
    text = _THEY_IN_THEIR_TOPIC.sub(r"\g<lead>you", text)
    text = _THEIR_PLACE.sub(lambda m: m[0].replace("their", "your"), text)
    return _HE_OPENS.sub(lambda m: f"{m['lead']}You {_YOU_VERB.get(m['verb'], m['verb'])}", text)


_HE_OPENS = re.compile(
    r"(?P<lead>(?:^|[.!?]\s+))(?:He|She) (?P<verb>was|is|has|had|said|asked|told|pointed|noted"
    r"|mentioned|seemed|liked|agreed|explained)\b"
)
_YOU_VERB = {"was": "were", "is": "are", "has": "have"}


class Body(Wording):
    """The summary, middle and contribution of one letter; `Writer` sets these fields."""

    notes: Notes
    selection: Selection
    common: frozenset[str]  # words the notes write in lower case
    email: bool
    more_topics: int  # topics to add beyond the plan, when asked for a longer letter
    asked_topic: str | None  # a topic the user asked the letter to name (as the notes write it)
    person: Interviewer  # the letter's reader

    def clause_for(self, phrase: Phrase) -> Clause:
        variant = self.variation.number(f"verb {phrase.text}")
        said = said_for(phrase, self.common, variant)
        assert said is not None  # selection keeps only points that have a clause
        return said

    def _values(self, point: Phrase) -> dict[str, str]:
        said = self.clause_for(point)
        return {
            "clause": sentence(said.text())[:-1],
            "clause_lower": lower_start(said.text()),
            "clause_also": self._also(point, said),
            "told": said.rest,  # what the candidate told them about, for "summary_told"
        }

    def summary(self) -> list[Sentence]:
        """The points that fit none of this reader's topics, each said on its own: after the
        thanks when a topic carries the middle, so none reads as a comment on an unrelated topic."""
        paragraph = 0 if self.selection.topics else 1
        out = []
        for number, point in enumerate(self.selection.summary):
            values = self._values(point)
            if number == 0:
                section = self._summary_section(point)
                if section in ("summary_done", "summary") and self._plainly(values):
                    # said plainly: a result needs no "I am proud that ...", years or a skill
                    # no stock tail ("..., which I would build on in the role.")
                    section = "link_mine"
                text = self.pick_summary(section, company=self.notes.company, **values)
                held = self._kind_suffix(point) == "_held"
                out.append(Sentence("summary", paragraph, text, held, untied=True))
            else:
                text = self.pick("point_more", **values)
                plain = f"{values['clause']}."
                out.append(Sentence("point_more", paragraph, text, alone=plain, untied=True))
        return self._to_reader(out)

    def _to_reader(self, said: list[Sentence]) -> list[Sentence]:
        """The points that name this letter's own reader said to them ("with clean cuts that Mr.
        Hartwell praised" in Mr. Hartwell's letter: "that you praised")."""
        names = [self.person.name, self.person.salutation or ""]
        return [
            replace(s, text=to_reader(s.text, names), alone=to_reader(s.alone, names))
            if s.section in ("summary", "point", "point_more")
            else replace(s, text=_yours(s.text))
            if s.section in ("topic", "topic_more")
            else s
            for s in said
        ]

    def pick_summary(self, section: str, **values: str) -> str:
        """A point said on its own in `section`'s wording; a thing told about takes only what was
        told, so no frame gives way for echoing the item reader's own "I was glad to tell you"."""
        if section == "summary_told":
            values = {"told": values["told"]}
        elif section in ("summary", "summary_done") and ", and " in values["clause"]:
            section = "link_mine"  # no tail after two parts: "..., and ..., and I would bring"
        return self.pick(section, **values)

    def _plainly(self, values: dict[str, str]) -> bool:
        """True when a point is said plainly ("{clause}."): in an email, unless a colleague's
        letter says it (a frame varies it; a printed letter keeps frames for its length)."""
        return self.email and not self.repeats(f"{values['clause']}.")

    def _summary_section(self, point: Phrase) -> str:
        """The wordings for a point said on its own, by its kind: a credential plainly, a
        done thing (an achievement) with no claim to "bring" it, a thing the candidate told
        them about in as many ways as a panel has readers, else a word on what the candidate
        would do with it."""
        if read_point(point.source, self.common).said is None:
            return "summary_told"  # `items.mentioned`: "I was glad to tell you about ..."
        return "summary" + self._kind_suffix(point)

    def _kind_suffix(self, point: Phrase) -> str:
        """ "_held" for a credential, "_done" for something done, "" for what one brings."""
        read = read_point(point.source, self.common)
        kind, rest = read.kind, read.said.rest if read.said else ""
        # plainly, like a credential: an unsure highlight (recalled as something told), a training
        # ("trained in BSL2 practice"), a qualification finished ("finished PQiP sept 2026")
        plain = (Kind.DEGREE, Kind.HELD, Kind.CERTIFICATE, Kind.ROLE, Kind.UNDER_WAY, Kind.UNSURE)
        trained = kind is Kind.TRAIT and rest.startswith(("trained in ", "qualified in "))
        if kind in plain or trained:
            return "_held"
        if kind is Kind.ACHIEVEMENT and point.source in self.notes.qualifications:
            return "_held"
        if kind in (Kind.ACHIEVEMENT, Kind.ONGOING, Kind.NOTE_TO_SELF):
            return "_done"
        return ""

    def _earned(self, point: Phrase, topic: str, put: Topic) -> bool:
        """`linkgate.earned` for a point said after the topic named `topic` (`put` as read)."""
        # what the letter says of the point earns the link, never a part of its note left
        # unsaid ("7 yrs at X - custom apparatus": "I have spent seven years at X" shares
        # nothing with "drawings of every apparatus")
        said = self.clause_for(point).text()
        if not said.startswith("I "):  # "about 400 neonatal transports": read with its note
            said = f"{point.source} {said}"
        held = self._kind_suffix(point) == "_held"
        return earned(said, topic, self.notes, note=put.source, asked=asked_of(put), held=held)

    def _unlinked(
        self, put: Topic, topic: str, point: Phrase, v: dict[str, str], last: object
    ) -> list[Sentence]:
        """A topic and a point sharing no subject (`linkgate`), apart (`bridgekind.after_own`)."""
        said = asked_sentence(put.text, put.answer) or self.pick("topic_also_mine", topic=topic)
        if listed(topic):
            return [Sentence("point", 1, self._alone(point, v))]
        named = Sentence("topic_more", 1, said, tied=True)  # "I also ran ... I was glad we ..."
        more = Sentence("point_more", 1, self.pick("point_more", **v), alone=f"{v['clause']}.")
        done = self._kind_suffix(point) == "_done"  # a deed: one more fact of theirs, then this
        first = after_own(last, point.source, topic, self.notes, done=done)
        return [more, named] if first else [named, self._own(point, v, topic)]

    def _own(self, point: Phrase, values: dict[str, str], topic: str) -> Sentence:
        """A point after a topic no link may join it to (`aside`), untied unless said there."""
        held, plain = self._kind_suffix(point) != "_done", f"{values['clause']}."
        how = aside(point.source, topic, self.notes, held=held, email=self.email)
        if how is Aside.UNTIED:
            return Sentence("point_more", 1, plain, held=True, alone=plain, untied=True)
        untied = how is Aside.OWN or self._alone(point, values) != plain
        return Sentence("point", 1, plain, alone=plain if untied else "", untied=untied)

    def _alone(self, point: Phrase, values: dict[str, str]) -> str:
        """A point said plainly, or in a `summary*` wording when a colleague's letter says it."""
        plain = f"{values['clause']}."
        if not self.repeats(plain):
            return plain
        return self.pick_summary(self._summary_section(point), company=self.notes.company, **values)

    def middle(self) -> list[Sentence]:
        """This reader's topics that carry something of the candidate's, each with it: the
        first tied topic opens the paragraph, a second follows; then the contribution. A topic
        with nothing of the candidate's about it is not named ("I keep thinking about our
        discussion of X." says nothing a reader could not have guessed)."""
        chosen = self.selection
        out: list[Sentence] = []
        trailing: list[Sentence] = []
        named: list[Phrase] = []
        tied = [t.topic for t in chosen.ties]
        asked = [t for t in chosen.topics if t.source == self.asked_topic and t not in tied]
        for topic_asked in asked[:1]:
            # named because the user asked for it, first: the topic the paragraph opens with
            text = self.pick("topic", topic=topic_asked.text, Topic=sentence(topic_asked.text)[:-1])
            out.append(Sentence("topic", 1, text))
            named.append(topic_asked)
        for number, tie in enumerate(chosen.ties, start=len(named)):
            # a topic of the candidate's own work ("my Hale & Co rebrand"): the point said plainly
            own = read_topic(tie.topic.source, self.common).mine and not re.search(
                r"\b(?:how|what|whether|why)\b", tie.topic.text
            )
            topic = tie.topic.text
            apart = False  # the first point said as the candidate's own: no "In addition"
            for place, point in enumerate(tie.points):
                values = self._values(point)
                if number == 0 and place == 0:
                    values = topic_as_pronoun(values, topic)
                    told = "yes" if read_topic(tie.topic.source, self.common).mine else ""
                    text = self.pick("topic", topic=topic, Topic=sentence(topic)[:-1], mine=told)
                    put = self._put(tie.topic.source, values["clause"])  # with its answer
                    text = asked_sentence(put.text, put.answer, put.question) or text
                    out.append(Sentence("topic", 1, text))
                    if put.answer and repeats(put.text, values["clause"]):
                        continue  # the question named it: "You asked about my IRATA L2 ..."
                    if _held_named(topic, values["clause"]):
                        continue  # "... the Polar Code and my ice navigator certificate"
                    section = "link_mine" if own else "link"
                    if section != "link_mine" and self._kind_suffix(point) in ("_done", "_held"):
                        # a result or a credential plainly (no "I would put that to work
                        # here"); one with its own subject ("Falls went down ...") opens it
                        own_subject = not self.clause_for(point).text().startswith("I ")
                        section = "link_mine" if own_subject else "link_done"
                        if section == "link_done" and self._plainly(values):
                            # after its topic: no bridge ("It connects with my own work"),
                            # a word that says it is one subject ("On that subject, ...")
                            section = "link_same"
                    section = fitting(section, values["clause"])  # no certificate as experience
                    if section != "link_mine" and not self._earned(point, topic, put):
                        out.append(self._own(point, values, topic))
                        apart = True
                        continue  # no subject shared: no link (`linkgate`), said as own (`aside`)
                    if section in ("link_same", "link") and put.answer:
                        # after "You asked ...: I would ...", a link claims the point answers
                        # the question when it is only near it: said plainly
                        section = "link_mine"
                    plain = "" if section == "link_mine" else f"{values['clause']}."
                    out.append(Sentence("point", 1, self.pick(section, **values), alone=plain))
                elif place == 0:
                    put = self._put(tie.topic.source, values["clause"])  # a question: its answer
                    section = "tie_mine" if own or put.question else "tie_more"
                    kind = read_point(point.source, self.common).kind  # a skill: no example
                    held = self._kind_suffix(point) == "_held" or kind in (Kind.ABILITY, Kind.SKILL)
                    section = fitting(section, values["clause"], held=held, topic=topic)
                    if not section or not self._earned(point, topic, put):
                        out += self._unlinked(put, topic, point, values, out[-1] if out else None)
                        continue
                    once = figure_once(topic, values["clause"])  # "by about 4%" said once
                    text = self.pick(section, topic=once, Topic=sentence(once)[:-1], **values)
                    text = asked_sentence(put.text, put.answer, then=values["clause"]) or text
                    held = section == "tie_more_held"  # "As for X, I ... X": no lead says it
                    if held and names_topic(values["clause"], topic, nouns=True, head=True):
                        text = f"{values['clause']}."
                    alone = _NOT_ALSO.sub("", text, count=1)
                    out.append(Sentence("topic_more", 1, text, tied=True, alone=alone))
                elif number == 0 and apart:
                    out.append(self._own(point, values, topic))
                elif number == 0:
                    text = self.pick("point_more", **values)
                    out.append(Sentence("point_more", 1, text, alone=f"{values['clause']}."))
                else:
                    out.append(Sentence("topic_more", 1, self.pick("point_more", **values)))
            named.append(tie.topic)
            if chosen.contribution_topic == tie.topic:
                out += self.contribution()
        if self.more_topics and out:
            # Asked for a longer letter: one more topic of this reader, with thanks for the time.
            for extra in [t for t in chosen.topics if t not in named][: self.more_topics]:
                put = read_topic(extra.source, self.common)  # a question's answer, said
                text = asked_sentence(put.text, put.answer) or self.pick(
                    also_section(put), topic=extra.text
                )
                out.append(Sentence("topic_more", 1, text))
                named.append(extra)
        out = self._exchanged(out, named)
        about = chosen.contribution_topic
        if not out and about is not None:
            # No point fits a topic, the contribution this one: named with what they would bring.
            text = self.pick("topic", topic=about.text, Topic=sentence(about.text)[:-1])
            put = read_topic(about.source, self.common)  # a question put: said with its answer
            text = asked_sentence(put.text, put.answer, put.question) or text
            said = self.contribution()
            if said:
                return self._exchanged([Sentence("topic", 1, text), *said], [about])
        if not out and about is None and chosen.topics:
            # Nothing of the candidate's fits any topic: their first is named once, with what its
            # note adds ("the out-of-hours rota of one weekend in four"), so the letter is still
            # theirs; with nothing to add, a line of the opening after the summary.
            first = read_topic(chosen.topics[0].source, self.common)
            text = self.pick("topic_only", topic=first.full or chosen.topics[0].text)
            text = asked_sentence(first.text, first.answer, first.question) or text
            if not first.detail and chosen.summary:
                trailing = [Sentence("topic", 0, text)]  # after the opening's facts
            else:
                out.append(Sentence("topic", 1, text))
        if about is not None and not any(s.section == "contribution" for s in out):
            out += self.contribution(about=about)
        elif about is None:
            # A contribution that fits no topic follows the thanks and the candidate's
            # summary, not a topic it says nothing about.
            said = self.contribution()
            out += [replace(s, paragraph=0) for s in said] if chosen.topics else said
        return self._to_reader(out + trailing)

    def _put(self, source: str, clause: str) -> Topic:
        """The topic as read, with its answer unless the point after it (`clause`) retells it
        with its figures: then the topic is named alone."""
        put = read_topic(source, self.common)
        return replace(put, answer="") if put.answer and retold(put.answer, clause) else put

    def _exchanged(self, out: list[Sentence], named: list[Phrase]) -> list[Sentence]:
        """`out` with the reader's question and the answer given, when no topic it names says it
        (`exchange.carried`), before the contribution."""
        make = lambda text: Sentence("topic", 1, text)  # noqa: E731
        contribution = lambda s: s.section == "contribution"  # noqa: E731
        return carried(out, self.selection.topics, named, self.common, make, contribution)

    def topics_unsaid(self, sentences: list[Sentence]) -> list[Phrase]:
        """The reader's topics the letter does not name; a topic it names already, if only by
        two of its words ("fast exhibit turnaround" in the contribution names "exhibit
        turnaround during hearings"), is said."""
        said = " ".join(s.text for s in sentences).lower()
        return [
            t
            for t in self.selection.topics
            if t.text.lower() not in said and not names_topic(said, t.text, nouns=True)
        ]

    def topic_also(self, sentences: list[Sentence], skip: int = 0) -> list[Sentence]:
        """A letter under its minimum names one more topic of this reader that it has not
        (the first, or the one after the `skip` first when those could not be said), with
        thanks for the time on it (a topic said with nothing of the candidate's is otherwise
        left out), at the end of the middle paragraph."""
        unsaid = self.topics_unsaid(sentences)
        place = max((i for i, s in enumerate(sentences) if s.paragraph == 1), default=None)
        if place is None:  # a topic said as a line of the opening: the next one follows it
            place = max((i for i, s in enumerate(sentences) if s.section == "topic"), default=None)
        if place is None:  # no middle and no topic: the letter's only topic closes the opening
            place = max((i for i, s in enumerate(sentences) if s.paragraph == 0), default=None)
        if len(unsaid) <= skip or place is None:
            return sentences
        read = read_topic(unsaid[skip].source, self.common)
        felt = set(self.moods)
        # the letter's only topic (the plan's was stopped by the last gate) is no "as well"
        alone = not any(s.section in ("topic", "topic_more") for s in sentences)
        section = "topic_only" if alone else also_section(read)
        said = "" if why_mine(read.text) else asked_sentence(read.text, read.answer)
        before = "I also" if sentences[place].text.startswith("I also ") else ""  # never twice
        text = said or self.pick(section, topic=read.full or unsaid[skip].text, avoid=before)
        opening = text.lower().split()[:4]
        if moods(text) & felt or any(s.text.lower().split()[:4] == opening for s in sentences):
            # every wording that fits the topic says a feeling the letter has said ("I enjoyed
            # talking ... I also enjoyed hearing about ..."), or opens as one of its sentences
            # does ("Thank you as well ..."): padding is no reason to repeat it
            return sentences
        also = Sentence("topic_more", sentences[place].paragraph, text)
        return [*sentences[: place + 1], also, *sentences[place + 1 :]]

    def _also(self, point: Phrase, said: Clause) -> str:
        """The point with "also" in place: "I also led ...", "I am also ACA qualified, and ..."."""
        if said.whole is None:
            return sentence(said.text("also"))[:-1]
        if point.shape is Shape.PAIR:
            first, second = (self.clause_for(part) for part in point.parts)
            if first.whole is None and second.whole is None:
                return f"{first.text('also')}, and {second.text()}"
        return also_inside(said.whole)

    def contribution(self, about: Phrase | None = None) -> list[Sentence]:
        """What the candidate would bring; `about` names the topic it fits when no other
        sentence of the letter does."""
        phrase = self.selection.contribution
        if phrase is None:
            return []
        tied = self.selection.contribution_topic is not None
        paragraph = 1 if self.email or tied else 2
        offer = read_offer(phrase.source, self.common, self.notes.role)
        if offer is None:
            return []
        # "be": "one consistent interpreter ...", the person they would be
        if offer.frame in ("np", "vp", "aim", "be", "as"):
            slot = "vp" if offer.frame == "vp" else "np"
            text = self.pick(f"contribution_{offer.frame}", **{slot: offer.text})
        else:
            text = offer.text
            paragraph = 1  # "I am eager to learn." is no paragraph of its own
        mine = text.startswith(("I ", "My "))
        asked = about is not None and (
            read_topic(about.source, self.common).question or asks(about.text)
        )
        if (
            about is not None
            and mine
            and not asked
            and not names_topic(text, about.text)
            and leads(about.text)
            and earned(f"{phrase.source} {text}", about.text, self.notes, note=about.source)
        ):
            # never "As for how I would manage permits, my aim would be to ...": a question
            # put to the candidate is no subject their contribution answers
            text = self.pick("contribution_at", topic=about.text, said=lower_start(text[:-1]))
        # "take the servicing off Gary's plate" in the letter to Gary: "off your plate"
        names = [self.person.name, self.person.name.split()[0], self.person.salutation or ""]
        untied = not tied and about is None
        return [Sentence("contribution", paragraph, to_reader(text, names), untied=untied)]


# The word of a further topic's wording that points back at the topic before it ("I was also
# glad to discuss X: ...", "... X as well: ...", "... my own work too: ..."): left out when
# that topic sentence is not in the letter (`paragraphs.linked`).
_NOT_ALSO = re.compile(r"(?<=\bI was) also\b| (?:as well|too)(?=:)")


def _held_named(topic: str, clause: str) -> bool:
    """True when the point only says the candidate holds what the topic already names as
    theirs ("I hold an ice navigator certificate." after "... and my ice navigator
    certificate"): said after it, the same thing twice."""
    held = re.fullmatch(r"I (?:hold|have) (?:a |an |the |my )?(?P<what>[\w' -]+?)\.?", clause)
    return held is not None and f"my {held['what'].lower()}" in topic.lower()
