"""The candidate's note items read into what they say.

`read_point` takes a qualification, highlight or contribution and gives an `Item`: its kind (a
degree, a certificate held, a skill with its span, an achievement ...) and the clause the
candidate says ("I earned a J.D. at Fordham Law in 2021"), or no clause and the reason when it
cannot be said with confidence: the writer leaves it out, never pastes it (topics: `topics`)."""

from __future__ import annotations

import functools
from dataclasses import replace

from composer import regexes as re
from composer.offline import (
    abbrevsense,
    asidedrop,
    asidekinds,
    bracketcounts,
    bracketpairs,
    coursedone,
    credentials,
    credshape,
    credtails,
    cvarticles,
    cvfirst,
    cvlines,
    cvparts,
    deedless,
    degreeclass,
    duties,
    figurelines,
    figures,
    figureshort,
    headread,
    itemfront,
    itemresults,
    itemtails,
    lexicon,
    notemarks,
    outcomes,
    ownwork,
    participles,
    pending,
    pointfit,
    pointpolish,
    pointshapes,
    pointwords,
    postlines,
    qualshort,
    selfnotes,
    semipair,
    settingfront,
    spanlast,
    spanpair,
    spantail,
    thesis,
    tooltail,
    typedclean,
    typedwhole,
)
from composer.offline.casing import sentence
from composer.offline.cleaning import clean, lead_as_said, mid_sentence
from composer.offline.itemkinds import OPINION, described, kind_of, named_held, passed_held
from composer.offline.itemkinds import PLAIN_KINDS as PLAIN_KINDS
from composer.offline.itemkinds import Item as Item
from composer.offline.itemkinds import Kind as Kind
from composer.offline.itemmentions import mentioned as mentioned
from composer.offline.phrases import Phrase, Shape, analyse, head_noun
from composer.offline.predicates import given_a_verb
from composer.offline.realise import Clause, clause, with_article
from composer.offline.screen import is_instruction
from composer.offline.shorthand import expand
from composer.offline.tidy import with_tail
from composer.offline.wellformed import problem
from composer.offline.words import LANGUAGES, MONTH_NAMES, SMALL_NUMBERS, STINTS

# Words of a standing held (a registration, a chartership) no "I have experience with" takes.
_STANDING = re.compile(
    r"(?i)\bsince (?:19|20)\d\d\b|\bin progress\b|\breg(?:'d|d|istered)\b|\bchartered\b"
    r"|\bcertified\b|\blicensed\b|\bqualified\b|\bmember\b"
)


# A part typed after a comma with the state it is in, not held yet: ", SC pending".
_UNSETTLED = re.compile(r", [^,]*\b(?:pending|in progress|under way|applied for|lapsed)$")
# Names of a standing, not of a tool: a union's branch ("IUOE Local 3"), "SVQ3", "NVQ2".
_MEMBERSHIP = re.compile(r"\bLocal \d+\b|\b[A-Z]{3}[1-5]\b")


# An arrow between the two ends of a move whose "from" is typed: "from 95 -> 35 ppb".
_FROM_TO = re.compile(
    rf"\b(from [\d.,]+(?: ?[a-zA-Z%]{{1,6}})?) ?(?:->|=>|→) ?"
    rf"(?=[\d.,]+\b|(?:{'|'.join(SMALL_NUMBERS)})\b)"
)

