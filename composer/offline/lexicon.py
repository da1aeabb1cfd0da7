"""English word facts for the offline writer: word classes, verb forms and "a" or "an".

The tables `lemminflect` ships (no download) are read once as text and searched by word, far
faster than its API's dictionaries (half a second): `lemma_lu` gives each form's class and lemma,
`infl_lu` each verb's forms; its override list is applied as its API does.
"""

from __future__ import annotations

import functools
import gzip
import importlib.util
from pathlib import Path

from composer import regexes as re
from composer.offline.modernwords import MODERN_WORDS, regular_forms
from composer.offline.words import CAPITALISED, FUNCTION_WORDS, MACHINE_DOERS, PLAIN_WORDS

_CLOSED_ADJ = frozenset(
    ["able", "available", "fluent", "bilingual", "trilingual", "comfortable", "familiar",
     "proficient", "skilled", "keen", "eager", "happy", "ready", "experienced", "qualified",
     "certified", "licensed", "registered", "chartered", "accredited", "confident", "used"]
)  # fmt: skip


def _resource(name: str) -> bytes:
    # Found without importing lemminflect, whose import pulls in numpy.
    spec = importlib.util.find_spec("lemminflect")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the lemminflect package is not installed")
    folder = Path(next(iter(spec.submodule_search_locations)))
    return (folder / "resources" / name).read_bytes()


@functools.cache
def _table(name: str) -> str:
    data = _resource(name)
    return "\n" + gzip.decompress(data).decode("utf-8")


def _key_at(text: str, start: int) -> str:
    """The first column of the line that starts at `start`."""
    end = text.find(",", start)
    return text[start:end] if end != -1 else text[start:]


def _rows(table: str, word: str) -> list[list[str]]:
    """The rows of `table` whose first column is `word` (the tables are sorted by it)."""
    text = _table(table)
    # Binary search over line starts for the first line whose key is not below `word`.
    lo, hi = 1, len(text)
    while lo < hi:
        mid = (lo + hi) // 2
        line = text.rfind("\n", 0, mid + 1) + 1
        if line < lo:
            line = lo
        if _key_at(text, line) < word:
            after = text.find("\n", line)
            lo = after + 1 if after != -1 else len(text)
        else:
            hi = line
    start = lo - 1  # the newline before the line found
    rows = []
    while start != -1 and _key_at(text, start + 1) == word:
        end = text.find("\n", start + 1)
        rows.append(text[start + 1 : end if end != -1 else None].split(","))
        start = end
    return rows


@functools.lru_cache(maxsize=1024)  # a notes file brings words of its own
def classes(word: str) -> dict[str, tuple[str, ...]]:
    """Word class -> lemmas for a lower-case word form: "led" -> {"verb": ("lead",)}."""
    found: dict[str, tuple[str, ...]] = {}
    for row in _rows("lemma_lu.csv.gz", word):
        if len(row) >= 3:
            found[row[1]] = tuple(row[2].split("/"))
    if word in _CLOSED_ADJ:
        found.setdefault("adj", (word,))
    if word in _COMPOUND_PASTS.values():
        found["verb"] = tuple(k for k, v in _COMPOUND_PASTS.items() if v == word)
    if not found and (us := _us(word)) != word:
        return classes(us)  # "trialled": "trialed"
    return found or _doer(word) or _craft(word) or _particle_noun(word)


# The particles a verb takes to make a noun with a hyphen: "tie-in", "sign-offs", "walk-through".
_PARTICLES = frozenset(
    ["ins", "ups", "outs", "offs", "overs", "downs", "throughs", "backs", "ons"]
)  # fmt: skip


def _particle_noun(word: str) -> dict[str, tuple[str, ...]]:
    """A plural noun made of a verb and its particle, which the tables lack: "tie-ins"
    (tie-in), "sign-offs", "walk-throughs"."""
    verb, hyphen, particle = word.partition("-")
    # (only the plural, as `_PARTICLES` holds: a singular, "sign-up", "step-down", names a
    # process as often as a thing, and takes no article the tables would give it)
    if not hyphen or particle not in _PARTICLES or not verb.isalpha():
        return {}
    if not any(row[1:2] == ["verb"] for row in _rows("lemma_lu.csv.gz", verb)):
        return {}
    return {"noun": (word[:-1],)}


