"""A personal note of what is ahead of them, said as a wish for their part in it, with its time.

Read by grammar, never by the event's words: a note said to them ("you are running the Standard
Chartered Marathon for the hospice on Sunday") names what they do (the gerund), the thing they
do it in (its object or a phrase after "in"/"at"), what it is for ("for the hospice") and when.
The wish is for their part, and keeps the time:

- an event named or headed by an event noun: "Good luck with the Standard Chartered Marathon on
  Sunday, and with your fundraising for the hospice.";
- anything else they do: the doing kept, "Good luck swimming the Rottnest Channel in February.";
- a relative doing it: "I hope your daughter does well at the national young farmer
  championships in February.";
- a journey ("heading out on the RV Solander for a three-week survey trip on Monday"): "Safe
  travels on Monday, and I hope your three-week survey trip on the RV Solander goes well.";
- "you have your driving test on Tuesday": "Good luck with your driving test on Tuesday.".

A time typed in brackets after the note ("(sun)") is its time (`time_unbracketed`). News said
with care is read here too: a birth or a baby due (`born`: "twins born in September":
congratulations on their arrival; "wife expecting in March": best wishes for the arrival) and a
relative's death (`care_line`: "lost his dad last month": "I was very sorry to hear about your
father."); an illness stays theirs to tell. What none of these reads gives None, and the note is
left out as before.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.heard import WEEKDAY, WEEKDAY_SHORT
from composer.offline.rapportcoming import _WHEN

# The wordings this module's lines take ({doing}: "swimming the Rottnest Channel in February").
BOOK: dict[str, dict[str, tuple[str, ...]]] = {
    "luck_doing": {
        "formal": ("I wish you the very best of luck {doing}.",),
        "any": ("Good luck {doing}.", "Best of luck {doing}."),
    },
    # {event}: "the Standard Chartered Marathon on Sunday"; {cause}: " for the hospice" or "".
    "luck_event": {
        "formal": ("I wish you every success in {event}{cause}.",),
        "any": ("Good luck with {event}{cause}.", "Best of luck with {event}{cause}."),
    },
    # {team}: "your child's hockey team"; {event}: "the tournament in Regina this weekend".
    "team_ahead": {
        "formal": ("I wish {team} every success at {event}.",),
        "any": ("Good luck to {team} at {event}.",),
    },
    # {rel}: "daughter"; {where}: "at the national young farmer championships in February".
    "relative_well": {
        "formal": ("I hope your {rel} does very well {where}.",),
        "any": ("I hope your {rel} does well {where}.", "Good luck to your {rel} {where}."),
    },
    # {when}: "on Monday"; {trip}: "your three-week survey trip on the RV Solander".
    "journey": {
        "formal": ("I wish you a safe journey {when} and every success with {trip}.",),
        "any": ("Safe travels {when}, and I hope {trip} goes well.",),
    },
    # {who}: "your twins", "your new grandson".
    "arrival": {
        "formal": ("Many congratulations on the arrival of {who}.",),
        "any": (
            "Congratulations on the arrival of {who}.",
            "Many congratulations on the arrival of {who}.",
        ),
    },
    # {what}: a stay of theirs just over ("your two weeks in Sicily").
    "enjoyed_stay": {"any": ("I hope you enjoyed {what}.",)},
    # {whose}: "the baby's", "the twins'"; {when}: " in March" or "".
    "expecting": {
        "formal": ("I wish you all the very best for {whose} arrival{when}.",),
        "any": ("All the very best for {whose} arrival{when}.",),
    },
    # {rel}: "father".
    "sorry_loss": {
        "formal": ("I was very sorry to hear of the loss of your {rel}.",),
        "any": ("I was very sorry to hear about your {rel}.",),
    },
}

# A time typed in brackets at the end of a note: "(sun)", "(next wk)", "(tmrw)", "(this sat)".
_BRACKET_TIME = re.compile(
    rf"(?i)\s*\((?P<time>(?:(?:on|this|next)\s+)?(?:{WEEKDAY}|{WEEKDAY_SHORT})\.?"
    r"|tmrw|tomorrow|tonight|today|(?:this|next)\s+(?:wknd|weekend|wk|week|month))\)\s*[.!]*$"
)


def time_unbracketed(note: str) -> str:
    """ "running the marathon for the hospice (sun)" -> "... for the hospice sun": a time in
    brackets at the end is the note's time, read as one typed bare (never dropped as an aside)."""
    found = _BRACKET_TIME.search(note)
    return f"{note[: found.start()]} {found['time']}" if found else note


