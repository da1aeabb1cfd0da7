"""Marks of a note a letter's sentence cannot carry, and what a candidate can be said to have.

`raw` says why a clause read from a note item still carries the note's marks (a bracketed
note, "pts", "3x", an abbreviation with a stop) and so cannot go in a letter, or "";
`possessed` whether "I have ..." takes the phrase ("QTS", "three years ...", "a background in").
"""

from __future__ import annotations

from composer import regexes as re
from composer.english import SHORT_NAMES
from composer.offline import dictionary, lexicon
from composer.offline.phrases import head_noun
from composer.offline.realise import Clause
from composer.offline.words import CREDENTIALS, NUMBER_WORDS, POSSESSIONS

# A count spelled out in brackets ("(two sites)", "(four cooks)"): `bracketcounts` says the
# ones it can read; the rest are a note's aside.
_COUNTED = r"(?:about )?(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) [a-z-]+s"


def raw(said: Clause, text: str, common: frozenset[str] = frozenset()) -> str:
    """Why a clause still carries the note's marks and cannot go in a letter, or "" (`text` is
    the item as typed; `common`, other words of the notes, may set them in a clinic).

    The item reader passes no `common` yet: a line said from the notes' setting alone ("see
    approx 18-20 pts/day" -> "I can see about 18 to 20 patients a day") is one the rules'
    recall check cannot find in the notes (it reads neither "pts" nor "18-20"), so the letter
    was marked not ready (reader 7's h55)."""
    words = said.text()
    aside = re.search(r"\(([^()]*)\)", words)
    if aside and re.fullmatch(r"\d[\d.]*%", aside.group(1)) and " of which " in words:
        aside = None  # "15 of which closed (68%)": the share of the count said before it
    if aside and (
        re.search(r"\b\d+\b|\b(?:still|used|exp|asked|region)\b", aside.group(1))
        or re.fullmatch(_COUNTED, aside.group(1))  # "(two sites)": a count no sentence says
        or lexicon.is_past(aside.group(1))  # "sued once (won)": an outcome, no sure place
        or lexicon.is_past((aside.group(1).split() or [""])[0])  # "(won both)", s40b
    ):
        return "it has a bracketed note that a sentence cannot carry"
    if re.match(r"I \w+ (?:about )?\d[\d.]*% (?:less|more|fewer)\b", words):
        return "a change with no object ('paged 30% less') whose subject is unsure"
    counted = [m for m in _PTS.finditer(text) if not m["by"] and "." not in m["n"]]
    if counted and not clinical(common | frozenset(re.findall(r"[a-z]+", text.lower()))):
        # "up approx 12 pts", "1.2 pts" are points; "reviews for 200+ pts" may be patients
        return "its shorthand 'pts' could be points or patients"
    if re.search(r", (?:a )?(?:little )?bit of\b", words):
        return "a tail ('bit of ...') whose link to the rest could not be read"
    times = re.search(r"\b\d+x\b", words)
    if times:
        return f"its shorthand '{times.group()}' has no one sure reading"
    short = re.search(r"(?<![A-Z]\.)\b[A-Z][a-z]{1,5}\.(?=\s|$)", text)  # not "M.Sc."
    last = short is not None and short.end() == len(text.rstrip())
    if short and last and (_word(short.group()[:-1]) or _name(short.group()[:-1], text)):
        short = None  # "... Remote and Flexible Work.", "... from TU Dublin.": the line's stop
    if short and _spelled_out(short.group()[:-1], words):
        short = None  # "Univ. of X": "the University of X", "M.Sc.": "an MSc", said in full
    if short and short.group() not in ("Co.", "Inc.", "Ltd.", "St.", "Dr.", "Mr.", "Ms."):
        return f"its abbreviation '{short.group()}' cannot be spelled out with confidence"
    if said.verb == "have experience in" and re.search(r"[=;]|\. [a-z]", text):
        return "it is a list whose parts could not be read"
    return _spans_unread(said, words)


def _spelled_out(stem: str, said: str) -> bool:
    """True when the clause says a short form typed with its stop in full: "Univ" as a word it
    begins ("University"), "Sc" of "M.Sc." inside a degree's name ("MSc"); never kept with its
    stop ("Ing."), nor dropped from the clause."""
    if re.search(rf"\b{re.escape(stem)}\.", said):
        return False
    whole = re.search(rf"\b{re.escape(stem)}[a-z]{{2,}}\b", said)  # "Univ" -> "University"
    inside = re.search(rf"\b[A-Z]{re.escape(stem)}\b", said)  # "M.Sc." -> "MSc"
    return bool(whole or inside)


