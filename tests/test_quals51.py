"""Qualifications typed in shorthand said whole and right (session 51, the brief's list of
lines left out on main: readers 30-35's notes h229-h250, and lines made up for the test).
Every expected sentence is written by hand."""

from __future__ import annotations

import pytest

from composer.offline.items import read_point


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # a short form with its stop spelled out ("Univ.", "assoc." ending a name), a town
        # typed in brackets after its school
        (
            "MSc forestry, Univ. of Eastern Finland (Joensuu) 2021",
            "I earned an MSc in forestry at the University of Eastern Finland in Joensuu in 2021.",
        ),
        # a degree typed with its stops is the degree reader's, never a short form unread
        (
            "M.Sc. in Biotechnology from Savitribai Phule Pune University (2021).",
            "I earned an M.Sc. in Biotechnology at Savitribai Phule Pune University in 2021.",
        ),
        # a degree's finish typed with its month short, in brackets, honours after a plus
        (
            "BSc zoology UQ (finished nov 2026) + honours",
            "I earned a BSc in zoology at UQ in November 2026, with honours.",
        ),
        (
            "BA Geography, University of Leeds - finished jul 2019",
            "I earned a BA in Geography at the University of Leeds in July 2019.",
        ),
        # languages typed as a list with "/", a country's code, a level typed once for two,
        # a bracketed last one, a language's own name
        (
            "isiZulu / Sesotho / English (+ some Afrikaans)",
            "I speak isiZulu, Sesotho and English, and some Afrikaans.",
        ),
        ("DK / EN, some DE", "I speak Danish and English, and some German."),
        ("hindi, english, tamil", "I speak Hindi, English and Tamil."),
        (
            "romanian native, english and italian good",
            "I speak good English and Italian, and Romanian is my first language.",
        ),
        ("svenska, english fluent", "I speak Swedish and fluent English."),
        ("welsh / english", "I speak Welsh and English."),
        (
            "english + french good, basic german",
            "I speak good English and French, and basic German.",
        ),
        # a certificate's level typed in lower case; a year after a comma is when it was earned
        ("cert iv electrical design", "I hold a Certificate IV in electrical design."),
        ("certificate iv in aged care, 2019", "I earned a Certificate IV in aged care in 2019."),
        (
            "Certificate in Wound Care (RCN), 2022",
            "I earned a certificate in Wound Care (RCN) in 2022.",
        ),
        # a degree by its own language's name, or typed without its "'s"
        (
            "licenciatura in oral hygiene, 3 years of experience in a clinic in Braga",
            "I hold a licenciatura in oral hygiene and have three years of experience in a clinic"
            " in Braga.",
        ),
        # years at one place and the posts held there in turn, joined by an arrow
        (
            "12 yrs @ large brewery in Plzeň: shift brewer -> deputy brewmaster (last 5 yrs)",
            "I have spent twelve years at a large brewery in Plzeň, starting as a shift brewer and"
            " working as a deputy brewmaster for the last five.",
        ),
        (
            "7 yrs @ Hilton Leeds - receptionist -> front office mgr",
            "I have spent seven years at Hilton Leeds, starting as a receptionist and rising to"
            " front office manager.",
        ),
        (
            "9 years at a regional airport: ramp agent -> duty manager, last 3",
            "I have spent nine years at a regional airport, starting as a ramp agent and working"
            " as a duty manager for the last three.",
        ),
        ("laurea in economics, Bocconi 2018", "I earned a laurea in economics at Bocconi in 2018."),
        (
            "bachelor nautical science, HVL Haugesund, finished june 2026",
            "I earned a bachelor's in nautical science at HVL Haugesund in June 2026.",
        ),
    ],
)
def test_a_qualification_typed_short_is_said_whole(typed: str, said: str) -> None:
    assert read_point(typed).sentence() == said
