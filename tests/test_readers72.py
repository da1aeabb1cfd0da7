"""Session 72: faults blind readers 315 and 317 (round 48) quoted, faults left from session 71's
reading (reader306's h1334, reader308's h1341), and the note shapes behind them. Every expected
sentence is written here by hand."""

from __future__ import annotations

import pytest

from composer.notes_file import load_notes
from composer.offline.followfor import addressed
from composer.offline.followtyped import typed_whole
from composer.offline.items import read_point
from composer.offline.lexicon import is_past
from composer.offline.rapport import rapport_line
from composer.offline.selfnotes import without_private
from composer.offline.sendthing import sent
from composer.offline.topicinner import with_ordinal_article
from composer.offline.topicparts import topic_parts
from composer.offline.wellformed import problem
from tests.test_readers65 import READERS, follow_said, readers_letters


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # reader306's h1334: the MSC Zoe correction was lost ("X = N things lost, not ~M")
        (
            "MSC Zoe = 342 containers lost, not ~280 (checked).",
            "One correction to what I said about MSC Zoe: 342 containers were lost, not about 280.",
        ),
        # reader 315's h1366: "P80 = 18 not 22" was lost
        (
            "P80 = 18 not 22",
            "One correction to what I said about P80: the right figure is 18, not 22.",
        ),
        # reader 315's h1368: "25/day" said as a rate, never "25/day"
        (
            "rongeur number - 25/day not 40.",
            "One correction to what I said about the rongeur number: it is 25 a day, not 40.",
        ),
        # reader308's h1341: a span as a clause's subject ("because four weeks were lost")
        (
            "I told you that the transects ran for 52 weeks, but in fact they ran for 48, "
            "because four weeks were lost to the flooding in April 2031.",
            "One correction: I told you the transects ran for 52 weeks, but in fact they ran "
            "for 48, because four weeks were lost to the flooding in April 2031.",
        ),
    ],
)
def test_corrections_typed_in_this_rounds_shapes(typed: str, said: str) -> None:
    assert follow_said(typed) == said


