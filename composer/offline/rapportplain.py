"""A personal note typed in haste or in a second language ("hes doing round the bays in feb
first time", "he recommended me restaurant in Svolvær for to try bacalao", "her boy just joined
the under 11s at the rugby club where i coach juniors") read by its kind when the careful
readings left it out: first mended into the shape they read ("he's", "recommended the
restaurant ... to try", "her son", "is playing", a run-on cut at its second subject) and read
again; then, still unread, by its kind, with no help from capitals or punctuation:

- an event ahead of theirs, named in a run of words with a small word inside ("round the bays",
  "rim to rim"), done at a time still ahead: wished well ("Good luck with your first Round the
  Bays in February.");
- a recommendation, with what the candidate will do with it ("Thank you for recommending the
  restaurant in Svolvær; I will go there to try the bacalao.");
- a relative (or they) just joined or started something: "I hope your son enjoys ...", the
  candidate's own link kept ("..., where I coach juniors").

A private or sad matter is never read here (the careful readings' reason stands), and a line
with a hedge ("maybe", "not sure", "?") gets no wish."""

from __future__ import annotations

from collections.abc import Callable

from composer import regexes as re
from composer.english import SHORT_NAMES
from composer.offline import lexicon
from composer.offline.dictionary import in_dictionary
from composer.offline.rapportevents import event_wish

_PRONOUN = r"(?:he|she|they)"
_KIN = r"(?:son|daughter|kids?|children|grandson|granddaughter|husband|wife|partner)"
_DAYS = r"(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)"
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
_WHEN = (
    rf"in\s+{_MONTHS}[a-z]*|(?:this|next)\s+(?:week(?:end)?|month|{_DAYS}[a-z]*)"
    rf"|(?:on\s+)?{_DAYS}(?:[a-z]*day)?|tomorrow|tmrw"
)
_HEDGE = re.compile(r"(?i)\b(?:maybe|perhaps|might|not\s+sure|thinking\s+(?:of|about|abt))\b|\?")
_PAST = re.compile(r"(?i)\b(?:last|yesterday|ago|won|did|was|were|had|back\s+from)\b")
_SMALL = frozenset(
    ["the", "to", "of", "and", "a", "an", "at", "in", "on", "de", "la", "le", "du", "van", "von"]
)

# Mends of a hurried or second-language line, each certain in a personal note.
_MENDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?i)\b(he|she)s\b"), r"\1's"),  # "hes doing"
    (re.compile(r"(?i)\btheyre\b"), "they're"),
    # "recommended me the X", "... me to visit X": the "me" dropped; "rec'd me salt fat acid
    # heat" (a title whose capitals are unsure) is left as typed
    (
        re.compile(
            r"(?i)\b(recommended|recommends|recommend|rec'd|suggested)\s+me\s+"
            r"(?=(?:the|a|an|to|this|that|his|her|their)\s|'|[a-z]+\s+(?:in|at|on|near)\s)"
        ),
        r"\1 ",
    ),
    (re.compile(r"(?i)\bfor\s+to\s+(?=[a-z])"), "to "),  # "for to try"
    (re.compile(r"(?i)\blisten\s+(?=it\b|them\b)"), "listen to "),  # "i will listen it"
    (re.compile(r"(?i)\b(her|his|their)\s+(?:boy|lad)\b"), r"\1 son"),
    (re.compile(r"(?i)\b(her|his|their)\s+girl\b"), r"\1 daughter"),
    (re.compile(r"\bu(\d{1,2})s\b"), r"U\1s"),  # "the u12s": an age group's own capital
)
# A bare verb after "is" in a second language: "his son is play in the final".
_IS_BARE = re.compile(rf"(?i)\b(?P<who>{_PRONOUN}|{_KIN})\s+(?P<be>is|are)\s+(?P<verb>[a-z]+)\b")
# A second clause run on with no stop: "we both play chess he is in club league".
_RUN_ON = re.compile(
    r"(?i)(?<=[a-z])(?<!\band)(?<!\bbut)(?<!\bso)(?<!\bor)(?<!\bwhile)(?<!\bbecause)(?<!\bthat)"
    rf"\s+(?={_PRONOUN}(?:\s+(?:is|are|has|was)|'s)\s)"
)


