"""How compose's questions after the letters read to the candidate: each notes field named in a
person's words ("What you talked about with Dev Bhardwaj", "Your follow-up to Lorraine"), the
reason a line was left out said plainly, and one example of a good answer for that field.

The notes file's own names ("interviewers[1].rapport[0]") and the writer's reasons ("a span
runs into a noun") are for the report and for developers; a candidate is asked in plain words.
"""

from __future__ import annotations

import re

from composer.models import Notes
from composer.offline.leftout import LeftOut
from composer.offline.verbatim import closed, mended, spelled_out

__all__ = [
    "again_hint",
    "capitalised",
    "example",
    "instruction",
    "kept_why",
    "left_out_lines",
    "offer",
    "rapport_kind",
    "short_letters",
    "stopped_at",
    "title",
    "unsure_sentences",
]

_PATH = re.compile(r"interviewers\[(?P<index>\d+)\]\.(?P<field>\w+)")
# "Marcus asked if ...", "ms wu asked abt ...": who asked, by the words before "asked"
_ASKER = re.compile(r"(?i)^\s*(?P<who>(?:[\w'.-]+\s+){0,2}?[\w'.-]+)\s+(?:also\s+)?asked\b")

# The kind of notes field, by its name without an index: "highlights[2]" -> "highlights".
_TITLES = {
    "qualifications": "A qualification of yours",
    "highlights": "A result of yours",
    "contribution": "What you would bring to the role",
    "next_steps": "The next steps they gave you",
}

# One good answer per field, as a candidate would type it: of no trade, so that it fits
# whatever job the notes are for (reader 13: a chaplain, a tester and an engineer were all
# shown "I have held my CSCS card since 2019.").
_EXAMPLES = {
    "qualifications": "I have been fully qualified since 2019.",
    "highlights": "I cut the backlog from 40 jobs to 5 in six months.",
    "contribution": "I would set up a buddy scheme for new starters.",
    # a follow-up adds to an answer given in the interview, and so does its example (reader
    # 14: "I can start in January ..." was no clarification of anything)
    "follow_up": "I would also tell the client the same day and agree a new date.",
    "next_steps": "a decision by Friday",
    "topics": "how the team plans its week",
    "rapport": "we both grew up in Leeds",
}

# A personal note's example is one of its own kind: a pet gets a pet's, a trip a trip's. The
# kinds by the words that show them, tried in this order; a note of none is an interest.
_RAPPORT_KINDS = (
    ("thanks", re.compile(r"(?i)\b(?:recommend\w*|suggest\w*|tip|podcast)\b")),
    (
        "pet",
        re.compile(
            r"(?i)\b(?:dog|puppy|pup|kitten|cat|lurcher|spaniel|labrador|terrier|collie"
            r"|greyhound|whippet|retriever|rescue|pony|horse)s?\b"
        ),
    ),
    ("shared", re.compile(r"(?i)\b(?:both|also|too|same|i|i'm|i've|i'd|my|me|we|us|our)\b")),
    (
        "trip",
        re.compile(
            r"(?i)\b(?:off to|flying|fly(?:ing)? to|trip|holiday|travel\w*|heading to|visiting"
            r"|going to [A-Z])"
        ),
    ),
    (
        "event",
        re.compile(
            r"(?i)\b(?:race|racing|marathon|half|[0-9]+k|dash|triathlon|match|final|exam"
            r"|tournament|competing|competition|wedding|recital|audition|concert|gig|show"
            r"|this (?:wknd|weekend)|tomorrow|next (?:week|month)|on (?:mon|tue|wed|thu|fri|sat"
            r"|sun)\w*|in (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*)\b"
        ),
    ),
)
_RAPPORT_EXAMPLES = {
    "thanks": "Thank you for the book tip; I have ordered a copy.",
    "pet": "I hope Rufus is settling in well.",
    "shared": "we both grew up in Leeds",
    "trip": "I hope you enjoy Lisbon next week.",
    "event": "Good luck with the half marathon on Sunday.",
    "interest": "I enjoyed hearing about your allotment.",
}
# A personal answer that is already a wish or thanks to them ("Good luck to your daughter's
# team on Saturday", "I hope the new puppy is settling in"): told to say it as a wish, the
# candidate reads the re-ask as contradicting its own example (reader 12).
_WISHED = re.compile(
    r"(?i)^\s*(?:good luck|best of luck|all the best|best wishes|i hope|hope|i trust"
    r"|congratulations|congrats|thank you|thanks|enjoy|have a (?:great|good|lovely|wonderful))\b"
)
# The first words of a sentence said to them, typed at a terminal in lower case: the candidate's
# own ("i ran", "my audit accuracy has been") or a wish or thanks (`_WISHED`).
_OWN_FIRST = re.compile(r"(?i)^(?:i|i['’](?:m|ve|d|ll)|my)\b")
# The fields whose line is a sentence to them (a topic or a contribution is said inside one).
_SENTENCE_FIELDS = frozenset(["qualifications", "highlights", "follow_up", "rapport"])


