"""Shapes of a result typed in shorthand, put in the order a sentence says them before the item
reader reads the line (`items`): the words stay the candidate's, only their order and the small
words a sentence needs change.

- a span of years in brackets after a deed: "grew the walk 900 -> 2,300 walkers (2022-2025)"
  -> "... between 2022 and 2025";
- a span stuck on at the end of a record or a change made: "zero falls on my sites 8 yrs" ->
  "... in eight years"; after any other deed, the time it lasted: "taught piano 5 yrs" ->
  "taught piano for five years";
- two words that describe the noun after them as one: "lost time incidents" -> "lost-time
  incidents";
- an amount before the verb that moved it: "£640k raised in X" -> "raised £640k in X"; the
  stream it came from named as income ("raised £640k in community" -> "in community income");
- a figure measured against a target: "vs £480k target" -> "against a £480k target";
- a quarter typed bare: "top seller at my branch q3" -> "... in Q3", "by q3" -> "by Q3";
- a sum a deed moved typed with "~": "cut MPLS costs ~$220k/yr" -> "about $220,000";
- a hospital unit's "docs" are its doctors: "w/ ER docs" -> "with the ER doctors";
- a measure "got" from one figure to another is cut or raised (`pointmoves`);
- "reg" after a thing's name: "event reg" -> "event registration" (after initials, "HCPC reg",
  it is "registered": `cvlines`).
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import bracketmeans, lexicon, pointmoves
from composer.offline.cvshares import spelled
from composer.offline.words import CREDENTIAL_NOUNS, DETERMINERS, PREPOSITIONS

# "(2022-25)", "(2019 - 2023)" at the end of a line.
_YEARS = re.compile(r" \((?P<a>(?:19|20)\d\d)(?P<dash> ?[-–] ?)(?P<b>(?:19|20)?\d\d)\)$")
# A span at the end with no word to join it: "... on my crew four years".
_LATE_SPAN = re.compile(
    r"(?P<before>[A-Za-z]+|\d+%) (?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve) (?P<unit>years?|months?|weeks?|seasons?)"
    r"(?P<after> (?:at|in|on|with|under|as|across) (?!a row\b)[^,;()]+)?$"
)
# A time clause that ends a deed's phrase: the span is said before it ("... for six years
# before law school").
_TIME_CLAUSE = re.compile(r" (?=(?:before|until|after|when|while) )")
# Verbs whose object may be time itself: "clawed back five weeks", "saved three days".
_TIME_TAKEN = frozenset(
    ["saved", "clawed", "shaved", "gained", "lost", "spent", "took", "added", "won", "bought",
     "knocked", "cut", "freed", "recovered", "trimmed"]
)  # fmt: skip
# Verbs of a change made, whose span is the time it took ("grew sales 40% in two years").
_CHANGE_VERBS = frozenset(
    ["cut", "reduced", "grew", "raised", "increased", "doubled", "tripled", "halved", "lifted",
     "boosted", "saved", "dropped", "lowered", "improved"]
)  # fmt: skip
# A record kept, typed as the count of what did not happen: "zero lost-time incidents".
_RECORD = re.compile(r"^(?:zero|no|nil|0) [a-z]")
# A year stuck on the end of a deed: "... in venepuncture 2024".
_LATE_YEAR = re.compile(r"(?P<before>[A-Za-z]+) (?P<year>(?:19|20)\d\d)$")
# A quarter typed bare at the end of a point, after a word: "top seller at my branch q3".
_LATE_QUARTER = re.compile(
    r"(?<=[a-z%] )(?P<at>(?:in|by|for|from|during|since|until) )?[Qq](?P<n>[1-4])$"
)
# A quarter after its preposition anywhere in a point: "in q3", said with its capital.
_QUARTER = re.compile(r"\b(?P<at>in|by|for|from|during|since|until) q(?P<n>[1-4])\b")
# Words a year may follow as typed: "Jan 2024", "class of 2019", "season 2023".
_NOT_BEFORE_YEAR = frozenset(
    ["and", "or", "since", "until", "till", "circa", "class", "season", "cohort", "intake",
     "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
     "january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december", "spring", "summer", "autumn", "fall", "winter"]
)  # fmt: skip
# A qualification's level typed short, which the cleaning gives in capitals: "LVL 3".
_LEVEL = re.compile(r"\b(?:LVL|lvl|Lvl) (\d)\b")
# Two words said as one describing word before a noun ("lost-time incidents").
_COMPOUNDS = (
    "lost time", "full time", "part time", "long term", "short term", "real time", "high risk",
    "low risk", "same day", "next day", "high volume", "first time", "front line",
)  # fmt: skip
_COMPOUND = re.compile(
    r"\b(?P<a>{}) (?P<b>{}) (?P<noun>[a-z]+)\b".format(
        "|".join(c.split()[0] for c in _COMPOUNDS), "|".join(c.split()[1] for c in _COMPOUNDS)
    )
)
_MONEY = r"[£$€][\d.,]+(?:k|m|bn| million| billion)?"
# An amount typed before the verb that moved it: "£640k raised in community last year".
_AMOUNT_FIRST = re.compile(
    rf"^(?P<amount>{_MONEY}) (?P<verb>[a-z]+ed) (?P<rest>(?:in|for|from) .+)$"
)
# The stream money was raised in, named by one word: "raised £640k in community last year".
_STREAM = re.compile(
    rf"^(?P<head>(?:raised|generated|brought in) {_MONEY} in) (?P<noun>[a-z]+)"
    r"(?= (?:last|this|in|over|during|across|against|vs)\b|$)"
)
# A figure measured against a goal: "vs £480k target".
_AGAINST = re.compile(
    rf"\bvs\.? (?P<what>(?:{_MONEY}|\d[\d.,]*%?)) (?P<goal>target|budget|goal|forecast|plan)\b"
)
# An award typed as its name, its year and what it was for: "trust award 2024 for mentoring".
_WON = re.compile(
    r"(?P<what>(?:[a-z][\w'-]* ){1,3}(?:award|prize|medal|commendation))"
    r"(?: (?P<year>(?:19|20)\d\d))?(?P<why> for [a-z][\w -]+)?"
)
# Doctors of a hospital's unit, typed "docs" after its initials: "w/ ER docs" (elsewhere "docs"
# may be documents).
_UNIT_DOCS = re.compile(
    r"\b(?P<at>with|for|to|and) (?P<unit>ER|ED|A&E|ICU|ITU|NICU|PICU|OR) docs\b"
)
_REG = re.compile(r"\b(?P<thing>[a-z]+) reg\b(?=\s+[a-z])")


def reshape(text: str) -> str:
    """The cleaned line with its result's shorthand shapes in sentence order (see the module)."""
    text = pointmoves.moved(text)  # "got service wait from two weeks to four days": cut it
    text = pointmoves.measure_the(text)  # "cut boot time from 14 to 4 seconds": the boot time
    text = bracketmeans.said(text)  # "cut X from 1.2s to 300ms (fixed Y)": by fixing Y
    won = _WON.fullmatch(text)
    if (
        won
        and not lexicon.is_past(won["what"].split()[0])
        and won["what"].split()[0] not in DETERMINERS
    ):
        # "trust award 2024 for student mentoring": an award named bare is one won
        year = f" in {won['year']}" if won["year"] else ""
        verb = "received" if won["what"].endswith("commendation") else "won"  # given, not won
        text = f"{verb} {lexicon.article(won['what'])} {won['what']}{year}{won['why'] or ''}"
    first = text.split(" ", 1)[0]
    deed = lexicon.is_past(first)
    years = _YEARS.search(text)
    if years and deed and 0 < (end := _end_year(years)) - int(years["a"]) < 50:
        # "(2022-25)": the end is said in full, as the grounding rule also reads it
        text = f"{text[: years.start()]} between {years['a']} and {end}"
    late = _LATE_SPAN.search(text)
    if late and (_RECORD.match(text) or deed):
        before = late["before"].lower()
        if before not in PREPOSITIONS and before not in DETERMINERS and not before.isdigit():
            text = _spanned(text, late)
    stuck = _LATE_YEAR.search(text)
    if stuck and deed and len(re.findall(r"\b(?:19|20)\d\d\b", text)) == 1:
        before = stuck["before"]
        if (
            before.islower()  # after a name ("Mercy General 2023") the year may be its own
            and before not in PREPOSITIONS | DETERMINERS | _NOT_BEFORE_YEAR | CREDENTIAL_NOUNS
            and "(" not in text
        ):
            # "trained 9 new HCAs in venepuncture 2024": the year the deed was done
            text = f"{text[: stuck.start('year')]}in {stuck['year']}"
    # "top seller at my branch q3": when, said with its "in" and its capital
    text = _LATE_QUARTER.sub(_quarter, text)
    text = _QUARTER.sub(lambda m: f"{m['at']} Q{m['n']}", text)  # "sold 14 homes in q3, ..."
    text = _LEVEL.sub(r"Level \1", text)  # "Dante lvl 3 cert": the cleaning's "LVL 3"
    text = _COMPOUND.sub(_hyphened, text)
    amount = _AMOUNT_FIRST.match(text)
    if amount and lexicon.is_participle(amount["verb"]) and lexicon.is_past(amount["verb"]):
        text = f"{amount['verb']} {amount['amount']} {amount['rest']}"
    stream = _STREAM.match(text)
    if stream and _one_stream(stream["noun"]):
        text = f"{stream['head']} {stream['noun']} income{text[stream.end() :]}"
    text = _AGAINST.sub(
        lambda m: f"against {lexicon.article(m['what'])} {m['what']} {m['goal']}", text
    )
    text = _UNIT_DOCS.sub(r"\g<at> the \g<unit> doctors", text)  # one unit's doctors: "the"
    text = _RATED.sub(_rated, text)  # "our room got exceeding": the rating it was given
    if deed:
        # "cut MPLS costs ~$220k/yr": a sum a deed moved, about that much (a CV line's "a
        # distributor ~$60M rev" is no deed: the gate judges it)
        text = _ABOUT_SUM.sub("about ", text)
        # "landed a 3-yr grant ($450k)": what the thing won was worth
        text = _WORTH.sub(r", worth \g<sum>", text)
    return _REG.sub(_registration, text)


