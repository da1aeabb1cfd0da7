"""Shapes of English a clause must have, read positively: the third part of the sentence gate
(`misfits.misfit` asks `unread` after its own checks).

    unread("I would aim to bring in-house ultrasound, so that fewer referrals and calmer consults.")
    # "a clause after 'so that' has no verb ('so that fewer referrals and calmer consults')"

A note line pasted into a frame keeps the note's telegraphic grammar, and the frame does not
mend it. Each check asks for what a sentence of a letter always has and a note often lacks,
with closed word classes and the lexicon's tables only (never a word of one trade):

- a clause opened by "so that", "because", "although", "why", "whether" ... has a verb of its
  own ("so that fewer referrals and calmer consults", "to why leaving station side");
- "we both", "they all" are followed by a verb ("we both Navy vets");
- an ordinal names its time with a determiner ("in first year": "in my first year");
- a tail after a comma is no bare verb or adjective phrase (", already know the area",
  ", good at talking people down");
- a present perfect is never given a finished time ("I have passed it on the day");
- a lower-case word is English: a plural of a clipped word ("terps", "techs") is the note's,
  and so is a day typed short after a noun ("the winter gala sat is").

`finite_after` serves `phrases`: a finite verb after a line's first words makes it a clause.
"""

from __future__ import annotations

import itertools

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.words import (
    AUXILIARIES,
    BE,
    DETERMINERS,
    FUNCTION_WORDS,
    MODALS,
    PLAIN_WORDS,
    PREPOSITIONS,
    word_set,
)

_SUBJECTS = word_set("i you we they he she it there")
# Pronouns a verb may follow: "because everyone works", "so that nobody waits".
_PRONOUNS = _SUBJECTS | word_set(
    "everyone everybody someone somebody anyone anybody nobody nothing everything something"
    " this that who which each"
)
# Adverbs that may stand between a subject and its verb: "we both also know", "we all still".
_ADVERBS = word_set("also still once ever really just both all each already never always")
# Openers of a clause that needs its own verb; "how" and "what" also open infinitives ("how to
# run"), which `_has_verb` counts.
_OPENERS = re.compile(
    r"\b(?P<opener>so that|because(?! of\b)|although|whereas|unless|why|whether)\s+"
    r"(?P<rest>[^,.;:!?()]*)",
    re.IGNORECASE,
)


def _noun_before(word: str) -> bool:
    """True when `word`, standing before an -s form, makes that form a verb: a noun, a name or
    a pronoun ("the college needs", "Ravi runs", "it works"), not an adjective or a number
    ("calmer consults", "cat-friendly consults", "two runs")."""
    if word[:1].isupper() and word.lower() not in DETERMINERS:
        return True
    last = word.lower().split("-")[-1]
    if last in _PRONOUNS:
        return True
    found = lexicon.classes(last)
    return "noun" in found and "adj" not in found and last not in DETERMINERS


# "so that one failure cannot stop the programme": every modal, not only the four common ones
_MODALS = MODALS | frozenset(["cannot", "should", "must", "might", "shall"])


def _has_verb(words: list[str]) -> bool:
    """True when the words hold a verb with a tense, an infinitive, or a subject pronoun."""
    for index, word in enumerate(words):
        lower = word.lower()
        before = words[index - 1] if index else ""
        if lower in _SUBJECTS or lower in BE or lower in AUXILIARIES or lower in _MODALS:
            return True
        if re.search(r"['’](?:s|re|ll|d|ve|m)$", lower) or lower.endswith("n't"):
            return True
        if before.lower() == "to" and lexicon.is_base_verb(lower):
            return True
        if lexicon.is_past(lower) and before.lower() not in DETERMINERS:
            return True
        if lexicon.is_third_person(lower) and before and _noun_before(before):
            return True
        # "so that young people trust us": a plain verb after a noun
        if lexicon.is_base_verb(lower) and before and _noun_before(before):
            return True
    return False


# What a concession said short opens on ("although only for ...", "although not often").
_SHORT = frozenset(
    ("only", "not", "mostly", "mainly", "largely", "rarely", "seldom", "briefly", "usually")
)


_KNOWING = frozenset(("understand", "know", "see", "ask", "learn", "explain", "out"))


