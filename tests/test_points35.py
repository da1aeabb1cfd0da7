"""Qualification and highlight lines of the classes reader 14 found said wrong or left out
(session 35), each member made up for the test unless it is reader 14's own line, with the
sentence or phrase a candidate would want written by hand; and reader 14's lines and answers
(tests/corpus/lines/points_reader14.tsv) said as judged good or left out."""

from __future__ import annotations

import pytest

from composer.offline import credentials, cvarticles, pointmoves
from composer.offline.items import read_point
from composer.offline.wellformed import problem
from tests.conftest import load_benchmark

BENCH = load_benchmark("lines_middle")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "seven years line maintenance with contractor for Ryanair",
            "seven years line maintenance with a contractor for Ryanair",
        ),
        ("two years at agency in Leeds", "two years at an agency in Leeds"),
        (
            "five years with reference lab for three hospitals",
            "five years with a reference lab for three hospitals",
        ),
        # a determiner already there, or a thing that is no organisation: as typed
        (
            "five years with the contractor for Ryanair",
            "five years with the contractor for Ryanair",
        ),
        ("three years with support for clients", "three years with support for clients"),
    ],
)
def test_an_organisation_named_by_its_kind_after_with_or_for_takes_a(text: str, want: str) -> None:
    assert cvarticles.articles(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "got service wait from two weeks to four days at the depot",
            "cut the service wait from two weeks to four days at the depot",
        ),
        ("got NPS from 31 to 58 in a year", "raised the NPS from 31 to 58 in a year"),
        ("got wait from 1.5 hrs to 40 mins", "cut the wait from 1.5 hrs to 40 mins"),
        ("got sales from £900k to £1.2m", "raised sales from £900k to £1.2m"),
        ("got complaint rate from 4% to 1.5%", "cut the complaint rate from 4% to 1.5%"),
        # no measure moved, or no direction to read: as typed
        ("got three people from two teams to agree", "got three people from two teams to agree"),
        ("got queue from 40 to 40", "got queue from 40 to 40"),
        (
            "took the practice from three to five chairs",
            "took the practice from three to five chairs",
        ),
    ],
)
def test_a_measure_got_from_one_figure_to_another_is_cut_or_raised(text: str, want: str) -> None:
    assert pointmoves.moved(text) == want


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Cytech Technical 3", "Cytech Technical 3"),
        ("ILM Level 5", "ILM Level 5"),
        ("CPC (AAPC) + CRC", "the CPC (AAPC) and the CRC"),
        ("RHIA (AHIMA) + CCS", "the RHIA (AHIMA) and the CCS"),
        ("Enhanced DBS", "an enhanced DBS check"),
        ("basic DBS check", "a basic DBS check"),
        # a product's version, initials with no issuer: no credential read here
        ("Revit 2024", None),
        ("SQL + AWS", None),
    ],
)
def test_a_credential_named_by_level_or_by_initials_and_issuer_is_held(
    line: str, want: str | None
) -> None:
    assert credentials.named_held(line) == want


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Cytech Technical 3", "I hold Cytech Technical 3."),
        ("CPC (AAPC) + CRC", "I hold the CPC (AAPC) and the CRC."),
        ("Enhanced DBS check", "I hold an enhanced DBS check."),
        (
            "9 yrs plastering, 4 self employed",
            "I have nine years of plastering experience, four of them self-employed.",
        ),
        (
            "6 yrs nursing, 2 part time",
            "I have six years of nursing experience, two of them part-time.",
        ),
        (
            "97-99% on-time delivery last 2 yrs",
            "I have had 97-99% on-time delivery over the last two years.",
        ),
        ("Diploma of Nursing, Holmesglen", "I hold a Diploma of Nursing from Holmesglen."),
        (
            "Current First Aid certificate and Working with Children Check",
            "I hold a current First Aid certificate and a Working with Children Check.",
        ),
        (
            "got complaint rate from 4% to 1.5% by calling every claimant",
            "I cut the complaint rate from 4% to 1.5% by calling every claimant.",
        ),
        # a count of nothing named after the years: left out, never "with 3 fully remote"
        # session 42: the share no reader links is dropped, the span said
        ("8 yrs tiling, 3 fully remote", "I have spent eight years tiling."),
        ("Scrum Alliance certified (CSM)", "I am Scrum Alliance certified (CSM)."),
        (
            "Pragmatic Institute certified (PMC-III)",
            "I am Pragmatic Institute certified (PMC-III).",
        ),
        (
            "opened the Leeds branch - 1.2k members first month",
            "I opened the Leeds branch, with 1,200 members in the first month.",
        ),
        ("led rollout of Epic inpatient module", "I led the rollout of the Epic inpatient module."),
        (
            "6 yrs in garages incl 2 as w/shop lead at Kwik Fit",
            "I have spent six years in garages, including two as workshop lead at Kwik Fit.",
        ),
        # a result with its own subject after ", and": said with it, never "which cut and ..."
        (
            "redesigned the rota, and overtime went down 20%",
            "I redesigned the rota, and overtime fell by 20%.",
        ),
        ("chartered (CIPD) since 2019", "I have been chartered (CIPD) since 2019."),
        # a second credential after a degree, not its subject or its school
        ("MSc + MCSP", "I hold an MSc and MCSP."),
        ("BA Geography + QTS", "I hold a BA Geography and QTS."),
        # a credential typed short with another: a standing held, never "experience with"
        ("ACCA Dip + CIMA", None),
        # a thing of two nouns handled is one thing, with its "the"
        ("handled storm surge after Storm Ciaran", "I handled the storm surge after Storm Ciaran."),
        # a task done on a credential is no credential held
        ("managing the permit", "I have experience managing the permit."),
    ],
)
def test_a_point_of_these_classes_is_said_as_the_candidate_would(
    line: str, want: str | None
) -> None:
    assert read_point(line).sentence() == want


def test_a_percentage_range_may_follow_a_verb_but_a_bare_range_may_not() -> None:
    assert not problem("I have had 95-97% accuracy on audits.")
    assert problem("I have 3-4 clients a week.")


# Reader 14's lines still said badly (each a shape not yet read).
KNOWN_BROKEN = frozenset(
    [
        "6 yrs PMM in B2B SaaS, last 3 at Routeway (field svc scheduling)",  # its aside dropped
    ]
)
ROWS = BENCH.rows(BENCH.READER14)


@pytest.mark.parametrize("row", ROWS, ids=[row.line[:40] for row in ROWS])
def test_reader_14s_points_are_said_as_judged_good_or_left_out(row: object) -> None:
    found = BENCH.verdict(row, BENCH.said(row))
    if row.line in KNOWN_BROKEN:  # type: ignore[attr-defined]
        assert found == "BROKEN"
    else:
        assert found in ("EXACT", "GOOD", "LEFT")
