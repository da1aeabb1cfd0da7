"""The last gate: a sentence said from the notes that still reads as a note never reaches a
letter, whichever reader module said it; the line is left out with a notice naming it, and
compose asks for it once, whole. Each row is written by hand: the note frame a tired person's
line ends up in, and the sentence a person would send instead."""

from __future__ import annotations

import pytest

from composer.models import Notes
from composer.offline.body import Sentence
from composer.offline.flagged import gated
from composer.offline.leftout import AS_RAPPORT, AS_REPLY, AS_TOPIC, GATED, follow_up, rewritten
from composer.offline.usable import left_out
from composer.offline.wellformed import problem

# (broken, what the gate's reason names, the sentence a person would write)
SHAPES = [
    (
        "I shall look forward to the office manager said a decision by Friday.",
        "clause",
        "I look forward to hearing from you by Friday.",
    ),
    (
        "I look forward to trustees meet on 14 January to decide.",
        "clause",
        "I look forward to the trustees' decision after their meeting on 14 January.",
    ),
    (
        "To add to my answer on I had used Xero: I ran payroll on it for two years.",
        "subject",
        "To add to my answer on Xero: I ran payroll on it for two years.",
    ),
    (
        "It was good to talk about the with you.",
        "determiner",
        "It was good to talk about the rota with you.",
    ),
    (
        "I rewrote the kitchen's allergen matrix, and the now used in all four sites.",
        "determiner",
        "I rewrote the kitchen's allergen matrix, which all four sites now use.",
    ),
    (
        "I appreciated our discussion of why nights not days.",
        "question",
        "I appreciated our discussion of why I chose nights over days.",
    ),
    (
        "Asked how I would calm a caller was the part I have thought about most since.",
        "verb",
        "Your question on how I would calm a distressed caller has stayed with me.",
    ),
    (
        "I would welcome the chance of trial shift next.",
        "chance",
        "I would welcome the chance of a trial shift.",
    ),
    (
        "I have experience with HCPC, RCVS reg'd.",
        "apostrophe",
        "I am registered with the RCVS.",
    ),
    (
        "I have 11 years of experience in retail, last 3 as store manager.",
        "last",
        "I have 11 years of experience in retail, the last three as store manager.",
    ),
    (
        "One more point from our conversation: yes I'm fine with weekend call-outs.",
        "answer",
        "You asked about weekend call-outs: I am happy to cover them.",
    ),
    (
        "I would love to get the stock room stuff sorted before Christmas.",
        "chat",
        "I would like to get the stock room in order before Christmas.",
    ),
    (
        "I hold level 3 forklift certificate.",
        "article",
        "I hold a level 3 forklift certificate.",
    ),
    (
        "I have worked 200 events, first aid trained.",
        "tacked",
        "I have worked 200 events, and I am first aid trained.",
    ),
    (
        "I have four years of experience in payroll specialist at a bank.",
        "post",
        "I have four years of experience as a payroll specialist at a bank.",
    ),
    (
        "I enjoyed discussing school admissions, sibling links.",
        "list",
        "I enjoyed discussing school admissions and sibling links.",
    ),
    (
        "It was good that we covered the rota, you run four on four off.",
        "comma",
        "It was good that we covered the rota: four days on, four off.",
    ),
    (
        "Thank you for meeting me during my  visit on Tuesday.",
        "gap",
        "Thank you for meeting me during my visit on Tuesday.",
    ),
    (
        "It was a pleasure to discover that we both at Loughborough.",
        "bare subject",
        "It was a pleasure to discover that we both studied at Loughborough.",
    ),
    (
        "I signed off 40 purchase orders over £25,000 limit.",
        "sum",
        "I signed off 40 purchase orders over the £25,000 limit.",
    ),
    (
        "I answered about 9,000 calls, first-time fix 81% on the helpdesk.",
        "figure tacked",
        "I answered about 9,000 calls, and fixed 81% of them first time.",
    ),
    (
        "I can start on the wards after my induction week, less agency cover.",
        "comparison",
        "I can start on the wards after my induction week, so you would need less agency cover.",
    ),
    (
        "My aim would be to have the stock count done before march.",
        "month",
        "My aim would be to have the stock count done before March.",
    ),
    (
        "I won employee of the quarter x2.",
        "count",
        "I was twice employee of the quarter.",
    ),
    (
        "I let 60 flats last year, with average 11 days on the market.",
        "measure",
        "I let 60 flats last year, with an average of 11 days on the market.",
    ),
    (
        "We talked about how id handle a fire alarm at night.",
        "apostrophe",
        "We talked about how I would handle a fire alarm at night.",
    ),
    (
        "I wrote a induction pack for new porters.",
        "'a' for 'an'",
        "I wrote an induction pack for new porters.",
    ),
    (
        "Thank you for the chance to talk through asked about my worst shift.",
        "verb where",
        "Thank you for asking about my worst shift.",
    ),
    (
        "Stock take January was the part I found most interesting.",
        "month glued",
        "The stock take in January was the part I found most interesting.",
    ),
    (
        "I cut missed collections on my rounds about 40% in a year.",
        "'by'",
        "I cut missed collections on my rounds by about 40% in a year.",
    ),
    (
        "I hold an MSc forensic science.",
        "degree",
        "I hold an MSc in forensic science.",
    ),
    (
        "I would hope to bring calm shift handovers and want to train as a mentor later.",
        "tense",
        "I would hope to bring calm shift handovers, and later I would like to train as a mentor.",
    ),
    (
        "We talked about staffing the wards before April 6 changeover.",
        "date",
        "We talked about staffing the wards before the April 6 changeover.",
    ),
    (
        "It connects with my own work:.",
        "end",
        "It connects with my own work: I ran the same audit at Leeds.",
    ),
]


