"""A topic typed as a list, as the topics a letter names one at a time: "roadmap for the mobile
app and pricing changes and the partner API" is three topics; "pricing, packaging and discounts"
is one list, said as it is; "construction admin, RFIs" is two. A relative clause or an aside
after a comma stays with the words before it: "wedding and funeral orders, which bring in most
of the income" is one topic.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.topicshapes import counted_detail, noted_part
from composer.offline.topictails import TIME_WORDS
from composer.offline.words import PREPOSITIONS, WH_WORDS

_LIST_SPLIT = re.compile(r",\s+(?:and\s+)?|\s+(?:and|&)\s+|\s*;\s*")
_JOINED_NAMES = re.compile(
    r"(\b(?:to|at|in|for|on|with|from|across|between) [A-Z][\w'-]*(?: [A-Z][\w'-]*)*)"
    r" (?:and|&) ([A-Z][\w'-]*)"
)
# What a comma and one of these words start belongs to the words before it, never a topic of its
# own: a relative clause ("wedding and funeral orders, which bring in most of the income") or a
# focusing or exemplifying aside ("keeping waste down, especially after Mother's Day").
_ATTACHED = re.compile(
    r",\s+(?=(?:which|who|whom|whose|where|especially|particularly|mainly|mostly|chiefly"
    r"|notably|including|such as|above all|e\.g\.|esp\.?|incl\.?)\s)",
    re.IGNORECASE,
)


# What the interviewer asked the candidate about a subject, and what they said, typed after it:
# "rigging - asked about IPAF, said expired, renewing jan". The subject is what was discussed;
# the question and the answer are the candidate's record, never topics of their own.
ASKED_ANSWER = re.compile(
    r"(?:\s+-\s+|,\s+)(?:(?:she|he|they)\s+)?(?:asked|said)\b.*$", re.IGNORECASE
)


# A topic typed as a careful report of the room: "He explained the rotation across A, B and C."
_TOLD = re.compile(
    r"(?:He|She|They|We)\s+(?:explained|described|discussed|outlined|showed)\s+the\b"
)


# Advice typed as a part of a list: "never leave it on the spindle", "always chock the wheels".
_ADVICE = re.compile(r"(?i)^(?:never|always|don't|do not|make sure|remember to)\s+[a-z]+")


# A topic typed as a short label and a stop, then its detail: "Night shift rotation. 1 wk in
# 4. Fine w/ it", "Water quality logs. Daily DO, temp, ammonia." (the label is the subject).
LABEL_STOP = re.compile(
    r"(?!(?:Dr|Mr|Mrs|Ms|Mx|Prof|St|Mt|No|Fr|Sr|Jr|Capt|Col|Lt|Gen|Rev|Revd|Cllr|Eng|Engr|Ing|Lic"
    r"|Dra|Arq|Hon|Sgt|Cdr)\.)(?!(?:He|She|They|We|I|You|It|Asked|Said|Told)\b)"
    r"(?P<head>[A-Z][a-z-]+(?: [a-z][\w-]*){0,3})\.\s+(?P<rest>\S.*)$"
)


def topic_parts(item: str) -> list[str]:
    """A topic typed as a list of three or more ("roadmap for the mobile app and pricing
    changes and the partner API") as its parts, each a topic of its own; others as they are.
    A letter names one subject at a time, never "A and B and C"."""
    if item.rstrip().endswith("?") or item.split(" ", 1)[0].lower() in WH_WORDS:
        return [item]
    if LABEL_STOP.match(item):
        return [item]  # "Water quality logs. Daily DO, temp, ammonia.": the list is the detail's
    if re.match(r"(?i)(?:(?:she|he|they)\s+)?(?:asked|q\s*:)", item):
        return [item]  # "asked why leaving -> want bigger, more technical projects": its answer
        # after it is the candidate's, never topics of their own
    if ASKED_ANSWER.search(item) or (_TOLD.match(item) and not re.search(r"\bthat\b", item)):
        return [item]  # read whole: the subject before what was asked; a report of the room
    if re.search(r"\([^()]*(?:,|\band\b|&)[^()]*\)", item):
        # "feedback on my obs lesson (fractions, yr4) - ...": a list inside brackets is the
        # aside's, never the topic's; the topic is read without it being split
        asides = re.findall(r"\([^()]*\)", item)
        plain = re.sub(r"\([^()]*\)", "()", item)
        parts = topic_parts(plain)
        for aside in asides:
            parts = [p.replace("()", aside, 1) if "()" in p else p for p in parts]
        return parts
    head, dash, _ = item.partition(" - ")
    if dash and len(head.split()) > 1 and re.search(r",|\band\b|&|\+", item[len(head) :]):
        # "listeria monitoring program - zones 1-4, swab frequency": a list after the dash of a
        # named subject is the aside's, never topics of its own; the head alone is read as a
        # list (after a one-word label, "rota - 4 on 4 off, weekend cover", the list is the
        # substance and is read as before)
        parts = topic_parts(head)
        return [*parts[:-1], parts[-1] + item[len(head) :]]
    attached = _ATTACHED.search(item)
    if attached and attached.start() > 0:
        # the list is read in the words before the clause, which stays with the last of them
        parts = topic_parts(item[: attached.start()])
        return [*parts[:-1], parts[-1] + item[attached.start() :]]
    if re.match(r"(?i)[a-z]+ing\s+and\s+[a-z]+ing\s", item):
        return [item]  # "placing and removing brackets and bands": two deeds, one object
    # "travel to Salt Lake and Spokane offices": an "and" between two names after a
    # preposition joins the names, never two topics
    kept = _JOINED_NAMES.sub("\\1 \x00 \\2", item)
    # "on the main and lower decks", "short and clear": two describing words, one subject
    kept = _TWO_WORDS.sub(
        lambda m: f"{m[1]} \x00 {m[2]}" if _describers(m[1], m[2]) else m[0], kept
    )
    parts = [p.strip().replace("\x00", "and") for p in _LIST_SPLIT.split(kept) if p.strip()]
    parts = _same_preposition(parts, item)
    if any(
        p.split()[0].lower() in WH_WORDS
        and re.search(r"\b(?:them|they|it|its|their|his|her|him)\b", p)
        for p in parts[1:]
    ):
        return [item]  # "access to the chambers, and which of them need ladders": one subject
    if any(noted_part(p) or counted_detail(p) for p in parts[1:]):
        return [item]  # "irrigation upgrade, approx £250k, ...", "rota, two weeks on and one off"
    if any(_ADVICE.match(p) for p in parts):
        return [item]  # "..., never leave it on the spindle!!": advice given, no subject
    if len(parts) == 2 and ", " in item:
        return second_topic(item)  # "construction admin, RFIs"
    if len(parts) < 3 or any(len(p.split()) > 8 for p in parts):
        return [item]
    if all(len(p.split()) <= 2 for p in parts) and len(re.findall(r"\s(?:and|&)\s", item)) < 2:
        return [item]  # "pricing, packaging and discounts" is one list, said as it is
    return parts


_TWO_WORDS = re.compile(r"\b([a-z]+) and ([a-z]+)\b")


def _describers(one: str, two: str) -> bool:
    """True when both words are describing words ("main", "lower"; "short", "clear")."""
    return all("adj" in lexicon.classes(w) and not w.endswith("ing") for w in (one, two))


def _same_preposition(parts: list[str], item: str) -> list[str]:
    """Parts where one opens on the preposition the part before it has ("reports for insurer
    and for court") joined again as typed: one subject for two ends."""
    out: list[str] = []
    for part in parts:
        head = part.split(" ", 1)[0].lower()
        if out and head in _REPEATED and re.search(rf"(?i)\b{head}\b", out[-1]):
            joined = re.search(rf"{re.escape(out[-1])}(?P<join>.*?){re.escape(part)}", item)
            if joined is not None:
                out[-1] = f"{out[-1]}{joined['join']}{part}"
                continue
        out.append(part)
    return out


_REPEATED = frozenset(["for", "to", "in", "on", "at", "with", "from", "by", "about"])


def second_topic(item: str) -> list[str]:
    """ "construction admin, RFIs" -> the two topics; anything else -> [item].

    The part after the comma is a topic of its own only when it is a bare name of a thing:
    nouns or capitals, no pronoun, number, state or time ("nights").
    """
    head, comma, tail = item.partition(", ")
    if comma and ", " not in tail and _subject(head.split()) and _subject(tail.split(), 3):
        return [head, tail]  # "Concur expense reports, travel to Salt Lake + Spokane offices"
    if not comma or ", " in tail or ":" in head or " and " in tail or not head.strip():
        return [item]
    words = tail.split()
    if not 1 <= len(words) <= 3 or words[0].lower() in TIME_WORDS:
        return [item]
    if len(words) == 2 and lexicon.is_plural_noun(words[0]) and lexicon.is_base_verb(words[1]):
        return [item]  # "..., seconds matter": a comment on the head, a clause of its own
    if len(words) == 1 and re.search(r"\b(?:her|his|their|my|your|our)\s+\S+$", head):
        return [item]  # "a groom on her spoodle, biscuit": the one word names what is hers
    if _list_goes_on(head, words) or _named_thing(words):
        return [head, tail]  # "pickers + accommodation, seasonal worker visas"
    for word in words:
        plain = word.strip(".;:")
        acronym = re.fullmatch(r"[A-Z][A-Z0-9&]+s?", plain) is not None
        # "lockout/tagout": two words a slash joins into one term, the first a noun, named
        # alone ("pain/gain share" is a note of the contract's terms)
        joined = plain.split("/")
        term = len(words) == 1 and len(joined) == 2
        if term and all(p.isalpha() and p.islower() for p in joined) and _noun_only(joined[0]):
            continue
        if not acronym and not (plain.isalpha() and _noun_only(plain.lower())):
            return [item]
    return [head, tail]


def _subject(words: list[str], least: int = 1) -> bool:
    """A subject named in full, of `least` words or more: a noun first (or a name), then nouns,
    names and the prepositions and "and" that join them, ending in a noun or a name ("travel
    to Salt Lake + Spokane offices"); no number, pronoun, verb, state or time."""
    if not least <= len(words) <= 8:
        return False
    body = words[1:] if words[0] == "the" else words
    if not body or not _name_or_noun(body[0]) or not _name_or_noun(body[-1]):
        return False
    return all(w in PREPOSITIONS or w in ("and", "+", "&") or _name_or_noun(w) for w in body[1:-1])


def _name_or_noun(word: str) -> bool:
    """A name typed with its capitals ("Spokane", "ACES"), or a noun and nothing else."""
    if re.fullmatch(r"[A-Z][A-Za-z]*", word):
        return True
    if not re.fullmatch(r"[a-z]+(?:-[a-z]+)?", word) or word in TIME_WORDS:
        return False
    if lexicon.is_gerund(word) or lexicon.is_past(word):
        return False
    if lexicon.is_plural_noun(word):
        return True
    return _noun_only(word) and not lexicon.is_third_person(word)


def _noun_only(word: str) -> bool:
    """A word that is a noun and no pronoun, adjective or verb form first."""
    classes = lexicon.classes(word)
    if not lexicon.is_noun(word) or word in PREPOSITIONS or "adv" in classes or "adj" in classes:
        return False  # "Y9 behind", "ED full": a state, not a thing
    return not (lexicon.is_past(word) or word in TIME_WORDS)


def _list_goes_on(head: str, words: list[str]) -> bool:
    """ "pickers + accommodation, seasonal worker visas": after a head typed as a list, a
    comma and a noun phrase (adjectives or nouns, then a plural noun) name one more topic."""
    if not re.search(r" (?:\+|and|&) ", head) or len(words) < 2:
        return False
    if not all(w.isalpha() and w.islower() for w in words):
        return False
    last = words[-1]
    if not lexicon.is_plural_noun(last) or last in TIME_WORDS:
        return False
    return all(
        lexicon.is_noun(w) or "adj" in lexicon.classes(w)
        for w in words[:-1]
        if w not in PREPOSITIONS
    ) and not any(w in PREPOSITIONS or lexicon.is_past(w) for w in words)


_OWNERS = frozenset(["the"])  # "their DBS backlog" after a comma is the first thing's


def _named_thing(words: list[str]) -> bool:
    """ "audits, the new crm": after a comma, a determiner and a noun phrase (describing words
    or nouns, then a noun) name one more thing discussed, never a detail of the first."""
    if words[0].lower() not in _OWNERS or not 2 <= len(words) <= 4:
        return False
    rest = [w.strip(".;:") for w in words[1:]]
    if not all(w.isalpha() for w in rest) or rest[-1].lower() in ("one", "ones", "same"):
        return False
    last = rest[-1].lower()
    if not (lexicon.is_noun(last) or rest[-1].isupper() or not lexicon.known(last)):
        return False
    return all(
        lexicon.is_noun(w.lower()) or "adj" in lexicon.classes(w.lower()) or w.isupper()
        for w in rest[:-1]
    ) and not any(lexicon.is_past(w.lower()) or w.lower() in TIME_WORDS for w in rest)
