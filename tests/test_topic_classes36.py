"""Session 36's classes of topic lines, each said by a mechanism, never by one quoted line:
what the interviewer did, then after a dash the subject ("toured the cutting room - new gerber
cutter"); names typed in lower case where a name stands ("w/ cisco + fortinet", "the syilx
okanagan nation"). Lines invented for jobs no notes had used; what a letter should name is
written by hand."""

from __future__ import annotations

import pytest

from composer.offline.questions import to_reader
from composer.offline.topicproducts import product_capitals, typed_names
from composer.offline.topics import read_topic, topic_parts
from composer.offline.topicverbs import deed_then_subject


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "walked round workshop - new cnc router (biesse), wants someone to run it",
            "the new CNC router",
        ),
        (
            "toured the cutting room - new gerber cutter, wants someone to run it",
            "the new Gerber cutter",
        ),
        ("showed me the yard - new ringlock system", "the new ringlock system"),
        ("toured site - new press line", "the new press line"),
        ("talked through the plan - phase 2 budget", "the phase 2 budget"),
    ],
)
def test_the_subject_after_a_deed_is_said(typed: str, said: str) -> None:
    assert read_topic(typed).text == said


@pytest.mark.parametrize(
    "typed",
    [
        "assisted collections list - out of date",  # a describing past form, no deed
        "used cars - margins",
        "went through my portfolio - liked the oak table",  # a deed after the dash: no subject
        "walked me through it - how they run the night shift",
    ],
)
def test_a_line_of_another_shape_is_not_read_as_a_deed(typed: str) -> None:
    assert deed_then_subject(typed) == typed


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "the budget and vendor management with cisco and fortinet",
            "the budget and vendor management with Cisco and Fortinet",
        ),
        (
            "working with the syilx okanagan nation on signage",
            "working with the Syilx Okanagan Nation on signage",
        ),
        ("amadeus versus sabre", "Amadeus versus Sabre"),
        ("two a320s in the hangar", "two A320s in the hangar"),
        ("the clinic software using cliniko", "the clinic software using Cliniko"),
    ],
)
def test_a_name_typed_in_lower_case_where_a_name_stands(text: str, said: str) -> None:
    assert typed_names(product_capitals(text)) == said


