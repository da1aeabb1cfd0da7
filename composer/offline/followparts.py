"""A follow-up read by its parts, for a line the other readings of `followup` leave out.

"jan's rigging q - should have said i did the character rigs myself, simple ones but still" is
typed as parts: who asked and what ("jan's rigging q"), what was said in the room ("said 30
days notice"), the correction or addition ("its actually ...", "real answer: ...", "forgot to
mention - ..."), a yes ("yes, certified + can train operators") and notes to self ("tell
fatima", "i hedged", "dont dwell", a question to oneself). Each part is read by its head; the
notes to self are dropped, and what is left is said as one sentence in the candidate's voice:
"You asked about rigging: I should add that I did the character rigs myself." A part that
cannot be read, or a clause that fails the sentence gate, leaves the line out, as before.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from composer import regexes as re
from composer.english import SPELLED_DIGITS as _SMALL
from composer.offline import lexicon, phrasebook
from composer.offline.followjoin import joined, mended
from composer.offline.followtidy import FIX_HEAD, not_figure
from composer.offline.lastgate import last_gate
from composer.offline.phrasebook import Variation, fitting
from composer.offline.phrases import analyse
from composer.offline.realise import needs_article
from composer.offline.selftalk import FUMBLED, NOTE_HEAD
from composer.offline.shorthand import expand
from composer.offline.slips import reported
from composer.offline.wellformed import problem
from composer.offline.words import AUXILIARIES, BE, FIRST_PERSON, SUBJECT_PRONOUNS

__all__ = ["answer_head", "by_parts", "question_only", "to_self", "told", "whose_question"]
# A note to pass the line on to someone: "tell fatima" (the letter to them says it).
_TELL = re.compile(r"^(?:tell|let) (?P<who>[a-z][\w-]*)(?: know)?$", re.IGNORECASE)

# Where one part ends and the next starts: a dash, a semicolon, a full stop, a colon after a
# question ("james' socket q: ..."), a comma before a note to self or a correction's head.
_SPLIT = re.compile(
    r"\s+[-–—]+\s+|\s*;\s+|(?<=[a-z0-9)])\.\s+|(?<=\bq):\s+|(?<=\bquestion):\s+"
    r"|\s*-+>\s*(?=(?:meant|actually|it'?s|its|it is)\b)"  # "said X -> meant Y"
    r"|,\s+(?=(?:tell|check|confirm|email|ask|its|it's|it is|actually|meant|recalculated|rechecked"
    r"|checked|still|simple|i do know|want|dont|don't|not sure|real answer|shd|shld|should"
    r"|point is|short version)\b)",
    re.IGNORECASE,
)

# A note to self: a question to oneself, an errand, a feeling about how it went.
_DID_BADLY = "|".join(sorted(FUMBLED - {"forgot", "missed"}))  # the one table (`selftalk`)
_NOTE = re.compile(
    r"^(?:also )?(?:tell|check|confirm|email|ask|send|remind|note to self"
    r"|(?:want|wanted|wanna)(?! to (?:men"
    r"tion|add|say))|need to"
    rf"|dont|don't|do not|not sure|i do know|i know it|simple ones|still|i (?:{_DID_BADLY})"
    rf"|(?:{_DID_BADLY})$|said it too|{NOTE_HEAD}"
    r"|didn'?t come up|did not come up|(?:my )?answer was)\b",
    re.IGNORECASE,
)
# Who asked and what: "jan's rigging q", "sam's q on nights", "dave asked re forklift cert",
# "the sepsis 6 question" (fluffed), "missing data q".
_WHOSE_Q = re.compile(
    r"^(?P<who>[a-z][\w-]*)(?:'s|’s|') (?:(?:q|qn|question) (?:on|about|re|abt) (?P<q2>.+)"
    r"|(?P<q>.+?) (?:q|qn|question))$",
    re.IGNORECASE,
)
_WHO_ASKED = re.compile(
    r"^(?:(?P<who>[a-z][\w.-]*(?: [a-z][\w-]*)?) )?asked (?:me )?(?:(?:re|about|abt|on)\b:? ?"
    r"(?P<q>[^,]+?)|(?P<if>if|whether) (?P<yn>.+)|(?P<wh>(?:how|what|why) [^,]+?))"
    r"(?:,? (?:and )?(?:i )?(?=said )(?P<s>.+))?$",
    re.IGNORECASE,
)
_BARE_Q = re.compile(
    r"^(?:(?:i )?(?:fluffed|flubbed|blanked on|botched|messed up) )?(?:on )?(?:the )?"
    r"(?P<q>[\w .+/-]+?) (?:q|qn|question)$",
    re.IGNORECASE,
)
# "on the case study i said DSCR 1.1x": the question, then what was said.
_ON_SAID = re.compile(r"^on (?:the )?(?P<q>[\w .+/-]+?),? i (?:said|answered) (?P<s>.+)$", re.I)
_SAID = re.compile(
    r"^(?:i )?(?:said|told (?:her|him|them"
    r"|(?-i:(?:(?:Dr|Prof|Mr|Ms|Mrs|Capt)\.? )?[A-ZÀ-Þ][a-zà-ÿ]+))|answered) (?P<s>.+)$",
    re.I,
)  # "told Tomás I have 5 birds": a panellist named, not an object
# The correction or the better answer.
_CORRECTION = re.compile(
    r"^(?:(?P<it>it'?s|its|it is|that'?s) (?:actually )?|(?P<figure>actually,? |meant:? )"
    r"(?=~?\d[\d.,]*(?:\s?[-–]\s?\d+)?\s*(?:[a-z%³]+\s*)?(?:(?:at|in|for|on|per|a|an)\b.*)?$)"
    r"|actually,? |(?P<real>(?:the )?(?:(?:real"
    r"|actual|right|short|better|proper) answer(?: is| was)?|point is|short version):? )"
    r"|(?:not quite|not exactly|not really),? "
    r"|(?:i )?(?:should have|should've|shouldve|shld have|shd have|shld've|shd've|shld|shd"
    r"|should|wish i'?d|meant to) (?:said|say|mentioned|mention|added|add)(?: that)?:? )"
    r"(?P<c>.+)$",
    re.IGNORECASE,
)
_CHECKED = re.compile(r"^(?:recalculated|rechecked|checked(?: my [\w ]+)?|looked it up)$", re.I)
_ADDITION = re.compile(
    r"^(?:(?:i )?(?:forgot to|didn'?t|did not|meant to) (?:mention|say|add)(?: that)?:?"
    r"|(?:also )?mention(?: that)?|also|\+|and also)(?: (?P<c>.+))?$",
    re.IGNORECASE,
)
# Done already, typed after the content: "mention my card renews in march - booked already".
_DONE = re.compile(r"^(?:already )?(?P<v>booked|paid|applied|arranged)(?: (?:it )?already)?$", re.I)
_YES = re.compile(r"^(?:(?:the )?answer is )?(?:yes|yep|yeah)\b[,:]?\s*(?P<c>.*)$", re.I)

# A clause's first words as typed without "I": "have own van", "certified + can train".
_OWN = re.compile(r"^(?:have|got) (?:my )?own\b", re.IGNORECASE)
_MODAL = re.compile(r"^(?:can|could|will|would|do|did|have|had|am|was)\b", re.IGNORECASE)
_SELF = re.compile(r"(?i)\b(?:forgot|should have|should've|shld|shd|wish I'?d|meant to)\b")
_NOT = " not (?:\\d|just\\b)"  # "20 months of X, not 16": the figure corrected
_STATES = "trained|certified|qualified|registered|licensed|experienced|based"
_ADJ = re.compile(r"^(?:happy|glad|keen|willing|able|fine|ok|okay|certified|qualified)\b", re.I)


@dataclass
class _Item:
    who: str | None = None
    topic: str | None = None
    said: str | None = None
    kind: str = ""  # "correction", "answer" (the real one), "addition", "yes", "fact"
    text: str = ""
    how: bool = False  # the question is typed as asked: "how I would deal with ..."


def _parts(value: str) -> list[str]:
    value = _TITLE_STOP.sub(r"\1 ", " ".join(value.split()))  # "told Dr. Virtanen": no part ends
    return [p.strip(" ,.!") for p in _SPLIT.split(value) if p.strip(" ,.!")]


_TITLE_STOP = re.compile(r"(?<=\btold )(Dr|Prof|Mr|Ms|Mrs|Capt|Eng|Engr)\. (?=[A-Z][a-z])")


def whose_question(value: str) -> str | None:
    """Who asked, as typed before the question's first dash ("jan's rigging q"), or None."""
    parts = _parts(value)
    found = _WHOSE_Q.match(parts[0]) if parts else None
    return found["who"] if found else None


