"""Session 74: faults left from session 73's reading (reader322's h1396, reader324's h1403,
reader328's h1420) and the note shapes behind them. Every expected sentence is written here by
hand."""

from __future__ import annotations

import datetime as dt

import pytest

from composer.compose import compose
from composer.notes_file import load_notes
from composer.offline import askedback, propernames
from composer.offline.flagged import stopped
from composer.offline.items import read_point
from composer.offline.nextsteps import next_steps_line
from composer.offline.offer import read_offer
from composer.offline.phrasebook import Variation
from composer.offline.rapport import rapport_line
from composer.offline.secondgrammar import second_grammar
from composer.offline.secondnotes import normalised
from composer.offline.selfnotes import without_private
from composer.offline.topicbetter import MOVED
from composer.offline.topicfixes import fixes_moved
from tests.test_readers65 import READERS, follow_said, readers_letters

R52 = READERS / "reader330"


def test_a_credential_and_tools_typed_with_a_semicolon_take_a_verb_each() -> None:
    # reader322's h1396: "I am a certified spacecraft controller on the current mission
    # control system and Python, SQL and some MATLAB."
    point = read_point(
        "Certified spacecraft controller on the current mission control system; Python, SQL and "
        "some MATLAB."
    )
    assert point.sentence() == (
        "I am a certified spacecraft controller on the current mission control system and have "
        "experience with Python, SQL and some MATLAB."
    )


def test_a_better_answer_with_a_subject_of_its_own_is_said() -> None:
    assert askedback.on_topic(
        "On my greatest weakness, I should have said that early in my career my survey reports "
        "were slow, and that I built my own report template."
    ) == (
        "On my greatest weakness, I should also have mentioned that early in my career, my "
        "survey reports were slow, and I built my own report template."
    )
    assert follow_said("On the pH, I should have said that the team tests every batch.") == (
        "On the pH, I would also add that the team tests every batch."
    )
    # a clause that is no clause stays unsaid
    assert askedback.on_topic("On my weakness, I should have said that the slow reports.") is None


def test_a_genus_keeps_its_species_mark_and_a_short_word_is_still_an_acronym() -> None:
    assert (
        propernames.names("logged as Pipistrellus sp. rather")
        == "logged as Pipistrellus sp. rather"
    )
    assert propernames.names("ran the crm migration") == "ran the CRM migration"


def test_a_title_with_of_is_a_name_and_a_line_start_is_still_stopped() -> None:
    assert not stopped(
        "As I promised, I enclose a redacted copy of a Note of Protest I issued last year.",
        frozenset(),
    )
    assert stopped("I told them about the rota, and We could trial it next month.", frozenset())
    # a capital mid-sentence after "of" with no capital before it is still a line's start
    assert stopped("I sent a summary of Should have said more.", frozenset())


def test_a_better_answer_typed_in_a_topic_is_said_in_the_follow_up() -> None:
    # reader324's h1403: "You asked what my greatest weakness is: I wish I had told you about
    # the truth: ..." was left out; the promised Note of Protest was stopped by its capitals
    letter = readers_letters("reader324/h1403.json")["Captain Ong Boon Keat"]
    assert (
        "To add to my answer on my greatest weakness: early in my career, my survey reports were "
        "slow, and I built my own report template, which brought my turnaround down to under an "
        "hour after the barge casts off." in letter
    )
    assert "too thorough" not in letter
    assert (
        "As I promised, I enclose a redacted copy of a Note of Protest I issued last year, and "
        "the certificate from the methanol bunkering course." in letter
    )
    assert "the number of deliveries I have surveyed is about 2,300" in letter


