"""An answer given in the room that `answervoice` reads no form of, read again by its grammar
once the note's frame around it is set aside (session 43).

People type the answer with words that frame it but are no part of it, and with a tail of
detail the letter cannot say:
- a stance typed first, a part of adjectives and adverbs alone ("was honest, done config but
  not full SCD file edits yet", "honestly just ..."): the note's, set aside;
- a clause with its "I" dropped, led by a participle that is no past tense ("done config but
  not ...") -> "I have done config but not ..."; led by "want" ("want a smaller property
  where I own ...") -> "I want a smaller property ..."; a contraction typed with its "I"
  ("I've done", "I'm at") said in full;
- a part led by an adjective that takes "to" or "with it" ("keen to do more", "fine with
  it") -> "I am keen to do more"; a later part led by a past verb after it -> "and I ran ...";
- a tail of parts after the ones that read ("sit down early, use the agreement, no
  surprises"): dropped, never pasted, unless a part of it qualifies what went before ("if",
  "but", "only", "not" ...), which the answer would then say without its condition, or is a
  later step ("then ...", "and then ..."), without which the answer is half said.
What is left is read by `answervoice` and `topicanswers` as before; "" when nothing reads.
"""

from __future__ import annotations

from collections.abc import Callable

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.answervoice import bare_articled, sayable, to_asker, why_mine
from composer.offline.cleaning import clean
from composer.offline.words import BE, DETERMINERS, PREPOSITIONS

__all__ = ["framed", "reread"]

# "I said", "yes," and the like, before the answer: read by `answervoice`; here only "said"
# before the stance ("said honestly ...", "said was honest, ...").
_SAID = re.compile(r"(?i)^(?:I\s+)?(?:said|answered|replied)\s+(?:that\s+)?")
# Words of a stance typed before the answer: the candidate's copula (never "is" or "are", which
# speak of something else) and how much ("was honest", "to be honest", "pretty fine"); the stance
# itself is read by its word class.
_COPULA = (BE - {"is", "are"}) | {"to", "quite", "very", "pretty"}
# A part that qualifies the parts before it: dropping it would say them without their condition.
_QUALIFIES = re.compile(
    r"(?i)^(?:if|unless|when|whenever|until|only|but|except|not|never|"
    r"though|although|provided|as\s+long)"
)
# The answer's parts are typed apart with commas and semicolons.
_PARTS = re.compile(r"\s*[,;]\s*")
# "honestly" before the answer: how it was said, no stance ("honestly just basic DUIK").
_HONESTLY = re.compile(r"(?i)honestly\s+\w")
_CONTRACTED = (("I've", "I have"), ("Ive", "I have"), ("I'm", "I am"), ("Im", "I am"))


def _stance(part: str) -> bool:
    """ "was honest", "honest", "to be honest": a part of an adjective or adverb alone
    (with a copula), which says how the candidate answered, not what."""
    words = [w.lower() for w in part.split()]
    if not words or len(words) > 4:
        return False
    said = [w for w in words if w not in _COPULA]
    if len(said) != 1:
        return False
    found = lexicon.classes(said[0])
    # ("fine" is a noun and a verb too: "fine, did three seasons" may be the answer itself)
    return ("adj" in found or "adv" in found) and "noun" not in found and "verb" not in found


def framed(typed: str) -> bool:
    """Whether the answer is typed after a stance ("was honest, used pivots ..."), which a
    reading of the answer as typed would say as a deed ("I was honest and used ...")."""
    text = _SAID.sub("", typed.strip(), count=1)
    first = _PARTS.split(text, maxsplit=1)[0]
    return _stance(first) or _HONESTLY.match(first) is not None


