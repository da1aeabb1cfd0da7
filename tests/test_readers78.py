"""Session 78: faults of round 55's files left by session 77 (reader342's h1476, reader344's
h1484) and of round 56, and the note shapes behind them. Every expected sentence is written
here by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from composer.compose import compose
from composer.notes_file import load_notes
from composer.offline.askedback import on_topic
from composer.offline.carefulasked import owed_answer
from composer.offline.items import read_point
from composer.offline.notekept import kept_shape
from composer.offline.secondnotes import normalised
from composer.offline.topicfixes import _fixes_of, corrected_whole
from composer.offline.topics import read_topic
from tests.test_readers65 import READERS, readers_letters


def test_a_figure_owed_since_the_room_is_given_to_who_asked() -> None:
    # reader342's h1476: "He asked what a camera station costs per season. I said I would have
    # to check. I should have given him the figure: about Rs 9,500 per station per season, ..."
    # The base left the whole exchange out: the figure is what the finance officer waits for.
    letter = readers_letters("reader342/h1476.json")["Anand Iyer"]
    assert (
        "When you asked what a camera station costs per season, I said I would have to check: "
        "it is about Rs 9,500 per station per season, including batteries, SD cards and theft "
        "losses."
    ) in letter
    assert "should have given" not in letter


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "I said I would have to check. I should have given him the figure: about Rs 9,500 "
            "per station per season",
            "I said I would have to check: it is about Rs 9,500 per station per season",
        ),
        (
            "I'd find out. I should have told her the date: the plant restarts on 3 March.",
            "I said I would find out: the plant restarts on 3 March",
        ),
        (
            "I would have to look it up. I should have given them the number: ~40 beds",
            "I said I would have to look it up: it is 40 beds",
        ),
    ],
)
def test_an_answer_put_off_in_the_room_is_said_with_what_it_owed(typed: str, said: str) -> None:
    assert owed_answer(typed) == said


@pytest.mark.parametrize(
    "typed",
    [
        "I said I would have to check.",  # nothing owed typed
        "I should have given him the figure: about Rs 9,500.",  # no answer put off
        "I said I would check. I should have given him the figure: I forgot it!!",
    ],
)
def test_a_line_that_owes_nothing_readable_is_no_owed_answer(typed: str) -> None:
    assert owed_answer(typed) is None


def test_a_rate_per_thing_per_season_is_no_pair_of_notes() -> None:
    line = "about Rs 9,500 per station per season, including batteries"
    assert kept_shape(f"It is {line}.", line) == ""
    # two counts side by side are still found
    assert kept_shape("We sent 14 boats 4 hrs out.", "14 boats 4 hrs out") != ""


def test_what_a_failure_taught_is_said_in_place_of_the_wish() -> None:
    # reader344's h1484: "She asked about my biggest failure. I talked about the camel milk
    # yoghurt line ..., but I did not explain what I learned. I wish I had said that it taught
    # me to run a small pilot with real customers before buying any equipment." The base
    # pasted both notes to self into the letter.
    letter = readers_letters("reader344/h1484.json")["Njeri Wambugu-Otieno"]
    assert (
        "On my biggest failure, I would also add that it taught me to run a small pilot with "
        "real customers before buying any equipment."
    ) in letter
    assert "I wish I had said" not in letter and "I did not explain" not in letter


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "On my biggest failure, I should have said that it taught me to plan the pilot.",
            "On my biggest failure, I should also have mentioned that it taught me to plan the "
            "pilot.",
        ),
        (
            "On the Leeds project, I should have said that it showed me where audits fail.",
            "On the Leeds project, I should also have mentioned that it showed me where audits "
            "fail.",
        ),
    ],
)
def test_what_a_thing_taught_is_a_clause_said_on_its_topic(typed: str, said: str) -> None:
    assert on_topic(typed) == said


def test_it_with_no_verb_of_what_it_taught_is_no_clause() -> None:
    # "it" of anything else has no thing of the topic's to stand for
    assert on_topic("On my biggest failure, I should have said that it rained.") is None


def test_a_question_the_candidate_answered_is_theirs_never_heard_about() -> None:
    # reader344's h1484: "Whether to launch camel milk powder for export to the Gulf. I said I
    # would first want a proper cost study ..." was thanked for as "I also enjoyed hearing
    # about whether to launch ..."
    typed = (
        "Whether to launch camel milk powder for export to the Gulf. I said I would first want "
        "a proper cost study comparing spray drying with freeze drying, because the energy "
        "costs are very different."
    )
    read = read_topic(typed)
    assert read.text == "whether to launch camel milk powder for export to the Gulf"
    assert read.mine
    told = (
        "Whether to launch camel milk powder for export to the Gulf. Ahmed told us the energy "
        "costs are very different between spray drying and freeze drying."
    )
    assert not read_topic(told).mine
    letter = readers_letters("reader344/h1484.json")["Njeri Wambugu-Otieno"]
    assert "hearing about whether to launch" not in letter


# Round 56 (writers 346 and 348, readers 347 and 349): the shapes both readers scored lowest.


def test_a_correction_a_better_answer_and_a_promise_are_each_said_to_the_only_reader() -> None:
    # reader348's h1499: the follow-up said as one reading dropped the better answer; each
    # part reads alone, so each is said ("my prompt score" is no prompt of a model's)
    letter = readers_letters("reader348/h1499.json")["Dr. Konstanze Ritter-Imhof"]
    assert (
        "On what I do when a singer goes blank in the middle of an ensemble, I should have told "
        "you about the Figaro in 2027, when the Count lost the whole of his Act III recitative "
        "on the opening night and I carried him through it line by line without the audience "
        "noticing."
    ) in letter
    assert "I prompt in nine languages, not eleven." in letter
    assert "two marked-up pages from my prompt score of Káťa Kabanová (Act II)" in letter
    assert "a calm and experienced presence" in letter
    assert "CHF" not in letter and "60 %" not in letter


def test_corrections_typed_in_a_panels_topics_go_to_who_heard_them() -> None:
    # reader348's h1504: "angel's share in tropical ageing. I said 12 % a year. WRONG!! It's
    # about 7 % in our warehouses, ... Fix it, short." and "MUST SAY in his letter: the 15 yr
    # at my current house was mine start to finish, ..."
    letters = readers_letters("reader348/h1504.json")
    castagnet = letters["Pierre-Yves Castagnet"]
    assert (
        "I said the angel's share in tropical ageing is 12% a year, but it is about 7% in our "
        "warehouses."
    ) in castagnet
    hylton = letters["Winston Hylton"]
    assert (
        "the 15-year at my current house was mine from start to finish, from cask selection to "
        "the final blend."
    ) in hylton
    assert "I have sat on the Spirits Pool Association technical committee since 2028." in hylton
    assert "I spirit" not in hylton and "MUST" not in hylton and "mumbled" not in hylton
    natalie = letters["Dr. Natalie Brissett-Gordon"]
    assert "hearing from Natalie" not in natalie  # she is "you" in her own letter
    assert "14 m" not in " ".join(letters.values()) and "Private" not in hylton


def test_a_thing_sent_to_a_panellist_by_a_title_and_an_initial_goes_to_them() -> None:
    # reader348's h1502: "send Dr O lesion spreadsheet (Excel, ...). send Brenda copy of CHT
    # cert" attached both to Brenda
    letters = readers_letters("reader348/h1502.json")
    assert "lesion spreadsheet" in letters["Dr. Luis Ortega-Salinas"]
    assert "lesion spreadsheet" not in letters["Brenda Kowalczyk"]
    assert "CHT certificate" in letters["Brenda Kowalczyk"]
    assert "near Pulaski" in letters["Brenda Kowalczyk"]


def test_a_panels_figure_put_right_and_two_promises_each_reach_their_reader() -> None:
    # reader348's h1500: the uptime correction in a topic, two promises in one sentence, and
    # "I will attach both to the emails." pasted
    letters = readers_letters("reader348/h1500.json")
    assert "the figure is 94.7% for last year, not 97.2%" in letters["Engr. Musa Abdullahi Garba"]
    assert "customer complaint log template" in letters["Halima Yusuf-Danjuma"]
    assert "fault report from the Ijebu site" in letters["Tobias Lindqvist"]
    assert "both to the emails" not in " ".join(letters.values())


def test_second_language_sends_and_a_correction_go_to_each_panellist() -> None:
    # reader348's h1505: "I must to send photos of my inclusions (...) to Tomasz, and copy of my
    # amber expert certificate to Mette. Also correct 3 kg -> 1,3 kg to Tomasz."
    letters = readers_letters("reader348/h1505.json")
    tomasz, mette = letters["Tomasz Wróblewski"], letters["Mette Kjærgaard"]
    assert "photos of my inclusions" in tomasz and "1.3 kg, not 3 kg" in tomasz
    assert "amber expert certificate" in mette and "inclusions" not in mette
    assert "must to" not in tomasz + mette and "I am a course" not in tomasz + mette
    assert "completed Szkoła" not in mette


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "course 'Amber expert - identification and evaluation', Gdańsk, 2031 (certificate)",
            "I completed the course 'Amber expert, identification and evaluation' in Gdańsk in "
            "2031.",
        ),
        (
            "Certified in lithium battery safety and NABCEP PV associate.",
            "I am certified in lithium battery safety and am a NABCEP PV associate.",
        ),
        (
            "Commercial Pilot Licence (Helicopter), issued in 2030.",
            "I hold a Commercial Pilot Licence (Helicopter), issued in 2030.",
        ),
        ("Class 1 licence, obtained 2019", "I hold a Class 1 licence, obtained in 2019."),
        (
            "First aid and remote area first aid certificates, both current.",
            "I hold first aid and remote area first aid certificates, both current.",
        ),
        ("HGV and forklift licences", "I hold HGV and forklift licences."),
    ],
)
def test_cv_lines_of_round_56_are_said_whole(typed: str, said: str) -> None:
    assert read_point(typed).sentence() == said


def test_a_name_after_a_verb_like_word_is_no_deed() -> None:
    # "Spirits Pool Association technical committee, 2028-" was "I spirit Pool Association ..."
    read = read_point("Spirits Pool Association technical committee, 2028-")
    assert read.sentence() is None or "I spirit" not in (read.sentence() or "")
    assert read_point("Designs every piece first in clay").sentence() == (
        "I design every piece first in clay."
    )


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "She asked me how many languages I prompt in. I said eleven. That is not accurate: "
            "it is nine. I was counting Swiss German and Latin. I must correct this, briefly.",
            "One correction: I prompt in nine languages, not eleven.",
        ),
        (
            "staffing of the monitor room - I said I managed 12 operators. WRONG. it was 14 (12 "
            "operators + 2 analysts). correct this",
            "One correction: I said I managed 12 operators, but it was 14.",
        ),
        (
            "she asked about the Law Society index size. I said 4,000 entries. WRONG. it's about "
            "2,600 main entries. fix it",
            "One correction: I said the Law Society index size is 4,000 entries, but it is about "
            "2,600 main entries.",
        ),
        (
            "My final-year project, an Elo-style rating model for inter-county hurling. I told "
            "her it predicted 61 % of results, but that was in-sample. On the held-out 2031 "
            "season it was 58 %. I would like to correct that.",
            "One correction: my final-year project predicted 58% of results, not 61%.",
        ),
    ],
)
def test_corrections_typed_in_topics_are_said_in_one_sentence(typed: str, said: str) -> None:
    assert corrected_whole(typed) == said


def test_a_step_typed_in_the_present_is_welcomed_as_news() -> None:
    # reader346's h1496: "I look forward to Mr. Tam and HR decide within two weeks."
    letters = readers_letters("reader346/h1496.json")
    assert not any("forward to Mr. Tam and HR decide" in text for text in letters.values())
    assert "I managed 14 operators, not 12" in letters["Vasco Tam Chi Keung"]
    assert "incident report template" in letters["Winnie Chao"]
    assert "(not relevant)" not in " ".join(letters.values())


def test_private_notes_and_the_readers_reactions_stay_out() -> None:
    # reader346's h1492: "I should not mention this in any letter, but ..."; "She seemed to
    # value this more than I expected."; the logbook correction and two promises
    letters = readers_letters("reader346/h1492.json")
    dale, priya = letters["Dale Kennard"], letters["Priya Raman"]
    assert "should not mention" not in dale and "78,000" not in dale
    assert "seemed to value" not in priya
    assert "287.4 hours total, not 320" in dale and "when I got home" not in dale
    assert "scans of my logbook pages" in priya
    assert "reference from my old supervisor" in dale


def test_a_name_said_for_another_is_put_right_in_a_thin_linkedin_note() -> None:
    # reader346's h1498: the only thing the candidate flagged, "said Abaiang, meant Marakei"
    note = readers_letters("reader346/h1498.json")["Mere Nakao"]
    assert "I said Abaiang, but I meant Marakei." in note
    assert len(note.split("\n")[0]) <= 200


def test_a_correction_typed_in_a_thin_note_to_one_reader_fits_linkedin() -> None:
    # reader348's h1506: "said 6 yrs, its 7" was left out of a note with room for it
    note = readers_letters("reader348/h1506.json")["Johan Pretorius"]
    assert "I said six years, but it is seven years." in note


def test_promises_typed_as_topics_and_second_language_orders_are_kept() -> None:
    # reader346's h1497: "promise to send her my training log book (excel) for 3 rat: Dara,
    # Sokha, Kiri" and the follow-up "send log book to Dr. Mette. tell correct number 5 mine.
    # (dont write: ...)"
    letters = readers_letters("reader346/h1497.json")
    mette = letters["Dr. Mette Halvorsen"]
    assert "As promised, I have attached my training log book for three rats." in mette
    assert "$" not in mette and "dont write" not in mette and "tell correct" not in mette


def test_the_only_readers_name_typed_after_an_honorific_is_no_part_of_the_thing_sent() -> None:
    # reader346's h1495: "send sir ramon photocopy of tesda certs + photos of ..." and "i said it
    # was a 72v system but actually it was 96v, 72v was the golf cart. should correct"
    letter = readers_letters("reader346/h1495.json")["Engr. Ramon Dela Paz"]
    assert "sir Ramon photocopy" not in letter and "the photocopy of my TESDA" in letter
    assert "it was a 96v system, not 72v." in letter and "golf cart" not in letter


def test_a_careful_count_put_right_and_a_promise_typed_as_topics_go_to_their_readers() -> None:
    # reader346's h1493 sent by email: "I said the Napier library retrofit used 36 bearings.
    # It was 38 (...). I would like to correct that." and "I promised to send Grant the 2029
    # conference paper ... from the University of Auckland that I mentioned."
    notes = load_notes(READERS / "reader346/h1493.json").model_copy(update={"channel": "email"})
    letters = {
        one.to: " ".join(one.text.split())
        for one in compose(notes, today=notes.interview.date + dt.timedelta(days=1))
    }
    assert "the Napier library retrofit used 38 bearings, not 36." in letters["Aroha Tipene-Wilson"]
    grant = letters["Grant McAlister"]
    assert "the ageing tests from the University of Auckland that I mentioned" in grant
    assert "University of the Auckland" not in grant


def test_a_figure_said_wrong_then_called_wrong_is_said_once() -> None:
    # reader348's h1503: "said it takes 4 h, thats wrong, its closer to 6 h in may" and "fix the
    # 4 h thing and the year of the course" (an order to self)
    letter = readers_letters("reader348/h1503.json")["Sanna-Riikka Lehtonen"]
    assert "I said it takes four hours, but it is closer to six hours in May." in letter
    assert "that's wrong" not in letter and "thing" not in letter


def test_a_careful_fact_put_right_and_a_send_this_week_to_the_only_reader() -> None:
    # reader350's h1507 (round 57): "I told her the restoration was completed in 2027. That was
    # wrong: ..."; "I promised Ms. Hanazawa that I would post copies of X this week." (never
    # "I enclose ... this week"); "I showed Ms. Hanazawa the full-size board drawings ..., and
    # she spent some time looking ..." is a moment of the interview, never a CV line to her
    letter = readers_letters("reader350/h1507.json")["Yoshiko Hanazawa"]
    assert (
        "I said the restoration was completed in 2027; in fact, the roof framing was finished "
        "in 2027, but the restoration as a whole was completed in March 2028."
    ) in letter
    assert (
        "As promised, I will send you copies of my Zuiryū-in dismantling records (the member "
        "register and a selection of photographs) this week."
    ) in letter
    assert "enclose copies" not in letter and "showed Ms. Hanazawa" not in letter


# Round 57 (writers 350 and 352, readers 351 and 353, scored on the first commit of this
# session): the corrections the readers found missing in almost every file.


def test_round_57_corrections_typed_with_care_are_said() -> None:
    # reader352's h1516: "I told Danielle that my George Brown practicum was 420 hours; I
    # checked my transcript this evening and it was 490 hours over two placements (...)."
    letters = readers_letters("reader352/h1516.json")
    danielle = letters["Danielle Beauchamp-Nolan"]
    assert "I said that my George Brown practicum was 420 hours, but it is 490 hours." in danielle
    assert "Danielle" not in letters["Sylvie Ranger"].split("Dear", 1)[1]
    # reader352's h1520: "She asked cost per dog per year. I said KSh 480,000. WRONG /
    # incomplete: ... With vet + handler salary it is approx KSh 1.1m per dog team."
    amina = readers_letters("reader352/h1520.json")["Dr. Amina Haji Abdalla"]
    assert (
        "the cost per dog per year is about KSh 1.1 million per dog team, not KSh 480,000" in amina
    )
    helen = readers_letters("reader352/h1520.json")["Helen Fairbrother"]
    assert "PROMISED" not in helen and "the canine welfare SOP" in helen
    # reader350's h1511 (all lower case): "i told him my thesis show was in march. it was 14
    # february. correct this"; "will call after his son's wedding" to him
    baloch = readers_letters("reader350/h1511.json")["Haider Ali Baloch"]
    assert "One correction: my thesis show was on 14 February, not in March." in baloch
    assert "after your son's wedding" in baloch and "his son's" not in baloch


def test_a_list_typed_with_slashes_is_never_cut_inside() -> None:
    # reader352's h1518: "cable tension w/ 4 / 6 / 8 locos → me: ..." was "I also enjoyed hearing
    # about cable tension with 4 /."
    letters = readers_letters("reader352/h1518.json")
    assert not any(" 4 /" in text for text in letters.values())


def test_round_57_corrections_in_thin_and_careful_topics_are_read() -> None:
    # reader352's h1522 (LinkedIn): "said 2 yrs on a hand loom - only 1 really"
    note = readers_letters("reader352/h1522.json")["Morag Maciver"]
    assert "One correction: one year on a hand loom, not two." in note
    # reader352's h1517: "I told him Kenyan roses make up about 40% of the morning rose supply.
    # I checked the supply report this evening and it is closer to 25%; the 40% was ..."
    typed = (
        "I told him Kenyan roses make up about 40% of the morning rose supply. I checked the "
        "supply report this evening and it is closer to 25%; the 40% was what I see at my "
        "current employer."
    )
    assert _fixes_of(typed) == (
        "",
        ["I told him Kenyan roses make up about 40% of the morning rose supply - actually 25%."],
    )
    # reader352's h1516: the orientation that starts once someone is chosen is no step
    letters = readers_letters("reader352/h1516.json")
    assert not any("orientation for the new intervenor starts" in t for t in letters.values())
    assert "hearing from you by Thursday 3 June" in letters["Danielle Beauchamp-Nolan"]


def test_a_correction_typed_as_a_highlight_is_the_follow_ups() -> None:
    # reader350's h1514: "said 3 yrs repair, its 4" typed in the highlights
    notes = normalised(load_notes(READERS / "reader350/h1514.json"))
    assert notes.highlights == []
    assert notes.follow_up == "said 3 yrs repair, its 4."


def test_notes_to_self_of_round_57_are_said_as_the_candidates_points() -> None:
    # reader350's h1512: "MUST say in letter: ready to relocate to Meerut, family has agreed";
    # "SHOULD have said: I already keep a weight + pickup log for every bat, she would like
    # that"; "Should have said also about the concave back for lighter pickup"
    letters = readers_letters("reader350/h1512.json")
    assert "I am ready to relocate to Meerut, and my family has agreed." in letters["Rajiv Sood"]
    bhardwaj = letters["Priyanka Bhardwaj"]
    assert "I already keep a weight and pickup log for every bat." in bhardwaj
    assert "she would like that" not in bhardwaj
    pettifer = letters["Graham Pettifer"]
    assert "I should also have mentioned the concave back for the lighter pickup." in pettifer
    assert "Should have said" not in pettifer


def test_a_laugh_and_a_month_typed_in_lower_case_are_mended() -> None:
    # reader352's h1519: "forklift certified from the warehouse summer job lol" was "The
    # forklift certified from the warehouse summer job."; "she'll call by friday may 28"
    letter = readers_letters("reader352/h1519.json")["Kelsey Brandvold"]
    assert "The forklift certified" not in letter and " lol" not in letter
    assert "Friday, May 28" in letter
    assert read_point("forklift certified from the warehouse summer job lol").sentence() == (
        "I am forklift certified."
    )


def test_a_linkedin_correction_takes_the_shortest_close_only_when_it_needs_it() -> None:
    # reader350's h1514: "said 3 yrs repair, its 4" fits 200 characters only with the shortest
    # close; a note whose correction fits keeps its step ("I hope to hear from HR.", h1466)
    note = readers_letters("reader350/h1514.json")["Khalid Al-Sulaiti"]
    assert "I have four years of repair experience, not three. Hope to speak soon." in note
    assert len(note) <= 200
    assert (
        "Hope to speak soon." not in readers_letters("reader338/h1466.json")["Ratna Sari Wulandari"]
    )
