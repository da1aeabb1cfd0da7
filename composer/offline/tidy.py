"""Tidying a note phrase before it is said: tails, dates, "our", articles, titles.

Each function takes text and gives text (or a yes/no about it); `realise` builds the clause.
"""

from __future__ import annotations

import itertools

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.cleaning import bare
from composer.offline.phrases import head_noun
from composer.offline.words import (
    AUXILIARIES,
    BE,
    DETERMINERS,
    GROUP_NOUNS,
    MAKING_VERBS,
    OBJECT_COUNTABLE,
    ONE_MEASURE,
    ORDINAL_NUMBERS,
    PERSON_HEADS,
    PLACES,
    PREPOSITIONS,
    STATIONS,
)

_TAIL_OPENERS = frozenset(
    [
        "and",
        "but",
        "which",
        "who",
        "so",
        "then",
        "while",
        "including",
        "together",
        "alongside",
        "not",
    ]
)


# Verbs of a result said as a clause after a comma ("reading results up 14%" is a thing).
_CHANGING = frozenset(
    ["cutting", "reducing", "saving", "raising", "increasing", "improving", "lowering",
     "halving", "doubling", "tripling", "boosting", "lifting", "shortening", "lengthening",
     "growing", "bringing", "freeing", "trimming", "slashing", "eliminating", "removing"]
)  # fmt: skip


def with_tail(text: str) -> str:
    """A result typed after a comma gets "with": "led the migration, with zero downtime".

    Only a short tail with no verb of its own, in lower case (a capital starts a list of
    names), and not a number ("clerked for Judge Amsterdam, 2021-2022" stays as it is). A
    singular noun after an adjective takes "a": "with a clean audit opinion two years later".
    """
    head, sep, tail = text.rpartition(", ")
    words = tail.split()
    if not sep or ", " in head or not 1 <= len(words) <= 7 or " and " in tail:
        return text
    first = words[0]
    if not first[:1].islower() or first in PREPOSITIONS or first in _TAIL_OPENERS:
        return text
    if any(lexicon.is_past(w) or w in BE or w in AUXILIARIES for w in words):
        return text
    if len(words) > 1 and first in _CHANGING:
        return text  # "..., cutting water use by 40%": a clause of its own, never "with cutting"
    if re.search(r"\b(?:of\s+)?(?:whom|which|who|whose)\b", tail):
        return text  # "..., two of whom now lead investigations": a clause of its own
    nouns = []
    for word in words[1:]:
        if word[:1].isdigit() or word in DETERMINERS or word in PREPOSITIONS:
            break
        nouns.append(word)
    kind = lexicon.classes(first)
    describing = first not in DETERMINERS and "adj" in kind and not lexicon.is_gerund(first)
    if describing and nouns and not lexicon.is_plural_noun(nouns[-1]):
        tail = f"{lexicon.article(tail)} {tail}"
    return f"{head}, with {tail}"


# A grade or date to come after a qualification: ", predicted 2:1", " (expected 2027)".

_BARE_ROLE = re.compile(r"^I am (?P<np>(?!(?:a|an|the|my|one|now|also|still|not)\b)[^,]+)$")


def post_nominals(text: str) -> bool:
    """Letters after a name: "CEng MICE", "MRCP FRCS" (each word with a capital inside)."""
    words = text.split()
    return len(words) > 1 and all(re.fullmatch(r"[A-Z][a-z]*[A-Z][A-Za-z]*", w) for w in words)


def names_only(text: str) -> bool:
    """A list of names or one name: "Python, SQL and dbt", "Google Analytics" (not "Class 1
    medical", nor letters after a name such as "CEng MICE")."""
    if "(" in text or ":" in text:
        return False  # "Spanish (fluent), French (conversational)"
    words = [w.strip(",") for w in text.split() if w not in ("and", "or", "&")]
    parts = [p.strip() for p in re.split(r",\s|\sand\s|\s&\s", text) if p.strip()]
    if len(parts) > 1:  # each part a name: "Python, SQL and dbt" (not "9,400 hours total")
        return all(p[:1].isupper() or " " not in p for p in parts) and not any(
            p[:1].isdigit() for p in parts
        )
    return all(w[:1].isupper() or w[:1].isdigit() for w in words)


OPINION = re.compile(
    r"^I (?:think|believe|feel|reckon)(?: that)? (?:the|you|your|they|we|it)\b.*\bshould\b"
)