def question_only(value: str) -> bool:
    """True when `value` is only who asked what ("sam's q on nights"), its answer to come."""
    parts = _parts(value)
    asked = _WHO_ASKED.match(parts[0]) if len(parts) == 1 else None
    return len(parts) == 1 and bool(_WHOSE_Q.match(parts[0]) or (asked and asked["q"]))


def answer_head(value: str) -> bool:
    """True when `value` opens as the answer to a question typed before it ("real answer:
    ...", "its actually 264", "yes, ...", "checked my logbook - ...")."""
    first = _parts(value)[:1]
    return bool(first) and any(p.match(first[0]) for p in (_CORRECTION, _YES, _CHECKED))


def to_self(value: str, *, whole: bool = True) -> bool:
    """True when every part of `value` (not `whole`: any part) is a note to self ("check
    parking"; "fluffed the ECMO bit, dont dwell" holds one)."""
    parts = _parts(re.sub(r"(?i)^(?:also|and|plus|\+)\s*", "", value))
    notes = [p.endswith("?") or bool(_NOTE.match(p)) for p in parts]
    return bool(parts) and (all(notes) if whole else any(notes))


def told(value: str) -> str | None:
    """Whom the note says to tell ("said 30 days notice - ..., tell fatima"), or None."""
    names = [t["who"] for t in map(_TELL.match, _parts(value)) if t]
    return names[0] if len(names) == 1 else None