def _subject(part: str, first: bool) -> str:
    """A part with its dropped "I" given back where its first word shows the candidate's
    clause: a participle that is no past tense ("done X" -> "I have done X"), "want" or
    "wanted" ("I want ..."), a contraction typed ("I've" -> "I have"); a later part led by
    an adjective that takes "to" ("keen to do more" -> "I am keen to do more")."""
    for short, full in _CONTRACTED:
        part = re.sub(rf"^{short}\b", full, part, flags=re.IGNORECASE)
    words = part.split()
    if len(words) < 2:
        return part
    lower = words[0].lower()
    negative = lower == "not" and len(words) > 2  # "not done X yet": "I have not done X yet"
    verb = words[1].lower() if negative else lower
    if lexicon.is_participle(verb) and not lexicon.is_past(verb):
        return f"I have {part}"
    if first and lower in ("want", "wanted"):
        return "I want " + " ".join(words[1:])
    if "adj" in lexicon.classes(lower) and _predicate(words):
        return f"I am {part}"  # "keen to do more", "fine with it"
    if not first and lexicon.is_past(lower) and lower not in ("was", "were"):
        return "I " + to_asker(part)  # "..., and I ran the shop on my own on Sundays"
    return part


def _predicate(words: list[str]) -> bool:
    """After an adjective, what makes it the candidate's predicate: "to" and a base verb
    ("keen to do more"; "want to", "need to" are verbs, no adjective), or a preposition and
    "it" or "that" ("fine with it", "used to it", "happy with that")."""
    after = [w.lower().strip(".") for w in words[1:3]]
    if len(after) < 2:
        return False
    if after[0] == "to" and lexicon.is_base_verb(after[1]):
        return True
    return after[0] in ("with", "to", "about") and after[1] in ("it", "that", "this")


def _frame_set_aside(typed: str) -> list[str]:
    """The answer's parts, split at commas and semicolons, with the stance before them set
    aside and each part given its dropped "I"."""
    text = _SAID.sub("", typed.strip().rstrip("."), count=1)
    parts = [p.strip() for p in _PARTS.split(text) if p.strip()]
    if parts and _stance(parts[0]):
        parts = parts[1:]
    elif parts and _HONESTLY.match(parts[0]):
        parts[0] = parts[0].split(None, 1)[1]  # "honestly just basic DUIK": how it was said
    return [_subject(p, i == 0) for i, p in enumerate(parts)]


def _joined(parts: list[str]) -> str:
    """The parts as typed, with "and" before a later part said as a clause of its own ("...
    on two systems, and I am keen to do more")."""
    said = parts[0]
    for part in parts[1:]:
        said += f", and {part}" if part.startswith("I ") else f", {part}"
    return said


def reread(question: str, typed: str, read: Callable[[str, str], str]) -> str:
    """The answer `typed` said by `read` (`topicanswers.answer_of`'s reading) once its frame is
    set aside, or with the tail it cannot say dropped; "" when no reading says it."""
    parts = _frame_set_aside(typed)
    if not parts:
        return ""
    qualified = [i for i, part in enumerate(parts) if _QUALIFIES.match(part)]
    keep = max(qualified, default=0) + 1  # a cut may not drop a qualifying part
    for cut in range(len(parts), max(keep, 1) - 1, -1):
        kept = parts[:cut]
        if kept[-1].startswith("I ") and len(kept) > 1 and not kept[0].startswith("I "):
            continue  # a clause of its own after parts with no subject: no list of one kind
        text = _joined(kept)
        said = _own_reason(question, text) if why_mine(question) else ""
        # a later step of a sequence is never dropped ("I would first find out why, and then
        # put a second supplier on ..."): the first step alone says half the answer, and a thing
        # named first ("the site, then the log") is a step, no means
        if any(p.lower().startswith(("then ", "and then ")) for p in parts[cut:]):
            break
        said = said or read(question, text) or _named(question, text)
        said = said or _given_subject(text)
        if said and _noun_read_as_deed(question, text, said):
            continue  # "q: refuelling - fuel sample checks, ...": things checked, no "I would fuel"
        if said and not _capitalised(said, text):
            return said
    return ""


def _noun_read_as_deed(question: str, typed: str, said: str) -> bool:
    """Whether an answer to a question about a subject ("about refuelling") was said as what the
    candidate would do from a first word that is a noun too ("fuel sample checks"): a guess."""
    if re.match(r"(?i)(?:how|what|which|why|whether|if|when|where|who)\b", question):
        return False
    first = typed.split()[0].lower() if typed.split() else ""
    return said.startswith("I would ") and "noun" in lexicon.classes(first)


