"""Note-taking shorthand spelled out for a letter: "w/ 3 paralegals" -> "with three paralegals"."""

from __future__ import annotations

import functools

from composer import regexes as re
from composer.offline import apostrophes, firmwords, lexicon, namecase, notenumbers, propernames
from composer.offline.figures import went_much
from composer.offline.notesplice import noted
from composer.offline.notesyntax import spelled as syntax_spelled
from composer.offline.notewords import teams_capitalised
from composer.offline.words import (
    CAPITALISED,
    FUNCTION_WORDS,
    LANGUAGES,
    MONTH_NAMES,
    SHORTHAND,
    SMALL_NUMBERS,
    TITLE_SHORTHAND,
)

# A small count before a word: "3 paralegals" (not "Year 6", "£5 million", "May 1").
_SMALL = re.compile(r"(?<![\w$£€.,:/+#°º-])([1-9])(?= [a-z]|(?: [-–—]|,)? |$)")


# Clipped words with more than one reading, spelled out only where the words around them
# settle which (session 33): elsewhere they stay as typed and the gate leaves the line out, so
# compose asks for it. "cert" is a certificate held where it closes its phrase ("forklift
# cert", "agents rep cert", "the ECC cert") or opens a name ("Cert in Fundraising", "Cert III",
# "cert of achievement"), or before what happens to a certificate held ("cert renewals", "cert
# expiry", "cert number"), but a certification in "before cert submission", "cert incentive"
# (reader 13's "three days before certificate", "certificate incentive"); "chem" is chemistry
# as a subject ("AP Chem pass rates", "students in chem", "(chem, calc)", "organic chem
# sequence") but chemical in "chem
# feed" (reader 13's "the chemistry feed"). Each: (what must not stand before it, what must
# follow it).
_HELD_AFTER = (
    r"(?=\s*[,;.)(+&/]|\s*$|\s+(?:in|of|from|since|and|with)\b|\s+[A-Z]"
    r"|\s+(?:renewals?|expiry|expiries|expires|expired|lapsed|numbers?|holders?)\b)"
)
_SETTLED_ONLY = {
    "cert": (r"(?<!before )(?<!after )(?<!until )(?<!for )", _HELD_AFTER),
    "certs": (r"(?<!before )(?<!after )(?<!until )(?<!for )", _HELD_AFTER),
    "nr": ("", r"(?=\s+[A-Za-z][a-z])"),
    "chem": (
        "",
        r"(?:(?<=organic chem)|(?<=-chem)|(?<=AP Chem)|(?<=general chem)"
        r"|(?=\s*[,;.)]|\s*$|\s+(?:and|or|in|at|class|classes|lab|labs|pass)\b))",
    ),
}


def _shorthand_patterns() -> list[tuple[str, re.Pattern[str], str]]:
    """(form, its pattern, what it says) for each form of `SHORTHAND`, in order."""
    found = []
    for short, full in SHORTHAND:
        edge = r"(?=[\s,;)]|$)" if short[-1].isalnum() else r"(?=\s|$)"
        if short in _SETTLED_ONLY:
            before, after = _SETTLED_ONLY[short]
            for form in (short, short[:1].upper() + short[1:]):
                said = full if form == short else full[:1].upper() + full[1:]
                pattern = re.compile(rf"(?<![\w./]){before}{form}(?!\w){after}")
                found.append((form, pattern, said))
            continue
        # lower case or a capital first ("Approx"), never all capitals: "ESP", "MON" are names
        capital = short[:1].upper() + short[1:]
        # "Mon Valley" is a name, "B4" a paper size: these are spelled out in lower case only
        forms = {short} if short in ("mon", "b4") else {short, capital}
        forms |= {short.title()} if " " in short else set()  # "Nat Certificate", "Centre Ops"
        for form in forms:
            said = full if form == short else full[:1].upper() + full[1:]
            said = full.title() if form == short.title() != capital else said
            found.append((form, re.compile(rf"(?<![\w./]){re.escape(form)}{edge}"), said))
    return found


# Compiled once: `expand` runs for every item of every letter.
_SHORTHAND = _shorthand_patterns()


# ("the 'how do i' tickets": before a closing quote too)
_LOWER_I = re.compile(r"(?<![\w'.-])i(?=(?:'(?:m|ve|d|ll))?(?![\w.-]|'\w))")
# "off to bali w family": "w" for "with" between two words (not "500 w", a unit)
_W = re.compile(r"(?<=[a-z] )w(?= [a-z]|(?= [A-Z]{2,}\b))")  # "training w AIRAH" too


