"""The small words a result typed as a note leaves out, put back (`pointarticles`): census 16
and reader 16 said "I grew rebooking rate to 80%", "I ran kids reading club Saturday mornings",
"I grew from 8 to 22 branches", "I managed 180 properties with the rent arrears under 2%" and
"My PTs went from average 18 to 26 sessions a week". Expected sentences written by hand; lines
besides the census's and reader 16's are of made-up candidates (a lifeguard lead, a bakery
owner, a fleet manager)."""

from __future__ import annotations

import pytest

from composer.offline.items import read_point


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "grew rebooking rate to 80% at previous salon",
            "I grew the rebooking rate to 80% at my previous salon.",
        ),
        ("ran kids reading club sat mornings", "I ran the kids reading club on Saturday mornings."),
        (
            "ran swim safety course sunday mornings",
            "I ran the swim safety course on Sunday mornings.",
        ),
        (
            "ran DR test that cut RTO from 24h to 4h",
            "I ran the DR test that cut RTO from 24 hours to four hours.",
        ),
        # a kitchen's section run alone, and a day after it (session 39, a chef's notes)
        (
            "ran fish section solo on sat nights",
            "I ran the fish section solo on Saturday nights.",
        ),
        ("ran news desk at the Examiner", "I ran the news desk at the Examiner."),
        (
            "grew from 8 to 22 branches in 4 yrs",
            "I led the growth from 8 to 22 branches in four years.",
        ),
        ("expanded from 2 to 9 bakeries", "I led the growth from two to nine bakeries."),
        (
            "Managed 180 properties with rent arrears under 2%",
            "I managed 180 properties with rent arrears under 2%.",
        ),
        (
            "looked after 60 vans w/ breakdowns under 3%",
            "I looked after 60 vans with breakdowns under 3%.",
        ),
        (
            "my PTs went from avg 18 to 26 sessions/wk",
            "My PTs went from an average of 18 to 26 sessions a week.",
        ),
    ],
)
def test_the_small_words_a_note_leaves_out_are_put_back(line: str, said: str) -> None:
    assert read_point(line).sentence() == said


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("ran social media for the shop", "I ran social media for the shop."),  # no counted head
        ("led the lab thru the audit", "I led the lab through the audit."),  # an article typed
        ("trained new lifeguards sat mornings", "I trained new lifeguards on Saturday mornings."),
    ],
)
def test_no_article_where_the_thing_is_not_one_counted_thing(line: str, said: str) -> None:
    assert read_point(line).sentence() == said
