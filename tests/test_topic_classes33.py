"""Classes of topic lines from reader 13's notes (h99-h106), each tested with members made up
for other jobs: what a topic line names, written by hand.

- A relative clause or a focusing aside after a comma (", which ...", ", especially ...")
  belongs to the words before it and is never a topic of its own; "A and B orders" keeps its
  shared head noun ("wedding and funeral orders" is one topic).
- A verb that puts its object into a state ("keeping flower waste down") keeps the state word.
- What the interviewer showed or asked the candidate about ("showed me the new diag laptop")
  is the thing shown.
- "cert" or "diag" before a noun it qualifies is a certification's or a diagnostic one;
  "lab to ops comms" is lab-to-operations communication.
- "their" after "who" is that person's, never the interviewer's.
- Two parts joined by "and", the second with "the", take their articles alike.
"""

from __future__ import annotations

import pytest

from composer.offline.topics import read_topic, topic_parts


def named(line: str) -> list[str]:
    return [read_topic(part).text for part in topic_parts(line)]


@pytest.mark.parametrize(
    ("line", "topics"),
    [
        ("Wedding and funeral orders, which bring in most of the shop's income",
         ["wedding and funeral orders"]),
        ("Evening and weekend classes, which fill up fastest", ["evening and weekend classes"]),
        ("the new hires, who start in may and june", ["the new hires"]),
        ("the allotment project, where the kids grow veg and herbs", ["the allotment project"]),
        ("Keeping flower waste down, especially after Valentine's Day and Mother's Day",
         ["keeping flower waste down, especially after Valentine's Day and Mother's Day"]),
        ("staff training, especially for new starters and agency staff",
         ["staff training, especially for new starters and agency staff"]),
    ],
)  # fmt: skip
def test_a_clause_after_a_comma_stays_with_the_noun_before_it(line: str, topics: list[str]) -> None:
    assert named(line) == topics


@pytest.mark.parametrize(
    ("line", "topic"),
    [
        ("Keeping flower waste down", "keeping flower waste down"),
        ("bringing turnover down", "bringing turnover down"),
        ("getting the backlog down before the audit", "getting the backlog down before the audit"),
        ("keeping stock losses low", "keeping stock losses low"),
    ],
)
def test_a_verb_that_puts_its_object_in_a_state_keeps_the_state(line: str, topic: str) -> None:
    assert read_topic(line).text == topic


def test_a_measure_that_moved_is_still_named_without_its_movement() -> None:
    assert read_topic("summer reading numbers down 20%").text == "summer reading numbers"


@pytest.mark.parametrize(
    ("line", "topic"),
    [
        ("showed me the new diag laptop (vesselview)", "the new diagnostic laptop"),
        ("walked me through their intake process", "your intake process"),
        ("told me about the new clinic in leeds", "the new clinic in Leeds"),
        ("showed me how they log repairs", "how you log repairs"),
        ("took me around the plant", "the plant"),
    ],
)
def test_what_the_interviewer_showed_is_the_topic(line: str, topic: str) -> None:
    assert read_topic(line).text == topic


def test_what_the_interviewer_asked_me_to_do_is_no_thing_shown() -> None:
    assert not read_topic("asked me to cover sat shifts").text.startswith("cover")


@pytest.mark.parametrize(
    ("line", "topic"),
    [
        ("regression passes before cert submission - they use testrail + jira",
         "regression passes before certification submission"),
        ("cert exam prep", "certification exam prep"),
        ("getting my class 3 cert", "getting my class 3 certificate"),
        ("F-gas cert renewals", "F-gas certificate renewals"),
        ("diag tools for the new models", "diagnostic tools for the new models"),
        ("lab to ops comms when a result comes back bad",
         "lab-to-operations communication when a result comes back bad"),
        ("sales to finance comms", "sales-to-finance communication"),
    ],
)  # fmt: skip
def test_shorthand_before_a_noun_is_said_as_the_kind_it_names(line: str, topic: str) -> None:
    assert read_topic(line).text == topic