@pytest.mark.parametrize(
    ("typed", "whole"),
    [
        # reader306's h1334: "add re CSM: I ..." was left out
        (
            "add re CSM: I train every new lasher on checking rods/turnbuckles before sign-off.",
            "To add to my answer on CSM: I train every new lasher on checking rods and "
            "turnbuckles before sign-off.",
        ),
        # reader308's h1341: what was told, then what is so, after a semicolon
        (
            "I told Mr. van Wyk that the transects ran for 52 weeks; they ran for 48.",
            "I told Mr. van Wyk that the transects ran for 52 weeks, but in fact they ran for 48.",
        ),
        # reader 315's h1363: an order to self before the correction it names
        (
            "I also need to correct the vault figure: 2,400 reels, not 4,000.",
            "One correction to what I said about the vault figure: 2,400 reels, not 4,000.",
        ),
        # reader 315's h1366: things to send, an arrow to whom and when
        (
            "vib dataset Coonarr (anonymised) + site law regression -> Anand by Fri.",
            "send Anand vib dataset Coonarr (anonymised) + site law regression by Fri.",
        ),
        # reader 315's h1368: the same typed with "to"; a correction in a bracket to a reader
        (
            "tag form to Lori-Ann tomorrow. correct rongeur number to Dr V (25/day not 40)",
            "send Lori-Ann tag form tomorrow. rongeur number - 25/day not 40.",
        ),
        # reader 317's h1372: the promise as the readers know it; the fact after the stop
        (
            "I promised Dr Raghunathan that I would send her a copy of the heat log.",
            "I promised to send Dr Raghunathan a copy of the heat log.",
        ),
        (
            "I told Greg that I had raised two puppies. It was actually three: Juno, Barney "
            "and Tilly.",
            "I told Greg that I had raised two puppies, but it was actually three: Juno, Barney "
            "and Tilly.",
        ),
        # reader 317's h1372: the better answer wished for, said as an addition
        (
            "When she asked why I am leaving teaching, I wish I had simply said that I want to "
            "do the same patient work with a dog.",
            "To add to my answer on why I am leaving teaching: I want to do the same patient "
            "work with a dog.",
        ),
        # reader 317's h1375: "bc of" is "because of"
        (
            "should've said: i want armoury bc of the precision.",
            "should've said: i want armoury because of the precision.",
        ),
    ],
)
def test_follow_ups_said_whole_before_they_are_read(typed: str, whole: str) -> None:
    assert typed_whole(typed) == whole


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        # reader 317's h1372: a private sentence was sent to HR
        (
            "I would also be glad to be considered for the mail centre. Private, not for the "
            "letter: trainee pay is about $62,000.",
            "I would also be glad to be considered for the mail centre.",
        ),
        # reader 317's h1376: a private sentence and the short asides after it
        (
            "Send anyway. Private: Kenneth let slip the other finalist is internal?? Worrying. "
            "Not for any letter.",
            "Send anyway.",
        ),
        # reader 317's h1377: a bracket of the candidate's own
        (
            "correction: the frost was July 2031. (only for me: salary is low. don't write this)",
            "correction: the frost was July 2031.",
        ),
        # reader 317's h1375: "dont mention it"
        (
            "send dale the photos. he said pay is $24/hr, but i dont care, dont mention it",
            "send dale the photos.",
        ),
        ("send the photos.", "send the photos."),
    ],
)
def test_private_sentences_are_never_read(typed: str, kept: str) -> None:
    assert without_private(typed) == kept


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # reader 317's h1372: "The after I handled an aggressive parent calmly."
        (
            "After I handled an aggressive parent calmly, the principal asked me to help train "
            "other staff in de-escalation.",
            "The principal asked me to help train other staff in de-escalation after I handled "
            "an aggressive parent calmly.",
        ),
        # reader 317's h1372: "I have two of my three puppies, Juno and Tilly, graduated ..."
        (
            "Two of my three puppies, Juno and Tilly, graduated as guide dogs.",
            "Two of my three puppies, Juno and Tilly, graduated as guide dogs.",
        ),
        # reader 315's h1368: "Laser-etched ID on about 3,000 instruments ..." (a fragment)
        (
            "laser-etched ID on ~3,000 instruments so trays can be tracked",
            "I laser-etched ID on about 3,000 instruments so trays can be tracked.",
        ),
        # reader 317's h1376: "I have experience in fluent Malay, basic Bahasa Indonesia."
        (
            "Fluent Malay, basic Bahasa Indonesia",
            "I speak fluent Malay and basic Bahasa Indonesia.",
        ),
    ],
)
def test_points_of_this_rounds_shapes(typed: str, said: str) -> None:
    assert read_point(typed).sentence() == said


def test_a_verb_typed_with_its_tool_is_a_past_form() -> None:
    assert is_past("laser-etched") and is_past("machine-sewed")
    assert not is_past("laser-printer") and not is_past("machine-shop")


@pytest.mark.parametrize(
    ("note", "line"),
    [
        # reader306's h1334: "we both worked at ECT, left in 2017."
        (
            "ex-ECT too, left 2017 - same shift leader Ton van Dijk (!)",
            "I enjoyed discovering that we both worked at ECT and both had Ton van Dijk as our "
            "shift leader.",
        ),
        ("ex-ECT too, left 2017", "I enjoyed discovering that we both worked at ECT."),
        # reader 317's h1372: "I hope your trip to live goes well."
        (
            "His own labrador, Pickle, is retiring soon. I think he said in May, and Pickle is "
            "going to live with his family.",
            None,
        ),
    ],
)
def test_personal_notes_of_this_round(note: str, line: str | None) -> None:
    assert rapport_line(note, ["Kees Verbeek", "Kees"]).text == line


