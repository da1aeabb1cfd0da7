"""Nothing of a kind typed with a clause after it ("no complaint reach the client"): its verb
said as "-ing" where sure ("with no complaint reaching the client"), shared by the readers of a
deed's outcomes (`outcomes`, `cvresults`) and the item reader's last touch (`figures`)."""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.words import PREPOSITIONS

__all__ = ["doing", "none_doing"]


def none_doing(part: str) -> str:
    """An outcome typed as nothing of a kind with a clause after it, its verb said as "-ing"
    ("no complaint reach the client" -> "no complaint reaching the client"); "" when it cannot
    be read so (the readers leave it out); any other part as it is."""
    found = re.match(r"^(?P<no>no) (?P<what>[a-z]\S* .+)$", part)
    if found is None:
        return part
    what = doing(found["what"])
    return "" if what is None else f"{found['no']} {what}"


def doing(what: str) -> str | None:
    """ "complaint reach the client", "patient missed a dose": a clause after "no", its verb said
    as "reaching", "missing" ("with no patient missing a dose"); None for a determiner after a
    word that is no verb (no reading); a noun phrase as it is."""
    words = what.split()
    for at, word in enumerate(words[1:-1], start=1):
        if words[at + 1] not in ("the", "a", "an", "my", "our", "their", "his", "her"):
            continue
        if word in PREPOSITIONS:
            return what  # "no calls to the office": a thing and where it went
        base = lexicon.base_of(word) if lexicon.is_past(word) else word
        verb = base and (base != word or lexicon.is_base_verb(word))
        forms = lexicon.verb_forms(base) if verb and base else {}
        if not forms.get("VBG") or at != 1:
            return None
        return " ".join([words[0], forms["VBG"], *words[2:]])
    return what
