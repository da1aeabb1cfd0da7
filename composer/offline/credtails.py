"""A credential typed with what goes with it and no verb: a rank held in a method or an art,
by its colour ("Six Sigma green belt", "karate black belt": "I hold a Six Sigma green belt",
never "I have Six Sigma green belt"), and a standing with the background behind it after a comma
("CPA, Big 4 audit background": "I am a CPA with a Big 4 audit background").
"""

from __future__ import annotations

from collections.abc import Callable

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.realise import Clause
from composer.offline.words import DETERMINERS, PREPOSITIONS

__all__ = ["background", "read"]

_BELT = re.compile(
    r"^(?P<what>[A-Za-z][\w-]*(?: [A-Za-z][\w-]*){0,3}) "
    r"(?P<rank>(?:white|yellow|orange|green|blue|purple|brown|red|black|master black)"
    r" belt)(?: (?:certified|certification|cert))?$",
    re.IGNORECASE,
)


# Training in a thing named, typed with no verb: "Supplied air respirator and confined space
# training" (round 52, h1441: was "I supplied air respirator ..."), "Fire warden training".
_TRAINING = re.compile(
    r"^(?P<what>[A-Za-z][A-Za-z-]*(?: (?:[a-z][a-z-]*|and|[A-Z]{2,5}))*?) training"
    r"(?: \((?P<year>(?:19|20)\d\d)\))?$"
)


def read(item: str) -> Clause | None:
    """ "Six Sigma green belt": "I hold a Six Sigma green belt"; "Fire warden training": "I have
    completed fire warden training"; None for any other line."""
    line = " ".join(item.split()).rstrip(".")
    trained = _TRAINING.match(line)
    if (
        trained is not None
        and 2 <= len(trained["what"].split()) <= 6  # ("Python training": in it, or of others?)
        and trained["what"].split()[0].lower() not in DETERMINERS
        and trained["what"].split()[0].lower() not in ("certificate", "cert", "diploma", "course")
        # "cohorts of HCA training": training given, a thing of its own before it
        and not {w.lower() for w in trained["what"].split()} & PREPOSITIONS
    ):
        what = trained["what"]
        first = what.split()[0]
        if re.fullmatch(r"[A-Z][a-z-]+", first) and ("-" in first or lexicon.known(first.lower())):
            what = what[:1].lower() + what[1:]  # "Fire warden": a common word, "AkzoNobel" a name
        if trained["year"]:  # "(2027)": done then
            return Clause("I", "completed", f"{what} training in {trained['year']}")
        return Clause("I", "have completed", f"{what} training")
    found = _BELT.match(line)
    if found is None or found["what"].split()[0].lower() in ("a", "an", "the", "my"):
        return None
    what = found["what"]
    if what.islower() and what.split()[0] in ("six", "lean"):
        what = what.title()  # "six sigma", "lean six sigma": the method's name
    rank = found["rank"]  # "Green Belt" as typed
    return Clause("I", "hold", f"{lexicon.article(what)} {what} {rank}")


_BACKGROUND = re.compile(
    r"^(?P<held>[^,]+), (?P<what>(?:strong |solid |long )?[\w&-]+(?: [\w&-]+){0,3}) background$"
)


def background(item: str, say: Callable[[str], Clause | None]) -> Clause | None:
    """ "CPA, Big 4 audit background": the standing said by `say` (the points reader), the
    background after "with"; None for any other line, or a standing said otherwise than "I am"
    or "I hold"."""
    found = _BACKGROUND.match(" ".join(item.split()).rstrip("."))
    if found is None:
        return None
    said = say(found["held"])
    if said is None or said.whole is not None or said.verb not in ("am", "hold"):
        return None
    what = found["what"]
    return Clause("I", said.verb, f"{said.rest} with {lexicon.article(what)} {what} background")