def _verbless(text: str) -> str:
    for found in _OPENERS.finditer(text):
        rest = found.group("rest").split()
        # "about why leaving station side": "why" and an -ing form, with no subject
        if found.group("opener").lower() == "why" and rest and lexicon.is_gerund(rest[0]):
            return f"a question with no subject ('{found.group().strip()}')"
        # "although only for simple patterns", "although not often": a concession said short
        if found.group("opener").lower() == "although" and rest and rest[0].lower() in _SHORT:
            continue
        # "to understand why before deciding anything" (round 59, h1540): "why" alone after a
        # verb of knowing, the reason left unsaid
        before = text[: found.start()].split()[-1:]
        if (
            found.group("opener").lower() == "why"
            and before
            and before[0].lower() in _KNOWING
            and rest
            and rest[0].lower() in PREPOSITIONS | {"first", "then", "and"}
        ):
            continue
        if rest and not _has_verb(rest):
            opener, said = found.group("opener"), found.group().strip()
            return f"a clause after '{opener}' has no verb ('{said}')"
    return ""


# "that we both Navy vets": a subject and a word of quantity, then no verb
_BARE_SUBJECT = re.compile(
    r"\b(?:we|they|We|They)\s+(?:both|all|each)\b(?P<rest>(?:\s+[\w'’-]+){1,3})"
)


def _no_verb_after(text: str) -> str:
    for found in _BARE_SUBJECT.finditer(text):
        words = found.group("rest").split()
        while words and words[0].lower() in _ADVERBS:
            words = words[1:]
        if not words:
            continue
        word = words[0].lower()
        verb = (
            word in BE
            or word in AUXILIARIES
            or word in MODALS
            or lexicon.is_past(word)
            or lexicon.is_base_verb(word)
            or lexicon.is_third_person(word)
            or word.endswith("ly")
        )
        if not verb:
            return f"a subject has no verb ('{found.group().strip()}')"
    return ""


_ORDINAL = r"first|second|third|fourth|fifth|final"
_TIMES = r"year|month|week|season|term|quarter|semester|day|shift|fortnight|summer|winter"
# "with about 60 pets in first year", "in second season": an ordinal with no determiner ("was
# in first year" is a school's year; "through first year" names a programme's span; "in last
# year's audit" is a possessive)
_BARE_ORDINAL = re.compile(
    rf"(?<!\bwas )(?<!\bwere )(?<!\bam )\b(?:in|during|within)\s+"
    rf"(?:(?:{_ORDINAL})|last)\s+(?:(?:\d+|two|three|four|five|six)\s+)?(?:{_TIMES})s?\b(?!['’])",
    re.IGNORECASE,
)
# ", already know the area", ", good at talking people down", ", happy to do nights": a tail
# after a comma that is a bare verb or adjective phrase, with no subject
_BARE_TAIL = re.compile(r",\s+(?P<first>[a-z]+)\s+(?P<second>[a-z]+)\b")
_TAIL_ADVERBS = word_set("already also still always")
_TAIL_LINKS = word_set("at to with in on about for")
# Adjectives a note says of the candidate: "good at talking people down", "happy to do nights".
_SELF_ADJECTIVES = word_set(
    "good great happy keen able comfortable confident quick calm strong fluent eager ready willing"
    " familiar proficient patient"
)


# "... but is not true": "is" with no subject after "but" (a second language's "but is not
# true" for "but it is not true")
_BARE_BE = re.compile(r"\bbut\s+is\s+not\s+(?:true|right|correct|so)\b")


def _tail(text: str) -> str:
    if found := _BARE_BE.search(text):
        return f"a verb with no subject after '{found.group().split()[0]}' ('{found.group()}')"
    for found in _BARE_TAIL.finditer(text):
        first, second = found.group("first", "second")
        if first in _TAIL_ADVERBS and lexicon.is_base_verb(second):
            return f"a verb with no subject after a comma ('{found.group().strip(' ,')}')"
        if first in _SELF_ADJECTIVES and second in _TAIL_LINKS:
            return f"an adjective with no subject after a comma ('{found.group().strip(' ,')}')"
    return ""


