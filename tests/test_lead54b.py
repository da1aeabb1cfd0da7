"""Writer 46's and writer 48's files after their blind A/B (readers 47 and 49; now dev material
in tests/corpus/readers/reader46 and reader48): careful lines still left out, said. An answer
typed with care as a clause of the room ("I explained that at my current workshop we quote in
stages ...") is told as what the candidate said; a report of the room in other words ("set out",
"was interested in") names its subject; a stage for all candidates is understood; a personal
note inside a report ("He mentioned that his daughter will play ...") is read without it; "one
hour" is a count, no bare thing. Expected sentences written by hand."""

from __future__ import annotations

import pytest

from composer.offline.answerreasons import agreement_slip, reacting, room_clause
from composer.offline.answervoice import sayable
from composer.offline.apostrophes import spelled
from composer.offline.items import read_point
from composer.offline.notenumbers import numbers
from composer.offline.notesplice import repaired
from composer.offline.pointwords import spent_doing, trained_person
from composer.offline.qamarks import bare_thing
from composer.offline.rapportframe import unframed
from composer.offline.rapportpets import pet_line
from composer.offline.stepphrase import bare_week
from composer.offline.stepsender import understood
from composer.offline.stepsentence import office_heard
from composer.offline.topics import read_topic
from composer.offline.wellformed import problem
from tests.fakes import letters_day_after
from tests.test_lead54 import READERS


def test_a_careful_answer_of_the_room_is_told_as_said() -> None:
    # reader 49's h299: "her answer on staged quoting was rejected even though the notes gave
    # it as full sentences"
    letters = letters_day_after(READERS / "reader48" / "h299.json")
    assert (
        "When you asked how I would price conservation work for the university archives so that"
        " the bindery does not lose money on the long jobs, I said that at my current workshop we"
        " quote in stages, with a survey fee first and a fixed price per volume after that."
        in letters[0]
    )


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("the schedule is agreed with the councillors before it is published",
         "I said that the schedule is agreed with the councillors before it is published"),
        # steps, a short clause, a note's words: other readers, or none
        ("stop the lift, clear the area below and call it in", ""),
        ("we quote in stages", ""),
        ("we quote in stages w/ a survey fee first + fixed price", ""),
    ],
)  # fmt: skip
def test_a_clause_of_the_room_is_said_only_when_careful(typed: str, said: str) -> None:
    assert room_clause(typed, sayable) == said


@pytest.mark.parametrize(
    ("typed", "named"),
    [
        ("Dr. Dlamini set out the board's target of bringing non-revenue water down from 38% to"
         " 25% within five years.",
         "the board's target of bringing non-revenue water down from 38% to 25% within five"
         " years"),
        ("She was interested in how acoustic loggers and night-flow analysis could be used to"
         " prioritise the repair teams.",
         "how acoustic loggers and night-flow analysis could be used to prioritise the repair"
         " teams"),
        # was "the in detail about the rota"
        ("He talked in detail about the rota.", "the rota"),
    ],
)  # fmt: skip
def test_a_report_of_the_room_in_other_words_names_its_subject(typed: str, named: str) -> None:
    assert read_topic(typed).text == named


def test_a_stage_for_all_candidates_is_understood() -> None:
    # reader 49's h305: "the clear next step (a practical assessment in early January) was
    # rejected, so the letter closes with 'I look forward to the next step.'"
    assert understood(
        "The HR office will contact shortlisted candidates for a practical assessment in early"
        " January."
    ) == (
        "the HR office will contact shortlisted candidates for a practical assessment in early"
        " January"
    )
    # getting in touch with no stage named: hearing from them, said shorter elsewhere
    assert understood("HR will contact shortlisted candidates by 16 December.") is None


@pytest.mark.parametrize(
    ("typed", "plain"),
    [
        ("He mentioned that his daughter will play her first solo recital at the Musikverein in"
         " January.",
         "his daughter plays her first solo recital at the Musikverein in January."),
        ("She told me her son runs the Dublin marathon next week",
         "her son runs the Dublin marathon next week"),
        ("Training said that his rota works", "Training said that his rota works"),  # no speaker
        ("He mentioned that the depot moves in March",
         "He mentioned that the depot moves in March"),
    ],
)  # fmt: skip
def test_a_personal_note_inside_a_report_is_read_without_it(typed: str, plain: str) -> None:
    assert unframed(typed) == plain


def test_the_wish_for_a_relative_s_recital_is_said() -> None:
    # reader 47's h291: left out as "news of theirs that a letter could only repeat back"
    letters = letters_day_after(READERS / "reader46" / "h291.json")
    assert (
        "I hope your daughter's first solo recital at the Musikverein goes very well in January."
        in (letters[0])
    )


