"""Qualification lines read before every other shape: a degree whose school follows a dash
("BSc Natural Resource Science - TRU", read as with a comma by `credentials.degree`), a
standing and what is held behind it (`cvstanding`: "qualified joiner - solas apprenticeship +
QQI level 6 adv cert"), and a list of credentials held (`cvtickets`: "safe pass + manual
handling", "Fortinet NSE 4"). Also: a degree with a bracket (`cvbracket`: its school or its
specialism), a credential with its level in brackets ("butchery apprenticeship (QQI level 5)":
"... at QQI Level 5"), a degree with its school in brackets, years with only their last ones
named ("6 yrs, last 2 as colour specialist"), and a bare span ("12 yrs"), which says nothing
and is left out. A post typed as initials that stand for several posts ("3 yrs AE": account
executive or assistant editor?) is spelled out when the notes write the words of exactly one
of them in lower case (the role, typed "assistant editor")."""

from __future__ import annotations

from composer import regexes as re
from composer.offline import credentials, cvbracket, cvstanding, cvstints, cvtickets, lexicon
from composer.offline.casing import sentence
from composer.offline.cleaning import clean
from composer.offline.cvresults import NUMBER
from composer.offline.cvshares import spelled
from composer.offline.itemkinds import Kind
from composer.offline.realise import Clause
from composer.offline.wellformed import problem
from composer.offline.words import DETERMINERS, STINTS

# Initials of posts that stand for more than one post, and the posts they may stand for.
AMBIGUOUS_POSTS = {
    "AE": ("account executive", "assistant editor"),
    "PM": ("project manager", "product manager", "production manager"),
    "PA": ("personal assistant", "physician assistant"),
    "TA": ("teaching assistant", "talent acquisition partner"),
    "AM": ("account manager", "assistant manager"),
    "AD": ("art director", "associate director"),
}
_SPAN_OF = re.compile(
    rf"(?i:{NUMBER}|\d+|[a-z]+)\+? (?i:yrs?|years?|seasons?|summers?) (?:as (?:an? )?)?"
    r"(?P<post>[A-Z]{2,3})\b"
)


def read(item: str, common: frozenset[str]) -> tuple[Kind, Clause | None, str] | None:
    """(kind, clause or None, why it is left out) for a line of these shapes, else None;
    `common` holds the words the notes write in lower case. A clause the sentence gate
    (`wellformed.problem`) stops is no reading: the line goes on to the other readers."""
    found = _read(item, common)
    if found is None or found[1] is None or not problem(sentence(found[1].text())):
        return found
    return None


def _read(item: str, common: frozenset[str]) -> tuple[Kind, Clause | None, str] | None:
    line = " ".join(item.split())
    found = _SPAN_OF.match(line)
    if found and found["post"] in AMBIGUOUS_POSTS:
        posts = [p for p in AMBIGUOUS_POSTS[found["post"]] if set(p.split()) <= common]
        if len(posts) == 1:  # "3 yrs AE" from an assistant editor: "three years as an ..."
            spelled_out = f"{line[: found.start('post')]}{'' if ' as ' in line else 'as '}"
            said = cvstints.read(clean(f"{spelled_out}{posts[0]}{line[found.end('post') :]}"))
            if said is not None:
                return Kind.ROLE, said[1], ""
    named = _named_level(line)
    if named is not None:
        return named
    title = credentials.titled(line)
    if title is not None:  # "Certified Scrum Product Owner": a title, as a role; "NRP provider"
        kind = Kind.ROLE if "Certified" in line else Kind.HELD  # a certification held
        return kind, Clause("I", "am", title), ""
    if (seasons := _seasons_as(line)) is not None:  # "6 seasons hotshot, Eagle Ridge IHC"
        return seasons
    charge = _IN_CHARGE.fullmatch(line)
    if charge is not None:  # "in-charge of blood bank qc + fridge monitoring 2 yrs"
        n = charge["n"]
        unit = "year" if charge["unit"].lower().startswith("y") else "month"
        years = f"{spelled(n)} {unit}{'' if n in ('1', 'one') else 's'}"  # "two years"
        duty, what = charge["duty"].lower().replace("-", " "), clean(charge["what"])
        held = f"{duty} {what} for {years}"
        if not problem(sentence(f"I have been {held}")):
            return Kind.ROLE, Clause("I", "have been", held), ""
    codes = [c.strip() for c in re.split(r",|\+|&", line)]
    if len(codes) >= 3 and all(_CODE.fullmatch(c) for c in codes):
        coded = sum(bool(re.search(r"\d|-", c)) for c in codes)
        if 2 * coded >= len(codes):  # "FFT1, ICT5, FALB, EMT-B": a crew's qualifications held
            codes_said = ", ".join(codes[:-1]) + f" and {codes[-1]}"
            return Kind.HELD, Clause("I", "hold", f"the {codes_said} qualifications"), ""
    if _SEASONS.match(line) and cvstints.read(clean(line)) is None:
        return Kind.UNSURE, None, "seasons whose work could not be read ('I have N seasons')"
    if _BARE_SPAN.fullmatch(line):
        return Kind.UNSURE, None, "a span of years that names no work, post or place"
    subset = _subset(line)
    if subset is not None:
        return Kind.SKILL, subset, ""
    bracketed = cvbracket.read(line)  # "BSc cyber security (Deakin)", "Dip X (Specialism)"
    if bracketed is not None:
        return Kind.DEGREE, bracketed, ""
    bracket = _BRACKET.fullmatch(line)
    if (
        bracket
        and credentials.names_degree(bracket["what"])
        and not _LEVEL.fullmatch(bracket["aside"])
    ):
        degree = credentials.degree(f"{bracket['what']}, {bracket['aside']}")
        if degree is not None:  # "BA technical theatre (RWCMD)": where it is from
            return Kind.DEGREE, Clause("I", *degree.said()), ""
    if bracket and _LEVEL.fullmatch(bracket["aside"]):
        levelled = _levelled(bracket["what"], bracket["aside"])
        if levelled is not None:
            return Kind.HELD, levelled, ""
    left, dash, right = line.partition(" - ")
    if dash and " - " not in right and credentials.names_degree(left) and "," not in line:
        degree = credentials.degree(f"{left}, {right}")
        if degree is not None:
            return Kind.DEGREE, Clause("I", *degree.said()), ""
    plain = None if re.search(r"[,()]| - ", line) else credentials.degree(line)
    if plain is not None and plain.school:  # "MS EE georgia tech": subject and school, no comma
        return Kind.DEGREE, Clause("I", *plain.said()), ""
    standing = cvstanding.read(line)
    if standing is not None:
        return Kind.ROLE, standing[1], ""
    listed = cvtickets.read(line)
    return None if listed is None else (Kind.HELD, listed[1], "")


