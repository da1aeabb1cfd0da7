"""Note items read into what they say, and said for the reader of the letter.

`read_point` takes a qualification, highlight or contribution and gives an `Item`: its kind
(a degree, a certificate held, a skill with its span, an achievement, an ability ...) and the
clause the candidate says ("I earned a J.D. at Fordham Law in 2021, graduating cum laude"), or
no clause and the reason, when the item cannot be said with confidence. The writer leaves such
an item out; it never pastes it.

`read_topic` takes what an interviewer talked about and gives a `Topic`: a noun phrase or a
wh-clause said to that interviewer ("the breach of contract trial you have coming up in May",
"how I would staff a document review with three paralegals"), with what the writer needs to
pick a frame that fits it (plural, a question put to the candidate, about the candidate's own
work).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from enum import Enum

from composer.offline import credentials, cvlines, lexicon, selfnotes
from composer.offline.cleaning import clean
from composer.offline.phrases import Shape, analyse, head_noun
from composer.offline.realise import Clause, clause, sentence, takes_plural, with_article
from composer.offline.screen import is_instruction
from composer.offline.words import (
    AUXILIARIES,
    BE,
    CREDENTIAL_STATES,
    CREDENTIALS,
    DETERMINERS,
    NUMBER_WORDS,
    POSSESSIONS,
    TOPIC_COUNTABLE,
    WH_WORDS,
)


class Kind(Enum):
    """What a candidate's note item says about them."""

    DEGREE = "degree"  # "I earned a PhD in History at Edinburgh in 2022"
    UNDER_WAY = "qualification under way"  # "I am completing a BSc in Economics ..."
    HELD = "qualification held"  # "I hold QTS", "I am registered with NMBI"
    CERTIFICATE = "named certificate"  # "I have completed IOSH Managing Safely"
    ROLE = "what the candidate is"  # "I am a licensed journeyman electrician"
    SKILL = "skill or experience"  # "I have seven years of experience with Go and Rust"
    ACHIEVEMENT = "achievement"  # "I cut shrinkage by a third in one year"
    ONGOING = "ongoing work"  # "My monograph is under contract with ..."
    ABILITY = "ability"  # "I can read blueprints and one-lines"
    TRAIT = "trait"  # "I am calm under pressure"
    NOTE_TO_SELF = "fact from a note to self"  # "The BBC Radio 3 piece reached ..."
    OPINION = "opinion"  # "I think the team should ..."
    OFFER = "what the candidate would bring"  # "I would bring reliable money movement"
    QUESTION = "question"
    UNSURE = "unsure"


@dataclass(frozen=True)
class Item:
    """One note item as the letter may say it; `said` is None when it is left out (`why`)."""

    source: str
    kind: Kind
    said: Clause | None
    why: str = ""

    def sentence(self, adverb: str = "") -> str | None:
        """The item as one sentence ("I also hold QTS."), or None when it is left out."""
        return None if self.said is None else sentence(self.said.text(adverb))


_OPINION = re.compile(r"^I (?:think|believe|feel|reckon)\b|\bshould\b", re.IGNORECASE)
_ONGOING = re.compile(r"\b(?:is|are|am)\b|\bcurrently\b|\bongoing\b|\bunder way\b", re.I)


