"""Words of a topic or a point written as one modifier before a noun, with hyphens ("the
out-of-hours rota", "same-day access", "ELKLAN-style groups", "bereavement follow-up calls",
"data-driven rule tuning"), where the notes type them as words.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.words import FUNCTION_WORDS, SMALL_NUMBERS, TOPIC_COUNTABLE

# Phrases that are one modifier before a noun, written with hyphens there ("the out-of-hours
# rota", "same-day access") and as words elsewhere ("a breakdown out of hours").
_COMPOUND_MODIFIERS = re.compile(
    r"\b(?:by the glass|out of hours|out of area|end of life|day to day|face to face|one to one"
    r"|state of the art|up to date|new build|same day|next day|high risk|low risk|long haul"
    r"|short haul|long term|short term|part time|full time|on call|in house|real time|end to end"
    r"|cross functional|after school|return to play|return to work|problem solving"
    r"|decision making|high volume|open source|third party|large scale|front line"
    r"|first line)(?= ([a-z]+)\b)",
    re.IGNORECASE,
)
# A noun and a participle or adjective that together describe the noun after them: "data
# driven rule tuning", "risk based triage", "customer facing roles" (not "a team based in
# Leeds", "the crew focused on safety": a preposition follows, no noun).
_NOUN_MADE = re.compile(
    r"(?<![\w-])(?P<noun>[A-Za-z]{3,}) (?P<made>based|driven|facing|focused|centred|centered"
    r"|friendly|intensive|led)(?= (?P<after>[a-z]+)\b)"
)
_NOT_NOUNS = frozenset(["was", "were", "are", "been", "being", "who", "which", "that", "team"])


def hyphenated(text: str) -> str:
    """ "by the glass program" -> "by-the-glass program": a phrase of `_COMPOUND_MODIFIERS`
    before a noun is one word; so is a name with "style" ("ELKLAN style groups": "ELKLAN-style
    groups")."""
    text = re.sub(r"\b([A-Z][\w&]*) style (?=[a-z]{3,})", r"\1-style ", text)
    text = _BODY_MADE.sub(_body_made, text)  # "a GDC registered dental nurse": "GDC-registered"
    text = _NOUN_MADE.sub(_noun_made, text)
    return _COMPOUND_MODIFIERS.sub(
        lambda m: (
            m.group().replace(" ", "-")
            if (lexicon.is_noun(m.group(1).lower()) or m.group(1).lower() in TOPIC_COUNTABLE)
            and m.group(1).lower() not in (*SMALL_NUMBERS, "ten")  # "on call one weekend a month"
            else m.group()
        ),
        text,
    )


# A body's initials and the standing it gives, before the noun it describes.
_BODY_MADE = re.compile(
    r"(?<![\w-])(?P<body>[A-Z]{2,6}) (?P<made>registered|certified|accredited|approved|licensed"
    r"|qualified|trained)(?= (?P<after>[a-z]+)\b)"
)


def _body_made(found: re.Match[str]) -> str:
    """ "GDC registered" before a noun: "GDC-registered"; as typed before any other word
    ("CSCS qualified since May 2020")."""
    after = found["after"]
    if after in FUNCTION_WORDS or not lexicon.is_noun(after):
        return found.group()
    return f"{found['body']}-{found['made']}"


def _noun_made(found: re.Match[str]) -> str:
    """ "data driven" before a noun: "data-driven"; as typed when either side is no noun."""
    noun, after = found["noun"], found["after"]
    if noun.lower() in FUNCTION_WORDS or noun.lower() in _NOT_NOUNS:
        return found.group()
    if found.start() == 0 and lexicon.is_gerund(noun.lower()):
        return found.group()  # "Training intensive care nurses": a doing and its object
    if not (noun[0].isupper() or lexicon.is_noun(noun.lower())) or noun.lower().endswith("ly"):
        return found.group()
    known = lexicon.is_noun(after) or after in TOPIC_COUNTABLE or lexicon.is_gerund(after)
    if after in FUNCTION_WORDS or not known:
        return found.group()
    if found["made"] == "led" and lexicon.is_plural_noun(noun.lower()):
        return found.group()  # "nurses led the audit": who did it
    return f"{noun}-{found['made']}"


# A verb and its particle before a noun are the noun made from them: "bereavement follow up
# calls" -> "follow-up calls", "drop off times" -> "drop-off times" (after a subject or "to"
# they are the verb: "how we follow up leads").
_PARTICLE_NOUNS = re.compile(
    r"(?:(?<=^)|(?<= ))(?P<verb>follow|check|drop|pick|sign|set|hand|call|walk|log|roll|write"
    r"|clean|start|fit|buy) (?P<particle>up|in|off|out|back)(?= (?P<noun>(?-i:[a-z]+))\b)",
    re.IGNORECASE,
)
_SUBJECTS = frozenset(["i", "we", "you", "they", "to", "can", "will", "would", "should", "must"])
# The nouns English makes from these verbs and particles.
_MADE = frozenset(
    ["follow-up", "check-in", "drop-off", "pick-up", "sign-up", "set-up", "hand-off",
     "call-out", "walk-in", "log-in", "roll-out", "write-up", "clean-up", "start-up",
     "call-back", "check-out", "sign-off", "fit-out", "buy-in"]
)  # fmt: skip


def particle_nouns(text: str) -> str:
    """ "bereavement follow up calls" -> "bereavement follow-up calls": a verb and particle
    English makes one noun of, typed before a noun, are that noun."""

    def joined(found: re.Match[str]) -> str:
        before = text[: found.start()].split()
        made = f"{found['verb']}-{found['particle']}"
        if made.lower() not in _MADE or (before and before[-1].lower() in _SUBJECTS):
            return found[0]
        if not lexicon.is_noun(found["noun"]) or found["noun"] in ("with", "on", "for"):
            return found[0]
        return made

    text = _PARTICLE_NOUNS.sub(joined, text)
    last = _PARTICLE_LAST.search(text)
    if last is None or f"{last['verb']}-{last['particle']}".lower() not in _MADE:
        return text
    before = last["before"]
    lower = before.lower()
    if lower in _SUBJECTS or lexicon.is_plural_noun(lower):
        return text  # "nurses sign off": a clause, what they do
    if not (before.isupper() or lexicon.is_noun(lower)):
        return text
    return f"{text[: last.start('verb')]}{last['verb']}-{last['particle']}{text[last.end() :]}"


# The same at the end (or before a comma), after a noun or a name it is done to: "CRS sign off"
# -> "CRS sign-off".
_PARTICLE_LAST = re.compile(
    r"(?P<before>[\w-]+) (?P<verb>follow|check|drop|pick|sign|set|hand|call|walk|log|roll|write"
    r"|clean|start|fit|buy) (?P<particle>up|in|off|out|back)(?=$|,)",
    re.IGNORECASE,
)