@pytest.mark.parametrize(
    ("item", "parts"),
    [
        # reader 317's h1373: "I enjoyed discussing the clear." / "... about lower decks."
        (
            "Working with ramp teams in summer heat and keeping radio instructions short and "
            "clear.",
            [
                "Working with ramp teams in summer heat and keeping radio instructions short "
                "and clear."
            ],
        ),
        (
            "Dangerous goods segregation on the main and lower decks, and checking the NOTOC.",
            ["Dangerous goods segregation on the main and lower decks, and checking the NOTOC."],
        ),
        # a list of three things is still three topics
        (
            "roadmap for the mobile app and pricing changes and the partner API",
            ["roadmap for the mobile app", "pricing changes", "the partner API"],
        ),
    ],
)
def test_two_describing_words_never_split_a_topic(item: str, parts: list[str]) -> None:
    assert topic_parts(item) == parts


def test_an_idiom_with_an_ordinal_takes_no_article() -> None:
    # reader308's h1341: "settled on the grass beside runway 06 at a first light"
    assert with_ordinal_article("settled beside runway 06 at first light") == (
        "settled beside runway 06 at first light"
    )
    assert with_ordinal_article("angry customers on third chase call") == (
        "angry customers on a third chase call"
    )


def test_two_determiners_in_a_row_are_stopped() -> None:
    # reader 317's h1377: "I would be glad to like this the producer stay with us next year."
    assert problem("I am happy to like this the producer stay with us next year.")
    assert not problem("I said that the producer stays with us.")
    assert not problem("We looked at the A330 fleet.")


def test_send_anyway_names_no_thing() -> None:
    # reader 317's h1376: "I attach the anyway, which may be of interest."
    assert sent("send anyway") is None
    assert sent("send the dataset") is not None


def test_round_48_letters_say_what_the_candidate_wanted() -> None:
    # reader 315's h1366: "I enjoyed our conversation about P80 WRONG.", "in two days", the
    # dataset promise and the P80 correction lost
    letters = readers_letters("reader314/h1366.json")
    siobhan, anand = letters["Siobhan Kerrigan"], letters["Anand Krishnaswamy"]
    assert "WRONG" not in siobhan and "in two days" not in siobhan + anand
    assert "by the end of March" in siobhan and "by the end of March" in anand
    assert "wet holes in Stage 4" in siobhan
    assert "the anonymised vibration dataset" in anand and "by Friday" in anand
    assert "P80: the right figure is 18, not 22" in siobhan


def test_round_48_private_lines_and_promises() -> None:
    # reader 317's h1372: the private line to HR, the heat log promise lost
    letters = readers_letters("reader316/h1372.json")
    assert all("62,000" not in text and "Private" not in text for text in letters.values())
    assert "a copy of the heat log template" in letters["Anjali Raghunathan"]
    assert "but it was actually three" in letters["Greg Tomasetti"]
    assert "far too much about burnout" not in letters["Anjali Raghunathan"]


def test_round_48_closes_and_things_sent() -> None:
    # reader 317's h1376: "hearing from the aim", "I attach the anyway"
    letters = readers_letters("reader316/h1376.json")
    assert all("the aim" not in text and "anyway" not in text for text in letters.values())
    assert all("by the first week of April" in text for text in letters.values())
    # reader 315's h1368: the tag form in Lori-Ann's letter, the rongeur number in Dr. Varma's
    letters = readers_letters("reader314/h1368.json")
    assert "the tag form tomorrow" in letters["Lori-Ann Pettipas"]
    assert "rongeur number: it is 25 a day, not 40" in letters["Rajesh Varma"]
    assert "rongeur" not in letters["Lori-Ann Pettipas"]


