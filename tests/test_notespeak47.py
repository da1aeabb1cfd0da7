"""Note-speak mended before a sentence's articles (`notespeak`, via `bareheads.said`): a size
typed as a number and a count noun ("650 cow farm"), a place named straight after the noun it
locates ("farm Matamata"), a bare adjective for its field ("in palliative"), a post after
"promoted to" kept bare. Expected sentences written by hand; phrases whose reading is not sure
are left as typed."""

import pytest

from composer.offline.bareheads import said
from composer.offline.cvarticles import articles

MENDED = [
    (
        "I have eight years of dairy experience, the last three as 2IC on 650 cow farm Matamata.",
        "I have eight years of dairy experience, the last three as 2IC on a 650-cow farm in "
        "Matamata.",
    ),
    (
        "Thank you as well for discussing home visits Kibera and Mathare with me.",
        "Thank you as well for discussing home visits in Kibera and Mathare with me.",
    ),
    (
        "I have nine years of nursing experience, four of them in palliative.",
        "I have nine years of nursing experience, four of them in palliative care.",
    ),
    ("I ran a clinic at busy practice Halifax.", "I ran a clinic at a busy practice in Halifax."),
    ("I worked at 5 star hotel Doha.", "I worked at a 5-star hotel in Doha."),
    (
        "I led the night crew on 300 bed hospital Gqeberha for two years.",
        "I led the night crew on a 300-bed hospital in Gqeberha for two years.",
    ),
    (
        "I have six years of plumbing, the last two in commercial.",
        "I have six years of plumbing, the last two in commercial work.",
    ),
    ("I was promoted to deputy principal in 2023.", "I was promoted to deputy principal in 2023."),
    ("I fixed a leak at sewing centre.", "I fixed a leak at a sewing centre."),
    (
        "I was the night lead at 40 bed care home Moncton.",
        "I was the night lead at a 40-bed care home in Moncton.",
    ),
    (
        "I coordinated weekend clinics Techiman and Bolgatanga.",
        "I coordinated weekend clinics in Techiman and Bolgatanga.",
    ),
]

LEFT = [
    "I managed 3 team members.",  # a count of members, not a size
    "I ran the 2025 harvest season.",  # a year
    "I worked at accounting firm Deloitte in Leeds.",  # a firm's own name
    "I mentored new starters Priyanka and Tomasz.",  # people, not places
    "I have four years of sales, two in commercial.",  # no trade named: which field is unsure
    "I spent two years in residential.",  # care or building: unsure
    "I trained 15 new agents on Opera.",
    "I prepared 120 bird study skins for the county survey.",  # a count of skins
    "I wrote enrichment plans for 4 lemur species.",
    "I hold a Level 3 food safety certificate.",  # a level, not a size
    "I processed more than 120 land use consents.",
]


@pytest.mark.parametrize(("typed", "expected"), MENDED)
def test_note_speak_mended(typed: str, expected: str) -> None:
    assert said(typed, "point") == expected


@pytest.mark.parametrize("typed", LEFT)
def test_unsure_phrases_left_as_typed(typed: str) -> None:
    assert said(typed, "point") == typed


# A thing of theirs in a topic's sentence: a counted place, a noun ending as a doing does.
THEIRS = [
    (
        "I enjoyed our talk about weekend cover with partner practice.",
        "I enjoyed our talk about weekend cover with the partner practice.",
    ),
    (
        "I valued the time we spent on staffing for new wing.",
        "I valued the time we spent on staffing for the new wing.",
    ),
]


# A field of work named like a place keeps no article.
FIELD_TOPIC = "I especially enjoyed our conversation about commercial property."


def test_a_field_named_like_a_place_left_bare() -> None:
    assert said(FIELD_TOPIC, "topic") == FIELD_TOPIC


@pytest.mark.parametrize(("typed", "expected"), THEIRS)
def test_their_things_take_the(typed: str, expected: str) -> None:
    assert said(typed, "topic") == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("promoted to deputy principal 2023", "promoted to deputy principal 2023"),
        ("promoted to night manager after 8 months", "promoted to night manager after 8 months"),
    ],
)
def test_a_post_after_promoted_kept_bare(typed: str, expected: str) -> None:
    assert articles(typed) == expected
