"""Writes the follow-up notes files f01..f22 from followups.json (one follow-up line each)."""

import json
from pathlib import Path

here = Path(__file__).parent
for row in json.loads((here / "followups.json").read_text()):
    notes = {
        "candidate": {"name": "Alex Morgan-Reid", "email": "alex.mr@example.com"},
        "company": row["company"],
        "role": row["role"],
        "interview": {"date": "2026-12-03", "format": "onsite"},
        "interviewers": [{"name": row["interviewer"], "topics": [row["topic"]]}],
        "qualifications": [row["qualification"]],
        "highlights": [],
        "follow_up": row["line"],
        "tone": "warm",
        "channel": "email",
    }
    (here / f"{row['file']}.json").write_text(json.dumps(notes, indent=2) + "\n")
