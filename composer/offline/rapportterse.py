"""Personal notes typed in the fewest words, read into the shapes `rapport` says, and the wish a
trip or a team of theirs takes. One rule per shape people type, never one note:
- "going japan w family": a destination typed with no "to" after "going" is a place ("going to
  japan"), when the word after "going" is a name (a capital, or no word the tables know);
- "also ex-army", "also ex Toyota": a past both share typed with "also" and no verb is the same
  as "ex-army like me" ("we both served in the Army");
- "daughter starting uni in jan": a relative typed bare at the start is theirs, and a bare "-ing"
  after them is what they are doing ("their daughter is starting uni in jan");
- "big spurs fan", "big Ipswich Town fan - season ticket": a team they follow keenly (a word
  such as "big" or "huge" says so; "he's a Stockport County fan" is only a fact) gets a wish for
  its season, when the note shows it is a team (a name in the plural, a club's word such as
  "Town" or "United", or a season ticket); any other fandom ("a huge Hollow Knight fan") is not
  a team, and is left to the other readings;
- "daughters debs in jan - joked about the cost of the dress": what the talk was about, after a
  dash, is the interview's, not the line's: the note is said without it (a fan's talk about a
  game ahead is `rapportshapes.fan_game`'s);
- "He recommended X; I only have the 2nd edition": a recommendation with a clause of the
  candidate's own after it is thanked for alone (a clause that says they have it already is
  left to `recommended.ALREADY`, or the note stays as typed);
- a trip "for a residency" is the residency in that place ("Good luck with your residency in
  Mashiko in January"), not a trip "for a residency"; "NYE" is New Year's Eve.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.recommended import ALREADY

_WHO = r"(?:(?:s?he|they)(?:['’]s|\s+is|\s+are)\s+)?"
# "going japan w family", "she's going Lisbon for NYE": the word after "going" is checked below.
_GOING_BARE = re.compile(rf"(?i)^(?P<lead>{_WHO}going)\s+(?P<place>[A-Za-z][\w'’-]*)(?=\s|$)")
# Words after "going" that are never a place: "going abroad", "going back", "going w family".
_NOT_PLACE = frozenset(
    [
        "to",
        "on",
        "for",
        "with",
        "w",
        "in",
        "into",
        "out",
        "up",
        "down",
        "back",
        "home",
        "away",
        "abroad",
        "over",
    ]
)
_ALSO_EX = re.compile(rf"(?i)^{_WHO}also\s+ex(?:-|\s+)(?P<what>[^,;()]+?)\s*$")
_KIN = r"son|daughter|kids|children|twins|boys|girls|grandson|granddaughter|husband|wife|partner"
_BARE_KIN = re.compile(rf"(?i)^(?P<kin>{_KIN})(?P<rest>(?:['’]s)?\s+\S.*)$")
_PLURAL_KIN = frozenset(["kids", "children", "twins", "boys", "girls"])
# What the talk was about, typed after a dash: "daughters debs in jan - joked about the cost of
# the dress" (the note is the debs; the joke was the interview's, not a line's).
_TALK_ASIDE = re.compile(
    r"\s+[-–—]+\s+(?:(?:we|i)\s+)?(?:joked|talked|chatted|laughed)\s+(?:about|abt|re)\b[^-–—]*$",
    re.IGNORECASE,
)
# A recommendation, then the candidate's own clause about it: "He recommended the new edition of
# Redmond on Dismissal Law; I only have the 2nd edition."
_REC_MINE = re.compile(
    r"(?i)^(?P<rec>(?:(?:s?he|they|[A-Z][\w'’-]+)\s+)?(?:also\s+)?(?:recommended|suggested)\s+"
    r"[^;]+?)\s*(?:;|\s[-–—]+\s)\s*(?P<mine>I(?:['’][a-z]+)?\s.*)$"
)

# A team they follow: "big spurs fan", "huge Ipswich Town fan - season ticket holder".
_FAN = re.compile(
    rf"^{_WHO}(?:an?\s+)?(?:big|huge|massive|mad|die-?hard|lifelong|keen)\s+"
    r"(?P<team>[\w.'’&-]+(?:\s+[\w.'’&-]+){0,2})\s+(?:fan|supporter)"
    r"(?:\s*[-–—,;:]+\s*(?P<aside>[^,;]+))?[.!]*$",
    re.IGNORECASE,
)
_CLUB_WORDS = frozenset(
    [
        "town",
        "city",
        "united",
        "rovers",
        "athletic",
        "wanderers",
        "albion",
        "county",
        "fc",
        "afc",
        "celtic",
        "rangers",
        "hotspur",
        "villa",
        "rovers",
        "wednesday",
        "orient",
        "argyle",
    ]
)
_SEASON_TICKET = re.compile(r"(?i)^season\s+ticket(?:\s+holder)?$")

_NYE = re.compile(r"(?i)\bNYE\b|\bnew year'?s eve\b")
# "trip to Mashiko in January for a residency": what they go there for, one noun or two.
_PURPOSE = re.compile(
    r"^trip to (?P<place>[A-Z][\w'’ -]*?)(?P<when> (?:in|next|this|on) [\w ]+?)?"
    r" for an? (?P<what>[a-z]+(?: [a-z]+)?)$"
)
_TRIP_NOUNS = frozenset(["trip", "holiday", "vacation", "break", "visit", "while", "week", "month"])


def terse_read(note: str) -> str:
    """The note with the shapes above read into words `rapport` reads; as typed otherwise."""
    text = " ".join(note.split())
    going = _GOING_BARE.match(text)
    if going and _a_place(going["place"]):
        text = f"{going['lead']} to {going['place']}{text[going.end() :]}"
    also = _ALSO_EX.match(text)
    if also and not re.search(r"(?i)\b(?:like me|same as me|too|as well)\b", text):
        text = f"ex-{also['what']} like me"
    aside = _TALK_ASIDE.search(text)
    if aside and not re.search(r"(?i)\b(?:fan|supporter)s?\b", text):  # a fan's talk: `fan_game`
        text = text[: aside.start()]
    mine = _REC_MINE.match(text)
    if mine and not ALREADY.search(text) and not re.search(r"(?i)\balready\b", mine["mine"]):
        text = mine["rec"]  # what the candidate has of it is theirs to say; the thanks is not
    kin = _BARE_KIN.match(text)
    if kin:
        rest = kin["rest"]
        first = rest.split()[0]
        if lexicon.is_gerund(first.lower()):  # "daughter starting uni": what they are doing
            be = "are" if kin["kin"].lower() in _PLURAL_KIN else "is"
            rest = f" {be}{rest}"
        text = f"their {kin['kin'].lower()}{rest}"
    return text


def _a_place(word: str) -> bool:
    """Whether the word after a bare "going" names a place: typed with a capital, or no word the
    tables know ("japan" is one), never a gerund or a word that says where in general."""
    low = word.lower()
    if low in _NOT_PLACE or low.endswith("ing") or "-" in word:
        return False
    kinds = lexicon.classes(low)
    return not kinds.keys() & {"adj", "verb", "adv"} and (word[:1].isupper() or not kinds)


OWN_ALREADY = "it says what you have of it already in your own words; say it to them yourself"


def terse_line(note: str) -> tuple[str, dict[str, str]] | None:
    """The section and values of the line for a team they follow keenly (`team_season`), or a
    reason and no values for a recommendation the candidate says they have already in words
    `recommended.ALREADY` does not read ("recommended Atomic Habits; I've read the first half
    already": thanks and "I will look into it" would be untrue); None for any other note."""
    mine = _REC_MINE.match(" ".join(note.split()))
    if mine and not ALREADY.search(note) and re.search(r"(?i)\balready\b", mine["mine"]):
        return OWN_ALREADY, {}
    return team_season(note)


def team_season(note: str) -> tuple[str, dict[str, str]] | None:
    """ "big spurs fan" (its plural read as a team's name upstream: "big Spurs fan") -> the wish
    for the team's season; None when the note does not show the fandom is a team's."""
    found = _FAN.match(" ".join(note.split()))
    if found is None or re.search(r"(?i)\b(?:so am i|me too|like me|both|too)\b", note):
        return None
    team, aside = found["team"], found["aside"] or ""
    words = team.split()
    if not all(w[:1].isupper() for w in words) or (aside and not _SEASON_TICKET.match(aside)):
        return None
    club = words[-1].lower() in _CLUB_WORDS or (len(words) == 1 and words[0].lower().endswith("s"))
    if not (club or _SEASON_TICKET.match(aside)):
        return None
    return "wish_team_season", {"team": team}


def trip_wish(kind: str, detail: str) -> tuple[str, dict[str, str]]:
    """The section and values of the wish for a trip (or a pet) of theirs, by what the detail
    says: a purpose that is the reason to go is what the wish is for."""
    if kind != "trip":
        return "pet", {"detail": detail}
    detail = _NYE.sub("New Year's Eve", detail)
    # "trip to the Albuquerque Balloon Fiesta in October for the first time": the first trip
    if re.search(r"\s+for the first time\b", detail) and detail.startswith("trip "):
        detail = "first " + re.sub(r"\s+for the first time\b", "", detail)
    purpose = _PURPOSE.match(detail)
    what = purpose["what"] if purpose else ""
    head = what.split()[-1] if what else ""  # after "a", a noun, or a verb used as one
    if purpose and head not in _TRIP_NOUNS and lexicon.classes(head).keys() & {"noun", "verb"}:
        return "wish_stay", {"what": what, "place": purpose["place"], "when": purpose["when"] or ""}
    if purpose and head in _TRIP_NOUNS and " " in what:  # "for a liveaboard trip": that trip
        to = "to" if head == "trip" else "in"  # "a surfing holiday in Bali"
        return "wish_trip", {"detail": f"{what} {to} {purpose['place']}{purpose['when'] or ''}"}
    return "wish_trip", {"detail": detail}