# A plan typed for the first days in the job without "in my": "do first 90 days", "change
# first 3 months" (never after "my", "the", "in", "your" or "our").
_FIRST_DAYS = re.compile(
    r"(?i)\b(?P<verb>do|change|fix|tackle|achieve|deliver|focus\s+on|prioriti[sz]e|plan|build"
    r"|learn|look\s+at)\s+first\s+(?P<span>(?:\d{1,3}|thirty|sixty|ninety|two|three|four|six)"
    r"\s+(?:days|weeks|months))\b"
)


_DAY_BRACKET = re.compile(r"(?i) \(((?:mon|tues|wednes|thurs|fri|satur|sun)days?)\)(?=$|[ ,])")


def _seconds(found: re.Match[str]) -> str:
    """ "4.1s" -> "4.1 seconds", "1 sec" -> "1 second"."""
    figure = found.group(1) or found.group(2)
    return f"{figure} second" + ("" if figure == "1" else "s")


def _arrowed(found: re.Match[str]) -> str:
    """ "4.2 seconds -> 900ms" -> "from 4.2 seconds to 900 milliseconds" ("900ms" said in words
    as "4.2s" is beside it). Seconds on both ends are left to `pointmoves`, which says the unit
    once ("from 4.1 to 2.2 seconds"); minutes on both ends are said once likewise."""
    a, b = (re.sub(r" ?ms$", " milliseconds", f) for f in (found[1], found[2]))
    if a.endswith(" seconds") and b.endswith(" seconds"):
        return found.group()
    if "about" in a + b and re.search(r" (?:hours|days|weeks|months)$", a + b):
        return found.group()  # "prep ~6h -> ~2h per match": said by the item readers
    if a.endswith(" minutes") and b.endswith(" minutes"):
        return f"from {a.removesuffix(' minutes')} to {b}"
    return f"from {a} to {b}"


# A notes file's items are spelled out again for each letter of its panel and each retry.
# A licence's class typed in lower case: "class g licence" is a "Class G licence".
_CLASS_TYPED = re.compile(r"(?i)\bclass (?P<which>[a-z]\d?)(?= (?:licen[cs]e|driver|vehicle)\b)")


