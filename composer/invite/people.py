"""Who is who in an invitation: attendees and their names, the candidate, the company.

Names are kept exactly as the invitation spells them; a directory-style "Whitfield, Dana"
becomes "Dana Whitfield". The company comes from the title when it names the organiser's
domain, else from the domain (flagged to check), else from a title that makes it clear.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from composer import regexes as re

# Addresses of mail providers, schedulers and calendar systems: they say nothing of the company.
_NOT_A_COMPANY = {
    "aol.com", "ashbyhq.com", "bamboohr.com", "calendar.google.com", "calendly.com",
    "fastmail.com", "gem.com", "gmail.com", "gmx.com", "gmx.de", "gmx.net", "goodtime.io",
    "googlemail.com", "greenhouse.io", "hey.com", "hotmail.com", "icims.com", "icloud.com",
    "jobvite.com", "lever.co", "live.com", "mac.com", "mail.com", "me.com", "modernloop.io",
    "msn.com", "myworkday.com", "outlook.com", "personio.de", "proton.me", "protonmail.com",
    "recruitee.com", "smartrecruiters.com", "teamtailor.com", "web.de", "workable.com",
    "workday.com", "yahoo.co.uk", "yahoo.com", "yandex.ru", "zoho.com",
}  # fmt: skip


RESOURCE_DOMAINS = ("resource.calendar.google.com",)


_SECOND_LEVEL = {"ac", "co", "com", "gov", "net", "org", "ne", "or", "edu"}


_SEPARATORS = re.compile(
    r"\s+[-–—|/x]\s+|\s*<>\s*|\s*[|:()\[\],]\s*|\s+(?:with|at|for)\s+", re.IGNORECASE
)


_INTERVIEW_WORDS = {
    "and", "call", "chat", "conversation", "final", "first", "hiring", "interview", "interviews",
    "intro", "introductory", "invitation", "invite", "manager", "meeting", "on-site", "onsite",
    "panel", "phone", "round", "screen", "second", "technical", "the", "third", "updated",
    "video", "virtual",
}  # fmt: skip


_NAME_SUFFIXES = {"jr", "sr", "ii", "iii", "iv", "phd", "md", "mba", "cpa", "esq", "dds"}


_TRAILING_NOTE = re.compile(r"\s*(?:\([^()]*\)|\[[^\[\]]*\])\s*\Z")


@dataclass(frozen=True)
class Person:
    """Someone the invitation names: the name as spelled there (None if only an address)."""

    name: str | None
    email: str | None


def _email_of(value: Any) -> str | None:
    text = str(value).strip()
    if text.lower().startswith("mailto:"):
        text = text[len("mailto:") :]
    text = text.strip()
    return text if "@" in text else None


def domain_of(email: str | None) -> str | None:
    return email.rsplit("@", 1)[1].lower().rstrip(".") if email else None


def within(domain: str, parents: Iterable[str]) -> bool:
    return any(domain == parent or domain.endswith("." + parent) for parent in parents)


def _company_label(domain: str) -> str:
    """The name part of a domain: "northwind-analytics" of "mail.northwind-analytics.co.uk"."""
    labels = domain.split(".")
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL and len(labels[-1]) == 2:
        labels = labels[:-2]
    else:
        labels = labels[:-1]
    return labels[-1] if labels else domain


def _letters(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def _clean_name(raw: str | None) -> tuple[str | None, str | None]:
    """The display name as a person's name, and a remark when it had to be changed."""
    if raw is None:
        return None, None
    name = " ".join(raw.strip().strip("\"'").split())
    if not name or "@" in name:
        return None, None
    original = name
    while _TRAILING_NOTE.search(name):  # "Whitfield, Dana (Data Platform)"
        name = _TRAILING_NOTE.sub("", name)
    parts = [part.strip() for part in name.split(",")]
    if (
        len(parts) == 2
        and all(parts)
        and not any(ch.isdigit() for ch in name)
        and parts[1].rstrip(".").casefold() not in _NAME_SUFFIXES
        and len(parts[0].split()) <= 3
        and len(parts[1].split()) <= 3
    ):
        name = f"{parts[1]} {parts[0]}"
    if not name:
        return original, None
    return name, None if name == original else f'"{original}" is written as "{name}"'


def _params(prop: Any) -> dict[str, str]:
    params = getattr(prop, "params", {}) or {}
    return {str(key).upper(): str(value) for key, value in params.items()}


def as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


@dataclass
class Attendee:
    person: Person
    params: dict[str, str]
    remark: str | None


