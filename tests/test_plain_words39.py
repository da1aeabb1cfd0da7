"""Words newer than the word tables that a letter says as typed, and a careful line's capital
article said mid-sentence (session 39, reader 19 h152: a trading standards officer's "underage
vape sales" was left out three times as a note's word, typed in the notes and twice at `compose
--ask`; "I have The CTSI ... qualification"). Expected sentences written by hand."""

from __future__ import annotations

from composer.offline.items import read_point
from composer.offline.lastgate import last_gate


def test_a_result_about_vape_sales_is_said() -> None:
    line = "Led a test-purchasing operation that resulted in three prosecutions for underage vape"
    point = read_point(f"{line} sales.")
    assert point is not None
    said = point.sentence()
    assert said == (
        "I led a test-purchasing operation that resulted in three prosecutions for underage vape "
        "sales."
    )
    assert last_gate(said) == ""


def test_a_careful_lines_capital_article_is_said_mid_sentence() -> None:
    # reader 19 h152: "I have The CTSI Trading Standards Practitioner qualification, ..."; and
    # a line typed "The NEBOSH General Certificate." was said "I hold a The NEBOSH ..."
    held = read_point("The NEBOSH General Certificate.")
    assert held is not None and held.sentence() == "I hold the NEBOSH General Certificate."
    degree = read_point("An MSc in Data Science from Bath")
    assert degree is not None and degree.sentence() == "I hold an MSc in Data Science from Bath."
    # a whole sentence of the candidate's keeps its capital
    grew = read_point("The team grew from 3 to 8.")
    assert grew is not None and grew.sentence() == "The team grew from 3 to 8."


def test_commerce_and_technology_degrees_are_degrees() -> None:
    # reader 19 h149 typed "BCom (Unisa, part time)": no degree of commerce was known
    said = {
        "BCom from Unisa": "I hold a BCom from Unisa.",
        "MCom accounting UCT": "I hold an MCom in accounting from UCT.",
    }
    for line, sentence in said.items():
        point = read_point(line)
        assert point is not None and point.sentence() == sentence


def test_a_schemes_level_typed_first_is_read() -> None:
    # a chef's notes (session 39): "level 3 NVQ prof cookery" was left out
    for line in ("level 3 NVQ prof cookery", "NVQ level 3 prof cookery"):
        point = read_point(line)
        assert point is not None
        assert point.sentence() == "I hold an NVQ Level 3 in professional cookery."


def test_one_weekend_is_said_in_words() -> None:
    # reader 19 h149: "I moved the whole office two floors and IT over 1 weekend, ..."
    point = read_point("moved our whole office 2 floors + IT over 1 wknd, no downtime")
    assert point is not None
    assert point.sentence() == (
        "I moved the whole office two floors and IT over one weekend, with no downtime."
    )
