"""English word facts shared by the rules, the offline writer, the prompts and the CLI.

How words are found and counted, titles, greeting and sign-off words, abbreviations that end in a
stop without ending a sentence, and the spelling dialects a letter can be held to (a role's
name is `rolename`'s, the short forms notes type `shortforms`'). Pure data and pure functions.
"""

from __future__ import annotations

import re

from composer.errors import InputError

__all__ = [
    "ABBREVIATIONS",
    "ASCII_LETTERS",
    "BRITISH_SPELLING_RE",
    "CASUAL_GREETINGS",
    "CASUAL_SIGNOFFS",
    "DIALECTS",
    "DIALECT_ALIASES",
    "GIVEN_TOO",
    "GREETING_RE",
    "GREETING_WORDS",
    "LEGAL_SUFFIXES",
    "MISSPELLINGS",
    "NAME_ABBREVIATIONS",
    "RANK_TITLES",
    "SENIOR_TITLE_RE",
    "SIGNOFF_PHRASES",
    "TITLES",
    "WORD_RE",
    "company_in_prose",
    "count_words",
    "dialect_name",
    "ends_on_abbreviation",
    "given_name",
    "is_title",
    "spell_out_dates",
]

# A word: letters or digits, joined by apostrophes or hyphens ("O'Connor-Ramírez", "docs-as-code"),
# or by . , : / between digits ("12,000", "2.5", "10:30").
WORD_RE = re.compile(r"[^\W_]+(?:(?:['\-]|(?<=\d)[.,:/](?=\d))[^\W_]+)*")

_COUNTED_RE = re.compile(r"[^\W_]\S*")


def count_words(text: str) -> int:
    """Words as a person counts them: runs of non-space holding a letter or digit.

    An email address or "docs-as-code" is one word; a lone dash or "&" is none.
    """
    return len(_COUNTED_RE.findall(text))  # a run of non-space ends at any kind of space


GREETING_WORDS = r"dear|hello|hi|hey|greetings|good\s+(?:morning|afternoon|evening|day)"
GREETING_RE = re.compile(rf"^\s*(?:{GREETING_WORDS})\b", re.IGNORECASE)

SIGNOFF_PHRASES = (
    "best",
    "best regards",
    "best wishes",
    "all the best",
    "kind regards",
    "kindest regards",
    "warm regards",
    "warmest regards",
    "warm wishes",
    "warmly",
    "regards",
    "with best regards",
    "with kind regards",
    "with warm regards",
    "with thanks",
    "with many thanks",
    "with gratitude",
    "with appreciation",
    "with sincere thanks",
    "many thanks",
    "sincerely",
    "sincerely yours",
    "yours sincerely",
    "yours faithfully",
    "yours truly",
    "respectfully",
    "respectfully yours",
    "thank you",
    "thank you again",
    "thanks",
    "thanks again",
    "thanks so much",
    "gratefully",
    "cheers",
    "cordially",
    "all best",
    "with best wishes",
    "warmest wishes",
    "yours respectfully",
    "very truly yours",
    "thank you for your time",
    "thank you for your consideration",
    "thank you for your time and consideration",
    "thanks for your time",
    "many thanks again",
    "with warmest regards",
    "with sincere appreciation",
)

# Sign-offs and greeting words too casual for a formal letter (career guides: never "Cheers").
CASUAL_SIGNOFFS = frozenset(
    {"cheers", "best", "all best", "thanks", "thanks again", "thanks so much", "thx",
     "take care", "talk soon", "speak soon", "see you soon", "later", "ta"}
)  # fmt: skip
CASUAL_GREETINGS = frozenset({"hi", "hey", "hiya", "yo", "howdy"})

