"""A note fragment spliced into a sentence of the letter, repaired as English before its
articles are put in (`notespeak.mended` calls `repaired` on every sentence):
- the small word a note leaves out before a named event ("after Limburg floods" -> "after the
  Limburg floods") and before the candidate's job before this one ("at previous job" -> "at my
  previous job");
- a note's question marks never carried into the letter's stop ("why I am moving ...?." ->
  "why I am moving ...."; a direct question keeps its one "?");
- a note-speak noun said as English: "fraud eye" -> "an eye for fraud" (in a note item too,
  `noted`, so no reader takes "detail eye + calm" for a verb and its object);
- a range of two small counts said in one style ("from 3 to nine" -> "from three to nine");
- "the" before a country whose name takes it ("from Czech Republic" -> "from the Czech
  Republic"), and the owner before a bare "own" where the clause's subject says who it is
  ("the parents ... talk to somebody in own language" -> "in their own language"); "the"
  before a named force ("with Polish Armed Forces" -> "with the Polish Armed Forces");
- a result typed after the deed with nothing to join it ("... in Newmarket no lost-time
  injuries" -> "..., with no lost-time injuries"), and what it saved ("myself saved about
  9,000" -> "myself, which saved about 9,000");
- a note's bracketed aside at a sentence's end that says a thing and what it is for ("NCO
  (kitchen for about 800)") dropped, never pasted: no frame reads it.

Each is read by closed sets of words and the shape around them; any other phrase is left as it
was typed.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.words import DETERMINERS, FUNCTION_WORDS, SMALL_NUMBERS, word_set

__all__ = ["noted", "repaired"]


# An event named by where it struck: "the Limburg floods", "the COVID lockdown".
_EVENTS = (
    "floods?|fires?|bushfires?|wildfires?|storms?|riots?|strikes?|elections?|earthquakes?"
    "|quakes?|outbreaks?|protests?|lockdowns?|blackouts?|eruptions?|cyclones?|hurricanes?"
    "|typhoons?|droughts?|tsunamis?|pandemic|recalls?|heatwaves?|landslides?"
)
_NAMED_EVENT = re.compile(
    r"(?<![\w'’-])(?P<prep>[Aa]fter|[Dd]uring|[Bb]efore|since|through|throughout|following|in"
    r"|from|of|for|by) (?P<name>(?:[A-Z][\w’'-]*)(?: [A-Z][\w’'-]*){0,2}) (?P<event>"
    + _EVENTS
    + r")(?![\w’'-])(?! (?!and\b|or\b|in\b|of\b|on\b|at\b|with\b|when\b|where\b)[a-z])"
)
# The candidate's job before this one, typed bare: "at prev job", "in former role".
_BEFORE_JOB = re.compile(
    r"(?<![\w'’-])(?P<prep>at|in|from|with|for|during|of|on|to) (?P<when>previous|former|last|old)"
    r" (?P<job>job|role|employer|company|firm|post|position|workplace|placement)(?![\w’'-])"
)
# Note question marks before the stop or a comma: "laundry?.", "mess??,".
_MARKS = re.compile(r"\s*[?!]*\?[?!]*(?=[.,;:])")
_ASKING = word_set(
    "what why how when where who whom which whose do does did is are was were can could would"
    " will should shall may have has had"
)
# "fraud eye": an eye for the thing named, after a word that lists or offers it.
_EYE = re.compile(
    r"(?<![\w'’-])(?P<before>and|or|with|offer|bring|plus|also|,) (?P<noun>[a-z]+) eye"
    r"(?=\s*(?:[,.;:]|$|\s(?:and|or|without|for|when|on|in|to|that|which)\b))"
)
_NOT_EYE = word_set(
    "bird red black public private naked keen sharp good third evil whale fish cat dog pink bull"
    " horse shark snake lazy"
)  # "whale eye": a dog's sign of stress (h1372), never "an eye for whale"
_RANGE = re.compile(
    r"(?<![\w'’-])(?P<a>from|between) (?P<x>[1-9]|" + "|".join(SMALL_NUMBERS) + r") "
    r"(?P<b>to|and) (?P<y>[1-9]|" + "|".join(SMALL_NUMBERS) + r")(?![\w.,'’-]\d)"
)


def _event(found: re.Match[str]) -> str:
    """ "after Limburg floods" -> "after the Limburg floods": a name of a place or a thing that
    no article may come before ("after Hurricane Ida") is one with no event word after it."""
    name = found["name"]
    if name.split()[0].lower() in FUNCTION_WORDS or name.split()[0] in ("I", "My", "Our"):
        return found.group()
    return f"{found['prep']} the {name} {found['event']}"


def _marks(text: str) -> str:
    """A note's "?" before a stop or a comma dropped; a sentence that asks keeps one "?"."""
    words = text.split()
    asks = bool(words) and words[0].lower() in _ASKING
    if asks and re.search(r"[?!]*\?[?!]*\.$", text):
        text = re.sub(r"\s*[?!]*\?[?!]*\.$", "?", text)
    return _MARKS.sub("", text)


