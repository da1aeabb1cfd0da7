"""What kind of personal note a clause said to the interviewer is: a trip, an event to wish
luck for, a pastime, happy news, a new pet, a recommendation, a move, or none of these.

The clause is said to them already ("you are flying to Lisbon"); `rapport` says each kind; `tidy`
readies a note typed in haste (asides gone, a subject given: "coaches X" -> "she coaches X").
"""

from __future__ import annotations

from composer import regexes as re
from composer.english import spell_out_dates
from composer.offline import lexicon
from composer.offline.pronouns import ADVERBS
from composer.offline.rapportboth import were_both
from composer.offline.rapportpatterns import PETS
from composer.offline.rapportshapes import events_named
from composer.offline.wishes import PERFORMING
from composer.offline.words import AUXILIARIES, BE

TRAVEL = re.compile(
    r"^you are (?:flying|travelling|traveling|heading|going|off|jetting|sailing|driving"
    r"|taking (?:your|the)(?: [\w'-]+){1,3}?)"
    # "going to live with his family": a verb after "to" is what they will do, no place
    r" (?:back )?to (?!(?:live|stay|be|start|retire|work|move|have|do|get|take|make|run|keep"
    r"|help|study|learn|spend|look|try|need|become)\b)(?P<place>.+?)"
    r"(?P<when> (?:next|this|on|in|at the end of|later this|over) .+"
    r"| tomorrow| soon| shortly)?$"
)


# A trip typed with its kind after the place: "to Niseko for (a) ski trip", "for a walking holiday".
_TRIP_KIND = re.compile(
    r"^(?P<place>[A-Z][^,]*?) for (?:an? |the )?(?P<kind>[a-z-]+(?: [a-z-]+)?)"
    r" (?P<noun>trip|holiday|vacation|break)$"
)


# A "place" with one of these in it is an occasion, not a destination ("going to a concert",
# "going to the seafood school course in jan": a course is attended, not travelled to).
_OCCASIONS = re.compile(
    r"\b(concert|gig|wedding|party|conference|festival|game|match|final|show|play|opera|ballet"
    r"|exhibition|meetup|summit|reunion|premiere|tournament|graduation|launch|celebration"
    r"|awards|ceremony|gala|dinner|course|workshop|seminar|retreat|lecture|masterclass)s?\b",
    re.IGNORECASE,
)


# "-ing" activities for which a wish of luck fits: an exam, a race, a talk, a launch.
_LUCK_VERBS = frozenset(
    [
        "running",
        "competing",
        "racing",
        "training",
        "preparing",
        "presenting",
        "speaking",
        "studying",
        "sitting",
        "finishing",
        "launching",
        "starting",
        "hosting",
        "taking",
        "defending",
        "swimming",
        "climbing",
        "organising",
        "organizing",
        "performing",
        "pitching",
        "playing",
        "riding",
        "dancing",
        "giving",
        "opening",
        "coaching",
    ]
)


# "-ing" pastimes the interviewer will enjoy: wishing them a good time fits.
_LEISURE_VERBS = frozenset(
    [
        "cycling",
        "hiking",
        "walking",
        "trekking",
        "backpacking",
        "camping",
        "skiing",
        "snowboarding",
        "surfing",
        "kayaking",
        "diving",
        "touring",
        "exploring",
        "visiting",
        "holidaying",
        "vacationing",
        "spending",
        "attending",
        "seeing",
        "watching",
    ]
)


# Happy news about them: congratulations fit.
_CELEBRATION = re.compile(
    r"^you (?:(?:just|recently) )?(?:are (?:(?:just|recently) )?(?:getting (?:married|engaged)"
    r"|expecting|celebrating)|got (?:married|engaged)|became (?:a )?(?:parents?|grandparents?)"
    r"|had a baby)\b"
)


_NEW_PET = re.compile(
    r"^you (?:(?:just|recently) )?(?:(?:adopted|got|rescued|brought home|welcomed) an? (?:new )?"
    rf"|have an? new )(?P<pet>(?:[\w-]+ ){{0,2}}?(?:{PETS}))$"
)


