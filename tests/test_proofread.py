"""The `proofread` rule: Harper's spelling and grammar findings, with the notes' words allowed."""

from __future__ import annotations

import functools
import subprocess
import sys

import pytest

from composer.errors import InputError
from composer.models import Notes
from composer.rules import proofread
from composer.rules.proofread import proofread_findings
from tests.conftest import EXAMPLES

pytest.importorskip("harper")

WARM_LETTER = """Subject: Thank you for the Senior Data Engineer interview

Dear Ms. Whitfield,

Thank you for speaking with me yesterday about the Senior Data Engineer role at Northwind
Analytics. I enjoyed our conversation about moving the nightly batch jobs to streaming.

With six years running Airflow and Kafka in production, I would bring a pragmatic migration
plan that keeps the nightly reports running. {extra}

I hope your flight to Lisbon goes smoothly. I look forward to hearing from you.

Best regards,
Priya Raman
priya.raman@example.com
+1 555 010 0199
"""


def letter(extra: str = "") -> str:
    return WARM_LETTER.format(extra=extra)


def quotes(text: str, notes: Notes, dialect: str | None = None) -> list[str]:
    return [v.quote or "" for v in proofread_findings(text, notes, dialect=dialect)]


def test_available_when_the_extra_is_installed() -> None:
    assert proofread.available() is True


def test_a_clean_letter_has_no_findings(warm_notes: Notes) -> None:
    assert proofread_findings(letter(), warm_notes) == []


def test_typo_agreement_slip_and_doubled_word_give_three_warnings(warm_notes: Notes) -> None:
    # Harper's Agreement kind is dropped (a false alarm on a good letter); the slip list
    # still catches a pronoun with the wrong form of "be" or "have".
    text = letter("At Contoso I recieved praise for cutting costs. I hope she are on the the trip.")
    found = proofread_findings(text, warm_notes)

    assert [v.quote for v in found] == ["recieved", "are", "the the"]
    for v in found:
        assert v.rule == "proofread"
        assert v.severity == "warning"
        assert v.quote is not None and v.quote in text
        assert f'"{v.quote}"' in v.message
        assert v.fix
    spelling, agreement, doubled = found
    assert '"received"' in spelling.message
    assert spelling.fix == 'Replace "recieved" with "received".'
    assert '"is"' in agreement.message and agreement.fix == 'Replace "are" with "is".'
    assert doubled.fix == 'Replace "the the" with "the".'


def test_wrong_article_is_reported(warm_notes: Notes) -> None:
    found = proofread_findings(letter("It was an useful talk."), warm_notes)
    assert [(v.quote, v.fix) for v in found] == [("an", 'Replace "an" with "a".')]


def test_the_line_of_a_finding_is_named(warm_notes: Notes) -> None:
    text = letter("I recieved praise.")
    (found,) = proofread_findings(text, warm_notes)
    line = text[: text.index("recieved")].count("\n") + 1
    assert f"line {line}" in found.message


PANEL_LETTER = """Subject: Thank you, Amélie Dubois-Lefèvre

Dear Amélie,

Thank you for the onsite panel at Brightline Health. I enjoyed meeting you, Kjetil Ølstad and
Chinedu Okafor, and I hope Amélie Dubois-Lefèvre's new greyhound is settling in. Mr. Okafor's
questions about night shifts stayed with me, as did Kjetil's plan to cycle across Norway.

Best regards,
Mei-Ling Zhou
meiling.zhou@example.net
"""


def test_the_notes_names_are_never_misspellings(panel_notes: Notes) -> None:
    assert proofread_findings(PANEL_LETTER, panel_notes) == []


def test_names_from_other_notes_do_not_leak_between_calls(
    warm_notes: Notes, panel_notes: Notes
) -> None:
    assert "Ølstad" in quotes(PANEL_LETTER, warm_notes)
    assert proofread_findings(PANEL_LETTER, panel_notes) == []
    assert "Ølstad" in quotes(PANEL_LETTER, warm_notes)


def test_a_misspelled_name_suggests_the_name_from_the_notes(warm_notes: Notes) -> None:
    text = letter().replace("Ms. Whitfield", "Ms. Whitfeld")
    (found,) = proofread_findings(text, warm_notes)
    assert found.quote == "Whitfeld"
    assert found.fix == 'Replace "Whitfeld" with "Whitfield".'


BRITISH = "I organised the programme, chose the colour scheme and analysed user behaviour."
AMERICAN = "I organized the program, chose the color scheme and analyzed user behavior."


def test_british_and_american_spellings_both_pass_by_default(warm_notes: Notes) -> None:
    assert proofread_findings(letter(BRITISH), warm_notes) == []
    assert proofread_findings(letter(AMERICAN), warm_notes) == []