# Misspellings of the words thank-you letters are made of (lower case) -> the right spelling:
# the proofreader reports them, and the parser still knows "Sincerly," for a sign-off.
MISSPELLINGS: dict[str, str] = {
    **dict.fromkeys(("recieve", "recive", "receeve"), "receive"),
    **dict.fromkeys(("recieved", "recived"), "received"),
    "recieving": "receiving",
    **dict.fromkeys(("definately", "definatly", "definetly", "defintely"), "definitely"),
    **dict.fromkeys(
        ("oppurtunity", "oppertunity", "opportunty", "oportunity", "opprotunity"), "opportunity"
    ),
    **dict.fromkeys(("oppurtunities", "oppertunities", "oportunities"), "opportunities"),
    **dict.fromkeys(("interveiw", "interivew", "inteview", "intreview", "interveiew"), "interview"),
    **dict.fromkeys(("interveiwing", "inteviewing"), "interviewing"),
    **dict.fromkeys(("managment", "managament", "managemant"), "management"),
    **dict.fromkeys(
        ("sincerly", "sincerley", "sincerelly", "sincerelly", "sinserely"), "sincerely"
    ),
    **dict.fromkeys(("apreciate", "appriciate", "appreaciate"), "appreciate"),
    **dict.fromkeys(("apreciated", "appriciated"), "appreciated"),
    **dict.fromkeys(("greatful", "gratefull"), "grateful"),
    **dict.fromkeys(("collegue", "colleauge", "colleage"), "colleague"),
    **dict.fromkeys(("collegues", "colleauges", "colleages"), "colleagues"),
    **dict.fromkeys(("experiance", "experiense"), "experience"),
    **dict.fromkeys(("sucessful", "succesful", "successfull"), "successful"),
    **dict.fromkeys(("recomend", "reccomend", "reccommend"), "recommend"),
    **dict.fromkeys(("recomendation", "reccomendation"), "recommendation"),
    "truely": "truly",
    "thier": "their",
    "untill": "until",
    "seperate": "separate",
    "acheive": "achieve",
    "beleive": "believe",
    "knowlege": "knowledge",
    "enviroment": "environment",
    "excellant": "excellent",
    "responsibilty": "responsibility",
    "comittee": "committee",
    "commitee": "committee",
    "posistion": "position",
    "postion": "position",
    "enthusiasim": "enthusiasm",
    "enthousiasm": "enthusiasm",
}

# Ranks and offices a name may carry, each as a greeting spells it out ("Capt. Rolf Berg" is
# greeted "Dear Captain Berg,").
RANK_TITLES = {
    "capt": "Captain",
    "captain": "Captain",
    "sgt": "Sergeant",
    "sergeant": "Sergeant",
    "lt": "Lieutenant",
    "lieutenant": "Lieutenant",
    "col": "Colonel",
    "colonel": "Colonel",
    "cdr": "Commander",
    "cmdr": "Commander",
    "rev": "Reverend",
    "revd": "Reverend",
    "reverend": "Reverend",
    "cllr": "Councillor",
    "councillor": "Councillor",
}
TITLES = frozenset(
    {"mr", "ms", "mrs", "mx", "dr", "prof", "professor", "miss", "sir", "madam", *RANK_TITLES}
)
# Ranks that are given names too: "Col Hartigan" (Colin, typed with no stop and no other name)
# is greeted "Dear Col,"; "Col. Hartigan" and "Col Brian Hartigan" are the colonel.
GIVEN_TOO = frozenset({"col"})


def is_title(word: str, name: str) -> bool:
    """Whether `word` of the name `name` is a title, not one of their names."""
    bare = word.rstrip(".").casefold()
    if bare not in TITLES:
        return False
    return not (bare in GIVEN_TOO and word[-1] != "." and len(name.split()) == 2)


# A given name romanised from Chinese or Korean, its syllables joined by a hyphen and the second
# in lower case ("Wen-chieh", "Ji-hoon"): typed after the family name, which is not the given.
_FAMILY_FIRST = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{2,6}")


# Vietnamese family names, said first; the name a Vietnamese is called by is the last word.
_VIETNAMESE_FAMILY = frozenset(
    ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
     "Hồ", "Ngô", "Dương", "Lý", "Nguyen", "Tran", "Pham", "Hoang", "Huynh", "Dang", "Bui"]
)  # fmt: skip
_VIETNAMESE_LETTERS = frozenset("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")