@pytest.mark.parametrize(
    "text",
    [
        "torque wrench calibs",  # a note's clipping, no name
        "the varroa treatment plan",
        "the prism glasses clinic with the optom",  # after "the": a thing of the trade
        "conservation glazing upsell",
        "working with interpreters for families",
    ],
)
def test_a_word_no_table_knows_elsewhere_keeps_its_case(text: str) -> None:
    assert typed_names(text) == text


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("tempering machine broken since oct", "the broken tempering machine"),
        ("local plan just adopted", "the newly adopted local plan"),
        ("SD-WAN rollout to 14 clinics - behind schedule", "the SD-WAN rollout to 14 clinics"),
        ("porter app keeps crashing", "the porter app"),
        ("payroll system down again", "the payroll system"),
        ("new website still delayed", "the new website"),
        ("loom 4 down for weeks - parts from italy", "loom 4"),
        ("on call rotation 1 wk in 5", "the on-call rotation"),
    ],
)
def test_a_thing_and_the_state_typed_after_it(typed: str, said: str) -> None:
    assert read_topic(typed).text == said


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "Making clinic letters readable for parents",
            "making clinic letters readable for parents",
        ),
        ("Keeping flower waste down", "keeping flower waste down"),
        ("battlecards outdated", "outdated battlecards"),
    ],
)
def test_a_line_that_only_looks_like_a_state_keeps_its_reading(typed: str, said: str) -> None:
    assert read_topic(typed).text == said


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # a subject, then after the dash a second thing discussed: a wh-clause with its object
        (
            "junior squad - how i handle pushy parents",
            "the junior squad and how I handle pushy parents",
        ),
        (
            "dog bite cases - how i'd deal w/ angry owners",
            "dog bite cases and how I would deal with angry owners",
        ),
        # a question about the subject itself keeps its reading
        ("missed bin reports - how i'd cut them", "how I would cut missed bin reports"),
    ],
)
def test_a_wh_clause_after_a_dash(typed: str, said: str) -> None:
    assert read_topic(typed).text == said


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "why leaving current job - want healthcare, more ownership",
            "why I am leaving my current job",
        ),
        (
            "why leaving high street chain - want proper bench work",
            "why I am leaving the high street chain",
        ),
        (
            "why moving on from current role after 5 yrs",
            "why I am moving on from my current role after five years",
        ),
        ("why leaving my current role", "why I am leaving my current role"),
        ("why leaving retail", "why I am leaving retail"),  # a trade: no article
        ("why leaving ITU for renal", "why I am leaving ITU for renal"),  # a name
    ],
)
def test_why_leaving_a_workplace_typed_bare(typed: str, said: str) -> None:
    assert read_topic(typed).text == said


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "asbestos register for the council schools",
            "the asbestos register for the council schools",
        ),
        ("forge open day in june", "the forge open day in June"),
        (
            "new digistar projector going in next yr",
            "the new digistar projector arriving next year",
        ),
        # a doing, a state, a mass noun or a plural takes none
        ("site supervision on the ely scheme", "site supervision on the Ely scheme"),
        (
            "eviction filing data from the county courts",
            "eviction filing data from the county courts",
        ),
        (
            "switching the booking system to Cliniko in Jan",
            "switching the booking system to Cliniko in January",
        ),
        ("sprinkler retrofits in tower blocks", "sprinkler retrofits in tower blocks"),
    ],
)
def test_one_thing_of_theirs_takes_the(typed: str, said: str) -> None:
    assert read_topic(typed).text == said


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("pharmacy chain fit out, 14 units next yr", "the pharmacy chain fit-out"),
        ("shop fit out programme", "the shop fit-out programme"),
        ("staff buy in", "staff buy-in"),
        ("how we fit out the vans", "how we fit out the vans"),  # the verb, after its subject
    ],
)
def test_a_noun_made_of_a_verb_and_its_particle(typed: str, said: str) -> None:
    assert read_topic(typed).text == said


def test_a_new_thing_just_done_is_said_new_once() -> None:
    assert read_topic("new booking app just launched").text == "the newly launched booking app"


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # the candidate's first span in the post is theirs: "my"
        ("what id change in first month", "what I would change in my first month"),
        ("what id do in first 90 days", "what I would do in my first 90 days"),
        ("priorities in first week on the ward", "priorities in my first week on the ward"),
        # one of a series takes "a", as before
        (
            "how i would handle angry customers on third chase call",
            "how I would handle angry customers on a third chase call",
        ),
        # "why this ..." typed without its question mark is still why the candidate chose it
        ("why this job", "why I chose this job"),
        ("why this line of work", "why I chose this line of work"),
    ],
)
def test_question_word_clauses_of_the_candidate(typed: str, said: str) -> None:
    assert read_topic(typed).text == said


@pytest.mark.parametrize(
    ("typed", "parts"),
    [
        # a comma, then "the" and a noun phrase: one more thing discussed
        ("audits, the new crm", ["audits", "the new crm"]),
        ("training plan, the LMS", ["training plan", "the LMS"]),
        # a comparison, a pronoun or the first thing's own: the detail of the first
        ("budget, the same as last year", ["budget, the same as last year"]),
        ("stock take, the big one", ["stock take, the big one"]),
        ("volunteer onboarding, their DBS backlog", ["volunteer onboarding, their DBS backlog"]),
    ],
)
def test_two_topics_typed_with_a_comma(typed: str, parts: list[str]) -> None:
    assert topic_parts(typed) == parts


