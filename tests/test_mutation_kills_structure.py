"""The frame rules (greeting, signature, subject, length) and which notes are thin: exact
findings at each branch and on each side of each limit.

Each test pins behaviour that a surviving mutant of composer/rules/structure.py showed no other
test held. The letters are the hand-written corpus letters with one part changed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from composer.models import Notes
from composer.notes_file import load_notes
from composer.rules import check_letter
from composer.rules.context import Context
from composer.rules.facts import facts_for
from composer.rules.length import thin_notes
from composer.rules.report import Violation

ROOT = Path(__file__).resolve().parent.parent
WARM = load_notes(ROOT / "examples" / "warm_email.json")  # Priya Raman to Dana Whitfield
# line 1 Subject, 3 greeting, 5/7/9 the paragraphs, 11 "Best regards,", 12 the name, 13-14 contact
GOOD = (ROOT / "tests" / "corpus" / "good" / "warm_email_dana.txt").read_text(encoding="utf-8")
FORMAL = load_notes(ROOT / "examples" / "formal_letter.json")  # a printed letter
FORMAL_LETTER = (ROOT / "tests" / "corpus" / "good" / "formal_letter_plain.txt").read_text("utf-8")
SUBJECT = "Subject: Thank you for the Senior Data Engineer interview\n\n"
CONTACT = "priya.raman@example.com\n+1 555 010 0199"


def _of(rule: str, text: str, notes: Notes = WARM) -> list[Violation]:
    return [v for v in check_letter(text, notes).violations if v.rule == rule]


def _with_interviewer(notes: Notes, **changes: Any) -> Notes:
    person = notes.interviewers[0].model_copy(update=changes)
    return notes.model_copy(update={"interviewers": [person]})


# -- greeting ------------------------------------------------------------------------------------


def test_a_wrong_title_names_the_title_used_and_the_salutation() -> None:
    (found,) = _of("greeting", GOOD.replace("Dear Ms. Whitfield,", "Dear Mr. Whitfield,"))
    assert found.message == (
        'line 3: the greeting "Dear Mr. Whitfield," calls Dana Whitfield "Mr.", but the notes '
        'address them as "Ms. Whitfield". Use the title from the notes: "Dear Ms. Whitfield,".'
    )
    assert found.fix == 'Greet them exactly as the notes do: "Dear Ms. Whitfield,".'
    assert found.quote == "Mr."
    # a title written without its full stop is quoted without one
    (bare,) = _of("greeting", GOOD.replace("Dear Ms. Whitfield,", "Dear Mrs Whitfield,"))
    assert bare.quote == "Mrs" and 'calls Dana Whitfield "Mrs", but' in bare.message
    # "Professor" in the salutation is the title the greeting must use, under either spelling
    notes = _with_interviewer(WARM, salutation="Professor Whitfield")
    (doctor,) = _of("greeting", GOOD.replace("Dear Ms. Whitfield,", "Dear Dr. Whitfield,"), notes)
    assert doctor.quote == "Dr."
    assert doctor.fix == 'Greet them exactly as the notes do: "Dear Professor Whitfield,".'
    # a rank spelled out is the same rank, but another rank is not
    notes = _with_interviewer(WARM, salutation="Sgt. Whitfield")
    (rank,) = _of("greeting", GOOD.replace("Dear Ms. Whitfield,", "Dear Captain Whitfield,"), notes)
    assert rank.quote == "Captain"


@pytest.mark.parametrize(
    ("salutation", "greeting"),
    [
        ("Ms. Whitfield", "Dear Mr. Cho and Ms. Whitfield,"),  # the other title is Mr. Cho's
        ("Professor Whitfield", "Dear Prof. Whitfield,"),  # one title, two spellings
        ("Prof. Whitfield", "Dear Professor Whitfield,"),
        # a rank as the notes shorten it and as a greeting spells it out (the offline writer
        # greets "Sgt. Medina" as "Dear Sergeant Medina,")
        ("Sgt. Whitfield", "Dear Sergeant Whitfield,"),
        ("Capt Whitfield", "Dear Captain Whitfield,"),
        ("Dana", "Dear Mr. Whitfield,"),  # a salutation without a title sets none
        (None, "Dear Mr. Whitfield,"),
    ],
)
def test_titles_the_greeting_may_use(salutation: str | None, greeting: str) -> None:
    notes = _with_interviewer(WARM, salutation=salutation)
    assert _of("greeting", GOOD.replace("Dear Ms. Whitfield,", greeting), notes) == []


def test_a_greeting_that_names_someone_else_quotes_the_whole_line() -> None:
    (found,) = _of("greeting", GOOD.replace("Dear Ms. Whitfield,", "Dear Hiring Manager,"))
    assert found.message == (
        'line 3: the greeting "Dear Hiring Manager," does not name Dana Whitfield. Address them '
        'by name: "Ms. Whitfield" or "Dana Whitfield".'
    )
    assert found.fix == (
        'Open with a greeting line that names the interviewer, e.g. "Dear Ms. Whitfield,".'
    )
    assert found.quote == "Dear Hiring Manager,"


def test_header_lines_may_come_before_the_subject_and_greeting_of_an_email() -> None:
    text = "To: Dana Whitfield <dana.whitfield@northwind.example>\n" + GOOD
    assert _of("greeting", text) == [] and _of("subject", text) == []


def test_a_line_of_machine_chatter_before_the_greeting_is_left_to_the_leak_rule() -> None:
    chatter = "Let me know if you'd like any changes."
    text = GOOD.replace("Dear Ms. Whitfield,", f"{chatter}\n\nDear Ms. Whitfield,")
    assert _of("greeting", text) == []
    assert _of("leak", text) != []


def test_a_line_before_the_greeting_is_cut_to_50_characters() -> None:
    early = "Following up on yesterday's conversation about the data platform migration"
    (found,) = _of(
        "greeting", GOOD.replace("Dear Ms. Whitfield,", f"{early}\n\nDear Ms. Whitfield,")
    )
    # the first 47 characters end in a space, which the cut drops before the dots
    assert found.message.startswith(
        'line 3: "Following up on yesterday\'s conversation about..." comes before the greeting'
    )


def test_a_printed_letter_may_have_a_letterhead_before_the_greeting() -> None:
    text = "Seán O'Connor-Ramírez\nLeeds\n\n" + FORMAL_LETTER
    assert _of("greeting", text, FORMAL) == []


# -- signature -----------------------------------------------------------------------------------


def test_a_letter_without_a_sign_off_quotes_its_last_line() -> None:
    text = GOOD.replace(f"\n\nBest regards,\nPriya Raman\n{CONTACT}", "")
    last = (
        "I hope your trip to Lisbon next week goes smoothly. I look forward to hearing from you "
        "about a decision by December 5, and I remain very interested in joining Northwind."
    )
    assert text.rstrip().endswith(last)
    (found,) = _of("signature", text)
    # the line cut to 50 characters: its first 47 and "..."
    assert found.message == (
        'line 9 "I hope your trip to Lisbon next week goes smoot...": no sign-off line found '
        'at the end. Finish with a line such as "Best regards," or "Sincerely," followed by '
        '"Priya Raman".'
    )
    assert found.fix == (
        'End with a sign-off line such as "Best regards," and then the full name "Priya Raman".'
    )
    assert found.quote == last
    (empty,) = _of("signature", "")
    assert empty.message.startswith("the letter: no sign-off line found at the end.")
    assert empty.quote is None


def test_a_sign_off_without_a_name_under_it() -> None:
    (found,) = _of("signature", GOOD.replace("\nPriya Raman\n" + CONTACT, ""))
    assert found.message == (
        'line 11: the sign-off "Best regards," is not followed by a name. Add "Priya Raman" on '
        "the next line."
    )
    assert found.fix == (
        'End with a sign-off line such as "Best regards," and then the full name "Priya Raman".'
    )
    assert found.quote == "Best regards,"


def test_a_letter_signed_with_another_name() -> None:
    (found,) = _of("signature", GOOD.replace("\nPriya Raman\n", "\nPriya Smith\n"))
    assert found.message == (
        'line 12: the letter is signed "Priya Smith"; sign it with the full name "Priya Raman".'
    )
    assert found.fix == 'Sign with the full name "Priya Raman" on the line after the sign-off.'
    assert found.quote == "Priya Smith"


def test_prose_after_the_signature_is_named_by_its_line() -> None:
    (found,) = _of("signature", GOOD.replace(CONTACT, f"{CONTACT}\nSee you soon"))
    assert found.message == (
        'line 15: "See you soon" comes after the signature. Only contact details (email, phone, '
        "web address) belong there; move it into the body or drop it."
    )
    assert found.fix == "End the letter with the sign-off, the name and contact details only."
    assert found.quote == "See you soon"


def test_machine_chatter_under_the_name_does_not_hide_prose_after_it() -> None:
    chatter = "Let me know if you'd like any changes."
    text = GOOD.replace(CONTACT, f"{CONTACT}\n{chatter}\nSee you soon")
    assert [v.quote for v in _of("signature", text)] == ["See you soon"]
    # a postscript after the name is the letter's, not a stray line
    assert _of("signature", GOOD.replace(CONTACT, f"{CONTACT}\n\nP.S. Enjoy Lisbon.")) == []


@pytest.mark.parametrize(
    ("under", "ok"),
    [
        ("14 Harbour View; Dun Laoghaire", True),
        ("14 Harbour View | Dun Laoghaire", True),
        ("14 Harbour View · Dun Laoghaire", True),
        (", ;", False),  # separators alone are no part of the address
    ],
)
def test_the_parts_of_an_address_line_are_split_at_each_separator(under: str, ok: bool) -> None:
    candidate = WARM.candidate.model_copy(update={"address": "14 Harbour View\nDun Laoghaire"})
    notes = WARM.model_copy(update={"candidate": candidate})
    found = _of("signature", GOOD.replace(CONTACT, f"{CONTACT}\n{under}"), notes)
    assert (found == []) is ok, found


def test_without_an_address_in_the_notes_no_place_stands_under_the_name() -> None:
    (found,) = _of("signature", GOOD.replace(CONTACT, f"{CONTACT}\nDun Laoghaire"))
    assert found.quote == "Dun Laoghaire"


# -- subject -------------------------------------------------------------------------------------


def test_a_printed_letter_has_no_subject_line() -> None:
    (found,) = _of("subject", "Subject: Thank you\n\n" + FORMAL_LETTER, FORMAL)
    assert found.message == (
        'line 1: "Subject: Thank you" is a Subject line, but these notes are for a printed '
        "letter, which has none. Remove the line."
    )
    assert found.fix == "Remove the Subject line: a printed letter has none."
    assert found.quote == "Subject: Thank you"


EMAIL_FIX = (
    'Start with one line "Subject: ..." of at most 80 characters that thanks them, e.g. '
    '"Subject: Thank you - Senior Data Engineer interview".'
)


def test_an_email_without_a_subject_line_names_its_first_line() -> None:
    (found,) = _of("subject", GOOD.removeprefix(SUBJECT))
    assert found.message == (
        'line 1: an email must start with a Subject line, e.g. "Subject: Thank you - Senior '
        'Data Engineer interview".'
    )
    assert found.fix == EMAIL_FIX
    assert found.quote == "Dear Ms. Whitfield,"
    # a Subject line after the first line is not the start
    late = GOOD.replace(SUBJECT, "").replace("\n\n", "\n\n" + SUBJECT, 1)
    assert [v.quote for v in _of("subject", late)] == ["Dear Ms. Whitfield,"]
    (empty,) = _of("subject", "")
    assert empty.message.startswith("the letter: an email must start with a Subject line")
    assert empty.quote is None


def test_an_empty_subject() -> None:
    (found,) = _of("subject", GOOD.replace(SUBJECT, "Subject:   \n\n"))
    assert found.message == (
        "line 1: the Subject line is empty; write a short subject that thanks them and names "
        "the role."
    )
    assert found.fix == EMAIL_FIX
    assert found.quote == "Subject:"


def test_a_subject_over_80_characters_is_quoted_cut_to_60() -> None:
    subject = "Thank you for the Senior Data Engineer interview at Northwind Analytics yesterday"
    assert len(subject) == 81
    (found,) = _of("subject", GOOD.replace(SUBJECT, f"Subject: {subject}\n\n"))
    assert found.message == (
        "line 1: the subject is 81 characters long (at most 80): "
        '"Thank you for the Senior Data Engineer interview at North...". Shorten it.'
    )
    assert found.fix == "Shorten the subject to at most 80 characters."
    assert found.quote == subject


@pytest.mark.parametrize(
    ("subject", "thanks"),
    [
        ("Senior Data Engineer interview", False),
        ("Many thanks - Senior Data Engineer interview", True),
        ("THANK YOU - Senior Data Engineer interview", True),
    ],
)
def test_the_subject_says_thank_you(subject: str, thanks: bool) -> None:
    found = _of("subject", GOOD.replace(SUBJECT, f"Subject: {subject}\n\n"))
    if thanks:
        assert found == []
        return
    (problem,) = found
    assert problem.message == (
        'line 1: the subject "Senior Data Engineer interview" does not say thank you; add '
        '"Thank you" to it.'
    )
    assert problem.fix == EMAIL_FIX
    assert problem.quote == subject


# -- length --------------------------------------------------------------------------------------

FRAME_WORDS = 7  # "Dear Ms. Whitfield," and "Best regards, Priya Raman"


def _letter_of(words: int) -> str:
    body = " ".join(["work"] * (words - FRAME_WORDS))
    return f"{SUBJECT}Dear Ms. Whitfield,\n\n{body}.\n\nBest regards,\nPriya Raman\n"


# Nothing Dana Whitfield discussed, two points and no contribution: an honest letter is short.
THIN = WARM.model_copy(
    update={
        "interviewers": [WARM.interviewers[0].model_copy(update={"topics": []})],
        "contribution": None,
    }
)
THIN_ADD = (
    "Add to the notes: topics (what Dana Whitfield discussed with you); highlights (a result you "
    "mentioned); contribution (what you would bring)."
)


def test_a_short_letter_and_a_long_one_say_the_bounds() -> None:
    (short,) = _of("length", _letter_of(79))
    assert short.message == (
        "the letter has 79 words (Subject line not counted); an email needs 80-250. Add a "
        "concrete point from the interview and how your experience fits."
    )
    assert short.fix == "Lengthen the letter to 80-250 words (now 79)."
    assert short.severity == "error"
    (long,) = _of("length", _letter_of(251))
    assert long.message == (
        "the letter has 251 words (Subject line not counted); an email should have at most 250. "
        "Cut repetition and keep one or two points from the interview."
    )
    assert long.fix == "Shorten the letter to 80-250 words (now 251)."


@pytest.mark.parametrize(("words", "severity"), [(59, "error"), (60, "warning"), (79, "warning")])
def test_a_short_letter_from_thin_notes_is_a_warning_from_60_words(
    words: int, severity: str
) -> None:
    (found,) = _of("length", _letter_of(words), THIN)
    assert found.severity == severity
    if severity == "warning":
        assert found.message == (
            f"the letter has {words} words (Subject line not counted); an email usually has "
            f"80-250, but the notes give little more to say. {THIN_ADD}"
        )
        assert found.fix == (
            f"Add a concrete point from the interview to lengthen it to 80-250 words (now {words})."
        )
    assert _of("length", _letter_of(80), THIN) == []


# -- thin_notes ----------------------------------------------------------------------------------


def _notes(
    *,
    topics: list[str],
    points: list[str],
    contribution: str | None = None,
    follow_up: str | None = None,
    channel: str = "email",
    panel: int = 1,
    coordinator: bool = False,
) -> Notes:
    people = [
        {"name": name, "topics": topics}
        for name in ["Dana Whitfield", "Omar Haddad", "Lena Brandt"][:panel]
    ]
    data: dict[str, Any] = {
        "candidate": {"name": "Priya Raman"},
        "company": "Northwind Analytics",
        "role": "Data Engineer",
        "interview": {"date": "2026-11-24"},
        "interviewers": people,
        "highlights": points,
        "contribution": contribution,
        "follow_up": follow_up,
        "channel": channel,
    }
    if coordinator:
        data["coordinator"] = {"name": "Morgan Ellery"}
    return Notes.model_validate(data)


def _thin(notes: Notes, coordinator: bool = False) -> list[str]:
    facts = facts_for(notes)
    person = facts.coordinator if coordinator else facts.people[0]
    assert person is not None
    return thin_notes(Context(facts, person))


TOPICS = "what Dana Whitfield discussed with you"
# Words, counted by hand: NINE has 9, FOUR has 4.
NINE = "moving nightly batch jobs to streaming on Kafka clusters"
FOUR = "cut costs by 40%"
ALL_THREE = [
    f"topics ({TOPICS})",
    "highlights (a result you mentioned)",
    "contribution (what you would bring)",
]


def test_a_panels_follow_up_counts_for_one_reader_only() -> None:
    # one topic, one point, a follow-up: 3 things and 27 words for one reader (not thin); in a
    # panel of two the follow-up answers one of them, so each letter has 2.5 things: thin
    one = _notes(topics=[NINE], points=[NINE], follow_up=NINE)
    two = _notes(topics=[NINE], points=[NINE], follow_up=NINE, panel=2)
    assert _thin(one) == []
    assert _thin(two) == ALL_THREE  # one topic, one point, no contribution: each is named


def test_three_things_to_say_with_enough_words_make_an_email_not_thin() -> None:
    # one topic, one point, a contribution: 3 things, 9 + 9 + 9 = 27 words (81 >= 80)
    assert _thin(_notes(topics=[NINE], points=[NINE], contribution=NINE)) == []
    # a follow-up is one of the things
    assert _thin(_notes(topics=[NINE], points=[NINE], follow_up=NINE)) == []
    # two things are thin however long they are
    assert _thin(_notes(topics=[NINE * 3], points=[NINE * 3])) == ALL_THREE


def test_things_said_in_too_few_words_are_thin() -> None:
    # 3 things in 9 + 9 + 8 = 26 words: 78 < 80
    eight = "a careful migration plan that keeps reports running"
    notes = _notes(topics=[NINE], points=[NINE], contribution=eight)
    assert _thin(notes) == [f"topics ({TOPICS})", "highlights (a result you mentioned)"]


def test_missing_fields_add_no_words() -> None:
    # no contribution: a topic, a point and a follow-up in 9 + 9 + 8 = 26 words (78 < 80)
    eight = "a careful migration plan that keeps reports running"
    assert _thin(_notes(topics=[NINE], points=[NINE], follow_up=eight)) == ALL_THREE


def test_a_printed_letter_needs_seven_things_and_fifty_words() -> None:
    topics = [NINE, "the team"]  # 9 + 2 words
    points = [FOUR, "led five people", "wrote the data guide"]  # 4 + 3 + 4 words
    fourteen = NINE + " and more of it all"
    # 2 topics + 3 points + contribution + follow-up = 7 things in 11 + 11 + 14 + 14 = 50 words:
    # 150, the least a printed letter has
    full = {"topics": topics, "points": points, "contribution": fourteen, "channel": "letter"}
    assert _thin(_notes(**full, follow_up=fourteen)) == []
    # one word fewer: 49 words
    assert _thin(_notes(**full, follow_up=NINE + " and more of")) == [
        "more detail in topics and highlights"
    ]
    # six things, words to spare
    assert _thin(_notes(**{**full, "contribution": fourteen * 3})) == [
        "more detail in topics and highlights"
    ]


def test_the_same_point_twice_is_one_point() -> None:
    # a topic and one point (written twice): 2 things, though 17 + 9 + 9 words would be enough
    twice = [NINE, NINE.upper().replace(" ", "  ")]
    assert _thin(_notes(topics=[NINE * 2], points=twice)) == ALL_THREE


POINTS = [NINE, NINE + " a", NINE + " b"]  # 9 + 10 + 10 = 29 words


def test_a_panel_shares_the_points_out_rounding_up() -> None:
    # three points between two panellists: this letter carries two of them, so a topic and
    # the two are 3 things in 9 + 29 * 2/3 (about 28.3) words: 85 >= 80
    assert _thin(_notes(topics=[NINE], points=POINTS, panel=2)) == []
    # a 6-word topic: 6 + 19.3 words, 76 < 80
    short = _notes(topics=["moving batch jobs to streaming now"], points=POINTS, panel=2)
    assert _thin(short) == [f"topics ({TOPICS})", "contribution (what you would bring)"]
    # among three panellists the share is one point: 2 things
    assert _thin(_notes(topics=[NINE * 3], points=POINTS, panel=3)) == [
        f"topics ({TOPICS})",
        "contribution (what you would bring)",
    ]


def test_the_coordinators_letter_carries_every_point_and_asks_for_no_topics() -> None:
    # all three points (29 words) are 3 things for the coordinator, who discussed nothing
    enough = _notes(topics=[NINE], points=POINTS, panel=3, coordinator=True)
    assert _thin(enough, coordinator=True) == []
    # two points, 7 words: 2 things; no topics asked for
    two = _notes(topics=[NINE], points=[FOUR, "led five people"], panel=3, coordinator=True)
    assert _thin(two, coordinator=True) == [
        "highlights (a result you mentioned)",
        "contribution (what you would bring)",
    ]
    # 4 things but 4 + 3 + 3 + 4 = 14 words (42 < 80), nothing in the notes left empty
    terse = [FOUR, "led five people", "wrote a guide"]
    many = _notes(topics=[NINE], points=terse, contribution=FOUR, panel=3, coordinator=True)
    assert _thin(many, coordinator=True) == ["more highlights (results you mentioned)"]
