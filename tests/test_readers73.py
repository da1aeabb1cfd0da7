"""Session 73: faults blind readers 323 and 325 (round 50) quoted, faults left from session 72's
reading (reader314's h1369), and the note shapes behind them. Every expected sentence is written
here by hand."""

from __future__ import annotations

import pytest

from composer.notes_file import load_notes
from composer.offline import followsplit, languages, secondlanguage
from composer.offline.followtidy import VAGUE
from composer.offline.items import read_point
from composer.offline.offer import read_offer
from composer.offline.rapport import rapport_line
from composer.offline.secondnotes import normalised
from composer.offline.secondphrases import mended_phrases
from composer.offline.selfnotes import is_doubted, without_private
from composer.offline.usable import topics_left_out, usable_topics
from tests.test_readers65 import READERS, follow_said, readers_letters


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # reader314's h1369: "I have experience with Spanish intermediate, English."
        (
            "Spanish intermediate, English (I am improving)",
            "I speak intermediate Spanish, and I am improving my English.",
        ),
        # reader314's h1369: "I also hold an agronomy degree and Universidade Federal de ..."
        (
            "Agronomy degree, Universidade Federal de Lavras (UFLA)",
            "I hold an agronomy degree from Universidade Federal de Lavras (UFLA).",
        ),
        # reader 325's h1409: "I trained 11 young workers, 8-still work in barrel house."
        (
            "I train 11 young workers, 8 still work in barrel house",
            "I train 11 young workers, eight of whom still work in the barrel house.",
        ),
    ],
)
def test_cv_lines_of_round_50(typed: str, said: str) -> None:
    point = read_point(typed)
    assert point is not None
    assert point.sentence() == said


def test_a_language_still_being_learnt_is_said_after_the_others() -> None:
    read = languages.read("Spanish intermediate, English (I am improving)")
    assert read is not None
    assert read[1].text() == "I speak intermediate Spanish, and I am improving my English"
    assert languages.read("English (I am improving)") is None  # nothing else to say it after


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # reader314's h1369: "we both started to cup coffee in a cooperative, in Honduras" (hers
        # was in Brazil): where and when he did it are his
        (
            "He also started cupping coffee in a cooperative, in Honduras, a long time ago",
            "I enjoyed discovering that we both started cupping coffee in a cooperative.",
        ),
        # reader 323's h1396: "... the Baltic coast: you are from Gotland, I believe."
        (
            "We both grew up on the Baltic coast: she is from Gotland, I believe, and I am from "
            "Gdynia.",
            "I enjoyed discovering that we both grew up on the Baltic coast.",
        ),
    ],
)
def test_what_both_share_without_what_is_theirs(typed: str, said: str) -> None:
    assert rapport_line(typed, ["Sjoerd van der Wiel", "Sjoerd"]).text == said


def test_a_second_language_deed_long_ago_is_told_in_the_past() -> None:
    typed = "He also start to cup coffee in a cooperative, in Honduras, long time ago"
    assert secondlanguage.mended(typed, "rapport", frozenset(), 2032) == (
        "He also started to cup coffee in a cooperative, in Honduras, long time ago"
    )


def test_a_false_friend_is_said_as_meant() -> None:
    assert mended_phrases("I have worked in my actual company since 2019") == (
        "I have worked in my current company since 2019"
    )
    # reader 323's h1401: "which is now used in all the plant"
    assert mended_phrases("the new procedure, now used in all the plant") == (
        "the new procedure, now used throughout the plant"
    )


