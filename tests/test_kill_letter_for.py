"""The draft-check-re-ask loop of one letter (`composer.attempts.letter_for`), read field by
field: what each re-ask carries, what the letter adds up (attempts, calls, tokens), which draft
is kept, and what the letter says about itself (subject, send-by, overdue, notices). The rules
are a stand-in that finds one error per "BAD", so each draft's fate is known in advance.
(benchmarks/mutation.md, session 28: the mutants of `letter_for` never run before.)
"""

from __future__ import annotations

import datetime as dt
import importlib
from dataclasses import dataclass, field

import pytest

from composer.backends.base import Draft, DraftRequest, Usage
from composer.compose import compose
from composer.models import Notes
from composer.prompting import Prompts
from composer.rules.report import Violation
from tests.fakes import one_error_per_bad

attempts_module = importlib.import_module("composer.attempts")

DAY_AFTER = dt.date(2026, 11, 25)  # warm_email.json's interview was on 24 November 2026


@pytest.fixture(autouse=True)
def _stand_in_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(attempts_module, "check_letter", one_error_per_bad)


@dataclass
class Drafts:
    """Returns `drafts` in turn (the last again), each costing 100 + 20 tokens over 2 calls."""

    drafts: list[Draft]
    name: str = "drafts"
    deterministic: bool = False
    requests: list[DraftRequest] = field(default_factory=list)

    def use_prompts(self, prompts: Prompts) -> None:
        """Scripted drafts need no prompts."""

    def draft(self, request: DraftRequest) -> Draft:
        self.requests.append(request)
        return self.drafts[min(len(self.requests), len(self.drafts)) - 1]


def _draft(text: str, notices: tuple[str, ...] = ()) -> Draft:
    return Draft(text, Usage(100, 20), calls=2, notices=notices)


def test_each_draft_is_announced_and_each_reask_carries_the_last_draft_and_its_errors(
    warm_notes: Notes,
) -> None:
    backend = Drafts([_draft("first BAD BAD LOUD"), _draft("second BAD"), _draft("third fine")])
    lines: list[str] = []
    [letter] = compose(
        warm_notes, backend, progress=lines.append, dialect=None, today=DAY_AFTER, max_attempts=4
    )
    assert lines == [f"Letter 1 of 1 to Dana Whitfield: draft {n} of at most 4" for n in (1, 2, 3)]
    first, second, third = backend.requests
    assert [r.attempt for r in backend.requests] == [1, 2, 3]
    assert (first.previous, first.violations) == (None, ())
    assert second.previous == "first BAD BAD LOUD"
    assert [v.quote for v in second.violations] == ["BAD", "BAD"]  # errors only, not the warning
    assert third.previous == "second BAD" and len(third.violations) == 1
    assert all(r.today == DAY_AFTER and not r.coordinator for r in backend.requests)
    assert all(r.interviewer.name == "Dana Whitfield" for r in backend.requests)
    assert (letter.text, letter.attempts, letter.calls) == ("third fine", 3, 6)
    assert letter.usage == Usage(300, 60)
    assert letter.backend == "drafts" and letter.ok


def test_the_best_draft_is_the_one_with_fewest_errors_then_warnings_the_first_on_a_tie(
    warm_notes: Notes,
) -> None:
    drafts = [
        _draft("one BAD BAD", notices=("first",)),
        _draft("two BAD LOUD", notices=("second",)),
        _draft("three BAD", notices=("third",)),
        _draft("four BAD", notices=("fourth",)),
        _draft("five BAD BAD", notices=("fifth",)),
    ]
    [letter] = compose(warm_notes, Drafts(drafts), max_attempts=5, today=DAY_AFTER)
    # "three" has one error and no warning; "four" is as good but later; "two" has a warning.
    assert (letter.text, letter.notices, letter.attempts) == ("three BAD", ("third",), 5)
    assert [v.quote for v in letter.report.violations] == ["BAD"] and not letter.ok


def test_a_deterministic_backend_is_asked_once_even_when_its_draft_fails(
    warm_notes: Notes,
) -> None:
    backend = Drafts([_draft("one BAD"), _draft("two fine")], deterministic=True)
    [letter] = compose(warm_notes, backend, today=DAY_AFTER)
    assert len(backend.requests) == 1 and letter.text == "one BAD" and letter.attempts == 1


def test_the_letter_is_cleaned_and_split_and_knows_its_send_by_day(warm_notes: Notes) -> None:
    raw = "  \x1b[1mSubject: Thank you\u202e\n\nDear Ms. Whitfield,\n\nThank you.\x07\n  "
    [letter] = compose(warm_notes, Drafts([_draft(raw)]), today=DAY_AFTER)
    assert letter.text == "[1mSubject: Thank you\n\nDear Ms. Whitfield,\n\nThank you."
    [letter] = compose(warm_notes, Drafts([_draft(raw.replace("\x1b[1m", ""))]), today=DAY_AFTER)
    assert letter.subject == "Thank you"
    assert letter.body == "Dear Ms. Whitfield,\n\nThank you."
    assert letter.to == "Dana Whitfield" and letter.interviewer.name == "Dana Whitfield"
    assert letter.send_by == dt.date(2026, 11, 25) and not letter.overdue
    assert not letter.coordinator
    [late] = compose(warm_notes, Drafts([_draft("fine")]), today=dt.date(2026, 11, 26))
    assert late.overdue


def test_what_the_backend_found_and_explained_changes_the_report(warm_notes: Notes) -> None:
    found = Violation("grounding", "error", "a credential removed", quote="MBA")
    draft = Draft("fine LOUD", Usage(1, 1), calls=1, findings=(found,), explained=("tone",))
    backend = Drafts([draft, _draft("again fine")])
    [letter] = compose(warm_notes, backend, today=DAY_AFTER)
    # The backend's finding is an error, so the draft is asked again; the first report had it and
    # not the warning the backend explained.
    assert len(backend.requests) == 2
    assert list(backend.requests[1].violations) == [found]
    assert letter.text == "again fine" and letter.usage == Usage(101, 21) and letter.calls == 3
    [once] = compose(warm_notes, Drafts([draft]), max_attempts=1, today=DAY_AFTER)
    assert once.report.violations == (found,)  # the "tone" warning is the backend's to explain
    plain = Draft("fine LOUD", Usage(1, 1), calls=1)
    [loud] = compose(warm_notes, Drafts([plain]), max_attempts=1, today=DAY_AFTER)
    assert [v.rule for v in loud.report.violations] == ["tone"]
