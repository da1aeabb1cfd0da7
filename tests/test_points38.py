"""Session 38's classes of qualification and highlight lines (reader 17's fault 5, census 16):
a span typed after a deed is the time it lasted ("for"), unless the deed is a record kept or a
change made ("in"); a name typed after "@" takes no article; a span that ended before now is
said in the past; "our first" is the employer's first; a figure typed with its unit glued on
keeps it on both ends, as the grounding rule finds it. Expected sentences written by hand;
lines besides reader 17's and census 16's are of made-up candidates."""

from __future__ import annotations

import pytest

from composer.offline.items import read_point


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # a span after a deed: how long it lasted
        ("volunteered @ spca 2 yrs", "I volunteered at SPCA for two years."),
        ("taught piano 5 yrs", "I taught piano for five years."),
        ("coached the u12s 3 seasons", "I coached the u12s for three seasons."),
        ("volunteered w/ the RNLI 6 yrs", "I volunteered with the RNLI for six years."),
        # ... a place typed after the span comes first, a time clause after it
        (
            "taught swimming 4 yrs at the leisure centre",
            "I taught swimming at the leisure centre for four years.",
        ),
        (
            "worked 4 yrs as a nanny before nursing school",
            "I worked as a nanny for four years before nursing school.",
        ),
        # a record kept or a count made: the time it took
        ("zero falls on my sites 8 yrs", "I have had zero falls on my sites in eight years."),
        ("placed 40 nurses 2 yrs", "I placed 40 nurses in two years."),
        ("grew sales 30% 2 yrs", "I grew sales by 30% in two years."),
    ],
)
def test_a_span_after_a_deed(line: str, said: str) -> None:
    assert read_point(line).sentence() == said


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("2 yrs cashier @ target", "I have two years of experience as a cashier at Target."),
        ("5 yrs shift lead @ costco", "I have five years of experience as a shift lead at Costco."),
        pytest.param(
            "migrated checkout from jQuery to React @ cartwheel, conversion +8%",
            "I migrated checkout from jQuery to React at Cartwheel, which raised conversion by 8%.",
            # namecase gives an English word after "@" its capital only after a post, a span or
            # "worked": after a deed it cannot tell "@ cartwheel" from "@ conference"
            marks=pytest.mark.xfail(strict=True, reason="a dictionary word after '@' after a deed"),
        ),
        # a determiner after "@" is no name's: left as typed
        (
            "7 yrs behind the bar, 3 as assistant mgr @ the quays",
            "I have spent seven years behind the bar, three of them as assistant manager at the"
            " quays.",
        ),
    ],
)
def test_a_name_after_at(line: str, said: str) -> None:
    assert read_point(line).sentence() == said


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "Eight years as a family law solicitor before retraining",
            "I spent eight years as a family law solicitor before retraining.",
        ),
        ("5 yrs in retail until 2019", "I spent five years in retail until 2019."),
        # a span still running stays in the perfect
        ("four years in banking", "I have spent four years in banking."),
    ],
)
def test_a_span_that_ended_is_past(line: str, said: str) -> None:
    assert read_point(line).sentence() == said


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "ran our first BCI sustainable cotton range",
            "I ran the company's first BCI sustainable cotton range.",
        ),
        ("won our biggest client", "I won the company's biggest client."),
        # "our" before a thing that ranks nothing: the team's, said "the"
        ("cut our churn by 10%", "I cut the churn by 10%."),
    ],
)
def test_our_first_is_the_employers(line: str, said: str) -> None:
    assert read_point(line).sentence() == said


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "cut mobile PDP load time 4.1s -> 2.2s",
            "I cut mobile PDP load time from 4.1 to 2.2 seconds.",  # seconds are spelled out
        ),
        ("cut page weight 3.4mb -> 1.2mb", "I cut page weight from 3.4mb to 1.2mb."),
        # a unit typed apart stays apart, said once
        ("cut build time 14 min -> 6 min", "I cut the build time from 14 to 6 minutes."),
    ],
)
def test_a_glued_unit_stays_on_both_figures(line: str, said: str) -> None:
    assert read_point(line).sentence() == said


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "denial rate 11% -> 4% after EVV rollout",
            "I helped bring the denial rate down from 11% to 4% after the EVV rollout.",
        ),
        (
            "led lab thru INAB audit w/ zero major NCs",
            "I led the lab through the INAB audit with zero major NCs.",
        ),
        (
            "cut ED waits 20% after triage redesign",
            "I cut ED waits by 20% after the triage redesign.",
        ),
        # "launch" is said bare after a word of time
        ("hired 12 ppl ahead of launch", "I hired 12 people ahead of launch."),
        # an event with its article, or several of them, stays as typed
        ("cut downtime 30% after the upgrade", "I cut downtime by 30% after the upgrade."),
        ("kept sales flat during store refits", "I kept sales flat during store refits."),
    ],
)
def test_one_event_named_bare_takes_the(line: str, said: str) -> None:
    assert read_point(line).sentence() == said


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("Licensed conveyancer in Victoria", "I am a licensed conveyancer in Victoria."),
        ("Qualified teacher", "I am a qualified teacher."),
        # a standing with no person named takes no article
        ("Licensed in Victoria", "I am licensed in Victoria."),
    ],
)
def test_a_standings_person_takes_a(line: str, said: str) -> None:
    assert read_point(line).sentence() == said


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "Family Mediation Council accredited (FMCA)",
            "I am accredited by the Family Mediation Council (FMCA).",
        ),
        (
            "Chartered Institute of Housing accredited",
            "I am accredited by the Chartered Institute of Housing.",
        ),
        # a body named by a name alone takes no article; a code after a standing stays after it
        ("Social Work England registered", "I am registered with Social Work England."),
        (
            "Pragmatic Institute certified (PMC-III)",
            "I am Pragmatic Institute certified (PMC-III).",
        ),
    ],
)
def test_a_body_named_by_what_it_is_takes_the(line: str, said: str) -> None:
    assert read_point(line).sentence() == said


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "renegotiated MOQs w/ 3 suppliers in portugal - 18% less stock holding",
            "I renegotiated MOQs with three suppliers in Portugal, which cut stock holding by 18%.",
        ),
        (
            "brought in a triage rota - 40% fewer complaints",
            "I brought in a triage rota, which cut complaints by 40%.",
        ),
        (
            "moved stock to a new WMS - 25% more picks per hour",
            "I moved stock to a new WMS, which raised picks per hour by 25%.",
        ),
    ],
)
def test_a_move_typed_before_its_measure(line: str, said: str) -> None:
    assert read_point(line).sentence() == said


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "Set up the difficult airway trolley audit at Tauranga, now done weekly",
            "I set up the difficult airway trolley audit at Tauranga, which is now done weekly.",
        ),
        (
            "started the monthly safety huddle, now run by the team",
            "I started the monthly safety huddle, which is now run by the team.",
        ),
    ],
)
def test_a_tail_of_what_it_is_now_is_said_with_which_is(line: str, said: str) -> None:
    # reader 18: ", now done weekly" after a deed was said "..., with now done weekly."
    assert read_point(line).sentence() == said
