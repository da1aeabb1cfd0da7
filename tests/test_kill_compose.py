"""The compose pipeline (composer/compose.py) where its other tests did not look: what Ctrl-C
and SIGTERM leave (the letters kept, the names still missing, the signal), the prompt texts a
letter must not repeat, and the refusals of bad arguments in full. Each test fails with a
mutant that survived the pipeline's tests (benchmarks/mutation.md, session 28).
"""

from __future__ import annotations

import datetime as dt
import importlib
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import SimpleNamespace

import pytest

import composer.rules.proofread
from composer.attempts import Run
from composer.backends.base import Draft, DraftRequest, ModelSettings, Usage
from composer.compose import compose, preview_messages, prompt_texts
from composer.errors import BackendError, InputError, Interrupted, Terminated
from composer.many import compose_many
from composer.models import Notes
from composer.notes_file import load_notes
from composer.offline import OfflineBackend
from composer.prompting import Prompts, load_prompts
from composer.rules.report import Violation
from tests.conftest import EXAMPLES, ROOT
from tests.fakes import copy_for_second

# `composer.compose` the attribute is the function; the module is reached through sys.modules.
compose_module = importlib.import_module("composer.compose")

DAY_AFTER = dt.date(2026, 11, 25)  # the examples' interviews were on 24 November 2026
PANEL = ["Amélie Dubois-Lefèvre", "Kjetil Ølstad", "Chinedu Okafor"]


@dataclass
class Stopping:
    """Writes the offline composer's letters; the `stop_at`-th draft raises `stop` instead."""

    stop_at: int = 0
    stop: BaseException | None = None
    deterministic: bool = False
    name: str = "stopping"
    asked: list[str] = field(default_factory=list)
    copy: dict[str, str] = field(default_factory=dict)  # a name's first draft, given instead
    requests: list[DraftRequest] = field(default_factory=list)

    def use_prompts(self, prompts: Prompts) -> None:
        """Writes without prompts."""

    def draft(self, request: DraftRequest) -> Draft:
        self.asked.append(request.interviewer.name)
        self.requests.append(request)
        if len(self.asked) == self.stop_at and self.stop is not None:
            raise self.stop
        if request.attempt == 1 and request.interviewer.name in self.copy:
            return Draft(self.copy[request.interviewer.name], Usage(300, 200), calls=1)
        return Draft(OfflineBackend().draft(request).text, Usage(300, 200), calls=1)


SIGNALS = [pytest.param(KeyboardInterrupt, 2, id="ctrl-c"), pytest.param(Terminated, 15, id="term")]


@pytest.mark.parametrize("deterministic", [True, False])
@pytest.mark.parametrize(("stop", "number"), SIGNALS)
def test_a_signal_between_letters_keeps_those_written_and_names_the_rest(
    panel_notes: Notes, stop: type[BaseException], number: int, deterministic: bool
) -> None:
    backend = Stopping(stop_at=2, stop=stop(), deterministic=deterministic)
    with pytest.raises(Interrupted) as caught:
        compose(panel_notes, backend, jobs=1, today=DAY_AFTER)
    assert [letter.to for letter in caught.value.completed] == PANEL[:1]
    assert caught.value.completed[0].ok
    assert caught.value.missing == PANEL[1:]
    assert caught.value.signal_number == number
    assert backend.asked == PANEL[:2]


@pytest.mark.parametrize(
    ("coordinator", "last"), [(None, ["Rachel Adeyemi-Brooks (the coordinator)"]), (False, [])]
)
def test_a_signal_before_the_coordinators_letter_names_it_among_the_missing(
    coordinator: bool | None, last: list[str]
) -> None:
    # Nine panellists and a coordinator: by default the coordinator gets a letter too, last.
    notes = load_notes(EXAMPLES / "big_panel_coordinator.json")
    names = [p.name for p in notes.interviewers]
    backend = Stopping(stop_at=3, stop=KeyboardInterrupt(), deterministic=True)
    with pytest.raises(Interrupted) as caught:
        compose(notes, backend, coordinator=coordinator, today=DAY_AFTER)
    assert [letter.to for letter in caught.value.completed] == names[:2]
    assert caught.value.missing == names[2:] + last


