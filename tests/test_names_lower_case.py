"""People's names typed all in lower case, as notes often type them, are given their capitals
before anything reads them, so the greeting, the report and the rules all see "Bev Hollins"."""

from __future__ import annotations

import pytest

from composer import Notes, compose
from composer.models import Candidate, Coordinator, Interviewer


@pytest.mark.parametrize(
    ("typed", "wanted"),
    [
        ("bev hollins", "Bev Hollins"),
        ("mark  ellery", "Mark Ellery"),
        ("siobhán ní bhriain", "Siobhán Ní Bhriain"),
        ("o'neill", "O'Neill"),
        ("ciaran mcgrath", "Ciaran McGrath"),  # reader 61's h349: was "Ciaran Mcgrath"
        ("anna-maria lopez", "Anna-Maria Lopez"),
        ("ludwig van beethoven", "Ludwig van Beethoven"),
        ("dr raj mehta", "Dr Raj Mehta"),
        # any capital typed: the name is spelled as typed
        ("Dana McAllister", "Dana McAllister"),
        ("bell Hooks", "bell Hooks"),
        ("JD", "JD"),
    ],
)
def test_a_name_typed_in_lower_case_gets_its_capitals(typed: str, wanted: str) -> None:
    assert Interviewer(name=typed).name == wanted
    assert Coordinator(name=typed).name == wanted
    assert Candidate(name=typed).name == wanted


def test_the_salutation_too_but_not_the_title() -> None:
    person = Interviewer(name="bev hollins", salutation="bev", title="clinical team leader")
    assert person.salutation == "Bev"
    assert person.title == "clinical team leader"


def test_the_letter_greets_them_with_capitals_and_is_ready(warm_notes: Notes) -> None:
    person = warm_notes.interviewers[0].model_dump()
    person.update(name="dana whitfield", salutation=None)
    notes = Notes.model_validate(
        {**warm_notes.model_dump(), "tone": "warm", "interviewers": [person]}
    )
    (letter,) = compose(notes)
    assert "\nDear Dana,\n" in "\n" + letter.text or "\nHi Dana,\n" in "\n" + letter.text
    assert "dana" not in letter.text
    assert letter.report.ok, letter.report.violations


def test_a_salutation_typed_with_its_capitals_keeps_them_over_the_name_given_capitals() -> None:
    # the name typed all in lower case is given "Mcleod"; the salutation says how it is spelled
    from composer.offline.envelope import salutation

    person = Interviewer(name="capt. ruth mcleod", salutation="Captain McLeod")
    assert salutation(person, "formal") == "Captain McLeod"
    # a word of the salutation typed in lower case still takes the name's spelling
    typed = Interviewer(name="Ruth DeVries", salutation="ms. devries")
    assert salutation(typed, "formal").endswith("DeVries")
