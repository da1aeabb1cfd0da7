"""Names of places, events and books a personal note types in lower case, read by the words
around them, in the line said from the note ("we both worked at manning park", "your trip to
cisco live in Vegas").

- An event's or a place's head word ("park", "live", "summit", "descent", "marathon") right
  after a preposition with no article is the end of a name: English says "at the park", "to a
  conference", so "at manning park" and "to cisco live" name a place and an event ("at Manning
  Park", "to Cisco Live").
- After "the", a run that ends in such a head word and holds a name already (a capital: "the
  Irish marine science summit") or a word no table knows ("the liffey descent") is a name: each
  word takes its capital ("the Irish Marine Science Summit", "the Liffey Descent"). A run of
  common words ("the annual summit") or with an acronym ("the ACMG conference") is left as typed.
- A word no table knows before "fan" or "supporter" is a team's or an artist's name ("a fellow
  everton fan" -> "a fellow Everton fan").
- A street typed short after its name ("parnell st") is a street ("Parnell Street").
- A recommendation of "the" and one word in lower case that is no kind of thing people
  recommend ("rec'd the bear") is a title whose capitals are not sure: `unsure` says so.
- In a recommendation, two words after "by" are an author ("by paul kindstedt"), and the words
  between "recommending" and "by" are the work's title ("Cheese and Culture by Paul Kindstedt").
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.dictionary import in_dictionary
from composer.offline.foreignnames import name_words
from composer.offline.rapportshort import unsure_names
from composer.offline.words import FUNCTION_WORDS, MONTH_NAMES, PLACE_HEADS, PLACE_WORDS

__all__ = ["named", "unsure"]

# The words a name of a place or an event ends in.
_HEADS = (
    r"park|live|summit|conference|convention|congress|expo|festival|fest|forum|descent"
    r"|marathon|triathlon|sportive|regatta|classic|games|awards|fair|show|cup|meetup|trail|way"
)
_BARE = re.compile(
    rf"\b(?P<prep>at|to|from|near|in|for) (?P<run>(?:[a-z][a-z'-]+ ){{1,3}}(?:{_HEADS}))\b"
)
# After "the", an event's head that would be a common word after a preposition ("to run").
_THE = re.compile(
    rf"\b(?P<the>[Tt]he) (?P<run>(?:[A-Za-z][\w'&-]* ){{1,4}}(?i:{_HEADS}|tour|run|dash))\b"
    r"(?! of\b)"
)
# A word no table knows before "fan" or "supporter" is what they follow ("everton fan").
_FAN = re.compile(r"\b([a-z]{3,})(?= (?:fans?|supporters?)\b)")
_STREETS = {"st": "Street", "rd": "Road", "ave": "Avenue", "sq": "Square"}
_STREET = re.compile(r"\b(?P<name>[a-z]{3,}) (?P<kind>st|rd|ave|sq)\b(?!\.\w)")
_AUTHOR = re.compile(
    r"\b(?P<verb>recommending|recommendation of) (?P<title>[a-z][\w' ]*?) by "
    r"(?P<first>[A-Za-z][a-z]+) (?P<last>[A-Za-z][a-z]+)(?=[;,.:]|$)"
)
# Words a title keeps in lower case inside it.
_MINOR = frozenset(["a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with"])


# What people recommend by its kind ("the bakery", "the museum"): a recommendation of "the" and one
# other word in lower case, no kind of these, is a title typed in lower case ("rec'd the bear"):
# its capitals are not sure, and the line is left out.
_KINDS = frozenset(
    ["book", "novel", "podcast", "show", "series", "film", "movie", "documentary", "album",
     "course", "app", "tool", "newsletter", "blog", "restaurant", "cafe", "café", "bakery",
     "bar", "pub", "deli", "shop", "market", "museum", "gallery", "exhibition", "exhibit",
     "walk", "trail", "hike", "route", "beach", "park", "garden", "festival", "place", "hotel",
     "spa", "gym", "class", "workshop", "talk", "lecture", "article", "paper", "guide",
     "website", "channel", "game", "recipe", "dish", "brewery", "winery"]
)  # fmt: skip
_BARE_TITLE = re.compile(r"\brecommending the (?P<word>[a-z]+)(?=[;:,.])")


def unsure(note: str, line: str) -> bool:
    """Whether the line names something the note typed in lower case whose capitals are not sure:
    two unknown words side by side ("philippe dufour"), or a title ("the bear")."""
    bare = _BARE_TITLE.search(line)
    return bool(unsure_names(note, named(line, note))) or bool(bare and bare["word"] not in _KINDS)


def named(line: str, note: str | None = None) -> str:
    """The line with the names it types in lower case given their capitals, where the words
    around them make the name sure (see the module's note). A run after "the" is renamed only
    when the `note` typed a word of it in lower case: "the Estates Gazette awards" is as typed."""
    typed = set(re.findall(r"\b[a-z][\w'-]*", note if note is not None else line))
    line = _BARE.sub(_bare, line)
    line = _THE.sub(lambda found: _after_the(found, typed), line)
    line = _STREET.sub(_street, line)
    line = _FAN.sub(lambda found: found[0].capitalize() if _unknown(found[1]) else found[0], line)
    return _AUTHOR.sub(_author, line)


def _bare(found: re.Match[str]) -> str:
    words = found["run"].split(" ")
    if any(_plain(w) for w in words[:-1]):
        return found[0]  # "to the annual fair", "in my old park", "for next summit"
    return f"{found['prep']} {_title(words)}"


def _plain(word: str) -> bool:
    """A word no name begins with after a preposition: a function word, a month, a number
    word or a word English says bare after one ("at home")."""
    return word in FUNCTION_WORDS or word in MONTH_NAMES or word in _BARE_WORDS


_BARE_WORDS = frozenset(["home", "work", "school", "uni", "college", "sea", "church", "night"])


def _after_the(found: re.Match[str], typed: set[str]) -> str:
    words = found["run"].split(" ")
    if any(c.isupper() for w in words for c in w[1:]) or any(w in FUNCTION_WORDS for w in words):
        return found[0]  # "the ACMG conference", "the NACo conference", "the end of the summit"
    lowered = [w for w in words[:-1] if w.lower() in typed]  # typed in lower case in the note
    named = any(w[:1].isupper() or _unknown(w) for w in lowered) or _placed(words, typed)
    return f"{found['the']} {_title(words)}" if named else found[0]


def _placed(words: list[str], typed: set[str]) -> bool:
    """Whether an event's name typed in lower case opens with a place: a word the lexicon knows
    only with its capital ("the boston marathon"), or a place's word and its head ("the cape
    town cycle tour"); a common word ("the charity fun run") is none."""
    first = words[0]
    if first not in typed:
        return False
    if not lexicon.classes(first) and lexicon.classes(first.capitalize()):
        return True
    if len(words) > 2 and first in PLACE_WORDS and words[1] in PLACE_HEADS:
        return True
    # "the cape wrath trail", "the mount cook track": a place's noun its name follows
    classes = lexicon.classes(first)
    return len(words) > 2 and first in PLACE_WORDS and set(classes) == {"noun"}


def _unknown(word: str) -> bool:
    if "-" in word.strip("-"):  # "lighter-than-air": a compound of known words is known
        return all(_unknown(part) for part in word.split("-") if part)
    return word.islower() and not lexicon.known(word) and not in_dictionary(word)


def _street(found: re.Match[str]) -> str:
    if found["name"] in FUNCTION_WORDS:
        return found[0]
    return f"{found['name'].capitalize()} {_STREETS[found['kind']]}"


def _author(found: re.Match[str]) -> str:
    first, last = found["first"], found["last"]
    if first in FUNCTION_WORDS or last in FUNCTION_WORDS:
        return found[0]  # "the cafe by the station"
    if re.match(r"(?i)mc|mac(?![aeiou])|o'", last):
        return found[0]  # "mccann", "macdonald", "o'brien": capitals inside not sure
    title = found["title"].split(" ")
    # "the book by ...": what it is, not its title; "cheese and culture by ...": the title
    said = " ".join(title) if title[0] in ("the", "a", "an") else _title(title)
    author = f"{first.capitalize()} {last.capitalize()}"
    return f"{found['verb']} {said} by {author}"


def _title(words: list[str]) -> str:
    """Each word with its capital but the small words inside ("Cheese and Culture")."""
    said = [
        w if (w in _MINOR and i) or not w[:1].islower() else w[:1].upper() + w[1:]
        for i, w in enumerate(words)
    ]
    return " ".join(said)


def names_capitalised(text: str) -> str:
    """Names typed in lower case given their capitals where that is sure: a word the word
    tables know only with a capital ("loyola" -> "Loyola", "yorkshire"), or a word no table
    knows after "at", "in", "to" or "from" at the end of the note ("at rackspace")."""

    foreign = name_words(text)  # "the Rijksmuseum van Oudheden": "van" is the name's own

    def word(found: re.Match[str]) -> str:
        w = found.group(0)
        proper = not lexicon.classes(w) and lexicon.classes(w.capitalize()) and w not in foreign
        return w.capitalize() if proper else w

    text = re.sub(r"\b[a-z]{3,}\b", word, text)
    text = re.sub(r"\b([A-Z][a-z]+) state\b", r"\1 State", text)  # "Ohio State", "Penn State"
    end = re.search(r"\b(?:at|in|to|from|for)\s+(?P<w>[a-z]{4,})$", text)  # not "at uni"
    if end and not lexicon.known(end["w"]) and not lexicon.classes(end["w"]):
        text = text[: end.start("w")] + end["w"].capitalize()
    return text