_BARE_SPAN = re.compile(r"(?i)(?:about |approx\.? |~)?(?:\d+|[a-z]+)\+? (?:yrs?|years?)\.?")
_BRACKET = re.compile(r"(?P<what>[^()]+?) \((?P<aside>[^()]+)\)")
_LEVEL = re.compile(r"(?i)(?P<scheme>[A-Z]{2,5} |City & Guilds )?(?:level|lvl) ?(?P<n>\d)")
_SUBSET = re.compile(
    rf"(?P<n>{NUMBER}|\d+)\+? (?:yrs|years), (?P<last>(?:the )?last )?(?P<m>{NUMBER}|\d+)"
    r" (?P<how>as|in|on|at|with) (?P<what>[a-z][a-z -]*[a-z]|[A-Z][\w&' -]*\w)"
)


def _subset(line: str) -> Clause | None:
    """ "6 yrs, last 2 as colour specialist" -> "I have six years of experience, the last two
    as a colour specialist"; "8 yrs, 4 in high-risk diabetic foot" -> "..., four of them in
    high-risk diabetic foot"; "10 yrs, last 4 at Finning" (a firm named with its capital, or a
    place with its article); None for any other line."""
    found = _SUBSET.fullmatch(line)
    if found is None:
        return None
    what = f"{found['how']} {found['what']}"
    first = found["what"].split()[0]
    if found["how"] in ("at", "with") and first not in DETERMINERS and first.islower():
        return None  # "last 4 at finning": a name typed in lower case, or a word? unsure
    if found["how"] != "at" and not found["what"].islower():
        return None
    if found["how"] == "as":
        placed = cvstints.as_post(what)
        if placed is None:
            return None
        what = placed
    n, m = spelled(found["n"]), spelled(found["m"])
    share = f"the last {m}" if found["last"] else f"{m} of them"
    return Clause("I", "have", f"{n} years of experience, {share} {what}")


def _levelled(what: str, aside: str) -> Clause | None:
    """ "Certificate in Phlebotomy" at "NVQ Level 3" -> "I hold a Certificate in Phlebotomy at
    NVQ Level 3"; an apprenticeship is completed, not held."""
    named = re.sub(r"\bCert\b", "Certificate", what)
    held = cvtickets.held(named)
    verb = "hold"
    if held is None:
        certificate = credentials.certificate(named)
        if certificate is None or certificate[0] != "hold":
            return None
        held = certificate[1]
    if held.split()[-1].lower() in STINTS:
        verb = "have completed"
    level = _LEVEL.fullmatch(aside)
    assert level is not None
    scheme = level["scheme"] or ""
    return Clause("I", verb, f"{held} at {scheme}Level {level['n']}")


