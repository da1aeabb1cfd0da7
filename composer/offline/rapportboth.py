"""A shared background typed in two parts, each with its own "too", "like me" or "same as me": one
"we both ..." clause. "she's from Tulsa too - went to TCC same as me" -> "we are both from Tulsa
and both went to TCC"; "went to TCC same as me" -> "we both went to TCC". `rapport` says the
clause in its "shared" wording; a part that says nothing both share leaves the note as typed.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.rapportalso import same_one
from composer.offline.rapportnotes import both_from

# What marks a part as shared, at its end: "too", "as well", "like me", "same as me".
_MARK = r"(?:too|as\s+well|(?:just\s+)?like\s+me|(?:the\s+)?same\s+as\s+me|as\s+did\s+I)"
# "(she) went to TCC same as me", "also did her MSc at Leeds, like me": a deed of theirs in the
# past, the subject often left out; the verb must be a past tense the tables know.
_DID = re.compile(
    rf"(?i)^(?:(?:s?he|they)\s+)?(?:also\s+)?(?P<verb>[a-z]+)\s+(?P<rest>[\w'’&.-]+(?:\s+[\w'’&.-]+)*?)"
    rf"(?:,?\s+(?:too|as\s+well))?,?\s+{_MARK}$"
)
# A part typed as "we both ...": shared as it stands.
_BOTH = re.compile(r"(?i)^(?:we\s+(?:were\s+|are\s+)?both|both(?:\s+of\s+us)?)\s+(?P<rest>\S.*)$")
# Where a note's parts meet: a dash, a semicolon, a comma, a plus.
_PARTS = re.compile(r"\s+[-–—]+\s+|\s*;\s+|,\s+|\s+\+\s+|[.!?]+\s+")
# A part on what the two of them do or said, not what both have in common: "we know some of the
# same people", "we joked about it"; left out when another part says what both share.
_OURS_ASIDE = re.compile(r"(?i)^we\s+(?!(?:are\s+|were\s+)?both\b)")
# Words a deed's object must not hold: a person ("her", "him") or the candidate ("my"), or a
# place typed in lower case ("at reading": the town or the word? its capitals are not sure).
_NOT_SHARED = re.compile(
    r"(?i)\b(?:my|her|his|their|him|them|me|i)\b|\b(?:at|in|from)\s+(?:the\s+)?(?-i:[a-z])"
)


def shared_deed(part: str) -> str | None:
    """ "went to TCC same as me" -> "we both went to TCC"; "she's from Tulsa too" -> "we are
    both from Tulsa" (`rapportnotes.both_from`); None for any other part."""
    text = " ".join(part.split()).rstrip(" .!")
    place = both_from(text)
    if place:
        return place
    found = _DID.match(text)
    if not found or _NOT_SHARED.search(found["rest"]):
        return None
    verb = found["verb"].lower()
    if verb == "used" and found["rest"].startswith("to "):
        return None  # "used to teach in Cardiff": `rapport` says what both did ("taught")
    base = lexicon.base_of(verb)
    if not base or base == "be" or lexicon.verb_forms(base).get("VBD") != verb:
        return None  # "was at UCL too": what both were is said elsewhere; "runs": not a past
    return f"we both {verb} {found['rest']}"


