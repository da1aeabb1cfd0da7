"""The candidate's points that fit none of this reader's topics, said plainly right after the
thanks, which names the role they are about ("Thank you for ... the Copywriter role at Bell &
Hart. I hold a BA in English from Leeds, and I mentored two juniors."): the place a letter says
why the candidate fits. After a topic they would read as a comment on it, and a stock connector
in front of them ("More broadly, ...", "As for the role itself, ...", "It may also help to know
that ...") claims a tie or something before it that is not there."""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from composer.offline import phrasebook
from composer.offline.body import Sentence
from composer.offline.realise import lower_start
from composer.offline.typedfirst import from_answer

# Sentences that name what was discussed with this reader, or say a point tied to it.
_TOPICAL = frozenset(["topic", "topic_more", "point"])
_POINTS = frozenset(["summary", "point_more"])
# The wordings a point fitting no topic may be said in: `_plain` takes the frame off.
_FRAMES = ("summary", "summary_done", "summary_held", "point_more", "link_mine")
# The longest point (in words) said in one sentence with another: two longer ones are two.
_SHORT = 12


def role_paragraph(
    sentences: list[Sentence], answered: frozenset[str] = frozenset()
) -> list[Sentence]:
    """`sentences` with the untied points (`Sentence.untied`) moved to follow the thanks, the
    first said plainly (its frame taken off: `_plain`), a second short one joined to it with
    "and" (never one the candidate typed as an answer, which is said as typed:
    `typedfirst`): one sentence closes the thanks' own paragraph, two or more are a paragraph
    of their own after it (a run of facts in the thanks paragraph buries its topics). A letter
    that names no topic of this reader, or opens on no thanks, keeps its plan: its points
    follow the thanks already, or have no thanks to follow."""
    points = [s for s in sentences if s.untied and s.section in _POINTS]
    # an answer the candidate typed keeps its words: taken as the first only when it has an "I"
    firsts = [
        s
        for s in points
        if _plain(s).startswith("I ") or (_plain(s) and not from_answer(s, answered))
    ]
    topical = [s for s in sentences if s.section in _TOPICAL or s.tied]
    if not firsts or not topical or sentences[0].section != "thanks":
        return sentences
    first = firsts[0]
    others = [s for s in points if s is not first]
    text = _plain(first)
    typed = any(from_answer(s, answered) for s in (first, *others[:1]))
    if others and not typed and _short(text) and _short(_plain(others[0])):
        text = _joined(text, _plain(others[0]))
        others = others[1:]
    group = [replace(first, text=text, alone=""), *others]
    moving = {id(s) for s in points}
    rest = [s for s in sentences if id(s) not in moving]
    if len(group) > 1:
        # two sentences or more: a paragraph of their own after the opening one
        shifted = [replace(s, paragraph=s.paragraph + 1) if s.paragraph else s for s in rest]
        at = sum(1 for s in rest if s.paragraph == 0)
        return [*shifted[:at], *(replace(s, paragraph=1) for s in group), *shifted[at:]]
    at = 1
    while at < len(rest) and rest[at].section == "thanks" and rest[at].paragraph == 0:
        at += 1
    return [*rest[:at], *(replace(s, paragraph=0) for s in group), *rest[at:]]


# Two credentials of one kind: "I hold the CCNP Enterprise certification" and "I hold the
# Fortinet NSE 4 certification" are one sentence naming the kind once.
_HELD = re.compile(
    r"^I hold the (?P<what>.+) (?P<head>certification|certificate|licence|license|qualification)\.$"
)


def _joined(first: str, second: str) -> str:
    """Two short points said as one sentence: "I hold the A and B certifications." when both
    hold a credential of the same kind, "I hold A and B." when both are held, else "<first>,
    and <second>"."""
    one, two = _HELD.match(first), _HELD.match(second)
    if one and two and one.group("head") == two.group("head"):
        return f"I hold the {one.group('what')} and {two.group('what')} {one.group('head')}s."
    if first.startswith("I hold ") and second.startswith("I hold ") and " and " not in first:
        return f"{first[:-1]} and {second.removeprefix('I hold ')}"  # "I hold A and B": once
    return f"{first[:-1]}, and {lower_start(second)}"


def _plain(item: Sentence) -> str:
    """The point as the candidate's own plain sentence ("I hold ..."), read out of the sentence
    as it now stands (its frame taken off, as `_FRAMES` knows them; an "also" at its start
    left out), or "" when it is no sentence of the candidate's own."""
    text = item.text
    if any(told.match(text) for told in _frames("summary_told")):
        return ""  # "I was glad to tell you about ...": no claim a lead-in could carry
    for frame in _frames(*_FRAMES):
        found = frame.match(text)
        if found:
            clause = found.group("clause")
            text = f"{clause[0].upper()}{clause[1:]}."
            break
    text = re.sub(r"^I (have |had |am |was )?also ", r"I \1", text)
    return text if re.match(r"(?:I|My) ", text) and text.endswith(".") else ""


@functools.cache
def _frames(*sections: str) -> tuple[re.Pattern[str], ...]:
    """The wordings of `sections`, as patterns that find the point's clause (or what was told)."""
    out = []
    for section in sections:
        for wordings in phrasebook.BOOK[section].values():
            for wording in wordings:
                if wording in ("{clause}.", "{clause_also}."):
                    continue
                pattern = re.escape(wording)
                pattern = re.sub(
                    r"\\\{(?:clause(?:_lower|_also)?|told)\\\}", "(?P<clause>.+?)", pattern
                )
                if "(?P<clause>" in pattern and "\\{" not in pattern:
                    out.append(re.compile(f"^{pattern}$"))
    return tuple(out)


def _short(text: str) -> bool:
    """A short point with no list or clause of its own: two of them make one sentence."""
    return bool(text) and len(text.split()) <= _SHORT and not re.search(r"[,;:]|\band\b", text)
