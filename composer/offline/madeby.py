"""A result typed with the thing the candidate made as its subject: "new rule set cut false
positives 35% w/ same catch rate", "weekly huddle cut sick days 20%", "the new menu I wrote
increased covers by a third" (said with its "the" and who made it).

The item reader takes such a line for a noun phrase that names nothing the candidate has, and
the result is left out. People type the thing they built first and what it did after it; a
person writes "My new rule set cut false positives by 35% ...". Read only when the subject is a
few plain words in lower case (no name, no determiner, no verb of its own), the verb one of a
change in a measure, and what follows it holds a figure: the deed after the verb is read by the
item reader itself ("cut false positives by 35% with ..."), so a line it cannot say stays out.
"""

from __future__ import annotations

from collections.abc import Callable

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.realise import Clause
from composer.offline.wellformed import problem
from composer.offline.words import DETERMINERS, FUNCTION_WORDS, PREPOSITIONS, SHARE_OF

__all__ = ["read"]

# A verb of a change in a measure, in the past, after the thing that made it.
_CHANGED = re.compile(
    r"^(?P<the>(?:the|my) )?(?P<thing>[a-z][a-z-]*(?:\s+(?:[a-z][a-z-]*|[A-Z]{2,5})){0,3})"
    r"(?P<made> I (?:wrote|built|made|designed|introduced|created|launched|started|set up))?\s+"
    r"(?P<deed>(?:cut|reduced|raised|lifted|increased|doubled|halved|boosted|trimmed)\s.+)$"
)
# A figure, or a share said in words ("by a third", "by half").
_FIGURE = re.compile(rf"\d|\bby {SHARE_OF}")


def read(item: str, reader: Callable[[str], Clause | None]) -> Clause | None:
    """ "new rule set cut false positives 35% w/ same catch rate" -> "My new rule set cut false
    positives by 35% with same catch rate"; None for any other line. `reader` is the item
    reader's clause for a line (`items.read_point`)."""
    found = _CHANGED.match(item.strip().rstrip("."))
    if found is None or not _FIGURE.search(found["deed"]):
        return None
    if found["the"] and not found["made"] and found["the"] != "my ":
        return None  # "the team cut ...": made by whom, the line does not say
    if re.match(r"\w+ by ", found["deed"]):
        return None  # "backlog cut by 2/3": the thing that was cut, no deed of its own
    words = found["thing"].split()
    if any(w in DETERMINERS or w in FUNCTION_WORDS or w == "i" for w in words):
        return None  # "the team", "we": not a thing typed bare
    named = lexicon.is_noun(words[-1]) or (found["made"] and not lexicon.known(words[-1]))
    if not named or any(_verb_only(w) for w in words):  # "the rota I built": a thing made
        return None
    verb = found["deed"].split()[0]
    figure = re.search(r"^.*?(?:\d[\d,.]*\s?%?|\bby (?:a |one )?[a-z]+)", found["deed"])
    # the whole deed, else up to its figure: a tail with an article left out ("w/ same catch
    # rate") would be given a wrong one later, so it is dropped, never guessed
    for deed in (found["deed"], figure[0] if figure else ""):
        said = reader(deed) if deed else None
        if said is None or said.whole is not None or said.subject != "I" or said.verb != verb:
            continue
        if _bare_tail(said.rest):
            continue
        thing = f"{found['thing']}{found['made'] or ''}"  # "the new menu I wrote"
        whole = f"{(found['the'] or 'my ').capitalize()}{thing} {said.verb} {said.rest}"
        if not problem(f"{whole}."):
            return Clause("", "", "", whole=whole)
    return None


_TAKEN = frozenset(["by", "from", "to", "of"])  # the figure's own prepositions


def _bare_tail(rest: str) -> bool:
    """A preposition followed by a word in lower case that is no article, number or plural
    ("with same catch rate"): a thing typed with its article left out."""
    words = rest.split()
    for at, word in enumerate(words[:-1]):
        after = words[at + 1]
        if word not in PREPOSITIONS or word in _TAKEN or not after.isalpha() or not after.islower():
            continue
        if after in DETERMINERS or lexicon.is_plural_noun(after) or lexicon.is_gerund(after):
            continue
        return True
    return False


def _verb_only(word: str) -> bool:
    """A word that is a verb and no noun or adjective ("ran", "built"): the line has a verb of
    the candidate's before the change, no thing as its subject."""
    classes = set(lexicon.classes(word))
    return bool(classes) and not classes & {"noun", "adj"}