@pytest.mark.parametrize(("broken", "why", "sent"), SHAPES)
def test_a_note_forced_into_a_frame_is_stopped_and_the_sentence_a_person_writes_is_not(
    broken: str, why: str, sent: str
) -> None:
    assert why in problem(broken), broken
    assert problem(sent) == "", sent


@pytest.mark.parametrize(
    "sent",
    [
        # a phrase before the subject: the clause after it is the sentence's own
        "Beyond that, I am a CMS Advanced sommelier.",
        "To complete my answer on budgets: I managed a £1.1m wage budget at Stockport.",
        "Other roles at Halden Freight, now or in the future, would interest me as well.",
        "Supervising Band 5s and students was the part I have thought about most since.",
        "As for children who shut down in class, my aim would be to run small groups.",
        "Enjoy the awards dinner on Thursday.",
        "Safe travels on your trip to Burgundy.",
        # a wh-clause with its verb, a list with "and", an aside after a comma
        "I enjoyed hearing about how engineers work with PMs here.",
        "I especially enjoyed discussing Sysmex analysers, daily QC and Westgard rules.",
        "I have ten years of experience in HR, six of them as an HRBP.",
        "I supervised five trainees, all of whom passed.",
        "I built the clinic from 0 to 140 patients in two years.",
        "Thank you for meeting me about the Store Manager, Manchester Arndale role.",
        "It connects with my own work: I drafted 60 petitions, with an RFE rate under 10%.",
        "I cut costs across the depot, saving 12% a year.",
        "I cut waiting times by 30%, from 12 weeks to eight.",
        "I managed two contracts over £2m each.",
        "I hold a BSc degree in Chemistry, and I was a Grade A student.",
        "I ran a 5x5 grid search and an A/B test.",
        "I start on Monday 3 February, and the audit in early March matters.",
    ],
)
def test_a_sentence_a_person_would_send_passes_the_gate(sent: str) -> None:
    assert problem(sent) == "", sent


def _notes(**extra: object) -> Notes:
    data: dict[str, object] = {
        "candidate": {"name": "Priya Shah"},
        "company": "Oakley Vets",
        "role": "Veterinary Surgeon",
        "interview": {"date": "2026-12-01"},
        "interviewers": [
            {
                "name": "Tom Reed",
                "topics": ["night cover", "why small animal not mixed"],
                "rapport": ["both at bristol uni"],
            },
            {"name": "Ana Cole", "topics": ["nurse clinics"]},
        ],
        "highlights": ["ran 3 nurse clinics a week"],
        "next_steps": "office mgr said decision by fri",
        "follow_up": "tom asked if i'd do weekend call-outs - yes",
        "tone": "warm",
    }
    data.update(extra)
    return Notes.model_validate(data)


