"""A question put to the candidate, typed with the answer they gave (session 38b).

People type a question they were asked with their answer after an arrow ("asked what id do
first 90 days -> audit checkout + PDP speed", "asked re my IRATA L2 + how many logged hrs ->
~1400"), after a dash ("asked how id handle a reserve pack w/ a torn closing loop - ground it,
log it") or as a sentence of their own ("Asked how I would ... . I said quarantine it ...").
`split_answer` takes the answer off such a topic, so the question is read alone; `answer_of`
says the answer as the candidate's words when a whole class of answers can be said with
confidence: what they would do (every part led by a verb, after a question of what they would
do: "I would audit checkout and PDP speed") or a count (after a "how many" question or one of
their own hours: "about 1,400"). Any other answer is left out and the question said alone.
`asked_sentence` is the topic's sentence: "You asked what I would do in my first 90 days: I
would audit checkout and PDP speed."
"""

from __future__ import annotations

import itertools

from composer import regexes as re
from composer.offline import headread, lexicon
from composer.offline.answered import spanned
from composer.offline.answerforms import framed, reread
from composer.offline.answerreasons import agreement_slip, reacting, room_clause
from composer.offline.answervoice import (
    bare_articled,
    is_story,
    said_answer,
    sayable,
    steps_joined,
    to_asker,
    why_mine,
)
from composer.offline.askedform import grounded, reported, wanted_asked
from composer.offline.carefulasked import owed_answer
from composer.offline.clauses import that_dropped
from composer.offline.cleaning import clean
from composer.offline.hedged import hedged
from composer.offline.ownanswer import own_answer, task_asked, that_dropped_within
from composer.offline.qamarks import about_mine, marked, scene_asked, unlabelled
from composer.offline.runonsteps import run_on
from composer.offline.selftalk import FUMBLED
from composer.offline.stepwords import step_words
from composer.offline.wellformed import problem
from composer.offline.words import DETERMINERS, FUNCTION_WORDS, SMALL_NUMBERS, WH_WORDS

__all__ = [
    "answer_of",
    "asked_sentence",
    "bare_after",
    "repeats",
    "split_answer",
    "task_topic",
]

# A topic led by the question put to the candidate: "asked ...", "q on ...", "q re ...", "Q: ..."
_HEAD = re.compile(r"(?i)^(?:(?:(?:they|she|he)\s+)?asked\b|q\s+(?:on|re|about|abt)\b|q:)")
# Who asked, typed before "asked": a pronoun, a name in capitals (with a title before it: "Dr.
# Okafor", "Marta", "Capt. Lee"), or "the" and a noun ("the chair"). The letter says the
# question to its reader, so who asked is no part of the topic.
_ASKER = re.compile(
    r"^(?:they|she|he|(?:(?:Mr|Mrs|Ms|Mx|Dr|Prof|Capt|Sgt|Cllr)\.?\s+)?[A-Z][\w'’-]+"
    r"(?:\s+[A-Z][\w'’-]+)?|the\s+[a-z]+)\s+"
    # "Olivier showed me the silver for the sale and asked me to date ...": the task put
    r"(?:(?:showed|handed|gave)\s+(?:me|us)\s+[^.;:]+?\s+and\s+(?:then\s+)?)?(?=asked\b)",
    re.IGNORECASE,
)
# A question put to the candidate typed in the order it was asked, with no question mark:
# "how would I price it", "what would you do if ...": a wh-word, a modal and the candidate
# (as "I", or "you" in the asker's words) before the verb.
_INVERTED = re.compile(
    r"(?i)^(?:asked\s+(?:me\s+)?)?(?P<q>(?:how|what|why|when|where|which|who)\s+"
    r"(?:would|could|should|might|will)\s+(?:I|you)\s+[a-z].*?)\.?$"
)
# What parts the question from its answer: an arrow; a dash or "I said" after "asked ...".
_ARROW = re.compile(r"\s*(?:->|→|=>)\s*")
_DASH = re.compile(
    r"\s+[-–—]+\s+|(?:[.,;]|,\s+and)\s+[Ii]\s+(?:said|answered|replied|told\s+(?:him|her|them)"
    r"(?!\s+about\b))\s+(?:that\s+)?|[.,;]\s+I\s+explained\s+that\s+"
    # ", and I explained my batch sequence ...": what was told, kept as the candidate's clause
    r"|(?:[.,;]|,\s+and)\s+(?=I\s+(?:explained|described)\s)"
    r"|[,;]\s+(?=(?:said|told)\s)"  # ", said call them first"
    r"|(?<=\.)\s+(?:The answer (?:is|was)\s+(?=(?:yes|no)\b)|(?=I\s+[a-z]))"  # "I walked"
)
# A question of what the candidate would do, typed as a clause with no "asked": "How I would
# handle a contractor who ...".
_OWN = re.compile(r"(?i)(?:how|what|whether|which|why)\s+I\s+(?:would|could|should|might)\s")
# "q on lace fronts ...": a question about a subject; "Q: how would you ...": as asked.
_Q_ON = re.compile(r"(?i)^q\s+(?:on|re|about|abt)\s+")
_Q_COLON = re.compile(r"(?i)^q:\s*")
# An answer that is a count: "~1400" (cleaned to "about 1400"), "40ish", "6".
_COUNT = re.compile(r"(?i)^(?P<about>about\s+|around\s+|roughly\s+|approx\.?\s+)?(?P<n>\d[\d,]*)$")
_SMALL = ("zero", *SMALL_NUMBERS)  # a figure below ten, spelled
# A question named by its subject alone ("overtime on the night crew"), none of the candidate's.
_SUBJECT = re.compile(r"(?i)^(?!(?:how|what|why|when|where|which|who|whether|if|my|a time)\b)")
# A question that asks for a count, or names a count of the candidate's own.
_COUNTED = re.compile(r"(?i)\bhow many\b|\bmy (?:\w+ )?(?:hours|hrs|years|jobs|cases|sites)$")


