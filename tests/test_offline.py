"""The offline composer: every letter passes every error rule, reads cleanly, and panels differ."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from composer.backends.base import DraftRequest
from composer.backends.offline import OfflineBackend, rapport_line, second_person
from composer.compose import compose, split_subject
from composer.models import Notes
from composer.notes_file import load_notes
from composer.rules import check_letter, check_letters
from tests.conftest import EXAMPLES, example_files


def _draft(notes: Notes, index: int = 0) -> str:
    return OfflineBackend().draft(DraftRequest(notes, notes.interviewers[index])).text


def _body_words(notes: Notes, text: str) -> int:
    _subject, body = split_subject(text)
    return len(body.split())


def _sentences(text: str, names: list[str]) -> set[str]:
    for name in names:
        text = text.replace(name, "NAME")
    return {s.strip().lower() for s in re.split(r"(?<=[.!?])\s+|\n+", text) if s.strip()}


# --- rapport: a note about them becomes a line to them ------------------------------------


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("she is flying to Lisbon next week", "you are flying to Lisbon next week"),
        ("he was a teacher before joining", "you were a teacher before joining"),
        ("she has two cats", "you have two cats"),
        ("he loves jazz", "you love jazz"),
        ("she watches every match", "you watch every match"),
        ("he flies gliders", "you fly gliders"),
        ("she just adopted a rescue greyhound", "you just adopted a rescue greyhound"),
        ("they are renovating their house", "you are renovating your house"),
        ("his team is moving to Austin", "your team is moving to Austin"),
        ("her daughter starts school soon", "your daughter starts school soon"),
        ("she's been to Kyoto twice", "you have been to Kyoto twice"),
        ("he's heading to Berlin", "you are heading to Berlin"),
        ("she doesn't drink coffee", "you don't drink coffee"),
        ("he is not a fan of meetings", "you are not a fan of meetings"),
        ("she bakes bread for her neighbours", "you bake bread for your neighbours"),
        ("he taught himself to code", "you taught yourself to code"),
        ("Dana is flying to Rome", "you are flying to Rome"),
        ("she mentioned her favourite film is Alien", "your favourite film is Alien"),
    ],
)
def test_second_person_agrees(note: str, expected: str) -> None:
    assert second_person(note, ["Dana Whitfield", "Dana"]) == expected


@pytest.mark.parametrize(
    "note",
    [
        "we both like chess",  # about the candidate too
        "he told me about his trip",
        "loves jazz",  # no subject
        "the office dog is called Rex",  # not about them
        'she said "never again"',
        "she is flying to Lisbon and he is staying",  # a second person in the clause
    ],
)
def test_notes_that_cannot_be_converted_safely_give_none(note: str) -> None:
    assert second_person(note) is None


def test_a_trip_becomes_a_wish_for_the_trip() -> None:
    assert rapport_line("she is flying to Lisbon next week") == (
        "I hope your trip to Lisbon next week goes well."
    )


def test_sad_news_is_never_celebrated() -> None:
    assert rapport_line("his father passed away last month") is None
    assert rapport_line("she is recovering from surgery") is None


RAPPORT_KINDS = [
    # a trip, however it is said
    ("she is flying to Lisbon next week", "I hope your trip to Lisbon next week goes well."),
    (
        "he is taking his family to Japan in the spring",
        "I hope your trip to Japan in the spring goes well.",
    ),
    # an occasion is not a trip
    (
        "she is going to a Taylor Swift concert on Friday",
        "You mentioned that you are going to a Taylor Swift concert on Friday, and I hope you "
        "have a wonderful time.",
    ),
    # an event to do well in
    (
        "she is running the London Marathon in April",
        "You mentioned that you are running the London Marathon in April, and I wish you the "
        "very best with it.",
    ),
    # a pastime
    (
        "he is cycling across Norway this summer",
        "You mentioned that you are cycling across Norway this summer, and I hope you enjoy "
        "every moment.",
    ),
    # a new pet, but not an old one
    (
        "she just adopted a rescue greyhound",
        "I hope your new rescue greyhound is settling in well.",
    ),
    ("she has a new puppy", "I hope your new puppy is settling in well."),
    ("he has a dog", "It was a pleasure to hear that you have a dog."),
    # work news: heard, not wished upon
    (
        "they are hiring a second designer",
        "It was a pleasure to hear that you are hiring a second designer.",
    ),
    # a book or a film they recommended
    ("she recommended the film Past Lives", "Thank you for recommending the film Past Lives."),
    (
        "he recommended the book Thinking in Systems",
        "Thank you for recommending the book Thinking in Systems.",
    ),
    # a move: coming, or just made
    (
        "they are moving to a new house next month",
        "I hope the move goes smoothly, now that you are moving to a new house next month.",
    ),
    (
        "she just moved to Denver",
        "I was glad to hear that you just moved to Denver, and I hope you are settling in well.",
    ),
    # a sports team, and its next match
    ("he supports Arsenal", "It was a pleasure to hear that you support Arsenal."),
    (
        "his team Arsenal plays in the cup final on Saturday",
        "You mentioned that your team Arsenal plays in the cup final on Saturday, and I hope "
        "it all goes well.",
    ),
    # happy news
    (
        "she is getting married in June",
        "I was delighted to hear that you are getting married in June, and I send you my "
        "warmest congratulations.",
    ),
    # already happened: no wish about the future
    ("she went to Rome this year", "It was a pleasure to hear that you went to Rome this year."),
]


@pytest.mark.parametrize(("note", "expected"), RAPPORT_KINDS)
def test_each_kind_of_rapport_note_gets_a_line_that_fits(note: str, expected: str) -> None:
    assert rapport_line(note) == expected


NO_WISH = [
    "they are hiring a second designer",
    "she is building a new data team",
    "he supports Arsenal",
    "he has a dog",
    "she went to Rome this year",
    "he just got back from a conference in Berlin",
    "she is learning Japanese",
]


@pytest.mark.parametrize("note", NO_WISH)
def test_a_note_with_nothing_to_wish_for_gets_no_wish_in_any_wording(note: str) -> None:
    clause = second_person(note)
    assert clause is not None
    for tone in ("warm", "formal", "concise"):
        for variant in range(3):
            line = rapport_line(note, tone=tone, variant=variant)
            assert line is not None and clause in line
            assert not re.search(r"\b(hope|wish|luck|success|congratulat|trip)", line), line


def test_a_plan_of_someone_close_to_them_is_wished_well_not_them() -> None:
    note = "her son is sailing in the Round Ireland race next summer"
    for tone in ("warm", "formal"):
        for variant in range(3):
            line = rapport_line(note, tone=tone, variant=variant)
            assert line is not None and "your son is sailing" in line
            assert "hope" in line and "wish you" not in line, line


def test_only_trips_are_called_trips() -> None:
    notes = ["she is going to a wedding in Porto next month", "he is attending a conference"]
    for note in notes:
        for tone in ("warm", "formal"):
            for variant in range(3):
                line = rapport_line(note, tone=tone, variant=variant)
                assert line is not None and "trip" not in line, line
                assert "time" in line or "enjoy" in line, line


def test_a_letter_about_a_hiring_note_does_not_wish_it_well(warm_notes: Notes) -> None:
    data = warm_notes.model_dump(mode="json")
    data["interviewers"][0]["rapport"] = ["she is hiring a second engineer"]
    text = _draft(Notes.model_validate(data))
    assert "you are hiring a second engineer." in text
    assert "enjoy every moment" not in text and "great experience" not in text


def test_rapport_lines_of_every_kind_read_cleanly(warm_notes: Notes) -> None:
    pytest.importorskip("harper")
    from composer.rules.proofread import proofread_findings

    kinds = [note for note, _ in RAPPORT_KINDS] + NO_WISH
    data = warm_notes.model_dump(mode="json")
    data["interviewers"][0]["rapport"] = kinds  # its words are the notes' own, as in real use
    notes = Notes.model_validate(data)
    for note in kinds:
        for tone in ("warm", "formal"):
            for variant in range(3):
                line = rapport_line(note, tone=tone, variant=variant)
                assert line is not None
                text = f"Dear Ms. Whitfield,\n\n{line}\n\nBest regards,\nPriya Raman\n"
                assert proofread_findings(text, notes) == [], line


def test_an_unconvertible_note_gives_a_neutral_line(warm_notes: Notes) -> None:
    data = warm_notes.model_dump(mode="json")
    data["interviewers"][0]["rapport"] = ["we both grew up in Leeds"]
    text = _draft(Notes.model_validate(data))
    assert "Leeds" not in text
    assert "more personal part of our conversation" in text


# --- the examples ---------------------------------------------------------------------------


@pytest.mark.parametrize("path", example_files(), ids=lambda p: p.stem)
def test_example_letters_pass_every_error_rule(path: Path) -> None:
    notes = load_notes(path)
    for person in notes.interviewers:
        text = OfflineBackend().draft(DraftRequest(notes, person)).text
        report = check_letter(text, notes, to=person.name)
        assert report.ok, (text, report.errors)
        low, high = (80, 250) if notes.channel == "email" else (150, 400)
        assert low <= _body_words(notes, text) <= high


@pytest.mark.parametrize("path", example_files(), ids=lambda p: p.stem)
def test_example_letters_have_no_proofreading_findings(path: Path) -> None:
    pytest.importorskip("harper")
    from composer.rules.proofread import proofread_findings

    notes = load_notes(path)
    for index in range(len(notes.interviewers)):
        text = _draft(notes, index)
        assert proofread_findings(text, notes) == [], text


def test_warm_email_reads_like_a_letter(warm_notes: Notes) -> None:
    text = _draft(warm_notes)
    lines = text.splitlines()
    assert lines[0].startswith("Subject: Thank")
    assert lines[2] == "Dear Ms. Whitfield,"
    assert "Senior Data Engineer" in text and "Northwind Analytics" in text
    assert "moving the nightly batch jobs to streaming" in text
    assert "I hope your trip to Lisbon next week goes well." in text
    assert "a decision by December 5" in text
    assert "Priya Raman" in lines[-3:]


def test_printed_letter_has_no_subject_and_is_formal(examples_dir: Path) -> None:
    notes = load_notes(examples_dir / "formal_letter.json")
    text = _draft(notes)
    assert not text.startswith("Subject:")
    head, _, rest = text.partition("\n\nDear Ms. Ellison-Shaw,\n\n")
    assert head.split("\n\n") == [
        "Seán O'Connor-Ramírez\nsean.oconnor@example.org\n+44 20 7946 0958",
        "24 November 2026",  # the day after the interview: the day to send it
        "Margaret Ellison-Shaw\nSenior Partner\nHargreave & Lowe",
    ]
    assert "Sincerely," in rest or "Kind regards," in rest
    assert rest.endswith("\nSeán O'Connor-Ramírez")  # the contact lines are at the top
    assert "I have since confirmed that I can start the training contract in September." in text
    assert not re.search(r"\b(I'm|I've|I'd|don't|can't|won't)\b", text)  # formal: no contractions


KESTREL = Path(__file__).resolve().parent / "corpus" / "notes" / "kestrel_letter.json"


def test_a_printed_letter_starts_with_a_letterhead_from_the_notes() -> None:
    notes = load_notes(KESTREL)
    text = _draft(notes)
    assert text.split("\n\nDear Ms. Brassington,\n\n")[0].splitlines() == [
        "Tomás Ó Briain",
        "Flat 2, 14 Harbour View",
        "Dún Laoghaire",
        "Co. Dublin",
        "Ireland",
        "tomas.obriain@example.ie",
        "+353 1 555 0142",
        "",
        "19 November 2026",
        "",
        "Helen Brassington",
        "Head of Marine Claims",
        "Kestrel Maritime Insurance",
    ]
    assert check_letter(text, notes).ok


def test_a_letterhead_reads_cleanly() -> None:
    pytest.importorskip("harper")
    from composer.rules.proofread import proofread_findings

    notes = load_notes(KESTREL)
    for tone in ("warm", "formal", "concise"):
        toned = notes.model_copy(update={"tone": tone})
        assert proofread_findings(_draft(toned), toned) == []


def test_an_address_on_one_line_is_set_out_line_by_line(warm_notes: Notes) -> None:
    candidate = warm_notes.candidate.model_copy(update={"address": "12 Elm Row, Leeds, LS1 4AB"})
    notes = warm_notes.model_copy(update={"candidate": candidate, "channel": "letter"})
    text = _draft(notes)
    assert text.startswith("Priya Raman\n12 Elm Row\nLeeds\nLS1 4AB\n")
    assert "\n\n25 November 2026\n\nDana Whitfield\nDirector of Data Platform\n" in text
    assert check_letter(text, notes).ok


def test_an_email_has_no_letterhead(warm_notes: Notes) -> None:
    candidate = warm_notes.candidate.model_copy(update={"address": "12 Elm Row, Leeds"})
    text = _draft(warm_notes.model_copy(update={"candidate": candidate}))
    assert text.startswith("Subject: ") and "Elm Row" not in text and "2026" not in text


@pytest.mark.parametrize("path", example_files(), ids=lambda p: p.stem)
def test_printed_letters_with_an_address_pass_every_error_rule(path: Path) -> None:
    base = load_notes(path)
    candidate = base.candidate.model_copy(update={"address": "Flat 3, 5 Quay Street\nGalway"})
    notes = base.model_copy(update={"candidate": candidate, "channel": "letter"})
    for index, person in enumerate(notes.interviewers):
        text = _draft(notes, index)
        assert text.startswith(f"{notes.candidate.name}\nFlat 3, 5 Quay Street\nGalway\n")
        report = check_letter(text, notes, to=person.name)
        assert report.ok, (text, report.errors)


def test_open_to_other_roles_is_said(examples_dir: Path) -> None:
    notes = load_notes(examples_dir / "open_to_other_roles.json")
    assert "other roles" in _draft(notes) or "other or future roles" in _draft(notes)


_INTEREST = re.compile(r"interest|excited|keen|love to be part of|chance to join")


@pytest.mark.parametrize("tone", ["warm", "formal", "concise"])
@pytest.mark.parametrize("path", example_files(), ids=lambda p: p.stem)
def test_interest_in_this_role_comes_before_other_roles(path: Path, tone: str) -> None:
    notes = load_notes(path).model_copy(update={"open_to_other_roles": True, "tone": tone})
    for index in range(len(notes.interviewers)):
        text = _draft(notes, index)
        [paragraph] = [p for p in text.split("\n\n") if "other roles" in p or "future roles" in p]
        sentences = re.split(r"(?<=[.!?])\s+", paragraph)
        [at] = [i for i, s in enumerate(sentences) if "roles" in s]
        assert at > 0 and _INTEREST.search(sentences[at - 1]), paragraph


def test_drafts_are_deterministic(panel_notes: Notes) -> None:
    assert [_draft(panel_notes, i) for i in range(3)] == [_draft(panel_notes, i) for i in range(3)]


def test_panel_letters_differ(panel_notes: Notes) -> None:
    texts = [_draft(panel_notes, i) for i in range(3)]
    names = [p.name for p in panel_notes.interviewers] + [
        p.salutation or "" for p in panel_notes.interviewers
    ]
    reports = check_letters(
        [(p.name, t) for p, t in zip(panel_notes.interviewers, texts, strict=True)], panel_notes
    )
    assert not [v for r in reports for v in r.violations if v.rule == "unique"]
    for a in range(3):
        for b in range(a + 1, 3):
            first, second = _sentences(texts[a], names), _sentences(texts[b], names)
            shared = first & second
            assert len(shared) <= 3, shared  # the sign-off block at most


@pytest.mark.parametrize("company", ["Foo S.A.", "Kraków Data Sp. z o.o.", "Yahoo!", "Acme Inc."])
@pytest.mark.parametrize("tone", ["warm", "formal", "concise"])
def test_a_company_ending_in_a_stop_never_gets_a_second_one(
    warm_notes: Notes, company: str, tone: str
) -> None:
    data = warm_notes.model_dump(mode="json") | {"company": company, "tone": tone}
    notes = Notes.model_validate(data)
    text = _draft(notes)
    assert company in text
    assert f"{company}." not in text, text
    assert check_letter(text, notes).ok


def test_capitalised_list_items_are_lowered_inside_sentences(warm_notes: Notes) -> None:
    data = warm_notes.model_dump(mode="json") | {
        "contribution": "A testing strategy for the payments team.",
        "next_steps": "They will decide by Friday.",
        "tone": "concise",
    }
    data["interviewers"][0]["topics"] = ["Test automation in CI.", "the flaky test dashboard"]
    notes = Notes.model_validate(data)
    text = _draft(notes)
    assert "discussing test automation in CI." in text
    assert "a testing strategy for the payments team." in text
    assert "next step: they will decide by Friday." in text
    assert check_letter(text, notes).ok


def test_a_capitalised_gerund_is_lowered_and_a_name_is_kept(warm_notes: Notes) -> None:
    data = warm_notes.model_dump(mode="json")
    data["interviewers"][0]["topics"] = ["Scaling the nightly jobs"]
    assert "of scaling the nightly jobs" in _draft(Notes.model_validate(data))
    data["interviewers"][0]["topics"] = ["Kafka consumer lag"]
    assert "of Kafka consumer lag" in _draft(Notes.model_validate(data))


@pytest.mark.parametrize("size", [4, 6, 9])
def test_a_larger_panel_does_not_share_one_wording_in_every_letter(
    panel_notes: Notes, size: int
) -> None:
    data = panel_notes.model_dump(mode="json")
    data["interviewers"] = [
        {"name": f"Person {chr(65 + i)}lder", "topics": [f"the {i} roadmap"]} for i in range(size)
    ]
    data["highlights"] = ["shipped the reminder app"]
    notes = Notes.model_validate(data)
    leads = set()
    for index in range(size):
        text = _draft(notes, index)
        [sentence] = [s for s in re.split(r"(?<=[.!?])\s+", text) if "shipped" in s]
        leads.add(sentence.split(" I shipped")[0])
    assert len(leads) > 1, leads


@pytest.mark.parametrize("name", [p.name for p in example_files()])
@pytest.mark.parametrize("tone", ["warm", "formal", "concise"])
@pytest.mark.parametrize("channel", ["email", "letter"])
def test_a_letter_does_not_say_appreciated_or_enjoyed_twice(
    name: str, tone: str, channel: str
) -> None:
    base = load_notes(EXAMPLES / name).model_dump(mode="json")
    notes = Notes.model_validate(base | {"tone": tone, "channel": channel})
    for index in range(len(notes.interviewers)):
        text = _draft(notes, index).lower()
        for word in ("appreciat", "enjoy", "pleasure", "valued"):
            assert text.count(word) <= 1, (word, text)


def test_a_long_item_that_must_go_does_not_take_the_personal_line_with_it(
    warm_notes: Notes,
) -> None:
    data = warm_notes.model_dump(mode="json")
    data["contribution"] = "a plan for " + " and ".join(f"the {w} work" for w in _LONG_WORDS)
    notes = Notes.model_validate(data)
    text = _draft(notes)
    assert "the zeta work" not in text  # too long for an email: dropped
    assert "Lisbon" in text  # but the short personal line fits again
    assert not check_letter(text, notes).violations


_LONG_WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"] * 6


@pytest.mark.parametrize("tone", ["warm", "concise"])
def test_a_printed_letter_opens_with_dear_in_every_tone(panel_notes: Notes, tone: str) -> None:
    data = panel_notes.model_dump(mode="json") | {"channel": "letter", "tone": tone}
    notes = Notes.model_validate(data)
    for index, person in enumerate(notes.interviewers):
        assert f"\n\nDear {person.salutation}," in _draft(notes, index)


@pytest.mark.parametrize("tone", ["warm", "formal", "concise"])
def test_avoiding_a_repeated_word_does_not_make_panel_letters_alike(
    panel_notes: Notes, tone: str
) -> None:
    notes = Notes.model_validate(panel_notes.model_dump(mode="json") | {"tone": tone})
    topics = [p.topics[0] for p in notes.interviewers]
    openings = []
    for index in range(3):
        text = _draft(notes, index)
        [sentence] = [s for s in re.split(r"(?<=[.!?])\s+", text) if topics[index] in s]
        openings.append(sentence.split(topics[index])[0])
    assert len(set(openings)) == 3, openings


def test_list_items_ending_in_a_question_mark_or_etc_sit_cleanly_in_a_sentence(
    warm_notes: Notes,
) -> None:
    data = warm_notes.model_dump(mode="json") | {"next_steps": "Second round with the CTO"}
    data["interviewers"][0]["topics"] = ["how we would scale tenfold?", "on-call rotations etc."]
    notes = Notes.model_validate(data)
    text = _draft(notes)
    assert "how we would scale tenfold and on-call rotations has" in text
    assert "?" not in text and " etc" not in text
    assert "second round with the CTO" in text
    assert check_letter(text, notes).ok


@pytest.mark.parametrize(
    ("salutation", "greeting"),
    [
        ("Ms. Whitfield,", "Dear Ms. Whitfield,"),
        ("Dear Ms. Whitfield,", "Dear Ms. Whitfield,"),
        ("Dear Dana", "Dear Dana,"),
        ("Hi Dana!", "Dear Dana,"),
        ("dana", "Dear Dana,"),
        ("ms. whitfield", "Dear Ms. Whitfield,"),
        ("Dr.", "Dear Dana Whitfield,"),
        ("Dear,", "Dear Dana Whitfield,"),
    ],
)
def test_a_salutation_typed_as_a_greeting_gives_one_clean_greeting(
    warm_notes: Notes, salutation: str, greeting: str
) -> None:
    data = warm_notes.model_dump(mode="json")
    data["interviewers"][0]["salutation"] = salutation
    notes = Notes.model_validate(data)
    text = _draft(notes)
    assert f"\n\n{greeting}\n\n" in text, text[:120]
    assert check_letter(text, notes).ok


def test_without_topics_no_sentence_points_back_at_them(panel_notes: Notes) -> None:
    data = panel_notes.model_dump(mode="json")
    for person in data["interviewers"]:
        person["topics"] = []
    notes = Notes.model_validate(data)
    for tone in ("warm", "formal", "concise"):
        toned = notes.model_copy(update={"tone": tone})
        for index in range(3):
            assert "that work" not in _draft(toned, index)


# --- arbitrary valid notes -----------------------------------------------------------------

# Real names from many languages, combined freely: accents, hyphens and apostrophes included.
_given_names = st.sampled_from(
    ["Amélie", "Kjetil", "Chinedu", "Seán", "Zoë", "José", "Mei-Ling", "Siobhán", "Ólafur",
     "François", "Joaquín", "Łukasz", "Björk", "Aisha", "Tomás", "Dana", "Priya", "Jürgen"]
)  # fmt: skip
_surnames = st.sampled_from(
    ["Dubois", "Lefèvre", "Ølstad", "Okafor", "Farsi", "Nguyễn", "Gonçalves", "Muñoz",
     "Whitfield", "Guðmundsdóttir", "Zhou", "Rivera", "Connor", "Kowalski", "Müller", "Shaw"]
)  # fmt: skip
_family = st.one_of(
    _surnames,
    st.tuples(_surnames, _surnames).filter(lambda p: p[0] != p[1]).map("-".join),
    _surnames.map(lambda w: f"O'{w}"),
    _surnames.map(lambda w: f"Al-{w}"),
)
_person = st.tuples(_given_names, _family).map(" ".join)
_Place = st.sampled_from(["Lisbon", "Kraków", "São Paulo", "Reykjavík", "Zürich", "Norway"])
_stem = st.sampled_from(
    ["Brightline", "Nordlys", "Café", "Québec", "Zürich", "Hargreave", "Lowe", "O'Malley",
     "Saint-Étienne", "Øresund", "Larkspur", "Cobalt", "Mäkelä", "D'Arcy", "Northwind"]
)  # fmt: skip
_company = st.one_of(
    st.lists(_stem, min_size=1, max_size=3, unique=True).map(" ".join),
    st.tuples(_stem, _stem).filter(lambda p: p[0] != p[1]).map(lambda p: f"{p[0]} & {p[1]}"),
    st.tuples(_stem, _stem).filter(lambda p: p[0] != p[1]).map(lambda p: f"{p[0]}-{p[1]} Ltd"),
    _stem.map(lambda w: f"{w} Health Inc"),
)
_role = st.sampled_from(
    ["Data Engineer", "Product Designer", "Trainee Solicitor", "Nurse Manager", "Barista",
     "Head of Growth", "Site Reliability Engineer", "Junior Developer"]
)  # fmt: skip
# Topics and the like are English phrases; names and companies are invented words.
_vocab = st.sampled_from(
    [
        "data",
        "pipeline",
        "budget",
        "review",
        "patient",
        "design",
        "system",
        "onboarding",
        "flow",
        "night",
        "shift",
        "clinic",
        "customer",
        "support",
        "release",
        "notes",
        "portal",
        "testing",
        "accessibility",
        "reporting",
        "warehouse",
        "cost",
        "migration",
        "streaming",
        "batch",
        "jobs",
        "team",
        "hiring",
        "security",
        "audit",
        "mobile",
        "app",
        "garden",
        "bread",
        "jazz",
        "football",
        "novel",
        "marathon",
        "kitchen",
        "menu",
        "supplier",
        "contract",
    ]
)
_phrase = st.lists(_vocab, min_size=1, max_size=4, unique=True).map(" ".join)
_address = st.tuples(st.integers(1, 250), _stem, _Place, st.sampled_from(["\n", ", "])).map(
    lambda p: f"{p[0]} {p[1]} Road{p[3]}{p[2]}"
)
_kin = st.sampled_from(["team", "family", "daughter", "son", "partner", "sister", "lab"])
_thing = st.sampled_from(["puppy", "kitten", "bicycle", "sailing boat", "vegetable garden"])
_topic = st.one_of(
    _phrase.map(lambda p: f"the {p}"),
    st.tuples(_phrase, _vocab).map(lambda p: f"how the {p[0]} is {p[1]}ed"),
    _phrase,
)
_qualification = st.one_of(
    st.tuples(st.integers(2, 20), _phrase).map(lambda p: f"{p[0]} years of {p[1]}"),
    _phrase.map(lambda p: f"a certificate in {p}"),
    st.sampled_from(["I am fluent in Welsh and English", "I hold a clean driving licence"]),
)
_highlight = st.one_of(
    st.tuples(_phrase, st.integers(2, 99)).map(lambda p: f"led {p[0]} for {p[1]} people"),
    st.tuples(_phrase, st.integers(5, 60)).map(lambda p: f"cut {p[0]} costs by {p[1]}%"),
    _phrase.map(lambda p: f"a talk on {p}"),
    _phrase.map(lambda p: f"I led the {p} review"),
)
_pronoun = st.sampled_from(["he", "she", "they"])
_rapport = st.one_of(
    st.tuples(_pronoun, _Place).map(
        lambda p: f"{p[0]} {'are' if p[0] == 'they' else 'is'} flying to {p[1]} next week"
    ),
    st.tuples(_pronoun, _thing).map(lambda p: f"{p[0]} just adopted a {p[1]}"),
    st.tuples(st.sampled_from(["his", "her", "their"]), _kin, _Place).map(
        lambda p: f"{p[0]} {p[1]} is moving to {p[2]}"
    ),
    st.tuples(st.sampled_from(["he", "she"]), _phrase).map(lambda p: f"{p[0]} loves {p[1]}"),
    _phrase,  # not convertible: a neutral line instead
)


@st.composite
def notes_strategy(draw: Any) -> Notes:
    """Arbitrary valid notes: unusual names, panels, optional fields on and off."""
    people = draw(st.lists(_person, min_size=1, max_size=3, unique_by=lambda n: n.split()[0]))
    interviewers = []
    for name in people:
        first, _, family = name.partition(" ")
        salutation = draw(st.sampled_from([None, first, f"Dr. {family}", f"Ms. {family}"]))
        interviewers.append(
            {
                "name": name,
                "salutation": salutation,
                "title": draw(st.one_of(st.none(), st.just("Team Lead"))),
                "topics": draw(st.lists(_topic, max_size=3)),
                "rapport": draw(st.lists(_rapport, max_size=2)),
            }
        )
    qualifications = draw(st.lists(_qualification, max_size=3))
    highlights = draw(st.lists(_highlight, min_size=0 if qualifications else 1, max_size=2))
    data = {
        "candidate": {
            "name": draw(_person),
            "email": draw(st.sampled_from([None, "me@example.com"])),
            "phone": draw(st.sampled_from([None, "+1 555 010 0199"])),
            "address": draw(st.one_of(st.none(), _address)),
        },
        "company": draw(_company),
        "role": draw(_role),
        "interview": {
            "date": draw(st.dates(dt.date(2020, 1, 1), dt.date(2030, 12, 31))).isoformat(),
            "format": draw(st.sampled_from([None, "phone", "video", "onsite", "panel", "other"])),
        },
        "interviewers": interviewers,
        "qualifications": qualifications,
        "highlights": highlights,
        "contribution": draw(
            st.one_of(
                st.none(),
                _phrase.map(lambda p: f"steady work on {p}"),
                _phrase.map(lambda p: f"help the team improve the {p}"),
            )
        ),
        "follow_up": draw(
            st.one_of(st.none(), _phrase.map(lambda p: f"I have since finished the {p}"))
        ),
        "next_steps": draw(st.one_of(st.none(), _phrase.map(lambda p: f"a decision on {p}"))),
        "open_to_other_roles": draw(st.booleans()),
        "tone": draw(st.sampled_from(["warm", "formal", "concise"])),
        "channel": draw(st.sampled_from(["email", "letter"])),
    }
    return Notes.model_validate(data)


@settings(max_examples=80)
@given(notes_strategy())
def test_offline_letters_pass_every_error_rule_for_any_notes(notes: Notes) -> None:
    letters = compose(notes, max_attempts=1, today=dt.date(2031, 1, 1))  # dates drawn to 2030
    for letter in letters:
        assert letter.ok, (letter.text, letter.report.errors)
        assert letter.attempts == 1
        if notes.channel == "email":
            assert letter.subject is not None and len(f"Subject: {letter.subject}") <= 80
        else:
            assert letter.subject is None


@settings(max_examples=40)
@given(notes_strategy())
def test_offline_letters_have_no_proofreading_findings_for_any_notes(notes: Notes) -> None:
    pytest.importorskip("harper")
    from composer.rules.proofread import proofread_findings

    for index in range(len(notes.interviewers)):
        text = _draft(notes, index)
        assert proofread_findings(text, notes) == [], text


@pytest.mark.parametrize("tone", ["warm", "formal", "concise"])
@pytest.mark.parametrize("channel", ["email", "letter"])
def test_a_large_panel_with_identical_notes_still_gets_distinct_letters(
    examples_dir: Path, tone: str, channel: str
) -> None:
    data = load_notes(examples_dir / "formal_letter.json").model_dump(mode="json")
    first = data["interviewers"][0]
    names = ["Ana", "Ben", "Cleo", "Dev", "Eva", "Finn", "Gus", "Hana", "Ivo"]
    data["interviewers"] = [{**first, "name": f"{n} Bell", "salutation": None} for n in names]
    notes = Notes.model_validate({**data, "tone": tone, "channel": channel})
    letters = compose(notes, today=dt.date(2031, 1, 1))
    assert all(letter.ok for letter in letters), [
        v.message for letter in letters for v in letter.report.errors
    ]


def test_items_in_the_candidates_own_words_stay_grammatical(warm_notes: Notes) -> None:
    data = warm_notes.model_dump(mode="json")
    data["qualifications"] = ["I am fluent in Welsh and English"]
    data["highlights"] = ["I led the migration to Kafka"]
    data["contribution"] = "help the team ship the streaming platform sooner"
    text = _draft(Notes.model_validate(data))
    assert "I am fluent in Welsh and English." in text
    assert "I led the migration to Kafka" in text and "I I" not in text
    assert "to help the team ship the streaming platform sooner." in text