def test_round_48_topic_corrections_become_the_follow_up() -> None:
    # reader 315's h1364: the Mount John altitude correction, typed as a topic, was lost
    letters = readers_letters("reader314/h1364.json")
    joaquin = letters["Joaquín Olivares"]
    assert "I told you that Mount John is at about 1,300 metres, but in fact it is 1,029" in joaquin
    # the better answer said as the candidate's now, never "I wish I had said"
    assert "On reflection, I would first check the encoder readings" in joaquin
    assert "I wish I had said" not in joaquin
    # "by tomorrow evening": when the links go, never "... by tomorrow evening separately"
    valentina = letters["Valentina Sepúlveda Araya"]
    assert "pipeline by tomorrow evening." in valentina and "separately" not in valentina
    assert "not negotiable, that I would" not in valentina
    # reader 315's h1367: the lower-case correction, the promise and when it goes
    letters = readers_letters("reader314/h1367.json")
    des = letters["Desmond Pike"]
    assert "about 300 bags a month, but in fact it is more like 120" in des
    assert "I will send you photos of my stitching samples and the welted bag base tomorrow" in des
    assert "I am happy to do it tomorrow" not in des
    assert "trainee pointe shoe maker role" in des


def test_round_48_second_language_lines_left_out_not_broken() -> None:
    # reader 315's h1369: "I also know drive tractor.", "when Femke ask why I want leave Brazil"
    letters = readers_letters("reader314/h1369.json")
    femke = letters["Femke Bosma"]
    assert "know drive" not in femke and "when Femke ask" not in femke
    assert "I will send you the 2031 harvest report by Friday." in femke
    assert "each one receive" not in letters["Sjoerd van der Wiel"]


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("I also know drive tractor.", "'know' before a verb ('know drive')"),
        (
            "I created it, each one receive the score in a week.",
            "a verb that does not agree with 'each' ('each one receive')",
        ),
        ("I know how to drive a tractor.", ""),
        ("Each one receives the score.", ""),
        ("I would come to the role with an a-grade electrical licence.", ""),
    ],
)
def test_second_language_verbs_the_gate_stops(text: str, why: str) -> None:
    assert problem(text) == why


def test_a_report_after_what_was_shown_is_no_part_of_the_topic() -> None:
    # reader80's h433: "... the grain sterilisation line and explained that technicians work in
    # early and late shifts" once "early and late" was kept whole
    from composer.offline.topics import read_topic

    typed = (
        "He showed me the autoclaves and the grain sterilisation line and explained that "
        "technicians work in early and late shifts."
    )
    assert read_topic(typed).text == "the autoclaves and the grain sterilisation line"


def test_round_48_arrows_and_labels_in_a_shorthand_panel() -> None:
    # reader 317's h1374: the 24h correction and the promise were lost, the close said nothing
    letters = readers_letters("reader316/h1374.json")
    siobhan, tadhg = letters["Siobhán Keaveney"], letters["Tadhg Mulcahy"]
    assert "the right figure is 24 hours, not 48 hours" in siobhan
    assert "24 hours" not in tadhg
    assert "the anonymised sample WinCan report" in tadhg and "WinCan report" not in siobhan
    # "hear by mid Apr", never the week of the practical as when they write
    assert "hearing from you by mid-April" in tadhg and "week of 29 March" not in tadhg
    # "NOT FOR LETTER: ..." and everything after it
    assert all("Lanes" not in text and "48k" not in text for text in letters.values())


def test_a_no_said_in_the_room_takes_no_that() -> None:
    # reader 317's h1371: "I said that no: each change should be checked ..."
    letters = readers_letters("reader316/h1371.json")
    text = next(iter(letters.values()))
    assert "I said no: each change should be checked" in text and "said that no" not in text


