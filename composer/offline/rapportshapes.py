"""Personal notes typed in a note-taker's shapes, read into the shapes `rapport` says.

"both ex-Christie, overlapped 2019" is a past workplace both share ("we both worked at Christie
and overlapped there in 2019"); "mentioned he's retiring in march" is what he said ("he's
retiring in march"); "back from paternity leave, baby girl" is a new baby to congratulate on, not
a private matter (the leave alone stays theirs to tell); "her son plays travel soccer, tournament
in Bend this wknd" is a wish of luck for the son's tournament. A place named with its kind of
site in lower case takes "the" ("we both started at the Direct Line contact centre"); "a huge
Hollow Knight fan - so am I" is a fan both are (`SO_AM_I`); "the yorkshire 3 peaks" is a name
("the Yorkshire Three Peaks").
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.heard import WEEKDAY, time_once
from composer.offline.words import EX_COUNTRIES, SERVICES, SMALL_NUMBERS

# "mentioned he's retiring in march", "said that her daughter ...": what they said, read as it is.
_SAID = re.compile(
    r"^(?:she\s+|he\s+|they\s+)?(?:mentioned|said|told\s+me|let\s+slip)\s+(?:that\s+)?"
    r"(?=(?:s?he|they|his|her|their)\b)",
    re.IGNORECASE,
)
# "both ex-Christie", "ex-Specsavers like me", "she's ex-Lloyds too": where both used to work.
_EX = re.compile(
    r"^(?:(?:we(?:'re|\s+are|\s+were)?\s+)?(?P<both>both)\s+|(?:s?he|they)(?:'s|\s+is|\s+are"
    r"|\s+was)\s+(?:also\s+)?)?ex(?:[-–]\s?|\s+)(?P<place>[A-Z][\w&'.]*(?:\s+[A-Z&][\w&'.]*)*"
    r"|(?i:army|navy|raf|marines|military|forces))"
    r"(?P<me>\s+(?:like\s+me|too|as\s+well|same\s+as\s+me))?(?P<rest>,.*?)?(?:\s[-–—]+\s(?P<dash>.*))?$"
)
# ", left 2017": when one of them left, which the letter cannot say of whom
_LEFT = re.compile(r"(?i)^,\s*(?:s?he\s+)?left(?:\s+in)?\s+(?:19|20)\d\d$")
# "- same shift leader Ton van Dijk (!)": a person both worked under, by name
_SAME_PERSON = re.compile(
    r"^same (?P<who>[a-z]+(?: [a-z]+)?) (?P<name>[A-Z][\w'’-]+(?: (?:van|de|der|den|von|da|du|"
    r"le|la)){0,2}(?: [A-Z][\w'’-]+)+)\s*(?:\(!+\)|!+)?$"
)
_SERVICE_NAMES = {"army": "Army", "navy": "Navy", "raf": "RAF", "marines": "Marines",
                  "military": "military", "forces": "Armed Forces", "armada": "Armada"}  # fmt: skip
# ", overlapped 2019", ", overlapped at the Chester branch 2021": when both were there at once.
_OVERLAPPED = re.compile(
    r"^,\s*(?:we\s+)?overlapped(?P<where>\s+(?:at|in|on)\s+[^,\d]+?)?\s+(?:in\s+)?(?P<year>(?:19|20)"
    r"\d\d)\s*$",
    re.IGNORECASE,
)
# Where both worked or trained, named with the kind of site in lower case: "Direct Line contact
# centre" is "the Direct Line contact centre" ("Leeds General Infirmary" is a name of its own).
_SITE = re.compile(
    r"\b(?P<prep>at|in|from)\s+(?P<name>[A-Z][\w&'.]*(?:\s+[A-Z][\w&'.]*)*)\s+(?P<kind>(?:contact"
    r"\s+|call\s+|distribution\s+|data\s+|sorting\s+)?(?:centre|center|branch|office|depot"
    r"|warehouse|plant|site|store|clinic|practice|lab|ward|factory|hotel|restaurant|kitchen"
    r"|hospital|campus|head\s+office|hub))\b"
)
# "back from paternity leave, baby girl": a new baby, the happy news of a parent's leave.
_PARENT_LEAVE = re.compile(
    r"\bback\s+(?:at\s+work\s+)?from\s+(?:his\s+|her\s+|their\s+)?(?:paternity|maternity|parental"
    r"|adoption)\s+leave\b",
    re.IGNORECASE,
)
_BABY = re.compile(r"\b(?:a\s+)?(?:new\s+)?baby\s+(?P<who>girl|boy|daughter|son)\b", re.IGNORECASE)
# "her son plays travel soccer, tournament in Bend this wknd": the relative's event ahead.
# "son plays HS football, state semifinal fri night": the relative typed without "her"; "her son
# has his first recital on December 19": the event theirs, after "has".
_EVENT_HEADS = (
    r"tournament|match|game|final|finals|semifinal|semi-final|semis|quarterfinal|quarter-final"
    r"|race|recital|concert|show|competition|gala|meet|play|graduation|regionals|nationals"
    r"|audition|debut"
)
_RELATIVE_EVENT = re.compile(
    r"^(?:(?:her|his|their)\s+)?(?P<rel>son|daughter|kids|children|twins|grandson|granddaughter"
    r"|husband|wife|partner)\b(?:[^,]*,\s*(?:(?:a|the|big)\s+)?|\s+has\s+(?:(?:his|her|their|a"
    rf"|an|the|a\s+big|the\s+big)\s+)?)(?!(?:they|he|she|we|i)\s)"  # ", they play X": a clause
    rf"(?P<event>(?:[\w-]+\s+){{0,2}}(?:{_EVENT_HEADS})\b.*)$",
    re.IGNORECASE,
)
# "the Yorkshire 3 peaks": an event named by a place, a number and a plural, all one name.
_NUMBERED_NAME = re.compile(
    r"\b(?P<the>the [A-Z][a-z]+) (?P<n>two|three|four|five|six|seven|eight|nine|ten|[2-9]) "
    r"(?P<what>[a-z]{3,}s)\b"
)


def event_name(note: str) -> str:
    """ "the Yorkshire three peaks" -> "the Yorkshire Three Peaks": a place's numbered event is
    a name, its words each with a capital."""

    def named(found: re.Match[str]) -> str:
        n = found["n"]
        number = (SMALL_NUMBERS[int(n) - 1] if n.isdigit() else n).capitalize()
        return f"{found['the']} {number} {found['what'].capitalize()}"

    return _NUMBERED_NAME.sub(named, note)


def said_to_me(note: str) -> str:
    """The note without "mentioned" or "said" in front of what they said."""
    return _SAID.sub("", note, count=1)


def shared_workplace(note: str) -> str | None:
    """ "both ex-Christie, overlapped 2019" -> "we both worked at Christie and overlapped there
    in 2019"; "my CFI days at lewis univ - she trained there too" -> "she trained at Lewis
    University too"; None unless the note says both used to work at one place ("ex-X" with
    "both", "like me", "too", or an overlap) or were at one university."""
    there = _THERE_TOO.match(" ".join(note.split()))
    if there:  # "asked about my CFI days at lewis univ - she trained there too!!"
        return f"{there['who']} {there['verb']} at {_place(there['place'])} too"
    found = _EX.match(" ".join(note.split()))
    if found is None:
        return None
    rest = found["rest"] or ""
    rest = "" if _LEFT.match(rest) else rest  # "ex-ECT too, left 2017": left unsaid
    if (same := _SAME_PERSON.match(found["dash"] or "")) and not rest:
        rest = f" and both had {same['name']} as our {same['who']}"
    overlap = _OVERLAPPED.match(rest)
    if not (found["both"] or found["me"] or overlap):
        return None  # "she's ex-Google": where she worked, nothing the candidate shares
    place = found["place"]  # "ex-RN": a service is served in, not worked at
    if place.lower() in EX_COUNTRIES:  # "also ex-Aus": the country both worked in
        return f"we have both worked in {EX_COUNTRIES[place.lower()]}"
    place = _SERVICE_NAMES.get(place.lower(), place)  # "ex-army": "the Army"
    said = (
        f"we both served in the {place}"
        if place.lower() in SERVICES
        else f"we both worked at {place}"
    )
    if place.lower() in SERVICES or place in _SERVICE_NAMES.values():
        return said  # "both ex-army, REME, he was 10 yrs before me": the service is shared
    if overlap:
        where = (overlap["where"] or "").strip() or "there"
        return f"{said} and overlapped {where} in {overlap['year']}"
    return said if not rest else f"{said}{rest}"


# "asked about my CFI days at lewis univ - she trained there too!!": where the candidate was,
# then that they were there too; said as "she trained at Lewis University too".
_THERE_TOO = re.compile(
    r"^.*?\b(?:at|in|from)\s+(?P<place>[\w'&.-]+(?:\s+[\w'&.-]+){0,3}?\s+(?:uni|univ|university))"
    r"\s*[-–—,;]+\s*(?P<who>s?he|they)\s+(?P<verb>[a-z]+ed|went|did)\s+there"
    r"\s+(?:too|as\s+well)\W*$",
    re.IGNORECASE,
)


def _place(place: str) -> str:
    """ "lewis univ" -> "Lewis University": a university named by the word before it."""
    words = place.split()
    if words[0].lower() in ("my", "the", "a", "our", "her", "his", "their", "local"):
        return place
    return " ".join([*(w[:1].upper() + w[1:] for w in words[:-1]), "University"])


def site_article(clause: str) -> str:
    """ "we both started at Direct Line contact centre" -> "... at the Direct Line contact
    centre": a named site of a kind takes "the"."""
    return _SITE.sub(lambda m: f"{m['prep']} the {m['name']} {m['kind']}", clause)


