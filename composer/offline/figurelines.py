"""A figure-and-shorthand line read once for every field that says the candidate's points.

Qualifications, highlights and the contribution share this one reading of a line typed with
figures and note marks: a change ("retention save rate 31% -> 38% (my team, Q2-Q3)": "my team
raised its retention save rate from 31% to 38% between Q2 and Q3"), a path of spans in posts ("4
yrs agent -> 2 yrs senior agent/floor support (team of ~14)": "I spent four years as an agent and
two as a senior agent and floor support, with a team of about 14"), an amount saved with its
means ("~22k EUR/yr saved on X w/ Y": "I saved about EUR 22,000 a year on X with a Y"), and a
deed typed from its verb with a figure ("reduce complaints ~40% in 2 years": "I reduced ...";
as a contribution, "I would aim to reduce ..."). Each piece (who, when, how, the team's size)
must be read; a piece left unread, or a sentence the gate stops, gives None and the line goes
to the other readers as before. Who did it is "my team" only where the line says so, else the
candidate's own ("I"), since the line is typed among their own points."""

from __future__ import annotations

import functools
from collections.abc import Callable

from composer import regexes as re
from composer.offline import cvposts, figurescope, figuretails, lexicon
from composer.offline.casing import sentence
from composer.offline.itemkinds import Item, Kind
from composer.offline.realise import Clause
from composer.offline.shorthand import expand
from composer.offline.wellformed import problem
from composer.offline.words import FUNCTION_WORDS, GROWN_GROUPS

_FIG = r"(?:(?:about|under|over|nearly|almost|around) )?[$£€]?\d[\d.,:]*(?: ?(?:%|percent))?"
_UP = ("up", "went up", "rose", "grew", "increased")
_DOWN = ("down", "went down", "fell", "dropped", "decreased")
# Heads of a measure that is one thing of the team's, said with "the", "its" or "my".
_MEASURED = re.compile(
    r"(?i)\b(?:rate|score|ratio|share|margin|average|index|time|level|count|percentage|nps)$"
)
_VERBS = (
    "reduce", "cut", "grow", "raise", "increase", "save", "lift", "boost", "lower", "halve",
    "double", "improve", "decrease", "drop", "shorten",
)  # fmt: skip


def read(item: str, *, offer: bool = False) -> Clause | None:
    """The line said as one clause of the candidate's, or None when any piece is unread."""
    text = _normal(item)
    if not re.search(r"\d", text):
        return None
    for reader in (_change, _path, _saved, _deed, _against):
        said = reader(text, offer)
        if said is not None:
            whole = sentence(said.text())
            return None if problem(whole) or re.search(r"[()~/]|->| w ", whole) else said
    return None


def item(
    line: str, *, offer: bool = False, reader: Callable[[str], Item] | None = None
) -> Item | None:
    """The line as a point (`items.read_point`): a contribution, a path of posts, a result; a
    span or a deed with a figure's scope after it read by `reader` (a point's own reader)."""
    said = read(line, offer=offer)
    scoped = figurescope.read(line, reader) if said is None and reader and not offer else None
    if scoped is not None and scoped.said is not None:
        return None if problem(sentence(scoped.said.text())) else scoped
    if said is None or problem(sentence(said.text())):
        return None
    kind = Kind.OFFER if offer else Kind.SKILL if "spent" in said.verb else Kind.ACHIEVEMENT
    return Item(line, kind, said)


def early(line: str, reader: Callable[[str], Item]) -> Item | None:
    """A path of spans in posts ("4 yrs agent -> 2 yrs senior agent (team of ~14)") or a line
    whose bracket says who or how much ("(my team, Q2-Q3)", "(4 in major gifts)"), read before
    the readers that would paste it or drop the bracket; None for any other line."""
    if "(" not in line and not re.search(r"(?i)\b(?:yrs?|years)\b.*(?:->|\bteam of\b)", line):
        return None
    return item(line, reader=reader)


def after(reader: Callable[..., Item]) -> Callable[..., Item]:
    """`items.read_point` with this reading for a line it leaves out."""

    @functools.wraps(reader)
    def read_point(line: str, common: frozenset[str] = frozenset(), *, offer: bool = False) -> Item:
        read = reader(line, common, offer=offer)
        return read if read.said else item(line, offer=offer, reader=read_point) or read

    return read_point


