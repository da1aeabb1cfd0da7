"""Clean lines read before the item readers: a notes line typed with care whose shape the item
readers would break, said as typed or in the one frame it fits.

- A whole sentence of the candidate's own whose subject is a doing ("Designing a hull form for
  a 24 m crew transfer vessel was my thesis project.", "Running the section alone through
  Christmas taught me to plan every prep list."): said as typed (`typedwhole.gerund_led`); the
  item readers took its doing for a skill ("I have experience designing ... was my thesis").
- A standing named by a body's initials, held since a month and a year ("CSCS qualified since
  May 2020", "FACTS qualified since March 2026"): "I have been CSCS qualified since May 2020";
  the item readers read only a bare year there, and said the line as a sentence with no
  subject.
- Standings named with care, with the body after "with" or "of" ("National Lifeguard Instructor
  and Lifesaving Instructor Trainer with the Lifesaving Society."): "I am a ... and a ... with
  the Lifesaving Society" (`careful.standing`).
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import careful, typedwhole
from composer.offline.itemkinds import Kind
from composer.offline.realise import Clause

_MONTH = "January|February|March|April|May|June|July|August|September|October|November|December"
# "CSCS qualified since May 2020": a body's initials (or a name of one or two capitalised
# words after them), the standing, and the month and year it was gained.
_SINCE = re.compile(
    r"^(?P<body>[A-Z][A-Z0-9&/-]{1,9}(?: [A-Z][\w&-]*)?) (?P<state>qualified|certified"
    r"|accredited|registered|licensed|chartered) since (?P<month>(?i:" + _MONTH + r")) "
    r"(?P<year>(?:19|20)\d\d)\.?$"
)


def read(line: str, *, offer: bool = False) -> tuple[Kind, Clause] | None:
    """`line`'s kind and clause when it is one of the module's shapes, else None."""
    led = typedwhole.gerund_led(line)
    if led is not None:
        return (Kind.OFFER if offer else Kind.ACHIEVEMENT), Clause("", "", "", whole=led[:-1])
    held = None if offer else careful.standing(line)  # "X Instructor and Y Trainer with Z."
    if held is not None:
        return Kind.HELD, Clause("", "", "", whole=held)
    found = None if offer else _SINCE.match(" ".join(line.split()))
    if found is None:
        return None
    when = f"{found['month'].capitalize()} {found['year']}"
    return Kind.HELD, Clause("I", "have been", f"{found['body']} {found['state']} since {when}")
