"""Surface realisation: a note item, read by `phrases.analyse`, said as the candidate's clause.

"fluent in Spanish": "I am fluent in Spanish"; "led usability studies": "I led usability studies";
"master's degree in nursing": "I hold a master's degree in nursing". A noun phrase gets its
article; an item of no sayable shape gets no clause (None): left out, never a broken sentence.
"""

from __future__ import annotations

from dataclasses import dataclass

from composer import regexes as re
from composer.offline import credentials, fields, figures, lexicon, pointwords
from composer.offline.cleaning import bare
from composer.offline.cvposts import person
from composer.offline.phrases import Phrase, Shape, analyse, head_noun
from composer.offline.tidy import (
    OPINION,
    dated,
    names_only,
    object_article,
    ours,
    post_nominals,
    role_article,
    whose_subject,
    with_tail,
)
from composer.offline.wellformed import PAIRED
from composer.offline.words import (
    COUNTABLE,
    CREDENTIAL_NOUNS,
    CREDENTIALS,
    DETERMINERS,
    EXECUTIVE,
    HELD_INITIALS,
    OBJECT_COUNTABLE,
    ORDINALS,
    PERSON_HEADS,
    PREPOSITIONS,
    RUN_HEADS,
    SMALL_NUMBERS,
    STATES,
    STATIVE_VERBS,
    STINTS,
    WH_WORDS,
)

# After a comma, a count of people or things and what they did: its own clause.
_OWN_CLAUSE = re.compile(
    r", (?=(?:\d+|two|three|four|five|six|seven|eight|nine|ten|all|most|both) [a-z]+s "
    r"(?:[a-z]+ed|went|got|became|won|made|took|began|ran|gave|found)\b)"
)
_DURATION = re.compile(
    r"^(?:over |nearly |almost |about )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twenty|thirty|forty)(?:-\w+)?)\+?"
    r" (?:years?|months?|decades?)\b",
    re.IGNORECASE,
)


def needs_article(phrase: Phrase) -> bool:
    """A bare singular noun phrase: "master's degree in nursing" needs "a"."""
    if phrase.shape not in (Shape.NOUN, Shape.ROLE):
        return False
    words = phrase.words
    first = words[0].lower()
    if phrase.shape is Shape.ROLE and first not in DETERMINERS:
        return True  # "a PRINCE2 Practitioner", "a licensed electrician"
    if bare(first) in CREDENTIALS:
        return True  # "MBA from INSEAD", "BSc Economics from Leeds"
    head = head_noun(words) if first == "level" else bare(words[-1])  # "Level 4 Diploma in X"
    heads = CREDENTIAL_NOUNS | ({"award"} if first == "level" else set())  # "Level 3 Award"
    if (head or "").lower() in heads and first not in DETERMINERS and " and " not in phrase.text:
        return True  # "Level 3 Food Hygiene certificate"
    graded = len(words) > 2 and first in ("more", "less") and lexicon.is_adjective_only(words[1])
    if graded:  # "more reliable weekend rota": "more" grades the describing word, not the thing
        words, first = words[1:], words[1].lower()
    if first in DETERMINERS or first[:1].isdigit() or first in WH_WORDS or words[0][:1].isupper():
        return False
    adjectives = re.fullmatch(r"\w+, (?P<rest>[^,]+)", phrase.text)  # "calm, safe ward ..."
    if adjectives and "adj" in lexicon.classes(words[0].strip(",").lower()):
        words = adjectives.group("rest").split()
    elif " and " in phrase.text or "," in phrase.text:
        return False
    head = head_noun(words)  # a role has had its answer above, by its determiner
    return head is not None and (head.lower() in COUNTABLE or head.lower() in OBJECT_COUNTABLE)


# A state the candidate holds, then a role with its own article: "CORU-registered and a member
# of the ISCP", "fully qualified and an active member of ...": said as typed after "I am", never
# with an article before the state ("a CORU-registered and a member").
_STATE_AND_ROLE = re.compile(
    r"(?:\w+ )?[\w-]*(?:registered|certified|qualified|licensed|chartered|accredited)"
    r" and (?:an?|the) .+",
    re.IGNORECASE,
)


