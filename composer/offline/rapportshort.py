"""Personal notes typed short, read into the shapes `rapport` reads: one rule per class of
shorthand, each a shape people type, never one note.

- A race's distance is no part of its name: "the Leeds Abbey Dash 10K", "the santa run 5k",
  "a 100k walk", "the sportive 130k" -> "the Leeds Abbey Dash", "the santa run", "a walk", "the
  sportive" (left as typed, "10K" would be said as "10,000").
- "w" and "w/" are "with"; "with family", "with kids" are theirs ("with their family").
- A plural noun typed in lower case before "fan(s)" is a team's name ("both bombers fans" ->
  "both Bombers fans"): English says "a football fan", never "a footballs fan".
- An event noun typed in lower case after a name takes "the" ("at AFP congress" -> "at the AFP
  congress"); so does what was recommended typed as a bare kind ("recommended podcast 'x'").
- "told me to read X", "said to watch X", "said I should read X" is a recommendation ("she
  recommended I read X").
- The interviewer's own first name as the note's subject ("eleanor's daughter ...", "raj
  running ...", "tom + I both did ...") is them ("her daughter ...", "running ...", "we both").
- A relative's possessive typed without its apostrophe before a noun ("her daughters FIRST
  robotics team") is one ("her daughter's ..."); "u12" before a team is "under-12".
- A weekday typed short after an -ing verb is the day ("competing sat" -> "competing on
  Saturday").
- Kin said the way people talk is the relative ("his lad" -> "his son", "her kid's" -> "her
  child's"); "bday" is a birthday and "the robotics comp" a competition.
- Two months typed as a range are both ("jul-aug" -> "in July and August").
- An event done before and "doing it again" is the event ahead ("ran the kettle valley 50k in
  sept, doing it again next yr" -> "doing the kettle valley 50k again next yr"); a distance after
  a run of words from "the" names a race ("the Kettle Valley 50K").
- A pet's breed after a dash with its name ("new puppy - cockapoo called Biscuit") is an aside:
  the pet is named ("new puppy called Biscuit").
- A pet named after a comma at the end ("adopted a rescue greyhound, bolt") or right after its
  kind ("her kelpie biscuit hurt his leg") is named ("called Bolt", "called Biscuit").
"""

from __future__ import annotations

from collections.abc import Sequence

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.heard import DAY_NAMES
from composer.offline.rapportpatterns import PETS
from composer.offline.rapportterse import terse_read
from composer.offline.words import FUNCTION_WORDS

# Words an event's name ends in, that a distance may follow or lead.
_EVENTS = (
    r"dash|run|race|walk|ride|sportive|swim|trot|relay|challenge|trek|hike|ultra|triathlon"
    r"|duathlon|fun\s+run|parkrun|sprint|climb"
)
_DISTANCE = r"\d+(?:\.\d+)?\s?(?:k|km|K|KM|Km|mi|miles?)"
_DISTANCE_AFTER = re.compile(rf"(?<=\w)(?P<event>\s(?:{_EVENTS})\b)\s+{_DISTANCE}\b(?!\w)", re.I)
_DISTANCE_BEFORE = re.compile(
    rf"(?:\b(?P<a>[Aa]n?)\s+)?(?<!\S){_DISTANCE}\s+(?=(?P<next>{_EVENTS})\b)", re.I
)


def _distance(note: str) -> str:
    note = _DISTANCE_AFTER.sub(lambda m: m["event"], note)  # "the santa run 5k", "Dash 10K"

    def before(found: re.Match[str]) -> str:  # "a 100k walk"; "a 50k ultra": "an ultra"
        if not found["a"]:
            return ""
        said = lexicon.article(found["next"])
        return f"{said.capitalize() if found['a'][0] == 'A' else said} "

    return _DISTANCE_BEFORE.sub(before, note)


# "the york 10k", "a 5k sat": a race named by its distance, said as typed ("the York 10K").
_RACE_DISTANCE = re.compile(
    r"(?P<before>[\w'-]+)\s+(?P<figure>\d+(?:\.\d+)?)\s?(?P<unit>k|km|mi)\b", re.I
)


def _name_only(word: str) -> bool:
    """A word typed with a capital, or one the word tables know only with one ("leeds")."""
    if word[:1].isupper():
        return True
    return not lexicon.classes(word) and bool(lexicon.classes(word.capitalize()))


