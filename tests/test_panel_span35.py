"""The candidate's years in a line of work before a result of theirs, with no link word
between (reader 14's h112: "I called more than 300 performances of The Harbour on its national
tour. On top of that, I have spent eight years as a stage manager, including four national
tours."): the years are the ground the result stands on, not one more thing on top of it. The
members below are made up; the expected sentences are written by hand."""

from __future__ import annotations

from composer.offline.body import Sentence
from composer.offline.paragraphs import paragraphed


def _body(*sentences: Sentence) -> list[str]:
    return [s.text for s in paragraphed(list(sentences))]


def test_years_in_a_line_of_work_come_before_a_result_with_no_link_word() -> None:
    # reader 14's h112: "I called more than 300 performances ... On top of that, I have spent
    # eight years as a stage manager, including four national tours."
    got = _body(
        Sentence("thanks", 0, "Thank you for meeting me yesterday."),
        Sentence("summary", 1, "I rebuilt the rota for a 40-bed ward."),
        Sentence(
            "point_more",
            1,
            "On top of that, I have twelve years of experience in acute care.",
            alone="I have twelve years of experience in acute care.",
        ),
    )
    assert got == [
        "Thank you for meeting me yesterday.",
        "I have twelve years of experience in acute care.",
        "I rebuilt the rota for a 40-bed ward.",
    ]
    got = _body(
        Sentence("thanks", 0, "Thank you for meeting me yesterday."),
        Sentence("summary", 1, "I fitted more than 120 kitchens."),
        Sentence("point_more", 1, "I have also spent 9 years as a joiner."),
    )
    assert got[1:] == ["I have spent 9 years as a joiner.", "I fitted more than 120 kitchens."]


def test_years_tied_to_a_topic_or_already_first_stay_where_they_are() -> None:
    first = [
        Sentence("thanks", 0, "Thank you for meeting me yesterday."),
        Sentence("summary", 1, "I have spent 9 years as a joiner."),
        Sentence("point_more", 1, "I also fitted more than 120 kitchens."),
    ]
    assert _body(*first) == [s.text for s in first]
    tied = [
        Sentence("thanks", 0, "Thank you for meeting me yesterday."),
        Sentence("topic", 1, "I enjoyed our talk about the rota.", tied=True),
        Sentence("point", 1, "I rebuilt the rota for a 40-bed ward.", tied=True),
        Sentence("point_more", 1, "In addition, I have twelve years in acute care.", tied=True),
    ]
    assert _body(*tied)[2:] == [
        "I rebuilt the rota for a 40-bed ward.",
        "In addition, I have twelve years in acute care.",
    ]
