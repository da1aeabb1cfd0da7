"""A result typed as a measure in a shape no item reader takes, put in the words of one that does.

Its one job: rewrite the line and hand it back to the item reader, which says it or leaves it out
(so nothing here says a sentence itself, and a rewrite the readers cannot say stays out):
- a signed change in brackets after a deed or a thing made: "loyalty app rollout (+9% repeat
  visits)" -> "rolled out loyalty app -> repeat visits up 9%"; "new menu 2022 (+20% covers)" ->
  "new menu raised covers by 20%" (`madeby`), said "In 2022, my new menu raised ...";
- a deed typed as a noun, or a thing that made a change, before an arrow: "dosing retune ->
  alum use -15%" -> "retuned dosing -> alum use down 15%"; "pilot project -> no-shows down 30%"
  -> "pilot project cut no-shows by 30%";
- an arrow to nothing: "ran 3 crews -> 0 LTIs" -> "ran 3 crews, no LTIs" ("with no LTIs");
- a place in brackets after a change: "NPS +18 pts (Protea Glen branch)" -> "... at the Protea
  Glen branch" (`placed`, read before the item readers);
- a measure typed with its unit after a slash: "fuel use/km 0.32 -> 0.27 L" -> "fuel use 0.32 ->
  0.27 litres per km"; "milk solids/cow 410 -> 465kg" -> "milk solids 410 -> 465 kg per cow" (a
  unit no table knows, "/hl", is left out: it would be said as initials).
The way a change went is the line's own: a sign, "up" or "down", or two ends; "pts" after a
signed figure of a named measure is points (a score moves by points, never by patients).
"""

from __future__ import annotations

from collections.abc import Callable

from composer import regexes as re
from composer.offline import lexicon, madeby
from composer.offline.realise import Clause
from composer.offline.words import DETERMINERS, SMALL_NUMBERS

__all__ = ["read"]

# A deed typed as a noun after its thing ("loyalty app rollout"), and the verb it names.
DEED_NOUNS = {
    "launch": "launch", "relaunch": "relaunch", "rollout": "roll out", "roll-out": "roll out",
    "redesign": "redesign", "retune": "retune", "cleanup": "clean up", "clean-up": "clean up",
    "overhaul": "overhaul", "upgrade": "upgrade", "rebuild": "rebuild", "refit": "refit",
    "revamp": "revamp", "rewrite": "rewrite", "restructure": "restructure",
    "migration": "migrate", "implementation": "implement", "installation": "install",
    "automation": "automate", "reorganisation": "reorganise", "reorganization": "reorganize",
}  # fmt: skip

_ARROW = r"(?:->|→|=>)"
_MADE = "\x00"  # marks a rewrite said with the thing as its subject (`madeby`)
_ABOUT = r"(?:(?P<about>~ ?|about |approx\.? |c\. ?)?)"
_FIGURE = r"(?P<n>\d[\d.,]*)"
# A span typed after a change: "1st yr", "in 6 wks", "yoy".
_TAIL = re.compile(
    r"(?P<tail> (?:(?:in|over|within) )?(?:(?:the )?(?:1st|first)|\d+|an?|one|two|three|six)"
    r" (?:yrs?|years?|mo|mos|months?|wks?|weeks?|quarters?|seasons?|terms?)"
    r"| (?:yoy|YoY|year on year))$"
)
_FIRST = re.compile(r"^(?: (?:in|over|within))? (?:the )?(?:1st|first) ")
# A signed change in brackets after the line's thing: "(+15% vol 1st yr)", "(-30% calf losses)".
_BRACKETED = re.compile(
    rf"^(?P<thing>[^()]+?)(?: (?P<year>(?:19|20)\d\d))? \({_ABOUT}(?P<sign>[+-]) ?{_FIGURE}"
    r"(?P<unit>%| ?pts\b| ?points\b)? (?P<measure>[A-Za-z][^()]*)\)$"
)
# A change after an arrow: "pacing down ~35% in 6 wks", "alum use -15%".
_AFTER_ARROW = re.compile(
    rf"^(?P<thing>[^,()]+?) {_ARROW} "
    r"(?P<measure>[A-Za-z][\w/-]*(?: (?!up\b|down\b|went\b)[a-z][\w-]*){0,3}) "
    rf"(?:(?:went )?(?P<way>up|down) (?:by )?)?{_ABOUT}(?P<sign>[+-])? ?{_FIGURE}"
    r"(?P<unit>%| ?pts\b| ?points\b)?(?P<rest> .+)?$"
)
_NOT_NONE = frozenset(["more", "longer", "further", "need", "one", "other", "change"])
_NOTHING = re.compile(
    rf"^(?P<deed>[^,()]+?) (?:{_ARROW}|-|–) (?:0|zero|nil|no) (?P<what>[A-Za-z][^,()]*)$"
)
_END = r"[£$€]?~?\d[\d.,]*(?:[kKmM]\b|%)?"  # one end of a move: "£900", "40k", "~35", "8%"
_SLASHED = re.compile(
    rf"^(?P<what>[A-Za-z][\w -]*?)/(?P<per>[a-z]{{1,5}}) (?P<ends>(?:from )?{_END}"
    rf" ?(?:{_ARROW}|to) ?{_END})(?P<unit> ?[a-zA-Z]{{1,3}})?(?P<rest> .+)?$"
)

