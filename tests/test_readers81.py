"""Session 81: a figure said wrong in the interview, read in one general way from any field
(`wrongfigure`), and a line marked for any reader that opens a letter. Every expected sentence
is written here by hand."""

from __future__ import annotations

import pytest

from composer.offline.wrongfigure import read
from tests.test_readers65 import readers_letters

LEAD = "One correction to what I said in the interview: "


def body_of_panel(notes: object) -> dict[str, str]:
    """Each panellist's letter for `notes`, composed the day after the interview."""
    import datetime as dt

    from composer.compose import compose

    today = notes.interview.date + dt.timedelta(days=1)  # type: ignore[attr-defined]
    return {one.to: " ".join(one.text.split()) for one in compose(notes, today=today)}  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # what was said, the right figure put in its place
        (
            "Correction to what I said in the interview: I told Mrs Lindsay that our mash tun "
            "takes 14,000 kilos of grist. The correct figure is 11,000 kilos; I misremembered.",
            "our mash tun takes 11,000 kilos of grist, not 14,000",
        ),
        (
            "I said that I had restored about forty clocks; the correct number is thirty-four.",
            "I have restored about thirty-four clocks, not forty",
        ),
        (
            "I told him the Kestrel pump was tested at 35 bar but correct is 32 bar.",
            "the Kestrel pump was tested at 32 bar, not 35",
        ),
        # a year put right with the month typed before it
        (
            "My licences. I told her I have held my skipper ticket since 2026. That was wrong: "
            "it was issued in March 2027. My first aid was renewed last year.",
            "I have held my skipper ticket since March 2027, not 2026",
        ),
        # out of the reported past: a deed at a time named is past
        (
            "I told him that I had completed the winch course in March 2029. That was wrong: it "
            "was in March 2030.",
            "I completed the winch course in March 2030, not 2029",
        ),
        # the candidate's own statement typed first
        (
            "I ringed 52 chicks last season. In the interview I said 60, which was wrong.",
            "I ringed 52 chicks last season, not 60 as I said",
        ),
        # a head the figure is about
        ("humidity - she asked the limit, i said 14% (wrong, its 11%)",
         "on humidity, the right figure is 11%, not 14%"),
        # what is counted, said whole; a point for thousands typed in a second language
        (
            "I say in interview the cooperative sheared 2.400 alpacas in 2031, is wrong!! "
            "correct is 4.200. I was nervous",
            "the right figure is 4,200 alpacas, not 2,400",
        ),
        ("said 26 crates/day in season, actually 21 - correct it",
         "the right figure is 21 crates a day, not 26"),
        # the right figure among others, by what it counts
        (
            "told him I ringed ~70 chicks at Skokholm. WRONG - 70 = all birds over 2 seasons, "
            "chicks maybe 25. must correct",
            "I ringed about 25 chicks at Skokholm, not 70",
        ),
        (
            "I told Sam I had logged about 600 climbs. That was wrong: it is 820 logged climbs, "
            "300 of them guided.",
            "I have logged about 820 climbs, not 600",
        ),
        # what the figure is, typed before it
        ("said Kettle Hill rebuild = 18% over budget -> WRONG, was 13%. fix",
         "on Kettle Hill rebuild, the right figure is 13%, not 18%"),
        # a start date put right, the soonest typed beside "earliest"
        (
            "I told them I could start on 1 May. My notice at the depot runs to 20 May, so "
            "23 May is the earliest realistic start. I should correct that.",
            "I could start on 23 May, not 1 May",
        ),
        ("fix: i told him i could start sept 2 -> wrong, lease runs to sept 14, so sept 15 "
         "earliest. need to say that.", "I could start on 15 September, not 2 September"),
        # a clause typed with the right figure and the wrong one after "not"
        ("I say wrong year - my forklift licence is from 2024 not 2022, please correct",
         "my forklift licence is from 2024, not 2022"),
    ],
)  # fmt: skip
def test_a_figure_said_wrong_is_put_right_in_a_sentence(typed: str, said: str) -> None:
    found = read(typed)
    assert found is not None
    assert found.line == f"{LEAD}{said}."


@pytest.mark.parametrize(
    "typed",
    [
        "I said we cut 40 tonnes last year.",  # nothing marks it wrong
        "told him 300 bales/day -- WRONG, was ~300/WEEK. fix",  # the same figure, another unit
        "I said our trial ran over the winters 2019 to 2024; that is correct.",  # a range
        "I said I know ISO 17025 well, which was not right: only 9001",  # a standard's number
        "I told her each bell is tuned within two cents. That is correct for bells above 15 kg.",
        "forgot to say I hold 3 licences, wrong of me",  # nothing was said
        "I said that the plant is big. Actually it is huge.",  # no figure
        "told her weed cover 30% → 12%. WRONG. was 30 → 15. fix",  # a change, not a figure
    ],
)
def test_a_line_with_no_figure_put_right_has_no_reading(typed: str) -> None:
    assert read(typed) is None


