"""A follow-up that corrects a figure said in the room, said as the correction.

The evening after, a candidate types the figure they got wrong and the right one: "said 3 yrs
experience, actually 5", "told them 12 staff, really it was 15", "in interview i said python 2
yrs, correct is 3 yrs", "correction: was 120 covers not 200", "pick rate 180/hr not 150". Said
back as the note types it, such a line is garbled ("I said two years, with actually 4"); said as
the correction, it is the one thing the reader needs: "One correction to what I said in the
interview: five years' experience, not three." The right figure takes the place of the wrong one
in what was said, so the letter says nothing the note does not.

Only a figure is read: a correction of words ("said ability groups, actually i mix them now")
has no sure reading here and is left to the other readers.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import ParamSpec

from composer import regexes as re
from composer.offline import lexicon, phrasebook
from composer.offline.cvshares import spelled
from composer.offline.fields import is_field, years_said
from composer.offline.heard import months_spelled
from composer.offline.notesyntax import PER_UNITS
from composer.offline.phrasebook import Variation, fitting
from composer.offline.selftalk import note_dropped
from composer.offline.shorthand import expand
from composer.offline.wellformed import problem
from composer.offline.words import DETERMINERS, PREPOSITIONS

__all__ = ["figure_fixed", "fixed_line", "kept_unfixed"]

_P = ParamSpec("_P")

_NUM = r"\d+(?:[.,]\d+)?(?:\s?(?:%|k|m|x))?"
# What was said and the right figure: "(in interview) (i) said|told (them) X, actually|really|
# correct is Y".
_SAID = re.compile(
    r"(?i)^(?:(?:in|at)\s+(?:the\s+)?(?:interview|room|call)\s*,?\s+)?(?:i\s+)?"
    r"(?:said|told|mentioned|put|quoted)(?:\s+(?:them|her|him|you))?\s+(?:it\s+(?:was|is)\s+)?"
    r"['\"‘“]?(?P<said>[^'\"’”]+?)['\"’”]?\s*(?:,|;|\s-+|\s->|\s–)?\s+(?:but\s+)?"
    r"(?:(?:it'?s|it\s+is|it\s+was|its|was|is)\s+)?(?:actually|really|in\s+fact|correct(?:ly)?"
    r"(?:\s+is|:)|the\s+right\s+(?:figure|number)\s+is|should\s+(?:be|have\s+been)|=)\s+"
    r"(?:(?:it'?s|it\s+is|it\s+was|its|was|is)\s+)?(?P<fix>.+)$"
)
# "correction: (it) was 120 covers not 200", "pick rate 180/hr not 150".
_NOT = re.compile(
    r"(?i)^(?:correction\s*[:-]?\s*)?(?:(?:it|that)\s+)?(?:was\s+|is\s+)?"
    rf"(?P<fix>[^,;]*?{_NUM}[^,;]*?),?\s+not\s+(?P<said>{_NUM})(?P<tail>\s*[a-z/]*)$"
)
_FIGURE = re.compile(rf"(?i)(?<![\w.]){_NUM}(?![\w.])")


def _plain(text: str) -> str:
    return " ".join(text.split()).strip(" ,.;:-")


_OOPS = re.compile(
    r"(?i)\s*[-–(]+\s*(?:got\s+)?(?:mixed\s+up|my\s+bad|oops|doh|sorry"
    r"|(?:i\s+)?said\s+(?:it\s+)?wrong(?:ly)?)\)?$"
)


def figure_fixed(value: str | None) -> str | None:
    """The correction a follow-up types ("X, not Y": "five years' experience, not three" is
    "5 yrs experience, not 3" here, spelled out later), or None when it corrects no one figure."""
    if not value:
        return None
    text = _plain(note_dropped(_plain(value)))
    marked = _MARKED.search(value) is not None  # "..., said wrong": a correction, as typed
    if (wrong := _wrong_said(text)) is not None:  # "I say wrong year for certificate, is ..."
        return wrong
    text = _OOPS.sub("", text)
    # "I say 8 year experience but is 9 year, I start 2019": the span in the plural, and when
    # it began (a reason, unsaid) dropped
    text = re.sub(
        r"(?i),?\s*I\s+(?:start|started|began|begin)\s+(?:in\s+)?(?:19|20)\d\d$", "", text
    )
    text = re.sub(
        r"(?i)\b(\d+) years? (?:of )?(?:exp|experience)\b", r"\1 years of experience", text
    )
    text = re.sub(r"(?i)\b(?:is|was) (\d+) years?$", r"is \1", text)
    if (told := _told_was(text)) is not None:  # "told them X was at 3.2, it was 3.35. fix"
        return told
    if found := _SAID.match(text):
        said, fix = _plain(found["said"]), _plain(found["fix"])
        if (rate := _rate_fixed(said, fix)) is not None:  # "~2 panels/wk, actually ~2/day"
            return rate
        numbers = _FIGURE.findall(said)
        fixes = _FIGURE.findall(fix)
        if (parts := _parts_of(said, fix)) is not None:  # "12 yrs - actually 9 X + 3 Y"
            return parts
        if len(numbers) != 1 or len(fixes) != 1:
            return None
        unit = fix.replace(fixes[0], "", 1).strip()
        if (
            unit and unit.lower() not in said.lower()
        ):  # "actually 5 (2 in the UK)": more than a figure
            return None
        return _said(said.replace(numbers[0], fixes[0], 1), numbers[0])
    if found := _NOT.match(text):
        fix, old = _plain(found["fix"]), found["said"]
        tail = found["tail"].strip()
        if len(_FIGURE.findall(fix)) != 1 or (tail and tail.lower() not in fix.lower()):
            return None
        return _said(fix, old) or _word_fixed(text, marked)
    return _word_fixed(text, marked)


# What was told of a thing and what it was, typed with no word of a correction but the "it
# was" after a comma and an order to fix it: "told lerato chenin was at ph 3.2, it was ta 6.5
# g/l & ph 3.35. fix".
_TOLD_WAS = re.compile(
    r"(?i)^(?:i\s+)?(?:said|told(?:\s+(?:them|her|him|you))?)\s+(?:that\s+)?"
    r"(?P<subj>(?:the\s+|my\s+|our\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?P<verb>was|is)\s+"
    r"(?P<prep>(?:at|on|in|about|around)\s+)?(?P<said>[^,;]+?)\s*[,;]\s+(?:but\s+)?"
    r"(?:it|that)\s+(?:was|is)\s+(?!actually\b|really\b|in\s+fact\b)(?P<fix>[^,;]+?)"
    r"(?:[.;,]\s*(?:fix|fix\s+(?:it|this|that)|correct\s+(?:it|this|that))!*)?\.?$"
)


def _told_was(text: str) -> str | None:
    """ "the chenin was at TA 6.5 g/L and pH 3.35, not pH 3.2": what a thing was, and what was
    told of it; None unless both sides hold a figure of one measure (never "told them I was
    keen, it was a great chat")."""
    found = _TOLD_WAS.match(text)
    if found is None or not (_FIGURE.search(found["said"]) and _FIGURE.search(found["fix"])):
        return None
    words = [set(re.findall(r"[a-z]+", found[side].lower())) for side in ("said", "fix")]
    if not words[0] & words[1]:
        return None  # "pH 3.2" and "TA 6.5 g/L & pH 3.35": one measure on both sides
    subj = found["subj"]
    if subj.split()[0].lower() in ("i", "we", "it", "they", "he", "she", "you"):
        return None
    if len(subj.split()) == 1:
        subj = f"the {subj}"  # "chenin was": the wine they spoke of
    prep, fix = found["prep"] or "", re.sub(r"\s+(?:&|\+)\s+", " and ", found["fix"])
    return expand(f"{subj} {found['verb']} {prep}{fix}, not {found['said']}")


# Years said as one span, and the two stints they were: "12 yrs total exp", "9 fire assay + 3
# lab asst".
_SPAN_SAID = re.compile(
    r"(?i)(?P<n>\d+)\s*(?:yrs?|years?)\b(?:\s+(?:total|in\s+total))?(?:\s+(?:exp|experience))?"
)
_TWO_STINTS = re.compile(
    r"(?i)(?P<a>\d+)\s*(?:yrs?\s+|years?\s+)?(?P<x>[a-z][\w .-]*?)\s*(?:\+|&|and)\s*"
    r"(?P<b>\d+)\s*(?:yrs?\s+|years?\s+)?(?P<y>[a-z][\w .-]*?)"
)


def _parts_of(said: str, fix: str) -> str | None:
    """ "12 yrs total exp" put right as "9 fire assay + 3 lab asst" (the same years, two
    stints): "of my twelve years of experience, nine were in fire assay and three as a lab
    assistant"; None for any other pair."""
    total, stints = _SPAN_SAID.fullmatch(said), _TWO_STINTS.fullmatch(fix)
    if total is None or stints is None or int(stints["a"]) + int(stints["b"]) != int(total["n"]):
        return None
    said_as = []
    for n, what in ((stints["a"], stints["x"]), (stints["b"], stints["y"])):
        years = f"{spelled(n)} years"
        read = years_said(years, expand(re.sub(r"(?i)^as\s+", "", what)))
        if read is None or read[0] != "have":
            return None
        said_as.append(read[1].replace(f"{years} of experience ", "").replace(f"{years} ", ""))
    a, b = spelled(stints["a"]), spelled(stints["b"])
    return (
        f"of my {spelled(total['n'])} years of experience, {a} were {said_as[0]} and {b}"
        f" {said_as[1]}"
    )


# A count in a span of time: "~2 antibody id panels/wk", "~2/day in peak season".
_PER = {short: f"{lexicon.article(unit)} {unit}" for short, unit in PER_UNITS.items()}
_RATE = rf"(?P<n>(?:~|about\s+|around\s+)?\d+)\s*(?P<what>[^/]*?)\s*/\s*(?P<per>{'|'.join(_PER)})\b"
_RATE_SAID = re.compile(rf"(?i){_RATE}$")
_RATE_FIX = re.compile(rf"(?i){_RATE}(?P<rest>(?:\s+(?:in|during|at|on)\s+[\w\s-]+)?)$")


def _rate_fixed(said: str, fix: str) -> str | None:
    """ "~2 antibody id panels/wk" put right as "~2/day in peak dengue season": "about two
    antibody ID panels a day in peak dengue season, not two a week"; None for any other pair
    (a figure with a thing of its own after it, or the same span)."""
    old, right = _RATE_SAID.fullmatch(said), _RATE_FIX.fullmatch(fix)
    if old is None or right is None or right["what"] or not old["what"]:
        return None
    if _PER[old["per"].lower()] == _PER[right["per"].lower()]:
        return None
    count = f"{right['n']} {old['what']} {_PER[right['per'].lower()]}{right['rest']}"
    figure = re.sub(r"^(?:~|about\s+|around\s+)", "", old["n"])
    return f"{expand(count)}, not {spelled(figure)} {_PER[old['per'].lower()]}"


# "I say wrong year for certificate, is 2019 not 2018", "I say wrong date: PAUT certificate is
# not from 2024, is from January 2025": a date said wrong, typed by a second-language writer.
_WRONG = re.compile(
    r"(?i)^(?:also\s+)?i\s+(?:say|said|gave|give|put)\s+(?:the\s+|a\s+)?wrong\s+(?:year|date|month)"
    r"(?:\s+(?:for|of|on)\s+(?:my\s+|the\s+)?(?P<what>[^,:;]+?))?\s*[,:;-]\s*(?P<rest>.+?)$"
)
_WHEN = r"(?:(?:in|from)\s+)?(?P<{}>(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d)"
_IS_NOT = re.compile(
    r"(?i)^(?:(?P<subj>[^,]+?)\s+)?(?:it\s+)?is\s+"
    + _WHEN.format("a")
    + r",?\s+not\s+"
    + _WHEN.format("b")
    + "$"
)
_NOT_IS = re.compile(
    r"(?i)^(?P<subj>[^,]+?)\s+is\s+not\s+"
    + _WHEN.format("b")
    + r",?\s+(?:it\s+)?is\s+"
    + _WHEN.format("a")
    + "$"
)


def _wrong_said(text: str) -> str | None:
    """ "my certificate is from 2019, not 2018": the date said wrong, put right; None for a line
    of any other shape."""
    found = _WRONG.match(text)
    if found is None:
        return None
    rest = found["rest"].rstrip(". ")
    put = _IS_NOT.match(rest) or _NOT_IS.match(rest)
    if put is None:
        return None
    thing = (put["subj"] or found["what"] or "").strip()
    if not thing or len(thing.split()) > 5 or thing.lower() in ("it", "this", "that"):
        return None
    if thing.split()[0].lower() not in ("my", "the", "our"):
        thing = f"my {thing}"
    return f"{expand(thing)} is from {put['a']}, not {put['b']}"


# A name put right, typed as a note: "moisture meter = Aqua-Boy not Dickey-john, said wrong",
# "the lab is UKAS 4417 not 4471 (i said wrong)". Read only with its mark of a correction (an
# "=", or "said wrong", "wrong", "my mistake" at its end).
_WORD_FIX = re.compile(
    r"(?i)^(?P<what>(?:the |my |our )?[a-z][\w'-]*(?: [a-z][\w'-]*){0,3}) (?P<verb>=|is|was) "
    r"(?P<fix>[^,;=]+?),? not (?P<said>[^,;=()]+?)"
    r"(?P<mark>,? ?\(?(?:(?:i )?said (?:it )?wrong|wrong|my mistake|said wrongly)\)?)?$"
)
_NAME_WORD = re.compile(r"^[\w.'’&/-]+(?: [\w.'’&/-]+){0,3}$")


_MARKED = re.compile(r"(?i)\b(?:said (?:it )?wrong(?:ly)?|my mistake|wrong\)?$)")


def _word_fixed(text: str, marked: bool) -> str | None:
    """ "moisture meter = Aqua-Boy not Dickey-john, said wrong" -> "the moisture meter is
    Aqua-Boy, not Dickey-john"; None for a line of any other shape. `marked`: the line as typed
    says it corrects what was said."""
    found = _WORD_FIX.match(text)
    if found is None or (found["verb"] != "=" and not found["mark"] and not marked):
        return None
    fix, said, what = found["fix"].strip(), found["said"].strip(), found["what"]
    if not (_NAME_WORD.match(fix) and _NAME_WORD.match(said)) or what.split()[0].lower() == "i":
        return None
    if re.search(r"\d|\.\s", fix + " " + said):
        return None  # "notice period = 1 month, not 2. clarify": a figure is `saidmeant`'s
    what = what if what.split()[0].lower() in ("the", "my", "our") else f"the {what}"
    return f"{expand(what)} is {fix}, not {said}"


# A figure said alone leads its phrase ("4 yrs on the tractor", "about 40 tanks"): a noun typed
# before it ("python 2 yrs", "pick rate 180/hr") is a note's order, with no sure reading here.
_LEADS = re.compile(rf"(?i)^(?:~|about\s+|around\s+|approx\.?\s+|over\s+|under\s+)?{_NUM}")


# A year put right for what it was the year of: "2022 for the cathedral job".
_YEAR_FOR = re.compile(
    r"^(?P<year>(?:19|20)\d\d) (?:for|on|of) (?P<what>(?:the|my|that) [\w' -]+)$"
)


# A card's or a licence's expiry put right: "PTS expiry Nov 2031", "CSCS card expires 2029".
_EXPIRY = re.compile(
    r"(?i)^(?:my\s+)?(?P<what>[\w' -]+?)\s+(?:(?:is|was)\s+)?(?:expiry|expires|exp\.?"
    r"|valid\s+(?:until|till|to))"
    r"\s+(?:(?:in|on)\s+)?(?P<when>(?:[A-Z][a-z]{2,8}\.?\s+)?(?:19|20)\d\d)$"
)


# A count of things done, typed with no verb of its own: "11 operators trained".
_COUNTED = re.compile(r"(?P<n>\d+) (?P<what>[a-z]+s) (?P<done>[a-z]+ed)")


def _said(right: str, old: str) -> str | None:
    """ "four years on the tractor, not two": the right figure's words spelled as the letter
    spells them, and the wrong figure spelled alike."""
    expiry = _EXPIRY.match(right)  # "PTS expiry Nov 2031": when the card runs out
    if expiry is not None and re.fullmatch(r"(?:19|20)\d\d", old):
        when = months_spelled(f"in {expiry['when'].rstrip('.')}")
        return f"my {expand(expiry['what'])} expires {when}, not {old}"
    if not _LEADS.match(right):
        return None
    year = _YEAR_FOR.match(right)  # "2022 for the cathedral job": the job was in 2022
    if year is not None and re.fullmatch(r"(?:19|20)\d\d", old):
        return f"{expand(year['what'])} was in {year['year']}, not {old}"
    said = expand(right)
    counted = _COUNTED.fullmatch(said)  # "11 operators trained": no clause of its own
    if counted is not None and lexicon.is_participle(counted["done"]):
        return f"the number of {counted['what']} {counted['done']} was {counted['n']}, not {old}"
    if re.search(r"(?i)\b(?:one|two|three|four|five|six|seven|eight|nine)\b", said):
        old = spelled(old)
    if re.fullmatch(r"\w+ years of experience", said):
        return f"I have {said}, not {old}"  # "nine years of experience, not eight"
    span = re.fullmatch(r"(?P<years>\w+ years?) (?P<what>[a-z][\w -]*)", said)
    if span and re.fullmatch(r"(?:total )?(?:exp|experience)(?: in total)?", span["what"]):
        return None  # "12 yrs exp": read by `saidmeant` ("I have nine years of experience")
    if span and span["what"].split()[0] not in PREPOSITIONS | DETERMINERS:
        if len(span["what"].split()) <= 3 and is_field(span["what"]):  # as `saidmeant` says
            return f"I have {span['years']} of {span['what']} experience, not {old}"
        first = span["what"].split()[0]
        if lexicon.is_gerund(first) and len(span["what"].split()) > 1:  # "five years keeping
            return f"I have been {span['what']} for {span['years']}, not {old}"  # arowana"
        held = years_said(span["years"], span["what"])  # "six years welding": no clause
        if held is not None:
            return f"I {held[0]} {held[1]}, not {old}"
    # "350 g not 300 g": a unit of measure said on both figures, "350 g, not 300 g" (h1369)
    unit = re.fullmatch(
        r"(?:about |around )?[\d.,]+(?P<gap> ?)(?P<unit>[a-zµ°]{1,2}|dB|[kKM]g)", said
    )
    if unit and re.fullmatch(r"[\d.,]+", old):
        old = f"{old}{unit['gap']}{unit['unit']}"
    return f"{said}, not {old}"


def fixed_line(
    value: str | None,
    tone: str,
    channel: str,
    variation: Variation,
    fits: Callable[[str], bool] = lambda _: True,
) -> str | None:
    """The follow-up's sentence when it corrects one figure (`figure_fixed`), or None."""
    fix = figure_fixed(value)
    if fix is None:
        return None
    fix = re.sub(r"\b(a day|a week|an hour|a shift) peak\b", r"\1 at peak", fix)  # "loads/day peak"
    if re.match(r"(?:about |around |roughly )?\d", fix):  # "about 34 wells last year, not 40"
        fix = f"the figure is {fix}"  # a figure alone is no clause
    options = fitting(phrasebook.wordings("follow_up_figure_fix", tone, channel), fits)
    line = variation.pick("follow_up", options).format(fix=fix)
    return None if problem(line) else line


# A correction's marker pasted after what was said: ", correct is 3 yrs", ", with actually 4".
_PASTED_FIX = re.compile(
    r"(?i),\s+(?:with\s+|but\s+)?(?:actually\s+(?:\d|it\b|its\b|was\b|is\b)|correct(?:ly)?\s+is\b"
    r"|correct:|really\s+(?:it\s+)?(?:was|is)\b|with\s+it\s+(?:is|was)\b)"
)


def kept_unfixed(read: Callable[_P, str | None]) -> Callable[_P, str | None]:
    """`read` with a sentence that pastes a correction's marker after what was said ("I said
    python two years, correct is three years") left out (None): a correction the readings
    could not put right is named in the report, never said garbled."""

    @functools.wraps(read)
    def kept(*args: _P.args, **kwargs: _P.kwargs) -> str | None:
        line = read(*args, **kwargs)
        return None if line and _PASTED_FIX.search(line) else line

    return kept
