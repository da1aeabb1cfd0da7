"""A run of a notes line kept as typed in a letter's sentence, in a shape careful prose never
has: the writer put the note in a frame without reading it (`doubts.misread` asks about it).

A shape counts only where every word of it, and the words between, stand side by side in the
notes line as they do in the sentence (the line as typed, or with its shorthand spelled out):
the writer's own words never make a doubt. The shapes are read by grammar (word classes of
`lexicon`, the closed classes of `words`), never by the words of a trade:
- a one-letter word or a slashed short form kept ("w AIRAH", "b/c agency staff")
- a noun phrase in a noun's place (after a preposition) followed by what would need a verb:
  an adjective or an adverb of how often ("milk steaming inconsistent", "the board meeting
  prep quarterly"), a participle and an adjective ("sheets returned damp"), a degree word and
  an adjective ("times too long"), a participle closing a bare noun phrase ("ute and tools
  supplied"), or a time of the week with no preposition ("washer downtime mondays")
- two noun phrases side by side opened by the same word ("same recipe same standard")
- particles stacked ("too not just", "also too")
- a list of three or more joined by commas with no "and" ("good w landlords, tidy records,
  checks daily")
- a word that is only a verb where a noun goes, a product typed in lower case ("discuss concur
  expense reports", "on the resolve panel")
"""

from __future__ import annotations

import itertools

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.shorthand import expand
from composer.offline.words import (
    AUXILIARIES,
    BE,
    CAPITALISED,
    DETERMINERS,
    FUNCTION_WORDS,
    MODALS,
    MONTH_NAMES,
    NUMBER_WORDS,
    PREPOSITIONS,
)

__all__ = ["kept_shape"]

_TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+|[£$€]?\w(?:[\w'’.&+/-]*[\w/%])?|[,;:.!?()–—]|(?<= )-(?= )")
# Marks that end a clause (a comma too): what follows them is no part of the phrase before.
_ENDS = frozenset([",", ";", ":", ".", "!", "?", "(", ")", "–", "—", "-", ""])
# A slot for a noun phrase opened by a preposition ("to" may open a verb instead).
_SLOT = PREPOSITIONS - {"to"}
# Degree words before an adjective ("too long", "very slow", "still patchy").
_DEGREE = frozenset(["too", "very", "so", "still", "really", "quite", "always", "often", "pretty"])
# Particles of addition and limit: two side by side is a note's stack ("too not just").
_ADDING = frozenset(["too", "also"])
_LIMITING = frozenset(["not", "just", "only", "also", "too"])
# Verbs a bare verb may follow ("help build", "let them run", "make it work").
_BARE_TAKERS = frozenset(["help", "let", "make", "see", "hear", "watch", "have", "do", "did"])
# Subjects a clause opens with: a sentence holding one has its verb.
_PERSONS = frozenset(["i", "we", "you", "they", "he", "she", "it", "i'm", "i've", "i'd"])
# Times of the week said with no preposition in a note: weekdays, and the week's parts.
_WEEK_TIMES = frozenset(
    [day.lower() for day in CAPITALISED.values() if day.endswith("day") and " " not in day]
    + ["weekend", "morning", "evening", "afternoon", "night", "overnight"]
) - frozenset(MONTH_NAMES)


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _pairs(line: str) -> set[tuple[str, str]]:
    """The pairs of words side by side in the notes `line`, as typed and with its shorthand
    spelled out, in lower case."""
    found: set[tuple[str, str]] = set()
    for text in (line, expand(line)):
        words = [t.lower() for t in _tokens(text)]
        found |= set(itertools.pairwise(words))
    return found


def _kept(words: list[str], start: int, end: int, pairs: set[tuple[str, str]]) -> bool:
    """Whether `words[start:end + 1]` stand side by side in the notes line as they do here."""
    return start < end and all((words[k], words[k + 1]) in pairs for k in range(start, end))


def _word(words: list[str], at: int) -> str:
    return words[at] if 0 <= at < len(words) else ""


def _nounish(word: str) -> bool:
    """A word that can close a noun phrase: a noun, a word no table knows (a note's noun, "ute",
    "prep"), or an -ing form read as a thing ("milk steaming")."""
    if not word[:1].isalpha() or word in FUNCTION_WORDS:
        return False
    if lexicon.is_noun(word) or not lexicon.known(word) or lexicon.is_gerund(word):
        return True
    # "logs": the tables list only the verb; a phrase opened by a preposition reads it as a noun
    return lexicon.is_third_person(word) and word.endswith("s")


def _phrase_start(words: list[str], head: int) -> int:
    """Where the noun phrase ending at `head` starts: back over nouns, adjectives, numbers,
    determiners and "and" between nouns; an -ing form after a preposition is its verb."""
    at = head
    while at - 1 >= 0:
        before = words[at - 1]
        if before in _SLOT:
            break  # "about" and "over" are read as prepositions here, not as "about 30"
        if before in DETERMINERS or before in NUMBER_WORDS or before[:1].isdigit():
            at -= 1
            continue
        if before == "and" and _nounish(_word(words, at - 2)):
            at -= 1
            continue
        if before in FUNCTION_WORDS or not before[:1].isalpha():
            break
        if lexicon.is_gerund(before) and _word(words, at - 2) in _SLOT:
            break  # "about keeping milk ...": the verb of the phrase
        if not (_nounish(before) or "adj" in lexicon.classes(before)):
            break
        at -= 1
    return at


def _in_slot(words: list[str], head: int) -> tuple[int, bool]:
    """The start of the noun phrase ending at `head`, and whether a preposition opens it, or
    a comma after a noun phrase a preposition opens ("about kiln firings, glaze shelf ...")."""
    start = _phrase_start(words, head)
    before = _word(words, start - 1)
    if before == "," and start >= 2 and _nounish(words[start - 2]):
        return start, _in_slot(words, start - 2)[1]
    # "six years in games audio": after a count, "in" names a field, which may end on a word
    # the tables know only as an adjective
    field = _count(_word(words, start - 3)) and _nounish(_word(words, start - 2))
    return start, before in _SLOT and not field


def _bare(words: list[str], start: int, head: int) -> bool:
    return not any(w in DETERMINERS for w in words[start : head + 1])


def _how_often(word: str) -> bool:
    """An adverb of how often made from a unit of time: "quarterly", "monthly", "nightly"."""
    stem = word[:-3] + "y" if word.endswith("ily") else word[:-2]
    return word.endswith("ly") and "adv" in lexicon.classes(word) and lexicon.is_noun(stem)


def _describes(word: str, bare: bool) -> bool:
    """A word that says what a thing is like and needs a verb to say it of a noun before it:
    an adjective with no noun reading (not "-able", which may follow its noun: "the parts
    available"; not a preposition's word, "under", "off"), or an adverb of how often."""
    if word in FUNCTION_WORDS or word.endswith("ing") or not word.isalpha():
        return False
    if word.endswith(("able", "ible")) or lexicon.is_participle(word):
        return _how_often(word)
    found = set(lexicon.classes(word))
    # only an adjective ("open", "away", "straight" have a verb or adverb reading too); after
    # a bare noun phrase, one that is also a verb ("sheets damp" has a noun reading, no doubt;
    # an adverb may be a phrasal verb's: "ask for syllabi and slides ahead")
    adjective = found == {"adj"} or (bare and "adj" in found and found <= {"adj", "verb"})
    return adjective or _how_often(word)


def _predicate(words: list[str], at: int, bare: bool) -> int:
    """The last index of what would need a verb, read from `at` after a noun, or -1: a word
    that `_describes`, or (after a `bare` noun phrase) a participle and an adjective, or a
    degree word and an adjective."""
    word, after = _word(words, at), _word(words, at + 1)
    if (lexicon.is_participle(word) and bare) or word in _DEGREE:
        if "adj" in lexicon.classes(after) and after not in FUNCTION_WORDS:
            return at + 1 if not _nounish(_word(words, at + 2)) else -1
        return -1
    return at if _describes(word, bare) else -1


def _no_verb(words: list[str], cased: list[str], pairs: set[tuple[str, str]]) -> str:
    for head in range(1, len(words) - 1):
        if not _nounish(words[head]) or words[head] in _WEEK_TIMES:
            continue
        if lexicon.is_participle(words[head]) or lexicon.is_past(words[head]):
            continue  # "a slide left open": the participle is the phrase's verb
        start, slot = _in_slot(words, head)
        # a name ("Cardiff Met", "Shannon Mutual"), or a measure ("two years later")
        named = any(not w.islower() for w in cased[start : head + 2] if w.isalpha())
        named = named and _word(words, head + 1).removesuffix("s") not in _WEEK_TIMES
        measure = any(w in NUMBER_WORDS or w[:1].isdigit() for w in words[start:head])
        if not slot or named or measure:
            continue
        bare = _bare(words, start, head)
        # "staff working late": an adverb said of an -ing form is its verb's
        last = _predicate(words, head + 1, bare and not lexicon.is_gerund(words[head]))
        if last > 0 and _kept(words, head, last, pairs):
            # a clause's end, or a verb after the phrase; a preposition after a bare phrase
            # ("milk steaming inconsistent at the outlet", not "graders new to the building")
            end = _word(words, last + 1)
            if (
                end in _ENDS
                or (end in FUNCTION_WORDS and end not in PREPOSITIONS)
                or (end in PREPOSITIONS and bare)
            ):
                return f"a note's words with no verb ('{' '.join(words[start : last + 1])}')"
        after = _word(words, head + 1)
        closes = _word(words, head + 2) in _ENDS
        said = " ".join(words[start : head + 2])
        # "about ute and tools supplied": a participle closing a bare noun phrase
        participle = lexicon.is_participle(after) and not lexicon.is_noun(after)
        kept = _kept(words, head, head + 1, pairs)
        if participle and closes and kept and _bare(words, start, head):
            return f"a note's words with no verb ('{said}')"
        # "about the tunnel washer downtime mondays": a time of the week with no "on"
        time = after.removesuffix("s")
        joined = _word(words, head - 1) in ("and", "or")  # "and take nights": a second verb
        if time in _WEEK_TIMES and after.endswith("s") and closes and kept and not joined:
            return f"a time typed with no preposition ('{said}')"
    return ""


def _one_letter(words: list[str], cased: list[str], pairs: set[tuple[str, str]]) -> str:
    """A one-letter word typed in lower case (no initial: "v." has its stop), or a short form
    with a slash ("b/c", "w/o")."""
    for at, word in enumerate(words):
        one = len(word) == 1 and word.isalpha() and word not in "ai"
        # "40 km/h", "11 m/s" (round 58, h1532): units of speed, no note's short form
        short = one or (
            re.fullmatch(r"[a-z]{1,2}/[a-z]{0,2}", word) and word not in ("km/h", "m/s")
        )
        if not short or cased[at] != word or _word(words, at + 1) == ".":
            continue
        if _kept(words, at - 1, at, pairs) or _kept(words, at, at + 1, pairs):
            if word in ("x", "m", "g", "l") and _word(words, at - 1)[:1].isdigit():
                continue  # "3 x 4"; "10 m", "40 g": a figure's unit
            return f"a note's short form kept ('{word}')"
    return ""


def _side_by_side(words: list[str], cased: list[str], pairs: set[tuple[str, str]]) -> str:
    """Two noun phrases side by side with no word to join them: opened by the same word
    ("same recipe same standard"), or each a count ("14 boats 4 hrs")."""
    for at in range(len(words) - 3):
        opener = words[at]
        # a thing counted in lower case: "FDA 483" is a name with its number
        thing = _nounish(words[at + 1]) and cased[at + 1].islower()
        counted = _count(opener) and thing and _count(words[at + 2])
        # "3 times": how often, which may follow a count ("ran 5 km 3 times a week")
        second = _word(words, at + 3)
        if counted and _nounish(second) and second != "times" and _kept(words, at, at + 3, pairs):
            return f"two noun phrases side by side ('{' '.join(words[at : at + 4])}')"
        # "per station per season" is a rate (round 55, h1476), never two notes
        if opener in PREPOSITIONS or opener in ("a", "an", "the", "per") or not opener.isalpha():
            continue
        for gap in (2, 3):
            again = at + gap
            if _word(words, again) != opener or not _nounish(_word(words, again - 1)):
                continue
            if _nounish(_word(words, again + 1)) and _kept(words, at, again + 1, pairs):
                return f"two noun phrases side by side ('{' '.join(words[at : again + 2])}')"
    return ""


def _count(word: str) -> bool:
    return bool(re.fullmatch(r"\d+(?:\.\d+)?", word)) or word in NUMBER_WORDS


def _stacked(words: list[str], pairs: set[tuple[str, str]]) -> str:
    for at, (first, second) in enumerate(itertools.pairwise(words)):
        stack = first in _ADDING and second in _LIMITING and first != second
        if stack and _kept(words, at, at + 1, pairs):
            return f"particles stacked ('{first} {second}')"
    return ""


def _unjoined_list(words: list[str], pairs: set[tuple[str, str]]) -> str:
    """Three or more parts joined by the note's commas, no "and" before the last: each part
    opens as a thing or a quality does (no preposition, participle or small word first, which
    would make it an aside: "a roadmap, agreed with compliance, in my first 90 days")."""
    commas = [at for at, w in enumerate(words) if w == ","]
    for first, second in itertools.pairwise(commas):
        middle = words[first + 1 : second]
        rest = words[second + 1 :]
        tail = list(itertools.takewhile(lambda w: w not in _ENDS, rest))
        if not middle or not tail or _ENDS & set(middle):
            continue
        if not _kept(words, first - 1, second + 1, pairs):
            continue
        if any(_aside(part[0]) or "and" in part or "or" in part for part in (middle, tail)):
            continue
        after = second + 1 + len(tail)
        if words[after : after + 2] in ([",", "and"], [",", "or"]):
            continue  # "quarantine the flasks, inform ..., decontaminate it, and test ...": joined
        return f"a list with no 'and' ('{' '.join(middle)}, {' '.join(tail)}')"
    return ""


def _aside(word: str) -> bool:
    """Whether a part after a comma opens as an aside, not as a thing listed."""
    verbal = lexicon.is_participle(word) or lexicon.is_gerund(word)  # "including those who"
    return word in FUNCTION_WORDS or verbal or not word[:1].isalnum()


def _verb_as_noun(words: list[str], cased: list[str], pairs: set[tuple[str, str]]) -> str:
    """A word that is only a verb, typed in lower case where a noun goes: a product's name
    after a verb ("discuss concur expense reports") or a preposition ("in resolve")."""
    for at in range(1, len(words) - 1):
        word, before, after = words[at], words[at - 1], words[at + 1]
        found = lexicon.classes(word)
        if set(found) != {"verb"} or not lexicon.is_base_verb(word) or cased[at] != word:
            continue
        noun = lexicon.is_noun(after) and after not in FUNCTION_WORDS
        verb = (
            lexicon.is_base_verb(before)
            and before not in _BARE_TAKERS | MODALS | FUNCTION_WORDS
            and not lexicon.is_noun(before)
        )
        # "to" opens a verb ("to resolve it"); any other preposition a noun
        slot = before in _SLOT and after in _ENDS  # "about temp labor": a noun the tables lack
        kept = (word, after) in pairs or (after in _ENDS and (before, word) in pairs)
        if ((verb and noun) or slot) and kept:
            return f"a verb typed where a name goes ('{before} {word}')"
    return ""


def _verbless_whole(words: list[str], cased: list[str], pairs: set[tuple[str, str]]) -> str:
    """The whole sentence is the note's words as typed, with no verb: "Tighter DO control and
    consistent batch to batch." (a line said as a sentence without being read)."""
    said = [w for w in words if w not in _ENDS]
    if len(said) < 3 or not _kept(said, 0, len(said) - 1, pairs):
        return ""
    for word, typed in zip(words, cased, strict=True):
        if not typed.islower() or word in _ENDS:
            continue  # "DO": a name's letters, not the verb
        if word in BE | AUXILIARIES | MODALS or word in _PERSONS:
            return ""
        if (lexicon.is_past(word) or lexicon.is_third_person(word)) and not lexicon.is_noun(word):
            return ""
    return f"a note's words said whole with no verb ('{' '.join(said)}')"


def kept_shape(sentence: str, line: str) -> str:
    """Why `sentence` keeps a run of the notes `line` in a shape careful prose never has, or
    ""."""
    cased = _tokens(sentence)
    words = [t.lower() for t in cased]
    pairs = _pairs(line)
    return (
        _one_letter(words, cased, pairs)
        or _stacked(words, pairs)
        or _no_verb(words, cased, pairs)
        or _side_by_side(words, cased, pairs)
        or _unjoined_list(words, pairs)
        or _verb_as_noun(words, cased, pairs)
        or _verbless_whole(words, cased, pairs)
    )