def test_a_panel_better_answer_goes_to_the_reader_who_asked() -> None:
    # reader328's h1420, the better answer cut before its "Pipistrellus sp." (which the gate
    # does not take): said to Catrin, who asked, and to no one else
    notes = load_notes(READERS / "reader328/h1420.json")
    first = notes.interviewers[0]
    topics = list(first.topics)
    topics[1] = topics[1].split(", and that calls")[0] + "."
    panel = [first.model_copy(update={"topics": topics}), *notes.interviewers[1:]]
    notes = notes.model_copy(update={"interviewers": panel})
    # (its place kept, so that notices name the topics as typed)
    assert normalised(notes).interviewers[0].topics == [topics[0], MOVED, *topics[2:]]
    letters = {
        letter.to: " ".join(letter.text.split())
        for letter in compose(notes, today=notes.interview.date + dt.timedelta(days=1))
    }
    said = (
        "On how I would separate common and soprano pipistrelles on a recording, I would also "
        "add that the common pipistrelle peaks at about 45 kHz and the soprano at about 55 kHz."
    )
    assert said in letters["Catrin Howells"]
    assert all(
        "pipistrelle peaks" not in text for to, text in letters.items() if to != "Catrin Howells"
    )


# Round 52 (readers 331 and 333), on the session's first snapshot.


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        # reader 331's h1431: "One thing I would add: Partner says it is fine."
        (
            "promised mere my volunteer log hours + the reference from dave at the trapping "
            "group. pay is 52k vs the 88k im on now. gulp. partner says its fine. dont put that "
            "anywhere",
            "promised mere my volunteer log hours + the reference from dave at the trapping group.",
        ),
        # reader 331's h1432: "I asked for 42,000 NIS gross per month, Itai winced."
        (
            "send Itai the ESACT poster. asked for 42k NIS gross/month, Itai winced.",
            "send Itai the ESACT poster.",
        ),
        # reader 331's h1429: another employer's offer is the candidate's own business
        (
            "I promised to send Mr. Chandrasekaran my report. I also have another offer from a "
            "fab in Kulim that I must answer by 30 April.",
            "I promised to send Mr. Chandrasekaran my report.",
        ),
        # reader 331's h1427: "I would like the letter to correct this clearly."
        (
            "The correct figure is fourteen tonnes. I would like the letter to correct this "
            "clearly. I promised Dr. Al-Mashani a copy of my chart.",
            "The correct figure is fourteen tonnes. I promised Dr. Al-Mashani a copy of my chart.",
        ),
        # a figure put right stays, pay or not
        (
            "Correction: I said the pay is 30k, it is 32k.",
            "Correction: I said the pay is 30k, it is 32k.",
        ),
    ],
)
def test_private_lines_of_round_52_are_never_said(typed: str, kept: str) -> None:
    assert without_private(typed) == kept


@pytest.mark.parametrize(
    ("note", "said"),
    [
        # reader 331's h1427: "... University. I think he graduated in chemistry some years ..."
        (
            "We both studied at Sultan Qaboos University. I think he graduated in chemistry some "
            "years before I finished my agriculture degree, but I am not certain of the year.",
            "I enjoyed discovering that we both studied at Sultan Qaboos University.",
        ),
        # reader 333's h1436: "...; she finished some years before my master's in 2014."
        (
            "We both studied at the Faculty of Translation and Interpreting in Geneva; she "
            "finished some years before my master's in 2014.",
            "I enjoyed discovering that we both studied at the Faculty of Translation and "
            "Interpreting in Geneva; you finished some years before my master's in 2014.",
        ),
        # a stop inside a name or a degree is no end of the sentence
        (
            "We both did the M.Sc. at St. Andrews",
            "I enjoyed discovering that we both did the M.Sc. at St. Andrews.",
        ),
        (
            "We both studied at KNUST. I think he was in Unity Hall.",
            "I enjoyed discovering that we both studied at KNUST.",
        ),
        # reader 331's h1433: "I hope your daughter has wedding in June goes well."
        (
            "His daughter has wedding in June",
            "I hope your daughter's wedding in June is a wonderful day.",
        ),
        # reader 331's h1430: "we are both Robert Gordon Aberdeen" (names, no verb)
        ("both Robert Gordon Aberdeen, he was there 90s", None),
    ],
)
def test_personal_notes_of_round_52(note: str, said: str | None) -> None:
    assert rapport_line(note, ["Rashid"]).text == said


