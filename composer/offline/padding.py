"""Padding a short letter: the close's stock sentences a letter under its minimum takes.

Thanks again, an offer of more and a line of interest say nothing of the notes: `Writer.write`
says more of the notes first, and a letter takes them only as far as `_room_for_stock` allows
(see `MOST_STOCK`), so they never stack up.
"""

from __future__ import annotations

from dataclasses import replace

from composer.offline.body import Sentence
from composer.offline.phrases import Phrase
from composer.offline.sections import Sections
from composer.offline.topics import read_topic
from composer.offline.usable import stems
from composer.rules.context import Context
from composer.rules.facts import facts_for
from composer.rules.length import word_length


class Padding(Sections):
    """The stock sentences of the close and the length rule's error, for `Writer`."""

    low: int  # the channel's (or the asked) least words
    high: int  # the channel's (or the asked) most words
    fuller: int  # under this, a letter says its own unused points (`_fuller`)
    notices: list[str]
    floor: int  # shorter than this is no letter at all
    _length_errors: dict[int, bool]  # words: the length rule's error at that count
    filled: set[Phrase]  # points `Writer._fill` added
    earlier: tuple[str, ...]  # the panel's letters written before this one

    def length(self, sentences: list[Sentence]) -> int:
        raise NotImplementedError  # `Writer.length`

    def _unflagged(self, sentences: list[Sentence]) -> list[Sentence]:
        raise NotImplementedError  # `Writer._unflagged`

    def _fill(self, sentences: list[Sentence], *, shared: bool, aim: int) -> list[Sentence]:
        raise NotImplementedError  # `Writer._fill`

    def _fuller(self, sentences: list[Sentence]) -> list[Sentence]:
        """A letter short of the length people aim for (a little under the channel's target)
        recalls a question of this reader's it answered, then adds the points of its own its
        plan left unused, the strongest first: content from the notes, never a stock sentence.
        What is tried this way and stopped by the gate was never needed, so it adds no notice
        of a line left out."""
        if self.tone == "concise" or self.length(sentences) >= self.fuller:
            return sentences  # (a concise letter would drop its own lines for the point)
        told = list(self.notices)
        for skip, topic in enumerate(self.topics_unsaid(sentences)):
            # a question put to the candidate, with the answer they gave: theirs to recall
            if read_topic(topic.source, self.common).answer:
                more = self._unflagged(self.topic_also(sentences, skip))
                sentences = more if self.length(more) <= self.high else sentences
                break
        if self.length(sentences) < self.fuller:
            sentences = self._unflagged(self._fill(sentences, shared=False, aim=self.fuller))
        self.notices[:] = told
        return sentences

    def told(self, point: Phrase) -> int:
        """How many of the panel's letters written before this one say `point` (every content
        word of its clause): two readers short of points never both borrow the same one."""
        clause = stems(self._values(point)["clause"])
        return sum(clause <= stems(text) for text in self.earlier)

    def extras(self) -> list[Sentence]:
        """Sentences for a letter under its minimum, in the order they are added.

        Thanks again goes before the next step, an offer of more at the end; each only into a
        letter that would otherwise be too short to send at all (under the channel's thin
        floor, or short when its notes are not thin): a letter short because its notes are
        thin stays short, and the report names the notes fields to fill in. A stock
        line of interest ("I came away keener than ever ...") says nothing of the candidate's:
        it is left to `_interest_late`, for a letter still too short to send.
        """
        return [
            Sentence("closing", 5, self.pick("closing")),
            Sentence("offer", 5, self.pick("offer")),
        ]

    def _padded(
        self, sentences: list[Sentence], *, capped: bool, longer: bool = True
    ) -> list[Sentence]:
        """A letter under its minimum with the close's stock sentences it takes (`extras`, then
        interest); `capped`: no more than `_room_for_stock` allows; `longer`: the thanks again
        said more fully before a second stock sentence. (A second topic the notes give comes
        first, in `write`: it says something, where a stock sentence says nothing.)"""
        for extra in self.extras():
            if self.length(sentences) >= self.low:
                break
            if any(s.section == extra.section for s in sentences):
                continue  # a second thanks again (or offer) is a stack, never more to say
            if not self._too_short_to_send(sentences):
                break  # short from thin notes: an honest short letter, no stock filler
            fuller = self._thanks_said_longer(sentences) if longer else None
            sentences = fuller or sentences  # one stock sentence said more fully, not a second
            if not self._too_short_to_send(sentences):
                break
            placed = self._placed(sentences, extra)
            if capped and not self._room_for_stock(sentences, placed):
                break
            sentences = placed
        padded = self._interest_late(self._unflagged(sentences), capped=capped, longer=longer)
        # The offer of more only where it is what keeps the letter a letter: one that is long
        # enough without it, or still too short with it, is a short honest letter instead.
        without = [s for s in padded if s.section != "offer"]
        rescues = self._too_short_to_send(without) and not self._too_short_to_send(padded)
        return padded if len(without) == len(padded) or rescues else without

    def _padded_to_send(self, sentences: list[Sentence]) -> list[Sentence]:
        """`sentences` padded as far as `_room_for_stock` allows; a letter that would still be
        too short to send (no letter at all, or one breaking its length rule) takes each stock
        sentence once, when that is enough."""
        kept = (set(self.used), set(self.moods), set(self.frames))
        padded = self._padded(sentences, capped=True)
        if self._too_short_to_send(padded):
            tried = (self.used, self.moods, self.frames)
            self.used, self.moods, self.frames = kept  # the wordings the capped try took, free
            uncapped = self._padded(sentences, capped=False)
            if self._too_short_to_send(uncapped):
                self.used, self.moods, self.frames = tried
                return padded
            return uncapped
        return padded

    def _interest_late(
        self, sentences: list[Sentence], *, capped: bool, longer: bool = True
    ) -> list[Sentence]:
        """A letter still too short to send says its interest, before the closing thanks (or,
        `longer`, says its thanks more fully when that is enough)."""
        if any(s.section == "interest" for s in sentences) or self.length(sentences) >= self.low:
            return sentences
        if not self._too_short_to_send(sentences):
            return sentences
        sentences = (self._thanks_said_longer(sentences) if longer else None) or sentences
        if not self._too_short_to_send(sentences):
            return sentences
        # after the thanks that opens the letter, as people say it ("Thank you for ... I came
        # away keener than ever to join the team."), never stacked in the close beside a
        # thanks again and the next step, which say the same (reader 25)
        place = next(i for i, s in enumerate(sentences) if s.section == "thanks") + 1
        paragraph = sentences[place - 1].paragraph
        interest = Sentence("interest", paragraph, self.pick("interest"))
        placed = [*sentences[:place], interest, *sentences[place:]]
        return placed if not capped or self._room_for_stock(sentences, placed) else sentences

    def _thanks_said_longer(self, sentences: list[Sentence]) -> list[Sentence] | None:
        """`sentences` with their thanks again in another of its wordings: the first in this
        letter's order that keeps the letter from breaking its length rule on its own ("Thanks
        again." -> "Thanks again for meeting with me."), else the first longer one, so that
        fewer stock sentences follow; None when it has no thanks again. One stock sentence
        said more fully reads better than a second ("... I'm happy to send anything else that
        would help.")."""
        at = next((i for i, s in enumerate(sentences) if s.section == "closing"), None)
        if at is None:
            return None
        options = list(self.variation.order("closing", self.words("closing")))
        options = [w for w in options if w not in self.used]
        trials = [[*sentences[:at], replace(sentences[at], text=w), *sentences[at + 1 :]]
                  for w in options]  # fmt: skip
        chosen = next((t for t in trials if not self._too_short_to_send(t)), None)
        if chosen is None:  # the first longer one, in this letter's order (never one for all)
            now = self.length(sentences)
            chosen = next((t for t in trials if self.length(t) > now), None)
            if chosen is None:
                return sentences
        if chosen is not None:
            self.used.add(chosen[at].text)
        return chosen

    def _placed(self, sentences: list[Sentence], extra: Sentence) -> list[Sentence]:
        """`sentences` with a stock sentence of the close in its place: thanks again before the
        next step, interest after the thanks, an offer of more at the end."""
        place = len(sentences)
        if extra.section == "closing":  # "Thank you again ... I look forward to ..."
            place = next(i for i, item in enumerate(sentences) if item.section == "next_step")
        elif extra.section == "interest":
            place = next(i for i, item in enumerate(sentences) if item.section == "thanks") + 1
        return [*sentences[:place], extra, *sentences[place:]]

    def _room_for_stock(self, before: list[Sentence], after: list[Sentence]) -> bool:
        """Whether a letter may take one more stock sentence (`after` is it with the sentence).

        One beside the next step (`MOST_STOCK`), so they never stack up; a second only when it
        is what keeps the letter from breaking its length rule (and a fuller thanks cannot). A
        letter short of notes stays short (a warning names what to add) rather than padded;
        only one that would be no letter at all without every one of them (under the channel's
        floor) takes them all (see `write`)."""
        stock = self._stock(before)
        if stock < MOST_STOCK:
            return True
        rescued = self._too_short_to_send(before) and not self._too_short_to_send(after)
        return stock == MOST_STOCK and rescued

    def _needs_second_stock(self, sentences: list[Sentence]) -> bool:
        """Whether `sentences`, padded, would take more than one stock sentence beyond the
        thanks and the next step (or still break the length rule as an error). Worked out on a
        trial: the wordings it picks are given back, so a letter that needs no more is written
        as if it had not been asked."""
        kept = (set(self.used), set(self.moods), set(self.frames), set(self.filled))
        notices, explained = list(self.notices), set(self.explained)
        try:
            # Asked with the thanks in the wording the letter picks: a point of the candidate's
            # comes before a longer thanks too (`_thanks_said_longer` is for what is left).
            padded = self._padded(list(sentences), capped=True, longer=False)
            extras = sum(s.section in _STOCK for s in padded)
            return extras > 1 or self._too_short_to_send(padded)
        finally:
            self.used, self.moods, self.frames, self.filled = kept
            self.notices[:], self.explained = notices, explained

    def _stock(self, sentences: list[Sentence]) -> int:
        """The stock sentences of the close beside its next step, which say nothing of the
        notes: thanks again, the offer of more, interest. The next step is the close's own
        sentence, whether it names a step or only hearing from them."""
        return sum(s.section in _STOCK for s in sentences)

    def _too_short_to_send(self, sentences: list[Sentence]) -> bool:
        """True when the letter is under the channel's floor, or short when its notes are not
        thin (the length rule's error): only then does it take the offer of more."""
        words = self.length(sentences)
        if words < self.floor:
            return True
        if words not in self._length_errors:  # the length rule alone, from the count alone
            facts = facts_for(self.notes)
            found = word_length(words, Context(facts, facts.person(self.person.name)))
            self._length_errors[words] = any(v.severity == "error" for v in found)
        return self._length_errors[words]


# The close's stock sentences (thanks again, the offer of more, interest): one beside the next
# step, whether it names a step or none, so they never stack up ("Our talk made me keener to join
# the team. Many thanks again for your time. I look forward to hearing from you early next week.
# I'm happy to send anything else that would help.").
_STOCK = frozenset(["closing", "offer", "interest"])
MOST_STOCK = 1