def test_a_doing_with_its_particle_takes_no_article() -> None:
    # reader 325's h1408: "Our discussion of the scaling up output for ..."
    notes = normalised(load_notes(READERS / "reader324/h1408.json"))
    named = [p.text for p in usable_topics(notes.interviewers[0], frozenset())]
    assert "scaling up output for the European conservation labs without losing quality" in named


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # reader 325's h1409: "I can drive boat (license)" was pasted, bracket and all
        ("I can drive boat (license)", "I hold a boat licence"),
        # the dump's h1052: "I also drive truck with a horse trailer."
        ("I drive truck with horse trailer", "I drive a truck with horse trailer"),
        # reader 325's h1409: "how I train the young workers for turn and aerate the barrel"
        (
            "how I train the young workers for turn and aerate the barrel",
            "how I train the young workers to turn and aerate the barrel",
        ),
        # reader 327's h1417: "I have the certificate of the first aid also."
        ("I have the certificate of first aid also", "I also hold a first aid certificate"),
        # reader 327's h1417: "I made the school laboratory again from a nothing, with the
        # donation of parents."
        (
            "I made the school laboratory again from nothing, with the donation of parents",
            "I rebuilt the school laboratory from nothing, with donations from parents",
        ),
        # the dump's h1345: "I am happy to send the copy from Jagdschein, ..."
        (
            "Send to Ingrid the copy from Jagdschein and WFR certificate.",
            "Send to Ingrid copies of my Jagdschein and WFR certificate.",
        ),
        # a native line is never touched
        ("paid for food and drink the first night", "paid for food and drink the first night"),
    ],
)
def test_second_language_phrases_of_round_50(typed: str, said: str) -> None:
    assert mended_phrases(typed) == said


def test_private_lines_of_round_51_are_never_read() -> None:
    # reader 327's h1417: "I am worry my teaching experience is not enough laboratory for
    # them." (after a label "Private (not for letter):") and "I was nervous." were pasted
    typed = (
        "CORRECT: X is wrong! I was nervous. Also I said the course was 30 hours, it was 40 "
        "hours. I promise to send Dr. A my certificate. Private (not for letter): they said 45 "
        "million toman per month. I am worry my teaching experience is not enough for them."
    )
    assert without_private(typed) == (
        "CORRECT: X is wrong! Also I said the course was 30 hours, it was 40 hours. I promise "
        "to send Dr. A my certificate."
    )
    assert is_doubted("She will go to food exhibition in Germany in May (Biofach?) not sure")


def test_a_salary_figure_put_right_is_no_private_line() -> None:
    # the dump's h382: "salary - said 2.4M JMD, meant 2.8M" is the candidate's correction
    assert without_private("salary - said 2.4M JMD, meant 2.8M. fix") == (
        "salary - said 2.4M JMD, meant 2.8M. fix"
    )
    assert without_private("send the cert. she said the salary is 52,000 a year.") == (
        "send the cert."
    )
    # a deal's figure put right is no pay: "said 400k, correct figure 430k ARR"
    typed = "Q on biggest deal - said 400k, correct figure 430k ARR"
    assert without_private(typed) == typed
    assert without_private("send photos. he said 38k, i was hoping for 42") == "send photos."


def test_a_topic_naming_only_a_language_is_no_subject() -> None:
    # the dump's h1052: "Our talk about English stood out for me."
    notes = normalised(load_notes(READERS / "reader236/h1052.json"))
    named = [p.text for person in notes.interviewers for p in usable_topics(person, frozenset())]
    assert "English" not in named


def test_a_recommendation_typed_with_a_clipped_word_is_thanked_for() -> None:
    # reader 325's h1406: "rec'd the NT croc management plan review" was left out ("croc")
    letter = readers_letters("reader324/h1406.json")["Dr. Priya Raman"]
    assert "for recommending the NT crocodile management plan review" in letter


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        # reader314's h1369: a worry about pay and a flat, typed with no private mark
        (
            "correct to Sjoerd: 350 g not 300 g. Actually I am living with my cousin in Utrecht, "
            "is far, I need find apartment if I get the job, the salary they say (3.400 euro "
            "bruto) is enough?? I am not sure",
            "correct to Sjoerd: 350 g not 300 g.",
        ),
        # reader 325's h1404: a rival candidate and a worry, sent to a panellist
        (
            "I promised Ms. Menon the outline. While I was waiting to go in I recognised another "
            "candidate from the ICOM conference in Prague; I think she has far more museum "
            "experience than I do, which worries me.",
            "I promised Ms. Menon the outline.",
        ),
        # reader 325's h1406: how someone at home feels about the move
        (
            "Priya -> hatchling protocol doc. Craig not keen on Darwin wet season",
            "Priya -> hatchling protocol doc.",
        ),
        # reader 325's h1409: a label in the candidate's words, and all after it
        (
            "correct the 43°N to 40°N. NOT WRITE: my boss now is cousin of Mrs. Lan, I hope not "
            "problem. salary she offer 28 triệu/month, I ask 35",
            "correct the 43°N to 40°N.",
        ),
        # reader 323's h1399: "I will not." was left of a private sentence, marked after it
        (
            "promised to send her my project pdf. she said starting salary ghs 4,500 a month, my "
            "sister says ask for more but i won't. don't put in the letter",
            "promised to send her my project pdf.",
        ),
    ],
)
def test_private_lines_of_round_50_are_never_read(typed: str, kept: str) -> None:
    assert without_private(typed) == kept


