"""Shapes of a typed topic that are read by their grammar, not by the words typed.

- A wh-clause typed with no subject and no finite verb ("why leaving station side after 8
  yrs"): said with its subject when the subject is sure (`subjectless_wh`), else left out.
- A count of a unit before a noun ("12 hours shifts", "15 versus 20 minutes consults"): one
  modifier, hyphenated and singular, "12-hour shifts", "15-minute versus 20-minute consults"
  (`unit_modifiers`).
- A figure of what something cost ("dumps cost about $60,000 last year"): the cost of it
  (`cost_subject`).
- A word still typed as a note ("terps", "deaf/HoH"), or a title read from inside it ("talk to
  Me"): the topic cannot be named with confidence (`still_a_note`).
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.foreignnames import name_words
from composer.offline.namecase import edition_word
from composer.offline.words import (
    AUXILIARIES,
    BE,
    CLAUSE_OPENERS,
    CLIPPED_PLAIN,
    DETERMINERS,
    FUNCTION_WORDS,
    MIND_VERBS,
    PLAIN_WORDS,
    PREPOSITIONS,
    SIZE_UNITS,
    SMALL_NUMBERS,
    WH_WORDS,
)

# Verbs of the candidate's own move from one place of work to the next: asked "why" of them at
# an interview, the one moving is the candidate ("why leaving", "why switching to community").
_MOVES = frozenset(
    ["leave", "move", "switch", "change", "go", "come", "return", "join", "apply", "quit",
     "step", "transfer", "relocate", "retrain", "pivot", "head"]
)  # fmt: skip

_PERSONS = frozenset(["i", "you", "we", "they", "he", "she", "it", "my", "your", "our"])


# A workplace left or joined, typed with no article: "why leaving current job", "why leaving
# high street chain". One's own post takes "my"; a place of work "the".
_POSTS = frozenset(["job", "role", "post", "position", "employer"])
_WORKPLACES = frozenset(
    ["chain", "company", "firm", "agency", "practice", "hospital", "school", "store", "shop",
     "bank", "council", "team", "group", "studio", "brand", "business", "franchise", "restaurant",
     "hotel", "clinic", "charity", "site", "station", "garage", "salon", "ward", "department",
     "lab", "office", "plant", "factory", "warehouse", "depot", "startup", "start-up"]
)  # fmt: skip


_LEADS = frozenset(["on", "from", "into", "to", "away", "back", "over", "out", "of"])


def _owned(words: list[str]) -> list[str]:
    """ "current job" -> "my current job"; "high street chain" -> "the high street chain": the
    object of a verb of moving on, typed bare; other objects ("retail", "the NHS") as typed."""
    lead = 0
    while lead < len(words) and words[lead].lower() in _LEADS:
        lead += 1  # "moving on from current role"
    if lead:
        return [*words[:lead], *_owned(words[lead:])]
    if not words or words[0].lower() in DETERMINERS or words[0].lower() in _PERSONS:
        return words
    stop = next((i for i, w in enumerate(words) if w.lower() in PREPOSITIONS), len(words))
    head = words[stop - 1].lower() if stop else ""
    if not all(w.isalpha() and w.islower() for w in words[:stop]):
        return words  # "ITU", "Tesco": a name takes no article
    if head in _POSTS or words[0].lower() in ("current", "present"):
        return ["my", *words]  # "current house": the candidate's, whatever it is
    if head in _WORKPLACES and stop > 1:
        return ["the", *words]
    return words


def subjectless_wh(words: list[str]) -> str | None:
    """ "why leaving station side after eight years" -> "why I am leaving station side after
    eight years"; "" for a wh-clause with no subject whose subject is not sure ("how handling a
    patient who ..."); None for any other topic.

    The clause is a wh-word and a gerund straight after it, with no finite verb of its own.
    Only "why" of a verb of moving on is sure to be the candidate's: the interviewer asked why
    they are leaving, joining or switching.
    """
    if len(words) < 2 or words[0].lower() not in WH_WORDS:
        return None
    second = words[1].lower()
    if words[0].lower() == "why" and second in _MOVES and second != "head":  # "why leave X"
        words = [words[0], lexicon.verb_forms(second).get("VBG") or second, *words[2:]]
        second = words[1]
    if not lexicon.is_gerund(second) or second in ("being", "having"):
        return None
    rest = [w.lower() for w in words[2:]]
    if rest[:1] == ["my"] and words[0].lower() == "why":
        rest = rest[1:]  # "why leaving my current role": the candidate's own
    if any(w in _PERSONS or w in BE or w in AUXILIARIES for w in rest):
        return None
    base = lexicon.base_of(second)
    if words[0].lower() == "why" and base in _MOVES:
        return " ".join(["why", "I", "am", words[1], *_owned(words[2:])])
    return ""


_COUNT = r"(?:\d+(?:\.\d+)?|{})".format("|".join(SMALL_NUMBERS))
_UNIT = "|".join(sorted(SIZE_UNITS, key=len, reverse=True))
_COMPARED = re.compile(
    rf"\b(?P<a>{_COUNT}) (?P<how>versus|or|to) (?P<b>{_COUNT}) (?P<unit>{_UNIT})"
    rf" (?P<noun>[a-z][a-z-]*)\b",
    re.IGNORECASE,
)
_COUNTED = re.compile(rf"\b(?P<n>{_COUNT}) (?P<unit>{_UNIT}) (?P<noun>[a-z][a-z-]*)\b")
# Nouns a count of time is said before with "of" or an apostrophe, never as a modifier.
_NOT_MODIFIED = frozenset(["experience", "service", "notice", "ago", "old", "later", "leave"])


def _modifies(noun: str) -> bool:
    lower = noun.lower()
    if lower in PREPOSITIONS or lower in DETERMINERS or lower in FUNCTION_WORDS:
        return False
    if lower in _NOT_MODIFIED:
        return False
    # "consults", "checks": a verb's "-s" form is a plural noun here, after a count
    return lexicon.is_noun(lower) or lexicon.is_plural_noun(lower) or lexicon.is_third_person(lower)


def unit_modifiers(text: str) -> str:
    """ "12 hours shifts" -> "12-hour shifts"; "15 versus 20 minutes consults" -> "15-minute
    versus 20-minute consults": a count of a unit before a noun is one hyphenated modifier."""

    def compared(found: re.Match[str]) -> str:
        if not _modifies(found["noun"]):
            return found.group()
        unit = SIZE_UNITS[found["unit"].lower()]
        return f"{found['a']}-{unit} {found['how']} {found['b']}-{unit} {found['noun']}"

    def counted(found: re.Match[str]) -> str:
        if not _modifies(found["noun"]):
            return found.group()
        return f"{found['n']}-{SIZE_UNITS[found['unit']]} {found['noun']}"

    return _COUNTED.sub(counted, _COMPARED.sub(compared, text))


