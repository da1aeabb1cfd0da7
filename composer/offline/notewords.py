"""The notes' own words and symbols printed as typed: the last check of the sentence gate
(`flagged.gated` asks `unsent` of every sentence of a letter after `wellformed.problem`, when
the sentence has its final capitals).

    unsent("Our discussion of the PM schedule on the kenworths was the most useful part.")
    # "it has a word in lower case that no English table knows ('kenworths')"

A word in lower case that none of the English tables knows (the lexicon's, `FUNCTION_WORDS`,
`PLAIN_WORDS`, `RARE_WORDS`) nor Webster's dictionary (`dictionary.in_dictionary`: "nacelle",
"coxswain") is a misspelling, a clipped word or a name typed in lower case (a make, a place, a
pet, a product: "abell point marina airlie", "yamaha"): printed as typed it reads as a slip, so
the sentence is left out and its notes line asked for (session 33; session 31 let a word
spelled like English pass, and so every name typed in lower case). A name a helper's table
gave its capitals ("Kenworths", "Lac Ste Anne") passes, as every word with a capital does;
one the notes type with a capital elsewhere is given it (`capitals_of`, `recapitalised`). Also
the symbols of a note that `wellformed` leaves to this module: "??", a "%" after a word, a
"$" with no figure, a code of letters and a figure in lower case ("a ps5 title"), a race typed
short that shorthand spelled out as a number ("the York 10,000 goes well"), and a span of time
after a noun with no "for" or "in" ("incidents on my crew four years").
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.dictionary import clipped, in_dictionary
from composer.offline.words import (
    CLIPPED_PLAIN,
    FUNCTION_WORDS,
    INDEFINITES,
    PLAIN_WORDS,
    RARE_WORDS,
)

# A word in lower case, with its hyphens and apostrophes; never part of an address, a path or a
# word with a figure ("gen2", "x86", "www.site.com", "@handle").
# (a word joined by a hyphen to one with capitals, "pre-COVID", is not a lower-case word)
_LOWER = re.compile(r"(?<![\w@./'’-])[a-z][a-z'’-]*(?![\w@/]|\.\w|-\w)")
# A unit after its figure ("35 ppb", "12 mg"): a measure, not a note.
_AFTER_FIGURE = re.compile(r"\d[\d.,]*\s?$")
# What a word may open with before an English word: "releathered", "pre-covid", "microservices".
_PREFIXES = (
    "re", "un", "pre", "post", "co", "sub", "non", "over", "under", "micro", "multi", "inter",
    "self", "mis", "out", "up", "on", "off", "well", "cross", "counter", "semi", "anti", "mini",
    "tele",
    # combining forms of the trades' words ("hemodialysis", "cryopreservation")
    "hemo", "haemo", "hydro", "electro", "geo", "thermo", "neuro", "cardio", "aero",
    "agro", "eco", "hyper", "hypo", "ultra", "nano", "cryo", "immuno", "petro", "photo",
)  # fmt: skip
_ENDINGS = re.compile(r"(?:['’](?:s|re|ve|ll|d|m)|n['’]t|['’])$")
# The negatives whose verb changes before "n't": "can't", "won't", "shan't".
_IRREGULAR_NOT = frozenset(["can't", "won't", "shan't"])

_MARKS: tuple[tuple[re.Pattern[str], str], ...] = (
    # "so that you are, not just relying on ...": a comma between a verb and its "not" (an
    # aside set off by commas, "I am, not surprisingly, keen", is English)
    (
        re.compile(
            r"\b(?:am|are|is|was|were|do|does|did|have|has|had|will|would|can|could),\s+not\b"
            r"(?![^,.]{0,25},)"
        ),
        "a comma between a verb and its 'not'",
    ),
    (re.compile(r"\?\?|\?!|!\?"), "a note's '??'"),
    # "I asked -- add in her letter only": a note's double hyphen (reader 29's h219)
    (re.compile(r"(?<!-)--(?!-)"), "a note's '--'"),
    # "Bali w family": "w" for "with" (not "500 w", a unit after its figure)
    (re.compile(r"(?<![\w/.'’-])(?<!\d )w(?= [a-z])"), "the shorthand 'w'"),
    # "six years @ Ottobock": "@" for "at" (an address keeps its own: "jo@site.com")
    (re.compile(r"(?<!\S)@(?!\S)"), "an '@' for 'at'"),
    # "my 1st patient": an ordinal typed in figures after "my" ("6th grade", "from 41st to 6th in
    # the region" are how English writes them)
    (
        re.compile(r"\b(?:my|our|their|his|her|your) [1-5](?:st|nd|rd|th) (?=[a-z])"),
        "an ordinal typed in figures",
    ),
    # "the 'how do i' tickets": the pronoun typed in lower case
    (re.compile(r"(?<![\w'’-])i(?!\w|['’.-]\w)"), "'I' typed in lower case"),
    (re.compile(r"(?<=[A-Za-z])\s?%"), "a '%' after a word"),
    # "CSAT +0.4", "conversion +8%", "waste -30%": a move typed with a sign after a word (a
    # phone number's "+44 7700 ..." and a temperature's "-20 degrees" are how English writes them)
    (
        re.compile(
            r"(?<=[A-Za-z,] )(?:\+\d[\d,]*(?:\.\d+)?(?:%| ?pts\b| points\b)?(?![\d ]*\d{4})"
            r"|-\d[\d,]*(?:\.\d+)?(?:%| ?pts\b| points\b))"
        ),
        "a move typed with a sign",
    ),
    # "a ps5 title", "the club's j24", "my f150": a make's code of letters and a figure typed in
    # lower case (a unit after its figure, "40 m2", "x86", a percentile, "p99", and a
    # numeronym, "k8s", "i18n", are how English writes them)
    (
        re.compile(
            r"(?<![\w@./'’$£€-])(?<!\d )(?!x86\b|x64\b|p\d\d\b|[a-z]\d+[a-z]{1,2}\b)"
            r"[a-z]{1,3}\d{1,4}[a-z]?(?![\w@/-])"
        ),
        "a code of letters and a figure in lower case",
    ),
    (re.compile(r"\$(?!\s?\d)"), "a '$' with no figure"),
    # "the York 10,000 goes well", "the Cambridge 5,000 on Sunday": a race typed "10k", spelled
    # out by shorthand as a count of nothing (a count of a thing has its noun: "10,000 runners")
    (
        re.compile(
            r"\b[A-Z][a-z]+\s+\d{1,2},000\b(?=\s*[.,;!?]|\s+(?:is|was|goes|went|will|this|next"
            r"|last|on|in|at|and|for)\b)"
        ),
        "a race typed short, said as a number",
    ),
)


def _listed(word: str) -> bool:
    """True when a table lists `word`, or the singular of it ("galleries", "payouts")."""
    forms = {word}
    if word.endswith("s"):
        forms |= {word[:-1], word[:-2], word[:-3] + "y"}
    return any(
        form in FUNCTION_WORDS
        or form in INDEFINITES  # "someone", "anybody"
        or form in PLAIN_WORDS
        or form in CLIPPED_PLAIN
        or form in RARE_WORDS
        or lexicon.known(form)
        or lexicon.modern(form)
        for form in forms
        if form
    )


# Endings that make an English word of a stem ("cannulation", "preceptorship", "reablement"):
# a name typed in lower case ("kenworths", "coburg", "givaudan") has none of them.
_DERIVED = re.compile(
    r"[a-z]{4,}(?:ations?|tions?|sions?|ments?|ness|ity|ities|ships?|able|ible|ology|ologist"
    r"|isms?|ists?|ances?|ences?|ous|ives?|ery|ary|ically|ised|ized|ising|izing)$"
)
# "-er", "-ing" and "-ed" end names too ("schindler", "ealing", "sheffield" is no "-ed"): they
# count on a stem the tables know ("screener", "spiling" does not, "dataed").
_MADE = re.compile(r"(?P<stem>[a-z]{3,})(?:ers?|ings?|ed)")


@functools.lru_cache(maxsize=4096)
def english(word: str) -> bool:
    """True when the lower-case `word` is English to the tables: a word they list (or its
    plural), a word with an ending such as "'s" or "n't", a hyphenated word whose parts are, a
    prefix and a word ("releathered"), or a stem with an ending of English ("cannulation",
    "playtesting")."""
    word = word.replace("’", "'")
    if word in _IRREGULAR_NOT:  # "can't": "ca" is no word once "n't" is off
        return True
    word = _ENDINGS.sub("", word).strip("-'")
    if not word or _listed(word):
        return True
    if "-" in word:
        return all(len(part) <= 2 or part in _PREFIXES or english(part) for part in word.split("-"))
    if _DERIVED.fullmatch(word):
        return True
    found = _MADE.fullmatch(word)
    if found:
        stem = found.group("stem")
        if any(_listed(s) for s in (stem, stem + "e", stem[:-1]) if len(s) >= 3):
            return True
    for cut in range(2, len(word) - 3):
        head, tail = word[:cut], word[cut:]
        if head in _PREFIXES and len(tail) >= 5 and lexicon.known(tail):
            return True
    # (two English words run together are no English word by that alone: invented names are
    # made so, "lanternfall", "emberfall", "northgate", "frostbyte"; a trade's compound is in
    # a table, "termbase", "makerspace", or in Webster's, "nightwatchman")
    return False


def unknown_word(text: str) -> str:
    """The first word of `text` in lower case that no English table knows, or "" (a word after
    a figure, a unit such as "ppb", is a measure; one letter is an initial or a list mark)."""
    for found in _LOWER.finditer(text):
        word = found.group()
        if len(word) < 2 or found.start() == 0:
            continue
        if len(word) <= 3 and _AFTER_FIGURE.search(text[: found.start()]):
            continue
        if not _known(word) and not _common_compound(word, text[: found.start()]):
            return word
    return ""


# A word before a noun that a name is not put after: "a workboat", "the longcase clock".
_BEFORE_NOUN = re.compile(  # ("kelp on longlines": a place things are on; never "of", "in",
    r"(?:\b(?:a|an|the|my|our|your|their|its|this|that|these|those|each|on|across|along|two"
    r"|three|four|five|six|seven|eight|nine|ten|twelve|twenty|several|many)|\d"
    # a measure of it: "1 litre of rosewater" (round 53, h1447)
    r"|\b(?:litres?|liters?|kg|grams?|kilos?|tonnes?|tons?|bottles?|bags?|jars?|barrels?|cups?)"
    r"\s+of)\s$"
)  # "with" or "use", after which a product's name is typed small: "in solidworks")


def _common_compound(word: str, before: str) -> bool:
    """ "workboat", "pinsetters", "heatwaves": two words of Webster's run together, said as a
    common noun is, after an article, a possessive or a figure ("a workboat", "our swiftwater
    team", "40 pinsetters"). Alone, such a word may be a name typed in lower case ("a port of
    lanternfall", "I use vectorworks"), which the gate keeps out."""
    if not _BEFORE_NOUN.search(before):
        return False
    one = word[:-1] if word.endswith("s") and len(word) > 7 else ""
    return any(
        in_dictionary(stem[:cut]) and in_dictionary(stem[cut:])
        for stem in (word, one)
        if stem
        for cut in range(3, len(stem) - 3)
        if cut > 3 or len(stem) - cut > 4  # "pinsetter", never "pennine" ("pen" + "nine")
    )


def _known(word: str) -> bool:
    """True when the tables or the dictionary know `word`, or each part of a hyphenated word
    ("fifteenth-century", "load-bearing")."""
    if english(word) or in_dictionary(word):
        return True
    parts = word.split("-")
    return len(parts) > 1 and all(
        english(part) or (len(part) > 2 and in_dictionary(part)) for part in parts
    )


_NAME = re.compile(r"(?<![\w@./'’-])[A-Z][a-z]+(?:['’]s)?(?![\w@/])")


_VOWEL = re.compile(r"[aeiouy]")


def capitals_of(lines: Iterable[str]) -> dict[str, str]:
    """Words the notes `lines` type with a capital that no English table knows, by their lower
    case: {"coravin": "Coravin"}; their capitals are sure."""
    found: dict[str, str] = {}
    for line in lines:
        for name in _NAME.finditer(line):
            word = name.group()
            # a line's first word may have its capital only for that: a short one ("Mgmt")
            # or one with no vowel is no sure name; "Elmfield House Care Home" is
            sure = name.start() > 0 or (len(word) > 4 and _VOWEL.search(word[1:]) is not None)
            if sure and not english(word.lower()):
                found.setdefault(word.lower(), word)
    # "the Tienen carillon", typed in lower case as well and with a capital only inside a name
    # ("World Carillon Federation"): a common word of the trade, never a capital of its own
    lowered = {w for line in lines for w in re.findall(r"(?<=\s)[a-z][\w'-]+", line)}
    alone = {
        found.group(2).lower()
        for line in lines
        for found in re.finditer(r"(^|[^A-Za-z]\s|[a-z]\s)([A-Z][\w'-]+)(?!\s[A-Z])", line)
    }
    return {low: word for low, word in found.items() if low not in lowered or low in alone}


# A word in lower case after "the" ("the kilkenny design shop job", "on the farnes").
_AFTER_THE = re.compile(r"\bthe (?P<word>[a-z]{4,})(?=[ ,.;:)]|$)")


def lowered_names(lines: Iterable[str]) -> dict[str, str]:
    """Names a line typed all in lower case puts after "the", by their lower case, with a
    capital: {"kilkenny": "Kilkenny"} for "made all the oak counters for the kilkenny design
    shop job": a word no English table knows there is a place, a firm or an event's name
    (Webster's lists names with their capitals). Not a note's short word ("the optom", the
    start of a longer word: `dictionary.clipped`), a word
    with one vowel or none, nor two English words run together ("the backline", "the
    battlecards"), which are a trade's words, not names."""
    found: dict[str, str] = {}
    for line in lines:
        if not line[:1].islower():
            continue
        for after in _AFTER_THE.finditer(line):
            word = after.group("word")
            if english(word) or in_dictionary(word) or lexicon.note_speak(word):
                continue
            if len(_VOWEL.findall(word)) < 2 or _two_words(word) or clipped(word):
                continue
            found.setdefault(word, word.capitalize())
    return found


# A name in capitals with a hyphen ("SD-WAN", "CI-CD"), or of three capitals or more ("MPLS").
_ACRONYM = re.compile(r"(?<![\w-])(?:[A-Z]{2,}(?:-[A-Z]{2,})+|[A-Z]{3,})(?![\w-])")


def acronyms_of(lines: Iterable[str]) -> dict[str, str]:
    """Names the notes `lines` type in capitals, by their lower case, when that is no English
    word: {"sd-wan": "SD-WAN"} (a line typed in lower case writes "led sd-wan migration", and
    the topic "SD-WAN rollout" gives it its capitals); "IT" is "it", never given capitals."""
    found: dict[str, str] = {}
    for line in lines:
        for name in _ACRONYM.finditer(line):
            lower = name.group().lower()
            hyphened = "-" in lower
            common = lexicon.known(lower) or lower in FUNCTION_WORDS or in_dictionary(lower)
            if hyphened or not common:
                found.setdefault(lower, name.group())
    return found


def _two_words(word: str) -> bool:
    """True when `word` is two English words of three letters or more run together."""
    return any(lexicon.known(word[:cut]) and english(word[cut:]) for cut in range(3, len(word) - 2))


def recapitalised(text: str, capitals: Mapping[str, str]) -> str:
    """`text` with each word in lower case that `capitals` holds given its capitals, and each
    run of words it holds (`capital_runs`: "provet cloud") typed all in lower case."""
    if not capitals:
        return text
    for lower, said in capitals.items():
        if " " in lower and lower in text:
            text = re.sub(rf"(?<![\w@./'’-]){re.escape(lower)}(?![\w@/'’-])", said, text)
    return _LOWER.sub(lambda found: capitals.get(found.group(), found.group()), text)


# Two words or more typed with their capitals ("used Provet Cloud and RxWorks").
_RUN = re.compile(r"(?<![\w@./'’-])[A-Z][\w&-]*(?: (?:of )?[A-Z][\w&-]*)+(?![\w@/])")


def capital_runs(lines: Iterable[str], names: Iterable[str] = ()) -> dict[str, str]:
    """Runs of words the notes `lines` type with their capitals after a line's first word,
    and the `names` (the company's) of two words or more, by their lower case: {"provet
    cloud": "Provet Cloud"}. The same words typed all in lower case elsewhere ("switching from
    rxworks to provet cloud", "audits for kowhai digital clients") are that name: the notes
    spell it so themselves. A line's first words may have capitals only for starting it."""
    found: dict[str, str] = {}
    runs = [run.group() for line in lines for run in _RUN.finditer(line) if run.start() > 0]
    # a run of English words ("MSc in Genetic Counselling") may be a title's capitals only:
    # the field in lower case elsewhere is no name; a run with a word no table knows is
    runs = [run for run in runs if not all(english(w.lower()) for w in run.split())]
    for run in [*runs, *(n.removeprefix("The ") for n in names)]:
        if " " in run.strip() and not any(w.isupper() and len(w) > 1 for w in run.split()):
            found.setdefault(run.lower(), run)
    return found


# "zero lost time incidents on my crew four years.": a span of time after a noun, with no "for"
# or "in" (a note drops them); "within two weeks", "the last two years", "I spent four years" pass
_BARE_SPAN = re.compile(
    r"\b(?:(?P<to>to|will|would|can|could|should|must)\s+)?(?P<before>[a-z]+)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|a few|several)\s+(?:years?|months?|weeks?|days?)(?=\s*(?:[.;:!?]|,\s+and\b|$))"
)
_SPAN_BEFORE = frozenset(["last", "past", "next", "first", "final", "few", "recent", "previous"])


def _bare_span(text: str) -> str:
    for found in _BARE_SPAN.finditer(text):
        before = found.group("before")
        if found.group("to"):  # "average time to fill 38 days": a verb, not a noun
            continue
        if before in FUNCTION_WORDS or before in _SPAN_BEFORE or before.endswith("ly"):
            continue
        if lexicon.is_past(before) or lexicon.is_participle(before) or lexicon.is_gerund(before):
            continue
        if lexicon.is_noun(before):
            return f"a span of time follows a noun with no 'for' or 'in' ('{found.group()}')"
    return ""


# "we are both bombers fans": a plural before "fans" is a team's name (English puts a noun that
# describes another in the singular: "football fans", "horse lovers"); "sports fans" is English
_FANS = re.compile(r"(?<![\w'’-])(?P<team>[a-z]+s)\s+(?:fans|supporters)\b")


def is_team(word: str) -> bool:
    """True when `word`, before "fans", is a team's name typed in lower case ("bombers")."""
    return word not in ("sports", "arts", "games", "news") and (
        lexicon.is_plural_noun(word) or not lexicon.known(word)
    )


def teams_capitalised(text: str) -> str:
    """`text` with a team's name typed in lower case before "fans" given its capital."""
    return _FANS.sub(
        lambda m: m.group().capitalize() if is_team(m.group("team")) else m.group(), text
    )


def _team_in_lower_case(text: str) -> str:
    for found in _FANS.finditer(text):
        if is_team(found.group("team")):
            return f"a team's name is in lower case ('{found.group()}')"
    return ""


def unsent(text: str) -> str:
    """Why `text` still prints the notes' own words or symbols, or "" when it does not."""
    for pattern, why in _MARKS:
        found = pattern.search(text)
        if found:
            return f"it has {why} ('{found.group().strip()}')"
    word = unknown_word(text)
    if word:
        return f"it has a word in lower case that no English table knows ('{word}')"
    return _bare_span(text) or _team_in_lower_case(text)
