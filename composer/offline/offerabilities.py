"""A contribution typed as what the candidate is and can do: a list of abilities.

"calm in emergencies + good w/ public, would like to build up the school programs", "can run the
cnc and still do proper hand finishing", "firm but fair", "eagle-eyed, fast, and used to CMOS".
Each piece of the list is read by its class and given the subject and verb that class needs:
- a quality (an adjective alone, before a preposition, or joined to another by "but"): "I am";
- an ability or a wish ("can ...", "happy to ...", "would like to ..."): "I can", "I am happy
  to", "I would like to";
- a state the candidate is in (a closed set of verbs: know, speak, understand): "I know";
- a thing done, as a participle ("done an SD-WAN rollout"): "I have done";
- a measure and where it would go ("forecast accuracy up"): "I would get";
- a thing to bring, among abilities ("... + a big supplier list"): "I would bring".
Qualities next to each other are said in one clause ("I am calm in emergencies and good with
the public"). An aside after a dash is detail the sentence leaves out. A list with no quality
or ability in it is not this shape (None: `offer` reads it), and a piece that fits no class
leaves the whole contribution to `offer`.
"""

from __future__ import annotations

import itertools

from composer import regexes as re
from composer.offline import lexicon, offerperson
from composer.offline.cleaning import clean, lower_first
from composer.offline.heard import MONTH, WEEKDAY
from composer.offline.offerlist import RESULT_VERBS, able, own_quality
from composer.offline.offervoice import tool_names
from composer.offline.phrases import Shape, analyse
from composer.offline.realise import with_article
from composer.offline.wellformed import problem
from composer.offline.words import FUNCTION_WORDS

# Where one piece of the list ends: "+", "plus", a comma, or "and" before a new ability.
_PIECES = re.compile(
    r"\s+(?:\+|&|plus)\s+|[,;]\s+(?:and\s+|plus\s+)?"
    r"|\s+and\s+(?=(?:can|could|know|I|happy|glad|keen|willing|would|want|good|used)\b)"
)
# The words that may follow a quality in its phrase: "calm in", "good with", "firm but fair".
_AFTER_QUALITY = frozenset(
    ["in", "with", "at", "under", "on", "about", "around", "for", "to", "but", "and", "when"]
)
# A quality that is a compound: "eagle-eyed", "level-headed", "well-organised".
_COMPOUND_QUALITY = re.compile(r"^[a-z]+-(?:[a-z]+ed|minded)$|^well-[a-z]+ed$")
# Endings that make a word an adjective where the tables lack it: "sensible", "careful".
_ADJECTIVE_ENDING = re.compile(r"[a-z]{3}(?:ible|able|ful|ous|ive)$")
# Words after "own" that make it a verb of its own ("own the rota", "own it"), not "my own".
_NOT_OWNED = frozenset(["the", "a", "an", "my", "our", "your", "their", "it", "this", "that", "up"])
# A day typed straight after "start": "can start 4 January", "can start Monday".
_START_DAY = re.compile(rf"\bstart (?=\d{{1,2}}(?:st|nd|rd|th)? {MONTH}\b|{WEEKDAY}\b)")
# Words of degree before a quality: "very patient", "really calm", "fully insured".
_DEGREE = frozenset(["very", "really", "quite", "extremely", "super", "pretty", "so"])
# States the candidate is in, said in the present: "know most of the committee staff".
_STATES = frozenset(["know", "speak", "understand"])
# Nouns for a whole body of people, which take "the": "good w/ public" -> "good with the public".
_COLLECTIVE = re.compile(r"\b(with|to|for|in front of) (public|press|police)\b")
# A thing to bring, or a quality typed as one ("calm head"): said with its article.
_NOUNS = (Shape.NOUN, Shape.ROLE)
_WILLING = re.compile(r"^(?:happy|glad|keen|willing|able|ready|used) to\s")
_WISH = re.compile(r"^(?:would like|want|hope|keen) to\s")
_ABLE = re.compile(r"^(?:can|could|will)\s+\w")
# A quality ending on a name it is "with" or "in": "good with R", "fluent in Te Reo".
_NAMED_OBJECT = re.compile(r"\b(?:with|in|at|on) [A-Z][\w+#.-]*$")
# A quality's object at its end, bare: "good with kids", "calm with dogs".
_OBJECT_END = re.compile(r"\b(?:with|at|to|for|around) (?!the\b|a\b|an\b)[\w-]+$")
# Determiners that start the object of a doing: "comfortable driving the van".
_THE = frozenset(["the", "a", "an", "my", "our", "their", "your", "any", "every"])
# Plurals the lexicon lists as their own lemma: "older people", "young children".
_PLURAL_PEOPLE = frozenset(["people", "children", "men", "women", "folk"])
# A measure and where it would go: "forecast accuracy up", "waiting times down".
_RESULT = re.compile(r"^(?:[\w&-]+ ){1,3}(?:up|down)$")