@functools.lru_cache(maxsize=1024)
def expand(text: str) -> str:
    """Note-taking shorthand spelled out: "w/ 3 paralegals" -> "with three paralegals"."""
    text = notenumbers.numbers(namecase.typed(text))  # "@ target", "spca", "black friday"
    text = syntax_spelled(text)  # "nights 3x12h": three 12-hour nights; "~40/day"
    # "60 families in yr 1, DNA rate down": the first year of it, read either way as "year one"
    text = re.sub(r"(\d[a-z]{0,3} [a-z]{3,20} )in [Yy]r 1(?=, )", r"\1in year one", text)
    text = _SCHOOL_YEAR.sub(r"Year \g<n>", text)  # "times tables check in yr4"
    text = _CLASS_TYPED.sub(lambda m: f"Class {m['which'].upper()}", text)  # "class g licence"
    text = _LOWER_I.sub("I", text)  # "true but i did ~30 filings": the pronoun, its contractions
    text = _W.sub("with", text)
    text = noted(firmwords.spelled(text))  # "at prev co", "detail eye"
    text = apostrophes.spelled(text)  # "when its busy", "how id go diagnosing a no-crank"
    # "what i'd do first 90 days": the candidate's own first days in the job
    text = _FIRST_DAYS.sub(r"\g<verb> in my first \g<span>", text)
    # "weekly recons (fridays)": the day a thing is done, typed in brackets, said with "on"
    text = _DAY_BRACKET.sub(lambda m: f" on {m[1][:1].upper()}{m[1][1:].lower()}", text)
    text = _QUALIFICATION.sub(_qualification, text)  # "Grad Cert Ed Leadership"
    text = _ENG.sub(_eng, text)  # "28 eng hires": engineering hires
    # "community paeds in Rotherham": the specialty itself (before a noun, its adjective)
    text = re.sub(r"(?<![\w./-])(p(?:ae|e)d)s(?= (?:in|at|on|for|with|and|or)\b|[,;)]|$)",
                  r"\1iatrics", text)  # fmt: skip
    # "tech recruiting", "tech writing": work named by its gerund is technical work
    text = re.sub(r"(?<![\w./-])tech (?=[a-z]+ing\b)", _tech, text)
    # "Szkoła Podstawowa nr 3" (round 56, h1505): a number, as a name's
    text = re.sub(r"(?<![\w./])(?:nr|Nr)\.?\s+(?=\d)", "No. ", text)
    for form, pattern, said in _SHORTHAND:
        if form in text:  # most texts hold none of the forms: skip the search
            text = pattern.sub(said, text)
    text = notenumbers.compound(text)  # "6 wk window": a span spelled out before a noun
    # "for DOC vol. group": one group of the body's volunteers (round 55, h1478)
    text = re.sub(
        r"\bfor (?=[A-Z]{2,6} volunteer (?:group|team|programme|program)\b)", "for a ", text
    )
    # "both passed first go": first time (never "passed their first go")
    text = re.sub(r"\b(pass(?:ed|es)?)( it)? first (?:go|try)\b", r"\1\2 first time", text)
    text = re.sub(r"\babout (?=(?:in|by) half\b)", "roughly ", text)
    # "ph 3.2", "ta 6.5 g/l": a wine's or a sample's measures, as chemists write them
    text = re.sub(r"\bph(?= ?\d)", "pH", text)
    text = re.sub(r"\bta(?= \d+(?:\.\d+)? ?g/l\b)", "TA", text)
    text = re.sub(r"(?<=\d) ?g/l\b", " g/L", text)
    # "antibody id panels": an identification, in capitals (never "id like to": I'd)
    text = re.sub(
        r"\bid(?= (?:panels?|cards?|badges?|checks?|numbers?|sheets?|photos?)\b)", "ID", text
    )  # "cut it approx in half"
    text = re.sub(r"\b(with|to|by) (MD|CEO|CFO|COO|CTO)\b", r"\1 the \2", text)  # "w/ md"
    # "40+ plans first yr": when, at the end of a count, with its "in the"
    text = re.sub(
        r"(?<=[a-z]s) (?=(?:first|second|third) (?:year|month|week|quarter|season)$)",
        " in the ",
        text,
    )
    text = re.sub(r"(?<=[a-z0-9]) & (?=[a-z])", " and ", text)  # not "Hale & Co", "P&L"
    text = re.sub(r"(?<=[a-z0-9]),\s*&\s+(?=[A-Za-z])", ", and ", text)  # "data skills, & i'm good"
    text = re.sub(r"(, [^,&]+) & (?=[^,&]+$)", r"\1 and ", text)  # "Excel, Looker & SQL"
    text = re.sub(r"(?<=\w) \+ (?=\w)", " and ", text)  # "calm pass + tight stock control"
    # "own van so no need for a company van": the note's verbless reason, said whole
    text = re.sub(r"(?<=[a-z]),? so no need (?=(?:for|to) )", ", so there would be no need ", text)
    text = re.sub(r"(?<=\w),? too,? not just (?=\w)", ", not just ", text)  # "in 2024 too not just"
    # "same recipe same standard at every outlet": two things kept the same, each with its "the"
    text = re.sub(r"(?<![\w'])(?:the )?same (\w+),? (?:and )?(?:the )?same (?=\w)",
                  r"the same \1 and the same ", text)  # fmt: skip
    text = re.sub(r"(?<![\w.,])(\d[\d,.]*)\+(?= [A-Za-z])", r"more than \1", text)  # "40+ PMs"
    text = re.sub(r"(?<![\w~])~ ?(?=[$£€]?\d)", "about ", text)  # "~20 staff", "~$380k"
    text = re.sub(r"\b([Uu])niv\.?(?=\s|$|,)", r"\1niversity", text)
    text = re.sub(rf"\b(\d{{1,2}}) ({_MONTHS})\.?(?=\W|$)", _month_after, text)
    text = re.sub(rf"\b({_MONTHS})\.? (?=\d)", _month_before, text)
    text = notenumbers.units(text)  # "14s -> 3.8s": seconds beside an arrow
    text = re.sub(r"\b(\d+) ?mins?\b", r"\1 minutes", text)
    # "4.1s", "90 secs": seconds ("20s" alone may be a decade, so a bare "s" needs a decimal)
    text = re.sub(r"\b(\d+\.\d+)s\b|\b(\d+(?:\.\d+)?) ?secs?\b", _seconds, text)
    # "600 linear ft", "2,000 sq ft": feet, a unit after its figure
    text = re.sub(r"(?<=\d) (linear |square |cubic )?(?:sq )?ft\b", _feet, text)
    text = re.sub(
        r"^(?P<what>[^,]+?) (?P<way>down|up) (?P<n>\d[\d.]*%)(?! ?(?:->|=>|→))", _went, text
    )
    text = went_much(text)  # "sick days way down after ...": went down considerably
    text = re.sub(r"\b(\d+)-(?:hrs?|h)\b(?= [a-z])", r"\1-hour", text)  # "12-hr shifts"
    # "at the tower 14 days at a time": how long each stay is, after "for"
    text = re.sub(
        r"(?<=[a-z])(?<!\bfor) (?=(?:\d+|two|three|four|five|six|seven|ten)"
        r" (?:days|weeks|hours|nights|months) at a time\b)",
        " for ",
        text,
    )
    # "done them 3 yrs": for the span ("I have done them for three years")
    text = re.sub(
        r"\b(done|worked|run|covered) (them|it) "
        r"(?=(?:\d+|two|three|four|five|six) (?:yrs?|years|months)\b)",
        r"\1 \2 for ",
        text,
    )
    text = re.sub(r"\b(\d+) ?(?:hrs?|h)\b", r"\1 hours", text)
    text = notenumbers.span_before(text)  # "the 72 hr window": a 72-hour window
    # "the EAD->ArchivesSpace migration", "SE->CS handoff": a move between two named things,
    # before the noun it describes, is "EAD-to-ArchivesSpace"
    text = re.sub(r"(?<![\w-])([A-Za-z][\w.]*)->([A-Za-z][\w.]*)(?= [a-z])", r"\1-to-\2", text)
    # "turnover 35% -> 19%": a change typed with an arrow between its figures
    text = re.sub(
        r"(?<!from )(?<!from about )(?<![\w.,$£€])((?:about )?[$£€]?\d[\d.,]*(?:%| ?ms| seconds"
        r"| minutes| hours"
        r"| days| weeks| months)?) ?(?:->|=>|→) ?((?:about )?[$£€]?\d[\d.,]*(?:%| ?ms| seconds?"
        r"| minutes?| hours| days"
        r"| weeks| months)?)"
        r"(?![\w.])",
        _arrowed,
        text,
    )
    # "from ~2% -> 0.4%": the "from" typed already, the arrow its "to"
    text = re.sub(
        r"(\bfrom (?:about )?[$£€]?\d[\d.,]*%?) ?(?:->|=>|→) ?(?=[$£€~]?\d)", r"\1 to ", text
    )
    text = re.sub(r"\bwith (team|crew) of\b", r"with a \1 of", text)  # "w/ team of 4"
    # "a 2nd chat", "2nd interview w/ MD": an ordinal before a word is spelled out
    # ("their 1st 3-yr grant": before a count too)
    text = re.sub(
        r"(?<![\w/])([1-5])(?:st|nd|rd|th)(?= [a-z]| \d+-[a-z])",
        lambda m: _ORDINALS[m.group(1)],
        text,
    )
    return lexicon.articles_said(capitals(_SMALL.sub(_spelled, text)))  # "on a 8R"


