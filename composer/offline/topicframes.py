"""Which topic frames fit a topic: a frame is chosen by what the topic IS.

A frame that calls the topic the reader's view ("I enjoyed hearing your view of {topic}",
"Hearing your thinking on {topic} ...") fits only a matter of opinion: a debate, a strategy or
plan, a choice between two ways ("cask versus keg"), a how/why/whether question about their
work, or a topic said with their aim ("the AW27 range and your wish for fewer SKUs"). A thing,
a practice or a project of theirs ("the new Midas desk", "writing labels at a fourth-grade
reading level", "the length of onboarding") is something they told the candidate about: every
frame but those. A question put to the candidate or an exercise they did ("scenario of a
house fire", "how I would handle a supplier missing a launch date") is neither their view nor
something they said: frames that call it theirs ("what you said about {topic}", "I also
enjoyed hearing about {topic}") do not fit it either.
"""

from __future__ import annotations

from typing import Protocol

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.topicjoin import EXERCISE

# Frames that say the topic was the reader's opinion.
_VIEW = re.compile(r"\byour (?:view|views|thinking|take|perspective)\b", re.IGNORECASE)
# Frames that say the reader told the candidate about the topic.
_TOLD = re.compile(
    r"\bwhat you (?:said|told me|shared)\b|\bhearing (?:about|more about) \{topic\}",
    re.IGNORECASE,
)

# Heads of a topic that is a matter of opinion: "the headless versus theme debate".
OPINION_HEADS = frozenset(
    ["debate", "debates", "strategy", "strategies", "approach", "approaches", "plan", "plans",
     "vision", "philosophy", "priorities", "priority", "direction", "future", "thinking",
     "case", "choice", "trade-off", "tradeoff", "trade-offs", "balance", "idea", "ideas",
     "view", "views", "stance", "argument", "dilemma", "options", "roadmap",
     "ambitions", "ambition", "aims", "goals", "model", "policy", "position"]
)  # fmt: skip
# Words that make a topic a matter of opinion wherever they stand in it.
_OPINION_WORDS = re.compile(
    r"\b(?:versus|vs|or not|pros and cons|your (?:wish|aim|plan|view|hope)s?)\b", re.IGNORECASE
)
# A topic said with the reader's aim ("... and your wish for fewer SKUs"): `topicaims`.
_AIMED = re.compile(r" and your (?:wish|aim|hope|plan) (?:for|to)\b")
# A worry of the reader's, named as theirs (`topicpairs`): "your concern about ...".
_THEIR_WORRY = re.compile(r"your (?:concern|worry|fear)\b")
# A wh-clause about how their work should be or is done: "how the cathedral handles tourists".
_WH = re.compile(r"^(?:how|why|whether|what|when|where|which)\b", re.IGNORECASE)
# The candidate's own work or answer: "my IRATA Level 2", "how I would handle ...".
_MINE = re.compile(r"(?<![\w-])(?:I|my|me|I'd|I'm|I've)(?![\w-])")
# A question or an exercise put to the candidate, named as the topic's head: "the scenario",
# "the role-play with an angry tenant", "scenario q" (not "glazing tests on the new clay").
_PUT = re.compile(
    r"\b(?:scenario|role[- ]?play|case study|exercise|test|simulation|tabletop|question|task)s?"
    r"(?: qs?)?(?=$| (?:of|with|about|where|in which|on how)\b)",
    re.IGNORECASE,
)


def kind(topic: str) -> str:
    """What a topic is, as a frame needs it: "put" (a question or an exercise put to the
    candidate, or their own work), "opinion" (a matter of the reader's view) or "told" (a thing,
    practice or project the reader told the candidate about)."""
    words = topic.lower().replace(",", " ").split()
    if not words:
        return "told"
    if _MINE.search(topic) or EXERCISE.search(topic) or _PUT.search(topic):
        return "put"
    if _OPINION_WORDS.search(topic) or _head_opinion(words):
        return "opinion"
    if _WH.match(topic):
        return "opinion"
    return "told"


