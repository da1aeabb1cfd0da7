"""Session 34 (middle): a topic typed in the interviewer's words ("you" meaning the candidate)."""

from __future__ import annotations

import pytest

from composer.offline.items import read_point
from composer.offline.topics import read_topic
from composer.offline.topicvoice import voiced


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # the interviewer's question put to the candidate, typed as they asked it
        ("what you'd change in your first 90 days", "what I would change in my first 90 days"),
        (
            "how you'd handle a grieving family at the viewing",
            "how I would handle a grieving family at the viewing",
        ),
        ("asked how you'd triage a 3am call-out", "how I would triage a 3am call-out"),
        ("whether you'll relocate to Leeds", "whether I will relocate to Leeds"),
        ("why you want to leave retail banking", "why I want to leave retail banking"),
        ("what you would bring to the night shift", "what I would bring to the night shift"),
        ("your first 90 days", "my first 90 days"),
    ],
)
def test_a_question_put_to_the_candidate_is_turned_to_their_side(typed: str, said: str) -> None:
    assert read_topic(typed).text == said


@pytest.mark.parametrize(
    "typed",
    [
        "who owns you in win/loss interviews with you",
        "the support we'd give you in the first month",
        "what we can offer you",
        "what you think of our rota app",
        "how you'd work with us on the rollout",
        "the three leads who report to you",
    ],
)
def test_a_you_that_cannot_be_told_is_left_out(typed: str) -> None:
    topic = read_topic(typed)
    assert topic.text == ""
    assert "interviewer's words" in topic.why


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # "you" is the interviewer, the letter's reader: kept as typed
        ("how you score social value answers", "how you score social value answers"),
        ("your move to a tiered service model", "your move to a tiered service model"),
        ("what you'd want from me in the first year", "what you'd want from me in the first year"),
        # a tail after a dash is the note-taker's aside, not read for its "you"
        ("tariff engineering - what you can't do", "tariff engineering - what you can't do"),
        ("harbour dues", "harbour dues"),
    ],
)
def test_a_you_that_is_the_interviewer_stays(typed: str, said: str) -> None:
    assert voiced(typed) == said


def test_me_before_a_gerund_is_the_doing() -> None:
    assert voiced("me shadowing the night sister on the ward round") == (
        "shadowing the night sister on the ward round"
    )
    assert voiced("me leading") == "me leading"  # nothing after the gerund to name


def test_a_question_typed_with_its_mark_is_left_to_the_question_reader() -> None:
    assert read_topic("what would you change in your first 90 days?").text == (
        "what I would change in my first 90 days"
    )


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # a certificate by its body's initials and the foundation level typed in lower case
        ("ISTQB foundation", "I hold the ISTQB Foundation certificate."),
        ("PRINCE2 foundation", "I hold the PRINCE2 Foundation certificate."),
        ("ITIL 4 foundation", "I hold the ITIL 4 Foundation certificate."),
        ("ITIL v3 foundation cert", "I hold the ITIL v3 Foundation certificate."),
        ("MSP foundation level", "I hold the MSP Foundation certificate."),
    ],
)
def test_a_certificate_typed_as_a_level_is_held(typed: str, said: str) -> None:
    assert read_point(typed).sentence() == said


@pytest.mark.parametrize(
    "typed",
    [
        "SQL intermediate",  # a level of skill, not a certificate
        "ART foundation",  # a word in capitals, not a body's initials
        "istqb foundation",  # no initials typed as such
    ],
)
def test_a_level_that_is_no_certificate_is_not_held(typed: str) -> None:
    said = read_point(typed).sentence() or ""
    assert "Foundation certificate" not in said and "Intermediate certificate" not in said


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("cut late ICSR submissions from 6% to <1% in 2023", "from 6% to under 1% in 2023"),
        ("cut response time to < 4 hrs", "to under four hours"),
        ("kept the void rate >3% all year", "over 3%"),
        ("cut defects 33% -> 29%", "from 33% to 29%"),  # an arrow is no comparison sign
    ],
)
def test_a_comparison_sign_before_a_number_is_said_as_a_word(typed: str, said: str) -> None:
    sentence = read_point(typed).sentence() or ""
    assert said in sentence
    assert "<" not in sentence and ">" not in sentence


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # degree initials of divinity, health science, nursing, letters and music
        (
            "MDiv, Princeton Theological Seminary",
            "I hold an MDiv from Princeton Theological Seminary.",
        ),
        ("ThM, Duke Divinity School", "I hold a ThM from Duke Divinity School."),
        ("BScN, McMaster University 2012", "I earned a BScN at McMaster University in 2012."),
        ("MLitt English, St Andrews", "I hold an MLitt in English from St Andrews."),
        # a school typed in lower case: a name no dictionary knows, then what it is
        (
            "MDiv princeton theological seminary",
            "I hold an MDiv from Princeton Theological Seminary.",
        ),
        ("BSc brunel design school", "I hold a BSc from Brunel Design School."),
        # a school's word and what it is of, after a degree: the school, said with "the"
        (
            "BMus Royal Northern College of Music",
            "I hold a BMus from the Royal Northern College of Music.",
        ),
        ("MSc London School of Economics", "I hold an MSc from the London School of Economics."),
        (
            "MS, Georgia Institute of Technology",
            "I hold an MS from the Georgia Institute of Technology.",
        ),
        # a university of a place named after a name takes no "the"
        (
            "MSc Queen Mary University of London",
            "I hold an MSc from Queen Mary University of London.",
        ),
    ],
)
def test_a_degree_and_its_school_are_read(typed: str, said: str) -> None:
    assert read_point(typed).sentence() == said


