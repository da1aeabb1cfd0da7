"""The role field as a letter names it: one clean role name, however the notes typed it.

People paste the advert's title whole: two languages ("Schichtleiterin / Night Shift Lead"),
the site or team after a comma or a dash ("Store Manager, Manchester Arndale", "Senior Sous
Chef - Galway site"), a label ("Role: Barista"), a requisition
number ("(req #44821)"), shorthand ("Sr. Backend Dev", "Case Mgr"). `role_name` keeps the
title itself: the English part of a title typed in two languages, the title before a site or
team tail (a field of work is kept: "Lead Pharmacist, Medicines Optimisation" -> "Lead
Pharmacist (Medicines Optimisation)"; a rank takes "of": "Director, Finance" -> "Director of
Finance", "General Manager, Operations" -> "General Manager of Operations"), and
the short forms of titles spelled out. Every place that names the role (the letter, its
subject line, a LinkedIn note, the rules that check it) reads it through `role_title`
(below), which calls `role_name` and judges a bracket after the title; `role_phrase` says "the
Data Engineer role" with one article and one noun.
"""

from __future__ import annotations

import re

from composer.webster import lower_words

# A label typed before the title: "Role: Barista", "Position - Lab Technician".
# (a dash must stand apart: "Post-Harvest Specialist" is a title, never "Post - ...")
_LABEL = re.compile(
    r"^(?:job\s+title|job|role|position|post|title|vacancy)(?:\s*:|\s+[-–]|[-–]\s)\s*", re.I
)
# A requisition or reference number: "(req #44821)", "ref: JR-0093", "#4471", "Job ID 5512".
_REQ = re.compile(
    r"\s*[\(\[]?\s*(?:\b(?:req(?:uisition)?|ref(?:erence)?|job\s+id|id|vacancy)\.?\s*(?:no\.?)?"
    r"\s*[:#]?\s*[A-Z]*[-\d][\w-]*|#\s*\d[\w-]*)\s*[\)\]]?",
    re.I,
)
# Ranks that name no work without their function: "Director, Finance" is the Director of Finance.
_BARE_RANKS = frozenset(
    {"director", "manager", "head", "lead", "chief", "president", "vice president", "vp",
     "officer", "partner", "dean", "principal", "supervisor", "coordinator"}
)  # fmt: skip
# Words that end a title naming a person: a tail ending on one is a second title, kept.
_PERSONS = frozenset(
    {"lead", "leader", "hand", "manager", "supervisor", "officer", "director", "head", "chief",
     "captain", "coordinator", "assistant", "worker", "nurse", "engineer", "technician",
     "specialist", "analyst", "consultant", "partner", "associate", "mate", "foreman"}
)  # fmt: skip
# Short forms of title words spelled out anywhere in the title.
_ANYWHERE = {
    "sr": "senior", "snr": "senior", "jr": "junior", "jnr": "junior", "asst": "assistant",
    "assoc": "associate", "mgr": "manager", "grad": "graduate", "ops": "operations",
    "mktg": "marketing", "coord": "coordinator", "supv": "supervisor", "supvr": "supervisor",
}  # fmt: skip
# Short forms spelled out as the title's head (its last word) and as a word before it.
_HEADS = {
    "dev": ("developer", "development"), "eng": ("engineer", "engineering"),
    "tech": ("technician", None), "admin": ("administrator", None), "exec": ("executive", None),
    "rep": ("representative", None), "dir": ("director", None), "sous": ("sous chef", None),
}  # fmt: skip
_NUMERAL = re.compile(r"^(?:[IVX]+|\d+|[A-Z]\d?)$")


def _known(word: str, known: frozenset[str]) -> bool:
    """An English word: Webster's, or a word lemminflect inflects ("firefighter", "barista")."""
    if word in known or word.rstrip("s") in known:
        return True
    try:
        from lemminflect import getAllLemmas  # type: ignore[import-untyped]
    except ImportError:  # pragma: no cover - a dependency of the package
        return False
    return bool(getAllLemmas(word))


def _english_share(part: str) -> float:
    """The share of a part's words that are English words (acronyms count as English)."""
    words = re.findall(r"[^\W\d_][\w'-]*", part)
    if not words:
        return 0.0
    known = lower_words()
    if not known:
        return 1.0
    hits = sum(1 for w in words if w.isupper() or _known(w.lower(), known))
    return hits / len(words)


def _split_outside_brackets(text: str, seps: str) -> list[str]:
    """`text` split at each `seps` pattern met outside brackets."""
    parts, depth, start = [], 0, 0
    pattern = re.compile(seps)
    i = 0
    while i < len(text):
        char = text[i]
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif depth == 0:
            found = pattern.match(text, i)
            if found and found.end() > found.start():
                parts.append(text[start:i])
                start = i = found.end()
                continue
        i += 1
    parts.append(text[start:])
    return [p.strip() for p in parts]