def test_a_hedged_event_is_checked_first() -> None:
    # reader 323's h1401: "I hope the marathon in Porto in November goes well." (hers or her
    # husband's, the candidate was not sure)
    assert is_doubted("She has a marathon in Porto in November? or her husband, I am not sure")
    assert not is_doubted("She has a marathon in Porto in November")


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # reader314's h1369: "350 g not 300 g" was lost
        (
            "350 g not 300 g",
            "One correction to what I said in the interview: the figure is 350 g, not 300 g.",
        ),
        # reader 323's h1401: "... since 2019, but is since March 2018" was lost
        (
            "Correction: I said in the interview that I have worked in my current company since "
            "2019, but is since March 2018.",
            "One correction to what I said in the interview: I have worked in my current "
            "company since March 2018, not 2019.",
        ),
        # reader 323's h1400: "One thing I would add: / must say thanks for the doubles."
        ("must say thanks for the doubles.", "Thank you, too, for the doubles."),
        # reader 323's h1400: "To add to my answer on youth and: you asked about youth and I
        # only talked about safety."
        (
            "forgot to mention the apprentice scheme I ran at the Woodbrook community centre - "
            "Sherise asked about youth and I only talked about safety.",
            "One thing I would add: I ran an apprentice scheme at the Woodbrook community centre.",
        ),
        # reader 323's h1400: the King frame correction was lost
        (
            "SHOULD have said: the 2019 King frame was 9 ft tall, not 12 ft - I said 12, fix it.",
            "One correction: the 2019 King frame was nine feet tall, not 12 feet.",
        ),
        # reader 325's h1404: a report not yet cleared to share was said "attached"
        (
            "I promised to send you my treatment report on the Heriz runner, once the owner "
            "confirms that I may share it.",
            "As promised, I will send you my treatment report on the Heriz runner once the owner "
            "confirms that I may share it.",
        ),
    ],
)
def test_follow_ups_of_round_50(typed: str, said: str) -> None:
    assert follow_said(typed) == said


def test_which_figure_to_correct_alone_is_never_said() -> None:
    # reader 325's h1408: "I would be glad to correct the sheets per day number to you."
    assert VAGUE.match("correct the sheets/day number to Mr. Kim.")
    assert follow_said("correct the sheets/day number to Mr. Kim.") is None
    assert not VAGUE.match("correct the sheets/day number: 120 not 200")


def test_a_contribution_of_an_action_and_things_is_left_out() -> None:
    # reader 325's h1406: "I would hope to bring lift skin grades, and a steady crew and
    # welfare audits sorted."
    assert read_offer("lift skin grades, steady crew, welfare audits sorted") is None
    offer = read_offer("calm handling of disruption and clear communication with drivers")
    assert offer is not None


def _parts(name: str) -> list[tuple[str, int | None]]:
    notes = normalised(load_notes(READERS / name))
    return [(part.said, part.reader) for part in followsplit.split(notes)]