# A project led, then how it was done after a comma: "Led the X, completed four weeks early".
_DONE_AFTER = re.compile(
    r"^(?P<deed>(?:I\s+)?(?:[Ll]ed|[Mm]anaged|[Rr]an|[Oo]versaw|[Ss]upervised)\s[^,;]+),\s+"
    r"(?P<done>completed|delivered|finished|handed\s+over)\s+(?=[^,;]*\b(?:early|on\s+time"
    r"|on\s+budget|under\s+budget|ahead\s+of\s+schedule)\b)"
)
# A rate typed with no verb, said as held: "I have 250 holes an hour" (of what is drawn, made
# or seen, the line does not say).
_BARE_RATE = re.compile(
    r"^I have (?:about |around |roughly |~)?[\d,.]+\+? [a-z]+s an? (?:hour|day|week|shift|night"
    r"|month|year)\b"
)
# A standing and where it was gained, with a laugh after it: "forklift certified from the
# warehouse summer job lol".
_CERTIFIED_FROM = re.compile(
    r"^(?P<what>[a-z][\w-]*(?:\s[a-z][\w-]*)?)\s+certified\s+(?:from|at|during|in)\s+(?:the|a|my)\s+"
    r"[a-z][\w -]{2,40}?(?:\s+(?:lol|haha|ha))?$"
)
# A post held at an event over years: "judge, Caribbean spirits competition 2029-31".
_POST_AT_EVENT = re.compile(
    r"^(?P<role>(?i:judge|juror|assessor|examiner|referee|steward|marshal))\s*,\s+(?P<what>[A-Za-z][^,]{3,60}?"
    r"\b(?:competition|championships?|awards?|show|festival|cup|games|olympiad|contest))\s+"
    r"(?P<y1>(?:19|20)\d\d)\s*[-–]\s*(?P<y2>\d\d(?:\d\d)?)\.?$"
)
# A licence and when it was issued: "Commercial Pilot Licence (Helicopter), issued in 2030."
_ISSUED = re.compile(
    r"^(?P<what>[^,]{4,80}?(?:[Ll]icen[cs]e|[Cc]ertificate|[Rr]ating|[Pp]ermit|[Tt]icket)(?:\s+\([^()]+\))?),"
    r"\s+(?P<tail>(?:issued|obtained|awarded|gained|renewed)\s+(?:in\s+)?(?:19|20)\d\d)\.?$"
)
# A credential with the month it was finished, typed after it: "Cert IV Training & Assessment
# (TAE) Mar 2029" (round 58, h1534): held, "completed in March 2029".
_MONTH_NAMES = "|".join(f"{m[:3]}(?:{m[3:]})?" for m in MONTH_NAMES if len(m) > 3) + "|may"
_DONE_IN = re.compile(
    rf"(?i)^(?P<what>[^,]{{0,80}}?\b(?:cert|certificate|licen[cs]e)\b[^,]*?)\s+"
    rf"(?P<month>{_MONTH_NAMES})\.?\s+(?P<year>(?:19|20)\d\d)$"
)
# A standing given by a body, the body typed after a comma: "licensed radiographer, Ministry of
# Health" (round 58, h1536) is a radiographer licensed by the Ministry of Health.
_GIVEN_BY = re.compile(
    r"^(?P<how>licensed|registered|certified|accredited|chartered)\s+"
    r"(?P<title>[a-z][a-z -]{2,40}?),\s+"
    r"(?P<body>(?:the\s+)?[A-Z][\w&'’ -]{3,60})\.?$"
)
_BY = {"registered": "with", "chartered": "with"}
# Certificates held, named by their plural: "First aid and remote area first aid certificates,
# both current." (round 56, h1492): held, never "experience in ... certificates".
_CERTIFICATES = re.compile(
    r"^(?P<what>[A-Za-z][\w-]*\s[\w -]{3,80}?\s(?:certificates|licences|licenses))"
    r"(?:,\s+(?P<tail>both\s+current|all\s+current|current|valid))?\.?$"
)
# Certified in an area, and a title held after "and": "Certified in lithium battery safety and
# NABCEP PV associate." (round 56, h1500): the title is no second area.
_CERTIFIED_AND_TITLE = re.compile(
    r"^(?i:certified)\s+in\s+(?P<area>[a-z][^,;()]{2,60}?)\s+and\s+(?P<title>[A-Z]{2,}(?:\s+[A-Z]{2,})*"
    r"\s+(?:associate|member|fellow|technician|practitioner|professional|installer|specialist))"
    r"\.?$"
)
# A course typed by its name after the word: "course 'Amber expert - identification and
# evaluation', Gdańsk, 2031 (certificate)" (round 56, h1505).
_COURSE_FIRST = re.compile(
    r"^(?i:course)\s+(?:'(?P<q>[^']{3,80})'|(?P<name>[A-Z][^,()']{2,80}?))"
    r"(?:\s*,\s*(?P<place>[A-Z][\w'’-]+))?(?:\s*,\s*(?P<year>(?:19|20)\d\d))?"
    r"(?:\s*\((?:certificate|certified|cert)\))?\.?$"
)
# A line typed as said of the candidate, a verb in "-s" before what it is done to: "Designs
# every piece first in watercolour", "Speaks Spanish and French".
_THIRD_DOES = re.compile(
    r"^(?P<verb>[A-Z][a-z]+s)\s+(?=(?:every|each|all|a|an|the|most|several|[A-Z][a-z]+)\b)"
)
# A count of those the candidate took somewhere, the participle after them: "6 dogs taken
# through to qualification" ("I have taken six dogs through to qualification").
_COUNT_TAKEN = re.compile(
    r"^(?P<n>\d{1,4}|two|three|four|five|six|seven|eight|nine|ten) (?P<who>[a-z]+s) "
    r"(?P<pp>taken|brought|coached|mentored|guided|trained|seen) (?P<rest>(?:through|to|up|on) .+)$"
)
# A line typed as said of the candidate, "has" and a participle: "Has trained 20 apprentices".
_THIRD_PERSON = re.compile(r"^Has\s+(?=(?:an?|[a-z]+(?:ed|en|wn|un|ught|ight|ung))\b)")


# A language and a level of the common European scale with its "+": "English B2+" (a level
# with none, "Polish B2", is `languages`' to read).
_LANGUAGE_PLUS = re.compile(r"^(?P<lang>[A-Z][a-z]+)\s+\(?(?P<level>[ABC][12]\+)\)?$")
# A rate typed before what it measures: "78% average emergence in 2031".
_RATE = re.compile(
    r"^~?\d+(?:\.\d+)?%\s+(?P<what>(?:average\s+)?[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)(?:\s+(?:in|for|over)\s+.+)?$"
)
# What a change is, not a rate: "30% less scrap", "20% of the fleet", "15% growth".
_RATE_CHANGE = re.compile(
    r"\b(?:of|less|more|fewer|up|down|increase|decrease|reduction|growth|cut|drop|rise|off)\b"
)
# A count and what it counts, then what the candidate did with it: "214 bed acres managed".
_COUNT_DONE = re.compile(
    r"^(?P<n>~?\d[\d,.]*)\s+(?P<what>[a-z][a-z -]{2,40}?)\s+"
    r"(?P<pp>managed|supervised|renovated|restored|maintained|processed|inspected|inoculated"
    r"|planted|treated|installed|harvested)(?:\s+(?P<year>(?:19|20)\d\d))?$"
)

