"""A next step typed with care as several steps, each told whole ("Ms. Hartwell said that the
final interview would be scheduled for early February, and that HR would contact me by email
within a week"), and one typed with the place it happens at ("come to workshop for trial next
wk"): said by the part that reads (session 55, reader 63's set).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from composer import regexes as re
from composer.offline import phrasebook
from composer.offline.phrasebook import Variation, fitting
from composer.offline.stepparts import START_IF_CHOSEN, note_parts
from composer.offline.stepsender import one_that
from composer.offline.wellformed import problem

__all__ = ["come_for", "said_in_parts", "step_parts", "told_instead", "told_line"]


# A report of the room before a step: "Ms. Hartwell said that", "Mrs. Urquhart indicated that",
# "Ms Vogt say" (a speaker of one to three words, a name or a pronoun)
_NAMED = r"[A-Z][\w.'’-]*"  # a word of the speaker's name ("Ms.", "Hartwell")
_REPORTED = re.compile(
    rf"^(?:{_NAMED}|he|she|they)(?:\s+{_NAMED}){{0,2}}\s+(?:said|says|say|indicated"
    r"|mentioned|explained|confirmed|told\s+me)\s+(?:that\s+)?"
)


def step_parts(value: str) -> list[str]:
    """A note of several steps, each part as a step of its own, with the report of the room
    and its "and that" set aside (session 55): "Ms. Hartwell said that the final interview
    would be scheduled for early February, and that HR would contact me by email within a
    week" -> [..., "HR would contact me by email within a week"]; [] for a note of one part.
    Only a part told whole, with its "will" or "would", is a step of its own."""
    parts = note_parts(value)
    if len(parts) < 2:
        return []
    parts = [_REPORTED.sub("", re.sub(r"^(?:and\s+)?that\s+", "", part)) for part in parts]
    return [p for p in parts if _WILL.search(p)]  # a step told whole: "HR would contact me"


_WILL = re.compile(r"\b(?:will|would|shall)\s+(?:be\s+)?\w+")


def said_in_parts(value: str, step: Callable[[str], str], plain: Collection[str]) -> str | None:
    """The close the first part of a note of several steps gives (`step_parts`, each read by
    `step` as a note of its own), when the note whole gives only a `plain` close; else None."""
    for part in step_parts(value):
        said = step(part)
        if said not in plain:
            return said
    return None


# "come to workshop for trial next wk": the place they come to, typed bare, and the step
_COME_FOR = re.compile(
    r"(?i)^(?:come|coming|go|going)\s+(?:to|into)\s+(?:the\s+)?(?:[a-z]+\s+)?for\s+"
    r"(?:a\s+|the\s+)?(?P<step>\S.*)$"
)


def come_for(value: str) -> str:
    """ "come to workshop for trial next wk" -> "trial next wk": the step, its place set aside
    (typed bare, it cannot be said); a note of no such shape as typed (session 55)."""
    found = _COME_FOR.match(value.strip())
    return found["step"] if found else value


# A careful next step reported whole: "Dr Marsh said that the panel would reach a decision within
# two weeks and would write to all candidates." What follows the report is a clause of its own.
_TOLD_WHOLE = re.compile(
    rf"^{_NAMED}(?:\s+{_NAMED}){{0,2}}\s+(?:said|explained|confirmed|mentioned|indicated)\s+(?:that"
    r"\s+|(?=(?:a|an|the|they|all|each|every|their)\s))"  # "said a second interview would ..."
    r"(?P<clause>[a-z][^;:?!]*\b(?:would|will)\b[^;:?!]*?)\.?$"
)


# A careful step typed whole with two parts, no sayer: "Human Resources will contact my
# references by the end of next week, and a decision is expected in early May." Its first time
# is not when the candidate hears (the references are): said whole, as `told_line` says one.
_TWO_PART_STEP = re.compile(
    r"^(?P<clause>(?:Human Resources|HR|The [a-z]+(?: [a-z]+)?|They|the [a-z]+(?: [a-z]+)?)"
    r" (?:will|would) [^;:?!]*?, and (?:a|an|the|they|we|I|HR|[a-z]+)\b[^;:?!]*?"
    r"\b(?:will|would|is expected|are expected|should)\b[^;:?!]*?)\.?$"
)


def told_line(
    value: str, tone: str, channel: str, variation: Variation, fits: Callable[[str], bool]
) -> str | None:
    """ "Ms Kjærgaard said that the next step would be a practical test in Esbjerg, and that HR
    would contact me to arrange it." -> "I understand that the next step will be a practical
    test in Esbjerg, and that HR will contact me to arrange it, and I look forward to hearing
    from you" (no final stop); None for a line of any other shape, or one naming a person by
    a pronoun ("she would call me": who "she" is, the letter cannot say)."""
    typed = " ".join(value.split())
    found = _TOLD_WHOLE.match(typed) or _TWO_PART_STEP.match(typed)
    if found is None or len(found["clause"].split()) > 40:
        return None
    if not re.search(r"\band\b|\bnext\s+(?:step|stage|round)\b", found["clause"]):
        return None  # "they would let me know by Friday": the step readers say it shorter
    # what they said would happen is what will ("would like" kept); a later sentence is not
    # theirs as told: "The contract would begin ..." (if it is offered) keeps its "would"
    told, stop, later = found["clause"].partition(". ")
    clause = one_that(re.sub(r"\bwould\b(?! like\b)", "will", told) + stop + later)
    clause = re.sub(r"^(?:The|They)\b", lambda m: m[0].lower(), clause)  # mid-sentence
    # their side, said to them: "they will invite", "and they expect", "hear from them"
    clause = re.sub(
        r"(?:^|(?<=\band ))they (?=(?:will|would|expect|plan|hope|aim|intend)\b)", "you ", clause
    )
    clause = re.sub(r"\bfrom them\b", "from you", clause)
    if re.search(r"\b(?:she|he|her|him|his)\b", clause):
        return None
    heard = re.search(r"\bhear (?:back )?from you\b", clause)  # the news said once
    section = "next_clause_heard" if heard else "next_clause"
    options = fitting(phrasebook.wordings(section, tone, channel), fits)
    if " and " in clause:  # never a third "and": "..., and HR will call, and I look forward"
        options = tuple(o for o in options if " and I look" not in o) or options
    line = variation.pick("next_clause", options).format(clause=clause).rstrip(".")
    return None if problem(f"{line}.") else line


# A close whose step ran on after the time it took ("I look forward to hearing from you within
# two weeks and would write to all candidates", "... from you next step would be a test").
_RUN_ON = re.compile(r"\b(?:hearing from|hear from|your news)\b[^;]*\b(?:would|will)\b")


def told_instead(
    typed: str | None,
    said: str,
    tone: str,
    channel: str,
    variation: Variation,
    fits: Callable[[str], bool],
    plain: Sequence[str] = (),
) -> str:
    """The close `said` of the step readers, or `told_line`'s of the note `typed` when `said`
    runs its step on after the time it took, or says no step (one of `plain`, "I hope to hear
    from you about the next stage."); `said` when the note is of no such shape."""
    typed = START_IF_CHOSEN.sub("", typed) if typed else typed  # "..., and if selected I would"
    whole = _TWO_PART_STEP.match(" ".join((typed or "").split()))
    if not typed or not (_RUN_ON.search(said) or said in plain or whole):
        return said
    return told_line(typed, tone, channel, variation, fits) or said
