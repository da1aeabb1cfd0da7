"""`thankyou batch --batch-api` with the letter to a large panel's coordinator, and with
--channel / --max-chars: the same rounds, checks and files as the panellists' letters."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from typer.testing import CliRunner

from composer.backends.base import DraftRequest
from composer.batch_api import start_batch_api
from composer.cli import app
from composer.notes_file import load_notes
from composer.offline import OfflineBackend
from tests.test_batch_api import Answer, BatchServer, backend_at, honest, no_wait
from tests.test_coordinator import COORDINATOR, PANEL
from tests.test_linkedin_model import NOTE_195
from tests.test_model_compose import KEY, MODEL, completion

# The words of prompts/coordinator.md that mark a request for the coordinator's letter.
TO_COORDINATOR = "the panel's coordinator"


@pytest.fixture
def inbox(tmp_path: Path, examples_dir: Path) -> Path:
    folder = tmp_path / "notes"
    folder.mkdir()
    for name in ("big_panel_coordinator.json", "panel_three.json"):
        (folder / name).write_bytes((examples_dir / name).read_bytes())
    return folder


def with_coordinator(inbox: Path, first_drafts: list[str]) -> tuple[Answer, list[str]]:
    """Each panellist's offline letter; the coordinator's `first_drafts`, then a good one."""
    big = load_notes(inbox / "big_panel_coordinator.json")
    three = load_notes(inbox / "panel_three.json")
    panel = honest([big, three])
    assert big.coordinator is not None
    request = DraftRequest(big, big.coordinator.as_addressee(), coordinator=True)
    good = OfflineBackend().draft(request).text
    drafts = list(first_drafts)
    asked: list[str] = []

    def answer(body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        text = body["messages"][1]["content"]
        if TO_COORDINATOR in text:
            asked.append(text)
            return 200, completion(drafts.pop(0) if drafts else good)
        return panel(body)

    return answer, [good]


def test_the_coordinator_letter_goes_through_the_rounds(
    httpserver: HTTPServer, inbox: Path, tmp_path: Path
) -> None:
    big = load_notes(inbox / "big_panel_coordinator.json")
    assert big.coordinator is not None
    request = DraftRequest(big, big.coordinator.as_addressee(), coordinator=True)
    misspelt = OfflineBackend().draft(request).text.replace(PANEL[3], "Matthias Brant")
    assert misspelt.count("Matthias Brant") == 1
    answer, _ = with_coordinator(inbox, [misspelt])
    server = BatchServer(httpserver, answer)
    out = tmp_path / "letters"
    rows = start_batch_api([inbox], out, backend_at(httpserver), poll=no_wait())
    big_rows = [r for r in rows if "big_panel" in r.notes]
    assert [r.interviewer for r in big_rows] == [*PANEL, COORDINATOR]
    assert [r.status for r in rows] == ["ok"] * len(rows)
    assert len(rows) == len(PANEL) + 1 + 3  # the panel of three has no coordinator
    assert big_rows[-1].attempts == 2  # the misspelt name was sent back once
    # one round for every letter, then one for the coordinator's letter alone
    assert [len(lines) for lines in server.inputs] == [len(PANEL) + 1 + 3, 1]
    [reask] = server.inputs[1]
    assert TO_COORDINATOR in reask["body"]["messages"][1]["content"]
    assert "Matthias Brant" in reask["body"]["messages"][2]["content"]  # the draft sent back
    assert "[names]" in reask["body"]["messages"][3]["content"]
    text = (out / "big_panel_coordinator" / "rachel-adeyemi-brooks-coordinator.txt").read_text(
        encoding="utf-8"
    )
    assert all(name in text for name in PANEL) and "Matthias Brant " not in text
    assert len(list((out / "big_panel_coordinator").iterdir())) == len(PANEL) + 1
    assert len(list((out / "panel_three").iterdir())) == 3


def test_asked_for_a_panel_without_one_the_row_says_what_to_add(
    httpserver: HTTPServer, inbox: Path, tmp_path: Path
) -> None:
    answer, _ = with_coordinator(inbox, [])
    server = BatchServer(httpserver, answer)
    out = tmp_path / "letters"
    common = ["--base-url", httpserver.url_for("/v1"), "--api-key", KEY, "--model", MODEL]
    args = ["batch", str(inbox), "--out", str(out), "--batch-api", "--poll-seconds", "0"]
    result = CliRunner().invoke(app, [*args, *common, "--coordinator"])
    assert result.exit_code == 2, result.stderr
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    [bad] = [row for row in summary["letters"] if row["status"] == "error"]
    assert bad["interviewer"] == "coordinator" and "panel_three" in bad["notes"]
    assert bad["kind"] == "notes" and '"coordinator"' in bad["message"]
    # named by the flags, on stderr and in the summary
    assert "leave out --coordinator and --coordinator-only" in bad["message"]
    [line] = [x for x in result.stderr.splitlines() if x.startswith("error") and "panel_thr" in x]
    assert "--coordinator-only" in line and "`" not in line
    assert sum(len(lines) for lines in server.inputs) == len(PANEL) + 1 + 3  # none sent for it
    # --no-coordinator: the panellists' letters only
    again = CliRunner().invoke(
        app, [*args[:3], str(tmp_path / "b"), *args[4:], *common, "--no-coordinator"]
    )
    assert again.exit_code == 0, again.stderr
    assert not list((tmp_path / "b" / "big_panel_coordinator").glob("*coordinator*"))


def test_channel_and_max_chars_go_into_the_requests_and_are_kept_for_resume(
    httpserver: HTTPServer, tmp_path: Path, examples_dir: Path
) -> None:
    source = tmp_path / "warm_email.json"
    source.write_bytes((examples_dir / "warm_email.json").read_bytes())
    server = BatchServer(httpserver, lambda _body: (200, completion(NOTE_195)))
    out = tmp_path / "notes"
    common = ["--base-url", httpserver.url_for("/v1"), "--api-key", KEY, "--model", MODEL]
    args = ["batch", str(source), "--out", str(out), "--batch-api", "--poll-seconds", "0"]
    result = CliRunner().invoke(
        app, [*args, *common, "--channel", "linkedin", "--max-chars", "300"]
    )
    assert result.exit_code == 0, result.stderr
    [[line]] = server.inputs
    assert "at most 300 characters" in line["body"]["messages"][0]["content"]
    assert "LinkedIn connection note" in line["body"]["messages"][1]["content"]
    written = (out / "warm_email" / "dana-whitfield.txt").read_text(encoding="utf-8")
    assert written.strip() == NOTE_195  # a note: no Subject line, no letterhead
    state = json.loads((out / ".thankyou-batch-api.json").read_text(encoding="utf-8"))
    assert (state["channel"], state["max_chars"]) == ("linkedin", 300)
    refused = CliRunner().invoke(
        app, ["batch", "--resume", str(out), *common, "--channel", "email"]
    )
    assert refused.exit_code == 2 and "--channel" in refused.stderr
    # a note has no .eml draft: the file's row says so, and nothing is sent for it
    eml = CliRunner().invoke(
        app,
        [*args[:3], str(tmp_path / "eml"), *args[4:], *common, "--channel", "linkedin",
         "-f", "eml"],
    )  # fmt: skip
    assert eml.exit_code == 2 and len(server.inputs) == 1
