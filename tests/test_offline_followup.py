"""The follow-up typed the way reader 5 typed it (h35-h42): a question put to the candidate, a
yes backed by fragments, a "no" granted with what there was instead, and the panellist's point
owned up to. Each note here is typed by hand for another job; the expected sentence is what the
candidate would send, written by hand. Wordings are fixed with the first of each section.
"""

from __future__ import annotations

import pytest

from composer.models import Notes
from composer.offline.asked import read_asked
from composer.offline.asker import follow_up_reader
from composer.offline.followup import follow_up_line
from composer.offline.topics import read_topic
from tests.fakes import FirstChoice, follow_up


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        # a question put to the candidate, named by its subject and "q" (h40's shape); what
        # they forgot to say is what they would do
        ("lifting q - I said call for help, forgot to say assess the patient first",
         "To add to my answer on the lifting question: I would assess the patient first."),
        ("the SQL question - I said a join, forgot to say add an index on the date column",
         "To add to my answer on the SQL question: I would add an index on the date column."),
        # a yes, then how much and with whom, typed as fragments (h42's shape): the yes was
        # said in the room, so it is confirmed to the one who asked, never "added to"
        ("Dr K asked if I'd done PICC insertions - yes, 40 pts, w/ the vascular access team",
         "You asked whether I had done PICC insertions: I have, for 40 patients, working "
         "with the vascular access team."),
        ("he asked if I'd used Epic - yes, 4 yrs",
         "You asked whether I had used Epic: I have, for four years."),
        # "no" granted, then a migration typed with an arrow, a workplace with no "my", and a
        # likeness as a fragment (h39's shape)
        ("said I hadn't used Workday - true but did a Sage -> Oracle migration at previous "
         "employer, similar data cleansing",
         "Although I have not used Workday, I did a Sage to Oracle migration at my previous "
         "employer, which involved similar data cleansing."),
        ("said I hadn't used Xero - true but did a Sage 50 -> QuickBooks move at previous "
         "employer",
         "Although I have not used Xero, I did a Sage 50 to QuickBooks move at my previous "
         "employer."),
        # what was asked is the subject, not the candidate's standing in it (h38, h13)
        ("asked about my knowledge of GDPR - actually ran the SAR process at Hays for a year",
         "To add to my answer on GDPR: I ran the SAR process at Hays for a year."),
        ("Wen asked about my Revit level - said basic, should have said I modelled the whole "
         "library extension",
         "To add to my answer on Revit: I modelled the whole library extension."),
        # a label, then the candidate's own sentence; its "it" is the topic the wording names
        # just before (h14's shape)
        ("Sue asked about a difficult client - rambled, the short version: I met them same week "
         "and kept it out of court",
         "To add to my answer on a difficult client: I met them the same week and kept it out "
         "of court."),
        # what the candidate did not get to say, and why it matters typed after a dash (h7)
        ("forgot to say I'm bilingual (Urdu) - useful w/ a lot of the families",
         "One thing I did not get to mention: I speak Urdu, which would be useful with a lot of "
         "the families."),
        ("forgot to mention I have a forklift licence - handy for the yard",
         "One thing I did not get to mention: I have a forklift licence, which would be handy "
         "for the yard."),
        # a thing not mentioned and what it did: the fact, said as a clause of its own
        ("meant to mention the BBC piece, it reached 800k listeners",
         "One thing I did not get to mention: the BBC piece reached 800k listeners."),
        ("should've said my audit, which passed with no findings",
         "One thing I did not get to mention: my audit passed with no findings."),
        # the panellist's point owned up to, and what the candidate would do (h35's shape)
        ("she said my plenary was rushed - fair, I'd leave 10 mins for it",
         "You were right that my plenary was rushed: next time I would leave 10 minutes for it."),
        ("said pacing dropped in middle of the demo - true, would cut the 2nd example",
         "You were right that the pacing dropped in the middle of the demo: next time I would "
         "cut the second example."),
    ],
)  # fmt: skip
def test_a_follow_up_typed_as_reader_5_typed_it_is_said(item: str, expected: str) -> None:
    assert follow_up(item) == expected


@pytest.mark.parametrize(
    "item",
    [
        "said I was too quiet - true",  # owned up to, but nothing to do instead
        "he asked if I'd done home visits - yes, loads",  # no way to say "loads"
        "fluffed the sepsis 6 question - should have said all six within the hour",
    ],
)
def test_a_follow_up_with_nothing_clear_to_add_is_left_out(item: str) -> None:
    assert follow_up(item) is None


def test_what_was_asked_as_a_clause_of_the_candidates_is_said_back_whole() -> None:
    # reader 9 read "To add to my answer on I had my own kit: I saw is the firm's."; session 28
    # left the line out; it is said back as a question the candidate answers
    assert follow_up(
        "fiona asked if i had my own kit - yes full climbing kit, saw is the firm's"
    ) == (
        "You asked whether I have my own kit: I do, a full climbing kit, though the saw is the "
        "firm's."
    )


