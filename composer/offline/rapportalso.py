"""Something the interviewer shares with the candidate, typed with "too", "as well", "like me",
"same as me" or "also" instead of "we both": the note said as "we both ..." (or "a fellow ...")
by the grammar of what is shared.

    "went to UC Davis same as me (viticulture, 2009)" -> "we both went to UC Davis"
    "also from portlaoise"                            -> "we are both from portlaoise"
    "Grew up in Ballarat, as I did"                   -> "we both grew up in Ballarat"
    "into fly fishing as well"                        -> "we both enjoy fly fishing"
    "also ex-harland & wolff like me"                 -> "we both worked at harland & wolff"
    "plays the fiddle too"                            -> "we both play the fiddle"
    "sea swimmer too - does the forty foot every day" -> "a fellow sea swimmer"
    "big liverpool fan like me"                       -> "a fellow liverpool fan"
    "PhD at U. of Arizona too (same dept)"            -> "we both did a PhD at the University
                                                          of Arizona"

The part that carries the marker is what both share; an aside after a dash, a comma or in
brackets is theirs alone and is left out. A part whose grammar is not one of these (a present
verb of being, a clause with its own subject other than theirs) gives None: the note is left
out as before.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.degrees import names_degree
from composer.offline.rapportpatterns import RELATIVES
from composer.offline.schools import definite, school_name
from composer.offline.words import EX_COUNTRIES, FUNCTION_WORDS

__all__ = ["WHERE_I", "also_mine", "same_as_mine", "same_one", "shared_part"]

# "same uni as me!!", "same hometown", "went to the same school": a place both share, unnamed.
_SAME = re.compile(
    r"(?i)^(?:(?:s?he|they)\s+)?(?:(?P<verb>went\s+to|did|studied\s+at|grew\s+up\s+in|is\s+from"
    r"|from|trained\s+at)\s+)?(?:the\s+)?same\s+(?P<what>uni|university|school|high\s+school"
    r"|college|med\s+school|law\s+school|course|program|programme|hometown|home\s+town|town"
    r"|village|city)(?:\s+as\s+(?:me|mine|i\s+did))?\s*[!.]*$"
)
_WHERE = {"uni": "university", "home town": "hometown", "program": "programme",
          "med school": "medical school"}  # fmt: skip


# ", same faculty like me (fermentation), but some years before": what both share, said after
# the place ("she also studied at X, same faculty as me"); the rest of the line is theirs alone
_SAME_TAIL = re.compile(r"(?i),\s+(?:the\s+)?same\s+[a-z]+\s+(?:as|like)\s+(?:me|mine)\b.*$")
_MARKED = re.compile(r"(?i)\b(?:also|too|as well)\b")


def same_as_mine(note: str) -> str:
    """ "she also studied at X, same faculty as me" -> "she also studied at X"; "she went to
    Leeds, same course as me" -> "she went to Leeds too": the sharing said by the marker the
    readings know. Any other note is returned as typed."""
    tail = _SAME_TAIL.search(note)
    if tail is None or not re.match(r"(?i)(?:s?he|they)\s+\w", note):
        return note
    head = note[: tail.start()].rstrip(" ,")
    return head if _MARKED.search(head) else f"{head} too"


def same_one(note: str) -> str | None:
    """ "same uni as me!!" -> "we went to the same university"; "from the same town as me" ->
    "we are from the same town"; None for any other note (which place it is stays unsaid)."""
    found = _SAME.match(" ".join(note.split()).strip(" ,;"))
    if found is None:
        return None
    what = " ".join(found["what"].lower().split())
    what = _WHERE.get(what, what)
    if what in ("hometown", "town", "village", "city"):
        return f"we are from the same {what}" if what != "hometown" else "we share a hometown"
    verb = " ".join((found["verb"] or "").lower().split())
    if what in ("course", "programme") or verb == "did":
        return f"we did the same {what}"
    return f"we went to the same {what}"


_AT_END = re.compile(
    r"(?:,?\s+(?:just\s+)?(?:too|as well|like me|same as me|like i did|like i do|as i did"
    r"|as i do|as do i|as did i))+$",
    re.I,
)
_ALSO = re.compile(r"^(?:(?:he|she|they)(?:'s|\s+is|\s+was|\s+are)?\s+)?also\s+", re.I)
_SUBJECT = re.compile(r"^(?:he|she|they)(?:\s+(?:is|are)|'s|’s)?\s+", re.I)
# A form of "be" with a singular thing after it is no "we both" ("used to be a nurse": "we both
# used to be a nurse" misagrees), and "was"/"were" never start one ("we both was").
_BE_ONE = re.compile(r"(?i)^(?:was|were|is|are|be|been)\b|\bbe an?\b")
# "PhD at U. of Arizona", "masters at Leeds": a degree and where both took it.
_STUDIED = re.compile(r"^(?P<degree>[\w.']+(?: degree)?)\s+(?:at|from)\s+(?P<school>\w.*)$")
_INTENSIFIERS = frozenset(["big", "huge", "massive", "keen", "mad", "avid", "real", "serious"])


def also_mine(note: str) -> str | None:
    """The note said as what both share ("we both ...", "a fellow ..."), or None."""
    if re.match(rf"(?i)^(?:her|his|their)\s+(?:{RELATIVES})\b", note.strip()):
        return None  # "Her father ... trained under the same master as I did": his, never both
    # a comma before the marker ("Grew up in Ballarat, as I did") keeps it with its part
    parts = re.split(r"\s+-+\s+|\s*[;(]\s*|,\s+(?=[a-z])(?!(?:as|like|same)\b)", note.strip(" .!"))
    for part in parts:
        part = part.strip(" .!)")
        marked = _AT_END.search(part)
        also = _ALSO.match(part)
        if not (marked or also):
            continue
        body = part[: marked.start()] if marked else part
        body = body[also.end() :] if also else _SUBJECT.sub("", body, count=1)
        body = body.strip()
        if re.search(r"(?i)\b(?:him|her)\b", body):  # "one of my tutors, X, also taught him":
            continue  # the one who also did it is someone else, never "we both taught him"
        verb = body.split(" ", 1)[0]
        if verb.istitle() and lexicon.is_past(verb.lower()):  # "Grew up in Ballarat"
            body = body[:1].lower() + body[1:]
        if WHERE_I.search(note):
            return None  # "began his career at X, where I completed my diploma": not the same
        if re.search(rf"(?i)\blike\s+my\s+(?:grand)?(?:{RELATIVES})\b", note):
            return None  # "he also learnt ..., like my grandfather": shared with kin, not me
        return _shared(shared_part(body))
    return None


# The candidate's own, other tie to the place: "..., where I completed my diploma".
WHERE_I = re.compile(r",\s*where\s+I\b")


def shared_part(rest: str) -> str:
    """What both share, without what is theirs alone: their year, what they did after, how
    long before the candidate, a part with the candidate's own family in it."""
    # his year and what he did after are his only ("started as a photographer in the 1990s
    # before moving into aerial survey": "we both started as photographers")
    rest = re.sub(r",? (?:before|after|until|then) \w+ing\b.*$", "", rest)
    # "started cupping coffee in a cooperative, in Honduras, a long time ago": where and when
    # they did it are theirs (round 48, h1369); what both did is the rest
    rest = re.sub(r",? (?:a )?long time ago$|,? (?:many|some|\w+) years ago$", "", rest)
    rest = re.sub(r"(?<=[a-z]), in [A-Z][\w'-]+(?: [A-Z][\w'-]+)?$", "", rest)
    rest = re.sub(  # ", 6 years before me": their time only
        r",?\s*(?:\d+|a few|some|several|many|two|three|four|five|six)\s+years?\s+"
        r"(?:before|after|earlier|later|ahead\s+of)(?:\s+(?:me|us))?$",
        "",
        rest,
    )
    # "grew up in Nyeri and went to the same school as my elder brother": the part with
    # the candidate's own family in it is no "we both"
    rest = re.sub(r",? and [a-z]+ (?=[^,]*\bmy\b).*$", "", rest)
    rest = re.sub(  # "graduated from Ege University textile engineering": its subject
        r"^graduated from ((?:[A-Z][\w'-]*\s+)*(?:University|College|Institute)"
        r"(?:\s+of\s+[A-Z][\w'-]*)*)\s+([a-z][a-z ]+)$",
        r"graduated in \2 from \1",
        rest,
    )
    rest = re.sub(r"(?:,? (?:in|from) (?:the )?(?:19|20)\d\d(?:s|'s)?)+$", "", rest)
    # "trained in Glasgow and still misses the curry": what they do now is theirs alone
    theirs = re.search(r",? and (?:still |now |also )?(?P<verb>[a-z]+s)\b", rest)
    if theirs and _opens_past(rest) and lexicon.is_third_person(theirs["verb"]):
        rest = rest[: theirs.start()]
    return rest


