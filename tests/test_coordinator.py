"""The one letter to a large panel's coordinator: the notes field, when compose writes it, how
the rules check it, the offline letter, the model path and the command line."""

from __future__ import annotations

import json
from email import message_from_bytes
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError
from typer.testing import CliRunner

from composer.cli import app
from composer.compose import compose
from composer.errors import InputError
from composer.models import Notes
from composer.notes_file import load_notes
from composer.offline.coordinator import panel_phrase
from composer.rules import check_letter

TODAY = "2026-11-25"

# The nine panellists of examples/big_panel_coordinator.json, typed by hand.
PANEL = [
    "Siobhán Ní Bhriain",
    "Anand Krishnamurthy",
    "Grace O'Donnell",
    "Matthias Brandt",
    "Aisha Rahman",
    "Jonas Lindqvist",
    "Priscilla Mensah",
    "Hiroshi Tanaka",
    "Lucía Fernández",
]
COORDINATOR = "Rachel Adeyemi-Brooks"

# A letter to the coordinator written by hand, as a candidate would.
HAND_WRITTEN = """Subject: Thank you for the Principal Grid Analytics Engineer interviews

Dear Ms. Adeyemi-Brooks,

Thank you for arranging my interviews for the Principal Grid Analytics Engineer role at
Harbourside Energy yesterday. Please thank Siobhán Ní Bhriain, Anand Krishnamurthy, Grace
O'Donnell, Matthias Brandt, Aisha Rahman, Jonas Lindqvist, Priscilla Mensah, Hiroshi Tanaka
and Lucía Fernández for their time and their questions.

Across the day I was glad to talk about how I cut day-ahead forecast error by 18% at
Northgrid, and about the eight years I have spent building forecasting systems for
transmission operators.

I look forward to hearing about a decision by December 8.

Sincerely,
Tomasz Wiśniewski
"""


@pytest.fixture
def big(examples_dir: Path) -> Notes:
    return load_notes(examples_dir / "big_panel_coordinator.json")


def with_(notes: Notes, **changes: Any) -> Notes:
    return Notes.model_validate({**notes.model_dump(), **changes})


@pytest.fixture
def emailed(big: Notes) -> Notes:
    """The example as an email, which HAND_WRITTEN is."""
    return with_(big, channel="email")


# -- the notes -------------------------------------------------------------------------------


def test_the_coordinator_is_read_and_an_unknown_key_in_it_is_an_error(big: Notes) -> None:
    assert big.coordinator is not None and big.coordinator.name == COORDINATOR
    data = big.model_dump(mode="json")
    data["coordinator"]["phone"] = "+44 161 000 0000"
    with pytest.raises(ValidationError, match=r"coordinator\.phone"):
        Notes.model_validate(data)


def test_the_schema_describes_the_coordinator() -> None:
    result = CliRunner().invoke(app, ["schema"])
    schema = json.loads(result.stdout)
    assert "coordinator" in schema["properties"]
    fields = schema["$defs"]["Coordinator"]
    assert set(fields["properties"]) == {"name", "title", "email", "salutation"}
    assert fields["required"] == ["name"]
    assert fields["additionalProperties"] is False


# -- when compose writes it --------------------------------------------------------------------


def test_a_panel_of_nine_gets_nine_letters_and_one_to_the_coordinator(big: Notes) -> None:
    letters = compose(big, today=big.interview.date.replace(day=25))
    assert [x.to for x in letters] == [*PANEL, COORDINATOR]
    assert [x.coordinator for x in letters] == [False] * 9 + [True]
    letter = letters[-1]
    assert letter.ok, letter.report.violations
    for name in PANEL:
        assert name in " ".join(letter.body.split())


def test_coordinator_only_writes_that_letter_alone(big: Notes) -> None:
    [letter] = compose(big, coordinator_only=True)
    assert letter.coordinator and letter.to == COORDINATOR and letter.ok


def test_no_coordinator_leaves_the_panellists_letters(big: Notes) -> None:
    letters = compose(big, coordinator=False)
    assert [x.to for x in letters] == PANEL


def test_a_small_panel_gets_it_only_when_asked(panel_notes: Notes) -> None:
    notes = with_(panel_notes, coordinator={"name": "Sam Okafor", "salutation": "Sam"})
    assert len(compose(notes)) == 3
    letters = compose(notes, coordinator=True)
    assert [x.to for x in letters][-1] == "Sam Okafor" and letters[-1].ok


