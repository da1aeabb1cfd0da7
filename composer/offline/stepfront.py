"""A next-steps note put in the order the close reads it, before any reading: what the note
says around the step that is no step of its own.

"..., she calls either way" (news is heard whatever it is), ". Reference checks would follow
..." (a later stage), "the panel will submit its recommendation to X by ..., and that candidates
will be informed by ..." (a step inside the company), "... and that the next step would be X"
(X is the step), "maybe invite me to visit the farm" (a visit hoped for), and news told before
the step it follows ("HR to call next wk. 2nd round + site walk, mid june"), each made the shape
the readers of `nextsteps` know.
"""

from __future__ import annotations

from collections.abc import Sequence

from composer import regexes as re
from composer.english import cut_at_stops
from composer.offline.clauses import NOT_AFTER_TITLE
from composer.offline.stepparts import STEP_FIRST


def fronted(value: str) -> str:
    """`value` with what is no step of its own taken off or put in order (see the module)."""
    value = _EITHER_WAY.sub("", value)  # "decision end of next wk, she calls either way": news
    value = _ROUND_WEEK.sub(_round_week, value)  # "2nd round with MD, Kumasi office, week of X"
    value = _ROUND_WHO.sub(_round_who, value)  # "2nd interview, mtn ops manager, mid-May"
    value = _WANTS_START.sub("", value)  # "..., wants someone to start early April": theirs
    value = _that_week(value)  # "meeting on March 27 ... by the end of that week": its week
    # "maybe I come for test day in Gdansk": a visit of the candidate's, hoped for
    value = re.sub(
        r"(?i)\bmaybe\s+I\s+(?:come|go)\s+(?:for|to)\s+(?:a\s+|the\s+)?", "maybe a ", value
    )
    # "they're seeing 1 more person thurs, grant to call ...": their other interviews, whose
    # day is no day of the candidate's news (when something follows it)
    value = _MORE_TO_SEE.sub("", _OTHERS_SEEN.sub("", value))
    # "the board will make its recommendations ... over the next twelve months. Candidates will
    # be notified in writing within three weeks.": the candidates' news, the steps inside the
    # company before it no news of theirs
    told = _CANDIDATES_TOLD.search(value)
    value = value[told.start() :] if told and told.start() > 0 else value
    value = _FOLLOWS.sub(".", value)  # ". Reference checks would follow before ...": later
    value = _INVITED_TO.sub(r", maybe a visit to \g<what>", value)  # "maybe invite me to"
    handoff = _HANDOFF.match(value)  # "the panel will submit its recommendation to X by ...,
    value = value[handoff.end() :] if handoff else value  # and that candidates will be ..."
    # "... and that the next step would be X": X, when nothing before it gives a time
    step_is = _STEP_IS.search(value)
    timed = step_is is not None and _TIMED.search(value[: step_is.start()]) is not None
    value = value[step_is.end() :] if step_is and not timed else value
    value = re.sub(
        r"(?i),\s*then\s+(?=[a-z]+ (?:visit|round|interview|test|day) if\b)", ", ", value
    )
    return news_last(value)


# A further round typed in shorthand, where it is and its week: "2nd round with MD, Kumasi
# office, week of Feb 23" -> "second round with the MD in the week of Feb 23" (the round is
# the step; never "hearing from you" in that week).
_ROUND_WEEK = re.compile(
    r"(?i)^(?P<nth>2nd|second|3rd|third|final) round(?P<kind> interview)?(?: with (?P<who>"
    r"(?:the )?[\w.'-]+(?: [\w.'-]+)?))?(?:, (?:at )?(?:the )?[^,]+? (?:office|site|depot|plant))?"
    r",? (?:wk|week) of (?P<when>[^,.;]+)$"
)
_ORDINALS = {"2nd": "second", "3rd": "third"}
# A further interview, who with and when, typed as fragments: "2nd interview, mtn ops manager,
# mid-May" -> "second interview with the mountain operations manager in mid-May".
_ROUND_WHO = re.compile(
    r"(?i)^(?P<nth>2nd|second|3rd|third|final) (?P<kind>round|interview)(?:,| with) (?P<who>"
    r"(?:the )?[a-z][\w.' ]+?), (?P<when>(?:early|mid|late)[- ][A-Z][a-z]+|end of [A-Z][a-z]+)"
    r"(?=[.;]|$)"
)
_SHORT_POSTS = {"mtn": "mountain", "ops": "operations", "mgr": "manager", "dir": "director"}