# A change typed twice: its two ends, then its share in brackets ("4.1 -> 3.3 (~ -20%)"); the
# share says nothing the ends do not, so it is let go.
_RESTATED = re.compile(
    rf"(?P<a>\d[\d.,]*)\w* ?{_ARROW} ?~?(?P<b>\d[\d.,]*)\w*(?: [A-Za-z]{{1,3}})? "
    r"\((?:~ ?|about )?(?P<sign>[+-]) ?\d+%\)$"
)


def read(item: str, reader: Callable[[str], Clause | None]) -> Clause | None:
    """The line said by the item reader once its measure is typed in a shape it reads, or None:
    "homework platform rollout (+40% completion)" -> "I rolled out the homework platform, which
    raised completion by 40%". `reader` is the item reader's clause for a line."""
    text = _restated(" ".join(item.split()).rstrip("."))
    for shape in (_bracketed, _arrowed, _nothing, _slashed):
        found = shape(text)
        if found is None or found[0] == text:
            continue
        made = found[0].startswith(_MADE)  # "new menu raised covers by 20%": a thing's own
        said = madeby.read(found[0].removeprefix(_MADE), reader) if made else reader(found[0])
        if said is None:
            return None
        year = found[1]
        if year and said.whole is not None and not re.search(rf"\b{year}\b", said.whole):
            return Clause("", "", "", whole=f"In {year}, {_lowered(said.whole)}")
        return said if not year or re.search(rf"\b{year}\b", said.text()) else None
    return None


# A place named in brackets after a measure's change: "(Protea Glen branch)", "(Leeds store)".
_PLACE_NOUNS = "branch|store|site|ward|school|clinic|office|depot|plant|hotel|restaurant|warehouse"
_PLACED = re.compile(
    rf"^(?P<line>[^()]+?\d[^()]*) \((?P<name>(?:[A-Z][\w'&.-]* ){{1,4}})(?P<noun>{_PLACE_NOUNS})\)$"
)


_SPAN = re.compile(r"\b(in|over|within) ([1-9]) (years?|months?|weeks?|days?|quarters?)\b")


def placed(text: str) -> str:
    """A measure's change with its place typed in brackets after it, said "at": "branch NPS up
    18 points in one year (Protea Glen branch)" -> "NPS up 18 points in one year at the Protea
    Glen branch" (the place's word let go before the measure, said once); other text as it is."""
    found = _PLACED.match(text)
    if found is None or not re.search(
        r" (?:up|down|[+-] ?\d[\d.,]*%?|from \S+ to|->|→) ", found["line"]
    ):
        return text
    line = re.sub(rf"^{found['noun']} (?=[A-Za-z])", "", found["line"], flags=re.IGNORECASE)
    line = _SPAN.sub(lambda m: f"{m[1]} {SMALL_NUMBERS[int(m[2]) - 1]} {m[3]}", line)  # "one"
    return f"{line} at the {found['name']}{found['noun']}"


def _restated(text: str) -> str:
    """The line without a share in brackets that says again the way its two ends went."""
    found = _RESTATED.search(text)
    if found is None:
        return text
    try:
        a, b = (float(found[n].replace(",", "")) for n in ("a", "b"))
    except ValueError:
        return text
    if (b < a) != (found["sign"] == "-") or a == b:
        return text
    return text[: text.rfind(" (")]


def _bracketed(text: str) -> tuple[str, str | None] | None:
    """ "new lager launch 2024 (+15% vol 1st yr)" -> "launched new lager in 2024 -> volume up 15%
    in the first year"; "new scorecard (+12 pts quality score)" -> "new scorecard raised quality
    score by 12 points"."""
    found = _BRACKETED.match(text)
    if found is None:
        return None
    measure, tail = _split_tail(found["measure"])
    if not measure:
        return None
    way = "up" if found["sign"] == "+" else "down"
    return _caused(found["thing"], found["year"], measure, way, _by(found), tail)


def _arrowed(text: str) -> tuple[str, str | None] | None:
    """ "enrichment study -> pacing down ~35% in 6 wks" -> "enrichment study cut pacing by
    about 35% in 6 wks"; "dosing retune -> alum use -15%" -> "retuned dosing -> alum use down
    15%". A deed typed with its verb ("rebuilt X -> errors down 25%") is the readers' own."""
    found = _AFTER_ARROW.match(text)
    if found is None or _has_verb(found["thing"]) or not (found["way"] or found["sign"]):
        return None
    way = found["way"] or ("up" if found["sign"] == "+" else "down")
    thing, year = found["thing"], None
    dated = re.fullmatch(r"(?P<thing>.+) (?P<year>(?:19|20)\d\d)", thing)
    if dated:  # "kitchen refit 2023 -> covers up 25%"
        thing, year = dated["thing"], dated["year"]
    return _caused(thing, year, found["measure"], way, _by(found), found["rest"] or "")


