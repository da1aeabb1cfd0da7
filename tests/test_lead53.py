"""Reader 39's slips in a contribution (session 53), as classes: two describing words of one
thing parted by a comma are no list ("early, honest consultation" was said "early, and honest
consultation"); a bare singular thing joined by "and" takes its own article ("and team that
stays" was pasted as typed). A sentence carries one colon; a lower-case typist's "full licence
clean", "de escalation" and "sick days way down after ..." are said as a letter says them; a
second-language writer's "grow up" is past. Expected sentences written by hand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from composer import compose
from composer.notes_file import load_notes
from composer.offline import lexicon
from composer.offline.asidekinds import town_placed
from composer.offline.casing import one_colon
from composer.offline.figures import went_much
from composer.offline.items import read_point
from composer.offline.misfits import misfit
from composer.offline.notejoins import loose_join
from composer.offline.offer import read_offer
from composer.offline.prefixes import joined
from composer.offline.secondlanguage import mended
from composer.offline.secondphrases import mended_phrases
from composer.offline.shorthand import expand
from tests.fakes import letters_day_after


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # reader 39's h260 (formal): "... rests on early, and honest consultation."
        (
            "Stable finances and a working relationship with the musicians that rests on early,"
            " honest consultation.",
            "I would bring stable finances and a working relationship with the musicians that"
            " rests on early, honest consultation.",
        ),
        # reader 39's h266: "... and help build safer shifts and team that stays."
        (
            "less downtime, safer shifts, team that stays",
            "I would like to aim for less downtime, and help build safer shifts and a team that"
            " stays.",
        ),
        ("steady pair of hands and crew that stays",
         "I would like to bring a steady pair of hands and a crew that stays."),
        ("patient manner and team that trusts each other",
         "I would like to bring a patient manner and a team that trusts each other."),
        # as typed: the things have what they need, or are many
        ("accurate records and a calm courtroom",
         "I would bring accurate records and a calm courtroom."),
        # reader 37's h252: "bring steady nights, with crew that stays and orders out ..."
        ("steady nights - crew that stays + orders out the door on time",
         "I would bring steady nights, with a crew that stays and orders out the door on time."),
        ("help build morale and staff who stay",
         "I would like to help build morale and staff who stay."),
    ],
)  # fmt: skip
def test_a_contribution_s_things_each_take_their_article(typed: str, said: str) -> None:
    offer = read_offer(typed)
    assert offer is not None
    assert offer.plain() == said


def test_a_canvass_is_one_and_finances_are_many() -> None:
    # "a canvass" was stopped as "'a' before a plural" once "finances" was read as one
    assert not lexicon.is_plural_noun("canvass")
    assert not lexicon.is_plural_noun("mass")
    assert lexicon.is_plural_noun("finances")


@pytest.mark.parametrize(
    ("sentence", "flagged"),
    [
        ("I would bring a relationship that rests on early, honest consultation.", False),
        ("I would bring calm, clear communication with families.", False),
        # a list with no "and" is still one
        ("I would bring stronger audits, fewer repeat findings.", True),
    ],
)
def test_two_describing_words_parted_by_a_comma_are_no_list(sentence: str, flagged: bool) -> None:
    assert bool(misfit(sentence)) is flagged


READERS = Path(__file__).parent / "corpus" / "readers"


def test_a_frame_s_colon_before_a_line_with_its_own_makes_the_second_a_semicolon() -> None:
    # reader 39's h260: "One further point from our conversation: when we discussed digital
    # concerts, I understated our streaming audience: the correct figure ..."
    letter = letters_day_after(READERS / "reader38" / "h260.json")[0]
    assert (
        "when we discussed digital concerts, I understated our streaming audience; the correct"
        " figure for the 2025 season was about 38,000 paid streams" in letter
    )
    assert one_colon("One more point: a: b.") == "One more point: a; b."
    two = "To add to my answer on the roof: I was his labourer. One more point: I drive."
    assert one_colon(two) == two  # a colon in each of two sentences
    assert one_colon("You asked how: I would start with the roster.") == (
        "You asked how: I would start with the roster."
    )


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # reader 39's h259: "I hold full licence clean."
        ("full licence clean", "My full licence is clean"),
        ("police check clear", "My police check is clear"),
        ("first aid cert current", "My first aid certificate is current"),
    ],
)  # fmt: skip
def test_a_standing_typed_after_a_credential_is_said_of_it(typed: str, said: str) -> None:
    point = read_point(typed)
    assert point.said is not None
    assert point.said.text() == said


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("ran the de escalation training", "ran the de-escalation training"),  # reader 39's h259
        ("pre employment checks done", "pre-employment checks done"),
        ("good with non verbal kids", "good with non-verbal kids"),
        ("de icing the wings on nights", "de-icing the wings on nights"),
        # a name's particle, a word of its own, or no English word after: as typed
        ("trained by Jan de Vries", "trained by Jan de Vries"),
        ("danced in an escola de samba", "danced in an escola de samba"),
        ("re training staff", "re training staff"),
    ],
)
def test_a_word_typed_apart_from_its_prefix_is_joined(typed: str, said: str) -> None:
    assert joined(typed) == said


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # reader 39's h259: "Sick days on my team way down after I changed the rosters."
        (
            "sick days on my team way down after i changed the rosters",
            "sick days on my team went down considerably after i changed the rosters",
        ),
        ("complaints down a lot", "complaints went down considerably"),
        ("repeat visits right up after the relaunch",
         "repeat visits went up considerably after the relaunch"),
        # a clause of its own, or "since" (a tense the reading would get wrong): as typed
        ("i kept costs way down", "i kept costs way down"),
        ("complaints way down since new rota", "complaints way down since new rota"),
    ],
)  # fmt: skip
def test_a_measure_moved_a_lot_typed_with_no_verb_gets_went(typed: str, said: str) -> None:
    assert went_much(typed) == said


def test_a_problem_talked_over_is_never_what_they_told() -> None:
    # reader 39's h260: "I was grateful, too, for what you told me about how the administration
    # can protect rehearsal time ..." credits her with what was talked through
    letter = letters_day_after(READERS / "reader38" / "h260.json")[1]
    assert "told me about how the administration" not in letter
    assert "talk through how the administration can protect rehearsal time" in letter


def test_a_topic_with_its_own_about_takes_a_frame_without_one() -> None:
    # reader 39's h260 (warm): "Our exchange about the musicians' concerns about the new
    # freelance contracts is the one I keep returning to."
    notes = load_notes(READERS / "reader38" / "h260.json").model_copy(update={"tone": "warm"})
    today = notes.interview.date + dt.timedelta(days=1)
    letter = " ".join(compose(notes, today=today)[2].text.split()).lower()
    assert "the musicians' concerns about the new freelance contracts" in letter
    assert "about the musicians' concerns about" not in letter


@pytest.mark.parametrize(
    ("typed", "field", "said"),
    [
        # reader 39's h263: "... to discover that we both grow up in a fishing village."
        ("she also grow up in fishing village", "rapport", "she also grew up in fishing village"),
        ("she also work in Bergen before", "rapport", "she also worked in Bergen before"),
        # what goes on, or is ahead, stays as it was read before
        ("he want to start before christmas", "rapport", "he wants to start before christmas"),
        ("her kids grow up fast", "rapport", "her kids grow up fast"),
    ],
)  # fmt: skip
def test_growing_up_and_work_done_before_are_told_in_the_past(
    typed: str, field: str, said: str
) -> None:
    assert mended(typed, field) == said


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("4 yrs letter carrier", "I have four years of experience as a letter carrier"),
        ("5 year nurse", "I have five years of experience as a nurse"),
    ],
)  # fmt: skip
def test_years_before_a_post_are_years_as_it(typed: str, said: str) -> None:
    point = read_point(mended(typed, "qualifications"))  # as the notes reach the readers
    assert point.said is not None
    assert point.said.text() == said


def test_a_count_of_years_before_what_lasts_stays_as_typed() -> None:
    assert mended_phrases("2 year contract in Oslo") == "2 year contract in Oslo"
    assert mended_phrases("3 year team leader") == "3 years team leader"


def test_reader_39s_quality_controller_is_said_as_a_post() -> None:
    # reader 39's h263: "I would bring 6 year of experience in quality controller in a fish
    # factory in Klaipėda"
    letter = letters_day_after(READERS / "reader38" / "h263.json")[0]
    assert "six years as a quality controller in a fish factory in Klaipėda" in letter
    assert "we both grew up in a fishing village" in letter


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # reader 39's h261: "I would join the team with Nat Certificate Contact Centre Ops (NQF4)."
        ("Nat Certificate Contact Centre Ops", "National Certificate Contact Centre Operations"),
        ("nat cert in contact centre ops", "national certificate in contact centre operations"),
        ("Lit Support team", "Litigation Support team"),
        # "Nat" alone may be a person
        ("call from Nat on Monday", "call from Nat on Monday"),
    ],
)  # fmt: skip
def test_a_name_s_short_words_in_title_case_are_spelled_out(typed: str, said: str) -> None:
    assert expand(typed) == said


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # reader 39's h266: "PET purity rose from 91% to 96% at my old plant (Gelsenkirchen)."
        ("PET purity 91% -> 96% at old plant (Gelsenkirchen)",
         "PET purity 91% -> 96% at old plant in Gelsenkirchen"),
        ("cut waste 20% at my last bakery (Athlone)", "cut waste 20% at my last bakery in Athlone"),
        # an employer, a word English knows, or no site of work before it: as typed
        ("at my old job (Siemens)", "at my old job (Siemens)"),
        ("at my old plant (Nestle)", "at my old plant (Nestle)"),
        ("at the depot (North)", "at the depot (North)"),
    ],
)  # fmt: skip
def test_a_town_in_brackets_after_a_site_is_said_as_its_place(typed: str, said: str) -> None:
    assert town_placed(typed) == said


def test_a_lean_six_sigma_belt_typed_in_lower_case_gets_its_name_s_capitals() -> None:
    # reader 37's h252: "I also hold a lean six sigma yellow belt."
    point = read_point("lean six sigma yellow belt")
    assert point.said is not None
    assert point.said.text() == "I hold a Lean Six Sigma yellow belt"


def test_a_newsroom_is_no_name() -> None:
    # reader 39's h262 by email: "how the Newsroom Covers City Council meetings" (an unknown
    # word before "covers city council" was read as an institution's name)
    notes = load_notes(READERS / "reader38" / "h262.json").model_copy(update={"channel": "email"})
    today = notes.interview.date + dt.timedelta(days=1)
    letter = " ".join(compose(notes, today=today)[0].text.split())
    assert "how the newsroom covers city council meetings" in letter


def test_no_two_sentences_running_open_on_i_also() -> None:
    # reader 39's h265 (B): "I also appreciated the chance to talk through whether ... I also
    # enjoyed hearing about the company's move to the new TradeNet system next year."
    letter = letters_day_after(READERS / "reader38" / "h265.json")[0]
    assert "I also appreciated the chance to talk through whether I could handle" in letter
    assert ". I also enjoyed hearing about" not in letter


@pytest.mark.parametrize(
    ("sentence", "stopped"),
    [
        # reader 39's h263: "I have experience in make new traceability with barcode, ..."
        ("I also have experience in make new traceability with barcode.", True),
        ("I have experience in manage teams.", True),
        ("I have experience in design work.", False),
        ("I have experience in change management.", False),
        ("I have experience in retail management.", False),
    ],
)
def test_a_bare_verb_after_experience_in_is_stopped(sentence: str, stopped: bool) -> None:
    assert bool(loose_join(sentence)) is stopped