def test_a_formal_owned_point_joins_its_halves_with_a_semicolon() -> None:
    assert follow_up(
        "she said my plenary was rushed - fair, I'd leave 10 mins for it", "formal"
    ) == ("You were right that my plenary was rushed; next time I would leave 10 minutes for it.")


def test_a_question_put_to_the_candidate_is_its_topic() -> None:
    asked = read_asked("lifting q - I said call for help, forgot to say assess the patient first")
    assert asked is not None
    assert (asked.who, asked.topic) == (None, "the lifting question")


def _panel(follow: str) -> Notes:
    people = [
        {"name": "Sam Reid", "topics": ["behaviour policy", "the new phonics scheme"]},
        {"name": "Ann Cole", "topics": ["feedback on my lesson - plenary was rushed"]},
        {"name": "Dr. Ravi Shah", "topics": ["manual handling - scenario q", "ward staffing"]},
    ]
    return Notes.model_validate(
        {
            "candidate": {"name": "Jo Lee"},
            "company": "Acme",
            "role": "Teacher",
            "qualifications": ["PGCE"],
            "interview": {"date": "2026-11-30"},
            "interviewers": people,
            "follow_up": follow,
        }
    )


@pytest.mark.parametrize(
    ("follow", "reader"),
    [
        # no one named: the panellist whose topic the point or the question was
        ("said plenary was rushed - true, I'd leave 10 mins for it", 1),
        ("manual handling q - I said call for help, forgot to say assess the patient first", 2),
        ("Dr S asked if I'd done hoist transfers - yes, 3 yrs", 2),
        # named, with a question too long to read as a topic: still the one who asked
        ("Dr Shah asked if I'd do the twilight sessions for the whole of the infant team - yes", 2),
        ("Ann asked if I'd run the after-school phonics catch-up club for year 2 - yes", 1),
    ],
)
def test_the_follow_up_goes_to_the_one_panellist_it_answers(follow: str, reader: int) -> None:
    assert follow_up_reader(_panel(follow)) == reader


@pytest.mark.parametrize(
    "topic",
    ["call sim - dv caller, whispering", "role play w/ an angry tenant", "in-tray exercise",
     "typing test - 60 wpm", "fault finding test"],
)  # fmt: skip
def test_a_test_the_candidate_sat_is_one_they_talked_through(topic: str) -> None:
    # reader 5 (h41): "I also enjoyed hearing about call simulation" for a sim they sat: a task
    # put to the candidate is talked through, never heard about (topics25 and followup25 merged)
    read = read_topic(topic, frozenset())
    assert read.question


def test_a_scenario_question_is_one_the_candidate_talked_through() -> None:
    # reader 5 (h40): a scenario question put to the candidate is not thanked as if explained
    read = read_topic("manual handling - scenario q, what I'd do", frozenset())
    assert (read.text, read.question) == ("manual handling", True)
    # a tail that only says it was a question is no part of the subject
    read = read_topic("NEWS2 escalation - scenario q", frozenset())
    assert (read.text, read.question) == ("NEWS2 escalation", True)
    assert read_topic("MTC test results", frozenset()).text == "MTC test results"
    assert not read_topic("THRIVE risk assessment", frozenset()).question


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        # a "no" granted where it holds ("true at Asda but"), and a second half typed after
        # "+" with no subject: a state of the candidate's, and a rota share in words
        ("said I hadn't done lates - true at Asda but I did 6 months of closing shifts + happy "
         "to do 1 in 3",
         "Although I have not done lates at Asda, I did six months of closing shifts, and I am "
         "happy to do one in three."),
        ("said I hadn't used Xero - true for payroll but I did 2 yrs of bookkeeping in Sage + "
         "comfortable with VAT returns",
         "Although I have not used Xero for payroll, I did two years of bookkeeping in Sage, and "
         "I am comfortable with VAT returns."),
        # a yes with a rate: the rate counts the things, whatever the word ("closes")
        ("she asked if id do closes - yes, 3 a week fine",
         "I would be glad to do three closes a week."),
        # a yes, then two things done at a time typed with "+": said in the past, "it" kept
        ("jo asked re the CSCS card - yes, got it in 2021 + renewed this yr",
         "To add to my answer on the CSCS card: I got it in 2021 and renewed it this year."),
    ],
)  # fmt: skip
def test_a_granted_no_or_a_yes_with_its_second_half_is_said_whole(item: str, expected: str) -> None:
    assert follow_up(item) == expected


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        # a yes, then where it was done before: the candidate's experience, after the yes
        ("the manager asked if I'd do sleep-ins at the Bristol home - yes, done them at Sunrise",
         "I would be glad to do sleep-ins at the Bristol home, and I have done them at Sunrise."),
        # a yes to starting early, the notice to give, and the day: one sentence
        ("he asked if I could start before the new rota - yes, 4 wks notice, could start jan 12",
         "I could start before the new rota: with four weeks' notice, I could start on "
         "January 12."),
        # "if I've ..." - yes: confirmed (it was said: "want to make sure she heard" is no part
        # of the letter, and never "I should have mentioned")
        ("Ms K asked if I've supervised apprentices - yes, about 6 a yr at Balfour, I was the "
         "apprentice lead last 3 yrs. said it quickly, want to make sure she heard",
         "To confirm, I have supervised apprentices, about 6 a year at Balfour, and I was the "
         "apprentice lead for the last three years."),
        # a yes to starting, then the day: the day is the answer, said once
        ("he asked if I could start in jan - yes, could start jan 12",
         "I could start on January 12."),
        # a measure of the candidate's own asked about: confirmed, what was said not repeated
        ("she asked about my notice period - 1 month, said 4 wks, same thing",
         "To confirm, my notice period is one month."),
    ],
)  # fmt: skip
def test_a_yes_or_a_measure_asked_about_is_said_as_the_candidates_answer(
    item: str, expected: str
) -> None:
    assert follow_up(item) == expected


