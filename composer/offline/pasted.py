"""Pieces of a note pasted into a letter's sentence whole (session 33, asked by `flagged.stopped`
after `notewords.unsent`): the grammar around them shows the seam, whatever the words are.

    pasted("I also wanted to mention that Wish I'd said I've read the guidelines.")
    # "a word with a capital mid-sentence opens a note's line ('Wish')"
    pasted("I can help with the ignition cutover, did one in Mesa.")
    # "a clause with no subject is spliced on after a comma ('did one in Mesa')"

1. A note's line start pasted mid-sentence: a common word with its capital after a word in
   lower case ("that Wish I'd said", "that Forgot to say", "that Keen to learn", "that Should
   have mentioned"), known by the clause it goes on with: "I" ("Wish I'd"), "to" and a verb
   ("Keen to learn"), or a modal's verb ("Should have"). A name or a title keeps its capitals
   and goes on with no such clause ("the book Tell Me by", "Procurement Act readiness", "the
   Associate Actuary, Reserving role", "Excel into R").
2. A clause with no subject spliced on after the last comma: a verb in the past ("did one in
   mesa", "learned it in york"): a past form that is no participle ("did", "went", "took"), or
   one with an object after it ("learned it", "built two"); or a form that needs a subject
   before it, after a sentence that has one: a modal, "used to", "have" with a participle,
   "been", "was" ("..., used to do that at schindler", "..., can start in jan"). A participle
   that describes ("trained by the best", "made in Italy") has no object and passes; so does a
   list of verbs ("..., did the books and hired staff"), a clause joined by "and" or "but", a
   clause set off by commas ("The desk, which I know, will") and a condition said by inversion
   ("..., should one suit my background").
3. A thing a count names one of, with no article after "about", "of" or "on" ("what you said
   about wedding", "our discussion of loft for the fleet", "my answer on CFE spike"); the heads
   are a table's (`COUNTABLE`, `TOPIC_HEADS_COUNTED`): English says "on site", "on call", "of
   course", "peak season" with none.
4. A note's clause cut from its noun: "which" and a verb straight after a preposition ("we
   talked about which bring in most of the income"); a count and a name in capitals with no
   "of" ("I have four units CPE."); a topic that opens with a preposition after the frame's
   own ("we touched on on call"); "which" after a verb and its preposition ("what you said
   about which crews go first").
5. A subject pronoun with its line's capital mid-sentence ("so It's not all in your head").
6. An adjective pasted with its line's capital mid-sentence ("to contribute Careful,
   well-documented practice"), and "Having" and its participle ("that Having checked my ...").
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.words import (
    COUNTABLE,
    DETERMINERS,
    FUNCTION_WORDS,
    PREPOSITIONS,
    TOPIC_HEADS_COUNTED,
)

# A word with a capital after a word in lower case (or a comma), then what follows it.
_CAPITAL = re.compile(r"(?<=[a-z,] )(?P<word>[A-Z][a-z]+(?:['’][a-z]+)?)(?= (?P<next>[\w'’]+))")
# An adjective or adverb (no noun or verb reading, so no name's word: "Senior iOS", "Master
# of" pass) with a capital after a word in lower case that is no preposition ("at Ardent, and"
# is a name) and before one in lower case: a line's first word ("to contribute Careful,
# well-documented practice").
_DESCRIBER = re.compile(r"(?<![\w'’-])(?P<before>[a-z]+) (?P<word>[A-Z][a-z]{2,})(?=,? [a-z])")
# What a name said after its noun goes on with: "your pup Rusty is settling in".
_NAMED_GOES_ON = frozenset(("is", "was", "has", "had", "will", "can", "seems", "looks"))
_CLAUSE_ON = re.compile(r"I|I['’](?:d|ve|m|ll)")
# After the last comma: a verb and a short rest to the end ("did one in mesa.").
_SPLICE = re.compile(r",\s+(?P<verb>[a-z]+)(?P<rest>(?:\s+[\w'’-]+){0,6})\s*[.!?]$")
# Adverbs a note's spliced past opens with ("..., never missed a cue", "..., always hit target").
_LEADING = frozenset(["never", "always", "also", "often", "still", "once"])
# What a past verb takes as its object: a pronoun, a count ("learned it", "did one", "ran two").
_OBJECTS = frozenset(
    (
        *("it", "one", "both", "them", "this", "that", "these", "those", "some", "all"),
        *("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    )
)


# A subject pronoun with a capital after a word in lower case, its clause going on in lower
# case: a note's line start ("so It's not all in her head", "and We could trial it").
_PRONOUN_START = re.compile(
    r"(?<=[a-z,] )(?P<word>(?:It|We|They|He|She|You)(?:['’](?:s|re|ve|ll|d))?"
    r"|(?:That|There)['’]s)(?= [a-z])"
)


def _capital_mid_sentence(text: str) -> str:
    for found in _PRONOUN_START.finditer(text):
        word = found.group("word")
        after = text[found.end() :].split()[0].strip(".,;:!?")
        # a bare pronoun opens a clause when a verb follows it ("We could"); "the book It by"
        if any(c in word for c in "'’") or _verb_form(after):
            return f"a word with a capital mid-sentence opens a note's line ('{word}')"
    for found in _DESCRIBER.finditer(text):
        word = found.group("word")
        classes = set(lexicon.classes(word.lower()))
        # after "the", "our": a name's word ("the Avid project", "our Bold Street shop")
        before = found.group("before")
        named = before in PREPOSITIONS or before in DETERMINERS
        # a name after the noun it names, its clause going on: "your new pup Rusty is settling"
        rest = text[found.end() :].split()
        then = rest[0].strip(".,;:!?") if rest else ""
        goes_on = then in _NAMED_GOES_ON or (
            lexicon.is_third_person(then) and not lexicon.is_noun(then)
        )
        named = named or ("noun" in lexicon.classes(before) and goes_on)
        if not named and classes and classes <= {"adj", "adv"}:
            return f"a common word keeps a line's capital ('{word}')"
    for found in _CAPITAL.finditer(text):
        word, after = found.group("word"), found.group("next")
        lower = word.lower()
        if not (lexicon.known(lower) or lower in FUNCTION_WORDS) or lower in _NAMES_TOO:
            continue  # a name
        before = text[: found.start()].split()
        if before[-1][:1].isupper():
            continue  # a name's last word: "At Canyon West I built"
        if len(before) > 1 and before[-1] == "of" and before[-2][:1].isupper():
            continue  # a name's: "a Note of Protest I issued", "the Bill of Lading I signed"
        rest = text[found.end() :].split()
        then = rest[1].strip(".,;:!?") if len(rest) > 1 else ""
        goes_on = (
            # "I" opens a clause when a verb follows; "Firefighter I and II" is a numeral
            (_CLAUSE_ON.fullmatch(after) is not None and (after != "I" or _verb_form(then)))
            # "Keen to learn"; "the Right to Request Remote ..." is a title, its verb capital too
            or (after == "to" and lexicon.is_base_verb(then) and not then[:1].isupper())
            or (lower in _MODALS and (after in ("have", "be") or lexicon.is_base_verb(after)))
            # "that Having checked my notes, ...": a doing that opened the line
            or (lower == "having" and (lexicon.is_participle(after) or after == "been"))
        )
        if goes_on:
            return f"a word with a capital mid-sentence opens a note's line ('{word}')"
    return ""


def _verb_form(word: str) -> bool:
    """A form that follows its subject: a modal, "be" or "have", a past, a present."""
    return (
        word in _MODALS
        or word in ("can", "will", "may", "do", "did", "does", "is", "are", "was", "were", "had")
        or word in ("has", "have")
        or lexicon.is_past(word)
        or lexicon.is_base_verb(word)
        or lexicon.is_third_person(word)
    )


# Modals a note's line opens with ("Should have said", "Could mention"); "Will" and "May" are
# names and months too.
_MODALS = frozenset(["should", "would", "could", "must", "might", "shall", "can't", "cannot"])
# Words that are names or a name's word all the same ("Faith to", "Grace to").
_NAMES_TOO = frozenset(["will", "may", "faith", "grace", "hope", "joy", "mark", "bill"])


def _spliced_clause(text: str) -> str:
    found = _SPLICE.search(text)
    if found is None:
        return ""
    verb, rest = found.group("verb"), found.group("rest").split()
    if {"and", "but", "or"} & set(rest):
        return ""
    if verb in _LEADING and rest and lexicon.is_past(rest[0].lower()):
        clause = " ".join([verb, *rest]).rstrip(".!?")  # "..., never missed a cue"
        return f"a clause with no subject is spliced on after a comma ('{clause}')"
    past_only = lexicon.is_past(verb) and not lexicon.is_participle(verb)
    takes_object = lexicon.is_past(verb) and bool(rest) and rest[0].lower() in _OBJECTS
    if past_only or takes_object or _needs_subject(verb, rest, text[: found.start()]):
        clause = " ".join([verb, *rest]).rstrip(".!?")
        return f"a clause with no subject is spliced on after a comma ('{clause}')"
    return ""


# A verb form that cannot open a clause without its subject: a modal ("can", "will"), "used
# to", "have" or "had" with a participle, "been", "was" ("..., used to do that at Schindler",
# "..., can start in January", "..., have done it before", "..., been there three years").
_SUBJECTLESS = frozenset(
    (
        *("can", "could", "will", "would", "should", "must", "might", "shall", "cannot"),
        *("can't", "won't", "wouldn't", "couldn't", "been", "was", "were"),
    )
)
# What opens a clause set off by commas, whose subject comes before it ("The desk, which I
# know well, will arrive"): the clause before the last comma opens on one of these.
_SET_OFF = frozenset(
    (
        *("which", "who", "whom", "whose", "that", "as", "if", "when", "where", "though"),
        *("although", "because", "since", "while", "once", "unless", "whether"),
    )
)


# A subject after the verb: a condition said by inversion ("should one arise", "had I known").
_INVERTED = frozenset(
    ["i", "you", "we", "they", "he", "she", "it", "one", "there", "this", "that", "anyone"]
)


def _needs_subject(verb: str, rest: list[str], before: str) -> bool:
    """True when `verb` (then `rest`) after the last comma is a clause with no subject, though
    the sentence before it has one of its own ("I"); "then" and the like are no subject."""
    after = rest[0].lower() if rest else ""
    opens = (
        verb in _SUBJECTLESS
        or (verb == "used" and after == "to")
        or (verb in ("have", "has", "had") and lexicon.is_participle(after))
    )
    inverted = after in _INVERTED and verb not in ("been", "was", "used", "have", "has")
    if not opens or inverted:
        return False  # "..., should one suit my background": a condition, its subject after
    # the clause just before the comma, with its own subject ("Other roles, now or in the
    # future, would interest me": the subject stands before a phrase set off by commas)
    clause = re.split(r"[,;:.!?]", before)[-1].split()
    if not clause or clause[0].lower() in _SET_OFF:
        return False
    return bool({"I", "we", "We"} & set(clause))


# A thing named after "about", "of" or "on" with no article: a word or none before its head,
# then a preposition or the end ("what you said about wedding", "our discussion of loft for
# the fleet"; "peak season" and "busy season" are said with no article, and pass).
_BARE = re.compile(
    r"\b(?P<prep>about|of|on)\s+(?P<before>(?:(?:[a-z][\w-]*|[A-Z]{2,})\s+)?)(?P<head>[a-z]+)"
    r"(?=\s+(?:from|for|with|in|at|and|to|over|during)\b|\s*[.,;:!?]|$)"
)
# Heads a count names one of: a topic's word with no article is a note's ("busy season").
_COUNTED = COUNTABLE | TOPIC_HEADS_COUNTED
# English that takes no article: "on site", "on time", "on call", "of course", "of interest".
_IDIOMS = frozenset(
    (
        *("site", "time", "call", "board", "foot", "track", "hand", "record", "top", "demand"),
        *("shift", "leave", "duty", "paper", "screen", "budget", "schedule", "target", "course"),
        *("purpose", "average", "file", "stage", "air", "camera", "line", "offer", "trial"),
        *("audit", "interview", "panel", "approach", "focus", "interest", "use", "help", "note"),
    )
)


def _bare_count_noun(text: str) -> str:
    for found in _BARE.finditer(text):
        head, before = found.group("head"), found.group("before").split()
        if head not in _COUNTED or head in _IDIOMS:
            continue
        if any(w in DETERMINERS or w in FUNCTION_WORDS or "'" in w for w in before):
            continue  # "about the busy season", "of my own work"
        if any(lexicon.is_gerund(w) or lexicon.is_past(w) for w in before):
            continue  # a clause: "about keeping the team", "of trained staff"
        said = " ".join([*before, head])
        return f"a thing named with no article after '{found.group('prep')}' ('{said}')"
    return ""


# A note's relative clause cut from its noun ("Wedding and funeral orders, which bring in most
# of the income" said as "we talked about which bring in most of ..."): "which" straight after
# a preposition, then a verb (not "on which the plant runs", "about which I wrote", "15 of
# which closed": a count of them).
_CUT_WHICH = re.compile(r"\b(?:about|on|with|for)\s+which\s+(?P<verb>[a-z]+)\b")
# The same cut read from the verb before it: a verb form that is no noun, its preposition and
# "which" ("what you said about which crews go first", "we talked over which sites"; not "the
# report on which", "a topic about which").
_VERB_WHICH = re.compile(r"\b(?P<verb>[a-z]+) (?:about|on|of|with|over) which\b")
# A count of a measure and a name in capitals with no "of" at the end of a phrase: "I have four
# units CPE." ("four units of CPE"; "ten years ICU experience" goes on to its noun, and passes).
_COUNT_NAME = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?:units|years|hours|weeks|months|credits|sessions|modules|levels)\s+[A-Z]{2,}\b"
    r"(?=\s*(?:[.,;:!?]|$))"
)


# A topic that opens with a preposition said after the frame's own ("I was glad we touched on
# on call", "to talk about on call"): a word said twice, or "about on".
# ("build on in the role", "went on to college", "pass my thanks on to" are a verb's "on")
_TWO_PREPOSITIONS = re.compile(
    r"\b(?P<one>about|of|on|at|to|for|the|a|an)\s+(?P=one)\b(?!-)|\b(?:about|discussing)\s+on\s+(?=[a-z])"
)


def _cut_clause(text: str) -> str:
    found = _TWO_PREPOSITIONS.search(text)
    if found:
        return f"a topic opens with a preposition after the frame's own ('{found.group().strip()}')"
    found = _CUT_WHICH.search(text)
    verb = found.group("verb") if found is not None else ""
    if found is not None and verb not in FUNCTION_WORDS and "verb" in lexicon.classes(verb):
        return f"a 'which' clause is cut from its noun ('{found.group().strip()}')"
    for found in _VERB_WHICH.finditer(text):
        classes = lexicon.classes(found.group("verb"))
        if "verb" in classes and "noun" not in classes:
            return f"'which' after '{found.group('verb')}' points back at nothing"
    found = _COUNT_NAME.search(text)
    if found:
        return f"a count and a name are joined with no 'of' ('{found.group()}')"
    return ""


def pasted(text: str) -> str:
    """Why `text` holds a piece of a note pasted whole, or "" when it does not."""
    return (
        _capital_mid_sentence(text)
        or _spliced_clause(text)
        or _bare_count_noun(text)
        or _cut_clause(text)
    )
