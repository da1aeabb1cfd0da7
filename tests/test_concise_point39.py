"""A concise letter keeps one of the candidate's points (session 39: reader 18 h141's concise
letter to Sinéad Mulcahy had its one point, "On top of that, I hold a BA in journalism from UCC.",
left out as the extra point a concise letter drops, and broke the qualifications rule). The
sentences are made up; the length counted is words, the channel's least is given."""

from __future__ import annotations

from composer.offline.body import Sentence
from composer.offline.tone import shortened


def _words(sentences: list[Sentence]) -> int:
    return sum(len(s.text.split()) for s in sentences)


THANKS = Sentence(
    "thanks", 0, "Thank you for the call yesterday about the Glazier role at Clearview."
)
TOPIC = Sentence("topic", 1, "I enjoyed our talk about the curtain wall job on Dock Street.")
STEP = Sentence("next_step", 5, "I look forward to hearing from you by Friday.")


def test_the_one_point_stays_when_it_is_an_extra_point() -> None:
    only = Sentence("point_more", 1, "On top of that, I hold a City and Guilds Level 3 in glazing.")
    offer = Sentence("contribution", 2, "I would bring a tidy, careful way of fitting.")
    kept = shortened([THANKS, only, TOPIC, offer, STEP], "concise", _words, low=10)
    assert only in kept
    assert offer not in kept  # what a concise letter leaves out still goes


def test_of_two_points_one_goes_and_one_stays() -> None:
    summary = Sentence("summary", 1, "I hold a City and Guilds Level 3 in glazing.")
    more = Sentence("point_more", 1, "Beyond that, I fitted the glass roof at Hanley Market.")
    kept = shortened([THANKS, summary, more, TOPIC, STEP], "concise", _words, low=10)
    assert len([s for s in kept if s in (summary, more)]) == 1


def test_a_warm_letter_keeps_everything() -> None:
    more = Sentence("point_more", 1, "Beyond that, I fitted the glass roof at Hanley Market.")
    letter = [THANKS, more, TOPIC, STEP]
    assert shortened(letter, "warm", _words, low=10) == letter