def _interrupted_panels(stop: BaseException, finished: dict[int, object] | None):  # type: ignore[no-untyped-def]
    """Stands in for `workers.run_panels` when Ctrl-C comes while the panel is drafted at once:
    `finished` (index to outcome, or None for no record at all) goes with the interrupt."""

    def run_panels(works: list[compose_module.PanelJob], jobs: int) -> Iterator[object]:
        [job] = works
        if finished is not None:
            outcomes = {i: job.first(i) if o == "letter" else o for i, o in finished.items()}
            stop.finished = {id(job): outcomes, id(object()): {1: job.first(1)}}  # type: ignore[attr-defined]
        raise stop
        yield  # a generator, as run_panels is

    return run_panels


@pytest.mark.parametrize(("stop", "number"), SIGNALS)
def test_a_signal_while_a_panel_is_drafted_at_once_keeps_its_finished_letters(
    panel_notes: Notes, monkeypatch: pytest.MonkeyPatch, stop: type[BaseException], number: int
) -> None:
    # The first and the last letter were finished, the second failed: it is among the missing.
    finished = {2: "letter", 1: BackendError("the service is down"), 0: "letter"}
    monkeypatch.setattr(compose_module, "run_panels", _interrupted_panels(stop(), finished))
    with pytest.raises(Interrupted) as caught:
        compose(panel_notes, Stopping(), jobs=3, today=DAY_AFTER)
    assert [letter.to for letter in caught.value.completed] == [PANEL[0], PANEL[2]]
    assert caught.value.missing == [PANEL[1]]
    assert caught.value.signal_number == number


def test_a_signal_before_any_letter_of_a_panel_drafted_at_once_misses_them_all(
    panel_notes: Notes, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        compose_module, "run_panels", _interrupted_panels(KeyboardInterrupt(), None)
    )
    with pytest.raises(Interrupted) as caught:
        compose(panel_notes, Stopping(), jobs=2, today=DAY_AFTER)
    assert caught.value.completed == []
    assert caught.value.missing == PANEL
    assert caught.value.signal_number == 2


def _no_workers(works: object, jobs: int) -> Iterator[object]:
    raise AssertionError("drafted at once")  # not a KeyboardInterrupt: pytest would stop on it
    yield


