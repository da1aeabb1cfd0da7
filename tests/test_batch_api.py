"""`thankyou batch --batch-api` against a loopback server that implements the files and batches
endpoints as the API documents them, driven by the real openai client: rounds with re-asks,
statuses, output and error files, per-line errors, resume after a stop, cancel."""

from __future__ import annotations

import itertools
import json
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer
from typer.testing import CliRunner
from werkzeug import Request, Response

from composer.backends.base import DraftRequest, ModelSettings
from composer.backends.openai_backend import OpenAIBackend
from composer.batch_api import STATE, Poll, cancel_batch_api, resume_batch_api, start_batch_api
from composer.cli import app
from composer.errors import InputError
from composer.models import Notes
from composer.notes_file import load_notes
from composer.offline import OfflineBackend
from tests.fakes import copy_for_second
from tests.test_model_compose import BAD, GOOD, KEY, MODEL, addressee, completion

Answer = Callable[[dict[str, Any]], tuple[int, dict[str, Any]]]


class BatchServer:
    """Files and batches, as documented: a batch goes validating -> in_progress -> finalizing
    -> `final` over successive retrieves; on completion every input line is answered by
    `answer(body) -> (status, body)`: 200 lines go to the output file, others to the error file.
    """

    def __init__(self, server: HTTPServer, answer: Answer, final: str = "completed") -> None:
        self.answer = answer
        self.final = final
        self.files: dict[str, dict[str, Any]] = {}
        self.batches: dict[str, dict[str, Any]] = {}
        self.inputs: list[list[dict[str, Any]]] = []
        self.calls: Counter[str] = Counter()
        self.on_retrieve: Callable[[str], None] | None = None
        self.ids = itertools.count(1)
        server.expect_request(re.compile(r"^/v1/.*")).respond_with_handler(self.handle)

    def handle(self, request: Request) -> Response:
        assert request.headers.get("Authorization") == f"Bearer {KEY}"
        path, method = request.path, request.method
        if path == "/v1/files" and method == "POST":
            return self.upload(request)
        if match := re.fullmatch(r"/v1/files/([\w-]+)/content", path):
            self.calls["download"] += 1
            return Response(self.files[match[1]]["content"], 200, content_type="application/jsonl")
        if path == "/v1/batches" and method == "POST":
            return self.create(json.loads(request.get_data()))
        if match := re.fullmatch(r"/v1/batches/([\w-]+)/cancel", path):
            self.calls["cancel"] += 1
            batch = self.batches[match[1]]
            batch["status"] = "cancelling"
            return self.json(batch)
        if match := re.fullmatch(r"/v1/batches/([\w-]+)", path):
            self.calls["retrieve"] += 1
            if self.on_retrieve is not None:
                self.on_retrieve(match[1])
            return self.json(self.advance(self.batches[match[1]]))
        return Response("not found", 404)

    @staticmethod
    def json(data: dict[str, Any]) -> Response:
        return Response(json.dumps(data), 200, content_type="application/json")

    def upload(self, request: Request) -> Response:
        self.calls["upload"] += 1
        assert request.form["purpose"] == "batch"
        content = request.files["file"].read()
        lines = [json.loads(line) for line in content.decode().splitlines() if line.strip()]
        assert all(
            line["method"] == "POST" and line["url"] == "/v1/chat/completions" for line in lines
        )
        assert len({line["custom_id"] for line in lines}) == len(lines)  # custom_id unique
        self.inputs.append(lines)
        return self.json(self.new_file(content, "batch", "letters.jsonl"))

    def new_file(self, content: bytes, purpose: str, name: str) -> dict[str, Any]:
        file_id = f"file-{next(self.ids)}"
        record = {
            "id": file_id,
            "object": "file",
            "bytes": len(content),
            "created_at": 1700000000,
            "filename": name,
            "purpose": purpose,
        }
        self.files[file_id] = {**record, "content": content}
        return record

    def create(self, body: dict[str, Any]) -> Response:
        self.calls["create"] += 1
        assert body["endpoint"] == "/v1/chat/completions" and body["completion_window"] == "24h"
        assert body["input_file_id"] in self.files
        batch_id = f"batch_{next(self.ids)}"
        total = len(json.loads(b"[" + b",".join(
            self.files[body["input_file_id"]]["content"].splitlines()) + b"]"))  # fmt: skip
        self.batches[batch_id] = {
            "id": batch_id,
            "object": "batch",
            "endpoint": body["endpoint"],
            "errors": None,
            "input_file_id": body["input_file_id"],
            "completion_window": "24h",
            "status": "validating",
            "output_file_id": None,
            "error_file_id": None,
            "created_at": 1700000000,
            "request_counts": {"total": total, "completed": 0, "failed": 0},
            "metadata": body.get("metadata"),
        }
        return self.json(self.batches[batch_id])

    def advance(self, batch: dict[str, Any]) -> dict[str, Any]:
        status = batch["status"]
        if status == "cancelling":
            batch["status"] = "cancelled"
        elif status == "validating":
            batch["status"] = "in_progress"
        elif status == "in_progress":
            batch["status"] = "finalizing"
        elif status == "finalizing":
            self.finish(batch)
        return batch

    def finish(self, batch: dict[str, Any]) -> None:
        if self.final == "failed":
            batch["status"] = "failed"
            batch["errors"] = {
                "object": "list",
                "data": [{"code": "invalid_request", "message": "bad line", "line": 1}],
            }
            return
        lines = [json.loads(x) for x in self.files[batch["input_file_id"]]["content"].splitlines()]
        output, errors = [], []
        for n, line in enumerate(lines):
            if self.final == "expired" and n > 0:
                errors.append({
                    "id": f"batch_req_{n}", "custom_id": line["custom_id"], "response": None,
                    "error": {"code": "batch_expired", "message": "not run before the window"},
                })  # fmt: skip
                continue
            status, body = self.answer(line["body"])
            record = {
                "id": f"batch_req_{n}",
                "custom_id": line["custom_id"],
                "response": {"status_code": status, "request_id": f"req_{n}", "body": body},
                "error": None,
            }
            (output if status == 200 else errors).append(record)
        batch["request_counts"] = {
            "total": len(lines),
            "completed": len(output),
            "failed": len(errors),
        }
        for records, key in ((output, "output_file_id"), (errors, "error_file_id")):
            if records:
                data = "".join(json.dumps(r) + "\n" for r in records).encode()
                batch[key] = self.new_file(data, "batch_output", f"{key}.jsonl")["id"]
        batch["status"] = self.final


