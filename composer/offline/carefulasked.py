"""A question from the room typed with care, as sentences: "<who> asked <question>. <what I said,
as sentences>." The sentences are already the candidate's: the question is said to the one who
asked ("He asked how I work ..." -> "You asked how I work ...") and the rest kept as typed, when
each sentence is the candidate's own and passes the sentence gate (`recalled` reads the shorthand
shapes of the same line). A follow-up typed with care that says first what it adds to, or
when it came up, is said as typed to the one it names (`said_with_care`); one that owns up to a
vague answer is said as the better one (`better_answer`).
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.addedto import careful_added, chosen
from composer.offline.addition import as_addition
from composer.offline.answerbits import said_yes
from composer.offline.clauses import NOT_AFTER_TITLE
from composer.offline.followlead import correction_lead
from composer.offline.followplain import promise_kept
from composer.offline.followtidy import clear_dropped
from composer.offline.offervoice import to_reader
from composer.offline.shorthand import expand
from composer.offline.typedwhole import OWNED_CAREFUL, answer_said
from composer.offline.wellformed import problem

__all__ = [
    "ABOUT",
    "CAREFUL_NOTE",
    "added_later",
    "as_kept",
    "better_answer",
    "careful_line",
    "loose_piece",
    "owed_answer",
    "recalled_detail",
    "said_with_care",
    "yours",
]

# How a question about a subject is put: "asked about", "asked re".
ABOUT = frozenset(["about", "abt", "re", "on"])
# Shorthand in a line: a careful line has none of it.
_TYPED_SHORT = re.compile(
    r"\s-+\s|\bw/|\s\+\s|(?<![\w'])i(?![\w'])|(?<![\w-])(?:id|shld|abt|re)(?![\w-])"
)
# How much, said in the room, then what follows: "I said only a little; I have since ...".
_HOW_MUCH = re.compile(
    r"^I said (?P<much>only a little|a little|not much|very little|only briefly|briefly"
    r"|once or twice|a few times)\s*[;,]\s*(?:and\s+|but\s+)?(?P<rest>I\b.*)$"
)
# A careful line that is still a note to self: "real answer", "I forgot to mention ...".
CAREFUL_NOTE = re.compile(
    r"(?i)\b(?:real\s+answer|actually|tbh|lol|forgot|meant\s+to|need\s+to|remember"
    r"|note\s+to\s+self|rambled|waffled|blanked|fumbled|undersold|mention\s+(?:that|it|this))\b"
    r"|!!|\?"
)


# What the candidate did in the room, after "I": an answer reported ("I only mentioned X").
_ROOM_REPORT = re.compile(
    r"(?:only\s+|just\s+|briefly\s+|also\s+)?(?:said|mentioned|told|answered|replied|explained"
    r"|described|talked|gave|forgot|did|didn't|hesitated|blanked|froze|struggled|stumbled"
    r"|rambled|waffled|was|wasn't|could|couldn't|should|shouldn't|went|got|left|skipped)\b"
)


# A question that ends on a word linking it to what follows ("... repair and I said"): read as
# the one clause it is by the readings after this one.
_LINKED_ON = re.compile(r"\b(?:and|but|so|then|or|because|when|while)$", re.IGNORECASE)


def careful_line(how: str, rest: str) -> str | None:
    """A line typed as sentences ("He asked how I work with ... . I described ..."), said to the
    one who asked, or None when it is not typed that way."""
    question, dot, after = rest.partition(". ")
    # "When Janet asked about weekends, I said ...", "..., I gave a vague answer": the answer
    # starts at the candidate's own clause after the comma (or where the comma was left out:
    # "When he asked about election software I only mentioned Xpress.")
    parts = re.split(r",?\s+I\s+(?=[a-z])", question, maxsplit=1)
    joined = len(parts) == 2  # the answer began in the question's own sentence
    # "about a program I changed because of ...": with no comma, an "I" that reports no answer
    # ("I only mentioned", "I said") is the subject of a relative clause, part of the question
    joined = joined and ("," in question or bool(_ROOM_REPORT.match(parts[1])))
    if joined:
        question, after = parts[0], f"I {parts[1]}. {after}"
    # one sentence, the answer after the question with no mark between ("When she asked about
    # my dental work I only mentioned scaling, but I ..."); a colon's answer is read elsewhere
    whole = joined and bool(re.search(r"[\w)'’]$", question)) and not _LINKED_ON.search(question)
    if not (dot or whole) or _TYPED_SHORT.search(question) or _TYPED_SHORT.search(after):
        return None
    how = "about" if how.lower() in ABOUT else how.lower()
    owed = _owed(how, question, after)
    if owed is not None:  # "I said I would have to check. I should have given him the figure:
        return owed  # about Rs 9,500": the figure, given now (round 55, h1476)
    one = chosen(f"{how} {question}", expand(after)) if how == "whether" else None
    if one is not None:  # "whether my X is A or B. I said A, and ...": "it is A, and ..."
        return f"You asked whether {question}: {one}."
    if how != "about" and not re.match(r"(?:[\w-]+\s+){0,2}I\b", question):
        return None
    if CAREFUL_NOTE.search(after):
        return None  # "I said no; real answer is yes": a note to self, never pasted
    sentences = [s for s in re.split(r"(?<=\.)\s+", after.strip()) if s]
    if not sentences or not all(re.match(r"I\b", s) for s in sentences):
        return None
    text = expand(" ".join(sentences)).rstrip(" .")
    question = expand(question)  # "a 6G cert": a certificate
    # "I said compliance wins, but I should have added ...": the answer stands, and what was
    # left out is added to it
    text = re.sub(r", but (I should have (?:added|mentioned|said)\b)", r", and \1", text)
    both = careful_added(how, text)
    if both is not None:  # "I mentioned X, but I did not say that I would Y": one answer
        return f"You asked {how} {question}: {both}."
    later = added_later(how, question, text)
    if later is not None:  # "I answered well, but I would like to add that ...": what is added
        return later
    done = re.match(r"I (?:have|had) (?P<vbn>[a-z]+)\b", question)
    much = _HOW_MUCH.match(text)
    if how == "whether" and done and lexicon.is_participle(done["vbn"]) and much:
        # "whether I have used X. I said only a little; I have since ...": the answer said whole
        said = f"I have {done['vbn']} it {much['much']}, and {much['rest']}"
        return f"You asked whether {question}: {said}."
    yes = said_yes(question, text) if how in ("whether", "if") else None
    if yes is not None:  # "whether I hold X. I said yes, and ...": "I do, and ..."
        return f"You asked whether {question}: {yes}."
    later = added_later(how, question, text)
    if later is not None or _said_then(text):  # "I said no; I should have said that I
        return later  # ...": what is added, alone; never the note to self pasted
    both = _said_and(text)
    if both is not None:  # "I said A, and I should have added B": the answer is A and B
        return f"You asked {how} {question}: {both}."
    if joined:  # "When he asked about X I hesitated. I am happy to ...": as typed, to them
        return f"When you asked {how} {question}, {text}."
    return f"You asked {how} {question}. {text}."


# An answer put off in the room and owed since: "I said I would have to check. I should have
# given him the figure: about Rs 9,500 per station per season, ..." (round 55, h1476).
_OWED = re.compile(
    r"^(?:I (?:said|told (?:him|her|them)) (?:that )?)?"
    r"I(?P<would> would|'d|’d| will| had to| needed to) (?P<have>(?:have|need) to )?"
    r"(?P<act>check|look (?:it|that) up|find out|confirm)"
    r"(?: (?:it|that))?(?: later)?\.\s+I should have (?:given|told) (?:him|her|them|you)"
    r"(?: the (?:figure|number|cost|price|answer|date|name))?\s*:\s*(?P<fact>\S[^:;]+?)\.?$"
)
# A fact typed as its figure alone ("about Rs 9,500 per station"): said as "it is ..."
_FIGURE_ONLY = re.compile(
    r"(?i)^(?:about|around|roughly|approximately|nearly|almost|~|Rs\.?\s"
    r"|[$£€₹]|\d)"
)


def owed_answer(typed: str) -> str | None:
    """ "I said I would have to check: it is about Y" for an answer put off in the room and
    typed since ("I said I would have to check. I should have given him the figure: about
    Y"); None for any other."""
    found = _OWED.match(" ".join(typed.split()))
    if found is None:
        return None
    fact = found["fact"]
    if _FIGURE_ONLY.match(fact):
        fact = f"it is {fact.removeprefix('~')}"
    would = found["would"].strip()
    would = "would" if would in ("'d", "’d", "will") else would
    if problem(f"{fact[:1].upper()}{fact[1:]}.") or CAREFUL_NOTE.search(fact):
        return None
    return f"I said I {would} {found['have'] or ''}{found['act']}: {fact}"


def _owed(how: str, question: str, after: str) -> str | None:
    """ "You asked what X costs, and I said I would have to check: it is about Y." (as
    `owed_answer`); None for any other answer."""
    said = owed_answer(after) if how in _WH else None
    return None if said is None else f"You asked {how} {yours(expand(question))}, and {said}."


# "I said compliance wins, and I should have added that I bring both sides ...": what was said
# is a statement that stands, and what should have been is said with it, never the gap.
_SAID_AND = re.compile(
    r"^I said (?:that )?(?P<said>[^;:]+?), (?:and|but) I should (?:also )?have (?:added|said"
    r"|mentioned)(?: that)? (?P<add>\S.*)$"
)


# The words a clause added after "I should have added (that)" opens on: its subject.
_SUBJECTS = frozenset(["i", "we", "it", "they", "he", "she", "there", "you", "this", "that"])

_FINITE = frozenset(
    ["is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "must"]
)


def _finite(word: str) -> bool:
    """Whether `word` is a verb said with a subject: "wins", "took" (never "-ing", "to")."""
    return lexicon.is_third_person(word) or lexicon.is_past(word)


def _clause(text: str) -> bool:
    """Whether `text` is a clause ("we track them", "two of them led to prosecutions") rather
    than a thing ("the tracker I set up and share"): it opens on a subject, or a finite verb comes
    early with no subject of a relative clause before it."""
    words = text.lower().split()
    if words[0] in _SUBJECTS:
        return True
    for word in words[1:5]:
        if word in _SUBJECTS:
            return False  # "the tracker I set up": the thing and what the candidate did with it
        if word in _FINITE or _finite(word):
            return True
    return False


def _said_and(text: str) -> str | None:
    """What was said and what should have been, as one answer: "I said compliance wins, and I
    would add that I bring both sides to one review" for "I said compliance wins, and I should
    have added that I bring ..."; "I did the AST 1 course, and I also hold the AST 2" for "I said
    I did the AST 1 course, and I should have added that I also hold the AST 2"; None when
    either half cannot be said as a sentence of its own."""
    found = _SAID_AND.match(text)
    if found is None or len(found["said"].split()) < 2:
        return None
    said, add = found["said"], found["add"].rstrip(" .")
    if (
        CAREFUL_NOTE.search(said)
        or CAREFUL_NOTE.search(add)
        or problem(f"{add[:1].upper()}{add[1:]}.")
    ):
        return None
    if said.startswith("I ") and problem(f"{said}."):
        return None
    # a statement of its own ("compliance wins", "it was 14 last year"): a finite verb early
    words = said.lower().split()[1:4]
    if not said.startswith("I ") and not any(w in _FINITE or _finite(w) for w in words):
        return None
    if said.startswith("I ") and add.startswith("I ") and not re.search(r"\balso\b", add):
        add = _ALSO.sub(r"\1 also ", add, count=1)  # "I would X, and I would also Y"
    if not _clause(add):
        # a thing, not a clause ("the tracker I set up"): "I would add that the tracker I set up"
        # is no sentence; what should have been mentioned is said as that
        return f"I said {said}, and I should also have mentioned {add}"
    if not said.startswith("I "):  # what was said is kept as said, and the rest added to it
        return f"I said {said}, and I would add that {add}"
    return f"{said}, and {add}"


# What was said in the room, then what should have been: "I said I had done some; I should have
# said that I made ...", "I said no, only Feast in a side project; I would add that I designed".
# What was said may be how it went ("I answered well", "I think I did fine", "I gave a decent
# answer"): never said, as the letter judges no answer of its own.
_SAID_THEN = re.compile(
    r"^I (?:said|mentioned|answered|replied|told (?:him|her|them)|explained|gave|described"
    r"|covered|talked|did|think)\b[^;]*?(?P<sep>[;.,])\s+(?:and |but )?"
    r"(?:I should (?P<also>also )?have (?:added|said|mentioned|explained)"
    r"|I would (?:also )?(?:like to )?add"
    r"|I wish I had (?:said|added|mentioned)|what I should have said (?:is|was))"
    r"(?: that)? (?P<add>\S.*)$"
)


def yours(question: str) -> str:
    """ "what I know about their CRM" -> "... about your CRM": said to the one who asked, the
    employer's is theirs; "their" after someone named first ("a patient and their family") is
    that person's, and stays."""
    named = re.search(r"(?i)\b(?:a|an|the|each|every|my|any)\s+\S+.*?\btheir\b", question)
    return question if named else re.sub(r"\btheir\b", "your", question)


# The thing a question of how or whether is about, after the verbs that take it: "how I would
# handle a loan with ...", "whether I had used a feature store in production".
_HOW_OBJECT = re.compile(
    r"^I (?:would |'d |do |will |might )?(?:handle|deal with|approach|manage|tackle|respond to"
    r"|cope with) (?P<obj>\S.*)$"
)
_WHETHER_OBJECT = re.compile(
    r"^I (?:have |had |'ve )?(?:ever )?(?:used|worked with|worked on|done|run|led|managed"
    r"|handled|taught|supervised) (?P<obj>\S.*)$"
)


def _said_then(text: str) -> re.Match[str] | None:
    """What was said in the room, then what should have been; after a comma only when the note
    says "also" or judges the answer ("I said A, and I should have added B" is one answer)."""
    found = _SAID_THEN.match(text)
    if found and found["sep"] == "," and not found["also"] and not _JUDGED.match(text):
        return None
    return found


def added_later(how: str, question: str, text: str) -> str | None:
    """ "To add to my answer on <what was asked about>: <what should have been said>." for a
    careful answer that says what was said in the room and then what should have been; None for
    any other answer, or when what was asked about cannot be named as a thing."""
    found = _said_then(text)
    if found is None:
        return None
    if how == "about":
        topic: str | None = question
    else:
        shape = _HOW_OBJECT if how == "how" else None
        shape = _WHETHER_OBJECT if how in ("whether", "if") else shape
        matched = shape.match(question) if shape else None
        topic = matched["obj"] if matched else None
        if topic is None and how in _WH and re.match(r"I\b", question):
            topic = yours(f"{how} {question}")  # "why I am leaving": the question, whole
    if not topic or re.search(r"[;:]", topic):
        return None
    # "that the DPO reports ... and that Article 38 protects ...": two facts, said as clauses
    add = re.sub(r",? and that (?=\S)", ", and ", found["add"].rstrip(" ."))
    if not re.match(r"I\b|[A-Z]", add):
        add = add[:1].lower() + add[1:]
    if found["also"] and not re.search(r"\balso\b", add):  # "should also have said I would X"
        add = _ALSO.sub(r"\1 also ", add, count=1)
    if topic != (question if how == "about" else f"{how} {question}"):
        add = yours(add)  # "your fleet" asked about: "two of your drivers", said alike
    if problem(add[:1].upper() + add[1:] + ".") or CAREFUL_NOTE.search(add):
        return None
    return f"To add to my answer on {topic}: {add}."


# How the answer went, judged by the candidate: "I answered well", "I answered it well enough",
# "I think I did fine", "I gave a decent answer": never said, so what is added is said alone.
_JUDGED = re.compile(
    r"^I (?:answered (?:it |that |the question )?(?:\w+ )?(?:well|fine|ok|okay|badly|poorly)"
    r"|did (?:\w+ )?(?:fine|well|ok|okay|alright|badly|poorly)|think\b"
    r"|gave (?:a|an) (?:\w+ )?answer)"
)
# Questions named whole when no object can be taken from them: "why I am leaving".
_WH = frozenset(["how", "why", "what", "when", "where"])
# Where "also" goes in a clause of the candidate's: after its first auxiliary ("I would also
# log it"), else before its verb ("I also trained ...").
_ALSO = re.compile(
    r"^(I (?:would|will|could|can|am|have|had|was|do|did|should|might)|I(?= [a-z]+(?:ed|s)?\b))"
    r" "
)


# A detail that would not come in the room, typed after: "I could not remember the name of the
# database we used at the Peabody; it was TMS", "I blanked on the year we went live - it was 2019".
_NOT_RECALLED = re.compile(
    r"^I (?:could not|couldn't|did not|didn't|could not quite) (?:remember|recall|think of)"
    r"|^I (?:blanked|went blank) on"
)
_DETAIL = re.compile(
    r"^(?P<lead>I (?:could not|couldn't|did not|didn't|could not quite) (?:remember|recall"
    r"|think of)|I (?:blanked|went blank) on) (?:the name of )?(?P<x>(?:the|my|our) [^;:]+?)"
    r"(?: in the interview| at the interview| when (?:you|s?he|they) asked)?\s*(?:[;:]|-+)\s+"
    r"(?:it|that|this) (?P<v>was|is) (?P<y>[^;]+?)\.?$"
)


def recalled_detail(value: str | None) -> str | None:
    """ "To add one detail I could not recall in the interview: <the thing> was <what it was>."
    for a detail typed as not recalled in the room; None for any other line."""
    text = " ".join((value or "").split())
    found = _DETAIL.match(text)
    if found is None:
        return None
    add = f"{found['x']} {found['v']} {found['y']}"
    if problem(add[:1].upper() + add[1:] + ".") or CAREFUL_NOTE.search(add):
        return None
    return f"To add one detail I could not recall in the interview: {add}."


# A piece typed without its subject after a clause in another tense: "I can fillet flat fish,
# did the seafish cert", "I can train ops on SCADA, did one in mesa": never said as typed.
_PIECE = re.compile(r"\bI (?:can|could|will|would|am|'m)\b[^,;:]*,\s+(?P<verb>[a-z]+)\s")


def loose_piece(line: str) -> bool:
    """Whether the line keeps a piece typed without its subject after a clause of another tense
    ("I can fillet ..., did the Seafish certificate")."""
    found = _PIECE.search(line)
    if found is None:
        return False
    verb = found["verb"]
    return lexicon.is_past(verb) and verb not in ("and", "but") and not lexicon.is_noun(verb)


# A follow-up typed with care that says first what it adds to: "On X, I would add that ...",
# or when it came up: "When Omar asked about documentation, I forgot to say that ...".
_LED = re.compile(
    r"^(?:On|About|Regarding|As for) [^,]{3,80}, I (?:would|should|also|want|wanted|forgot|have)\b"
    # "When Gareth asked about X I said I had not. That was wrong: ...": a correction after it
    r"|^When (?:[^,]{1,80}\s)?asked\b[^,]{0,80} I (?:said|told|answered)\b[^.]{0,120}\.\s+"
    r"(?=That (?:was|is) (?:wrong|not (?:right|correct|true))|In fact\b|Actually\b)"
    r"|^When (?:[^,]{1,80}\s)?(?:asked|talked|spoke)\b[^,]{0,80}, I\b"
    # "Having thought more about your question on X, I would ...": its lead a deed of theirs
    r"|^Having (?:thought|looked|read|checked|reflected|slept|gone)\b[^,;]{3,100}, (?:I|the|my)\b"
    # "You asked whether I could start in January; I can, as ...": the question, its answer
    r"|^You asked (?:about|whether|if|how|what|why|when|who|me)\b[^,;:.?]{3,100}[;:] I\b"
)


# A careful follow-up that owns up to an answer, then gives the better one: the slip is no
# sentence of a thank-you letter, what it adds is ("On cost, I have since checked: ...").
_OWNED_UP = re.compile(
    r"^I (?:gave|had) an? (?:vague|weak|poor|unclear|incomplete|muddled|rushed|woolly) answer"
    r" (?:about|on|to) (?P<topic>[^.,;]{2,60})\.\s+(?P<rest>I [^.]+[.!])$"
)


def better_answer(value: str) -> str:
    """A careful follow-up that owns up to a vague answer, said as the better one only: "I gave
    a vague answer about cost. I have since checked: ..." -> "On cost, I have since checked:
    ..."; any other line as it is."""
    owned = _OWNED_UP.match(value)
    if owned is None:
        return value
    return f"On {owned['topic']}, {owned['rest'][0].lower()}{owned['rest'][1:]}"


# What was said, and after a semicolon what was so: "said ... a year; the correct figure for
# 2027 was 1,240", "said the carp lantern was four metres long; it was in fact four and a half".
_SAID = r"(?:stated|said|told you|mentioned)"
_THEN_SO = (
    r"[^.;]*;\s+(?:but\s+)?(?:it\s+(?:was|is)\s+)?(?:the (?:correct|right|actual)|in fact|actually)"
)
# (session 55) a careful follow-up of the candidate's own sentences that clarifies or promises
# ("I would like to clarify that ... I also promised Dr. Darko a copy ..."): read by any other
# reader, its sentences were joined by a comma
_OWN_CAREFUL = re.compile(
    r"^I (?:(?:would (?:also )?like|wish|wished|want|wanted|need) to "
    r"(?:clarify|confirm|correct|add)|should (?:also )?(?:clarify|correct|add)"
    r"|also promised|promised"
    # "I stated that ... a year; the correct figure for 2027 was 1,240.": a correction, typed whole
    rf"|{_SAID} {_THEN_SO})\b"
    r"[^?!]*\.\s+I\s[^?!]*\.$"
)


def careful_own(value: str) -> bool:
    """Whether a follow-up is the candidate's own careful sentences (`_OWN_CAREFUL`)."""
    return _OWN_CAREFUL.match(" ".join(value.split())) is not None


def said_with_care(value: str, names: list[str], *, by_reader: bool = False) -> str | None:
    """A follow-up typed with care that says first what it adds to ("On Dr. Carolan's question
    about fire-stopping, I would add that ...") or when it came up ("When Omar asked about
    ..., I forgot to say that ..."), said as typed to the reader it names (her own
    letter: "On your question ..."; `offervoice.to_reader`; "When asked ..." to who asked,
    `by_reader`: "When you asked ..."); None when it is no such line, or
    the sentence does not pass as typed (`typedwhole.answer_said`)."""
    if not (_LED.match(value) or _OWN_CAREFUL.match(value)):
        return None
    value = clear_dropped(value)  # "... I would like to make that clear.": to self
    value = since_checked(value)  # "I checked my logbook tonight": "I have since checked"
    if by_reader:  # "When asked about budgets, I gave ...": the reader asked, said to them
        value = re.sub(r"^When asked\b", "When you asked", value)
    value = re.sub(
        r"^I (?:should|need to|must|have to) (?=(?:also )?(?:correct|clarify|add)\b)",
        "I would like to ",
        value,
    )
    if _OWN_CAREFUL.match(value):  # each sentence whole on its own (a long pair, session 55)
        parts = [p.rstrip(".") + "." for p in _STOP.split(to_reader(value, names))]
        parts = [promise_kept(p, kept=True) for p in parts]  # "I promised you X; I should ..."
        parts = [as_kept(p) for p in parts]  # "I also need to return X": "I will also return X"
        each = [answer_said(p, names, owning=_OWNED_SAID) for p in parts]
        if all(each) and _SAID_FIXED.match(each[0] or ""):
            each[0] = f"{correction_lead()}{each[0]}"  # what it is, before what was said
        return " ".join(s for s in each if s) if all(each) else None
    to_them = to_reader(value, names)
    said = answer_said(to_them, names, owning=_OWNED_SAID)  # "When you asked X, I said Y"
    parts = [p.rstrip(".") + "." for p in _SENTENCE.split(to_them)]
    forgot = re.search(r"(?i)\bI (?:forgot|neglected|failed) to (?:mention|say|add)\b", value)
    if said is None and len(parts) > 1 and not forgot:  # too long as one: each sentence whole
        each = [answer_said(as_kept(p), names, owning=_OWNED_SAID) for p in parts]
        return " ".join(s for s in each if s) if all(each) else None
    return as_addition(said, value)  # "I forgot to say that": "I would add that"


# "I checked my logbook tonight": the evening the notes were typed is gone by the letter.
_TONIGHT = re.compile(
    r"\bI (checked|counted|confirmed|reread|re-read|looked up|looked at) ([^,;.]{1,60}?) "
    r"(?:tonight|this evening)\b"
)


def since_checked(text: str) -> str:
    """ "I checked my log tonight" -> "I have since checked my log"; "..., but I checked after
    the call and it actually runs to March 2033" -> "..., but it actually runs to ..."."""
    text = _CHECKED_AND.sub(r"but \1 ", text)
    return _TONIGHT.sub(r"I have since \1 \2", text)


# A check typed between what was said and what is right: the right thing is what the letter says.
_CHECKED_AND = re.compile(
    r"\bbut I (?:have )?(?:since )?checked(?: (?:after|since) the (?:call|interview|meeting)"
    r"|afterwards| later| my records| this evening| tonight)? and (it|that|the \w+) "
)


def as_kept(part: str) -> str:
    """A careful follow-up's sentence said to the reader as kept: "I also need to return X" ->
    "I will also return X", "I promised to email the link to X" -> "As promised, I will email
    you the link to X", "I also forgot to mention that X" -> "I would also add that X"."""
    part = re.sub(
        r"(?:^|(?<=\. ))I (also )?need to (?=(?:return|send|submit|sign|post|forward|provide|bring)"
        r" (?:the|my|a|an)\b)",
        r"I will \1",
        part,
    )
    part = re.sub(
        r"^I promised to email (?=(?:the|my|a) (?!panel\b|team\b|board\b|group\b))",
        "As promised, I will email you ",
        part,
    )
    # "I promised to send to you photo of X" (typed in a second language): kept, "a photo"
    # (typed in English, "I promised to send you a copy of X" is left to `promises_kept`,
    # which encloses or attaches it as the channel does)
    part = re.sub(
        r"(?:^|(?<=\. ))I (?:also )?promised to send (?:to you |you (?!the\b|my\b|a\b|an\b|some\b))"
        r"(?P<a>(?:the|my|a|an|some) )?(?=(?P<thing>[a-z]+)\b)",
        lambda m: (
            "As promised, I will send you " + (m["a"] or ("a " if m["thing"] in _ONE_THING else ""))
        ),
        part,
    )
    # "I promised X a copy of Y, and I forgot to mention that Z": two things, two sentences
    part = re.sub(
        r", and I (?:also )?forgot to (?:mention|say) that ", ". I would also add that ", part
    )
    return re.sub(r"^I (also )?forgot to (?:mention|say) (?:that )?", r"I would \1add that ", part)


# Things sent one at a time, typed with no article in a second language ("send photo of X").
_ONE_THING = frozenset(("photo", "copy", "scan", "sample", "summary", "picture", "video", "list"))


# What was said and, in the same sentence, what was so: "I said that ...", "I said the carp
# lantern was four metres long; it was in fact four and a half metres".
_SAID_FIXED = re.compile(rf"I {_SAID}(?: that\b|\b{_THEN_SO}\b)")
# what a careful correction owns up to, to the reader: "I would like to correct one figure: I
# said ..., but ..." is no note to self
_OWNED_SAID = re.compile(rf"{OWNED_CAREFUL.pattern}|\bI said\b")
_STOP = re.compile(rf"(?<=[a-z0-9)]){NOT_AFTER_TITLE}\.\s+(?=I\s)")
_SENTENCE = re.compile(rf"(?<=[a-z0-9)]){NOT_AFTER_TITLE}\.\s+(?=[A-Z])")
