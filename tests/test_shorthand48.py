"""CV lines and topics typed as shorthand noun phrases, said as a careful person writes them
(session 48; reader 29 found raw note wording in 10 of 17 letters: "I have experience in audit
trainee KPMG", "I have Six Sigma green belt", "I also have experience mining engineer
(Universidad de Antofagasta) and MBA (...)", "I was glad we touched on kitchen brigade nine
people"). Expected sentences written by hand."""

from __future__ import annotations

import pytest

from composer.offline.casing import sentence
from composer.offline.items import read_point
from composer.offline.topics import read_topic


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # a post, its span, the employer and its place, in any order, with no verb
        (
            "2 yrs audit trainee KPMG Bristol",
            "I have spent two years as an audit trainee at KPMG in Bristol.",
        ),
        (
            "staff nurse 4 yrs Royal Infirmary Edinburgh",
            "I have spent four years as a staff nurse at the Royal Infirmary in Edinburgh.",
        ),
        (
            "Operations Manager, Maersk Rotterdam (2019-2023)",
            "I was an Operations Manager at Maersk Rotterdam from 2019 to 2023.",
        ),
        (
            "data engineer, Spotify Stockholm, 2019-2022",
            "I was a data engineer at Spotify Stockholm from 2019 to 2022.",
        ),
        (
            "pharmacist, Boots, 3 yrs, Leeds",
            "I have spent three years as a pharmacist at Boots in Leeds.",
        ),
        (  # a hospital named by its own name takes no "the"
            "charge nurse 2 yrs Beaumont Hospital",
            "I have spent two years as a charge nurse at Beaumont Hospital.",
        ),
        (
            "5 yrs analyst Morgan Stanley",  # a name of two words kept whole
            "I have spent five years as an analyst at Morgan Stanley.",
        ),
        # two credentials, each with its school in brackets
        (
            "Mining engineer (Universidad de Antofagasta) and MBA (Universidad Adolfo Ibáñez)",
            "I qualified as a mining engineer at the Universidad de Antofagasta and hold an MBA"
            " from the Universidad Adolfo Ibáñez.",
        ),
        (
            "BA History (Durham) and MA Archives (UCL)",
            "I hold a BA in History from Durham and an MA in Archives from UCL.",
        ),
        (
            "BSc Nursing (UCD) + MSc Public Health (LSHTM)",
            "I hold a BSc in Nursing from UCD and an MSc in Public Health from LSHTM.",
        ),
        (  # the first part's honours kept apart from the second part
            "BA (Hons) History (Durham) and MA Archives (UCL)",
            "I hold a BA in History from Durham, with honours, and an MA in Archives from UCL.",
        ),
        # a rank held, with its article
        ("Six Sigma green belt", "I hold a Six Sigma green belt."),
        ("karate black belt", "I hold a karate black belt."),
    ],
)
def test_cv_lines_typed_as_parts_are_said_whole(line: str, said: str) -> None:
    item = read_point(line)
    assert item.said is not None, item.why
    assert sentence(item.said.text()) == said


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("food cost 34% -> wants under 30 by Q3", "the food cost of 34%"),
        ("kitchen brigade 9 ppl, 2 new commis, rota a mess", "the kitchen brigade of nine people"),
        ("ward occupancy 95%, beds blocked by discharges", "the ward occupancy of 95%"),
        ("call volume 2k/day, 3 agents off sick", "the call volume of 2,000 a day"),
    ],
)
def test_a_topic_with_its_figure_and_a_tail_keeps_the_figure(typed: str, said: str) -> None:
    assert read_topic(typed, frozenset()).full == said


@pytest.mark.parametrize(
    ("line", "said"),
    [
        ("CPA, Big 4 audit background", "I am a CPA with a Big 4 audit background."),
        ("RN, ICU background", "I am an RN with an ICU background."),
    ],
)
def test_a_standing_with_its_background(line: str, said: str) -> None:
    item = read_point(line)
    assert item.said is not None, item.why
    assert sentence(item.said.text()) == said


@pytest.mark.parametrize(
    "typed", ["Q400 -> Dash 8-100 fleet mix, phase-out ~2028", "A320 -> A321neo swap"]
)
def test_a_model_code_alone_before_an_arrow_is_left_out(typed: str) -> None:
    # was "what you told me about Q400": the code says nothing of what was discussed
    assert read_topic(typed, frozenset()).text == ""


@pytest.mark.parametrize(
    ("line", "wrong"),
    [
        ("welder 8 yrs MIG TIG", "at MIG TIG"),
        ("engineer 5 yrs AutoCAD Revit", "at AutoCAD"),
        ("3 yrs analyst Python SQL", "at Python"),
        ("electrician 6 yrs JIB Gold Card", "at JIB Gold Card"),
        ("Lead Developer, Shopify Ottawa, 2020-present", "a Lead at Developer"),
    ],
)
def test_tools_or_a_card_are_never_said_as_the_employer(line: str, wrong: str) -> None:
    item = read_point(line)
    assert item.said is None or wrong not in item.said.text()
