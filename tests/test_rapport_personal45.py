"""Session 45: personal notes typed short, said as a person would (reader 24's h187, h188, h193,
h194 and their shapes): a weekday typed bare before who goes along, a group's tour, a team's
final, a project in progress, "kid's" and "bday". Each expected line was written by hand."""

from __future__ import annotations

import datetime as dt

import pytest

from composer.offline.rapport import rapport_line

# Met on Thursday 3 December 2026, the letter goes out on Friday 4 December.
DAYS = (dt.date(2026, 12, 3), dt.date(2026, 12, 4))

CASES = [
    # a weekday typed bare after the event, before who goes with them
    ("big Steelers fan, going to the game sun w/ her dad",
     "Enjoy the Steelers game on Sunday with your dad."),
    ("going to the match sat w/ his son", "Enjoy the match on Saturday with your son."),
    ("going to a concert sun w/ her mum", "Enjoy the concert on Sunday with your mum."),
    # a group on tour: its tour of the place
    ("He is taking the youth orchestra on tour to Namibia in January.",
     "I hope the youth orchestra's tour of Namibia in January goes well."),
    ("the choir on tour to Wales next month",
     "I hope the choir's tour of Wales next month goes well."),
    ("his daughter's band on tour in Germany in march",
     "I hope your daughter's band has a great tour of Germany in March."),
    ("her big band is touring Ireland in the spring",
     "I hope your big band's tour of Ireland in the spring goes well."),
    # a group they lead, at an event ahead (reader 23's h186)
    ("He is coaching his daughter's youth hockey team at a tournament in Traverse City this "
     "weekend.",
     "I hope your daughter's youth hockey team does well at the tournament in Traverse City "
     "this weekend."),
    ("taking the school choir to a festival in Vienna in May",
     "I hope your school choir does well at the festival in Vienna in May."),
    # a team in a final
    ("their team is in the cup final sat",
     "I hope your team does well in the cup final on Saturday."),
    ("his team in the league final next wk",
     "I hope your team does well in the league final next week."),
    # a project in progress
    ("He sails a wooden sloop out of Chester every summer and is restoring it this winter.",
     "I hope the restoration of your wooden sloop goes well."),
    ("restoring an old Land Rover", "I hope the restoration of your old Land Rover goes well."),
    ("he is renovating a canal boat", "I hope the renovation of your canal boat goes well."),
    ("building a boat in her garage", "I hope the boat is coming along well."),
    ("she's building a garden shed at the bottom of the garden",
     "I hope the garden shed is coming along well."),
    ("knitting a jumper for her husband",
     "I hope the jumper for your husband is coming along well."),
    # a move of house, flat or office
    ("moving flats sat", "I hope all goes smoothly with the move on Saturday."),
    ("moving offices next month", "I hope all goes smoothly with the move next month."),
    # a child's or a relative's event typed short
    ("her son plays his first senior footy grand final sat",
     "I hope all goes well with your son's first senior footy grand final on Saturday."),
    ("his kid's swim meet sun", "I hope all goes well with your child's swim meet on Sunday."),
    ("her kid's dance show nxt wk", "I hope all goes well with your child's dance show next week."),
    ("her twins' bday party sat",
     "I hope all goes well with your twins' birthday party on Saturday."),
]  # fmt: skip


@pytest.mark.parametrize(("note", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_a_personal_note_typed_short_is_said_as_a_person_would(note: str, expected: str) -> None:
    said = rapport_line(note, ["Jo Smith", "Jo"], tone="warm", channel="email", days=DAYS)
    assert said.text == expected


def test_a_weekday_before_company_is_said_formally_with_the_team() -> None:
    note = "big Steelers fan, going to the game sun w/ her dad"
    said = rapport_line(note, ["Renee"], tone="formal", channel="email", days=DAYS)
    assert said.text == "I hope the Steelers game on Sunday with your dad is a memorable occasion."


@pytest.mark.parametrize(
    "note", ["restoring a 71 HQ holden in his shed", "he is renovating a narrowboat"]
)
def test_a_project_naming_a_thing_in_lower_case_is_left_out_and_says_why(note: str) -> None:
    said = rapport_line(note, ["Dave"], days=DAYS)
    assert said.text is None
    assert said.skipped == "it names something in lower case that no English table knows"


@pytest.mark.parametrize(
    "note",
    [
        "going to a memorial service sun w/ his family",
        "his wife's chemo finishes next month",
        "dad in hosp this wk",
        "her dog was put down last wk",
        "knee op next wk",
    ],
)
def test_a_sad_or_medical_matter_typed_short_gets_no_wish(note: str) -> None:
    said = rapport_line(note, ["Jo"], days=DAYS)
    assert said.text is None
    assert said.skipped == "it is about a private or sad matter"
