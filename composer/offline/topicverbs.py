"""A topic typed as an action, said as the subject that was discussed.

People type what was talked about as they would say it over coffee: "missed a reporting deadline
last yr w/ winnipeg foundation", "had an ammonia exceedance in aug", "fix the intake screen
clogging", "wants more multi-yr grants". After "our conversation about" a verb does not fit
("about missed a reporting deadline"), so `verb_led` says each as the subject it names: the thing
the past action was done to ("the reporting deadline missed last year ..."), the thing someone
had ("the ammonia exceedance in August"), the doing of it ("fixing the intake screen clogging"),
what someone wants ("more multi-year grants"). Where the words after the verb do not make a
plain noun phrase, the topic is left out: "" is returned. `shown` says what the interviewer
showed or asked the candidate about ("showed me the new diag laptop") as the thing itself.

`kept_person` keeps "them" (and "their" after "people", "staff") where the topic itself names
who they are ("how
to get program staff to help with reports without burning them out"), after the pronouns of the
interviewer have been said to them.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.phrases import Shape, analyse
from composer.offline.words import DETERMINERS, PREPOSITIONS, SMALL_NUMBERS

__all__ = [
    "be_passive",
    "coming_up",
    "deed_then_subject",
    "doer_article",
    "kept_person",
    "shown",
    "unchatted",
    "verb_led",
]

# Verbs of having or meeting a thing: what was had is the subject ("had an outage in May").
_LIGHT = frozenset(["had", "got", "saw", "faced", "suffered"])
# A wish of theirs typed without its subject: "wants more multi-yr grants".
_WISH = frozenset(["wants", "needs", "plans", "hopes", "aims", "wanted", "needed"])
# Words that open what a wish is for: a determiner, a quantity, a number.
_QUANTITY = frozenset(["more", "fewer", "less", "better", "another", "two", "three", "four"])
# Words that end the object of a verb and begin its circumstances: "last year", "yesterday".
_CIRCUMSTANCE = frozenset(
    ["last", "next", "this", "yesterday", "today", "earlier", "recently", "when", "because"]
)
_OWNERS = frozenset(["the", "my", "your", "our", "his", "her", "its", "this", "that", "these"])
# Nouns that name a group of people without a plural ending: "staff", "people".
_GROUPS = frozenset(
    ["staff", "people", "ppl", "team", "crew", "police", "public", "board", "family", "faculty"]
)
# "them" after a verb is the group the topic named ("burning them out"); "they" and "their" are
# left to `to_reader` ("the series they're planning" is the interviewer's).
_THEM = frozenset(["them", "themselves"])
# "their" after a group noun with no plural ending ("tell people their claim was denied") is the
# group's; after a plural form `to_reader` keeps it already.
_THEIR = frozenset(["their", "theirs"])
# Chat typed at the end of a note: "no style guide yet lol".
_CHAT = re.compile(r"(?:\s*(?:\b(?:lol|lmao|haha+|hehe|ugh|smh|tbh|imo)\b|:\)|:\(|!{2,}))+$", re.I)


# What the interviewer did with the candidate, typed before what it was done with: "showed me
# the new diag laptop", "walked me through their intake", "told me about the Leeds clinic",
# "asked abt my apprenticeship". The topic is the thing shown or asked about.
_SHOWN = re.compile(
    r"^(?:(?:showed|walked|took|talked|told|gave)\s+me\s+(?:through\s+|around\s+|about\s+"
    r"|re:?\s+|(?:a|an)\s+(?:tour|demo|look|walkthrough|overview)\s+(?:of|at)\s+)?"
    r"|(?:asked|asking|ask)\s+(?:me\s+)?(?:about|abt|ab|re:?)\s+)(?P<what>\S.*)$",
    re.IGNORECASE,
)


def shown(text: str) -> str:
    """ "showed me the new diagnostic laptop" -> "the new diagnostic laptop": what the
    interviewer showed or asked the candidate about, said as the subject discussed."""
    found = _SHOWN.match(text)
    if found is None or found["what"].split()[0].lower() in ("that", "if", "whether", "to"):
        return text  # "told me that ...", "asked me to ...": not a thing shown
    return found["what"]


def deed_then_subject(text: str) -> str:
    """ "walked round workshop - new cnc router, wants someone to run it" -> "new cnc router":
    what the interviewer did with the candidate (a verb in the past, no subject), then after a
    dash the thing it was done for, said as the subject; `text` itself when the line is not that
    shape or the part after the dash is not a plain noun phrase."""
    head, dash, tail = text.partition(" - ")
    words = head.split()
    if not dash or not words or len(words) > 5 or not words[0].islower():
        return text
    if not lexicon.is_past(words[0]) or len(words) < 2:
        return text
    place = (  # "toured site"; never "rent arrears", a noun that is also a past form
        len(words) == 2
        and "adj" not in lexicon.classes(words[0])
        and not lexicon.is_noun(words[0])
        and lexicon.is_noun(words[1])
    )
    if words[1].lower() not in _DONE_WITH and not place:  # "toured site": a deed and a place
        return text  # "assisted collections list - out of date": a modifier, no deed
    subject = re.split(r",|;| - ", tail, maxsplit=1)[0].strip()
    first = subject.split(" ", 1)[0].lower() if subject else ""
    if not first or first in _PERSONS or first in PREPOSITIONS or first in _NOT_A_THING:
        return text
    if analyse(subject).shape is not Shape.NOUN or len(subject.split()) > 6:
        return text
    return subject


# Words that open a clause, not a thing: "he wants", "they need".
_PERSONS = frozenset(["i", "he", "she", "they", "we", "you", "it", "there", "his", "her"])
_NOT_A_THING = frozenset(["how", "what", "why", "who", "when", "where", "whether", "if", "not"])
# What follows a verb of a deed done with the candidate: whom ("showed me"), where ("walked
# round", "went through"), or the place itself ("toured the cutting room").
_DONE_WITH = frozenset(
    ["me", "us", "round", "around", "through", "over", "the", "a", "an", "our", "their", "his",
     "her", "into"]
)  # fmt: skip


def unchatted(text: str) -> str:
    """The topic without the chat typed at its end: "no style guide yet lol" -> "no style guide
    yet"."""
    return _CHAT.sub("", text).strip()


