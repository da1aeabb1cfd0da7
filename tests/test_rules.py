"""Unit tests of the rules engine: parsing, addressee, each rule alone, the proofread hook."""

from __future__ import annotations

import datetime as dt
import functools
import re
import sys
from pathlib import Path

import pytest

from composer.errors import InputError
from composer.models import Notes
from composer.notes_file import load_notes
from composer.rules import CHECKS, RULE_IDS, RULES, check_letter, check_letters, resolve_addressee
from composer.rules.context import Context
from composer.rules.facts import facts_for
from composer.rules.names import near_miss
from composer.rules.report import Violation
from composer.rules.text import parse

CORPUS = Path(__file__).resolve().parent / "corpus"
GOOD_WARM = (CORPUS / "good" / "warm_email_dana.txt").read_text(encoding="utf-8")
GOOD_KJETIL = (CORPUS / "good" / "panel_kjetil.txt").read_text(encoding="utf-8")


def rules_of(text: str, notes: Notes, to: str | None = None) -> set[str]:
    return {v.rule for v in check_letter(text, notes, to).violations}


def findings(text: str, notes: Notes, rule: str, to: str | None = None) -> list[Violation]:
    return [v for v in check_letter(text, notes, to).violations if v.rule == rule]


# --- parsing -------------------------------------------------------------------------------


def test_parse_finds_the_parts_of_an_email() -> None:
    letter = parse(GOOD_WARM)
    assert letter.subject is not None and letter.subject.text.startswith("Subject:")
    assert letter.greeting is not None and letter.greeting.text == "Dear Ms. Whitfield,"
    assert letter.signoff is not None and letter.signoff.text == "Best regards,"
    assert letter.signature is not None and letter.signature.text == "Priya Raman"
    assert [line.text for line in letter.after] == ["priya.raman@example.com", "+1 555 010 0199"]
    assert letter.sentences[0].text.startswith("Thank you for taking the time")


def test_title_abbreviations_do_not_end_a_sentence() -> None:
    letter = parse("Dear Dana,\n\nI met Ms. Whitfield and Dr. Okafor today. It went well.\n")
    assert [s.text for s in letter.sentences] == [
        "I met Ms. Whitfield and Dr. Okafor today.",
        "It went well.",
    ]


def test_word_count_leaves_out_the_subject_line() -> None:
    with_subject = parse("Subject: Thank you for everything today\n\nDear Dana,\n\nThanks.\n")
    assert with_subject.words == 3


def test_words_are_counted_as_a_person_counts_them() -> None:
    assert parse("docs-as-code, priya@example.com - & 40% O'Connor").words == 4


def test_crlf_and_typographic_apostrophes_are_normalised(warm_notes: Notes) -> None:
    text = GOOD_WARM.replace("\n", "\r\n").replace("I know how", "I know how")
    assert check_letter(text.replace("Northwind.", "Northwind’s team."), warm_notes).ok


# --- addressee -----------------------------------------------------------------------------


def test_addressee_comes_from_the_greeting(panel_notes: Notes) -> None:
    assert check_letter(GOOD_KJETIL, panel_notes).to == "Kjetil Ølstad"


def test_to_accepts_full_name_salutation_or_unique_name_word(panel_notes: Notes) -> None:
    for to in ("Kjetil Ølstad", "kjetil ølstad", "Kjetil", "Ølstad"):
        assert resolve_addressee(GOOD_KJETIL, panel_notes, to) == "Kjetil Ølstad"
    assert resolve_addressee(GOOD_KJETIL, panel_notes, "Mr. Okafor") == "Chinedu Okafor"


def test_unknown_to_is_an_input_error_listing_the_interviewers(panel_notes: Notes) -> None:
    with pytest.raises(InputError, match="Amélie Dubois-Lefèvre"):
        check_letter(GOOD_KJETIL, panel_notes, to="Nobody Here")


def test_panel_letter_without_a_named_greeting_needs_to(panel_notes: Notes) -> None:
    text = GOOD_KJETIL.replace("Hello Kjetil,", "Hello,")
    with pytest.raises(InputError, match="`to`"):
        check_letter(text, panel_notes)
    assert check_letter(text, panel_notes, to="Kjetil Ølstad").to == "Kjetil Ølstad"


def test_single_interviewer_is_the_default(warm_notes: Notes) -> None:
    text = GOOD_WARM.replace("Dear Ms. Whitfield,", "Hello,")
    report = check_letter(text, warm_notes)
    assert report.to == "Dana Whitfield"
    assert {v.rule for v in report.violations} == {"greeting"}


# --- names ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "meant"),
    [
        ("Whitfeld", "Whitfield"),
        ("Whitfiled", "Whitfield"),
        ("Northwnd", "Northwind"),
        ("Ramen", "Raman"),
        ("WhitField", "Whitfield"),
    ],
)
def test_near_misses_of_warm_names(warm_notes: Notes, word: str, meant: str) -> None:
    token = near_miss(word, facts_for(warm_notes))
    assert token is not None and token.text == meant