def _normal(item: str) -> str:
    """The line with its note marks spelled out (`shorthand.expand`) and its amounts said."""
    text = item.strip().rstrip(".").replace("→", "->").replace("=>", "->")
    text = re.sub(r"(?i)\bw/o\b", "without", text)
    # an arrow after a figure read before `expand` ("9:40 -> 7:15"): "9:40 to 7:15"
    text = re.sub(r"(\d[\d.,:]*(?: ?%)?) ?-> ?(?=[~$£€]?\d)", r"\1 to ", " ".join(text.split()))
    text = expand(text)
    text = re.sub(r"(?i) ?/ ?(?:yr|year|annum|pa)\b", " a year", text)
    text = re.sub(r"(?i) ?/ ?(?:mo|mth|month)\b", " a month", text)
    text = re.sub(r"(?i) ?/ ?(?:day|shift|week|wk|hr|hour)\b", lambda m: " " + _unit(m[0]), text)
    text = re.sub(r"(?i)(?<![\w.])([$£€])(\d+(?:\.\d)?)k\b", _thousands, text)
    text = re.sub(
        r"(?i)\b(\d+(?:\.\d)?)k (EUR|GBP|USD|CHF|NOK|SEK|DKK|AUD|NZD|CAD)\b", _coded, text
    )
    text = re.sub(
        r"\b(\d[\d,]*) (EUR|GBP|USD|CHF|NOK|SEK|DKK|AUD|NZD|CAD)\b", r"\2 \1", text
    )  # "22,000 EUR": "EUR 22,000"
    text = re.sub(r"(?i)\bper ?cent\b", "percent", text)
    return text


def _unit(typed: str) -> str:
    word = typed.strip(" /").lower()  # "/hr": "an hour"
    word = {"wk": "week", "hr": "hour"}.get(word, word)
    return f"{lexicon.article(word)} {word}"


def _thousands(found: re.Match[str]) -> str:
    return f"{found[1]}{float(found[2]) * 1000:,.0f}"  # "$8k": "$8,000"


def _coded(found: re.Match[str]) -> str:
    return f"{found[2]} {float(found[1]) * 1000:,.0f}"  # "22k EUR": "EUR 22,000"


def _figure(text: str) -> float | None:
    number = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    return float(number[0].replace(",", "")) if number else None


def _change(text: str, offer: bool) -> Clause | None:
    """ "retention save rate 31% -> 38% (my team, Q2-Q3)", "no shows down from 11% to 4%",
    "monthly donors 340 -> 610 in 18 months (led the phone program)"."""
    core, parts = figuretails.asides(text)
    found = re.match(
        rf"(?i)^(?P<what>[a-z][a-z' -]*?) (?:(?P<dir>{'|'.join(_UP + _DOWN)}) )?"
        rf"(?:from )?(?P<a>{_FIG}) ?(?:-> ?|to |down to |up to )(?P<b>{_FIG})(?P<rest>.*)$",
        core,
    )
    if offer or not found or not _noun_phrase(found["what"]):
        return None
    a, b = _figure(found["a"]), _figure(found["b"])
    if a is None or b is None or a == b:
        return None
    unit = "%" if "%" in found["b"] else (" percent" if "percent" in found["b"] else "")
    start = found["a"] if unit.strip() in found["a"] or not unit else found["a"] + unit.strip()
    if unit == " percent":
        start = found["a"].replace(" percent", "")
    tails = figuretails.tails(found["rest"])
    led = [p for p in parts if re.match(r"(?i)^(?:led|ran|built|set up|started) ", p)]
    who = figuretails.who([p for p in parts if p not in led])
    if tails is None or who is None or len(led) > 1:
        return None
    when, means, where = tails
    subject, times = who
    what = found["what"].strip()
    if re.match(r"(?i)^(?:my|our|the) ", what):
        return None
    up = b > a
    places = ([where] if where else []) + [t for t in times if t.startswith(("on my", "in my"))]
    times = [t for t in times if t not in places]
    if places and subject == "I" and not led:  # "(ward, FY24)": on my ward, it rose
        if len(places) > 1:
            return None
        rose = "rose" if up else "fell"
        tail = [f"from {start} to {found['b']}", *times, *when] + ([means] if means else [])
        return Clause(f"{what} {places[0]}", rose, " ".join(tail))
    grown = what.split()[-1].lower() in GROWN_GROUPS  # "team 11 -> 18": the team, grown
    owner = "its " if subject != "I" else "the " if _MEASURED.search(what) or grown else ""
    owner = "" if led and subject == "I" and not grown else owner
    moved = f"{owner}{what} from {start} to {found['b']}"
    if not up:  # "brought complaints down from 40 to 12"
        moved = f"{owner}{what} down from {start} to {found['b']}"
    after = [*places, *times, *when, *([means] if means else [])]
    if led:  # "(led the phone program)": the deed, and the change it made
        deed = led[0].split(" ", 1)
        made = "took" if up else "brought"
        return Clause("I", deed[0].lower(), " ".join([f"{deed[1]}, which {made} {moved}", *after]))
    if subject == "I":  # who is not typed: the candidate helped (as `figureshort` says it)
        way = "helped grow" if up and grown else "helped raise" if up else "helped bring"
        return Clause("I", way, " ".join([moved, *after]))
    verb = ("raised" if _MEASURED.search(what) or unit else "grew") if up else "cut"
    return Clause(subject, verb, " ".join([f"{owner}{what} from {start} to {found['b']}", *after]))


