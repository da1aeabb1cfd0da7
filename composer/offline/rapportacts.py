"""Personal notes about what one of them did or will do, and the words such notes type short.

An offer to send or lend the candidate something is thanked for as an offer ("said she'd send
me the ISFM checklist" -> "Thank you for offering to send me the ISFM checklist."); "both Navy
vets" has no verb, so both *are* ("we are both Navy veterans"); "the severn valley rly winter
gala sat" is the Severn Valley railway's winter gala on Saturday: a place's name and the heads
of its kind after it ("Severn valley") take their capitals, a weekday typed as a short word that
is also a verb ("sat", "sun") is the day only after an event's noun.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon, phrasebook
from composer.offline.heard import months_spelled, new_year
from composer.offline.rapportahead import BOOK as AHEAD_BOOK
from composer.offline.rapportnames import names_capitalised
from composer.offline.words import INSTITUTION_HEADS, PHRASE_OPENERS, PLACE_HEADS, SERVICES

# The wordings of the kinds this module reads, keyed as the phrasebook keys its sections.
# {verb}: what they offered to do ("send me", "lend me", "introduce me to"); {what}: the thing.
# {done}: what the candidate has already done with a recommendation ("ordered it").
BOOK: dict[str, dict[str, tuple[str, ...]]] = {
    # {what}: a group or pastime of theirs typed as a habit ("your jazz trio").
    "interest": {
        "formal": ("It was a pleasure to hear about {what}.",),
        "any": ("I enjoyed hearing about {what}.",),
    },
    # {what}: a pastime or interest they talked about ("cycling"): a brief warm line.
    "talked_about": {
        "formal": ("I very much enjoyed our conversation about {what}.",),
        "any": ("I enjoyed our chat about {what}.", "I enjoyed hearing about {what}."),
    },
    # {when}: the candidate's own time for it ("next time I am in Leiden").
    "recommendation_when": {
        "formal": ("Thank you for recommending {what}; I intend to {base} it {when}.",),
        "any": ("Thank you for recommending {what}; I will {base} it {when}.",),
    },
    "offer_thanks": {
        "formal": ("Thank you for offering to {verb} {what}.",),
        "any": (
            "Thank you for offering to {verb} {what}.",
            "Thanks, too, for offering to {verb} {what}.",
        ),
    },
    "recommendation_done": {
        "formal": ("Thank you for recommending {what}; I have already {done}.",),
        "any": (
            "Thank you for recommending {what}; I have already {done}.",
            "Thanks, too, for recommending {what}: I have already {done}.",
        ),
    },
    # {rel}: "husband"; {service}: "the Army"; {more}: " and knows my old unit" or "".
    "kin_served": {
        "formal": ("It was good to learn that your {rel} also served in {service}{more}.",),
        "any": ("It was good to hear that your {rel} also served in {service}{more}.",),
    },
    # {what}: what they invited the candidate to ("the SASL Day celebration in Soweto").
    "invite_thanks": {
        "formal": ("Thank you for the kind invitation to {what}.",),
        "any": (
            "Thank you for inviting me to {what}.",
            "Thanks, too, for the invitation to {what}.",
        ),
    },
    # {what}: what they showed the candidate ("the block of mandarins your father planted").
    "shown_thanks": {
        "formal": ("Thank you for showing me {what}.",),
        "any": ("Thank you for showing me {what}.", "Thanks, too, for showing me {what}."),
    },
    # {whose}: "your son's"; {where}: "at UNC", "for Leeds Rhinos".
    "wish_season": {
        "formal": ("I hope {whose} season {where} goes very well.",),
        "any": (
            "I hope {whose} season {where} goes well.",
            "I hope {whose} season {where} is a good one.",
        ),
    },
    # {rel}: "son"; {rest}: "in the Round Ireland race next summer".
    "wish_relative": {
        "formal": ("I wish your {rel} every success {rest}.",),
        "any": ("Good luck to your {rel} {rest}.", "I hope your {rel} does well {rest}."),
    },
    # {work}: a project of theirs ("the restoration of the wooden sloop", "the cedar canoe").
    "project": {
        "formal": ("I hope {work} goes very well.",),
        "any": ("I hope {work} goes well.",),
    },
    # {work}: a thing they are making ("the cedar canoe").
    "project_made": {
        "formal": ("I hope {work} is progressing well.",),
        "any": ("I hope {work} is coming along well.",),
    },
    # {whose}: "the youth orchestra's"; {where}: "Namibia"; {when}: " in January" or "".
    "wish_tour": {
        "formal": ("I hope {whose} tour of {where}{when} goes very well.",),
        "any": ("I hope {whose} tour of {where}{when} goes well.",),
    },
    # {who}: "your daughter's band", a group already someone's.
    "wish_tour_had": {
        "formal": ("I hope {who} has a very successful tour of {where}{when}.",),
        "any": ("I hope {who} has a great tour of {where}{when}.",),
    },
    # {rel}: "daughter"; {rest}: "from WOSTEP in June".
    "family_graduating": {
        "formal": ("Please pass on my congratulations to your {rel} on graduating {rest}.",),
        "any": ("Congratulations to your {rel} on graduating {rest}.",),
    },
    # {whose}: "Biscuit's", "your dog's"; {part}: "leg".
    "pet_mending": {
        "any": ("I hope {whose} {part} is mending.", "I hope {whose} {part} is on the mend."),
    },
    # {rel}: "son"; {place}: " at Lincoln" or "": a relative's new start.
    "kin_start": {
        "formal": ("I hope your {rel} is settling in well{place}.",),
        "any": ("I hope your {rel} is settling in well{place}.",),
    },
    # {event}: "the derby"; {when}: "on Saturday": a game of the team they follow.
    "fan_game": {
        "formal": ("I hope {event} {when} goes your way.",),
        "any": ("I hope {event} {when} goes your way.", "Enjoy {event} {when}."),
    },
    # {name}: a pet of theirs the candidate met ("Mabel", "your cat").
    "pet_met": {
        "formal": ("It was a pleasure to meet {name}.",),
        "any": ("It was lovely to meet {name}.", "It was good to meet {name}."),
    },
    # {event}: "your son's nativity play"; {day}: "today", "tonight" (the day the letter goes).
    "wish_today": {
        "formal": ("I hope {event} goes very well {day}.",),
        "any": ("I hope {event} goes well {day}.", "I hope all goes well with {event} {day}."),
    },
    # {whose}: "your daughter's"; {what}: "matric results"; {when}: "in January".
    "wish_results": {
        "formal": ("I hope {whose} {what} {when} bring good news.",),
        "any": (
            "I hope {whose} {what} {when} bring good news.",
            "Fingers crossed for {whose} {what} {when}.",
        ),
    },
    # {theirs}: "grew up in Kalgoorlie"; {mine}: what the candidate did there.
    "where_i": {
        "formal": ("It was good to learn that you {theirs}, where I {mine}.",),
        "any": (
            "It was good to find that you {theirs}, where I {mine}.",
            "What a coincidence that you {theirs}, where I {mine}.",
        ),
    },
}


def wordings(section: str, tone: str, channel: str) -> tuple[str, ...]:
    """The variants of `section`: this module's own kinds, else the phrasebook's."""
    if section in BOOK:
        return phrasebook.table_value(BOOK[section], tone, channel)
    if section in AHEAD_BOOK:  # a wish for their part in what they do, news said with care
        return phrasebook.table_value(AHEAD_BOOK[section], tone, channel)
    return phrasebook.wordings(section, tone, channel)


# Verbs of giving something to the candidate, with "me" and what comes after.
_GIVING = r"send|email|e-mail|forward|share|lend|loan|pass\s+on|post|introduce"
_OFFERED = re.compile(
    r"^(?:(?:thank\s+you|thanks)\s+for\s+offering\s+to"
    r"|(?:(?:s?he|they|[A-Z][\w'-]+)\s+)?(?:(?:said|says)\s+(?:that\s+)?(?:s?he|they)"
    r"(?:['’]d|['’]ll|\s+would|\s+will|\s+could|\s+can)|offered\s+to|(?:is|['’]s)\s+going\s+to"
    r"|will|['’]ll|promised\s+to)|(?:s?he|they)['’](?:ll|d))\s+"
    rf"(?P<verb>{_GIVING})\s+(?P<me>me\s+(?:to\s+)?)?(?P<what>(?:(?:the|a|an|his|her|their"
    r"|some)\b|(?-i:[A-Z0-9]))[^,;()]*?)\s*[.!]*$",
    re.IGNORECASE,
)
_THEIRS = {"his": "your", "her": "your", "their": "your"}


def yours(what: str) -> str:
    """What they offered or showed, said to them: "his father planted" -> "your father planted"."""
    return re.sub(r"\b(his|her|their)\b", lambda m: _THEIRS[m[1].lower()], what)


def offered(note: str) -> dict[str, str] | None:
    """The values of an offer to send, lend or introduce the candidate something, or None."""
    found = _OFFERED.match(" ".join(note.split()))
    if not found or re.search(r"\b(?:I|my|we|our)\b|[\"“”?]", found["what"]):
        return None
    verb = " ".join(found["verb"].lower().split())
    verb = "introduce me to" if verb == "introduce" else f"{verb} me" if found["me"] else verb
    if verb == "introduce me to" and not re.match(r"(?i)me\s+to\s", found["me"] or ""):
        return None
    what = yours(found["what"])
    return {"verb": verb, "what": what.strip(" .")}


# An event of theirs the candidate was invited to: "his team is hosting the SASL Day celebration
# in Soweto in the new year and he invited me to come along", "she invited me to the open day".
_HOSTING = re.compile(
    r"^(?:(?:his|her|their)\s+[\w'-]+|s?he|they)\s+(?:is|are|['’]s|['’]re)\s+(?:hosting|holding"
    r"|organi[sz]ing|running|throwing|putting\s+on)\s+(?P<what>(?:the|a|an|his|her|their)\s+[^,;()"
    r"\"“”?]+?)\s*,?\s+and\s+(?:s?he|they)\s+invited\s+me(?:\s+(?:to\s+(?:come|join|go)(?:\s+along)?"
    r"|along|to\s+attend|to\s+join\s+(?:them|him|her)))?\s*[.!]*$"
    r"|^(?:(?:s?he|they|[A-Z][\w'-]+)\s+)?(?:also\s+|kindly\s+)?invited\s+me\s+(?:to\s+(?:come\s+"
    r"(?:along\s+)?to|attend|join(?:\s+(?:them|him|her)\s+at)?)\s+|to\s+)?(?P<what2>(?:the|a|an"
    r"|his|her|their)\s+[^,;()\"“”?]+?)\s*[.!]*$",
    re.IGNORECASE,
)


# An invitation typed after an event of theirs: "she's running a tourney sat the 15th, said i
# should come watch", "..., and he invited me along".
_COME_TAIL = re.compile(
    r"(?i)\s*,?\s+(?:and\s+)?(?:(?:s?he|they)\s+)?(?:said\s+(?:that\s+)?i\s+should\s+come"
    r"|invited\s+me(?:\s+to\s+come)?)(?:\s+(?:and\s+)?(?P<how>watch|along|see\s+it|see\s+them"
    r"|cheer))?\s*[.!]*$"
)


def come_along(note: str) -> tuple[str, str] | None:
    """ "she's running a tourney sat the 15th, said i should come watch" -> (the event, "Thank
    you for the invitation to come and watch."): the event read as any note of theirs is, and
    the invitation thanked for (never a plan the candidate did not type: not "I will come");
    None for a note with no such tail."""
    found = _COME_TAIL.search(note)
    if found is None or found.start() == 0:
        return None
    how = " ".join((found["how"] or "").lower().split())
    come = {"": "come", "along": "come along"}.get(how, f"come and {how}")
    return note[: found.start()], f"Thank you for the invitation to {come}."


def invited(note: str) -> tuple[str, dict[str, str]] | None:
    """The section and values of thanks for an invitation to an event of theirs, or None: "his
    team is hosting the SASL Day celebration in Soweto and he invited me to come along" ->
    {"what": "the SASL Day celebration in Soweto"}. Never a plan the candidate did not type."""
    found = _HOSTING.match(" ".join(note.split()))
    if not found or re.search(r"\b(?:I|my|we|our)\b", found["what"] or found["what2"]):
        return None
    what = yours(found["what"] or found["what2"])
    what = names_capitalised(new_year(months_spelled(what)))  # "in feb", "christmas"
    what = re.sub(r"\bin (march|may)(?=$|\s+\d)", lambda m: f"in {m[1].title()}", what)
    what = re.sub(r"(?i)^an?\s", "the ", what)  # "a braai on Saturday": the braai
    return "invite_thanks", {"what": what}


# A relative of theirs who served as the candidate did: "her husband also ex-army (Tomaszów, 25th
# brigade) - knows my old unit". The bracket (the relative's own unit) is theirs: left out.
_KIN_SERVED = re.compile(
    r"(?i)^(?:her|his|their)\s+(?P<rel>husband|wife|partner|father|dad|mother|mum|mom|brother"
    r"|sister|son|daughter)\s+(?:is\s+|was\s+)?(?:also\s+)?ex[- ]?(?P<service>army|navy|raf|marines"
    r"|military|forces)(?:\s+too|\s+as\s+well|\s+like\s+me)?(?:\s*\([^()]*\))?(?:\s*(?:[-–—,;]+|->)\s*"
    r"(?:and\s+)?(?:s?he\s+)?(?P<more>knows|knew|served\s+with|trained\s+with)\s+(?P<whom>my\s+old"
    r"\s+(?:unit|regiment|battalion|brigade|squadron|ship|base|CO|commander)))?\s*[.!]*$"
)


def kin_served(note: str) -> tuple[str, dict[str, str]] | None:
    """The section and values of the line for a relative of theirs who served as the candidate
    did, typed with "also" ("her husband also ex-army ... - knows my old unit": "... your
    husband also served in the Army and knows my old unit."), or None."""
    found = _KIN_SERVED.match(" ".join(note.split()))
    if found is None or not re.search(r"(?i)\b(?:also|too|as well|like me)\b", note):
        return None
    names = {"army": "the Army", "navy": "the Navy", "raf": "the RAF", "marines": "the Marines",
             "military": "the military", "forces": "the Armed Forces"}  # fmt: skip
    more = f" and {found['more'].lower()} {found['whom']}" if found["more"] else ""
    rel = found["rel"].lower()
    rel = {"dad": "father", "mum": "mother", "mom": "mother"}.get(rel, rel)
    return "kin_served", {"rel": rel, "service": names[found["service"].lower()], "more": more}


# "he showed me the block of mandarins his father planted", "showed me round the new lab": a
# thing of theirs shown to the candidate, thanked for; never one of the candidate's own.
_SHOWN = re.compile(
    r"^(?:(?:s?he|they|[A-Z][\w'-]+)\s+)?(?:also\s+)?showed\s+me\s+(?:(?:a)?round\s+)?"
    r"(?P<what>[^;()\"“”?]*?)\s*[.!]*$",
    re.IGNORECASE,
)


def shown(note: str) -> dict[str, str] | None:
    """The values of thanks for something they showed the candidate, or None: "He showed me the
    block of Nadorcott mandarins his father planted in 1988." -> {"what": "the block of
    Nadorcott mandarins your father planted in 1988"}."""
    found = _SHOWN.match(" ".join(note.split()))
    if not found or re.search(r"\b(?:I|my|we|our)\b", found["what"]):
        return None
    first = found["what"].split(" ", 1)[0].lower()  # "the", "his", "photos of ...": a thing
    if first not in ("the", "his", "her", "their", "some") and not lexicon.is_plural_noun(first):
        return None
    around = "around " if re.search(r"(?i)\bme\s+a?round\b", found[0]) else ""
    what = yours(found["what"])
    return {"what": f"{around}{what.strip(' .,')}"}


# "both Navy vets", "we're both from Leeds": what both are, with no verb typed.
_BOTH = re.compile(r"^we both (?P<rest>(?P<first>[\w'’.&-]+)\b.*)$")
_MILITARY_VETS = re.compile(rf"(?i)\b(?P<service>{'|'.join(sorted(SERVICES))}) vets\b")


def both_are(clause: str) -> str | None:
    """ "we both Navy vets" -> "we are both Navy veterans": a clause of what both share with no
    verb after "both" (and its adverbs: "really big fans") gets "are"; one that starts with a
    place's preposition other than "from" ("we both at RVC") may be past or present, and one
    whose word no table knows ("ex-Steinway") has no sure reading: None. A verb keeps it."""
    found = _BOTH.match(clause)
    if not found:
        return clause
    words = found["rest"].split()
    while len(words) > 1 and _adverb(words[0]):  # "previously worked", "really big fans"
        words = words[1:]
    first = words[0].strip(",")
    if first.lower() == "from":
        return f"we are both {_veterans(found['rest'])}"
    if first.lower() in ("at", "in", "on", "with"):
        return None
    if first[:1].isupper():  # a name, an acronym: "both BBKA members", "both Navy vets"
        if all(w[:1].isupper() for w in words):
            return None  # "both Robert Gordon Aberdeen" (round 52, h1430): names, no sure verb
        kinds = lexicon.classes(first.lower())
    else:
        kinds = lexicon.classes(first)
        if not kinds:  # "we both ex-Steinway": no word the tables know, no sure reading
            return None
    if _people(words) and first.islower() and first not in PHRASE_OPENERS:
        return f"we are both {found['rest']}"  # "keen cyclists", "bell ringers": what both are
    if "verb" in kinds or "aux" in kinds:
        return clause
    after = words[1].lower() if len(words) > 1 else ""
    bare = first.islower() and lexicon.is_noun(first) and not lexicon.is_plural_noun(first)
    if bare and "adj" not in kinds and after in _PLACE_OR_TIME:
        # "we both boulder at the DAV centre": a noun bare after "both", before where or how
        # often, can only be the verb made of it; "we are both boulder at" is no English
        return f"we both {found['rest']}"
    return f"we are both {_veterans(found['rest'])}"


_PLACE_OR_TIME = frozenset(["at", "in", "on", "most", "every", "together", "weekly", "daily"])
# A plural noun of people by its ending: "cyclists", "ringers", "sailors", "musicians".
_PEOPLE_NOUN = re.compile(r"^[a-z]{3,}(?:ers|ors|ists|ians)$")


def _people(words: list[str]) -> bool:
    """True when the two or three words after "both" end in a plural noun of people, with no
    preposition before it: "keen cyclists", "bell ringers", "amateur astronomers"."""
    plain = [w.strip(",.!").lower() for w in words]
    if not 2 <= len(plain) <= 3 or not _PEOPLE_NOUN.match(plain[-1]):
        return False
    return lexicon.is_plural_noun(plain[-1]) and not any(
        "prep" in lexicon.classes(w) or w in ("and", "of") for w in plain[:-1]
    )


def _adverb(word: str) -> bool:
    """A lower-case word the tables know as an adverb and never as a verb ("previously")."""
    kinds = lexicon.classes(word)
    return word.islower() and "adv" in kinds and "verb" not in kinds


def _veterans(text: str) -> str:
    """ "Navy vets" -> "Navy veterans": "vets" after a service is veterans, not vets."""
    return _MILITARY_VETS.sub(lambda m: f"{m['service']} veterans", text)


# An event's noun, then a weekday typed as a short word that is also a word: "the gala sat".
_EVENTS = (
    r"gala|race|match|game|show|fair|festival|party|concert|final|parkrun|marathon|regatta"
    r"|wedding|dinner|awards|ceremony|competition|tournament|recital|fete|meet|open\s+day"
)
_EVENT_DAY = re.compile(rf"\b(?P<event>{_EVENTS}) (?P<day>sat|sun)(?=\s*(?:$|[-–—,;]))", re.I)
_DAYS = {"sat": "Saturday", "sun": "Sunday"}
_BESIDE = frozenset(
    ["town", "city", "beach", "coast", "water", "county", "trust", "council", "borough", "school",
     "college", "university", "uni", "polytechnic"]
)  # fmt: skip
# "valley rly": a railway after a place's word ("rly" alone may be "really").
_RAILWAY = re.compile(r"\b(?P<before>[A-Z][a-z]+|valley|vale) (?i:rly|rlwy|rwy)\b")
# The heads of a place's or a site's name, less those a name is often only beside ("Leeds city
# centre", "Yorkshire water", "the Exeter college I went to").
_HEADS = "|".join(sorted((PLACE_HEADS | INSTITUTION_HEADS) - _BESIDE))
_NAMED_CHAIN = re.compile(rf"\b(?P<name>[A-Z][a-z]+)(?P<chain>(?: (?:{_HEADS}))+)\b")


def event_words(note: str) -> str:
    """ "the Severn valley rly winter gala sat" -> "the Severn Valley railway winter gala
    Saturday": the railway spelled out, a name's heads capitalised, the weekday named."""
    note = _NAMED_CHAIN.sub(lambda m: m["name"] + m["chain"].title(), note)
    # spelled out after the capitals: a capital word the notes never typed reads as an invented
    # name to the rules, so the railway stays a common noun ("the Severn Valley railway")
    note = _RAILWAY.sub(lambda m: f"{m['before']} railway", note)
    return _EVENT_DAY.sub(lambda m: f"{m['event']} {_DAYS[m['day'].lower()]}", note)


# A wish whose thing is a plural noun of theirs: "I hope your Irish classes at night is going
# well" -> "... are going well". The head is the last word before what follows it ("at night").
_WISHED = re.compile(
    r"^(?P<lead>I hope (?:your|the) )(?P<np>[\w' -]*?)(?P<rest> (?:at|in|on|for|with|to|of"
    r"|this|next) [^.]*?)? (?P<verb>is|goes|was) "
)
_SINGULAR_ENDS = ("ss", "ics", "news", "series", "us")
_PLURAL_VERB = {"is": "are", "goes": "go", "was": "were"}


def agreed(line: str) -> str:
    """The line with its verb agreeing with a plural thing of theirs typed in lower case (a
    name in capitals, "the Yorkshire Three Peaks", is one thing): "I hope your GCSE mocks goes
    well" -> "I hope your GCSE mocks go well"; so is an acronym's plural ("your son's GCSEs")."""
    found = _WISHED.match(line)
    if found is None:
        return line
    head = found["np"].split()[-1]
    if re.fullmatch(r"[A-Z][A-Z0-9]+s", head) is None:  # "GCSEs", "SATs": an acronym's plural
        if not head.islower() or head.endswith(_SINGULAR_ENDS) or not lexicon.is_plural_noun(head):
            return line
        if lexicon.is_noun(head) and not head.endswith("s"):
            return line
    verb = _PLURAL_VERB[found["verb"]]
    return f"{line[: found.start('verb')]}{verb}{line[found.end('verb') :]}"