def new_baby(note: str) -> str | None:
    """What a congratulation on a parent's leave is on ("your baby girl"), or None when the
    note is no such leave or names no baby."""
    if _PARENT_LEAVE.search(note) is None:
        return None
    baby = _BABY.search(note)  # the leave alone ("back from paternity leave") is theirs to tell
    return f"your baby {baby['who'].lower()}" if baby else None


def relative_event(note: str) -> str | None:
    """ "her son plays travel soccer, tournament in Bend this weekend" -> "your son's tournament
    in Bend this weekend"; None unless a relative's event follows the comma."""
    found = _RELATIVE_EVENT.match(" ".join(note.split()))
    if found is None:
        return None
    rel = found["rel"].lower()
    whose = lexicon.genitive(f"your {rel}")
    return f"{whose} {time_once(found['event'].rstrip(' .!'))}"


# "she's a huge Hollow Knight fan - so am I": what both are fans of.
SO_AM_I = re.compile(
    r"^(?:(?:she|he|they)(?:'s|\s+is|\s+are|’s)\s+)?(?:an?\s+)?(?:(?:huge|big|massive|keen|real)\s+)?"
    r"(?P<what>[\w' -]+?\s(?:fan|supporter))\s*(?:[-–—,;]+)\s*(?:so\s+am\s+I|me\s+too|same\s+here"
    r"|as\s+am\s+I)[.!]*$",
    re.IGNORECASE,
)