@pytest.mark.parametrize(
    ("line", "topic"),
    [
        ("how i'd handle a pt who hates their new glasses",
         "how I would handle a patient who hates their new glasses"),
        ("interns who need their own laptops", "interns who need their own laptops"),
        ("how their team handles night calls", "how your team handles night calls"),
    ],
)  # fmt: skip
def test_their_after_who_is_that_persons(line: str, topic: str) -> None:
    assert read_topic(line).text == topic


@pytest.mark.parametrize(
    ("line", "topic"),
    [
        ("fire panel + the overnight security walk",
         "the fire panel and the overnight security walk"),
        ("rota and the new starters", "the rota and the new starters"),
        ("staffing and the new rota", "staffing and the new rota"),
    ],
)  # fmt: skip
def test_parts_joined_with_the_take_their_articles_alike(line: str, topic: str) -> None:
    assert read_topic(line).text == topic


@pytest.mark.parametrize(
    ("line", "topic"),
    [
        ("bereavement follow up calls - nobody owns them rn", "bereavement follow-up calls"),
        ("drop off times for the nursery", "drop-off times for the nursery"),
        ("set up costs for the new site", "set-up costs for the new site"),
        ("how we follow up leads", "how we follow up leads"),
        ("times tables check in yr4 - MTC results dipped last yr",
         "the times tables check in Year 4"),
    ],
)  # fmt: skip
def test_a_verb_and_particle_before_a_noun_are_one_noun(line: str, topic: str) -> None:
    assert read_topic(line).text == topic


@pytest.mark.parametrize(
    "line",
    [
        "on call - 24h shifts, 1 in 5 wknds",
        "shifts - 12 hr, 4 on 4 off",
        "rotations - 2 wks each",
        "loans - V&A + National Museums Scotland",
        "Shifts - 12 hr",
        "visits - mostly weekends",
        "interfaith - lots of LDS + catholic pts",
    ],
)
def test_a_topic_that_names_no_thing_is_left_out(line: str) -> None:
    assert read_topic(line).text == ""


@pytest.mark.parametrize(
    ("line", "topic"),
    [
        ("remote", "remote working"),  # a bare word the table says in full
        ("nights - 3 in a row", "working nights"),
        ("weekend shifts", "weekend shifts"),
    ],
)
def test_a_bare_word_with_its_own_meaning_is_still_named(line: str, topic: str) -> None:
    assert read_topic(line).text == topic


@pytest.mark.parametrize(
    ("line", "topic"),
    [
        ("kids menu", "the children's menu"),
        ("kids who shut down in class", "kids who shut down in class"),
        ("kids in care", "kids in care"),
    ],
)
def test_kids_before_a_noun_is_what_is_made_for_children(line: str, topic: str) -> None:
    assert read_topic(line).text == topic


@pytest.mark.parametrize(
    ("line", "topic"),
    [
        ("busy season from sept - overtime + callouts", "the busy season from September"),
        ("slow season from november", "the slow season from November"),
        ("busy period in december", "the busy period in December"),
        ("offline mode", "offline mode"),  # a kind of it, placed nowhere in time
        ("remote work from march", "remote work from March"),  # no count noun: no article
    ],
)
def test_a_kind_placed_in_time_is_one_and_takes_the(line: str, topic: str) -> None:
    assert read_topic(line).text == topic


@pytest.mark.parametrize(
    ("line", "topic"),
    [
        ("console port of the game", "the console port of the game"),
        ("android port of the game", "the android port of the game"),
        ("web version of the app", "the web version of the app"),
        ("phase 2 of the rollout", "phase 2 of the rollout"),  # a numbered part: no article
        ("pricing of the new range", "pricing of the new range"),  # a gerund head
    ],
)
def test_one_thing_of_another_takes_the(line: str, topic: str) -> None:
    assert read_topic(line).text == topic


@pytest.mark.parametrize(
    ("line", "topic"),
    [
        ("pay grade + cert incentive (grade IV pays more)",
         "the pay grade and certification incentive"),
        ("pay grade and shift pattern", "the pay grade and shift pattern"),
        ("staff handbook + uniform allowance", "the staff handbook and uniform allowance"),
        ("fire safety and stock control", "fire safety and stock control"),  # kinds, no count
    ],
)  # fmt: skip
def test_two_count_nouns_joined_share_one_article(line: str, topic: str) -> None:
    assert read_topic(line).text == topic
