"""Reading a letter into its parts (composer/rules/text.py): where each part starts and ends,
sentences, greetings and sign-offs on the line they share, a name alone as the signature.

Each test pins behaviour that a surviving mutant of text.py showed no other test held; the
expected parts are read off the letters by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from composer.rules.keywords import stem
from composer.rules.text import (
    Line,
    Span,
    _bare_name,
    _postscript_sentences,
    is_contact_line,
    parse,
    sentences,
)

ROOT = Path(__file__).resolve().parent.parent
# line 1 Subject, 3 greeting, 5/7/9 the paragraphs, 11 "Best regards,", 12 the name, 13-14 contact
GOOD = (ROOT / "tests" / "corpus" / "good" / "warm_email_dana.txt").read_text(encoding="utf-8")


def _texts(lines: tuple[Line, ...]) -> list[str]:
    return [line.text for line in lines]


def test_a_line_knows_its_place() -> None:
    line = Line(3, 10, "Dear Dana,")
    assert (line.end, line.blank) == (20, False)
    assert Line(4, 21, " \t").blank


def test_the_parts_of_the_corpus_email() -> None:
    letter = parse(GOOD)
    assert [line.number for line in letter.body] == [5, 6, 7, 8, 9]
    assert letter.before_greeting == ()
    assert letter.signoff is not None and letter.signoff.number == 11
    assert letter.signature is not None and letter.signature.number == 12
    assert [line.number for line in letter.after] == [13, 14]
    assert letter.line_starts == tuple(line.start for line in letter.lines)
    assert letter.line_starts[:3] == (0, 58, 59)  # the Subject line has 57 characters
    assert letter.line_at(0) == 1 and letter.line_at(57) == 1 and letter.line_at(58) == 2
    assert letter.line_at(59) == 3
    assert letter.characters == len(GOOD) - 1  # the closing line break is not counted
    assert letter.main_text == GOOD.split("\n", 1)[1]
    assert letter.postscript == ()
    assert letter.body_text == "\n".join(GOOD.split("\n")[4:9])


def test_a_postscript_is_part_of_the_body_text() -> None:
    letter = parse(GOOD + "\nP.S. Enjoy Lisbon.\nSee you there.\n")
    assert _texts(letter.postscript) == ["P.S. Enjoy Lisbon.", "See you there."]
    assert letter.body_text.endswith("Northwind.\nP.S. Enjoy Lisbon.\nSee you there.")
    # the postscript's words are openers of its sentences, its "P.S." left out
    text = letter.text
    assert text.index("Enjoy") in letter.openers and text.index("See you") in letter.openers
    assert "enjoy" in letter.body_stems() or "enjoi" in letter.body_stems()


def test_the_postscript_sentences_leave_out_the_marker() -> None:
    text = GOOD + "\nP.S. Enjoy Lisbon.\nSee you there.\n"
    letter = parse(text)
    assert _postscript_sentences(letter.text, letter.after) == [
        Span(text.index("Enjoy"), "Enjoy Lisbon."),
        Span(text.index("See you"), "See you there."),
    ]


def test_an_address_in_the_body_counts_its_pieces_as_words() -> None:
    letter = parse("Dear Dana,\n\nMy portfolio is at www.priya.example/work today.\n\nBest,\nPriya")
    assert {stem("portfolio"), stem("example"), stem("work")} <= letter.body_stems()


def test_sentences_count_offsets_from_zero_and_keep_leading_spaces_out() -> None:
    assert sentences("Done.  And more") == [Span(0, "Done."), Span(7, "And more")]
    assert sentences("Done.  And more", 10) == [Span(10, "Done."), Span(17, "And more")]


def test_wrapped_lines_join_into_one_sentence_and_a_first_bullet_starts_one() -> None:
    assert sentences("I enjoyed the\nchat today.") == [Span(0, "I enjoyed the chat today.")]
    assert sentences("- one\n- two") == [Span(0, "- one"), Span(6, "- two")]


def test_a_title_at_the_very_start_does_not_end_a_sentence() -> None:
    assert sentences("Ms. Whitfield said hi.") == [Span(0, "Ms. Whitfield said hi.")]


def test_sentences_split_at_stops_paragraphs_and_bullets() -> None:
    text = 'He said "go." Then we left!\nAll fine?\n\nNew para\n- a bullet\n2) another one'
    found = sentences(text, 100)
    assert found == [
        Span(100, 'He said "go."'),
        Span(114, "Then we left!"),
        Span(128, "All fine?"),
        Span(139, "New para"),
        Span(148, "- a bullet"),
        Span(159, "2) another one"),
    ]
    for span in found:
        assert text[span.start - 100 :].startswith(span.text)


def test_abbreviations_and_initials_do_not_end_a_sentence() -> None:
    text = "I met J. R. Okafor, e.g. at lunch. It was plan a. Then St. Ives."
    assert [s.text for s in sentences(text)] == [
        "I met J. R. Okafor, e.g. at lunch.",
        "It was plan a.",
        "Then St. Ives.",
    ]
    assert [s.text for s in sentences("It ran... Then ended.")] == ["It ran...", "Then ended."]
    assert [s.text for s in sentences(". Start")] == [".", "Start"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dotted degree or country inside a sentence does not end it ...
        ("I earned a J.D. from Fordham in 2019.", ["I earned a J.D. from Fordham in 2019."]),
        ("I hold a Ph.D. in marine chemistry.", ["I hold a Ph.D. in marine chemistry."]),
        # ... and ends it when a new sentence plainly starts after it
        ("I worked in the U.S. The move was hard.", ["I worked in the U.S.", "The move was hard."]),
        # an initial at the end of a sentence, before a word no name is made of
        ("I report to Dana R. On Monday I start.", ["I report to Dana R.", "On Monday I start."]),
        ("I met J. Smith there.", ["I met J. Smith there."]),
        ("Pick one, e.g. The Times.", ["Pick one, e.g. The Times."]),
        (
            "It is at Brightwater Ltd. On reflection, yes.",
            ["It is at Brightwater Ltd.", "On reflection, yes."],
        ),
    ],
)
def test_a_dotted_initialism_or_an_initial_ends_a_sentence_only_before_a_new_one(
    text: str, expected: list[str]
) -> None:
    assert [s.text for s in sentences(text)] == expected


def test_a_greeting_on_the_line_it_starts() -> None:
    # a line of more than ten words is no greeting line, but it may start with one
    first = "Hi Dana, thank you for the chat today about the data platform work."
    letter = parse(f"{first}\nIt was great.\nPriya")
    assert letter.greeting is not None and letter.greeting.text == "Hi Dana,"
    assert (letter.greeting.number, letter.greeting.start) == (1, 0)
    rest = first.removeprefix("Hi Dana, ")
    assert _texts(letter.body) == [rest, "It was great."]
    assert letter.body[0].start == 9
    assert [s.text for s in letter.sentences] == [rest, "It was great."]
    assert letter.signature is not None and letter.signature.text == "Priya"
    # after a Subject line
    subject = parse(f"Subject: Thanks\nHello Dana Whitfield, {rest}\nNoor")
    assert subject.greeting is not None and subject.greeting.text == "Hello Dana Whitfield,"
    # more than six words before the comma are no greeting
    long = parse("Hi Dana and everyone else on the team, thanks for the chat about data work.")
    assert long.greeting is None
    assert parse("Subject: Thanks").greeting is None


def test_a_sign_off_on_the_line_of_the_name() -> None:
    body = "It was a pleasure to meet you."
    text = f"Dear Dana,\n\n{body}\n\nBest regards, Priya Raman\npriya@example.com\n\nP.S. Hi."
    letter = parse(text)
    assert letter.signoff is not None and letter.signature is not None
    assert (letter.signoff.text, letter.signature.text) == ("Best regards, ", "Priya Raman")
    assert letter.signature.start == text.index("Priya Raman")
    assert letter.signature.number == letter.signoff.number == 5
    assert _texts(letter.body) == [body]
    assert _texts(letter.after) == ["priya@example.com", "P.S. Hi."]
    # a line that is neither contact details nor a sign-off ends the search
    plain = parse(f"Dear Dana,\n\n{body}\n\nSee you, Priya Raman\npriya@example.com")
    assert plain.signoff is None and plain.signature is None


def test_an_inline_sign_off_before_a_postscript_of_two_lines_or_as_the_last_line() -> None:
    body = "It was a pleasure to meet you."
    text = f"Dear Dana,\n\n{body}\n\nBest regards, Priya Raman\npriya@example.com\nP.S. Hi.\nBye."
    letter = parse(text)
    assert letter.signoff == Line(5, text.index("Best"), "Best regards, ")
    assert _texts(letter.after) == ["priya@example.com", "P.S. Hi.", "Bye."]
    last = parse(f"Dear Dana,\n\n{body}\n\nBest regards, Priya Raman")
    assert last.signature is not None and last.signature.text == "Priya Raman"
    assert _texts(last.body) == [body]


def test_a_greeting_of_six_words_may_share_its_line() -> None:
    rest = "thank you for the chat today about the data platform work."
    six = parse(f"Hi Dana and the whole team, {rest}")
    assert six.greeting is not None and six.greeting.text == "Hi Dana and the whole team,"
    assert parse(f"Hi Dana and the whole data team, {rest}").greeting is None


def test_without_a_greeting_or_subject_the_body_starts_on_the_first_line() -> None:
    letter = parse("Thank you for today.\n\nIt was great.\n\nBest regards,\nPriya")
    assert _texts(letter.body) == ["Thank you for today.", "", "It was great."]
    assert letter.before_greeting == ()


def test_a_short_note_signed_with_the_name_alone() -> None:
    letter = parse("Dear Dana,\n\nThank you for today.\n\n- Priya")
    assert letter.signature is not None and letter.signature.text == "- Priya"
    assert _texts(letter.body) == ["Thank you for today."]
    # a body of one line keeps it: there is nothing to sign
    one = parse("Dear Dana,\n\nPriya Raman")
    assert one.signature is None and _texts(one.body) == ["Priya Raman"]
    # no greeting, no signature
    assert parse("Thank you for today.\n\nPriya Raman").signature is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Priya Raman", True),
        ("- Priya", True),
        ("— Priya Raman", True),
        ("J. R. Okafor", True),
        ("Priya R.", True),  # a closing initial
        ("R.", True),
        ("Priya Raman Ng R.", True),
        ("Priya Raman Ng Li R.", False),
        ("- priya", False),
        ("Priya Raman Ng Li", True),
        ("Priya Raman Ng Li Wu", False),  # five words
        ("Priya Rama.", False),
        ("Thanks!", False),
        ("Priya,", False),
        ("priya Raman", False),
        ("Priya raman", False),
        ("Priya 2024", False),
        ("Priya de Souza", True),
        ("", False),
    ],
)
def test_what_a_name_alone_looks_like(text: str, name: bool) -> None:
    assert _bare_name(text) is name


def test_a_letterhead_comes_before_the_greeting() -> None:
    head = [f"Line {n} of the letterhead" for n in range(20)]
    letter = parse("\n".join([*head, "Dear Ms. Whitfield,", "", "Thank you."]))
    assert letter.greeting is not None and letter.greeting.number == 21
    assert len(letter.before_greeting) == 20
    # a greeting past the 24th filled line is not looked for
    deep = parse("\n".join([*head, *head[:4], "Dear Ms. Whitfield,", "Thank you."]))
    assert deep.greeting is None


def test_prose_ends_the_search_for_a_greeting() -> None:
    prose = "I am writing to thank you for the interview about the data engineer role."
    assert parse(f"{prose}\nDear Dana,\nThanks.").greeting is None
    # a long letterhead line without a stop does not
    head = "Priya Raman 14 Harbour View Dun Laoghaire County Dublin Ireland A96 X2Y3 phone"  # 13
    assert parse(f"{head}\nDear Dana,\nThanks.").greeting is not None
    # a prose line of twelve words does not
    twelve = "Thank you for the interview about the data engineer role on Monday."
    assert parse(f"{twelve}\nDear Dana,\nThanks.").greeting is not None
    # nor a long line without a stop, up to 25 words (13 + 12)
    assert parse(f"{head} {head}\nDear Dana,\nThanks.").greeting is None  # 26 words
    assert parse(f"{head} a b c d e f g h i j k l\nDear Dana,\nThanks.").greeting is not None
    # thirteen words that end like a sentence, with a stop, "!" or "?" and trailing spaces
    prose = "Thank you for the interview about the data engineer role on Monday morning"
    for end in (". ", "!", "?"):
        assert parse(f"{prose}{end}\nDear Dana,\nThanks.").greeting is None, end
    # prose after a bare address: the address is the greeting
    letter = parse(f"Ms. Whitfield,\n\n{prose}.")
    assert letter.greeting is not None and letter.greeting.text == "Ms. Whitfield,"


def test_a_greeting_line_has_at_most_ten_words() -> None:
    ten = "Dear Dana, thank you so much for the chat today"
    assert parse(f"{ten}\nOk.").greeting == Line(1, 0, ten)
    # eleven: the line is a sentence that opens with a greeting
    letter = parse(f"{ten} again\nOk.")
    assert letter.greeting is not None and letter.greeting.text == "Dear Dana,"


def test_a_bare_address_is_a_greeting_only_on_the_first_line() -> None:
    letter = parse("Subject: Thanks\n\nMs. Whitfield,\n\nThank you.")
    assert letter.greeting is not None and letter.greeting.text == "Ms. Whitfield,"
    # one to four words
    for address in ("Dana,", "Dr. Dana Lee Whitfield,"):
        greeted = parse(f"{address}\n\nThank you.")
        assert greeted.greeting is not None and greeted.greeting.text == address
    assert parse("Thank you.\nMs. Whitfield,\nOk.").greeting is None
    assert parse("ms. whitfield,\nThank you.").greeting is None
    assert parse("Dana Whitfield of Northwind Analytics,\nThank you.").greeting is None


def test_a_subject_after_the_eighth_line_is_not_the_subject() -> None:
    head = "\n".join(f"line {n}" for n in range(8))
    assert parse(f"{head}\nSubject: Thanks").subject is None
    assert parse(f"{head[:-7]}\nSubject: Thanks").subject is not None


def test_a_letter_without_a_greeting_starts_its_body_after_the_subject() -> None:
    letter = parse("Subject: Thanks\n\nThank you.\n\nBest regards,\nPriya")
    assert _texts(letter.body) == ["Thank you."]
    assert letter.before_greeting == ()


@pytest.mark.parametrize(
    ("text", "contact"),
    [
        ("priya@example.com", True),
        ("www.example.com", True),
        ("+1 555 010 0199", True),
        ("Call me", False),
    ],
)
def test_contact_lines(text: str, contact: bool) -> None:
    assert is_contact_line(text) is contact
