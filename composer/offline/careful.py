"""A line typed with care as whole sentences about the reader or the talk, read one way for every
field: who "she" or "he" is (the reader, said to as "you"), "She and I both ..." (what both
share: "we both ..."), a relative's news that is the reader's own ("Her daughter had a baby boy":
their grandson), the clauses that only tell of the room ("and she showed me a photo", "so we
spoke about the old town") set apart from the fact, the one sentence that names what was
discussed ("The job posting says ... We discussed how I would ...": "how I would ..."), and a
reported question put in the tense a report takes ("asked how I will plan": "how I would
plan"). Each field's reader falls back on these when its own shapes fail; none guesses: a line
read no way here is returned as None and left to the field's report.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.cvposts import person

__all__ = [
    "as_ours",
    "asked_plainly",
    "discussed",
    "fact_of",
    "or_fact",
    "reported_tense",
    "sentences",
    "standing",
    "typed_with_care",
    "unquoted",
    "we_both",
]

_R = TypeVar("_R")

# The reader, as a careful line names them: a pronoun, or a title and a name ("Ms. Laframboise").
_THEM = r"(?:[Ss]he|[Hh]e|[Tt]hey|(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+)?[A-Z][\w'’-]+)"
# "She and I both X", "he and i are both X", "Both she and I X", "Ms. Tait and I both X".
_AND_I = re.compile(
    rf"^(?:[Bb]oth\s+)?{_THEM}\s+and\s+(?:I|i|me)\s+(?P<rest>(?:both\s+)?(?P<verb>[a-z]+)\b.*)$"
)
# Verbs of the talk itself: "She and I talked about ..." is what was discussed, never shared.
_TALK = frozenset(
    ["talked", "discussed", "spoke", "chatted", "joked", "laughed", "agreed", "disagreed", "met"]
)


# A sentence's stop, never a title's ("Ms.") or an initial's: its closing quote kept before it.
_STOP = re.compile(
    r"(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bMrs)(?<!\bProf)(?<!\b[A-Z])(?<!\bDra)(?<!\bSra)"
    r"(?<!\bMag)(?<!\bIng)"
    r"[.;][\"”]?\s+(?=[A-Za-z\"“])"
)


def sentences(line: str) -> list[str]:
    """The sentences of a line typed with care, each with its own stop ("A. B; C." -> A., B., C.):
    a stop after a title ("Ms.", "Dr.") or an initial ends none."""
    text = " ".join(line.split())
    parts = _STOP.split(text)
    return [p.strip().rstrip(".;") + "." for p in parts if p.strip(" .;")]


def we_both(note: str) -> str | None:
    """ "She and I both started as apprentices at X" -> "we both started as apprentices at X";
    "he and i are both from Porto" -> "we are both from Porto"; "Both he and I grew up on X" ->
    "we both grew up on X". None for any other line, and for what the two of them did in the
    room ("She and I talked about ..."), which is no background they share."""
    found = _AND_I.match(" ".join(note.split()))
    if found is None or found["verb"] in _TALK:
        return None
    rest = found["rest"]
    if re.match(r"(?:both\s+)?(?:talked|discussed|spoke|chatted)\b", rest):
        return None
    if not rest.startswith("both") and not re.match(r"(?:are|were|have|had)\s+both\b", rest):
        rest = f"both {rest}"  # "She and I grew up on X": what both did
    return f"we {rest}"


def as_ours(note: str) -> str:
    """The note with what both share said as "we both" (`we_both`), else as typed."""
    return we_both(note) or note


# A clause that only tells of the room, after the fact a personal note gives: "..., and she
# showed me a photo", "..., he showed me pictures", "and she is very proud of him", "..., so we
# spoke about the old town": what happened at the table, never said back to the reader.
_ROOM = re.compile(
    r"(?:,\s*|\s+)(?:(?:and|so)\s+)?(?:s?he|they|we)\s+(?:"
    r"(?:showed|show|told|tell|mentioned)\s+(?:me|us)\b"
    r"|(?:spoke|talked|chatted|laughed|joked)\b"
    r"|(?:is|was|are|were|seems?|seemed)\s+(?:very\s+|so\s+|clearly\s+|really\s+)?"
    r"(?:proud|happy|excited|thrilled|delighted|pleased)\b"
    r").*$"
)


def fact_of(note: str) -> str | None:
    """The fact of a personal note typed with care, without the clause that tells of the room
    ("Her son just got into X and she is very proud of him" -> "Her son just got into X"), with
    what both share said as "we both", and a relative's new baby said as the reader's own
    ("Her daughter had a baby boy last week, her first grandchild" -> "her first grandson born
    last week"); None when nothing is set apart or turned."""
    text = " ".join(note.split()).rstrip(" .!")
    core = _ROOM.sub("", text).strip(" ,")
    both = we_both(core)
    if both is not None:
        return both
    baby = _grandchild(core)
    if baby is not None:
        return baby
    return core if core != text and len(core.split()) >= 3 else None


def or_fact(note: str, said: _R, read: Callable[[str], _R]) -> _R:
    """`said` for a note whose reading said it (its `text` not None), else the note's fact
    (`fact_of`) read again by the field's own reader when that reading says it."""
    if getattr(said, "text", None) is not None:
        return said
    fact = fact_of(note)
    if fact is None:
        return said
    again = read(fact)
    return again if getattr(again, "text", None) is not None else said


# "Her daughter had a baby boy last week, her first grandchild": the reader's grandchild (also
# typed "... had a baby last week first grandkid").
_BABY = re.compile(
    r"^(?P<whose>[Hh]er|[Hh]is|[Tt]heir)\s+(?:daughter|son)(?:-in-law)?\s+(?:just\s+|recently\s+)?"
    r"had\s+(?:a\s+)?(?:(?:baby\s+)?(?P<kind>boy|girl|baby)\b)(?P<when>\s+(?:(?:last|this)"
    r"\s+(?:week|month|weekend)|on\s+[A-Z][a-z]+day|yesterday|(?:a|\d+|two|three)\s+(?:days?|weeks?)"
    r"\s+ago))?(?P<first>(?:\s*(?:,|->|[-–—])\s*|\s+)(?:(?:her|his|their)\s+)?first\s+grand"
    r"(?:child|kid|baby|son|daughter)(?:ren|s)?)?$"
)
_GRAND = {
    "boy": "grandson",
    "girl": "granddaughter",
    "baby": "grandchild",
}


def _grandchild(text: str) -> str | None:
    """ "Her daughter had a baby boy last week, her first grandchild" -> "her first grandson
    born last week": the baby as the reader's news, in the shape the personal note reads."""
    found = _BABY.match(text)
    if found is None:
        return None
    grand = _GRAND[found["kind"]]
    first = "first " if found["first"] else "new "
    return f"{found['whose'].lower()} {first}{grand} born{found['when'] or ''}"


# What was discussed, in a sentence of its own: "We discussed how I would schedule staff ...",
# "We talked about the new electric buses", "She and I went through the risk register".
_DISCUSSED = re.compile(
    rf"^(?:[Ww]e|{_THEM}\s+and\s+I)\s+(?:also\s+)?(?:discussed|talked\s+about|talked\s+through"
    r"|spoke\s+about|went\s+through|went\s+over|covered|looked\s+at|chatted\s+about)\s+"
    r"(?P<what>\S.*?)\.?$"
)


def discussed(line: str) -> str | None:
    """ "We discussed how I would schedule staff to cover the evening block" for a line of two
    sentences or more, one of which says what was discussed ("The job posting says ... . We
    discussed how I would ..."): that sentence, as "We talked about <what>", for the topic
    reader; the others (the posting quoted, a question asked after) are context, set aside.
    None for a line of one sentence, or with no such sentence, or with two."""
    found = [m for s in sentences(line) if (m := _DISCUSSED.match(s)) is not None]
    if len(sentences(line)) < 2 or len(found) != 1:
        return None
    what = found[0]["what"].strip()
    if re.search(r"[\"“”]", what):
        return None
    return f"We talked about {what}"


# A question reported after "asked": "how I will plan" is said "how I would plan".
_WILL = re.compile(r"^(?P<wh>how|what|whether|if|when|where|why|who)\s+I\s+(?P<helper>will|can)\b")


def reported_tense(question: str) -> str:
    """ "how I will plan the reprofiling" -> "how I would plan the reprofiling"; "what I can
    do" -> "what I could do": a question reported after "asked" takes the past of its helper
    verb, as typed by a writer whose English is a second language; any other as typed."""
    found = _WILL.match(question)
    if found is None:
        return question
    helper = "would" if found["helper"] == "will" else "could"
    return f"{found['wh']} I {helper}{question[found.end() :]}"


# Marks of a line typed in haste: a dash or an arrow between parts, "w/", a lone "+", a lower
# case "i", "id", "shld", a "q:" or "a:" label.
_HASTE = re.compile(
    r"\s-+\s|->|=>|\bw/|\s[+&=~]\s|(?<![\w'])i(?![\w'])|(?<![\w-])(?:id|shld|abt|re)(?![\w-])"
    r"|(?i:\b[qa]:)"
)


def typed_with_care(line: str) -> bool:
    """Whether a line is typed with care: it opens on a capital, ends on a stop, and has no
    mark of haste (`_HASTE`)."""
    text = " ".join(line.split())
    return bool(re.match(r"[A-Z\"“]", text) and re.search(r"[.!?\"”]$", text)) and not (
        _HASTE.search(text)
    )


# A careful line naming the candidate's standings, with the body that grants them: "National
# Lifeguard Instructor and Lifesaving Instructor Trainer with the Lifesaving Society."
_TITLE = r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,4}"
_STANDING = re.compile(
    rf"^(?P<titles>{_TITLE}(?:,\s+{_TITLE})*(?:,?\s+and\s+{_TITLE})?)\s+(?P<prep>with|of)\s+"
    r"(?P<body>(?:the\s+)?[A-Z][\w'&.-]*(?:\s+(?:[A-Z][\w'&.-]*|of|for|and|the))*)\.$"
)


