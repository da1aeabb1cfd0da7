"""A question put to the candidate and the answer they gave, typed in a topic, is retold in their
voice or left out (session 51): the answer typed with no punctuation before it ("... i said stop
the truck ..."), after a label ("q - ...? a - ...", "-> A: ..."), as bare verbs ("stop, radio
supervisor, dont go in"), a scene typed before "what do u do", a bare "Q: weakness?", a reason typed
as a whole clause. Expected sentences written by hand; none of these lines is in a held-out set."""

from __future__ import annotations

import pytest

from composer.offline import doubts
from composer.offline.runonsteps import run_on
from composer.offline.topicanswers import asked_sentence, split_answer
from composer.offline.topics import read_topic


def _said(line: str) -> str:
    topic = read_topic(line)
    return asked_sentence(topic.text, topic.answer)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the answer after "i said" with no punctuation before it, its steps run together
        (
            "he asked what id do if a forklift clipped the racking i said stop the truck cordon "
            "the aisle call the racking inspector",
            "You asked what I would do if a forklift clipped the racking: I would stop the truck, "
            "cordon the aisle and call the racking inspector.",
        ),
        # "and I answered that" with no comma
        (
            "She asked what I would do if a patient refused their meds and I answered that I would "
            "ask why, explain the risk and tell the nurse in charge",
            "You asked what I would do if a patient refused their medications: I would ask why, "
            "explain the risk and tell the nurse in charge.",
        ),
        # the scene typed before "what do you do", the answer labelled "A:"
        (
            "Q: tenant won't pay rent, what do you do? -> A: call them, agree a plan, put it in "
            "writing",
            "You asked what I would do if a tenant won't pay rent: I would call them, agree a "
            "plan and put it in writing.",
        ),
        # a question labelled "q -", its answer "a -", "u" for "you"
        (
            "q - how do u handle a no-show? a - call them, log it, tell the manager",
            "You asked how I handle a no-show: I call them, log it and tell the manager.",
        ),
        # bare verbs: "stop" alone is a step among three; "dont" is "not"; the supervisor
        (
            "he asked what id do if a gate latch wasnt secure on the morning walk -> said stop, "
            "radio supervisor, dont go in, log it",
            "You asked what I would do if a gate latch wasn't secure on the morning walk: I would "
            "stop, radio the supervisor, not go in and log it.",
        ),
        # "get nurse": a person who takes "the", or a thing ("get help") that does not: the
        # step is not said, the steps before it are
        (
            "asked what id do if a pupil fainted in assembly -> lie her down, raise her legs, get "
            "nurse if needed",
            "You asked what I would do if a pupil fainted in assembly: I would lie her down and "
            "raise her legs.",
        ),
        # a thing of the candidate's own, typed bare
        (
            "Q: biggest weakness? A: I say yes to everything",
            "You asked about my biggest weakness: I say yes to everything.",
        ),
        # the candidate's own "I'd" after "I said"
        (
            "asked how I'd handle a late delivery. I said I'd phone the supplier, check the stock "
            "and tell the kitchen",
            "You asked how I would handle a late delivery: I would phone the supplier, check the "
            "stock and tell the kitchen.",
        ),
        # an answer and what the candidate is doing about it, after a slash
        (
            "Q: biggest weakness? -> A: I check everything twice / working on trusting the team "
            "more",
            "You asked about my biggest weakness: I check everything twice, and I am working on "
            "trusting the team more.",
        ),
        # a reason typed as a whole clause, said as what the candidate said
        (
            "He asked why I want to leave hotels for buses after twelve years. I said that running "
            "a hotel overnight is mostly about handling disruption calmly and keeping people "
            "informed, and that is what a control room does all day.",
            "When you asked why I want to leave hotels for buses after twelve years, I said that "
            "running a hotel overnight is mostly about handling disruption calmly and keeping "
            "people informed, and that is what a control room does all day.",
        ),
    ],
)
def test_a_question_and_its_answer_are_retold(line: str, expected: str) -> None:
    assert _said(line) == expected


@pytest.mark.parametrize(
    ("line", "answer"),
    [
        # a thing named with no article in the question: never "leaving big brewery"
        (
            "Q: why leave big brewery for small one?? -> A: want own recipes / whole process",
            "want own recipes / whole process",
        ),
        # a person named with no article: never "how I manage difficult tenant"
        (
            "Interviewer asked me how I manage difficult tenant. I answered I listen first and "
            "then I explain the rules clearly.",
            "I listen first and then I explain the rules clearly",
        ),
        # two verbs run together, one of which lost its object: no step said for sure
        (
            "she asked what i would do if a lashing came loose on the car deck in bad weather i "
            "said stop secure report to bridge never go alone",
            "stop secure report to bridge never go alone",
        ),
    ],
)
def test_an_answer_read_but_not_sure_is_left_out(line: str, answer: str) -> None:
    split = split_answer(line, ground=False)
    assert split is not None and split[1] == answer  # the answer is found, label and all off
    assert not read_topic(line).answer


@pytest.mark.parametrize(
    ("typed", "steps"),
    [
        ("stop the truck cordon the aisle", ["stop the truck", "cordon the aisle"]),
        # the thing the first verb makes act is no new step; the next verb and its object is
        ("let the dog sniff the bag check the tag", ["let the dog sniff the bag", "check the tag"]),
        ("report to the bridge never go alone", ["report to the bridge", "never go alone"]),
    ],
)
def test_steps_typed_without_commas_are_parted(typed: str, steps: list[str]) -> None:
    assert run_on(typed) == steps


def test_a_list_with_its_and_after_a_comma_is_no_note() -> None:
    sentence = (
        "You asked how I would respond to a leak in the cold room: I would close the valve, "
        "tell every user of that room the same day, dry it, and check the stock before using it."
    )
    assert doubts.misread(sentence, sentence) == ""


@pytest.mark.parametrize(
    ("question", "bare"),
    [
        ("what I would do if positive result came Friday afternoon", True),
        ("why I am leaving big brewery for small one", True),
        ("how I manage difficult tenant", True),
        # a compound after "when" names no quality bare; a mass noun keeps no article
        ("how I would organise field sampling when boat time is limited", False),
        ("what I would do if a lashing came loose on the car deck in bad weather", False),
        ("how I would manage poor performance", False),
        ("how I would get reluctant Year 9 boys reading", False),
    ],
)
def test_a_question_naming_a_thing_bare_is_known(question: str, bare: bool) -> None:
    from composer.offline.qamarks import bare_thing

    assert bare_thing(question) is bare
