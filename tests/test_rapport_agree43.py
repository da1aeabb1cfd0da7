"""A wish agrees with a plural thing of theirs (session 43, scout43 u08: "shes doing irish
classes at night" was said "I hope your Irish classes at night is going well."). The head is
the last word before what follows it; a name in capitals is one thing. Expectations by hand."""

from __future__ import annotations

import pytest

from composer.offline.rapportacts import agreed


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "I hope your Irish classes at night is going well.",
            "I hope your Irish classes at night are going well.",
        ),
        (
            "I hope your daughter's exams next week goes well.",
            "I hope your daughter's exams next week go well.",
        ),
        # one thing: as it was
        (
            "I hope the Yorkshire Three Peaks in May goes well.",
            "I hope the Yorkshire Three Peaks in May goes well.",
        ),
        ("I hope the news is good.", "I hope the news is good."),
        (
            "I hope your son's nativity play goes well on Friday.",
            "I hope your son's nativity play goes well on Friday.",
        ),
    ],
)
def test_the_verb_agrees_with_a_plural_thing_of_theirs(line: str, said: str) -> None:
    assert agreed(line) == said
