"""Phrase analysis: the grammatical shape of a note item, and a clause that fits that shape.

People type notes in every shape: "fluent in Spanish" (an adjective phrase), "admitted to the
bar" (a participle), "led usability studies" (a past-tense verb phrase), "my app was featured by
the store" (a clause with its own subject), "I am a registered nurse" (a first-person sentence),
"master's degree in nursing" (a noun phrase without its article). `analyse` reads the shape;
`clause` says the item as the candidate ("I am fluent in Spanish", "I led usability studies",
"I hold a master's degree in nursing"). An item whose shape cannot be read gets no clause: the
writer then leaves it out or uses a frame that takes any phrase, never a broken sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from composer.offline import lexicon


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
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Phrase:
    """A note item, cleaned for use inside a sentence, with its shape."""

    text: str  # no final stop, first word lowered when it is an ordinary word
    shape: Shape
    source: str  # the item as the notes give it

    @property
    def words(self) -> list[str]:
        return self.text.split()


DETERMINERS = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "my",
        "our",
        "your",
        "his",
        "her",
        "its",
        "their",
        "some",
        "several",
        "many",
        "much",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "fifteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "hundred",
        "over",
        "nearly",
        "almost",
        "about",
        "more",
        "most",
        "every",
        "each",
        "both",
        "all",
        "no",
    ]
)
PREPOSITIONS = frozenset(
    [
        "to",
        "in",
        "by",
        "at",
        "on",
        "for",
        "with",
        "from",
        "of",
        "as",
        "into",
        "onto",
        "under",
        "over",
        "about",
        "through",
        "during",
        "across",
        "within",
        "without",
        "after",
        "before",
        "since",
    ]
)
_BE = frozenset(["is", "are", "was", "were", "be", "been", "being", "am"])
_AUX = frozenset(
    [
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "should",
        "may",
        "might",
        "must",
        "does",
        "do",
        "did",
        "isn't",
        "aren't",
        "wasn't",
        "weren't",
        "hasn't",
        "haven't",
        "won't",
        "can't",
    ]
)
# Titles said as a post held: "I served as CFO of a listed company".
_EXECUTIVE = frozenset(["ceo", "cfo", "cto", "coo", "cio", "cmo", "vp", "svp", "evp", "md"])
_MODALS = frozenset(["can", "could", "will", "would"])
_SUBJECT_PRONOUNS = frozenset(
    [
        "he",
        "she",
        "they",
        "it",
        "he'll",
        "she'll",
        "they'll",
        "it'll",
        "he's",
        "she's",
        "they're",
        "it's",
    ]
)
_FIRST = frozenset(["i", "i'm", "i've", "i'd", "i'll", "my", "we", "we're", "we've", "our"])
_WH = frozenset(["how", "what", "why", "when", "where", "which", "whether", "who"])
# Heads that name a person: "a licensed electrician", "certified scrum master".
_PERSON_HEADS = frozenset(
    [
        "nurse",
        "master",
        "engineer",
        "teacher",
        "solicitor",
        "lawyer",
        "barrister",
        "accountant",
        "analyst",
        "designer",
        "developer",
        "electrician",
        "plumber",
        "carpenter",
        "welder",
        "mechanic",
        "technician",
        "therapist",
        "midwife",
        "paramedic",
        "pharmacist",
        "practitioner",
        "doctor",
        "surgeon",
        "scientist",
        "researcher",
        "lecturer",
        "professor",
        "manager",
        "director",
        "officer",
        "coach",
        "trainer",
        "instructor",
        "translator",
        "interpreter",
        "chef",
        "cook",
        "architect",
        "surveyor",
        "consultant",
        "planner",
        "writer",
        "editor",
        "journalist",
        "photographer",
        "driver",
        "operator",
        "assistant",
        "associate",
        "specialist",
        "expert",
        "graduate",
        "member",
        "fellow",
        "speaker",
        "volunteer",
        "mentor",
        "tutor",
        "counsellor",
        "counselor",
        "auditor",
        "actuary",
        "economist",
        "programmer",
        "administrator",
    ]
)
# Verbs whose past participle opens a passive ("awarded the Dean's medal" is "I was awarded
# ...", never "I awarded ..."); "trained" only before a preposition ("trained in CPR").
_PASSIVE = frozenset(
    [
        "admitted",
        "certified",
        "licensed",
        "registered",
        "accredited",
        "chartered",
        "awarded",
        "promoted",
        "elected",
        "selected",
        "nominated",
        "shortlisted",
        "appointed",
        "invited",
        "featured",
        "recognised",
        "recognized",
        "hired",
        "named",
        "honoured",
        "honored",
        "commended",
        "educated",
        "based",
        "born",
        "vaccinated",
        "vetted",
        "insured",
    ]
)
# Participles that describe a standing state: "I am admitted to the bar", not "I was".
_STATE = frozenset(
    [
        "admitted",
        "certified",
        "licensed",
        "registered",
        "accredited",
        "chartered",
        "trained",
        "experienced",
        "skilled",
        "based",
        "located",
        "insured",
        "vaccinated",
        "cleared",
        "vetted",
    ]
)
_DURATION = re.compile(
    r"^(?:over |nearly |almost |about )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|fifteen|twenty|thirty)\+? (?:years?|months?|decades?)\b",
    re.IGNORECASE,
)
_ETC = re.compile(r",?\s+(?:etc|and so on|and more)\.?$", re.IGNORECASE)
# Note-taking shorthand that a letter spells out.
_SHORTHAND = (("esp.", "especially"), ("incl.", "including"), ("approx.", "about"),
              ("w/", "with"), ("yrs", "years"), ("yr", "year"))  # fmt: skip
_BULLET = re.compile(r"^(?:[-*•·]+|\d+[.)])\s+")
_QUOTES = "\"'“”‘’"


def _lower_first(text: str, common: frozenset[str]) -> str:
    """Lower the first word when it is an ordinary word typed with a capital ("Led the audit").

    A noun keeps its capital ("Python", "Excel") unless the notes use it in lower case
    elsewhere (`common`): it may be a name.
    """
    first, _, rest = text.partition(" ")
    if first == "I" or first.startswith("I'"):
        return text
    bare = _bare(first)
    if not (bare[:1].isupper() and (len(bare) == 1 or bare[1:].islower())):
        return text
    lower = bare.lower()
    closed = lower in DETERMINERS or lower in _FIRST or lower in _WH or lower in PREPOSITIONS
    verb_form = (
        lexicon.is_past(lower) or lexicon.is_gerund(lower) or lexicon.is_adjective_only(lower)
    )
    possessive = lower.endswith("'s") and lexicon.is_noun(lower[:-2]) and bool(rest)
    # "Test automation in CI": a common noun before lower-case words, and not a name the
    # tables know with its capital ("Python", "London").
    next_word = rest.split(" ", 1)[0] if rest else ""
    common_noun = lexicon.is_noun(lower) and not lexicon.classes(bare) and next_word[:1].islower()
    if closed or verb_form or possessive or common_noun or lower in common:
        return first.lower() + (" " + rest if rest else "")
    return text


def _bare(word: str) -> str:
    return word.strip(",;:()\"'")


def clean(item: str) -> str:
    """One line, no bullet, no trailing stop or "etc.", straight apostrophes."""
    text = " ".join(item.replace("’", "'").split())
    text = _BULLET.sub("", text)
    if len(text) > 1 and text[0] in _QUOTES and text[-1] in _QUOTES:
        text = text[1:-1].strip()
    text = _ETC.sub("", text)
    for short, full in _SHORTHAND:
        text = re.sub(rf"(?<![\w.]){re.escape(short)}(?=\s)", full, text, flags=re.IGNORECASE)
    question = text.endswith("?")
    text = text.rstrip(".;:!?, ").strip()
    if ";" in text and not question:
        text = _as_list([part.strip() for part in text.split(";") if part.strip()])
    elif text.count(", ") >= 2 and " and " not in text and " or " not in text:
        head, _, last = text.rpartition(", ")  # "Excel, SQL, Tableau" -> "Excel, SQL and Tableau"
        text = f"{head} and {last}"
    return text + ("?" if question else "")


def _as_list(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def _finite_after(words: list[str], start: int) -> bool:
    """True when a finite verb (is, has, will, loves) follows the first words: a clause."""
    for index in range(start, len(words)):
        word = words[index].lower()
        if word in ("that", "which", "who", "whom", "whose", "where"):
            return False  # a relative clause belongs to the noun: "a plan that keeps ..."
        if word in _BE or word in _AUX:
            return True
        before = words[index - 1].lower() if index >= 1 else ""
        after = words[index + 1].lower() if index + 1 < len(words) else ""
        if (
            index >= 1
            and lexicon.is_past(word)
            and before not in DETERMINERS
            and before not in PREPOSITIONS
            and (after in DETERMINERS or after in ("it", "them", "me", "us"))
        ):
            return True  # "the team won an award"
        if (
            index >= 2
            and lexicon.is_third_person(word)
            and words[0].lower() in DETERMINERS
            and lexicon.is_noun(before)
            and (after in PREPOSITIONS or after in DETERMINERS or after[:1].isdigit())
        ):
            return True  # "the board meets on 21 October"
        if (
            index >= 1
            and lexicon.is_third_person(word)
            and not lexicon.is_noun(word)
            and words[index - 1].lower() not in DETERMINERS
        ):
            return True
    return False


def _is_person_np(words: list[str]) -> bool:
    """A noun phrase naming what the candidate is: "licensed electrician", "scrum master"."""
    head = _head(words)
    return head is not None and head.lower().rstrip("s") in _PERSON_HEADS and len(words) <= 5


def _head(words: list[str]) -> str | None:
    """The head noun of a noun phrase: the last word before a preposition or a gerund."""
    head = None
    for word in words:
        if word.startswith("("):
            break  # "electrician (Wisconsin)": the head comes before the brackets
        lower = word.lower()
        # A gerund ends the head after a plural or "experience": "five years designing ...";
        # elsewhere it is part of the noun ("evidence-based housing policy").
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


def analyse(item: str, common: frozenset[str] = frozenset()) -> Phrase:
    """The cleaned item and its shape; `common` holds words the notes write in lower case."""
    text = clean(item)
    if not text:
        return Phrase("", Shape.UNKNOWN, item)
    if text.endswith("?"):
        return Phrase(text, Shape.QUESTION, item)
    joined = _two_clauses(text, common, item)
    if joined is not None:
        return joined
    words = text.split()
    first = words[0].lower()
    if first in _FIRST:
        return _first_person(text, item)
    if first in _SUBJECT_PRONOUNS:
        return Phrase(text, Shape.CLAUSE, item)  # "they'll call by end of next week"
    if first in _MODALS and len(words) > 1 and lexicon.base_of(words[1]) == words[1].lower():
        return Phrase("I " + first + text[len(first) :], Shape.FIRST_PERSON, item)  # "can start"
    text = _lower_first(text, common)
    words = text.split()
    first = words[0]
    lower = _bare(first).lower()
    second = _bare(words[1]).lower() if len(words) > 1 else ""
    if lower in _WH:
        return Phrase(text, Shape.NOUN, item)  # "how the design system is governed"
    compound = second in _CREDENTIALS  # "master's degree" is one noun
    if (
        lower.endswith("'s")
        and lexicon.is_noun(lower[:-2])
        and first[:1].islower()
        and not compound
    ):
        text = "the " + text  # "firm's pro bono work": a common noun's possessive needs "the"
        return Phrase(text, Shape.CLAUSE if _finite_after(words, 1) else Shape.NOUN, item)
    if lower in DETERMINERS or lower[:1].isdigit():
        if _finite_after(words, 1):
            return Phrase(text, Shape.CLAUSE, item)
        if lower in ("a", "an") and _is_person_np(words[1:]):
            return Phrase(text, Shape.ROLE, item)
        return Phrase(text, Shape.NOUN, item)
    last = _bare(words[-1]).lower()
    if first[:1].isupper() and len(words) > 1 and last in _STATE | _PASSIVE | {"qualified"}:
        return Phrase(text, Shape.ADJECTIVE, item)  # "ACLS and BLS certified"
    if lower in _EXECUTIVE:
        return Phrase(text, Shape.ROLE, item)  # "CFO of a listed company for six years"
    if first[:1].isupper() and _is_person_np(words) and not _finite_after(words, 1):
        return Phrase(text, Shape.ROLE, item)  # "PRINCE2 Practitioner"
    if first[:1].isupper():  # a name or an acronym: "Python and SQL", "CPR certification"
        objects = ("a", "an", "the", "my", "our", "their", "your", "it", "them")
        if lexicon.base_of(lower) == lower and second in objects:
            return Phrase(first.lower() + text[len(first) :], Shape.BASE, item)
        if _finite_after(words, 1):
            return Phrase(text, Shape.CLAUSE, item)
        return Phrase(text, Shape.NOUN, item)
    if lower in _PASSIVE and second not in ("and", ",") and not _is_person_np(words):
        return Phrase(text, Shape.PARTICIPLE, item)
    if lexicon.is_participle(lower) or lexicon.is_past(lower):
        passive = lower in _STATE or not lexicon.is_past(lower)
        if (not second and passive) or (passive and second in PREPOSITIONS):
            return Phrase(text, Shape.PARTICIPLE, item)
        if not second or second in PREPOSITIONS:
            return Phrase(text, Shape.PAST, item)  # "graduated with honours", "worked in retail"
        adjective = "adj" in lexicon.classes(lower)
        number = second[:1].isdigit() or (second[:1] in "$£€" and second[1:2].isdigit())
        if adjective and second not in DETERMINERS and not number:
            # "certified scrum master", "licensed electrician": an adjective before a noun
            if _is_person_np(words):
                return Phrase(text, Shape.ROLE, item)
            return Phrase(text, Shape.NOUN, item)
        if lexicon.is_past(lower):
            return Phrase(text, Shape.PAST, item)
        return Phrase(text, Shape.UNKNOWN, item)
    if lexicon.is_gerund(lower) and not _finite_after(words, 1):
        return Phrase(text, Shape.GERUND, item)
    adjective = lexicon.is_adjective_only(lower) or (not second and "adj" in lexicon.classes(lower))
    loose = "adj" in lexicon.classes(lower) and second in ("under", "with", "at", "in", "on")
    if (adjective or loose) and (not second or second in PREPOSITIONS | {"and"}):
        if "," in text:  # "calm under pressure, good with families": a list of qualities
            text = _as_list([part.strip() for part in text.split(",") if part.strip()])
        return Phrase(text, Shape.ADJECTIVE, item)
    if _finite_after(words, 1):
        return Phrase(text, Shape.CLAUSE, item)
    if _is_base_verb(lower, second):
        return Phrase(text, Shape.BASE, item)
    if lexicon.is_noun(lower) or "adj" in lexicon.classes(lower) or "'" in lower:
        if _is_person_np(words):
            return Phrase(text, Shape.ROLE, item)
        return Phrase(text, Shape.NOUN, item)
    head = _head(words)
    if "-" in lower and head is not None and head is not first and lexicon.is_noun(head):
        return Phrase(text, Shape.NOUN, item)  # "first-class law degree"
    return Phrase(text, Shape.UNKNOWN, item)


_JOINABLE = ("ADJECTIVE", "PARTICIPLE", "ROLE", "PAST")


def _two_clauses(text: str, common: frozenset[str], item: str) -> Phrase | None:
    """ "ACA qualified, passed all exams first time" -> "I am ACA qualified, and I passed ..."."""
    first, sep, second = text.partition(", ")
    if not sep or "," in second or len(first.split()) < 2:
        return None
    one, two = analyse(first, common), analyse(second, common)
    if one.shape.name not in _JOINABLE or two.shape.name not in ("PAST", "PARTICIPLE"):
        return None
    said_one, said_two = clause(one), clause(two)
    if said_one is None or said_two is None:
        return None
    return Phrase(f"{said_one.text()}, and {said_two.text()}", Shape.FIRST_PERSON, item)


def _is_base_verb(lower: str, second: str) -> bool:
    """A plain verb starting a phrase: "help the team", "speak French" (not "design system")."""
    if "verb" not in lexicon.classes(lower) or lexicon.base_of(lower) != lower:
        return False
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


# Heads that take "a" when a note leaves it out: "master's degree in nursing".
_COUNTABLE = frozenset(
    [
        "degree",
        "certificate",
        "certification",
        "diploma",
        "licence",
        "license",
        "qualification",
        "background",
        "record",
        "portfolio",
        "plan",
        "approach",
        "grasp",
        "eye",
        "understanding",
        "command",
        "mindset",
        "habit",
        "reputation",
        "network",
        "passion",
        "interest",
        "focus",
        "decision",
        "round",
        "interview",
        "call",
        "offer",
        "test",
        "task",
        "assessment",
        "visit",
        "meeting",
        "presentation",
        "panel",
        "conversation",
        "reply",
        "response",
    ]
)
_ORDINALS = frozenset(["first", "second", "third", "fourth", "final", "next", "last"])
_CREDENTIALS = frozenset(
    [
        "degree",
        "certificate",
        "certification",
        "diploma",
        "licence",
        "license",
        "qualification",
        "mba",
        "phd",
        "msc",
        "bsc",
        "ma",
        "ba",
        "llb",
        "llm",
        "doctorate",
        "fellowship",
        "accreditation",
        "j.d.",
        "jd",
        "m.d.",
        "mphil",
        "pgce",
        "pgdip",
    ]
)


def needs_article(phrase: Phrase) -> bool:
    """A bare singular noun phrase: "master's degree in nursing" needs "a"."""
    if phrase.shape not in (Shape.NOUN, Shape.ROLE):
        return False
    words = phrase.words
    first = words[0].lower()
    if phrase.shape is Shape.ROLE and first not in DETERMINERS:
        return True  # "a PRINCE2 Practitioner", "a licensed electrician"
    if _bare(first) in _CREDENTIALS:
        return True  # "MBA from INSEAD", "BSc Economics from Leeds"
    if first in DETERMINERS or first[:1].isdigit() or first in _WH or words[0][:1].isupper():
        return False
    if " and " in phrase.text or "," in phrase.text:
        return False
    head = _head(words)
    if head is None:
        return False
    lower = head.lower()
    if phrase.shape is Shape.ROLE:
        return True
    return lower in _COUNTABLE


def with_article(phrase: Phrase) -> str:
    """The noun phrase with "a" or "an" when it needs one ("the" before "second round")."""
    if needs_article(phrase) and phrase.words[0].lower() in _ORDINALS:
        return f"the {phrase.text}"
    if needs_article(phrase):
        return f"{lexicon.article(phrase.text)} {phrase.text}"
    return phrase.text


@dataclass(frozen=True)
class Clause:
    """The candidate saying one item: "I" + verb + the rest, so an adverb can go in its place.

    `text()` gives "I led usability studies"; `text("also")` gives "I also led usability
    studies", or "I am also fluent in Spanish".
    """

    subject: str
    verb: str
    rest: str
    whole: str | None = None  # a sentence taken as it is (a clause with its own subject)

    def text(self, adverb: str = "") -> str:
        if self.whole is not None:
            return self.whole
        if not adverb:
            return f"{self.subject} {self.verb} {self.rest}".strip()
        helper, _, more = self.verb.partition(" ")
        if helper in ("am", "was", "can", "have", "had", "will") and (more or helper != "have"):
            # "I am also ...", "I have also spent ...", "I can also ..."; "I also have ..."
            verb = f"{helper} {adverb} {more}".strip()
            return f"{self.subject} {verb} {self.rest}".strip()
        return f"{self.subject} {adverb} {self.verb} {self.rest}".strip()


def clause(phrase: Phrase, *, variant: int = 0) -> Clause | None:
    """The item said by the candidate, or None when its shape gives no safe sentence.

    `variant` picks among verbs that fit a noun phrase ("I bring", "I have", "I offer").
    """
    text = phrase.text
    shape = phrase.shape
    if shape is Shape.PAST:
        verb, _, rest = text.partition(" ")
        return Clause("I", verb, rest)
    if shape is Shape.PARTICIPLE:
        first = phrase.words[0].lower()
        dated = re.search(r"\b(?:1[89]|20)\d\d\b|\bago\b|\blast\b", text)
        verb = "am" if first in _STATE and not dated else "was"
        return Clause("I", verb, text)
    if shape is Shape.ADJECTIVE:
        return Clause("I", "am", text)
    if shape is Shape.ROLE:
        if phrase.words[0].lower() in _EXECUTIVE:
            return Clause("I", "served as", text)
        return Clause("I", "am", with_article(phrase))
    if shape is Shape.GERUND:
        return Clause("I", "have experience", text)
    if shape is Shape.BASE:
        return Clause("I", "can", text)
    if shape is Shape.NOUN:
        if phrase.words[0].lower() in _WH:
            return None
        words = phrase.words
        head = (_head(words) or "").lower()
        first = words[0]
        verbs: tuple[str, ...] = ("have",)  # more than one: the letter's variant picks
        acronym = re.fullmatch(r"[A-Z]{2,6}(?: \d+)?", text) is not None  # "QTS", "OSHA 30"
        if (
            acronym
            or head in _CREDENTIALS
            or any(_bare(w).lower() in _CREDENTIALS for w in words[:4])
        ):
            verbs = ("hold", "have")
        elif _DURATION.match(text) and len(words) > 2 and lexicon.is_gerund(words[2]):
            verbs = ("have spent",)  # "six years running Airflow"
        elif first[:1].isupper() and first.lower() not in DETERMINERS:
            verbs = ("have experience with",)  # "Python, SQL and dbt"
        elif "," in text and first.lower() not in DETERMINERS:
            # "visual merchandising, stock control and rota planning": a list of skills
            return Clause("", "", "", whole=f"My experience covers {text}")
        elif first.lower() in ("experience", "expertise", "knowledge", "skills"):
            verbs = ("have", "bring")
        return Clause("I", verbs[variant % len(verbs)], with_article(phrase))
    if shape is Shape.FIRST_PERSON:
        return Clause("", "", "", whole=text)
    if shape is Shape.CLAUSE:
        return Clause("", "", "", whole=text[0].upper() + text[1:])
    return None


def sentence(text: str) -> str:
    """Capital first letter, one final stop."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?" else text + "."


def join_list(items: list[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    return _as_list(items)
