"""The wordings of a LinkedIn connection note, by tone: data for `linkedin.NoteWriter`.

Slots: {role} ("the Product Designer role"), {company}, {when} ("yesterday", "on Tuesday"),
{topic} (what this reader discussed), {point} (a sentence of the candidate's, no stop) and
{interview} ("my Product Designer interview"). Each table runs from the fuller wordings to the
shorter ones; a panel's notes take different ones where they can, so that no two read as the
same note with the topic swapped.
"""

from __future__ import annotations

from composer import regexes as re

GREETING: dict[str, tuple[str, ...]] = {
    "formal": ("Dear",),
    "first name": ("Hi", "Hello"),  # warm or concise, to a first name
    "titled": ("Dear",),  # "Ms. Whitfield", "Dana Whitfield"
}
THANKS: dict[str, tuple[str, ...]] = {
    "warm": (
        "Thank you for talking with me {when} about {role} at {company}.",
        "Thank you for our conversation {when} about {role} at {company}.",
        "Thanks so much for your time {when} and for the talk about {role} at {company}.",
        "Thank you for talking with me about {role} at {company}.",
        "Thanks for our chat about {role} at {company}.",
        "Thank you for our talk about {role} at {company}.",
    ),
    "formal": (
        "Thank you for taking the time {when} to discuss {role} at {company}.",
        "Thank you for your time {when} regarding {role} at {company}.",
        "Thank you for speaking with me {when} about {role} at {company}.",
        "Thank you for discussing {role} at {company} with me.",
        "Thank you for your time regarding {role} at {company}.",
        "Thank you for discussing {role} at {company}.",
    ),
    "concise": (
        "Thanks for your time {when} discussing {role} at {company}.",
        "Thank you for our talk {when} about {role} at {company}.",
        "Thanks for speaking {when} about {role} at {company}.",
        "Thanks for discussing {role} at {company}.",
        "Thanks for our talk about {role} at {company}.",
    ),
}
TOPIC: dict[str, tuple[str, ...]] = {
    "warm": (
        "I really enjoyed our talk about {topic}.",
        "I especially enjoyed discussing {topic}.",
        "Our conversation about {topic} was a highlight for me.",
        "It was good to talk through {topic} with you.",
        "I enjoyed our talk about {topic}.",
    ),
    "formal": (
        "I valued our discussion of {topic}.",
        "I particularly valued discussing {topic}.",
        "I found our discussion of {topic} most useful.",
        "I valued our talk about {topic}.",
    ),
    "concise": (
        "I enjoyed discussing {topic}.",
        "I enjoyed our talk about {topic}.",
        "Our talk about {topic} was a highlight.",
    ),
}
# Thanks and their topic in one sentence, for a role and company whose names leave no room for
# both; the last of each tone are the shortest that still name the role and the company in full.
TOPIC_THANKS: dict[str, tuple[str, ...]] = {
    "warm": (
        "Thank you for our talk about {topic} during {interview} with {company}.",
        "Thank you for our talk about {role} at {company}, especially {topic}.",
        "Thanks for our chat about {topic} at {interview} with {company}.",
        "Thank you for talking with me about {topic} and {role} at {company}.",
        "Thanks for our chat about {role} at {company} and {topic}.",
        "Thanks for talking about {topic} and {role} at {company}.",
    ),
    "formal": (
        "Thank you for discussing {topic} with me during {interview} with {company}.",
        "Thank you for our conversation about {topic} at {interview} with {company}.",
        "Thank you for discussing {role} at {company}, and in particular {topic}.",
        "Thank you for our conversation about {role} at {company} and {topic}.",
        "Thank you for discussing {topic} and {role} at {company}.",
        "Thank you for discussing {role} at {company} and {topic}.",
        "Thank you for our talk about {topic} and {role} at {company}.",
        "Thank you for our talk about {role} at {company} and {topic}.",
    ),
    "concise": (
        "Thanks for discussing {topic} at {interview} with {company}.",
        "Thanks for our talk about {topic} at {interview} with {company}.",
        "Thanks for discussing {role} at {company}, especially {topic}.",
        "Thanks for our talk about {topic} and {role} at {company}.",
        "Thanks for discussing {topic} and {role} at {company}.",
        "Thanks for discussing {role} at {company} and {topic}.",
    ),
}
# A sentence of the candidate's own, as `phrases.clause` says it: "I led usability studies".
POINT: dict[str, tuple[str, ...]] = {
    "warm": ("{point}, and I would love to bring that to the team.", "{point}."),
    "formal": ("{point}, and I would be glad to bring that to the role.", "{point}."),
    "concise": ("{point}.",),
}
# A connection note asks to stay in touch, so that is a close of its own beside hearing back.
CLOSE: dict[str, tuple[str, ...]] = {
    "warm": (
        "I look forward to hearing from you.",
        "I hope we can speak again soon.",
        "I look forward to the next steps.",
        "I would be glad to stay in touch.",
        "Hope to talk again soon.",
    ),
    "formal": (
        "I look forward to hearing from you.",
        "I look forward to the next stage.",
        "I would be glad to keep in touch.",
        "I hope to hear from you soon.",
        "I hope to hear from you.",
    ),
    "concise": (
        "Looking forward to hearing from you.",
        "Hope to speak again soon.",
        "Looking forward to next steps.",
        "Hope to hear from you soon.",
        "Glad to stay in touch.",
    ),
}
# The shortest close, for a note that carries a correction and has no room for a longer one
# (round 57, h1514: "One correction: I have four years of repair experience, not three.").
SHORT_CLOSE: dict[str, str] = {"warm": "Hope to talk soon.", "concise": "Hope to speak soon."}


