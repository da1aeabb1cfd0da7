"""Sentences left out of a letter, each with a notice: those a rule flagged (when every wording
of a letter breaks an error rule, the sentences said from the notes that hold what the rule
quoted go, and the letter is written again without them: `backend.OfflineBackend._best` drives
the rounds), and those said from the notes that still read as a note (`gated`, the last gate
every sentence passes, whichever reader module said it)."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from composer import regexes as re
from composer.drafting import Unsure
from composer.english import cut_at_stops
from composer.models import Notes
from composer.offline import phrasebook
from composer.offline.body import Sentence
from composer.offline.clauses import clipped_plural
from composer.offline.doubts import long_sentence, misread
from composer.offline.lastgate import last_gate
from composer.offline.leastsure import guess_in
from composer.offline.leftout import AS_EXCHANGE, GATED, LeftOut, gate_record, unsure_record
from composer.offline.notewords import (
    acronyms_of,
    capital_runs,
    capitals_of,
    lowered_names,
    recapitalised,
    unknown_word,
)
from composer.offline.pending import finish_passed, finished_since
from composer.offline.phrases import Phrase
from composer.offline.saidonce import once_within, said_before
from composer.offline.screen import note_lines
from composer.offline.tone import registered
from composer.offline.topicanswers import asked_sentence
from composer.offline.topics import read_topic
from composer.offline.usable import lowercase_words, stems
from composer.offline.wellformed import note_word
from composer.offline.words import AGENT_NOUN

# Sentences said from the notes, which a flagged quote can take out: never the thanks or the
# next step, which every letter needs (their wordings are the writer's own).
DROPPABLE = frozenset(
    [
        "summary",
        "point",
        "point_more",
        "topic",
        "topic_more",
        "contribution",
        "follow_up",
        "rapport",
    ]
)


def holds(text: str, quote: str) -> bool:
    """True when `quote` stands in `text` as whole words ("wk" is in "15 hours/wk", not "work")."""
    return re.search(rf"(?<!\w){re.escape(quote)}(?!\w)", text) is not None


def unflagged(
    sentences: list[Sentence], flagged: Sequence[tuple[str, str]], tone: str, notices: list[str]
) -> list[Sentence]:
    """`sentences` without those that hold a (rule, quote) of `flagged`; a notice for each quote
    is added to `notices` (once)."""
    if not flagged:
        return sentences
    kept = []
    for item in sentences:
        said = registered([item], tone)[0].text
        hit = next(
            (
                (rule, quote)
                for rule, quote in flagged
                if item.section in DROPPABLE and any(holds(t, quote) for t in (item.text, said))
            ),
            None,
        )
        if hit is None:
            kept.append(item)
        elif not any(f'flagged "{hit[1]}"' in note for note in notices):
            notices.append(
                f"A sentence was left out of the letter because the {hit[0]} rule flagged "
                f'"{hit[1]}" in it: "{said}". Reword that note if you want it said.'
            )
    return kept


# Sections said from one line of the notes (where a line left out came from), and the fields
# that line may be in; `{index}` is the reader's place in the panel.
_SOURCES = {
    "summary": ("qualifications", "highlights"),
    "point": ("qualifications", "highlights"),
    "point_more": ("qualifications", "highlights"),
    "topic": ("interviewers[{index}].topics",),
    "topic_more": ("interviewers[{index}].topics",),
    "rapport": ("interviewers[{index}].rapport",),
    "contribution": ("contribution",),
    "follow_up": ("follow_up",),
    "next_step": ("next_steps",),
}


def gated(
    sentences: list[Sentence],
    notes: Notes,
    index: int,
    notices: list[str],
    plain_step: Callable[[], str],
    answered: frozenset[str] = frozenset(),
    spare: Callable[[list[Sentence], Sentence], bool] | None = None,
) -> list[Sentence]:
    """`sentences` without those said from the notes that still read as a note
    (`wellformed.problem`), whatever reader module said them: the last line of defence. Each
    one left out adds its notes line's `LeftOut` notice (once), so compose can ask for it; a
    next step that reads as a note keeps its first clause when that reads well, else gives way
    to `plain_step()` ("I look forward to hearing from you."): every letter closes on one.
    A word the candidate typed in a whole sentence at `compose --ask` (`answered`, see
    `trusted`) is no note's word: only that finding is let pass.
    A sentence the writer is unsure of (`doubts.misread`: a note's words put in a frame unread)
    is left out too when the letter can `spare` it (the letter without it, and it), with a
    notice naming the sentence, so compose asks about it; else it is kept (compose asks about
    it as `doubts.doubted`). A line typed or kept at `compose --ask` (`answered`) is sure."""
    kept: list[Sentence] = []
    orphan = False  # the topic sentence just before was left out
    capitals = _capitals(notes)
    words = trusted(answered) | careful_words(notes)
    for place, item in enumerate(sentences):
        item = replace(item, text=recapitalised(item.text, capitals))
        why = stopped(item.text, words) if item.section in _SOURCES else ""
        if not why and finish_passed(item.text, notes.interview.date):
            done = finished_since(item.text)  # "finish june 2026", sent in December: done then
            item = (
                item
                if done is None
                else replace(item, text=done, alone=finished_since(item.alone) or item.alone)
            )
            why = "" if done else "a finish said as still to come is before the interview"
        if item.section == "follow_up":  # each sentence of a follow-up meets the gate alone
            parts = cut_at_stops(item.text, _STOPS)
            if not why and len(parts) > 1:
                why = next((w for w in (_alone(part, words) for part in parts) if w), "")
            if why:
                item, why = _part_kept(item, parts, why, words, notes, index, notices)
        unsure = None if why or spare is None else _unsure(item, notes, index, answered)
        if unsure is not None and spare is not None:
            rest = [*kept, *sentences[place + 1 :]]
            if spare(rest, item):
                orphan = item.section == "topic"
                if unsure.notice() not in notices:
                    notices.append(unsure.notice())
                continue
        item = replace(item, text=once_within(item.text))  # "... to NVQ Level 3. I have ... 3."
        if not why and said_before(item.text, kept):
            continue  # the same sentence twice ("a follow-up that repeats a highlight"): once
        if not why:
            # "It connects with my own work: ..." points back at a topic no longer there
            alone = recapitalised(item.alone, capitals)
            item = replace(item, text=alone) if orphan and item.alone else item
            kept.append(replace(item, unsure=_guessed(item, notes, index, answered)))
            orphan = False
            continue
        orphan = item.section == "topic"
        if item.section == "next_step":
            # "I look forward to hearing from you by Thursday, and I hope to have the chance
            # of polygraph next.": the clause that reads well stays, or a plain step
            first = item.text.split(", and ")[0].rstrip(".") + "."
            kept.append(replace(item, text=first if not stopped(first, words) else plain_step()))
        record = source(notes, index, item)
        if record is not None and record.notice() not in notices:
            notices.append(record.notice())
    return _corrected_once(kept)


# A figure with what it counts: "410 volunteer hours".
_COUNTED = re.compile(r"\b\d[\d,.]*\s+[a-z]+\s+[a-z]+")


def _corrected_once(kept: list[Sentence]) -> list[Sentence]:
    """`kept` without a point that says the figure a correction of the letter puts right ("I
    have 410 volunteer hours ..." beside "One correction: my log shows 410 volunteer hours
    since March 2029, not about three hundred."): the letter says it once, as the correction."""
    fixes = [
        s.text
        for s in kept
        if s.section == "follow_up" and re.search(r"(?i)\bcorrection\b", s.text)
    ]
    counted = {found for text in fixes for found in _COUNTED.findall(text)}
    if not counted:
        return kept
    return [
        s
        for s in kept
        if s.section not in ("point", "point_more", "summary")
        or not any(found in s.text for found in counted)
    ]


_STOPS = r"(?<=[.!?])\s+(?=[A-Z])"


@functools.cache
def _framed() -> tuple[str, ...]:
    """How the follow-up's own sentences open: the words before each wording's first slot."""
    heads = {
        wording.split("{")[0].strip()
        for section, tones in phrasebook.BOOK.items()
        if section.startswith("follow_up")
        for wordings in tones.values()
        for wording in wordings
    }
    heads |= {"One correction", "When we met, I said", "In our conversation I said", "I told the"}
    heads |= {"When you asked about"}  # "..., I would also add that ..." (`addition`)
    return tuple(sorted(head for head in heads if len(head) >= 6))


def _alone(sentence: str, words: frozenset[str]) -> str:
    """Why the gate stops one sentence of a follow-up said whole; a longer sentence whose verb
    the gate could not find is let pass, as it passed inside the whole ("the 60-month lees ageing
    I described applies only to ..."): only a short one is a fragment ("Correction: 8 seasons
    Bergführer, not 9.")."""
    why = stopped(sentence, words)
    return "" if "no subject and verb" in why and len(sentence.split()) > 8 else why


def _part_kept(
    item: Sentence,
    parts: list[str],
    why: str,
    words: frozenset[str],
    notes: Notes,
    index: int,
    notices: list[str],
) -> tuple[Sentence, str]:
    """A follow-up of several sentences (`parts`, its text cut at its stops) with only some
    stopped ("One correction: ... . I can send video of me shearing, my cousin film it."): the
    sentences that pass, each one left out named in a notice; the item and `why` unchanged
    when none passes."""
    # only a sentence in a follow-up frame of the letter's own is kept: a part left as typed
    # ("Also send the article to you, I promise.") is a note the gate could not read
    passing = [part for part in parts if not stopped(part, words) and part.startswith(_framed())]
    if len(parts) < 2 or not passing:
        return item, why
    record = source(notes, index, item)
    for part in parts:
        if part not in passing and record is not None:
            notice = unsure_record(record.field, record.text, part).notice()
            if notice not in notices:
                notices.append(notice)
    return replace(item, text=" ".join(passing)), ""


def passing_topics(
    topics: Iterable[Phrase],
    tied: set[Phrase],
    notes: Notes,
    index: int,
    answered: frozenset[str],
    notices: list[str] | None = None,
) -> tuple[Phrase, ...]:
    """The `topics` of a reader's letter that are `tied` to a point or whose sentence the last
    gate lets pass (`gated`, probed as "I enjoyed our talk about X."): the letter names the
    next of its reader's topics instead ("AD attack paths" when "red team engagmts - they do
    2/yr, want quarterly" still reads as a note). A topic the writer is only unsure of stays:
    the letter's own gate leaves it out if the letter can spare it (a topic given up here
    would shorten the letter, and stock lines fill the gap). A question with its answer given
    up here is named in `notices`."""
    common = lowercase_words(notes)

    def passes(topic: Phrase) -> bool:
        read = read_topic(topic.source, common)
        # a question put to the candidate with their answer is said as the exchange ("You
        # asked which tools ...: Python with pandas."), never as a talk about the question
        asked = asked_sentence(read.text, read.answer) if read.answer else ""
        probe = [
            Sentence("topic", 1, asked or f"I enjoyed our talk about {read.full or topic.text}.")
        ]
        return bool(gated(probe, notes, index, [], lambda: "", answered))

    kept = tuple(t for t in topics if t in tied or passes(t))
    person = notes.interviewers[index]
    for topic in topics:
        # a question and the answer given, which the gate stopped, is named for `notices`
        # (the reading of the notes found it sayable, so no other record names it)
        if topic in kept or notices is None or not read_topic(topic.source, common).answer:
            continue
        at = next((n for n, t in enumerate(person.topics) if topic.source in t), None)
        where = f"interviewers[{index}].topics[{at}]"
        notice = LeftOut(where, topic.source, GATED, AS_EXCHANGE).notice()
        if at is not None and notice not in notices:
            notices.append(notice)
    return kept


def _unsure(item: Sentence, notes: Notes, index: int, answered: frozenset[str]) -> LeftOut | None:
    """The record of `item`'s notes line when the writer is unsure of the sentence said from
    it (`doubts.misread`), or None: only a sentence said from the notes that a letter can do
    without (`DROPPABLE`; not its personal line), from a line not typed or kept at `compose
    --ask`."""
    kept = item.section == "follow_up" and _KEPT.search(item.text) is not None
    if item.section not in DROPPABLE or item.section == "rapport" or kept:
        return None  # a personal line makes a letter theirs, and a promise kept is the
        # candidate's word (reader 91's h472): asked about, never spared
    record = source(notes, index, item)
    if record is None or record.text in answered or not misread(item.text, record.text):
        return None
    return unsure_record(record.field, record.text, item.text)


_KEPT = re.compile(r"\bAs (?:I )?promised\b|\b(?:I enclose|I attach|I have attached)\b")


def _guessed(item: Sentence, notes: Notes, index: int, answered: frozenset[str]) -> Unsure | None:
    """How unsure the writer is of `item`, a sentence said from a notes line that the gate let
    pass (`leastsure.guess_in`), or None: sure, or said from a line typed or kept at `compose
    --ask` (`answered`), or from no line of the notes (the writer's own words)."""
    if item.section not in _SOURCES or item.section == "next_step":
        return None
    record = source(notes, index, item)
    if record is None or not record.text or record.text in answered:
        return None
    guess = guess_in(item.text, record.text)
    if guess is None:
        return None
    return Unsure(item.text, record.field, record.text, guess.why, guess.weight)


def _capitals(notes: Notes) -> dict[str, str]:
    """The words the notes type with a capital that no English table knows (`capitals_of`):
    the lines a letter says, the company, the role and the interviewers' names and titles."""
    own = [str(notes.company), *(str(person.name) for person in notes.interviewers)]
    names = [*own, str(notes.role), *(str(person.title or "") for person in notes.interviewers)]
    lines = [line for _, line in note_lines(notes)]
    runs = capital_runs(lines, [str(notes.company)])
    # a word of the company's or a reader's name keeps its capital, whatever the lines type (a
    # role's or a title's word is a common word there: "(Livery and Refinish)", round 52)
    theirs = capitals_of(own)
    typed = capitals_of(lines + names) | {
        k: v for k, v in capitals_of(names).items() if k in theirs
    }
    # "Lesedi Rough Diamond Valuators", "Senior Valuator": a word for people in a job, which
    # the lines also type in lower case, is a common word ("new Batswana valuators", round 58,
    # h1523), whatever name or title capitalises it
    lowered = {w for line in lines for w in re.findall(r"(?<![\w'’-])[a-z][\w'’-]+", line)}
    typed = {k: v for k, v in typed.items() if not (AGENT_NOUN.search(k) and k in lowered)}
    return runs | lowered_names(lines) | acronyms_of(lines) | typed


def stopped(text: str, words: frozenset[str] = frozenset()) -> str:
    """Why the last gate stops the sentence `text` of a letter, or "": it reads as a note
    (`wellformed.problem`; a '/' between words is the reader modules' to judge) or prints the
    notes' own words or symbols (`notewords.unsent`), or a join of its parts does not hold
    (`notejoins.loose_join`), or a piece of a note is pasted in whole (`pasted.pasted`: a
    line's capital mid-sentence, a clause with no subject after a comma), or its own shape is
    broken (`dangling.dangling`: it ends on "with", marks clash, "which" points at nothing).
    The `words` (`trusted`) pass: the sentence with them put as a plain noun must pass every
    check, so only their own finding is let go."""
    why = last_gate(text)
    if why and words:
        masked = _masked(text, words)
        if masked != text and not last_gate(masked):
            return ""
    return why


# A lower-case word put in place of a trusted word, to judge the rest of a sentence.
_PLAIN = ("thing", "things")


def _masked(text: str, words: frozenset[str]) -> str:
    """`text` with each of `words` (whole, in lower case) put as "thing" ("things" for a word
    ending in a single "s": "the handbells" -> "the things")."""
    for word in words:
        plain = _PLAIN[word.endswith("s") and not word.endswith("ss")]
        text = re.sub(rf"(?<![\w'’/@.-]){re.escape(word)}(?![\w'’/@-])", plain, text)
    return text


@functools.lru_cache(maxsize=64)  # `gated` asks for each topic probe and each wording
def trusted(answered: frozenset[str]) -> frozenset[str]:
    """The words a letter may print although no table knows them: in a line the candidate
    typed as an answer at `compose --ask` (`answered`), a word in lower case that no table
    knows (`notewords.unknown_word`: "vardo", "handbells") or that reads as a note's short word
    (`wellformed.note_word`: "gaff"), when the line with that word put as a plain noun is a
    whole sentence that passes every check of the gate ("My first solo build was a set of
    wheels for a Romany vardo"): one such word a line, since a second fails the gate. A word of
    a line that is a note anyway ("pls mention vardo build", "vardo - 1st build", "mention the
    vardo") is never trusted."""
    found: set[str] = set()
    for line in answered:
        text = line.strip()
        if not text or not text[0].isupper():
            continue
        text = text if text[-1] in ".!?" else f"{text}."
        word = unknown_word(text) or note_word(text) or clipped_plural(text)  # "techs"
        if word.islower() and not last_gate(_masked(text, frozenset([word]))):
            found.add(word)
    return frozenset(found)


# Marks of a line typed as a note, not with care ("w/", "+", "->", "~", "&", "@", a slash).
_NOTE_MARKS = re.compile(r"[+~&@/]|->|\s[-–—]\s|\bw/")


def careful_words(notes: Notes) -> frozenset[str]:
    """The words a letter may print although no table knows them, from the notes: in a line
    typed with care (a sentence's capital to start, six words or more, no note's marks: "Found a
    resistant ryegrass population early and helped the grower change his spray program"), its
    one word in lower case that no table knows ("ryegrass", "paraplanner"): the candidate wrote
    it as a word of the trade, as `trusted` takes a word of an answer. A line with a second
    such word, or one that reads as a note's short word, gives none. Only the lines of the
    candidate's points and the topics: a personal line's word is trusted when it was answered
    at `compose --ask` (the rapport modules judge the rest)."""
    lines = [
        line
        for field, line in note_lines(notes)
        if field.startswith(("qualifications", "highlights")) or ".topics[" in field
    ]
    # a promise in the follow-up, a long sentence typed with care ("I promised to send ... a
    # short written reference from the kaumatua who commissioned them.", reader214's h966); never
    # a correction's ("I say I work 9 years on hobbing, is not correct, ...", reader194's h888)
    lines += [
        one
        for field, line in note_lines(notes)
        if field == "follow_up"
        for one in cut_at_stops(line, r"(?<=[.!?])\s+(?=[A-Z])")
        if long_sentence(one) and re.match(r"I\s+(?:also\s+)?promised\s+to\s+send\b", one)
    ]
    return careful_in(tuple(lines))


@functools.lru_cache(maxsize=64)
def careful_in(lines: tuple[str, ...]) -> frozenset[str]:
    """`careful_words` of the notes `lines`."""
    found: set[str] = set()
    for line in lines:
        text = line.strip()
        # a sentence's capital ("Found", "I"), not a name in capitals ("MOT bookngs ...")
        opened = re.match(r"(?:I|[A-Z][a-z]+)\b", text) is not None
        if not opened or len(text.split()) < 6 or _NOTE_MARKS.search(text):
            continue
        titled = re.sub(r"^(?:Mr|Mrs|Ms|Dr)\.? (?=[A-Z])", "", text)  # "Mr Vergara asked ..."
        if note_word(titled):
            continue
        words: frozenset[str] = frozenset()
        while (word := unknown_word(_masked(text, words))) and len(words) < 4:
            words |= {word}
        # one such word; up to three in a long sentence closed by its stop ("the autumn-winter
        # haute couture show ...: I would dye and curl the coque and goose feathers ...")
        if not word and (len(words) == 1 or (len(words) <= 3 and long_sentence(text))):
            found |= words
    return frozenset(found)


def say_gated(
    said: list[str], section: str, notes: Notes, index: int, notices: list[str]
) -> list[str]:
    """The wordings of `said` (one thing of the notes said each way, for `section`: "topic",
    "point", "rapport") that pass the last gate, as a letter's sentences do (`gated`). When none
    does, the thing is left out: its notes line's `LeftOut` notice is added to `notices` (once),
    so compose asks for it."""
    capitals = _capitals(notes)
    said = [recapitalised(text, capitals) for text in said]
    words = careful_words(notes)
    kept = [text for text in said if not stopped(text, words)]
    if said and not kept:
        record = source(notes, index, Sentence(section, 0, said[0]))
        if record is not None and record.notice() not in notices:
            notices.append(record.notice())
    return kept


def source(notes: Notes, index: int, item: Sentence) -> LeftOut | None:
    """The record of the notes line `item` was said from: the line of its section's fields
    with the most words in common with it (None when none shares a word)."""
    fields = [name.format(index=index) for name in _SOURCES.get(item.section, ())]
    lines = [
        (field, line)
        for field, line in note_lines(notes)
        if any(field == f or field.startswith(f"{f}[") for f in fields)
    ]
    said = stems(item.text)
    scored = [(len(said & stems(line)), field, line) for field, line in lines if line]
    best = max(scored, default=None, key=lambda found: found[0])
    if best is None or (best[0] == 0 and len(scored) > 1):
        return None
    return gate_record(best[1], best[2])