def abilities(item: str, *, measures: bool = False) -> str | None:
    """The contribution as the candidate's own sentence when it is a list of abilities, or
    None when it is not that shape or a piece fits no class. A measure ("forecast accuracy
    up") makes the list one of abilities only with `measures` (when nothing else reads it)."""
    head = re.split(r"\s+[-–—]+\s+", " ".join(item.split()), maxsplit=1)[0].strip(" ,.;")
    # split as typed ("+" is a piece's end), then each piece cleaned and spelled out
    pieces = [  # each with an ordinary first word's typed capital lowered ("Calm with ...")
        _COLLECTIVE.sub(r"\1 the \2", lower_first(tool_names(clean(p)), frozenset()))
        for p in _PIECES.split(head)
        if p.strip()
    ]
    if not pieces or not all(pieces) or any(re.search(r"[()?:;=/]|->", p) for p in pieces):
        return None
    read: list[tuple[str, str, str]] = []  # (class, the piece said, the piece as typed)
    joins = [m.group().strip() for m in _PIECES.finditer(head)]  # what typed each piece after
    for n, piece in enumerate(pieces):
        said = _piece(piece)
        before = read[-1] if read else None
        tight = n > 0 and len(joins) == len(pieces) - 1 and joins[n - 1] in ("+", "&", "plus")
        if (
            tight
            and before
            and before[0] == "am"
            and re.fullmatch(r"[a-z]+s", piece)
            and re.search(r"\b(?:with|about|on) (?:[a-z-]+ )*[a-z-]+s$", before[1])
        ):  # "careful w/ safety checks + logs": a second object of the quality, no "I log"
            read[-1] = ("am", f"{before[1]} and {piece}", f"{before[2]} {piece}")
            continue
        willing = before is not None and before[0] == "am" and bool(_WILLING.match(before[1]))
        if said is None and before and (before[0] in ("can", "wish") or willing) and _act(piece):
            # "can fly the survey + process the data": the "can" goes on to the next act
            read[-1] = (before[0], f"{before[1]} and {piece}", f"{before[2]} {piece}")
            continue
        if said is None and before and before[0] == "am" and _acting(piece):
            said = ("act", f"I would {piece}")  # "strong on safety + get the crew certified"
        if said is None and before and before[0] == "have" and _described(piece):
            said = ("thing", f"I would bring {lexicon.article(piece)} {piece}")  # "clean licence"
        if said is None:
            return None
        if (
            before
            and _state_phrase(piece.split())
            and re.search(r" (?:that|which|who) ", before[2])
        ):
            return None  # "events that run on time + on budget": the clause goes on
        named = bool(before and before[0] == "am" and _NAMED_OBJECT.search(before[1]))
        if tight and before and before[0] == "am" and said[0] == "thing":
            last = piece.split()[-1].lower()  # people, never "safety first"
            plural = lexicon.is_plural_noun(last) or last in _PLURAL_PEOPLE
            named = named or bool(
                _OBJECT_END.search(before[1]) and plural and not own_quality(piece)
            )
        # "good w/ kids + older ppl": a thing typed tight after a quality's object is its
        # second object ("good with kids and older people"), unless it is a thing of the
        # candidate's own work ("calm with horses + clean stables")
        if (
            before
            and said[0] == "thing"
            and named
            and (tight or re.match(r"[A-Z][\w+#.-]*", piece))
        ):
            # "good w/ R + GIS for the data side": a second name the quality is "with"
            read[-1] = ("am", f"{before[1]} and {piece}", f"{before[2]} {piece}")
            continue
        if before and said[0] == "thing" and before[0] == "can" and _named_pair(before[2], piece):
            # "could own BSP + OTA pipeline end to end": a second named thing of the same verb
            thing = said[1].removeprefix("I would bring ")
            read[-1] = ("can", f"{before[1]} and {thing}", f"{before[2]} {piece}")
            continue
        if said[0] == "thing" and before and before[0] in ("thing", "have"):
            thing = said[1].removeprefix("I would bring ")  # "my own van and a clean licence"
            read[-1] = (before[0], f"{before[1]} and {thing}", f"{before[2]} {piece}")
            continue
        read.append((*said, piece))
    for (kind, _, typed), after in itertools.pairwise(read):
        if kind == "am" and " " not in typed and after[0] == "thing":
            return None  # "steady, client-focused work": two adjectives of one thing
    kinds = [kind for kind, _, _ in read]
    if "habit" in kinds and "thing" in kinds:
        return None  # "used to weather + tight schedules, learns fast": a thing misread, unsure
    mine = {"am", "can", "state", "done", "have", "clause", "habit"} | (
        {"result"} if measures else set()
    )
    if not any(k in mine for k in kinds):
        return None  # things and acts alone: `offer` reads them
    if len(pieces) == 1 and kinds[0] == "am" and " " not in pieces[0]:
        return None  # one bare quality ("bilingual"): too little to say alone
    sentence = _joined(_grouped(read))
    return None if sentence is None or problem(sentence) else sentence