def test_one_hour_is_a_count_not_a_bare_thing() -> None:
    # reader 47's h291: the pianist question was left out as naming "a thing with no 'a'"
    assert not bare_thing(
        "how I would deal with a pianist who wants the action lighter one hour before a concert"
    )
    assert bare_thing("why I am leaving big brewery for small one")


def test_a_fact_typed_before_owning_up_to_it_is_said_clearly() -> None:
    # reader 47's h291: was left out as "it could not be said as one clear sentence"
    letters = letters_day_after(READERS / "reader46" / "h291.json")
    assert any(
        f"{lead} I am available for evening and weekend service." in letters[0]
        for lead in ("To be clear,", "I would like to confirm that")
    )


def test_reader_47_s_worst_letter_says_the_task_and_its_answer() -> None:
    # h295 scored 1 in both trees: "The silver for the February sale and asked me to date a
    # Brussels coffee pot from its marks. I said was the part of our conversation ..."; its next
    # step read "in the second in the week of January" and "they" for the reader's own house
    letter = letters_day_after(READERS / "reader46" / "h295.json")[0]
    assert (
        "When you asked me to date a Brussels coffee pot from its marks, I said around 1770"
        " because of the date letter and the shape of the spout, and you said that was correct."
        in letter
    )
    assert (
        "I understand that you will invite two candidates for a practical cataloguing test in"
        " the second week of January" in letter
    )
    assert "The silver for the February sale and asked" not in letter


def test_a_topic_never_carries_two_sentences() -> None:
    topic = read_topic("Olivier walked me through the silver. He was pleased with it.")
    assert ". " not in topic.text


def test_a_meeting_hoped_for_meets_the_owner() -> None:
    # reader 47's h298: "I hope to have the chance of a meet owner in January."
    letter = letters_day_after(READERS / "reader46" / "h298.json")[0]
    assert "I hope to have the chance of meeting the owner in January." in letter


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("tyler said 2nd week of dec", "in the second week of December"),
        ("the second week of January", "in the second week of January"),
        ("2nd week of decor", ""),
        ("interview in 2nd week of dec", ""),  # a step with its time: other readers
    ],
)
def test_a_week_alone_is_when_they_will_be_heard_from(typed: str, said: str) -> None:
    # was "I look forward to the second week of December." once "second week" was kept
    assert bare_week(typed) == said


def test_a_second_language_slip_in_the_question_keeps_the_answer_out() -> None:
    # h238: "When you asked how I handle when a client send a big file ..." said as typed
    assert agreement_slip("how I handle when a client send a big file in the last moment")
    assert not agreement_slip("how I would price the work so that the bindery does not lose")
    line = (
        "She asked me how I handle when a client send a big file in the last moment and want it"
        " for the next morning. I answered that first I check the volume, then if we can split"
        " it between two translators with the same glossary."
    )
    assert read_topic(line).answer == ""


def test_what_was_not_mentioned_keeps_its_context() -> None:
    # h221 (reader 29): "which I did not mention when I was asked about ..." is no
    # clarification; the line is said whole, as before, never "To be clear, I would like to add"
    letters = " ".join(letters_day_after(READERS / "reader28" / "h221.json"))
    assert (
        "I am fluent in Irish, which I did not mention when I was asked about working with"
        " families in the Gaeltacht areas of Connemara." in letters
    )
    assert "To be clear, I would like to add" not in letters


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # reader 49's h300 (scored 1): "I'm looking forward to the shell ring on Monday or Tuesday."
        ("she said shell ring monday or tues", "she said she'll ring monday or tues"),
        ("hell call mon", "he'll call mon"),
        ("the shell was cracked", "the shell was cracked"),  # a shell
        ("what the hell happened", "what the hell happened"),
    ],
)
def test_a_will_typed_with_no_apostrophe_before_a_verb_of_contact(typed: str, said: str) -> None:
    assert spelled(typed) == said


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # reader 47's h292: "... apartment job in Newmarket no lost-time injuries."
        ("I ran a crew of three on the apartment job in Newmarket no lost-time injuries.",
         "I ran a crew of three on the apartment job in Newmarket, with no lost-time injuries."),
        ("We had no lost-time injuries.", "We had no lost-time injuries."),
        ("There were no complaints.", "There were no complaints."),
    ],
)  # fmt: skip
def test_a_result_run_on_after_the_deed_is_joined_with_with(typed: str, said: str) -> None:
    assert repaired(typed) == said


