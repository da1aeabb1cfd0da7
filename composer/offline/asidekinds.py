"""An aside typed in a note line of any field, read by what it holds, one reading for them all.

An aside is a bracket anywhere in the line, or a tail after a spaced dash ("- e.g. bonding,
retainers"), or a trailing "lol" / "tbc". `peel` reads each one by its kind:
- a place or employer ("(Kellys Bakery Athlone)", "(Protea Glen branch)"): said after the
  clause ("at Kellys Bakery in Athlone", "at the Protea Glen branch");
- a year ("(2022)", "(cert. 2023)", "(passed 2023)"): said after it ("certified in 2023");
- a count out of a whole ("(between 40 guides)", "(of 11 techs)"): "out of 40 guides";
- a note to self, a source or a method ("(LCAbyg calc.)", "e.g. ...", "lol", "tbc", "(asked
  Jen)", "see portfolio", a question): set aside, never said;
- anything else: set aside, so the line is said without it when it reads whole so (a tail
  after a dash only where the field allows it: `loose`).
Each field's reader calls `reread` (or `plain`) only when its own reading left the line out
or kept the aside pasted, so the readers that know a bracket of their own go first.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Concatenate, ParamSpec, TypeVar

from composer import regexes as re
from composer.offline import lexicon, postlines
from composer.offline.dictionary import in_dictionary
from composer.offline.itemkinds import Item, Kind
from composer.offline.realise import Clause
from composer.offline.selfnotes import is_doubted
from composer.offline.shorthand import expand

__all__ = ["Peeled", "item_read", "peel", "plain", "read_again", "reread", "town_placed"]

C = TypeVar("C")
_P = ParamSpec("_P")

_NOTE = re.compile(
    r"^(?:e\.? ?g\.?|eg|i\.? ?e\.?|incl\.?|lol|haha|lmao|tbc|tbd|tba|via|per|ref|src|source|"
    r"see|asked|ask|check|confirm|maybe|prob|probably|not sure|my \w+$|guess|"
    r"i think|i did|i have|i've|i was|own|mine)\b"
    r"|\b(?:calc\.?|calculation|figure|figures|estimate|est\.|idea|portfolio|lol|tbc|tbd|"
    r"haha|per [A-Z]\w*|etc\.?)\s*$|\?",
    re.IGNORECASE,
)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_YEAR = re.compile(
    rf"^(?:(?P<how>cert\.?|certificate|certification|certified|passed|qualified|gained|awarded|completed|registered|"
    rf"issued|renewed|since|from|chartered|licensed) )?(?:(?P<month>{_MONTH}) )?"
    rf"(?P<year>(?:19|20)\d\d)$",
    re.IGNORECASE,
)
_HOW = {
    "cert": "certified",
    "cert.": "certified",
    "certificate": "certified",
    "certification": "certified",
    "from": "",
}
_NUMBER_WORD = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty)"
_COUNT = re.compile(
    rf"^(?:out of|of|between|among|amongst|from) (?P<about>~ ?|about |approx\.? |around |c\. ?)?"
    rf"(?P<n>\d[\d,]*|{_NUMBER_WORD})\+? (?P<what>[a-z][\w-]*s)$",
    re.IGNORECASE,
)
_BRANCH = re.compile(
    r"^(?:the )?(?P<name>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}) "
    r"(?P<kind>branch|site|store|shop|office|depot|campus|plant|yard|warehouse)$"
)
_NAME = re.compile(r"^[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|&|of|de|the))+$")
_TRAIL = re.compile(r"\s+(?:lol|haha|lmao|tbc|tbd)\s*[!.]*$", re.IGNORECASE)
# A code or initials in brackets ("(RN)", "(ISO 17025)", "(PMC-III)"): a name's own part.
_CODE = re.compile(r"^[A-Z0-9][A-Z0-9 .&/+-]*$")
# "... in Boots" before "(Headingley branch)": "at the Boots Headingley branch".
_AT_NAME = re.compile(r"\b(?:in|at|@) (?P<name>[A-Z][\w'’-]*)$")
# An aside that says the line is not (yet, or no longer) so: never set aside.
_STATE = re.compile(
    r"\b(?:lapsed|expired|expires|pending|in progress|booked|due|ongoing|not yet|failed|resit|"
    r"withdrawn|unfinished|incomplete|partial|ex|former|formerly|previously|until|to be|"
    r"awaiting|applied|planned|hoping|not|never|no|frozen|provisional|conditional|restricted)\b",
    re.IGNORECASE,
)
# A comparison's base: "(24/25 vs 23/24)", "(compared with 2023)".
_AGAINST = re.compile(
    r"\bvs\b|\bversus\b|\bcompared\b|->|→|%|[$£€]|^\W*\d[\d.,]*\W*$", re.IGNORECASE
)  # or a figure, the result itself: "(99.7%)"
_BRACKET = re.compile(r"\s*\(([^()]*)\)")
_DASH = re.compile(r"\s[-–—]\s(?!.*\s[-–—]\s)(?P<tail>.+)$")


@dataclass(frozen=True)
class Peeled:
    """A line with its asides set aside (`line`) and what they add, said after its clause."""

    line: str
    added: tuple[str, ...] = ()


def kind(aside: str) -> tuple[str, str]:
    """What an aside holds ("place", "year", "count", "note" or "other") and the words that say
    it after a clause ("at the Protea Glen branch", "certified in 2023", "out of 40 guides"),
    "" for a note or anything else."""
    text = aside.strip().strip(",;")
    if not text or _NOTE.search(text):
        return "note", ""
    year = _YEAR.match(text)
    if year:
        how = (year["how"] or "").lower()
        how = _HOW.get(how, how)
        when = f"{year['month'].rstrip('.').capitalize()} {year['year']}" if year["month"] else ""
        when = when or year["year"]
        if how == "since":
            return "year", f"since {when}"
        return "year", f"{how} in {when}".strip() if how else f"in {when}"
    count = _COUNT.match(text)
    if count:
        about = "about " if count["about"] else ""
        return "count", f"out of {about}{count['n']} {expand(count['what'])}"
    branch = _BRANCH.match(text)
    if branch:
        return "place", f"at the {branch['name']} {branch['kind']}"
    if _NAME.match(text) and not re.search(r"\d|\b[A-Z]{2,}\b", text):
        employer, town = postlines.placed(text)  # "Kellys Bakery Athlone": sure of the town
        if town:
            return "place", f"at {employer} in {town}"
    return "other", ""


def peel(
    line: str, *, loose: bool = False, notes: bool = False, strict: bool = False
) -> Peeled | None:
    """The line with every aside read and set aside, or None when it has none it can read (a
    dash tail of no known kind is kept unless `loose`, a dash being many a line's own link);
    with `notes`, only brackets that are notes to self are set aside (a follow-up's dash and
    its details are its own, read by the follow-up readers)."""
    text, added, changed = line.strip(), [], False
    for _ in range(4):
        trail = _TRAIL.search(text)
        if trail:
            text, changed = text[: trail.start()].rstrip(), True
            continue
        brackets = list(_BRACKET.finditer(text))
        last = brackets[-1] if brackets else None
        if last is not None:
            if _CODE.match(last.group(1).strip()) or _STATE.search(last.group(1)):
                return None  # "(ISO 17025)": a name's own part; "(lapsed)": not held
            what, words = kind(last.group(1))
            if (notes and what != "note") or (strict and what == "other"):
                return None
            first = (last.group(1).split() or [""])[0]
            if what == "other" and lexicon.is_past(first):
                return None  # "(won both)": what came of it, the line's point
            if what == "other" and _AGAINST.search(last.group(1)):
                return None  # "(24/25 vs 23/24)", "(99.7%)": a change's base, or its figure
            at_end = last.end() == len(text.rstrip(" .,"))
            if (words or what == "other") and not at_end:
                return None  # "BComm TMU (ryerson) 2019": in mid-line, part of its shape
            if what == "other" and len(text[: last.start()].split()) < 3:
                return None  # "Master 3000gt (Near Coastal)": what the short name is
            text = (text[: last.start()] + text[last.end() :]).strip()
            named = _AT_NAME.search(text) if what == "place" else None
            if named and words.startswith("at the "):  # "in Boots (Headingley branch)"
                text, words = f"{text[: named.start()]}at the {named['name']} {words[7:]}", ""
            added += [words] if words else []
            changed = True
            continue
        dash = None if notes else _DASH.search(text)
        if dash:
            if _STATE.search(dash["tail"]):
                return None
            what, words = kind(dash["tail"])
            if what == "other" and strict:
                return None
            if what == "other" and not loose:
                break
            text = text[: dash.start()].rstrip()
            added += [words] if words else []
            changed = True
            continue
        break
    if not changed or len(text.split()) < 2 or re.search(r"[()]", text):
        return None
    if not re.search(r"[a-z]{3,}", text):
        return None  # "RD, CNSC (board cert in ...)": initials the aside spells out, kept whole
    if added and re.search(r" \+ | & |;", text):
        return None  # "A + B (2023)": which part the year or the place is of is unsure
    return Peeled(text.rstrip(" ,;-"), tuple(reversed(added)))


def plain(
    line: str, *, loose: bool = False, notes: bool = False, strict: bool = False
) -> str | None:
    """The line with its asides set aside, when none of them adds words of its own."""
    peeled = peel(line, loose=loose, notes=notes, strict=strict)
    return peeled.line if peeled is not None and not peeled.added else None


def unsaid(line: str, said: str) -> bool:
    """Whether a sentence read again from a line without its asides fails it: a bracket kept
    (`pasted`), or a name typed in capitals lowered ("my ACT certificate": never "my act")."""
    for caps in re.findall(r"(?<![\w(])[A-Z]{2,6}(?![\w)])", _BRACKET.sub("", line)):
        if re.search(rf"\b{caps.lower()}\b", said) and not re.search(rf"\b{caps}\b", said):
            return True
    return pasted(line, said)


def pasted(line: str, said: str, *, read_only: bool = False) -> bool:
    """Whether a sentence written from the line still carries one of its brackets as typed: a
    bracket of a kind read here, or of three words or more ("(GPhC registered since 2021)");
    a word or two a reader keeps as the name's own ("ATPL (frozen) holder", "a harvest in
    Marlborough (Awatere)"), a code ("(RN)") or initials spelled out ("GPA (gentle persuasive
    approaches)") is not pasted. With `read_only`, only a bracket of a kind read here counts."""
    return any(
        m.group(0).strip() in said
        and _unsayable(m.group(1).strip())
        and not _spelled(line[: m.start()], m.group(1))
        and (not read_only or kind(m.group(1))[0] != "other")
        for m in _BRACKET.finditer(line)
    )


def _spelled(before: str, aside: str) -> bool:
    """ "GPA (gentle persuasive approaches)": the initials before the bracket spelled out."""
    initials = re.search(r"\b([A-Z]{2,6})\s*$", before)
    words = [w for w in re.findall(r"[A-Za-z]+", aside) if w.lower() not in ("of", "and", "the")]
    return initials is not None and "".join(w[0] for w in words).upper() == initials.group(1)


def _unsayable(aside: str) -> bool:
    """An aside a sentence cannot keep in brackets (see `pasted`)."""
    if not aside or _CODE.match(aside) or _STATE.search(aside):
        return False
    if re.match(r"[A-Z]{2,}\b", aside) and kind(aside)[0] == "other":
        return False  # "(IHO Category A recognised)": a body's standing, kept as read
    return kind(aside)[0] != "other" or len(aside.split()) >= 3


def reread(
    line: str,
    said: C | None,
    text: Callable[[C], str],
    again: Callable[[str], C | None],
    *,
    loose: bool = False,
    add: Callable[[C, str], C | None] | None = None,
) -> C | None:
    """A field reader's result `said` for `line`, or the line read again (`again`) with its
    asides read when the reader left it out or kept a bracket pasted; what the asides add is
    put after it (`add`). None when it still cannot be read: never a bracket pasted."""
    if said is not None and not pasted(line, text(said)):
        return said
    kept = said if said is not None and not pasted(line, text(said), read_only=True) else None
    peeled = peel(line, loose=loose, strict=said is None)  # `kept`: a detail kept as read
    if peeled is None or (peeled.added and add is None):
        return kept
    read = again(peeled.line)
    if read is None or unsaid(line, text(read)) or re.search(r"\w\. +[A-Z]", text(read)):
        return kept  # "..., Newcastle Co. Down": read as two sentences
    for words in peeled.added:
        read = add(read, words) if add is not None and read is not None else read
    return read  # None when an aside has no place in the clause read


def item_read(line: str, read: Item, again: Callable[[str], Item]) -> Item:
    """`reread` for a qualification, highlight or contribution point (`items.read_point`); a
    line read as a note to self only for its "lol" is read again too, and an employer typed as
    a brand's dealer and its town said as one ("at a Toyota dealership in Pinetown")."""
    said = read.said if read.kind is not Kind.NOTE_TO_SELF else None
    found = reread(
        line,
        read if said is not None else None,
        lambda it: it.said.text() if it.said is not None else "",
        lambda bare: (lambda it: it if it.said is not None else None)(again(bare)),
        add=_item_added,
    )
    if found is read and read.said is not None:
        return replace(read, said=_dealer_placed(read.said))
    if found is not None and found.said is not None and found.said.verb != "have experience with":
        return replace(found, source=line, said=_dealer_placed(found.said))  # never as tools
    if said is not None:  # pasted, and unread without it
        return Item(line, Kind.UNSURE, None, "its bracket could not be said in its place")
    return read


def _item_added(read: Item, words: str) -> Item | None:
    """The point with an aside's words after its clause, or None when they have no place
    there: a bare year after a standing or a thing held ("I hold X, in 2022": when it was
    gained, or since when, the line does not say)."""
    said = read.said
    if said is None:
        return None
    bare_year = re.fullmatch(r"in (?:[A-Z][a-z]+ )?\d{4}", words) is not None
    if bare_year and (said.verb in ("am", "hold") or said.verb.startswith("have")):
        return None
    if bare_year and said.whole is None:  # "I won X in 2023": no comma before a plain time
        return replace(read, said=replace(said, rest=f"{said.rest} {words}"))
    return replace(read, said=clause_added(said, words))


# An employer typed as a brand's dealer and its town: "at Toyota dealer Pinetown".
_DEALER = re.compile(
    r"\bat (?P<brand>[A-Z][\w&'’-]*(?: [A-Z][\w&'’-]*)?) (?:dealer|dealership|franchise)"
    r" (?P<town>[A-Z][a-z'’-]{3,}(?: [A-Z][a-z'’-]+)?)\b(?! (?:[A-Z]|branch|site))"
)


def _dealer_placed(said: Clause) -> Clause:
    """ "at Toyota dealer Pinetown": "at a Toyota dealership in Pinetown"."""
    placed = r"at a \g<brand> dealership in \g<town>"
    if said.whole is not None:
        return replace(said, whole=_DEALER.sub(placed, said.whole))
    return replace(said, rest=_DEALER.sub(placed, said.rest))


def added_to(whole: str, words: str) -> str:
    """A sentence with the aside's words after it: "..., at the Protea Glen branch."."""
    body = whole.rstrip()
    stop = body[-1] if body and body[-1] in ".!" else ""
    return f"{body.rstrip('.!')}, {words}{stop}"


def clause_added(said: Clause | None, words: str) -> Clause | None:
    """`added_to` for a `realise.Clause`."""
    if said is None:
        return None
    if said.whole is not None:
        return replace(said, whole=added_to(said.whole, words))
    join = " " if words.startswith("at ") and "," not in said.rest else ", "  # "as a cook at X"
    return replace(said, rest=f"{said.rest}{join}{words}")


def read_again(
    read: Callable[Concatenate[str | None, _P], str | None],
) -> Callable[Concatenate[str | None, _P], str | None]:
    """A field's reader of one typed line (its first argument) that reads the line again with
    its asides set aside when it left the line out or kept a bracket pasted; a bracket is never
    pasted (the follow-up: "forgot to say I'm doing the sedation course (starts Jan, tbc)")."""

    @functools.wraps(read)
    def again(value: str | None, *args: _P.args, **kwargs: _P.kwargs) -> str | None:
        line = read(value, *args, **kwargs)
        if not value or (line is not None and not pasted(value, line)) or is_doubted(value):
            return line  # a line marked "(check this)" is never read again without the mark
        kept = line if line is not None and not pasted(value, line, read_only=True) else None
        bare = plain(value, notes=True)
        again = read(bare, *args, **kwargs) if bare is not None else None
        return kept if again is None or unsaid(value, again) else again

    return again  # type: ignore[return-value]


# A town in brackets after the site it names: "at my old plant (Gelsenkirchen)".
_SITE_TOWN = re.compile(
    r"(?<!\w)(?P<site>(?:at|in|@) (?:(?:my|our|the|a|an) )?(?:[a-z]+ ){0,2}(?P<head>[a-z]+)"
    r"|(?:at|@) (?P<firm>[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,3})) "  # "at Arla Foods (Vejle)"
    r"\((?P<town>[A-Z][^\W\d_]{3,}(?:[ -][A-Z][^\W\d_]+)?)\)"
)
_SITES = frozenset(
    ["plant", "site", "bakery", "branch", "store", "shop", "hospital", "clinic", "school",
     "factory", "depot", "warehouse", "office", "mill", "mine", "yard", "farm", "port", "hotel",
     "restaurant", "kitchen", "lab", "station", "practice", "centre", "center", "ward"]
)  # fmt: skip


def town_placed(line: str) -> str:
    """ "PET purity 91% -> 96% at my old plant (Gelsenkirchen)": "... at my old plant in
    Gelsenkirchen"; a bracket that may be an employer's name ("at my old job (Siemens)" after
    no site of work, a word English knows) as typed."""

    def _in(found: re.Match[str]) -> str:
        town = found["town"]
        if found["firm"]:  # an employer named, then the town it is in
            english = lexicon.known(town.lower()) or in_dictionary(town.lower())
            return found[0] if english else f"{found[0].split(' (')[0]} in {town}"
        if (
            found["head"] not in _SITES
            or lexicon.known(town.lower())
            or in_dictionary(town.lower())
        ):
            return found[0]
        return f"{found['site']} in {town}"

    # "licence for truffle collecting, Istria county" (round 55, h1489): where it holds
    line = _REGION_AFTER.sub(lambda m: f" in {m['place']} {m['kind'].capitalize()}", line)
    return _SITE_TOWN.sub(_in, line) if "(" in line else line


_REGION_AFTER = re.compile(
    r",\s+(?P<place>[A-Z][a-zćčšžđ]+)\s+(?P<kind>county|region|province|district)$"
)