def _items(value: str) -> list[_Item] | None:
    """The items of the line, each a question (if any), what was said, and the content; None
    when a part cannot be read."""
    items: list[_Item] = []
    item = _Item()
    pending = ""  # a head with its content in the next part ("forgot to mention - ...")
    for part in _parts(value):
        if part.endswith("?") or _NOTE.match(part):
            continue
        if found := (_WHOSE_Q.match(part) or _WHO_ASKED.match(part)):
            if item.text:
                items.append(item)
            wh = found.groupdict().get("wh")
            topic = found["q"] or found.groupdict().get("q2") or _asked_as_said(wh)
            if topic is None:  # "asked if i could do X": a yes or no question
                return None
            item = _Item(who=found.groupdict().get("who"), topic=topic, how=bool(wh))
            if found.groupdict().get("s"):  # "Chef asked abt pastry, said not my strength"
                item.said = _SAID.match(found["s"])["s"]  # type: ignore[index]
            continue
        if found := _ON_SAID.match(part):
            item.topic, item.said = found["q"], found["s"]
            continue
        if found := _BARE_Q.match(part):
            item.topic = found["q"]
            continue
        if found := _SAID.match(part):  # after an item's content, the next item's: "X. said Y"
            items, item = ([*items, item], _Item()) if item.text else (items, item)
            item.said = found["s"]
            continue
        if (done := _DONE.match(part)) and item.text:  # ", and I have already booked it"
            item.text += f", and I have already {done['v'].lower()}"
            item.text += "" if done["v"].lower() == "applied" else " it"
            continue
        if _CHECKED.match(part):
            pending = "correction"
            continue
        kind, content = _headed(part)
        if kind and not content:  # "forgot to mention - ...": the content is the next part
            pending = kind
            continue
        if not kind:
            if item.text or not (pending or item.said or item.topic):
                return None  # a part after the content, or alone, that no head explains
            kind, content = pending or "fact", part
        if item.text:
            items.append(item)
            item = _Item()
        item.kind, item.text, pending = kind, content, ""
    if item.said and not item.text:
        return None  # what was said with nothing read after it: a part lost, never said in part
    return ([*items, item] if item.text else items) or None


