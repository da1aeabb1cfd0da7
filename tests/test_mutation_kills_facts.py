"""What the rules learn from one set of notes (composer/rules/facts.py), field by field.

The notes below hold one of each thing `build_facts` treats apart (a hyphenated and accented
name, shorthand, an ordinal, a number with a thousands comma, email and web addresses, a
coordinator); the expected facts are worked out by hand from them. Each test pins behaviour
that a surviving mutant of facts.py showed no other test held.
"""

from __future__ import annotations

import unicodedata

import pytest

from composer.errors import InputError
from composer.models import Interviewer, Notes
from composer.rules.facts import (
    MEMO_SIZE,
    Facts,
    NameToken,
    addressee,
    build_facts,
    greeting_names,
    letterhead_words,
    notes_text,
    url_known,
)

NOTES = Notes.model_validate(
    {
        "candidate": {
            "name": "Priya Ramírez-Shah",
            "email": "Priya.Ramirez@Example.com",
            "phone": "+1 (555) 010-0199",
            "address": "14 Harbour View, Dun Laoghaire; Co. Dublin",
        },
        "company": "Northwind & Co",
        "role": "Data Engineer",
        "interview": {"date": "2026-03-05", "stage": "2nd round", "format": "video"},
        "interviewers": [
            {
                "name": "Dana Whitfield",
                "title": "Director of Data",
                "salutation": "Ms. Whitfield",
                "email": "dana@northwind.example",
                "topics": ["moving 1,200 jobs", "a doc review"],
                "rapport": ["Lisbon's old town"],
            },
            {"name": "Chinedu Okafor-Bell", "salutation": "Chinedu", "topics": ["4 wks at Univ"]},
        ],
        "qualifications": ["six yrs at www.contoso.example/data"],
        "highlights": ["cut costs by 40%"],
        "contribution": "calm mgmt",
        "coordinator": {
            "name": "Morgan Ellery",
            "title": "Recruiter",
            "salutation": "Mx. Ellery",
            "email": "morgan@northwind.example",
        },
    }
)


@pytest.fixture
def facts() -> Facts:
    """The facts of NOTES, built by each test that asks: built once at import, they would
    come from the code as it was then, not from the code under test."""
    return build_facts(NOTES)


DANA = "the name of the interviewer Dana Whitfield"
CHINEDU = "the name of the interviewer Chinedu Okafor-Bell"
MORGAN = "the name of the coordinator Morgan Ellery"


def test_the_vocabulary_holds_each_word_number_and_date_of_the_notes(facts: Facts) -> None:
    vocabulary = facts.vocabulary
    # numbers: as written, without the thousands comma, an ordinal's number
    assert {"1,200", "1200", "2nd", "2", "40"} <= vocabulary
    # the interview date: day, month and year with and without a zero, month and weekday names
    assert {"5", "05", "3", "03", "2026", "march", "thursday"} <= vocabulary
    assert "wednesday" not in vocabulary and "april" not in vocabulary
    # a hyphenated or possessive word, and its parts
    assert {"ramírez-shah", "ramírez", "shah", "okafor-bell", "okafor", "bell", "lisbon"} <= (
        vocabulary
    )
    # shorthand supports the words it stands for
    assert {"wks", "weeks", "univ", "university", "yrs", "years", "mgmt", "management"} <= (
        vocabulary
    )
    assert {"doc", "document", "review"} <= vocabulary
    # the words of email and web addresses are no words of the notes
    assert "contoso" not in vocabulary and "example" not in vocabulary
    assert "morgan" in vocabulary and "recruiter" in vocabulary  # the coordinator's fields


def test_the_exact_words_drop_possessives_and_keep_the_case(facts: Facts) -> None:
    assert {"Lisbon", "Ramírez-Shah", "1,200", "Northwind"} <= facts.exact_words
    assert "Lisbon's" not in facts.exact_words and "lisbon" not in facts.exact_words


def test_the_name_words_of_each_person_the_company_and_the_candidate(facts: Facts) -> None:
    assert facts.name_tokens == (
        NameToken("Dana", DANA),
        NameToken("Whitfield", DANA),
        NameToken("Chinedu", CHINEDU),
        NameToken("Okafor-Bell", CHINEDU),
        NameToken("Okafor", CHINEDU),
        NameToken("Bell", CHINEDU),
        NameToken("Morgan", MORGAN),
        NameToken("Ellery", MORGAN),
        NameToken("Northwind", "the company name"),
        NameToken("Co", "the company name"),
        NameToken("Priya", "the candidate's name"),
        NameToken("Ramírez-Shah", "the candidate's name"),
        NameToken("Ramírez", "the candidate's name"),
        NameToken("Shah", "the candidate's name"),
    )
    assert facts.name_exact == {t.text for t in facts.name_tokens}
    assert [t.text for t in facts.hyphenated] == ["Okafor-Bell", "Ramírez-Shah"]
    token = facts.name_tokens[12]
    assert (token.folded, token.plain) == ("ramírez", "ramirez")