@functools.lru_cache(maxsize=4096)
def read_point(item: str, common: frozenset[str] = frozenset(), *, offer: bool = False) -> Item:
    """A qualification, highlight or contribution (`offer`) read and said by the candidate.

    A noun phrase that names no possession ("a store team that stays") is no claim "I have
    ...": as a contribution it is what the candidate would bring; otherwise it is left out.
    """
    if is_instruction(item):
        return Item(item, Kind.UNSURE, None, "it reads as an instruction to a model")
    text = clean(item)
    if not text:
        return Item(item, Kind.UNSURE, None, "it is empty")
    if text.endswith("?"):
        return Item(item, Kind.QUESTION, None, "it is a question, not something to claim")
    now = re.match(r"^(?:currently|now|still) (?P<verb>\w+ing)\b", text, re.IGNORECASE)
    if now:
        studying = now.group("verb").lower() in ("studying", "completing", "training", "working")
        under_way = studying and (" towards " in text or " for " in text)
        kind = Kind.UNDER_WAY if under_way else Kind.ONGOING
        return Item(item, kind, Clause("I", "am", text[0].lower() + text[1:]))
    done = re.match(r"^(?P<what>[A-Z][\w -]+?) (?:completed|passed|achieved)$", text)
    if done:
        return Item(item, Kind.HELD, Clause("I", "have completed", f"my {done.group('what')}"))
    if _OPINION.search(text) and text.lower().startswith("i "):
        return Item(item, Kind.OPINION, None, "advice to the employer, not a fact about me")
    tidied = cvlines.tidy(text)
    line = cvlines.read(tidied)
    if line is not None:
        return Item(item, _LINE_KINDS[line[0]], line[1])
    phrase = analyse(item if tidied == text else tidied, common)
    said = clause(phrase)
    if said is None:
        why = "it is a note to self with no fact for the reader"
        if not selfnotes.is_note_to_self(text):
            why = "its wording could not be read with confidence"
        return Item(item, Kind.UNSURE, None, why)
    if selfnotes.is_note_to_self(text):
        return Item(item, Kind.NOTE_TO_SELF, said)
    kind = _kind(phrase.shape, said, text)
    if said.verb == "have experience with" and re.search(r",\s+[a-z]", said.rest):
        return Item(item, Kind.UNSURE, None, "a name with a tail that could not be read")
    raw = _raw(said, item)
    if raw:
        return Item(item, Kind.UNSURE, None, raw)
    if offer and phrase.shape is Shape.NOUN and kind is not Kind.DEGREE:
        return Item(item, Kind.OFFER, Clause("I", "would bring", with_article(phrase)))
    if said.verb in ("have", "hold") and phrase.shape is Shape.NOUN and not _possessed(said.rest):
        return Item(item, Kind.UNSURE, None, "a noun phrase that says nothing the candidate has")
    if offer and kind in (Kind.SKILL, Kind.TRAIT, Kind.ABILITY, Kind.ROLE):
        return Item(item, Kind.OFFER, said)
    return Item(item, kind, said)


_LINE_KINDS = {
    "held": Kind.HELD,
    "role": Kind.ROLE,
    "skill": Kind.SKILL,
    "achievement": Kind.ACHIEVEMENT,
}


def _raw(said: Clause, text: str) -> str:
    """Why a clause still carries the note's marks and cannot go in a letter, or "" (`text` is
    the item as typed)."""
    words = said.text()
    aside = re.search(r"\(([^()]*)\)", words)
    if aside and re.search(r"\b\d+\b|\b(?:still|used|exp|asked|region)\b", aside.group(1)):
        return "it has a bracketed note that a sentence cannot carry"
    times = re.search(r"\b\d+x\b", words)
    if times:
        return f"its shorthand '{times.group()}' has no one sure reading"
    short = re.search(r"\b[A-Z][a-z]{1,5}\.(?=\s|$)", text)
    if short and short.group() not in ("Co.", "Inc.", "Ltd.", "St.", "Dr.", "Mr.", "Ms."):
        return f"its abbreviation '{short.group()}' cannot be spelled out with confidence"
    if said.whole and said.whole.startswith("My experience covers") and re.search(r"\d", text):
        return "it is a list whose parts could not be read"
    return ""


def _possessed(rest: str) -> bool:
    """ "a background in ...", "three years ...", "QTS", "Python": something one can have."""
    words = rest.split()
    first = words[0].lower()
    if first[:1].isdigit() or first in NUMBER_WORDS or words[0][:1].isupper():
        return True
    if first in ("a", "an", "the", "my") and len(words) > 1:
        words = words[1:]
        if words[0][:1].isupper():
            return True  # "a Lean Six Sigma Green Belt"
    head = (head_noun(words) or "").lower().strip(",")
    return head in POSSESSIONS or any(w.lower().strip(",") in CREDENTIALS for w in words)


