"""A contribution typed as a list, read item by item: each item a thing, a state to reach or an
action, said with the verb that fits its shape.

"group pathway to bring the wait down, TA training in schools": "help with a group pathway ...
and with TA training in schools"; "front desk team that sells upgrades, review score back up":
"help build a front desk team ... and get the review score back up". An item read as none of
these shapes leaves the whole list to the caller.
"""

from __future__ import annotations

import itertools

from composer import regexes as re
from composer.offline import lexicon, offerobjects
from composer.offline.phrases import Phrase, Shape, analyse
from composer.offline.realise import needs_article, with_article
from composer.offline.words import DETERMINERS as WORD_DETERMINERS
from composer.offline.words import FUNCTION_WORDS, OBJECT_COUNTABLE

DETERMINERS = frozenset(["a", "an", "the", "my"])

# A state to reach, after the thing: "CVRs in on time", "offline mode shipped by summer",
# "review score back up", "food cost back under 30%", "local voices back in the 8am hour".
_GOAL = re.compile(
    r"(?P<np>[\w-]+(?: [\w-]+){0,3}?) (?P<state>(?:in|up|down|out|back(?: up| down)?|off)"
    r"(?:$| (?:on time|under|below|over|above|to|by|within|the same|same|each|every|in|at|on"
    r"|during|for)\b.*)"
    r"|(?:shipped|done|signed off|live|sorted|cleared|closed)(?:$| (?:by|within|before)\b.*))"
)
# Verbs that put a thing into a state named after it ("keep delays down", "bring the commis
# on", "get the drop-in going"): a part that starts with one of them is an action, never a thing
# (the lexicon also knows "keep" and "push" as nouns).
RESULT_VERBS = frozenset(
    ["keep", "get", "bring", "take", "turn", "push", "drive", "put", "set", "hold", "pull"]
)
_RESULT = re.compile(
    r"(?P<verb>[a-z]+) (?P<np>[\w'&-]+(?: [\w'&-]+){0,3}?) (?P<state>down|up|back|out|off|on|over"
    r"|in|going|moving|on track|under control|together|through)(?: (?P<rest>.+))?"
)
# More or fewer of people or things, and what they do or have done to them: "more girls
# coming", "more appointments booked", "fewer claims reopened".
_MORE_DOING = re.compile(
    r"(?P<np>(?:more|fewer) (?:[a-z-]+ )?[a-z-]+) (?P<state>[a-z]+(?:ing|ed))"
    r"(?: (?:in|back|on|to)\b.*)?"
)
# A state to keep, after the thing: "van stock kept tidy", "docket kept on time".
_KEPT = re.compile(r"(?P<np>[\w-]+(?: [\w-]+){0,3}?) kept (?P<state>[^\s,][^,]*)")


def goal(part: str, common: frozenset[str]) -> str | None:
    """ "CVRs in on time" -> "get CVRs in on time"; "waiting list down under 12 weeks" ->
    "get the waiting list down under 12 weeks"; "van stock kept tidy" -> "keep the van stock
    tidy"; None when the part is no thing and its state."""
    kept = _KEPT.fullmatch(part)
    found = kept or _GOAL.fullmatch(part)
    more = _MORE_DOING.fullmatch(part)
    if more is not None and lexicon.is_plural_noun(more["np"].split()[-1]):
        return f"get {part}"  # "more girls coming", "more appts booked": a state to reach
    if found is None:
        return None
    np, words = found["np"], found["np"].split()
    if words[0].lower() in RESULT_VERBS:
        return None  # "keep delays down": the verb is there, an action to take
    if offerobjects.opens_clause(np):
        return None  # "a crew that turns up on time": a clause's verb and its particle
    shape = analyse(np, common).shape
    verb_first = lexicon.is_base_verb(words[0].lower()) and not kept  # "kept": the verb is there
    if verb_first and (shape is not Shape.NOUN or len(words) < 2):
        return None  # "bring the commis on": an action; "repair backlog down": a thing
    if verb_first and any(lexicon.is_gerund(w.lower()) for w in words[1:]):
        return None  # "keep patients coming back": an action with its object's doing
    verbs = any(lexicon.is_base_verb(w) or lexicon.is_past(w) for w in np.lower().split()[1:])
    gerund = lexicon.is_gerund(words[0].lower()) and not (len(words) == 2 and words[1].isalpha())
    unread = shape is not Shape.UNKNOWN or verbs
    if gerund or (shape not in (Shape.NOUN, Shape.GERUND) and unread):
        return None  # "offline mode": a word the lexicon does not know, still no verb
    last = words[-1]
    plural = lexicon.is_plural_noun(last.lower()) or re.fullmatch(r"[A-Z]{2,}s", last)
    if words[0].lower() not in DETERMINERS and not plural:
        np = f"the {np}"
    return f"{'keep' if kept else 'get'} {np} {found['state']}"


