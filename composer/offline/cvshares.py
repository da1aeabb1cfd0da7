"""Some of the people or things an action counted, said after it: "6 first-gen" after "nine
undergrads" -> ", six of them first-gen"; "15 closed (68%)" after "22 POCs" -> ", 15 of which
closed (68%)"; "most of them settled" after "30 hearings" -> ", most of which settled"."""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.words import PEOPLE_COUNTED, SMALL_NUMBERS


def spelled(count: str) -> str:
    """ "4" -> "four": a count under ten in words."""
    return SMALL_NUMBERS[int(count) - 1] if re.fullmatch("[1-9]", count) else count


_COUNT = re.compile(
    r"\b(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r" (?:[\w-]+ ){0,2}?[\w-]+s\b"
)


# "most of them settled before adjudication": a share of those counted, with its own verb.
_OF_THEM = re.compile(
    r"(?P<q>all|most|many|some|both|half|none|two|three|four|five|six|seven|eight|nine|ten)"
    r" of them (?P<rest>(?P<verb>[a-z]+)\b.*)"
)
# The last plural noun of the action, the one counted: "at more than 30 WRC hearings".
_LAST_PLURAL = re.compile(r"\b(?P<noun>[a-z]+s)\b(?!.*\b[a-z]+s\b)")


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return SMALL_NUMBERS.index(word) + 1 if word in SMALL_NUMBERS else None


def share(text: str, before: str) -> str | None:
    """Some of the people or things counted in the action: "6 first-gen" after "nine
    undergrads" -> ", six of them first-gen"; "2 now run their own stations" -> ", two of whom
    now run their own stations"; "3 now in grad school" -> ", three of whom are now in grad
    school" (", and three are now ..." after a share already said)."""
    of_them = _OF_THEM.fullmatch(text)
    if of_them is not None and of_them["verb"] == "aged":
        return f", {of_them['q']} of them {of_them['rest']}"  # "most of them aged 16 to 19"
    if of_them is not None and lexicon.is_past(of_them["verb"]):
        # "30 hearings, most of them settled": a clause with its own verb after a comma is
        # said as the count's relative clause ("most of which settled"), people as "whom"
        plural = _LAST_PLURAL.search(before)
        noun = plural["noun"].lower() if plural else ""
        lemma = lexicon.classes(noun).get("noun", (noun,))[0]
        people = lemma in PEOPLE_COUNTED or lexicon.is_agent_noun(lemma)
        return f", {of_them['q']} of {'whom' if people else 'which'} {of_them['rest']}"
    pct = re.search(r" \(\d[\d.]*%\)$", text)  # "15 closed (68%)": the share kept
    if pct is not None:
        said = share(text[: pct.start()], before)
        return None if said is None else said + pct.group()
    found = re.fullmatch(r"(?P<n>\d+|[a-z]+) (?P<rest>[a-z][\w -]*)", text)
    whole = _COUNT.search(before)
    if found is None or whole is None:
        return None
    part, count = _number(found.group("n")), _number(whole.group("n"))
    if part is None or count is None or part >= count:
        return None
    words = found.group("rest").split()
    if lexicon.is_plural_noun(words[0]):
        return None  # "140 covers": a count of its own
    n = spelled(str(part))
    again = " of them " in before or " of whom " in before
    now = words[0] == "now" and len(words) > 1
    state = now and not lexicon.is_base_verb(words[1])
    state = state and (words[1].endswith("ed") or lexicon.is_participle(words[1]))
    state = state or (now and _POSTS.fullmatch(" ".join(words[1:])) is not None)
    doing = now and words[1].endswith("ing") and lexicon.is_gerund(words[1])  # "now signing off"
    if now and (words[1] in ("in", "at", "on", "with", "working", "studying") or state or doing):
        # "3 now in grad school", "3 now chartered": what they are now
        rest = " ".join(words)
        return f", and {n} are {rest}" if again else f", {n} of whom are {rest}"
    if now or lexicon.is_past(words[0]):
        rest = " ".join(words)
        if words[0] in _THINGS_DONE:  # "3 grant bids, 2 funded": things, "of which were"
            return f", and {n} were {rest}" if again else f", {n} of which were {rest}"
        if words[0] in _THINGS_WENT:  # "22 POCs, 15 closed": things that closed themselves
            return f", and {n} {rest}" if again else f", {n} of which {rest}"
        return f", and {n} {rest}" if again else f", {n} of whom {rest}"
    if len(words) == 2 and words[0] in _OPEN_FIRST and "-" not in words[1]:
        words = [f"{words[0]}-{words[1]}"]  # "2 self employed", "2 part time": one describing word
    if len(words) == 1 and not again:
        return f", {n} of them {words[0]}"  # "6 first-gen", "5 first-author"
    return None


# What they are now, a post of a plural noun with no article: "party chiefs themselves", "senior
# nurses" (never "run their own stations": a verb and its object).
_POSTS = re.compile(r"(?:[a-z-]+ )?[a-z-]+s(?: themselves| too| as well)?")


# First halves of describing words typed open, said with their hyphen: "self employed",
# "part time", "full time", "non clinical".
_OPEN_FIRST = frozenset(["self", "part", "full", "non", "fixed", "first", "semi", "co"])


# What is done to things, not by people: "2 funded" after "three grant bids".
_THINGS_DONE = frozenset(
    ["funded", "published", "approved", "accepted", "shortlisted", "adopted", "awarded", "won"]
)


# ... and what things do of themselves: "15 closed" after "22 POCs", "9 renewed".
_THINGS_WENT = frozenset(["closed", "renewed", "converted"])
