"""Session 57: lines typed with care, as a senior candidate types them (reader 87's h456), said as
the candidate would say them: a CV line with a list after "including", a post and what came of
it after a semicolon, a deed and how it went after a comma, "author of", a question and the
answer reported with "that", a coming event the candidate will be at too, a board's meeting told
by who said it, and a correction put right after a semicolon. Every expected sentence is
written here by hand."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from composer import compose
from composer.models import Notes
from composer.offline.body import Sentence
from composer.offline.ownanswer import that_dropped_within
from composer.offline.phrasebook import Variation
from composer.offline.phrases import analyse
from composer.offline.rapport import rapport_line
from composer.offline.realise import clause
from composer.offline.saidmeant import meant_line
from composer.offline.stepreading import meeting
from composer.offline.topicanswers import answer_of
from composer.offline.topics import read_topic
from composer.offline.wellformed import problem
from tests.fakes import notes_with


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "22 years of casework in questioned documents, including handwriting, signatures, "
            "inks and printing processes",
            "I have 22 years of casework in questioned documents, including handwriting, "
            "signatures, inks and printing processes",
        ),
        (
            "12 years of casework in fraud, including cheques and contracts",
            "I have 12 years of casework in fraud, including cheques and contracts",
        ),
        (
            "Court-appointed expert in Switzerland since 2009; testimony in more than 120 "
            "proceedings",
            "I am a court-appointed expert in Switzerland since 2009, with testimony in more "
            "than 120 proceedings",
        ),
        (
            "Led my current laboratory's accreditation for handwriting and signature comparison, "
            "achieved in 2023 without major nonconformities",
            "I led my current laboratory's accreditation for handwriting and signature "
            "comparison, achieved in 2023 without major nonconformities",
        ),
        (
            "Led the move to cloud, delivered on time and under budget",
            "I led the move to cloud, delivered on time and under budget",
        ),
        (
            "Author of a peer-reviewed validation study on digitally captured signatures",
            "I am the author of a peer-reviewed validation study on digitally captured signatures",
        ),
        (
            "Co-author of the regional IPM guidelines for natural history collections (2022)",
            "I co-authored the regional IPM guidelines for natural history collections in 2022",
        ),
        (
            "Working knowledge of CadnaA noise mapping software",
            "I have a working knowledge of CadnaA noise mapping software",
        ),
        # two things done: each its own clause, as before
        (
            "ACA qualified, passed all exams first time",
            "I am ACA qualified, and I passed all exams first time",
        ),
    ],
)
def test_a_careful_cv_line_is_said_whole_in_the_candidates_voice(typed: str, said: str) -> None:
    found = clause(analyse(typed))
    assert found is not None
    assert found.text() == said


def test_a_school_after_a_doctorate_is_said_with_the() -> None:
    notes = _notes(qualifications=["Doctorate in Forensic Science, University of Lausanne"])
    body = " ".join(letter.body for letter in compose(notes, today=dt.date(2027, 1, 21)))
    assert "a doctorate in Forensic Science from the University of Lausanne" in body


@pytest.mark.parametrize(
    ("question", "typed", "answer"),
    [
        (
            "my experience managing a team of examiners and trainees",
            "I currently lead seven examiners and two trainees, and that three of my former "
            "trainees are now fully authorised examiners",
            "I said I currently lead seven examiners and two trainees, and three of my former "
            "trainees are now fully authorised examiners",
        ),
        (
            "whether I hold the Spanish licence for pyrotechnic experts",
            "I do not yet; I explained that I hold the full Maltese master licence",
            "I do not yet, but I hold the full Maltese master licence",
        ),
    ],
)
def test_an_answer_reported_with_that_is_said_without_it(
    question: str, typed: str, answer: str
) -> None:
    assert answer_of(question, typed) == answer


def test_that_as_the_subject_of_a_second_clause_is_kept() -> None:
    typed = "running a hotel overnight is about disruption, and that is what a control room does"
    assert that_dropped_within(typed) == typed
    assert that_dropped_within("I ran both, and that it worked") == "I ran both, and it worked"


def test_a_question_asking_for_the_candidates_view_is_said_by_its_subject() -> None:
    topic = read_topic(
        "He asked for my view on reporting conclusions with likelihood ratios rather than the "
        "traditional nine-point scale. I said I support the move, but that courts and clients "
        "need a careful transition and written guidance."
    )
    assert topic.question
    assert topic.text == (
        "reporting conclusions with likelihood ratios rather than the traditional nine-point scale"
    )
    assert topic.answer == (
        "I support the move, but courts and clients need a careful transition and written guidance"
    )


def test_their_session_where_the_candidate_also_presents_is_wished_well_with_it() -> None:
    line = rapport_line(
        "He mentioned that he will be chairing a session at the European Academy of Forensic "
        "Science conference in Dublin this September, where I am also presenting.",
        ["Matthias Egger"],
    )
    assert line.text is not None
    assert "your session at the European Academy of Forensic Science conference in Dublin this " \
        "September" in line.text  # fmt: skip
    # the candidate's part said right after the event, or in a clause of its own: never after
    # "goes well"
    assert line.text.endswith(("where I am also presenting.", "; I am also presenting there."))
    assert "goes well, where" not in line.text


@pytest.mark.parametrize(
    "typed",
    [
        "Mr. Wyss said the board will make its decision at its meeting on 19 July and that I "
        "will be informed in writing shortly afterwards.",
        "Stefan said the board will decide at its meeting on 19 July.",
    ],
)
def test_a_boards_meeting_told_by_who_said_it_is_when_the_board_meets(typed: str) -> None:
    assert meeting(typed) == "the board meets on 19 July"


def test_a_correction_after_a_semicolon_keeps_the_part_of_the_year() -> None:
    typed = (
        "During the interview I said that my validation study on digitally captured signatures "
        "was published in 2024; it was in fact published in early 2025."
    )
    assert meant_line(typed, "warm", "email", Variation("seed")) == (
        "One correction to what I said in the interview: my validation study on digitally "
        "captured signatures was published in early 2025, not 2024."
    )


def test_a_correction_and_a_promise_to_a_panellist_are_both_said() -> None:
    notes = _notes(
        follow_up=(
            "During the interview I said that my validation study was published in 2024; it was "
            "in fact published in early 2025. I also promised Sam Okoro a copy of our blind "
            "review procedure, which I will enclose with the letter."
        ),
        panel=2,
    )
    letters = compose(notes, today=dt.date(2027, 1, 21))
    body = " ".join(letter.body for letter in letters)
    assert "was published in early 2025, not 2024." in body
    assert "was published in 2024 and" not in body  # never the wrong year said as the fact
    assert "a copy of our blind review procedure" in letters[1].body


def test_a_year_after_early_needs_in_before_it() -> None:
    assert not problem("My study was published in early 2025.")
    assert not problem("I have worked there since late 2019.")
    assert problem("My study was published early 2025.")


def _notes(
    *, qualifications: list[str] | None = None, follow_up: str | None = None, panel: int = 1
) -> Notes:
    return notes_with(
        qualifications=qualifications or ["six years in warehouse operations"],
        follow_up=follow_up,
        panel=panel,
    )


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "Supervised a site of 40 longlines and a team of 14 people, with production up 18% "
            "over three seasons.",
            "I supervised a site of 40 longlines and a team of 14 people, with production up 18% "
            "over three seasons.",
        ),
        (
            "Managed a team of 8, with turnover down from 30% to 12%.",
            "I managed a team of eight, with turnover down from 30% to 12%.",
        ),
    ],
)
def test_a_result_typed_with_with_is_said_as_typed(typed: str, said: str) -> None:
    notes = _notes(qualifications=[typed])
    body = " ".join(letter.body for letter in compose(notes, today=dt.date(2027, 1, 21)))
    assert said in body
    assert "which raised with" not in body and "which cut with" not in body


def test_a_careful_contribution_with_a_trade_word_is_said_as_typed() -> None:
    from composer.offline.offer import read_offer

    typed = (
        "I would bring practical experience of running a marine farm, first-hand knowledge of "
        "growing kelp on longlines, and good relationships with local workers."
    )
    offer = read_offer(typed)
    assert offer is not None
    assert offer.text == typed  # never "I would bring A, and I would bring B and C"


@pytest.mark.parametrize(
    ("word", "past"),
    [("trialled", True), ("travelled", True), ("labelled", True), ("controlled", True)],
)
def test_a_british_double_l_is_a_verb_form(word: str, past: bool) -> None:
    from composer.offline import lexicon

    assert lexicon.is_past(word) is past
    assert lexicon.is_gerund(word.replace("lled", "lling"))


def test_a_promise_reported_as_said_is_kept() -> None:
    from composer.offline.sendthing import promises_kept

    kept = promises_kept(
        "I also said I would send the summary report of the 2025 pilot, which my current "
        "employer has agreed I may share.",
        "warm",
        "email",
        Variation("s"),
    )
    assert kept.startswith("As promised, I")
    assert kept.endswith(
        "the summary report of the 2025 pilot, which my current employer has agreed I may share."
    )


def test_a_careful_question_by_name_with_a_trade_word_is_said_back() -> None:
    topic = (
        "Mr Vergara asked how my experience running mussel longlines would carry over to giant "
        "kelp. I explained the seeded-twine method we trialled in 2025, how we adjusted line "
        "depth for winter light, and the bryozoan fouling we found in late summer."
    )
    notes = _notes().model_copy(
        update={
            "interviewers": [
                _notes().interviewers[0].model_copy(update={"topics": [topic]}),
            ]
        }
    )
    (letter,) = compose(notes, today=dt.date(2027, 1, 21))
    assert (
        "When you asked how my experience running mussel longlines would carry over to giant "
        "kelp, I explained the seeded-twine method we trialled in 2025, how we adjusted line "
        "depth for winter light, and the bryozoan fouling we found in late summer."
    ) in letter.body


@pytest.mark.parametrize(
    ("note", "event"),
    [
        (
            "He mentioned that his team will present at the seaweed congress in Puerto Montt in "
            "October.",
            "your team's presentation at the seaweed congress in Puerto Montt in October",
        ),
        (
            "Her team is presenting at the AQUA conference in Bergen in October.",
            "your team's presentation at the AQUA conference in Bergen in October",
        ),
    ],
)
def test_their_teams_talk_is_wished_well(note: str, event: str) -> None:
    line = rapport_line(note, ["Rodrigo Vergara"])
    assert line.text is not None and event in line.text


def _letters_body(**fields: object) -> str:
    notes = _notes().model_copy(update=fields)
    return " ".join(letter.body for letter in compose(notes, today=dt.date(2027, 1, 21)))


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "MSc Acoustics, University of Salford (results due in August; currently on track for "
            "a Distinction)",
            "I have completed an MSc in Acoustics at the University of Salford, with results due "
            "in August and currently on track for a Distinction",
        ),
        (
            "Planned and carried out a measurement campaign in twelve occupied homes, including "
            "night-time monitoring with the residents' consent.",
            "I planned and carried out a measurement campaign in twelve occupied homes, including "
            "night-time monitoring with the residents' consent",
        ),
        ("Designed and built new jig", "I designed and built a new jig"),
        (
            "Approved signatory for NATA-accredited fire assay methods",
            "I am an approved signatory for NATA-accredited fire assay methods",
        ),
        ("Ship-handling simulator assessor", "I am a ship-handling simulator assessor"),
    ],
)
def test_more_careful_lines_are_said_whole(typed: str, said: str) -> None:
    from composer.offline.items import read_point

    found = read_point(typed).said
    assert found is not None
    assert found.text() == said


def test_a_degree_with_results_to_come_is_never_said_as_held() -> None:
    body = _letters_body(
        qualifications=["MSc Acoustics, University of Salford (results due in August)"]
    )
    assert "I hold an MSc" not in body
    assert "with results due in August" in body


def test_a_licence_typed_with_its_port_is_for_that_port() -> None:
    from composer.offline.items import read_point

    said = read_point("Unlimited pilotage licence, Lyttelton (14 years)").said
    assert said is not None and said.text() == "I hold an unlimited pilotage licence for Lyttelton"


def test_a_post_held_beside_the_role_is_not_the_one_they_join_as() -> None:
    body = _letters_body(qualifications=["Bridge Resource Management instructor"])
    assert "I am a Bridge Resource Management instructor" in body
    assert "as a Bridge Resource Management instructor" not in body


def test_a_question_asking_to_explain_is_said_back() -> None:
    topic = read_topic(
        "Dr Lindsay asked me to explain my MSc dissertation on low-frequency noise. I described "
        "the measurement campaign in twelve occupied homes in Leith."
    )
    assert topic.question and topic.text == "my MSc dissertation on low-frequency noise"
    assert topic.answer.startswith("I described the measurement campaign")


@pytest.mark.parametrize(
    ("typed", "line"),
    [
        (
            "I say wrong number about the mortality, is 0,3% not 0,2%.",
            "One correction to what I said about the mortality: the right figure is 0.3%, not "
            "0.2%.",
        ),
        (
            "also i said '2021' for the cathedral job, it was actually 2022 oops.",
            "One correction to what I said in the interview: the cathedral job was in 2022, not "
            "2021.",
        ),
    ],
)
def test_corrections_typed_in_haste_are_said_in_place(typed: str, line: str) -> None:
    assert meant_line(typed, "warm", "email", Variation("seed")) == line


def test_a_correction_with_a_decimal_comma_reaches_the_letter() -> None:
    body = _letters_body(follow_up="I say wrong number about the mortality, is 0,3% not 0,2%.")
    assert "the right figure is 0.3%, not 0.2%." in body  # the checker knows "0,3" is 0.3


def test_a_part_marked_to_check_is_never_said() -> None:
    from composer.offline.followup import follow_up_line

    typed = "also i said i'd finish the abrege course in oct, actually it's nov (check this)"
    assert follow_up_line(typed, frozenset(), "warm", "email", Variation("s")) is None


def test_a_thing_the_candidate_can_bring_is_offered_with_it() -> None:
    from composer.offline.followtidy import offered_tail

    assert offered_tail("i have my own set of tuning forks - can bring.") == (
        "i have my own set of tuning forks, which I can bring."
    )
    assert offered_tail("i have my photos (2019 show) - can send") == (
        "i have my photos (2019 show) and can send them."
    )


def test_a_careful_wish_to_clarify_keeps_its_tense() -> None:
    from composer.offline.secondlanguage import mended

    typed = "I wish to clarify that the arrival was in March 2023, not 2022 as I first said."
    assert mended(typed, "follow_up") == typed


def test_a_careful_report_of_the_room_is_said_whole_to_its_reader() -> None:
    from composer.offline.followup import follow_up_line

    typed = (
        "I mentioned my thesis but did not have the link ready. I would like to send you the PDF "
        "and the GitHub repository for the detector code."
    )
    line = follow_up_line(typed, frozenset(), "warm", "email", Variation("s"))
    assert line == typed


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "Never had a biosecurity non-conformity in audits.",
            "I have never had a biosecurity non-conformity in audits",
        ),
        ("never been late", "I have never been late"),
        (
            "fluent in German and English and working knowledge of French",
            "I am fluent in German and English, with a working knowledge of French",
        ),
    ],
)
def test_a_never_and_a_knowledge_tail_are_said_whole(typed: str, said: str) -> None:
    found = clause(analyse(typed))
    assert found is not None and found.text() == said


def test_a_follow_up_broken_off_after_i_is_never_said() -> None:
    notes = _notes(follow_up="meant to say i")
    (letter,) = compose(notes, today=dt.date(2027, 1, 21))
    assert not re.search(r"(?:that|:) I\.", letter.body)
    assert any("follow_up" in notice for notice in letter.notices)


@pytest.mark.parametrize(
    ("typed", "close"),
    [
        (
            "Mr. Huber said that the supervisory board will make a decision at its meeting in "
            "early September and that all candidates will be informed in writing shortly "
            "afterwards.",
            "the supervisory board meets in early September",
        ),
    ],
)
def test_a_board_and_what_all_candidates_hear_after(typed: str, close: str) -> None:
    assert meeting(typed) == close


def test_a_careful_step_told_without_that_is_said_as_understood() -> None:
    from composer.offline.steptold import told_line

    typed = (
        "Mr. Tapia said a second interview with the technical team would take place in the "
        "second week of August, and that they would contact me by email."
    )
    assert told_line(typed, "warm", "email", Variation("s"), lambda _: True) == (
        "As I understand it, a second interview with the technical team will take place in the "
        "second week of August, and you will contact me by email; I look forward to hearing "
        "from you"
    )  # (session 59: their side said to them, "you", where reader 157 read "they" as no one)


def test_a_second_that_parallel_to_the_first_is_kept() -> None:
    typed = "I found that patching worked, and that a simple sticker chart improved weekend wear"
    assert that_dropped_within(typed) == typed  # reader 97's h497: both "that"s are the finding's


def test_a_speaker_of_languages_still_joins_as_one() -> None:
    body = _letters_body(qualifications=["Irish and English speaker"])
    assert "as an Irish and English speaker" in body


@pytest.mark.parametrize(
    ("note", "line"),
    [
        (
            "She is moving to the Ottawa office from Winnipeg this autumn and is looking forward "
            "to the tulips next spring.",
            "the move to the Ottawa office from Winnipeg this autumn",
        ),
        (
            "Dr. Rāwiri mentioned that he also studied at the University of Auckland and "
            "supervised a summer student in my cohort.",
            "we both studied at the University of Auckland.",
        ),
    ],
)
def test_a_second_verb_of_theirs_is_never_said_as_shared(note: str, line: str) -> None:
    said = rapport_line(note, ["Margaret Okafor"])
    assert said.text is not None and line in said.text
    assert "looking forward" not in said.text and "supervised" not in said.text


def test_a_promise_to_one_panellist_inside_a_careful_sentence_goes_to_their_letter() -> None:
    notes = _notes(
        follow_up=(
            "I would like to clarify that the touring exhibition travelled to five venues, not "
            "four as I said during the interview, and I promised to send Sam Okoro photographs of "
            "the jig system."
        ),
        panel=2,
    )
    dana, sam = compose(notes, today=dt.date(2027, 1, 21))
    assert "photographs of the jig system" in sam.body
    assert "photographs of the jig system" not in dana.body
    assert (dana.body + sam.body).count("five venues, not four") == 1  # said once, whole


def test_a_careful_line_with_which_is_no_list_to_join() -> None:
    from composer.offline.cleaning import clean

    typed = (
        "I told the panel it was with Contact Energy, but it was with MB Century, working on a "
        "Contact Energy site. I would like to send my report, which Dr. Rawiri asked to see."
    )
    assert "and which" not in clean(typed)


def test_a_topic_reported_with_care_is_one_topic() -> None:
    from composer.offline.topicparts import topic_parts

    typed = (
        "He explained the two-year graduate rotation across logging, reservoir modelling and "
        "field operations."
    )
    assert topic_parts(typed) == [typed]


def test_be_before_a_plain_verb_and_a_time_is_broken() -> None:
    from composer.offline.dangling import dangling

    assert dangling("I checked again, which is expire in October 2027.")
    assert not dangling("The plan is complete in May.")
    assert not dangling("It was sent in May.")


def test_a_sentence_that_says_an_earlier_one_again_is_said_once() -> None:
    from composer.offline.saidonce import once_within, said_before

    text = (
        "You asked whether I would train apprentices: I have trained four apprentices to NVQ "
        "Level 3. I have trained four apprentices to Level 3."
    )
    assert once_within(text) == (
        "You asked whether I would train apprentices: I have trained four apprentices to NVQ "
        "Level 3."
    )
    kept = [
        _sentence(
            "When you asked about the budget, I said I plan material purchasing a season ahead, "
            "buying wheat reed directly from two growers, which has reduced our material costs."
        )
    ]
    assert said_before(
        "I reduced material costs by buying directly from growers and planning a season ahead.",
        kept,
    )
    assert not said_before("I hold an NVQ Level 3 in Thatching and am a qualified assessor.", kept)


def _sentence(text: str) -> Sentence:
    return Sentence("topic", 1, text)


def test_a_talk_they_give_is_theirs() -> None:
    line = rapport_line(
        "Dr. Pemberton mentioned that he is giving the keynote lecture at the SPAB autumn "
        "conference in October.",
        ["Hugh Pemberton"],
    )
    assert (
        line.text is not None and "your keynote lecture at the SPAB autumn conference" in line.text
    )


def test_a_topic_discussed_with_the_candidates_part_is_named_by_its_subject() -> None:
    topic = read_topic(
        "We discussed fire safety, and I described the fire barrier boards and wiring checks I "
        "specified for the cottages at Tarrant Gunville."
    )
    assert topic.text == "fire safety"


def test_a_span_in_words_with_a_hyphen_is_a_span() -> None:
    from composer.offline.items import read_point

    said = read_point(
        "Twenty-six years as a thatcher, nineteen of them running my own business"
    ).said
    assert said is not None
    assert said.text() == (
        "I have spent twenty-six years as a thatcher, nineteen of them running my own business"
    )
    nvq = read_point("NVQ Level 3 in Thatching").said
    assert nvq is not None and nvq.text() == "I hold an NVQ Level 3 in Thatching"


@pytest.mark.parametrize(
    ("typed", "close"),
    [
        ("Mats say they decide before end of July, he will call", "before the end of July"),
        (
            "she say the owner Mr. Demir decide until end of the month, she will call me",
            "by the end of the month",
        ),
    ],
)
def test_a_step_told_in_a_second_language_keeps_its_time(typed: str, close: str) -> None:
    body = _letters_body(next_steps=typed)
    assert f"I look forward to hearing from you {close}." in body


@pytest.mark.parametrize(
    ("typed", "close"),
    [
        (
            "he say HR contact me next week, maybe second talk on location in Aalsmeer",
            "I look forward to hearing from HR next week, and I hope to have the chance of a "
            "second talk on location in Aalsmeer.",
        ),
        (
            "Marjatta say decision for the second round in two weeks",
            "I look forward to the decision for the second round in two weeks.",
        ),
    ],
)
def test_who_passed_a_step_on_in_a_second_language_is_set_aside(typed: str, close: str) -> None:
    assert close in _letters_body(next_steps=typed)


def test_a_close_whose_time_points_back_at_nothing_is_the_plain_close() -> None:
    body = _letters_body(
        next_steps=(
            "Ms O'Dwyer said the panel will make its recommendation to the board in the first "
            "week of September, and references will be taken up before then."
        )
    )
    assert "before then" not in body


def test_a_promise_reported_with_that_i_would_is_kept_at_once() -> None:
    from composer.offline.sendthing import promises_kept

    kept = promises_kept(
        "I promised you that I would send photographs of my final-year project crowns, which I "
        "did not bring with me. I will attach them to my email.",
        "warm",
        "email",
        Variation("s"),
    )
    assert kept.startswith("As promised, I")
    assert "photographs of my final-year project crowns" in kept
    assert "I will attach them" not in kept


def test_they_of_a_plural_thing_stays_theirs() -> None:
    topic = read_topic(
        "He asked how I would write rulebook changes so that they are clear to players and "
        "defensible on appeal."
    )
    assert "so that they are clear" in topic.text


def test_a_promise_kept_is_not_promised_again() -> None:
    from composer.offline.sendthing import promises_kept

    kept = promises_kept(
        "As promised, I enclose a portfolio of photographs of the models for the 2019 series, "
        "and I would like to enclose it with my letter.",
        "formal",
        "letter",
        Variation("s"),
    )
    assert kept == (
        "As promised, I enclose a portfolio of photographs of the models for the 2019 series."
    )


def test_a_careful_clarification_is_said_as_typed() -> None:
    from composer.offline.followup import follow_up_line

    typed = (
        "I also want to clarify that the database was procured jointly with the IT department, "
        "not by my team alone."
    )
    assert follow_up_line(typed, frozenset(), "formal", "letter", Variation("s")) == typed


def test_a_thing_with_a_clause_of_mine_before_was_is_no_broken_join() -> None:
    from composer.offline.lastgate import last_gate

    assert not last_gate(
        "I also want to clarify that the die-life improvement I mentioned was approximately "
        "thirty percent, as measured over two production runs, not a general figure."
    )
    assert last_gate("We talked about missed a deadline.")


def test_a_promise_to_a_panellist_named_with_a_particle_is_named_whole() -> None:
    from composer.offline.sendthing import promises_kept, sent

    typed = (
        "I promised to send Mr. van Wyk an anonymised example of my classification working file."
    )
    assert sent(typed) == ("an anonymised example of my classification working file", False, True)
    assert promises_kept(typed, "concise", "email", Variation("s")) == (
        "As promised, I have attached an anonymised example of my classification working file."
    )
