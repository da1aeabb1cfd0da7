"""Results and credentials typed the way people type them, said as the candidate would say them
(each sentence written by hand): an average, a range per shift, a helped-with result and how,
a speed by its initials, two areas certified in, initials of a standing."""

from __future__ import annotations

import pytest

from composer.offline.items import read_point

SAID = [
    # "avg" of the candidate's own scores, and a rate typed with a slash and a range
    ("CSAT scores avg 4.7 over 18 mths", "My CSAT scores averaged 4.7 over 18 months."),
    ("avg 30-40 covers/night", "I averaged 30 to 40 covers a night."),
    ("picked approx 120-150 lines/shift", "I picked about 120 to 150 lines a shift."),
    # "helped" with a plain verb, the measured result and how it was done after the dash
    (
        "helped cut the wait from 6 wks to 3 - triaged referrals + booked weekly not monthly",
        "I helped cut the wait from six weeks to three by triaging referrals and booking "
        "weekly rather than monthly.",
    ),
    # a speed by its initials; an aside that counts from the interview day goes
    ("typing 70 wpm (tested yesterday)", "I type at 70 words per minute."),
    # two areas certified in, not "I am X and Y certified"
    (
        "BLS + paediatric first aid certified",
        "I am certified in BLS and paediatric first aid.",
    ),
    # a measure named by initials takes "the"
    ("KPI score went 71 -> 84 in my team last yr",
     "The KPI score rose from 71 to 84 in my team last year."),
    # a role, then what was done in it after a dash
    ("clinical educator - ran 3 cohorts of HCA training",
     "As a clinical educator, I ran three cohorts of HCA training."),
    # a list the candidate is on, for a span, with its rate
    ("on the weekend on-call rota approx 3 yrs, ~4 callouts/wk",
     "I have been on the weekend on-call rota for about three years, with about 4 callouts a "
     "week."),
    # languages a thing was made in, after a comma
    ("wrote the tenant welcome pack, english + polish",
     "I wrote the tenant welcome pack in English and Polish."),
    # a role named by initials after "as" takes its article
    ("8 yrs nursing, 3 as ANP in urgent care",
     "I have eight years of nursing experience, three of them as an ANP in urgent care."),
]  # fmt: skip


@pytest.mark.parametrize(("line", "sentence"), SAID, ids=[s[0] for s in SAID])
def test_a_typed_point_is_said_as_the_candidate_would(line: str, sentence: str) -> None:
    assert read_point(line).sentence() == sentence


def test_a_role_with_its_years_tacked_on_is_left_out_not_said_with_them_loose() -> None:
    # "I am a band lead for year group at current site two years" is no sentence
    assert read_point("phonics lead for yr group at current school 3 yrs").sentence() is None


def test_credentials_named_only_by_initials_with_a_board_note_are_not_experience() -> None:
    # "I have experience with RDN, CSP" says the credentials are tools used: left out
    assert read_point("RD, CNSC (board cert in nutrition support)").sentence() is None


def test_a_topic_named_inside_a_longer_thing_is_not_turned_into_it() -> None:
    from composer.offline.topicit import topic_as_pronoun

    said = "I have been on the cardiac CT list at Frimley for two years"
    values = {"clause": said, "clause_lower": said, "clause_also": said}
    assert topic_as_pronoun(values, "cardiac CT") == values
    done = "I helped raise on-time departures from 82% to 95%"
    moved = topic_as_pronoun(
        {"clause": done, "clause_lower": done, "clause_also": done}, "on-time departures"
    )
    assert moved["clause"] == "I helped raise them from 82% to 95%"


def test_bilingual_typed_with_a_language_is_said_plainly() -> None:
    # a standing, said as it is: no "which I would build on in the role" after it
    from composer.offline.items import PLAIN_KINDS

    read = read_point("bilingual polish")
    assert read.sentence() == "I am bilingual in Polish."
    assert read.kind in PLAIN_KINDS