def given_name(name: str) -> str:
    """The first word of `name` that is not a title: "Dr. Tomasz Wiśniewski" gives "Tomasz";
    nor, in a name of three words or more, a word cut short with a stop, a title of another
    language or an initial ("Ing. Carla Vargas", "M. Cheikh Ndiaye"): "Carla", "Cheikh"."""
    words = name.split()
    if len(words) == 2 and _FAMILY_FIRST.fullmatch(words[1]) and words[0].isalpha():
        return words[1]  # "Huang Wen-chieh": the family name first, the given name after it
    if (
        len(words) >= 3
        and words[0] in _VIETNAMESE_FAMILY
        and (
            words[1] in ("Văn", "Thị", "Van", "Thi")
            or any(set(w) & _VIETNAMESE_LETTERS for w in words)
        )
    ):
        return words[-1]  # "Phan Thị Ngọc Anh" is called Anh (round 61, h1582)
    cut = len(words) > 2
    return next(
        (w for w in words if not is_title(w, name) and not (cut and w[-1] == ".")),
        words[0],
    )


# Letters that Unicode does not split into a base letter and an accent, in plain ASCII.
ASCII_LETTERS = str.maketrans(
    {"Ø": "O", "ø": "o", "Æ": "AE", "æ": "ae", "Œ": "OE", "œ": "oe", "ß": "ss", "Ł": "L",
     "ł": "l", "Đ": "D", "đ": "d", "Ð": "D", "ð": "d", "Þ": "Th", "þ": "th", "ı": "i"}
)  # fmt: skip

# Words that end in a stop without ending a sentence ("Dr. Lee", "e.g. this").
ABBREVIATIONS = frozenset(
    {*TITLES, "st", "jr", "sr", "vs", "etc", "e.g", "i.e", "inc", "ltd", "co", "corp", "approx",
     "ch", "fig", "vol", "pp", "incl",
     # titles of other languages a panellist is named with: "Dra. Orozco", "Mag. Leitner"
     "dra", "sra", "srta", "dott", "dott.ssa", "ing", "eng", "arq", "lic", "mag", "mme", "mlle"}
)  # fmt: skip


def ends_on_abbreviation(text: str) -> bool:
    """Whether `text` ends on an abbreviation's full stop ("asked Dr.", "approx."): a stop
    that ends no sentence, so no cut is made after it."""
    word = re.search(r"([\w.]+)\.$", text)
    return word is not None and word[1].lower() in ABBREVIATIONS


def cut_at_stops(text: str, stops: str) -> list[str]:
    """`text` cut where the pattern `stops` matches, a piece that ends on an abbreviation's full
    stop ("Mr. Lindqvist", "Dra. Orozco") joined to the piece after it."""
    pieces: list[str] = []
    for piece in re.split(stops, text):
        if pieces and ends_on_abbreviation(pieces[-1]):
            pieces[-1] += " " + piece
        else:
            pieces.append(piece)
    return pieces


# Words that may end a company's name with a stop ("Foo Ltd.", "Bar S.A."): a sentence must not
# end right after one, or the stop reads as a typo.
NAME_ABBREVIATIONS = frozenset(
    {"mr", "ms", "mrs", "mx", "dr", "prof", "st", "jr", "sr", "vs", "etc", "inc", "ltd", "co",
     "corp", "llc", "plc", "gmbh", "ag", "sa", "bros", "no", "dept", "univ", "assn"}
)  # fmt: skip

