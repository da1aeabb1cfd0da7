"""Years of a skill or a post typed as a CV line, said as the candidate: "about 12 yrs domestic
+ commercial" -> "about 12 years of domestic and commercial experience"; "10 yrs climbing, last
4 as crew lead" -> "10 years of climbing experience, the last four as crew lead"."""

from __future__ import annotations

from dataclasses import replace

from composer import regexes as re
from composer.offline import cvheld, cvshares, fields, lexicon
from composer.offline.cvposts import as_post, person, post_first, posts
from composer.offline.cvresults import NUMBER
from composer.offline.cvshares import spelled
from composer.offline.realise import Clause, kept_over
from composer.offline.words import (
    DETERMINERS,
    FIELD_SHORTHAND,
    FUNCTION_WORDS,
    PREPOSITIONS,
    STATIONS,
)

# A share of a span typed after it: "3 on cnc", "last two as lead", "four of them in Leeds".
SHARE = re.compile(
    r"(?i)^(?:the )?(?:last |first )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?: of them)? (?:on|as|in|at|with)\b"
)


def _span(found: re.Match[str]) -> str:
    """ "12 year" typed with no plural (a second-language habit) -> "12 years"; "1 year" stays."""
    n, unit = found.group("n"), found.group("unit")
    one = n.lower() in ("1", "one", "a", "an")
    return f"{n} {unit if one or unit.endswith('s') else unit + 's'}"


def _slash(found: re.Match[str]) -> str:
    """ "Go/Postgres": two things; "BSA/AML", initials on both sides: one field's name."""
    if re.fullmatch(r"[A-Z]{2,5}", found[1]) and re.fullmatch(r"[A-Z]{2,5}", found["r"]):
        return found.group()
    return f"{found[1]} and {found['r']}"


_LEADING = re.compile(rf"^(?P<n>{NUMBER})\+? (?P<unit>years?|months?) (?P<what>.+)$", re.I)
_TRAILING = re.compile(rf"^(?P<what>[a-z][^,]+?) (?P<n>{NUMBER})\+? (?P<unit>years?)$")
_PART = re.compile(
    rf"^(?P<what>.+?)(?:,? (?:including|incl\.?|the last|last)|,| -) (?P<n>{NUMBER})(?: of them)?"
    r" (?P<how>as|in|in-house|freelance|remote|abroad|with|at|on|for|across|[a-z]+ing)"
    r"(?: (?P<as>.+))?$"
)
# Prepositions of where years of work were spent: "on the tools", "behind the bar".
_WHERE = frozenset(["in", "at", "on", "behind", "under"])
# The last years of a span where most of the work was, its preposition not typed again: "on
# pitched roofs, last 4 mostly heritage slate" ("mostly on heritage slate").
_ELIDED = re.compile(
    rf"^(?P<what>(?P<prep>in|at|on|behind|under) [a-z][^,]*), (?:the )?last (?P<n>{NUMBER})"
    r" (?P<adv>mostly|mainly|largely) (?P<rest>[a-z][a-z -]*[a-z])$"
)
# A comma tail that says where most of it was: "external audit, mostly charities"
_MOSTLY = re.compile(
    r"^(?P<what>[^,]+), (?P<adv>mostly|mainly|largely|chiefly) (?P<rest>[a-z][^,]*)$"
)


# Places work is done in, not people or bodies it is done with ("mostly with charities").
_VENUES = frozenset(
    ["theatre", "festival", "venue", "arena", "stadium", "hospital", "ward", "prison",
     "factory", "warehouse", "kitchen", "hotel", "church", "studio", "lab", "mine", "port"]
)  # fmt: skip

# A place of work typed bare, its town after it: "fish smoking coop Elmina", "family bakery".
_WORKPLACE = re.compile(
    r"(?P<place>(?:[a-z][\w-]* ){1,3}(?:coop|co-op|cooperative|factory|bakery|brewery|dairy"
    r"|smokehouse|sawmill|mill|boatyard|shipyard|abattoir|creamery|winery|distillery))"
    r"(?: (?:in )?(?P<town>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?))?"
)

