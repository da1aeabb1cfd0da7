"""`thankyou check` and `thankyou rules` through the real Typer app."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import composer.rules.proofread as proofreader
from composer.cli import app
from composer.models import Notes
from composer.rules import RULES
from composer.rules.report import Violation

runner = CliRunner()
CORPUS = Path(__file__).resolve().parent / "corpus"
GOOD = CORPUS / "good"
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
WARM = str(EXAMPLES / "warm_email.json")
PANEL = str(EXAMPLES / "panel_three.json")


@pytest.fixture(autouse=True)
def _no_proofreader(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep these tests about the rules: the proofreader is off unless a test turns it on."""
    monkeypatch.setattr(proofreader, "available", lambda: False)


def test_good_letter_exits_0_with_a_summary() -> None:
    result = runner.invoke(app, ["check", str(GOOD / "warm_email_dana.txt"), "--notes", WARM])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    text = (GOOD / "warm_email_dana.txt").read_text(encoding="utf-8")
    words = sum(any(c.isalnum() for c in token) for token in text.split("\n", 1)[1].split())
    assert lines[0].endswith(f"(to Dana Whitfield, {words} words): ok")
    assert lines[-1].startswith("1 letter checked: 0 errors, 0 warnings.")


def test_flawed_letter_exits_1_with_one_line_per_finding() -> None:
    letter = CORPUS / "flawed" / "names" / "company_typo.txt"
    result = runner.invoke(app, ["check", str(letter), "--notes", WARM])
    assert result.exit_code == 1
    findings = [line for line in result.stdout.splitlines() if line.startswith("  ")]
    assert len(findings) == 1
    assert findings[0].startswith("  error [names] line ") and '"Northwnd"' in findings[0]
    assert "1 error" in result.stdout.splitlines()[-1]


def test_warnings_alone_exit_0() -> None:
    letter = CORPUS / "flawed" / "personal-touch" / "no_lisbon.txt"
    result = runner.invoke(app, ["check", str(letter), "--notes", WARM])
    assert result.exit_code == 0
    assert "  warning [personal-touch] " in result.stdout


def test_json_has_exactly_the_documented_shape() -> None:
    files = [
        str(GOOD / "warm_email_dana.txt"),
        str(CORPUS / "flawed" / "tone" / "shouting_and_marks.txt"),
    ]
    result = runner.invoke(app, ["check", *files, "--notes", WARM, "--json"])
    assert result.exit_code == 0  # tone is a warning
    data = json.loads(result.stdout)
    assert set(data) == {"ok", "letters"} and data["ok"] is True
    assert [entry["file"] for entry in data["letters"]] == files
    for entry in data["letters"]:
        assert set(entry) == {"file", "to", "ok", "words", "violations"}
        assert entry["to"] == "Dana Whitfield" and isinstance(entry["words"], int)
        for found in entry["violations"]:
            assert set(found) == {"rule", "severity", "message"}
    assert data["letters"][0]["violations"] == []
    assert {f["rule"] for f in data["letters"][1]["violations"]} == {"tone"}
    assert {f["severity"] for f in data["letters"][1]["violations"]} == {"warning"}


def test_json_reports_a_failing_letter() -> None:
    letter = str(CORPUS / "flawed" / "grounding" / "invented_percentage.txt")
    result = runner.invoke(app, ["check", letter, "--notes", WARM, "--json"])
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["ok"] is False and data["letters"][0]["ok"] is False
    (found,) = data["letters"][0]["violations"]
    assert found["rule"] == "grounding" and '"45"' in found["message"]


def test_stdin_is_read_for_a_dash() -> None:
    text = (GOOD / "warm_email_dana.txt").read_text(encoding="utf-8")
    result = runner.invoke(app, ["check", "-", "--notes", WARM, "--json"], input=text)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["letters"][0]["file"] == "-"


def test_panel_letter_without_a_named_greeting_needs_to(tmp_path: Path) -> None:
    text = (GOOD / "panel_kjetil.txt").read_text(encoding="utf-8")
    letter = tmp_path / "letter.txt"
    letter.write_text(text.replace("Hello Kjetil,", "Hello,"), encoding="utf-8")
    result = runner.invoke(app, ["check", str(letter), "--notes", PANEL])
    assert result.exit_code == 2
    assert "--to" in result.stderr and str(letter) in result.stderr
    assert "Traceback" not in result.output
    result = runner.invoke(app, ["check", str(letter), "--notes", PANEL, "--to", "Kjetil Ølstad"])
    assert result.exit_code == 1
    assert "[greeting]" in result.stdout and "to Kjetil Ølstad" in result.stdout


