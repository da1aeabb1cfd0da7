"""A correction typed in any of the evening's shapes, read down to what was said and what is right.

The candidate types the thing they got wrong in the room and the right one, rarely twice the same
way: "salary - said 2.4M JMD, meant 2.8M. fix", "said 2.5MW plant - was 3.5", "said my cert renewal
is 2028, it's actually nov 2027 - correct this", "correction: idle time -23% not -32% (said
wrong)", "I say the diploma is from CIMA but actually is CILT Sri Lanka - need correct this",
"the 35% was over 6 mths not 3". `followfix` reads a figure typed the plainest ways; this module
reads the rest: the orders to self around it dropped ("fix", "correct this", "(said wrong)"), what
it is about taken from a head typed before it ("salary -", "q on biggest deal -"), and the right
thing put in place of the wrong one in what was said:

- a clause: "One correction to what I said in the interview: my cert renewal is November 2027,
  not 2028."
- a thing of a size: "... the plant was 3.5MW, not 2.5MW."
- a bare figure with what it is about: "One correction to what I said about salary: I meant 2.8M
  JMD, not 2.4M JMD."

A line marked to check ("(check old reports)") is never said; a correction whose parts cannot be
matched (a figure with no unit and nothing it is about, a list, words that do not line up) gives
None: the other follow-up readers try it, else it is left out and named.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from composer import regexes as re
from composer.english import ends_on_abbreviation, spell_out_dates
from composer.next_steps import MONTH_WORDS
from composer.offline import lexicon, phrasebook
from composer.offline.clauses import finite
from composer.offline.cvshares import spelled
from composer.offline.fixshort import short_fix
from composer.offline.followmemo import OWN_THINGS
from composer.offline.phrasebook import Variation, fitting
from composer.offline.shorthand import expand
from composer.offline.wellformed import problem
from composer.offline.words import MONTH_NAMES

__all__ = ["FACT_AFTER", "RIGHT_FIGURE", "Fix", "meant_line", "read_fix"]


@dataclass(frozen=True)
class Fix:
    """A correction: what was said, what is right, and how the letter can say it."""

    old: str  # what was said, as the letter says it: "2028", "CIMA", "2.4M JMD"
    new: str  # what is right: "November 2027", "CILT Sri Lanka", "2.8M JMD"
    clause: str | None = None  # the right thing said in place: "my cert renewal is November 2027"
    about: str | None = None  # what the figure is of: "salary", "idle time"
    meant: bool = False  # typed "meant": a slip of the tongue, "I meant X"
    claim: bool = False  # what was said and what is so, each a clause (`old`, `new`)


# Orders to self and asides around a correction, never said: leading and trailing.
_LEAD = re.compile(
    r"(?i)^(?:\(?\s*(?:note\s+to\s+self|to\s+self|for\s+me|nb(?:\s+to\s+self)?)\s*[:\-–]\s*"
    r"|(?:correction|clarify|correct)\s*[:\-–]\s*|i\s+(?:say|said)\s+(?:the\s+)?wrong\s+(?:number|figure|date|year)"
    r"\s*[:\-–]?\s*|(?:also|and|plus|\+)\s+|forgot(?:\s+to\s+say)?\s*[:\-–]\s*|forgot\s+to\s+say\s+"
    r"|i\s+think\s+(?=i\s+said)|tell\s+(?:them|him|her|[A-Z][\w'-]+)\s+(?:that\s+)?)+"
)
_TAIL = re.compile(
    r"(?i)(?:\s*[-–,.;!(]+\s*|\s+)(?:(?:i\s+)?(?:must|need(?:\s+to)?|have\s+to|should|pls|please)"
    r"\s+)?(?:correct|fix|clarify)(?:\s+(?:this|that|it))?\s*[.!)]*$"
    r"|\s*\(?\s*said\s+wrong\s*\)?[.!]*$|\s*[-–(]*\s*(?:my\s+bad|oops|doh|sorry)\)?[.!]*$"
    r"|\s*[-–]\s*(?:checked|confirmed|looked)\b[^.;]*$"
    r"|[.!\s]+$"
)
# An aside in brackets: "(started 2023)", "(vaativa)", "(notice shorter than i thought)".
_ASIDE = re.compile(r"\s*\([^()]*\)")
# A mark that the figure is not sure: such a line is never said.
_UNSURE = re.compile(
    r"(?i)\(\s*(?:check|verify|confirm|not\s+sure)\b|\?|\bi\s+think\b(?!\s+i\s+said)"
)
# Two sentences (read by parts: `followsplit`), or a slip with words of its own ("mixed up A + B,
# should be X not Y": `slips`).
_NOT_ONE = re.compile(r"(?i)[.;!]\s|\b(?:mixed\s+up|should\s+be)\b.*\bnot\b")


def _not_one(text: str) -> bool:
    """Whether `text` holds two sentences, or a slip with words of its own (`_NOT_ONE`); a stop
    after an abbreviation ("incl. integration") ends no sentence."""
    return any(
        (found[0].strip() not in ".;!" or not ends_on_abbreviation(text[: found.start() + 1]))
        and not (found[0].strip() == ";" and FACT_AFTER.match(text, found.end()))
        for found in _NOT_ONE.finditer(text)
    )


# "...; it was in fact the 2023 edition": the correction after a semicolon, no second sentence
FACT_AFTER = re.compile(r"(?i)(?:it|that|they)\s+(?:was|is|were)\s+in\s+fact\b")


# Said in the room, and what is right: "(topic -) (i) said|say X, (but) (it's) actually Y".
_BE = r"(?:it'?s|it\s+is|it\s+was|its|was|is|that'?s)"
_MONTH_WORDS = "|".join(MONTH_NAMES)  # "in November 2026": a month named whole
_MARK = (
    r"actually|actual|really|in\s+fact|meant|correct(?:\s+figure)?(?:\s+is|:)?|exact(?:ly)?:?"
    r"|the\s+right\s+(?:figure|number)\s+is|should\s+be"
)
_SEP = r"\s*(?:,|;|\s[-–]+|\s->)"
_SAID = re.compile(
    r"(?i)^(?:(?P<about>[^-–:;,]{2,40}?)\s*[-–:]\s*)?(?:i\s+)?(?:also\s+)?(?:said|say|told"
    r"\s+(?:them|you|him|her|(?:Mr|Ms|Mrs|Dr)\.?\s+[A-Z][\w'-]+)|quoted|gave)\s+(?P<said>.+?)"
    r"(?:\s+(?:in\s+the\s+interview|at\s+one\s+point|in\s+the\s+room))?"
    rf"(?:{_SEP}?\s+(?:but\s+)?(?:{_BE}\s+)?(?P<mark>{_MARK})|{_SEP}\s+(?:but\s+)?"
    rf"(?P<be>{_BE})(?=\s+(?:in\s+)?(?:\S*\d|(?:{_MONTH_WORDS})\b)))\s+(?:{_BE}\s+)?(?P<new>.+)$"
)
_NUMBER = r"[-~+]?[$€£]?\d+(?:[.,]\d+)?"
# "(topic) X not Y (like i said)": the right thing first.
_NOT = re.compile(
    rf"(?i)^(?P<head>.*?)(?P<new>{_NUMBER}\S*(?:\s+[a-z]+)?)\s*,?\s+not\s+(?P<old>{_NUMBER}\S*"
    r"(?:\s+[a-z]+)?)(?:\s+(?:like|as)\s+i\s+said)?$"
)
# "MSC Zoe = 342 containers lost, not ~280": what the figure is of, typed before "=", and a count
# of things and what happened to them
_EQUALS = re.compile(
    rf"(?i)^(?P<what>[A-Z][\w.'-]*(?:\s+[\w.'-]+){{0,3}})\s*=\s*(?P<count>{_NUMBER})\s+"
    r"(?P<things>[a-z]+s)\s+(?P<done>[a-z]+)\s*,?\s+not\s+(?P<old>~?\s*\d+(?:[.,]\d+)?)$"
)
_FIGURE = re.compile(rf"(?<![\w.]){_NUMBER}(?:[a-zA-Z%]{{0,3}})?(?![\w.])")
_MONTHS = "|".join(MONTH_WORDS)  # "nov", "november": a month, either way it is typed
# What a head says the figure is of, without the question around it: "q on biggest deal".
_ABOUT_LEAD = re.compile(r"(?i)^(?:(?:the\s+)?(?:q|qn|question)\s+(?:on|about|re)|re|on|about)\s+")
_ASKED_ABOUT = re.compile(r"(?i)^\w+\s+asked\s+(?:about|abt|re)\s+(?P<about>[\w\s%-]{2,30})$")


# A careful correction's second half: "having checked my records, the correct figure is 6,200",
# "I checked my logbook afterwards: the exact number is 23" (`followsplit` joins it to the part
# before); after a stop, read as "- actually".
RIGHT_FIGURE = (
    r"(?i:(?:having\s+checked\s+[^,;.]+,\s*|i\s+checked\s+[^:;.]+:\s*)?the\s+(?:correct|exact"
    r"|right|actual)\s+(?:figure|number)\s+(?:is|was))"
)
_RIGHT_AFTER = re.compile(rf"[;.]\s+{RIGHT_FIGURE}\s+")
# When it was said, typed before a careful correction: "During the interview I said ..."
_WHEN_SAID = re.compile(r"(?i)^(?:during|in|at)\s+(?:the|my|our)\s+(?:interview|meeting|call),?\s+")

# A claim said in the room that was not true, and what is, led by the slip owned up to: "I say
# wrong thing in interview: I say I have the work permit already, but is not true, I have the
# application in process" (one led otherwise is `followclaim`'s).
_UNTRUE = re.compile(
    r"(?i)^(?:(?:I\s+(?:say|said)\s+(?:the\s+|a\s+)?wrong(?:\s+thing)?\s+in\s+(?:the\s+)?interview"
    r"\s*[:,-]\s*)I\s+(?:say|said)|I\s+told\s+(?:them|him|her|you))"  # "I told them I have X"
    r"\s+(?:that\s+)?(?P<said>I\s+[^,;:]+?),?"
    r"\s+but\s+(?:it\s+|this\s+|that\s+)?(?:is|was)\s+not\s+(?:true|right|correct)\s*[,:;.-]\s*"
    r"(?P<fact>I\s+[^.!?]+?)\s*[.!]*(?:\s+I\s+(?:must|need\s+to|have\s+to|should)\s+"
    r"(?:clarify|correct)\s+(?:this|that|it)\s*[.!]*)?$"
)


def _clean(value: str) -> str:
    """The line without the orders to self and asides around it."""
    text = " ".join(value.split())
    # "I say wrong in interview that my certificate is C1, is B2": what was said wrongly
    text = re.sub(
        r"(?i)^(I\s+)(?:say|said)\s+wrong\s+in\s+(?:the\s+)?interview\s+", r"\1said ", text
    )
    text = _RIGHT_AFTER.sub(" - actually ", _WHEN_SAID.sub("", text))
    text = _LEAD.sub("", text)
    for _ in range(3):
        text = _TAIL.sub("", text).strip()
    text = _ASIDE.sub("", text)
    text = re.sub(r"\b(\d+),(\d{1,2})(?=%)", r"\1.\2", text)  # "0,3%": a decimal comma
    return re.sub(r"(?i)^i say\b", "I said", text).strip(" ,;-")


def _about(head: str | None) -> str | None:
    """ "salary", "the biggest deal", "waste": what a head typed before the correction names."""
    if not head:
        return None
    head = head.strip()
    if found := _ASKED_ABOUT.match(head):
        head = found["about"]
    head = _ABOUT_LEAD.sub("", head).replace("%", "").strip(" -=:")
    head = re.sub(r"(?i)\s+(?:wrong|was\s+wrong|is\s+wrong|incorrect)$", "", head)
    words = head.split()
    if not words or len(words) > 6 or not all(re.fullmatch(r"[A-Za-z'-]+", w) for w in words):
        return None
    if not lexicon.is_noun(words[-1].lower()) or any(
        lexicon.is_past(w.lower()) and not lexicon.is_noun(w.lower()) for w in words
    ):
        return None  # "actually assisted": no thing named
    if words[0].lower().endswith("est") or (len(words) > 1 and words[0].lower() not in _OWN_WORDS):
        head = f"the {head}"  # "the biggest deal", "the avian radar cost"
    return head


_OWN_WORDS = frozenset(["the", "my", "our", "a", "an", "this", "that"])


def _figure_swap(old: str, new: str) -> tuple[str, str, str] | None:
    """The figure said, the one that is right with the unit the note typed once, and the right
    one as it replaces the wrong in what was said: ("2.5MW", "3.5MW"), or None."""
    olds = _FIGURE.findall(old)
    news = _FIGURE.findall(new)
    if len(olds) != 1 or len(news) != 1:
        return None
    said, right = olds[0], news[0]
    unit = re.sub(rf"^{_NUMBER}", "", said)
    thousands = unit.lower() == "k" and ("," in right or len(right.split(".")[0]) >= 4)
    if unit and not re.sub(rf"^{_NUMBER}", "", right) and not thousands:
        right += unit  # "was 3.5" after "2.5MW": 3.5MW (never "11,500" after "14k": 11,500k)
    rest = new.replace(news[0], "", 1).strip()
    rest = _ROUGHLY.sub("", rest).strip()  # "approximately 420 km": the figure and its unit
    part = (
        re.search(r"(?i)\b(?:early|mid|late)$", rest)
        if re.fullmatch(r"(?:19|20)\d\d", right)
        else None
    )
    if part:  # "published in early 2025": the part of the year goes with it
        rest, right = rest[: part.start()].strip(), f"{part[0].lower()} {right}"
    whole = right
    if re.fullmatch(rf"(?i)(?:{_MONTHS})\.?", rest):
        whole = spell_out_dates(f"{rest.capitalize()} {right}")  # "nov 2027": November 2027
    elif re.fullmatch(r"[A-Z]{2,5}", rest) and rest not in old:
        right = whole = f"{right} {rest}"  # "430k ARR": a unit typed once, with the right one
    elif rest and rest.lower() not in old.lower():
        return None  # "actually 5 (2 in the UK)": more than the figure
    return said, right, whole


def read_fix(value: str | None) -> Fix | None:
    """The correction a follow-up types, or None when it is not one that can be said whole."""
    if not value or _UNSURE.search(value):
        return None
    text = _clean(value)
    if _not_one(text):
        return None
    if (untrue := _UNTRUE.match(" ".join(value.split()))) is not None:
        # "I say I have the work permit already, but is not true, I have ...": a claim put right
        fact = _ASIDE.sub("", untrue["fact"]).replace(" in process", " in progress")
        fact = re.sub(r"^I have the (?=(?:[a-z]+ ){1,3}application\b)", "I have an ", fact)
        fact = re.sub(r",\s+(?=expected\b)", ", ", fact)
        return Fix(old=untrue["said"], new=fact, claim=True)
    if (short := short_fix(text)) is not None:  # "kettle project - said 6 wks downtime, was 5"
        head, clause, old = short
        return Fix(old=old, new=clause, clause=clause, about=_about(head))
    if found := _SAID.match(text):
        said = re.sub(r"(?i)\s+to\s+(?:him|her|them|you|[a-z][\w'-]+)$", "", found["said"])
        said = re.sub(r"^that\s+", "", _unquoted(said))  # "I said that X"; "to dave"
        return _said_fix(said, found["new"], found["about"], found)
    if (equals := _EQUALS.match(text)) and lexicon.is_past(equals["done"].lower()):
        clause = f"{equals['count']} {equals['things']} were {equals['done']}"
        old = re.sub(r"^~\s*", "about ", equals["old"])
        return Fix(old=old, new=clause, clause=clause, about=equals["what"])
    if found := _NOT.match(text):
        return _not_fix(found["head"].strip(), found["old"], found["new"])
    return None


def _unquoted(said: str) -> str:
    """ "'X'" -> "X": what was said, typed in quotes; a quoted name inside it keeps its quotes
    ("'ice & fire' went to 9 domes")."""
    text = said.strip(" ")
    inner = text[1:-1]
    if len(text) > 1 and text[0] in _QUOTE_MARKS and text[-1] in _QUOTE_MARKS:
        return text if any(q in inner for q in _QUOTE_MARKS) else inner.strip()
    return text.strip(" '\"‘’“”") if not re.search(r"\w['‘’\"“”]\s", text) else text


_QUOTE_MARKS = "'\"‘’“”"


def _not_fix(head: str, old: str, new: str) -> Fix | None:
    """ "the 35% was over 6 mths not 3", "idle time -23% not -32%", "paul asked about waste % -
    mine averaged 3% not 5": the right figure in its clause, or with what it is about."""
    about = None
    if lead := re.fullmatch(
        r"(?i)(?:about|on|re)\s+(?P<what>[^,]+?),?\s+(?:it\s+)?(?:is|was)", head
    ):
        head, about = "", _about(lead["what"])  # "about the mortality, is 0.3% not 0.2%"
    if " - " in head:  # "paul asked about waste % - mine averaged": what it is about, first
        asked, head = head.rsplit(" - ", 1)
        about = _about(asked)
    if re.fullmatch(rf"(?i)(?:{_MONTHS})", head.strip()) and re.fullmatch(r"(?:19|20)\d\d", new):
        new, head = _spoken(f"{head.strip()} {new}"), ""  # "the course date - nov 2029 not 2030"
    if _figure_swap(old, new) is None and _figure_swap(new, old) is None:
        return None
    if (equals := re.fullmatch(r"(?P<what>[A-Z][\w-]*(?: [\w-]+){0,2}) ?=", head)) is not None:
        return Fix(old=_carry(old, new), new=new, about=equals["what"])  # "P80 = 18 not 22"
    since = re.fullmatch(r"(?i)(?P<what>.+?)\s+(?:is|was)\s+since", head)
    if since and re.fullmatch(r"(?:19|20)\d\d", new):  # "accreditation is since 2021"
        what = since["what"]
        mine = what.split()[0].lower() in _SUBJECT_WORDS
        head = f"{what if mine else 'my ' + what} dates from"
    owned = re.fullmatch(r"(?i)(?P<what>[a-z][a-z ]*?)\s+(?P<be>is|was|are|were)", head)
    if owned and owned["what"].lower() in OWN_THINGS:  # "notice is 2 wks not 4": my notice
        head = f"my {owned['what']} {owned['be']}"
    if head and (_head_clause(head) or head.endswith(" dates from")):
        clause = _sentence(re.sub(r"(?i)\bstart$", "start on", head) + f" {new}")
        old = _spoken(_carry(old, new))
        if re.search(r"\d\s+[a-z]", new) and re.fullmatch(r"\d", old):
            old = spelled(old)  # "six months, not three"
        return Fix(old=old, new=new, clause=clause, about=about) if clause else None
    topic = _about(head) if head else about
    return Fix(old=_carry(old, new), new=new, about=topic) if topic else None


