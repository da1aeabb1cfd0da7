"""The state of a Batch API run: one slot per letter, saved to OUT/.thankyou-batch-api.json."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from composer.errors import InputError
from composer.files import write_text_atomic
from composer.models import Interviewer, Notes, with_channel
from composer.notes_file import load_notes

STATE = ".thankyou-batch-api.json"


@dataclass
class Slot:
    """One letter across rounds."""

    notes: str
    interviewer: str
    attempts: int = 0
    best: str | None = None
    best_rank: tuple[int, int] | None = None
    last: str | None = None
    feedback: list[dict[str, Any]] = field(default_factory=list)
    prompt_tokens: int = 0
    completion_tokens: int = 0
    calls: int = 0
    error: str | None = None
    done: bool = False
    coordinator: bool = False  # the letter to the panel's coordinator (`interviewer`)
    kind: str = "service"  # what an `error` is: "service" (the model) or "notes" (bad input)


class Run:
    """The state of one Batch API run, saved to OUT/.thankyou-batch-api.json after each step."""

    def __init__(self, out: Path, data: dict[str, Any]) -> None:
        self.out = out
        self.data = data
        self.slots = {cid: Slot(**slot) for cid, slot in data.get("slots", {}).items()}

    @classmethod
    def load(cls, out: Path) -> Run:
        path = out / STATE
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise InputError(
                f"{path}: no Batch API run to pick up in {out}; start one with "
                "`thankyou batch NOTES... --out DIR --batch-api`."
            ) from None
        except (OSError, ValueError) as exc:
            raise InputError(f"{path}: cannot read the saved run ({exc}).") from None
        return cls(out, data)

    def save(self) -> None:
        self.data["slots"] = {cid: vars(slot) for cid, slot in self.slots.items()}
        text = json.dumps(self.data, indent=1, ensure_ascii=False)
        write_text_atomic(self.out / STATE, text + "\n", force=True)


def panels(run: Run) -> dict[str, list[str]]:
    panels: dict[str, list[str]] = {}
    for cid, slot in run.slots.items():
        panels.setdefault(slot.notes, []).append(cid)
    return panels


def notes_cache(run: Run) -> Callable[[str], Notes]:
    """The notes of each file as the run sends them: with its --channel and --max-chars."""
    cache: dict[str, Notes] = {}

    def notes(path: str) -> Notes:
        if path not in cache:
            cache[path] = run_notes(run.data, path)
        return cache[path]

    return notes


def run_notes(data: dict[str, Any], path: str) -> Notes:
    """The notes of `path` with the run's `channel` and `max_chars` (saved in `data`)."""
    notes = load_notes(path)
    channel, max_chars = data.get("channel"), data.get("max_chars")
    if max_chars is not None and (channel or notes.channel) != "linkedin":
        max_chars = None  # the limit is for the LinkedIn notes among them
    return with_channel(notes, channel, max_chars)


def addressee(slot: Slot, notes: Notes) -> Interviewer:
    """Who the slot's letter is to: a panellist, or the coordinator as addressee."""
    if slot.coordinator:
        assert notes.coordinator is not None
        return notes.coordinator.as_addressee()
    return notes.interviewer(slot.interviewer)
