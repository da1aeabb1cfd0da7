"""The capitals of software and services a topic names, typed in lower case.

People type "moving the triangles out of excel into r / python", "warranty claims w/ trek",
"rightmove leads": names of products and firms, in lower case because notes are. A letter gives
them their capitals. Two kinds are read:
- a name that is no English word ("salesforce", "jira", "rightmove"): capitalised wherever it
  stands, as the firm spells it ("GitHub", "HubSpot");
- a name that is also an English word ("excel", "python", "sage"): capitalised only where the
  product is meant, after a word that places it ("in excel", "into python", "excel and python").
The names are those of tools used across many trades, not of any one set of notes.
"""

from __future__ import annotations

import re

__all__ = ["product_capitals"]

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
}  # not "teams", "notion", "outlook": "working with teams", "on the outlook" are the words
_PLACED = re.compile(
    r"\b(?P<by>in|into|onto|from|to|on|with|out of|via|using|and|or|/) (?P<name>{})\b".format(
        "|".join(_WORDS)
    )
)
_ANY = re.compile(r"\b(?P<name>{})\b".format("|".join(sorted(_NAMES, key=len, reverse=True))))


def product_capitals(said: str) -> str:
    """ "moving the triangles out of excel into R and python" -> "... out of Excel into R and
    Python"; "rightmove leads" -> "Rightmove leads"."""
    said = _ANY.sub(lambda m: _NAMES[m["name"]], said)
    return _PLACED.sub(lambda m: f"{m['by']} {_WORDS[m['name']]}", said)
