"""What the offline writer left out of the letters, as records: the notes line, where it is in
the notes file, why it could not be said, and what to write instead.

The report's notices are a rendering of these records (`LeftOut.notice`), and `thankyou
compose` at a terminal asks the candidate to say each line again (`rewritten` puts the answer
into the notes).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from composer import regexes as re
from composer.models import Notes
from composer.offline.screen import shortened

__all__ = [
    "LeftOut",
    "doubt_record",
    "follow_up",
    "gap_labels",
    "gaps",
    "gate_record",
    "leave_out",
    "marked",
    "rapport_left_out",
    "rewritten",
    "typed_answer",
    "unsure_left_out",
    "unsure_record",
]

# What to write instead, by the kind of line.
AS_SAID = "Write it as a sentence you would say to them."
AS_TOPIC = "Write it as the subject you talked about."
AS_OFFER = 'Write it as what you would bring ("a buddy scheme for new starters").'
AS_ANSWER = "Add it in your own words if it matters."
AS_RAPPORT = 'Write it as you would say it to them ("we both grew up in Leeds").'
AS_REPLY = "Write what you answered, as you would say it to them; the question stays as typed."
AS_EXCHANGE = (
    'Write the question and your answer as you would say them ("asked how I would X -> I would Y").'
)


@dataclass(frozen=True)
class LeftOut:
    """One line of the notes the letters could not say as typed."""

    field: str  # its place in the notes file: "qualifications[0]", "interviewers[0].topics[1]"
    text: str  # the line as typed (for a topic typed as "A; B", the part left out)
    why: str  # "its wording could not be read with confidence"
    instead: str  # what to write instead: `AS_SAID`, `AS_TOPIC`, `AS_OFFER`, `AS_ANSWER`
    recalled: bool = False  # a highlight only recalled as something the candidate told them
    said: str = ""  # for a line the letters kept, unsure (`doubts`): the sentence they say
    asked: bool = False  # a question said alone, the answer typed with it left out

    def notice(self) -> str:
        """The report's line for this record."""
        if self.why == UNSURE:  # the sentence the writer left out, named
            return (
                f'The notes field {self.field} ("{shortened(self.text)}") was left out of the '
                f'letters: {UNSURE}: "{self.said}" {self.instead}'
            )
        said = (
            "was only recalled as something you told them about"
            if self.recalled
            else "was said only as the question you were asked"
            if self.asked
            else "was left out of the letters"
        )
        return (
            f'The notes field {self.field} ("{shortened(self.text)}") {said}: {self.why}. '
            f"{self.instead}"
        )


# Why a line is left out when the sentence said from it still read as a note (`flagged.gated`).
GATED = "the sentence written from it still read as a note"


def gate_record(field: str, line: str) -> LeftOut:
    """The record of a notes line whose sentence the last gate stopped (`flagged.gated`)."""
    if field.startswith("interviewers") and ".topics" in field:
        instead = AS_TOPIC
    elif field == "contribution":
        instead = AS_OFFER
    elif field in ("follow_up", "next_steps"):
        instead = AS_ANSWER
    else:
        instead = AS_SAID
    return LeftOut(field, line, GATED, instead)


# Why a line the letters kept is asked for all the same (`doubts.doubted`).
DOUBTED = "the sentence written from it may still read as a note"


# Why a line is left out when the sentence said from it may read as a note (`doubts.misread`)
# and nobody is asked about it: the letter spares it.
UNSURE = "the sentence written from it may read as a note"
_UNSURE = re.compile(
    rf'^The notes field (?P<field>\S+) \(".*?"\) was left out of the letters: {UNSURE}: '
    r'"(?P<said>.+)" '
)


def unsure_record(field: str, line: str, sentence: str) -> LeftOut:
    """The record of a notes line whose `sentence` a letter left out because the writer was
    unsure of it (`flagged.gated`): asked for with that sentence."""
    return LeftOut(field, line, UNSURE, gate_record(field, line).instead, said=sentence)