# People working as one, whom a candidate helps build: "a store team that stays".
GROUPS = frozenset(["team", "crew", "squad", "workforce", "department", "network", "community"])
# Where a noun phrase's head ends: what follows is about it ("link between A and B").
_AFTER_HEAD = re.compile(
    r" (?:between|for|on|to|in|of|at|from|with|without|across|through|during|that|who|which"
    r"|where|so)\b(?!-)"
)  # (not "on-time", "in-house": a word of the describing compound)
# Heads that name an amount of something, with no "a": abstract endings, and a few plain ones.
_MASS_ENDING = re.compile(r"(?:ence|ance|tion|sion|ment|ness|ity|ing|ship|ism|age|cy|ure)$")
_MASS = frozenset(  # "discipline on hygiene", never "a discipline"
    ["support", "work", "care", "advice", "feedback", "research", "help", "time", "staff", "data",
     "information", "knowledge", "guidance", "cover", "know-how", "practice", "capacity",
     "oversight", "coverage", "experience", "expertise", "insight", "rigour", "rigor", "output",
     "throughput", "discipline", "structure", "hygiene", "patience", "calm", "teamwork", "control",
     # "Good food on a fixed supply for a whole year" (round 60, h1564), never "a good food"
     "food", "service", "equipment", "training", "cooking", "teaching", "music", "coffee", "bread"]
)  # fmt: skip
MASS = _MASS


def thing(item: str, common: frozenset[str]) -> str | None:
    """The noun phrase `item` with the article it needs ("tighter link between A and B" -> "a
    tighter link ..."), or None when it is no noun phrase."""
    phrase = analyse(item, common)
    if phrase.shape not in (Shape.NOUN, Shape.ROLE):
        return None
    first = phrase.words[0].lower()
    if first in DETERMINERS or first.isdigit() or first in ("your", "our", "more", "fewer", "less"):
        return item
    head_end = _AFTER_HEAD.search(item)
    head_words = item[: head_end.start() if head_end else len(item)]
    if " and " in head_words and item.count(" and ") == 1:  # "safer shifts and a team that stays"
        each = [thing(part, common) or "" for part in item.split(" and ")]
        return " and ".join(each) if all(each) else item
    if " and " in head_words or ("," in head_words and not _described(head_words)):
        return item  # "accurate records and a calm courtroom": each part has what it needs
    head = analyse(head_words, common)
    last = head_words.split()[-1]
    if last.lower() in _MASS:
        return item
    if needs_article(head) or last.lower() in OBJECT_COUNTABLE:
        return f"{lexicon.article(item)} {item}"
    countable = lexicon.is_noun(last.lower()) and not lexicon.is_plural_noun(last.lower())
    mass = last.lower() in _MASS or _MASS_ENDING.search(last.lower()) or not last.islower()
    mass = mass or any(last.lower().endswith(m) for m in _MASS if len(m) > 3)  # "aftercare"
    return f"{lexicon.article(item)} {item}" if countable and not mass else item


# The head of a piece of work to help with: "linac commissioning", "SABR expansion".
_PROCESS = re.compile(r"(?:ing|ion|ment|ance|ence)$")


def processes(head: str, common: frozenset[str]) -> str | None:
    """ "linac commissioning and SABR expansion": two or three pieces of work named by what is
    done to a thing, each ending in its process word, said as they are after "help with";
    None for any other list ("steady practice and good relationships": things brought)."""
    parts = head.split(" and ")
    if not 2 <= len(parts) <= 3:
        return None
    for part in parts:
        words = part.split()
        if not 2 <= len(words) <= 3 or words[0].lower() in DETERMINERS:
            return None
        if not _PROCESS.search(words[-1]) or not lexicon.known(words[-1].lower()):
            return None
        if analyse(part, common).shape in (Shape.BASE, Shape.PAST):
            return None  # "keep patients coming", "cut costs": an action, not a piece of work
        if analyse(words[-1], common).shape not in (Shape.NOUN, Shape.GERUND, Shape.UNKNOWN):
            return None
    return head


