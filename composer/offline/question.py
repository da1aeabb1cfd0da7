"""A question from the room, typed "<who> asked <how> <what> - <answer>": the one reading of that
shape, and the one table of the kinds of answer it gets.

`question` splits the line once ("Dr Okafor" / "if" / "i'd run HPLC - yes, approx 3 yrs"); two
readings build on it: `asked` (what the candidate said in the room and the fact the letter adds,
"Ms A asked about PERM and I said limited exposure. actually did 3 PERM filings"), and `replied`
(the question said back to the one who asked, with the answer built from its kind). An answer's
kind is read from its first piece, by `ANSWER_KINDS`:

- "yes": a yes, and what backs it ("yes, approx 3 yrs on Agilent 1260s");
- "no": a no, and what the candidate did instead ("no, but i've run staff/principal searches");
- "promise": something to send ("sending 3 options tmrw");
- "level": how good the candidate says they are ("basic, I can write queries").
"""

from __future__ import annotations

from dataclasses import dataclass

from composer import regexes as re


@dataclass(frozen=True)
class Question:
    """A question from the room as typed: who asked (None: not named), the verb ("asked",
    "quizzed"), how the question is put ("if", "about", "for" ...) and the rest of the line
    (the question and, after it, the answer)."""

    who: str | None
    verb: str
    how: str
    rest: str

    def split(self) -> tuple[str, str] | None:
        """The question and the answer, where the answer starts after " - ", a dash or a colon:
        ("i'd run HPLC", "yes, approx 3 yrs"); None when no answer follows the question."""
        found = _SPLIT.match(self.rest)
        return (found["q"], found["a"]) if found else None


# "Dr Okafor asked if i'd run HPLC - yes", "head keeper asked about", "she quizzed me on".
_QUESTION = re.compile(
    r"^(?P<who>(?:[\w'.-]+\s+){0,3}?)(?P<verb>asked|quizzed)(?:\s+me)?"
    r"\s+(?P<how>if|whether|about|abt|re|on|for)\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
# The question, then its answer: "i'd run HPLC - yes", "my SQL: basic", "cod — sending 3".
_SPLIT = re.compile(r"^(?P<q>[^–—:;]+?)\s*(?:\s-+\s|–|—|:)\s*(?P<a>\S.*)$")


def question(text: str) -> Question | None:
    """The line read as a question from the room, or None when it is not typed that way."""
    found = _QUESTION.match(text)
    if found is None:
        return None
    who = found["who"].strip() or None
    return Question(who, found["verb"].lower(), found["how"].lower(), found["rest"])


# How a thing was done that a no may deny while granting the rest: "not solo, but reviewed +
# signed approx 15" answers "if I'd written a lift plan myself".
ALONE = r"solo|alone|independently|on\s+my\s+own|by\s+myself|myself|unsupervised"
# The kinds of answer, each read from the answer's first piece; tried in this order.
ANSWER_KINDS: dict[str, re.Pattern[str]] = {
    # "yes, approx 3 yrs", "yep 18 months": what backs the yes is the rest
    "yes": re.compile(r"(?i)^(?:yes|yep|yeah|yup)\b[\s,.!]*(?P<rest>.*)$"),
    # "no, but i've run ...", "not directly": a no, and what there was instead
    "no": re.compile(
        r"(?i)^(?P<no>no|nope|never|not\s+(?:directly|really|as\s+such|" + ALONE + r"))"
        r"(?:,?\s+(?P<but>but\s+\S.*))?$"
    ),
    # "sending 3 options tmrw", "will email it over this wk"
    "promise": re.compile(
        r"(?i)^(?:I'?ll\s+|I\s+will\s+|will\s+)?(?P<verb>send|email|e-mail|forward)(?:ing)?\s+"
        r"(?P<what>\S.*?)(?:\s+(?P<when>tomorrow|today|tonight|(?:by\s+|on\s+)?(?:Mon|Tues"
        r"|Wednes|Thurs|Fri|Satur|Sun)day|this\s+week|next\s+week|this\s+weekend|shortly"
        r"|asap))?$"
    ),
    # "basic", "conversational": how good the candidate says they are
    "level": re.compile(
        r"(?i)^(?P<level>basic|limited|rusty|beginner|conversational|intermediate|decent|solid"
        r"|fluent)$"
    ),
}
# The levels that are a candidate's own "not much": said as what they can do, never as the level.
LOW_LEVELS = frozenset(["basic", "limited", "rusty", "beginner"])


def answer_kind(piece: str) -> tuple[str, re.Match[str]] | None:
    """The kind of answer a piece starts ("yes", "no", "promise", "level") and its reading, or
    None when it is of none of them."""
    for kind, shape in ANSWER_KINDS.items():
        found = shape.match(piece)
        if found is not None:
            return kind, found
    return None
