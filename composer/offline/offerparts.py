"""Parts of a contribution that are no thing brought: said in their own right, or not at all.

A contribution is typed as a thing and, after a comma, something about the candidate
("calm head in degraded ops, already know the area"; "steady presence in the halls, good at
talking people down"): the thing is what the candidate would bring, and the rest is the
candidate speaking ("and I already know the area", "and I am good at ..."). A purpose with no
verb ("so fewer referrals + calmer consults") is what the thing would mean. Any part read
with less confidence gives None, and the contribution is left out.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.countnouns import counted as one_counted
from composer.offline.countnouns import new_thing
from composer.offline.phrases import Shape, analyse
from composer.offline.words import (
    COUNTABLE,
    DETERMINERS,
    MODALS,
    OBJECT_COUNTABLE,
    PERSON_HEADS,
    PREPOSITIONS,
    STATIVE_VERBS,
)


def own_clause(part: str, common: frozenset[str]) -> str | None:
    """A part after the thing offered, said as the candidate's clause: "good at talking people
    down" -> "I am good at talking people down", "already know the area" -> "I already know
    the area"; None when it is no describing phrase or state of the candidate's."""
    words = part.split()
    if not words:
        return None
    first = words[0].lower()
    lead = ""
    if "adv" in lexicon.classes(first) and len(words) > 1 and first.endswith(("ready", "ly")):
        lead, words = f"{first} ", words[1:]  # "already", "really"
    if words[0].lower() in STATIVE_VERBS and len(words) > 1:
        return f"I {lead}{words[0].lower()} {' '.join(words[1:])}"
    phrase = analyse(" ".join(words), common)
    # "good at ...", "happy to ...": a describing word and what it is about
    framed = len(words) == 1 or words[1].lower() in ("at", "with", "to", "in", "on", "under")
    if not lead and phrase.shape is Shape.ADJECTIVE and "adj" in lexicon.classes(first):
        if not framed or re.search(r"[,;:()/]|\d", part):
            return None
        return f"I am {phrase.text}"
    return None


def meaning(purpose: str) -> str | None:
    """ "fewer referrals and calmer consults" after "so": outcomes with no verb, said as what
    the thing would mean (", which would mean fewer referrals and calmer consults"); None for a
    purpose with its own subject and verb ("so the day shift starts clean")."""
    parts = purpose.split(" and ")
    if not all(_comparative(p.split()[0].lower()) and len(p.split()) > 1 for p in parts if p):
        return None
    return f", which would mean {purpose}"


def _comparative(word: str) -> bool:
    """ "fewer", "calmer", "better", "less": a describing word that compares."""
    if word in ("less", "more", "fewer"):
        return True
    lemmas = lexicon.classes(word).get("adj", ())
    return bool(lemmas) and word not in lemmas and word.endswith("er")


def thing_and_own(head: str, common: frozenset[str]) -> tuple[str, str] | None:
    """ "calm head in degraded ops, already know the area" -> ("calm head in degraded ops",
    "I already know the area"): a thing, then what the candidate says of themselves, each part
    after the first its own clause; None unless every part reads so."""
    first, *rest = head.split(", ")
    if not rest or analyse(first, common).shape not in (Shape.NOUN, Shape.ROLE):
        return None
    said = [own_clause(part, common) for part in rest]
    if len(said) > 1 or said[0] is None:
        return None
    return first, said[0]


# Words after which a noun phrase's head has been named: "a steady pair of hands on nights".
_AFTER_HEAD = frozenset(
    ["of", "for", "on", "in", "at", "with", "to", "who", "that", "so", "across", "from", "by"]
)


def the_role(np: str, role: str) -> bool:
    """True when the thing offered is the person the candidate would be: its head noun is the
    role's own head noun ("one consistent interpreter for the STEM classes" for a "Staff ASL
    Interpreter"), or a person's noun ("-er", "-or", "-ist", "-ian") that the role names; "a
    steady second pair of hands" (head "pair") is a thing brought, not a person."""
    title = re.sub(r"\([^)]*\)", "", role).split(",")[0]  # "Manager (2nd shift)": no shift
    named = [w.lower() for w in re.findall(r"[A-Za-z]+", title)]
    # "a safe, methodical technician who ...": a comma between two adjectives is no break
    np = re.sub(r"^(\w+ \w+), (?=\w+ )", lambda m: _joined(m.group(1)), np)
    words = re.split(r"[,;]", np)[0].split()
    if not named or len(words) < 2 or words[0].lower() not in ("a", "an", "one"):
        return False
    before = []
    for n, word in enumerate(words[1:], start=1):
        if word.lower() in _AFTER_HEAD:
            break
        before.append(word)
        if _contact(word.lower(), words[n + 1 : n + 2]):
            break  # "a mechanic customers ask for by name": the person, then who asks
    head = before[-1].lower() if before else ""
    if not (head in PERSON_HEADS or lexicon.is_agent_noun(head)):
        return False  # "a stable second shift" for a "Manager (2nd shift)": no person
    return head == named[-1] or (head in named and head.endswith(("er", "or", "ist", "ian")))


