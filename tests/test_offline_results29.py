"""Shapes read in session 29: names typed in lower case given their capitals where the reading
is sure, a comma list of credentials read part by part, and note words for units, thresholds,
a former workplace and a score's average. Expected sentences written by hand."""

from __future__ import annotations

import pytest

from composer.offline.items import read_point
from composer.offline.shorthand import expand


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("keeper at westmoor wildlife park", "keeper at Westmoor Wildlife Park"),
        ("procurement act readiness by feb", "Procurement Act readiness by February"),
        ("ready for the data protection act", "ready for the Data Protection Act"),
        ("got 2 sumatran tigers on target training", "got two Sumatran tigers on target training"),
        ("restored a victorian terrace", "restored a Victorian terrace"),
    ],
)
def test_a_name_typed_in_lower_case_gets_its_capitals(typed: str, written: str) -> None:
    assert expand(typed) == written


@pytest.mark.parametrize(
    "typed",
    ["kept a balancing act going", "need to act fast on audits", "the new procurement act"],
)
def test_act_as_a_verb_or_in_an_unsure_name_stays_as_typed(typed: str) -> None:
    assert expand(typed) == typed


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("RHS level 2, CSCS card, 5 yrs hard + soft landscaping",
         "I hold RHS Level 2 and a CSCS card, and have five years of hard and soft landscaping "
         "experience."),
        ("processed 600 linear ft in 18 months using MPLP",
         "I processed 600 linear feet in 18 months using MPLP."),
        ("led approx 30 tenders over £214k threshold",
         "I led about 30 tenders over the £214,000 threshold."),
        ("handled approx 45,000 calls, QA avg 96% on EMD",
         "I handled about 45,000 calls, with a QA average of 96% on EMD."),
        ("led a hedge survey on approx 4km of B-road for the last firm",
         "I led a hedge survey on about 4km of B-road for my last firm."),
        ("got 2 siberian tigers to target", "I got two Siberian tigers to target."),
        ("built the triage checklist, now used by 4 wards",
         "I built the triage checklist, which is now used by four wards."),
        ("wrote chesters volunteer induction pack",
         "I wrote Chester's volunteer induction pack."),
        ("6 yrs reference librarian at a county library",
         "I have six years of experience as a reference librarian at a county library."),
        ("MLS Drexel, youth services concentration",
         "I hold an MLS from Drexel, with a concentration in youth services."),
        ("CMS certificate (IPSE)", "I hold a CMS certificate (IPSE)."),
        ("ran the Sage->Xero migration for 40 clients",
         "I ran the Sage-to-Xero migration for 40 clients."),
        ("9 yrs nursing, last 4 on ICU",
         "I have nine years of nursing experience, the last four on ICU."),
        ("lvl 2 cert in food safety", "I hold a Level 2 certificate in food safety."),
        ("level 5 dip mgmt of care services",
         "I hold a Level 5 diploma in the management of care services."),
        ("3 yrs keeper at Paignton", "I have three years of experience as a keeper at Paignton."),
    ],
)  # fmt: skip
def test_a_line_is_said_as_the_candidate_would(line: str, said: str) -> None:
    assert read_point(line).sentence() == said


@pytest.mark.parametrize(
    "line",
    ["coded welder, 6G, 12 yrs", "RDN, CSP (board cert in pediatrics)",
     "wrote leeds volunteer induction pack", "MA archives + records mgmt, UCL 2015"],
)  # fmt: skip
def test_a_line_read_by_a_new_shape_never_loses_its_meaning(line: str) -> None:
    # "I have 6G" reads a code as a thing owned; "I hold RDN and CSP" drops the bracket;
    # "Leeds" is no "Leed's"; a bare year is no "have held UCL since 2015"
    said = read_point(line).sentence() or ""
    assert not any(w in said for w in ("have 6G", "and CSP.", "Leed's", "held UCL"))