def _name(text: str, line: str) -> bool:
    """ "Dublin" at the end of a line typed as a sentence (five words or more, its stop): a
    name of four letters or more with a vowel, or of three that is a word ("Medicine Hat"), not
    the start of a longer word ("Dept", "Assoc") nor a day or a month cut short ("Sept", "Jan")."""
    lower = text.lower()
    if len(line.split()) < 5 or len(text) < 3:
        return False
    if lower in SHORT_NAMES or lexicon.note_speak(lower):  # "Thurs.", "Jan.": a day or month
        return False
    if len(text) == 3:  # "... in Medicine Hat.", "... at Dublin Bay.": a word, never a month cut
        return lower not in _CUT_SHORT and bool(lexicon.classes(lower))
    if dictionary.clipped(lower):
        return False
    return bool(re.search(r"[aeiouy]", lower[1:]))


# Short words that end a line with a stop as a short form, not a word: "est.", "min.", "max.".
_CUT_SHORT = frozenset(["est", "min", "max"])


def _word(text: str) -> bool:
    """ "Work": a word of four letters or more that the lexicon knows, not a short form ("Wed",
    "Sat" and "Mar" are words too, and short forms of days and months: never taken as words)."""
    return len(text) >= 4 and bool(lexicon.classes(text.lower()))


# A span with a move typed after it and no verb for the move ("..., then front desk"), "ex" (a
# post held before) kept as typed, or a span said with no verb ("Two years as improver ...").
_THEN_BARE = re.compile(
    r"\b(?:years?|months?|seasons?|summers?)\b[^,]*, then (?!as |on |in |at )[a-z]"
)
_EX = re.compile(r"(?<![\w-])ex (?=[A-Za-z])")
_SPAN_FIRST = re.compile(r"^\S+ (?:years?|months?|seasons?|summers?) (?:as|in|on|at|with)\b")


def _spans_unread(said: Clause, words: str) -> str:
    """Why a span line's parts were not all read (see above), or ""."""
    if _THEN_BARE.search(words):
        return "a move after the span ('then ...') with no verb that could be read"
    if _EX.search(words):
        return "its 'ex' (a post held before) has no sure sentence"
    if said.whole is not None and _SPAN_FIRST.match(said.whole):
        return "a span said with no verb"
    return ""


_PTS = re.compile(
    r"(?P<by>\b(?:up|down|by) (?:approx\.? |about |around |~ ?)?)?"
    r"(?<![\d.,])(?P<n>\d[\d,.]*)\+? ?pts\b",
    re.IGNORECASE,
)


# Words that set notes in a clinic, where "pts" counts patients ("a ward", "our IBD patients").
_CLINICAL = frozenset(
    ["patient", "patients", "clinic", "clinics", "clinical", "ward", "wards", "hospital",
     "nurse", "nurses", "nursing", "surgery", "medical", "medication", "medications", "pediatric",
     "paediatric", "diagnosis", "diagnoses", "treatment", "treatments", "therapy", "prescribing",
     "inpatient", "outpatient", "inpatients", "outpatients", "gp", "nhs", "dental", "optical",
     "physio", "physiotherapy", "practice", "caseload", "referrals"]
)  # fmt: skip


def clinical(words: frozenset[str]) -> bool:
    """Whether the notes' words (`common`) set them in a clinic: "pts" then counts patients."""
    return len(words & _CLINICAL) >= 1


def possessed(rest: str) -> bool:
    """ "a background in ...", "three years ...", "QTS", "Python": something one can have."""
    words = rest.split()
    first = words[0].lower()
    if first[:1].isdigit() or first in NUMBER_WORDS or words[0][:1].isupper():
        return True
    if first in ("a", "an", "the", "my") and len(words) > 1:
        words = words[1:]
        if words[0][:1].isupper():
            return True  # "a Lean Six Sigma Green Belt"
    head = (head_noun(words) or "").lower().strip(",")
    return head in POSSESSIONS or any(w.lower().strip(",") in CREDENTIALS for w in words)
