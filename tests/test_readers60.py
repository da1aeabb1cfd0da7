"""Session 60: personal notes typed carefully, as one long sentence of the room, that every
earlier tree left out ("it could not be turned into a line addressed to them"): the blind
readers of sessions 58-59 named the dropped personal touch as a top fault of careful files.
Every expected sentence is written here by hand."""

from __future__ import annotations

import pytest

from composer.offline.rapport import rapport_line
from composer.offline.rapportcareful import readings


def _formal(note: str) -> str | None:
    return rapport_line(note, (), tone="formal").text


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "Dr. Ngata recommended that I read the published review of the 2009 Samoa tsunami "
            "response, which the service still uses in training.",
            "I am grateful for your recommendation of the published review of the 2009 Samoa "
            "tsunami response, and I intend to read it.",
        ),
        (
            "Mr. Crane recommended that I reread Frank Hubbard's Three Centuries of Harpsichord "
            "Making, which he keeps on the bench and still consults.",
            "Thank you for recommending Frank Hubbard's Three Centuries of Harpsichord Making; I "
            "will reread it.",
        ),
        (
            "Mr. Ashdown recommended that I read Reitz and Wing's Zooarchaeology again before "
            "starting, particularly the chapters on taphonomy, because the team uses it as a "
            "shared reference.",
            "Thank you for recommending Reitz and Wing's Zooarchaeology; I will reread it.",
        ),
        (
            "He recommended that I get hold of the Nordic Lichen Flora volumes if I do not "
            "already have them, and said that the volume on Cladoniaceae would be very useful.",
            "Thank you for recommending the Nordic Lichen Flora volumes; I will get hold of them.",
        ),
        (
            "He recommended that I look into the PET/CT certification pathway after my first "
            "year, and said the department supports staff who want to pursue it.",
            "Thank you for recommending the PET/CT certification pathway; I will look into it.",
        ),
        (
            "Mr. Moran recommended John Carter's 'ABC for Book Collectors' as the department's "
            "unofficial handbook; I told him I keep a copy on my desk.",
            "Thank you for recommending John Carter's 'ABC for Book Collectors'; I will go back "
            "to my copy.",
        ),
        (
            "He recommended a Porto supplier for vegan inks that he has used for years.",
            "Thank you for recommending a Porto supplier for vegan inks; I will look into it.",
        ),
        (
            "Mr. Lindqvist mentioned that his daughter is getting married in Gothenburg in "
            "December and that he will be away for two weeks.",
            "I hope your daughter's wedding in Gothenburg in December is a wonderful day.",
        ),
        (
            "Dr. Rossi will be presenting at a tunnel safety conference in Graz in September; I "
            "mentioned that I attend regularly.",
            "I wish you every success with your presentation at the tunnel safety conference in "
            "Graz in September.",
        ),
        (
            "She is presenting at the European Crystallographic Meeting in August and asked "
            "whether I would be attending. I will be, and we agreed to meet there.",
            "I wish you every success with your presentation at the European Crystallographic "
            "Meeting in August.",
        ),
        (
            "His workshop holds an open day on Saturday 17 June, and he invited me to come and "
            "meet the rest of the team informally.",
            "Thank you for the kind invitation to the open day on Saturday 17 June.",
        ),
        (
            "She mentioned the puppy walker open day on 3 May and said I would be welcome to "
            "come along.",
            "Thank you for the kind invitation to the puppy walker open day on 3 May.",
        ),
        (
            "Dr. Albers sings in a choir that is performing the St Matthew Passion at the "
            "Thomaskirche on Good Friday, and he suggested I come and listen.",
            "Thank you for the kind invitation to the St Matthew Passion at the Thomaskirche on "
            "Good Friday.",
        ),
        (
            "He mentioned that the company will be hosting a regional cocoa quality workshop in "
            "Kumasi in March, and suggested I attend if I join.",
            "Thank you for the kind invitation to the regional cocoa quality workshop in Kumasi in "
            "March.",
        ),
        (
            "Captain Al-Hinai sailed as chief officer with the same tanker company I joined as a "
            "cadet, and we found we had both served on the same ship, several years apart.",
            "It was a pleasure to discover that we had both served on the same ship.",
        ),
        (
            "Dr. Okafor completed her PhD in the same department at the University of "
            "Saskatchewan, and we discovered we had the same lab coordinator, who is still there.",
            "It was a pleasure to discover that we had the same lab coordinator.",
        ),
        (
            "Ms. Nair also trained at University College Cork, a few years after me, and we had "
            "several lecturers in common.",
            "It was a pleasure to discover that we both trained at University College Cork.",
        ),
        (
            "We found that we both studied at NID in Ahmedabad, about ten years apart, and had "
            "the same textiles teacher in the first year.",
            "It was a pleasure to discover that we both studied at NID in Ahmedabad.",
        ),
    ],
)
def test_a_careful_personal_note_is_said_by_its_plain_clause(typed: str, said: str) -> None:
    assert _formal(typed) == said