# A thing done and how often, typed after it: "cremator checks daily", "bay walks every shift".
_DUTY = re.compile(
    r"^(?P<np>[a-z][a-z -]*[a-z]) (?P<when>daily|weekly|nightly|monthly|(?:every|each) (?:day|"
    r"morning|evening|night|shift|week|month))$"
)


def _grouped(read: list[tuple[str, str, str]]) -> list[str]:
    """The candidate's clauses, one per class of piece in the order the classes were first
    typed, the qualities together in twos ("calm on the phone, quick logging, used to nights":
    "I am calm on the phone and used to nights", "I would bring quick logging")."""
    by_kind: dict[str, list[str]] = {}  # in the order the classes were first typed
    for kind, said_piece, _ in read:
        by_kind.setdefault(kind, []).append(said_piece)
    clauses: list[str] = []
    for kind, pieces in by_kind.items():
        if kind == "thing":  # "reliable early starts, good w landlords, clean van checks"
            things = [t.removeprefix("I would bring ") for t in pieces]
            clauses.append("I would bring " + " and ".join(things))
            continue
        if kind == "duty":  # "the cremator checks daily and the bay walk weekly"
            done = [pieces[0], *(p.removeprefix("I would do ") for p in pieces[1:])]
            clauses.append(" and ".join(done))
            continue
        if kind != "am":
            clauses.extend(pieces)
            continue
        qualities = pieces  # "I am tidy, punctual, and good with clients"; never "I
        listed = ", ".join(qualities[:-1]) + f", and {qualities[-1]}"  # am calm with X, good
        if len(qualities) == 3 and not problem(f"I am {listed}."):  # with Y" (`clauses._tail`)
            clauses.append(f"I am {listed}")
            continue
        clauses.extend(
            "I am " + " and ".join(qualities[n : n + 2]) for n in range(0, len(qualities), 2)
        )
    return clauses


def _joined(clauses: list[str]) -> str | None:
    """ "I am A", "I would bring B", "I can C" -> "I am A, and I would bring B and can C": two
    clauses at most, the last sharing its "I" with a third; None for more than three."""
    if len(clauses) > 3:
        return None
    if len(clauses) == 3:
        clauses = [clauses[0], f"{clauses[1]} and {clauses[2].removeprefix('I ')}"]
    return (clauses[0] if len(clauses) == 1 else f"{clauses[0]}, and {clauses[1]}") + "."


