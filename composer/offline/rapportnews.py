"""Good news of theirs read by its verb: a promotion or an appointment gets congratulations,
whatever the words around it ("she was just promoted to head of the public art programme" ->
"Congratulations on your promotion to head of the public art programme"); so is a baby or a
grandchild due ("her first grandchild due in jan" -> "... on the coming arrival of your first
grandchild in January").

The note said to them ("you were just promoted to ...") is read as a passive of a verb of
promotion, with an optional "just", "recently", "have been" or "got"; what they were promoted to
is the news, without a time after it ("last month", "in the spring"): the letter congratulates,
it does not date the news. "made partner" is "being made partner".

A prize won is news too, said with the winner as typed: "his pinotage won gold at Veritas this
year" -> "Congratulations on your pinotage winning gold at Veritas"; "she won the county
coaching award" -> "Congratulations on winning the county coaching award". Only "won" and
"awarded" read so: "received" or "got" may be anything ("got my CV late").
"""

from __future__ import annotations

from composer import regexes as re

__all__ = ["their_news"]

_NEWS = re.compile(
    r"^you (?:were |have been |'ve been |been |got |have |just |recently )*"
    r"(?:just |recently )?(?P<verb>promoted|appointed|made|named|elected)\s+"
    r"(?:(?:to|as)\s+)?(?P<role>[\w' -]+?)"
    r"(?:\s+(?:last|this|in|earlier|at the start of|at the end of)\b.*)?$"
)
# A baby of theirs on the way: "your first grandchild (is) due in January".
_DUE = re.compile(
    r"^(?P<who>your (?:(?:first|second|third|new) )?(?:baby|grandchild|grandson|granddaughter"
    r"|great-grandchild))(?: is)? due (?P<when>(?:in|on|next|this) .+)$"
)
# A prize won: the winner ("you", "your pinotage"), the prize, where it was won; a time after it
# is dropped like a promotion's. A prize is never a pronoun ("won me over", "won it back").
_WON = re.compile(
    r"^(?P<who>you|your [\w' -]+?) (?:just |recently |also )?"
    r"(?:won|(?:were|was|have been|has been) awarded) "
    r"(?P<prize>(?!(?:me|us|it|them|him|her|over|back)\b)[\w'&-]+(?: [\w'&.-]+)*?)"
    r"(?P<where> (?:at|for|from|with) (?!(?:last|this)\b)[\w'&. -]+?)?"
    r"(?: (?:last|this|earlier) \w+| in (?:\d{4}|[A-Z]\w*)| at the (?:start|end) of .+)?$"
)
# "made" is news only with a role after it ("made partner", "made head of ..."), not "made a
# cake"; a role never starts with an article here.
_NO_ROLE = frozenset(["a", "an", "the", "it", "this", "that", "some", "my", "your"])


def their_news(clause: str) -> tuple[str, dict[str, str]] | None:
    """The phrasebook section and values of congratulations on a promotion, a prize won or a baby
    due, or None."""
    due = _DUE.match(clause)
    if due:  # "your first grandchild due in January"
        return "celebration", {"news": f"the coming arrival of {due['who']} {due['when']}"}
    won = _WON.match(clause)
    if won:  # "your pinotage won gold at Veritas this year"
        winner = "" if won["who"] == "you" else f"{won['who']} "
        verb = "winning" if "won" in won[0].split() else "being awarded"
        return "celebration", {"news": f"{winner}{verb} {won['prize']}{won['where'] or ''}"}
    found = _NEWS.match(clause)
    if found is None:
        return None
    verb, role = found["verb"], found["role"].strip()
    if not role or role.split(" ", 1)[0].lower() in _NO_ROLE:
        return None
    if verb == "promoted":
        return "celebration", {"news": f"your promotion to {role}"}
    if verb == "made":
        return "celebration", {"news": f"being made {role}"}
    if verb == "elected":
        return "celebration", {"news": f"your election as {role}"}
    return "celebration", {"news": f"your appointment as {role}"}
