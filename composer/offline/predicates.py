"""A note line that joins a thing held to how the candidate stands to a task, with "+" or
"and": "full licence + happy to drive the truck", "first aid cert and trained to use AEDs".
Said in one frame it breaks ("I hold a full licence and happy to drive the truck."): the second
part is an adjective or a participle with its complement, which needs a verb of its own: "I
hold a full licence, and I am happy to drive the truck." The adjective is known by its word
class (`lexicon.classes`), a participle only before "to" and a verb or before "in" ("trained
to use AEDs", "experienced in ..."; not "led to savings"), not by a list of words.
"""

from __future__ import annotations

from dataclasses import replace

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.realise import Clause

# "... and happy to drive", "... and comfortable with nights", "... and keen on coaching"
_AND_ADJECTIVE = re.compile(
    r"^(?P<held>.+?),? and (?P<adjective>[a-z]+) (?P<complement>(?:to|with|for|about|on|in) \S.*)$"
)
_BE = frozenset(["am", "was", "have been", "had been", "will be", "would be"])


def _stands(adjective: str, complement: str) -> bool:
    """Whether `adjective` + `complement` says how the candidate stands to something; a
    doing ("and moving to SLO alerts") or a word that is an adverb too ("and then on the
    pentest team") goes on the verb before it."""
    if adjective.endswith("ing") or "adv" in lexicon.classes(adjective):
        return False
    if lexicon.is_past(adjective) or lexicon.is_participle(adjective):
        after = complement.split()
        verb = len(after) > 1 and after[0] == "to" and lexicon.is_base_verb(after[1])
        return verb or after[0] == "in"
    return "adj" in lexicon.classes(adjective)


def given_a_verb(said: Clause | None) -> Clause | None:
    """`said` with a predicate adjective joined to its object given "I am" ("I hold a full
    licence, and I am happy to drive the truck"); `said` itself when it has none."""
    if said is None or said.verb in _BE:
        return said
    whole = said.whole is not None
    text = said.whole if said.whole is not None else said.rest
    found = _AND_ADJECTIVE.match(text)
    if found is None or (whole and not text.startswith("I ")):
        return said
    if not _stands(found["adjective"], found["complement"]):
        return said
    mended = f"{found['held']}, and I am {found['adjective']} {found['complement']}"
    return replace(said, whole=mended) if whole else replace(said, rest=mended)
