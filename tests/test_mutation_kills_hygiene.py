"""Hygiene rules (placeholders, leak, tone): exact findings that small slips in
composer/rules/hygiene.py would change, each pinned where a surviving mutant showed no other
quick test held it.
"""

from __future__ import annotations

import re
from pathlib import Path

from composer.models import Notes
from composer.notes_file import load_notes
from composer.rules import check_letter
from composer.rules.hygiene import _patterns, is_leak_line, textspeak_spans
from composer.rules.text import Span, parse

ROOT = Path(__file__).resolve().parent.parent
WARM = load_notes(ROOT / "examples" / "warm_email.json")
WARM_LETTER = (ROOT / "tests" / "corpus" / "good" / "warm_email_dana.txt").read_text(
    encoding="utf-8"
)
LINE = 9  # the paragraph that starts "I hope your trip to Lisbon"


def _with(sentence: str) -> str:
    """The warm letter with `sentence` put in front of its closing paragraph (line 9)."""
    return WARM_LETTER.replace("I hope your trip", f"{sentence} I hope your trip")


def _found(rule: str, text: str, notes: Notes = WARM) -> list[tuple[str, str | None, str | None]]:
    return [
        (v.message, v.fix, v.quote) for v in check_letter(text, notes).violations if v.rule == rule
    ]


def _quotes(rule: str, text: str, notes: Notes = WARM) -> list[str | None]:
    return [quote for _, _, quote in _found(rule, text, notes)]


# -- the trigger-word patterns --------------------------------------------------------------------


def test_a_pattern_has_each_of_its_trigger_words_and_ignores_case_on_every_line() -> None:
    ((triggers, regex),) = _patterns(("thx|ty", r"^thanks$"))
    assert triggers == ("thx", "ty")
    assert regex.search("Dear Dana,\nTHANKS\n")  # case and line starts both count
    assert regex.flags & re.IGNORECASE and regex.flags & re.MULTILINE


# -- placeholders ---------------------------------------------------------------------------------


def test_two_placeholders_side_by_side_are_two_findings() -> None:
    assert _quotes("placeholders", _with("We met at [Company][Office].")) == [
        "[Company]",
        "[Office]",
    ]


def test_a_placeholder_inside_another_is_one_finding_and_later_ones_still_count() -> None:
    text = _with("I admire [Company Name] and its plans for TBD.")
    assert _quotes("placeholders", text) == ["[Company Name]", "TBD"]


def test_your_name_in_prose_passes_and_a_later_placeholder_is_still_found() -> None:
    text = _with("Your name came up, as did the job title I applied for, and [Team Lead] too.")
    assert _quotes("placeholders", text) == ["[Team Lead]"]


def test_a_template_title_in_title_case_is_a_placeholder_and_the_message_names_the_line() -> None:
    assert _found("placeholders", _with("I am Your Job Title now.")) == [
        (
            f'line {LINE}: "Job Title" is a template placeholder; replace it with the real detail '
            "from the notes or remove it.",
            'Replace the placeholder "Job Title" with the real text from the notes.',
            "Job Title",
        )
    ]


def test_a_placeholder_right_after_a_chat_marker_is_still_a_placeholder() -> None:
    text = _with("[INST][Name]")
    assert _quotes("placeholders", text) == ["[Name]"]
    assert _quotes("leak", text) == ["[INST]"]


def test_a_leak_marker_is_found_in_a_single_line() -> None:
    assert is_leak_line("Sure! Here is the letter you asked for:")
    assert not is_leak_line("Sure, I can start in January.")


# -- tone -----------------------------------------------------------------------------------------


def test_chat_shorthand_emoji_and_emoticons_are_each_a_warning_in_letter_order() -> None:
    text = _with("🙂 thx, gonna see u soon :)")
    assert _found("tone", text) == [
        (
            f'line {LINE}: "{piece}" is chat shorthand or an emoji; write in full words for a '
            "professional letter.",
            f'Replace "{piece}" with full words.',
            piece,
        )
        for piece in ["🙂", "thx", "gonna", "u", ":)"]
    ]
    assert {v.severity for v in check_letter(text, WARM).violations if v.rule == "tone"} == {
        "warning"
    }


def test_textspeak_spans_give_each_pieces_offset() -> None:
    text = "Dear Dana,\n\nThx, c u :)\n"
    start = text.index("Thx")
    assert textspeak_spans(parse(text)) == [
        Span(start, "Thx"),
        Span(start + 7, "u"),
        Span(start + 9, ":)"),
    ]


def test_marks_neediness_and_shouting_each_get_their_own_warning() -> None:
    notes = WARM.model_copy(update={"qualifications": ["six years running Airflow at NASA JPL"]})
    text = _with("My time at NASA JPL was SO EXCITING! I really need this job!")
    assert _found("tone", text, notes) == [
        (
            f"2 exclamation marks (first on line {LINE}); keep at most one and let the words carry "
            "the enthusiasm.",
            "Use at most one exclamation mark.",
            "!",
        ),
        (
            f'line {LINE}: "I really need this job" sounds needy; state your interest calmly and '
            "confidently instead.",
            'Remove the needy phrase "I really need this job"; show interest calmly.',
            "I really need this job",
        ),
        (
            f'line {LINE}: "SO EXCITING" is written in capitals, which reads as shouting; use '
            "normal case.",
            'Write "SO EXCITING" in normal case.',
            "SO EXCITING",
        ),
    ]


def test_a_single_letter_shorthand_counts_but_not_inside_an_address() -> None:
    assert _quotes("tone", _with("How r things?")) == ["r"]
    assert _quotes("tone", _with("I will reply soon, k?")) == ["k"]
    signed_by_letter = WARM_LETTER.replace("priya.raman@example.com", "r@raman.example")
    assert _quotes("tone", signed_by_letter) == []