def _opens_past(rest: str) -> bool:
    """Whether the shared part opens on a verb in the past ("trained in Glasgow ...")."""
    first = rest.split(" ", 1)[0].lower()
    return lexicon.is_past(first)


def _shared(body: str) -> str | None:
    if _BE_ONE.search(body):
        return None
    words = body.split(" ")
    first = words[0].lower()
    if len(words) < 2 and not lexicon.is_noun(first):
        return None
    studied = _STUDIED.match(body)
    if studied is not None and names_degree(studied["degree"]):  # "PhD at U. of Arizona"
        school = definite(school_name(studied["school"], alone=True))
        return f"we both did {_a(studied['degree'])} at {school}"
    if first == "from":  # "also from portlaoise"
        # "from Batangas, same town Lipa": the town, in its province
        body = re.sub(
            r"^from ([A-Z][\w'-]+), (?:the )?same (?:town|city|village)(?: in| of)? "
            r"([A-Z][\w'-]+)$",
            r"from \2 in \1",
            body,
        )
        return f"we are both {body}"
    ex = re.match(r"(?i)^ex-(?P<place>.+)$", body)
    country = EX_COUNTRIES.get(ex["place"].lower()) if ex else None
    if country:  # "ex-Aus": a country both once worked in, never a firm
        return f"we have both worked in {country}"
    if ex:  # "ex-harland & wolff": worked there
        return f"we both worked at {ex['place']}"
    if first == "into" and len(words) > 1:  # "into fly fishing": enjoys it
        return f"we both enjoy {' '.join(words[1:])}"
    follows = words[1] if len(words) > 1 else ""
    verb_phrase = follows.lower() in FUNCTION_WORDS or follows.lower() == "up" or follows.istitle()
    if lexicon.is_past(first) and verb_phrase:  # not "retired teacher": a kind of person
        return f"we both {body}"  # "went to UC Davis", "grew up in Tralee", "trained at X"
    if lexicon.is_third_person(first) and first not in ("is", "was", "has", "does"):
        return f"we both {lexicon.base_of(first)} {' '.join(words[1:])}"  # "plays the fiddle"
    return _fellow(words)


