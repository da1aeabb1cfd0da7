"""Something the notes say to send, named as the letter names it, and said as sent or offered.

Candidates type the document they promised in the fewest words: "send elisa training cert",
"photos of wanaka wall - send", "also offer to send the sample QC checklist", "send 2 pg
summary of BEV vent study", "also promised photos of ribeauvillé windchest -> attach", "I
promise send the copy of degree recognition decision". The letter names the thing as a person
would: shorthand written out ("certificate", "two-page"), an article or "my" before it ("my
ELISA training certificate", "a two-page summary of the BEV vent study"), a name the note typed
in lower case with its capital ("the Wanaka wall"); and says it sent ("I have attached ...")
or, when the note says to offer it, offered ("I would be happy to send ... if it would be
useful"). A promise stays a promise ("As promised, ..."); the channel decides whether a thing
can be attached at all (a LinkedIn message cannot: it is offered). A thing that cannot be named
with confidence gives None: the other readers try it, else it is left out and named.
"""

from __future__ import annotations

from collections.abc import Callable

from composer import regexes as re
from composer.offline import lexicon, phrasebook
from composer.offline.dictionary import in_dictionary
from composer.offline.notewords import english
from composer.offline.phrasebook import Variation, fitting
from composer.offline.shorthand import expand
from composer.offline.wellformed import problem
from composer.offline.words import FUNCTION_WORDS

__all__ = ["attached_in", "promises_kept", "send_line", "sent", "thing_named", "without_recipient"]

# The titles a recipient is named with: "Mr. van Wyk", "Eng. Sousa", "Dra. Orozco".
_TITLES = (
    "Mr|Ms|Mrs|Dr|Dra|Prof|Eng|Engr|Ing|Canon|Revd|Rev|Dean|Fr|Father|Sister|Pastor|Rabbi|Capt"
    "|Captain|Cllr"
)
# "(also) (I) (will|promise (to)|promised (to)|offer (to)) send (her) X (pls)": the verb first.
_SEND_FIRST = re.compile(
    r"(?i)^(?:also|and|plus|\+)?\s*(?:i\s+)?(?P<how>will\s+(?:also\s+)?|promise(?:d)?\s+(?:to\s+)?|offer(?:ed)?"
    # "I promised to post Mr. Kovács photographs of ..." (round 55, h1475): posted, as sent
    r"\s+(?:to\s+)?|said\s+i(?:'?d|\s+would)\s+|can\s+|could\s+)?(?:send|attach|enclose"
    r"|(?:(?<=\bto\s)|(?<=\bwill\s))post)\s+(?:(?:her"
    rf"|him|them|you|(?:{_TITLES})\.?\s+(?:(?:van|von|de|der|du|da|di|la|le|El|Al|bin|ben)\s+)?[A-Z][\w'-]+"
    r"|[A-Za-z][\w'-]+(?=\s+(?:the|a|an|my)\s))\s+)?"  # ("Mr. van Wyk")
    r"(?P<what>[^()!?]+?)(?P<tail>\s*(?:\([^()]*\)|pls|please|[-–>]+\s*attach"
    r"(?:\s+link)?|[-–]\s*forgot\s+to\s+bring\s+it|(?:like|as)\s+i\s+(?:promised|offered)(?:\s+\w+)?|like\s+(?:she|he|they)\s+ask(?:ed)?|,?\s*if\s+(?:that|it)\s+(?:would\s+)?helps?"
    r"|,?\s*if\s+(?:useful|helpful|needed|wanted)|[-–]\s*promised!*|[-–]\s*(?:she|he|they)\s+asked"
    r"(?:\s+for\s+it)?!*|[-–]\s*(?:send|attach)\s+(?:it|them)!*"  # "... - SEND IT": to self
    r"|\s+to\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[A-Z][\w'-]+|(?:he|she|they)"
    r"\s+asked(?:\s+for\s+it)?|\(promised\)"
    r"|,\s*[A-Za-z][\w'-]*\s+asked\b(?:\s+(?:&|and)\s+i\s+[^()!?]*)?)\s*)*[.!\s]*$"  # "sian asked"
)
# A word of a thing's name: "BEVA/BVDA" (two bodies' joint exam) is one.
# "the go/no-go matrix", "the 121.4-carat stone"
_WORD = re.compile(r"[\w'’-]+|[A-Z]{2,}/[A-Z]{2,}|(?i:go/no-go)|\d+\.\d+(?:-[a-z]+)?")
# "promised her my showreel link": a promise to send, typed without "send".
_PROMISED_WHO = re.compile(
    r"(?i)^(?:also\s+|and\s+)?(?:i\s+)?(?:have\s+)?(?:also\s+)?promised\s+"
    rf"(?=(?:her|him|them|you|(?:(?:{_TITLES})\.?\s+)?(?:[A-Z][\w'-]+\s+)?"
    r"[A-Za-z][\w'-]+)\s+(?:the|a|an|my|copies|a\s+copy)\s)(?!(?:to|that|the|a|an|my)\s)"
)
# "offer the SOP binder sample": an offer without the word "send".
_OFFER_FIRST = re.compile(r"(?i)^(?:also|and)?\s*offer\s+(?P<what>(?:the|my|a|an)\s[^()!?]+?)"
                          r"(?P<tail>\s*\([^()]*\))?[.!\s]*$")  # fmt: skip
