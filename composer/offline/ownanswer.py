"""An answer given in the room typed as the candidate's own sentence, in any case and after any
mark ("I said I keep a checklist of ...", "said i write everything in the log", "i want work
that matters and im good with people ...", "I pitched a story about ..." after a task set in
the room), said in the candidate's voice after its question: what they do or want, as what they
said ("When you asked how I would ..., I said I keep a checklist ..."); what they would do ("I
would begin with ..."); what they did when asked to do it ("When you asked me to pitch three
stories, I pitched ..."). Its "i", bare contractions ("im", "id", "ive") and reports of the
room's reaction ("and she said that was the one she would run") are read here; an answer whose
clause does not read is "" (the question is then left out with it, never named alone).
`topicanswers.answer_of` falls back on `own_answer` for every field that reads a question and
its answer.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.answervoice import sayable, to_asker

__all__ = ["own_answer", "task_asked"]

# What opens a report of the answer: "I said (that)", "said", "I answered that", "told her".
_LEAD = re.compile(
    r"(?i)^(?:(?:and\s+)?I\s+)?(?:said|answered|replied|explained|told\s+(?:him|her|them|you))"
    r"\s+(?:that\s+)?(?=I\b|i\b)"
)
# A bare contraction of "I" typed with no apostrophe: "im good", "ive done", "id call".
_BARE_I = (
    (re.compile(r"(?<![\w'’])(?:im|i['’]m)(?![\w'’])", re.IGNORECASE), "I am"),
    (re.compile(r"(?<![\w'’])(?:ive|i['’]ve)(?![\w'’])", re.IGNORECASE), "I have"),
    (re.compile(r"(?<![\w'’])i['’]d(?![\w'’])", re.IGNORECASE), "I would"),
    (re.compile(r"(?<![\w'’])dont(?![\w'’])"), "do not"),
    (re.compile(r"(?<![\w'’])don['’]t(?![\w'’])"), "do not"),
)
# The room's reaction told after the answer ("and she said that was the one she would run"):
# theirs, not the answer; cut before it.
_REACTION = re.compile(r"(?i),?\s+(?:and|but|so)\s+(?:she|he|they)\s+(?:said|thought|liked)\b.*$")
# Adverbs typed between "I" and the verb: "I always check", "I once shipped".
_ADVERBS = frozenset(
    [
        "always",
        "usually",
        "never",
        "often",
        "first",
        "then",
        "also",
        "still",
        "once",
        "normally",
        "just",
        "already",
    ]
)
# A task set in the room, put to the candidate: "asked me to pitch three stories", "asked me
# for an example of cutting waste", "asked to fault find a point machine".
_TASK = re.compile(r"(?i)^(?:me\s+)?(?:to\s+[a-z]+|for\s+(?:an?\s+)?(?:example|story|case)\b)")
_TASKED = re.compile(
    r"(?i)^(?:(?:they|she|he)\s+)?asked\s+(?P<task>(?:me\s+)?(?:to|for)\s+.+?)[.?]?$"
)


def task_asked(question: str) -> str:
    """ "asked me to pitch three stories on the spot." -> "me to pitch three stories on the
    spot": a task set in the room (or an example asked for), said after "When you asked";
    "" for any other question, or one whose words do not read."""
    found = _TASKED.match(" ".join(question.split()))
    if found is None or not _TASK.match(found["task"]):
        return ""
    task = found["task"]
    if not task.lower().startswith("me "):
        task = "me " + task
    return task if sayable(f"You asked {task}") else ""


# Verbs that only report the room or hedge: no answer of their own.
_REPORTS = frozenset(["said", "told", "think", "thought", "guess", "mentioned", "asked"])


def _voiced(typed: str) -> str:
    """The answer with its lead, bare "i" and contractions read, or as typed."""
    text = " ".join(typed.replace("’", "'").split()).strip().rstrip(".")
    text = _LEAD.sub("", text, count=1)
    for pattern, full in _BARE_I:
        text = pattern.sub(full, text)
    text = re.sub(r"(?<![\w'])i(?![\w'])", "I", text)
    return _REACTION.sub("", text)


def _verb(words: list[str]) -> tuple[str, int]:
    """The verb after "I" (past "past", present "now", modal "would") and where it stands."""
    at = 1
    while at < len(words) and words[at].lower() in _ADVERBS:
        at += 1
    if at >= len(words) - 1:
        return "", at
    word = words[at].lower()
    if word in _REPORTS:
        return "", at
    if word in ("would", "will", "'d"):
        return "would", at
    if word in ("am", "have", "can", "keep", "do") or (
        lexicon.is_base_verb(word) and not lexicon.is_past(word)
    ):
        return "now", at
    if lexicon.is_past(word):
        return "past", at
    return "", at


def own_answer(question: str, typed: str, why: bool = False) -> str:
    """The candidate's own sentence typed as their answer to `question` (as said: "how I would
    catch ...", "me to pitch three stories"), said in their voice: "I said I keep ..." (what
    they do, want or are; bare after a question of why, `why`), "I would begin ..." (after a
    question of what they would do), "I pitched ..." (after a task set in the room); "" for
    any other answer, or one with a word no table knows."""
    said = _voiced(typed)
    words = said.split()
    if len(words) < 3 or words[0] != "I":
        return ""
    tense, at = _verb(words)
    if tense == "would":
        if not re.search(r"\bwould\b", question):
            return ""
        words[at] = "would"
        said = " ".join(words)
    elif tense == "past":
        if re.search(r"\bwould\b", question) and not _TASK.match(question):
            return ""  # after "how I would ...", "I walked her through ..." reports the room
        said = to_asker(said)
    elif tense == "now":
        said = said if why else f"I said {said}"
    else:
        return ""
    return said if sayable(said) else ""
