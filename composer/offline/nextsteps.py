"""Next steps welcomed, never logged: "they'll call by Friday" -> "I look forward to hearing from
you by Friday".

Someone getting in touch or deciding is heard from ("from you" when it is the reader or the
company), at the time the note gives, unless that time has passed by the day the letter goes
out; a step that assumes the job is left out; anything else that cannot be read cleanly becomes
"I look forward to hearing from you".
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Sequence

from composer import regexes as re
from composer.english import given_name
from composer.offline import lexicon, phrasebook
from composer.offline.closers import contact_plain, refs_then_line
from composer.offline.heard import MONTH, WEEKDAY, dated_day, hearing_from, own_time, time_once
from composer.offline.misfits import spliced_at
from composer.offline.phrasebook import Variation, fitting
from composer.offline.phrases import Shape, analyse
from composer.offline.realise import with_article
from composer.offline.screen import is_instruction
from composer.offline.stepalso import close_trimmed, step_by, with_hoped, with_reader
from composer.offline.stepbare import bare_time
from composer.offline.stepdates import dates_read, dates_written
from composer.offline.stepfront import fronted, theirs_to_reader
from composer.offline.stephedges import LIKELY_TIME, news_hoped, possibly_at
from composer.offline.stepmaterial import material
from composer.offline.stepparts import (
    CHECKS,
    NEWS,
    NO_STEP,
    START_IF_CHOSEN,
    THEN_CHECKS,
    UNDER_WAY,
    arranged_step,
    heard_in_parts,
    heard_of,
    roles_named,
    step_and_detail,
    step_and_news,
    step_before_writer,
    visit,
    without_writer,
)
from composer.offline.stepphrase import about_the_stage, bare_week
from composer.offline.stepphrase import hoped_step as _hoped_step
from composer.offline.stepphrase import step_phrase as _step_phrase
from composer.offline.steppresumes import presumes
from composer.offline.stepreading import (
    CONDITION,
    conditional,
    in_touch,
    meeting,
    no_step,
    read_step,
    soon_dropped,
)
from composer.offline.stepsender import call_from, sender_heard, understood, who_to_do, whose_stage
from composer.offline.stepsentence import as_note, office_heard
from composer.offline.stepshapes import due_by, finalists, pasted, read_shapes, waited_span
from composer.offline.stepspan import span_said
from composer.offline.steptext import as_sent, confirmer, plain_step
from composer.offline.steptime import time_said
from composer.offline.steptold import come_for, said_in_parts, told_instead
from composer.offline.stepwho import sending, who_acts
from composer.offline.wellformed import problem
from composer.offline.words import PREPOSITIONS


def lower_start(text: str) -> str:
    first = text.split(" ", 1)[0]
    if first in ("I", "I'm", "I've", "I'd", "I'll") or (first[1:] and not first[1:].islower()):
        return text
    if first.lower() in (
        "my",
        "the",
        "a",
        "an",
        "our",
        "this",
        "that",
        "these",
        "those",
        "it",
        "we",
    ):
        return text[0].lower() + text[1:]
    if first in ("She", "He") and re.match(r"\S+ (?:mentioned|said|told|asked)\b", text):
        return text[0].lower() + text[1:]  # "One further point: she mentioned that ..."
    if first.lower() in PREPOSITIONS:  # "In my first 30 days I would ...": mid-sentence now
        return text[0].lower() + text[1:]
    return text


# A part typed as a question to oneself, another part after it: "paid trial day next wk? she'll
# txt. decision before ...".
_ASKED_SELF = re.compile(r"(?:^|(?<=[.;]\s))([^.;?]*\w)\?\s+(?=[a-z][^.?]*\.\s+\S)")


# A weekday, a comma and its date: "by Friday, 30 August", "by Friday, August 30".
_DAY_COMMA = re.compile(
    r"(?i)\b((?:mon|tues|wednes|thurs|fri|satur|sun)day),\s+(?=\d{1,2}(?:st|nd|rd|th)?\s+"
    r"(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)"
)


def _day_kept(found: re.Match[str], met: dt.date | None) -> str:
    """ "Friday, " before its date -> "Friday "; "" when the date is no Friday."""
    if met is None:
        return f"{found[1]} "
    after = found.string[found.end() :]
    dated = re.match(r"(?i)(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]{3})", after)
    dated = dated or re.match(r"(?i)([a-z]{3})[a-z]*\.?\s+(\d{1,2})", after)
    if dated is None:
        return f"{found[1]} "
    day, month = (dated[1], dated[2]) if dated[1].isdigit() else (dated[2], dated[1])
    date = dated_day(int(day), month, met)
    return "" if date is None or date.strftime("%a") != found[1][:3] else f"{found[1]} "


# A decision after their other interviews, then its time: the time is what the letter says
# ("they decide after interviewing 2 more, answer by end Aug": "by the end of August").
_AFTER_MORE = re.compile(
    r"(?i)^[^,.;]*\bafter\s+(?:interviewing|seeing|meeting)\s+(?:\d+|two|three|four|five)\s+"
    r"more(?:\s+(?:candidates|people|ppl|applicants))?\s*,\s*(?=[^.;]*\b(?:by|within|before)\b)"
)
# Slips of a step typed in a second language, and what they say: "commission decide this week,
# she write me by Friday", "maybe I come for trial day to workshop" (a day spent there).
_TYPED_SLIPS = (
    # (never two deciders: "MD + board decide", "the CEO and the board decide")
    (
        r"(?i)(?<!\+ )(?<!\band )(?<!\band the )(?<!\+ the )"
        r"\b(commission|committee|board|panel|council|jury) decide\b",
        r"\1 decides",
    ),
    (r"\b(she|he|they) (write|call|email|phone) me\b", r"\1 will \2 me"),
    (r"\bwill write me\b", "will write to me"),
    (
        r"(?i)\b(trial (?:day|shift|week)) to (?:the )?"
        r"(workshop|site|office|farm|kitchen|lab|yard)\b",
        r"\1 at the \2",
    ),
    # "by the end of next week, so around 19 September": "so" says "that is", no step of its own
    (r"(?i),\s+so\s+(?=(?:around|about|roughly|probably|likely|approximately)\b)", ", "),
    # "they decide in two weeks, after is practical test ...": "after is" may say which comes
    # first either way, so the part it opens is left unsaid
    (r"(?i),\s+after is [^,.;]+", ""),
    # "Mr. Ekström tell they decide in two weeks": who told it, then what they will do
    (
        r"^(?:(?:Mr|Ms|Mrs|Dr)\.? )?[A-Z][\w'’-]+ tells? (?:me |us )?(?:that )?"
        r"(?=(?:they|he|she) )",
        "",
    ),
    (r"^(they|he|she) decide\b", r"\1 will decide"),
    # "maybe practical test in tool room before": the room named with "the", "before" as "first"
    (r"\bin (tool room|workshop|lab|kitchen|warehouse|plant|yard)\b", r"in the \1"),
    (r"(?<=[a-z]) before\s*[.!]*$", " first"),
)
# A later round typed after a comma, with no "then": "..., final round with the MD in Pune".
_LATER_ROUND = re.compile(
    r",\s+(?=(?:a\s+|the\s+)?(?:final|second|2nd|third|3rd|last)\s+(?:round|interview|stage)\b"
    r"(?![^.;]*\b(?:if|once|provided|assuming|should|prob|probably|maybe|possibly|likely)\b))"
)


def _then_round(found: re.Match[str]) -> str:
    """ ", then " before a later round typed after a call ("hr call this week, final round ..."),
    the comma kept after any other part."""
    before = found.string[: found.start()]
    called = re.search(r"(?i)\b(?:call|phone|ring|email|e-mail|chat|screen)\b[^,;.]*$", before)
    return ", then " if called else found[0]


# "in Pune end of May": the end of a month after a place, with no preposition of its own.
_BARE_END = re.compile(
    r"(?i)(\b(?:in|at)\s+(?!(?:the|a|an|my|our|their|its)\b)[a-z][\w'-]*)\s+(?:~\s*)?end\s+of\s+(?=(?:jan|feb|mar|apr|may|jun|jul"
    r"|aug|sep|oct|nov|dec)[a-z]*\b)"
)
# Their other interviews, then what they will do: the time of those is no time of the
# candidate's ("He is seeing one more candidate on Thursday and will call me early next week":
# "early next week", never "on Thursday").
_SEEING_MORE = re.compile(
    r"(?i)\b(?:is|are)\s+(?:seeing|interviewing|meeting)\s+(?:one|two|three|four|\d+)\s+more\b"
    r"[^,.;]*?\s+and\s+(?=will\b)"
)
# A meeting of theirs, then when a panellist said the candidate would hear: "The board of
# trustees meets on 27 November, and Dr. Holubová said I should hear by 5 December" (reader
# 299's h1299): the day the news is due is the step, said alone (never "after the board ...,
# and Dr. Holubová said ..." to Dr. Holubová herself).
_MEETS_THEN_HEAR = re.compile(
    r"^(?:the\s+)?[\w' -]+?\s+(?:meets|will\s+meet|sits|decides|will\s+decide)\s+(?:on\s+)?"
    r"[^,;]+[,;]\s+and\s+(?:(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
    r"\s+said\s+(?:that\s+)?|(?:they|he|she)\s+said\s+(?:that\s+)?)"
    r"(?=I\s+(?:should|will|would)\s+hear\b)"
)
# Who told the candidate, before what they said: "Ms. Verhaegen said that ", "Mr. T told me ".
_TOLD_BY = (
    r"(?:(?:(?:Dr|Mr|Mrs|Ms|Prof)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+(?:said|told\s+me)"
    r"\s+(?:that\s+)?)?"
)
# A body that decides at a meeting on a day, told by a panellist: "Ms. Verhaegen said that the
# college of mayor and aldermen will decide at its meeting on 2 February" ("after the college
# meeting on 2 February").
_DECIDES_AT = re.compile(
    rf"^{_TOLD_BY}the\s+(?P<body>(?:college|board|council|committee)(?:\s+of\s+[\w ]+?)?)\s+"
    r"will\s+decide\s+at\s+its\s+meeting\s+(?:on|of)\s+(?P<day>\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+"
    r"\s+\d{1,2})\b.*$",
    re.IGNORECASE,
)
# What a board will do, told by a panellist: "Mr. Trimingham said the board would consider the
# appointment on 3 December" (reader 301's h1308), said as its meeting ("after the board
# meets on 3 December").
_BOARD_WILL = re.compile(
    rf"^{_TOLD_BY}the\s+(?P<body>board|committee|council|panel)\s+(?:would|will)\s+"
    r"(?:consider|review|discuss|decide\s+on|meet(?:\s+to\s+consider)?)\s+(?:(?:the|my|your)\s+"
    r"[\w\s]+?\s+)?(?=(?:on|in|next|this)\s[^,;.]*?(?:\.|$))(?![^.]*\band\b)"
)
# What begins after the decision, run on after it: "They will decide on the graduate intake by 19
# December and the programme starts on 2 February" (reader 305's h1324): theirs, never hoped.
_AND_STARTS = re.compile(
    r",?\s+and\s+the\s+[\w' -]+?\s+(?:starts|begins|opens|commences)\s+(?:on|in|from)\s+[^,.;]+"
    r"(?=\.?$|\.\s)"
)
# A clause of its own run on after the close's time by a comma: "I look forward to your news by
# Friday 30 August, a short meeting with the board may follow in September" (reader 239).
_SPLICED_CLAUSE = re.compile(
    r"(?P<close>\b(?:from you|your news|news from [^,]{1,40}"
    r"|from (?:Dr|Mr|Mrs|Ms|Prof)\.? [^,]{1,40}) (?:by|on|in|after|before|within) "
    r"[^,]{1,40}),\s+(?:a|an|the)\s+[^,]{1,60}?\s+(?:may|will|might|could|would|should)\s+"
    r"[a-z]+\b.*$"
)
# A part of a month typed bare after what happens in it: "... with Declan first week of
# January" (English says "in the first week of").
_PART_OF_MONTH = re.compile(
    r"(?<!\bthe )(?<!\bin )(?<!\bby )(?<!\bof )(?<!\bon )(?<=[a-z] )"
    rf"((?:first|second|third|last|final)\s+(?:week|fortnight|half|days)\s+of\s+(?:{MONTH})\b)"
)
# A task the candidate hands in, with its deadline: "take-home: X in their brief by 28 jan".
_TASK_BY = re.compile(
    r"(?i)(?P<task>\b(?:take[- ]home|home\s+task|assignment|test\s+piece)\b[^>;.]*?)\s+by\s+"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}|[A-Za-z]{3,9}\s+\d{1,2}(?:st|nd|rd|th)?)\b\.?"
)
_ITS_OWNER = re.compile(r"(?i)^the (?P<body>board|panel|committee|council|trust|bench) \w+")
# "by end August", "before end of Aug": the end of a month said with its article.
_END_MONTH = re.compile(
    r"(?i)\b(by|before|until|till|at|around)\s+end\s+(?:of\s+)?"
    rf"((?:{MONTH}|the\s+month|this\s+month|next\s+month)\b)"
)


# Who decides, with whom, typed after the step and its time: "HR will email within two weeks.
# Mr. Chandrasekaran decides with the department head." (round 52, h1429): no step of its own,
# and said after the time it ran on as a second clause ("..., Mr. Chandrasekaran decides ...")
_DECIDES_WITH = re.compile(
    r"(?<=[.;])\s+(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?[A-Z][\w'’-]+\s+(?:decides|will\s+decide)\s+"
    r"(?:together\s+)?with\s+[^.;]+[.;]?\s*$"
)


# When the candidate is told the outcome, said after another step: "..., and that applicants
# should hear by the end of May".
_HEAR_WHEN = re.compile(
    r"(?i)\b(?:applicants|candidates|everyone|all\s+candidates|I|we)\s+(?:should|will|would)\s+"
    r"hear(?:\s+back)?\s+(?P<when>(?:by|within|before)\s+(?:(?!\s+and\s)[^.;,])+)"
)


# A weekday after a dated day: "decide at its meeting on Friday 18 June, and ... will telephone
# the successful candidate on the following Monday" (round 58, h1523).
_DATED = re.compile(rf"(?i)\b{WEEKDAY}\s+(?P<d>\d{{1,2}})\s+(?P<m>[a-z]+)\b")
_FOLLOWING = re.compile(rf"(?i)\bon\s+the\s+following\s+(?P<day>{WEEKDAY})\b")


_CALL_WHEN = re.compile(
    r"\b(?:he|she|they|[A-Z][\w'’-]+)\s+(?:will|would)\s+(?:telephone|call|phone|ring|contact|e-?mail"
    r"|write\s+to)\s+(?:the\s+successful\s+candidate|me|(?:all\s+)?(?:the\s+)?candidates|everyone|us)"
    r"(?:\s+either\s+way)?\s+(?P<when>on\s+(?:the\s+[A-Z][a-z]+day\s+after\s+)?[A-Z][a-z]+day\s+\d{1,2}"
    r"\s+[A-Z][a-z]+)\b"
)


def _following_dated(value: str) -> str:
    """`value` with "on the following Monday" said from the dated day typed before it ("on the
    Monday after Friday 18 June"), never a date the notes do not give; as typed when none is."""
    after = _FOLLOWING.search(value)
    dated = list(_DATED.finditer(value[: after.start()])) if after else []
    if not after or not dated:
        return value
    said = f"on the {after['day'].capitalize()} after {dated[-1].group()}"
    return value[: after.start()] + said + value[after.end() :]


def next_steps_line(
    value: str | None,
    common: frozenset[str],
    tone: str,
    channel: str,
    variation: Variation,
    *,
    fits: Callable[[str], bool] = lambda _: True,
    reader: Sequence[str] = (),
    days: tuple[dt.date, dt.date] | None = None,
    month_first: bool | None = None,
) -> str:
    """The next step welcomed (see `_welcomed`); a sentence the gate finds still reads as a
    note ("I look forward to the trial shift sat morning") gives way to hearing from them.
    `days` (the interview and the day the letter goes out) says the step's week from sending:
    "next wk" typed the Saturday before is "this week". `month_first` is the candidate's way
    of writing dates (True in the US and Canada, False where the day comes first, None when
    unknown): it reads a date typed in figures ("by 12/8") and orders the dates said."""
    typed = value
    if value:
        # "Dr. Menon: final round w/ CEO early March": who said it, typed as a label
        value = re.sub(r"^(?:Dr|Mr|Ms|Mrs|Prof)\.?\s+[A-Z][\w'’-]+\s*:\s+(?=\S)", "", value)
        # "wait HR", "waiting for HR call" (round 54, h1466): who will be in touch, never "the
        # wait HR"
        value = re.sub(
            r"(?i)^(?:wait(?:ing)?|await(?:ing)?)(?:\s+(?:for|on))?\s+(?P<who>HR|(?-i:[A-Z][a-z]+))"
            r"(?:\s+(?:call|email|news|to\s+call))?[.!]*$",
            r"\g<who> will be in touch",
            value,
        )
        # "maybe paid trial day next wk? she'll txt. decision before ...": a question typed to
        # oneself ends its part when a part follows (its hedge kept, "maybe")
        value = _ASKED_SELF.sub(
            lambda m: f"{'' if m[1].startswith('maybe') else 'maybe '}{m[1]}. ", value
        )
        # "by Friday, 30 August": one date, never cut at its comma; a weekday the date does not
        # fall on is left out (the date is said, the slip never)
        value = _DAY_COMMA.sub(lambda found: _day_kept(found, days[0] if days else None), value)
        value = _AFTER_MORE.sub("", value)  # "decide after interviewing 2 more, answer by ..."
        value = _following_dated(value)
        # "the panel will make its recommendation ... by Friday 14 May, and that applicants should
        # hear by the end of May" (round 54, h1460): when the candidate hears is the step
        if (hear := _HEAR_WHEN.search(value)) is not None and hear.start() > 0:
            value = f"applicants should hear {hear['when']}"
        # "... will decide on Friday 18 June, and that she will telephone the successful
        # candidate on Monday 21 June" (round 58, h1523): the call is when the candidate hears
        elif (call := _CALL_WHEN.search(value)) is not None and _DATED.search(
            value[: call.start()]
        ):
            value = f"applicants should hear {call['when']}"
        # "hell ring me friday either way, his brother in law owns half and has to agree": why,
        # told of the reader's family, never said to them (round 51, h1423)
        value = re.sub(
            r"(?i),\s+(?:his|her|their)\s+(?:brother|sister|wife|husband|partner|father|mother|son"
            r"|daughter|uncle|aunt|cousin)(?:[- ]in[- ]law)?\b.*$",
            "",
            value,
        )
        value = re.sub(r"(?i)(?<=day)\s+either\s+way$", "", value)  # "ring me friday either way"
        # "the three of them will meet on Friday 4 June" (round 58, h1524): the panel the
        # letter's reader sits on
        value = re.sub(r"(?i)\b(the (?:two|three|four|five) of) them\b", r"\1 you", value)
        value = START_IF_CHOSEN.sub("", value)  # "..., and if selected I would join on 1 June"
        # "hr call this week, final round w/ md in pune end of may": the round after the call
        value = _LATER_ROUND.sub(_then_round, value)
        value = _BARE_END.sub(r"\1 at the end of ", value)  # "in Pune end of May"
        for pattern, said in _TYPED_SLIPS:  # "commission decide this week", "trial day to ..."
            value = re.sub(pattern, said, value)
        # "take-home ... by 28 jan": the candidate's own deadline, never the day of their news
        value = _TASK_BY.sub(r"\g<task>", value)
        value = _SEEING_MORE.sub("", value)  # "He is seeing one more candidate on Thursday and"
        value = _DECIDES_WITH.sub("", value)  # "... within two weeks. Mr. C decides with X."
        value = _MEETS_THEN_HEAR.sub("", value)  # "The board meets on 27 Nov, and X said I ..."
        # "Mr. T said the board would consider the appointment on 3 December": when it meets
        value = _BOARD_WILL.sub(lambda m: f"the {m['body']} meets ", value)
        # "Ms. V said that the college of mayor and aldermen will decide at its meeting on 2
        # February, and that all candidates will be informed ...": the body meets on that day
        value = _DECIDES_AT.sub(
            lambda m: f"decision after the {m['body'].split()[0].lower()} meeting on {m['day']}",
            value,
        )
        value = _AND_STARTS.sub("", value)  # "..., and the programme starts on 2 February"
        # "The board will confirm ... after its meeting": "its" said as whose, the subject may go
        if (body := _ITS_OWNER.match(value)) is not None:
            value = re.sub(r"\bafter its (?=meeting\b)", f"after the {body['body']}'s ", value)
        value = fronted(value)  # what is no step of its own, off; news after the stage
        value = come_for(contact_plain(value))  # "HR (Nomsa) to call by Fri re: X"; "come to X for"
        value = dates_read(value, days[0] if days else None, month_first)
        value = soon_dropped(value, days)  # "feedback tmrw", sent the next day: no time said
        value = finalists(value)  # "the GM will meet the final two ...": a round hoped for
        # "They will send the case study if I am shortlisted.": the condition a part of its own,
        # the step only hoped for (`with_hoped`), never said with it
        cond = conditional(value) if "," not in value else None
        if cond is not None and not cond[1]:
            value = f"{cond[0]}, {value[len(cond[0]) :].strip()}"
        value = value.rstrip(" .")
    said = _said(value, common, tone, channel, variation, fits, reader, days)
    say = functools.partial(_said, common=common, tone=tone, channel=channel, variation=variation)
    hoped = functools.partial(say, fits=fits, reader=reader, days=days)  # "..., if selected"
    said = with_hoped(said, value, hoped, common, reader, tone, channel, variation)
    said = span_said(said, tone, channel, variation)  # "within two weeks": theirs, no deadline
    if value and said in (plain := _none(tone, channel)):  # "..., and that HR would ...": a part
        step = functools.partial(next_steps_line, common=common, tone=tone, channel=channel)
        step = functools.partial(step, variation=variation, fits=fits, reader=reader, days=days)
        said = said_in_parts(value, step, plain) or said
    # the time said once, no check hoped, no "and that he"; a step run on after its time: told
    said = time_once(close_trimmed(said))
    said = told_instead(typed, said, tone, channel, variation, fits, _none(tone, channel))
    said = theirs_to_reader(typed, said, reader)  # "bruce to ring ..., w/ his dogs": yours
    for initials in (r for r in reader if r.isupper() and 2 <= len(r) <= 4):
        # "after the MD and board decide", to the MD: "after you and the board decide"
        said = re.sub(rf"\b(?:the|The) {initials}\b(?!['’])", "you", said)
    said = re.sub(
        r"\b(you|the [A-Z]{2,4}) and (board|panel|committee|council)\b", r"\1 and the \2", said
    )
    said = _END_MONTH.sub(r"\1 the end of \2", said)  # "by end August": "by the end of"
    said = _PART_OF_MONTH.sub(r"in the \1", said)  # "day with Declan first week of January"
    said = _SPLICED_CLAUSE.sub(r"\g<close>", said)  # "by Friday 30 August, a short meeting ..."
    return dates_written(_NOTE_AFTER.sub("", said), month_first)  # never ". HR to call ..."


def _said(
    value: str | None,
    common: frozenset[str],
    tone: str,
    channel: str,
    variation: Variation,
    fits: Callable[[str], bool],
    reader: Sequence[str],
    days: tuple[dt.date, dt.date] | None,
) -> str:
    if value and no_step(value):  # "waiting on DBS", "offer passed 10 Dec": nothing to welcome
        return _welcomed(None, common, tone, channel, variation, fits=fits, reader=reader)
    if value and (checks := refs_then_line(value, tone, channel, variation, fits)) is not None:
        return checks  # "they ring my refs next week then medical and police check"
    office = office_heard(value, reader) if value else None
    if office is not None:  # "...; Mr. Hoogendijk's office will contact me": "your office"
        options = fitting(phrasebook.wordings("next_hear_from", tone, channel), fits)
        line = variation.pick("next_hear_from", options).format(who=office[0], time=office[1])
        if not problem(f"{line.rstrip('.')}."):
            return line.rstrip(".")
    value = as_note(value) if value else value  # "A second interview ... is planned for ..."
    typed = as_sent(value, days) if value else value
    read = read_step(typed, common, tone, channel, variation, fits, reader, days) if typed else None
    if read is not None:
        return read
    typed = in_touch(meeting(typed)) if typed else typed  # "feeding back", "at their meeting"
    value = who_acts(roles_named(read_shapes(typed))) if typed else typed
    value = whose_stage(value) if value else value  # "finalists visit ...": their visit
    sent = material(value, tone, channel, variation, fits) if value else None
    if sent and "?" not in sent:  # "they'll send the brief by mon 7 dec": the brief looked for
        return sent
    line = _welcomed(value, common, tone, channel, variation, fits=fits, reader=reader)
    last = _THEN_IN_TOUCH.search(value or "") if line in _none(tone, channel) else None
    if last:  # "seeing 2 more ppl thurs/fri, will let me know early next wk": that they will
        line = _welcomed(f"they will {last['step']}", common, tone, channel, variation, fits=fits)
    if (comma := spliced_at(f"{line}.")) >= 0:  # "by Friday, start would be in mid-December"
        line = line[:comma]
    # a question mark left from a hedged note ("HR to call wk of 14th?") is no close of a letter
    if (
        problem(f"{line}.")
        or pasted(line)
        or who_to_do(line)
        or "?" in line
        or _RUN_IN.search(line)
    ):
        line = _welcomed(None, common, tone, channel, variation, fits=fits, reader=reader)
    if typed and line in _none(tone, channel):  # "..., decision before xmas": when, in a part
        say = functools.partial(_welcomed, common=common, tone=tone, channel=channel)
        said = functools.partial(say, variation=variation, fits=fits, reader=reader)
        line = heard_in_parts(typed, said, _none(tone, channel)) or line
    due = due_by(plain_step(value)[0], line) if value else None
    if due:  # the step could not be said whole, but the day its news is due by can
        options = fitting(phrasebook.wordings("next_hear", tone, channel), fits)
        dated = variation.pick("next_hear", options).format(time=due).rstrip(".")
        return line if problem(f"{dated}.") else dated
    return line


# Steps typed as a bare verb that are theirs to take, not the candidate's: "decide after easter".
_THEIRS = frozenset(["decide", "choose", "shortlist", "confirm", "review", "interview", "meet"])
# A close whose time runs on into a clause of theirs: "... from you next week and after Aroha
# contact me about the visa" (a second-language step: no time a letter can say).
_RUN_IN = re.compile(
    r"\b(?:hearing from|hear from) [^.;]*\b(?:contact|call|email|ring|send|tell)s? me\b"
)
# A note's "someone to do something" left as a sentence after the close: ". HR to call next week."
_NOTE_AFTER = re.compile(r"(?<=[a-z0-9])\.\s+(?:[A-Z][\w.'-]*\s+){1,2}to\s+[a-z]+\b[^.]*\.?$")
# Their process, then when they will be in touch: "..., will let me know early next wk".
_THEN_IN_TOUCH = re.compile(
    r"(?i),\s+(?:(?:they|he|she)(?:'ll|\s+will)|will)\s+(?P<step>(?:let\s+me\s+know|call|ring"
    r"|phone|e-?mail|text|be\s+in\s+touch|get\s+back\s+to\s+me|decide)\b[^,;]*)$"
)


def _none(tone: str, channel: str) -> list[str]:
    """The wordings that say no step at all ("I look forward to hearing from you")."""
    return [w.rstrip(".") for w in phrasebook.wordings("next_none", tone, channel)]


def _welcomed(
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

    def _hear(time: str) -> str:  # at a time the candidate may say, or none: never "you ."
        return _pick(variation, "next_hear", tone, channel).format(time=time).rstrip()

    hedged, likely = False, bool(value and LIKELY_TIME.search(value))
    if value and not is_instruction(value):
        confirms = confirmer(value)  # "HR to confirm": who is heard from before the step
        if presumes(value):  # "Kerry to email re references + start date"
            return _pick(variation, "next_none", tone, channel)
        guessed = _GUESSED_AFTER.match(value)
        if guessed and (hope := _news_and_hope(guessed, common, reader)) is not None:
            line = _pick(variation, "next_hear_then", tone, channel)  # "..., maybe 2nd trial"
            return line.format(who=hope[0], time=hope[1], steps=hope[2]).replace(" ,", ",")
        value, hedged = plain_step(value)
        # "hopefully news before xmas": news; "2nd working day w/ James", to James: with you
        value = with_reader(news_hoped(value), reader)
        checks = CHECKS.match(re.sub(r"(?i)^(?:the\s+)?", "the ", value))  # "refs": no step
        if presumes(value) or NO_STEP.match(value) or checks:
            return _pick(variation, "next_none", tone, channel)
        if (time := bare_time(value)) is not None:  # "within 2 weeks": when they'll be in touch
            value = f"they will be in touch {time}"
        span = waited_span(value)
        if span:  # "approx 6-8 wks for outcome": when they will be in touch
            return _hear(span)
        vp = sending(value)
        if vp:  # "they want a mock proposal by mon": the candidate's to send
            return _pick(variation, "next_vp", tone, channel).format(vp=vp)
        going = visit(value)
        if going:  # "come in mon for bench test": the visit they asked for, looked forward to
            return _pick(variation, "next_np", tone, channel).format(steps=going)
        arranged = arranged_step(value, common)
        if arranged is not None:  # "final round = a demo lesson, early Dec"
            steps, then = arranged
            if then:
                line = _pick(variation, "next_then", tone, channel)
                return line.format(steps=steps, then=then)
            return _pick(variation, "next_np", tone, channel).format(steps=steps)
        # "2nd mtg w/ the CEO next wk possibly, HR to confirm": a step in doubt waits on them
        if hedged and confirms and confirms not in reader:
            phrase = analyse(value, common)
            if phrase.shape in (Shape.NOUN, Shape.ROLE) and not NEWS.match(phrase.text):
                steps = _hoped_step(phrase)
                line = _pick(variation, "next_hear_then", tone, channel)
                return line.format(who=confirms, time="", steps=steps).replace(" ,", ",")
        if (late := step_by(value, common)) is not None:  # "2nd round w/ the GM, prob by fri"
            line = _pick(variation, "next_hear_then", tone, channel)
            return line.format(who="you", time=late[0], steps=late[1])
        hoped = _IF_I_PASS.sub("", value)
        if (step := step_before_writer(value)) != value:  # "..., fatima to email"
            value = hoped = step
        if hedged:
            hoped = ""  # "probably next week": hoped for, never promised
            # "2nd round next wk maybe, peg will email": who gets in touch, with no time, is
            # the "hearing from you" the wording says
            value = without_writer(value)
        hoped = hoped or value
        if (hoped != value or hedged) and hoped.strip() and ", " not in hoped:  # one part
            phrase = _step_phrase(hoped, common, "a")  # "ride-along next wk maybe": a ride-along
            hoping = phrase.shape in (Shape.NOUN, Shape.GERUND, Shape.ROLE)
            if hoping and not (hedged and NEWS.match(phrase.text)):  # news is heard, below
                steps = _hoped_step(phrase) if hedged else _hoped_step(phrase, False)
                return _pick(variation, "next_hope", tone, channel).format(steps=steps)
        value = THEN_CHECKS.sub("", value)  # "decision mid-Dec, references after that"
        detail = step_and_detail(value, common)
        if detail is not None:  # "editing test next week, they'll send it Mon": the step
            return _pick(variation, "next_np", tone, channel).format(steps=detail)
        both = step_and_news(value, common, reader)
        if both is not None:  # "second round w/ the director early Dec, they'll email by Fri"
            (who, time), steps = both
            if not steps or CHECKS.match(steps):  # "the polygraph and background check": no
                section = "next_hear" if who == "you" else "next_hear_from"  # chance hoped for
                line = _pick(variation, section, tone, channel)  # news about it, or just news
                return line.format(who=who, time=f"{time} about {steps}" if steps else time)
            line = _pick(variation, "next_hear_then", tone, channel)
            return line.format(who=who, time=time, steps=steps).replace(" ,", ",")
        heard = heard_of(hoped.strip().rstrip(".!; ") or value, reader) or call_from(value, reader)
        heard = heard or sender_heard(value, reader)  # "Raj to send the link": from Raj
        if heard is not None:
            who, time = heard[0], about_the_stage(heard[1])  # "about the second interview"
            section = "next_hear" if who == "you" else "next_hear_from"
            line = _pick(variation, section, tone, channel)
            return line.format(who=who, time=time).replace(" .", ".").rstrip()
        if (week := bare_week(value)) or _BY_WAY.match(value):  # a week; "by letter within two
            return _hear(week or value.rstrip(".!; "))  # weeks": "in the second week of ..."
        phrase = _step_phrase(value, common)
        if re.search(r"[,;:?!]|\s-\s", phrase.text):
            return _pick(variation, "next_none", tone, channel)  # a note to self, not a step
        news = NEWS.match(phrase.text)
        # "a decision next week", "shortlist out end of next wk" (a noun read as a verb, never
        # "I will shortlist out ..."): hearing from them
        if news and phrase.shape in (Shape.NOUN, Shape.BASE):
            time = own_time(news.group("time"))  # "after they see the others, mid Dec": theirs
            sender = news["sender"] and call_from(f"email from {news['sender']} {time}", reader)
            if sender and sender[0] != "you":  # "results from publicjobs": from them, not you
                line = _pick(variation, "next_hear_from", tone, channel)
                return line.format(who=sender[0], time=sender[1])
            return _hear(time)
        if phrase.shape in (Shape.NOUN, Shape.GERUND, Shape.ROLE):
            steps = with_article(phrase)
            if steps.startswith(("a ", "an ")) and not phrase.text.startswith(("a ", "an ")):
                steps = "the " + phrase.text  # a step they arranged: "the panel with the CRO"
            first = phrase.words[0]
            bare = steps == phrase.text and phrase.shape is Shape.NOUN and first.islower()
            known = lexicon.is_noun(first) or "-" in first  # "ride-along", "walk-through"
            if bare and known and not lexicon.is_plural_noun(first):
                steps = f"the {phrase.text}"  # a step they arranged: "the phone call on Friday"
            steps = possibly_at(steps) if likely else steps  # "prob next thurs": not yet fixed
            return _pick(variation, "next_np", tone, channel).format(steps=steps)
        if phrase.shape is Shape.BASE and phrase.words[0].lower() in _THEIRS:
            # "decide after easter": their decision, never "I will decide"
            return _welcomed(
                f"they will {phrase.text}", common, tone, channel, variation, fits=fits
            )
        if phrase.shape is Shape.BASE:
            return _pick(variation, "next_vp", tone, channel).format(vp=phrase.text)
        whole = phrase.shape in (Shape.CLAUSE, Shape.PARTICIPLE)  # "... will be invited ..."
        if clause := understood(phrase.text) if whole else None:  # "the committee will ..."
            return _pick(variation, "next_clause", tone, channel).format(clause=clause)
        if phrase.shape in (Shape.CLAUSE, Shape.FIRST_PERSON):
            # Not read with confidence: hearing from them, at the time the note gives if any
            # ("they will confirm the second round by Friday" -> "... from you by Friday").
            found = _TRAILING_TIME.search(_IF_I_PASS.sub("", phrase.text))  # "if I've got it"
            when = time_said(own_time(found.group())) if found else ""
            if when:
                return _hear(when)
    return _pick(variation, "next_none", tone, channel)


# News, then a step that may follow: "jen to email by fri 4th, maybe 2nd trial day next wk",
# "she will let me know by the end of next week, with a possible trial Saturday on 12 December".
_GUESSED_AFTER = re.compile(
    r"(?i)^(?P<news>[^,;]+)[,;]\s*(?:(?:and\s+)?(?:maybe|possibly|poss\.?|perhaps)\s+(?:an?\s+)?"
    r"|with\s+(?:a\s+)?(?:possible|potential)\s+)(?P<step>[^,;]+?)[.!]*$"
)


def _news_and_hope(
    guessed: re.Match[str], common: frozenset[str], reader: Sequence[str]
) -> tuple[str, str, str] | None:
    """(who, when, the step hoped for) for news and a step that may follow it, or None unless
    the news has a time and the step reads as a thing ("a second trial day next week")."""
    news = plain_step(guessed["news"])[0]
    heard = hearing_from(news, reader)
    if heard is None and (said := NEWS.match(news)) and said["time"]:  # "decision after xmas"
        heard = "you", own_time(said["time"])
    step = plain_step(guessed["step"])[0]
    last = re.sub(r"\s*\([^)]*\)$", "", step).split()[-1:]  # "a paid trial day after": when?
    if bare_time(step) is not None or last[0].lower() in _LEFT_OPEN:  # "end of dec": a time
        return None
    phrase = _step_phrase(step, common, "a")
    words = step.lower().split()
    if len(words) > 1 and words[1] in UNDER_WAY:
        return None  # "build starts ~Dec 20": what happens then, never a chance hoped for
    named = lexicon.is_noun(words[0]) or (len(words) > 1 and lexicon.is_noun(words[1]))
    if phrase.shape is not Shape.NOUN and named:  # "trial on Sat", "observed lesson in jan"
        phrase = analyse(f"{lexicon.article(step)} {step}", common)  # "trial on Saturday"
    if heard is None or not heard[1] or phrase.shape is not Shape.NOUN or NEWS.match(step):
        return None
    return heard[0], heard[1], _hoped_step(phrase)


_LEFT_OPEN = frozenset(["after", "afterwards", "first", "later", "then", "too", "also", "next"])


# A note to self that the step depends on the candidate getting through: "... if I get
# through", "..., if selected", "... assuming I pass", "... should I progress".
_IF_I_PASS = re.compile(
    rf",?\s+(?:{CONDITION}|(?:if|assuming|provided(?:\s+that)?)\s+(?:I\b|I'm\b)|should I\b).*$",
    re.IGNORECASE,
)


_TRAILING_TIME = re.compile(
    r"\b(?:by|before|within|next(?!\s+(?:stage|step|steps|round|phase|part|interview)\b)|after"
    r"|in\s+(?:two|three|four|five|six|\d+)\s)\b[^,;]*$"
    r"|\bon\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^,;]*$",
    re.IGNORECASE,
)


def reader_names(name: str, title: str | None, salutation: str | None) -> tuple[str, ...]:
    """How a note may name the reader: full and first name, salutation, title words."""
    # "Lefebvre will call by Friday"; "Natalie will call" for "Dr. Natalie Brissett-Gordon"
    # (round 56, h1504: the first word of the name was its title)
    names = [name, given_name(name), name.split()[-1]]
    if salutation:
        names.append(salutation)
    if title:  # "Chair of Governors": "the chair"; "Headteacher": "the headteacher"
        first = title.split(",")[0].split(" of ")[0].strip()
        names += [first, first.split()[-1]] if first else []
        # "General Manager": "the GM", "Chief Financial Officer": "the CFO" (roles known by them)
        initials = "".join(w[0] for w in first.split() if w[:1].isupper())
        if len(initials) > 1 and initials.lower() in ("gm", "md", "ceo", "cfo", "coo", "cto"):
            names.append(initials)
    return tuple(n for n in names if n)


_BY_WAY = re.compile(
    r"^(?:by|via)\s+(?:letter|e-?mail|phone|post|text)\s+(?:within|by|before|in|next|this|on)\b"
    r"[^,;:?!]*$",
    re.IGNORECASE,
)
