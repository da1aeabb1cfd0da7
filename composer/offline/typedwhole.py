"""A notes line typed as a whole, punctuated sentence of the candidate's own, said as typed
when the item reader cannot read it: the last reading `items.read_point` tries.

`verbatim` takes a sentence that opens "I" and a verb. A candidate answering compose's
questions (and one typing careful notes) writes sentences of other shapes too, and the reader
modules leave them out: a lead before "I" ("Recruiting through school nurses, I raised ...",
"Since losing that account, I always build ..."), a subject of their own with "my" in it
("Net revenue retention on my accounts was 112% in 2025.", "My 6 week new member programme
lifted 3 month retention by 15%."). Such a line is said as typed when it shows it is one: it
opens with a capital and ends with a full stop, it says "I" or "my", a finite verb stands in
it, it is no question, instruction, note to self or advice, and the sentence passes every
check of the last gate (`lastgate.last_gate`). Only its contractions are said in full and a
count with its unit before a noun is joined as one word ("six-week new member programme",
"three-month retention"): a letter's own spelling, never a change of what was said.
"""

from __future__ import annotations

from collections.abc import Sequence

from composer import regexes as re
from composer.offline import lexicon, verbatim
from composer.offline.clauses import finite, main_clause
from composer.offline.cvshares import spelled
from composer.offline.itemkinds import OPINION, Kind, kind_of
from composer.offline.lastgate import last_gate
from composer.offline.leftout import typed_answer
from composer.offline.phrases import Shape
from composer.offline.realise import Clause
from composer.offline.screen import is_instruction
from composer.offline.selfnotes import is_note_to_self
from composer.offline.words import PREPOSITIONS

__all__ = [
    "CHAT",
    "MOST_WORDS",
    "OWNED_CAREFUL",
    "OWNED_TYPED",
    "answer_said",
    "answer_typed",
    "as_typed",
    "counts_joined",
    "gerund_led",
    "read",
    "spoken",
]

MOST_WORDS = 45  # a sentence typed whole, at most
# Chat a letter never carries: "lol", "tbh", a question mark, "!!", a smiley.
CHAT = re.compile(r"(?i)\b(?:lol|lmao|haha\w*|hehe\w*|omg|tbh|imo|xd)\b|[?]|!!|:\)|:D|;\)")
# The candidate in the sentence: "I", "I've", "my", "me" ("... taught me to plan").
_OWN = re.compile(r"\b(?:I|I['’](?:m|ve|d|ll)|[Mm]y|me)\b")
# What the candidate wishes they had said, or is to do: a note to self, not a sentence to send.
_TO_SELF = re.compile(
    r"\b(?:should have|should've|forgot|meant to|need to (?:say|mention|add)|must mention)\b",
    re.IGNORECASE,
)
# A count and a unit of time or size in the singular, before the word it describes: "6 week
# new member programme", "3 month retention", "a 2 day course". A count above one with its
# unit in the singular is always such a compound ("six weeks" counts, "six-week" describes).
_COUNT_UNIT = re.compile(
    r"(?<![\w.,$£€-])(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve)"
    r" (?P<unit>minute|hour|day|night|week|month|year|mile|metre|meter|km|page|step|person"
    r"|man|seat|bed|storey|story|part|point|stage)(?= (?P<next>[A-Za-z][\w-]*))"
)


def _joined(found: re.Match[str]) -> str:
    count, unit, after = found["n"], found["unit"], found["next"].lower()
    if count in ("1", "one") and (after in PREPOSITIONS or after in ("and", "or", "ago")):
        return found.group()  # "for 1 year at X": a span, not a word that describes
    return f"{spelled(count)}-{unit}"


def counts_joined(text: str) -> str:
    """`text` with each count and its unit in the singular before a word said as one word:
    "My 6 week new member programme lifted 3 month retention" -> "My six-week new member
    programme lifted three-month retention"."""
    return _COUNT_UNIT.sub(_joined, text)


# What the candidate owns up to in a sentence typed to the reader at `compose --ask` ("I
# undersold my ...", "I said I had never used ...", "I should have mentioned that ..."): the
# words of a note to self, but said to the reader in a whole sentence, their own admission.
OWNED_TYPED = re.compile(
    r"\bI (?:undersold|oversold|said|should(?:'ve| have) (?:said|mentioned|added|told)"
    r"|(?:forgot|meant|wanted) to (?:say|mention|add|tell)"
    r"|(?:didn't|did not|never) (?:say|mention))\b",
    re.IGNORECASE,
)
# The same owned up to in a line of the notes typed with care, its clause after "that" ("I
# forgot to say that I have charted ..."): "I forgot to say I charted in PCC, so-so" is a note.
OWNED_CAREFUL = re.compile(
    r"\bI (?:also )?(?:should(?:'ve| have) (?:said|mentioned|added|told)|(?:forgot|meant|wanted) to"
    r" (?:say|mention|add)|(?:didn't|did not|never) (?:say|mention)) that\b"
)


def _whole(text: str, *, least: int, owning: re.Pattern[str] | None = None) -> bool:
    """Whether `text` was typed as a whole sentence to send: a capital to start, a full stop or
    "!" to end (not ".." or "?."), `least` to `MOST_WORDS` words, and no instruction or note to
    self (what the candidate owns up to is no such note in a sentence typed to the reader:
    `owning`)."""
    if not text[:1].isupper() or not text.endswith((".", "!")) or text.endswith(("..", "?.")):
        return False
    if not least <= len(text.split()) <= MOST_WORDS:
        return False
    read = owning.sub(" ", text) if owning else text
    return not (is_instruction(read) or is_note_to_self(read) or _TO_SELF.search(read))


