"""A follow-up as the notes type it, tidied before it is read: the hedge before what was said
("i think i said 500 barrels"), the reminder after it ("- fix", "- mention", "(add this)"),
the correction joined by a comma ("said 500 barrels, it was 600") and a year put on a present
perfect ("I've done the grafting course at Telford (2023)"), each said as the readers of
follow-ups (`followparts`, `followcore`) know it: "said 500 barrels - it was 600"; "I did the
grafting course at Telford in 2023". The readers then say it, or leave it out, as before.
A follow-up none of them reads that was typed as a careful sentence of the candidate's own (a
capital, "I" or "my", a finite verb, every check of the last gate passed) is said as typed
(`as_typed`), its full stop added: "I have checked since: my Argus training was on version
8.4, not 8.1 as I said."
"""

from __future__ import annotations

from collections.abc import Callable

from composer import regexes as re
from composer.english import ABBREVIATIONS, SHORT_NAMES
from composer.offline import credentials, lexicon, typedwhole
from composer.offline.dangling import dangling
from composer.offline.shorthand import expand
from composer.offline.stephedges import GUESSES
from composer.offline.words import DEGREE_ADVERBS, MONTH_NAMES, PAY_WORDS

# A follow-up (or a part of one) that is only an aside in brackets, or names a matter vaguely
# ("correct the 25/50 µm thing", "must clarify"): a note to self, nothing a letter can say.
VAGUE = re.compile(
    r"(?i)^(?:\([^()]*\)|(?:also\s+|and\s+)?(?:the\s+)?[\w\s'/.-]{0,40}\b(?:thing|stuff|bit)"
    r"|(?:must\s+|need\s+to\s+)?(?:correct|fix|clarify|say)(?:\s+(?:this|that|it))?(?:\s+clear(?:ly)?)?"
    # "correct the sheets/day number to Mr. Kim": which figure, not what it is (round 50, h1408)
    r"|(?:must\s+|need\s+to\s+)?(?:correct|fix)\s+(?:the|my)\s+[\w/ -]{2,40}?\s+(?:number|figure)"
    r"(?:\s+(?:to|with|for)\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?[A-Z][\w'-]*)?)"
    r"[.!\s]*$"
)


# "i think i said", "pretty sure I said", "I think I told them": a hedge on the candidate's
# memory of their own words, which the correction itself settles
_HEDGE = re.compile(
    r"^(?:i\s+think|pretty\s+sure|i'?m\s+pretty\s+sure|i\s+believe|think)\s+(?:i\s+)?(?=said\b)",
    re.IGNORECASE,
)
_I_SAID = re.compile(r"^i\s+(?=said\b)", re.IGNORECASE)
# A reminder to self at the end: "- fix", "- mention", "(add)", "- pls correct", "- tell them";
# a dash with no space before it is a name's ("a Scharf-fix", the paring machine)
_REMINDER = re.compile(
    r"(?:\s+[-–—]+|\s*\()\s*(?:pls\s+|please\s+)?(?:fix|correct|mention|add|clarify|include|say"
    r"|tell\s+(?:them|her|him))(?:\s+(?:this|that|it|in\s+(?:the\s+)?letter))?\s*\)?\s*[.!]*$",
    re.IGNORECASE,
)
# "... had passed. I would like to make that clear.": a last sentence that only says the point
# matters, a note to self (reader 23), never said after the point it follows.
MAKE_CLEAR = re.compile(
    r"(?i)(?:(?<=[.!])\s+|,\s+and\s+)I(?:\s+would|\s+just|['’]d)?\s+(?:like|want(?:ed)?|need(?:ed)?)"
    r"\s+to\s+"
    r"(?:make\s+(?:that|this|it)\s+clear|clarify\s+(?:that|this|it)|correct\s+(?:that|this|it))"
    r"(?:\s*[.!]+(?=\s+(?-i:[A-Z]))|\s*[.!]*$)"  # at the end, or a sentence of its own
)


def clear_dropped(text: str) -> str:
    """`text` without its closing wish to make a point clear ("... I would like to make that
    clear.", "..., and I want to correct this."), the sentence it ends closed with a stop."""
    return MAKE_CLEAR.sub(lambda found: "." if found.group().startswith(",") else "", text)


# "said 500 barrels, it was 600": the correction after a comma, as after a dash
_COMMA_FIX = re.compile(
    r"^(?P<said>said\s+[^,;]+?)\s*[,;]\s+(?P<fix>(?:it|that)\s+(?:was|is)\s.+)$"
)
# "I've done X (2023)", "I have done X in 2023": a year is past, so the perfect says it past
_PERFECT_YEAR = re.compile(
    r"^(?P<lead>.*?\bI)(?:'ve|\s+have)\s+(?P<verb>[a-z]+)\s+(?P<what>.+?)\s*"
    r"(?:\((?P<bracket>(?:19|20)\d\d)\)|\bin\s+(?P<year>(?:19|20)\d\d))\s*$"
)