def quality(phrase: Phrase) -> bool:
    """ "steady hands", "fresh eyes": a describing word and a plural with no article, a
    quality of the candidate's that no verb makes a thing brought in."""
    words = phrase.text.split()
    links = ("for", "to", "with", "in", "on", "at", "from")
    end = next((i for i, w in enumerate(words) if w.lower() in links), len(words))
    if end != 2 or "adj" not in lexicon.classes(words[0].lower()):
        return False
    if words[0].lower() in ("fewer", "less", "more") or words[0].lower().endswith("er"):
        return False  # "fewer snags", "clearer rotas": more or less of a thing, no quality
    return lexicon.is_plural_noun(words[1].lower())


def listed(head: str, common: frozenset[str]) -> str | None:
    """A list of two to four items as one verb phrase, each item with the verb its shape
    takes; None unless `head` is such a list ("quick, clear turnarounds" is one thing with two
    describing words, not a list) and every item is read."""
    items = head.split(", ")
    if not 2 <= len(items) <= 4 or any(len(i.split()) < 2 for i in items):
        return None
    if offerobjects.listed_after(head):
        return None  # "... communication with drivers, passengers and the day team": one thing
    if any(_linking(i.split()[0].lower()) for i in items[1:]):
        return None  # "..., where you have no one", "..., not just the big ones": no item
    if any(
        offerobjects.opens_clause(i, taking=True) and goal(after, common) is None
        for i, after in itertools.pairwise(items)
    ):
        return None  # "a plan that ties recruitment, retention and aid to ...": one clause
    if any(_describing(i) or _describing(i.rsplit(" and ", 1)[-1]) for i in items[:-1]):
        return None  # "a steady, well-documented approach": one thing, two describing words
    if any(len(i.split()) > 2 and lexicon.is_adjective_only(i.split()[-1]) for i in items[:-1]):
        return None  # "... rests on early, honest consultation": two describing words of one thing
    said: list[tuple[str, str]] = []  # (verb, what follows it)
    for item in items:
        first, _, rest = item.partition(" ")
        state = goal(item, common)
        phrase = analyse(item, common)
        if state is not None:
            verb, _, what = state.partition(" ")
            said.append((verb, what))
        elif first.lower() in ("fewer", "less"):
            said.append(("aim for", item))  # "fewer snags at handover": an outcome, no thing
        elif first.lower() == "help" and rest.startswith("with "):
            said.append(("help with", rest[len("with ") :]))  # "help w/ the grant reporting"
        elif phrase.shape is Shape.BASE or (said and _acts(item, phrase)):
            return None  # a list of actions is the caller's to read
        elif verb_first(item):
            return None  # "lift skin grades": an action (round 50, h1406), never "bring lift"
        elif first.lower() in RESULT_VERBS and rest.split(" ", 1)[0] in ("on", "up", "in", "out"):
            return None  # "take on more ortho in-house": an action, never "a take on ..."
        elif quality(phrase) or lexicon.is_gerund(first.lower()):
            return None  # "steady hands for the class", "running the class": not things
        elif any(able(part) for part in item.split(" and ")):
            return None  # "easy to give notes to": what the candidate is, never a thing
        else:
            np = thing(item, common)
            if np is None:
                return None
            head_end = _AFTER_HEAD.search(np)
            last = np[: head_end.start() if head_end else len(np)].split()[-1].lower()
            said.append(("help build" if last in GROUPS else "thing", np))
    # things named are work to help with ("help with a group pathway ... and with TA training"),
    # unless one is the quality of the candidate's own work: then all are things brought
    # ("bring accurate records and a calm courtroom", not "help with accurate records")
    brought = any(verb == "thing" and own_quality(np) for verb, np in said)
    thing_verb = "bring" if brought else "help with"
    return _joined([(thing_verb if verb == "thing" else verb, np) for verb, np in said])


def own_quality(np: str) -> bool:
    """ "reliable coordination of contractors", "an eye for detail": a thing led by a describing
    word in its plain degree or an eye for a thing, the quality of the candidate's own work,
    brought (never "help with reliable coordination"); "a tighter link" is an outcome."""
    words = [w.rstrip(",") for w in np.lower().split() if w not in DETERMINERS]
    if len(words) < 2 or words[0] in ("more", "less", "fewer", "most", "least"):
        return False
    found = lexicon.classes(words[0])  # "weekly stock counts": how often, no quality
    plain = words[0] in found.get("adj", ()) and not (words[0].endswith("ly") and "adv" in found)
    return plain or words[:2] == ["eye", "for"]  # "an eye for detail", as "a good eye for"


