"""A school's name as a letter says it: typed in lower case, given its capitals where its shape
says it is a name ("uni of nottingham", "leeds beckett", "Bolton college"), and said with "the"
when its name takes one ("the University of Durham"). Read by `degrees` for a degree's school.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.words import SCHOOL_WORDS
from composer.shortforms import DEGREE_WORDS

# A degree's honours, typed where a school may be: never given a school's capitals.
HONOURS = re.compile(
    r"^(?:(?:summa|magna)\s+)?cum laude$|^with (?:high |first-class )?(?:distinction|honou?rs"
    r"|merit|commendation)$|^(?:first[- ]class|upper second|lower second)(?: honou?rs)?$"
    r"|^(?:a\s+)?(?:2:1|2:2|2\.1|first)$|^(?:hons|honou?rs)$|^distinction$|^merit$"
    # "2nd class upper" (Kenya, round 54's h1264): second-class honours, upper division
    r"|^(?:2nd|second)[- ]class (?:upper|lower)(?: division)?$",
    re.IGNORECASE,
)


def school_name(part: str, *, alone: bool = False) -> str:
    """A school typed in lower case, given its capitals where its shape says it is a name:
    "uni of nottingham" -> "University of Nottingham", "roosevelt univ" -> "Roosevelt
    University"; a word no dictionary knows, alone after a degree that names its subject
    ("MPharm bradford") or after its subject ("BA history, durham") -> "Bradford", "Durham".
    Other parts are returned as typed. "U. of Arizona", "u of arizona": "University of
    Arizona"."""
    short = _U_OF.match(part)
    if short is not None:
        return "University of " + " ".join(_capital(w) for w in short["rest"].split())
    words = part.split()
    tail = len(words) in (2, 3) and words[-1] in _SCHOOL_TAILS
    if alone and tail and not lexicon.known(words[0].lower()):
        return " ".join(_capital(w) for w in words)  # "texas state" -> "Texas State"
    if (  # "princeton theological seminary": a name no dictionary knows, then what it is
        len(words) > 2
        and words[-1] in SCHOOL_WORDS
        and all(w.islower() for w in words[1:])
        and not lexicon.known(words[0].lower())
    ):
        return " ".join(_capital(w) for w in words)
    if (  # "false bay tvet college": a name, for one word is in no dictionary, then its kind
        len(words) > 2
        and words[-1] in SCHOOL_WORDS
        and all(w.isalpha() and (w.islower() or w.isupper()) for w in words)
        and words[-1].islower()
        and any(not lexicon.known(w.lower()) and w not in ("of", "and", "the") for w in words)
        and words[0] not in _NOT_NAMES
    ):
        return " ".join(_capital(w) for w in words)
    if words[-1] in SCHOOL_WORDS and len(words) > 1 and all(w.istitle() for w in words[:-1]):
        return " ".join([*words[:-1], _capital(words[-1])])  # "Bolton college"
    if not part.islower() or not words or HONOURS.match(part):
        return part
    if words[0] in ("uni", "univ", "university") and words[1:2] == ["of"] and len(words) > 2:
        return "University of " + " ".join(_capital(w) for w in words[2:])
    if words[0] in SCHOOL_WORDS - {"law"} and words[1:2] == ["of"] and len(words) > 2:
        return " ".join(_capital(w) for w in words)  # "academy of fine arts kraków"
    if words[-1] in ("uni", "univ", "university", "college") and len(words) > 1:
        named = words[:-1]
        if all(not lexicon.known(w) for w in named):
            head = "College" if words[-1] == "college" else "University"
            return " ".join(_capital(w) for w in named) + f" {head}"
    if alone and len(words) <= 3 and not any(map(lexicon.known, words)):
        return " ".join(_capital(w) for w in words)  # "leeds beckett" -> "Leeds Beckett"
    return part


# "U. of Arizona": a university typed by its initial.
# "U of C", "U of M": initials only, whose school a letter cannot name, are left as they are.
_U_OF = re.compile(r"^[Uu]\.?\s+of\s+(?P<rest>[A-Za-z][\w'-]{2,}(?: [\w'-]+)*)$")
# Words that start a description of a school, not its name: "a local tech college".
_NOT_NAMES = frozenset(["a", "an", "my", "our", "local", "community", "night", "sixth"])
# Last words of a school's name after a place: "Texas State", "Georgia Tech".
_SCHOOL_TAILS = frozenset(["state", "tech", "poly"])


def _capital(word: str) -> str:
    return word if word in ("of", "and", "the") else word[:1].upper() + word[1:]


_NEEDS_THE = re.compile(
    r"^(?:(?:University|College|Institute|Academy|Museum|Ministry|Department|Office|Court|Home"
    r"|School)\s+(?:of|for)\b|(?:Royal|National|British|Open|Crown)\s"
    # "the London School of Economics", "the Georgia Institute of Technology" (not a
    # university: "Queen Mary University of London" takes none)
    r"|(?:[A-Z][\w'.-]*\s+)+(?:College|Institute|Academy|School|Conservatoire)\s+of\s)"
)


def definite(name: str) -> str:
    """A name that is said with "the": "the University of Durham", "the Royal Marsden"."""
    return f"the {name}" if _NEEDS_THE.match(name) else name


def campus(part: str, school: str) -> bool:
    """ "Joensuu" after "University of Eastern Finland": a town's name (one or two words in
    capitals that no dictionary knows) typed after a school named by its word ("University")."""
    words = part.split()
    if part.lower() in school.lower():
        return False  # "University of Leeds (Leeds)": said once
    named = any(w.lower() in SCHOOL_WORDS for w in school.split())
    return (
        named
        and 0 < len(words) < 3
        and all(w[:1].isupper() and w[1:].islower() and not lexicon.known(w.lower()) for w in words)
    )


# A subject typed as initials alone, said in full: "MS EE" -> "Electrical Engineering".
SUBJECT_INITIALS = {short: full for short, full in DEGREE_WORDS if " " not in short}


def initials_school(part: str) -> tuple[str, str] | None:
    """ "EE georgia tech" -> ("EE", "Georgia Tech"): a subject's initials that the degree table
    spells out, then a school typed in lower case that `school_name` gives its capitals."""
    initials, _, rest = part.partition(" ")
    if not initials.isupper() or initials.lower() not in SUBJECT_INITIALS or not rest.islower():
        return None
    named = school_name(rest, alone=True)
    return None if named == rest else (initials, named)
