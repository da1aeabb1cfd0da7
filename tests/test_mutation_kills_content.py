"""Content rules (gratitude, role and company, qualifications, the close): exact findings and
limits that small slips in composer/rules/content.py would change, each pinned where a surviving
mutant showed no other quick test held it.
"""

from __future__ import annotations

from pathlib import Path

from composer.models import Coordinator, Notes, with_channel
from composer.notes_file import load_notes
from composer.rules import check_letter
from composer.rules.content import closing_sentences, recall_entries
from composer.rules.text import parse

ROOT = Path(__file__).resolve().parent.parent
WARM = load_notes(ROOT / "examples" / "warm_email.json")
WARM_LETTER = (ROOT / "tests" / "corpus" / "good" / "warm_email_dana.txt").read_text(
    encoding="utf-8"
)
LAW = load_notes(ROOT / "tests" / "corpus" / "candidates" / "law_associate_panel.json")


def _found(rule: str, text: str, notes: Notes = WARM) -> list[tuple[str, str | None, str | None]]:
    return [
        (v.message, v.fix, v.quote) for v in check_letter(text, notes).violations if v.rule == rule
    ]


# -- gratitude ------------------------------------------------------------------------------------


def test_thanks_only_in_the_third_sentence_is_too_late_and_the_opening_is_quoted_cut() -> None:
    opening = WARM_LETTER.split("\n")[4].split(" I enjoyed")[0]  # the first sentence, thanks
    # the second sentence wrapped onto a line of its own: the finding names the first's line
    text = WARM_LETTER.replace(opening, "We met yesterday.\n").replace(
        "ahead of your team.", "ahead of your team. Thank you for that."
    )
    quote = "We met yesterday. I enjoyed our conversation about moving the nightly batch j..."
    assert _found("gratitude", text) == [
        (
            "line 5: the letter does not thank Dana Whitfield in its first two sentences "
            f"({quote!r}). Open with thanks for their time and the interview.",
            "Thank the interviewer for their time in the first sentence after the greeting.",
            quote,
        )
    ]


def test_a_letter_without_sentences_is_told_so_without_a_quote() -> None:
    assert _found("gratitude", "Dear Ms. Whitfield,\n\nBest regards,\nPriya Raman\n") == [
        (
            "the letter: the letter does not thank Dana Whitfield in its first two sentences. "
            "Open with thanks for their time and the interview.",
            "Thank the interviewer for their time in the first sentence after the greeting.",
            None,
        )
    ]


# -- role and company -----------------------------------------------------------------------------


def test_a_letter_naming_neither_role_nor_company_names_both_in_one_finding() -> None:
    notes = WARM.model_copy(update={"role": "Staff Engineer", "company": "Southwind Labs"})
    assert _found("role-and-company", WARM_LETTER, notes) == [
        (
            'the letter never names the role "Staff Engineer" and the company "Southwind Labs". '
            'Mention the role "Staff Engineer" and the company "Southwind Labs" in the opening, '
            'e.g. "thank you for the conversation about the Staff Engineer role at Southwind '
            'Labs".',
            'Name the role "Staff Engineer" and the company "Southwind Labs" in the first '
            "paragraph, spelled as in the notes.",
            None,
        )
    ]


def test_each_other_spelling_of_the_company_is_one_finding_however_often_written() -> None:
    text = WARM_LETTER.replace(
        "joining Northwind.",
        "joining Northwind Data Analytics, as Northwind Data Analytics and Northwind Cloud "
        "Analytics say.",
    )
    assert _found("role-and-company", text) == [
        (
            f'line 9: the company is written "{written}", but the notes spell it "Northwind '
            'Analytics". Write the name exactly as the notes do (a legal suffix such as "Ltd" or '
            '"Inc." may be left out).',
            f'Write the company name exactly as "Northwind Analytics" instead of "{written}".',
            written,
        )
        for written in ["Northwind Data Analytics", "Northwind Cloud Analytics"]
    ]


LAW_PANEL = """Dear Ms. Hollis,

Thank you for yesterday's interviews for the Litigation Associate role at Hollis, Brandt & Okoye
LLP. It was a pleasure to meet Margaret Hollis, Tobenna Okoye and Dana Feldstein.

I look forward to hearing from you.

Yours sincerely,
Valentina Ríos-Herrera
"""


def test_the_coordinators_name_in_a_list_is_not_another_spelling_of_the_firm() -> None:
    hollis, okoye, feldstein = LAW.interviewers
    without_okoye = LAW.model_copy(update={"interviewers": [hollis, feldstein]})
    assert [
        v.quote
        for v in check_letter(LAW_PANEL, without_okoye, "Margaret Hollis").violations
        if v.rule == "role-and-company"
    ] == ["Hollis, Tobenna Okoye"]
    coordinating = without_okoye.model_copy(update={"coordinator": Coordinator(name=okoye.name)})
    found = check_letter(LAW_PANEL, coordinating, "Margaret Hollis").violations
    assert "role-and-company" not in {v.rule for v in found}


