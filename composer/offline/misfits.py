"""Sentences where a note line went into a frame it does not fit, read by their shape: the
second half of the sentence gate (`wellformed.problem` asks `misfit` after its own checks).

    misfit("I look forward to the recruiter said feedback by Friday.")
    # "a clause stands where a thing was expected ('the recruiter said')"

Each check is a shape of English that a letter never has and a frame filled with a note line
does: a determiner with no noun after it ("talk about the with you"), a clause after "on" or
"to the" ("my answer on I had my own kit", "to partners meet on 9 December"), a wh-word with no
verb ("our discussion of why regional not cargo"), a sentence opening on a verb with no subject
("Asked how id handle ... was"), a bare noun after "the chance of", an answer pasted whole
("yes I'm fine ..."), a tail tacked on after a comma ("..., firearms team trained", "...,
blameless postmortems", "..., you pay for it"), a gap where a word went missing. Closed classes
only (determiners, prepositions, pronouns, reporting verbs, chat words), never a trade's word.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.clauses import unread
from composer.offline.words import AUXILIARIES, BE, DETERMINERS, PERSON_HEADS, PREPOSITIONS


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_DETERMINER = r"the|a|an|my|our|your|their"
_MONTHS_LOWER = (
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july"
    "|august|september|october|november|december|mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat"
    "|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
)
_NUMBER = r"\d+|two|three|four|five|six|seven|eight|nine|ten|twelve"
_PERSON = r"I|you|we|they|he|she"

# Each: a pattern, and what a notice says of it ("it has ...").
_SHAPES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), why)
    for pattern, why in (
        # "during my  interview", "the role at  and", "from you ."
        (r"\S(?: {2,}| (?=[.,;:!?](?:\s|$)))", "a gap where a word is missing"),
        # "It connects with my own work:.", "I look forward to the."
        # (in lower case: "Hội An.", "Plan A." end on a name)
        (rf"(?:[:;,]|\b(?:{_DETERMINER}|of))\s*[.!?]$", "an end before the sentence is said"),
        # "...: I suggested I'd.", "... and.": a thought cut off before its verb or its second half
        (
            r"\b(?:(?:suggested|explained|proposed|described|recommended)\s+I['’](?:d|ll)|and|or|but)"
            r"\s*[.!?]$",
            "an end before the sentence is said",
        ),
        # "talk about the with you", "and the now used"
        (
            rf"\b(?i:{_DETERMINER})\s+(?:the|a|an|with|of|for|from|by|at|to|and|or|now|also|still"
            r"|versus|vs|via|than|because|per|into|onto|between|but|if|whether|yes|no)(?![\w'’-])",
            "a word missing after a determiner",
        ),
        # "my answer on I had my own kit", "Regarding I would written"
        (
            r"\b(?i:on|of|about|regarding|with|from|into|at)\s+I(?:['’](?:d|m|ve|ll))?\s+[a-z]",
            "a clause where a subject was expected",
        ),
        # "I look forward to the ring me by Friday": a verb with its object where a noun was
        (
            rf"\b(?i:{_DETERMINER})\s+[a-z]+\s+(?:me|us|him|them)\b",
            "a verb and its object where a thing was expected",
        ),
        # "As for what do teachers do": a question's word order inside a sentence
        (
            r"(?<=[a-z,] )(?:what|how|why|where|when)\s+(?:do|does|did)\s+(?!(?i:not)\b)[a-z]",
            "a question's word order inside a sentence",
        ),
        # "recommending 'the zookeepers wife'": a title quoted in lower case
        (r"['‘\"“](?:the|a|an) [a-z][^'’\"”]*['’\"”]", "a title in lower case"),
        # "our discussion of talk to Me": a title cut short, its capital left on a pronoun
        (
            r"\b[a-z]+ (?:to|for|with|about|on|by|at|after|like) (?:Me|Us)\b",
            "a title that lost its capital",
        ),
        # "I look forward to the recruiter said feedback", "to Tanya said onsite"
        (
            r"\b(?i:to|of|about|for|on)\s+(?:(?i:the|my|our)\s+)?(?!(?i:what|which|who|that|how"
            r"|everything|all|this)\b)[A-Za-z]+\s+(?:said|says|told|reckons|reckoned)\b"
            r"(?!\s+(?:by|to|about|in|at|that)\b)",
            "a clause stands where a thing was expected",
        ),
        # "I shall look forward to partners meet on 9 December to decide"
        (
            r"\b(?i:forward to)\s+(?:(?i:the)\s+)?(?:[A-Za-z-]+\s+)?[A-Za-z-]+\s+(?:meets?|decide"
            r"|decides|rings|confirms|phones|chooses|shortlists|will|would|said|says|told|they['’]ll)\b",
            "a clause stands where a thing was expected",
        ),
        # "the chance of polygraph", "the opportunity of HR calls": a bare noun
        (
            r"\b(?:chance|opportunity) of\s+(?!(?:the|a|an|my|our|your|further|more|another"
            r"|working|joining|meeting|discussing|speaking|continuing)\b|\w+ing\b)\w",
            "a bare noun after 'the chance of'",
        ),
        # "RCVS reg'd", "req'd": a word cut to an apostrophe
        (
            r"\b(?!(?i:I|you|we|they|he|she|it|who|that|there|what|where|how|why|when)['’]d\b)"
            r"[A-Za-z]+['’]d\b",
            "a word cut short with an apostrophe",
        ),
        # "(n=about 900)", "x=3"
        (r"(?<=\w)=(?=\w)", "a note's '='"),
        # "the 504 coordinator last two years", ", last 2 as shift lead"
        (
            rf"(?<!\bthe )(?<!\bmy )(?<!\bour )(?<!\bthese )(?<!\bthose )(?<!\bher )(?<!\bhis )"
            rf"(?<!\btheir )(?<!\bits )(?<!\byour )(?<!\bat )\blast (?:{_NUMBER})\b",
            "'last' with no 'the'",
        ),
        # "I have 0 lost-time injuries", "1M+ downloads"
        (r"(?<![\w.,£$€])(?<!\bfrom )0\s+[a-z]", "a zero typed as a figure"),
        (r"\d[\d.,]*[kKmM]?\+(?=\s+[a-z])", "a '+' after a figure"),
        # "yes I'm fine with nights": an answer pasted whole
        (
            r"(?:^|[:;]\s*)(?i:yes|yeah|yep|no|nope)\b(?!,)\s+(?:I|i|im|we)\b",
            "an answer typed as a note",
        ),
        # "the born digital stuff", "ok portuguese"
        (
            r"\b(?i:stuff|gonna|wanna|gotta|kinda|sorta|dunno|yeah|yep|nope|cuz|coz|pics)\b"
            r"|\bok\b",
            "a word of chat",
        ),
        # "that we both at Exeter university": a subject with a place and no verb
        (r"\b(?:I|(?i:we|they) (?:both|all))\s+(?i:at|in|from|on|with)\b", "a bare subject"),
        # "over £214,000 threshold": a sum naming a thing, with no article before it
        (
            r"\b(?i:over|under|above|below|within)\s+[£$€]\d[\d,.]*(?:[kmb]n?)?\s+(?!(?i:a|an|per"
            r"|in|of|on|for|each|every|across|and|or|to|mark|worth)\b)[a-z]+(?<!s)\b(?!\s+\w+s\b)",
            "a sum with no article before what it names",
        ),
        # "..., less training time.": a comparison tacked on after a comma, with no verb
        (
            r",\s+(?i:less|more|fewer|lower|higher|faster|quicker)\s+[a-z]+(?:\s+[a-z]+){0,2}\.$",
            "a comparison tacked on after a comma",
        ),
        # "before march", "by fri": a month typed in lower case after a word of time
        (
            r"\b(?i:in|by|before|after|from|until|till|since|early|late|mid|end of|start of)\s+"
            rf"(?:{_MONTHS_LOWER})\b",
            "a month in lower case",
        ),
        # "branch of the month x3", "3x": a count typed as a note
        (r"(?<![\w-])(?:x\d+|(?<!\.)\d+x)(?![\w-])", "a count typed as 'x3'"),
        # "with average 97% of asking": a measure named with no article before its figure
        (
            r"\b(?i:with|at|of)\s+(?:average|median|mean|total|rate)\s+(?:of\s+)?[£$€]?\d",
            "a measure with no article",
        ),
        # "how id run a landing", "if im": a pronoun typed with no apostrophe
        (
            r"\b(?i:how|if|what|when|where|why|whether|that|said|and)\s+(?:id|im|ive|ill|youd)\b",
            "a pronoun with no apostrophe",
        ),
        # "a Arabic-English glossary": "a" before a vowel
        (r"(?<![\w-])a\s+(?!(?i:one|once|eu|ewe|uni|use|usu)\w*)[aeioAEIO][a-z]", "'a' for 'an'"),
        # "talk through asked about a time": a verb where the thing should be
        (
            r"\b(?i:through|about|on|of|for|discussing|covered|covering)\s+(?:asked|said|told|wanted)"
            r"\b",
            "a verb where a thing was expected",
        ),
        # "talk through that you need translators": a that-clause where a thing should be
        (rf"\b(?i:through|about|of)\s+that\s+(?:{_PERSON}|it)\s+[a-z]", "a clause for a thing"),
        # "I cut TAT for urgent FBCs about 25%": a change with no "by" before its figure
        (
            r"\b(?:cut|reduced|lowered|raised|increased|grew|improved|boosted)\s+"
            r"(?:(?!(?i:by|to|from|of)\b)\S+\s+){1,5}?(?:about|around|roughly|nearly|almost"
            r"|approximately)\s+\d[\d.,]*%",
            "a change with no 'by' before its figure",
        ),
        # "I hold an HR diploma and Kenya School of ...": a place of study joined as a thing held
        (
            r"\bI hold\b[^.;]*\band (?:an? |the )?(?:(?!(?:from|at|in|of|with|for)\b)[\w'-]+ ){0,4}"
            r"(?:College|University|School"
            r"|Polytechnic|Institute|Academy|Conservatoire)\b(?! (?:[Ll]evel|[Cc]ertificate|\d))",
            "a place of study joined as if it were a thing held",
        ),
        # "an MSc clinical biochem": a degree with no "in" before its subject
        (
            r"\b(?:a|an|my)\s+(?:MSc|BSc|BA|MA|MEng|BEng|PhD|MPhil|MBA|HND|HNC|LLB|LLM|BEd|PGCE"
            r"|MRes|DPhil)\s+(?!(?:in|from|at|with|and|or|degree|course|student|programme|program"
            r"|qualification|dissertation|project|thesis|graduate|is|was|has|had|will|would|can"
            r"|could|also|gave|taught|took|led|helped|covered|included|counts|means)\b)[a-z]",
            "a degree with no 'in' before its subject",
        ),
        # "I would hope to contribute X and want to be a check airman": a tense that changes
        (
            # (never past a relative word: "a resident who becomes upset and wants to go home")
            r"\bI would\b(?:(?!\b(?:who|which|that|whose)\b)[^.,;:])*\band"
            r" (?:want|wants|hope|hopes|plan|plans) to\b",
            "a tense that changes",
        ),
        # "before January 31 peak": a date naming a thing with no "the"
        (
            r"(?<!\bthe )(?<!\bits )(?<!\bour )(?<!\byour )(?<!\bthis )(?<!\ba )\b(?:January"
            r"|February|March|April|May|June|July|August|September|October|November|December)\s+"
            r"\d{1,2}(?:st|nd|rd|th)?\s+(?!(?:and|or|to|at|in|for|from|on|with|by|until|when|if"
            r"|so|as|but|is|was|will|would|I|we|you)\b)[a-z]+",
            "a date naming a thing with no 'the'",
        ),
        # "I hold Texas teaching certificate", "valid ATCO licence": a count noun with no article
        (
            r"\b(?:hold|have|earned|completed|got)\s+(?:also\s+)?(?:(?!(?i:a|an|the|my|two|three"
            r"|four|five|several|both|no|full|all|some|his|her|our|their|your|this)\b)[\w-]+\s+){1,3}"
            r"(?:licence|license"
            r"|certificate|card|permit|degree|diploma|ticket)\b",
            "a licence or certificate with no article",
        ),
    )
)  # fmt: skip

# ", firearms team (red team) trained.", ", TPA certified.": a participle tacked on at the end
_TACKED_PARTICIPLE = re.compile(
    r",\s+(?P<tail>(?:[\w()/-]+\s+){1,5})(?:trained|certified|qualified|registered|passed"
    r"|completed)\.$"
)
# "I have three years of experience in mortgage advisor at", "four years processing archivist
# at": a post named where its field was expected, with no "as a"
_POST = re.compile(
    r"\b(?:experience in|years)\s+(?:(?!(?:as|a|an|the|of|with|and)\b)[a-z-]+\s+){0,3}"
    r"(?P<post>[a-z]+)"
    r"(?=\s+(?:at|in|for|before|with|until)\b|\s*[,.;])"
)
_POST_END = re.compile(r"(?:ist|yst|ian|holder|keeper|officer|advisor|adviser)$")


def _is_post(word: str) -> bool:
    """A noun naming a person by their post: "archivist", "leader", "nurse" (`PERSON_HEADS`)."""
    return bool(_POST_END.search(word)) or word in PERSON_HEADS or lexicon.is_agent_noun(word)


# "I handled about 45,000 calls, QA average 96% on EMD": a figure with no verb after a comma
_FIGURE_TAIL = re.compile(
    r",\s+(?P<tail>(?!(?i:with|from|to|up|down|against|about|around|over|under|at|in|on|by|for"
    r"|all|each|and|or|which|who|of|the|a|an|than|compared|versus|vs|including|so|not)\b)[A-Za-z][\w-]*"
    r"(?:\s+[A-Za-z][\w-]*){0,2}\s+\d[\d,.]*%[^,;:]*)\.$"
)
# "I appreciated our discussion of why regional not cargo": a wh-word with no verb after it
_WH = re.compile(
    r"\b(?:of|about|on|discussing|covering|over)\s+(?:why|how|whether|where|when|what)\s+"
    r"(?P<rest>[^,.;:]+)"
)
# "I enjoyed discussing incident culture, blameless postmortems.": a list with no "and"
_LIST_TAIL = re.compile(
    r"^[^,:]*\b(?:about|discussing|discussion of|covered|covering|on|for|of)\s+[^,:]+,\s+"
    r"(?P<tail>[^,]+)\.$"
)
_TAIL_OPENERS = _words(
    "especially particularly including notably not mainly mostly as and or but which who so too"
    " both from with in on at for when where while since after before during if than then"
    " even only just also now against all each every some most none many few"
)
# ", you pay for the ECC certificate": a second clause joined by a comma alone
_SPLICE = re.compile(rf"^(?:I|It|We|My|Our|This|Thank)\b[^,;:]*,\s+(?:{_PERSON})\s+(?P<v>[a-z]+)")
_SUBORDINATE = re.compile(
    r"\b(?:as|when|if|because|since|while|although|though|after|before|once|where|whether)\b"
)
# ", start would be in mid-December": a noun of one or two words (with its article) and a
# modal or a form of "be" after a comma, a second sentence the notes joined with a comma
_NOUN_SPLICE = re.compile(
    r"^(?:I|It|We|My|Our|This|Thank)\b[^,;:]*,\s+(?P<subject>(?:(?:the|my|our|your|a|an)\s+)?"
    r"[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?P<v>would|will|could|should|can|is|are|was|were)\s"
)
# Openers of a letter's sentences that are no note to self: "Enjoy the dinner", "Let me know".
_MONTH_BEFORE = _words("early late mid end start beginning until till and or this last next every")
_IMPERATIVES = _words("enjoy let do feel give have thank please say keep")


def misfit(text: str) -> str:
    """Why `text` reads as a note forced into a frame, or "" when it does not."""
    for pattern, why in _SHAPES:
        found = pattern.search(text)
        if found:
            return f"it has {why} ('{found.group().strip()}')"
    return (
        _tacked(text)
        or _wh(text)
        or _spliced(text)
        or _opening(text)
        or _glued_month(text)
        or unread(text)
    )


def _finite(words: list[str]) -> bool:
    """True when the words hold a verb with a tense (or "to" and a verb), or a subject."""
    lowered = [w.lower() for w in words]
    if {"i", "you", "we", "they", "he", "she", "it"} & set(lowered):
        return True
    for before, word in zip(["", *lowered], lowered, strict=False):
        if word in BE or word in AUXILIARIES or re.search(r"['’](?:s|re|ll|d|ve|m)$", word):
            return True
        if before == "to" and lexicon.is_base_verb(word):
            return True
        if before == "not":  # "why small animal not mixed": a participle, no tense
            continue
        if lexicon.is_past(word) or (lexicon.is_third_person(word) and not lexicon.is_noun(word)):
            return True
    return False


# "BRC audit February": a month glued to a noun with no "in" or "the"
_GLUED_MONTH = re.compile(
    r"\b(?P<before>[a-z]+)\s+(?:January|February|March|April|June|July|August|September"
    r"|October|November|December)\b(?!\s+\d)"
)


def _glued_month(text: str) -> str:
    for found in _GLUED_MONTH.finditer(text):
        before = found.group("before")
        if before not in PREPOSITIONS | DETERMINERS | _MONTH_BEFORE and lexicon.is_noun(before):
            return f"a month glued to a noun ('{found.group().strip()}')"
    return ""


def _tacked(text: str) -> str:
    found = _TACKED_PARTICIPLE.search(text)
    tail = found.group("tail") if found else ""
    if found and not re.search(r"\b(?:and|am|is|was|I|now|fully|who|whom|which|them)\b", tail):
        return f"a tail tacked on after a comma ('{found.group().strip(' ,.')}')"
    for found in _POST.finditer(text):
        if _is_post(found.group("post")):
            return f"a post named where its field was expected ('{found.group().strip()}')"
    found = _FIGURE_TAIL.search(text)
    if (
        found
        and not _finite(words := found.group("tail").split())
        and not lexicon.is_gerund(words[0])
    ):
        return f"a figure tacked on after a comma ('{found.group('tail')}')"
    found = _LIST_TAIL.search(text)
    if found:
        words = found.group("tail").split()
        first = words[0]
        before = text[: found.start("tail")].rstrip(" ,").split()[-1]
        if not (
            first.lower() in _TAIL_OPENERS
            or len(words) > 4
            or not before.islower()  # "the Associate Actuary, Reserving role", "Hollis, Brandt"
            or re.search(r"\d|\b(?:and|or|of)\b", found.group("tail"))
            or all(w[:1].isupper() for w in words)
            or _finite(words)
            # a participle's clause after a deed ("..., finishing two weeks early"); after a
            # gerund it is a list's ("hiking, cycling")
            or (lexicon.is_gerund(first) and not lexicon.is_gerund(before))
            # two describing words of one thing: "rests on early, honest consultation"
            or (lexicon.is_adjective_only(before) and lexicon.is_noun(words[-1]))
        ):
            return f"a list with no 'and' ('{found.group('tail')}')"
    return ""


def _wh(text: str) -> str:
    for found in _WH.finditer(text):
        words = found.group("rest").split()
        # "how engineers work with PMs": a plain verb after its subject
        if not _finite(words) and not any(lexicon.is_base_verb(w) for w in words[1:]):
            return f"a question with no verb ('{found.group().strip()}')"
    return ""


def spliced_at(text: str) -> int:
    """Where a second sentence with a noun for its subject is joined to `text` by a comma
    ("I look forward to hearing from you by Friday, start would be in mid-December"): the
    comma's place, or -1. A noun that is no verb's subject ("..., and", "..., which") is none."""
    found = _NOUN_SPLICE.search(text)
    if found is None or _SUBORDINATE.search(text[: found.start("subject")].split(",")[0]):
        return -1
    words = found.group("subject").split()
    if words[0] in _TAIL_OPENERS or not lexicon.is_noun(words[-1]):
        return -1
    return text.rfind(",", 0, found.start("subject"))


def _spliced(text: str) -> str:
    parts = re.split(r"(?<=[a-z0-9)][.!?])\s+(?=[A-Z])", text)
    if len(parts) > 1:  # "... both. As promised, I have attached ...": each sentence alone
        return next((why for why in map(_spliced, parts) if why), "")
    if (comma := spliced_at(text)) >= 0:
        return f"two sentences joined by a comma ('{text[comma + 1 :].strip()}')"
    found = _SPLICE.search(text)
    if found is None or _SUBORDINATE.search(text[: found.start("v")].split(",")[0]):
        return ""
    verb = found.group("v")
    if verb in BE or verb in AUXILIARIES or lexicon.is_past(verb) or lexicon.is_base_verb(verb):
        return f"two sentences joined by a comma ('{found.group().split(',')[-1].strip()}')"
    return ""


def _opening(text: str) -> str:
    """A sentence opening on a verb with no subject: "Asked how id handle ... was the part",
    "Get pharmacy first consults up ..." (a note to self)."""
    first = re.match(r"[A-Z][a-z]+\b", text)
    if first is None:
        return ""
    word = first.group().lower()
    if word in _IMPERATIVES or "," in text:
        return ""
    if lexicon.is_past(word) and lexicon.is_participle(word) and not lexicon.is_noun(word):
        return f"it opens on a verb with no subject ('{first.group()}')"
    persons = re.search(r"\b(?:I|me|my|we|us|our|you|your)\b", text)
    if lexicon.is_base_verb(word) and not lexicon.is_noun(word) and not persons:
        return f"it reads as a note to self ('{first.group()}')"
    return ""