def unsure_left_out(lines: Iterable[tuple[str, str]], notices: Iterable[str]) -> list[LeftOut]:
    """The records of the `notices` of sentences left out unsure (`unsure_record`), with the
    notes `lines` ((field, line)) they were said from, one a line."""
    said: dict[str, str] = {}  # field -> the sentence (the first, in the notices' order)
    for notice in sorted(notices):
        match = _UNSURE.match(notice)
        if match:
            said.setdefault(match["field"], match["said"])
    return [unsure_record(f, line, said[f]) for f, line in lines if f in said]


def doubt_record(field: str, line: str, sentence: str) -> LeftOut:
    """The record of a notes line a letter said as `sentence`, which may still read as a note:
    kept in the letters, and asked for all the same."""
    instead = gate_record(field, line).instead
    return LeftOut(field, line, DOUBTED, instead, said=sentence)


def rapport_left_out(notes: Notes, notices: Iterable[str]) -> list[LeftOut]:
    """The personal notes a letter could not turn into a line to its reader, as records, from
    the letters' notices of them ('The personal note for X ("...") was left out: why.'), so
    compose asks for them too."""
    found = []
    for p, person in enumerate(notes.interviewers):
        for i, note in enumerate(person.rapport):
            start = f'The personal note for {person.name} ("{note}") was left out: '
            why = next((n[len(start) :].rstrip(".") for n in notices if n.startswith(start)), "")
            if why:
                found.append(LeftOut(f"interviewers[{p}].rapport[{i}]", note, why, AS_RAPPORT))
    return found


def follow_up(value: str) -> LeftOut:
    """The record of a follow-up the letter could not say as one clear sentence."""
    instead = AS_REPLY if _ASKED.match(value) else AS_ANSWER
    return LeftOut("follow_up", value, "it could not be said as one clear sentence", instead)


# A follow-up typed as who asked what, then the answer: "medina asked if i'd work nights/OT -
# yes, already on nights". An answer typed for it replaces the answer, not the question.
_ASKED = re.compile(r"(?P<asked>.*?\basked\b.*?)(?:\s[-–—]+\s|:\s)\s*(?P<answer>\S.*)")
# Typed as a sentence: "When Omar asked about documentation, I forgot to say ...".
_ASKED_WHEN = re.compile(
    r"(?P<asked>(?:when|after)\s+[^,;:]*?\basked\b[^,;:]*),\s+(?P<answer>\S.*)", re.I
)


def _asked(text: str) -> re.Match[str] | None:
    """Who asked what, then the answer, in a follow-up (or its part) as typed, or None."""
    return _ASKED.fullmatch(text) or _ASKED_WHEN.fullmatch(text)


def typed_answer(text: str) -> str | None:
    """The answer `rewritten` put after the question it answers ("he asked about JD exp and i
    undersold it - I undersold my John Deere ..."): what was typed at `compose --ask`, or None
    when `text` has no question before a dash."""
    found = _ASKED.fullmatch(text)
    return found["answer"] if found else None


def gaps(notes: Notes, index: int) -> list[LeftOut]:
    """The empty notes fields that would give a short letter to interviewer `index` substance,
    as records with no text: each says what to ask the candidate for. Only what is empty is
    asked: a field with something in it was said, or is a line left out and asked for as such."""
    person = notes.interviewers[index]
    found = []
    if not person.topics:
        found.append(
            LeftOut(
                f"interviewers[{index}].topics[0]",
                "",
                f"no topic for {person.name}",
                f"What did you and {person.name} talk about? Name the subject as you would "
                "to them.",
            )
        )
    if len(notes.qualifications) + len(notes.highlights) < 3:
        found.append(
            LeftOut(
                f"highlights[{len(notes.highlights)}]",
                "",
                "few results",
                "A result you mentioned in the interview, with its number if it had one.",
            )
        )
    if not notes.contribution:
        found.append(
            LeftOut("contribution", "", "no contribution", "What would you bring to the role?")
        )
    if not person.rapport:
        found.append(
            LeftOut(
                f"interviewers[{index}].rapport[0]",
                "",
                f"nothing personal from {person.name}",
                f"Something personal {person.name} mentioned (a trip, a book, a shared "
                "background)?",
            )
        )
    if not notes.next_steps:
        found.append(
            LeftOut("next_steps", "", "no next steps", "What did they say about the next steps?")
        )
    return found