def _craft(word: str) -> dict[str, tuple[str, ...]]:
    """A noun for a craft or a trade the tables lack, built on "-ery" or "-ry" after a word
    they know: "joinery" (joiner), "farriery" (farrier), "saddlery" (saddler)."""
    if len(word) < 7 or not word.endswith("ry") or not word[:-2].isalpha():
        return {}
    stem = word[:-1] if word.endswith("ery") else word[:-2]  # "joinery" -> "joiner"
    if not _rows("lemma_lu.csv.gz", stem) or not stem.endswith("er"):
        return {}
    return {"noun": (word,)}


def _us(lower: str) -> str:  # "trialled", "travelling": the double l as the tables spell it
    return re.sub(r"(?<=[aeiou])ll(?=ed$|ing$)", "l", lower)


def _is_form(lower: str, tag: str) -> bool:
    """Whether `lower` is the `tag` form ("VBD": "led") of a verb it is a form of."""
    verbs = classes(lower).get("verb", ())
    return any(verb_forms(lemma).get(tag) in (lower, _us(lower)) for lemma in verbs)


def _doer(word: str) -> dict[str, tuple[str, ...]]:
    """A noun for one who does what a verb of the tables says, which the tables lack:
    "translator" (translate), "installers" (install), "tiler" (tile)."""
    one = word[:-1] if word.endswith(("ors", "ers")) else word
    if len(one) < 6 or not one.endswith(("or", "er")):
        return {}
    verbs = ("verb", one[:-2]), ("verb", one[:-2] + "e")
    if any(row[1:2] == [kind] for kind, root in verbs for row in _rows("lemma_lu.csv.gz", root)):
        return {"noun": (one,)}
    return {}


# Verbs built on an irregular one, whose past the tables give as regular ("troubleshooted").
_COMPOUND_PASTS = {"troubleshoot": "troubleshot"}


@functools.cache
def _overrides() -> dict[tuple[str, str], str]:
    """lemminflect's corrections to its inflection table: ("run", "VBN") -> "run"."""
    found = {}
    for line in _resource("infl_overrides.csv").decode("utf-8").splitlines():
        parts = line.strip().split(",")
        if len(parts) >= 3 and not line.startswith("#"):
            found[(parts[0], parts[1])] = parts[2]
    return found


# The verb "be", which lemminflect also handles apart from its table.
_BE_FORMS = {"VB": "be", "VBD": "was", "VBN": "been", "VBG": "being", "VBZ": "is"}


@functools.cache
def verb_forms(lemma: str) -> dict[str, str]:
    """The forms of a verb lemma: {"VBD": "led", "VBN": "led", "VBG": "leading", "VBZ": "leads"}."""
    for row in _rows("infl_lu.csv.gz", lemma):
        if len(row) >= 6 and row[1] == "verb":
            past = row[2].split("/")[0]
            forms = {
                "VB": lemma,
                "VBD": past,
                "VBN": (row[3] or row[2]).split("/")[0],
                "VBG": row[4].split("/")[0],
                "VBZ": row[5].split("/")[0],
            }
            for tag in forms:
                forms[tag] = _overrides().get((lemma, tag), forms[tag])
            if lemma in _COMPOUND_PASTS:
                forms["VBD"] = forms["VBN"] = _COMPOUND_PASTS[lemma]
            return forms
    return dict(_BE_FORMS) if lemma == "be" else {}


def noun_plurals(noun: str) -> tuple[str, ...]:
    """The plural forms lemminflect's table (from AGID) lists for a noun: ("demos",), and the
    singular itself beside them for a noun with an uncountable use ("advices", "advice")."""
    for row in _rows("infl_lu.csv.gz", noun):
        if len(row) >= 3 and row[1] == "noun":
            return tuple(row[2].split("/"))
    return (noun + "s",) if _doer(noun) == {"noun": (noun,)} else ()  # "translators"