def test_a_chosen_dialect_flags_the_other_spelling(warm_notes: Notes) -> None:
    assert {"colour", "behaviour", "organised"} <= set(
        quotes(letter(BRITISH), warm_notes, "american")
    )
    assert proofread_findings(letter(AMERICAN), warm_notes, dialect="en-US") == []
    assert {"color", "behavior"} <= set(quotes(letter(AMERICAN), warm_notes, "british"))
    assert proofread_findings(letter(BRITISH), warm_notes, dialect="British") == []


def test_an_unknown_dialect_is_an_input_error(warm_notes: Notes) -> None:
    with pytest.raises(InputError, match=r"klingon.*american, british"):
        proofread_findings(letter(), warm_notes, dialect="klingon")


@pytest.mark.parametrize(
    "advice",
    [
        "We discussed dashboards, alerts and pipelines.",  # no Oxford comma
        "I would like to send an email to the team.",  # wordiness
        "It is not a small thing, and I'm sure it isn't easy.",  # contractions
        "I spent 5 years on it.",  # numerals
        "The migration plan that I described would keep every nightly report running "
        "while the streaming jobs are tested side by side for a few weeks, and it would "
        "let the analysts compare both outputs before anything is switched off, which "
        "is how we moved forty pipelines at Contoso without missing a single report.",
    ],
)
def test_style_advice_is_not_reported(warm_notes: Notes, advice: str) -> None:
    assert proofread_findings(letter(advice), warm_notes) == []


def test_the_subject_text_is_checked_but_not_its_label(warm_notes: Notes) -> None:
    text = letter().replace("Thank you for the Senior", "Thank you for the the Senior")
    found = proofread_findings(text, warm_notes)
    assert [v.quote for v in found] == ["the the"]
    assert "line 1" in found[0].message
    lowercase_label = "subject: " + letter().split(": ", 1)[1]
    assert proofread_findings(lowercase_label, warm_notes) == []


def test_contact_lines_are_not_checked(warm_notes: Notes) -> None:
    text = letter().replace("priya.raman@example.com", "qxzv.brrlk@wqrtz.example")
    text = text.replace("+1 555 010 0199", "+1 (555) 010-0199\nlinkedin.com/in/qxzvbrrlk")
    assert proofread_findings(text, warm_notes) == []


def test_prose_keeps_positions_and_blanks_what_is_not_prose() -> None:
    text = "Subject: Hello\nCall +1 555 010 0199 or mail a.b@c.example today."
    masked = proofread.prose(text)
    assert len(masked) == len(text)
    assert "Subject" not in masked and "@" not in masked and "555" not in masked
    assert "Hello" in masked and "today." in masked


def test_notes_words_cover_names_and_split_hyphenated_ones(panel_notes: Notes) -> None:
    words = proofread.notes_words(panel_notes)
    assert {"Amélie", "Dubois", "Lefèvre", "Ølstad", "Okafor", "Brightline", "greyhound"} <= words