def described_things(head: str, common: frozenset[str]) -> tuple[str, str] | None:
    """ "steady husbandry and clear logs for the galleries": things each led by a describing
    word, which `phrases.analyse` may read as a clause ("... logs for ..."), as ("np", the
    things); ("aim", ...) when the first is a comparative, an outcome ("better backhauls and
    tighter logs"); None when a part is led by no describing word or names no thing."""
    parts = head.split(" and ")
    said: list[str] = []
    for part in parts:
        words = part.split()
        end = next((i for i, w in enumerate(words) if w.lower() in _LINKS), len(words))
        if len(words) < 2 or end < 2 or "adj" not in lexicon.classes(words[0].lower()):
            return None
        last = words[end - 1]
        lower = last.lower()
        thing_word = lexicon.is_noun(lower) or lexicon.is_plural_noun(lower)
        thing_word = thing_word or lexicon.is_gerund(lower) or not lexicon.known(lower)
        if not thing_word and last.islower() and not last.endswith("s"):
            return None  # a word known only as a verb or a describing word ends no thing ("logs")
        if re.search(r"\b(\w+) to \1\b", part):
            return None  # "consistent batch to batch": how it is done, no thing
        said.append(with_article(analyse(part, common)))
    first = parts[0].lower().split()[0]
    comparative = first not in lexicon.classes(first)["adj"]
    return ("aim" if comparative else "np", " and ".join(said))


# Words after a thing's head that tell of it: "clear logs for the temperate galleries".
_LINKS = frozenset(["for", "to", "with", "in", "on", "at", "from", "of", "across", "between"])


def built(np: str) -> str | None:
    """ "a store team that stays" -> "help build a store team that stays": people working as
    one are built, not brought; None for any other thing."""
    head_end = _AFTER_HEAD.search(np)
    if head_end is None or head_end.group().strip() not in ("that", "who", "which"):
        return None
    return f"help build {np}" if np[: head_end.start()].split()[-1].lower() in GROUPS else None


def resultative(part: str) -> bool:
    """ "keep delays down in the summer peak", "get the drop-in going again": a verb that puts
    a thing into a state, the thing, then the state: an action, whatever the lexicon makes of
    its first word."""
    found = _RESULT.fullmatch(part)
    if found is None or found["verb"] not in RESULT_VERBS or " and " in part:
        return False  # "get X handed over on time and zero RIDDORs": more than one action
    words = found["np"].lower().split()
    return not any(w in RESULT_VERBS or lexicon.is_past(w) for w in words)


def _acts(item: str, phrase: Phrase) -> bool:
    """ "tidy the recs", "cover OOH": after another item, a word that can be a plain verb is one,
    unless the item reads as a thing ("support for new starters")."""
    words = item.lower().split()
    if not lexicon.is_base_verb(words[0]):
        return False
    return phrase.shape is not Shape.NOUN or words[1] in WORD_DETERMINERS


def _linking(word: str) -> bool:
    """ "where", "not", "with": a word that goes on from what came before, starting no item."""
    return word in FUNCTION_WORDS and word not in WORD_DETERMINERS


def _described(head: str) -> bool:
    """ "calm, experienced voice": describing words set off by commas before one thing."""
    before = head.split(", ")[:-1]
    return all(len(b.split()) == 1 and "adj" in lexicon.classes(b.lower()) for b in before)


# Verbs of raising or lowering a figure, typed first in a contribution: "lift skin grades".
_CHANGE_VERBS = frozenset(
    ["lift", "raise", "cut", "boost", "grow", "reduce", "lower", "improve", "increase", "halve"]
)


def verb_first(item: str) -> bool:
    """ "lift skin grades", "cut rework costs": a verb of change, then a thing in the plural."""
    words = item.lower().split()
    return (
        len(words) >= 3
        and words[0] in _CHANGE_VERBS
        and lexicon.is_plural_noun(words[-1])
        and words[1] not in DETERMINERS
    )


def _describing(item: str) -> bool:
    """ "a steady", "very calm": a describing word and no thing after it."""
    words = item.lower().split()
    return len(words) <= 2 and "adj" in lexicon.classes(words[-1])


def able(part: str) -> bool:
    """ "easy to give notes to", "quick to learn": a describing word and what it is to do."""
    first, _, rest = part.strip().partition(" ")
    return "adj" in lexicon.classes(first.lower()) and rest.startswith("to ")