def _capitalised(said: str, typed: str) -> bool:
    """A word the note typed in lower case and no table knows, said in capitals as an
    abbreviation would be ("stop tx" -> "I would stop TX"): a guess, never said."""
    lower = {w for w in re.findall(r"\b[a-z]{2,5}\b", typed) if not lexicon.known(w)}
    return any(w.lower() in lower for w in re.findall(r"\b[A-Z]{2,5}\b", said))


def _own_reason(question: str, text: str) -> str:
    """After a question of why the candidate does something, an answer typed as their clause in
    the present ("I want a smaller property ...", "I love working nights ..."): said as typed
    when `topicanswers` would say it as a clause of theirs."""
    words = text.split()
    if len(words) < 3 or words[0] != "I" or not lexicon.is_base_verb(words[1].lower()):
        return ""
    said = clean(text)
    return said if sayable(said) else ""


# A question that asks for a thing: "what tools I would use", "which supplier I would call"
# (not "what I would do", which asks for a deed); "how I would ..." asks for a means.
_THING_ASKED = re.compile(r"(?i)^(?:what|which)\b(?!\s+I\s+(?:would|could|should|might)\s+do\b)")
_MEANS_ASKED = re.compile(r"(?i)^how\s+(?:I\s+(?:would|could|should|might)|to)\s")
# A question of what the candidate would do ("what I would do if an arm faults mid-case"),
# whose answer may name the plan by its things ("site escalation + remote diagnostics first").
_DEED_ASKED = re.compile(
    r"(?i)^what\s+I\s+(?:would|could|should|might)\s+(?:do|change|fix|improve|try)\b"
    # a subject or a plan of the candidate's asked about, the answer marked as theirs in the notes
    r"|^(?!(?:how|what|why|when|where|which|who|whether|if|my|your|our)\b)[a-z]"
    r"|^my\s+(?:plan|approach)\s"
)
_PRONOUNS = frozenset(["i", "we", "he", "she", "they", "it", "you", "me", "us", "them"])


# The plan's "which I have done before", from a mark (`marks`): "..., which I have done live
# before".
_DONE_BEFORE = re.compile(r", which I have done (?:live |myself |on a live system )?before$")
# A plan typed with its pace after a comma: "phased tie-ins at night, 2 pits at a time" (round
# 54, h1464), "..., one room per shift".
_PACE = re.compile(
    r"(?i)^(?P<thing>[^,]+),\s+(?P<pace>(?:\d+|one|two|three|four|five|six) [a-z]+(?: [a-z]+)?"
    r" (?:at a time|a (?:night|day|week|shift)|per (?:night|day|week|shift)))$"
)


def _named(question: str, text: str) -> str:
    """An answer typed as one noun phrase: after a question that asks for a thing, the thing
    ("which tools I would use ..." -> "Python with pandas"); after one that asks how the
    candidate would do something, what they put forward ("I suggested oral history afternoons
    with the two retirement villages"); "" for anything else."""
    means = _MEANS_ASKED.match(question) or _DEED_ASKED.match(question)
    done = _DONE_BEFORE.search(text) if means else None  # "..., which I have done live before"
    if done is not None:
        said = _named(question, text[: done.start()])
        return f"{said}{done[0]}" if said.startswith("I suggested ") else ""
    paced = _PACE.match(text) if means else None  # "phased tie-ins at night, 2 pits at a time"
    if paced is not None:
        said = _named(question, paced["thing"])
        return f"{said}, {clean(paced['pace'])}" if said.startswith("I suggested ") else ""
    if not (means or _THING_ASKED.match(question)) or "," in text:
        return ""
    said = clean(text)
    if said.split()[0].lower() in ("about", "on", "of", "with", "for"):
        return ""  # "(told her) about the sting adaptor": what was told, no thing put forward
    if re.fullmatch(
        r"(?i)(?:no problem|not a problem|fine|ok|okay|sure|yes|of course|no need|not needed"
        r"|(?:all\s+)?(?:in date|current|valid|good|fine|sorted|done))\W*",
        said,
    ):  # "no problem", "all in date": a yes or a state, never a thing put forward ("I
        return ""  # suggested no problem", "I suggested all in date")
    if re.fullmatch(r"[A-Z][A-Z&/]{1,6}", said):
        return ""  # "H&S -> LOTO" (round 52, h1438): a subject named, never a thing put forward
    span = re.match(
        r"(?i)^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
        r"|fifteen|twenty) (?:years?|months?|seasons?) (?:with|at|in|on)\b",
        said,
    )
    if span and re.search(r"(?i)\b(?:experience|exp|background)$", question):
        return f"I have {said}" if sayable(f"I have {said}") else ""  # "7 yrs w/ contractor"
    if means and not _noun_phrase(said):
        return _plan(said)
    if not _noun_phrase(said):
        return ""
    # the gate reads the phrase in the frame a "how" answer has: a phrase alone has no verb
    if not sayable(f"I suggested {said}"):
        return ""
    return f"I suggested {said}" if means else said


