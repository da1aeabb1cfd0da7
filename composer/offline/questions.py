"""The interviewer said to: a note about them ("the trial he has" -> "the trial you have") and a
topic typed as a question, reworded as the clause a letter names.

`to_reader` says a note about the interviewer to them; `asked_clause` rewords a question they put
to the candidate ("how would I staff ...?" -> "how I would staff ..."); `about_them` rewords a
question about their organisation ("how do they prioritise ...?" -> "how you prioritise ...");
`is_question` tells a real question from a subject typed with a question mark. `topics` reads a
topic with these.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.apostrophes import spelled
from composer.offline.propernames import names
from composer.offline.words import AUXILIARIES, BE, FUNCTION_WORDS, PREPOSITIONS, WH_WORDS

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
_THIRD = {"he": "you", "she": "you", "they": "you", "him": "you", "them": "you"}
_POSSESSIVE = {"his": "your", "their": "your", "theirs": "yours"}
_REFLEXIVE = {"himself": "yourself", "herself": "yourself", "themselves": "yourself"}


def _plural_before(words: list[str], plural_owns: bool) -> bool:
    """With `plural_owns`, whether a plural noun comes before: "their" after it is that noun's
    ("onboarding clinic groups in their first 90 days"), not the reader's."""
    lower = [w.lower() for w in words]
    return plural_owns and any(
        lexicon.is_plural_noun(w)
        and not (i and lower[i - 1] in ("it", "he", "she", "this", "that"))  # "it means for"
        for i, w in enumerate(lower)
    )


def _people_before(words: list[str], one: bool = False) -> bool:
    """Whether `words` name people of a plural that "they" can be: one told of by "who"
    ("clients who don't know what they want") or the subject of a verb ("how the porters feel
    about ... and what they need"); "mastery maths and how they use ..." names none. With
    `one`, a single person told of by "who" ("a patient who refused ..."), whose "his" or "her"
    after it is theirs, not the reader's."""
    lower = [w.lower() for w in words]
    if (
        one
        and any(  # "prepare a six-year-old for his first port access" (round 53, h1452)
            word in ("a", "an") and (lower[at + 1].endswith("-old") or lower[at + 1] in _ONE_PERSON)
            for at, word in enumerate(lower[:-1])
        )
    ):
        return True
    for index, word in enumerate(lower[:-1]):
        if lexicon.is_plural_noun(word) == one or (one and not lexicon.is_noun(word)):
            continue
        after = lower[index + 1]
        told = after == "who"
        acting = not one and index > 0 and lower[index - 1] == "the" and lexicon.is_base_verb(after)
        if told or acting:
            return True
    return False


# A person a question is about, put with "a": their "his" or "her" is theirs, not the reader's.
_ONE_PERSON = frozenset(
    ["child", "kid", "toddler", "baby", "boy", "girl", "teenager", "patient", "customer", "client",
     "student", "pupil", "trainee", "apprentice", "resident", "guest", "parent", "worker",
     "employee", "colleague", "passenger", "diner", "learner", "player", "driver"]
)  # fmt: skip
# A pronoun for one person, which a person told of by "who" before it owns.
_ONE_TOLD_OF = frozenset(["he", "she", "him", "his", "her", "himself", "herself"])


def _one_named_before(words: list[str]) -> bool:
    """Whether `words` end on one thing named with its article and a word that opens a clause
    of time or condition ("the baby orangutan when", "a client if"): "he" or "she" after it is
    that one, not the reader."""
    lower = [w.lower() for w in words[-5:]]
    if len(lower) < 3 or lower[-1] not in ("when", "if", "until", "because", "whenever"):
        return False
    noun = lower[-2]
    if not lexicon.is_noun(noun) or lexicon.is_plural_noun(noun):
        return False
    return any(w in ("the", "a", "an", "my", "our") for w in lower[:-2])


def _plural(word: str) -> bool:
    return lexicon.is_plural_noun(word.lower())


def _things_before(out: list[str]) -> bool:
    """A plural noun among the last words before "and where they": what "they" stands for."""
    words = [w.strip(",").lower() for w in out[-4:] if w.strip(",").lower() != "and"]
    return any(_plural(w) for w in words[-2:])