@pytest.mark.parametrize(
    "typed",
    [
        # what the candidate answered is theirs, never the reader's news
        "He coaches his daughter's handball team in Vejle, and I mentioned that I played "
        "handball until I was twenty.",
        # a change of career told as theirs: no line says it safely
        "He told me that he changed careers himself; he was a carpenter before he studied "
        "engineering, so he understood my situation.",
    ],
)
def test_a_careful_note_no_clause_of_which_reads_is_left_out(typed: str) -> None:
    assert _formal(typed) is None


def test_the_plain_readings_of_a_careful_note() -> None:
    note = (
        "Mr. Attard grew up in Xagħra, the same village as my mother's family, and we found "
        "that we know several of the same people."
    )
    assert readings(note) == ["He grew up in Xagħra.", "We know several of the same people."]


def test_a_note_in_shorthand_has_no_careful_reading() -> None:
    assert readings("rec'd the new ottolenghi book, will get it") == []
    assert readings("he recommended that I read the review of the response") == []


def test_a_recommendation_naming_no_thing_alone_is_never_said_as_one() -> None:
    said = _formal("He suggested that I attend if I join, and he recommended whatever I like.")
    assert said is None or "if I join" not in said


# Follow-ups the readers of round 10 (163, 165) and of rounds 7-8 found missing or pasted.
def _follow(typed: str, tone: str = "warm") -> str | None:
    from composer.offline.followup import follow_up_line
    from composer.offline.phrasebook import Variation

    return follow_up_line(typed, frozenset(), tone, "email", Variation(""))


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "I say 9 DCD cases but is 11, I check after in my records.",
            "One correction to what I said in the interview: the figure is 11 DCD cases, not 9.",
        ),
        (
            "also i said 2019 for the migration, it was actually 2020",
            "One correction to what I said in the interview: the migration was in 2020, not 2019.",
        ),
        (
            "I want to send the checklist I made (anonymised) like I promise",
            # session 67: how it is sent said before it, never in the note's bracket
            "As promised, I have attached the anonymised checklist I made.",
        ),
        (
            "I promise send photos of collectors I install",
            "As promised, I have attached photos of collectors I install.",
        ),
        (
            "send link to showreel (the updated one w/ the haka breakdown, not the old vimeo).",
            "I would be glad to send the link to my updated showreel.",
        ),
    ],
)
def test_a_follow_up_typed_short_is_said_as_meant(typed: str, said: str) -> None:
    assert _follow(typed) == said


@pytest.mark.parametrize(
    "typed",
    [
        "i said 'about 12 yrs' at one point, it's 14",  # was "..., with it is 14."
        "I say 3 to 6 liters but in Chungungo the good months was up to 8, I want correct this.",
    ],
)
def test_a_correction_no_reading_puts_right_is_never_said_garbled(typed: str) -> None:
    said = _follow(typed) or ""
    assert "with it is" not in said
    assert not said.endswith("I want.")


def test_a_careful_correction_led_by_i_should_is_said_whole_to_the_reader() -> None:
    from composer.offline.carefulasked import said_with_care

    typed = (
        "I should correct one figure: I said the Al Ain herd averaged 7 litres per camel per "
        "day, but the correct annual average is 6.4 litres; 7 litres was the peak-season "
        "figure. I also promised to send Dr. Verhoeven a copy of our colostrum protocol."
    )
    assert said_with_care(typed, ["Dr. Verhoeven"]) == (
        "I would like to correct one figure: I said the Al Ain herd averaged 7 litres per camel "
        "per day, but the correct annual average is 6.4 litres; 7 litres was the peak-season "
        "figure. I also promised to send you a copy of our colostrum protocol."
    )