# A certificate's name typed with capitals ("Grad Cert Ed Leadership", "Cert Vet Nursing"); a
# diploma or a bachelor's degree is read whole by `degrees`, which says it with its capitals.
# When a word of it is clipped, it is said as a person writes it out, in lower case with "in":
# "graduate certificate in education leadership" (the full words' capitals would be names the
# notes never typed). A name with a level or a number ("Cert IV Training & Assessment") is left
# as typed.
_QUALIFICATION = re.compile(
    r"\b(?P<head>Grad Cert|Cert|Certificate)(?P<name>(?: (?:[A-Z][a-z]+|&|and|of|in))+)"
)
_HEADS = {"Cert": "certificate", "Certificate": "certificate", "Grad Cert": "graduate certificate"}


def _qualification(found: re.Match[str]) -> str:
    words = [w for w in found["name"].split() if w not in ("of", "in")]
    clipped = found["head"] == "Grad Cert"
    if not (clipped or any(w in TITLE_SHORTHAND for w in words)):
        return found.group()
    head = _HEADS[found["head"]]
    said = [TITLE_SHORTHAND.get(w, w).lower() if w != "&" else "and" for w in words]
    return f"{head} in {' '.join(said)}"


# A school year typed short ("yr4", "yr 4 class", "Y9"): a year group, said with its capital;
# "year 2" typed in full is left as typed ("in year 2 of my degree")
_SCHOOL_YEAR = re.compile(r"(?<![\w./-])(?:[Yy]r ?|[Yy])(?P<n>1[0-3]|[1-9])(?![\w/.-])(?! of\b)")
# An NHS pay band ("supervising band 5s", "band 8a post"): a grade's name, with its capital
# ("a band 3 nights a week" counts nights)
_BAND = re.compile(r"(?<![\w./-])band (?=[2-9][abcd]?(?:s|(?! [a-z]+s\b))(?![\w/.-]))")
_CLOSED = re.compile(r"\b(?:{})\b".format("|".join(sorted(CAPITALISED, key=len, reverse=True))))
# "fluent polish", "ok portuguese": a language after a word that says how well it is spoken
_SPOKEN = re.compile(
    r"\b(?P<how>fluent|native|basic|conversational|business|working|some|ok|okay|good|decent"
    r"|and) (?P<language>{})\b".format("|".join(LANGUAGES))
)
# "in march", "by may", "mid march": a month whose name is also a word, where it names the month
_MONTH_WORD = re.compile(
    r"\b(?P<when>in|by|since|until|till|from|early|mid|late|end of|next|last|this|of)"
    r"[ -](?P<month>march|may)\b(?! I\b| be\b| have\b| not\b| also\b)"
)
# "1 sat/month", "every sat", "sat/sun", "sat clinics", "do sats": the weekday, not the verb
_SATURDAY = re.compile(
    r"\b(?P<before>(?:on|every|each|next|this|last|one|a|1|do|work|cover) )?sat(?P<s>s?)\b"
    r"(?P<after>/| ?\+ ?sun\b| (?:and|or|&) sun\b| (?:clinics?|shifts?|mornings?|afternoons?"
    r"|nights?|cover|rota)\b)?"
)
# "spring '27", "Jan '26": a year typed with an apostrophe after a season or a month
_SHORT_YEAR = re.compile(
    r"(?i)\b(?P<when>spring|summer|autumn|fall|winter|{}) ['’](?=\d\d\b)".format(
        "|".join(MONTH_NAMES)
    )
)
# "1.2 pts", "up 12 pts": points; "45 pts", "use it daily w/ pts": patients
_PTS = re.compile(
    r"(?P<points>\d\.\d+ |\b(?:up|down|by) (?:about |around |nearly |over )?(?:\d+|{}) )?"
    r"(?<![\w/.])pts\b".format("|".join(SMALL_NUMBERS))
)