def tidied(value: str) -> str:
    """`value` without its hedge and reminder, its comma correction joined as with a dash,
    and a year's deed in the past tense; `value` itself when it has none of them. A
    correction's parts are tidied too (`_fix_parts`). A line that names the candidate's pay
    figure ("salary q - said 'flexible', range is 6.5-7k") is "": the letter leaves it out and
    names it, since what to ask for is the candidate's call."""
    if _MONEY.search(value) and PAY_WORDS & set(re.findall(r"[a-z]+", value.lower())):
        return ""
    text = clear_dropped(_REMINDER.sub("", asides_dropped(_typed_plain(value.strip()))))
    text = _fix_parts(text)
    if yes := _YES_FIX.match(text):  # "i said 'mostly yes', should say clearly YES": the yes
        answer = yes["yes"].split(" ", 1)
        text = " ".join([f"{yes['q']} - {answer[0].lower()}", *answer[1:]])
    text = _HEDGE.sub("", _STEP.sub(r"\g<q> - ", text))  # "asked X -> said Y": "asked X - said Y"
    text = _I_SAID.sub("", text)
    if last := _ASKED_LAST.match(text):  # "I should have said X when she asked abt Y": Y first
        text = f"{last['who']} asked {last['q']} - {last['said']}"
    fix = _COMMA_FIX.match(text)
    if fix and not re.search(r"\s[-–—]+\s", fix["said"]):  # "... - checked, it was 64": read
        text = f"{fix['said']} - {fix['fix']}"
    perfect = _PERFECT_YEAR.match(text)
    if perfect:
        past = lexicon.verb_forms(lexicon.base_of(perfect["verb"]) or "").get("VBD")
        if past and lexicon.is_participle(perfect["verb"]):
            year = perfect["bracket"] or perfect["year"]
            text = f"{perfect['lead']} {past} {perfect['what']} in {year}"
    return _SINCE_HAVE.sub(r"\g<i> have had \g<what> since", text)


# "i have my full G since 2022": held since then is the perfect, "I have had my full G since"
_SINCE_HAVE = re.compile(r"\b(?P<i>[Ii]) have (?P<what>(?:my|a|an|the)\s[^,;.]+?) since\b")


# A figure of pay: "$80k", "6.5-7k", "£45,000", "30/hr", "28 an hour" (never a "£1.1m" budget)
_MONEY = re.compile(
    r"\b\d+(?:\.\d+)?\s?[kK]\b|\b\d+(?:\.\d+)?\s?(?:/|per\s+|an?\s+)(?:hr|hour|h)\b"
    r"|\b\d{2,3},\d{3}\b"
)
# "asked if i can do lates - i said 'mostly yes', should say clearly YES incl weekends": what was
# said in the room is replaced by the answer the note says it should have been
_YES_FIX = re.compile(
    r"^(?P<q>.*?\basked\b.+?)\s[-–—>]+\s+(?:i\s+)?(?:said\s+(?:'[^']*'|\"[^\"]*\"|[^,;]+?)|[a-z]+ed)\s*[,;]"
    r"\s*(?:i\s+)?(?:should|shld|shd)(?:\s+have|'ve)?\s+(?:said|say)\s+(?:(?:clearly|definitely"
    r"|just|a\s+clear|a\s+firm)\s+)?(?P<yes>(?:yes|no)\b.*)$",
    re.IGNORECASE,
)
# A word in capitals for stress ("i DID do it", "clearly YES"): no acronym, a verb or adverb
_SHOUTED = re.compile(r"\b[A-Z]{3,}\b")
# "i did do the extension": the stressed "did" of a note, said as the plain past
_DID_DO = re.compile(r"\b(?P<i>[Ii]) did (?P<v>[a-z]+)\b")
# The note's own markers, typed with a slip of the keys ("actualy", "acutally")
_MARKERS = ("actually", "mention", "forgot")


def _near(word: str, marker: str) -> bool:
    """True when `word` is `marker` with one letter added, dropped, changed or two swapped."""
    if abs(len(word) - len(marker)) > 1 or word == marker:
        return False
    for i in range(len(marker) + 1):
        for edit in (
            marker[:i] + marker[i + 1 :],
            marker[:i] + marker[i + 1 : i + 2] + marker[i : i + 1] + marker[i + 2 :],
        ):
            if word == edit:
                return True
        if any(
            word == marker[:i] + c + marker[i + 1 :] or word == marker[:i] + c + marker[i:]
            for c in set(word)
        ):
            return True
    return False


def _typed_plain(text: str) -> str:
    """`text` with its stressed capitals lowered, "i did do" as "i did", and a marker's slip of
    the keys mended ("actualy" -> "actually"); any other text as it is."""

    def lowered(found: re.Match[str]) -> str:
        kinds = lexicon.classes(found[0].lower())
        return (
            found[0].lower() if kinds and "noun" not in kinds and "adj" not in kinds else found[0]
        )

    def plain(found: re.Match[str]) -> str:
        kinds = lexicon.classes(found["v"])
        verb = lexicon.is_base_verb(found["v"]) and not {"adv", "adj"} & set(kinds)  # "did well"
        past = lexicon.verb_forms(found["v"]).get("VBD") if verb else None
        return f"{found['i']} {past}" if past else found[0]

    def key_slip(found: re.Match[str]) -> str:
        word = found[0]
        if lexicon.known(word.lower()):
            return word
        return next((m for m in _MARKERS if _near(word.lower(), m)), word)

    text = _DID_DO.sub(plain, _SHOUTED.sub(lowered, text))
    return re.sub(r"\b[a-z]{5,}\b", key_slip, text)