def modern(word: str) -> bool:
    """True when the lower-case `word` is a word of today's trades (`modernwords`: "telematics",
    "upskilled", "chargepoints") or one of its inflections."""
    return word in _modern_forms()


@functools.cache
def _modern_forms() -> frozenset[str]:
    """`MODERN_WORDS` and their inflections: those lemminflect's table gives a lemma it knows
    ("retrofitted"), the regular endings of English for one it does not ("upskilled",
    "microgrids")."""
    found = set(MODERN_WORDS)
    for lemma in MODERN_WORDS:
        listed = {*verb_forms(lemma).values(), *noun_plurals(lemma)}
        found |= listed or regular_forms(lemma)
    return frozenset(found)


def known(word: str) -> bool:
    """True when the word (any case) is an English word of the tables."""
    return bool(classes(word.lower()))


def is_past(word: str) -> bool:
    """A simple past form: "led", "shipped", "cut" (not "been", not "leading"), also after a
    prefix and its hyphen ("re-wrote", "co-wrote")."""
    lower = word.lower()
    if _is_form(lower, "VBD"):
        return True
    prefix, hyphen, rest = lower.partition("-")
    return bool(hyphen) and prefix in _VERB_PREFIXES and rest.isalpha() and is_past(rest)


# Prefixes people type with a hyphen before a verb: "re-wrote", "co-led", "pre-loaded".
# A tool typed before a verb the same way: "laser-etched", "machine-sewn".
_VERB_PREFIXES = frozenset(
    ["re", "co", "pre", "de", "un", "over", "out", "mis", "under", "laser", "machine"]
)


def is_participle(word: str) -> bool:
    """A past participle: "admitted", "featured", "certified", "written"."""
    return _is_form(word.lower(), "VBN")


def is_gerund(word: str) -> bool:
    """An -ing form of a verb: "running", "leading"."""
    return word.lower().endswith("ing") and _is_form(word.lower(), "VBG")


def is_base_verb(word: str) -> bool:
    """The plain form of a verb: "help", "build", "lead"."""
    lower = word.lower()
    return (
        bool(verb_forms(lower))
        and "verb" in classes(lower) | {"verb": ()}
        and (lower in classes(lower).get("verb", (lower,)))
    )


def is_third_person(word: str) -> bool:
    """A third-person present form: "loves", "watches", "has"."""
    return _is_form(word.lower(), "VBZ")


def base_of(word: str) -> str | None:
    """The plain form of a verb form ("loves" -> "love", "has" -> "have"), or None."""
    lemmas = classes(word.lower()).get("verb", ())
    return lemmas[0] if lemmas else None


def is_adjective_only(word: str) -> bool:
    """An adjective with no noun reading: "fluent", "bilingual" (not "master", "master's")."""
    found = classes(word.lower())
    return "adj" in found and "noun" not in found and not is_past(word)


def is_noun(word: str) -> bool:
    """True when the word has a noun reading."""
    return "noun" in classes(word.lower())


# Nouns ending as a person's trade does ("-ist", "-ian") that name no person.
_NOT_PERSONS = re.compile(r"(?:list|assist|exist|insist|resist|persist|consist|twist|wrist|mist)$")


def is_agent_noun(word: str) -> bool:
    """A noun for a person by their trade, known by its ending: "archivist", "librarian",
    "keeper" ("checklist", "median" are none)."""
    lower = word.lower()
    if len(lower) < 5 or not is_noun(lower) or "adj" in classes(lower):
        return False
    person = lower.endswith(("ist", "ian")) and not _NOT_PERSONS.search(lower)
    # "keeper", "signaller": one who does what the verb before "-er" says
    doer = lower.endswith("er") and "verb" in classes(lower[:-2])
    doer = doer or (not _rows("lemma_lu.csv.gz", lower) and bool(_doer(lower)))  # "improver"
    return person or doer or lower.endswith(("alist", "ellist"))


