"""A follow-up that puts right a claim or a skill the candidate denied in the room, said as one.

The evening after, a candidate notes what they said, that it was wrong, and the fact: "(note to
self: said 'no exp w/ canning line' - not really true, ran trial w/ mobile canner 2023, 6
months -> mention briefly)", "told her no experience with kids -> actually did a rotation",
"I said I wasn't certified. Forgot that I passed the course in March", "re dangerous goods:
said I'd only done the online module. wrong - did the full course". The letter says it in one
confident sentence, what was said reported in the past and the fact after "in fact": "In our
conversation I said I had no experience with canning line; in fact I ran trial with ...".
A topic the line names ("re X:", "when she asked about X") leads it: "When we spoke about X, ".
The orders to self ("mention briefly", "must tell!", "!!", "note to self") are never said.

Only a claim that denies or limits ("no X", "never", "not", "only", "can't", "my X is only Y")
with a fact that reads as the candidate's clause is read; a figure put right is `followfix`'s,
and any other shape gives None (the other readers try it, else it is left out and named).
"""

from __future__ import annotations

from collections.abc import Callable

from composer import regexes as re
from composer.offline import lexicon, phrasebook
from composer.offline.carefulasked import said_with_care
from composer.offline.followfix import figure_fixed
from composer.offline.phrasebook import Variation, fitting
from composer.offline.shorthand import expand
from composer.offline.wellformed import problem
from composer.offline.words import (
    COUNTABLE,
    DETERMINERS,
    NUMBER_WORDS,
    OBJECT_COUNTABLE,
    PREPOSITIONS,
)

__all__ = ["claim_fixed"]

# The note's label and orders to self around the line: "(note to self: ...)", "-> mention
# briefly", "must tell!", "mention short", "!!".
_LABEL = re.compile(r"(?i)^(?:note\s+to\s+self|nts|n\.?b\.?)\s*(?::|[-–—]+|,)?\s*")
_ORDERS = re.compile(
    r"(?i)(?:\s*(?:[-–—]*>|[-–—.;,!]+)\s*|\s+)(?:(?:must|should|need\s+to|pls|please)\s+)?"
    r"(?:mention|tell|say|add|include|flag|fix|correct|clarify)"
    r"(?:\s+(?:it|this|that|them|her|him))?"
    r"(?:\s+(?:briefly|short(?:ly)?|in\s+(?:the\s+)?letter|in\s+email|quickly))*[.!]*$"
)
# What was said: "(in/during the interview) (I think) (i) said|told (her|aoife|them) ...".
_SAID = re.compile(
    r"(?i)^(?:(?:in|during|at)\s+(?:the\s+)?(?:interview|call|room|meeting)\s*,?\s+)?"
    r"(?:i\s+(?:think|guess)\s+)?(?:i\s+)?(?:said|say|mentioned|(?:told|tell)"
    r"(?:\s+(?:them|her|him|you|the\s+panel|(?:mr|ms|mrs|dr)\.?\s+\w+(?:\s+\w+)?|(?!i\b)[a-z]+)"
    r"(?=\s+(?:that\s+)?['\"‘“]?(?:i\b|i'|no\b|not\b|never\b|my\b|only\b|cant\b|can't\b)))?)"
    r"\s+(?:that\s+)?"
)
# A topic typed before: "re dangerous goods:", "When Hamish asked about cataloguing,".
_TOPIC = re.compile(
    r"(?i)^(?:re|about|abt|on)\s+(?P<a>[^:,;]{2,40}?)\s*[:,]\s*"
    r"|^(?:when|after)\s+(?:he|she|they|you|[A-Z][\w.'-]+(?:\s+[A-Z][\w'-]+)?)\s+asked\s+"
    r"(?:me\s+)?(?:about|abt|re)\s+(?P<b>[^,;:]{2,40}?)\s*,\s*"
)
# The turn from what was said to the fact: "- not really true,", ". wrong -", "but this is not
# correct,", "-> actually", ", forgot that", ". That was wrong:", "- meant".
_WRONG = (
    r"(?:(?:that|this|it|which)\s+(?:was|is)\s+)?(?:not\s+(?:really\s+|quite\s+|strictly\s+)?"
    r"(?:true|correct|right|accurate)|wrong|incorrect|untrue)"
)
_TURN = re.compile(
    r"(?i)\s*(?:[-–—]*>|[-–—]+|[,.;:!]+|\s)\s*(?:but\s+)?(?:"
    rf"(?P<wrong>{_WRONG})\s*[!.,:;-–—]*\s*(?:but\s+)?(?:(?:actually|in\s+fact)\b[,]?\s*)?"
    r"|(?:actually|in\s+fact)\b,?\s*"
    r"|(?:i\s+)?(?P<forgot>forgot)(?:\s+that)?\s+"
    r"|(?:i\s+)?(?P<meant>meant)\s+)"
)
# A claim that denies or limits: what a fact can put right.
_DENIES = re.compile(
    r"(?i)^(?:I\s+(?:\w+\s+)?(?:only|never|not|no)\b|(?:no|not|never|only|could\s+not)\b"
    r"|my\s+[\w -]+?\s+(?:is|was)\s+(?:only|not)\b)"
)
# A whole careful sentence, which other readers say as typed.
_CAREFUL = re.compile(r"^I (?:said|told)\b[^()>!/]*(?:,? but|;) in fact\b[^()>!/]*\.$")
_BACKSHIFT = {"am": "was", "is": "was", "are": "were", "have": "had", "do": "did", "can": "could"}
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def claim_fixed(
    value: str | None,
    tone: str,
    channel: str,
    variation: Variation,
    fits: Callable[[str], bool] = lambda _: True,
) -> str | None:
    """The follow-up as one sentence putting right what was said (see the module); "" when it
    is such a correction whose parts cannot be said with confidence (left out and named, never
    half said: "I said I was not certified" alone says the wrong thing); None for other shapes."""
    read = _read(value)
    if read is None:
        return None
    topic, said, fact = read
    if not (said and fact):
        return ""
    if re.fullmatch(r"[a-z]+", topic) and not lexicon.is_plural_noun(topic):
        topic = ""  # "re payroll:": "about a payroll" would read as one; the fact names it
    key = "follow_up_claim_fix_topic" if topic else "follow_up_claim_fix"
    options = fitting(phrasebook.wordings(key, tone, channel), fits)
    if not options:
        return None
    line = variation.pick("follow_up", options).format(topic=topic, said=said, fact=fact)
    return "" if problem(line) else line