# How the report names each kind of gap, in the notice of a short letter.
_LABELS = {
    "topics": "topics (what {name} discussed with you)",
    "highlights": "highlights (a result you mentioned)",
    "contribution": "contribution (what you would bring)",
    "rapport": "rapport (something personal they mentioned)",
    "next_steps": "next_steps (the timeline they gave)",
}


def gap_labels(notes: Notes, index: int) -> list[str]:
    """The `gaps` as the report names them: "highlights (a result you mentioned)"."""
    name = notes.interviewers[index].name
    kinds = (re.sub(r"\[\d+\]", "", record.field).split(".")[-1] for record in gaps(notes, index))
    return [_LABELS[kind].format(name=name) for kind in kinds]


_PATH = re.compile(r"(?P<name>[a-z_]+)(?:\[(?P<index>\d+)\])?")


def rewritten(notes: Notes, record: LeftOut, text: str) -> Notes:
    """`notes` with the line of `record` replaced by `text` (only the part left out, when the
    line holds more than that part); the notes are unchanged when the field is not found."""
    data = notes.model_dump()
    parts = record.field.split(".")
    # what holds the line ("interviewers[0]" for "interviewers[0].topics[1]"), inside `data`
    holder = _line_at(data, ".".join(parts[:-1])) if len(parts) > 1 else data
    last = _PATH.fullmatch(parts[-1])
    if last is None or not isinstance(holder, dict) or last["name"] not in holder:
        return notes
    name, index_text = last["name"], last["index"]
    field = record.field
    if index_text is None:
        # the line, or the part of it left out (`followsplit`), typed as who asked what
        asked = _asked(record.text or "") if name == "follow_up" else None
        if asked and record.text in (holder[name] or "") and "asked" not in text.lower():
            text = f"{asked['asked']} - {text}"  # the answer to the question as typed
        holder[name] = line = _replaced(holder[name], record.text, text)
    else:
        items = holder[name]
        index = int(index_text)
        if not isinstance(items, list) or index > len(items):
            return notes
        if index == len(items):  # a field the notes left empty (`gaps`): the answer is added
            items.append(" ".join(text.split()))
        elif name == "topics" and _piece(record.text, items[index]) and re.search(_JOIN, text):
            # one piece of a topic typed as a list, answered with a list's joins of its own: a
            # topic of its own, never spliced into the others ("farm call outs, ute w/ full
            # fitout, the on-call roster, one weekend in three" read "..., the on-call roster
            # and, one example came to mind")
            items[index] = _without(items[index], record.text or "")
            items.append(" ".join(text.split()))
            index, field = len(items) - 1, f"{'.'.join(parts[:-1])}.{name}[{len(items) - 1}]"
        else:
            items[index] = _replaced(items[index], record.text, text)
        line = items[index]
    if name in _MARKED:  # the line now there is an answer: marked in the notes (`marked`)
        others = [a for a in data.get("answered", []) if a["field"] != field]
        data["answered"] = [*others, {"field": field, "text": line}]
    return Notes.model_validate(data)


def leave_out(notes: Notes, field: str, line: str) -> Notes | None:
    """`notes` without the line `line` at `field` (an item taken out of its list, a field of
    one line emptied), the lines marked as answers after it in the same list moved up with it;
    None when the line is not there, or when it is the last qualification or result."""
    data = notes.model_dump()
    parts = field.split(".")
    holder = _line_at(data, ".".join(parts[:-1])) if len(parts) > 1 else data
    last = _PATH.fullmatch(parts[-1])
    if last is None or not isinstance(holder, dict) or _line_at(data, field) != line:
        return None
    name, index_text = last["name"], last["index"]
    if index_text is None:
        holder[name] = None
    else:
        del holder[name][int(index_text)]
    if not data["qualifications"] and not data["highlights"]:
        return None
    stem, at = field[: field.rindex(parts[-1])] + name, int(index_text or 0)
    moved = []
    for answer in data.get("answered", []):
        found = re.fullmatch(rf"{re.escape(stem)}\[(\d+)\]", answer["field"])
        if answer["field"] == field:
            continue
        if found and int(found[1]) > at:
            answer = {**answer, "field": f"{stem}[{int(found[1]) - 1}]"}
        moved.append(answer)
    data["answered"] = moved
    return Notes.model_validate(data)