# A race typed after the place that names it: "Chicago marathon", "Berlin half marathon".
_RACE = re.compile(
    r"\b(?P<place>(?:[A-Z][\w'-]+ ){1,3})(?P<race>half marathon|marathon|ultra|triathlon|ironman)\b"
)
# A year typed short after what happened then: "the Chicago marathon '24".
_SHORT_YEAR = re.compile(r"(?<=[A-Za-z]) ['’](?P<yy>\d\d)\b")
_SEASONS = r"(?:spring|summer|autumn|fall|winter|January|February|March|April|May|June|July"
_SEASONS += r"|August|September|October|November|December)"


def events_named(text: str) -> str:
    """A note's event said as a letter names it: a race after its place is a name ("the Chicago
    marathon" -> "the Chicago Marathon"); a short year after a season is a year ("spring '27" ->
    "spring 2027"), after the event it is left out (the letter may not say "2024" where the
    notes typed "'24", and the race is what both share); "again" before when it is ("again
    next September") is the note-taker's."""
    text = _RACE.sub(lambda m: m["place"] + m["race"].title(), text)

    def year(found: re.Match[str]) -> str:
        after_time = re.search(rf"\b{_SEASONS}$", text[: found.start()], re.IGNORECASE)
        return f" 20{found['yy']}" if after_time else ""

    text = _SHORT_YEAR.sub(year, text)
    return re.sub(r"(?<=\w) again(?= (?:next|this|in|on)\b)", "", text)