def coming_up(text: str) -> str:
    """ "the big job coming" -> "the big job coming up": a thing on its way, said as English
    says it when nothing follows; "opening spring" -> "opening in the spring": a season after
    what happens in it."""
    text = re.sub(r"(?<=[a-z]) coming$", " coming up", text)
    return re.sub(r"\b([a-z]+ing|due) (spring|summer|autumn|fall|winter)$", r"\1 in the \2", text)


_AWAY = frozenset(["up", "out", "down", "off", "away", "back"])


# What one person or thing of theirs is doing, said of it as an event: "head chef leaving".
_COMINGS = frozenset(
    ["going", "leaving", "starting", "retiring", "joining", "arriving", "coming", "moving",
     "closing", "opening", "stepping", "returning", "switching", "changing"]
)  # fmt: skip


def _compound(first: str, second: str) -> bool:
    """Two nouns in lower case, the first no plural, describing word or "-ing": "van fleet"."""
    if not (first.isalpha() and first.islower() and second.isalpha() and second.islower()):
        return False
    if _plural(first) or first.endswith("ing"):
        return False
    return lexicon.is_noun(first) and lexicon.is_noun(second) and not lexicon.is_gerund(second)


def doer_article(text: str) -> str:
    """ "host going on parental leave in March" -> "the host going on ...": one person or thing
    of theirs doing something, typed without its article (a plural or a mass noun needs none:
    "two mechanics leaving", "funding running out")."""
    words = text.split()
    if len(words) < 3 or not words[0].isalpha() or not words[0].islower():
        return text
    # the thing may be a compound of two nouns: "van fleet going electric"
    at = 2 if len(words) > 3 and _compound(words[0], words[1]) else 1
    if at == 2 and words[2].lower() not in _COMINGS:
        at = 1  # "peak season staffing at the DC": "-ing" as the compound's last noun
    first, doing, after = words[at - 1], words[at].lower(), words[at + 1].lower()
    if first in DETERMINERS or lexicon.is_gerund(first) or _plural(first):
        return text
    described = "adj" in lexicon.classes(first) and at == 1  # "fleet" after "van" is a noun
    if not lexicon.is_noun(first) or described or first.endswith("ing"):
        return text
    if not lexicon.is_gerund(doing) or lexicon.is_noun(doing):
        return text  # "staff training on ...": a noun after it, a compound
    becoming = len(words) == at + 2 and "adj" in lexicon.classes(after)  # "going electric"
    if after not in PREPOSITIONS and after not in _AWAY and not becoming:
        return text
    return f"the {text}"


