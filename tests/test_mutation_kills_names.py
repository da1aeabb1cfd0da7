"""The `names` rule: edit distance, how a name is got wrong, and the exact finding for each."""

from __future__ import annotations

from pathlib import Path

import pytest

from composer.models import Notes
from composer.notes_file import load_notes
from composer.rules import check_letter
from composer.rules.facts import Facts, NameToken, _cached_by_key, build_facts
from composer.rules.names import _distance, allowed_distance, greeting_near_miss, near_miss

ROOT = Path(__file__).resolve().parent.parent
PANEL = load_notes(ROOT / "examples" / "panel_three.json")
AMELIE = (ROOT / "tests" / "corpus" / "good" / "panel_amelie.txt").read_text(encoding="utf-8")
LINE_9 = "I hope your new rescue greyhound is settling in well at home."
KJETIL = "the name of the interviewer Kjetil Ølstad"
DUBOIS = "the name of the interviewer Amélie Dubois-Lefèvre"


@pytest.fixture(autouse=True)
def _fresh_facts() -> None:
    """Work the notes' facts (and the spellings they remember) out anew for each test: facts
    cached by an earlier test, or by the process this one was forked from, would hide what the
    name checks do now."""
    _cached_by_key.cache_clear()


@pytest.mark.parametrize(
    ("a", "b", "limit", "expected"),
    [
        ("kitten", "sitting", 3, 3),
        ("kitten", "sitting", 2, 3),  # capped at limit + 1
        ("ab", "ba", 2, 1),  # an adjacent swap is one edit
        ("whitfield", "whitfeild", 2, 1),
        ("a", "abcd", 2, 3),  # lengths too far apart
        ("abc", "abcd", 1, 1),
        ("abcd", "abc", 1, 1),  # a deletion is one edit
        ("a", "aa", 3, 1),
        ("aaa", "a", 3, 2),
        ("same", "same", 1, 0),
        ("abc", "xyz", 1, 2),
        ("abcdef", "abcxyz", 5, 3),
    ],
)
def test_distance_counts_edits_and_swaps_up_to_a_cap(
    a: str, b: str, limit: int, expected: int
) -> None:
    assert _distance(a, b, limit) == expected


def test_names_of_up_to_six_letters_allow_one_edit_longer_ones_two() -> None:
    assert [allowed_distance(n) for n in (4, 6, 7, 12)] == [1, 1, 2, 2]


def _names(sentence: str, greeting: str = "Hi Amélie,") -> list[tuple[str, str | None, str | None]]:
    text = AMELIE.replace(LINE_9, sentence).replace("Hi Amélie,", greeting)
    report = check_letter(text, PANEL, "Amélie Dubois-Lefèvre")
    return [(v.message, v.fix, v.quote) for v in report.violations if v.rule == "names"]


@pytest.mark.parametrize(
    ("sentence", "word", "how", "whose", "right"),
    [
        (
            "Please pass my thanks to Kjetil Olstad.",
            "Olstad",
            "drops or changes an accent",
            KJETIL,
            "Ølstad",
        ),
        ("Please pass my thanks to Kjetl Ølstad.", "Kjetl", "is misspelled", KJETIL, "Kjetil"),
        ("Please thank Kjetl's team.", "Kjetl", "is misspelled", KJETIL, "Kjetil"),
        (
            "My best to Dubois Lefèvre.",
            "Dubois Lefèvre",
            "is missing its hyphen",
            DUBOIS,
            "Dubois-Lefèvre",
        ),
        (
            "My best to Dubois-lefèvre.",
            "Dubois-lefèvre",
            "has the wrong capitals",
            DUBOIS,
            "Dubois-Lefèvre",
        ),
    ],
)
def test_a_misspelt_name_is_named_with_how_and_the_spelling(
    sentence: str, word: str, how: str, whose: str, right: str
) -> None:
    assert _names(sentence) == [
        (
            f'line 9: "{word}" {how}; {whose} is spelled "{right}". Write it exactly as in the '
            "notes.",
            f'Spell "{word}" exactly as "{right}".',
            word,
        )
    ]


