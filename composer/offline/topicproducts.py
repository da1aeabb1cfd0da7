"""The capitals of software and services a topic names, typed in lower case.

People type "moving the triangles out of excel into r / python", "warranty claims w/ trek",
"rightmove leads": names of products and firms, in lower case because notes are. A letter gives
them their capitals. Two kinds are read:
- a name that is no English word ("salesforce", "jira", "rightmove"): capitalised wherever it
  stands, as the firm spells it ("GitHub", "HubSpot");
- a name that is also an English word ("excel", "python", "sage"): capitalised only where the
  product is meant, after a word that places it ("in excel", "into python", "excel and python").
The names are those of tools used across many trades, not of any one set of notes.

`typed_names` reads the names no table lists: a long word in lower case that neither the word
tables nor Webster's know is a name ("fortinet", "syilx okanagan"), said with its capital; a
word that names what such a name is ("nation", "festival") takes one after it ("the Syilx
Okanagan Nation"), and a model typed as letters and a number ("a320s") its capitals.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline.dictionary import in_dictionary
from composer.offline.notewords import english

__all__ = ["product_capitals", "typed_names"]

# Names no English word spells, as their makers write them.
_NAMES = {
    name.lower(): name
    for name in [
        "Salesforce",
        "HubSpot",
        "Jira",
        "Confluence",
        "GitHub",
        "GitLab",
        "Bitbucket",
        "Tableau",
        "SharePoint",
        "PowerPoint",
        "QuickBooks",
        "Xero",
        "NetSuite",
        "Workday",
        "ServiceNow",
        "Zendesk",
        "Freshdesk",
        "Intercom",
        "Mailchimp",
        "Canva",
        "Figma",
        "AutoCAD",
        "Revit",
        "SolidWorks",
        "MATLAB",
        "JavaScript",
        "TypeScript",
        "WordPress",
        "Shopify",
        "Trello",
        "Asana",
        "Airtable",
        "Smartsheet",
        "Kubernetes",
        "Terraform",
        "Databricks",
        "Snowflake",
        "Looker",
        "Qualtrics",
        "SurveyMonkey",
        "Rightmove",
        "Zoopla",
        "Xactimate",
        "Storypark",
        "Descript",
        "Doxygen",
        "MkDocs",
        "Moodle",
        "Canvas",
        "Blackboard",
        "Synergy",
        "Epic",
        "Cerner",
        "EMIS",
        "SystmOne",
    ]
    if name.lower() not in ("canvas", "synergy", "epic", "snowflake")  # English words: below
}
# Names that are also English words, said as the product after a word that places them.
_WORDS = {
    "excel": "Excel",
    "python": "Python",
    "snowflake": "Snowflake",
    "canvas": "Canvas",
    "epic": "Epic",
    "slack": "Slack",
    "zoom": "Zoom",
    "sage": "Sage",
    "cisco": "Cisco",
    "sabre": "Sabre",
    "opera": "Opera",
}  # not "teams", "notion", "outlook": "working with teams", "on the outlook" are the words
_PLACED = re.compile(
    r"\b(?P<by>in|into|onto|from|to|on|with|out of|via|using|and|or|versus|/)"
    r" (?P<name>{})\b".format("|".join(_WORDS))
)
_ANY = re.compile(r"\b(?P<name>{})\b".format("|".join(sorted(_NAMES, key=len, reverse=True))))


def product_capitals(said: str) -> str:
    """ "moving the triangles out of excel into R and python" -> "... out of Excel into R and
    Python"; "rightmove leads" -> "Rightmove leads"."""
    said = _ANY.sub(lambda m: _NAMES[m["name"]], said)
    return _PLACED.sub(lambda m: f"{m['by']} {_WORDS[m['name']]}", said)


# Words that name what a name before them is: "the Syilx Okanagan Nation", "Cisco Live".
_NAME_HEADS = frozenset(
    ["nation", "festival", "live", "conference", "summit", "expo", "park", "river", "lake",
     "island", "valley", "cloud", "awards", "university", "college", "hospital"]
)  # fmt: skip
_TRADE = re.compile(r"^[a-z]2[a-z]$")  # "b2b", "b2c", "p2p"
_MODEL = re.compile(r"^(?P<letters>[a-z]{1,2})(?P<rest>\d{2,4}s?)$")


def typed_names(said: str) -> str:
    """ "vendor management with fortinet" -> "... with Fortinet"; "the syilx okanagan nation"
    -> "the Syilx Okanagan Nation"; "two a320s" -> "two A320s".

    A word no table knows is often a trade's own or a note's clipping ("calibs", "varroa"), so it
    is read as a name only where a name stands: before a word naming what it is, or alone after
    "with", "using", "versus" (a maker or a system dealt with)."""
    words = said.split(" ")
    for index, word in enumerate(words):
        if _TRADE.match(word):
            words[index] = word.upper()  # "the b2b side": the B2B side
            continue
        model = _MODEL.match(word)
        if model:
            words[index] = model["letters"].upper() + word[len(model["letters"]) :]
    run: list[int] = []
    for index, word in enumerate(words):
        if _unknown(word):
            run.append(index)
            continue
        if run and word in _NAME_HEADS:
            for at in [*run, index]:
                words[at] = words[at][0].upper() + words[at][1:]
        run = []
    for index, word in enumerate(words):
        before = words[index - 1].lower() if index else ""
        after = words[index + 1] if index + 1 < len(words) else ""
        placed = before in _PLACING or (
            before == "and" and index > 1 and words[index - 2][:1].isupper()
        )
        if index > 1 and words[index - 1].istitle() and words[index - 2].lower() in _PLACING:
            placed = True  # "with Balfour beatty": the rest of a name already begun
        if not _unknown(_lowered(word.rstrip(","))):
            continue
        end = index + 1  # a name of two unknown words: "with balfour beatty"
        while end < len(words) and _unknown(_lowered(words[end].rstrip(","))) and end - index < 3:
            end += 1
        after = words[end] if end < len(words) else ""
        alone = after in ("", "and", "versus", "or") or words[end - 1].endswith(",")
        first = index == 0 and after == "versus"  # "amadeus versus Sabre"
        if (placed and alone) or first:
            for at in range(index, end):
                words[at] = words[at][0].upper() + words[at][1:]
    return " ".join(words)


# Words after which a name stands alone: "with Fortinet", "using Cliniko", "versus Sabre".
_PLACING = frozenset(["with", "using", "versus", "via"])


def _lowered(word: str) -> str:
    """A word with the capital a name was given ("Balfour") in lower case, to ask of it."""
    return word.lower() if word[:1].isupper() and word[1:].islower() else word


def _unknown(word: str) -> bool:
    """A long word in lower case that no word table and no dictionary knows."""
    if not (word.isalpha() and word.isascii() and word.islower() and len(word) >= 5):
        return False
    return not english(word) and not in_dictionary(word)