def shared_parts(note: str) -> str | None:
    """The clause of what both share for a note typed in two parts, each shared ("we are both
    from Tulsa and both went to TCC"), or for one shared deed alone; None when a part says
    something else (an aside about them is `rapport`'s to leave out). A part typed as a sentence
    of its own ("she grew up in Swan Hill too!! we know some of the same ppl") is a part; one on
    what the two of them do ("we know ...") gives way to the part both share."""
    parts: list[str] = []
    for part in _PARTS.split(" ".join(note.split()).rstrip(" .!")):
        if parts and re.fullmatch(_MARK, part, re.I):  # "from Sligo too, like me": one part
            shared = re.search(rf"\s{_MARK}$", parts[-1], re.I)
            parts[-1] = parts[-1] if shared else f"{parts[-1]} {part}"
        elif part:
            parts.append(part)
    if len(parts) == 2 and any(_OURS_ASIDE.match(part) for part in parts):
        parts = [part for part in parts if not _OURS_ASIDE.match(part)]
    if len(parts) > 1 and _APART.match(parts[-1]):
        parts = parts[:-1]  # ", diff yrs": how far apart, which the letter leaves unsaid
    if not 1 <= len(parts) <= 2:
        return None
    clauses: list[str] = []
    for part in parts:
        both = _BOTH.match(part)
        said = f"we both {both['rest']}" if both else shared_deed(part)
        even = re.match(r"(?i)^(?P<same>same\s.+?)\s+even$", part)  # "same high school even"
        same = same_one(even["same"]) if even and clauses else None
        said = re.sub(r"^we ", "we even ", same) if same else said
        if said is None or "," in said:
            return None
        clauses.append(said)
    if len(clauses) == 1:
        return clauses[0] if not _BOTH.match(parts[0]) else None
    # "we are both from Tulsa" + "we both went to TCC": "... from Tulsa and both went to TCC"
    return f"{clauses[0]} and {clauses[1].removeprefix('we ')}"


# How far apart, typed as a last part: "diff yrs", "different years", "few yrs apart".
_APART = re.compile(
    r"(?i)^(?:but\s+)?(?:diff(?:erent)?\.?\s+(?:yrs|years)|(?:a\s+)?few\s+(?:yrs|years)\s+apart)$"
)


# A course both did, typed with the doer's own "his" or "her": "we both did his planning degree"
# -> "we both did our planning degree" ("we both loved her talk" is hers).
_OURS = re.compile(
    r"\b(?P<did>we both (?:did|completed|studied|took|earned|finished|started|began|passed))"
    r" (?:his|her|their)\b(?= \w)"
)


# How far apart in time the two did it: ", about ten years apart" (a gate reads it as a note).
_YEARS_APART = re.compile(
    r",?\s+(?:although\s+)?(?:about\s+|some\s+|roughly\s+|around\s+)?(?:a\s+few|several|many"
    r"|[a-z]+)\s+years\s+apart\b"
    # the note's own aside on how close: "both from Faridpur, same district"
    r"|,\s+(?:the\s+)?same\s+(?:district|town|village|city|area|region|county|province|street)$"
)


def ours(clause: str) -> str:
    """A "we both ..." clause with the doer's own course said as both of theirs ("our"), without
    how many years apart the two did it; a school named in the present said as gone to."""
    clause = _YEARS_APART.sub("", _OURS.sub(r"\g<did> our", clause))
    # "at Essential Energy, Moruya depot": the site of the firm, said as the firm's
    clause = re.sub(
        r"\bat ((?:[A-Z][\w&-]*\s)*[A-Z][\w&-]*), ([A-Z][\w-]+ "
        r"(?:depot|branch|office|site|plant|store|campus|yard))\b",
        r"at \1's \2",
        clause,
    )
    # "we both study in UTEQ" (typed "she study in UTEQ same like me"): a school both went to
    school = r"(?=[A-Z]{2,}\b|(?:[A-Z]\w+ )*(?:University|College|Institute|School)\b)"
    clause = re.sub(rf"^we both study (?:in|at) {school}", "we both studied at ", clause)
    return re.sub(r"^we both study in (?=[A-Z])", "we both studied in ", clause)


def were_both(what: str) -> str | None:
    """ "was a carpenter before wind" (what she was, as the candidate was) -> "we were both
    carpenters before wind"; "was at Deloitte" -> "we were both at Deloitte". None when it is
    not "was" or the one thing cannot be made plural with confidence ("a roof carpenter")."""
    found = re.match(
        r"(?i)^(?:was|were)\s+(?:(?:an?)\s+(?P<noun>[a-z]+)(?P<tail>(?:\s+(?:before|at|in|for|with"
        r"|until|on|from)\b.*)?)|(?P<place>(?:at|in|on)\s+.+))$",
        what.strip(),
    )
    if found is None:
        return None
    if found["place"]:
        return f"we were both {found['place']}"
    plurals = lexicon.noun_plurals(found["noun"].lower())
    return f"we were both {plurals[0]}{found['tail']}" if plurals else None