# "photos of wanaka wall - send", "X -> attach": the thing first.
_THING_FIRST = re.compile(
    r"(?i)^(?:also|and|plus|\+)?\s*(?P<how>promised\s+)?"
    r"(?:(?<=promised\s)(?:him|her|them|[a-z][\w'-]+)\s+(?=(?:the|a|an|my)\s))?"  # "sofia"
    r"(?P<what>[^()!?]+?)\s*(?:\([^()]*\)\s*)?"
    r"(?:[-–]+>?|->)\s*(?:send|attach|enclose)(?:\s+(?:it|them|copy|link))?[.!\s]*$"
)
# A thing that is the candidate's own paper: "cert", "thesis", "portfolio": "my".
_OWN = frozenset(
    [
        *("certificate", "cert", "certificates", "thesis", "portfolio", "cv", "resume", "diploma"),
        *("dissertation", "transcript", "licence", "license", "references", "logbook", "log"),
        *("capstone", "showreel", "reel"),
    ]
)
_DETERMINERS = frozenset(
    ["the", "my", "a", "an", "our", "some", "copies", "two", "three", "four", "five", "both"]
)
_SPELLED = {"1": "one", "2": "two", "3": "three", "4": "four", "5": "five", "6": "six"}


# Shorthand a thing to send is typed with: "API 1160 cert copy", "pics of the wall".
_SHORT = {"cert": "certificate", "certs": "certificates", "pic": "photo", "pics": "photos",
          "spec": "specification", "specs": "specifications", "calib": "calibration"}  # fmt: skip


def _word(word: str, last: bool) -> str:
    """A word as the letter writes it: a short word no dictionary knows in capitals ("elisa" ->
    "ELISA"), a longer one before a noun as a name ("wanaka wall" -> "Wanaka wall"); a longer one
    last is a thing no table knows ("windchest"), unsure (""); any other as typed."""
    if word in _SHORT:
        return _SHORT[word]
    if not word.isalpha() or not word.islower() or word in FUNCTION_WORDS or lexicon.known(word):
        return word
    if english(word) or (len(word) > 5 and in_dictionary(word)):
        return word  # "anonymised": a word with an English ending on a stem the tables know;
        # "clarinet": a longer word of the dictionary (a short one may be initials: "elisa")
    two = any(lexicon.known(word[:i]) and lexicon.known(word[i:]) for i in range(3, len(word) - 2))
    if two and not last:
        return word  # "payback": two words the tables know, one word (a last one stays unsure)
    if re.fullmatch(r"(?:[bcdfghjklmnpqrstvwxyz][aeiou]){2}[bcdfghjklmnpqrstvwxyz]", word):
        return word  # "halal": a word of another language, said as a word (round 55, h1481)
    if len(word) <= 5:
        return word.upper()
    return "" if last else word.capitalize()  # "windchest": a thing no table knows, unsure


# The heads of a thing sent: "rework stats sheet" ends on one, so its first word is no verb.
_SENT_HEADS = frozenset(
    ["sheet", "report", "summary", "list", "log", "logbook", "file", "plan", "template",
     "sample", "samples", "photos", "certificate", "outline", "spreadsheet", "checklist"]
)  # fmt: skip


# How a thing is sent, typed after it: "report, anonymised".
_AS_SENT = "anonymised|anonymized|redacted|signed|translated|scanned|annotated"
# The first word of a place's name of two words: "San Antonio", "Puerto Montt", "Port Talbot".
_PLACE_FIRST = "San|Santa|Santo|São|Puerto|Porto|Port|Saint|St\\.|Los|Las|New|Mount|Fort|El"


# What the candidate did to a thing of theirs, in a clause naming it: "the log I keep".
_MADE_IT = "keep|kept|wrote|made|built|use|used|developed|designed|prepared|created|drew|ran"


# What is said after a thing's name, the name read alone: how it was made fit to send ("...,
# with the company names removed", said with no comma: a frame may go on after the thing, "...
# removed in case it helps"), and the candidate's words about it ("the harness handle article
# I talked about": "I mentioned").
_SAID_AFTER = (
    (
        re.compile(
            r",\s+(?P<how>with\s+(?:the\s+|all\s+)?[a-z][\w\s-]{2,40}?\s+(?:removed|redacted"
            r"|blanked\s+out|taken\s+out))$"
        ),
        r"\g<how>",
    ),
    # "photos of X b/c mr chan asked": why it is sent is the letter's to say, if at all
    (
        re.compile(
            r"(?i),?\s+(?:because|b/c|bc)\s+(?:(?:mr|ms|mrs|dr)\.?\s+)?[a-z]+\s+ask(?:ed|s)?"
            r"(?:\s+for\s+(?:it|them))?$"
        ),
        "",
    ),
    # "... I tell him" (a second language's present for the past): the one mentioned
    (
        re.compile(
            r"\s+(?:that\s+)?I\s+(?:talked|spoke)\s+about$|\s+I\s+mentioned$"
            r"|\s+(?:that\s+)?I\s+(?:tell|told)\s+(?:him|her|them|you)(?:\s+about)?$"
        ),
        "I mentioned",
    ),
)


def _plural_thing(words: list[str]) -> bool:
    """Whether a thing led by "sample" or "copy" names several: "sample treatment records"."""
    head = re.split(r" of |,", " ".join(words))[0].split()
    return len(head) > 1 and lexicon.is_plural_noun(head[-1])