# Words for the conversation and for the candidate's pleasure in it: said twice in a row,
# "Thanks for our talk ... I enjoyed our talk about ..." reads as a template.
TALK = re.compile(
    r"\b(?:talk|discuss|chat|conversation|hear|speak|glad|enjoy|love|valu|hope)", re.IGNORECASE
)
# A gerund topic after "discussing", or after "and" behind it: "discussing moving the jobs"
# stumbles, and "Thank you for discussing the role and moving the jobs" thanks them for moving.
GERUND_MISREAD = re.compile(r"discussing (?:.* and )?\{topic\}")
_AFTER_TOPIC = re.compile(r"\{topic\}([^{]*)")
_STRESS = re.compile(r"\b(?:especially|particular|particularly)\b")


def joins(wording: str) -> set[str]:
    """The words that join `{topic}` to what follows it in `wording` ("and", "during"), and its
    words of stress ("especially"): none is said again inside the topic."""
    found = _AFTER_TOPIC.search(wording)
    words = set(re.findall(r"[a-z]+", found.group(1))) if found else set()
    return (words - {"me", "my"}) | set(_STRESS.findall(wording))


def frame_patterns(tone: str, slots: dict[str, str]) -> list[tuple[str, re.Pattern[str]]]:
    """Each wording of `tone`, with `slots` filled ("role", "company", "when", "interview"),
    as a pattern that knows a sentence said in it whatever its topic or point."""
    mark = "\x00"
    found = []
    for table in (THANKS, TOPIC, TOPIC_THANKS, POINT, CLOSE):
        for wording in table[tone]:
            if wording == "{point}.":
                continue  # a sentence of the candidate's alone is no frame
            text = wording.format(topic=mark, point=mark, **slots).rstrip(".")
            pattern = re.escape(text).replace(re.escape(mark), ".+")
            found.append((wording, re.compile(pattern, re.IGNORECASE)))
    return found


def turned(items: list[str], steps: int) -> list[str]:
    """`items` begun `steps` places on, wrapping round."""
    if not items:
        return items
    steps %= len(items)
    return items[steps:] + items[:steps]
