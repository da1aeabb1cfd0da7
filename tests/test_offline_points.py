"""The candidate's points as people type them: each read into its kind and said in the
sentence a person would write, or left out with a notice naming it (expected text by hand)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from composer.compose import compose
from composer.models import Notes
from composer.offline.items import Kind, read_point
from composer.offline.notenumbers import compound
from composer.offline.usable import point_notices, usable_points


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("LPC completed 2023 (Distinction)", "I completed my LPC in 2023, with Distinction."),
        ("Gas Safe reg. since 2014", "I have been Gas Safe registered since 2014."),
        ("QTS 2019", "I have held QTS since 2019."),
        ("ALS + PALS current", "My ALS and PALS certificates are current."),
        ("NVQ L3 plumbing & heating", "I hold an NVQ Level 3 in plumbing and heating."),
        (
            "Licensed journeyman electrician, Ohio, 2019",
            "I have been a licensed journeyman electrician in Ohio since 2019.",
        ),
        ("approx 12 yrs domestic + commercial",
         "I have about 12 years of domestic and commercial experience."),
        ("8 yrs Go/Postgres", "I have eight years of experience with Go and Postgres."),
        ("retail mgmt 6+ yrs", "I have more than six years of experience in retail management."),
        ("2 yrs paralegal at Knight & Co",
         "I have two years of experience as a paralegal at Knight & Co."),
        ("5 yrs KS2 incl. 2 as maths lead",
         "I have five years of experience in KS2, including two as maths lead."),
        ("reviewed 25k docs in 3 months", "I reviewed 25,000 documents in three months."),
        # a qualification typed with its verb after it, and the next one under way
        ("CIMA P2 passed, sitting P3 in june",
         "I have completed my CIMA P2 and am sitting P3 in June."),
        ("Level 4 completed last year", "I completed my Level 4 last year."),
        # a degree typed with "just finished" after it is held now
        ("BSc nursing, UCT, just finished", "I hold a BSc in nursing from UCT."),
        # a certificate's name whose first word is also a past verb is held, never done
        ("wound care champion cert", "I hold a wound care champion certificate."),
        ("cleared 200 job backlog in 6 wks", "I cleared a 200-job backlog in six weeks."),
        ("ran $2.4M switchgear job", "I ran a $2.4M switchgear job."),
        ("led migration of 40M rows", "I led the migration of 40 million rows."),
        ("hired+trained 25 staff", "I hired and trained 25 staff."),
        ("mentored 4 apprentices (she asked)", "I mentored four apprentices."),
        ("shrink down by 1/3 in 1 yr", "I helped bring shrink down by a third in one year."),
        ("sepsis 6 compliance from 54% to 88%",
         "I helped raise sepsis 6 compliance from 54% to 88%."),
        ("cut p99 latency 3x", "I cut p99 latency threefold."),
        # an action and its result after a dash
        ("ran grill on the trial shift - 140 covers, nothing sent back",
         "I ran the grill on the trial shift, with 140 covers and nothing sent back."),
        ("led ED rota redesign - overtime down ~20%",
         "I led the ED rota redesign, which cut overtime by about 20%."),
        ("ran a crew of 6 on a hospital fit-out - on time, under budget",
         "I ran a crew of six on a hospital fit-out, which came in on time and under budget."),
        ("ran after-school booster club - 20 kids, every week",
         "I ran an after-school booster club, with 20 kids every week."),
        ("opened new store - 30 hires in 6 wks",
         "I opened a new store, with 30 hires in six weeks."),
        # a CV line with a trailing aside
        ("8 yrs on the line, last 3 as junior sous at a 90-cover place",
         "I have spent eight years on the line, the last three as junior sous chef at a 90-cover"
         " restaurant."),
        ("5 yrs KS2, 2 as maths lead",
         "I have five years of experience in KS2, two of them as maths lead."),
        ("4 yrs lit support at mid-size firm",
         "I have four years of experience in litigation support at a mid-size firm."),
        # registrations, a held certificate typed as a sentence, a place with no article
        ("RGN, NMBI registered", "I am an RGN, registered with the NMBI."),
        ("I hold OSHA 30, and I would be glad to build on that here", "I hold OSHA 30."),
        ("cut p99 latency threefold on ledger service",
         "I cut p99 latency threefold on the ledger service."),
        # a change typed with an arrow; the ones still there
        ("cut food cost 33% -> 29% in a year", "I cut food cost from 33% to 29% in a year."),
        ("on-time departures 82% -> 95% in a year",
         "I helped raise on-time departures from 82% to 95% in a year."),
        ("shrink down 1.2% -> 0.7% in my store", "Shrink fell from 1.2% to 0.7% in my store."),
        ("trained 6 commis, 4 still there", "I trained six commis, four of whom are still there."),
        # credentials typed the short way
        ("CDL Class A", "I hold a Class A CDL."),
        ("Relativity Certified Admin", "I am a Relativity Certified Administrator."),
        ("ABA-approved paralegal cert, 2019",
         "I earned an ABA-approved paralegal certificate in 2019."),
        ("Level 3 food hygiene", "I hold a Level 3 qualification in food hygiene."),
        # people counted, then what was done with them; a task "of" a count
        ("200+ staff trained on new triage", "I trained more than 200 staff on new triage."),
        ("12 apprentices mentored", "I mentored 12 apprentices."),
        ("managed review of 80k docs for a 3-week trial",
         "I managed the review of 80,000 documents for a 3-week trial."),
        ("zero lost-time incidents on a 400k sq ft job",
         "I have had zero lost-time incidents on a 400,000-square-foot job."),
    ],
)  # fmt: skip
def test_a_point_typed_as_a_note_is_said_as_a_letter_says_it(typed: str, said: str) -> None:
    assert read_point(typed).sentence() == said


@pytest.mark.parametrize(
    "typed",
    [
        "wrote the on-call runbook (still used)",  # an aside a sentence cannot carry
        "3x first time fix rate award",  # "3x" with no one sure reading
        "AWS SA Assoc.",  # shorthand that cannot be spelled out
        "crew of 12, zero lost-time incidents 3 yrs running",  # parts that cannot be read
        "LOTO program rewrite - no incidents since",  # no action of the candidate's before the dash
        "wrote postmortem template - adopted org wide",  # a result in shorthand
        "led pg 12->15 upgrade - zero downtime, 2 rollbacks, prod freeze",  # too many parts
    ],
)
def test_a_point_whose_reading_is_unsure_is_left_out(typed: str) -> None:
    read = read_point(typed)
    assert read.said is None and read.kind is Kind.UNSURE and read.why


def _notes(qualifications: list[str], highlights: list[str]) -> Notes:
    return Notes.model_validate(
        {
            "candidate": {"name": "Gareth Pryce"},
            "company": "Valleys Housing",
            "role": "Gas Engineer",
            "interview": {"date": "2026-11-24"},
            "interviewers": [{"name": "Carys Morgan", "topics": ["boiler repairs"]}],
            "qualifications": qualifications,
            "highlights": highlights,
            "tone": "warm",
            "channel": "email",
        }
    )


def test_compose_names_the_point_it_left_out_and_keeps_the_good_ones() -> None:
    notes = _notes(["Gas Safe reg. since 2014"], ["3x first time fix rate award"])
    assert [p.source for p in usable_points(notes)] == ["Gas Safe reg. since 2014"]
    [notice] = point_notices(notes)
    assert "highlights[0]" in notice and "3x first time fix rate award" in notice
    [letter] = compose(notes, today=dt.date(2026, 11, 25))
    assert "I have been Gas Safe registered since 2014." in letter.text
    assert "3x" not in letter.text and "fix rate" not in letter.text
    assert notice in letter.notices


def test_an_achievement_said_on_its_own_is_never_offered_as_something_to_bring() -> None:
    notes = _notes([], ["cleared 200 job backlog in 6 wks"])
    for salt_tone in ("warm", "formal", "concise"):
        [letter] = compose(
            notes.model_copy(update={"tone": salt_tone}), today=dt.date(2026, 11, 25)
        )
        assert "a 200-job backlog in six weeks" in letter.text
        for frame in ("bring that", "build on that", "put that to work", "prepared me well"):
            assert frame not in letter.text


def test_a_note_that_opens_with_its_own_also_is_said_without_it() -> None:
    said = read_point("Also, KS2 maths results went up 12 pts in 2 yrs").sentence()
    assert said == "KS2 maths results went up 12 points in two years."


@pytest.mark.parametrize(
    ("clause", "with_also"),
    [
        ("KS2 maths results went up 12 points", "KS2 maths results also went up 12 points"),
        ("My ALS and PALS certificates are current",
         "My ALS and PALS certificates are also current"),
        ("I hold OSHA 30", "I also hold OSHA 30"),
        # "have" as the verb of having takes "also" before it, not after
        ("I have experience with SHRM-SCP", "I also have experience with SHRM-SCP"),
        ("I have 12 peer-reviewed papers", "I also have 12 peer-reviewed papers"),
        ("We did 300 covers a night", "In addition, we did 300 covers a night"),
    ],
)  # fmt: skip
def test_a_clause_with_its_own_subject_takes_also_inside_it(clause: str, with_also: str) -> None:
    from composer.offline.alsoword import also_inside as _also_inside

    assert _also_inside(clause) == with_also


def test_two_short_facts_of_the_opening_are_one_sentence() -> None:
    notes = Notes.model_validate(
        {
            "candidate": {"name": "Megan Hughes"},
            "company": "Ysgol Bryn",
            "role": "Year 2 Teacher",
            "interview": {"date": "2026-11-24"},
            "interviewers": [{"name": "Rhian Evans", "topics": ["the new phonics scheme"]}],
            "qualifications": ["QTS 2019"],
            "contribution": "calm and patient with anxious parents",
            "tone": "warm",
            "channel": "email",
        }
    )
    [letter] = compose(notes, today=dt.date(2026, 11, 25))
    assert "I have held QTS since 2019, and I am calm and patient with anxious parents." in (
        letter.text
    )


def test_a_level_typed_l3_is_known_to_the_grounding_rule() -> None:
    notes = _notes(["NVQ L3 plumbing & heating"], [])
    [letter] = compose(notes, today=dt.date(2026, 11, 25))
    # said as what the candidate would bring to the role (`roleparagraph`) or as held
    assert re.search(
        r"(?:I hold|I would come to the role with|I would join the team with) an NVQ Level 3 in "
        r"plumbing and heating\.",
        letter.text,
    )
    assert letter.ok


def _freight(channel: str) -> Notes:
    return Notes.model_validate(
        {
            "candidate": {"name": "Jo Baker"},
            "company": "Ferris Logistics",
            "role": "Night Operations Supervisor",
            "interview": {"date": "2026-11-24"},
            "coordinator": {"name": "Gail Reed", "email": "gail@ferris.example"},
            "interviewers": [
                {"name": "Al Price", "topics": ["night shift handover"]},
                {"name": "Bea Stone", "topics": ["hiring Class A drivers"]},
            ],
            "qualifications": ["CDL Class A"],
            "highlights": ["on-time departures 82% -> 95% in a year"],
            "tone": "formal",
            "channel": channel,
        }
    )


def test_a_linkedin_note_says_a_point_in_the_item_readers_words() -> None:
    notes = _freight("linkedin")
    bodies = [
        letter.text
        for tone in ("warm", "formal", "concise")
        for letter in compose(notes.model_copy(update={"tone": tone}), today=dt.date(2026, 11, 25))
    ]
    for body in bodies:
        assert "experience with CDL" not in body and "82% -> 95%" not in body
        assert "bring that" not in body  # a credential or a result is said plainly
        assert len(body) <= 200
    assert any("I hold a Class A CDL." in body for body in bodies)
    # beside a topic it shares no word with, a licence held reads as a non sequitur
    # ("I enjoyed discussing night shift handover. I hold a Class A CDL."): the topic alone
    al = [body for body in bodies if body.startswith(("Dear Al", "Hi Al", "Hello Al"))]
    assert al and not any("CDL" in body for body in al)


def test_the_coordinator_letter_says_points_in_the_item_readers_words() -> None:
    [letter] = compose(_freight("email"), coordinator_only=True, today=dt.date(2026, 11, 25))
    # the figure is said as the candidate's own work, so the two facts join in one sentence
    said = "I helped raise on-time departures from 82% to 95% in a year, and I hold a Class A CDL."
    assert said in letter.text


def test_a_change_with_no_object_is_left_out() -> None:
    # "paged 30% less": the candidate was paged less; "I paged 30% less" says another thing
    assert read_point("paged 30% less after alert cleanup").said is None


def test_a_contribution_typed_as_a_description_is_what_the_candidate_would_bring() -> None:
    # "organised trial prep" is not a past action ("I organised trial prep.")
    said = read_point("organised trial prep", offer=True).sentence()
    assert said == "I would bring organised trial prep."


def test_a_named_training_is_held_and_said_plainly() -> None:
    read = read_point("NFPA 70E trained")
    assert read.kind is Kind.HELD and read.sentence() == "I am NFPA 70E trained."


def test_a_size_typed_sq_ft_is_said_in_full_and_known_to_the_grounding_rule() -> None:
    [letter] = compose(_notes([], ["zero lost-time incidents on a 400k sq ft job"]),
                       today=dt.date(2026, 11, 25))  # fmt: skip
    assert "400,000-square-foot job" in letter.text and letter.ok


@pytest.mark.parametrize("typed", ["read Polish, German, Russian", "reads Polish, German, Russian"])
def test_languages_one_reads_are_a_skill_not_a_past_act(typed: str) -> None:
    read = read_point(typed)
    assert read.kind is Kind.SKILL
    assert read.sentence() == "I read Polish, German and Russian."


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # a result after a comma, said with a connective
        (
            "drafted approx 60 H-1B petitions, RFE rate under 10%",
            "I drafted about 60 H-1B petitions, with an RFE rate under 10%.",
        ),
        (
            "mentored 6 apprentices, all passed journeyman exam",
            "I mentored six apprentices, all of whom passed their journeyman exam.",
        ),
        # a result after a dash that says how it came in or finished
        (
            "coordinated a 3-venue touring show - came in under budget",
            "I coordinated a 3-venue touring show, which came in under budget.",
        ),
        (
            "ran a $3M hospital fit-out - finished 2 wks early, zero lost-time incidents",
            "I ran a $3M hospital fit-out, which finished two weeks early, with zero lost-time"
            " incidents.",
        ),
        (
            "built intake checklist - cut turnaround by 2 days",
            "I built an intake checklist, which cut turnaround by two days.",
        ),
        # a role history: where, then each role in turn
        (
            "4 yrs at Portland Art Museum - exhibitions asst then coordinator",
            "I spent four years at the Portland Art Museum, first as exhibitions assistant, then as"
            " coordinator.",
        ),
        (
            "12 yrs kitchens, sous then head chef",
            "I spent 12 years in kitchens, first as sous chef, then as head chef.",
        ),
        (
            "10 yrs in ops, first as controller then shift manager",
            "I spent 10 years in operations, first as controller, then as shift manager.",
        ),
        # years of a role and its tools
        (
            "7 yrs SRE, Go/Postgres/k8s",
            "I have seven years as an SRE, working with Go, Postgres and Kubernetes.",
        ),
        (
            "5 yrs KS2, maths lead since 2022",
            "I have five years of experience in KS2 and have been maths lead since 2022.",
        ),
        # a body named by its initials takes "the"
        ("RN, registered with NMC", "I am an RN, registered with the NMC."),
        ("registered with NMC since 2015", "I have been registered with the NMC since 2015."),
        # a role taken often
        (
            "regularly nurse in charge on weekend nights",
            "I regularly act as nurse in charge on weekend nights.",
        ),
        # a figure with no owner is the candidate's work; with one named, it keeps its subject
        (
            "Agency spend down by a third in 1 yr",
            "I helped bring agency spend down by a third in one year.",
        ),
        ("pick accuracy from 96% to 99.5%", "I helped raise pick accuracy from 96% to 99.5%."),
        ("falls down 40% on my ward", "Falls went down by 40% on my ward."),
    ],
)
def test_results_histories_and_bodies_typed_as_notes_are_said_whole(typed: str, said: str) -> None:
    assert read_point(typed).sentence() == said


def test_a_role_history_takes_no_frame_of_what_the_candidate_would_bring() -> None:
    # a history is a plain fact: no "which I would build on in the role" after it
    assert read_point("4 yrs at Portland Art Museum - exhibitions asst then coordinator").kind in (
        Kind.ROLE,
    )


def test_a_result_that_names_the_topic_just_named_says_it_as_a_pronoun() -> None:
    typed = _notes([], ["agency spend down by a third in 1 yr"]).model_dump()
    typed["interviewers"][0]["topics"] = ["agency spend"]
    notes = Notes.model_validate(typed)
    [letter] = compose(notes, today=dt.date(2026, 11, 25))
    assert "I helped bring it down by a third in one year." in letter.text
    assert letter.text.count("agency spend") == 1  # named once, in the topic's sentence


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # a figure after a name or a noun is the thing's number, not a count: no hyphen
        (
            "the free BRCGS issue 9 interpretation guide",
            "the free BRCGS issue 9 interpretation guide",
        ),
        ("our ISO/IEC 17025 surveillance visit", "our ISO/IEC 17025 surveillance visit"),
        ("the route 7 ridership figures", "the route 7 ridership figures"),
        # a count before the noun it measures is joined to it
        ("led 12 person team", "led 12-person team"),
        ("ran a 40 bed ward", "ran a 40-bed ward"),
    ],
)
def test_a_figure_that_names_a_thing_is_not_joined_to_the_noun_after_it(
    typed: str, said: str
) -> None:
    assert compound(typed) == said