# Gerunds of going somewhere: the wish is a safe journey and the trip.
_TRAVEL = frozenset(["heading", "going", "leaving", "flying", "sailing", "setting", "travelling",
                     "traveling", "departing", "off"])  # fmt: skip
_TRIP_NOUNS = r"trip|voyage|expedition|survey|season|tour|trek|cruise|posting|rotation|deployment"
_TRIP = re.compile(
    rf"\bfor (?P<trip>(?:an? |the )?(?:[\w-]+ ){{0,3}}(?:{_TRIP_NOUNS}))\b(?P<rest>.*)$"
)
# Gerunds that are no doing of theirs to wish luck with.
_NOT_DOING = frozenset(["hoping", "thinking", "planning", "wondering", "considering", "getting",
                        "looking", "trying", "waiting", "having", "being", "expecting", "moving",
                        "retiring", "starting", "working", "hiring", "building", "reading",
                        "watching", "learning", "studying", "writing", "restoring", "speaking",
                        "presenting", "pitching", "performing", "hosting", "defending", "giving",
                        "delivering", "opening", "launching", "teaching", "attending"])  # fmt: skip
# Gerunds with no content of their own: the wish is with the thing ("doing the Cape Epic").
_LIGHT = frozenset(["doing", "entering", "attempting", "tackling", "taking", "sitting"])
# The head nouns of events a wish is "with" ("the Standard Chartered Marathon", "the state
# final"); a doing with any other object keeps its verb ("swimming the Rottnest Channel").
_EVENT_WORDS = """marathon half race ironman triathlon ultra challenge final finals semi semi-final
match game exam exams test tests show concert recital gig tournament championship championships
regatta gala trials audition competition sportive cup open derby fixture festival relay duathlon
event rally classic prix walk swim ride run series meet eisteddfod feis blitz"""
_EVENT_HEADS = frozenset(_EVENT_WORDS.split())
# Shorthand of an event's name: "the nat. young farmer champs".
_EVENT_SHORT = (
    (r"\bnat(?:'l|l)?\.?(?= [a-z])", "national"),
    (r"\bchamps\b", "championships"),
    (r"\bcomp\b", "competition"),
    (r"\bsemi\b(?! ?-?final)", "semi-final"),
)
# A cause after the thing: "for the hospice", "for Cancer Research UK", "for charity".
_CAUSE = re.compile(
    r" (?P<cause>for (?:the (?!(?:[\w'-]+ )?(?:anniversary|centenary|jubilee|opening)\b)"
    r"(?!(?:first|second|third|last|next) time\b)(?![^,]*\b(?:is|are|was|and)\b)"
    # who it is for is no cause: "a heritage tree walk for the public", "... for the kids"
    r"(?!(?:public|community|kids|children|families|visitors|students|staff|team|members"
    r"|residents|beginners|locals|parents)\b)"
    r"[a-z][\w' -]*|charity|[A-Z][\w'&-]*(?: [A-Z][\w'&-]*)*))$"
)
_DETERMINERS = frozenset(["the", "a", "an", "your"])
# A team of theirs and its event after a comma or a dash: "you coach your child's hockey team,
# tournament in Regina" (the time read off before).
_TEAM = re.compile(
    r"^you (?:coach|run|manage|captain|play for|sing in) (?P<team>(?:your|the) [\w' -]*?"
    r"(?:team|squad|side|club|choir|band|crew))\s*(?:,|;|-+|–|—)\s*"
    r"(?P<event>(?:the )?[a-z][\w' -]*)$"
)
_PREPOSITIONS = frozenset(["in", "at", "for", "on"])