# "you ran the Chicago marathon in October": a feat just done, congratulated (no time read back).
_FINISHED = re.compile(
    r"^you (?:just |recently )?(?P<verb>ran|completed|finished|did) (?P<what>(?:the |a |an |your )"
    r"?(?:[\w'-]+ ){0,3}?(?:half marathon|marathon|half|triathlon|ultra|ironman|10k|5k|race"
    r"|sportive|channel swim|three peaks))\b",
    re.IGNORECASE,
)
_DOING = {"ran": "running", "completed": "completing", "finished": "finishing", "did": "completing"}


# "you are just back from Japan", "you just got back from the Biennale": a trip just over.
_BACK = re.compile(
    r"^you (?:are |have )?(?:just |recently )?(?:got |gotten |come )?back from (?P<where>.+)$"
)
# "you just had a baby girl", "your first baby was born": a congratulation, nothing read back.
_BABY = re.compile(
    r"^you (?:(?:just|recently) )?(?:had|have) (?:an? )?(?:new )?(?:baby|newborn)\b"
    r"|^your (?:(?:first|second|new) )?(?:baby(?: girl| boy)?|(?P<kid>daughter|son)) (?:is|was) "
    r"(?:just )?born(?(kid) (?:last|this|recently)\b|)"
    r"|^you (?:are|were) (?:just )?back from (?:maternity|paternity|parental) leave\b"
)
# "you are retiring in June after thirty years": a wish for the retirement, no figure read back.
_RETIRING = re.compile(r"^you are (?:about to |soon )?retir(?:ing|e)\b(?: (?P<when>in [A-Z]\w+))?")
# "you have a new rescue greyhound called Biscuit": the pet by its name.
_NAMED_PET = re.compile(
    rf"^you (?:(?:just|recently) )?(?:have|got|adopted|rescued) an? (?:new )?(?:[\w-]+ ){{0,2}}?"
    rf"(?:{PETS}) (?:called|named) (?P<name>[A-Z][\w'-]*)$"
)


_RECOMMENDED = re.compile(r"^you (?:(?:also|kindly) )?(?:recommended|suggested) (?P<what>.+)$")


_DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"


_FUTURE = re.compile(
    r"\b(will|going to|soon|tomorrow|tonight|later this \w+|next (?!to\b|door\b)\w+"
    r"|this (week|month|summer|winter|spring|autumn|fall|year|weekend|" + _DAYS + ")"
    r"|on (" + _DAYS + r")|in (" + _MONTHS + r"))\b",
    re.IGNORECASE,
)


_AT_EVENT = re.compile(r"^you are (?:at|going to|off to) (?P<event>(?:the|a|an) [^,;]+)$")
_MOVE = re.compile(r"^(?:you are|your [\w' -]+ (?:is|are)) (?:moving|relocating)\b")


_MOVED = re.compile(r"^you (?:(?:just|recently) )?(?:moved|relocated)\b")
_MOVED_AND = re.compile(
    r"^you (?:moved|relocated)\b[^,;]*? and (?P<rest>(?:recommended|suggested|told me)\b.*)$"
)
# A move told with a time long past: "six years ago", "in 2019", "years ago".
_LONG_AGO = re.compile(
    r"\b(?:(?:two|three|four|five|six|seven|eight|nine|ten|many|several|some|\d+)\s+years"
    r"|years)\s+ago\b|\bin\s+(?:19|20)\d\d\b|\blong\s+ago\b"
)


# "you spent", "you were", "you have been": something that already happened.
_PAST = re.compile(
    r"^you (?:(?:just|recently|already|once|also) )?(?:have |had )?"
    r"(?:been|were|had|went|spent|got|came|saw|took|did|made|ran|won|\w+(?<!e)ed)\b"
)