def run_on(note: str) -> str:
    """A second clause run on with no stop cut off with a comma ("we both play chess, he is in
    club league"), where every word before it is English: "we both did btech at vit vellore
    she was ..." names things whose capitals are unsure, and stays as typed. A second thing of
    theirs joined by "&" or "+" ("... on his own boat & is 1 crew short") is such a clause."""
    text = " ".join(note.split())
    # "... on his own boat & is 1 crew short": a second thing of theirs joined by a mark, an aside
    text = re.sub(r"\s+[&+]\s+(?=(?:is|are|was|were|has|needs)\b)", ", ", text)
    if text != " ".join(note.split()):
        return text
    found = _RUN_ON.search(text)
    if not found or re.search(r"[,;:.!?()-]", text) or len(text.split()) < 5:
        return note
    before = re.findall(r"[A-Za-z']+", text[: found.start()])
    if not all(lexicon.known(w) or in_dictionary(w.lower()) for w in before):
        return note
    return f"{text[: found.start()]},{text[found.start() :]}"


def _names_sure(note: str, said: str) -> bool:
    """False when a note typed with no capitals is said with a run of three or more words of
    its own, none small ("your old series 2 land rover"): a name whose capitals are unsure."""
    if re.search(r"[A-Z]", note):
        return True
    typed = set(note.lower().split())
    run = 0
    for word in re.findall(r"[\w']+", said):
        inside = word in typed and word.lower() not in _SMALL and not word[:1].isupper()
        run = run + 1 if inside else 0
        if run >= 3:
            return False
    return True


def mended(note: str) -> str:
    """`note` with the hurried and second-language shapes a personal note may have mended."""
    text = " ".join(note.split())
    for pattern, repl in _MENDS:
        text = pattern.sub(repl, text)

    def progressive(found: re.Match[str]) -> str:
        verb = found["verb"].lower()
        classes = lexicon.classes(verb)
        if "verb" not in classes or "adj" in classes or not lexicon.is_base_verb(verb):
            return found[0]
        ing = lexicon.verb_forms(verb).get("VBG")
        return f"{found['who']} {found['be']} {ing}" if ing else found[0]

    text = run_on(_IS_BARE.sub(progressive, text))
    if re.search(
        r"(?i)\brecommended\s+(?!the\b|a\b|an\b|to\b|my\b|his\b|her\b|')[a-z]+\s+(?:in|at|on|near)\b",
        text,
    ):
        text = re.sub(r"(?i)\brecommended\s+", "recommended the ", text, count=1)
    return text


def kind_line(note: str, skipped: str | None, read: Callable[[str], object]) -> str | None:
    """The line to them from a note the careful readings left out, read by its kind, or None.
    `read` is the careful reading itself, run again on the mended note."""
    if skipped and "private" in skipped:
        return None
    wish = event_wish(note)  # "... concert on 19 December"
    if wish:
        return wish
    plain = mended(note)
    if _HEDGE.search(plain):
        return None
    kind = _event_ahead(plain) or _recommended(plain) or _joined(plain) or _group_event(plain)
    if kind or plain == " ".join(note.split()):
        return kind
    again = getattr(read(plain), "text", None) or event_wish(plain)
    return again if isinstance(again, str) and _names_sure(note, again) else None


_AHEAD = re.compile(
    rf"(?i)^(?:{_PRONOUN}(?:'s|'re|\s+is|\s+are)\s+)?(?:(?:is|are)\s+)?"
    r"(?P<verb>doing|running|walking|riding|cycling|swimming|racing|hiking|rowing|paddling"
    r"|entering|competing\s+in)\s+"
    rf"(?P<what>[a-z][a-z' -]*?)\s+(?P<when>{_WHEN})\b(?P<rest>.*)$"
)
_FIRST = re.compile(r"(?i)^\s*,?\s*(?:for\s+the\s+|(?:her|his|their)\s+)?first\s+(?:time|one)\b")


