"""Personal notes' words as a note-taker types them, read before the note's kind.

- A note with no subject typed with a capital ("Recommended the book ...", "Grew up in
  Kalgoorlie, ...") starts with a verb of theirs: the verb is said in lower case.
- A pet's name typed in lower case after "called" or "named" is a name ("a rescue lurcher called
  pip" -> "called Pip").
- A name whose capitals are sure is given them: words always written with a capital (a city, a
  holiday) before the word that ends an event's name ("london marathon" -> "the London
  Marathon", "santa dash" -> "Santa Dash"), or the words after a word that leads a place's name
  ("at lac ste anne" -> "at Lac Ste Anne", "to mount snowdon"). A name whose capitals are not
  sure stays as typed (`rapportnotes.lower_case_name` leaves it out).
  A holiday's name is always a name ("the boxing day ride" -> "the Boxing Day ride").
- A weekday typed short with its day of the month ("sat 5th") is when the event is: said last
  ("... on Saturday"), the day of the month left out when it is the week after the interview,
  and the note left out when the weekday and the date disagree.
- "for our parent groups" after a recommendation is the team's: "for the parent groups".
- Lines of their own shape: a relative's sport at a named school or club ("her son plays soccer
  at UNC") is a wish for the season; a place of theirs where the candidate did something ("grew
  up in Kalgoorlie, where I did my first field season") is what both share; "going ice fishing
  at ..." is a pastime ahead of them.
"""

from __future__ import annotations

import datetime as dt

from composer import regexes as re
from composer.next_steps import next_step_date
from composer.offline import lexicon
from composer.offline.heard import DAY_NAMES, WEEKDAY_SHORT, dated_day, month_named
from composer.offline.rapportpatterns import PETS
from composer.offline.words import CAPITALISED, FUNCTION_WORDS

_FIRST = re.compile(r"^(?P<verb>[A-Z][a-z]+)(?P<next> +\S+)?")


def verb_first(note: str) -> str:
    """ "Recommended the book ..." -> "recommended the book ...": a note's first word typed with
    a capital is said in lower case when it is a verb of theirs (a past form always; an -ing or
    "-s" form only before a lower-case word: "Reading FC fan" is a name)."""
    found = _FIRST.match(note)
    if found is None:
        return note
    verb = found["verb"].lower()
    following = (found["next"] or " A").strip()
    past = lexicon.is_past(verb) and not lexicon.classes(found["verb"])
    present = lexicon.is_gerund(verb) or lexicon.is_third_person(verb)
    if past or (present and following[:1].islower()):
        return verb + note[found.end("verb") :]
    return note


def _set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# "a rescue lurcher called pip", "a collie called meg last wk": the pet's name, and when it
# came (the note-taker's, said nowhere).
_PET_NAME = re.compile(
    rf"(?i)\b(?P<pet>{PETS})\s+(?P<called>called|named)\s+(?P<name>[a-z][a-z'-]+)\b"
    r"(?:(?P<came>\s+(?:last\s+(?:wk|week|month|weekend|wknd)|recently|yesterday"
    r"|this\s+(?:week|wk|month)))(?P<end>\s*$))?"
)


def pet_named(note: str) -> str:
    """ "a rescue lurcher called pip" -> "... called Pip": a pet's name is a name; when it came
    ("called Meg last wk"), last in the note, is left out."""

    def named(found: re.Match[str]) -> str:
        return f"{found['pet']} {found['called']} {found['name'][0].upper()}{found['name'][1:]}"

    return _PET_NAME.sub(named, note)


# Last words of an event's name after a word always written with a capital ("london marathon").
_EVENT_ENDS = _set(
    "marathon dash dip swim run walk ride relay triathlon sportive parade show fair festival games"
)
_DETERMINERS = _set("the a an his her their my our your this that next last")
# Words that lead a place's name: "lac ste anne", "lake tahoe", "mount snowdon".
_PLACE_LEADS = _set("lac lake loch mount mt port fort cape isle glen")
_PLACE_BEFORE = _set("at in on to near from by")
# Words that end a place's name as typed: time, prepositions, conjunctions.
_STOPS = _set(
    "this next on in at for with to and or the a an over by from near after before wknd weekend"
    " today tonight tomorrow tmrw"
)