# What a thing cost, typed after it: "dumps cost about $60,000 last year".
_COST = re.compile(
    r"^(?P<what>[A-Za-z][\w/-]*(?: [A-Za-z][\w/-]*){0,3}) (?:cost|costs|costing|costed)"
    r"(?: us| them)?(?: about| around| roughly| approximately| nearly| over| almost)?"
    r" (?:[£$€]\d[\d,.]*(?:k|m|bn)?|\d[\d,.]*(?:k|m|bn)|\d{1,3}(?:,\d{3})+)\b.*$",
    re.IGNORECASE,
)
# Nouns that are a sum of money already: "the machinery budget", not "the cost of ...".
_MONEY = frozenset(
    ["budget", "spend", "bill", "price", "fee", "fees", "cost", "costs", "overspend", "invoice"]
)


def cost_subject(text: str) -> str:
    """ "dumps cost about $60,000 last year" -> "the cost of dumps"; a sum of money named by
    what it is ("machinery budget cost 40k") is that sum; other topics as they are."""
    found = _COST.match(text)
    if not found:
        return text
    what = found["what"]
    last = what.split()[-1].lower()
    if last in _MONEY:
        return what
    if lexicon.is_gerund(what.split()[0].lower()):
        return text  # "keeping stock cost 5k": what was done, not a thing that cost
    if what.split()[0].lower() in DETERMINERS:
        return f"the cost of {what}"
    if not (lexicon.is_plural_noun(last) or lexicon.is_noun(last)):
        return text
    return f"the cost of {what}"


def _note_word(word: str) -> bool:
    """ "terps", "optom": a word typed as a note, or the plural of one ("docs", a plain word of
    the trades, is none)."""
    if word in PLAIN_WORDS or word in FUNCTION_WORDS:  # "this" is no plural of a "thi"
        return False
    if lexicon.note_speak(word) or clipped(word):
        return True
    if len(word) <= 3 or not word.endswith("s") or word.endswith("ss") or lexicon.known(word):
        return False
    if word in CLIPPED_PLAIN:
        return False  # "commis" is no plural of a clipped "commi"
    return lexicon.note_speak(word[:-1]) or clipped(word[:-1])


def clipped(word: str) -> bool:
    """ "optom", "remed", "calib": a lower-case word of four to six letters the tables lack
    that is the start of a longer English word (optometrist, remedial, calibration), so a word
    cut short as a note. A trade's own word ("varroa") begins none and passes; a clipped word
    a letter may say ("rehab", "admin", "rota") is in the plain words."""
    if not (word.isalpha() and word.islower() and word.isascii() and 4 <= len(word) <= 6):
        return False
    if word in PLAIN_WORDS or word in CLIPPED_PLAIN or word in FUNCTION_WORDS:
        return False
    return not lexicon.known(word) and lexicon.begins_a_word(word)


