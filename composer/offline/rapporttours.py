"""A group of theirs ahead of a tour or a final, wished well by the noun phrase a person writes.

- "He is taking the youth orchestra on tour to Namibia in January." -> "the youth orchestra's
  tour of Namibia in January"; "his orchestra is touring Scotland in August" -> "your
  orchestra's tour of Scotland in August"; a group already someone's ("his daughter's band on
  tour in Germany") is wished a good tour ("your daughter's band ... a great tour of Germany").
- "his team in the cup final this weekend", "their side is in the league final on Saturday"
  -> good luck to "your team" "in the cup final this weekend".
- "coaching his daughter's youth hockey team at a tournament in Traverse City this weekend" ->
  good luck to "your daughter's youth hockey team" "at the tournament in ... this weekend".
- "big Steelers fan, going to the game" -> "going to the Steelers game": the team they follow,
  typed with its capitals, names the game.
The place must be named with its capitals ("Namibia"); a time, if any, ends the note.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.heard import months_spelled
from composer.offline.shorthand import expand

_SUBJECT = r"(?:(?:s?he|they)(?:['’]s|\s+is|\s+are)\s+)?(?:(?:taking|bringing)\s+)?"
_GROUP = r"(?P<who>(?:(?:the|his|her|their|your)\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,3}?)"
_TOURING = (
    r"(?:(?:is|are|['’]s)\s+)?(?:(?:going|heading|off)\s+)?(?:on\s+(?:a\s+)?tour\s+(?:to|of|in|"
    r"around|through|across)|touring)"
)
_PLACE = r"(?P<where>[A-Z][\w'’.-]*(?:\s+(?:and\s+)?[A-Z][\w'’.-]*){0,3})"
_WHEN = r"(?P<when>\s+(?:in|next|this|on|over|during|at\s+the\s+end\s+of|early|late)\s+[\w' ]+?)?"
_TOUR = re.compile(rf"^(?i:{_SUBJECT}){_GROUP}\s+(?i:{_TOURING})\s+{_PLACE}(?i:{_WHEN})\s*[.!]*$")
_NOT_GROUP = frozenset(["is", "are", "was", "going", "who", "which", "and", "with", "i", "we"])

_TEAM = re.compile(
    r"(?i)^(?:(?P<whose>his|her|their)\s+)?(?P<team>(?:[\w-]+\s+)?(?:team|side|squad|club))"
    r"(?:\s+(?:is|are)|['’]s)?\s+in\s+(?P<what>the\s+[\w' -]+?(?:final|semis?|semi-final|"
    r"playoffs?|grand final|cup|championships?))"
    r"(?P<when>\s+(?:on\s+\w+day|this\s+(?:weekend|week)|next\s+(?:week|\w+day)|tomorrow|today"
    r"|tonight|in\s+[A-Z]\w+))?\s*[.!]*$"
)


def _yours(who: str) -> str:
    """ "his orchestra" -> "your orchestra"; "choir" -> "the choir"."""
    first, _, rest = who.partition(" ")
    if first.lower() in ("his", "her", "their", "your"):
        return f"your {rest}"
    return who if first.lower() == "the" else f"the {who}"


def toured(note: str) -> tuple[str, dict[str, str]] | None:
    """A tour or a final of a group of theirs: (section, values), or None; see the module."""
    text = expand(months_spelled(" ".join(note.split())))
    found = _TOUR.match(text)
    if found and not _NOT_GROUP.intersection(found["who"].lower().split()):
        who = _yours(found["who"])
        when = found["when"] or ""
        if re.search(r"['’]s\b", who):  # "your daughter's band": never "band's tour"
            return "wish_tour_had", {"who": who, "where": found["where"], "when": when}
        whose = lexicon.genitive(who)
        return "wish_tour", {"whose": whose, "where": found["where"], "when": when}
    team = _TEAM.match(text)
    if team is None:
        return group_event(note)
    rest = f"in {team['what']}{team['when'] or ''}"  # "his team", "team": theirs, "your team"
    return "wish_relative", {"rel": team["team"].lower(), "rest": rest}


_FAN_OF = re.compile(
    r"^(?i:(?:(?:s?he|they)(?:['’]s|\s+is|\s+are)\s+)?(?:an?\s+)?(?:(?:big|huge|massive|mad|"
    r"die-?hard|lifelong|keen)\s+)?)(?P<team>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*){0,2})"
    r"\s+(?i:fan|supporter)$"
)


def team_game(head: str, tail: str) -> str:
    """ "big Steelers fan", "going to the game sun" -> "going to the Steelers game sun"; the
    tail as it is unless the head is a fan of a team named with its capitals."""
    fan = _FAN_OF.match(head.strip())
    if fan is None:
        return tail
    return re.sub(r"(?i)\bthe (game|match)\b", rf"the {fan['team']} \1", tail, count=1)


# "He is coaching his daughter's youth hockey team at a tournament in Traverse City this weekend":
# the group they lead, and the event ahead, wished luck ("at the tournament ...").
_LEADING = re.compile(
    r"^(?i:(?:(?:s?he|they)(?:['’]s|\s+is|\s+are)\s+)?(?:coaching|coaches|taking|takes|leading"
    r"|leads|managing|manages|conducting|conducts)\s+(?:his|her|their|the)\s+)"
    r"(?P<group>[\w'’ -]+?\s(?i:team|squad|side|choir|band|orchestra|crew|troop|club|under-\d+s))"
    r"\s+(?i:at|to|in)\s+(?i:a|an|the)\s+(?P<event>[\w'’ -]+?(?:\s+in\s+[A-Z][\w'’ -]*?)?)"
    r"(?P<when>\s+(?i:this|next|on|in)\s+[\w ]+?)?\s*[.!]*$"
)


def group_event(note: str) -> tuple[str, dict[str, str]] | None:
    """A group they lead at an event ahead: ("wish_relative", {"rel": "daughter's youth hockey
    team", "rest": "at the tournament in Traverse City this weekend"}), or None."""
    found = _LEADING.match(expand(months_spelled(" ".join(note.split()))))
    if found is None or not found["when"]:
        return None
    rest = f"at the {found['event']}{found['when']}"
    return "wish_relative", {"rel": found["group"], "rest": rest}