_SEASON = re.compile(r"\b(?:this|next) (?:year|summer|winter|spring|autumn|fall|season)$")


def ahead_in(tail: str) -> bool:
    """Whether a note's tail after a comma is an event and its time ("tournament in Regina this
    weekend"): the event the note is about, never an aside to leave out ("first batch ready
    next week" is no event)."""
    when = _WHEN.search(f" {tail}")
    event = f" {tail}"[: when.start()].strip() if when else ""
    return bool(event) and _head(_expanded(event)).lower() in _EVENT_HEADS


def _expanded(text: str) -> str:
    for pattern, full in _EVENT_SHORT:
        text = re.sub(pattern, full, text)
    return text


def _head(phrase: str) -> str:
    """The noun a phrase is about: its last word before a preposition ("the Worlds in August")."""
    before = re.split(r" (?:in|at|for|with|on|from|to) ", phrase, maxsplit=1)[0]
    return before.split(" ")[-1].strip(".,!")


Wish = tuple[str, dict[str, str]]


def doing_ahead(clause: str, kind: str, said: Wish | None) -> Wish | None:
    """The section and values of a wish for what the clause says they (or a relative of
    theirs) are doing, when the tables' own reading (`said`) is None or says less: a cause
    left in the event ("the marathon for the hospice"), a doing said as an event ("I hope the
    Rottnest channel goes well"). None when its grammar is not this one's (see the module),
    its `kind` one the tables read otherwise (a trip, a move, a pastime), or `said` is as good."""
    if kind not in ("luck", "future", "neutral"):
        return None
    mine = _doing(clause)
    ahead = _WHEN.search(clause) or _SEASON.search(clause)
    if mine and mine[0] == "luck_doing" and kind != "luck" and not ahead:
        return None  # "brewing your own beer": a pastime with no day ahead takes no luck
    if mine is None or said is None:
        return mine
    if said[0] != "wish_luck" or mine[0] not in ("luck_event", "luck_doing"):
        return None
    if mine[1].get("cause"):
        return mine  # "Good luck with the marathon on Sunday, and with your fundraising for"
    event = said[1].get("event", "")
    head = _head(re.sub(r" (?:this|next|every) \w+$", "", event))
    doing = mine[0] == "luck_doing" and head.islower()  # "the club's pipe band at the Worlds"
    return mine if doing and head not in _EVENT_HEADS and head.isalpha() else None


