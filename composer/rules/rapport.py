"""Part of `grounding`: a letter must not credit its addressee with another panellist's rapport.

"I hope your new rescue greyhound is settling in" in the letter to Kjetil, when it was Amélie who
adopted the greyhound, states something untrue about Kjetil. The words are in the notes, so the
proper-noun check cannot see it; this one matches the words of each other interviewer's rapport
entries that nothing else in the notes says about this interviewer or the interview.
"""

from __future__ import annotations

import calendar

from composer.english import WORD_RE
from composer.models import Interviewer, Notes
from composer.rules.context import Context, finding, shorten
from composer.rules.facts import Facts, Person
from composer.rules.keywords import STOPWORDS, keywords, letter_stems
from composer.rules.report import Violation
from composer.rules.text import ParsedLetter
from composer.rules.wording import fold


def _stems_of(texts: list[str]) -> frozenset[str]:
    found: set[str] = set()
    for text in texts:
        found |= keywords(text)[0]
    return frozenset(found)


def _shared_texts(notes: Notes) -> list[str]:
    """Fields of the notes that any letter of the interview may draw on."""
    fields = [notes.company, notes.role, notes.candidate.name, notes.interview.stage]
    fields += [notes.contribution, notes.follow_up, notes.next_steps]
    return [text for text in (*fields, *notes.qualifications, *notes.highlights) if text]


def _own_texts(interviewer: Interviewer) -> list[str]:
    """What the notes say about one interviewer: title, topics and rapport."""
    texts = [interviewer.title] if interviewer.title else []
    return [*texts, *interviewer.topics, *interviewer.rapport]


def _telling_words(
    facts: Facts, addressee: str, coordinator: bool = False
) -> tuple[tuple[Person, str, frozenset[str], frozenset[str]], ...]:
    """(other person, rapport entry, telling stems, proper-noun stems) for each other entry
    (worked out once per notes and addressee)."""
    return facts.memo(
        ("telling words", addressee, coordinator),
        lambda: _find_telling(facts, addressee, coordinator),
    )


def _find_telling(
    facts: Facts, addressee: str, coordinator: bool
) -> tuple[tuple[Person, str, frozenset[str], frozenset[str]], ...]:
    """(other person, rapport entry, telling stems, proper-noun stems) for each other entry.

    Telling stems are the entry's content words that occur neither in what the notes say about
    the addressee nor in the fields every letter of the interview shares. For the letter to the
    coordinator every panellist's personal notes are another person's.
    """
    me = (facts.coordinator if coordinator else None) or facts.person(addressee)
    known = _stems_of(_own_texts(me.interviewer)) | _stems_of(_shared_texts(facts.notes))
    found = []
    for person in facts.people:
        if person.interviewer.name == me.interviewer.name and not coordinator:
            continue
        for entry in person.interviewer.rapport:
            words, proper = keywords(entry)
            # "Data Engineering Weekly": a stem that is itself a word every letter may use
            # ("week" of "next week") tells nothing, capital or not.
            telling = (
                frozenset(w for w in words if (len(w) >= 4 or w in proper) and w not in STOPWORDS)
                - known
                - _CALENDAR
            )
            if telling:
                # a figure alone names nothing of theirs: "6" of "(6 Dec!)" is no evidence that
                # "from about six to about two hours" borrows their marathon
                named = frozenset(w for w in proper & telling if not w.isdigit())
                found.append((person, entry, telling, named))
    return tuple(found)


# Months and weekdays: "late March?" of one panellist's cricket final is no detail of theirs that
# "I hope to hear from you by the end of March" borrows (round 48, h1366).
_CALENDAR = frozenset(letter_stems(" ".join([*calendar.month_name[1:], *calendar.day_name])))


def _names_them(sentence: str, person: Person) -> bool:
    """True when the sentence names the other interviewer ("wish Kjetil luck on his ride")."""
    return any(fold(m.group()) in person.tokens for m in WORD_RE.finditer(sentence))


def borrowed_rapport(letter: ParsedLetter, ctx: Context) -> list[Violation]:
    """Sentences that give this interviewer a personal detail another interviewer mentioned."""
    coordinator = ctx.person.coordinator
    entries = _telling_words(ctx.facts, ctx.interviewer.name, coordinator)
    if not entries:
        return []
    # Most letters use none of the telling words: one look at the whole body settles them.
    body_stems = letter.body_stems()
    if not any(telling & body_stems for _, _, telling, _ in entries):
        return []
    problems: list[Violation] = []
    reported: set[str] = set()
    for sentence in (*letter.sentences, *letter.postscript_sentences):
        stems = letter_stems(sentence.text)
        for person, entry, telling, proper in entries:
            matched = telling & stems
            if entry in reported or not matched:
                continue
            if not coordinator and _names_them(sentence.text, person):
                continue  # a letter to the coordinator names everyone: no way out by name
            # a name's word counts when the sentence says it as a name: "It is an area I know"
            # borrows nothing of "the Driftless Area" (session 55, reader 73's h397)
            named = matched & proper & _capital_stems(sentence.text)
            if not named and len(matched) < min(2, len(telling)):
                continue
            reported.add(entry)
            problems.append(
                _finding(letter.line_at(sentence.start), sentence.text, ctx, person, entry)
            )
    return problems


def _capital_stems(text: str) -> frozenset[str]:
    """The stems of the words `text` writes with a capital, its first word aside."""
    words = text.split()[1:]
    return frozenset(letter_stems(" ".join(w for w in words if w[:1].isupper())))


def _finding(line: int, sentence: str, ctx: Context, other: Person, entry: str) -> Violation:
    quote = shorten(sentence, 90)
    if ctx.person.coordinator:
        return finding(
            "grounding",
            f'line {line}: "{quote}" uses a personal note of {other.interviewer.name} '
            f'("{shorten(entry, 60)}"); the letter to the coordinator thanks the whole panel, '
            "and each panellist's personal notes belong in their own letter. Remove it.",
            fix=f'Remove the sentence "{quote}": personal notes of panellists stay out of the '
            "letter to the coordinator.",
            quote=quote,
        )
    me = ctx.interviewer
    own = "; ".join(f'"{shorten(r, 60)}"' for r in me.rapport)
    instead = (
        f"or replace it with something {me.name} mentioned: {own}"
        if own
        else f"or replace it with a line about a topic you discussed with {me.name}"
    )
    return finding(
        "grounding",
        f'line {line}: "{quote}" refers to a personal detail of {other.interviewer.name} '
        f'("{shorten(entry, 60)}"), not of {me.name}; it says something untrue about {me.name}. '
        f"Remove it, {instead}.",
        fix=f'Remove the sentence "{quote}": it is about {other.interviewer.name} '
        f'("{shorten(entry, 60)}"), not {me.name}. '
        + (
            f"Refer instead to: {own}."
            if own
            else "Do not mention other interviewers' personal details."
        ),
        quote=quote,
    )