def test_asking_without_a_coordinator_in_the_notes_says_what_to_add(big: Notes) -> None:
    notes = with_(big, coordinator=None)
    assert [x.to for x in compose(notes)] == PANEL  # a big panel without one: letters each
    with pytest.raises(InputError, match=r'"coordinator": \{"name": ') as caught:
        compose(notes, coordinator=True)
    assert "\n" not in str(caught.value)
    with pytest.raises(InputError, match='"coordinator"'):
        compose(notes, coordinator_only=True)


# -- the rules -------------------------------------------------------------------------------


def test_a_linkedin_note_leaves_the_coordinator_letter_out_and_says_why_when_asked(
    big: Notes, examples_dir: Path
) -> None:
    notes = with_(big, channel="linkedin")
    assert [x.to for x in compose(notes)] == PANEL  # no room in a note for a panel of nine
    with pytest.raises(InputError, match="set `channel` to email or letter"):
        compose(notes, coordinator=True)
    args = ["compose", str(examples_dir / "big_panel_coordinator.json"), "--today", TODAY]
    result = CliRunner().invoke(app, [*args, "--channel", "linkedin", "--coordinator-only"])
    assert result.exit_code == 2 and result.stdout == ""
    [line] = [x for x in result.stderr.splitlines() if x.startswith("error:")]
    assert "LinkedIn connection note" in line and "--channel" in line


def test_a_hand_written_letter_to_the_coordinator_passes(emailed: Notes) -> None:
    report = check_letter(HAND_WRITTEN, emailed, coordinator=True)
    assert report.to == COORDINATOR
    assert report.errors == (), report.errors


def test_a_misspelt_panellist_is_caught_by_names_with_the_spelling(emailed: Notes) -> None:
    text = HAND_WRITTEN.replace("Jonas Lindqvist", "Jonas Lindquist")
    report = check_letter(text, emailed, coordinator=True)
    [found] = report.errors
    assert found.rule == "names"
    assert found.fix == 'Spell "Lindquist" exactly as "Lindqvist".'


def test_a_panellist_left_out_is_reported_by_name(emailed: Notes) -> None:
    text = HAND_WRITTEN.replace("Priscilla Mensah, ", "")
    [found] = check_letter(text, emailed, coordinator=True).errors
    assert found.rule == "panel"
    assert "Priscilla Mensah" in found.message and "1 of the 9" in found.message


def test_first_names_alone_do_not_name_the_panel(emailed: Notes) -> None:
    text = HAND_WRITTEN.replace("Grace\nO'Donnell", "Grace")
    [found] = check_letter(text, emailed, coordinator=True).errors
    assert found.rule == "panel" and "Grace O'Donnell" in found.message


def test_a_panellists_personal_note_does_not_belong_in_it(emailed: Notes) -> None:
    line = "Good luck to Siobhán Ní Bhriain in the Dublin marathon next spring.\n\n"
    text = HAND_WRITTEN.replace("I look forward", line + "I look forward")
    [found] = check_letter(text, emailed, coordinator=True).errors
    assert found.rule == "grounding" and "Siobhán Ní Bhriain" in found.message
    assert "marathon" in (found.quote or "")


def test_the_greeting_must_name_the_coordinator(emailed: Notes) -> None:
    text = HAND_WRITTEN.replace("Dear Ms. Adeyemi-Brooks,", "Dear Ms. Mensah,")
    rules = {v.rule for v in check_letter(text, emailed, coordinator=True).errors}
    assert "greeting" in rules


def test_checking_for_a_coordinator_the_notes_do_not_name(emailed: Notes) -> None:
    with pytest.raises(InputError, match="coordinator"):
        check_letter(HAND_WRITTEN, with_(emailed, coordinator=None), coordinator=True)


def test_the_letter_to_a_panellist_is_not_held_to_naming_the_panel(emailed: Notes) -> None:
    letter = compose(emailed, coordinator=False)[0]
    assert "panel" not in {v.rule for v in letter.report.violations}
    assert "Matthias Brandt" not in letter.body


# -- the offline letter ----------------------------------------------------------------------


@pytest.mark.parametrize("tone", ["warm", "formal", "concise"])
@pytest.mark.parametrize("channel", ["email", "letter"])
def test_the_offline_letter_passes_in_every_tone_and_channel(
    big: Notes, tone: str, channel: str
) -> None:
    notes = with_(big, tone=tone, channel=channel)
    [letter] = compose(notes, coordinator_only=True)
    assert letter.report.violations == (), letter.report.violations
    body = " ".join(letter.body.split())
    assert all(name in body for name in PANEL)
    assert "Dr. Anand Krishnamurthy" in body  # his salutation's earned title
    assert "Ms. Priscilla" not in body  # courtesy titles stay in greetings
    assert "pass my thanks on" in body
    assert "marathon" not in body and "Designing" not in body  # personal notes stay out
    assert "cut day-ahead forecast error by 18% at Northgrid" in body