def test_initials_no_degree_table_holds_are_not_a_degree() -> None:
    assert read_point("BN Deakin").sentence() != "I hold a BN in Deakin."
    assert read_point("MA History of Art").sentence() == "I hold an MA in History of Art."


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # a certification's own name with its level after a dash, as the body writes it
        (
            "AWS Certified Machine Learning - Specialty",
            "I hold the AWS Certified Machine Learning - Specialty certification.",
        ),
        (
            "AWS Certified Solutions Architect - Associate",
            "I hold the AWS Certified Solutions Architect - Associate certification.",
        ),
        # with no level after a dash or colon it names a person, as it did
        ("AWS Certified Solutions Architect", "I am an AWS Certified Solutions Architect."),
    ],
)
def test_a_certification_named_with_its_level_is_held(typed: str, said: str) -> None:
    assert read_point(typed).sentence() == said


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # a count after a comma with the first stretch of time typed with no preposition
        (
            "started a parent coaching group, 12 families the first yr",
            "I started a parent coaching group, with 12 families in the first year.",
        ),
        (
            "set up a repair café, 40 visitors the first month",
            "I set up a repair café, with 40 visitors in the first month.",
        ),
    ],
)
def test_a_count_in_the_first_stretch_of_time_is_in_it(typed: str, said: str) -> None:
    assert read_point(typed).sentence() == said


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # a name no dictionary knows, typed in lower case after the word that says it was used
        ("rebuilt the stock sheets in cin7", "I rebuilt the stock sheets in cin7."),  # a code
        (
            "set up wine preservation w/ coravin",
            "I set up wine preservation with Coravin.",
        ),
        (
            "migrated 3,000 records from paper into tracksy and docubox",
            "I migrated 3,000 records from paper into Tracksy and Docubox.",
        ),
        # a workplace typed in lower case after "at", its first word one no dictionary knows
        (
            "6 yrs at kellerby farm shop",
            "I have spent six years at Kellerby Farm Shop.",
        ),
        # English words stay as typed: a trade's word, a number, a word the dictionary knows
        (
            "trained 9 new HCAs in venepuncture 2024",
            "I trained nine new HCAs in venepuncture in 2024.",
        ),
        ("opened 11 new accounts in 9 months", "I opened 11 new accounts in nine months."),
        (
            "8 yrs as a flight attendant at delta",
            "I have spent eight years as a flight attendant at delta.",
        ),
    ],
)
def test_a_name_typed_in_lower_case_takes_its_capital(typed: str, said: str) -> None:
    assert read_point(typed).sentence() == said


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("rebuilt a 16ft skiff", "I rebuilt a 16-foot skiff."),
        ("fitted 12in pipe on the main", "I fitted a 12-inch pipe on the main."),
        ("cut 2in off the lead time", "I cut 2in off the lead time."),  # no size of a thing
    ],
)
def test_a_size_in_inches_or_feet_before_a_thing_is_said_with_its_unit(
    typed: str, said: str
) -> None:
    assert read_point(typed).sentence() == said


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # a skill with how much of it, then what was done with it after a dash
        (
            "some python - wrote log parsing scripts",
            "I know some Python and have written log parsing scripts.",
        ),
        (
            "some R - used it for survival analysis",
            "I know some R and have used it for survival analysis.",
        ),
        (
            "basic welsh - can hold a conversation",
            "I know basic Welsh and can hold a conversation.",
        ),
    ],
)
def test_a_skill_and_what_was_done_with_it_are_said(typed: str, said: str) -> None:
    assert read_point(typed).sentence() == said


@pytest.mark.parametrize(
    "typed",
    [
        "good excel - built the rota tracker",  # "I know good Excel": no level one knows
        "some exposure - did a few",  # a word, not a skill's name
        "some python - loads",  # no deed after the dash
    ],
)
def test_a_skill_line_of_another_shape_is_not_said_so(typed: str) -> None:
    assert not (read_point(typed).sentence() or "").startswith("I know ")