def test_contact_details_and_all_text(facts: Facts) -> None:
    assert facts.emails == {
        "priya.ramirez@example.com",
        "dana@northwind.example",
        "morgan@northwind.example",
    }
    assert facts.phones == {"15550100199"}
    assert facts.all_text.startswith("priya ramírez-shah priya.ramirez@example.com +1 (555) ")
    assert "14 harbour view, dun laoghaire; co. dublin northwind & co data engineer" in (
        facts.all_text
    )
    assert facts.all_text.endswith("morgan ellery recruiter morgan@northwind.example mx. ellery")


def test_the_people_and_how_to_address_them(facts: Facts) -> None:
    dana, chinedu = facts.people
    assert (dana.interviewer.name, dana.tokens, dana.spellings, dana.coordinator) == (
        "Dana Whitfield",
        {"dana", "whitfield"},
        ("Ms. Whitfield", "Dana Whitfield"),
        False,
    )
    assert chinedu.tokens == {"chinedu", "okafor-bell", "okafor", "bell"}
    assert chinedu.spellings == ("Chinedu", "Chinedu Okafor-Bell")
    morgan = facts.coordinator
    assert morgan is not None
    assert (morgan.tokens, morgan.spellings, morgan.coordinator) == (
        {"morgan", "ellery"},
        ("Mx. Ellery", "Morgan Ellery"),
        True,
    )
    assert morgan.interviewer.topics == []


def test_the_letterhead_fields(facts: Facts) -> None:
    fields = [
        "priya ramírez-shah",
        "northwind and co",
        "data engineer",
        "14 harbour view dun laoghaire co dublin",
        "14 harbour view",
        "dun laoghaire",
        "co dublin",
        "dana whitfield",
        "director of data",
        "whitfield",
        "chinedu okafor-bell",
        "chinedu",
        "morgan ellery",
        "recruiter",
        "ellery",
    ]
    assert facts.letterhead == tuple(f" {field} " for field in fields)
    assert facts.letterhead_whole == set(fields)


def test_letterhead_words_leave_out_titles_and_labels() -> None:
    assert letterhead_words("Tel: 0199 & Email: Ms. Raman, Web") == ["0199", "and", "raman"]
    assert letterhead_words("Mobile 5 Fax 6 LinkedIn x Address y Phone z E-mail w Cell v") == [
        *"56xyzwv"
    ]


def test_notes_text_lists_every_filled_field_in_order() -> None:
    assert notes_text(NOTES)[:9] == [
        "Priya Ramírez-Shah",
        "Priya.Ramirez@example.com",  # the notes model writes the domain in lower case
        "+1 (555) 010-0199",
        "14 Harbour View, Dun Laoghaire; Co. Dublin",
        "Northwind & Co",
        "Data Engineer",
        "2nd round",
        "video",
        "calm mgmt",
    ]
    assert notes_text(NOTES)[-4:] == [
        "Morgan Ellery",
        "Recruiter",
        "morgan@northwind.example",
        "Mx. Ellery",
    ]


def test_notes_with_decomposed_accents_give_the_facts_of_composed_ones(facts: Facts) -> None:
    decomposed = unicodedata.normalize("NFD", "Ramírez-Shah")
    assert decomposed != "Ramírez-Shah"
    candidate = NOTES.candidate.model_copy(update={"name": f"Priya {decomposed}"})
    composed = build_facts(NOTES.model_copy(update={"candidate": candidate}))
    assert composed.notes.candidate.name == "Priya Ramírez-Shah"
    assert composed.name_tokens[-3:] == facts.name_tokens[-3:]
    assert facts.notes is NOTES  # composed notes are used as they are


@pytest.mark.parametrize(
    ("name", "whom"),
    [
        ("Dana Whitfield", "Dana Whitfield"),
        ("  dana   WHITFIELD ", "Dana Whitfield"),
        ("Ms. Whitfield", "Dana Whitfield"),
        ("Okafor", "Chinedu Okafor-Bell"),
        ("Chinedu Okafor-Bell", "Chinedu Okafor-Bell"),
    ],
)
def test_a_person_is_found_by_name_salutation_or_one_name_word(
    name: str, whom: str, facts: Facts
) -> None:
    assert facts.person(name).interviewer.name == whom


