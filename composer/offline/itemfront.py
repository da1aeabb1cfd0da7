"""A qualification or highlight read before the item readers, where its shape is one they
misread (session 60, from the quoted faults of blind readers 167, 169 and 173):

- "Approved road safety audit team leader": a standing granted by a body, "I am an approved
  ...", never a deed ("I approved road safety audit team leader");
- "verification backlog cut ~40%": a result typed thing first, read as "cut verification
  backlog by ~40%" ("I cut the verification backlog by about 40%");
- "I gave a clear, step-by-step answer on ...", "I was able to explain the whole process": a
  grade of the candidate's own answer in the room, left out (self-praise);
- "Chartered Professional Engineer (CPEng)": a name with its own short form in brackets, read
  without it and said with it after ("..., in CPEng" read the bracket as a field).
"""

from __future__ import annotations

from composer import regexes as re
from composer.english import SPELLED_DIGITS
from composer.offline import lexicon
from composer.offline.fields import is_post
from composer.offline.realise import Clause
from composer.offline.schools import definite, school_name
from composer.offline.words import PERSON_HEADS, SMALL_NUMBERS, word_set

__all__ = ["named_short", "read"]

_APPROVED = re.compile(
    r"(?i)^(?P<how>approved|accredited|registered|licensed|certified)\s+"
    r"(?P<what>(?!(?:with|by|in|at|for|as|to|under)\b)[a-z][\w /-]*?\b(?:leader|auditor|assessor"
    r"|inspector|installer|surveyor|trainer"
    r"|instructor|supplier|contractor|practitioner|examiner|verifier|designer))(?:\s*\([^()]*\))?$"
)
_REGISTERED_WITH = re.compile(
    r"(?i)^(?:registered|accredited|licensed|certified|approved)\s+(?:with|by)\s+the\s+"
    r"(?-i:[A-Z])[^()]*\sas\s+an?\s"  # "... with the X Council as a candidate surveyor"
)
_THING_CUT = re.compile(
    r"(?i)^(?P<what>[a-z][a-z -]*?[a-z])\s+(?P<verb>cut|reduced|increased|improved|raised|grew)\s+"
    r"(?:by\s+)?(?P<by>~?\d[\d.,]*\s*%)$"
)
# "saw failures down ~40% w/ set change schedule + crack log": a result typed thing first
_THING_WENT = re.compile(
    r"(?i)^(?P<what>[a-z][a-z -]*?[a-z])(?:\s+went)?\s+(?P<way>down|up)\s+(?:by\s+)?"
    r"(?P<by>~?\d[\d.,]*\s*%)"
    r"(?P<how>\s+(?:w/|with|through|after)\s+[^()]+)?$"
)
# A degree typed after its subject: "Textile Engineering BSc, Ege University" is read as
# "BSc Textile Engineering, Ege University" (was "textile Engineering BSc from ...").
_SUBJECT_FIRST = re.compile(
    r"^(?P<subject>(?:[A-Z][a-z]+\s+){0,3}[A-Z][a-z]+)\s+(?P<degree>B\.?Sc|BA|B\.?Eng|B\.?Tech|BEd"
    r"|M\.?Sc|MA|M\.?Eng|MBA|PhD|LLB|LLM)\b(?P<rest>\s*(?:,|\bfrom\b|\bat\b|\().*)?$"
)
# A degree typed by its full name: "Master of Occupational Hygiene and Toxicology, Edith Cowan
# University" is held (was "I am a Master of ...").
_DEGREE_NAMED = re.compile(
    r"^(?P<degree>(?:Master|Bachelor|Doctor)\s+of\s+[A-Z][\w&'-]*(?:\s+(?:[A-Z][\w&'-]*|and|of|in|&))*)"
    r"(?:,\s*(?P<school>[A-Z][^,()\d]*))?$"
)
# A standing held from a year: "MSA grader accreditation, held since 2021" (was "I hold MSA
# grader accreditation and held since 2021").
_HELD_SINCE = re.compile(
    r"(?i)^(?P<what>[\w][^,;()]*?),?\s+(?:held|holder)\s+since\s+(?P<year>(?:19|20)\d\d)\.?$"
)
# A post held since a year that the readings below take for a thing had: "2-man unit lead since
# 2026" (was "I have 2-man unit lead since 2026"; "instructor since 2022" they read right).
_POST_SINCE = re.compile(
    r"(?i)^(?P<what>[\w][\w -]*?\b(?:lead|leader|representative|rep))\s+since\s+"
    r"(?P<year>(?:19|20)\d\d)\.?$"
)
_OWN_ANSWER = re.compile(
    r"(?i)^(?:I\s+)?(?:gave|made|had)\s+(?:a|an)\s+(?:[\w-]+,?\s+){1,3}(?:answer|reply|response"
    r"|explanation)\b"
)
# How the candidate did in the room, told of afterwards: "I was able to explain the whole
# process ...", "I was open about the season ..., which the panel seemed to appreciate".
_HOW_I_DID = re.compile(
    r"(?i)^I\s+(?:was\s+able\s+to|managed\s+to)\s+(?:explain|describe|answer|show|walk|talk"
    r"|give\s+(?:a|an)\s+(?:[\w-]+,?\s+){0,3}(?:answer|reply|response|explanation|example))\b"
    r"|^I\s+was\s+(?:very\s+)?(?:open|honest|candid|frank|clear|calm|confident)\s+about\b"
    r"|^(?:I\s+)?(?:talked|walked|took\s+(?:them|him|her))\s+(?:thru|through)\s+my\b"
    # "During the trial, Mr. Asano said my packet turning was steady": their praise, told back
    r"|^(?:During\s+[^,]+,\s*)?(?:(?:Mr|Ms|Mrs|Dr)\.?\s+[A-Z][\w'-]+|[Hh]e|[Ss]he|[Tt]hey"
    r"|[Tt]he\s+panel)\s+(?:said|told\s+me|mentioned|commented|liked|praised|complimented)\s+"
    r"(?:that\s+)?my\b"
    r"|,\s+which\s+(?:the\s+panel|they|she|he|the\s+interviewers?)\s+(?:(?:seemed|appeared)\s+to\s+)?"
    r"(?:appreciate|like|enjoy|value)d?\s*[.!]*$"
    # "I sight-read the score accurately at the first attempt", "... followed GMD Kern's tempo
    # changes without difficulty": the candidate's grade of their own test in the room
    r"|\b(?:without\s+(?:any\s+)?(?:difficulty|difficulties|hesitation)|(?:accurately\s+)?at"
    r"\s+the\s+first\s+attempt)\s*[.!]*$"
    # "answered the stuck carrier q step by step, deniz nodded a lot": their reaction, told back
    r"|,\s+(?:[A-Za-z][\w'-]+|the\s+panel)\s+(?:nodded|smiled|laughed|(?:seemed|looked)\s+"
    r"(?:happy|pleased|impressed|convinced))\b"
    # "I showed genuine interest in X", "took Wiremu's feedback on pacing well": how the
    # candidate came across, told of afterwards
    r"|^I\s+(?:showed|demonstrated|expressed)\s+(?:(?:a|my)\s+)?(?:genuine|real|strong|keen"
    r"|clear|great)\s+(?:interest|enthusiasm|passion)\b"
    r"|\btook\s+(?:[A-Z][\w'-]+(?:'s|’s)|his|her|their|the)\s+(?:[\w-]+\s+)?feedback\b[^.;,]*"
    r"\s+well\b"
    # "..., which Mr. Takahashi said was the answer he was hoping to hear": their praise
    r"|,\s+which\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+[A-Z][\w'-]+|[A-Z][a-z]+|he|she|they|the\s+panel)"
    r"\s+said\s+(?:was|is|were|are)\s+(?:the|exactly|just|a\s+(?:good|great|strong)"
    r"|(?:very\s+|really\s+)?(?:useful|helpful|good|great|excellent|interesting|valuable))\b"
    # "Correctly identified both infringements on the sample printout", "... in front of Mr.
    # Hargreaves without error": the interview's own test, marked by the candidate
    r"|^(?:I\s+)?correctly\s+(?:identified|answered|spotted|diagnosed|found)\b"
    # "My example of closing the wall over a worn anchor showed that I put safety first"
    r"|^my\s+(?:example|answer|story)\b[^.;]*\bshowed\s+(?:(?:that\s+)?I\b"
    r"|the\s+[^.;]*\b(?:they|you)\s+(?:are|were)\b)"  # "... the safety culture they are after"
    r"|\bin\s+front\s+of\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+[A-Z][\w'-]+|him|her|them|the\s+panel)\s+"
    r"without\s+(?:an?\s+)?(?:error|mistake|fault)s?\b"
)
_NAMED_SHORT = re.compile(
    r"^(?P<name>(?:[A-Z][a-z]+\s+){1,5}[A-Z][a-z]+)\s*\((?P<ab>[A-Z][A-Za-z]{1,7})\)$"
)
# Years in a field and, within them, in a part of it: "22 years in transport engineering, 15
# years in road safety auditing" (was "15 years of experience in 22 years in ...").
_TWO_SPANS = re.compile(
    r"^(?P<a>\d{1,2})\s+(?:years|yrs)\s+(?:in|of)\s+(?P<x>[a-z][\w -]*?),\s+(?P<b>\d{1,2})\s+"
    r"(?:years|yrs)\s+(?:in|of)\s+(?P<y>[a-z][\w -]*?)\.?$"
)
# A certificate typed bare, in plain words: "First aid certificate" ("I hold a first aid
# certificate", was "I hold the first aid certificate": the one asked for, said of none).
_PLAIN_CERTIFICATE = re.compile(
    r"^(?!(?i:have|has|hold|holds|got|own|with)\b)[A-Za-z][a-z]+(?:\s+[a-z]+){0,3}\s+"
    r"(?:certificate|licence|license)$"
)
# A typing speed typed short: "62 wpm typing", "typing 70 wpm w/ 98% accuracy".
_TYPING = re.compile(
    r"(?i)^(?:typing\s+)?(?P<n>\d{2,3})\s*wpm(?:\s+typing)?(?:\s*(?:w/|with)\s*(?P<acc>\d{2,3})%"
    r"\s*accuracy)?$"
)
# A paper held that the candidate forgot to mention: "forgot canine first aid cert.", "forgot to
# say I have my HGV licence".
_FORGOT_HELD = re.compile(
    r"(?i)^(?:I\s+)?forgot(?:\s+to\s+(?:say|mention))?\s+(?:that\s+)?(?:I\s+(?:have|hold)\s+)?"
    r"(?P<what>(?:(?:my|the|a|an)\s+)?[\w -]+?\b(?:cert|certificate|licence|license|ticket|card))"
    r"\s*[.!]*$"
)
# What the candidate can do, typed first: "mould making + casting i can already do, don't need
# training on that" (the aside after it is a note to self).
_CAN_DO_FRONTED = re.compile(
    r"(?i)^(?P<what>[a-z][\w -]*(?:\s+(?:\+|&|and)\s+[a-z][\w -]*)?)\s+i\s+(?:can|could)\s+"
    r"(?P<already>already\s+)?do\b(?:\s*[,;-].*)?$"
)
# A title a body grants, in capitals, its last word a person's: "Certified Consulting
# Meteorologist (American Meteorological Society)".
_CERTIFIED_TITLE = re.compile(
    r"^(?:Certified|Chartered|Registered|Licensed|Accredited)\s+(?:[A-Z][\w-]+\s+){0,3}"
    r"(?P<head>[A-Z][a-z]+)(?:\s*\([^()\s]+\s[^()]*\))?$"  # ("(Ontario)": read by others)
)


