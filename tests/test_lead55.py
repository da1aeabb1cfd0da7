"""Session 55's readings of careful topics told of the reader's side (`topictold`): the reader
as "he" or "she", and a thing of theirs as the subject. Each expected sentence is written by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from composer.models import Interviewer
from composer.offline.followfor import addressed
from composer.offline.futuredated import still_to_come
from composer.offline.gerunddeeds import as_deed
from composer.offline.items import read_point
from composer.offline.rapport import rapport_line
from composer.offline.secondlanguage import mended
from composer.offline.topictold import told_of

TOLD = [
    ("She wants to move bookings from the paper diary and phone to an online system before Easter.",
     "I was interested to learn that you want to move bookings from the paper diary and phone to "
     "an online system before Easter."),
    ("He has been a guide dog handler himself for nineteen years.",
     "I was interested to learn that you have been a guide dog handler yourself for nineteen "
     "years."),
    ("The hut has sixty-two beds and is supplied only by the material ropeway, so every delivery "
     "has to be planned a week ahead.",
     "I was interested to learn that the hut has sixty-two beds and is supplied only by the "
     "material ropeway, so every delivery has to be planned a week ahead."),
]  # fmt: skip

NOT_TOLD = [
    "she asked about my rota",  # a question put to the candidate
    "He wants me to start in March",  # about the candidate
    "she was impressed by my portfolio",  # a reaction, and the candidate's
    "she wants to know if I can drive",
    "The interview was long.",  # the interview's own part, no fact of theirs
    "The role is based in Leeds.",  # the post: read back to the one who wrote it
    "The team lost two coaches last year.",  # a loss of theirs
    "The hut has sixty-two beds",  # typed as a note (no stop): not read as told
    # the room reported inside what was learned ("..., and you talked about ...")
    # (the reader's name is "he" by then: `topics` reads the line with the reader as "he")
    "He has been a guide dog handler himself for nineteen years, and he talked about what it is"
    " like to be matched with a new dog.",
]


@pytest.mark.parametrize(("typed", "said"), TOLD, ids=[t[0][:40] for t in TOLD])
def test_a_careful_sentence_of_their_side_is_said_as_heard(typed: str, said: str) -> None:
    found = told_of(typed)
    assert found is not None and found[1] == said


@pytest.mark.parametrize("typed", NOT_TOLD)
def test_a_line_of_the_candidate_or_the_interview_is_not_told_back(typed: str) -> None:
    assert told_of(typed) is None


# Personal notes with the candidate's own part, or a detail, after the reader's: read by their
# head (`rapportframe`, session 55), and events ahead read by their grammar (`rapportcoming`).
RAPPORT = [
    ("She will be sailing in the Orust Runt race next summer, which I have sailed twice.",
     "I hope the Orust Runt race next summer goes well."),
    ("Mr. Carrick mentioned that his daughter is sitting her Leaving Certificate in June, the same "
     "as my son.", "I hope all goes well with your daughter's Leaving Certificate in June."),
    ("He recommended the book Shadow Divers by Robert Kurson, and I told him I would read it.",
     "Thank you for recommending the book Shadow Divers by Robert Kurson; I look forward to "
     "reading it."),
]  # fmt: skip

RAPPORT_LEFT = [
    # a sad matter is never read by its head
    "his wife is in hospital for an operation next month, I sent my best",
    # a festival is no contest to wish luck with
    "she's flying in the Albuquerque fiesta in October",
]


@pytest.mark.parametrize(("typed", "said"), RAPPORT, ids=[r[0][:40] for r in RAPPORT])
def test_a_personal_note_with_a_tail_of_the_candidates_is_said_by_its_head(
    typed: str, said: str
) -> None:
    assert rapport_line(typed, ["Ms. Lind"]).text == said


@pytest.mark.parametrize("typed", RAPPORT_LEFT)
def test_a_personal_note_that_cannot_be_wished_well_stays_out(typed: str) -> None:
    assert rapport_line(typed, ["Ms. Lind"]).text is None


# A highlight typed in a second language with a verb of a deed done once in the present is
# mended to the past; one that may be so now is left as typed (`secondwords.done_once`).
@pytest.mark.parametrize(
    ("typed", "mended_to"),
    [
        (
            "I pass 2 audits ISO 22716 with zero major NC",
            "I passed 2 audits ISO 22716 with zero major NC",
        ),
        ("I win the regional prize for best cheese", "I won the regional prize for best cheese"),
        ("in Rabat I supervise 40 workers on a hospital project", None),  # may be so now
        ("I make the weekly rota every Friday", None),  # it goes on
    ],
)
def test_a_highlight_of_a_deed_done_once_is_said_in_the_past(
    typed: str, mended_to: str | None
) -> None:
    assert mended(typed, "highlights") == (mended_to or typed)


def _letter(**changed: object) -> str:
    """The one letter of a minimal notes file, with `changed` fields."""
    import datetime as dt

    from composer import compose
    from composer.models import Notes

    data = {
        "candidate": {"name": "Alex Morgan"},
        "company": "Northwind Ltd",
        "role": "Operations Lead",
        "interview": {"date": "2027-01-20"},
        "interviewers": [{"name": "Dana Brooks", "topics": ["the winter rota"]}],
        "qualifications": ["six years in warehouse operations"],
        **changed,
    }
    return compose(Notes.model_validate(data), today=dt.date(2027, 1, 21))[0].body


# A careful next step of several parts, each a step told whole, reported from the room: said by
# the first part that reads (`stepparts.said_in_parts`, session 55); it was "I look forward to
# hearing from you" with the step left out.
@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "Ms. Hartwell said that the final interview with the company president would be "
            "scheduled for early February, and that HR would contact me by email within a week.",
            "I understand I should hear back from HR within a week.",
        ),
        (
            "Mrs. Urquhart indicated that the board will meet on 3 February to make its decision, "
            "and that references will be taken up in the meantime.",
            "I look forward to hearing from you after the board meets on 3 February to make its "
            "decision.",
        ),
    ],
)
def test_a_careful_step_of_several_parts_is_said_by_the_part_that_reads(
    typed: str, said: str
) -> None:
    assert said in " ".join(_letter(next_steps=typed).split())


# Reader 63's set (h355-h362), after its blind score: each line with the sentence a candidate
# would send, written by hand, or None where the line is left out rather than said broken.
@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # a degree dated after the interview is still to come (`futuredated`, via the notes)
        ("Master of Engineering in Architectural Acoustics, Kyushu University (expected March "
         "2027)", "I am completing a Master of Engineering in Architectural Acoustics at Kyushu "
         "University, graduating in March 2027."),
        # a post's title typed in capitals is what the candidate is, never a verb
        ("Designated Person under the Port Marine Safety Code",
         "I am a Designated Person under the Port Marine Safety Code."),
        ("Proficiency with ODEON, MATLAB and the Dirac measurement system",
         "I am proficient with ODEON, MATLAB and the Dirac measurement system."),
        ("Six-month research exchange at ISVR, University of Southampton",
         "I completed a six-month research exchange at ISVR, University of Southampton."),
        # a noun phrase whose only verb is in its "which" is no sentence: left out
        ("My thesis finding on low-frequency scattering, which Mr. Aoyama said was relevant to "
         "the Sendai project.", None),
        ("My team cut waste by 12%, which saved money.",
         "My team cut waste by 12%, which saved money."),
    ],
)  # fmt: skip
def test_a_line_of_reader_63s_set_is_said_whole_or_left_out(typed: str, said: str | None) -> None:
    assert read_point(typed).sentence() == said


def test_a_qualification_dated_after_the_interview_is_marked_expected() -> None:
    day = dt.date(2027, 1, 20)
    assert still_to_come("MEng, Kyushu University (March 2027)", day) == (
        "MEng, Kyushu University (expected March 2027)"
    )
    assert still_to_come("PhD dress history (Glasgow, 2028)", day) == (
        "PhD dress history (Glasgow, expected 2028)"
    )
    assert still_to_come("BA History, Dec 2026", day) == "BA History, Dec 2026"  # held
    assert still_to_come("NEBOSH (renewed 2027)", day) == "NEBOSH (renewed 2027)"  # a state


@pytest.mark.parametrize(
    ("typed", "deed"),
    [
        ("Leading the investigation into the 2022 mooring failure and introducing a revised "
         "inspection regime.", "I led the investigation into the 2022 mooring failure and "
         "introduced a revised inspection regime."),
        ("Managing berth allocation during the build, increasing vessel calls by 35%.",
         "I managed berth allocation during the build, increasing vessel calls by 35%."),
        ("Mentoring new staff every week", "Mentoring new staff every week"),  # it goes on
        ("Twenty-eight years of seagoing", "Twenty-eight years of seagoing"),
    ],
)  # fmt: skip
def test_a_highlight_led_by_a_gerund_is_told_as_the_deed_it_was(typed: str, deed: str) -> None:
    assert as_deed(typed) == deed


def test_a_careful_follow_up_naming_the_panellist_goes_to_them_as_you() -> None:
    people = [Interviewer(name="Fiona Urquhart"), Interviewer(name="David Munro")]
    typed = (
        "In answer to Mr. Munro, I stated that the incident took place in 2021; I have since "
        "confirmed that it was in March 2022."
    )
    assert addressed(typed, people) == (
        1,
        "In answer to your question, I stated that the incident took place in 2021; I have "
        "since confirmed that it was in March 2022.",
    )
    people = [Interviewer(name="Kenji Aoyama"), Interviewer(name="Emily Hartwell")]
    typed = "I promised to send Mr. Aoyama the PDF of my thesis summary."
    assert addressed(typed, people) == (0, "I promised to send you the PDF of my thesis summary.")


def test_a_careful_correction_to_their_question_is_said_as_typed() -> None:
    text = (
        "In answer to your question, I stated that the incident took place in 2021; I have since "
        "confirmed that it was in March 2022."
    )
    assert _letter(follow_up=text).count(text) == 1


@pytest.mark.parametrize(
    ("typed", "said", "never"),
    [
        # a check of the candidate is no chance they hope for (reader 63's h357)
        ("ref checks this wk, decision by fri 29th",
         "I look forward to hearing from you by Friday 29 January.", "chance of the reference"),
        # the place they come to, typed bare, set aside; the step said (reader 63's h359)
        ("come to workshop for trial next wk", "I look forward to the trial next week.",
         "I look forward to hearing from you."),
    ],
)  # fmt: skip
def test_a_next_step_of_reader_63s_set_is_welcomed(typed: str, said: str, never: str) -> None:
    letter = " ".join(_letter(next_steps=typed).split())
    assert said in letter and never not in letter


@pytest.mark.parametrize(
    "typed",
    [
        # reader 63: the letter claimed sole authorship the notes doubted, and stated a podcast
        # name the notes said to check
        "wrote the wet-cleaning protocol now used at Burrell (check if I can actually say that -"
        " it was co-written w/ Ruth)",
        "led the ISO audit prep - not sure, maybe co-led",
    ],
)
def test_a_point_marked_to_check_is_never_said(typed: str) -> None:
    read = read_point(typed)
    assert read.said is None and "check" in read.why


def test_a_personal_note_marked_to_check_is_never_said() -> None:
    said = rapport_line("recommended the podcast 'the hydrographic pod' (check exact name)", ["X"])
    assert said.text is None
    # the same note with no mark is said: the mark is what keeps it out
    assert rapport_line("recommended the podcast 'The Hydrographic Pod'", ["X"]).text


# Readers 65 and 67's sets (h363-h378), after their blind A/B: greetings, personal notes,
# answers and follow-ups, each expected by hand.
@pytest.mark.parametrize(
    ("name", "salutation", "tone", "greeted"),
    [
        ("Ing. Carla Vargas", None, "concise", "Carla"),  # a title of another language
        ("M. Cheikh Ndiaye", None, "warm", "Cheikh"),  # "M." for Monsieur, never "Dear M.,"
        ("J. Smith", None, "warm", "J."),  # two words: the initial is all there is
        ("Mrs. Nguyễn Thị Lan", "Chị Lan (she said call her chị Lan) - in letter prob use ??",
         "warm", "Chị Lan"),  # the note typed after the salutation set aside
    ],
)  # fmt: skip
def test_a_greeting_never_names_a_title_or_a_note(
    name: str, salutation: str | None, tone: str, greeted: str
) -> None:
    from composer.offline.envelope import salutation as said

    assert said(Interviewer(name=name, salutation=salutation), tone) == greeted


def test_a_retirement_two_years_away_is_not_wished_yet() -> None:
    said = rapport_line("he's retiring in ~2 yrs, said they need ppl who'll stay", ["Ray Baca"])
    assert said.text is None
    assert rapport_line("he's retiring in March", ["Ray Baca"]).text  # near: wished


def test_an_answer_that_only_names_a_story_is_not_said() -> None:
    # reader 67's h374: "When you asked about a time I disagreed with a supervisor, I told the
    # chlorine dose story." read as a note and pushed out the one job topic
    letter = _letter(
        interviewers=[
            {
                "name": "Ray Baca",
                "topics": [
                    "pump maintenance, what i can do myself vs call maint",
                    "asked about a time i disagreed w/ a supervisor -> told the chlorine dose "
                    "story (kept it short)",
                ],
            }
        ]
    )
    assert "chlorine dose story" not in letter


def test_a_careful_follow_up_of_two_sentences_is_said_as_typed_to_the_one_it_names() -> None:
    # reader 65's h366: "..., not by me alone, I also promised Dr, Darko ..." (a comma splice)
    typed = (
        "I would like to clarify that the 120 farmers were trained by our whole team of four, not "
        "by me alone. I also promised Dr. Darko a copy of my research summary, which I will "
        "enclose."
    )
    said = (
        "I would like to clarify that the 120 farmers were trained by our whole team of four, not "
        "by me alone."
    )
    letter = " ".join(
        _letter(
            interviewers=[{"name": "Dr. Yaw Darko", "topics": ["grading"]}], follow_up=typed
        ).split()
    )
    assert said in letter
    # session 56 (reader 79: a promise only restated, "without sending it"): kept, as promised
    assert "As promised" in letter and "a copy of my research summary" in letter
    assert "which I will enclose" not in letter


def test_a_second_clause_of_a_highlight_in_a_second_language_takes_its_past() -> None:
    typed = "I make the moisture measurement plan for Hervanta project and it save about 2 weeks"
    assert mended(typed, "highlights") == (
        "I made the moisture measurement plan for Hervanta project and it saved about 2 weeks"
    )


# Found reading the dev dump (session 55's tree against its base): each a sentence the base did
# not write and that no candidate would send, now left as it was or said right.
def test_a_topic_inside_a_longer_noun_phrase_is_not_said_as_them() -> None:
    from composer.offline.topicit import topic_as_pronoun

    typed = "I built auto-tagging for opponent set pieces"
    values = {"clause": typed, "clause_lower": typed, "clause_also": typed}
    assert topic_as_pronoun(values, "set pieces")["clause"] == typed  # never "an opponent them"
    raised = "I helped raise on-time departures from 82% to 95%"
    values = {"clause": raised, "clause_lower": raised, "clause_also": raised}
    assert topic_as_pronoun(values, "on-time departures")["clause"] == (
        "I helped raise them from 82% to 95%"
    )


@pytest.mark.parametrize(
    "typed",
    [
        "picking accuracy 97% -> 99.6% after new scan process",  # a measure, typed as a note
        "Picking accuracy up from 97% to 99.6%",  # a measure named by a gerund: never "picked"
    ],
)
def test_a_gerund_naming_a_measure_is_no_deed(typed: str) -> None:
    assert as_deed(typed) == typed


def test_a_deed_whose_tail_says_what_came_of_it_is_not_cut_to_its_head() -> None:
    # "I set up a Rodin4D scanning at my last clinic." lost "no more plaster for ~80% of cases"
    assert (
        read_point("set up Rodin4D scanning at my last clinic - no more plaster for ~80%").said
        is None
    )


def test_a_trip_ahead_is_no_event_to_wish_luck_with() -> None:
    # "Good luck with your Cessna 172 to Oshkosh next summer."
    assert rapport_line("he is flying his Cessna 172 to Oshkosh next summer", ["X"]).text is None


# Reader 69's set (h379-h386), after its blind A/B.
def test_a_second_report_of_the_room_is_not_pasted_into_the_close() -> None:
    typed = (
        "Mr. Albuquerque said the board will make a decision by the end of February and that he "
        "would telephone me personally."
    )
    letter = " ".join(_letter(next_steps=typed).split())
    assert "I look forward to hearing from you by the end of February." in letter
    assert "and that he" not in letter


def test_a_name_typed_unsure_in_a_next_step_is_not_said() -> None:
    from composer.offline.closers import contact_plain

    assert (
        contact_plain("HR (Ahmed?) to call by end of next wk") == "HR will call by end of next wk"
    )
    assert contact_plain("HR (Nomsa) to call by Fri") == "Nomsa will call by Fri"


def test_a_line_that_breaks_off_keeps_its_whole_sentences() -> None:
    from composer.offline.clauses import unfinished_dropped

    typed = (
        "I would bring disciplined load planning. I also think my background would help with "
        "the transition, because I have"
    )
    assert unfinished_dropped(typed) == "I would bring disciplined load planning."
    assert unfinished_dropped("cut waste by 12% and") == "cut waste by 12% and"  # one part
    assert unfinished_dropped("I can start in March.") == "I can start in March."


def test_a_list_of_languages_typed_fluent_in_is_said_whole() -> None:
    # was "I am fluent in Portuguese in Spanish, English and French."
    assert read_point("Fluent in Portuguese, Spanish, English and French").sentence() == (
        "I am fluent in Portuguese, Spanish, English and French."
    )


def test_a_report_of_the_room_is_cut_from_the_close_but_its_look_ahead_stays() -> None:
    # reader 73's h397: the cut took "; I look forward to hearing from you" with it, and the
    # checker found a close that looks ahead to nothing
    from composer.offline.stepalso import close_trimmed

    typed = (
        "As I understand it, the committee will meet at the end of next week and that they hope "
        "to make an offer by March 20; I look forward to hearing from you"
    )
    assert close_trimmed(typed) == (
        "As I understand it, the committee will meet at the end of next week; I look forward to "
        "hearing from you"
    )


def test_a_careful_correction_of_two_long_sentences_is_said_as_typed() -> None:
    # reader 71's h390: "I would like to add that I finished in March 2022. I promised you a
    # summary ... and which I will enclose." (what finished lost; "and which")
    typed = (
        "I would like to correct one figure: I said the kiln project at my current employer was "
        "completed in 2021, but commissioning actually finished in March 2022. I also promised "
        "Mr. Zieliński a summary of the bisque-curve study from 2019, which I will enclose."
    )
    said = (
        "I would like to correct one figure: I said the kiln project at my current employer was "
        "completed in 2021, but commissioning actually finished in March 2022."
    )
    people = [{"name": "Marek Zieliński", "salutation": "Mr. Zieliński", "topics": ["kilns"]}]
    letter = " ".join(_letter(interviewers=people, follow_up=typed).split())
    assert said in letter
    # session 56 (reader 79): the promise said as kept, never only restated
    assert "As promised" in letter and "a summary of the bisque-curve study from 2019" in letter


def test_a_second_reported_that_is_not_said_in_the_candidates_voice() -> None:
    from composer.offline.clauses import that_dropped

    # reader 71's h394: "... in Nakuru, and that I follow a strict sampling schedule"
    assert that_dropped("I have run trials for four years, and that I follow a schedule") == (
        "I have run trials for four years, and I follow a schedule"
    )
    kept = "I said that the plan works, and that I would test it first"
    assert that_dropped(kept) == kept


def test_what_they_went_on_to_ask_is_not_named_with_what_they_described() -> None:
    from composer.offline.topicreported import reported

    typed = (
        "She described the plan to supply school shoe leather to the county governments and "
        "asked how I would keep quality consistent at higher volume."
    )
    assert reported(typed) == "the plan to supply school shoe leather to the county governments"