# Legal forms a letter may leave off a company's name ("Hart & Mills" for "Hart & Mills Ltd"),
# folded and without stops. "Co." is not one: "& Co." is part of the name, and "Company" is
# another spelling of it.
LEGAL_SUFFIXES = frozenset(
    {"inc", "incorporated", "llc", "ltd", "limited", "corp", "corporation", "gmbh", "plc", "ag",
     "sa", "s.a", "llp", "lp", "bv", "nv", "pty", "a/s", "as", "ab", "oy", "sarl", "srl", "spa",
     "s.p.a", "kg", "se", "ug", "pvt", "pte", "b.v", "n.v", "s.r.l", "s.l", "e.v", "lda",
     "ltda", "sdn", "bhd", "aps"}
)  # fmt: skip
# The legal forms as a name writes them, for a name typed all in lower case ("ltd" -> "Ltd",
# "bv" -> "BV", "plc" stays small): `secondnotes.company_capitals`. "Co" is here, though no
# suffix a letter may leave off (above).
LEGAL_SUFFIX_WRITTEN = {
    "ltd": "Ltd",
    "limited": "Limited",
    "inc": "Inc",
    "llc": "LLC",
    "llp": "LLP",
    "plc": "plc",
    "co": "Co",
    "gmbh": "GmbH",
    "ag": "AG",
    "bv": "BV",
    "nv": "NV",
    "sa": "SA",
    "srl": "Srl",
    "as": "AS",
    "ab": "AB",
    "oy": "Oy",
    "pty": "Pty",
    "pte": "Pte",
    "sas": "SAS",
    "spa": "SpA",
}

# Institutions named "<kind> of <place>" take "the" in a sentence: "at the University of Durham",
# "with the Department for Education"; "University College London" and "Bank of America" do not.
_INSTITUTIONS = frozenset(
    [
        "university", "college", "school", "institute", "academy", "museum", "ministry",
        "department", "city", "county", "council", "borough", "library", "gallery", "hospital",
        "office", "society", "federation", "diocese", "court", "tribunal",
    ]
)  # fmt: skip


def company_in_prose(company: str) -> str:
    """The company as a sentence names it after "at" or "with": "the University of Durham",
    "the Halvorsen Museum of Contemporary Art"; a firm's name ("Bank of America") as written."""
    words = company.split()
    linked = [i for i, w in enumerate(words) if w.casefold() in ("of", "for")]
    if (
        len(words) > 2
        and linked
        and linked[0] > 0
        and words[0].casefold() != "the"
        and words[linked[0] - 1].casefold() in _INSTITUTIONS
    ):
        return f"the {company}"
    return company


# The spelling dialects, by the values of harper.Dialect (kept here, so choosing one imports
# no checker).
AMERICAN, BRITISH, AUSTRALIAN, CANADIAN, INDIAN = 0, 1, 2, 3, 4

DIALECTS: dict[str, int] = {
    "american": AMERICAN,
    "british": BRITISH,
    "australian": AUSTRALIAN,
    "canadian": CANADIAN,
    "indian": INDIAN,
}
DIALECT_ALIASES: dict[str, str] = {
    "us": "american",
    "en-us": "american",
    "en_us": "american",
    "uk": "british",
    "gb": "british",
    "en-gb": "british",
    "en_gb": "british",
    "au": "australian",
    "en-au": "australian",
    "en_au": "australian",
    "ca": "canadian",
    "en-ca": "canadian",
    "en_ca": "canadian",
    "in": "indian",
    "en-in": "indian",
    "en_in": "indian",
}


def dialect_name(dialect: str | None) -> str | None:
    """The dialect's key in DIALECTS ("en-GB" is "british"), or None; InputError if unknown."""
    if dialect is None or not dialect.strip():
        return None
    key = dialect.strip().casefold()
    key = DIALECT_ALIASES.get(key, key)
    if key not in DIALECTS:
        choices = ", ".join(DIALECTS)
        raise InputError(f"unknown English dialect {dialect!r}: choose one of {choices}")
    return key


# Small counts a letter spells out ("three paralegals" for the notes' "3 paralegals"): checks
# that compare a letter with its notes read the word and the digit as one.
SPELLED_NUMBERS = {
    word: str(number)
    for number, word in enumerate(
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"], start=1
    )
}
SPELLED_DIGITS = {digit: word for word, digit in SPELLED_NUMBERS.items()}  # "4" -> "four"