def test_unknown_to_is_bad_input() -> None:
    letter = str(GOOD / "panel_kjetil.txt")
    result = runner.invoke(app, ["check", letter, "--notes", PANEL, "--to", "Someone Else"])
    assert result.exit_code == 2
    assert "Someone Else" in result.stderr and "Kjetil Ølstad" in result.stderr


def test_letters_of_a_panel_are_checked_together(tmp_path: Path) -> None:
    copy = tmp_path / "copy.txt"
    copy.write_text(
        (GOOD / "panel_kjetil.txt")
        .read_text(encoding="utf-8")
        .replace("Hello Kjetil,", "Hi Amélie,"),
        encoding="utf-8",
    )
    result = runner.invoke(
        app, ["check", str(GOOD / "panel_kjetil.txt"), str(copy), "--notes", PANEL]
    )
    assert result.exit_code == 1
    assert result.stdout.count("error [unique]") == 2


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: d, "is a folder"),
        (lambda d: _write(d / "latin1.txt", "Dear Dana,\nMerci à vous".encode("latin-1")), "UTF-8"),
        (
            lambda d: _write(
                d / "cp1252.txt", "Dear Dana,\n\nThanks \u2014 truly".encode("cp1252")
            ),
            "line 3: byte 0x97 is not UTF-8",
        ),
        (lambda d: _write(d / "empty.txt", b"  \n"), "empty"),
        (lambda d: d / ("n" * 300 + ".txt"), "cannot read it (File name too long)"),
    ],
)
def test_bad_letter_files_exit_2(tmp_path: Path, make, expected: str) -> None:  # type: ignore[no-untyped-def]
    path = make(tmp_path)
    result = runner.invoke(app, ["check", str(path), "--notes", WARM])
    assert result.exit_code == 2
    assert result.stderr.startswith("error: ") and expected in result.stderr
    assert "Traceback" not in result.output


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_bad_notes_exit_2(tmp_path: Path) -> None:
    notes = tmp_path / "notes.json"
    notes.write_text('{"company": ', encoding="utf-8")
    result = runner.invoke(app, ["check", str(GOOD / "warm_email_dana.txt"), "--notes", str(notes)])
    assert result.exit_code == 2
    assert "not valid JSON" in result.stderr
    missing = runner.invoke(
        app, ["check", str(GOOD / "warm_email_dana.txt"), "--notes", "nope.json"]
    )
    assert missing.exit_code == 2 and "no such file" in missing.stderr


def test_notes_are_required() -> None:
    result = runner.invoke(app, ["check", str(GOOD / "warm_email_dana.txt")])
    assert result.exit_code == 2 and "--notes" in result.output