# A scenario or role-play put to the candidate, typed with what it was after a dash or colon:
# "scenario - a pupil goes missing on a trip", "role play: irate tenant at the door".
_SET = re.compile(
    r"(?i)^(?:the\s+)?(?P<head>scenario|role[- ]?play|case study)(?:\s+q(?:uestion)?)?"
    r"\s*(?::|\s[-–—]+)\s+(?P<what>[a-z0-9].*?)\.?$"
)


def set_piece(item: str) -> str | None:
    """A scenario or role-play named with what it was: "scenario - kid goes missing on a trip"
    -> "the scenario in which a kid goes missing on a trip" (a clause: a noun and its verb);
    "scenario: burst main under the high street" -> "the scenario of a burst main under the
    high street"; "role play - angry parent" -> "the role-play with an angry parent"; None for
    any other line, or one whose part after the dash is a note of its own (a dash, an arrow)."""
    found = _SET.match(item)
    if found is None or re.search(r"\s[-–—]+\s|->|→|[;:?]", found["what"]):
        return None
    head = "role-play" if found["head"].lower().startswith("role") else found["head"].lower()
    said = found["what"].split(",")[0].rstrip(". ")  # ", talked thru ALS": the answer, a note
    words = said.split()
    if lexicon.is_base_verb(words[0].lower()) and len(words) > 1 and words[1] in DETERMINERS:
        return None  # "spread a borrower's financials": what they were set to do
    # "structure fire + simultaneous DV call": each thing with its own article
    parts = [bare_articled(part) for part in re.split(r"\s+(?:\+|&|and)\s+", said)]
    if None in parts:
        return None
    what = " and ".join(p for p in parts if p)
    if bare_after(what.split()):
        return None  # "in care home": an article a note left out, which no table can restore
    if head == "role-play":
        return f"the role-play with {what}"
    if _finite(what.split()):
        return f"the {head} in which {what}"
    return f"the {head} of {what}"


_PLACE_WORDS = frozenset(
    ["in", "on", "at", "with", "w/", "from", "to", "for", "under", "near", "into"]
)


