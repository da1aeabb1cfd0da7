"""Phrase analysis: the grammatical shape of a note item. People type notes in every shape:
"fluent in Spanish" (an adjective phrase), "admitted to the bar" (a participle), "led usability
studies" (a past-tense verb phrase), "my app was featured by the store" (a clause with its own
subject), "I am a registered nurse" (a first-person sentence), "master's degree in nursing" (a
noun phrase without its article). `analyse` cleans the item (bullets, shorthand, a trailing
"etc.") and reads its shape; `realise` then says it as the candidate. A shape that cannot be
read with confidence is UNKNOWN, and nothing is said of it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from enum import Enum

from composer import regexes as re
from composer.offline import lexicon, selfnotes
from composer.offline.clauses import finite_after, verbless_mine
from composer.offline.cleaning import bare, clean, join_list, lower_first
from composer.offline.fields import is_post
from composer.offline.words import (
    COUNTABLE,
    CREDENTIALS,
    DETERMINERS,
    EXECUTIVE,
    FIRST_PERSON,
    FRONTED,
    MODALS,
    ORDINALS,
    PASSIVES,
    PERSON_HEADS,
    PREPOSITIONS,
    SHARE_OF,
    STATES,
    SUBJECT_PRONOUNS,
    WH_WORDS,
)


class Shape(Enum):
    """The grammatical shape of one note item."""

    NOUN = "noun phrase"  # "a certificate in accessible design", "six years of SQL"
    ROLE = "person noun phrase"  # "certified scrum master", "a registered nurse"
    ADJECTIVE = "adjective phrase"  # "fluent in Spanish", "bilingual"
    PARTICIPLE = "participle phrase"  # "admitted to the bar", "featured in the Guardian"
    PAST = "past-tense verb phrase"  # "led usability studies", "cut costs by 40%"
    GERUND = "gerund phrase"  # "running Airflow in production"
    BASE = "plain verb phrase"  # "help the team ship faster", "speak French"
    CLAUSE = "clause with its own subject"  # "my app was featured by the store"
    FIRST_PERSON = "first-person sentence"  # "I am a registered nurse"
    QUESTION = "question"  # "should the team adopt Rust?"
    PAIR = "two phrases after a comma"  # "ACA qualified, passed all exams first time"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Phrase:
    """A note item, cleaned for use inside a sentence, with its shape."""

    text: str  # no final stop, first word lowered when it is an ordinary word
    shape: Shape
    source: str  # the item as the notes give it
    parts: tuple[Phrase, ...] = ()  # a PAIR's two phrases, each said as its own clause

    @property
    def words(self) -> list[str]:
        return self.text.split()

    def _replace_source(self, source: str) -> Phrase:
        return Phrase(self.text, self.shape, source, self.parts)


# A share of the candidate's cases, then its verb: "Around 70% of my mediations reached ..."
_SHARE = re.compile(
    r"(?i)(?:(?:around|about|roughly|nearly|almost|over|more than|under) )?"
    r"(?:\d[\d.,]*%|half|most|all|two thirds|a third|a quarter|three quarters) (?:of )?"
    r"(?:my|our) (?:[\w-]+ ){0,2}?[\w-]+s (?P<verb>[a-z]+)\b"
)


def _is_person_np(words: list[str]) -> bool:
    """A noun phrase naming what the candidate is: "licensed electrician", "scrum master"."""
    head = head_noun(words)
    if head is None or head.lower().rstrip("s") not in PERSON_HEADS:
        return False
    return words.index(head) < 5  # "a fellow of the Higher Education Academy" counts too


def head_noun(words: list[str]) -> str | None:
    """The head noun of a noun phrase: the last word before a preposition or a gerund."""
    head = None
    inside = False
    for word in words:
        if word.startswith("(") or inside:
            inside = not word.endswith(")")
            continue  # "electrician (Wisconsin)", "ATPL (frozen) holder": brackets are aside
        lower = word.lower()
        # a gerund ends the head after a plural or "experience" ("five years designing ...")
        after_head = head is not None and (
            lexicon.is_plural_noun(head.lower()) or head.lower() in ("experience", "time")
        )
        if (
            lower in PREPOSITIONS
            or lower in ("who", "that", "which", "with")
            or (after_head and lexicon.is_gerund(lower))
        ):
            break
        head = word
    return head


@functools.lru_cache(maxsize=1024)
def analyse(item: str, common: frozenset[str] = frozenset()) -> Phrase:
    """The cleaned item and its shape; `common` holds words the notes write in lower case."""
    text = clean(item)
    if not text:
        return Phrase("", Shape.UNKNOWN, item)
    post, semi, more = item.strip().rstrip(".").partition("; ")
    role = analyse(post, common) if semi and ";" not in more else None
    if role is not None and role.shape is Shape.ROLE:
        tail = analyse(more, common)  # "court-appointed expert since 2009; testimony in 120
        post_too = bool(tail.words) and is_post(tail.words[0])  # "; convenor of X since 2027"
        if tail.shape is Shape.NOUN and not _is_person_np(tail.words) and not post_too:
            return Phrase(f"{role.text}, with {tail.text}", Shape.ROLE, item)  # proceedings"
    labelled = _LABEL.match(text)
    if labelled:
        text = text[labelled.end() :]  # "on fatigue: I checked ...": the label is the topic's
    lead = re.match(r"(also|previously|recently|successfully|personally) (\w+)\b", text, re.I)
    if lead and lexicon.is_past(lead.group(2)):
        if lead.group(1).lower() == "also":  # the letter places its own "also"
            return analyse(text[5:], common)._replace_source(item)
        return Phrase("I " + text[0].lower() + text[1:], Shape.FIRST_PERSON, item)
    never = re.match(r"(?i)never (\w+) (?=\S)", text)  # "Never had X": "I have never had X"
    done = lexicon.verb_forms(lexicon.base_of(never[1]) or "").get("VBN") if never else None
    spell = never and _SPELL.search(text)  # "Never have a serious incident in 6 years": the
    if never and done and (lexicon.is_past(never[1]) or never[1].lower() == done or spell):
        return Phrase(f"I have never {done} {text[never.end() :]}", Shape.FIRST_PERSON, item)
    text = _KNOWLEDGE.sub(r"\1, with a \2 knowledge of ", text)  # "fluent in X and working
    if FRONTED.match(text):  # "In 2025 I closed 28 hires": the candidate's sentence as typed
        return Phrase(text[0].upper() + text[1:], Shape.FIRST_PERSON, item)
    perfect = _PERFECT.match(text)
    held = perfect and (perfect.group(1).lower() in DETERMINERS or perfect.group(1).isdigit())
    if perfect and (held or lexicon.is_participle(perfect.group(1).lower())):
        # "have a BSc in Physics", "have written scripts ...": the candidate's, typed without "I"
        return Phrase("I " + text[0].lower() + text[1:], Shape.FIRST_PERSON, item)
    if re.match(r"(?i)^used to [a-z]+ing\b", text):  # "used to reading bad handwriting at 3am"
        return Phrase("I am " + text[0].lower() + text[1:], Shape.FIRST_PERSON, item)
    now = _NOW.match(text)
    if now:
        return Phrase("I am " + text[0].lower() + text[1:], Shape.FIRST_PERSON, item)
    if selfnotes.is_note_to_self(text):
        fact = selfnotes.fact_of(text)
        if fact is None or selfnotes.is_note_to_self(fact):
            return Phrase(text, Shape.UNKNOWN, item)
        found = analyse(fact, common)
        shape = found.shape
        if shape is Shape.NOUN and selfnotes.is_report(text):
            shape = Shape.CLAUSE  # "I undersold X, which did Y": X did Y
        return Phrase(found.text, shape, item, found.parts)
    if text.endswith("?"):
        return Phrase(text, Shape.QUESTION, item)
    if _SPAN_TAIL.search(text):
        return Phrase(lower_first(text, common), Shape.NOUN, item)  # "Go and Rust, 7 years"
    joined = _two_clauses(text, common, item)
    if joined is not None:
        return joined
    share = _SHARE.match(text)
    if share and lexicon.is_past(share["verb"].lower()):  # "Around 70% of my cases settled"
        return Phrase(text[0].upper() + text[1:], Shape.CLAUSE, item)
    words = text.split()
    first = words[0].lower()
    if first in FIRST_PERSON and not verbless_mine(text):
        return _first_person(text, item)
    if first in SUBJECT_PRONOUNS:
        return Phrase(text, Shape.CLAUSE, item)  # "they'll call by end of next week"
    if first in MODALS and len(words) > 1 and lexicon.base_of(words[1]) == words[1].lower():
        return Phrase("I " + first + text[len(first) :], Shape.FIRST_PERSON, item)  # "can start"
    text = lower_first(text, common)
    words = text.split()
    first = words[0]
    lower = bare(first).lower()
    second = bare(words[1]).lower() if len(words) > 1 else ""
    if len(words) > 2 and re.fullmatch(r"[A-Z]", words[1]) and lexicon.is_noun(lower):
        second = words[1]  # "Class A licence": a noun and its grade's letter, not a verb and "a"
    if lower in WH_WORDS:
        return Phrase(text, Shape.NOUN, item)  # "how the design system is governed"
    if (
        lower in ("fluent", "conversational", "native")
        and words[1:2]
        and words[1][:1].isupper()
        and (len(words) == 2 or words[2] in ("and", "&"))
    ):
        return Phrase(f"I speak {text}", Shape.FIRST_PERSON, item)  # "fluent Spanish"
    base = lexicon.base_of(lower)
    if (
        lexicon.is_third_person(lower)
        and base
        and not lexicon.is_noun(lower)
        and first[:1].islower()
        and len(words) > 1
    ):
        return Phrase(f"I {base} {text.partition(' ')[2]}", Shape.FIRST_PERSON, item)  # "speaks"
    compound = second in CREDENTIALS or lower in CREDENTIALS  # "master's degree", "master's in"
    if (
        lower.endswith("'s")
        and lexicon.is_noun(lower[:-2])
        and first[:1].islower()
        and not compound
    ):
        text = "the " + text  # "firm's pro bono work": a common noun's possessive needs "the"
        return Phrase(text, Shape.CLAUSE if finite_after(words, 1) else Shape.NOUN, item)
    if lower in DETERMINERS or lower[:1].isdigit():
        if finite_after(words, 1):
            return Phrase(text, Shape.CLAUSE, item)
        if lower in ("a", "an") and _is_person_np(words[1:]):
            return Phrase(text, Shape.ROLE, item)
        return Phrase(text, Shape.NOUN, item)
    last = bare(words[-1]).lower()
    short_state = len(words) <= 4 and lower not in DETERMINERS and "," not in text
    if (
        (first[:1].isupper() or short_state)
        and len(words) > 1
        and last in STATES | PASSIVES | {"qualified"}
    ):
        return Phrase(text, Shape.ADJECTIVE, item)  # "ACLS and BLS certified"
    if lower in EXECUTIVE:
        return Phrase(text, Shape.ROLE, item)  # "CFO of a listed company for six years"
    if first[:1].isupper() and _is_person_np(words) and not finite_after(words, 1):
        return Phrase(text, Shape.ROLE, item)  # "PRINCE2 Practitioner"
    if first[:1].isupper():  # a name or an acronym: "Python and SQL", "CPR certification"
        objects = ("a", "an", "the", "my", "our", "their", "your", "it", "them")
        if lexicon.base_of(lower) == lower and second in objects:
            return Phrase(first.lower() + text[len(first) :], Shape.BASE, item)
        if finite_after(words, 1):
            return Phrase(text, Shape.CLAUSE, item)
        return Phrase(text, Shape.NOUN, item)
    if lower in PASSIVES | STATES and lexicon.is_past(lower) and _counted_object(words[1:]):
        return Phrase(text, Shape.PAST, item)  # "trained about 60 FOs": it has an object
    honour = lower in PASSIVES and lower not in STATES and words[1:2] and words[1][:1].isupper()
    if lower in PASSIVES and second in ("when", "how", "what", "where", "why", "that", "which"):
        return Phrase(text, Shape.PAST, item)  # "recognised when to stop": the candidate did
    if lower in PASSIVES and second not in ("and", ",") and (honour or not _is_person_np(words)):
        return Phrase(text, Shape.PARTICIPLE, item)
    if lexicon.is_participle(lower) or lexicon.is_past(lower):
        passive = lower in STATES or not lexicon.is_past(lower)
        if (not second and passive) or (passive and second in PREPOSITIONS):
            return Phrase(text, Shape.PARTICIPLE, item)
        title = len(words) > 1 and item.lstrip()[:1].isupper() and words[1].istitle()
        if title and _is_person_np(words):  # "Designated Person under the PMSC": a post's title
            return Phrase(text[0].upper() + text[1:], Shape.ROLE, item)
        if words[1:2] and words[1][:1].isupper() and lexicon.is_past(lower) and lower not in STATES:
            return Phrase(text, Shape.PAST, item)  # "managed P&L of £12m"
        if not second or second in PREPOSITIONS or second in _PARTICLES:
            return Phrase(text, Shape.PAST, item)  # "graduated with honours", "set up a club"
        adjective = "adj" in lexicon.classes(lower) or lower in _TRADE_ADJECTIVES
        number = second[:1].isdigit() or (second[:1] in "$£€" and second[1:2].isdigit())
        if adjective and second not in DETERMINERS and not number and not _MOVED.search(text):
            # "certified scrum master", "licensed electrician": an adjective before a noun
            if _is_person_np(words):
                return Phrase(text, Shape.ROLE, item)
            return Phrase(text, Shape.NOUN, item)
        if second in PERSON_HEADS and lexicon.is_participle(lower) and _is_person_np(words):
            return Phrase(text, Shape.ROLE, item)  # "approved signatory" ("ran pilot": a deed)
        if lexicon.is_past(lower) or number or second in DETERMINERS:
            return Phrase(text, Shape.PAST, item)  # "fitted 200+ boilers": it has an object
        return Phrase(text, Shape.UNKNOWN, item)
    countable = len(words) <= 3 and bare(words[-1]).lower() in COUNTABLE
    if lexicon.is_gerund(lower) and countable and second not in DETERMINERS:
        return Phrase(text, Shape.NOUN, item)  # "prescribing qualification", "training plan"
    third = words[2].lower() if len(words) > 2 else ""  # the post ends the name: "since", "at"
    held = third in ("since", "for", "with", "at", "in", "on")
    held = held and not re.search(r"(?i)\b(?:training|course|cert\w*|programme)\b", item)
    if lexicon.is_gerund(lower) and second in PERSON_HEADS and held and item.lstrip()[:1].isupper():
        return Phrase(text, Shape.ROLE, item)  # "Mooring master since 2019": a post
    if lower == "working" and second in ("knowledge", "understanding"):
        return Phrase(f"a {text}", Shape.NOUN, item)  # "working knowledge of X": a working ...
    if lexicon.is_gerund(lower) and not finite_after(words, 1):
        return Phrase(text, Shape.GERUND, item)
    adjective = lexicon.is_adjective_only(lower) or (not second and "adj" in lexicon.classes(lower))
    loose = "adj" in lexicon.classes(lower) and second in ("under", "with", "at", "in", "on")
    if "adj" in lexicon.classes(lower) and second == "and" and len(words) > 3:
        # "calm and patient with anxious parents": two adjectives sharing what follows
        loose = "adj" in lexicon.classes(bare(words[2]).lower()) and words[3] in PREPOSITIONS
    if loose and lower != "expert" and _is_person_np(words[:1]):
        return Phrase(text, Shape.ROLE, item)  # "specialist in wound care": one, not a quality
    if (adjective or loose) and (not second or second in PREPOSITIONS | {"and"}):
        # (", which helped ...": a clause on the whole, never a list item; round 52, h1435)
        listed = "," in text and not re.search(r",\s+(?:which|who|where|when)\b", text)
        if listed and " and " not in text:  # "calm under pressure, good with families"
            text = join_list([part.strip() for part in text.split(",") if part.strip()])
        return Phrase(text, Shape.ADJECTIVE, item)
    if finite_after(words, 1):
        return Phrase(text, Shape.CLAUSE, item)
    if _is_base_verb(lower, second):
        return Phrase(text, Shape.BASE, item)
    noun_like = lexicon.is_noun(lower) or "adj" in lexicon.classes(lower) or lower in ORDINALS
    if noun_like or "'" in lower:
        if _is_person_np(words):
            return Phrase(text, Shape.ROLE, item)
        return Phrase(text, Shape.NOUN, item)
    head = head_noun(words)
    if "-" in lower and head is not None and head is not first and lexicon.is_noun(head):
        if _is_person_np(words):
            return Phrase(text, Shape.ROLE, item)  # "on-call lead for two years"
        return Phrase(text, Shape.NOUN, item)  # "first-class law degree"
    return Phrase(text, Shape.UNKNOWN, item)


def _counted_object(rest: list[str]) -> bool:
    """True when `rest` opens with a count of things ("60 FOs", "about 60 FOs"), not a year."""
    about = ("about", "around", "over", "nearly", "almost", "some", "roughly")
    rest = rest[1:] if rest[:1] and rest[0].lower() in about else rest
    if len(rest) < 2 or not rest[0][:1].isdigit():
        return False
    return not re.fullmatch(r"(?:19|20)\d\d", rest[0].strip(",.;"))


_KNOWLEDGE = re.compile(  # knowledge of French": "fluent in X, with a working knowledge of"
    r"(?i)^((?:fluent|proficient|conversational|native)\b[^,]*?),? and (?:a )?(working|basic"
    r"|good) knowledge of "
)
_SPAN_TAIL = re.compile(
    r"^[^,]+, (?:over |nearly |about )?\w+\+? (?:years?|months?)(?: (?:in|at|on|with) [^,]+)?$"
)
_LABEL = re.compile(r"^(?:on|re|about|regarding|for) [^:;]{1,40}[:;] (?=I\b|my\b)", re.I)
_PERFECT = re.compile(r"^have (?:also |since |now )?(\w+) \w", re.IGNORECASE)
# a span of time after "never": the second-language present is the candidate's record
_SPELL = re.compile(
    r"\b(?:in|for|since) (?:\d+|\w+) (?:years?|yrs|months?|seasons?)\b|\bsince \d", re.I
)
# Participles the trades name things by, never a deed: "powered access", "enclosed space entry".
_TRADE_ADJECTIVES = frozenset(["powered", "enclosed", "confined", "motorised", "motorized"])
_NOW = re.compile(r"^(?:currently|now|still) \w+ing\b", re.IGNORECASE)
_PARTICLES = frozenset(["up", "out", "off", "down", "back", "together"])
_MOVED = re.compile(  # a measure's change ("increased sales by 20%"): a deed, no adjective
    rf"\bby (?:about |around |over |nearly |almost )?(?:[$£€]?\d|{SHARE_OF})"
    r"|\bfrom [$£€]?\d[^ ]* to [$£€]?\d"
)
# Shapes that can stand before a comma and after it: "ACA qualified, passed all exams".
_JOINABLE_FIRST = (Shape.ADJECTIVE, Shape.PARTICIPLE, Shape.ROLE, Shape.PAST)
_JOINABLE_SECOND = (Shape.PAST, Shape.PARTICIPLE)


# A past participle telling how a thing done went: "achieved in 2023", "delivered on time".
_DONE_TAIL = re.compile(
    r"[a-z]+ed (?:in (?:19|20)\d\d|on time|on budget|under budget|ahead of|within|without)\b"
)


def _two_clauses(text: str, common: frozenset[str], item: str) -> Phrase | None:
    """ "ACA qualified, passed all exams first time": two phrases, each said as a clause."""
    first, sep, second = text.partition(", ")
    if not sep or "," in second or len(first.split()) < 2:
        return None
    one, two = analyse(first, common), analyse(second, common)
    if one.shape not in _JOINABLE_FIRST or two.shape not in _JOINABLE_SECOND:
        return None
    if two.shape in (Shape.PARTICIPLE, Shape.PAST) and re.match(r"\w+ by\b", second):
        return None  # "set up a repository, used by 40 PMs": the tail describes the thing
    if one.shape is Shape.PAST and _DONE_TAIL.match(second):  # "led the lab's accreditation,
        return None  # achieved in 2023 without major nonconformities": it tells of the thing
    return Phrase(text, Shape.PAIR, item, parts=(one, two))


def _is_base_verb(lower: str, second: str) -> bool:
    """A plain verb starting a phrase: "help the team", "speak French" (not "design system")."""
    if "verb" not in lexicon.classes(lower) or lexicon.base_of(lower) != lower:
        return False
    if lower in ORDINALS:
        return False  # "third round", "second interview": an ordinal, not "to second"
    if second in ("that", "which") and lexicon.is_noun(lower):
        return False  # "research that product teams use": a noun and its clause
    if second[:1].isdigit() and (lexicon.is_noun(lower) or "adj" in lexicon.classes(lower)):
        return False  # "top 10% of the sales team"
    if lower == "help" and lexicon.is_base_verb(second) and not lexicon.is_noun(second):
        return True  # "help bring cardiac CT in-house": help with a plain verb after it
    return (
        second in DETERMINERS
        or second in ("it", "them", "more", "up", "out")
        or (second[:1].isupper() and not lexicon.is_noun(lower))
        or (not lexicon.is_noun(lower) and bool(second))
    )


def _first_person(text: str, item: str) -> Phrase:
    """ "I led the audit" is the verb phrase "led the audit"; "I am fluent in Welsh" stays whole."""
    words = text.split()
    if words[0] == "i" or words[0].startswith("i'"):
        words[0] = "I" + words[0][1:]
        text = " ".join(words)
    if words[0] == "I" and len(words) > 2:
        verb = words[1].lower()
        if lexicon.is_past(verb) and verb not in ("had", "was", "were", "did", "said", "told"):
            rest = " ".join(words[1:])
            return Phrase(rest[0].lower() + rest[1:], Shape.PAST, item)
    return Phrase(text[0].upper() + text[1:], Shape.FIRST_PERSON, item)