def _joined(said: list[tuple[str, str]]) -> str:
    """ "help with A", "help with B", "get C up" -> "help with A, with B and get C up"; "bring A",
    "bring B" -> "bring A and B"; a comma before the last "and" when the part before it has an
    "and" or a purpose of its own ("bring fast prep so your sessions start on time, and a good
    eye"), or when the last of two has an "and" ("..., and clear and timely updates")."""
    parts: list[str] = []
    for n, (verb, what) in enumerate(said):
        again = n > 0 and said[n - 1][0] == verb in ("help with", "bring")
        lead = "with " if verb == "help with" else ""
        parts.append(f"{lead}{what}" if again else f"{verb} {what}")
    clausal = re.search(r" (?:and|so) ", parts[-2])
    comma = "," if clausal or (len(parts) == 2 and " and " in said[-1][1]) else ""
    return ", ".join(parts[:-1]) + f"{comma} and {parts[-1]}"


# "fewer repeat call-outs - fix the root cause not just reset the breaker": an outcome, then
# after a dash how the candidate would reach it.
_MEANS = re.compile(
    r"(?P<outcome>(?:fewer|less|faster|quicker|shorter|lower)\s.+?)\s[-–—]\s"
    r"(?P<verb>[a-z]+)\s(?P<rest>[^,;]+?)(?:,?\s+not\s+just\s+(?P<other>[a-z]+)\s(?P<tail>.+))?"
)


def by_means(text: str, common: frozenset[str]) -> str | None:
    """ "fewer repeat call-outs by fixing the root cause, not just resetting the breaker": the
    outcome and the means after its dash; None unless each verb is a plain verb."""
    found = _MEANS.fullmatch(text)
    if found is None:
        return None
    doing = _gerund(found["verb"])
    if doing is None or analyse(found["outcome"], common).shape is not Shape.NOUN:
        return None
    said = f"{found['outcome']} by {doing} {found['rest']}"
    if found["other"]:  # "not just reset the breaker": "not just resetting"; "not just back"
        other = _gerund(found["other"]) or found["other"]
        said += f", not just {other} {found['tail']}"
    return said


def _gerund(verb: str) -> str | None:
    """ "fix" -> "fixing"; None for a word that is also an adverb ("back") or no plain verb."""
    if "adv" in lexicon.classes(verb) or not lexicon.is_base_verb(verb):
        return None
    return lexicon.verb_forms(verb).get("VBG")


# "... + someone who can bring the apprentices on", "... + someone to train the ATT students":
# the candidate described as a person, after the thing offered.
_PERSON = re.compile(
    r"^(?P<thing>.+?)(?:,? and |, (?=can |could ))(?:(?:someone|somebody|a person) (?:(?P<who>who)"
    r" (?P<verb>[a-z]+)|to)|(?P<can>can|could))(?=\s[a-z])"  # "safe line handling + can cover"
    r" (?P<rest>.+)$"
)


# "...; want to be a check airman down the road", "... + keen to move into surveying": what the
# candidate wants to do later, after the thing offered.
_WANT = re.compile(
    r"^(?P<thing>.+?)(?:,| and) (?:i\s+)?(?P<want>want|hope|would like|keen|happy|glad|willing)"
    r" to (?P<rest>[a-z].+)$"
)


def own_clause(head: str) -> tuple[str, str] | None:
    """(the thing offered, the candidate's clause): "a steady pair of hands + someone to train
    the ATT students" -> ("a steady pair of hands", "I would be glad to train the ATT
    students"); "who can run X" -> "I could run X", "who knows X" -> "I know X"; "want to be a
    check airman" -> "I would like to become a check airman". None when the line has no such
    part, or its verb is not read."""
    want = _WANT.match(head)
    if want:
        rest = re.sub(r"^be (?=an? )", "become ", want["rest"])  # "want to be a check airman"
        adjective = want["want"] in ("keen", "happy", "glad", "willing")  # "+ happy to do ..."
        said = f"I am {want['want']} to" if adjective else "I would like to"
        return want["thing"], f"{said} {rest}"
    found = _PERSON.match(head)
    if found is None or " and " in found["thing"]:
        return None
    if found["can"]:
        return found["thing"], f"I {found['can']} {found['rest']}"
    if not found["who"]:
        return found["thing"], f"I would be glad to {found['rest']}"
    verb = found["verb"]
    if verb in ("can", "could"):
        return found["thing"], f"I could {found['rest']}"
    base = lexicon.base_of(verb) if lexicon.is_third_person(verb) else None
    return None if base is None else (found["thing"], f"I {base} {found['rest']}")