def test_the_linter_is_built_once_per_dialect(
    warm_notes: Notes, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A cache of its own, empty whatever ran before (others keep the shared one afterwards).
    linter = functools.cache(proofread._linter.__wrapped__)
    monkeypatch.setattr(proofread, "_linter", linter)
    for _ in range(3):
        proofread_findings(letter("I recieved it."), warm_notes, dialect="british")
        proofread_findings(letter(), warm_notes)
        proofread_findings(letter("I recieved it."), warm_notes)
    # American and British, each built on first use and reused by every later call.
    assert linter.cache_info().misses == linter.cache_info().currsize == 2


def test_importing_the_module_does_not_load_the_checker() -> None:
    code = (
        "import sys, composer.rules.proofread as p\n"
        "assert 'harper' not in sys.modules\n"
        "assert p.available()\n"
        "assert p._linter.cache_info().currsize == 0\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_not_available_when_harper_cannot_be_imported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "harper", None)
    proofread._import_harper.cache_clear()
    try:
        assert proofread.available() is False
    finally:
        proofread._import_harper.cache_clear()


def test_abbreviations_in_capitals_are_not_misspellings(warm_notes: Notes) -> None:
    assert (
        proofread_findings(letter("I set up CI/CD and an SDK for the QA team."), warm_notes) == []
    )
    assert quotes(letter("I set up the pipleine."), warm_notes) == ["pipleine"]


def test_without_the_extra_proofreading_says_how_to_install_it() -> None:
    code = (
        "import sys\n"
        "sys.modules['harper'] = None\n"
        "from composer.rules import proofread\n"
        "from composer.errors import InputError\n"
        "from composer.notes_file import load_notes\n"
        "assert not proofread.available()\n"
        "notes = load_notes(sys.argv[1])\n"
        "try:\n"
        "    proofread.proofread_findings('Thank you.', notes)\n"
        "except InputError as exc:\n"
        "    print(exc)\n"
    )
    path = str(EXAMPLES / "warm_email.json")
    out = subprocess.run(
        [sys.executable, "-c", code, path], check=True, capture_output=True, text=True
    ).stdout
    assert "pip install 'thankyou-composer[proofread]'" in out


def test_a_notes_word_is_never_questioned_but_its_grammar_still_is(panel_notes: Notes) -> None:
    notes = panel_notes.model_copy(update={"contribution": "clear runbooks for the clinic"})
    assert quotes("I would bring clear runbooks.", panel_notes) == ["runbooks"]
    assert proofread_findings("I would bring clear runbooks.", notes) == []
    assert quotes("She are the Head of Design.", notes) == ["are"]


@pytest.mark.parametrize(
    "phrase",
    [
        "It was great meeting you today.",  # Harper's MissingPreposition misfires here
        "It was lovely meeting everyone on the panel.",
        "I am confident I could make an immediate contribution.",
        "I enjoyed speaking with you yesterday about the role.",  # and PossessiveYour here
        "Thanks for talking with me on Tuesday.",
        "We discussed the roadmap for the platform.",  # RoadMap wants "road map"
    ],
)
def test_stock_letter_phrases_raise_no_false_alarm(warm_notes: Notes, phrase: str) -> None:
    assert proofread_findings(letter(phrase), warm_notes) == []


def test_a_long_offending_text_is_cut_short_in_the_message(warm_notes: Notes) -> None:
    (found,) = proofread_findings(letter("I said " + "q" * 300 + "."), warm_notes)
    assert found.quote == "q" * 300
    assert len(found.message) < 200 and "…" in found.message


@pytest.mark.parametrize("word", ["SW1A 1AA", "X2K4", "S3", "Web3", "Kafka3x"])
def test_a_notes_word_with_digits_is_never_a_misspelling(warm_notes: Notes, word: str) -> None:
    text = letter(f"I have been reading about {word} since we spoke.")
    assert word.split()[0] in quotes(text, warm_notes)  # not in the notes: questioned
    topics = [*warm_notes.interviewers[0].topics, f"the move to {word}"]
    dana = warm_notes.interviewers[0].model_copy(update={"topics": topics})
    notes = warm_notes.model_copy(update={"interviewers": [dana]})
    assert proofread_findings(text, notes) == []


def test_a_word_with_digits_is_compared_whole_and_as_written(warm_notes: Notes) -> None:
    # "Web" and "X2K4" in the notes do not vouch for "Web3" or a lower-case "x2k4".
    dana = warm_notes.interviewers[0].model_copy(update={"topics": ["Web tooling", "X2K4"]})
    notes = warm_notes.model_copy(update={"interviewers": [dana]})
    text = letter("I have been reading about Web3 and x2k4 since we spoke.")
    assert quotes(text, notes) == ["Web3", "x2k4"]


def test_accents_written_as_combining_marks_are_not_misspellings(panel_notes: Notes) -> None:
    import unicodedata

    text = (EXAMPLES.parent / "tests" / "corpus" / "good" / "panel_amelie.txt").read_text("utf-8")
    assert proofread_findings(unicodedata.normalize("NFD", text), panel_notes) == []


def _orsted(notes: Notes) -> Notes:
    return notes.model_copy(update={"company": "Ørsted A/S"})


def test_the_a_of_a_company_suffix_from_the_notes_is_not_an_article(warm_notes: Notes) -> None:
    notes = _orsted(warm_notes)
    text = letter("I would be proud to work at Ørsted A/S, and A/S teams there impressed me.")
    assert quotes(text.replace("Northwind\nAnalytics", "Ørsted A/S"), notes) == []
    # Without "A/S" in the notes, Harper's article warning stands (the exemption is the notes).
    assert "A" in quotes(text, warm_notes)


def test_real_article_mistakes_around_a_notes_term_are_still_reported(warm_notes: Notes) -> None:
    notes = _orsted(warm_notes)
    found = quotes(letter("I would be a asset to Ørsted A/S."), notes)
    assert found == ["a"]
    # A mistake that reaches outside the term ("a A/S") is not inside it, so it is reported.
    assert quotes(letter("I hold a A/S share."), notes) != []


def test_a_job_title_from_the_notes_is_not_a_grammar_slip(warm_notes: Notes) -> None:
    data = warm_notes.model_dump(mode="json")
    data["interviewers"][0]["title"] = "Equalities Officer"
    notes = Notes.model_validate(data)
    text = letter("I enjoyed meeting the Equalities Officer.")
    assert proofread_findings(text, notes) == []
    assert [v.quote for v in proofread_findings(text, warm_notes)] == ["Equalities"]