def _foreign(part: str, share: float) -> bool:
    """A side of a slash in another language: few English words, and more than one word, a
    letter English does not write, a long compound ("Schichtleiterin"), or a spaced slash."""
    if share >= 0.5:
        return False
    words = part.split()
    return len(words) > 1 or not part.isascii() or len(part) >= 11


def _one_language(text: str) -> str:
    """Of a title typed in two languages around a slash, the English one; two English titles
    ("Lead Climber / Team Leader", "Receptionist/Administrator") are kept as typed, one role."""
    parts = _split_outside_brackets(text, r"\s*/\s*")
    if len(parts) != 2 or any(not p for p in parts):
        return text
    # "lead float sculptor (alegorias)": a bracket's word of the other language is no part of
    # the title's language
    shares = [_english_share(re.sub(r"\s*\([^()]*\)", "", p)) for p in parts]
    spaced = re.search(r"\s/|/\s", text) is not None
    for mine, other in ((0, 1), (1, 0)):
        if shares[mine] == 1.0 and (
            _foreign(parts[other], shares[other]) or (spaced and shares[other] < 0.5)
        ):
            return parts[mine]
    return text  # two English titles ("Lead Climber / Team Leader"): the role as typed


def _head_and_tail(text: str) -> str:
    """The title before a site or team tail after a comma or a dash, a bare rank with its
    function ("Director of Finance")."""
    parts = _split_outside_brackets(text, r"\s*,\s*|\s+[-–—]\s+|\s*[–—]\s*")
    head = parts[0]
    if len(parts) < 2 or not head:
        return text
    if any(p.split() and p.split()[-1].lower() in _PERSONS for p in parts[1:]):
        return text  # "Panel Beater - Leading Hand": a second title, not a site
    if head.lower() in _BARE_RANKS:
        tail = parts[1]
        if not re.search(r"\d", tail) and len(tail.split()) <= 4:
            return f"{head} of {tail}"
        return text
    field = re.sub(r"\s*\([^()]*\)", "", parts[1]).strip()
    if _field(field) and "(" in head:  # "Assistant Starter (starting stalls team), Sha Tin":
        return head  # the head names its team already; a second bracket would pile them up
    if _field(field):  # "Lead Pharmacist, Medicines Optimisation": the work, kept
        ranked = head.lower() in _BARE_RANKS | _RANKS_OF  # "General Manager of Operations"
        return f"{head} of {field}" if ranked else f"{head} ({field})"
    return head


# Ranks of two words said with "of" before their function ("HR Business Partner, Operations"
# keeps it in brackets).
_RANKS_OF = frozenset(
    {"general manager", "managing director", "deputy director", "assistant director",
     "deputy head", "assistant manager", "deputy manager", "executive director"}
)  # fmt: skip
# Words that make a tail a place of work, not a field: "Duisburg hub", "Galway site".
_SITES = frozenset(
    {"site", "hub", "branch", "campus", "depot", "office", "store", "shop", "plant", "mine",
     "centre", "center", "ward", "unit", "location", "region", "team", "clinic", "hotel",
     "restaurant", "school", "academy", "hospital", "airport", "station", "yard", "port",
     "primary", "secondary", "college", "university", "infirmary", "practice", "council", "trust"}
)  # fmt: skip


def _field(tail: str) -> bool:
    """A tail after the title that names its field of work in English words with capitals
    ("Medicines Optimisation", "Coral Reef Monitoring", "Operations"), not a place, a team or
    a site: said with the title, as readers missed it when it was left off."""
    words = tail.split()
    if not words or len(words) > 4 or re.search(r"\d", tail):
        return False
    if any(w.lower() in _SITES for w in words) or not words[0][:1].isupper():
        return False
    if len(words) == 1:  # one word may be a town ("Leeds"): only a function of work
        return words[0].lower() in _FUNCTIONS
    return _english_share(tail) == 1.0


# One-word fields typed after a title: "General Manager, Operations", "Team Leader - Nights".
_FUNCTIONS = frozenset(
    {"operations", "finance", "sales", "marketing", "engineering", "logistics", "procurement",
     "compliance", "research", "quality", "maintenance", "production", "security", "facilities",
     "safeguarding", "communications", "development", "education", "policy", "strategy",
     "transport", "nights", "days", "weekends", "accounts", "payroll", "audit", "tax", "legal",
     "governance", "fundraising", "admissions", "outreach", "retail", "wholesale", "digital"}
)  # fmt: skip


def _cased(word: str, full: str, titled: bool) -> str:
    return " ".join(w.capitalize() for w in full.split()) if word[:1].isupper() or titled else full


