"""What kind of thing a candidate's note item says (a degree, a certificate held, a skill, an
achievement, an ability ...), read from its phrase's shape and the clause said for it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from composer import regexes as re
from composer.offline import credentials, figures, lexicon
from composer.offline.casing import sentence
from composer.offline.phrases import Shape
from composer.offline.realise import Clause
from composer.offline.words import CREDENTIAL_STATES, DETERMINERS, FUNCTION_WORDS, NUMBER_WORDS


class Kind(Enum):
    """What a candidate's note item says about them."""

    DEGREE = "degree"  # "I earned a PhD in History at Edinburgh in 2022"
    UNDER_WAY = "qualification under way"  # "I am completing a BSc in Economics ..."
    HELD = "qualification held"  # "I hold QTS", "I am registered with NMBI"
    CERTIFICATE = "named certificate"  # "I have completed IOSH Managing Safely"
    ROLE = "what the candidate is"  # "I am a licensed journeyman electrician"
    SKILL = "skill or experience"  # "I have seven years of experience with Go and Rust"
    ACHIEVEMENT = "achievement"  # "I cut shrinkage by a third in one year"
    ONGOING = "ongoing work"  # "My monograph is under contract with ..."
    ABILITY = "ability"  # "I can read blueprints and one-lines"
    TRAIT = "trait"  # "I am calm under pressure"
    NOTE_TO_SELF = "fact from a note to self"  # "The BBC Radio 3 piece reached ..."
    OPINION = "opinion"  # "I think the team should ..."
    OFFER = "what the candidate would bring"  # "I would bring reliable money movement"
    QUESTION = "question"
    UNSURE = "unsure"


# Kinds that are facts said plainly: a result or a credential takes no "I would bring that".
PLAIN_KINDS = frozenset(
    [Kind.DEGREE, Kind.UNDER_WAY, Kind.HELD, Kind.CERTIFICATE, Kind.ROLE, Kind.ACHIEVEMENT,
     Kind.ONGOING, Kind.NOTE_TO_SELF]
)  # fmt: skip


OPINION = re.compile(r"^I (?:think|believe|feel|reckon)\b|\bshould\b", re.IGNORECASE)
_ONGOING = re.compile(r"\b(?:is|are|am)\b|\bcurrently\b|\bongoing\b|\bunder way\b", re.I)


def kind_of(shape: Shape, said: Clause, text: str) -> Kind:
    if said.whole is not None and figures.said(text) == said.whole:
        return Kind.ACHIEVEMENT  # "I monitor about 15 GAs a week": a result, said plainly
    verb = said.verb
    if verb in ("read", "speak", "write") and said.rest[:1].isupper():
        return Kind.SKILL  # "I read Polish, German and Russian": an ability, not a past act
    lower = text.lower()
    if verb == "am completing":
        return Kind.UNDER_WAY
    if verb == "earned" or credentials.degree(text) is not None:
        return Kind.DEGREE
    whole = said.whole or ""
    if re.match(r"I(?: am|'m) (?:a|an) ", whole):
        return Kind.ROLE
    if whole.startswith("I hold "):
        return Kind.HELD  # "I hold OSHA 30", typed as a sentence
    if verb in ("hold", "have completed") or (verb == "am" and _held_state(said.rest)):
        return Kind.CERTIFICATE if verb == "have completed" else Kind.HELD
    if shape is Shape.ROLE:
        return Kind.ROLE
    if verb == "am" and shape is Shape.NOUN:
        return Kind.HELD  # "I am CEng MICE"
    if shape in (Shape.PAST, Shape.PAIR) or (shape is Shape.PARTICIPLE and verb == "was"):
        return Kind.ACHIEVEMENT
    if shape is Shape.BASE and lexicon.is_past(verb.split()[0]):
        return Kind.ACHIEVEMENT  # "train 3 apprentices": "I trained three apprentices"
    if shape is Shape.BASE or verb == "can" or lower.startswith("can "):
        return Kind.ABILITY
    if shape in (Shape.ADJECTIVE, Shape.PARTICIPLE):
        return Kind.TRAIT
    if shape in (Shape.NOUN, Shape.GERUND):
        return Kind.SKILL
    if OPINION.search(whole):
        return Kind.OPINION
    if whole.startswith("I can "):
        return Kind.ABILITY
    present = re.match(r"I (\w+) ", whole)
    if present and lexicon.base_of(present.group(1)) == present.group(1).lower():
        verb_word = present.group(1).lower()
        if verb_word not in ("am", "have", "was", "had") and not lexicon.is_past(verb_word):
            return Kind.SKILL  # "I speak fluent Mandarin"
    if re.match(r"I (?:have|am)\b", whole) and not _ONGOING.search(whole[5:]):
        return Kind.SKILL if whole.startswith("I have") else Kind.ROLE
    words = whole.split()
    if any(lexicon.is_past(w) for w in words[1:]) and not _ONGOING.search(whole):
        return Kind.ACHIEVEMENT
    return Kind.ONGOING


