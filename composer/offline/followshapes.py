"""A follow-up typed in the shapes people type the evening after an interview, said as one
sentence of the candidate's, read before the other follow-up readers: a fact forgotten
("forgot to mention my X", "should've said: X", "mention german B2"), an answer typed after its
subject ("re X: Y", "on X -> Y", "hesitated on the X q -> Y"), a correction ("correction - X",
"said A, actually B", "I said I'd never X - I have, twice"), and something to send ("send the
chart i designed - pdf", "could send my CPD log if useful", "pls remember to attach X", "link
to X: URL"). The notes to self around it ("keep it short", "(don't over-apologise!!)", "tell
her", "ugh") are never said (`selftalk`). Each piece must read as a clause of the candidate's
and the whole pass the sentence gate; else None, and the line is read as before.
"""

from __future__ import annotations

from collections.abc import Callable

from composer import regexes as re
from composer.offline import lexicon, phrasebook
from composer.offline.followfix import fixed_line
from composer.offline.followmemo import OWN_THINGS
from composer.offline.followtidy import one_also
from composer.offline.heard import months_spelled
from composer.offline.phrasebook import Variation, fitting
from composer.offline.selftalk import note_dropped
from composer.offline.shorthand import expand
from composer.offline.slipnotes import slip_said
from composer.offline.wellformed import problem
from composer.offline.words import LANGUAGES, SMALL_NUMBERS

__all__ = ["shaped"]

# A contraction of the candidate's, said in full ("I'd work" -> "I would work").
_CONTRACTIONS = (
    (
        r"\bI'd (?=(?:never |not |already |just )?(?:been|done|had|used|worked|placed|run|led|"
        r"seen|made|taken|written|given|got|met)\b)",
        "I had ",
    ),
    (r"\bI'd\b", "I would"),
    (r"\bI've\b", "I have"),
    (r"\bI'm\b", "I am"),
    (r"\bI'll\b", "I will"),
    (r"\b(?:it's|its)\b(?= (?:more|actually|really|about|closer|nearer|only|just|\d))", "it is"),
    (r"\bcan't\b", "cannot"),
    (r"\bdon't\b", "do not"),
    (r"\bdidn't\b", "did not"),
    (r"\bhadn't\b", "had not"),
    (r"\bhaven't\b", "have not"),
    (r"\bbc\b|\bb/c\b", "because"),
    (r"\btill\b", "until"),
    (r"\bw/o\b", "without"),
    (r"\bcerts\b", "certificates"),
    (r"\bcert\b", "certificate"),
)
_WILLING = re.compile(
    r"^(?:happy|glad|keen|willing|able|ready|comfortable|fluent|available|open)\b", re.I
)
_MODAL = re.compile(r"^(?:could|can|will|would|should|am|have|had|hold|speak|know|do|did)\b")
_YES = re.compile(r"^(?:yes|yep|yeah|definitely|absolutely)\b[,:\s-]*", re.I)
# A span after a verb's object with no preposition: "used it 2 years at DSV": "for two years".
_SPAN = re.compile(
    r"\b(?P<it>it|them|this|that|one|there) (?=(?:\d+|one|two|three|four|five|six|seven|eight|nine"
    r"|ten|eleven|twelve|several|a\s+few) (?:years?|months?|weeks?)\b)"
)
_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|can|could|would)\b")


def _finite(text: str) -> bool:
    """Whether a clause typed with its subject has a verb after it ("my visa allows ...")."""
    for word in text.split()[1:]:
        if word in ("I", "we", "you", "they"):
            return False  # "the byelaws training I did at GWR": a thing, its verb in a clause
        if _FINITE.fullmatch(word) or lexicon.is_third_person(word):
            return True
        if lexicon.is_past(word) and not lexicon.is_noun(word):
            return True
    return False


_SUBJECTLESS_ING = re.compile(r"^(?:already |also |still |now )?[a-z]+ing\b")