@pytest.mark.parametrize(
    "sentence",
    [
        # reader 333's h1441: second-language slips said in a letter
        "When you asked about the team, I explained how I made the masking plan, so the night "
        "shift not lose time.",
        "When you asked what is my weakness, I said that 'I work too much', is not good answer.",
        "I explained we use the benzyl alcohol stripper now, and the waste go to the licenced "
        "company.",
        "I made the night loading checklist for the paint hangar, with now all shift use it.",
        "Every shift use the form.",
        "I can do lidar processing myself, not need the office.",
    ],
)
def test_second_language_slips_of_round_52_are_stopped(sentence: str) -> None:
    assert second_grammar(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "I want to stay calm and not lose time.",
        "I let the waste go to the licensed company.",
        "The staff go to the canteen at noon.",
        "I asked that the panel not lose sight of it.",
        "I would make the line go faster.",
        "Every nurse uses the checklist.",
        # a compound noun is no subject and its verb (the dump of every letter: bridges' b3)
        "When we turned to touring the summer show to six venues, one example came to mind.",
        "I cut the drug use in the ward by half.",
        "I made the checklist with the night shift.",
    ],
)
def test_english_like_the_slips_passes(sentence: str) -> None:
    assert second_grammar(sentence) == ""


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # reader 331's h1441: "I supplied air respirator and confined space training."
        (
            "Supplied air respirator and confined space training",
            "I have completed supplied air respirator and confined space training.",
        ),
        ("Fire warden training", "I have completed fire warden training."),
        (
            "AkzoNobel aerospace coatings applicator training (2027)",
            "I completed AkzoNobel aerospace coatings applicator training in 2027.",
        ),
    ],
)
def test_training_typed_bare_is_training_completed(typed: str, said: str) -> None:
    assert read_point(typed).sentence() == said


def test_who_decides_after_the_time_is_not_run_on() -> None:
    # reader 331's h1429: "I understand I should hear back from Ms. Jasmine Koh within two
    # weeks, Mr. Chandrasekaran decides with the department head." (to Mr. Chandrasekaran)
    said = next_steps_line(
        "HR (Ms. Jasmine Koh) will email within two weeks. Mr. Chandrasekaran decides with the "
        "department head.",
        frozenset(),
        "warm",
        "email",
        Variation(""),
        reader=("Ravi Chandrasekaran", "Ravi", "Mr. Chandrasekaran"),
        days=(dt.date(2032, 4, 20), dt.date(2032, 4, 21)),
    )
    assert said == "I understand I should hear back from Ms. Jasmine Koh within two weeks"


def test_a_labelled_correction_topic_and_subjects_with_answers() -> None:
    # reader 331's h1429: "I enjoyed our talk about correction."; Ms. Tan's topics were left
    # out as run-on sentences ("X. I mentioned Y.")
    notes = normalised(load_notes(R52 / "h1429.json"))
    assert notes.follow_up is not None
    assert notes.follow_up.startswith(
        "I told Ravi that my particle counts were at 0.3 micron, but in fact they were at 0.1 "
        "micron."
    )
    assert "Kulim" not in notes.follow_up
    assert all("Correction" not in topic for topic in notes.interviewers[0].topics)
    assert notes.interviewers[1].topics[0] == (
        "How contamination data links to wafer yield maps -> I mentioned the Python dashboard I "
        "built during my internship."
    )


