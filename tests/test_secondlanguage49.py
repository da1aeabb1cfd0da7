"""Notes typed in a second language are mended where the reading is certain before any reader
sees them ("she ask me what I do if ..." -> "she asked me what I would do if ..."), and a correct
English line is never changed (session 49, `secondlanguage`). Sentences written by hand."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from composer.compose import compose
from composer.models import Notes
from composer.offline import lexicon
from composer.offline.secondlanguage import mended

READERS = Path(__file__).parent / "corpus" / "readers" / "reader30"
NAMES = frozenset(["Tom"])

MENDED = [  # (field, typed, read as)
    (
        "topics",
        "she ask what I do if the client cancel the order",
        "she asked what I would do if the client canceled the order",
    ),
    (
        "rapport",
        "he love sailing, he go every weekend to the lake",
        "he loves sailing, he goes every weekend to the lake",
    ),
    ("follow_up", "I forget to mention my HGV licence", "I forgot to mention my HGV licence"),
    (
        "highlights",
        "at my previous job I manage a team of 12",
        "at my previous job I managed a team of 12",
    ),
    (
        "qualifications",
        "I work as electrician since 2012",
        "I have worked as an electrician since 2012",
    ),
    (
        "rapport",
        "we both make bachelor thesis at TU Delft",
        "we both wrote our bachelor's theses at TU Delft",
    ),
    ("rapport", "she make a course in pottery last year", "she did a course in pottery last year"),
    ("topics", "he want improve the onboarding", "he wants to improve the onboarding"),
    (
        "follow_up",
        "Tom look surprised when I say I have no car",
        "Tom looked surprised when I said I have no car",
    ),
    (
        "contribution",
        "make the reports more simple and more fast",
        "make the reports simpler and faster",
    ),
    ("qualifications", "5 year experience in retail", "5 years of experience in retail"),
    (
        "follow_up",
        "I want to precise that my visa is valid until 2029",
        "I want to clarify that my visa is valid until 2029",
    ),
    (
        "rapport",
        "she has informations about the climbing gym",
        "she has information about the climbing gym",
    ),
    ("topics", "he explain me how the depot work", "he explained how the depot work to me"),
    (
        "highlights",
        "in 2021 I build the new booking site, finish 3 weeks early",
        "in 2021 I built the new booking site, finished 3 weeks early",
    ),
    (
        "follow_up",
        "I not say that I have a forklift licence",
        "I did not say that I have a forklift licence",
    ),
    ("topics", "she told that the team is growing", "she said that the team is growing"),
    (
        "qualifications",
        "I am having 4 years of experience in payroll",
        "I have 4 years of experience in payroll",
    ),
    (
        "rapport",
        "he don't like football but he follow cricket",
        "he doesn't like football but he follows cricket",
    ),
    ("contribution", "I can to start in february", "I can start in february"),
    (
        "highlights",
        "since 2020 I run the weekly toolbox talk",
        "since 2020 I have run the weekly toolbox talk",
    ),
    (
        "rapport",
        "she love running, she make the Berlin marathon last year",
        "she loves running, she did the Berlin marathon last year",
    ),
    (
        "rapport",
        "we both make master in Melbourne, same university",
        "we both did a master's degree in Melbourne, same university",
    ),
    (
        "highlights",
        "in Rabat I work 4 years on hospital projects",
        "in Rabat I worked 4 years on hospital projects",
    ),
    (
        "highlights",
        "in Lodz I work 3 years in a bakery, I run the night shift",
        "in Lodz I worked 3 years in a bakery, and I ran the night shift",
    ),
    (
        "highlights",
        "I led the rollout, I trained 40 staff",
        "I led the rollout, and I trained 40 staff",
    ),
    ("qualifications", "2 years experience as electrician", "2 years experience as an electrician"),
]


SAME = [  # (field, a correct line: left as typed)
    ("topics", "ask about parking"),
    ("topics", "she asked me how I'd handle a no-show"),
    ("topics", "he wants faster turnaround"),
    ("highlights", "I led the rollout in 2023"),
    ("follow_up", "send Tom the link"),
    ("rapport", "we both grew up in Cork"),
    ("rapport", "he runs every weekend"),
    ("qualifications", "I have held a forklift licence since 2019"),
    ("qualifications", "6 month internship in dairy QC lab"),
    ("topics", "3 year plan for the depot"),
    ("contribution", "make the rota fairer"),
    ("contribution", "more hands on nights"),
    ("topics", "she told me they are hiring"),
    ("topics", "what I'd do first 90 days"),
    ("qualifications", "I manage a team of 8"),
    ("qualifications", "I speak Polish and English"),
    ("topics", "they go live in March"),
    ("highlights", "led the night team, cut overtime 20%"),
    ("rapport", "she is a big Spurs fan"),
    ("rapport", "he has a new puppy"),
    ("contribution", "I explain things clearly"),
    ("topics", "told the team about it"),
    ("contribution", "make sure the ramp is clear"),
    ("contribution", "I would make the handover more structured"),
    ("rapport", "she loves hiking in the Dolomites"),
    ("highlights", "I was the one who set up the night rota"),
    ("topics", "Tom's plan for the new warehouse"),
    ("follow_up", "I said 2 years but it was 3"),
    ("topics", "how I'd work with the more senior staff"),
    ("qualifications", "masters in public health"),
    ("rapport", "her son plays for the U12s"),
    ("topics", "he asked me what I would change first"),
    ("highlights", "ran 3 day course for new hires"),
    ("follow_up", "mention I can start in January"),
    ("topics", "Tom runs the Leeds depot"),
    ("contribution", "make a plan with the site team"),
    ("contribution", "make course materials for new starters"),
    ("highlights", "led the rollout, I trained 40 staff"),
    ("highlights", "worked as part of a team of 12"),
    ("qualifications", "worked as senior nurse"),
    ("highlights", "in Rabat I supervise 40 workers on a hospital project"),
    ("topics", "asked how I prioritise when two jobs clash"),
    ("follow_up", "asked if I speak Welsh - I said a bit"),
    ("topics", "asked about a time I found a defect nobody had spotted"),
    ("contribution", "a 3rd who can run the watch alone"),
    ("follow_up", "I said I use Revit daily; I also led the switch to Revit in 2022"),
]


@pytest.mark.parametrize(("field", "typed", "read"), MENDED)
def test_second_language_lines_are_mended(field: str, typed: str, read: str) -> None:
    assert mended(typed, field, NAMES) == read


@pytest.mark.parametrize(("field", "typed"), SAME)
def test_correct_lines_are_left_as_typed(field: str, typed: str) -> None:
    assert mended(typed, field, NAMES) == typed


def test_latin_plurals_are_plural() -> None:
    assert lexicon.is_plural_noun("bacteria")
    assert not lexicon.is_plural_noun("data")  # said as one thing
    assert not lexicon.is_plural_noun("opera")  # read first as itself, not as "opus"


def test_h229_says_the_shared_thesis_in_english() -> None:
    notes = Notes.model_validate(json.loads((READERS / "h229.json").read_text()))
    bodies = [letter.body for letter in compose(notes, today=dt.date(2026, 12, 4))]
    said = "we both wrote our master's theses on lactic acid bacteria"
    assert said in bodies[1]
    assert not any("make master" in body or "a lactic" in body for body in bodies)