# "I have passed it on the day": a present perfect with a finished time
_PERFECT = re.compile(
    r"\b(?:I|we)(?:\s+have|['’]ve)\s+(?:(?:also|already|just|never)\s+)?(?P<verb>[a-z]+)\b"
    r"(?P<rest>[^,;:.]*)"
)
_FINISHED = re.compile(
    r"\b(?:yesterday|on the day|last (?:week|month|year|season|time)\b(?!['’])|\w+ ago"
    r"|in (?:19|20)\d\d)\b"
)
# Words after which a finished time belongs to another clause ("since last year").
# A new subject starts one too: "the parts I prepared last year".
_NEW_CLAUSE = re.compile(
    r"\b(?:and|but|which|who|that|since|after|before|when|until|from|I|we|you|they|he|she)\b"
)


def _perfect(text: str) -> str:
    for found in _PERFECT.finditer(text):
        verb = found.group("verb")
        if verb == "been" or not lexicon.is_participle(verb):
            continue
        hit = _FINISHED.search(_NEW_CLAUSE.split(found.group("rest"))[0])
        if hit:
            return f"a present perfect is given a finished time ('{hit.group()}')"
    return ""


# "terps", "techs": the plural of a word clipped short in a note
_PLURAL = re.compile(r"(?<![\w@./'’-])([a-z]{3,6})s(?![\w@/'’-])")


def clipped_plural(text: str) -> str:
    """The first plural in `text` of a word clipped short in a note ("techs", "terps"), or ""."""
    for found in _PLURAL.finditer(text):
        word = found.group()
        english = lexicon.known(word) or word in FUNCTION_WORDS or word in PLAIN_WORDS
        if not english and lexicon.note_speak(found.group(1)):
            return word
    return ""


def _clipped_plural(text: str) -> str:
    word = clipped_plural(text)
    return f"it has a word typed as a note ('{word}')" if word else ""


# "the winter gala sat is", "Enjoy the gala sat.": a day typed short after a noun
# ("sun" and "wed" are words at the end of a sentence too: "the morning sun.")
_DAY = re.compile(
    r"\b(?P<before>[a-z]+)\s+(?:(?P<day>mon|tue|tues|weds|thu|thur|thurs|fri|sat)\b"
    r"(?=\s+(?:is|was|goes|will|went)\b|\s*[.!,;]|$)|(?P<word>wed|sun)\s+(?:is|goes|will)\b)"
)


# "racing at silverstone sat 5th goes well": a day typed short before its date, where the
# sentence goes on ("I sat 5 exams" has no verb after the figure)
_DAY_DATE = re.compile(
    r"\b(?P<day>mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)\s+(?:the\s+)?\d{1,2}"
    r"(?:st|nd|rd|th)?(?=\s+(?:is|was|goes|go|will|went)\b|\s*[.!,;]|$)",
    re.IGNORECASE,
)


def _short_day(text: str) -> str:
    for found in _DAY.finditer(text):
        before = found.group("before")
        if before not in DETERMINERS and before not in _SUBJECTS and lexicon.is_noun(before):
            return f"a day typed as a note ('{found.group('day') or found.group('word')}')"
    dated = _DAY_DATE.search(text)
    return f"a day typed as a note ('{dated.group('day')}')" if dated else ""


# "I hope your trip to Lisbon so that family can meet the baby goes well": a clause of its own
# ("so that ...", "because ...") inside what a wish is about, before the wish's verb
_WISH_CLAUSE = re.compile(
    r"^I hope (?!that\b|to\b)[^,;]*? (?P<clause>so that|because|since|although) [^,;]+ "
    r"(?:goes|go|went) (?:well|smoothly|ok|okay)\b"
)


def _wish_clause(text: str) -> str:
    found = _WISH_CLAUSE.search(text)
    return f"a wish's subject holds a clause ('{found.group('clause')}')" if found else ""


def unread(text: str) -> str:
    """Why `text` lacks a shape every sentence of a letter has, or "" when it has them all."""
    found = _BARE_ORDINAL.search(text)
    if found:
        return f"an ordinal has no 'the' or 'my' ('{found.group().strip()}')"
    return (
        _verbless(text)
        or _no_verb_after(text)
        or _tail(text)
        or _perfect(text)
        or _clipped_plural(text)
        or _short_day(text)
        or _wish_clause(text)
    )


