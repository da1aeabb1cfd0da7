"""Two topics typed as one line, and an interviewer's worry, each part read as a topic of its own.

A person types two subjects with a plus or a slash between them ("night shift allowance + 4 day
week", "oncall rota/ incidents at 3am", "7-day service / weekend cover"): each side is read by
`topics.read_topic` as a topic alone. When only the first side reads, it is named alone: the
second is a note the letter cannot say ("the load shedding", never "load shedding and backup
gens"). When both read and the line read as one list ("A and B") is left out, the two sides are
named together, each with its own article ("the on-call rota and incidents at 3am"); otherwise
the list reading stands. When the first side does not read, the line is left to the whole reading.

An interviewer's worry is typed as a feeling and what it is about ("worried re: retention of band
6s", "concern re: budget for agency staff", "lab tech only 0.5 FTE - worry re safety") or as a
sentence of theirs ("He is afraid the team will not accept a manager from outside"): it is named
as their concern, "your concern about the retention of band 6s", "your concern that the team will
not accept a manager from outside", or left out when what it is about cannot be read.

The reader of one side is passed in (`read`), so this module imports nothing of `topics`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple, Protocol

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.questions import to_reader, what_if
from composer.offline.topicarticle import with_the
from composer.offline.wellformed import problem
from composer.offline.words import PREPOSITIONS

__all__ = ["Early", "bare_slash", "pair_of", "typed_first", "versus_article", "worry_of"]


class _Read(Protocol):
    @property
    def text(self) -> str: ...
    @property
    def question(self) -> bool: ...
    @property
    def answer(self) -> str: ...
    @property
    def full(self) -> str: ...
    @property
    def detail(self) -> str: ...


Reader = Callable[[str], _Read]


class Early(NamedTuple):
    """A topic read by its typed shape before any other reading: its text ("" when left out),
    whether it names two things, whether it is put to the candidate, and why it is left out."""

    text: str
    plural: bool = False
    question: bool = False
    mine: bool = False
    why: str = ""


def typed_first(item: str, read: Reader) -> Early | None:
    """A worry of theirs, a "what if" put to the candidate, or two subjects joined by a plus or
    a slash, read as such; None for any other line."""
    worry = worry_of(item, read)
    if worry is not None:
        return Early(
            worry, why="" if worry else "a worry of theirs whose subject could not be read"
        )
    scenario = what_if(item)  # "what if a student gets hurt": what I would do if ...
    if scenario is not None:
        why = "" if scenario else "a scenario typed without its verb: say it in full"
        return Early(scenario, question=bool(scenario), mine=bool(scenario), why=why)
    pair = pair_of(item, read)
    if not pair:
        return None
    return Early(pair, " and " in pair, mine=bool(re.search(r"(?<![\w-])(?:I|my)(?![\w-])", pair)))


# A plus or a spaced slash between two subjects; never "4h+" (a figure's plus) nor
# "lockout/tagout" (a compound typed with its slash, read whole).
_JOIN = re.compile(r"(?<=\w)\s*\+\s+|(?<=\w)\s+\+\s*(?=\w)|\s+/\s*|(?<=\w{3})/\s+")
# Marks that give the line another shape, read elsewhere: a change, a question, an aside.
_OTHER = re.compile(
    r"->|→|=>|\?|\(|\)| - | – | — |—|:|;|,|\bw/|\bvs?\b\.?|\bversus\b|\bon\s*/", re.IGNORECASE
)
# Words that make a side no subject of its own: a preposition's second object ("handover
# between theatre + PACU", "listings brunswick + coburg") or a modifier of a head both share
# ("legacy + in-memory giving", "non-QM + self-employed borrowers").
_LINKED = frozenset(PREPOSITIONS) | {
    "between",
    "and",
    "or",
    "who",
    "which",
    "that",
    "where",
    "when",
}


def pair_of(item: str, read: Reader) -> str | None:
    """ "oncall rota/ incidents at 3am" -> "the on-call rota and incidents at 3am"; "out of
    hours rota + on call from home" -> "the out-of-hours rota and being on call from home":
    each side read alone, when the line read as a list with "and" is left out, keeps a slash, or
    says a side in other words than the side alone does (articles and capitals aside). None
    when the line is not two subjects joined by a plus or a slash, or the list reading stands."""
    if _OTHER.search(item):
        return None
    parts = [p.strip(" ,.") for p in _JOIN.split(item.strip())]
    if len(parts) != 2 or not all(re.search(r"[A-Za-z]{2}", p) for p in parts):
        return None
    words = [p.split() for p in parts]
    if words[1][0][:1].isdigit():
        return None  # "2 wks on / 2 off": a pattern, read whole
    listed = read(" and ".join(parts))
    slashed = re.search(r"\w/\s|\s/\w", item) is not None  # a slash the list reading keeps
    first, second = (read(p) for p in parts)
    if _plain(first) and _plain(second) and first.text.lower() != second.text.lower():
        joined = f"{first.text} and {second.text}"
        bare = any(
            len(w) == 1 and side.text.lower() == w[0].lower()
            for w, side in zip(words, (first, second), strict=True)
        )  # "listings brunswick + coburg": a one-word side read alone says nothing more
        bare = bare or any(w.lower() in ("between", "both", "either") for w in words[0])
        if _plain(listed) and (slashed or bare or _same_words(listed.text, joined)):
            return listed.text if slashed else None  # the list reading says each side so
        return None if problem(f"I particularly valued our discussion of {joined}.") else joined
    if _plain(listed):
        return listed.text if slashed else None
    if any(len(w) < 2 for w in words) or any(w.lower() in _LINKED for w in words[0]):
        return None  # "email + sms in klaviyo": one side alone names too little to say
    if _plain(first) and not second.text and not second.question and not second.answer:
        return first.text  # the second side is a note no letter can say
    return None


def _same_words(one: str, other: str) -> bool:
    """The same words, articles and capitals aside: "the handover between theatre and PACU"."""
    articles = {"the", "a", "an"}
    return [w for w in one.lower().split() if w not in articles] == [
        w for w in other.lower().split() if w not in articles
    ]


def versus_article(said: str, typed: str) -> str:
    """ "the antimicrobial stewardship versus speed in ED" -> "antimicrobial stewardship versus
    speed in ED": two things compared each take the article they take alone; a "the" given to
    the whole is dropped when the first thing alone takes none and is no modifier of a head the
    two share ("the headless versus theme debate" keeps it)."""
    if not said.startswith("the ") or " versus " not in said or re.match(r"(?i)the\b", typed):
        return said
    first, _, second = said[4:].partition(" versus ")
    if with_the(first).startswith("the "):
        return said
    if len(first.split()) >= 2 or re.match(r"(?:the|a|an|your|my|our|their)\b", second):
        return said[4:]
    return said


_SLASHED = re.compile(r"(?:the )?(?P<a>[\w-]+)/(?P<b>[\w-]+)")


def bare_slash(said: str) -> bool:
    """ "B-team/U19": two names of squads, years or codes joined by a slash and nothing else, no
    subject a letter can name ("the B-team/U19 pathway" names one). A term typed with its slash
    ("lockout/tagout", "client/server", "CAD/AVL") is a subject."""
    found = _SLASHED.fullmatch(said)
    if found is None:
        return False
    return any(re.search(r"\d|-", side) for side in (found["a"], found["b"]))


def _plain(found: _Read) -> bool:
    """A side read as a subject of theirs: not empty, not a question put to the candidate."""
    return bool(found.text) and not found.question and not found.answer


_FEELING = r"(?:worr(?:y|ied|ies)|concern(?:s|ed)?|afraid|anxious|nervous|scared|fears?)"
_WHO = r"(?:(?:s?he|they|you)\s+(?:is|was|are|were|seem(?:s|ed)?|sounded|looked|felt)\s+)"
_PRON = r"(?:(?:her|his|their)\s+(?:big\s+|main\s+|real\s+)?)"
# A worry typed as a label of a trouble ("their big worry = retention", "main problem: no-shows",
# "biggest headache - agency costs") or after its subject ("parking is their main headache"):
# said as their concern about the subject.
_TROUBLE = r"(?:worry|worries|concerns?|problems?|headaches?|issues?|challenges?|pain\s+points?)"
_SIZE = r"(?:(?:big|biggest|main|real|major|key|number\s+one|#1|top|1st|first)\s+)"
_LABELLED = re.compile(
    rf"^(?:(?:her|his|their|the)\s+)?{_SIZE}?{_TROUBLE}\s*(?:=|:|\s[-–]|\sis\b)\s*"
    r"(?P<what>[^\s:=].*?)\.?$",
    re.IGNORECASE,
)
_SUBJECT_FIRST = re.compile(
    rf"^(?P<what>[^,:=]+?)\s*(?:=|\s(?:is|are)\s+)(?:(?:her|his|their|the)\s+)?"
    rf"{_SIZE}{_TROUBLE}\.?$",
    re.IGNORECASE,
)
# "worried re: X", "(she was) concerned about X", "her worry abt X"
_ABOUT = re.compile(
    rf"^(?:{_WHO}|{_PRON})?(?:a\s+bit\s+|quite\s+|very\s+|v\s+)?{_FEELING}\s+"
    r"(?:re:?|about|abt|over|around|with|for)\s+(?P<what>\S.*?)\.?$",
    re.IGNORECASE,
)
# "lab tech only 0.5 FTE - worry re safety": the worry typed after a subject
_AFTER = re.compile(
    rf"^(?P<head>.+?)\s+[-–]\s+(?:{_PRON})?{_FEELING}\s+(?:re:?|about|abt|over)\s+"
    r"(?P<what>\S.*?)\.?$",
    re.IGNORECASE,
)
# "her big worry - retention", "retention (her main concern)": the worry typed as a label
_LABEL = re.compile(
    rf"^(?:{_PRON})?{_FEELING}\s*[-–:]\s*(?P<what>\S.*?)\.?$"
    rf"|^(?P<before>\S.*?)\s*(?:[-–]\s*|\(\s*)(?:{_PRON})?{_FEELING}\)?$",
    re.IGNORECASE,
)
# "She was worried the new hires would not stay", "He is afraid that the team ...", "his
# worry that the desk dies"
_THAT = re.compile(
    rf"^(?:{_WHO}(?:a\s+bit\s+|quite\s+|very\s+)?{_FEELING}\s+(?:that\s+)?"
    rf"|{_PRON}{_FEELING}\s+(?:was\s+|is\s+)?that\s+)(?P<clause>\S.*?)\.?$",
    re.IGNORECASE,
)
_AUX = frozenset(
    [
        "will",
        "would",
        "might",
        "may",
        "could",
        "can",
        "won't",
        "wouldn't",
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "does",
        "did",
        "doesn't",
        "don't",
        "didn't",
        "isn't",
        "aren't",
        "wasn't",
        "weren't",
    ]
)


def _clause(words: list[str]) -> bool:
    """A clause: a subject of one to five words led by a determiner, a plural or a name, then
    its verb ("the team will not accept ...", "the old desk dies ...")."""
    if not words or not (
        words[0].lower() in ("the", "their", "our", "his", "her", "some", "most", "many")
        or words[0][:1].isupper()
        or lexicon.is_plural_noun(words[0].lower())
    ):
        return False
    return any(
        w.lower() in _AUX or lexicon.is_third_person(w.lower()) or lexicon.is_past(w.lower())
        for w in words[1:6]
    )


def worry_of(item: str, read: Reader) -> str | None:
    """An interviewer's worry named as theirs: "your concern about X", "your concern that S";
    "" when the line is a worry whose subject cannot be read; None when it is no worry."""
    text = item.strip()
    if re.match(r"(?i)^(?:i|i'm|im|i am|we)\b", text):
        return None  # the candidate's own worry is no topic of the reader's
    if re.match(rf"(?i)^{_PRON}{_FEELING} (?:about|over|that)\b", text):
        return None  # "her concern about crew fatigue": a noun phrase already, read as typed
    found = _ABOUT.match(text) or _AFTER.match(text) or _LABEL.match(text)
    found = found or _LABELLED.match(text) or _SUBJECT_FIRST.match(text)
    if found:
        what = found["what"] or found.groupdict().get("before") or ""
        what = re.sub(r"(?i)^me (?=being\b)", "my ", what)  # "me being overqualified": my being
        if re.search(r"(?i)\bme\b", what):
            return ""  # whose "me" it is would be turned round: left out
        about = read(what)
        if not about.text or about.question or about.answer:
            return ""
        noun = _noun(text)
        said = f"your {noun} {'of' if noun == 'fear' else 'about'} {about.full or about.text}"
        if about.detail and problem(f"I understood {said}."):
            said = f"your {noun} {'of' if noun == 'fear' else 'about'} {about.text}"
        return "" if problem(f"I understood {said}.") else said
    clause = _THAT.match(text)
    if clause is None:
        return None
    what = clause["clause"].strip()
    if not _clause(what.split()) or re.search(r"[()/+→]|->|\b(?:w/|b/c|bc|abt)\b", what):
        return ""
    what = to_reader(what[0].lower() + what[1:] if what[:4] in ("The ", "Thei") else what)
    said = f"your {_noun(text)} that {what}"
    return "" if problem(f"I understood {said}.") else said


def _noun(typed: str) -> str:
    """The noun of the feeling as typed: "her worry", "fears" keep theirs; a feeling typed as a
    describing word ("worried", "afraid") is their concern."""
    found = re.search(r"(?i)\b(worry|worries|concern|concerns|fear|fears)\b", typed)
    return found[1].lower().rstrip("s").replace("worrie", "worry") if found else "concern"