def rapport_kind(clause: str) -> tuple[str, str]:
    """What kind of note a clause said to the interviewer is, and the detail its line needs.

    "you are flying to Lisbon next week" is a ("trip", "trip to Lisbon next week"); a note of no
    known kind ("you are hiring a second designer") is "neutral": no wish, only that it was heard.
    """
    # "you moved to Bergen from Aberdeen six years ago and recommended that I walk X": the
    # recommendation is the line to thank for; a move long past is no news
    moved_then = _MOVED_AND.match(clause)
    if moved_then:
        return rapport_kind(f"you {moved_then['rest']}")
    travel = TRAVEL.match(clause)
    if travel:
        place = travel.group("place")
        if _OCCASIONS.search(place):
            return "occasion", ""
        kind = _TRIP_KIND.match(place)  # "Niseko for ski trip": "ski trip to Niseko"
        to = "to" if kind and kind["noun"] == "trip" else "in"  # "a surfing holiday in Cornwall"
        trip = f"{kind['kind']} {kind['noun']} {to} {kind['place']}" if kind else f"trip to {place}"
        return "trip", f"{trip}{travel.group('when') or ''}"
    back = _BACK.match(clause)
    if back:
        return "back", _first_predicate(back["where"])
    if _BABY.search(clause):
        return "baby", ""
    if _CELEBRATION.match(clause):
        return "celebration", ""
    finished = _FINISHED.match(clause)
    if finished:
        return "finished", f"{_DOING[finished['verb'].lower()]} {finished['what']}"
    retiring = _RETIRING.match(clause)
    if retiring:
        return "retirement", f" {retiring['when']}" if retiring["when"] else ""
    named = _NAMED_PET.match(clause)
    if named:
        return "named_pet", named["name"]
    pet = _NEW_PET.match(clause)
    if pet:
        return "pet", pet.group("pet")
    recommended = _RECOMMENDED.match(clause)
    if recommended:  # "... in March and said it is worth attending": the thing, not the rest
        return "recommendation", _first_predicate(recommended.group("what"))
    if _MOVE.match(clause):
        return "move", ""
    if _MOVED.match(clause):
        return ("neutral" if _LONG_AGO.search(clause) else "settling"), ""
    words = clause.split(" ")
    if words[:2] == ["you", "are"]:
        verb = next((w.lower() for w in words[2:] if w.lower() not in ADVERBS), "")
        if verb in _LUCK_VERBS or verb in PERFORMING:  # "singing in the cathedral concert"
            return "luck", ""
        if verb in _LEISURE_VERBS:
            return ("occasion" if _OCCASIONS.search(clause) else "leisure"), ""
    at = _AT_EVENT.match(clause)
    if at and _FUTURE.search(clause):  # "you are at the RICS awards dinner on Thursday"
        return "at_event", at["event"]
    if _FUTURE.search(clause) and not _PAST.match(clause):
        return "future", ""
    return "neutral", ""


_FINITE = BE | AUXILIARIES  # "and would like", "and is planning": a second verb of theirs


def _first_predicate(text: str) -> str:
    """`text` up to a second verb of the same subject after "and": "the Year 9 trip to the
    Cameron Highlands and would like to make it annual" -> "the Year 9 trip to the Cameron
    Highlands" ("Paris and Rome", "skiing and snowboarding" stay whole)."""
    for found in re.finditer(r",? and (\w+)\b", text):
        verb = found[1].lower()
        if verb in _FINITE or lexicon.is_past(verb) or lexicon.is_third_person(verb):
            return text[: found.start()]
    return text


# A note typed with no subject: "coaches the robotics team", "retiring in June", "running a
# half in May". The subject is theirs; the pronoun never reaches the letter ("you coach").
def _subjectless(text: str) -> bool:
    first, _, rest = text.partition(" ")
    lower = first.lower()
    if not rest or lower in ("is", "was", "has", "does", "this", "his", "news"):
        return False
    return lexicon.is_third_person(lower) or (lower.endswith("ing") and lexicon.is_gerund(lower))