# What joins the pieces of a line typed as a list: a comma, "+", "&", "and", a slash.
_JOIN = r"\s*(?:[,;+&/]|\band\b)\s*"


def _piece(part: str | None, line: object) -> bool:
    """Whether `part` is one whole piece of `line` typed as a list, not all of it: a join or
    the line's end on each side ("on call 1 wknd in 3" of "farm call outs, ..., on call 1 wknd
    in 3"; never "currently 10 day wait" of "turnaround - currently 10 day wait for services")."""
    if not part or not isinstance(line, str) or part == line or part not in line:
        return False
    at = line.find(part)
    before, after = line[:at], line[at + len(part) :]
    return bool(re.search(rf"(?:^|{_JOIN})$", before) and re.match(rf"(?:$|{_JOIN})", after))


def _without(line: str, part: str) -> str:
    """`line` without its piece `part` and the join before it (after it, for the first)."""
    at = line.find(part)
    before, after = line[:at], line[at + len(part) :]
    kept = re.sub(rf"{_JOIN}$", "", before)
    if kept == before:
        after = re.sub(rf"^{_JOIN}", "", after)
    return " ".join(f"{kept}{after}".split()) or line


def _replaced(line: object, part: str, text: str) -> str:
    """`line` with `part` replaced by `text` (on one line), or `text` alone when `part` is all
    of it."""
    text = " ".join(text.split())
    if isinstance(line, str) and part and part != line and part in line:
        return line.replace(part, text, 1)
    return text


# The fields whose lines, typed as answers, a letter keeps before the others (`select`,
# `typedfirst`): the candidate's points, the contribution, the follow-up, topics, personal notes.
_MARKED = frozenset(
    ["qualifications", "highlights", "contribution", "follow_up", "topics", "rapport"]
)


def marked(notes: Notes) -> frozenset[str]:
    """The lines the notes mark as typed at `compose --ask` (`Notes.answered`) that still stand
    where they were typed: a line edited by hand since is no longer an answer."""
    data = notes.model_dump()
    return frozenset(a.text for a in notes.answered if _line_at(data, a.field) == a.text)


def _line_at(data: object, field: str) -> object:
    """The value at `field` ("interviewers[0].topics[1]") of dumped notes, or None."""
    holder = data
    for part in field.split("."):
        found = _PATH.fullmatch(part)
        if found is None or not isinstance(holder, dict):
            return None
        holder = holder.get(found["name"])
        if found["index"] is not None:
            index = int(found["index"])
            holder = holder[index] if isinstance(holder, list) and index < len(holder) else None
    return holder


def answered_lines(typed: Notes, now: Notes) -> frozenset[str]:
    """The lines of `now` that are not in `typed` where they stand: what the candidate typed
    at `compose --ask` (a line rewritten, or a field the notes left empty)."""

    def lines(notes: Notes) -> dict[str, set[str]]:
        out = {
            "qualifications": set(notes.qualifications),
            "highlights": set(notes.highlights),
            "contribution": {notes.contribution or ""},
            "follow_up": {notes.follow_up or ""},
        }
        for number, person in enumerate(notes.interviewers):
            out[f"topics{number}"] = set(person.topics)
            out[f"rapport{number}"] = set(person.rapport)
        return out

    before = lines(typed)
    return frozenset(
        line
        for field, mine in lines(now).items()
        for line in mine - before.get(field, set())
        if line.strip()
    )
