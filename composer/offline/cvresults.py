"""Results typed as CV lines, said with their own subject.

"sepsis 6 compliance from 54% to 88%" -> "Sepsis 6 compliance rose from 54% to 88%"; and what
came of an action after a dash or a comma ("- overtime down ~20%" -> ", which cut overtime by
about 20%"). Counted work ("200+ staff trained on new triage") is `cvdeeds`'.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import cvshares, figureshort, lexicon, nonedoing, resultmeant, resulttails
from composer.offline.pointmoves import timed
from composer.offline.realise import Clause
from composer.offline.resulttails import present
from composer.offline.words import DETERMINERS, GROWN_GROUPS, ONE_MEASURE, SMALL_NUMBERS

NUMBER = (
    r"(?:about |over |more than |nearly |almost |around )?(?:\d+|(?:twenty|thirty|forty)-(?:one"
    r"|two|three|four|five|six|seven|eight|nine)|one|two|three|four|five|six"
    r"|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)"
)

# Verbs of what was done with people counted: "200+ staff trained".
PEOPLE_VERBS = (
    r"trained|mentored|hired|coached|onboarded|supervised|recruited|taught|inducted|upskilled"
)


# Measures named as one countable thing (ONE_MEASURE) take "the" when the candidate helped move
# them ("the crash rate", "the average handle time"); others are said as typed ("build times").


def _measured(what: str) -> str:
    head = re.split(r" (?:to|of|on|in|for|at) ", what)[0].split()[-1]
    one = head in ONE_MEASURE or head in GROWN_GROUPS  # "the pass rate", "the team"
    return f"the {what}" if one and what.split()[0].lower() not in DETERMINERS else what


_WORDS = "|".join(SMALL_NUMBERS[:9])  # "from 10 to five days": cleaning spells small numbers


def change(text: str) -> tuple[str, Clause] | None:
    """A result typed as a change: "sepsis 6 compliance from 54% to 88%", "shrink down by a
    third in one year": said with its own subject when the notes name whose it is ("on my
    ward"), else as what the candidate helped do ("I helped raise sepsis 6 compliance ...").
    Shorthand for the change ("+18%", "x2", "yoy") is read first (`figureshort`)."""
    text = figureshort.normal(text)
    text = re.sub(
        rf"^(?P<what>[A-Za-z][^,]*?) (?:went |go |goes )?(?:up |down )?"  # "go down": ESL
        rf"(?=from (?:about )?(?:\d|{_WORDS}\b))",
        r"\g<what> ",
        text,
    )
    moved = re.fullmatch(
        rf"(?P<what>(?:\d+-)?[a-zA-Z][^,:]*?) from (?P<about>about )?(?P<a>\d[\d.,]*|{_WORDS})"
        r"(?P<first> (?:minutes|hours|days|weeks|months|years))?%? to"
        rf" (?P<near>about )?(?P<b>\d[\d.,]*|{_WORDS})(?P<unit>%?)(?P<measure> (?:minutes|secs"
        r"|seconds|hours|days|weeks|months|years|kg|tonnes|litres|kWh|km|hectolitres))?"
        r"(?P<per> (?:(?:a|an) (?:day|week|month|year|shift|night|quarter|hour|term)|per [a-z]+))?"
        rf"(?P<rest>{_REST})?",
        text,
    )
    if moved and not any(lexicon.is_past(w) or w == "i" for w in moved["what"].lower().split()):
        a, b = (_figure(moved.group(n)) or 0.0 for n in ("a", "b"))
        verb = "rose" if b > a else "fell" if b < a else None
        if moved["first"] and moved["measure"] and moved["first"] != moved["measure"]:
            # "from six weeks to 10 days": two units of time, compared in days
            verb = figureshort.direction(moved["a"], moved["first"], moved["b"], moved["measure"])
        if verb is None:
            return None
        unit = moved.group("unit")
        what = _common_start(moved.group("what"))
        since = f"{moved.group('about') or ''}{moved.group('a')}{moved.group('first') or ''}"
        measure = (moved.group("measure") or "").replace("secs", "seconds")
        b_said = "zero" if moved.group("b") == "0" else moved.group("b")  # "220 -> 0"
        if b_said in SMALL_NUMBERS and not moved.group("first"):  # "from 10 to five days": 5
            b_said = str(SMALL_NUMBERS.index(b_said) + 1)
        until = f"{moved['near'] or ''}{b_said}{unit}{measure}"  # "to about 15 minutes"
        rest = (moved.group("per") or "") + (moved.group("rest") or "")
        if not _OWNED.search(f"{what}{rest}"):  # whose figure? the candidate helped move it
            grown = what.split()[-1].lower() in GROWN_GROUPS  # "team 11 -> 18": grown
            way = "helped grow" if grown and verb == "rose" else "helped raise"
            way = way if verb == "rose" else "helped bring"
            down = "" if verb == "rose" else " down"
            return "achievement", Clause(
                "I", way, f"{_measured(what)}{down} from {since}{unit} to {until}{rest}"
            )
        said = f"{what} {verb} from {since}{unit} to {until}{rest}"
        return "achievement", Clause("", "", "", whole=said)
    went = re.fullmatch(
        r"(?P<what>[A-Za-z][^,]*?) (?P<way>up|down) (?:by )?(?P<n>(?:about )?\d[\d.,]*(?:%| \w+)"
        rf"|a third|half|a quarter|two thirds)(?P<rest>{_REST})?",
        text,
    )
    if went is None:
        return _multiplied(text)
    if any(lexicon.is_past(w) for w in went.group("what").lower().split()):
        return None
    what = _common_start(went.group("what"))
    rest = went.group("rest") or ""
    if not _OWNED.search(f"{what}{rest}"):  # "Agency spend down by a third": whose?
        what = _measured(what)  # "the backlog", "the check-in queue time"
        if went.group("way") == "up":
            return "achievement", Clause("I", "helped raise", f"{what} by {went.group('n')}{rest}")
        return "achievement", Clause("I", "helped bring", f"{what} down by {went.group('n')}{rest}")
    said = f"{what} went {went.group('way')} by {went.group('n')}{rest}"
    return "achievement", Clause("", "", "", whole=said)


# What may follow a change's figures: where, when, how ("on nights", "after the new rota").
_REST = (
    r" (?:(?:in|over|within|across|at|by|on|after|with|since|for|under|during|of) [^,]+"
    r"|year on year(?: (?:in|on|at|across|for) [^,]+)?)"
)
# A measure that doubled, tripled or halved: "revenue doubled in three years".
_MULTIPLIED = re.compile(
    rf"(?P<what>[A-Za-z][^,]*?) (?P<verb>doubled|tripled|halved)(?P<rest>{_REST})?"
)
_MULTIPLY = {"doubled": "double", "tripled": "triple", "halved": "halve"}


def _multiplied(text: str) -> tuple[str, Clause] | None:
    """ "HCAI rates halved in 18 months" -> "I helped halve HCAI rates in 18 months" (said with
    its own subject when the notes name whose it is: "falls on my ward halved")."""
    found = _MULTIPLIED.fullmatch(text)
    if found is None or any(lexicon.is_past(w) for w in found["what"].lower().split()):
        return None
    what, rest = _common_start(found["what"]), found["rest"] or ""
    if not _OWNED.search(f"{what}{rest}"):
        verb = _MULTIPLY[found["verb"]]
        return "achievement", Clause("I", f"helped {verb}", f"{_measured(what)}{rest}")
    return "achievement", Clause("", "", "", whole=f"{what} {found['verb']}{rest}")


# A figure with its owner named: "falls on my ward", "shrink in our store".
_OWNED = re.compile(r"\b(?:my|our)\b|\bI\b", re.IGNORECASE)


def _common_start(text: str) -> str:
    """ "Falls on my ward" -> "falls on my ward": an ordinary first word typed with a capital
    (a name or initials keep it: "KS2 maths results"); one rate takes "the" ("the pass rate")."""
    words = text.split()
    if words[-1].lower() in _RATES and words[0].lower() not in DETERMINERS and len(words) < 5:
        text = f"the {text[0].lower()}{text[1:]}" if words[0][1:].islower() else f"the {text}"
    first = text.split()[0]
    if first[:1].isupper() and first[1:].islower() and lexicon.is_noun(first.lower()):
        return text[0].lower() + text[1:]
    return text


_RATES = frozenset(["rate", "score", "ratio", "average", "percentage"])
# An average typed with its figure and no "of": "average TTF 38 days", "average basket £42".
_AVERAGE = re.compile(
    r"average (?P<what>[A-Za-z][\w-]*(?: [A-Za-z][\w-]*)?) "
    r"(?P<n>(?:about )?(?:[$£€]?\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine)"
    r"(?:%| [a-z]+)?)"
)
# What came of an action, typed after a dash: "- 140 covers, nothing sent back".
_FIXED = re.compile(r"^(?:on time|(?:\d+% )?under budget|on budget|on schedule|ahead of schedule)$")
_COUNTED = re.compile(
    r"^(?:more than |about |over |nearly )?(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight"
    r"|nine|ten|twelve|twenty|thirty)%? [a-z][a-z-]*"
    r"(?: (?:in|over|a|per|within|across|every|each|by) [\w ]+| in| out)?$"
    r"|^all (?:[a-z]+ )?[a-z]+s$"  # "3 transfers in", "all good outcomes"
)
# A measure that moved, as one part of a result: "DNA rate down from 22% to 9%".
_MOVED = re.compile(
    r"^(?P<what>[A-Za-z][\w-]*(?: [a-z][\w-]*){0,3}) (?:went )?(?:up|down) (?:from \S+ to \S+"
    r"|by \S+|(?:about )?\d[\d.]*%)(?: (?:in|over|within) [\w ]+)?$"
)


def _moved(part: str) -> str | None:
    found = _MOVED.match(part)
    if found is None:
        return None
    one = found["what"].split()[-1] in ONE_MEASURE and found["what"].split()[0] not in DETERMINERS
    return f"the {part}" if one else part


# The first stretch of time of a thing begun: "the first year", "its first month".
_FIRST_SPAN = (
    r"(?:the|its) (?:first|second|third|opening) (?:day|week|month|quarter|season|term|year)"
)
_OFTEN = re.compile(r"^(?:every|each|a|per) (?:day|week|month|term|shift|night|year)$|^weekly$")
_WHOM = re.compile(
    r"(?P<q>all|most|both|half|two|three|four|five|six) (?P<verb>passed|qualified|trained"
    r"|were promoted|stayed on)(?: (?P<what>[a-z0-9][\w -]*))?"
)
# Who a count names as people, before "all ...": "of whom", never "of which".
_PEOPLE = (
    r"(?i)\b(?:apprentices?|trainees?|staff|students?|people|nurses?|grads?|graduates?|hires"
    r"|engineers?|members?|volunteers?|players?|pupils?|juniors?|technicians?)\b"
)
_RATE = re.compile(
    r"(?P<what>(?:[A-Z][\w-]*|[a-z][\w-]*) (?:[a-z-]+ )?(?:rate|score|ratio|accuracy))"
    r" (?:under|below|over|above|of|at) (?:about )?\d[\d.]*%"
)
_EARLY = re.compile(
    r"^(?P<verb>finished|delivered|completed|came in|went live|opened)"
    r" (?P<when>(?:\w+ (?:days?|weeks?|months?) (?:early|ahead of schedule))|on time"
    r"|(?:\d+% )?under budget|on budget|ahead of schedule)$"
)
_DOING = {"finished": "finishing", "delivered": "delivering", "completed": "completing"}
_NONE = re.compile(r"^(?:nothing|none|zero|no) [a-z][a-z -]*$")


_BEST = re.compile(
    r"(?:the )?(?:largest|biggest|first|only|highest|most (?!of\b)\w+) [a-z][\w ,'-]*"
)


# A past verb with only a particle and how soon ("picked up earlier", "sorted out quicker"):
# maybe a passive typed without "was" ("delirium picked up earlier"), never the thing's deed.
_PASSIVE_READ = re.compile(r"(?:up|down|out|off|in|on)(?: [a-z]+(?:er|ly))?$")


def result(text: str, before: str = "", *, caused: bool = True) -> str | None:
    """`_result` with how often or "on average" set aside and put back, or said in the present."""
    text = resulttails.signed(text)  # "conversion +8%": conversion up 8%
    bare = resultmeant.comparative(text, before)  # "~12% cheaper": which made them 12% cheaper
    if bare is not None:
        return bare
    said = _result(text, before, caused=caused)
    core, trail = resulttails.trailed(text)
    if said is not None or (core == text and not trail):
        return said or present(text) or resulttails.absolute(text) or resulttails.later(text)
    said = resulttails.runs(core) or _result(core, before, caused=caused) or present(core)
    return said + trail if said else None


# A clause with its own finite verb in the perfect or passive: "no sample has been lost".
_PERFECT = re.compile(r"\b(?:has|have|had) (?:not |never )?been \w+(?:ed|en|t|n)\b")


def _result(text: str, before: str = "", *, caused: bool = True) -> str | None:
    """The result after a dash, an arrow or a comma said after the action's clause (`before`,
    its words after the verb): "overtime down about 20%" -> ", which cut overtime by about 20%";
    "140 covers, nothing sent back" -> ", with 140 covers and nothing sent back"; "RFE rate
    under 10%" -> ", with an RFE rate under 10%"; "2 now run their own stations" after "five
    line cooks" -> ", two of whom now run their own stations"; None when it is none of these
    shapes. A change that the action did not make (`caused` False: "took over a route") is said
    with its own subject: ", and sales rose by 30%"."""
    text = re.sub(r"\ba lot$", "considerably", text)
    if re.fullmatch(rf"(?:\d+|{_WORDS}) (?:seasons?|years?|months?|weeks?)", text):
        return f" over {text}"  # "94% -> 97%, 3 seasons": the span it took, never "with" it
    if re.match(r"with (?:the )?[a-z][\w -]*? (?:up|down) (?:by |from )?(?:about )?[$£€]?\d", text):
        return f", {text}"  # "with production up 18% over three seasons": as typed
    if text.startswith("and "):  # ", and overtime went down 20%": a result with its own subject
        if _PERFECT.search(text):  # ", and no sample has been lost since": said as typed
            return f", {text}"
        return result(text[4:], before, caused=False)
    # "12 families the first yr": a time named with no preposition after a count is "in" it
    text = re.sub(
        rf"^(?=(?:about |over )?(?:\d|{_WORDS}\b))(.+?[a-z])(?<!\bin)(?<!\bover)(?<!\bduring)"
        rf"(?<!\bwithin)(?<!\bfor)(?<!\bby) (?={_FIRST_SPAN}$)",
        r"\1 in ",
        text,
    )
    if re.fullmatch(r"(?:worth|valued at|totall?ing) (?:about |over |nearly )?\S*\d\S*", text):
        return f", {text}"  # "worth $450k": the value of what the action won, as typed
    if _BEST.fullmatch(text):  # "- largest in the office that yr": the thing done, ranked
        return f", {text if text.startswith('the ') else 'the ' + text}"
    if re.fullmatch(r"against an? [\w ]*average of (?:about |around )?\d[\d,.]*%?", text):
        return f", {text}"  # the usual figure the action is measured against
    average = _AVERAGE.fullmatch(text)
    if average is not None:  # "avg TTF 38 days" -> ", with an average TTF of 38 days"
        return f", with an average {average['what']} of {average['n']}"
    part = cvshares.share(text, before)
    if part is not None:
        return part
    went = re.fullmatch(
        r"(?P<what>[a-z][A-Za-z0-9 -]*?) (?:went )?(?P<way>up|down) (?:by )?"
        rf"(?P<n>(?:about )?(?:(?:\d[\d.,]*|{_WORDS})(?:%| \w+)|[$£€]\d[\d.,]*[km]?\b)"
        r"|a third|half|a quarter|two thirds)"
        r"(?P<rest> (?:in|over|within|across|after|since) [^,]+)?"
        r"(?P<where> (?:on|at) (?:our|my|the) [a-z]+(?: [a-z]+)?)?",
        text,
    )
    if went is not None and not any(lexicon.is_past(w) for w in went.group("what").split()):
        # "conveyances down ~20% on our patch": where it fell, said with what fell
        what = _measured(went.group("what")) + (went.group("where") or "")  # "the crash rate"
        rest = went.group("rest") or ""
        if not caused:
            way = "rose" if went.group("way") == "up" else "fell"
            return f", and {what} {way} by {went.group('n')}{rest}"
        verb = "cut" if went.group("way") == "down" else "raised"
        return f", which {verb} {what} by {went.group('n')}{rest}"
    changed = _from_to(text)
    if changed is not None:
        return changed
    trained = re.fullmatch(
        rf"(?P<n>{NUMBER}) (?P<who>[a-z][\w-]*) (?P<verb>{PEOPLE_VERBS})(?P<rest> .+)?", text
    )
    if trained is not None:  # "120 supervisors trained over 18 months"
        rest = trained.group("rest") or ""
        said = f"{trained.group('n')} {trained.group('who')}{rest}"
        return f", which {trained.group('verb')} {said}"
    still = re.fullmatch(r"(?:now|still) (?P<verb>[a-z]+)\b.*", text)  # "now done weekly"
    if still is not None and lexicon.is_participle(still["verb"]):
        return f", which is {text}"
    used = re.fullmatch(
        r"(?:(?:now|still|since) )?"  # "now used across 3 sections"
        r"(?P<verb>used|adopted|cited|featured|shortlisted|published|quoted|picked up)"
        r" (?P<rest>(?:in|by|across|as|for|on|at) .+)",
        text,
    )
    if used is not None:  # "- used in budget hearings" -> ", used in budget hearings"
        # "now used across 3 sections": still so, said with its verb
        return f", which is {text}" if text.startswith(("now ", "still ")) else f", {text}"
    if re.fullmatch(r"all (?:in|within|on|under|before) (?:the|a|an) [\w -]+", text):
        return f", {text}"  # "45 EHCP advices, all in the 6-week window"
    done = _EARLY.match(text)
    if done is not None and done.group("verb") in _DOING:
        # "delivered 2 wks early": the candidate delivered it, not the team named before
        return f", {_DOING[done.group('verb')]} it {done.group('when')}"
    own = re.fullmatch(r"(?P<noun>[a-z]+) (?P<verb>[a-z]+) (?P<rest>.+)", text)
    if (
        own is not None
        and lexicon.is_noun(own.group("noun"))
        and own.group("noun") not in ("now", "still", "then", "since", "later", "soon", "zero")
        and own.group("noun") not in ("nobody", "everybody", "everyone", "someone", "somebody")
        and lexicon.is_past(own.group("verb"))
        and not lexicon.is_noun(own.group("verb"))
        and not _PASSIVE_READ.match(own.group("rest"))  # "delirium picked up earlier": was it?
    ):  # "team made state last spring" -> ", and the team made state last spring"; "parents
        # loved it" -> ", and parents loved it" (a plural needs no "the")
        return f", and {'' if lexicon.is_plural_noun(own['noun']) else 'the '}{text}"
    whom = _WHOM.fullmatch(text)
    if whom is not None:  # "all passed journeyman exam" -> ", all of whom passed their ..."
        verb = "were trained" if whom.group("verb") == "trained" else whom.group("verb")
        what = whom.group("what") or ""
        first_time = re.fullmatch(r"first (?:time|go|try)|at the first attempt", what)
        if (
            what
            and what.split()[0] not in DETERMINERS
            and not what[:1].isdigit()
            and not first_time
        ):
            what = f"their {what}" if verb == "passed" else what
        return f", {whom.group('q')} of whom {verb}{' ' if what else ''}{what}"
    held = re.fullmatch(
        r"(?P<q>all|both|each|every one) (?P<verb>held|worked|passed|sold|lasted)", text
    )
    if held is not None and not re.search(_PEOPLE, before):  # "6 sherry butts ..., all held"
        q = "every one" if held["q"] in ("each", "every one") else held["q"]
        return f", {q} of which {held['verb']}"
    if re.fullmatch(r"(?:cut|reduced|halved|saved|doubled|tripled) [A-Za-z][\w -]*", text):
        return f", which {text}"  # "cut turnaround by two days"
    rate = _RATE.fullmatch(text)
    if rate is not None:  # "RFE rate under 10%" -> ", with an RFE rate under 10%"
        return f", with {lexicon.article(rate.group('what'))} {text}"
    text = re.sub(r"^(?:came in|was delivered|was) (?=(?:on|under|ahead)\b)", "", text)
    parts = [p.strip() for p in re.split(r",(?!\d{3})| and ", text) if p.strip()]  # "2,100"
    early = _EARLY.match(parts[0]) if parts else None
    if early and all(_NONE.match(p) or _COUNTED.match(p) for p in parts[1:]):
        # "finished 2 wks early, zero lost-time incidents"
        rest = f", with {_joined(parts[1:])}" if parts[1:] else ""
        return f", which {early.group('verb')} {early.group('when')}{rest}"
    if len(parts) > 1 and _OFTEN.match(parts[-1]) and _COUNTED.match(parts[-2]):
        parts[-2:] = [f"{parts[-2]} {parts[-1]}"]  # "20 kids, every week" -> "20 kids every week"
    if not parts or len(parts) > 3:
        return None
    if all(_FIXED.match(p) for p in parts):  # "on time, under budget"
        return f", which came in {_joined(parts)}"
    parts = [_moved(p) or nonedoing.none_doing(p) for p in parts]  # "no patient missing a dose"
    if not all(
        _NONE.match(p) or _COUNTED.match(p) or _MOVED.match(p.removeprefix("the ")) for p in parts
    ):
        return None
    # "140 covers, nothing sent back" -> ", with 140 covers and nothing sent back"
    return f", with {_joined(parts)}"


def _joined(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _from_to(text: str) -> str | None:
    """ "waiting list down from 6 wks to 2" -> ", which cut the waiting list from six weeks to
    two"; "nightly run from 6 hours to 2 hours" -> ", which cut the nightly run from ..."."""
    moved = re.fullmatch(
        r"(?P<what>[a-z][a-z0-9 -]*?) (?:went )?(?:up |down )?from (?P<about>about )?"
        r"(?P<a>[\d.,]+%?|[a-z]+)(?P<unit> [a-z]+)? to (?P<about2>about )?(?P<b>[\d.,]+%?|[a-z]+)"
        r"(?P<unit2> [a-z]+)?"
        r"(?P<rest> (?:in|over|within|across|after|per|a) [^,]+)?",
        text,
    )
    if moved is None:
        return None
    figures = (_figure(moved.group(k)) for k in ("a", "b"))  # "2 days to 3 hrs": in days
    a, b = timed(moved["a"], moved["unit"], moved["b"], moved["unit2"]) or figures
    head = moved.group("what").split()[-1]  # "about from 40 to 90": no thing moved
    if a is None or b is None or a == b or lexicon.is_past(head) or head in DETERMINERS:
        return None
    if re.match(r"(?:which|that|who)\b", moved.group("what")):
        return None  # ", which cut X from 150 to 75": said, never "which cut the which cut"
    verb = "cut" if b < a else "raised"
    unit, unit2 = moved.group("unit") or "", moved.group("unit2") or ""
    since, until = moved.group("a"), moved.group("b")
    if unit and not unit2 and until.isdigit():
        until = cvshares.spelled(until)  # "from six weeks to 2" -> "from six weeks to two"
    since, until = f"{moved['about'] or ''}{since}", f"{moved['about2'] or ''}{until}"  # "~6h"
    what = moved.group("what")
    head = what.split()[-1]
    if not head.endswith("s") and head not in _MASS:
        what = f"the {what}"
    return f", which {verb} {what} from {since}{unit} to {until}{unit2}{moved.group('rest') or ''}"


def _figure(word: str) -> float | None:
    if word in SMALL_NUMBERS:
        return float(SMALL_NUMBERS.index(word) + 1)
    try:
        return float(word.rstrip("%").replace(",", ""))
    except ValueError:
        return None


# Heads that take no article: "cut turnover from 35% to 19%", not "cut the turnover".
_MASS = frozenset(
    ["turnover", "churn", "retention", "downtime", "attendance", "absence", "overtime", "spend",
     "revenue", "waste", "shrinkage", "shrink", "engagement", "traffic", "footfall", "cost"]
)  # fmt: skip
