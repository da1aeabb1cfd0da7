"""A follow-up that adds to what was said in the room says both: "Besides ground control points,
I also compare against the provincial benchmark network", never "I also compare ..." with
nothing before it that "also" could add to.

The note names what the candidate said in the room ("I mentioned ground control points but
forgot to say that I also compare ...", "said i apologise first, forgot to mention i also log
every one", "I talked about the day rate but should have said I also add ..."). The letter
leaves the room's answer out, so the added clause's "also" (or a pasted "I talked about X but
should have said Y") is said with what it adds to: "besides X," for a thing said, "as well as
apologising first," for an act of the candidate's. When what was said cannot be read as a
short thing or act, "also" is dropped rather than left pointing at nothing.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.wellformed import problem

# What the candidate said in the room, typed in the note: "I mentioned ground control points",
# "i talked about the laser template", "said we log them", "I described the teacher survey".
_ROOM = re.compile(
    r"(?i)(?:^|[.;:,-]\s*|\bbut\s+|\band\s+)(?:I\s+)?(?:mentioned|talked\s+about|spoke\s+about"
    r"|described|explained|covered|went\s+through|said)(?:\s+that)?\s+(?P<said>[^,.;:!?]+?)"
    r"(?=\s*(?:,|\.|;|\s-\s|\s+but\b|\s+and\s+(?:I\s+)?(?:forgot|should|shld|didn)|$))"
)
# The added clause's "also" in the letter's sentence: "...: I also compare", "that we also go".
_ALSO = re.compile(
    r"(?P<lead>(?:: |\bthat |^))(?P<subj>I|we|We)(?P<aux> have| had| would| can)? also (?=[a-z])"
)
# The note's own "also" in what it adds: "forgot to say i also do hands-on tap tests".
_ADDED_ALSO = re.compile(r"(?i)\b(?:I|we)(?:'ve|'d|\s+have|\s+had|\s+can)?\s+also\s+\w")
# A pasted note of what was said and what should have been: "I talked about X but should have
# said (that) Y", "I talked about X, but I would like to add that Y".
_PASTED = re.compile(
    r"(?P<lead>^.*?)(?:\.|:) I (?:mentioned|talked about|spoke about|described|explained"
    r"|covered)(?P<said> [^,.;:]+?),? but (?:I )?(?:should have (?:said|mentioned)|forgot to "
    r"(?:say|mention)|would (?:also )?like to add|did not (?:say|mention))(?: that)?"
    r" (?P<added>(?:I|we)\b.+)$"
)
# Words that leave "said X" unusable as a thing: a yes or no, a pronoun, a whole story.
_NOT_A_THING = re.compile(
    r"(?i)^(?:yes|no|yeah|nope|not|never|only|just|really|very|quite|too|it|this|that|so|something|a\s+bit|i\s+had|i\s+have|i\s+was|i\s+would"
    r"|i'd|id|i\s+hadn|i\s+didn|i\s+did|i\s+could|i\s+can|i\s+don|i\s+do\s+not|i\s+never)\b"
)


def _act(said: str) -> str | None:
    """ "apologising first" for "I apologise first"; "logging them" for "we log them"."""
    words = said.split()
    if len(words) < 2 or words[0].lower() not in ("i", "we"):
        return None
    verb = words[1].lower()
    if not lexicon.is_base_verb(verb):
        return None
    gerund = lexicon.verb_forms(verb).get("VBG")
    return " ".join([gerund, *words[2:]]) if gerund else None


def _said_before(note: str) -> tuple[str, str] | None:
    """What the note says was said in the room, as ("besides", a thing) or ("as well as", an
    act), or None when it cannot be read as either."""
    found = _ROOM.search(note)
    if found is None or not _ADDED_ALSO.search(note, found.end()):
        return None  # the "also" is the letter's own ("I also wanted to mention"), not the note's
    said = re.sub(r"(?i)^about\s+", "", found["said"].strip())
    if _NOT_A_THING.match(said) or len(said.split()) > 6:
        return None
    act = _act(said)
    if act is not None:
        return "as well as", act
    if said.split()[0].lower() in ("i", "we", "they", "he", "she", "you"):
        return None  # a clause of another kind: no phrase to say it by
    return "besides", re.sub(r"(?<![\w-])i(?![\w-])", "I", said)


def besides(line: str | None, note: str | None) -> str | None:
    """The follow-up sentence with what it adds to (see the module); the line as it is when it
    adds to nothing said in the room."""
    if not line or not note:
        return line
    pasted = _PASTED.match(line)
    if pasted is not None:  # "You asked Q. I talked about X but should have said I ...": both
        said = pasted["said"].strip()
        added = pasted["added"].rstrip(".")
        better = f"{pasted['lead']}: besides {said}, {added}."
        return line if problem(better) else better
    found = _ALSO.search(line)
    if found is None:
        return line
    before = _said_before(note)
    if before is None:
        room = _ROOM.search(note)
        if room and _ADDED_ALSO.search(note, room.end()):  # "also" would point at nothing
            cut = found.end("aux") if found["aux"] else found.end("subj")
            return f"{line[:cut]}{line[found.end() - 1 :]}"
        return line
    word, said = before
    if said.lower() in line.lower():  # the letter says it already
        return line
    start = f"{word} {said}"
    if not found["lead"]:
        start = start[0].upper() + start[1:]
    subj = "I" if found["subj"] == "I" else "we"
    also = "also " if word == "besides" else ""  # "as well as apologising, I log": one "also"
    aux = found["aux"] or ""  # "I have also done": the verb keeps its auxiliary
    better = f"{line[: found.end('lead')]}{start}, {subj}{aux} {also}{line[found.end() :]}"
    return line if problem(better[:1].upper() + better[1:]) else better