# Audits passed clean for years, typed as a count: "clean GAP audits 4 yrs" (round 53, h1454).
_CLEAN_RUN = re.compile(
    r"^(?:clean|spotless) (?P<what>[A-Za-z0-9 -]{2,30}?(?:audits|inspections)) "
    r"(?P<n>\d+) (?:yrs?|years)$"
)


@functools.lru_cache(maxsize=4096)
@selfnotes.doubted(lambda item, why: Item(item, Kind.UNSURE, None, why))  # "(check exact name)"
@headread.after  # one no reading could say whole, said by its head ("3 yrs @ EYE - ...")
@abbrevsense.settled_first(lambda item, why: Item(item, Kind.UNSURE, None, why), counts=False)
@coursedone.after  # a course said as held: "I have completed the WIFI ... course"
@asidedrop.after  # one left out for its bracket, read without it ("... Cremona (2026).")
@figurelines.after  # a line every reader left out, read by its figures ("reduce X ~40%")
def read_point(item: str, common: frozenset[str] = frozenset(), *, offer: bool = False) -> Item:
    """A qualification, highlight or contribution (`offer`) said by the candidate, its asides
    read (`asidekinds`); one still read as a note is left out, unless typed whole (`typedwhole`)."""
    if (done := _DONE_IN.match(item)) is not None:  # "Cert IV Training & Assessment (TAE)
        held = read_point(done["what"], common, offer=offer)  # Mar 2029" (round 58, h1534)
        clause = held.said
        month = next(m for m in MONTH_NAMES if m.startswith(done["month"][:3].lower()))
        if clause is not None and clause.whole is None and clause.verb == "hold":
            rest = f"{clause.rest}, completed in {month.capitalize()} {done['year']}"
            return replace(held, said=replace(clause, rest=rest), source=item)
    front = itemfront.read(item)  # "Approved ... team leader", "backlog cut ~40%", "(CPEng)"
    front = None if front == item else front  # a reading that changes nothing: read below
    if isinstance(front, str):  # a reading of the line said as the readers below know it
        return (
            Item(item, Kind.OPINION, None, front)
            if front.startswith("it ")
            else replace(read_point(front, common, offer=offer), source=item)
        )
    if front is not None:
        kind = {"role": Kind.ROLE, "held": Kind.HELD}.get(front[0], Kind.SKILL)
        return Item(item, kind, front[1])
    if (short := itemfront.named_short(item)) is not None:  # its own short form, kept after it
        named = read_point(short[0], common, offer=offer)
        if named.said is not None and named.said.whole is None:
            kept = replace(named.said, rest=f"{named.said.rest} ({short[1]})")
            return replace(named, source=item, said=kept)
    if (written := itemfront.thesis_tail(item)) is not None:  # "PhD in X, thesis on Y"
        degree = read_point(written[0], common, offer=offer)
        if degree.kind is Kind.DEGREE and degree.said is not None and degree.said.whole is None:
            kept = replace(degree.said, rest=f"{degree.said.rest}, {written[1]}")
            return replace(degree, source=item, said=kept)
    level = _LANGUAGE_PLUS.match(item)
    if level is not None and level["lang"].lower() in LANGUAGES:  # "English B2+" (round 53)
        line = f"I speak {level['lang']} at level {level['level']}"
        return replace(read_point(line, common, offer=offer), source=item)
    rate = _RATE.match(item)
    if rate is not None and not _RATE_CHANGE.search(rate["what"]):  # "78% average emergence
        # in 2031" (round 53, h1456): a rate reached, never "I have 78% ..."
        return replace(read_point(f"achieved {item}", common, offer=offer), source=item)
    if (issued := _ISSUED.match(item)) is not None:  # "Commercial Pilot Licence (Helicopter),
        held = read_point(issued["what"], common, offer=offer)  # issued in 2030" (round 56)
        clause = held.said
        if clause is not None and clause.whole is None and clause.verb == "hold":
            when = re.sub(r"^(\w+) (?=(?:19|20)\d\d)", r"\1 in ", issued["tail"])  # "in 2019"
            rest = f"{clause.rest}, {when}"
            return replace(held, said=replace(clause, rest=rest), source=item)
    if (given := _GIVEN_BY.match(item)) is not None:  # "licensed radiographer, Ministry of
        body = given["body"] if given["body"].startswith("the ") else f"the {given['body']}"
        how = given["how"]  # Health" (round 58, h1536)
        line = f"I am a {given['title']} {how} {_BY.get(how, 'by')} {body}."
        if not problem(line):
            rest = f"{given['title']} {how} {_BY.get(how, 'by')} {body}"
            return Item(
                item, Kind.HELD, Clause("I", "am", f"{lexicon.article(given['title'])} {rest}")
            )
    if (whence := _CERTIFIED_FROM.match(item)) is not None:  # "forklift certified from the
        standing = read_point(f"{whence['what']} certified", common, offer=offer)  # warehouse
        return replace(standing, source=item)  # summer job lol" (round 57, h1519): the standing
    if (event := _POST_AT_EVENT.match(item)) is not None:  # "judge, Caribbean spirits
        first, last = event["y1"], event["y2"]  # competition 2029-31" (round 56, h1504)
        last = last if len(last) == 4 else first[:2] + last
        what = event["what"] if event["what"].lower().startswith("the ") else f"the {event['what']}"
        line = f"I was a {event['role'].lower()} at {what} from {first} to {last}."
        if not problem(line):
            return Item(item, Kind.ROLE, Clause("I", "was", line[len("I was ") : -1]))
    if (certs := _CERTIFICATES.match(item)) is not None:  # "First aid and remote area first
        what, first = certs["what"], certs["what"].split()[0]  # aid certificates, both current"
        what = what[:1].lower() + what[1:] if first[1:].islower() else what  # "HGV" kept
        still = f", {certs['tail']}" if certs["tail"] else ""
        if not problem(f"I hold {what}{still}."):
            return Item(item, Kind.HELD, Clause("I", "hold", f"{what}{still}"))
    if (two := _CERTIFIED_AND_TITLE.match(item)) is not None:  # "Certified in X and NABCEP PV
        line = f"I am certified in {two['area']} and am a {two['title']}."  # associate"
        return replace(read_point(line, common, offer=offer), source=item)  # (round 56, h1500)
    if (course := _COURSE_FIRST.match(item)) is not None:  # "course 'Amber expert - ...',
        name = course["q"] or course["name"]  # Gdańsk, 2031 (certificate)" (round 56, h1505)
        name = re.sub(r"\s+[-–]\s+", ", ", name)  # "Amber expert, identification and ..."
        name = f"'{name}'" if course["q"] else name
        where = f" in {course['place']}" if course["place"] else ""
        when = f" in {course['year']}" if course["year"] else ""
        line = f"completed the course {name}{where}{when}"
        return replace(read_point(line, common, offer=offer), source=item)
    if (clean := _CLEAN_RUN.match(item)) is not None:  # never "experience in clean audits"
        line = f"passed {clean['what']} with no findings {clean['n']} yrs running"
        return replace(read_point(line, common, offer=offer), source=item)
    if (counted := _COUNT_DONE.match(item)) is not None:  # "214 bed acres managed" (round 53)
        year = f" in {counted['year']}" if counted["year"] else ""  # "... inoculated 2031"
        line = f"{counted['pp']} {counted['n']} {counted['what']}{year}"
        return replace(read_point(line, common, offer=offer), source=item)
    done = _DONE_AFTER.match(item)
    if done is not None and len(item[done.end() :].split()) > 3:  # "Led X, completed four
        # weeks early and 6% under budget" (a short one, "delivered 2 wks early", is read below)
        which = f"{done['deed']}, which was {done['done']} {item[done.end() :]}"
        return replace(read_point(which, common, offer=offer), source=item)
    does = _THIRD_DOES.match(item)
    name_after = re.match(r"[A-Z][\w'’-]*\s+[A-Z]", item[does.end() :]) if does else None
    # "Spirits Pool Association technical committee" (round 56, h1504): a name, no deed
    does = None if does and name_after and lexicon.is_noun(does["verb"]) else does
    if does is not None:  # "Designs every piece first in ..."
        base = lexicon.base_of(does["verb"].lower())
        if (
            base
            and base != does["verb"].lower()
            and lexicon.verb_forms(base).get("VBZ") == does["verb"].lower()
        ):
            return replace(
                read_point(f"I {base} {item[does.end() :]}", common, offer=offer), source=item
            )
    if (taken := _COUNT_TAKEN.match(item)) is not None:  # "6 dogs taken through to X"
        line = f"I have {taken['pp']} {taken['n']} {taken['who']} {taken['rest']}"
        return replace(read_point(line, common, offer=offer), source=item)
    if (third := _THIRD_PERSON.match(item)) is not None:  # "Has trained twenty apprentices"
        return replace(read_point(f"Have {item[third.end() :]}", common, offer=offer), source=item)
    if ";" in item and credentials.names_degree(item.split(",")[0]):  # "PhD in X, Univ; postdoc"
        paired = None if offer else semipair.read(item, lambda p: read_point(p, common).said)
        if paired is not None:
            return Item(item, Kind.DEGREE, paired)
    spelled = qualshort.spelled(item)  # "Univ. of X": "University of X", read as typed so
    if spelled != item:
        return replace(read_point(spelled, common, offer=offer), source=item)
    tooled = tooltail.with_tools(tooltail.separated(settingfront.fronted(item)))
    if (setting := tooled) != item:  # "in X, I did"; "X testing, axe, NVDA, VoiceOver"
        return replace(read_point(setting, common, offer=offer), source=item)
    if (early := typedclean.read(item, offer=offer)) is not None:  # "Designing X was my thesis."
        return Item(item, *early)
    if (path := None if offer else figurelines.early(item, read_point)) is not None:  # "(my team)"
        return path
    post = None if offer else postlines.read(item)  # "2 yrs audit trainee KPMG Bristol"
    if post is not None:
        return Item(item, Kind.SKILL, post)
    belt = None if offer else credtails.read(item)  # "Six Sigma green belt": a rank held
    if belt is not None:
        return Item(item, Kind.HELD, belt)
    said = None if offer else credtails.background(item, lambda p: read_point(p, common).said)
    if said is not None:  # "CPA, Big 4 audit background"
        return Item(item, Kind.HELD, said)
    pair = None if offer else bracketpairs.read(item, lambda part: read_point(part, common).said)
    if pair is not None:  # "Mining engineer (Universidad de X) and MBA (Universidad Y)"
        return Item(item, Kind.DEGREE, pair)
    paired = None if offer else spanpair.read(item, lambda part: read_point(part, common).said)
    if paired is not None:  # "a forklift licence and three years in a cold store"
        return Item(item, Kind.SKILL, paired)
    paired = None if offer else semipair.read(item, lambda part: read_point(part, common).said)
    if paired is not None:  # "confident with Reaper; working knowledge of location recording"
        return Item(item, Kind.SKILL, paired)
    classed = degreeclass.read(item, lambda part: read_point(part, common).said)
    if classed is not None:  # "law degree, 2:1": "I hold a law degree with a 2:1"
        return Item(item, Kind.DEGREE, classed)
    duty = duties.read(item)  # "responsible for the weekly rota": what they have been
    if duty is not None:
        return Item(item, Kind.ROLE, duty)
    unsaid = not offer and thesis.labelled_about(item)  # "MSc thesis on X": no degree held
    read = Item(item, Kind.UNSURE) if unsaid else _point(lead_as_said(item), common, offer=offer)
    fit = None if offer or read.said is None else pointfit.fitted(item, read.said)
    read = read if fit is None else replace(read, said=fit[0])  # "..., the biggest with 400 rooms"
    if fit and fit[1]:  # "biggest 22k head", "I hold a permit issuer": a frame it does not fit
        return Item(item, Kind.UNSURE, None, f"its sentence would not read well: {fit[1]}")
    shaped = None if offer else credshape.mended(item, read.said, lambda p: _held(p, common)[1])
    read = read if shaped is None else Item(item, Kind.HELD, shaped)  # "CPC up to date"
    read = replace(read, said=given_a_verb(read.said))  # "+ happy to drive the truck"
    if read.said is not None and _BARE_RATE.match(read.said.text()):  # "250 holes/hour"
        return Item(item, Kind.UNSURE, None, "a rate with no verb does not say what you do")
    tail = None if offer or read.said else spantail.read(item, lambda h: read_point(h, common).said)
    read = read if tail is None else Item(item, Kind.SKILL, tail)  # "6 yrs X, tail unread"
    own = None if offer or read.said else ownwork.read(item, lambda t: read_point(t).said)
    read = read if own is None else Item(item, Kind.ACHIEVEMENT, own)  # "thesis: ..."
    typed = typedwhole.read(item, offer=offer) if read.said is None else None
    read = read if typed is None else Item(item, *typed)
    return asidekinds.item_read(item, read, lambda line: read_point(line, common, offer=offer))


