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
from composer.offline.answervoice import is_story, sayable, to_asker

__all__ = ["own_answer", "task_asked", "that_dropped_within"]

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
# A second sentence run on after a comma, with a subject of its own ("I chart every adult at
# every recall, it caught 3 early cases"): a note's, cut before it; what comes first is said.
_SPLICE = re.compile(r",\s+(?:it|this|that|they|we|there)\s+[a-z]+\b.*$")
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
        "only",
        "really",
        "generally",
        "currently",
        "typically",
        "regularly",
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
    if re.search(r"[,;:]|\b(?:asked|then)\b", task) or len(task.split()) > 14:
        return ""  # "me to grade six samples blind, and then asked why ...": two questions
    if not task.lower().startswith("me "):
        task = "me " + task
    return task if sayable(f"You asked {task}") else ""


# A slip owned up to inside the answer: the follow-up's to correct, never said as the answer.
_SLIP = re.compile(
    r"(?i)\b(?:forgot|should\s+have|meant\s+to|didn'?t\s+mention|did\s+not\s+mention)\b"
)
# Verbs that only report the room or hedge: no answer of their own.
_REPORTS = frozenset(["said", "told", "think", "thought", "guess", "mentioned", "asked"])


# A yes or a no before the clause that bears it out: "yes, I taught it for two years", "no but
# ive done the module", "The answer is yes, I ...".
_YES_NO = re.compile(
    r"(?i)^(?:the\s+answer\s+(?:is|was)\s+)?(?P<yn>yes|yep|yeah|no)\b[,;:.]?\s+(?P<but>but\s+)?"
    r"(?=I\b|i\b)"
)


def _spelled(typed: str) -> str:
    """The answer with its bare "i" and contractions read ("im good": "I am good")."""
    text = " ".join(typed.replace("’", "'").split()).strip().rstrip(".")
    for pattern, full in _BARE_I:
        text = pattern.sub(full, text)
    return re.sub(r"(?<![\w'])i(?![\w'])", "I", text)


def _voiced(typed: str) -> str:
    """The answer with its lead, yes or no, "i" and contractions read, or as typed."""
    text = _LEAD.sub("", _spelled(typed), count=1)
    text = _LEAD.sub("", _YES_NO.sub("", text, count=1), count=1)
    return _SPLICE.sub("", _REACTION.sub("", text))


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
    yes_no = _YES_NO.match(_LEAD.sub("", _spelled(typed), count=1))
    if yes_no and not re.match(r"(?:whether|if)\s", question):
        return ""  # a yes or no to a question that asked neither
    said = _voiced(typed)
    if _SLIP.search(said):
        return ""  # "I forgot to mention that I ...": a slip owned up to, no answer (`slips`)
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
        # after "how I would ...", "I walked her through ..." reports the room: said only as
        # such, by a verb of telling ("When you asked how I would support the juniors, I
        # described my weekly case review ..."), never as what they did
        if re.search(r"\bwould\b", question) and not _TASK.match(question) and not is_story(said):
            return ""
        said = to_asker(said)
    elif tense == "now":
        said = said if why or yes_no else f"I said {said}"
    else:
        return ""
    if yes_no:  # "I said yes: I taught it ...", "I said no, but I have done ..."
        yn = "yes" if yes_no["yn"].lower() != "no" else "no"
        said = f"I said {yn}, but {said}" if yes_no["but"] or yn == "no" else f"I said yes: {said}"
    return said if sayable(said) else ""


# A second clause of a reported answer, its "that" kept: "I answered that I would ..., and that
# I had done exactly this during the winter of 2023" -> "..., and I did exactly this ...".
_AND_THAT = re.compile(r",?\s+and\s+that\s+(?P<who>I|we)\s+had\s+(?P<done>[a-z]+)\b")


# "..., and that three of my trainees are ...": a second clause with its subject, "that" dropped.
_AND_THAT_SUBJECT = re.compile(  # (not "and that is what ...": "that" is the subject there)
    r",?\s+(and|but)\s+that\s+(?=[\w-]+\s)(?!(?:is|was|has|had|will|would|can|could|does|did"
    r"|should|may|might|means|meant|made|makes|seems|sounds|shows|showed)\b)"
)


# A no, then what the candidate said for themselves: "I do not yet; I explained that I hold X"
# -> "I do not yet, but I hold X".
_NO_BUT = re.compile(
    r"^(?P<no>I (?:do|did|have|am|was|can)(?: not|n't)(?: yet)?)\s*[;,.]\s+(?:and\s+)?I\s+"
    r"(?:explained|said|added|told (?:him|her|them))\s+that\s+(?=I\b)"
)


def _and_did(found: re.Match[str]) -> str:
    base = lexicon.base_of(found["done"]) or ""
    did = lexicon.verb_forms(base).get("VBD", "") if base else ""
    return f", and {found['who']} {did}" if did else found.group()


def that_dropped_within(typed: str) -> str:
    """A reported answer's second "that" dropped with its clause's subject: "I said X, and that
    I had done Y" -> "..., and I did Y"; "..., and that three of my trainees are ..."."""
    typed = _NO_BUT.sub(r"\g<no>, but ", typed)  # "I do not yet; I explained that I hold X"
    typed = _AND_THAT.sub(_and_did, typed)
    found = _AND_THAT_SUBJECT.search(typed)  # the first "that" stripped with its verb; one kept
    if found is None or re.search(r"\bthat\b", typed[: found.start()]):  # ("found that A, and
        return typed  # that B": parallel, both kept)
    return _AND_THAT_SUBJECT.sub(r", \1 ", typed)