def whose_subject(text: str) -> str:
    """ "line training captain recommended me": a bare person noun as subject is "my ..."."""
    words = text.split()
    for index, word in enumerate(words[:4]):
        if lexicon.is_past(word) or word in BE or word in AUXILIARIES:
            subject = words[:index]
            if not subject:
                break  # the line starts with its verb ("have written scripts"): no subject
            bare_subject = (
                subject
                and subject[0][:1].islower()
                and subject[0].lower() not in DETERMINERS
                and subject[0].lower() not in ("i", "we", "they", "he", "she", "it")
            )
            if bare_subject and subject[-1].lower() in PERSON_HEADS:
                return "my " + text  # "my line training captain recommended me"
            noun = lexicon.is_noun(subject[-1].lower())
            if bare_subject and noun and not lexicon.is_plural_noun(subject[-1].lower()):
                return "the " + text  # "the pass rate went from 60% to 85%"
            named = len(subject) == 2 and re.fullmatch(r"[A-Z]{2,5}", subject[0])
            if named and subject[1] in ONE_MEASURE:
                return "the " + text  # "the MTC average went from 19.2 to 22.6"
            break
    return text


def role_article(text: str) -> str:
    found = _BARE_ROLE.match(text)
    if found is None:
        return text
    words = found.group("np").split()
    head = head_noun(words)
    if head is None or head.lower().rstrip("s") not in PERSON_HEADS or head.endswith("s"):
        return text
    if any(w.lower() in PREPOSITIONS for w in words[: words.index(head)]):
        return text  # "I am fluent in ... ": the noun is not what the candidate is
    return f"I am {lexicon.article(found.group('np'))} {found.group('np')}"


# The candidate's past team said from outside it: "got us through peak" -> "got the team through".
_OURS = ((r"\bus\b", "the team"), (r"\bwe\b", "the team"))


# Verbs of making that also take a thing that was there: "ran the grill", "opened the till".
_RUN_OR_OPEN = frozenset(["ran", "opened", "started"])


# Words that stand for a thing already named, or for people: never after an article.
_PRONOUNS = frozenset(
    [
        "it",
        "them",
        "this",
        "that",
        "these",
        "those",
        "him",
        "her",
        "us",
        "me",
        "you",
        "everything",
        "everyone",
        "everybody",
    ]
)


def object_article(verb: str, rest: str) -> str:
    """ "set up research repository at Fetchly": one countable thing takes "a" when the verb
    made it, "the" when it changed one that was there ("improved the handover process")."""
    words = rest.split()
    if words[:1] in (["and"], ["or"]) and len(words) > 1 and lexicon.is_past(words[1]):
        second = object_article(words[1], " ".join(words[2:]))  # "planned and ran the audit"
        return f"{words[0]} {words[1]} {second}"
    if verb.lower() in ("help", "helped") and len(words) > 1 and lexicon.is_base_verb(words[0]):
        # "helped cut close from 8 days to 5": help with a plain verb, whose object is read
        return f"{words[0]} {object_article(words[0], ' '.join(words[1:]))}"
    start = 1 if words and words[0].lower() in ("up", "out", "off", "down", "back") else 0
    noun = words[start:]
    if _sized(noun) or _counted_group(noun):  # "a 200-job backlog", "a team of six"
        return " ".join([*words[:start], lexicon.article(noun[0]), *noun])
    end = next((i for i, w in enumerate(noun) if w.lower() in PREPOSITIONS), len(noun))
    paired = _paired(verb, start, noun[:end])
    if paired is not None:  # "daily pool plant checks and a water testing log"
        return " ".join([*words[:start], paired, *noun[end:]])
    initials = bool(noun) and re.fullmatch(r"[A-Z][A-Z0-9]{1,4}", noun[0]) is not None
    if not noun or noun[0].lower() in DETERMINERS | _PRONOUNS:
        return rest  # "turned it round": a pronoun takes no article
    if not (noun[0][:1].islower() or initials):
        return rest
    if noun[0][:1].isdigit() or lexicon.is_gerund(noun[0].lower()):
        return rest
    head = bare(noun[end - 1]).lower() if end else ""
    if end == 1 and not initials and head in STATIONS | OBJECT_COUNTABLE:
        new = verb.lower() in MAKING_VERBS - _RUN_OR_OPEN and head not in STATIONS
        # "ran the grill", "led the redesign"; a thing made is new: "built a list of 80"
        return " ".join([*words[:start], lexicon.article(head) if new else "the", *noun])
    if end < 2 or head not in OBJECT_COUNTABLE or "," in " ".join(noun[:end]):
        return rest
    if any(lexicon.is_plural_noun(w) for w, a in itertools.pairwise(noun[:end]) if a == "and"):
        return rest  # "weekly checks and a log" is two things, never "a weekly checks and log"
    if initials:  # "led the ED rota redesign": a known thing, named by its initials
        return " ".join([*words[:start], "the", *noun])
    said = " ".join(noun)
    made = verb.lower() in MAKING_VERBS or (start and verb.lower() == "set")
    return " ".join([*words[:start], lexicon.article(said) if made else "the", said])


