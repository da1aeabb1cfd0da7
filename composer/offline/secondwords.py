"""The closed word sets `secondlanguage` reads second-language notes by: the verbs of what
happens in a room, the verbs of a state, the words that mark a line as past or present."""

from __future__ import annotations

from composer import regexes as re

# What someone does in an interview, told of afterwards: always past in a line about the room.
EVENT_VERBS = frozenset(
    [
        "ask",
        "say",
        "tell",
        "explain",
        "mention",
        "show",
        "describe",
        "offer",
        "suggest",
        "recommend",
        "invite",
        "introduce",
        "agree",
        "laugh",
        "smile",
        "look",
        "seem",
        "sound",
        "talk",
        "speak",
        "share",
        "give",
        "take",
        "walk",
        "answer",
        "reply",
        "interrupt",
        "forget",
        "admit",
        "point",
        "joke",
        "warn",
        "promise",
        "confirm",
        "note",
        "stress",
        "insist",
        "call",
    ]
)
# What the candidate did in the room, told of afterwards ("I say", "I forget to mention").
FIRST_EVENTS = frozenset(["say", "forget", "mention", "answer", "reply", "tell", "show", "explain"])
# The candidate's deeds a highlight tells, typed in the present by a second-language writer ("I
# create a glossary of medical signs ..."): a highlight is a deed done, said in the past.
FIRST_DEEDS = frozenset(
    ["create", "build", "design", "develop", "write", "introduce", "organise", "organize",
     "launch", "start", "train", "reduce", "cut", "win", "fix", "solve", "save", "improve",
     "lead", "set", "translate", "prepare", "implement", "redesign", "rebuild", "establish",
     "show", "present", "restore", "renovate", "repair", "install", "finish", "complete",
     "deliver", "produce"]
)  # fmt: skip
# Verbs that ask a question: the candidate's verb after "asked me what/how" is "would".
ASKING = frozenset(["ask", "asked", "asks", "wonder", "wondered"])
# Verbs of a state or a standing, said in the present unless the line is of a time gone by.
STATIVE = frozenset(
    [
        "be",
        "have",
        "know",
        "speak",
        "like",
        "love",
        "want",
        "need",
        "prefer",
        "hope",
        "wish",
        "intend",
        "own",
        "hold",
        "understand",
        "believe",
        "think",
        "feel",
        "mean",
        "enjoy",
        "hate",
        "remember",
    ]
)
# Words that mark a line as told of the past.
PAST_WORDS = frozenset(
    [
        "yesterday",
        "ago",
        "previous",
        "prev",
        "former",
        "formerly",
        "was",
        "were",
        "had",
        "did",
        "thesis",
        "dissertation",
        "internship",
        "then",
        "earlier",
    ]
)
# Words that keep a clause in the present: a habit or a state that goes on.
PRESENT_WORDS = frozenset(
    [
        "now",
        "currently",
        "still",
        "every",
        "usually",
        "always",
        "often",
        "sometimes",
        "nowadays",
        "today",
        "normally",
        "each",
        "next",
    ]
)
# An adverb typed between a subject and its verb ("she just come back").
SHIFTABLE_ADVERBS = frozenset(["just", "also", "always", "both", "really", "then", "never", "all"])
# Words that follow a verb and never a noun used as one: they show a word before them is a verb.
OBJECT_STARTS = frozenset(
    [
        "me",
        "us",
        "him",
        "her",
        "them",
        "you",
        "it",
        "that",
        "about",
        "to",
        "what",
        "how",
        "why",
        "when",
        "where",
        "if",
        "whether",
        "the",
        "a",
        "an",
        "my",
        "his",
        "our",
        "their",
        "this",
        "these",
        "those",
        "some",
        "very",
        "really",
        "more",
        "so",
        "up",
        "back",
        "as",
        "in",
        "at",
        "on",
        "for",
        "with",
        "from",
        "every",
        "each",
        "all",
        "there",
        "here",
        "home",
        "out",
        "down",
        "away",
        "together",
        "too",
        "well",
    ]
)
# Words with a verb reading that a subject pronoun is never followed by as its verb in a note.
NOT_SUBJECT_VERBS = frozenset(
    [
        "fan",
        "head",
        "boss",
        "mum",
        "dad",
        "mother",
        "father",
        "can",
        "could",
        "will",
        "would",
        "shall",
        "should",
        "may",
        "might",
        "must",
    ]
)
# Verbs taking "to" before a bare verb ("she want reduce": "she wants to reduce").
TO_VERBS = frozenset(["want", "need", "plan", "try", "decide", "hope", "forget", "learn", "prefer"])
# What one writes ("make master thesis": "write a master's thesis") and what one does ("make a
# course", "make the Camino").
WRITTEN_THINGS = frozenset(["thesis", "theses", "dissertation"])
DONE_THINGS = frozenset(
    [
        "course",
        "internship",
        "degree",
        "master",
        "masters",
        "master's",
        "bachelor",
        "bachelor's",
        "phd",
        "training",
        "apprenticeship",
        "camino",
        "marathon",
        "triathlon",
        "race",
        "exam",
        "msc",
        "mba",
    ]
)
# Nouns English does not count, typed with a plural: said without it.
MASS_PLURALS = {
    "informations": "information",
    "equipments": "equipment",
    "feedbacks": "feedback",
    "knowledges": "knowledge",
    "softwares": "software",
    "furnitures": "furniture",
    "trainings": "training",
    "homeworks": "homework",
    "luggages": "luggage",
}

# Words of a habit: an event verb beside one is a habit of the reader's, said in the present.
HABIT_WORDS = frozenset(["every", "usually", "always", "often", "sometimes", "normally", "each"])


# Verbs of a deed done once ("pass", "win", "build"): a highlight typed with one in the present
# was meant in the past ("I pass 2 audits ISO 22716 with zero major NC": "I passed"), unless it
# says it goes on ("every", "now"); "I supervise 40 workers" may be so now (session 55).
_ONCE = frozenset(
    [
        "pass",
        "win",
        "make",
        "build",
        "reduce",
        "cut",
        "launch",
        "finish",
        "complete",
        "save",
        "create",
        "design",
        "introduce",
        "write",
        "achieve",
        "increase",
        "raise",
        "double",
        "triple",
        "halve",
        "found",
        "fix",
        "solve",
        "rebuild",
        "redesign",
        "implement",
        "install",
        "deliver",
        "publish",
        "get",
        "receive",
    ]
)


_NOW_RESULT = re.compile(r",\s+now\s+(?=(?:the|they|we|our|my|all|most|he|she|it)\s)")


def done_once(line: str) -> bool:
    """Whether a highlight's "I <verb>" is a deed done once, typed in the present."""
    verb = re.search(r"\bI (\w+)", line)
    # "..., now the weavers understand the price": what is so now is the deed's result, a clause
    # of its own (round 57, h1521)
    line = _NOW_RESULT.split(line, maxsplit=1)[0]
    lower = set(re.findall(r"[a-z]+", line.lower()))
    return verb is not None and verb[1].lower() in _ONCE and not lower & PRESENT_WORDS


# One person of the writer's, the subject of a verb typed bare ("my cousin film it").
KIN_NOUNS = frozenset(
    ["cousin", "brother", "sister", "wife", "husband", "son", "daughter", "friend", "father",
     "mother", "boss", "uncle", "aunt"]
)  # fmt: skip
