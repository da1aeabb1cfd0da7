"""Something of theirs ahead, read by its grammar: the wish a note of a coming day takes when no
table of verbs knows what they are doing ("paddling the Liffey Descent on Saturday").

A note said to them that names a time ahead is news of theirs; a letter cannot read it back, but
it can wish them well with the thing the note is about, and the grammar says which thing that is:

- "you are <doing> <the/a/your/Name ...> <when>": the verb's object is the event ("you are
  paddling the Liffey Descent on Saturday" -> "Good luck with the Liffey Descent on Saturday");
- a relative's occasion anywhere in it ("you are doing hair for your sister's wedding on
  Saturday") is the occasion ("I hope your sister's wedding on Saturday is a wonderful day");
- "you have tickets to <the event> <when>" is the event ("Enjoy the Leafs game on Saturday");
- "you have a/an <thing> <when>" is theirs ("you have a runner at Cheltenham in March" ->
  "your runner at Cheltenham in March");
- "your <thing> is/goes live/opens <when>" is the thing, never a person ("your daughter is
  due in May"): "your students' showcase is on Saturday" -> "your students' showcase on
  Saturday".

What cannot be read this way (no time, no object, an object typed bare) gives None: left out.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.rapportpatterns import RELATIVES
from composer.offline.wishes import their_event

_SEASONS = r"spring|summer|autumn|fall|winter"
_DAYS = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_MONTHS = r"January|February|March|April|May|June|July|August|September|October|November|December"
# The time a note's event is on, at its end: "on Saturday", "on Saturday the 12th", "in June",
# "next month", "this weekend", "at the end of March".
_WHEN = re.compile(
    rf"\s+(?P<when>(?:on\s+(?:{_DAYS})(?:,?\s+(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?"
    rf"(?:\s+(?:of\s+)?(?:{_MONTHS}))?)?(?:\s+(?:night|morning|afternoon|evening))?"
    rf"|(?:in|at the end of|at the start of|early|late)\s+(?:{_MONTHS})"
    rf"|next\s+(?:week|weekend|month|year|{_DAYS}|{_SEASONS})"
    rf"|this\s+(?:week|weekend|month|{_DAYS}|{_SEASONS}|{_MONTHS})|in\s+the\s+(?:{_SEASONS})"
    rf"|on\s+the\s+\d{{1,2}}(?:st|nd|rd|th)|tomorrow|today|tonight))$"
)
# The family words rapport already reads (`rapportpatterns.RELATIVES`), and the wider circle
# whose occasion is still a wish for the reader ("her best friend's wedding").
_RELATIVES = rf"{RELATIVES}|cousin|parents|best friend|friend|aunt|uncle"
# A relative's occasion: "your sister's wedding", "your son's graduation".
_OCCASION = re.compile(
    rf"\byour (?P<rel>{_RELATIVES})'s (?P<what>wedding|graduation|christening|hen party"
    r"|stag party|party|birthday party)\b"
)
# What follows a relative's possessive is a thing of theirs, whatever its words ("your son's
# prizegiving", "your daughter's debs"): the grammar says so when no table knows the word.
_KIN_THING = re.compile(rf"^your (?:{_RELATIVES})(?:'s|') (?!(?:{_RELATIVES})\b)\w")
_ONE_OF_THEIRS = re.compile(r"^you have (?:a|an) (?P<what>[a-z][\w' -]*)$")
_THEIR_THING = re.compile(
    r"^(?P<what>your [\w' -]+?) (?:is|are|goes live|go live|opens|open|launches|launch|starts"
    r"|start|premieres|premiere)$"
)
# People are no thing of theirs to wish luck with ("your daughter is due in May").
_PEOPLE = re.compile(rf"\b(?:{_RELATIVES}|baby|babies|grandchild|grandchildren|kids?|children)$")
_OBJECT_START = frozenset(["the", "a", "an", "your"])
# "you have tix to the Leafs game", "you got tickets for the final": the event they will see.
_TICKETS = re.compile(
    r"^you (?:have|have got|got|bought|booked|scored) (?:(?:two|2|a couple of) )?(?:tickets"
    r"|tix|seats) (?:to|for) (?P<what>.+)$"
)
# The event, led by "the" and ending in a noun of one ("the Leafs game", "the cup final"): a
# bare name typed in lower case ("the cure") may be a band's, and is left out.
_EVENT = re.compile(
    r"^the (?:[\w'-]+ ){0,3}(?:game|match|final|semi-final|derby|fixture|test|concert|gig|show"
    r"|play|musical|opera|ballet|festival|race|tournament|championships?|open|grand prix)$"
)
# (session 55) a relative's exam or event ahead, what they sit or run: "your daughter is sitting
# her Leaving Certificate in June" -> "I hope your daughter's Leaving Certificate goes well in June"
_KIN_DOING = re.compile(
    rf"^your (?P<rel>{_RELATIVES}) (?:is|are|will be) (?P<verb>[a-z]+ing) (?:her|his|their) "
    r"(?P<what>[\w' -]+)$"
)
_IN_CONTEST = re.compile(
    r"^you are (?P<verb>[a-z]+ing) (?:in|at) (?P<what>the (?:[A-Z][\w'&.-]* )+(?:race|regatta"
    r"|marathon|triathlon|tournament|championships?|cup|final|trials|competition|rally|derby))$"
)
_SAT = frozenset(["sitting", "taking", "doing", "running", "playing", "giving", "singing"])
# Gerunds that are no activity of theirs to wish well ("you are hoping ...", "you are thinking").
_NOT_DOING = frozenset(["hoping", "thinking", "planning", "wondering", "considering", "getting"])


# Results someone of theirs is waiting for, and when they come out: "daughter's matric results
# out in January", "her son's exam results are out next week".
_RESULTS = re.compile(
    rf"^(?:(?:her|his|their)\s+)?(?P<rel>{_RELATIVES})(?:'s|’s|s)\s+(?P<what>(?:[\w-]+\s+){{1,3}}?"
    r"results)\s+(?:(?:are|come|will\s+be)\s+)?out(?=\s)"
)


def results_awaited(note: str) -> dict[str, str] | None:
    """The values of a wish for results someone of theirs awaits ("daughter's matric results
    out in January" -> whose "your daughter's", what "matric results", when "in January"), or
    None: the wish is for the news, and names no figure or feeling the note adds."""
    text = " ".join(note.split()).rstrip(" .!")
    found = _RESULTS.match(text)
    when = _WHEN.fullmatch(text[found.end() :]) if found else None
    if found is None or when is None or when["when"] in ("today", "tonight"):
        return None
    rel = found["rel"].lower()
    return {"whose": f"your {rel}'s", "what": found["what"], "when": when["when"]}


def coming(clause: str, kind: str) -> tuple[str, dict[str, str]] | None:
    """The phrasebook section and values of a wish for a coming event of theirs, or None.
    A relative's occasion is wished well whatever the note's `kind`; the rest only for a note
    of no kind the tables know ("future", "neutral"). An event on the day the letter goes out
    takes the day after the wish ("I hope your son's nativity play goes well today")."""
    when = _WHEN.search(clause)
    if when is None:
        return None
    before, day = clause[: when.start()], when["when"]
    occasion = _OCCASION.search(before)
    if occasion and occasion["what"] == "wedding":
        return "family_wedding", {"rel": occasion["rel"], "when": f" {day}"}
    if day not in ("today", "tonight"):
        return _wished(occasion, before, f" {day}", kind)
    said = _wished(occasion, before, "", kind)
    if said is None or said[0] not in ("wish_luck", "wish_today"):
        return None
    return "wish_today", {"event": said[1]["event"], "day": day}


def _wished(
    occasion: re.Match[str] | None, before: str, day: str, kind: str
) -> tuple[str, dict[str, str]] | None:
    """The wish for what `before` is about, its `day` (" on Saturday", or "") after it."""
    if occasion:
        return "wish_luck", {"event": f"{occasion.group()}{day}"}
    if kind not in ("future", "neutral"):
        return None
    tickets = _TICKETS.match(before)
    if tickets and _EVENT.match(tickets["what"]):
        return "wish_time", {"event": their_event(f"{tickets['what']}{day}")}
    team = _TEAM_TALK.match(before)  # "your team will present at the congress": their talk
    if team:
        talk = "talk" if team["verb"].startswith("speak") else "presentation"
        return "wish_talk", {
            "event": f"your {team['who']}'s {talk} {their_event(team['where'])}{day}"
        }
    before = re.sub(r"^you(?: will be|['’]ll be|['’]re) ", "you are ", before)  # "will be sailing"
    kin = _KIN_DOING.match(before)  # "your daughter is sitting her Leaving Certificate"
    if kin and kin["verb"] in _SAT and _noun_head(kin["what"]):
        return "wish_today", {"event": f"your {kin['rel']}'s {kin['what']}", "day": day.strip()}
    # "you are sailing in the Orust Runt race": a contest, named, is the event they do it in
    contest = _IN_CONTEST.match(before)
    if contest and lexicon.is_gerund(contest["verb"]):
        return "wish_luck", {"event": their_event(f"{contest['what']}{day}")}
    doing = re.match(r"^you are (?P<verb>[a-z]+ing) (?P<what>.+)$", before)
    if doing and doing["verb"] not in _NOT_DOING and lexicon.is_gerund(doing["verb"]):
        what = doing["what"]
        if " to " in what:  # "flying your Cessna 172 to Oshkosh": a trip, no event to wish luck
            return None
        first = what.split(" ", 1)[0]
        if first.lower() in _OBJECT_START or first[:1].isupper():
            return "wish_luck", {"event": their_event(f"{what}{day}")}
        return None
    one = _ONE_OF_THEIRS.match(before)
    if one and _noun_head(one["what"]):
        return "wish_luck", {"event": f"your {one['what']}{day}"}
    thing = _THEIR_THING.match(before)
    if thing and not _PEOPLE.search(thing["what"]):
        # "your son's prizegiving": a thing theirs, never "you": "I hope ... goes well"
        if _KIN_THING.match(thing["what"]):
            return "wish_today", {"event": thing["what"], "day": day.strip()}
        if _noun_head(thing["what"]):
            return "wish_luck", {"event": f"{thing['what']}{day}"}
    return None


_TEAM_TALK = re.compile(
    r"^your (?P<who>team|group|lab|department|unit|students) (?:is|are|will be|will) "
    r"(?P<verb>present|presenting|speak|speaking) (?P<where>(?:at|to) .+)$"
)


def _noun_head(phrase: str) -> bool:
    """The phrase's noun, before "at"/"in"/"for": "runner at Cheltenham" -> "runner"."""
    head = re.split(r" (?:at|in|for|with|on) ", phrase, maxsplit=1)[0].split(" ")[-1]
    head = head.lower().removesuffix("'s").removesuffix("'")
    return lexicon.is_noun(head) or lexicon.is_plural_noun(head)