# A note to self between a follow-up's sentences or after its last comma, known by what its words
# are (`_aside`): an emoticon, a bare verb ("fix", "fix that", "forgot!!"), a feeling ("doh",
# "sorry!", "embarrassing", "prob too vague"); never said to the reader.
_EMOTICON = re.compile(r"\s*(?<![\w%])[:;]-?[()/|DPp](?![\w%])")
_STOP = re.compile(r"((?<=[^\s.])[.!?]+(?:\s+|$))")
_LAST_PIECE = re.compile(r"(?:,|\s[-–—]+)\s+(?P<piece>[^,]+)$")
_HEDGE_WORD = re.compile(rf"(?i)^(?:{GUESSES})$")
_REPLIES = frozenset(
    [
        "yes",
        "no",
        "yep",
        "yeah",
        "nope",
        "true",
        "right",
        "correct",
        "exactly",
        "ok",
        "okay",
        "sure",
    ]
)
_OBJECTS = frozenset(["it", "that", "this", "them"])


def _aside(piece: str, whole: bool = True) -> bool:
    """True when `piece` is a note to self by its words: no noun, number or "I"; an exclamation
    no dictionary knows, a feeling's adjective (alone, or after an adverb of degree or a guess:
    "prob too vague"), a past verb alone ("forgot!!"); as a `whole` sentence, also a bare verb
    with at most a pronoun ("fix that"; after a comma, "confirm that" is what to say)."""
    words = re.sub(r"[!?.'\"]", "", piece).lower().split()
    if not words or len(words) > 4 or any(w[0].isdigit() or w in _REPLIES for w in words):
        return False
    word_classes = [lexicon.classes(w) for w in words]
    head = words[0]
    if len(words) == 1:
        if not word_classes[0]:  # "doh", "oops": a sound, never a word of the letter
            return head.isalpha() and len(head) <= 5 and head == piece.strip(" !.")  # as typed
        if "adj" in word_classes[0] and not lexicon.is_participle(head):
            return "noun" not in word_classes[0]  # "sorry!", "embarrassing"
        past = lexicon.is_past(head) and not lexicon.is_participle(head)  # "forgot!!"
        return past or (whole and lexicon.is_base_verb(head) and "verb" in word_classes[0])
    if whole and lexicon.is_base_verb(head) and set(words[1:]) <= _OBJECTS:  # "fix that"
        return True
    degree = [w in DEGREE_ADVERBS or bool(_HEDGE_WORD.match(w)) for w in words[:-1]]
    last = word_classes[-1]
    return any(degree) and all(degree) and "adj" in last and "noun" not in last


def asides_dropped(text: str) -> str:
    """`text` without its notes to self (see `_aside`): "said 10%, it was 12%. fix" -> "said
    10%, it was 12%."; text with none, or all of it an aside, as it is."""
    kept = _EMOTICON.sub(lambda m: "." if text[m.end() :].strip() else "", text)
    pieces = _STOP.split(kept)  # sentence, its stop, sentence, its stop, ...
    for i in range(len(pieces) - 3, -1, -2):  # "Dr. Ochoa asked": no stop after an abbreviation
        word = re.search(r"[\w.]+$", pieces[i])
        if word and pieces[i + 1].startswith(".") and word[0].lower() in ABBREVIATIONS:
            pieces[i : i + 3] = ["".join(pieces[i : i + 3])]
    said = []
    for i in range(0, len(pieces), 2):
        piece, stop = pieces[i], pieces[i + 1] if i + 1 < len(pieces) else ""
        last = _LAST_PIECE.search(piece)
        if last and _aside(last["piece"], whole=False):  # "..., prob too vague.", "..., forgot!!"
            piece, stop = piece[: last.start()], re.sub(r"[.!?]+", ".", stop)
        if not _aside(piece):
            said.append(piece + stop)
    kept = "".join(said).strip()
    return kept if kept.strip(" .!?") else text