def _held(what: str, common: frozenset[str]) -> tuple[Kind, Clause | None]:
    """What a credential line says when held: its kind and clause (for `pending`)."""
    read = _point(what, common, offer=False)
    return read.kind, read.said


def _credential_shapes(item: str, common: frozenset[str]) -> Item | None:
    """A qualification line of a shape read before the others, or None: a credential in
    progress ("CEC accreditation in progress"), a span and its last years ("6 yrs at X, ran
    propagation the last 3"), a ticket or card held ("working at heights ticket", "IPAF 3a")."""
    under_way = pending.read(item, lambda what: _held(what, common))
    if under_way is not None:
        return Item(item, Kind.UNDER_WAY, under_way)
    last = spanlast.read(item, lambda span: _held(span, common)[1])
    if last is not None:
        return Item(item, Kind.SKILL, last)
    if (first := cvfirst.read(item, common)) is not None:  # "safe pass + manual handling"
        return Item(item, *first)
    coded = credentials.coded(item)  # "Pragmatic Institute certified (PMC-III)"
    if coded and (said := _held(coded[0], common)[1]) and credentials.code_fits(said.rest, *coded):
        return Item(item, Kind.HELD, replace(said, rest=f"{said.rest} ({coded[1]})"))
    line = clean(item)
    named = credentials.named_held(line)
    return Item(item, Kind.HELD, Clause("I", "hold", named)) if named else None