def test_two_things_sent_to_two_panellists_in_one_sentence_are_two_parts() -> None:
    # reader 323's h1401: "I must send to Mr. Whitcombe-Allard X and to Eng.ª Ana Sofia Y"
    parts = _parts("reader322/h1401.json")
    assert (
        "send the report of the calibration of the vision machine (without the name of the client)",
        0,
    ) in parts
    assert ("send the certificate of the sensorial panel course", 1) in parts


def test_things_after_an_arrow_from_a_name_go_to_them() -> None:
    # reader 325's h1406: "Mick -> pen layout sketch + 3 yrs grade data (xls). Priya -> ..."
    parts = _parts("reader324/h1406.json")
    assert ("send pen layout sketch and 3 years of grade data (xls)", 0) in parts
    assert ("send hatchling protocol doc", 1) in parts
    assert all("Craig" not in said for said, _ in parts)


def test_sentences_typed_between_slashes_are_parts() -> None:
    # reader 323's h1400: "... fix it. / must send Kwame ... / forgot to mention ..."
    parts = dict(_parts("reader322/h1400.json"))
    assert parts["send the supplier list + materials cost sheet by Friday"] == 1
    assert parts["must say thanks for the doubles."] == 0


def test_a_bare_figure_put_right_is_said_with_its_topic() -> None:
    # reader314's h1369: "correct to Sjoerd: 350 g not 300 g" (the 300 g told in his topic)
    letters = readers_letters("reader314/h1369.json")
    assert (
        "I should correct one figure I gave about the defects in the green coffee: the right "
        "figure is 350 g, not 300 g." in letters["Sjoerd van der Wiel"]
    )
    assert "350 g" not in letters["Femke Bosma"]
    # reader 325's h1409: "correct the 43°N to 40°N" (the 43 told in Mrs. Lan's topic)
    letters = readers_letters("reader324/h1409.json")
    assert "the right figure is 40°N, not 43°N." in letters["Nguyễn Thị Lan"]
    assert "43" not in letters["Daniel Kwok"]


def test_a_topic_that_puts_a_figure_right_is_left_to_the_follow_up() -> None:
    # reader 325's h1403: "... the correct figure is about 2,300 deliveries since 2019. I must
    # correct this, because he may check it against my CV." was pasted
    notes = normalised(load_notes(READERS / "reader324/h1403.json"))
    said = " ".join(p.text for p in usable_topics(notes.interviewers[0], frozenset()))
    assert "three thousand" not in said
    left = [r.field for r in topics_left_out(notes)]
    assert "interviewers[0].topics[4]" in left
    letter = readers_letters("reader324/h1403.json")["Captain Ong Boon Keat"]
    assert "because he may check it" not in letter
    assert (
        "the number of deliveries I have surveyed is about 2,300, not more than three thousand."
        in letter
    )


def test_a_subject_asked_about_is_named_without_its_answer() -> None:
    # reader314's h1369: every topic of Mr. Van der Wiel's was left out
    notes = normalised(load_notes(READERS / "reader314/h1369.json"))
    named = [p.text for p in usable_topics(notes.interviewers[0], frozenset())]
    assert "the defects in the green coffee" in named


def test_a_cv_line_marked_irrelevant_is_left_out() -> None:
    # reader 323's h1398: "I am also a PADI rescue diver (irrelevant)."
    notes = normalised(load_notes(READERS / "reader322/h1398.json"))
    assert not any("PADI" in line for line in notes.qualifications)
    letters = readers_letters("reader322/h1398.json")
    assert all("PADI" not in text for text in letters.values())


def test_an_answer_of_three_thats_is_said_as_its_parts() -> None:
    # reader 325's h1404: "...: that my Arabic is conversational, that Farsi is my first
    # language, and that my English is fluent."
    letter = readers_letters("reader324/h1404.json")["Anjali Menon"]
    assert (
        "You also asked whether I could speak to school groups in Arabic as well as English: my "
        "Arabic is conversational, Farsi is my first language, and my English is fluent." in letter
    )
    assert "another candidate" not in letter


def test_a_better_answer_wished_for_is_said_as_the_candidates() -> None:
    # reader 325's h1404: "I wish I had described the anoxic treatment programme ..."
    letter = readers_letters("reader324/h1404.json")["Rashid Al-Kuwari"]
    assert "I wish" not in letter
    assert "I should also have mentioned the anoxic treatment programme I set up" in letter