def test_the_gate_leaves_out_a_note_sentence_names_its_line_and_keeps_the_letter_whole() -> None:
    notes = _notes()
    sentences = [
        Sentence("thanks", 0, "Thank you for meeting me on Tuesday."),
        Sentence("topic", 1, "I appreciated our discussion of why small animal not mixed."),
        Sentence("point", 1, "I ran three nurse clinics a week."),
        Sentence("next_step", 5, "I look forward to the office mgr said decision by Friday."),
        Sentence("rapport", 4, "It was a pleasure to discover that we both at Bristol."),
    ]
    notices: list[str] = []
    kept = gated(sentences, notes, 0, notices, lambda: "I look forward to hearing from you.")
    assert [s.text for s in kept] == [
        "Thank you for meeting me on Tuesday.",
        "I ran three nurse clinics a week.",
        "I look forward to hearing from you.",  # a letter still closes on a next step
    ]
    assert notices == [
        'The notes field interviewers[0].topics[1] ("why small animal not mixed") was left out '
        f"of the letters: {GATED}. {AS_TOPIC}",
        'The notes field next_steps ("office mgr said decision by fri") was left out of the '
        f"letters: {GATED}. Add it in your own words if it matters.",
        'The notes field interviewers[0].rapport[0] ("both at bristol uni") was left out of the '
        f"letters: {GATED}. Write it as a sentence you would say to them.",
    ]
    # compose asks for exactly these lines (at a terminal), each once
    asked = left_out(notes, notices * 2)
    assert [(r.field, r.text) for r in asked] == [
        ("next_steps", "office mgr said decision by fri"),
        ("interviewers[0].topics[1]", "why small animal not mixed"),
        ("interviewers[0].rapport[0]", "both at bristol uni"),
    ]


def test_a_next_step_keeps_its_first_clause_when_only_the_second_reads_as_a_note() -> None:
    step = (
        "I look forward to hearing from you by Thursday, and I would welcome the chance of "
        "trial shift next."
    )
    kept = gated([Sentence("next_step", 5, step)], _notes(), 0, [], lambda: "Stock.")
    assert [s.text for s in kept] == ["I look forward to hearing from you by Thursday."]


def test_a_line_left_out_in_two_parts_is_asked_once_whole() -> None:
    line = "night cover; want <2 call-outs per wk"
    notes = _notes(interviewers=[{"name": "Tom Reed", "topics": [line]}])
    notices = [f'The notes field interviewers[0].topics[0] ("{line}") was left out of the letters']
    from composer.offline.usable import topics_left_out

    parts = topics_left_out(notes)
    gate = f'The notes field interviewers[0].topics[0] ("{line}") was left out of the letters: '
    notices = [r.notice() for r in parts] + [f"{gate}{GATED}. {AS_TOPIC}"]
    [record] = left_out(notes, notices)
    assert record.field == "interviewers[0].topics[0]" and record.text == line


def test_an_answer_to_an_asked_follow_up_replaces_the_answer_and_keeps_the_question() -> None:
    notes = _notes()
    record = follow_up(notes.follow_up or "")
    assert record.instead == AS_REPLY
    typed = "yes, I'm happy to do weekend call-outs, I live ten minutes away"
    again = rewritten(notes, record, typed)
    assert again.follow_up == f"tom asked if i'd do weekend call-outs - {typed}"
    # an answer that says the question itself replaces the whole line
    whole = "Tom asked about weekend call-outs: I am happy to do them"
    assert rewritten(notes, record, whole).follow_up == whole


def test_a_personal_note_the_letter_could_not_say_is_asked_for() -> None:
    note = "chatted re the derby sat - both season ticket holders"
    notes = _notes(
        interviewers=[{"name": "Tom Reed", "topics": ["night cover"], "rapport": [note]}]
    )
    notice = (
        f'The personal note for Tom Reed ("{note}") was left out: it could not be turned into a '
        "line addressed to them."
    )
    [record] = left_out(notes, [notice])
    assert (record.field, record.text) == ("interviewers[0].rapport[0]", note)
    assert record.why == "it could not be turned into a line addressed to them"
    assert record.instead == AS_RAPPORT
    typed = "we are both season ticket holders at the County Ground"
    assert rewritten(notes, record, typed).interviewers[0].rapport == [typed]