def test_a_year_after_for_is_no_bare_year() -> None:
    assert read_topic("budget + headcount for 2027").text == "the budget and headcount for 2027"


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # one thing of theirs, named by two nouns, and what it is doing: "the"
        ("van fleet going electric", "the van fleet going electric"),
        ("head chef leaving in may", "the head chef leaving in May"),
        # a compound ending in "-ing", a mass noun: none
        ("peak season staffing at the Daventry DC", "peak season staffing at the Daventry DC"),
        ("funding running out in march", "funding running out in March"),
        # a wh-clause keeps its own verb and particle
        ("how i'd build the team back up", "how I would build the team back up"),
        # a trade's letters and figure: capitals
        ("growing the b2b side", "growing the B2B side"),
    ],
)
def test_more_shapes_of_shorthand(typed: str, said: str) -> None:
    assert read_topic(typed).text == said


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("moving to 4 day week", "moving to a 4-day week"),
        ("switch to 3 shift pattern", "the switch to a 3-shift pattern"),
        ("working on 12 hr shifts", "working on 12-hour shifts"),  # a plural takes none
    ],
)
def test_a_measure_before_one_thing_after_a_preposition_takes_a(typed: str, said: str) -> None:
    assert read_topic(typed).text == said


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("contract w/ balfour beatty", "the contract with Balfour Beatty"),  # a name of two words
        ("the new app just launched", "the newly launched app"),  # its own "the"
        ("their booking system down again", "your booking system"),
    ],
)
def test_names_and_states_with_their_own_words(typed: str, said: str) -> None:
    assert read_topic(typed).text == said


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # the census's shapes (made-up lines of the same shapes): what was asked and answered
        # after the subject is the candidate's record, and the subject is a question put to them
        ("rigging - asked about IPAF, said expired, renewing jan", "rigging"),
        ("weekend cover - asked if i'd do nights, said yes", "weekend cover"),
        (
            "asked about working at height cert - said IPAF + PASMA both in date",
            "working at height certificate",
        ),
        # a wh-clause ending in a verb whose object is the subject before it
        ("online click+collect orders - who preps", "who preps online click and collect orders"),
        ("clinician turnover 38%, how i'd fix", "how I would fix clinician turnover"),
        # numeronyms and a clipped place word
        ("a11y - asked how i test, said axe + manual VoiceOver pass", "accessibility"),
        ("crew culture @ stn 4 - 48/96 schedule", "crew culture at station 4"),
        # "her" before a noun of the trade no table knows is hers: "your"
        ("did a practice groom on her spoodle", "the practice groom done on your spoodle"),
    ],
)
def test_census_shapes(typed: str, said: str) -> None:
    assert read_topic(typed).text == said


def test_what_was_asked_and_answered_marks_a_question_and_splits_nothing() -> None:
    assert read_topic("rigging - asked about IPAF, said expired, renewing jan").question
    assert topic_parts("rigging - asked about IPAF, said expired, renewing jan") == [
        "rigging - asked about IPAF, said expired, renewing jan"
    ]


def test_her_before_a_preposition_is_you() -> None:
    assert to_reader("asked her about it") == "asked you about it"
    assert to_reader("gave her the plan") == "gave you the plan"


def test_an_exercise_and_its_first_hours() -> None:
    said = read_topic("ransomware tabletop - what i'd do first 24h").text
    assert said == "what I would do in the first 24 hours in the ransomware tabletop"


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # a noun that is also a past form is no deed: "rent" of "rent arrears"
        ("rent arrears - early intervention vs court", "rent arrears"),
        # "why this X versus Y", Y a place: the candidate's choice of one over the other (the
        # session 40 task's reading)
        ("why this district vs phoenix", "why I chose this district over Phoenix"),
        ("on-call roster 1 wk in 5", "the on-call roster"),
    ],
)
def test_census_lines_kept_from_a_wrong_reading(typed: str, said: str) -> None:
    assert read_topic(typed).text == said


def test_the_rest_of_a_name_already_begun_takes_its_capital() -> None:
    assert typed_names("the contract with Balfour beatty") == "the contract with Balfour Beatty"
