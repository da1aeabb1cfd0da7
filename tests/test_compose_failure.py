"""A model failure part-way through a panel: the letters kept are checked together like any
others, so a repeat between them is still reported."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from composer.backends.base import BackendBase, Draft, DraftRequest, Usage
from composer.compose import compose
from composer.errors import BackendError
from composer.models import Notes

BODY = """Thank you for meeting me yesterday about the Product Designer role at Brightline Health.

I enjoyed hearing how the team works, and I would bring five years designing clinical software.

I look forward to hearing from you about the next steps.

Best regards,
Mei-Ling Zhou"""


@dataclass
class SameLetterThenDown(BackendBase):
    """Writes one letter (only the greeting differs) to each person; fails at request `down`."""

    down: int
    deterministic: bool = False
    name: str = "scripted"
    requests: list[DraftRequest] = field(default_factory=list)

    def draft(self, request: DraftRequest) -> Draft:
        self.requests.append(request)
        if len(self.requests) == self.down:
            raise BackendError("the service is down")
        greeting = request.interviewer.salutation or request.interviewer.name
        return Draft(text=f"Dear {greeting},\n\n{BODY}", usage=Usage(10, 10), calls=1)


@pytest.mark.parametrize("deterministic", [False, True])
def test_letters_kept_after_a_backend_failure_get_the_unique_check(
    panel_notes: Notes, deterministic: bool
) -> None:
    # a deterministic backend's letters are compared only at the end, not while drafting
    backend = SameLetterThenDown(down=3, deterministic=deterministic)
    with pytest.raises(BackendError) as caught:
        compose(panel_notes, backend=backend, max_attempts=1)
    kept = caught.value.completed
    assert [letter.to for letter in kept] == ["Amélie Dubois-Lefèvre", "Kjetil Ølstad"]
    for letter, other in zip(kept, reversed(kept), strict=True):
        unique = [v for v in letter.report.violations if v.rule == "unique"]
        assert len(unique) == 1, letter.report.violations
        assert f"with the letter to {other.to}" in unique[0].message
        assert not letter.ok