def _person(word: str) -> bool:
    return word in PERSON_HEADS or lexicon.is_trade_noun(word) or lexicon.is_agent_noun(word)


# A certification typed as initials and its grade: "ICML MLT II", "ASNT UT 2".
_GRADE_CODE = re.compile(r"(?:[A-Z]{2,6} ){1,2}(?:I{1,3}|IV|[1-3])")
# Audits passed, typed short: "2 FDA audits no major findings", "3 BRC audits, zero NCs".
_AUDITS = re.compile(
    r"^(?P<n>\d{1,2}|two|three|four|five|six)\s+(?P<what>(?:[A-Z][\w&-]*\s+|[a-z]+\s+){0,2}"
    r"(?:audits|inspections))\s*[,;-]?\s*(?:with\s+|w/\s*)?(?:no|zero|0)\s+"
    r"(?P<kind>(?:major\s+|critical\s+|serious\s+)?(?:findings|non-?conformances|NCs))$"
)
PRAISE = "it praises your own answer in the interview"
RETOLD = "it tells them what you said in the room; write the point itself"
# What the candidate said in the room, typed as a highlight: "I explained my approach to
# catalogue writing", "I described how a careful probate valuation meeting led to ..."
_ROOM_TOLD = re.compile(
    r"(?i)^(?:I\s+)?(?:described|explained|outlined)\s+(?:how|my|the|what|why|our)\b"
    # "the thing Rebecca said about X - I should have said ...": their words, no point of mine
    r"|^the\s+(?:thing|point|comment)\s+(?:that\s+)?(?:(?-i:[A-Z])[\w'-]+|she|he|they)\s+"
    r"(?:said|made|mentioned)\b"
)


