"""Each output format of small hand-made letters, compared whole with what a person expects."""

from __future__ import annotations

import datetime as dt
import json
from email import message_from_bytes, policy
from pathlib import Path

import pytest

from composer.backends.base import Usage
from composer.compose import Letter
from composer.errors import InputError
from composer.models import Interviewer, Notes
from composer.output import (
    failing_banner,
    letter_as_dict,
    plan_files,
    render,
    render_json,
    render_markdown,
    render_text,
    write_planned,
)
from composer.rules.report import Report, Violation

WHEN = 1795642205.0  # 2026-11-25 21:30:05 UTC


def make(
    to: str,
    body: str,
    subject: str | None = "Thank you",
    errors: tuple[str, ...] = (),
    email: str | None = None,
) -> Letter:
    violations = tuple(Violation(rule, "error", f"{rule} is wrong") for rule in errors)
    text = f"Subject: {subject}\n\n{body}" if subject is not None else body
    return Letter(
        to=to,
        interviewer=Interviewer(name=to, email=email),
        subject=subject,
        body=body,
        text=text,
        send_by=dt.date(2026, 11, 25),
        attempts=2,
        report=Report(to=to, words=len(body.split()), violations=violations),
        usage=Usage(120, 80),
    )


DANA = make("Dana Lee", "Dear Dana,\n\nThanks a lot.\n\nBest,\nPriya")
OMAR = make(
    "Omar Haddad", "Dear Omar,\n\nThank you.\n\nBest,\nPriya", errors=("names", "grounding")
)


def test_the_failing_banner_counts_and_names_the_rules() -> None:
    assert failing_banner(OMAR) == (
        "!! NOT READY TO SEND: this letter breaks 2 rules (grounding, names); "
        "see the report, fix it, then send."
    )
    one = make("Omar Haddad", "Dear Omar,", errors=("names", "names"))
    assert "breaks 1 rule (names);" in failing_banner(one)  # two findings of one rule
    single = make("Omar Haddad", "Dear Omar,", errors=("names",))
    assert "breaks 1 rule (names);" in failing_banner(single)


def test_text_of_two_letters_whole() -> None:
    # 72 columns: 28 characters of title in 22 "=" each side; 31 in 20 and 21 (the odd one right)
    expected = (
        "=" * 22 + " Letter 1 of 2: to Dana Lee " + "=" * 22 + "\n"
        "\n"
        "Subject: Thank you\n\nDear Dana,\n\nThanks a lot.\n\nBest,\nPriya"
        "\n\n\n" + "=" * 20 + " Letter 2 of 2: to Omar Haddad " + "=" * 21 + "\n"
        "\n"
        f"{failing_banner(OMAR)}\n\n"
        "Subject: Thank you\n\nDear Omar,\n\nThank you.\n\nBest,\nPriya\n"
    )
    assert render_text([DANA, OMAR]) == expected
    assert render_text([DANA]) == DANA.text + "\n"


def test_markdown_of_two_letters_whole() -> None:
    expected = (
        "## To Dana Lee\n"
        "\n"
        "*Send by 2026-11-25*\n"
        "\n"
        "**Subject:** Thank you\n"
        "\n"
        "Dear Dana,\n"
        "\n"
        "Thanks a lot.\n"
        "\n"
        "Best,  \n"
        "Priya\n"
        "\n"
        "---\n"
        "\n"
        "## To Omar Haddad\n"
        "\n"
        "*Send by 2026-11-25*\n"
        "\n"
        "> **!! NOT READY TO SEND: this letter breaks 2 rules (grounding, names); see the report, "
        "fix it, then send.**\n"
        "\n"
        "**Subject:** Thank you\n"
        "\n"
        "Dear Omar,\n"
        "\n"
        "Thank you.\n"
        "\n"
        "Best,  \n"
        "Priya\n"
    )
    assert render_markdown([DANA, OMAR]) == expected
    printed = make("Dana Lee", "Dear Dana,\n\nThanks.", subject=None)
    assert "Subject" not in render_markdown([printed])


def test_json_whole() -> None:
    data = json.loads(render_json([OMAR]))
    assert data == {
        "letters": [
            {
                "to": "Omar Haddad",
                "coordinator": False,
                "subject": "Thank you",
                "text": "Subject: Thank you\n\nDear Omar,\n\nThank you.\n\nBest,\nPriya",
                "send_by": "2026-11-25",
                "attempts": 2,
                "ok": False,
                "violations": [v.as_dict() for v in OMAR.report.violations],
                "usage": {"prompt_tokens": 120, "completion_tokens": 80, "total_tokens": 200},
            }
        ]
    }
    assert data["letters"][0] == letter_as_dict(OMAR)
    accented = make("Zoë Ølstad", "Dear Zoë,")
    raw = render_json([accented])
    assert '"to": "Zoë Ølstad"' in raw and raw.endswith("}\n")
    assert raw.startswith('{\n  "letters": [\n    {\n      "to"')  # two-space indent