def _point(item: str, common: frozenset[str], *, offer: bool) -> Item:
    """`read_point` by the line's shape."""
    early = None if offer else _credential_shapes(item, common)
    if early is not None and early.said is not None and early.said.whole is None:
        # "Full clean driving licence and ...": a capital the line's start gave it, lowered
        rest = mid_sentence(early.said.rest, item, common)
        return replace(early, said=replace(early.said, rest=rest))
    if early is not None:
        return early
    valid = None if offer else itemtails.VALID.search(item)
    if valid:  # "BOSIET and sea survival certificates, valid to 2028": what is held, and until
        until = itemtails.valid_until(read_point(item[: valid.start()]).said, valid)
        why = "a date a credential is valid until, after no credential read with confidence"
        return Item(item, Kind.HELD, until) if until else Item(item, Kind.UNSURE, None, why)
    read = _read(item, common, offer=offer)
    if read.kind is Kind.UNSURE and ", " in item and not is_instruction(item):
        # a comma list no reader could say whole: each part read as a note item of its own
        listed = cvparts.read(item, _part)
        if listed is not None:
            read = Item(item, _LINE_KINDS[listed[0]], listed[1])
    if read.said is None:
        return read
    rest = pointwords.tool_names(mid_sentence(read.said.rest, item, common))  # "five years"
    said = spantail.timed(pointpolish.polished(replace(read.said, rest=rest)))  # "for", "in"
    read = replace(read, said=said)
    why = problem(sentence(said.text())) or figures.unsure_move(item, said.verb, said.whole)
    if read.kind is Kind.DEGREE and pointwords.unknown_subject(said.rest):
        why = "a degree's subject named by initials no table spells out"
    if re.search(r"\bexperience with [A-Z]{3,6} at ", said.text()):
        why = "initials held at a place ('LPSC, 5 yrs at ...'), read as a tool"
    return (
        read
        if not why
        else Item(item, Kind.UNSURE, None, f"its sentence would not read well: {why}")
    )