def test_a_careful_follow_up_with_a_fuller_answer_and_an_order_to_the_letter() -> None:
    # reader 331's h1427: "On a dispute with a buyer more fully, I would add that during the
    # interview I said ...", "I would like the letter to correct this clearly."
    notes = load_notes(R52 / "h1427.json")
    (letter,) = compose(notes, today=notes.interview.date + dt.timedelta(days=1))
    text = " ".join(letter.text.split())
    assert (
        "To add to my answer on a dispute with a buyer: I would send the buyer the retained "
        "sample and our photographs first, before offering any discount." in text
    )
    assert "the letter to correct" not in text
    assert "fourteen tonnes of sorted resin" in text
    assert "more fully" not in text


def test_a_cv_line_not_to_dwell_on_is_left_out() -> None:
    # reader 331's h1432: "I would come to the position with two years of cultivated meat
    # startup experience." (typed "(closed 2031 - don't dwell)")
    notes = normalised(load_notes(R52 / "h1432.json"))
    assert not any("startup" in line for line in notes.qualifications)
    assert any("Technion" in line for line in notes.qualifications)


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # reader 333's h1435: "I am fluent in Polish and which helped in one identification ..."
        (
            "Fluent in Polish, which helped in one identification where the family's dental "
            "records were from Kraków",
            "I am fluent in Polish, which helped in one identification where the family's dental "
            "records were from Kraków.",
        ),
        # reader 333's h1438: "I am the first aider."
        ("1st aider", "I am a first aider."),
        # reader 331's h1433: "I can manage six staff, train new staff."
        ("manage 6 staff, train new staff", "I can manage six staff and train new staff."),
        (
            "calm under pressure, good with families",
            "I am calm under pressure and good with families.",
        ),
    ],
)
def test_cv_lines_of_round_52(typed: str, said: str) -> None:
    assert read_point(typed).sentence() == said


@pytest.mark.parametrize(
    "typed",
    [
        # reader 333's h1440: "I have experience malting course VÚPS Brno.", "I have experience
        # steeping water down to 3.4 m3/t."
        "malting course VÚPS Brno",
        "steeping water down to 3.4 m3/t",
    ],
)
def test_a_course_or_a_result_is_no_experience_of_a_doing(typed: str) -> None:
    point = read_point(typed)
    assert point.said is None or not point.sentence().startswith("I have experience")


def test_a_wish_keeps_no_hedge_and_a_season_no_article() -> None:
    # reader 333's h1439: "Good luck with your daughter's state tournament next month I think."
    assert (
        rapport_line(
            "his daughter bowls on the high school team, state tournament next month i think",
            ["Gary"],
        ).text
        == "I hope your daughter's state tournament next month goes well."
    )
    # an unsure fact of theirs is still no "we both"
    assert rapport_line("he went to Waite too I think", ["Gary"]).text is None
    # reader 333's h1440: "I hope your son enjoys starting at VŠCHT Prague in an autumn."
    letters = readers_letters("reader332/h1440.json")
    assert "in an autumn" not in letters["Ing. Jana Dvořáková"]
    assert "VŠCHT Prague in autumn" in letters["Ing. Jana Dvořáková"]


def test_round_52_corrections_typed_in_topics_are_said_to_their_reader() -> None:
    # reader 333's h1436: "I would like to correct this with him." pasted after the wrong date
    letters = readers_letters("reader332/h1436.json")
    assert (
        "I told you that the Acordo Ortográfico became mandatory in Portugal in 2009; in fact, "
        "Portugal ratified it in 2008, but it only became compulsory in May 2015, at the end of "
        "the transition period." in letters["Paulo Nascimento"]
    )
    assert "correct this with him" not in letters["Paulo Nascimento"]
    # reader 331's h1428: the ICU years were not put right; "Dr." is no first name
    letters = readers_letters("reader330/h1428.json")
    assert (
        "I told you that I had eleven years of ICU experience; in fact, I have nine years in ICU "
        "at Flinders Medical Centre" in letters["Dr. Priya Venkataraman"]
    )
    assert "eleven years of ICU" not in letters["Annette Kowalczyk"]
    # reader 331's h1432: the 35-day run ("told her ... 45 days - WRONG, it was 35. fix this")
    letters = readers_letters("reader330/h1432.json")
    assert (
        "I told you that my longest perfusion run was 45 days, but in fact it was 35."
        in letters["Rania Khoury"]
    )
    assert "say so" not in letters["Rania Khoury"]
    assert "instead" not in letters["Rania Khoury"]