def test_a_printed_letter_gives_each_panellist_their_title(big: Notes) -> None:
    [letter] = compose(with_(big, channel="letter", tone="formal"), coordinator_only=True)
    body = " ".join(letter.body.split())
    assert (
        "I am grateful to each member of the panel for their time: Siobhán Ní Bhriain, Chief "
        "Technology Officer; Dr. Anand Krishnamurthy, Head of Forecasting; Grace O'Donnell, "
        "Grid Operations Manager; Matthias Brandt, Lead Data Engineer; Aisha Rahman, Product "
        "Owner, Flexibility Markets; Jonas Lindqvist, Principal Software Engineer; Priscilla "
        "Mensah, Head of Regulatory Reporting; Hiroshi Tanaka, Data Scientist; and Lucía "
        "Fernández, Engineering Director." in body
    )
    assert letter.text.splitlines()[8:11] == [
        "Rachel Adeyemi-Brooks",
        "Senior Talent Acquisition Partner",
        "Harbourside Energy",
    ]


ARRANGER = {"name": "Morgan Ellery", "title": "Recruitment Coordinator", "salutation": "Morgan"}


def test_a_small_panel_on_paper_says_more_of_the_candidates_points() -> None:
    # Four panellists and six points: three of them leave a printed letter under 150 words.
    notes = load_notes(Path(__file__).parent / "corpus" / "notes" / "design_panel_coordinator.json")
    [letter] = compose(with_(notes, channel="letter"), coordinator_only=True)
    assert letter.report.violations == (), letter.report.violations
    assert letter.report.words >= 150
    assert "Kew Gardens" in letter.body and "D&AD" in letter.body


def test_thin_notes_ask_the_coordinators_letter_for_points_not_for_the_coordinators_topics(
    examples_dir: Path,
) -> None:
    # Two points in all: an honest printed letter to the coordinator is short.
    notes = load_notes(examples_dir / "linkedin_note.json")
    notes = with_(notes, channel="letter", coordinator=ARRANGER)
    [letter] = compose(notes, coordinator_only=True)
    [found] = letter.report.violations
    assert found.rule == "length" and found.severity == "warning"
    assert "highlights" in found.message and "Morgan Ellery" not in found.message


def test_panel_lists(big: Notes) -> None:
    people = list(big.interviewers)
    assert panel_phrase(people[2:4], with_titles=False) == "Grace O'Donnell and Matthias Brandt"
    assert panel_phrase(people[2:5], with_titles=False) == (
        "Grace O'Donnell, Matthias Brandt and Aisha Rahman"
    )
    assert panel_phrase(people[1:3], with_titles=True) == (
        "Dr. Anand Krishnamurthy, Head of Forecasting and Grace O'Donnell, Grid Operations Manager"
    )


# -- the command line ------------------------------------------------------------------------