def bare_after(words: list[str]) -> bool:
    """A thing named bare after a preposition ("in care home", "with child trapped"): a note
    that dropped its article."""
    for before, word in itertools.pairwise(words):
        lower = word.lower()
        if before.lower() not in _PLACE_WORDS or lower in DETERMINERS or lower[:1].isdigit():
            continue
        if word[:1].isupper() or lexicon.is_plural_noun(lower) or lexicon.is_gerund(lower):
            continue
        if lexicon.is_noun(lower):
            return True
    return False


def _finite(words: list[str]) -> bool:
    """A verb of its own after a noun ("a customer collapses", "kid goes missing"): the part
    is a clause. A word after "the", "a" or a preposition is a noun ("in the stores")."""
    for before, word in itertools.pairwise(words):
        lower = word.lower()
        if before.lower() in FUNCTION_WORDS or not lexicon.is_noun(before.lower()):
            continue
        if lexicon.is_third_person(lower):  # (a participle tells of the noun: "child trapped")
            return True
    return False


# A subject typed as a sentence, then who asked what about it as one: "The backlog of ICP-MS
# samples. He asked how I would handle 200 samples a week, and I explained ...".
_THEN_ASKED = re.compile(r"^[^.?!]+[.?!]\s+(?=(?:They|She|He|[A-Z][a-z]+)\s+asked\b)")


def split_answer(item: str, ground: bool = True) -> tuple[str, str] | None:
    """`_split_answer`, the answer without a tail that only says it was given ("..., and I said
    so")."""
    split = _split_answer(item, ground)
    return None if split is None else (split[0], _SAID_SO.sub("", split[1]))


def _split_answer(item: str, ground: bool = True) -> tuple[str, str] | None:
    """(the question, the answer as typed, "" for none) of a topic led by a question put to
    the candidate and typed with its answer or as "q on ...", else None. The question is
    given as "asked ..." so that it is read as one put to the candidate; a subject typed as a
    sentence before the question is the question's own ground, not said again."""
    item = marked(wanted_asked(item))  # "... i said stop ...": ", I said stop ..."
    if ground:  # "forklift accidents -> asked what i'd change first: said ...": asked
        item = grounded(item)
    subject = _THEN_ASKED.match(item)
    if subject:
        item = item[subject.end() :]
    asker = _ASKER.match(item)
    if asker:
        item = item[asker.end() :]
    named = set_piece(item)
    if named is not None:
        return named, ""  # "Marta asked me how ...": the question, to its reader
    parts = _ARROW.split(item, maxsplit=1)
    if len(parts) < 2 and (_Q_COLON.match(item) or _Q_ON.match(item)):
        parts = re.split(r"\s+[Aa]:\s*", item, maxsplit=1)  # "Q: how would you ...? A: ..."
    if len(parts) < 2:
        parts = _DASH.split(item, maxsplit=1)
    inverted = _INVERTED.match(parts[0].strip())
    if inverted and not parts[0].strip().endswith("?"):
        # "what would you do if ... -> ...": read as the question, with its answer
        return inverted["q"] + "?", parts[1].strip().rstrip(".") if len(parts) > 1 else ""
    if not _HEAD.match(item):
        answered = len(parts) > 1 and re.match(r"(?i)(?:I\s+)?(?:said|told)\s", parts[1].strip())
        if answered and _ARROW.search(item) and re.match(r"(?i)(?:why|how|what)\s", item):
            # "why leaving current job -> said want to lead a team": a question typed bare,
            # with an answer the candidate gave after an arrow, was put to them
            return "asked " + parts[0].strip(), parts[1].strip().rstrip(".")
        own = re.search(r"(?<=\.)\s+(?=I\s+[a-z])", item) if _OWN.match(item) else None
        if own:  # "How I would handle X. I answered with ...": a question of the candidate's,
            # put to them, with a sentence of their answer after it
            question = item[0].lower() + item[1 : own.start()].rstrip(".")
            return "asked " + question, item[own.end() :].rstrip(".")
        return None
    if len(parts) < 2 and (_Q_ON.match(item) or _Q_COLON.match(item) or asker):
        parts = [item, ""]  # "q on conflict w/ a GP": a question, with no answer typed
    if len(parts) < 2 or not parts[0].strip() or not (parts[1].strip() or parts[0] == item):
        return None
    question = re.sub(r"(?i)^(?:they|she|he)\s+(?=asked\b)", "", parts[0].strip())
    question = question[0].lower() + question[1:]  # "Asked how I would ...": read as typed
    # "She asked about traceability. The house now accepts only ...": the question, not the
    # sentence that told its ground after it (round 53, h1451)
    question = re.split(r"(?<=[a-z])(?<![A-Z][a-z])\.\s+(?=[A-Z][a-z])", question, maxsplit=1)[0]
    if _Q_ON.match(question):
        question = _Q_ON.sub("asked about ", question)
    elif _Q_COLON.match(question):
        question = "asked " + _Q_COLON.sub("", question)
        if re.match(
            r"(?i)asked why \w+ing\b|asked why (?:leave|move|switch|change|quit)\b", question
        ):
            question = question.rstrip("?")  # "Q: why leave roofing? A: ...": a why of theirs
    return reported(about_mine(scene_asked(question))), unlabelled(parts[1]).rstrip(".")