_SHIFTS = frozenset(["nights", "days", "weekends", "evenings", "lates", "earlies"])


def _venue(part: str) -> bool:
    """ "theatres", "large festivals": a plural place work is done in (`_VENUES`)."""
    head = part.split()[-1] if part.split() else ""
    return lexicon.is_plural_noun(head) and head.removesuffix("s") in _VENUES


# A comma tail that says a little of something else: "small animal, bit of exotics"
_SOME = re.compile(
    r"^(?P<what>[^,]+), (?:a )?(?:(?:little )?bit of|some|a little) (?P<rest>[a-z][^,]*)$"
)


_WITH_TOOLS = re.compile(r"[a-z][a-z ]*, [A-Z][\w.-]*(?: (?:and|&) [A-Z][\w.-]*)*")


def _gerund_field(head: list[str]) -> bool:
    """ "technical writing", "line maintenance": a field of two known words, a describing word or
    a noun and then the work, whose name is sure (unlike "QS contractor side")."""
    return (
        len(head) == 2
        and head[0].islower()
        and lexicon.known(head[0])
        and (
            lexicon.is_gerund(head[1])
            or head[1] in ("maintenance", "support", "design")
            or (not lexicon.known(head[1]) and fields.made_word(head[1]))  # "bench joinery"
        )
    )


# Groups one works on: "the starting stalls team", "the night crew".
_TEAMS = frozenset(["team", "crew", "squad", "gang"])


def span(text: str) -> tuple[str, Clause] | None:
    """Years of a skill or a post: "about 12 years domestic and commercial" -> "about 12
    years of domestic and commercial experience"; "experience" typed with the years is said
    once ("Twenty-two years of experience, the last eight as ...")."""
    read = _span_read(text)
    if read is None or "experience experience" not in read[1].rest:
        return read
    return read[0], replace(
        read[1], rest=read[1].rest.replace("experience experience", "experience")
    )


