"""A topic typed as a whole sentence that reports the room (session 42).

Careful candidates type a topic as a sentence of what happened: "We talked about how they log
every delivery.", "He explained that the depot moves in March.", "She told me about the new
clinic.", "They walked me through their intake." What was discussed is the object of the verb
of saying; who said it is the letter's reader or the two of them, so `reported` gives the object
alone, to be read as any topic is ("how you log every delivery", "the new clinic"). The speaker
may be named ("Joost asked ...", "Mrs Campbell spoke about ...", "Dr. Chen described ..."), and a
clause's second verb of its subject is said as a doing too ("the lab moving to a new LIMS and
needing two analysts"); `narrated` tells such an account, whose "we" is the candidate's own.

A sentence too long to name in a frame is cut by `clipped` where its subject ends: at the first
comma or full stop after a noun phrase ("The household model they are bringing in next spring,
with smaller groups ..." -> "The household model they are bringing in next spring").
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.askedform import wanted_asked
from composer.offline.words import DETERMINERS, FUNCTION_WORDS, PREPOSITIONS, SAYING_VERBS

__all__ = ["clipped", "is_speaker", "narrated", "reported", "told"]

# A speaker named ("Joost", "Mrs Campbell", "Dr. Chen", "Ana Lima"): a title and a name, or one
# or two words with a capital that `is_speaker` takes as a person's name, not a noun ("Training
# covered ...").
_TITLES = frozenset(["mr", "mrs", "ms", "miss", "dr", "prof"])
_NAMED = r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+)?[A-Z][a-zà-ÿ'’-]+(?:\s+[A-Z][a-zà-ÿ'’-]+)?"
_VERB = "|".join(sorted((re.escape(v).replace(r"\ ", r"\s+") for v in SAYING_VERBS), key=len)[::-1])
# a report of the room in other words: "Dr. Dlamini set out the board's target of ...", "She was
# interested in how acoustic loggers ..." (what the reader cared about is what was discussed)
_VERB += (
    r"|set\s+out|(?:was|were)\s+(?:very\s+|especially\s+)?(?:interested|curious)\s+(?:in|about)"
)
_VERB = f"(?:{_VERB})(?:\\s+in\\s+(?:some\\s+)?(?:detail|depth))?"  # "talked in detail about"
# Who spoke (a pronoun: a name may be a noun, "Training covered ..."), the verb of saying, whom
# it was said to, the particle that takes its object, and "that" before a clause.
_REPORT = re.compile(
    rf"^(?:we|they|she|he|(?-i:(?P<name>{_NAMED})))\s+(?:also\s+|then\s+|briefly\s+)?(?:{_VERB})"
    r"(?:\s+(?:me|us|the\s+panel))?"
    r"(?:\s+(?:about|through|over|on|around|round|into|of))?"
    r"(?:\s+(?P<that>that))?\s+(?P<what>\S.*)$",
    re.IGNORECASE,
)

# Time spent on a subject, typed as a report of the room: "We spent a long time on the plan to
# open a second branch", "A lot of the interview was about the merger", "Most of our talk went
# on rostering".
_SPENT = re.compile(
    r"^(?:(?:we|they)\s+(?:also\s+)?spent\s+(?:a\s+(?:long|good|fair)\s+(?:while|time)"
    r"|a\s+lot\s+of\s+time|(?:most|much|half)\s+of\s+the\s+(?:time|interview|hour)|ages"
    r"|(?:about\s+|around\s+)?\w+\s+minutes)|(?:a\s+lot|most|much|half)\s+of\s+(?:the|our)"
    r"\s+(?:interview|time|talk|conversation|discussion|hour)\s+(?:was|went)(?:\s+spent)?)"
    r"\s+(?:on|about|talking\s+about|discussing|going\s+(?:over|through))\s+(?P<what>\S.*)$",
    re.IGNORECASE,
)


def reported(item: str) -> str:
    """ "We talked about how they log every delivery." -> "how they log every delivery."; the
    item itself when it does not open with a report of the room, or nothing is left after it.
    "wanted to know why I left retail" is a question put to the candidate: "asked why ..."."""
    if (asked := wanted_asked(item)) != item:
        return asked
    found = _REPORT.match(item.strip())
    spent = _SPENT.match(item.strip())
    if found is None and spent is not None:
        return spent["what"].strip()  # "We spent a long time on the plan to ...": the plan
    bare = re.match(r"(?i)that\s+(?=they\s)", item.strip())  # "that they need ...": who said it
    if bare:  # is the reader, typed as the object of a report left unsaid
        return _their_doing(item.strip()[bare.end() :]) or item
    if found is None or (found["name"] and not is_speaker(found["name"])):
        return item
    what = found["what"].strip()
    what = re.sub(
        r",?\s+and\s+I\s+(?:described|explained|said|showed|mentioned|gave)\b.*$", "", what
    )
    then = re.search(r"\s+and\s+asked\b", what)  # "She described the plan to X and asked how
    what = what[: then.start()] if then and len(what[: then.start()].split()) >= 3 else what
    first = what.split()[0].lower()  # I would ...": the plan is the subject (session 55)
    if first == "they":  # "She explained me they change from Trados to Phrase TMS next year"
        return _their_doing(what) or item
    if first in ("to", "me", "us", "i") or not re.search(r"[A-Za-z]{2}", what):
        return item  # "he told me to apply", "she told me I ...": no subject discussed
    if found["that"] or first in DETERMINERS - {"that"}:
        # "that the depot moves in March", "told me the estate is applying": a clause, said as
        # its subject doing it ("the depot moving in March"); a noun phrase stays as it is
        doing = _doing(what.rstrip("."))
        return doing or (item if found["that"] else what)  # "that drivers start at 6": a clause
    return what


# Who spoke and how, at a line's start: "Joost asked about ...", "She explained that ...".
_NARRATED = re.compile(
    rf"^(?:she|he|they|(?-i:(?P<name>{_NAMED})))\s+(?:also\s+|then\s+)?"
    rf"(?:{_VERB}|asked|wanted\s+to\s+know)\b",
    re.IGNORECASE,
)


def told(item: str) -> str:
    """What an account of the room says was asked or told, after who spoke and how ("Joost asked
    how I would ..." -> "how I would ..."); "" for a line of another shape."""
    found = _NARRATED.match(item.strip())
    if found is None or not narrated(item):
        return ""
    rest = item.strip()[found.end() :]
    return re.sub(r"^\s+(?:(?:me|us)\s+)?(?:(?:about|that)\s+)?", "", rest)


def narrated(item: str) -> bool:
    """True when the topic `item` is the candidate's account of the room, its speaker named or
    a pronoun ("Joost asked about the roster and how we consulted the works council"): a "we" in
    it is the candidate's own, as the letter's "we" is, never the interviewer's side."""
    found = _NARRATED.match(item.strip())
    return found is not None and (not found["name"] or is_speaker(found["name"]))


def is_speaker(typed: str) -> bool:
    """True when `typed` names a person: a title before a name ("Mrs Campbell", "Dr. Chen"), or
    words each a name the word tables know with its capital ("Tom", "Grace") or no word the
    tables know at all ("Joost", "Fiona Walsh"); never a noun or a word of the closed classes
    ("Training", "Management", "Everyone")."""
    words = typed.split()
    if words[0].lower().rstrip(".") in _TITLES:
        return len(words) == 2
    return all(_name_word(word) for word in words)


def _name_word(word: str) -> bool:
    lower = word.lower()
    if lower in FUNCTION_WORDS or lower in ("everyone", "everybody", "someone", "nobody"):
        return False
    if "noun" in lexicon.classes(word) and word in lexicon.classes(word)["noun"]:
        return True  # a name the tables give with its capital: "Tom", "Grace"
    return not lexicon.known(lower)  # "Joost", "Fiona": no word of the tables


# A second verb of the clause's subject after "and": "... next spring and will need nurses",
# "... and is hiring two planners": said as a doing too ("and needing nurses").
_SAME_SUBJECT = re.compile(
    r"\s(?P<join>and|but)\s+(?:(?:will|'ll)\s+(?P<base>[a-z]+)|(?:is|are)\s+(?P<ing>[a-z]+ing))\b"
)


def _also_doing(tail: str) -> str:
    """`tail` with a second verb of the same subject said as a doing: "... in March and will
    need six drivers" -> "... in March and needing six drivers"; as typed when there is none,
    "" when its verb has no doing form the tables know."""
    found = _SAME_SUBJECT.search(tail)
    if found is None:
        return tail
    if found["base"]:
        base = found["base"]
        doing = lexicon.verb_forms(base).get("VBG", "") if lexicon.is_base_verb(base) else ""
    else:
        doing = found["ing"] if lexicon.is_gerund(found["ing"]) else ""
    if not doing:
        return ""
    return f"{tail[: found.start()]} {found['join']} {doing}{tail[found.end() :]}"


def _doing(clause: str) -> str:
    """ "the depot moves to Leeds in March" -> "the depot moving to Leeds in March"; "the estate
    is applying for ..." -> "the estate applying for ..."; "the patrols will change" -> "the
    patrols changing": a subject and its finite verb in the present or future, the verb said as
    a doing. "" for any other clause (a past, a state after "is"), or a subject not a noun
    phrase of one to five words led by a determiner or a name."""
    words = clause.split()
    for at, word in enumerate(words[1:6], start=1):
        lower = word.lower()
        after = words[at + 1].lower() if at + 1 < len(words) else ""
        if lower in ("is", "are") and lexicon.is_gerund(after):
            verb, rest = after, words[at + 2 :]
        elif lower in ("will", "'ll") and lexicon.is_base_verb(after):
            verb, rest = lexicon.verb_forms(after).get("VBG", ""), words[at + 2 :]
        elif not after and lexicon.is_plural_noun(lower):
            return ""  # "the new electric buses": a thing named, its last word no verb for sure
        elif lexicon.is_plural_noun(lower) and re.fullmatch(
            r"\d+|two|three|four|five|six|seven|eight|nine|ten|several|many", words[0].lower()
        ):
            continue  # "two perfume houses in Grasse rejected ...": counted things (round 52)
        elif lexicon.is_third_person(lower) and _finite(words[at - 1], lower, after):
            base = lexicon.base_of(lower) or ""
            verb, rest = lexicon.verb_forms(base).get("VBG", ""), words[at + 1 :]
        elif lower in FUNCTION_WORDS or lexicon.is_past(lower):
            return ""
        else:
            continue
        subject = words[:at]
        if not verb or not (subject[0].lower() in DETERMINERS or subject[0][:1].isupper()):
            return ""
        second = _SECOND_CLAUSE.search(" ".join(rest))  # "... and the patrols will change"
        tail = _also_doing(" ".join(rest)[: second.start()] if second else " ".join(rest))
        if not tail and rest:
            return ""
        return " ".join([*subject, verb, *tail.split()])
    return ""


# Verbs of a state, which a doing does not name ("having", "wanting"); "need" is said as the
# need itself ("your need for translators with ...").
_STATES = frozenset(
    ["be", "have", "do", "want", "like", "think", "know", "hope", "feel", "say", "mean", "seem",
     "wish", "prefer", "love", "hate", "expect", "believe", "see", "look"]
)  # fmt: skip
_THEIRS = re.compile(
    rf",?\s+(?:and|but)\s+(?:they|we|she|he|it|you|(?:{'|'.join(sorted(_STATES))}|need|plan)s?)\s"
    r"|,\s|;\s|\s[-–—]\s"
)


def _their_doing(clause: str) -> str:
    """ "they change from Trados to Phrase TMS next year" -> "changing from Trados to Phrase TMS
    next year"; "they need translators with ISO 17100 experience" -> "your need for translators
    with ISO 17100 experience": what the reader's side does, said as the doing it names, up to a
    second clause (", and they want ..."); "" for a state, a past or a verb the tables lack."""
    clause = _THEIRS.split(clause.strip().rstrip("."), maxsplit=1)[0]
    words = clause.split()
    if len(words) < 3 or words[0].lower() != "they":
        return ""
    verb, rest = words[1].lower(), words[2:]
    if verb in ("will", "'ll", "are", "'re") and rest:
        verb, rest = rest[0].lower(), rest[1:]
        verb = lexicon.base_of(verb) or verb if lexicon.is_gerund(verb) else verb
    if verb == "need" and rest[0].lower() not in ("to", "that"):
        return "your need for " + " ".join(rest)
    if verb in _STATES or not lexicon.is_base_verb(verb) or lexicon.is_past(verb):
        return ""
    doing = lexicon.verb_forms(verb).get("VBG", "")
    return f"{doing} {' '.join(rest)}" if doing else ""


def _finite(before: str, word: str, after: str) -> bool:
    """ "moves" in "the warehouse moves to a new site": a verb, where a word that is a plural
    noun too ("the night patrols will change") is one only after a singular noun and before a
    preposition, a determiner or nothing."""
    if not lexicon.is_plural_noun(word):
        return True
    if lexicon.is_plural_noun(before.lower()) or before.lower() in DETERMINERS:
        return False
    return not after or after in PREPOSITIONS or after in DETERMINERS or after in _PARTICLES


_PARTICLES = frozenset(["in", "up", "out", "down", "off", "back", "ahead", "live"])


# A second clause joined to the first: "and" and a determiner ("... next summer and the night
# patrols will change"): the first clause's subject is what the topic names.
_SECOND_CLAUSE = re.compile(r",?\s+(?:and|but)\s+(?:the|a|an|their|its|our|this|that|these)\s")


# Where a subject may end in a sentence typed whole: a comma, a semicolon, a dash, a full stop.
_BOUNDARY = re.compile(
    r"(?:,|;|\s[-–—]|(?<![A-Z.]\w)(?<!\b[a-z])\.)\s+"
    r"|\s+and\s+(?=(?:how|what|why|whether|when)\b)"  # "X and how I ...": X is the subject
)


def clipped(item: str) -> str | None:
    """The sentence cut at its first boundary after three words or more, when what is kept does
    not end on a word that needs one after it ("the plans for, ..."); None when there is none."""
    for found in _BOUNDARY.finditer(item):
        head = item[: found.start()].strip()
        words = head.split()
        if len(words) < 3:
            continue
        if words[-1].lower() in FUNCTION_WORDS:
            return None
        return head
    return None


# A topic typed with care as one long noun phrase ("The plans for the new school building and how
# the school would stay open to the community during the move."): a letter can name it whole, at
# the end of its sentence, up to 24 words; a note's line past 18 words is cut or left out.
_CAREFUL = re.compile(r"[A-Za-z][^+~=>/?]*")


def longest_named(item: str) -> int:
    """The most words of the topic `item` a sentence names whole: more when typed with care."""
    return 24 if _CAREFUL.fullmatch(item) else 18