def _paired(verb: str, start: int, noun: list[str]) -> str | None:
    """ "daily pool plant checks and water testing log" -> "... checks and a water testing log":
    two things done, the first plural, the second one counted thing typed with no article, which
    takes its own; None for any other object."""
    if "and" not in noun or noun.count("and") > 1 or "," in " ".join(noun):
        return None
    at = noun.index("and")
    one, two = noun[:at], noun[at + 1 :]
    if not one or not lexicon.is_plural_noun(one[-1].lower()) or not 1 < len(two) < 5:
        return None
    if two[0].lower() in DETERMINERS or not all(w.islower() and w.isalpha() for w in two):
        return None
    if two[-1] not in OBJECT_COUNTABLE or lexicon.is_plural_noun(two[-1]):
        return None
    if not all(
        lexicon.is_noun(w) or lexicon.is_gerund(w) or not lexicon.known(w) for w in two[:-1]
    ):
        return None
    said = " ".join(two)
    made = verb.lower() in MAKING_VERBS or (start and verb.lower() == "set")
    return " ".join([*one, "and", lexicon.article(said) if made else "the", said])


# A group typed with its size: "team of 6", "crew of eight" are one of many such groups.
_SIZE = re.compile(r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\+?")


def _counted_group(noun: list[str]) -> bool:
    """ "team of 6", "crew of 8 on night shift": a group and its size, said with "a"."""
    return (
        len(noun) >= 3
        and noun[0].lower() in GROUP_NOUNS
        and noun[1] == "of"
        and _SIZE.fullmatch(noun[2].lower()) is not None
    )


def _sized(noun: list[str]) -> bool:
    """One thing of a size: "200-job backlog", "$2.4 million switchgear job" (not "25,000
    documents", nor "$2.4 million in savings")."""
    if not noun or not re.fullmatch(r"\d[\d,]*-[a-z]+|[$£€][\d.,]+[kKmM]?", noun[0]):
        return False
    end = next((i for i, w in enumerate(noun) if w.lower() in PREPOSITIONS), len(noun))
    body = [w for w in noun[1:end] if w not in ("million", "billion", "thousand")]
    return bool(body) and lexicon.is_noun(body[-1]) and not lexicon.is_plural_noun(body[-1])


_YEARS = r"((?:19|20)\d\d)"


def dated(text: str) -> str:
    """A CV-style date said in the sentence: ", 2021-2022" -> " from 2021 to 2022"."""
    text = re.sub(rf",?\s+{_YEARS}\s*[-–]\s*{_YEARS}$", r" from \1 to \2", text)
    return re.sub(rf",\s+{_YEARS}$", r" in \1", text)


def ours(text: str) -> str:
    for pattern, said in _OURS:
        text = re.sub(pattern, said, text)
    # "our store", "our team's papers" are the candidate's own; "our churn" is the team's;
    # "our own bank staff" is the candidate's side ("the own" is no English)
    # ("I led the team through our own migration": the team's, said as typed; "we" and "us"
    # are "the team" by now)
    before = re.findall(r"[a-z]+", text.partition("our own")[0].lower())
    group = any(w in GROUP_NOUNS or w in ("ward", "store", "hotel", "company") for w in before)
    text = text if group else re.sub(r"\bour own\b", "my own", text)
    return re.sub(r"\bour (?!own\b)(\w+)", lambda m: f"{whose(m.group(1))} {m.group(1)}", text)


def whose(noun: str) -> str:
    head = noun.lower().removesuffix("'s")
    if ranking(head):  # "ran our first BCI range": the employer's first, not the world's
        return "the company's"
    return "my" if head in PLACES or head.rstrip("s") in PERSON_HEADS else "the"


def ranking(word: str) -> bool:
    """A word that ranks a thing among its kind: an ordinal ("first"), "only", "best", or a
    superlative ("biggest", "largest": an adjective ending "-est" whose lemma is shorter)."""
    if word in ORDINAL_NUMBERS or word in ("only", "best", "worst", "most", "top"):
        return True
    lemmas = lexicon.classes(word).get("adj", ())
    return word.endswith("est") and any(lemma != word for lemma in lemmas)
