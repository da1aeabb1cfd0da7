"""Choosing a letter's wordings: varied per reader, not repeating the letter or the panel.

`Writer` builds on this: each section asks `pick` for its wording, which gives way to another
when it would repeat a wording, a feeling word or a word run of this letter, echo its own
values, or say a sentence of a letter written earlier to the same panel.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from composer import regexes as re
from composer.english import NAME_ABBREVIATIONS
from composer.models import Notes
from composer.offline import lexicon, phrasebook, topicframes
from composer.offline.phrasebook import Variation, frame_trigrams, moods
from composer.offline.plurals import takes_plural
from composer.offline.words import DETERMINERS, PREPOSITIONS, SETBACK_WORDS, WH_WORDS

# Words of the frames themselves that say nothing a value could echo.
_FRAME_WORDS = frozenset(
    ["that", "with", "your", "have", "would", "what", "this", "also", "from", "about"]
)
_SLOT = re.compile(r"\{\w+\}")
# A sentence ends at its stop, and a letter's line ends one too: the greeting and subject have
# none, and the opening sentence under them is a sentence of its own.
# A sentence ends at its stop, and a letter's line ends one too: the greeting and subject have
# none, and the opening sentence under them is a sentence of its own.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\s*\n\s*")
_WORDS = re.compile(r"[a-z]+")
# Frames that say a topic was a pleasure: not for a setback ("the backlog of complaints").
# Words that open a clause of time or cause inside a topic's name: "... since the new online
# system went live", "... because the supplier changed".
_CLAUSE_OPENS = "since|because|until|unless|once"
# A topic's name this long is no name "with you" can follow.
_LONG_NAME = 8
_GLAD = re.compile(r"\b(?:enjoy\w*|highlight|most interesting|pleasure|fun)\b", re.IGNORECASE)


def _key(text: str) -> str:
    """A sentence as the panel check compares it: its words, in lower case, without "also"
    ("I also hold an LLB." says what "I hold an LLB." does: `paragraphs` may add it)."""
    return " ".join(w for w in _WORDS.findall(text.casefold()) if w != "also")


def sentence_keys(texts: Iterable[str]) -> set[str]:
    """The sentences of `texts`, each as the panel check compares it."""
    return {_key(part) for text in texts for part in _SENTENCE_END.split(text)}


def filled_raw(values: dict[str, str]) -> str:
    """The values of a wording's slots, as one text."""
    return " ".join(values.values())


# Words of a closed class the word lists do not hold: never note-speak.
_FUNCTION_WORDS = DETERMINERS | PREPOSITIONS | WH_WORDS | frozenset(["and", "or", "their", "its"])


