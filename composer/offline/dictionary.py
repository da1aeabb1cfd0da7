"""Is a word in lower case an English word at all? Webster's word list (web2, the list Unix
systems shipped as /usr/share/dict/web2: 235,000 words, the `english-words` package carries it)
answers for the words the lexicon and the word tables lack.

    in_dictionary("nacelle")   # True: a trade's word, in Webster's
    in_dictionary("airlie")    # False: a place typed in lower case
    in_dictionary("yamaha")    # False: a make typed in lower case

Webster's lists names with their capitals ("Mercury", "Roland"), so only its entries in lower
case count: a word in lower case that neither the tables nor the dictionary know is a name or a
note's shorthand, and a letter never prints it as typed (`notewords.unknown_word`). The list is
read once (about a third of a second), and only when a word no table knows turns up: most
letters never read it. Webster's is of 1934, so newer words of a trade ("phishing", "pentest")
are in `words.RARE_WORDS`.
"""

from __future__ import annotations

import functools

from composer.webster import lower_words

# Endings English adds to a word the dictionary lists in its plain form ("skiffs",
# "coxswains", "nacelles", "gilders"), each with what to put back ("" or "e" or "y").
_ENDINGS = (
    ("ies", "y"),
    ("es", ""),
    ("s", ""),
    ("ed", ""),
    ("ed", "e"),
    ("ing", ""),
    ("ing", "e"),
    ("er", ""),
    ("er", "e"),
    ("ers", ""),
    ("ers", "e"),
)


def in_dictionary(word: str) -> bool:
    """True when Webster's lists the lower-case `word`, or the word an English ending was added
    to ("skiffs", "gilded")."""
    words = lower_words()
    if word in words:
        return True
    return any(
        word.endswith(ending)
        and len(word) - len(ending) >= 3
        and word[: -len(ending)] + back in words
        for ending, back in _ENDINGS
    )


@functools.cache
def clipped(word: str) -> bool:
    """True when the lower-case `word` is the start of a longer word of Webster's, three
    letters or more longer ("optom" of "optometrist", "tacho" of "tachograph"): a word a note
    cut short, not a name."""
    return any(entry.startswith(word) and len(entry) >= len(word) + 3 for entry in lower_words())