@pytest.mark.parametrize(
    "word", ["Data", "Dana", "Whitfield", "Northwind's", "WHITFIELD", "Lisbon", "Well", "Dean"]
)
def test_real_words_and_exact_names_are_not_near_misses(warm_notes: Notes, word: str) -> None:
    assert near_miss(word, facts_for(warm_notes)) is None


@pytest.mark.parametrize(
    ("word", "meant"),
    [("Olstad", "Ølstad"), ("Amelie", "Amélie"), ("Dubois-Lefevre", "Dubois-Lefèvre")],
)
def test_dropped_accents_are_misspellings(panel_notes: Notes, word: str, meant: str) -> None:
    token = near_miss(word, facts_for(panel_notes))
    assert token is not None and token.text == meant


def test_apostrophes_and_hyphens_in_names(examples_dir: Path) -> None:
    facts = facts_for(load_notes(examples_dir / "formal_letter.json"))
    assert near_miss("O'Connor-Ramírez", facts) is None
    assert near_miss("O'Connor-Ramirez", facts) is not None
    assert near_miss("OConnor-Ramírez", facts) is not None
    other = facts_for(load_notes(examples_dir / "open_to_other_roles.json"))
    assert near_miss("D'Souza", other) is None
    assert near_miss("D'souza", other) is not None
    assert near_miss("DSouza", other) is not None


def test_names_message_quotes_and_says_how_to_fix(warm_notes: Notes) -> None:
    text = GOOD_WARM.replace("joining Northwind.", "joining Northwind, Ms. Whitfeld.")
    (found,) = findings(text, warm_notes, "names")
    assert found.quote == "Whitfeld"
    assert '"Whitfield"' in found.message and "line 9" in found.message
    assert found.fix is not None and "Whitfield" in found.fix


def test_a_common_word_at_a_sentence_start_is_not_a_misspelled_name(examples_dir: Path) -> None:
    notes = load_notes(examples_dir / "phone_screen.json")
    text = (CORPUS / "good" / "phone_screen_jordan.txt").read_text(encoding="utf-8")
    text = text.replace("I am very interested", "Well, I am very interested")
    assert check_letter(text, notes).violations == ()


# --- grounding -----------------------------------------------------------------------------


def test_grounding_catches_invented_facts(warm_notes: Notes) -> None:
    cases = {
        "cut warehouse costs by 40%": "cut warehouse costs by 4%",
        "trip to Lisbon": "trip to Porto",
        "running Airflow and Kafka": "running Airflow and Spark",
        "the work ahead of your team": "the work ahead of your team and Marcus",
        "December 5": "December 12",
    }
    for old, new in cases.items():
        invented = new.split()[-1].rstrip("%")
        found = findings(GOOD_WARM.replace(old, new), warm_notes, "grounding")
        assert [v.quote for v in found] == [invented], (new, [v.message for v in found])


def test_grounding_accepts_form_words_and_title_case_subjects(warm_notes: Notes) -> None:
    text = GOOD_WARM.replace(
        "Subject: Thank you for the Senior Data Engineer interview",
        "Subject: Thank You for the Senior Data Engineer Interview",
    ).replace("I hope your trip", "On Tuesday I said so. I hope your trip")
    assert check_letter(text, warm_notes).violations == ()


def test_grounding_checks_contact_lines(warm_notes: Notes) -> None:
    text = GOOD_WARM.replace("+1 555 010 0199", "+1 555 010 0100")
    assert [v.quote for v in findings(text, warm_notes, "grounding")] == ["+1 555 010 0100"]
    email = "priya.raman@example.com"
    text = GOOD_WARM.replace(email, f"{email}\nlinkedin.com/in/pr")
    assert [v.quote for v in findings(text, warm_notes, "grounding")] == ["linkedin.com/in/pr"]


# --- the weekday of the interview (warm notes: Tuesday 2026-11-24) ---------------------------

_TRIP = "I hope your trip to Lisbon next week goes smoothly."


def _with_sentence(sentence: str) -> str:
    assert _TRIP in GOOD_WARM
    return GOOD_WARM.replace(_TRIP, f"{_TRIP} {sentence}")


