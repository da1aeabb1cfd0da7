"""What a line to the interviewer is for: the event a wish names, the news a congratulation is on.

A personal note said to them ("you are running the Boston Marathon in April") is used, never read
back: `wish` gives the phrasebook section and the values ("Good luck with the Boston Marathon in
April."), `their_event` makes an event of theirs "the" one, `move_where` says where a move goes
and `news_of` what a congratulation is on.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.pronouns import ADVERBS

# What a wish of luck is for: the verb's object, or the verb phrase itself.
_TALKS = {"speaking": "talk", "presenting": "presentation", "pitching": "pitch",
          "performing": "performance", "hosting": "event", "defending": "defence"}  # fmt: skip
_TALK_NOUNS = frozenset(["talk", "keynote", "presentation", "lecture", "speech", "paper"])
_TALK_NOUNS |= {"pitch", "session", "workshop"}  # "chairing a session": "your session"
# Verbs a talk typed with no article is given with: "giving keynote at ..." ("your keynote").
_GIVING = frozenset(["giving", "delivering", "doing", "presenting"])
_DETERMINERS = frozenset(["the", "a", "an", "your", "this", "that", "next"])
_HOBBY_VERBS = frozenset(["love", "enjoy", "like"])
_STUDY_VERBS = frozenset(["doing", "taking", "studying", "completing", "finishing", "starting"])


# "the Cambridge half every march": an event held each year in a month; a wish is for the next
# one, "in March" (never "Good luck with the Cambridge Half every March").
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip
_EVERY_MONTH = re.compile(r"\bevery\s+(?P<month>" + "|".join(_MONTHS) + r")\b", re.I)


# A month typed straight after an event's name, with no preposition ("dublin marathon oct"):
# when it is, "in October". Only after a name or a noun: "next", "early", "submitting" say how.
_BARE_MONTH = re.compile(r"(?P<prev>[A-Za-z][\w'-]*) (?P<month>" + "|".join(_MONTHS) + r")$")


def _month_in(found: re.Match[str]) -> str:
    prev = found["prev"]
    name = prev[:1].isupper() or (lexicon.is_noun(prev.lower()) and not prev.endswith("ing"))
    bare = name and prev.lower() not in _WHEN_WORDS
    return f"{prev} in {found['month']}" if bare else found[0]


_WHEN_WORDS = frozenset(
    ["in", "of", "by", "until", "since", "early", "late", "mid", "next", "last", "this", "every"]
)


def _each_year(found: re.Match[str]) -> str:
    return f"in {found['month'].capitalize()}"


def their_event(rest: str) -> str:
    """ "a half marathon in May" -> "the half marathon in May": an event of theirs is "the" (a
    month typed bare after it is "in May"); the
    charity it is for, typed in lower case, is left out ("for the dogs trust"); "every March"
    is the next one, "in March"."""
    rest = _EVERY_MONTH.sub(_each_year, rest)
    rest = _BARE_MONTH.sub(_month_in, rest)  # "the Dublin Marathon October"
    words = _UNNAMED_CAUSE.sub("", rest).split(" ")
    if words and words[0].lower() in ("a", "an"):
        talk = len(words) > 1 and words[1].lower() in _TALK_NOUNS
        words[0] = "your" if talk else "the"  # "giving a talk at ..." -> "your talk at ..."
    head = next((i for i, w in enumerate(words) if w in _HEAD_ENDS), len(words))
    if 0 < head <= 3 and words[0].lower() not in _DETERMINERS and not words[0][:1].isdigit():
        last = words[head - 1]  # "Irish classes at night": things of theirs, "your Irish classes"
        if last.islower() and lexicon.is_plural_noun(last) and not lexicon.is_gerund(words[0]):
            words = ["your", *words]
    return " ".join(words)


# A show they take part in: "singing in the cathedral concert", "playing tabla at an Esplanade
# concert on the 12th": the wish is for the show, never for the part they play in it.
PERFORMING = frozenset(["singing", "playing", "performing", "dancing", "acting", "conducting"])
_SHOWS = re.compile(
    r"(?i)^(?:the|a|an|this|[A-Z][\w'-]*['’]s)\s(?:[\w'’-]+\s){0,5}?(?:concert|recital|gig|show"
    r"|panto|pantomime|musical|production|carol\s+service|festival|competition)s?\b"
)


def _performance(verb: str, rest: list[str]) -> str | None:
    """The show a performer's wish is for ("the Esplanade concert on the 12th"), or None."""
    if verb not in PERFORMING:
        return None
    for i, word in enumerate(rest):
        if word.lower() in ("in", "at") and _SHOWS.match(" ".join(rest[i + 1 :])):
            return their_event(" ".join(rest[i + 1 :]))
    return None