def tidy(note: str) -> str:
    """A note without its asides: brackets, "lol", a note to self after a dash, "w/", short
    month names; a note with no subject ("recommended X", "both ...") gets one."""
    text = re.sub(r"\s*\([^)]*\)", "", note)
    text = re.sub(r"(?i)^(s?he)s\b", r"\1's", text)  # "shes off to Iceland": "she's"
    # "we both worked on X: she on the hull timbers, I on the quay": each one's part, said to
    # them ("you on the hull timbers and I on the quay")
    text = re.sub(
        r"(?i)\bwe both (?P<did>[^:]+?):\s*(?:she|he|they)\s+"
        r"(?P<theirs>(?:on|in|at|as|with)\s[^,]+),\s*I\s+(?P<mine>(?:on|in|at|as|with)\s[^,.]+)",
        r"we both \g<did>, you \g<theirs> and I \g<mine>",
        text,
    )
    # "recommended a podcast - Data Engineering Weekly": the name after the dash is what
    text = re.sub(
        r"(?i)\b(recommended|suggested)\s+an?\s+(book|novel|podcast|film|documentary|album"
        r"|series|show)\s*(?:-+|–|—|:)\s*(?=[A-Z0-9'\"‘“])",
        r"\1 the \2 ",
        text,
    )
    text = re.sub(r"\s*\b(?:lol|haha|tbh|imo)\b", "", text, flags=re.IGNORECASE)
    text = re.split(r"\s+-+\s+|\s+[–—]\s+", text, maxsplit=1)[0]
    text = re.sub(r"\bw/\s*", "with ", text)
    text = events_named(spell_out_dates(text))
    text = " ".join(text.split()).strip(" ,;")
    # "both at Aviva": a firm both worked at; "both at Exeter uni": a place of study, where the
    # notes do not say who studied or worked, so only that both were there; "(law)": studied
    study = re.match(r"(?i)^both at [A-Z][^,(]*\b(?:uni|university|college|school|academy)\b", text)
    subject = re.search(r"\b(?:uni|university|college) \((?P<s>[a-z]+(?: [a-z]+)?)\)", note)
    were = rf"both studied {subject['s']} \1 " if study and subject else r"both were \1 "
    text = re.sub(r"(?i)^both (at|with) (?=[A-Z])", were if study else r"both worked \1 ", text)
    text = re.sub(r"(?i)(?<=[A-Za-z]) (?:b4|before)(?: [a-z]+)?(?:, .*)?$", "", text)  # "b4 uni"
    if re.match(r"(?i)(?:s?he|they|his|her|their)\b", text):  # "..., she's planning it herself"
        text = re.split(r",\s+(?:s?he|they)(?:'s|'re|\s+is|\s+are)\s", text, maxsplit=1)[0]
    going = _GOING.match(text)
    if going:  # "ohio state game sat, he's going": the event is where they are going
        # "game sat": after an event, "sat" and "sun" are days (elsewhere they are words)
        what = re.sub(r"(?i) (sat|sun)$", lambda d: f" {d[1].capitalize()}urday", going["what"])
        what = what.replace("Sunurday", "Sunday")
        text = f"she is going to {what if _ARTICLE.match(what) else 'the ' + what}"
    too = re.match(  # "grew up in Toledo too", "he went to loyola too": what both of them did
        r"^(?:(?:he|she|they)\s+)?(?P<what>[\w' ,-]+?),?\s+(?:too|as well)$", text, re.IGNORECASE
    )
    studied = re.match(
        r"^(?:(?:she|he|they)\s+(?:did\s+(?:her|his|their)\s+)?)?(?:undergrad|grad\s+school"
        r"|masters|master's|mba|phd|degree)\s+(?:at|from)\s+(?P<where>[A-Z][\w' &-]+?)"
        r"(?:,?\s+(?:too|as well))?$",
        text,
        re.IGNORECASE,
    )
    if studied and too:  # "undergrad at Kent State too": the school both went to
        text = f"we both studied at {studied['where']}"
    elif too and (ours := were_both(too["what"])) is not None:
        text = ours  # "she was a carpenter before wind too": "we were both carpenters ..."
    elif (
        too
        and lexicon.is_past(too["what"].split(" ")[0].lower())
        and not re.search(r"(?i),\s+my\s", too["what"])  # "..., my gran's from there too"
    ):
        text = f"we both {too['what'][0].lower()}{too['what'][1:]}"  # "grew up in Toledo too"
    elif re.match(r"^both\b", text, re.IGNORECASE):
        text = re.sub(r"^we both were\b", "we were both", "we " + text)  # "both served our time"
    elif re.match(r"^(?:also|too)\s+an?\s+\w", text, re.IGNORECASE):
        text = "she is " + text  # "also a Sheffield Wednesday fan": something both are
    elif re.match(r"^(?:also|too)\s+\w+", text, re.IGNORECASE):
        text = "she " + text  # "also went to Oregon State": something the candidate did too
    elif _FINISHED.match(f"you {text}"):
        text = "she " + text  # "ran the Chicago marathon in Oct": a feat of theirs
    elif re.match(r"^(?:recommended|suggested|just\s+had|has\s+a|had\s+a)\b", text, re.I):
        text = "she " + text  # "recommended Just Enough Research by Erika Hall"
    elif re.match(r"^(?:an?\s+)?(?:new\s+baby|newborn|baby\s+(?:girl|boy))\b", text, re.I):
        text = "she has a new baby"  # "new baby - second kid": the congratulation only
    elif re.match(r"^(?:is|was|has)\s+\S", text) and " " in text:
        text = "she " + text  # "is a Bengals fan too"
    elif re.match(r"^(?:just\s+)?(?:got\s+)?back\s+from\b", text, re.I):
        text = "she is " + re.sub(
            r"(?i)^(?:just\s+)?(?:got\s+)?", "just ", text
        )  # "back from Japan"
    elif re.match(r"^off\s+to\b", text, re.I):
        text = "she is " + text  # "off to Oaxaca for the holidays"
    elif _subjectless(text):
        # "coaches the robotics team", "retiring in June"
        text = ("she is " if text.split(" ", 1)[0].endswith("ing") else "she ") + text
    # "trip to Tokyo in January, staging at a soba place": the trip, not its aside
    text = re.sub(
        r"^(?:(?:she|he|they)\s+(?:has|have)\s+)?(?:an?\s+)?trip\s+(to\s+[^,]+)(?:,.*)?$",
        r"she is travelling \1",
        text,
    )
    # "her first marathon, Flying Pig in May": a name set off by commas is left out (never the
    # candidate's "I": "she on the hull timbers, I on the quay")
    text = re.sub(
        r"(\b(?:her|his|their|a|the)\s+[a-z][\w\s-]*?),\s+(?:the\s+)?(?!I\b)[A-Z][\w'-]*"
        r"(?:\s+[A-Z][\w'-]*)*(?=\s+(?:in|on|this|next)\b|$)",
        r"\1",
        text,
    )
    return text


