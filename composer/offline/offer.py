"""The contribution read: what the candidate would bring, in the candidate's voice.

`read_offer` gives the frame the contribution fits and the words that fill it: a noun phrase
("a calm line on busy nights": "I would bring ..."), a verb phrase ("running the ACL class +
helping with teaching" -> "I would like to run the ACL class and help with teaching"), or a
sentence of its own ("I am eager to learn."). The employer typed as "they" is "you" in the
letter ("so they don't have to hire it out" -> ", so that you do not have to hire it out").
None when it cannot be said with confidence (`why_not` says why): the letter leaves it out.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from composer import regexes as re
from composer.offline import (
    asidekinds,
    figurelines,
    figureshort,
    lexicon,
    offerabilities,
    offeracts,
    offerforms,
    offerlist,
    offermix,
    offerobjects,
    offerparts,
    offerperson,
    offerpieces,
    offerrules,
    offerself,
    typedwhole,
)
from composer.offline.casing import sentence
from composer.offline.cleaning import clean, lower_first
from composer.offline.grouparticles import with_group_articles
from composer.offline.items import Kind, read_point
from composer.offline.offeraside import aside
from composer.offline.offervoice import quoted_compounds, said_to_you, spelled_out, tool_names
from composer.offline.phrases import Shape, analyse
from composer.offline.realise import clause, needs_article, with_article
from composer.offline.screen import is_instruction
from composer.offline.topichyphens import hyphenated
from composer.offline.topicnames import typed_capital
from composer.offline.wellformed import problem
from composer.offline.words import FUNCTION_WORDS


@dataclass(frozen=True)
class Offer:
    """A contribution as the letter says it: `frame` is "np", "vp", "aim" (an outcome), "be"
    (the person the candidate would be), "as" (the kind of person they would come as) or
    "clause"."""

    frame: str
    text: str

    def plain(self) -> str:
        """The contribution in a plain frame ("I would bring ..."), as the line table shows it."""
        return self.framed("I would bring {}.", "I would like to {}.")

    def framed(
        self,
        np: str,
        vp: str,
        aim: str = "I would aim for {}.",
        be: str = "I would like to be {}.",
        come: str = "I would join the team as {}.",
    ) -> str:
        """The contribution in the wording given for its frame ("{}" takes the offer), or as
        its own sentence when it has no frame."""
        wording = {"np": np, "vp": vp, "aim": aim, "be": be, "as": come}.get(self.frame)
        return self.text if wording is None else wording.format(self.text)


def why_not(item: str, common: frozenset[str] = frozenset()) -> str:
    """Why the contribution is left out of the letters ("" when it is said)."""
    if read_offer(item, common) is not None:
        return ""
    text = clean(item)
    if rule := offerrules.why_rule(text):
        return rule
    if offerrules.bare_condition(text):
        return "it reads as a condition (a thing and its state), not something you would bring"
    if _ABOUT_THEM.match(text):
        return "it is a note about the employer, not something you would bring"
    if _ASIDE.search(text):
        return "it has an aside (after a dash or in brackets) that a sentence cannot carry"
    said = _read(item, common)
    why = problem(said.plain()) if said is not None else ""
    if why:
        return why
    return "its wording could not be read with confidence"


# Verbs of a state, said in the present after "someone who": "someone who knows the VAT rules".
_STATIVE = frozenset(["know", "understand", "have", "speak", "love", "enjoy", "care"])


def _unknown(word: str) -> bool:
    """A word in lower case no dictionary knows: a name typed so, or a typo."""
    return word.islower() and not lexicon.known(word) and word not in FUNCTION_WORDS


# "they need someone who ...": a note about the employer, not an offer.
_ABOUT_THEM = re.compile(r"^(?:they|they're|we|it's|thats|that's)\b", re.IGNORECASE)
# "fewer call-outs - fix the root cause", "bilingual (Spanish) support": a note's aside.
_ASIDE = re.compile(r"\s[-–—]\s|[()]")


# A thing described by a participle after a comma, then when: "a clear onboarding roadmap,
# agreed with compliance, in my first 90 days" (two commas that set off no list).
_DESCRIBED_THEN_WHEN = re.compile(
    r"^(?P<thing>[^,]+, (?P<how>[a-z]+)\b[^,]*), "
    r"(?P<when>(?:in|by|within|over|during|before)\s[^,]+)$"
)
# How long the candidate has done the thing offered, after it: ", 20 yrs of it", ", 12 years".
_YEARS_AT_END = re.compile(r"^(?P<thing>[^,]+),\s*(?P<n>\d{1,2})\s*(?:yrs|years)(?:\s+of\s+it)?$")
# A contribution typed as the candidate's own sentence, said as typed: "I would cut ...".
_OWN_SENTENCE = re.compile(
    r"^I(?: would| will| can| could|'d|'ll| want to| hope to| plan to| aim to)(?: like to)? [a-z]"
)


# A word and how it goes along, a noun said twice: "consistent batch to batch", "day to day".
_HOW_ALONG = re.compile(r"\b(?P<how>[a-z]+) (?P<noun>[a-z]+) to (?P=noun)\b(?= and|,|$)")


# Two describing words with a comma between them after "and": "steady judgement at the bedside
# and patient, practical teaching" is two things, the second "patient and practical teaching".
_PAIRED = re.compile(r"(?<=\w) and (?P<a>[a-z]+), (?P<b>[a-z]+)(?= [a-z])")


def _paired(found: re.Match[str]) -> str:
    both = all("adj" in lexicon.classes(found[w]) for w in ("a", "b"))
    return f", {found['a']} and {found['b']}" if both else found.group()


# A contribution typed as the candidate's sentence with a modal ("I would bring ...", "My
# background in X would help ..."): a subject of its own is said as typed.
_OWN_MODAL = re.compile(
    r"(?:I|My [^,.;:]{2,60}?) (?:would|will|can|could|should|might)\b(?! not\b)"
)


# A deed typed as a verb, its object and a particle: "keep stations up", "get rigs running".
_VERB_PARTICLE = re.compile(
    r"(?i)^(?:keep|get|set|bring|turn|sort)\s+\w+\s+(?:up|down|out|running|going)\b"
)


@functools.lru_cache(maxsize=1024)
def read_offer(item: str, common: frozenset[str] = frozenset(), role: str = "") -> Offer | None:
    """The contribution as `_offer` reads it, or read again without its asides (`asidekinds`)."""

    def verb_led(line: str) -> Offer | None:  # "help with X", never "tighter stock": a thing
        said, verb = read_offer(line, common, role), lexicon.classes(line.split()[0].lower())
        led = said is not None and said.frame == "vp" and "verb" in verb and "adj" not in verb
        return said if led else None  # said without its aside may not be one to bring

    if _VERB_PARTICLE.match(item) and "," in item:
        return None  # "keep stations up, fast fixes, ...": a deed and things, no one frame fits
    if re.search(r"(?i),\s+and\s+(?:I['’]?ve|I\s+have|ive)\s+(?:already\s+)?[a-z]+", item):
        return None  # "reliable hands, careful records, ..., and ive already done X" (round 52,
        # h1431): things, then a clause of the candidate's own; no one frame says both
    parts = [p.strip() for p in item.split(",")]
    first_verb = offerlist.verb_first
    if len(parts) > 1 and first_verb(parts[0]) and not all(first_verb(p) for p in parts[1:]):
        return None  # "lift skin grades, steady crew, welfare audits sorted" (round 50, h1406)
    # "... so fewer returns": what follows from it, with its verb ("so there are fewer returns")
    # and a part of its own after a semicolon ("; help w/ X too"), never joined to it by "and"
    if re.search(r"\bso (?:fewer|more) [a-z]+s\s*;\s*(?:help|support|assist)\b", item):
        item = re.sub(r"\bso (fewer|more) (?=[a-z]+s\b)", r"so there are \1 ", item)
        item = re.sub(r";\s*(?=(?:help|support|assist)\b)", ", and I can ", item)
    # "..., frees Ewan for reaming + tuning": what follows from it, said as its result
    item = re.sub(r",\s+frees\s+(?=\w+\s+(?:up\s+)?(?:for|to)\b)", ", freeing ", item)
    said = asidekinds.reread(item, _offer(item, common, role), Offer.plain, verb_led, loose=True)
    figured = None if said is not None else figurelines.read(item, offer=True)  # "grow X ~20%/yr"
    return said if figured is None else Offer("clause", sentence(figured.text()))


# A describing word that is also a verb, then the things it describes: "steep winch grooming",
# "even fermentation" (never "to steep winch grooming").
_ADJ_FIRST_THING = re.compile(r"(?i)^[a-z]+ [a-z]+(?: [a-z]+)*$")


def _described_thing(item: str) -> bool:
    words = item.replace(" + ", " and ").split()
    first, rest = words[0].lower(), [w for w in words[1:] if w not in ("and",)]
    if "adj" not in lexicon.classes(first) or "verb" not in lexicon.classes(first):
        return False
    head = rest[: rest.index("from")] if "from" in rest else rest
    return (
        len(head) >= 2
        and all(lexicon.is_noun(w) or lexicon.is_gerund(w) for w in head)
        and lexicon.is_gerund(head[-1])
    )


# When, typed after a comma: "steep winch grooming + park shaping, day one".
_DAY_ONE = re.compile(r"(?i),\s*(?:from\s+)?day\s+(?:one|1)\s*[.!]*$")
# What the candidate knows, typed first: "experience in X", "knowledge of Y" (never a verb).
_KNOW_HOW = re.compile(r"(?i)(?:experience|expertise|knowledge|skills?)\s+(?:in|with|of|across)\s")


def _offer(item: str, common: frozenset[str], role: str) -> Offer | None:
    """The contribution `item` in the frame it fits, or None when it is left out (also when
    its plain sentence still reads as a note: `wellformed.problem`). A thing that is the person
    the candidate would be in the `role` is said with "be" ("I would like to be one consistent
    interpreter for the STEM classes", not "I would bring one consistent interpreter")."""
    item = _DAY_ONE.sub(" from day one", item)  # "X + Y, day one": from the first day
    whole = typedwhole.as_typed(item) if _OWN_MODAL.match(item) else None
    if whole is not None and not problem(whole):  # "I would bring A and B.": as typed
        return Offer("clause", whole)
    if offerrules.why_rule(clean(item)):  # "no sailing if ballast pump down": a rule, no offer
        return None
    described = _described(item, common, role)  # "experienced nurse who can mentor juniors"
    if described is not None:
        return described
    first = offerperson.person_first(item, lambda what: _verb_phrase(what, common, role))
    if first is not None and not problem(first):  # "experienced HLO, train the new deck crew"
        return Offer("clause", first)
    person = offerperson.person(item, role)  # "a fit and calm recruit who ...": "as ..."
    if person is not None and not problem(Offer(*person).plain()):
        return Offer(*person)
    aim = figureshort.aim(clean(item))  # "agency use down ~25%": the change it would make
    if aim is not None and not problem(f"{aim}."):
        return Offer("clause", f"{aim}.")
    offer, said = (
        _read(item, common),
        offerabilities.abilities(item),
    )  # "calm + can ...": each its own verb
    unread = offer is None or (offer.frame == "clause" and not offer.text.startswith("I "))
    if unread and said is None:  # "forecast accuracy up + an S&OP ...": a measure
        said = offerabilities.abilities(item, measures=True)
    if said and (not offer or offer.frame != "clause" or offerabilities.pieces_of(item) > 1):
        offer = Offer("clause", said)
    if offer is not None:  # "help with falls pathway": theirs, "the"; "so days starts"
        text = offerparts.counted(offermix.codes(offerparts.shifts_named(offer.text)))
        named = offer.frame == "vp" or (offer.frame == "clause" and text.startswith("I "))
        offer = Offer(offer.frame, offerparts.objects_named(text) if named else text)
        offer = Offer(*offerforms.in_one_form(offer) or (offer.frame, offer.text))  # parallel
    if offer is not None:  # "Patience and consistency on nights": a capital typed by habit
        verb, _, thing = offer.text.partition(" ") if offer.frame == "vp" else ("", "", offer.text)
        thing = typed_capital(thing, item.strip())  # the topic readers' rule, after the verb
        offer = Offer(offer.frame, f"{verb} {thing}" if verb else thing)
        # "own end to end pipeline w/ DS team": "end-to-end", "with the DS team"
        offer = Offer(offer.frame, with_group_articles(hyphenated(offer.text)))
    if offer is not None and offer.frame == "np":  # "a daily huddle with the charge nurses"
        offer = Offer("np", offerrules.things_articled(offerrules.often_articled(offer.text)))
    if offer is None or problem(offer.plain()) or offerrules.state_as_me(item, offer.plain()):
        return None  # "backlog cleared": never "I am backlog cleared"
    if offerrules.bare_condition(offer.plain()):
        return None  # "... or tug not confirmed": a condition no sentence said whole
    aimed = offerperson.outcomes(offer.frame, offer.text)  # "landowners who trust us"
    if aimed is not None and not problem(f"I would aim for {aimed}."):
        return Offer("aim", aimed)
    if offer.frame == "np" and role and offerparts.the_role(offer.text, role):
        return Offer("be", offer.text)
    return offer


def _verb_phrase(what: str, common: frozenset[str], role: str) -> str | None:
    """The plain verb phrase the offer readers give `what`, or None when it reads as no
    action."""
    read = read_offer(what, common, role)
    return read.text if read is not None and read.frame == "vp" else None


def _objects_kept(parts: list[str]) -> list[str]:
    """The parts of a split at "and" with a gerund after it, a part joined back to the one
    before when both gerunds follow one preposition ("free Ewan for reaming and tuning")."""
    out: list[str] = []
    for part in parts:
        before = re.search(r"\b(?:for|of|in|at|on|with|about|by) \w+ing$", out[-1]) if out else None
        if before and re.fullmatch(r"\w+ing", part):
            out[-1] = f"{out[-1]} and {part}"
        else:
            out.append(part)
    return out


def _described(item: str, common: frozenset[str], role: str) -> Offer | None:
    """A contribution typed as a description of the candidate, said as what they bring and
    would do (`offerself`), else None."""
    deed = offerself.deed_of(item)
    if deed is None:
        return None
    read = read_offer(deed, common, role)
    if read is not None and read.frame == "vp":
        deed = read.text
    elif problem(f"I would {deed}."):
        return None
    said = offerself.said(item, deed)
    return None if said is None or problem(said) else Offer("clause", said)


def _read(item: str, common: frozenset[str]) -> Offer | None:
    if is_instruction(item):
        return None
    plain = item.strip().replace(" + ", " and ")
    if _ADJ_FIRST_THING.match(plain) and _described_thing(plain):
        return Offer("np", clean(plain))  # "steep winch grooming and park shaping": no verb
    if _KNOW_HOW.match(item.strip()) and "," not in item:  # "experience in hard-to-reach
        # areas": a thing brought (a list after it is read by the readers below)
        return Offer("np", clean(item))
    span = _YEARS_AT_END.match(item.strip())
    if span:  # "tidy pointing on the heritage jobs, 20 yrs of it": a thing, and how long
        thing = _read(span["thing"], common)
        if thing is None or thing.frame != "np":
            return None
        return Offer("np", f"{thing.text}, with {span['n']} years of experience")
    timed = _DESCRIBED_THEN_WHEN.match(item.strip())
    if timed and lexicon.is_participle(timed["how"]):  # "a roadmap, agreed with X, in my first
        thing = _read(timed["thing"], common)  # 90 days": the thing, then when (no list)
        if thing is None or thing.frame != "np":
            return None
        return Offer("np", f"{thing.text}, {clean(timed['when'])}")
    text = tool_names(quoted_compounds(clean(item)))  # "the how-do-I tickets", "R and Python"
    common = common - {w.lower() for w in re.findall(r"[A-Z]\w+", text)}  # named, not words
    text = lower_first(text, common)  # "Calm, well-organised rooms": the line's capital
    text = _PAIRED.sub(_paired, text)  # "... at the bedside and patient, practical teaching"
    if not text or _ABOUT_THEM.match(text):
        return None
    if re.search(r"\s=\s|\.\s+[a-z]|\bstuff\b", text):
        return None  # "library = where kids go at lunch. clubs", "the born digital stuff": notes
    if any("adj" in lexicon.classes(m["how"]) for m in _HOW_ALONG.finditer(text)):
        return None  # "... and consistent batch to batch": a describing word and how, no thing
    means = offerlist.by_means(text, common)
    if means is not None:  # "fewer call-outs - fix the root cause": an outcome and its means
        return Offer("aim", means)
    text, detail = aside(whole := text, common)  # (its evidence or gain left out)
    if _ASIDE.search(text):
        return None
    text = re.sub(r"^(?:want|hope|would like) to (?=[a-z])", "I would like to ", said_to_you(text))
    text = spelled_out(text)  # "want to learn the ropes": the candidate's own wish
    if _OWN_SENTENCE.match(text):  # "I would cut time to fill with ...": the candidate's own
        return Offer("clause", sentence(text))
    someone = re.match(r"(?:someone|somebody|a person) who (?P<verb>\w+)(?P<rest> .+)$", text)
    if someone:  # "someone who can cover the weekend on-call" -> "I can cover ..."
        verb = someone.group("verb")
        base = verb if verb in ("can", "will") else lexicon.base_of(verb)
        rest = offerobjects.said_by_me(someone.group("rest"))  # "... and keeps": "and keep"
        if base is None or any(_unknown(w) for w in re.findall(r"[A-Za-z']+", rest)):
            return None  # "... so pieter doesnt have to": a name in lower case, unsure
        if base not in ("can", "will", *_STATIVE):  # "someone who runs the office": would
            base = f"would {base}"
        return Offer("clause", sentence(f"I {base}{rest}"))
    head, tail = offerpieces.split_tail(text)
    person = None if detail or tail else offerlist.own_clause(head)
    if person is not None:  # "calm training + someone who can ...", "...; want to be a ..."
        thing = _read(person[0], common)
        if thing is None or thing.frame == "clause":
            return None
        first = thing.framed("I would bring {}", "I would like to {}", "I would aim for {}")
        return Offer("clause", f"{first}, and {person[1]}.")
    own = None if detail or tail else offerparts.thing_and_own(head, common)
    if own is not None and (come := offerperson.come_as(own[0])) is not None:
        return Offer("clause", f"{come}, and {own[1]}.")  # "friendly receptionist, good w/ ..."
    if own is not None:  # "steady presence in the halls, good at talking people down"
        return Offer("clause", f"I would bring {offerlist.thing(own[0], common)}, and {own[1]}.")
    head, means = offerpieces.split_means(head, common)
    tail = means + tail
    qualified = re.match(r"(?:live|fresh) (?P<noun>[a-z]+s)\b", head)
    if qualified and not detail and lexicon.is_plural_noun(qualified["noun"]):
        return Offer("np", head + tail)  # "live shows that change every season": no verb "live"
    one = None if detail else offerobjects.one_action(head, common)
    if one is not None:  # "get the bay and the yard working as one": one verb, its objects
        return Offer("vp", one + tail)
    acts = None if detail else offeracts.acts(head)
    if acts is not None:  # "run regular debriefs + take nights": what the candidate would do
        return Offer("vp", acts + tail)
    listing = None if detail else offerlist.listed(head, common)
    if listing is not None:  # "group pathway to ..., TA training in schools": item by item
        return Offer("vp", listing + tail)
    mixed = None if detail else offerpieces.read_mixed(head, common)
    if mixed is not None:  # "CVRs in on time + tighter CE process": each part its own verb
        return Offer("vp", mixed + tail)
    if (two := None if detail else offermix.thing_and_act(head, common, _read)) is not None:
        return Offer(two[0], two[1] + tail)  # "clean claims + help train ...": a thing, an act
    # (not "a plan and monitoring that the team can rely on": a gerund that a clause tells of
    # is a thing)
    # ("careful sorting and cutting of the stockpile": one object of both, round 55, h1475)
    parts = re.split(r" and (?=\w+ing\b(?! (?:that|which|of) )|(?:someone|somebody) who )", head)
    parts = _objects_kept(parts)  # "freeing Ewan for reaming and tuning": both after "for"
    if lexicon.is_gerund(head.split()[0].lower()):  # "getting X closed + a TM program ...":
        parts = [p for part in parts for p in re.split(r" and (?=an? )", part)]  # a thing too
        parts = [p for part in parts for p in offerpieces.qualities_apart(part, common)]
    # "research repo + recruiting panel": things, the "-ing" word names a kind of one
    things = any(offerpieces.is_compound(p) for p in [*parts, *head.split(" and ")])
    if not things and not detail and (len(parts) > 1 or lexicon.is_gerund(parts[0].split()[0])):
        # "running the ACL class + helping with teaching": what the candidate would do
        done = [offerpieces.said_done(p, common) for p in parts]
        if any(d is None for d in done):
            return None
        deeds = [d for d in done if d]
        if len(deeds) > 1 and any(", " in d for d in deeds[:-1]) and len(deeds[-1].split()) > 2:
            # "bring fitness, saw experience + staying calm": "bring fitness and saw experience,
            # and stay calm" (never a list that runs on into the next verb)
            deeds = [" and ".join(d.rsplit(", ", 1)) for d in deeds]
            return Offer("vp", ", and ".join(deeds) + tail)
        return Offer("vp", " and ".join(deeds) + tail)
    if re.match(r"(?:a|an|the|my)\s", head, re.IGNORECASE) and head[:2] != "I ":
        # "a calendar of author events planned a season ahead": a thing, whatever follows
        np = head[0].lower() + head[1:]
        team = None if detail else offerlist.built(np)
        if team is None and offerparts.place_where(np):  # "a rink where parents ...": aimed for
            return Offer("aim", np + detail + tail)
        return Offer("vp", team + tail) if team else Offer("np", np + detail + tail)
    first, _, rest = head.partition(" ")
    after = rest.split(" ", 1)[0]
    if lexicon.is_base_verb(first) and (
        after in ("you", "your") or f"{first} {after}" == "help with"
    ):
        return Offer("vp", head + tail)  # "help them get the new CRM used", "help with the rota"
    if (
        first == "help" and after not in offerpieces.HELP_THINGS and " " in rest
    ):  # "help new drivers with ..."
        return Offer("vp", head + tail)
    if first.lower() in ("fewer", "less", "shorter", "faster", "quicker", "lower"):
        # "fewer missed connections", "faster close + clearer IBNR story": outcomes to aim
        # for, each with the article it needs ("a faster close and a clearer IBNR story")
        aims = [offerlist.thing(part, common) or part for part in head.split(" and ")]
        return Offer("aim", " and ".join(aims) + tail)
    verbs = re.split(r" and |, (?=[a-z])", head)  # "catalogue X, get them online": two acts
    shapes = [analyse(v, common).shape for v in verbs]
    if (
        len(verbs) > 1
        and Shape.BASE in shapes
        and all(lexicon.is_base_verb(v.split()[0]) for v in verbs)
        and not any("adj" in lexicon.classes(v.split()[0].lower()) for v in verbs)
    ):  # "run the programme + get the starters through": "run" is no past here ("safe
        # climbing + keep the crew on schedule": "safe" describes, it is no verb)
        return Offer("vp", " and ".join(verbs) + tail)
    if (
        means and first.lower() in offerpieces.PRESENT_TOO
    ):  # "cut TTF with ...": a plan, no past act
        return Offer("vp", head + tail)
    processes = offerlist.processes(head, common)
    if processes is not None:  # "linac commissioning + SABR expansion": work to help with
        return Offer("vp", f"help with {processes}{tail}")
    phrase = analyse(head, common)
    both = [analyse(p, common) for p in head.split(" and ")] if " and " in head else []
    counted = [  # "more reliable rota": "more" grading its describing word, never how much
        needs_article(p) and p.words[0] in ("more", "less")
        for p in both
        if p.shape is Shape.NOUN and len(p.words) > 1
    ]
    if len(both) == 2 and (
        all(p.shape is Shape.NOUN and needs_article(p) for p in both)
        or (len(counted) == 2 and any(counted))
    ):  # "research repo + recruiting panel": each thing with its own article; "more
        # reliable weekend rota + cleaner audits": the one counted thing with its own
        return Offer("np", " and ".join(with_article(p) for p in both) + tail)
    if re.match(r"[a-z]+, [a-z]+ [A-Z]{2,3}(?: (?:for|to|on|in)\b|$)", head):
        return None  # "stable, consistent SW for the kids": a person or a thing? unsure
    if offerlist.resultative(head):  # "keep delays down in the summer peak": no thing
        return Offer("vp", head + tail)
    if not detail and offerobjects.acts_alone(head):  # "keep the downtime log accurate"
        return Offer("vp", head + tail)
    if phrase.shape in (Shape.NOUN, Shape.ROLE):
        if first in offerlist.RESULT_VERBS and rest.split(" ", 1)[0] in ("on", "up", "in", "out"):
            return None  # "take on more home visits ...": an action, never "a take on"
        if any(analyse(p, common).shape is Shape.BASE for p in head.split(", ")[1:]):
            return None  # "firm but fair on the wing, de-escalate ...": a quality, then an act
        parts = head.split(" and ")
        outcome = len(parts) == 2 and parts[1].split()[0] in ("fewer", "less", "more", "better")
        each = [offerlist.thing(p, common) for p in parts] if outcome else [None]
        if all(each):  # "clean audit trail + fewer repeat findings": a thing, then an outcome
            return Offer("np", " and ".join(t for t in each if t) + detail + tail)
        np = offermix.with_its_article(phrase, common, head)  # "a calm, experienced voice"
        return Offer("np", np + detail + tail)
    if detail:
        return None  # what makes up a thing, after what is no thing
    if phrase.shape is Shape.BASE:
        return Offer("vp", phrase.text + tail)
    if tail or things:
        return None  # a purpose after a clause of its own, or things not read as things
    read = read_point(item if text == whole else text, common, offer=True)
    if read.kind is Kind.ACHIEVEMENT:
        return None  # "planned maintenance contracts ...": a past act is nothing to bring
    said = read.said or clause(phrase)
    if said is not None and not said.text().startswith("I "):
        described = offerlist.described_things(head, common)  # never a bare phrase printed
        return None if described is None else Offer(*described)
    return None if said is None else Offer("clause", sentence(said.text()))