def _eye(found: re.Match[str], before: str | None = None) -> str:
    noun = found["noun"]
    if noun in _NOT_EYE or noun in FUNCTION_WORDS or not lexicon.is_noun(noun):
        return found.group()
    if "adj" in lexicon.classes(noun) or lexicon.is_plural_noun(noun):
        return found.group()
    return f"{found['before'] if before is None else before} an eye for {noun}"


# Countries whose names take "the", typed bare after a preposition.
_THE_COUNTRY = re.compile(
    r"(?<![\w'’-])(?P<prep>from|in|to|across|into|of|for|around|throughout|at) (?P<name>Czech "
    r"Republic|Netherlands|Philippines|United (?:Kingdom|States|Arab Emirates)|UK|US|USA|UAE"
    r"|Dominican Republic|Gambia|Bahamas|Maldives|Balkans|Baltics)(?![\w'’$-])"
    r"(?: (?P<next>[a-z]+))?"
)
_FORCE = re.compile(
    r"(?<![\w'’-])(?P<prep>with|in|of|from|for|into|joined) (?P<name>(?:[A-Z][\w'’-]+ ){0,3}"
    r"(?:Armed Forces|Army|Navy|Air Force|Marines|Marine Corps|Defen[cs]e Forces?|Coast Guard))"
    r"(?![\w'’-])"
)


def _the_force(found: re.Match[str]) -> str:
    """ "in the Navy" for "in Navy"; never inside a name ("the Republic of Singapore Navy")."""
    before = found.string[: found.start()].split()
    if found["prep"] == "of" and before and before[-1][:1].isupper():
        return found.group()
    return f"{found['prep']} the {found['name']}"


# A bracket at the end of a sentence: a noun, a preposition and what follows it.
_ASIDE = re.compile(
    r" \((?P<noun>[a-z][\w-]*)(?: [a-z][\w-]*)? (?:for|of|with|at|in|on) [^()]+\)(?=[.!?]?$)"
)
# A bare "own" after a preposition ("in own language"); after "to" it is a verb ("to own X").
_OWN = re.compile(r"(?<![\w'’-])(?P<prep>in|with|on|at|for|from|by|of|into) own (?=[a-z])")
_OWNERS = {"i": "my", "we": "our", "you": "your", "they": "their", "he": "his", "she": "her"}


def _country(found: re.Match[str]) -> str:
    """ "from Czech Republic" -> "from the Czech Republic"; "to US clients" (a name as a noun's
    modifier) as typed."""
    after = found["next"]
    if after and after not in FUNCTION_WORDS and lexicon.is_noun(after):
        return found.group()
    return f"{found['prep']} the {found.group()[len(found['prep']) + 1 :]}"


def _owner(clause: str) -> str | None:
    """Whose a bare "own" is, by the subject its clause opens with: a pronoun, or a plural
    noun after "the" ("the parents from ... can talk"); None when it cannot be told."""
    words = re.sub(r"^(?:and|but|so|so that|where|when|because) ", "", clause.strip()).split()
    if not words:
        return None
    first = words[0].lower()
    if first in _OWNERS:
        return _OWNERS[first]
    if first in ("the", "our", "your", "their") and len(words) > 2:
        noun = words[1].lower()
        if lexicon.is_plural_noun(noun) and words[2].lower() not in ("of",):
            return "their"
    return None


