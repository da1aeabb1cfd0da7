"""The reason the candidate gave when asked why ("asked why leaving Porto -> want a trade w/ a
future, ready to run my own pass"), said as theirs: "I want a trade with a future and am ready to
run my own pass". Only a want or a readiness is read; a part of any other shape ends the reason,
so nothing is said the candidate did not. A reason typed with care as a whole clause of its own
("running a hotel overnight is mostly about handling disruption calmly ...") is said as what the
candidate said: "that running a hotel overnight is ..." (`said_that`).
"""

from __future__ import annotations

from collections.abc import Callable

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.cleaning import clean
from composer.offline.words import PERSON_HEADS

__all__ = ["reason", "said_that"]


def reason(parts: list[str], sayable: Callable[[str], bool]) -> str:
    """ "want to lead a team" -> "I want to lead a team": the reasons typed first, each led by
    a want ("want to X", "want a trade with a future") or a readiness ("ready to run my own
    pass": "I am ready to ..."), joined with "and"; the first part no form reads ends them (a
    part said in the negative is the note's aside). `sayable` is `answervoice.sayable`."""
    said: list[str] = []
    parts = [p.strip() for part in parts for p in re.split(r"\s+/\s+", part) if p.strip()]
    for part in parts[:2]:
        said_part = _one_reason(clean(part).split(), sayable)
        if not said_part:
            break
        said.append(said_part)
    if len(said) > 1 and not sayable(f"I {said[0]} and {said[1]}"):
        said = said[:1]
    return "I " + " and ".join(said) if said else ""


# What a reason may want, after "want": a thing of the candidate's future ("a trade with a
# future", "more responsibility") led by a determiner or "more".
_WANTED = frozenset(["a", "an", "the", "more", "my", "some"])


def _one_reason(words: list[str], sayable: Callable[[str], bool]) -> str:
    """One part of a reason as the candidate's verb phrase ("want to lead a team", "am ready to
    run my own pass"), or ""."""
    if len(words) < 3:
        return ""
    verb = words[0].lower()
    if verb in ("ready", "keen", "eager") and words[1].lower() == "to":
        said = " ".join(["am", verb, *words[1:]])
        return said if lexicon.is_base_verb(words[2].lower()) and sayable("I " + said) else ""
    if verb in ("want", "wanted") and words[1].lower() == "own":
        words = [verb, "my", *words[1:]]  # "want own recipes": my own recipes
    if verb in ("want", "wanted") and words[1].lower() in _WANTED:
        said = " ".join(["want", *words[1:]])
        return said if sayable("I " + said) else ""
    if words[1].lower() != "to":
        return ""
    if verb in ("want", "wanted"):
        verb = "want"
    elif not lexicon.is_base_verb(verb) or not lexicon.is_base_verb(words[2].lower()):
        return ""
    said = " ".join([verb, *words[1:]])
    return said if sayable("I " + said) else ""


# A finite verb of a clause's own: "is", "was", "does", "makes".
_FINITE = frozenset(["is", "are", "was", "were", "has", "had", "does", "did"])


def said_that(answer: str, sayable: Callable[[str], bool]) -> str:
    """ "running a hotel overnight is mostly about ..." -> "that running a hotel overnight is
    mostly about ...": a reason typed as a whole clause (six words or more, a finite verb of its
    own, no word a note's), said as what the candidate said; "" for any other."""
    words = answer.split()
    if len(words) < 6 or words[0].lower() in ("want", "wanted", "i", "because", "that"):
        return ""
    finite = any(w.lower().strip(",") in _FINITE for w in words[1:])
    return f"that {answer}" if finite and sayable(f"I said that {answer}") else ""


# A subject and its verb in a clause typed with care: "we quote in stages", "it must be agreed".
_SUBJECT_VERB = re.compile(
    r"(?i)\b(?:we|they|it|you|he|she|there|this|that)\s+(?:(?:must|should|will|would|can|could"
    r"|need\s+to|have\s+to|always|usually|often|never|also)\s+)*(?P<verb>[a-z]+)\b"
)
_MODAL = re.compile(r"(?i)\b(?:must|should|will|would|can|could|is|are|was|were|has|have)\b")