def _spelled(count: str) -> str:
    number = int(count.replace(",", ""))
    if number < 10:
        return _SMALL[number]
    return f"{number:,}"


def _known(word: str) -> bool:
    """A word a letter can say as typed: in the dictionary, or typed with a capital or digit."""
    bare = word.strip(".,;:")
    if not bare:
        return False
    lower = bare.lower()
    return lower in FUNCTION_WORDS or lexicon.known(lower) or bare != lower or bare[0].isdigit()


def _deed(part: str) -> bool:
    """ "check with well ties", "then consolidate": a part led by a verb of what the
    candidate would do, with something after the verb unless it follows "then"."""
    words = part.split()
    if "me" in (w.lower() for w in words):
        return False  # "shadow me for two weeks": a step of someone else's, not "I"
    if words and words[0].lower() == "then":
        words = words[1:]
        if len(words) == 1:
            return _verb(words[0], "")
    # "site visit and a call to the owner": a thing after "and" is no second step of "I would"
    after = re.split(r"\s+and\s+", " ".join(words))[1:]
    if any(piece.split()[0].lower() in DETERMINERS for piece in after if piece.split()):
        return False
    return len(words) >= 2 and _verb(words[0], words[1])


_OBJECTS = frozenset({"it", "them", "him", "her", "us", "me", "everyone", "everything"})


def _verb(word: str, after: str) -> bool:
    """A base verb; one that is also an adjective only with an object it plainly takes
    ("draft it", "direct the crew"), never before a bare noun ("direct method")."""
    word = word.lower()
    if not lexicon.is_base_verb(word):
        return False
    return "adj" not in lexicon.classes(word) or after.lower() in DETERMINERS | _OBJECTS


# A tail that only says the answer was given: "..., and I said so", "and I told him so".
_SAID_SO = re.compile(
    r",? and,? I (?:said|told (?:him|her|them|you)) so(?=\.?$)"
    # ", although I realise that is not relevant to teaching" (round 54, h1460): a doubt of the
    # candidate's own about the answer, never told the reader
    r"|,?\s+(?:although|though|but)\s+I\s+(?:realise|realize|know)\s+(?:that\s+)?(?:it|that|this)"
    r"\s+(?:is|was)\s+not\s+(?:really\s+|very\s+)?relevant\b[^.;]*(?=\.?$)"
    # ", but I am not sure she understood all because my internet was cut two times" (round
    # 54, h1465): a worry about how the answer landed
    r"|,?\s+but\s+I\s+(?:am|was|'m)\s+not\s+sure\s+(?:if\s+|whether\s+)?(?:she|he|they)\s+"
    r"(?:understood|followed|got)\b[^.;]*(?=\.?$)"
)


# The candidate's verdict on their answer, typed where the answer goes: "I said far too much
# about burnout and not enough about why I want this job" (round 48, h1372).
_TOO_MUCH = re.compile(
    r"(?i)^(?:I\s+)?(?:said\s+|talked\s+)?(?:(?:far|way|much)\s+)?too\s+(?:much|little)\s+about\b"
)