# A result with a subject of its own, some of the candidate's people or things: "Two of my three
# puppies, Juno and Tilly, graduated as guide dogs" (round 48, h1372), said as typed.
_PART_OF_MINE = re.compile(
    r"(?i)^(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|all|most|both|half|many"
    r"|several) of (?:my|our) (?P<rest>[a-z].*)$"
)


_SMALL = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def _past_after(rest: str) -> bool:
    """True when the words after "two of my" name the things, then a past verb with words after
    it ("three puppies, Juno and Tilly, graduated as guide dogs"; never "team promoted")."""
    words = re.sub(r", [^,]+,", "", rest).split()
    for at, word in enumerate(words[1:4], start=1):
        if lexicon.is_past(word.lower()) and at + 1 < len(words) and words[at + 1] != "to":
            return True
    return False


def _read(item: str, common: frozenset[str], *, offer: bool) -> Item:
    """`read_point` before the gate.

    A noun phrase that names no possession ("a store team that stays") is no claim "I have
    ...": as a contribution it is what the candidate would bring; otherwise it is left out.
    """
    if is_instruction(item):
        return Item(item, Kind.UNSURE, None, "it reads as an instruction to a model")
    text = cvlines.both_ends(_FROM_TO.sub(r"\1 to ", clean(item)))  # "from 95 -> 35 ppb"
    text = figureshort.early(text)  # "call abandonment -12%, 9 mths": in nine months
    text = pointshapes.reshape(text)  # "£640k raised in X (2022-25)": in a sentence's order
    text = bracketcounts.said(text)  # "led team of 14 (3 shifts)": across three shifts
    if not text:
        return Item(item, Kind.UNSURE, None, "it is empty")
    if text.endswith("?"):
        return Item(item, Kind.QUESTION, None, "it is a question, not something to claim")
    part = None if offer else _PART_OF_MINE.match(text.rstrip("."))
    if part and _past_after(part["rest"]):  # "Two of my three puppies ... graduated as ..."
        whole = re.sub(r"^(?:[1-9]|10)\b", lambda m: _SMALL[int(m[0])], text.rstrip("."))
        return Item(item, Kind.ACHIEVEMENT, Clause("", "", "", whole=whole[:1].upper() + whole[1:]))
    deed = None if offer else deedless.read(text, lambda line: _read(line, common, offer=False))
    if deed is not None:  # "apprentice i trained now runs ...", "title sequence for X, 6 eps"
        return Item(item, *deed)
    shared = re.match(r"(?i)co-(\w+) ", text)  # "co-ran a group": ran it, with another
    if shared and lexicon.is_past(shared[1]):
        alone = _read(text[3:], common, offer=offer)
        if alone.said is not None and alone.said.verb == shared[1].lower():
            return replace(alone, source=item, said=replace(alone.said, verb=f"co-{shared[1]}"))
    post = re.match(r"(?i)^(?:currently|presently|at present)[,:]?\s+(?=[A-Z])", text)
    held = _read(text[post.end() :], common, offer=offer) if post else None
    if post and held and held.kind == Kind.ROLE and held.said and held.said.verb == "am":
        rest = re.sub(r"^(?:an?|the)\s+", "", held.said.rest)  # "I am currently Head of ..."
        return replace(held, source=item, said=replace(held.said, rest=f"currently {rest}"))
    now = re.match(r"^(?:currently|now|still) (?P<verb>\w+ing)\b", text, re.IGNORECASE)
    if now:
        studying = now.group("verb").lower() in ("studying", "completing", "training", "working")
        under_way = studying and (" towards " in text or " for " in text)
        kind = Kind.UNDER_WAY if under_way else Kind.ONGOING
        return Item(item, kind, Clause("I", "am", text[0].lower() + text[1:]))
    done = passed_held(text)
    if done is not None:  # "CFA L2 passed, sitting L3 in May", "Level 3 completed last year"
        return Item(item, Kind.HELD, done)
    if OPINION.search(text) and text.lower().startswith("i "):
        return Item(item, Kind.OPINION, None, "advice to the employer, not a fact about me")
    text = cvarticles.articles(itemtails.ASIDE_LONG.sub(itemtails.aside_dropped, text))
    typed = " ".join(item.split()).rstrip(".")  # its commas as typed ("Leeds Univ" spelled)
    degree = (
        credentials.degree(expand(typed)) or credentials.degree(typed) if ", " in typed else None
    )
    if degree is not None:  # "MSc X, University of Y (Distinction)": read whole, never listed
        return Item(item, Kind.DEGREE, Clause("I", *degree.said()))
    tools = pointwords.tool_list(text)
    if tools is not None:  # "git, python, rst/md, doxygen": the tools the candidate works with
        return Item(item, Kind.SKILL, Clause("I", "work with", tools))
    work = pointwords.tool_work(text)
    if work is not None:  # "python + powershell tooling": what the candidate builds with them
        return Item(item, Kind.SKILL, Clause("I", *work))
    both = itemtails.member_and_paper(text, lambda part: read_point(part).said)
    if both is not None:  # "LEIA member + ECS card": a membership and a paper, a verb each
        return Item(item, Kind.HELD, both)
    joined = (
        itemresults.with_result(item, text, common, read_point)
        if itemtails.MARK.search(text)
        else None
    )
    if joined is None and ", " in text and not itemtails.MARK.search(text):
        joined = itemresults.with_result(item, text, common, read_point, comma=True)
    said = outcomes.rescue(text, lambda part: read_point(part, common).said, joined)
    if said is not None:  # "led X - 300+ campers out, no injuries", "wrote 20 rules, cut FPs"
        joined = Item(item, Kind.ACHIEVEMENT, said)
    elif joined is None or joined.said is None:  # "-> hosting costs halved": read once more
        joined = itemresults.late(item, text, common, read_point) or joined
    if joined is not None and joined.said is not None and notemarks.raw(joined.said, item):
        return Item(item, Kind.UNSURE, None, notemarks.raw(joined.said, item))
    if joined is not None:
        return joined
    tidied = cvlines.tidy(text)
    line = cvlines.read(tidied)
    if line is not None:
        return Item(item, _LINE_KINDS[line[0]], line[1])
    perfect = participles.perfect(tidied)  # "given 40 talks": "I have given", not "I given"
    if perfect is not None:
        return Item(item, Kind.ACHIEVEMENT, Clause("I", "have", perfect))
    listed = cvparts.read(item) if ", " in text else None
    if listed is not None:
        return Item(item, _LINE_KINDS[listed[0]], listed[1])
    phrase = analyse(item if tidied == text == clean(item) else tidied, common)
    said = clause(phrase)
    if said is None:
        why = "it is a note to self with no fact for the reader"
        if not selfnotes.is_note_to_self(text):
            why = "its wording could not be read with confidence"
        return Item(item, Kind.UNSURE, None, why)
    if selfnotes.is_note_to_self(text):
        return Item(item, Kind.NOTE_TO_SELF, said)
    kind = kind_of(phrase.shape, said, text)
    if named_held(said.verb, text):
        return Item(item, Kind.UNSURE, None, "a certificate's name read as a deed")  # "wound"
    if kind is Kind.ABILITY and not offer and "adj" in lexicon.classes(text.split()[0].lower()):
        return Item(
            item, Kind.UNSURE, None, "its first word reads as a verb or as a describing word"
        )
    if (
        said.verb == "have experience in"
        and not offer
        and "adj" in lexicon.classes(text.split(",")[0])
    ):
        return Item(item, Kind.UNSURE, None, "a list of describing words, not of skills")
    if said.verb == "have experience in" and not offer and _commented(text):
        return Item(item, Kind.UNSURE, None, "a thing and a comment on it, not a list of skills")
    if said.verb == "have experience with" and (
        re.search(r",\s+[a-z]|\bexperience\b", said.rest)  # "HPHT and MPD experience, ..."
        or any(
            len(part.split()) > 2 and re.search(r"\b[a-z]{3,}\b", part)
            for part in re.split(r", (?:and )?| and ", said.rest)
        )
    ):  # "CPA, Big 4 audit background": a name and a phrase of its own, no list of tools
        return Item(item, Kind.UNSURE, None, "a name with a tail that could not be read")
    if said.verb.startswith("have experience") and re.search(
        r", .*\b(?:trained|certified|qualified|registered|licensed)$", said.rest
    ):  # "dangerous animals key holder, firearms team (red team) trained": a standing after
        return Item(item, Kind.UNSURE, None, "a standing held after a comma, not a skill")
    if said.verb.startswith(("hold", "have")) and _UNSETTLED.search(said.rest):  # "SC pending"
        return Item(item, Kind.UNSURE, None, "a part still pending after a comma")
    if said.verb == "have experience with" and (
        _STANDING.search(said.rest)
        or credentials.names_degree(said.rest)
        or credentials.initials_only(said.rest)
        or re.search(r"\b(?:cert|dip|board|ticket|nvq|lvl)\b|\blevel \d", item, re.I)
        or _MEMBERSHIP.search(said.rest)
    ):
        # "IEng, MICE, CEng in progress", "RVN since 2021": standings; "BAgric x, Z": a degree
        return Item(item, Kind.UNSURE, None, "it lists standings held, not skills one uses")
    raw = notemarks.raw(said, item)
    if raw:
        return Item(item, Kind.UNSURE, None, raw)
    if spantail.TAILED.search(said.text()):
        # "10 yrs nursing, 3 wards": a tail after the years that the CV-line reader could not link
        return Item(item, Kind.UNSURE, None, "a tail after the years whose link could not be read")
    if offer and phrase.shape is Shape.PAST and described(phrase.words):
        # "organised trial prep" as what the candidate would bring: an adjective, not a past
        return Item(item, Kind.OFFER, Clause("I", "would bring", phrase.text))
    if offer and phrase.shape is Shape.NOUN and kind is not Kind.DEGREE:
        return Item(item, Kind.OFFER, Clause("I", "would bring", with_article(phrase)))
    stint = (head_noun(said.rest.split()) or "").lower() in STINTS  # "a six-month exchange"
    if stint and said.verb in ("have", "hold", "have experience in"):
        bare = said.verb == "have experience in"
        rest = f"{lexicon.article(said.rest)} {said.rest}" if bare else said.rest
        return Item(item, Kind.ACHIEVEMENT, Clause("I", "completed", rest))
    if (
        said.verb in ("have", "hold")
        and phrase.shape is Shape.NOUN
        and not notemarks.possessed(said.rest)
    ):
        return Item(item, Kind.UNSURE, None, "a noun phrase that says nothing the candidate has")
    if offer and kind in (Kind.SKILL, Kind.TRAIT, Kind.ABILITY, Kind.ROLE):
        return Item(item, Kind.OFFER, said)
    served = _SERVED_ON.match(said.rest) if said.verb == "am" and kind is Kind.ROLE else None
    if served and lexicon.is_plural_noun(served["things"].split()[-1]):
        # "ice advisor on 40+ Arctic resupply voyages": a post held on each, a record so far
        return Item(item, kind, Clause("I", "have served as", with_tail(served["rest"])))
    return Item(item, kind, said)


