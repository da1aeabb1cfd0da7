"""Which sentences of a letter share a paragraph: the thanks and what was discussed; the
candidate's points; the follow-up; the personal line; the close."""

from __future__ import annotations

import itertools
from dataclasses import replace

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.alsoword import also_inside
from composer.offline.body import Sentence
from composer.offline.linkgate import asked_also

# Sentences that say something of the candidate's (a point, what they would bring) and those
# that only name what was discussed with this reader.
_CANDIDATES = frozenset(["summary", "point", "point_more", "contribution"])
_DISCUSSED = frozenset(["topic", "topic_more"])
_FACTS = _CANDIDATES - {"contribution"}
# Sentences of the candidate's that a further point's link word ("In addition, ...", "I also
# ...") may add to.
_LINKED_TO = frozenset(["summary", "point", "point_more", "topic_more", "contribution"])
# Sentences that name a topic of the reader's.
_TOPICS = frozenset(["topic", "topic_more"])


# A middle paragraph of a printed letter with more sentences than this, and a second topic,
# is two paragraphs: one topic each (reader 11's h89: three topics, their points and the
# contribution in one block of five sentences).
_LONGEST_MIDDLE = 3


def paragraphed(sentences: list[Sentence], *, printed: bool = False) -> list[Sentence]:
    """What shares a paragraph: the thanks and what was discussed; the candidate's points;
    the follow-up; the personal line; the close (`_grouped`), with no point of the
    candidate's left alone in a paragraph of its own (`_no_lone_point`), and no two points side
    by side opening alike with no "also" (`_echo_also`); in a `printed`
    letter, a long middle paragraph split where its second topic begins (`_split_middle`); the
    candidate's years in a line of work before a result of theirs (`_span_first`)."""
    grouped = _echo_also(_one_also(_span_first(_no_lone_point(_unglued(_grouped(sentences))))))
    return _split_middle(grouped) if printed else grouped


_OPENING_FACTS = frozenset(["summary", "point_more", "contribution"])


def _plain_fact(text: str) -> bool:
    """ "I hold QTS.": a short sentence of the candidate's, with no frame or list of its own."""
    return (
        text.startswith("I ")
        and text.endswith(".")
        and len(text.split()) <= 12
        and not re.search(r"[,;:]|\bwould\b|\bthat\b", text)
    )


def joined_opening(sentences: list[Sentence]) -> list[Sentence]:
    """Two short facts of the opening paragraph said in one sentence, as a person writes
    them: "I hold QTS. I have five years in KS2." -> "I hold QTS, and I have five years in
    KS2."; never more than two in one sentence."""
    out: list[Sentence] = []
    for item in sentences:
        # the sentence before it in the opening paragraph, wherever the plan put it
        place = next((i for i in range(len(out) - 1, -1, -1) if out[i].paragraph == 0), -1)
        last = out[place] if place >= 0 else None
        if (
            last is not None
            and item.paragraph == 0
            and {last.section, item.section} <= _OPENING_FACTS
            and _plain_fact(last.text)
            and _plain_fact(item.text)
            and ", and I " not in last.text
        ):
            out[place] = replace(last, text=f"{last.text[:-1]}, and {item.text}")
            continue
        out.append(item)
    return out


