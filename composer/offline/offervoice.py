"""A contribution's words as the candidate says them to the employer: "they" typed for the
employer is "you" ("so they don't have to hire it out" -> "so you do not have to ..."), and a
note's contractions are written out."""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.pointwords import tools_used
from composer.offline.words import FUNCTION_WORDS, TOOL_NAMES

# People named in a line: a "they" after them is theirs, not the employer's.
_PEOPLE = frozenset(
    ["staff", "teams", "people", "kids", "children", "families", "members", "colleagues",
     "nurses", "juniors", "clients", "patients", "students", "readers", "users", "customers",
     "owners", "parents", "pupils", "apprentices", "trainees", "learners", "volunteers"]
)  # fmt: skip


# People working as one, whom "they" and "their" after them name: "a crew ... their own".
_GROUPS = frozenset(["team", "crew", "squad", "gang", "workforce", "department"])
# A thing and the word that opens a clause about it, just before "they": "tools where".
# Times, after which "where they ..." is still the employer: "the weekends where they have no
# one".
_TIMES = frozenset(
    ["weekends", "nights", "days", "shifts", "times", "hours", "weeks", "months", "evenings"]
)
_THINGS_BEFORE = re.compile(r"\b(?P<noun>[a-z]+) (?:where|when|once|until|if|as|before) $")


def said_to_you(text: str) -> str:
    """The employer typed as "they" said to them: "where they have no one" -> "where you have
    no one"; "they" after people named in the line ("so the solicitors can ... they") stays."""

    def said(found: re.Match[str]) -> str:
        before = re.findall(r"[a-z]+", text[: found.start()].lower())
        if any(w in _PEOPLE or w.endswith(("ers", "ors", "ists", "ysts", "ians")) for w in before):
            return found.group()
        if found.group().lower() == "them" and any(map(lexicon.is_plural_noun, before)):
            return found.group()  # "catalogue the parish records, get them online": theirs
        if found.group().lower() == "their" and any(w in _GROUPS for w in before):
            return found.group()  # "a crew that treats every job like it's their own"
        own = text[found.end() :].startswith(" own ")
        if own and any(map(lexicon.is_plural_noun, before[-3:])):
            return found.group()  # "repairs the houses with their own materials" (round 56)
        thing = _THINGS_BEFORE.search(text[: found.start()])
        if thing and lexicon.is_plural_noun(thing["noun"]) and thing["noun"] not in _TIMES:
            return found.group()  # "the tools where they belong": the tools
        word = found.group().lower()
        return {"they": "you", "them": "you", "their": "your", "theirs": "yours"}[word]

    text = re.sub(r"\b(?:they|them|their|theirs)\b", said, text)
    return re.sub(r"(?<=\w) where you\b", ", where you", text)


def spelled_out(text: str) -> str:
    """A letter's words for a note's contractions ("don't" -> "do not"), for words typed apart
    that describe a noun as one ("the on call load" -> "the on-call load") and for a person's
    name typed in lower case before "'s" ("gary's plate" -> "Gary's plate")."""
    for short, full in (
        ("don't", "do not"), ("doesn't", "does not"), ("can't", "cannot"), ("aren't", "are not"),
        ("isn't", "is not"), ("won't", "will not"),
    ):  # fmt: skip
        text = re.sub(rf"\b{short.replace(chr(39), chr(39) + '?')}(?!\w)", full, text)
    text = _COMPOUND.sub(lambda m: f"{m['the']} {m['words'].replace(' ', '-')} ", text)
    return _OWNER.sub(_owner, text)


# Words that describe a noun as one, after an article: "the on call load" -> "the on-call load".
_COMPOUND = re.compile(
    r"\b(?P<the>the|a|an|my|your|our|their) (?P<words>on call|full time|part time|front line"
    r"|out of hours|day to day|after hours|hands on|one to one) (?=[a-z])"
)
# A person's name typed in lower case before "'s": a word no word table knows ("gary's
# plate"), or anyone's before what only a person has in an offer ("off ray's hands").
_OWNER = re.compile(r"\b(?P<name>[a-z]{2,})'s (?P<what>[a-z]+)")
_PERSONAL = frozenset(["plate", "hands", "desk", "shoulders", "back", "list", "radar"])