def standing(line: str) -> str | None:
    """ "National Lifeguard Instructor and Lifesaving Instructor Trainer with the Lifesaving
    Society." -> "I am a National Lifeguard Instructor and a Lifesaving Instructor Trainer with
    the Lifesaving Society": standings typed with care as names (each in capitals, each ending
    on a person: "Instructor", "Trainer", "Fellow"), with the body after "with" or "of"; None
    for any other line (a verb first, a bracket, a figure, a title naming no one)."""
    text = " ".join(line.split())
    found = _STANDING.match(text)
    if found is None or re.search(r"\d", text):
        return None
    titles = re.split(r",\s+(?:and\s+)?|,?\s+and\s+", found["titles"])
    if not all(person(t.split()[-1]) for t in titles):
        return None
    if any(lexicon.is_past(t.split()[0].lower()) for t in titles):
        return None  # "Trained Lifeguard Instructor ...": a deed, read elsewhere
    named = [f"{lexicon.article(t)} {t}" for t in titles]
    listed = named[0] if len(named) == 1 else f"{', '.join(named[:-1])} and {named[-1]}"
    return f"I am {listed} {found['prep']} {found['body']}"


# A question quoted as asked: 'Ms. X asked: "Tell me about a time you had to ..." I described'.
_QUOTED = re.compile(
    r"^(?P<lead>[^\"“”]*?\basked(?:\s+me)?)\s*[:,]?\s*[\"“](?P<q>[^\"“”]+?)[.?!]?[\"”]\s*"
    r"(?P<rest>[^\"“”]*)$"
)
_TELL = re.compile(r"(?i)^(?:tell|talk)\s+(?:me|us)\s+about\s+(?P<what>.+)$")
_WH_ASKED = re.compile(
    r"(?i)^(?P<wh>how|what|why|when|where|which\s+\w+)\s+(?P<aux>would|could|will|can|do|did)"
    r"\s+you\s+(?P<rest>.+)$"
)
_YES_NO = re.compile(r"(?i)^(?P<aux>have|do|would|could|can|are)\s+you\s+(?P<rest>.+)$")
_REPORTED_AUX = {"would": "would ", "will": "would ", "can": "could ", "could": "could "}
_YES_NO_AUX = {"have": "have ", "do": "", "would": "would ", "could": "could ", "can": "could "}


