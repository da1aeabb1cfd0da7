"""A careful follow-up whose sentences are for different panellists, each said in the letter of
the one it names, to them (session 59, reader 129).

"I would like to correct the gradient correction factor I gave Dr. Rossi. Using the usual
correction ..., the factor is approximately 1.07, not 1.1. ... I also offered to send Mr.
Keller a summary of the commissioning protocol." was said whole, in the third person, in Mr.
Keller's letter: now Dr. Rossi's letter says the correction ("the factor I gave you") and Mr.
Keller's the promise ("As I promised, I enclose a summary ..."). A sentence that names no one
goes with the sentence before it; those before any name, with the first one named. Only a line
typed with care whose sentences name two or more panellists, each sentence at most one, is read
here (one naming one panellist is said to them whole, as before).
"""

from __future__ import annotations

from collections.abc import Sequence

from composer import regexes as re
from composer.models import Interviewer
from composer.offline import careful
from composer.offline.addition import as_addition
from composer.offline.asker import TITLE_WORDS, topic_owner
from composer.offline.followfor import one_named
from composer.offline.followtidy import CORRECT_IT, put_right_tidied
from composer.offline.followtyped import PROMISED_TO_SEND, added_to_answer, told_then_fact

__all__ = ["for_readers", "mine"]

# A sentence's stop, never a title's ("Dr. Rossi") nor a figure's ("1.07"); a ";" ends none.
_STOP = re.compile(
    r"(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bMrs)(?<!\bProf)(?<!\b[A-Z])(?<=\S)[.!?]\s+(?=[A-Z])"
)


def _named(sentence: str, people: Sequence[Interviewer]) -> set[int]:
    """The panellists a sentence names, by their surname or given name with its capital."""
    found = set()
    for index, person in enumerate(people):
        words = [w for w in person.name.split() if len(w) > 2 and w[:1].isupper()]
        words = [w for w in words if not w.endswith(".") and w.lower() not in TITLE_WORDS]
        if any(re.search(rf"\b{re.escape(w)}\b", sentence) for w in words[-1:] + words[:1]):
            found.add(index)
    return found


# One promise's verb for two panellists, the second with the verb left out: "I undertook to
# send Mrs. Campbell a copy of X, and Professor Grieve my paper on Y."
_TITLED = r"(?:(?:Mr|Ms|Mrs|Dr|Prof|Professor|Pak|Bu|Ibu)\.? )?"
_GAPPED = re.compile(
    # ("Pak Made the PDF of ...", round 62, h1596: an Indonesian title of address)
    r"^(?P<lead>I (?:also )?(?:undertook|promised|offered)(?: to send)?) "
    rf"(?P<one>{_TITLED}[A-Z][\w'’-]+ [^,]+?), and (?:to send )?"
    rf"(?P<two>{_TITLED}[A-Z][\w'’-]+ (?:my|a|an|the|our|some|certified|copies|two|three) .+)$"
)


def _pieces(sentences: list[str], people: Sequence[Interviewer]) -> list[str]:
    """Each sentence, a sentence naming two panellists split at its ", and" when each side
    names one ("I also promised Ms. Brophy a copy of X, and I should include my CORU number,
    which Mr. Daly asked for.")."""
    pieces = []
    for sentence in sentences:
        gapped = _GAPPED.match(sentence)
        if gapped and len(_named(gapped["one"], people)) == 1 == len(_named(gapped["two"], people)):
            # "I undertook to send Mrs. Campbell X, and Professor Grieve Y.": a sentence each
            pieces += [f"{gapped['lead']} {gapped['one']}.", f"{gapped['lead']} {gapped['two']}"]
            continue
        left, joined, right = sentence.partition(", and I ")
        one = joined and len(_named(left, people)) == 1 and len(_named(right, people)) == 1
        if one and _named(left, people) != _named(right, people):
            pieces += [left.rstrip(".") + ".", "I " + right]
        else:
            pieces.append(sentence)
    return pieces


# "I should include my CORU registration number, which Mr. Daly asked for": a note to self of
# what the letter owes its reader, said to them as a promise.
_ASKED_FOR = re.compile(
    r"^I (?:should|must|need to|will) (?:include|send|add|give) (?P<what>(?:my|the|a|an) [^,]+?),?"
    r" (?:which|as|like) (?:(?:Mr|Ms|Mrs|Dr|Prof)\.? )?[A-Z][\w'’-]+ asked (?:for|me for)\.$"
)


def _as_asked(found: re.Match[str]) -> str:
    return f"I will send you {found['what']}, as you asked."


# A fact put right, typed with the wrong one after "not": "in 2019 and in 2023, not in 2022".
_PUT_RIGHT = re.compile(r"\d[^.;]*,\s+not\s+(?:in\s+|about\s+)?[\d~]")
# A sentence told the whole panel: "I told the panel that ...".
_TO_PANEL = re.compile(r"\b(?:told|gave|said to) (?:the (?:whole )?panel|all of you|everyone)\b")
# A sentence that opens on the subject it adds to: "On the pinned drum: ...".
_ON_SUBJECT = re.compile(
    r"^(?:On|About|Regarding|As for|To add to my answer (?:on|about)) (?P<what>[^:,]{3,60})[:,]"
)