# A school's town in brackets before the year it was finished: "from ISIPCA (Versailles),
# graduated in September 2030" (the degree's reader reads the school and the date without it).
_TOWN_THEN_DONE = re.compile(
    r"\b(?:from|at) [A-Z][\w&-]+(?P<town> \([A-Z][a-zà-ÿ]+(?: [A-Z][a-zà-ÿ]+)?\))"
    r"(?=, (?:graduated|completed|finished)\b)"
)
# A deed, then a course done besides, joined by a plus: "built 4 steel frames at home + 1 frame
# building course in 2029 (2 wks, nsw)" (never "I built ... and 1 frame building course").
_DEED_AND_COURSE = re.compile(
    r"^(?P<deed>(?P<verb>[a-z]+)\b[^+]+?) \+ (?:1|one|a) (?P<course>[\w -]+? course)"
    r"(?P<year> in (?:19|20)\d\d)?(?: \([^()]*\))?$"
)
# A deed typed in the plain form (a second-language habit) with a count of the places it was
# done in: a record, said in the past ("install remote temperature monitoring in 22 health
# posts" -> "I installed ...", never "I can install ...").
_PLAIN_AT_COUNT = re.compile(
    r"^(?P<verb>[a-z]+) (?P<rest>(?P<next>[a-z]+)[^,()–-]* in \d[\d,]*(?: [a-z]+)*?"
    r" (?!(?:mths|months|weeks|wks|days|years|yrs|hours|hrs|mins|minutes)\b)[a-z]+s"
    # "inspect more than 600 units in Metro Manila": a tally of things done so far
    r"|(?P<tally>more than|over) \d[\d,]*\+? (?!(?:mths|months|weeks|wks|days|years|yrs|hours"
    r"|hrs|mins|minutes)\b)[a-z]+s\b[^,()–-]*)$"
)
# A thing, what the candidate did to it, then where and how long, after commas: "illegal FM
# transmitter traced, Kisumu, 2 days" (never "I have experience in ... traced, Kisumu").
_THING_DONE_WHERE = re.compile(
    r"^(?P<what>[a-zA-Z][\w -]*?[a-zA-Z]) (?P<done>[a-z]+ed), (?P<place>[A-Z][\w'-]+"
    r"(?: [A-Z][\w'-]+)?)(?:, (?P<n>\d{1,2}|one|two|three|four|five|six) (?P<unit>hours?|days?"
    r"|weeks?|months?))?$"
)


