"""A point that names the topic just named says it again as "it" or "them" (a referring
expression): "... our discussion of on-time departures. My own work touches on it: I helped raise
them from 82% to 95%"."""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.words import DETERMINERS


def topic_as_pronoun(values: dict[str, str], topic: str) -> dict[str, str]:
    """A point that names the topic just named says it again as "it" or "them": "... our
    discussion of on-time departures. My own work touches on it: I helped raise them from 82%
    to 95%" (not "... raise on-time departures ..."); a point that opens with it is left as is."""
    name = re.sub(r"^(?:the|my|our|your) ", "", topic.lower())
    if len(name.split()) < 2 or re.search(r"\b(?:how|what|whether|why|and)\b", name):
        return values
    plural = name.endswith("s") and not name.endswith(("ss", "us", "is"))
    out = dict(values)
    for key in ("clause", "clause_lower", "clause_also"):
        found = re.search(rf"(?<=\s)(?:the )?{re.escape(name)}\b", out[key], re.IGNORECASE)
        if found is None or found.start() < 2:
            return values
        before = out[key][: found.start()].split()[-1].lower()
        if (
            before in DETERMINERS
            or re.search(r"[\d-]", before)
            or lexicon.is_adjective_only(before)
            or set(lexicon.classes(before)) == {"noun"}  # "opponent set pieces" (session 55)
        ):
            # the topic's name after a determiner or modifier is part of a longer noun
            # phrase: "I ran a 6-lot it" for "I ran a 6-lot home care framework re-tender"
            return values
        going_on = re.match(r" ([a-z]+)", out[key][found.end() :])
        word = going_on.group(1) if going_on else ""
        named = word and lexicon.is_noun(word) and "adv" not in lexicon.classes(word)
        if named and not lexicon.is_past(word):  # "down" in "bring it down" is no noun here
            return values  # "the cardiac CT list": the topic's name is part of another thing
        if word in ("for", "of") or before in ("course", "training", "degree", "diploma"):
            return values  # "a course in water treatment for dialysis": a longer name
        pronoun = "them" if plural else "it"
        out[key] = f"{out[key][: found.start()]}{pronoun}{out[key][found.end() :]}"
    return out
