"""An answer typed as the candidate's own sentence, in any style, said with its question; never
the question alone (session 53; dev lines: reader 39's h259, h260, h262, h265 and lines of
our own, never the held-out set in tests/corpus/answers-heldout53)."""

from __future__ import annotations

import pytest

from composer.offline.topicanswers import asked_sentence
from composer.offline.topics import read_topic
from composer.offline.usable import topic_phrase


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (  # careful present tense after "how I would": what the candidate does, as said
            "He asked how I would catch a wrong HS code before a permit is submitted. I said I"
            " keep a checklist of the twenty codes our clients most often get wrong and check"
            " every new consignment against it.",
            "When you asked how I would catch a wrong HS code before a permit is submitted, I"
            " said I keep a checklist of the twenty codes our clients most often get wrong and"
            " check every new consignment against it.",
        ),
        (  # a task set in the room, and what the candidate did; the room's reaction not said
            "She asked me to pitch three stories on the spot. I pitched a story about the"
            " reduced opening hours at the Waverley library branch, and she said that was the"
            " one she would run.",
            "When you asked me to pitch three stories on the spot, I pitched a story about the"
            " reduced opening hours at the Waverley library branch.",
        ),
        (
            "She asked me to draft a reply to an angry tenant on the spot. I drafted a short"
            " apology with a repair date.",
            "When you asked me to draft a reply to an angry tenant on the spot, I drafted a"
            " short apology with a repair date.",
        ),
        (  # two spaces between question and answer, "told her" said to the reader
            "she asked how id handle a guy kicking off in the unit at lockup  told her about the"
            " shoplifter who pulled a blade at the supermarket in 2023 and how i kept talking to"
            " him till police came",
            "When you asked how I would handle a guy kicking off in the unit at lockup, I told"
            " you about the shoplifter who pulled a blade at the supermarket in 2023 and how I"
            " kept talking to him till police came.",
        ),
        (  # "i", "im" made right; a why asked without "asked"
            "why leave retail after 11 yrs  i said i want work that matters and im good with"
            " people most others give up on",
            "When you asked why I am leaving retail after 11 years, I said I want work that"
            " matters and I am good with people most others give up on.",
        ),
        (
            "asked re shift handovers -> said i write everything in the log and walk the floor"
            " with the next lead",
            "When you asked about shift handovers, I said I write everything in the log and walk"
            " the floor with the next lead.",
        ),
        (  # the answer in a bracket of its own
            "q about difficult parents (my answer: listen first, then agree a plan in writing)",
            "You asked about difficult parents: I would listen first, then agree a plan in"
            " writing.",
        ),
        (  # "euros" is a word a letter says
            "He asked how I would close a budget gap of roughly 400,000 euros without reducing"
            " the number of concerts. I answered that I would begin with the touring schedule"
            " and a second corporate partner, as I did in Tallinn.",
            "You asked how I would close a budget gap of roughly 400,000 euros without reducing"
            " the number of concerts: I would begin with the touring schedule and a second"
            " corporate partner, as I did in Tallinn.",
        ),
        (  # a no, and the clause that bears the candidate out
            "Dr. Moreau asked whether I have worked with exotic animals. I said no, but I"
            " volunteered at a reptile rescue for two summers.",
            "When you asked whether I have worked with exotic animals, I said no, but I"
            " volunteered at a reptile rescue for two summers.",
        ),
        (
            "asked whether i had driven a 7.5 tonner -> no but ive done the theory test",
            "When you asked whether I had driven a 7.5 tonner, I said no, but I have done the"
            " theory test.",
        ),
        (  # "The answer is yes" is no part of what is said
            "Paul asked whether I could teach some S1-S2 general science as well. The answer is"
            " yes, I taught it for two years at Greenock.",
            "You asked whether I could teach some S1-S2 general science as well: I taught it for"
            " two years at Greenock.",
        ),
    ],
)
def test_question_and_own_answer_said_together(typed: str, said: str) -> None:
    topic = read_topic(typed)
    assert asked_sentence(topic.text, topic.answer) == said


@pytest.mark.parametrize(
    "typed",
    [
        "He asked how I would catch a wrong HS code before a permit is submitted. I said the"
        " zorbix flim.",
        "She asked how I would plan the week. I said yes, I would start on Monday.",
        # a slip owned up to is no answer: "I said no, but I forgot to mention ..." never said
        "Dr. Moreau asked whether I have worked with exotic animals. I said no, but I forgot to"
        " mention that I volunteered at a reptile rescue for two summers.",
        "Ms. Okoye asked how I would run the stocktake without closing the shop. I described"
        " the zonal relayouts we ran at night.",
    ],
)
def test_question_whose_answer_cannot_be_said_is_never_named_alone(typed: str) -> None:
    assert topic_phrase(typed, frozenset()) is None


@pytest.mark.parametrize(
    ("question", "typed", "said"),
    [
        (  # a second sentence run on after a comma is cut: what comes first is said
            "about my cash handling",
            "I told her I count every float twice, it has never been short",
            "I said I count every float twice",
        ),
        (
            "how I would plan the rota",
            "I said I would ask the team first",
            "I would ask the team first",
        ),
        (
            "upselling",
            "i only recommend what the guest would enjoy",
            "I said I only recommend what the guest would enjoy",
        ),
    ],
)
def test_own_answer_in_the_candidate_voice(question: str, typed: str, said: str) -> None:
    from composer.offline.ownanswer import own_answer

    assert own_answer(question, typed) == said