def _noun_phrase(what: str) -> bool:
    """A measure's name: a few words, none a verb's ("cut SCC": a deed) or a clause's."""
    words = what.lower().split()
    return (
        1 <= len(words) <= 5
        and words[-1] not in FUNCTION_WORDS
        and words[0] not in ("i", "we", "get", "got", "made", "did", *_VERBS)
        and not lexicon.is_past(words[0])
    )


def _path(text: str, offer: bool) -> Clause | None:
    """ "4 years agent -> 2 years senior agent/floor support (team of about 14)", "11 years
    supermarket department manager team of 22": the spans in posts, in turn."""
    core, parts = figuretails.asides(text)
    team = re.search(rf"(?i),? (?:with |leading |led |managing )?(?:a )?team of ({_FIG})$", core)
    if team:
        core, parts = core[: team.start()], [*parts, f"team of {team[1]}"]
    stages = re.split(r" ?-> ?", core)
    if offer or (len(stages) < 2 and not team):
        return None
    said = []
    for i, stage in enumerate(stages):
        found = re.fullmatch(
            r"(?i)(?P<n>\d+|\w+) (?:years?|yrs?) (?:as )?(?:an? )?(?P<role>[a-z][a-z /&-]+)", stage
        )
        if not found or not _post(found["role"]):
            return None
        role = " and ".join(r.strip() for r in found["role"].split("/"))
        count = figuretails.words(found["n"])
        said.append(
            f"{count} years as {cvposts.as_post(role)}"
            if i == 0
            else f"{count} as {cvposts.as_post(role)}"
        )
    asides = []
    for part in parts:
        size = re.fullmatch(rf"(?i)team of ({_FIG})(?: people)?", part)
        if not size:
            return None
        asides.append(f", with a team of {size[1]}")
    verb = "spent" if len(stages) > 1 else "have spent"
    return Clause("I", verb, " and ".join(said) + "".join(asides))


def _post(role: str) -> bool:
    """A post's name: its last word a person's ("agent", "store manager"); a second post after
    a slash may be a duty ("senior agent/floor support")."""
    heads = [h.split() for h in role.lower().split("/")]
    if not all(h and all(re.fullmatch(r"[a-z&-]+", w) for w in h) for h in heads):
        return False
    return cvposts.person(heads[0][-1]) and all(
        cvposts.person(h[-1]) or h[-1] in ("support", "lead", "cover") for h in heads[1:]
    )


def _saved(text: str, offer: bool) -> Clause | None:
    """ "about EUR 22,000 a year saved on conveyor belt repairs with preventive maintenance
    plan": "I saved about EUR 22,000 a year on ... with a preventive maintenance plan"."""
    found = re.match(
        r"(?i)^(?P<amt>(?:about |nearly |over )?(?:[$£€]|[A-Z]{3} )[\d,.]+(?: ?[mk])?"
        r"(?: a (?:year|month|week))?) saved (?P<rest>(?:on|in) .+)$",
        text,
    )
    if offer or not found:
        return None
    on = re.match(r"(?i)^((?:on|in) [a-z' -]+?)(?= (?:with|by|through|after)\b|$)(.*)$",
                  found["rest"])  # fmt: skip
    if not on:
        return None
    tails = figuretails.tails(on[2]) if on[2].strip() else ([], None, None)
    if tails is None or tails[2]:
        return None
    when, means, _ = tails
    rest = " ".join([found["amt"], on[1], *when, *([means] if means else [])])
    return Clause("I", "saved", rest)