def _plan(said: str) -> str:
    """A plan named by its things, each typed bare or with its article ("weekly email and a
    call before any big change", "site escalation first") -> "I suggested a weekly email and a
    call before any big change", "I would start with a site escalation": each thing given the
    article a note left out; "first" at the end says where the candidate would start. "" when
    a part is no noun phrase."""
    first = re.search(r"\s+first$", said)
    said = said[: first.start()] if first else said
    things = []
    for part in re.split(r"\s+and\s+", said):
        # a thing typed bare is named with a word before its noun ("weekly email"): one word
        # alone ("honesty") may be no thing a letter can count
        bare = not _noun_phrase(part)
        thing = bare_articled(part) if bare and len(part.split()) > 1 else part
        if not thing or (thing == part and bare) or not _noun_phrase(thing):
            return ""
        things.append(thing)
    if not things or len(things) > 3:
        return ""
    if len(things) == 1 and things[0] not in said.split(" and "):
        return ""  # "direct method": one thing typed bare is the note's label for an answer
    named = " and ".join(things) if len(things) < 3 else f"{things[0]}, {things[1]} and {things[2]}"
    said = f"I would start with {named}" if first else f"I suggested {named}"
    return said if sayable(said) else ""


def _noun_phrase(text: str) -> bool:
    """A noun phrase by its words' classes, a quoted name counted as one word: no pronoun, no
    verb in the past or third person, led by a determiner, a number, a name or a modifier, its
    head (the word before its first preposition) a plural, a name or after a determiner, and
    ending on a noun ("oral history afternoons with the two retirement villages")."""
    words = re.sub(r"'[^']*'|‘[^’]*’|\"[^\"]*\"", "QUOTED", text).split()
    lower = [w.lower().strip(".,;:") for w in words]
    if not words or any(w in _PRONOUNS for w in lower):
        return False
    for at, word in enumerate(lower):
        if word in DETERMINERS or word in PREPOSITIONS or word in ("and", "quoted"):
            continue
        if lexicon.is_third_person(word) and not lexicon.is_plural_noun(word):
            return False
        after = lower[at + 1] if at + 1 < len(lower) else ""
        # "guided evening walks": a participle before its noun tells of it; "reversed on
        # the ...", "caught it": a verb of its own
        modifier = lexicon.is_noun(after) and after not in DETERMINERS | PREPOSITIONS
        if lexicon.is_past(word) and "adj" not in lexicon.classes(word) and not modifier:
            return False
    if lexicon.is_base_verb(lower[0]) and not lexicon.is_noun(lower[0]):
        return False  # "call the driver": a step, read by `answervoice`
    head_at = next((i for i, w in enumerate(lower) if w in PREPOSITIONS), len(lower)) - 1
    head, last = words[max(head_at, 0)], lower[-1]
    named = head[:1].isupper() or head[:1].isdigit() or lexicon.is_plural_noun(head.lower())
    if not (named or lower[0] in DETERMINERS):
        return False  # "sandbox": a singular noun typed bare, with no article a note left out
    return lexicon.is_noun(last) or words[-1][:1].isupper() or last == "quoted"


def _given_subject(text: str) -> str:
    """ "I am fine with it, and I did two years of nights at Tesco": a clause this module gave
    its "I" ("I am", "I have"), said when the gate passes it and every word is known."""
    if not re.match(r"I (?:am|have) [a-z]", text):
        return ""
    if any(not part.startswith("and I ") for part in text.split(", ")[1:]):
        return ""  # "I am happy to travel, have a full licence": a part with no subject
    said = to_asker(clean(text))
    return said if sayable(said) else ""