def letters_for(notes_list: list[Notes]) -> dict[str, str]:
    offline = OfflineBackend()
    return {
        person.name: offline.draft(DraftRequest(notes, person)).text
        for notes in notes_list
        for person in notes.interviewers
    }


def honest(notes_list: list[Notes], slips: dict[str, list[str]] | None = None) -> Answer:
    """Each interviewer's offline letter (GOOD for Dana); `slips[name]` are their first drafts."""
    good = {**letters_for(notes_list), "Dana Whitfield": GOOD}
    slips = {name: list(texts) for name, texts in (slips or {}).items()}

    def answer(body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        person = min(
            (body["messages"][1]["content"].find(name), name)
            for name in good
            if name in body["messages"][1]["content"]
        )[1]
        if slips.get(person):
            return 200, completion(slips[person].pop(0))
        return 200, completion(good[person])

    return answer


@pytest.fixture
def inbox(tmp_path: Path, examples_dir: Path) -> Path:
    folder = tmp_path / "notes"
    folder.mkdir()
    for name in ("warm_email.json", "panel_three.json"):
        (folder / name).write_bytes((examples_dir / name).read_bytes())
    return folder


def backend_at(httpserver: HTTPServer) -> OpenAIBackend:
    settings = ModelSettings(model=MODEL, base_url=httpserver.url_for("/v1"), api_key=KEY)
    return OpenAIBackend.from_settings(settings, env={})


def no_wait() -> Poll:
    return Poll(first=1.0, sleep=lambda _s: None)


def test_a_round_trip_with_one_reask_round(
    httpserver: HTTPServer, inbox: Path, tmp_path: Path
) -> None:
    panel = load_notes(inbox / "panel_three.json")
    warm = load_notes(inbox / "warm_email.json")
    second = panel.interviewers[1].name
    server = BatchServer(
        httpserver,
        honest([panel, warm], {"Dana Whitfield": [BAD], second: [copy_for_second(panel)]}),
    )
    out = tmp_path / "letters"
    saved: list[str | None] = []
    server.on_retrieve = lambda _id: saved.append(
        json.loads((out / STATE).read_text())["round"]["batch_id"]
    )
    rows = start_batch_api([inbox], out, backend_at(httpserver), poll=no_wait(), today=None)
    assert [(r.interviewer, r.status, r.attempts) for r in rows] == [
        ("Amélie Dubois-Lefèvre", "ok", 1),
        ("Kjetil Ølstad", "ok", 2),
        ("Chinedu Okafor", "ok", 1),
        ("Dana Whitfield", "ok", 2),
    ]
    assert [r.tokens for r in rows] == [500, 1000, 500, 1000]
    # Two rounds: one upload and one create each; three polls each (the first finds it
    # in_progress, then finalizing, then completed); one output file each.
    assert server.calls == Counter(upload=2, create=2, retrieve=6, download=2)
    assert [len(lines) for lines in server.inputs] == [4, 2]
    # the batch id was saved before the first poll of each batch
    assert saved[0] == "batch_2" and saved[3] == "batch_5"
    reasks = {addressee(line["body"], warm if "Dana" in line["custom_id"] else panel).name: line
              for line in server.inputs[1]}  # fmt: skip
    assert set(reasks) == {"Dana Whitfield", second}
    dana = reasks["Dana Whitfield"]["body"]["messages"]
    assert dana[2] == {"role": "assistant", "content": BAD.strip()}
    assert "[placeholders]" in dana[3]["content"]
    assert "[unique]" in reasks[second]["body"]["messages"][3]["content"]
    assert (
        (out / "warm_email" / "dana-whitfield.txt")
        .read_text(encoding="utf-8")
        .startswith("Subject: Thank you")
    )
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["exit_code"] == 0 and summary["counts"]["ok"] == 4
    assert KEY not in (out / STATE).read_text() and KEY not in (out / "summary.json").read_text()


def test_per_line_errors_are_reported_for_their_letter_only(
    httpserver: HTTPServer, inbox: Path, tmp_path: Path
) -> None:
    panel = load_notes(inbox / "panel_three.json")
    warm = load_notes(inbox / "warm_email.json")
    fine = honest([panel, warm])

    def answer(body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        if "Dana Whitfield" in body["messages"][1]["content"]:
            return 500, {"error": {"message": "the model is overloaded", "type": "server_error"}}
        return fine(body)

    server = BatchServer(httpserver, answer)
    rows = start_batch_api([inbox], tmp_path / "out", backend_at(httpserver), poll=no_wait())
    assert [(r.interviewer, r.status, r.kind) for r in rows][-1] == (
        "Dana Whitfield",
        "error",
        "service",
    )
    assert "overloaded" in rows[-1].message and "500" in rows[-1].message
    assert [r.status for r in rows[:3]] == ["ok"] * 3
    assert server.calls["create"] == 1  # a failed request is not re-asked as a rule breach


@pytest.mark.parametrize("final", ["failed", "expired", "cancelled"])
def test_a_batch_that_ends_badly_keeps_what_came_back(
    httpserver: HTTPServer, inbox: Path, tmp_path: Path, final: str
) -> None:
    panel = load_notes(inbox / "panel_three.json")
    warm = load_notes(inbox / "warm_email.json")
    server = BatchServer(httpserver, honest([panel, warm]), final=final)
    if final == "cancelled":
        server.on_retrieve = lambda batch_id: server.batches[batch_id].update(status="cancelling")
    rows = start_batch_api([inbox], tmp_path / "out", backend_at(httpserver), poll=no_wait())
    statuses = [r.status for r in rows]
    if final == "expired":  # the first line ran before the window closed
        assert statuses == ["ok", "error", "error", "error"]
        assert "expired" in rows[1].message
    else:
        assert statuses == ["error"] * 4 and final in rows[0].message
    if final == "failed":
        assert "invalid_request: bad line" in rows[0].message
    assert server.calls["create"] == 1


def test_a_stopped_run_is_resumed_without_a_second_batch(
    httpserver: HTTPServer, inbox: Path, tmp_path: Path
) -> None:
    panel = load_notes(inbox / "panel_three.json")
    warm = load_notes(inbox / "warm_email.json")
    server = BatchServer(httpserver, honest([panel, warm]))
    out = tmp_path / "out"

    def stop(_seconds: float) -> None:
        raise KeyboardInterrupt  # the machine goes down while the batch runs

    with pytest.raises(KeyboardInterrupt):
        start_batch_api([inbox], out, backend_at(httpserver), poll=Poll(sleep=stop))
    state = json.loads((out / STATE).read_text())
    assert state["round"]["batch_id"] == "batch_2"
    assert server.calls["create"] == 1
    with pytest.raises(InputError, match="--resume"):
        start_batch_api([inbox], out, backend_at(httpserver), poll=no_wait())
    rows = resume_batch_api(out, backend_at(httpserver), poll=no_wait())
    assert [r.status for r in rows] == ["ok"] * 4
    assert server.calls["create"] == 1 and server.calls["upload"] == 1


def test_cancel_then_resume_reports_the_letters_as_not_written(
    httpserver: HTTPServer, inbox: Path, tmp_path: Path
) -> None:
    panel = load_notes(inbox / "panel_three.json")
    warm = load_notes(inbox / "warm_email.json")
    server = BatchServer(httpserver, honest([panel, warm]))
    out = tmp_path / "out"

    def stop(_seconds: float) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        start_batch_api([inbox], out, backend_at(httpserver), poll=Poll(sleep=stop))
    assert cancel_batch_api(out, backend_at(httpserver)) == "cancelling"
    assert server.calls["cancel"] == 1
    rows = resume_batch_api(out, backend_at(httpserver), poll=no_wait())
    assert [r.status for r in rows] == ["error"] * 4
    assert "cancelled" in rows[0].message


def test_cli_batch_api_resume_and_cancel(
    httpserver: HTTPServer, inbox: Path, tmp_path: Path
) -> None:
    panel = load_notes(inbox / "panel_three.json")
    warm = load_notes(inbox / "warm_email.json")
    server = BatchServer(httpserver, honest([panel, warm], {"Dana Whitfield": [BAD, BAD, BAD]}))
    out = tmp_path / "out"
    common = ["--base-url", httpserver.url_for("/v1"), "--api-key", KEY, "--model", MODEL]
    result = CliRunner().invoke(
        app,
        ["batch", str(inbox), "--out", str(out), "--batch-api", "--poll-seconds", "0", *common,
         "--max-attempts", "2", "--today", "2026-11-25"],
    )  # fmt: skip
    assert result.exit_code == 1, result.stderr  # Dana's letter still breaks rules
    assert server.calls["create"] == 2
    assert "failed" in result.stderr and "Exit 1" in result.stderr
    assert KEY not in result.stderr + result.stdout
    again = CliRunner().invoke(app, ["batch", "--resume", str(out), *common])
    assert again.exit_code == 1 and server.calls["create"] == 2  # nothing left to send
    nothing = CliRunner().invoke(app, ["batch", "--cancel", str(out), *common])
    assert nothing.exit_code == 2 and "no batch in flight" in nothing.stderr


def test_cli_a_rejected_key_is_one_line_exit_3(
    httpserver: HTTPServer, inbox: Path, tmp_path: Path
) -> None:
    httpserver.expect_request("/v1/files", method="POST").respond_with_json(
        {"error": {"message": f"Incorrect API key provided: {KEY}", "type": "invalid_request"}},
        status=401,
    )
    result = CliRunner().invoke(
        app,
        ["batch", str(inbox), "--out", str(tmp_path / "out"), "--batch-api",
         "--base-url", httpserver.url_for("/v1"), "--api-key", KEY, "--model", MODEL],
    )  # fmt: skip
    assert result.exit_code == 3
    [line] = [x for x in result.stderr.splitlines() if x.startswith("error:")]
    assert "HTTP 401" in line and "--resume" not in line
    assert KEY not in result.stderr and "Traceback" not in result.stderr