def doing_subject(part: str) -> bool:
    """Whether `part` is a clause whose subject is a doing ("running the section alone taught
    me ...", "designing a hull form was my thesis project"): a gerund first, then a past form
    or "is"/"was" with no comma before it."""
    words = part.split()
    if len(words) < 3 or not lexicon.is_gerund(words[0].lower()) or "," in part.split(".")[0]:
        return False
    return any(w in ("is", "was") or lexicon.is_past(w) for w in words[2:])


def finite(words: list[str]) -> bool:
    """True when a finite verb stands in `words`: a form of "be" or a helper, a past tense, a
    verb of the third person after a noun, or a plain verb after "I" (an adverb between)."""
    for index, raw in enumerate(words):
        word = raw.lower().strip(",;:.!")
        before = words[index - 1].lower().strip(",;:") if index else ""
        if word in BE or word in AUXILIARIES or re.fullmatch(r"i['’](?:m|ve|d|ll)", word):
            return True
        if index and lexicon.is_past(word) and before not in ("the", "a", "an", "my"):
            return True
        if before == "i" and (lexicon.is_base_verb(word) or lexicon.known(word)):
            return True
        if index >= 2 and words[index - 2].lower() == "i" and lexicon.is_base_verb(word):
            return True  # "I always build", "I usually run"
        if index and lexicon.is_third_person(word) and not lexicon.is_noun(word):
            return True
    return False


# A relative clause after a comma: what stands before it is the main clause.
_RELATIVE = re.compile(r",\s+(?:which|who|whom|whose|where)\b")


def main_clause(text: str) -> list[str]:
    """The words before a relative clause after a comma ("My thesis finding on X, which ...")."""
    return _RELATIVE.split(text, maxsplit=1)[0].split()


def verbless_mine(text: str) -> bool:
    """ "My thesis finding on X, which Mr. Aoyama said was relevant ...": a noun phrase of the
    candidate's whose only verb is in its "which", no sentence of theirs (session 55)."""
    words = main_clause(text)
    return words[0].lower() == "my" and not finite(words) and not _verb_then_adverb(words)


# Words in -ly that are no adverb of manner after a verb ("daily checks", "the only way").
_NOT_MANNER = frozenset(
    ["only", "early", "daily", "weekly", "monthly", "yearly", "family", "supply", "assembly"]
)


def _verb_then_adverb(words: list[str]) -> bool:
    """ "My experience with boilers ... transfers directly to the control room": a verb of the
    third person that is also a noun, read as the verb when an adverb in -ly follows it."""
    return any(
        lexicon.is_third_person(word.lower())
        and after.lower().endswith("ly")
        and after.lower() not in _NOT_MANNER
        for word, after in itertools.pairwise(words[1:])
    )


_BEFORE_END = re.compile(r"\b(?:done|seen|used|tried|live|it|this|that)\s+before$")
# Where a stop may end a sentence: never after a title ("Dr. Darko", "Mrs. Asante"); one
# fragment for every pattern that cuts a line into sentences (session 55)
NOT_AFTER_TITLE = r"(?<!\b(?:Dr|Mr|Ms|St))(?<!\bMrs)"
# A sentence break: a stop after a word (not a title), then a capital
_SENTENCE_BREAK = re.compile(rf"(?<=[a-z0-9)]){NOT_AFTER_TITLE}[.!?]\s+(?=[A-Z])")


def unfinished_dropped(line: str) -> str:
    """A line of two sentences or more whose last breaks off ("... I also think my background
    would help with the transition, because I have"): the sentences before it (session 55,
    reader 69's h384); any other line as typed."""
    text = line.rstrip()
    last = text.split()[-1].lower() if text.split() else ""
    # (an object pronoun ends a whole clause: "... the book I tell him")
    ended = last in ("him", "her", "them", "it", "me", "you", "us")
    # "..., which I have done live before": "before" an adverb, no clause to follow
    ended = ended or _BEFORE_END.search(text) is not None
    at_be = cut_off(text, _BE_ENDS)
    broken = (last in FUNCTION_WORDS and not ended) or last == "because" or at_be
    if text.endswith((".", "!", "?")) or not broken:
        return line
    breaks = list(_SENTENCE_BREAK.finditer(text))
    if at_be and not breaks:
        # "... first). also the night shift allowance, ask Mr. Lim because if the rotation is":
        # a note's sentences, typed in lower case
        breaks = list(_NOTE_BREAK.finditer(text))
    if not breaks and (cut := _BROKEN_BUT.search(text)):  # "... ration but I think I should have"
        return text[: cut.start()]
    return text[: breaks[-1].start() + 1] if breaks else line