@pytest.mark.parametrize(
    ("sentence", "quote"),
    [
        ("Thank you for meeting with me on Monday.", "on Monday"),
        ("Thank you again for your time on Monday.", "on Monday"),
        ("I enjoyed our conversation on Monday about streaming.", "on Monday"),
        ("It was a pleasure to speak with you last Monday.", "last Monday"),
        ("Our interview on Wednesday was a highlight of my week.", "on Wednesday"),
        ("Thanks for Monday's interview.", "Monday's interview"),
        ("I really enjoyed Friday's video call.", "Friday's video call"),
    ],
)
def test_a_wrong_weekday_for_the_interview_is_caught(
    warm_notes: Notes, sentence: str, quote: str
) -> None:
    found = check_letter(_with_sentence(sentence), warm_notes).violations
    assert [(v.rule, v.quote) for v in found] == [("grounding", quote)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Thank you for meeting with me on Tuesday.",
        "Thanks for Tuesday's interview.",
        "I can start on Monday.",
        "I look forward to your decision on Friday.",
        "I look forward to our call on Friday.",
        "I would be glad to speak again on Friday.",
        "I am available for a follow-up call on Friday.",
        "Thank you for setting up the call on Friday.",
        "Thanks again for your time; I will send the report on Monday.",
        "Thank you for telling me about the board meeting on Monday.",
        "Thank you for explaining that the team meets on Mondays.",
        "Managers read those summaries on a Monday morning.",
        "I will prepare for Friday's call.",
        "Thank you for your time yesterday.",
    ],
)
def test_other_weekdays_are_left_alone(warm_notes: Notes, sentence: str) -> None:
    assert check_letter(_with_sentence(sentence), warm_notes).violations == ()


def test_a_wrong_weekday_in_the_subject(warm_notes: Notes) -> None:
    text = GOOD_WARM.replace(
        "Subject: Thank you for the Senior Data Engineer interview",
        "Subject: Thank you for Monday's Senior Data Engineer interview",
    )
    assert [v.quote for v in findings(text, warm_notes, "grounding")] == [
        "Monday's Senior Data Engineer interview"
    ]


def test_weekday_finding_says_where_what_and_how_to_fix(warm_notes: Notes) -> None:
    (found,) = findings(
        _with_sentence("Thank you for your time on Monday."), warm_notes, "grounding"
    )
    assert found.message == (
        'line 9: "on Monday" puts the interview on a Monday, but the notes date it 2026-11-24, '
        'a Tuesday. Write "on Tuesday", or correct interview.date in the notes if it is wrong.'
    )
    assert found.fix == (
        'The interview was on Tuesday (2026-11-24), not Monday: write "on Tuesday" instead of '
        '"on Monday".'
    )
    # The weekday follows the notes: the same sentence is right for a Monday interview.
    monday = warm_notes.interview.model_copy(update={"date": dt.date(2026, 11, 23)})
    notes = warm_notes.model_copy(update={"interview": monday})
    assert findings(_with_sentence("Thank you for your time on Monday."), notes, "grounding") == []


# --- title-case Subject and "Re:" lines ------------------------------------------------------


def _subject(text: str, subject: str) -> str:
    first = text.splitlines()[0]
    assert first.startswith("Subject: ")
    return text.replace(first, f"Subject: {subject}", 1)


@pytest.mark.parametrize(
    "subject",
    [
        "Thank You for Your Time",
        "Thank You – Following Up on the Senior Data Engineer Interview",
        "Great Speaking With You Today – Thank You",
        "Thank You for Today's Interview",
        "Thank You for a Great Conversation",
        "Enjoyed Our Conversation – Thank You",
        "Thank You for the Opportunity and Next Steps",
        "Thank You - Follow-Up on Our Interview",
        "Thank You for the Northwind Analytics Interview",
        "Thanks for the Conversation About Streaming",  # a word of the notes
        "Thank You From Priya Raman",
    ],
)
def test_ordinary_title_case_subject_words_are_not_names(warm_notes: Notes, subject: str) -> None:
    assert check_letter(_subject(GOOD_WARM, subject), warm_notes).violations == ()


@pytest.mark.parametrize(
    ("subject", "quotes"),
    [
        ("Thank You for the Interview at Contoso Labs", ["Labs"]),  # Contoso is in the notes
        ("Thank You for the Interview at Acme Labs", ["Acme", "Labs"]),
        ("Acme Interview – Thank You", ["Acme"]),  # the first word is checked too
        ("Thank You – Staff Data Engineer Interview", ["Staff"]),
        ("Thank You for the Interview With Marcus", ["Marcus"]),
        ("Thank You for Speaking With Sterling", ["Sterling"]),
        ("Thank You for the Interview in Boston", ["Boston"]),
    ],
)
def test_an_invented_name_in_a_title_case_subject_is_caught(
    warm_notes: Notes, subject: str, quotes: list[str]
) -> None:
    found = check_letter(_subject(GOOD_WARM, subject), warm_notes).violations
    assert [(v.rule, v.quote) for v in found] == [("grounding", q) for q in quotes]


def test_names_with_hyphens_and_apostrophes_in_a_title_case_subject(examples_dir: Path) -> None:
    notes = load_notes(examples_dir / "open_to_other_roles.json")
    text = (CORPUS / "good" / "other_roles_greg.txt").read_text(encoding="utf-8")
    good = _subject(text, "Thank You, Gregory D'Souza – From Aisha Al-Farsi")
    assert check_letter(good, notes).violations == ()
    found = findings(
        _subject(text, "Thank You, Gregory D'Souza – From Aisha Al-Rashid"), notes, "grounding"
    )
    assert [v.quote for v in found] == ["Al-Rashid"]


