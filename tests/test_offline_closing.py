"""The letter after its middle, from notes typed the way people type them: the follow-up (said
once, to who asked), the next step (who and when, read from loose text), the personal line,
and how the tone changes the letter (formal: no contractions; concise: fewer sentences).

Expected sentences are written by hand: what a candidate would send. Wordings are fixed with
`FirstChoice`, which always takes a section's first wording.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest

from composer.compose import compose
from composer.models import Notes
from composer.offline import phrasebook
from composer.offline.asked import read_asked
from composer.offline.asker import follow_up_reader
from composer.offline.nextsteps import next_steps_line, reader_names
from composer.offline.phrasebook import Variation
from composer.offline.rapport import rapport_line
from composer.offline.tone import in_full, without_contractions
from tests.fakes import FirstChoice, follow_up


def steps(item: str, name: str = "Rick Castle", title: str | None = "Service Manager") -> str:
    reader = reader_names(name, title, None)
    line = next_steps_line(item, frozenset(), "warm", "email", FirstChoice(""), reader=reader)
    return line + "."


# --- the follow-up: the fact in one sentence, never the note to self ---------------------------


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        # the topic is never cut at a conjunction ("on PERM and"); "actually", "- mention" and
        # "(she asked)" are the note's, not the letter's
        ("Ms A asked about PERM and I said limited exposure. actually did 3 PERM filings under "
         "supervision at CAIR - mention",
         "One thing I would add: I did three PERM filings under supervision at CAIR."),
        ("chef asked abt pastry, said not my strength. am actually taking a pastry course in Jan.",
         "One thing I would add: I am taking a pastry course in January."),
        # a fact that names what was asked about needs no "on PERM" before it; "it" is what was
        # asked about, or what the candidate said they had used
        ("Luis asked about Playwright and I said I'd never used it. not true - used it for 6 "
         "months on a side project",
         "One thing I would add: I used Playwright for six months on a side project."),
        ("Maya asked about scheduling software - said I've used 7shifts, should've said I set it "
         "up for 3 stores",
         "To add to my answer on scheduling software: I set up 7shifts for three stores."),
        # an emphatic "did" of a note is the plain past; a trailing "tho" is not pasted
        ("Dr M asked abt C diff and I said I hadn't led anything on it. did co-author the trust "
         "C diff action plan in 2023 tho",
         "One thing I would add: I co-authored the trust C diff action plan in 2023."),
        # "true, but": the answer given stands, and the letter never claims otherwise
        ("Tom asked if i'd used UltraTax, said no. true but I know CCH well",
         "One thing I would add: I have not used UltraTax, but I know CCH well."),
        # the tool used instead, typed with no verb: never "Tableau is familiar ground"
        ("Luis asked about Tableau vs Power BI - I said never used Tableau. true, but Power BI "
         "daily for 3 yrs",
         "One thing I would add: I have not used Tableau, but I have used Power BI daily for "
         "three years."),
    ],
)  # fmt: skip
def test_a_follow_up_about_a_question_says_the_fact_once(item: str, expected: str) -> None:
    assert follow_up(item) == expected


@pytest.mark.parametrize(
    "item",
    [
        # "it" with nothing to stand for, and a hedge: left out, never half-said
        "Ms C asked about FAFSA and I blanked on the number. it's 71% completion, up from 48%",
        "Dean asked about Sea Grant - I said no. maybe apply next year?",
    ],
)
def test_a_follow_up_that_cannot_be_said_cleanly_is_left_out(item: str) -> None:
    assert follow_up(item) is None


def test_a_certificate_held_in_a_follow_up_takes_its_article() -> None:
    assert follow_up("forgot to say I have GD&T cert") == (
        "One thing I did not get to mention: I have a GD&T certificate."
    )


def test_a_formal_follow_up_names_the_topic_whole_unless_the_fact_does() -> None:
    assert follow_up(
        "Dr M asked about antibiotic timing and I said I hadn't trained anyone. actually ran "
        "monthly teaching for ~40 nurses - mention",
        tone="formal",
    ) == (
        "Regarding antibiotic timing, I would like to add that I ran monthly teaching for about "
        "40 nurses."
    )
    assert follow_up(
        "Sam asked abt MS4 reporting and I said limited exposure. actually did the annual MS4 "
        "report for the county two yrs running - mention",
        tone="formal",
    ) == (
        "I would also like to add that I did the annual MS4 report for the county two years "
        "running."
    )


def panel(follow_up: str, people: list[dict[str, Any]]) -> Notes:
    return Notes.model_validate(
        {
            "candidate": {"name": "Ana Ruiz"},
            "company": "Northwind",
            "role": "Analyst",
            "interview": {"date": "2026-03-10", "format": "panel"},
            "interviewers": people,
            "qualifications": ["five years in county budgets"],
            "follow_up": follow_up,
        }
    )


PEOPLE = [
    {"name": "Deborah Kwan", "title": "Director", "salutation": "Ms. Kwan",
     "topics": ["the housing levy"]},
    {"name": "Luis Ortega", "title": "Data Lead", "topics": ["which dashboard tool to use"]},
    {"name": "Alan Achebe", "title": "Dean of Research", "salutation": "Dean Achebe",
     "topics": ["grant reporting"]},
]  # fmt: skip


@pytest.mark.parametrize(
    ("asker", "reader"),
    [("Luis", 1), ("Ortega", 1), ("Ms K", 0), ("Dean", 2), ("Dr A", 2), ("dean", 2)],
)
def test_a_follow_up_goes_only_to_who_asked(asker: str, reader: int) -> None:
    n = panel(f"{asker} asked about Tableau - said never used it. true but I know Power BI", PEOPLE)
    assert follow_up_reader(n) == reader


def test_with_no_one_named_the_follow_up_goes_to_the_nearest_reader_only() -> None:
    n = panel("she asked about the dashboard tool - I used Looker for two years", PEOPLE)
    assert follow_up_reader(n) == 1
    letters = compose(n, today=dt.date(2026, 3, 11))
    assert ["Looker" in letter.text for letter in letters] == [False, True, False]


def test_who_asked_is_read_from_the_note() -> None:
    asked = read_asked("chef asked abt pastry, said not my strength. am taking a course in Jan")
    assert asked is not None
    assert (asked.who, asked.topic) == ("chef", "pastry")


@pytest.mark.parametrize(
    ("note", "fact"),
    [
        # a yes, then what backs it up; the note to self ("forgot to say") is no part of it
        # (reader 5, h37: the follow-up was left out as "not one clear sentence")
        ("Dr N asked if I'd done formal frailty scoring (CFS) - yes, used CFS daily on "
         "reablement, forgot to say", "I used CFS daily on reablement"),
        # "it" after a yes is what was asked about
        ("she asked if I'd used Epic - yes, used it for 4 yrs at Mercy",
         "I used Epic for four years at Mercy"),
    ],
)  # fmt: skip
def test_a_yes_to_what_was_asked_is_backed_by_what_follows_it(note: str, fact: str) -> None:
    asked = read_asked(note)
    assert asked is not None
    assert asked.fact == fact


# --- next steps: who and when, from loose text -----------------------------------------------


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        # who passed the step on is not the step; the reader named is "you"
        ("Rick said they'll call by fri", "I look forward to hearing from you by Friday."),
        # a step typed in two parts: when, and who
        ("hear back w/in 2 weeks, HR will email",
         "I understand I should hear back from HR within two weeks."),
        ("decision mid-Dec", "I look forward to hearing from you in mid-December."),
        ("final round = a presentation, early Dec",
         "I look forward to the presentation in early December."),
        ("committee meets Dec 9",
         "I look forward to hearing from you after the committee meets on December 9."),
        # a hedge is never pasted: at the end it goes, inside the step the step is hoped for
        ("they'll let me know after the holidays prob",
         "I look forward to hearing from you after the holidays."),
        ("they'll ring by fri hopefully", "I look forward to hearing from you by Friday."),
        # a guess at the time ("probably next week") is dropped, the step and time kept
        ("2nd interview probably next week w/ the ops lead",
         "I look forward to the second interview next week with the operations lead."),
        # a step and who gets in touch when, typed as two parts
        ("second round w/ the director early Dec, they'll email by Fri",
         "I look forward to hearing from you by Friday, and I hope to have the chance of the "
         "second round with the director in early December."),
        ("HR to reach out Mon re: references prob",
         "I look forward to hearing from HR on Monday about references."),
        # a step they set out, and the one after it if it goes well
        ("Hannah will send a take-home, then final round w/ CTO",
         "I look forward to the take-home, and I hope to have the chance of the final round "
         "with the CTO."),
    ],
)  # fmt: skip
def test_a_next_step_typed_loosely_is_welcomed_in_a_sentence(item: str, expected: str) -> None:
    assert steps(item) == expected


# --- the personal line: by kind, in its own sentence, only what the notes say ------------------


def personal(note: str, tone: str = "warm", name: str = "Sam Oyelaran") -> str | None:
    names = [name, name.split()[0]]
    return rapport_line(note, names, tone=tone, variation=FirstChoice("")).text


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        # a trip typed with no subject; its aside after a comma is not pasted
        ("off to Oaxaca for the holidays",
         "I hope your trip to Oaxaca for the holidays goes well."),
        ("trip to Tokyo in January, staging at a soba place",
         "I hope your trip to Tokyo in January goes well."),
        # a team of theirs and its event after a dash: luck to the team, not the dash pasted
        ("coaches her daughter's robotics team - regionals in Feb",
         "Good luck to your daughter's robotics team at regionals in February."),
        ("coaches the robotics team - regionals in Feb",
         "Good luck to the robotics team at regionals in February."),
        # a new baby: a congratulation; "back from leave" is never read back
        ("new baby - second kid", "Congratulations on the new baby."),
        ("just had a baby girl in Sept, back from leave", "Congratulations on the new baby."),
        # a shared school or town: "we both"
        ("also went to Oregon State",
         "It was a nice surprise to find that we both went to Oregon State."),
        ("fellow Purdue grad", "It was good to meet a fellow Purdue graduate."),
        # note punctuation tidied: a name set off by commas is left out, not left dangling
        ("running her first marathon, Flying Pig in May",
         "Good luck with your first marathon in May."),
        # an exam ahead of them gets luck, not "I hope it is going well"
        ("Sam is doing the PE exam in April", "Good luck with the PE exam in April."),
        ("he's retiring in June after 30 yrs", "I wish you a very happy retirement in June."),
        ("she has a new rescue greyhound called Biscuit", "I hope Biscuit is settling in well."),
        ("opening a 2nd location in spring",
         "Good luck with opening the second location in spring."),
        # something both share, typed "... too"; a trip just over
        ("grew up in Toledo too", "It was a nice surprise to find that we both grew up in Toledo."),
        ("undergrad at Kent State too",
         "It was a nice surprise to find that we both studied at Kent State."),
        ("is a Bengals fan too", "It was good to meet a fellow Bengals fan."),
        ("just got back from Japan", "I hope you enjoyed your trip to Japan."),
        ("just back from the Venice Biennale lol", "I hope you enjoyed the Venice Biennale."),
        # what kind of thing was recommended, from the note's own bracket
        ("she recommended Uncommon Service (the book)",
         "Thank you for recommending Uncommon Service; I look forward to reading it."),
    ],
)  # fmt: skip
def test_a_personal_note_typed_in_haste_is_used_by_its_kind(note: str, expected: str) -> None:
    assert personal(note) == expected


@pytest.mark.parametrize(
    "note", ["his team is moving offices", "lives in Leeds", "thinks remote work is overrated"]
)
def test_a_note_that_is_no_wish_is_still_left_out_with_a_reason(note: str) -> None:
    line = rapport_line(note, ["Sam Oyelaran", "Sam"], variation=FirstChoice(""))
    if line.text is None:
        assert line.skipped
    else:  # a move gets a wish; never a read-back
        assert line.text.startswith("I hope")


# --- tone: formal without contractions, concise shorter, other roles never undercut ------------


def test_a_formal_letter_spells_out_note_taking_short_forms() -> None:
    assert in_full("mentored 9 undergrads, 6 first-gen; fellow grad") == (
        "mentored 9 undergraduates, 6 first-generation; fellow graduate"
    )


def test_a_formal_letter_spells_out_what_the_notes_contracted() -> None:
    assert without_contractions("we're both from Cork and I'm sure she's been there") == (
        "we are both from Cork and I am sure she has been there"
    )
    assert without_contractions("I don't have it; it isn't Tom's") == (
        "I do not have it; it is not Tom's"
    )


def fuller(tone: str) -> Notes:
    return Notes.model_validate(
        {
            "candidate": {"name": "Ana Ruiz"},
            "company": "Northwind",
            "role": "Analyst",
            "interview": {"date": "2026-03-10", "format": "video"},
            "interviewers": [
                {"name": "Deborah Kwan", "salutation": "Deb",
                 "topics": ["month-end close", "the housing levy"],
                 "rapport": ["we're both from Dayton"]},
            ],
            "qualifications": ["CPA since 2019", "five years in county budgets"],
            "highlights": ["cut month-end close from 9 days to 5", "built the levy forecast model"],
            "contribution": "a faster close",
            "follow_up": "I'm happy to share the forecast model, mention",
            "next_steps": "they'll call by Friday",
            "open_to_other_roles": True,
            "tone": tone,
        }
    )  # fmt: skip


def body_sentences(text: str) -> list[str]:
    body = text.split("\n\n", 2)[2].rsplit("\n\n", 1)[0]
    return [s for s in re.split(r"(?<=[.!?])\s+", body) if s.strip()]


TONES = ("warm", "concise", "formal")


def test_concise_is_fewer_sentences_than_warm_and_formal_has_no_contraction() -> None:
    day = dt.date(2026, 3, 11)
    warm, concise, formal = (
        compose(fuller(t), today=day)[0] for t in ("warm", "concise", "formal")
    )
    assert all(letter.ok for letter in (warm, concise, formal))
    assert len(body_sentences(concise.text)) < len(body_sentences(warm.text))
    assert "we are both from Dayton" in formal.text
    assert not re.search(r"\b\w+'(?:re|m|ve|ll|d|t)\b", formal.text)


@pytest.mark.parametrize("tone", ["warm", "formal", "concise"])
def test_the_other_roles_line_never_undercuts_the_application(tone: str) -> None:
    for wording in phrasebook.wordings("other_roles", tone, "email"):
        assert "better" not in wording and "if another" not in wording.lower()


def test_a_formal_letter_spells_out_short_forms_without_saying_a_topic_twice() -> None:
    # the letter's own check for topics already said reads the notes' words ("first-gen");
    # the register is applied last, so the short letter does not name the topic again
    n = Notes.model_validate(
        {
            "candidate": {"name": "Alicia Montenegro"},
            "company": "Westbrook Unified",
            "role": "School Counselor",
            "interview": {"date": "2026-11-30", "format": "panel"},
            "interviewers": [
                {"name": "Maria Castellanos", "salutation": "Ms. Castellanos",
                 "topics": ["college apps for first-gen kids"]},
            ],
            "qualifications": ["bilingual Spanish"],
            "contribution": "a first-gen college night series, with families",
            "tone": "formal",
            "channel": "letter",
        }
    )  # fmt: skip
    text = compose(n, today=dt.date(2026, 12, 1))[0].text
    assert "first-gen " not in text
    # "apps" after what one applies for are applications (topics, s32)
    assert text.count("college applications for first-generation children") == 1  # not "kids"


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        # a later step that waits on the offer, after the news, is not welcomed
        ("they'll text by mon prob, then DBS + references if offered",
         "I look forward to hearing from you by Monday."),
        ("they'll call by weds; onboarding ~30 days after",
         "I look forward to hearing from you by Wednesday."),
        # a person in brackets after their role is who the step is with
        ("panel w/ the head of service (Ms Okafor) wk of 14 dec",
         "I look forward to the panel with Ms Okafor in the week of 14 December."),
        # two days of next week are next week; how the news comes is not said
        ("site visit next wed/thurs", "I look forward to the site visit next week."),
        ("result by phone early next wk", "I look forward to hearing from you early next week."),
    ],
)  # fmt: skip
def test_a_next_step_is_said_without_its_later_steps_guesses_and_brackets(
    item: str, expected: str
) -> None:
    assert steps(item) == expected


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        # two parts, one naming who gets in touch (typed in the present): heard from them, at
        # the time that part gives, never "the chance of HR calls"
        ("they'll decide after the last interviews this wk, HR emails by fri",
         "I look forward to hearing from HR by Friday."),
        # "mid next wk": by the middle of the week
        ("outcome mid next wk", "I look forward to hearing from you by the middle of next week."),
        ("they decide after the last panel thurs, recruiter emails mon",
         "I look forward to hearing from the recruiter on Monday."),
        # a day typed short before a comma, and a later part with no subject ("will call me")
        ("decision after she's seen the other candidate thurs, will call me",
         "I look forward to hearing from you after Thursday."),
        # a role in brackets after a name is who passed it on; a stage the dictionary does not
        # know as a noun ("superday") is the step; "week of" a month-first date takes "in the"
        ("Jo (recruiter) said superday in Leeds w/ the partners prob week of jan 11",
         "I look forward to the superday in Leeds with the partners, possibly in the week of "
         "January 11."),
    ],
)  # fmt: skip
def test_a_next_step_typed_as_reader_6_typed_it_is_welcomed(item: str, expected: str) -> None:
    assert steps(item) == expected


PAIR = [
    {"name": "Irene Holt", "title": "Head of Estates", "salutation": "Ms. Holt",
     "topics": ["the boiler replacement programme"]},
    {"name": "Owen Mbeki", "title": "Compliance Lead", "salutation": "Mr. Mbeki",
     "topics": ["gas safety audits"]},
]  # fmt: skip


@pytest.mark.parametrize(
    ("line", "reader"),
    [
        # an initial after a title names the panellist whose surname starts with it
        ("Mr M said I hadn't talked about legionella - true but I've run 40 risk assessments", 1),
        ("Ms H asked if I'd cover the Leeds depot - yes", 0),
        # "he" with one man on the panel, and no topic nearer to someone else
        ("he asked if I could do 1 sat/month - yes", 1),
    ],
)
def test_a_follow_up_named_by_initial_or_pronoun_goes_to_that_panellist(
    line: str, reader: int
) -> None:
    assert follow_up_reader(panel(line, PAIR)) == reader


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        # a yes to a question about days, typed short
        ("Owen asked if I could do 1 sat/month - yes", "I am happy to work one Saturday a month."),
        ("she asked if I'm ok w/ weekends - yes", "I am happy with weekends."),
        # what the interviewer said was missing, granted, and what there is
        ("Mr M said I hadn't talked about legionella - true but I've run 40 risk assessments",
         "Although I had not talked about legionella, I have run 40 risk assessments."),
        # things done since, joined by "+", in the present perfect, "it" being the topic
        ("owen asked abt the bug in my coding test - fixed it + pushed to GitHub",
         "On the bug in my coding test: I have fixed it and pushed the fix to GitHub."),
        # an offer to send something, said as one
        ("she asked abt wedding cakes - did a 5-tier one for a 200-guest wedding, can send pics",
         "To add to my answer on wedding cakes: I did a 5-tier one for a 200-guest wedding, and "
         "I would be happy to send pictures."),
        # a month typed short after a past event
        ("he asked about my NEBOSH - passed it in nov", "To add to my answer on my NEBOSH: I "
         "passed it in November."),
    ],
)  # fmt: skip
def test_a_follow_up_typed_as_notes_is_said_by_its_kind(item: str, expected: str) -> None:
    assert follow_up(item) == expected


def test_a_follow_up_naming_a_person_in_lower_case_gives_the_name_its_capital() -> None:
    # "emailed it to beth": the word tables know "Beth" only as a name (shorthand.capitals)
    assert follow_up("kevin asked abt the tax tab in my test - redid it + emailed it to beth") == (
        "On the tax tab in my test: I have redone it and emailed it to Beth."
    )


@pytest.mark.parametrize(
    ("note", "met", "sent", "expected"),
    [
        # "next thurs" typed on Friday 27 November is Thursday 3 December: still ahead on the 2nd
        ("she's at the Law Society dinner next thurs", "2026-11-27", "2026-12-02",
         "Enjoy the Law Society dinner on Thursday."),
        # a day ahead by more than a week after sending is "next Friday" from the send day
        ("he's at the Brewers Guild dinner next fri", "2026-11-30", "2026-12-02",
         "Enjoy the Brewers Guild dinner next Friday."),
        # "tmrw night" typed the day before sending is tonight when the letter is read
        ("she's at the Pride of Britain awards tmrw night", "2026-12-01", "2026-12-02",
         "Enjoy the Pride of Britain awards tonight."),
        # a day that has passed by the send day is left out
        ("he's at the Round Table quiz on sat", "2026-11-26", "2026-11-30", None),
        ("she's giving a talk at the RCN congress on the 1st", "2026-11-27", "2026-12-02", None),
    ],
)  # fmt: skip
def test_a_day_a_personal_note_names_is_read_from_the_interview_and_said_from_sending(
    note: str, met: str, sent: str, expected: str | None
) -> None:
    days = (dt.date.fromisoformat(met), dt.date.fromisoformat(sent))
    line = rapport_line(note, ["Jo Lane", "Jo"], variation=Variation(""), days=days)
    assert line.text == expected


def test_a_bare_condition_after_a_step_keeps_it_hoped_for() -> None:
    # "if selected" qualifies the step: it may not happen, so it is hoped for, never dropped
    assert steps("site visit w/ the ops lead, if shortlisted") == (
        "I look forward to hearing from you, and I hope to have the chance of a site visit "
        "with the operations lead."
    )


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        # a condition of theirs before the time ("after the other 3 applicants, prob by ...")
        # is theirs to weigh: the time is said, never glued to it
        ("they'll decide after the 3 other applicants, prob by jan 8",
         "I look forward to hearing from you by January 8."),
        # news named by how it comes ("email w/ outcome") is hearing from them, never pasted
        ("email w/ outcome by end of next wk",
         "I look forward to hearing from you by the end of next week."),
        ("letter w/ decision by mid feb", "I look forward to hearing from you by mid-February."),
        # the process that ends in an offer is no step, and does not hide who calls when
        ("DBS + refs then offer, HR to call mon", "I look forward to hearing from HR on Monday."),
        # what the decision hangs on, or their wish, is not a step of the candidate's
        ("decision by fri, they need someone in post by feb",
         "I look forward to hearing from you by Friday."),
        ("they'll ring by the 9th, depends on the funding bid",
         "I look forward to hearing from you by the 9th."),
        # checks that come after the news are not welcomed ("dbs after")
        ("they'll ring by weds prob, dbs after",
         "I look forward to hearing from you by Wednesday."),
        # "maybe" after a step puts the step itself in doubt: hoped for, never promised
        ("trial shift at the depot sat maybe",
         "I look forward to hearing from you, and I hope to have the chance of a trial shift at "
         "the depot on Saturday."),
        # ... and who is to confirm it is who the candidate hears from
        ("panel w/ the trustees next month possibly, Jo to confirm",
         "I look forward to hearing from Jo, and I hope to have the chance of a panel with the "
         "trustees next month."),
        # a start date after "re" still assumes the job: the step is left out
        ("Dan from HR will call re start date", "I look forward to hearing from you."),
        # a time after "re ..." is kept, and a role named before a person in brackets is the person
        ("area mgr (Priya) will ring re the trial early next wk",
         "I look forward to hearing from Priya early next week."),
        # what they want sent is the candidate's to send
        ("they want a sample lesson plan by thurs",
         "I will send you the sample lesson plan by Thursday, and I look forward to the next "
         "step."),
        # an aside in brackets says what the step is: left out; "approx" before a time dropped
        ("final stage (presentation + panel) approx early feb",
         "I look forward to the final stage in early February."),
        # a call from someone named by their role, and note arrows between parts
        ("call from the area mgr next wk -> then induction if offered",
         "I look forward to hearing from the area manager next week."),
        # "txt" is the verb; "if I've got it" is a note to self
        ("she'll txt me by tues if i've got it", "I look forward to hearing from you by Tuesday."),
        # a compound step whose first word reads as a verb ("working interview") keeps "the"
        ("working interview at the kennels next wk",
         "I look forward to the working interview at the kennels next week."),
    ],
)  # fmt: skip
def test_a_next_step_is_read_by_its_parts_and_said_as_one_sentence(
    item: str, expected: str
) -> None:
    assert steps(item) == expected


@pytest.mark.parametrize(
    ("item", "met", "sent", "expected"),
    [
        # "next wk" typed on Saturday 28 November is this week on Wednesday 2 December
        ("final w/ the area director next wk", "2026-11-28", "2026-12-02",
         "I look forward to the final interview with the area director this week."),
        # sent the day after, in the same week, it is still next week
        ("they'll ring next wk", "2026-12-01", "2026-12-02",
         "I look forward to hearing from you next week."),
        # "early next wk" is said as "this week" once the early part has gone by
        ("decision early next wk", "2026-11-27", "2026-12-02",
         "I look forward to hearing from you this week."),
        ("decision early next wk", "2026-11-27", "2026-11-30",
         "I look forward to hearing from you early this week."),
    ],
)  # fmt: skip
def test_a_next_steps_week_is_said_from_the_day_the_letter_goes_out(
    item: str, met: str, sent: str, expected: str
) -> None:
    days = (dt.date.fromisoformat(met), dt.date.fromisoformat(sent))
    line = next_steps_line(item, frozenset(), "warm", "email", FirstChoice(""), days=days)
    assert f"{line}." == expected


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        # a guess typed after a part ("prob"), and reference checks typed short after the news
        (
            "they'll phone by weds prob, refs after",
            "I look forward to hearing from you by Wednesday.",
        ),
        # a visit they asked the candidate to make, with "the" for the test they set
        (
            "come in thurs for skills test",
            "I look forward to coming in on Thursday for the skills test.",
        ),
        # checks before an offer are news to hear about, never a "chance" hoped for
        (
            "drug screen + background next, HR will call by mon",
            "I look forward to hearing from HR by Monday about the drug screen and background "
            "check.",
        ),
        # a step in doubt ("maybe" before a comma) is hoped for; who will email is "from you"
        (
            "panel w/ the head next wk maybe, Jo will email",
            "I look forward to hearing from you, and I hope to have the chance of a panel with the "
            "head next week.",
        ),
        # "end of this wk" is a time to hear by, as "end of next wk" is
        ("offer end of this wk", "I look forward to hearing from you by the end of this week."),
        # a step that ends before its noun is not hoped for; who calls when is still said
        (
            "assessment centre + psychometric next, HR will call by tues",
            "I look forward to hearing from HR by Tuesday.",
        ),
        # what waits on a yes is no step of theirs
        ("decision fri, start in march if yes", "I look forward to hearing from you on Friday."),
    ],
)
def test_next_steps_typed_in_parts_keep_the_step_and_the_time(item: str, expected: str) -> None:
    assert steps(item) == expected
