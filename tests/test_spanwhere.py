"""Years spent somewhere and what the last of them were (`cvspans`): the place named by any
preposition of where work is done ("behind the bar"), and a last stretch typed with its
preposition left out after "mostly" ("last 4 mostly heritage slate"), and a post written as a
compound ("bookseller"). Sentences by hand."""

from __future__ import annotations

import pytest

from composer.offline.items import read_point

SAID = [
    ("7 yrs behind the bar, last 3 as assistant manager",
     "I have spent seven years behind the bar, the last three as assistant manager."),
    ("7 yrs behind the bar, 3 as assistant manager at the Quays",
     "I have spent seven years behind the bar, three of them as assistant manager at the Quays."),
    ("12 yrs on pitched roofs, last 4 mostly heritage slate",
     "I have spent 12 years on pitched roofs, the last four mostly on heritage slate."),
    ("8 yrs in retail, last 3 mainly grocery",
     "I have spent eight years in retail, the last three mainly in grocery."),
    # a post written as one word whose last part is a post: "as a", never "of ... experience"
    ("5 yrs bookseller", "I have five years of experience as a bookseller."),
    ("3 yrs shopkeeper", "I have three years of experience as a shopkeeper."),
]  # fmt: skip


@pytest.mark.parametrize(("line", "want"), SAID, ids=[s[0] for s in SAID])
def test_years_spent_somewhere_and_the_last_of_them(line: str, want: str) -> None:
    assert read_point(line).sentence() == want


def test_a_field_written_as_a_compound_of_no_post_is_still_a_field() -> None:
    assert read_point("6 yrs newspaper").sentence() == "I have six years of newspaper experience."


def test_a_last_stretch_that_is_a_deed_is_not_given_the_span_preposition() -> None:
    # the deed is no place the years were spent: dropped, never "mostly on ran jobs"
    said = read_point("10 yrs on the tools, last 2 mostly ran jobs").sentence()
    assert said == "I have spent 10 years on the tools."
