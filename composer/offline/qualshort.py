"""A qualification's words typed short spelled out before any reader reads the line: a short
form with its stop ("Univ. of Eastern Finland": the University of ..., "Cert. in Feline
Nursing", "forest owners' assoc."), and a degree typed without its "'s" before a field
("bachelor nautical science": a bachelor's) where the degree reader then reads the line whole.
Each short form here has one reading wherever it is typed with its stop; one typed bare ("uni",
"assoc") is `shorthand`'s. A degree typed with its stops ("M.Sc.") is the degree reader's."""

from __future__ import annotations

from composer import regexes as re
from composer.offline import degrees
from composer.offline.words import LANGUAGES

# The short form (lower case, no stop) -> the word it stands for, as a name's word.
_WORDS = {
    "univ": "University",
    "inst": "Institute",
    "coll": "College",
    "assoc": "Association",
    "cert": "Certificate",
    "dipl": "Diploma",
}
_SHORT = re.compile(
    r"(?<![\w.])(?P<short>(?i:univ|inst|coll|cert|dipl)"
    r"|(?:(?<=[a-z] )|(?<=[a-z]' ))assoc(?=\.\s*(?:$|[,;)])))\.(?=\s|$|[,;)])"
)  # "assoc." typed in lower case after a word ends a name ("forest owners' assoc."); before a
# word ("assoc. member") or in capitals ("AWS SA Assoc.") it may be "associate"


def _word(found: re.Match[str]) -> str:
    short = found["short"]
    full = _WORDS[short.lower()]
    return full if short[0].isupper() else full.lower()


# "bachelor nautical science": a degree typed without its "'s", before a field of study.
_DEGREE = re.compile(
    r"(?i)^(?P<degree>bachelor|master)(?! of\b)(?= (?:[a-z]+ )?(?:science|studies|engineering"
    r"|nursing|[a-z]+ology|[a-z]+ics)\b)"
)


# An Australian certificate by its level, typed in lower case: "cert iv electrical design".
_LEVELLED = re.compile(r"\b(?P<cert>[Cc]ert(?:ificate)?\.?) (?P<level>iv|i{1,3})(?= [a-z])")


# A skill typed as an abstract noun (session 55): "Proficiency with ODEON, MATLAB and Dirac" is
# what the candidate is ("I am proficient with ..."), never "experience in proficiency with".
_STATE_OF = {
    "proficiency": "I am proficient",
    "fluency": "I am fluent",
    "familiarity": "I am familiar",
    "expertise": "I have expertise",
    "competence": "I am competent",
}
_ABSTRACT = re.compile(
    r"(?i)^(?P<noun>proficiency|fluency|familiarity|expertise|competence)\s+"
    r"(?P<prep>in|with)\s+"
)


_FLUENT_LIST = re.compile(r"^[Ff]luent in [A-Z][a-z]+(?:, [A-Z][a-z]+)*(?:,? and [A-Z][a-z]+)\.?$")


# A degree line typed all in lower case, its subject and school as words, a year last: "bsc
# viticulture & oenology, stellenbosch univ, 2031". Its names take their capitals.
_LOWER_DEGREE = re.compile(
    r"(?P<degree>bsc|msc|ba|ma|beng|meng|bcom|mcom|llb|llm|bed|med|mba|bba|bsn|phd)"
    r"(?P<rest>(?: (?:[a-z]+|&))+(?:, [a-z]+(?: [a-z]+){0,3})?)(?P<year>, (?:19|20)\d\d)?"
)
_DEGREE_CASE = {
    **{d.lower(): d for d in ("BSc", "MSc", "BEng", "MEng", "BCom", "MCom", "LLB", "LLM")},
    **{d.lower(): d for d in ("BEd", "MEd", "MBA", "BBA", "BSN", "PhD", "BA", "MA")},
}
_SMALL = frozenset(["and", "of", "in", "the", "for", "&"])


def _lower_degree(text: str) -> str:
    """ "bsc viticulture & oenology, stellenbosch univ, 2031" -> "BSc Viticulture and
    Oenology, Stellenbosch University, 2031"; any other line as typed."""
    found = _LOWER_DEGREE.fullmatch(text)
    if found is None or not re.search(r"\b(?:univ|university|college)\b", text):
        return text
    rest = re.sub(r"^ agric(?= [a-z])", "", found["rest"])  # "bsc agric viticulture": its subject
    words = []
    for typed in rest.split():
        word, comma = typed.rstrip(","), "," if typed.endswith(",") else ""
        said = ("and" if word == "&" else word) if word in _SMALL else _WORDS.get(word, word)
        words.append(said[:1].upper() + said[1:] + comma if word not in _SMALL else said + comma)
    return f"{_DEGREE_CASE[found['degree']]} {' '.join(words)}{found['year'] or ''}"


# "eng" as the last of a list of languages: English ("afrikaans & eng", "spanish, eng").
_ENGLISH_LAST = re.compile(
    rf"(?i)\b(?P<before>(?:{'|'.join(LANGUAGES)})(?:,| &| and| \+)) eng(?=$|,| and | & )"
)


def spelled(text: str) -> str:
    """ "MSc forestry, Univ. of Eastern Finland 2021" -> "MSc forestry, University of Eastern
    Finland 2021"; "4 yrs advisor @ forest owners' assoc." -> "... forest owners' association"
    (the line's last stop is the short form's, so none is left); other text as typed."""
    text = _lower_degree(text)  # "bsc viticulture & oenology, stellenbosch univ, 2031"
    text = _ENGLISH_LAST.sub(r"\g<before> English", text)  # "sesotho, afrikaans & eng"
    text = _ABSTRACT.sub(lambda m: f"{_STATE_OF[m['noun'].lower()]} {m['prep']} ", text)
    if _FLUENT_LIST.match(text):  # "Fluent in Portuguese, Spanish, English and French"
        text = f"I am {text[0].lower()}{text[1:].rstrip('.')}."
    text = _LEVELLED.sub(lambda m: f"{m['cert']} {m['level'].upper()}", _SHORT.sub(_word, text))
    degree = _DEGREE.sub(lambda m: m["degree"] + "'s", text)  # "bachelor's nautical science"
    return degree if degree == text or degrees.degree(degree) is not None else text


def titled_course(text: str, year: str) -> re.Match[str] | None:
    """ "Certificate in Wound Care (RCN), 2022": a course by its title, its body in brackets,
    and the `year` pattern it was earned in (groups "what" and "year"), or None."""
    return re.fullmatch(
        rf"(?P<what>(?:Certificate|Diploma) (?:in|of) [A-Z][\w'-]*(?: (?:[A-Z][\w'-]*|and|&))*"
        rf"(?: \([A-Z]{{2,8}}\))?),? (?:in )?\(?(?P<year>{year})\)?",
        text,
    )


def course_title(what: str) -> str:
    """ "Certificate in Wound Care" -> "certificate in Wound Care": the kind said in lower case
    after an article, its subject as typed."""
    return what[0].lower() + what[1:] if what.startswith(("Certificate ", "Diploma ")) else what