def test_a_wink_or_a_heart_is_found_in_text_without_a_colon() -> None:
    assert textspeak_spans(parse("Dear Dana,\n\nSee you soon ;)\n")) == [Span(25, ";)")]
    assert textspeak_spans(parse("Dear Dana,\n\nLovely chat <3\n")) == [Span(24, "<3")]


def test_a_long_placeholder_is_cut_in_the_message_and_whole_in_the_fix() -> None:
    gap = "[Name of the hiring manager who interviewed me last week]"  # 57 characters
    assert _found("placeholders", _with(f"I met {gap}.")) == [
        (
            f'line {LINE}: "[Name of the hiring manager who interviewed me..." is a template '
            "placeholder; replace it with the real detail from the notes or remove it.",
            f'Replace the placeholder "{gap}" with the real text from the notes.',
            gap,
        )
    ]


def test_the_first_of_two_exclamation_marks_names_its_line() -> None:
    text = WARM_LETTER.replace("ahead of your team.", "ahead of your team!")
    text = text.replace("interested in joining Northwind.", "interested in joining Northwind!")
    assert _quotes("tone", text) == ["!"]
    assert _found("tone", text)[0][0].startswith("2 exclamation marks (first on line 5);")


# -- leak: the prompts' own sentences and machine chatter ---------------------------------------

PROMPT = (
    "Keep the letter under two hundred words and never invent any details. "
    "Always thank the reader warmly for the time they gave you today."
)


def _leaks(text: str) -> list[tuple[str, str | None, str | None]]:
    report = check_letter(text, WARM, prompts=(PROMPT,))
    return [(v.message, v.fix, v.quote) for v in report.violations if v.rule == "leak"]


def test_each_repeated_prompt_sentence_is_one_finding_a_line_quoted_word_for_word() -> None:
    text = _with(
        "Always thank the reader warmly for the time they gave you today. Keep the letter under "
        "two hundred words and never invent any details."
    )
    text = text.replace(
        "Best regards,",
        "Keep the letter under two hundred words and never invent any details.\n\nBest regards,",
    )
    first = "Always thank the reader warmly for the time they gave you today"
    second = "Keep the letter under two hundred words and never invent any details"
    assert _leaks(text) == [
        (
            f'line {LINE}: "{first}" is a sentence of the instructions given to the model, not '
            "part of a letter. Delete it.",
            'Remove "Always thank the reader warmly for the time they gave you..."; never repeat '
            "the instructions.",
            first,
        ),
        (
            f'line 11: "{second}" is a sentence of the instructions given to the model, not part '
            "of a letter. Delete it.",
            'Remove "Keep the letter under two hundred words and never invent..."; never repeat '
            "the instructions.",
            second,
        ),
    ]


def test_a_long_prompt_sentence_is_cut_at_90_characters_in_the_quote() -> None:
    long = (
        "Mention one of the qualifications from the notes and tie it closely to a problem that "
        "the interviewer described"
    )
    report = check_letter(_with(long + "."), WARM, prompts=(long + ".",))
    (found,) = [v for v in report.violations if v.rule == "leak"]
    quote = (
        "Mention one of the qualifications from the notes and tie it closely to a problem that t..."
    )
    assert found.quote == quote
    assert found.message == (
        f'line {LINE}: "{quote}" is a sentence of the instructions given to the model, not part of '
        "a letter. Delete it."
    )


_CHATTER = (
    "is not part of a letter (an assistant's remark, a note about the draft, words addressed to a "
    "machine, or Markdown). Delete it, even if the notes hold it; the letter is plain text, "
    "greeting to signature."
)


def test_a_chatter_line_of_90_characters_is_quoted_whole() -> None:
    line = (
        "As an AI language model, I cannot attend, but I do hope the team enjoys its day in Lisbon."
    )
    assert len(line) == 90
    text = WARM_LETTER.replace("Best regards,", f"{line}\n\nBest regards,")
    assert _found("leak", text) == [
        (
            f'line 11: "{line}" {_CHATTER}',
            'Remove "As an AI language model, I cannot attend, but I do hope t..."; output only '
            "the letter, as plain text.",
            line,
        )
    ]
    longer = line.replace("its day", "its days")  # 91 characters: only the chatter is quoted
    assert len(longer) == 91
    text = WARM_LETTER.replace("Best regards,", f"{longer}\n\nBest regards,")
    assert _quotes("leak", text) == ["As an AI"]


def test_a_long_chatter_match_is_cut_at_90_characters_in_the_message() -> None:
    line = (
        "Here is the thank-you for Dana that you wanted after our chat, the version that we can "
        "send right away"
    )
    text = WARM_LETTER.replace("Best regards,", f"{line}\n\nBest regards,")
    assert _found("leak", text) == [
        (
            'line 11: "Here is the thank-you for Dana that you wanted after our chat, the version '
            f'that we can..." {_CHATTER}',
            'Remove "Here is the thank-you for Dana that you wanted after our..."; output only '
            "the letter, as plain text.",
            line,
        )
    ]


def test_two_pieces_of_chatter_on_a_line_are_one_finding_and_later_lines_still_count() -> None:
    text = WARM_LETTER.replace(
        "Best regards,", "As an AI model, I hope this helps.\n\n## Notes\n\nBest regards,"
    )
    assert _quotes("leak", text) == ["As an AI model, I hope this helps.", "## Notes"]


def test_a_letter_in_brackets_is_a_label_not_chat() -> None:
    # reader 18 h146: the FDA's 510(k) clearance was warned as the chat "k"
    text = "Dear Jason,\n\nThe monitor got 510(k) clearance, ok k?\n"
    assert textspeak_spans(parse(text)) == [Span(text.index("k?"), "k")]
