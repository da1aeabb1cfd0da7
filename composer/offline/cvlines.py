"""CV lines as people type them in notes, read by what they say and said by that.

"LPC completed 2023 (Distinction)", "Gas Safe reg. since 2014", "QTS 2019", "approx 12 yrs
domestic + commercial", "5 yrs KS2 incl. 2 as maths lead", "sepsis 6 compliance from 54% to
88%", "Licensed journeyman electrician, Ohio, 2019": each shape has its own sentence ("I
completed my LPC in 2023, with Distinction", "I have been Gas Safe registered since 2014").
`read` gives the kind ("held", "role", "skill", "achievement") and the clause, or None when
the line is none of these shapes; `items.read_point` then reads it as a phrase. Credentials are
read in `cvheld`, results and counts in `cvresults`; the tidying and the years of a role here.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import (
    coursedone,
    cvbefore,
    cvdeeds,
    cvheld,
    cvinterim,
    cvled,
    cvpath,
    cvposts,
    cvresults,
    cvrole,
    cvspans,
    cvstates,
    cvstints,
    cvtools,
    languages,
    lexicon,
    skilldeeds,
    standings,
)
from composer.offline.cvresults import NUMBER
from composer.offline.cvshares import spelled
from composer.offline.pointwords import unknown_name
from composer.offline.realise import Clause
from composer.offline.words import (
    DETERMINERS,
    PERSON_HEADS,
    POSSESSIONS,
    SMALL_NUMBERS,
    STINTS,
    WORKPLACES,
)

_GRADE = re.compile(
    r"^(?:distinction|merit|pass|first|first class|1st|2:1|2:2|honours|(?:magna |summa )?cum"
    r" laude|with (?:distinction|merit|honours))$",
    re.IGNORECASE,
)
# A bracketed aside that is a note about the interview, not a fact: "(she asked)", "(mention)".
_ASIDE = re.compile(
    r"^(?:she|he|they|you|I|we)\b|\b(?:asked|mention(?:ed)?|check|tbc|tbd|todo|maybe)\b"
    # a day counted from the interview ("tested today"), which the letter is not written on
    r"|\b(?:today|yesterday|tonight|tomorrow|this (?:morning|afternoon|evening))\b",
    re.IGNORECASE,
)
# A number as a line has it by now: digits, or a small number spelled ("six weeks").
_FIGURE = rf"(?:\d|(?:{'|'.join(sorted(SMALL_NUMBERS, key=len, reverse=True))})\b)"
_SIZES = {"in": "inch", "ft": "foot"}
_FOLD = {"2": "twofold", "3": "threefold", "4": "fourfold", "5": "fivefold", "10": "tenfold"}
_CHANGE = re.compile(
    r"^(?:cut|reduced|increased|grew|improved|boosted|raised|sped up|lowered|halved)\b", re.I
)


def tidy(text: str) -> str:
    """A trailing bracket said in the sentence or dropped: "(Distinction)" -> ", with
    Distinction"; "(she asked)" is the candidate's note and goes; "cut latency 3x" ->
    "cut latency threefold". Anything else is left for the reader to judge."""
    found = re.search(r"\s*\((?P<aside>[^()]+)\)$", text)
    if found:
        aside = found.group("aside").strip()
        if _GRADE.match(aside):
            grade = aside if aside.lower().startswith("with ") else f"with {aside}"
            text = f"{text[: found.start()]}, {grade}"
        elif _ASIDE.search(aside) and languages.read(text) is None:
            text = text[: found.start()]  # ("English (I am improving)" is how well it is spoken)
    # "<1%", ">6 weeks": a comparison sign before a number is a word in a sentence
    text = re.sub(rf"(?<![\w<>=-])<\s?(?={_FIGURE})", "under ", text)
    text = re.sub(rf"(?<![\w<>=-])>\s?(?={_FIGURE})", "over ", text)
    # "5.25in floppies", "16ft skiff": a size in inches or feet before what it measures
    text = re.sub(
        r"\b(\d+(?:\.\d+)?)(in|ft) (?=[a-z])"
        r"(?!(?:off|of|on|in|at|to|from|for|by|with|over|under|into|and|or)\b)",
        lambda m: f"{m[1]}-{_SIZES[m[2]]} ",
        text,
    )
    # "avg 94%" typed of the candidate's own figures: "QA scores avg 94%" were theirs
    text = re.sub(r"^average (?=(?:about )?\d)", "averaged ", text)
    text = re.sub(r"^((?:[A-Z]{2,5} )?[a-z]+s) average (?=(?:about )?\d)", r"my \1 averaged ", text)
    text = re.sub(r"\b(\d+) mo\b", r"\1 months", text)  # "over 12 mo"
    # "60-80 calls/shift": a range of a count, and a rate typed with a slash
    text = re.sub(r"\b(\d+)-(\d+)(?= [a-z]+s\b)", _range, text)
    text = re.sub(r"(?<=[a-z])/(day|week|wk|month|shift|night|year|yr|hour|hr)\b", _per, text)
    if _CHANGE.match(text):
        text = re.sub(r"\b(\d+)x\b", lambda m: _FOLD.get(m.group(1), m.group()), text)
    # "reads Polish, German and Russian" (typed of oneself in the third person)
    text = re.sub(r"^(speak|read|write)s (?=[A-Z])", r"\1 ", text)
    text = _OWN_TAIL.sub("", text)  # "I hold OSHA 30, and I would be glad to build on that here"
    # "33% -> 29%": a change typed with an arrow is a change "from 33% to 29%"
    text = re.sub(rf"(?:down|up) (?={_AMOUNT} ?(?:->|=>|→))", "", text)
    text = re.sub(rf"{_AMOUNT} ?(?:->|=>|→) ?{_AMOUNT}(?= (?:in|over|within|across) |$)",
                  r"from \1 to \2", text)  # fmt: skip
    text = both_ends(text)
    # "Trained four apprentices; two now run their own wheels" (round 55, h1475): the count
    # after a semicolon is of those trained, as after a comma
    text = re.sub(r"(?<=[a-z]s); (?=(?:\d+|two|three|four|five|six) (?:now|still)\b)", ", ", text)
    # "trained 6 script sup assistants, 4 now working on their own" (round 55, h1488): those
    # now at work, "four of whom are now working ..."
    text = re.sub(
        r"(?<=[a-z]s), (\w+) now (?=(?:working|running|teaching|leading|managing|supervising)\b)",
        lambda m: f", {spelled(m[1])} of whom are now ",
        text,
    )
    # "trained 6 commis, 4 still there": the ones still there are "four of whom"
    still = re.search(
        r", (\w+) still (there|with (?:us|the team|the company)|work(?:ing)? (?:in|at|for) .+)$",
        text,
    )  # "..., 8 still work in barrel house" (round 50, h1409)
    if still:
        count, where = still.groups()
        where = re.sub(r"^working ", "work ", where)
        are = "" if where.startswith("work ") else "are "
        where = re.sub(r"^(work (?:in|at|for) )(?!the |a |my |our )", r"\1the ", where)
        text = f"{text[: still.start()]}, {spelled(count)} of whom {are}still {where}"
    # "4 apprentices, all passed TC exams 1st try": those counted did it, "all of whom passed"
    text = re.sub(
        r"(?P<who>\w+), (all|both|most|each|(?:\d+|two|three|four|five|six) of them) "
        r"(?!aged\b)(?=(\w+ed|got|won|went|passed|stayed|made|kept)\b)",  # "aged 16": no verb
        lambda m: (
            f"{m['who']}, {m[2].replace(' of them', '')} of whom "
            if cvposts.person(m["who"].rstrip("s"))
            else m[0]
        ),
        text,
    )  # (films "all delivered on time" are no people: as typed)
    text = re.sub(r"\bsous\b(?![ -]chef)", "sous chef", text)  # "sous-chef" is spelled already
    # "3 yrs band 5 community paeds": the years spent at a grade, in a field
    text = re.sub(r"^(\w+ years?) (Band \d[a-z]?) (?=[a-z]+ [a-z])", r"\1 as a \2 in ", text)
    # "3 as 2nd pharm / relief mgr": a pharmacist's post, and two posts held together
    text = re.sub(r"\b(second|relief|locum|lead|senior|chief) pharm\b", r"\1 pharmacist", text)
    text = re.sub(r"(?<=[a-z]) / (?=[a-z])", " and ", text)
    text = re.sub(r"\b([a-z]{3,})/([a-z]{3,})\b", _pair, text)  # "flavour/texture check-ins"
    text = re.sub(r"\b(\d+)-cover place\b", r"\1-cover restaurant", text)
    langs = re.search(r", (?P<langs>[A-Z][a-z]+(?:(?:,| and) [A-Z][a-z]+)+)$", text)
    head = text[: langs.start()] if langs else ""
    # "Hindi, English and Tamil", "Fluent in Malay, English and Mandarin": one list of them
    listed = bool(
        langs and (languages.tail(head) or languages.tail(head.split()[-1] if head else ""))
    )
    # "Fluent in Oshiwambo, English and Afrikaans": a language no table knows, first in the list
    listed = listed or bool(
        langs and re.search(r"(?i)\b(?:fluent|native|conversational) in \S+$", head)
    )
    if (
        langs
        and languages.tail(langs["langs"])
        and not re.search(r"(?i)^(?:I )?(?:speak|read|write|understand)s?\b", text)
        and not listed
    ):
        # "built a teach-back handout, English and Spanish": the languages it is in
        text = f"{text[: langs.start()]} in {languages.tail(langs['langs'])}"
    # "wood carving, lime and pear wood": the kinds of what the head names, said with "in"
    kinds = re.search(r", (?P<tail>[a-z]+(?:,? (?:and|or) [a-z]+)+ (?P<last>[a-z]{3,}))$", text)
    head = text[: kinds.start()] if kinds else ""
    if kinds and head.split()[:1] == [kinds["last"]] and "," not in head:
        text = f"{head} in {kinds['tail']}"
    text = _PLACE.sub(_placed, text)
    text = re.sub(r"\breg(?:\.|'d|d)?(?= since| (?:19|20)\d\d$|$)", "registered", text)
    # a body named by its initials takes "the": "registered with NMC" -> "with the NMC"
    return re.sub(
        r"\b(registered|chartered|accredited) (with|by) (?=[A-Z]{2,8}\b)", r"\1 \2 the ", text
    )


def _range(found: re.Match[str]) -> str:
    low, high = found.groups()
    if int(low) >= int(high):
        return found.group()
    return f"{spelled(low)} to {spelled(high)}" if int(high) < 10 else f"{low} to {high}"


def _pair(found: re.Match[str]) -> str:
    one, other = found.groups()
    nouns = lexicon.is_noun(one) and lexicon.is_noun(other) and "or" not in (one, other)
    return f"{one} and {other}" if nouns else found.group()


def _per(found: re.Match[str]) -> str:
    unit = {"wk": "week", "yr": "year", "hr": "hour"}.get(found.group(1), found.group(1))
    return f" {lexicon.article(unit)} {unit}"  # "250 holes/hour": "250 holes an hour"


_AMOUNT = r"(\d[\d.,]*%|\d[\d.,]*(?=\s?(?:->|=>|→)))"
# A change typed with its unit on both ends: "52 min -> 38 min", "nine minutes -> six minutes".
_N = r"\d[\d.,]*|" + "|".join(SMALL_NUMBERS)  # (cleaning spells counts under ten)
_BOTH_ENDS = re.compile(
    rf"\b((?:about )?(?:{_N})) ?([a-z]+|%) ?(?:->|=>|→) ?((?:about )?(?:{_N})) ?\2(?=\b|$)"
    r"(?= (?:in|over|within|across|after|since|on|at|for|with|by|during|using|via|per|once) |$)"
)


def both_ends(text: str) -> str:
    """ "cut avg exam time 52 min -> 38 min" -> "... from 52 to 38 min": a change typed with
    its unit on both ends (an arrow, not a dash aside). A unit typed glued to its figure stays
    glued on both ("4.1s -> 2.2s": "from 4.1s to 2.2s"), as the notes have the figure and as
    the grounding rule finds it."""

    def said(m: re.Match[str]) -> str:
        if m[2] == "%" or m.end(1) == m.start(2):
            return f"from {m[1]}{m[2]} to {m[3]}{m[2]}"
        return f"from {m[1]} to {m[3]} {m[2]}"

    return _BOTH_ENDS.sub(said, text)


# A stock tail the candidate typed after the fact: the letter says the fact, plainly.
_OWN_TAIL = re.compile(
    r",? (?:and|which) I (?:would|will|'d|hope to|want to|am keen to)\b[^,]*"
    r"\b(?:here|in the role|in this role|to the (?:role|position|team)|with me)$",
    re.IGNORECASE,
)
# A workplace named with no article: "on ledger service", "at mid-size firm".
_PLACE = re.compile(
    r"\b(?P<prep>on|at|for|in) (?P<what>(?:[a-z][\w-]* ){0,2}(?P<head>[a-z]+))"
    r"(?=$|,| (?:in|over|at|for|with|from|during)\b)"
)


def _placed(found: re.Match[str]) -> str:
    """ "on ledger service" -> "on the ledger service"; "at mid-size firm" -> "at a mid-size
    firm" (a place named by what it is, not by name)."""
    prep, what, head = found.group("prep", "what", "head")
    first = what.split()[0]
    if head not in WORKPLACES or first in DETERMINERS or first[:1].isdigit():
        return found.group()
    if unknown_name(first):  # "at kellerby farm shop": a workplace's name, typed in lower case
        return found.group()
    if prep == "in" and (len(what.split()) == 1 or head == "practice"):
        return found.group()  # "in service", "in school", "in private practice"
    unnamed = prep == "at" and len(what.split()) > 1
    article = lexicon.article(what) if unnamed else "the"
    return f"{prep} {article} {what}"