def _deed(text: str, offer: bool) -> Clause | None:
    """ "reduce customer complaints about 40% in two years" (a verb typed bare, as a second
    language types it): "I reduced customer complaints by about 40% in two years"; as a
    contribution, "I would aim to reduce ..."."""
    found = re.match(
        rf"(?i)^(?P<verb>{'|'.join(_VERBS)})(?P<past>d|ed)? (?P<what>[a-z][a-z' -]*?) "
        rf"(?:by )?(?P<fig>{_FIG}(?: a (?:year|month|week))?)(?P<rest>.*)$",
        text,
    )
    saving = re.match(
        r"(?i)^(?P<verb>save)(?P<past>d)? (?P<fig>(?:about |over |nearly )?(?:[$£€]|[A-Z]{3} )"
        r"[\d,.]+(?: a (?:year|month|week))?) (?P<rest>(?:on|in) .+)$",
        text,
    )
    if saving and not saving["past"]:
        on = re.match(r"(?i)^((?:on|in) [a-z' -]+?)(?= (?:with|by|through|after)\b|$)(.*)$",
                      saving["rest"])  # fmt: skip
        tails = (
            figuretails.tails(on[2]) if on and on[2].strip() else ([], None, None) if on else None
        )
        if tails is None or tails[2] or on is None:
            return None
        rest = " ".join([saving["fig"], on[1], *tails[0], *([tails[1]] if tails[1] else [])])
        return Clause("I", "would aim to save" if offer else "saved", rest)
    if not found or not _noun_phrase(found["what"]) or found["past"]:
        return None
    if "%" not in found["fig"] and "percent" not in found["fig"]:
        return None
    tails = figuretails.tails(found["rest"])
    if tails is None:
        return None
    when, means, where = tails
    verb = found["verb"].lower()
    rest = " ".join(
        [found["what"], *([where] if where else []), f"by {found['fig']}", *when]
        + ([means] if means else [])
    )
    if offer:
        return Clause("I", f"would aim to {verb}", rest)
    return Clause("I", lexicon.verb_forms(verb).get("VBD", verb), rest)


_VS = r"(?:vs\.?|versus|against|compared (?:to|with)|v\.?)"


def _ref(n: int) -> str:
    """Whose average or target ("shop avg", "target"), its groups numbered for an alternation."""
    marks = "avg|average|target|benchmark|norm"
    return rf"(?:the |a )?(?P<ref{n}>(?:[a-z]+ ){{0,2}}?)(?P<mark{n}>{marks})"


# "avg 6.5 calls a day vs 5 shop avg": what the candidate averaged, against whose average.
_AVERAGED = re.compile(
    rf"(?i)^(?:avg|average|averaged|averaging) (?P<a>{_FIG}) (?P<unit>[a-z]+(?: an? [a-z]+)?) "
    rf"{_VS} (?:(?P<b1>{_FIG}) {_ref(1)}|{_ref(2)} (?:of )?(?P<b2>{_FIG}))$"
)
# "conversion 4.1% vs 2.8% store avg", "on-time delivery 98% vs target 91%".
_COMPARED = re.compile(
    rf"(?i)^(?P<what>[a-z][a-z' -]*?) (?P<a>{_FIG}) {_VS} "
    rf"(?:(?P<b1>{_FIG}) {_ref(1)}|{_ref(2)} (?:of )?(?P<b2>{_FIG}))$"
)


def _against(text: str, offer: bool) -> Clause | None:
    """A figure of the candidate's own against an average or a target: "I averaged 6.5 calls a
    day against a shop average of 5"; "my conversion was 4.1% against a store average of 2.8%"."""
    found = _AVERAGED.match(text) or _COMPARED.match(text)
    if offer or not found:
        return None
    mark = (found["mark1"] or found["mark2"]).lower()
    words = (found["ref1"] or found["ref2"] or "").split()
    ref = " ".join([*words, "average" if mark == "avg" else mark])
    against = f"against {lexicon.article(ref)} {ref} of {found['b1'] or found['b2']}"
    if "what" not in found.groupdict():
        return Clause("I", "averaged", f"{found['a']} {found['unit']} {against}")
    if not _noun_phrase(found["what"]) or re.match(r"(?i)(?:my|our|the|i) ", found["what"]):
        return None
    return Clause(f"my {found['what']}", "was", f"{found['a']} {against}")