def test_a_correction_typed_as_a_highlight_reaches_the_letter() -> None:
    # reader 379's h1587: "Correction to what I said in the interview: I told Mrs Grierson that
    # our wash stills at Dalcraig are charged with 21,000 litres. The correct figure is 12,000
    # litres; I transposed the digits." (a highlight, left out before)
    letter = readers_letters("reader370/h1587.json")["Elspeth Grierson"]
    assert "our wash stills at Dalcraig are charged with 12,000 litres, not 21,000." in letter
    assert "transposed" not in letter and "I told Mrs Grierson" not in letter


def test_a_line_marked_for_any_reader_is_said_in_a_panel() -> None:
    # reader 379's h1592: "zero fatalities on any trip I led in 19 years - MUST say" (a
    # highlight marked for no one reader, in no letter before)
    letters = readers_letters("reader370/h1592.json")
    assert sum("zero fatalities" in text for text in letters.values()) == 1
    assert "MUST" not in " ".join(letters.values())


def test_a_figure_set_against_another_takes_no_with() -> None:
    # round 59's h1552, said as its correction: "..., not 60" is no result of the work
    from composer.offline.tidy import with_tail

    assert with_tail("I treated about 15 cases at Manang, not 60") == (
        "I treated about 15 cases at Manang, not 60"
    )
    assert with_tail("I led the migration, zero downtime") == (
        "I led the migration, with zero downtime"
    )


def test_a_correction_typed_in_the_follow_up_is_said_as_one_sentence() -> None:
    from composer.notes_file import load_notes
    from composer.offline.secondnotes import normalised
    from tests.test_readers65 import READERS

    notes = load_notes(READERS / "reader370/h1587.json")  # one reader: Mrs Grierson
    typed = (
        "In the interview I said that our base ran 64 trips last season. The correct figure is "
        "46; 64 was the season before. I would like to correct this briefly. I will enclose the "
        "cut log."
    )
    follow = normalised(notes.model_copy(update={"follow_up": typed})).follow_up or ""
    assert (
        "One correction to what I said in the interview: our base ran 46 trips last season, not 64."
    ) in follow
    assert "correct this briefly" not in follow and "cut log" in follow


def test_a_point_the_candidate_calls_irrelevant_is_left_out() -> None:
    # reader 379's h1590: "lifeguard cert (lol)", said as "relevant experience" before; and
    # h1588: "I coached the school's robotics team ..., which is not relevant here but ..."
    letters = readers_letters("reader370/h1590.json")
    assert not any("lifeguard" in text for text in letters.values())
    assert any("poster" in text for text in letters.values())  # the other points stay
    letters = readers_letters("reader370/h1588.json")
    assert not any("robotics" in text for text in letters.values())


def test_a_correction_for_one_panellist_named_by_an_initial_goes_to_them() -> None:
    from composer.notes_file import load_notes
    from composer.offline.secondnotes import normalised
    from tests.test_readers65 import READERS

    notes = load_notes(READERS / "reader370/h1592.json")  # Joanne, Tendai, Priscilla
    typed = "CORRECTION: said we had 19 rafts -> actually 16. fix in letter to Ms N. send photos."
    follow = normalised(notes.model_copy(update={"follow_up": typed})).follow_up or ""
    assert follow.startswith("for Priscilla: ") and "16" in follow.split(".")[0]
    assert "fix in letter" not in follow
    letters = body_of_panel(notes.model_copy(update={"follow_up": typed}))
    assert "16" in letters["Priscilla Nkonde"] and "19 rafts" not in letters["Joanne Siamwiza"]


def test_an_order_to_correct_what_is_corrected_already_is_left_out() -> None:
    from composer.notes_file import load_notes
    from composer.offline.secondnotes import normalised
    from tests.test_readers65 import READERS

    notes = load_notes(READERS / "reader370/h1587.json")
    typed = (
        "I told Mrs Grierson the still holds twelve thousand litres; it holds nine thousand. "
        "I also need to correct the size I gave her (nine thousand litres, not twelve thousand)."
    )
    follow = normalised(notes.model_copy(update={"follow_up": typed})).follow_up or ""
    assert "need to correct" not in follow and "nine thousand" in follow


def test_a_start_date_put_right_fits_a_linkedin_note() -> None:
    # round 63's h1613 shape, to one reader: "I told them I could start on 1 August. ... so 16
    # August is the earliest realistic start. I should correct that."
    from composer.notes_file import load_notes
    from tests.test_readers65 import READERS

    notes = load_notes(READERS / "reader370/h1594.json")  # a LinkedIn note to one reader
    typed = (
        "I told her I could start on 1 September. My course ends on 12 September, so 15 "
        "September is the earliest realistic start. I should correct that."
    )
    (note,) = body_of_panel(notes.model_copy(update={"follow_up": typed})).values()
    assert "I could start on 15 September, not 1 September." in note
    assert "I should correct that" not in note


def test_a_panels_topic_correction_is_not_ordered_again() -> None:
    # reader 385's h1612: the topic "I told her that the Muscat herd had forty-two oryx ... That
    # was wrong: it was thirty-four." and the follow-up's "I also need to correct the herd size I
    # gave Dr. Bellamy (thirty-four oryx, not forty-two)." said both in one letter
    letters = readers_letters("reader384/h1612.json")
    told = [text for text in letters.values() if "thirty-four" in text]
    assert len(told) == 1 and "need to correct" not in told[0]