def _always_capital(word: str) -> bool:
    if word in CAPITALISED:
        return True
    return not lexicon.classes(word) and bool(lexicon.classes(word.capitalize()))


# Holidays, whose capitals are always sure: "the boxing day ride" -> "the Boxing Day ride".
_HOLIDAYS = {
    name.lower().replace("'", ""): name
    for name in (
        "Christmas Day", "Christmas Eve", "Boxing Day", "New Year's Day", "New Year's Eve",
        "Good Friday", "Easter Sunday", "Easter Monday", "Bonfire Night", "Burns Night",
        "Remembrance Sunday", "St Patrick's Day", "Labor Day", "Memorial Day",
        "Independence Day", "Mother's Day", "Father's Day", "Valentine's Day",
    )
}  # fmt: skip
_HOLIDAY = re.compile(
    r"\b(?:" + "|".join(n.lower().replace("'", "'?") for n in _HOLIDAYS.values()) + r")\b"
)


def sure_names(note: str) -> str:
    """The note with the names whose capitals are sure given them (see the module's note)."""
    note = _HOLIDAY.sub(lambda m: _HOLIDAYS[m[0].replace("'", "")], note)
    words = note.split(" ")
    out: list[str] = []
    i = 0
    while i < len(words):
        word = words[i]
        before = out[-1].lower() if out else ""
        j = i
        while j < len(words) and words[j].islower() and _always_capital(words[j]):
            j += 1
        if j > i and j < len(words) and words[j] in _EVENT_ENDS:
            if before in ("to", "of", "and", "&"):
                # "london to brighton walk": the places are names, the walk is theirs; "tour
                # of flanders sportive": whether "tour" is in the name is not sure, so as typed
                last = out[-2] if len(out) > 1 else ""
                if _always_capital(last) or last[:1].isupper():
                    out[-2] = last[:1].upper() + last[1:]
                    out += [w.capitalize() for w in words[i:j]]
                    i = j
                    continue
                out.append(word)
                i += 1
                continue
            name = [w.capitalize() for w in words[i : j + 1]]
            named = bool(out) and out[-1][:1].isupper()  # "the BMO vancouver marathon": one name
            the = [] if before in _DETERMINERS or not out or named else ["the"]
            out += [*the, *name]
            i = j + 1
            continue
        if word in _PLACE_LEADS and before in _PLACE_BEFORE:
            end = i + 1
            while end < len(words) and end - i <= 3 and re.fullmatch(r"[a-z][a-z'-]*", words[end]):
                if words[end] in _STOPS:
                    break
                end += 1
            if end > i + 1:
                out += [w.capitalize() for w in words[i:end]]
                i = end
                continue
        out.append(word)
        i += 1
    return " ".join(out)


_DAY_NTH = re.compile(
    rf"(?i)\s+(?:on\s+)?(?P<day>{WEEKDAY_SHORT}|{'|'.join(DAY_NAMES)})\.?\s+(?:the\s+)?"
    r"(?P<nth>[0-3]?\d(?:st|nd|rd|th))\b"
    r"(?:\s+(?:of\s+)?(?P<month>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b\.?)?"
)


def day_said_last(note: str, days: tuple[dt.date, dt.date] | None) -> str | None:
    """ "doing the santa dash sat 5th for the air ambulance" -> "doing the santa dash for the air
    ambulance on Saturday" (the 5th is that week's Saturday); "on the 25th" when it is later;
    None when the weekday and the date disagree."""
    found = _DAY_NTH.search(note)
    if found is None:
        return note
    short = found["day"].lower()[:2]
    index, name = next((n, d) for n, d in enumerate(DAY_NAMES) if d.lower().startswith(short))
    rest = (note[: found.start()] + note[found.end() :]).rstrip(" .!")
    if found["month"]:  # "on Saturday 24th August": the date typed whole is said whole
        month = month_named(found["month"])
        n = int(re.sub(r"\D", "", found["nth"]))
        if not month:
            return None
        typed_day = dated_day(n, month, days[0]) if days is not None else None
        if days is not None and (typed_day is None or typed_day.weekday() != index):
            return None  # the weekday and the date must agree, or neither is said
        return f"{rest} on {name} {n} {month}"
    if days is None:
        return f"{rest} on {name}"
    date = next_step_date(f"on the {found['nth']}", days[0])
    if date is None or date.weekday() != index:
        return None
    return f"{rest} on {name}" if (date - days[0]).days < 7 else f"{rest} on the {found['nth']}"