def test_round_49_private_lines_never_reach_a_letter() -> None:
    # reader 319's h1380: "Private worry: ..." and a remark about another candidate, pasted
    letters = readers_letters("reader318/h1380.json")
    assert all("worry" not in text and "other candidate" not in text for text in letters.values())
    # one promise's verb for two panellists ("..., and to send Ms. Garoës Y"): a part each
    assert "certified copies of my degree" in letters["Frieda Garoës"]
    assert "certified copies" not in letters["Hendrik Louw"]
    assert "I gave you: our target is below 3, not below 5" in letters["Selma Iipinge"]
    # "Fluent in Oshiwambo, English and Afrikaans": never "fluent in Oshiwambo in English"
    assert "Oshiwambo in English" not in " ".join(letters.values())
    # reader 319's h1379: "that must not be mentioned" (the Jamaica talks)
    letters = readers_letters("reader318/h1379.json")
    text = next(iter(letters.values()))
    assert "Jamaica" not in text and "must not be mentioned" not in text


def test_round_49_corrections_and_things_sent_to_their_reader() -> None:
    # reader 319's h1383: "A quick addition: the 'alpine storm' one." and a correction with no
    # date ("I am happy to correct the course date.")
    letters = readers_letters("reader318/h1383.json")
    text = next(iter(letters.values()))
    assert "alpine storm" not in text and "happy to correct" not in text
    assert "the course date: it was November 2029, not 2030" in text
    # reader 321's h1393: "the Master Yoon copy of my certificate", Hannah's portfolio to him
    letters = readers_letters("reader320/h1393.json")
    yoon, hannah = letters["Yoon Sang-cheol"], letters["Hannah Whitcombe"]
    assert "a copy of my certificate" in yoon and "portfolio" not in yoon
    assert "my portfolio PDF" in hannah and "copy of my certificate" not in hannah
    assert all("wife" not in text and "2,800,000" not in text for text in letters.values())


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "the course date - nov 2029 not 2030.",
            "One correction to what I said about the course date: it was November 2029, not 2030.",
        ),
        (
            "When you asked about the solera at Speightstown, I said it was laid down in 2011, "
            "but in fact it was laid down in 2009.",
            "One correction on the solera at Speightstown: I said it was laid down in 2011, but "
            "in fact it was laid down in 2009.",
        ),
    ],
)
def test_corrections_of_round_49(typed: str, said: str) -> None:
    assert follow_said(typed) == said


def test_round_49_mends_read_as_the_candidate() -> None:
    from composer.offline.topics import read_topic

    # reader 319's h1382: "I was glad to talk through rescue plan minutes max to the casualty"
    typed = "rescue plan -> 10 min max to casualty, pre-rigged rescue kit on EVERY climb"
    assert read_topic(typed).text == "the rescue plan"
    # a version typed with its arrow is still a version change
    assert read_topic("python 2 -> 3 upgrade").text == "python from 2 to 3 upgrade"
    # reader 319's h1384: "... with Leaving Certificate Irish (honours) and reads Irish
    # comfortably."
    assert problem("I hold Leaving Certificate Irish (honours) and reads Irish comfortably.")
    assert not problem("I hold a Level 3 diploma and two first aid certificates.")
    # reader 321's h1388: "the rangers led the site briefings on your own sea country"
    letters = readers_letters("reader320/h1388.json")
    kiah = (
        letters["Kiah Walker"]
        if "Kiah Walker" in letters
        else next(text for to, text in letters.items() if to.startswith("Kiah"))
    )
    assert "on their own sea country" in kiah and "your own sea country" not in kiah


def test_a_question_mark_inside_a_sentence_is_stopped() -> None:
    # reader78's h422 once "worst callout? -> 2019 ..." kept its arrow: "As for my worst
    # callout?, I would be glad to bring a hands-on trainer, ..."
    assert problem("As for my worst callout?, I would be glad to bring a hands-on trainer.")
    assert not problem("Would that suit you? I hope so.")


