"""A topic named with nothing of the candidate's about it says what its note's tail adds, in
the words a person would write ("ooh rota - 1 in 4 weekends": "the out-of-hours rota of one
weekend in four"); a tail of no shape a person writes out is left aside, never pasted raw.
Targets are written by hand, reasoning as the candidate."""

from __future__ import annotations

import pytest

from composer.backends.base import DraftRequest
from composer.notes_file import load_notes
from composer.offline import OfflineBackend
from composer.offline.topics import read_topic
from tests.conftest import ROOT


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # a rota typed as "1 in N weekends"
        ("ooh rota - 1 in 4 weekends", "the out-of-hours rota of one weekend in four"),
        ("night rota - 1 in 3 weekends", "the night rota of one weekend in three"),
        # a rate with its share, in brackets or typed on
        ("onboarding drop-off (~40% at the KYC step)",
         "the onboarding drop-off of about 40% at the KYC step"),
        ("2nd shift turnover approx 45%", "second shift turnover of about 45%"),
        ("client retention ~85%", "client retention of about 85%"),
        # what starts when, who is leaving
        ("new EHR system, go-live starts q3", "the new EHR system, with go-live starting in Q3"),
        ("staffing - 2 dispensers leaving in jan",
         "staffing, with two dispensers leaving in January"),
        ("claims backlog - 3 adjusters leaving",
         "the claims backlog, with three adjusters leaving"),
        # what the employer pays for
        ("CPD, they pay for the ECC cert", "CPD, including the ECC certificate you pay for"),
        ("independent prescribing - they'd fund the IP course",
         "independent prescribing, including the IP course you would fund"),
        # a volume now and where it is going
        ("peak - ~22k units/day now, going to 35k",
         "peak season, now about 22,000 units a day and going to 35,000"),
        # a measure of theirs typed as a sentence, and where they want it (session 27)
        ("avg wait is ~40 mins, want <20",
         "average wait, which you want to bring from about 40 minutes to under 20"),
        ("void rate approx 6%, wants it under 3% by end Q3",
         "the void rate, which you want to bring from about 6% to under 3% by the end of Q3"),
        # the note-taker's reminder or comment: left aside
        ("on-call load ~12 pages/wk, wants < 5", "the on-call load"),
        ("k8s upgrades 1.27 -> 1.30, they're behind", "Kubernetes upgrades"),
        ("dispensing errors, they're behind on the audit", "dispensing errors"),
        ("CEng timeline - aiming for review 2027", "the CEng timeline"),
        ("safety - 3 recordables in Q3", "safety"),
        ("cover rota - 1 in 4", "the cover rota"),
    ],
)  # fmt: skip
def test_a_topic_with_a_tail_is_said_in_full(line: str, said: str) -> None:
    assert read_topic(line).full == said


def _letters(name: str) -> list[str]:
    notes = load_notes(ROOT / "tests" / "corpus" / "readers" / name)
    backend = OfflineBackend()
    return [
        backend.draft(DraftRequest(notes=notes, interviewer=person)).text
        for person in notes.interviewers
    ]


def test_a_topic_left_without_a_point_says_its_tail_not_just_its_name() -> None:
    # h22: Tom Ashworth talked about the out-of-hours rota; no point of the candidate's fits
    tom = _letters("h22.json")[1]
    assert "the out-of-hours rota of one weekend in four" in tom
    # h24: Marcus Bell's letter names the drop-off with its size, not the bare topic
    marcus = _letters("h24.json")[1]
    assert "the onboarding drop-off of about 40% at the KYC step" in marcus


def test_a_topic_with_nothing_to_add_is_a_line_of_the_opening_not_the_whole_middle() -> None:
    # h11: Tom Ferris talked about the revised ISA 315 and the QAD review; nothing of the
    # candidate's fits either, and the note ("- risk assessment docs") adds nothing a person
    # would write out: the topic is a line of the opening, after the thanks (session 24: the
    # thanks and what was discussed share a paragraph; the candidate's fact has its own, where
    # "thanks. <qualification>. <topic>." read as a list)
    tom = _letters("h11.json")[2]
    paragraphs = tom.split("\n\n")
    place, topic = next((i, p) for i, p in enumerate(paragraphs) if "the revised ISA 315" in p)
    # a sentence names the firm without its legal form ("LLP")
    assert "Pemberton Saunders" in topic and topic.index("Saunders") < topic.index("ISA 315"), topic
    assert "ACCA qualified" in paragraphs[place + 1]
