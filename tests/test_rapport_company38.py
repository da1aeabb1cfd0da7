"""Personal notes of session 38. A trip wished well without the spouse or partner going along
(composer/offline/rapportgate.without_company): read back, it reads as a private detail (census16
f04, judged badly); a relative or a friend named with a trip stays. Tickets to an event of
theirs (rapportcoming) are wished well with the event. Expected lines by hand."""

from __future__ import annotations

import pytest

from composer.offline.rapport import rapport_line
from composer.offline.rapportgate import without_company


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("off to lisbon for new year w/ his wife",
         "I hope your trip to Lisbon for New Year goes well."),
        ("flying to rome with her husband next month",
         "I hope your trip to Rome next month goes well."),
        ("heading to crete w/ her partner in june",
         "I hope your trip to Crete in June goes well."),
        # session 39: nor a sister, the children or the family (who goes is theirs to say)
        ("off to lisbon w her sister in may",
         "I hope your trip to Lisbon in May goes well."),
        ("off to bali w/ her husband + the kids over xmas",
         "I hope your trip to Bali over Christmas goes well."),
        ("Walking the Camino de Santiago with his daughter in April",
         "Have a great time walking the Camino de Santiago in April."),
        # a club going along is no family detail; nor is a family outing that is no trip
        ("going to the lakes with her running club in may",
         "I hope your trip to the lakes with your running club in May goes well."),
    ],
)  # fmt: skip
def test_a_trip_is_wished_well_without_a_spouse(note: str, expected: str) -> None:
    line = rapport_line(note, ["Sam Carter", "Sam"], tone="warm", channel="email")
    assert line.text == expected


def test_company_is_the_family_on_a_trip() -> None:
    assert without_company("trip to Oslo with your wife") == "trip to Oslo"
    assert without_company("trip to Oslo with your brother and two kids") == "trip to Oslo"
    for kept in ("trip to Oslo with your club", "spending Christmas with the grandchildren"):
        assert without_company(kept) == kept


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("has tix to the leafs game sat", "Enjoy the Leafs game on Saturday."),
        ("got tickets to the cup final on saturday", "Enjoy the cup final on Saturday."),
        ("has 2 tickets for the saints match next weekend", "Enjoy the Saints match next weekend."),
        # a name typed bare in lower case may be a band's or a show's: left out
        ("has tickets to the cure in june", None),
        ("has tickets for hamilton next week", None),
    ],
)
def test_tickets_to_an_event_are_wished_well(note: str, expected: str | None) -> None:
    line = rapport_line(note, ["Sam Carter", "Sam"], tone="warm", channel="email")
    assert line.text == expected
