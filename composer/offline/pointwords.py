"""Small readings of the words in a candidate's point that the clause and credential readers
(`realise`, `credentials`) ask about, kept here so those modules do not grow:

- a tail after a comma that is a clause of its own, a doing word first: "..., working with the
  health agency" (no "with" goes before it);
- a paper named after the person it is for, typed as a plural with no apostrophe: "agents
  representative certificate" -> "agent's";
- a degree's subject named by initials a reader may not know: "an AS in DMS";
- a tool's name typed in lower case after the word that says it was used: "in airtable" ->
  "in Airtable", and one no table knows ("w/ coravin" -> "with Coravin"); a workplace typed in
  lower case after "at" ("at tollgate ales"); a list of tools and nothing else: "git, python,
  rst/md, doxygen";
- a bare verb and how long it was done: "volunteer two years with X" -> "volunteered for two
  years with X" (never "I can volunteer two years").
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.dictionary import in_dictionary
from composer.offline.notewords import english
from composer.offline.words import (
    CAPITALISED,
    DETERMINERS,
    FUNCTION_WORDS,
    PERSON_HEADS,
    PREPOSITIONS,
    TOOL_NAMES,
)


def doing_after(text: str) -> bool:
    """ "led the response to an outbreak, working with the health agency": a tail after the
    last comma that is a clause of its own, a doing word and what it was done with or to."""
    words = text.rpartition(", ")[2].split() if ", " in text else []
    return (
        len(words) > 1
        and lexicon.is_gerund(words[0])
        and "verb" in lexicon.classes(words[0])
        and (words[1] in PREPOSITIONS or words[1] in DETERMINERS or words[1][:1].isdigit())
    )


# Papers held by one person, named after whom they are for ("a driver's licence"; a "students
# union card" is the students' union's).
_OWN_PAPERS = frozenset(["certificate", "licence", "license", "permit", "certification"])


def owner(words: list[str]) -> str:
    """The person a paper is for, typed as a plural with no apostrophe ("agents representative
    certificate" -> "agent"), before a noun and the paper's head; "" for any other words."""
    if len(words) < 3 or not words[0].islower() or not words[1].islower():
        return ""
    one = lexicon.classes(words[0]).get("noun", ("",))[0]
    if not lexicon.is_plural_noun(words[0]) or one not in PERSON_HEADS or one == words[0]:
        return ""
    if not lexicon.is_noun(words[1]) or words[-1] not in _OWN_PAPERS:
        return ""
    return one


# Subjects named by three or more initials that every reader knows.
_KNOWN_SUBJECTS = frozenset(
    ["ICT", "PPE", "STEM", "TESOL", "TEFL", "SEN", "SEND", "EYFS", "CBT", "MFL"]
)


def unknown_subject(said: str) -> bool:
    """ "an AS in DMS at Jackson College": a degree's subject named by initials a reader may
    not know (three or more, none of `_KNOWN_SUBJECTS`): the line is left out, not guessed."""
    found = re.search(r"\bin (?P<s>[A-Z]{3,5})(?= at | from |,|$)", said)
    return found is not None and found["s"] not in _KNOWN_SUBJECTS


# A tool's name after the word that says it was used (not "I excel at", "an epic journey").
_TOOL = re.compile(
    r"\b(?P<by>in|on|with|using|via|into|from|to|onto) (?P<tool>{})\b".format(
        "|".join(name for name in TOOL_NAMES if len(name) > 2)
    )
)


# Names of two words or more ("red seal"): said with their capitals even where the notes type
# one of their words in lower case elsewhere (which a sentence's middle keeps lower case).
_NAMES = re.compile(
    r"\b(?:{})\b".format("|".join(k for k in CAPITALISED if " " in k)), re.IGNORECASE
)


# A qualification's or a grade's name by its number: "Certificate III", "Level 1", "Band 6".
# A level, a grade or a band only before what it names ("a Level 1 trauma center"; "passed their
# level 3" stays as typed).
_LEVELLED = re.compile(
    r"\b(?:certificate|diploma)(?= (?:I{1,3}|IV|VI{0,3})\b)"
    r"|\b(?:level|grade|band|tier)(?= (?:I{1,3}|IV|VI{0,3}|[1-9]) [a-z])"
)


# A tool's name before a thing made with it: "python scripts", "excel macros", "sql queries"
# (not "rust removal", "sage advice": the thing must be one a tool makes).
_TOOL_MADE = re.compile(
    r"(?<![\w-])(?P<tool>{})(?= (?:scripts?|code|models?|quer(?:y|ies)|dashboards?|reports?"
    r"|spreadsheets?|sheets?|macros?|formulas?|notebooks?|pipelines?|packages?|librar(?:y|ies)"
    r"|tooling|services?|apps?|modules?|workflows?|automations?|templates?|drawings?|files?"
    r"|prototypes?|skills|developers?|engineers?|tests?|jobs?)\b)".format(
        "|".join(name for name in TOOL_NAMES if len(name) > 2)
    )
)


def tools_used(text: str) -> str:
    """ "help the team get going in blender" -> "... in Blender": a tool of `TOOL_NAMES` after
    the word that says it is used, or before a thing made with it ("python scripts")."""
    text = _TOOL_MADE.sub(lambda m: TOOL_NAMES[m["tool"]], text)
    return _TOOL.sub(lambda m: f"{m['by']} {TOOL_NAMES[m['tool']]}", text)


def tool_names(text: str) -> str:
    """ "built a grants calendar in airtable" -> "... in Airtable": a tool of `TOOL_NAMES`
    typed in lower case, said with its capitals where a word before it says it was used; a
    name of two words ("red Seal") with both its capitals; a qualification's or a grade's name
    by its number ("taught 2 apprentices to cert III" -> "... to Certificate III")."""
    text = _NAMES.sub(lambda m: CAPITALISED[m.group().lower()], text)
    text = _LEVELLED.sub(lambda m: m.group().capitalize(), text)
    text = tools_used(text)
    return _WORKPLACE.sub(_workplace, _UNKNOWN_TOOL.sub(_named, text))


# A workplace typed in lower case after "at", its first word one no dictionary knows: "6 yrs at
# abell point marina airlie" -> "at Abell Point Marina Airlie", "at tollgate ales".
_WORKPLACE = re.compile(r"\bat (?P<name>[a-z][a-z']{2,}(?: [a-z][a-z']*){0,3})(?=$|,|\.)")


def _workplace(found: re.Match[str]) -> str:
    words = found["name"].split()
    if not unknown_name(words[0]) or words[0] in FUNCTION_WORDS:
        return found.group()
    return "at " + " ".join(
        w if w in ("of", "and", "the") else w[:1].upper() + w[1:] for w in words
    )


# A word no dictionary knows, typed in lower case after the word that says a thing was used or
# worked in ("w/ coravin", "in argus", "with kryoflux and bitcurator"): a product's or a
# system's name, said with its capital. A word of a name of two words or more ("at abell point
# marina") is not read: which of its words take capitals the line does not say.
_UNKNOWN_TOOL = re.compile(
    r"\b(?P<by>in|on|with|using|via|into|onto) (?P<one>[a-z][a-z0-9]{3,})"
    r"(?:(?P<join> and | or |, )(?P<two>[a-z][a-z0-9]{3,}))?(?![\w'-]| [a-z]+[a-z0-9]* [a-z])"
)


def _named(found: re.Match[str]) -> str:
    words = [found["one"], found["two"] or ""]
    names = [w for w in words if w]
    if not all(unknown_name(w) for w in names) or unknown_name(found.string[found.end() :]):
        return found.group()
    after = found.string[found.end() :].split()
    if after and lexicon.is_gerund(after[0].lower().strip(",.;:")):
        return found.group()  # "in gamelan making": the craft's thing, no product's name
    said = f"{found['by']} {names[0][:1].upper()}{names[0][1:]}"
    if len(names) > 1:
        said += f"{found['join']}{names[1][:1].upper()}{names[1][1:]}"
    return said


def unknown_name(word: str) -> bool:
    """A word no dictionary knows and no table spells: a name typed in lower case. A short one,
    or one ending in "s", is as likely a clipped word of a note ("calcs", "optom", "diag"); a
    long one with an adjective's ending is a field's word the tables lack ("musculoskeletal")."""
    first = word.split()[0] if word.split() else ""
    if not first.isalpha() or not first.islower() or len(first) < 5 or first.endswith("s"):
        return False
    if len(first) >= 9 and first.endswith(_DESCRIBING):
        return False
    return not english(first) and not in_dictionary(first) and first not in _SHORT_WORDS


_DESCRIBING = ("al", "ic", "ive", "ous", "ary")
# Shorthand the cleaning leaves as typed, which names nothing.
_SHORT_WORDS = frozenset(["approx", "etc", "incl", "esp", "prev", "wkly", "mthly", "yrly"])


# File formats and languages typed short in a list of tools ("rst/md"), as they are written.
_TOOL_SHORT = {
    "rst": "reStructuredText", "md": "Markdown", "js": "JavaScript", "ts": "TypeScript",
    "py": "Python", "ps": "PowerShell",
}  # fmt: skip
_TOOLS_ALSO = {
    "git": "Git", "powershell": "PowerShell", "bash": "Bash", "latex": "LaTeX", "sql": "SQL",
    "dbt": "dbt", "aws": "AWS", "azure": "Azure", "linux": "Linux", "html": "HTML", "css": "CSS",
}  # fmt: skip


def tool_name(word: str) -> str | None:
    """ "git" -> "Git", "md" -> "Markdown": a tool's name as written, or None."""
    low = word.lower()
    return _TOOLS_ALSO.get(low) or TOOL_NAMES.get(low) or _TOOL_SHORT.get(low)


def tool_list(text: str) -> str | None:
    """ "git, python, rst/md and doxygen" -> "Git, Python, reStructuredText, Markdown and
    Doxygen": a list of two or more tools, each one `TOOL_NAMES` (or a format typed short)
    knows; None when any item is no tool's name (a skill, a field, a word of its own)."""
    items = [w for w in re.split(r",\s*|\s+(?:and|&|\+)\s+|/", text.strip()) if w]
    named = [tool_name(w) for w in items]
    if len(items) < 2 or not all(named) or not ("," in text or "/" in text):
        return None
    if not any(w.islower() and w != n for w, n in zip(items, named, strict=True)):
        return None  # "Python, SQL and dbt" typed with capitals: the skill readers say it
    said = [str(n) for n in named]
    return ", ".join(said[:-1]) + f" and {said[-1]}"


# Work made with named tools, and the verb for making it: "scripting" is writing scripts.
_TOOL_WORK = {"tooling": "build tooling", "automation": "build automation",
              "scripts": "write scripts", "scripting": "write scripts"}  # fmt: skip


def tool_work(text: str) -> tuple[str, str] | None:
    """ "python and powershell tooling" -> ("build", "tooling in Python and PowerShell"): work
    made with named tools, by the candidate; None for any other line."""
    found = re.fullmatch(r"(?P<tools>.+) (?P<work>tooling|scripts|scripting|automation)", text)
    if found is None or not re.search(r"\s(?:and|&|\+)\s|,|/", found["tools"]):
        return None
    tools = tool_list(found["tools"] if "," in found["tools"] else found["tools"] + ",")
    verb, work = _TOOL_WORK[found["work"]].split()
    return None if tools is None else (verb, f"{work} in {tools}")


# A bare verb, then how long it was done: "volunteer two years with ...", "work 6 months at ..."
_SPENT = re.compile(
    r"^(?P<verb>[a-z]+) (?=(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|several) "
    r"(?:years?|months?|weeks?|seasons?|summers?|winters?)\b)"
)


def spent_doing(text: str) -> tuple[str, str] | None:
    """ "volunteer two years with X" -> ("volunteered", "for two years with X"): a deed typed
    as a bare verb and its span, said in the past; None for any other text."""
    found = _SPENT.match(text)
    if found is None or not lexicon.is_base_verb(found["verb"]):
        return None
    past = lexicon.verb_forms(found["verb"]).get("VBD")
    return (past, f"for {text[found.end() :]}") if past else None


# Participles that qualify a person ("a trained cook", "a qualified electrician").
_QUALIFYING = frozenset(["trained", "qualified", "certified", "registered", "licensed"])


def trained_person(text: str) -> str:
    """ "trained internal auditor" -> "a trained internal auditor": a person the candidate is,
    typed after the participle that qualifies them (never "I trained an internal auditor");
    "" for any other line ("trained 40 staff", "trained the new auditor")."""
    standard = re.fullmatch(r"(?P<main>.+?),\s*(?P<std>[A-Z]{2,}\s?\d[\d:/-]*)", text.strip())
    if standard:  # "Trained internal auditor, ISO 15189": "a trained ISO 15189 internal auditor"
        said = trained_person(standard["main"])
        first, qualifying, rest = said.split(" ", 2) if said.count(" ") >= 2 else ("", "", "")
        return f"{first} {qualifying} {standard['std']} {rest}" if said else ""
    words = text.split()
    if len(words) < 2 or len(words) > 4 or words[0].lower() not in _QUALIFYING:
        return ""
    head = words[-1].lower().strip(".,")
    if words[1].lower() in DETERMINERS or not words[1].isalpha():
        return ""
    if head in PERSON_HEADS or head in ("cook", "auditor", "assessor", "mediator", "diver"):
        return f"{lexicon.article(text)} {text}"
    return ""