def _head_opinion(words: list[str]) -> bool:
    """The head of the noun phrase (its last word before "of", "for", "on", "to" or a clause)
    is a word of opinion: "the case for a new depot" is, "the plan room" is not."""
    stops = ("of", "for", "on", "to", "with", "at", "in", "about", "between", "and")
    head = words[-1]
    for index, word in enumerate(words):
        if word in stops and index:
            head = words[index - 1]
            break
    return head in OPINION_HEADS


def fits(frame: str, topic: str) -> bool:
    """True when `frame` (a wording with a {topic} slot) fits what `topic` is."""
    what = kind(topic)
    if frame.startswith("{Topic}") and _AIMED.search(topic):
        return False  # "The AW27 range and your wish for ... was": too heavy a subject
    if _AIMED.search(topic) and re.search(r"\{topic\} with (?:you|me)\b", frame):
        return False  # "... and your aim to bring it down with me": the aim ends the sentence
    if _THEIR_WORRY.match(topic) and (_VIEW.search(frame) or _TOLD.search(frame)):
        return False  # "what you said about your concern about ...": their worry, named once
    if _VIEW.search(frame):
        return what == "opinion"
    if _TOLD.search(frame):
        return what != "put"
    return True


def theirs(frame: str) -> bool:
    """Whether `frame` calls its topic the reader's view or what the reader told."""
    return bool(_VIEW.search(frame) or _TOLD.search(frame))


def fitting(section: str, options: list[str], topic: str) -> list[str]:
    """The topic wordings of `options` that fit `topic`, or all of them when none does."""
    if not section.startswith("topic") or not topic:
        return options
    kept = [o for o in options if fits(o, topic)]
    return kept or options


# Words that open a clause inside a topic's name: it is no noun phrase a lead can take up.
_CLAUSE_WORD = re.compile(
    r"\b(?:how|what|why|whether|where|when|which|who|that|since|because|until|unless|once|if)\b",
    re.IGNORECASE,
)
# The longest name a lead before the candidate's own clause ("As for X, I would ...") carries.
_LEAD_WORDS = 8


def leads(topic: str) -> bool:
    """True when a lead may name `topic` before a clause of the candidate's ("As for X, ...",
    "With X in mind, ..."): a short noun phrase, not a gerund's clause ("preparing for the
    VPP application next year"), nor one with a clause or a list in it ("the shift schedule
    and how handovers work")."""
    words = topic.split()
    if not words or len(words) > _LEAD_WORDS or "," in topic or _CLAUSE_WORD.search(topic):
        return False
    return not lexicon.is_gerund(words[0].lower())


class _Read(Protocol):
    """A topic as `topics.read_topic` reads it (no import: `topics` imports this module's users)."""

    @property
    def mine(self) -> bool: ...

    @property
    def question(self) -> bool: ...

    @property
    def text(self) -> str: ...

    @property
    def source(self) -> str: ...


def also_section(topic: _Read) -> str:
    """The wordings for one more topic: thanks for what they told the candidate about it, or,
    for a question put to the candidate or their own work, that they talked it through."""
    # "how the administration can protect rehearsal time": a problem talked through, never
    # "what you told me about" (reader 39's h260)
    talked = re.match(r"(?:how|whether|what) .+\b(?:can|could|should|might)\b", topic.text)
    # "Safety culture, I told about near-miss report I make ...": the candidate did the telling
    told = re.search(
        r"\b(?i:i) (?:told|tell|talked|explained|described|shared|called out|walked|showed|ran"
        r"|led|did|drove|demonstrated|presented|went over|made|missed|got)\b",  # "he drove, I
        # called out issues", "i went over 17 cps": the candidate's own part in it
        topic.source,
    )
    # "GDD models for PGR timing - she loved this!!": the candidate's idea, which they liked
    told = told or re.search(
        r"(?i)\b(?:she|he|they) (?:loved|liked) (?:this|it|that)\b", topic.source
    )
    mine = topic.mine or topic.question or talked or told
    return "topic_also_mine" if mine else "topic_also"