def _read(value: str | None) -> tuple[str, str, str] | None:
    """(topic or "", what was said as reported, the fact as the candidate's clause), or None."""
    if value and _CAREFUL.match(value.strip()):
        return None  # "I said X, but in fact Y.": a careful sentence, said as typed
    if not value or figure_fixed(value) is not None or said_with_care(value, []):
        return None  # "said 2 yrs, actually 4": `followfix`; a careful sentence: as typed
    text = " ".join(value.split()).strip()
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1].strip()
    text = _LABEL.sub("", text)
    text = _ORDERS.sub("", text).strip(" .!")
    topic = ""
    if found := _TOPIC.match(text):
        topic, text = (found["a"] or found["b"]).strip(), text[found.end() :]
    said = _SAID.match(text)
    if said is None:
        return None
    rest = text[said.end() :]
    for turn in _TURN.finditer(rest):
        claim = _plain(rest[: turn.start()].strip(" '\"‘’“”"))
        if not claim or not _DENIES.match(claim) or not (turn["wrong"] or turn.group(0).strip()):
            continue
        if re.search(r"[.!?;]\s+\S", rest[turn.end() :]):
            return None  # "... at sealife. also ask abt X": more than the correction, read apart
        fact = None if turn["meant"] else _fact(rest[turn.end() :])  # "meant X": unread
        return expand(topic), _reported(claim) or "", fact or ""
    return None


def _reported(claim: str) -> str | None:
    """What was said as reported speech in the past ("no exp w/ X": "I had no experience with
    X"; "i dont know X": "I did not know X"; "my X is only Y": "my X was only Y")."""
    claim = expand(_plain(claim))
    if found := re.match(r"(?i)^only\s+(\w+)", claim):
        if lexicon.is_past(found[1].lower()):  # "only knew basic python": "I only knew ..."
            return None if lexicon.is_noun(found[1].lower()) else f"I {claim}"
        return f"I had {claim}"
    if re.match(r"(?i)^no\b", claim):
        return f"I had {claim}"
    if re.match(r"(?i)^not\s+much\b", claim):
        return f"I did not have {claim[4:]}"
    if re.match(r"(?i)^never\b", claim):
        claim = f"I {claim}"
    if re.match(r"(?i)^could\s+not\b", claim):
        return f"I {claim}"
    if found := re.match(r"(?i)^(my\s+[\w -]+?\s+)(is|are)\b", claim):
        return f"{found[1]}{_BACKSHIFT[found[2].lower()]}{claim[found.end() :]}"
    if not re.match(r"(?i)^I\s", claim):
        return None
    words = claim.split()
    at = 2 if len(words) > 2 and words[1].lower() in ("only", "just", "really") else 1
    first = words[at].lower()
    if first in _BACKSHIFT:
        words[at] = _BACKSHIFT[first]
    elif first == "never" and len(words) > 2 and lexicon.is_past(words[2].lower()):
        base = lexicon.base_of(words[2].lower())
        participle = lexicon.verb_forms(base).get("VBN") if base else None
        if not participle:
            return None
        words[1:3] = ["had", "never", participle]
    elif not (lexicon.is_past(first) or first in ("had", "could", "would")):
        return None
    return " ".join(["I", *words[1:]])


