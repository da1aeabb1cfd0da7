"""A follow-up typed as a note to self, read down to what the letter should say.

"I said I had never used Tableau; true, but I used Power BI for three years" -> "I used Power BI
for three years", the answer it adds to ("Tableau"); "mention that I can start in September" ->
"I can start in September". `followup` puts what is kept in a frame of the phrasebook; a note
too tangled to say cleanly is left out.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon, selfnotes
from composer.offline.followjoin import mended
from composer.offline.languages import LANGUAGES
from composer.offline.phrases import Phrase, Shape, analyse
from composer.offline.promise import MESSY
from composer.offline.screen import is_instruction
from composer.offline.shorthand import expand
from composer.offline.wished import with_subjects

__all__ = ["follow_up_core"]

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
# "I told him I could only start in January, but I have checked and I can start on 2
# December": what the reader heard, then what is true (the second alone reads as news).
_TOLD_BUT = re.compile(
    r"^I told (?:him|her|them) (?P<was>[^,;.]+), but (?P<now>I\b[^;.]+)(?P<rest>(?:\.\s+\S.*)?)$"
)
_TAIL = re.compile(
    r"[,;\s-]*(?:mention|say|add|stress|flag)(?:\s+(?:that|it|this|so))?\s*[.!]*$", re.IGNORECASE
)
# An aside in brackets typed as notes, no part of a sentence: "(... OHMS indexed approx 40)".
_ASIDE, _I_HAVE = (
    re.compile(r"\s*\((?=[^()]*(?:~|=|\bapprox\b))[^()]*\)"),
    re.compile(r"(?i)^I'(ve|m)\b"),
)
# A full stop between two thoughts of the note, before the one the answer is read from
_THOUGHT_BEFORE = re.compile(r"\w{2,}[.!?]+\s+\S+\s+\S+")
_SOFTENERS = re.compile(r"^(?:that|maybe|perhaps|also)\s+", re.IGNORECASE)
_SHORT = (("yrs", "years"), ("yr", "year"), ("mos", "months"))


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
    text = _SEND_THEM.sub(r"\1 you", _I_MENTIONED.sub("", text))  # "send him the link"
    text = _FORGOT_PAPER.sub("hold ", text)  # "forgot canine first aid cert.": held, not forgot
    about = _ABOUT.search(text)
    topic = about.group("topic").strip() if about else None
    answer = _ANSWER.search(text)
    only = _ONLY_TALKED.match(text)
    if only:  # "on mixed-age classes I only talked about timetabling - also taught a Y3/4 class"
        topic, rest = only["topic"], only["rest"]
        text = rest if re.match(r"I\b", rest) else f"I {rest}"
    elif about and not answer and " - " in text:
        text = text.split(" - ", 1)[1]  # "the question on impact - I undersold the piece"
    elif (told := _TOLD_BUT.match(text)) is not None:  # what was said stays with its fix
        text = f"I told you {told['was']}, but {told['now']}{told['rest']}"
    elif answer:
        if _THOUGHT_BEFORE.search(text[: answer.start()]):  # "forgot X. said Y - actually Z"
            return None  # a thought before the answer's would be lost: left out, and named
        text = (answer.group("a") or answer.group("b")).strip()
    else:
        to_self = selfnotes.to_say(text)
        if to_self:
            text = with_subjects(_useful(_SOFTENERS.sub("", to_self)))
    text = _TAIL.sub("", text).rstrip(".!; ")
    text = _I_HAVE.sub(lambda m: f"I {'have' if m[1] == 've' else 'am'}", _ASIDE.sub("", text))
    # "the clinical diploma, finished 2023" -> "..., finished in 2023"
    text = re.sub(
        r",\s+(finished|completed|gained|awarded|passed|qualified|earned)\s+(?=(?:19|20)\d\d$)",
        r", \1 in ",
        text,
    )
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
    text = mended(text)  # "can start feb" -> "can start in February"
    # "I have GD&T cert": a certificate held is "a" certificate
    text = re.sub(
        r"^I (have|hold|got) (?!a\b|an\b|the\b|my\b|\d)(?=[\w&/.+-]+(?: [\w&/.+-]+)? "
        r"(?:cert|certificate|certification|licence|license|diploma)\b)",
        r"I \1 a ",
        text,
    )
    if not text or (MESSY.search(text) and not tidy):
        return None
    if fact:  # built as a clause of its own: "the radio piece reached 800k listeners"
        return Phrase(text[0].lower() + text[1:], Shape.CLAUSE, value), topic
    read = analyse(text, common)
    if read.shape is Shape.FIRST_PERSON and _thing_owned(text):  # "my forklift licence"
        return Phrase(text[0].lower() + text[1:], Shape.NOUN, value), topic
    return read, topic


def _thing_owned(text: str) -> bool:
    """ "my forklift licence": a thing of the candidate's, with no verb to make it a clause."""
    if not _THING_OWNED.fullmatch(text):
        return False
    verbs = ("is", "was", "are", "were", "has", "had", "will", "can", "would")
    words = [w.lower() for w in text.split()[1:]]
    return not any(w in verbs or lexicon.is_past(w) or lexicon.is_third_person(w) for w in words)