# "zinn's book on road bikes": a word no table knows, with "'s", is someone's name.
_OWNER = re.compile(r"(?<![\w'’-])(?P<name>[a-z]{3,})(?=['’]s\b)")


def _owner(found: re.Match[str]) -> str:
    name = found["name"]
    return name if _word(name) else name.capitalize()


# "w family", "w/ the club": "with"; a bare relative after it is theirs.
_W = re.compile(r"(?<=\w)\s+w(?:/\s*|\s+)(?=[A-Za-z0-9])")
_KIN = r"family|kids|children|wife|husband|partner|son|daughter|parents|grandkids|dog|dogs"
_WITH_KIN = re.compile(rf"\bwith\s+(?P<kin>{_KIN})\b")
# "both bombers fans", "a big spurs fan": a plural noun before "fan" is a team's name.
_FANS = re.compile(
    r"\b(?P<lead>both|big|huge|massive|keen|fellow|an?|are|['’]re|['’]s)\s+(?P<team>[a-z][a-z'-]+)"
    r"(?=\s+(?:fans?|supporters?)\b)"
)
# "at AFP congress", "to Web Summit conference", "rec'd AWWA ACE conf": a named event takes "the".
_EVENT_NOUN = (
    r"congress|conference|conf|summit|forum|expo|convention|symposium|awards|fair|festival"
    r"|gala|show|meeting|dinner|ball"
)
_AT_NAMED = re.compile(
    rf"\b(?P<prep>at|to|for|in|recommended|suggested|recc?['’]?d)\s+"
    rf"(?=(?:[A-Z][\w&'-]*\s+){{1,3}}(?:{_EVENT_NOUN})\b)"
)
# "recommended podcast 'x'", "rec'd book 'y'": the kind recommended takes "the".
_BARE_KIND = re.compile(
    r"(?i)\b(?P<verb>recommended|suggested|recc?['’]?d|recc?['’]ed)\s+(?P<kind>podcast|book|novel|film|movie|documentary"
    r"|doc|series|show|album|article|blog|newsletter|app|talk|video)\b(?=\s+\S)"
)
_VERB = {"rec": "recommended"}
# "told me to read X", "said to watch X", "said I should read X": a recommendation.
_TOLD = re.compile(
    r"(?i)^(?:(?:s?he|they)\s+)?(?:told\s+me\s+to|said\s+to|said\s+(?:that\s+)?I\s+(?:should"
    r"|must|have\s+to|had\s+to|ought\s+to)|says\s+I\s+(?:should|must))\s+(?P<verb>read|watch"
    r"|listen\s+to|try)\s+(?=\S)"
)
# "her daughters FIRST robotics team": a relative's possessive typed without its apostrophe.
_KIN_S = re.compile(
    r"\b(?P<whose>her|his|their)\s+(?P<kin>son|daughter|husband|wife|partner|brother|sister"
    r"|grandson|granddaughter|niece|nephew)s\s+(?P<next>[\w-]+)"
)
_UNDER = re.compile(r"(?i)\bu-?(?P<age>\d{1,2})s?(?=\s+(?:team|squad|side|girls|boys)\b)")
# "competing sat": a weekday typed short after an -ing verb (or "next wk" after it) is the day.
_SHORT_DAY = re.compile(
    r"\b(?P<ing>[a-z]+ing)\s+(?:on\s+)?(?P<day>mon|tues?|weds?|thurs?|thu|fri|sat|sun)\.?"
    r"(?=\s*$|\s*[,;])",
    re.I,
)
_PET_COMMA = re.compile(rf"(?i)\b(?P<pet>{PETS}),\s+(?P<name>[a-z][a-z'-]+)\s*[.!]*$")
# "new puppy - cockapoo called Biscuit", "new kitten, a tabby named Pip": the pet's breed or
# colour after a mark is an aside; its name is the pet's ("new puppy called Biscuit").
_PET_ASIDE = re.compile(
    rf"(?i)\b(?P<pet>{PETS})\s*(?:-+|,|:)\s*(?:an?\s+)?(?:[a-z-]+\s+){{0,2}}?"
    r"(?:called|named)\s+(?P<name>[A-Za-z][a-z'-]+)\s*[.!]*$"
)
# "her kelpie biscuit hurt his leg": the pet's name right after its kind, then what it did.
_PET_NAME = re.compile(
    rf"\b(?P<whose>(?:her|his|their|my)\s+(?:[a-z-]+\s+)?)(?P<pet>{PETS})\s+(?P<name>[a-z][a-z'-]+)"
    r"(?=\s+(?P<verb>[a-z]+)\b)",
    re.IGNORECASE,
)
_PET_WORD = re.compile(rf"(?i)^(?:{PETS}|pups?|puppies|kittens?)$")


