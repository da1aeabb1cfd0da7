"""Output formats (text, Markdown, .eml, JSON), safe file names, and writing without loss."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import replace
from email import message_from_bytes, message_from_string, policy
from email.message import EmailMessage
from pathlib import Path

import pytest

from composer.compose import Letter, compose
from composer.files import FileExists
from composer.models import Notes
from composer.output import (
    plan_files,
    render,
    render_eml,
    render_json,
    render_markdown,
    render_text,
    slug,
    write_planned,
)
from composer.rules.report import Violation

# 2026-11-25 21:30:05 UTC, in seconds since the epoch
WHEN = 1795642205.0


@pytest.fixture
def panel_letters(panel_notes: Notes) -> list[Letter]:
    return compose(panel_notes)


@pytest.fixture
def warm_letter(warm_notes: Notes) -> Letter:
    [letter] = compose(warm_notes)
    return letter


def _failing(letter: Letter) -> Letter:
    broken = Violation("grounding", "error", '"Porto" is not in the notes', quote="Porto")
    return replace(letter, report=letter.report.with_violations([broken]))


def test_text_of_one_letter_is_the_letter(warm_letter: Letter) -> None:
    assert render_text([warm_letter]) == warm_letter.text + "\n"


def test_text_of_several_letters_names_each_addressee(panel_letters: list[Letter]) -> None:
    text = render_text(panel_letters)
    for index, letter in enumerate(panel_letters, 1):
        assert f"Letter {index} of 3: to {letter.to}" in text
        assert letter.text in text
    assert text.index("Amélie") < text.index("Kjetil") < text.index("Chinedu Okafor")


def test_a_failing_letter_is_marked_in_every_format(warm_letter: Letter, warm_notes: Notes) -> None:
    bad = _failing(warm_letter)
    assert render_text([bad]).startswith("!! NOT READY TO SEND")
    assert "NOT READY TO SEND" in render_markdown([bad])
    parsed = message_from_bytes(render_eml(bad, warm_notes), policy=policy.default)
    assert "grounding" in str(parsed["X-Thankyou-Problems"])
    data = json.loads(render_json([bad]))
    assert data["letters"][0]["ok"] is False
    assert "NOT READY" not in render_text([warm_letter])


def test_markdown_has_a_section_per_letter(panel_letters: list[Letter]) -> None:
    markdown = render_markdown(panel_letters)
    assert markdown.count("\n---\n") == 2
    assert "## To Kjetil Ølstad" in markdown
    assert "**Subject:** " in markdown and "*Send by 2026-11-25*" in markdown


def test_markdown_shows_the_letters_own_asterisks_and_underscores(
    warm_letter: Letter,
) -> None:
    body = warm_letter.body.replace(
        "Dear Ms. Whitfield,", "Dear Ms. Whitfield,\n\nOn *nix and on_call_rotation [v2]*:"
    )
    markdown = render_markdown([replace(warm_letter, body=body)])
    assert r"On \*nix and on\_call\_rotation \[v2\]\*:" in markdown
    assert "**Subject:** Thank" in markdown  # our own markup stays markup


def test_eml_parses_back_with_every_header(warm_letter: Letter, warm_notes: Notes) -> None:
    raw = render_eml(warm_letter, warm_notes)
    parsed = message_from_bytes(raw, policy=policy.default)
    assert isinstance(parsed, EmailMessage)
    assert parsed["To"].addresses[0].addr_spec == "dana.whitfield@northwind.example"
    assert parsed["To"].addresses[0].display_name == "Dana Whitfield"
    assert parsed["From"].addresses[0].addr_spec == "priya.raman@example.com"
    assert parsed["Subject"] == warm_letter.subject
    assert parsed["X-Unsent"] == "1"
    # the moment given, however the machine's time zone writes it
    dated = message_from_bytes(
        render_eml(warm_letter, warm_notes, when=WHEN), policy=policy.default
    )
    assert dated["Date"].datetime == dt.datetime(2026, 11, 25, 21, 30, 5, tzinfo=dt.timezone.utc)
    body = parsed.get_body(("plain",))
    assert body is not None
    assert body.get_content_charset() == "utf-8"
    assert body.get_content().strip() == warm_letter.body


def test_eml_keeps_accents_and_leaves_out_unknown_addresses(
    panel_letters: list[Letter], panel_notes: Notes
) -> None:
    amelie = message_from_bytes(render_eml(panel_letters[0], panel_notes), policy=policy.default)
    assert amelie["To"].addresses[0].display_name == "Amélie Dubois-Lefèvre"
    assert "Amélie" in amelie.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    okafor = message_from_bytes(render_eml(panel_letters[2], panel_notes), policy=policy.default)
    assert okafor["To"] is None  # no address in the notes: the user fills it in
    assert okafor["X-Unsent"] == "1"


def test_several_eml_on_one_stream_form_an_mbox(
    panel_letters: list[Letter], panel_notes: Notes, tmp_path: Path
) -> None:
    import mailbox

    path = tmp_path / "drafts.mbox"
    path.write_bytes(render(panel_letters, panel_notes, "eml"))
    box = mailbox.mbox(str(path), create=False)
    try:
        messages = list(box)
    finally:
        box.close()
    assert [m["To"] is not None for m in messages] == [True, True, False]
    assert all(m["X-Unsent"] == "1" for m in messages)


def test_eml_addresses_with_accented_domains_stay_valid(
    warm_letter: Letter, warm_notes: Notes
) -> None:
    data = warm_notes.model_dump(mode="json")
    data["candidate"]["email"] = "priya@bücher.example"
    data["interviewers"][0]["email"] = "dana@exämple.com"
    notes = Notes.model_validate(data)
    letter = replace(warm_letter, interviewer=notes.interviewers[0])
    raw = render_eml(letter, notes)
    assert b"=?utf-8?" not in raw.split(b"\nSubject:")[0]  # no encoded words inside addresses
    parsed = message_from_bytes(raw, policy=policy.default)
    assert parsed["To"].addresses[0].addr_spec == "dana@xn--exmple-cua.com"
    assert parsed["From"].addresses[0].addr_spec == "priya@xn--bcher-kva.example"


def test_eml_with_an_accented_mailbox_name_is_utf8_not_encoded_words(
    warm_letter: Letter, warm_notes: Notes
) -> None:
    data = warm_notes.model_dump(mode="json")
    data["candidate"]["email"] = "josé@example.com"
    notes = Notes.model_validate(data)
    raw = render_eml(warm_letter, notes)
    assert "From: Priya Raman <josé@example.com>".encode() in raw
    parsed = message_from_string(raw.decode("utf-8"), policy=policy.default)
    assert parsed["From"].addresses[0].addr_spec == "josé@example.com"
    assert parsed["X-Unsent"] == "1"


def test_the_mbox_separator_dates_are_in_asctime_form(
    panel_letters: list[Letter], panel_notes: Notes
) -> None:
    separators = [
        line
        for line in render(panel_letters, panel_notes, "eml").decode("utf-8").splitlines()
        if line.startswith("From ")
    ]
    assert len(separators) == 3
    for line in separators:
        assert re.fullmatch(
            r"From \S+ [A-Z][a-z]{2} [A-Z][a-z]{2} [ 0-9]\d \d\d:\d\d:\d\d \d{4}", line
        ), line
    stamped = render(panel_letters, panel_notes, "eml", when=WHEN).decode("utf-8").splitlines()
    assert stamped[0] == "From thankyou-composer Wed Nov 25 21:30:05 2026"


def test_json_has_exactly_the_documented_shape(panel_letters: list[Letter]) -> None:
    data = json.loads(render_json(panel_letters))
    assert list(data) == ["letters"]
    assert len(data["letters"]) == 3
    for item, letter in zip(data["letters"], panel_letters, strict=True):
        assert set(item) == {
            "to", "coordinator", "subject", "text", "send_by", "attempts", "ok", "violations",
            "usage",
        }  # fmt: skip
        assert item["coordinator"] is False
        assert item["to"] == letter.to and item["text"] == letter.text
        assert item["send_by"] == "2026-11-25" and item["attempts"] == 1 and item["ok"] is True
        assert item["usage"] == {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0}
        for violation in item["violations"]:
            assert set(violation) == {"rule", "severity", "message"}


def test_json_subject_is_null_for_a_printed_letter(examples_dir: Path) -> None:
    from composer.notes_file import load_notes

    letters = compose(load_notes(examples_dir / "formal_letter.json"))
    assert json.loads(render_json(letters))["letters"][0]["subject"] is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Amélie Dubois-Lefèvre", "amelie-dubois-lefevre"),
        ("Kjetil Ølstad", "kjetil-olstad"),
        ("Seán O'Connor", "sean-o-connor"),
        ("../../etc/passwd", "etc-passwd"),
        ("a/b\\c", "a-b-c"),
        ("..", "letter"),
        ("王小明", "letter"),
        ("   ", "letter"),
        ("CON", "con"),
    ],
)
def test_slug_is_safe(name: str, expected: str) -> None:
    result = slug(name)
    assert result == expected
    assert "/" not in result and "\\" not in result and ".." not in result and result


def test_plan_uses_the_file_for_one_letter(tmp_path: Path) -> None:
    assert plan_files(tmp_path / "a.txt", ["Dana"], "text") == [(tmp_path / "a.txt", [0])]


def test_plan_for_several_letters_stays_inside_the_folder(tmp_path: Path) -> None:
    names = ["../../evil", "Zoë Ångström", "王小明", "Zoe Angstrom"]
    plan = plan_files(tmp_path / "out", names, "eml")
    paths = [path for path, _ in plan]
    assert len(set(paths)) == 4
    for path in paths:
        assert path.parent == tmp_path / "out" and path.suffix == ".eml"
    assert paths[1].name == "zoe-angstrom.eml" and paths[3].name == "zoe-angstrom-2.eml"
    assert paths[2].name == "interviewer-3.eml"


def test_plan_refuses_a_file_for_several_letters(tmp_path: Path) -> None:
    target = tmp_path / "one.txt"
    target.write_text("mine")
    from composer.errors import InputError

    with pytest.raises(InputError, match="need a folder"):
        plan_files(target, ["A", "B"], "text")


def test_one_letter_into_an_existing_folder_gets_its_own_name(tmp_path: Path) -> None:
    assert plan_files(tmp_path, ["Dana Whitfield"], "markdown") == [
        (tmp_path / "dana-whitfield.md", [0])
    ]


def test_writing_never_overwrites_without_force(
    panel_letters: list[Letter], panel_notes: Notes, tmp_path: Path
) -> None:
    plan = plan_files(tmp_path / "out", [p.name for p in panel_notes.interviewers], "text")
    written = write_planned(panel_letters, panel_notes, "text", plan)
    assert len(written) == 3
    first = written[0]
    first.write_text("my edits", encoding="utf-8")
    with pytest.raises(FileExists):
        write_planned(panel_letters, panel_notes, "text", plan)
    assert first.read_text(encoding="utf-8") == "my edits"
    write_planned(panel_letters, panel_notes, "text", plan, force=True)
    assert first.read_text(encoding="utf-8") == panel_letters[0].text + "\n"
    assert not [p for p in (tmp_path / "out").iterdir() if p.name.startswith(".")]


def test_one_letter_to_a_new_path_without_extension_goes_into_a_folder(tmp_path: Path) -> None:
    assert plan_files(tmp_path / "drafts", ["Dana Whitfield"], "eml") == [
        (tmp_path / "drafts" / "dana-whitfield.eml", [0])
    ]
    existing = tmp_path / "letter"
    existing.write_text("x")
    assert plan_files(existing, ["Dana"], "text") == [(existing, [0])]
