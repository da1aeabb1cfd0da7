"""Session 79: faults of round 57's files left by session 78 (reader352's h1515 and h1521) and of
round 58 (writers 354 and 356), and the note shapes behind them. Every expected sentence is
written here by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from composer.compose import compose
from composer.notes_file import load_notes
from composer.offline.casing import one_colon
from composer.offline.items import read_point
from composer.offline.nextsteps import next_steps_line
from composer.offline.phrasebook import Variation
from composer.offline.secondlanguage import mended
from composer.offline.topicfixes import corrected_whole
from composer.offline.wellformed import problem
from tests.test_readers65 import READERS, readers_letters


def test_a_second_language_correction_of_a_figure_is_said_in_the_past() -> None:
    # reader352's h1521: "I tell her our best hat last year have 3.000 weaves per square inch.
    # Is wrong!! was 2.300. ..." was left out: the one thing the candidate had to put right.
    letter = readers_letters("reader352/h1521.json")["Caroline Ashby-Reyes"]
    assert (
        "One correction: our best hat last year had 2,300 weaves per square inch, not 3,000."
        in letter
    )
    assert "3.000" not in letter


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "I tell her our best hat last year have 3.000 weaves per square inch. Is wrong!! was "
            "2.300. The 3.000 is the record hat of other weaver I see in Montecristi fair.",
            "One correction: our best hat last year had 2,300 weaves per square inch, not 3,000.",
        ),
        (
            "I told him the kiln has 12 burners. That is wrong, it is 14.",
            "One correction: the kiln has 14 burners, not 12.",
        ),
        (
            "Mr. McAlister asked about wind limits. I told him that our stop-work wind speed at "
            "my current site is 45 km/h at roof level. I checked my notes this evening and it is "
            "40 km/h (about 11 m/s), measured by the anemometer on the BMU jib.",
            "One correction: our stop-work wind speed at my current site is 40 km/h at roof "
            "level, not 45 km/h.",
        ),
    ],
)
def test_corrections_typed_in_topics_of_rounds_57_and_58(typed: str, said: str) -> None:
    assert corrected_whole(typed) == said


def test_a_deed_with_its_result_after_now_is_a_deed_done() -> None:
    # h1521: "I make the grading card for our taller with 6 grades, now the weavers understand
    # the price" was pasted in the present, the result spliced on with a comma
    assert mended(
        "I make the grading card for our taller with 6 grades, now the weavers understand the "
        "price",
        "highlights",
    ) == (
        "I made the grading card for our taller with 6 grades, and now the weavers understand "
        "the price"
    )
    # a line that says the deed goes on now is left in the present
    assert mended("I make the schedule every week, now for 40 staff", "highlights") == (
        "I make the schedule every week, now for 40 staff"
    )


@pytest.mark.parametrize(
    ("typed", "field", "said"),
    [
        (
            "I know the finishing all: bleaching, blocking, ironing, the ribbon",
            "qualifications",
            "I know all the finishing: bleaching, blocking, ironing, the ribbon",
        ),
        (
            "can swim, motorbike license",
            "qualifications",
            "I can swim and have a motorbike license",
        ),
        ("speak little bit Dayak Ngaju", "qualifications", "speak a little Dayak Ngaju"),
        (
            "I know how to take care small living thing carefully",
            "contribution",
            "I know how to take care of small living thing carefully",
        ),
        (
            "How I handle the baby orangutan when he is sick, diarrhea etc.",
            "topics",
            "How I handle the baby orangutan when he is sick",
        ),
    ],
)
def test_second_language_word_orders_of_rounds_57_and_58(typed: str, field: str, said: str) -> None:
    assert mended(typed, field).rstrip(".") == said


def test_a_frames_colon_before_a_short_list_puts_the_list_in_brackets() -> None:
    assert one_colon(
        "That is familiar ground for me: I know all the finishing: bleaching, blocking, ironing "
        "and the ribbon."
    ) == (
        "That is familiar ground for me: I know all the finishing (bleaching, blocking, ironing "
        "and the ribbon)."
    )
    # a clause after the second colon is no list: a semicolon, as before
    assert one_colon("One further point: our audience: the figure was 38,000.") == (
        "One further point: our audience; the figure was 38,000."
    )


def test_a_single_readers_promise_sent_later_and_a_better_answer_are_said() -> None:
    # reader352's h1515: the whole follow-up was left out ("To complete my answer on the older
    # yard workers better: I should have answered ..."), with the correction and the report
    letter = readers_letters("reader352/h1515.json")["Pieter-Hendrik Louw"]
    assert "our plant processed about 1,100 tonnes last season, not 1,400." in letter
    assert (
        "As promised, I will send you a copy of our pasteuriser validation report, with the "
        "commercial figures blacked out, once the co-operative's chairman agrees."
    ) in letter
    assert (
        "On the older yard workers, I should have told you about the 2029 mentorship scheme, in "
        "which the senior workers trained the new operators and received a supervisor's "
        "allowance for it."
    ) in letter
    assert "I enclose a copy of our pasteuriser" not in letter


def test_a_word_for_people_in_the_job_keeps_the_case_the_notes_type() -> None:
    # reader354's h1523: "how I would train new Batswana Valuators" (the company is "Lesedi
    # Rough Diamond Valuators"; the notes type "valuators")
    letter = readers_letters("reader354/h1523.json")["Dr. Boitumelo Sebele-Mokgosi"]
    assert "new Batswana valuators" in letter
    assert "split the parcels by size class" in letter
    # the call comes the Monday after the board meets: the candidate hears after that day (no
    # date the notes do not give: the grounding rule finds one)
    assert "after Friday 18 June" in letter
    assert "on Friday 18 June." not in letter


def test_the_panel_the_reader_sits_on_is_you_and_a_doubled_and_is_never_said() -> None:
    # reader354's h1524: "the three of them will meet on Friday 4 June" to each of the three;
    # "... on it's side and and help with training ..." to Ms. Sosa
    letters = readers_letters("reader354/h1524.json")
    for letter in letters.values():
        assert "the three of you will meet on Friday 4 June" in letter
        assert "and and" not in letter
        assert "it's side" not in letter
    assert (
        "I speak intermediate Portuguese and flew one season in Rio Grande do Sul."
        in (letters["Graciela Pereyra Iturralde"])
    )


def test_a_joining_word_twice_in_a_row_reads_as_broken() -> None:
    assert problem("I would bring safe applications and and help the ground crew.")
    assert not problem("I would bring safe applications and help the ground crew.")


def test_a_call_on_the_following_weekday_is_dated() -> None:
    line = next_steps_line(
        "Dr. Sebele-Mokgosi said that the appointments committee of the board will decide at "
        "its meeting on Friday 18 June, and that she will telephone the successful candidate on "
        "the following Monday.",
        frozenset(),
        "formal",
        "email",
        Variation("s"),
        days=(dt.date(2032, 6, 1), dt.date(2032, 6, 2)),
    )
    assert line == "I shall look forward to hearing from you after Friday 18 June"
    assert "21" not in line


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "false alarms ↓ from ~70/wk → ~15/wk",
            "I helped bring false alarms down from about 70 to about 15 a week.",
        ),
        (
            "11 yrs LSS @ Parque Marinho do Algarve, last 4 as shift lead",
            "I have spent 11 years in LSS at Parque Marinho do Algarve, the last four as shift "
            "lead.",
        ),
        (
            "Intermediate Portuguese; I flew one season in Rio Grande do Sul.",
            "I speak intermediate Portuguese and flew one season in Rio Grande do Sul.",
        ),
    ],
)
def test_cv_lines_of_round_58_are_said_whole(typed: str, said: str) -> None:
    assert read_point(typed).sentence() == said


def test_an_order_to_correct_a_figure_goes_to_the_panellist_who_heard_it() -> None:
    # reader354's h1526: "correct ORP → 300-320 mV not 350" was left out of every letter
    letters = readers_letters("reader354/h1526.json")
    assert (
        "One correction: the ORP is 300 to 320 mV, not 350 mV." in letters["Inês Cabral Quintela"]
    )
    assert "ORP" not in letters["Paulo Sequeira"]
    assert "false alarms down from about 70 to about 15 a week" in letters["Paulo Sequeira"]


def test_notes_to_self_of_a_fight_director_are_said_as_her_points() -> None:
    # reader354's h1528: "SHOULD have said simply: ..." was pasted; "I have three Macbeths."
    letter = readers_letters("reader354/h1528.json")["Cathal Ó Dubhghaill"]
    assert "SHOULD" not in letter
    assert "I have three Macbeths" not in letter
    assert "I have already done three Macbeths." in letter
    assert "I would want a safety sign-off on the rake surface before tech week." in letter
    assert "the realism is in the actors' faces and breath, not in blade contact." in letter


def test_a_fact_put_right_after_what_was_said_is_said_whole() -> None:
    # reader356's h1531: "One further point: in the interview I said that the floods were in
    # 2019." said the mistake again with no fact
    letter = readers_letters("reader356/h1531.json")["Dr. Ryōko Ōtsuki"]
    # (session 81: said by `wrongfigure` as the fact put right)
    assert "the floods were in July 2018, not 2019." in letter
    assert "I said that too quickly" not in letter


def test_a_panels_correction_and_promise_reach_the_safety_manager_once() -> None:
    # reader356's h1532: the wind limit and the rescue plan were in no letter
    letters = readers_letters("reader356/h1532.json")
    stuart = letters["Stuart McAlister"]
    assert (
        "One correction: our stop-work wind speed at my current site is 40 km/h at roof level, "
        "not 45 km/h."
    ) in stuart
    assert "a copy of the rescue plan I wrote for that drill" in stuart
    assert stuart.count("40 km/h") == 1
    assert "40 km/h" not in letters["Mariam Al Suwaidi"]
    assert "I suggested moving the east and north elevations" in letters["Mariam Al Suwaidi"]
    assert "I said that moving" not in letters["Mariam Al Suwaidi"]


def test_a_second_language_letter_keeps_whose_he_is_and_puts_the_years_right() -> None:
    # reader356's h1537: "how I handle the baby orangutan when you are sick and diarrhea"
    letters = readers_letters("reader356/h1537.json")
    wulan = letters["drh. Wulan Kusumawardani"]
    assert "when you are sick" not in wulan
    assert "I can swim and have a motorbike license." in wulan
    assert "a can swim" not in wulan
    thomas = letters["Thomas Verhoeven"]
    assert "I have worked at the nursery for six years, not five." in thomas


def test_a_thin_linkedin_notes_correction_is_checked_against_the_notes_as_typed() -> None:
    # reader354's h1530: "said 3 yrs internship, was 2" moved to the follow-up, and the note
    # that said it was checked against the mended notes, whose topic no longer named the
    # internship: the rules asked for a point of the conversation, and a retry dropped it
    letter = readers_letters("reader354/h1530.json")["Jean-Bosco Habimana"]
    assert "the internship was two years, not three." in letter


def test_a_second_language_count_of_seasons_put_right_and_a_reference_are_said() -> None:
    # reader354's h1529: "I say wrong that I work 8 seasons in patrol, are 9 seasons (2023 to
    # 2031). is important, I correct"; "send to Brent the reference letter from my jefe de
    # patrulla, Rodrigo Vial"
    letter = readers_letters("reader354/h1529.json")["Brent MacAllister"]
    assert "I have worked nine seasons in patrol, not eight." in letter
    assert "the reference letter from Rodrigo Vial" in letter
    assert "I explained I have done more than 300 rescues" in letter
    assert "I do more than" not in letter


def test_a_subject_with_no_good_answer_in_the_room_gets_the_one_wished_for() -> None:
    # reader354's h1528: "stage blood on a raked stage = slip risk. I had no good answer, ugh.
    # SHOULD have said: we test every blood recipe on the actual floor finish in week 1 ..."
    letter = readers_letters("reader354/h1528.json")["Gerry Moynihan"]
    assert (
        "On stage blood on a raked stage, I would also add that we test every blood recipe on "
        "the actual floor finish in week 1 and keep the fight area clean of it."
    ) in letter
    assert "ugh" not in letter


def test_a_personal_best_put_right_and_a_video_reach_the_trainer() -> None:
    # reader356's h1534: "said my PB was 361 ewes -> WRONG, it's 316 merino ewes, 8 hrs,
    # Gundagai 2012. fix" was left out; "send Hemi vid" was "the VID"
    letter = readers_letters("reader356/h1534.json")["Hemi Parata"]
    assert "my personal best was 316 ewes, not 361." in letter
    assert "I have attached the video" in letter
    assert "VID" not in letter


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "Correction: I said my graduation project used 120 virtual drones. It was 200; 120 "
            "was only the first draft.",
            "One correction: my graduation project used 200 virtual drones, not 120.",
        ),
        (
            "I say wrong that I work 8 seasons in patrol, are 9 seasons (2023 to 2031). is "
            "important, I correct",
            "One correction: I have worked nine seasons in patrol, not eight.",
        ),
    ],
)
def test_labelled_and_second_language_corrections_of_round_58(typed: str, said: str) -> None:
    assert corrected_whole(typed) == said


def test_years_of_a_doing_put_right_are_said_with_a_verb() -> None:
    # reader356's h1538: "Correction: five years keeping arowana, not three." had no verb
    letter = readers_letters("reader356/h1538.json")["Ong Siew Lan"]
    assert "I have been keeping arowana for five years, not three." in letter


def test_one_exception_is_said_as_a_word() -> None:
    # reader356's h1535: "no client injuries in seven seasons apart from 1 sprained wrist"
    letter = readers_letters("reader356/h1535.json")["Mark de Villiers-Tait"]
    assert "apart from one sprained wrist" in letter


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "licensed radiographer, Ministry of Health",
            "I am a radiographer licensed by the Ministry of Health.",
        ),
        (
            "registered nurse, Nursing Council of NZ",
            "I am a nurse registered with the Nursing Council of NZ.",
        ),
        (
            "Cert IV Training & Assessment (TAE) Mar 2029",
            "I hold a Certificate IV Training & Assessment (TAE), completed in March 2029.",
        ),
    ],
)
def test_a_standing_with_its_body_or_its_month_is_said_whole(typed: str, said: str) -> None:
    # reader356's h1536 and h1534: "I am a licensed radiographer, Ministry of Health.", "I
    # hold a Certificate IV Training & Assessment (TAE) March 2029." were pasted
    assert read_point(typed).sentence() == said


def test_a_better_answer_and_a_send_once_the_employer_agrees_reach_the_reader() -> None:
    # reader358's h1540: "I would also like to give Dr. Kowalczyk a better answer than the one
    # I gave: in 2029 we used ... I promised to send Dr. Kowalczyk a summary of that regrind
    # study; I must first check with my current employer which parts I may share, ..."
    letter = readers_letters("reader358/h1540.json")["Nadia Kowalczyk"]
    assert (
        "On how I use automated mineralogy in day-to-day decisions, I would also add that in "
        "2029, we used liberation data from QEMSCAN to justify moving the regrind mill ahead of "
        "the first cleaner, and that change recovered about 1.1 points of copper."
    ) in letter
    assert (
        "As promised, I will send you a summary of that regrind study once my current employer "
        "confirms which parts I may share."
    ) in letter
    assert "I attach a summary" not in letter


def test_a_labelled_correction_goes_to_who_heard_it_and_a_verdict_stays_out() -> None:
    # reader358's h1545: "One correction: cORRECTION; for the permit boat ..." to the wrong
    # reader; "Not a good story for him I think." pasted to Sipho
    letters = readers_letters("reader358/h1545.json")
    annelie, sipho = letters["Annelie van der Merwe"], letters["Sipho Ndlovu"]
    assert "One correction: for the permit boat the approach is 50 m, not 100 m." in annelie
    assert "a copy of my SAMSA certificate" in annelie
    assert "50 m" not in sipho
    assert "Not a good story" not in sipho
    assert "6 young crew" in annelie or "6 young crew" in sipho
    assert "6-young" not in annelie + sipho


def test_why_alone_after_a_verb_of_knowing_is_a_whole_clause() -> None:
    # reader358's h1540: "I said I would sit with him on nights for a week to understand why
    # before deciding anything." was left out as a clause with no verb
    assert not problem(
        "I would sit with him on nights for a week to understand why before deciding anything."
    )
    assert problem("We talked about why before the audit.")


def test_private_lines_of_round_59_stay_out() -> None:
    # reader360's h1547 and h1551: "None of that belongs in the letter." and "current boss
    # doesn't know i'm looking!!" were said to the readers
    vet = readers_letters("reader360/h1547.json")["Dr. Hamdan Saeed Al Mazrouei"]
    assert "belongs in the letter" not in vet
    assert "will enclose a printed copy" not in vet
    durian = next(iter(readers_letters("reader360/h1551.json").values()))
    assert "looking" not in durian
    assert "my canker spray calendar and photos of the drainage work" in durian
    assert "(excel)" not in durian


def test_a_correction_whose_figures_are_the_same_is_never_said() -> None:
    # reader360's h1552: "told her I treated ~60 HAPE cases at Manang. WRONG - 60 = all
    # altitude illness over 2 seasons, HAPE maybe 15" was said "..., but it is 60."
    letters = readers_letters("reader360/h1552.json")
    assert not any("but it is 60" in letter for letter in letters.values())
    assert not any(letter.rstrip().count(". fine.") for letter in letters.values())


def test_second_language_promises_and_an_apology_are_said_whole() -> None:
    # reader360's h1553: "Promise send Dr. Oyuntsetseg reference letter from Khustai director.
    # Connection drop two time in interview, I am sorry for this."
    letter = readers_letters("reader360/h1553.json")["Dr. Oyuntsetseg Bold"]
    assert "a reference letter from the Khustai director" in letter
    assert "I am sorry that the connection dropped twice during the interview." in letter
    assert "Promise send" not in letter


def test_a_promise_enclosed_with_the_letter_is_said_as_enclosed() -> None:
    # reader138's h661: "..., and I will enclose it with my letter." (read as it is); reader360's
    # h1547: "... paper and will enclose a printed copy with the letter."; reader312's h1355:
    # "..., which I will enclose with the letter." (never "I will send you")
    letters = readers_letters("reader138/h661.json")
    assert any(
        "I enclose a copy of the summary paper on remote altimeter settings that I mentioned."
        in text
        for text in letters.values()
    )
    vet = readers_letters("reader360/h1547.json")["Dr. Hamdan Saeed Al Mazrouei"]
    assert "I enclose a copy of my 2029" in vet and "printed copy" not in vet
    popia = next(iter(readers_letters("reader312/h1355.json").values()))
    assert (
        "As promised, I enclose an anonymised sample report and a copy of my APA course "
        "certificate."
    ) in popia
    assert (
        "in fact, most of the Act commenced on 1 July 2020, and the grace period for compliance "
        "ended on 1 July 2021."
    ) in popia


def test_her_father_in_the_readers_topic_is_theirs_after_a_noun_and_after() -> None:
    # reader276's h1212: "The succession plan for the workshop after her father retires ..." to
    # Dr. Brenner herself: "your father" (the orangutan's "he" after "when" is no reader's)
    letter = readers_letters("reader276/h1212.json")["Dr. Claudia Brenner"]
    assert "the workshop after your father retires" in letter
    assert "her father" not in letter


def test_an_order_to_enclose_both_after_a_promise_is_never_said() -> None:
    # reader358's h1539: "As promised, I enclose the photographs ... and a copy of my
    # certificate ..., and I will enclose both with the letter."
    letter = readers_letters("reader358/h1539.json")["Rafael Domínguez Lobato"]
    assert (
        "As promised, I enclose the photographs of my plating at the Alfonso XIII gala and a copy "
        "of my certificate from the Asociación Nacional de Cortadores de Jamón."
    ) in letter
    assert "enclose both" not in letter


def test_a_file_format_after_a_thing_promised_is_never_in_the_way() -> None:
    # reader360's h1553 (warm): "Promise send Mr. Hrubý the photo ID catalogue (pdf)." was left
    # out of his letter for its bracket
    letter = readers_letters("reader360/h1553.json")["Tomáš Hrubý"]
    assert "the photo ID catalogue" in letter
    assert "(pdf)" not in letter


def test_a_figure_the_follow_up_corrects_is_never_told_again_in_its_topic() -> None:
    # reader358's h1542 (warm): "acidity limit extra virgin -> I said 1.0%" beside
    # "CORRECT: acidity extra virgin = 0.8% not 1.0": "When we talked about the acidity limit
    # extra virgin, I said 1.0%." was said to Thomas, the wrong figure again
    notes = load_notes(READERS / "reader358/h1542.json").model_copy(update={"tone": "warm"})
    letters = compose(notes, today=notes.interview.date + dt.timedelta(days=1))
    thomas = next(letter.text for letter in letters if letter.to == "Thomas Verhaegen")
    assert "I said 1.0%" not in thomas
    assert "peroxide SOP" in thomas