def _piece(piece: str) -> tuple[str, str] | None:
    """(class, the piece said): "am" (a quality, said after "I am"), "can", "state", "done",
    "wish", "clause" or "thing"; None when it fits no class."""
    text = piece.strip()
    words = text.split()
    first = words[0].lower()
    if first == "i" and len(words) > 1:
        return "clause", "I" + text[1:]
    if first == "own" and len(words) > 1 and words[1].lower() not in _NOT_OWNED:
        return "have", f"I have my own {' '.join(words[1:])}"  # "own van": never "to own van"
    if _ABLE.match(text):  # "can start 4 January": on that day
        return "can", f"I {_START_DAY.sub('start on ', text)}"
    if _WILLING.match(text) or able(text):  # "happy to travel", "easy to give notes to"
        return "am", text
    if _WISH.match(text):
        return "wish", "I would like to " + text.split(" to ", 1)[1]
    if first in _STATES and len(words) > 1:
        return "state", f"I {text}"
    own = lexicon.base_of(first) if lexicon.is_third_person(first) else None
    if own and len(words) <= 3 and own not in ("be", "have", "do", "need"):  # "learns fast"
        return "habit", " ".join(["I", own, *words[1:]])
    acting = lexicon.is_base_verb(first) and not lexicon.is_noun(first)
    if _RESULT.match(text) and not acting and first not in RESULT_VERBS:
        return "result", f"I would get {text}"  # "forecast accuracy up": what it would reach
    if _quality(words) or _state_phrase(words):
        return "am", text
    duty = _DUTY.match(text)
    if duty and all(
        lexicon.is_noun(w) and "adj" not in lexicon.classes(w) for w in duty["np"].split()
    ):
        # "cremator checks daily": a duty done so often, never a thing brought
        return "duty", f"I would do the {duty['np']} {duty['when']}"
    # ("run marsh day to day": a deed to come, never "I have run")
    if (
        lexicon.is_participle(first)
        and not lexicon.is_past(first)
        and not lexicon.is_base_verb(first)
        and len(words) > 1
    ):
        return "done", f"I have {text}"
    phrase = analyse(text)
    adjective = "adj" in lexicon.classes(first) or bool(_ADJECTIVE_ENDING.search(first))
    described = adjective and lexicon.is_noun(words[-1].lower())
    if (
        len(words) > 1
        and (phrase.shape is Shape.NOUN or (described and len(words) <= 4))
        and (
            not lexicon.is_base_verb(first) or (described and _plain_adjective(first)) or _of(words)
        )
        and first not in ("less", "fewer", "more", "better", "lower", "faster")
        and words[-1].lower() not in _AFTER_QUALITY | {"up", "out", "off"}  # "hands on"
    ):  # a thing to bring ("sensible stock rotation"); never an outcome ("less training
        # time") or one word of a list
        if offerperson.come_as(text) is not None:
            return None  # "friendly receptionist": a person, never a thing brought
        said = with_article(phrase) if phrase.shape in _NOUNS else text
        last = words[-1].lower()
        # "Safe and careful team": two qualities of one thing, counted with its article
        if (
            said == text
            and re.fullmatch(r"[A-Za-z]+ and [a-z]+ [a-z]+", text)
            and lexicon.is_noun(last)
            and not lexicon.is_plural_noun(last)
            and _plain_adjective(first)
        ):
            said = f"{lexicon.article(text.lower())} {text[0].lower()}{text[1:]}"
        return ("thing", f"I would bring {said}")
    return None


def _state_phrase(words: list[str]) -> bool:
    """ "on time every day", "on top of the paperwork", "in charge of stock": a preposition
    and a bare singular noun, a state the candidate is in ("I am on time ...")."""
    if len(words) < 2 or words[0].lower() not in ("on", "in", "at"):
        return False
    noun = words[1].lower()
    return lexicon.is_noun(noun) and not lexicon.is_plural_noun(noun) and noun not in FUNCTION_WORDS