def _plain(piece: str) -> str:
    """A piece of the note with its shorthand, contractions and months spelled out."""
    text = piece.strip(" .,;:").replace("’", "'")
    for _ in range(2):  # before the shorthand is read ("bc"), and after ("I'd")
        text = re.sub(r"(?<![\w'])i(?![\w'-])", "I", text)
        text = re.sub(r"(?<![\w'])i(?='(?:d|ve|m|ll)\b)", "I", text)
        for pattern, said in _CONTRACTIONS:
            text = re.sub(pattern, said, text)
        text = expand(text) if _ == 0 else text
    return months_spelled(text)


def _clause(piece: str) -> str | None:
    """A piece as the candidate's clause ("happy to go on the list" -> "I am happy to go on
    the list", "used it 2 yrs at DSV" -> "I used it for two years at DSV"), else None."""
    text = _YES.sub("", _plain(piece))
    if not text:
        return None
    first = text.split()[0]
    if first == "I" or (
        re.match(r"^(?:(?:my|the|it|this|that|our)\b|[A-Z][\w'-]+ (?:was|were|is|are)\b)", text)
        and _finite(text)
    ):
        said = text
    elif _WILLING.match(text):
        said = f"I am {text}"
    elif _MODAL.match(text) or (lexicon.is_past(first) and not lexicon.is_noun(first)):
        said = f"I {text}"
    elif _SUBJECTLESS_ING.match(text):
        said = f"I am {text}"
    else:
        return None
    if re.search(r"\s[-–—]+\s", said):
        return None  # "I'm bilingual (Polish) - useful with ...": a note's dash, read elsewhere
    said = _SPAN.sub(r"\g<it> for ", said)
    return None if problem(said[0].upper() + said[1:] + ".") else said


def _second(first: str, second: str) -> bool:
    """Whether a second piece typed without its subject is the candidate's: one with its own
    subject, a modal or a doing ("could share a sample", "already looking at flats"), or a deed
    beside a deed typed the same way ("used it 3 yrs at Sky, ran the standups"); never a deed
    after a clause of the candidate's, which may be the thing's ("I'd use GROW, worked well")."""
    text = _plain(second)
    if re.match(r"^(?:I\s+)?(?:said|told|thought|meant)\b", _plain(first), re.I):
        return False  # "I said two shifts, I can do three": a correction, never "and"
    if re.match(r"^(?:I|my)\b", text) or _MODAL.match(text) or _WILLING.match(text):
        return True
    if _SUBJECTLESS_ING.match(text):
        return True
    return not re.match(r"^(?:I|my|yes)\b", _plain(first), re.I)


def _clauses(text: str) -> str | None:
    """One or two pieces joined by a comma, each as a clause ("could move by march, already
    looking at flats": "I could move by March, and I am already looking at flats")."""
    pieces = [p for p in re.split(r",\s+|\s+\+\s+|\s+&\s+", text) if p.strip()]
    if len(pieces) > 2:
        return None
    if len(pieces) == 2 and not _second(*pieces):
        return None
    said = [_clause(p) for p in pieces]
    if any(s is None for s in said) or not said:
        return None
    return ", and ".join(s for s in said if s)