# A head that says only that what was said was wrong: "correction - ...", "wrong, its ...".
FIX_HEAD = re.compile(
    r"^(?:(?:one|a) )?(?:correction|wrong|incorrect|not right|not true|my mistake|that was wrong"
    r"|(?:that'?s|thats) wrong)(?:[,:]? (?P<c>.+))?$",
    re.IGNORECASE,
)
# A bracket that says why the candidate got it wrong, to themselves: "(forgot co-op counts)".
_WHY_NOTE = re.compile(
    r"\s*\((?:i )?(?:forgot|just remembered|remembered|realised|realized|oops|doh)\b[^)]*\)",
    re.IGNORECASE,
)
# A part after the correction that is a question to put later: "also forgot to ask abt staff
# accom", "- ask about parking": the letter says the correction, not the errand
_ASK_LATER = re.compile(
    r"(?:[.;]|\s[-–—]+)\s+(?:also |and |\+ ?)?(?:i )?(?:forgot to|meant to|need to|must|should"
    r"|remember to|to)?\s*ask\b[^.;]*[.!]?$",
    re.IGNORECASE,
)
# "20 mo", "6 mos", "18 mths": a count of months
_MONTHS = re.compile(r"\b(?P<n>\d+) ?(?:mo|mos|mth|mths)\b(?!\.\w)")
# "20 mo of exp not 16": the figure corrected, typed with no comma before its "not"
_NOT_FIGURE = re.compile(
    r"(?<=[a-z])(?<!\bis)(?<!\bwas)(?<!\bare)(?<!\bwere)(?<!\bdo)(?<!\bdid) not (?=\d)"
)
# "every sat, not alternate": the adjective that stands for the noun before it
_NOT_ADJ = re.compile(r"\b(?P<q>every|each) (?P<n>[\w-]+), not (?P<a>[a-z]+)$")
# "im fine w/ ...": "im" before what the candidate is ("fine", "happy", "available",
# "working", "certified"); "im meds" (an injection) is left as typed
_IM = re.compile(r"(?<![\w'])im (?=(?P<w>[a-z]+)\b)", re.IGNORECASE)
_IM_BEFORE = frozenset(["not", "also", "still", "now", "ok", "okay"])


def _im(found: re.Match[str]) -> str:
    word = found["w"].lower()
    said = word in _IM_BEFORE or "adj" in lexicon.classes(word) or lexicon.is_gerund(word)
    return "I'm " if said or lexicon.is_participle(word) else found[0]


def not_figure(text: str) -> str:
    """ "20 months of X not 16" -> "20 months of X, not 16": a clause's corrected figure."""
    return _NOT_FIGURE.sub(", not ", text) if re.search(r"\d", text.split(" not ")[0]) else text


def _fix_parts(text: str) -> str:
    """A correction's parts as the readers know them: its note to self in brackets and its
    question for later dropped, months counted in full, "every Saturday, not just alternate
    ones", and "im" said."""
    text = _WHY_NOTE.sub("", text)
    if _ASK_LATER.search(text) and _ASK_LATER.sub("", text).strip():
        text = _ASK_LATER.sub("", text)
    text = _MONTHS.sub(lambda m: f"{m['n']} month{'' if m['n'] == '1' else 's'}", text)
    if (adj := _NOT_ADJ.search(text)) and "adj" in lexicon.classes(adj["a"]):
        text = text[: adj.start()] + f"{adj['q']} {adj['n']}, not just {adj['a']} ones"
    return _IM.sub(_im, text)


# An arrow after a yes-or-no question to the next part of the note, before a word in lower case
# ("asked if i have my licence -> said P plates"); "q abt X -> said" is read by `wished`
_STEP = re.compile(r"(?P<q>\basked (?:if|whether) [^>]{3,80}?)\s+-+>\s+(?=[a-z])")
# "I should have said I did GPA training when she asked abt responsive behaviours": the question
# typed last, where the letter would read it as when the deed was done
_ASKED_LAST = re.compile(
    r"^(?P<said>(?:I|i)\s+(?:should|shld|shd|forgot|meant|wish)\b.+?),?\s+(?:when|as)\s+"
    r"(?P<who>she|he|they|[A-Z][\w.]*(?: [A-Z][\w-]*)?)\s+asked\s+"
    r"(?P<q>(?:about|abt|re|me about)\s+[^,;.]+)[.!]?$"
)
# "when she asked about responsive behaviours": the one who asked is the letter's reader
_THEY_ASKED = re.compile(r"\b(?P<when>when|as|after|before|since) (?:she|he) asked\b")


def you_asked(line: str | None) -> str | None:
    """`line` said to its reader, who asked: "when you asked about ..." for "when she asked about
    ..."; any other line as it is."""
    return _THEY_ASKED.sub(r"\g<when> you asked", line) if line else line


def as_typed(value: str | None) -> str | None:
    """`value` said as typed when it is a careful sentence of the candidate's own
    (`typedwhole.as_typed`), a full stop added where the notes left it off; else None."""
    if not value:
        return None
    text = value.strip()
    text = text if text.endswith((".", "!", "?")) else f"{text}."
    if text[:1].islower() and _CORRECTION.search(text) and not _LOWER_I.search(text):
        text = text[:1].upper() + text[1:]  # "when asked about X I said ...": typed with care
    if _CORRECTION.search(text) and text[:1].isupper() and not typedwhole.CHAT.search(text):
        # "I said the maximum was 2%; ... it is actually up to 4%": what a note to self
        # would be ("I said ...") is here the correction the letter is for
        said = typedwhole.spoken(text)
        return None if said is None or len(said.split()) > typedwhole.MOST_WORDS else said
    # "When we talked about X, I forgot to say that ...": owned up to, with care
    return typedwhole.as_typed(text, owning=typedwhole.OWNED_CAREFUL)


# A correction typed in full: what the candidate said, and what is so ("actually", "not").
_CORRECTION = re.compile(
    r"\bI said\b.*\b(?:actually|in fact|not|rather than)\b|\bnot\b.*\bas I said\b"
)
_LOWER_I = re.compile(r"(?<![\w'])i(?![\w])")


