"""The one letter to a large panel's coordinator: when it is written, and writing it.

After a panel of more than seven people, one letter to the person who arranged the interviews,
naming everyone and asking that the thanks be passed on, is the accepted alternative to a
letter each. `compose` writes it when asked (`coordinator=True`), or on its own for such a
panel when the notes name a `coordinator`; the panellists' letters are written as well unless
`coordinator_only`. It goes through the same draft-check-re-ask loop as every letter, checked
as a letter to the coordinator (`check_letter(..., coordinator=True)`).
"""

from __future__ import annotations

from composer.attempts import Letter, Run, letter_for
from composer.channels import spec_for
from composer.errors import MISSING_COORDINATOR, BackendError, InputError, Interrupted, Terminated
from composer.models import Notes

__all__ = ["LARGE_PANEL", "add_coordinator_letter", "wants_coordinator"]

LARGE_PANEL = 7  # more panellists than this: one letter to the coordinator is the custom


def wants_coordinator(notes: Notes, coordinator: bool | None, coordinator_only: bool) -> bool:
    """Whether to write the letter to the coordinator; InputError when it cannot be written.

    `coordinator` True asks for it, False declines it, None decides by the panel's size (more
    than `LARGE_PANEL`, and only when the notes name a coordinator). `coordinator_only` asks
    for it alone, without the panellists' letters. A LinkedIn note has no room for a panel, so
    the notes' channel must be an email or a letter for it.
    """
    if coordinator_only and coordinator is False:
        raise InputError("`coordinator_only` asks for the letter that `coordinator` turns off.")
    if coordinator is False:
        return False
    spec = spec_for(notes)
    if coordinator is None and not coordinator_only:
        return (
            len(notes.interviewers) > LARGE_PANEL
            and notes.coordinator is not None
            and not spec.short_note
        )
    if spec.short_note:
        raise InputError(
            f"The letter to the coordinator names the whole panel and does not fit "
            f"{spec.article}: set `channel` to email or letter for it."
        )
    if notes.coordinator is None:
        raise InputError(MISSING_COORDINATOR)
    return True


def add_coordinator_letter(run: Run, letters: list[Letter]) -> list[Letter]:
    """`letters` and, after them, the letter to the notes' coordinator.

    A BackendError keeps `letters` as its `completed`; Ctrl-C (or SIGTERM) raises Interrupted
    with them, and the coordinator as the one letter not written.
    """
    assert run.notes.coordinator is not None
    person = run.notes.coordinator.as_addressee()
    label = f"Letter to the coordinator {person.name}"
    try:
        letter = letter_for(run, person, label, None, coordinator=True)
    except BackendError as exc:
        exc.completed = list(letters)
        raise
    except KeyboardInterrupt as exc:
        number = 15 if isinstance(exc, Terminated) else 2
        raise Interrupted(letters, [missing_name(run.notes)], number) from exc
    return [*letters, letter]


def missing_name(notes: Notes) -> str:
    """How a report names the coordinator's letter when it was not written."""
    assert notes.coordinator is not None
    return f"{notes.coordinator.name} (the coordinator)"