def test_a_measure_other_than_the_notice_period_is_not_confirmed() -> None:
    # "my availability is two weeks" says nothing a reader can use: left out, not forced
    assert follow_up("he asked about my availability - 2 wks") is None


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        # the gap, the offer, and when the course that closes it starts (reader 8's h60 shape):
        # the date is a thing of its own, said with its article and preposition
        ("said i hadn't done much coaching - true, i'm not a qualified coach, but keen to learn, "
         "UEFA C course starts jan",
         "Although I am not a qualified coach, I am keen to learn, and the UEFA C course starts "
         "in January."),
        ("she said I hadn't done much sign language - true, I'm not BSL level 3, but happy to "
         "train, level 3 course starts autumn",
         "Although I am not BSL level 3, I am happy to train, and the level 3 course starts in "
         "the autumn."),
        # a tail of another kind stays out: the sentence is whole without it
        ("said i hadn't done much coaching - true, i'm not a qualified coach, but keen to learn, "
         "course is full tho",
         "Although I am not a qualified coach, I am keen to learn."),
    ],
)  # fmt: skip
def test_a_gap_granted_keeps_the_course_that_closes_it(item: str, expected: str) -> None:
    assert follow_up(item) == expected


def test_how_many_and_when_after_a_no_reads_any_unit_as_typed() -> None:
    # "2 last qtr": a count and a quarter typed short, as "6 last yr" is
    assert follow_up(
        "she asked if i'd done aseptics - no, but i've done 40 CD register audits, 2 last qtr"
    ) == (
        "One thing I would add: I have not done aseptics, but I have done 40 CD register "
        "audits, two of them last quarter."
    )


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        # an aside in brackets typed as notes ("approx", "~") is left out; "I've" said in full
        (
            "forgot to mention i've trained 6 new starters (approx 2 a yr)",
            "One thing I did not get to mention: I have trained six new starters.",
        ),
        (
            "meant to say i'm first aid trained (refreshed ~ march)",
            "One thing I did not get to mention: I am first aid trained.",
        ),
        # an aside that reads as words stays
        (
            "forgot to mention I'm BSL level 2 (signed + fingerspelled)",
            "One thing I did not get to mention: I am BSL level 2 (signed and fingerspelled).",
        ),
    ],
)
def test_a_forgotten_point_is_said_without_its_notes(item: str, expected: str) -> None:
    assert follow_up_line(item, frozenset(), "warm", "email", FirstChoice("")) == expected


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        # asked for something, promised in the room, kept with this letter: what it is of is
        # what was asked for
        (
            "Omar asked for a copy of my risk log - said i'd send a redacted copy, attached",
            "As promised, I have attached a redacted copy of my risk log.",
        ),
        (
            "said i'd send my portfolio, sending w/ letter",
            "As promised, I have attached my portfolio.",
        ),
        # "a redacted one" is one of what was asked for
        (
            "Leo asked for a sample method statement - said i'd send a redacted one, attached",
            "As promised, I have attached a redacted sample method statement.",
        ),
        # a promise for later stays a promise, said back to the one who asked
        (
            "she asked for my reading list - will send it fri",
            "You asked for my reading list: I will send it on Friday.",
        ),
    ],
)
def test_a_promise_kept_with_the_letter_is_attached(item: str, expected: str) -> None:
    assert follow_up_line(item, frozenset(), "warm", "email", FirstChoice("")) == expected