# A sum typed with "~" for about: "~$220k".
_ABOUT_SUM = re.compile(r"(?<![\w~])~ ?(?=[$£€]\d)")
# A sum in brackets at the end of a deed: the value of what was won ("grant ($450,000)").
_WORTH = re.compile(r" \((?P<sum>(?:about |~)?[£$€]\d[\d.,]*(?:k|m|M|bn| million)?)\)$")
# An inspection's rating said as one got: "our room got exceeding in QA1 at last A&R visit".
_RATED = re.compile(
    r"^(?P<who>(?:[Oo]ur|[Mm]y|[Tt]he) [a-z][\w -]*?) (?:got|achieved|received) (?:rated )?"
    r"(?P<rating>outstanding|exceeding|excellent|good|requires improvement|working towards)"
    r"(?P<rest>(?: (?:in|for|on) [\w&-]+)*)(?: (?P<at>at|in|from) (?:the )?last (?P<what>.+))?$"
)


def _rated(found: re.Match[str]) -> str:
    """ "Our room was rated Exceeding in QA1 at our last A&R visit"; "my ward ... at its last"."""
    rating = found["rating"].title().replace(" Towards", " towards")
    whose = "our" if found["who"].lower().startswith("our ") else "its"  # the room's visit
    last = f" {found['at']} {whose} last {found['what']}" if found["what"] else ""
    return f"{found['who']} was rated {rating}{found['rest']}{last}"