# "eng" before a noun names the field ("eng hires", "eng team"): "engineering"; alone, or
# after a field ("data eng at a startup"), it may be the engineer: left to the gate.
_ENG = re.compile(r"(?<![\w./-])(?<!data )(?<!software )eng (?P<noun>[a-z]+)\b")


def _feet(found: re.Match[str]) -> str:
    kind = found[1] or ("square " if " sq " in found.group() else "")
    return f" {kind}feet"


def _eng(found: re.Match[str]) -> str:
    noun = found["noun"]
    if noun in FUNCTION_WORDS or not lexicon.is_noun(noun):
        return found.group()
    return f"engineering {noun}"


def _tech(found: re.Match[str]) -> str:
    after = found.string[found.end() :].split(" ", 1)[0].strip(",.;:)")
    return "technical " if lexicon.is_gerund(after) else found.group()


def capitals(text: str) -> str:
    """Names of a closed class typed in lower case, with their capitals: "fluent spanish, ok
    portuguese" -> "fluent Spanish, some Portuguese", "in march" -> "in March", "spring '27" ->
    "spring 2027", "1 sat/month" -> "1 Saturday/month", "bombers fans" -> "Bombers fans"; and
    "pts" as points or patients."""
    text = _PTS.sub(
        lambda m: f"{m.group('points')}points" if m.group("points") else "patients", text
    )
    text = teams_capitalised(text)  # "both bombers fans": the team's name
    text = re.sub(r"\bsat ?[/+&] ?sun\b", "Saturday and Sunday", text)
    text = _SATURDAY.sub(_saturday, text)
    text = _SPOKEN.sub(_spoken, text)
    text = _MONTH_WORD.sub(
        lambda m: (
            f"{m.group('when')}{m.group()[len(m.group('when'))]}{m.group('month').capitalize()}"
        ),
        text,
    )
    text = _SHORT_YEAR.sub(lambda m: f"{m.group('when')} 20", text)
    text = _CLOSED.sub(lambda m: CAPITALISED[m.group()], text)
    text = _BAND.sub("Band ", text)
    return propernames.names(text)


