"""Personal notes typed whole or typed short, read by shape before (or after) their kind.

- A note typed as the letter's own sentence, a wish or thanks addressed to them ("I hope Pip is
  settling in well", "Good luck with the ice fishing this weekend", "Thanks for the book tip,
  I've ordered it"), is used as typed: shorthand said in full, then the steps `verbatim` owns
  for every line typed as a sentence (contractions spelled out, a comma splice mended, a
  capital and a full stop, the sentence gate); thanks read by `verbatim.as_typed` are said
  in its words ("Thank you for ..."); one that speaks of them in the third person ("I hope she
  ...") or carries chat ("lol", "?", "!!") is not used. Thanks for an offer keeps the offer's
  wordings (rapportacts).
- A note with no subject that starts with what they did or do ("just got a rescue greyhound
  called Biscuit", "loves wild swimming") is read with them as its subject.
- "we both grew up in Leeds": what both share, said as typed (lower-case first, no aside after
  "she ..."/"but", "our" before a bare degree: "we both did our PGCE at ...").
- "from Kerala like me", "grew up in Hull too": where both come from, "we are both from Kerala".
- A year typed bare after a shared deed takes "in": "we both ran the Snowdonia marathon 2023"
  -> "we both ran the Snowdonia marathon in 2023".
- A name typed in lower case whose capitals are not sure ("the south downs way", "the welsh
  national rally champs", "royal welsh winter fair") makes the line LEFT OUT: a word that is
  always written with a capital (a demonym or language, a word the lexicon knows only as a
  name) or a compass word, then lower-case words ending in a word that ends a name (way, fair,
  championship, ...). Said in lower case or half capitalised, the line would be a broken one.
"""

from __future__ import annotations

import datetime as dt

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.credentials import degree
from composer.offline.heard import as_of_sending
from composer.offline.rapportacts import offered
from composer.offline.rapportpatterns import PETS, RELATIVES
from composer.offline.rapportshapes import site_article
from composer.offline.shorthand import expand
from composer.offline.typedwhole import CHAT, answer_said
from composer.offline.verbatim import as_typed, closed, mended, spelled_out
from composer.offline.words import CAPITALISED, PLACE_HEADS

# The openings of a wish or thanks said to them: the note is already the letter's sentence.
_TYPED = re.compile(
    r"^(?:(?:i\s+)?hope\s+(?:you|your|the|[A-Z])|good\s+luck\s+(?:with|at|in|on|for|to)"
    r"|best\s+of\s+luck\s+(?:with|at|in|on|for|to)|enjoy\s|thanks\s+(?:again\s+)?for"
    r"|thank\s+you\s+(?:again\s+)?for|congratulations\s+on|congrats\s+on)",
    re.IGNORECASE,
)
_OPENERS = (
    (re.compile(r"(?i)^hope\b"), "I hope"),
    (re.compile(r"(?i)^i hope\b"), "I hope"),
    (re.compile(r"(?i)^congrats\b"), "Congratulations"),
)
# Them in the third person: a typed sentence must speak to them, not about them.
_THIRD = re.compile(r"(?i)\b(?:he|she|him|his|her|hers|they|them|their|he's|she's)\b")


def typed_line(note: str) -> tuple[str | None, str]:
    """The note as the letter's sentence when it was typed as one; ("", "") when it was not
    typed as a wish or thanks; (None, why) when it was but cannot be used as typed."""
    text = " ".join(note.split()).replace("’", "'")
    if not _TYPED.match(text) or offered(text):  # an offer is thanked for in the offer's words
        return "", ""
    if CHAT.search(text):
        return None, "it was typed as a sentence, with chat a letter leaves out"
    if _THIRD.search(text) and not re.search(r"(?i)\byour\b", text):  # "your son ... his"
        return None, "it was typed as a sentence about them; a letter speaks to them"
    text = expand(text.rstrip(" .!;,"))
    for pattern, said in _OPENERS:
        text = pattern.sub(said, text, count=1)
    text, why = closed(spelled_out(mended(text)))
    return (None, f"it was typed as a sentence, but {why}") if why else (text, "")


_TODAY = re.compile(r"(?i)\b(?:today|tonight)\b")


def on_the_day(note: str, days: tuple[dt.date, dt.date] | None) -> str:
    """A sentence typed whole with the weekday the letter goes out said as "today" ("goes well
    on Thursday" -> "goes well today", `days` the interview and the sending); else as typed."""
    said = as_of_sending(note, *days) if days is not None else None
    return said if said and _TODAY.search(said) and not _TODAY.search(note) else note


def read_first(
    note: str, days: tuple[dt.date, dt.date] | None = None
) -> tuple[str | None, str | None] | None:
    """The line and why it is left out, for a note read before its kind: one typed as the
    letter's sentence, or one naming something in lower case with unsure capitals; else None.
    `days`: as for `on_the_day`."""
    text, why = typed_line(note)
    note, text = on_the_day(note, days), text and on_the_day(text, days)
    if text != "":  # thanks typed as a sentence: `as_typed` also mends a comma splice
        return (text and as_typed(note, thanks=True)) or text, why or None
    if lower_case_name(note):
        return None, "it names something in lower case whose capitals are not sure"
    return None