def _event_ahead(note: str) -> str | None:
    """A named event of theirs ahead, typed in lower case: "hes doing round the bays in feb
    first time" -> "Good luck with your first Round the Bays in February."."""
    found = _AHEAD.match(note.strip(" .!"))
    if not found or _PAST.search(note):
        return None
    words = found["what"].split()
    inner = [w for w in words[1:-1] if w.lower() in _SMALL]
    if len(words) < 3 or not inner or words[0].lower() in _SMALL or words[-1].lower() in _SMALL:
        return None  # "night shifts": no name; "the coast to coast walk": the event reader's
    if any(w.lower() in ("my", "his", "her", "their", "your", "our") for w in words):
        return None
    name = " ".join(w if w.lower() in _SMALL else w[:1].upper() + w[1:] for w in words)
    when = _when(found["when"])
    if when is None:
        return None
    first = "your first " if _FIRST.match(found["rest"]) else ""
    return f"Good luck with {first}{name} {when}."


def _when(typed: str) -> str | None:
    """A time typed short said in full ("in feb" -> "in February", "sat" -> "on Saturday")."""
    words = typed.lower().split()
    if words[0] in ("tomorrow", "tmrw"):
        return None  # the letter goes the day after: "tomorrow" may be the day it is read
    if words[0] in ("this", "next"):
        return " ".join(words)
    name = words[-1]
    full = SHORT_NAMES.get(name, name.capitalize())
    if not re.fullmatch(r"[A-Z][a-z]+", full):
        return None
    return f"{'in' if words[0] == 'in' else 'on'} {full}"


_RECOMMENDED = re.compile(
    rf"(?i)^(?:{_PRONOUN}\s+)?(?:recommended|recommends|recommend|rec'd|suggested)\s+"
    r"(?:to\s+(?P<verb>[a-z]+)\s+)?(?P<what>(?:the|a|an)\s+[^,;>]+?)"
    r"(?:\s+to\s+(?P<goal>[a-z]+\s+[^,;>]+?)|\s+for\s+(?P<meal>lunch|dinner|breakfast|coffee|brunch))?"
    r"(?P<tail>\s+(?:when|(?:the\s+)?next\s+time|if)\s+i\b[^,;>]*)?"
    r"(?:\s*(?:,|;|->|-)\s*(?P<plan>[^,;>]+))?$"
)
_PLACE = re.compile(
    r"(?i)\b(?:restaurant|cafe|café|bar|pub|museum|gallery|market|beach|park|trail|centre|center"
    r"|bakery|shop|island|village)\b"
)


def purposed(note: str) -> str | None:
    """A recommendation typed with what it is for ("recommended the restaurant in Svolvær to try
    bacalao", "... to visit X when I am in Warsaw"), read before the careful readings, which
    would say the purpose as typed and a plan beside it."""
    found = _RECOMMENDED.match(note.strip(" .!"))
    return (
        _recommended(note) if found and (found["verb"] or found["goal"] or found["meal"]) else None
    )


def _recommended(note: str) -> str | None:
    """A recommendation typed plainly, thanked with what the candidate will do with it."""
    found = _RECOMMENDED.match(note.strip(" .!"))
    if not found:
        return None
    what = found["what"]
    if re.search(r"(?i)\b(?:i|me|my)\b", what):
        return None
    tail = (found["tail"] or "").strip()
    tail = re.sub(r"(?i)\bi\b", "I", tail)
    tail = re.sub(r"(?i)^when I am in\b", "when I am next in", tail)
    plan = _plan(found["plan"])
    if found["verb"] and lexicon.is_base_verb(found["verb"]):
        plan = plan or f"I will {found['verb'].lower()} it"
    elif found["goal"] and _PLACE.search(what):
        goal = found["goal"].split(maxsplit=1)
        if not lexicon.is_base_verb(goal[0]):
            return None
        obj = goal[1]
        if " " not in obj and lexicon.is_noun(obj) and not re.match(r"(?i)(?:the|a|an)\b", obj):
            obj = f"the {obj}"
        plan = plan or f"I will go there to {goal[0].lower()} {obj}"
    elif found["goal"]:
        return None
    elif found["meal"] and _PLACE.search(what):
        plan = plan or f"I will go there for {found['meal'].lower()}"
    if plan is None:
        return None
    plan = f"{plan} {tail}".strip() if tail else plan
    return f"Thank you for recommending {what}; {plan}."


