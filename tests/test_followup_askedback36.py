"""A follow-up typed as a question from the room and its answer is said back by the class of each
piece: what was said in the room, a correction, a yes, how the answer went, the answer.

Expected sentences are written by hand (lines typed for jobs the corpus never had).
"""

from __future__ import annotations

import pytest

from composer.offline.askedback import asked_back, corrected, on_topic, said_then
from composer.offline.followup import follow_up_line, unclaimed
from tests.fakes import FirstChoice


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # a short answer given in the room, corrected: only the correction
        (
            "asked abt night shifts - said a few, shd have said i did 2 yrs of nights at the depot",
            "You asked about night shifts: I did two years of nights at the depot.",
        ),
        # a yes said with the question's own verb, and the answer's piece with its subject
        (
            "asked if i can drive a tractor - yes, used to it from the farm",
            "You asked if I can drive a tractor: I can, and I am used to it from the farm.",
        ),
        # how often it suits, typed with no verb (session 39, a chef's notes)
        (
            "dan asked if i can do sundays - said yes, every other sunday fine",
            "You asked if I can do Sundays: I can, and every other Sunday is fine.",
        ),
        # a participle with no subject: "I have done"
        (
            "asked if i do weddings - yes, done 30 this yr",
            "You asked if I do weddings: I do, and I have done 30 this year.",
        ),
        # typed with care, in three sentences
        (
            "Ana asked whether I would cover Sundays. I said yes. I would add that I have covered "
            "Sundays for two years at my current shop.",
            "You asked whether I would cover Sundays: I would, and I have covered Sundays for two "
            "years at my current shop.",
        ),
        # how the answer went is no part of the letter; the real answer is
        (
            "asked what i'd change first - blanked. real answer: i'd move the stock room next to "
            "the till",
            "You asked what I would change first: I would move the stock room next to the till.",
        ),
        # a story told in the room, and what was changed after it
        (
            "asked abt a time i lost a client - told the invoice story. should have said what i "
            "changed after: a weekly call with every account",
            "You asked about the time I lost a client: I told you the invoice story, and what I "
            "changed afterwards was a weekly call with every account.",
        ),
        # "not true" withdraws the answer given; the piece after it is the news
        (
            "he asked if I can do sash windows, said no. not true - i restored 40 sashes at the "
            "mill",
            "You asked if I can do sash windows: I restored 40 sashes at the mill.",
        ),
        # a thing named after "forgot to mention" is said as what the candidate would also
        # mention, never confessed
        (
            "asked how i'd calm a nervous client - forgot to mention the mediation course i did "
            "in 2024",
            "You asked how I would calm a nervous client: I would also mention the mediation "
            "course I did in 2024.",
        ),
    ],
)
def test_a_question_and_its_answer_are_said_back(line: str, said: str) -> None:
    assert asked_back(line) == said


@pytest.mark.parametrize(
    "line",
    [
        "asked if i had a cscs card - yes, renewed in may",  # a yes no verb of the question says
        "asked about my notice - said 1 month, might be less, will check",  # a hedge
        "asked about my sales - 120% of target last yr, forgot to say",  # no clause in the news
        "asked abt rotas - said none but i'm on the list for the spring one, shd have said i "
        "start in march",  # a long answer in the room that cannot be said
        "asked abt my hours - can do 8-4 mon-fri",  # weekdays left in note form
        "asked abt my van - did 3 yrs at the depot, trained on the tail lift",  # two notes
    ],
)
def test_a_line_with_a_piece_that_cannot_be_said_is_left_out(line: str) -> None:
    assert asked_back(line) is None


def test_only_a_marked_correction_counts_as_corrected() -> None:
    assert corrected("asked if i do weddings - yes, done 30 this yr") is None
    assert corrected("asked abt night shifts - forgot to mention i did nights at the depot") == (
        "You asked about night shifts: I did nights at the depot."
    )


def test_a_correction_replaces_a_line_that_says_what_was_said_in_the_room() -> None:
    # the older readings said "To add to my answer ...: I told the invoice story."
    line = (
        "asked abt a time i lost a client - told the invoice story. should have said what i "
        "changed after: a weekly call with every account"
    )
    assert follow_up_line(line, frozenset(), "warm", "email", FirstChoice("")) == (
        "You asked about the time I lost a client: I told you the invoice story, and what I "
        "changed afterwards was a weekly call with every account."
    )


def test_a_question_not_asked_by_the_reader_is_recalled_as_an_answer_on_whether() -> None:
    said = "You asked if I can drive a tractor: I can, and I am used to it from the farm."
    assert unclaimed(said, by_reader=False) == (
        "To add to my answer on whether I can drive a tractor: I can, and I am used to it from "
        "the farm."
    )


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # what was said, and what is true
        (
            "said i hadnt driven a minibus - actually drove the school one for 2 yrs",
            "I said I had not driven a minibus, but in fact I drove the school one for two years.",
        ),
        # checked after the interview, with the question it answers
        (
            "re the rota q - i said we cover about 40 shifts - checked, it's 52",
            "On the rota question, I said we cover about 40 shifts; I have since checked, and it "
            "is 52.",
        ),
        # quotes round what was said are no part of the letter
        (
            "i said 'about 30' members - checked, it was 45",
            "I said about 30 members; I have since checked, and it was 45.",
        ),
    ],
)
def test_what_was_said_and_what_is_true_are_said_together(line: str, said: str) -> None:
    assert said_then(line) == said


def test_a_correction_with_a_note_left_in_it_is_left_out() -> None:
    assert (
        said_then("on the audit i said 1.1x - recalculated, it's 1.18x, still below 1.25") is None
    )


def test_a_yes_says_how_far_it_goes() -> None:
    assert asked_back("asked if i can open up on sundays - yes most weeks") == (
        "You asked if I can open up on Sundays: I can, most weeks."
    )


def test_a_careful_note_of_what_should_have_been_said_on_a_topic_is_said_with_also() -> None:
    line = "On stock counts, I should have mentioned that I ran the year-end count for two shops."
    assert on_topic(line) == (
        "On stock counts, I should also have mentioned that I ran the year-end count for two shops."
    )
    assert on_topic("On stock counts, I should have mentioned that counts + audits") is None


def test_a_careful_answer_after_a_comma_is_no_part_of_the_question() -> None:
    # reader 19 h148, typed with care: said "You asked about weekends, I said they were
    # difficult for me. ..." (a comma splice: the answer read as part of the question)
    line = (
        "When Janet asked about weekends, I said they were difficult for me. I have since "
        "arranged childcare and can work every other weekend."
    )
    # session 42: said as typed, to her ("When you asked ..., I said ..."): a clause and its
    # main clause, no splice
    assert follow_up_line(line, frozenset(), "warm", "email", FirstChoice("")) == (
        "When you asked about weekends, I said they were difficult for me. I have since arranged "
        "childcare and can work every other weekend."
    )
