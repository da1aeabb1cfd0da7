"""Made-up notes several panel tests share: a fleet coordinator's panel of two."""

from __future__ import annotations

from composer.models import Notes


def fleet_pair(topic: str, contribution: str, tone: str = "warm", channel: str = "email") -> Notes:
    """A made-up panel of two: Pat, whose topics can be named, and Chris, whose topic is `topic`."""
    return Notes.model_validate(
        {
            "candidate": {"name": "Ana Silva"},
            "company": "Northfield Council",
            "role": "Fleet Coordinator",
            "interview": {"date": "2026-12-01", "format": "panel"},
            "interviewers": [
                {
                    "name": "Pat Lowe",
                    "title": "Operations Manager",
                    "topics": ["vehicle downtime in winter", "moving to electric vans"],
                },
                {"name": "Chris Doyle", "title": "Workshop Supervisor", "topics": [topic]},
            ],
            "qualifications": ["CPC transport manager"],
            "highlights": ["cut vehicle downtime by 20% at Hallam Fleet"],
            "contribution": contribution,
            "tone": tone,
            "channel": channel,
        }
    )