def read(text: str) -> tuple[str, Clause] | None:
    """The kind and clause of a CV line of a known shape, else None."""
    for reader in (
        cvstints.read,
        cvinterim.read,
        skilldeeds.read,
        languages.read,
        coursedone.course_line,
        cvrole.read,
        cvstates.read,
        standings.read,
        cvheld.read,
        cvdeeds.done_to,
        cvled.read,
        cvbefore.read,
        cvdeeds.habit,
        _history,
        cvtools.read,
        _acting,
        _span_since,
        _span_and,
        _long_stint,
        cvpath.read,
        cvresults.change,  # before a span: "waiting list down by 40% in two years"
        cvspans.span,
    ):
        found = reader(text)
        if found is not None:
            return found
    return None


_LONG_STINT = re.compile(
    r"^(?P<n>\d+)-(?P<unit>year|month|week) (?P<stint>[a-z]+)"
    r"(?P<rest> (?:at|with|in|on) (?:an? |the )?[A-Za-z][\w&' -]*)?"
    r"(?P<then>,? before (?:that|this))?$"
)


def _long_stint(text: str) -> tuple[str, Clause] | None:
    """A stint typed by its length: "4 yr apprenticeship at otis" -> "I completed a four-year
    apprenticeship at Otis" (the length's "a", never "I completed 4-year apprenticeship")."""
    found = _LONG_STINT.match(text)
    if found is None or found["stint"] not in STINTS:
        return None
    said = f"{spelled(found['n'])}-{found['unit']} {found['stint']}{found['rest'] or ''}"
    return "skill", Clause("I", "completed", f"{lexicon.article(said)} {said}{found['then'] or ''}")