def with_article(phrase: Phrase) -> str:
    """The noun phrase with "a" or "an" when it needs one ("the" before "second round")."""
    one = phrase.words[0].lower() in ORDINALS or phrase.text.lower().startswith("author of ")
    # "fourth class power engineer": an ordinal that grades a ticket names a kind, "a"
    one = one and phrase.words[1:2] != ["class"]
    # "first aider", "first officer": a kind of person, "a" (round 52, h1438)
    one = one and phrase.words[1:2] not in (["aider"], ["responder"], ["officer"], ["mate"])
    if needs_article(phrase) and one:
        return f"the {phrase.text}"  # "the second round", "the author of a peer-reviewed study"
    if needs_article(phrase):
        return f"{lexicon.article(phrase.text)} {phrase.text}"
    return phrase.text


# Describing words typed between a count and the people it counts: "train 2 new technicians".
_COUNT_DESCRIBERS = frozenset(["new", "junior", "senior", "young", "local", "trainee", "more"])


@dataclass(frozen=True)
class Clause:
    """The candidate saying one item: "I" + verb + the rest, so an adverb can go in its place.

    `text()` gives "I led usability studies"; `text("also")` gives "I also led usability
    studies", or "I am also fluent in Spanish".
    """

    subject: str
    verb: str
    rest: str
    whole: str | None = None  # a sentence taken as it is (a clause with its own subject)

    def text(self, adverb: str = "") -> str:
        if self.whole is not None:
            return self.whole
        if not adverb:
            return f"{self.subject} {self.verb} {self.rest}".strip()
        helper, _, more = self.verb.partition(" ")
        if helper in ("am", "was", "can", "have", "had", "will") and (
            helper != "have" or lexicon.is_participle(more.partition(" ")[0])
        ):  # "I am also ...", "I have also spent ...", "I can also ..."; "I also have ..."
            verb = f"{helper} {adverb} {more}".strip()
            return f"{self.subject} {verb} {self.rest}".strip()
        return f"{self.subject} {adverb} {self.verb} {self.rest}".strip()


# Words that open a tail which is already a phrase of its own: ", which ...", ", and ...".
_PROSPECT = re.compile(
    r",?\s*\(?\b(?P<word>predicted|expected|anticipated|projected)\s+(?P<what>[^(),]+?)\)?$",
    re.IGNORECASE,
)


def _prospect(found: re.Match[str]) -> str:
    """ "with a predicted 2:1", "due to finish in 2027"."""
    what = found.group("what").strip()
    if re.fullmatch(r"(?:(?:in|by)\s+)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d", what):
        return f"due to finish {what if what[:2] in ('in', 'by') else 'in ' + what}"
    word = found.group("word").lower()
    return f"with {lexicon.article(word)} {word} {what}"


def clause(phrase: Phrase, *, variant: int = 0) -> Clause | None:
    """The item said by the candidate, or None when its shape gives no safe sentence.

    `variant` picks among verbs that fit a noun phrase ("I bring", "I have", "I offer"). A
    clause that would still carry a raw note mark ("->", " - ", "qual/quant", "lol") is None:
    the item is left out rather than pasted.
    """
    said = _clause(phrase, variant)
    if said is not None and said.whole is None and _CODES.search(said.rest):
        said = Clause(said.subject, said.verb, _CODES.sub(r"\1 and \2", said.rest))
    if said is None or _RAW.search(PAIRED.sub("X", said.text())):
        return None
    return said


# Two codes of one form joined by a slash: "modules TS1/TS2" are "modules TS1 and TS2".
_CODES = re.compile(r"\b([A-Z]{1,4}\d{1,3})/([A-Z]{1,4}\d{1,3})\b")


# Marks a sentence cannot carry: arrows, dash joins, slashes, "%" after a word, chat, shorthand.
_RAW = re.compile(
    r"->|=>|<-|\s[-–]\s|(?<=[A-Za-z])/(?=[A-Za-z])(?<!\band/)|(?<=[A-Za-z])%|\blol\b|\btbh\b"
    r"|!!|\?|\bEng\b|\bmicro\b|\betc\b|\s\+\s|\.\.\."
)


