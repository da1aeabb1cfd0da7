"""A topic read plainly before and after the topic readers (session 59): "he is asking about
cane - ..." and "Question: what I do when ..." are asked; "worst splice failure??" is the
candidate's worst; a topic of one word too general or about money ("work", "pay") is left out
and named, never "I enjoyed our conversation about pay"."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

from composer import regexes as re
from composer.offline.secondlanguage import mended

__all__ = ["plainly"]


# A word or a question marked "?" with the candidate's aside after it: "Q train juniors? yes, 4
# apprentices so far", "... chef d'equipe 2 years - foreman? check the word".
_MARKED_ASIDE = re.compile(r"(?i)\w\?\s*(?:yes|no|yep|nope|check\b|not\s+sure|maybe)\b")


# Something the interviewer did with the candidate, told as such: "He took me out to two lanterns
# in Oberkassel and showed me how the mantles are changed."
_TOOK_ME = re.compile(
    r"(?i)^(?:he|she|they)\s+(?:took|drove|led)\s+me\s+(?:out|round|around|to|on|up|down|over)\b"
)


class _Read(Protocol):
    """What this module reads of a topic (`topics.Topic`)."""

    @property
    def text(self) -> str: ...
    @property
    def answer(self) -> str: ...


_Topic = TypeVar("_Topic", bound=_Read)

# A topic said by one word too general, or about money, to be a subject a thank-you recalls:
# "I enjoyed our conversation about pay", "Work was the part ... I have thought about most".
_VAGUE = frozenset(
    ["work", "the work", "pay", "the pay", "salary", "the salary", "money", "wages", "benefits",
     "compensation", "job", "the job", "things", "stuff", "everything", "misc"]
)  # fmt: skip


_ASKING = re.compile(  # ("Ask when I can start, I say ...": a second-language "asked")
    r"^(?:(?i:(?:he|she|they) (?:is|was|are|were) asking (?:me )?)|Ask(?: me)? )"
    r"(?=about\b|how\b|what\b|when\b|if\b|whether\b|why\b)"
)
_PRESENT = re.compile(r"\bI (?:say|explain|tell|answer)\b")  # a room's answer still present
_LABEL = re.compile(r"^Question:\s*(?=(?:what|how|why|when|which|who|if|whether)\b)")


def plainly(read: Callable[..., _Topic]) -> Callable[..., _Topic]:
    """`topics.read_topic` with the readings above."""

    @functools.wraps(read)
    def reader(item: str, *args: Any, **options: Any) -> _Topic:
        why = ""
        if _MARKED_ASIDE.search(item):  # "Q train juniors? yes, 4 ...", "foreman? check the word"
            why = "a question mark with your own aside after it ('? yes', '? check the word')"
        elif _TOOK_ME.match(item):  # "He took me out to two lanterns ...": a visit, no subject
            why = "something they did with you, not a subject discussed"
        if why:
            topic = read("", *args, **options)
            return dataclasses.replace(topic, source=item, text="", why=why)  # type: ignore[type-var]
        if (asking := _ASKING.match(item)) is not None:  # "he is asking about cane": asked
            heard = reader(f"asked {item[asking.end() :]}", *args, **options)
            if _PRESENT.search(item) or item.startswith("Ask "):  # "Ask about X. I say ...":
                # the answer left unmended: unsaid
                heard = dataclasses.replace(heard, answer="")  # type: ignore[type-var]
            return dataclasses.replace(heard, source=item)  # type: ignore[type-var]
        label = None if re.search(r"\bA\s*:|\?", item) else _LABEL.match(item)  # not "Q? A:"
        if label is not None:  # "Question: what I do when ...": asked
            asked = mended(f"asked {item[label.end() :]}", "topics")  # "what I do": "would"
            topic = reader(asked, *args, **options)
            if _PRESENT.search(topic.answer):
                # an answer still in the present: unsaid
                topic = dataclasses.replace(topic, answer="")  # type: ignore[type-var]
            return dataclasses.replace(topic, source=item)  # type: ignore[type-var]
        topic = read(item, *args, **options)
        if re.search(r"\bI (?:said|told|explained|answered)\b", topic.text):
            # "online sales and your wish for better photos ... and I said I have been ...":
            # the answer run into the subject's name; no frame carries both
            why = "the subject and your answer run together: type them as 'subject -> answer'"
            return dataclasses.replace(topic, text="", why=why)  # type: ignore[type-var]
        if re.match(r"(?:worst|best|biggest|hardest|toughest) [a-z]", topic.text):
            # "worst splice failure??": the candidate's own
            topic = dataclasses.replace(topic, text=f"my {topic.text}")  # type: ignore[type-var]
        if topic.text.lower() in _VAGUE and not topic.answer:
            why = f"'{topic.text}' alone is too general to recall: name what you discussed"
            return dataclasses.replace(  # type: ignore[type-var]
                topic, text="", why=why, plural=False, question=False, mine=False, detail=""
            )
        return topic

    return reader
