"""A next step typed in parts: a step and who gets in touch when ("second round w/ the director
early Dec, they'll email by Fri"), a step and a detail of how it comes ("editing test next week,
they'll send it Mon"), a step they set out and what follows it ("Hannah will send a take-home,
then final round"); and the news that is no step of the candidate's ("a decision next week").
A note no reading takes whole says when they will be in touch in one of its parts ("final round
= task (...). decision before xmas"): `heard_in_parts`. `nextsteps` welcomes what these give.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.heard import MONTH, WEEKDAY, hearing_from, own_time
from composer.offline.phrases import Shape, analyse
from composer.offline.realise import with_article
from composer.offline.stepshapes import OWN_DUE, pasted, read_shapes
from composer.offline.stepwho import who_acts
from composer.offline.wellformed import problem
from composer.offline.words import ORDINALS

# When the candidate would start if chosen, after the news: theirs to say once an offer comes,
# never a step ("they will let me know by Friday, and if selected I would join on 1 June").
START_IF_CHOSEN = re.compile(
    r"(?i)\s*[,;]\s*(?:and\s+)?if\s+(?:selected|successful|chosen|offered(?:\s+the\s+\w+)?"
    r"|I\s+get\s+(?:it|the\s+\w+|an\s+offer))\s*,?\s+I\s*(?:would|could|will|can|['’]d)\s+"
    r"(?:join|start|begin)\b[^.;]*"
)


# A next step that is news from them, and when it comes: "offers by the end of the month".
NEWS = re.compile(
    # "the panel decision", "board outcome": whose news it is may be typed before it
    r"^(?:(?:a|an|the|their|your|final|offer|hiring|panel|board|committee|interview)\s+)*"
    # "letter w/ decision", "email with the outcome": the news named by how it comes
    r"(?:(?:letter|e-?mail|(?:phone\s+)?call)\s+(?:with|w/)\s+(?:the\s+|a\s+|their\s+)?(?=\w+\s))?"
    r"(?:decisions?|outcomes?|offers?|news|answers?|letter|e-?mail"
    r"|results?|feedback|responses?|reply|replies|updates?|verdict|calls|emails|letters"
    # "shortlist for second interviews by Friday": who goes through, news for the candidate
    r"|shortlists?(?:\s+for\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:interviews?|rounds?|stages?))?"
    r"|finalists?)"
    # "finalists decided by 12/18", "shortlist confirmed next wk": the news made, heard then
    r"(?:\s+(?:(?:is|are|will\s+be)\s+)?(?:decided|chosen|picked|selected|announced|confirmed))?"
    # "offer calls go out end of next week", "letters out w/c 14 dec": the news on its way,
    # said as hearing from them
    r"(?:\s+(?:(?:will\s+)?(?:go|goes|come|comes|are|is|be|get|gets)\s+)?(?:out|sent|made|back))?"
    # "final decision expected by Friday": the news awaited, said as hearing from them
    r"(?:\s+(?:(?:is|are)\s+)?(?:expected|due))?"
    # "results from publicjobs in ~4-6 wks": who sends the news, when it is not the reader
    r"(?:\s+(?:from|via|through)\s+(?P<sender>(?!the\s+end\b)[\w.&'-]+(?:\s+[A-Z][\w.&'-]*)?))?"
    r"\s+(?P<time>(?:by|before|within|in|on"
    r"|after|once|next|this|early|mid|late|around|ahead of|the\s+week\s+of)\b.+)$",
    re.IGNORECASE,
)


# "no timeline given", "unclear", "tbc": no step to welcome.
NO_STEP = re.compile(r"(?i)^(?:no|not|unclear|unknown|tbc|tba|tbd|nothing|none)\b")
# "final round = a demo lesson, early Dec"; "Hannah will send a take-home, then final round".
_EQUALS = re.compile(
    r"^(?P<what>[^=:]+?)\s*[=:]\s*(?:(?:an?|the)\s+)?(?P<step>[^,;]+?)(?:,\s*(?P<when>in\s+[^,;]+))?$"
)
_SENDS = re.compile(
    r"^(?P<who>[^,]+?)\s+(?:will|to|is\s+going\s+to)\s+send\s+(?:me\s+|over\s+)?(?:an?|the)\s+"
    r"(?P<step>[^,;]+?)(?:,?\s+(?:and\s+)?then\s+(?P<then>[^,;]+))?$",
    re.IGNORECASE,
)


def arranged_step(value: str, common: frozenset[str]) -> tuple[str, str] | None:
    """A step they set out, as ("the demo lesson in early December", "") or, with what follows
    it, ("the take-home", "a final round with the CTO"); None when the note is not one."""
    found = _EQUALS.match(value) or _SENDS.match(value)
    if found is None:
        return None
    step = found["step"].strip()
    when = found.groupdict().get("when")
    steps = f"the {step}{f' {when}' if when else ''}"
    then = (found.groupdict().get("then") or "").strip()
    if then:
        then = re.sub(
            r"\bwith (?=[A-Z]{2,4}\b)", "with the ", re.sub(r"(?i)\bw/\s*", "with ", then)
        )
        phrase = analyse(then, common)
        if phrase.shape not in (Shape.NOUN, Shape.ROLE):
            return None
        then = with_article(phrase)
    return steps, then


# Verbs of a thing getting under way, typed after it: "build starts ~Dec 20", "season opens":
# what happens then, never a step the candidate hopes for.
UNDER_WAY = frozenset(["starts", "begins", "opens", "closes", "ends", "finishes", "is", "will"])


def step_and_news(
    value: str, common: frozenset[str], reader: Sequence[str]
) -> tuple[tuple[str, str], str] | None:
    """A step and who gets in touch when, typed as two parts: "second round with the director
    in early December, they'll email by Friday" -> (("you", "by Friday"), "the second round
    with the director in early December"); None when the note is not two such parts."""
    parts = [re.sub(r"^(?:and\s+)?then\s+", "", part) for part in value.split(", ")]
    if len(parts) != 2:
        return None
    for step_part, news_part in (parts, parts[::-1]):
        heard = hearing_from(news_part, reader) or _news_dated(news_part)
        # "polygraph + background next": the step's place is the frame's to say; a check typed
        # by its subject alone ("background") is the check
        step_part = _CHECK.sub(r"\g<0> check", _NEXT_AT_END.sub("", step_part))
        phrase = analyse(step_part, common)
        under_way = len(phrase.words) > 1 and phrase.words[1].lower() in UNDER_WAY
        if heard is None or not heard[1] or phrase.shape not in (Shape.NOUN, Shape.ROLE):
            continue  # "HR to email dates": no time to hear by, no step read
        if NO_STEP.match(step_part) or under_way:  # "the panel decides, no idea when": no
            return None  # step to hope for; "build starts ~Dec 20": theirs, no chance hoped
        if hearing_from(step_part, reader) is not None or NEWS.match(phrase.text):
            return None
        steps = with_article(phrase)
        if steps.startswith(("a ", "an ")) and phrase.words[0].lower() in ORDINALS:
            steps = f"the {phrase.text}"
        rounds = _ROUNDS.match(steps)
        if rounds:  # "second interviews in the week of 14 December": the candidate's one
            steps = f"a {rounds['which']} {rounds['round'][:-1]}{rounds['rest']}"
        last = phrase.words[-1]
        if last.islower() and not lexicon.is_noun(last):
            return heard, ""  # "the medical and psychometric": a step that ends before its noun
        first = phrase.words[0]
        bare = steps == phrase.text and first.islower() and lexicon.is_noun(first)
        if bare and not lexicon.is_plural_noun(first):  # "the polygraph and background check"
            steps = f"the {phrase.text}"
        return heard, steps
    return None


