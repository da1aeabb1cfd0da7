"""An answer typed as short pieces without their subject, said as the candidate's clauses:
"have it, can send a copy" -> "I have it, and I can send you a copy"; "finished 2023" after a
question about a thing of the candidate's -> "I finished it in 2023"; an offer typed bare ("Can
send a showreel if useful") -> "I can send you a showreel if that would be useful". Every piece
is read or none is (`recalled` then tries its other readings, or the line is left out).
"""

from __future__ import annotations

from collections.abc import Callable

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.shorthand import expand

__all__ = ["offer", "own_pieces"]


# An offer typed without its subject: "can send a copy", "Can send a showreel if useful",
# "happy to send the letter".
_OFFER = re.compile(
    r"(?i)^(?:I\s+)?(?P<how>can|could|will|happy\s+to|glad\s+to|would\s+be\s+happy\s+to)"
    r"\s+(?P<verb>send|email|forward|share)\s+(?:you\s+)?(?P<what>(?:a|an|the|my)\s+[^,;]+?)"
    r"(?P<if>\s+if\s+(?:useful|helpful|needed|it\s+helps|that\s+helps|you\s+like))?[.!]?$"
)


def offer(piece: str) -> str | None:
    """ "I can send you a copy", "I would be happy to send you the letter" ("if that would be
    useful" for "if useful"); None for a piece that is no offer."""
    found = _OFFER.match(piece.strip())
    if found is None:
        return None
    how = found["how"].lower()
    said = "I would be happy to" if re.search(r"happy|glad", how) else f"I {how}"
    tail = " if that would be useful" if found["if"] else ""
    return f"{said} {found['verb'].lower()} you {found['what']}{tail}"


# A thing and what was done to it, with when: "WFR renewed aug 2026".
_DONE_TO = re.compile(r"^(?P<thing>[A-Z][\w-]*|[a-z]+ [a-z]+) (?P<vbn>[a-z]+ed) (?P<when>\S.*)$")
_YES_PIECE = re.compile(r"(?i)^(?:yes|yep|yeah|yup)$")


def _piece(piece: str, about_mine: bool, when: Callable[[str], str | None]) -> str | None:
    """One piece of an answer as the candidate's clause, or None when it cannot be read."""
    said = offer(piece)
    if said is not None:
        return said
    text = expand(piece.strip(" ."))
    if re.match(r"I\b", text):
        return text
    done = _DONE_TO.match(text)
    if done and lexicon.is_past(done["vbn"]) and when(done["when"]):
        # "WFR renewed aug 2026": I renewed my WFR in August 2026
        return f"I {done['vbn']} my {done['thing']} {when(done['when'])}"
    verb, _, rest = text.partition(" ")
    if verb != verb.lower() or not rest:
        return None
    if about_mine and lexicon.is_past(verb) and when(rest):  # "finished 2023": it, in 2023
        return f"I {verb} it {when(rest)}"
    if verb in ("have", "hold", "had", "held") and re.fullmatch(r"it|one|both|them", rest):
        return f"I {text}"  # "have it": the thing asked about
    return None


def own_pieces(text: str, question: str, when: Callable[[str], str | None]) -> str | None:
    """An answer typed as short pieces without their subject, each said as the candidate's
    ("have it, can send a copy" -> "I have it, and I can send you a copy"), a "yes" first kept;
    None when any piece cannot be read, so that another reading (or leaving out) decides."""
    pieces = [p for p in re.split(r"[.;]\s+|,\s+|\s-+\s", text.strip(" .")) if p.strip()]
    yes = bool(pieces) and _YES_PIECE.match(pieces[0].strip()) is not None
    if yes:
        pieces = pieces[1:]
    if not 1 <= len(pieces) <= 2 or (yes and not question.startswith("whether ")):
        return None
    said = [_piece(p, question.startswith("about my "), when) for p in pieces]
    if None in said or not any(offer(p) or not re.match(r"(?i)I\b", p) for p in pieces):
        return None  # all typed as the candidate's sentences already: `recalled` reads them
    clauses = [s for s in said if s]
    joined = ", and ".join(clauses)
    return f"yes, {joined}" if yes else joined