def room_clause(answer: str, sayable: Callable[[str], bool]) -> str:
    """ "the schedule must be agreed with the councillors before it is published" -> "I said
    that the schedule must be agreed ...": an answer typed with care as a clause of its own
    subject (eight words or more, a finite verb, every word one a letter says), told as what
    the candidate said in the room; "" for any other (steps, a note, the candidate's own "I").
    The answer comes with the reader's reaction already said to them (`reacting`, in
    `topicanswers.answer_of`)."""
    words = answer.split()
    # "too quickly that I would refuse" (round 58, h1531): how it was said, then the clause
    if len(words) < 8 or words[0].lower() in ("i", "that", "because", "said", "told", "too"):
        return ""
    if lexicon.is_base_verb(words[0].lower()) and not lexicon.is_noun(words[0].lower()):
        return ""  # "stop the lift, clear the area": steps, `topicanswers` reads them
    main = re.split(r",?\s+(?:when|if|because|while|where|as|which|who)\b", answer)[0].split()
    if lexicon.is_gerund(words[0].lower()) and not any(
        lexicon.is_past(w) or lexicon.is_third_person(w) or _MODAL.fullmatch(w) for w in main[1:]
    ):
        return ""  # "moving the east elevations onto ... at night, when the wind is lower": a
        # way suggested, no clause (round 58, h1532); "supporting a pupil ... showed me" is one
    found = _SUBJECT_VERB.search(answer)
    verb = found["verb"].lower() if found else ""
    verbal = lexicon.is_base_verb(verb) or lexicon.is_past(verb) or lexicon.is_third_person(verb)
    finite = verbal or _MODAL.search(answer) is not None
    that = "" if words[0].lower().strip(":,;") in _NO_THAT else "that "  # "I said around 1770"
    said = f"I said {that}{answer}"
    return said if finite and sayable(said) else ""


# the reader's reaction, a clause of its own after the answer: ", and he seemed to agree"
_THIRD = re.compile(
    r"(?i)(?:(?<=,\sand\s)|(?<=,\swhich\s))(?:he|she)\s+(?:said|agreed|liked|thought|was|seemed"
    r"|nodded)\b"
)
# the reader's approval guessed at after the answer: ", which he seemed to appreciate", ", and
# she nodded" (a letter to them does not tell them what they thought)
_APPROVED = re.compile(
    r"(?i),\s+(?:and|which)\s+(?:he|she|they)\s+(?:seemed|appeared)\s+(?:to\s+(?:appreciate|like"
    r"|agree(?:\s+with)?|value|welcome)|(?:very\s+)?(?:pleased|impressed|happy|interested))"
    r"(?:\s+(?:it|that|this|with\s+(?:it|that|this)))?(?=\s*[.;]|\s*$)"
)
# someone else the answer tells of, whose "he" it would be: "stopping a contractor ... until he"
_OTHERS = frozenset(
    ["customer", "client", "patient", "contractor", "guest", "pianist", "child", "man", "woman",
     "boy", "girl", "visitor", "tenant", "resident", "member", "passenger", "colleague", "worker",
     "caller", "buyer", "owner", "parent", "mother", "father", "friend", "student", "pupil"]
)  # fmt: skip


# What is the reader's, said of them: "... is his", "... was hers".
_THEIRS = re.compile(r"\b(?:is|was|are|were)\s+(?P<whose>his|hers)\b(?=\s*(?:[,.;]|and\b|$))")


def reacting(answer: str) -> str:
    """ "..., and he seemed to agree with me" -> "..., and you seemed to agree with me" (", which
    she said is close to ..." -> ", which you said ..."): the
    reader's reaction in the candidate's answer, said to them (it is their letter)."""
    approved = _APPROVED.search(answer)
    if approved is not None:  # "..., which he seemed to appreciate": their mind, never told them
        answer = answer[: approved.start()] + answer[approved.end() :]
    theirs = _THEIRS.search(answer)
    if theirs is not None:  # "the decision to fly or divert is his" (round 52, h1428): yours
        told = {w.lower() for w in re.findall(r"[A-Za-z]+", answer[: theirs.start()])}
        if not told & (_OTHERS | PERSON_HEADS):
            answer = f"{answer[: theirs.start('whose')]}yours{answer[theirs.end('whose') :]}"
    found = _THIRD.search(answer)
    if found is None:
        return answer
    told = {w.lower() for w in re.findall(r"[A-Za-z]+", answer[: found.start()])}
    if told & (_OTHERS | PERSON_HEADS):
        return answer  # "I calmed the customer down, and she said thank you": the customer's
    # "he was pleased" -> "you were pleased"; "she said" -> "you said"
    return _THIRD.sub(lambda m: "you " + m[0].split()[-1].lower().replace("was", "were"), answer)


_NO_THAT = frozenset(
    ["around", "about", "roughly", "approximately", "probably", "maybe", "yes", "no"]
)


_ONE_DOES = re.compile(
    r"(?i)\b(?:a|an|the|this|each|every)\s+(?P<noun>[a-z]+)\s+(?P<verb>[a-z]+)\b"
)


def agreement_slip(text: str) -> bool:
    """A singular subject with a bare verb of no other reading ("when a client send a big
    file"): a second language's slip, which a clause said as typed would keep."""
    for found in _ONE_DOES.finditer(text):
        noun, verb = found["noun"].lower(), found["verb"].lower()
        one = lexicon.is_noun(noun) and not lexicon.is_plural_noun(noun)
        if one and set(lexicon.classes(verb)) == {"verb"} and lexicon.is_base_verb(verb):
            return True
    return False