def _news_dated(part: str) -> tuple[str, str] | None:
    """ "shortlist for second interviews by Friday 4 December": news from them ("you") on a day
    the note names; None for news with no such day ("offers by 18th": what follows an offer)."""
    news = NEWS.match(part.strip())
    if news is None or not _DECIDED.match(part.strip()) or not _DAY.search(news["time"]):
        return None
    return "you", news["time"]


_DECIDED = re.compile(r"(?i)^(?:the\s+|a\s+)?(?:shortlists?|decisions?|outcomes?|results?)\b")
_DAY = re.compile(rf"\b(?:{WEEKDAY}|{MONTH})\b")
# A round typed in the plural, as the firm holds them: "second interviews in the week of ...".
_ROUNDS = re.compile(
    r"(?i)^(?P<which>second|third|final|further)\s+(?P<round>interviews|rounds)(?P<rest>\b.*)$"
)
# "polygraph + background next": "next" after a step is its place in the process.
_NEXT_AT_END = re.compile(r"(?i)(?<=[a-z])\s+next$")
# A check named by what it checks, typed alone in a list of steps: "polygraph + background".
_CHECK = re.compile(r"(?i)\bbackground\b(?!\s+checks?\b)(?=\s*$|\s+and\b)")
# Checks before an offer, the steps of a candidate who got through: heard about, not hoped for.
CHECKS = re.compile(
    r"(?i)^the\s+(?:(?:polygraph|background\s+checks?|drug\s+(?:test|screen)|medical|DBS"
    r"(?:\s+check)?|references|refs(?:\s+checks?)?|ref\s+checks?|reference\s+checks?|vetting)"
    r"(?:\s+and\s+|,\s+|$))+$"
)
# A visit they asked the candidate to make: "come in on Monday for bench test", "pop back in".
_VISIT = re.compile(
    r"(?i)^(?P<verb>come|go|pop|drop)\s+(?P<rest>(?:back\s+)?(?:in|over|along|by|back)\b[^,;]*?)"
    r"(?:\s+for\s+(?P<what>(?:(?:a|an|the|my|their|your)\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?))?$"
)
_DETERMINERS = frozenset(["a", "an", "the", "my", "their", "your"])


