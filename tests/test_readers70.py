"""Session 70: faults blind readers 299 and 301 (round 44) quoted, faults left from round 43
(reader290's h1268, reader296's h1294, reader286's h1251), and the note shapes behind them.
Every expected sentence is written here by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from composer.offline.items import read_point
from composer.offline.phrasebook import Variation
from composer.offline.rapport import rapport_line
from composer.offline.topicparts import topic_parts
from composer.offline.topics import read_topic
from composer.rolename import role_name
from tests.test_readers65 import close_said, follow_said, readers_letters
from tests.test_readers67 import _said as rapport_said

# Round 44's interviews were on Tuesday 11 November 2031, the letters sent the day after.
_DAYS = (dt.date(2031, 11, 11), dt.date(2031, 11, 12))


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # reader 290's h1268: "I hold RMT and have six years of experience in blood bank at ..."
        (
            "rmt, 6 yrs blood bank @ batangas provincial hospital",
            "I am an RMT and have six years of blood bank experience at Batangas Provincial "
            "Hospital.",
        ),
        # reader 299's h1302: "I have had zero breakthroughs, six seasons as supervisor."
        (
            "zero breakthroughs, 6 seasons as supervisor",
            "I have had no breakthroughs in six seasons as supervisor.",
        ),
        # reader 301's h1307: "I have had zero LTI 31 months, my crew."
        ("zero LTI 31 months, my crew", "My crew has had no LTIs in 31 months."),
        # reader 299's h1304: "I have had zero lost-time incidents in my shift in three years."
        (
            "zero lost-time incidents in my shift 3 yrs",
            "My shift has had no lost-time incidents in three years.",
        ),
        # reader 299's h1302: "I cut grader breakdowns with cold-start routine."
        (
            "cut grader breakdowns w/ cold-start routine",
            "I cut grader breakdowns with a cold-start routine.",
        ),
        # a team worked with is no means: never "with a repairs team"
        (
            "set up a damp reporting drop-in with the repairs team",
            "I set up a damp reporting drop-in with the repairs team.",
        ),
        # reader 299's h1304: "I cut the reject rate on sulphuric line ..."
        (
            "cut reject rate on sulphuric line from 4.1% to 1.3% (2028-2030)",
            "I cut the reject rate on the sulphuric line from 4.1% to 1.3% between 2028 and 2030.",
        ),
        # reader 299's h1303: "I would join the team with a conservation degree and academy of
        # fine arts kraków."
        (
            "conservation degree, academy of fine arts kraków",
            "I hold a conservation degree from the Academy of Fine Arts Kraków.",
        ),
        # reader 301's h1313: "I built audit report template now used by ..."
        (
            "built audit report template now used by whole team at current job",
            "I built an audit report template now used by the whole team at my current job.",
        ),
        # reader 301's h1313: a pasted list of tools after the work done with them
        (
            "manual + automated testing, axe, NVDA, VoiceOver, TalkBack",
            "I have experience in manual and automated testing with axe, NVDA, VoiceOver and "
            "TalkBack.",
        ),
        # kinds of work after a comma are no tools
        (
            "graphic design, print, copywriting",
            "I have experience in graphic design, print and copywriting.",
        ),
        # reader 301's h1312: "..., most of whom aged sixteen to nineteen."
        (
            "I trained more than twenty kitchen apprentices, most of them aged sixteen to "
            "nineteen.",
            "I trained more than twenty kitchen apprentices, most of them aged sixteen to "
            "nineteen.",
        ),
        # reader 301's h1311: "... as an English teacher at Secondary School in Zaragoza."
        (
            "11 yrs english teacher @ secondary school in zaragoza",
            "I have 11 years of experience as an English teacher at a secondary school in "
            "Zaragoza.",
        ),
        # reader 301's h1308: "... Senior Vice President, Property Treaty and at a Bermuda Class
        # 4 reinsurer."
        (
            "Twenty-two years in property catastrophe reinsurance, the last nine as Senior Vice "
            "President, Property Treaty, at a Bermuda Class 4 reinsurer.",
            "I have spent twenty-two years in property catastrophe reinsurance, the last nine as "
            "Senior Vice President, Property Treaty, at a Bermuda Class 4 reinsurer.",
        ),
    ],
)
def test_points_of_round_44(typed: str, said: str) -> None:
    assert read_point(typed).sentence() == said


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # reader 290's h1268: the correction told Dr. Villanueva was lost
        (
            "told them ~2 antibody id panels/wk, actually ~2/day in peak dengue season.",
            "One correction to what I said in the interview: about two antibody ID panels a day "
            "in peak dengue season, not two a week.",
        ),
        # reader 286's h1251: a span said as one, put right as two stints
        (
            "said 12 yrs total exp - actually 9 fire assay + 3 lab asst",
            "One correction to what I said in the interview: of my 12 years of experience, nine "
            "were in fire assay and three as a lab assistant.",
        ),
        # session 69's closing list: "six years welding, not eight"
        (
            "said 8 yrs welding - actually 6",
            "One correction to what I said in the interview: I have six years of welding "
            "experience, not eight.",
        ),
        # reader 299's h1302: the correction was marked a note to self ("- correct it")
        (
            "said 38 loads/day peak, actually 31 - correct it",
            "One correction to what I said in the interview: the figure is 31 loads a day at "
            "peak, not 38.",
        ),
        # reader 299's h1304: "I would be glad to correct the 25/50 µm thing."
        ("correct the 25/50 µm thing", None),
        # reader 299's h1303: the photos promised were lost ("before/after")
        (
            "send photos of the altar before/after & the shopfront glass",
            "I have attached the before-and-after photos of the altar and the shopfront glass in "
            "case they help.",
        ),
        # reader 301's h1309: the book's name promised was lost, and a name is never attached
        (
            "Also I promise to send him the name of the book about olive oil tasting I tell him",
            "As promised, I will send you the name of the book about olive oil tasting I "
            "mentioned.",
        ),
        # reader 301's h1308: "..., and I should like to correct it." (the note's order) said
        (
            "During the interview I gave our 2030 combined ratio as 81 per cent; the correct "
            "figure is 84 per cent, and I should like to correct it.",
            "One correction: during the interview I gave our 2030 combined ratio as 81 per cent; "
            "the correct figure is 84 per cent.",
        ),
        # a note to settle before writing is never offered ("I am happy to check ...")
        ("check the strike number w/ old logbook before writing", None),
    ],
)
def test_follow_ups_of_round_44(typed: str, said: str | None) -> None:
    assert follow_said(typed) == said


def test_a_told_correction_with_a_figure_goes_to_who_heard_it() -> None:
    # reader 290's h1268: "correction: told dr. villanueva ~2 antibody id panels/wk, ..." was
    # lost in every letter
    letters = readers_letters("reader290/h1268.json")
    said = "about two antibody ID panels a day in peak dengue season, not two a week"
    assert said in letters["Ramon Villanueva"]
    assert all(said not in text for to, text in letters.items() if to != "Ramon Villanueva")


def test_a_measure_told_one_panellist_is_put_right_in_her_letter() -> None:
    # reader 296's h1294: "told lerato chenin was at ph 3.2, it was ta 6.5 g/l & ph 3.35. fix"
    letters = readers_letters("reader296/h1294.json")
    lerato = next(text for to, text in letters.items() if "Lerato" in to)
    assert "was at TA 6.5 g/L and pH 3.35, not pH 3.2" in lerato


def test_a_careful_correction_keeps_its_right_figure() -> None:
    # reader 299's h1299: "I stated that the Kutná Hora restoration took eighteen months." and
    # nothing more: the letter repeated the wrong figure
    letters = readers_letters("reader298/h1299.json")
    holubova = letters["Jana Holubová"]
    assert (
        "I stated that the Kutná Hora restoration took eighteen months; in fact, it took "
        "twenty-two months" in holubova
    )
    assert "Dr. Holubová said" not in holubova
    assert "1866-turret" not in holubova
    assert "which of you" not in letters["Tomáš Kratochvíl"]


def test_a_promise_to_a_panellist_named_bare_is_said_to_them() -> None:
    # reader 299's h1300: "I have attached the Henrik high-resolution photographs ..." and
    # "which I would like to tell him about" (to Henrik)
    henrik = readers_letters("reader298/h1300.json")["Henrik Almqvist"]
    assert (
        "I will send you high-resolution photographs of the grandmother portrait proofs" in henrik
    )
    assert "tell you about" in henrik and "tell him" not in henrik


def test_a_half_typed_part_of_a_follow_up_is_left_out() -> None:
    # reader 299's h1304: "... the night shift allowance, ask you because if the rotation is."
    lim = readers_letters("reader298/h1304.json")["Lim Chee Keong"]
    assert "rotation is." not in lim and "25/50" not in lim
    assert "SPC chart example" in lim


@pytest.mark.parametrize(
    ("typed", "reader", "said"),
    [
        # reader 299's h1299: "..., and Dr. Holubová said I should hear by 5 December." to her
        (
            "The board of trustees meets on 27 November, and Dr. Holubová said I should hear by "
            "5 December.",
            ("Jana Holubová", "Jana", "Dr. Holubová"),
            "I look forward to hearing from you by 5 December",
        ),
        # reader 301's h1308: the board's date became "in due course"
        (
            "Mr. Trimingham said the board would consider the appointment on 3 December.",
            ("Jonathan Trimingham", "Jonathan", "Mr. Trimingham"),
            "I look forward to hearing from you after the board meets on 3 December",
        ),
        # reader 299's h1302: "I hope to have the chance of the build starts around December 20."
        (
            "decision before Dec 1. build starts ~Dec 20, depends on ice",
            ("Sam Okimaw", "Sam"),
            "I look forward to hearing from you before December 1",
        ),
    ],
)
def test_closes_of_round_44(typed: str, reader: tuple[str, ...], said: str) -> None:
    assert close_said(typed, reader, days=_DAYS) == said


@pytest.mark.parametrize(
    ("typed", "text"),
    [
        # reader 290's h1268: "Fridge temperature excursion was the part I found most ..."
        (
            "fridge temp excursion -> what i did when our blood bank ref went to 8°c at 2am",
            "the fridge temperature excursion",
        ),
        # reader 299's h1304: "I was glad of the chance to discuss 12-hr shifts with you."
        ("12-hr shifts, 3 leaders under me, ~24 operators", "12-hour shifts"),
        # reader 301's h1313: "talk through WCAG 2.2 new criteria"
        ("WCAG 2.2 new criteria - focus not obscured, target size", "the new WCAG 2.2 criteria"),
        # reader 299's h1299: a question in a sentence of its own, then the answer, was left out
        (
            "Whether the electric auto-winding units fitted in the 1970s should be kept or "
            "replaced. I said that they should be kept where they work.",
            "whether the electric auto-winding units fitted in the 1970s should be kept or "
            "replaced",
        ),
        # reader 301's h1312: people named by who they are take no "the"
        (
            "Working with Aboriginal and Torres Strait Islander families and community Elders",
            "working with Aboriginal and Torres Strait Islander families and community Elders",
        ),
    ],
)
def test_topics_of_round_44(typed: str, text: str) -> None:
    assert read_topic(typed).text == text


@pytest.mark.parametrize(
    "typed",
    [
        # reader 299's h1299: "... which of you need new ladders" (split at its "and")
        "Access to the clock chambers in the towers, and which of them need new ladders and "
        "lighting before any work can begin.",
        # reader 301's h1312: "The time we spent on community Elders was ..."
        "Working with Aboriginal and Torres Strait Islander families and community Elders, and "
        "when to ask for his support.",
    ],
)
def test_a_topic_whose_question_points_back_is_one_topic(typed: str) -> None:
    assert topic_parts(typed) == [typed]


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # reader 301's h1307: "I hope all goes smoothly with the move family to Sola in January."
        (
            "moving family to Sola in Jan, new house",
            "I hope all goes smoothly with the move to Sola in January.",
        ),
        # reader 301's h1309: "I hope you get to go next year." (go where?)
        ("he want to go next year", None),
    ],
)
def test_rapport_of_round_44(typed: str, said: str | None) -> None:
    assert rapport_said(typed) == said


def test_a_lecture_still_to_come_is_attended() -> None:
    # reader 301's h1308: "..., and I intend to watch it." (a lecture later this month)
    line = rapport_line(
        "She recommended the Bermuda Institute of Ocean Sciences lecture on hurricane "
        "intensification later this month.",
        (),
        tone="formal",
        channel="email",
        variation=Variation(""),
        days=_DAYS,
    ).text
    assert line is not None and "attend" in line and "watch" not in line


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # reader 301's h1311: "the audiovisual translator en>es role" (the languages' names
        # would be words the notes never typed: the role is said without the codes)
        ("subtitler / audiovisual translator en>es", "audiovisual translator"),
        ("Translator EN->FR", "Translator"),
        ("Translator", "Translator"),
    ],
)
def test_a_language_pair_in_a_role_is_left_out(typed: str, said: str) -> None:
    assert role_name(typed) == said


def test_a_linkedin_note_says_the_correction_before_a_topic() -> None:
    # reader 299's h1301: the start-date correction, the reason to write, was left out of the
    # 300-character note
    note = readers_letters("reader298/h1301.json")["Gareth Moyle"]
    assert "One correction: I have checked my notice period and I can start on 8 December." in note
    assert len(note) <= 300


@pytest.mark.parametrize(
    ("typed", "text"),
    [
        # reader 299's h1306: the only topic was left out ("a measure follows 'tower'")
        (
            "living alone up at the tower 14 days at a time",
            "living alone up at the tower for 14 days at a time",
        ),
        # reader 299's h1305: "Thank you for talking with me about the Contract and ..."
        (
            "Contract is in Medellín, relocation help, and English course paid by company",
            "the contract",
        ),
    ],
)
def test_more_topics_of_round_44(typed: str, text: str) -> None:
    assert read_topic(typed).text == text


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # reader 305's h1323: "... Senior Verger of St Chad's Church and Shrewsbury."
        (
            "Twenty-two years in vergers' work, the last nine as Senior Verger of St Chad's "
            "Church, Shrewsbury",
            "I have spent twenty-two years in vergers' work, the last nine as Senior Verger of St "
            "Chad's Church, Shrewsbury.",
        ),
        # reader 305's h1326: "I have 0 LTIs 3 years on my team."
        ("0 LTIs 3 yrs on my team", "My team has had no LTIs in 3 years."),
        # reader 305's h1324: "I have experience with Finnish and Swedish fluent, English
        # professional."
        (
            "Finnish and Swedish fluent, English professional",
            "I speak fluent Finnish and Swedish, and professional English.",
        ),
        # reader 294's h1286: "I presented a paper at Stanford geothermal workshop in 2029."
        (
            "paper at stanford geothermal workshop 2029",
            "I presented a paper at the Stanford geothermal workshop in 2029.",
        ),
        # reader 293's h1277 (a LinkedIn note): "Final-year research project on screen time ..."
        # said bare, with no verb
        (
            "Final-year research project on screen time and myopia progression in 140 children "
            "aged 9 to 12",
            "My final-year research project was on screen time and myopia progression in 140 "
            "children aged 9 to 12.",
        ),
        # reader 235's h1043: "I have experience with BAMS, Government Ayurveda College and
        # Thiruvananthapuram."
        (
            "BAMS, Government Ayurveda College, Thiruvananthapuram",
            "I hold a BAMS from Government Ayurveda College in Thiruvananthapuram.",
        ),
        # a post held once, said in the past (never "I am a Former Safety Officer.")
        ("Former Safety Officer", "I was a Safety Officer."),
        # a second post after a semicolon is no "with" ("..., with convenor of ...")
        (
            "Chartered Member of CILIP; convenor of the Scottish incunabula census since 2027",
            "I have been a Chartered Member of CILIP and convenor of the Scottish incunabula "
            "census since 2027.",
        ),
    ],
)
def test_points_of_round_45(typed: str, said: str) -> None:
    assert read_point(typed).sentence() == said


def test_a_start_after_the_decision_is_no_chance_hoped_for() -> None:
    # reader 305's h1324: "I hope to hear from you on the graduate intake by 19 December and the
    # programme starts on 2 February."
    said = close_said(
        "They will decide on the graduate intake by 19 December and the programme starts on 2 "
        "February.",
        ("Helena Virtanen", "Helena"),
        days=(dt.date(2031, 12, 9), dt.date(2031, 12, 10)),
    )
    assert said == "I look forward to hearing from you on the graduate intake by 19 December"


def test_a_year_put_right_says_in_once() -> None:
    # reader 305's h1323: "... that the Royal Maundy service was in in April 2029, not 2028."
    assert follow_said(
        "I said that the Royal Maundy service was in 2028; it was in April 2029, and I should "
        "like to correct that."
    ) == (
        "One correction to something I said: the Royal Maundy service was in April 2029, not 2028."
    )


def test_a_careful_correction_after_to_be_accurate_is_said_whole() -> None:
    # reader 169's h783: "I said that I hold PA1 and PA6 certificates. To be accurate, ..." was
    # said as "I also wanted to mention that I said that I hold PA1 and PA6 certificates."
    letter = readers_letters("reader168/h783.json")
    said = " ".join(letter.values())
    assert (
        "I said that I hold PA1 and PA6 certificates; to be precise, I hold PA1 and I am booked "
        "onto the PA6 course in March." in said
    )


def test_a_shared_past_keeps_the_candidate_out_of_the_readers_part() -> None:
    # reader 303's h1317: "we both worked on the IJssel cog in Kampen in 2016: she on the hull
    # timbers on the quay." (the candidate's ", I on the quay" read as a name and left out)
    said = rapport_said(
        "We discovered that we both worked on the IJssel cog in Kampen in 2016: she on the hull "
        "timbers, I on the quay."
    )
    assert said is not None and "she on" not in said and "timbers on the quay" not in said
    assert "we both worked on the IJssel cog in Kampen in 2016" in said


def test_an_answer_told_is_said_once() -> None:
    # reader 305's h1324: "When you asked why I chose Sr-90 as the reference source, I said I
    # explained the energy range."
    letters = readers_letters("reader304/h1324.json")
    helena = next(text for to, text in letters.items() if "Helena" in to)
    assert (
        "When you asked why I chose Sr-90 as the reference source, I explained the energy range."
        in helena
    )