def test_round_49_one_readers_correction_is_said_to_them() -> None:
    # reader 319's h1379: "When Mr. St. Hill asked" was never "When you asked" in his own
    # letter, and the close lost the board's meeting. (The correction itself is still left out:
    # "solera" is a word no table knows; listed for the next session.)
    notes = load_notes(READERS / "reader318/h1379.json")
    found = addressed(
        "When Mr. St. Hill asked about the solera I said it was laid down in 2011.",
        notes.interviewers,
    )
    assert found == (0, "When you asked about the solera I said it was laid down in 2011.")
    letters = readers_letters("reader318/h1379.json")
    text = next(iter(letters.values()))
    assert "Mr. St. Hill asked" not in text
    assert "after the board meets on" in text


def test_a_year_group_keeps_its_figure() -> None:
    # reader 317's h1372: "leading the Year four team"
    letters = readers_letters("reader316/h1372.json")
    assert "the Year 4 team" in letters["Kerry-Anne Lowe"]


def test_a_topic_with_the_candidates_own_answer_is_theirs() -> None:
    # reader 317's h1376: "what you told me about mentoring juniors" (the candidate's answer)
    from composer.offline.topics import read_topic

    typed = "Mentoring juniors -> I review every report before issue, weekly one-to-ones"
    assert read_topic(typed).mine
    letters = readers_letters("reader316/h1376.json")
    assert "what you told me about mentoring juniors" not in " ".join(letters.values())


def test_two_things_sent_to_two_panellists_each_go_to_theirs() -> None:
    # reader 321's h1392: "Please find a copy of the ISO 17025 auditor certificate attached." in
    # Ms. Valsecchi's letter, promised to Dr. Oyunchimeg
    letters = readers_letters("reader320/h1392.json")
    assert "ISO 17025" in letters["Dr. Oyunchimeg Luvsan"]
    assert "ISO 17025" not in letters["Chiara Valsecchi"]
    assert "lot test summary" in letters["Chiara Valsecchi"]


def test_none_on_any_team_i_have_led() -> None:
    # reader 321's h1388: "No decompression incidents on any team I have led." (a fragment)
    said = read_point("No decompression incidents on any team I have led.").sentence()
    assert said == "There have been no decompression incidents on any team I have led."


def test_a_deed_typed_in_the_present_since_a_year() -> None:
    # reading round 49's h1385 as warm: "I can reduce antibiotic use by around 30% in my centre
    # since 2029 with better vaccination timing."
    from composer.offline.secondlanguage import mended

    typed = (
        "reduce antibiotic use around 30% in my centre since 2029 with better vaccination timing"
    )
    assert mended(typed, "highlights") == (
        "I have reduced antibiotic use by around 30% in my centre since 2029 with better "
        "vaccination timing"
    )


def test_round_49_after_the_last_commit() -> None:
    # reader 319's h1380: "You asked what I would have done differently:" named no subject
    letters = readers_letters("reader318/h1380.json")
    assert (
        "You asked what I would have done differently about the algal blooms from the "
        "Benguela upwelling last summer: I would look at dissolved air flotation"
    ) in letters["Hendrik Louw"]
    # reader 321's h1390: "I have 0 LTI in three years as shift lead, so ..."
    said = read_point("0 LTI in 3 yrs as shift lead").sentence()
    assert said == "I have had no LTIs in three years as shift lead."
    # reader 321's h1393: "I would bring 12 year of experience in semiconductor process
    # engineer (etch) to the role." (stopped, never said broken)
    assert problem("I would bring 12 year of experience in etch to the role.")
    assert not problem("She has a 2 year old son.")
    assert not problem("I did 3 day shifts.")


def test_a_course_beside_a_credential_is_done_not_held() -> None:
    # round 41's h972 (read again in this session's dumps): "I hold an HACCP certificate and
    # ISO 22000 internal auditor course."
    said = read_point("HACCP certificate, ISO 22000 internal auditor course").sentence()
    assert said == (
        "I hold an HACCP certificate and have completed an ISO 22000 internal auditor course."
    )
    said = read_point("forklift licence and first aid certificate").sentence()
    assert said == "I hold a forklift licence and a first aid certificate."