def _plain(text: str) -> str:
    """Contractions and a lower-case "i" written out: "i'd never" is "I had never", "dont" is
    "do not", "cant" is "could not" (what was said, told after)."""
    text = re.sub(r"(?i)\bi\b", "I", text)
    text = re.sub(r"(?i)\b(?:can'?t|cannot)\b", "could not", text)
    text = re.sub(r"(?i)\bdon'?t\b", "do not", text)
    text = re.sub(r"(?i)\bdidn'?t\b", "did not", text)
    text = re.sub(r"(?i)\b(was|is|had|have|were|are|could|would|does|did)n'?t\b", r"\1 not", text)
    text = re.sub(r"(?i)\bI'?m\b", "I am", text)
    return re.sub(r"\bI'd(?=\s+(?:only|never|not|just|already)?\s*\w+)", "I had", text)


def _fact(text: str) -> str | None:
    """The fact as the candidate's clause ("ran trial ...": "I ran trial ..."; "i did, trained
    on X": "I trained on X"; "it is cat I since 2022": "it has been cat I since 2022"), or None
    when it does not start as one."""
    text = text.strip(" ,.;:-–—!'\"")
    text = re.sub(r"(?i)^(?:actually|in\s+fact),?\s+", "", text)
    text = re.sub(r"(?i)^i\s+did\s*[,.;:-]+\s*", "", text)  # "actually i did, trained on ..."
    text = expand(_plain(text)).rstrip(" .!")
    if not text:
        return None
    first = text.split()[0]
    if first.lower() in {"i", "we", "it", "my"}:
        subject = first if first == "I" else first.lower()
        text = f"{subject}{text[len(first) :]}"
    elif lexicon.is_past(first.lower()):
        text = f"I {first.lower()}{text[len(first) :]}"
    else:
        return None
    text = _articled(expand(_timed(_past(text))))
    if not _sure(text):
        return None
    # "it is cat I since 2022", "I have one since 2019": a state lasting since, said as lasting
    if re.search(r"(?i)\bsince\b", text):
        text = re.sub(r"^it is\b", "it has been", text)
        text = re.sub(r"^I have\b(?! (?:been|had|\w+ed)\b)", "I have had", text)
        if re.match(r"(?i)^(?:I am|it is|I have been|it has been) since\b", text):
            return None  # "i am since march": the state is not said
    return text


_UNIT = r"(?:months?|weeks?|years?|days?|mths?|wks?|yrs?)"


_PAST_TIME = re.compile(r"(?i)\b(?:(?:19|20)\d\d|last|previous|ago|old job|at uni)\b")


def _past(text: str) -> str:
    """ "I install 20 heat pumps last year": a deed typed in the present told in the past, where
    the fact names a past time (a second-language habit; `secondlanguage` mends the notes)."""
    words = text.split()
    if len(words) < 3 or words[0] != "I" or not _PAST_TIME.search(text):
        return text
    verb = words[1].lower()
    if verb in ("have", "am", "can", "do") or not lexicon.is_base_verb(verb):
        return text
    if lexicon.is_past(verb) or not (past := lexicon.verb_forms(verb).get("VBD")):
        return text
    return " ".join(["I", past, *words[2:]])


def _not_after(word: str) -> bool:
    """A word a bare duration may follow as typed: a preposition, or the verb ("did 3 years")."""
    return word in PREPOSITIONS or lexicon.is_past(word) or word in ("I", "i")