# An abbreviation typed in mixed case after a slash: "deaf/HoH" (hard of hearing).
_MIXED_ABBREVIATION = re.compile(r"[A-Z][a-z][A-Z][a-z]?")

# A closed-class word typed with a capital inside a topic is a word of a title ("Talk to Me",
# "Time to Change"); these are typed so and are names as well ("Will", "May").
_TITLE_WORD = re.compile(r"[A-Z][a-z]+")
_NAMES = frozenset(["i", "may", "will", "max", "sun", "mark", "bill", "down"])
# Counts that open a place's name before another word of it: "Three Mile", "Two Rivers".
_COUNT_WORDS = frozenset(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                          "ten", "twelve", "forty", "hundred"])  # fmt: skip


def still_a_note(said: str) -> str:
    """Why a named topic still reads as a note, or "": a title named from inside it
    ("talk to Me"), a word typed as a note ("CART and terps side by side", "deaf/HoH"), or a
    phrase led by a preposition ("on call")."""
    words = said.split()
    if words and words[0].lower() in PREPOSITIONS:
        # "on call": a state or a place typed alone, no thing discussed ("the on-call rota")
        return f"'{said}' names no thing that was discussed"
    foreign = name_words(said)  # "An Garda Síochána": a name in another language, whole
    for index, word in enumerate(words):
        bare = word.strip(",;:()")
        if bare in foreign:
            continue
        if index and _TITLE_WORD.fullmatch(bare) and bare.lower() in FUNCTION_WORDS - _NAMES:
            if edition_word(words[index - 1], bare):  # "Shopify Plus": namecase's edition
                continue
            after = words[index + 1] if index + 1 < len(words) else ""
            if bare.lower() in _COUNT_WORDS and after[:1].isupper():
                continue  # "the Three Mile and Coocoran fields": a place's name (round 55)
            return f"'{bare}' is typed as a word of a title, which cannot be named as typed"
        parts = bare.split("/")
        mixed = [p for p in parts[1:] if _MIXED_ABBREVIATION.fullmatch(p) and p != "PhD"]
        typed = [p for p in parts if _note_word(p)] + mixed
        if typed:
            return f"'{typed[0]}' is note-speak"
    return ""


# A comma tail that says how much of the subject is what ("SME book, mostly trades and property
# owners", "apprentice scheme, mainly school leavers"): a comment on it, not part of its name.
_COMMENT = re.compile(
    r"^(?:mostly|mainly|largely|chiefly|primarily|predominantly|partly|almost all|nearly all"
    r"|all|half|only|some)\b",
    re.IGNORECASE,
)


def commented(tail: str) -> bool:
    """True for a comma tail that comments on how much of the subject is what."""
    return _COMMENT.match(tail) is not None


# One in so many, typed after the subject: "OOH rota 1 in 6 nights", "on call 1 in 4".
_ONE_IN = re.compile(
    rf"(?<=[A-Za-z]) (?:1|one)(?: (?:wk|week|weekend|night|shift|day|month))? in"
    rf" (?:\d+|{'|'.join(SMALL_NUMBERS)}|ten|twelve)(?: [a-z]+)?$"
)


def without_ratio(text: str) -> str:
    """ "OOH rota 1 in six nights" -> "OOH rota": how often is the note-taker's detail."""
    found = _ONE_IN.search(text)
    if not found:
        return text
    before = text[: found.start()].split()
    if before[-1].lower() in PREPOSITIONS:
        return text
    return text[: found.start()]


# A part of a comma list that is the note-taker's, not a topic: a figure ("approx £250k", "~40",
# "12") or a comment on how much of it is what ("mostly on 4").
_FIGURE_PART = re.compile(
    r"^(?:~\s?\d|(?:approx\.?|about|around|roughly|c\.)\s|[£$€]\d|\d+$)", re.I
)


# A part led by a count ("40 staff", "two weeks on and one off", "3 yards a day"): how much or
# how often of the subject before it, never a subject of its own.
_COUNTED_PART = re.compile(
    r"^(?:\d|(?:{}|ten|twelve|a dozen)\b)".format("|".join(SMALL_NUMBERS)), re.I
)


def counted_detail(part: str) -> bool:
    """True for a part of a typed line that is led by a number: a detail of the head."""
    return _COUNTED_PART.match(part.strip()) is not None


def noted_part(part: str) -> bool:
    """True for a part of a typed list that is a figure or a comment, not a topic of its own."""
    return _FIGURE_PART.match(part) is not None or commented(part)


# Words that say the state a thing is in: "renewal due", "sign-off pending", "refresh overdue".
_STATES = frozenset(
    ["due", "overdue", "needed", "required", "pending", "outstanding", "expired", "expiring",
     "lapsed", "late"]
)  # fmt: skip