def _span_read(text: str) -> tuple[str, Clause] | None:
    found = _LEADING.match(text) or _TRAILING.match(text)
    if found is None:
        return None
    if re.search(rf"\b(?:and|\+) {NUMBER} (?:years|months)\b", text):
        return _two_spans(text)  # "six years dispatch and two years shift supervisor"
    what, tail = found.group("what"), ""
    first, last = what.split()[0].lower(), what.split()[-1].lower()
    record = kept_over(what, _span(found)) if "," not in what else None
    if found.re is _TRAILING and record is not None:  # "zero PTO lapses 5 yrs": a record
        return "skill", record
    if found.re is _TRAILING and (
        last in PREPOSITIONS or (lexicon.is_past(first) and not lexicon.is_noun(first))
    ):
        return None  # "ran payroll for 250 staff ... in three years": a deed and its time
    elided = _ELIDED.match(what)
    if elided and all(
        lexicon.is_noun(w) or "adj" in lexicon.classes(w) for w in elided["rest"].split()
    ):
        years = _span(found)
        tail = f"the last {spelled(elided['n'])} {elided['adv']} {elided['prep']} {elided['rest']}"
        return "skill", Clause("I", "have spent", f"{years} {elided['what']}, {tail}")
    what = re.sub(r", ([a-z][a-z ]*[a-z]) (mostly|mainly)$", r", \2 \1", what)  # "granite mostly"
    part = _PART.match(what)
    mostly = _MOSTLY.match(what)
    some = _SOME.match(what)
    if part:
        count, how = spelled(part.group("n")), part.group("how")
        head = part.group("what").split()
        in_sector = re.fullmatch(r"[A-Z]{2,5} in \S.*", part.group("what")) is not None
        if how in ("with", "at", "on", "for", "across") and not (
            len(head) == 1 or head[0] in _WHERE or _gerund_field(head) or in_sector
        ):
            return None  # "QS contractor side, last 5 on ...": the trade's name is unsure
        said = what[part.end("what") : part.start("n")]
        last = "the last" if re.search(r"\blast\b", said) else ""
        last = "including" if not last and said not in (", ", " - ") else last
        tail = f", {last} {count} {how}" if last else f", {count} of them {how}"
        role = _post_words(part.group("as") or "") if how == "as" else part.group("as") or ""
        if how == "as" and re.match(r"[A-Z]{2,5}\b", role):  # "six of them as an HRBP"
            role = f"{lexicon.article(role)} {role}"
        if how.endswith("ing") and how not in ("in", "on"):
            role = _doing(how, role)  # "last 3 managing team of 4": "managing a team of four"
            if role is None:
                return None
        what, tail = part.group("what"), f"{tail} {role}".rstrip()
    elif mostly:  # "... external audit, mostly with charities and academy trusts"
        rest = mostly.group("rest")
        link = "" if rest.split()[0] in ("in", "at", "with", "for", "on") else "with "
        if link and all(_venue(part) for part in rest.split(" and ")):
            link = "in "  # "mostly theatres and festivals": where the work was done
        if link and all(part in _SHIFTS for part in rest.split(" and ")):
            link = "on "  # "mostly nights": the shifts worked
        first, last = rest.split()[0], rest.split()[-1]
        if link and not lexicon.is_plural_noun(last) and "adj" not in lexicon.classes(first):
            if not all(lexicon.is_noun(w) for w in rest.split() if w != "and"):
                return None
            link = "in "  # "mostly dementia", "limestone and granite": the work was in them
        if not link or lexicon.is_noun(first) or "adj" not in lexicon.classes(first):
            what, tail = mostly.group("what"), f", {mostly.group('adv')} {link}{rest}"
        else:  # "mostly residential and highways": kinds of work, "on residential ... work"
            what, tail = mostly.group("what"), f", {mostly.group('adv')} on {rest} work"
    elif some:  # "small animal, bit of exotics" -> "..., with some exotics"
        last = some.group("rest").split()[-1]
        if "adj" in lexicon.classes(last) or not (lexicon.is_noun(last) or lexicon.is_gerund(last)):
            return None  # "bit of private": a describing word with nothing to describe
        what, tail = some.group("what"), f", with some {some.group('rest')}"
    elif re.match(r"^[^,]+, (?:about |around |over |up to )?\d+\+? [a-z][^,]*$", what):
        what, count = what.split(", ", 1)  # "child protection, about 30 cases at a time"
        # "tiling, 3 self employed": some of the years, as what they were
        tail = cvshares.share(count, f"{found['n']} {found['unit']}") or f", with {count}"
        if tail.startswith(", with") and not lexicon.is_noun(count.split()[-1]):
            return None  # "3 fully remote": a count of nothing named
    elif re.match(r"^[^,]+, (?:two|three|four|five|six|seven|eight|nine) [a-z]+s (?:to|at) ", what):
        what, count = what.split(", ", 1)  # "litigation support, two trials to verdict"
        tail = f", including {count}"
    elif _WITH_TOOLS.fullmatch(what) and fields.is_field(what.split(", ")[0]):
        # "payroll, ADP and Paylocity": the field, then the systems it was done with
        field, tools = what.split(", ", 1)
        years = _span(found)
        # "net loft, Runavík": one name with a letter no software name spells is a place
        link = "in" if re.fullmatch(r"[A-Z]\w*[À-ÿ]\w*", tools) else "with"
        return "skill", Clause("I", "have", f"{years} of {field} experience {link} {tools}")
    elif at_org := cvheld.at_org(what, f"{found['n']} {found['unit']}"):
        return at_org
    elif ", " in what:
        return None  # a tail whose link to the span is unsure
    what = unshort(what)  # "warehouse ops" -> "warehouse operations"
    named = what.split()
    if len(named) == 2 and what.islower() and named[1] in FIELD_SHORTHAND:
        what = f"{named[0]} {FIELD_SHORTHAND[named[1]]}"  # "office admin": office administration
    if what.startswith("of ") and len(what.split()) > 1:  # "3 years of nursing": "of" is ours
        what = what[3:]
    # "3 yrs experience L&D advisor", "10 yrs exp as a baker": the word is the frame's own
    what = re.sub(r"^(?:experience|exp)(?: as(?: an?)?)? (?=\S)", "", what) or what
    typed_post = re.match(r"in (?:an? )?(?P<post>[a-z]+(?: [a-z]+)?)(?= in | at |$)", what)
    typed_post = typed_post if typed_post and person(typed_post["post"].split()[-1]) else None
    if typed_post:  # "5 year of experience in assistant grader in X": a post held
        what = what[typed_post.start("post") :]
    first = what.split()[0].lower()
    if first in _WHERE | {"with"} and tail and "(" not in what:
        # "eight years on the line, the last three as junior sous chef"
        return "skill", Clause(
            "I", "have spent", f"{found.group('n')} {found.group('unit')} {what}{tail}"
        )
    if first == "in" and not tail and all(lexicon.is_noun(w) for w in what.split()[1:]):
        # "about five years in pharmacy retail"
        return "skill", Clause(
            "I", "have spent", f"{found.group('n')} {found.group('unit')} {what}"
        )
    sector = re.fullmatch(
        r"(?P<field>[A-Z]{2,5}) in (?P<where>[A-Za-z0-9][\w&-]*(?: [\w&-]+){0,2})", what
    )
    if sector and "(" not in tail:
        # "8 yrs QA in fintech, last 2 at Monzo": the field's initials, then where it was done
        years = _span(found)
        said = f"{years} of {sector['field']} experience in {sector['where']}{tail}"
        return "skill", Clause("I", "have", said)
    machines = fields.machines_said(what)
    if machines is not None:  # "forklift/reach truck": "six years on forklift and reach truck"
        years = _span(found)
        return "skill", Clause("I", "have spent", f"{years} on {machines}{tail}")
    one_word = what.islower() and len(what.split()) == 1
    hyphened = "-" in what and fields.is_field(what)  # "e-commerce", "e-learning"
    if tail and one_word and (fields.made_word(what) or lexicon.is_plural_noun(what) or hyphened):
        # "7 yrs fundraising, last 3 at ...", "9 yrs lifts, last 4 on ...": "experience in"
        years = _span(found)
        return "skill", Clause("I", "have", f"{years} of experience in {what}{tail}")
    if tail and one_word and (lexicon.is_noun(what) or lexicon.is_gerund(what)):
        # "six years scaffolding, bit of supervising", "10 yrs climbing, last 4 as crew lead":
        # a trade named by one word
        years = _span(found)
        return "skill", Clause("I", "have", f"{years} of {what} experience{tail}")
    pair = posts(what)
    if pair is not None:  # "banker and fixer mason": two posts held together, one article
        years = _span(found)
        return "role", Clause("I", "have", f"{years} as {lexicon.article(pair)} {pair}{tail}")
    post = re.split(r" (?:at|in) " if typed_post else " at ", what)[0].split()  # "processing
    plain = len(post) <= 3 and not any(w in FUNCTION_WORDS for w in post)  # archivist at ..."
    lower = " ".join(post).islower() and (what.islower() or bool(typed_post))  # "in Donggang"
    if plain and person(post[-1]) and "(" not in what and "," not in what and lower:
        # "4 yrs processing archivist at ...": a post held, its work named before it
        years = _span(found)
        return "skill", Clause(
            "I", "have", f"{years} of experience as {as_post(_placed(what))}{tail}"
        )
    if re.search(r"\b(?:course|programme|program)$", what) and not tail and "(" not in what:
        years = _span(found)  # "evening gilding course ~2 yrs"
        return "skill", Clause("I", "spent", f"{years} on {lexicon.article(what)} {what}")
    if what.islower() and what.split()[-1] in _TEAMS and len(what.split()) <= 4 and not tail:
        # "9 yrs starting stalls team": the team worked on, never "spent nine years starting"
        years = _span(found)
        return "skill", Clause("I", "have spent", f"{years} on the {what}")
    workplace = _WORKPLACE.fullmatch(what)
    if workplace is not None and not any(w in FUNCTION_WORDS for w in workplace["place"].split()):
        # "6 yrs fish smoking coop Elmina": the place worked at, then its town
        years = _span(found)
        town = f" in {workplace['town']}" if workplace["town"] else ""
        return "skill", Clause(
            "I", "have spent", f"{years} at the {workplace['place']}{town}{tail}"
        )
    if (
        lexicon.is_gerund(first)
        and first not in ("evening", "morning", "wedding", "building", "ceiling")
        and not tail
        and "(" not in what
        and "," not in what
        and not post_first(what)  # "working student at X": a post, not a deed
    ):
        # "four years handling property claims at a Lloyd's syndicate"
        return "skill", Clause(
            "I", "have spent", f"{found.group('n')} {found.group('unit')} {what}"
        )
    years = _span(found)
    station = what.split(" at ")[0].split()
    if " ".join(station).islower() and len(station) == 2 and station[-1] in STATIONS:
        # "circulation desk at my college library": a station worked, "on the"; "restaurant
        # floor, last 4 as sommelier": "on the restaurant floor, the last four as ..."
        return "skill", Clause("I", "have spent", f"{years} on the {what}{tail}")
    deed = lexicon.is_gerund(first) and not post_first(what)
    if first in _WHERE | {"as", "with"} or deed or "(" in what:
        return None  # "five years on a busy ward": the phrase reader says it
    # "Go/Postgres" are two things; "BSA/AML", initials on both sides, names one field
    what = re.sub(r"\b([A-Za-z][\w-]*)/(?=[A-Za-z])(?!\1\b)(?P<r>[\w-]+)", _slash, what)
    words = [w for w in what.split() if w not in ("and", "&")]
    at = what.split(" at ")[0].split()
    if at and person(at[-1]):  # "paralegal at Knight & Co"
        return "skill", Clause(
            "I", "have", f"{years} of experience as {as_post(_placed(what))}{tail}"
        )
    if all("adj" in lexicon.classes(w) for w in words):  # "domestic and commercial"
        return "skill", Clause("I", "have", f"{years} of {what} experience{tail}")
    if all(w[:1].isupper() or w[:1].isdigit() or re.match(r"[a-z]+[A-Z]", w) for w in words):
        link = "with" if len(words) > 1 else "in"  # "with Go and Postgres", "in ED"
        return "skill", Clause("I", "have", f"{years} of experience {link} {what}{tail}")
    last = what.split()[-1]
    if last.lower() in ("work", "experience") or (
        len(words) > 1 and lexicon.is_gerund(last) and all(w[:1].isupper() for w in words[:-1])
    ):  # "HGV driving"
        return "skill", Clause("I", "have", f"{years} of {what}{tail}")
    if (
        len(words) > 1
        and lexicon.is_gerund(last)
        and all(
            w.isupper()  # "NYC fine dining": a place's initials
            or (w.islower() and (lexicon.is_noun(w) or "adj" in lexicon.classes(w)))
            or (w.islower() and not lexicon.known(w))
            for w in words[:-1]
        )
    ):  # "tech recruiting", "agency nursing": a field named by its work
        return "skill", Clause("I", "have", f"{years} of {what} experience{tail}")
    one = len(words) == 1 and what.islower() and lexicon.is_noun(what)
    if one and not lexicon.is_plural_noun(what):  # "eight years of warehouse experience"
        return "skill", Clause("I", "have", f"{years} of {what} experience{tail}")
    if all(
        lexicon.is_noun(w.lower()) or w[:1].isupper() or (w.islower() and fields.made_word(w))
        for w in words
    ):  # "bench joinery": a trade's name the tables lack, known by its ending
        if any(person(part.split()[-1]) for part in re.split(r" and |, ", what) if part):
            return None  # "teacher and head of year": posts, never "experience in teacher"
        if words[-1].lower() in ("course", "programme", "program") and not tail:
            return "skill", Clause("I", "spent", f"{years} on {lexicon.article(what)} {what}")
        if len(words) == 2 and what.islower() and _maker(words[-1]):  # "ice carver 9 yrs"
            return "skill", Clause("I", "have", f"{years} of experience as {as_post(what)}{tail}")
        return "skill", Clause("I", "have", f"{years} of experience in {what}{tail}")
    described = _described_field(what)
    if described is not None:  # "residential service", "pediatric inpatient at Advocate"
        return "skill", Clause("I", "have", f"{years} of {described}{tail}")
    return None


