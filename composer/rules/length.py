"""The length rule: a letter's words (or a note's characters) within its channel's bounds, and
the notes too thin for a letter of full length (`thin_notes`), when short is a warning."""

from __future__ import annotations

from composer.channels import spec_for
from composer.english import count_words
from composer.rules.context import Context, finding
from composer.rules.note import characters
from composer.rules.report import Violation
from composer.rules.text import ParsedLetter


def thin_notes(ctx: Context) -> list[str]:
    """The notes fields that would give a letter to this reader substance, when it has little.

    Worked out once per reader of the notes (see `_thin_notes`), whose facts hold the reader:
    the value keeps them, so an id reused by another object is never taken for theirs.
    """
    person = ctx.person
    kept, missing = ctx.facts.memo(("thin notes", id(person)), lambda: (person, _thin_notes(ctx)))
    return list(missing) if kept is person else _thin_notes(ctx)


def _thin_notes(ctx: Context) -> list[str]:
    """`thin_notes`, worked out.

    Notes with fewer things to say to this reader than the channel's `substance` (topics, their
    share of the qualifications and highlights, contribution, follow-up), or whose things are
    so terse that all of them together come to less than a third of the channel's shortest
    letter ("2 years of data"), are thin: an honest letter from them is short. Empty when the
    notes are not thin.
    """
    notes, person = ctx.notes, ctx.interviewer
    distinct = {" ".join(p.casefold().split()) for p in (*notes.qualifications, *notes.highlights)}
    points = len(distinct)
    # A panel shares the candidate's points out: each letter carries its part of them. The
    # coordinator's letter carries them all, and no topic: the coordinator was not a panellist.
    # The follow-up answers one panellist: another reader's letter carries its share of it.
    to_coordinator = ctx.person.coordinator
    readers = 1 if to_coordinator else len(notes.interviewers)
    share = -(-points // readers)
    followed = bool(notes.follow_up) / readers
    things = len(person.topics) + share + bool(notes.contribution) + followed
    said = (*person.topics, *distinct, notes.contribution or "")
    words = sum(count_words(text) for text in said) + count_words(notes.follow_up or "") * followed
    if points:  # the share of the points' words that this reader's letter carries
        words -= sum(count_words(p) for p in distinct) * (1 - share / points)
    spec = spec_for(notes)
    if things >= spec.substance and words * 3 >= spec.min_words:
        return []
    missing = []
    if len(person.topics) < 2 and not to_coordinator:
        missing.append(f"topics (what {person.name} discussed with you)")
    if points < 3:
        missing.append("highlights (a result you mentioned)")
    if not notes.contribution:
        missing.append("contribution (what you would bring)")
    if not missing and to_coordinator:
        return ["more highlights (results you mentioned)"]
    return missing or ["more detail in topics and highlights"]


def length(letter: ParsedLetter, ctx: Context) -> list[Violation]:
    """Words without the Subject line, within the channel's bounds.

    A letter from thin notes (see `thin_notes`) that is short, but still a letter (the channel's
    `thin_floor_words` or more), is a warning: padding it would mean writing what did not
    happen, so the message names the notes fields to fill in instead.
    """
    spec = spec_for(ctx.notes)
    if spec.length_unit == "characters":
        return characters(letter, ctx)
    return word_length(letter.words, ctx)


def word_length(words: int, ctx: Context) -> list[Violation]:
    """`length` of a letter counted in words, from its count alone: the offline writer asks it
    of drafts it has counted but not rendered."""
    spec = spec_for(ctx.notes)
    low, high, kind = spec.min_words, spec.max_words, spec.article
    missing = thin_notes(ctx)
    if missing and spec.thin_floor_words <= words < low:
        return [
            finding(
                "length",
                f"the letter has {words} words (Subject line not counted); {kind} "
                f"usually has {low}-{high}, but the notes give little more to say. Add to the "
                f"notes: {'; '.join(missing)}.",
                fix=f"Add a concrete point from the interview to lengthen it to {low}-{high} words "
                f"(now {words}).",
                severity="warning",
            )
        ]
    if words < low:
        return [
            finding(
                "length",
                f"the letter has {words} words (Subject line not counted); {kind} needs "
                f"{low}-{high}. Add a concrete "
                "point from the interview and how your experience fits.",
                fix=f"Lengthen the letter to {low}-{high} words (now {words}).",
            )
        ]
    if words > high:
        return [
            finding(
                "length",
                f"the letter has {words} words (Subject line not counted); {kind} should "
                f"have at most {high}. Cut "
                "repetition and keep one or two points from the interview.",
                fix=f"Shorten the letter to {low}-{high} words (now {words}).",
            )
        ]
    return []