def _round_who(found: re.Match[str]) -> str:
    who = " ".join(_SHORT_POSTS.get(w.lower(), w) for w in found["who"].split())
    who = who if who.lower().startswith("the ") else f"the {who}"
    return _round(found["nth"], f" {found['kind'].lower()}", who, found["when"])


def _round(nth: str, kind: str, who: str, when: str) -> str:
    """ "second round with the MD in the week of X": a further round as the close says it."""
    with_who = f" with {who}" if who else ""
    return f"{_ORDINALS.get(nth.lower(), nth.lower())}{kind}{with_who} in {when}"


# What they want of the start, typed after the step with no subject: no step of the candidate's.
_WANTS_START = re.compile(
    r"(?i),\s*(?:(?:he|she|they)\s+)?(?:wants?|needs?|would\s+like|hopes?\s+for)\s+(?:someone"
    r"|somebody|the\s+person|a\s+start)\b[^.;]*"
)
_DAY_ON = re.compile(
    r"\bon\s+(?P<day>(?:[A-Z][a-z]+\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+))\b(?=.*\bthat\s+week\b)"
)


def _that_week(value: str) -> str:
    """ "by the end of that week" said as the week of the day named before it ("the board meeting
    on March 27"): "that week" alone points at nothing in a letter."""
    day = _DAY_ON.search(value)
    if day is None:
        return value
    return re.sub(r"\bthat\s+week\b", f"the week of {day['day']}", value)


def _round_week(found: re.Match[str]) -> str:
    who = found["who"] or ""
    if who and not who.lower().startswith("the ") and who.isupper():
        who = f"the {who}"  # "MD": the managing director's initials, with "the"
    return _round(found["nth"], f" round{found['kind'] or ''}", who, f"the week of {found['when']}")


_CANDIDATES_TOLD = re.compile(
    r"(?<=[.;]\s)(?:All\s+)?(?:Candidates|Applicants|Everyone|Each\s+candidate)\s+(?:will|should|would)"
    r"\s+(?:be\s+(?:notified|informed|told|contacted)|hear)\b"
)
# "Mr. Pryce said they have two more candidates to see on Thursday and they hope to decide by
# ...": their other interviews, told before the news.
_MORE_TO_SEE = re.compile(
    r"(?i)(?<=\bsaid )(?:that\s+)?(?:they|he|she)\s+(?:have|has)\s+(?:\w+\s+)?more\s+"
    r"(?:candidates?|people|interviews?)\s+to\s+(?:see|interview|meet)\b[^,;.]*?\s+and\s+(?:that\s+)?"
    r"(?=(?:they|he|she)\b)"
)
_OTHERS_SEEN = re.compile(
    r"(?i)^(?:(?:they|he|she)(?:['’]re|['’]s|\s+are|\s+is)\s+|still\s+)?(?:seeing|interviewing|meeting)"
    r"\s+(?:\d+|one|two|three|four|a\s+few|some)\s+(?:more|other)?\s*(?:person|people|ppl"
    r"|candidates?|others?)\b[^,;.]*[,;.]\s+(?=\S)(?!will\b|then\b)"
)


def news_last(value: str) -> str:
    """Two sentences, a stage with its time and who gets in touch when, put stage first, news
    last, the order the close reads them in: "HR to call next wk. 2nd round + site walk, mid
    june" and "2nd round + site walk, mid june. HR to call next wk" are both "2nd round + site
    walk mid june, HR to call next wk". Any other note as typed."""
    stops = r"(?<=[a-z0-9])(?<!poss)(?<!prob)(?<!approx)(?<!est)\.\s+"  # "poss. 3rd round"
    parts = [p.strip() for p in cut_at_stops(value.strip().rstrip(". "), stops)]
    if len(parts) != 2 or any(re.search(r"\s/\s|\?", part) for part in parts):
        return value
    news = [p for p in parts if _NEWS_PART.match(p)]
    # a stage of the process named first, with no other sentence after it: "2nd round + site
    # walk, mid june"
    stage = [
        p
        for p in parts
        if (first := STEP_FIRST.match(p)) and not re.search(r"[.;]", p[first.end() :])
    ]
    if len(news) != 1 or len(stage) != 1 or news[0] is stage[0]:
        return value
    step = _STAGE_TIME.sub(r" \g<time>", stage[0])  # "2nd round + site walk, mid june": one part
    if "," in step or ";" in step:
        return value
    return f"{step}, {news[0]}"


