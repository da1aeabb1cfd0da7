"""A note about the interviewer said to them: "she is flying to Lisbon" -> "you are flying ...".

Pronouns and the verb's agreement change; a note that cannot be turned round safely (a second
clause about them, first-person words, quotes) gives None.
"""

from __future__ import annotations

from collections.abc import Sequence

from composer import regexes as re

_FIRST_PERSON = re.compile(r"\b(i|me|my|mine|we|us|our|ours|myself|ourselves)\b", re.IGNORECASE)
_SUBJECTS = {"he": "you", "she": "you", "they": "you"}
_OBJECTS = {"him": "you", "them": "you"}
_POSSESSIVES = {"his": "your", "their": "your"}
_STANDALONE = {"hers": "yours", "theirs": "yours"}
_REFLEXIVE = {"himself": "yourself", "herself": "yourself", "themselves": "yourself",
              "themself": "yourself"}  # fmt: skip
# A verb after "he" or "she" as it agrees with "you": "is" -> "are", "has" -> "have".
AGREED = {
    "is": "are", "was": "were", "has": "have", "does": "do", "isn't": "aren't",
    "wasn't": "weren't", "hasn't": "haven't", "doesn't": "don't", "is not": "are not",
    "was not": "were not", "has not": "have not", "does not": "do not",
}  # fmt: skip
ADVERBS = frozenset(
    [
        "just",
        "recently",
        "also",
        "already",
        "still",
        "really",
        "actually",
        "finally",
        "often",
        "always",
        "never",
        "soon",
        "newly",
        "currently",
    ]
)
_PARTICIPLES = frozenset(
    ["been", "got", "gotten", "done", "had", "made", "taken", "gone", "seen", "started"]
)
_REPORTED = re.compile(
    r"^(?:he|she|they) (?:mentioned|said|told us|told me|explained|shared|noted) (?:that )?",
    re.IGNORECASE,
)
# A relative typed as the subject ("her son makes his first race"): a later "his" is the son's.
_RELATIVE_GENDER = {
    **dict.fromkeys(("son", "husband", "father", "dad", "brother", "grandson", "nephew"), "his"),
    **dict.fromkeys(("daughter", "wife", "mother", "mum", "mom", "sister", "niece"), "her"),
    "granddaughter": "her",
}
_PREPS = frozenset({"to", "for", "with", "about", "and", "at", "in", "on", "from", "by", "of"})
_CLAUSE_HEADS = frozenset({"he", "she", "they", "his", "her", "their", "he's", "she's", "they're"})


def _deinflect(verb: str) -> str:
    """The plain form of a third-person verb: loves -> love, watches -> watch, flies -> fly."""
    lower = verb.lower()
    if lower == "has":
        return "have"
    if lower == "does":
        return "do"
    if lower == "goes":
        return "go"
    if lower.endswith("ies") and len(lower) > 4:
        return verb[:-3] + "y"
    if re.search(r"(ss|sh|ch|x|z|o)es$", lower):
        return verb[:-2]
    if lower.endswith("s") and not lower.endswith("ss"):
        return verb[:-1]
    return verb


def _titles_masked(text: str) -> str:
    """The text with each capitalised word after another one masked: "the book Tell Me by
    Aidan Chambers" names a title, whose "Me" is no one's (the word "I" is never masked); so
    does one in quotes ("the podcast 'Sell Me This'")."""
    tokens = text.split(" ")
    return " ".join(
        "_"
        if n and t[:1].isupper() and t != "I" and tokens[n - 1].lstrip("'‘")[:1].isupper()
        else t
        for n, t in enumerate(tokens)
    )


# A title in double quotes ("The Conductor", “Hard Fork”): read as a title in single quotes is
# read, and given its own quotes back.
_DOUBLE_TITLE = re.compile(r"(?<!\w)[\"“](?P<title>[A-Z0-9][^\"“”?!'‘’]*?)[\"”](?!\w)")