# "I say only 'for new experience'. Is weak answer.": the answer judged weak by its writer
_WEAK = re.compile(r"(?i)\b(?:is|was|it'?s|it\s+was)\s+(?:a\s+)?(?:weak|bad|poor|lame)\s+answer\b")


def answer_of(question: str, typed: str) -> str:
    """The candidate's answer as said in the letter, or "" when it cannot be said with
    confidence. `question` is the topic as said ("what I would do in my first 90 days"). An
    answer no form reads is read again once its frame is set aside (`answerforms`)."""
    if typed.startswith("On reflection, I "):  # the better answer alone, the one given left
        return answer_of(question, typed.removeprefix("On reflection, "))  # out (round 56)
    if (owed := owed_answer(typed)) is not None:  # "I said I would have to check. I should
        return owed  # have given him the figure: about Rs 9,500" (round 55, h1476)
    if _TOO_MUCH.match(typed.strip()) or _WEAK.search(typed):  # "far too much about burnout"
        return ""
    typed = reacting(that_dropped_within(typed))  # "..., and that I had done this in 2023"
    typed = _SAID_SO.sub("", typed)  # "... but have not led it myself, and I said so": told
    if said := hedged(question, typed):  # "not yet but keen": the no kept, as typed
        return said
    if framed(typed):  # "was honest, used ...": never "I was honest and used ..."
        said = reread(question, typed, _answer)
    else:
        said = _answer(question, typed) or reread(question, typed, _answer)
    # "I said I keep ..."; a careful clause of the room: "I said that the schedule must ..."
    said = said or own_answer(question, typed, why_mine(question))
    said = said or ("" if agreement_slip(question) else room_clause(typed, sayable))
    said = that_dropped(said or headread.first_said(typed, lambda h: answer_of(question, h)))
    # "the humidity limit is not negotiable, that I would close the dome": the second "that"
    # of "I said that X, that Y" once the first is gone (round 48, h1364)
    if said.startswith("I "):
        return said
    # "that A, that B, and that C": a list of three, each said after a comma
    joined = ", " if re.search(r", and (?:that )?(?:I|we) ", said) else ", and "
    return re.sub(r", that (?=I |we )", joined, said)


def task_topic(question: str, typed: str) -> str:
    """A task set in the room (`task_asked`) whose answer typed is said, else "" (as any)."""
    task = task_asked(question)
    return task if task and answer_of(task, typed) else ""


def _answer(question: str, typed: str) -> str:
    """`answer_of`'s reading of the answer as typed."""
    if _SUBJECT.match(question):  # "asked re overtime, said cap it at 8 hrs": a step of theirs
        step = re.sub(r"(?i)^(?:I\s+)?(?:said\s+)?(?:I['’]?d|I\s+would)\s+", "", typed)
        if (said := said_answer("what I would do", step)).startswith("I would "):
            return said
    voiced = said_answer(question, typed)  # a clause, steps, a story or a reason of their own
    if voiced or why_mine(question):
        return voiced
    # "I answered too quickly that I would refuse" (round 58, h1531): how it was said is the
    # candidate's own regret, never "I said that too quickly that ..."
    typed = re.sub(
        r"(?i)^(?:I\s+)?(?:said|answered)\s+(?:(?:too\s+|rather\s+)?(?:quickly|simply|briefly|vaguely)"
        r"\s+(?=that\s))?(?:that\s+)?",
        "",
        typed,
    )
    answer = clean(typed).strip().rstrip(".")
    # typed with care as the candidate's own clause ("I would listen first, stay calm, and
    # bring in the nurse ..."), after a question of what they would do: said as typed
    if re.search(r"\bI would\b", question) and re.match(r"I would [a-z]", answer):
        return "" if problem(f"{answer}.") else answer
    if not answer or not all(_known(w) for w in answer.split()):
        return ""
    count = _COUNT.match(answer)
    if count:
        if not _COUNTED.search(question):
            return ""
        return ("about " if count["about"] else "") + _spelled(count["n"])
    # each part cleaned on its own: the cleaning joins a typed list with "and", which
    # `steps_joined` does once for the whole answer
    parts = [clean(p).strip() for p in typed.strip().rstrip(".").split(",") if p.strip()]
    parts = [step for part in parts for step in run_on(part)]  # "stop the job lock out ..."
    if not re.search(r"\bI would\b", question):
        # "talked through the SBAR call": what they did, after a question of no "would" (after
        # "how I would ...", "I told the Chester story" reports the room, not the answer)
        return to_asker(spanned("I " + steps_joined(parts))) if all(map(_done, parts)) else ""
    if not all(_deed(p) and step_words(p.split()) is not None for p in parts):
        return ""  # "get vet if needed": no step said for sure (`stepwords`)
    return f"I would {steps_joined(parts)}"