def _spanned(text: str, late: re.Match[str]) -> str:
    """A span typed after a deed, said with its preposition: a record kept or a change made
    takes the time it took ("zero falls in eight years", "grew sales 40% in two years"); any
    other deed lasted it ("taught piano for five years"). A place or post typed after the span
    comes first ("taught classes at the yarn shop for four years"), a time clause after it
    ("worked as a paralegal for six years before law school")."""
    if late["before"].lower() in ("last", "past", "next", "first", "the", "those", "these"):
        return text  # "in the last 18 months": the span has its words already
    head = text[: late.start("n")].rstrip()
    verb = text.split(" ", 1)[0]
    if verb in _TIME_TAKEN and len(head.split()) <= 2:
        return text  # "clawed back 5 wks on X", "saved 3 days": the span is what was won
    made = _RECORD.match(text) or verb in _CHANGE_VERBS
    counted = re.search(r"(?<![\w.])\d|%|[$£€]", head)  # a count made ("u12s" is a name)
    if late["after"] and made:
        return text  # "cut waits 20% two years at X": which the span belongs to is not sure
    span = f"{'in' if made or counted else 'for'} {spelled(late['n'])} {late['unit']}"
    after = (late["after"] or "").split(" ", 2)
    if late["after"] and after[1] == "in" and lexicon.is_plural_noun(after[2].split()[-1]):
        return text  # "four years in kitchens": the span's own field, said as typed
    # "rowed 4 yrs at uni + still scull at weekends": the span is the first deed's
    if re.search(r"\s(?:\+|&|and)\s+(?:still|also|now|currently)\s", late["after"] or ""):
        return f"{head} {span}{late['after']}"
    parts = _TIME_CLAUSE.split(late["after"] or "", maxsplit=1)
    return f"{head}{parts[0]} {span}{' ' + parts[1] if len(parts) > 1 else ''}"


def _quarter(found: re.Match[str]) -> str:
    """ "in Q3", "by Q4": a quarter with its preposition and its capital."""
    return f"{found['at'] or 'in '}Q{found['n']}"


def _end_year(years: re.Match[str]) -> int:
    """The end of a span of years as said, as the grounding rule reads it (`rules.facts`):
    "2022-25" ends in 2025, "1998-02" in 2002; a two-digit end typed after a spaced dash is not
    read (-1)."""
    start, end = years["a"], years["b"]
    if len(end) == 4:
        return int(end)
    if years["dash"] != "-":
        return -1
    full = int(start[:2] + end)
    return full if int(end) >= int(start[2:]) else full + 100


def _hyphened(found: re.Match[str]) -> str:
    pair = f"{found['a']} {found['b']}"
    if pair not in _COMPOUNDS or not lexicon.is_noun(found["noun"]):
        return found.group()
    return f"{found['a']}-{found['b']} {found['noun']}"


def _one_stream(noun: str) -> bool:
    """ "community", "legacy", "corporate": one source of income named by a word; not a plural
    ("donations" says itself), a time or a sum ("total")."""
    if lexicon.is_plural_noun(noun) or noun in ("total", "year", "month", "all", "cash"):
        return False
    return lexicon.is_noun(noun) or "adj" in lexicon.classes(noun)


def _registration(found: re.Match[str]) -> str:
    thing = found["thing"]
    if not lexicon.is_noun(thing) or thing in DETERMINERS or thing in PREPOSITIONS:
        return found.group()
    return f"{thing} registration"
