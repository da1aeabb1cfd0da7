"""Contractions typed with no apostrophe whose bare form is also an English word, read by the
word after them: "when its busy" -> "when it's busy" but "its own team"; "how id do it" ->
"how I'd do it" but "photo id check"; "cant keep still" -> "can't keep still". A form that is
no word ("thats", "whats") is in `SHORTHAND`. ("why im leaving" stays as typed: its reason is
said without the question, "As I said, I want to teach more.", which reads worse than leaving
the line to the gate.)
And "go" before a doing with its object, as a question typed it ("how I'd go diagnosing a
no-crank") said with the verb itself ("how I'd diagnose a no-crank").
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.words import (
    BE,
    DETERMINERS,
    FUNCTION_WORDS,
    PHRASE_OPENERS,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
    WH_WORDS,
)

_TYPED = re.compile(r"(?<![\w'’.-])(?P<word>[Ii]ts|[Ii]d|[Cc]ant|[Ww]ont) (?P<next>[a-z]+)\b")
# What a clause of "I" may follow: a question word, "if", "that", a conjunction, a pause
_CLAUSE_OPENERS = WH_WORDS | frozenset(["if", "that", "and", "but", "so", "because", "as"])
_WILL = {"id": "I'd", "cant": "can't", "wont": "won't"}
# The verbs of saying and thinking a clause follows with no "that" ("said id", "think id");
# not "show", "take" ("show id card")
_SAYING = frozenset(["say", "tell", "think", "mention", "explain", "reckon"])
# "its own", "its very own": the possessive before "own" whatever follows
_OWN = frozenset(["own"])


# Small words after a bare "id", "cant", "wont" that are no verb for it to go on.
_PREP_OR_DET = PREPOSITIONS | DETERMINERS


def _after(text: str, end: int) -> str:
    """The word after position `end` ("" at a mark or the end)."""
    found = re.match(r" ([\w'’-]+)", text[end:])
    return found[1] if found else ""


def _noun_follows(word: str) -> bool:
    """Whether `word` goes on a noun phrase ("new premises"): a noun that is no small word."""
    if word[:1].isupper() or word[:1].isdigit():  # "its last CQC inspection": a name, a figure
        return True
    return bool(word) and word not in FUNCTION_WORDS and lexicon.is_noun(word)


_ORDINALS = frozenset(["first", "second", "third", "fourth", "fifth", "last", "next", "final"])


def _its(following: str, then: str) -> bool:
    """ "its" is "it's" before a determiner, "not", an adverb, a form of "be", or a describing
    word or participle that closes its phrase ("its busy with", "its needed"); before a noun or a
    describing word on a noun ("its new premises") it is the possessive."""
    if following in _OWN or following in _ORDINALS:  # "not in its first": its first season
        return False
    if following in PHRASE_OPENERS or following in BE:  # "it's a multi-day hearing"; a count
        # or a quantity after "its" is the possessive's ("its two sites", "its many branches")
        return True
    kinds = lexicon.classes(following)
    if "noun" in kinds and not (lexicon.is_gerund(following) or "adj" in kinds):
        return False
    if set(kinds) <= {"adv"} and kinds:
        return True  # "its not", "its really", "its always"
    describing = "adj" in kinds or lexicon.is_participle(following) or lexicon.is_gerund(following)
    if describing and "noun" in kinds:  # "when its quiet" but "its subject after a clause",
        # "its number joined by": a noun too closes its phrase only at the end or before "with"
        return not then or then == "with"
    return describing and not _noun_follows(then)


def _contracted(found: re.Match[str]) -> str:
    word, following = found["word"], found["next"]
    lower = word.lower()
    said = found.group()
    if lower == "its":
        then = _after(found.string, found.end())
        before = found.string[: found.start()].split()
        # "keep clients on its side" (round 58, h1524): after a preposition, only the possessive
        after_preposition = bool(before) and before[-1].lower() in PREPOSITIONS
        if _its(following, then) and not after_preposition:
            said = f"{word[0]}t's {following}"
    elif lexicon.is_base_verb(following) and following not in _PREP_OR_DET:
        before = found.string[: found.start()].split()
        previous = before[-1].lower().strip(",;:") if before else ""
        # "photo id check": after a noun, "id" is the card; after a clause's start it is "I'd"
        opens = not previous or previous in _CLAUSE_OPENERS or previous in SUBJECT_PRONOUNS
        # "said id talk to them", "meant to say id check", "point is id have": a clause said
        opens = opens or previous in BE or lexicon.base_of(previous) in _SAYING
        if lower != "id" or opens or (not lexicon.is_noun(following) and lexicon.is_past(previous)):
            first = _WILL[lower]
            said = f"{first if lower == 'id' or word.islower() else first.capitalize()} {following}"
    return said


# "go diagnosing a no-crank": "go" before a doing that takes an object ("go fishing" takes none)
_GO_DOING = re.compile(
    r"\b(?P<who>I'd|I would|I|you'd|you would|we'd|we would|to|would you|would I) go"
    r" (?P<doing>[a-z]+ing) (?=(?:a|an|the|this|that|these|those|my|your|their|our|it|them)\b)"
)


def _go_doing(found: re.Match[str]) -> str:
    doing = found["doing"]
    base = lexicon.base_of(doing)
    if base is None or not lexicon.is_gerund(doing):
        return found.group()
    return f"{found['who']} {base} "


# "shell ring monday", "hell call mon": a will typed with no apostrophe, read by a verb of
# getting in touch or deciding after it ("the shell ring" is no step; "theyll" is the step
# readers' own)
_WILL_TYPED = re.compile(
    r"(?<![\w'’.-])(?P<who>[Ss]he|[Hh]e)ll (?=(?:ring|call|phone|email|e-mail|text|let|get"
    r"|be|send|contact|decide|confirm|write|come|check|update|reply|respond|book|arrange)\b)"
)


def spelled(text: str) -> str:
    """`text` with its contractions typed bare given their apostrophe where the next word
    settles it, and "go" + a doing with an object said as the verb."""
    text = _WILL_TYPED.sub(lambda found: f"{found['who']}'ll ", _TYPED.sub(_contracted, text))
    return _GO_DOING.sub(_go_doing, text)
