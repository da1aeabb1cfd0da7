"""Session 39 (repeats): what a letter says twice, said once; sentences by hand."""

from __future__ import annotations

import pytest

from composer.offline.followup import follow_up_line
from composer.offline.phrasebook import Variation


def _follow_up(typed: str, tone: str = "warm", seed: str = "x") -> str | None:
    return follow_up_line(typed, frozenset(), tone, "email", Variation(seed))


@pytest.mark.parametrize("tone", ["warm", "formal", "concise"])
@pytest.mark.parametrize(
    ("typed", "fact"),
    [
        # reader 18 (h142): the note's own "I would like to add that" under the frame's "add"
        (
            "He asked about my experience with night lambing; I would like to add that I"
            " completed the lambing first aid course in 2023",
            "I completed the lambing first aid course in 2023.",
        ),
        (
            "she asked about the stores audit; I'd like to add that I ran the audit at Dunmore"
            " for two years",
            "I ran the audit at Dunmore for two years.",
        ),
        # census 16 (f02): the whole line is an addition, typed with its own words for adding
        (
            "I would like to add that I can work the Saturday clinic on rotation.",
            "I can work the Saturday clinic on rotation.",
        ),
        ("I wanted to mention that I hold a full clean driving licence", "I hold a full clean"),
    ],
)
def test_adding_is_said_once(typed: str, fact: str, tone: str) -> None:
    for seed in ("a", "b", "c", "d"):
        line = _follow_up(typed, tone, seed)
        assert line is not None and fact in line, line
        words = line.lower().replace("addition", "add").split()
        adding = [w for w in words if w.strip(",:") in ("add", "mention")]
        assert len(adding) <= 1, line


@pytest.mark.parametrize("tone", ["warm", "formal"])
def test_an_addition_inside_an_answer_given_is_said_to_who_asked(tone: str) -> None:
    # reader 18 (h145): ", and I would add that ..." inside the answer kept the whole line
    # pasted, in the third person, to the one who asked
    typed = (
        "Ms. Okafor asked how I would deal with a driver who skips the walkaround check; I"
        " answered that I would stop the run and talk to him, and I would add that I have"
        " done this twice at Arnold's"
    )
    assert _follow_up(typed, tone) == (
        "You asked how I would deal with a driver who skips the walkaround check: I would stop"
        " the run and talk to him, and I have done this twice at Arnold's."
    )


def test_a_described_answer_keeps_its_adding() -> None:
    # "I described X, and I would add that Y": the answer in the room is said back whole
    line = _follow_up(
        "She asked how I calm a client in crisis. I described grounding, and I would add that"
        " I always agree a safety plan before they leave."
    )
    assert line is not None and "and I would add that I always agree" in line, line


@pytest.mark.parametrize(
    "typed",
    [
        "I said it was four weeks. Dr. Baptiste asked how I would handle a missed dose; I said I"
        " would report it the same day",
        "I mentioned approx. 40 audits a year. Ms. Wu asked how I keep up; I said I read the"
        " bulletins",
    ],
)
def test_an_abbreviation_full_stop_starts_no_second_answer(typed: str) -> None:
    from composer.offline.twoanswers import answers

    parts = answers(typed)
    assert len(parts) == 2, parts
    assert parts[1].startswith(("Dr. Baptiste asked", "Ms. Wu asked")), parts


def _dental(tone: str) -> str:
    import datetime as dt

    from composer import compose
    from composer.models import Notes

    notes = Notes.model_validate(
        {
            "candidate": {"name": "Ruth Ansell", "email": "ruth.ansell@example.com"},
            "company": "Millbrook Dental Group",
            "role": "Lead Dental Nurse",
            "interview": {"date": "2026-12-01", "format": "onsite"},
            "interviewers": [
                {
                    "name": "Omar Haddad",
                    "title": "Practice Manager",
                    "salutation": "Omar",
                    "topics": ["decontamination audits", "teaching trainee dental nurses"],
                }
            ],
            "qualifications": ["I am a clinical tutor for four trainee dental nurses"],
            "highlights": ["passed every decontamination audit at Fairfield since 2021"],
            "tone": tone,
            "channel": "email",
        }
    )
    return compose(notes, today=dt.date(2026, 12, 2))[0].text


@pytest.mark.parametrize("tone", ["warm", "formal", "concise"])
def test_a_point_that_names_its_topic_has_no_lead_that_says_it_first(tone: str) -> None:
    # reader 18 (h145): "As for teaching trainee anaesthetic technicians, I am a clinical tutor
    # for six trainee anaesthetic technicians."
    sentences = _dental(tone).replace("\n", " ").split(". ")
    said = [s for s in sentences if "clinical tutor" in s]
    assert said == ["I am a clinical tutor for four trainee dental nurses"], said


@pytest.mark.parametrize(
    ("question", "answer", "said"),
    [
        # reader 18 (h141, typed at --ask): the lead names the question, an "I" inside it
        (
            "what id drop from the current show",
            "On what I'd drop from the current show: I'd move the 8.40 gossip slot to the"
            " afternoons.",
            "I'd move the 8.40 gossip slot to the afternoons.",
        ),
        (
            "how I would cut the waiting list",
            "About how I would cut the waiting list, I would run Saturday clinics.",
            "I would run Saturday clinics.",
        ),
        # a lead that names something else stays
        (
            "how I would cut the waiting list",
            "On the Leeds pilot: we ran Saturday clinics.",
            "On the Leeds pilot: we ran Saturday clinics.",
        ),
    ],
)
def test_an_answer_does_not_say_its_question_again(question: str, answer: str, said: str) -> None:
    from composer.offline.restated import unrepeated

    assert unrepeated(question, answer) == said


def test_the_answer_typed_at_ask_is_said_once_after_its_question() -> None:
    line = follow_up_line(
        "they asked what id drop from the current show - On what I'd drop from the current"
        " show: I'd move the 8.40 gossip slot to the afternoons.",
        frozenset(),
        "warm",
        "email",
        Variation("x"),
        by_reader=False,
    )
    assert line == (
        "To add to my answer on what I would drop from the current show: I would move the 8.40"
        " gossip slot to the afternoons."
    )