def test_a_subject_word_the_letter_uses_in_lower_case_is_ordinary(warm_notes: Notes) -> None:
    text = _subject(GOOD_WARM, "Thank You for a Candid Talk")
    assert [v.quote for v in findings(text, warm_notes, "grounding")] == ["Candid", "Talk"]
    said = "I enjoyed our conversation about"
    assert said in text
    candid = text.replace(said, "I enjoyed our candid talk about")
    assert check_letter(candid, warm_notes).violations == ()


def test_subject_word_finding_says_where_what_and_how_to_fix(warm_notes: Notes) -> None:
    text = _subject(GOOD_WARM, "Thank You for the Interview at Acme")
    (found,) = findings(text, warm_notes, "grounding")
    assert found.message.startswith('line 1: "Acme" in the Subject line is in neither the notes')
    assert "remove it, or add it to the notes" in found.message
    assert found.quote == "Acme" and found.fix is not None and 'Remove "Acme"' in found.fix


def test_a_re_line_above_the_greeting_of_a_printed_letter(examples_dir: Path) -> None:
    notes = load_notes(examples_dir / "formal_letter.json")
    text = (CORPUS / "good" / "formal_letter_ellison_shaw.txt").read_text(encoding="utf-8")
    good = text.replace("\nDear", "\nRe: Trainee Solicitor Interview, 23 November 2026\n\nDear")
    assert check_letter(good, notes).violations == ()
    invented = good.replace("Interview, 23", "Interview at Temple Chambers, 23")
    found = findings(invented, notes, "grounding")
    assert [v.quote for v in found] == ["Temple", "Chambers"]
    assert found[0].message.startswith('line 11: "Temple" in the "Re:" line')


# --- letterhead of a printed letter ----------------------------------------------------------

KESTREL_NOTES = CORPUS / "notes" / "kestrel_letter.json"
KESTREL = (CORPUS / "good" / "kestrel_letterhead_block.txt").read_text(encoding="utf-8")


@pytest.fixture
def kestrel_notes() -> Notes:
    return load_notes(KESTREL_NOTES)


def test_greeting_is_found_after_a_long_letterhead() -> None:
    text = (CORPUS / "good" / "kestrel_letterhead_long.txt").read_text(encoding="utf-8")
    letter = parse(text)
    assert letter.greeting is not None and letter.greeting.text == "Dear Ms. Brassington,"
    assert len(letter.before_greeting) == 12  # more than the 12 lines once searched in all
    assert letter.sentences[0].text == "Thank you for the second interview on Wednesday."


def test_a_long_letterhead_line_is_not_prose() -> None:
    head = "Tomás Ó Briain · Flat 2, 14 Harbour View, Dún Laoghaire, Co. Dublin A96 X2K4, Ireland"
    letter = parse(f"{head}\n\nDear Ms. Brassington,\n\nThank you.\n")
    assert letter.greeting is not None and letter.greeting.number == 3
    prose = "I was glad to meet you and to hear so much about the claims team and its plans."
    assert parse(f"{prose}\n\nHi Helen,\n\nThank you.\n").greeting is None


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("19 November 2026", "November 19th, 2026"),
        ("19 November 2026", "Thursday, 19 November 2026"),
        ("19 November 2026", "2026-11-19"),
        ("19 November 2026", "19.11.2026"),
        ("19 November 2026", "Date: 11/19/2026"),
        ("19 November 2026", "Dún Laoghaire, 19 Nov. 2026"),
        ("Head of Marine Claims\n", "Head of Marine Claims, Kestrel Maritime Insurance\n"),
        ("Head of Marine Claims\n", "Head of Marine Claims at Kestrel Maritime Insurance\n"),
        ("Ms. Helen Brassington\n", "Helen Brassington (Head of Marine Claims)\n"),
        ("+353 1 555 0142", "Tel. +353 1 555 0142"),
        ("Flat 2, 14 Harbour View", "Address: Flat 2, 14 Harbour View"),
        ("Dún Laoghaire\nCo. Dublin", "Dún Laoghaire, Co. Dublin"),
    ],
)
def test_letterhead_lines_from_the_notes_pass(kestrel_notes: Notes, old: str, new: str) -> None:
    assert old in KESTREL
    assert check_letter(KESTREL.replace(old, new), kestrel_notes).violations == ()