# "forgot to mention X", "should've said: X", "mention X", "forgot! X", "didn't say X"
_FORGOT = re.compile(
    r"^(?:I\s+)?(?:(?:forgot|neglected|meant|wanted)\s+to\s+(?:mention|say|add|tell\s+\w+)"
    r"|forgot!*|(?:should(?:'ve|\s+have)|shld|shd)\s+(?:said|mentioned|added)|(?:didn't|did\s+not"
    r"|never)\s+(?:mention|say)|(?:also\s+)?mention|add)\s*(?:[:–—-]\s*)?(?:that\s+)?"
    r"(?P<x>\S.*)$",
    re.IGNORECASE,
)
# The question it was forgotten in: "... when P.N. asked", "... when she asked about X".
_WHEN_ASKED = re.compile(r"\s+when\s+(?:[\w.]+\s+){1,2}asked(?:\s+(?:about|abt)\s+[^,;]+)?$", re.I)
# A credential typed as a thing: "my human factors instructor cert (2024)".
_CREDENTIAL = re.compile(
    r"^(?:my\s+|a\s+|an\s+)?(?P<what>[\w&/+ .-]{2,60}?\s(?:cert|certificate|certification|licence"
    r"|license|ticket|card|registration|accreditation|qualification|diploma|endorsement))"
    r"(?:\s*\((?P<year>(?:19|20)\d\d)\))?$",
    re.IGNORECASE,
)
# A language and its level: "german B2", "fluent spanish", "conversational French".
_LANGUAGE = re.compile(
    r"^(?:(?P<level>fluent|conversational|native|basic)\s+(?P<lang>\w+)|(?P<lang2>\w+)\s+"
    r"(?P<cefr>[ABC][12]))(?:\s*\((?P<proof>[^()]+)\))?$",
    re.IGNORECASE,
)
# A thing and its state with no verb: "PTS + IWA both in date", "registration current until 2028"
_STATE = re.compile(
    r"^(?:my\s+)?(?P<what>[\w/&+ .-]{2,50}?)\s+(?P<both>both\s+|all\s+)?(?P<state>in\s+date|current"
    r"|valid|renewed|up\s+to\s+date)\b(?P<rest>[^()]*)$",
    re.IGNORECASE,
)


_NOT = re.compile(r"^(?P<main>.+?),?\s+not\s+(?P<other>[^,]+)$")


def _fact(text: str) -> str | None:
    """A fact typed as a thing or a clause, as the candidate's clause; None when unsure."""
    text = text.strip()
    if (found := _NOT.match(text)) and (main := _clauses(found["main"])):
        other = _plain(found["other"])
        if other.isdigit() and 0 < int(other) < 10 and set(SMALL_NUMBERS) & set(main.split()):
            other = SMALL_NUMBERS[int(other) - 1]  # "six years, not five"
        return f"{main}, not {other}"  # "it was 2019, not 2020"
    if re.match(r"^(?:I|my|the)\b", text) and _finite(text) and (said := _clauses(text)):
        return said
    if found := _CREDENTIAL.match(text):
        what = _plain(found["what"])
        what = re.sub(r"(?i)\bcert\b", "certificate", what)
        if not lexicon.known(what.split()[0].lower()) and not what.split()[0].isupper():
            return None
        since = f", gained in {found['year']}" if found["year"] else ""
        return f"I hold {lexicon.article(what)} {what}{since}"
    if found := _LANGUAGE.match(text):
        lang = (found["lang"] or found["lang2"]).lower()
        if lang not in LANGUAGES:
            return None
        name = LANGUAGES[lang]
        if found["cefr"]:
            said = f"I speak {name} at {found['cefr'].upper()} level"
        else:
            said = f"I speak {'fluent ' if found['level'].lower() == 'fluent' else ''}{name}"
            said += "" if found["level"].lower() == "fluent" else f" at a {found['level']} level"
        if found["proof"]:
            proof = re.sub(r"(?i)\bcert\b", "certificate", _plain(found["proof"]))
            year = re.search(r"\b(?:19|20)\d\d\b", proof)
            proof = re.sub(r"\s*\b(?:19|20)\d\d\b", "", proof).strip()
            said += f", with {lexicon.article(proof)} {proof}"
            said += f" from {year[0]}" if year else ""
        return said
    if found := _STATE.match(text):
        what = _plain(found["what"])
        if what.split()[0].lower() in ("i", "it", "is", "are", "was"):
            return None
        what = re.sub(r"\s+\+\s+", " and ", what)
        plural = " and " in what or (what.endswith("s") and not what.isupper())
        verb = "are" if plural else "is"
        both = (found["both"] or "").lower()
        mine = "" if what.lower().startswith(("the ", "my ")) else "my "
        return f"{mine}{what} {verb} {both}{found['state'].lower()}{_plain(found['rest'])}"
    return _clauses(text)