# "his daughter just qualified CTA - mentioned she passed in Nov", "her son just passed his
# driving test", "her son just got into vet school": a relative's good news, congratulated on
# (what follows a dash is an aside).
_RELATIVE_NEWS = re.compile(
    r"^(?:(?:s?he|they)\s+(?:mentioned|said)\s+(?:that\s+)?)?(?:his|her|their)\s+(?P<rel>son"
    r"|daughter|grandson|granddaughter|husband|wife|partner)\s+(?:has\s+)?(?:just\s+|recently\s+)?"
    r"(?P<verb>passed|qualified|graduated|got\s+into|(?:got|was|has\s+been)\s+accepted\s+(?:in)?to"
    r"|got\s+a\s+place\s+(?:at|on))\b(?P<what>[^,;()]*?)\s*(?:\s[-–—]\s.*)?$",
    re.IGNORECASE,
)
# Where a relative got into: a place of study or a team, or a name ("Juilliard").
_ADMITTED_TO = re.compile(
    r"^(?:(?:the\s+)?[A-Z]|(?:(?!(?:at|in|with|for|on|from|trouble|debt)\b)[\w-]+\s+){0,3}"
    r"(?:school|college|university|uni|academy|programme|program|course|team|squad|residency|conservatoire"
    r"|orchestra|apprenticeship)\b)"
)
_GERUND = {"passed": "passing", "qualified": "qualifying", "graduated": "graduating"}


def relative_news(note: str) -> str | None:
    """ "his daughter just qualified CTA" -> "your daughter qualifying as a CTA"; None unless
    the note is a relative's exam passed, qualification or graduation."""
    found = _RELATIVE_NEWS.match(" ".join(note.split()))
    if found is None:
        return None
    verb, what = " ".join(found["verb"].lower().split()), found["what"].strip().rstrip(".!")
    head, _, rest = verb.partition(" ")  # "got into": "getting into"; "was accepted to": alike
    if head not in _GERUND and not _ADMITTED_TO.search(what):
        return None  # "got into trouble": no place of study or team, no news to congratulate
    if head not in _GERUND:
        admitted = "getting" if head == "got" and not rest.startswith("accepted") else "being"
        return f"your {found['rel'].lower()} {admitted} {rest.removeprefix('been ')} {what}"
    if verb == "qualified" and what and not re.match(r"(?:as|in|from|at)\b", what):
        an = re.match(r"(?:[AEFHILMNORSX][A-Z]|[aeiou])", what)  # "an ACA", "a CTA"
        what = f"as {'an' if an else 'a'} {what}"  # "qualified CTA": as a CTA
    if verb == "passed" and not re.match(r"(?:his|her|their|the|an?)\s+\w|[A-Z]", what):
        return None  # "passed away", "passed last year": a death, never congratulated
    return f"your {found['rel'].lower()} {_GERUND[verb]} {what}".strip()


# "we're both Villa fans", "asked about the ASU game sat - we're both fans": what both are fans
# of (the team of the game named when the note names none).
_BOTH_FANS = re.compile(
    r"\b(?:we(?:'re|’re|\s+are)\s+)?both\s+(?:(?:big|huge|massive)\s+)?(?P<what>(?:[A-Z][\w'&.-]*"
    r"\s+){0,3})(?:fans|supporters)\b"
)
_GAME = re.compile(r"\bthe (?P<team>[A-Z][\w'&.-]*(?: [A-Z][\w'&.-]*){0,2}) (?:game|match)\b")


def fellow_fan(note: str) -> str | None:
    """ "she's a huge Hollow Knight fan - so am I" -> "Hollow Knight fan"; "we're both Villa
    fans" -> "Villa fan"; None when the note names no one thing both are fans of."""
    fan = SO_AM_I.match(note)
    if fan:
        return fan["what"]
    both = _BOTH_FANS.search(note)
    if both is None:
        return None
    game = _GAME.search(note)
    team = both["what"].strip() or (game["team"] if game else "")
    return f"{team} fan" if team else None


# A fan of a team, then a game of theirs ahead talked about: "big benfica fan, we talked abt
# the derby on Saturday", "he's a bulls supporter, we joked abt saturday's game".
_FAN_TALK = re.compile(
    r"(?i)^(?:(?:s?he|they)(?:['’]s|\s+is|\s+are)\s+)?(?:an?\s+)?(?:(?:big|huge|massive|mad"
    r"|die-?hard|lifelong|keen)\s+)?[\w.'’&-]+(?:\s+[\w.'’&-]+){0,2}\s+(?:fan|supporter)s?"
    r"\s*[,;:–—-]+\s*(?:(?:we|i)\s+)?(?:talked|chatted|joked|spoke|argued)\s+(?:about|abt|re)"
    r"\s+(?P<what>.+?)[.!]*$"
)
_FAN_EVENT = r"(?:[\w'-]+\s+){0,2}?(?:game|match|derby|final|fixture|decider|grand\s+prix|race)"
_FAN_AHEAD = re.compile(
    rf"(?i)^the\s+(?P<event>{_FAN_EVENT})\s+(?P<when>on\s+{WEEKDAY}(?:\s+night)?"
    r"|this\s+weekend|tomorrow(?:\s+night)?|tonight|today|next\s+week)$"
    rf"|^(?P<day>{WEEKDAY}|tomorrow)['’]s\s+(?P<event2>{_FAN_EVENT})$"
)


