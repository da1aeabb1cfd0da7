"""Counted work typed as a CV line: people counted and what was done with them ("200+ staff
trained on new triage" -> "I trained more than 200 staff on new triage"), a task over a count
("managed review of 80k docs"), and work done often or a clean record ("about 15 GAs a week
monitoring solo", "0 lost-time injuries two years running on my shift")."""

from __future__ import annotations

from composer import regexes as re
from composer.offline import cvshares, lexicon
from composer.offline.cvresults import NUMBER, PEOPLE_VERBS
from composer.offline.realise import Clause
from composer.offline.words import GROUP_NOUNS


def done_to(text: str) -> tuple[str, Clause] | None:
    """People counted, then what was done with them: "200+ staff trained on new triage" ->
    "I trained more than 200 staff on new triage"; "managed review of 80k docs" -> "I managed
    the review of 80,000 documents"."""
    people = re.fullmatch(
        rf"(?P<n>{NUMBER}) (?P<who>[a-z][\w-]*(?: [a-z][\w-]*)?) (?P<verb>{PEOPLE_VERBS})"
        r"(?P<rest> (?:on|in|at|for|as|across|through) .+)?",
        text,
    )
    if people:
        count = cvshares.spelled(people.group("n"))
        rest = people.group("rest") or ""
        return "achievement", Clause(
            "I", people.group("verb"), f"{count} {people.group('who')}{rest}"
        )
    task = re.fullmatch(
        r"(?P<verb>managed|led|ran|coordinated|oversaw|ran) (?P<what>[a-z][\w-]*(?: [a-z][\w-]*)?)"
        r" of (?P<rest>(?:about |over |more than )?\d.+)",
        text,
    )
    if task and lexicon.is_noun(task.group("what").split()[-1]):
        what = task.group("what")  # "led the digitisation of ...": its own article kept
        owned = re.match(r"(?:the|a|an|my|our|their|his|her|its|this|that) ", what)
        # "led team of 14": a group sized by its count is one of many ("a team of 14"); a task
        # over a count is the one named ("the review of 80,000 documents")
        sized = what.split()[-1] in GROUP_NOUNS
        article = "" if owned else "a " if sized else "the "
        said = f"{article}{what} of {task.group('rest')}"
        return "achievement", Clause("I", task.group("verb"), said)
    return None


_PERIOD = r"(?:a|per|each|every) (?:day|week|month|shift|night|year)"
# A record of none, typed bare: "zero breakthroughs", "0 lost-time incidents"; and the span it
# was kept over ("6 seasons", "31 months"; as typed, also "3 yrs").
_NONE_OF = r"(?:0|zero|no) (?:[\w-]+ )?[\w-]+s"
_COUNT = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten)"
_SPAN = rf"{_COUNT} (?:seasons|years|months)"
_SPAN_TYPED = rf"{_COUNT} (?:seasons|yrs?|years|months)"


def habit(text: str) -> tuple[str, Clause] | None:
    """Work done often, typed as a count and what is done: "about 15 GAs a week monitoring
    solo" -> "I monitor about 15 GAs a week on my own"; "0 lost-time injuries two years
    running on my shift" -> "My shift has had no lost-time injuries two years running"; "0 major
    NCs in 3 IATF audits" -> "I have had no major NCs in three IATF audits"."""
    often = re.fullmatch(
        rf"(?P<n>{NUMBER}) (?P<what>[\w-]+s) (?P<when>{_PERIOD}) (?P<verb>[a-z]+ing)"
        r"(?P<how> solo| alone| on my own| unsupervised)?",
        text,
    )
    verb = lexicon.base_of(often["verb"]) if often and lexicon.is_gerund(often["verb"]) else None
    if often and verb:
        how = " on my own" if often["how"] in (" solo", " alone") else often["how"] or ""
        said = f"{often['n']} {often['what']} {often['when']}{how}"
        return "skill", Clause("I", verb, said)
    # "0 LTIs 4 yrs": none in that span
    text = re.sub(
        r"^0 ((?:[\w-]+ )?[\w-]+s) (?=(?:\d+|two|three|four|five|six) years$)", r"0 \1 in ", text
    )
    # "zero breakthroughs, 6 seasons as supervisor", "zero LTI 31 months, my crew": the span
    # after a comma, an acronym's count in the singular, whose record it is after the span
    text = re.sub(rf"^({_NONE_OF}), (?={_SPAN} as )", r"\1 in ", text)
    text = re.sub(
        rf"^((?:0|zero|no) [A-Z]{{2,5}}) (?={_SPAN}(?:,? (?:on )?my [a-z]+)?$)", r"\1s in ", text
    )
    text = re.sub(rf"( in {_SPAN}),? my (?=[a-z]+$)", r"\1 on my ", text)
    # "0 LTIs 3 yrs on my team": the span, then whose record it is
    text = re.sub(
        rf"^({_NONE_OF}) ({_SPAN_TYPED}) (on|in) my ([a-z]+)$", r"\1 in \2 \3 my \4", text
    )
    # "zero lost-time incidents in my shift 3 yrs": whose record it is, typed before the span
    text = re.sub(rf"^({_NONE_OF}) in my ([a-z]+),? (?:in )?({_SPAN})$", r"\1 in \3 in my \2", text)
    # "0 LTI in 3 yrs": an initialism counted typed without its plural (round 49, h1390)
    text = re.sub(r"^((?:0|zero|no) [A-Z]{2,5})(?= (?:in|over|across|since) )", r"\1s", text)
    # a figure typed 0 ("0 LTIs in 8 yrs", "0 LTIs since 2023") is said "no" over any span
    more = r"|seven|eight|nine|ten" if text.startswith("0 ") else ""
    since = r"|since (?:19|20)\d\d" if text.startswith("0 ") else ""
    none = re.fullmatch(
        r"(?:0|zero|no) (?P<what>(?:[\w-]+ )?[\w-]+s) (?P<when>(?:two|three|four|five|\d+) years"
        rf" running|(?:in|over|across) (?:the (?:last|past) )?(?:two|three|four|five|six{more}"
        r"|\d+) (?:[A-Z]{2,6} )?(?:years|months|audits|inspections|seasons)"
        rf"(?: as (?:a |an )?[a-z]+(?: [a-z]+)?)?{since})"
        r"(?P<where> (?:on|in|at) my [a-z]+)?",
        text,
    )
    head = none["what"].split()[-1] if none else ""
    if none and (lexicon.is_plural_noun(head) or re.fullmatch(r"[A-Z]{2,5}s", head)):
        where = (none["where"] or "").split()
        if where:  # "on my shift" -> "My shift has had ..."
            place = where[-1]  # "my crews have had", "my shift has had"
            has = "have" if lexicon.is_plural_noun(place) and not place.endswith("ss") else "has"
            said = f"My {place} {has} had no {none['what']} {none['when']}"
            return "achievement", Clause("", "", "", whole=said)
        return "achievement", Clause("I", "have had", f"no {none['what']} {none['when']}")
    # "No decompression incidents on any team I have led" (round 49, h1388): none, on their watch
    led = re.fullmatch(
        r"(?i)(?:0|zero|no) (?P<what>(?:[\w-]+ )?[\w-]+s) (?P<where>on (?:any|every) [a-z]+ "
        r"(?:I have|I've) (?:led|run|managed|supervised|skippered))",
        text,
    )
    if led and lexicon.is_plural_noun(led["what"].split()[-1].lower()):
        said = f"There have been no {led['what']} {led['where']}"
        return "achievement", Clause("", "", "", whole=said)
    return None