def _doing(clause: str) -> Wish | None:
    """The wish `doing_ahead` reads, before it is weighed against the tables' own."""
    text = _expanded(" ".join(clause.split()).rstrip(" .!"))
    when_found = _WHEN.search(text)
    when = when_found["when"] if when_found else ""
    body = text[: when_found.start()] if when_found else text
    team = _TEAM.match(body)
    if team and when:  # "you coach your child's hockey team, tournament in Regina"
        event = team["event"] if team["event"].startswith("the ") else f"the {team['event']}"
        return "team_ahead", {"team": team["team"], "event": f"{event} {when}"}
    have = re.match(r"^you have (?:your|an?) (?P<what>[a-z][\w' -]*)$", body)
    if (
        have and when and _head(have["what"]).lower() in _EVENT_HEADS
    ):  # "you have your driving test"
        return "luck_event", {"event": f"your {have['what']} {when}", "cause": ""}
    found = re.match(
        r"^(?:you are|your (?P<rel>[a-z]+(?:'s [a-z]+)?)(?: (?P<name>[A-Z][a-z]+))? (?:is|are))"
        r" (?P<verb>[a-z]+)"
        r" (?P<rest>.+)$",
        body,
    )
    if found is None:
        return None
    verb, rest, rel = found["verb"], found["rest"], found["rel"]
    if verb in _NOT_DOING or not (lexicon.is_gerund(verb) or verb == "off"):
        return None
    if re.search(r"[,;(]|\s[-–—]\s", rest):
        return None  # "brewing your own beer, first batch ready": a second part no wish says
    first = rest.split(" ", 1)[0]
    if verb in _TRAVEL:
        trip = _TRIP.search(rest)
        if trip is None or not when or rel:
            return None
        noun = re.sub(r"^(?:an?|the) ", "", trip["trip"])
        where = re.sub(r"^(?:out|off|away|back|up|down)\b ?", "", rest[: trip.start()]).strip()
        where = f" {where}" if where.split(" ", 1)[0] in ("on", "to", "with", "in") else ""
        return "journey", {"when": when, "trip": f"your {noun}{where}{trip['rest']}"}
    time = f" {when}" if when else ""
    if rel:
        if first not in _PREPOSITIONS or not when:
            return None  # "your son is playing Whelan's": what he does is not sure
        named = f"{rel}, {found['name']}," if found["name"] else rel  # "your niece, Clodagh,"
        return "relative_well", {"rel": named, "where": f"{rest}{time}"}
    cause = _CAUSE.search(rest)
    thing = rest[: cause.start()] if cause else rest
    said_cause = f", and with your fundraising {cause['cause']}" if cause else ""
    if first.lower() in _DETERMINERS or first[:1].isupper():
        named = first[:1].isupper() or (len(thing.split()) > 1 and thing.split()[1][:1].isupper())
        event = _head(thing).lower() in _EVENT_HEADS or (named and verb in _LIGHT)
        if event:
            thing = re.sub(r"^(?:a|an) ", "the ", thing)
            thing = thing if thing.split(" ", 1)[0].lower() in _DETERMINERS else f"the {thing}"
            return "luck_event", {"event": f"{thing}{time}", "cause": said_cause}
        if verb in _LIGHT or cause:
            return None
        return "luck_doing", {"doing": f"{verb} {rest}{time}"}
    if first in ("in", "at") and verb not in _LIGHT and not cause:
        return "luck_doing", {"doing": f"{verb} {rest}{time}"}  # "skippering in the Sydney Hobart"
    if verb in _LIGHT and when and _head(rest).lower() in _EVENT_HEADS and first.islower():
        return "luck_event", {"event": f"your {rest}{time}", "cause": ""}  # "sitting final exam"
    return None


_KIN = (
    r"(?:(?:grand)?(?:son|daughter|mother|father|mum|mom|dad|ma|pa)|wife|husband|partner"
    r"|sister|brother|nan|gran|granny|grandad|grandfather|grandmother)"
)
_RELATIVE, _RELATIVE2 = f"(?P<rel>{_KIN})", f"(?P<rel2>{_KIN})"
_FAMILY = {"dad": "father", "pa": "father", "mum": "mother", "mom": "mother", "ma": "mother",
           "nan": "grandmother", "gran": "grandmother", "granny": "grandmother",
           "grandad": "grandfather"}  # fmt: skip