@pytest.mark.parametrize(
    ("old", "new", "quotes"),
    [
        ("14 Harbour View", "14 Marine View", ["14 Marine View"]),  # notes words, made-up street
        ("14 Harbour View", "27 Harbour Road", ["27", "Road"]),
        ("Kestrel Maritime Insurance\n\n", "Osprey Shipping\n\n", ["Osprey", "Shipping"]),
        ("Head of Marine Claims", "Head of Claims", ["Head of Claims"]),
        ("Kestrel Maritime Insurance\n\n", "Kestrel Maritime Insurance\nCork\n\n", ["Cork"]),
        ("19 November 2026", "Cork, 19 November 2026", ["Cork"]),
        ("Ireland\n", "Ireland\n+353 1 555 0199\n", ["+353 1 555 0199"]),
    ],
)
def test_an_invented_letterhead_line_is_caught(
    kestrel_notes: Notes, old: str, new: str, quotes: list[str] | None
) -> None:
    found = check_letter(KESTREL.replace(old, new), kestrel_notes).violations
    assert {v.rule for v in found} == {"grounding"}
    assert [v.quote for v in found] == (quotes or [new.strip()])


def test_letterhead_finding_says_where_what_and_how_to_fix(kestrel_notes: Notes) -> None:
    text = KESTREL.replace("14 Harbour View", "14 Marine View")
    (found,) = findings(text, kestrel_notes, "grounding")
    assert found.message.startswith('line 2: "14 Marine View" above the greeting is not from')
    assert "name, address and contact details" in found.message
    assert found.fix is not None and 'Remove "14 Marine View"' in found.fix


def _with_address(notes: Notes, address: str) -> Notes:
    return notes.model_copy(
        update={"candidate": notes.candidate.model_copy(update={"address": address})}
    )


def test_a_postcode_of_letters_and_digits(kestrel_notes: Notes) -> None:
    notes = _with_address(
        kestrel_notes, "14 Harbour View, Dún Laoghaire, Co. Dublin A96 X2K4, Ireland"
    )
    text = KESTREL.replace("Flat 2, ", "").replace("Co. Dublin\n", "Co. Dublin\nA96 X2K4\n")
    assert check_letter(text, notes).violations == ()
    wrong = text.replace("A96 X2K4", "A96 X2K5")
    assert [v.quote for v in findings(wrong, notes, "grounding")] == ["X2K5"]


def test_an_address_needs_the_address_in_the_notes(kestrel_notes: Notes) -> None:
    candidate = kestrel_notes.candidate.model_copy(update={"address": None})
    notes = kestrel_notes.model_copy(update={"candidate": candidate})
    quotes = [v.quote for v in findings(KESTREL, notes, "grounding")]
    assert quotes == [
        *("Flat", "2", "14", "Harbour", "View", "Dún", "Laoghaire", "Co", "Dublin"),
        "Ireland",  # a word of the notes (the Round Ireland race), but not of a letterhead field
    ]


def test_the_letterhead_of_an_email_is_still_the_greeting_rules_business(
    warm_notes: Notes,
) -> None:
    text = GOOD_WARM.replace("Dear Ms. Whitfield,", "24 November 2026\n\nDear Ms. Whitfield,")
    assert rules_of(text, warm_notes) == {"greeting"}


def test_the_address_may_follow_the_signature(kestrel_notes: Notes) -> None:
    body = KESTREL[KESTREL.index("Dear Ms.") :]
    assert check_letter(body + "14 Harbour View, Dún Laoghaire\n", kestrel_notes).ok
    assert rules_of(body + "14 Marine View\n", kestrel_notes) == {"signature"}


# --- hygiene -------------------------------------------------------------------------------


def test_placeholders_but_not_prose(warm_notes: Notes) -> None:
    assert "placeholders" in rules_of(GOOD_WARM.replace("Priya Raman\n", "Your Name\n"), warm_notes)
    prose = GOOD_WARM.replace("I hope your trip", "I was glad your name came up. I hope your trip")
    assert check_letter(prose, warm_notes).violations == ()
    for leftover in ("<Interviewer>", "{{company}}", "XXXX", "Lorem ipsum", "____"):
        text = GOOD_WARM.replace("I hope your trip", f"{leftover} I hope your trip")
        assert "placeholders" in rules_of(text, warm_notes), leftover


def test_leak_catches_machine_chatter_but_not_a_prompt_reply(warm_notes: Notes) -> None:
    for chatter in ("Sure! Here's the email:\n\n", "# Thank-you letter\n\n"):
        assert rules_of(chatter + GOOD_WARM, warm_notes) == {"leak"}, chatter
    reply = "Thank you for your prompt reply."
    text = GOOD_WARM.replace("I hope your trip", f"{reply} I hope your trip")
    assert check_letter(text, warm_notes).violations == ()
    text = GOOD_WARM.replace("I hope your trip", "As requested in the prompt, I hope your trip")
    assert "leak" in rules_of(text, warm_notes)


