"""A correction typed inside a topic, said in the follow-up to the reader it was told to.

"said Kelso had 22 blades in rotation -> actually 28", "told him i was at the transit authority
11 yrs, its 9 (2022 to 2031)", "I told him 3% but the real number is 5% for last year": no topic
frame can say a correction (the topic readers leave it out: "it puts right what you said"), and
the follow-up readers know these shapes (round 52, h1433, h1438, h1439). Each sentence of a topic
that marks what was said as wrong, and that the follow-up reader says as a correction, is moved
there, to its reader by name in a panel; the rest of the topic stays, and a topic with nothing
left keeps its place (`topicbetter.MOVED`), so that notices still name the lines as typed.
"""

from __future__ import annotations

from composer import regexes as re
from composer.models import Interviewer, Notes
from composer.offline.followup import follow_up_line
from composer.offline.phrasebook import Variation
from composer.offline.topicbetter import MOVED, first_name, topics_moved

# What was said, then what marks it wrong or gives the true figure.
_MARK = re.compile(
    r"(?i)\b(?:said|told|answered|tell)\b[^.]*?\d[^.]*?(?:\bactually\s+\S*\d|\bwrong\b[^.]*?\d"
    r"|\breal\s+(?:number|figure)\s+is\s+\S*\d|,\s+it'?s\s+\d|->\s*(?:actually|was|is)\s+\S*\d)"
)
# A label or an order before it ("CORRECT:", "correction:"), and the candidate's comment after
# it ("dont know why i said 11", "fix this").
_LABEL = re.compile(r"(?i)^(?:correct(?:ion)?|must\s+correct)\s*:\s*")
_COMMENT = re.compile(r"(?i),?\s+(?:don'?t\s+know\s+why\b.*|fix\s+(?:this|it)\b.*)$")
_ORDER = re.compile(
    r"(?i)^(?:I\s+)?(?:must|need\s+to|have\s+to|should)\s+(?:correct|fix)\b|^fix\s+(?:this|it)\b"
)
# The sentences of a topic: at a stop before a space, or at a "+" typed between two of them.
_SENTENCES = re.compile(r"(?<=[.!])\s+(?:\+\s+)?|\s+\+\s+(?=(?:said|told|I)\b)")


def fixes_moved(notes: Notes) -> Notes:
    """`notes` with each correction typed in a topic said in the follow-up (see the module's
    note); the same object when there is none."""

    def moved_from(person: Interviewer, topic: str) -> tuple[str, list[str]]:
        rest, fixes = _fixes_of(topic)
        # one the follow-up puts right already ("... our target is below 3, not below 5")
        fixes = [fix for fix in fixes if not _said_already(fix, notes.follow_up or "")]
        if not fixes:
            return topic, []
        lead = f"for {first_name(person)}: " if len(notes.interviewers) > 1 else ""
        return rest or MOVED, [f"{lead}{fix}" for fix in fixes]

    return topics_moved(notes, moved_from)


def _fixes_of(topic: str) -> tuple[str, list[str]]:
    """The topic without its corrections, and the corrections, each a sentence of its own."""
    kept: list[str] = []
    fixes: list[str] = []
    for sentence in _SENTENCES.split(" ".join(topic.split())):
        typed = _COMMENT.sub("", _LABEL.sub("", sentence)).rstrip(" .!")
        # "I tell him 3% but real number is 5%" (second language): told, and the real number
        typed = re.sub(r"\bI tell (him|her|them)\b", r"I told \1", typed)
        typed = re.sub(r"\bbut real (number|figure)\b", r"but the real \1", typed)
        # the follow-up reader asked only of a sentence marked as a correction (it is the
        # slowest reader, and most topics are none)
        marked = _MARK.search(typed) is not None
        said = (
            follow_up_line(typed, frozenset(), "warm", "email", Variation("")) if marked else None
        )
        # (a figure said with no thing of its own, "the figure is 8-week internship", stays)
        if said and "correction" in said.lower() and "figure is" not in said:
            fixes.append(f"{typed}.")
        else:
            kept.append(sentence)
    if fixes:  # "Must correct, honest is better": the order to put it right, carried out
        kept = [one for one in kept if not _ORDER.match(one)]
    return " ".join(kept), fixes


def _said_already(fix: str, follow_up: str) -> bool:
    """Whether the follow-up names every figure of the correction `fix` (it puts it right)."""
    figures = set(re.findall(r"\d+(?:[.,]\d+)?", fix))
    return bool(figures) and figures <= set(re.findall(r"\d+(?:[.,]\d+)?", follow_up))