class Wording:
    """The wording choices of one letter; `Writer` sets these fields."""

    notes: Notes
    tone: str
    channel: str
    variation: Variation
    used: set[str]  # wordings this letter has used
    moods: set[str]  # feeling words this letter has used
    frames: set[tuple[str, ...]]  # three-word runs of the wordings used
    taken: frozenset[str]  # sentences of the panel's earlier letters

    def words(self, section: str) -> tuple[str, ...]:
        options = phrasebook.wordings(section, self.tone, self.channel)
        company = self.notes.company
        if self._company_abbreviated():
            # "at Acme Inc.." or "at Acme Inc. It was": keep the company off a sentence end,
            # with the time after it where a wording has one, so every wording stays open.
            safe = tuple(w for w in map(_company_inside, options) if w is not None)
            options = safe or options

        del company
        if section == "closing" and self.notes.interview.format == "phone":
            # "It was good to meet you" after a phone call: they never met
            unmet = tuple(o for o in options if not re.search(r"\bmeet(?:ing)?\b", o))
            options = unmet or options
        return options

    def pick(self, section: str, **values: str) -> str:
        """This letter's wording for `section`, filled in.

        A wording already used in this letter, or one whose own words echo the values
        ("I also wanted to mention that the guide I mentioned ..."), gives way to the next;
        so does one with the word `avoid` (given among the values) in it.
        """
        options = self._lanes(self.variation.order(section, self.words(section)))
        avoid = values.pop("avoid", "")  # a word the sentence before has just said
        if values.pop("mine", ""):  # a topic the candidate told them about: never theirs
            options = [o for o in options if not topicframes.theirs(o)] or options
        options = [o for o in options if not avoid or avoid not in o] or options
        options = topicframes.fitting(section, options, values.get("topic", ""))
        if section.startswith("topic") and re.search(
            r"\b(?:I|I'd|I'm|my|me)\b", filled_raw(values)
        ):
            # "how I'd handle an activist shareholder": only "our discussion of ..." fits
            ours = [o for o in options if re.search(r"\b(?:our|we)\b", o, re.IGNORECASE)]
            options = ours or options
        if values.get("topic", "").lower().startswith("what "):
            # "what you said about what the first two years look like": one "what" only
            options = [o for o in options if "what you said about {topic}" not in o] or options
        opening = values.get("topic", " ").split(" ")[0].rsplit("-", 1)[-1]
        if lexicon.is_gerund(opening):
            # "discussing managing a caseload": a gerund topic after a gerund reads badly, and
            # a frame with a verb of doing the same says it twice ("we covered covering ...")
            plain = [
                o
                for o in options
                if not re.search(r"(?:discussing|discuss|gave to) \{topic\}", o)
                and not _same_verb(o, opening)
            ]
            options = plain or options
        if re.match(r"(?:how|what|whether|why|when|where|which)\b", values.get("topic", "")):
            # A wh-clause reads badly after "on" ("to think about on how ...") and as a heavy
            # subject ("How associates get first-chair experience is familiar to me"; the last
            # gate leaves out "How the care assistants work ... was the part ...", and the
            # topic with it).
            inside = [  # (nor after "to": "the time we gave to how ...")
                o
                for o in options
                if not re.search(r" (?:on|to) \{topic\}", o) and not o.startswith("{Topic}")
            ]
            options = inside or options
        topic_said = values.get("topic", "")
        if section in ("topic", "topic_only") and SETBACK_WORDS & set(topic_said.lower().split()):
            # "the reporting deadline missed last year" was a problem talked through, not
            # something enjoyed or a highlight (a topic added to a short letter keeps its
            # wordings: with fewer, it is left out)
            sober = [o for o in options if not _GLAD.search(o)]
            options = sober or options
        if section.startswith("topic") and (
            re.search(r"\bwith (?!you\b)\S+", topic_said)
            or _long_name(topic_said, many=section in ("topic", "topic_only"))
        ):
            # "the deadline missed with the Winnipeg Foundation": no second "with you" after
            # it; nor after a long name or a clause ("the backlog of licence renewals since
            # the new system went live with you"), where it hangs on the clause's verb
            one_with = [
                o for o in options if "{topic} with you" not in o and "{topic} with me" not in o
            ]
            options = one_with or options
        typed = re.match(r"[a-z]{2,4}(?= )", topic_said)
        if re.search(rf"\s(?:when|if|while|where|{_CLAUSE_OPENS})\s", topic_said) or (
            typed and not lexicon.known(typed.group()) and typed.group() not in _FUNCTION_WORDS
        ):
            # a topic with a clause of its own is a heavy subject: "Sync conflicts when
            # offline edits collide were the part ..." reads better after "about"; a word of
            # note-speak ("info literacy") is not given a capital to open a sentence
            light = [o for o in options if not o.startswith("{Topic}")]
            options = light or options
        if re.search(
            rf"\s(?:when|if|while|where|that|who|which|being|{_CLAUSE_OPENS})\s|^(?:how|what|why)\s",
            topic_said,
        ):  # ("the ute and tools being supplied with you": the clause of a thing's state)
            # a clause runs to the end of the sentence: "discussing what we check when a
            # result comes back bad with me" hangs "with me" on the clause ("discussing how you
            # run design reviews with me"), so the frames that END with the topic are kept when
            # any does
            last = [o for o in options if re.search(r"\{topic\}[.!]?$", o)]
            options = last or options
        if re.search(r"\babout\b(?! [\d$£€])", topic_said):  # "Our exchange about ... about X"
            once = [o for o in options if not re.search(r"\babout \{topic\}", o)]
            options = once or options
        capital = [
            k for k, v in values.items() if re.match(r"[A-Z]", v) and not re.match(r"I\b", v)
        ]
        if capital:
            # "my own work: Falls went down": after a colon inside a sentence comes a small
            # letter, so a value that starts with a capital takes a wording without one.
            plain = [o for o in options if not any(f": {{{k}}}" in o for k in capital)]
            options = plain or options
        if any("," in v for k, v in values.items() if k != "company"):
            # A value with its own commas reads best at the end of the sentence (a company's
            # name with a comma, "Hollis, Brandt & Okoye LLP", is a name, not a list).
            ending = [o for o in options if re.search(r"\{\w+\}\.$", o)]
            options = ending or options
        filled = " ".join(values.values()).lower()
        # A frame echoes only the values it says: the thanks is given "our conversation on
        # Monday" for the wordings that take it, which is no echo in one that does not.
        fresh = [o for o in options if o not in self.used and not self._echoes(o, _said(o, values))]
        # The wording that repeats least: first a sentence of the panel's earlier letters (the
        # letters of one panel each take their own), then a feeling word of this letter, then a
        # run of its words; on a tie, the letter's order.
        option = min(
            fresh or options,
            key=lambda o: (
                self._taken(o, values),
                section == "topic" and self._frame_taken(o),
                len(moods(o) & self.moods),
                len(frame_trigrams(o) & self.frames),
            ),
        )
        self.used.add(option)
        self.note(option)
        self.moods |= moods(filled)
        topic = values.get("topic", "")
        if option.startswith("{Topic} ") and takes_plural(topic):
            # "Scoping and timelines were ...", "Pick rates are familiar ground too"
            for single, plural in (("was", "were"), ("is", "are"), ("matters", "matter")):
                if option.startswith(f"{{Topic}} {single} "):
                    option = option.replace(f"{{Topic}} {single} ", f"{{Topic}} {plural} ", 1)
                    break
        return self._fix_stops(option.format(**values))

    def _taken(self, option: str, values: dict[str, str]) -> bool:
        """True when the wording, filled in, is a sentence of an earlier letter of the panel."""
        if not self.taken:
            return False
        text = self._fix_stops(option.format(**values))
        return any(_key(part) in self.taken for part in _SENTENCE_END.split(text))

    def _frame_taken(self, option: str) -> bool:
        """True when an earlier letter of the panel says this wording's frame around other
        values: "Our exchange about {topic} is the one I keep returning to." to two panellists
        reads as one letter with the topic swapped. Asked of the first topic's section only,
        which has wordings enough for a panel: the fewer of the others would push a colleague's
        wording elsewhere (a later topic with none left, a step said alike)."""
        frame = _frame_pattern(option)
        return frame is not None and any(frame.fullmatch(key) for key in self.taken)

    def repeats(self, text: str) -> bool:
        """True when a sentence, filled in, is one of an earlier letter of the panel."""
        return any(_key(part) in self.taken for part in _SENTENCE_END.split(text))

    @staticmethod
    def _echoes(option: str, filled: str) -> bool:
        """True when a frame's own words repeat its values: "the guide I mentioned ..."."""
        return any(word in filled for word in _own_words(option))

    def fits(self, option: str) -> bool:
        """False when a wording would repeat a feeling word or three words of an earlier frame,
        or is, with no slot to fill, a sentence of an earlier letter of the panel."""
        whole = "{" not in option and self.repeats(option)
        return not (moods(option) & self.moods or frame_trigrams(option) & self.frames or whole)

    def note(self, wording: str) -> None:
        """Remember a wording's feeling words and word runs, so later sentences do not echo it."""
        self.moods |= moods(wording)
        self.frames |= frame_trigrams(wording)

    def _lanes(self, options: list[str]) -> list[str]:
        """This reader's wordings first: every panel-size-th one from its own choice.

        Panellists start one place apart, so when a wording gives way to another, it steps
        by the panel's size and does not land on a colleague's first choice.
        """
        size = len(self.notes.interviewers)
        if size < 2 or size >= len(options):
            return options
        return options[::size] + [o for i, o in enumerate(options) if i % size]

    def _fix_stops(self, text: str) -> str:
        company = self.notes.company
        if company.endswith((".", "!", "?")):
            text = text.replace(f"{company}.", company)
        # "at 3 a.m..": a value that ends on an abbreviation's stop ends the sentence with it
        return re.sub(r"(?<=\b[a-z]\.[a-z]\.)\.(?=\s|$)", "", text)

    def _company_abbreviated(self) -> bool:
        last = self.notes.company.split()[-1].rstrip(".").lower()
        return (
            len(last) == 1
            or last in NAME_ABBREVIATIONS
            or self.notes.company.endswith((".", "!", "?"))
        )