def test_a_name_misspelt_twice_is_reported_once() -> None:
    assert len(_names("Kjetl said so, and Kjetl was right.")) == 1


def test_a_greeting_without_the_accent_is_reported_on_its_line() -> None:
    (found,) = _names(LINE_9, greeting="Hi Amelie,")
    assert found[0] == (
        f'line 3: "Amelie" drops or changes an accent; {DUBOIS} is spelled "Amélie". Write it '
        "exactly as in the notes."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Please thank KJETIL.",  # capitals for emphasis
        "Please thank Kjetil Ølstad.",
        "Well, I hope the launch goes well.",  # a common word, not a name
        "I met Kjell there.",  # two edits from a six-letter name
    ],
)
def test_exact_names_shouted_names_and_common_words_are_not_findings(sentence: str) -> None:
    assert _names(sentence) == []


def _facts_of(interviewer: str, company: str = "Northwind", candidate: str = "Priya Raman",
              topics: tuple[str, ...] = ()) -> Facts:  # fmt: skip
    notes = Notes.model_validate(
        {
            "candidate": {"name": candidate},
            "company": company,
            "role": "Data Engineer",
            "interview": {"date": "2026-11-24"},
            "interviewers": [{"name": interviewer, "topics": list(topics)}],
            "highlights": ["cut costs by 40%"],
        }
    )
    return build_facts(notes)


def test_a_word_is_a_near_miss_only_with_a_capital_and_two_letters() -> None:
    facts = _facts_of("Dana Whitfield")
    assert near_miss("Whitfeld", facts) == NameToken(
        "Whitfield", "the name of the interviewer Dana Whitfield"
    )
    assert near_miss("whitfeld", facts) is None
    # a two-letter name with an accent, written without it
    le = _facts_of("Thu Lê")
    assert near_miss("Le", le) == NameToken("Lê", "the name of the interviewer Thu Lê")


def test_a_case_slip_the_notes_write_themselves_is_no_near_miss() -> None:
    facts = _facts_of("Ann McDonald", topics=("the Mcdonald's account",))
    assert near_miss("Mcdonald", facts) is None
    assert near_miss("Mcdonald", _facts_of("Ann McDonald")) is not None


@pytest.mark.parametrize(
    ("word", "interviewer", "company", "candidate", "topics", "found"),
    [
        ("Aly", "Ali Khan", "Northwind", "Priya Raman", (), "Ali"),  # a 3-letter addressed name
        ("Aly's", "Ali Khan", "Northwind", "Priya Raman", (), "Ali"),
        ("aly", "Ali Khan", "Northwind", "Priya Raman", (), None),  # no capital
        ("Al", "Ali Khan", "Northwind", "Priya Raman", (), None),  # two letters
        ("Day", "Dan Lee", "Northwind", "Priya Raman", (), None),  # a common word
        ("Don", "Dan Lee", "Northwind", "Priya Raman", ("the Don valley",), None),  # in the notes
        ("Ann", "Dana Lee", "Aon", "Priya Raman", (), None),  # the company is not addressed
        ("Ngo", "Dana Lee", "Northwind", "Priya Ng", (), None),  # nor a 2-letter name
    ],
)
def test_a_short_near_miss_in_a_greeting(
    word: str,
    interviewer: str,
    company: str,
    candidate: str,
    topics: tuple[str, ...],
    found: str | None,
) -> None:
    token = greeting_near_miss(word, _facts_of(interviewer, company, candidate, topics))
    assert (token.text if token else None) == found


def test_near_misses_of_four_letters_and_more() -> None:
    dana = _facts_of("Dana Whitfield", candidate="Dina Raman")
    # four letters, one edit from the four-letter "Dana"
    assert near_miss("Dama", dana) == NameToken(
        "Dana", "the name of the interviewer Dana Whitfield"
    )
    # one edit from "Dana" and from "Dina": the first name of the notes wins
    token = near_miss("Dona", dana)
    assert token is not None and token.text == "Dana"
    # a common word one edit from a name is the word
    assert near_miss("Well", _facts_of("Tom Bell")) is None
    # a short name word ("Ali") is passed over, not the end of the search
    token = near_miss("Khna", _facts_of("Ali Khan"))
    assert token is not None and token.text == "Khan"