def second_person(note: str, names: Sequence[str] = ()) -> str | None:
    """Turn a note about the interviewer into the same fact said to them, or None if unsure.

    "she is flying to Lisbon next week" -> "you are flying to Lisbon next week";
    "his team is moving to Austin" -> "your team is moving to Austin". A title in double quotes
    keeps them ("he recommended the documentary "The Conductor"").
    """
    titles = {f"'{m['title']}'": m[0] for m in _DOUBLE_TITLE.finditer(note)}
    said = _second_person(_DOUBLE_TITLE.sub(lambda m: f"'{m['title']}'", note), names)
    for single, double in titles.items():
        said = said.replace(single, double) if said else said
    return said


def _second_person(note: str, names: Sequence[str] = ()) -> str | None:
    """`second_person` for a note whose titles are in single quotes."""
    text = " ".join(note.strip().rstrip(".!;").split())
    if not text or _FIRST_PERSON.search(_titles_masked(text)):
        return None
    if re.search(r"[\"“”?!()\[\]{}<>]", text):
        return None
    for name in sorted((n for n in names if n), key=len, reverse=True):
        if text.lower().startswith(name.lower() + " "):
            text = "she " + text[len(name) + 1 :]  # the pronoun's gender never reaches the letter
            break
    tokens = text.split(" ")
    head = tokens[0].lower()
    reported, theirs = _REPORTED.match(text), None
    if reported:
        # "she mentioned (that) her favourite film is Alien": keep only what was said.
        rest = text[reported.end() :]
        return second_person(rest) if rest.split(" ", 1)[0].lower() in _CLAUSE_HEADS else None
    if head in _POSSESSIVES or head == "her":
        # "her/his/their <noun> ..." is the subject: the verb keeps its third person.
        tokens[0] = "your"
        out = tokens
        start = 1
        rel = tokens[1].lower().rstrip("'s’") if len(tokens) > 1 else ""
        theirs = _RELATIVE_GENDER.get(rel)  # the relative's own "his" or "her", kept as typed
    elif head in _SUBJECTS:
        tokens[0] = "you"
        start = 1
        # Skip adverbs, then fix the verb's agreement with "you".
        i = 1
        while i < len(tokens) and tokens[i].lower() in ADVERBS:
            i += 1
        if i >= len(tokens):
            return None
        verb = tokens[i].lower()
        pair = f"{verb} {tokens[i + 1].lower()}" if i + 1 < len(tokens) else ""
        if head != "they":
            if pair in AGREED:
                tokens[i : i + 2] = AGREED[pair].split(" ")
            elif verb in AGREED:
                tokens[i] = AGREED[verb]
            elif verb in ("'s", "’s"):
                return None
            elif verb.endswith("s") and verb.isalpha() and not verb.endswith("ss"):
                tokens[i] = _deinflect(tokens[i])
            elif verb in ("will", "can", "could", "would", "should", "might", "may", "must"):
                pass
            elif not verb.isalpha():
                return None
        out = tokens
    elif head in ("he's", "she's", "he’s", "she’s"):
        follow = tokens[1].lower() if len(tokens) > 1 else ""
        have = follow in _PARTICIPLES or follow.endswith("ed")
        out = ["you", "have" if have else "are", *tokens[1:]]
        start = 2
    elif head in ("they're", "they’re"):
        out = ["you", "are", *tokens[1:]]
        start = 2
    else:
        return None
    return _rest_said(out, start, theirs)


def _rest_said(out: list[str], start: int, theirs: str | None) -> str | None:
    """The words after the subject with their pronouns said to the reader; `theirs`: the
    possessive of a relative who is the subject, kept as typed."""
    result = out[:start]
    for index, token in enumerate(out[start:], start):
        lower = token.lower()
        nxt = out[index + 1].lower() if index + 1 < len(out) else ""
        if lower in _SUBJECTS:
            return None  # a second clause about them ("..., and she ..."): too risky to rewrite
        if lower == theirs and nxt and nxt not in _OBJECTS and nxt not in _PREPS:
            pass  # "your son makes his first race": the son's race
        elif lower in _OBJECTS:
            token = _OBJECTS[lower]
        elif lower in _POSSESSIVES:
            token = _POSSESSIVES[lower]
        elif lower in _STANDALONE:
            token = _STANDALONE[lower]
        elif lower in _REFLEXIVE:
            token = _REFLEXIVE[lower]
        elif lower == "her":
            # Possessive before a word ("her dog"), object at the end or before a preposition.
            token = "you" if not nxt or nxt in _PREPS else "your"
        result.append(token)
    return " ".join(result)