def capitalised(record: LeftOut, typed: str) -> str:
    """An answer typed as a sentence to them with its first letter in lower case ("enjoy the
    keirin racing in Japan in February", "i hope ...", "my audit accuracy has been ..."), with
    its capital: the writer reads a whole sentence by it, and takes a word no table knows
    ("keirin") from a sentence the candidate typed (reader 14's answer was refused for it).
    Anything else is kept as typed."""
    if kind(record) not in _SENTENCE_FIELDS or not typed[:1].islower():
        return typed
    if _OWN_FIRST.match(typed) or _WISHED.match(typed):
        return typed[:1].upper() + typed[1:]
    return typed


# Asked for an empty personal field: a note of either common kind.
_RAPPORT_ANY = '"off to Lisbon next week" or "we both grew up in Leeds"'

# An answer whose subject is "I", at its start or after a short lead of the candidate's own
# ("In my first 3 months I'd meet ..."): it is not told to start with "I".
_OWN = re.compile(r"^(?:[Yy]es,?\s+)?(?:[Ii]|(?:[^\s,]+,?\s+){1,5}?I)(?:['’](?:m|ve|d|ll))?\s")
# The words the sentence gate stopped at, as its reason quotes them: in brackets ("a span runs
# into a noun ('3 months I')", "a degree with no 'in' before its subject ('my MSc i')": the
# bracketed words, never the rule's own 'in'), else the one word quoted ("a year follows
# 'between' with no 'in'").
_STOPPED = re.compile(r"\('(?P<words>[^']+)'\)")
_QUOTED = re.compile(r"'(?P<words>[^']+)'")

# What to type for a line left out, by field: one short instruction (the list of questions
# says once that the writer could not read these lines).
_ASK = {
    "topics": "Name the subject, as you would to them.",
    "rapport": "Say it to them: a wish, thanks, or what you both share.",
    "follow_up": "Say it to them in one sentence.",
    "contribution": "Say what you would bring.",
}
_ASK_ANY = "Say it as one sentence to them."


def kind(record: LeftOut) -> str:
    """The kind of field: "qualifications", "topics", "rapport", "follow_up" ..."""
    return re.sub(r"\[\d+\]", "", record.field).split(".")[-1]


def _person(notes: Notes, record: LeftOut) -> str | None:
    found = _PATH.match(record.field)
    if found is None or int(found["index"]) >= len(notes.interviewers):
        return None
    return notes.interviewers[int(found["index"])].name


def title(record: LeftOut, notes: Notes) -> str:
    """The field in a person's words: "What you talked about with Dev Bhardwaj"."""
    field = kind(record)
    person = _person(notes, record)
    if field == "topics":
        return f"What you talked about with {person}" if person else "What you talked about"
    if field == "rapport":
        return f"Something personal from {person}" if person else "Something personal"
    if field == "follow_up":
        asker = _ASKER.match(record.text)
        # only a name of the notes, said as the notes spell it ("sue asked" -> "Sue Patel");
        # "He asked how I ..." is no one's name, unless only one person interviewed
        last = asker["who"].split()[-1].strip(".").casefold() if asker else ""
        found = [
            p.name
            for p in notes.interviewers
            if last in {part.strip(".").casefold() for part in p.name.split()}
        ]
        if not found and last in ("he", "she", "they") and len(notes.interviewers) == 1:
            found = [notes.interviewers[0].name]  # "she asked about call": the one interviewer
        return f"Your follow-up to {found[0]}" if len(found) == 1 else "Your follow-up"
    return _TITLES.get(field, "A line of your notes")


def instruction(record: LeftOut) -> str:
    """What to type for the line, in a few words."""
    return _ASK.get(kind(record), _ASK_ANY)