# A post and a count of the voyages, projects or sites it was held on.
_SERVED_ON = re.compile(
    r"^(?:an?\s+)?(?P<rest>[a-z][\w -]*? on (?:more than |over |about |some )?(?:\d[\d,]*"
    r"|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty) "
    r"(?P<things>[\w-]+(?: [\w-]+){0,3}?)(?=\s+with\b|[,.]|$).*)$"
)


# Words that open a comment on a note, never a skill in a list: "no paper", "just finished".
_NOT_SKILLS = frozenset(
    ["no", "not", "just", "now", "still", "only", "never", "so", "current", "valid", "expired",
     "pending", "according", "all", "local"]
)  # fmt: skip


def _commented(text: str) -> bool:
    """ "tablet grading log, no paper", "honest, clear answer about a mistake": a note and a
    comment on it (or a long phrase after one comma), never a list of skills."""
    parts = [p for p in text.split(", ") if p]
    if any(p.split()[0].lower() in _NOT_SKILLS for p in parts):
        return True
    named = [p for p in re.split(r", (?:and )?| and ", text) if p]
    if len(named) > 1 and all(w[:1].isupper() for p in named[1:] for w in p.split()):
        return True  # "Nautical training, Maritime Institute X, Terschelling": where, not what
    linked = parts[-1].split()[0].lower() in ("including", "with", "which", "where", "mainly")
    return len(parts) == 2 and len(parts[1].split()) > 3 and " and " not in parts[1] and not linked


