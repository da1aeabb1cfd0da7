"""A promise to send something, typed as a note ("said I'd send my writing sample"): what was
promised, kept in the letter ("As promised, I have attached my writing sample"), and whether it
is a link, sent apart because the notes do not hold it.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline.question import question
from composer.offline.screen import is_instruction

# Signs of a note to self that cannot be turned into a clean sentence: left out, and said so.
MESSY = re.compile(r"\s-\s|!!|\bthough\b|\blol\b|\btbh\b|\?|\.\.\.|\bcould be\b", re.I)
_PROMISED = re.compile(
    r"^(?:I\s+)?(?:promised|offered|agreed|said\s+I(?:'d|\s+would))\s+(?:to\s+)?send"
    r"(?:\s+(?:them|her|him|you|over))*\s+(?P<what>(?:my|the|a|an|our|two|three|some)\b.+)$",
    re.IGNORECASE,
)

# The promise kept with this letter, typed after it: ", sending w/ letter", "- attached".
_ENCLOSED = re.compile(
    r"(?i)(?:,|\s-)\s*(?:sending(?:\s+it)?|attaching(?:\s+it)?|attached|enclosed)(?:\s+(?:w/"
    r"|with|in)\s+(?:the\s+|this\s+|my\s+)?(?:letter|e-?mail|thank[\s-]?you))?$"
)
# What stands for the thing asked for: "a sanitised template", "a copy" (of a savings tracker).
_KIND_OF = re.compile(r"(?i)^an?\s+(?:[a-z-]+\s+)?(?:template|sample|example|copy|version)$")
_EXAMPLE_OF = re.compile(r"(?i)^(?:an?\s+|the\s+)?(?:example|sample|copy)\s+of\s+")


def promised(value: str | None) -> tuple[str, bool] | None:
    """What the candidate promised to send, and whether it is a link; None if no promise.

    The letter encloses it ("As promised, I attach my writing sample"): the report reminds
    the candidate to attach it. A link is sent separately: the notes do not hold it.
    """
    if not value or is_instruction(value):
        return None
    text = " ".join(value.split()).rstrip(".!; ")
    # "paula asked for example of a savings tracker - said i'd send a sanitised template": the
    # promise is the answer, and what it is of is what was asked for
    asked = question(text)
    typed = asked.split() if asked and asked.how == "for" else None
    found = _PROMISED.match(_ENCLOSED.sub("", typed[1] if typed else text))
    if found is None or MESSY.search(found["what"]) or re.search(r"[.!]\s+[A-Z]", found["what"]):
        return None  # (a second sentence after it: read by parts)
    what = found["what"]
    what = what[0].lower() + what[1:]
    thing = _EXAMPLE_OF.sub("", typed[0]) if typed else ""
    one = re.match(r"(?i)^an?\s+(?P<adj>[a-z-]+)\s+one$", what)
    if one and re.match(r"(?i)^(?:an?|my)\s+\w", thing):  # "a redacted one": of the thing asked for
        what = f"a {one['adj']} {thing.split(' ', 1)[1]}"
    elif typed and _KIND_OF.match(what):  # "a sanitised template" of "a savings tracker"
        what = f"{what} of {thing}"
    return what, bool(re.search(r"\b(?:link|url|website|site)s?\b", what, re.IGNORECASE))
