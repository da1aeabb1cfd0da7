"""Starting the notes from a calendar invitation (.ics), as Google, Outlook and Apple write them.

`read_invite` and `load_invite` take the interview's facts from the file (`invitation.py`);
`ics.py` reads the file and the event's day and format; `people.py` tells who is who.
"""

from composer.invite.invitation import (
    MAX_INVITE_BYTES,
    Invitation,
    Person,
    load_invite,
    notes_from_invite,
    read_invite,
)

__all__ = [
    "MAX_INVITE_BYTES",
    "Invitation",
    "Person",
    "load_invite",
    "notes_from_invite",
    "read_invite",
]
