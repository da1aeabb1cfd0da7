"""A topic typed as the interviewer's reaction to something of the candidate's ("she liked the
rota idea", "he was v impressed w/ my route sheet", "they loved my portfolio!!"), said as the
candidate glad of it: "I was glad you liked the rota idea."

A note of what the interviewer liked is no subject talked about (`topics` leaves a sentence
out), yet it is often the most concrete point of the talk. Only the shape "he/she/they + a verb
of liking or being impressed + the thing" is read: the thing must be a noun phrase led by a
determiner or "my" (or a clause led by "how", "that I"), and the whole sentence must pass the
sentence gate; anything else stays out.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline.cleaning import clean
from composer.offline.questions import to_reader
from composer.offline.shorthand import expand
from composer.offline.topicproducts import product_capitals, typed_names
from composer.offline.wellformed import problem

__all__ = ["reaction_of"]

# Who reacted: the reader, typed as a pronoun (the line is in their topics).
_WHO = r"(?:she|he|they|both)"
# How they reacted, with the form the letter says to them ("you liked", "you were impressed by").
_VERB = re.compile(
    rf"(?i)^{_WHO}\s+(?:(?:really|def(?:initely)?|seemed to|clearly|esp(?:ecially)?)\s+)?"
    r"(?:(?P<liked>liked|loved|like|love|enjoyed|appreciated)"
    r"|(?:was|were|seemed|looked)\s+(?:(?:very|v|really|v\.|quite|so)\s+)?"
    r"(?:(?P<impressed>impressed)\s+(?:by|with|w/|w|about|of)"
    r"|(?P<interested>interested)\s+in|(?P<keen>keen)\s+on))\s+(?P<thing>.+)$"
)
# The thing liked: a noun phrase led by a determiner or "my", or a clause of how the candidate
# did something. A bare noun ("rota idea") is left out: whose it is cannot be told.
# ("that I knew the current revs" is a fact of the candidate's, praised: never said back)
_THING = re.compile(r"(?i)^(?:my|the|this|that(?!\s+I\b)|our|a|an|both|how\s+I|the\s+way\s+I)\s+\S")
_PREVIOUS = re.compile(r"(?i)\b(from|at|in) (?:previous|prev|former) ")
_SAID = {
    "liked": "liked",
    "impressed": "were impressed by",
    "interested": "were interested in",
    "keen": "were keen on",
}
# A tail typed after the thing: "!!", "lol", ":)", "-> good sign", "(i think)".
_TAIL = re.compile(r"\s*(?:!+|\?+|:\)|:-\)|\blol\b|\(.*\)|\s(?:->|→|-|–)\s.*)\s*$", re.IGNORECASE)
# "she liked my idea... " where the note says why she liked it or what came of it: the reason
# is the note-taker's and cannot be said with confidence.
_REASON = re.compile(r"(?i)\b(?:because|bc|coz|cos|so|said it|wants|asked)\b")


def reaction_of(item: str) -> tuple[str, str] | None:
    """(the thing liked, the sentence saying so) for a reaction typed as above, else None."""
    text = re.sub(r"\s+", " ", item).strip().rstrip(".")
    found = _VERB.match(text)
    if not found:
        return None
    thing = found["thing"].strip()
    while (cut := _TAIL.sub("", thing)) != thing:
        thing = cut.strip()
    if not thing or not _THING.match(thing) or _REASON.search(thing) or "," in thing:
        return None
    thing = typed_names(product_capitals(to_reader(clean(expand(thing)))))  # "her idea": yours
    thing = _PREVIOUS.sub(r"\1 my previous ", thing)  # "from previous hotel": my previous
    thing = thing[0].lower() + thing[1:] if not thing.startswith("I ") else thing
    said = next(_SAID[name] for name in _SAID if found[name])
    sentence = f"I was glad you {said} {thing}."
    if problem(sentence):
        return None
    return thing, sentence