def test_tone_allows_one_exclamation_mark_and_known_acronyms(examples_dir: Path) -> None:
    notes = load_notes(examples_dir / "phone_screen.json")
    text = (CORPUS / "good" / "phone_screen_jordan.txt").read_text(encoding="utf-8")
    one = text.replace("the next steps.", "the next steps!")
    assert check_letter(one, notes).violations == ()
    assert rules_of(one.replace("yesterday about", "yesterday! about"), notes) == {"tone"}
    assert rules_of(text.replace("in SQL and Excel", "in SQL AND EXCEL"), notes) == {"tone"}


def test_each_rule_is_a_pure_function_of_letter_and_context(warm_notes: Notes) -> None:
    facts = facts_for(warm_notes)
    ctx = Context(facts, facts.people[0])
    letter = parse(GOOD_WARM)
    assert [v for rule in CHECKS for v in rule(letter, ctx)] == []
    # A letter with several faults: each rule gives the same findings again, even after it has
    # looked at another letter in between (no state kept from one call to the next).
    messy = parse(
        GOOD_WARM.replace("Dear Ms. Whitfield,", "Dear Ms. Whitfeld,")
        .replace("trip to Lisbon", "trip to Porto")
        .replace("at Northwind Analytics.", "at [Company Name].")
    )
    first = {rule: rule(messy, ctx) for rule in CHECKS}
    assert sum(len(found) for found in first.values()) >= 3
    for rule in CHECKS:
        rule(letter, ctx)
        assert rule(messy, ctx) == first[rule]
    flawed = parse(GOOD_WARM.replace("Best regards,\n", ""))
    assert [v.rule for rule in CHECKS for v in rule(flawed, ctx)] == ["signature"]


# --- sets of letters -----------------------------------------------------------------------


def test_unique_flags_the_same_letter_with_the_names_swapped(panel_notes: Notes) -> None:
    to_ole = GOOD_KJETIL
    to_amelie = GOOD_KJETIL.replace("Hello Kjetil,", "Hello Amélie,")
    reports = check_letters([("", to_ole), ("", to_amelie)], panel_notes)
    assert [r.to for r in reports] == ["Kjetil Ølstad", "Amélie Dubois-Lefèvre"]
    for report, other in zip(reports, ["Amélie Dubois-Lefèvre", "Kjetil Ølstad"], strict=True):
        (found,) = [v for v in report.violations if v.rule == "unique"]
        assert other in found.message


def test_unique_ignores_drafts_to_the_same_person(panel_notes: Notes) -> None:
    reports = check_letters([("", GOOD_KJETIL), ("Kjetil Ølstad", GOOD_KJETIL)], panel_notes)
    assert all(r.violations == () for r in reports)


def test_facts_follow_the_notes_content(warm_notes: Notes) -> None:
    renamed = warm_notes.model_copy(update={"company": "Southwind Analytics"})
    assert check_letter(GOOD_WARM, warm_notes).ok
    assert "role-and-company" in rules_of(GOOD_WARM, renamed)


# --- registry and proofread ----------------------------------------------------------------


def test_registry_lists_every_rule_once_in_order() -> None:
    assert len(set(RULE_IDS)) == len(RULE_IDS) == len(RULES)
    produced = [rule.__name__.replace("_and_", "-and-").replace("_", "-") for rule in CHECKS]
    assert [r for r in RULE_IDS if r not in ("unique", "proofread")] == produced
    severities = {r.id: r.severity for r in RULES}
    warnings = {rule for rule, severity in severities.items() if severity == "warning"}
    assert warnings == {"tone", "personal-touch", "register", "proofread"}
    assert all(r.summary.endswith(".") for r in RULES)


def test_proofread_findings_are_added_only_when_asked(
    warm_notes: Notes, monkeypatch: pytest.MonkeyPatch
) -> None:
    import composer.rules.proofread

    calls: list[str] = []

    def fake(text: str, notes: Notes, *, dialect: str | None = None) -> list[Violation]:
        calls.append(f"{dialect}: {text}")
        return [Violation("proofread", "warning", 'line 5: "teh" is misspelled.', "teh", "the")]

    monkeypatch.setattr(composer.rules.proofread, "proofread_findings", fake)
    assert check_letter(GOOD_WARM, warm_notes).violations == ()
    assert calls == []
    report = check_letter(GOOD_WARM, warm_notes, proofread=True)
    assert [v.rule for v in report.violations] == ["proofread"] and report.ok
    assert calls == [f"None: {GOOD_WARM}"]
    # A dialect is a proofreading setting: it turns proofreading on and is passed through.
    check_letter(GOOD_WARM, warm_notes, dialect="british")
    check_letters([("Dana Whitfield", GOOD_WARM)], warm_notes, dialect="en-US")
    assert calls[1:] == [f"british: {GOOD_WARM}", f"en-US: {GOOD_WARM}"]