# "ohio state game sat, he's going": an event, then that they are going to it.
_GOING = re.compile(
    r"^(?!(?:he|she|they|we|i)\b)(?P<what>[^,]+?),\s+(?:(?:he|she|they)(?:'s|’s|\s+is|\s+are)\s+)?"
    r"going$",
    re.IGNORECASE,
)
_ARTICLE = re.compile(r"(?i)^(?:the|a|an|his|her|their)\s")


# "her collie just had a litter of 6", "his cat had kittens": young animals of theirs.
_LITTER = re.compile(
    r"\b(?:just\s+)?(?:had|has\s+had|gave\s+birth\s+to)\s+(?:a\s+litter\b|(?:\w+\s+)?"
    r"(?P<young>puppies|pups|kittens|foals|lambs|piglets|bunnies)\b)",
    re.IGNORECASE,
)
_DOGS = re.compile(
    r"\b(?:dog|bitch|collie|spaniel|labrador|retriever|terrier|poodle|sheepdog|beagle|boxer"
    r"|whippet|greyhound|lurcher|dachshund|pug|husky|setter|pointer|shepherd|doodle)s?\b",
    re.IGNORECASE,
)
_YOUNG = {"pups": "puppies"}


def litter(note: str) -> str | None:
    """The young of a pet that has just had a litter ("puppies", "kittens"), or None."""
    found = _LITTER.search(note)
    if found is None:
        return None
    if found["young"]:
        young = found["young"].lower()
        return _YOUNG.get(young, young)
    if re.search(r"\b(?:cat|queen)s?\b", note, re.IGNORECASE):
        return "kittens"
    return "puppies" if _DOGS.search(note) else None