# Why an answer refused twice stays out of the letters, by field: said of the answer, not of
# the note (a wish typed as an answer is not "repeated back").
_KEPT_WHY = {
    "topics": "I could not say it as a subject you talked about",
    "rapport": "I could not turn it into a line to them",
    "follow_up": "I could not say it as one clear sentence to them",
    "next_steps": "I could not say it as what happens next",
}
_KEPT_WHY_ANY = "I could not say it as a sentence I would send"


def kept_why(record: LeftOut, typed: str) -> str:
    """Why `typed`, refused twice, is kept out of the letters: 'I could not say it as one clear
    sentence to them; I stopped at "so that more walkers"' (the stop only when it is whole words
    of the answer)."""
    why = _KEPT_WHY.get(kind(record), _KEPT_WHY_ANY)
    words = stopped_at(record, typed) if kind(record) not in ("topics", "rapport") else None
    return f'{why}; I stopped at "{words}"' if words else why


def rapport_kind(note: str) -> str:
    """The kind of a personal note, for its example: "thanks", "pet", "shared", "trip",
    "event", else "interest"."""
    return next((name for name, words in _RAPPORT_KINDS if words.search(note)), "interest")


def example(record: LeftOut) -> str:
    """One good answer for the field, quoted: 'For example: "I cut late orders ..."'; for a
    personal note, one of the note's own kind (a wish for an event, thanks for a tip)."""
    field = kind(record)
    if field == "rapport":
        if not record.text:
            return f"For example: {_RAPPORT_ANY}"
        return f'For example: "{_RAPPORT_EXAMPLES[rapport_kind(record.text)]}"'
    return f'For example: "{_EXAMPLES.get(field, _EXAMPLES["highlights"])}"'


def stopped_at(record: LeftOut, typed: str = "") -> str | None:
    """The words the writer stopped at in an answer: those its reason for leaving the line out
    quotes, else those the sentence gate finds in the answer said as a sentence; None when
    neither names any, or the words named are not whole words of the answer."""
    reasons = [record.why]
    if typed:
        reasons.append(closed(spelled_out(mended(typed.rstrip(" .!"))))[1])
    for reason in reasons:
        found = _STOPPED.search(reason) or _QUOTED.search(reason)
        words = _whole(found["words"], typed or record.text) if found else None
        if words is not None:
            return words
    return None


def _whole(words: str, typed: str) -> str | None:
    """`words` when they are whole words of what the candidate typed, else None: the gate may
    quote a window cut mid-word ('my MSc i' of "my MSc is"), or words of the sentence it made
    rather than of the answer, and "I stopped at" then names nothing the candidate can find."""
    if not re.search(r"\w", words):
        return None
    pattern = rf"(?<!\w){re.escape(words)}(?!\w)"
    return words if re.search(pattern, typed, flags=re.IGNORECASE) else None


def again_hint(record: LeftOut, typed: str = "") -> str:
    """The clearer second try for an answer the writer still could not use: the words it
    stopped at, and what shape of answer it can use. An answer that already starts with "I" is
    never told to, nor to cut its point down: the candidate's own sentence keeps its details
    (reader 12, told "one point, in plain words", typed thinner answers and got thinner
    letters)."""
    field = kind(record)
    if field == "topics":
        return "Name just the subject, in a few words, as you would to them."
    if field == "next_steps":
        return "Say just what happens next and when, in a few words."
    if field == "rapport":
        if _WISHED.match(typed):  # already a wish or thanks: not told to make it one
            return "Say the same to them in other words, in one sentence."
        return "Say it as one sentence to them: a wish, thanks, or what you both share."
    ranged = _range_hint(record, typed)
    if ranged:
        return ranged
    words = stopped_at(record, typed)
    where = f'I stopped at "{words}": say that part another way. ' if words else ""
    moved = _lead_moved(typed) if field in _I_FIRST else None
    if moved is not None:  # "In my first 30 days I'd ...": read from its "I" (reader 14)
        lead, said = moved
        if lead:
            return f'Put a comma after "{lead}": "{said}"'
        return 'Start it with "I", as you would say it to them: "I would ...".'
    if typed and _OWN.match(typed):
        return f"{where}Say the same point in other words, keeping its names and figures."
    return f'{where}Say it as one whole sentence you would say to them, starting with "I".'


