"""The follow-up and the next steps, said by the candidate in one confident sentence each.

A follow-up is often typed as a note to self ("I said I had never used Tableau; true, but I used
Power BI for three years", "mention that I can start in September"): only what the letter should
say is kept ("I used Power BI for three years") and put in a frame. Next steps are welcomed
("I look forward to a decision next week"), never logged.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from composer.offline import lexicon, phrasebook
from composer.offline.phrasebook import Variation
from composer.offline.phrases import Phrase, Shape, analyse
from composer.offline.realise import clause, sentence, with_article
from composer.offline.screen import is_instruction

# What the note says the answer was about: "asked about telemetry", "never used Tableau".
_ABOUT = re.compile(
    r"(?:asked(?: me)? about|question (?:on|about)|never used|not used"
    r"|no experience (?:with|of|in))"
    r"\s+(?P<topic>[\w][\w .+#/&-]*?)(?=\s*(?:[-,;.!?:]|\bin a\b|\bbut\b|\bI\b|$))",
    re.IGNORECASE,
)
# Where the note gives what the letter should say: "real answer: ...", "... but I used ...".
_ANSWER = re.compile(
    r"(?:real answer|correction|in fact|actually)\s*[:,]?\s*(?P<a>I\b.+|(?<=:)\s*.+)$"
    r"|\bbut\s+(?P<b>I\b.+)$",
    re.IGNORECASE,
)
_TO_SELF = re.compile(
    r"^(?:(?:remember|don't forget|do not forget)\s+to\s+|(?:I\s+)?(?:forgot|didn't\s+get"
    r"|did\s+not\s+get|never\s+got|meant)\s+to\s+|(?:I\s+)?(?:didn't|did\s+not)\s+)?"
    r"(?:mention|say|tell\s+"
    r"(?:them|her|him)|add|clarify|explain|note)\s+(?:that\s+)?(?P<rest>.+)$",
    re.IGNORECASE,
)
_TAIL = re.compile(
    r"[,;\s-]*(?:mention|say|add|stress|flag)\s+(?:that|it|this|so)\s*[.!]*$", re.IGNORECASE
)
_SOFTENERS = re.compile(r"^(?:that|maybe|perhaps|also)\s+", re.IGNORECASE)
# Signs of a note to self that cannot be turned into a clean sentence: left out, and said so.
_MESSY = re.compile(r"\s-\s|!!|\bthough\b|\blol\b|\btbh\b|\?|\.\.\.|\bcould be\b", re.I)
_SHORT = (("yrs", "years"), ("yr", "year"), ("mos", "months"))


def _lower_start(text: str) -> str:
    first = text.split(" ", 1)[0]
    if first in ("I", "I'm", "I've", "I'd", "I'll") or (first[1:] and not first[1:].islower()):
        return text
    if first.lower() in ("my", "the", "a", "an", "our", "this", "that", "these", "those", "it"):
        return text[0].lower() + text[1:]
    return text


def follow_up_core(
    value: str | None, common: frozenset[str] = frozenset()
) -> tuple[Phrase, str | None] | None:
    """What the follow-up should say and the answer it adds to; None to leave it out.

    "I said I had never used Tableau; true, but I used Power BI for three years" -> ("I used
    Power BI for three years", "Tableau"); "mention that I can start in September" -> ("I can
    start in September", None). A note too tangled to say cleanly gives None.
    """
    if not value or is_instruction(value):
        return None
    text = _TAIL.sub("", " ".join(value.split())).rstrip(".!; ")
    about = _ABOUT.search(text)
    topic = about.group("topic").strip() if about else None
    answer = _ANSWER.search(text)
    if about and not answer and " - " in text:
        text = text.split(" - ", 1)[1]  # "the question on impact - I undersold the piece"
    elif answer:
        text = (answer.group("a") or answer.group("b")).strip()
    else:
        to_self = _TO_SELF.match(text)
        if to_self:
            text = _SOFTENERS.sub("", to_self.group("rest"))
    text = _TAIL.sub("", text).rstrip(".!; ")
    caveat = _with_caveat(text)
    tidy = caveat != text  # the caveats said cleanly: no longer a tangle to leave out
    text = re.sub(r",\s+it\s+(?=\w+ed\b|was\b|is\b)", ", which ", caveat)  # comma splice
    # "I undersold the radio piece, which reached 800k": the fact, not the note to self
    fact = _UNDERSOLD.match(text)
    if fact:
        text = f"{fact['what']} {fact['rest']}"
    text = re.sub(r"(?<!,)\s+so\s+the\b", ", so the", text)
    for short, full in _SHORT:
        text = re.sub(rf"\b{short}\b", full, text)
    if not text or (_MESSY.search(text) and not tidy):
        return None
    if fact:  # built as a clause of its own: "the radio piece reached 800k listeners"
        return Phrase(text[0].lower() + text[1:], Shape.CLAUSE, value), topic
    return analyse(text, common), topic


def follow_up_line(
    value: str | None,
    common: frozenset[str],
    tone: str,
    channel: str,
    variation: Variation,
    *,
    fits: Callable[[str], bool] = lambda _: True,
) -> str | None:
    """The follow-up as one sentence in the candidate's voice, or None to leave it out.

    `fits` turns down a wording the letter would rather not use (one that repeats its words).
    """
    sent = promised(value)
    if sent is not None:
        what, link = sent
        section = "follow_up_link" if link else f"follow_up_enclose_{channel}"
        if section not in phrasebook.BOOK:
            section = "follow_up_link"
        options = _fitting(phrasebook.wordings(section, tone, channel), fits)
        return variation.pick("follow_up", options).format(what=what)
    core = follow_up_core(value, common)
    if core is None:
        return None
    phrase, topic = core
    if phrase.shape in (Shape.FIRST_PERSON, Shape.CLAUSE, Shape.PAST):
        said_clause = clause(phrase)
        assert said_clause is not None
        body = _lower_start(said_clause.text())
        section = "follow_up_answer" if topic else "follow_up_clause"
        if not topic and _FORGOT.match(value or ""):
            section = "follow_up_forgot"
        options = _fitting(phrasebook.wordings(section, tone, channel), fits)
        return variation.pick("follow_up", options).format(clause=body, topic=topic or "")
    if phrase.shape is Shape.BASE:
        options = _fitting(phrasebook.wordings("follow_up_vp", tone, channel), fits)
        return variation.pick("follow_up", options).format(vp=phrase.text)
    if phrase.shape in (Shape.ADJECTIVE, Shape.PARTICIPLE, Shape.ROLE):
        said_clause = clause(phrase)
        assert said_clause is not None
        options = _fitting(phrasebook.wordings("follow_up_clause", tone, channel), fits)
        return variation.pick("follow_up", options).format(clause=said_clause.text())
    if phrase.shape in (Shape.NOUN, Shape.GERUND):
        options = _fitting(phrasebook.wordings("follow_up_np", tone, channel), fits)
        return variation.pick("follow_up", options).format(np=phrase.text)
    return None


def _fitting(options: tuple[str, ...], fits: Callable[[str], bool]) -> tuple[str, ...]:
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
) -> str:
    """The next step welcomed: "I look forward to a decision next week" (no final stop).

    `fits` turns down a wording the letter would rather not use (one that repeats its words).
    """

    def _pick(variation: Variation, section: str, tone: str, channel: str) -> str:
        options = _fitting(phrasebook.wordings(section, tone, channel), fits)
        return variation.pick(section, options).rstrip(".")

    if value and not is_instruction(value):
        value = _RE_TAIL.sub("", _END_OF.sub("by the end of", value))
        value = _SMALL_NUMBER.sub(lambda m: f"{_NUMBER_WORDS[int(m[1])]} {m[2]}", value)
        value = _BARE_DAY.sub(r"on \g<0>", value)
        if presumes(value):
            return _pick(variation, "next_none", tone, channel)
        hoped = _IF_I_PASS.sub("", value)
        if hoped != value and hoped.strip():
            phrase = analyse(hoped, common)
            if phrase.shape in (Shape.NOUN, Shape.GERUND, Shape.ROLE):
                steps = with_article(phrase)
                return _pick(variation, "next_hope", tone, channel).format(steps=steps)
        heard = hearing_from(hoped.strip().rstrip(".!; ") or value)
        if heard is not None:
            who, time = heard
            section = "next_hear" if who == "you" else "next_hear_from"
            line = _pick(variation, section, tone, channel)
            return line.format(who=who, time=time).replace(" .", ".").rstrip()
        phrase = analyse(value, common)
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
        if phrase.shape is Shape.CLAUSE:
            said = _lower_start(_to_them(phrase.text))
            first = said.split(" ", 1)[0]
            if first.islower() and lexicon.is_noun(first) and first not in _PRONOUNS:
                said = "the " + said  # "start date would be May 1" -> "the start date ..."
            return _pick(variation, "next_clause", tone, channel).format(clause=said)
        if phrase.shape is Shape.FIRST_PERSON:  # "I will hear back by Friday"
            rest = _pick(variation, "next_none", tone, channel)
            return f"{sentence(phrase.text)[:-1]}, and {rest}"
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
    r"|either\s+way))*(?P<rest>.*)$",
    re.IGNORECASE,
)
# "the board meets on 21 October to decide": hearing from them after the meeting.
_MEETS = re.compile(
    r"^(?P<who>the\s+(?:[\w-]+\s+){0,2}?(?:board|panel|committee|team|partners|trustees"
    r"|governors|council|directors))\s+(?P<verb>meets|convenes|sits|reviews\s+[\w\s]+?"
    r"|decides|votes)(?P<rest>\s+(?:on|in|at|by|before|next|this|after|early|late|mid|later)\b.*?)"
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


def hearing_from(value: str) -> tuple[str, str] | None:
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
        return ("you", rest) if not rest or _TIME.match(rest) else None
    meets = _MEETS.match(text)
    if meets:
        who = meets.group("who")
        said = f"{who[0].lower()}{who[1:]} {meets.group('verb')}{meets.group('rest')}"
        return "you", f"after {said}"
    contact = _CONTACT.match(text)
    if contact is None:
        return None
    rest = contact.group("rest").strip().lstrip(",").strip()
    if rest and not _TIME.match(rest):
        return None  # "they will call to arrange a site visit": said another way
    who = contact.group("who").strip()
    lower = who.lower()
    if lower in _THEM:
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


# A follow-up the candidate did not get to say: "forgot to say ...", "didn't mention ...".
_FORGOT = re.compile(
    r"^(?:I\s+)?(?:forgot\s+to|didn't\s+get\s+to|did\s+not\s+get\s+to|never\s+got\s+to"
    r"|meant\s+to)\s+(?:say|mention|tell)|^(?:I\s+)?(?:didn't|did\s+not)\s+mention",
    re.IGNORECASE,
)
# "I undersold the piece, it reached 800k listeners": what the letter says is the fact.
_UNDERSOLD = re.compile(
    r"^I\s+(?:undersold|underplayed|understated|downplayed|glossed\s+over|forgot\s+to\s+mention"
    r"|did\s*n[o']t\s+mention|should\s+have\s+mentioned)\s+(?P<what>(?:the|my|our)\s+[^,]+?)"
    r",\s+(?:which|it)\s+(?P<rest>\w+ed\b.*|was\b.*|is\b.*)$",
    re.IGNORECASE,
)
# "I hold SC clearance, lapsed 2024 though - could be renewed": a fact and its caveats, typed
# as fragments with no subject of their own.
_CAVEAT = re.compile(
    r"^(?P<main>I\s+(?:hold|have|had|held)\s+[^,;]+?)\s*[,;]\s*(?P<past>(?:lapsed|expired|ended"
    r"|ran\s+out|elapsed)\b[^,;]*?)(?P<though>\s+though)?\s*(?:[-,;]|\s-\s)\s*"
    r"(?P<modal>(?:could|can|would|will|should)\s+be\s+\w+(?:\s+\w+){0,4})$",
    re.IGNORECASE,
)
_HELD = {"hold": "held", "have": "had"}


def _with_caveat(text: str) -> str:
    """A fact typed with its caveats as fragments, said as one sentence, or `text` unchanged.

    "I hold SC clearance, lapsed 2024 though - could be renewed" -> "I held SC clearance,
    which lapsed in 2024 but could be renewed": what lapsed is no longer held.
    """
    found = _CAVEAT.match(text)
    if found is None:
        return text
    words = found["main"].split(" ")
    words[1] = _HELD.get(words[1].lower(), words[1])
    past = re.sub(
        r"\b((?:lapsed|expired|ended|ran out|elapsed))\s+(?=(?:19|20)\d\d\b)",
        r"\1 in ",
        found["past"],
    )
    joint = "but" if found["though"] else "and"
    return f"{' '.join(words)}, which {past.strip()} {joint} {found['modal']}"


# "promised to send my writing sample", "said I'd send the deck": kept as a promise kept.
_PROMISED = re.compile(
    r"^(?:I\s+)?(?:promised|offered|agreed|said\s+I(?:'d|\s+would))\s+(?:to\s+)?send"
    r"(?:\s+(?:them|her|him|you|over))*\s+(?P<what>(?:my|the|a|an|our|two|three|some)\b.+)$",
    re.IGNORECASE,
)


def promised(value: str | None) -> tuple[str, bool] | None:
    """What the candidate promised to send, and whether it is a link; None if no promise.

    The letter encloses it ("As promised, I attach my writing sample"): the report reminds
    the candidate to attach it. A link is sent separately: the notes do not hold it.
    """
    if not value or is_instruction(value):
        return None
    found = _PROMISED.match(" ".join(value.split()).rstrip(".!; "))
    if found is None or _MESSY.search(found["what"]):
        return None
    what = found["what"]
    what = what[0].lower() + what[1:]
    return what, bool(re.search(r"\b(?:link|url|website|site)s?\b", what, re.IGNORECASE))