def _clause(phrase: Phrase, variant: int) -> Clause | None:
    text = phrase.text
    shape = phrase.shape
    figure = figures.said(text)  # "~15 GAs a wk monitoring solo": a result with no verb
    if figure is not None:
        return Clause("", "", "", whole=figure)
    if ": " in text and shape is not Shape.FIRST_PERSON:
        return None  # "A-levels: Maths A*, Physics A", "Microsoft Certified: Azure ...": a label
    if (shape in (Shape.NOUN, Shape.ROLE) or "," in text) and credentials.degree(text):
        return _credential(text)  # "Masters in Social Work"; "MSc X, Y (IHO ... recognised)"
    if shape is Shape.PAST:
        if trained := pointwords.trained_person(text):  # "trained internal auditor": no deed
            return Clause("I", "am", trained)
        text = dated(ours(text))
        verb, _, rest = (text if pointwords.doing_after(text) else with_tail(text)).partition(" ")
        state = re.search(r", with (?P<state>[^,]+)$", rest)
        if state and analyse(state["state"]).shape is Shape.ADJECTIVE:
            return None  # "made a shoe for a pony, sound in 6 wks": whose state? Not sure
        return Clause("I", verb, object_article(verb, figures.zero_said(rest)))
    if shape is Shape.PARTICIPLE:
        first = phrase.words[0].lower()
        has_date = re.search(r"\b(?:1[89]|20)\d\d\b|\bago\b|\blast\b|\bfor \w+ years?$", text)
        verb = "am" if first in STATES and not has_date else "was"  # "licensed in Oregon and
        # Washington, TPA certified": two standings, the last one named
        two = re.fullmatch(r"(?P<one>[^,]+), (?P<two>[A-Z][\w-]* (?:certified|qualified))", text)
        if two and verb == "am":
            return Clause("I", verb, f"{two['one']} and {two['two']}")
        # "Certified spacecraft controller on the X": a person of that standing (round 50, h1396)
        head = re.split(r" (?:on|in|at|for|with|of|from)\b", text, maxsplit=1)[0].split()
        who = head[-1].lower() if len(head) > 1 else ""
        person = lexicon.is_agent_noun(who) or (
            lexicon.is_noun(who) and re.search(r"(?:er|or|ist|ian)$", who) is not None
        )
        standing = first in ("certified", "licensed", "registered", "chartered", "accredited")
        if verb == "am" and person and standing:  # ("trained X": `pointwords.trained_person`)
            return Clause("I", verb, f"{lexicon.article(text)} {text[:1].lower()}{text[1:]}")
        return Clause("I", verb, text)
    if shape is Shape.ADJECTIVE:
        body = re.fullmatch(
            r"(?P<body>[A-Z][^,()]*?) (?P<state>registered|accredited|licensed)", text
        )
        listed = "," in text or "(" in text
        if listed and re.search(r" (?:registered|accredited|licensed)$", text):
            return None  # "RN (adult), NMC registered": more than one thing in one phrase
        if body and " and " not in text:  # "Social Work England registered"
            by = "with" if body.group("state") == "registered" else "by"
            return Clause("I", "am", f"{body.group('state')} {by} {body.group('body')}")
        if "," in text and any(_named_thing(p) for p in re.split(r", | and ", text)):
            return None  # "calm on the phone, quick accurate logging": a thing in the list
        areas = re.fullmatch(r"(?P<areas>.+ and .+) (?P<state>certified|trained|qualified)", text)
        if areas and re.search(r"\b[a-z]{3,}\b", areas["areas"].replace(" and ", " ")):
            # "IV cannulation and contrast admin certified": two areas, certified in both
            return Clause("I", "am", f"{areas['state']} in {areas['areas']}")
        return Clause("I", "am", text)
    if shape is Shape.ROLE:
        if phrase.words[0].lower() in EXECUTIVE:
            return Clause("I", "served as", text)
        span = re.fullmatch(r"(?P<role>.+?) (?P<span>for (?:\w+) (?:years?|months?))", text)
        if span and "(" not in text:  # "on-call lead for two years"
            role = span.group("role")
            titled = role[:1].isupper() and " of " in role  # "Head of Ops at Ocado"
            role = role if titled else with_article(Phrase(role, shape, phrase.source))
            return Clause("I", "have worked as", f"{role} {span.group('span')}")
        if re.search(r"(?<!\bfor) (?:about )?\w+ (?:years?|months?)$", text):
            return None  # "maths lead for yr group at current school 2 yrs": years tacked on
        aside = re.fullmatch(r"(?P<role>.+?) \((?P<aside>[^()]+)\)", text)
        if aside:
            return _role_aside(phrase, aside.group("role"), aside.group("aside"))
        if _STATE_AND_ROLE.fullmatch(text):  # "CORU-registered and a member of the ISCP"
            return Clause("I", "am", text)
        former = re.match(r"(?i)(?:former|ex-)\s*(?=\S)", text)
        if former:  # "Former Safety Officer": a post held once, said in the past
            rest = text[former.end() :]
            return Clause("I", "was", with_article(Phrase(rest, shape, phrase.source)))
        return Clause("I", "am", with_article(phrase))
    if shape is Shape.GERUND:
        second = phrase.words[1].lower() if len(phrase.words) > 1 else ""
        after = phrase.words[2].lower() if len(phrase.words) > 2 else ""
        ends = not after or after[:1] == "(" or after in ("and", "at", "with", "for", "in")
        post = re.fullmatch(r"[a-z]+(?:er|or|ist|ian|ant)", second) and lexicon.is_noun(second)
        if ends and post:
            return None  # "mining engineer", "teaching assistant": a post, no doing
        if second in ("course", "training", "programme", "program", "certificate", "diploma"):
            return None  # "malting course VÚPS Brno" (round 52, h1440): a course taken, no doing
        if re.search(r"\b(?:down|up) to \d", text):
            return None  # "steeping water down to 3.4 m3/t": a result, no experience of a doing
        return Clause("I", "have experience", text)
    if shape is Shape.BASE:
        if phrase.words[0].lower() in STATIVE_VERBS:  # "the modules TS1/TS2": named, so known
            known = re.sub(
                r"^((?:[a-z-]+ )*[a-z-]+s) (?=[A-Z]{1,4}\d)", r"the \1 ", text.partition(" ")[2]
            )
            return Clause("I", phrase.words[0].lower(), known)
        spent = pointwords.spent_doing(text)  # "volunteer two years with X": done that long
        if spent:
            return Clause("I", *spent)
        past = lexicon.verb_forms(phrase.words[0].lower()).get("VBD")
        counted = len(phrase.words) > 2 and re.fullmatch(r"\d+|[a-z]+", phrase.words[1]) is not None
        # "train 2 new technicians": a describing word may come between the count and its noun
        noun_at = 3 if len(phrase.words) > 3 and phrase.words[2] in _COUNT_DESCRIBERS else 2
        if (
            past
            and counted
            and _count_of(phrase.words[1])
            and lexicon.is_plural_noun(phrase.words[noun_at])
        ):
            # "train 3 apprentices": a count of things done is a deed, never "I can train 3"
            return Clause("I", past, " ".join(phrase.words[1:]))
        # "manage 6 staff, train new staff" (round 52, h1433): two doings, joined by "and"
        two = re.fullmatch(r"(?P<one>[^,]+), (?P<verb>[a-z]+)(?P<rest> [^,]+)", text)
        if two and lexicon.is_base_verb(two["verb"]) and " and " not in text:
            text = f"{two['one']} and {two['verb']}{two['rest']}"
        return Clause("I", "can", text)
    if shape is Shape.NOUN:
        if phrase.words[0].lower() in WH_WORDS:
            return None
        read = _credential(text)
        if read is not None:
            return read
        words = phrase.words
        head = re.sub(r"(?<=[^s])s$", "", (head_noun(words) or "").lower())  # one of them
        first = words[0]
        verbs: tuple[str, ...] = ("have",)  # more than one: the letter's variant picks
        acronym = re.fullmatch(r"[A-Z]{2,6}(?: \d+)?", text) is not None  # "QTS", "OSHA 30"
        if re.fullmatch(r"[A-Z]{2,6}", text) and text.lower() not in HELD_INITIALS:
            return None  # "PCQI": a certificate, a title or a membership? The line does not say
        if acronym or head in CREDENTIALS or any(bare(w).lower() in CREDENTIALS for w in words[:4]):
            under_way = _PROSPECT.search(text)
            if under_way:  # "BSc Economics, predicted 2:1": not held yet, under way
                held = with_article(phrase)[: -len(under_way.group())]
                return Clause("I", "am completing", f"{held}, {_prospect(under_way)}")
            verbs = ("have",) if " my " in f" {text} " else ("hold", "have")
        elif _DURATION.match(text) and len(words) > 2 and lexicon.is_gerund(words[2]):
            if words[3:4] == ["and"] and not lexicon.is_gerund(words[4] if len(words) > 4 else ""):
                return None  # "12 yrs tuning + regulation": "spent" takes no "regulation"
            verbs = ("have spent",)  # "six years running Airflow"
        elif _DURATION.match(text) and len(words) > 2 and words[2] in ("in", "at", "on", "as"):
            if re.search(r" as [^,]+, [a-z]+$", text):
                return None  # "... as assistant curator, textiles": a title's tail, unsure
            if re.search(r" at [A-Z]\w* [a-z]+$", text):
                return None  # "at Inverdale approach": a name's tail typed in lower case
            verbs = ("have spent",)  # "five years on a busy ward"
        elif _DURATION.match(text) and len(words) > 2 and words[2] not in PREPOSITIONS:
            # "six years UX research (B2C and logistics)": years of experience in it
            field = re.split(r" (?:in|at|for) ", " ".join(words[2:]))[0].split()
            if lexicon.is_past(field[-1]) and not lexicon.is_noun(field[-1]):
                return None  # "detached and centre based in Lewisham": no field named
            spent = fields.years_said(" ".join(words[:2]), " ".join(words[2:]))
            return None if spent is None else Clause("I", *spent)
        elif re.search(r"\bfor (?:\w+) (?:years?|months?)$", text):
            return None  # "band 6 for four years": no sure verb for it
        elif first[:1].isupper() and first.lower() not in DETERMINERS:
            if post_nominals(text):
                return Clause("I", "am", text)  # "CEng MICE"
            if _standing(words):  # "PADI Rescue Diver", "Level II Infrared Thermographer"
                return Clause("I", "am", f"{lexicon.article(text)} {text}")
            if not names_only(text) or re.fullmatch(r"[A-Z]{2,}[a-z]+", text):
                return None  # "Class 1 medical", "SENCo": no sure verb for it
            verbs = ("have experience with",)  # "Python, SQL and dbt"
        elif (
            first.lower() in ("zero", "no")
            and len(words) > 2
            and lexicon.is_past(words[2])
            and (words[2].endswith("ed"))
        ):
            return None  # "no rider abandoned with heat illness that year": a clause (round 60)
        elif first.lower() in ("zero", "no") and len(words) > 1:
            verbs = ("have had",)  # "zero lost-time incidents in nine years"
        elif _DURATION.match(text) and re.search(r", (?:including|especially|mainly) ", text):
            verbs = ("have",)  # "22 years of casework in X, including inks and printing"
        elif re.search(r",\s(?!\d)", text) and first.lower() not in DETERMINERS:
            # "visual merchandising, stock control and rota planning": a list of skills (not one
            # with counts in it, nor a thing and what was done to it: "new form, rolled out ...")
            done = any(lexicon.is_past(p.split()[0]) for p in text.split(", ")[1:])
            listed = not re.search(r"\d", text) and not done
            return Clause("I", "have experience in", text) if listed else None
        elif first.lower() in ("experience", "expertise", "knowledge", "skills"):
            verbs = ("have", "bring")
        elif head in RUN_HEADS and first.lower() not in DETERMINERS and not first[:1].isdigit():
            verbs = ("ran",)  # "diary study with 25 warehouse pickers"
        elif head in STINTS and first.lower() not in DETERMINERS:
            verbs = ("completed",)  # "summer internship at Yorkshire Water"
        elif head in ("poster", "talk", "paper", "presentation") and re.search(
            r"^(?:[\w-]+ ){0,2}(?:poster|talk|paper|presentation) (?:at|to) ", text
        ):
            return Clause("I", "presented", f"{lexicon.article(text)} {text}")  # "poster at X"
        # "..., three kids went on to college courses": a clause with its own subject, joined
        rest = _OWN_CLAUSE.sub(", and ", with_article(phrase))
        # "current manual driver's licence and a heavy rigid licence": the first one takes its
        # article too, as the second has one (round 52, h1428)
        if _PAPER_PAIR.match(rest):
            rest = f"{lexicon.article(rest)} {rest}"
        if verbs == ("have had",):  # "zero accident in my record": zero accidents
            rest = re.sub(r"^(zero|no) ([a-z]+)\b(?! [a-z]+s\b)", _none_of, rest, flags=re.I)
            # "zero LTI 3 yrs at factory": the span the record was kept over, "in" it
            rest = re.sub(
                r"^(?P<what>(?:zero|no)\s+\D+?)\s+(?P<n>[1-9])\s+(?P<unit>years?|months?)\b"
                r"(?P<at>\s+at\s+(?!the\b)(?=[a-z]))?",
                lambda m: (
                    f"{m['what']} in {SMALL_NUMBERS[int(m['n']) - 1]} {m['unit']}"
                    + (" at the " if m["at"] else "")
                ),
                rest,
            )
        return Clause("I", verbs[variant % len(verbs)], rest)
    if shape is Shape.FIRST_PERSON:
        if OPINION.match(text):
            return None  # advice to the employer is not the candidate's to give in thanks
        return Clause("", "", "", whole=role_article(text))
    if shape is Shape.PAIR:
        said = [clause(part) for part in phrase.parts]
        if len(said) != 2 or said[0] is None or said[1] is None:
            return None
        return Clause("", "", "", whole=f"{said[0].text()}, and {said[1].text()}")
    if shape is Shape.CLAUSE:
        if figures.done_with_no_doer(text):
            return None  # "final account ... agreed 3 wks early": a passive with no "was" or doer
        text = whose_subject(text)
        return Clause("", "", "", whole=text[0].upper() + text[1:])
    return None


