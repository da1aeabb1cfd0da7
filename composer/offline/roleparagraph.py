"""The candidate's points that fit none of this reader's topics, in a paragraph of their own
after the topics' paragraph, opened by a word on the role itself ("For the role itself, I hold
a BA in English from Leeds, and I mentored two juniors."), so no point reads as a comment on a
topic it has nothing to do with, and none stands alone as a line of a CV."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import replace

from composer.offline import lexicon, phrasebook
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
# The longest role name a lead-in names ("For the Senior Copywriter role itself, ...").
_ROLE_WORDS = 3


def role_paragraph(
    sentences: list[Sentence],
    pick: Callable[..., str],
    role: str,
    answered: frozenset[str] = frozenset(),
) -> list[Sentence]:
    """`sentences` with the untied points (`Sentence.untied`) and, after them, an untied
    contribution moved to one paragraph after the last that names a topic (a lone sentence
    closes that paragraph instead; when that is the thanks, the topics it names after the
    thanks move to open the point's paragraph: `_with_topics`): the first point
    said plainly in a "role_lead" wording (`pick`, the phrasebook's), a second short one
    joined to it with "and" (never one the candidate typed as an answer, which is said as
    typed: `typedfirst`). A letter that names no topic of this reader keeps its plan: its
    points follow the thanks, with nothing to be taken for a comment on."""
    points = [s for s in sentences if s.untied and s.section in _POINTS]
    # an answer the candidate typed keeps its words: a lead-in only before its "I"
    firsts = [
        s
        for s in points
        if _plain(s).startswith("I ") or (_plain(s) and not from_answer(s, answered))
    ]
    topical = [s.paragraph for s in sentences if s.section in _TOPICAL or s.tied]
    if not firsts or not topical:
        return sentences
    after = max(topical)
    rest = [s for s in sentences if not (s.untied and s.section in (*_POINTS, "contribution"))]
    moved = [s for s in sentences if s.untied and s.section == "contribution"]
    if any(s.paragraph < after for s in moved):
        moved = []  # a contribution said before the topics stays there
        rest = [s for s in sentences if not (s.untied and s.section in _POINTS)]
    first = firsts[0]
    others = [s for s in points if s is not first]
    text = _plain(first)
    typed = any(from_answer(s, answered) for s in (first, *others[:1]))
    if others and not typed and _short(text) and _short(_plain(others[0])):
        text = _joined(text, _plain(others[0]))
        others = others[1:]
    section = "role_lead_done" if _done(text) else "role_lead"
    said = pick(section, clause_lower=lower_start(text[:-1]), the_role=the_role(role, text))
    group = [replace(first, text=said, alone=""), *others, *moved]
    if len(group) == 1 and after > 0:
        # one sentence is no paragraph: it closes the topics' own, its lead-in saying it
        # turns from them to the role
        at = max(i for i, s in enumerate(rest) if s.paragraph == after) + 1
        return [*rest[:at], replace(group[0], paragraph=after), *rest[at:]]
    if len(group) == 1:
        # the topics are named in the thanks: they open the point's paragraph with it, so
        # neither is a paragraph of one sentence
        return _with_topics(rest, group[0]) or _own_paragraph(rest, group, after + 1)
    return _own_paragraph(rest, group, after + 1)


def _own_paragraph(rest: list[Sentence], group: list[Sentence], place: int) -> list[Sentence]:
    """`rest` with `group` as paragraph `place`, the paragraphs from there on one later."""
    after = place - 1
    shifted = [replace(s, paragraph=s.paragraph + 1) if s.paragraph >= place else s for s in rest]
    at = max((i for i, s in enumerate(shifted) if s.paragraph <= after), default=-1) + 1
    return [*shifted[:at], *(replace(s, paragraph=place) for s in group), *shifted[at:]]


def _with_topics(rest: list[Sentence], point: Sentence) -> list[Sentence] | None:
    """`rest` with the topics the thanks paragraph names after the thanks moved to a paragraph
    of their own, `point` closing it ("I was glad we had the chance to talk about X. More
    broadly, I ..."); None when the thanks paragraph names no topic at its end."""
    opening = [s for s in rest if s.paragraph == 0]
    tail = len(opening)
    while tail > 1 and (opening[tail - 1].section in _TOPICAL or opening[tail - 1].tied):
        tail -= 1
    topical = opening[tail:]
    if not topical or opening[0].section != "thanks":
        return None
    moved = {id(s) for s in topical}
    later = [replace(s, paragraph=s.paragraph + 1) for s in rest if s.paragraph > 0]
    kept = [s for s in rest if s.paragraph == 0 and id(s) not in moved]
    paragraph = [replace(s, paragraph=1) for s in (*topical, point)]
    return [*kept, *paragraph, *later]


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


def _done(text: str) -> bool:
    """A point that tells of something done ("I mentored two juniors", "I made all the oak
    counters"): no credential "for the role itself", so its lead-in does not name the role."""
    words = text.split()
    return (
        len(words) > 1
        and words[0] == "I"
        and words[1] not in _HELD_VERBS
        and lexicon.is_past(words[1].lower())
    )


# Past forms that say what the candidate holds or is, not a deed ("I had", "I was").
_HELD_VERBS = frozenset(["had", "was", "have", "am", "hold", "held"])


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


def the_role(role: str, point: str = "") -> str:
    """ "the Bench Joiner role"; "the role" for a long name or one with a comma or brackets
    ("Genetic Counsellor, Prenatal and Paediatric Clinic"), which a lead-in cannot carry, or
    one the point names itself ("I am a Certified Elevator Mechanic": no "As for the Elevator
    Mechanic role itself, ...")."""
    name = re.sub(r"^(?:an?|the)\s+", "", role.strip(), flags=re.IGNORECASE)
    if not name or len(name.split()) > _ROLE_WORDS or re.search(r"[^\w &'-]", name):
        return "the role"
    said = {w.casefold() for w in re.findall(r"[\w'-]{4,}", point)}
    named = {w.casefold() for w in re.findall(r"[\w'-]{4,}", name)}
    if named and named <= said:
        return "the role"
    if re.search(r"\b(?:role|position|post|job)$", name, re.IGNORECASE):
        return f"the {name}"
    return f"the {name} role"