# "recommended ... for our parent groups": the team the candidate would join is "the".
_FOR_OURS = re.compile(r"(?i)^((?:s?he\s+|they\s+)?(?:recommended|suggested)\b.*\bfor\s+)our\b")


def for_the(note: str) -> str:
    """ "recommended X for our parent groups" -> "... for the parent groups"."""
    return _FOR_OURS.sub(r"\1the", note)


def typed(note: str, days: tuple[dt.date, dt.date] | None) -> str | None:
    """The note with its typed words read (see the module's note), or None when the day it names
    is not sure."""
    text = " ".join(note.split())
    return day_said_last(sure_names(pet_named(for_the(verb_first(text)))), days)


_RELATIVES = r"son|daughter|kids|children|twins|grandson|granddaughter|husband|wife|partner"
# "her son plays soccer at UNC - i played club at wake lol": a relative's sport at a named place.
_SEASON = re.compile(
    rf"^(?:her|his|their)\s+(?P<rel>{_RELATIVES})\s+(?:plays|rows|swims|runs|races|competes)"
    r"(?:\s+[a-z]+){0,2}?\s+(?P<where>(?:at|for)\s+[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*)*)"
    r"\s*(?:$|[-–—,;(].*$)"
)


def relative_season(note: str) -> dict[str, str] | None:
    """ "her son plays soccer at UNC" -> {"whose": "your son's", "where": "at UNC"}, else None."""
    found = _SEASON.match(" ".join(note.split()))
    if found is None:
        return None
    rel = found["rel"].lower()
    return {
        "whose": lexicon.genitive(f"your {rel}"),
        "where": found["where"],
    }


# "grew up in Kalgoorlie, where I did my first field season": their place, and what the
# candidate did there.
_WHERE_I = re.compile(
    r"^(?:(?:[Ss]?he|[Tt]hey|[Yy]ou)\s+)?(?P<verb>[a-z]+)(?P<up>\s+up)?\s+(?P<place>(?:in|at)\s+"
    r"[A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*)*),?\s+(?:which\s+is\s+)?where\s+I\s+"
    r"(?P<mine>[a-z][^,;()?!]*?)[.!]*$"
)


def where_i(note: str) -> dict[str, str] | None:
    """ "grew up in Kalgoorlie, where I did my first field season" (or "You grew up in
    Kalgoorlie, which is where I ...", as an answer is typed) -> {"theirs": "grew up in
    Kalgoorlie", "mine": "did my first field season"}; None for any other note."""
    found = _WHERE_I.match(" ".join(note.split()))
    if found is None:
        return None
    verb = found["verb"]
    if lexicon.is_third_person(verb):  # "lives in Hull, where I grew up": "you live"
        verb = lexicon.base_of(verb) or ""
    elif not lexicon.is_past(verb):
        return None
    mine = found["mine"].split(" ", 1)[0]
    if not (lexicon.is_past(mine) or lexicon.is_base_verb(mine)):
        return None
    theirs = f"{verb}{found['up'] or ''} {found['place']}"
    return {"theirs": theirs, "mine": found["mine"]}


def _word(word: str) -> bool:
    return word in FUNCTION_WORDS or lexicon.known(word)


# "going ice fishing at Lac Ste Anne this weekend", "off skiing in Val d'Isere": a pastime
# ahead of them.
_GOING = re.compile(
    r"^(?:(?:s?he|they|you)(?:'s|\s+is|\s+are)\s+)?(?:going|off)\s+(?P<what>(?:[a-z]+\s+)?"
    r"(?P<ing>[a-z]+ing)\b.*)$"
)


