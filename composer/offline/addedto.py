"""An answer given in the room and what the candidate adds to it, said as one answer.

Notes put the two apart: what was said ("said redirect + talk to families", "I mentioned
applying for a warrant") and what went unsaid ("forgot to say we log it", "but I did not say
that I would first try ..."). The letter never confesses the gap: the deed said in the room is
kept as "as well as ..." before what is added ("as well as applying for a warrant, I would
first try ..."), or left behind when it is not a deed ("i rambled", "said some").

Also read here, for the question and its answer:
- a condition typed without its verb: "what id cut if budget halved" -> "... if the budget were
  halved" (not said again after the answer: `restated`);
- an aside in brackets after a deed: a list of things ("(time of day, transitions etc)") is
  said as examples, a clause of its own ("(nobody reads its output)") as the reason;
- a choice between two things asked about and the one said ("whether my qualification is IHO
  Category A or B. I said Category A") -> "it is Category A";
- an offer typed as a wish to offer ("I would like to offer to send a copy") -> "I would be
  happy to send you a copy".
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.shorthand import expand
from composer.offline.topicarticle import with_the
from composer.offline.words import DETERMINERS, FUNCTION_WORDS, PREPOSITIONS

__all__ = [
    "add_once",
    "added",
    "answer_and",
    "as_doing",
    "asides",
    "careful_added",
    "chosen",
    "graded",
    "named_at",
    "offered",
    "said_but",
    "unclipped",
    "with_condition",
    "with_object",
]

# How the said part is typed: "said X", "I mentioned X", "told her X", "I suggested X".
_SAID = re.compile(
    r"(?i)^(?:I\s+)?(?:said|mentioned|suggested|described|told\s+(?:her|him|them))\s+(?:that\s+)?"
    r"(?P<said>\S.*)$"
)
# A deed said as the candidate's own: "I would apologise", "id talk to them calmly".
_MODAL = re.compile(r"(?i)^(?:I\s+would|I'?d|id|I\s+will|I'?ll|I\s+can|we\s+would|we'?d)\s+")
# Words that stand before a deed and are no part of it: "just", "probably".
_HEDGES = re.compile(r"(?i)^(?:just|probably|maybe|first|basically)\s+")
# What is added, with "too" or "as well" at its end once "as well as" says it
_TOO = re.compile(r",?\s+(?:too|as well|also)$")


def as_doing(said: str) -> str | None:
    """The deeds of a said part as "-ing" words ("redirect + talk to families" -> "redirecting
    and talking to families", "I would apologise" -> "apologising"), or None when a piece is
    not a deed ("yes", "15%", "the obvious stuff", "budget + timeline")."""
    found = _SAID.match(said.strip())
    text = expand((found["said"] if found else said).strip(" .,;"))
    text = _HEDGES.sub("", _MODAL.sub("", text))
    text = re.sub(r"^I\s+(?=[a-z]+\b)", "", text)  # "I ask the judge to ...": the deed
    pieces = [p.strip() for p in re.split(r"\s+\+\s+|,\s+|\s+and\s+|\s+&\s+", text) if p.strip()]
    if not pieces or len(pieces) > 3:
        return None
    doing = []
    for piece in pieces:
        piece = _HEDGES.sub("", _MODAL.sub("", piece))
        first, _, rest = piece.partition(" ")
        word = first.lower()
        if not re.fullmatch(r"[a-z]+", word):
            return None
        if lexicon.is_gerund(word):
            doing.append(piece)
            continue
        # a word alone that is also a thing ("budget") is not sure to be a deed
        if not lexicon.is_base_verb(word) or (not rest and lexicon.is_noun(word)):
            return None
        ing = lexicon.verb_forms(word).get("VBG")
        if not ing:
            return None
        doing.append(f"{ing} {rest}".strip())
    return ", ".join(doing[:-1]) + (" and " if len(doing) > 1 else "") + doing[-1]


def added(said: str | None, clause: str) -> str:
    """What is added, after the deed said in the room when there is one: "as well as talking to
    them calmly, I would log it"; the added clause alone when the said part is no deed."""
    if said and _YES.match(said.strip()):
        return f"yes, {clause}"
    doing = as_doing(said) if said else None
    if doing is None or _bare_after(doing):
        return clause
    return f"as well as {doing}, {_TOO.sub('', clause)}"


# A yes said in the room: "said yes", "I said yes".
_YES = re.compile(r"(?i)^(?:I\s+)?said\s+(?:yes|yep|yeah)$")


def is_yes(said: str | None) -> bool:
    """Whether the part said in the room is a plain yes ("said yes")."""
    return bool(said) and _YES.match((said or "").strip()) is not None


# A careful answer in two halves: "I mentioned X, but I did not say that I would Y".
_TWO_HALVES = re.compile(
    r"^I (?:said|mentioned|suggested|described)(?: that)? (?P<said>.+?),? (?:but|and) I"
    r" (?:did not|didn't|should (?P<also>also )?have|forgot to|meant to|would also like to"
    r"|would like to"
    r"|would also|would)\s+(?:say|add|mention|added|said|mentioned)(?: that)?"
    r" (?P<add>(?:I|we)\b.+)$"
)


# A pronoun for people in what is added ("a summary of the numbers for them"): who they are
# may be named only in what was said ("I would refer it to Communications"), which stays.
_PERSON = re.compile(r"\b(?:them|they|their|him|her|he|she)\b")


def careful_added(how: str, text: str) -> str | None:
    """A careful answer in two halves, said as one ("as well as applying for a warrant, I would
    first try ..."), after a question of how or what; None for any other answer. After "I should
    also have said", only when what is added speaks of people named in what was said."""
    found = _TWO_HALVES.match(text.rstrip(" ."))
    if found is None or how not in ("how", "what") or not is_practice(found["add"]):
        return None
    if found["also"] and not _PERSON.search(found["add"]):
        return None  # "... should also have said I would log it": said alone, with "also"
    if as_doing(found["said"]) is None:
        return None
    return added(found["said"], found["add"])


def _bare_after(doing: str) -> bool:
    """Whether a word after a preposition stands with no article though a thing needs one
    ("ordering from swatch"): a name typed in lower case, or a word dropped; unsure either way."""
    for found in re.finditer(r"\b(?:from|at|with|to|on|by|via) ([a-z]+)\b", doing):
        word = found[1]
        if word in _BARE_AT or word in FUNCTION_WORDS or lexicon.is_plural_noun(word):
            continue
        if (lexicon.is_noun(word) and not lexicon.is_base_verb(word)) or not lexicon.known(word):
            return True
    return False


# A deed said in the future or as a practice: what an answer to "how would you" adds.
_PRACTICE = re.compile(r"^(?:I|we|We)\s+(?:would|will|can|could|'d)\b|^(?:we|We)\s+[a-z]+\b")


def is_practice(clause: str) -> bool:
    """Whether the clause says what the candidate would do or does ("I would log it", "we log
    it"), not a fact of their past ("I did the course"), which is mentioned, not added."""
    if _PRACTICE.match(clause):
        return True
    verb = re.match(r"I ([a-z]+)\b", clause)
    return verb is not None and lexicon.is_base_verb(verb[1]) and not lexicon.is_past(verb[1])


# An aside in brackets at the end of a deed: "(time of day, transitions etc)".
_ASIDE = re.compile(r"\s*\((?P<aside>[^()]+)\)\s*$")
# A clause of its own: a subject, then a verb that agrees with it: "nobody reads its output".
_OWN_CLAUSE = re.compile(
    r"(?i)^(?:nobody|no one|everyone|it|they|we|people|the team)\s+(?P<verb>[a-z']+)\b"
)


def asides(clause: str) -> tuple[str, str] | None:
    """The clause and its aside in brackets said in words: things listed are examples (",
    such as the time of day or transitions"), a clause of its own is the reason (", since
    nobody reads its output"); ("...", "") with no aside, None when the aside is of neither
    kind."""
    found = _ASIDE.search(clause)
    if found is None:
        return clause, ""
    aside, head = expand(found["aside"].strip()), clause[: found.start()]
    own = _OWN_CLAUSE.match(aside)
    if own:
        verb = own["verb"].lower()
        if lexicon.is_third_person(verb) or lexicon.is_past(verb) or "'" in verb:
            return head, f", since {aside}"
        return None
    last = re.findall(r"[a-z]+", head.lower())[-1:]
    if not last or not lexicon.is_plural_noun(last[0]):
        return None  # "check understanding (questions, quiz)": the means, not kinds of it
    things = [t.strip() for t in re.split(r",\s*|\s+\+\s+", re.sub(r"(?i),?\s*etc\.?$", "", aside))]
    things = [t for t in things if t]
    if len(things) < 2 or len(things) > 4:
        return None
    for thing in things:
        head_word = thing.split()[0].lower()
        if not re.fullmatch(r"[a-z][a-z -]*", thing) or not lexicon.is_noun(head_word):
            return None
    named = [with_the(t) for t in things]
    return head, f", such as {', '.join(named[:-1])} or {named[-1]}"


_NOT_A_THING = re.compile(r"(?i)^(?:it|them|him|her|us|me|this|that|these|those|up|out|off|down)$")


def with_object(deed: str) -> str:
    """ "keep external test" -> "keep the external test": a deed typed in shorthand whose
    object, a thing of two or three words in lower case, lost its article."""
    verb, _, thing = deed.partition(" ")
    words = thing.split()
    if not 2 <= len(words) <= 3 or not all(re.fullmatch(r"[a-z]+", w) for w in words):
        return deed
    if _NOT_A_THING.match(words[0]) or words[0] in PREPOSITIONS or words[0] in DETERMINERS:
        return deed
    if any(w in PREPOSITIONS for w in words) or lexicon.is_plural_noun(words[-1]):
        return deed
    if not lexicon.is_noun(words[-1]) or lexicon.is_base_verb(words[0]):
        return deed
    return f"{verb} {with_the(thing)}"


# A condition typed without its verb: "if budget halved", "if the deadline slipped".
_CONDITION = re.compile(r"\bif (?P<np>(?:the\s+)?[a-z]+(?:\s+[a-z]+)?) (?P<vbn>[a-z]+ed)$")


def with_condition(question: str) -> str:
    """ "what I would cut if budget halved" -> "... if the budget were halved": a thing and what
    is done to it after "if", said with its article and "were"."""
    found = _CONDITION.search(question)
    if found is None:
        return question
    words = found["np"].split()
    if not lexicon.is_participle(found["vbn"]) or not lexicon.is_noun(words[-1]):
        return question
    if any(lexicon.is_base_verb(w) and not lexicon.is_noun(w) for w in words):
        return question  # "if i missed": a deed, not a thing
    np = found["np"] if words[0] == "the" else with_the(found["np"])
    return f"{question[: found.start()]}if {np} were {found['vbn']}"


# "I said Category A": the one of two things asked about that was said.
_SAID_ONE = re.compile(r"^I said (?P<one>[^,;]+?)(?P<rest>(?:,\s+and\s+|;\s+)\S.*)?$")
_EITHER = re.compile(
    r"^whether (?P<subject>I|my [\w -]+?|it) (?P<be>is|am|are|was) (?P<first>.+?)"
    r" or (?P<second>[^,]+)$"
)


def chosen(question: str, text: str) -> str | None:
    """ "it is Category A, and ..." for "I said Category A, and ..." after "whether my
    qualification is IHO Category A or B"; None for any other answer."""
    either, said = _EITHER.match(question), _SAID_ONE.match(text.rstrip(" ."))
    if either is None or said is None:
        return None
    one = said["one"].lower().split()
    first = either["first"].lower().split()
    # the one said is the first thing, or its last words: "Category A" of "IHO Category A"
    if one != first[-len(one) :] and one != either["second"].lower().split():
        return None
    subject, be = ("I", either["be"]) if either["subject"] == "I" else ("it", either["be"])
    rest = said["rest"] or ""
    return f"{subject} {be} {said['one']}{offered(rest)}"


def offered(text: str) -> str:
    """An offer said as one: "I would like to offer to send a copy of X" -> "I would be happy
    to send you a copy of X"."""
    return re.sub(
        r"\bI would like to offer to send (?:you )?", "I would be happy to send you ", text
    )


def graded(sentence: str) -> str:
    """The sentence as the gate should read it: a capital letter alone after a name in capitals
    ("IHO Category A or B", "Grade A") is a grade, not the article "a"."""
    return re.sub(r"\b([A-Z][a-z]+) A\b", r"\1 X", sentence)


# Places said bare after "at" in English ("at home", "at sea"): never a name typed in lower case
_BARE_AT = frozenset(
    ["home", "work", "school", "university", "uni", "college", "sea", "night", "church",
     "court", "lunch", "first", "last", "least", "most", "once", "present", "times", "all",
     "risk", "scale", "speed", "length", "heart", "best", "worst", "peace", "ease", "hand"]
)  # fmt: skip


def named_at(clause: str) -> str:
    """ "... C drivers at stratum for two years" -> "... at Stratum ...": a word after "at" that
    is no thing said bare there (a thing needs "the" or "a": "at the bank") is a name typed in
    lower case."""

    def name(found: re.Match[str]) -> str:
        word = found["word"]
        if word in _BARE_AT or lexicon.is_plural_noun(word) or word in DETERMINERS:
            return found[0]
        if lexicon.known(word) and not lexicon.is_noun(word):
            return found[0]
        return f"at {word.capitalize()}"

    return re.sub(r"\bat (?P<word>[a-z]+)\b(?= for\b| since\b| in\b|[,.;]|$)", name, clause)


# What was said in the room and what is true, marked to be said: "i said 15% but really depends
# on funder, want to say that"
_SAID_BUT = re.compile(
    r"(?i)^(?:I\s+)?said\s+(?P<said>[^,]+?),?\s+but\s+(?P<but>[^,;]+?)\s*[,.;-]+\s*"
    r"(?:I\s+)?(?:want|need|have|meant|wanted)\s+to\s+(?:say|make|stress|clarify|mention"
    r"|point\s+out)(?:\s+(?:that|this|it))?(?:\s+clear)?[.!]?$"
)
# Words that may stand before the verb of a clause typed without its subject
_ADVERBS = frozenset(["really", "actually", "usually", "often", "mostly", "always", "only"])


def _person(word: str) -> bool:
    """A noun for a person by what they do: "manager", and "funder" (no table knows it, but
    "fund" is a verb)."""
    if lexicon.is_agent_noun(word):
        return True
    return word.endswith("er") and not lexicon.known(word) and lexicon.is_base_verb(word[:-2])


def said_but(text: str) -> str | None:
    """ "I said 15%, but it really depends on the funder" for "i said 15% but really depends on
    funder, want to say that"; None for any other answer."""
    found = _SAID_BUT.match(text.strip())
    if found is None:
        return None
    but = expand(found["but"].strip())
    words = but.split()
    verb = next((w for w in words if w.lower() not in _ADVERBS), "")
    if re.match(r"(?:I|it|they|we|that|this)\b", but):
        said = but
    elif lexicon.is_third_person(verb.lower()):
        said = f"it {but}"  # "really depends on funder": it depends
    else:
        return None
    # "on funder": a person of a kind, who takes "the"
    said = re.sub(
        r"\b(on|to|from|with|for|by) ([a-z]+)$",
        lambda m: f"{m[1]} the {m[2]}" if _person(m[2]) else m[0],
        said,
    )
    return f"I said {expand(found['said'].strip())}, but {said}"


# The candidate's own words for adding, typed in the note: "I would like to add that", "I'd
# add", "I wanted to mention that", "just to add", "I should also say".
_OWN_ADD = (
    r"(?:I(?: would|'d)(?: also)?(?: like to)? (?:add|mention|say)"
    r"|I (?:also )?want(?:ed)? to (?:add|mention|say)|just to add|I should (?:also )?(?:add|say))"
)
# A frame that already adds ("On X, I would add that ", "One further point: ", "To add to one of
# my answers, ", "To complete my answer on X: "), and the note's own words for adding after it
_ADD_TWICE = re.compile(
    r"^(?P<frame>.*?\b(?:add|addition|mention|point|complete|answers?)\b[^:.]*?(?:: | that |, ))"
    + _OWN_ADD
    + r"(?: that|,| (?=(?:I|we)\b)) ?(?P<rest>\S)"
)
# The note's own words for adding inside an answer, after what was said in the room: "I answered
# that I would pause, and I would add that I have done this before" (", and I have done ...").
# (after "I described X" or with "I should add that", the adding is said back whole)
_AND_ADD = re.compile(
    r"(?P<said>\b(?:answered|said|replied)(?: that)? [^.;]*?),? and "
    r"I(?: would|'d)(?: also)?(?: like to)? add(?: that|,| (?=(?:I|we)\b)) ?(?=\w)"
)


def add_once(line: str | None) -> str | None:
    """ "To add to my answer on X: the 15% I mentioned ..." for "...: I would add that the 15%
    I mentioned ...", "One further point: I am happy to ..." for "One further point: I would
    like to add that I am happy to ...": "add" said once."""
    if line is None:
        return None
    return _ADD_TWICE.sub(lambda m: m["frame"] + m["rest"], line)


def answer_and(note: str) -> str:
    """The note with its own "and I would add that" inside an answer said as "and": "I answered
    that I would pause and raise it, and I have done this before"."""
    return _AND_ADD.sub(lambda m: f"{m['said']}, and ", note)


# A "not" typed without its apostrophe: "if a part isnt available". Only forms that are no
# English word of their own ("cant" and "wont" are words).
_NOT_TYPED = re.compile(
    r"\b(?P<verb>is|are|was|were|does|did|do|has|have|had|could|would|should)nt\b", re.IGNORECASE
)
# A week, day or month counted in shorthand: "in week 1" -> "in the first week".
_COUNTED = re.compile(
    r"\b(?P<prep>in|on|by|from|during|after) (?P<span>week|day|month) (?P<n>[1-9])\b"
)
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")


def unclipped(text: str) -> str:
    """ "if a part isnt available" -> "if a part is not available"; "in week 1" -> "in the
    first week": shorthand that only the answers of a follow-up are typed in."""
    text = _NOT_TYPED.sub(lambda m: f"{m['verb']} not", text)
    return _COUNTED.sub(lambda m: f"{m['prep']} the {_ORDINALS[int(m['n']) - 1]} {m['span']}", text)