def _headed(part: str) -> tuple[str, str]:
    """The kind of content a part's head marks ("yes", "correction", "addition") and what
    follows it, or ("", "") for a part with no such head."""
    heads = (("yes", _YES), ("correction", _CORRECTION), ("addition", _ADDITION), ("fix", FIX_HEAD))
    for kind, pattern in heads:
        if found := pattern.match(part):
            if (found.groupdict().get("it") or found.groupdict().get("figure")) and found["c"]:
                # "its actually one month", "-> meant 12-16 hrs": what it is
                return kind, f"it is {found['c']}"
            if found.groupdict().get("real"):  # "real answer: stay on theme": the answer
                return "answer", found["c"]
            return kind, found["c"] or ""
    return "", ""


# A question said back ("how I would deal with X") holds a subject or an auxiliary verb.
_SAYS_BACK = BE | AUXILIARIES | SUBJECT_PRONOUNS | FIRST_PERSON | {"you", "id", "im", "ive"}


def _asked_as_said(question: str | None) -> str | None:
    """The question as the letter says it back ("how I would deal with X"), or None."""
    if question is None:
        return None
    if not _SAYS_BACK & set(re.findall(r"[\w']+", question.lower())):
        return None  # "how many cases as primary": no verb to say it back with
    said = re.sub(r"(?i)\b(?:i'd|id)\b", "I would", question)
    said = re.sub(r"(?i)\bi'm\b", "I am", said)
    return re.sub(r"\bi\b", "I", said)


def _clause(text: str, answer: bool = False) -> str | None:
    """The content as a clause of the candidate's ("have own van" -> "I have my own van"), or
    None when it does not read as one; an `answer` typed from a bare verb ("stay on theme") is
    what the candidate would do."""
    said = mended(expand(not_figure(_ranged(text.strip(" ,.")))))  # "20 months of X, not 16"
    said = _SHOUTED.sub(lambda m: m[0].lower(), said)  # "I DON'T have the trailer": stressed
    # "real figure 22%" (after "said 18%"): the figure, said as one
    said = re.sub(
        r"(?i)^(?:the )?(real|actual|correct|right) (figure|number) (?:is )?",
        r"the \1 \2 is ",
        said,
    )
    # "GNSS tie yearly, not monthly": how often, put right
    said = _HOW_OFTEN.sub(r"the \g<what> is \g<a>, not \g<b>", said)
    said = re.sub(r"\b(?:don't|do not) have (.+?) any ?more\b", r"no longer have \1", said)
    # "re-sampled 6 days, only interpolated 2": a second deed of the same subject, joined
    words = [w for w in said.lower().split()[:3] if w not in ("i", "we") and not w.endswith("ly")]
    deed = bool(words) and lexicon.is_past(re.sub(r"^re-", "", words[0]))  # "re-sampled"
    joined = re.sub(  # after a deed, "and"; after a state ("fine w/ it, did 8 show weeks"), unsure
        r", (?=(?:only |also )?(\w+)\b)",
        lambda m: " and " if lexicon.is_past(m[1].lower()) and m[1] not in _STATES else m[0],
        said,
    )
    if joined != said and not deed:
        return None
    said = joined
    said = re.sub(r" and (?=full set\b)", " and a ", said)
    # "trained on UV" after a comma: a state of the candidate's, "and I am trained on UV"
    said = re.sub(rf", (?:and )?(?=(?:{_STATES})\b)", ", and I am ", said)
    # "used it 4 yrs": how long, with its "for"
    said = re.sub(r"\b(it|them) (?=(?:\w+ )?(?:years?|months?|weeks?)\b)", r"\1 for ", said)
    said = re.sub(r"\bI'm\b", "I am", re.sub(r"\bI've\b", "I have", said))
    if _SELF.search(said):
        return None  # "gave the example but forgot to say ...": a note to self inside
    said = re.sub(r"^its\b|^it's\b", "it is", said, flags=re.IGNORECASE)
    said = re.sub(r"^(?:I'd|id)\b(?! \w+ed\b)", "I would", said)  # "id have a backup list"
    first = said.split()[0] if said.split() else ""
    if _OWN.match(said):
        said = re.sub(r"(?i)^(have|got) (?:my )?own", "I have my own", said)
    elif re.match(r"^(?:I|we|my|it|it is|there)\b|^the [\w -]+? is ", said):
        pass  # "the real figure is 22%", "the GNSS tie is yearly, not monthly": whole
    elif _ADJ.match(said):
        said = f"I am {said}"
    elif _MODAL.match(said) or lexicon.is_past(first.lower()):
        said = f"I {said}"
    elif answer and lexicon.is_base_verb(first.lower()):
        said = re.sub(  # "stay on theme, revisit it after peak": two things it would do
            r", (?=(\w+)\b)",
            lambda m: " and " if lexicon.is_base_verb(m[1].lower()) else m[0],
            f"I would {said}",
        )
        if re.search(r" and \w+ (?:after|before|later|next)\b", said):
            return None  # "revisit after peak": revisit what, unsaid
    else:
        return None
    said = re.sub(r"(?i)\bI am (certified|qualified) and can\b", r"I am \1, and I can", said)
    # "I used it for four years": a span up to now, "I have used it"
    said = re.sub(r"^I (\w+)(?= (?:it|them) for \w+ (?:years|months)\b)", _perfect, said)
    if re.search(
        rf",(?!\d{{3}}\b)(?! (?:and|but) (?:I|we|it)\b| which\b|{_NOT}|{_ONLY})"
        r"|\b\d+ (?:\w+ )?in \d+\b",
        said,
    ):
        return None  # "got my C licence, no response driving yet": a piece left loose
    return None if problem(f"{said[0].upper()}{said[1:]}.") else said