# A thing of its own that starts at a time, typed after the offer: ", BIE course starts spring".
_STARTS = re.compile(
    r"^\s*[,;]\s+(?:the\s+)?(?P<np>(?!(?:it|this|that|which|mine)\b)(?:[\w&-]+\s+){0,3}[a-z]+)\s+(?P<v>starts|begins|opens|runs)"
    r"\s+(?:in\s+)?(?:the\s+)?(?P<when>spring|summer|autumn|fall|winter|[a-z]+)\s*[.!]?$",
    re.IGNORECASE,
)
_SEASONS = frozenset(["spring", "summer", "autumn", "fall", "winter"])


def and_when(tail: str) -> str:
    """ ", and the BIE course starts in the spring" for a tail typed ", BIE course starts spring"
    (a season or a month); "" for any other tail, which stays out of the letter."""
    found = _STARTS.match(tail)
    if found is None:
        return ""
    when = found["when"].lower()
    if when in _SEASONS:
        when = f"in the {when}"
    elif when in MONTH_NAMES or when[:3] in {m[:3] for m in MONTH_NAMES}:
        when = f"in {next(m for k, m in MONTH_NAMES.items() if k[:3] == when[:3])}"
    else:
        return ""
    return f", and the {found['np']} {found['v'].lower()} {when}"


def one_also(line: str) -> str:
    """ "I also wanted to mention that I also have X": one "also" is enough."""
    return re.sub(r"(\balso\b.*?\bI) also\b", r"\1", line, count=1)


# What the candidate can do with a thing of theirs, typed after a dash: "my own tuning forks -
# can bring" -> "my own tuning forks, which I can bring".
_CAN_TAIL = re.compile(
    r"\s+[-–]+\s*(?:i\s+)?can\s+(?P<verb>bring|send|share|show)(?:\s+(?:it|them))?\s*\.?$"
)


def offered_tail(text: str) -> str:
    """`text` with an offer typed after a dash said as a clause of the thing before it ("and can
    bring them" after a bracket of its own, whose comma a "which" would follow badly)."""
    found = _CAN_TAIL.search(text)
    if found is None:
        return text
    before, verb = text[: found.start()], found["verb"].lower()
    if not before.endswith(")"):
        return f"{before}, which I can {verb}."
    thing = re.sub(r"\s*\([^()]*\)$", "", before).split()
    one = re.search(r"\b(?:set|pair|copy|kit) of\b", " ".join(thing[-5:])) is not None
    plural = bool(thing) and lexicon.is_plural_noun(thing[-1]) and not one
    return f"{before} and can {verb} {'them' if plural else 'it'}."


# An offer the candidate made in the room, typed as reported: "also said i'd do sat trial day
# if needed", "said I could come in for a trial shift".
_OFFERED_AGAIN = re.compile(
    r"(?i)^(?:also\s+)?(?:i\s+)?(?:also\s+)?said\s+(?:i'?d|i\s+would|i\s+could|i\s+can)\s+(?:happily\s+)?"
    r"(?P<verb>do|come\s+in\s+for|work|cover|join)\s+(?P<thing>(?:a\s+|an\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)"
    r"(?P<cond>\s+if\s+(?:needed|necessary|useful|helpful|it\s+helps|that\s+helps|you\s+like))?[.!\s]*$"
)


def offered_again(text: str) -> str | None:
    """ "As I mentioned, I can also do a Saturday trial day if needed." for an offer made in
    the room and typed as reported ("also said i'd do sat trial day if needed"); None for any
    other line, or a thing not read with confidence (a word no table knows)."""
    found = _OFFERED_AGAIN.match(" ".join(text.split()))
    if found is None:
        return None
    words = expand(found["thing"]).split()
    days = ("mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun")
    words = [  # "sat trial day": a day before a noun is the day, never "sat"
        SHORT_NAMES[w.lower()] if w.lower() in days and i < len(words) - 1 else w
        for i, w in enumerate(words)
    ]
    named = set(SHORT_NAMES.values()) | {"a", "an"}
    if not words or not all(lexicon.known(w) for w in words if w not in named):
        return None
    if words[0].lower() not in ("a", "an") and not lexicon.is_plural_noun(words[-1]):
        words.insert(0, lexicon.article(" ".join(words)))  # "a Saturday trial day"
    verb = " ".join(found["verb"].lower().split())
    cond = " ".join((found["cond"] or "").split())
    return f"As I mentioned, I can also {verb} {' '.join(words)}{' ' + cond if cond else ''}."


# A figure said in the room and put right, typed loosely: "said 1 yr admin but it's ~2 yrs
# (since mar 2029)", "told Hemi 4 yrs as trainer - actually 3.5 (started Aug 2027)".
_FIGURE_SAID = re.compile(r"(?i)^(?:also\s+)?(?:i\s+)?(?:said|told\s+[\w.]+)\s+~?\d")
_PUT_RIGHT_AS = r"(?:it'?s|it\s+is|it\s+was|actually)"


