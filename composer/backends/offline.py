"""The built-in offline composer: writes each letter from the notes alone, deterministically.

It follows the same guidance as the model prompts: greeting, thanks with role and company, this
interviewer's topics, the candidate's strengths, one personal detail, the follow-up, next steps and
a sign-off. It only ever copies facts from the notes; every other word comes from fixed phrasing
without names, places or numbers, so the grounding rule has nothing to catch. Letters to a panel
pick their phrasing by the interviewer's position, so no two read the same. A printed letter
(channel "letter") opens with a letterhead: the candidate's name, address and contact details,
the date to send it, and the interviewer's name, title and company.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from composer.backends.base import BackendBase
from composer.channels import channel_spec
from composer.dates import letter_date, send_by_date
from composer.drafting import Draft, DraftRequest
from composer.english import GREETING_WORDS, TITLES
from composer.english import NAME_ABBREVIATIONS as _ABBREVIATIONS
from composer.english import ROLE_NOUNS as _ROLE_NOUNS
from composer.english import bare_role as _bare_role
from composer.english import count_words as _words
from composer.models import Interviewer, Notes

__all__ = ["OfflineBackend", "rapport_kind", "rapport_line", "second_person"]

# Words that may start a list item and read better in lower case mid-sentence (with the
# past-tense verbs below: "Led the audit").
_LOWER_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "my",
        "our",
        "their",
        "his",
        "her",
        "its",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "fifteen",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "several",
        "many",
        "some",
        "most",
        "over",
        "nearly",
        "almost",
        "about",
        "more",
        "how",
        "what",
        "why",
        "when",
        "where",
        "which",
        "whether",
        "moving",
        "building",
        "running",
        "leading",
        "designing",
        "writing",
        "working",
        "helping",
    ]
)
# Past-tense verbs that let a highlight follow "I" directly ("I led ...").
_PAST_VERBS = frozenset(
    [
        "led",
        "built",
        "ran",
        "shipped",
        "wrote",
        "rewrote",
        "drafted",
        "designed",
        "cut",
        "grew",
        "launched",
        "managed",
        "created",
        "improved",
        "reduced",
        "delivered",
        "organised",
        "organized",
        "taught",
        "trained",
        "won",
        "made",
        "set",
        "took",
        "gave",
        "brought",
        "founded",
        "started",
        "developed",
        "migrated",
        "automated",
        "raised",
        "saved",
        "scaled",
        "presented",
        "published",
        "mentored",
        "coordinated",
        "negotiated",
        "implemented",
        "introduced",
        "established",
        "doubled",
        "tripled",
        "halved",
        "resolved",
        "fixed",
        "completed",
        "finished",
        "redesigned",
        "rebuilt",
        "sold",
        "cleared",
    ]
)
_LOWER_STARTERS = _LOWER_WORDS | _PAST_VERBS
_FIRST_PERSON = re.compile(r"\b(i|me|my|mine|we|us|our|ours|myself|ourselves)\b", re.IGNORECASE)
_SAD = re.compile(
    r"\b(passed away|died|death|ill|illness|sick|hospital|surgery|injur\w*|funeral|divorce\w*|"
    r"laid off|lost|loss|grief|grieving|cancer|accident|recovering)\b",
    re.IGNORECASE,
)
_SUBJECTS = {"he": "you", "she": "you", "they": "you"}
_OBJECTS = {"him": "you", "them": "you"}
_POSSESSIVES = {"his": "your", "their": "your"}
_STANDALONE = {"hers": "yours", "theirs": "yours"}
_REFLEXIVE = {"himself": "yourself", "herself": "yourself", "themselves": "yourself",
              "themself": "yourself"}  # fmt: skip
_BE = {
    "is": "are", "was": "were", "has": "have", "does": "do", "isn't": "aren't",
    "wasn't": "weren't", "hasn't": "haven't", "doesn't": "don't", "is not": "are not",
    "was not": "were not", "has not": "have not", "does not": "do not",
}  # fmt: skip
_ADVERBS = frozenset(
    [
        "just",
        "recently",
        "also",
        "already",
        "still",
        "really",
        "actually",
        "finally",
        "often",
        "always",
        "never",
        "soon",
        "newly",
        "currently",
    ]
)
_PARTICIPLES = frozenset(
    ["been", "got", "gotten", "done", "had", "made", "taken", "gone", "seen", "started"]
)
_TRAVEL = re.compile(
    r"^you are (?:flying|travelling|traveling|heading|going|off|jetting|sailing|driving"
    r"|taking (?:your|the)(?: [\w'-]+){1,3}?)"
    r" (?:back )?to (?P<place>.+?)(?P<when> (?:next|this|on|in|at the end of|later this) .+"
    r"| tomorrow| soon| shortly)?$"
)
# A "place" with one of these in it is an occasion, not a destination ("going to a concert").
_OCCASIONS = re.compile(
    r"\b(concert|gig|wedding|party|conference|festival|game|match|final|show|play|opera|ballet"
    r"|exhibition|meetup|summit|reunion|premiere|tournament|graduation|launch|celebration)s?\b",
    re.IGNORECASE,
)
# "-ing" activities for which a wish of luck fits: an exam, a race, a talk, a launch.
_LUCK_VERBS = frozenset(
    [
        "running",
        "competing",
        "racing",
        "training",
        "preparing",
        "presenting",
        "speaking",
        "studying",
        "sitting",
        "finishing",
        "launching",
        "starting",
        "hosting",
        "taking",
        "defending",
        "swimming",
        "climbing",
        "organising",
        "organizing",
        "performing",
        "pitching",
        "playing",
        "riding",
    ]
)
# "-ing" pastimes the interviewer will enjoy: wishing them a good time fits.
_LEISURE_VERBS = frozenset(
    [
        "cycling",
        "hiking",
        "walking",
        "trekking",
        "backpacking",
        "camping",
        "skiing",
        "snowboarding",
        "surfing",
        "kayaking",
        "diving",
        "touring",
        "exploring",
        "visiting",
        "holidaying",
        "vacationing",
        "spending",
        "attending",
        "seeing",
        "watching",
    ]
)
# Happy news about them: congratulations fit.
_CELEBRATION = re.compile(
    r"^you (?:(?:just|recently) )?(?:are (?:(?:just|recently) )?(?:getting (?:married|engaged)"
    r"|expecting|celebrating)|got (?:married|engaged)|became (?:a )?(?:parents?|grandparents?)"
    r"|had a baby)\b"
)
_PETS = (
    r"dog|puppy|pup|cat|kitten|greyhound|spaniel|terrier|retriever|labrador|collie|poodle"
    r"|beagle|dachshund|whippet|lurcher|rabbit|bunny|hamster|guinea pig|parrot|budgie|tortoise"
    r"|horse|pony"
)
_NEW_PET = re.compile(
    r"^you (?:(?:just|recently) )?(?:(?:adopted|got|rescued|brought home|welcomed) an? (?:new )?"
    rf"|have an? new )(?P<pet>(?:[\w-]+ ){{0,2}}?(?:{_PETS}))$"
)
_RECOMMENDED = re.compile(r"^you (?:(?:also|kindly) )?(?:recommended|suggested) (?P<what>.+)$")
_REPORTED = re.compile(
    r"^(?:he|she|they) (?:mentioned|said|told us|told me|explained|shared|noted) (?:that )?",
    re.IGNORECASE,
)
_CLAUSE_HEADS = frozenset({"he", "she", "they", "his", "her", "their", "he's", "she's", "they're"})
_DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_FUTURE = re.compile(
    r"\b(will|going to|soon|tomorrow|tonight|later this \w+|next (?!to\b|door\b)\w+"
    r"|this (week|month|summer|winter|spring|autumn|fall|year|weekend|" + _DAYS + ")"
    r"|on (" + _DAYS + r")|in (" + _MONTHS + r"))\b",
    re.IGNORECASE,
)
_MOVE = re.compile(r"^(?:you are|your [\w' -]+ (?:is|are)) (?:moving|relocating)\b")
_MOVED = re.compile(r"^you (?:(?:just|recently) )?(?:moved|relocated)\b")
# "you spent", "you were", "you have been": something that already happened.
_PAST = re.compile(
    r"^you (?:(?:just|recently|already|once|also) )?(?:have |had )?"
    r"(?:been|were|had|went|spent|got|came|saw|took|did|made|ran|won|\w+(?<!e)ed)\b"
)

# Capitalised "-ing" words that are names, not gerunds ("Reading" the town, "Boeing").
_ING_NAMES = frozenset(
    ["beijing", "nanjing", "reading", "boeing", "kipling", "sterling", "epping", "ealing",
     "harding", "golding", "browning", "channing", "fleming", "manning", "pershing", "redding",
     "wyoming", "darjeeling", "kunming", "nanning", "viking", "vikings", "spalding"]
)  # fmt: skip
_LOWER_PRONOUNS = frozenset(
    ["they", "we", "you", "she", "he", "it", "this", "that", "these", "first", "second", "third",
     "final", "next", "another", "each", "every", "both", "all", "any", "no"]
)  # fmt: skip


def _lowercase_first(first: str, common: frozenset[str]) -> bool:
    """Whether a capitalised first word of a list item is an ordinary word, lowered mid-sentence.

    It is when it is a known starter ("The", "Led", "A"), a gerund ("Scaling"), a pronoun, or a
    word the notes use in lower case elsewhere ("Test" when they say "flaky test"). A word never
    seen in lower case ("Kafka", "Python") may be a name and keeps its capital.
    """
    if not (first[:1].isupper() and (not first[1:] or first[1:].islower())):
        return False
    lower = first.lower()
    if lower in _LOWER_STARTERS or lower in _LOWER_PRONOUNS or lower in common:
        return True
    return len(lower) >= 5 and lower.endswith("ing") and lower.isalpha() and lower not in _ING_NAMES


def _phrase(item: str, common: frozenset[str] = frozenset()) -> str:
    """A list item ready to sit inside a sentence: no final stop, a common first word lowered.

    `common` holds words the notes use in lower case: a capitalised first word among them is
    lowered too.
    """
    item = item.strip()
    # "rotations etc." would lose its stop and read "rotations etc has ...": a letter is
    # better without it.
    item = re.sub(r",?\s+etc\.?$", "", item, flags=re.IGNORECASE)
    item = item.rstrip(".;:!?").strip()
    first, _, rest = item.partition(" ")
    if _lowercase_first(first, common):
        item = first.lower() + (" " + rest if rest else "")
    return item


def _lowercase_words(notes: Notes) -> frozenset[str]:
    """Every word the notes write in lower case somewhere: ordinary words, not names."""
    texts = [
        *notes.qualifications,
        *notes.highlights,
        *(t for p in notes.interviewers for t in (*p.topics, *p.rapport)),
        *(v for v in (notes.contribution, notes.follow_up, notes.next_steps) if v),
    ]
    words: set[str] = set()
    for text in texts:
        for word in re.findall(r"[^\W\d_]+", text):
            if word.islower():
                words.add(word)
    return frozenset(words)


_OWN_WORDS = re.compile(r"^(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|My)\b")
_BASE_VERBS = frozenset(
    [
        "help",
        "build",
        "lead",
        "bring",
        "improve",
        "make",
        "ship",
        "create",
        "grow",
        "reduce",
        "support",
        "deliver",
        "design",
        "drive",
        "run",
        "set",
        "take",
        "own",
        "modernise",
        "modernize",
        "automate",
        "simplify",
        "streamline",
        "speed",
        "strengthen",
        "expand",
        "mentor",
        "launch",
        "cut",
        "raise",
        "manage",
        "establish",
        "introduce",
        "develop",
    ]
)


def _item(text: str, common: frozenset[str] = frozenset()) -> str:
    """A list item as a phrase, or as a whole sentence when it is in the candidate's own words.

    "I led the audit" becomes the phrase "led the audit"; "I am fluent in Welsh" stays a sentence.
    """
    text = " ".join(text.split())
    match = re.match(r"^I (\w+) ", text)
    if match and match.group(1).lower() in _PAST_VERBS:
        return _phrase(text[2:], common)
    if _OWN_WORDS.match(text):
        return _sentence(text)
    return _phrase(text, common)


def _is_sentence(item: str) -> bool:
    return bool(_OWN_WORDS.match(item)) and item.endswith((".", "!", "?"))


def _sentence(text: str) -> str:
    """`text` as a sentence: capital first letter, one final stop."""
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?" else text + "."


def _join(items: Sequence[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _first_word(text: str) -> str:
    return text.split(" ", 1)[0].lower() if text else ""


def _deinflect(verb: str) -> str:
    """The plain form of a third-person verb: loves -> love, watches -> watch, flies -> fly."""
    lower = verb.lower()
    if lower == "has":
        return "have"
    if lower == "does":
        return "do"
    if lower == "goes":
        return "go"
    if lower.endswith("ies") and len(lower) > 4:
        return verb[:-3] + "y"
    if re.search(r"(ss|sh|ch|x|z|o)es$", lower):
        return verb[:-2]
    if lower.endswith("s") and not lower.endswith("ss"):
        return verb[:-1]
    return verb


def second_person(note: str, names: Sequence[str] = ()) -> str | None:
    """Turn a note about the interviewer into the same fact said to them, or None if unsure.

    "she is flying to Lisbon next week" -> "you are flying to Lisbon next week";
    "his team is moving to Austin" -> "your team is moving to Austin".
    """
    text = " ".join(note.strip().rstrip(".!;").split())
    if not text or _FIRST_PERSON.search(text) or re.search(r"[\"“”?!()\[\]{}<>]", text):
        return None
    for name in sorted((n for n in names if n), key=len, reverse=True):
        if text.lower().startswith(name.lower() + " "):
            text = "she " + text[len(name) + 1 :]  # the pronoun's gender never reaches the letter
            break
    tokens = text.split(" ")
    head = tokens[0].lower()
    reported = _REPORTED.match(text)
    if reported:
        # "she mentioned (that) her favourite film is Alien": keep only what was said.
        rest = text[reported.end() :]
        return second_person(rest) if rest.split(" ", 1)[0].lower() in _CLAUSE_HEADS else None
    if head in _POSSESSIVES or head == "her":
        # "her/his/their <noun> ..." is the subject: the verb keeps its third person.
        tokens[0] = "your"
        out = tokens
        start = 1
    elif head in _SUBJECTS:
        tokens[0] = "you"
        start = 1
        # Skip adverbs, then fix the verb's agreement with "you".
        i = 1
        while i < len(tokens) and tokens[i].lower() in _ADVERBS:
            i += 1
        if i >= len(tokens):
            return None
        verb = tokens[i].lower()
        pair = f"{verb} {tokens[i + 1].lower()}" if i + 1 < len(tokens) else ""
        if head != "they":
            if pair in _BE:
                tokens[i : i + 2] = _BE[pair].split(" ")
            elif verb in _BE:
                tokens[i] = _BE[verb]
            elif verb in ("'s", "’s"):
                return None
            elif verb.endswith("s") and verb.isalpha() and not verb.endswith("ss"):
                tokens[i] = _deinflect(tokens[i])
            elif verb in ("will", "can", "could", "would", "should", "might", "may", "must"):
                pass
            elif not verb.isalpha():
                return None
        out = tokens
    elif head in ("he's", "she's", "he’s", "she’s"):
        follow = tokens[1].lower() if len(tokens) > 1 else ""
        have = follow in _PARTICIPLES or (follow.endswith("ed") and follow not in _LUCK_VERBS)
        out = ["you", "have" if have else "are", *tokens[1:]]
        start = 2
    elif head in ("they're", "they’re"):
        out = ["you", "are", *tokens[1:]]
        start = 2
    else:
        return None
    result = out[:start]
    for index, token in enumerate(out[start:], start):
        lower = token.lower()
        nxt = out[index + 1].lower() if index + 1 < len(out) else ""
        if lower in _SUBJECTS:
            return None  # a second clause about them ("..., and she ..."): too risky to rewrite
        if lower in _OBJECTS:
            token = _OBJECTS[lower]
        elif lower in _POSSESSIVES:
            token = _POSSESSIVES[lower]
        elif lower in _STANDALONE:
            token = _STANDALONE[lower]
        elif lower in _REFLEXIVE:
            token = _REFLEXIVE[lower]
        elif lower == "her":
            # Possessive before a word ("her dog"), object at the end or before a preposition.
            preps = {"to", "for", "with", "about", "and", "at", "in", "on", "from", "by", "of"}
            token = "you" if not nxt or nxt in preps else "your"
        result.append(token)
    return " ".join(result)


_MOVE_LINES = (  # a move is wished well in the same words in every tone
    "I hope the move goes smoothly, now that {clause}.",
    "You mentioned that {clause}, and I hope the move goes smoothly.",
    "I understand that {clause}; I wish you a smooth move.",
)
# What to say for each kind of personal note: (warm or concise, formal) wordings. {clause} is the
# note said to them ("you are cycling across Norway"), {detail} what the kind picks out of it.
# Every wording fits its kind; a note of no known kind gets a plain, true "neutral" line.
_RAPPORT_LINES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "trip": (
        (
            "I hope your {detail} goes well.",
            "I hope you have a wonderful {detail}.",
            "I wish you a smooth {detail}.",
        ),
        (
            "I wish you a pleasant {detail}.",
            "I hope your {detail} goes smoothly.",
            "I trust your {detail} will go well.",
        ),
    ),
    "occasion": (
        (
            "You mentioned that {clause}, and I hope you have a wonderful time.",
            "It was lovely to hear that {clause}; I hope you have a great time.",
            "I was glad to hear that {clause}, and I hope you enjoy it.",
        ),
        (
            "I understand that {clause}, and I hope you have a most enjoyable time.",
            "I was pleased to learn that {clause}; I hope you enjoy it.",
            "I was interested to hear that {clause}, and I hope it is an enjoyable occasion.",
        ),
    ),
    "leisure": (
        (
            "You mentioned that {clause}, and I hope you enjoy every moment.",
            "I enjoyed hearing that {clause}, and I hope it is a great experience.",
            "It was lovely to hear that {clause}; I hope it goes wonderfully.",
        ),
        (
            "I understand that {clause}, and I hope it is a rewarding time.",
            "I was pleased to learn that {clause}; I hope it goes very well.",
            "I was interested to hear that {clause}, and I wish you well with it.",
        ),
    ),
    "luck": (
        (
            "You mentioned that {clause}, and I wish you the very best with it.",
            "Best of luck now that {clause}; I hope it goes wonderfully.",
            "I was glad to hear that {clause}, and I wish you the best of luck.",
        ),
        (
            "I understand that {clause}, and I wish you every success.",
            "I was pleased to learn that {clause}; I wish you every success.",
            "Since {clause}, may I wish you the very best of luck.",
        ),
    ),
    "celebration": (
        (
            "I was delighted to hear that {clause}, and I send you my warmest congratulations.",
            "It was lovely to hear that {clause}; congratulations.",
            "You mentioned that {clause}, and I wanted to say congratulations.",
        ),
        (
            "I was delighted to learn that {clause}, and I offer my warmest congratulations.",
            "I was pleased to learn that {clause}; please accept my congratulations.",
            "I understand that {clause}, and I send my sincere congratulations.",
        ),
    ),
    "pet": (
        (
            "I hope your new {detail} is settling in well.",
            "I was delighted to hear that {clause}, and I hope your new companion is settling in.",
            "It was lovely to hear that {clause}; I hope your new companion is settling in well.",
        ),
        (
            "I was pleased to learn that {clause}, and I hope your new companion is settling in.",
            "I hope your new {detail} is settling in well.",
            "I was delighted to hear that {clause}; I trust your new companion is settling in.",
        ),
    ),
    "recommendation": (
        (
            "Thank you for recommending {detail}.",
            "I appreciated your recommendation of {detail}.",
            "Thank you, too, for recommending {detail}.",
        ),
        (
            "I am grateful for your recommendation of {detail}.",
            "Thank you for recommending {detail}.",
            "I appreciated your recommendation of {detail}.",
        ),
    ),
    "move": (_MOVE_LINES, _MOVE_LINES),
    "settling": (
        (
            "I was glad to hear that {clause}, and I hope you are settling in well.",
            "You mentioned that {clause}; I hope you are settling in well.",
            "It was lovely to hear that {clause}; I hope the new place already feels like home.",
        ),
        (
            "I understand that {clause}, and I hope you are settling in well.",
            "I was pleased to learn that {clause}; I trust you are settling in well.",
            "I was interested to hear that {clause}, and I hope the move has gone smoothly.",
        ),
    ),
    "future": (
        (
            "You mentioned that {clause}, and I hope it all goes well.",
            "I hope all goes well, now that {clause}.",
            "I was glad to hear that {clause}, and I hope it goes wonderfully.",
        ),
        (  # "it", not "you": the note may be about their son or their team
            "I understand that {clause}, and I hope it goes very well.",
            "I was pleased to learn that {clause}; I hope all goes well.",
            "I was interested to hear that {clause}, and I hope it goes well.",
        ),
    ),
    "neutral": (
        (
            "It was a pleasure to hear that {clause}.",
            "I enjoyed hearing that {clause}.",
            "I was glad to learn that {clause}.",
        ),
        (
            "I was pleased to learn that {clause}.",
            "It was a pleasure to hear that {clause}.",
            "I was interested to hear that {clause}.",
        ),
    ),
}


def rapport_kind(clause: str) -> tuple[str, str]:
    """What kind of note a clause said to the interviewer is, and the detail its line needs.

    "you are flying to Lisbon next week" is a ("trip", "trip to Lisbon next week"); a note of no
    known kind ("you are hiring a second designer") is "neutral": no wish, only that it was heard.
    """
    travel = _TRAVEL.match(clause)
    if travel:
        place = travel.group("place")
        if _OCCASIONS.search(place):
            return "occasion", ""
        return "trip", f"trip to {place}{travel.group('when') or ''}"
    if _CELEBRATION.match(clause):
        return "celebration", ""
    pet = _NEW_PET.match(clause)
    if pet:
        return "pet", pet.group("pet")
    recommended = _RECOMMENDED.match(clause)
    if recommended:
        return "recommendation", recommended.group("what")
    if _MOVE.match(clause):
        return "move", ""
    if _MOVED.match(clause):
        return "settling", ""
    words = clause.split(" ")
    if words[:2] == ["you", "are"]:
        verb = next((w.lower() for w in words[2:] if w.lower() not in _ADVERBS), "")
        if verb in _LUCK_VERBS:
            return "luck", ""
        if verb in _LEISURE_VERBS:
            return ("occasion" if _OCCASIONS.search(clause) else "leisure"), ""
    if _FUTURE.search(clause) and not _PAST.match(clause):
        return "future", ""
    return "neutral", ""


def rapport_line(
    note: str, names: Sequence[str] = (), *, tone: str = "warm", variant: int = 0
) -> str | None:
    """One sentence to the interviewer from a note about them; None when not safe to say."""
    if _SAD.search(note):
        return None
    clause = second_person(note, names)
    if clause is None:
        return None
    kind, detail = rapport_kind(clause)
    warm, formal = _RAPPORT_LINES[kind]
    options = [
        o.format(clause=clause, detail=detail) for o in (formal if tone == "formal" else warm)
    ]
    if "enjoy" in clause:
        # "I enjoyed hearing that you enjoy ..." reads clumsily: prefer another wording.
        options = [o for o in options if "enjoy" not in o.replace(clause, "")] or options
    return options[variant % len(options)]


_FORMAT_PHRASES = {
    "phone": "on the phone",
    "video": "on our video call",
    "onsite": "during my visit",
    "panel": "during the panel interview",
}
# Every direction in the space of three digits mod 3 (one per line through the origin), those
# with a first digit of 1 first: with them alone, letters 0, 1 and 2 never share a wording.
_DIRECTIONS = sorted(
    (v for v in itertools.product(range(3), repeat=3) if any(v) and next(x for x in v if x) == 1),
    key=lambda v: v[0] != 1,
)
# Sentences with no facts in them, used only to reach the minimum length. Each slot has three
# wordings; a letter takes wording (index + slot) % 3, so panel letters never share one.
_FILLER: dict[str, list[tuple[str, str, str]]] = {
    "plain": [
        (
            "It was great to get a clear picture of the team and how the role fits into its work.",
            "I now have a much better sense of the team and of where the role fits in.",
            "Hearing how the team works day to day gave me a clear picture of the role.",
        ),
        (
            "Our conversation made me even more enthusiastic about the work ahead.",
            "I left our conversation more enthusiastic than ever about the work.",
            "Everything we talked about added to my enthusiasm for the work.",
        ),
        (
            "I enjoy work where people share ideas openly, and that came through when we spoke.",
            "I do my best work where ideas are shared freely, and that is how it felt to me.",
            "The open way ideas are discussed on the team is something I would value.",
        ),
        (
            "I am keen to keep learning, and this role offers the kind of challenge I enjoy.",
            "I like to keep growing, and the role would stretch me in the right ways.",
            "I am always looking to learn, and this role would give me plenty to learn from.",
        ),
        (
            "I would bring the same care and attention to detail to every part of the job.",
            "I take pride in careful work and in seeing each task through.",
            "I would approach every task with care and a close eye for detail.",
        ),
        (
            "I also appreciated how clearly you described what success looks like in the role.",
            "It helped to hear so clearly what success in the role would look like.",
            "Your clear account of what the role needs to achieve was very useful.",
        ),
        (
            "I communicate clearly and would keep everyone informed as the work moves on.",
            "I make a point of keeping people informed, and I would do the same here.",
            "Clear, regular updates are a habit of mine, and I would bring that habit with me.",
        ),
        (
            "I also enjoyed the chance to ask my own questions about the role.",
            "Thank you as well for answering my questions so openly.",
            "I appreciated the time you gave to my own questions.",
        ),
        (
            "I am confident that my experience would let me contribute quickly.",
            "I believe I could make a useful contribution early on.",
            "I would expect to be contributing to the team quickly.",
        ),
        (
            "I would also be glad to share more about my work if that would help.",
            "If any more detail about my background would help, I would be happy to provide it.",
            "Please let me know if there is anything more I can share about my experience.",
        ),
    ],
    "formal": [
        (
            "I appreciated the opportunity to understand the team and how the role supports it.",
            "I now have a far clearer understanding of the team and the place of the role in it.",
            "Learning how the team works gave me a clear picture of the position.",
        ),
        (
            "Our conversation confirmed my interest in the position and my wish to contribute.",
            "The interview strengthened my wish to contribute to the work you described.",
            "Everything we discussed reinforced my interest in the position.",
        ),
        (
            "I value an environment in which ideas are shared openly, and that was evident.",
            "I work best where ideas are exchanged openly, as they clearly are on the team.",
            "The open exchange of ideas you described is something I would value greatly.",
        ),
        (
            "I am committed to learning, and the position offers a challenge I would welcome.",
            "I am eager to continue developing, and the position would allow me to do so.",
            "I would welcome the challenge of the position and the learning that comes with it.",
        ),
        (
            "I would bring the same care and attention to detail to every aspect of the position.",
            "I take pride in careful, reliable work and in seeing each task through to completion.",
            "I would approach every responsibility with care and close attention to detail.",
        ),
        (
            "I was also grateful for the clear account of what success in the position involves.",
            "It was helpful to hear so clearly what the position is expected to achieve.",
            "Your clear description of the expectations of the position was most helpful.",
        ),
        (
            "I believe that good work depends on clear communication, and I hold myself to that.",
            "I keep colleagues informed as a matter of course, and I would continue to do so.",
            "Clear and regular communication is central to how I work.",
        ),
        (
            "I was also grateful for the opportunity to put my own questions to you.",
            "Thank you as well for answering my questions in such detail.",
            "I appreciated the time you devoted to my own questions.",
        ),
        (
            "I am confident that my experience would allow me to contribute promptly.",
            "I believe I could make a meaningful contribution from an early stage.",
            "I would expect to contribute to the work of the team without delay.",
        ),
        (
            "I would be pleased to provide any further information about my background.",
            "Should further detail about my experience be useful, I would gladly provide it.",
            "Please let me know if I can provide any further information.",
        ),
    ],
}


# Words that stand out when a letter says them twice: the next wording is taken instead.
_ONCE = ("appreciat", "enjoy", "pleasure", "valued")
# A word said already, and one that can stand in for it in the same sentence.
_SWAPS = (("appreciated", "valued"), ("valued", "appreciated"), ("enjoyed", "liked"))


@dataclass(frozen=True)
class _Part:
    """A sentence of the letter: its paragraph, its text, and how readily it is dropped."""

    paragraph: int
    text: str
    drop: int = 0  # 0: never dropped; higher numbers go first when the letter is too long


class OfflineBackend(BackendBase):
    """Writes letters from the notes with fixed, fact-free phrasing; no network, no model."""

    name = "offline"
    deterministic = True  # the same request always gets the same draft: no point re-asking

    def draft(self, request: DraftRequest) -> Draft:
        """Write the letter for `request`; the same request always gives the same text."""
        notes = request.notes
        index = _index_of(notes, request.interviewer)
        return Draft(text=_Writer(notes, request.interviewer, index).letter(), calls=0)


_GREETING_WORD = re.compile(rf"^(?:{GREETING_WORDS})\b[\s,]*", re.I)
_TITLE_WORDS = {title: title.capitalize() for title in TITLES}


def _salutation(person: Interviewer) -> str:
    """How the greeting names them: the notes' salutation as a name, else their full name.

    A salutation typed as a whole greeting ("Dear Dana", "Ms. Whitfield,") loses the greeting
    word and the punctuation, and a word of their name typed in lower case ("dana") takes the
    name's spelling, so the letter never opens "Dear Dear Dana," or "Dear Ms. Whitfield,,".
    """
    text = _GREETING_WORD.sub("", (person.salutation or "").strip()).strip().rstrip(",;:!?")
    if text.endswith(".") and text[:-1].rsplit(" ", 1)[-1].lower() not in _TITLE_WORDS:
        text = text[:-1]
    if not any(w.rstrip(".").lower() not in _TITLE_WORDS for w in text.split()):
        return person.name  # nothing, or only a title ("Dr."): the full name instead
    spelled = {word.casefold(): word for word in re.split(r"[\s]+", person.name)}
    words = []
    for word in text.split():
        bare = word.rstrip(".")
        if bare.lower() in _TITLE_WORDS and bare.islower():
            word = _TITLE_WORDS[bare.lower()] + word[len(bare) :]
        words.append(spelled.get(word.casefold(), word))
    return " ".join(words)


def _index_of(notes: Notes, person: Interviewer) -> int:
    for index, candidate in enumerate(notes.interviewers):
        if candidate is person:
            return index
    for index, candidate in enumerate(notes.interviewers):
        if candidate.name == person.name:
            return index
    return 0


class _Writer:
    """One letter to one interviewer; `index` (their place in the panel) picks the phrasing."""

    def __init__(self, notes: Notes, person: Interviewer, index: int) -> None:
        self.notes = notes
        self.person = person
        self.index = index
        self.tone = notes.tone
        spec = channel_spec(notes.channel)
        self.email = spec.has_subject
        self.low, self.high = spec.min_words, spec.max_words
        self.panel = len(notes.interviewers)
        last = notes.company.split()[-1].rstrip(".").lower()
        # A company ending in a stop ("Sp. z o.o.", "S.A.", "Yahoo!") must not end a sentence
        # either: "at Foo S.A.." reads as a typo.
        self.company_is_abbreviated = (
            len(last) == 1 or last in _ABBREVIATIONS or notes.company.endswith((".", "!", "?"))
        )
        self.common = _lowercase_words(notes)
        self.used: list[str] = []  # the wordings picked so far, lower-cased

    def choice(self, slot: int) -> int:
        """This letter's wording (0, 1 or 2) for `slot`.

        The interviewer's index, written in base 3, is a point in a 3-dimensional space over
        the integers mod 3; each slot looks at it along a different direction. Two letters then
        agree on about a third of the slots at most, and a panel of up to three on none.
        """
        # Only directions that see a digit that differs within the panel: with nine or fewer
        # letters the third digit is always 0, so (0, 0, 1) would give them all one wording.
        digits = 1 if self.panel <= 3 else 2 if self.panel <= 9 else 3
        directions = [d for d in _DIRECTIONS if any(d[:digits])]
        point = (self.index % 3, self.index // 3 % 3, self.index // 9 % 3)
        direction = directions[slot % len(directions)]
        return sum(p * d for p, d in zip(point, direction, strict=True)) % 3

    def pick(self, options: Sequence[str], slot: int) -> str:
        if self.company_is_abbreviated:
            # Never end a sentence on "Ltd." or "Inc.": the next one would not read as new.
            safe = [o for o in options if not o.endswith(f"{self.notes.company}.")]
            options = safe or options
        return self.fresh(options, self.choice(slot) + slot)

    def fresh(self, options: Sequence[str], start: int) -> str:
        """Option `start` (mod their number), or the next one that does not echo a word the
        letter has already used ("I appreciated ... I particularly appreciated ...")."""
        count = len(options)
        order = [options[(start + step) % count] for step in range(count)]
        # Its own wording with another verb first: another option may be another letter's.
        first = order[0]
        for word, other in _SWAPS:
            first = re.sub(rf"\b{word}\b", other, first) if self.echoes(first) else first
        chosen = next((o for o in (order[0], first, *order[1:]) if not self.echoes(o)), order[0])
        self.used.append(chosen.lower())
        return chosen

    def echoes(self, text: str) -> bool:
        """Whether `text` repeats one of the letter's marked words, such as "appreciated"."""
        lower = text.lower()
        return any(s in lower and any(s in used for used in self.used) for s in _ONCE)

    # --- pieces -------------------------------------------------------------------------
    def role_phrase(self) -> str:
        role = _bare_role(self.notes.role)
        last = role.split()[-1].lower() if role.split() else ""
        if last in _ROLE_NOUNS:
            return f"the {role}"
        noun = self.pick(["role", "position", "role"], 1)
        return f"the {role} {noun}"

    def subject(self) -> str:
        role = _bare_role(self.notes.role)
        words = role.split()
        if len(words) > 1 and words[-1].lower() in _ROLE_NOUNS:
            role = " ".join(words[:-1])  # "Data Engineer interview", not "... role interview"
        options = [
            f"Thank you for the {role} interview",
            f"Thank you for your time: {role} interview",
            f"Thank you from {self.notes.candidate.name}: {role} interview",
            f"Thank you: {role} interview",
        ]
        if self.tone == "formal":
            options = [
                f"Thank you for the {role} interview",
                f"Thank you: {role} interview",
                f"With thanks for the {role} interview",
            ]
        for option in (self.pick(options, 2), *options):
            line = f"Subject: {option}"
            if len(line) <= 80:
                return line
        return "Subject: Thank you for the interview"

    def greeting(self) -> str:
        person = self.person
        salutation = _salutation(person)
        single = " " not in salutation and "." not in salutation
        # "Hello" and "Hi" suit an email; a printed letter opens with "Dear" in every tone.
        if self.email and self.tone != "formal" and single and salutation != person.name:
            return f"{self.pick(['Dear', 'Hello', 'Hi'], 3)} {salutation},"
        return f"Dear {salutation},"

    def when(self) -> str:
        fmt = self.notes.interview.format
        weekday = f"on {self.notes.interview.date:%A}"
        phrase = _FORMAT_PHRASES.get(fmt or "", "")
        return f"{phrase} {weekday}".strip() if phrase and self.choice(18) != 1 else weekday

    def thanks(self) -> list[_Part]:
        role, company, when = self.role_phrase(), self.notes.company, self.when()
        if self.tone == "formal":
            options = [
                f"Thank you for meeting with me {when} to discuss {role} at {company}.",
                f"Thank you for the opportunity to interview for {role} at {company} {when}.",
                f"Thank you for taking the time {when} to speak with me about {role} at {company}.",
            ]
            second = [
                "I am grateful for the time and attention you gave to our conversation.",
                "I valued the chance to learn more about your work and your priorities.",
                "I very much appreciated how openly you described the work ahead.",
            ]
        elif self.tone == "concise":
            options = [
                f"Thank you for speaking with me {when} about {role} at {company}.",
                f"Thanks for your time {when} and for the conversation about {role} at {company}.",
                f"Thank you for meeting with me {when} to talk about {role} at {company}.",
            ]
            second = []
        else:
            options = [
                f"Thank you so much for taking the time to speak with me {when} about {role} "
                f"at {company}.",
                f"Thank you for meeting with me {when} to talk about {role} at {company}.",
                f"Thank you for a really enjoyable conversation {when} about {role} at {company}.",
                f"Thank you for your time {when} and for everything you shared about {role} "
                f"at {company}.",
            ]
            second = [
                "Our conversation was a real pleasure.",
                "I came away even more excited about the role.",
                "I valued the chance to learn how the team works.",
            ]
        first = self.pick(options, 4)
        if self.company_is_abbreviated and first.endswith(f" {company}.") and when in first:
            # "... at Acme Ltd. It was ..." reads as an abbreviation, not a sentence end.
            first = first.replace(f" {when}", "", 1)[:-1] + f" {when}."
        parts = [_Part(0, first)]
        if second:
            parts.append(_Part(0, self.pick(second, 5), drop=2))
        return parts

    def topics(self) -> list[_Part]:
        topics = [_phrase(t, self.common) for t in self.person.topics]
        if not topics:
            return []
        first = topics[0]
        both = _join(topics[:2])
        if self.tone == "formal":
            options = [
                f"I particularly appreciated our discussion of {both}.",
                f"I found our conversation about {both} especially useful.",
                f"Your perspective on {both} was particularly instructive.",
            ]
        elif self.tone == "concise":
            options = [
                f"I especially enjoyed discussing {first}.",
                f"Our talk about {first} was the highlight for me.",
                f"I found our discussion of {first} especially interesting.",
            ]
        else:
            options = [
                f"I especially enjoyed our conversation about {both}.",
                f"Hearing your thoughts on {both} was a highlight for me.",
                f"Our discussion of {both} has stayed with me since.",
                f"I loved hearing how you think about {both}.",
            ]
        parts = [_Part(1, self.pick(options, 6))]
        if len(topics) > 2 and self.tone != "concise":
            extra = _join(topics[2:4])
            parts.append(_Part(1, f"I also appreciated what you shared about {extra}.", drop=6))
        return parts

    def strengths(self) -> list[_Part]:
        quals = [_item(q, self.common) for q in self.notes.qualifications]
        highs = [_item(h, self.common) for h in self.notes.highlights]
        parts: list[_Part] = []
        if quals:
            qual = quals[self.index % len(quals)]
            if _is_sentence(qual):
                options = [qual]
            elif _first_word(qual) in _PAST_VERBS:
                options = [
                    f"I {qual}, and I would bring that experience to the team.",
                    f"I {qual}, which I believe is directly relevant here.",
                    f"I would build on my experience: I {qual}.",
                ]
            elif self.tone == "formal":
                options = [
                    f"I believe that {qual} would allow me to contribute from the outset.",
                    f"My background, including {qual}, has prepared me well for this work.",
                    f"I would bring {qual} to the position.",
                ]
            else:
                options = [
                    # "that work" points back at their topics; without any, at the role
                    f"I would bring {qual} to {'that work' if self.person.topics else 'the role'}.",
                    f"My background, including {qual}, fits closely with what you described.",
                    f"I think {qual} would let me contribute from the start.",
                    f"With {qual}, I could make a real contribution from the start.",
                ]
            parts.append(_Part(1, self.pick(options, 7), drop=0 if not highs else 4))
            if len(quals) > 1 and self.tone != "concise":
                other = quals[(self.index + 1) % len(quals)]
                if _is_sentence(other):
                    line = other
                elif _first_word(other) in _PAST_VERBS:
                    line = f"I also {other}."
                else:
                    line = self.pick(
                        [
                            f"I also have {other}.",
                            f"I can also offer {other}.",
                            f"I also bring {other}.",
                        ],
                        8,
                    )
                parts.append(_Part(1, line, drop=7))
        if highs:
            high = highs[self.index % len(highs)]
            if _is_sentence(high):
                options = [high]
            elif _first_word(high) in _PAST_VERBS:
                options = [
                    f"As I mentioned, I {high}.",
                    f"One example I shared is that I {high}.",
                    f"In particular, I {high}, and I would take the same approach here.",
                ]
            else:
                options = [
                    f"As I mentioned, one highlight of my work has been {high}.",
                    f"One example I shared was {high}.",
                    f"A result I am proud of is {high}.",
                ]
            parts.append(_Part(1, self.pick(options, 9), drop=0 if not quals else 3))
        return parts

    def contribution(self) -> list[_Part]:
        value = self.notes.contribution
        if not value:
            return []
        value = _item(value, self.common)
        if _is_sentence(value):
            return [_Part(1, value, drop=5)]
        if _first_word(value) in _BASE_VERBS:
            options = [
                f"I would love to {value}.",
                f"I would be glad to {value}.",
                f"I would aim to {value}.",
            ]
        elif self.tone == "formal":
            options = [
                f"I would aim to provide {value}.",
                f"I would hope to contribute {value}.",
                f"In particular, I would seek to provide {value}.",
            ]
        else:
            options = [
                f"I would love to bring {value}.",
                f"I would be happy to offer {value}.",
                f"I would be glad to contribute {value}.",
            ]
        return [_Part(1, self.pick(options, 10), drop=5)]

    def follow_up(self) -> list[_Part]:
        value = self.notes.follow_up
        if not value:
            return []
        text = value.strip()
        if re.match(r"^(I|I'm|I’m|I've|I’ve|I'd|I’d)\b", text):
            # Said in the candidate's own words: keep them, with a varied lead-in.
            leads = ["", "One quick update: ", "I also wanted to let you know: "]
            if self.tone == "formal":
                leads = ["", "I would also like to add one update: ", "One further point: "]
            return [_Part(2, self.pick(leads, 11) + _sentence(text), drop=1)]
        clause = _phrase(text, self.common)
        options = [
            f"I also wanted to add that {clause}.",
            f"One more thing: {clause}.",
            f"Since we spoke, I wanted to follow up: {clause}.",
        ]
        if self.tone == "formal":
            options = [
                f"I also wish to add that {clause}.",
                f"I should also mention that {clause}.",
                f"Following our conversation, I would add that {clause}.",
            ]
        return [_Part(2, self.pick(options, 11), drop=1)]

    def other_roles(self) -> list[_Part]:
        if not self.notes.open_to_other_roles:
            return []
        company = self.notes.company
        # Follows the sentence that says how interested the candidate is in this role.
        options = [
            f"If another team at {company} needs someone with my background, I would also "
            "welcome being considered for other roles, now or in the future.",
            f"I would also be glad to be considered for other or future roles at {company} "
            "if this one is not the right fit.",
            f"Should a different opening at {company} suit me better, I would also welcome "
            "hearing about other roles in the future.",
        ]
        return [_Part(3, self.pick(options, 12))]

    def next_steps(self) -> list[_Part]:
        steps = self.notes.next_steps
        if steps:
            steps = _phrase(steps, self.common)
            options = [
                f"Thank you for explaining the next steps ({steps}); I look forward to hearing "
                "from you.",
                f"I have noted the timeline you mentioned, {steps}, and I look forward to "
                "hearing from you.",
                f"I look forward to hearing from you, and I have noted the next step: {steps}.",
            ]
        else:
            options = [
                "I look forward to hearing from you about the next steps.",
                "I look forward to hearing about the next steps.",
                "I look forward to continuing the conversation.",
            ]
        return [_Part(3, self.pick(options, 14))]

    def interest(self) -> list[_Part]:
        company = self.notes.company
        if self.tone == "formal":
            interest = [
                f"I remain keenly interested in joining {company} in this position.",
                "I remain very interested in the position.",
                "The interview has strengthened my interest in the position.",
            ]
        elif self.tone == "concise":
            interest = [
                "I am very interested in the role.",
                f"I remain keen to join {company} in this role.",
                "I would welcome the chance to join the team.",
            ]
        else:
            interest = [
                f"I am genuinely excited about the chance to join {company} in this role.",
                "I remain very interested in the role.",
                "I would love to be part of the team.",
                f"My interest in joining the team at {company} is stronger than ever.",
            ]
        return [_Part(3, self.pick(interest, 13))]

    def rapport(self) -> list[_Part]:
        names = [self.person.name, self.person.name.split()[0]]
        if self.person.salutation:
            names.append(self.person.salutation)
        for offset, note in enumerate(self.person.rapport):
            variant = self.choice(17) + offset
            lines = [
                rapport_line(note, names, tone=self.tone, variant=variant + step)
                for step in range(3)
            ]
            if lines[0] is not None:
                return [_Part(3, self.fresh([ln for ln in lines if ln is not None], 0), drop=8)]
        if self.person.rapport:
            # Something personal was shared, but it cannot be turned into a line to them safely.
            neutral = "I also enjoyed the more personal part of our conversation."
            return [_Part(3, neutral, drop=9)]
        return []

    def closing(self) -> list[_Part]:
        if self.tone == "formal":
            options = [
                "Thank you again for your time and consideration.",
                "Thank you once more for your time.",
                "With thanks again for your time and consideration.",
            ]
        elif self.tone == "concise":
            options = ["Thanks again for your time.", "Thank you again.", "Thanks again."]
        else:
            options = [
                "Thank you again for a great conversation.",
                "Thanks again for your time and for a great conversation.",
                "Thank you again for your time.",
            ]
        return [_Part(3, self.pick(options, 15))]

    def signature(self) -> str:
        if self.tone == "formal":
            sign_off = self.pick(["Sincerely,", "Kind regards,", "Sincerely,"], 16)
        elif self.tone == "concise":
            sign_off = self.pick(["Best regards,", "Kind regards,", "Best regards,"], 16)
        else:
            sign_off = self.pick(["Best regards,", "Kind regards,", "Best regards,"], 16)
        candidate = self.notes.candidate
        lines = [sign_off, candidate.name]
        if candidate.phone and self.email:  # a printed letter has them in its letterhead
            lines.append(candidate.phone)
        return "\n".join(lines)

    def letterhead(self) -> str:
        """A printed letter's top: sender, the date to send it and recipient, all from the notes."""
        candidate = self.notes.candidate
        sender = [candidate.name, *candidate.address_lines()]
        sender += [line for line in (candidate.email, candidate.phone) if line]
        recipient = [self.person.name, self.person.title, self.notes.company]
        return "\n\n".join(
            [
                "\n".join(sender),
                letter_date(send_by_date(self.notes.interview.date)),
                "\n".join(line for line in recipient if line),
            ]
        )

    # --- assembly -----------------------------------------------------------------------
    def parts(self) -> list[_Part]:
        return [
            *self.thanks(),
            *self.topics(),
            *self.strengths(),
            *self.contribution(),
            *self.follow_up(),
            # Interest in this role first, then openness to others: not the other way round.
            *self.interest(),
            *self.other_roles(),
            *self.next_steps(),
            *self.rapport(),
            *self.closing(),
        ]

    def render(self, parts: list[_Part]) -> str:
        paragraphs: dict[int, list[str]] = {}
        for part in parts:
            paragraphs.setdefault(part.paragraph, []).append(part.text)
        # The closing paragraph is short: fold a lone follow-up sentence into it.
        body = [" ".join(paragraphs[key]) for key in sorted(paragraphs)]
        lines = [self.greeting(), "", "\n\n".join(body), "", self.signature()]
        head = self.subject() if self.email else self.letterhead()
        return "\n".join([head, "", *lines])

    def body_words(self, parts: list[_Part]) -> int:
        text = self.render(parts)
        if self.email:
            text = text.split("\n", 1)[1]
        return _words(text)

    def letter(self) -> str:
        full = self.parts()
        parts = list(full)
        # Too long: drop the most optional sentences first.
        while self.body_words(parts) > self.high - 10:
            droppable = [p for p in parts if p.drop]
            if not droppable:
                break
            parts.remove(max(droppable, key=lambda p: p.drop))
        # A long sentence dropped late may have made room for a short one dropped early (the
        # personal line): put back what fits, the least optional first.
        dropped = [p for p in full if p not in parts]
        for part in sorted(dropped, key=lambda p: p.drop):
            trial = [p for p in full if p in parts or p is part]
            if self.body_words(trial) <= self.high - 10:
                parts = trial
        # Too short: add fact-free sentences (a printed letter is longer by nature).
        target = self.low + (15 if self.email else 30)
        slots = _FILLER["formal" if self.tone == "formal" else "plain"]
        for slot, wordings in enumerate(slots):
            if self.body_words(parts) >= target:
                break
            sentence = self.fresh(wordings, self.choice(20 + slot) + slot)
            insert_at = max(i for i, p in enumerate(parts) if p.paragraph <= 1) + 1
            parts.insert(insert_at, _Part(1, sentence, drop=10))
        return self.render(parts)
