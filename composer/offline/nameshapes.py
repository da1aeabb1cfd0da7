"""Names typed in lower case, known by their shape around a word that has its capital already
(`propernames` gives the words the tables know only with a capital theirs first):
- a given name before a surname with its capital ("sally Rooney": "Sally Rooney");
- a place's noun that takes its name after "of" ("the isle of skye", "the bay of plenty": a
  bay, an isle, a vale or a firth "of" a bare word is that place's name);
- a body named after its place ("city of Bristol College", "the national youth orchestra of
  Scotland"): the nouns before "of" and a name, up to a body's head, are the name's words.
A word before a name that describes it ("the local Bristol college", "the best school of
Leeds") is left as typed.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.dictionary import clipped, in_dictionary
from composer.offline.words import (
    DETERMINERS,
    FUNCTION_WORDS,
    INSTITUTION_HEADS,
    MONTH_NAMES,
    PLACE_HEADS,
    RARE_WORDS,
)

__all__ = ["given_names", "shaped"]


def shaped(text: str) -> str:
    """`text` with the names its shapes make sure given their capitals (see the module's note)."""
    text = _GEOGRAPHY.sub(_geography, text)
    text = _BODY_OF.sub(_body_of, text)
    return _THE_BODY.sub(_the_body, text)


# "sally Rooney's", "sally rooney's": a word in lower case just before a surname mid-line
_GIVEN = re.compile(
    r"(?<=[a-z,;] )(?P<given>[a-z]{3,})"
    r"(?= (?P<family>[A-Za-z][a-z]{2,})(?:['’]s\b|[^\w'’-]|$))"
)


def given_names(text: str) -> str:
    """`text` as typed with each given name typed in lower case before a surname capitalised
    ("sally rooney's", "nicola Benedetti"); a name typed half in capitals ("Aston villanueva")
    is the writer's to say, as typed."""
    for found in reversed(list(_GIVEN.finditer(text))):
        if _given(found):
            start, end = found.start(), found.end() + 1 + len(found["family"])
            said = f"{found['given'].capitalize()} {found['family'].capitalize()}"
            text = text[:start] + said + text[end:]
    return text


def _given(found: re.Match[str]) -> bool:
    """A given name (a word the tables know as a name with its capital, "Sally") before a
    surname: a month, a weekday or "I" after it is no surname."""
    given, family = found["given"], found["family"]
    if given.lower() in FUNCTION_WORDS or family.lower() in MONTH_NAMES or _weekday(family):
        return False
    before = found.string[: found.start()].split()[-1:] or [""]
    if before[0].lower() in DETERMINERS or lexicon.is_plural_noun(given.lower()):
        return False  # "a gypsy vardo", "three days onsite": a thing, no person
    after = found.string[found.end() + 1 + len(family) :]
    following = re.match(r" ([a-z]+)\b", after)
    next_word = following[1] if following else ""
    noun_after = next_word not in FUNCTION_WORDS and lexicon.is_noun(next_word)
    if family.islower() and noun_after:
        return False  # "the foster whatsapp group": words before a noun describe it
    if "noun" not in lexicon.classes(given.capitalize()):
        return False
    lower = family.lower()
    if lexicon.known(lower) or in_dictionary(lower) or lexicon.note_speak(lower):
        return False  # "sally Green", "met ben today": a common word, no surname
    if lower in RARE_WORDS or lower.removesuffix("s") in RARE_WORDS or lexicon.modern(lower):
        return False  # "good handovers": a word of a trade's table, no surname
    # "with ben mgmt": a word cut short is no surname
    return not (family.islower() and (len(family) < 4 or clipped(family)))


def _weekday(word: str) -> bool:
    return word.lower().rstrip("s") in _WEEKDAYS


_WEEKDAYS = frozenset(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
)

# A place's noun whose name follows "of" with no article: "the isle of man", "bay of plenty"
_PLACE_OF = "isle|bay|vale|firth|strait|straits|gulf"
_GEOGRAPHY = re.compile(
    rf"(?<![\w'’-])(?P<before>[A-Za-z]+ )?(?P<head>{_PLACE_OF}) of (?P<name>[A-Za-z][a-z]+)\b"
    r"(?!['’-])"
)


def _geography(found: re.Match[str]) -> str:
    before = (found["before"] or "").strip()
    head, name = found["head"], found["name"]
    if before.lower() in DETERMINERS and before.lower() != "the":
        return found[0]  # "a bay of twelve racks", "each bay of the shed": no name
    if name.lower() in FUNCTION_WORDS or name.lower() in DETERMINERS or name[0].isdigit():
        return found[0]
    if lexicon.is_gerund(name.lower()):
        return found[0]  # "the gulf of understanding": no place
    said = f"{head.capitalize()} of {name[0].upper()}{name[1:]}"
    return f"{found['before'] or ''}{said}"


# "city of Bristol College": a place's or a body's noun, "of" and a name ending in a body's head
_HEADS = "|".join(sorted(INSTITUTION_HEADS | PLACE_HEADS | {"port", "state"}))
_BODY_OF = re.compile(
    rf"(?<![\w'’-])(?P<head>{_HEADS}) of (?P<name>(?:[A-Z][a-z]+ ){{1,3}}"
    rf"(?:{'|'.join(sorted(h.capitalize() for h in INSTITUTION_HEADS))}))\b"
)


def _body_of(found: re.Match[str]) -> str:
    return f"{found['head'].capitalize()} of {found['name']}"


# "the national youth orchestra of Scotland": words of a body's kind before its head, after
# "the", and its place's name after "of"
_BODIES = "|".join(
    sorted(INSTITUTION_HEADS | {"orchestra", "choir", "society", "association", "federation"})
)
_THE_BODY = re.compile(
    rf"\b(?P<the>[Tt]he) (?P<run>(?:[a-z]+ ){{1,3}})(?P<head>{_BODIES}) of "
    r"(?P<name>[A-Z][a-z]+)\b"
)
# Endings of a word that describes a body by its kind or its land ("national", "civic",
# "scottish", "european"), not by its worth ("best", "biggest", "old")
_KIND_ENDINGS = ("al", "ic", "ish", "an", "ese")


def _the_body(found: re.Match[str]) -> str:
    words = found["run"].split()
    for word in words:
        classes = lexicon.classes(word)
        if word in FUNCTION_WORDS or word.endswith("est") or not classes:
            return found[0]
        if "adj" in classes and not word.endswith(_KIND_ENDINGS):
            return found[0]  # "the old music school of Leeds": described, not named
        if "noun" not in classes and "adj" not in classes:
            return found[0]
    said = " ".join(w.capitalize() for w in [*words, found["head"]])
    return f"{found['the']} {said} of {found['name']}"
