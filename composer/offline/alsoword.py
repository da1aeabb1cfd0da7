"""Where "also" goes in a sentence of the candidate's: "I also hold ...", "KS2 maths results also
went up ...", "I am also ..."; "In addition, ..." when a clause has no place for it. Used by the
body (a further point) and by the paragraphs (a point moved after the topic's)."""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.casing import lower_start

_BE_AFTER = r"am|is|are|was|were|can|could|will|would"  # "I can also guide", never "I also can"
_VERB_AFTER = r"went|rose|fell|grew|dropped|doubled|tripled|halved|reached|climbed"


def also_inside(whole: str) -> str:
    """ "also" where a writer puts it in a clause with its own subject: "KS2 maths results
    also went up ...", "I also hold OSHA 30" ("I also hold X" typed stays as it is); "In
    addition, ..." when there is no such place (never a bare "Also," before a new subject)."""
    if re.search(r"\balso\b", whole):
        return whole
    if re.match(r"I [a-z]+ ", whole) and not re.match(rf"I (?:{_BE_AFTER}|have|had) ", whole):
        return "I also " + whole[2:]
    never = re.match(r"I (have|had) never (?P<next>[\w-]+)", whole)
    if never and lexicon.is_participle(never["next"]):  # "I have also never lost a client"
        return f"I {never[1]} also {whole[len(never[1]) + 3 :]}"
    held = re.match(r"I (have|had) (?P<next>[\w-]+)", whole)
    if held and not lexicon.is_participle(held.group("next")):
        return "I also " + whole[2:]  # "I have experience ..." -> "I also have experience ..."
    be = re.search(rf"\b(?:{_BE_AFTER})\b", whole)
    verb = re.search(rf"\b(?:{_VERB_AFTER})\b", whole)
    if verb and (not be or verb.start() < be.start()):
        return f"{whole[: verb.start()]}also {whole[verb.start() :]}"
    if be:
        return f"{whole[: be.end()]} also{whole[be.end() :]}"
    return "In addition, " + lower_start(whole)