# A clause that stops before it is said, on one of `ends`: "... because if the rotation is".
_CUT_OFF = re.compile(r"(?i)\b(?:because|if|when|since|unless)\b[^.;]*\b(?P<last>[a-z]+)\s*[.!]?$")
_BE_ENDS = frozenset(["is", "are", "was", "were"])
CUT_ENDS = _BE_ENDS | {"the", "a", "an", "to", "and", "or", "if", "of", "my", "their"}


def cut_off(text: str, ends: frozenset[str] = CUT_ENDS) -> bool:
    """True when the last clause of `text` (after "because", "if", ...) stops on a word of
    `ends`: a thought typed half-way ("ask Mr. Lim because if the rotation is")."""
    found = _CUT_OFF.search(text)
    return found is not None and found["last"].lower() in ends


_NOTE_BREAK = re.compile(rf"(?<=[a-z0-9)]){NOT_AFTER_TITLE}[.!?]\s+(?=[a-z])")


# The last "but" of a line that breaks off after it: "... in the daily ration but I think I
# should have" (a thought left half-typed, which no reading can finish)
_BROKEN_BUT = re.compile(r",?\s+but\s+(?!.*\bbut\b)(?=.*\b(?:have|should|would|could|was|think)$)")


# a second reported "that" before the candidate's own clause: "..., and that I follow ..."
_THAT_I = re.compile(r",?\s+and\s+that\s+(?=I\b)")


def that_dropped(said: str) -> str:
    """An answer said in the candidate's voice without a reported "and that" ("I have run X, and
    that I follow Y": "..., and I follow Y"); one after "I said that" keeps it (session 55)."""
    if re.search(r"\b(?:said|explained|answered|told you) that\b", said):
        return said
    return _THAT_I.sub(", and ", said)


def finite_after(words: list[str], start: int) -> bool:
    """True when a finite verb (is, has, will, loves) follows the first words: a clause."""
    for index in range(start, len(words)):
        word = words[index].lower()
        if word in ("that", "which", "who", "whom", "whose", "where"):
            return False  # a relative clause belongs to the noun: "a plan that keeps ..."
        if word in ("including", "incl", "especially", "notably"):
            return False  # "22 years of casework, including handwriting, inks and ...": a list
        if word in BE or word in AUXILIARIES:
            # "forecasts the ops team can trust": a noun, then a clause that describes it
            contact = words[0].lower() not in DETERMINERS and any(
                w.lower() in ("the", "a", "an", "our", "my", "your") for w in words[1:index]
            )
            return not contact
        before = words[index - 1].lower() if index >= 1 else ""
        after = words[index + 1].lower() if index + 1 < len(words) else ""
        if words[index][:1].isupper() and words[index - 1][:1].isupper():
            continue  # a word of a name ("the Royal Engineers"), not its verb
        if (
            index >= 1
            and lexicon.is_past(word)
            and before not in DETERMINERS
            and before not in PREPOSITIONS
            and not words[index - 1].endswith(",")
            and (
                after in DETERMINERS
                or after in ("it", "them", "me", "us", "from", "up", "down")
                or after[:1].isdigit()
            )
        ):
            return True  # "the team won an award", "the piece reached 800k listeners"
        if (
            index >= 2
            and lexicon.is_third_person(word)
            and words[0].lower() in DETERMINERS
            and lexicon.is_noun(before)
            and (after in PREPOSITIONS or after in DETERMINERS or after[:1].isdigit())
            and not any(w.lower() in PREPOSITIONS for w in words[1:index])  # "on mine sites in"
        ):
            return True  # "the board meets on 21 October"
        if (
            index >= 1
            and lexicon.is_third_person(word)
            and not lexicon.is_noun(word)
            and words[index - 1].lower() not in DETERMINERS
        ):
            return True
    return False