def test_an_unknown_dialect_fails_before_any_rule_runs(warm_notes: Notes) -> None:
    with pytest.raises(InputError, match="klingon"):
        check_letter(GOOD_WARM, warm_notes, dialect="klingon")
    with pytest.raises(InputError, match="klingon"):
        check_letters([("Dana Whitfield", GOOD_WARM)], warm_notes, dialect="klingon")


def test_proofread_without_the_checker_says_how_to_install_it(
    warm_notes: Notes, monkeypatch: pytest.MonkeyPatch
) -> None:
    from composer.rules import proofread

    monkeypatch.setitem(sys.modules, "harper", None)
    # A fresh linter cache for this test: one built earlier in the process would hide the gap.
    monkeypatch.setattr(proofread, "_linter", functools.cache(proofread._linter.__wrapped__))
    with pytest.raises(InputError, match=re.escape(proofread.INSTALL_HINT)):
        check_letter(GOOD_WARM, warm_notes, proofread=True)


# --- forms a careful person uses -----------------------------------------------------------


def test_pasted_email_headers_above_the_subject_are_fine(warm_notes: Notes) -> None:
    text = "To: dana.whitfield@northwind.example\n" + GOOD_WARM
    assert check_letter(text, warm_notes).violations == ()
    text = "To: dana@elsewhere.example\n" + GOOD_WARM
    assert [v.quote for v in check_letter(text, warm_notes).violations] == [
        "dana@elsewhere.example"
    ]


def test_postscript_counts_for_the_personal_touch(warm_notes: Notes) -> None:
    without = GOOD_WARM.replace("I hope your trip to Lisbon next week goes smoothly. ", "")
    assert rules_of(without, warm_notes) == {"personal-touch"}
    with_ps = without + "\nP.S. Safe travels to Lisbon next week.\n"
    assert check_letter(with_ps, warm_notes).violations == ()
    invented = without + "\nP.S. Safe travels to Porto next week.\n"
    assert rules_of(invented, warm_notes) == {"grounding", "personal-touch"}


@pytest.mark.parametrize(
    "second",
    ["P.P.S. I enjoyed the office tour.", "PPS: I enjoyed the office tour.", "P.S. Enjoy it."],
)
def test_a_second_postscript_line_is_no_invented_name(warm_notes: Notes, second: str) -> None:
    # Its marker's capitals ("P", "S") were read as names the notes lack: the letter not ready.
    text = GOOD_WARM + f"\nP.S. Safe travels to Lisbon next week.\n{second}\n"
    assert check_letter(text, warm_notes).violations == ()
    letter = parse(text)
    assert [line.text for line in letter.postscript][-1] == second


def test_sign_off_and_name_on_one_line(warm_notes: Notes) -> None:
    one_line = GOOD_WARM.replace("Best regards,\nPriya Raman", "Best regards, Priya Raman")
    assert check_letter(one_line, warm_notes).violations == ()
    first_only = GOOD_WARM.replace("Best regards,\nPriya Raman", "Best regards, Priya")
    assert rules_of(first_only, warm_notes) == {"signature"}


def test_text_after_the_signature_is_flagged(warm_notes: Notes) -> None:
    text = GOOD_WARM + "\nLooking forward to Lisbon stories.\n"
    assert rules_of(text, warm_notes) == {"signature"}


def test_one_placeholder_is_one_finding(warm_notes: Notes) -> None:
    text = GOOD_WARM.replace("joining Northwind.", "joining [Company Name].")
    assert [v.quote for v in check_letter(text, warm_notes).violations] == ["[Company Name]"]


def test_a_common_short_word_is_not_a_personal_touch(examples_dir: Path) -> None:
    notes = load_notes(examples_dir / "formal_letter.json")  # rapport: the London Marathon
    text = (CORPUS / "good" / "formal_letter_plain.txt").read_text(encoding="utf-8")
    text = text.replace(
        "Good luck with the London Marathon in April.", "I am keen to start running."
    )
    assert rules_of(text, notes) == {"personal-touch"}


def test_a_capital_at_the_start_of_a_notes_entry_is_not_a_proper_noun(warm_notes: Notes) -> None:
    notes = warm_notes.model_copy(
        update={"qualifications": ["Led the Kafka migration at Contoso"], "highlights": []}
    )
    letter = (CORPUS / "flawed" / "qualifications" / "no_qualification.txt").read_text("utf-8")
    assert "qualifications" in rules_of(
        letter.replace("begin by", "begin, having led projects, by"), notes
    )
    assert "qualifications" not in rules_of(
        letter.replace("begin by", "begin, as at Contoso, by"), notes
    )


def test_a_common_word_near_a_name_is_left_to_grounding(warm_notes: Notes) -> None:
    dana = warm_notes.interviewers[0].model_copy(update={"title": None})
    notes = warm_notes.model_copy(update={"role": "Platform Engineer", "interviewers": [dana]})
    text = GOOD_WARM.replace("Senior Data Engineer", "Platform Engineer").replace(
        "ahead of your team", "ahead of your Data team"
    )
    found = check_letter(text, notes).violations
    assert [(v.rule, v.quote) for v in found] == [("grounding", "Data")]