# A figure's hedge: "about 300 km", "approximately 420 km".
_ROUGHLY = re.compile(r"(?i)\b(?:approximately|approx\.?|about|around|roughly|nearly)\s*")


# What may follow a bare figure as its unit: a currency's code, a measure.
_UNIT = re.compile(r"[A-Z]{3}|ha|km|kg|hrs?|hours|tonnes?|days|weeks|months|years|per\s+cent")


def _carry(old: str, new: str) -> str:
    """The old figure with the unit typed only on the new one: "5" beside "3%" is "5%"."""
    unit = re.sub(rf"^{_NUMBER}", "", new)
    if unit and re.fullmatch(_NUMBER, old) and unit in ("%", "k", "m", "M"):
        return old + unit
    return old


def _head_clause(head: str) -> bool:
    """True when the words before the right figure are a subject and its verb ("the 35% was
    over", "mine averaged", "I can start")."""
    words = head.split()
    return len(words) >= 2 and words[0].lower() in _SUBJECT_WORDS and finite(words)


# What opens a subject: "the 35% was over", "mine averaged", "I can start", "my licence is".
_SUBJECT_WORDS = frozenset(["i", "my", "our", "the", "mine", "it", "we", "this", "that"])


def _sentence(text: str) -> str | None:
    """`text` as the letter writes it (shorthand expanded, dates spelled), or None when it does
    not read as a clause."""
    said = spell_out_dates(expand(text))
    said = re.sub(r"(?<![\w'])i(?![\w'-])", "I", said)
    # "4 mo", "6 mos": months, where a figure says which "mo" it is
    said = re.sub(r"(?<![\w.,])(\d+) mos?\b", _months, said)
    if problem(said[:1].upper() + said[1:] + "."):
        return None
    return said