def visit(value: str) -> str | None:
    """ "come in on Monday for bench test" -> "coming in on Monday for the bench test"; None
    when the step is not a visit asked of the candidate."""
    found = _VISIT.match(value)
    going = lexicon.verb_forms(found["verb"].lower()).get("VBG") if found else None
    if found is None or not going:
        return None
    what = found["what"] or ""
    last = what.split(" ")[-1]
    if what and what.split(" ")[0] not in _DETERMINERS:  # "for bench test": the one they set
        if lexicon.is_plural_noun(last) or not lexicon.is_noun(last):
            return None
        what = f"the {what}"
    return f"{going} {found['rest']}" + (f" for {what}" if what else "")


# A step's detail typed after it: "they'll send it Mon", "HR will send the brief".
_DETAIL = re.compile(
    r"(?i)^(?:they|he|she|hr|[A-Z][\w'-]*)(?:['’]ll|\s+will|\s+to|\s+is\s+going\s+to)\s+(?:send"
    r"|share|e-?mail|forward)\s+(?:it|me|over|the|a|an|details|instructions)\b"
)
# Checks after the news ("references after that", "then reference checks"): not the reader's
# next step to welcome, and never a sign of an offer.
THEN_CHECKS = re.compile(
    r"(?i),\s*(?:then\s+|and\s+then\s+)?(?:references?|refs?(?:\s+checks?)?|reference\s+checks?"
    r"|background\s+checks?"
    r"|checks)(?:\s+(?:after|afterwards|after\s+that|next|to\s+follow))?$"
)


def step_and_detail(value: str, common: frozenset[str]) -> str | None:
    """A step set out and a detail of how it comes: "editing test next week, they'll send it
    Mon" -> "the editing test next week"; None when the note is not one."""
    parts = value.split(", ")
    if len(parts) != 2 or not _DETAIL.match(parts[1]):
        return None
    phrase = analyse(parts[0], common)
    shapes = (Shape.NOUN, Shape.GERUND, Shape.ROLE)
    if phrase.shape not in shapes or NEWS.match(phrase.text) or " to " in phrase.text:
        return None
    first = phrase.words[0].lower()
    if first in ("a", "an", "the", "my", "your", "their", "our"):
        return phrase.text
    return "the " + phrase.text  # a step they arranged: "the editing test next week"


