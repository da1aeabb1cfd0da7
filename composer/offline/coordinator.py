"""The offline letter to a large panel's coordinator: one letter that thanks everyone.

The plan: thanks to the coordinator for arranging the day (role, company, when); the panel,
every member named in full (a printed letter adds each one's title); the candidate's strongest
points and contribution, said once for the whole panel; a request to pass the thanks on, with
the next step. No topic of a single conversation and no panellist's personal note: those
belong in the panellists' own letters. The candidate's sentences come from the same builders
as the panellists' letters (`clause`, `next_steps_line`), so a point reads the same in both.
"""

from __future__ import annotations

import datetime as dt
from itertools import zip_longest

from composer import regexes as re
from composer.channels import channel_spec
from composer.dates import send_by_date
from composer.english import TITLES
from composer.models import Interviewer, Notes
from composer.offline import envelope, phrasebook
from composer.offline.casing import sentence
from composer.offline.cleaning import join_list
from composer.offline.envelope import letterhead, salutation
from composer.offline.followup import next_steps_line
from composer.offline.items import said_for
from composer.offline.offer import read_offer
from composer.offline.phrasebook import Variation, seed_for
from composer.offline.phrases import Phrase, analyse
from composer.offline.screen import is_instruction
from composer.offline.stepdates import month_first
from composer.offline.usable import lowercase_words, usable_points
from composer.offline.writer import Written
from composer.rolename import role_phrase, role_title
from composer.rules.text import parse

# Earned titles keep their place before a panellist's full name; courtesy titles (Ms., Mr.)
# are for a greeting, not for a list of full names.
_EARNED = {"dr": "Dr.", "prof": "Professor", "professor": "Professor"}
_LOWER_STARTS = frozenset(["my", "the", "a", "an", "our", "this", "that", "these", "those"])

# The wording of each part, by tone; `{when}` is "yesterday" or "on Tuesday".
_THANKS = {
    "warm": "Thank you for arranging my interviews for {role} at {company} {when}, and for "
    "bringing everyone together.",
    "formal": "Thank you for arranging my interviews for {role} at {company} {when}.",
    "concise": "Thank you for arranging my interviews for {role} at {company} {when}.",
}
_PANEL = {
    "warm": "It was a pleasure to meet the whole panel: {panel}.",
    "formal": "I am grateful to each member of the panel for their time: {panel}.",
    "concise": "I enjoyed meeting the whole panel: {panel}.",
}
_POINTS = {
    "warm": "I hope the conversations showed why I would fit well in the team.",
    "formal": "I hope the conversations showed how my experience meets the needs of the role.",
    "concise": "I hope the day showed why I fit the role.",
}
_PASS_ON = {
    "warm": "Would you please pass my thanks on to everyone on the panel?",
    "formal": "I would be grateful if you would pass my thanks on to the panel.",
    "concise": "Please pass my thanks on to the panel.",
}
_OTHER_ROLES = "I would also welcome being considered for other roles at {company}."
_SUBJECT = "Thank you for the {role} interviews"


def _lower_start(text: str) -> str:
    first = text.split(" ", 1)[0]
    return text[0].lower() + text[1:] if first.lower() in _LOWER_STARTS else text


def panellist(person: Interviewer, with_title: bool) -> str:
    """A panellist as the list names them: "Dr. Amara Osei", with ", Head of Research" if asked."""
    words = (person.salutation or "").split()
    earned = _EARNED.get(words[0].rstrip(".").casefold()) if words else None
    titled = person.name.split()[0].rstrip(".").casefold() in TITLES  # "Dr. Anand Rao"
    name = f"{earned} {person.name}" if earned and not titled else person.name
    return f"{name}, {person.title}" if with_title and person.title else name


def panel_phrase(people: list[Interviewer], with_titles: bool) -> str:
    """Everyone on the panel in one list: "A, B and C", or "A, Title; B, Title; and C, Title"."""
    names = [panellist(p, with_titles) for p in people]
    if with_titles and any(p.title for p in people) and len(names) > 2:
        return "; ".join(names[:-1]) + "; and " + names[-1]
    if with_titles and len(names) == 2:
        return " and ".join(names)
    return join_list(names)


def _contribution(phrase: Phrase | None, company: str) -> str | None:
    """What the candidate would bring, said once: "I would bring a pragmatic plan ..."."""
    if phrase is None:
        return None
    offer = read_offer(phrase.source)
    if offer is None:
        return None
    return offer.framed("I would welcome the chance to bring {}.", "I would be glad to {}.")


def strongest(notes: Notes) -> list[Phrase]:
    """The candidate's points, strongest first: results (highlights) and qualifications in turn."""
    points = usable_points(notes)
    results = [p for p in points if p.source in notes.highlights]
    rest = [p for p in points if p.source not in notes.highlights]
    order: list[Phrase] = []
    for pair in zip_longest(results, rest):
        order += [p for p in pair if p is not None]
    return order