def _months(found: re.Match[str]) -> str:
    """ "6 mo" -> "six months"; "1 mo" -> "one month"; "14 mos" -> "14 months"."""
    n = found[1]
    return f"{spelled(n)} month" if n == "1" else f"{spelled(n)} months"


_SIZED = re.compile(rf"(?P<n>{_NUMBER})(?P<unit>[A-Za-z]{{1,3}})\s+(?P<thing>[a-z]+)")


_YEARS = re.compile(
    r"(?i)(?P<n>\d{1,2})\s*(?:yrs?|years?)\s+(?:of\s+)?(?P<what>[a-z][\w-]*(?:\s[a-z][\w-]*)?)"
)
_MONTH_SWAP = re.compile(rf"(?i)\b(?:in|by|from|until)\s+(?P<m>{_MONTH_WORDS})\b(?!\s+\d)")
_MONTH_NEW = re.compile(rf"(?i)(?:in\s+)?(?P<when>(?:{_MONTH_WORDS})(?:\s+(?:19|20)\d\d)?)")


# A thing and the figure said for it, with no verb: "treatment temp 1480".
_THING_FIGURE = re.compile(r"(?P<what>[a-z][a-z ]{2,30}?) (?P<n>\d[\d,.]*)")
# The right figure typed after it, with what it holds for: "1500-1520 °c for sandwich process".
_FIGURE_FOR = re.compile(
    r"(?P<a>\d[\d,.]*)(?:\s*[-–]\s*(?P<b>\d[\d,.]*))?\s*(?P<unit>°\s?[cCfF]|%|[a-z]{1,3})?"
    r"(?:\s+(?P<for>for|in|at|on)\s+(?P<what>[a-z][a-z -]+))?"
)


