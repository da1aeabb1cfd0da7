"""A panel's next step is never the same sentence word for word in two letters: a letter whose
next-step sentence a colleague's letter says already says the step in another wording, with
every fact of it (who, when, the step hoped for); a letter to one reader is worded as before."""

from __future__ import annotations

import datetime as dt
import re

from composer import compose
from composer.models import Notes
from composer.offline.stepvaried import varied

STEP = "a second interview with the CFO; they will be in touch by 11 December"


def _notes(readers: int) -> Notes:
    people = [
        {"name": "Mereana Walker", "topics": ["building the first Scope 3 inventory"]},
        {"name": "James O'Brien", "topics": ["climate disclosures in the annual report"]},
        {"name": "Priya Nair", "topics": ["the Power BI dashboard for electricity use"]},
        {"name": "Sione Fifita", "topics": ["refrigerant leak checks at the depots"]},
    ]
    return Notes.model_validate(
        {
            "candidate": {"name": "Ana Tuilagi"},
            "company": "Kowhai Energy",
            "role": "Sustainability Analyst",
            "interview": {"date": "2026-12-02", "format": "panel"},
            "interviewers": people[:readers],
            "qualifications": ["three years as Carbon Accounting Analyst at Harbourside Council"],
            "highlights": ["cut fleet emissions by 18% by moving the pool cars to electric"],
            "next_steps": STEP,
            "tone": "warm",
            "channel": "email",
        }
    )


def _step_sentence(text: str) -> str:
    found = [s for s in re.split(r"(?<=\.)\s+", text) if "11 December" in s]
    assert len(found) == 1, text
    return found[0].strip()


def test_no_two_letters_of_a_panel_say_the_step_alike() -> None:
    letters = compose(_notes(4), today=dt.date(2026, 12, 3))
    said = [_step_sentence(letter.text) for letter in letters]
    assert len(set(said)) == 4, said  # was three times "I hope to hear from you by 11 ..."
    for sentence in said:
        assert "second interview with the CFO" in sentence
        assert sentence.startswith(("I hope to hear from you", "I look forward to hearing from"))


def test_one_reader_keeps_the_usual_wordings() -> None:
    (letter,) = compose(_notes(1), today=dt.date(2026, 12, 3))
    assert _step_sentence(letter.text) in (
        "I look forward to hearing from you by 11 December, and I hope to have the chance of a "
        "second interview with the CFO.",
        "I hope to hear from you by 11 December, and I would welcome the chance of a second "
        "interview with the CFO.",
    )


def _say(fits, *, time: str = "by Friday") -> str:  # type: ignore[no-untyped-def]
    options = [
        "I look forward to hearing from you {time}.",
        "I hope to hear from you {time}.",
    ]
    chosen = next((o for o in options if fits(o)), options[0])
    return chosen.format(time=time).rstrip(".")


def test_a_repeated_step_takes_the_other_wording() -> None:
    taken = {"I look forward to hearing from you by Friday."}
    said = varied(_say, lambda _: True, lambda s: s in taken, "warm", "email")
    assert said == "I hope to hear from you by Friday"


def test_a_step_said_with_less_is_not_taken() -> None:
    def say(fits) -> str:  # type: ignore[no-untyped-def]
        first = fits("I look forward to hearing from you {time}.")
        return _say(fits) if first else "I hope to hear from you"  # the time lost

    taken = {"I look forward to hearing from you by Friday."}
    said = varied(say, lambda _: True, lambda s: s in taken, "warm", "email")
    assert said == "I look forward to hearing from you by Friday"