def figure_fix_tidied(text: str) -> str:
    """A figure's correction as the readers of "said 1 yr admin, it's 2" know it: "but it's" said
    with a comma, the new figure without its repeated unit (nor a "~" before it), and a bracket
    on when it began left out (the figure is the correction); any other line as typed."""
    if not _FIGURE_SAID.match(text):
        return text
    text = re.sub(r"(?i),?\s+but\s+(it'?s|it\s+is|it\s+was)\s+", r", \1 ", text)
    text = re.sub(
        rf"(?i)({_PUT_RIGHT_AS}\s+)~?(\d+(?:\.\d+)?)\s*(?:yrs?|years?)\b(?!\s*\d)", r"\1\2", text
    )
    return re.sub(r"\s*\((?i:since|started|from)\s[^()]*\)", "", text)


# "told Nadia I could start Mar 1 - actually lease/job notice means Mar 15, CHECK + tell her":
# the start date said in the room, then the one that holds (what comes after is to self).
_DATE = r"(?:\d{1,2}\s+)?(?-i:[A-Z])[a-z]{2,8}\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?"
START_SAID = re.compile(
    rf"(?i)^(?:i\s+)?(?:said|told\s+(?:you|him|her|them|(?-i:[A-Z])[\w'-]+))\s+(?:that\s+)?"
    rf"(?:i\s+(?:could|can)\s+)?start(?:\s+(?:on|in))?\s+(?P<old>{_DATE})\s*(?:[-–,;]+\s*|\s+)"
    rf"(?:but\s+)?(?:actually|in\s+fact|really)\s+(?:[^,;.]*?\bmeans\s+|(?:it'?s|i\s+can)\s+)?"
    rf"(?:start\s+)?(?:on\s+|in\s+)?(?P<new>{_DATE})(?:[,;.!]\s*[^.]*)?[.!]*$"
)


def on_or_in(when: str) -> str:
    """ "on March 15" for a day, "in January" for a month."""
    return f"on {when}" if re.search(r"\d", when) else f"in {when}"


# A correction typed by a second-language speaker: "I say my IAC certificate is 2026 but correct
# is 2027, need to correct." -> "I said my IAC certificate is 2026 but it is actually 2027."
_SAY_PUT_RIGHT = re.compile(
    r"(?i)^(?:(?:also\s+)?in\s+(?:the\s+)?(?:video|call)\s+(?=i\s+sa(?:y|id)\s+~?\d))?"
    r"i (?:say|said(?= to |.*\bbut (?:correct (?:is|are) (?:19|20)\d\d|is ~?\d)\b))"
    r"(?P<to> to (?:(?:Dr|Mr|Ms|Mrs|Prof)\.\s+)?(?-i:[A-Z])[\w'-]+ that)?\b"
    r"(?=.*\bbut (?:correct (?:is|are)|is (?=~?\d)))"
)


# "... since 2019, but is since March 2018": the right start after a wrong one (round 50, h1401)
_SINCE_RIGHT = re.compile(
    r"(?i)(?P<said>\bsince (?:[a-z]+ )?(?:19|20)\d\d),\s+(?:but\s+)?(?:(?:it\s+)?(?:is|was)\s+"
    r"(?:actually\s+)?|actually\s+)since\s+(?P<new>(?:[a-z]+\s+)?(?:19|20)\d\d)(?=[\s.!]*$)"
)


def put_right_tidied(text: str) -> str:
    """The second-language correction as the readers of "I said X but it is actually Y" know
    it ("I say to Dr. Brunner that X have 1,200, but is 960, I must correct"); any other line
    as typed."""
    text = _SINCE_RIGHT.sub(r"\g<said>, it's actually \g<new>", text)
    # "SHOULD have said: the frame was 9 ft tall, not 12 ft - I said 12, fix it" (round 50,
    # h1400): the right thing and the wrong one are typed; the lead and the tail are orders
    if re.search(r",\s+not\s+\S", text):
        text = re.sub(r"(?i)^should\s+have\s+said\s*:\s*", "", text)
        text = re.sub(
            r"(?i)\s*[-–—]\s*I\s+said\s+[\w.]+(?:,?\s+(?:fix|correct)\s+(?:it|this|that))?[.!]*$",
            "",
            text,
        )
    text = re.sub(r"(?i)^correction:\s+(?=I\s+said\b)", "", text)
    found = _SAY_PUT_RIGHT.match(text)
    if not found:
        return text
    lead = f"I told{found['to'][3:]}" if found["to"] else "I said"
    text = lead + text[found.end() :]
    text = re.sub(r"(?i)\bbut (?:correct (?:is|are)|is(?= ~?\d))\b", "but it is actually", text)
    text = re.sub(r"\b(our [a-z]+ [a-z]+) have (?=~?\d)", r"\1 had ", text)  # "library have"
    # "..., need to correct.", ", I must correct.": the order to self, never said
    return re.sub(
        r"(?i),?\s+(?:i\s+)?(?:need|must|have)(?:\s+to)?\s+correct(?:\s+(?:it|this|that))?\s*"
        r"[.!]*(?=\s|$)",
        ".",
        text,
    )