def pastime(note: str) -> str | None:
    """ "she is going ice fishing at ..." -> "ice fishing at ..."; None for any other note."""
    found = _GOING.match(note)
    if found is None or not lexicon.is_gerund(found["ing"]) or found["what"].startswith("to "):
        return None
    # "skiing in les arcs": a word in lower case no table knows is a name whose capitals are
    # not sure ("d'" before a capital is part of one: "Val d'Isere")
    typed = [w.strip(".,;:!") for w in found["what"].split()]
    unknown = [w for w in typed if w.islower() and w.isalpha() and not _word(w)]
    return None if unknown else found["what"]


_EVENT_NOUNS = (
    r"race|regatta|match|game|final|finals|tournament|competition|championships?|marathon|meet"
    r"|gala|trials|nationals|regionals|recital|concert|show"
)
# "your son is sailing in the Round Ireland race next summer": a relative's event ahead.
_RELATIVE_LUCK = re.compile(
    rf"^your (?P<rel>{_RELATIVES}) (?:(?:is|are) (?P<ing>[a-z]+ing)|(?P<does>[a-z]+s)) "
    rf"(?P<rest>(?:(?:in|at) )?the "
    rf"(?:[A-Z][\w'&.-]* )+(?i:{_EVENT_NOUNS})\b.*)$"
)


def relative_luck(clause: str) -> dict[str, str] | None:
    """ "your son is sailing in the Round Ireland race next summer" -> {"rel": "son", "rest":
    "in the Round Ireland race next summer"}; None for any other clause."""
    found = _RELATIVE_LUCK.match(clause)
    if found and found["does"]:  # "your daughter rides at the Waikato A&P show next month"
        ahead = lexicon.is_third_person(found["does"]) and _WHEN.search(found["rest"])
        found = found if ahead else None
    elif found is not None and not lexicon.is_gerund(found["ing"]):
        found = None
    if found is None:
        return _team_luck(clause)
    rest = found["rest"]  # "running the London Marathon": "in the London Marathon"
    return {"rel": found["rel"], "rest": rest if rest.startswith(("in ", "at ")) else f"in {rest}"}


# "your daughter's FIRST robotics team competing on Saturday", "your son's under-12 team is
# playing in the cup final on Sunday": a relative's team and when (or where) it competes.
_TEAM_LUCK = re.compile(
    rf"^your (?P<team>(?:{_RELATIVES})(?:'s|') (?:[\w'&.-]+ ){{0,3}}?(?:team|squad|side|choir"
    r"|band|orchestra|crew|club|class|troupe)) (?:(?:is |are )?(?P<ing>[a-z]+ing) )?(?P<rest>.+)$"
)
_WHEN = re.compile(
    r"(?:^| )(?:on [A-Z]\w+|this \w+|next \w+|in [A-Z]\w+|tomorrow|tonight)(?: [\w ]+)?$"
)
_BARE_EVENT = re.compile(
    r"^(?P<prep>in|at) (?!(?:the|a|an|your)\b)(?=(?:[a-z][\w-]* ){0,2}(?:final|match|game"
    r"|tournament|gala|race|show|concert|recital|championship|competition)\b)"
)


def _team_luck(clause: str) -> dict[str, str] | None:
    found = _TEAM_LUCK.match(clause)
    if found is None or (found["ing"] or "competing") not in _COMPETING:
        return None
    rest = found["rest"]
    if not found["ing"] and not _BARE_EVENT.match(rest) and not re.match(r"(?:in|at) the ", rest):
        return None  # "your son's team in cup final on Sunday": no verb, an event must follow
    if not (_WHEN.search(rest) or re.match(r"(?:in|at) (?:the )?[A-Z]", rest)):
        return None  # "playing well lately": no event of theirs to wish luck for
    return {"rel": found["team"], "rest": _BARE_EVENT.sub(r"\g<prep> the ", rest)}


_COMPETING = frozenset(
    ["competing", "playing", "racing", "performing", "singing", "dancing", "rowing", "swimming",
     "running", "riding", "sailing"]
)  # fmt: skip