def _plan(typed: str | None) -> str | None:
    """What the candidate will do, typed after the recommendation: "i will buy it", "will read
    it", "ordering it tonite" -> "I will buy it", "I will read it", "I will order it"."""
    if not typed:
        return None
    text = re.sub(r"(?i)\s+(?:tonite|tonight|today|asap|lol)\b.*$", "", typed.strip(" .!"))
    found = re.fullmatch(
        r"(?i)(?:i\s+will|i'll|will)\s+(?P<verb>[a-z]+)(?P<rest>\s+(?:to\s+)?(?:it|them).*)?", text
    )
    if found and lexicon.is_base_verb(found["verb"]):
        return f"I will {found['verb'].lower()}{found['rest'] or ''}"
    found = re.fullmatch(r"(?i)(?P<verb>[a-z]+ing)(?P<rest>\s+(?:it|them).*)", text)
    base = lexicon.base_of(found["verb"]) if found and lexicon.is_gerund(found["verb"]) else None
    return f"I will {base}{found['rest']}" if found and base else None


_JOINED = re.compile(
    rf"(?i)^(?P<who>(?:her|his|their)\s+{_KIN}|{_PRONOUN})\s+(?:has\s+|have\s+)?(?:just\s+)?"
    r"(?:joined|started\s+at|started)\s+(?P<what>(?:the|a|an)\s+[^,;]+?)"
    r"(?P<where>,?\s+where\s+i\s+[a-z][^,;]*)?$"
)


def _joined(note: str) -> str | None:
    """A relative (or they) just joined something: "I hope your son enjoys the under 11s at
    the rugby club, where I coach juniors."."""
    found = _JOINED.match(note.strip(" .!"))
    if not found or _HEDGE.search(note):
        return None
    who = found["who"].lower().split()
    what = found["what"]
    if len(who) == 1 and re.search(r"(?i)\b(?:his|her|their)\b", what):
        return None  # "he joined his brother's band": whose band said to him is unsure
    what = re.sub(r"(?i)^an?\s+", "the ", what)  # "joined a choir": you enjoy the choir
    where = ""
    if found["where"]:
        where = ", " + re.sub(r"(?i)\bi\b", "I", found["where"].strip(" ,"))
    if len(who) == 1:
        return f"I hope you enjoy {what}{where}."
    kin = who[1]
    verb = "enjoy" if kin in ("kids", "children") else "enjoys"
    return f"I hope your {kin} {verb} {what}{where}."


_GROUP_EVENT = re.compile(
    rf"(?i)^(?:her|his|their)\s+(?P<kin>{_KIN})\s+(?:is|are|plays|play|sings|sing)\s+(?:in|with|for)"
    r"\s+(?P<group>the\s+[\w' -]+?)(?:\s+(?:at|in|of)\s+[^,]+)?,\s*(?:they|the\s+team)\s+"
    r"(?P<verb>play|have|are\s+in|sing|perform|race|compete|run)\s+"
    rf"(?P<what>(?:(?:in|at)\s+)?(?:the|a|an)\s+[^,]+?)\s+(?P<when>{_WHEN})$"
)


def _group_event(note: str) -> str | None:
    """A relative's group and its event ahead, typed as two clauses: "her son is in the
    under 14s at the club, they play the county final sat" -> "Good luck to your son and the
    under 14s in the county final on Saturday."."""
    found = _GROUP_EVENT.match(note.strip(" .!"))
    if not found or _PAST.search(note):
        return None
    what = found["what"]
    if not re.match(r"(?i)(?:in|at)\s", what):
        what = re.sub(r"(?i)^an?\s", "the ", what)
        prep = (
            "at"
            if re.search(r"(?i)\b(?:tournament|festival|gala|show|competition|meet)$", what)
            else "in"
        )
        what = f"{prep} {what}"
    when = _when(found["when"])
    if when is None:
        return None
    return f"Good luck to your {found['kin'].lower()} and {found['group']} {what} {when}."