# A licence or a certificate typed bare, then a second one with its article.
_PAPER_PAIR = re.compile(
    r"^(?!(?:a|an|the|my|our|two|three)\b)[a-z][\w'’ -]*? (?:licen[cs]e|certificate|ticket|card"
    r"|permit) and (?:a|an) "
)


def _none_of(found: re.Match[str]) -> str:
    """ "zero accident" -> "zero accidents": a count of none said of the plural."""
    many = lexicon.noun_plurals(found[2])
    one = len(many) == 1 and many[0] != found[2] and lexicon.is_noun(found[2])
    return f"{found[1]} {many[0]}" if one else found[0]


_SPAN = re.compile(
    r"^(?P<what>[^,]+?),\s+(?P<count>(?:over |nearly |about )?[\w.]+\+?) (?P<unit>years?|months?)"
    r"(?: (?P<rest>(?:in|at|on|with|of) [^,]+))?$"
)


def _credential(text: str) -> Clause | None:
    """A degree line, a named certificate or a skill with its span, said in full; else None."""
    degree = credentials.degree(text)
    if degree is not None:
        verb, rest = degree.said()
        return Clause("I", verb, rest)
    under_way = _PROSPECT.search(text)
    if under_way:
        studied = credentials.degree(text[: under_way.start()].strip(" ,("))
        if studied is not None and not studied.year and not studied.honours:
            where = f" at {credentials.definite(studied.school)}" if studied.school else ""
            return Clause("I", "am completing", f"{studied.named()}{where}, {_prospect(under_way)}")
    span = _SPAN.match(text)
    if span and not _PROSPECT.search(text):
        # "Go and Rust, seven years in production": seven years of experience with both
        what = span.group("what")
        if credentials.initials_only(what):
            return None  # "RPR + CRR, 7 yrs in court": standings held or tools used? Unsure
        names = [w for w in what.split() if w not in ("and", "or", "&")]
        link = "with" if all(w[:1].isupper() for w in names) else "in"  # "Go and Rust"
        rest = f" {span.group('rest')}" if span.group("rest") else ""
        years = f"{span.group('count')} {span.group('unit')}"
        if (record := kept_over(what, years)) is not None:  # "zero complaints, 3 yrs"
            return record
        posts = what.replace(" / ", " and ").split(" and ")  # "radio host / producer"
        if any(w.lower() in PERSON_HEADS for w in what.split()[:3]) or all(
            p.split() and person(p.split()[-1]) for p in posts
        ):  # "LP investigator, 5 yrs": a post held for the span
            titled = what[:1].isupper() and " of " in what  # "Director of Finance"
            role = f"{what}{rest}" if titled else f"{lexicon.article(what)} {what}{rest}"
            return Clause("I", "have worked", f"as {role} for {years}")
        return Clause("I", "have", f"{years} of experience {link} {what}{rest}")
    done = re.fullmatch(r"(?P<what>[A-Z][\w -]+?) (?:completed|passed|achieved)", text)
    if done:  # "ECT induction completed"
        return Clause("I", "have completed", f"my {done.group('what')}")
    held = credentials.certificate(text)
    if held is not None:
        return Clause("I", held[0], held[1])
    return None