def _figure_said(new: str) -> str | None:
    """ "1500-1520 °c for sandwich process" -> "1500 to 1520 °C for the sandwich process"; None
    for anything else."""
    found = _FIGURE_FOR.fullmatch(new.strip())
    if found is None:
        return None
    unit = (found["unit"] or "").replace(" ", "")
    unit = unit[0] + unit[1:].upper() if unit.startswith("°") else unit
    figure = f"{found['a']} to {found['b']}" if found["b"] else found["a"]
    said = f"{figure} {unit}" if unit.startswith("°") else f"{figure}{unit}"
    if found["for"]:
        what = found["what"].strip()
        the = "" if lexicon.is_plural_noun(what.split()[-1]) else "the "
        said = f"{said} {found['for']} {the}{what}"
    return said


def _said_fix(said: str, new: str, head: str | None, found: re.Match[str]) -> Fix | None:
    # "I said during the interview that X": when it was said is the frame's to say, never X's
    said = re.sub(r"(?i)^(?:during|in) the interview,?\s+(?:that\s+)?", "", said)
    new = re.sub(r"(?i),?\s+and I (?:would like|want|need) to correct (?:that|this|it)$", "", new)
    meant = (found["mark"] or "").lower() == "meant"
    mark = found.start("mark") if found["mark"] else found.start("be")
    new = new.strip(" '\"‘’“”.")
    about = _about(head)
    quoted = re.fullmatch(r"'?(?P<old>(?:19|20)\d\d)' for (?P<what>the [a-z][\w -]+)", said)
    if quoted and re.fullmatch(r"(?:19|20)\d\d", new):  # "said '2021' for the cathedral job"
        return Fix(old=quoted["old"], new=new, clause=f"{quoted['what']} was in {new}")
    bare = re.fullmatch(rf"~?{_NUMBER}[a-zA-Z]{{0,2}}", said)
    if bare and about and re.match(rf"~?{_NUMBER}", new) and _figure_swap(said, new) is None:
        # "avian radar cost - said ~$1.2M, actually $1.6M installed incl. integration"
        right = expand(new).replace("~", "about ")
        return Fix(old=said.replace("~", "about "), new=right, about=about, meant=meant)
    if (years := _YEARS.fullmatch(said)) and re.fullmatch(r"\d+", new):  # "12 yrs multibeam"
        what = years["what"]
        right, old = spelled(new), spelled(years["n"])
        if what.split()[0].lower() in ("on", "in", "at", "with"):  # "8 yrs on cats"
            return Fix(old=old, new=right, clause=_sentence(f"I have {right} years {what}"))
        # "12 yrs exp", "12 yrs total exp": experience, said once ("in total" after it)
        if what.split()[-1] in ("classes", "lessons", "courses"):  # "said 2 yrs classes, its 3"
            return Fix(
                old=old, new=right, clause=_sentence(f"I have taken {what} for {right} years")
            )
        total = re.search(r"(?i)\btotal\b", what)
        what = re.sub(r"(?i)\s*\b(?:total|exp|experience)\b", "", what).strip()
        what = f"{what} experience".strip() + (" in total" if total else "")
        return Fix(old=old, new=right, clause=_sentence(f"I have {right} years of {what}"))
    if (month := _MONTH_SWAP.search(said)) and (to := _MONTH_NEW.fullmatch(new)):
        # "said my diploma finished in December, but it was in November 2026"
        clause = _sentence(said[: month.start("m")] + to["when"] + said[month.end("m") :])
        return Fix(old=month["m"], new=to["when"], clause=clause) if clause else None
    thing = _THING_FIGURE.fullmatch(said)  # "said treatment temp 1480 - meant 1500-1520 °c"
    figure = _figure_said(new) if thing else None
    if thing and figure and _figure_swap(said, new) is None:
        what = re.sub(r"\btemp$", "temperature", thing["what"])
        return Fix(old=thing["n"], new=figure, about=about or _about(what), meant=meant)
    if (swap := _figure_swap(said, new)) is not None:
        old, right, whole = swap
        hedge = _ROUGHLY.match(new)  # "about 300 km" put right as "approximately 420 km"
        at = re.search(rf"(?:{_ROUGHLY.pattern[4:]})?{re.escape(old)}", said)
        if hedge and at:
            in_place = said[: at.start()] + hedge[0] + whole + said[at.end() :]
        else:
            in_place = said.replace(old, whole, 1)
        tail = said.replace(old, "", 1).strip()
        if _UNIT.fullmatch(tail) and said.startswith(old) and tail not in right:
            old, right, tail = said, f"{right} {tail}", ""  # "2.4M JMD", "meant 2.8M"
        if not tail:  # a bare figure: said with what it is about, else not at all
            return Fix(old=old, new=right, about=about, meant=meant) if about else None
        words = said.split()
        counted = re.fullmatch(r"[a-z]{3,}s", tail) and lexicon.is_plural_noun(tail)
        if said.startswith(old) and counted and found["mark"]:
            # "said 1,200 dives, really ~900": a count of things, put right as a claim
            count = right.replace("~", "about ")
            return Fix(old=said, new=f"it was {count} {tail}", claim=True)
        if re.match(r"(?i)i'?d\b", said):
            return None  # "said i'd worked on 3": "I would worked" is no sentence
        owned = re.match(r"(?i)(?P<what>[a-z][a-z ]*?)\s+(?:is|was|are|were)\b", said)
        if owned and owned["what"].lower() in OWN_THINGS:  # "internship was 4 mo": mine
            in_place = f"my {in_place}"
        if finite(words) or words[0].lower() in ("my", "the", "our", "i"):
            clause = _sentence(in_place)
            old = _spoken(old)
            if clause and re.fullmatch(r"[1-9]", old) and spelled(old) not in clause.split():
                old = spelled(old) if spelled(right) in clause.split() else old
            return Fix(old=old, new=right, clause=clause) if clause else None
        sized = _SIZED.fullmatch(said)  # "2.5MW plant": the plant was 3.5MW
        if sized and lexicon.is_noun(sized["thing"]) and not sized["thing"].endswith("s"):
            verb = "was" if re.search(r"(?i)\bwas\b", found[0][mark - 6 :]) else "is"
            return Fix(old=old, new=right, clause=f"the {sized['thing']} {verb} {right}")
        return None
    # words put right: a quoted phrase, or the name ending what was said
    olds = re.findall(r"'([^']+)'", found[0][:mark])
    news = re.findall(r"'([^']+)'", found[0][mark:])
    if len(olds) == 1 and len(news) == 1 and olds[0] in said:
        clause = _sentence(said.replace(olds[0], news[0]))
        return Fix(old=f"'{olds[0]}'", new=f"'{news[0]}'", clause=clause) if clause else None
    name = re.search(r"(?P<name>(?:[A-Z][\w&-]*\s*)+)$", said)
    if name and re.fullmatch(r"(?:[A-Z][\w&-]*\s*)+", new) and finite(said.split()):
        old = name["name"].strip()
        clause = _sentence(said[: name.start()] + new)
        return Fix(old=old, new=new, clause=clause) if clause and old != new else None
    # "I said my STCW certificate was from 2025, but it was in fact completed in March 2026":
    # what was said and what is so, each a clause as typed
    between = found[0][found.end("said") : found.start("new")]
    subject = re.search(r"\b(?:it|they)\s+(?:was|is|were|are)\b", between)
    if subject and finite(said.split()) and said.split()[0].lower() in _SUBJECT_WORDS:
        claim, fact = _sentence(said), _sentence(f"{subject[0]} {new}")
        return Fix(old=claim, new=fact, claim=True) if claim and fact else None
    return None


