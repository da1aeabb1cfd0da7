"""gate2 (s33): good sentences the gate stopped (units, a name's own dash, trade words)."""

from __future__ import annotations

import pytest

from composer.offline.flagged import stopped


@pytest.mark.parametrize(
    "sentence",
    [
        "I cut the render time to 40 ms per frame on the new servers.",
        "I kept the spindle at 1200 rpm and the line at 90 psi.",
        "I scanned the plates at 600 dpi and filmed at 25 fps.",
        "I diluted the dose to 5 ml and checked it at 10 mg/L.",
        "I hold the AWS Certified Machine Learning - Specialty certification.",
        "I passed the Microsoft Azure - Solutions Architect Expert exam last spring.",
        "I set up the failover and the firewall rules for the wards.",
        "I mapped the floodplain and the wetland margins for the council.",
    ],
)
def test_good_sentences_pass(sentence: str) -> None:
    assert stopped(sentence) == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "I hit the target - great chat with Sam.",  # a dash between fragments
        "I have done this for 3 mths at the depot.",  # a clipped word after a figure
        "I ran the circ desk at the library.",  # a clipped word with no figure
        "I spent two years at Harbour - then moved to Leeds.",  # a name, no certificate
    ],
)
def test_notes_still_stop(sentence: str) -> None:
    assert stopped(sentence) != ""


def test_a_posts_name_keeps_its_dash() -> None:
    sentence = "Thank you for talking with me about the Room Leader - Toddler Room role at Wattle."
    assert stopped(sentence) == ""
    assert stopped("I met the Room Leader - Toddler Room was great.") != ""
