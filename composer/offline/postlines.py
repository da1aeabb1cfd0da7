"""A post held, typed as a CV line's parts with no verb: the post, the span, the employer and
its place, in any order ("2 yrs audit trainee KPMG Bristol", "front office mgr 4 yrs, Hotel X",
"QA lead @ Comarch Krakow since 2021", "Senior QA Engineer, Allegro Poznań (2018-2021)") said
as the candidate's clause: "I have spent two years as an audit trainee at KPMG in Bristol", "I
have been a QA lead at Comarch in Krakow since 2021", "I was a Senior QA Engineer at Allegro in
Poznań from 2018 to 2021".

Read only when every word has its part: the post is words in lower case (or all in capitals
after the first) ending on a person's post (`cvposts.person`), the employer is words with
capitals; the place is a name typed after a comma, or the last word of the employer's name when
the word tables lack it and the word before it is initials or an English word ("KPMG Bristol",
"Royal Infirmary Edinburgh"; "Lidl Dublin" is left whole). Any other line gives None.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import cvrise, lexicon
from composer.offline.cvposts import as_post, person
from composer.offline.dictionary import in_dictionary
from composer.offline.pointwords import tool_name
from composer.offline.realise import Clause
from composer.offline.shorthand import expand
from composer.offline.words import CREDENTIALS, FUNCTION_WORDS

__all__ = ["read"]

_NUMBER = (
    r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+-[a-z]+)"
)
_SPAN = re.compile(rf"(?<![\w-])(?P<n>{_NUMBER}) (?P<unit>years?|months?)(?![\w-])")
_SINCE = re.compile(r"(?<![\w-])since (?P<year>(?:19|20)\d\d)\b")
_RANGE = re.compile(
    r"\(?(?<![\w-])(?P<from>(?:19|20)\d\d) ?[-–] ?(?P<to>(?:19|20)\d\d|present|now)\)?(?![\w-])"
)
_UNREAD = re.compile(r"[;:/+()%]|->|\b(?:and|but|then|which|who|as|in|on|incl|including)\b")
_NAME_WORD = r"(?:[A-Z][\w'’.-]*|&|de|do|da|di|del|du|of|the|and|van|von)"
_NAME = re.compile(rf"^(?![A-Z]*\d)[A-Z][\w'’.-]*(?: {_NAME_WORD})*$")  # never "6G"
_PLACE_NAME = re.compile(r"^[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}$")
# An employer named by the kind of place it is takes "the": "the Royal Infirmary".
_THE_FIRST = frozenset(["Royal", "National", "University", "Institute", "Ministry", "City"])
_THE_LAST = frozenset(
    re.split(
        " ",
        "infirmary hospital clinic museum library academy institute council trust ministry"
        " authority service school college university gallery",
    )
)


def _span(text: str) -> tuple[str, str, str] | None:
    """The line without its span, and the span's kind ("years", "since", "range") and words."""
    found = [(m, kind) for pat, kind in ((_SPAN, "spent"), (_SINCE, "since"), (_RANGE, "range"))
             for m in pat.finditer(text)]  # fmt: skip
    if len(found) != 1:
        return None
    match, kind = found[0]
    rest = (text[: match.start()] + " , " + text[match.end() :]).strip()
    if kind == "spent":
        said = f"{match['n']} {match['unit']}"
        if said.startswith("1 ") or said.startswith("one "):
            return None  # "1 yr": "one year" takes no plural, left to the other readers
    elif kind == "since":
        said = match["year"]
    else:
        end = match["to"]
        said = f"{match['from']}" if end in ("present", "now") else f"{match['from']} to {end}"
        kind = "since" if end in ("present", "now") else kind
    return rest, kind, said


def _post(words: list[str]) -> str | None:
    """The post as said mid-sentence, or None: lower case words (initials kept), or a title
    typed with capitals, ending on a person's post."""
    if not words or not person(words[-1].lower()):
        return None
    if words[0].lower() in FUNCTION_WORDS:
        return None
    if all(w.islower() or w.isupper() for w in words):
        return " ".join(words)
    if all(w[:1].isupper() for w in words):
        return " ".join(words)  # "Senior QA Engineer": a title as typed
    if words[0][:1].isupper() and all(w.islower() or w.isupper() for w in words[1:]):
        return " ".join([words[0] if words[0].isupper() else words[0].lower(), *words[1:]])
    return None