# -- qualifications -------------------------------------------------------------------------------


def test_the_entries_a_letter_must_recall_are_the_channels_fields_in_order() -> None:
    (dana,) = WARM.interviewers
    assert recall_entries(WARM, dana) == [
        "six years running Airflow and Kafka in production",
        "cut warehouse costs by 40% at Contoso",
    ]
    note = with_channel(WARM, "linkedin")
    points = [
        "moving the nightly batch jobs to streaming",
        "she is flying to Lisbon next week",
        "six years running Airflow and Kafka in production",
        "cut warehouse costs by 40% at Contoso",
    ]
    assert recall_entries(note, note.interviewers[0]) == [
        *points,
        "a pragmatic migration plan that keeps the nightly reports running",
    ]
    without = with_channel(WARM.model_copy(update={"contribution": ""}), "linkedin")
    assert recall_entries(without, without.interviewers[0]) == points


def test_a_letter_recalling_nothing_lists_three_entries_cut_at_60_characters() -> None:
    notes = WARM.model_copy(
        update={
            "qualifications": [
                "a certificate in accessible design from the Nielsen Norman Group, earned in 2024",
                "ten years of Rust",
            ],
            "highlights": ["won the Hackathon Cup", "spoke at RustConf"],
        }
    )
    listed = (
        '"a certificate in accessible design from the Nielsen Norma..."; '
        '"ten years of Rust"; "won the Hackathon Cup"'
    )
    assert _found("qualifications", WARM_LETTER, notes) == [
        (
            "the letter does not recall any of your qualifications or highlights from the notes. "
            "Add a sentence connecting one of them to what the interviewer cares about: "
            f"{listed}.",
            f"Mention one of them from the notes, such as {listed}.",
            None,
        )
    ]


def test_one_word_of_a_conversation_point_is_enough_in_a_linkedin_note() -> None:
    notes = load_notes(ROOT / "examples" / "linkedin_note.json")
    note = (ROOT / "tests" / "corpus" / "good" / "linkedin_fernway_elena.txt").read_text(
        encoding="utf-8"
    )
    # "the tour" echoes one word of the topic "the spring author tour"; a letter needs two
    one_word = note.replace("the spring author tour", "the tour")
    assert check_letter(one_word, notes).violations == ()


# -- the close ------------------------------------------------------------------------------------


def _closing(body: str, after: str = "Best regards,\nPriya\n") -> list[str]:
    letter = parse(f"Dear Dana,\n\n{body}\n\n{after}")
    return [sentence.text for sentence in closing_sentences(letter)]


def test_a_one_paragraph_body_closes_with_its_last_three_sentences() -> None:
    assert _closing("One. Two. Three. Four.") == ["Two.", "Three.", "Four."]


def test_a_last_paragraph_of_three_sentences_is_the_close_alone() -> None:
    assert _closing("One. Two.\n\nThree.\n\nFour. Five. Six.") == ["Four.", "Five.", "Six."]


def test_a_last_paragraph_of_one_or_two_sentences_takes_the_one_before() -> None:
    assert _closing("One. Two. Three.\n\nFour.") == ["One.", "Two.", "Three.", "Four."]
    assert _closing("One.\n\nTwo. Three.\n\nFour.") == ["Two.", "Three.", "Four."]
    assert _closing("One. Two.\n\nThree. Four.\n\nFive. Six.") == [
        "Three.",
        "Four.",
        "Five.",
        "Six.",
    ]


def test_two_blank_lines_between_paragraphs_still_make_two_paragraphs() -> None:
    assert _closing("One. Two.\n\n\nThree.") == ["One.", "Two.", "Three."]


def test_a_postscript_after_the_signature_is_not_the_close() -> None:
    assert _closing("One. Two. Three.\n\nFour.", "Best regards,\nPriya\n\nP.S. Five.\n") == [
        "One.",
        "Two.",
        "Three.",
        "Four.",
    ]


NO_STEP = WARM_LETTER.replace(
    "I look forward to hearing from you about a decision by December 5, and I remain", "I remain"
)
_NO_STEP_FIX = "In the closing paragraph, say you look forward to hearing back or to the next step."


def test_a_close_without_a_step_forward_names_its_line_and_the_notes_next_step() -> None:
    assert _found("future", NO_STEP) == [
        (
            "line 7 onwards: the closing paragraph does not look ahead; interest and thanks alone "
            "do not. Say what you look forward to: hearing back, the next step (a decision by "
            "December 5), or continuing the conversation.",
            _NO_STEP_FIX,
            None,
        )
    ]


def test_the_close_is_named_by_the_line_of_its_first_sentence() -> None:
    wrapped = NO_STEP.replace("can be. At Contoso", "can be.\nAt Contoso")
    (message,) = [m for m, _, _ in _found("future", wrapped)]
    assert message.startswith("line 7 onwards: ")