def test_render_picks_the_format(warm_notes: Notes) -> None:
    assert render([DANA], warm_notes, "text") == render_text([DANA]).encode()
    assert render([DANA], warm_notes, "markdown") == render_markdown([DANA]).encode()
    assert render([DANA], warm_notes, "json") == render_json([DANA]).encode()
    one = message_from_bytes(render([OMAR], warm_notes, "eml", when=WHEN), policy=policy.default)
    assert one["X-Thankyou-Problems"] == "2 rules (grounding, names)"
    assert one["Date"].datetime == dt.datetime(2026, 11, 25, 21, 30, 5, tzinfo=dt.timezone.utc)
    assert one["Subject"] == "Thank you"
    assert one.get_body(("plain",)).get_content() == OMAR.body + "\n"  # type: ignore[union-attr]
    ready = message_from_bytes(render([DANA], warm_notes, "eml", when=WHEN), policy=policy.default)
    assert ready["X-Thankyou-Problems"] is None
    untitled = make("Dana Lee", "Dear Dana,", subject=None)
    plain = message_from_bytes(render([untitled], warm_notes, "eml"), policy=policy.default)
    assert plain["Subject"] == f"Thank you: {warm_notes.role} interview"
    # a role typed with its requisition number and site: the subject names it as a letter does
    typed = warm_notes.model_copy(update={"role": "Data Engineer - Req #4471 (Leeds site)"})
    plain = message_from_bytes(render([untitled], typed, "eml"), policy=policy.default)
    assert plain["Subject"] == "Thank you: Data Engineer interview"


def test_plan_names_each_file_and_numbers_repeats(tmp_path: Path) -> None:
    names = ["Dana Lee", "Dana Lee", "Dana Lee", "???"]
    plan = plan_files(tmp_path / "drafts", names, "markdown")
    assert plan == [
        (tmp_path / "drafts" / "dana-lee.md", [0]),
        (tmp_path / "drafts" / "dana-lee-2.md", [1]),
        (tmp_path / "drafts" / "dana-lee-3.md", [2]),
        (tmp_path / "drafts" / "interviewer-4.md", [3]),
    ]
    assert plan_files(tmp_path / "one.txt", ["Dana Lee"], "eml") == [(tmp_path / "one.txt", [0])]
    # a path without an extension, or written as a folder, is a folder even for one letter
    assert plan_files(tmp_path / "out", ["Dana Lee"], "json") == [
        (tmp_path / "out" / "dana-lee.json", [0])
    ]
    assert plan_files(tmp_path / "x.txt", ["Dana Lee"], "text", folder=True) == [
        (tmp_path / "x.txt" / "dana-lee.txt", [0])
    ]


def test_plan_errors_say_what_to_pass(tmp_path: Path) -> None:
    existing = tmp_path / "letters.txt"
    existing.write_text("mine", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        plan_files(existing, ["A B", "C D"], "text")
    assert str(caught.value) == (
        f"`out` {existing}: 2 letters need a folder, and this is a file; pass a folder path."
    )
    with pytest.raises(InputError) as caught:
        plan_files(tmp_path / "new.md", ["A B", "C D", "E F"], "markdown")
    assert str(caught.value) == (
        f"`out` {tmp_path / 'new.md'}: there are 3 letters, one file per interviewer, so `out` "
        f"needs a folder, such as {tmp_path / 'new'}/ (without `out` they all go to stdout)."
    )


def test_write_planned_writes_each_file_and_skips_empty_plans(
    tmp_path: Path, warm_notes: Notes
) -> None:
    plan = [(tmp_path / "a.txt", [0]), (tmp_path / "b.txt", [5]), (tmp_path / "c.txt", [1])]
    written = write_planned([DANA, OMAR], warm_notes, "text", plan)
    assert written == [tmp_path / "a.txt", tmp_path / "c.txt"]
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == DANA.text + "\n"
    assert not (tmp_path / "b.txt").exists()
    assert (tmp_path / "c.txt").read_text(encoding="utf-8").startswith("!! NOT READY")


def test_each_message_of_an_mbox_is_dated_when_asked(warm_notes: Notes) -> None:
    raw = render([DANA, OMAR], warm_notes, "eml", when=WHEN)
    chunks = raw.split(b"From thankyou-composer Wed Nov 25 21:30:05 2026\n")
    assert chunks[0] == b"" and len(chunks) == 3
    for chunk in chunks[1:]:
        dated = message_from_bytes(chunk, policy=policy.default)
        assert dated["Date"].datetime == dt.datetime(
            2026, 11, 25, 21, 30, 5, tzinfo=dt.timezone.utc
        )
