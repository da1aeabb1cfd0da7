"""Which sentences of a letter share a paragraph: the thanks and what was discussed; the
candidate's points; the follow-up; the personal line; the close."""

from __future__ import annotations

from dataclasses import replace

from composer.offline.body import Sentence

# Sentences that say something of the candidate's (a point, what they would bring) and those
# that only name what was discussed with this reader.
_CANDIDATES = frozenset(["summary", "point", "point_more", "contribution"])
_DISCUSSED = frozenset(["topic", "topic_more"])
# Sentences of the candidate's that a further point's link word ("In addition, ...", "I also
# ...") may add to.
_LINKED_TO = frozenset(["summary", "point", "point_more", "topic_more", "contribution"])


# A middle paragraph of a printed letter with more sentences than this, and a second topic,
# is two paragraphs: one topic each (reader 11's h89: three topics, their points and the
# contribution in one block of five sentences).
_LONGEST_MIDDLE = 3


def paragraphed(sentences: list[Sentence], *, printed: bool = False) -> list[Sentence]:
    """What shares a paragraph: the thanks and what was discussed; the candidate's points;
    the follow-up; the personal line; the close (`_grouped`), with no point of the
    candidate's left alone in a paragraph of its own (`_no_lone_point`); in a `printed`
    letter, a long middle paragraph split where its second topic begins (`_split_middle`)."""
    grouped = _no_lone_point(_grouped(sentences))
    return _split_middle(grouped) if printed else grouped


def linked(sentences: list[Sentence]) -> list[Sentence]:
    """A further point ("In addition, I am registered ...", "I also hold ...") said plainly
    (`Sentence.alone`) when no sentence of the candidate's comes before it in the letter as
    read: a link word needs something to link to (a point before it may have been left out)."""
    out = list(sentences)
    before = False
    for i in sorted(range(len(out)), key=lambda i: out[i].paragraph):  # the order as read
        item = out[i]
        if item.section == "point_more" and item.alone and not before:
            out[i] = replace(item, text=item.alone)
        before = before or item.section in _LINKED_TO
    return out


def _split_middle(sentences: list[Sentence]) -> list[Sentence]:
    """The middle paragraph, when it runs over `_LONGEST_MIDDLE` sentences and names a second
    topic with the candidate's point about it after its first topic and point, split before
    that topic (a topic named only for the time spent on it starts nothing); later paragraphs
    move down one."""
    middle = [i for i, s in enumerate(sentences) if s.paragraph == 1]
    if len(middle) <= _LONGEST_MIDDLE or sentences[middle[0]].section != "topic":
        return sentences
    cut = next((i for i in middle[2:-1] if sentences[i].tied), None)
    if cut is None:
        return sentences
    return [
        replace(s, paragraph=s.paragraph + 1) if s.paragraph > 1 or i >= cut else s
        for i, s in enumerate(sentences)
    ]


def _grouped(sentences: list[Sentence]) -> list[Sentence]:
    """What shares a paragraph: the thanks and what was discussed; the candidate's points;
    the follow-up; the personal line; the close.

    A topic that carries a point of the candidate's opens the points' paragraph ("Our
    discussion of the caseload ... Average time to permanence ... fell ..."), after an opening
    of the thanks and one fact. A topic named with nothing of the candidate's is thanks for the
    conversation: it joins the thanks, and the points stand in their own paragraph after it, so
    the opening is no list of a qualification and the topics. But a letter's only point, when
    it is a credential held, stays in the opening after the thanks for the role: alone in a
    paragraph ("I am MPE certified.") it reads as a line pasted from a CV. A result keeps its
    paragraph ("I led the commissioning of two TrueBeams ...").
    """
    middle = [s for s in sentences if s.paragraph == 1]
    if any(s.section in _CANDIDATES for s in middle):
        return sentences
    if not any(s.section in _DISCUSSED for s in sentences if s.paragraph in (0, 1)):
        return sentences  # no topic: the points follow the thanks as planned
    mine = [s for s in sentences if s.section in _CANDIDATES]
    lone = mine[0] if len(mine) == 1 and mine[0].held else None
    out = []
    for item in sentences:
        if item.paragraph in (0, 1) and item.section in _DISCUSSED:
            item = replace(item, paragraph=0)
        elif item is lone and item.paragraph == 0:
            pass  # the opening's one fact, after the thanks
        elif item.paragraph in (0, 2) and item.section in _CANDIDATES:
            item = replace(item, paragraph=1)  # a point added to a short letter joins them
        out.append(item)
    return out


def _no_lone_point(sentences: list[Sentence]) -> list[Sentence]:
    """A further point of the candidate's alone in its paragraph ("In addition, I speak fluent
    Spanish.") reads as a line of a CV, its "in addition" to nothing there: it joins the
    paragraph before it that says the candidate's other points, after them and before the
    contribution. A letter's only
    point keeps its paragraph after a topic it is not about, so it reads as no comment on it."""
    out = list(sentences)
    for paragraph in sorted({s.paragraph for s in out}):
        members = [s for s in out if s.paragraph == paragraph]
        if paragraph == 0 or len(members) != 1 or members[0].section not in _CANDIDATES:
            continue
        lone = members[0]
        before = [i for i, s in enumerate(out) if s.paragraph < paragraph]
        theirs = [i for i in before if out[i].section in _CANDIDATES]
        if not theirs:
            continue
        # after that paragraph's points, before what the candidate would bring: "In addition, I
        # have six years ..." after "In this position, I would aim to ..." is an afterthought
        last = out[theirs[-1]].paragraph
        facts = [i for i in theirs if out[i].paragraph == last and out[i].section != "contribution"]
        after = out[(facts or theirs)[-1]]
        out.remove(lone)
        out.insert(out.index(after) + 1, replace(lone, paragraph=after.paragraph))
    return out
