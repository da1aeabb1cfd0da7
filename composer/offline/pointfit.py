"""Whether a qualification or highlight line fits the frame its clause put it in, read after the
clause is made: a comma fragment led by a superlative ("7 sheds as head classer, biggest 22k
head", "led 3 turnarounds, last one 21 days no LTI") said in its one sure shape (", the biggest
with 400 rooms" after a count of things) or left out; a count of things "as" a post that no verb
was read for ("I have seven sheds as head classer"); a person's post said as a thing held ("I
hold a permit issuer", "I have experience with ALS instructor"); two posts or a post and a grade
typed with a comma and said as one ("I am a fire warden, first aider"). The item reader leaves
such a line out (compose asks for it) rather than send a broken sentence."""

from __future__ import annotations

from dataclasses import replace

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.realise import Clause
from composer.offline.words import DETERMINERS, FUNCTION_WORDS, STATIONS, STINTS, WORKPLACES

__all__ = ["fitted", "sure_superlative", "trained_for", "why_unfit"]

# Superlatives and last or first ones a note types after a comma: "biggest 22k head".
_RANKS = r"(?:[a-z]+est|best|worst|last one|latest|first one)(?! of\b)"
_FRAGMENT = re.compile(rf"(?:, | with )(?P<rank>{_RANKS})\b(?P<rest>(?:[^,]|,(?=\d))*)$")
# The sure shape: a count of things, then the biggest of them by a count of its own.
_SIZED_RANK = re.compile(
    r"\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) "
    r"(?P<things>[a-z]+s)(?: [a-z]+){0,2}, (?P<rank>biggest|largest) "
    r"(?P<n>\d[\d,]*\+?) (?P<unit>[a-z]+s|head|staff)$"
)
# Units a count of time is made of: "six seasons as", "three years as" name a span.
_SPANS = frozenset(
    ["years", "months", "weeks", "days", "seasons", "summers", "winters", "terms", "shifts"]
)
_HELD_VERBS = ("hold", "have", "have experience with", "have experience in")
# A station or a part of a plant, one of its kind where the candidate works: "pan floor",
# "bottling line", "control room" take "the" ("trained on DCS for the pan floor").
_STATIONS = STATIONS | WORKPLACES | frozenset(["room", "plant", "deck", "yard", "bay", "berth"])
# A standing "I am ..." in, then where it is used: "trained on DCS for pan floor".
_TRAINED_FOR = re.compile(
    r"^(?P<how>(?:trained|certified|qualified|competent|signed off|ticketed)\b.*?\b(?:on|for|in) )"
    r"(?P<np>(?:[a-z][\w-]* ){0,2}(?P<head>[a-z]+))(?=$|,| for | on | in )"
)


def _rank(word: str) -> bool:
    """A superlative ("biggest", "busiest") or a first or last one, not a word ending "-est"
    of another class ("interest", "forest")."""
    if not word.endswith("est") or word in ("best", "worst", "latest"):
        return True
    return "adj" in lexicon.classes(word) and not lexicon.is_noun(word)


def sure_superlative(said: Clause) -> Clause | None:
    """ "I was head of IT for three hotels, biggest 400 rooms" -> "..., the biggest with 400
    rooms": a count of things, then the biggest of them by its own count; None otherwise."""
    found = _SIZED_RANK.search(said.rest)
    if found is None or said.whole is not None:
        return None
    said_rank = f", the {found['rank']} with {found['n']} {found['unit']}"
    cut = said.rest.rindex(", ")
    return replace(said, rest=said.rest[:cut] + said_rank)


def trained_for(said: Clause) -> Clause | None:
    """ "I am trained on DCS for pan floor" -> "... for the pan floor": a station of a plant
    typed bare after a standing's "on", "in" or "for"; None when there is none."""
    found = _TRAINED_FOR.search(said.rest)
    if said.verb != "am" or found is None or found["head"] not in _STATIONS:
        return None
    if found["np"].split()[0] in DETERMINERS | FUNCTION_WORDS:
        return None
    rest = f"{said.rest[: found.start('np')]}the {said.rest[found.start('np') :]}"
    return replace(said, rest=rest)


def _head(rest: str) -> str:
    """The head noun of a clause's first phrase: "a permit issuer for ..." -> "issuer" ("" when
    it has a capital: "a Master of Arts", "PADI Rescue Diver" name a degree, a card)."""
    first = rest.split(",")[0].split()
    words = []
    for word in first:
        if word in FUNCTION_WORDS and word not in DETERMINERS:
            break
        words.append(word)
    return words[-1] if words and words[-1].islower() else ""  # "Master of ...": a degree


