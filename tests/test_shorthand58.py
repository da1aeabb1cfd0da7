"""Session 58: shorthand lines the readers of sessions 56-57 quoted as broken, said as the
candidate would say them or left out (never pasted after a frame they do not fit). Every
expected sentence is written here by hand."""

from __future__ import annotations

import pytest

from composer.offline.followfix import figure_fixed
from composer.offline.items import read_point
from composer.offline.lexicon import classes
from composer.offline.rapport import rapport_line
from composer.offline.stepsender import who_to_do
from composer.offline.topics import read_topic
from tests.fakes import body_of, notes_with


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("asking about cold chain for cut flowers", "cold chain for cut flowers"),
        ("asked ab forge safety", "forge safety"),
        (
            "asked ab working w/ vets on lameness cases -> told her ab the laminitic pony",
            "working with vets on lameness cases",
        ),
    ],
)
def test_a_question_typed_as_asking_about_names_its_subject(typed: str, said: str) -> None:
    assert read_topic(typed).text == said


@pytest.mark.parametrize(
    "typed",
    [
        "watched me shoe the grey TB (hot shod, fronts only) ~50 min",
        "had me inspect a main canopy + find damage: found the broken line attachment",
        "ask how I deal when doctor speak too fast -> I explain I ask for pause",
    ],
)
def test_a_deed_typed_for_a_topic_is_left_out_not_said_after_about(typed: str) -> None:
    topic = read_topic(typed)
    assert topic.text == ""
    assert topic.why


@pytest.mark.parametrize(
    "typed", ["planned maintenance on the MAN auxiliaries", "the walled garden", "retry logic"]
)
def test_a_topic_opening_with_a_describing_verb_form_is_still_said(typed: str) -> None:
    assert read_topic(typed).text == typed


@pytest.mark.parametrize(
    ("field", "typed", "said"),
    [
        (
            "qualifications",
            "full licence + own forge van",
            "I hold a full licence and own a forge van.",
        ),
        ("qualifications", "CSCS card + own tools", "I hold a CSCS card and own tools."),
        (
            "qualifications",
            "just finished HNC joinery, Moray college",
            "I have just completed an HNC in joinery at Moray College.",
        ),
        ("qualifications", "zero accident in my record", "I have had zero accidents in my record"),
        ("highlights", "team from 11 to 18", "I helped grow the team from 11 to 18."),
        ("highlights", "launch fleet 5 -> 8", "I helped grow the launch fleet from 5 to 8."),
        (
            "highlights",
            "lumpfish mortality go down from ~30% to 18%",
            "I helped bring lumpfish mortality down from about 30% to 18%.",
        ),
        (
            "highlights",
            "crash rate from 4% to 2%",
            "I helped bring the crash rate down from 4% to 2%.",
        ),
    ],
)
def test_a_shorthand_record_line_is_said_as_a_sentence(field: str, typed: str, said: str) -> None:
    assert said.rstrip(".") in body_of(notes_with(**{field: [typed]}))


@pytest.mark.parametrize(
    "typed",
    [
        "tablet grading log, no paper",
        "honest, clear answer about learning from a documentation mistake",
        "Basic Life Support certification, current",
    ],
)
def test_a_thing_and_a_comment_on_it_is_no_list_of_skills(typed: str) -> None:
    item = read_point(typed)
    said = item.said.text() if item.said is not None else ""
    assert "experience in" not in said


def test_a_list_of_skills_is_still_said_as_experience() -> None:
    body = body_of(
        notes_with(qualifications=["visual merchandising, stock control, rota planning"])
    )
    assert "experience in visual merchandising, stock control and rota planning" in body


def test_a_trade_named_by_its_doer_is_a_noun() -> None:
    assert "noun" in classes("joinery")
    assert "noun" not in classes("everyery")


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "moisture meter = Aqua-Boy not Dickey-john, said wrong",
            "the moisture meter is Aqua-Boy, not Dickey-john",
        ),
        ("supplier = Halden not Harlow", "the supplier is Halden, not Harlow"),
        (
            "said 2021 for the cathedral job, it was actually 2022",
            "the cathedral job was in 2022, not 2021",
        ),
    ],
)
def test_a_correction_typed_short_is_said_as_the_correction(typed: str, said: str) -> None:
    assert figure_fixed(typed) == said


def test_a_name_and_its_rival_with_no_mark_of_a_correction_is_not_read_as_one() -> None:
    assert figure_fixed("the lab is good not bad") is None


def test_a_lower_case_panellist_in_the_next_steps_is_named() -> None:
    notes = notes_with(panel=2, next_steps="sam to ring re trial day")
    body = body_of(notes)
    assert "Sam" in body
    assert "the sam" not in body.lower().replace("the same", "")


@pytest.mark.parametrize(
    ("line", "pasted"),
    [
        ("I look forward to Lindiwe to Whatsapp after the meeting.", True),
        ("I look forward to Michelle to call next week.", True),
        ("I look forward to hearing from Lindiwe after the meeting.", False),
    ],
)
def test_who_to_do_pasted_after_a_welcome_is_caught(line: str, pasted: bool) -> None:
    assert who_to_do(line) is pasted


@pytest.mark.parametrize(
    ("note", "event", "wishes"),
    [
        (
            "her daughter rides at the Waikato A&P show next month",
            "your daughter",
            (
                "Good luck to your daughter at the Waikato A&P show next month.",
                "I hope your daughter does well at the Waikato A&P show next month.",
            ),
        ),
        (
            "Mr. Leitner mentioned that he is a keen collector of early Austrian airmail stamps "
            "and that the company will host a public exhibition for its anniversary in October.",
            "the public exhibition for the anniversary in October",
            (
                "Good luck with the public exhibition for the anniversary in October.",
                "I hope the public exhibition for the anniversary in October goes well.",
            ),
        ),
    ],
)
def test_an_event_of_theirs_ahead_is_wished_well(
    note: str, event: str, wishes: tuple[str, ...]
) -> None:
    said = rapport_line(note, ["Dana Brooks"]).text
    assert said in wishes  # the phrasebook's wordings of the wish, each written here
    assert event in said


def test_a_gala_for_an_anniversary_is_no_fundraising() -> None:
    line = rapport_line("she said the museum will hold a gala for its centenary next month")
    assert line.text is not None
    assert "fundraising" not in line.text
    assert "gala" in line.text