def theirs_to_reader(typed: str | None, said: str, reader: Sequence[str]) -> str:
    """ "with his dogs" said "with your dogs" when the note's step is the reader's own ("bruce
    to ring thurs, maybe a 2nd day on the farm w/ his dogs", to Bruce)."""
    first = (typed or "").split(" ", 1)[0].strip(",.:").lower()
    # "He decides himself, will call after his son's wedding" (round 57, h1511): "he" who
    # decides is the one the letter goes to
    if not first or first not in {name.lower() for name in reader} | {"he", "she"}:
        return said
    return re.sub(
        r"\b(with|on|at|to|of|about|for|after|before|until)\s+(?:his|her)\s+(?=[a-z])",
        r"\1 your ",
        said,
    )


# Who gets in touch, with a time: "HR to call next wk", "Dana will email by fri".
_NEWS_PART = re.compile(
    r"(?i)^(?:HR|they|he|she|(?:the\s+)?[A-Za-z][\w'-]*)\s+(?:to|will|'ll)\s+(?:call|ring|phone"
    r"|e-?mail|text|write|let\s+me\s+know|be\s+in\s+touch|get\s+back\s+to\s+me)\b(?:\s+me)?"
    r"\s+(?:by|before|within|next|this|early|mid|late|end|on|in|after|tomorrow|tmrw)\b[^,;]*$"
)
_STAGE_TIME = re.compile(
    r"(?i),\s*(?P<time>(?:early|mid|late|end\s+of|in|on|by|next|this)\s+[^,;]+)$"
)
# "decision end of next wk, she calls either way": a call promised whatever the news
_EITHER_WAY = re.compile(
    r"(?i)[,;]\s*(?:(?:she|he|they)(?:'ll|\s+will)?\s+)?(?:calls?|rings?|e-?mails?|phones?)"
    r"(?:\s+me)?\s+either\s+way[.!]*$"
)
# A later stage told in a sentence of its own after the step: ". Reference checks would follow
# before the start of the January survey season." The close welcomes the step, not its sequel.
_FOLLOWS = re.compile(
    rf"(?<=[a-z0-9]){NOT_AFTER_TITLE}\.\s+[A-Z][^.]*\b(?:would|will)\s+"
    r"(?:then\s+)?follow\b(?!\s+up)[^.]*\.?$"
    # "... by Thursday 3 June. Orientation for the new intervenor starts on Monday 21 June."
    # (round 57, h1516): what starts once someone is chosen
    rf"|(?<=[a-z0-9]){NOT_AFTER_TITLE}\.\s+(?:Orientation|Induction|Training|The\s+job|The\s+role"
    r"|The\s+contract|Onboarding)\b[^.]*\b(?:starts|begins|would\s+start|will\s+start)\b[^.]*\.?$"
)
# A visit they may invite the candidate to, typed as what they would do: ", maybe first invite
# me to visit the farm in Larissa" -> ", maybe a visit to the farm in Larissa".
_INVITED_TO = re.compile(
    r"(?i),?\s*(?:and\s+)?(?:maybe|may|might|possibly)\s+(?:first\s+)?(?:they\s+)?(?:will\s+)?"
    r"invites?\s+me\s+(?:first\s+)?to\s+(?:visit|see|tour)\s+(?P<what>[^,.;]+?)(?:\s+first)?"
    r"(?=\s*[,.;]|\s*$)"
)
# A step inside the company told before the candidate's own news: "Dr. N said the panel will
# submit its recommendation to the Secretary General by the end of May, and that candidates will
# be informed by mid-June": the candidates' time is the one to hear by.
_HANDOFF = re.compile(
    r"(?i)^(?:(?:(?:Dr|Mr|Ms|Mrs|Prof)\.\s+)?[^,.;]*?\bsaid\s+(?:that\s+)?)?"
    r"(?:the\s+panel|they|he|she|the\s+committee)\s+will\s+"
    r"(?:submit|send|pass|forward|present|give)\s+(?:its|their|his|her)\s+(?:recommendation|notes"
    r"|report|findings|shortlist)\b[^,.;]*[,.;]\s*(?:and\s+(?:that\s+)?)?"
    r"(?=(?:candidates|applicants|I|HR|they)\b)"
)
# What the next step is, told after whatever came before it: the step is what follows.
_STEP_IS = re.compile(
    r"(?i)(?:^|,?\s+and\s+that\s+|[,;]\s+|\.\s+)the\s+next\s+(?:step|stage)"
    r"\s+(?:would|will)\s+be\s+(?=an?\s|the\s)"
)
_TIMED = re.compile(
    r"(?i)\d|\b(?:by|within|next|weeks?|months?|tomorrow|soon|(?:mon|tues|wednes"
    r"|thurs|fri)day)\b"
)