# Words after "send" that name no thing: "I think he did - send anyway" (round 48, h1376).
_NO_THING = frozenset(["anyway", "anyways", "it", "them", "this", "that", "too", "also", "both"])


def _two_things(what: str, second: str) -> bool:
    """Whether `what`, typed "X, and Y", names two things: every word in lower case one the
    tables know ("the marae flags ..., and a reference from the kaumatua" is said as typed,
    reader214's h966), and Y a thing, never a clause ("..., and the owner has now given
    permission", h781)."""
    plain = all(lexicon.known(w) or w in FUNCTION_WORDS for w in re.findall(r"\b[a-z]+\b", what))
    return (
        plain
        and re.match(r"(?:a|an|the|my|our|copies|two|three|some)\b", second) is not None
        and not re.search(r"\b(?:has|have|had|is|are|was|were|will|can|gave|given)\b", second)
    )


def thing_named(typed: str, *, offered: bool = False) -> str | None:
    """ "send elisa training cert" -> "my ELISA training certificate"; "2 pg summary of BEV vent
    study" -> "a two-page summary of the BEV vent study"; None when unsure."""
    what = " ".join(typed.split()).strip(" .,;:-")
    what = re.sub(r"^you\s+(?=[a-z])", "", what)  # "send you fume extraction spec sheet"
    first, joined, second = what.partition(", and ")
    if joined and _two_things(what, second) and (one := thing_named(first, offered=offered)):
        # "photographs of the stone before and after cutting, and a copy of the yield records
        # from ..." (round 55, h1475): two things, each named
        two = thing_named(second, offered=offered)
        return f"{one} and {two}" if two and not problem(f"I sent {one} and {two}.") else None
    if what.lower() in _NO_THING:
        return None  # "send anyway", "send it too": no thing named
    # "CEM cert copy": a copy of the candidate's certificate, said as one
    what = re.sub(
        r"(?i)^(?:my\s+)?(?P<what>[\w-]+(?:\s+[\w-]+)?)\s+cert(?:ificate)?\s+copy(?=$|\s+\+\s)",
        r"a copy of my \g<what> certificate",
        what,
    )
    # "harvest report 2031": the year's report, its year said first ("the 2031 harvest report")
    what = re.sub(
        r"^(?P<what>[a-z][\w -]*?\b(?:report|accounts|results|figures|plan|budget|review|survey"
        r"|catalogue|brochure|calendar|schedule))\s+(?P<year>(?:19|20)\d\d)\b",
        r"the \g<year> \g<what>",
        what,
    )
    # "copy of my spray log template + applicator cert #" (round 53, h1454)
    what = re.sub(r"(?i)\bcert(?:ificate)?\s*#", "certificate number", what)
    what = re.sub(r"^copy of\b", "a copy of", what)
    # "'31 lot test summary", "2031 lot test summary": the year's thing (round 53, h1446)
    what = re.sub(r"^'(\d\d) (?=[a-z])", r"the 20\1 ", what)
    what = re.sub(r"^((?:19|20)\d\d) (?=[a-z])", r"the \1 ", what)
    for pattern, said in _SAID_AFTER:  # "X, with the names removed", "X I talked about"
        if (found := pattern.search(what)) is not None:
            named = thing_named(what[: found.start()], offered=offered)
            return f"{named} {found.expand(said)}".strip() if named else None
    # "radar swap report, San Antonio, anonymised": how it is sent goes before the thing, the
    # place it comes from after it ("the anonymised radar swap report from San Antonio")
    how = re.search(rf"(?:,\s*|\s*\()(?P<how>{_AS_SENT})\)?$", what)
    if how:
        det = re.match(r"(?i)(?:my|the|a|an|our)\s+", what)
        cut = det.end() if det else 0
        what = f"{what[:cut]}{how['how']} {what[cut : how.start()]}"
    what = re.sub(rf",\s*(?P<place>(?:{_PLACE_FIRST})\s+[A-Z][\w'’-]+)$", r" from \g<place>", what)
    # "they asked for transcript -> attach": the thing asked for, never who asked
    what = re.sub(
        r"(?i)^(?:also\s+)?(?:they|he|she)\s+asked\s+(?:me\s+)?(?:for|about|abt)\s+", "", what
    )
    what = re.sub(
        r"(?i)^(?P<the>(?:the|a|my)\s+)?(?P<n>[1-6])\s*(?:pg|page|p)\b",
        lambda m: f"{m['the'] or ''}{_SPELLED[m['n']]}-page",
        what,
    )
    what = re.sub(r"(?i)\b(?:pdf)\b", "PDF", expand(what))
    what = re.sub(r"\bdoc(s?)\b", r"document\1", what)  # "the welfare policy doc"
    what = re.sub(r"(?i)(?<=[a-z] )no\.?$", "number", what)  # "accreditation no.": its number
    what = re.sub(r"\bwhich ([A-Z][\w'-]+) ask(?:ed)?$", r"which \1 asked for", what)
    what = re.sub(r"\b(?:he|she|they) asked (?:me )?for$", "you asked for", what)  # to who asked
    # "thesis ch. 3" -> "chapter 3 of my thesis"
    what = re.sub(
        r"(?i)^(?:my\s+)?(thesis|dissertation)\s+ch(?:apter)?\.?\s*(\d+)$",
        r"chapter \2 of my \1",
        what,
    )
    # "scan IRATA logbook + GWO certs": scans of both, never "the scan IRATA logbook"
    what = re.sub(r"(?i)^scans?\s+(?!of\b)(?=\S+\s+\S)", "scans of my ", what)
    # "the green knotwork bodice (Boston girl)": a short aside of the note's, unsaid
    what = re.sub(r"\s*\((?:[\w'’-]+\s?){1,3}\)(?=\s|$)", "", what)
    what = re.sub(r"\s+\+\s+", " and ", what)
    what = re.sub(r"\b([a-z]{3,}s)/([a-z]{3,}s)\b", r"\1 and \2", what)  # "sketches/photos"
    # "photos of the altar before/after": before-and-after photos of it
    what = re.sub(
        r"(?i)^(photos|pictures|images|shots) of (.+?) before\s*/\s*after\b",
        r"before-and-after \1 of \2",
        what,
    )
    # "before/after pics of the addams family" (round 55, h1487)
    what = re.sub(
        r"(?i)^before\s*/\s*after\s+(?:pics|photos|pictures|shots)\s+of\b",
        "before-and-after photos of",
        what,
    )
    # "refurb before/afters": before-and-after photos of them
    what = re.sub(
        r"(?i)\b(?P<of>[a-z]+) before\s*/\s*afters?\b",
        lambda m: f"before-and-after photos of my {m['of']}s",
        what,
    )
    what = re.sub(r"(?i)\bvs\b\.?", "versus", what)  # "ELISA vs HPLC comparison", never "VS"
    typed_words = what.split()
    words = [_word(w, i == len(typed_words) - 1) for i, w in enumerate(typed_words)]
    if not words or len(words) > 18 or any(not _WORD.fullmatch(w) for w in words):
        return None  # a word unsure ("") or a mark no name holds
    # "of BEV vent study" -> "of the BEV vent study": a thing named after "of" has its article
    for index, word in enumerate(words[:-1]):
        after = words[index + 1]
        if word == "of" and after.lower() not in FUNCTION_WORDS and not after[0].isdigit():
            tail = words[index + 1 :]
            # "of Auckland that I mentioned" (round 56, h1493): a name, before a small word
            a_name = tail[0][0].isupper() and (len(tail) == 1 or tail[1].lower() in FUNCTION_WORDS)
            if not lexicon.is_plural_noun(tail[-1]) and not a_name:
                words.insert(index + 1, "the")
            break
    head = words[0].lower()
    if head in ("it", "them", "this", "that", "these", "those", "one"):
        return None  # "send it along with X": what "it" is, the line before says
    sheet = len(words) > 2 and words[-1].lower() in _SENT_HEADS  # "rework stats sheet": a thing
    # "the firing log I keep", "the template I developed": a thing of theirs, named by a clause
    mine = re.search(rf"(?i)\b[a-z]+ I (?:{_MADE_IT})\b", " ".join(words))
    if ("i" in (w.lower() for w in words) and not mine) or (
        lexicon.is_base_verb(head) and not lexicon.is_noun(head) and not sheet
    ):
        return None  # "forgot to say i already have X": a clause, no thing
    bare = [w.lower() for w in words if w.lower() not in ("a", "an", "the", "my", "them", "you")]
    if bare[:1] in (["copy"], ["copies"], ["scan"]) and "of" not in words:
        return None  # "send copy": of what the line before said, not said here
    if head in _DETERMINERS or head[0].isdigit() or re.match(r"(?i)chapter \d", what):
        named = " ".join(words)
    elif (head in ("copy", "sample", "summary", "photo", "scan") and not _plural_thing(words)) or (
        words[0].endswith("-page")
    ):
        named = f"{lexicon.article(' '.join(words))} {' '.join(words)}"
    elif lexicon.is_plural_noun(words[0]) and "of" in words:  # "photos of ..."
        named = " ".join(words)
    elif any(w.lower() in _OWN for w in words[:4]) and "of" not in words:
        named = "my " + " ".join(words)
    else:
        named = ("a " if offered else "the ") + " ".join(words)
    named = re.sub(r"\ba (?=[aeiouAEIOU])(?!one\b|one-|uni|use|eu)", "an ", named)  # "a one-page"
    named = re.sub(r"\bthe copy of\b", "a copy of", named)
    # "toolbox talk deck + copy VCA-VOL", "logbook summary + copy of licence": a copy, each
    named = re.sub(r"\band copy (?:of )?(?=[A-Z]{2}|my\b|the\b|[a-z])", "and a copy of ", named)
    named = re.sub(
        r"\ba copy of (?=[A-Z]{2}|(?!(?:the|a|an|our|your|my|all|some|both|each|every|any|this|that"
        r"|these|those|his|her|their|its) )[a-z])",
        "a copy of my ",
        named,
    )
    own = "|".join(sorted(_OWN))  # "a copy of my bereavement certificate"
    if not mine:  # "the firing log I keep" says whose it is
        named = re.sub(rf"\bof the (?=(?:\w+ ){{0,2}}(?:{own})\b)", "of my ", named)
        # "copies of saw cert cards": the candidate's own cards, copied
        named = re.sub(
            r"\b(copies|a copy|scans?) of (?!the |my |a |an |our )"
            r"(?=(?:\w+ ){0,2}(?:certificate|licence|license)? ?cards?\b)",
            r"\1 of my ",
            named,
        )
    return None if problem(f"I sent {named}.") else named