# "re X: Y", "on X -> Y", "about X - Y", "X q -> Y", "hesitated on X -> Y", "re X, Y"
_TOPIC = re.compile(
    r"^(?:(?:I\s+)?(?:hesitated|paused|blanked|stumbled|waffled|dithered)\s+(?:on|at|over)\s+"
    r"|(?P<re>re\b:?|abt\b)\s*|(?:on|about|regarding)\s+)(?P<topic>[^:>,]{2,50}?)"
    r"(?P<q>\s+(?:q|qn|question))?\s*(?::|-+>|=>|\s[-–—]+|(?(re),|(?!)))\s*(?P<ans>\S.*)$",
    re.IGNORECASE,
)
# What a note says of its answer before the answer ("should've said", "forgot to mention"):
# said in the frame that adds to an answer, never as typed.
_META = re.compile(
    r"^(?:I\s+)?(?:should(?:'ve|\s+have)|shld|shd|forgot\s+to|meant\s+to|would|should|want\s+to)"
    r"\s+(?:also\s+)?(?:add|say|said|mention|mentioned)\s*:?\s+(?:that\s+)?",
    re.IGNORECASE,
)
# "I hesitated but", "I said maybe but": the note's verdict before the answer, never said.
_HESITATED = re.compile(
    r"^(?:I\s+)?(?:hesitated|paused|dithered|waffled|blanked|was\s+unsure)(?:\s+(?:but|-+>|,))?\s*",
    re.I,
)
# "correction - X", "correction: X", "to correct: X"
_CORRECTION = re.compile(r"^(?:one\s+)?(?:correction|to\s+correct|correct)\s*(?::|\s[-–—]+)\s*"
                         r"(?P<x>\S.*)$", re.IGNORECASE)  # fmt: skip
# "I said I'd never placed a central line - I have, twice, under supervision"
_NEVER = re.compile(
    r"^(?:I\s+)?said\s+(?P<said>I\s+(?:had|have)\s+(?:never|not)\s+(?P<vp>(?P<verb>\w+)\b[^,;]*?))"
    r"\s*(?:[-–—,;.]+|\s+but)\s+(?:actually\s+|in\s+fact\s+)?I\s+(?:have|had|did)(?:\s+actually)?"
    r"(?P<how>(?:,\s*[^,]+)*)[.!]?$",
    re.IGNORECASE,
)
# Something to send: "send the chart i designed - pdf", "pls remember to attach X!!", "could
# send my CPD log if useful", "link to X: URL".
_SEND = re.compile(
    r"^(?:(?:pls|please)\s+)?(?:(?:remember|don't\s+forget|must)\s+to\s+)?(?P<verb>send|attach"
    r"|enclose|include)\s+(?:(?:them|her|him|you)\s+)?(?P<what>(?:the|my|a|an|our)\b[^-–—()!]+?)\s*(?:[-–—(,]+\s*(?:as\s+)?"
    r"(?:a\s+)?(?:pdf|doc|docx|word|file|attachment|scan|copy)\)?)?[\s!.]*$",
    re.IGNORECASE,
)
_OFFER = re.compile(
    r"^(?:I\s+)?(?:could|can|happy\s+to|glad\s+to|will)\s+(?:send|share)\s+(?:you\s+|them\s+|her"
    r"\s+|him\s+)?(?P<what>(?:the|my|a|an|our)\b(?:(?!\bif\b).)+?)(?:\s+if\s+(?:useful|helpful|needed|wanted"
    r"|it\s+helps|of\s+use|that\s+helps))?[\s.!]*$",
    re.IGNORECASE,
)
_LINK = re.compile(
    r"^(?:here'?s\s+(?:the\s+)?)?(?:the\s+)?link\s+(?:to|for)\s+(?P<what>[^:]+?)\s*:\s*"
    r"(?P<url>(?:https?://)?[\w.-]+\.[a-z]{2,}(?:/\S*)?)$",
    re.IGNORECASE,
)