def _done_where(found: re.Match[str]) -> str:
    """ "traced an illegal FM transmitter in Kisumu in 2 days" for `_THING_DONE_WHERE`."""
    what = found["what"]
    one = not lexicon.is_plural_noun(what.split()[-1])
    thing = f"{lexicon.article(what)} {what}" if one else what
    took = f" in {found['n']} {found['unit']}" if found["n"] else ""
    return f"{found['done']} {thing} in {found['place']}{took}"


def _subject_only(what: str) -> bool:
    """Whether `what` names only a subject ("fermentation + drying"), never what the people
    did ("all passed")."""
    words = what.split()
    return words[0] not in ("all", "most", "none", "both", "each", "every", "half") and not any(
        lexicon.is_past(word) for word in words
    )


# Years of a trade, then after a comma where (a kind of employer) or in what post (a person's
# title): "6 yrs RF optimisation, mobile operator", "5 years in pharmaceutical distribution
# company, cold chain supervisor", "2 years with departmental health secretary in Chocó, vaccine
# logistics".
_SPAN_TAIL = re.compile(
    r"^(?P<span>(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\+? (?:yrs?|years?))"
    r" (?P<prep>in |with |at )?(?P<what>[^,()]+?), (?P<tail>[a-z][a-z -]+)$"
)
_EMPLOYERS = word_set(
    "operator company firm bank hospital agency council school utility airline manufacturer"
    " supplier retailer insurer startup consultancy ministry laboratory lab plant factory"
    " distributor carrier port mill"
)
_POSTS = word_set(
    "supervisor manager engineer officer technician lead coordinator specialist analyst"
    " inspector planner assistant nurse teacher driver operator"
)