def sent(value: str) -> tuple[str, bool, bool] | None:
    """What a follow-up (or a part of one) only says to send, as the letter names it, whether
    it is offered, and whether it was promised; None for any other line."""
    text = " ".join(value.split())
    text = re.sub(r"(?i)^((?:also\s+)?(?:send|attach|enclose)):\s+", r"\1 ", text)  # "send: X"
    # "Send to Ms. Berg my moromi sheet": who it goes to typed before the thing, with "to"
    text = re.sub(
        r"(?i)^((?:also\s+)?(?:send|email|forward))\s+to\s+(?=(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[A-Z][\w'-]+\s+(?:my|the|a|an)\s)",
        r"\1 ",
        text,
    )
    # "the link to my thesis (NTNU Open) + the poster": a name aside inside a list of things,
    # unsaid ("(the one w/ the cap refill bit) & thank him" is no list of things)
    text = re.sub(r"\s*\((?-i:[A-Z])[^()]{0,29}\)(?=\s*(?:\+|&|and\b))", "", text)
    # "promised niamh my showreel link": who it was promised to, then the thing, with no "send"
    if not re.search(r"(?i)\b(?:send|attach|enclose)\b", text):
        text = _PROMISED_WHO.sub("promised to send ", text)  # "I also promised Eng. Sousa X"
    # "send Megan photos of the install": a name no dictionary knows, before the thing, is who
    # it goes to, never part of the thing ("the Megan photos")
    named = _NAMED_FIRST.match(text)
    if named and not lexicon.known(named["who"].lower()):
        text = f"{named['send']} you {text[named.end() :]}"
    # "I promised him X, and I will post it to him this week": when it goes, the thing's time
    text = re.sub(
        r"(?i),?\s+and\s+I\s+will\s+(?:post|send|e-?mail|bring|forward)\s+(?:it|them)(?:\s+to\s+"
        r"(?:him|her|them|you))?\s+(?P<when>this\s+week|next\s+week|(?:by\s+)?tomorrow"
        r"(?:\s+(?:evening|morning|afternoon))?|by\s+\w+)\s*[.!]*$",
        r" \g<when>",
        text,
    )
    # "send harvest report 2031 to Femke by Friday": whom to, before when, is the letter's reader
    text = re.sub(
        r"(?<=\S)\s+to\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[A-Z][\w'’-]+(?=\s+(?:by|before|on)\s+\w+[.!]*$)",
        "",
        text,
    )
    # "the video of my aufguss (the 'alpine storm' one)": which one, the candidate's own aside
    text = re.sub(r"\s*\(the\s+['‘\"][\w' -]{2,30}?['’\"]\s+one\)", "", text)
    # "send vib dataset Coonarr (anonymised) + X": how the first thing is sent, said before it
    text = re.sub(
        r"(?i)^(?P<verb>(?:also\s+)?send(?:\s+you)?\s+)(?P<thing>[^()+&]{3,60}?)\s*\((?P<how>anonymi[sz]ed"
        r"|redacted|signed|scanned|certified)\)(?=\s*(?:\+|&|and\b))",
        r"\g<verb>\g<how> \g<thing>",
        text,
    )
    if re.match(r"I (?:can|could) ", text) and text.endswith("."):
        return None  # "I can send you a copy of X if that would help.": a sentence, said as typed
    found = _SEND_FIRST.match(text) or _THING_FIRST.match(text) or _OFFER_FIRST.match(text)
    if found is None:
        return None
    how = (found.groupdict().get("how") or "").lower()
    # "I offered to send X" in the room is a promise; "offer to send X" is an offer to make
    offered = found.re is _OFFER_FIRST or how.startswith(("offer ", "can", "could"))
    promised = how.startswith(("promise", "said", "offered")) or bool(
        re.search(r"(?i)\bpromised\b|\basked\b|\b(?:like|as) i offered\b", text)
    )
    # "send X as promised": the promise is the frame's to say, never part of the thing
    thing = re.sub(
        r"(?i),?\s+(?:as|like)\s+(?:(?:I\s+)?(?:promised|offered|agreed)"
        r"|(?:you|he|she|they|(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[A-Z][\w'-]+)\s+(?:asked|ask|asks"
        r"|requested))$"
        # "send yield records, Dr Lim asked": who asked for it, after a comma
        r"|,\s+(?-i:(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[A-Z][\w'-]+)\s+(?:asked|requested)$",
        "",
        found["what"],
    )
    thing = _ENCLOSED_LATER.sub("", thing)
    thing = _YEARS.sub(_years_said, thing)  # "yield records 2029-2030": from 2029 to 2030
    # "send photos of dynamometer to ruud as promised": who it goes to is the letter's reader
    to = re.search(r"(?i)\s+to\s+(?:you|him|her|them|(?P<name>[a-z][\w'-]+))$", thing)
    if to and (not to["name"] or not lexicon.known(to["name"].lower())):
        thing = thing[: to.start()]
    # "send capstone pdf to team leader park": a reader named by a post, typed lower case
    thing = _TO_POST.sub("", thing)
    tail = found.groupdict().get("tail") or ""  # "(anonymised)": how it is sent, kept
    kept = re.search(rf"\((?:{_AS_SENT})\)", tail)
    thing = f"{thing} {kept[0]}" if kept else thing
    what = thing_named(thing, offered=offered)
    later = _SENT_LATER.search(thing) if what is None else None
    if later is not None:  # "X once my supervisor has approved it, ...": X named alone
        head = thing_named(thing[: later.start()], offered=offered)
        what = f"{head}{thing[later.start() :]}" if head else None
    return None if what is None else (what, offered, promised)