def fan_game(note: str) -> tuple[str, dict[str, str]] | None:
    """ "big benfica fan, we talked abt the derby on Saturday" -> ("fan_game", {"event": "the
    derby", "when": "on Saturday"}): a game ahead of the team they follow, wished to go their
    way (the team's name is not needed, nor its capitals); None for a game past or none."""
    found = _FAN_TALK.match(" ".join(note.split()))
    ahead = _FAN_AHEAD.match(found["what"]) if found else None
    if ahead is None:
        return None
    if ahead["day"]:
        day = ahead["day"].capitalize()
        when = "tomorrow" if day == "Tomorrow" else f"on {day}"
        return "fan_game", {"event": f"the {ahead['event2'].lower()}", "when": when}
    return "fan_game", {"event": f"the {ahead['event'].lower()}", "when": ahead["when"]}


# Their own work coming out and the candidate's word to read it: "his new book on Scottish
# tapestry out in February - said I'd read it".
THEIR_WORK = re.compile(
    r"^(?:his|her|their)\s+(?P<what>(?:new\s+|latest\s+|first\s+|next\s+)?(?:book|novel|paper"
    r"|article|album|film|documentary|podcast|report|biography)\b[^-–—,;]*?)\s+(?:is\s+|comes\s+)?"
    r"(?:out|coming\s+out|published|released|due\s+out)\s+(?P<when>(?:in|on|next|this)\s+[\w ]+?)"
    r"\s*[-–—,;]+\s*(?:I\s+)?(?:said|told\s+(?:him|her|them)|promised)\s+(?:that\s+)?I['’]?d"
    r"\s+(?P<verb>read|watch|listen\s+to)\s+it[.!]*$",
    re.IGNORECASE,
)
GERUNDS = {"read": "reading", "watch": "watching", "listen to": "listening to"}
# "coaches the robotics team - regionals in Feb": a team of theirs and its next event.
TEAM_EVENT = re.compile(
    r"^(?:(?:she|he|they)\s+)?(?:coaches|coach|runs|manages|captains|plays\s+for|sings\s+in)"
    r"\s+(?P<team>(?:(?:her|his|their|the|a)\s+)?[\w' -]*?(?:team|squad|side|club|choir|band"
    r"|league|crew))\s*(?:-+|–|—|,|;)\s*(?P<event>(?:the\s+)?[a-z][\w' -]*?)\s+in\s+"
    r"(?P<when>[A-Z][a-z]+\.?)$",
    re.IGNORECASE,
)


# "used to work at the practice i trained at in harrogate": a place in both their pasts.
_WORKED_WHERE_I = re.compile(
    r"^(?:(?:he|she|they)\s+)?(?:used\s+to\s+work|once\s+worked|worked)\s+at\s+"
    r"(?P<place>(?:the|my)\s+[\w' -]+?)\s+(?:(?:that|where)\s+)?I\s+(?P<verb>trained|studied"
    r"|qualified|started(?:\s+out)?|worked|did\s+my\s+[a-z]+)(?:\s+at)?"
    r"(?:\s+in\s+(?P<town>[\w' -]+))?$",
    re.IGNORECASE,
)


def worked_where_i(note: str) -> tuple[str, str] | None:
    """(where, what the candidate did there) for a place the reader once worked at and the
    candidate trained or worked at: ("the practice in Harrogate", "trained"), or None."""
    found = _WORKED_WHERE_I.match(" ".join(note.split()).rstrip(".!"))
    if found is None:
        return None
    place = re.sub(r"^my\b", "the", found["place"])  # "my old school": theirs too, now "the"
    town = found["town"]
    if town:
        place += " in " + " ".join(w[:1].upper() + w[1:] for w in town.split(" "))
    return place, found["verb"].lower()