def test_a_correction_checked_in_the_evening_is_said_whole() -> None:
    # reader 323's h1395: "One correction to my answers: in the interview I said that I had
    # signed roughly 9,000 certificates at Stanmore & Lyle." (the true figure lost)
    letter = readers_letters("reader322/h1395.json")["Philippa Orme-Castellan"]
    assert (
        "in the interview I said that I had signed roughly 9,000 certificates at Stanmore & "
        "Lyle; I have since checked my records, and the true figure is about 6,500 over "
        "eleven years." in letter
    )
    assert "put that right" not in letter


def test_a_weak_answer_and_the_one_wished_for_is_said_as_the_better_answer() -> None:
    # reader 323's h1396: "I gave a weak answer about a late report. I wish I had told her
    # about ..." was pasted into her own letter
    letters = readers_letters("reader322/h1396.json")
    letter = letters["Dr. Henrike Vosskamp"]
    assert (
        "When you asked about a mistake, I should have described the wrong time-tagged sequence "
        "I uplinked in 2029, which we caught before execution, and the two-person check I "
        "introduced afterwards." in letter
    )
    assert "weak answer" not in letter
    assert all("told her" not in text for text in letters.values())
    assert all("Corrections for the letters" not in text for text in letters.values())


def test_a_second_language_letter_of_round_51_keeps_no_worry() -> None:
    # reader 327's h1417: a worry, nerves and "attach ... by email" were sent
    letters = readers_letters("reader326/h1417.json")
    for text in letters.values():
        assert "I am worry" not in text
        assert "nervous" not in text
        assert "45 million" not in text
    assert "I attach my 17025 certificate and my IELTS result." in letters["Dr. Shirin Ahmadzadeh"]


def test_round_51_pay_worries_and_orders() -> None:
    # reader 329's h1423: "he said 38k, i was hoping for 42 but would take it" was pasted
    letter = readers_letters("reader328/h1423.json")
    assert all("38" not in text and "42" not in text for text in letter.values())
    # ... and "photos ... on whatsapp tonight" was said attached
    assert any(
        "I will send you photos of the goalie" in text and "on WhatsApp." in text
        for text in letter.values()
    )
    # reader 329's h1425: "I am scare my English is not good enough for the medias" was
    # sent; "Send to Mike the inventory Excel" and "Correct the 22 -> 26 players" were lost
    letters = readers_letters("reader328/h1425.json")
    assert all("scare" not in text and "75 000" not in text for text in letters.values())
    mike = letters["Mike Lindqvist"]
    assert "the inventory Excel" in mike
    assert "the figure is 26 players, not 22." in mike
    # reader 327's h1416: "MUST correct from 340 to 284 auctions (Cardamom only)." was pasted
    letters = readers_letters("reader326/h1416.json")
    said = " ".join(letters.values())
    assert "MUST" not in said
    assert "the figure is 284 auctions (Cardamom only), not 340." in said


def test_round_51_cv_line_and_enclosure() -> None:
    # reader 329's h1420: "I am also a Welsh speaker (first language), which may help ..."
    point = read_point("Welsh speaker (first language), which may help with clients in Wales.")
    assert point is not None
    assert point.sentence() == "My first language is Welsh, which may help with clients in Wales."
    # reader 329's h1419: "As promised, I enclose X. I will post them with the letter."
    letter = readers_letters("reader328/h1419.json")["Rosalind Achterberg"]
    assert "with the letter" not in letter
    assert "As promised, I enclose an offprint of my article on the Khonsu graffiti" in letter


def test_a_certificate_in_two_things_from_a_body_is_held() -> None:
    # the session's reading of h1400: "I have experience welding and brazing certificate (NESC)."
    letter = readers_letters("reader322/h1400.json")["Sherise Alleyne"]
    assert "an NESC certificate in welding and brazing" in letter
    assert "experience welding" not in letter


