"""A project of theirs in progress, wished well in a brief warm line, never read back.

"restoring a 1967 Mustang w/ his brother" -> "the restoration of the 1967 Mustang";
"knitting a blanket for her first grandchild" -> "the blanket for your first grandchild";
"He sails a wooden sloop out of Chester and is restoring it this winter." -> "the restoration of
the wooden sloop" (what "it" is, from the first thing the note names).
The thing made or mended is what the line names: where and when they work on it, and who with,
are theirs to mention ("in his garage", "on weekends", "with his brother"), so the line stops
before them. A note without a thing named by an article ("writing code") or about work of the
job ("building a new team") is left to the other readings.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline.notewords import english
from composer.offline.rapportpatterns import SAD

# The verbs of a project, and the noun of the work where the line says "the ... of the thing";
# a verb with no noun here makes the thing itself ("building a canoe": "the canoe").
_WORK = {
    "restoring": "restoration",
    "renovating": "renovation",
    "refurbishing": "refurbishment",
    "rebuilding": "rebuild",
    "converting": "conversion",
    "doing up": "work on",
    "fixing up": "work on",
}
_MAKING = r"building|making|knitting|sewing|quilting|carving|writing|crocheting|handbuilding"
_VERB = rf"(?P<verb>{'|'.join(_WORK)}|{_MAKING})"
_WHO = r"(?:(?:s?he|they)(?:['’]s|\s+is|\s+are|\s+has\s+been|\s+have\s+been)\s+)?"
_STILL = r"(?:(?:still|slowly|currently|gradually)\s+)?"
_PROJECT = re.compile(rf"(?i)^{_WHO}{_STILL}{_VERB}\s+(?P<thing>.+?)\s*[.!]*$")
# "... a wooden sloop ... and is restoring it": the thing is the first the note names.
_IT = re.compile(rf"(?i)^(?P<before>.+?)\s+(?:and\s+)?(?:(?:is|['’]s)\s+)?{_STILL}{_VERB}\s+it\b")
_ARTICLE = re.compile(r"(?i)^(?:a|an|the|his|her|their|some)\s+(?P<rest>\S.*)$")
# Where the thing's name ends: a place, a time, company, an aside.
_END = re.compile(
    r"(?i)\s+(?:in|on|at|with|w/|this|every|over|during|from|since|out|and|after|before|"
    r"by|when|while|who|which|that|as|to|into|until|till)\b|\s*[,;:(]|\s+[-–—]\s*"
    r"|\s+for\s+(?!(?:his|her|their|the|a|an)\s)|\s+for\s+the\s+(?:last|past|next)\b"
)
# Things built at work, not at home.
_AT_WORK = frozenset(
    ["team", "case", "career", "business", "company", "network", "relationship", "culture",
     "strategy", "department", "function", "practice", "brand", "portfolio", "reputation",
     "pipeline", "platform", "product", "roadmap", "report", "proposal", "bid", "presence"]
)  # fmt: skip
_THEIRS = {"his": "your", "her": "your", "their": "your"}
_UNSURE = "?"  # a thing named, with a word in lower case that may be a name


def _thing(text: str, owned: bool) -> str | None:
    """ "an old farmhouse on weekends" -> "your old farmhouse" (`owned`: a thing of theirs
    worked on) or "the old farmhouse" (a thing they make); None unless an article leads."""
    text = _END.split(text, maxsplit=1)[0].strip()
    text = re.sub(r"(?i)\s+(?:himself|herself|themselves|by hand)$", "", text)
    found = _ARTICLE.match(text)
    if found is None:
        return None
    lead = found[0].split()[0].lower()
    article = "the" if lead == "the" or not (owned or lead in _THEIRS) else "your"
    said = [_THEIRS.get(w.lower(), w) for w in found["rest"].split()]
    if not 1 <= len(said) <= 6 or said[-1].lower() in _AT_WORK or said[-1].lower() == "own":
        return None
    if not all(re.fullmatch(r"[\w'’-]+", w) for w in said):
        return None
    if any(w.isalpha() and w.islower() and not english(w) for w in said):
        return _UNSURE  # "a 71 HQ holden", "a treehouse": a name's capitals, or a word no
        # English table knows, that the letter's last gate would stop
    return f"{article} " + " ".join(said)


def project(note: str) -> tuple[str, dict[str, str]] | None:
    """ "restoring an old Land Rover" -> ("project", {"work": "the restoration of your old Land
    Rover"}); (why, {}) when it is one but cannot be said; None unless it is a project."""
    text = " ".join(note.split())
    if SAD.search(text) or re.search(r"(?i)\b(?:both|too|like me|as well|same as)\b", text):
        return None  # a sad matter, or something the candidate shares: read elsewhere
    found = _PROJECT.match(text) or _IT.match(text)
    if found is None:
        return None
    verb = " ".join(found["verb"].lower().split())
    work = _WORK.get(verb)
    if "thing" in found.groupdict():
        thing = _thing(found["thing"], work is not None)
    else:  # "is restoring it": the first thing the note names
        first = re.search(r"(?i)\b(?:a|an|his|her|their)\s+\S.*$", found["before"])
        thing = _thing(first.group(), work is not None) if first else None
    if thing is None:
        return None
    if thing == _UNSURE:  # left out, and the report says why
        return "it names something in lower case that no English table knows", {}
    if work is None:
        return "project_made", {"work": thing}
    said = f"the {work} {thing}" if work == "work on" else f"the {work} of {thing}"
    return "project", {"work": said}