def _span_tail(found: re.Match[str]) -> str | None:
    """The line with its tail said where it belongs (`_SPAN_TAIL`), or None when the tail is
    not one of its kinds."""
    span, prep, what, tail = found["span"], found["prep"] or "", found["what"], found["tail"]
    last = tail.split()[-1]
    if last in _EMPLOYERS and not prep and len(tail.split()) <= 3:
        return f"{span} in {what} at {lexicon.article(tail)} {tail}"  # "..., mobile operator"
    if last in _POSTS and prep == "in " and what.split()[-1] in _EMPLOYERS:
        org = f"{lexicon.article(what)} {what}"  # "in pharmaceutical distribution company"
        return f"{span} as {lexicon.article(tail)} {tail} at {org}"
    if prep == "with " and len(tail.split()) <= 3 and last not in _EMPLOYERS | _POSTS:
        org = what if what.split()[0] in ("the", "a", "an", "my") else f"the {what}"
        return f"{span} in {tail} with {org}"  # "with X in Chocó, vaccine logistics"
    return None


# A language spoken less well, after the fluent ones: "Fluent in X and Y, good working German".
_LANGUAGE_TAIL = re.compile(
    r"^(?P<head>(?i:fluent|native) in\b[^,]+), (?P<level>(?:good|basic|working|conversational|some"
    r"|decent|intermediate)(?: working)?) (?P<language>[A-Z][a-z]+)$"
)
# Where a figure was won, after a comma: "dropped-call complaints down 30%, western region".
_REGION_TAIL = re.compile(
    r"^(?P<head>[^,]+\d%?), (?P<region>(?:[a-z]+ )?(?:region|area|district|division|zone"
    r"|territory|province|county))$"
)
# How a figure was won, after a comma: "fuel burn down 12%, route planning" (a noun and the
# work done on it).
_HOW_TAIL = re.compile(
    r"^(?P<head>[^,]+\d%), (?P<how>[a-z]+ (?:planning|scheduling|routing|training))$"
)
# People trained, then what in, after a comma: "trained ~300 farmers, fermentation + drying".
_TRAINED_WHO = re.compile(
    r"^(?P<deed>trained|taught|coached|mentored) (?P<n>~?\d[\d,]*\+?) (?P<who>[a-z]+),"
    r" (?P<what>[a-z][a-z -]*(?: (?:\+|&|and) [a-z][a-z -]*)?)$"
)
# A junior post and how long it was held, typed with no "for": "Assistant to toji 3 season".
_STINT = re.compile(
    r"^(?P<role>(?i:assistant|apprentice|deputy|trainee|intern)(?: to)? [a-z][\w -]{1,30}?) "
    r"(?P<n>[1-9]) (?P<unit>(?i:seasons?|years?|months?))$"
)
# A post, then the years in its line of work after a comma: "Master piano maker
# (Klavierbauermeisterin), twenty-eight years in the trade".
_IN_THE_TRADE = re.compile(
    r"^(?P<role>[A-Za-z][\w -]+?(?: \([^()]+\))?), (?P<span>(?:\d+|[a-z]+(?:-[a-z]+)?) years in the"
    r" (?:trade|industry|business|field|profession|sector))$"
)