def _on_topic(sentence: str, people: Sequence[Interviewer]) -> set[int]:
    """The one panellist whose topics the subject a sentence opens on is of, else none."""
    found = _ON_SUBJECT.match(sentence)
    owner = topic_owner(found["what"], people) if found else None
    return {owner} if owner is not None else set()


# A sentence typed as an order to oneself, never said as typed (round 51, h1425)
_ORDER = re.compile(
    r"(?i)^(?:also\s+)?(?:send|email|said|correct)[\s:]"
    # "Also I said the course was 30 hours, it was 40 hours." (round 51, h1417): a correction
    r"|^(?:also\s+)?I\s+said\b[^.]*,\s+(?:but\s+)?(?:it|that)\s+(?:was|is)\s"
)


_LABEL = re.compile(r"(?:^|(?<=[.!?]\s))for\s+(?P<who>[^\W\d_][\w'’.-]*):\s+")
_STOP_BEFORE_LABEL = re.compile(r"(?<=[.!?])\s+(?=for\s+[^\W\d_][\w'’.-]*:\s)")


def _labelled(who: str, people: Sequence[Interviewer]) -> set[int]:
    """The panellist a sentence's "for NAME:" label names (`followfor.one_named`)."""
    index = one_named(who, people)
    return set() if index is None else {index}


def for_readers(value: str, people: Sequence[Interviewer]) -> list[tuple[int, str]]:
    """The sentences of a careful follow-up, each with the panellist it is for; [] when the
    line is not one read here (not typed with care, a sentence naming two panellists, or fewer
    than two panellists named). The sentences before any name are for the first one named."""
    # "for Marc-André: One correction: ..." (a topic's correction moved here, round 61, h1580):
    # a sentence addressed to its reader, read with the careful sentences around it
    unlabelled = _LABEL.sub("", value)
    if any(
        not value[found.end() :].startswith("One correction:") for found in _LABEL.finditer(value)
    ):
        return []  # a better answer labelled for its reader is read by the labels (`followfor`)
    if len(people) < 2 or not careful.typed_with_care(unlabelled):
        return []
    sentences = [
        p for s in _STOP.split(" ".join(value.split())) for p in _STOP_BEFORE_LABEL.split(s)
    ]
    pieces = _pieces(sentences, people)
    if any(_ORDER.match(_LABEL.sub("", piece)) for piece in pieces):
        return []  # "Send to Mike the inventory Excel.": an order to oneself, read by the parts
    labels = [_LABEL.match(piece) for piece in pieces]
    pieces = [_LABEL.sub("", piece) for piece in pieces]
    named = [
        _labelled(found["who"], people)
        if found
        else _named(piece, people) or _on_topic(piece, people)
        for piece, found in zip(pieces, labels, strict=True)
    ]
    panel = [
        bool(_TO_PANEL.search(piece)) and not n for piece, n in zip(pieces, named, strict=True)
    ]
    if any(len(n) > 1 for n in named) or len(set().union(*named)) < 2:
        return []
    reader = next(min(n) for n in named if n)
    said: list[tuple[int, str]] = []
    for piece, names, everyone in zip(pieces, named, panel, strict=True):
        if everyone:  # "I told the panel that X was completed in 2019; it was in fact 2021"
            tidied = put_right_tidied(CORRECT_IT.sub("", piece))
            said += [(index, tidied) for index in range(len(people))]
            continue
        reader = min(names) if names else reader
        piece = CORRECT_IT.sub("", piece)  # "...; I should correct that.": the note's, unsaid
        # "I also promised Dr. Wouters to send him X": "I also promised to send Dr. Wouters X"
        piece = added_to_answer(PROMISED_TO_SEND.sub(r"\g<verb> to send \g<who> ", piece))
        if _PUT_RIGHT.search(piece) and not re.match(r"(?:One correction|I said|I told)\b", piece):
            # "I re-pinned the drum in 2019 and in 2023, not in 2022": said as the correction
            fixed = piece if piece.startswith("I ") else piece[:1].lower() + piece[1:]
            piece = f"One correction: {fixed}"
        piece = as_addition(piece, piece) or piece  # "On X: I did not mention that ...": added
        piece = told_then_fact(piece)  # "I told X that Y; it was Z"
        said.append((reader, put_right_tidied(_ASKED_FOR.sub(_as_asked, piece))))  # "I say"
    return said


def mine(value: str | None, people: Sequence[Interviewer], index: int) -> list[str] | None:
    """The sentences of a careful follow-up split by `for_readers` that reader `index`'s letter
    says (maybe none), the first "I also" said "I"; None when the line is not split."""
    split = for_readers(value or "", people)
    if not split:
        return None
    said = [s if s[-1] in ".!?" else s + "." for reader, s in split if reader == index]
    return [re.sub(r"^I also (?=\w)", "I ", said[0]), *said[1:]] if said else []
