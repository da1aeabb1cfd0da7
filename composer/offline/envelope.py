"""The parts of a letter around its body: greeting, sign-off and a printed letter's letterhead.

Each follows the register of the tone and the reader's seniority: a formal letter signs off
"Sincerely," ("Yours sincerely," in British English) and greets by the full name when the notes
give no salutation; a warm or concise email may greet a first name with "Hello" or "Hi", but
not a senior reader (a chair, a chief officer, a partner, a director, a judge), who is greeted
"Dear" by the full name unless a salutation says otherwise and gets a "regards" sign-off. The
wordings come from the phrasebook.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from collections.abc import Sequence

from composer import regexes as re
from composer.dates import letter_date
from composer.english import (
    BRITISH_SPELLING_RE,
    GREETING_WORDS,
    RANK_TITLES,
    SENIOR_TITLE_RE,
    TITLES,
    company_in_prose,
    given_name,
    is_title,
    title_as_written,
)
from composer.models import Interviewer, Notes
from composer.offline import lexicon, phrasebook
from composer.offline.phrasebook import Variation

_GREETING_WORD = re.compile(rf"^(?:{GREETING_WORDS})\b[\s,]*", re.I)
_TITLE_WORDS = {title: RANK_TITLES.get(title, title.capitalize()) for title in TITLES}
# "Mr Harcourt", "Dr Marsh", "Sir Malcolm": a title as British English writes it.
_BRITISH_TITLE = re.compile(r"^(?:(?:Mr|Mrs|Ms|Mx|Dr)\s|(?:Sir|Dame)\s)")


# How and when the interview happened, as an adverbial and as a noun ("{whose} phone call").
_MET = {
    "phone": ("on the phone {when}", "{whose} phone call"),
    "video": ("on our video call {when}", "{whose} video call"),
    "onsite": ("during my visit {when}", "{whose} on-site interview"),
    "panel": ("at {whose} panel", "{whose} panel interview"),
}


def met(how: str | None, when: str, whose: str) -> tuple[str, str]:
    """How the interview happened (`Interview.format`), as an adverbial and as a noun: ("on the
    phone yesterday", "yesterday's phone call"); `when` "yesterday", `whose` "yesterday's"."""
    adverb, noun = _MET.get(how or "", ("{when}", "our conversation {when}"))
    return adverb.format(when=when, whose=whose), noun.format(when=when, whose=whose)


def senior(person: Interviewer) -> bool:
    """True when their title marks a senior reader: "Chair of the Board", "Managing Partner"."""
    return bool(person.title and SENIOR_TITLE_RE.search(person.title))


# Offices whose holder a warm letter still greets by the full name when the notes give no
# salutation: a judge, a board's chair, a dean. A director or a chief officer is greeted by
# the first name in a warm or concise letter, with "Dear" (see `greeting`).
_OFFICE = re.compile(
    r"\b(?:chair(?:man|woman|person)?|judge|justice|dean|professor|minister|board|president)\b",
    re.IGNORECASE,
)


def addressed_by_office(person: Interviewer) -> bool:
    """True when their title is an office a greeting does not shorten to a first name."""
    return bool(person.title and _OFFICE.search(person.title))


# Where the candidate is, as the notes' contact details give it: a UK phone number ("+44 131
# ...", "07700 900744"), a .uk address ("i.fairbairn@example.ac.uk"), a UK postcode ("EH9 1HE").
# Ireland, Australia, New Zealand and South Africa write letters as Britain does (the day first,
# "Yours sincerely,"): their country codes, their addresses' endings and an Irish Eircode
# ("P31 X2K8") count too.
_UK_PHONE = re.compile(r"^\s*(?:\+\s*(?:44|353|61|64|27)\b|0044|0[1-37]\d{2,3}\s?\d)")
_UK_EMAIL = re.compile(r"\.(?:uk|ie|au|nz|za)\s*$", re.IGNORECASE)
_UK_POSTCODE = re.compile(
    r"\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b|\b[AC-FHKNPRTV-Y]\d[\dW]\s[AC-FHKNPRTV-Y\d]{4}\b"
)


def british(notes: Notes) -> bool:
    """True when the notes are written in British English: its titles, its spellings, a sum in
    pounds, or a candidate in the UK or a country that writes letters as the UK does (Ireland,
    Australia, New Zealand, South Africa) by their contact details (phone, email, postcode)."""
    if any(_BRITISH_TITLE.match(p.salutation or "") for p in notes.interviewers):
        return True
    items = [notes.role, notes.contribution or "", notes.follow_up or ""]
    items += [*notes.qualifications, *notes.highlights]
    items += [topic for person in notes.interviewers for topic in person.topics]
    if any("£" in item for item in items):
        return True
    candidate = notes.candidate
    if _UK_PHONE.match(candidate.phone or "") or _UK_EMAIL.search(candidate.email or ""):
        return True
    if _UK_POSTCODE.search("\n".join(candidate.address_lines())):
        return True
    return any(map(_british_spelling, items))


# A candidate in the United States by their contact details: a North American phone number
# ("(215) 555-0143", "+1 512 555 0190") or a state and ZIP code in the address ("PA 19147").
# A North American area code never starts with 0 or 1: "087 555 0192" is an Irish mobile.
_US_PHONE = re.compile(r"^\s*(?:\+\s*1[\s.-]*)?\(?[2-9]\d{2}\)?[\s.-]*\d{3}[\s.-]*\d{4}\s*$")
_US_ZIP = re.compile(r"\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b")


def american(notes: Notes) -> bool:
    """True when the candidate writes from the United States (not British English, and a US
    phone number or ZIP code): a printed letter is dated month first there."""
    candidate = notes.candidate
    if british(notes):
        return False
    if _US_PHONE.match(candidate.phone or ""):
        return True
    return bool(_US_ZIP.search("\n".join(candidate.address_lines())))


@functools.lru_cache(maxsize=1024)  # asked for each letter's sign-off, of every note item: a
# file's topics are its own words, so the cache stays small (tests/test_rules_memory.py)
def _british_spelling(text: str) -> bool:
    return bool(BRITISH_SPELLING_RE.search(text))


# A note typed after the salutation: "Chị Lan (she said call her chị Lan) - in letter ... ??"
_NOTE_AFTER = re.compile(r"\s*(?:\(|\s[-–—]\s|\?\?)")


def salutation(person: Interviewer, tone: str) -> str:
    """How the greeting names them: the notes' salutation as a name, else a name by tone.

    A salutation typed as a whole greeting ("Dear Dana", "Ms. Whitfield,") loses the greeting
    word and punctuation, and a word of their name typed in lower case takes the name's
    spelling. With none given, a formal letter, or one to the holder of an office (a judge, a
    chair), uses the full name, and a warm or concise one the first name ("Dear Maya,").
    """
    typed = _NOTE_AFTER.split((person.salutation or "").strip(), maxsplit=1)[0]  # "X (she said"
    text = _GREETING_WORD.sub("", typed).strip().rstrip(",;:!?")
    if text.endswith(".") and text[:-1].rsplit(" ", 1)[-1].lower() not in _TITLE_WORDS:
        text = text[:-1]
    if not any(w.rstrip(".").lower() not in _TITLE_WORDS for w in text.split()):
        words = person.name.split()
        if len(words) > 1 and is_title(words[0], person.name):
            # A title in the name is how they are addressed: "Dr Reeve", "Sir Malcolm"
            title = words[0].rstrip(".").lower()
            first = title in ("sir", "madam")
            said = RANK_TITLES.get(title, words[0])  # "Capt." is greeted "Captain"
            return f"{said} {words[1] if first else words[-1]}"
        formal = tone == "formal" or addressed_by_office(person)
        return person.name if formal else given_name(person.name)  # "Ing. Carla ...": "Carla"
    spelled = {word.casefold(): word for word in person.name.split()}
    words = []
    for word in text.split():
        bare = word.rstrip(".")
        if bare.lower() in RANK_TITLES:
            word = RANK_TITLES[bare.lower()]  # "Dear Capt. Berg" -> "Dear Captain Berg"
        elif bare.lower() in _TITLE_WORDS and bare.islower():
            word = _TITLE_WORDS[bare.lower()] + word[len(bare) :]
        # the spelling with more capitals: "ms. devries" takes the name's "DeVries", and
        # "Captain McLeod" stays as typed when the name was typed "capt. sarah mcleod"
        named = spelled.get(word.casefold(), word)
        words.append(max((word, named), key=lambda w: sum(map(str.isupper, w))))
    return " ".join(words)


def _informal(person: Interviewer, tone: str, channel: str) -> bool:
    """True when their greeting may be "Hi" or "Hello": a warm or concise email to a first name
    who holds no senior office."""
    name = salutation(person, tone)
    informal = channel == "email" and tone != "formal" and " " not in name and "." not in name
    return informal and not senior(person)


def greeting(
    person: Interviewer,
    tone: str,
    channel: str,
    variation: Variation,
    panel: Sequence[Interviewer] = (),
) -> str:
    """ "Dear Ms. Whitfield,", or "Hi Dana," in a warm or concise email to a first name.

    Letters to one panel open in one register with one word (panellists compare letters: "Hi
    Mette," beside "Dear Henrik," reads as a slight): the word is the panel's, not the
    panellist's, and "Dear" for all when any of them is greeted "Dear" by name or office.
    """
    name = salutation(person, tone)
    informal = all(_informal(reader, tone, channel) for reader in (person, *panel))
    words = phrasebook.table_value(phrasebook.GREETING_WORD, tone if informal else "any", channel)
    return f"{dataclasses.replace(variation, offset=0).order('greeting', words)[0]} {name},"


def sign_off(notes: Notes, person: Interviewer | None, variation: Variation) -> str:
    """ "Sincerely," ("Yours sincerely," in British English), else by tone and seniority; a
    printed letter in a warm or concise tone "Kind regards,", never "Best,"."""
    if notes.tone == "formal":
        return "Yours sincerely," if british(notes) else phrasebook.SIGN_OFF["formal"][0]
    if notes.channel == "letter":
        return variation.order("sign-off", phrasebook.SIGN_OFF_PRINTED)[0]
    options = phrasebook.SIGN_OFF[notes.tone]
    if person is not None and senior(person):
        options = phrasebook.SIGN_OFF_SENIOR
    return variation.order("sign-off", options)[0]


def signature(notes: Notes, variation: Variation, person: Interviewer | None = None) -> str:
    """The sign-off by tone and reader, the candidate's name, and their phone in an email."""
    sign_off_line = sign_off(notes, person, variation)
    candidate = notes.candidate
    lines = [sign_off_line, candidate.name]
    if candidate.phone and notes.channel == "email":  # a printed letter has it in its letterhead
        lines.append(candidate.phone)
    return "\n".join(lines)


# A public body named by its kind takes "the" in a sentence: "at the Probation Service", "at
# the Northern Centre for Cancer Care", "with the Environment Agency"; the kind is the word
# before "of"/"for", else the last word of the name (before a comma or a bracket).
_BODIES = frozenset(
    ["service", "centre", "center", "agency", "authority", "commission", "foundation",
     "institute", "department", "ministry", "office", "museum", "library", "inspectorate",
     "executive", "directorate", "tribunal", "court", "bureau", "board", "secretariat"]
)  # fmt: skip


# A bracket after the company is the note-taker's aside or the parent group ("Elmfield House
# Care Home (Larchwood Care Group)"): the letterhead keeps it, a sentence leaves it off.
_COMPANY_BRACKET = re.compile(r"\s*\([^()]*\)\s*$")


def _owner_name(word: str) -> bool:
    """True for a name in the possessive ("Luke's", "Thomas'"); never a common noun in it
    ("Women's Health Council", "Children's Services" take "the")."""
    found = re.fullmatch(r"([A-Z][\w.-]*?)(?:'s|')", word.replace("’", "'"))
    return found is not None and not lexicon.known(found.group(1).lower())


# A company's legal form, which a letterhead keeps and a sentence leaves off ("the Treasury
# Analyst role at Straits Meridian Shipping", not "... Shipping Pte. Ltd."); "& Co." is a name's.
_LEGAL_FORM = re.compile(
    r"(?<=\w)(?:,?\s+(?:\(Pty\)|Pty\.?|Pte\.?|Pvt\.?|Private))?"
    r"(?:,?\s+(?:Ltd\.?|Limited|Inc\.?|LLC|GmbH|plc|PLC|AG|S\.A\.|AB|A/S|Oy|B\.V\.|N\.V\."
    r"|S\.r\.l\.|S\.p\.A\.|LLP|Lda\.?|Ltda\.?|SpA|Sdn\.? Bhd\.?|ApS|S\.L\.))+\s*$"
)


def company_said(company: str) -> str:
    """The company as a sentence names it after "at" or "with": without a bracket after the
    name ("Elmfield House Care Home") or its legal form ("Straits Meridian Shipping", not
    "... Pte. Ltd."); a public body with "the" ("the Probation Service, West Midlands
    Region"); else as `company_in_prose` has it ("the University of Durham", "Bank
    of America"). A name in the possessive takes no "the" ("St. Luke's Regional Medical
    Center")."""
    company = _COMPANY_BRACKET.sub("", company).strip() or company
    firm = _LEGAL_FORM.search(company) is not None  # "Nordvind Service A/S" is a firm's name
    company = _LEGAL_FORM.sub("", company).strip(" ,") or company
    head = re.split(r"[,(]", company, maxsplit=1)[0].split()
    linked = next((i for i, w in enumerate(head) if w in ("of", "for")), len(head))
    kind = head[linked - 1].casefold() if linked > 0 else ""
    # a name in the possessive is the determiner already: "St. Luke's Regional Medical
    # Center", never "the St. Luke's ..." (reader 13)
    owned = any(_owner_name(w) for w in head[: linked - 1])
    if len(head) > 1 and kind in _BODIES and head[0].casefold() != "the" and not (owned or firm):
        return f"the {company}"
    return company_in_prose(company)


def letterhead(notes: Notes, person: Interviewer, send_day: dt.date) -> str:
    """A printed letter's top: sender, the date it goes out and recipient, from the notes."""
    candidate = notes.candidate
    sender = [candidate.name, *candidate.address_lines()]
    sender += [line for line in (candidate.email, candidate.phone) if line]
    recipient = [person.name, title_as_written(person.title or ""), notes.company]
    return "\n\n".join(
        [
            "\n".join(sender),
            letter_date(send_day, month_first=american(notes)),
            "\n".join(line for line in recipient if line),
        ]
    )
