"""Whole panels from the readers' notes: the fact that answers a panellist's topic lands in
THAT panellist's letter (and in no other), and a fact that answers no topic is not bridged to
one. Each expectation is the reader's finding, reasoned as the candidate would want it."""

from __future__ import annotations

import json
from pathlib import Path

from composer.models import Notes
from composer.offline.select import select
from composer.offline.writer import Writer

READERS = Path(__file__).resolve().parent / "corpus" / "readers"


def _notes(name: str) -> Notes:
    return Notes.model_validate(json.loads((READERS / f"{name}.json").read_text("utf-8")))


def _letters_with(notes: Notes, words: str) -> list[str]:
    """The panellists whose letter's middle says `words`."""
    found = []
    for index, person in enumerate(notes.interviewers):
        middle = " ".join(s.text for s in Writer(notes, index).middle())
        summary = " ".join(s.text for s in Writer(notes, index).summary())
        if words in f"{middle} {summary}":
            found.append(person.name)
    return found


def _tied(notes: Notes, index: int) -> dict[str, list[str]]:
    chosen = select(notes, index)
    return {t.topic.source: [p.source for p in t.points] for t in chosen.ties}


def test_food_cost_goes_to_the_manager_whose_topic_is_food_cost() -> None:
    notes = _notes("h9")  # Executive Chef: butchery, tasting menu; GM: "food cost - target 28%"
    assert _tied(notes, 1)["food cost - target 28%"][0].startswith("got food cost from 33%")
    assert _letters_with(notes, "from 33% to 29%") == ["Monique Ferraro"]


def test_first_generation_mentees_go_to_the_dean_of_first_gen_research() -> None:
    notes = _notes("h8")  # the Dean's topic: "undergrad research for first-gen students"
    dean = _tied(notes, 3)
    assert dean["undergrad research for first-gen students"] == [
        "mentored 9 undergrads, 6 first-gen - 3 now in grad school"
    ]
    assert _letters_with(notes, "first-gen") == ["Kenji Morimoto"]
    # papers say nothing of undergraduate research: no letter bridges them to it
    assert not any("peer-reviewed" in " ".join(p) for p in dean.values())


def test_a_degree_is_no_answer_to_a_topic_it_shares_no_word_with() -> None:
    notes = _notes("h2")  # Practice Development Nurse: preceptorship for newly qualified nurses
    # the BSc shares no word with it; her years as a practice assessor (assessing students on
    # placement) are the answer a person gives
    assert _tied(notes, 2) == {
        "preceptorship for newly qualified nurses": ["practice assessor since 2021"]
    }
    middle = [s.text for s in Writer(notes, 2).middle()]
    assert not any("BSc" in text for text in middle)


def test_the_turnover_result_reaches_the_director_whose_topic_is_turnover() -> None:
    notes = _notes("h14")  # Director of Warehouse Operations: "turnover at the Joliet DC"
    tied = _tied(notes, 1)
    assert any(p.startswith("cut first-90-day turnover") for p in tied.get(
        "turnover at the Joliet DC - 60% annualized", []))  # fmt: skip
    assert _letters_with(notes, "from 35% to 19%") == ["Raymond Castellanos"]


def _letters(notes: Notes) -> list[str]:
    return [Writer(notes, index).write().text for index in range(len(notes.interviewers))]


def test_a_panel_of_four_hears_four_different_reasons_the_candidate_fits() -> None:
    # h23: four panellists, and four points a letter can say (the MEng, "IEng, MICE, CEng in
    # progress", nine years of drainage design, the 18% pipe-cost result). The panel compares
    # letters: each point is in one letter, not the same fact each time (reader 3), and the
    # one that answers a panellist's topic is theirs
    # Session 39: a letter that would close on a second stock sentence borrows one colleague's
    # point first (Beth's: the 18% result, so two letters of four say it, never more).
    notes = _notes("h23")
    letters = _letters(notes)
    for fact in ("MEng", "working towards CEng", "nine years of experience"):
        assert sum(fact in text for text in letters) == 1, fact
    assert sum("18%" in text for text in letters) == 2
    assert "18%" in letters[1]  # Rajesh: flood modelling in ICM
    assert "working towards CEng" in letters[2]  # Beth: the CEng timeline


