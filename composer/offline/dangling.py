"""A sentence whose own shape is broken, whatever note it came from: it ends on a word that
cannot end an English sentence, or its marks clash. The last gate (`flagged.stopped`) asks
`dangling` of every sentence said from the notes, after the checks that read notes-speak
and `pasted` (a piece of a note pasted whole: "which" cut from its noun, a line's capital).

    dangling("I valued the time we spent on fatigue management with.")
    # "it ends on 'with', which needs its object"

Each check reads a class of shapes, not a line: a preposition after a noun at the very end
("management with.") has lost its object, while one left at the end of a relative clause is
English ("the part I was most curious about.", "the project you told me about."); a dash and
a comma side by side ("at sea -, the last six") are two notes' marks; two modals in a row
("I would can run"), or "to" before one ("My aim would be to can take"), are a frame's and a
note's; "a" before a plural that ends its phrase ("at a university halls over summer") is a
note's noun read as one thing; an article inside a set phrase of "X of Y" ("a tone of the
voice guide") is a note's compound read as two things.
"""

from __future__ import annotations

from composer import regexes as re
from composer.english import ends_on_abbreviation
from composer.offline import lexicon
from composer.offline.words import AUXILIARIES, BE, NUMBER_WORDS, SET_OF_PHRASES

__all__ = ["dangling"]

# Words that never end a sentence: articles, possessives, conjunctions.
_NEVER_LAST = frozenset(
    ["a", "an", "the", "and", "or", "but", "nor", "my", "your", "our", "their", "its", "his",
     "because", "if", "whether", "unless", "although", "than"]  # "... because.", "more than."
)  # fmt: skip
# Prepositions that need an object after a noun ("management with.").
_NEED_OBJECT = frozenset(
    [
        "with", "of", "for", "from", "at", "by", "into", "onto", "than", "via", "per", "about",
        "to", "between", "among", "without", "within", "toward", "towards",
    ]
)  # fmt: skip
_LAST_TWO = re.compile(r"([A-Za-z][\w'’-]*)\s+([A-Za-z]+)\s*[.!?]?[\"”’)]*\s*$")
# Marks of two notes side by side: " -," "- ," ",," " ," " ." ",." ":."
_CLASH = re.compile(r"\s[-–—],|[-–—]\s,|,,|\s,(?=\s)|\s\.$|,\.|:\.|;\.")


def dangling(text: str) -> str:
    """Why the sentence `text` is broken in its own shape, or ""."""
    last = _LAST_TWO.search(text)
    if last:
        before, word = last.group(1).lower(), last.group(2).lower()
        if word in _NEVER_LAST or re.search(r"(?:\bthat|:)\s+(?:I|we)\s*[.!?]$", text):
            return f"it ends on '{last.group(2)}'"  # "... add that I.", "... mention: I."
        if word in _NEED_OBJECT and _lost_object(before, text):
            return f"it ends on '{last.group(2)}', which needs its object"
    if _THEN_CLOSE.search(text):
        return "its time points back at nothing ('before then')"
    clash = _CLASH.search(text)
    if clash:
        return f"two notes' marks stand side by side ('{clash.group().strip()}')"
    return (
        _lower_after_stop(text)
        or _unrighted(text)
        or _be_bare(text)
        or _two_modals(text)
        or _article_before_plural(text)
        or _inside_set_phrase(text)
        or _verb_twice(text)
        or _finite_after_with(text)
    )


# A close whose time points back at a step the letter does not say: "... from you before then.",
# "... your news after."
_THEN_CLOSE = re.compile(
    r"\b(?:from you|your news) (?:(?:before|by|until|after) (?:then|that)|after|before|by|until)\.$"
)
# A correction that says only what was said wrong: "One correction to my answers: I told MD 38
# ships a year at an old yard."
_CORRECTION_LEAD = re.compile(
    r"^(?:One|A) (?:correction|clarification)\b[^:]*:\s*(?P<rest>I (?:told|said|gave|quoted)\b.*)$"
)
_PUT_RIGHT = re.compile(
    r"(?i)\b(?:not|actually|in fact|rather|but|correct|right|instead|really|should)\b|;|—| - "
)


