"""Which note items a letter can say at all: the candidate's points that read as a sentence,
a reader's topics that read as a thing discussed (not arrangements such as salary), and the
word stems by which a point and a topic are found to be about the same thing.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import replace

from composer import regexes as re
from composer.models import Interviewer, Notes
from composer.offline import asidekinds
from composer.offline.exchange import answer_unsaid
from composer.offline.followsplit import split
from composer.offline.items import mentioned, read_point
from composer.offline.languages import LANGUAGES
from composer.offline.leftout import (
    AS_EXCHANGE,
    AS_OFFER,
    AS_SAID,
    AS_TOPIC,
    GATED,
    LeftOut,
    follow_up,
    gate_record,
    rapport_left_out,
    unsure_left_out,
)
from composer.offline.offer import why_not
from composer.offline.phrases import Phrase, Shape, analyse
from composer.offline.screen import is_instruction, note_lines
from composer.offline.secondnotes import normalised
from composer.offline.selfnotes import DOUBTED, is_doubted
from composer.offline.stepsender import unread_step
from composer.offline.topicbetter import MOVED
from composer.offline.topicreported import narrated
from composer.offline.topics import read_topic, topic_parts
from composer.offline.topicvoice import by_reader, reader_forms, still_third

_STOP = frozenset(
    [
        "with",
        "from",
        "that",
        "this",
        "they",
        "them",
        "their",
        "have",
        "been",
        "will",
        "would",
        "about",
        "into",
        "over",
        "more",
        "most",
        "than",
        "also",
        "very",
        "what",
        "when",
        "where",
        "which",
        "while",
        "your",
        "years",
        "year",
        "team",
        "work",
        "role",
        # words of degree tie nothing: "wants staff food better" is no topic of "cut fish waste
        # with better ordering"
        *("better", "best", "less", "fewer", "much", "many", "really"),
        # counts and spans of time tie nothing: "three days a week in the office" is no topic
        # of "cut map production from three weeks to four days"
        *("three", "four", "five", "seven", "eight", "nine", "eleven", "twelve", "twenty"),
        *("thirty", "forty", "fifty", "sixty", "hundred", "thousand", "half", "days", "week"),
        *("weeks", "weekly", "month", "months", "monthly", "hour", "hours", "daily", "minutes"),
    ]
)
_WORD = re.compile(r"[^\W\d_]+")


@functools.lru_cache(maxsize=1024)
def stems(text: str) -> frozenset[str]:
    """Content words cut to five letters, so "design" meets "designing" and "designs"."""
    words = (w.lower() for w in _WORD.findall(text))
    return frozenset(w[:5] for w in words if len(w) >= 4 and w not in _STOP)


def lowercase_words(notes: Notes) -> frozenset[str]:
    """Every word the notes write in lower case somewhere: ordinary words, not names."""
    texts = [*notes.qualifications, *notes.highlights]
    texts += [t for p in notes.interviewers for t in (*p.topics, *p.rapport)]
    texts += [v for v in (notes.contribution, notes.follow_up, notes.next_steps, notes.role) if v]
    return _lowercase_words(tuple(texts))


# Each letter asks for these many times (writer, plan, topics, notices): worked out once per
# notes' texts (their content is the key, so copies and freshly read notes share them).
@functools.lru_cache(maxsize=64)
def _lowercase_words(texts: tuple[str, ...]) -> frozenset[str]:
    return frozenset(w for text in texts for w in _WORD.findall(text) if w.islower())


# A point the candidate marks, at its end, as of no use to this job: "PADI rescue diver
# (irrelevant)", "HGV Class 1 licence (on my CV, though it has no bearing on this post)", "I
# coached the robotics team ..., which is not relevant here but ...", "lifeguard cert (lol)".
_NOT_RELEVANT = re.compile(
    r"(?i)(?:\(|[,;–—]\s*|\s-\s*|\bwhich\s+is\s+|\bthough\s+it\s+(?:has|is)\s+)(?:[^()]*?\b)?"
    r"(?:not\s+(?:really\s+|very\s+)?(?:relevant|important)|irrelevant|no\s+bearing)\b[^()]*\)?"
    r"[.?]?\s*$|\(lol\)\.?\s*$"
)


def usable_points(notes: Notes) -> list[Phrase]:
    """The candidate's qualifications, then highlights, that the item reader can say with
    confidence (`items.read_point`); the others are left out and `point_notices` says why.

    A point is never forced into a frame it does not fit. When none is sure, a highlight
    typed as a plain thing ("a talk on data") is still something the candidate brought up in
    the interview, and is recalled as that (`items.said_for`): a letter recalls one point.
    """
    common = lowercase_words(notes)
    # "I showed Ms. Hanazawa the full-size board drawings ..., and she spent some time ..."
    # (round 57, h1507): a moment of the interview with a panellist, no point of the candidate's
    named = [p.salutation for p in notes.interviewers if p.salutation and " " in p.salutation]
    items = tuple(
        item
        for item in (*notes.qualifications, *notes.highlights)
        if not any(re.search(rf"\b{re.escape(n)}\b", item) for n in named)
        and not _NOT_RELEVANT.search(item)
    )
    sure = _points_of(items, common)
    return list(sure or _mentioned(tuple(notes.highlights), common))


@functools.lru_cache(maxsize=64)
def _mentioned(items: tuple[str, ...], common: frozenset[str]) -> tuple[Phrase, ...]:
    found = (analyse(item, common) for item in items if not is_instruction(item))
    return tuple(p for p in found if mentioned(p) is not None)


@functools.lru_cache(maxsize=64)
def _points_of(items: tuple[str, ...], common: frozenset[str]) -> tuple[Phrase, ...]:
    """The items said with confidence, each once: a line typed twice (a qualification given
    again as an answer at --ask, say) would be said twice in one letter."""
    kept: list[Phrase] = []
    said: set[str] = set()
    for item in items:
        point = read_point(item, common)
        if is_instruction(item) or point.said is None:
            continue
        sentence = (point.sentence() or "").lower()
        if sentence in said:
            continue
        said.add(sentence)
        kept.append(analyse(item, common))
    return tuple(kept)


def point_notices(notes: Notes) -> list[str]:
    """One line per qualification or highlight (or the contribution) left out of the letters,
    or kept unsure, with the reason: the notices of `points_left_out`."""
    return [record.notice() for record in points_left_out(notes)]


def points_left_out(notes: Notes) -> list[LeftOut]:
    """Each qualification or highlight left out of the letters (or kept unsure), then the
    contribution when it cannot be said. An entry that reads as an instruction is left out
    too, but `screen.instruction_notices` already warns about it: it is no line to reword."""
    common = lowercase_words(notes)
    out = []
    for name in ("qualifications", "highlights"):
        for index, item in enumerate(getattr(notes, name)):
            if item == MOVED:  # said in the follow-up (`topicfixes.wrong_figures_moved`)
                continue
            read = read_point(item, common)
            if is_instruction(item) or read.said is not None:
                continue
            recalled = name == "highlights" and any(p.source == item for p in usable_points(notes))
            out.append(LeftOut(f"{name}[{index}]", item, read.why, AS_SAID, recalled=recalled))
    offered = notes.contribution
    why = why_not(offered, common) if offered and not is_instruction(offered) else ""
    if offered and why:
        out.append(LeftOut("contribution", offered, why, AS_OFFER))
    return out


def left_out(notes: Notes, notices: Iterable[str]) -> list[LeftOut]:
    """The lines of `notes` that letters with these `notices` (their `Letter.notices`) left out
    because the offline writer could not read them, in the notes' order. A model's letters
    carry no such notice: none."""
    notes = normalised(notes)  # the lines as the writer read them (`secondnotes`)
    said = set(notices)
    found = [*points_left_out(notes), *topics_left_out(notes)]
    if notes.follow_up:
        found.append(follow_up(notes.follow_up))
        found += [follow_up(part.typed) for part in split(notes, lead=0)]  # a part left out
    if notes.next_steps:  # a step the letters closed without (`stepsender.step_unread`)
        found.append(unread_step(notes.next_steps))
    # lines whose sentence the last gate stopped (`flagged.gated`)
    found += [gate_record(field, line) for field, line in note_lines(notes)]
    # a question with its answer that the last gate stopped (`flagged.passing_topics`)
    found += [
        LeftOut(field, line, GATED, AS_EXCHANGE)
        for field, line in note_lines(notes)
        if ".topics[" in field
    ]
    records = [record for record in found if record.notice() in said]
    unsure = unsure_left_out(note_lines(notes), said)  # sentences left out unsure, named
    records += [r for r in unsure if all(r.field != other.field for other in records)]
    return _whole([*records, *rapport_left_out(notes, said)], notes)


def _whole(records: list[LeftOut], notes: Notes) -> list[LeftOut]:
    """`records` with one record per notes line: a line left out in parts ("A; B", or a part
    and the sentence of another) is asked once, whole, not in halves; but a follow-up's parts,
    each with its own question and reader, one by one."""
    typed = dict(note_lines(notes))
    out: list[LeftOut] = []
    for record in records:
        earlier = next((r for r in out if r.field == record.field), None)
        parts = record.field == "follow_up" and typed.get("follow_up") not in (
            record.text,
            earlier.text if earlier else None,
        )  # a follow-up's parts are for their own readers (`followsplit`): asked one by one
        if earlier is None or parts:
            out.append(record)
        elif earlier.text != typed.get(record.field, earlier.text):
            out[out.index(earlier)] = replace(earlier, text=typed[record.field])
    return out


def topic_phrase(item: str, common: frozenset[str], forms: tuple[str, ...] = ()) -> Phrase | None:
    """A topic as a thing discussed ("the on-call rotation"), said to the reader, or None; one
    left out or said with its bracket pasted is read again with its asides set aside
    (`asidekinds`: "the new WMS rollout (Manhattan, go-live in spring)")."""
    said = _topic_phrase(item, common, forms)
    if said is not None and not asidekinds.pasted(item, said.text):
        return said
    bare = asidekinds.plain(item, strict=said is None)
    again = _topic_phrase(bare, common, forms) if bare is not None else None
    if again is None or asidekinds.unsaid(item, again.text):
        kept = said is not None and not asidekinds.pasted(item, said.text, read_only=True)
        return said if kept else None
    return replace(again, source=item)


def _topic_phrase(item: str, common: frozenset[str], forms: tuple[str, ...]) -> Phrase | None:
    """A topic as a thing discussed ("the on-call rotation"), said to the reader, or None.

    `topics.read_topic` reads it: a question becomes what was asked ("how I would staff a
    document review"), a topic typed about the interviewer is said to them ("the trial you
    have coming up in May").
    """
    if is_instruction(item) or CORRECTED.search(item):
        return None
    if _language_only(item):
        return None  # "english - I said is ok for work": how well they speak it, no subject
    item = _as_reader(item, common, forms)  # "Marta's plan ...": "your plan ..."
    topic = read_topic(item, common)
    if not topic.text or their_we(topic.text, item) or _doubted_claim(topic.mine, item):
        return None
    if answer_unsaid(item, common) and not _subject_asked(topic.text):
        # a question put to the candidate whose answer cannot be said is no subject discussed
        # ("our conversation about a time I found ..."), and never named alone ("Thank you for
        # asking how I would ..."): left out and named (`topics_left_out`); a subject asked
        # about ("asked me about the calibration with ...") is still one discussed
        return None
    return Phrase(topic.text, Shape.NOUN, item)


# A topic that puts right what the candidate said in the room ("I said more than three
# thousand. ... the correct figure is about 2,300 ... I must correct this"): the exchange as
# typed would say the wrong figure and the note to self; the correction is the follow-up's
# (round 50, h1403, h1409)
CORRECTED = re.compile(
    r"(?i)\b(?:the\s+(?:correct|right|true|real)\s+(?:figure|number|date|year)\s+(?:is|was)"
    r"|(?:I\s+)?must\s+correct\b|this\s+is\s+wrong\b|that\s+(?:is|was)\s+wrong\b"
    r"|need\s+to\s+correct\b"
    # "correction: said IWCF L4 renewed 2029 -> actually Mar 2030" (round 52, h1430): a label
    r"|^\s*correct(?:ion)?s?\s*(?::|-+>?|→|=>))"
)
CORRECTED_WHY = "it puts right what you said; say the correction in the follow-up"


def _language_only(item: str) -> bool:
    """ "english - I said ...", "my German -> B1": a topic that names only a language."""
    first = re.match(r"(?i)(?:my\s+)?(?P<lang>[a-z]+)\s*(?:[-–:]|->|$)", item)
    return first is not None and first["lang"].lower() in LANGUAGES


def _subject_asked(text: str) -> bool:
    """ "the defects in the green coffee": a question's subject that is a thing, not the
    candidate's own ("my experience with ...") nor a clause ("how I deal when ...")."""
    return re.match(r"(?i)the\s", text) is not None and not re.search(
        r"(?i)\b(?:I|my|me|mine|you|your|how|why|what|when|whether|if)\b", text
    )


def _doubted_claim(mine: bool, item: str) -> bool:
    """True for a topic about the candidate's own work marked to check what they claimed ("which
    software I have used. did I also say SeisSpace?? (not sure)"): what they said in the room
    may be wrong, so the letter does not bring it up (a detail to check, "CHECK expiry date",
    leaves the topic)."""
    claimed = re.search(
        r"(?i)\bdid I (?:also )?(?:say|mention|claim)\b|\boverstat|\bbefore writing\b", item
    )
    return mine and claimed is not None and is_doubted(item)


# "the rangers led the site briefings on their own sea country": people named just before
# "their" own it, never the reader (round 49, h1388)
_OWNERS_BEFORE = re.compile(r"\bthe (?:[A-Z][\w-]* )*[a-z]+(?:ers|ists|ants|ees|ians|ors)\b[^.;]*$")


def _as_reader(item: str, common: frozenset[str], forms: tuple[str, ...]) -> str:
    """The topic with its reader's name as a pronoun the reading says to them (`by_reader`),
    when the reading turns it to "you"; else as typed."""
    # "tracer test results on their new field": the firm's, which the reader works for
    item = re.sub(
        # ("... last year at their depot", round 54, h1464: a workplace of theirs)
        r"\b(on|of|for|in|at|about) their (?=(?:new|current|own|planned) [a-z]|(?:depot|site|plant"
        r"|warehouse|terminal|yard|farm|mill|factory|office|hospital|clinic|store|branch|fleet|lab"
        r"|ward|kitchen|workshop)\b)",  # "the N-500 envelopes in their fleet" (round 55)
        lambda m: m[0] if _OWNERS_BEFORE.search(item[: m.start()]) else f"{m[1]} your ",
        item,
    )
    turned = by_reader(item, forms)
    if turned == item or still_third(read_topic(turned, common).text):
        return item
    return turned


# A topic in the interviewer's words about their own side ("how we log defects", "our new CRM
# rollout", "us moving to Epic"): in the candidate's letter "we" would be the candidate's. It
# is left out and asked for; what the two of them share ("we both", "together") is no such.
# ("US" in capitals is the country)
_WE = re.compile(r"\b(?:[Ww]e|[Oo]urs?|us|[Oo]urselves)\b|\b[Ww]e['’](?:re|ve|d|ll)\b")
_SHARED = re.compile(r"\b(?:both|together|each other)\b", re.IGNORECASE)
THEIR_WE = "it says 'we' for their side, which in your letter would be yours"
ANSWER_UNSAID = "the answer you gave could not be said as a sentence of yours"


def their_we(text: str, item: str = "") -> bool:
    """True when the topic `text` says "we", "our" or "us" for the interviewer's side; never
    when its line `item` is the candidate's account of the room ("Joost asked ... how we
    consulted the works council"), whose "we" is the candidate's, as in the letter."""
    if item and narrated(item):
        return False
    return _WE.search(text) is not None and _SHARED.search(text) is None


# Arrangements rather than the work: such a topic never carries a letter or meets a CV fact.
_ADMIN = re.compile(
    r"\b(?:start date|notice period|salary|pay (?:band|range|scale)|benefits|relocation|"
    r"visa|sponsorship|right to work|references|package|compensation|holiday allowance|"
    r"parking|dbs check|travel expenses|logistics \+|interview process|next stages?"
    r"|work(?:ing)? hours)\b",  # "work hours 38 per week, sometimes overtime" (round 53)
    re.IGNORECASE,
)


def is_admin(topic: str) -> bool:
    """True for a topic about arrangements ("start date", "salary and notice period")."""
    return _ADMIN.search(topic) is not None or topic == MOVED  # said in the follow-up


def usable_topics(person: Interviewer, common: frozenset[str]) -> list[Phrase]:
    """This reader's topics that read as a thing discussed, in the notes' order; a topic about
    arrangements (start date, salary) is left out: it is no subject for the letter."""
    # a topic led by an arrangement is one whole ("salary grade 14, government scale, not
    # negotiable he said": never "the government scale", round 53, h1456)
    items = [
        part
        for item in person.topics
        for part in topic_parts(item)
        if not is_admin(topic_parts(item)[0] if topic_parts(item) else item)
    ]
    forms = reader_forms(person.name, person.salutation)
    found = (topic_phrase(item, common, forms) for item in items if not is_admin(item))
    return [p for p in found if p is not None]


def topic_notices(notes: Notes) -> list[str]:
    """One line per topic the letters cannot name, with the reason: the notices of
    `topics_left_out`."""
    return [record.notice() for record in topics_left_out(notes)]


def topics_left_out(notes: Notes) -> list[LeftOut]:
    """Each topic (or part of one) the letters cannot name, with the reason ("it still reads
    as a note: ..."); arrangements (salary) and instructions have their own ways out."""
    common = lowercase_words(notes)
    out = []
    for number, person in enumerate(notes.interviewers):
        forms = reader_forms(person.name, person.salutation)
        for index, item in enumerate(person.topics):
            for part in topic_parts(item):
                if is_admin(part) or is_instruction(part):
                    continue
                where = f"interviewers[{number}].topics[{index}]"
                if CORRECTED.search(part):
                    out.append(LeftOut(where, part, CORRECTED_WHY, AS_TOPIC))
                    continue
                typed = _as_reader(part, common, forms)
                topic = read_topic(typed, common)
                if not topic.text:
                    out.append(LeftOut(where, part, topic.why, AS_TOPIC))
                elif _doubted_claim(topic.mine, typed):
                    out.append(LeftOut(where, part, DOUBTED, AS_TOPIC))
                elif their_we(topic.text, typed):
                    out.append(LeftOut(where, part, THEIR_WE, AS_TOPIC))
                elif answer_unsaid(typed, common):
                    out.append(LeftOut(where, part, ANSWER_UNSAID, AS_EXCHANGE))
    return out