_OFTEN = "daily|weekly|monthly|quarterly|yearly|annually|annual|every year|every month"
_HOW_OFTEN = re.compile(
    rf"(?i)^(?P<what>[A-Za-z][\w -]{{2,40}}?) (?P<a>{_OFTEN}),? not (?P<b>{_OFTEN})$"
)
# Words typed in capitals for stress, said plainly: "I DON'T have the trailer anymore".
_SHOUTED = re.compile(r"\b(?:DON'T|DO NOT|NOT|CAN'T|CANNOT|DIDN'T|NEVER|ALREADY|ONLY|DO|DID)\b")
_ONLY = (  # "I no longer have the trailer, only the van"; "is yearly, not monthly"
    rf" only (?:the|my|a|an) [\w -]+$| not (?:{_OFTEN})$"
)


def _perfect(found: re.Match[str]) -> str:
    base = lexicon.base_of(found[1])
    done = lexicon.verb_forms(base).get("VBN") if base and lexicon.is_past(found[1]) else None
    return f"I have {done}" if done else found[0]


# A figure with its unit: "12 to 16 hours", "180 tonnes", "4%".
_NUMBER = r"(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_FIGURE = (
    rf"{_NUMBER}(?: to {_NUMBER})? ?(?:hours|days|weeks|months|years|seasons|tonnes|tons|kg|km"
    r"|m3|m³|m|%)"
)


_NO_THING = frozenset(("was", "is", "were", "are", "be", "been", "has", "had", "have", "would"))


def _figure_for(found: re.Match[str]) -> str:
    """ "hopper 11,000 m3" -> "11,000 m3 for the hopper"; "withering 14 to 16 hours" -> "14 to
    16 hours for withering" (an -ing word names a process, with no article)."""
    np = found["np"]
    if any(w in _NO_THING or lexicon.is_past(w) for w in np.split()):
        return found[0]  # "my notice was 30 days": a clause, said as typed
    last = np.split()[-1]
    the = "" if last.endswith("ing") or lexicon.is_plural_noun(last) else "the "
    return f"{found['fig']} for {the}{np}"


def _ranged(text: str) -> str:
    """ "14-16 hrs" -> "14 to 16 hrs": a range said in words before its unit."""
    return re.sub(r"\b(\d+)\s*[-–]\s*(\d+)(?=\s*[a-z%])", r"\1 to \2", text)


def _said_in_room(text: str) -> str | None:
    """What was said in the room, as "I said ..."'s object, or None when unsure."""
    said = re.sub(r"(?<=\d) (days|weeks|months) notice\b", r" \1' notice", text.strip(" ,."))
    said = _ranged(expand(said))
    # "withering 14-16 hours": the figure said for its thing ("14 to 16 hours for withering")
    said = re.sub(rf"^(?P<np>[a-z][a-z ]{{2,30}}?) (?P<fig>~?{_FIGURE})$", _figure_for, said)
    had = re.match(r"I'd (?:(?:only|never|already|just) )?(\w+)", said)  # "I'd only observed"
    said = re.sub(r"^I'd\b", "I had" if had and lexicon.is_participle(had[1]) else "I would", said)
    said = re.sub(r"^not\b", "it was not", said)  # "said not my strength"
    if re.match(r"(?i)^(?:yes|no|prob|probably|maybe)\b", said) or " but " in said:
        return None
    said = (reported(f"I said {said}") or "")[len("I said ") :]  # "I only had my G2"
    return None if problem(f"I said {said}.") else said