def _lower_after_stop(text: str) -> str:
    """ "... at minus 30. my answer too short.": a note's sentence in lower case inside the
    sentence (never after an abbreviation's stop: "approx. 30", "e.g. the")."""
    for found in re.finditer(r"[.!?]\s+(?=[a-z])", text):
        before = text[: found.start() + 1]
        token = before.split()[-1] if before.split() else ""
        # "an M.S. in Meteorology", "Ph.D. in", "approx. 30": a stop of a short form
        short = "." in token[:-1] or (len(token) <= 4 and token[:1].isupper())
        if not short and not ends_on_abbreviation(before):
            return "a sentence inside it starts in lower case"
    return ""


def _unrighted(text: str) -> str:
    found = _CORRECTION_LEAD.match(text)
    if found is None or _PUT_RIGHT.search(found["rest"]) or len(_FIGURE.findall(found["rest"])) > 1:
        return ""  # "I said forty hours ...; it is closer to sixty": two figures, one put right
    return "a correction that says only what was said wrong"


_FIGURE = re.compile(rf"\d+|\b(?:{'|'.join(sorted(NUMBER_WORDS | {'thousand'}))})\b", re.IGNORECASE)


def _be_bare(text: str) -> str:
    """ "which is expire in October": "be" before a plain verb (a second language's slip)."""
    for found in re.finditer(
        r"\b(?:is|are|was|were) ([a-z]+)(?= (?:in|on|by|until) [A-Z\d])", text
    ):
        word = found[1]  # (before a time: "is complete" alone may well be an adjective)
        if (
            set(lexicon.classes(word)) == {"verb"}
            and lexicon.is_base_verb(word)
            and word != "complete"
            and not lexicon.is_participle(word)  # "was found in 1967": found, of "find"
        ):
            return f"'{found[0]}' puts a plain verb after 'be'"
    return ""


# An article put inside a set phrase of "X of Y" ("a tone of the voice guide"): a note's
# compound noun read as a thing "of" another.
_SET_PHRASE = re.compile(
    r"\b(?P<x>[a-z]+(?: [a-z]+)?) of (?:the|a|an) (?P<y>[a-z]+(?: [a-z]+)?)\b", re.IGNORECASE
)


def _inside_set_phrase(text: str) -> str:
    for found in _SET_PHRASE.finditer(text):
        for x in (found["x"].lower(), found["x"].lower().split()[-1]):
            for y in (found["y"].lower(), found["y"].lower().split()[0]):
                if f"{x} of {y}" in SET_OF_PHRASES:
                    return f"an article is put inside the set phrase '{x} of {y}'"
    return ""


# Two modals in a row: a frame's own ("I would") before a note's ("can run a crew").
_TWO_MODALS = re.compile(
    r"\b(?P<one>can|could|will|would|shall|should|must|might)\s+(?:not\s+)?"
    r"(?:can|could|will|would|shall|should|must|might)\b"
)
_SUBJECT = frozenset(["i", "we", "you", "they", "he", "she", "it", "who", "that", "which"])


# "to" before a modal and its verb: a frame's "My aim would be to" before a note's "can take"
# ("learned to can tomatoes" is the verb "can", with no verb after it).
_TO_MODAL = re.compile(
    r"\bto\s+(?P<modal>can|could|will|would|shall|should|must|might)\s+(?P<verb>[a-z]+)\b"
)


def _two_modals(text: str) -> str:
    for found in _TO_MODAL.finditer(text):
        verb = found.group("verb")
        if verb in ("not", "be", "have") or lexicon.is_base_verb(verb):
            return f"a modal stands after 'to' ('to {found.group('modal')}')"
    for found in _TWO_MODALS.finditer(text):
        words = text[: found.start()].split()
        # "will" is a noun too ("the will can"): then it needs a subject before it
        if found.group("one") == "will" and not (words and words[-1].lower() in _SUBJECT):
            continue
        return f"two modals stand in a row ('{found.group()}')"
    return ""


# "a" or "an", a word or none, then a plural noun that ends its phrase ("at a university halls
# over summer", "a sessions."): a plural before its own noun is English ("a sales role", "a
# systems engineer"), and so are a count's words ("a few days in", "a couple of weeks").
_A_PLURAL = re.compile(
    r"\b(?:a|an)\s+(?:(?P<middle>[a-z][\w-]*)\s+)?(?P<head>[a-z]+s)"
    r"(?=\s+(?:in|on|at|over|for|with|from|to|of|during|before|after|by|across|around|through|under|within|near)\b|\s*[.,;:!?]|$)"
)
_COUNT_WORDS = frozenset(["few", "couple", "dozen", "hundred", "thousand", "million", "great"])
# Singular nouns ending in a plural's "s": "a means of", "a series of", "a masters in".
_SINGULAR_S = frozenset(
    (
        *("means", "series", "species", "news", "works", "headquarters", "crossroads"),
        *("barracks", "lens", "masters", "bachelors", "odds", "thanks", "kudos", "physics"),
        *("mathematics", "economics", "politics", "ethics", "logistics", "analytics"),
        *("statistics", "athletics", "gymnastics", "graphics", "mechanics", "electronics"),
    )
)