def is_trade_noun(word: str) -> bool:
    """A person's trade `is_agent_noun` does not know by its ending: one who does what a verb
    says, its "e" dropped before "-or" or "-er" ("illustrator", "producer", "examiner"; never a
    machine so named, "generator", "freezer"), or one who works in a thing ("colourist")."""
    lower = word.lower()
    if lower.endswith("ist") and not known(lower) and is_noun(lower[:-3]):
        return not _NOT_PERSONS.search(lower)  # "colourist": colour + "-ist"
    if lower.endswith("s") or lower in MACHINE_DOERS or "adj" in classes(lower):
        return False  # "hunters": many; "generator": a machine
    return bool(_doer(lower))


def is_plural_noun(word: str) -> bool:
    """A plural noun form: "years", "studies" (its lemma differs from it)."""
    lower = word.lower()
    lemmas = classes(lower).get("noun", ())
    # "expectations" is a lemma too, beside "expectation" ("physics" is one thing); "bacteria"
    # beside "bacterium", its plural, read first ("opera" is itself first; "media" one thing)
    single = lower[:-1] if lower.endswith("s") and not lower.endswith(("ics", "ss", "us")) else ""
    return bool(lemmas) and (
        lower not in lemmas
        or any(f"{w}s" == lower for w in lemmas + classes(single).get("noun", ()))
        or (lower not in _MASS_PLURALS and lemmas[0] != lower and lower in noun_plurals(lemmas[0]))
    )


_MASS_PLURALS = frozenset(["data", "media", "metadata", "multimedia"])


# An acronym said as a word: four capitals or more, a consonant (or a cluster English starts
# words with) before a vowel, no three consonants, an English ending ("NIHR": letter by letter).
_WORD_START = re.compile(r"^(?:[BCDFGHJKLMNPRSTVWZ]|S[CKLMNPTW]|[BCDFGPT][LR])[AEIOUY]")
_WORD_END = re.compile(r"(?:[AEIOUY]|[AEIOUY][^AEIOUY]|ST|SK|ND|NT|MP|CS|KS|SH|CH|TH|NG|CK)$")


def said_as_a_word(acronym: str) -> bool:
    """True for an acronym people say as a word ("STEM", "NASA", "RICS"), not letter by letter."""
    return acronym in _SPOKEN_SHORT or (
        acronym.isupper()
        and acronym.isalpha()
        and len(acronym) >= 4
        and _WORD_START.match(acronym) is not None
        and _WORD_END.search(acronym) is not None
        and re.search(r"[^AEIOUY]{3}", acronym) is None
    )


# Acronyms under four letters said as a word: "a SAS Certified Specialist".
_SPOKEN_SHORT = frozenset(["SAS"])
_VOWEL_SOUND_EXCEPTIONS = ("hour", "honest", "honour", "honor", "heir")
_CONSONANT_SOUND = ("uni", "use", "usu", "usa", "uti", "eu", "one", "once", "ubi", "ufo", "ure")


def article(phrase: str) -> str:
    """ "a" or "an" for the phrase that follows: "an MBA", "a university", "an hour"."""
    word = phrase.split(" ", 1)[0].strip("\"'“(")
    lower = word.lower()
    if not lower:
        return "a"
    if lower[0].isdigit():  # "an 8R", "an 80k budget", "a 110-bed ward"
        return "an" if _said_with_a_vowel(lower) else "a"
    if len(word) == 1 and word.isupper():  # a letter said by its name: "an R package"
        return "an" if word in "AEFHILMNORSX" else "a"
    if len(word) > 1 and word[:2].isupper():
        if said_as_a_word(word):  # "a STEM club", "a NASA grant", "a RICS survey"
            return "an" if word[0] in "AEIOU" else "a"
        # read letter by letter: "an MSc", "an NHS trust", "an SQL test"
        return "an" if word[0] in "AEFHILMNORSX" else "a"
    if lower.startswith(_VOWEL_SOUND_EXCEPTIONS):
        return "an"
    if lower.startswith(_CONSONANT_SOUND):
        return "a"
    return "an" if lower[0] in "aeiou" else "a"