def test_a_purpose_after_an_aside_is_no_list_item() -> None:
    from composer.offline.cleaning import clean

    typed = (
        "I used SWE percentages of normal, together with the seasonal temperature outlook, to "
        "flag basins at risk"
    )
    assert clean(typed) == typed
    assert clean("I checked the pumps, the valves, the filters") == (
        "I checked the pumps, the valves and the filters"
    )


def test_a_sentence_ending_on_a_want_with_nothing_wanted_is_stopped() -> None:
    from composer.offline.wellformed import problem

    assert problem("I said 3 to 6 litres, I want.")
    assert not problem("I would like to thank you again.")


def test_a_later_stage_told_after_the_step_is_no_time_of_the_step() -> None:
    import datetime as dt

    from composer.offline.nextsteps import next_steps_line
    from composer.offline.phrasebook import Variation

    typed = (
        "Dr. Sandhu said the panel will finish interviews this week and HR will contact the "
        "successful candidate next week. Reference checks would follow before the start of the "
        "January survey season."
    )
    days = (dt.date(2028, 12, 12), dt.date(2028, 12, 13))
    said = next_steps_line(typed, frozenset(), "warm", "email", Variation(""), days=days)
    assert said == "I look forward to hearing from you next week"


@pytest.mark.parametrize(
    ("field", "typed", "said"),
    [
        (
            "qualifications",
            "Currently Operations Manager at a 1,800-camel dairy in Al Ain",
            "I am currently Operations Manager at a 1,800-camel dairy in Al Ain.",
        ),
        (
            "qualifications",
            "Fluent German and English, good Danish",
            "I speak fluent German and English, and good Danish.",
        ),
        (
            "rapport",
            "He recommended the European Coatings Show in Nuremberg next spring, where the "
            "company will have a stand.",
            "the European Coatings Show in Nuremberg next spring",
        ),
    ],
)
def test_round_ten_lines_are_said_as_a_person_would(field: str, typed: str, said: str) -> None:
    from tests.fakes import body_of, notes_with

    body = body_of(notes_with(**{field: [typed]}))
    assert said in body
    assert "Currently Operations" not in body
    assert "to watch" not in body and "watching it" not in body


@pytest.mark.parametrize(
    ("figure", "article"),
    [("1,800-camel", "a"), ("18,000", "an"), ("11,000", "an"), ("1800", "an"), ("180", "a")],
)
def test_a_figure_typed_with_a_comma_takes_the_article_of_its_first_group(
    figure: str, article: str
) -> None:
    from composer.offline.lexicon import article as article_for

    assert article_for(figure) == article


def test_an_answer_told_about_is_said_as_told() -> None:
    from composer.offline.topics import read_topic

    topic = read_topic(
        "She asked about a failure I had learned from. I told her about a batch that set off on "
        "the press because of a rheology error I missed, and the checklist I introduced "
        "afterwards."
    )
    assert topic.answer.startswith("I told you about a batch that set off on the press")
    assert "I said about" not in topic.answer


def test_a_contribution_cut_off_after_can_also_is_stopped() -> None:
    from composer.offline.wellformed import problem

    assert problem("I know the farmers in the area and can also.")
    assert not problem("I will help where I can.")


# Round 11 (readers 167, 169): corrections led as corrections, closes that end on their step.
@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "sludge was 45 m3 not 40 (checked logbook)",
            "One correction: the sludge was 45 m3 not 40.",
        ),
        (
            "Also the rejection rate number is for sacking only, not for yarn.",
            "One correction: the rejection rate number is for sacking only, not for yarn.",
        ),
        ("forgot to mention I speak Welsh", "One thing I did not get to mention: I speak Welsh."),
    ],
)
def test_a_correction_is_led_as_one_and_an_addition_as_one(typed: str, said: str) -> None:
    assert _follow(typed) == said