def test_a_person_is_found_by_the_words_of_their_name_in_any_order(facts: Facts) -> None:
    assert facts.person("Whitfield Dana").interviewer.name == "Dana Whitfield"


def test_a_name_with_a_lower_case_particle_is_found_whole() -> None:
    omar = Interviewer(name="Omar al-Haddad", salutation="Dr. Haddad")
    facts = build_facts(NOTES.model_copy(update={"interviewers": [*NOTES.interviewers, omar]}))
    # "al-Haddad" is no name word (a lower-case start) and "Dr." is a title; the words after
    # either still are
    who = "the name of the interviewer Omar al-Haddad"
    assert [t for t in facts.name_tokens if t.whose == who] == [
        NameToken("Omar", who),
        NameToken("Haddad", who),
    ]
    assert facts.person("Omar al-Haddad").interviewer.name == "Omar al-Haddad"
    assert facts.person("omar  AL-HADDAD").interviewer.name == "Omar al-Haddad"


def test_notes_without_a_coordinator_have_none() -> None:
    assert build_facts(NOTES.model_copy(update={"coordinator": None})).coordinator is None


@pytest.mark.parametrize("name", ["Lee", "Ms.", "Dana Okafor"])
def test_no_person_by_that_name_lists_the_names(name: str, facts: Facts) -> None:
    with pytest.raises(InputError) as caught:
        facts.person(name)
    assert str(caught.value) == (
        f'no interviewer called "{name}" in the notes; use one of: "Dana Whitfield", '
        '"Chinedu Okafor-Bell".'
    )


def test_the_addressee_of_a_greeting(facts: Facts) -> None:
    dana, chinedu = facts.people
    assert addressee(facts, "Dear Ms. Whitfield,") is dana
    assert addressee(facts, None) is None and addressee(facts, "") is None
    assert addressee(facts, "Dear Dana and Chinedu,") is None  # two people
    # a near miss of a name stands in when the greeting names no one
    assert addressee(facts, "Dear Chinedo,", near={"chinedu"}) is chinedu
    assert addressee(facts, "Dear Chinedo,", near={"chinedu", "dana"}) is None
    assert addressee(facts, "Dear Dana,", near={"chinedu"}) is dana
    assert addressee(facts, "Dear Chinedo,") is None


def test_greeting_names_leave_out_the_greeting_word_and_titles() -> None:
    assert greeting_names("Dear Ms. Whitfield,") == {"whitfield"}
    assert greeting_names("Hello Dr. Dana Whitfield's team") == {"dana", "whitfield", "team"}
    assert greeting_names("Dana, dear friend") == {"dana", "dear", "friend"}


@pytest.mark.parametrize(
    ("url", "known"),
    [
        ("https://www.contoso.example/data/", True),
        ("HTTP://contoso.example/data.", True),
        ("contoso.example", True),
        ("www.fabrikam.example", False),
        ("https://www.", False),
        ("https://", False),
    ],
)
def test_a_web_address_is_known_when_the_notes_hold_it(url: str, known: bool, facts: Facts) -> None:
    assert url_known(facts, url) is known


def test_the_memo_keeps_at_most_memo_size_keys_then_starts_again(facts: Facts) -> None:
    assert facts.memo("key", lambda: 1) == 1
    assert facts.memo("key", lambda: 2) == 1  # worked out once
    for index in range(MEMO_SIZE - 1):
        facts.memo(index, lambda: 0)
    assert len(facts._memo) == MEMO_SIZE  # full, nothing dropped yet
    assert facts.memo("one more", lambda: 3) == 3
    assert len(facts._memo) == 1


def test_a_figure_typed_in_shorthand_inside_a_compound_is_known_in_full() -> None:
    notes = NOTES.model_copy(update={"highlights": ["ran a 120k-doc review"]})
    vocabulary = build_facts(notes).vocabulary
    assert {"120", "120000", "doc"} <= vocabulary
    assert "130000" not in vocabulary


@pytest.mark.parametrize(
    ("typed", "said", "not_said"),
    [
        ("grew the walk 900 -> 2,300 walkers (2022-25)", "2025", "2024"),
        ("ran the scheme 1998-02", "2002", "1902"),
        ("led the team 2019-21", "2021", "2020"),
    ],
)
def test_a_year_span_cut_to_two_digits_supports_its_end_year_in_full(
    typed: str, said: str, not_said: str
) -> None:
    # "2022-25" is said "between 2022 and 2025": the end year is the start's century and the
    # two digits typed, and no other year comes with it
    notes = NOTES.model_copy(update={"highlights": [typed]})
    vocabulary = build_facts(notes).vocabulary
    assert said in vocabulary
    assert not_said not in vocabulary