def test_without_next_steps_in_the_notes_and_open_to_other_roles_both_are_asked() -> None:
    notes = WARM.model_copy(update={"next_steps": "", "open_to_other_roles": True})
    assert _found("future", NO_STEP, notes) == [
        (
            "line 7 onwards: the closing paragraph does not look ahead; interest and thanks alone "
            "do not. Say what you look forward to: hearing back, the next step, or continuing the "
            "conversation.",
            _NO_STEP_FIX,
            None,
        ),
        (
            "the notes say you would welcome other or future roles, but the letter does not say "
            'so. Add a sentence such as "I would be glad to be considered for other roles at '
            'Northwind Analytics as well."',
            "Say the candidate would welcome being considered for other or future roles.",
            None,
        ),
    ]
    welcomed = NO_STEP.replace("I remain", "I would welcome other roles too, and I remain")
    assert len(_found("future", welcomed, notes)) == 1


def test_a_letter_without_sentences_has_no_close_to_point_at() -> None:
    assert [m for m, _, _ in _found("future", "Dear Ms. Whitfield,\n\nBest regards,\nPriya\n")] == [
        "the letter: the closing paragraph does not look ahead; interest and thanks alone do not. "
        "Say what you look forward to: hearing back, the next step (a decision by December 5), or "
        "continuing the conversation."
    ]


# -- personal touch -------------------------------------------------------------------------------

NO_TRIP = WARM_LETTER.replace("I hope your trip to Lisbon next week goes smoothly. ", "")


def test_a_letter_that_leaves_out_the_personal_note_gets_one_warning_listing_them_cut() -> None:
    notes = WARM.model_copy(
        update={
            "interviewers": [
                WARM.interviewers[0].model_copy(
                    update={
                        "rapport": [
                            "she is flying to Lisbon next week",
                            "she restores old motorbikes at the weekends with her daughter and "
                            "friends",
                        ]
                    }
                )
            ]
        }
    )
    listed = (
        '"she is flying to Lisbon next week"; '
        '"she restores old motorbikes at the weekends with her daug..."'
    )
    found = [v for v in check_letter(NO_TRIP, notes).violations if v.rule == "personal-touch"]
    assert [(v.message, v.fix, v.quote, v.severity) for v in found] == [
        (
            f"Dana Whitfield mentioned something personal ({listed}) and the letter does not "
            "refer to it. A short, genuine line about it makes the letter theirs.",
            f"Add one short, genuine line about: {listed}.",
            None,
            "warning",
        )
    ]


def test_one_word_of_a_personal_note_is_enough_to_refer_to_it() -> None:
    runner = WARM.interviewers[0].model_copy(
        update={"rapport": ["she runs marathons every spring"]}
    )
    notes = WARM.model_copy(update={"interviewers": [runner]})
    text = NO_TRIP.replace("I look forward", "Good luck with the marathon. I look forward")
    assert "personal-touch" not in {v.rule for v in check_letter(text, notes).violations}
    assert "personal-touch" in {v.rule for v in check_letter(NO_TRIP, notes).violations}


def test_another_spelling_ending_a_sentence_with_ltd_is_named_without_the_stop() -> None:
    # "Ltd." keeps its stop in the quote (an abbreviation), but the message names the spelling
    # the candidate used, "Northwind Data Analytics Ltd", not the sentence's full stop.
    notes = WARM.model_copy(update={"company": "Northwind Analytics Ltd"})
    text = WARM_LETTER.replace("joining Northwind.", "joining Northwind Data Analytics Ltd.")
    assert _found("role-and-company", text, notes) == [
        (
            'line 9: the company is written "Northwind Data Analytics Ltd", but the notes spell '
            'it "Northwind Analytics Ltd". Write the name exactly as the notes do (a legal '
            'suffix such as "Ltd" or "Inc." may be left out).',
            'Write the company name exactly as "Northwind Analytics Ltd" instead of '
            '"Northwind Data Analytics Ltd".',
            "Northwind Data Analytics Ltd.",
        )
    ]


def test_the_company_name_wrapped_after_a_short_line_is_still_named() -> None:
    # A hard-wrapped letter breaks the name over two lines; it is the name as the notes write it.
    text = WARM_LETTER.replace(
        "Thank you for taking the time to speak with me yesterday about the Senior Data Engineer "
        "role at Northwind Analytics. I enjoyed",
        "Thank you for taking the time to speak\nwith me yesterday about the Senior Data\n"
        "Engineer role at Northwind\nAnalytics. I enjoyed",
    )
    assert "Northwind\nAnalytics" in text
    assert _found("role-and-company", text) == []


def test_another_spelling_of_the_company_in_brackets_is_found() -> None:
    text = WARM_LETTER.replace(
        "joining Northwind.", "joining your team (Northwind Data Analytics)."
    )
    assert [quote for _, _, quote in _found("role-and-company", text)] == [
        "Northwind Data Analytics"
    ]