# Who a thing goes to, named by a post and a name typed lower case: "to team leader park".
_TO_POST = re.compile(
    r"(?i)\s+to\s+(?:the\s+)?(?:[a-z]+\s+){0,2}(?:leader|manager|director|supervisor"
    r"|lead|officer|coordinator|foreman|principal|partner|chair)\s+[a-z][\w'-]+$"
)
# Years typed as a range after the thing: "yield records 2029-2030", "logs for 2027-28".
_YEARS = re.compile(
    r"(?P<before>\b\w+\s+)(?P<a>(?:19|20)\d\d)\s*[-–]\s*(?P<b>(?:19|20)?\d\d)\b(?![-–/])"
)


def _years_said(found: re.Match[str]) -> str:
    a, b = found["a"], found["b"]
    b = a[:2] + b if len(b) == 2 else b
    before = found["before"]
    if before.strip().lower() in ("for", "in", "of", "from", "between"):
        joint = "and" if before.strip().lower() == "between" or int(b) == int(a) + 1 else "to"
        return f"{before}{a} {joint} {b}"
    return f"{before}from {a} to {b}"


def for_plural(options: tuple[str, ...]) -> tuple[str, ...]:
    """The wordings of an enclosure that fit a thing said in the plural: never "X is attached"
    ("photos of the collectors is attached"), and "in case they help"; all of them when none is
    left."""
    kept = tuple(o for o in options if " is attached" not in o) or options
    return tuple(o.replace("in case it helps", "in case they help") for o in kept)