_DESCRIBING = frozenset(["organised", "organized"])  # adjectives the lexicon has as verbs only


def described(words: list[str]) -> bool:
    """ "organised trial prep": a describing word and a bare noun, no object of a verb."""
    first = words[0].lower()
    if len(words) < 2 or ("adj" not in lexicon.classes(first) and first not in _DESCRIBING):
        return False
    second = words[1].lower()
    return second not in DETERMINERS and not second[:1].isdigit() and second not in NUMBER_WORDS


def _held_state(rest: str) -> bool:
    if rest[:1].isupper() and rest.endswith(" trained"):
        return True  # "I am NFPA 70E trained": a named training held
    return rest.split(" ", 1)[0].lower() in CREDENTIAL_STATES or rest.endswith(
        ("certified", "qualified", "registered", "licensed")
    )


# A qualification typed with its verb after it: "CFA L2 passed", "Level 3 completed last year",
# "CFA L2 passed, sitting L3 in May" (the next one under way after a comma).
_DONE = re.compile(
    r"^(?P<what>[A-Z][\w -]+?) (?:completed|passed|achieved)"
    r"(?: (?P<when>(?:in|last|this) [\w ]+|(?:19|20)\d\d)"
    r"|, (?P<next>(?:sitting|taking|doing|studying for) [^,;]+))?$"
)


def passed_held(text: str) -> Clause | None:
    """ "CFA L2 passed, sitting L3 in May" -> "I have completed my CFA L2 and am sitting L3 in
    May"; "Level 3 completed last year" -> "I completed my Level 3 last year" (done then, said
    in the past); None for any other line."""
    done = _DONE.match(text)
    if done is None:
        return None
    if done["when"]:
        return Clause("I", "completed", f"my {done['what']} {done['when']}")
    next_step = f" and am {done['next']}" if done["next"] else ""
    return Clause("I", "have completed", f"my {done['what']}{next_step}")


# A thing held named by its last word: "... champion cert", "... safety ticket".
_HELD_NAME = re.compile(r"(?i)\b(?:cert|certificate|ticket|licen[cs]e|diploma)\b")


def named_held(verb: str, text: str) -> bool:
    """Whether a line read as a deed ("wound" + "care ...") is a thing held named by its last
    word: its first word a noun too, a bare noun after it, a certificate's word in it."""
    words = text.lower().split()
    return (
        len(words) > 2
        and verb == words[0]
        and lexicon.is_noun(verb)
        and lexicon.is_noun(words[1])
        and words[1] not in FUNCTION_WORDS
        and bool(_HELD_NAME.search(text))
    )


@dataclass(frozen=True)
class Item:
    """One note item as the letter may say it; `said` is None when it is left out (`why`)."""

    source: str
    kind: Kind
    said: Clause | None = None
    why: str = ""

    def sentence(self, adverb: str = "") -> str | None:
        """The item as one sentence ("I also hold QTS."), or None when it is left out."""
        return None if self.said is None else sentence(self.said.text(adverb))
