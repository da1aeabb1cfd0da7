"""The lines the offline writer left out, as records: each notice of a line left out is the
rendering of one record, the record names the line by its place in the notes file, and an answer
put back replaces exactly that line (or that part of it)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import composer
from composer.compose import compose
from composer.models import Notes
from composer.notes_file import load_notes
from composer.offline.leftout import AS_ANSWER, AS_SAID, LeftOut, follow_up, gaps, rewritten
from composer.offline.usable import left_out, point_notices, topic_notices

READERS = Path(__file__).parent / "corpus" / "readers"
# h57 typed tersely (tests/corpus/ask): lines the writer cannot read, so some are left out
ASK = Path(__file__).parent / "corpus" / "ask" / "h57.json"
TODAY = dt.date(2026, 12, 2)


def _notes(**extra: object) -> Notes:
    data: dict[str, object] = {
        "candidate": {"name": "Ines Duarte", "email": "ines@example.com"},
        "company": "Keyfast Locks",
        "role": "Locksmith",
        "interview": {"date": "2026-12-01", "format": "onsite"},
        "interviewers": [
            {"name": "Rob Hale", "topics": ["the van stock system", "call-outs; want <45"]}
        ],
        "qualifications": ["City & Guilds locksmithing, 2018"],
        "highlights": ["fitted 300 high-security cylinders"],
        "tone": "warm",
    }
    data.update(extra)
    return Notes.model_validate(data)


def test_a_record_renders_the_notice_compose_prints() -> None:
    record = LeftOut(
        "qualifications[1]", "full-cycle, Greenhouse + Ashby", "it is unclear", AS_SAID
    )
    assert record.notice() == (
        'The notes field qualifications[1] ("full-cycle, Greenhouse + Ashby") was left out of '
        "the letters: it is unclear. Write it as a sentence you would say to them."
    )
    recalled = LeftOut("highlights[0]", "a talk on data", "a plain thing", AS_SAID, recalled=True)
    assert "was only recalled as something you told them about: a plain thing." in (
        recalled.notice()
    )


def test_every_notice_of_a_line_left_out_is_one_record_and_nothing_else_is() -> None:
    notes = load_notes(ASK)
    letters = compose(notes, today=TODAY)
    notices = [n for letter in letters for n in letter.notices]
    records = left_out(notes, notices)
    assert {r.notice() for r in records} == {n for n in notices if n.startswith("The notes field")}
    assert [r.notice() for r in records if r.field != "follow_up"] == [
        *point_notices(notes),
        *topic_notices(notes),
    ]
    # the library names the same function and record
    assert composer.left_out is left_out and composer.LeftOut is LeftOut


def test_the_follow_up_the_letter_could_not_say_is_a_record_with_its_own_advice() -> None:
    notes = load_notes(ASK)
    [letter] = compose(notes, today=TODAY)
    assert follow_up(notes.follow_up or "").notice() in letter.notices
    [record] = [r for r in left_out(notes, letter.notices) if r.field == "follow_up"]
    assert record.text == notes.follow_up and record.instead == AS_ANSWER


def test_notices_a_model_letter_carries_name_no_line() -> None:
    notes = load_notes(ASK)
    assert left_out(notes, []) == []
    assert left_out(notes, ["The letter to Brandon Kowalczyk is short (44 words)."]) == []


def test_an_answer_replaces_the_line_at_its_place_and_nothing_else() -> None:
    notes = _notes(contribution="quicker lockouts", follow_up="he asked abt safes")
    got = rewritten(
        notes,
        LeftOut("qualifications[0]", "City & Guilds locksmithing, 2018", "", AS_SAID),
        "I qualified in locksmithing with City & Guilds in 2018",
    )
    assert got.qualifications == ["I qualified in locksmithing with City & Guilds in 2018"]
    assert got.highlights == notes.highlights and got.interviewers == notes.interviewers
    got = rewritten(
        notes, LeftOut("contribution", "quicker lockouts", "", ""), "  faster  call-outs "
    )
    assert got.contribution == "faster call-outs"
    got = rewritten(
        notes, LeftOut("follow_up", "he asked abt safes", "", ""), "I have opened safes"
    )
    assert got.follow_up == "I have opened safes"


def test_an_answer_for_part_of_a_topic_replaces_that_part_only() -> None:
    notes = _notes()
    record = LeftOut("interviewers[0].topics[1]", "want <45", "a note", "")
    got = rewritten(notes, record, "getting call-outs under 45 minutes")
    assert got.interviewers[0].topics == [
        "the van stock system",
        "call-outs; getting call-outs under 45 minutes",
    ]
    assert got.interviewers[0].name == "Rob Hale"


def test_a_place_not_in_the_notes_changes_nothing() -> None:
    notes = _notes()
    for field in ("qualifications[5]", "interviewers[3].topics[0]", "nonsense", "candidate[0].x"):
        assert rewritten(notes, LeftOut(field, "x", "", ""), "y") == notes


def test_notes_with_an_answer_still_make_a_valid_notes_file(tmp_path: Path) -> None:
    notes = _notes()
    got = rewritten(notes, LeftOut("highlights[0]", "", "", ""), "I fitted 300 cylinders")
    path = tmp_path / "n.json"
    path.write_text(json.dumps(got.model_dump(mode="json")), encoding="utf-8")
    assert load_notes(path).highlights == ["I fitted 300 cylinders"]


def test_the_gaps_of_a_short_letter_are_the_empty_fields_and_an_answer_is_added() -> None:
    notes = _notes(
        interviewers=[
            {"name": "Rob Hale", "topics": ["the van stock system"]},
            {"name": "Ama Owusu", "rapport": ["off to Lisbon next week"]},
        ],
        next_steps="decision fri",
    )
    # Rob: a topic, no personal note; two points, no contribution; next steps are there
    assert [g.field for g in gaps(notes, 0)] == [
        "highlights[1]",
        "contribution",
        "interviewers[0].rapport[0]",
    ]
    # Ama: no topic, a personal note
    assert [g.field for g in gaps(notes, 1)] == [
        "interviewers[1].topics[0]",
        "highlights[1]",
        "contribution",
    ]
    assert all(not g.text for g in gaps(notes, 1))
    added = rewritten(notes, gaps(notes, 0)[0], "  opened 40 safes   in one week ")
    assert added.highlights == ["fitted 300 high-security cylinders", "opened 40 safes in one week"]
    added = rewritten(notes, gaps(notes, 1)[0], "master key systems")
    assert added.interviewers[1].topics == ["master key systems"]
    assert added.interviewers[0].topics == ["the van stock system"]
    # a place past the end of a list is not one a record can name: nothing changes
    past = LeftOut("highlights[3]", "", "few results", "")
    assert rewritten(notes, past, "anything") == notes