def test_rules_lists_every_rule_and_how_to_enable_proofread() -> None:
    result = runner.invoke(app, ["rules"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert [line.split()[0] for line in lines] == [rule.id for rule in RULES]
    for line, rule in zip(lines, RULES, strict=True):
        assert line.split()[1] == rule.severity and rule.summary in line
    assert "Inactive" in lines[-1] and "pip install 'thankyou-composer[proofread]'" in lines[-1]


def test_rules_says_when_proofread_is_active(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(proofreader, "available", lambda: True)
    result = runner.invoke(app, ["rules"])
    assert "Active" in result.stdout.splitlines()[-1]


def test_proofread_runs_by_default_when_available(monkeypatch: pytest.MonkeyPatch) -> None:
    import composer.rules.proofread

    def fake(text: str, notes: Notes, *, dialect: str | None = None) -> list[Violation]:
        return [Violation("proofread", "warning", 'line 5: "teh": did you mean "the"?', "teh")]

    monkeypatch.setattr(composer.rules.proofread, "proofread_findings", fake)
    letter = str(GOOD / "warm_email_dana.txt")
    off = runner.invoke(app, ["check", letter, "--notes", WARM])
    assert off.exit_code == 0 and "[proofread]" not in off.stdout
    monkeypatch.setattr(proofreader, "available", lambda: True)
    on = runner.invoke(app, ["check", letter, "--notes", WARM])
    assert on.exit_code == 0 and "  warning [proofread] " in on.stdout
    skipped = runner.invoke(app, ["check", letter, "--notes", WARM, "--no-proofread"])
    assert "[proofread]" not in skipped.stdout


def test_asking_for_proofread_without_the_extra_is_bad_input() -> None:
    result = runner.invoke(
        app, ["check", str(GOOD / "warm_email_dana.txt"), "--notes", WARM, "--proofread"]
    )
    assert result.exit_code == 2
    assert "pip install 'thankyou-composer[proofread]'" in result.stderr


def test_eml_drafts_from_compose_are_checked_as_letters(tmp_path: Path) -> None:
    drafts = tmp_path / "drafts"
    made = runner.invoke(app, ["compose", PANEL, "--format", "eml", "--out", f"{drafts}/"])
    assert made.exit_code == 0, made.stderr
    files = sorted(str(p) for p in drafts.iterdir())
    result = runner.invoke(app, ["check", *files, "--notes", PANEL])
    assert result.exit_code == 0, result.stdout + result.stderr
    assert "3 letters checked: 0 errors" in result.stdout
    # A draft edited by hand is checked on its words (quoted-printable decoded, accents kept).
    kjetil = drafts / "kjetil-olstad.eml"
    raw = kjetil.read_bytes().replace(b"Brightline Health", b"Brightlin Health", 1)
    kjetil.write_bytes(raw)
    edited = runner.invoke(app, ["check", str(kjetil), "--notes", PANEL])
    assert edited.exit_code == 1
    assert "to Kjetil Ølstad" in edited.stdout and "[names]" in edited.stdout


def test_a_printed_letter_saved_as_eml_is_checked_without_its_subject(tmp_path: Path) -> None:
    notes = EXAMPLES / "formal_letter.json"
    draft = tmp_path / "letter.eml"
    made = runner.invoke(app, ["compose", str(notes), "--format", "eml", "--out", str(draft)])
    assert made.exit_code == 0, made.stderr
    result = runner.invoke(app, ["check", str(draft), "--notes", str(notes)])
    assert result.exit_code == 0, result.stdout


def _json_check(path: Path, notes: str) -> dict[str, object]:
    result = runner.invoke(app, ["check", str(path), "--notes", notes, "--json"])
    assert result.exit_code == 0, result.output
    data: dict[str, object] = json.loads(result.stdout)
    return data


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_a_unicode_letter_with_a_byte_order_mark_is_read(tmp_path: Path, codec: str) -> None:
    # Windows Notepad's "Unicode": a byte-order mark, then UTF-16 with CRLF line ends.
    text = (GOOD / "panel_amelie.txt").read_text(encoding="utf-8")
    windows = ("\ufeff" + text.replace("\n", "\r\n")).encode(codec)
    plain = _write(tmp_path / "plain.txt", text.encode("utf-8"))
    wide = _write(tmp_path / "wide.txt", windows)
    expected = _json_check(plain, PANEL)
    found = _json_check(wide, PANEL)
    letters = found["letters"]
    assert isinstance(letters, list) and letters[0]["to"] == "Amélie Dubois-Lefèvre"
    assert letters[0]["words"] == expected["letters"][0]["words"]  # type: ignore[index]
    assert found["ok"] is True and letters[0]["violations"] == []


def test_a_utf16_letter_on_stdin_is_read() -> None:
    text = (GOOD / "warm_email_dana.txt").read_text(encoding="utf-8")
    result = runner.invoke(app, ["check", "-", "--notes", WARM], input=text.encode("utf-16"))
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        # A mark, then half a character at the end: the file was cut short.
        (b"\xff\xfe" + "Dear Dana,".encode("utf-16-le") + b"D", "the file is UTF-16 text"),
        # No mark: every other byte is zero.
        ("Dear Dana,\nThank you.\n".encode("utf-16-le"), "looks like UTF-16 text"),
    ],
)
def test_a_utf16_letter_that_cannot_be_read_says_how_to_save_it(
    tmp_path: Path, data: bytes, expected: str
) -> None:
    path = _write(tmp_path / "letter.txt", data)
    result = runner.invoke(app, ["check", str(path), "--notes", WARM])
    assert result.exit_code == 2
    assert expected in result.stderr and 'Encoding "UTF-8"' in result.stderr
    assert "Traceback" not in result.output