def test_a_promise_typed_first_takes_no_correction_lead() -> None:
    from composer.offline.followlead import corrects

    assert not corrects(
        "I forget to say I have the certificate from the Jaén course, she did not ask for it but "
        "I want to send the copy. Also I say 1,500 but it is about 1,800."
    )
    assert corrects("I said I had given evidence about twenty times; my log shows it is 26.")


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "bex to ring by end of next wk, then ref checks (gave 2 refs)",
            "I look forward to hearing from Bex by the end of next week",
        ),
        (
            "Martin said they hope to decide by the end of next week and may invite two "
            "candidates back for a practical trial day.",
            "I look forward to hearing from you by the end of next week",
        ),
    ],
)
def test_a_close_ends_on_its_step_not_their_later_one(typed: str, said: str) -> None:
    import datetime as dt

    from composer.offline.nextsteps import next_steps_line
    from composer.offline.phrasebook import Variation

    days = (dt.date(2029, 1, 16), dt.date(2029, 1, 17))
    assert next_steps_line(typed, frozenset(), "warm", "email", Variation(""), days=days) == said


def test_a_highlight_that_grades_the_answer_given_is_left_out() -> None:
    from composer.offline.items import Kind, read_point

    item = read_point(
        "I gave a clear, step-by-step answer on how to respond to a missed surfacing."
    )
    assert item.kind == Kind.OPINION and item.said is None
    assert read_point("I made a plan for the launch").said is not None


def test_a_note_capital_inside_a_sentence_is_stopped() -> None:
    from composer.offline.wellformed import problem

    assert problem("I have Two GLP monitoring inspections without critical findings.")
    assert problem("I have experience with Currently Section Leader, Ecotoxicology.")
    assert not problem("We walked the Yorkshire Three Peaks.")


def test_a_shared_place_keeps_no_note_aside() -> None:
    assert _formal("we are both from Faridpur, same district") == (
        "It was a pleasure to discover that we are both from Faridpur."
    )


def test_a_linkedin_note_names_the_follow_up_it_cannot_hold() -> None:
    import datetime as dt

    from composer import compose
    from tests.fakes import notes_with

    notes = notes_with(follow_up="I said about twenty; my log shows it is 26.")
    data = notes.model_dump(mode="json") | {"channel": "linkedin", "tone": "concise"}
    from composer.models import Notes

    [letter] = compose(Notes.model_validate(data), today=notes.interview.date + dt.timedelta(1))
    assert any("leaves out your follow-up" in n for n in letter.notices)


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("verification backlog cut ~40%", "I cut the verification backlog by about 40%"),
        ("complaints reduced 30%", "I reduced complaints by 30%"),
    ],
)
def test_a_result_typed_thing_first_is_said_as_done(typed: str, said: str) -> None:
    from composer.offline.items import read_point

    item = read_point(typed)
    assert item.said is not None and item.said.text() == said


def test_list_parts_joined_where_they_are_no_list_are_stopped() -> None:
    from composer.offline.wellformed import problem

    assert problem("I have experience in inspector III, Kiambu county and five years.")
    assert problem("I have five years, of experience in mostly racing yards.")
    assert not problem("I have worked there for five years.")


# Round 12 (readers 171, 173).
@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "Approved road safety audit team leader",
            "I am an approved road safety audit team leader",
        ),
        (
            "Chartered Professional Engineer (CPEng)",
            "I am a Chartered Professional Engineer (CPEng)",
        ),
        ("approved the budget for the depot", "I approved the budget for the depot"),
    ],
)
def test_a_standing_granted_is_held_and_a_name_keeps_its_short_form(typed: str, said: str) -> None:
    from composer.offline.items import read_point

    item = read_point(typed)
    assert item.said is not None and item.said.text() == said


def test_the_reader_named_by_surname_in_the_step_is_you() -> None:
    import datetime as dt

    from composer.offline.nextsteps import next_steps_line, reader_names
    from composer.offline.phrasebook import Variation

    typed = "M. Lefebvre will call by Friday 2 March; if it goes ahead, the second meeting ..."
    reader = reader_names("Thomas Lefebvre", "Owner and Managing Director", "M. Lefebvre")
    days = (dt.date(2029, 2, 20), dt.date(2029, 2, 21))
    said = next_steps_line(
        typed, frozenset(), "warm", "email", Variation(""), reader=reader, days=days
    )
    assert said == "I look forward to hearing from you by Friday 2 March"