def state_only(point: str) -> bool:
    """ "renewal due": a short tail that says what state the subject is in, not a subject."""
    words = point.lower().split()
    return 1 < len(words) <= 3 and words[-1] in _STATES


# Two counts compared ("nine versus 11": the cleaning spells a small number, not a larger one):
# both are said alike, in figures.
_SPELLED = {word: str(value) for value, word in enumerate(SMALL_NUMBERS, start=1)}
_MIXED_COMPARISON = re.compile(
    rf"\b(?P<a>\d+|{'|'.join(SMALL_NUMBERS)}) versus (?P<b>\d+|{'|'.join(SMALL_NUMBERS)})\b",
    re.IGNORECASE,
)


def counts_alike(text: str) -> str:
    """ "greens speed nine versus 11" -> "greens speed 9 versus 11": two counts compared are
    said alike; two in words ("two versus three") or two in figures stay as they are."""

    def alike(found: re.Match[str]) -> str:
        a, b = found["a"], found["b"]
        if a.isdigit() == b.isdigit():
            return found.group()
        return f"{_SPELLED.get(a.lower(), a)} versus {_SPELLED.get(b.lower(), b)}"

    return _MIXED_COMPARISON.sub(alike, text)


def bare_kind(word: str, typed: str) -> bool:
    """True for a topic typed as one bare plural whose note after the dash said which ones
    ("shifts - 12 hr, 4 on 4 off", "loans - V&A + National Museums Scotland"): named alone,
    it says nothing of what was discussed."""
    lower = word.lower()
    return lexicon.is_plural_noun(lower) and typed.lower().startswith(f"{lower} - ")


def counted_tail(typed: str) -> bool:
    """ "staffing gaps - 3 vacancies": a tail that counts the things of the topic, which shows
    they are the workplace's own."""
    tail = re.split(r" - |, ", typed, maxsplit=1)[1:]
    words = tail[0].split() if tail else []
    if len(words) != 2 or not (words[0].isdigit() or words[0].lower() in SMALL_NUMBERS):
        return False
    return lexicon.is_plural_noun(words[1].lower())


def has_own_verb(words: list[str]) -> bool:
    """A finite "be" or auxiliary with a noun (not a pronoun) before it: a whole sentence.
    "the style guide is public" is a sentence; "the trial you have coming up" is a noun with
    a clause of its own.
    """
    for index, word in enumerate(words[1:], start=1):
        lower = word.lower()
        if lower in CLAUSE_OPENERS or lower in ("who", "whose", "which", "where"):
            return False  # "since the scheme was extended", "crews whose language is": a clause's
        if word == "May" and words[index - 1].lower() in ("in", "by", "since", "until", "from"):
            continue  # "accreditation visit in May": the month
        if lower == "being":
            continue  # "upselling without being pushy": a gerund, never a verb of its own
        if lower in BE or lower in AUXILIARIES:
            return words[index - 1].lower() not in ("you", "I", "i", "we", "they", "he", "she")
        after = words[index + 1].lower() if index + 1 < len(words) else ""
        if lower in MIND_VERBS and (after in ("to", "that") or after in DETERMINERS):
            return True  # "the CEO wants to double exports by 2028": a sentence
    return False


def counted_note(head: str) -> bool:
    """ "430 cows spring calving": a count, a plural noun and more words with nothing to join
    them (no preposition, no verb), typed as a note of the workplace's size, not a subject."""
    words = head.split()
    if len(words) < 3 or not re.fullmatch(r"\d[\d,]*", words[0]):
        return False
    second, third = words[1].lower(), words[2].lower()
    joined = third in PREPOSITIONS or third in FUNCTION_WORDS or third in ("and", "or", "+")
    return lexicon.is_plural_noun(second) and not joined and not lexicon.is_gerund(third)


# "winter refit backlog about nine boats" (typed "~9 boats"): a count glued to its noun phrase
_GLUED_COUNT = re.compile(
    r"^(?P<det>(?:the|our|your|their) )?(?P<np>[a-z][\w-]*(?: [a-z][\w-]*){0,3}) "
    r"(?P<count>(?:about|around|over|nearly) (?:\d[\d,]*|[a-z]+) [a-z]+s)$"
)


def of_count(said: str) -> str:
    """ "winter refit backlog about nine boats" -> "the winter refit backlog of about nine
    boats": the count joined to the thing it counts; any other topic as it is."""
    found = _GLUED_COUNT.match(said)
    if found is None or not lexicon.is_noun(found["np"].split()[-1]):
        return said
    count = found["count"].split()[1]
    if not (count[0].isdigit() or count in SMALL_NUMBERS or count in ("ten", "eleven", "twelve")):
        return said
    return f"{found['det'] or 'the '}{found['np']} of {found['count']}"
