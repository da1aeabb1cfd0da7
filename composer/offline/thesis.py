"""A graduate's thesis or final project, typed as a label and what it was ("thesis: modelled
snowmelt runoff in HEC-HMS", "final yr project - designed a solar pump for a school",
"dissertation: a survey of rural GP access in Powys").

For a new graduate the thesis is the strongest work they can name, and people type it with its
label first, which no other reading takes: the line would be left out. Said as the candidate's:
a deed ("modelled ...") as "For my thesis, I modelled ..."; a thing it was ("a survey of ...",
"modelling heat stress ...") as "My dissertation was a survey of ..." / "My thesis was on
modelling ...". The deed is read by the item reader itself (its articles, figures and
shorthand), so a line it cannot say stays out; a thing must read whole with its articles (no
bare noun after a preposition: "of 40m e-ferry hull" is left out, not guessed). Detail after
the first comma that does not read is the note's, left unsaid.
"""

from __future__ import annotations

from collections.abc import Callable

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.answervoice import bare_articled, sayable
from composer.offline.cleaning import clean
from composer.offline.realise import Clause
from composer.offline.topicanswers import bare_after
from composer.offline.wellformed import problem
from composer.offline.words import DETERMINERS, PREPOSITIONS, SMALL_NUMBERS

__all__ = ["labelled_about", "read"]

# The label: a thesis, dissertation or a named final project, with what kind of degree or year
# it was for, then a colon or a dash.
_LABEL = re.compile(
    r"(?i)^(?:my\s+)?(?P<label>(?:(?:MSc|MA|BSc|BA|MEng|BEng|PhD|masters?|master's|bachelor'?s|honours|hons"
    r"|final[- ]?y(?:ea)?r|senior|capstone|undergrad(?:uate)?|grad(?:uate)?|research)\s+)*"
    r"(?:thesis|dissertation|project)|capstone)(?:\s*(?::|\s[-–—]+)\s*|\s+(?=(?:on|about)\s))"
    r"(?P<rest>\S.*?)\.?$"
)
# The label with what it was about, no colon: "bachelor's thesis on eelgrass seed survival".
_ABOUT = re.compile(r"(?i)\b(?:thesis|dissertation|project)\s+(?:on|about)\s")
# How each word of a label is said in a letter.
_SAID = {
    "final yr": "final-year",
    "final year": "final-year",
    "finalyr": "final-year",
    "final-yr": "final-year",
    "final-year": "final-year",
    "masters": "master's",
    "master's": "master's",
    "hons": "honours",
    "undergrad": "undergraduate",
    "grad": "graduate",
    "capstone": "capstone project",
}


def _label(typed: str) -> str | None:
    """ "final yr project" -> "final-year project"; "MSc thesis" as typed; None for a bare
    "project", which may be any work at all, not a graduate's."""
    said = " ".join(typed.split())
    for short, full in _SAID.items():
        said = re.sub(rf"(?i)\b{re.escape(short)}\b(?!-)", full, said)
    said = re.sub(r"(?i)\bcapstone project project\b", "capstone project", said)
    words = said.split()
    if words[-1].lower() == "project" and len(words) == 1:
        return None
    if [w.lower() for w in words] == ["research", "project"]:
        return None  # any research at all, not a graduate's named project
    return " ".join(w if any(c.isupper() for c in w[1:]) else w.lower() for w in words)


def read(item: str, reader: Callable[[str], Clause | None]) -> Clause | None:
    """The line said as the candidate's sentence, or None when it is no labelled thesis or
    project, or what follows the label does not read. `reader` is the item reader's clause for
    a line (`items.read_point`)."""
    found = _LABEL.match(item.strip())
    if found is None:
        return None
    label = _label(found["label"])
    rest = found["rest"].strip()
    if label is None or not rest:
        return None
    graded = _GRADED.search(rest)
    if graded is not None:  # "thesis: FWI w/ OBN data, got grade A": the grade said after it
        said = read(f"{found['label']}: {rest[: graded.start()]}", reader)
        grade = graded["grade"]
        grade = f"an {grade}" if grade[0] in "AEF" else f"a {grade}"
        if said is None or said.whole is None or "," in said.whole:
            return None
        return Clause("", "", "", whole=f"{said.whole}, and it earned {grade} grade")
    first = rest.split()[0].lower()
    if first in ("on", "about"):  # "thesis on eelgrass": what it was about
        return _about(label, rest)
    if lexicon.is_past(first) and not lexicon.is_noun(first):
        return _deed(label, rest, reader)
    return _thing(label, rest)


# A grade typed after what the thesis was: ", got grade A", ", received a B+".
_GRADED = re.compile(
    r",\s*(?:got|received|awarded|graded)\s+(?:an?\s+)?(?:grade\s+)?(?P<grade>[A-F][+-]?)\s*$"
)


def labelled_about(item: str) -> bool:
    """True when `item` is a thesis or project typed with what it was about ("MSc dissertation
    on flood risk"): no degree or thing held, whatever its first word."""
    found = _LABEL.match(item.strip())
    if found is None or _label(found["label"]) is None:  # a bare "project on time": no thesis
        return False
    return _ABOUT.search(item) is not None


