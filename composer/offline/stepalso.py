"""A step of the process typed beside the news and only hoped for, said after it rather than
dropped: "final round w/ CTO next wk if they go ahead, recruiter (Amy) to email" -> "I look
forward to hearing from Amy, and I would welcome the chance of a final round with the CTO next
week"; "gemma said shell let me know by fri, maybe a trial day" -> "... by Friday, and I would
welcome the chance of a trial day".

A part is such a step by its grammar: a noun phrase whose head names an event of hiring
(`words.STEP_HEADS`), marked as not yet settled by a condition after it ("if selected", "if
they go ahead"), a guess before it ("maybe", "might be") or its place after the news ("then
practical test"). The step is said as hoped for, never as booked; checks ("references") are the
firm's own and news ("a decision") is what the line already says, so neither is added.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from composer import regexes as re
from composer.offline import lexicon, phrasebook
from composer.offline.phrasebook import Variation
from composer.offline.phrases import Shape, analyse
from composer.offline.realise import with_article
from composer.offline.stepparts import HEARD_LINE, NEWS, note_parts, roles_named
from composer.offline.steptext import plain_step
from composer.offline.wellformed import problem
from composer.offline.words import (
    DETERMINERS,
    MEETING_HEADS,
    ORDINALS,
    PREPOSITIONS,
    STEP_HEADS,
)

# A condition after the step: "... if selected", "... if they go ahead", "... assuming I pass".
_CONDITION = re.compile(r"(?i)^(?P<step>\w.*?)\s+(?:if|assuming|provided|unless|should\s+I)\s+\S")
# A guess before the step: "maybe a trial day", "might be a technical test first".
_GUESS = re.compile(
    r"(?i)^(?:and\s+)?(?:maybe|possibly|poss\.?|perhaps|prob(?:ably)?|likely"
    r"|(?:there\s+)?(?:might|may|could)\s+(?:also\s+)?be)\s+(?P<step>\w.*)$"
)
# A guess before the step's time: "3rd rnd w/ the partners maybe next wk" (the step in doubt).
# After the news, a likely time is a guess too: "finalists by 12/18, panel prob early jan".
_GUESSED_TIME = re.compile(
    r"(?i)^(?P<step>\w.*?)\s+(?P<guess>maybe|possibly|poss\.?|perhaps|prob(?:ably)?|likely)\s+"
    r"(?=(?:next|this|by|in|on|early"
    r"|mid|late|within|around|before|the\s+week\s+of|wk\s+of|week\s+of|w/c)\b)"
)
# A step after the news in the same part: "shortlist by 11 dec then practical test".
_THEN = re.compile(r"(?i)^(?P<news>\w.*?)\s*(?:,\s*)?\s(?:and\s+)?then\s+(?P<step>\w.*)$")
# Its place in the process, said by the line's order: "a technical test first".
_PLACE = re.compile(r"(?i)\s+(?:first|next|after(?:wards)?|too|as\s+well|also)$")
# The line heard from them: what a hoped-for step may follow.
_HEARD = re.compile(HEARD_LINE)
# A lower-case word after "with": a name typed small ("w/ carol + director") unless it is a
# determiner or a pronoun ("with the CTO", "with you").
_WITH_NAME = re.compile(r"\s+with\s+(?P<word>[a-z][a-z'-]+)\b(?!\s*\()")
_NOT_NAMES = DETERMINERS | frozenset(["you", "them", "him", "us"])
# A step that assumes the job is the candidate's: "offer call", "contract signing".
_PRESUMED = re.compile(r"(?i)\b(?:offers?|contracts?|induction|onboarding)\b")
_TIME_WORDS = frozenset(["next", "this", "early", "mid", "late", "tomorrow", "today"])


def hoped_steps(value: str, common: frozenset[str]) -> tuple[str, list[str]]:
    """The note without its steps only hoped for, and those steps, each with "a" ("a final
    round with the CTO next week"), in the order typed: ("shortlist by 11 December", ["a
    practical test"]) for "shortlist by 11 dec then practical test"."""
    rest: list[str] = []
    found: list[str] = []
    for place, part in enumerate(note_parts(value)):
        marked = _CONDITION.match(part) or _GUESS.match(part) or _THEN.match(part)
        guessed = _GUESSED_TIME.match(part)
        likely = guessed is not None and guessed["guess"].lower().startswith(("prob", "likely"))
        marked = marked or (guessed if place > 0 or not likely else None)
        typed = (
            _GUESSED_TIME.sub(r"\g<step> ", part) if marked and marked.re is _GUESSED_TIME else ""
        )
        step = typed or (marked["step"] if marked else "")
        step = _PLACE.sub("", plain_step(roles_named(step))[0].strip(" .")) if marked else ""
        said = _step(step, common) if step else None
        if marked is None or said is None:
            rest.append(part)
            continue
        if marked.re is _THEN:  # the news before "then" stands
            rest.append(marked["news"])
        if said not in found:
            found.append(said)
    return ", ".join(rest), found


# A meeting and a day it comes "by": "second round with the GM by Friday".
_BY = re.compile(r"(?i)^(?P<step>\w[^,;]*?)\s+(?P<time>by\s+[^,;]+)$")


def step_by(value: str, common: frozenset[str]) -> tuple[str, str] | None:
    """A meeting typed with "by" a day, as the day news comes by and the meeting hoped for:
    "second round with the GM by Friday" -> ("by Friday", "a second round with the GM"); a
    meeting happens on a day, news comes by one, so the meeting is never said as booked."""
    found = _BY.match(value.strip())
    step = _step(found["step"], common) if found else None
    if found is None or step is None or _head(step) not in MEETING_HEADS:
        return None
    return found["time"], step


def _head(step: str) -> str:
    """The last word of the step before a preposition or a time: "round" in "a second round
    with the GM"."""
    head = ""
    for word in step.split():
        if word.lower() in PREPOSITIONS or word.lower() in _TIME_WORDS:
            break
        head = word.lower()
    return head.rstrip("s") if head.endswith("s") and not head.endswith("ss") else head


_COUNTS = frozenset(["one", "two", "three", "four", "another", "more", "some", "few"])


def _step(step: str, common: frozenset[str]) -> str | None:
    """The step with "a", when it is a noun phrase with the head of an event of hiring."""
    phrase = analyse(step, common)
    if phrase.shape is Shape.PAST:  # "paid trial day": a participle before the noun, with "a"
        with_a = analyse(f"{lexicon.article(step)} {step}", common)
        phrase = with_a if with_a.shape is Shape.NOUN else phrase
    if phrase.shape not in (Shape.NOUN, Shape.ROLE) or NEWS.match(phrase.text):
        return None
    if _PRESUMED.search(phrase.text):  # "then offer call": a step that assumes the job
        return None
    words = phrase.text.split()
    if _head(phrase.text) not in STEP_HEADS:
        return None
    said = with_article(phrase)
    counted = _head(phrase.text) in [w.lower() for w in words]  # "trial shifts": no "a"
    # "then one day in workshop": an adverb or a count first is no describing word
    counted = counted and "adv" not in lexicon.classes(words[0]) and words[0] not in _COUNTS
    if (
        said == phrase.text
        and re.match(r"[a-z]+ ", said)
        and counted
        and words[0] not in DETERMINERS
    ):
        said = f"{lexicon.article(said)} {said}"  # "practical flying day": an event, counted
    bare = _WITH_NAME.search(said)  # "with carol and director": a name typed small, a bare
    if bare and bare["word"] not in _NOT_NAMES:  # noun: who it is with is not said
        said = said[: bare.start()]
    if words[0].lower() in ORDINALS or said.startswith("the "):  # not yet set: "a second round"
        said = re.sub(r"^(?:the\s+)?", "a ", said) if not said.startswith("a ") else said
    return said


def with_reader(value: str, reader: Sequence[str]) -> str:
    """The step with the reader, named in it, as "you": "then second working day with James"
    in James's own letter is "with you". Only the reader's names (the first two of
    `reader_names`, and a salutation with a title such as "Ms. Wu") are read as them."""
    names = [n for i, n in enumerate(reader) if i < 2 or re.match(r"(?:Dr|Mr|Mrs|Ms|Mx|Prof)\b", n)]
    for name in sorted(names, key=len, reverse=True):
        value = re.sub(rf"\bwith {re.escape(name)}\b(?!['’-])", "with you", value)
    return value


def with_hoped(
    line: str,
    value: str | None,
    say: Callable[[str], str],
    common: frozenset[str],
    reader: Sequence[str],
    tone: str,
    channel: str,
    variation: Variation,
) -> str:
    """`line` (the note said whole, no final stop), or the news `say` gives for the note without
    its steps only hoped for, with the first such step after it; `line` when it already says
    more than the news or the note has no such step beside news heard from them."""
    if not value or ", and " in line:
        return line
    rest, steps = hoped_steps(value, common)
    if not steps or not rest:
        return line
    news, step = say(rest), with_reader(steps[0], reader)
    head = step.split()[-1]
    if not _HEARD.match(news) or ", and " in news or re.search(rf"(?i)\b{re.escape(head)}\b", news):
        return line
    options = phrasebook.wordings("next_also_hope", tone, channel)
    said = f"{news}, {variation.pick('next_also_hope', options).rstrip('.').format(steps=step)}"
    return line if problem(f"{said}.") else said


# A step hoped for after the news: "..., and I hope to have the chance of a final round"
_HOPED_AFTER = re.compile(
    r",\s+and\s+(?:I\s+hope\s+to\s+have\s+|I\s+would\s+be\s+glad\s+of\s+|I\s+would\s+welcome\s+"
    r"|to\s+)?the\s+"
    r"(?:chance|opportunity)\s+of\s+(?P<step>.+)$"
)
# what is done to the candidate, never a chance they hope for (session 55, reader 63's h357:
# "..., and to the chance of the reference checks this week")
_DONE_TO_ME = re.compile(
    r"(?i)\b(?:checks?|references?|refs|vetting|screening|medical|DBS|background|clearance)\b"
)


def close_trimmed(line: str) -> str:
    """`line` without a check of the candidate said as a chance hoped for, nor a second report
    of the room pasted after it ("... by the end of February and that he would telephone me
    personally", reader 69's h381); else as it is."""
    found = _HOPED_AFTER.search(line)
    line = line[: found.start()] if found and _DONE_TO_ME.search(found["step"]) else line
    line = _THEIR_LATER.sub("", line)  # "... next week and may invite two candidates back"
    line = _AND_THAT.sub("", line)
    line = re.sub(r",?\s+(?:and|or|but),?$", "", line)  # "... by Friday and": a part cut after it
    return re.sub(r"(\bfrom\s+(?:you|[A-Z][\w'-]+))\s+after$", r"\1", line)  # "from Fiona after"


# A later step of theirs run on after the close's time with no subject of its own: "hearing from
# you by the end of next week and may invite two candidates back ..." (the candidate would be
# inviting), ", then reference checks" (a note's noun after a comma). Reader 169's h783, 167's h771.
_THEIR_LATER = re.compile(
    r"(?<=\S)\s+and\s+(?:may|might|will|would|could)\s+(?:then\s+)?(?:invite|ask|call|contact|offer"
    r"|arrange|schedule|hold|run|set)\b.*$"
    r"|,\s+then\s+(?![^,]*\b(?:I|you|we|they|he|she|it)\b)[a-z][a-z -]*$"
    # a clause of its own after the time: ", and training starts on 20 April" (reader 173)
    r"|,\s+and\s+(?:the\s+)?[a-z]+\s+(?:starts|begins|will\s+(?:start|begin)|would\s+(?:start"
    r"|begin|follow)|follows)\b.*$"
)


# a report of the room left in the close: "and that he would ...", ", and that they will ...",
# up to what the close goes on to say ("; I look forward to ...", ", and I look forward ...")
_AND_THAT = re.compile(r",?\s+and\s+that\s+(?:he|she|they|I|HR|[A-Z]\w+)\b.*?(?=;|, and I\b|$)")