def test_round_52_better_answers_and_theirs_said_to_the_reader() -> None:
    # reader 331's h1428: "For Glen, I wish I had given him the example of ...", "the decision
    # to fly or divert is his"
    letter = readers_letters("reader330/h1428.json")["Glen Doolan"]
    assert (
        "a better example would have been the Broome transfer, when the pilot turned back for "
        "weather and we kept the patient stable in the terminal for three hours." in letter
    )
    assert "the decision to fly or divert is yours" in letter
    assert " him " not in letter
    assert "is his" not in letter


def test_round_52_promises_as_readers_know_them() -> None:
    # reader 333's h1441: "I would also like to add that I promised to send to you my ..."
    letters = readers_letters("reader332/h1441.json")
    assert (
        "I attach my AkzoNobel training certificate and a copy of my night loading checklist."
        in letters["Niamh Gallagher"]
    )
    assert "send to you" not in letters["Niamh Gallagher"]
    # reader 333's h1436: "I should also send you the link ..., which he asked about."
    letter = readers_letters("reader332/h1436.json")["Dr. Henrik Vestergaard"]
    assert "the link to my article on legal terminology in the journal Confluências" in letter
    assert "which he asked about" not in letter


def test_a_named_subject_answer_is_no_suggestion() -> None:
    # reader 333's h1438: "You asked about H&S: I suggested LOTO."
    letters = readers_letters("reader332/h1438.json")
    assert all("I suggested LOTO" not in text for text in letters.values())


def test_a_common_word_of_the_role_is_no_name() -> None:
    # reader 333's h1441: "I would hope to bring Good quality Livery on time, ..." (the role is
    # "Aircraft Painter Team Leader (Livery and Refinish)")
    letter = readers_letters("reader332/h1441.json")["Dawit Bekele"]
    assert "good quality livery on time" in letter
    assert "Livery on time" not in letter
    assert "all shift use it" not in letter


def test_round_52_shorthand_letters() -> None:
    # reader 331's h1430: "Thank you, too, for the chance to talk through correction.", "I have
    # experience with HPHT and MPD experience, Jurassic gas."
    letters = readers_letters("reader330/h1430.json")
    assert all("correction." not in text for text in letters.values())
    assert all("MPD experience, Jurassic" not in text for text in letters.values())
    # reader 331's h1431: "..., so that I know what the early mornings are like", "...,
    # catches up 30% because ...", the incubation days left uncorrected
    letter = readers_letters("reader330/h1431.json")["Mere Hohaia"]
    assert "so that I know" not in letter
    assert (
        "I set up the trapping group's trap database, and catches went up by 30% because lines "
        "got checked on time." in letter
    )
    assert (
        "I told you brown kiwi eggs take about 60 days in the incubator, but in fact it is more "
        "like 75 to 80 days." in letter
    )


def test_an_offer_of_things_then_a_clause_is_not_one_phrase() -> None:
    assert (
        read_offer(
            "reliable hands, careful records, used to data and deadlines, and ive already done "
            "the volunteer side so i know what the early mornings are like"
        )
        is None
    )
    assert read_offer("reliable hands and careful records") is not None


def test_a_question_typed_with_its_answer_is_still_said_as_asked() -> None:
    # the dump of every letter: "Asked how I would X. I talked about Y." (h1015) and "How I would
    # X. I said Y." are questions put to the candidate, never subjects "we talked about"
    letters = readers_letters("reader226/h1015.json")
    assert any(
        "When you asked how I would approach cascade testing when the proband does not want to "
        "tell relatives, I talked about exploring the reasons" in text
        for text in letters.values()
    )
    assert all("we talked about how I would" not in text for text in letters.values())


