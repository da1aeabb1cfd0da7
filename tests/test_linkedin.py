"""LinkedIn connection notes: the channel spec, the rules as they apply to a note counted in
characters, the offline note writer over every example and tone, and the command line."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from composer import check_letter, compose
from composer.channels import EMAIL, LINKEDIN, spec_for
from composer.cli import app
from composer.english import TITLES, company_in_prose, given_name
from composer.errors import InputError
from composer.models import Coordinator, Notes, with_channel
from composer.notes_file import load_notes
from composer.offline.linkedin import NoteWriter
from composer.offline.linkedin_wording import TOPIC, TOPIC_THANKS
from composer.output import render
from composer.rules.text import parse
from tests.conftest import example_files

EXAMPLES = example_files()
TONES = ("warm", "formal", "concise")
TODAY = "2026-11-25"

# Written by hand for examples/warm_email.json: 201 and 200 characters, line breaks included.
NOTE_201 = (
    "Dear Ms. Whitfield,\n"
    "Thanks for talking through the Senior Data Engineer role at Northwind Analytics. "
    "I enjoyed our talk about moving batch jobs to streaming. I look forward to hearing more.\n"
    "Priya Raman"
)
NOTE_200 = (
    "Dear Ms. Whitfield,\n"
    "Thanks for talking about the Senior Data Engineer role at Northwind Analytics. "
    "I enjoyed our talk on moving the batch jobs to streaming. I look forward to hearing more.\n"
    "Priya Raman"
)


def as_note(notes: Notes, tone: str | None = None, max_chars: int | None = None) -> Notes:
    if tone is not None:
        notes = notes.model_copy(update={"tone": tone})
    return with_channel(notes, "linkedin", max_chars)


@pytest.fixture
def note_notes(warm_notes: Notes) -> Notes:
    return as_note(warm_notes)


def rules_broken(text: str, notes: Notes, **kwargs: Any) -> dict[str, str]:
    report = check_letter(text, notes, **kwargs)
    return {v.rule: v.message for v in report.errors}


# --- the spec and the notes field -----------------------------------------------------------


def test_the_note_counts_characters_and_the_limit_follows_max_chars(warm_notes: Notes) -> None:
    assert LINKEDIN.length_unit == "characters" and LINKEDIN.max_length == 200
    assert spec_for(as_note(warm_notes)).max_length == 200
    assert spec_for(as_note(warm_notes, max_chars=300)).max_length == 300
    assert spec_for(warm_notes) is EMAIL  # an email is counted in words, as before
    with pytest.raises(ValueError, match="characters"):
        _ = LINKEDIN.max_words


def test_max_chars_in_a_notes_file_belongs_to_a_linkedin_note(
    tmp_path: Path, examples_dir: Path
) -> None:
    data = json.loads((examples_dir / "warm_email.json").read_text(encoding="utf-8"))
    path = tmp_path / "notes.json"
    path.write_text(json.dumps({**data, "channel": "linkedin", "max_chars": 300}), "utf-8")
    assert spec_for(load_notes(path)).max_length == 300
    path.write_text(json.dumps({**data, "max_chars": 300}), "utf-8")  # channel email
    with pytest.raises(InputError, match="max_chars") as caught:
        load_notes(path)
    assert "LinkedIn" in str(caught.value)


def test_with_channel_names_the_setting_it_refuses(warm_notes: Notes) -> None:
    with pytest.raises(InputError, match=r"`max_chars` 50: .* between 100 and 2000"):
        with_channel(warm_notes, "linkedin", 50)
    with pytest.raises(InputError, match=r'`max_chars` .* channel "email"'):
        with_channel(warm_notes, None, 300)
    with pytest.raises(InputError, match="`channel` 'fax'"):
        with_channel(warm_notes, "fax")


# --- the rules on a note --------------------------------------------------------------------


def test_a_201_character_note_fails_length_with_its_count_and_passes_with_300(
    note_notes: Notes,
) -> None:
    assert len(NOTE_201) == 201 and len(NOTE_200) == 200
    broken = rules_broken(NOTE_201, note_notes)
    assert list(broken) == ["length"]
    assert "201 characters" in broken["length"] and "is 200" in broken["length"]
    assert rules_broken(NOTE_200, note_notes) == {}
    assert rules_broken(NOTE_201, as_note(note_notes, max_chars=300)) == {}
    report = check_letter(NOTE_201, as_note(note_notes, max_chars=300))
    assert report.characters == 201 and report.size == "201 characters"


def test_a_note_needs_no_sign_off_line_but_ends_with_the_name(note_notes: Notes) -> None:
    assert "signature" not in rules_broken(NOTE_200, note_notes)
    first_name = NOTE_200.replace("Priya Raman", "- Priya")
    assert rules_broken(first_name, note_notes) == {}
    unsigned = NOTE_200.removesuffix("\nPriya Raman")
    assert "signature" in rules_broken(unsigned, note_notes)
    someone_else = NOTE_200.replace("Priya Raman", "Sam Taylor")
    assert 'signed "Sam Taylor"' in rules_broken(someone_else, note_notes)["signature"]
    misspelt = rules_broken(NOTE_200.replace("Priya Raman", "Pria Raman"), note_notes)
    assert list(misspelt) == ["names"] and "Pria" in misspelt["names"]
    # The same note as an email still wants its sign-off line.
    assert "signature" in rules_broken(NOTE_200, with_channel(note_notes, "email"))


def test_a_note_recalls_one_point_of_the_conversation_not_a_qualification(
    note_notes: Notes,
) -> None:
    # The topic alone is enough in a note; an email asks for a qualification or highlight.
    assert "qualifications" not in rules_broken(NOTE_200, note_notes)
    assert "qualifications" in rules_broken(NOTE_200, with_channel(note_notes, "email"))
    pointless = NOTE_200.replace(
        "I enjoyed our talk on moving the batch jobs to streaming. ", "It was a pleasure. "
    )
    assert "a point of your conversation" in rules_broken(pointless, note_notes)["qualifications"]


def test_other_roles_and_the_personal_note_are_not_asked_of_a_note(note_notes: Notes) -> None:
    open_notes = note_notes.model_copy(update={"open_to_other_roles": True})
    assert rules_broken(NOTE_200, open_notes) == {}
    assert "personal-touch" not in {v.rule for v in check_letter(NOTE_200, open_notes).violations}
    email = with_channel(open_notes, "email")
    assert "other or future roles" in rules_broken(NOTE_200, email)["future"]


def test_a_subject_line_has_no_place_in_a_note(note_notes: Notes) -> None:
    text = "Subject: Thank you\n" + NOTE_200
    assert "LinkedIn connection note" in rules_broken(text, note_notes)["subject"]


def test_a_note_may_greet_on_its_first_line(note_notes: Notes) -> None:
    one_line = NOTE_200.replace("Dear Ms. Whitfield,\n", "Dear Ms. Whitfield, ")
    letter = parse(one_line)
    assert letter.greeting is not None and letter.greeting.text == "Dear Ms. Whitfield,"
    assert letter.signature is not None and letter.signature.text == "Priya Raman"
    assert letter.sentences[0].text.startswith("Thanks for talking about")
    assert rules_broken(one_line, note_notes) == {}


# --- the offline writer: every example, every tone ---------------------------------------


@pytest.mark.parametrize("limit", [None, 300])
@pytest.mark.parametrize("tone", TONES)
@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_offline_notes_fit_and_pass_for_every_example_and_tone(
    path: Path, tone: str, limit: int | None
) -> None:
    notes = as_note(load_notes(path), tone, limit)
    letters = compose(notes)
    assert [letter.to for letter in letters] == [p.name for p in notes.interviewers]
    for letter in letters:
        text = letter.text
        assert len(text) <= (limit or 200), text
        assert letter.ok, (text, letter.report.errors)
        lines = text.splitlines()
        assert len(lines) == 3 and letter.subject is None
        assert lines[-1] in (notes.candidate.name, notes.candidate.name.split()[0])
        assert lines[0].endswith(",") and lines[1].endswith(".")
        assert notes.company in lines[1] and "Subject" not in text
        # No word of the conversation or of pleasure twice in a row: "Thanks for our talk ...
        # I enjoyed our talk", "... glad to bring that to the role. I would be glad to ..."
        sentences = lines[1].split(". ")
        for first, second in itertools.pairwise(sentences):
            for word in ("talk", "discuss", "chat", "glad", "enjoy", "hope", "valu"):
                assert not (word in first.lower() and word in second.lower()), (word, text)


@pytest.mark.parametrize("limit", [None, 300])
@pytest.mark.parametrize("tone", TONES)
def test_nine_notes_each_say_their_own_topic_in_their_own_words(
    examples_dir: Path, tone: str, limit: int | None
) -> None:
    notes = as_note(load_notes(examples_dir / "big_panel_coordinator.json"), tone, limit)
    letters = compose(notes, today=notes.interview.date + dt.timedelta(days=1))
    assert len(letters) == 9  # a note has no room for the coordinator's letter
    assert all(letter.ok and len(letter.text) <= (limit or 200) for letter in letters)
    # Each recalls what that reader discussed, not one of the candidate's points in its place.
    for letter, person in zip(letters, notes.interviewers, strict=True):
        assert person.topics[0] in letter.text, letter.text
    # No two share more than one sentence (a close, at most).
    paragraphs = [set(letter.text.splitlines()[1].split(". ")) for letter in letters]
    for i, mine in enumerate(paragraphs):
        for theirs in paragraphs[i + 1 :]:
            assert len(mine & theirs) <= 1, mine & theirs
    # The thanks is worded in several ways across the panel, not one frame nine times over.
    frames = set()
    for letter, person in zip(letters, notes.interviewers, strict=True):
        thanks = letter.text.splitlines()[1].split(". ")[0]
        frames.add(thanks.replace(person.topics[0], "TOPIC"))
    assert len(frames) >= 3, frames


def test_tight_room_says_their_topic_in_the_thanks(examples_dir: Path) -> None:
    # 200 characters, "Dear Dr. Krishnamurthy," and a 42-character role: the topic goes in the
    # thanks beside the role, and the note is signed with the first name to make room for it.
    notes = as_note(load_notes(examples_dir / "big_panel_coordinator.json"), "formal")
    letters = compose(notes, today=notes.interview.date + dt.timedelta(days=1))
    [anand] = [x for x in letters if x.to == "Anand Krishnamurthy"]
    greeting, paragraph, name = anand.text.splitlines()
    assert greeting == "Dear Dr. Krishnamurthy,"
    assert paragraph.startswith("Thank you for ")
    assert "probabilistic load forecasts for wind-heavy days" in paragraph.split(". ")[0]
    assert "Principal Grid Analytics Engineer" in paragraph.split(". ")[0]
    assert "Northgrid" not in paragraph  # no point of the candidate's in place of his topic
    assert name == "Tomasz"
    # "alarms during storms during my interview": never the topic's own joining word again
    [grace] = [x for x in letters if x.to == "Grace O'Donnell"]
    assert "during storms during" not in grace.text and "during storms at my" not in grace.text


def test_with_room_for_a_point_each_reader_gets_the_one_that_meets_their_topic(
    examples_dir: Path,
) -> None:
    notes = as_note(load_notes(examples_dir / "big_panel_coordinator.json"), "formal", 300)
    letters = {x.to: x.text for x in compose(notes, today=notes.interview.date)}
    # "moving the telemetry pipeline ..." and "probabilistic load forecasts ..."
    assert "I led the move of a national telemetry pipeline to Kafka." in letters["Matthias Brandt"]
    assert "I cut day-ahead forecast error by 18% at Northgrid." in letters["Anand Krishnamurthy"]


def test_premium_room_carries_more_than_the_free_limit(warm_notes: Notes) -> None:
    [free] = compose(as_note(warm_notes))
    [premium] = compose(as_note(warm_notes, max_chars=300))
    assert len(free.text) <= 200 < len(premium.text) <= 300
    # The fuller note says their topic and one of the candidate's points besides.
    assert "nightly batch jobs" in free.text and "nightly batch jobs" in premium.text
    points = ("running Airflow and Kafka", "cut warehouse costs by 40%")  # the notes' two
    assert not any(point in free.text for point in points)
    assert any(point in premium.text for point in points), premium.text


def test_a_formal_note_is_signed_with_the_full_name(examples_dir: Path) -> None:
    notes = as_note(load_notes(examples_dir / "formal_letter.json"), "formal")
    [letter] = compose(notes)
    assert letter.text.startswith("Dear Ms. Ellison-Shaw,\n")
    assert letter.text.endswith("\nSeán O'Connor-Ramírez")


def test_the_notes_of_a_panel_differ(panel_notes: Notes) -> None:
    for tone in TONES:
        letters = compose(as_note(panel_notes, tone))
        sentences = [set(letter.text.splitlines()[1].split(". ")) for letter in letters]
        for i, mine in enumerate(sentences):
            for theirs in sentences[i + 1 :]:
                assert len(mine & theirs) <= 1, (tone, mine & theirs)


def test_an_impossible_limit_gives_the_shortest_note_and_says_so(warm_notes: Notes) -> None:
    [letter] = compose(as_note(warm_notes, max_chars=100))
    assert not letter.ok and "length" in {v.rule for v in letter.report.errors}
    assert any("over the limit of 100" in notice for notice in letter.notices)
    greeting, paragraph, name = letter.text.splitlines()  # whole sentences, never cut
    assert greeting == "Dear Ms. Whitfield," and paragraph.endswith(".")
    assert name in ("Priya Raman", "Priya")


# --- output and the command line -------------------------------------------------------


def test_json_and_markdown_carry_the_note_and_eml_is_refused(note_notes: Notes) -> None:
    letters = compose(note_notes)
    data = json.loads(render(letters, note_notes, "json"))
    assert data["letters"][0]["subject"] is None
    assert data["letters"][0]["text"] == letters[0].text
    assert letters[0].text.splitlines()[1] in render(letters, note_notes, "markdown").decode()
    with pytest.raises(InputError, match=r"no \.eml draft"):
        render(letters, note_notes, "eml")


def invoke(*args: str) -> Any:
    return CliRunner().invoke(app, [*args, "--today", TODAY])


def test_cli_channel_and_max_chars(examples_dir: Path) -> None:
    notes = str(examples_dir / "warm_email.json")
    free = invoke("compose", notes, "--channel", "linkedin", "--backend", "offline")
    assert free.exit_code == 0, free.stderr
    assert len(free.stdout.strip()) <= 200 and free.stdout.startswith("Dear Ms. Whitfield,")
    assert "characters" in free.stderr
    premium = invoke("compose", notes, "--channel", "linkedin", "--max-chars", "300", "-f", "json")
    assert premium.exit_code == 0, premium.stderr
    [letter] = json.loads(premium.stdout)["letters"]
    assert 200 < len(letter["text"]) <= 300 and letter["ok"]


@pytest.mark.parametrize(
    ("extra", "said"),
    [
        (["--channel", "linkedin", "--format", "eml"], "--format text, markdown or json"),
        (["--max-chars", "300"], 'also set --channel to "linkedin"'),
        (["--channel", "linkedin", "--max-chars", "20"], "--max-chars 20"),
        (["--channel", "fax"], "'fax'"),
    ],
)
def test_cli_refuses_what_a_note_cannot_be(examples_dir: Path, extra: list[str], said: str) -> None:
    result = invoke("compose", str(examples_dir / "warm_email.json"), *extra)
    assert result.exit_code == 2
    assert said in result.stderr and "Traceback" not in result.stderr
    assert result.stdout == ""


def test_cli_check_counts_characters(tmp_path: Path, examples_dir: Path) -> None:
    note = tmp_path / "note.txt"
    note.write_text(NOTE_201 + "\n", encoding="utf-8")
    notes = str(examples_dir / "warm_email.json")
    failing = CliRunner().invoke(app, ["check", str(note), "-n", notes, "--channel", "linkedin"])
    assert failing.exit_code == 1
    assert "201 characters" in failing.stdout
    passing = CliRunner().invoke(
        app, ["check", str(note), "-n", notes, "--channel", "linkedin", "--max-chars", "300"]
    )
    assert passing.exit_code == 0, passing.stdout


def test_the_example_note_file_composes(examples_dir: Path) -> None:
    notes = load_notes(examples_dir / "linkedin_note.json")
    assert notes.channel == "linkedin"
    letters = compose(notes)
    assert letters and all(letter.ok for letter in letters)
    assert all(len(letter.text) <= spec_for(notes).max_length for letter in letters)


def test_cli_batch_writes_notes_and_refuses_eml_for_them_alone(
    tmp_path: Path, examples_dir: Path
) -> None:
    out = tmp_path / "notes"
    result = CliRunner().invoke(
        app,
        ["batch", str(examples_dir), "--out", str(out), "--channel", "linkedin", "--today", TODAY],
    )
    assert result.exit_code == 0, result.stderr  # every note of every example is ready
    rows = json.loads((out / "summary.json").read_text(encoding="utf-8"))["letters"]
    assert {row["status"] for row in rows} == {"ok"}
    written = sorted(out.glob("*/*.txt"))
    assert len(written) == sum(len(load_notes(p).interviewers) for p in example_files())
    for path in written:
        text = path.read_text(encoding="utf-8").strip()
        assert len(text) <= 200 and "Subject" not in text and "NOT READY" not in text, path
    eml = tmp_path / "eml"
    mixed = CliRunner().invoke(
        app, ["batch", str(examples_dir), "--out", str(eml), "-f", "eml", "--today", TODAY]
    )
    assert mixed.exit_code == 2  # one bad notes file: the LinkedIn one
    rows = json.loads((eml / "summary.json").read_text(encoding="utf-8"))
    errors = [row for row in rows["letters"] if row["status"] == "error"]
    assert [Path(row["notes"]).name for row in errors] == ["linkedin_note.json"]
    assert "no .eml draft" in errors[0]["message"]


def test_the_schema_offers_the_channel_and_its_limit() -> None:
    result = CliRunner().invoke(app, ["schema"])
    schema = json.loads(result.stdout)["properties"]
    assert "linkedin" in schema["channel"]["enum"]
    limits = {k: v for option in schema["max_chars"]["anyOf"] for k, v in option.items()}
    assert limits["minimum"] == 100 and limits["maximum"] == 2000
    assert "300" in schema["max_chars"]["description"]


CORPUS = sorted((Path(__file__).parent / "corpus" / "candidates").glob("*.json"))


@pytest.mark.parametrize("limit", [None, 300])
@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.stem)
def test_offline_notes_pass_for_the_candidate_corpus(path: Path, limit: int | None) -> None:
    # Long names, titles, panels of four: every note still fits its limit and passes.
    for tone in TONES:
        for letter in compose(as_note(load_notes(path), tone, limit)):
            assert letter.ok, (tone, letter.text, letter.report.errors)
            assert len(letter.text) <= (limit or 200), letter.text
            signed = letter.text.splitlines()[-1]
            assert signed.rstrip(".").casefold() not in TITLES, letter.text  # never "Dr."
            # a point typed with commas reads as a pasted note: never one beside their topic
            assert "History, Edinburgh, 2022" not in letter.text, letter.text


def test_a_company_ending_in_a_stop_ends_the_sentence_once(warm_notes: Notes) -> None:
    notes = warm_notes.model_copy(update={"company": "Northwind Analytics Inc."})
    for tone in TONES:
        for limit in (None, 300):
            [letter] = compose(as_note(notes, tone, limit))
            # a sentence names the firm without its legal form
            assert letter.ok and "Northwind Analytics" in letter.text, letter.text
            assert "Inc" not in letter.text, letter.text
            assert ".." not in letter.text and "Inc.." not in letter.text, letter.text


@pytest.mark.parametrize("limit", [None, 300])
@pytest.mark.parametrize("tone", TONES)
def test_a_topic_with_a_comma_ends_its_sentence(tone: str, limit: int | None) -> None:
    # "the firm's pro bono commitment, especially the tenant clinic": never "..., especially
    # the firm's ..., especially the clinic", nor "the clinic and the Litigation Associate role"
    notes = load_notes(Path(__file__).parent / "corpus" / "candidates" / "law_associate_panel.json")
    writer = NoteWriter(as_note(notes, tone, limit), 0)
    said = [s for table in (TOPIC, TOPIC_THANKS) for o in writer.topics(table) for s in o]
    clinic = [sentence for sentence in said if "tenant clinic" in sentence]
    assert clinic
    for sentence in clinic:
        assert sentence.endswith("the tenant clinic.") and sentence.count("especially") == 1
    [hollis, *_] = compose(as_note(notes, tone, limit))
    assert hollis.ok, hollis.text


def test_a_retry_says_the_note_in_other_sentences(warm_notes: Notes) -> None:
    # The backend asks again with another `salt` when a note breaks a rule: the next attempt
    # must not be the same sentences, or the retry cannot help.
    notes = as_note(warm_notes)
    first, second = (NoteWriter(notes, 0, salt=salt).write().text for salt in (0, 1))
    mine, again = (set(text.splitlines()[1].split(". ")) for text in (first, second))
    assert not mine & again, (first, second)
    for text in (first, second):
        assert len(text) <= 200 and check_letter(text, notes).ok, text


@pytest.mark.parametrize(
    ("name", "given"),
    [("Priya Raman", "Priya"), ("Dr. Tomasz Wiśniewski", "Tomasz"), ("Prof Ana Lima", "Ana")],
)
def test_the_given_name_skips_a_title(name: str, given: str) -> None:
    assert given_name(name) == given


@pytest.mark.parametrize(
    ("company", "in_prose"),
    [
        ("University of Durham", "the University of Durham"),
        ("Department for Education", "the Department for Education"),
        ("Museum of London", "the Museum of London"),
        ("University College London", "University College London"),
        ("Bank of America", "Bank of America"),
        ("Halvorsen Museum of Contemporary Art", "the Halvorsen Museum of Contemporary Art"),
        ("City of Riverton Housing Department", "the City of Riverton Housing Department"),
        (
            "Court of Common Pleas of Philadelphia County",
            "the Court of Common Pleas of Philadelphia County",
        ),
        ("The Grafton Hotel", "The Grafton Hotel"),
        ("Northwind Analytics", "Northwind Analytics"),
    ],
)
def test_an_institution_takes_the_article_in_a_sentence(company: str, in_prose: str) -> None:
    assert company_in_prose(company) == in_prose


def test_the_offline_note_and_coordinator_letter_say_the_university() -> None:
    notes = load_notes(
        Path(__file__).parent / "corpus" / "candidates" / "academia_history_lecturer.json"
    )
    for letter in compose(as_note(notes), today=dt.date(2026, 12, 1)):
        assert "the University of Durham" in letter.text, letter.text
    arranger = {"name": "Morgan Ellery", "salutation": "Morgan"}
    notes = notes.model_copy(update={"coordinator": Coordinator.model_validate(arranger)})
    [letter] = compose(notes, today=dt.date(2026, 12, 1), coordinator_only=True)
    assert "the University of Durham" in letter.text and letter.report.violations == ()


def test_no_two_notes_of_a_tight_panel_say_the_same_words(examples_dir: Path) -> None:
    # Formal notes at 200 characters around a 42-character role: none is a colleague's note.
    notes = as_note(load_notes(examples_dir / "big_panel_coordinator.json"), "formal")
    letters = compose(notes, today=notes.interview.date + dt.timedelta(days=1))
    paragraphs = [letter.text.splitlines()[1] for letter in letters]
    assert len(set(paragraphs)) == len(paragraphs)


@pytest.mark.parametrize("tone", TONES)
def test_a_note_names_the_role_without_the_note_takers_bracket(
    warm_notes: Notes, tone: str
) -> None:
    # Typed "Probation Officer (PQiP qualified entry)": the bracket is the note-taker's aside;
    # a LinkedIn note names "the Probation Officer role", as a letter does, and the company as
    # a sentence says it ("the Probation Service").
    notes = warm_notes.model_copy(
        update={
            "role": "Probation Officer (PQiP qualified entry)",
            "company": "Probation Service",
        }
    )
    for salt in range(3):
        text = NoteWriter(as_note(notes, tone), 0, salt=salt).write().text
        assert "(PQiP" not in text, text
        if "Probation Officer" in text and " at " in text:
            assert "at Probation Service" not in text, text