# A time to come after the thing to send: it goes later, not with the letter.
_LATER = re.compile(
    r"(?i)\b(?:tomorrow|tonight|next\s+week|this\s+week|later|on\s+(?:mon|tues|wednes|thurs|fri)day"
    r"|by\s+(?:mon|tues|wednes|thurs|fri)day)\W*$"
)


def _thing(what: str) -> str | None:
    """A thing to send, with the candidate's own words ("the chart i designed")."""
    said = _plain(what).rstrip(" .")
    return None if problem(f"I sent {said}.") else said


def _reading(text: str, typed: str, channel: str) -> tuple[str, dict[str, str]] | None:
    """The phrasebook section and its slots for the note's shape (`typed` before its notes to
    self were dropped), or None."""
    if found := _LINK.match(text):
        what = _thing(found["what"])
        return ("follow_up_link_given", {"what": what, "url": found["url"]}) if what else None
    if found := _SEND.match(text):
        if _LATER.search(found["what"]):
            return None  # "send her the ID sheets + briefing script tomorrow": never "attached"
        what = _thing(found["what"])
        section = f"follow_up_attached_{channel}"
        return (section, {"what": what}) if what and channel != "linkedin" else None
    if found := _OFFER.match(text):
        what = _thing(found["what"])
        return ("follow_up_offer_send", {"what": what}) if what else None
    if found := _CORRECTION.match(text):
        fix = _fact(found["x"])
        return ("follow_up_corrected", {"clause": fix}) if fix else None
    if found := _NEVER.match(_plain(text)):
        how = _plain(found["how"]).strip(" ,")
        vp = _plain(found["vp"]).strip()
        fix = f"I have {vp}" + (f" {how}" if how and "," not in how else f", {how}" if how else "")
        return ("follow_up_corrected", {"clause": fix})
    if found := _FORGOT.match(text):
        asked = _WHEN_ASKED.search(found["x"])
        if asked and re.search(r"(?i)\b(?:about|abt)\b", asked[0]):
            return None  # "... when she asked abt X": said on X by the readers of answers
        fact = _fact(_WHEN_ASKED.sub("", found["x"]).strip(" .!"))
        return ("follow_up_forgot", {"clause": fact}) if fact else None
    if (
        text != typed and ";" not in text and (said := _clauses(text))
    ):  # "tell her I can start in march"
        return ("follow_up_clause", {"clause": said})
    if found := _TOPIC.match(text):
        topic = _plain(found["topic"]).strip()
        topic += " question" if found["q"] else ""  # "the data q": the question, not the data
        if topic.lower() in OWN_THINGS:  # "re start date": "On my start date"
            topic = f"my {topic}"
        typed_answer = _HESITATED.sub("", found["ans"]).strip(" .!")
        meta = _META.match(typed_answer)
        answer = _clauses(typed_answer[meta.end() :] if meta else typed_answer)
        if not answer or (
            lexicon.known(topic) is False and len(topic.split()) == 1 and (topic.islower())
        ):
            return None
        return ("follow_up_answer" if meta else "follow_up_on", {"topic": topic, "clause": answer})
    return None


def shaped(
    value: str | None,
    tone: str,
    channel: str,
    variation: Variation,
    *,
    fits: Callable[[str], bool] = lambda _: True,
) -> str | None:
    """The follow-up said in one sentence when it has one of the shapes above; None else."""
    if fix := fixed_line(value, tone, channel, variation, fits):  # "was 40 not 60": the figure
        return fix
    if not value or slip_said(value, late=True):  # "forgot - ran nights": `slipnotes` says it
        return None
    typed = " ".join(value.split())
    text = note_dropped(typed)
    reading = _reading(text, typed, channel)
    if reading is None:
        return None
    section, slots = reading
    if section not in phrasebook.BOOK:
        return None
    options = fitting(phrasebook.wordings(section, tone, channel), fits)
    line = variation.pick("follow_up", options).format(**slots)
    line = one_also(line)
    return None if problem(line) else line