def attendee(prop: Any) -> Attendee:
    params = _params(prop)
    email = _email_of(prop) or _email_of(params.get("EMAIL", ""))
    name, remark = _clean_name(params.get("CN"))
    if name is not None and email is not None and name.casefold() == email.casefold():
        name = None
    return Attendee(Person(name, email), params, remark)


def same_person(one: Person, other: Person) -> bool:
    if one.email and other.email:
        return one.email.casefold() == other.email.casefold()
    return bool(one.name and other.name and one.name.casefold() == other.name.casefold())


def _matches_me(person: Person, me: str) -> bool:
    wanted = me.strip().casefold()
    if person.email and person.email.casefold() == wanted.removeprefix("mailto:"):
        return True
    return bool(
        person.name and " ".join(person.name.split()).casefold() == " ".join(wanted.split())
    )


def label_of(person: Person) -> str:
    if person.name and person.email:
        return f"{person.name} <{person.email}>"
    return person.name or person.email or "an attendee with no name or address"


def _company_domain(organiser: Person | None, others: list[Person]) -> str | None:
    domain = domain_of(organiser.email) if organiser else None
    if domain and not within(domain, _NOT_A_COMPANY):
        return domain
    counts = Counter(
        d for d in (domain_of(p.email) for p in others) if d and not within(d, _NOT_A_COMPANY)
    )
    ranked = counts.most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None


def _segments(summary: str) -> list[str]:
    """The title cut at its separators, with interview words trimmed from each end."""
    pieces = []
    for piece in _SEPARATORS.split(summary):
        words = piece.split()
        while words and words[0].casefold().strip(".") in _INTERVIEW_WORDS:
            words.pop(0)
        while words and words[-1].casefold().strip(".") in _INTERVIEW_WORDS:
            words.pop()
        if words:
            pieces.append(" ".join(words))
    return pieces


def _company_in_summary(summary: str, label: str) -> str | None:
    wanted = _letters(label)
    for piece in _segments(summary):
        letters = _letters(piece)
        if len(letters) >= 3 and (letters.startswith(wanted) or wanted.startswith(letters)):
            return piece
    return None


def _company_from_title_alone(summary: str, people: list[Person]) -> str | None:
    """The company when the title alone makes it clear: "at X", or "X <> the candidate"."""
    names = {_letters(p.name) for p in people if p.name}
    match = re.search(r"\bat\s+(?P<rest>.+)", summary, re.IGNORECASE)
    if match:
        found = _segments(match["rest"])
        if found and _letters(found[0]) not in names:
            return found[0]
    if re.search(r"<>|\s[x/|]\s", summary):
        sides = [piece for piece in _segments(summary) if _letters(piece) not in names]
        if len(sides) == 1:
            return sides[0]
    return None


def _guess_from_domain(label: str) -> str:
    return " ".join(word.capitalize() for word in re.split(r"[-_]+", label) if word)


def find_candidate(
    people: list[Person],
    organiser: Person | None,
    me: str | Sequence[str] | None,
    remarks: list[str],
    unread: list[str],
) -> Person | None:
    wanted = [me] if isinstance(me, str) else list(me or ())
    for person in people:
        if any(_matches_me(person, who) for who in wanted if who):
            return person
    if any(wanted):
        remarks.append(f"{' or '.join(w for w in wanted if w)} is not among the attendees")
    home = _company_domain(organiser, people)
    outside = [p for p in people if home is None or domain_of(p.email) != home]
    if home is not None and len(outside) == 1:
        return outside[0]
    unread.append(
        "candidate: could not tell which attendee is you, so every attendee is listed as an "
        "interviewer; pass --me YOUR-ADDRESS, or delete yourself from interviewers"
    )
    return None


def find_company(
    summary: str | None,
    organiser: Person | None,
    others: list[Person],
    candidate: Person | None,
    remarks: list[str],
    unread: list[str],
) -> str | None:
    colleagues = [p for p in others if candidate is None or not same_person(p, candidate)]
    if organiser is not None and candidate is not None and same_person(organiser, candidate):
        organiser = None  # the candidate sent the invitation: their domain is not the company's
    domain = _company_domain(organiser, colleagues)
    if domain is not None:
        label = _company_label(domain)
        if summary:
            named = _company_in_summary(summary, label)
            if named:
                return named
        guess = _guess_from_domain(label)
        remarks.append(
            f'company "{guess}" is a guess from the address domain {domain}; check its spelling'
        )
        return guess
    if summary:
        named = _company_from_title_alone(summary, [*others, *([candidate] if candidate else [])])
        if named:
            return named
    unread.append("company: neither the addresses nor the title name it clearly; add it")
    return None