class CoordinatorWriter:
    """Writes the one letter to the notes' coordinator (the notes must name one)."""

    def __init__(self, notes: Notes, *, today: dt.date | None = None):
        assert notes.coordinator is not None
        self.notes = notes
        self.person = notes.coordinator.as_addressee()
        self.tone = notes.tone
        self.email = notes.channel == "email"
        spec = channel_spec(notes.channel)
        self.low, self.high = spec.min_words, spec.max_words
        self.common = lowercase_words(notes)
        self.variation = Variation(seed_for(notes.candidate.name, notes.company, "coordinator"))
        send_by = send_by_date(notes.interview.date)
        self.send_day = max(send_by, today) if today is not None else send_by

    def when(self) -> str:
        if self.send_day - self.notes.interview.date <= dt.timedelta(days=1):
            return "yesterday"
        return f"on {self.notes.interview.date:%A}"

    def thanks(self) -> str:
        return _THANKS[self.tone].format(
            role=role_phrase(role_title(self.notes.role)),
            company=envelope.company_said(self.notes.company),
            when=self.when(),
        )

    def panel(self) -> str:
        # A printed letter has room for each panellist's title; an email names them only.
        names = panel_phrase(list(self.notes.interviewers), with_titles=not self.email)
        return _PANEL[self.tone].format(panel=names)

    def points(self, count: int) -> list[str]:
        """The candidate's `count` strongest points, two to a sentence."""
        said: list[str] = []
        for phrase in strongest(self.notes)[:count]:
            variant = self.variation.number(f"verb {phrase.text}")
            found = said_for(phrase, self.common, variant)  # the item reader's words
            if found is not None:
                # a point after the first sentence's two: "I also led ..."
                said.append(found.text("also" if len(said) == 2 else ""))
        out = [_POINTS[self.tone]] if said else []
        while said:
            # two short points of the candidate's share a sentence; one with its own subject
            # ("On-time departures rose ...") or a comma of its own stands alone
            mine = all(p.startswith("I ") and not re.search("[,;:]", p) for p in said[:2])
            pair = said[:2] if len(said) > 1 and mine else said[:1]
            said = said[len(pair) :]
            text = pair[0] if len(pair) == 1 else f"{pair[0]}, and {_lower_start(pair[1])}"
            out.append(sentence(text))
        return out

    def closing(self) -> list[str]:
        steps = next_steps_line(
            self.notes.next_steps,
            self.common,
            self.tone,
            self.notes.channel,
            self.variation,
            days=(self.notes.interview.date, self.send_day),
            month_first=month_first(self.notes),
        )
        out = [_PASS_ON[self.tone], sentence(steps)]
        if self.notes.open_to_other_roles:
            out.append(_OTHER_ROLES.format(company=envelope.company_said(self.notes.company)))
        return out

    def head(self) -> str:
        if self.email:
            line = "Subject: " + _SUBJECT.format(role=role_title(self.notes.role))
            return line if len(line) <= 80 else "Subject: Thank you for the interviews"
        return letterhead(self.notes, self.person, self.send_day)

    def greeting(self) -> str:
        name = salutation(self.person, self.tone)
        informal = self.email and self.tone != "formal" and " " not in name and "." not in name
        words = phrasebook.table_value(
            phrasebook.GREETING_WORD, self.tone if informal else "any", self.notes.channel
        )
        return f"{words[0]} {name},"

    def signature(self) -> str:
        candidate = self.notes.candidate
        lines = [phrasebook.SIGN_OFF[self.tone][0], candidate.name]
        if candidate.phone and self.email:  # a printed letter has it in its letterhead
            lines.append(candidate.phone)
        return "\n".join(lines)

    def render(self, paragraphs: list[list[str]]) -> str:
        body = "\n\n".join(" ".join(p) for p in paragraphs if p)
        return "\n".join([self.head(), "", self.greeting(), "", body, "", self.signature()])

    def write(self) -> Written:
        """The letter; one more point when it runs short, and a point, then the contribution,
        give way when it runs long."""
        contribution = _contribution(self._contribution_phrase(), self.notes.company)
        count = 2 if self.email else 3
        available = len(strongest(self.notes))
        cutting = False
        while True:
            middle = self.points(count)
            if contribution:
                middle.append(contribution)
            text = self.render([[self.thanks(), self.panel()], middle, self.closing()])
            words = parse(text).words
            if words < self.low and count < available and not cutting:
                count += 1  # a short letter (a small panel on paper) says one more point
                continue
            if words <= self.high:
                break
            cutting = True
            if contribution:
                contribution = None
            elif count > 1:
                count -= 1
            else:
                break
        notices = []
        words = parse(text).words
        if words < self.low:
            notices.append(
                f"The letter to the coordinator {self.person.name} is short ({words} words): "
                "add highlights (results you mentioned) or a contribution to the notes."
            )
        return Written(text, tuple(notices))

    def _contribution_phrase(self) -> Phrase | None:
        value = self.notes.contribution
        if not value or is_instruction(value):
            return None
        return analyse(value, self.common)


__all__ = ["CoordinatorWriter", "panel_phrase", "panellist"]
