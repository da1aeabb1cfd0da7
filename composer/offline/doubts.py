"""Sentences a letter kept that may still read as the candidate's notes: the sentence gate
passed them, but unsure, so compose asks the candidate about their notes lines too.

The gate stops what it knows reads as a note, a note's line start pasted mid-sentence among
it ("that Wish I'd said", "that Forgot to say": `pasted`); what it cannot tell without the notes
is a word with a capital in the middle of a sentence, a pronoun after it or a past tense that
is no noun, that the notes type in lower case at the start of a clause ("One more thing: Told
him I have done ..."). A letter's sentence holding one is doubtful, and the notes line it was
said from (the line that holds the word, with the most words in common with the sentence) is
asked for again: the candidate sees the sentence and rewords the line, or keeps it.

The writer also knows when it put a note's words in a frame without reading them (`misread`):
a frame "grammatical for any phrase" ("I built X.", "our talk about X") is no proof that X fits
it. A sentence that carries its notes line in a shape the readers would have said otherwise had
they read it (a count after the note's comma with no verb, a word the notes cut short, a
frame's words said twice, a time glued to a noun, a note cut before its figure, a counted thing
with no article) is asked about, or left out by the last gate (`flagged.gated`) when nobody is
asked and the letter can spare it.

A word in lower case that no table but Webster's knows is no doubt: measured over the corpus
letters (benchmarks/doubts_branches.py) such words were a trade's or good English ("nacelle",
"corgi", "showpieces", "cutover", "powerboat"), and names typed in lower case that no
dictionary holds are the gate's to stop (`notewords.unknown_word`).
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable
from dataclasses import dataclass

from composer import regexes as re
from composer.english import cut_at_stops
from composer.models import Notes
from composer.offline import lexicon
from composer.offline.dictionary import in_dictionary
from composer.offline.leftout import LeftOut, doubt_record, marked
from composer.offline.notekept import kept_shape
from composer.offline.notewords import english
from composer.offline.screen import note_lines
from composer.offline.secondnotes import normalised
from composer.offline.shorthand import expand
from composer.offline.usable import stems
from composer.offline.words import (
    CREDENTIAL_NOUNS,
    DETERMINERS,
    FUNCTION_WORDS,
    NUMBER_WORDS,
    OBJECT_COUNTABLE,
    PREPOSITIONS,
)

__all__ = ["Doubt", "doubted", "doubtful_word", "long_sentence", "misread", "source_line"]

# A word with a capital that is not the sentence's first, nor first after a quote or a bracket
# (where a capital is the writer's), and whether a pronoun follows it: a note's clause that
# dropped its own subject ("wish i'd said", "told them we"), pasted with a capital.
_PRONOUN = r"(?:I|I['’](?:d|m|ve|ll)|me|we|us|you|he|him|she|her|they|them|it)\b"
_CAPITAL = re.compile(rf"(?<=[a-z,;:] )(?P<word>[A-Z][a-z]{{2,}})(?P<pronoun> {_PRONOUN})?")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


@dataclass(frozen=True)
class Doubt:
    """A sentence of a letter, the word that makes it doubtful, and the notes line it came from."""

    sentence: str
    word: str  # the word with a capital mid-sentence ("Told"), or ""
    field: str
    line: str
    why: str = ""  # why the writer is unsure of it otherwise (`misread`), or ""

    def record(self) -> LeftOut:
        """The notes line as compose asks for it (`leftout.doubt_record`)."""
        return doubt_record(self.field, self.line, self.sentence)


def doubtful_word(sentence: str, notes_lower: frozenset[str], notes_capital: frozenset[str]) -> str:
    """The first word that makes `sentence` doubtful, or "": a common word given a capital
    mid-sentence that the notes type only in lower case (`notes_lower`: words typed in lower
    case at a clause's start; `notes_capital`: words typed with a capital somewhere other than
    a line's start)."""
    for found in _CAPITAL.finditer(sentence):
        word = found.group("word")
        lower = word.lower()
        # the clause's verb, with its subject dropped: a pronoun after it ("Wish I'd said"), or
        # a past tense that is no noun ("Forgot to say")
        if not found.group("pronoun") and (not lexicon.is_past(lower) or lexicon.is_noun(lower)):
            continue
        if word.lower() in notes_lower and word not in notes_capital:
            return word
    return ""


_WORDS = re.compile(r"[A-Za-z][\w'’]*")


# Where a note's clause starts: its line's start, or after a full stop, a semicolon or a dash.
_CLAUSE_START = re.compile(r"(?:^|[.!?;]\s+|\s[-–—]+\s+)$")


def _typed(lines: Iterable[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The words the notes type in lower case at the start of a clause (where a letter's
    sentence would give them a capital: "... XR. wish i'd said"), and the words they type with a
    capital anywhere but at such a start."""
    lower: set[str] = set()
    capital: set[str] = set()
    for line in lines:
        for found in _WORDS.finditer(line):
            word = found.group()
            start = _CLAUSE_START.search(line[: found.start()]) is not None
            if word[0].islower() and start:
                lower.add(word.lower())
            elif word[0].isupper() and not start:
                capital.add(word)
    return frozenset(lower), frozenset(capital)


def _ended(line: str) -> bool:
    return line.rstrip().endswith((".", "!", "?", '."', ".'", ".)"))


def doubted(notes: Notes, bodies: Iterable[str]) -> list[Doubt]:
    """The doubtful sentences of the letters' `bodies`, each with the notes line it was said
    from, one per notes line, in the notes' order; a sentence whose word no notes line holds
    (the writer's own words) is not asked about."""
    notes = normalised(notes)  # the lines as the writer read them (`secondnotes`)
    lines = note_lines(notes)
    names = [notes.candidate.name, notes.company, notes.role]
    names += [str(p.name) for p in notes.interviewers] + [
        str(p.title or "") for p in notes.interviewers
    ]
    lower, capital = _typed([line for _, line in lines])
    capital |= _typed(names)[1] | frozenset(w for n in names for w in _WORDS.findall(str(n)))
    found: dict[str, Doubt] = {}
    vouched = marked(notes)
    unvouched = [(field, line) for field, line in lines if line not in vouched]
    # the lines of sentences: a printed letter's letterhead, a greeting and a sign-off end with no
    # stop and are no sentence of the notes (they ran into the first one); a LinkedIn note's
    # sentences end with a stop on a line of their own, above the name
    for body in bodies:
        kept = " ".join(line for line in body.splitlines() if _ended(line))
        for sentence in cut_at_stops(kept, _SENTENCE.pattern):  # never after "Sr."
            word = doubtful_word(sentence.strip(), lower, capital)
            said = source_line(sentence, unvouched) if not word else None
            why = misread(sentence.strip(), said[1]) if said else ""
            if said and why:  # a note's words put in a frame unread
                found.setdefault(said[0], Doubt(sentence.strip(), "", said[0], said[1], why))
            if not word:
                continue
            holding = [
                (len(stems(sentence) & stems(line)), field, line)
                for field, line in lines
                if re.search(rf"(?i)(?<!\w){re.escape(word)}(?!\w)", line)
            ]
            if not holding:
                continue
            _, field, line = max(holding, key=lambda item: item[0])
            found.setdefault(field, Doubt(sentence.strip(), word, field, line))
    order = [field for field, _ in lines]
    return sorted(found.values(), key=lambda doubt: order.index(doubt.field))


# --- a note's words the writer put in a frame without reading them ----------------------------
# A frame "grammatical for any phrase" ("I built X.", "our talk about X") is no proof that X
# fits it: a sentence that carries a stretch of its notes line as typed, in a shape the readers
# would have said otherwise had they read it, is doubtful. Each check names that shape.

_TOKEN = re.compile(r"[£$€]?\d+(?:,\d{3})+(?:\.\d+)?|[\w'’%£$€~.-]+|,")
_SUBJECTS = frozenset(["i", "we", "you", "they", "he", "she", "it", "there", "this", "that"])


def _tokens(text: str) -> list[str]:
    """The words and commas of `text` in lower case, a word's end marks dropped."""
    return [t.lower().rstrip(".") for t in _TOKEN.findall(text) if t.strip(".")]


def _pasted_piece(sentence: str, line: str) -> str:
    """A count after one of the line's commas, said after a comma at the sentence's end as
    typed, with no verb: "I built HIL test rig, 1,200 automated tests nightly." The writer
    kept the note's comma without reading what it joins ("four of them in payments", "two of
    whom now run ..." are read: a part of what was counted)."""
    said = " ".join(_tokens(sentence))
    pieces = " ".join(_tokens(expand(line))).split(" , ")
    for piece in pieces[1:]:
        words = piece.split()
        if (
            len(words) < 2
            or not (words[0][:1].isdigit() or words[0] in NUMBER_WORDS)
            or words[1] in ("of", "whom", "which", "who")
            # a measure against something ("140 bp below the old margin", "3 weeks early")
            or any(w in PREPOSITIONS or w in _AGAINST for w in words[1:])
            or any(_verb_at(words, at) for at in range(1, len(words)))
            or _SUBJECTS & set(words)
        ):
            continue
        if said.endswith(f" , {piece}"):
            return f"a piece of the note kept after its comma ('{piece}')"
    return ""


# Words of a measure said against something after a comma: "..., 140 bp below the old margin".
_AGAINST = frozenset(["below", "above", "under", "over", "ahead", "early", "late", "less", "more"])


def _verb_at(words: list[str], at: int) -> bool:
    """Whether `words[at]` is a verb of its own: a past or a gerund not before a noun it
    describes ("1,200 automated tests": no verb; "two of whom now run": one)."""
    word = words[at]
    if lexicon.is_plural_noun(word):
        return False  # "1,200 automated tests nightly"
    if not (lexicon.is_gerund(word) or lexicon.is_past(word) or lexicon.is_third_person(word)):
        return False
    after = words[at + 1] if at + 1 < len(words) else ""
    return not (after and lexicon.is_noun(after) and after not in PREPOSITIONS)


# Endings a word is typed whole with, never where a note cuts one short: "northern" (which the
# tables lack) is no "maint" or "optom".
# ("preparator", "conservator": a person by their work, round 59's dump, h1088)
_WHOLE_ENDING = re.compile(r"(?:ern|ous|ive|ful|less|tion|sion|ment|ness|able|ible|ical|ator)$")


# A sentence of fifteen words or more, led by its capital and closed by its stop.
_LONG_SENTENCE = re.compile(r"^[A-Z](?:\S*\s+){14,}[^\n]*[a-z)][.!?]$")


def long_sentence(line: str) -> bool:
    """True when the notes `line` is a long sentence typed with care (fifteen words or more,
    its capital and its stop): its rare words are the trade's, not a note's short forms."""
    return _LONG_SENTENCE.match(line.strip()) is not None


def _clipped_word(sentence: str, line: str) -> str:
    """A word the notes cut short, kept: "maint" (of "maintenance"), which only Webster's lists
    (an old word), no table of today's English, and which starts a longer word they know. Not
    in a long sentence typed with care ("dye and curl the coque and goose feathers")."""
    if long_sentence(line):
        return ""
    typed = {w.lower() for w in _WORDS.findall(line)}
    for found in _WORDS.finditer(sentence):
        word = found.group()
        if (
            word.islower()
            and len(word) >= 4
            and word in typed
            # "ed-tech", "ortho-k": a part of a compound
            and not re.search(r"-$", sentence[: found.start()])
            and not sentence[found.end() :].startswith("-")
            and not english(word)
            and in_dictionary(word)
            and not _WHOLE_ENDING.search(word)
            and lexicon.begins_a_word(word)
        ):
            return f"a word the notes may have cut short ('{word}')"
    return ""


def _said_twice(sentence: str) -> str:
    """A frame's words said again by the note in it: "I would add that I would like to add
    that ...", "To add to my answer on what I would drop from the current show: I would drop
    from the current show: ..." (a run of four words twice, or a verb's "that" twice)."""
    # "I said it was laid down in 2011, but in fact it was laid down in 2009": a correction
    # says the words of what was said again, with the right figure
    sentence = re.split(r",? but (?:in fact|actually) ", sentence, maxsplit=1)[0]
    words = [w.lower() for w in _WORDS.findall(sentence)]
    seen: set[tuple[str, ...]] = set()
    for start in range(len(words) - 3):
        run = tuple(words[start : start + 4])
        if run in seen and not set(run) <= DETERMINERS | PREPOSITIONS:
            return f"words said twice ('{' '.join(run)}')"
        seen.add(run)
    told = [w for w, after in itertools.pairwise(words) if after == "that"]
    twice = {w for w in told if told.count(w) > 1 and lexicon.is_base_verb(w)}
    if twice:
        return f"words said twice ('{sorted(twice)[0]} that')"
    return ""


# "ratings dip 7-9am": a time typed straight after a noun, with no "at", "from" or "the"
_GLUED_TIME = re.compile(
    r"\b(?P<before>[a-z]+) \d{1,2}(?:[:.]\d\d)?(?:\s?[-–]\s?\d{1,2}(?:[:.]\d\d)?)?\s?(?:am|pm)\b"
)


def _glued_time(sentence: str) -> str:
    for found in _GLUED_TIME.finditer(sentence):
        before = found.group("before")
        if before not in PREPOSITIONS | DETERMINERS and lexicon.is_noun(before):
            return f"a time typed straight after a noun ('{found.group()}')"
    return ""


def _cut_before_figure(sentence: str, line: str) -> str:
    """The note said up to a participle its figure followed ("schedule compliance sitting" of
    "schedule compliance sitting ~60%, wants 85"): the writer cut the note where it could no
    longer read it, mid-clause."""
    typed = _tokens(line)  # "~60%" as typed: shorthand spelled out says "about 60%"
    said = f" {' '.join(_tokens(sentence))} "
    cased = [t.rstrip(".") for t in _TOKEN.findall(line) if t.strip(".")]
    for end, word in enumerate(typed[:-1]):
        after = typed[end + 1]
        figure = re.fullmatch(r"[~≈]\d[\d.]*%?|\d[\d.]*%", after)  # "~60%", "85%", "~60"
        if not (word.endswith("ing") and cased[end].islower() and figure) or end < 1:
            continue
        if re.sub(r"[~≈%]", "", after) in sentence:  # the figure is said
            continue
        run = " ".join(typed[end - 1 : end + 1])
        if f" {run} " in said and f" {run} {after}" not in said:
            return f"the note cut before its figure ('{run}')"
    return ""


# A thing one counts named with no article before it, and the words a slot for a thing opens
# with: "I hold Level 4 Diploma in ...", "why I am leaving current job", "as seasonal ranger".
_COUNTED = CREDENTIAL_NOUNS | OBJECT_COUNTABLE
# The words a frame puts before a note's thing: "I hold X", "I am leaving X", "as X". After a
# preposition a bare noun is often a mass or a name's ("in external audit", "the breach of
# contract trial", "for demand response", "talk about workshop turnaround"): no doubt; after a
# deed's verb the slip is small beside what the deed says ("I led SD-WAN migration across 38
# sites, with no unplanned downtime"): no doubt either.
_FRAME_WORDS = frozenset(["hold", "leaving", "completed", "as"])
_BRACKETS = re.compile(r"[()\[\]]")
_NOT_BARE = (
    DETERMINERS
    | NUMBER_WORDS
    | _SUBJECTS
    | frozenset(
        [
            "my",
            "your",
            "our",
            "their",
            "his",
            "her",
            "its",
            "each",
            "every",
            "this",
            "that",
            "these",
            "those",
            "what",
            "how",
            "why",
            "who",
            "which",
            "whose",
            "own",
        ]
    )
)


# Ranks that name a post held, said after "as" with no article: "as senior blender".
_RANKS = frozenset(["senior", "head", "chief", "lead", "principal", "deputy", "acting"])


def _bare_count(sentence: str, line: str) -> str:
    """A thing one counts, named as the notes typed it with no article after a preposition or
    a frame's verb: "I hold Level 4 Diploma in Fire Risk Assessment", "after ten years in group
    home". The writer put the note's words in a frame that needed "a" or "the"."""
    said = _BRACKETS.sub(" , ", sentence)
    words = [w for w in _tokens(said)]
    typed = " " + " ".join(_tokens(_BRACKETS.sub(" , ", expand(line)))) + " "
    cased = {w.lower(): w for w in _WORDS.findall(sentence)}
    for at in range(1, len(words)):
        before, first = words[at - 1], words[at]
        if before not in _FRAME_WORDS or _stops(first) or first[:1].isdigit():
            continue
        end = at
        while end + 1 < len(words) and not _stops(words[end + 1]):
            end += 1
        phrase = words[at : end + 1]
        head = phrase[-1]
        counted = head in _COUNTED or (before == "as" and lexicon.is_agent_noun(head))
        if len(phrase) < 2 or f" {' '.join(phrase)} " not in typed or not counted:
            continue
        if cased.get(head, head)[:1].isupper() and head not in CREDENTIAL_NOUNS:
            continue  # "Project Phoenix": a name
        if lexicon.is_gerund(phrase[0]) or head.endswith("ing"):
            continue  # "growing the team", "wheel building": a doing
        if before == "as" and phrase[0] in _RANKS:
            continue  # "11 of them as senior blender" (round 56, h1504): a post held
        return f"a thing named with no article ('{before} {' '.join(phrase)}')"
    return ""


def _stops(word: str) -> bool:
    """Whether `word` ends a named thing (or cannot open one): a small word, a mark."""
    return word == "," or word in _NOT_BARE or word in PREPOSITIONS or word in FUNCTION_WORDS


# Asked of the same sentence and line once per wording tried and per reader: found once.
@functools.lru_cache(maxsize=1024)
def misread(sentence: str, line: str) -> str:
    """Why `sentence`, said from the notes `line`, may carry the line unread, or "": the
    writer is unsure of it (compose asks about it, or leaves it out when nobody is asked)."""
    return (
        _pasted_piece(sentence, line)
        or _clipped_word(sentence, line)
        or _said_twice(sentence)
        or _glued_time(sentence)
        or _cut_before_figure(sentence, line)
        or _bare_count(sentence, line)
        or kept_shape(sentence, line)
    )


def source_line(sentence: str, lines: Iterable[tuple[str, str]]) -> tuple[str, str] | None:
    """The (field, line) of `lines` that `sentence` was most likely said from: the most content
    words in common, two at least."""
    said = stems(sentence)
    scored = [(len(said & stems(line)), field, line) for field, line in lines]
    best = max(scored, default=None, key=lambda found: found[0])
    return None if best is None or best[0] < 2 else (best[1], best[2])
