"""The time a next step gives, cut where the note goes on past it (`heard.hearing_from` and the
closing's last reading in `nextsteps` call `time_said`):

- a second verb of theirs after the time is not pasted after "hearing from you": "by the end of
  next week and telephone me" -> "by the end of next week";
- what the news is about, typed with "for" or "about", is said with "about" and its article:
  "by Friday 11 December for a practical assessment" -> "... about a practical assessment",
  "by Monday 7 December about paid test project" -> "... about the paid test project";
- what they will decide, typed as a clause ("whether I am shortlisted for a second interview"),
  is left out: the time alone is said.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.words import ORDINALS

# "and telephone me", "and then send the contract": a clause of theirs after the time.
_AND_CLAUSE = re.compile(r"\s+and\s+(?:then\s+)?(?P<verb>[a-z]+)\b")
# "whether I am shortlisted for ...", "if they want a second interview": what they will decide,
# a clause of theirs no frame of the close can carry ("your news ... whether"); the time is said.
_WHETHER = re.compile(r"\s+(?:whether|if)\s+(?=[A-Za-z])")
# "for a practical assessment", "about paid test project": what the news is about.
_TOPIC = re.compile(r"\s+(?:for|about)\s+(?P<np>(?:(?:a|an|the)\s+)?[a-z][\w-]*(?:\s+[\w-]+)*)$")
# A span or an amount, never a topic: "about two weeks", "for a week or so", "about it".
_NO_TOPIC = re.compile(
    r"(?i)^(?:(?:a|an|the)\s+)?(?:\d|one|two|three|four|five|six|few|couple|week|weeks|day|days"
    r"|month|months|fortnight|hour|hours|while|sure|now|then|it|that|this|me|us|them)\b"
)
_DETERMINERS = frozenset(["a", "an", "the", "my", "your", "their", "our", "its", "his", "her"])


def time_said(time: str) -> str:
    """The time, without a clause of theirs after it, with its topic said with "about"."""
    time = time.rstrip(" .!;")
    decided = _WHETHER.search(time)
    if decided is not None and decided.start() > 0:
        time = time[: decided.start()]
    for found in _AND_CLAUSE.finditer(time):
        if found["verb"] in ("they", "he", "she", "we") and time[
            found.start() - 1 : found.start()
        ] not in ("", ","):
            time = time[: found.start()]  # "... on 23 April and they expect ...": theirs
            break
        if lexicon.is_base_verb(found["verb"]) and found.start() > 0:
            time = time[: found.start()]
            break
    topic = _TOPIC.search(time)
    if topic is None or _NO_TOPIC.match(topic["np"]):
        return time
    return f"{time[: topic.start()]} about {_with_article(topic['np'])}"


def _with_article(np: str) -> str:
    """ "paid test project" -> "the paid test project" (a step they named); "a practical
    assessment", "references" as typed."""
    words = np.split()
    if words[0] in _DETERMINERS or not lexicon.is_noun(words[-1]):
        return np
    if lexicon.is_plural_noun(words[-1]) and words[0] not in ORDINALS:
        return np
    return f"the {np}"
