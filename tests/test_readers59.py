"""Session 59: lines the blind readers 127-133 quoted as broken, pasted, wrongly attributed or
missing, said as the candidate would say them or left out. Every expected sentence is written
here by hand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from composer import compose
from composer.models import Notes
from composer.offline.followpanel import for_readers
from composer.offline.rapport import _closed
from composer.offline.topics import read_topic
from composer.offline.wellformed import problem
from tests.fakes import body_of, notes_with

_LISTS = ("qualifications", "highlights", "topics", "rapport")


def _says(field: str, typed: str, said: str, never: str) -> None:
    """The letters for notes with `typed` in `field` say `said` and never `never`."""
    body = body_of(notes_with(**{field: [typed] if field in _LISTS else typed}))
    assert said in body
    assert never not in body


@pytest.mark.parametrize(
    ("field", "typed", "said"),
    [
        (
            "highlights",
            "Never have a serious incident in 6 years",
            "I have never had a serious incident in six years.",
        ),
        (
            "highlights",
            "never miss a shift in 3 years",
            "I have never missed a shift in three years.",
        ),
        ("qualifications", "IELTS 7.0", "I have an IELTS score of 7.0"),
        ("qualifications", "TOEFL iBT 105", "I have a TOEFL iBT score of 105"),
        (
            "qualifications",
            "6 years hemodialysis technician in clinic in Campinas, São Paulo",
            "six years as a hemodialysis technician at a clinic in Campinas, São Paulo.",
        ),
        (
            "qualifications",
            "Course of water treatment for dialysis, 2025",
            "I completed a course in water treatment for dialysis in 2025",
        ),
        (
            "qualifications",
            "Technical course in nursing (técnico de enfermagem)",
            "I have completed a technical course in nursing",
        ),
        ("qualifications", "DipHE Paramedic Practice", "a DipHE in Paramedic Practice"),
        (
            "highlights",
            "used to reading bad handwriting at 3am",
            "I am used to reading bad handwriting at 3am.",
        ),
    ],
)
def test_a_record_line_typed_short_is_said_whole(field: str, typed: str, said: str) -> None:
    assert said in body_of(notes_with(**{field: [typed]}))


@pytest.mark.parametrize(
    ("typed", "said", "never"),
    [
        (
            "I forgot to give him my references",
            "I forgot to give you my references when we spoke, so I have attached them here.",
            "As promised",
        ),
        (
            "forgot to send my portfolio",
            "I forgot to give you my portfolio when we spoke, so I have attached it here.",
            "As promised",
        ),
        (
            "send SFFS blind odour test result sheet as promised",
            "the SFFS blind odour test result sheet is attached.",
            "sheet as promised",
        ),
        (
            "send him the welfare policy doc he asked for",
            "the welfare policy document you asked for",
            "he asked",
        ),
        (
            "In interview I say I have 14 years at sea but this is wrong, is 11 years at sea and "
            "3 years in workshop. Please correct this.",
            "One correction: I have 11 years at sea, not 14.",  # (session 81: `wrongfigure`)
            "Please correct",
        ),
        ("forgot to say my rescue certificate is current too - send them a copy", "", "a copy"),
        (
            "fix the calibration interval thing once I've checked",
            "",
            "calibration interval",
        ),
    ],
)
def test_a_follow_up_is_said_to_the_reader_never_as_a_note(
    typed: str, said: str, never: str
) -> None:
    _says("follow_up", typed, said, never)


def test_a_forgotten_link_and_a_correction_typed_together_are_both_said() -> None:
    body = body_of(
        notes_with(
            follow_up=(
                "I forget to send link of my portfolio (instagram @wrobel.frames + pdf). Also I "
                "say wrong — certificate for titanium is ISO 9606-5, I say 9606-2 by mistake "
                "(9606-2 is aluminium)"
            )
        )
    )
    assert (
        "I forgot to send you the link to my portfolio when we spoke; I will send it "
        "separately." in body
    )
    assert "the certificate for titanium is ISO 9606-5, not 9606-2." in body
    assert "I say" not in body


def test_a_careful_follow_up_naming_two_panellists_is_said_to_each() -> None:
    notes = Notes.model_validate(
        {
            "candidate": {"name": "Lukas Brandner"},
            "company": "Alpentunnel Engineering AG",
            "role": "Tunnel Ventilation Engineer",
            "interview": {"date": "2028-03-14"},
            "interviewers": [
                {"name": "Urs Keller", "title": "Chief Executive Officer",
                 "salutation": "Mr. Keller", "topics": ["the company's growth plans"]},
                {"name": "Elena Rossi", "title": "Head of Projects", "salutation": "Dr. Rossi",
                 "topics": ["jet fan sizing for a downhill tunnel"]},
            ],
            "qualifications": ["MSc in Mechanical Engineering from ETH Zürich"],
            "highlights": ["I led the ventilation design for a 6 km road tunnel."],
            "follow_up": (
                "I would like to correct the gradient correction factor I gave Dr. Rossi. Using "
                "the usual correction for a 2% downhill gradient, the factor is approximately "
                "1.07, not 1.1. I also offered to send Mr. Keller a summary of the commissioning "
                "protocol."
            ),
            "tone": "formal",
        }
    )  # fmt: skip
    keller, rossi = compose(notes, today=dt.date(2028, 3, 15))
    assert "the gradient correction factor I gave you." in rossi.body
    assert "the factor is approximately 1.07, not 1.1." in rossi.body
    assert "commissioning protocol" not in rossi.body
    assert "promised, I attach a summary of the commissioning protocol." in keller.body
    assert "1.07" not in keller.body and "Dr. Rossi" not in keller.body


def test_a_line_naming_one_panellist_is_not_split_by_sentence() -> None:
    notes = notes_with(
        follow_up="I said 48 turbines. The correct figure is 42. I also promised Sam Okoro a copy.",
        panel=2,
    )
    assert for_readers(notes.follow_up or "", notes.interviewers) == []


@pytest.mark.parametrize(
    ("typed", "said", "never"),
    [
        ("2nd round early-mid april", "the second round in early to mid-April.", "early-in"),
        (
            "graham said decide after easter, prob end of next wk",
            "hearing from you by the end of next week.",
            "I will decide",
        ),
        (
            "Ms. Weiss said they will let me know by 24 March, and that the next step would be a "
            "paid trial assignment.",
            "As I understand it, you will let me know by 24 March, and the next step will be a "
            "paid trial assignment;",
            "they will let me know",
        ),
        (
            "Mr. Keller said the board will meet on 28 March and that I will receive a written "
            "decision in early April.",
            "the board will meet on 28 March and I will receive a written decision in early April",
            "next stage",
        ),
        (
            "Human Resources will contact my references by the end of next week, and a decision "
            "is expected in early May.",
            "Human Resources will contact my references by the end of next week, and a decision "
            "is expected in early May;",
            "hearing from you by the end of next week",
        ),
        (
            "marloes: decision end of next wk, she calls either way",
            "the decision by the end of next week.",
            "either way",
        ),
    ],
)
def test_a_next_step_says_who_acts_and_when(typed: str, said: str, never: str) -> None:
    _says("next_steps", typed, said, never)


@pytest.mark.parametrize("typed", ["work", "pay", "the salary"])
def test_a_topic_of_one_general_word_is_left_out(typed: str) -> None:
    assert read_topic(typed).text == ""


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("Question: how I would plan a survey", "how I would plan a survey"),
        ("FYP", "the final-year project"),
    ],
)
def test_a_topic_typed_as_a_note_is_named_plainly(typed: str, said: str) -> None:
    assert read_topic(typed).text == said


def test_a_question_told_of_is_in_the_order_of_a_statement() -> None:
    body = body_of(notes_with(topics=["how fast can I reset between runs"]))
    assert "how fast I can reset between runs" in body
    assert "how fast can I" not in body


def test_a_shared_discovery_is_said_once() -> None:
    body = body_of(
        notes_with(
            rapport=["Mr. Keller and I discovered that we both studied at ETH Zürich, about "
                     "twenty years apart."]
        )
    )  # fmt: skip
    assert "we both studied at ETH Zürich" in body
    assert "discovered that we both discovered" not in body


def test_an_aside_inside_a_wish_closes_with_its_comma() -> None:
    assert (
        _closed("I hope the Manitoba Marathon in June, your first full marathon goes well.")
        == "I hope the Manitoba Marathon in June, your first full marathon, goes well."
    )
    assert _closed("I hope your talk goes well.") == "I hope your talk goes well."


@pytest.mark.parametrize(
    ("sentence", "broken"),
    [
        ("The certificate for titanium is ISO 9606-5, not 9606-2.", False),
        ("Using the usual correction for a 2% gradient, the factor is about 1.07, not 1.1.", False),
        ("As promised, I have attached PDF samples of the parts I prepared last year.", False),
        ("The certificate is 9606-5.", True),  # a bare range after "is": still a note
        ("I have attached the samples last year.", True),
    ],
)
def test_the_gate_reads_codes_openers_and_relative_clauses(sentence: str, broken: bool) -> None:
    assert bool(problem(sentence)) is broken


def test_thin_notes_with_no_qualification_get_a_short_honest_letter() -> None:
    # five thin files of this session's writers were refused at load: now a letter of what was
    # discussed, passing every rule, and the report names the fields that would give it substance
    notes = notes_with(qualifications=[], highlights=[], topics=["haired lime", "cornice runs"])
    (letter,) = compose(notes, today=dt.date(2027, 1, 21))
    assert letter.ok
    assert "haired lime" in letter.body and "cornice runs" in letter.body
    assert any("highlights (a result you mentioned)" in notice for notice in letter.notices)


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("I train 4 new technician in my clinic", "I train 4 new technicians in my clinic"),
        ("the station have 6 rearing house, not 8", "the station has 6 rearing houses, not 8"),
        ("trained 4 junior surveyor in the office", "trained 4 junior surveyors in the office"),
        ("a 3 bay shed", "a 3 bay shed"),  # a modifier's count, never plural
        ("the 2024 general election", "the 2024 general election"),  # a year
        ("I am a year 4 teacher", "I am a year 4 teacher"),  # a level's number
        ("led a crew of 3 last season", "led a crew of 3 last season"),
    ],
)
def test_a_count_typed_before_a_singular_noun_is_plural(typed: str, said: str) -> None:
    from composer.offline.secondphrases import mended_phrases

    assert mended_phrases(typed) == said


def test_a_wish_keeps_its_end_when_how_they_feel_is_cut() -> None:
    assert (
        _closed(
            "I hope your first half marathon on Sunday and is nervous about the hills goes well."
        )
        == "I hope your first half marathon on Sunday goes well."
    )


@pytest.mark.parametrize(
    ("field", "typed", "said", "never"),
    [
        ("next_steps", "news next 2 wks", "hearing from you in the next two weeks.", "you next"),
        ("next_steps", "hear in next 2 weeks", "in the next two weeks.", "in next"),
        (
            "qualifications",
            "Degree in History, Universidad de Sevilla (2026)",
            "a degree in History from Universidad de Sevilla",
            "History and",
        ),
        (
            "qualifications",
            "8 yrs motor claims handler",
            "eight years of experience as a motor claims handler",
            "experience in motor",
        ),
        ("qualifications", "powered access + rescue from height", "", "I powered"),
    ],
)
def test_reader_145s_lines_are_said_or_left_out(
    field: str, typed: str, said: str, never: str
) -> None:
    _says(field, typed, said, never)


def test_a_promise_to_a_panellist_by_title_is_kept_in_their_letter() -> None:
    notes = notes_with(
        follow_up=(
            "I forgot to mention that I completed dangerous goods training during my co-op. "
            "I also offered to send a copy of my thesis abstract to Mr. Okoro."
        ),
        panel=2,
    )
    dana, sam = compose(notes, today=dt.date(2027, 1, 21))
    assert "As promised" in sam.body and "a copy of my thesis abstract" in sam.body
    assert "thesis abstract" not in dana.body
    assert "abstract to" not in sam.body  # whom it goes to is the letter's reader


@pytest.mark.parametrize(
    ("field", "typed", "said", "never"),
    [
        (
            "qualifications",
            "5 year of experience in assistant grader in Donggang fish market",
            "five years of experience as an assistant grader in Donggang fish market",
            "experience in assistant",
        ),
        (
            "follow_up",
            "they asked for transcript -> attach",
            "my transcript is attached.",
            "they asked",
        ),
    ],
)
def test_reader_149s_lines_are_said_whole(field: str, typed: str, said: str, never: str) -> None:
    _says(field, typed, said, never)


@pytest.mark.parametrize(
    ("field", "typed", "never"),
    [
        (
            "contribution",
            "I bring the experience from sea and from workshop, so I understand what captain need "
            "and I can explain him simple. Also I can work alone on ship without supervision",
            "would bring so",
        ),
        ("contribution", "I can explain him simple", "explain him"),
        (
            "next_steps",
            "They call my references next week and after HR (Aroha) contact me about the visa",
            "contact me",
        ),
        ("topics", "Ask when I can start, I say beginning of June", "about ask"),
        (
            "topics",
            "Ask about Dutch language. I say I don't speak yet but I start to learn",
            "I start",
        ),
    ],
)
def test_a_second_language_line_is_said_plainly_or_left_out(
    field: str, typed: str, never: str
) -> None:
    _says(field, typed, "", never)


def test_a_question_typed_ask_is_asked() -> None:
    body = body_of(notes_with(topics=["Ask when I can start, I say beginning of June"]))
    assert "asking when I could start" in body


def test_a_promise_enclosed_is_said_enclosed_once() -> None:
    from composer.offline.phrasebook import Variation
    from composer.offline.sendthing import promises_kept

    said = promises_kept(
        "I also promised Ms. Mokoena a copy of our 2027 paper on the reintroduction trial, "
        "which I shall enclose with this letter.",
        "formal",
        "letter",
        Variation("s"),
    )
    assert said.count("enclose") == 1
    assert "a copy of our 2027 paper on the reintroduction trial" in said


def test_a_count_after_a_capitalised_deed_is_plural() -> None:
    from composer.offline.secondphrases import mended_phrases

    assert mended_phrases("Trained 3 new technician") == "Trained 3 new technicians"


def test_a_figure_put_right_in_full_keeps_its_size() -> None:
    from composer.offline.saidmeant import read_fix

    fix = read_fix("i said uncle has 14k taps, it's actually ~11,500")
    assert fix is not None and "11,500 taps" in (fix.clause or "")
    assert "11,500,000" not in (fix.clause or "")


@pytest.mark.parametrize(
    ("typed", "said", "never"),
    [
        (
            "He said they will invite two or three candidates to a practical test day, and that I "
            "should hear from them by the end of next week.",
            "you will invite two or three candidates to a practical test day, and I should hear "
            "from you by the end of next week.",
            "from them",
        ),
        (
            "Ms. Ngata explained that reference checks would follow for the preferred candidate, "
            "and that they expect to confirm the outcome within three weeks.",
            "and you expect to confirm the outcome within three weeks",
            "they expect",
        ),
    ],
)
def test_a_step_told_of_their_side_is_said_to_them(typed: str, said: str, never: str) -> None:
    _says("next_steps", typed, said, never)


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("new ships with many electric cable", "new ships with many electric cables"),
        ("we both studied law at UCC", "we both studied law at UCC"),
        ("many thanks", "many thanks"),
        ("both of us", "both of us"),
    ],
)
def test_a_quantifier_before_a_singular_noun_makes_it_plural(typed: str, said: str) -> None:
    from composer.offline.secondphrases import mended_phrases

    assert mended_phrases(typed) == said


@pytest.mark.parametrize(
    ("field", "typed", "said", "never"),
    [
        (
            "qualifications",
            "Mooring master since 2019",
            "I have been a mooring master since 2019",
            "experience mooring",
        ),
        ("qualifications", "Authorising Engineer (Decontamination) training", "", "I am an"),
        (
            "follow_up",
            "I said during the interview that the LED retrofit saved 70 percent of lighting "
            "energy; the correct figure is 62 percent, and I would like to correct that.",
            "the LED retrofit saved 62 percent of lighting energy, not 70.",
            "during the interview that",
        ),
    ],
)
def test_reader_159_and_161s_lines_are_said_whole(
    field: str, typed: str, said: str, never: str
) -> None:
    _says(field, typed, said, never)


def test_a_letter_open_to_other_roles_always_says_so() -> None:
    # reader 157's h735: a close told whole made the letter long, and length fitting dropped the
    # line of other roles, which the notes ask for: an error rule broken, the letter not ready
    from composer.notes_file import load_notes

    notes = load_notes(Path(__file__).parent / "corpus/readers/reader156/h735.json")
    (letter,) = compose(notes, today=dt.date(2028, 10, 11))
    assert letter.ok
    assert "roles at Nordlys Product Testing" in letter.body
