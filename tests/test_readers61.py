"""Session 61: faults a blind reader quoted in second-language and careful notes (reader 173's
h796 and the rounds after it). Every expected sentence is written here by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from composer.offline import cvshares, itemfront, sendthing
from composer.offline.followup import follow_up_line
from composer.offline.items import read_point
from composer.offline.nextsteps import next_steps_line
from composer.offline.phrasebook import Variation
from composer.offline.rapport import rapport_line
from composer.offline.secondlanguage import mended
from composer.offline.stepwho import colleague_titled
from composer.offline.topics import read_topic
from composer.offline.wellformed import problem


def _warm(note: str) -> str | None:
    return rapport_line(note, ()).text


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "she also studied at Oxford, same college as me",
            "I enjoyed discovering that we both studied at Oxford.",
        ),
        (
            "she went to Oxford, same college as me, a few years earlier",
            "I enjoyed discovering that we both went to Oxford.",
        ),
        (
            "she also studied at VŠCHT in Prague, same faculty like me (fermentation), but some "
            "years before",
            "I enjoyed discovering that we both studied at VŠCHT in Prague.",
        ),
        (
            "she recommended me the brewing museum in Plzeň, I did not visit yet",
            "Thank you for recommending the brewing museum in Plzeň; I will visit it.",
        ),
        (
            "she recommended the brewing museum in Plzeň, I haven't been yet",
            "Thanks, too, for recommending the brewing museum in Plzeň: I will visit it.",
        ),
        (
            "he recommended Deep Work - haven't read yet",
            "Thanks, too, for recommending Deep Work: I will read it.",
        ),
    ],
)
def test_a_shared_place_or_a_recommendation_not_yet_taken_up_is_said(typed: str, said: str) -> None:
    assert _warm(typed) == said


@pytest.mark.parametrize(
    ("typed", "field", "said"),
    [
        # a line whose last words date it: the whole line is past, not only its last clause
        (
            "she also study at VŠCHT in Prague, same faculty like me, but some years before",
            "rapport",
            "she also studied at VŠCHT in Prague, same faculty like me, but some years before",
        ),
        (
            "she recommend me the brewing museum in Plzeň, I did not visit yet",
            "rapport",
            "she recommended me the brewing museum in Plzeň, I did not visit yet",
        ),
        # a change by a share typed with no "by"; the team the deed was done in
        (
            "in Prostějov we reduce water use in steeping around 15% with new schedule, I was "
            "part of team",
            "highlights",
            "in Prostějov we reduced water use in steeping by around 15% with new schedule; I "
            "was part of the team",
        ),
        (
            "we cut the scrap rate about 8% in one year",
            "highlights",
            "we cut the scrap rate by about 8% in one year",
        ),
    ],
)
def test_a_second_language_line_is_mended(typed: str, field: str, said: str) -> None:
    assert mended(typed, field, year=2029) == said


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # round 13 (readers 175, 177): a wrong fact, a reread museum, a name given "the" twice
        (
            "He told me he also started as a photographer in the 1990s before moving into "
            "aerial survey, and said the habit of checking the light never leaves you.",
            "I enjoyed discovering that we both started as photographers.",
        ),
        (
            "Mr. Asano recommended that I visit the gold leaf museum in Higashiyama again, "
            "because a new exhibit on historic beating tools opened this month.",
            "Thanks, too, for recommending the gold leaf museum in Higashiyama: I will revisit it.",
        ),
        (
            "running the BMO vancouver marathon in may, 1st one, training in the snow lol",
            "I hope the BMO Vancouver Marathon in May goes well.",
        ),
        (
            "running the brooklyn half in may, 1st one, nervous abt it",
            "I hope the Brooklyn half in May goes well.",
        ),
        (
            "also ex-Aus - did 4 yrs at a VIC lab, same era as me",
            "I enjoyed discovering that we have both worked in Australia.",
        ),
        (
            "he recommended that I visit the sauna village in Muurame, many old saunas there, "
            "good to see the finnish style",
            "Thank you for recommending the sauna village in Muurame; I look forward to visiting "
            "it.",
        ),
    ],
)
def test_round_13_personal_notes(typed: str, said: str) -> None:
    assert _warm(typed) == said


@pytest.mark.parametrize(
    ("typed", "field", "said"),
    [
        ("he ask if I can read finnish drawings, I say yes but little bit slow", "topics",
         "he asked if I can read finnish drawings, I said yes but a little bit slow"),
        ("I show photos of smoke sauna we rebuild from 1920s", "highlights",
         "I showed photos of smoke sauna we rebuilt from the 1920s"),
        ("he recommend me to visit sauna village in Muurame", "rapport",
         "he recommended that I visit the sauna village in Muurame"),
        ("I forget to say I have also driving licence C category (truck), maybe useful for "
         "deliver the log frames. also want to send the photos after", "follow_up",
         "I forgot to say I also have a category C driving licence (truck), which may be useful "
         "for delivering the log frames. I will also send the photos"),
        ("I say we stop, is better lose one fish than lose the reputation", "topics",
         "I said we stop; it is better to lose one fish than lose the reputation"),
        ("I say we stop and not salt", "topics", "I said we stop and do not salt"),
        ("we sell cats and not dogs", "topics", "we sell cats and not dogs"),
        ("I have the HACCP certificate, is valid until 2030", "follow_up",
         "I have the HACCP certificate, which is valid until 2030"),
        ("he recommend me to visit the farm before decide", "rapport",
         "he recommended me to visit the farm before deciding"),
        # a careful native line is left as typed
        ("I reduced my rejection rate from about 14% to about 8% over three years", "highlights",
         "I reduced my rejection rate from about 14% to about 8% over three years"),
        ("we met before lunch and after work", "topics", "we met before lunch and after work"),
    ],
)  # fmt: skip
def test_round_13_second_language_lines(typed: str, field: str, said: str) -> None:
    assert mended(typed, field, year=2029) == said


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "He said he would pass his notes to HR and that the next step would be an on-site "
            "skills test on the shop floor, likely the week of March 26.",
            "I look forward to an on-site skills test on the shop floor",
        ),
        ("the next step would be an on-site skills test",
         "I look forward to an on-site skills test"),
        ("they will confirm the second round by Friday",
         "I look forward to hearing from you by Friday"),
    ],
)  # fmt: skip
def test_a_next_step_told_as_what_it_is_is_no_time(typed: str, said: str) -> None:
    days = (dt.date(2029, 3, 20), dt.date(2029, 3, 21))
    assert next_steps_line(typed, frozenset(), "warm", "email", Variation(""), days=days) == said


def test_the_next_stage_is_never_said_as_when_to_hear() -> None:
    days = (dt.date(2029, 3, 20), dt.date(2029, 3, 21))
    typed = (
        "Dr. Lahlou said the panel will finish interviews on 27 March and that Human Resources "
        "will contact shortlisted candidates in the first half of April. The next stage may "
        "include a written forecasting exercise."
    )
    said = next_steps_line(typed, frozenset(), "warm", "email", Variation(""), days=days)
    assert "hearing from you next stage" not in said
    assert "27 March" in said


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "forgot to say i'm taking the advanced cert exam in june -> tell them!! also i think "
            "i said 14 min at one point, thesis trio is 12 min, fix that",
            "One thing I did not get to mention: I am taking the advanced certification exam in "
            "June. One correction to what I said in the interview: the thesis trio was 12 "
            "minutes, not 14.",
        ),
        (
            "i said red seal was 2019, it's 2021 (apprenticeship started 2017). fix that. also "
            "can send the crack log template if rob wants it",
            "One correction to something I said: red seal was in 2021, not 2019. I would be "
            "happy to send the crack log template if it would be useful.",
        ),
        (
            "I forgot to say I have the HACCP certificate, which is valid until 2030. Also I "
            "said 12 years in the interview but is 11 years experience, I want to correct this.",
            "One thing I would add: I have the HACCP certificate, which is valid until 2030. One "
            "correction to what I said in the interview: the figure is 11 years, not 12.",
        ),
    ],
)
def test_a_figure_put_right_in_shorthand_is_a_correction(typed: str, said: str) -> None:
    assert follow_up_line(typed, frozenset(), "warm", "email", Variation("")) == said


@pytest.mark.parametrize(
    "typed",
    [
        "I was able to explain the whole process from paper preparation to packing.",
        "I was open about the season in which my assessment was wrong, which the panel seemed "
        "to appreciate.",
        "During the trial, Mr. Asano said my packet turning was steady and well timed.",
    ],
)
def test_how_the_candidate_did_in_the_room_is_left_out(typed: str) -> None:
    assert itemfront.read(typed) == itemfront.PRAISE


def test_a_share_now_doing_something_is_said_with_are() -> None:
    said = cvshares.share("4 now signing off independently", "trained five examiners")
    assert said == ", four of whom are now signing off independently"


def test_dates_before_a_clause_are_plural() -> None:
    options = ("As promised, {what} is attached.", "As promised, I have attached {what}.")
    assert sendthing.enclosing(options, "the dates I am available for a full trial week") == (
        "As promised, I have attached {what}.",
    )


def test_a_result_typed_thing_first_with_its_way_is_the_candidates_deed() -> None:
    said = itemfront.read("saw failures down ~40% w/ set change schedule + crack log")
    assert said == "cut saw failures by ~40% with set change schedule + crack log"


def test_a_count_of_things_done_is_said_as_the_doing() -> None:
    assert read_topic("cupped 3 of their coffees").text == "cupping 3 of your coffees"


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # round 14 (readers 179, 181)
        (
            "Mr. Otieno mentioned that he also grew up in Nyeri and went to the same secondary "
            "school as my elder brother, a few years apart.",
            "I enjoyed discovering that we both grew up in Nyeri.",
        ),
        (
            "she also graduated from Ege University textile engineering, 6 years before me",
            "I enjoyed discovering that we both graduated in textile engineering from Ege "
            "University.",
        ),
        (
            "he recommended that I visit the Kingpins show in Amsterdam, in October",
            "Thank you for recommending the Kingpins show in Amsterdam; I look forward to "
            "visiting it.",
        ),
        (
            "recommended the book 'the farmer's dog' by john holmes (old but good he says)",
            "Thank you for recommending the book 'The Farmer's Dog' by John Holmes; I look "
            "forward to reading it.",
        ),
        ("her twins' bday party sat",
         "I hope all goes well with your twins' birthday party on Saturday."),
    ],
)  # fmt: skip
def test_round_14_personal_notes(typed: str, said: str) -> None:
    assert _warm(typed) == said


def test_a_title_cut_at_its_comma_is_left_out() -> None:
    said = rapport_line(
        "She recommended the book 'Plants, People, and Culture' by Balick and Cox to prepare "
        "for the fieldwork.",
        (),
    )
    assert said.text is None


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "correction: I said 40 tonnes per year but is 34 tonnes (40 was the target for 2028, "
            "we don't reach). Want to write this honest. Also I can send them my traceability "
            "excel template if they want",
            "One correction to what I said in the interview: the figure is 34 tonnes per year, "
            "not 40. I would be happy to send my traceability excel template if it would be "
            "useful.",
        ),
        (
            "I promised Mr. Lindqvist a copy of my certificate transcript; I should enclose it "
            "with the letter. I also want to correct one detail: the kiln produced about 1.5 "
            "tonnes over two seasons, not in one season as I said.",
            "As promised, I have attached a copy of my certificate transcript. I also want to "
            "correct one detail: the kiln produced about 1.5 tonnes over two seasons, not in one "
            "season as I said.",
        ),
        (
            "I should correct one figure: the boiler reduced gas use by about 40% in its second "
            "full season, not in its first.",
            "I should correct one figure: the boiler reduced gas use by about 40% in its second "
            "full season, not in its first.",
        ),
    ],
)
def test_round_14_follow_ups(typed: str, said: str) -> None:
    assert follow_up_line(typed, frozenset(), "warm", "email", Variation("")) == said


def test_a_visit_they_may_invite_to_is_hoped_for() -> None:
    days = (dt.date(2029, 4, 17), dt.date(2029, 4, 18))
    typed = "Dimitris say they decide by end of month, maybe first invite me to visit the farm"
    assert next_steps_line(typed, frozenset(), "warm", "email", Variation(""), days=days) == (
        "I look forward to hearing from you by the end of the month, and I hope to have the "
        "chance of a visit to the farm"
    )


def test_the_readers_own_things_in_a_step_are_yours() -> None:
    days = (dt.date(2029, 4, 17), dt.date(2029, 4, 18))
    typed = "bruce to ring thurs or fri, maybe a 2nd day on the farm w/ his dogs next wk"
    said = next_steps_line(
        typed, frozenset(), "warm", "email", Variation(""), reader=("Bruce",), days=days
    )
    assert said.endswith("a second day on the farm with your dogs next week")


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("Textile Engineering BSc, Ege University",
         "a BSc in Textile Engineering from Ege University"),
        ("Mechanical Engineering MSc, TU Delft", "an MSc in Mechanical Engineering from TU Delft"),
    ],
)  # fmt: skip
def test_a_degree_typed_after_its_subject(typed: str, said: str) -> None:
    clause = read_point(typed).said
    assert clause is not None and clause.rest == said


def test_talked_typed_short_names_its_subject() -> None:
    assert read_topic("talked budgets").text == "budgets"
    assert read_topic("talked thru my pup program").text == ""
    assert itemfront.read("talked thru my pup program step by step") == itemfront.PRAISE


def test_a_colleague_named_by_first_name_in_a_step_is_named_by_title() -> None:
    panel = [
        ("Otieno Wekesa", "Dr. Wekesa"),
        ("Grace Mwangi", "Ms. Mwangi"),
        ("May Chen", "Ms. Chen"),
    ]
    to_wekesa = "Otieno Wekesa"
    assert colleague_titled("field day end of april, Grace to email", panel, to_wekesa) == (
        "field day end of april, Ms. Mwangi to email"
    )
    assert colleague_titled("decision end of May, May will call", panel, to_wekesa) == (
        "decision end of May, Ms. Chen will call"
    )
    assert colleague_titled("hear from Grace next wk", panel, "Grace Mwangi") == (
        "hear from Grace next wk"
    )


def test_a_sentence_opening_on_a_comma_is_judged_not_crashed() -> None:
    # round 15's h835 crashed compose with an IndexError in both trees (an empty opener)
    assert problem(", the factor is 1.07.") == "it has no words"


def test_a_fault_of_the_offline_writer_is_one_line_never_a_traceback(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # round 15's h835 crashed compose with a traceback (an IndexError deep in the writer); a
    # fault of the writer's own is now one line on stderr and exit 1
    from typer.testing import CliRunner

    from composer.cli import app
    from composer.offline import backend
    from tests.conftest import EXAMPLES

    def broken(*_args: object, **_kwargs: object) -> None:
        raise IndexError("list index out of range")

    monkeypatch.delenv("THANKYOU_DEBUG", raising=False)
    monkeypatch.setattr(backend.OfflineBackend, "_write", broken)
    result = CliRunner().invoke(
        app, ["compose", str(EXAMPLES / "warm_email.json"), "--today", "2026-11-25"]
    )
    assert result.exit_code == 1
    assert "offline writer failed on the letter to Dana Whitfield (IndexError)" in result.stderr
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout


def test_round_15_a_museum_is_visited_never_read() -> None:
    assert _warm(
        "He recommended the paper museum in Basel for its papermaking demonstrations, since I "
        "mentioned I have never seen hand papermaking in a real mill."
    ) == (
        "Thank you for recommending the paper museum in Basel for its papermaking "
        "demonstrations; I look forward to visiting it."
    )


def test_round_15_a_thing_found_in_a_year_is_no_plain_verb_after_be() -> None:
    from composer.offline.lastgate import last_gate

    assert (
        last_gate("I said the Fishpool Hoard was found in 1967, but it was discovered in 1966.")
        == ""
    )
    assert last_gate("My certificate is expire in October.") != ""


def test_round_15_their_plan_said_to_its_owner_is_yours_throughout() -> None:
    said = read_topic(
        "their current trigger action response plan and what it means for their procedures"
    )
    assert said.text == (
        "your current trigger action response plan and what it means for your procedures"
    )


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("Master of Occupational Hygiene and Toxicology, Edith Cowan University",
         "a Master of Occupational Hygiene and Toxicology from Edith Cowan University"),
        ("Bachelor of Science, University of Otago",
         "a Bachelor of Science from the University of Otago"),
    ],
)  # fmt: skip
def test_round_15_a_degree_named_in_full_is_held(typed: str, said: str) -> None:
    clause = read_point(typed).said
    assert clause is not None and (clause.verb, clause.rest) == ("hold", said)


def test_round_15_what_was_said_in_the_room_is_no_highlight() -> None:
    typed = "I explained my approach to catalogue writing for hammered coinage."
    assert itemfront.read(typed) == itemfront.RETOLD
    assert read_point("I talked about sitting with a resident through his last night").said


def test_round_15_a_change_typed_with_from_and_an_arrow_is_said_once() -> None:
    from composer.offline.shorthand import expand

    assert expand("from ~2% -> 0.4%") == "from about 2% to 0.4%"
    assert expand("turnover 35% -> 19%") == "turnover from 35% to 19%"


def test_round_15_a_correction_typed_with_a_double_dash() -> None:
    typed = "said copenhagen was 2021 -- actually 2022, correct it."
    assert follow_up_line(typed, frozenset(), "warm", "email", Variation("")) == (
        "One correction to something I said: Copenhagen was in 2022, not 2021."
    )


def test_round_16_a_yes_typed_as_no_problem_is_nothing_put_forward() -> None:
    said = read_topic("question about overtime in shutdown weeks - I said no problem")
    assert said.text == "overtime in shutdown weeks"
    assert said.answer == ""  # was "I suggested no problem"


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("MSA grader accreditation, held since 2021.",
         ("have held", "MSA grader accreditation since 2021")),
        ("Fluent Spanish, upper-intermediate English, conversational Kichwa",
         ("speak", "fluent Spanish, upper-intermediate English and conversational Kichwa")),
    ],
)  # fmt: skip
def test_round_16_standings_and_languages(typed: str, said: tuple[str, str]) -> None:
    clause = read_point(typed).said
    assert clause is not None and (clause.verb, clause.rest) == said


def test_round_16_two_promises_in_one_sentence_stay_as_typed() -> None:
    from composer.offline.followplain import promise_kept

    typed = (
        "I also promised you a selection of before-and-after photographs, and Ms. Tursunova a "
        "copy of the Rishtan apprenticeship outline."
    )
    assert promise_kept(typed) == typed
    assert promise_kept(
        "I also promised you a short list of the features, which I will send by Friday."
    ) == ("I promised to send a short list of the features.")


def test_round_16_a_figure_typed_as_closer_to_is_a_correction() -> None:
    typed = "correction: I said 500 transports, it's closer to 400 (checked log)."
    assert follow_up_line(typed, frozenset(), "warm", "email", Variation("")) == (
        "One correction to what I said in the interview: about 400 transports, not 500."
    )


def test_round_16_a_reminder_typed_after_an_answer_is_no_part_of_it() -> None:
    from composer.offline.secondnotes import _MENTION_TO_SELF

    typed = (
        "asked re leading + teaching -> I run the simulation days in Luleå (6/yr). mention the "
        "debrief format too -- she seemed interested in"
    )
    assert _MENTION_TO_SELF.sub("", typed) == (
        "asked re leading + teaching -> I run the simulation days in Luleå (6/yr)"
    )


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # round 17 (readers 191, 193)
        (
            "I say the thesis humidity was 80% but is 85% actually, I want to correct.",
            "One correction to what I said in the interview: the thesis humidity was 85%, not 80%.",
        ),
        (
            "I promised Ms. Ellery that I would send her the two-page summary of my honours "
            "thesis, including the species preference table. I should attach it to the thank-you "
            "email.",
            "As promised, I have attached the two-page summary of my honours thesis, including "
            "the species preference table.",
        ),
    ],
)
def test_round_17_follow_ups(typed: str, said: str) -> None:
    line = mended(typed, "follow_up", year=2029)
    assert follow_up_line(line, frozenset(), "warm", "email", Variation("")) == said


def test_round_17_a_thing_sent_to_the_reader_named_in_the_note() -> None:
    from composer.offline.sendthing import thing_named

    assert (
        thing_named("you fume extraction spec sheet") == "the fume extraction specification sheet"
    )


def test_round_17_a_different_tie_to_one_place_is_no_we_both() -> None:
    said = rapport_line(
        "Mr. Otieno mentioned that he also began his career at Egerton University, where I "
        "completed my diploma.",
        (),
    )
    assert said.text is None  # was "we both began our career at Egerton University"


def test_round_17_what_a_contribution_leads_to_has_its_verb() -> None:
    from composer.offline.offer import read_offer

    said = read_offer(
        "calm consistent training + better matching of dogs to buyers so fewer returns; help w/ "
        "the trials side too",
        frozenset(),
        "Head Dog Trainer",
    )
    assert said is not None and said.text == (
        "calm consistent training and better matching of dogs to buyers, so that there are fewer "
        "returns, and I can help with the trials side too"
    )  # was "..., so that fewer returns and help with the trials side too"


def test_round_15_a_highlight_typed_as_what_was_explained_is_left_out() -> None:
    # reader 185's h845: "It is an area I know from my own work: I described how ..."
    typed = "Described how a careful probate valuation meeting led to a family consigning it."
    assert itemfront.read(typed) == itemfront.RETOLD


def test_round_17_a_figure_the_follow_up_corrects_is_put_right_in_the_highlights() -> None:
    from composer.models import Notes
    from composer.offline.figurefix import figures_corrected

    notes = Notes.model_validate(
        {
            "candidate": {"name": "Ananya K"},
            "company": "Coromandel Marine",
            "role": "Loss Adjuster",
            "interview": {"date": "2029-07-10"},
            "interviewers": [{"name": "Joseph D'Souza"}],
            "qualifications": ["Five years as a cargo surveyor, 200 days a year at sea"],
            "highlights": [
                "I have handled around 200 marine cargo surveys",
                "Cut turnaround by 9 days",
            ],
            "follow_up": "I mentioned that I had handled around 200 surveys; the correct figure, "
            "after checking my records this evening, is 312.",
        }
    )
    fixed = figures_corrected(notes)
    assert fixed.highlights == [
        "I have handled 312 marine cargo surveys",
        "Cut turnaround by 9 days",
    ]
    assert fixed.qualifications == notes.qualifications  # "200 days": another figure, as typed
    plain = notes.model_copy(update={"follow_up": "I will send my report."})
    assert figures_corrected(plain) is plain


def test_round_15_the_candidates_time_is_heard_by_not_the_panels() -> None:
    # reader 183's h838: "hearing from you by the end of May" where candidates hear by mid-June
    days = (dt.date(2029, 5, 15), dt.date(2029, 5, 16))
    typed = (
        "Dr. Nalubega said the panel will submit its recommendation to the Secretary General by "
        "the end of May, and that candidates will be informed in writing by mid-June."
    )
    said = next_steps_line(typed, frozenset(), "warm", "email", Variation(""), days=days)
    assert said == "I look forward to hearing from you by mid-June"
    alone = next_steps_line(
        "the panel will submit its report by Friday",
        frozenset(),
        "warm",
        "email",
        Variation(""),
        days=days,
    )
    assert alone == "I look forward to hearing from you by Friday"