def test_compose_writes_the_coordinator_letter_next_to_the_others(
    tmp_path: Path, examples_dir: Path
) -> None:
    out = tmp_path / "drafts"
    remind = tmp_path / "remind.ics"
    args = ["compose", str(examples_dir / "big_panel_coordinator.json"), "--today", TODAY]
    args += ["--format", "eml", "--out", f"{out}/", "--remind", str(remind)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.stderr
    names = sorted(p.name for p in out.iterdir())
    assert len(names) == 10 and "rachel-adeyemi-brooks-coordinator.eml" in names
    message = message_from_bytes((out / "rachel-adeyemi-brooks-coordinator.eml").read_bytes())
    assert message["To"] == "Rachel Adeyemi-Brooks <rachel.adeyemi-brooks@harbourside.example>"
    assert "Letter to the coordinator Rachel Adeyemi-Brooks: passes every rule" in result.stderr
    calendar = remind.read_text(encoding="utf-8")
    assert "Send your thank-you to Rachel Adeyemi-Brooks" in calendar


def test_json_marks_the_coordinator_letter(examples_dir: Path) -> None:
    args = ["compose", str(examples_dir / "big_panel_coordinator.json"), "--today", TODAY]
    result = CliRunner().invoke(app, [*args, "--coordinator-only", "--format", "json"])
    assert result.exit_code == 0, result.stderr
    [letter] = json.loads(result.stdout)["letters"]
    assert letter["coordinator"] is True and letter["to"] == COORDINATOR


def test_the_missing_coordinator_is_a_usage_error_with_a_snippet(
    tmp_path: Path, examples_dir: Path
) -> None:
    data = json.loads((examples_dir / "big_panel_coordinator.json").read_text(encoding="utf-8"))
    del data["coordinator"]
    path = tmp_path / "notes.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    result = CliRunner().invoke(app, ["compose", str(path), "--coordinator", "--today", TODAY])
    assert result.exit_code == 2
    [line] = [x for x in result.stderr.splitlines() if x.startswith("error:")]
    assert '"coordinator": {"name": "Sam Okafor"' in line
    assert "--coordinator and --coordinator-only" in line
    assert result.stdout == ""
    plain = CliRunner().invoke(app, ["compose", str(path), "--today", TODAY])
    assert plain.exit_code == 0 and 'add a "coordinator" to the notes' in plain.stderr


def test_batch_writes_the_coordinator_letter_beside_the_panels(
    tmp_path: Path, examples_dir: Path
) -> None:
    source = tmp_path / "notes"
    source.mkdir()
    for name in ("big_panel_coordinator.json", "panel_three.json"):
        (source / name).write_bytes((examples_dir / name).read_bytes())
    out = tmp_path / "letters"
    result = CliRunner().invoke(app, ["batch", str(source), "--out", str(out), "--today", TODAY])
    assert result.exit_code == 0, result.stderr
    folder = out / "big_panel_coordinator"
    assert len(list(folder.iterdir())) == 10
    text = (folder / "rachel-adeyemi-brooks-coordinator.txt").read_text(encoding="utf-8")
    assert text.splitlines()[12] == "Dear Ms. Adeyemi-Brooks,"
    assert len(list((out / "panel_three").iterdir())) == 3  # three: no coordinator letter
    # asked for everywhere: the panel of three has no coordinator, which its row says
    again = CliRunner().invoke(
        app, ["batch", str(source), "--out", str(tmp_path / "b"), "--today", TODAY, "--coordinator"]
    )
    assert again.exit_code == 2
    rows = json.loads((tmp_path / "b" / "summary.json").read_text(encoding="utf-8"))
    rows = rows["letters"] if isinstance(rows, dict) else rows
    [bad] = [row for row in rows if row["status"] == "error"]
    assert bad["interviewer"] == "coordinator" and '"coordinator"' in bad["message"]
    # the command line names its flags, not the library's settings, on stderr and in the summary
    assert "leave out --coordinator and --coordinator-only" in bad["message"]
    [line] = [x for x in again.stderr.splitlines() if x.startswith("error") and "panel_three" in x]
    assert "leave out --coordinator and --coordinator-only" in line and "`" not in line


def test_interview_takes_the_coordinator_options() -> None:
    result = CliRunner().invoke(app, ["interview", "--help"])
    assert "--coordinator-only" in result.stdout and "--no-coordinator" in result.stdout


def test_check_reads_a_letter_as_one_to_the_coordinator(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parent
    notes = str(root / "corpus" / "notes" / "big_panel_email.json")
    letter = tmp_path / "letter.txt"
    letter.write_text(HAND_WRITTEN.replace("Hiroshi Tanaka\nand ", ""), encoding="utf-8")
    args = ["check", str(letter), "--notes", notes, "--coordinator", "--no-proofread"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1
    assert "error [panel]" in result.stdout and "Hiroshi Tanaka" in result.stdout
    letter.write_text(HAND_WRITTEN, encoding="utf-8")
    assert CliRunner().invoke(app, args).exit_code == 0


def test_remind_gives_a_coordinator_named_like_a_panellist_a_uid_of_their_own(
    tmp_path: Path, examples_dir: Path
) -> None:
    import icalendar

    data = json.loads((examples_dir / "big_panel_coordinator.json").read_text(encoding="utf-8"))
    data["coordinator"] = {"name": PANEL[3], "email": "hr@harbourside.example"}
    path = tmp_path / "notes.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    remind = tmp_path / "remind.ics"
    args = ["compose", str(path), "--today", TODAY, "--out", f"{tmp_path / 'drafts'}/"]
    result = CliRunner().invoke(app, [*args, "--remind", str(remind)])
    assert result.exit_code == 0, result.stderr
    events = list(icalendar.Calendar.from_ical(remind.read_bytes()).walk("VEVENT"))
    assert len(events) == len(PANEL) + 2  # a letter each, the coordinator's, the check-in
    uids = [str(event["UID"]) for event in events]
    assert len(set(uids)) == len(uids)
    same = [e for e in events if PANEL[3] in str(e["SUMMARY"])]
    assert [str(e["SUMMARY"]) for e in same] == [
        f"Send your thank-you to {PANEL[3]}",
        f"Send your thank-you to {PANEL[3]} (the coordinator)",
    ]
    assert "matthias-brandt-coordinator.txt" in str(same[1]["DESCRIPTION"])
    assert "To: Matthias Brandt <hr@harbourside.example>" in str(same[1]["DESCRIPTION"])
