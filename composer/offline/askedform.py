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

from collections.abc import Callable

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.words import DETERMINERS

__all__ = ["grounded", "reported", "wanted_asked"]

# "asked had i ever ...", "asked would you be ok with ...": an auxiliary, then the candidate.
_YES_NO = re.compile(
    r"(?i)^asked\s+(?:me\s+)?(?P<aux>had|have|has|would|could|can|will|was|were|am|are|is|did|do)"
    r"\s+(?:i|you)\s+(?P<rest>[a-z].*)$"
)
# "asked if I'd used ...", "asked whether I'd worked ...": reporting a yes/no question.
_IF = re.compile(r"(?i)^asked\s+(?:me\s+)?(?:if|whether)\s+(?P<rest>\S.*)$")
# "how do you handle ...": a wh-word with the asker's "do" and "you".
_DO_YOU = re.compile(
    r"(?i)^asked\s+(?:me\s+)?(?P<wh>how|what|when|where|which)\s+do\s+(?:you|u)\s+"
)
# "how would u handle ...?": a wh-word, a modal and the candidate in the asker's words.
_MODAL_YOU = re.compile(
    r"(?i)^asked\s+(?:me\s+)?(?P<wh>how|what|when|where|which|who)\s+(?P<modal>would|could|should)"
    r"\s+(?:you|u|i)\s+(?P<rest>[a-z].*?)\??$"
)
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
    found = _MODAL_YOU.match(question)
    if found:  # "how would u handle a dry summer?": "how I would handle a dry summer"
        return f"asked {found['wh'].lower()} I {found['modal'].lower()} {found['rest']}"
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


# A question put to the candidate typed after the subject it was about, with the answer after
# it: "forklift accidents -> asked what i'd change first: said walkways + pre-shift checks",
# "night feeds (he asked what I'd change: I said a second nurse)", "stock losses, q was how to
# cut them - my answer: cycle counts". Where the question starts: a mark of asking after a
# separator (an arrow, ">", "=", a bracket, a dash, a comma or a full stop).
_SEP = r"(?:\s*(?:->|→|=>|>|=|\()\s*|\s+[-–—]+\s+|[,.;:]\s+)"
_ASKING = (
    r"(?:(?:(?:she|he|they|[A-Z][a-z]+)\s+)?(?:asked\b|q\s*:|q\s+(?:was|is|re|on|about|abt)\b)"
    # or typed as it was asked: "how would you handle an angry dad at pickup?"
    r"|(?:how|what|which|who|when|where)\s+(?:would|do|could|should|will)\s+(?:you|u)\b(?=[^?]*\?)"
    # or in the candidate's words after a dash, its answer marked: "new hydrant loop - how I'd
    # bring it live w/o delaying flights. Told him phased tie-ins" (round 54, h1464)
    r"|(?:how|what)\s+I(?:['’]d|\s+would)\s+(?=.*[.;:,]\s*(?:I\s+)?(?:said|told\s+(?:him|her|them)"
    r"|answered|suggested)\b))"
)
_SUBJECT_Q = re.compile(
    rf"(?i)^(?P<subject>(?:[^()]|\([^()]*\))+?){_SEP}(?P<q>{_ASKING}.*?)\)?\.?$"
)
# The answer's mark, after the question: "said", "I said:", "my answer was", "me:", "A:",
# "told him", typed after a separator; an arrow alone is read by `topicanswers`.
_ANSWER_MARK = (
    r"(?:(?:I\s+)?(?:said|answered|replied|suggested|told\s+(?:him|her|them))\b\s*:?"
    r"|my\s+answer(?:\s+was)?\s*:?|me\s*:|A\s*:)\s*"
)
_ANSWERED = re.compile(
    rf"(?i)(?:\?*\s*(?:->|→|=>|>|=)\s*|\?+\s*|\s+[-–—]+\s+|[,.;:]\s*){_ANSWER_MARK}"
)
# A subject typed with the note's "q" after it, or with question marks, and an answer marked as
# one after an arrow or dash: "food cost q -> i said weekly counts", "frost risk?? -> me: fans".
_SUBJECT_ANSWERED = re.compile(
    rf"(?i)^(?P<subject>[^()?]+?)(?:\s+(?:q|qn|question)|\?+)?"
    rf"(?:\s*(?:->|→|=>|>|=|:)\s*|\s+[-–—]+\s+){_ANSWER_MARK}(?P<a>\S.*)$"
)
_Q_SUBJECT = re.compile(r"(?i)^(?P<subject>[^()?]+?)\s+(?:q|qn|question)\s*(?:->|→|=>|>|:)\s*")
# A question of what the candidate would do, typed with no object: said about its subject.
_WHAT_DO = re.compile(
    r"(?i)^what\s+(?:i\s*['’]?d|i\s+would|you\s*['’]?d|you\s+would)\s+(?:do|change|fix|improve"
    r"|have\s+done(?:\s+differently)?)\b"
)
# "my plan", "re my approach": the candidate's plan for the subject.
_MINE = re.compile(
    r"(?i)^(?:re\s+|about\s+|abt\s+)?(?P<what>my\s+(?:plan|approach|view|take|strategy))$"
)
_TO = {"approach": "to", "view": "on", "take": "on"}
# A promise typed after a subject is no answer: "budget -> said I'd send the figures".
_PROMISE = re.compile(
    r"(?i)^(?:I['’]?d|I\s+would|I['’]?ll|I\s+will|will)\s+(?:send|email|forward|share)\b"
)