# A role typed bare after "with" takes "the": "2nd interview w/ site director" -> "with the site
# director", "final w/ CCO" -> "with the CCO"; a name ("w/ sarah"), a pronoun or a team already
# given its word ("w/ the ops team", "w/ HR") stays as typed.
_ROLE_HEADS = frozenset(
    [
        "director",
        "directors",
        "manager",
        "managers",
        "mgr",
        "chef",
        "owner",
        "owners",
        "board",
        "panel",
        "lead",
        "supervisor",
        "partner",
        "partners",
        "founder",
        "founders",
        "committee",
        "principal",
        "chair",
        "head",
    ]
)
_ROLE_CODES = frozenset(["CEO", "CFO", "CCO", "COO", "CTO", "CIO", "MD", "GM"])
_WITH_BARE = re.compile(
    r"(?<![\w/])(?:with|w/|w) (?P<np>(?:[a-z][\w-]*|[A-Z]{2,3})(?: [a-z][\w-]*){0,2})"
)
_NOT_BARE = frozenset(
    ["the", "a", "an", "my", "your", "our", "their", "his", "her", "them", "him", "me", "us", "you"]
)


def roles_named(text: str) -> str:
    """The step with "the" before a role typed bare after "with" (see `_ROLE_HEADS`)."""

    def named(found: re.Match[str]) -> str:
        words = found["np"].split()
        if words[0] in _NOT_BARE:
            return found[0]
        for word in words:
            if word in _ROLE_CODES or word in _ROLE_HEADS:
                return f"with the {found['np']}"
            if not (word[0].islower() and word.isalpha()):
                break
        return found[0]

    return _WITH_BARE.sub(named, text)


# The parts of a note typed in several: its sentences, then the parts of each, at a comma or
# semicolon outside brackets ("final round = task (brief sent thurs, present week after).
# decision before xmas"). A stop after a short word ("approx.", "Ms.") ends no sentence.
_SENTENCE_END = re.compile(
    r"(?<!\bapprox)(?<!\bposs)(?<!\bprob)(?<!\bMs)(?<!\bMr)(?<!\bMrs)(?<!\bDr)(?<!\bSt)(?<!\bvs)"
    r"(?<=[\w)])\.\s+(?=[A-Za-z])"
)
# A line that hears from them at a time: "I look forward to hearing from you before Christmas".
HEARD_LINE = (
    r"^I (?:shall )?(?:look forward to hearing from|hope to hear from|look forward to your news)"
)
_HEARD_AT = re.compile(HEARD_LINE + r"\s")


def note_parts(value: str) -> list[str]:
    """The note's parts, in the order typed (see `_SENTENCE_END`)."""
    parts: list[str] = []
    for sentence in _SENTENCE_END.split(value.strip()):
        depth, start = 0, 0
        for i, char in enumerate(sentence):
            depth += {"(": 1, ")": -1}.get(char, 0)
            if char in ",;" and depth == 0:
                parts.append(sentence[start:i])
                start = i + 1
        parts.append(sentence[start:])
    parts = [piece for part in parts for piece in _AND_CLAUSE.split(part)]
    # "wk of 29 Mar -> Siobhán + MD decide -> hear by mid Apr": each step after an arrow
    parts = [piece for part in parts for piece in re.split(r"\s+(?:->|=>|→)\s+", part)]
    return [p.strip().rstrip(".") for p in parts if p.strip(" .")]


# "... decide by mid-December and the second interview will be with ...": two steps, each
# with its own subject and verb, typed as one sentence; never a second that happens after the
# first ("the jury will meet on Monday and Ivo will write to me after")
_AND_CLAUSE = re.compile(
    r"\s+and\s+(?=(?:the\s+\w+(?:\s+\w+)?|they|he|she|HR|[A-Z][a-z]+)\s+(?:will|would|is|are)\b"
    r"(?!.*\b(?:after|afterwards|then|later|after that)\W*$))"
)