# Words that make a capitalised post a standing held, not a product's or a team's name.
_STANDING_WORDS = frozenset(
    ["level", "grade", "class", "certified", "registered", "licensed", "chartered", "accredited",
     "qualified", "master", "advanced"]
)  # fmt: skip


def _standing(words: list[str]) -> bool:
    """ "PADI Rescue Diver", "Level II Infrared Thermographer": capitalised words ending on a
    person's post, led by a body's initials or with a word of standing in them (never "Adobe
    Illustrator", a product, nor "Currently Section Leader", a note's adverb)."""
    if not all(w[:1].isupper() or w[:1].isdigit() for w in words) or not person(words[-1]):
        return False
    if any(w.lower().endswith("ly") and not lexicon.is_noun(w.lower()) for w in words):
        return False
    initials = len(words[0]) > 1 and words[0].isupper() and words[0].isalpha()
    return initials or any(w.lower() in _STANDING_WORDS for w in words[:-1])


def kept_over(what: str, years: str) -> Clause | None:
    """ "zero PTO lapses" over "five years" -> "I have had zero PTO lapses in five years": a
    record of none kept over a span; None for anything else (a place or a time in `what`:
    "no damage claims last 2 yrs" is read by the other readers)."""
    words = what.split()
    if not words or words[0].lower() not in ("zero", "no", "nil"):
        return None
    if any(w.lower() in PREPOSITIONS | {"last", "past"} for w in words):
        return None
    return Clause("I", "have had", f"{what} in {years}")


