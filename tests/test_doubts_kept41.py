"""A run of a shorthand notes line kept as typed, in a shape careful prose never has, is doubted
(`doubts.misread`, read by `notekept`): asked about at `compose --ask`, left out by the last
gate when nobody is asked and the letter can spare it. The shapes are read by grammar (word
classes), and only where the note's own words stand side by side as typed. Reader 20's worst
sentences went out unasked. Every expected value here was written by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from composer.cli import app
from composer.models import Notes
from composer.offline.doubts import doubted, misread


@pytest.mark.parametrize(
    ("sentence", "line", "why"),
    [
        # reader 20's worst sentences (h158, h160, h162), with their notes lines
        (
            "I enjoyed our conversation about ute and tools supplied.",
            "ute + tools supplied, van stock",
            "a note's words with no verb ('ute and tools supplied')",
        ),
        (
            "The time we spent on the board meeting prep quarterly was especially instructive.",
            "board mtg prep quarterly, packets due 1 wk before",
            "a note's words with no verb ('the board meeting prep quarterly')",
        ),
        (
            "I keep coming back to what you said about milk steaming inconsistent at the Tanjong "
            "Pagar outlet.",
            "milk steaming inconsistent at the tanjong pagar outlet",
            "a note's words with no verb ('milk steaming inconsistent')",
        ),
        (
            "I would love to bring same recipe same standard at every outlet.",
            "same recipe same standard at every outlet",
            "two noun phrases side by side ('same recipe same standard')",
        ),
        (
            "I would also add that I did CO2 safety training w AIRAH in 2024 too not just Kirby.",
            "forgot - did CO2 safety training w AIRAH in 2024 too not just Kirby",
            "a note's short form kept ('w')",
        ),
        # the same shapes in other trades, typed by other people
        (
            "I would add that I hold the forklift ticket too not just the EWP.",
            "hold the forklift ticket too not just the EWP",
            "particles stacked ('too not')",
        ),
        (
            "I trained six pickers b/c the agency kept sending new ones.",
            "trained 6 pickers b/c the agency kept sending new ones",
            "a note's short form kept ('b/c')",
        ),
        (
            "I enjoyed our talk about the compressor logs weekly.",
            "compressor logs weekly",
            "a note's words with no verb ('the compressor logs weekly')",
        ),
        (
            "It was good to hear about handover notes too brief.",
            "handover notes too brief",
            "a note's words with no verb ('handover notes too brief')",
        ),
        (
            "I was glad to hear about loaves left flat.",
            "loaves left flat",
            "a note's words with no verb ('loaves left flat')",
        ),
        (
            "I appreciated our discussion of the lab intake Fridays.",
            "lab intake fridays",
            "a time typed with no preposition ('the lab intake fridays')",
        ),
        (
            "I was also glad to discuss concur expense reports.",
            "concur expense reports, travel to Salt Lake and Spokane offices",
            "a verb typed where a name goes ('discuss concur')",
        ),
        (
            "I enjoyed our talk about grading the new Showmax series in resolve.",
            "grading the new Showmax series in resolve, ACES workflow",
            "a verb typed where a name goes ('in resolve')",
        ),
        (
            "It was good to talk about weekend turnarounds 12 cars 3 bays.",
            "weekend turnarounds 12 cars 3 bays",
            "two noun phrases side by side ('12 cars 3 bays')",
        ),
        (
            "I enjoyed our talk about kiln firings, glaze shelf patchy.",
            "kiln firings, glaze shelf patchy",
            "a note's words with no verb ('glaze shelf patchy')",
        ),
        (
            "Tighter DO control and consistent batch to batch.",
            "tighter DO control and consistent batch to batch",
            "a note's words said whole with no verb ('tighter do control and consistent batch to "
            "batch')",
        ),
        (
            "I fitted more than 300 riders at spoke and chain, 4.9 stars on google.",
            "fitted 300+ riders at spoke & chain, 4.9 stars on google",
            "a verb typed where a name goes ('on google')",
        ),
        (
            "I would bring fewer missed pallets, tidy racking, quick counts.",
            "fewer missed pallets, tidy racking, quick counts",
            "a list with no 'and' ('tidy racking, quick counts')",
        ),
    ],
)
def test_a_shorthand_run_kept_as_typed_is_doubted(sentence: str, line: str, why: str) -> None:
    assert misread(sentence, line) == why


@pytest.mark.parametrize(
    ("sentence", "line"),
    [
        # said well, from shorthand: the writer's words join the note's ("the", "and")
        (
            "I would love to bring the same recipe and the same standard at every outlet.",
            "same recipe same standard at every outlet",
        ),
        ("I did CO2 safety training with AIRAH in 2024, not just Kirby.", "w AIRAH too not just"),
        # good English the shapes must let pass, each met in a corpus letter
        (
            "I especially enjoyed our conversation about how I would handle a keeper error with "
            "a slide left open.",
            "asked how id handle a keeper error w/ a slide left open",
        ),
        (
            "I can take on mechanical prosecution work straight away.",
            "take on mechanical prosecution work straight away",
        ),
        (
            "I built a lunch bunch program for 6th graders new to the building.",
            "built a lunch bunch program for 6th graders new to the building",
        ),
        ("I would come to the role with a PGCE in primary from Cardiff Met.", "PGCE, Cardiff Met"),
        (
            "I rebuilt controls after a material weakness, with a clean audit opinion two years "
            "later.",
            "rebuilt controls after a material weakness, clean audit opinion two years later",
        ),
        (
            "I would love to bring a clear onboarding roadmap, agreed with compliance, in my first "
            "90 days.",
            "A clear onboarding roadmap, agreed with compliance, in my first 90 days",
        ),
        ("I rewrote the install guide.", "rewrote install guide"),
        ("I also led the switch to e-obs on a 28-bed ward.", "led the switch to e-obs"),
        ("I drafted the appellate brief in Castro v. Meridian.", "brief in Castro v. Meridian"),
        ("I am proficient in R, Stata and Power BI.", "proficient in R, Stata, Power BI"),
        ("I run the compressor checks monthly.", "run compressor checks monthly"),
        ("We talked about the parts available at the depot.", "parts available at the depot"),
        ("I graded two short films and six music videos freelance.", "graded 2 films freelance"),
        ("I enjoyed our talk about temp labor.", "temp labor, 60 temps"),
        ("I have spent six years in games audio.", "6 yrs games audio"),
        ("The backlog grew fast.", "the backlog grew fast"),
        ("I would like to set up a touch tour.", "I would like to set up a touch tour."),
        ("I ran 5 km 3 times a week.", "ran 5 km 3 times a week"),
        (
            "I led the validation of two lines with zero FDA 483 observations.",
            "validation of two lines with zero FDA 483 observations",
        ),
        (
            "I would bring programs that give every resident, including those who rarely leave "
            "their rooms, something to look forward to.",
            "programs that give every resident, including those who rarely leave their rooms, "
            "something to look forward to",
        ),
        ("I enjoyed our talk about staff working late.", "staff working late"),
        (
            "For vocabulary I do not know, I ask for syllabi and slides ahead.",
            "I ask for syllabi and slides ahead",
        ),
        ("I enjoyed our talk about the new kiln, the old one slow.", "new kiln"),
    ],
)
def test_a_sentence_a_candidate_would_send_is_not_doubted(sentence: str, line: str) -> None:
    assert misread(sentence, line) == ""


def test_the_sentence_is_asked_about_with_its_notes_line() -> None:
    notes = Notes.model_validate(
        {
            "candidate": {"name": "Dylan Kowalczyk"},
            "company": "Coolabah Commercial Refrigeration",
            "role": "Refrigeration Mechanic",
            "interview": {"date": "2026-12-02"},
            "interviewers": [
                {"name": "Trevor Baxter", "topics": ["ute + tools supplied, van stock"]}
            ],
            "highlights": ["4 yrs at Polar Air"],
        }
    )
    said = "I enjoyed our conversation about ute and tools supplied."
    (doubt,) = doubted(notes, [f"Hi Trev, thanks. {said} Best wishes."])
    assert (doubt.field, doubt.line, doubt.sentence) == (
        "interviewers[0].topics[0]",
        "ute + tools supplied, van stock",
        said,
    )


def test_a_run_nobody_is_at_names_the_sentence(tmp_path: Path) -> None:
    # reader 20's h158 with one topic, a tool typed in lower case: the letter cannot spare its
    # only topic, so it keeps it and names it (the topic readers say "ute + tools supplied",
    # this helper's first case, in full since the merge)
    path = tmp_path / "h158.json"
    notes = json.loads((Path(__file__).parent / "corpus/readers/reader20/h158.json").read_text())
    notes["interviewers"][0]["topics"] = ["expense reports in concur"]
    path.write_text(json.dumps(notes))
    result = CliRunner().invoke(
        app, ["compose", str(path), "--backend", "offline", "--today", "2026-12-03", "--no-ask"]
    )
    assert result.exit_code == 0, result.stderr
    said = "I enjoyed our conversation about expense reports in concur."
    assert f'This sentence may still read as your notes: "{said}"' in result.stderr
