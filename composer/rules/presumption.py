"""Claims a thank-you letter cannot make: that the candidate got the job.

The letter goes out the day after the interview, before any decision. Saying the candidate was
selected, hired or offered the job, has accepted it, will start on a date, or that the team
decided in their favour states an outcome nobody has given; career guides call it presumptuous.
Such a claim is part of `grounding` (an invented fact) unless the notes make the same claim.
"""

from __future__ import annotations

from composer import regexes as re

# (kind, pattern): the kind names the claim in messages and matches the same claim in the notes.
# An interview, not the job: "selected for an interview" is no claim of an outcome.
_NOT_INTERVIEW = (
    r"(?!\s+(?:for|to)\s+(?:an?|the|this|your|a\s+second)\s+(?:\w+\s+)?(?:interview|shortlist"
    r"|round|stage|panel|call|conversation|assessment))"
)
_JOB = r"(?:job|role|position|post|contract|vacancy)"
# (kind, pattern): the kind names the claim in messages and matches the same claim in the notes.
_CLAIMS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.IGNORECASE))
    for kind, pattern in (  # in the order of _TRIGGERS
        (
            "that you were selected",
            r"\bI(?:\s+have|'ve)\s+been\s+(?:\w+\s+)?(?:selected|chosen|appointed)\b"
            + _NOT_INTERVIEW
            + r"|\bI\s+(?:am|'m|was)\s+the\s+successful\s+(?:candidate|applicant)\b"
            r"|\bI\s+was\s+(?:selected|chosen|appointed)\s+(?:as|for)\s+(?:the|this|your)\s+"
            r"(?:\w+\s+){0,3}?" + _JOB + r"\b",
        ),
        (
            "that you were hired",
            r"\bI(?:\s+have|'ve)\s+been\s+(?:\w+\s+)?hired\b"
            r"|\bfor\s+(?:hiring|appointing)\s+me\b|\bI\s+got\s+the\s+" + _JOB + r"\b",
        ),
        (
            "that you were offered the job",
            r"\b(?:offer(?:ed|ing)\s+me|I(?:\s+have|'ve)\s+been\s+offered|I\s+was\s+offered)\s+(?:the|this)"
            r"\s+(?:\w+\s+){0,3}?" + _JOB + r"\b"
            r"|\b(?:your|the|this|my)\s+(?:job\s+|kind\s+|generous\s+)?offer\s+of\s+(?:the|this|"
            r"employment)\b|\bfor\s+(?:the|your|this)\s+(?:job\s+|kind\s+|generous\s+)?offer\b",
        ),
        (
            "that you accepted the job",
            r"\bI(?:\s+have|'ve)?\s+(?:gladly\s+|happily\s+)?accept(?:ed)?\s+(?:the|your|this)\s+"
            r"(?:\w+\s+)?(?:offer|" + _JOB[3:-1] + r")\b"
            r"|\b(?:pleased|happy|delighted|thrilled|glad)\s+to\s+accept\b",
        ),
        (
            "a start date",
            r"\bI(?:\s+will|'ll|\s+shall)\s+(?:be\s+)?(?:start|begin|join)(?:ing)?\b[^.!?\n]{0,40}?"
            r"\b(?:on|from|in|next)\s+(?:\d|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul"
            r"|Aug|Sep|Oct|Nov|Dec|the\s+\d|week\b|month\b)|\bI\s+start\s+on\b",
        ),
        (
            "that the team decided in your favour",
            r"\b(?:you|the\s+(?:team|panel|committee|board|firm|company)|everyone)\s+(?:have\s+|has\s+)?"
            r"(?:decided|agreed|chosen|selected)\s+(?:to\s+(?:(?:hire|appoint|select|choose)(?:\s+me)?|offer\s+me|"
            r"take\s+me)|that\s+I\s+(?:am|was|should|would|will)|on\s+me|me\b)"
            + _NOT_INTERVIEW
            + r"|\bdecided\s+in\s+my\s+favou?r\b|\b(?:your|the)\s+decision\s+to\s+(?:hire|appoint|"
            r"offer|select|choose)\s+me\b|\bfor\s+(?:selecting|choosing)\s+me\b" + _NOT_INTERVIEW,
        ),
    )
)
_START_TRIGGERS = (
    "i start",
    *(
        f"{who} {be}{verb}"
        for who in ("i will", "i'll", "i shall")
        for be in ("", "be ")
        for verb in ("start", "begin", "join")
    ),
)
# Words without which a claim of each kind cannot be made (a cheap first test, lower case).
_TRIGGERS: tuple[tuple[str, ...], ...] = (
    ("been selected", "been chosen", "been appointed", "successful", "was selected",
     "was chosen", "was appointed"),
    ("been hired", "hiring me", "appointing me", "got the"),
    ("offered me", "offering me", "been offered", "was offered", "offer of", "the offer",
     "your offer", "job offer", "this offer", "generous offer", "kind offer"),
    ("accept",),
    _START_TRIGGERS,
    ("decided", "agreed", "chosen me", "selected me", "chosen to", "selected to", "decision to",
     "selecting me", "choosing me"),
)  # fmt: skip


def claims(text: str) -> list[tuple[str, int, str]]:
    """(kind, offset, text) of every claim that the candidate got the job."""
    lowered = text.lower().replace("\n", " ")  # a claim may wrap onto the next line
    found = []
    for (kind, regex), triggers in zip(_CLAIMS, _TRIGGERS, strict=True):
        for trigger in triggers:
            if trigger in lowered:
                break
        else:
            continue  # none of its trigger words: the regex cannot match
        for match in regex.finditer(text):
            end = match.end()
            while end < len(text) and text[end].isalnum():
                end += 1  # "in Sep" is "in September"
            found.append((kind, match.start(), text[match.start() : end]))
    return sorted(found, key=lambda item: item[1])


def claim_kinds(text: str) -> frozenset[str]:
    """The kinds of claim `text` makes (for the notes: what they say happened)."""
    return frozenset(kind for kind, _, _ in claims(text))