def _of(words: list[str]) -> bool:
    """ "experience of running a warehouse", "knowledge of stock control": a noun before "of"
    is a thing, whatever else its first word can be (a verb takes no "of")."""
    return len(words) > 2 and words[1] == "of" and lexicon.is_noun(words[0].lower())


def _named_pair(verb_piece: str, piece: str) -> bool:
    """Whether `piece` is a second named thing after a verb whose object is named in capitals
    ("own BSP" + "OTA pipeline end to end"), so both are its objects."""
    return bool(re.search(r"\s[A-Z][A-Z\d+#.-]+$", verb_piece)) and bool(
        re.match(r"[A-Z]{2}", piece)
    )


def _plain_adjective(word: str) -> bool:
    """ "fast", "clean": a describing word that is a verb too, but no past or participle of one
    ("cut costs" is an act, never a thing brought)."""
    return "adj" in lexicon.classes(word) and not (
        lexicon.is_past(word) or lexicon.is_participle(word)
    )


def _act(piece: str) -> bool:
    """Whether the piece is a plain act: "process the data same day"."""
    words = piece.split()
    first = words[0].lower() if words else ""
    if first in ("have", "be", "do", "get"):  # an auxiliary or a light verb: no act of its own
        return False
    return len(words) > 1 and lexicon.is_base_verb(first) and not _quality(words)


def pieces_of(item: str) -> int:
    """How many pieces the contribution is typed in ("+", "plus", commas)."""
    return len([p for p in _PIECES.split(item) if p.strip()])


def _quality(words: list[str]) -> bool:
    """Whether the words are a quality: an adjective alone or before what may follow one."""
    first = words[0].lower()
    adjective = "adj" in lexicon.classes(first) or bool(_COMPOUND_QUALITY.match(first))
    degree = first in _DEGREE or (first.endswith("ly") and "adv" in lexicon.classes(first))
    if degree and len(words) == 2:
        return _quality(words[1:]) or lexicon.is_participle(words[1].lower())  # "fully insured"
    if not adjective and _person_participle(words):
        return True  # "organised", "organised and reliable": what the candidate is
    if not adjective or first in ("own", "whole", "more", "less", "new", "better"):
        return False
    if len(words) > 2 and lexicon.is_gerund(words[1].lower()) and words[2].lower() in _THE:
        return True  # "comfortable driving the van": what the candidate is at ease doing
    if len(words) > 3 and words[1].lower() in ("and", "but"):  # the other a quality too:
        return words[3].lower() in _AFTER_QUALITY  # never "calm and quiet rooms"
    return len(words) == 1 or words[1].lower() in _AFTER_QUALITY


def _person_participle(words: list[str]) -> bool:
    """A participle in "-ed" alone, or joined to an adjective, that says what a person is
    ("organised", "motivated and calm"); never one with an object or a place ("delivered on
    time", "organised the rota")."""
    first = words[0].lower()
    if not (first.endswith("ed") and lexicon.is_participle(first)):
        return False
    if len(words) == 1:
        return True
    return (
        len(words) == 3
        and words[1].lower() in ("and", "but")
        and ("adj" in lexicon.classes(words[2].lower()))
    )


def _described(piece: str) -> bool:
    """A thing with a word that describes it, that a verb reading would take as an act:
    "clean licence", "full kit" (two words, the last a singular noun)."""
    words = piece.lower().split()
    if len(words) != 2 or "adj" not in lexicon.classes(words[0]):
        return False
    return lexicon.is_noun(words[1]) and not lexicon.is_plural_noun(words[1])


def _acting(piece: str) -> bool:
    """An act the candidate would do, after a quality: a plain verb (never one that describes)
    with its object after it: "get the crew certified", "keep the logs straight"."""
    words = piece.lower().split()
    if len(words) < 3 or not lexicon.is_base_verb(words[0]) or "adj" in lexicon.classes(words[0]):
        return False
    return words[1] in ("the", "a", "an", "my", "our", "their", "all", "every", "up", "down")
