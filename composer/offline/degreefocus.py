"""A degree's specialism typed in brackets after its subject ("BSc Agriculture (Viticulture and
Oenology), Stellenbosch University 2019"): a field of study, not the school, so a letter says
"with a focus on viticulture and oenology" (`degrees.degree` reads the rest)."""

from __future__ import annotations

from composer import regexes as re
from composer.offline.dictionary import in_dictionary
from composer.offline.words import SCHOOL_WORDS

# A grade typed in the bracket after the subject: no field of study.
_GRADE = re.compile(
    r"(?i)(?:with\s+)?(?:distinction|merit|honours|hons|first(?:\s+class)?(?:\s+honours)?|cum\s+laude"
    r"|magna\s+cum\s+laude|summa\s+cum\s+laude|2:1|2:2)"
)
_BRACKET = re.compile(r"^(?P<subject>\s*[A-Za-z][^,()]*?)\s*\((?P<field>[A-Za-z][^()]*)\)")


def specialism(rest: str) -> tuple[str, str]:
    """(the rest with the bracket taken out, the field in lower case) when the bracket right
    after the subject names a field: each word English, none a school's ("University",
    "College") and no name; else (the rest, "") ("(UCL)", "(Open University)")."""
    found = _BRACKET.match(rest)
    if found is None:
        return rest, ""
    if _GRADE.fullmatch(found["field"].strip()):  # "(Distinction)": a grade, said at the end
        return f"{found['subject']}{rest[found.end() :]} ({found['field'].strip()})", ""
    words = [w for w in re.split(r"[\s&/]+", found["field"]) if w and w.lower() != "and"]
    if not words or any(w.lower() in SCHOOL_WORDS for w in words):
        return rest, ""
    if not all(in_dictionary(w.lower()) and not w.isupper() for w in words):
        return rest, ""
    field = " and ".join(
        part.strip().lower() for part in re.split(r"\s*(?:&|\band\b)\s*", found["field"])
    )
    return found["subject"] + rest[found.end() :], field