def _kind(shape: Shape, said: Clause, text: str) -> Kind:
    verb = said.verb
    lower = text.lower()
    if verb == "am completing":
        return Kind.UNDER_WAY
    if verb == "earned" or credentials.degree(text) is not None:
        return Kind.DEGREE
    whole = said.whole or ""
    if re.match(r"I(?: am|'m) (?:a|an) ", whole):
        return Kind.ROLE
    if verb in ("hold", "have completed") or (verb == "am" and _held_state(said.rest)):
        return Kind.CERTIFICATE if verb == "have completed" else Kind.HELD
    if shape is Shape.ROLE:
        return Kind.ROLE
    if verb == "am" and shape is Shape.NOUN:
        return Kind.HELD  # "I am CEng MICE"
    if shape in (Shape.PAST, Shape.PAIR) or (shape is Shape.PARTICIPLE and verb == "was"):
        return Kind.ACHIEVEMENT
    if shape is Shape.BASE or verb == "can" or lower.startswith("can "):
        return Kind.ABILITY
    if shape in (Shape.ADJECTIVE, Shape.PARTICIPLE):
        return Kind.TRAIT
    if shape in (Shape.NOUN, Shape.GERUND):
        return Kind.SKILL
    if _OPINION.search(whole):
        return Kind.OPINION
    if whole.startswith("I can "):
        return Kind.ABILITY
    present = re.match(r"I (\w+) ", whole)
    if present and lexicon.base_of(present.group(1)) == present.group(1).lower():
        verb_word = present.group(1).lower()
        if verb_word not in ("am", "have", "was", "had") and not lexicon.is_past(verb_word):
            return Kind.SKILL  # "I speak fluent Mandarin"
    if re.match(r"I (?:have|am)\b", whole) and not _ONGOING.search(whole[5:]):
        return Kind.SKILL if whole.startswith("I have") else Kind.ROLE
    words = whole.split()
    if any(lexicon.is_past(w) for w in words[1:]) and not _ONGOING.search(whole):
        return Kind.ACHIEVEMENT
    return Kind.ONGOING


def _held_state(rest: str) -> bool:
    return rest.split(" ", 1)[0].lower() in CREDENTIAL_STATES or rest.endswith(
        ("certified", "qualified", "registered", "licensed")
    )


@dataclass(frozen=True)
class Topic:
    """What an interviewer talked about, said to them; `text` is "" when it is left out."""

    source: str
    text: str  # a noun phrase or wh-clause: "our discussion of {text}" reads well
    plural: bool = False  # "Scoping and timelines were ..."
    question: bool = False  # their question to the candidate: "your question about {text}"
    mine: bool = False  # about the candidate's own work or answer: not "what you said about"
    why: str = ""

    @property
    def sure(self) -> bool:
        return bool(self.text)