@functools.lru_cache(maxsize=1024)  # the wordings of the phrasebook, asked of every letter
def _own_words(wording: str) -> frozenset[str]:
    """The first letters of a wording's own words that a value could echo (its slots left
    out, and words of four letters or more that say nothing of one: `_FRAME_WORDS`)."""
    own = {w[:6] for w in _WORDS.findall(_SLOT.sub(" ", wording).lower()) if len(w) >= 4}
    return frozenset(own - _FRAME_WORDS)


def _same_verb(wording: str, gerund: str) -> bool:
    """True when a word of a wording's own frame is a form of the verb `gerund` is: "I was glad
    we covered {topic}" before "covering nurse in charge"."""
    lemma = lexicon.base_of(gerund)
    own = _WORDS.findall(_SLOT.sub(" ", wording).lower())
    return lemma is not None and any(lexicon.base_of(word) == lemma for word in own)


def _company_inside(wording: str) -> str | None:
    """A wording with the company off its end: "... {met_when} about {role} at {company}." takes
    its time last ("... about {role} at {company} {met_when}."), "{met_noun_when} about {role} at
    {company}." names the company first; None when it cannot."""
    if "{company}." not in wording:
        return wording
    if wording.endswith(" about {role} at {company}.") and " {met_when}" not in wording:
        # "Thank you for Monday's panel interview with Acme Inc about the Data Engineer role."
        return wording.replace(" about {role} at {company}.", " with {company} about {role}.")
    if not wording.endswith(" at {company}.") or " {met_when}" not in wording:
        return None
    return wording.replace(" {met_when}", "", 1)[:-1] + " {met_when}."


