"""The last gate stops a sentence whose own shape is broken, whatever note it came from
(`composer.offline.dangling`), and passes the English shapes that look like them. Every row is
made up for a trade of its own and written by hand."""

from __future__ import annotations

import pytest

from composer.offline.dangling import dangling
from composer.offline.flagged import stopped
from composer.offline.pasted import pasted


@pytest.mark.parametrize(
    ("broken", "named"),
    [
        # a preposition after a noun at the very end: its object was lost
        ("I enjoyed our talk about the night rota with.", "'with'"),
        ("Thank you for explaining the tender process for.", "'for'"),
        # a word that never ends a sentence
        ("I would bring six years of kiln work and the.", "'the'"),
        ("I hope the move to the new depot goes well and.", "'and'"),
        # two notes' marks side by side
        ("I spent nine years on the tugs -, the last three as skipper.", "'-,'"),
        ("I ran the stores for the fleet ,, and the fuel budget.", "',,'"),
    ],
)
def test_a_sentence_broken_in_its_own_shape_is_stopped(broken: str, named: str) -> None:
    assert named in dangling(broken)
    assert stopped(broken)  # the last gate asks it


@pytest.mark.parametrize(
    ("broken", "named"),
    [
        # "which" straight after a verb and its preposition points back at nothing (read by
        # `pasted` beside its twin, "which" and a verb straight after a preposition)
        ("I keep thinking about what you said about which crews go first.", "'about which crews'"),
        ("We talked over which sites need a survey.", "'talked'"),
        ("I liked what you said about which is best.", "'said'"),
        # a line's first word, an adjective, pasted with its capital mid-sentence
        ("I would hope to bring Thorough, patient training to the yard.", "'Thorough'"),
        ("I can offer Reliable weekend cover for the kitchen.", "'Reliable'"),
    ],
)
def test_a_piece_of_a_note_pasted_whole_is_stopped(broken: str, named: str) -> None:
    assert named in pasted(broken)
    assert stopped(broken)


@pytest.mark.parametrize(
    "sent",
    [
        # a preposition left at the end of a relative clause, or after a verb or an adverb
        "The new paint line was the part I was most curious about.",
        "This is the depot you told me about.",
        "The survey is something I look forward to.",
        "The cold store was the one you showed me around.",
        "It is a team I would be proud to be part of.",
        # "which" with its noun before it
        "I led the audit, which cut returns by a third.",
        "I know the site on which the new depot will stand.",
        # a capital of a name: after a preposition, or inside a name of several words
        "I grew sales by 18% at Ardent, and I trained four sales staff.",
        "I would be glad to hear of other roles at Frostbyte Interactive as well.",
        "Thank you for recommending the Careful Builder podcast; I will listen to it.",
        "I hold a Level 3 certificate in hot work.",
        # a dash used as a dash
        "I spent nine years on the tugs - the last three as skipper.",
    ],
)
def test_an_english_shape_that_looks_like_one_passes(sent: str) -> None:
    assert dangling(sent) == "" and pasted(sent) == "", sent