# A last clause typed up to its first words and no further: "even if it's", "unless the" ("I
# think it was because the" leaves no clause whole: the line stays as typed, for the gates).
_BROKEN_CLAUSE = re.compile(
    r"(?i),?\s+(?:even\s+if|even\s+though|although|unless|as\s+long\s+as)"
    r"(?:\s+\S+){0,2}?\s+(?:it'?s|it\s+is|is|are|was|were|the|a|an|to|and|but|of|my|their)\s*$"
)


# The candidate's order to put a thing right, typed after it: "-> correct it", "..., and I
# should correct this.", "; I should correct that.", ", must correct" (a second language).
CORRECT_IT = re.compile(
    r"(?i)\s*(?:->|-|,)\s*(?:pls\s+)?(?:correct|fix|clarify)\s+(?:it|this|that)\b"
    r"|(?:,?\s+(?:and|so)|;|,)\s+I\s+(?:should|need\s+to|must|want\s+to|have\s+to|will"
    r"|(?:should|would)\s+like\s+to)\s+"
    r"(?:correct|fix|clarify)\s+(?:it|this|that)\b(?=[.!]*$|[.!]+\s)"
    r"|,\s+(?:I\s+)?(?:must|need\s+to|have\s+to|should|please)\s+correct(?:\s+(?:it|this|that))?"
    r"(?=[.!]*$|[.!]+\s)"
    # "... 22 October. Must correct this.": the order typed as a sentence of its own
    r"|(?<=[.!])\s+(?:I\s+)?(?:please\s+|must\s+|need\s+to\s+|have\s+to\s+|should\s+)correct"
    r"(?:\s+(?:it|this|that))?"
    r"\s*[.!]*(?=\s|$)"
)


def unfinished_dropped(value: str) -> str:
    """A follow-up without a part typed after " + " that stops half-way ("+ finish the thought
    on sampling: ... matters more than"): the parts before it are still said."""
    # "... whenever they need even if it's": a clause that breaks off after its first words
    value = _BROKEN_CLAUSE.sub("", value)
    parts = re.split(r"\s+\+\s+", value)
    last = parts[-1]
    if len(parts) < 2 or re.search(r"[.!?]\s", last) or not dangling(f"{last.rstrip(' .')}."):
        return value
    return " + ".join(parts[:-1])


# "...as about 300; having checked our records, the correct figure ... is 412": one sentence,
# never a list of two ("300 and having checked").
_CHECKED_SINCE = re.compile(
    r";\s+having\s+checked\s+([^,;.]+),\s+the\s+"
    r"((?:correct|exact|right|actual|true)\s+(?:figure|number))\s+"
)


# "I say wrong number in interview - pitching rate we use is 12 million, not 1.2 million": the
# label of a correction, before the figure put right (said with its article).
_WRONG_FIGURE = re.compile(
    r"(?i)^(?:also\s+)?I\s+(?:say|said|gave)\s+(?:a\s+|the\s+)?wrong\s+(?:number|figure|amount)"
    r"(?:\s+of\s+(?P<of>(?:my|our)\s+[a-z]+))?"  # "wrong number of my team — team is 12"
    r"(?:\s+in\s+(?:the\s+)?interview)?\s*[-–—:]\s*(?P<rest>(?P<head>[a-z]+(?:\s+[a-z]+)?)\s+"
    r"(?:we\s+use\s+|I\s+use\s+)?(?:is|was)\s+[^.;]*?,\s+not\s+)"
)


def _figure_put_right(found: re.Match[str]) -> str:
    bare = found["head"].split()[0] not in ("the", "a", "an", "my", "our", "it", "that", "this")
    if bare and found["of"] and found["of"].split()[-1].lower() == found["head"].lower():
        return f"{found['of'].split()[0]} {found['rest']}"  # "of my team - team is": my team
    return f"the {found['rest']}" if bare else found["rest"]


def _records_show(found: re.Match[str]) -> str:
    """ "; having checked our records, the correct figure is" -> ", but our records show that
    the correct figure is" (one clause: no comma for the list reader to join with "and")."""
    what = found[1].strip()
    if re.fullmatch(r"(?i)(?:it\s+)?(?:again|since|later|afterwards|tonight|this\s+evening)", what):
        return f", but I have since checked and the {found[2]} "  # "having checked tonight"
    verb = "show" if lexicon.is_plural_noun(what.split()[-1]) else "shows"
    return f", but {what} {verb} that the {found[2]} "


# A course or certificate typed bare after "I have", with how long it holds: "I have offshore
# safety course (GIS) still valid until 2033".
_STILL_VALID = re.compile(
    r"(?i)\bI have (?!(?:a|an|the|my)\s)(?P<what>[a-z][\w -]*?\s(?:course|certificate|licence"
    r"|license|ticket|card))(?P<aside>\s\([^()]*\))?,?\s+(?:still\s+)?valid\s+(?:until|till|to)\s"
)


