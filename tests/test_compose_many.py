"""compose_many: the letters of many interviews, yielded as each interview is done."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

from composer import Composed, compose, compose_many
from composer.backends.base import DraftRequest
from composer.errors import BackendError
from composer.models import Notes
from composer.offline import OfflineBackend
from composer.prompting import default_prompt_dir
from tests.test_concurrent_compose import Honest


def single(notes: Notes, index: int) -> Notes:
    """The notes with only interviewer `index` (a one-letter interview)."""
    return notes.model_copy(update={"interviewers": [notes.interviewers[index]]})


def test_every_letter_of_every_interview_with_its_index(
    panel_notes: Notes, warm_notes: Notes
) -> None:
    results = list(compose_many([panel_notes, warm_notes], Honest(panel_notes), jobs=3))
    by_index = {i: [r for r in results if r.index == i] for i in (0, 1)}
    assert [r.interviewer.name for r in by_index[0]] == [p.name for p in panel_notes.interviewers]
    assert [r.interviewer.name for r in by_index[1]] == ["Dana Whitfield"]
    assert all(r.letter is not None and r.error is None for r in results)
    # the Honest backend writes the panel's letters; for Dana it writes the panel notes' offline
    # letter, which names the wrong company, so it breaks rules: a letter, not an error
    assert [r.ok for r in by_index[0]] == [True, True, True]
    assert by_index[1][0].letter is not None and not by_index[1][0].ok


def test_drafts_of_different_interviews_overlap(panel_notes: Notes) -> None:
    barrier = threading.Barrier(2, timeout=10)
    backend = Honest(panel_notes, gate=lambda _r: barrier.wait())
    notes = [single(panel_notes, 0), single(panel_notes, 1)]
    results = list(compose_many(notes, backend, jobs=2))
    assert sorted(r.index for r in results) == [0, 1]
    assert all(r.ok for r in results)


def test_an_interview_done_early_is_yielded_before_a_slow_one(panel_notes: Notes) -> None:
    first_out = threading.Event()
    slow = panel_notes.interviewers[0]

    def gate(request: DraftRequest) -> None:
        if request.interviewer == slow:
            assert first_out.wait(timeout=10)  # held until the caller has had the fast one

    notes = [single(panel_notes, 0), single(panel_notes, 1)]
    order = []
    for result in compose_many(notes, Honest(panel_notes, gate=gate), jobs=2):
        order.append(result.index)
        first_out.set()
    assert order == [1, 0]


def test_a_failed_letter_is_reported_and_the_others_go_on(panel_notes: Notes) -> None:
    broken = panel_notes.interviewers[1]

    def gate(request: DraftRequest) -> None:
        if request.interviewer == broken:
            raise BackendError("the service is down")

    results = list(
        compose_many([panel_notes, single(panel_notes, 2)], Honest(panel_notes, gate=gate))
    )
    assert len(results) == 4
    failed = [r for r in results if r.error is not None]
    assert [(r.index, r.interviewer) for r in failed] == [(0, broken)]
    assert isinstance(failed[0].error, BackendError) and failed[0].letter is None
    assert sum(r.ok for r in results) == 3


def test_offline_letters_come_in_input_order_and_the_input_is_read_lazily(
    panel_notes: Notes, warm_notes: Notes
) -> None:
    pulled: list[int] = []

    def source() -> Iterator[Notes]:
        for i, notes in enumerate([warm_notes, panel_notes, warm_notes]):
            pulled.append(i)
            yield notes

    results = compose_many(source(), OfflineBackend())
    first: Composed = next(results)
    assert first.index == 0 and first.ok and pulled == [0]
    rest = list(results)
    assert [r.index for r in rest] == [1, 1, 1, 2]
    assert all(r.ok for r in rest)


def test_offline_a_failing_interview_does_not_stop_the_next(
    panel_notes: Notes, warm_notes: Notes
) -> None:
    class Flaky(OfflineBackend):
        def draft(self, request: DraftRequest) -> object:  # type: ignore[override]
            if request.interviewer == panel_notes.interviewers[1]:
                raise BackendError("down")
            return super().draft(request)

    results = list(compose_many([panel_notes, warm_notes], Flaky()))
    assert [(r.index, r.letter is not None, r.error is not None) for r in results] == [
        (0, True, False),
        (0, False, True),
        (0, False, True),  # not written: compose stopped at the failure
        (1, True, False),
    ]


def _prompts_repeating(folder: Path, sentence: str) -> Path:
    """A copy of the shipped prompts whose system prompt holds `sentence` word for word."""
    mine = folder / "prompts"
    mine.mkdir()
    for source in Path(str(default_prompt_dir())).glob("*.md"):
        text = source.read_text(encoding="utf-8")
        if source.name == "system.md":
            text += f"\n\n{sentence}\n"
        (mine / source.name).write_text(text, encoding="utf-8")
    return mine


def _long_sentence(letter: str) -> str:
    """A sentence of the letter's body long enough to count as a prompt's sentence (8+ words)."""
    lines = [line for line in letter.splitlines() if line.endswith(".")]
    sentence = max((s.strip() + "." for line in lines for s in line.split(". ")), key=len)
    assert len(sentence.split()) >= 10
    return sentence.replace("..", ".")


def _leaks(item: Composed) -> bool:
    assert item.letter is not None
    return any(v.rule == "leak" for v in item.letter.report.errors)


def test_offline_letters_are_checked_against_the_prompts_of_prompt_dir(
    warm_notes: Notes, tmp_path: Path
) -> None:
    # A letter must not repeat a sentence of the prompts (`leak`): the user's own prompts when
    # they give a folder, as `compose` checks them, not the shipped ones.
    [letter] = compose(warm_notes)
    folder = _prompts_repeating(tmp_path, _long_sentence(letter.text))
    [alone] = compose(warm_notes, prompt_dir=folder)
    assert any(v.rule == "leak" for v in alone.report.errors)
    [item] = compose_many([warm_notes], prompt_dir=folder)
    assert _leaks(item)
    [plain] = compose_many([warm_notes])
    assert plain.ok


def test_model_letters_are_checked_against_the_prompts_too(
    panel_notes: Notes, tmp_path: Path
) -> None:
    first = panel_notes.interviewers[0].name
    draft = OfflineBackend().draft(DraftRequest(panel_notes, panel_notes.interviewers[0])).text
    folder = _prompts_repeating(tmp_path, _long_sentence(draft))
    results = list(compose_many([panel_notes], Honest(panel_notes), prompt_dir=folder, jobs=2))
    assert [r.interviewer.name for r in results if r.letter is not None and _leaks(r)] == [first]
    assert all(r.ok for r in results if r.interviewer.name != first)