def be_passive(text: str) -> str:
    """ "how to tell people their claim got denied" -> "... their claim was denied": a past
    passive said with "get" in notes is said with "be" in a letter ("who gets seen first", a
    habit, stays)."""
    words = text.split()
    for index, word in enumerate(words[1:], start=1):
        after = words[index + 1].lower() if index + 1 < len(words) else ""
        if word.lower() != "got" or not after or not lexicon.is_participle(after):
            continue
        if lexicon.is_past(after) and not after.endswith("ed"):
            continue  # "got taken" is kept out of this: "got" before an irregular past is rare
        back = 2 if words[index - 1].lower() in ("that", "who", "which") and index > 1 else 1
        subject = words[index - back].lower()  # "funders that got burned": the funders
        many = _plural(subject) or subject in ("you", "we", "they")
        words[index] = "were" if many else "was"
    return " ".join(words)


def kept_person(typed: str, said: str) -> str:
    """`said` (the topic with the interviewer's pronouns said to them) with "them" as typed
    wherever a plural or group noun before it in the topic says who they are."""
    before, after = typed.split(), said.split()
    if len(before) != len(after):
        return said
    out: list[str] = []
    named = grouped = False
    last = ""
    for was, now in zip(before, after, strict=True):
        lower = was.lower()
        kept = (named and lower in _THEM) or (grouped and lower in _THEIR)
        out.append(was if kept else now)
        named = named or lower in _GROUPS or _plural(lower) or lower == "who"
        # "a patient who hates their new glasses": after "who", "their" is the person's; so
        # after one brought in by "a" ("a client not taking their meds"), whose "their" it is
        one = last in ("a", "an") and (lexicon.is_noun(lower) or not lexicon.known(lower))
        grouped = grouped or lower in _GROUPS or lower == "who" or one
        last = lower
    return " ".join(out)


def _plural(word: str) -> bool:
    """A plural form, or a word the tables lack ending as plurals do ("funders")."""
    if not word.isalpha():
        return False
    unknown = not lexicon.known(word) and word.endswith("s") and not word.endswith(("ss", "us"))
    return lexicon.is_plural_noun(word) or unknown


# Object pronouns after a past form: the candidate did something for a person in the room.
_TO_SOMEONE = frozenset(["him", "her", "them", "you", "us"])


def verb_led(text: str, common: frozenset[str] = frozenset()) -> str | None:
    """The subject a topic typed as an action names; None when it is not typed as one, "" when
    it is but cannot be said as a subject with confidence."""
    text = text.split(", ", 1)[0]  # "had an outage in May, ministry got involved": the outage
    words = text.split()
    if len(words) < 2:
        return None
    first, second = words[0].lower(), words[1].lower()
    if first in _WISH:
        return _wished(words[1:])
    phrase = analyse(text, common)
    # a past form before a determiner or a count did something to it ("missed a deadline");
    # before a bare noun it may describe it ("plated desserts", "cost planning")
    acted = second in DETERMINERS or second in SMALL_NUMBERS or second[:1].isdigit()
    if phrase.shape is Shape.PAST and lexicon.is_past(first) and acted:
        return _done_to(phrase.text.split())
    happened = lexicon.is_past(first) and not lexicon.is_noun(first)  # not "split of work"
    if phrase.shape is Shape.PAST and happened and second in PREPOSITIONS:
        return ""  # "moved to the new site in may": what happened, to no thing named
    if happened and second in _TO_SOMEONE:
        return ""  # "showed him my reel", "walked her through it": a deed, no subject discussed
    if phrase.shape is Shape.BASE and (second in DETERMINERS or second[:1].isdigit()):
        doing = lexicon.verb_forms(first).get("VBG")
        return f"{doing} {' '.join(words[1:])}" if doing else ""  # "fixing the intake screen"
    return None


