"""Session 33's classes of note lines (points), each tested with members made up for the test
(no corpus line): a standing participle with the body that grants it typed straight after, a
count of units of something, years in a post, and a contribution typed from a bare verb or with
its evidence or its gain after a dash or a comma. Expected sentences written by hand."""

from __future__ import annotations

import pytest

from composer.offline.items import read_point
from composer.offline.offer import read_offer
from composer.offline.offervoice import to_reader
from tests.conftest import load_benchmark


def _common(line: str) -> frozenset[str]:
    return frozenset(w for w in line.split() if w.islower())


@pytest.mark.parametrize(
    ("line", "want"),
    [
        # a standing is a state the candidate is in, never a deed ("I ordained ELCA")
        ("ordained ELCA", "I am ordained in the ELCA."),
        ("registered NMC", "I am registered with the NMC."),
        ("accredited BACP 2018", "I have been accredited by the BACP since 2018."),
        ("certified WA", "I am certified in WA."),
        ("ordained", "I am ordained."),
        ("ordained in the Church of England", "I am ordained in the Church of England."),
        ("bonded and insured", "I am bonded and insured."),
        # a participle before a noun describes it: no body named
        ("licensed electrician", "I am a licensed electrician."),
        # a count, a unit and what it is of
        ("3 units CPE", "I have completed three units of CPE."),
        ("120 hrs CPD", "I have completed 120 hours of CPD."),
        # years in a post: "as a", and "a" before a place of one kind typed in lower case
        (
            "3 yrs hospice chaplain at regional hospital",
            "I have three years of experience as a hospice chaplain at a regional hospital.",
        ),
        # years of a field stay "of experience in" / "of ... experience"
        ("5 yrs computer", "I have five years of computer experience."),
        # a credential and the school it is from, after a comma: "from", not a second thing
        (
            "Level 2 Certificate in Barbering, Leeds City College",
            "I hold a Level 2 Certificate in Barbering from Leeds City College.",
        ),
        (
            "BTEC Level 3 Diploma in Sport, Hull College",
            "I hold a BTEC Level 3 Diploma in Sport from Hull College.",
        ),
        ("CSCS card, SMSTS", "I hold a CSCS card and SMSTS."),
        # two counts sharing a unit are said in one form
        (
            "ran check-ins at 1 and 4 weeks for new starters",
            "I ran check-ins at one and four weeks for new starters.",
        ),
        # a change typed with its unit on both ends of an arrow
        ("cut call time 9 min -> 6 min", "I cut the call time from nine to six minutes."),
        ("cut turnaround 5 days -> 2 days", "I cut the turnaround from five days to two days."),
        # a count of things typed with "done" after it
        ("24 CPD points done for 2026", "I have completed 24 CPD points for 2026."),
        ("150 hrs shadowing done", "I have completed 150 hours of shadowing."),
        # a standing held at a measure
        ("180 wpm certified", "I am certified at 180 wpm."),
        # a qualification's level by its numeral is a name; a level with nothing after it is not
        ("taught 3 trainees to cert IV", "I taught three trainees to Certificate IV."),
        (
            "mentored 4 juniors - all passed their level 2",
            "I mentored four juniors, all of whom passed their level 2.",
        ),
    ],
)
def test_a_point_of_the_class_is_said(line: str, want: str) -> None:
    assert read_point(line).sentence() == want


def test_a_count_with_a_place_after_it_is_no_count_of_what() -> None:
    said = read_point("2 modules at the OU").sentence()
    assert said is None or " of at " not in said


@pytest.mark.parametrize(
    ("line", "want"),
    [
        # the gain after a dash is theirs to know: left out, the offer said
        ("can cover the weekend rota - frees up the seniors", "I can cover the weekend rota."),
        # the evidence after a comma is said elsewhere, if at all
        ("can mentor the new starters, did it at my last job", "I can mentor the new starters."),
        (
            "can run the stores, have done it before",
            "I can run the stores.",
        ),
        # a thing described by a participle after a comma keeps it: no evidence, no deed
        (
            "a clear handover plan, agreed with the charge nurses",
            "I would bring a clear handover plan, agreed with the charge nurses.",
        ),
        # a bare verb is what the candidate would do ("set", "run" are no past here)
        (
            "run weekly toolbox talks + take the early shifts",
            "I would like to run weekly toolbox talks and take the early shifts.",
        ),
        (
            "set up a parts kanban in excel",
            "I would like to set up a parts kanban in Excel.",
        ),
        # a name typed in lower case before "'s", and words typed apart before a noun
        ("take the rota off jo's desk", "I would like to take the rota off Jo's desk."),
        ("cover the part time staff's leave", "I would like to cover the part-time staff's leave."),
        # a first word that describes or names a thing is no verb
        ("calm settled routines", "I would bring calm settled routines."),
        (
            "research repo + recruiting panel",
            "I would bring a research repository and a recruiting panel.",
        ),
        ("process improvements", "I would bring process improvements."),
    ],
)
def test_a_contribution_of_the_class_is_said(line: str, want: str) -> None:
    offer = read_offer(line, _common(line))
    assert offer is not None and offer.plain() == want


BENCH = load_benchmark("lines_middle")
ROWS = BENCH.rows(BENCH.READER13)
# Reader 13's lines still said as no candidate would send them (the list may only shrink).
# ("cert" before "submission" and "chem feed" are left as typed since the gate's session-33
# merge, so those lines are now left out and asked for rather than said wrong.)
KNOWN_BROKEN = frozenset(
    [
        "6 yrs at abell point marina airlie",  # a place's name typed in lower case
        "2 yrs QA at ubisoft qc (contract)",  # "qc": Quebec, or quality control?
        "OSHA 30",  # "I hold OSHA 30": a course's card, not a thing held
        "can train newer ops on SCADA + help w/ the ignition cutover, did one in mesa",  # "ops"
    ]
)


@pytest.mark.parametrize("row", ROWS, ids=[r.line for r in ROWS])
def test_a_reader_13_line_is_said_well_or_left_out(row) -> None:  # type: ignore[no-untyped-def]
    found = BENCH.verdict(row, BENCH.said(row))
    if row.line not in KNOWN_BROKEN:
        assert found != "BROKEN", f"{row.line!r} -> {BENCH.said(row)!r}"


def test_the_known_broken_reader_13_lines_are_still_broken() -> None:
    """When one is fixed, take it out of KNOWN_BROKEN so that it stays fixed."""
    broken = {r.line for r in ROWS if BENCH.verdict(r, BENCH.said(r)) == "BROKEN"}
    assert broken == KNOWN_BROKEN


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        (
            "take the stock count off Priya's plate",
            ["Priya", "Ms. Nair"],
            "take the stock count off your plate",
        ),
        (
            "take the rota off Ms. Nair so that she can focus on the new site",
            ["Priya", "Ms. Nair"],
            "take the rota off you so that you can focus on the new site",
        ),
        # "she has" would need "you have": left as typed
        (
            "take the rota off Ms. Nair so that she has time",
            ["Ms. Nair"],
            "take the rota off Ms. Nair so that she has time",
        ),
        # another person named stays
        ("take the stock count off Tom's plate", ["Priya"], "take the stock count off Tom's plate"),
    ],
)
def test_an_offer_naming_its_reader_is_said_to_them(text: str, names: list[str], want: str) -> None:
    assert to_reader(text, names) == want