def as_typed(line: str | None, *, owning: re.Pattern[str] | None = None) -> str | None:
    """`line` as the letter's sentence when it was typed as a whole sentence of the
    candidate's own (see the module's docstring), else None; `owning`: what the candidate owns
    up to in it ("I forgot to say that ...") is said to the reader (a follow-up typed with
    care)."""
    if not line:
        return None
    text = " ".join(line.split())
    words = text.split()
    if not _whole(text, least=4, owning=owning) or "?" in text or not _OWN.search(text):
        return None
    # the verb in the main clause: "My thesis finding on X, which Mr. Aoyama said was ..." has
    # one only in its "which" (a noun phrase typed as a sentence, session 55)
    if OPINION.search(text) or not finite(words) or not finite(main_clause(text)):
        return None
    return spoken(text)


# A sentence whose subject is a doing: "Designing a hull form for X was my thesis project.",
# "Running the section alone through Christmas taught me to plan every prep list."
_GERUND_SUBJECT = re.compile(
    r"^(?P<first>[A-Z][a-z]+ing) (?:[^,;:]{3,120}?) (?P<verb>was|is|has been|were|taught|gave"
    r"|made|meant|showed|helped|took|got|became|remains|led|won|earned)\b"
)


def gerund_led(line: str) -> str | None:
    """`line` as typed when it is a whole sentence of the candidate's own whose subject is a
    doing ("Designing a hull form for a 24 m crew transfer vessel was my thesis project."): the
    item readers would read its doing as a skill and lose the verb that follows; None for any
    other line."""
    text = " ".join(line.split())
    found = _GERUND_SUBJECT.match(text)
    if found is None or not lexicon.is_gerund(found["first"].lower()):
        return None
    return as_typed(text)


def spoken(text: str) -> str | None:
    """A sentence typed whole as the letter says it: its contractions in full, a count with
    its unit joined ("six-week"), a full stop; None when the last gate stops it."""
    said = counts_joined(verbatim.spelled_out(text.rstrip(" .!"))) + "."
    return None if last_gate(said) else said


def read(line: str, *, offer: bool = False) -> tuple[Kind, Clause] | None:
    """A qualification, highlight or contribution (`offer`) the item reader left out, said as
    typed: a first-person sentence `verbatim` takes, else a whole sentence of another shape
    (`as_typed`); its kind and its clause. None when it is neither."""
    first = verbatim.read(line, offer=offer)
    if first is not None:
        return first
    whole = as_typed(line)
    if whole is None:
        return None
    said = Clause("", "", "", whole=whole[:-1])
    if offer:
        return Kind.OFFER, said
    kind = kind_of(Shape.FIRST_PERSON, said, whole)
    return (kind if kind not in (Kind.OPINION, Kind.UNSURE) else Kind.ACHIEVEMENT), said


# A label a note puts before its line: "BETTER ANSWER for Sarah:", "Correction for you:".
_LABELLED = re.compile(r"(?i)^(?:(?:a\s+)?better\s+answer|correction|private|note)\b[^:.]{0,30}:")


def answer_said(
    line: str, names: Sequence[str] = (), *, owning: re.Pattern[str] | None = None
) -> str | None:
    """A line typed at `compose --ask` as a whole sentence to the reader ("It was nice to meet
    Mochi, even briefly.", "On the ring buffer question, I missed the memory barrier ..."), as
    the letter's sentence: a capital to start, a full stop or "!" to end, 3 to 45 words, no
    chat, none of the reader's `names` (a letter speaks to them), no instruction or note to
    self; contractions said in full; it passes the sentence gate and the letter's last gate.
    None when it is not such a sentence: the line is then read as any other."""
    text = " ".join(line.split()).replace("’", "'")
    if not _whole(text, least=3, owning=owning) or CHAT.search(text):
        return None
    if _LABELLED.match(text):  # "BETTER ANSWER for you: ..." (round 54, h1473): a note's label
        return None
    if any(re.search(rf"\b{re.escape(name)}\b", text) for name in names if name):
        return None
    said, why = verbatim.closed(verbatim.spelled_out(text.rstrip(" .!")))
    return None if why or last_gate(said) else said


# A reply that needs its question to be read: "Yes, ...", "No, but ...", "I have done it twice."
_NEEDS_QUESTION = re.compile(r"(?i)^(?:yes|yeah|yep|no|nope|not)\b|\b(?:it|them)\b")


def answer_typed(line: str, names: Sequence[str] = ()) -> str | None:
    """A follow-up typed at `compose --ask` as a whole sentence to the reader, as the letter's
    sentence (`answer_said`): the whole line, or the sentence typed after the question it
    answers ("he asked about JD exp and i undersold it - I undersold my John Deere experience:
    ..."), which is the candidate's own lead and says the point once: never a second lead
    before it ("You asked about ... and I undersold it: I undersold ..."). A reply that needs
    its question ("Yes, ...", "I have done it") is not such a sentence alone."""
    said = answer_said(line, names, owning=OWNED_TYPED)
    typed = typed_answer(line) if said is None else None
    if typed is None or _NEEDS_QUESTION.search(typed):
        return said
    return answer_said(typed, names, owning=OWNED_TYPED)
