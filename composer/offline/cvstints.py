"""Seasons, summers, years and other counted spells (harvests, tours) spent in a post, typed
as a CV line: "5 seasons as seasonal ranger at Manning + Cathedral" -> "I have worked five
seasons as a seasonal ranger at Manning and Cathedral"; "5 yrs as account manager at a SaaS
company" -> "I have spent five years as an account manager at a SaaS company".

Seasons "of" a kind of work are done ("I have done two summers of field work"). A season
is worked, never had ("I have five seasons as ..." reads as a note). A post after "as"
takes "a" unless it is an office one person holds ("as head chef", "as crew lead"): "as seasonal
ranger" is one of many. A line with a tail after a comma is left to `cvspans`.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import cvposts, fields, lexicon
from composer.offline.cvresults import NUMBER
from composer.offline.cvshares import spelled
from composer.offline.realise import Clause
from composer.offline.words import DETERMINERS, FUNCTION_WORDS, WORK_SPELLS

# Posts one person holds at a time, said with no article after "as": "as head chef".
OFFICES = frozenset(
    [
        "lead",
        "head",
        "chief",
        "captain",
        "director",
        "manager",
        "supervisor",
        "coordinator",
        "chair",
        "president",
        "editor",
        "principal",
        "mate",
        "skipper",
        "foreman",
        "forewoman",
        "superintendent",
    ]
)
_STINT = re.compile(
    rf"^(?P<n>{NUMBER}) (?P<unit>seasons|summers|winters|years|months|weeks|[a-z]{{3,}}s) "
    r"(?P<rest>(?:as|on|at|with|in|of) [^,;()]+"
    r"|(?P<kind>[a-z]+ )?(?P<doing>[a-z]+ing) (?:on|at|with|in) [^,;()]+)$"
)
_SEASONS = frozenset(["seasons", "summers", "winters"])
_SPENT = frozenset(["years", "months", "weeks"])  # time spent in a post, never "worked"
_AS = re.compile(
    r"\bas (?P<post>[a-z][a-z-]*(?: [a-z][a-z-]*){0,2})(?= (?:at|with|on|in|for|to|of) |$)"
)
# Words before an office's name that make it one post of many: "an assistant editor".
_OF_MANY = frozenset(["assistant", "associate", "trainee", "junior", "senior", "seasonal"])


# The last years of a span in a post, typed on their own line: "last 2 yrs as team leader".
_LAST = re.compile(
    rf"^(?:for )?(?:the )?last (?P<n>{NUMBER}) (?P<unit>years|months) (?P<rest>as .+)$"
)


def read(text: str) -> tuple[str, Clause] | None:
    """("role", the clause) for seasons or years spent as a post or at a place, else None."""
    last = _LAST.match(text)
    if last is not None:  # "I have been a team leader of six consultants for the last two years"
        post = as_post(last["rest"]) if re.fullmatch(r"[a-z0-9 ]+", last["rest"]) else None
        span = f"for the last {last['n']} {last['unit']}"
        return None if post is None else ("role", Clause("I", "have been", f"{post[3:]} {span}"))
    spell = _SPELL_AT.match(text)
    if spell is not None and _spell(spell["unit"], spell["n"]):  # "1 harvest in oregon"
        one = spell["n"].lower() in ("1", "one", "a")
        counted = f"{'a' if one else spell['n']} {spell['unit']}"
        return "role", Clause("I", "have worked", f"{counted} {spell['rest']}")
    text = _as_typed_away(_post_first(text))  # "4 seasons ski instructor", "sous chef 6 yrs"
    found = _STINT.match(re.sub(r"^[A-Z][a-z]+ (?=[a-z])", lambda m: m[0].lower(), text))
    if found is None:
        return None
    unit, rest = found["unit"], found["rest"]
    if unit not in _SEASONS and not rest.startswith("as "):
        return None  # "five years on a busy ward": the points reader says it
    if rest.startswith("of "):  # "two summers of field work on small boats": done
        return "role", Clause("I", "have done", f"{found['n']} {unit} {rest}")
    if unit not in _SEASONS | _SPENT and not _counted(unit):
        return None
    if re.search(r"\b(?:and|\+) (?:\d+|[a-z]+) (?:seasons|summers|years)\b", rest):
        return None  # two spans
    if found["doing"]:  # "5 seasons guiding in the Alps": time spent doing it
        kind = found["kind"]
        if kind and (kind.strip() in FUNCTION_WORDS or not lexicon.known(kind.strip())):
            return None
        if kind:  # "3 seasons commercial beekeeping at X": spent in a trade
            rest = f"in {rest}"
        return "role", Clause("I", "have spent", f"{found['n']} {unit} {rest}")
    rest = as_post(rest, seasonal=unit not in _SPENT)
    if rest is None:
        return None
    verb = "have spent" if unit in _SPENT else "have worked"
    return "role", Clause("I", verb, f"{found['n']} {unit} {rest}")


# A count of spells of work at a place, with no post: "1 harvest in oregon (willamette)",
# "2 vintages in the barossa" (a bracket after the place says where in it).
_SPELL_AT = re.compile(
    rf"^(?P<n>{NUMBER}|a) (?P<unit>[a-z]+) (?P<rest>(?:in|on|at|with) [^,;()]+(?: \([^()]+\))?)$"
)


def _spell(unit: str, n: str) -> bool:
    """Whether `unit` is a spell of work (`WORK_SPELLS`), singular after one, else plural."""
    one = n.lower() in ("1", "one", "a")
    single = unit if one else unit[:-1]
    return single in WORK_SPELLS and unit == (single if one else f"{single}s")


# Seasons, or a span the cleaner made a describing word ("6 months receptionist" ->
# "6-month receptionist"), then a post with no "as" before it.
_NO_AS = re.compile(
    r"^(?P<n>\d+|two|three|four|five|six|seven|eight|nine|ten)(?: (?P<many>seasons|summers|winters)"
    r"|-(?P<unit>month|year|week)) (?P<post>[a-z][a-z-]*(?: [a-z][a-z-]*){0,2})"
    r"(?P<rest> (?:at|with|on|in|for) [^,;()]+)?$"
)


def _as_typed_away(text: str) -> str:
    """ "4 seasons ski instructor" -> "4 seasons as ski instructor", "6-month receptionist at a
    vet practice" -> "six months as receptionist at ...": a post (a person's noun last) after a
    span with its "as" left out; any other line as it is."""
    found = _NO_AS.match(text)
    if found is None or found["n"] == "1":
        return text
    words = found["post"].split()
    if any(w in FUNCTION_WORDS for w in words) or not cvposts.person(words[-1]):
        return text
    unit = found["many"] or f"{found['unit']}s"
    return f"{spelled(found['n'])} {unit} as {found['post']}{found['rest'] or ''}"


# A post typed before its span: "sous chef 6 yrs at Cantinho do Avillez".
_POST_FIRST = re.compile(
    rf"^(?P<post>[A-Za-z][a-z-]*(?: [a-z][a-z-]*){{0,2}}) (?P<n>{NUMBER}) "
    r"(?P<unit>yrs?|years?|months?|seasons?|summers?) (?P<rest>(?:at|with|in|on|for) [^,;()]+)$"
)


def _post_first(text: str) -> str:
    """ "sous chef 6 yrs at X" -> "6 years as sous chef at X": the span first, as the readers
    below take it; any other line as it is."""
    found = _POST_FIRST.match(text)
    if found is None:
        return text
    words = found["post"].lower().split()
    if any(w in FUNCTION_WORDS for w in words) or not cvposts.person(words[-1]):
        return text
    unit = {"yr": "years", "yrs": "years", "year": "years"}.get(found["unit"], found["unit"])
    unit = unit if unit.endswith("s") else f"{unit}s"
    return f"{found['n']} {unit} as {found['post'].lower()} {found['rest']}"


def _counted(unit: str) -> bool:
    """ "harvests", "tours", "productions": a plural noun counting spells of work, which is
    worked as a post ("three harvests as a cellar assistant"); no verb or describing word."""
    single = unit[:-1]
    classes = {*lexicon.classes(single), *lexicon.classes(unit)}
    return lexicon.is_noun(single) and not classes & {"adj", "adv", "prep"}


def as_post(rest: str, *, seasonal: bool = False) -> str | None:
    """ "as seasonal ranger at X" -> "as a seasonal ranger at X"; "as head chef" as it is; None
    when the words after "as" name no post. After seasons (`seasonal`), what follows "as" is a
    post whenever it ends in a noun, or in a word the tables lack ("ski patroller")."""
    if re.match(r"as (?:a|an|the|my|our) ", rest):
        return rest  # "as an outdoor activity instructor": its article typed
    found = _AS.search(rest)
    if found is None:
        return rest if not rest.startswith("as ") else None
    words = found["post"].split()
    if words[0] in DETERMINERS or words[0] in ("my", "our"):
        return rest
    last = words[-1]
    noun = lexicon.is_noun(last) and "adj" not in lexicon.classes(last)
    # a word the tables lack with a person's ending is a post after "as" ("as improver")
    unknown = (not lexicon.known(last) or lexicon.is_agent_noun(last)) and (
        seasonal or re.search(r"[a-z]{3}(?:er|or)$", last)
    )
    post = fields.is_post(last) or (seasonal and noun) or bool(unknown)
    if any(w in FUNCTION_WORDS for w in words) or not post:
        return None
    if any(w in OFFICES for w in words) and words[0] not in _OF_MANY:  # "as head chef"
        return rest
    named = found["post"]
    return (
        f"{rest[: found.start('post')]}{lexicon.article(named)} {named}{rest[found.end('post') :]}"
    )
