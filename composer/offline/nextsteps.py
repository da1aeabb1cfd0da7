"""Next steps welcomed, never logged: "they'll call by Friday" -> "I look forward to hearing from
you by Friday".

Someone getting in touch or deciding is heard from ("from you" when it is the reader or the
company), at the time the note gives, unless that time has passed by the day the letter goes
out; a step that assumes the job is left out; anything else that cannot be read cleanly becomes
"I look forward to hearing from you".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from composer.english import spell_out_dates
from composer.offline import lexicon, phrasebook
from composer.offline.phrasebook import Variation
from composer.offline.phrases import Shape, analyse
from composer.offline.realise import with_article
from composer.offline.screen import is_instruction
from composer.offline.shorthand import expand
from composer.offline.words import ORDINALS


def lower_start(text: str) -> str:
    first = text.split(" ", 1)[0]
    if first in ("I", "I'm", "I've", "I'd", "I'll") or (first[1:] and not first[1:].islower()):
        return text
    if first.lower() in ("my", "the", "a", "an", "our", "this", "that", "these", "those", "it"):
        return text[0].lower() + text[1:]
    return text


def fitting(options: tuple[str, ...], fits: Callable[[str], bool]) -> tuple[str, ...]:
    """The options that `fits` accepts, or all of them when it accepts none."""
    return tuple(o for o in options if fits(o)) or options


def next_steps_line(
    value: str | None,
    common: frozenset[str],
    tone: str,
    channel: str,
    variation: Variation,
    *,
    fits: Callable[[str], bool] = lambda _: True,
    reader: Sequence[str] = (),
) -> str:
    """The next step welcomed: "I look forward to a decision next week" (no final stop).

    `fits` turns down a wording the letter would rather not use (one that repeats its words);
    `reader` holds the ways the notes may name the reader ("Olivia", "the chair"), who is "you".
    A time that has passed by the day the letter goes out is the writer's to leave out.
    """

    def _pick(variation: Variation, section: str, tone: str, channel: str) -> str:
        options = fitting(phrasebook.wordings(section, tone, channel), fits)
        return variation.pick(section, options).rstrip(".")

    hedged = False
    if value and not is_instruction(value):
        value = _SAID_SO.sub("", expand(" ".join(value.split())))  # "Rick said they'll call by fri"
        value = re.sub(r"(?i)\bw/in\b", "within", value)
        value = _MAYBE.sub("", value)  # ", possibly a 2nd stage": a guess after the step
        # "2nd interview probably next week": the step is hoped for, the hedge not pasted
        value, hedged = _HEDGE.sub("", value), bool(_HEDGE.search(value))
        value = _IN_PART.sub(r"in \g<0>", spell_out_dates(value))
        value = _RE_TAIL.sub("", _END_OF.sub("by the end of", value))
        value = _SMALL_NUMBER.sub(lambda m: f"{_NUMBER_WORDS[int(m[1])]} {m[2]}", value)
        value = _BARE_DAY.sub(r"on \g<0>", value)
        if presumes(value):
            return _pick(variation, "next_none", tone, channel)
        arranged = _arranged(value, common)
        if arranged is not None:  # "final round = a demo lesson, early Dec"
            steps, then = arranged
            if then:
                line = _pick(variation, "next_then", tone, channel)
                return line.format(steps=steps, then=then)
            return _pick(variation, "next_np", tone, channel).format(steps=steps)
        hoped = _IF_I_PASS.sub("", value)
        if hedged:
            hoped = ""  # "probably next week": hoped for, never promised
        hoped = hoped or value
        if (hoped != value or hedged) and hoped.strip():
            phrase = analyse(hoped, common)
            if phrase.shape in (Shape.NOUN, Shape.GERUND, Shape.ROLE):
                steps = with_article(phrase)
                if hedged and phrase.words[0].lower() in ORDINALS:
                    steps = f"a {phrase.text}"  # "probably a 2nd interview": one not yet set
                return _pick(variation, "next_hope", tone, channel).format(steps=steps)
        heard = _heard(hoped.strip().rstrip(".!; ") or value, reader)
        if heard is not None:
            who, time = heard
            section = "next_hear" if who == "you" else "next_hear_from"
            line = _pick(variation, section, tone, channel)
            return line.format(who=who, time=time).replace(" .", ".").rstrip()
        if _BY_WAY.match(value):  # "by letter within two weeks": when and how they will write
            return _pick(variation, "next_hear", tone, channel).format(time=value.rstrip(".!; "))
        phrase = analyse(value, common)
        if re.search(r"[,;:?!]|\s-\s", phrase.text):
            return _pick(variation, "next_none", tone, channel)  # a note to self, not a step
        news = _NEWS.match(phrase.text)
        if news and phrase.shape is Shape.NOUN:  # "a decision next week": hearing from them
            return _pick(variation, "next_hear", tone, channel).format(time=news.group("time"))
        if phrase.shape in (Shape.NOUN, Shape.GERUND, Shape.ROLE):
            steps = with_article(phrase)
            if steps.startswith(("a ", "an ")) and not phrase.text.startswith(("a ", "an ")):
                steps = "the " + phrase.text  # a step they arranged: "the panel with the CRO"
            first = phrase.words[0]
            bare = steps == phrase.text and phrase.shape is Shape.NOUN and first.islower()
            if bare and lexicon.is_noun(first) and not lexicon.is_plural_noun(first):
                steps = f"the {phrase.text}"  # a step they arranged: "the phone call on Friday"
            return _pick(variation, "next_np", tone, channel).format(steps=steps)
        if phrase.shape is Shape.BASE:
            return _pick(variation, "next_vp", tone, channel).format(vp=phrase.text)
        if phrase.shape in (Shape.CLAUSE, Shape.FIRST_PERSON):
            # Not read with confidence: hearing from them, at the time the note gives if any
            # ("they will confirm the second round by Friday" -> "... from you by Friday").
            when = _TRAILING_TIME.search(phrase.text)
            if when:
                return _pick(variation, "next_hear", tone, channel).format(time=when.group())
    return _pick(variation, "next_none", tone, channel)


_PRONOUNS = frozenset(["he", "she", "they", "it", "we", "you", "i"])


# A next step that is news from them, and when it comes: "offers by the end of the month".
_NEWS = re.compile(
    r"^(?:(?:a|an|the|their|your|final)\s+)*(?:decision|outcome|offers?|news|answer|results?"
    r"|feedback|response|reply|update|verdict)\s+(?P<time>(?:by|before|within|in|on|after"
    r"|next|this|early|mid|late|around|ahead of)\b.+)$",
    re.IGNORECASE,
)


_END_OF = re.compile(r"\bby end of\b", re.IGNORECASE)


# A note to self that the step depends on the candidate getting through: "... if I get
# through", "..., if selected", "... assuming I pass", "... should I progress".
_IF_I_PASS = re.compile(
    r",?\s+(?:(?:if|assuming|provided(?:\s+that)?)\s+(?:I\b|I'm\b|selected\b|successful\b"
    r"|shortlisted\b|invited\b|it goes well\b|all goes well\b)|should I\b).*$",
    re.IGNORECASE,
)


_RE_TAIL = re.compile(r"\s+re:?\s+.*$", re.IGNORECASE)  # note-speak: "in touch re offer"


_MODALS = frozenset(["will", "would", "can", "could", "should", "might", "may", "must"])


def _to_them(text: str) -> str:
    """ "she will call me next week" said to her: "you will call me next week".

    "he"/"she" before a modal verb is the reader; "they" is the company, which the letter
    addresses as "you": "they will confirm the round by Friday" is "you will confirm ...".
    """
    words = text.split(" ")
    if len(words) > 2 and words[0].lower() in ("he", "she") and words[1].lower() in _MODALS:
        return " ".join(["you", *words[1:]])
    first = words[0].lower().replace("’", "'")
    if len(words) > 1 and first in ("they'll", "they'd"):
        modal = "will" if first == "they'll" else "would"
        return " ".join(["you", modal, *words[1:]])
    if len(words) > 2 and first == "they" and words[1].lower() in _MODALS:
        return " ".join(["you", *words[1:]])
    return text


# A next step that assumes the job is the candidate's ("start date would be May 1", "salary to
# be agreed"): a letter that repeats it sounds presumptuous, so it is left out.
_PRESUMES = re.compile(
    r"\b(?:start(?:ing)?\s+date|start\s+on|salary|pay\s+rise|(?:relocation\s+)?package"
    r"|first\s+day|notice\s+period|if\s+it\s+works\s+out|when\s+I\s+start|once\s+I\s+start"
    r"|contract\s+(?:start|terms)|sign(?:ing)?\s+the\s+contract)\b",
    re.IGNORECASE,
)


_NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


_SMALL_NUMBER = re.compile(
    r"\b([1-9])\s+((?:working\s+|business\s+)?(?:days?|weeks?|months?))\b", re.IGNORECASE
)


# A weekday with no word of time before it: "call Monday" -> "call on Monday".
_BARE_DAY = re.compile(
    r"(?<!\bon )(?<!\bby )(?<!\bbefore )(?<!\buntil )(?<!\bnext )(?<!\bthis )(?<!\bafter )"
    r"(?<!\bfrom )(?<!\blast )(?<!\bof )(?<!\bthe )\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
)


# Who is to be in touch, what they will do (call, write, decide), and when.
_CONTACT = re.compile(
    r"^(?P<who>.+?)\s+(?:will|shall|should|would|(?:is|are)\s+going\s+to|plans?\s+to"
    r"|(?:is|are)\s+(?:due|expected|hoping)\s+to|aims?\s+to|to)\s+"
    r"(?:call|ring|phone|e-?mail|write|text|contact(?:\s+me)?|be\s+in\s+(?:touch|contact)"
    r"|get\s+in\s+touch|get\s+back|come\s+back|reach\s+out|respond|reply|let\s+me\s+know"
    r"|decide|make\s+(?:a|the|their|her|his)\s+decision|follow\s+up|update\s+me"
    r"|send\s+(?:feedback|an?\s+update|news|word|an?\s+answer)|confirm(?:\s+either\s+way)?"
    r"|let\s+me\s+know)\b"
    r"(?:\s+(?:me|back|to\s+me|with\s+(?:me|news|an?\s+(?:answer|decision|update)|feedback)"
    r"|either\s+way|(?:all\s+|the\s+)?candidates|everyone|people))*(?P<rest>.*)$",
    re.IGNORECASE,
)


# "the board meets on 21 October to decide": hearing from them after the meeting.
_MEETS = re.compile(
    r"^(?P<who>(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:board|panel|committee|team|partners|trustees"
    r"|governors|council|directors))\s+(?P<verb>meets|convenes|sits|reviews\s+[\w\s]+?"
    r"|decides|votes)(?P<rest>\s+(?:on|in|at|by|before|next|this|after|early|late|mid|later)\b.*?"
    r"|\s+(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June"
    r"|July|August|September|October|November|December|\d).*?)"
    r"(?:,?\s+to\s+(?:decide|make\s+(?:a|the|their)\s+decision|choose|vote|agree))?$",
    re.IGNORECASE,
)


_FIRST_PERSON_HEAR = re.compile(
    r"^(?:I(?:'ll|\s+will|\s+should|\s+am\s+to|\s+expect\s+to|\s+am\s+due\s+to)\s+)?"
    r"(?:hearing|hear)\b"
    r"(?:\s+back)?(?:\s+from\s+(?:them|you|the\s+team))?(?P<rest>.*)$",
    re.IGNORECASE,
)


_TIME = re.compile(
    r"^(?:by|before|within|in|on|over|next|this|after|early|mid|late|around|ahead\s+of|tomorrow"
    r"|later|today|soon|shortly|once|when|at\s+the\s+end|towards?|either\s+way)\b",
    re.IGNORECASE,
)


# Who "they" are in a letter to one of them: the company, addressed as "you".
_THEM = frozenset(
    ["they", "he", "she", "the team", "the panel", "the firm", "the company", "the board",
     "the committee", "the partners", "the hiring team", "the interview panel", "someone",
     "somebody", "the office"]
)  # fmt: skip


def hearing_from(value: str, reader: Sequence[str] = ()) -> tuple[str, str] | None:
    """Who the next step comes from and when, for "I look forward to hearing from ...".

    "they'll call by the end of next week" -> ("you", "by the end of next week");
    "recruiter will call on Monday" -> ("the recruiter", "on Monday"); "the board meets on
    21 October to decide" -> ("you", "after the board meets on 21 October"). None when the
    note is not about someone getting in touch or deciding, or its time cannot be read.
    """
    text = re.sub(r"(?i)\b(they|he|she|it|we)['’]ll\b", r"\1 will", " ".join(value.split()))
    text = re.sub(r"(?i)\bw/\s*", "with ", text)
    mine = _FIRST_PERSON_HEAR.match(text)
    if mine:
        rest = mine.group("rest").strip()
        clean = not rest or (_TIME.match(rest) and ", " not in rest)  # ", HR will email"
        return ("you", rest) if clean else None
    meets = _MEETS.match(text)
    if meets:
        who = meets.group("who")
        who = who if who.lower().startswith("the ") else f"the {who}"  # "committee meets Dec 9"
        rest = meets.group("rest")
        if not re.match(r"\s+(?:on|in|at|by|before|next|this|after|early|late|mid|later)\b", rest):
            rest = f" on{rest}"  # "meets December 9" -> "meets on December 9"
        said = f"{who[0].lower()}{who[1:]} {meets.group('verb')}{rest}"
        return "you", f"after {said}"
    contact = _CONTACT.match(text)
    if contact is None:
        return None
    rest = _WITH_NEWS.sub("", contact.group("rest").strip().lstrip(",").strip())
    rest = _SOON.sub("", rest).strip()  # "tonight", "tomorrow": today by the time it is read
    if rest and not _TIME.match(rest):
        return None  # "they will call to arrange a site visit": said another way
    who = contact.group("who").strip()
    lower = who.lower()
    readers = {r.lower() for r in reader}
    if lower in _THEM or lower in readers or lower.removeprefix("the ") in readers:
        return "you", rest
    if lower in ("hr", "the hr team", "hr team"):
        return "HR" if lower == "hr" else "the HR team", rest
    if lower.split(" ")[0] in ("the", "my", "our", "their", "your"):
        return lower.replace("their ", "the ", 1).replace("our ", "the ", 1), rest
    if " " not in who and who[:1].isupper() and not lexicon.is_noun(lower):
        return who, rest  # a person named by the note: "Sam will call on Monday"
    if (
        len(who.split()) <= 3
        and who.replace(" ", "").isalpha()
        and lexicon.is_noun(lower.split()[-1])
    ):
        return f"the {lower}", rest  # "recruiter", "hiring manager"
    return None


def presumes(value: str | None) -> bool:
    """True when a next step assumes the candidate has the job ("start date would be May 1")."""
    return bool(value and _PRESUMES.search(value))


# "possibly a 2nd stage presentation", "maybe": a guess of the candidate's, not a step.
_MAYBE = re.compile(
    r",\s*(?:possibly|maybe|perhaps|probably|prob|poss\.?|likely|tbc)\b.*$"
    r"|\s+(?:possibly|maybe|perhaps|probably|prob|poss\.?|likely|tbc)[.!]*$",
    re.IGNORECASE,
)
# A hedge inside the step: "2nd interview probably next week w/ the ops lead".
_HEDGE = re.compile(r"\s+(?:possibly|maybe|perhaps|probably|prob|likely)\b(?=\s+\S)", re.I)
# "Rick said", "HR said that", "she mentioned": who passed the step on is not the step.
_SAID_SO = re.compile(
    r"^(?:[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*)?|he|she|they|hr|the\s+\w+)\s+(?:said|says"
    r"|mentioned|told\s+me)\s+(?:that\s+)?(?=\S+\s+\S)",
)
# A part of a month with no word before it: "decision mid-Dec" -> "decision in mid-December".
_IN_PART = re.compile(
    r"(?<!\bin )(?<!\bby )(?<!\buntil )(?<!\bbefore )(?<!\bthe )\b(?:early|mid|late)[- ]"
    r"(?=January|February|March|April|May|June|July|August|September|October|November"
    r"|December)",
    re.IGNORECASE,
)
# "final round = a demo lesson, early Dec"; "Hannah will send a take-home, then final round".
_EQUALS = re.compile(
    r"^(?P<what>[^=:]+?)\s*[=:]\s*(?:an?|the)\s+(?P<step>[^,;]+?)(?:,\s*(?P<when>in\s+[^,;]+))?$"
)
_SENDS = re.compile(
    r"^(?P<who>[^,]+?)\s+(?:will|to|is\s+going\s+to)\s+send\s+(?:me\s+|over\s+)?(?:an?|the)\s+"
    r"(?P<step>[^,;]+?)(?:,?\s+(?:and\s+)?then\s+(?P<then>[^,;]+))?$",
    re.IGNORECASE,
)


def _arranged(value: str, common: frozenset[str]) -> tuple[str, str] | None:
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


def _heard(value: str, reader: Sequence[str]) -> tuple[str, str] | None:
    """`hearing_from`, for a step typed in parts: "hear back w/in 2 weeks, HR will email"."""
    heard = hearing_from(value, reader)
    if heard is not None or ", " not in value:
        return heard
    parts = [hearing_from(part, reader) for part in value.split(", ")]
    if any(part is None for part in parts):
        return None
    whos = [who for who, _ in parts if who and who != "you"]  # type: ignore[misc]
    times = [time for _, time in parts if time]  # type: ignore[misc]
    return (whos[0] if whos else "you"), " ".join(times[:1])


# "with decision", "w/ news": what the call brings, said by "hearing from you" already.
_WITH_NEWS = re.compile(
    r"\s*\bwith\s+(?:a\s+|the\s+|their\s+|an\s+)?(?:decision|news|answer|feedback|outcome"
    r"|update|result)s?\b.*$",
    re.IGNORECASE,
)
# A time that is over, or all but, by the day after the interview.
_SOON = re.compile(r"^(?:tonight|tomorrow|today|this\s+evening|later\s+today)\b[/\s\w]*$", re.I)
_TRAILING_TIME = re.compile(
    r"\b(?:by|before|within|next|after|in\s+(?:two|three|four|five|six|\d+)\s)\b[^,;]*$"
    r"|\bon\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^,;]*$",
    re.IGNORECASE,
)


def reader_names(name: str, title: str | None, salutation: str | None) -> tuple[str, ...]:
    """How a note may name the reader: full and first name, salutation, title words."""
    names = [name, name.split()[0]]
    if salutation:
        names.append(salutation)
    if title:  # "Chair of Governors": "the chair"; "Headteacher": "the headteacher"
        first = title.split(",")[0].split(" of ")[0].strip()
        names += [first, first.split()[-1]] if first else []
    return tuple(n for n in names if n)


_BY_WAY = re.compile(
    r"^(?:by|via)\s+(?:letter|e-?mail|phone|post|text)\s+(?:within|by|before|in|next|this|on)\b"
    r"[^,;:?!]*$",
    re.IGNORECASE,
)