def linked(sentences: list[Sentence]) -> list[Sentence]:
    """A further point ("In addition, I am registered ...", "I also hold ...") said plainly
    (`Sentence.alone`) when no sentence of the candidate's comes before it in the letter as
    read: a link word needs something to link to (a point before it may have been left out).
    A further topic said with its point ("I was also glad to discuss X: ...") loses its "also"
    the same way when no topic sentence comes before it; a question of theirs right after a topic
    named takes one ("You also asked how ...")."""
    out = list(sentences)
    before = topic_before = False
    last: Sentence | None = None
    for i in sorted(range(len(out)), key=lambda i: out[i].paragraph):  # the order as read
        item = out[i]
        if item.section == "point_more" and item.alone and not before:
            out[i] = replace(item, text=item.alone)
        elif item.section == "topic_more" and item.tied and item.alone and not topic_before:
            out[i] = replace(item, text=item.alone)  # "I was glad to discuss X": no "also"
        elif last and last.section in _TOPICS and last.paragraph == item.paragraph:
            out[i] = replace(item, text=asked_also(item.text))  # "X stood out. You also asked"
        before = before or item.section in _LINKED_TO
        topic_before = topic_before or item.section in _TOPICS
        last = out[i]
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
    the opening is no list of a qualification and the topics. A letter's only point, even a
    credential held, is no tail of the thanks either (reader 13: "... at Lir Credit Union
    Group. I hold an LLB from University College Cork.").
    """
    middle = [s for s in sentences if s.paragraph == 1]
    if any(s.section in _CANDIDATES or s.tied for s in middle):
        return sentences  # a further topic said with the candidate's point carries one too
    if not any(s.section in _DISCUSSED for s in sentences if s.paragraph in (0, 1)):
        return sentences  # no topic: the points follow the thanks as planned
    out = []
    for item in sentences:
        if item.paragraph in (0, 1) and item.section in _DISCUSSED:
            item = replace(item, paragraph=0)
        elif item.paragraph in (0, 2) and item.section in _CANDIDATES:
            item = replace(item, paragraph=1)  # a point added to a short letter joins them
        out.append(item)
    return out


def _unglued(sentences: list[Sentence]) -> list[Sentence]:
    """The candidate's sentences the plan put after the thanks ("... at Lir Credit Union Group.
    I hold an LLB from University College Cork.") go to the paragraph of points, after the
    points said about this reader's topic and before what the candidate would bring, the first
    with "also" in place ("I also hold an LLB ..."), so the thanks carries no fact bolted on
    and no point reads as a comment on the topic before it. With no paragraph of points, they
    open one after the thanks, as written."""
    glued = [s for s in sentences if s.paragraph == 0 and s.section in _CANDIDATES]
    if not glued:
        return sentences
    rest = [s for s in sentences if not (s.paragraph == 0 and s.section in _CANDIDATES)]
    middle = [i for i, s in enumerate(rest) if s.paragraph == 1]
    facts = [i for i in middle if rest[i].section in _FACTS or rest[i].tied]
    if not facts:
        # no point of the candidate's in a middle paragraph: they follow what it says of the
        # topic, before what the candidate would bring (or make that paragraph)
        moved = [replace(s, paragraph=1) for s in glued]
        place = max((i for i, s in enumerate(rest) if s.paragraph == 0), default=-1)
        for i in middle:
            if rest[i].section == "contribution":
                break
            place = i
        return [*rest[: place + 1], *moved, *rest[place + 1 :]]
    moved = []
    place = facts[-1]  # after the last point, before a topic named only for the time on it
    # the sentences either side: "also" once among them ("I also hold ... I also enjoyed ...")
    beside = " ".join(s.text for s in rest[place : place + 2] if s.paragraph == 1)
    for number, item in enumerate(glued):
        text = item.text
        if number == 0 and item.section != "contribution" and not _ALSO.search(beside):
            text = _with_also(text)  # a link word beside it is one too many: `_one_also`
        moved.append(replace(item, paragraph=1, text=text, alone=item.alone or item.text))
    return [*rest[: place + 1], *moved, *rest[place + 1 :]]


# A link word of its own: the sentence before a moved point has one, so the point needs none.
_ALSO = re.compile(r"\b(?:also|too|in addition|beyond that|on top of that)\b", re.IGNORECASE)
# A point said in a frame ("I am proud that ...", "I was glad to tell you about ..."): "also"
# would go into the frame, not the point.
_FRAMED = re.compile(r"I (?:am proud|was (?:glad|pleased)|enjoyed|appreciated|'m glad)\b")


def _one_also(sentences: list[Sentence]) -> list[Sentence]:
    """Two sentences of the candidate's side by side with a link word each ("I also hold a BSc
    ... I also have five years ..."): the first, when `_unglued` gave it its "also", else the
    second, else the first, is said plainly, as far as a plain form is known."""
    out = list(sentences)
    order = sorted(range(len(out)), key=lambda i: out[i].paragraph)  # as read
    for before, after in itertools.pairwise(order):
        first, second = out[before], out[after]
        if first.paragraph != second.paragraph or not (
            _ALSO.search(first.text) and _ALSO.search(second.text)
        ):
            continue
        if first.section == "summary" and first.alone:
            out[before] = replace(first, text=first.alone)  # the "also" `_unglued` gave it
        elif second.alone and second.section in _FACTS:
            out[after] = replace(second, text=second.alone)
        elif first.alone and first.section in _FACTS:  # "... I also enjoyed hearing about"
            out[before] = replace(first, text=first.alone)
    return out


def _echo_also(sentences: list[Sentence]) -> list[Sentence]:
    """Two points of the candidate's side by side opening on the same words ("I hold a BSc
    ... I hold a PgCert ..."), neither with a link word: the second says "also" ("I also hold a
    PgCert ..."), as one more of the same kind; not when a point after it has a link word of
    its own ("Beyond that, I am ..."): one link word in a row is enough."""
    out = list(sentences)
    order = sorted(range(len(out)), key=lambda i: out[i].paragraph)  # as read
    for at, (before, after) in enumerate(itertools.pairwise(order)):
        first, second = out[before], out[after]
        opening = re.match(r"I \w+ ", first.text)
        then = out[order[at + 2]] if at + 2 < len(order) else None
        linked_next = (
            then is not None and then.paragraph == second.paragraph and then.section in _FACTS
        )
        if (
            opening
            and first.paragraph == second.paragraph
            and first.section in _FACTS
            and second.section in _FACTS
            and second.text.startswith(opening.group())
            and not (_ALSO.search(first.text) or _ALSO.search(second.text))
            and not (linked_next and then is not None and _ALSO.search(then.text))
        ):
            out[after] = replace(second, text=_with_also(second.text))
    return out


def _with_also(text: str) -> str:
    """ "I hold an LLB ..." -> "I also hold an LLB ...": a point after the topic's point, said
    as one more of the candidate's; a sentence with a frame or "also" of its own is kept."""
    if _ALSO.search(text) or _FRAMED.match(text) or not re.match(r"(?:I|My) ", text):
        return text
    done = re.match(r"I (have|had) (\w+) ", text)
    if done and lexicon.is_participle(done.group(2)):
        return f"I {done.group(1)} also {text[len(done.group(1)) + 3 :]}"  # "I have also spent"
    said = also_inside(text[:-1])
    return text if said.startswith("In addition") else said + text[-1]


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


# A span of years in a line of work: "I have spent eight years as a stage manager", "I have
# seven years of experience in ...", "I have been a nurse for 12 years".
_YEARS = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty"
    r"|thirty|forty)[ -](?:years?|yrs)\b",
    re.IGNORECASE,
)
_HELD_FOR = re.compile(r"\bI (?:have|had|'ve)\b|\bexperience\b")
_LINK_OPENING = re.compile(r"(?:On top of that|In addition|Beyond that|What's more|Besides), ")


def _span(text: str) -> bool:
    return bool(_YEARS.search(text) and _HELD_FOR.search(text))


def _span_first(sentences: list[Sentence]) -> list[Sentence]:
    """The candidate's years in a line of work said after a result of theirs, neither tied to
    a topic ("I called more than 300 performances of The Harbour on its national tour. On top
    of that, I have spent eight years as a stage manager, including four national tours."):
    the years are the ground the result stands on, not one more thing on top of it. They go
    first, said plainly, and the result follows them with no link word."""
    out = list(sentences)
    order = sorted(range(len(out)), key=lambda i: out[i].paragraph)  # as read
    for before, after in itertools.pairwise(order):
        first, second = out[before], out[after]
        if (
            first.paragraph == second.paragraph
            and first.section in ("summary", "point_more")
            and second.section in ("summary", "point_more")
            and _span(second.text)
            and not _span(first.text)
            and not first.tied
            and not second.tied
        ):
            plain = second.alone or _LINK_OPENING.sub("", second.text)
            plain = plain[0].upper() + plain[1:]
            plain = re.sub(r"^I (have |had )?also ", r"I \1", plain)
            out[before], out[after] = replace(second, text=plain, alone=""), first
    return out