def _owner(found: re.Match[str]) -> str:
    name, what = found["name"], found["what"]
    if name in FUNCTION_WORDS or name in ("there", "here"):  # "when it's busy": no owner
        return found.group()
    if lexicon.known(name) and what not in _PERSONAL:
        return found.group()
    return f"{name.capitalize()}'s {what}"


# Words a note quotes before the noun they describe: "the 'how do i' tickets".
_QUOTED_BEFORE_NOUN = re.compile(
    r"(?<!\w)['‘\"“](?P<words>[A-Za-z]+(?: [A-Za-z]+){1,4})['’\"”](?= [a-z])"
)


def quoted_compounds(text: str) -> str:
    """Words quoted before a noun joined as one word describing it, as a letter writes them:
    "docs that cut the 'how do i' tickets" -> "... the how-do-I tickets"."""

    def joined(found: re.Match[str]) -> str:
        return "-".join("I" if w == "i" else w for w in found["words"].split(" "))

    return _QUOTED_BEFORE_NOUN.sub(joined, text)


# A tool's name typed in lower case where only a tool fits: before "skills" or beside another
# name ("R + python skills", "python and SQL scripting").
_TOOL = "|".join(sorted(TOOL_NAMES, key=len, reverse=True))
_TOOL_USED = re.compile(
    rf"\b(?P<tool>{_TOOL})\b(?=\s+(?:skills|experience|scripting|scripts|code|programming)\b"
    rf"|\s+and\s+[A-Z])|(?P<lead>\b[A-Z][A-Za-z#+]{{0,10}} and )(?P<after>{_TOOL})\b"
)


def tool_names(text: str) -> str:
    """ "R and python skills" -> "R and Python skills": a tool named where nothing else fits."""

    def named(found: re.Match[str]) -> str:
        if found["tool"]:
            return TOOL_NAMES[found["tool"]]
        return found["lead"] + TOOL_NAMES[found["after"]]

    return tools_used(_TOOL_USED.sub(named, text))  # "get going in blender": in Blender


def _his_yours(text: str) -> str:
    """ "post him his book" -> "post you your book": a man's pronouns said to him."""
    return re.sub(r"\bhim\b", "you", re.sub(r"\bhis\b", "your", text))


# What the reader told, at a sentence's start ("She mentioned that ..."), or after a follow-up's
# addition frame ("One thing I would add: she mentioned that ..."): the frame says the candidate
# adds to an answer, which this is not.
_ADDED_TOLD = re.compile(
    r"(?:^|(?<=[.!?] ))(?:One further point: |One thing I would add: |A quick addition to our "
    r"conversation: |To add to (?:my earlier answer|one of my answers), |I would also like to add "
    r"that |I also wanted to mention that )?(?P<who>she|he|She|He) (?=mentioned|said|told|asked"
    r"\s+(?:how|about|whether|if|what|why)\b)"
)


# The titles that say a reader is a woman, and those that say a man.
_HERS = "Ms|Mrs|Miss|Madame|Mme|Frau|Señora|Sra|Signora"
_HIS = "Mr|Monsieur|Herr|Señor|Sr|Signor"


def sole_reader(text: str, names: list[str]) -> str:
    """A follow-up's "her farm" / "post him" in a letter to the one interviewer the notes name,
    whose title says which pronoun is theirs ("Ms. Kamau": "her"), said to them: "your farm",
    "post you"; as typed when no such title is given or another person is named in it."""
    # "To add to my earlier answer, she mentioned that ...": what the reader told (she, to the
    # reader a title says is a woman), with no addition frame, whoever else the line names
    woman = any(re.match(rf"(?:{_HERS})\.? ", n) for n in names)
    man = any(re.match(rf"(?:{_HIS})\.? ", n) for n in names)
    # (a title that says neither: the one reader is whoever told it, "he asked how I ...")
    told = {"she"} if woman and not man else {"he"} if man and not woman else {"she", "he"}
    text = _ADDED_TOLD.sub(lambda m: "You " if m["who"].lower() in told else m.group(), text)
    own = {w for n in names for w in re.findall(r"[A-Z][\w'-]+", n)}
    capitals = re.findall(r"\b[A-Z][a-z][\w'-]*", text)  # a name, not a word opening a sentence
    pronouns = {"she", "he", "they", "we", "you", "it"}  # no word classes in the lexicon
    if any(
        w not in own and w.lower() not in pronouns and not lexicon.classes(w.lower())
        for w in capitals
    ):
        return text  # someone (or something) else named in the line: whose "her", unsure
    if woman:
        # "One further point: She mentioned that ..." (round 53, h1451): what she told, "you"
        said = re.sub(r"(?<=: )She (?=mentioned|said|told|asked)\b", "you ", text)
        said = re.sub(r"\bShe (?=mentioned|said|told|asked)\b", "You ", said)
        text = said
        said = re.sub(
            r"\bher\b(?= (?:own )?[a-z]+\b)(?! (?:the|a|an|my|this|that|these|those|some|any|to|for"
            r"|with|in|on|at|about|and|or|but|if|when|as|by|from|know|too|again)\b)",
            "your",
            text,
        )
        said = re.sub(r"\bher\b", "you", said)
        return text if re.search(r"\bshe\b", said) else said
    if man:
        said = _his_yours(text)
        return text if re.search(r"\bhe\b", said) else said  # "since he only saw": as typed
    return text