_PLACE_WHERE = re.compile(r"(?:a|an) (?:[a-z-]+ ){0,2}?(?P<head>[a-z]+) where \w+ \w+")


# Endings of a way of doing things, which a candidate brings: "culture", "environment".
_ABSTRACT = re.compile(r"(?:ure|ment|tion|sion|ness|ity|ship|ism|ance|ence)$")


def place_where(np: str) -> bool:
    """ "a rink where parents feel their kids are safe", "a shop where nobody waits": a place
    or a way of working described by what happens in it, which a candidate works towards,
    never brings."""
    found = _PLACE_WHERE.match(np)
    if found is None or _ABSTRACT.search(found["head"]):
        return False  # "a safety culture where near misses get reported": brought
    return lexicon.is_noun(found["head"])


# Who does something with the person named before them: "a mechanic customers ask for".
_WHO = frozenset(["the", "my", "our", "your", "people", "everyone", "everybody"])


def _contact(word: str, after: list[str]) -> bool:
    """A person's noun and, straight after it, who acts on them, with no "that": "mechanic
    customers", "supervisor the crew"."""
    if not after or not (word in PERSON_HEADS or lexicon.is_agent_noun(word)):
        return False
    nxt = after[0].lower()
    return nxt in _WHO or (lexicon.is_plural_noun(nxt) and not lexicon.is_base_verb(nxt))


def _joined(start: str) -> str:
    """ "a safe" before ", methodical ...": "a safe " when its word is an adjective, else as it
    was (the comma kept)."""
    return f"{start} " if "adj" in lexicon.classes(start.split()[-1].lower()) else f"{start}, "


# Words that end a verb's object in what the candidate would do: a particle, a preposition, a
# conjunction ("get fun run back above ...", "help with falls pathway and ...").
_OBJECT_ENDS = PREPOSITIONS | frozenset(
    ["back", "down", "up", "out", "off", "away", "and", "or", "so", "above", "below", "again"]
)
# Words before which a verb starts what the candidate would do: "help get ...", "and keep ...".
_BEFORE_VERB = frozenset(["and", "to", "help", "then"]) | MODALS
# Particles a verb takes before its object: "take on repair desk", "take over the queue".
_BEFORE_OBJECT = frozenset(["on", "over", "with"])


def objects_named(vp: str) -> str:
    """What the candidate would do, with "the" before a thing of theirs named bare after its
    verb: "help with falls pathway" -> "help with the falls pathway", "get fun run back above
    ..." -> "get the fun run back above ...", "help get clinic running" -> "help get the clinic
    running". Only a singular noun of a countable kind, with nothing before it, that ends
    where the object ends (a particle, a preposition, an "-ing" word or the end) is one."""
    words = vp.split(" ")
    for i, word in enumerate(words):
        starts = i == 0 or words[i - 1] in _BEFORE_VERB or words[i - 1].endswith(",")
        if not (starts and lexicon.is_base_verb(word)) or word == "bring":
            continue  # a thing brought is the candidate's own: "bring careful case binding"
        at = i + 2 if words[i + 1 : i + 2] and words[i + 1] in _BEFORE_OBJECT else i + 1
        if _bare_object(words[at:]):  # "write proper fault log": a thing made is new, "a"
            new = at == i + 1 and new_thing(word)
            words[at] = f"{lexicon.article(words[at]) if new else 'the'} {words[at]}"
    return " ".join(words)


# "... and crew that stays", "with crew that stays": a bare thing a clause tells of takes "a".
_RELATIVE_AFTER_AND = re.compile(
    r"(?:(?<= and )|(?<= with ))(?P<noun>[a-z]+)(?= (?:that|who) [a-z]+s\b)"
)


