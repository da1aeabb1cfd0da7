"""A question from the room recalled to the one who asked, with the answer the note gives
(reader 11: seven of seven follow-ups dropped or garbled). Expected sentences are written by
hand; the invented lines are for jobs the corpus never had."""

from __future__ import annotations

import pytest

from composer.offline.followup import follow_up_line
from composer.offline.recalled import recalled
from composer.offline.wording import Variation


def _said(line: str, seed: int = 0, tone: str = "warm") -> str | None:
    return follow_up_line(line, frozenset(), tone, "email", Variation(seed))


# Reader 11's follow-ups (h83-h90), each with the sentence a candidate would send.
READER11 = [
    (
        "Ciarán asked how I prioritise when sales and compliance disagree. I said compliance "
        "wins, but I should have added that I bring both sides to one review with the data on "
        "lost merchants.",
        # what was said kept as said, what should have been added to it, never the gap
        "You asked how I prioritise when sales and compliance disagree: I said compliance wins, "
        "and I would add that I bring both sides to one review with the data on lost merchants.",
    ),
    (
        "raj asked re coping after bad jobs - said TRiM + talking to crewmate, shld have "
        "mentioned i did the TRiM practitioner course",
        # said as the answer it adds to, never "I should have mentioned"
        "You asked about coping after bad jobs: I did the TRiM practitioner course.",
    ),
    (
        "she asked about call - i said fine w/ 1 in 4 weekends, confirm that",
        "You asked about call: to confirm, I am happy to work one weekend in four.",
    ),
    (
        "sue asked what id do in first 3 months - waffled a bit. meant to say: meet top 20 "
        "supporters, review every events ROI, then plan 2027",
        "You asked what I would do in my first three months: I would meet the top 20 "
        "supporters, review every event's ROI, and then plan for 2027.",
    ),
    (
        "He asked how I work with a teenager who refuses exposures. I described motivational "
        "interviewing, and I would add that I let the teenager choose the first step on the "
        "hierarchy.",
        "You asked how I work with a teenager who refuses exposures. I described motivational "
        "interviewing, and I would add that I let the teenager choose the first step on the "
        "hierarchy.",
    ),
    (
        "denise asked re my H2S alive - expired oct, renewing dec 9 (booked)",
        "You asked about my H2S Alive: it expired in October, and I am booked to renew it on "
        "December 9.",
    ),
]


@pytest.mark.parametrize(("line", "want"), READER11)
@pytest.mark.parametrize("tone", ["warm", "formal"])
def test_reader_11s_follow_ups_are_said_to_who_asked(line: str, want: str, tone: str) -> None:
    assert _said(line, tone=tone) == want


def test_how_much_said_in_the_room_is_said_whole_and_what_was_done_since_kept() -> None:
    line = (
        "Kate asked whether I have used Leapfrog for 3D modelling. I said only a little; I have "
        "since booked the Leapfrog Geo fundamentals course for January."
    )
    assert _said(line) == (
        "You asked whether I have used Leapfrog for 3D modelling: I have used it only a little, "
        "and I have since booked the Leapfrog Geo fundamentals course for January."
    )
    other = (
        "Omar asked whether I have run a site induction. I said once or twice, but I have since "
        "written the induction pack for our depot."
    )
    assert recalled(other) == (
        "You asked whether I have run a site induction: I have run it once or twice, and I have "
        "since written the induction pack for our depot."
    )


