"""A singular count noun a note typed with no article, given one in the letter's sentence: the
head of a noun phrase that is the object of a preposition or of a verb of making ("designed",
"built"; not "ran payroll"), or the subject after "when" or "if" ("I designed steel mezzanine
for a warehouse" -> "I designed a steel mezzanine"), "a" or "an" by sound; "the" when a year or
an ordinal opens the phrase ("during 2025 harvest" -> "during the 2025 harvest").

Read by word class, never by a list of the nouns seen: the head is a noun the word tables give
only a plural for ("mezzanine", "client"; not "equipment", "work"), singular, in lower case, with
no determiner, number or possessive before it, and every word of the phrase a known noun or
adjective; else the words are left as they are. A bare title ("as manager") and the idioms of a
preposition and a bare noun ("by hand", "on site") keep theirs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.body import Sentence
from composer.offline.countnouns import (
    MEASURE,
    brought_listed,
    counted_here,
    counted_of,
    deed_kind,
    event,
    idioms_said,
    inner_word,
    making,
    nominal_doing,
    offer_made,
    spread,
    titled,
)
from composer.offline.knownthings import (
    KNOWN_SECTIONS,
    actions_joined,
    countable_head,
    doing_before,
    doing_of,
    fixed_time,
    offer_verb,
    run_word,
    thing_of,
    word_not_head,
)
from composer.offline.notespeak import mended, place_kind
from composer.offline.words import (
    BARE_IDIOMS,
    BE,
    DETERMINERS,
    FUNCTION_WORDS,
    NUMBER_WORDS,
    ORDINALS,
    OWN_POSSESSORS,
    PLACES,
    PREPOSITIONS,
    WORKPLACES,
)

__all__ = ["articled", "said"]

_TOKEN = re.compile(r"[A-Za-z0-9][\w'’-]*|[^\sA-Za-z0-9]")
# A preposition whose bare noun is a title or a rank, never a thing: "as manager", "than ever".
_NOT_BEFORE_THING = frozenset(["as", "than", "like", "per", "via", "versus", "plus", "minus"])
# After these a title stays bare: "promoted to supervisor", "the role of lab technician".
_TITLE_AFTER = frozenset(["to", "of", "as"])
_SUBJECT_AFTER = frozenset(["when", "if", "unless", "whenever"])
_INDEFINITE = frozenset(["nothing", "something", "anything", "everything", "scratch"])
_DONE_TO = frozenset(["verb", "met", "ran", "made", "given"])  # "designed monitoring network"
_DOER = frozenset(["i", "we", "he", "she", "they", "you", "also", "then", "and", "once"])
_MODAL = frozenset(["to", "would", "could", "can", "will", "might", "should"])
_ENDS = frozenset(
    ["and", "or", "but", "so", "because", "while", "that", "which", "who", "whose", "where"]
)
# After these a word of doing may open the name of an event of theirs: "after hiring committee"
# (after "of" or "about" it is often a doing and its object: "covering nurse in charge").
_NAMED_AFTER = frozenset(["after", "before", "until"])
# Endings of a doing or a quality, which a compound keeps bare: "staff turnover" is none.
_QUALITIES = ("ity", "ness", "ment", "ance", "ence", "ship", "ism")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_PERIODS = frozenset(["day", "week", "month", "quarter", "term", "year", "shift", "season"])
_OPEN_ORDINALS = ORDINALS - {"last", "next"}  # "last year", "next week" stay bare
_NOT_OPENING = FUNCTION_WORDS - _OPEN_ORDINALS  # a function word opens no noun phrase to mend


def _modifier(word: str) -> bool:
    """A word that may stand before a head noun: a known noun or adjective, a measure."""
    if MEASURE.match(word) or _YEAR.match(word):
        return True
    if not word.islower() or word in FUNCTION_WORDS:
        return False
    found = lexicon.classes(word)
    return "noun" in found or "adj" in found


def _run(tokens: list[str], start: int, theirs: bool = False, handled: bool = False) -> int:
    """The end of the run of possible noun-phrase words from `start` (exclusive); `theirs`
    when the phrase names a thing of theirs, whose words the tables may lack ("rate limiter")."""
    end = start
    while end < len(tokens) and (
        _modifier(tokens[end])
        or (theirs and run_word(tokens[end], end > start, handled))
        or (end > start and inner_word(tokens[end]))  # "dairy QC lab": initials, a place
    ):
        end += 1
    return end


def _boundary(tokens: list[str], at: int) -> bool:
    """Whether the phrase may end before `tokens[at]`: the end, a mark, a preposition, a
    conjunction, or a word that is only a verb."""
    if at >= len(tokens):
        return True
    word = tokens[at]
    if not word[:1].isalnum():
        return word not in ("/", "&", "+", "-", "'", "’")
    lower = word.lower()
    if lower in ("and", "or", "versus", "vs"):
        return False  # "check plate and pins": one phrase of two, left as typed
    if lower in NUMBER_WORDS or lower[:1].isdigit():
        return False  # "year one", "day 3": a noun named by its number
    if lower in FUNCTION_WORDS or lower in _ENDS:  # "for new workshop was ...", "... that"
        return True
    found = lexicon.classes(lower)  # a past verb only: "repaired spinnaker overnight"
    return bool(found) and set(found) <= {"verb", "adv"} and not lower.endswith(("s", "ing"))


def _head_ok(tokens: list[str], start: int, head: int, after: str) -> bool:
    """Whether the head takes "a": a count noun, in lower case, no bare title, no idiom."""
    word = tokens[head]
    if counted_of(tokens, head):
        return (after, word) not in BARE_IDIOMS  # "with group of 40 guests": one group
    counted = counted_here(tokens, start, head, after)
    if after in ("met", "ran") and (head == start or (after == "met" and spread(tokens, head))):
        return False  # "resolved complaint": one word after a deed may be a routine, as typed
    doing = lexicon.is_gerund(word) or word.endswith(("ity", "ness"))
    if not word.islower() or doing or not counted:
        return False  # a doing, a quality ("offer capacity to take on ..."): said bare
    if head == start and after in PREPOSITIONS and "verb" in lexicon.classes(word):
        return False  # "on audit", "about call": one word that is a doing as well, a state
    found = lexicon.classes(word)
    if head == start and after not in _SUBJECT_AFTER and ("adj" in found or "adv" in found):
        return False  # "in private", "at last": an adjective or adverb, not a thing
    if word in ("end", "close", "start") and tokens[head - 1].lower() in _PERIODS:
        return False  # "at month end", "by year end": a point in time, said bare
    if after in _TITLE_AFTER and (lexicon.is_agent_noun(word) or word.endswith("or")):
        return False  # "promoted to supervisor", "as manager"
    if MEASURE.match(tokens[start]):
        return True  # "at 30-bed group home": one sized thing, never an idiom's bare noun
    return (after, word) not in BARE_IDIOMS and (after, tokens[start]) not in BARE_IDIOMS


def _article(tokens: list[str], start: int, head: int, after: str) -> str | None:
    """The article the phrase `tokens[start:head + 1]` takes, or None."""
    first = tokens[start]
    if _YEAR.match(first) or first.lower() in _OPEN_ORDINALS:
        # "during 2025 harvest" -> "during the 2025 harvest"
        word = tokens[head]
        if head > start and word.islower() and lexicon.is_noun(word):
            return None if lexicon.is_plural_noun(word) else "the"
        return None
    if not _head_ok(tokens, start, head, after):
        return None
    ran = after == "ran" and not counted_of(tokens, head)  # "ran the dental list"
    return "the" if ran else lexicon.article(first)


def _known(
    tokens: list[str], start: int, head: int, after: str, handled: bool = False
) -> str | None:
    """ "the" for a thing of theirs `tokens[start:head + 1]`, or None: a fixed phrase of time
    ("before month end"), a doing or a quality, a title, an idiom keep none."""
    if fixed_time(tokens, start, head):
        return None
    word = tokens[head]
    if (after, tokens[start]) in BARE_IDIOMS or (after, word) in BARE_IDIOMS:
        return None  # "screens every referral by phone", "at first light": an idiom
    if _YEAR.match(tokens[start]) or tokens[start].lower() in _OPEN_ORDINALS:
        return _article(tokens, start, head, after)
    if head == start:
        if after == "own":
            return None  # "would run payroll": one word done is often said bare
        return "the" if _head_ok(tokens, start, head, after) or event(word, after) else None
    if word.endswith(_QUALITIES):
        return None  # "staff turnover" is said bare, "staff morale" too
    if after in _TITLE_AFTER and (lexicon.is_agent_noun(word) or word.endswith("or")):
        return None  # "promoted to floor supervisor"
    inner = tokens[start + 1 : head + 1]
    if any(lexicon.is_gerund(w) for w in inner[:-1]) or "adv" in lexicon.classes(word):
        return None  # "keep pediatric patients coming back": a clause, not one thing
    compound = lexicon.is_noun(tokens[head - 1]) or lexicon.is_gerund(tokens[head - 1])
    if re.fullmatch(r"[A-Z]{2,5}", word):
        return None  # "cardiac CT", "low NPS": initials may name a field or a measure
    return "the" if countable_head(word, compound, handled or after == "own") else None


def _phrase(
    tokens: list[str], start: int, subject: bool, named: bool = False, theirs: bool = False
) -> int | None:
    """The head of a bare noun phrase from `start`, or None when it is not clear; `named`
    when a word of doing may name the kind of a thing of theirs ("of tracking service")."""
    if start >= len(tokens):
        return None
    lower = tokens[start].lower()
    if lower in DETERMINERS or lower in _NOT_OPENING:
        return None
    found = lexicon.classes(lower)
    if "adv" in found and "noun" not in found:
        return None  # "came away keen": not a thing named
    opening = start
    if lexicon.is_gerund(lower):
        place = start + 2 == len(tokens) or _boundary(tokens, start + 2)
        if not tokens[start].islower() or not (named or (place and place_kind(tokens[start + 1]))):
            return None  # "about covering nurse in charge": a doing, not a thing named
        opening = start + 1  # "tracking service": the doing names the kind of service
    end = _run(tokens, opening + 1 if lower in _OPEN_ORDINALS else opening, theirs, named)
    if opening > start and (end == opening or _boundary(tokens, end) is False):
        return None
    if end - 1 > start and word_not_head(tokens, end - 1, start):
        return None
    if end == start or (lower in _OPEN_ORDINALS and end == start + 1):
        return None
    if subject and opening > start:
        return None
    if subject:  # the head is the word before the clause's verb: "client wants", "patient faints"
        for head in range(start, min(end, len(tokens) - 1)):
            verb = tokens[head + 1].lower()
            if lexicon.is_third_person(verb) or (lexicon.is_past(verb) and head + 1 >= end):
                return head
        return None
    return end - 1 if _boundary(tokens, end) else None


def _initialled(tokens: list[str], start: int) -> int | None:
    """The head of a workplace typed as initials and a count noun after "at" or "for" ("FMCG
    distributor", "NHS trust"): a kind of place, not its name, whose initials say its trade."""
    if not re.fullmatch(r"[A-Z]{2,5}", tokens[start]):
        return None
    end = _run(tokens, start + 1)
    if end < len(tokens) and re.fullmatch(r"[a-z]{4,}(?:er|or)", tokens[end]):
        end += 1  # a doer by its ending, one the tables lack: "distributor", "forwarder"
    if end == start + 1 or not _boundary(tokens, end) or tokens[end : end + 1] == ["of"]:
        return None  # "the UK office of Acme": one of a named firm's
    head = tokens[end - 1]
    if lexicon.is_plural_noun(head) or not head.islower():
        return None
    place = head in PLACES or head in WORKPLACES or head.endswith(("er", "or"))
    return end - 1 if place else None  # "at CEO level": a rank, said bare


def _trigger(tokens: list[str], at: int) -> tuple[str, bool] | None:
    """What `tokens[at]` is to the phrase after it: ("prep"/"verb", subject or not), or None."""
    word = tokens[at]
    lower = word.lower()
    before = tokens[at - 1].lower() if at else ""
    if lower in _SUBJECT_AFTER:
        return lower, True
    if lower in ("up", "together") and before in ("set", "put"):
        return "verb", False  # "set up outreach clinic": a thing made, "a"
    if lower in PREPOSITIONS and lower not in _NOT_BEFORE_THING:
        if lower == "to" and at + 1 < len(tokens) and lexicon.is_base_verb(tokens[at + 1]):
            return None  # "to add rooftop units": "to" before a verb
        if before == "working" and at + 1 < len(tokens) and tokens[at + 1].lower() == "heights":
            return None  # "a working at heights certificate": a course's name
        return lower, False
    if not word.islower() or lower in BE or lower in FUNCTION_WORDS:
        return None
    after = tokens[at + 1].lower() if at + 1 < len(tokens) else ""
    if lower in ("enclosed", "confined") and after.startswith("space"):
        return None  # "BOSIET and enclosed space certificate": a course's name, no deed
    if (lexicon.base_of(lower) or lower) not in making():
        kind = deed_kind(tokens, at) if before in _DOER else None  # "removed a hazard tree"
        return (kind, False) if kind else None
    if before in _DOER and lexicon.is_past(lower):
        return "verb", False  # "I designed ...", "and built ..."
    if before in _MODAL and lexicon.is_base_verb(lower):
        return "verb", False  # "would design ...", "to build ..."
    return None


_POSSESSIVE = re.compile(r"^(?P<noun>[a-z]+)['’]s$")


def _bare_possessive(tokens: list[str], at: int) -> bool:
    """Whether `tokens[at]` is a common noun's possessive typed with no determiner straight
    after a past verb or a preposition ("coordinated firm's office move", "for farm's 60 ha"):
    a singular noun of the tables, in lower case (a name is not a thing of a kind)."""
    found = _POSSESSIVE.match(tokens[at])
    if found is None or at == 0:
        return False
    noun, before = found["noun"], tokens[at - 1]
    if noun in OWN_POSSESSORS or noun in FUNCTION_WORDS or not lexicon.is_noun(noun):
        return False  # "at dad's shop", "today's shift", "it's"
    if lexicon.is_plural_noun(noun) or not before.islower():
        return False
    # "an NHA (SA) licensed starter's assistant": a participle inside a noun phrase the
    # article before it opens describes the post, no verb of a deed
    between: list[str] = []
    for word in reversed(tokens[max(0, at - 7) : at - 1]):
        if word.lower() in ("a", "an", "the"):
            if all(w[:1].isupper() or w in "()" for w in between):
                return False
            break
        between.append(word)
    return (before in PREPOSITIONS and before not in _NOT_BEFORE_THING) or lexicon.is_past(before)


def said(text: str, section: str = "") -> str:
    """`text` with "a", "an" or "the" before each bare singular count noun phrase (see the
    module's docstring); every other word as it was. In a sentence of the reader's topic
    of the reader's topic, the offer or the next steps (`knownthings.KNOWN_SECTIONS`), a thing
    after a preposition or a verb of the offer is one of theirs, which
    both know: "the" ("the tuning schedule for the concert hall contract"), unless a "when" or
    "if" before it makes the sentence a case put ("if a customer wants ... on an old piano")."""
    hypothetical = False
    theirs = section in KNOWN_SECTIONS
    text = actions_joined(brought_listed(idioms_said(mended(text))), section)
    spans = [(m.start(), m.group()) for m in _TOKEN.finditer(text)]
    tokens = [t for _, t in spans]
    inserts: list[tuple[int, str]] = []
    at = 0
    while at < len(tokens) - 1:
        if _bare_possessive(tokens, at):  # "ran company's kickoff" -> "ran the company's"
            inserts.append((spans[at][0], "the"))
        found = _trigger(tokens, at)
        made = offer_made(tokens, at, section)  # "and write proper fault log": "a", new
        if made is None and found is None and theirs and offer_verb(tokens, at, section):
            found = ("own", False)  # "would own on-call handbook": a thing of theirs
        found = (made, False) if made else found
        if found is None:
            at += 1
            continue
        after, subject = found
        start = at + 1
        named = theirs and (
            after in _NAMED_AFTER or after == "own" or doing_before(tokens, at, section)
        )
        if theirs and after in PREPOSITIONS and nominal_doing(tokens, start):
            inserts.append((spans[start][0], "the"))  # "about the blind tasting of ..."
            at = start + 1
            continue
        if named and doing_of(tokens, start):
            inserts.append((spans[start][0], "the"))  # "own scaling of": "own the scaling of"
            at = start + 1
            continue
        if after == "to" and tokens[at - 1].lower() in ("promoted", "appointed", "elected"):
            at = start  # "promoted to deputy principal": a post, said bare
            continue
        head = _phrase(tokens, start, subject, named or after in _DONE_TO, theirs)
        if head is None and after in ("at", "for") and not theirs:
            head = _initialled(tokens, start)  # "at FMCG distributor": "at an FMCG distributor"
            if head is not None:
                inserts.append((spans[start][0], lexicon.article(tokens[start])))
                at = head + 1
                continue
        if head is None or tokens[head].lower() in _INDEFINITE:
            at += 1  # ("from nothing": a pronoun takes no article; round 51, h1417)
            continue
        if after == "at" and head == start and not (theirs and place_kind(tokens[head])):
            at = head + 1  # "at cartwheel": a name, maybe; "at depot" of theirs: "the depot"
            continue
        spent = tokens[at - 1].lower() in ("years", "decades") and not place_kind(tokens[head])
        if after == "in" and (tokens[at - 1].lower() == "experience" or spent):
            at = head + 1  # "experience in external audit", "14 years in payroll": a field
            continue
        if after == "of" and titled(tokens, at) and not thing_of(tokens, at):
            at = head + 1  # "as head of department": a title, bare as a whole
            continue
        if after == "from" and head + 2 < len(tokens) and tokens[head + 1].lower() == "to":
            at = head + 1  # "from warehouse to store": a span of two places
            continue
        twice = {tokens[at - 1].lower(), tokens[min(head + 2, len(tokens) - 1)].lower()}
        if head + 1 < len(tokens) and tokens[head].lower() in twice:
            at = head + 1  # "step by step", "face to face"
            continue
        if theirs and not hypothetical and (after in PREPOSITIONS or after == "own"):
            # "the plans for the new kiln": a thing of theirs, one they know
            article = _known(tokens, start, head, after, doing_before(tokens, at, section))
        else:
            article = _article(tokens, start, head, after)
        hypothetical = hypothetical or after in _SUBJECT_AFTER
        if tokens[head].lower() in _SEASONS:
            article = None  # "in autumn" (round 52, h1440: was "in an autumn")
        if article:
            inserts.append((spans[start][0], article))
        at = head + 1
    for position, article in reversed(inserts):
        text = f"{text[:position]}{article} {text[position:]}"
    return text


def articled(
    sentences: list[Sentence], typed: Callable[[Sentence], bool] = lambda _: False
) -> list[Sentence]:
    """The letter's sentences, each said with its articles (`said`), and its plain form too;
    a sentence that says a line the user `typed` is kept as they typed it."""
    return [
        s
        if typed(s)
        else replace(s, text=said(s.text, s.section), alone=s.alone and said(s.alone, s.section))
        for s in sentences
    ]


# The seasons, said bare after a preposition as a time: "in autumn", "by spring".
_SEASONS = frozenset(["autumn", "spring", "summer", "winter", "fall"])