# "he recommend me the WHO e-learning": a recommendation typed without its past tense.
_RECOMMEND_ME = re.compile(
    r"(?i)^(?P<who>he|she|they)\s+recommend\s+(?:me\s+|to\s+me\s+)?(?=the\s)"
)


def short_read(note: str, names: Sequence[str] = ()) -> str:
    """The note with its shorthand read (see the module's note); a note with none as typed."""
    text = terse_read(note)  # "going japan", "also ex-army", "daughter starting uni"
    text = _RECOMMEND_ME.sub(r"\g<who> recommended ", text)  # "he recommend me the X"
    text = _own_name(text, names)
    text = _TOLD.sub(lambda m: f"she recommended I {m['verb'].lower()} ", text)
    text = _distance(text)
    text = _OWNER.sub(_owner, text)  # "zinn's book": a name no table knows
    text = _W.sub(" with ", text)
    text = _WITH_KIN.sub(lambda m: f"with their {m['kin']}", text)
    text = _FANS.sub(_fans, text)
    text = _AT_NAMED.sub(lambda m: f"{m['prep']} the ", text)
    text = _BARE_KIND.sub(
        lambda m: f"{_VERB.get(m['verb'][:3].lower(), m['verb'])} the {m['kind']}", text
    )
    text = _KID.sub(lambda m: "children's" if m[0].lower().startswith("kids") else "child", text)
    text = _BIRTHDAY.sub("birthday", _COMP.sub("competition", text))  # "bday", "robotics comp"
    text = _KIN_S.sub(_possessive, text)
    text = _UNDER.sub(lambda m: f"under-{m['age']}", text)
    text = _SHORT_DAY.sub(_day, text)
    text = _KIN_SAID.sub(lambda m: f"{m['whose']} {_KIN_WORDS[m['kin'].lower()]}", text)
    text = _MONTH_RANGE.sub(_months, text)
    text = _AGAIN.sub(lambda m: f"doing {m['event']} again {m['when']}", text)
    text = _PET_ASIDE.sub(lambda m: f"{m['pet']} called {m['name'].capitalize()}", text)
    text = _PET_COMMA.sub(lambda m: f"{m['pet']} called {m['name'].capitalize()}", text)
    return _PET_NAME.sub(_pet_name, text)


def _fans(found: re.Match[str]) -> str:
    team = found["team"]
    if not lexicon.is_plural_noun(team) or lexicon.classes(team).get("verb") == (team,):
        return found[0]
    return f"{found['lead']} {team.capitalize()}"


def _possessive(found: re.Match[str]) -> str:
    after = found["next"]
    verb = lexicon.classes(after.lower()).keys() & {"verb", "aux"}
    if verb and not after[:1].isupper() and not lexicon.is_noun(after.lower()):
        return found[0]  # "her daughters are both at uni": two daughters
    if after.lower() in ("are", "were", "have", "had", "both", "and", "live", "play", "go"):
        return found[0]
    return f"{found['whose']} {found['kin']}'s {after}"


def _day(found: re.Match[str]) -> str:
    ing = found["ing"]
    if not lexicon.is_gerund(ing.lower()):
        return found[0]
    short = found["day"].lower()[:2]
    day = next(d for d in DAY_NAMES if d.lower().startswith(short))
    return f"{ing} on {day}"


def _pet_name(found: re.Match[str]) -> str:
    name, verb = found["name"], found["verb"].lower()
    # a name, then a verb of its own ("biscuit hurt", "pepper sprained"): never a word that
    # goes with the pet ("puppy called", "dog is", "spaniel had")
    if name.lower() in ("called", "named", "is", "was", "has", "had", "just", "and", "who"):
        return found[0]
    if not (lexicon.is_past(verb) or verb in ("is", "has", "was")):
        return found[0]
    if lexicon.is_past(name.lower()) or lexicon.is_third_person(name.lower()):
        return found[0]
    if _PET_WORD.match(name) or lexicon.is_plural_noun(name.lower()):
        return found[0]  # "her corgi puppy is ...", "his lab results came"
    return f"{found['whose']}{found['pet']} called {name.capitalize()}"