# Where a question typed with no mark of its answer ends: an arrow, "?", a dash.
_Q_ANSWER = re.compile(r"\s*(?:->|→|=>|>)\s*|\?\s+(?=[a-z])|(?<=[a-z])\s+[-–—]+\s+")
# A subject that holds the question itself: "he asked how ...", "q: ...", "wanted to know".
_OPENS = re.compile(
    r"(?i)\basked\b|^q\s*:|^q\s+(?:was|is|re|on|about|abt)\b|\bwanted\s+to\s+know\b"
)


def grounded(item: str, said: Callable[[str], str] = lambda subject: subject) -> str:
    """A topic typed as a subject, then the question put to the candidate about it and their
    answer, as the question alone with its answer after an arrow ("asked how I'd cut forklift
    accidents -> walkways + pre-shift checks"), which `topicanswers.split_answer` reads; any
    other item as typed. The subject goes into the question where the question points at it
    ("cut them"), asks what the candidate would do ("what I'd change first about ..."), or
    asks their plan ("my plan for ..."); a question whole without it leaves it unsaid."""
    item = " ".join(item.split())
    found = _SUBJECT_Q.match(item)
    if found is None:
        answered = _SUBJECT_ANSWERED.match(item)
        if answered is None:
            quoted = _Q_SUBJECT.match(item)  # "rostering q -> self-rostering": typed as asked
            if quoted is None or _PROMISE.match(item[quoted.end() :]):
                return item
            return f"asked about {quoted['subject']} -> {item[quoted.end() :]}"
        opens = _OPENS.search(answered["subject"])
        if opens or _PROMISE.match(answered["a"]) or len(answered["subject"].split()) > 8:
            return item
        return f"asked about {answered['subject']} -> {answered['a']}"
    subject, question = found["subject"].strip(), found["q"].strip()
    if _OPENS.search(subject):
        return item  # the line opens with the question: read as typed
    question = re.sub(r"(?i)^(?:(?:she|he|they|[A-Z][a-z]+)\s+)?(?=asked\b)", "", question)
    question = re.sub(r"(?i)^(?=(?:how|what|which|who|when|where)\s)", "asked ", question)
    question = re.sub(r"(?i)^q\s*:\s*", "asked ", question)
    question = re.sub(r"(?i)^q\s+(?:was|is)\s+", "asked ", question)
    question = re.sub(r"(?i)^q\s+(?:re|on|about|abt)\b", "asked about", question)
    mark = _ANSWERED.search(question)
    answer = ""
    if mark is not None:
        question, answer = question[: mark.start()], question[mark.end() :]
    else:
        parts = _Q_ANSWER.split(question, maxsplit=1)
        question, answer = parts[0], (parts[1] if len(parts) > 1 else "")
        if answer and re.match(r"(?i)(?:asked|q\b)", answer):
            return item
    question = question.strip().rstrip(":,;").strip()
    body = re.sub(r"(?i)^asked\s+(?:me\s+)?", "", question)
    if not body or _PROMISE.match(answer.strip()):
        return item
    body = body.rstrip("?").strip() if not body.endswith("?") or _WHAT_DO.match(body) else body
    body = _with_subject(body, said(_bare(subject)) or subject)
    answer = answer.strip().rstrip(")").strip()
    return f"asked {body} -> {answer}" if answer and body else item