# What both share, typed as a sentence: said in the rapport's frame, never bare.
_WE_BOTH = re.compile(r"(?i)^\s*(?:we\s+(?:are\s+|were\s+)?both|both\s+of\s+us)\b")
# The verbs a wish said as a request to them opens with ("Give Bran a pat from me.").
_WISH_REQUESTS = frozenset(("Give", "Say", "Send", "Pass", "Have", "Enjoy"))


def answered_line(note: str, days: tuple[dt.date, dt.date] | None = None) -> str | None:
    """A personal line the candidate typed at `compose --ask` as a whole sentence to them ("It
    was nice to meet Mochi, even briefly."), as the letter's sentence (`typedwhole.answer_said`),
    when it says nothing of them in the third person; else None (the note is read as any other).
    A wish said as a request to them ("Give Bran a pat from me.") is one too: it must read as a
    sentence with its "you" said. A pronoun after "your" is someone of theirs ("Good luck to your
    daughter with her matric results."), not them. What both share ("We both grew up in ...")
    is said in the rapport's own frame ("I enjoyed discovering that we both ..."), not bare.
    `days` (the interview, the day the letter goes out): a weekday typed that is the day the
    letter goes out is said as "today" ("goes well on Thursday" -> "goes well today")."""
    note = on_the_day(note, days)
    if _THIRD.search(note) and not re.search(r"(?i)\byour\b", note):
        return None
    if _WE_BOTH.match(note):
        return None
    said = answer_said(note)
    first, _, rest = " ".join(note.split()).partition(" ")
    if said is None and rest and first in _WISH_REQUESTS:
        with_you = answer_said(f"You {first.lower()} {rest}")
        return f"{first}{with_you[4 + len(first) :]}" if with_you else None
    return said


def own_sentence(note: str) -> str | None:
    """The note as the letter's sentence when it is one of the candidate's own or thanks
    (`verbatim.as_typed`), else None: the reading left when no other reads it."""
    return as_typed(note, thanks=True)


# A note with no subject: its first word (after "just", "also", ...) is what they did or do.
_LEAD = re.compile(r"(?i)^(?:(?:just|recently|also|now|still|really)\s+)*(?P<verb>[a-z]+)\b")
_NEW = re.compile(r"(?i)^new\s+(?P<what>[a-z]+)\b")
_NEW_PET = re.compile(
    rf"(?i)^new\s+(?:[a-z-]+\s+){{0,2}}?(?:{PETS})(?:\s+(?:called|named)\s+(?-i:[A-Z])[\w'-]*)?$"
)


def with_subject(note: str) -> str | None:
    """ "just got a rescue greyhound called Biscuit" -> "she just got a rescue greyhound ...";
    "new puppy at home" -> "she has a new puppy at home"; None when the note has a subject or
    its first word is no verb of theirs (the lexicon's past tense or third person)."""
    text = " ".join(note.split())
    kin = _KIN_FIRST.match(text)
    if kin:  # "sister's getting married in goa", "son starting school in jan": theirs
        return f"her {kin['rel']} is {text[kin.end() :]}"
    new = _NEW.match(text)
    if new and (lexicon.classes(new["what"]) or _NEW_PET.match(text)):  # "new corgi puppy"
        return f"she has a {text}"
    lead = _LEAD.match(text)
    if not lead:
        return None
    verb = lead["verb"].lower()
    if verb in ("i", "we", "my", "our", "me", "us", "he", "she", "they", "his", "her", "both"):
        return None
    if lexicon.is_past(verb) or (lexicon.is_third_person(verb) and not _plural_noun(verb)):
        return f"she {text}"
    return None


# A relative typed first with what they are doing: "sister's getting married", "son starting".
_KIN_FIRST = re.compile(rf"(?i)^(?P<rel>{RELATIVES})(?:['’]s|\s+is)?\s+(?=[a-z]+ing\s)")


def _plural_noun(word: str) -> bool:
    """ "kids", "plans": a word the lexicon knows as a noun too is not read as a verb."""
    return "noun" in lexicon.classes(word)


_SHARED = re.compile(r"^(?:we|both of us)\b", re.IGNORECASE)
# "we talked about the game": what was said in the interview, nothing the two of them share.
_TALKED = re.compile(r"(?i)^we\s+(?:both\s+)?(?:talked|chatted|discussed|spoke|joked|argued)\b")


