"""The compose pipeline: notes in, one checked letter per interviewer out.

Being built under issue 4.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from composer.backends.base import Usage
from composer.models import Interviewer
from composer.rules.report import Report


@dataclass(frozen=True)
class Letter:
    """One letter to one interviewer, with its send-by date and the rules report."""

    to: str
    interviewer: Interviewer
    subject: str | None
    body: str
    text: str
    send_by: dt.date
    attempts: int
    report: Report
    usage: Usage = field(default_factory=Usage)

    @property
    def ok(self) -> bool:
        return self.report.ok