def _about(label: str, rest: str) -> Clause | None:
    """ "on eelgrass seed survival in the Limfjord" -> "My bachelor's thesis was on eelgrass
    seed survival in the Limfjord", when it reads word by word."""
    if re.search(r"[+&/=>~]", rest.split(",")[0]):
        return None  # "on w/ CFD + tank tests": a note's marks
    what = clean(rest.split(",")[0]).strip()
    if _FINITE.search(what):
        return None  # "on culvert hydraulics got a distinction": a sentence of its own
    if len(what.split()) < 2 or (bare_after(what.split()[1:]) and len(what.split()) > 2):
        return None
    whole = f"My {label} was {what}"
    # the subject's words are the candidate's own ("groundwater", "eelgrass"): no word list
    # judges them, only the gate and the marks of a note
    if problem(f"{whole}."):
        return None
    return Clause("", "", "", whole=whole)


def _deed(label: str, rest: str, reader: Callable[[str], Clause | None]) -> Clause | None:
    """ "interviewed 20 rural GPs about telehealth" -> "For my honours thesis, I interviewed
    20 rural GPs about telehealth". Only what comes before the first comma (the figures after
    it are the note's: "22% lighter, passed fatigue test"), and only a thing done with its
    article, a number or a plural: "redesigned FS car rear damper bracket" has its article
    left out, and is left out."""
    for typed in (rest.split(",")[0],):
        said = reader(typed)
        if said is None or said.whole is not None or said.subject != "I":
            continue
        if said.verb.lower() != typed.split()[0].lower():
            continue  # the reader put the deed in another frame: no longer what was done
        if not _counted(said.rest.split()):
            continue
        whole = f"For my {label}, {said.text()}"  # the deed as the reader said it
        return None if problem(f"{whole}.") else Clause("", "", "", whole=whole)
    return None


# What a project or thesis may be, as a thing made or done ("a CFD model", "a survey of ...",
# "a robot arm"), said with its article; any other head names the subject it was on.
_MADE = frozenset(
    [
        *("model", "survey", "study", "tool", "app", "prototype", "robot", "arm", "sensor"),
        *("system", "design", "analysis", "review", "dashboard", "pump", "bracket"),
        *("simulation", "framework", "database", "map", "website", "game", "device", "rig"),
        *("algorithm", "pipeline", "evaluation", "comparison", "audit", "trial", "experiment"),
        *("catalogue", "archive", "exhibition", "film", "series", "collection", "plan"),
    ]
)


# A verb that makes the rest a sentence of its own ("My dissertation on X got a first").
_FINITE = re.compile(r"\b(?:got|received|won|earned|was|were|scored|gained|achieved|is|has)\b")


def _thing(label: str, rest: str) -> Clause | None:
    """ "a survey of rural GP access in Powys" -> "My dissertation was a survey of ...";
    "modelling heat stress in dairy cattle" -> "My thesis was on modelling ...". Only what
    comes before the first comma: a place or figure after it is the note's detail."""
    for typed in (rest.split(",")[0],):
        what = clean(typed).strip()
        words = what.split()
        if len(words) < 2:
            continue
        lower = [w.lower() for w in words]
        head_at = next((i for i, w in enumerate(lower) if w in PREPOSITIONS), len(lower)) - 1
        if lower[max(head_at, 0)] in _MADE:
            # a thing made: its article, and none missing after a preposition ("of 40m hull")
            articled = bare_articled(what)
            if articled is None or bare_after(words):
                continue
            whole = f"My {label} was {articled}"
        elif (
            lower[0] == "the"
            or _doing(lower[0])
            or _modifier(lower[0])
            or re.fullmatch(r"[A-Z]{2,6}", words[0])  # "FWI with OBN data": a method's initials
        ):
            whole = f"My {label} was on {what}"  # a subject: "on the effect of ..."
        else:
            continue
        # the label's words are the notes' own; what it was must read word by word
        if sayable(whole.replace(label, "thesis", 1)) and not problem(f"{whole}."):
            return Clause("", "", "", whole=whole)
    return None


def _modifier(word: str) -> bool:
    """ "bacterial", "coastal": a word that is only an adjective, before the subject's noun."""
    return set(lexicon.classes(word)) == {"adj"}


def _doing(word: str) -> bool:
    """ "modelling", "mapping": a verb's "-ing" form, which names the work as a subject."""
    return lexicon.is_gerund(word) or (word.endswith("ing") and "verb" in lexicon.classes(word))


def _counted(words: list[str]) -> bool:
    """The thing done, led by an article or a number, or named in the plural ("rural GPs",
    "flood models"): never a singular typed bare."""
    if not words:
        return False
    first = words[0].lower()
    if first in DETERMINERS or first[0].isdigit() or first in SMALL_NUMBERS:
        return True
    lower = [w.lower().strip(".,") for w in words]
    head_at = next((i for i, w in enumerate(lower) if w in PREPOSITIONS), len(lower)) - 1
    head = words[max(head_at, 0)]
    return lexicon.is_plural_noun(head.lower()) and not head[:1].isupper()