# What the candidate did badly in the room is their note to self, never said as the answer.
_FUMBLED = FUMBLED


def _done(part: str) -> bool:
    """ "talked through the SBAR call", "then showed the log": a part led by a verb in the
    past of what the candidate did in answer, with something after it."""
    words = part.split()
    if words and words[0].lower() == "then":
        words = words[1:]
    if len(words) < 2:
        return False
    verb = words[0].lower()
    return lexicon.is_past(verb) and verb not in _FUMBLED


# A question whose verb lost its object: "how I avoid", "how I would handle" at the end.
_OBJECT_LOST = re.compile(
    r"\b(?:how|whether)\s+I\s+(?:would\s+|could\s+|can\s+)?"
    r"(?:avoid|handle|prevent|manage|fix|solve|prepare|organi[sz]e|deal|stop|approach)$"
)


def asked_sentence(
    question: str, answer: str, put: bool = False, then: str = "", again: bool = False
) -> str:
    """ "You asked how I would ...: I would ..."; a question named by its subject is said
    "about" it; with no answer to say, a question `put` to the candidate as a wh-clause is
    thanked for plainly ("Thank you for asking whether I had ...": never "our talk about"
    it), else "".
    `then` is the candidate's point said after the answer, as a sentence of its own; `again`:
    the letter said another exchange before, so one of the candidate's clauses is told as
    what they said ("When you asked ..., I said I would ..."), not a second "You asked"."""
    if not question or not (answer or put):
        return ""
    # "I said that I would always refer the rider to her." (round 60, h1556): the one who asked
    # is the reader
    answer = re.sub(
        r"\b(refer|send|report|bring|pass)( [a-z ]{2,30}?) to (?:her|him)$", r"\1\2 to you", answer
    )
    if _OBJECT_LOST.search(question):
        return ""  # "how I avoid" (round 53, h1457: "He ask how I avoid."): what, never said
    # "I said that doing the drawings and the survey together, ... so that ...": a way proposed,
    # no clause of its own (round 51, h1412), "I suggested doing ..."
    gerund = re.match(r"(?:I said )?that (?P<ing>[a-z]+ing)\b", answer)
    own = _own_verb(answer[gerund.end() :]) if gerund else True
    if gerund and lexicon.is_gerund(gerund["ing"]) and not own:
        answer = f"I suggested {answer[gerund.start('ing') :]}"
    if answer.startswith("that ") and ", that " in answer:  # "... that A, that B, and that C"
        answer = re.sub(r"(,|\band) that (?=\w)", r"\1 ", answer.removeprefix("that "))
    elif answer.startswith("that ") and not answer.endswith("."):
        # "that the collection centres, not the plant, would be the bottleneck, and I would
        # start there" (round 55, h1484): what was said, never "You asked X: that ..."
        answer = f"I said {answer}"
    if not answer.startswith("I ") and _AND_TOLD.search(answer):
        # "the rating penalties can understate ..., and explained that I compared ..." (round
        # 56's dump, h464): what was said, then the candidate's telling, both theirs
        answer = f"I said that {answer}"
    if answer.endswith("."):  # a whole sentence: "I was glad you liked the rota idea."
        return f"{answer} {then[0].upper()}{then[1:]}." if then else answer
    if not answer:  # a question typed with no answer ("about the simulation": no thanks for a
        # test); one typed with an answer unsaid is left out whole (`usable.topic_phrase`)
        asked = not why_mine(question) and not _about(question)
        return f"Thank you for asking {question}." if asked else ""
    if why_mine(question):
        # the reason, said as the candidate's ("When you asked why I am leaving Crown, I said I
        # want a smaller property ..."): a question of why is never read back without it
        told = re.sub(r"^I said ", "", answer)  # "I said that after 16 years ...": said once
        reported = re.match(r"I (?:explained|described|talked|walked|answered|showed)\b", told)
        said = (
            f"When you asked {question}, {told}."
            if reported
            else (f"When you asked {question}, I said {told}.")
        )  # "I said I explained the energy range": the telling said once
    elif is_story(answer) or answer.startswith("I said ") or re.match(r"me (?:to|for) ", question):
        # "I told you about ..."; "When you asked me to pitch three stories, I pitched ..."
        said = f"When you asked {_about(question)}{question}, {answer}."
    elif again and answer.startswith("I "):
        # "I suggested tank sump drain records": told once, never "I said I suggested" (round 54)
        told = answer if _REPORTING.match(answer) else f"I said {answer}"
        said = f"When you asked {_about(question)}{question}, {told}."
    else:
        said = f"You asked {_about(question)}{question}: {answer}."
    return f"{said} {then[0].upper()}{then[1:]}." if then else said