def _said_with_a_vowel(figure: str) -> bool:
    """Whether a figure is said from a vowel: "8", "80k", "800" ("eight ..."), "11", "18",
    "1800", "11,000", "18.5" ("eleven", "eighteen ...", "... thousand"), not "110" or "180"
    ("a hundred and ...") nor "1" ("one"); typed with a comma, a figure is said by its first
    group ("1,800": "one thousand eight hundred", "18,000": "eighteen thousand")."""
    whole = re.match(r"\d[\d,]*", figure)
    if whole and "," in whole.group().strip(","):
        first = whole.group().split(",", 1)[0]
        return first.startswith("8") or first in ("11", "18")
    digits = whole.group().replace(",", "") if whole else figure
    if digits.startswith("8"):
        return True
    # "11", "18" open the saying at two or four digits ("eleven hundred", "the 1800s") or two
    # more than a multiple of three ("eleven thousand", "18 million")
    return digits.startswith(("11", "18")) and (len(digits) == 4 or len(digits) % 3 == 2)


# "a 8R", "a MRI", "an UX designer": an article typed before a figure or initials, said by how
# they are read aloud
_TYPED_ARTICLE = re.compile(
    r"(?<![\w'’.-])(?P<article>[Aa]n?) (?=(?P<next>\d[\w,.-]*|[A-Z]{2}\w*|[A-Z][&-]\w))"
)


def articles_said(text: str) -> str:
    """`text` with "a" or "an" typed before a figure or initials made the one they are said
    with: "on a 8R" -> "on an 8R", "a MRI" -> "an MRI", "an UX lead" -> "a UX lead"."""

    def said(found: re.Match[str]) -> str:
        typed = found["article"]
        right = article(found["next"])
        return f"{right if typed[0].islower() else right.capitalize()} "

    return _TYPED_ARTICLE.sub(said, text)


_VOWEL = re.compile(r"[aeiou]")


def note_speak(word: str) -> bool:
    """True for a word typed as a note, not as a letter says it: a lower-case word the tables
    do not know that is short ("circ", "abt", "qtr") or has no vowel ("pts", "mgmt", "sys"), or a
    name of a closed class typed in lower case ("spanish", "friday"). A long word the tables
    lack is a trade's own ("makerspace", "commis") and passes; so does a word in capitals.
    """
    if not (word.isalpha() and word.islower() and word.isascii()) or len(word) < 2:
        return False
    if word in CAPITALISED:
        return True
    if word in PLAIN_WORDS or word in FUNCTION_WORDS or known(word) or modern(word):
        return False
    return len(word) <= 4 or _VOWEL.search(word) is None


def begins_a_word(prefix: str) -> bool:
    """True when a longer English word of the tables begins with the lower-case `prefix`
    ("optom" -> "optometrist", "calib" -> "calibrate"): a clipped word typed as a note."""
    text = _table("lemma_lu.csv.gz")
    # the table is sorted by word: the first line from `prefix` on is found by a search
    lo, hi = 1, len(text)
    while lo < hi:
        mid = (lo + hi) // 2
        line = max(text.rfind("\n", 0, mid + 1) + 1, lo)
        if _key_at(text, line) < prefix:
            after = text.find("\n", line)
            lo = after + 1 if after != -1 else len(text)
        else:
            hi = line
    while lo < len(text):
        key = _key_at(text, lo)
        if not key.startswith(prefix):
            return False
        if len(key) > len(prefix) and key.isalpha():
            return True
        after = text.find("\n", lo)
        lo = after + 1 if after != -1 else len(text)
    return False


def words_text() -> str:
    """The lemma table's text, one English word form a line first ("nacelle" is not in it)."""
    return _table("lemma_lu.csv.gz")


def genitive(noun: str) -> str:
    """ "the resort" -> "the resort's"; "the owners" -> "the owners'": the noun phrase as the
    one something belongs to (a word ending in "s" takes the apostrophe alone)."""
    return f"{noun}'" if noun.endswith("s") else f"{noun}'s"