def to_reader(text: str, names: tuple[str, ...] = (), their_after_plural: bool = False) -> str:
    """What the notes say of the interviewer, said to them: "the trial he has" -> "you have".

    `names` are the ways the notes name this reader ("Olivia", "Olivia Marsh", "the chair"):
    "Olivia will be in touch" said to Olivia is "you will be in touch". With
    `their_after_plural`, "their", "they" and "them" after a plural noun are that noun's and
    stay ("onboarding clinic groups in their first 90 days", "clients who don't know what they
    want").
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
        if lower in _ONE_TOLD_OF and _people_before(out, one=True):
            out.append(word)  # "a patient who refused to let me change his dressing": his
        elif lower in ("he", "she") and _one_named_before(out):
            out.append(word)  # "the baby orangutan when he is sick" (round 58, h1537): its
        elif lower in ("he's", "she's", "they're", "they've"):
            out.append("you've" if lexicon.is_participle(after) and after != "been" else "you're")
        elif lower in ("they", "them") and their_after_plural and _people_before(out):
            out.append(word)  # "clients who don't know what they want": the clients
        elif lower == "they" and out[-3:-2] and out[-2:] == ["so", "that"] and _plural(out[-3]):
            out.append(word)  # "write rulebook changes so that they are clear": the changes
        elif lower == "they" and out[-1:] in (["where"], ["when"]) and _things_before(out[:-1]):
            out.append(word)  # "Benford's Law tests, and where they mislead": the tests
        elif lower in _THIRD:
            out.append("you")
            if after and lower in ("he", "she") and index + 1 < len(words):
                words[index + 1] = _agree(words[index + 1])
        elif lower == "her":
            unknown = (  # "her spoodle": a noun of the trade no table knows
                after.isalpha() and not lexicon.known(after) and after not in FUNCTION_WORDS
            )
            noun_after = (
                after
                and after not in PREPOSITIONS  # "asked her about it"
                and (lexicon.is_noun(after) or "adj" in lexicon.classes(after) or unknown)
            )
            out.append("your" if noun_after else "you")
        elif lower in _POSSESSIVE:
            # "the rangers led the site briefings on their own sea country": the rangers' own
            theirs = _plural_before(out, their_after_plural or after == "own")
            out.append(word if theirs else _POSSESSIVE[lower])
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


def asked_clause(text: str) -> str | None:
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


# A question about the interviewer's organisation: "how do they prioritise ...?" is no
# question put to the candidate but a subject of theirs, said to them.
_THEIR_QUESTION = re.compile(
    r"^(?P<wh>how|what|why|when|where|which \w+|who)\s+(?P<aux>do|does|did|is|are|was|were|will"
    r"|would|can|could|should)\s+(?P<who>they|he|she)\s+(?P<rest>.+)$",
    re.IGNORECASE,
)
_TO_YOU = {"is": "are", "was": "were", "do": "", "does": "", "did": ""}


def about_them(text: str) -> str | None:
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
    if second in ("they", "he", "she") and lexicon.base_of(words[2].lower()) == words[2].lower():
        return to_reader(body[0].lower() + body[1:])  # "how they measure success?"
    if second in BE or second in AUXILIARIES or second in ("i", "you", "we"):
        return None  # a question put to the candidate, or one `asked_clause` reads
    if re.search(r"\b(?:I|me|my|you|your)\b", body):
        return None
    # statement order with a verb of its own ("why complaints spiked ...")
    if not any(lexicon.is_past(w.lower()) or lexicon.is_third_person(w.lower()) for w in words[2:]):
        return None
    return to_reader(body[0].lower() + body[1:])


def is_question(text: str) -> bool:
    """True when a typed "?" ends a real question, not a subject ("GP margins?")."""
    first = text.split()[0].lower()
    return first in WH_WORDS or first in BE or first in AUXILIARIES or first in ("do", "did")


# "asked how id handle a keeper error": the question they put, typed after "asked", with "id"
# for "I'd" (the note-taker's apostrophe dropped after a wh-word).
_ASKED_WH = re.compile(
    r"^(?:(?:s?he|they)\s+)?asked(?:\s+me)?\s+"
    r"(?=(?:how|what|why|whether|which|when|where|who|if)\s)"
)
_WH_ID = re.compile(r"\b(how|what|why|whether|where|when) (?:id|i'd|I'd)\b", re.IGNORECASE)
# "asked how wld i cut false positives": the question in the order it was put, its modal typed
# short ("wld", "cld", "shld"), said as the candidate's clause ("how I would cut ...").
_WH_MODAL = re.compile(
    r"\b(how|what|why|where|when|which) (would|wld|could|cld|should|shld) i\b", re.IGNORECASE
)
_MODALS = {"wld": "would", "cld": "could", "shld": "should"}


def asked_wh(text: str) -> str:
    """ "asked how id handle a keeper error" -> "how I would handle a keeper error"."""
    asked = _ASKED_WH.match(text)
    text = _ASKED_WH.sub("", text, count=1)
    if asked and text.lower().startswith("if "):
        text = "whether " + text[3:]  # "asked if I had done nights": whether I had
    text = _WH_ID.sub(lambda found: f"{found[1]} I would", text)
    if not asked:
        return text
    modal = _WH_MODAL.search(text)
    return (
        _WH_MODAL.sub(
            lambda found: f"{found[1]} I {_MODALS.get(found[2].lower(), found[2].lower())}", text
        )
        if modal
        else text
    )


def verbless_wh(words: list[str]) -> bool:
    """ "why regional not cargo": a wh-word and no verb after it, a question typed short that no
    sentence can name ("why I chose regional flying" would be the candidate's words, not the
    notes')."""
    if not words or words[0].lower() not in WH_WORDS or len(words) < 2:
        return False
    rest = [w.lower() for w in words[1:]]
    if any(w in BE or w in AUXILIARIES or w == "to" for w in rest):
        return False
    if "not" in rest and not {"i", "we", "you", "they", "he", "she"} & set(rest):
        return True  # "why planning not driving": a choice typed short, "-ing" words as names
    return not any(
        lexicon.is_base_verb(w) or lexicon.is_past(w) or lexicon.is_third_person(w)
        or lexicon.is_gerund(w)
        for w in rest
    )  # fmt: skip


_CHOSE_OVER = re.compile(
    r"why (?P<this>this [a-z]+(?: [a-z]+){0,2}|[A-Za-z]+) (?:versus|over|not|instead of) "
    r"(?P<move>(?:staying|living|working) in |moving to )?(?P<other>[a-z]+(?: [a-z]+)?)\??",
    re.IGNORECASE,
)


def chose_over(text: str) -> str | None:
    """ "why this district versus phoenix" -> "why I chose this district over Phoenix"; "why
    NZ versus staying in brisbane" -> "why I chose NZ over staying in Brisbane": the
    candidate's choice of one place over another, said when the other reads as a place's
    name (typed in lower case, it is named as one after "from"), and so does the one chosen
    when it is no "this ..."; None otherwise."""
    found = _CHOSE_OVER.fullmatch(text)
    if found is None:
        return None
    other = names(f"from {found['other']}").removeprefix("from ")
    if not other[:1].isupper():
        return None  # "why this job vs teaching": no place, and no sure way to say it
    this = found["this"]
    if this.lower().startswith("this "):
        this = this.lower()
    elif not re.fullmatch(r"[A-Z]{2,3}", this):  # "NZ", "UK": a country by its letters
        this = names(f"from {this}").removeprefix("from ")
        if not this[:1].isupper():
            return None  # "why nursing vs london": not two places
    return f"why I chose {this} over {(found['move'] or '').lower()}{other}"


_WHAT_IF = re.compile(
    r"^(?:q:?\s*)?what\s+(?:happens\s+)?if\s+(?P<clause>\S.*?)\s*\??$", re.IGNORECASE
)
_BARE_NOT = re.compile(r"\b(is|are|was|were|does|do|did|has|have|had|wo|ca)nt\b", re.IGNORECASE)
_SUBJECT_WORDS = frozenset(["a", "an", "the", "one", "two", "someone", "somebody", "your", "their"])


def what_if(text: str) -> str | None:
    """ "what if a student gets hurt on a field trip": a scenario put to the candidate, "what I
    would do if a student gets hurt on a field trip"; "" when the scenario has no subject and
    verb a clause needs ("what if fire alarm during exams"); None when it is no "what if"."""
    text = _BARE_NOT.sub(lambda m: f"{m[1]}n't", spelled(text.strip()))  # "isnt": isn't
    found = _WHAT_IF.match(text)
    if found is None:
        return None
    words = found["clause"].split()
    finite = [
        at
        for at, word in enumerate(words[1:6], start=1)
        if lexicon.is_third_person(word.lower())
        or word.lower() in ("is", "are", "was", "were", "has", "had", "does", "did", "will")
        or word.lower().endswith("n't")  # "what happens if the grant isn't renewed"
        or (lexicon.is_past(word.lower()) and not lexicon.is_participle(word.lower()))
    ]
    named = words[0].lower() in _SUBJECT_WORDS or words[0][:1].isupper()
    if not finite or not named or words[0].lower() in ("i", "we", "you"):
        return ""
    if words[0] in ("A", "An", "The", "One", "Two", "Someone", "Somebody", "Your", "Their"):
        words[0] = words[0].lower()  # a capital typed by habit, not a name's
    return "what I would do if " + " ".join(words)