# What the candidate trains others in, typed with the trainer's title: "manual handling + first
# aid trainer", "forklift & MEWP instructor".
_TRAINER = re.compile(
    r"^(?P<what>[a-z][a-z-]*(?: [a-z][a-z-]*)*(?: (?:\+|&|and) [a-z][a-z-]*(?: [a-z][a-z-]*)*)+"
    r" (?:trainer|instructor|assessor|examiner))$"
)
# A trade's name, by its ending: "shipwright", "wheelwright", "stonemason", "boilermaker".
_TRADE = re.compile(
    r"(?:wright|smith|mason|maker|fitter|joiner|carpenter|welder|plumber|electrician)$"
)
# A trade trained in, where and when: "Trained shipwright, Marstal, 2018".
_TRAINED_AS = re.compile(
    r"^(?i:trained|qualified) (?P<post>[a-z][a-z -]+?), "
    r"(?P<place>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?), (?P<year>(?:19|20)\d\d)$"
)


def read(item: str) -> str | tuple[str, Clause] | None:
    """A standing, a certificate or years said ("role", "I am an approved ..."; "held", "I hold a
    first aid certificate"; "skill", "I have 22 years of
    experience in X, 15 of them in Y"), the line as the item readers should read it ("cut
    verification backlog by ~40%"), why it is left out (`PRAISE`, a sentence starting "it "), or
    None when the line has none of these shapes."""
    text = " ".join(item.split())
    if _OWN_ANSWER.match(text) or _HOW_I_DID.search(text):
        return PRAISE
    if _ROOM_TOLD.match(text):
        return RETOLD
    if (trainer := _TRAINER.match(text)) is not None:  # "manual handling + first aid trainer"
        what = re.sub(r"\s*(?:\+|&)\s*", " and ", trainer["what"])
        return "role", Clause("I", "am", f"{lexicon.article(what)} {what}")
    trained = _TRAINED_AS.match(text)  # "Trained shipwright, Marstal, 2018": qualified there
    if trained is not None and (
        is_post(trained["post"].split()[-1]) or _TRADE.search(trained["post"])
    ):
        post = trained["post"]
        return (
            f"trained as {lexicon.article(post)} {post} in {trained['place']} in {trained['year']}"
        )
    if (standing := _APPROVED.match(text)) is not None:
        what = f"{standing['how'].lower()} {standing['what']}"
        return "role", Clause("I", "am", f"{lexicon.article(what)} {what}")
    if _REGISTERED_WITH.match(text):  # "Registered with the X Council as a candidate surveyor"
        return "role", Clause("I", "am", text[:1].lower() + text[1:])
    if (spans := _TWO_SPANS.match(text)) is not None and int(spans["b"]) < int(spans["a"]):
        a, b = spans["a"], spans["b"]
        rest = f"{a} years of experience in {spans['x']}, {b} of them in {spans['y']}"
        return "skill", Clause("I", "have", rest)
    if (held := _PLAIN_CERTIFICATE.match(text)) is not None:  # "First aid certificate": one held
        what = held[0][:1].lower() + held[0][1:]
        return "held", Clause("I", "hold", f"{lexicon.article(what)} {what}")
    if (speed := _TYPING.match(text)) is not None:  # "62 wpm typing": a speed, said in words
        accuracy = f", with {speed['acc']}% accuracy" if speed["acc"] else ""
        return "skill", Clause("I", "type", f"at {speed['n']} words per minute{accuracy}")
    if (town := _TOWN_THEN_DONE.search(text)) is not None:  # "from ISIPCA (Versailles),
        return text[: town.start("town")] + text[town.end("town") :]  # graduated in ...": school
    counted = _PLAIN_AT_COUNT.match(text)  # "install X in 22 health posts": done, never "can"
    compound = (
        counted
        and lexicon.is_noun(counted["verb"])
        and not lexicon.is_plural_noun(counted["next"] or "")
    )  # "lead generation in 5 regions": a thing's name, never "led generation"
    if counted and lexicon.is_base_verb(counted["verb"]) and not compound:
        past = lexicon.verb_forms(counted["verb"]).get("VBD")
        if past and past != counted["verb"]:  # "cut X in 3 sites": read as typed, below
            return f"{past} {counted['rest']}"
    if (done := _THING_DONE_WHERE.match(text)) is not None and lexicon.is_past(done["done"]):
        return _done_where(done)  # "illegal FM transmitter traced, Kisumu, 2 days"
    if (tail := _SPAN_TAIL.match(text)) is not None and (said := _span_tail(tail)) is not None:
        return said  # "6 yrs RF optimisation, mobile operator": where, or in what post
    if (spoken := _LANGUAGE_TAIL.match(text)) is not None:  # "..., good working German"
        return f"{spoken['head']}, with {spoken['level']} {spoken['language']}"
    if (region := _REGION_TAIL.match(text)) is not None:  # "complaints down 30%, western region"
        return f"{region['head']} in the {region['region']}"
    if (won := _HOW_TAIL.match(text)) is not None:  # "fuel burn down 12%, route planning"
        return f"{won['head']} through {won['how']}"
    taught = _TRAINED_WHO.match(text)
    if taught and lexicon.is_plural_noun(taught["who"]) and _subject_only(taught["what"]):
        subject = re.sub(r"\s+(?:\+|&)\s+", " and ", taught["what"])  # "farmers, X + Y": in X
        return f"{taught['deed']} {taught['n']} {taught['who']} in {subject}"
    course = _DEED_AND_COURSE.match(text)
    if course is not None and lexicon.is_past(course["verb"]):  # "built 4 frames + 1 X course"
        return f"{course['deed']} and completed a {course['course']}{course['year'] or ''}"
    if (stint := _STINT.match(text)) is not None:  # "Assistant to toji 3 season": a post held
        role = re.sub(r"\bto (?!the\b|my\b|a\b|an\b)(?=[a-z])", "to the ", stint["role"].lower())
        count = SPELLED_DIGITS.get(stint["n"], stint["n"])
        unit = stint["unit"].lower().rstrip("s") + ("" if count in ("one", "1") else "s")
        return "role", Clause("I", "was", f"{lexicon.article(role)} {role} for {count} {unit}")
    if (trade := _IN_THE_TRADE.match(text)) is not None:  # "Master piano maker (X), 28 years
        role = trade["role"]  # in the trade": the years with the role, the line's capital off
        first = role.split()[0]
        role = first.lower() + role[len(first) :] if lexicon.known(first.lower()) else role
        return "role", Clause("I", "am", f"{lexicon.article(role)} {role} with {trade['span']}")
    if (forgot := _FORGOT_HELD.match(text)) is not None:  # "forgot canine first aid cert."
        return forgot["what"]  # read as the thing held, never "I forgot the ... certificate"
    if (fronted := _CAN_DO_FRONTED.match(text)) is not None:  # "casting i can already do"
        what = re.sub(r"\s+(?:\+|&)\s+", " and ", fronted["what"])
        return "skill", Clause("I", f"can {fronted['already'] or ''}do", what)
    title = _CERTIFIED_TITLE.match(text)
    if title is not None and _person(title["head"].lower()):
        # "Certified Consulting Meteorologist (AMS)": a title held, never "I have completed ..."
        return "role", Clause("I", "am", f"{lexicon.article(text)} {text}")
    if _GRADE_CODE.fullmatch(text):  # "ICML MLT II": a grade held, never "I am ICML MLT II"
        return "held", Clause("I", "hold", f"{text} certification")
    if (audits := _AUDITS.match(text)) is not None:  # "2 FDA audits no major findings"
        n = audits["n"]
        n = SMALL_NUMBERS[int(n) - 1] if n.isdigit() and 0 < int(n) < 10 else n
        found = f"with no {audits['kind']}"
        return "skill", Clause("I", "have been through", f"{n} {audits['what']} {found}")
    if (post := _POST_SINCE.match(text)) is not None:  # "2-man unit lead since 2026"
        what = post["what"]
        return "held", Clause(
            "I", "have been", f"{lexicon.article(what)} {what} since {post['year']}"
        )
    if (since := _HELD_SINCE.match(text)) is not None:
        return "held", Clause("I", "have held", f"{since['what']} since {since['year']}")
    if (named := _DEGREE_NAMED.match(text)) is not None:
        school = named["school"]
        where = f" from {definite(school_name(school, alone=True))}" if school else ""
        return "held", Clause("I", "hold", f"a {named['degree']}{where}")
    if (degree := _SUBJECT_FIRST.match(text)) is not None:
        return f"{degree['degree']} {degree['subject']}{degree['rest'] or ''}"
    if (done := _THING_CUT.match(text)) is not None:
        return f"{done['verb']} {done['what']} by {done['by']}"
    went = _THING_WENT.match(text)
    first = went["what"].split()[0].lower() if went else ""
    if went is not None and " - " in went["what"]:
        went = None  # "brine pump VFD - power down ~15%": what fell is after the dash
    if went is not None and not (lexicon.is_past(first) and not lexicon.is_noun(first)):
        verb = "cut" if went["way"].lower() == "down" else "raised"
        how = re.sub(r"^\s*w/", " with", went["how"] or "")
        return f"{verb} {went['what']} by {went['by']}{how}"
    return None