def enclosing(options: tuple[str, ...], what: str) -> tuple[str, ...]:
    """The wordings of an enclosure that fit `what`: `for_plural` for "PDF samples of the parts"
    or "X and Y", all of them for one thing."""
    # the head before "of" or a clause of its own ("the dates I am available for a full trial
    # week": "dates")
    head = re.split(
        r" (?:of|from|for|in|on|at|about|between) |,? (?=(?:I|we|you|he|she|they|that|which|who"
        r"|with)\b)",
        what,
    )[0]
    plural = lexicon.is_plural_noun(head.split()[-1]) or " and " in what
    if "," in what:  # "a reference from my branch manager, Linda Ah Chong": no verb after it
        options = tuple(o for o in options if not o.rstrip(".").endswith(" attached")) or options
    return for_plural(options) if plural else options


# "my certificate and my IELTS result by email": how it goes, which the frame says
_BY_EMAIL = re.compile(r"(?i)\s+by\s+e-?mail$")


def send_line(
    value: str | None,
    tone: str,
    channel: str,
    variation: Variation,
    fits: Callable[[str], bool] = lambda _: True,
) -> str | None:
    """The follow-up's sentence when it only says to send (or offer) one thing, or None."""
    text = " ".join((value or "").split())
    if (read := sent(text)) is None:
        return None
    what, offered, promised = read
    what = _BY_EMAIL.sub("", what)
    if re.match(
        r"(?i)(?:them|it|these|those|both|the)?\s*(?:tomorrow|tonight|next|this|on|by|after)\b",
        what,
    ):
        return None  # "I will send them tomorrow morning.": what goes is the line before's
        # (never "I will send you the tomorrow morning.")
    if (later := sent_later(what)) is not None and not offered:
        # "I will send photos of X after this week": sent then, never "attached" now
        section = "follow_up_send_promised" if promised else "follow_up_send_later"
        options = fitting(phrasebook.wordings(section, tone, channel), fits)
        line = variation.pick("follow_up", options).format(what=later[0], when=later[1])
        line = re.sub(r"\s+(?=[.,])", "", line)
        return None if problem(line) else line
    if re.search(r"(?i)\blink\b", text):
        todo = re.match(r"(?i)send\s+(?!(?:her|him|them)\b)", text) and " and " in what
        if (
            not promised
            and not todo
            and re.search(r"(?i)\b(?:the|a|her|his|my|their)\s+(?:\S+\s+){0,3}link\b", text)
        ):
            return None  # "send her the link to X": offered as typed, by the other readers
        # "-> attach link": the notes do not hold it; "demo reel link", bare, is offered here;
        # "send the portfolio link + the photos": a link and a thing, sent later
        section = "follow_up_link" if promised else "follow_up_offer_send"
        section = "follow_up_link_todo" if todo and not promised else section
    elif re.match(r"(?i)(?:the\s+)?(?:names?|titles?|details|contact)\s+of\b", what):
        # "the name of the book ...": sent, never attached ("send Grace the name of my contact
        # at CHUK blood bank", round 54, h1472)
        section = "follow_up_send_name" if promised else "follow_up_send_name_later"
    elif offered or channel == "linkedin":
        section = "follow_up_offer_send"
    elif promised:
        section = f"follow_up_enclose_{channel}"
    else:
        section = f"follow_up_attached_{channel}"
    if section not in phrasebook.BOOK:
        return None
    options = enclosing(phrasebook.wordings(section, tone, channel), what)
    if re.search(r"\b(?:which|that)\b", what):  # "X which you asked for": one "which" at most
        options = tuple(o for o in options if ", which " not in o) or options
    line = variation.pick("follow_up", fitting(options, fits)).format(what=what)
    return None if problem(line) else line