def _wished(rest: list[str]) -> str | None:
    """What a wish of theirs is for: "more multi-year grants"; "to move to X": "moving to X"."""
    lead = rest[0].lower()
    if lead == "to":
        verb = rest[1].lower() if len(rest) > 2 else ""
        doing = lexicon.verb_forms(verb).get("VBG") if lexicon.is_base_verb(verb) else None
        return f"{doing} {' '.join(rest[2:])}" if doing else ""
    if lead in DETERMINERS or lead in _QUANTITY or lead[:1].isdigit():
        return " ".join(rest)
    return None  # "needs assessment for new clients": a noun, not a wish


def _done_to(words: list[str]) -> str:
    """ "missed a reporting deadline last year" -> "the reporting deadline missed last year";
    "had an outage in May" -> "the outage in May"; "handled 120 files at my last job" -> "the
    120 files I handled at my last job"."""
    verb = words[0].lower()
    if len(words) > 1 and words[1].lower() in ("me", "us"):
        return ""  # "took me out to two lanterns ...": done to the candidate, no subject
    stop = next(
        (
            i
            for i, w in enumerate(words[1:], start=1)
            if w.lower() in PREPOSITIONS or w.lower() in _CIRCUMSTANCE
        ),
        len(words),
    )
    thing, tail = words[1:stop], words[stop:]
    count = len(thing) == 1 and (thing[0].isdigit() or thing[0].lower() in SMALL_NUMBERS)
    if count and tail[:1] == ["of"] and lexicon.is_past(verb):
        # "cupped 3 of their coffees": the doing ("cupping 3 of their coffees"), no thing done
        doing = lexicon.verb_forms(lexicon.base_of(verb) or verb).get("VBG")
        return " ".join([doing, *thing, *tail]) if doing else ""
    if not thing or not _names_a_thing(thing):
        return ""
    owner = thing[0].lower()
    mine = any(w.lower() in ("my", "i", "me") for w in words)
    if owner in ("a", "an") or (owner == "my" and mine and verb not in _LIGHT):
        # "ran my first clinic at my old gym": the first clinic I ran, not "my ... I ran"
        thing = ["the", *thing[1:]]
    elif owner not in _OWNERS and not (thing[0][:1].isupper() and not thing[0].isupper()):
        thing = ["the", *thing]
    if verb in _LIGHT:
        return " ".join([*thing, *tail])
    together = [w.lower() for w in tail[:2]] in (["with", w] for w in ("you", "him", "her", "them"))
    if together and lexicon.is_past(verb) and not mine:
        # "walked the cowaramup house w/ him": a thing done with the reader, no subject talked
        # about ("the house walked with you"); no topic frame fits it
        return ""
    if mine:
        return " ".join([*thing, "I", verb, *tail])  # the candidate's own work
    if not tail:
        return ""  # "the migration led": read as what it did, not what was done to it
    base = lexicon.base_of(verb) or ""
    done = lexicon.verb_forms(base).get("VBN") if base else None
    return " ".join([*thing, done, *tail]) if done else ""


def _names_a_thing(words: list[str]) -> bool:
    """A plain noun phrase: no verb form inside, and at its end a noun, a name, a figure or a
    word the tables lack after a determiner ("an ammonia exceedance")."""
    head = words[-1]
    inside = [w.lower() for w in words[1:-1]]
    if any(lexicon.is_past(w) and not lexicon.is_noun(w) for w in inside):
        return False
    if head[:1].isupper() or head[:1].isdigit():
        return True
    unknown = not lexicon.known(head) and len(words) > 1
    return head.isalpha() and (lexicon.is_noun(head.lower()) or unknown)