def _timed(text: str) -> str:
    """A note's dates said: a year typed after a word ("mobile canner 2023") takes "in", a
    duration typed after a comma or in brackets (", 6 months", "(3 wks)") takes "for"."""
    text = re.sub(rf"(?i),?\s*\((\w+\s+{_UNIT})\)", r" for \1", text)
    text = re.sub(
        rf"(?i),\s+((?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+{_UNIT})$",
        r" for \1",
        text,
    )
    text = re.sub(  # "used SAP 3 years in my last job": "for 3 years"
        rf"(?i)(?<=[a-z]) ((?:\d+|two|three|four|five|six|seven|eight|nine|ten) {_UNIT})\b"
        r"(?! (?:ago|old|later|before|after|earlier)\b)",
        lambda m: m[0] if _not_after(m.string[: m.start()].split()[-1].lower()) else f" for {m[1]}",
        text,
    )
    return re.sub(
        r"(?i)(?<!\bin)(?<!\bsince)(?<!\bfrom)(?<!\bto)(?<!\bof)(?<!\buntil)(?<![-–,(])"
        r"(\s)((?:19|20)\d\d)\b",
        r"\1in \2",
        text,
    )


def _articled(text: str) -> str:
    """ "a" before one counted thing typed bare as the object of the fact's verb ("I did B1
    course", "I ran trial with ...": "did a B1 course", "ran a trial"): the fact is new to the
    reader. After a preposition `bareheads` gives a bare noun its article in every sentence."""
    words = text.split()
    if len(words) < 3 or words[0] != "I" or not lexicon.is_past(words[1].lower()):
        return text
    end = 2
    while end < len(words) and end < 5 and words[end].lower() not in PREPOSITIONS:
        end += 1
        if words[end - 1].endswith(","):
            break
    phrase = [w.rstrip(",") for w in words[2:end]]
    if not phrase:
        return text
    head = phrase[-1]
    initials = re.compile(r"[A-Z][A-Z0-9]{1,4}")
    if (
        phrase[0].lower() in DETERMINERS
        or not head.islower()
        or head not in COUNTABLE | OBJECT_COUNTABLE
        or any(w[:1].isdigit() or (w[:1].isupper() and not initials.fullmatch(w)) for w in phrase)
    ):
        return text
    return " ".join([*words[:2], lexicon.article(" ".join(phrase)), *words[2:]])


# A piece after a comma that continues the fact: a clause or a phrase of time, place or manner.
_GOES_ON = re.compile(
    r"(?i)^(?:and|but|which|where|when|while|so|as|who|with|for|at|in|on|from|during|after"
    r"|before|until|including|mostly|mainly|both|each|every|I|we|it)\b"
)


def _sure(fact: str) -> bool:
    """Whether the fact reads as prose: no piece after a comma left as a note ("..., just not
    certified yet", "..., September"), no counted thing typed bare after the verb ("did pediatric
    rotation"), no count above one before a singular ("3 CO2 booster")."""
    for piece in re.split(r",(?!\d)", fact)[1:]:  # never "£3,000"
        if not _GOES_ON.match(piece.strip()):
            return False
    words = fact.split()
    if len(words) > 2 and words[0] in ("I", "we") and lexicon.is_past(words[1].lower()):
        after = words[2].lower().strip(",")
        if (
            after.isalpha()
            and after not in DETERMINERS | PREPOSITIONS | NUMBER_WORDS
            and after not in ("it", "them", "this", "that", "one", "some", "more", "most", "all")
            and not lexicon.is_gerund(after)
            and not lexicon.is_plural_noun(after)
            and words[2][:1].islower()
        ):
            phrase = [w.strip(",").lower() for w in words[2:5]]
            end = next((i for i, w in enumerate(phrase) if w in PREPOSITIONS), len(phrase))
            head = phrase[max(end - 1, 0)]
            if (
                lexicon.is_noun(head)
                and not lexicon.is_plural_noun(head)
                and lexicon.noun_plurals(head)
            ):
                return False  # "did pediatric rotation": a counted thing with no article
    for found in re.finditer(
        r"(?<![\d,.£$€])\b(?:[2-9]|\d\d+|two|three|four|five|six|seven|eight|nine|ten)"
        r"(?![\d,.%])((?:\s+[A-Za-z0-9-]+){1,3})",
        fact,
    ):
        before = fact[: found.start()].split()[-1:] or [""]
        if not (before[0] in PREPOSITIONS | DETERMINERS or lexicon.is_past(before[0])):
            continue  # "a Year 8 reading group", "level 3": a number naming a thing
        nouns = []
        for word in found[1].lower().split():
            if word in PREPOSITIONS | DETERMINERS:
                break
            nouns.append(word)
        if (
            nouns
            and nouns[-1] not in PREPOSITIONS
            and lexicon.is_noun(nouns[-1])
            and not lexicon.is_plural_noun(nouns[-1])
            and lexicon.noun_plurals(nouns[-1])
            and not any(lexicon.is_plural_noun(w) for w in nouns)
        ):
            return False  # "3 CO2 booster"
    return True