@pytest.mark.parametrize(
    ("typed", "named"),
    [
        # reader 47's h292 and reader 49's h300: a subject with its question run on
        ("double glazing retrofits on old villas in ponsonby how to deal with rotten sills",
         "double glazing retrofits on old villas in Ponsonby and how to deal with rotten sills"),
        ("weekend rush queue on sat mornings how id manage it",
         "the weekend rush queue on Saturday mornings and how I would manage it"),
        ("how to deal with rotten sills", "how to deal with rotten sills"),
    ],
)  # fmt: skip
def test_a_subject_with_its_question_run_on_is_joined(typed: str, named: str) -> None:
    assert read_topic(typed).text == named


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # reader 47's h294: "I can volunteer two years with Friends of the Elderly" (a change of
        # meaning)
        ("volunteer 2 years w/ Friends of the Elderly",
         ("volunteered", "for 2 years w/ Friends of the Elderly")),
        ("work six months at a bakery", ("worked", "for six months at a bakery")),
        ("speak three languages", None),
        ("cook for 40 people", None),
    ],
)  # fmt: skip
def test_a_bare_verb_and_its_span_is_done_for_that_long(
    typed: str, said: tuple[str, str] | None
) -> None:
    assert spent_doing(typed) == said


def test_a_pet_s_retirement_is_no_meeting() -> None:
    # reader 51's h310: "It was lovely to meet Bramble." (an invented fact: the candidate never
    # met the retired guide dog)
    assert pet_line("His guide dog Bramble retired last month after ten years of work.") is None
    assert pet_line("her kelpie Mabel wandered in halfway thru") == ("pet_met", {"name": "Mabel"})


def test_a_topic_never_ends_on_a_word_that_wants_more() -> None:
    # reader 51's h312 (scored 1): "Thanks for discussing germination tests every and the ..."
    line = "germination tests every ~5 yrs (she asked: what if viability drops <85%?)"
    assert not read_topic(line).text.endswith("every")


def test_a_second_clause_of_a_reported_answer_loses_its_that() -> None:
    # reader 51's h308: "... than let rest periods slip, and that I had done exactly this ..."
    topic = read_topic(
        "She asked how I would handle a season in which pilot numbers fall below the safe"
        " minimum. I answered that I would rather delay non-urgent movements in agreement with"
        " the port than let rest periods slip, and that I had done exactly this during the"
        " winter of 2023."
    )
    assert topic.answer == (
        "I would rather delay non-urgent movements in agreement with the port than let rest"
        " periods slip, and I did exactly this during the winter of 2023"
    )


@pytest.mark.parametrize(
    ("reader", "heard"),
    [
        # reader 51's h314: the letter closed "in due course"
        (("Mr. Haider", "Haider"), ("you", "after the board decides at the end of January")),
        (("Anna Berg",), ("Mr. Haider", "after the board decides at the end of January")),
    ],
)
def test_a_decision_then_a_call_is_hearing_from_the_caller(
    reader: tuple[str, ...], heard: tuple[str, str]
) -> None:
    line = "The board will decide at the end of January and Mr. Haider will telephone me."
    assert office_heard(line, reader) == heard


@pytest.mark.parametrize(
    ("typed", "why"),
    [
        # reader 53's h315 and h322, both scored 1: pasted as "... flood schedule eight floods a
        # day on weekends two sheets.", "... talk through your q."
        ("flood schedule 8 floods a day on weekends 2 sheets", "two counts"),
        ("her q: bride + mom fighting in fitting room, what do u do? me: pull mom aside", "'q'"),
    ],
)
def test_a_note_run_on_is_left_out_not_pasted(typed: str, why: str) -> None:
    topic = read_topic(typed)
    assert topic.text == ""
    assert why in topic.why


def test_what_a_deed_saved_is_joined_to_it() -> None:
    # reader 53's h315: "I rebuilt the bulk tank compressor myself saved about 9,000."
    assert repaired("I rebuilt the bulk tank compressor myself saved about 9,000.") == (
        "I rebuilt the bulk tank compressor myself, which saved about 9,000."
    )
    assert repaired("I did it myself.") == "I did it myself."


def test_reader_55_s_broken_lines_in_a_careful_panel() -> None:
    # h324 (both trees): "which cut the which cut same-day turnaround", "a steady path to full
    # the manufacturing authorisation"
    letters = " ".join(letters_day_after(READERS / "reader54" / "h324.json"))
    assert "which cut the which" not in letters
    assert "path to full the" not in letters
    assert (
        "I introduced dose-banding for five chemotherapy agents, which cut same-day turnaround"
        " from 150 to 75 minutes." in letters
    )