def _clause_subject(before: str, head: str) -> bool:
    """Whether "a X heads" after `before` is a clause's subject and verb: "when", "if" before."""
    words = before.split()
    return bool(words) and words[-1].lower() in _CLAUSE_OPENERS and lexicon.is_third_person(head)


_CLAUSE_OPENERS = frozenset(["if", "when", "unless", "whenever", "once", "until"])


def _article_before_plural(text: str) -> str:
    for found in _A_PLURAL.finditer(text):
        middle, head = found.group("middle") or "", found.group("head")
        if middle in _COUNT_WORDS or head in _SINGULAR_S or middle.isdigit():
            continue
        if middle and _clause_subject(text[: found.start()], head):
            continue  # "if a patient faints in the chair": a subject and its verb
        if middle == "half" and re.search(r"\band\s*$", text[: found.start()]):
            continue  # "four and a half metres": a count, its half
        if lexicon.is_plural_noun(head) and not lexicon.is_plural_noun(middle or "x"):
            return f"'a' stands before a plural ('{found.group()}')"
    return ""


def _lost_object(before: str, text: str) -> bool:
    """True when a preposition at the end, after the word `before`, has lost its object: after
    a noun that is nothing else ("management with.") or a word no table knows ("rota with."),
    or after a noun that is also a verb ("process for.") unless a relative clause could have
    left it there ("the kind of work I care about."). After a pronoun, an adjective, an adverb
    or a verb it is English ("you told me about.", "curious about.", "part of.")."""
    found = set(lexicon.classes(before))
    if not found:
        return before not in _PRONOUNS and len(before) > 2
    if found == {"noun"}:
        return True
    return found == {"noun", "verb"} and not _RELATIVE.search(text)


_PRONOUNS = frozenset(["me", "it", "us", "him", "her", "them", "you", "one", "up", "so"])
# a relative clause: a noun followed by its clause's subject ("the kind of work I care"), or
# a relative pronoun
_RELATIVE = re.compile(
    r"\b(?:that|which|who|whom)\b|\b(?!thank\b)[a-z]+ (?:I|you|we|they|he|she)\b"
)


_PAIR = re.compile(r"\b(?P<a>[a-z]+) (?P<b>[a-z]+ing)\b")


def _verb_twice(text: str) -> str:
    """A verb followed by its own "-ing" form ("which cut cutting returns"): a reading that said
    a participle clause again with its verb."""
    for found in _PAIR.finditer(text):
        a, b = found["a"], found["b"]
        if lexicon.is_gerund(b) and (base := lexicon.base_of(b)) and lexicon.base_of(a) == base:
            return f"a verb stands before its own '-ing' form ('{found.group()}')"
    return ""


# "with output went up": "with", a noun and a verb in the past that only a subject can take.
_WITH = re.compile(r"\bwith ((?:[a-z][\w-]*[ ,.]*){1,4})")
_NO_NOUN = frozenset(
    ["what", "which", "who", "whom", "whose", "i", "we", "they", "he", "she", "you", "it", "that",
     "this", "and", "or", "but"]
)  # fmt: skip


def _finite_after_with(text: str) -> str:
    """ "with" and a noun phrase before a finite verb ("with output went up by 25%")."""
    for found in _WITH.finditer(text):
        words = re.findall(r"[a-z][\w-]*", found.group(1))
        for k in range(1, min(len(words), 4)):
            verb, before = words[k], words[:k]
            if any(w in _NO_NOUN for w in before):
                break
            if not lexicon.is_noun(before[-1]):
                if before[-1] in ("the", "a", "an", "my", "our") or "adj" in lexicon.classes(
                    before[-1]
                ):
                    continue  # "with the team rose": the noun is still to come
                break
            if verb in BE or verb in AUXILIARIES:
                break  # "... testing with screen readers was ...": "with" inside a subject
            past_only = lexicon.is_past(verb) and not lexicon.is_participle(verb)
            if past_only and not lexicon.is_noun(verb):
                return f"a verb with a subject follows 'with' ('with {' '.join(words[: k + 1])}')"
    return ""