def _spoken(figure: str) -> str:
    """ "1 july" -> "1 July": a date said as the letter writes it."""
    return spell_out_dates(re.sub(rf"(?i)\b(?:{_MONTHS})\b", lambda m: m[0].capitalize(), figure))


def meant_line(
    value: str | None,
    tone: str,
    channel: str,
    variation: Variation,
    fits: Callable[[str], bool] = lambda _: True,
) -> str | None:
    """The follow-up's sentence when it is a correction `read_fix` reads, or None."""
    fix = read_fix(value)
    if fix is not None and fix.claim:  # "In our conversation I said X; in fact Y."
        options = fitting(phrasebook.wordings("follow_up_claim_fix", tone, channel), fits)
        line = variation.pick("follow_up", options).format(said=fix.old, fact=fix.new)
        return None if problem(line) else line
    if fix is None or not (fix.clause or fix.about):
        return None
    figure = "it is" if fix.about and re.search(r"(?:figure|number|rate|total)$", fix.about) else ""
    dated = re.fullmatch(rf"(?i)(?:(?:{_MONTHS})\s+)?(?:19|20)\d\d", fix.new) is not None
    right = f"{figure or ('it was' if dated else 'the right figure is')} {fix.new}"
    said = fix.clause or (f"I meant {fix.new}" if fix.meant else right)
    section = "follow_up_fix_about" if fix.about else "follow_up_figure_fix"
    options = fitting(phrasebook.wordings(section, tone, channel), fits)
    fixed = f"{said}, not {fix.old}"
    fixed = re.sub(r"(\d)/(day|week|month|year|hour|shift)\b", r"\1 a \2", fixed)  # "25/day"
    fixed = re.sub(r"\b(\d+)\s?(?:h|hrs?)\b", r"\1 hours", fixed)  # "24h not 48h"
    line = variation.pick("follow_up", options).format(about=fix.about, fix=fixed)
    return None if problem(line) else line