# "my forklift licence": a thing of the candidate's with no verb, no sentence to add "that" to
_THING_OWNED = re.compile(r"(?i)(?:my|our) [a-z][\w'’-]*(?: [a-z][\w'’-]*){0,3}")


# "I undersold the piece, it reached 800k listeners": what the letter says is the fact; the
# note to self may be read off already ("meant to mention the BBC piece, it reached ...").
_UNDERSOLD = re.compile(
    r"^(?:(?:I\s+(?:undersold|underplayed|understated|downplayed|glossed\s+over|didnt\s+mention)"
    rf"|{selfnotes.UNSAID})\s+)?(?P<what>(?:the|my|our)\s+[^,]+?)"
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


# Why a fact matters, typed after a dash: "- useful w/ a lot of the drivers".
_USEFUL = re.compile(
    r"(?i)\s+-+\s+(?:(?:would\s+be|could\s+be|is|it's|v|very|really)\s+)?(?P<adj>useful|helpful"
    r"|handy|relevant|valuable)\s+(?P<prep>w/|with|for|in|on)\s+(?P<rest>[^-;:?!]+)$"
)
# "I'm bilingual (Polish)": the language named is the one spoken besides.
_BILINGUAL = re.compile(r"(?i)^I(?:'m|\s+am)\s+bilingual\s*\((?P<lang>[A-Za-z]+)\)")


def _useful(text: str) -> str:
    """ "I'm bilingual (Polish) - useful w/ a lot of the drivers" -> "I speak Polish, which
    would be useful with a lot of the drivers"; other text as it is."""
    lang = _BILINGUAL.match(text)
    if lang and lang["lang"].lower() in LANGUAGES:
        text = f"I speak {lang['lang'].capitalize()}{text[lang.end() :]}"
    return _USEFUL.sub(
        lambda m: f", which would be {m['adj'].lower()} {expand(m['prep'])} {m['rest']}", text
    )


# "promised to send my writing sample", "said I'd send the deck": kept as a promise kept.
# ("send them this week": the things, never "send you this week")
_SEND_THEM = re.compile(
    r"\b(send|email|e-mail|forward)\s+(?:him|her|them)\b(?=\s+(?:the|a|an|my|our|some|copies)\b)",
    re.IGNORECASE,
)
# A paper typed bare after "forgot", nothing after it in its sentence (h1046: "forgot canine
# first aid cert." was said "I forgot the canine first aid certificate").
_FORGOT_PAPER = re.compile(
    r"(?i)^forgot\s+(?!to\b)"
    r"(?=[a-z][\w -]*?\b(?:cert|certificate|licence|license|ticket)\s*(?:[.!;]|$))"
)
_I_MENTIONED = re.compile(r"\s+(?:that\s+)?I\s+mentioned$", re.IGNORECASE)
_ONLY_TALKED = re.compile(
    r"^on\s+(?P<topic>[^,;]+?)\s+I\s+(?:only\s+)?(?:talked|spoke|said|mentioned)\b[^-]*?"
    r"\s+-+\s+(?P<rest>(?:I\s+)?(?:also\s+)?\w+\b[^-]*)$",
    re.IGNORECASE,
)