def said_for(
    phrase: Phrase, common: frozenset[str] = frozenset(), variant: int = 0
) -> Clause | None:
    """A usable point's clause: the item reader's, else (a highlight `usable` keeps when no
    point is sure) what the candidate told them about."""
    read = read_point(phrase.source, common).said
    return read if read is not None else mentioned(phrase)


# The kinds a part of a comma list of credentials may be, read as a note item of its own.
_PART_KINDS = {Kind.HELD: "held", Kind.CERTIFICATE: "held", Kind.SKILL: "skill"}


def _part(part: str) -> tuple[str, Clause] | None:
    """One part of a comma list ("CSCS card", "5 yrs hard + soft landscaping") read as a note
    item of its own: a credential held or years of a skill, said in a clause the list can join
    ("hold a CSCS card"); None for any other kind."""
    read = read_point(part)
    said, kind = read.said, _PART_KINDS.get(read.kind)
    if said is None or said.whole is not None or kind is None:
        return None
    if "(" in part and "(" not in said.rest:  # "CSP (board cert in pediatrics)": an aside lost
        return None
    if credentials.names_degree(part):  # a degree the degree reader could not read
        return None
    if kind == "skill" and not re.search(r"\byears?\b", said.rest):
        return None  # "6G" as "I have 6G": a skill part is its years
    return (
        (kind, said)
        if said.verb in ("am", "hold", "earned", "have completed")
        or (kind == "skill" and said.verb == "have")
        else None
    )


_LINE_KINDS = {name: Kind[name.upper()] for name in ("held", "role", "skill", "achievement")}
