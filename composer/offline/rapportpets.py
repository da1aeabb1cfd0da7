"""A pet of theirs, said by what the note says happened to it: met, new, or mending.

The grammar of the note around the pet says which line fits, whatever the pet or its name:

- a verb in the past with the pet as its subject ("her kelpie Mabel wandered in halfway thru",
  "has a rescue greyhound called biscuit, he came to the interview", "her cat knocked over her
  camera mid call, cat named Mochi") means the candidate met it: "It was lovely to meet Mabel."
  (a pet with no name is left to the tables: "It was lovely to meet your cat" is no line);
- a new pet ("new puppy!! bernedoodle named Moose lol", "just got a rescue greyhound called
  Biscuit") is settling in: "I hope Moose is settling in well." (a young one is not new by that
  alone: "hes got a kelpie pup called Bluey" is left out);
- a hurt one is mending (`rapportshort.pet_mending`);
- one they have had for a while ("has a greyhound called Biscuit") takes no wish: "settling in"
  would be untrue, so the note is left out, named.

The name is the capitalised word after the pet ("kelpie Mabel", "guide dog, Tui,") or the word
after "called" or "named", given its capital. A sad note is never read here.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.rapportpatterns import PETS, SAD
from composer.offline.rapportshort import pet_mending

# The pet, after a word that makes it one of theirs ("her", "a", "new", "rescue").
_PET = re.compile(
    rf"(?i)(?:^|\b(?:her|his|their|a|an|the|new|my)\s+)(?:[\w-]+\s+){{0,2}}?(?P<pet>{PETS})\b"
)
_CALLED = re.compile(r"\b(?:called|named)\s+(?P<name>[A-Za-z][a-z'-]+)\b")
# The name said right after the pet: "kelpie Mabel", "guide dog, Tui,".
_AFTER = re.compile(r"^(?:,\s*|\s+)(?P<name>[A-Z][a-z'-]+)(?=[\s,.;!]|$),?")
# The subject of what follows, when it is the pet again: ", he came to the interview".
_THEN = re.compile(
    r"^,?\s*(?:(?:and|but)\s+)?(?:(?:he|she|it|they)\s+)?(?:just\s+)?(?P<verb>[a-z]+)"
)
_PRESENT_PLACE = re.compile(r"^\s+(?:in|at|on|under|there|here|around)\b")
# past verbs that tell of the pet's life, not of the call: "his guide dog Bramble retired last
# month" was "It was lovely to meet Bramble" (reader 51's h310), a meeting that never happened
_NOT_MET = frozenset(
    ["got", "had", "adopted", "rescued", "bought", "called", "named", "turned", "was", "were",
     "retired", "won", "passed", "left", "moved", "finished", "graduated", "qualified", "started",
     "stopped", "lost", "trained", "worked", "served"]
)  # fmt: skip
_NEW = re.compile(
    r"(?i)\b(?:new|just\s+(?:got|adopted|rescued)|adopted|rescued|brought\s+home|welcomed)\b"
)
_HAS = re.compile(
    r"(?i)^(?:s?he|they)?(?:\s+has|\s+have|['’]s\s+got|['’]ve\s+got|s\s+got|\s+has\s+got|has|have)\b"
)
_NOISE = re.compile(r"!+|\b(?:lol|haha|omg)\b", re.IGNORECASE)
LEFT = "a pet they have had for a while takes no wish; say it in your own words"


def pet_line(note: str) -> tuple[str, dict[str, str]] | None:
    """The section and values of a pet's line, a (reason, {}) for a pet the note says no wish
    fits, or None when the note is about no pet of theirs (see the module)."""
    mending = pet_mending(note)
    if mending:
        return "pet_mending", mending
    text = re.sub(r"\s*\(\s*", ", ", _NOISE.sub(" ", note)).replace(")", " ")  # "(barked ...)"
    text = " ".join(text.split()).strip(" .,")
    found = _PET.search(text)
    if found is None or SAD.search(text):
        return None
    after = text[found.end() :]
    named = _AFTER.match(after)
    called = _CALLED.search(after)
    name = named["name"] if named else called["name"].capitalize() if called else ""
    if not name:
        return None  # "her cat walked across the keyboard", "the new puppy": the tables' own
    if name.lower() in ("i", "he", "she", "they", "we", "and", "but", "the"):
        return None
    end = named.end() if named else 0
    near = called and re.fullmatch(r"(?:,?\s*[\w-]+){0,2}?\s*", after[: called.start()])
    end = called.end() if near and called else end  # "greyhound called biscuit, he came"
    rest = after[end:]
    then = _THEN.match(rest)
    verb = then["verb"] if then else ""
    tail = rest[then.end() :] if then else ""
    met = verb in ("was", "were") and _PRESENT_PLACE.match(tail) is not None
    met = met or (verb not in _NOT_MET and lexicon.is_past(verb) and not re.match(r"\s+me\b", tail))
    if met:
        return "pet_met", {"name": name}
    if _NEW.search(text[: found.start("pet")]):
        return "named_pet", {"name": name}
    if _HAS.match(text):
        return LEFT, {}
    return None