def _own_name(text: str, names: Sequence[str]) -> str:
    """ "eleanor's daughter ..." -> "her daughter ..."; "raj running ..." -> "running ...";
    "tom + I both ..." -> "we both ...": the interviewer's first name as the note's subject."""
    first = next((n.split()[0] for n in names if n and n.split()), "")
    first = re.sub(r"^(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?$", "", first)
    if len(first) < 2:
        return text
    name = re.escape(first)
    text = re.sub(rf"(?i)^{name}\s*(?:\+|and|&)\s*I\s+both\b", "we both", text)
    their = r"(?=[a-z])(?!(?:a|an|the|off|back|[a-z]+ing)\b)"  # "eleanor's daughter"
    text = re.sub(rf"(?i)^{name}['’]s\s+{their}", "her ", text)
    text = re.sub(rf"(?i)^{name}(?:['’]s|\s+is)?\s+(?=[a-z]+ing\b|off\b|back\b)", "she is ", text)
    return re.sub(rf"(?i)^{name}\s+(?=[a-z]+(?:ing|ed|s)\b)", "", text)


_HURT = r"hurt|injured|sprained|broke|twisted|cut|pulled|strained|bruised|damaged|tore"
_PARTS = r"leg|paw|hip|foot|tail|ear|eye|shoulder|knee|back|neck|jaw|tooth|wing|hoof|claw"
# "her kelpie called Biscuit hurt his leg, at the vet this wk": a pet's mending leg.
_PET_HURT = re.compile(
    rf"(?i)^(?:(?:she|he|they)\s+)?(?:(?:her|his|their|the)\s+)?(?:[\w-]+\s+){{0,2}}?"
    rf"(?P<pet>{PETS})(?:\s+(?:called|named)\s+(?P<name>[A-Z][\w'-]*))?\s+(?:has\s+)?"
    rf"(?:just\s+)?(?:{_HURT})\s+(?:his|her|its|their|a|the|one)\s+(?:front\s+|back\s+|hind\s+)?"
    rf"(?P<part>{_PARTS})\b(?:\s+(?:on|at|in|during|while|playing|chasing)\b[^,;()]*)?"
    r"\s*(?:[,;(]|\s[-–—]\s|$)"
)


def pet_mending(note: str) -> dict[str, str] | None:
    """ "her kelpie called Biscuit hurt his leg" -> {"whose": "Biscuit's", "part": "leg"};
    "his dog sprained a paw" -> {"whose": "your dog's", ...}; None for any other note (a
    person's injury is theirs to tell, and stays out)."""
    found = _PET_HURT.match(" ".join(note.split()))
    if found is None:
        return None
    whose = f"{found['name']}'s" if found["name"] else f"your {found['pet'].lower()}'s"
    return {"whose": whose, "part": found["part"].lower()}


def race_distances(note: str, line: str) -> str:
    """The line with a race named by its distance in the note said as typed: "the york 10k sun"
    -> "Good luck with the York 10K on Sunday." where the shared reading of figures said
    "10,000" (right for "raised 10k", never for a race)."""
    typed = " ".join(note.split())
    for race in _RACE_DISTANCE.finditer(typed):
        before, figure = race["before"], race["figure"]
        named = _THE_RUN.search(typed[: race.start("figure")])  # "the kettle valley 50k"
        if not (before.lower() in ("a", "the") or _name_only(before) or named):
            continue
        if "." in figure or race["unit"].lower() != "k":
            continue
        line = re.sub(rf"(?<![\d,.]){int(figure) * 1000:,}(?![\d,])", f"{figure}K", line)
        if named and named["run"].islower():  # the race's name: each word with its capital
            run = named["run"].strip()
            line = line.replace(f"the {run} {figure}K", f"the {run.title()} {figure}K")
    return line