_NAMED_FIRST = re.compile(
    r"^(?P<send>(?i:(?:also|and|plus|\+)\s+)?(?i:i\s+)?(?i:will\s+|promised\s+to\s+)?(?i:send))"
    r"\s+(?P<who>(?:Master\s+|(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?[A-Z][a-z'-]+)\s+(?=(?:the|a|an|my|copy"
    r"|copies|[a-z]+s|portfolio|cv|resume|certificate|thesis|report|before|[A-Z]{1,4}\d)\b)"
)


# When a thing will be sent, typed after it: "after this week", "by Friday", "next week".
_SENT_LATER = re.compile(
    r"(?i)\s+(?P<when>(?:after|by|before|early|later|during|over)\s+(?:this|next|the\s+end\s+of(?:\s+the)?)\s+"
    r"(?:week|weekend|month)|(?:early\s+|later\s+)?(?:this|next)\s+(?:week|weekend|month)"
    r"|(?:by|on|before)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|(?:by\s+)?tomorrow(?:\s+(?:evening|morning|afternoon))?|in\s+the\s+next\s+(?:few|two|three)\s+days"
    # "photos of the goalie hurleys on whatsapp tonight" (round 51, h1423)
    r"|(?:on\s+whatsapp\s+|by\s+e-?mail\s+)?(?:tonight|this\s+evening|later\s+today)"
    # "as soon as it is available in July": once it exists, never "attached" now
    r"|(?:as\s+soon\s+as|once|when)\s+(?:it\s+is|they\s+are|it's|i\s+have\s+it)\s+[^,;]+"
    # "send copy of course cert when it comes": when it arrives, never "attached" now
    r"|(?:as\s+soon\s+as|once|when)\s+(?:it|they)\s+(?:comes?|arrives?|come\s+in|comes\s+in)"
    # "once my supervisor has approved the final version, which should be next week"
    r"|(?:as\s+soon\s+as|once|when|after)\s+(?:my|the|our)\s+[\w\s]+?\s+(?:has|have|is|are)\s+"
    r"[^;]+"
    # "..., once the owner confirms that I may share it" (round 50, h1404): sent when allowed
    # "..., once the co-operative's chairman agrees" (round 57, h1515)
    r"|(?:as\s+soon\s+as|once|when|after|if)\s+(?:my|the|our|his|her|their)\s+[\w\s'’-]+?\s+"
    r"(?:confirms|agrees|approves|allows|signs\s+off|says|gives)\b[^;]*)$"
)


# What a letter's sentence says is sent with it: "I have attached X", "As promised, X is attached".
_ATTACHED = re.compile(
    r"\bI (?:have attached|attach|enclose|am enclosing|am attaching)"
    r" (?P<what>(?:[^,.;]|\.(?=\d))+?)"
    r"(?=,| in case\b| for your (?:reference|records|information)\b|[.;](?!\d)|$)"
    r"|(?:^|, )(?P<what2>(?:[^,.;]|\.(?=\d))+?) (?:is|are) (?:attached|enclosed)\b"
)


def attached_in(sentence: str) -> str | None:
    """What `sentence` says is attached or enclosed ("my ELISA training certificate"), or None:
    the report asks the candidate to attach it before sending."""
    found = _ATTACHED.search(sentence)
    return (found["what"] or found["what2"]).strip() if found else None


# A promise reported in a sentence said as typed: "I also promised to send Dr Marsh a copy of my
# dissertation.", "... that I promised to send you a summary of my thesis.", "I also offered to
# send a sample repair report with the client details removed."
# Whom a promise was made to, named: "Dr. Whitcombe", "Sam Okoro", "Mr. van Wyk".
_WHO = r"[A-Z][\w.'-]*(?: (?:van|von|de|der|den|du|da|di|la|le) )?(?: ?[A-Z][\w'-]+){0,2}"
_REPORTED = re.compile(
    r"(?P<lead>^|(?<=[.!]) |(?<=: ))"
    r"(?:[^.!:]*\bthat |To add to (?:my earlier answer|one of my answers), )?"
    r"I (?:have )?(?:also )?(?:(?:promised|offered"
    r"|undertook)(?: to (?:send|provide|share|forward|e-?mail))?"
    r"|said (?:that )?I would (?:send|share)"
    rf"|promised (?:you|{_WHO}) that I would (?:send|share))"
    rf" (?:(?:you|the panel|{_WHO}) )?"  # ("said I would send X": one)
    r"(?P<what>(?:(?:a|an|the|my|our|some|copies|two|three)\b|(?=(?:[A-Z]{2,5} )?[a-z]+s of ))"
    r"(?:[^.!?:;]|(?<=\bDr)\.|(?<=\bMr)\.|(?<=\bMs)\.|(?<=\bMrs)\.|(?<=\bProf)\.)+?)"
    # ("PDF samples of the parts": a plural thing of the candidate's; "to Dr. Osei": a title)
    r"(?:,? (?:which|and) I (?:will|shall"
    r"|would like to|intend to|plan to|'ll) (?:enclose|attach|send)(?: it)?(?: with (?:the|this|my)"
    r" (?:letter|email)| separately)?"
    r"(?: by [A-Za-z]+| (?:this|next) week| tomorrow| shortly| soon)?)?"  # "... send by Fri"
    r"(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bProf)[.!]"
    r"(?: I (?:will|'ll) (?:attach|enclose) (?:it|them)[^.!?]*[.!])?"  # "I will attach them to my
    r"(?= |$)"  # email." after it: kept at once
)