def _saturday(found: re.Match[str]) -> str:
    if not (found.group("before") or found.group("after")):
        return found.group()  # "I sat the exam"
    day = "Saturdays" if found.group("s") else "Saturday"
    after = found.group("after") or ""
    if after.endswith("sun"):  # "sat + sun", "sat and sun": the two days, both named
        after = re.sub(r" ?\+ ?sun$| (?:and|&) sun$", " and Sunday", after)
        after = re.sub(r" or sun$", " or Sunday", after) + found.group("s")
    return f"{found.group('before') or ''}{day}{after}"


def _spoken(found: re.Match[str]) -> str:
    how = "some" if found.group("how") in ("ok", "okay") else found.group("how")
    return f"{how} {LANGUAGES[found.group('language')]}"


_ORDINALS = {"1": "first", "2": "second", "3": "third", "4": "fourth", "5": "fifth"}
_MONTH_NAMES = {
    "jan": "January", "feb": "February", "mar": "March", "apr": "April", "jun": "June",
    "jul": "July", "aug": "August", "sep": "September", "sept": "September",
    "oct": "October", "nov": "November", "dec": "December",
}  # fmt: skip
_MONTHS = "(?:{})".format("|".join([*(m.capitalize() for m in _MONTH_NAMES), *_MONTH_NAMES]))


def _month_after(found: re.Match[str]) -> str:
    return f"{found.group(1)} {_MONTH_NAMES[found.group(2).lower()]}"  # "6 Dec"


def _month_before(found: re.Match[str]) -> str:
    return f"{_MONTH_NAMES[found.group(1).lower()]} "  # "Dec 2025", "Sept 14"


def _went(found: re.Match[str]) -> str:
    """ "falls down 30%" -> "falls went down by 30%" ("revenue went up 22%": its "went" once)."""
    what = re.sub(r" (?:went|has gone|have gone)$", "", found.group("what"))
    return f"{what} went {found.group('way')} by {found.group('n')}"


def _spelled(found: re.Match[str]) -> str:
    """A count of things ("3 paralegals", "1 year") in words; a number that names ("Year 6
    pupils", "Radio 3 piece", "level 2 and") stays in figures."""
    before = found.string[: found.start()].split()
    after = found.string[found.end() :].split()
    noun = after[0].strip(",.;:)?!") if after else ""
    describing = "adj" in lexicon.classes(noun) and not lexicon.is_noun(noun)
    if len(after) > 1 and (describing or noun in CAPITALISED):
        noun = after[1].strip(",.;:)?!")  # "2 direct reports", "2 sumatran tigers"
    if before and before[-1][:1].isupper() and before[-1][-1].isalnum():
        return found.group()
    if len(before) > 1 and before[-1] == "of" and before[-2].isdigit():
        return found.group()  # "won 4 of 5 hearings": a ratio keeps its figures
    if _MOVE_FROM.search(" ".join(before[-3:])):
        return found.group()  # "from 40 to 6 minutes", "14 seconds -> 4": one style each end
    if before and before[-1].lower() in _DESIGNATORS:
        return found.group()  # "grade 5 maths", "level 2 and", "band 6 nurse"
    counted = _counted(noun)
    for word in after[1:3]:  # "3 care homes", "5 line cooks": the count's noun a word later
        if counted or not lexicon.is_noun(noun):
            break
        noun = word.strip(",.;:)?!")
        counted = _counted(noun)
    group = len(before) > 1 and before[-1] == "of" and before[-2].lower() in _GROUPS
    if not (counted or group or (found.group() == "1" and noun in _UNITS)):
        return found.group()
    return SMALL_NUMBERS[int(found.group()) - 1]


# The first end of a move, typed in figures of two digits or more, before the second end.
_MOVE_FROM = re.compile(r"(?:\bfrom \d[\d,.]*\d to|\b\d[\d,.]*\d(?: [a-z]+)? (?:->|=>|→))$")


def _counted(noun: str) -> bool:
    """ "homes", "people", "SKUs": a plural that a count before it counts."""
    if noun in ("people", "staff"):
        return True
    return lexicon.is_plural_noun(noun) or (
        not lexicon.known(noun) and noun.endswith("s") and not noun.endswith("ss")
    )


_DESIGNATORS = frozenset(
    ["grade", "level", "band", "year", "stage", "phase", "tier", "step", "class", "size", "type"]
)
_GROUPS = frozenset(["crew", "team", "group", "class", "squad", "unit", "staff"])  # "a crew of 6"
_UNITS = frozenset(
    ["year", "month", "week", "weekend", "day", "hour", "minute", "shift", "night", "term"]
)