def _fellow(words: list[str]) -> str | None:
    """ "sea swimmer", "a big liverpool fan": one of them, "a fellow ..."; else None."""
    words = [w for w in words if w.lower() not in ("a", "an")]
    words = [w for w in words if w.lower() not in _INTENSIFIERS]
    if not words or len(words) > 4:
        return None
    last = words[-1].lower()
    if not lexicon.is_noun(last) or lexicon.is_plural_noun(last):
        return None  # "has two kids": no one person
    verbs = [w for w in words[:-1] if _verb(w.lower())]
    first = words[0].lower()  # "worked hotel front desk": a deed, no kind of person
    if lexicon.is_past(first) and "adj" not in lexicon.classes(first):
        return None
    if verbs:
        return None
    if last in _FIELDS:  # "U of C geology too": a fellow graduate of it, never "a fellow geology"
        return f"a fellow {' '.join(words)} graduate"
    return f"a fellow {' '.join(words)}"


# Fields of study: one who shares one is a fellow graduate.
_FIELDS = frozenset(
    ["geology", "law", "medicine", "engineering", "nursing", "physics", "chemistry", "biology",
     "history", "economics", "architecture", "pharmacy", "psychology", "geography", "music",
     "physiotherapy", "dentistry", "accounting", "mathematics", "maths", "forestry", "agriculture"]
)  # fmt: skip


def _verb(word: str) -> bool:
    """A word that makes the part a clause, not a kind of person ("has", "coaches")."""
    if word in ("has", "had", "is", "was", "does", "did", "got", "gets"):
        return True
    return lexicon.is_third_person(word) and not lexicon.is_noun(word)


def _a(degree: str) -> str:
    """ "PhD" -> "a PhD", "MSc" -> "an MSc", "masters" -> "a master's"."""
    if degree.lower() in ("masters", "master's", "masters degree", "master's degree"):
        return "a master's degree"
    return f"{lexicon.article(degree)} {degree}"