# Words after the head of an event's name: "classes at night", "exams in April".
_HEAD_ENDS = frozenset(["in", "on", "at", "this", "next", "for", "with", "from", "every"])


# Why they are doing it, after what they are doing: theirs to tell, never read back in a wish
# ("... because your wife is from Gdansk", "... since your sister runs it every year").
_REASON = re.compile(
    r",? (?:because|since (?=(?:you|your|the|they|their|it)\b)|so that) .*$", re.IGNORECASE
)


def wish(clause: str, kind: str) -> tuple[str, dict[str, str]] | None:
    """The section and values of a wish, thanks or congratulation for `clause`, or None.

    The clause is said to them ("you are running the Boston Marathon in April"); the line
    uses it, never reads it back: "Good luck with the Boston Marathon in April."
    """
    clause = _REASON.sub("", clause)  # "learning Polish because your wife is ...": the wish alone
    words = clause.split(" ")
    lower = [w.lower() for w in words]
    hosting = _HOSTING.match(clause)
    if hosting:  # "you run the PTA Christmas fair on 12 December"
        return "wish_luck", {"event": their_event(hosting["what"])}
    if kind == "luck" and lower[:2] == ["you", "are"] and len(words) > 3:
        start = 2
        while start < len(words) and lower[start] in ADVERBS:
            start += 1
        verb, rest = lower[start], words[start + 1 :]
        if rest and rest[0].lower() in ("in", "for", "at") and verb not in _TALKS:
            rest = rest[1:]  # "competing in the nationals", "training for the Ironman"
        if not rest:
            return None
        if verb in ("opening", "launching") and rest[0].lower() in ("a", "an", "the", "your"):
            event = their_event(" ".join(rest))  # "opening the new clinic"
            return "wish_luck", {"event": f"{verb} {event}"}
        if verb in _TALKS and rest[0].lower() in ("at", "in", "to", "on"):
            where = f"{rest[0]} {their_event(' '.join(rest[1:]))}"  # "at a conf" -> "at the"
            return "wish_talk", {"event": f"your {_TALKS[verb]} {where}"}
        if (
            verb in _GIVING
            and len(rest) > 2
            and rest[0].lower() == "the"
            and rest[1] in _TALK_NOUNS
        ):
            rest = rest[1:]  # "giving the keynote lecture at ...": your keynote lecture
        if verb in _GIVING and len(rest) > 1 and rest[0].lower() in _TALK_NOUNS:
            return "wish_talk", {"event": f"your {' '.join(rest)}"}  # "giving keynote at ..."
        show = _performance(verb, rest)  # "singing in the ... Christmas concert on 19 December"
        if show:
            return "wish_luck", {"event": show}
        first = rest[0]
        ends = [i for i, w in enumerate(rest) if w in ("in", "on", "at", "this", "next")]
        head = rest[: ends[0]] if ends else rest
        race = head[-1].lower() in ("marathon", "triathlon", "ultra", "ironman")  # "Marathon"
        if (
            first[:1].isupper()
            and (head[-1].islower() or race)
            and lexicon.is_noun(head[-1].lower())
        ):
            rest = ["the", *rest]  # "running Chicago marathon" -> "the Chicago marathon"
        if first.lower() in _DETERMINERS or first[:1].isupper() or first[:1].isdigit():
            return "wish_luck", {"event": their_event(" ".join(rest))}
        return "wish_luck", {"event": " ".join(words[start:])}  # "presenting to the board"
    if kind == "leisure":
        return "wish_leisure", {"activity": " ".join(words[2:])}
    if lower[:2] == ["you", "are"] and len(words) > 3 and lower[2] in _STUDY_VERBS:
        rest = words[3:]
        if rest[0].lower() == "for":
            rest = rest[1:]
        if rest and (rest[0].lower() in _DETERMINERS or rest[0][:1].isupper()):
            event = their_event(" ".join(rest))
            # "the PE exam in April", "the Christmas Day swim" are ahead of them: luck, not
            # "I hope it is going well"
            ahead = re.search(r"\b(?:in|on|next|this)\s+[A-Z]\w+|\bnext\b", event) or _FEAST.search(
                event
            )
            return ("wish_luck" if ahead else "wish_study"), {"event": event}
    enjoying = re.match(r"^you are (?:reading|watching|listening to|playing) (?P<what>.+)$", clause)
    if enjoying and enjoying.group("what").split(" ")[0].lower() in _DETERMINERS:
        return "wish_enjoy", {"event": their_event(enjoying.group("what"))}
    if lower[:3] == ["you", "are", "learning"] and len(words) > 3:
        return "wish_learning", {"activity": " ".join(words[2:])}
    if len(words) > 2 and lower[0] == "you" and lower[1] in _HOBBY_VERBS:
        gerund = lower[2]
        if len(words) > 3 and "adj" in lexicon.classes(gerund):  # "love wild swimming"
            gerund = lower[3]
        if gerund.endswith("ing") and lexicon.is_gerund(gerund):
            return "wish_hobby", {"activity": " ".join(words[2:])}
    return None