# Papers typed bare after "I have", joined by "+": "i have code 8 licence + forklift cert".
_HELD_BARE = re.compile(
    r"(?i)(?P<have>\bI\s+have\s+)(?!(?:a|an|the|my|no|to|been|had)\s)(?P<what>[\w -]+?\s(?:licence"
    r"|license|cert|certificate|ticket|card)\s+\+\s+[\w -]+?\s(?:licence|license|cert|certificate"
    r"|ticket|card)\b(?:\s+from\s+the\s+[\w-]+)?)"
)
# An order to put a thing in the letter: "-> put in email", "- add to letter".
_PUT_IN = re.compile(
    r"(?i)\s*(?:->|-)\s*(?:put|add)\s+(?:it\s+)?(?:in|into|to)\s+(?:the\s+)?(?:email|letter)\b"
)


def _held_bare(found: re.Match[str]) -> str:
    what, _, where = found["what"].partition(" from the ")
    held = credentials.held(expand(what))
    return f"{found['have']}{held}{' from the ' + where if where else ''}"


def _still_valid(found: re.Match[str]) -> str:
    what, aside = found["what"], found["aside"] or ""
    if what.lower().endswith("course"):
        return f"I have completed the {what}{aside}, and it is valid until "
    return f"I hold {credentials.held(expand(what))}{aside}, valid until "


# The slips a follow-up is typed with, each put right in this order (`slips_tidied`).
_SLIPS: tuple[tuple[str | re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    # "I gave the length of X as 400 metres; the correct figure is 340": what was said of it
    (r"(?i)\bI gave (the\s[^;,.]+?)\s+as\s+(?=~?\d)", r"I said \1 was "),
    (r"(?i)\bin interview\b", "in the interview"),
    (r"(?i)\bbut correct (number|figure|date|year|answer) is\b", r"but the correct \1 is"),
    (_CHECKED_SINCE, _records_show),  # "; having checked our records, the correct figure is 412"
    (r"(?i)\b(?:the\s+)?real\s+no\.?\s+(is|was)\b", r"the real number \1"),
    # "I have offshore safety course (GIS) still valid until 2033": a course held, its article
    (_STILL_VALID, _still_valid),
    # "forgot to say i have code 8 licence + forklift cert": papers held, each with its article
    (_HELD_BARE, _held_bare),
    (_PUT_IN, ""),  # "... -> put in email": the order to self is unsaid
    # "medical renews Nov not Sept": the candidate's own paper and when it runs, put right
    (
        r"(?i)(?:^|(?<=[.;]\s))(medical|licence|license|visa|passport|registration|ticket) "
        r"(renews|expires|runs out) ([a-z]+) not ([a-z]+)(?=[.;]?\s*$|[.;]\s)",
        r"my \1 \2 in \3, not in \4",
    ),
    # "told Renee I've been squad boss 3 seasons": a post held for a span, its article and "for"
    (
        r"(?i)\bI(?:'ve| have) been (?!a |an |the )([a-z]+(?: [a-z]+)?) (\d+|two|three|four|five)"
        r" (seasons|years|months)\b",
        lambda m: f"I have been {lexicon.article(m[1])} {m[1]} for {m[2]} {m[3]}",
    ),
    # "it's 2 (2030 + 2031)": the years of the span, typed in brackets after the figure
    (r"(?<=\d) \((?:19|20)\d\d ?[+&,] ?(?:19|20)\d\d\)", ""),
    # "if they need X", "whenever they need": the employer is the reader, "you"
    (r"(?i)\bif they (need|want|require)\b", r"if you \1"),
    (
        r"(?i)\bwhenever they (need|want)(?: me| it)?\b(?!\s+(?:to|a|an|the)\b)",
        r"whenever you \1 me",
    ),
    (_WRONG_FIGURE, _figure_put_right),  # "I say wrong number in interview - X is 12, not 1.2"
)


def slips_tidied(value: str) -> str:
    """A follow-up with the slips it was typed with put right (`_SLIPS`, in order): a
    correction's missing words ("I gave X as 400", "but correct number is", "real no. is", "I
    say wrong number in interview - X"), papers held typed bare ("i have code 8 licence + forklift
    cert"), a post held for a span, and the employer typed "they" ("if they need")."""
    for pattern, said in _SLIPS:
        compiled = pattern if isinstance(pattern, re.Pattern) else re.compile(pattern)
        value = compiled.sub(said, value)
    return value


# The lead of a correction ("One correction to what I said in the interview: "): a second one in
# the same letter is said "Also," (round 52, h1438's two corrections to Mr. Duffy).
_CORRECTION_LEAD = re.compile(
    r"(?:^|(?<=[.!] )|(?<=\n))One correction to (?:what I said|my answers)[^:.]*:\s+"
    r"(?P<first>My|The|It)?\b"
)


def corrections_joined(texts: list[str]) -> list[str]:
    """`texts` with the lead of every correction after the first in one text said as "Also,"
    (never the same lead twice in a letter: `Writer.render` gives it the letter's body)."""
    out = []
    for text in texts:  # within one sentence of the follow-up (a later check may drop another)
        leads = list(_CORRECTION_LEAD.finditer(text))
        for found in reversed(leads[1:]):
            also = f"Also, {(found['first'] or '').lower()}"
            text = text[: found.start()] + also + text[found.end() :]
        out.append(text)
    return out