def to_reader(text: str, names: list[str]) -> str:
    """`_to_reader` of each sentence of `text`: one that keeps a pronoun "you" cannot take
    stays as typed, the others are said to the reader (round 54, h1468: "I should also have
    given Kari a better example ..." before "... what she was asking about ...")."""
    # (never after a title: "Mr.", "Dott.", "Dra.", "Prof.")
    parts = re.split(
        r"(?<=[a-z0-9)][.!?])(?<![A-Z][a-z]\.)(?<![A-Z][a-z]{2}\.)(?<![A-Z][a-z]{3}\.)\s+(?=[A-Z])",
        text,
    )
    if len(parts) < 2:
        return _to_reader(text, names)
    said, named = [], False
    for part in parts:
        one = _to_reader(part, names)
        if named and one == part:  # "When Dr Raman asked ... I also promised to send her X"
            one = _OBJECT_TOLD.sub(r"\1 you", one)
        named = named or one != part
        said.append(one)
    return " ".join(said)


# A reader's object pronoun after a verb of sending, in a sentence after one that named them.
_OBJECT_TOLD = re.compile(
    r"\b(send|sent|give|gave|show|showed|email|emailed|post|posted) (?:her|him)\b"
)


def _to_reader(text: str, names: list[str]) -> str:
    """An offer that names the letter's own reader said to them: "take the servicing off Gary's
    plate" -> "off your plate", "off Mrs. Thorne so that she can ..." -> "off you so that you
    can ...". `names` are the forms the reader goes by ("Gary", "Mrs. Thorne", "Margaret
    Thorne"). Unchanged when the reader is not named, or when a pronoun for them is left that
    "you" cannot take without changing its verb ("she has")."""
    forms = "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True) if n)
    if not forms or not re.search(rf"\b(?:{forms})\b", text):
        return text
    said = re.sub(rf"\b(?:{forms})'s\b", "your", text)
    # "the Sharon logbook summary" (a note's "send sharon logbook summary"): the thing, unnamed
    said = re.sub(rf"\b(the|a|an) (?:{forms}) (?=[a-z])", r"\1 ", said)
    said = re.sub(rf"\b(?:{forms})\b", "you", said)
    said = re.sub(r"\b(?:she|he)\b(?= (?:can|could|will|would|should|may|might)\b)", "you", said)
    # "when Gary is at the venue" -> "when you are at the venue": the verb agrees with "you"
    others = re.findall(r"\b(?:Mr|Mrs|Ms|Dr)\.? [A-Z][\w'-]+", said)  # another named there
    if any(re.match(r"Mr\.? ", n) for n in names) and not others:  # "post him" -> "post you"
        said = _his_yours(said)
    said = re.sub(r"\byou (?:is|was|has|does)\b", lambda m: _AGREES[m.group()], said)
    # "which you said some of their customers prefer": theirs, now the reader's own
    said = re.sub(
        r"\b(you (?:said|told me|mentioned) (?:that )?(?:some|many|most) of) their\b",
        r"\1 your",
        said,
    )
    return text if re.search(r"\b(?:she|he|her|his|him)\b", said) else said


_AGREES = {"you is": "you are", "you was": "you were", "you has": "you have", "you does": "you do"}