_WHOSE = r"(?:(?:her|his|their|your)\s+)?"
_LOSS = re.compile(
    rf"(?i)^(?:(?:she|he|they)\s+)?(?:(?:just|recently)\s+)?lost\s+{_WHOSE}{_RELATIVE}\b"
    rf"|^{_WHOSE}{_RELATIVE2}(?:\s+(?:has|had|just|recently))*\s+(?:passed\s+away|died|passed(?=\s+(?:last|in|on|recently|over)\b|$))"
)
_BIRTH = re.compile(
    r"(?i)^(?:(?:she|he|they)\s+)?(?:(?:(?:her|his|their)\s+)?(?:wife|partner|husband)\s+)?"
    r"(?:(?:just|recently)\s+)?(?:had|has\s+(?:just\s+)?had|welcomed)\s+(?:a\s+)?(?P<who>twins"
    r"|triplets|(?:new\s+)?baby(?:\s+(?:boy|girl))?|a?\s*(?:baby\s+)?(?:boy|girl))\b"
    r"|^(?:(?:her|his|their)\s+)?(?:new\s+)?(?P<who2>twins|triplets|(?:first\s+)?(?:grandson"
    r"|granddaughter|grandchild|grandbaby)|baby\s+(?:boy|girl)|baby|daughter|son)"
    r"\s+(?:(?:was|were|just|finally|only)\s+)*(?:born\b|arrived(?=\s*$|\s*[,;(!.-]|\s+(?:last"
    r"|this|on|yesterday|today|early|recently|mon|tue|wed|thu|fri|sat|sun|in\s+(?:jan|feb|mar"
    r"|apr|may|jun|jul|aug|sep|oct|nov|dec))))"
    r"|^(?:(?:she|he|they)\s+)?(?:has\s+)?(?:an?\s+)?new\s+(?P<who3>grandson|granddaughter"
    r"|grandchild|grandbaby|nephew|niece)\b"
)
_EXPECTING = re.compile(
    r"(?i)^(?:(?:she|he|they)(?:'s|’s|\s+is|\s+are)?\s+|(?:(?:her|his|their)\s+)?"
    r"(?:wife|partner)(?:'s|’s|\s+is)?\s+)?(?:expecting|baby\s+due|due\s+(?:a\s+baby|their"
    r"\s+first|her\s+first|(?:with|w/)\s+(?:\#\s*\d|(?:their|her|baby)\s+(?:second|third|2nd|3rd)"
    r"|(?:number|no\.?)\s*(?:two|three|\d))))(?P<rest>.*)$"
)
_MONTH_IN = re.compile(
    r"(?i)\b(?:in\s+|due\s+)?(?P<month>jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\b"
)
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip


def care_line(note: str) -> Wish | None:
    """The section and values of a line for a relative's death, said with care ("lost his dad
    last month": "I was very sorry to hear about your father."), or None. An illness or a stay
    in hospital is theirs to tell, and gets no line."""
    text = " ".join(note.split()).strip(" .!")
    loss = _LOSS.search(text)
    if loss:
        rel = (loss["rel"] or loss["rel2"]).lower()
        return "sorry_loss", {"rel": _FAMILY.get(rel, rel)}
    return None


def born(note: str) -> Wish | None:
    """The section and values of a congratulation on a birth ("twins born in sept": "your
    twins") or best wishes for a baby due ("wife expecting in march"), or None."""
    text = " ".join(note.split()).strip(" .!")
    birth = _BIRTH.search(text)
    if birth:
        who = (birth["who"] or birth["who2"] or birth["who3"]).lower().strip()
        who = re.sub(r"^a\s*", "", who)
        who = re.sub(r"grandbaby$", "grandchild", who)  # "her first grandbaby arrived"
        own = who in ("twins", "triplets", "daughter", "son") or who.startswith(("new", "baby"))
        new = "" if own or who.startswith("first") else "new "
        return "arrival", {"who": f"your {new}{who}"}
    expecting = _EXPECTING.search(text)
    if expecting is None:
        return None
    rest = expecting["rest"]
    many = re.match(r"\s*(?P<who>twins|triplets)\b", rest)
    rest = rest[many.end() :] if many else rest
    month = _MONTH_IN.search(rest)
    left = _MONTH_IN.sub("", rest).strip(" ()-,").lower()
    if left not in ("", "first", "first one", "their first", "her first", "soon", "any day"):
        return None
    short = month["month"].lower()[:3] if month else ""
    said = next((m for m in _MONTHS if short and m.lower().startswith(short)), "")
    whose = f"the {many['who']}'" if many else "the baby's"
    return "expecting", {"whose": whose, "when": f" in {said}" if said else ""}
