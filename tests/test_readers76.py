"""Session 76: faults of round 53's files left by session 75 (reader336's h1451, h1454 and
h1457, reader334's h1449), and the note shapes behind them. Every expected sentence is written
here by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from composer.compose import compose
from composer.models import Notes
from composer.notes_file import load_notes
from composer.offline.doubts import long_sentence
from composer.offline.flagged import careful_words
from composer.offline.items import read_point
from composer.offline.linkgate import listed
from composer.offline.namecase import typed as typed_names
from composer.offline.nextsteps import next_steps_line
from composer.offline.offervoice import said_to_you, sole_reader, to_reader
from composer.offline.phrasebook import Variation
from composer.offline.rapport import rapport_line
from composer.offline.secondlanguage import mended
from composer.offline.secondnotes import normalised
from composer.offline.topicfixes import figure_put_right
from tests.test_readers65 import READERS, readers_letters


def _said(line: str, field: str = "qualifications") -> str | None:
    """The sentence a letter says for a CV line typed by a second-language candidate."""
    return read_point(mended(line, field, year=2032)).sentence()


def test_a_careful_plumassier_letter_says_the_answers_she_typed_in_full_sentences() -> None:
    # reader336's h1451: four careful topics typed in full sentences; the letter said none.
    # A second verb after ", and" shares the first one's "would"; "haute couture" and "coque"
    # in a long careful sentence are the trade's words, not a note's; "the autumn-winter haute
    # couture show" is no title; a question is not its sentence of ground after it; a name of
    # two names ("Fournier-Bastide") is said as typed. (The workshop question is said too when
    # the letter has room: the printed letter keeps two exchanges.)
    letter = readers_letters("reader336/h1451.json")["Isabelle Carrère-Duval"]
    assert (
        "You asked how I would pass the trade on: I would take on one apprentice each September "
        "under the CAP plumassier, and pair each apprentice with one senior hand for a whole "
        "season rather than rotating them."
    ) in letter
    assert (
        "When you asked about traceability, I said that at Atelier Fournier-Bastide I kept a "
        "register of every lot, with the supplier, the species and the certificate number, and "
        "we passed the Comité Colbert audit in 2030 without a single remark."
    ) in letter
    # what she told, said to her, with no "To add to my earlier answer, She mentioned"
    assert "You mentioned that the embroidery atelier is short of experienced hands." in letter
    assert "She mentioned" not in letter and "she mentioned" not in letter


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # reader336's h1451: a line typed with its capitals keeps its lower case
        (
            "asked how I would organise the workshop for the autumn-winter haute couture show in "
            "July",
            "asked how I would organise the workshop for the autumn-winter haute couture show in "
            "July",
        ),
        # one typed all in lower case: the show's name gets its capitals (reader 128's shape)
        (
            "she recommended the podcast hard fork",
            "she recommended the podcast Hard Fork",
        ),
    ],
)
def test_a_run_of_words_before_a_show_is_a_title_only_in_a_line_typed_in_lower_case(
    typed: str, said: str
) -> None:
    assert typed_names(typed) == said


@pytest.mark.parametrize(
    ("typed", "names", "said"),
    [
        (
            "One correction: I have been head since 2017. To add to my earlier answer, she "
            "mentioned that the embroidery atelier is short of experienced hands.",
            ["Madame Carrère-Duval", "Isabelle Carrère-Duval"],
            "One correction: I have been head since 2017. You mentioned that the embroidery "
            "atelier is short of experienced hands.",
        ),
        (
            "One thing I would add: he mentioned that the night crew is new.",
            ["Mr Hale", "Tom Hale"],
            "You mentioned that the night crew is new.",
        ),
        # a woman's reader: "he" is someone else, as typed
        (
            "One thing I would add: he mentioned that the night crew is new.",
            ["Ms Hale", "Tess Hale"],
            "One thing I would add: he mentioned that the night crew is new.",
        ),
    ],
)
def test_what_the_reader_told_is_said_to_them_without_an_addition_frame(
    typed: str, names: list[str], said: str
) -> None:
    assert sole_reader(typed, names) == said


@pytest.mark.parametrize(
    ("typed", "field", "said"),
    [
        # reader336's h1457 (Italian first): "I hold a diploma Istituto d'Arte Sorrento and
        # section wood inlay."
        (
            "diploma Istituto d'Arte Sorrento, section wood inlay (2004)",
            "qualifications",
            "I hold a diploma in wood inlay from Istituto d'Arte Sorrento.",
        ),
        (
            "diploma in wood inlay, Istituto d'Arte Sorrento (2004)",
            "qualifications",
            "I hold a diploma in wood inlay from Istituto d'Arte Sorrento.",
        ),
        # reader334's h1449 (Balinese first): "I have 22-year work in Gamelan making"
        (
            "22 year work in gamelan making, 15 year as tuner",
            "qualifications",
            "I have 22 years of work in gamelan making, 15 of them as a tuner.",
        ),
        (
            "train 3 apprentice, 2 now tuner",
            "highlights",
            "I trained three apprentices, two of whom are now tuners.",
        ),
        # a clause after a comma, never "I have experience in family pande, learn from ..."
        ("family pande, learn from my father and grandfather", "qualifications", None),
        # reader336's h1454: never "four years of experience in clean GAP audits"
        (
            "clean GAP audits 4 yrs",
            "highlights",
            "I passed GAP audits with no findings four years running.",
        ),
    ],
)
def test_a_cv_line_typed_in_a_second_language_is_said_as_a_sentence(
    typed: str, field: str, said: str | None
) -> None:
    assert _said(typed, field) == said


def test_a_contribution_of_what_the_candidate_would_run_is_never_said_as_done() -> None:
    # reader336's h1454: "run marsh day to day so Dale can get off the phone ..." was said
    # "I have run marsh day to day ..." after Tanya's question about spray records
    letters = readers_letters("reader336/h1454.json")
    assert all("I have run marsh" not in letter for letter in letters.values())
    assert all("experience in clean GAP audits" not in letter for letter in letters.values())


@pytest.mark.parametrize(
    ("topic", "fix"),
    [
        # reader338's h1459: what was said, "This was not correct.", then the correct figure
        (
            "I told him that the Lanka Spice Estates centres produced 180 tonnes of quills last "
            "year. This was not correct. The correct figure is 140 tonnes of quills; 180 tonnes "
            "was the total including featherings and chips. I would like to correct this.",
            "One correction to what I said when we met: the Lanka Spice Estates centres produced "
            "140 tonnes of quills last year, not 180.",
        ),
        # reader338's h1460: the fact as a clause of the candidate's, its "it" named
        (
            "She asked about my teaching registration. I said I finished my Master of Teaching in "
            "2030. That was wrong: I started it in 2030 and completed it in November 2031.",
            "I started my Master of Teaching in 2030 and completed it in November 2031.",
        ),
        # reader338's h1461: counts in words
        (
            "I told her I volunteered at the community legal clinic for eighteen months. It was "
            "twelve months, January 2031 to January 2032. I mixed it up with my tutoring job.",
            "One correction to what I said when we met: I volunteered at the community legal "
            "clinic for 12 months, not 18.",
        ),
        # reader338's h1465 (Farsi first): one sentence, "this is wrong, is 8.5 km"
        (
            "She ask about my thesis. I told the Hasanabad qanat is 12 km long, this is wrong, is "
            "8.5 km. 12 km was other qanat in my data, I confused them.",
            "One correction to what I said when we met: the Hasanabad qanat is 8.5 km long, not "
            "12.",
        ),
    ],
)
def test_a_correction_typed_in_a_topic_over_two_sentences_is_said_in_the_letter(
    topic: str, fix: str
) -> None:
    notes = Notes.model_validate(
        {
            "candidate": {"name": "Ana Lee", "email": "ana@example.com"},
            "company": "Harbour Works",
            "role": "Supervisor",
            "interview": {"date": "2032-05-04", "format": "onsite"},
            "interviewers": [{"name": "Sam Reid", "title": "Manager", "topics": [topic]}],
            "tone": "formal",
        }
    )
    letter = " ".join(compose(notes, today=dt.date(2032, 5, 5))[0].text.split())
    assert fix in letter


def test_a_wrong_figure_and_its_fix_typed_after_arrows_are_said_as_one_correction() -> None:
    # reader338's h1462: "H&S -> I said 0 LTIs on my boat in 3 yrs. WRONG -> 1 LTI Oct '29
    # (deckie crushed hand on the stripper). fix this": the letter repeated the wrong claim
    letters = readers_letters("reader338/h1462.json")
    assert "I would zero LTIs" not in letters["Sandra Whitcombe"]
    assert (
        "One correction: I said 0 LTIs on my boat in three years, but it is 1 LTI in October 2029."
        in letters["Sandra Whitcombe"]
    )


def test_a_figure_put_right_in_a_short_sentence_after_it_is_said_whole() -> None:
    # reader340's h1468: "It has 34." was lost, and the panel read the wrong figure alone
    assert figure_put_right(
        "I need to correct one figure: I told the panel that the Pitlochry fish ladder has 24 "
        "pools. It has 34. I should also have given Kari a better example."
    ) == (
        "I need to correct one figure: the Pitlochry fish ladder has 34 pools, not 24. I should "
        "also have given Kari a better example."
    )
    assert figure_put_right("I told her that the barn has 40 stalls. It has 34.") == (
        "One correction: the barn has 34 stalls, not 40."
    )
    letters = readers_letters("reader340/h1468.json")
    assert "the Pitlochry fish ladder has 34 pools, not 24." in letters["Dr. Kari Nordbø"]
    # what the better example went on to say stays in her letter, said to her
    assert "I should also have given you a better example" in letters["Dr. Kari Nordbø"]
    assert "We found this in the first season's monitoring" in letters["Dr. Kari Nordbø"]
    assert "We found this" not in letters["Øystein Brekke-Vatne"]


def test_a_better_answer_to_how_we_work_or_why_i_left_is_said_as_the_better_one() -> None:
    # reader338's h1459: "I answered too briefly and did not explain it well. I should have said
    # that ..." was pasted; h1460: "I wish I had simply said that ..." was lost
    cinnamon = readers_letters("reader338/h1459.json")["Asanka Gunawardena"]
    assert "I said that too briefly" not in cinnamon
    assert (
        "To add to my answer on how we control sulphur fumigation residues: we moved to "
        "controlled fumigation in sealed chambers and tested every lot before shipment, and no lot "
        "has failed a buyer's residue test in the last three seasons."
    ) in cinnamon
    tom = readers_letters("reader338/h1460.json")["Tom Roderick"]
    assert (
        "On why I left veterinary nursing, I would also add that the best part of my old job was "
        "explaining things to farmers' kids while their parents held the calf, and I wanted to do "
        "that full time."
    ) in tom
    # the candidate's doubt about an answer is never told the reader
    assert "not relevant to teaching" not in tom


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("wait HR", "I look forward to hearing from HR"),
        ("waiting for Sandra call", "I look forward to hearing from Sandra"),
    ],
)
def test_a_next_step_typed_as_waiting_for_someone_is_hearing_from_them(
    typed: str, said: str
) -> None:
    # reader338's h1466: "I look forward to the wait HR."
    assert next_steps_line(typed, frozenset(), "concise", "linkedin", Variation("")) == said


def test_cv_lines_and_promises_of_a_careful_printed_letter_read_as_typed() -> None:
    # reader338's h1459: "at Lanka Spice Estates and Matara"; "I enclose ... I will enclose both
    # with this letter."
    letter = readers_letters("reader338/h1459.json")["Asanka Gunawardena"]
    assert "the last nine as Processing Manager at Lanka Spice Estates, Matara." in letter
    assert "I will enclose both" not in letter


@pytest.mark.parametrize(
    ("typed", "names", "said"),
    [
        # voice-heldout45's f12: no title says which; the one reader asked
        (
            "I also wanted to mention that he asked how I handle aggressive dogs; I would add that "
            "I completed the Low Stress Handling certificate last spring.",
            ["Mark", "Mark Ellison"],
            "You asked how I handle aggressive dogs; I would add that I completed the Low Stress "
            "Handling certificate last spring.",
        ),
    ],
)
def test_what_the_one_reader_asked_is_said_to_them(typed: str, names: list[str], said: str) -> None:
    assert sole_reader(typed, names) == said


def test_a_reader_named_in_one_sentence_is_you_there_whatever_the_next_sentence_says() -> None:
    # reader340's h1468: "she" in a later sentence kept "Kari" in the one before
    assert (
        to_reader(
            "I should also have given Kari a better example. That is what she was asking about.",
            ["Dr. Kari Nordbø", "Kari"],
        )
        == "I should also have given you a better example. That is what she was asking about."
    )


def test_their_after_analysts_stays_theirs() -> None:
    # reader292's h1275: "run by analysts who are trained, rested and confident enough to trust
    # their own judgement" (never "your own judgement")
    assert said_to_you("run by analysts who are confident enough to trust their own judgement") == (
        "run by analysts who are confident enough to trust their own judgement"
    )


def test_a_correction_the_notes_ask_to_send_is_made_not_attached() -> None:
    # reader340's h1472: "send Eric the RCAA date correction (Nov 2028)" was "I have attached
    # the RCAA date correction in case it helps." (the topic: "I said RCAA approved our cargo
    # corridor in 2029 -> WRONG, it was Nov 2028. correct to Eric")
    letters = readers_letters("reader340/h1472.json")
    assert (
        "RCAA approved our cargo corridor in November 2028, not 2029."
        in letters["Eric Nshimiyimana"]
    )
    assert all("date correction" not in letter for letter in letters.values())


def test_a_second_language_correction_goes_to_who_noticed_it_without_its_excuse() -> None:
    # reader340's h1473: "CORRECTION: I say the Salar de Atacama is at 3.200 meters but is
    # 2.300 meters aprox, I confuse the numbers because I was nervous. Patricio notice it."
    letters = readers_letters("reader340/h1473.json")
    patricio = letters["Patricio Antimán Olave"]
    assert "the Salar de Atacama is at 2,300 meters, not 3,200." in patricio
    assert all("nervous" not in letter and "notice it" not in letter for letter in letters.values())
    # "BETTER ANSWER for Sarah: the limitation of my thesis is that ...": never the label
    # (the better answer itself, 48 words of it, is still left out with a notice)
    assert all("BETTER ANSWER" not in letter for letter in letters.values())
    # "(For me: my English is enough?? I think I talk too fast. ...)": the candidate's own
    assert all("talk too fast" not in letter for letter in letters.values())


@pytest.mark.parametrize(
    ("note", "line"),
    [
        # reader340's h1471: the doubt about the event's name, and the name guessed, off
        (
            "she's going to the danish christmas tree growers field day in june "
            "(juletræsdyrkernes markdag?) not sure of the exact name",
            "I hope your trip to the Danish Christmas tree growers field day in June goes well.",
        ),
        # reader340's h1467: "...; you were there some years." was cut off
        (
            "We both studied art history at the University of Vienna; she was there some years "
            "before me, and we were both taught by Professor Thaler.",
            "I enjoyed discovering that we both studied art history at the University of Vienna.",
        ),
    ],
)
def test_a_personal_note_is_said_without_the_candidates_doubts_and_asides(
    note: str, line: str
) -> None:
    assert rapport_line(note).text == line


def test_the_step_the_candidate_waits_for_is_when_they_hear() -> None:
    # reader338's h1460: "by Friday 14 May" was the panel's date; applicants hear by the end
    # of May
    step = (
        "Deb said the panel will make its recommendation to the regional office by Friday 14 "
        "May, and that applicants should hear by the end of May. Term 3 starts on 12 July."
    )
    said = next_steps_line(step, frozenset(), "warm", "email", Variation(""))
    assert said == "I look forward to hearing from you by the end of May"


def test_a_better_answer_typed_after_the_weak_one_is_the_follow_ups_own() -> None:
    # reader340's h1467: "Second, when she asked why I wish to leave the museum, I spoke too
    # much about salary and progression. What I should have said is that ..."; and the excuse
    # for a figure transposed is never told
    notes = normalised(load_notes(READERS / "reader340/h1467.json"))
    assert notes.follow_up is not None
    assert "I spoke too much about salary" not in notes.follow_up
    assert "on why I wish to leave the museum: I want to be part of the moment" in notes.follow_up
    assert "I transposed the digits" not in notes.follow_up


def test_notes_to_self_on_a_fuel_farm_panel_reach_the_letters_as_sentences() -> None:
    # reader338's h1464 (notes to self): a correction typed "said X was 2026. WRONG - it was
    # 2028 (...). correct it", a point forgotten ("FORGOT TO MENTION the 11% cut in filter
    # change costs from differential-pressure monitoring. must say"), a start date forgotten
    # ("FORGOT TO MENTION to Khalid: available from 1 July, 2 months notice at current job")
    # and documents promised ("docs to Fiona Monday.")
    letters = readers_letters("reader338/h1464.json")
    khalid = letters["Khalid Al Mansoori"]
    assert "the Terminal B hydrant extension was in 2028, not 2026." in khalid
    assert "the JIG 2 audit findings last year at your depot" in khalid  # never "their depot"
    assert (
        "I am available from 1 July, once I have served two months' notice at my current job."
        in khalid
    )
    assert (
        "I cut filter change costs by 11% with differential-pressure monitoring."
        in letters["Anil Varghese"]
    )
    assert "One further point from our conversation: the 11% cut" not in letters["Anil Varghese"]
    assert "I will send you the documents by Monday." in letters["Fiona Gallagher"]


@pytest.mark.parametrize(
    "note",
    [
        # reader340's h1470: "I enjoyed discovering that we both started on the floor as
        # forklifts driver."
        "started on the floor as a forklift driver too, same as me",
        # never "we both was a night nurse"
        "was a night nurse too, same as me",
    ],
)
def test_a_shared_past_that_cannot_be_said_of_both_is_left_out(note: str) -> None:
    assert rapport_line(note).text is None


def test_a_year_written_wrong_is_put_right_in_one_sentence() -> None:
    # reader262's h1162: "On my application form I wrote that I took the burner course in 2027.
    # It was actually in 2026." was "A quick addition to our conversation: on my application
    # form I wrote ... It was actually in 2026."
    assert figure_put_right(
        "On my application form I wrote that I took the burner course in 2027. It was actually "
        "in 2026. I also promised Eng. Sousa an example of the firing log I keep."
    ) == (
        "One correction to my application form: I took the burner course in 2026, not 2027. I "
        "also promised Eng. Sousa an example of the firing log I keep."
    )


@pytest.mark.parametrize(
    ("typed", "names", "said"),
    [
        # reader76's h413: never "I promised Dott. you a copy of ..." (a title's stop is no
        # sentence's end)
        (
            "I promised Dott. Bellone a copy of the observation scale. It is short.",
            ["Dott. Andrea Bellone", "Dott. Bellone", "Andrea", "Bellone"],
            "I promised you a copy of the observation scale. It is short.",
        ),
        # reader246's h1091: "her", sent to, after the sentence that named her
        (
            "When Dr Raman asked how many VRA assessments I had done, I said about forty. I also "
            "promised to send her the grommets explanation sheet as a PDF.",
            ["Dr Raman", "Priya Raman", "Priya"],
            "When you asked how many VRA assessments I had done, I said about forty. I also "
            "promised to send you the grommets explanation sheet as a PDF.",
        ),
    ],
)
def test_a_follow_up_of_several_sentences_is_said_to_its_reader(
    typed: str, names: list[str], said: str
) -> None:
    assert to_reader(typed, names) == said


def test_what_the_reader_asked_for_is_never_said_as_you_asked_for() -> None:
    # reader100's h508: "You asked for my ISO training certificate, I will attach." (a request
    # typed in a second language, said once its frame went)
    letters = readers_letters("reader100/h508.json")
    assert all("You asked for my ISO" not in letter for letter in letters.values())


def test_a_thing_to_send_tomorrow_is_promised_and_a_worry_is_never_said() -> None:
    # reader338's h1463 (all lower case): "send her the id sheets + briefing script tomorrow.
    # worry: pay is lower than the tourism office and mama has her check-ups ..."
    letter = readers_letters("reader338/h1463.json")["Dr Isabela Montemayor"]
    assert "I will send you the ID sheets and briefing script tomorrow." in letter
    assert "attached" not in letter
    assert "worry" not in letter and "check-ups" not in letter


def test_a_thin_linkedin_note_carries_its_one_correction() -> None:
    # reader338's h1466: "said 4000 trees 2031, actually 3000" was left out; the note said
    # "I look forward to the wait HR."
    note = readers_letters("reader338/h1466.json")["Ratna Sari Wulandari"]
    # (session 77: a count of a year gone by "was"; "Correction:" where the note is tight)
    assert "orrection: I said 4000 trees in 2031, but it was 3000." in note
    assert "I hope to hear from HR." in note
    assert _point_said("3000 trees inoculated 2031") == "I inoculated 3000 trees in 2031."


def _point_said(line: str) -> str | None:
    """The sentence a letter says for a CV line typed in English."""
    return read_point(line).sentence()


def test_what_the_reader_asked_after_explaining_why_is_asked_with_its_thing_named() -> None:
    # reader338's h1460: "She explained that the school is short of staff for the August
    # mini-school in town, and asked if I could help with it even before I start properly. I
    # said yes." was "I also enjoyed hearing about the school being short of staff ..."
    deb = readers_letters("reader338/h1460.json")["Deborah Faulkner"]
    assert (
        "When you asked whether I could help with the August mini-school in town even before I "
        "start properly, I said yes."
    ) in deb
    assert "enjoyed hearing about the school being short of staff" not in deb


def test_copies_of_papers_named_short_are_copies_of_the_candidates_certificates() -> None:
    # reader338's h1462: "copies SRL + MEC6 + first aid -> Piripi by Thurs" was "I am happy to
    # send you copies SRL and MEC6 and first aid by Thursday."
    piripi = readers_letters("reader338/h1462.json")["Piripi Hohaia"]
    assert "copies of my SRL, MEC6 and first aid certificates by Thursday." in piripi


def test_a_panellists_correction_fits_their_linkedin_note() -> None:
    # reader340's h1469: "Correction for Sipho: I said 120 volunteer hours, but I checked my
    # logbook tonight and it is actually 210 hours." was left out of Sipho's note (and read
    # "..., but I have since checked my logbook and, not 120." by the follow-up reader)
    note = readers_letters("reader340/h1469.json")["Sipho Dlamini"]
    assert "One correction: the figure is 210 volunteer hours, not 120." in note


def test_a_figure_meant_after_wrong_is_the_correction_and_a_clause_is_no_topic_name() -> None:
    # reader340's h1470: "I said 'stage 5 on delivery' → WRONG, meant 3.5 for their DC, fix"
    # was left out
    jen = readers_letters("reader340/h1470.json")["Jen Kowalczyk"]
    assert "One correction: I said 'stage 5 on delivery', but it is 3.5 for their DC." in jen
    # reader340's h1472: "board wants 98% on-time for emergency orders" is a note's clause,
    # never the subject of "When we turned to ..."
    eric = readers_letters("reader340/h1472.json")["Eric Nshimiyimana"]
    assert "When we turned to board wants" not in eric
    assert "I helped raise on-time performance from 84% to 95% in two years at RwandAir Cargo." in (
        eric
    )


@pytest.mark.parametrize(
    ("topic", "clause"),
    [
        ("board wants 98% on-time for emergency orders", True),
        # a thing named with its article ("the plans for the new school building", reader28's
        # h224) is a subject a frame can take
        ("the plans for the new school building", False),
        ("client needs", False),
    ],
)
def test_a_topic_typed_as_a_clause_is_no_name_for_a_link(topic: str, clause: bool) -> None:
    assert listed(topic) is clause


def test_when_a_promised_thing_goes_stays_with_the_promise() -> None:
    # reader338's h1460: "I promised to email Tom the rain-gauge lesson plan ... I will send them
    # tomorrow morning." gave Marlene "I will send you the tomorrow morning."
    letters = readers_letters("reader338/h1460.json")
    assert (
        "I promised to email you the rain-gauge lesson plan and the student worksheet from my "
        "practicum. I will send them tomorrow morning."
    ) in letters["Tom Roderick"]
    assert "tomorrow morning" not in letters["Marlene Aspinall"]


def test_things_promised_and_sent_later_are_promised_never_attached() -> None:
    # reader214's h966: "I promised to send photographs of the marae flags in use, and a short
    # written reference from the kaumatua who commissioned them. I will send both by Friday."
    # was "I will send you both by Friday." alone (the promise stopped for "kaumatua")
    letter = readers_letters("reader214/h966.json")["Tom Whiteley"]
    assert (
        "I promised to send photographs of the marae flags in use, and a short written "
        "reference from the kaumatua who commissioned them. I will send both by Friday."
    ) in letter
    assert "attached" not in letter
    # reader214's h964: "... reference letter from Shaheen. send tmrw" was "I am happy to send
    # tomorrow."
    letter = next(iter(readers_letters("reader214/h964.json").values()))
    assert "I will send them tomorrow." in letter
    assert "send tomorrow." not in letter


def test_a_trade_word_of_a_note_of_several_sentences_is_not_trusted() -> None:
    # reader252's h1120: "botrytis", trusted from a follow-up of three short sentences, let
    # "I helped bring reduce botrytis loss down from 12% to 4% with canopy changes." through
    letters = readers_letters("reader252/h1120.json")
    assert all("bring reduce" not in letter for letter in letters.values())
    assert long_sentence(
        "I promised to send photographs of the marae flags in use, and a short written reference "
        "from the kaumatua who commissioned them."
    )
    # (a follow-up is read sentence by sentence: none of h1120's is long)
    assert "botrytis" not in careful_words(load_notes(READERS / "reader252/h1120.json"))


def test_a_correction_typed_in_a_second_language_is_never_said_broken() -> None:
    # reader194's h888: "I say I work 9 years on hobbing, is not correct, is 7 years hobbing and
    # 2 years on grinding (Reishauer)." once its words were trusted: "... I said I work nine
    # years on hobbing and in fact, which is seven years ..."
    letters = readers_letters("reader194/h888.json")
    assert all("and in fact, which" not in letter for letter in letters.values())