def test_years_in_a_field_and_in_a_part_of_it_are_said_as_one_span() -> None:
    from composer.offline.items import read_point

    item = read_point("22 years in transport engineering, 15 years in road safety auditing")
    assert item.said is not None and item.said.text() == (
        "I have 22 years of experience in transport engineering, 15 of them in road safety auditing"
    )


def test_a_question_asked_as_a_kind_of_question_is_what_it_was_about() -> None:
    from composer.offline.topics import read_topic

    topic = read_topic(
        "He asked a technical question about how I would rate a concern near a school. I "
        "explained my risk rating approach."
    )
    assert topic.text == "how I would rate a concern near a school"
    assert "I asked" not in topic.text


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "Ms. Jónsdóttir said they will decide on the first group of guides by the end of "
            "February, and training starts on 20 April.",
            "I look forward to hearing from you on the first group of guides by the end of "
            "February",
        ),
        (
            "Mr. Mendonça will decide by Friday and, if positive, I would do a trial day in early "
            "March.",
            "I look forward to hearing from you by Friday",
        ),
    ],
)
def test_a_close_cut_after_its_time_keeps_no_dangling_part(typed: str, said: str) -> None:
    import datetime as dt

    from composer.offline.nextsteps import next_steps_line
    from composer.offline.phrasebook import Variation

    days = (dt.date(2029, 2, 20), dt.date(2029, 2, 21))
    assert next_steps_line(typed, frozenset(), "warm", "email", Variation(""), days=days) == said


def test_also_goes_after_a_modal() -> None:
    from composer.offline.alsoword import also_inside

    assert also_inside("I can guide in German and English.") == (
        "I can also guide in German and English."
    )
    assert also_inside("I hold OSHA 30.") == "I also hold OSHA 30."


def test_a_follow_up_said_in_parts_has_one_addition_lead_at_most() -> None:
    from composer.offline.followlead import joined

    said = joined(
        [
            "In our conversation I said I had five years of experience; in fact it is six.",
            "One thing I would add: I started in January 2023.",
            "A quick addition to our conversation: I will also send the link to my portfolio.",
        ]
    )
    assert said == (
        "In our conversation I said I had five years of experience; in fact it is six. I started "
        "in January 2023. I will also send the link to my portfolio."
    )
    # a lead before a clause of no "I" stays: "the sludge was ..." could not stand alone
    kept = joined(
        ["One correction: the sludge was 45 m3.", "One thing I would add: the tank is new."]
    )
    assert kept.endswith("One thing I would add: the tank is new.")


def test_a_close_never_ends_on_a_bare_after() -> None:
    import datetime as dt

    from composer.offline.nextsteps import next_steps_line
    from composer.offline.phrasebook import Variation

    days = (dt.date(2029, 2, 20), dt.date(2029, 2, 21))
    typed = "trustees meet 1st wk of march, Fiona phones after"
    said = next_steps_line(typed, frozenset(), "warm", "email", Variation(""), days=days)
    assert said == "I look forward to hearing from Fiona"


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("First aid certificate", "I hold a first aid certificate"),
        ("forklift licence", "I hold a forklift licence"),
    ],
)
def test_a_certificate_typed_bare_is_one_held(typed: str, said: str) -> None:
    from composer.offline.items import read_point

    item = read_point(typed)
    assert item.said is not None and item.said.text() == said


def test_a_deed_typed_after_too_is_no_kind_of_person() -> None:
    said = _formal("he worked hotel front desk too") or ""
    assert "a fellow worked" not in said


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "MSc in Ecology (Distinction), University of Canterbury",
            "I hold an MSc in Ecology from the University of Canterbury, with distinction",
        ),
        ("62 wpm typing", "I type at 62 words per minute"),
    ],
)
def test_a_grade_in_the_bracket_and_a_typing_speed_are_said_as_meant(typed: str, said: str) -> None:
    from composer.offline.items import read_point

    item = read_point(typed)
    assert item.said is not None and item.said.text() == said
