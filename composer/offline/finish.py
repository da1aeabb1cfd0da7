"""A letter's last touches and its report: the company's name in its own capitals, and what the
report says of a letter under its channel's length.
"""

from __future__ import annotations

import functools

from composer import regexes as re
from composer.channels import channel_spec
from composer.models import Notes
from composer.offline import lexicon
from composer.offline.leftout import gap_labels
from composer.offline.words import AGENT_NOUN, FUNCTION_WORDS


def thin_notice(notes: Notes, index: int, words: int) -> str:
    """What the report says of a letter under its channel's length: the fields that would help."""
    person = notes.interviewers[index]
    missing = gap_labels(notes, index)  # the fields compose asks for at a terminal
    spec = channel_spec(notes.channel)
    kind = "an email" if notes.channel == "email" else "a printed letter"
    fields = "; ".join(missing) or "more detail in topics and highlights"
    return (
        f"The letter to {person.name} is short ({words} words; {kind} usually has "
        f"{spec.min_words}-{spec.max_words}): nothing was added that your notes do not say. "
        f"To give it substance, add to the notes: {fields}."
    )


def named(text: str, company: str, role: str = "") -> str:
    """`text` with a word of the company's name typed in lower case in the notes given its
    capital ("get elmfield to Good" for "Elmfield House Care Home"): only a word no dictionary
    knows, so "house" or "care" stay as they are; never a word the role is typed with in lower
    case ("trainee pointe shoe maker" at "Harlow & Finch Pointe Shoes")."""
    own = set(re.findall(r"\b[a-z][\w'-]*", role))
    # "Valuators" in "Lesedi Rough Diamond Valuators", the role's "Valuator": a word for people
    # in the job, common in the letter ("new Batswana valuators", round 58, h1523)
    own |= {w for w in re.findall(r"[\w'-]+", role.lower()) if AGENT_NOUN.search(w)}
    for lower, word, typed in _name_words(company):
        if lower in text and lower not in own and lower.removesuffix("s") not in own:
            text = typed.sub(word, text)
    return text


@functools.lru_cache(maxsize=64)
def _name_words(company: str) -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """The company's words no dictionary knows: (lower case, as named, the lower case as a
    word), worked out once per company, not for every sentence of every draft."""
    found = []
    for word in re.findall(r"\b[A-Z][a-z]{3,}\b", company):
        lower = word.lower()
        if lower not in FUNCTION_WORDS and not lexicon.known(lower) and not lexicon.modern(lower):
            found.append((lower, word, re.compile(rf"(?<![\w'’.-]){lower}(?![\w'’-])")))
    return tuple(found)