def _said(wording: str, values: dict[str, str]) -> str:
    """The values a wording's slots take, as one lower-case text."""
    return " ".join(v for k, v in values.items() if f"{{{k}}}" in wording).lower()


# The fewest words of its own a frame says for a colleague's letter to be heard in it ("{clause}."
# and "{clause_also}." say none).
_FRAME_OWN = 4


@functools.lru_cache(maxsize=1024)
def _frame_pattern(wording: str) -> re.Pattern[str] | None:
    """A wording's own words with any words in its slots, as `_key` writes a sentence; None for
    a frame that says too little of its own to be heard again (`_FRAME_OWN`)."""
    parts = [_key(part) for part in _SLOT.split(wording)]
    if sum(len(part.split()) for part in parts) < _FRAME_OWN or "{" not in wording:
        return None
    return re.compile(" ?(?:.+)? ?".join(re.escape(part) for part in parts))


def _long_name(topic: str, *, many: bool) -> bool:
    """True when a topic's name holds a clause of time or cause ("the backlog of licence renewals
    since the new online system went live"), or, for a section of `many` wordings, is long ("the
    plant's recordable injury rate on second shift"): a frame ends with it. (A section of two
    wordings keeps both: a second topic would find none left.)"""
    clause = re.search(rf"\b(?:{_CLAUSE_OPENS})\b", topic) is not None
    return clause or (many and len(topic.split()) >= _LONG_NAME)