def test_proofread_does_not_repeat_what_names_reports(
    warm_notes: Notes, monkeypatch: pytest.MonkeyPatch
) -> None:
    import composer.rules.proofread

    def fake(text: str, notes: Notes, *, dialect: str | None = None) -> list[Violation]:
        return [
            Violation("proofread", "warning", 'line 9: "Northwnd" is misspelled.', "Northwnd"),
            Violation("proofread", "warning", 'line 5: "teh" is misspelled.', "teh"),
        ]

    monkeypatch.setattr(composer.rules.proofread, "proofread_findings", fake)
    text = GOOD_WARM.replace("joining Northwind.", "joining Northwnd.")
    report = check_letter(text, warm_notes, proofread=True)
    assert [(v.rule, v.quote) for v in report.violations] == [
        ("names", "Northwnd"),
        ("proofread", "teh"),
    ]


def test_proofread_leaves_alone_a_word_written_so_in_the_notes(kestrel_notes: Notes) -> None:
    pytest.importorskip("harper")  # the real proofreader: it alone keeps the notes' words
    notes = _with_address(
        kestrel_notes, "Flat 2, 14 Harbour View, Dún Laoghaire, Co. Dublin A96 X2K4, Ireland"
    )
    text = KESTREL.replace("Co. Dublin\n", "Co. Dublin A96 X2K4\n")
    assert check_letter(text, notes, proofread=True).violations == ()
    slip = check_letter(text.replace("X2K4", "x2k4"), notes, proofread=True)
    assert [(v.rule, v.quote) for v in slip.violations] == [("proofread", "x2k4")]


@pytest.mark.parametrize(
    ("greeting", "wrong"),
    [
        ("Dear Mr. Whitfield,", "Mr."),
        ("Dear Mrs Whitfield,", "Mrs"),
        ("Dear Dr. Dana Whitfield,", "Dr."),
        ("Dear Ms. Whitfield,", None),
        ("Dear Ms Whitfield,", None),
        ("Dear Dana,", None),  # no title at all is the writer's choice
        ("Dear Ms. Whitfield and Mr. Okafor,", None),  # that "Mr." is someone else's
    ],
)
def test_greeting_uses_the_title_of_the_salutation(
    warm_notes: Notes, greeting: str, wrong: str | None
) -> None:
    text = GOOD_WARM.replace("Dear Ms. Whitfield,", greeting)
    found = findings(text, warm_notes, "greeting")
    if wrong is None:
        assert found == []
    else:
        assert [v.quote for v in found] == [wrong]
        assert '"Dear Ms. Whitfield,"' in found[0].message


def test_accents_written_as_combining_marks_are_the_same_letters(panel_notes: Notes) -> None:
    # macOS and PDF copies often store "é" as "e" + U+0301: the letter, the notes or both.
    import unicodedata

    text = (CORPUS / "good" / "panel_amelie.txt").read_text(encoding="utf-8")
    decomposed = unicodedata.normalize("NFD", text)
    assert decomposed != text
    notes_nfd = Notes.model_validate_json(
        unicodedata.normalize("NFD", panel_notes.model_dump_json())
    )
    for notes in (panel_notes, notes_nfd):
        for letter in (text, decomposed):
            report = check_letter(letter, notes)
            assert report.violations == (), [v.message for v in report.violations]
    assert check_letter(decomposed, panel_notes, to="Ame\u0301lie Dubois-Lefe\u0300vre").ok


@pytest.mark.parametrize(
    ("note", "said", "referred"),
    [
        # The same event in another word of its family is a reference...
        ("She is getting married in Hobart in January", "Congratulations on your wedding.", True),
        ("his wedding is next month", "I hope the day you get married is a joy.", True),
        ("wife due w/ their first baby in march", "Best wishes for the birth in the spring.", True),
        ("retiring after 30 yrs in june", "I hope your retirement is a happy one.", True),
        # ...a word of another family, or a common word with another sense, is not.
        ("She is getting married in Hobart in January", "Congratulations on your new role.", False),
        ("retiring after 30 yrs in june", "Congratulations on your wedding.", False),
    ],
)
def test_a_personal_event_said_in_another_word_of_its_family_is_a_reference(
    warm_notes: Notes, note: str, said: str, referred: bool
) -> None:
    dana = warm_notes.interviewers[0].model_copy(update={"rapport": [note]})
    notes = warm_notes.model_copy(update={"interviewers": [dana]})
    text = GOOD_WARM.replace("I hope your trip to Lisbon next week goes smoothly.", said)
    assert text != GOOD_WARM
    assert ("personal-touch" in rules_of(text, notes)) is not referred