_HISTORY = re.compile(
    rf"^(?P<n>{NUMBER}) (?P<unit>years|months) (?P<where>(?:(?:at|in|on|with) )?[\w&' .-]+?)"
    r"(?: - |, | as )(?:first )?(?:as )?(?P<a>[a-z][\w -]*?),? then (?:as )?(?P<b>[a-z][\w -]*)$"
)


def _history(text: str) -> tuple[str, Clause] | None:
    """A role history: "4 yrs at Portland Art Museum - exhibitions asst then coordinator" ->
    "I spent four years at the Portland Art Museum, first as exhibitions assistant, then as
    coordinator"; "12 yrs kitchens, sous then head chef" -> "... in kitchens, first as ..."."""
    found = _HISTORY.match(text)
    if found is None:
        return None
    where = cvspans.unshort(found.group("where"))
    first = where.split()[0]
    if first not in ("at", "in", "on", "with"):
        if not where.islower():
            return None
        where = f"in {where}"  # "kitchens" -> "in kitchens"
    elif where.split()[1:2] and where.split()[1][:1].isupper() and " of " not in where:
        place = where.split(" ", 1)[1]
        if place.split()[-1].lower() in _BODIES:
            where = f"{first} the {place}"  # "at the Portland Art Museum"
    a, b = cvspans.unshort(found.group("a")), cvspans.unshort(found.group("b"))
    post = b.split()[-1]  # the post held last: "coordinator", "head chef", "team leader"
    if not (cvposts.person(post) or (post.endswith(("or", "er")) and lexicon.is_noun(post))):
        return None  # "dispensary then front of house": places, not posts ("first as" fits none)
    said = f"{found.group('n')} {found.group('unit')} {where}, first as {a}, then as {b}"
    return "role", Clause("I", "spent", said)


