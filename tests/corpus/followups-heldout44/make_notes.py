"""Write the held-out notes files (one per line of heldout.json): python make_notes.py."""

import json
from pathlib import Path

HERE = Path(__file__).parent


def main() -> None:
    table = json.loads((HERE / "heldout.json").read_text(encoding="utf-8"))
    for line in table:
        people = []
        for person in line["interviewers"]:
            name, title = person
            people.append({"name": name, "title": title, "topics": line["topics"]})
        notes = {
            "candidate": {"name": line["candidate"], "email": "candidate@example.com"},
            "company": line["company"],
            "role": line["role"],
            "interview": {"date": "2026-12-03", "format": "panel" if len(people) > 1 else "onsite"},
            "interviewers": people,
            "qualifications": line["qualifications"],
            "highlights": line["highlights"],
            "follow_up": line["line"],
            "tone": line["tone"],
        }
        path = HERE / f"{line['id']}.json"
        path.write_text(json.dumps(notes, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