# Words of a job title that mark a senior reader (a board chair, a partner, a judge): the
# greeting and sign-off stay formal whatever the tone. "Business Partner" and "Talent
# Acquisition Partner" name a colleague's function, not seniority.
SENIOR_TITLE_RE = re.compile(
    r"\b(?:chair(?:man|woman|person)?|chief|c[efiotp]o|(?<!business )(?<!acquisition )partner"
    r"|director|president|vp|professor|judge|justice|dean|founder|board|minister)\b",
    re.IGNORECASE,
)
# Spellings only British English uses, for telling which conventions a letter should follow
# ("Yours sincerely,"): a handful common in job notes.
BRITISH_SPELLING_RE = re.compile(
    r"\b(?:\w+isation|organis\w*|recognis\w*|prioritis\w*|specialis\w*|programme\w*|colour\w*"
    r"|behaviour\w*|favourite\w*|centre\w*|licence|labour\w*|honour\w*|defence|judgement"
    r"|travell\w+|analys(?:e|ed|ing)|practis\w+)\b",
    re.IGNORECASE,
)


# Day and month names as notes shorten them ("Fri", "Sept", "12 Dec"), written out for a letter.
SHORT_NAMES = {
    "mon": "Monday", "tue": "Tuesday", "tues": "Tuesday", "wed": "Wednesday", "weds": "Wednesday",
    "thu": "Thursday", "thur": "Thursday", "thurs": "Thursday", "fri": "Friday",
    "sat": "Saturday", "sun": "Sunday", "jan": "January", "feb": "February", "mar": "March",
    "apr": "April", "jun": "June", "jul": "July", "aug": "August", "sep": "September",
    "sept": "September", "oct": "October", "nov": "November", "dec": "December",
}  # fmt: skip
# Capitalised only: "mar" and "sat" in lower case are other words.
_SHORT_NAME_RE = re.compile(
    r"\b(Mon|Tues?|Wed|Thur?s?|Fri|Sat|Sun|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?"
)


def spell_out_dates(text: str) -> str:
    """Short day and month names written out: "Fri 12 Dec" -> "Friday 12 December"."""
    return _SHORT_NAME_RE.sub(lambda m: SHORT_NAMES[m[1].lower()], text)


# Note-taking shorthand in a job title typed all in lower case, as a letterhead writes it out.
# Ambiguous clippings ("tech": technical or technician; "admin") are left as typed.
_TITLE_SHORT = {
    **dict.fromkeys(("mgr", "mngr", "mgmr"), "Manager"),
    **dict.fromkeys(("snr", "sr"), "Senior"),
    **dict.fromkeys(("jnr", "jr"), "Junior"),
    **dict.fromkeys(("supv", "supvr"), "Supervisor"),
    **dict.fromkeys(("mkt", "mktg"), "Marketing"),
    "dir": "Director",
    "asst": "Assistant",
    "assoc": "Associate",
    "ops": "Operations",
    "eng": "Engineering",
    "engr": "Engineer",
    "dept": "Department",
    "exec": "Executive",
    "coord": "Coordinator",
    "rep": "Representative",
    "bp": "Business Partner",
}
# Job titles typed by their initials ("hr", "vp", "gm"): written in capitals.
TITLE_INITIALS = frozenset(
    [
        *("hr", "vp", "svp", "evp", "avp", "ceo", "cfo", "coo", "cto", "cio", "cmo", "cpo"),
        *("it", "qa", "ux", "ui", "pm", "gm", "md", "hse", "rn", "hrbp", "r&d"),
    ]
)
_TITLE_SMALL = frozenset(["of", "and", "the", "for", "to", "in", "at", "on", "&"])


def title_as_written(title: str) -> str:
    """A job title as a letterhead writes it: typed all in lower case, with its shorthand
    written out and each word capitalised ("workshop mgr" -> "Workshop Manager", "head of ops"
    -> "Head of Operations", "vp sales" -> "VP Sales"); typed with a capital past its first
    letter ("Workshop Mgr", "Head of IT"), as typed."""
    if title[1:] != title[1:].lower() or not re.search(r"[a-z]", title):
        return title

    def word(found: re.Match[str]) -> str:
        typed = found.group().lower()
        if typed in _TITLE_SHORT:
            return _TITLE_SHORT[typed]
        if typed in TITLE_INITIALS:
            return typed.upper()
        if typed in _TITLE_SMALL and found.start() > 0:
            return typed
        return typed[:1].upper() + typed[1:]

    return re.sub(r"[A-Za-z&]+(?:'[a-z]+)?", word, title)