def test_a_printed_letter_under_its_minimum_may_still_add_a_colleague_s_point() -> None:
    # A printed letter under 150 words breaks the length rule; it may add a point two other
    # letters carry (never one every letter carries).
    notes = _notes("h23").model_copy(update={"channel": "letter"})
    letters = _letters(notes)
    assert sum("nine years of experience in drainage design" in t for t in letters) <= 3
    assert sum("cut pipe costs by about 18%" in t for t in letters) <= 3


def test_a_certificate_goes_to_the_panellist_whose_topic_it_is_about() -> None:
    # h26: "CKA" (the Kubernetes administrator certificate) answers Omar's "k8s upgrades", and
    # is no answer to Rachel's on-call load (reader 3: "I hold CKA." in all three letters, a
    # non sequitur)
    # non sequitur). Session 40: the six years of SRE work with Kubernetes and Terraform is said
    # now and answers Omar's topic more fully than the certificate; CKA is in one letter at most
    # and never in Rachel's (on-call load).
    notes = _notes("h26")
    sre = "6 yrs SRE/devops - k8s, terraform, prometheus/grafana"
    assert _tied(notes, 1) == {"k8s upgrades 1.27 -> 1.30, they're behind": [sre]}
    letters = _letters(notes)
    assert sum("CKA" in text for text in letters) <= 1 and "CKA" not in letters[0]
    assert [("working with Kubernetes" in text) for text in letters] == [False, True, False]


def test_a_letter_whose_own_point_was_flagged_takes_one_no_colleague_says() -> None:
    # h12: Dev's degree ("BSc Physio" said as "Physiotherapy") is flagged by the grounding rule
    # and left out; his letter must still say why the candidate fits, with a point Fiona's letter
    # does not carry (the eight years in MSK).
    from composer import compose

    notes = _notes("h12")
    fiona, dev = (letter.text for letter in compose(notes))
    # Fiona hears her ACL class and the waiting list it cut; HCPC registration, a standing
    # every applicant has, is said to neither
    assert "cut the waiting list from six weeks to two" in fiona
    assert "eight years of experience in MSK" in dev and "eight years" not in fiona
    assert "HCPC" not in dev


def test_a_point_naming_what_their_personal_line_says_goes_to_a_colleague() -> None:
    notes = _notes("h40")  # Steve Brannigan: "we both trained at Portsmouth"
    # "I hold a BSc in Diagnostic Radiography from Portsmouth." beside "I enjoyed discovering
    # that we both trained at Portsmouth." says Portsmouth twice: the degree is a colleague's
    assert "Steve Brannigan" not in _letters_with(notes, "from Portsmouth")
    assert _letters_with(notes, "from Portsmouth")


def test_the_shared_school_stays_out_of_the_letter_whose_rapport_is_the_school() -> None:
    typed = {
        "candidate": {"name": "Ana Ruiz"},
        "company": "Lakeview Clinic",
        "role": "Dietitian",
        "interview": {"date": "2026-11-30"},
        "interviewers": [
            {
                "name": "Tom Hale",
                "topics": ["meal plans"],
                "rapport": ["we both went to Penn State"],
            },
            {"name": "Jo Park", "topics": ["tube feeding"]},
        ],
        "qualifications": ["MS nutrition, Penn State", "6 yrs clinical dietitian"],
        "tone": "warm",
    }
    notes = Notes.model_validate(typed)
    assert "Tom Hale" not in _letters_with(notes, "Penn State")
    assert _letters_with(notes, "six years") == ["Tom Hale"]