def heard_in_parts(
    value: str,
    welcome: Callable[[str], str],
    plain: Collection[str],
) -> str | None:
    """When they will be in touch, said by the first part of a note that says it, when the
    note whole reads as no step: "2nd stage poss w/c 14 dec, decision before xmas" -> "I look
    forward to hearing from you before Christmas". `welcome` says a part as the close does
    (`nextsteps._welcomed`, with the letter's tone); `plain` holds the wordings that give no
    time ("I look forward to hearing from you"). None when the note is one part or no part
    hears from them at a time."""
    parts = note_parts(value)
    if len(parts) < 2:
        return None
    # "they will check references over the next two weeks. ... an offer by the end of April":
    # their checks are no news of the candidate's, a later part's time is
    # "The board meets on 23 April and they expect ...": each clause a part of its own
    parts = [c for p in parts for c in re.split(r"(?<!,)\s+and\s+(?=(?:they|he|she|we)\s)", p)]
    # ", and Dr. Kühnel will write to me ...": a part of its own, who writes named first
    parts = [re.sub(r"^and\s+(?=(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+[A-Z])", "", p) for p in parts]
    parts = [re.sub(r"^then\s+(?=an?\s+decision\b)", "", p) for p in parts]  # ", then a decision"
    parts = [_AIM_TO.sub("decision ", p) for p in parts]  # "Aim to confirm by ...": no one named
    checks = [p for p in parts if _CHECKING.search(p) and not _DECIDING.search(p)]
    # "decision by the end of November, and Dr. K will write to me in the first week of
    # December": when they write is when the candidate hears, whatever the decision's date
    told = [p for p in parts if _WRITES.search(p) and p not in checks]
    # "a take-home exercise to be returned by December 13, then a decision before Christmas":
    # the candidate's own deadline is no time they will be heard from
    mine = [p for p in parts if _MINE_DUE.search(p) and p not in checks + told]
    # "site visit Wirrunga, 2 days, ...": a bare span after a step is how long that step lasts
    parts = parts[:1] + [p for p in parts[1:] if not _HOW_LONG.fullmatch(p)]
    rest = [p for p in parts if p not in checks + told + mine]
    # "wk of 29 Mar -> ... -> hear by mid Apr": a bare time is the step's; hearing is said
    bare = [p for p in rest if _BARE_TIME.match(p)] if any(_HEAR.search(p) for p in rest) else []
    rest = [p for p in rest if p not in bare] + bare
    for part in told + rest + checks + mine:
        line = welcome(who_acts(roles_named(read_shapes(part))))
        # "I look forward to hearing from you, and I hope ...": a step hoped for, no time heard
        heard = _HEARD_AT.match(line) and line not in plain and not _NO_TIME.search(line)
        if heard and not (problem(f"{line}.") or pasted(line)):
            return line
    return None


# "Aim to confirm by first week of April": their aim, typed with no subject (round 48, h1376)
_AIM_TO = re.compile(
    r"(?i)^(?:aim|hope|plan|expect|intend)s?\s+to\s+(?:confirm|decide|let\s+(?:me|us)\s+know"
    r"|come\s+back|get\s+back|respond|reply)(?:\s+to\s+(?:me|us))?\s+(?=by\b|before\b|within\b|in\b)"
)
_HOW_LONG = re.compile(
    r"(?i)(?:about\s+|~\s*)?(?:\d+|one|two|three|a\s+few)\s*(?:days?|hrs?|hours?)"
)
_HEAR = re.compile(r"(?i)\bhear\b")
_BARE_TIME = re.compile(r"(?i)^(?:wk|week|w/c)\s+(?:of\s+)?\d")
_CHECKING = re.compile(r"(?i)\b(?:check|checking|contact|call)\s+(?:my\s+)?(?:references|refs)\b")
_DECIDING = re.compile(r"(?i)\b(?:decision|decide|offer|let me know|hear)\b")
_MINE_DUE = re.compile(  # "(a take-home exercise) to be returned by December 13"
    rf"(?i)\b(?:to\s+be\s+(?:{OWN_DUE})|(?:{OWN_DUE})\s+by|(?:I|to)\s+(?:submit|return|hand\s+in))\b"
)
_WRITES = re.compile(  # with a time of its own: "shortly afterwards", "either way" are none
    r"(?i)\b(?:will|'ll|to)\s+(?:write|call|ring|phone|e-?mail|contact|text)\s+(?:to\s+)?me\s+"
    r"(?:[a-z]+\s+)?(?:by(?!\s+(?:post|e-?mail|phone|letter|text|mail)\b)|in|on|within|before"
    r"|next|this|early|late|mid|during)\b"
)
_NO_TIME = re.compile(r"^I (?:shall )?look forward to hearing from \w+,")