_SEASONS = re.compile(rf"(?i:{NUMBER}|\d+|[a-z]+) (?:seasons|summers|winters)\b")
# Seasons in a post typed bare, before or after the count: "6 seasons hotshot, Eagle Ridge
# IHC", "squad boss 2 seasons"; the post a person (`_SEASON_POSTS` or a doer's noun).
_SEASONS_POST = re.compile(
    rf"(?:(?P<n>{NUMBER}|\d+) (?P<unit>seasons|summers|winters) (?P<post>[a-z]+(?: [a-z]+)?)"
    rf"|(?P<post2>[a-z]+(?: [a-z]+)?) (?P<n2>{NUMBER}|\d+) (?P<unit2>seasons|summers|winters))"
    r"(?:, (?P<org>[A-Z][\w&'-]*(?: [A-Z][\w&'-]*){0,4}))?"
)
# A duty held for a span, the span typed last: "in-charge of X 2 yrs", "responsible for X, 3 yrs".
_IN_CHARGE = re.compile(
    rf"(?i)(?P<duty>in[- ]charge of|responsible for) (?P<what>.+?),? (?P<n>{NUMBER}|\d+)"
    r" (?P<unit>yrs?|years?|months?)"
)
# A qualification typed by its code alone: "FFT1", "ICT5", "EMT-B" (never a word: "Excel").
_CODE = re.compile(r"[A-Z][A-Z0-9]{1,6}(?:-[A-Z0-9]{1,3})?")
_SEASON_POSTS = frozenset(
    [
        *("hotshot", "boss", "lifeguard", "guide", "ranger", "lead", "medic", "deckhand", "cook"),
        *("smokejumper", "picker", "porter", "steward", "mate", "skipper", "patroller", "ghillie"),
    ]
)


def _seasons_as(line: str) -> tuple[Kind, Clause | None, str] | None:
    """ "6 seasons hotshot, Eagle Ridge IHC" -> "I have worked six seasons as a hotshot with
    Eagle Ridge IHC"; "squad boss 2 seasons" -> "... two seasons as a squad boss"; None when
    the post is no person ("5 seasons ski patrol")."""
    found = _SEASONS_POST.fullmatch(line)
    if found is None:
        return None
    post = found["post"] or found["post2"]
    last = post.split()[-1]
    if last not in _SEASON_POSTS and not lexicon.is_agent_noun(last):
        return None
    n, unit = found["n"] or found["n2"], found["unit"] or found["unit2"]
    org = f" with {found['org']}" if found["org"] else ""
    said = cvstints.read(clean(f"{n} {unit} as {post}{org}"))
    return None if said is None else (Kind.ROLE, said[1], "")


# A body's qualification at a level: "CIH level 4 cert in housing", "CFA L2 candidate"; an
# Australian certificate by its number: "cert IV disability".
_BODY_LEVEL = re.compile(
    r"(?P<body>[A-Z]{2,5}) (?:[Ll]evel ?|[Ll]vl ?|L)(?P<n>\d)"
    r"(?: (?P<kind>cert|certificate|dip|diploma|award)(?: in)? (?P<subject>[a-z][a-z &]*[a-z])"
    r"| (?P<candidate>candidate))"
)
_CERT_NUMBER = re.compile(
    r"(?i:cert(?:ificate)?) (?P<n>IV|V|VI|I{1,3}) (?:in )?(?P<subject>[A-Za-z][A-Za-z &]*[a-z])"
)
_KINDS = {"cert": "certificate", "dip": "diploma"}


def _named_level(line: str) -> tuple[Kind, Clause | None, str] | None:
    """ "CIH level 4 cert in housing" -> "I hold a CIH Level 4 certificate in housing"; "CFA L2
    candidate" -> "I am a CFA Level 2 candidate"; "cert IV disability" -> "I hold a Certificate
    IV in disability"; None for any other line."""
    found = _BODY_LEVEL.fullmatch(line)
    number = _CERT_NUMBER.fullmatch(line)
    if found and found["candidate"]:
        named = f"{found['body']} Level {found['n']} candidate"
        return Kind.UNDER_WAY, Clause("I", "am", f"{lexicon.article(named)} {named}"), ""
    held = found or number
    subject = credentials.course_subject(held["subject"]) if held else ""
    if subject is None:  # "cert IV hosp": left out, never a clipped word in a credential
        return Kind.UNSURE, None, "a word of the credential's subject is typed short"
    if found:
        kind = _KINDS.get(found["kind"], found["kind"])
        named = f"{found['body']} Level {found['n']} {kind} in {subject}"
        return Kind.HELD, Clause("I", "hold", f"{lexicon.article(named)} {named}"), ""
    if number:
        said = f"a Certificate {number['n']} in {subject}"
        return Kind.HELD, Clause("I", "hold", said), ""
    return None