def _placed(employer: str) -> tuple[str, str]:
    """An employer's name and the place typed as its last word, when sure; else ("name", "")."""
    words = employer.split()
    if len(words) < 2 or not _PLACE_NAME.match(words[-1]) or lexicon.known(words[-1].lower()):
        return employer, ""
    if len(words[-1]) < 4 or in_dictionary(words[-1].lower()):
        return employer, ""  # "Bodega Marine Lab", "Birmingham New St": the name's own word
    before = words[-2]
    if before in ("&", "and", "of", "de", "do", "da", "di", "del", "du"):
        return employer, ""
    # initials ("KPMG Bristol"), or a name of two words or more whose last is an English word
    # ("Royal Infirmary Edinburgh"); one word of a name may be a person's ("Morgan Stanley")
    if (before.isupper() and len(before) >= 2) or (
        len(words) > 2 and lexicon.classes(before.lower())
    ):
        return " ".join(words[:-1]), words[-1]
    return employer, ""


def placed(employer: str) -> tuple[str, str]:
    """An employer's name and the place typed as its last word ("KPMG Bristol": "KPMG",
    "Bristol"), when sure; else (the name, "") (shared with `asidekinds`)."""
    return _placed(employer)


def _the(employer: str) -> str:
    words = employer.split()
    common = all(lexicon.known(w.lower()) for w in words[:-1])  # "Royal Infirmary"
    if words[0] in _THE_FIRST or " of " in employer or (common and words[-1].lower() in _THE_LAST):
        return f"the {employer}"
    return employer


def _not_an_employer(words: list[str]) -> bool:
    """Tools, a credential or a method's initials typed where an employer would be: "MIG TIG",
    "Python SQL", "AutoCAD Revit", "JIB Gold Card"."""
    if any(tool_name(w) or w.lower() in CREDENTIALS for w in words):
        return True
    return len(words) > 1 and all(w.isupper() for w in words)


def read(item: str) -> Clause | None:
    """The candidate's clause for a post typed as a CV line's parts, or None (posts held in
    turn at one place, joined by an arrow, are `cvrise`'s)."""
    rise = cvrise.read(item)
    if rise is not None:
        return rise
    text = expand(" ".join(item.split())).rstrip(".")
    if _UNREAD.search(_RANGE.sub("", text)):
        return None  # two things, a result or an aside: not one post
    span = _span(text)
    if span is None:
        return None
    rest, kind, said = span
    parts = [p.strip() for p in re.split(r"\s*,\s*", rest) if p.strip()]
    if not parts or len(parts) > 3:
        return None
    head = re.match(r"^(?P<post>.+?)(?: (?P<prep>at|with|for))? (?P<name>[A-Z0-9].*)$", parts[0])
    # "audit trainee KPMG": no word between; "Lead Developer, X": a title's capitals run on
    # into no employer
    titled = head is not None and any(not (w.islower() or w.isupper()) for w in head[1].split())
    if head is not None and not head["prep"] and titled:
        head = None
    if head is not None and _post(head["post"].split()) and _NAME.match(head["name"]):
        post, prep, employer, others = head["post"], head["prep"], head["name"], parts[1:]
    elif len(parts) >= 2 and _post(parts[0].split()):
        post, others = parts[0], parts[2:]
        at = re.match(r"^(?:(?P<prep>at|with|for) )?(?P<name>[A-Z0-9].*)$", parts[1])
        if at is None or not _NAME.match(at["name"]):
            return None
        prep, employer = at["prep"], at["name"]
        if not prep and " " not in employer and not lexicon.known(employer.lower()):
            return None  # "licensed plumber, Ontario": a place or an employer, who can tell
    else:
        return None
    role = _post(post.split())
    if role is None or len(others) > 1:
        return None
    if _not_an_employer(employer.split()):
        return None
    name, place = _placed(employer)
    if prep and not place and not others and kind == "spent":
        return None  # "2 yrs staff attorney at X": typed whole, the other readers say it
    prep = prep or "at"
    if others:
        if place or not _PLACE_NAME.match(others[0]) or lexicon.known(others[0].lower()):
            return None
        place = others[0]
    where = f"{prep} {_the(name)}" + (f" in {place}" if place else "")
    said_as = as_post(role)
    if kind == "spent":
        return Clause("I", "have spent", f"{said} as {said_as} {where}")
    if kind == "since":
        return Clause("I", "have been", f"{said_as} {where} since {said}")
    return Clause("I", "was", f"{said_as} {where} from {said}")