def by_parts(
    value: str | None,
    tone: str,
    channel: str,
    variation: Variation,
    *,
    fits: Callable[[str], bool] = lambda _: True,
    figures: bool = False,
) -> str | None:
    """The follow-up read by its parts (see the module), or None to leave it out. With
    `figures`, only a line that corrects what was said ("said 30 days - its one month"): the
    other readings would keep the new figure alone ("One more point: one calendar month")."""
    items = _items(value or "")
    if not items or len({i.who.lower() for i in items if i.who}) > 1:
        return None  # two askers: each is owed their own letter, never one for both
    if figures and not any(i.said and i.text.startswith("it is ") for i in items):
        return None
    lines = []
    for item in items[:2]:
        line = _line(item, tone, channel, variation, fits)
        if line is None:
            return None
        lines.append(line)
    return joined(lines)  # "I should also have mentioned that A, and that B."


def _line(
    item: _Item, tone: str, channel: str, variation: Variation, fits: Callable[[str], bool]
) -> str | None:
    clause = _clause(item.text, answer=item.kind == "answer")
    if clause is None:
        return None
    said = _said_in_room(item.said) if item.said else None
    if item.said and said is None:
        return None
    topic = expand(item.topic) if item.topic else None
    if topic and not item.how and needs_article(analyse(topic)):
        topic = f"the {topic}"  # "You asked about the forklift certificate"
    if item.kind == "yes" and not topic:
        return None  # a yes to a question the line does not hold; "about SOE: yes" is not said
    if said:
        # "I said four months for the internship, but it is six months": the unit said again
        unit = re.search(rf"\b{_FIGURE}", said)
        bare = re.fullmatch(rf"it (?:is|was) (?:about )?{_NUMBER}", clause)
        if unit and bare:
            clause = f"{clause} {unit[0].split()[-1]}"
            count = re.match(r"it (is|was) (about )?(\d+)\b", clause)
            if count and count[3] in _SMALL:  # "it is 3 years" -> "it is three years"
                number = f"{count[2] or ''}{_SMALL[count[3]]}"
                clause = f"it {count[1]} {number}{clause[count.end() :]}"
            if re.search(r"\b(?:years?|months?) (?:at|with|in) ", said):  # a stint: over
                clause = clause.replace("it is ", "it was ", 1)
        if bare and re.search(r"\b(?:in|to) (?:19|20)\d\d$", said):  # "12 beaches in 2030": a year
            clause = clause.replace("it is ", "it was ", 1)  # gone by (round 55, h1490)
        # "told Tomás I have 5 birds - it's 4 now": what the candidate has now, said so
        had = re.fullmatch(rf"I (?:had|have) {_NUMBER} [a-z]+s", said)
        now = re.fullmatch(rf"it is ({_NUMBER}) now\b(.*)", clause)
        if had and now:
            clause = f"I have {_SMALL.get(now[1], now[1])} now{now[2]}"
        clause = f"I said {said}, but {clause}"
    if topic and item.how:
        section = "follow_up_asked_how"
    elif topic and item.who:
        section = "follow_up_asked"
    elif topic:
        section = "follow_up_on"
    elif said or item.kind == "fix":  # "correction - i have 20 months ..., not 16"
        section = "follow_up_corrected"
    elif item.kind == "addition":
        section = "follow_up_forgot"
    else:
        section = "follow_up_clause"
    if topic and not said and item.kind in ("correction", "addition"):
        clause = f"I should add that {clause}"  # what should have been said, added now
    options = fitting(phrasebook.wordings(section, tone, channel), fits)
    line = variation.pick("follow_up", options).format(clause=clause, topic=topic or "")
    return None if last_gate(line) else line  # "the kinderapp spots": a name unsure