def shared(note: str) -> str | None:
    """ "we both grew up in Leeds" said as it is, lower-case first, no final stop."""
    text = " ".join(note.strip().rstrip(".!;").split())
    if not _SHARED.match(text) or re.search(r"[\"“”?!()\[\]{}<>]", text) or _TALKED.match(text):
        return None
    # "we were both postdocs at the IHR, she was there in 2015": the shared part only
    # (and "... . I think he graduated ...": a guess after it, round 52)
    text = re.split(
        r",\s+(?:he|she|they|but|though)\b|(?<=[A-Za-z]{4})\.\s+(?=I\s+(?:think|believe)\b)"
        r"|;\s+(?=I\s+(?:think|believe)\b)",  # "...; I think she finished ..." (round 53)
        text,
        maxsplit=1,
    )[0]
    did = _DID.match(text)
    if did and degree(did["what"]) is not None:  # "we both did PGCE at ...": our PGCE
        text = f"{text[: did.start('what')]}our {text[did.start('what') :]}"
    return site_article(text[0].lower() + text[1:])  # "at the Direct Line contact centre"


# "we both did PGCE at Cardiff Met": a degree or certificate typed bare after what was done.
_DID = re.compile(
    r"^(?:we\s+(?:both\s+)?|both\s+of\s+us\s+)(?:did|completed|took|studied\s+for|trained\s+for)"
    r"\s+(?P<what>[A-Z][\w.]*)(?=\s+(?:at|in|from|with)\b|,|$)"
)


# "from Kerala like me", "she's from Kerala too", "grew up in Hull like me": where both are from.
_FROM = re.compile(
    r"(?i)^(?:(?:s?he|they|(?-i:[A-Z][a-z'-]+))(?:'s|\s+is|\s+are|\s+was|\s+were)?\s+)?"
    r"(?:also\s+)?(?P<verb>from|grew\s+up\s+in)\s+(?P<where>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)*)"
    r",?\s+(?:too|as\s+well|like\s+me|(?:the\s+)?same\s+as\s+me|just\s+like\s+me)$"
)


# "he is also an alumnus of ...": "also" says as the candidate is; "graduate", "alumna" alike.
_ALUMNUS = re.compile(
    r"^(?:s?he|they|[A-Z][a-z'-]+)(?:'s|\s+is|\s+was)\s+also\s+an?\s+"
    r"(?P<what>(?i:alumnus|alumna|graduate|grad))\s+of\s+(?P<where>(?:the\s+)?[A-Z].*)$"
)
_ALUMNI = {"alumnus": "alumni", "alumna": "alumni", "graduate": "graduates", "grad": "graduates"}


def both_from(note: str) -> str | None:
    """ "from Kerala like me" -> "we are both from Kerala"; "grew up in Hull too" -> "we both
    grew up in Hull"; "he is also an alumnus of X" -> "we are both alumni of X"; None for any
    other note."""
    text = " ".join(note.split()).rstrip(" .!")
    alumni = _ALUMNUS.match(text)
    if alumni:  # "he is also an alumnus of the College of Engineering, Pune"
        return f"we are both {_ALUMNI[alumni['what'].lower()]} of {alumni['where']}"
    found = _FROM.match(text)
    if not found:
        return None
    if found["verb"].lower() == "from":
        return f"we are both from {found['where']}"
    return f"we both grew up in {found['where']}"


_YEAR = re.compile(r"(?<=[A-Za-z])\s+(?P<year>(?:19|20)\d\d)$")


def year_in(clause: str) -> str:
    """A shared deed's bare year takes "in": "... the Snowdonia marathon 2023" -> "... in
    2023"; a year after a preposition or a number stays as it is."""
    found = _YEAR.search(clause)
    if not found:
        return clause
    before = clause[: found.start()].split()[-1].lower()
    if before in ("in", "since", "from", "of", "until", "till", "to", "by", "and", "class"):
        return clause
    if before in ("about", "around", "circa"):  # "Moruya depot ~2015": around 2015
        return f"{clause[: found.start() - len(before) - 1]} around {found['year']}"
    return f"{clause[: found.start()]} in {found['year']}"


# Words that end a name: an event's, a trail's, a prize's.
def _set(text: str) -> frozenset[str]:
    return frozenset(text.split())


_NAME_ENDS = _set(
    "way path trail fair show biennale festival championship championships champs marathon "
    "games cup open trophy awards gala race rally regatta exhibition expo prize sportive"
)
_COMPASS = _set("north south east west royal national")
_RUN = re.compile(r"\b[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*)+\b")


def lower_case_name(note: str) -> bool:
    """True when the note names something in lower case whose capitals are not sure: a word
    always written with a capital, or a compass word, then lower-case words ending in a word
    that ends a name ("the south downs way", "welsh national rally champs")."""
    for run in _RUN.finditer(" ".join(note.split())):
        words = run[0].split()
        for start, word in enumerate(words[:-1]):
            if not _always_capital(word) and word not in _COMPASS:
                continue
            tail = words[start + 1 : start + 5]
            end = next((i for i, w in enumerate(tail) if w in _NAME_ENDS), None)
            if end is None or (word in _COMPASS and end < 1):
                continue
            # "severn valley rly winter gala": a name and a place's head are a sure name, then
            # what is on there; a compass word is no name ("south west coast path")
            if word in _COMPASS or not any(w in PLACE_HEADS for w in tail[:end]):
                return True
    return False


def _always_capital(word: str) -> bool:
    if word in CAPITALISED:
        return True
    return not lexicon.classes(word) and bool(lexicon.classes(word.capitalize()))