# A last part that says only who gets in touch, with no time: ", peg will email" (a name in
# any alphabet: ", Øystein to email").
_IN_TOUCH = re.compile(
    r"(?i),\s*(?:they|he|she|HR|(?:the\s+)?[^\W\d_][\w'-]*)(?:['’]ll|\s+will|\s+to)\s+(?:e-?mail"
    r"|call|ring|phone|text|write|be\s+in\s+touch|let\s+me\s+know)(?:\s+me)?\s*$"
)


# A step of the process named first ("2nd round", "a final interview", "panel"), then who will
# be in touch: the step is what the letter looks forward to.
STEP_FIRST = re.compile(
    r"(?i)^(?:an?\s+|the\s+)?(?:second|third|final|next|2nd|3rd|last)\s+(?:round|interview|stage"
    r"|meeting)\b"
)


def without_writer(value: str) -> str:
    """The step without a last part that says only who will be in touch: "..., peg will email"."""
    return _IN_TOUCH.sub("", value)


def step_before_writer(value: str) -> str:
    """A round of the process typed before who will write ("2nd round w/ the CEO next wk,
    fatima to email"): the round, which the letter looks forward to; else `value` as it is."""
    step = without_writer(value)
    return step if step != value and STEP_FIRST.match(step) else value


def heard_of(value: str, reader: Sequence[str]) -> tuple[str, str] | None:
    """`hearing_from`, for a step typed in parts: "hear back w/in 2 weeks, HR will email"."""
    heard = hearing_from(value, reader)
    if ", " not in value:
        return heard
    parts = [hearing_from(part, reader) or _news_in(part) for part in value.split(", ")]
    alone = _named_news(value.split(", "), reader)
    if alone is not None:  # "karolina (HR) - answer in ~2 wks": the answer comes from her
        return alone
    if any(part is None for part in parts):
        return heard  # "they'll call by Friday, or early next week": one step, read whole
    # one who named ("HR") is heard from at the time that part gives, if it gives one
    named = [(who, time) for who, time in parts if who and who != "you"]  # type: ignore[misc]
    if named and " " in named[0][1]:  # a time of its own, not a bare "after"
        return named[0]
    times = [own_time(time) for _, time in parts if time]  # type: ignore[misc]
    return (named[0][0] if named else "you"), " ".join(times[:1])


def _named_news(parts: list[str], reader: Sequence[str]) -> tuple[str, str] | None:
    """ "Karolina, answer in about two weeks": a person named alone, then the news, is who the
    news comes from, at its time ("Karolina", "in about two weeks"); None for any other note."""
    if len(parts) < 2 or not re.fullmatch(r"[A-Za-z][a-z'-]+", parts[0]):
        return None
    who = hearing_from(f"{parts[0]} will let me know", reader)  # a name, or the reader
    news = _news_in(parts[1])
    if who is None or news is None or who[0].startswith("the ") or who[0] == "HR":
        return None
    return who[0], own_time(news[1])


def _news_in(part: str) -> tuple[str, str] | None:
    """ "decision in January": news from them at that time, as ("you", "in January")."""
    news = NEWS.match(part.strip())
    return ("you", news.group("time")) if news else None
