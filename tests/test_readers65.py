"""Session 65: faults blind readers 239 and 241 quoted (round 29), and the note shapes behind
them. Every expected sentence is written here by hand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from composer.compose import compose
from composer.models import Interviewer
from composer.notes_file import load_notes
from composer.offline.carefulasked import as_kept
from composer.offline.envelope import company_said
from composer.offline.followfor import addressed
from composer.offline.followup import follow_up_line
from composer.offline.items import read_point
from composer.offline.lastgate import last_gate
from composer.offline.namecase import acronym
from composer.offline.nextsteps import next_steps_line
from composer.offline.offer import read_offer
from composer.offline.phrasebook import Variation
from composer.offline.rapport import rapport_line
from composer.offline.secondgrammar import second_grammar
from composer.offline.topicparts import topic_parts
from composer.offline.topics import read_topic
from composer.rules.company import company_mentions
from composer.rules.hygiene import is_leak_line
from composer.rules.text import parse

READERS = Path(__file__).parent / "corpus" / "readers"


@pytest.mark.parametrize(
    "sentence",
    [
        # reader 241's h1073 and round 28's h1047: second-language slips pasted whole
        "When you asked how I organise work, I explained colour code, tray by tray, I label "
        "everything before to start.",
        "When you asked about rain, I said that we use tent and is very important the cleaning.",
        "I said the splice is bad if no clean the fibre.",
        "In addition, I have had no ones customer complaint for my splices in the audit of 2029.",
        "She say the club sponsors the visa.",
        "I have did the refresher in March.",
        "To add to my earlier answer, I have certificate from the course in Vilnius, I send scan.",
    ],
)
def test_second_language_slips_stop_the_sentence(sentence: str) -> None:
    assert second_grammar(sentence)
    assert last_gate(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "When you asked about TLC, I said I had run it on my own many times.",
        "Regarding Kubernetes, I said I had never used it in prod; in fact, I ran our staging "
        "cluster for a year.",
        "When you asked about the budget, I explained how, at my previous employer, I justified "
        "the cost of additional stewards.",
        "I said that after eleven years of handing out arrival cards, I became interested in "
        "biosecurity.",
        "I would, I think, be glad to start in May.",
        "Did she say when the panel meets?",
        "I would mentor the two graduates you have got.",
        "As I said, I would be glad to help before the audit.",
        "It is important to clean the splice before fusing it.",
    ],
)
def test_english_passes_the_second_language_check(sentence: str) -> None:
    assert second_grammar(sentence) == ""


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # reader 241's h1070: "on Saturday" for a regatta ten days off was a wrong date
        (
            "sails a Folkboat, Esbjerg harbour regatta Sat 24 Aug",
            "I hope the Esbjerg harbour regatta on Saturday 24 August goes well.",
        ),
        # the month after the day was said before it ("recital August on the 24th")
        (
            "her daughter has a recital on Saturday 24th August",
            "I hope your daughter's recital on Saturday 24 August goes well.",
        ),
        # reader 241's h1068: what he does now is his alone (was "we both trained in Glasgow
        # and still misses the curry on Gibson Street")
        (
            "He also trained in Glasgow and still misses the curry on Gibson Street.",
            "I enjoyed discovering that we both trained in Glasgow.",
        ),
    ],
)
def test_personal_lines_of_round_29(typed: str, said: str) -> None:
    assert rapport_line(typed, ()).text == said


def close_said(
    typed: str,
    reader: tuple[str, ...] = (),
    days: tuple[dt.date, dt.date] = (dt.date(2030, 8, 13), dt.date(2030, 8, 14)),
) -> str:
    """The close of a warm email for the step `typed` (met on `days[0]`, sent on `days[1]`)."""
    return next_steps_line(
        typed, frozenset(), "warm", "email", Variation(""), days=days, reader=reader
    )


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # reader 241's h1067: the date after the weekday's comma was cut ("by Friday", read
        # as two days after the letter, for 30 August)
        (
            "Dr. Brenner will write to me with a decision by Friday, 30 August. If it is "
            "positive, I shall be invited to voice two sample reed pipes in their workshop.",
            "I look forward to hearing from you by Friday 30 August",
        ),
        # reader 241's h1072: their other interviews are no time ("hearing from you after
        # interviewing 2 more"); "end Aug" said with its article
        (
            "they decide after interviewing 2 more, answer by end Aug. medical + visa if yes",
            "I look forward to hearing from you by the end of August",
        ),
        ("decision by end of month", "I look forward to hearing from you by the end of the month"),
    ],
)
def test_closes_of_round_29(typed: str, said: str) -> None:
    assert close_said(typed) == said


def follow_said(typed: str) -> str | None:
    """The follow-up of a warm email for the line `typed`."""
    return follow_up_line(typed, frozenset(), "warm", "email", Variation(""))


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # reader 241's h1071: the correction was lost ("meant" after an arrow)
        (
            "said withering 14-16 hrs -> meant 12-16 hrs at our factory.",
            "One correction: I said 14 to 16 hours for withering, but it is 12 to 16 hours at "
            "our factory.",
        ),
        (
            "said withering 14-16 hrs, actually 12-16 hrs at our factory",
            "One correction: I said 14 to 16 hours for withering, but it is 12 to 16 hours at "
            "our factory.",
        ),
        # reader 241's h1070: the correction and the promise were both lost, "send" typed in
        # lower case after the stop; "scan X + Y" is scans of both
        (
            "said 11 yrs rope access, actually 9. send scan IRATA logbook + GWO certs",
            "One correction to what I said in the interview: I have nine years of rope access "
            "experience, not 11. I have attached scans of my IRATA logbook and GWO certificates "
            "in case they help.",
        ),
    ],
)
def test_follow_ups_of_round_29(typed: str, said: str) -> None:
    assert follow_said(typed) == said


def test_a_thing_sent_to_a_panellist_named_last_goes_to_them() -> None:
    # reader 241's h1071: "As promised, I have attached the attachment report to grace."
    people = [Interviewer(name="Peter Otieno"), Interviewer(name="Grace Chebet")]
    assert addressed("send attachment report to grace as promised", people) == (
        1,
        "send attachment report as promised",
    )
    assert addressed("send attachment report to head office as promised", people) is None


def _point(typed: str) -> str | None:
    return read_point(typed).sentence()


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # reader 239's h1061 ("I cut cycle time went by 12% with a Damietta approach channel."):
        # the "went" the shorthand spelled out is said once; a named place after the dash is
        # no means ("with a Damietta approach channel"), a tool is
        ("cycle time down 12% - Damietta approach channel, 2028", "I cut the cycle time by 12%."),
        ("cut waiting time 30% - Kanban board", "I cut waiting time by 30% with a Kanban board."),
        # reader 241's h1070: "I led a 2-man rope teams"
        ("led 2-man rope teams", "I led 2-man rope teams."),
        ("built 48-unit scheme in Leeds", "I built a 48-unit scheme in Leeds."),
        # reader 239's h1059: a school's town after its comma is no second award ("... 'Jef
        # Denyn' and Mechelen"); a diploma "of" its school was "a Diploma at of the ..."
        (
            "Diploma of the Royal Carillon School 'Jef Denyn', Mechelen (1999)",
            "I hold a diploma of the Royal Carillon School 'Jef Denyn' in Mechelen.",
        ),
        (
            "Diploma of the Royal College of Music, London",
            "I hold a Diploma of the Royal College of Music in London.",
        ),
        (
            "Diploma of the Royal Carillon School, Mechelen (1999)",
            "I earned a Diploma of the Royal Carillon School in Mechelen in 1999.",
        ),
        # reader 239's h1060: "passed their first go", "..., all held"
        (
            "brought on 2 apprentices -> both passed first go",
            "I brought on two apprentices, both of whom passed first time.",
        ),
        (
            "rebuilt 6 sherry butts from staves last winter, all held",
            "I rebuilt six sherry butts from staves last winter, all of which held.",
        ),
        ("trained 5 apprentices, all passed", "I trained five apprentices, all of whom passed."),
    ],
)
def test_points_of_round_29(typed: str, said: str) -> None:
    assert _point(typed) == said


def test_a_person_first_then_what_they_bring() -> None:
    # reader 241's h1070: "bring an experienced rope team lead, and a low callback rate ..."
    offer = read_offer("experienced rope team lead, low callback rate, QA discipline")
    assert offer is not None
    assert offer.text == (
        "As an experienced rope team lead, I would bring a low callback rate and QA discipline."
    )


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # reader 239's h1061: the hopper correction was lost (a thousands comma read as a
        # clause left loose)
        (
            "said hopper 11,000 m3 - actually 11,500.",
            "One correction: I said 11,000 m3 for the hopper, but it is 11,500 m3.",
        ),
        # reader 239's h1066: the answer corrected, never the wrong one repeated
        (
            "When Gareth asked about regular expressions I said I had not used them. That was "
            "wrong: I used them in the corpus linguistics module to search concordances in "
            "AntConc, although only for simple patterns.",
            "To add to my answer on regular expressions: I used them in the corpus linguistics "
            "module to search concordances in AntConc, although only for simple patterns.",
        ),
        # a figure with a note after it is no figure said ("465,000-start year")
        ("said 480k - actually 465k start yr.", None),
    ],
)
def test_more_follow_ups_of_round_29(typed: str, said: str | None) -> None:
    assert follow_said(typed) == said


def test_a_weekday_the_date_does_not_fall_on_is_left_out() -> None:
    # reader 174's h809 kept whole by the comma fix: 3 April 2029 is a Tuesday, not a Friday
    days = (dt.date(2029, 3, 20), dt.date(2029, 3, 21))
    typed = "Ms. Kinsella said that a decision will be made by Friday, 3 April."
    said = next_steps_line(typed, frozenset(), "warm", "email", Variation(""), days=days)
    assert said == "I look forward to hearing from you by 3 April"


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("I would offer experience, for grow production without lose the quality.", True),
        ("I would stress the need for complete batch data.", False),
        ("Thank you for speaking with me about the role.", False),
    ],
)
def test_a_preposition_before_a_plain_verb(sentence: str, flagged: bool) -> None:
    assert bool(second_grammar(sentence)) is flagged


def test_a_topic_the_candidate_told_them_about_is_theirs() -> None:
    # reader 241's h1071: "I keep coming back to what you said about withering ..." for what
    # the candidate told her
    told = read_topic("withering + fermentation & how it shows in cup -> told her about my logs")
    assert told.mine
    assert not read_topic("withering + fermentation & how it shows in cup").mine


def test_a_legal_form_after_a_comma_is_left_off_and_the_name_still_counts() -> None:
    # reader 241's h1073: "at Salinas do Guadiana, Lda.." ended its sentence with two stops
    assert company_said("Salinas do Guadiana, Lda.") == "Salinas do Guadiana"
    assert company_said("Straits STS Services Sdn Bhd") == "Straits STS Services"
    exact, _ = company_mentions(
        parse("Dear Ana,\n\nThank you for the visit to Salinas do Guadiana.\n\nBest,\nJoão"),
        "Salinas do Guadiana, Lda. (Zeezout Group)",
    )
    assert exact


def test_a_revised_version_of_the_candidates_own_work_is_no_leak() -> None:
    # reader 239's h1066: the promised revised entry was cut as "a note about the draft"
    assert not is_leak_line("As promised, my revised version of the 'ukukhanya' entry is attached.")
    assert is_leak_line("Here is the revised version of the letter.")
    assert is_leak_line("Here is the revised version:")


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # reader 243's h1078: "I cut brine pump VFD." (what fell is after the dash)
        ("brine pump VFD - power down ~15%", None),
        # "I am the fourth class power engineer": a grade of ticket names a kind
        ("4th class power engineer - refrigeration", "I am a fourth class power engineer."),
    ],
)
def test_points_of_round_30(typed: str, said: str | None) -> None:
    assert _point(typed) == said


def test_personal_lines_of_round_30() -> None:
    # reader 243's h1081: "I hope the they have concert in Oslo in November goes well."
    typed = "He play mandolin in bluegrass band, they have concert in Oslo in November"
    assert "they have" not in (rapport_line(typed, ()).text or "")
    # reader 245's h1088: "... albatross colony tour for: I will look into it."
    typed = "She recommended the Otago Peninsula albatross colony tour for when I come down."
    assert rapport_line(typed, ()).text == (
        "Thanks, too, for recommending the Otago Peninsula albatross colony tour: I will look "
        "into it."
    )


@pytest.mark.parametrize(
    ("typed", "named"),
    [
        # reader 243's h1078: "I enjoyed our conversation about my answer.", "I was glad we
        # covered eight sheets."
        ("my answer: floor level survey, scrape + re-flood, check pebble head + water temp", ""),
        ("8 sheets, ~900 members, leagues 6 nights/wk", ""),
        # reader 243's h1081: "our discussion of Finish"
        ("Finish - French polish or their nitro lacquer. I can do both", "finish"),
        ("Brexit", "Brexit"),
    ],
)
def test_topics_of_round_30(typed: str, named: str) -> None:
    assert read_topic(typed).text == named


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # reader 245's h1084: "I said internship four months, but it is 6." (session 66: the
        # small count spelled as the one said before it, "six months")
        (
            "said internship 4 mos — actually 6. send thesis abstract (promised)",
            "One correction: I said four months for the internship, but it is six months. As "
            "promised, I have attached my thesis abstract.",
        ),
        # reader 245's h1085: the order to self after it lost the correction
        (
            "said 500 ECMO runs, it's ~400 -> correct it.",
            "One correction: I said 500 ECMO runs, but it is about 400.",
        ),
    ],
)
def test_follow_ups_of_round_30(typed: str, said: str) -> None:
    assert follow_said(typed) == said


def test_a_promise_reported_in_a_second_language_is_kept() -> None:
    # reader 245's h1089: "I promised to send to you photo of my date jumper tool."
    assert as_kept("I promised to send to you photo of my date jumper tool.") == (
        "As promised, I will send you a photo of my date jumper tool."
    )


def test_their_other_interviews_are_no_time_of_the_close() -> None:
    # reader 239's h1062: "I hope to hear from you on Thursday" (the other candidate's day)
    typed = "He is seeing one more candidate on Thursday and will call me early next week."
    assert close_said(typed) == "I look forward to hearing from you early next week"


def test_a_clause_run_on_after_the_close_is_cut() -> None:
    # reader 239's h1059: "... by Friday 30 August, a short meeting with the supervisory board
    # may follow in September."
    days = (dt.date(2030, 8, 13), dt.date(2030, 8, 14))
    typed = (
        "Mrs Ter Horst will let me know by Friday 30 August; a short meeting with the "
        "supervisory board may follow in September."
    )
    said = next_steps_line(
        typed, frozenset(), "formal", "letter", Variation(""), reader=("Mrs ter Horst",), days=days
    )
    assert said.endswith("by Friday 30 August")


def test_a_qualified_claim_stays_one_careful_part() -> None:
    # reader 239's h1059: "... 15 kilograms and for the smallest trebles I work to four cents"
    # said the correction the wrong way round
    typed = (
        "I told Dr Oosterhuis that I tune the hum and prime of every bell to within two cents. "
        "That is correct for bells above about 15 kilograms; for the smallest trebles I work to "
        "four cents, because the lathe can take off too much metal in a single pass. I also "
        "promised to send the partial tables as a PDF by the end of this week."
    )
    said = follow_said(typed) or ""
    assert "That is correct for bells above about 15 kilograms; for the smallest trebles" in said
    assert "One correction: that" not in said


def test_the_evening_the_notes_were_typed_is_gone() -> None:
    # reader 239's h1062: "I checked my log tonight" in a letter sent the next day
    typed = (
        "I told Mr. Whitlock that I embalmed about 80 cases during my internship; I checked my "
        "log tonight and the correct number is 64."
    )
    said = follow_said(typed) or ""
    assert "I have since checked my log" in said
    assert "tonight" not in said


def test_a_hospital_acronym_typed_in_lower_case() -> None:
    assert acronym("ecmo")
    assert not acronym("echo")


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # reader 243's h1080: "I CAN start 30 Sept, not Oct as I said." pasted
        (
            "I CAN start 30 Sept, not Oct like I said.",
            "One correction: I said I could start in October, but I can in fact start on 30 "
            "September.",
        ),
        # "I have attached a copy of my course certificate when it comes": sent when it exists
        (
            "Send copy of course cert when it comes.",
            "I will send you a copy of my course certificate when it arrives.",
        ),
        # reader 243's h1076: "..., so I should correct that." pasted
        (
            "I also told them I could start in four weeks, but my notice period is actually five "
            "weeks, so I should correct that.",
            "One correction: I also told them I could start in four weeks, but my notice period "
            "is actually five weeks.",
        ),
    ],
)
def test_more_follow_ups_of_round_30(typed: str, said: str) -> None:
    assert follow_said(typed) == said


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # reader 245's h1083: "Good luck with the Fashions on the Field millinery award" to its
        # judge
        (
            "She is judging the Fashions on the Field millinery award at Flemington this November",
            "I hope the judging of the Fashions on the Field millinery award at Flemington this "
            "November goes well.",
        ),
        # reader 243's h1076: "Good luck with the Munda Biddi Trail in sections this spring and
        # has done the first three stages."
        (
            "She is riding the Munda Biddi Trail in sections this spring and has done the first "
            "three stages.",
            "I hope the Munda Biddi Trail in sections this spring goes well.",
        ),
    ],
)
def test_more_personal_lines_of_round_30(typed: str, said: str) -> None:
    assert rapport_line(typed, ()).text == said


def test_more_topics_of_round_30() -> None:
    # reader 243's h1076: "I said that honestly that I want ..."
    told = read_topic(
        "She asked why I want to leave a well-paid job on the mines. I told her honestly that I "
        "want to stay in one place and do work where I can see who it helps."
    )
    assert told.answer == "I want to stay in one place and do work where I can see who it helps"
    # reader 245's h1089: his bench test is no "what you told me about"
    assert read_topic("bench test: I disassemble and assemble a movement, I finish in 2h10").mine
    assert read_topic("work permit: I have B permit already").mine
    # reader 245's h1088: "Our exchange about Timelines for the gallery"
    assert read_topic("Timelines for the gallery").text == "timelines for the gallery"
    assert read_topic("Harbourside redevelopment").text == "Harbourside redevelopment"


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # reader 249's h1104: "in about two Priya" (a name after a time taken for a role's)
        (
            "offers out in ~2 wks (Priya), start Nov w/ 3 day induction",
            "I look forward to hearing from you in about two weeks",
        ),
        # reader 249's h1106: "after its meeting on 24 October", its subject gone
        (
            "The board will confirm the appointment after its meeting on 24 October, and Mr. "
            "Fraser-Lyon will write to me shortly afterwards.",
            "I look forward to hearing from you after the board's meeting on 24 October",
        ),
    ],
)
def test_closes_of_round_31(typed: str, said: str) -> None:
    assert close_said(typed, days=(dt.date(2030, 10, 8), dt.date(2030, 10, 9))) == said


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # reader 249's h1099: "One correction ...: about 34 wells last year, not 40." (no verb)
        (
            "correction: ~34 wells last yr, not 40.",
            "One correction to what I said in the interview: the figure is about 34 wells last "
            "year, not 40.",
        ),
        # reader 249's h1101: the correction after the semicolon was lost, the wrong count said
        (
            "I said that I fitted eleven prostheses during my placement; it was eleven transtibial "
            "and two transfemoral, thirteen in total.",
            "I said that I fitted eleven prostheses during my placement; in fact, it was eleven "
            "transtibial and two transfemoral, thirteen in total.",
        ),
        # reader 247's h1094: "...; and the correct figure is 112 ..."
        (
            "During the interview I said that I had testified in about ninety cases; the correct "
            "figure is 112 court appearances, of which 74 were in superior court.",
            "One correction: during the interview I said that I had testified in about ninety "
            "cases; the correct figure is 112 court appearances, of which 74 were in superior "
            "court.",
        ),
        # reader 247's h1094: "To add to my earlier answer, I also undertook to send you ..."
        (
            "I also undertook to send Dr. Whitcombe an outline of my trainee competency test.",
            "As promised, I have attached an outline of my trainee competency test.",
        ),
    ],
)
def test_follow_ups_of_round_31(typed: str, said: str) -> None:
    assert follow_said(typed) == said


def test_languages_spoken_are_no_languages_a_thing_is_in() -> None:
    # reader 249's h1101: "I speak English in Kiswahili and Kikuyu."
    assert _point("I speak English, Kiswahili and Kikuyu.") == (
        "I speak English, Kiswahili and Kikuyu."
    )
    assert _point("built a teach-back handout, English and Spanish") == (
        "I built a teach-back handout in English and Spanish."
    )


def test_a_fellow_of_a_field_is_a_graduate() -> None:
    # reader 249's h1099: "It was good to meet a fellow U of C geology."
    said = rapport_line("U of C geology too", ()).text or ""
    assert "a fellow U of C geology graduate" in said


def readers_letters(name: str) -> dict[str, str]:
    notes = load_notes(READERS / name)
    today = notes.interview.date + dt.timedelta(days=1)
    return {letter.to: " ".join(letter.text.split()) for letter in compose(notes, today=today)}


def test_a_thing_sent_to_a_panellist_by_an_initial_goes_to_them() -> None:
    # reader 249's h1099: "I am happy to send redacted Montney sample log PDF to Dr. N."
    letters = readers_letters("reader248/h1099.json")
    assert "Montney" in letters["Priya Natarajan"]
    assert "to Dr. N" not in letters["Priya Natarajan"]
    assert "Montney" not in letters["Marcel Tremblay"]


def test_one_promise_to_two_panellists_is_split() -> None:
    # reader 245's h1087: "I undertook to send you a copy of our apprentice training framework,
    # and Professor Grieve my paper on potash glass corrosion." to Mrs. Campbell
    letters = readers_letters("reader244/h1087.json")
    grieve = next(text for to, text in letters.items() if "Grieve" in to)
    campbell = next(text for to, text in letters.items() if "Campbell" in to)
    assert "potash glass corrosion" in grieve and "training framework" not in grieve
    assert "training framework" in campbell and "Professor Grieve my paper" not in campbell


def test_a_count_of_years_typed_without_its_plural() -> None:
    # reader 247's h1092: "I have 12 year of bow making experience."
    assert _point("12 year bow making, first as apprentice, after own workshop from 2022") == (
        "I have 12 years of bow making experience."
    )


def test_advice_in_a_list_is_no_topic() -> None:
    # reader 247's h1098: "I also enjoyed hearing about never leave it on the spindle."
    typed = "practical: worked the paddles on 21E, windlass safety, never leave it on the spindle!!"
    assert topic_parts(typed) == [typed]
    listed = "the pricing review and the partner API and never the mobile roadmap"
    assert topic_parts(listed) == [listed]
    assert topic_parts("the pricing review and the partner API and the mobile roadmap") == [
        "the pricing review",
        "the partner API",
        "the mobile roadmap",
    ]


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # reader 249's h1099 and h1104: "I also have 2-man unit lead since 2026.", "three years
        # of experience in crew safety representative"
        ("2-man unit lead since 2026", "I have been a 2-man unit lead since 2026."),
        ("3 yrs union rep", "I have three years of experience as a union representative."),
    ],
)
def test_posts_held(typed: str, said: str) -> None:
    assert _point(typed) == said