def _mine(text: str) -> str:
    """ "a time you had to make ... your team" -> "a time I had to make ... my team": the
    interviewer's "you" in a quoted question is the candidate's "I"."""
    text = re.sub(r"\byourself\b", "myself", text)
    text = re.sub(r"\byour\b", "my", text)
    return re.sub(r"\byou\b", "I", text)


def unquoted(line: str) -> str:
    """A question quoted as asked, put as reported: 'She asked: "Tell me about a time you had to
    make an unpopular decision." I described ...' -> "She asked about a time I had to make an
    unpopular decision. I described ..."; '"How would you plan X?"' -> "how I would plan X";
    '"Have you used X?"' -> "whether I have used X". Any other line as typed, and a quoted
    question of no such shape too."""
    found = _QUOTED.match(" ".join(line.split()))
    if found is None:
        return line
    question = found["q"].strip()
    if re.search(r"\b(?:you|your)\b.*\?|\bI\b|\bme\b(?!\s+about)", question):
        return line  # a second question inside, or the interviewer's own "I": not turned
    if told := _TELL.match(question):
        said = f"about {_mine(told['what'])}"
    elif wh := _WH_ASKED.match(question):
        aux = wh["aux"].lower()
        verb, _, rest = wh["rest"].partition(" ")
        if aux == "did":
            past = lexicon.verb_forms(verb.lower()).get("VBD")
            if past is None:
                return line
            verb = past
        said = f"{wh['wh'].lower()} I {_REPORTED_AUX.get(aux, '')}{verb} {_mine(rest)}"
    elif yes := _YES_NO.match(question):
        aux = yes["aux"].lower()
        if aux == "are":
            return line
        said = f"whether I {_YES_NO_AUX[aux]}{_mine(yes['rest'])}"
    else:
        return line
    rest = found["rest"].strip()
    return f"{found['lead']} {said.strip()}.{' ' + rest if rest else ''}"


# A request put as a question: "asked for an example of X", "asked me to describe X", "asked me
# to talk about X": what was asked about is X.
_ASKED_FOR = re.compile(
    r"\basked(?:\s+me)?\s+(?:for\s+an?\s+(?:example|instance|case)\s+of|to\s+(?:describe|explain|talk\s+about"
    r"|tell\s+(?:her|him|them)\s+about|give\s+an?\s+example\s+of)"
    r"|for\s+my\s+(?:views?|opinion|thoughts|take)\s+on"  # "for my view on X": X
    # "asked a technical question about how I would ...": the question is what it was about
    r"|(?:me\s+)?(?:a|one|an)\s+(?:(?:technical|tricky|hard|difficult|scenario|follow-up"
    r"|practical)\s+)?question\s+(?:about|on))\s+(?=\S)"
)


def asked_plainly(line: str) -> str:
    """A question quoted (`unquoted`) or put as a request ("asked for an example of a program I
    changed ...", "asked me to describe ...") said as what it asked about ("asked about a
    program I changed ..."), for the readers of a question and its answer; else as typed."""
    return _ASKED_FOR.sub("asked about ", unquoted(line), count=1)
