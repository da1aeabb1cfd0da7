"""A follow-up or clarification typed as a note to self is said as one confident sentence in
the candidate's voice, in any typing style (session 53 round 2; reader 41: "clarification or
follow-up dropped: 6 runs"): a reason typed after the fact ("notice period is 2 months"), an
order typed in a second language ("I want to say better that ..., I did not say it clearly"),
what was meant by words said in the room ("I said 'X' - meant Y"), a plan after "-> say", and
none of a thing since a year. Sentences written by hand."""

from __future__ import annotations

import pytest

from composer.offline.followself import instructed
from composer.offline.phrasebook import Variation


def _first(wording: str) -> bool:  # the test's pick among the wordings: never the variation's
    return wording.startswith(("I should also have mentioned", "To be clear", "To clarify"))


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (  # writer 40, h269
            "(note to self: mention I can start 1 March, notice period is 2 months — forgot to "
            "say)",
            "I should also have mentioned that I can start on 1 March, as my notice period is two "
            "months.",
        ),
        (
            "note to self mention i can start 5 jan notice period is 4 weeks forgot to say",
            "I should also have mentioned that I can start on 5 January, as my notice period is "
            "four weeks.",
        ),
        (  # writer 40, h270 (second-language English)
            "I want to say better that I have also the first aid course for children, renewed in "
            "October 2026, I did not say it clearly.",
            "To be clear, I also have the first aid course for children, renewed in October 2026.",
        ),
        (
            "i need to say more clearly that i have also the HGV class 1 licence, i didnt say it "
            "well",
            "To be clear, I also have the HGV class 1 licence.",
        ),
        (
            "I would like to say again that I speak also fluent Polish, I did not say it clearly",
            "To be clear, I also speak fluent Polish.",
        ),
        (  # writer 40, h272
            "clarify: I said 'no big purchases Q1' - meant no new systems, of course OK to buy "
            "spare parts/tools. sounded too stingy??",
            "To clarify my point about no big purchases in the first quarter: I meant no new "
            "systems; buying spare parts and tools would of course be fine.",
        ),
        (
            "clarify - i said 'no new hires Q2' -> meant no permanent hires, of course ok to hire "
            "temps",
            "To clarify my point about no new hires in the second quarter: I meant no permanent "
            "hires; hiring temps would of course be fine.",
        ),
        (  # writer 40, h274
            "mention I don't know the washers yet -> say I'd do the Jensen operator course 1st "
            "month (she mentioned it)",
            "I would take the Jensen operator course in my first month.",
        ),
        (
            "I don't know Epic yet -> say I'd do the Epic training 1st week (he mentioned it)",
            "I would take the Epic training in my first week.",
        ),
        (
            "note: never used Revit -> say I'd take the Revit course 1st month",
            "I would take the Revit course in my first month.",
        ),
        (  # reader38, h266
            "note to self: clarify safety -> 0 lost-time incidents on my shift since 2023 (i said "
            "'almost none', sounded vague)",
            "To be clear on safety: there have been no lost-time incidents on my shift since 2023.",
        ),
        (
            "clarify quality -> zero customer complaints on my line since 2022 (said 'hardly any')",
            "To be clear on quality: there have been no customer complaints on my line since 2022.",
        ),
        (  # an order to self typed last, with no stop: never said
            "forgot to say i did spanish night classes last yr level 2 should mention",
            "I should also have mentioned that I did Spanish night classes at level 2 last year.",
        ),
        (
            "mention i have my forklift licence should mention",
            "I should also have mentioned that I have my forklift licence.",
        ),
    ],
)
def test_note_to_self_said_as_one_sentence(typed: str, said: str) -> None:
    line = instructed(typed, "warm", "email", Variation("t"), fits=_first)
    line = line or instructed(typed, "warm", "email", Variation("t"), fits=_first, late=True)
    assert line == said