# A second telling of the candidate's, its "I" typed once before the first: ", and explained".
_AND_TOLD = re.compile(r",\s+and\s+(?:explained|described|showed|added|mentioned|noted)\b")

# An answer that says its own telling: "I suggested ...", "I proposed ...".
_REPORTING = re.compile(r"I (?:suggested|proposed|recommended|explained|described|answered)\b")

_AUXILIARIES = frozenset(
    ["is", "are", "was", "were", "be", "been", "have", "has", "had", "must", "will", "can",
     "should", "would", "could", "may", "might", "shall", "do", "does", "did"]
)  # fmt: skip


def _own_verb(rest: str) -> bool:
    """Whether `rest` (what follows a gerund) has a verb of its own before any "so that": "...
    treatment showed me", "... have given me"; "the measured drawings" is a describing word."""
    words = re.findall(r"[a-z']+", rest.split(" so that ")[0].lower())
    for k, word in enumerate(words):
        before = words[k - 1] if k else ""
        if word in _AUXILIARIES:
            return True
        if lexicon.is_past(word) and before not in DETERMINERS and before != "and":
            return True
    return False


def _about(question: str) -> str:
    """ "about " before a question named by its subject; "" before "how", "whether"."""
    first = question.split()[0].lower() if question.split() else ""
    return "" if first in WH_WORDS or first in ("whether", "if", "me") else "about "


def _stems(text: str) -> set[str]:
    """Content words cut to five letters ("reduced" meets "reduce")."""
    words = re.findall(r"[a-z]{4,}", text.lower())
    return {w[:5] for w in words if w not in FUNCTION_WORDS}


def retold(answer: str, point: str) -> bool:
    """True when the answer tells what the point that follows it tells, with its figures ("I
    explained the reconciliation process I introduced and how it reduced the variance ..."
    before "I reduced the reconciliation variance ... from 6.2% to 1.8%"): half the answer's
    words and three at least are the point's, so the topic is named without the answer."""
    told, said = _stems(answer), _stems(point)
    common = told & said
    return len(common) >= 3 and len(common) >= 0.5 * len(told) and bool(re.search(r"\d", point))


def repeats(question: str, point: str) -> bool:
    """True when the candidate's point names what the question already named by a name typed
    in capitals ("I hold IRATA Level 2." after "You asked about my IRATA L2 ..."): said after
    the question and its answer, it would say the same thing twice."""
    names = {w for w in re.findall(r"\b[A-Z][A-Z0-9&]{1,}\b", question) if not w.isdigit()}
    return any(re.search(rf"\b{re.escape(name)}\b", point) for name in names)