def test_round_52_after_the_first_commit() -> None:
    # the session's reading: h1435's better answer ("When she asked X, I spoke mostly about Y.
    # I wish I had said that Z. That was the answer I had prepared ...") was pasted
    letter = readers_letters("reader332/h1435.json")["Dr. Geneviève Thibodeau-Marsh"]
    assert (
        "To add to my answer on what I would change in my first six months: the real weakness "
        "is the lack of trained dentists outside Winnipeg, and I would build a provincial roster "
        "of dentists who can be called in during a disaster." in letter
    )
    assert "I wish I had said" not in letter
    assert "answer I had prepared" not in letter
    # h1427: "what you said about two perfume housing in Grasse rejected ..." ("houses" read as
    # a verb)
    letter = readers_letters("reader330/h1427.json")["Dr. Rashid Said Al-Mashani"]
    assert "housing" not in letter


def test_corrections_typed_in_topics_are_said_to_their_reader() -> None:
    # round 52: "CORRECT: said Kelso had 22 blades in rotation -> actually 28" (h1438), "told
    # him i was at the transit authority 11 yrs, its 9 (2022 to 2031), dont know why i said 11"
    # (h1439), "I tell him 3% but real number is 5% for last year" (h1433) were left out
    letters = readers_letters("reader332/h1438.json")
    assert "Kelso had 28 blades in rotation, not 22." in letters["Andrzej Nowak"]
    assert "28 blades" not in letters["Fiona MacLeod"]
    letter = readers_letters("reader332/h1439.json")["Gary Pruitt"]
    assert "I was at the transit authority nine years, not 11." in letter
    assert "know why" not in letter
    letters = readers_letters("reader330/h1433.json")
    assert "the real number is 5% for last year" in letters["Maarten de Vries"]
    assert "5%" not in letters["Wanchai Srisuk"]


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        (
            "I promised him the SOP. Salary they offer 38,000 baht, I hope 45,000. Not write this "
            "in letter. I worry my English is not enough for meeting with Japan customer.",
            "I promised him the SOP.",
        ),
        (
            "send Gary copies of my certs. the other guy waiting i think is his nephew??",
            "send Gary copies of my certs.",
        ),
        (
            "send Andrzej the log sheet. pay: advert £38k, on 36.5 now + shift allce -> ask 40?",
            "send Andrzej the log sheet.",
        ),
    ],
)
def test_more_private_lines_of_round_52(typed: str, kept: str) -> None:
    assert without_private(typed) == kept


@pytest.mark.parametrize(
    "name",
    [
        # the dump of every letter: no figure put right, so no correction ("I said split over 2
        # examiners, ... but actually also"; "... what they felt was wrong ...")
        "reader140/h669.json",
        "reader204/h925.json",
        "reader112/h557.json",
        # the follow-up puts it right already ("our target is below 3, not below 5")
        "reader318/h1380.json",
    ],
)
def test_a_topic_with_no_figure_put_right_stays_a_topic(name: str) -> None:
    notes = load_notes(READERS / name)
    assert fixes_moved(notes) is notes


def test_the_readers_view_of_an_answer_and_a_pair_of_licences() -> None:
    # reader 331's h1432: "I said that single-use up to 2,000 then stainless, he disagrees."
    letter = readers_letters("reader330/h1432.json")["Itai Barkan"]
    assert "disagree" not in letter
    assert "single-use versus stainless at 2,000 L" in letter
    # h1428: "I also have current manual driver's licence and a heavy rigid licence ..."
    point = read_point(
        "Current manual driver's licence and a heavy rigid licence from my farm days."
    )
    assert point.sentence() == (
        "I have a current manual driver's licence and a heavy rigid licence from my farm days."
    )