def _person(word: str) -> bool:
    """A noun for a person by what they do: "issuer", "instructor", "assessor", "keeper"."""
    if lexicon.is_agent_noun(word):
        return True
    if len(word) < 5 or not word.endswith(("er", "or")):
        return False
    if lexicon.known(word) and not lexicon.is_noun(word):
        return False  # "better", "over": no person
    stems = (word[:-1], word[:-2], word[:-2] + "e")  # "issue-r", "instruct-or", "operat-or"
    return any("verb" in lexicon.classes(stem) for stem in stems)


# A post named by its rank after "experience in": "in second mate", "in chief cook".
_RANKED_POST = re.compile(
    r"\bof experience in (?:first|second|third|fourth|chief|head|senior|junior|lead|deputy"
    r"|assistant) [a-z]+$"
)


def _noun_read_as_verb(rest: str) -> bool:
    """ "drench program for 2000 ewes" read as "I can drench program": a verb the reader gave
    "can", then a bare singular noun with no article (a compound of two nouns, or a thing that
    needs "a")."""
    words = rest.split()
    if len(words) < 2 or not words[1].islower() or words[1] in FUNCTION_WORDS:
        return False
    second = words[1]
    return (
        lexicon.is_noun(second)
        and not lexicon.is_plural_noun(second)
        and not second.endswith(("ing", "ity", "ness", "ment", "ion"))
        and "adj" not in lexicon.classes(second)
    )


def _verb_alone(word: str) -> bool:
    """A base verb with no noun reading ("learn", "teach"), never a thing named."""
    return (
        lexicon.is_base_verb(word)
        and not lexicon.is_noun(word)
        and "adj" not in lexicon.classes(word)
    )


def why_unfit(item: str, said: Clause) -> str:
    """Why the clause `said` of the line `item` puts it in a frame it does not fit, or ""."""
    text = said.text()
    frag = _FRAGMENT.search(text)
    if frag and _rank(frag["rank"].split()[0]) and "," in item:
        return "a superlative typed after a comma whose link to the line is not sure"
    counted = re.match(r"(?P<n>\S+) (?P<noun>[a-z]+s) as ", said.rest)
    if said.verb == "have" and counted and counted["noun"] not in _SPANS | STINTS:
        return "a count of things as a post, with no verb for what was done"
    if said.verb in _HELD_VERBS and _person(_head(said.rest)):
        return "a person's post said as a thing held"
    station = re.match(r"(?:\w+ ){2}of experience in (?:[a-z]+ )?(?P<head>[a-z]+)$", said.rest)
    if said.verb == "have" and station and station["head"] in _STATIONS:
        return "a station of a workplace said as a field of work ('experience in control room')"
    if said.verb == "have" and _RANKED_POST.search(said.rest):
        return "a post said as a field of work ('experience in second mate')"
    typed_can = re.match(r"(?i)(?:i )?can ", item.strip())  # "can drive forklift": typed so
    if said.verb == "can" and not typed_can and _noun_read_as_verb(said.rest):
        return "a bare singular noun after a verb the reader gave 'can' ('I can drench program')"
    after = re.search(r", (?P<verb>[a-z]+) (?:from|with|at|in|to|my|the|a|an)\b", said.rest)
    if (
        said.verb.split()[:1] in (["have"], ["hold"], ["am"])
        and after
        and _verb_alone(after["verb"])
    ):
        # "I have experience in family pande, learn from my father ...": a clause of its own
        return "a bare verb after a comma, a clause the frame cannot take"
    pair = re.fullmatch(r"[^,]+, (?P<tail>[\w&-]+(?: [\w&-]+)?)", said.rest)
    if said.verb == "am" and pair:
        first = pair["tail"].split()[0].lower()
        if _person(pair["tail"].split()[-1].lower()):  # "fire warden, first aider"
            return "two posts typed with a comma and said as one"
        if (
            first not in DETERMINERS
            and first not in FUNCTION_WORDS
            and not (lexicon.is_participle(first) or lexicon.is_past(first))
        ):
            return "two posts, or a post and a grade, typed with a comma and said as one"
    return ""


def fitted(item: str, said: Clause) -> tuple[Clause, str]:
    """The clause of `item` in its sure shape, and why it does not fit its frame ("" when it
    does)."""
    said = sure_superlative(said) or trained_for(said) or said
    return said, why_unfit(item, said)
