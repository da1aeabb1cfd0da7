"""How a measured result was got, typed after its dash as things (`dashmeans`), and a sum cut
"by" (census 16 f04 and reader 16 h124 were left out). Expected sentences written
by hand; the lines besides the census's and reader 16's are of made-up candidates (a dental
practice manager, an online shop owner, a DBA)."""

from __future__ import annotations

import pytest

from composer.offline.dashmeans import means_listed
from composer.offline.items import read_point


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "cut onboarding 8 wks -> 4 at fieldnote - templated kickoff + weekly check ins",
            "I cut onboarding from eight weeks to four at Fieldnote with a templated kickoff and"
            " weekly check-ins.",
        ),
        (
            "cut draught wastage from 5% to 2% at the quays - line cleaning rota + weekly counts",
            "I cut draught wastage from 5% to 2% at the quays with a line cleaning rota and weekly"
            " counts.",
        ),
        (
            "cut no-shows from 20% to 8% - text reminders + a waitlist",
            "I cut no-shows from 20% to 8% with text reminders and a waitlist.",
        ),
        (
            "cut returns by 30% - new packaging + better photos",
            "I cut returns by 30% with new packaging and better photos.",
        ),
        ("cut write-offs about $410k/yr", "I cut write-offs by about $410,000 a year."),
        ("cut costs about $2m/yr", "I cut costs by about $2m a year."),
    ],
)
def test_how_a_measured_result_was_got_is_said_with_it(line: str, said: str) -> None:
    assert read_point(line).sentence() == said


@pytest.mark.parametrize(
    "after",
    [
        "zero downtime, 2 rollbacks, prod freeze",  # what came of it, not how
        "killed discounts, weekly calls",  # an action among the things
        "moved to QBRs",  # an action: `figures.after_dash` says it ("by moving to QBRs")
        "passed first time",
    ],
)
def test_no_means_when_a_part_is_no_thing(after: str) -> None:
    assert means_listed(after) is None


def test_a_sum_raised_takes_no_by() -> None:
    assert read_point("raised donations $40k").sentence() == "I raised donations $40,000."
