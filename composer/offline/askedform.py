"""A question put to the candidate, as typed, made a reported question the letter can say.

People type the question they were asked in the order it was asked ("asked had i ever dealt w/ a
drunk passenger", "q: how do you handle an employee who ...") or with "if" ("asked if I'd used
Sage 50"). A letter reports it: "whether I had ever dealt with a drunk passenger", "how I handle
an employee who ...", "whether I had used Sage 50". Read by grammar: an auxiliary before the
candidate (as "I", or "you" in the asker's words) is a yes/no question, said with "whether"
and the auxiliary after the subject; "do" with a wh-word is the asker's support, dropped (never
for "why": a reason asked for is read by `answervoice.why_mine`, not reported back).
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon

__all__ = ["reported"]

# "asked had i ever ...", "asked would you be ok with ...": an auxiliary, then the candidate.
_YES_NO = re.compile(
    r"(?i)^asked\s+(?:me\s+)?(?P<aux>had|have|has|would|could|can|will|was|were|am|are|is|did|do)"
    r"\s+(?:i|you)\s+(?P<rest>[a-z].*)$"
)
# "asked if I'd used ...", "asked whether I'd worked ...": reporting a yes/no question.
_IF = re.compile(r"(?i)^asked\s+(?:me\s+)?(?:if|whether)\s+(?P<rest>\S.*)$")
# "how do you handle ...": a wh-word with the asker's "do" and "you".
_DO_YOU = re.compile(r"(?i)^asked\s+(?:me\s+)?(?P<wh>how|what|when|where|which)\s+do\s+you\s+")
# The candidate's "am", "are", "were" as said of "I".
_OWN = {"am": "am", "are": "am", "is": "am", "were": "was", "was": "was", "has": "have"}


def reported(question: str) -> str:
    """`question` ("asked ...", as `topicanswers.split_answer` gives it) as a reported
    question: "asked had i ever dealt w/ X" -> "asked whether I had ever dealt w/ X"; any other
    question as typed."""
    found = _YES_NO.match(question)
    if found:
        aux, rest = found["aux"].lower(), found["rest"]
        if aux in ("do", "did"):  # "did you use X": "whether I used X"
            words = rest.split()
            verb = words[0].lower()
            if not lexicon.is_base_verb(verb):
                return question
            if aux == "did":
                past = lexicon.verb_forms(verb).get("VBD")
                if not past:
                    return question
                verb = past
            return f"asked whether I {' '.join([verb, *words[1:]])}"
        return f"asked whether I {_OWN.get(aux, aux)} {rest}"
    found = _IF.match(question)
    if found:
        return f"asked whether {_had(found['rest'])}"
    found = _DO_YOU.match(question)
    if found:
        return f"asked {found['wh'].lower()} I {question[found.end() :]}"
    return question


def _had(rest: str) -> str:
    """ "I'd used Sage" -> "I had used Sage" (a participle after "'d" is "had"); "I'd do" as
    typed (the topic's reading says "I would")."""
    found = re.match(r"(?i)^i['’]?d\s+(?P<verb>[a-z]+)\b", rest)  # "id done": typed bare
    if found is None:
        return rest
    verb = found["verb"].lower()
    if lexicon.is_participle(verb) and not lexicon.is_base_verb(verb):
        return f"I had {rest[found.start('verb') :]}"
    return rest


# "wanted to know why I left retail", "she wanted to know if I drive": a question put to the
# candidate, typed with the words for asking it.
_WANTED = re.compile(
    r"(?i)^(?P<who>(?:they|she|he|[A-Z][\w'’-]+)\s+)?wanted\s+to\s+know\s+(?:from\s+me\s+)?"
    r"(?=(?:if|whether|why|how|what|when|where|which|who|about)\s)"
)


def wanted_asked(item: str) -> str:
    """ "wanted to know why I left retail" -> "asked why I left retail" (read as a question
    put to the candidate); any other item as typed."""
    found = _WANTED.match(item)
    if found is None:
        return item
    return f"{found['who'] or ''}asked {item[found.end() :]}"