# Invented lines, other jobs: each mark read the same way.
@pytest.mark.parametrize(
    ("line", "want"),
    [
        (  # "meant to say": the answer itself, never "I should have"
            "priya asked what id change first on the ward - rambled. meant to say: audit the "
            "handover sheet, then meet every HCA",
            "You asked what I would change first on the ward: I would audit the handover sheet "
            "and then meet every HCA.",
        ),
        (  # "should've mentioned": what was left out, said as such
            "Olu asked how I check a load plan - said I go by the manifest, should've mentioned "
            "I weigh every ULD",
            "You asked how I check a load plan: as well as going by the manifest, I weigh every "
            "ULD.",
        ),
        (  # "forgot to say": left out, in the note's own verb
            "he asked re night driving - forgot to say I hold a class 2 licence",
            "You asked about night driving: I should have said that I hold a class 2 licence.",
        ),
        (  # a thing of the candidate's, lapsed, and what is booked
            "asked re my CSCS card - lapsed march, renewing jan 14 (booked)",
            "You asked about my CSCS card: it lapsed in March, and I am booked to renew it on "
            "January 14.",
        ),
        (  # "ID" after "can" is the verb
            "tom asked what faults i can ID on a rolling road - froze. meant to say I can read "
            "misfires and lean running off the trace",
            "You asked what faults I can identify on a rolling road: I can read misfires and lean "
            "running off the trace.",
        ),
        (  # two deeds in order: "first and then"
            "she asked how id handle a late delivery - said call the driver, meant to say I'd "
            "check the tracker first then call the driver",
            "You asked how I would handle a late delivery: I would check the tracker first and "
            "then call the driver.",
        ),
        (  # a careful line: "re-sat" is a word, not the shorthand "re"
            "Leo asked whether I have my CSCS card. I said it lapsed, but I have since re-sat the "
            "test and it is valid until 2029.",
            "You asked whether I have my CSCS card. I said it lapsed, but I have since re-sat the "
            "test and it is valid until 2029.",
        ),
        (  # what becomes of it, now and next: "expires march", "renewing it now"
            "she asked about my visa - expires march, renewing it now",
            "You asked about my visa: it expires in March, and I am renewing it now.",
        ),
        (  # a year, and a time said as typed
            "asked re my first aid - lapsed 2023, retaking it next month",
            "You asked about my first aid: it lapsed in 2023, and I am retaking it next month.",
        ),
        (  # said to the one who asked, the employer's is "your"
            "asked what I know about their CRM - said not much, should've said I used Salesforce "
            "for 4 yrs",
            "You asked what I know about your CRM: I should have said that I used Salesforce for "
            "four years.",
        ),
        (  # "their" after someone named first is that person's
            "she asked how I'd support a patient and their family - said listen, meant to say I'd "
            "book a family meeting",
            "You asked how I would support a patient and their family: I would book a family "
            "meeting.",
        ),
        (  # confirmed: the rate said in full
            "Mo asked about on-call - i said fine w/ 1 in 3 weekends, confirm that",
            "You asked about on-call: to confirm, I am happy to work one weekend in three.",
        ),
    ],
)
def test_the_marks_of_a_recalled_answer(line: str, want: str) -> None:
    assert recalled(line) == want


@pytest.mark.parametrize(
    "line",
    [
        # how the answer went, alone: nothing to say
        "she asked what id do about sickness - waffled a bit",
        # a piece before the correction that is neither what was said nor how it went
        "he asked how I'd plan a route - the A40 is shut, meant to say I check the TfL feed",
        # no "I" in the question: who would do it is not said
        "Grace asked why x-ray first - meant to say: bloods too",
        # a note of fragments this reading does not know
        "asked re my forklift ticket - sorted, all good",
        # a careful line that is still a note to self is never pasted
        "He asked whether I had managed budgets. I said no; real answer is yes, £40k at Tesco.",
        "Ben asked what I thought of the app. I said it was good. I forgot to mention the bug.",
        # a verb whose object is not sure ("reapplying it"?): left out
        "he asked re my DBS - expired 2024, reapplying next wk",
    ],
)
def test_what_cannot_be_read_is_left_to_the_other_readings(line: str) -> None:
    assert recalled(line) is None


def test_a_subject_question_in_shorthand_is_left_to_the_readings_that_know_its_answers() -> None:
    line = "asked re my CSCS card - lapsed march, renewing jan 14 (booked)"
    assert recalled(line, about=False) is None
    assert recalled(line) is not None


@pytest.mark.parametrize("seed", range(4))
def test_notes_to_self_never_reach_the_letter(seed: int) -> None:
    line = (
        "sue asked what id do in first 3 months - waffled a bit. meant to say: meet top 20 "
        "supporters, review every events ROI, then plan 2027"
    )
    said = _said(line, seed) or ""
    assert "waffled" not in said and "meant" not in said and "should have" not in said


@pytest.mark.parametrize(
    ("line", "want"),
    [
        (  # an answer typed at compose's question, after the question as typed
            "denise asked re my H2S alive - My H2S Alive expired in October and I'm booked to "
            "renew it on December 9",
            "You asked about my H2S Alive: it expired in October and I am booked to renew it on "
            "December 9.",
        ),
        (
            "tom asked how id plan the first month - I'd shadow each shift lead for a week",
            "You asked how I would plan the first month: I would shadow each shift lead for a "
            "week.",
        ),
    ],
)
def test_an_answer_typed_as_a_whole_sentence_follows_the_question(line: str, want: str) -> None:
    assert recalled(line) == want