def _maker(word: str) -> bool:
    """ "carver", "gilder": one who does a verb of the tables (a trade named by its doer, after
    the thing worked: "ice carver", "frame gilder")."""
    if len(word) < 6 or not word.endswith("er") or not lexicon.is_noun(word):
        return False
    return any("verb" in lexicon.classes(stem) for stem in (word[:-2], word[:-1]))


def _two_spans(text: str) -> tuple[str, Clause] | None:
    """ "six years dispatch and two years shift supervisor at a 3PL" -> "six years of dispatch
    experience and two years of experience as a shift supervisor at a 3PL": each span read on
    its own, or None when either cannot be."""
    parts = re.split(rf" (?:and|\+) (?={NUMBER}\+? (?:years|months)\b)", text)
    if len(parts) != 2 or "," in parts[0]:
        return None
    first, then = span(parts[0]), span(parts[1])
    if first is None or then is None or first[1].whole or then[1].whole:
        return None
    if ", " in first[1].rest:
        return None  # a tail of the first span would run into the second
    verb = "" if then[1].verb == first[1].verb else f"{then[1].verb} "
    return "skill", Clause("I", first[1].verb, f"{first[1].rest} and {verb}{then[1].rest}")


def _doing(verb: str, what: str) -> str | None:
    """The object of the work done in the last years of a span, with the article a singular
    thing needs: "managing" "team of 4 at X" -> "managing a team of four at X"; "running" "own
    crew" -> "running my own crew"; None when the "-ing" word is no verb's or has no object."""
    if not lexicon.is_gerund(verb) or not what:
        return None
    words = what.split()
    words = [spelled(w) if re.fullmatch("[1-9]", w) else w for w in words]
    first = words[0].lower()
    if first == "own":
        words = ["my", *words]
    elif first not in DETERMINERS and lexicon.is_noun(first) and not lexicon.is_plural_noun(first):
        words = [lexicon.article(first), *words]
    return " ".join(words)