def _count_of(word: str) -> bool:
    """ "3", "twelve": a count of two or more."""
    if word.isdigit():
        return int(word) >= 2
    return word.lower() in SMALL_NUMBERS[1:] or word.lower() in ("dozens", "hundreds")


def _named_thing(part: str) -> bool:
    """ "quick accurate logging": describing words before a noun, which "I am" cannot take."""
    words = part.split()
    end = next((i for i, w in enumerate(words) if w.lower() in PREPOSITIONS), len(words))
    if end < 2:
        return False
    last = words[end - 1].lower()
    return lexicon.is_gerund(last) or (lexicon.is_noun(last) and "adj" not in lexicon.classes(last))


# "I am state authorised public accountant": a person noun after "I am" needs its article.
def _role_aside(phrase: Phrase, role: str, aside: str) -> Clause:
    """A role, its bracket: "(Wisconsin)": "in Wisconsin"; "(2023)": "qualified as ... in 2023"."""
    said = with_article(Phrase(role, phrase.shape, phrase.source))
    small = ("of", "the", "and", "for", "in", "a", "an")
    initials = "".join(w[0] for w in role.split() if w.lower() not in small).upper()
    if aside.isupper() and aside.replace(" ", "") in (initials, initials.replace("O", "")):
        return Clause("I", "am", said)  # "Fellow of the Higher Education Academy (FHEA)"
    if re.fullmatch(r"(?:19|20)\d\d", aside):  # "co-author of X (2022)": I co-authored X in 2022
        if wrote := re.match(r"(?i)(co-)?author of ", role):
            said, verb = role[wrote.end() :], "co-authored" if wrote[1] else "wrote"
        return Clause("I", verb if wrote else "qualified as", f"{said} in {aside}")
    if all(w[:1].isupper() for w in aside.split()) and not aside.isupper():
        return Clause("I", "am", f"{said} in {aside}")  # a place
    return Clause("I", "am", with_article(phrase))
