"""The filled-in notes that `thankyou init` writes (the same as examples/warm_email.json)."""

from __future__ import annotations

import json
from typing import Any

EXAMPLE_NOTES: dict[str, Any] = {
    "candidate": {
        "name": "Priya Raman",
        "email": "priya.raman@example.com",
        "phone": "+1 555 010 0199",
    },
    "company": "Northwind Analytics",
    "role": "Senior Data Engineer",
    "interview": {"date": "2026-11-24", "format": "video", "stage": "second round"},
    "interviewers": [
        {
            "name": "Dana Whitfield",
            "title": "Director of Data Platform",
            "email": "dana.whitfield@northwind.example",
            "salutation": "Ms. Whitfield",
            "topics": ["moving the nightly batch jobs to streaming"],
            "rapport": ["she is flying to Lisbon next week"],
        }
    ],
    "qualifications": ["six years running Airflow and Kafka in production"],
    "highlights": ["cut warehouse costs by 40% at Contoso"],
    "contribution": "a pragmatic migration plan that keeps the nightly reports running",
    "follow_up": "",
    "next_steps": "a decision by December 5",
    "open_to_other_roles": False,
    "tone": "warm",
    "channel": "email",
}


def example_notes_json() -> str:
    """The example notes as an indented JSON document."""
    return json.dumps(EXAMPLE_NOTES, indent=2, ensure_ascii=False) + "\n"