def test_the_offline_writer_drafts_a_panel_one_by_one_whatever_jobs_says(
    panel_notes: Notes, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(compose_module, "run_panels", _no_workers)
    letters = compose(panel_notes, Stopping(deterministic=True), jobs=3, today=DAY_AFTER)
    assert [letter.to for letter in letters] == PANEL
    # And a model drafting for one interviewer does not need the workers either.
    warm = load_notes(EXAMPLES / "warm_email.json")
    assert [letter.to for letter in compose(warm, Stopping(), jobs=3, today=DAY_AFTER)] == [
        "Dana Whitfield"
    ]


def test_a_failure_while_drafting_one_by_one_keeps_the_letters_written(panel_notes: Notes) -> None:
    backend = Stopping(stop_at=3, stop=BackendError("the service is down"), deterministic=True)
    with pytest.raises(BackendError) as caught:
        compose(panel_notes, backend, today=DAY_AFTER)
    assert [letter.to for letter in caught.value.completed] == PANEL[:2]


def test_the_progress_lines_count_the_letters_of_the_panel(panel_notes: Notes) -> None:
    lines: list[str] = []
    compose(panel_notes, Stopping(deterministic=True), progress=lines.append, today=DAY_AFTER)
    starts = [line for line in lines if line.startswith("Letter ")]
    assert [line.split(":")[0] for line in starts] == [
        f"Letter {n} of 3 to {name}" for n, name in enumerate(PANEL, 1)
    ]


# -- the prompt texts a letter must not repeat ---------------------------------------------------

PROMPT_FILES = ["system.md", "request.md", "reask.md", "coordinator.md", "revise.md"]


def _texts(folder: Path, names: list[str]) -> tuple[str, ...]:
    return tuple((folder / name).read_text("utf-8") for name in names)


def test_the_prompt_texts_are_the_shipped_prompts_by_default() -> None:
    assert prompt_texts(OfflineBackend(), None) == _texts(ROOT / "prompts", PROMPT_FILES)


def test_a_prompt_folder_without_revise_and_coordinator_uses_the_shipped_coordinator(
    tmp_path: Path,
) -> None:
    for name in PROMPT_FILES[:3]:
        text = (ROOT / "prompts" / name).read_text("utf-8")
        (tmp_path / name).write_text(text + "\nOne line of the user's own.\n", "utf-8")
    expected = (*_texts(tmp_path, PROMPT_FILES[:3]), *_texts(ROOT / "prompts", PROMPT_FILES[3:4]))
    assert prompt_texts(OfflineBackend(), tmp_path) == expected

    # A backend holding its own prompts is written from those, whatever folder is passed.
    @dataclass
    class Prompted(Stopping):
        prompts: Prompts = field(default_factory=lambda: load_prompts(tmp_path))

    assert prompt_texts(Prompted(), None) == expected
    assert prompt_texts(Prompted(), ROOT / "prompts") == expected


def test_a_prompt_folder_with_its_own_revise_adds_it(tmp_path: Path) -> None:
    for name in PROMPT_FILES:
        shutil.copy(ROOT / "prompts" / name, tmp_path / name)
    (tmp_path / "revise.md").write_text(
        (ROOT / "prompts" / "revise.md").read_text("utf-8") + "\nKeep it short.\n", "utf-8"
    )
    assert prompt_texts(OfflineBackend(), tmp_path) == _texts(tmp_path, PROMPT_FILES)


# -- arguments refused before any draft ----------------------------------------------------------


def test_bad_arguments_are_refused_with_what_was_given(warm_notes: Notes) -> None:
    with pytest.raises(InputError) as caught:
        compose(warm_notes, Stopping(), jobs=0, today=DAY_AFTER)
    assert str(caught.value) == "`jobs` must be at least 1, not 0."
    with pytest.raises(InputError) as caught:
        compose(warm_notes, Stopping(), max_attempts=0, today=DAY_AFTER)
    assert str(caught.value) == "`max_attempts` must be at least 1, not 0."
    with pytest.raises(TypeError) as refused:
        compose(warm_notes, "offline", today=DAY_AFTER)  # type: ignore[arg-type]
    assert str(refused.value) == (
        "compose() expected a Backend (an object with name, deterministic, draft() and "
        "use_prompts(); see composer.BackendBase), not str"
    )
    backend = Stopping()
    assert compose(warm_notes, backend, jobs=1, max_attempts=1, today=DAY_AFTER)[0].attempts == 1
    assert len(backend.asked) == 1


def test_an_interview_on_the_day_itself_is_not_in_the_future(warm_notes: Notes) -> None:
    interview = warm_notes.interview.date
    assert compose(warm_notes, Stopping(), today=interview)[0].to == "Dana Whitfield"
    with pytest.raises(InputError) as caught:
        compose(warm_notes, Stopping(), today=interview - dt.timedelta(days=1))
    assert str(caught.value) == (
        "interview.date 2026-11-24 is in the future (today is 2026-11-23); a thank-you letter "
        "follows the interview: give the day it took place."
    )


# -- which backend the older keywords ask for ------------------------------------------------------


@dataclass
class Chosen:
    """Stands in for `choose_backend`: records what compose asked for; writes offline."""

    asked: list[tuple[str, ModelSettings | None, object, object]] = field(default_factory=list)

    def __call__(
        self, kind: str, settings: ModelSettings | None, *, client: object, progress: object
    ) -> tuple[OfflineBackend, None]:
        self.asked.append((kind, settings, client, progress))
        return OfflineBackend(), None


@pytest.fixture
def chosen(monkeypatch: pytest.MonkeyPatch) -> Chosen:
    spy = Chosen()
    monkeypatch.setattr(compose_module, "choose_backend", spy)
    return spy


def test_without_keywords_compose_asks_for_the_offline_writer(
    chosen: Chosen, warm_notes: Notes
) -> None:
    compose(warm_notes, today=DAY_AFTER)
    assert chosen.asked == [("offline", ModelSettings(), None, None)]


def test_settings_alone_ask_for_a_model_only_when_they_name_one(
    chosen: Chosen, warm_notes: Notes
) -> None:
    lines: list[str] = []
    compose(warm_notes, settings=ModelSettings(timeout=5), progress=lines.append, today=DAY_AFTER)
    compose(warm_notes, settings=ModelSettings(model="m1"), today=DAY_AFTER)
    assert [(kind, settings) for kind, settings, _, _ in chosen.asked] == [
        ("auto", ModelSettings(timeout=5)),  # the environment decides
        ("openai", ModelSettings(model="m1")),
    ]
    assert chosen.asked[0][3] == lines.append


def test_a_client_or_a_model_name_asks_for_a_model(chosen: Chosen, warm_notes: Notes) -> None:
    client = object()
    compose(warm_notes, client=client, today=DAY_AFTER)
    compose(warm_notes, model="m2", today=DAY_AFTER)
    # A model name replaces the settings' own and keeps the rest of them.
    compose(warm_notes, settings=ModelSettings(model="m1", timeout=5), model="m2", today=DAY_AFTER)
    assert chosen.asked == [
        ("openai", ModelSettings(), client, None),
        ("openai", ModelSettings(model="m2"), None, None),
        ("openai", ModelSettings(model="m2", timeout=5), None, None),
    ]


def test_a_backend_given_is_used_as_it_is(chosen: Chosen, warm_notes: Notes) -> None:
    backend = Stopping()
    compose(warm_notes, backend, model="m2", today=DAY_AFTER)
    assert chosen.asked == [] and backend.asked == ["Dana Whitfield"]


# -- the messages a model would be sent ------------------------------------------------------------


def test_the_preview_has_the_coordinators_letter_last_or_alone() -> None:
    notes = load_notes(EXAMPLES / "big_panel_coordinator.json")
    names = [p.name for p in notes.interviewers]
    # Nine panellists: the coordinator's letter comes by default, last, with its own request.
    previews = preview_messages(notes)
    assert [person.name for person, _ in previews] == [*names, "Rachel Adeyemi-Brooks"]
    coordinator_ask = previews[-1][1][1]["content"]
    assert "did not interview" in coordinator_ask and all(n in coordinator_ask for n in names)
    assert "did not interview" not in previews[0][1][1]["content"]
    assert [p.name for p, _ in preview_messages(notes, coordinator=False)] == names
    [(person, messages)] = preview_messages(notes, coordinator_only=True)
    assert person.name == "Rachel Adeyemi-Brooks"
    assert messages == previews[-1][1]


def test_the_preview_uses_the_prompt_folder_and_the_dialect(
    panel_notes: Notes, tmp_path: Path
) -> None:
    for name in PROMPT_FILES[1:3]:
        shutil.copy(ROOT / "prompts" / name, tmp_path / name)
    (tmp_path / "system.md").write_text("Spelling: {{spelling}}\n", "utf-8")
    previews = preview_messages(panel_notes, prompt_dir=tmp_path, dialect="en-GB")
    assert [p.name for p, _ in previews] == PANEL
    assert previews[0][1][0]["content"].startswith("Spelling: Use British spelling (organise")
    unspelt = preview_messages(panel_notes, prompt_dir=tmp_path)[0][1][0]["content"]
    assert unspelt.startswith("Spelling: Either American or British spelling is fine")
    with pytest.raises(InputError):
        preview_messages(panel_notes, coordinator=True)  # the notes name no coordinator


def test_a_letter_drafted_at_once_that_repeats_another_is_told_whose_it_repeats(
    panel_notes: Notes,
) -> None:
    backend = Stopping(copy={PANEL[1]: copy_for_second(panel_notes)})
    letters = compose(panel_notes, backend, jobs=3, today=DAY_AFTER)
    assert [letter.attempts for letter in letters] == [1, 2, 1]
    [reask] = [r for r in backend.requests if r.attempt == 2]
    [finding] = reask.violations
    assert f"with the letter to {PANEL[0]}" in finding.message
    assert f"write about what {PANEL[1]} discussed with you instead" in finding.message


def test_what_preview_messages_and_compose_refuse_is_named_in_the_message(
    panel_notes: Notes,
) -> None:
    for call, name in ((preview_messages, "preview_messages"), (compose, "compose")):
        with pytest.raises(TypeError) as caught:
            call({"company": "Northwind"})  # type: ignore[operator]
        assert str(caught.value) == (
            f"{name}() expected Notes, from load_notes() or Notes.model_validate(), not dict"
        )
    with pytest.raises(InputError) as refused:
        preview_messages(panel_notes, coordinator=False, coordinator_only=True)
    assert str(refused.value) == (
        "`coordinator_only` asks for the letter that `coordinator` turns off."
    )


def test_of_letters_repeating_in_a_chain_only_the_later_of_each_pair_is_asked_again(
    panel_notes: Notes, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Letter 1 repeats letter 0, 2 repeats 1, 3 repeats 2. Asking 1 again may end 2's repeat
    # too, so 2 waits for the next round; 3 repeats 2, which stays, so 3 is asked again now.
    pairs = [(0, 1), (1, 2), (2, 3)]
    monkeypatch.setattr(compose_module, "_repeating_pairs", lambda done, notes: pairs)
    job = compose_module.PanelJob.of(
        panel_notes,
        Stopping(),
        max_attempts=3,
        proofread=False,
        dialect=None,
        progress=None,
        today=DAY_AFTER,
    )
    done = {i: SimpleNamespace(attempts=1) for i in range(4)}
    assert job.repeats(done) == [1, 3]  # type: ignore[arg-type]
    # A letter that has used its attempts is kept as it is.
    done[3] = SimpleNamespace(attempts=3)
    assert job.repeats(done) == [1]  # type: ignore[arg-type]


def test_letters_drafted_at_once_count_the_panel_in_their_progress_lines(
    panel_notes: Notes,
) -> None:
    lines: list[str] = []
    compose(panel_notes, Stopping(), jobs=3, progress=lines.append, today=DAY_AFTER)
    assert sorted(lines) == sorted(
        f"Letter {n} of 3 to {name}: draft 1 of at most 3" for n, name in enumerate(PANEL, 1)
    )


def _panel_job(notes: Notes, backend: Stopping) -> compose_module.PanelJob:
    return compose_module.PanelJob.of(
        notes,
        backend,
        max_attempts=3,
        proofread=False,
        dialect=None,
        progress=None,
        today=DAY_AFTER,
    )


STALE = Violation("unique", "error", "repeats a letter since rewritten")
WRONG = Violation("grounding", "error", "an invented name", quote="Zed")


def test_settling_a_panel_drops_repeats_that_ended_and_keeps_every_other_finding(
    panel_notes: Notes,
) -> None:
    written = compose(panel_notes, Stopping(deterministic=True), today=DAY_AFTER)
    done = {
        i: replace(letter, report=letter.report.with_violations([STALE, WRONG]))
        for i, letter in enumerate(written)
    }
    settled = _panel_job(panel_notes, Stopping()).settle(done)
    assert [settled[i].report.violations for i in range(3)] == [(WRONG,)] * 3


def test_a_letter_asked_again_is_sent_its_own_errors_without_stale_repeats(
    panel_notes: Notes,
) -> None:
    written = compose(panel_notes, Stopping(deterministic=True), today=DAY_AFTER)
    done = dict(enumerate(written))
    done[1] = replace(written[1], report=written[1].report.with_violations([STALE, WRONG]))
    backend = Stopping()
    letter = _panel_job(panel_notes, backend).again(1, done)
    [request] = backend.requests
    assert (request.interviewer.name, request.attempt) == (PANEL[1], 2)
    assert request.violations == (WRONG,)
    assert letter.to == PANEL[1] and letter.attempts == 2


def test_two_letters_sharing_exactly_half_their_sentences_are_not_a_repeat(
    panel_notes: Notes,
) -> None:
    written = compose(panel_notes, Stopping(deterministic=True), today=DAY_AFTER)

    def body(greeting: str, sentences: list[str]) -> str:
        return f"Hello {greeting},\n\n{' '.join(sentences)}\n\nKind regards,\nMei-Ling Zhou"

    shared = ["I enjoyed the panel.", "The design work sounds good."]
    mine = ["Your trip sounds fun.", "I liked the handover talk."]
    theirs = ["Your dog sounds lovely.", "I liked the research talk."]
    half = {
        0: replace(written[0], text=body("Amélie", shared + mine)),
        1: replace(written[1], text=body("Kjetil", shared + theirs)),
    }
    assert compose_module._repeating_pairs(half, panel_notes) == []
    more = {**half, 1: replace(written[1], text=body("Kjetil", [*shared, mine[0], theirs[1]]))}
    assert compose_module._repeating_pairs(more, panel_notes) == [(0, 1)]


def test_a_batch_drafted_at_once_refuses_an_interview_after_its_today(
    warm_notes: Notes, panel_notes: Notes
) -> None:
    day_before = dt.date(2026, 11, 23)  # both interviews were on 24 November 2026
    results = list(compose_many([warm_notes, panel_notes], Stopping(), today=day_before, jobs=2))
    assert len(results) == 4
    assert all(r.letter is None and isinstance(r.error, InputError) for r in results)
    assert all("is in the future (today is 2026-11-23)" in str(r.error) for r in results)
    done = list(compose_many([warm_notes], Stopping(), today=DAY_AFTER, jobs=2))
    assert [r.letter.to for r in done if r.letter] == ["Dana Whitfield"]


def test_a_batch_drafted_at_once_keeps_the_dialect_proofreading_and_progress_asked_for(
    warm_notes: Notes, monkeypatch: pytest.MonkeyPatch
) -> None:
    def one_typo(text: str, notes: Notes, *, dialect: str | None = None) -> list[Violation]:
        return [Violation("proofread", "warning", f"a typo ({dialect})", quote="teh")]

    monkeypatch.setattr(composer.rules.proofread, "proofread_findings", one_typo)
    lines: list[str] = []
    backend = Stopping()
    [done] = compose_many(
        [warm_notes], backend, today=DAY_AFTER, jobs=2, proofread=True, progress=lines.append
    )
    assert lines[0] == "Letter 1 of 1 to Dana Whitfield: draft 1 of at most 3"
    assert done.letter is not None
    assert [v.message for v in done.letter.report.violations] == ["a typo (None)"]
    backend = Stopping()
    [spelt] = compose_many([warm_notes], backend, today=DAY_AFTER, jobs=2, dialect="en-GB")
    assert backend.requests[0].dialect == "british"
    assert spelt.letter is not None
    assert [v.message for v in spelt.letter.report.violations] == ["a typo (british)"]


@dataclass
class StillRepeating(Stopping):
    """Gives its `copy` for every draft of a name, not only the first."""

    def draft(self, request: DraftRequest) -> Draft:
        if request.interviewer.name in self.copy:
            self.asked.append(request.interviewer.name)
            self.requests.append(request)
            return Draft(self.copy[request.interviewer.name], Usage(300, 200), calls=1)
        return super().draft(request)


def test_a_letter_asked_again_is_checked_against_the_panel_at_each_new_draft(
    panel_notes: Notes,
) -> None:
    # Letter 1 repeats letter 0 and, asked again, repeats it again: that draft is as bad as the
    # first, so it is asked again within the same call, up to the attempts, and the letter kept
    # still says whose letter it repeats (without the others, the repeat passed as ready).
    written = compose(panel_notes, Stopping(deterministic=True), today=DAY_AFTER)
    copy = copy_for_second(panel_notes)
    done = dict(enumerate(written))
    done[1] = replace(written[1], text=copy)
    backend = StillRepeating(copy={PANEL[1]: copy})
    letter = _panel_job(panel_notes, backend).again(1, done)
    assert [request.attempt for request in backend.requests] == [2, 3]
    assert letter.attempts == 3 and not letter.ok
    [repeat] = letter.report.errors
    assert repeat.rule == "unique" and f"with the letter to {PANEL[0]}" in repeat.message
    assert f"write about what {PANEL[1]} discussed with you instead" in repeat.message
    assert backend.requests[1].violations == (repeat,)  # the second repeat, as the first was


COORDINATOR = "Rachel Adeyemi-Brooks"  # big_panel_coordinator.json's coordinator


def test_the_coordinators_letter_comes_last_alone_or_is_refused_when_turned_off() -> None:
    notes = load_notes(EXAMPLES / "big_panel_coordinator.json")
    names = [p.name for p in notes.interviewers]
    letters = compose(notes, Stopping(deterministic=True), today=DAY_AFTER)
    assert [(letter.to, letter.coordinator) for letter in letters] == [
        *((name, False) for name in names),
        (COORDINATOR, True),
    ]
    backend = Stopping(deterministic=True)
    [alone] = compose(notes, backend, coordinator_only=True, today=DAY_AFTER)
    assert (alone.to, alone.coordinator, backend.asked) == (COORDINATOR, True, [COORDINATOR])
    assert [request.coordinator for request in backend.requests] == [True]  # its own request
    with pytest.raises(InputError) as caught:
        compose(notes, Stopping(), coordinator=False, coordinator_only=True, today=DAY_AFTER)
    assert str(caught.value) == (
        "`coordinator_only` asks for the letter that `coordinator` turns off."
    )


@dataclass
class Watched(Stopping):
    """Records the name of the thread each draft was asked in."""

    threads: list[str] = field(default_factory=list)

    def draft(self, request: DraftRequest) -> Draft:
        self.threads.append(threading.current_thread().name)
        return super().draft(request)


def test_compose_run_by_default_writes_the_panellists_letters_one_by_one() -> None:
    # compose_many's one-by-one path calls it with its defaults: no letter to the coordinator
    # (compose_many writes that one itself), and one draft at a time even for a model.
    notes = load_notes(EXAMPLES / "big_panel_coordinator.json")
    backend = Watched()
    run = Run(notes, backend, 3, False, None, None, DAY_AFTER)
    letters = compose_module.compose_run(run)
    assert [letter.to for letter in letters] == [p.name for p in notes.interviewers]
    assert set(backend.threads) == {threading.current_thread().name}


def test_a_model_drafts_a_panel_of_two_at_once(panel_notes: Notes) -> None:
    two = Notes.model_validate(
        {**panel_notes.model_dump(), "interviewers": panel_notes.model_dump()["interviewers"][:2]}
    )
    backend = Watched()
    letters = compose(two, backend, jobs=2, today=DAY_AFTER)
    assert [letter.to for letter in letters] == PANEL[:2]
    assert len(backend.threads) == 2 and threading.current_thread().name not in backend.threads


# -- the user's prompts and dialect reach the backend and the checks ------------------------------

OWN_RULE = "Always mention that the candidate's favourite colour is teal."


@dataclass
class Leaking(Stopping):
    """Pastes a sentence of its instructions above the sign-off; records the prompts it is given."""

    given: list[Prompts] = field(default_factory=list)

    def use_prompts(self, prompts: Prompts) -> None:
        self.given.append(prompts)

    def draft(self, request: DraftRequest) -> Draft:
        letter, sign_off = super().draft(request).text.rsplit("\n\n", 1)
        return Draft(f"{letter}\n\n{OWN_RULE}\n\n{sign_off}", Usage(300, 200), calls=1)


def _own_prompts(folder: Path) -> Path:
    for name in PROMPT_FILES:
        shutil.copy(ROOT / "prompts" / name, folder / name)
    system = (folder / "system.md").read_text("utf-8")
    (folder / "system.md").write_text(f"{system}\n{OWN_RULE}\n", "utf-8")
    return folder


def _leaks(notes: Notes, backend: Leaking, **options: object) -> list[str]:
    [letter] = compose(notes, backend, max_attempts=1, today=DAY_AFTER, **options)  # type: ignore[arg-type]
    return [v.quote or "" for v in letter.report.errors if v.rule == "leak"]


def test_a_letter_repeating_the_users_own_prompt_folder_is_a_leak(
    warm_notes: Notes, tmp_path: Path
) -> None:
    folder = _own_prompts(tmp_path)
    assert _leaks(warm_notes, Leaking()) == []  # the shipped prompts do not hold the sentence
    backend = Leaking()
    assert _leaks(warm_notes, backend, prompt_dir=folder) == [OWN_RULE.rstrip(".")]
    [given] = backend.given  # and the backend writes from the folder's prompts
    assert given.system.text.endswith(f"{OWN_RULE}\n")


def test_a_letter_repeating_the_backends_own_prompts_is_a_leak(
    warm_notes: Notes, tmp_path: Path
) -> None:
    @dataclass
    class Prompted(Leaking):
        prompts: Prompts = field(default_factory=lambda: load_prompts(_own_prompts(tmp_path)))

    backend = Prompted()
    assert _leaks(warm_notes, backend) == [OWN_RULE.rstrip(".")]
    assert backend.given == []  # built with its own prompts, it keeps them


def test_the_dialect_reaches_the_drafts_and_the_proofreading(
    warm_notes: Notes, monkeypatch: pytest.MonkeyPatch
) -> None:
    def one_typo(text: str, notes: Notes, *, dialect: str | None = None) -> list[Violation]:
        return [Violation("proofread", "warning", f"a typo ({dialect})", quote="teh")]

    monkeypatch.setattr(composer.rules.proofread, "proofread_findings", one_typo)
    backend = Stopping()
    [letter] = compose(warm_notes, backend, dialect="en-GB", max_attempts=1, today=DAY_AFTER)
    assert [request.dialect for request in backend.requests] == ["british"]
    assert [v.message for v in letter.report.violations] == ["a typo (british)"]
