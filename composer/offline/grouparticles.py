"""The article a note leaves out before a group of people, a place or a post, put back.

A team named after a preposition is one team, the reader's or the candidate's: "work closely
with DS team" -> "with the DS team", "alerts for finance team" -> "for the finance team". A post
held for a while as one of many is said with "a": "wrote scripts as intern" -> "as an intern"
("as team lead", "as lead architect" are posts named as titles and keep no article).
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.pointarticles import bare_events
from composer.offline.words import DETERMINERS, FUNCTION_WORDS

# A team named bare after a preposition: up to two words that say which, then its noun, then
# nothing that continues the noun ("with DS team on models", not "in team meetings").
_BARE_TEAM = re.compile(
    r"\b(?P<at>with|for|to|across|from|into|within|alongside|in|on|by) "
    r"(?P<which>(?:[A-Za-z][\w&/]* ){1,2})(?P<team>team|crew|squad|department|committee)"
    r"(?=$|[,;.)]| (?P<next>[a-z]+)\b)"
)
# One place of the employer's or the town's named bare after a preposition: "at new Fremont
# site", "with local pool" -> "at the new Fremont site", "with the local pool".
_BARE_PLACE = re.compile(
    r"\b(?P<at>with|for|to|at|from|into|in|on|by|through|across) (?P<np>local "
    r"(?:pool|council|school|college|hospital|paper|newspaper|library|club|community|authority"
    r"|church|gym|park|station|radio|charity|university|museum|airport|police|market)"
    r"|(?:new (?:[A-Z][\w&-]* ){0,2}|(?:[A-Z][\w&-]* ){1,2})(?:site|office|branch|store"
    r"|plant|depot|warehouse|campus|building|facility|clinic|ward|hub|centre|center|decline|pit"
    r"|shaft|mine|quarry|yard|terminal))\b(?![-'’])"
    r"(?= (?P<next>[a-z]+)\b|$|[,;.)])"
)


def _place(found: re.Match[str]) -> str:
    head, following = found["np"].split()[-1], found["next"]
    if not lexicon.is_noun(head) or lexicon.is_plural_noun(head) or head.endswith("s"):
        return found.group()  # "with local schools", "in new ways": many, or no noun
    if following and following not in FUNCTION_WORDS and lexicon.is_noun(following):
        return found.group()  # "at local council level": the place names a kind of thing
    return f"{found['at']} the {found['np']}"


# Posts held as one of many, which "as" takes with "a": "as intern" -> "as an intern".
_POSTS = frozenset(
    ["intern", "apprentice", "trainee", "volunteer", "contractor", "freelancer", "locum",
     "temp", "student", "graduate", "consultant", "placement"]
)  # fmt: skip
_BARE_POST = re.compile(r"\bas (?P<post>[a-z]+)(?=$|[,;.)]| (?P<next>[a-z]+)\b)")


def _team(found: re.Match[str]) -> str:
    which = found["which"].split()
    first = which[0].lower()
    if first in DETERMINERS or first in FUNCTION_WORDS or "'" in found["which"]:
        return found.group()  # "with my team", "for Sarah's team", "with every team"
    if found["at"] == "to" and lexicon.is_base_verb(first) and not which[0].isupper():
        return found.group()  # "to join team": a verb, not the team's name
    if first[:1].isdigit() or any(w.lower().endswith("ing") for w in which):
        return found.group()  # "with 3 team", "in building team morale": no one team
    following = found["next"]
    if following and following not in FUNCTION_WORDS and lexicon.is_noun(following):
        return found.group()  # "in team meetings": the team names a kind of thing
    return f"{found['at']} the {found['which']}{found['team']}"


def _post(found: re.Match[str]) -> str:
    post, following = found["post"], found["next"]
    if post not in _POSTS or (following and following not in FUNCTION_WORDS):
        return found.group()  # "as graduate engineer", "as team lead": a title
    return f"as {lexicon.article(post)} {post}"


def with_group_articles(text: str) -> str:
    """`text` with "the" before a team named bare after a preposition and "a" before a post
    held as one of many ("with DS team" -> "with the DS team", "as intern" -> "as an intern"),
    and "the" before one place or event named bare ("at new Fremont site", "with local pool",
    "after restructure")."""
    text = _BARE_PLACE.sub(_place, _BARE_TEAM.sub(_team, text))
    return bare_events(_BARE_POST.sub(_post, text))
