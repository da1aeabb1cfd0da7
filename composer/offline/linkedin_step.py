"""The close of a LinkedIn note that welcomes the next step the notes give, as a letter's close
says it: "decision early next wk" -> "I look forward to hearing from you early next week."

A note has little room, so this is one close among the stock ones (`linkedin_wording.CLOSE`),
offered first: the note takes it wherever it fits beside the note's point. No close is offered
for a step that has passed by the day the note goes out, that presumes the job is the
candidate's, that the step reader cannot read (the stock close says the same), or whose sentence
the last gate stops.
"""

from __future__ import annotations

import datetime as dt

from composer.models import Interviewer, Notes
from composer.offline import phrasebook
from composer.offline.casing import sentence
from composer.offline.flagged import say_gated
from composer.offline.followup import next_steps_line, presumes
from composer.offline.nextsteps import reader_names
from composer.offline.phrasebook import Variation
from composer.offline.stepdates import month_first
from composer.offline.stepsender import step_unread
from composer.offline.steptext import has_passed


def step_close(
    notes: Notes,
    index: int,
    common: frozenset[str],
    variation: Variation,
    send_day: dt.date,
    notices: list[str],
) -> list[str]:
    """The next step of `notes` welcomed in one sentence for the note to `notes.interviewers
    [index]`, or [] (see the module's docstring)."""
    value = notes.next_steps
    if not value or not value.strip() or presumes(value):
        return []
    if has_passed(value, notes.interview.date, send_day):
        return []
    person: Interviewer = notes.interviewers[index]
    said = next_steps_line(
        value,
        common,
        notes.tone,
        notes.channel,
        variation,
        reader=reader_names(person.name, person.title, person.salutation),
        days=(notes.interview.date, send_day),
        month_first=month_first(notes),
    )
    neutral = phrasebook.wordings("next_none", notes.tone, notes.channel)
    if not said or step_unread(value, said, neutral):
        return []
    return say_gated([sentence(f"{said}.")], "next_step", notes, index, notices)