# A feast day named in an event of theirs: it is ahead ("the Christmas Day swim").
_FEAST = re.compile(r"\b(?:Christmas|Easter|New Year|Thanksgiving|Hanukkah|Diwali|Eid|Halloween)\b")

_HIS = frozenset(["son", "brother", "father", "dad", "husband", "grandson", "nephew", "uncle"])
_HER = frozenset(["daughter", "sister", "mother", "mum", "mom", "wife", "granddaughter", "niece"])


def their_own(rel: str, rest: str) -> str:
    """What a relative does with their own thing: "your son starts (your ->) his apprenticeship";
    the note's "his" was said to the reader as "your", but it is the son's."""
    own = "his" if rel in _HIS else "her" if rel in _HER else "their"
    return re.sub(r"\byour\b", own, rest)


def move_where(clause: str) -> str:
    """Where a move goes: "your team is moving to the new office in Austin" -> "to the new office
    in Austin"; "you are moving house next month", "moving flats on Saturday" -> "next month",
    "on Saturday"; else ""."""
    found = re.search(
        r"\b(?:moving|relocating)(?:\s+(?:house|home|flats?|apartments?|offices?|desks?"
        r"|(?:the\s+|his\s+|her\s+|their\s+)?family))?"
        r"\s+(?P<rest>.+)$",
        clause,
    )
    if not found:
        return ""
    # "to Athenry in March, 2 small kids, says it's chaos": where and when, never the asides
    return re.split(r",\s+|\s+-+\s+|;", found.group("rest"), maxsplit=1)[0]


_NEWS = (
    (re.compile(r"getting married"), "your forthcoming wedding"),
    (re.compile(r"got married|just married"), "your wedding"),
    (re.compile(r"(?:getting|got|just) engaged"), "your engagement"),
    (re.compile(r"expecting|had a baby|became (?:a )?parents?"), "your happy news"),
    (re.compile(r"became (?:a )?grandparents?"), "becoming a grandparent"),
)


# A stay typed by how long it was: "two weeks in Sicily", "a month in Japan", "10 days in Crete".
_STAY = re.compile(
    r"^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|\d+)\s+"
    r"(?:days?|nights?|weeks?|months?)\s+(?:in|on|at|around|across)\s+\S"
)


def back_from(detail: str) -> tuple[str, dict[str, str]]:
    """The section and values of the line for what a note of theirs says they are back from:
    "a conference in Berlin" -> "the conference in Berlin"; "two weeks in Sicily" -> "I hope
    you enjoyed your two weeks in Sicily." (a span is no trip "to"); a place alone -> "your trip
    to Japan"."""
    if _STAY.match(detail):
        stay = re.sub(r"^(?:a|an|one) ", "", detail)
        return "enjoyed_stay", {"what": f"your {stay}"}
    where = re.sub(r"^(?:a|an)\s+", "the ", detail)  # "a conference in Berlin": theirs
    where = where if where.lower().startswith("the ") else f"your trip to {detail}"
    return "enjoyed", {"what": where}


def news_of(clause: str) -> str:
    """What a congratulation is on: "your wedding", "your engagement", "your happy news"."""
    celebrating = re.search(r"\bcelebrating (?P<what>(?:your |\d).+)$", clause)
    if celebrating:  # "celebrating 20 years at the firm"
        return celebrating.group("what")
    for pattern, news in _NEWS:
        if pattern.search(clause):
            return news
    return "your happy news"


# The charity an event is run for, its name typed in lower case ("for the dogs trust"): its
# capitals are not known, so the wish goes without it ("for Macmillan" stays).
_UNNAMED_CAUSE = re.compile(
    r" for the (?:[a-z']+ ){1,3}(?:trust|foundation|charity|hospice|society|fund|appeal)$"
)
_HOSTING = re.compile(
    r"^you (?:run|organise|organize|host|chair|are running|are organising|are organizing"
    r"|are hosting) (?P<what>the .+)$"
)