def _caused(
    thing: str, year: str | None, measure: str, way: str, by: str, tail: str
) -> tuple[str, str | None] | None:
    """A thing and the change it made, in the shape a reader takes: a deed's ("launched X ->
    sales up 15%"), a thing's own ("new menu raised covers by 20%"), or a verb's as typed."""
    measure = re.sub(r"^vol\b", "volume", measure)
    words = thing.split()
    deed = DEED_NOUNS.get(words[-1].lower())
    when = f" in {year}" if year else ""
    if deed is not None and len(words) > 1:
        verb, _, particle = deed.partition(" ")
        past = lexicon.verb_forms(verb).get("VBD")
        if not past:
            return None
        done = " ".join(
            [past, particle, *_the(words[:-1])] if particle else [past, *_the(words[:-1])]
        )
        return f"{done}{when} -> {measure} {way} {by}{tail}", None
    if _has_verb(thing):  # "rebuilt the intake form (-25% errors)": the deed as typed
        return f"{thing}{when} -> {measure} {way} {by}{tail}", None
    verb = "raised" if way == "up" else "cut"
    return f"{_MADE}{thing} {verb} {measure} by {by}{tail}", year


def _nothing(text: str) -> tuple[str, str | None] | None:
    """ "led crew of 4 on 2 roofs -> 0 lost-time injuries" -> "..., no lost-time injuries"."""
    found = _NOTHING.match(text)
    if found is None or not _has_verb(found["deed"]):
        return None
    words = found["what"].split()
    if len(words) > 4 or words[0] in _NOT_NONE or not lexicon.is_noun(words[-1].lower()):
        return None  # "- no more plaster for 80% of cases": no count of nothing
    return f"{found['deed']}, no {found['what']}", None


def _slashed(text: str) -> tuple[str, str | None] | None:
    """ "sales/rep 40k -> 55k" -> "sales per rep 40k -> 55k"; a unit typed on the figures
    takes the "per" after it: "milk solids/cow 410 -> 465kg" -> "milk solids 410 -> 465kg per
    cow"."""
    found = _SLASHED.match(text)
    last = found["what"].split()[-1] if found else ""
    if found is None or not last.islower() or not lexicon.known(last):
        return None  # "energy kWh/t": a unit typed whole, not a measure and its "per"
    per = _PER.get(found["per"], found["per"])
    if not (lexicon.known(per) or per in _UNITS):
        return None  # "/hl": a unit no table spells, said "per HL" as initials: left out
    rest = found["rest"] or ""
    if found["unit"]:  # "465kg": a unit the change's reader knows, else no reading
        unit = _UNITS.get(found["unit"].strip().lower())
        return (f"{found['what']} {found['ends']} {unit} per {per}{rest}", None) if unit else None
    return f"{found['what']} per {per} {found['ends']}{rest}", None


_UNITS = {"kg": "kg", "t": "tonnes", "l": "litres", "kwh": "kWh", "km": "km"}
_PER = {"hr": "hour", "wk": "week", "yr": "year", "mo": "month"}


def _by(found: re.Match[str]) -> str:
    """The figure of a change with its "about" and unit: "about 15%", "12 points"."""
    unit = (found["unit"] or "").strip()
    unit = "%" if unit == "%" else f" {'points' if unit else ''}".rstrip()
    return f"{'about ' if found['about'] else ''}{found['n']}{unit}"


def _split_tail(measure: str) -> tuple[str, str]:
    """ "vol 1st yr" -> ("vol", " in the first year"); "calf losses" -> ("calf losses", "")."""
    tail = _TAIL.search(measure)
    if tail is None:
        return measure, ""
    said = tail["tail"]
    if _FIRST.match(said):
        said = _FIRST.sub(" in the first ", said)
    elif not re.match(r" (?:in|over|within|yoy|YoY|year)\b", said):
        said = f" in{said}"
    return measure[: tail.start()].strip(), said


def _the(words: list[str]) -> list[str]:
    """ "rota" -> "the rota", "CRM" -> "the CRM": one thing a deed was done to, typed bare;
    "new lager" keeps its words (the reader gives it "a"), as does "our app"."""
    first, last = words[0], words[-1]
    if first.lower() in DETERMINERS or first.lower() in ("new", "our", "my"):
        return words
    if lexicon.is_plural_noun(last.lower()) or (lexicon.known(last) and not lexicon.is_noun(last)):
        return words
    return ["the", *words]


def _has_verb(thing: str) -> bool:
    """A deed typed with its verb in the past ("rebuilt the form", "led crew of 4")."""
    first = thing.split()[0].lower()
    return lexicon.is_past(first) or first in ("i", "we")


def _lowered(whole: str) -> str:
    """ "My new menu ..." -> "my new menu ...": a sentence put after a phrase of time."""
    first, _, rest = whole.partition(" ")
    return f"{first.lower()} {rest}" if first in ("My", "The", "Our") else whole