def test_a_misspelt_part_of_a_hyphenated_word_is_found_on_its_line() -> None:
    # the whole word is no near miss; its second part is, at the start of line 9
    assert _names("Jones-Lefevre was there.") == [
        (
            f'line 9: "Lefevre" drops or changes an accent; {DUBOIS} is spelled "Lefèvre". '
            "Write it exactly as in the notes.",
            'Spell "Lefevre" exactly as "Lefèvre".',
            "Lefevre",
        )
    ]


def test_every_misspelling_is_found_after_a_repeated_one() -> None:
    quotes = [quote for _, _, quote in _names("Olstad, Olstad and Jones-Lefevre were there.")]
    assert quotes == ["Olstad", "Lefevre"]


def test_a_name_in_capitals_without_its_hyphen() -> None:
    (found,) = _names("DUBOIS LEFÈVRE said so.")
    assert found[0].startswith('line 9: "DUBOIS LEFÈVRE" is missing its hyphen;')


def test_a_hyphenated_part_is_quoted_without_its_possessive() -> None:
    assert [quote for _, _, quote in _names("The Jones-Lefevre's team was there.")] == ["Lefevre"]


def test_a_name_the_notes_also_write_apart_may_be_written_apart() -> None:
    amelie = PANEL.interviewers[0].model_copy(update={"topics": ["the Dubois Lefèvre archive"]})
    notes = PANEL.model_copy(update={"interviewers": [amelie, *PANEL.interviewers[1:]]})
    text = AMELIE.replace(LINE_9, "I enjoyed hearing about the Dubois Lefèvre archive.")
    report = check_letter(text, notes, "Amélie Dubois-Lefèvre")
    assert [v for v in report.violations if v.rule == "names"] == []


def _anna_names(greeting: str, line: str) -> list[str]:
    notes = Notes.model_validate(
        {
            "candidate": {"name": "Priya Raman"},
            "company": "Northwind",
            "role": "Data Engineer",
            "interview": {"date": "2026-11-24"},
            "interviewers": [{"name": "Anna Berg", "topics": ["how the team plans its work"]}],
            "highlights": ["cut costs by 40%"],
        }
    )
    text = f"Subject: Thank you\n\n{greeting}\n\n{line}\n\nBest regards,\nPriya Raman\n"
    report = check_letter(text, notes, "Anna Berg")
    return [v.message for v in report.violations if v.rule == "names"]


def test_a_bare_address_with_a_short_slip_is_a_misspelling() -> None:
    # "Ana," alone on the greeting line: the slip is the greeting's first character, and a
    # three-letter word is read as a name only in the greeting
    line = "Thank you for explaining how the team plans its work."
    assert _anna_names("Ana,", line) == [
        'line 3: "Ana" is misspelled; the name of the interviewer Anna Berg is spelled "Anna". '
        "Write it exactly as in the notes."
    ]
    assert _anna_names("Anna,", "I hear Ana ran the planning day, and it went well.") == []


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("My best to DUBOIS Lefèvre.", "DUBOIS Lefèvre"),  # no hyphen, one part shouted
        ("My best to dubois lefèvre.", "dubois lefèvre"),  # no hyphen and no capitals
    ],
)
def test_a_name_written_apart_is_missing_its_hyphen_whatever_else_is_wrong(
    sentence: str, word: str
) -> None:
    assert _names(sentence) == [
        (
            f'line 9: "{word}" is missing its hyphen; {DUBOIS} is spelled "Dubois-Lefèvre". '
            "Write it exactly as in the notes.",
            f'Spell "{word}" exactly as "Dubois-Lefèvre".',
            word,
        )
    ]