# Kin said the way people talk ("his lad", "her eldest"): the relative ("his son").
# A child typed as a kid, before its possessive: "her kid's school play" is her child's.
_KID = re.compile(r"(?i)\bkid(?=['’]s\b)|\bkids['’](?=\s)")
_BIRTHDAY = re.compile(r"(?i)\b(?:bday|b['’]day|b-day)\b")
# "comp" after a word that names it is a competition ("the robotics comp"), not pay.
_COMP = re.compile(r"(?<=[a-z] )comp\b(?![-'’]| (?:package|plan|time|ratio|rate|band)\b)")
_KIN_WORDS = {"lad": "son", "boy": "son", "young lad": "son", "lass": "daughter",
              "girl": "daughter", "young one": "child", "little one": "child",
              "eldest": "eldest child", "youngest": "youngest child"}  # fmt: skip
_KIN_SAID = re.compile(
    r"(?i)\b(?P<whose>his|her|their) (?P<kin>young lad|young one|little one|lad|lass|eldest"
    r"|youngest|boy|girl)\b(?! (?:scouts?|guides?|band|friend))"
)
# Two months typed as a range ("jul-aug", "june - sept"): both, "in July and August".
_MONTH_SHORT = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_MONTH_RANGE = re.compile(
    rf"(?i)\b(?P<prep>(?:in|from|between) )?(?P<a>{_MONTH_SHORT})\s*[-–]\s*(?P<b>{_MONTH_SHORT})"
    r"(?![\w-])"
)
_FULL_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
                "September", "October", "November", "December")  # fmt: skip


def _months(found: re.Match[str]) -> str:
    a, b = (_month(found[key]) for key in ("a", "b"))
    if a is None or b is None:
        return found[0]
    prep = (found["prep"] or "in ").strip().lower()
    return f"from {a} to {b}" if prep == "from" else f"{prep} {a} and {b}"


def _month(typed: str) -> str | None:
    word = typed.rstrip(".").lower()
    return next((m for m in _FULL_MONTHS if m.lower().startswith(word) and len(word) >= 3), None)


# A run of up to three words after "the" just before a distance: a race's name.
_THE_RUN = re.compile(r"\b[Tt]he (?P<run>(?:[A-Za-z][\w'-]* ){1,3})$")
# "ran the X in sept, doing it again next yr": the event done before is the one ahead.
_AGAIN = re.compile(
    r"(?i)^(?:ran|did|rode|swam|walked|raced|hiked|climbed|completed) (?P<event>.+?)"
    r"(?: (?:in|last) \w+)?,? (?:and )?(?:doing|running|riding|racing|entering) it again"
    r" (?P<when>.+)$"
)


def unsure_names(note: str, line: str) -> list[str]:
    """Two words side by side, typed in lower case in the note, that the line says in lower
    case and no word table knows ("philippe dufour"): a name whose capitals are not sure."""
    typed = set(_pairs(note))
    return [pair for pair in _pairs(line) if pair in typed and not any(map(_word, pair.split()))]


def _pairs(text: str) -> list[str]:
    """Two lower-case words side by side, but not the particles inside a name typed with its
    capitals around them ("Feria de las Flores", "Rio de Janeiro")."""
    words = ["", *re.findall(r"[\w'’-]+", text), ""]
    return [
        f"{one} {two}"
        for before, one, two, after in zip(words, words[1:], words[2:], words[3:], strict=False)
        if re.fullmatch(r"[a-z]{2,}", one)
        and re.fullmatch(r"[a-z]{2,}", two)
        and not (before[:1].isupper() and after[:1].isupper())
    ]


def _word(word: str) -> bool:
    return word in FUNCTION_WORDS or lexicon.known(word) or bool(lexicon.classes(word))


# "at grant Thornton", "from new York": a word between "at" and a name is the name's.
_NAME_RUN = re.compile(r"\b(?P<prep>at|from|with|for) (?P<word>[a-z]{3,}) (?=[A-Z][a-z])")


def name_runs(text: str) -> str:
    """ "we both trained at grant Thornton" -> "... at Grant Thornton": a lower-case word
    between a preposition and a name (given its capital by `rapportnames.names_capitalised`) is the
    first word of that name; a function word ("at the Mater") is not."""

    def named(found: re.Match[str]) -> str:
        word = found["word"]
        return found[0] if word in FUNCTION_WORDS else f"{found['prep']} {word.capitalize()} "

    return _NAME_RUN.sub(named, text)