# Role words typed short in a history: "exhibitions asst then coordinator".
SHORT = {"asst": "assistant", "coord": "coordinator", "mgr": "manager", "ops": "operations",
          "k8s": "Kubernetes", "snr": "senior", "jnr": "junior"}  # fmt: skip


# A post typed short after its grade ("senior eng"), and a firm typed "co" after what it does
# ("at a logistics co"): the words a letter says.
_GRADED_POST = re.compile(r"\b(senior|junior|lead|staff|principal|graduate) (eng|engr|dev)\b")
_POSTS = {"eng": "engineer", "engr": "engineer", "dev": "developer"}
_FIRM = re.compile(r"\b(at an? (?:[a-z][\w-]* ){1,2})co\b(?= in |$)")


def _post_words(role: str) -> str:
    """ "senior eng at a logistics co in Columbus" -> "senior engineer at a logistics company in
    Columbus"."""
    role = _GRADED_POST.sub(lambda m: f"{m[1]} {_POSTS[m[2]]}", role)
    return _FIRM.sub(r"\1company", role)


def unshort(text: str) -> str:
    return " ".join(SHORT.get(w, w) for w in text.split())


def _described_field(what: str) -> str | None:
    """ "residential service" -> "residential service experience", "pediatric inpatient at
    Advocate" -> "pediatric inpatient experience at Advocate": a field named by a describing
    word and one or two nouns, typed in lower case, no post among them; else None."""
    field, at, where = what.partition(" at ")
    words = field.split()
    if not 2 <= len(words) <= 3 or not field.islower() or "adj" not in lexicon.classes(words[0]):
        return None
    nouns = words[1:]
    if not all(lexicon.is_noun(w) and w not in FUNCTION_WORDS for w in nouns):
        return None
    if person(nouns[-1]) or lexicon.is_plural_noun(nouns[-1]) or lexicon.is_gerund(nouns[0]):
        return None
    return f"{field} experience" + (f" {fields.placed('at ' + where)}" if at else "")


def _placed(what: str) -> str:
    """ "trauma chaplain at level 1 trauma center" -> "... at a level 1 trauma center"."""
    post, at, where = what.partition(" at ")
    return what if not at else f"{post} {fields.placed('at ' + where)}"