# A promise kept, then said again as still to keep: "..., and I would like to enclose it with my
# letter" after "As promised, I enclose X".
_KEPT_AGAIN = re.compile(
    r"(?P<kept>\b(?:enclose|attach|attached) [^.!?]{3,200}?),? and I (?:would like to|will"
    r"|intend to|plan to) (?:enclose|attach|send) (?:it|them)(?: with (?:my|this|the) (?:letter"
    r"|email))?(?=\.)"
)


# Whom a promised thing goes to, typed after it: "a copy of my thesis abstract to Dr. Osei".
_RECIPIENT = re.compile(r"\s+to\s+(?:you|(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+[A-Z][\w'’-]+)$")


# "..., which I will enclose with the letter": the frame says it is enclosed, once.
_ENCLOSED_LATER = re.compile(
    r"(?i),?\s+which\s+I\s+(?:will|am|'ll|shall)\s+(?:enclos|attach|send)\w*\b"
    r"(?![^,]*\b(?:by|next|after|before|later|tomorrow|soon)\b)[^,]*$"  # "send by Friday": later
    # "..., and I will enclose both with the letter" (round 59, h1539): the frame says so
    r"|,?\s+and\s+I\s+(?:will|'ll|shall)\s+(?:enclose|attach|include)\s+(?:both|them|it|these)\s+"
    r"(?:with|in)\s+(?:the|this|my)\s+letter$"
)


def sent_later(what: str) -> tuple[str, str] | None:
    """ "photos of X after this week" -> ("photos of X", "after this week"): the thing, and when
    it goes as the letter says it (with a comma before it after a thing typed with one); None
    when `what` names no time later than the letter."""
    later = _SENT_LATER.search(what)
    if later is None:
        return None
    when = re.sub(
        r"\b(it|they) comes?(?: in)?$",
        lambda m: f"{m[1]} arrive" + ("s" if m[1] == "it" else ""),
        later["when"],
    )
    thing = what[: later.start()].rstrip(" ,")
    # "tonight" was the evening the notes were typed, gone when the letter is read
    when = re.sub(r"(?i)^(?:on\s+)?whatsapp\b", "on WhatsApp", when)
    when = re.sub(r"(?i)\s*\b(?:tonight|this\s+evening|later\s+today)$", "", when)
    # "a copy of X, with the figures blacked out, once the chairman agrees" (round 57, h1515)
    if "," in thing and re.match(r"(?i)(?:once|when|after|if|as\s+soon\s+as)\b", when):
        when = f", {when}"
    return thing, when


def without_recipient(what: str) -> str:
    """The thing promised without whom it goes to (that is the letter's reader), nor when it
    will be enclosed (the frame says that)."""
    return _RECIPIENT.sub("", _ENCLOSED_LATER.sub("", _BY_EMAIL.sub("", what)))


def promises_kept(text: str, tone: str, channel: str, variation: Variation) -> str:
    """`text` with each promise it reports said as kept: "As promised, I have attached a copy of
    my dissertation." (a link or a LinkedIn message: sent apart, or offered); else as it is."""

    def kept(found: re.Match[str]) -> str:
        what = without_recipient(found["what"].strip())
        if re.search(r",? and (?:(?:Mr|Ms|Mrs|Dr|Prof|Professor)\b\.?|[A-Z][a-z]+$)", what):
            return found[0]  # "..., and Ms. Tu ...": a second promise, to someone else
        if _SENT_LATER.search(what):
            return found[0]  # "..., once the owner confirms ...": not sent yet, never "attached"
        if re.match(
            r"\s*I\s+(?:will|'ll|shall)\s+send\s+(?:them|both|it)\b", found.string[found.end() :]
        ):
            return found[0]  # "... I will send both by Friday." (reader214's h966): sent later
        if re.search(r"(?i)\blinks?\b", what):
            section = "follow_up_link"
        elif channel == "linkedin":
            section = "follow_up_offer_send"
        else:
            section = f"follow_up_enclose_{channel}"
        if section not in phrasebook.BOOK:
            return found[0]
        options = enclosing(phrasebook.wordings(section, tone, channel), what)
        first = variation.pick("follow_up", options)
        lines = [o.format(what=what) for o in (first, *(o for o in options if o != first))]
        line = next((one for one in lines if not problem(one)), None)  # ("I have attached X I
        return found["lead"] + line if line else found[0]  # prepared last year": "X is attached")

    said = _REPORTED.sub(kept, text)
    said = _KEPT_AGAIN.sub(r"\g<kept>", said)  # "I enclose X, and I would like to enclose it"
    # "One further point: As promised, ...": the promise kept needs no frame before it
    return re.sub(r"(?:^|(?<=[.!] ))[A-Z][^.:!?]{2,60}: (?=As (?:I )?promised\b)", "", said)