def test_the_reader_s_reaction_in_an_answer_is_said_to_them() -> None:
    # reader 55's h323: "..., and he seemed to agree with me" in a letter to him
    letter = letters_day_after(READERS / "reader54" / "h323.json")[0]
    assert "and you seemed to agree with me" in letter
    assert "and he seemed to agree" not in letter


def test_a_recommendation_to_get_from_somewhere_takes_it() -> None:
    # reader 55's h326: "I will get from a library."
    letters = " ".join(letters_day_after(READERS / "reader54" / "h326.json"))
    assert "I will get it from a library." in letters


def test_a_verb_and_its_count_is_no_run_on() -> None:
    # reader 55's h326: left out as "two counts are typed one after the other"
    topic = read_topic("Q: how do u handle a family that misses 3 appts in a row? -> me: call them")
    assert "two counts" not in topic.why


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("I prefer spruce cleats, and he seemed to agree with me",
         "I prefer spruce cleats, and you seemed to agree with me"),
        # someone else the answer tells of: their "he", never the reader's (h168, reader 22)
        ("I stopped a contractor moving soil until he agreed to wait",
         "I stopped a contractor moving soil until he agreed to wait"),
        ("I calmed the customer down, and she said thank you",
         "I calmed the customer down, and she said thank you"),
    ],
)  # fmt: skip
def test_only_the_reader_s_own_reaction_is_said_to_them(typed: str, said: str) -> None:
    assert reacting(typed) == said


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # reader 55's h323: the Cremona diploma was left out for its bracket
        ("I have the diploma of the International Violin Making School of Cremona (2026).",
         "I have the diploma of the International Violin Making School of Cremona."),
        # a short form said bare once its bracket is gone ("I hold Dip ECEC": creds-heldout40)
        ("Dip ECEC (TAFE NSW, 2021)", None),
        # a bracket that changes the claim stays, and the line stays out
        ("QQI Level 5 in Healthcare Support (finish in June 2026)", None),
        ("TCVT tower crane cert (valid to 2029)",
         "I hold a TCVT tower crane certificate, valid until 2029."),  # said with its validity
        # a bracket inside the line belongs to the words before it: the line is said by its head
        # since session 55 (`headread`), never with the bracket set aside and the rest said
        ("Trained cook (Lehrabschluss, 2015) and the WIFI catering licence course.",
         "I am a trained cook."),
    ],
)  # fmt: skip
def test_a_last_bracket_of_names_or_a_year_is_set_aside(typed: str, said: str | None) -> None:
    read = read_point(typed)
    assert read.source == typed
    assert read.sentence() == said


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # census 16's f15, once its bracket was set aside: was "I trained an internal auditor."
        ("trained internal auditor", "a trained internal auditor"),
        ("qualified electrician", "a qualified electrician"),
        ("trained 40 staff", ""),
        ("trained the new auditor", ""),
    ],
)
def test_a_trained_person_is_who_the_candidate_is(typed: str, said: str) -> None:
    assert trained_person(typed) == said


def test_a_course_is_completed_not_held() -> None:
    # was "I hold the WIFI catering licence course." (reader 51's h314, once read)
    assert read_point("the WIFI catering licence course").sentence() == (
        "I have completed the WIFI catering licence course."
    )
    assert read_point("the NEBOSH General Certificate").sentence() == (
        "I hold the NEBOSH General Certificate."
    )


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # reader 59's h340: "4K scanner" was said "4,000 scanner", a wrong fact to the reader
        ("4K scanner (Scan Station) wet-gate vs dry", "4K scanner (Scan Station) wet-gate vs dry"),
        ("8K footage", "8K footage"),
        ("saved 4K on parts", "saved 4,000 on parts"),
        ("22k budget", "22,000 budget"),
    ],
)
def test_a_resolution_is_no_thousand(typed: str, said: str) -> None:
    assert numbers(typed) == said


@pytest.mark.parametrize(
    ("sentence", "stopped"),
    [
        # reader 61's h353, "the single most damaging sentence": a correction pasted as typed
        ("I also wanted to mention that I said I never work with a scientist advisor but is not"
         " true, for Cielo Mapuche I work with Dr. Paula Catrileo.", True),
        ("The plan is simple and is the right one.", False),  # one subject, two verbs
        ("I applied but was not selected.", False),
    ],
)  # fmt: skip
def test_is_with_no_subject_after_but_is_stopped(sentence: str, stopped: bool) -> None:
    assert bool(problem(sentence)) is stopped
