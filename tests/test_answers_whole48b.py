"""An answer or an offer said whole, parted where it was meant (session 48b, reader 31): a rate
in the question kept with its unit ("above 30 moves per hour", not "above 30 moves"); an
answer's later step kept ("I would first find out why, and then put a second supplier on a
framework agreement ...", never its first half alone); steps typed with no commas said one by
one ("stop the job, lock out, talk to him ..."); a series after a preposition kept as one
thing brought ("clear communication with drivers, passengers and the day team", never "and help
build passengers and the day team"). Lines made up for the test, but for the reader's four;
expected sentences written by hand."""

from __future__ import annotations

import pytest

from composer.offline.offer import read_offer
from composer.offline.topicanswers import asked_sentence
from composer.offline.topics import read_topic


@pytest.mark.parametrize(
    ("item", "said"),
    [
        # a rate in the question: its unit and the rest of the question kept
        (
            "He asked how I would bring quay crane productivity back above 30 moves per hour"
            " after the automation delays. I answered that I would start with the handover"
            " between the gate and the yard before changing anything on the cranes themselves.",
            "You asked how I would bring quay crane productivity back above 30 moves per hour"
            " after the automation delays: I would start with the handover between the gate and"
            " the yard before changing anything on the cranes themselves.",
        ),
        (
            "He asked how I would keep rework below 5 jobs per week across both bays. I said I"
            " would check every job before it leaves the bay.",
            "You asked how I would keep rework below five jobs per week across both bays: I would"
            " check every job before it leaves the bay.",
        ),
        (
            "asked how id get picks up to 150 lines per hour -> move the fast movers to the front",
            "You asked how I would get picks up to 150 lines per hour: I would move the fast"
            " movers to the front.",
        ),
        (
            "She asked how I would cut falls below 2 per month on the ward. I said I would start"
            " hourly rounding on the high-risk bays.",
            "You asked how I would cut falls below 2 per month on the ward: I would start hourly"
            " rounding on the high-risk bays.",
        ),
        # a later step, with a modal in its "so that" clause: the answer said whole
        (
            "He asked how I would handle a supplier who delivers late twice in a row. I said I"
            " would first find out why, and then put a second supplier on a framework agreement"
            " so that one failure cannot stop the programme.",
            "You asked how I would handle a supplier who delivers late twice in a row: I would"
            " first find out why, and then put a second supplier on a framework agreement so"
            " that one failure cannot stop the programme.",
        ),
        (
            "She asked how I would cover a chef who walks out mid-service. I said I would take"
            " the pass myself, and then rework the rota that week so that one absence cannot"
            " close the kitchen.",
            "You asked how I would cover a chef who walks out mid-service: I would take the pass"
            " myself, and then rework the rota that week so that one absence cannot close the"
            " kitchen.",
        ),
        (
            "He asked what I would do if a tenant reports damp twice. I said I would inspect it"
            " within a week, and then book the surveyor so that the damp cannot return next"
            " winter.",
            "You asked what I would do if a tenant reports damp twice: I would inspect it within"
            " a week, and then book the surveyor so that the damp cannot return next winter.",
        ),
        # steps typed with no commas: parted where each begins
        (
            "asked what id do if an apprentice skips isolation -> stop the job lock out talk to"
            " him straight away then write it up",
            "You asked what I would do if an apprentice skips isolation: I would stop the job,"
            " lock out, talk to him straight away, then write it up.",
        ),
        (
            "asked what id do if a scaffold tie is missing -> stop work tape it off call the"
            " supervisor then log it",
            "You asked what I would do if a scaffold tie is missing: I would stop work, tape it"
            " off, call the supervisor, then log it.",
        ),
        (
            "asked how id handle a patient who refuses meds -> listen first explain the risk then"
            " let the doctor know",
            "You asked how I would handle a patient who refuses medications: I would listen"
            " first, explain the risk, then let the doctor know.",
        ),
        (
            "asked what id do if a lift fails with people inside -> call the engineer talk to"
            " them through the intercom then log it",
            "You asked what I would do if a lift fails with people inside: I would call the"
            " engineer, talk to them through the intercom, then log it.",
        ),
    ],
)
def test_the_question_and_its_answer_are_said_whole(item: str, said: str) -> None:
    topic = read_topic(item)
    assert asked_sentence(topic.text, topic.answer) == said


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "Calm handling of disruption and clear communication with drivers, passengers and"
            " the day team.",
            "calm handling of disruption and clear communication with drivers, passengers and"
            " the day team",
        ),
        (
            "Quick quotes and clear updates for homeowners, builders and the site office.",
            "quick quotes and clear updates for homeowners, builders and the site office",
        ),
        (
            "Patient teaching and clear handovers with nurses, pharmacists and the night team",
            "patient teaching and clear handovers with nurses, pharmacists and the night team",
        ),
        (
            "Careful records and quick replies to tenants, contractors and the council.",
            "careful records and quick replies to tenants, contractors and the council",
        ),
    ],
)
def test_a_series_after_a_preposition_is_one_thing_brought(line: str, said: str) -> None:
    offer = read_offer(line)
    assert offer is not None
    assert (offer.frame, offer.text) == ("np", said)


@pytest.mark.parametrize(
    "item",
    [
        # a later step left unsaid is half the answer: the question is said without it
        "asked how id handle a late supplier -> call them first, then xq the zz",
    ],
)
def test_an_answer_is_never_said_without_its_later_step(item: str) -> None:
    topic = read_topic(item)
    assert "call them first" not in asked_sentence(topic.text, topic.answer)