# A question the interviewer put: "how would I staff ...?" -> "how I would staff ...".
_WH_QUESTION = re.compile(
    r"^(?P<wh>how|what|why|when|where|which \w+|who)\s+(?P<aux>would|could|should|will|can|do"
    r"|did|does|might|is|are|was|were)\s+(?P<who>I|we|you)\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
_YES_NO = re.compile(
    r"^(?P<aux>would|could|should|will|can|do|did|have|am|are)\s+(?P<who>I|you|we)\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
_CONTRACTIONS = (("I'd", "I would"), ("I'm", "I am"), ("I've", "I have"), ("I'll", "I will"))
_THIRD = {"he": "you", "she": "you", "they": "you", "him": "you", "them": "you"}
_POSSESSIVE = {"his": "your", "their": "your", "theirs": "yours"}
_REFLEXIVE = {"himself": "yourself", "herself": "yourself", "themselves": "yourself"}


def to_reader(text: str, names: tuple[str, ...] = ()) -> str:
    """What the notes say of the interviewer, said to them: "the trial he has" -> "you have".

    `names` are the ways the notes name this reader ("Olivia", "Olivia Marsh", "the chair"):
    "Olivia will be in touch" said to Olivia is "you will be in touch".
    """
    for name in sorted(names, key=len, reverse=True):
        if name:
            found = re.compile(rf"\b{re.escape(name)}(?:'s)?\b", re.IGNORECASE)
            text = found.sub(lambda m: "your" if m.group().endswith("'s") else "he", text)
    words = text.split()
    out: list[str] = []
    for index, word in enumerate(words):
        lower = word.lower()
        after = words[index + 1].lower() if index + 1 < len(words) else ""
        if lower in ("he's", "she's", "they're", "they've"):
            out.append("you've" if lexicon.is_participle(after) and after != "been" else "you're")
        elif lower in _THIRD:
            out.append("you")
            if after and lower in ("he", "she") and index + 1 < len(words):
                words[index + 1] = _agree(words[index + 1])
        elif lower == "her":
            noun_after = after and (lexicon.is_noun(after) or "adj" in lexicon.classes(after))
            out.append("your" if noun_after else "you")
        elif lower in _POSSESSIVE:
            out.append(_POSSESSIVE[lower])
        elif lower in _REFLEXIVE:
            out.append(_REFLEXIVE[lower])
        else:
            out.append(word)
    return " ".join(out)


def _agree(verb: str) -> str:
    """The verb after "you" where the notes had "he" or "she": "has" -> "have"."""
    lower = verb.lower()
    fixed = {"is": "are", "was": "were", "has": "have", "does": "do", "isn't": "aren't",
             "wasn't": "weren't", "hasn't": "haven't", "doesn't": "don't"}  # fmt: skip
    if lower in fixed:
        return fixed[lower]
    if lexicon.is_third_person(lower) and not lexicon.is_plural_noun(lower):
        return lexicon.base_of(lower) or verb
    if lexicon.is_third_person(lower) and lower.endswith("s"):
        return lexicon.base_of(lower) or verb
    return verb


def _asked(text: str) -> str | None:
    """Their question to the candidate as a wh-clause, or None when it cannot be reworded."""
    body = text.rstrip("?").strip()
    body = re.sub(r"\byour\b", "my", re.sub(r"\byou\b", "I", body, flags=re.I), flags=re.I)
    found = _WH_QUESTION.match(body)
    if found:
        wh, aux, who, rest = (found.group(n) for n in ("wh", "aux", "who", "rest"))
        who = "I" if who.lower() in ("i", "you") else who.lower()
        if aux.lower() in ("do", "does"):
            return f"{wh.lower()} {who} {rest}"
        if aux.lower() == "did":
            verb, _, more = rest.partition(" ")
            past = lexicon.verb_forms(verb.lower()).get("VBD")
            return f"{wh.lower()} {who} {past} {more}".strip() if past else None
        aux = {"is": "am", "are": "am", "was": "was", "were": "was"}.get(aux.lower(), aux.lower())
        return f"{wh.lower()} {who} {aux} {rest}"
    if re.match(r"^(?:whether|how|what|why|when|where|who)\s+(?:I|we)\b", body):
        return body  # already in statement order: "whether I could cover weekends"
    found = _YES_NO.match(body)
    if found:
        aux, rest = found.group("aux").lower(), found.group("rest")
        if aux in ("do", "does"):
            return f"whether I {rest}"
        if aux == "did":
            verb, _, more = rest.partition(" ")
            past = lexicon.verb_forms(verb.lower()).get("VBD")
            return f"whether I {past} {more}".strip() if past else None
        if aux in ("am", "are"):
            return f"whether I am {rest}"
        return f"whether I {aux} {rest}"
    return None


@functools.lru_cache(maxsize=1024)
def read_topic(item: str, common: frozenset[str] = frozenset()) -> Topic:
    """What an interviewer discussed, said to them, or an empty `text` and the reason.

    Kept for the next call with the same item: every wording tried for every letter of a panel
    reads the same topics.
    """
    if is_instruction(item):
        return Topic(item, "", why="it reads as an instruction to a model")
    text = clean(item)
    if re.search(r"\bvs?\.?\s", text):
        text = re.sub(r"\bvs?\.?(?=\s)", "versus", text)  # "Relativity vs Nuix"
    for short, full in _CONTRACTIONS:
        text = re.sub(rf"\b{re.escape(short)}\b", full, text)
    # An aside in brackets is the candidate's reminder, not part of the subject:
    # "the kitchen team (2 commis leaving)" -> "the kitchen team".
    text = re.sub(r"\s*\([^()]*\)", "", text).strip()
    if text.endswith("?"):
        about = _about_them(text)
        if about is not None:
            return Topic(item, about, plural=False)
        asked = _asked(text)
        if asked is not None:
            return Topic(item, asked, question=True, mine=True)
        if _is_question(text):
            return Topic(item, "", question=True, why="a question that could not be reworded")
        text = text.rstrip("?").strip()  # "GP margins?": a subject typed with a question mark
    text = _joined(text).split(": ")[0].strip()
    if not text:
        return Topic(item, "", why="it is empty")
    text = to_reader(text)
    words = text.split()
    first = words[0].lower()
    subjects = ("i", "you", "we", "i'm", "you're", "you've", "we're", "it's", "there's")
    if first in subjects or (first in ("it", "there") and len(words) > 1):
        return Topic(item, "", why="a sentence, not a subject that was discussed")
    if first not in WH_WORDS and _has_own_verb(words):
        return Topic(item, "", why="a sentence, not a subject that was discussed")
    if len(words) > 18:
        return Topic(item, "", why="too long to name in a sentence")
    phrase = analyse(text, common)
    said = phrase.text if phrase.shape is not Shape.UNKNOWN or first in WH_WORDS else text
    if said[:1].isupper() and said.split()[0].lower() in ("my", "the", "our", "your", "a", "an"):
        said = said[0].lower() + said[1:]
    said = _with_the(said)
    named = item.split(" ", 1)[0]
    other = said.partition(" versus ")[2][:1]
    if other.isupper() and named[:1].isupper() and said.startswith(named.lower() + " "):
        said = named + said[len(named) :]  # two names compared: the first keeps its capital
    mine = bool(re.search(r"\b(?:I|my)\b", said))
    plural = first not in WH_WORDS and takes_plural(said)
    return Topic(item, said, plural=plural, mine=mine)


# A question about the interviewer's organisation: "how do they prioritise ...?" is no
# question put to the candidate but a subject of theirs, said to them.
_THEIR_QUESTION = re.compile(
    r"^(?P<wh>how|what|why|when|where|which \w+|who)\s+(?P<aux>do|does|did|is|are|was|were|will"
    r"|would|can|could|should)\s+(?P<who>they|he|she)\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
_TO_YOU = {"is": "are", "was": "were", "do": "", "does": "", "did": ""}


def _about_them(text: str) -> str | None:
    """ "how do they prioritise vulnerable tenants?" -> "how you prioritise vulnerable tenants";
    "why complaints spiked after the billing change?" -> the same, in statement order."""
    body = text.rstrip("?").strip()
    found = _THEIR_QUESTION.match(body)
    if found:
        wh, aux, rest = found.group("wh").lower(), found.group("aux").lower(), found.group("rest")
        if aux == "did":
            verb, _, more = rest.partition(" ")
            past = lexicon.verb_forms(verb.lower()).get("VBD")
            if past is None:
                return None
            rest = f"{past} {more}".strip()
        verb = _TO_YOU.get(aux, aux)
        return to_reader(" ".join(w for w in (wh, "you", verb, rest) if w))
    words = body.split()
    if len(words) < 3 or words[0].lower() not in WH_WORDS or words[0].lower() == "whether":
        return None
    second = words[1].lower()
    if second in BE or second in AUXILIARIES or second in ("i", "you", "we"):
        return None  # a question put to the candidate, or one `_asked` reads
    if re.search(r"\b(?:I|me|my|you|your)\b", body):
        return None
    # statement order with a verb of its own ("why complaints spiked ...")
    if not any(lexicon.is_past(w.lower()) or lexicon.is_third_person(w.lower()) for w in words[2:]):
        return None
    return to_reader(body[0].lower() + body[1:])


def _is_question(text: str) -> bool:
    """True when a typed "?" ends a real question, not a subject ("GP margins?")."""
    first = text.split()[0].lower()
    return first in WH_WORDS or first in BE or first in AUXILIARIES or first in ("do", "did")


_LIST_SPLIT = re.compile(r",\s+(?:and\s+)?|\s+(?:and|&)\s+|\s*;\s*")


def topic_parts(item: str) -> list[str]:
    """A topic typed as a list of three or more ("roadmap for the mobile app and pricing
    changes and the partner API") as its parts, each a topic of its own; others as they are.
    A letter names one subject at a time, never "A and B and C"."""
    if item.rstrip().endswith("?") or item.split(" ", 1)[0].lower() in WH_WORDS:
        return [item]
    parts = [p.strip() for p in _LIST_SPLIT.split(item) if p.strip()]
    if len(parts) < 3 or any(len(p.split()) > 8 for p in parts):
        return [item]
    if all(len(p.split()) <= 2 for p in parts) and len(re.findall(r"\s(?:and|&)\s", item)) < 2:
        return [item]  # "pricing, packaging and discounts" is one list, said as it is
    return parts


def _joined(text: str) -> str:
    """ "driver app - why drivers ignore the new route screen": the part after the dash is
    the point, said of the part before it; an instruction after it ("- tell us about a time")
    is dropped."""
    head, dash, point = text.partition(" - ")
    if not dash:
        return text
    first = point.split(" ", 1)[0].lower()
    place = _with_the(head)
    if re.search(r"\b(?:we|us|our|vs)\b", point):
        return head  # "van stock - what we carry vs ordering": a reminder of what was said
    if first in WH_WORDS:
        link = "about" if re.search(r"\b(?:I|you)\b", point) else "in"
        return f"{point} {link} {place}"  # "why drivers ignore ... in the driver app"
    phrase = analyse(point)
    if (
        phrase.shape is Shape.NOUN
        and phrase.words[0].lower() not in WH_WORDS
        and " - " not in point
        and head.split()[0].lower() not in WH_WORDS
        and re.search(r"\d", head)
        and not re.search(r"[\d,%]", point)
        and not any(w[:1].isupper() for w in point.split())
    ):
        # a part of a named project: "drainage design issues on the A64 junction upgrade"
        return f"{phrase.text} on {place}"
    # Otherwise the aside is the candidate's reminder ("menu changes - seasonal, local
    # suppliers", "the onboarding drop-off - 40% leave at step 3"): the subject is the head.
    return head


def _with_the(text: str) -> str:
    """ "type rating timeline" -> "the type rating timeline": one named thing takes "the"."""
    words = text.split()
    first = words[0].lower()
    if first in DETERMINERS or first in WH_WORDS or first.endswith("'s") or "," in text:
        return text
    if lexicon.is_gerund(first.rsplit("-", 1)[-1]) or " and " in text:
        return text
    head = head_noun(words)
    if head is None:
        return text
    after = words[words.index(head) + 1 :]
    if (
        after
        and after[0].lower() == "of"
        and head is words[0]
        and not lexicon.is_plural_noun(head.lower())
    ):
        return f"the {text}"  # "backlog of boiler repairs" -> "the backlog of boiler repairs"
    if head.lower() not in TOPIC_COUNTABLE:
        return text
    if not after or after[0].lower() in ("for", "of", "on", "in", "at"):
        return f"the {text}"
    return text


def _has_own_verb(words: list[str]) -> bool:
    """A finite "be" or auxiliary with a noun (not a pronoun) before it: a whole sentence.

    "the style guide is public" is a sentence; "the trial you have coming up" is a noun with
    a clause of its own.
    """
    for index, word in enumerate(words[1:], start=1):
        lower = word.lower()
        if lower in ("that", "which", "who", "where", "when", "how", "what", "whether"):
            return False
        if lower in BE or lower in AUXILIARIES:
            return words[index - 1].lower() not in ("you", "I", "i", "we", "they", "he", "she")
    return False