_BODIES = frozenset(["museum", "gallery", "library", "hospital", "trust", "council", "institute"])


_ACTING = re.compile(
    r"^(?P<how>regularly|often|usually|frequently|sometimes|routinely) (?:act as )?"
    r"(?P<role>[a-z][a-z ]*? in charge|[a-z][a-z ]*? (?:lead|lead nurse|coordinator|supervisor))"
    r"(?P<rest> (?:on|for|at|in|during|across) .+)?$"
)


def _acting(text: str) -> tuple[str, Clause] | None:
    """A role taken often: "regularly nurse in charge on weekend nights" -> "I regularly act as
    nurse in charge on weekend nights"."""
    found = _ACTING.match(text)
    if found is None:
        return None
    said = f"{found.group('role')}{found.group('rest') or ''}"
    return "role", Clause("I", f"{found.group('how')} act as", said)


def _span_since(text: str) -> tuple[str, Clause] | None:
    """Years of a skill and a post held since a year: "5 yrs KS2, maths lead since 2022" -> "I
    have five years of experience in KS2 and have been maths lead since 2022"."""
    found = re.fullmatch(
        r"(?P<span>.+), (?P<role>[a-z][a-z ]+) since (?P<year>(?:19|20)\d\d)", text
    )
    if found is None or found.group("role").split()[-1] not in PERSON_HEADS:
        return None
    span = cvspans.span(found.group("span"))
    if span is None or span[1].verb != "have":
        return None
    said = f"{span[1].rest} and have been {found.group('role')} since {found.group('year')}"
    return "role", Clause("I", "have", said)


def _span_and(text: str) -> tuple[str, Clause] | None:
    """Years of a skill and a thing held: "12 yrs HGV driving, clean licence" -> "I have 12
    years of experience in HGV driving and a clean licence"."""
    found = re.fullmatch(r"(?P<span>.+), (?P<held>(?:a )?[a-z][a-z ]*)", text)
    if found is None:
        return None
    held = found.group("held")
    if held.split()[-1] not in POSSESSIONS or held.split()[-1] in ("experience", "skills"):
        return None
    span = cvspans.span(found.group("span"))
    if span is None or span[1].verb != "have":
        return None
    held = held if held.startswith("a ") else f"{lexicon.article(held)} {held}"
    return "skill", Clause("I", "have", f"{span[1].rest} and {held}")