# The fields whose answer is read from its "I": a follow-up and a contribution typed with a lead
# before it and no comma ("In my first 30 days I'd move ...") or another subject ("The first
# thing I'd change is ...") are not; with the comma, or from "I", they are.
_I_FIRST = frozenset(["follow_up", "contribution"])
# A lead of time or place before "I": "In my first six months", "Over the first year,".
_LEAD = re.compile(
    r"(?i:in|over|within|during|after|by|for|from|at|on)\b[^,]*?,?\s+"
    r"(?=I(?:['’](?:m|ve|d|ll))?\s)"
)


def _lead_moved(typed: str) -> tuple[str, str] | None:
    """For an answer whose "I" comes after other words: its lead of time or place and the
    answer with a comma after the lead ("In my first 30 days", "In my first 30 days, I'd move
    ..."), or ("", "") when its first words are no such lead ("The first thing I'd change is
    ..."); None when it starts with "I", has no "I" or has its comma already."""
    text = " ".join(typed.split()).rstrip(" .!")
    if re.match(r"(?i:(?:yes|no),?\s+)?I(?:['’](?:m|ve|d|ll))?\s", text) or not _OWN.match(text):
        return None
    found = _LEAD.match(text)
    if found is None:
        return "", ""
    lead = found.group().rstrip(" ")
    if lead.endswith(","):
        return None
    return lead, f"{lead}, {text[found.end() :]}."


# The gate's reason for a range of numbers with no word before it ("has been 95-97%"), and a
# range as typed: "95-97%", "3 - 4 days"; said with "between" it reads ("between 95% and 97%").
_RANGE_WHY = "a range of numbers follows"
_TYPED_RANGE = re.compile(r"(?<![\w.])(\d[\d,.]*)(%?)\s?[-–]\s?(\d[\d,.]*)(%?)(?![\w-])")


def _range_hint(record: LeftOut, typed: str) -> str | None:
    """For an answer stopped at a range of numbers, exactly what to change: 'I stopped at
    "95-97%": say the range with "between" ("between 95% and 97%") ...'; else None."""
    found = _TYPED_RANGE.search(typed) if _RANGE_WHY in record.why else None
    if found is None:
        return None
    unit = found[4] or found[2]
    low, high = f"{found[1]}{unit}", f"{found[3]}{unit}"
    return (
        f'I stopped at "{found.group()}": say the range with "between" ("between {low} and '
        f'{high}"), and keep the rest as you typed it.'
    )


# How the offer before the questions reads.


def short_letters(names: list[str], capital: bool = False) -> str:
    """ "the letter to Dr. Omar Haddad is short", "the letters to A and B are short"."""
    the = "The" if capital else "the"
    if len(names) == 1:
        return f"{the} letter to {names[0]} is short"
    return f"{the} letters to {', '.join(names[:-1])} and {names[-1]} are short"


def unsure_sentences(count: int) -> str:
    """ "2 sentences of the letters may still read as your notes"."""
    if count == 1:
        return "1 sentence of the letters may still read as your notes"
    return f"{count} sentences of the letters may still read as your notes"


def left_out_lines(count: int) -> str:
    """ "2 lines of your notes were left out because the writer could not read them"."""
    if count == 1:
        return "1 line of your notes was left out because the writer could not read it"
    return f"{count} lines of your notes were left out because the writer could not read them"


def offer(unread: int, doubts: int, short: list[str]) -> str:
    """The offer to go through the questions: of `unread` lines left out, `doubts` kept
    sentences that may read as notes, and the empty fields of the `short` letters. "1 line of
    your notes was left out because the writer could not read it. Rewrite them now?"."""
    if doubts:
        parts = [left_out_lines(unread)] if unread else []
        parts.append(unsure_sentences(doubts))
        if short:
            parts.append(short_letters(short))
        said = parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])}, and {parts[-1]}"
        them = "it" if unread + doubts == 1 and not short else "them"
        return f"{said[:1].upper()}{said[1:]}. Go through {them} now?"
    if not short:
        return f"{left_out_lines(unread)}. Rewrite them now?"
    if not unread:
        little = "your notes give it little to say"
        return f"{short_letters(short, capital=True)}: {little}. Add to them now?"
    return (
        f"{left_out_lines(unread)}, and {short_letters(short)}. Rewrite them and add to your "
        "notes now?"
    )