def test_round_51_weak_answers_and_family_reasons_are_not_said() -> None:
    # reader 327's reading of h1403 (the session's): "You asked what my greatest weakness is: I
    # am too thorough." (the answer the candidate regretted, restated)
    letter = readers_letters("reader324/h1403.json")["Captain Ong Boon Keat"]
    assert "too thorough" not in letter
    # reader 329's h1420: "I said that 'by peak frequency, ...', which was too vague."
    letters = readers_letters("reader328/h1420.json")
    assert all("too vague" not in text for text in letters.values())
    # the session's reading of h1423: "..., his brother in law owns half and has to agree."
    letter = readers_letters("reader328/h1423.json")["Tadhg O'Meara"]
    assert "brother in law" not in letter
    assert "I hope to hear from you on Friday." in letter


def test_round_51_answers_said_as_the_candidates() -> None:
    # the session's reading of h1412: "I wish I had answered your question about my
    # weaknesses better: I said 'I take on too much', which sounded like a stock answer."
    letter = readers_letters("reader326/h1412.json")["Ong Siew Lan"]
    assert "I take on too much" not in letter
    assert (
        "I used to leave the cost estimates to the quantity surveyor too late in a project and I "
        "now bring them in at the condition survey stage." in letter
    )


def test_round_51_a_french_speakers_lines() -> None:
    # the session's reading of h1425: "a well organise equipment room, so that the players
    # think only at the game, and a close work with the medical team"; "I am an assistant
    # then head equipment manager."
    letters = readers_letters("reader328/h1425.json")
    assert (
        "a well-organised equipment room, so that the players think only about the game, and "
        "close work with the medical team" in letters["Mike Lindqvist"]
    )
    assert all("assistant then head" not in text for text in letters.values())


def test_round_51_a_vets_cv_lines() -> None:
    # reader 327's h1414: "which cut repeat visits about a third", "Amer. University of Beirut"
    letter = readers_letters("reader326/h1414.json")["Dr. Khalid Al Mazrouei"]
    assert "which cut repeat visits by about a third" in letter
    assert "Amer." not in letter


def test_a_second_language_question_and_corrections_after_the_commit() -> None:
    # reader314's h1369: "Sjoerd ask me about the calibration with the roasters clients ..."
    # was read "Sjoerd asks me" (no subject discussed) and "roasters clients" kept
    notes = normalised(load_notes(READERS / "reader314/h1369.json"))
    assert notes.interviewers[0].topics[0].startswith("Sjoerd asked me about the calibration")
    letter = readers_letters("reader314/h1369.json")["Sjoerd van der Wiel"]
    assert "the calibration with the roaster clients in Hamburg and Copenhagen" in letter
    # reader 327's h1417: "Also I said the course was 30 hours, it was 40 hours." as typed
    letters = readers_letters("reader326/h1417.json")
    assert "the course was 40 hours, not 30." in letters["Reza Karimi-Nejad"]
    assert all("Also I said" not in text for text in letters.values())


def test_a_way_proposed_after_i_said_that_is_suggested() -> None:
    # the session's reading of h1412: "I said that doing the measured drawings and the
    # condition survey together, ..." (no verb of its own); "I said that supporting a pupil ...
    # showed me ..." (a verb of its own) stays as typed (the dump's h553)
    letter = readers_letters("reader326/h1412.json")["Ong Siew Lan"]
    assert (
        "I suggested doing the measured drawings and the condition survey together, block by "
        "block, so that the tenants are disturbed only once." in letter
    )
    letters = readers_letters("reader110/h553.json")
    assert any("I said that supporting a pupil in my class" in text for text in letters.values())


def test_a_certified_person_takes_an_article() -> None:
    # the session's reading of h1396: "I am certified spacecraft controller on the current
    # mission control system ..."
    point = read_point("Certified spacecraft controller on the current mission control system.")
    assert point is not None
    assert point.sentence() == (
        "I am a certified spacecraft controller on the current mission control system."
    )
    held = read_point("certified in CPR")
    assert held is not None
    assert held.sentence() == "I am certified in CPR."
