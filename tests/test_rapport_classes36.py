"""Personal notes read by class (session 36): a coming event of theirs read by its grammar
(`rapportcoming`), and names typed in lower case read by the words around them
(`rapportnames`). The expected sentences are written by hand; the notes are made up as other
candidates would type them, in jobs the corpus never had."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from composer.compose import compose
from composer.models import Notes
from composer.offline.flagged import stopped
from composer.offline.rapportalso import also_mine
from composer.offline.rapportcoming import coming
from composer.offline.rapportnames import named, unsure
from tests.conftest import load_benchmark

CLOSING = load_benchmark("lines_closing")


def _said(line: str) -> str | None:
    row: dict[str, Any] = {"field": "rapport", "line": line, "reader": "Sam Taylor"}
    row |= {"met": "2026-12-01", "sent": "2026-12-02"}
    text: str | None = CLOSING.said(row)
    return None if text is None or stopped(text) else text


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "paddling the liffey descent on sat",
            "Good luck paddling the Liffey Descent on Saturday.",
        ),
        ("rowing the boyne regatta this sat", "Good luck with the Boyne Regatta on Saturday."),
        (
            "has a runner at cheltenham in march",
            "Good luck with your runner at Cheltenham in March.",
        ),
        (
            "has a stall at the christmas market next wknd",
            "Good luck with your stall at the Christmas market next weekend.",
        ),
        (
            "doing hair for her sister's wedding sat",
            "I hope your sister's wedding on Saturday is a wonderful day.",
        ),
        (
            "playing at his brother's wedding in june",
            "I hope your brother's wedding in June is a wonderful day.",
        ),
        (
            "her choir's concert is next thurs",
            "Good luck with your choir's concert next Thursday.",
        ),
        (
            "we both worked at manning park (diff yrs)",
            "It was a nice surprise to find that we both worked at Manning Park.",
        ),
        (
            "going to cisco live in vegas in june",
            "I hope your trip to Cisco Live in Vegas in June goes well.",
        ),
    ],
)
def test_a_note_of_this_class_is_said_as_a_person_would(line: str, expected: str) -> None:
    assert _said(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "doing hair on sat",  # what they are doing is no thing of theirs to wish well
        "thinking about the ironman next yr",
        "has a lot on next month",
    ],
)
def test_a_note_the_grammar_cannot_read_is_left_out(line: str) -> None:
    assert _said(line) is None


def test_coming_needs_a_time_and_an_object() -> None:
    assert coming("you are paddling the Liffey Descent", "future") is None
    assert coming("you are paddling hard on Saturday", "future") is None
    assert coming("you are hoping the bid goes in on Friday", "future") is None
    assert coming("you have a runner at Cheltenham in March", "neutral") == (
        "wish_luck",
        {"event": "your runner at Cheltenham in March"},
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("we both worked at manning park", "we both worked at Manning Park"),
        ("your trip to cisco live", "your trip to Cisco Live"),
        ("the liffey descent on Saturday", "the Liffey Descent on Saturday"),
        ("the ramen place on parnell st", "the ramen place on Parnell Street"),
        (
            "Thank you for recommending cheese and culture by paul kindstedt;",
            "Thank you for recommending Cheese and Culture by Paul Kindstedt;",
        ),
        # left as typed: a run of common words, an acronym, an article, a month, a word bare
        ("the annual summit", "the annual summit"),
        ("the ACMG conference", "the ACMG conference"),
        ("at the car park", "at the car park"),
        ("in june show", "in june show"),
        (
            "Thank you for recommending a book by jacinta nandi;",
            "Thank you for recommending a book by Jacinta Nandi;",
        ),
        ("the Estates Gazette awards", "the Estates Gazette awards"),
        ("at home park", "at home park"),
        ("recommending the cafe by the station;", "recommending the cafe by the station;"),
    ],
)
def test_names_are_read_by_the_words_around_them(line: str, expected: str) -> None:
    assert named(line) == expected


def test_a_run_after_the_is_renamed_when_the_note_typed_it_in_lower_case() -> None:
    line = "the Irish marine science summit"
    assert named(line, "the irish marine science summit") == "the Irish Marine Science Summit"
    assert named(line, "the Irish marine science summit") == line  # capitals as typed


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "went to UC Davis same as me (viticulture, 2009)",
            "It was a nice surprise to find that we both went to UC Davis.",
        ),
        (
            "also from portlaoise",
            "It was a nice surprise to find that we are both from Portlaoise.",
        ),
        (
            "into fly fishing as well",
            "It was a nice surprise to find that we both enjoy fly fishing.",
        ),
        ("plays the fiddle too", "It was a nice surprise to find that we both play the fiddle."),
        (
            "sea swimmer too - does the forty foot every morning",
            "It was good to meet a fellow sea swimmer.",
        ),
        ("big everton fan like me", "It was good to meet a fellow Everton fan."),
    ],
)
def test_what_both_share_typed_with_too_or_like_me(line: str, expected: str) -> None:
    assert _said(line) == expected


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("trained at the Abbey too, diff yrs", "we both trained at the Abbey"),
        ("retired teacher too", "a fellow retired teacher"),
        ("coaches u12s too", "we both coach u12s"),
        ("she has two kids too", None),  # no one person: "a fellow has two kids" never
        ("has 3 dogs like me", None),
        ("is too busy", None),  # "too" is no marker inside a part
        ("off to lisbon next week", None),
    ],
)
def test_also_mine_reads_what_is_shared_by_its_grammar(note: str, expected: str | None) -> None:
    assert also_mine(note) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a pet's breed after a dash, then its name
        ("new puppy - cockapoo called Biscuit", "I hope Biscuit is settling in well."),
        ("new kitten, a tabby named pip", "I hope Pip is settling in well."),
        # a promotion or an appointment, by its verb
        (
            "She was just promoted to head of the public art programme",
            "Congratulations on your promotion to head of the public art programme.",
        ),
        (
            "got promoted to ward manager last month",
            "Congratulations on your promotion to ward manager.",
        ),
        ("he was made partner in the spring", "Congratulations on being made partner."),
        (
            "she was elected chair of the RICS board",
            "Congratulations on your election as chair of the RICS board.",
        ),
        # a prize won, by its verb; the winner as typed, the time dropped (session 42)
        (
            "her sourdough won gold at the Bakery Awards this year",
            "Congratulations on your sourdough winning gold at the Bakery Awards.",
        ),
        (
            "he won the regional coaching award last month",
            "Congratulations on winning the regional coaching award.",
        ),
        ("she was awarded an MBE in 2024", "Congratulations on being awarded an MBE."),
        # a second verb of theirs after "and" is not part of where they have been
        (
            "She is just back from the Year 10 trip to Snowdonia and wants to run it every spring.",
            "I hope you enjoyed the Year 10 trip to Snowdonia.",
        ),
        # a trip's kind typed after the place
        (
            "off to Whistler for a snowboarding trip over xmas",
            "I hope your snowboarding trip to Whistler over Christmas goes well.",
        ),
        # something of theirs shown to the candidate is thanked for, said to them
        (
            "She showed me the orchard her grandfather planted after the war.",
            "Thank you for showing me the orchard your grandfather planted after the war.",
        ),
        ("showed me round the new lab", "Thank you for showing me around the new lab."),
        # what they recommended the candidate attend or join, by its verb
        (
            "He recommended that I attend the Tasmanian Dairy Conference in March.",
            "Thank you for recommending the Tasmanian Dairy Conference in March; "
            "I look forward to attending it.",
        ),
        # what they said of a recommendation after "and" is not part of the thing recommended
        (
            "She recommended the Coastal Asset Managers Forum in May and said it is worth going",
            "Thank you for recommending the Coastal Asset Managers Forum in May; "
            "I will look into it.",
        ),
        # classes or exams of theirs typed bare are theirs
        ("doing welsh classes on tuesdays", "Good luck with your Welsh classes on Tuesdays."),
        # a course both did, typed with the doer's "his"; an aside on what both do gives way
        (
            "he did his nursing degree at Keele too",
            "It was a nice surprise to find that we both did our nursing degree at Keele.",
        ),
        (
            "she grew up in Ballarat too!! we know a few of the same people",
            "It was a nice surprise to find that we both grew up in Ballarat.",
        ),
        # a talk typed with no article; a month after a comma or straight after the event
        (
            "giving keynote @ the irish marine science summit in galway, feb",
            "I hope your keynote at the Irish Marine Science Summit in Galway in February "
            "goes well.",
        ),
        ("running dublin marathon oct", "Good luck with the Dublin Marathon in October."),
        (
            "doing the Loch Ness marathon again next sept",
            "Good luck with the Loch Ness Marathon next September.",
        ),
        # a title with a capitalised pronoun in it is no one's
        (
            "recommended podcast 'Sell Me This'",
            "Thank you for recommending the podcast 'Sell Me This'; I look forward to "
            "listening to it.",
        ),
        # an author typed in lower case, a street typed short, a dish newer than Webster's
        (
            "rec'd cheese and culture by paul kindstedt",
            "Thank you for recommending Cheese and Culture by Paul Kindstedt; I look forward "
            "to reading it.",
        ),
        (
            "told me to try the ramen place on parnell st",
            "Thank you for recommending the ramen place on Parnell Street; I look forward to "
            "trying it.",
        ),
    ],
)
def test_more_classes_of_note_said_as_a_person_would(line: str, expected: str) -> None:
    assert _said(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "rec'd the bear - s2 is the best",  # a title in lower case: capitals not sure
        "made a cake for the team on friday",  # "made" with no role is no news
        "recommended a book by colum mccann",  # an author's capitals inside the name not sure
    ],
)
def test_unsure_titles_and_no_news_are_left_out(line: str) -> None:
    assert _said(line) is None


def test_a_title_in_lower_case_after_the_is_unsure_unless_it_is_a_kind_of_place() -> None:
    assert unsure("rec'd the bear", "Thank you for recommending the bear; I will look into it.")
    assert not unsure("rec'd the bakery", "Thank you for recommending the bakery; I will try it.")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # an event done before and "doing it again": the one ahead, a race named by its distance
        (
            "ran the kettle valley 50k in sept, doing it again next yr",
            "Good luck with the Kettle Valley 50K next year.",
        ),
        ("did the camino last year, doing it again in may", "Good luck with the Camino in May."),
        # two months typed as a range
        ("off to spain jun-jul", "I hope your trip to Spain in June and July goes well."),
        # a baby or a grandchild due
        (
            "her first grandchild due in jan",
            "Congratulations on the coming arrival of your first grandchild in January.",
        ),
        # a thing of theirs that opens: luck; a person "due": never luck
        ("his new restaurant opens next month", "Good luck with your new restaurant next month."),
        ("her daughter is due in may", None),
        ("raised 10k for the hospice", None),
    ],
)
def test_events_again_ranges_and_babies_due(line: str, expected: str | None) -> None:
    assert _said(line) == expected


@pytest.mark.parametrize(
    "note",
    ["he used to be a nurse like me", "she was a nurse too", "they were at Leeds like me"],
)
def test_also_mine_never_says_we_both_with_a_singular_or_a_was(note: str) -> None:
    assert also_mine(note) is None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # the census's shapes, in other words: "as I did", "first ... in N yrs" (a time since),
        # kin said the way people talk, a hobby with an adjective, an aside after a comma
        (
            "Went to school in Dundalk, as I did",
            "It was a nice surprise to find that we both went to school in Dundalk.",
        ),
        ("off to crete in may, first trip in 4 yrs", "I hope your trip to Crete in May goes well."),
        (
            "her lass plays for Bray u14s, league final sun",
            "Good luck with your daughter's league final on Sunday.",
        ),
        (
            "loves cold swimming, does the harbour every morning",
            "I hope you find plenty of time for cold swimming.",
        ),
        ("big into climbing, i mentioned the wall in Leeds", None),  # the aside is mine
        ("her dog died, got a new puppy", None),  # sad: never half of it
    ],
)
def test_census_shapes_in_other_words(line: str, expected: str | None) -> None:
    assert _said(line) == expected


def test_a_personal_line_the_last_gate_would_stop_gives_way_to_the_next_note() -> None:
    # the congratulation names a word no table knows ('tempranillo'): the letter's last gate
    # would leave it out, so the shared background after it is the letter's personal line
    notes = Notes.model_validate(
        {
            "candidate": {"name": "Lerato Dube", "email": "lerato@example.com"},
            "company": "Helderberg Cellars",
            "role": "Cellar Hand",
            "interview": {"date": "2026-12-02"},
            "interviewers": [
                {
                    "name": "Johan Botha",
                    "topics": ["the barrel room"],
                    "rapport": [
                        "his tempranillo won gold at the Decanter Awards this year",
                        "he studied at Stellenbosch too",
                    ],
                }
            ],
            "qualifications": ["a diploma in viticulture"],
            "highlights": ["ran the barrel room for two vintages"],
        }
    )
    [letter] = compose(notes, max_attempts=1, today=dt.date(2026, 12, 3))
    assert "we both studied at Stellenbosch" in letter.text, letter.text
    assert "tempranillo" not in letter.text


def test_a_shared_verb_no_table_knows_is_never_said_as_a_noun() -> None:
    # reader 22 h176 (typed at --ask): "we both boulder at the DAV centre" was said "we are both
    # boulder at ..."; an unknown verb before a place has no sure reading
    assert _said("we both boulder at the Leeds climbing wall") is None
    assert _said("we both vegan") == "It was a nice surprise to find that we are both vegan."