def spelled_out(text: str) -> str:
    """Short forms of title words spelled out: "Sr. Backend Dev" -> "Senior Backend Developer"."""
    words = text.split(" ")
    last = len(words) - 1
    while last > 0 and _NUMERAL.match(words[last]):
        last -= 1  # "Lab Tech II": the head is before its level
    titled = sum(w[:1].isupper() for w in words) * 2 >= len(words)
    out = []
    for i, word in enumerate(words):
        key = word.rstrip(".").lower()
        if key in _ANYWHERE:
            out.append(_cased(word, _ANYWHERE[key], titled))
        elif key in _HEADS and (i == last or _HEADS[key][1]):
            full = _HEADS[key][0] if i == last else _HEADS[key][1]
            out.append(_cased(word, full or key, titled))
        else:
            out.append(word)
    return " ".join(out)


# Two-letter codes of the languages a translator works between: "en>es", "EN->FR", "de->en".
_CODES = frozenset(
    [
        "en",
        "es",
        "fr",
        "de",
        "it",
        "pt",
        "nl",
        "zh",
        "ja",
        "ko",
        "ar",
        "ru",
        "pl",
        "sv",
        "da",
        "fi",
        "ca",
        "el",
        "tr",
    ]
)
_PAIR = re.compile(r"(?i)\b(?P<a>[a-z]{2})\s*(?:>|->|→|<>)\s*(?P<b>[a-z]{2})\b")


def _pair(found: re.Match[str]) -> bool:
    a, b = found["a"].lower(), found["b"].lower()
    return a in _CODES and b in _CODES and a != b


def role_name(role: str) -> str:
    """The role as typed, made one clean title: label, requisition number, second language and
    site or team tail left off, short forms spelled out. A bracket after the title is left to
    `role_title`, which judges it."""
    text = " ".join(role.split())
    text = _LABEL.sub("", text)
    text = _REQ.sub("", text).strip()
    text = re.sub(r"\s*\(\s*\)", "", text)
    text = _one_language(_head_and_tail(text))
    # "translator en>es": the languages' codes are a note's, and their names would be words the
    # notes never typed (the grounding rule's "invented" names): the role said without them
    text = _PAIR.sub(lambda found: "" if _pair(found) else found[0], text).strip()
    text = re.sub(r"\s+at\s+[A-Z][\w&'. -]*$", "", text)  # "Barista at Blue Bottle"
    text = spelled_out(text).strip(" ,;:-")
    return text or " ".join(role.split())


# Nouns that already say "job" at the end of a role: "Data Engineer position".
ROLE_NOUNS = frozenset({"role", "position", "job", "post", "opening", "internship", "vacancy"})
_LEADING_ARTICLE_RE = re.compile(r"^(?:a|an|the)\s+(?=\S)", re.IGNORECASE)


def bare_role(role: str) -> str:
    """The role without a leading article: "an Account Executive" -> "Account Executive"."""
    return _LEADING_ARTICLE_RE.sub("", role.strip(), count=1)


# A bracket after the role is part of its title when each word has a capital and none a digit or a
# note's mark ("Senior Civil Engineer (Drainage)"); else it is the note-taker's aside ("(gr 6-8)",
# "(community paeds)", "(Band 7 equiv.)", "(Penwith team)").
_ROLE_BRACKET_RE = re.compile(r"\s*\(([^()]*)\)\s*$")
_TITLE_WORD_RE = re.compile(r"[A-Z][A-Za-z'-]*|&|and|of|for")


def role_title(role: str) -> str:
    """The role as a letter names it: `bare_role` without a note-taker's bracket after it
    ("School Counselor (gr 6-8)" -> "School Counselor"; "Senior Cabin Crew (Cabin Supervisor)"
    keeps its bracket, a part of the title), and as `rolename.role_name` cleans it (a second
    language, a site or team tail, a label and short forms left off or spelled out)."""
    bare = role_name(bare_role(role))
    found = _ROLE_BRACKET_RE.search(bare)
    if found is None or not bare[: found.start()].strip():
        return bare
    words = found.group(1).split()
    if words and words[0][0].isupper() and all(_TITLE_WORD_RE.fullmatch(w) for w in words):
        return bare
    return bare[: found.start()].rstrip(" ,;:-–")  # "Engineer - Req #44 (Leeds)": no dash left


def role_phrase(role: str, noun: str = "role") -> str:
    """ "the Data Engineer role": one article, and `noun` only when the role has none of its own."""
    bare = bare_role(role)
    last = bare.split()[-1].casefold() if bare.split() else ""
    return f"the {bare}" if last in ROLE_NOUNS else f"the {bare} {noun}"