def counted(text: str) -> str:
    """ "bring steady nights, with crew that stays": "with a crew that stays"."""
    return _RELATIVE_AFTER_AND.sub(_counted, text)


def _counted(found: re.Match[str]) -> str:
    noun = found["noun"]
    if not one_counted(noun) or noun in DETERMINERS:
        return noun  # "and staff who stay", "and documentation that": no one counted thing
    return f"{lexicon.article(noun)} {noun}"


def _bare_object(words: list[str]) -> int:
    """How many words make a bare singular countable noun phrase at the start of `words` that
    ends where a verb's object ends (a particle, a preposition, an "-ing" word, a describing
    word as in "keep rota fair", or the end); 0 when the words start no such phrase."""
    if not words or words[0] in DETERMINERS:
        return 0
    if lexicon.is_base_verb(words[0]) and not lexicon.is_noun(words[0]):
        return 0  # "help get ...": a verb, not a thing
    for size in (3, 2, 1):
        np, after = words[:size], words[size : size + 1]
        if len(np) < size or not all(re.fullmatch(r"[a-z][a-z-]*", w) for w in np[-1:]):
            continue
        if not all(re.fullmatch(r"[a-z][a-z-]*|[A-Z][A-Za-z]+", w) for w in np[:-1]):
            continue  # "Ventsim model": a name may say which one, never be the thing
        if any(w in _OBJECT_ENDS for w in np):
            continue
        ends = not after or after[0] in _OBJECT_ENDS or lexicon.is_gerund(after[0])
        if not (ends or (size < 3 and "adj" in lexicon.classes(after[0]))):
            continue
        head = np[-1]
        if head not in COUNTABLE | OBJECT_COUNTABLE or lexicon.is_plural_noun(head):
            continue
        if all(_modifies(w) for w in np[:-1]):
            return size
    return 0


def _modifies(word: str) -> bool:
    """A word before a thing's head that says which one: a noun, a describing word or a name
    ("rota", "weekly", "Ventsim")."""
    if word[:1].isupper():
        return word.lower() not in DETERMINERS and not lexicon.is_base_verb(word.lower())
    # a doing that names the kind ("take on climbing crew": the climbing crew)
    return lexicon.is_noun(word) or "adj" in lexicon.classes(word) or lexicon.is_gerund(word)


# Shifts typed by their plural name ("nights", "days"): one shift when a verb agrees with it as
# one ("so days starts clean": the day shift starts clean).
_SHIFTS = {"days": "day", "nights": "night", "lates": "late", "earlies": "early"}
_SHIFT_SUBJECT = re.compile(r"\b(?P<shift>days|nights|lates|earlies) (?P<verb>[a-z]+s)\b")


def shifts_named(text: str) -> str:
    """A shift typed by its plural name as the subject of a verb that agrees with one: "so days
    starts clean" -> "so the day shift starts clean"; "nights are quiet" stays as typed."""

    def _one(found: re.Match[str]) -> str:
        if not lexicon.is_third_person(found["verb"]):
            return found[0]
        return f"the {_SHIFTS[found['shift']]} shift {found['verb']}"

    return _SHIFT_SUBJECT.sub(_one, text)


def said_about(offer: str, topic: str) -> str | None:
    """The contribution `offer` as said after the topic it is tied to ("As for {topic}, ..."),
    so that the topic is not named twice: the topic's thing named again in it is "it" ("a
    structured parent component for the intensive outpatient track", after "the intensive
    outpatient track for adolescents with OCD" -> "... for it"). None when the thing offered is
    the topic's own thing ("a drilling program logged to one standard", after "the 2027
    drilling program"): said after that topic it reads as a second one, so it is not tied."""
    words = re.sub(r"(?i)^(?:the|a|an|our|your|their)\s+", "", topic).split()
    for size in range(len(words), 1, -1):
        named = " ".join(words[:size])
        if not lexicon.is_noun(words[size - 1].lower()):
            continue
        found = re.search(rf"(?i)\bthe {re.escape(named)}\b(?!['’-])", offer)
        if found:
            return f"{offer[: found.start()]}it{offer[found.end() :]}"
    own = re.match(r"(?i)(?:a|an|the)\s+(?P<thing>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\b", offer)
    topic_words = f" {' '.join(words).lower()} "
    if own and lexicon.is_noun(own["thing"].split()[-1]) and f" {own['thing']} " in topic_words:
        return None
    return offer