def named_short(item: str) -> tuple[str, str] | None:
    """(the name, its short form) for "Chartered Professional Engineer (CPEng)", when the short
    form's capitals are the initials of the name's words in order; else None."""
    found = _NAMED_SHORT.match(" ".join(item.split()))
    if found is None:
        return None
    capitals = [c for c in found["ab"] if c.isupper()]
    initials = [w[0] for w in found["name"].split()][: len(capitals)]
    return (found["name"], found["ab"]) if len(capitals) >= 2 and capitals == initials else None


# A degree typed with its thesis after a comma: "PhD in Archaeology (UCT), thesis on X".
_THESIS_TAIL = re.compile(
    r"^(?P<degree>[^,;]+?)\s*[,;]\s*(?:(?:her|his|my)\s+)?(?P<kind>thesis|dissertation)"
    r"(?:\s+(?:on|about)\s+|\s*:\s*)(?P<what>\S.*?)\.?$",
    re.IGNORECASE,
)


def thesis_tail(item: str) -> tuple[str, str] | None:
    """(the degree, "with a thesis on X") for a degree typed with its thesis after a comma;
    else None."""
    found = _THESIS_TAIL.match(" ".join(item.split()))
    if found is None:
        return None
    return found["degree"], f"with a {found['kind'].lower()} on {found['what']}"
