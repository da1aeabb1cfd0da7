"""A bare figure put right in the follow-up, given what it was about from the topic it was told in.

"correct to Sjoerd: 350 g not 300 g" says only the figures; the candidate typed what they were
about where the wrong one was told, in a topic: "he asked about the defects in the green coffee.
I explained the count of defects in a 300 g sample". The follow-up line is then typed as the
correction readers read with its subject ("the defects in the green coffee: 350 g not 300 g").
Only when exactly one topic tells the wrong figure with its unit, and its subject reads as a
thing discussed; else the line stays as typed (round 48, h1369).
"""

from __future__ import annotations

from composer import regexes as re
from composer.models import Notes
from composer.offline.topicbetter import address_name
from composer.offline.topics import read_topic

# "correct to Sjoerd: 350 g not 300 g", "350 g, not 300 g": the right figure, then the wrong one
_BARE = re.compile(
    r"(?P<lead>(?i:correct(?:ion)?(?: to [A-Z][\w'-]*)?\s*:\s*)?)"
    r"(?P<new>\d[\d.,]*)(?P<gap> ?)(?P<unit>[a-zµ°]{1,2}|dB|kg|MW|kW)\s*,?\s*not\s+"
    r"(?P<old>\d[\d.,]*)(?: ?(?P=unit))?(?=\s*(?:[.;]|$))"
)


# "correct the 43°N to 40°N": the wrong figure, then the right one (round 50, h1409)
_TO = re.compile(
    r"(?P<lead>(?i:correct)\s+(?:the\s+)?)(?P<old>\d[\d.,]*)(?P<gap> ?)"
    r"(?P<unit>°[A-Z]?|%|[a-zµ]{1,2})\s+to\s+(?P<new>\d[\d.,]*) ?(?P=unit)(?=\s*(?:[.;]|$))"
)


def _subject(topic: str) -> str | None:
    """The thing a topic was about ("the defects in the green coffee"), or None."""
    text = read_topic(topic).text
    if not re.match(r"[a-z]", text) or re.search(r"\b(?:I|my|me|how|why|what)\b", text):
        return None
    return text


def subject_given(notes: Notes) -> Notes:
    """`notes` with a bare figure's correction in the follow-up typed with what it was about."""
    line = notes.follow_up or ""
    found = _BARE.search(line) or _TO.search(line)
    if found is None or found.start("new" if found.re is _BARE else "old") != found.end("lead"):
        return notes
    if found.start() and not re.search(r"[.;]\s*$", line[: found.start()]):
        return notes  # the figures open a sentence of their own
    told = rf"\b{re.escape(found['old'])} ?{re.escape(found['unit'])}"
    where = [(p, t) for p in notes.interviewers for t in p.topics if re.search(told, t)]
    if not where:  # "43 độ đạm (°N)": the figure typed with its unit in words of its own
        bare = rf"\b{re.escape(found['old'])}\b"
        where = [(p, t) for p in notes.interviewers for t in p.topics if re.search(bare, t)]
    about = _subject(where[0][1]) if len(where) == 1 else None
    if about is None:
        return notes
    person = where[0][0]  # whom it was told: the one it goes to ("Mrs. Lan": "Lan")
    named = address_name(person)
    figures = f"{found['new']}{found['gap']}{found['unit']} not {found['old']}"
    lead = found["lead"] if found.re is _BARE else ""
    lead = lead or (f"for {named}: " if len(notes.interviewers) > 1 else "")
    said = f"{lead}{about} - {figures}{found['gap']}{found['unit']}"
    typed = line[: found.start()] + said + line[found.end() :]
    return notes.model_copy(update={"follow_up": typed})
