"""A topic typed as an action is said as the subject it names, or left out (session 32).

Reader 12's worst letter said "our conversation about missed a reporting deadline last year";
its notes also had "wants more multi-yr grants" and "w/o burning them out" turned on the reader.
The lines below are other members of those classes, typed for other jobs than reader 12's; the
named forms are what a candidate would write, by hand.
"""

from __future__ import annotations

import pytest

from composer.offline.topics import read_topic


@pytest.mark.parametrize(
    ("line", "named"),
    [
        # a past verb before what it was done to: that thing, with what was done and when
        ("lost a major client in march", "the major client lost in March"),
        ("missed two grant deadlines last spring", "the two grant deadlines missed last spring"),
        ("postponed the summer show this yr", "the summer show postponed this year"),
        # a verb of having: what was had
        ("had a data breach in 2023", "the data breach in 2023"),
        ("got a bad inspection report last year", "the bad inspection report last year"),
        ("had an outage in june, regulator got involved", "the outage in June"),
        # the candidate's own: "I" and the verb after the thing
        (
            "ran my first marathon clinic at my old gym",
            "the first marathon clinic I ran at my old gym",
        ),
        ("lost my biggest client in march", "the biggest client I lost in March"),
        # a verb's plain form before a determiner: the doing of it
        ("reduce the waiting list for assessments", "reducing the waiting list for assessments"),
        ("build a grants calendar", "building a grants calendar"),
        # a wish typed without its subject: what is wished for
        ("wants more weekend volunteers", "more weekend volunteers"),
        ("needs a new rota by january", "a new rota by January"),
        ("wants to move the choir to sundays", "moving the choir to Sundays"),
        # "them" after the group the topic names is that group, not the interviewer
        (
            "how to keep volunteers without wearing them down",
            "how to keep volunteers without wearing them down",
        ),
        (
            "getting parents to read w/ kids w/o nagging them",
            "getting parents to read with kids without nagging them",
        ),
        # chat typed at the end is no part of the subject
        ("weekend cover lol", "weekend cover"),
        # a thing on its way with nothing after it is coming up; a season after what happens
        # in it takes "in the"
        ("big launch coming", "the big launch coming up"),
        ("boiler service due winter", "boiler service due in the winter"),
        ("spring cleaning", "spring cleaning"),
        # a made thing after "for" is one they know: "the"
        ("release notes for mobile app", "release notes for the mobile app"),
        ("test plan for payments API", "the test plan for the payments API"),
        # a body named by its place and kind after "with": one body
        ("joint bid w/ Leeds council", "the joint bid with the Leeds council"),
        # shorthand of a topic
        ("ref checks for new hires", "reference checks for new hires"),
        ("briefing execs on risk", "briefing executives on risk"),
        ("job apps from school leavers", "job applications from school leavers"),
        ("70% of $ from one donor", "70% of funding from one donor"),
    ],
)
def test_an_action_is_said_as_its_subject(line: str, named: str) -> None:
    assert read_topic(line).text == named


@pytest.mark.parametrize(
    "line",
    [
        "launched the app",  # no time or place: "the app launched" reads as what it did
        "moved to the new site in may",  # nothing done to a thing
        "went over budget on the refit",
        "wants to",  # no wish left
        "they lost 2 coaches to the club down the road",  # a sentence with its own subject
    ],
)
def test_an_action_with_no_plain_subject_is_left_out(line: str) -> None:
    assert read_topic(line).text == ""


@pytest.mark.parametrize(
    ("line", "named"),
    [
        # a past form before a bare noun describes it
        ("plated desserts on the tasting menu", "plated desserts on the tasting menu"),
        ("missed appointments", "missed appointments"),
        # a noun that is also a wish verb, before no determiner
        ("needs assessment for new clients", "the needs assessment for new clients"),
        # a name made with "of" or "to" keeps its words
        ("permit to work system", "the permit to work system"),
        # "they" and "their" of the interviewer are said to them
        ("how they use the new portal", "how you use the new portal"),
        ("their volunteer rota", "your volunteer rota"),
        # a mass noun after "for" takes no article
        ("training for project management", "training for project management"),
    ],
)
def test_other_shapes_keep_their_reading(line: str, named: str) -> None:
    assert read_topic(line).text == named


def test_an_aside_with_its_own_verb_is_never_the_subject() -> None:
    # "ux - lead hates long forms": the comment is the note-taker's, not what was discussed
    assert "hates" not in read_topic("ux - lead hates long forms").text


@pytest.mark.parametrize(
    ("line", "named"),
    [
        # a past passive typed with "got" is said with "was" or "were"
        ("why the audit got delayed", "why the audit was delayed"),
        ("funders that got burned", "funders that were burned"),
        ("how she got promoted", "how you were promoted"),
        # a habit typed with "gets" stays
        ("frailty scores + who gets seen first", "frailty scores and who gets seen first"),
        # "their" after a group noun with no plural ending is the group's
        (
            "how to tell staff their shifts have changed",
            "how to tell staff their shifts have changed",
        ),
        # one person of theirs doing something takes "the"; a mass noun does not
        ("manager leaving in june", "the manager leaving in June"),
        ("coach stepping down after the season", "the coach stepping down after the season"),
        ("funding running out in march", "funding running out in March"),
        # a year after "since" is a time, not the name of a project the aside is part of
        ("footfall flat since 2023 - need events", "footfall"),
    ],
)
def test_a_clause_inside_a_topic_reads_as_a_letter_says_it(line: str, named: str) -> None:
    assert read_topic(line).text == named


@pytest.mark.parametrize(
    ("line", "named"),
    [
        # a product whose name is no English word takes its maker's capitals anywhere
        ("moving tickets from zendesk to jira", "moving tickets from Zendesk to Jira"),
        ("hubspot lead scoring", "HubSpot lead scoring"),
        # one whose name is an English word, only where a word places it as the product
        (
            "cleaning data in excel before it goes into python",
            "cleaning data in Excel before it goes into Python",
        ),
        ("working with teams across three sites", "working with teams across three sites"),
    ],
)
def test_a_product_typed_in_lower_case_takes_its_capitals(line: str, named: str) -> None:
    assert read_topic(line).text == named