def _own(text: str) -> str:
    for found in reversed(list(_OWN.finditer(text))):
        clause = re.split(
            r"[,;:]\s|\.\s| and (?=(?:I|we|you|they|he|she|the) )", text[: found.start()]
        )[-1]
        owner = _owner(clause)
        if owner is not None:
            text = f"{text[: found.start()]}{found['prep']} {owner} own {text[found.end() :]}"
    return text


_EYE_TYPED = re.compile(
    r"(?:(?<=^)|(?<=[+,/;] )|(?<=\band )|(?<=\bor ))(?P<noun>[a-z]+) eye"
    r"(?= *(?:[+,/;]|$|\s(?:and|or|w/o|without|for|when|on|in)\b))"
)


def noted(text: str) -> str:
    """A note item with its note-speak nouns said as English: "detail eye + calm on phones" ->
    "an eye for detail + calm on phones"; a thing owned after a list's joiner with its article
    ("full licence + own forge van" -> "... + own a forge van": a verb then, as in "own tools")."""
    if " own " in text:
        text = _OWNED.sub(_owned, text)
    if " eye" not in text:
        return text
    return _EYE_TYPED.sub(lambda m: _eye(m, "").lstrip(), text)


# "+ own forge van", "& own tools": "own" after a list's joiner, what is owned to the item's end.
_OWNED = re.compile(r"(?<=[+&] own )(?P<what>[a-z][a-z-]*(?: [a-z][a-z-]*){0,2})(?=$|[,;)])")


def _owned(found: re.Match[str]) -> str:
    words = found["what"].split()
    last = words[-1]
    if words[0] in DETERMINERS or not lexicon.is_noun(last) or lexicon.is_plural_noun(last):
        return found["what"]  # "own tools": a plural needs no article
    return f"{lexicon.article(found['what'])} {found['what']}"


def _word(count: str) -> str:
    return SMALL_NUMBERS[int(count) - 1] if count.isdigit() else count


def _range(found: re.Match[str]) -> str:
    """ "from 3 to nine" -> "from three to nine": both counts in words when one is."""
    x, y = found["x"], found["y"]
    if x.isdigit() == y.isdigit():
        return found.group()
    return f"{found['a']} {_word(x)} {found['b']} {_word(y)}"


def repaired(text: str) -> str:
    """`text` with each repair of the module's docstring made; every other word as typed."""
    text = _NAMED_EVENT.sub(_event, text)
    text = _BEFORE_JOB.sub(lambda m: f"{m['prep']} my {m['when']} {m['job']}", text)
    text = _marks(text)
    text = _EYE.sub(_eye, text)
    text = _THE_COUNTRY.sub(_country, text)
    text = _FORCE.sub(_the_force, text)
    text = _ASIDE.sub(lambda m: m.group() if not lexicon.is_noun(m["noun"]) else "", text)
    text = _own(text) if " own " in text else text
    text = _WITH_NONE.sub(r"\g<before>, with \g<none>", text)
    text = _WHICH_SAVED.sub(r"\g<how>, which \g<result>", text)
    if " best " in text:  # "bring a best quality extra virgin": the best, never "a best"
        text = re.sub(r"\b(?:an?|the) best(?: |-)quality\b", "the best-quality", text)
        text = re.sub(r"\b(?:a|an) best\b", "the best", text)
    return _RANGE.sub(_range, text)


# What the deed saved typed after it with no subject: "rebuilt the compressor myself saved about
# 9,000" -> "myself, which saved about 9,000"
_WHICH_SAVED = re.compile(
    r"\b(?P<how>myself|ourselves|in-house|by hand|for free)"
    r" (?P<result>(?:saved|cut|halved|doubled|reduced|avoided|freed up)\b)"
)
# A result typed after the deed with no word to join it: "I ran a crew of three on the 14
# storey job in Newmarket no lost-time injuries." -> "..., with no lost-time injuries."
_WITH_NONE = re.compile(
    r"(?P<before>\b[a-z][a-z-]+|\b[A-Z][a-z]+)(?<!\bwith)(?<!\bhad)(?<!\bhave)(?<!\bhas)(?<!\bwere)"
    r"(?<!\bwas)(?<!\bare)(?<!\band)(?<!\bbut)(?<!\bthere)(?<!\bmeans)"
    r" (?P<none>no (?:[a-z-]+ )?(?:injuries|incidents|accidents|complaints|errors|defects|callbacks"
    r"|claims|failures|breaches|absences))(?=[.;]|$)"
)