def _bare(subject: str) -> str:
    """The subject without the note's aside in brackets ("forklift accidents (2 this yr)")."""
    return re.sub(r"\s*\([^()]*\)", "", subject).strip()


def _with_subject(body: str, subject: str) -> str:
    """The question with the subject it is about put in: for "them" or "it" at its end, after
    "what I'd do", as the object of "my plan"; else the question as typed."""
    # "how I'd bring it live w/o delaying flights": "it" before a particle of its verb
    pointed = re.search(
        r"(?i)\b(?:them|it)(?=(?:\s+\w+)?$|\s+(?:live|online|up|down|back|through)\b)", body
    )
    if pointed and not body.endswith("?") and _named(subject):
        return body[: pointed.start()] + subject + body[pointed.end() :]
    what_do = _WHAT_DO.match(body)
    # "what I'd do if an actor points a prop gun at crew": a question whole, no subject after it
    if what_do and not re.match(r"(?i)\s+(?:if|when|about|with|after)\b", body[what_do.end() :]):
        # "The algal blooms from the Benguela upwelling last summer, which forced ...": the
        # subject without what it led to
        subject = re.split(r",\s+(?:which|when|where|that)\b", subject, maxsplit=1)[0]
        return f"{body} about {_the(subject)}"
    mine = _MINE.match(body)
    if mine:
        noun = mine["what"].split()[-1].lower()
        return f"about {mine['what']} {_TO.get(noun, 'for')} {subject}"
    if body.endswith("?") or _OBJECTED.match(body):
        return body  # "what do you do when a family refuses ...?": whole without the subject
    # "about IPAF", "if i'd do nights", "how i test": a question that needs its subject, or
    # names another, is read as typed after it (the subject, a question put to them)
    return ""


# A question whole without its subject: "how I'd cut ticket times", "how to keep pickers": a
# wh-word, the candidate and a verb with an object after it.
_OBJECTED = re.compile(
    r"(?i)^(?:how|what|which|who|when|where)\s+(?:(?:do|did|would|could|will)\s+)?(?:(?:I|you|u)\s*(?:['’]?d|would|could|should"
    r"|will|might)?\s+|to\s+)[a-z]+\s+\w+"
)


def _named(subject: str) -> bool:
    """A subject a pronoun can stand for: a noun phrase, with no verb of its own ("payroll
    moving to simplepay" is a clause; "it" there is the payroll, not the move)."""
    words = subject.lower().split()
    return not any(
        lexicon.is_gerund(w) or (lexicon.is_third_person(w) and not lexicon.is_plural_noun(w))
        for w in words[1:]
    )


def _the(subject: str) -> str:
    """ "man overboard drill" -> "the man overboard drill": a subject typed bare whose last
    word is a singular count noun names the one thing talked about; a plural, a name or a
    subject with its determiner as typed."""
    words = subject.split()
    last = words[-1].lower() if words else ""
    if not words or words[0].lower() in DETERMINERS or not words[0].islower():
        return subject
    if lexicon.is_plural_noun(last) or not lexicon.is_noun(last) or lexicon.is_gerund(last):
        return subject
    return f"the {subject}"
