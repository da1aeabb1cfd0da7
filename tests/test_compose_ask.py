"""`thankyou compose` asks for the notes lines the offline writer could not read: the answers go
into a new notes file beside the old one (kept only with a yes), the letters are written again
with them, and a run nobody is at says how many lines were left out instead of asking."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from composer.cli import app
from composer.cli.rounds import FIRST_DRAFT

# Marisol's notes (h57) typed tersely: six lines the writer cannot read
ASK = Path(__file__).parent / "corpus" / "ask"
runner = CliRunner()
ARGS = ["--backend", "offline", "--today", "2026-12-02"]

# The lines left out in the order compose asks for them (by what an answer adds to a letter:
# the results, the follow-up, the contribution, then the qualifications), and what she would
# say instead: each answer as a recruiter would say it to the head of talent.
ANSWERS = [
    "closed 28 engineering hires at Lumora in 2025, average time to fill 38 days",
    "",  # the offer accept rate: Enter keeps it out
    "I have not run executive searches, but last year I ran six staff and principal "
    "engineering searches",
    "tighter intake meetings and calibrated scorecards to cut time to fill",
    "seven years of technical recruiting, four of them in-house at SaaS startups",
    "I run the full hiring cycle in Greenhouse and Ashby",
]


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    path = tmp_path / "h57.json"
    shutil.copy(ASK / "h57.json", path)
    return path


def drafted(result: Result) -> str:
    """The first round's letters, shown on stderr as a draft before the questions."""
    return result.stderr.split(FIRST_DRAFT, 1)[1].split("\nLetter to ", 1)[0]


def run(notes: Path, *args: str, input: str | None = None) -> Result:
    return runner.invoke(app, ["compose", str(notes), *ARGS, *args], input=input)


def test_a_run_nobody_is_at_counts_the_lines_left_out_and_asks_nothing(notes: Path) -> None:
    before = notes.read_bytes()
    result = run(notes)
    assert result.exit_code == 0  # the thin letter passes, with six lines left out
    assert "Rewrite them now?" not in result.stderr
    assert (
        "6 lines of your notes were left out because the writer could not read them (see the "
        f"notes above); `thankyou compose {notes}` on a terminal asks you to reword them."
    ) in result.stderr
    assert notes.read_bytes() == before and sorted(p.name for p in notes.parent.iterdir()) == [
        "h57.json"
    ]
    assert run(notes, "--no-ask").stderr == result.stderr


def test_answers_typed_are_in_the_letter_written_again_and_kept_in_a_new_file(
    notes: Path,
) -> None:
    before = notes.read_bytes()
    result = run(notes, "--ask", input="\n".join(["y", *ANSWERS, "y"]) + "\n")
    assert result.exit_code == 0, result.stderr  # the letter written again passes every rule
    first, again = drafted(result), result.stdout  # the first round is a draft, on stderr
    follow_up = (
        "I have not run executive searches, but last year I ran six staff and principal "
        "engineering searches."
    )
    assert follow_up not in first and follow_up in again
    assert "I run the full hiring cycle in Greenhouse and Ashby." in again
    # on a terminal both versions show: the one written with the answers is announced, after
    # the last question and once
    heading = "The letters again, with your answers (they replace the ones above):"
    assert result.stderr.count(heading) == 1
    assert result.stderr.index(heading) > result.stderr.index("6 of 6. ")
    # each question names the field in a person's words, quotes the note, says in a few words
    # what to type and gives one example of a good answer, of no trade; no field path, no jargon
    assert (
        '5 of 6. A qualification of yours. Your note: "7y (4 IH) TR - SaaS/B2B"\n'
        '   Say it as one sentence to them. For example: "I have been fully qualified since '
        '2019."\n'
    ) in result.stderr
    assert '1 of 6. A result of yours. Your note: "' in result.stderr
    # an example is shown once: the second qualification is asked without it
    second = result.stderr.split("6 of 6. A qualification of yours. ", 1)[1].splitlines()
    assert second[1] == "   Say it as one sentence to them."
    assert result.stderr.count("For example: ") == 4  # result, follow-up, offer, qualification
    assert '3 of 6. Your follow-up. Your note: "exec search q - nope;' in result.stderr
    questions = [line for line in result.stderr.splitlines() if " of 6. " in line]
    assert len(questions) == 6 and not any("[" in line for line in questions)
    saved = notes.with_name("h57-2.json")
    assert f"Saved to {saved}. Next time: thankyou compose {saved}" in result.stderr
    assert notes.read_bytes() == before  # the notes file itself is never changed
    data = json.loads(saved.read_text(encoding="utf-8"))
    assert data["qualifications"] == [ANSWERS[4], ANSWERS[5]]
    assert data["highlights"] == [ANSWERS[0], "~OAR/intake/scorecards"]
    assert data["contribution"] == ANSWERS[3]
    assert data["interviewers"][0]["topics"][1] == "ttf ~70d/<45 ??"
    assert data["follow_up"] == ANSWERS[2]
    assert data["candidate"]["name"] == "Marisol Vega"


def test_no_to_keeping_removes_the_new_file_and_no_to_rewriting_asks_nothing_more(
    notes: Path,
) -> None:
    result = run(notes, "--ask", input="\n".join(["y", *ANSWERS, "n"]) + "\n")
    assert result.exit_code == 0, result.stderr
    assert "your notes are as they were" in result.stderr
    assert sorted(p.name for p in notes.parent.iterdir()) == ["h57.json"]
    result = run(notes, "--ask", input="n\n")
    assert result.exit_code == 0
    assert "1 of 6." not in result.stderr and result.stdout.count("Subject:") == 1
    assert sorted(p.name for p in notes.parent.iterdir()) == ["h57.json"]


def test_a_rewrite_still_unread_is_said_once_and_offered_again(notes: Path) -> None:
    unread = "cut TTF w/ + ~ mtgs"
    answers = [*ANSWERS[:3], unread, *ANSWERS[4:]]
    typed = ["y", *answers, "tighter intake meetings and calibrated scorecards", "y"]
    result = run(notes, "--ask", input="\n".join(typed) + "\n")
    assert result.exit_code == 0, result.stderr
    assert result.stderr.count("I still cannot use your words") == 1
    assert (
        "I still cannot use your words for what you would bring to the role:\n"
        f'   "{unread}"\n'
        '   Say it as one whole sentence you would say to them, starting with "I". For example: '
        '"I would set up a buddy scheme for new starters."\n'
    ) in result.stderr
    _, after = result.stderr.split("I still cannot use your words")
    assert "The notes field contribution" not in after  # the second answer is read
    saved = json.loads(notes.with_name("h57-2.json").read_text(encoding="utf-8"))
    assert saved["contribution"] == "tighter intake meetings and calibrated scorecards"


def test_answers_that_end_early_are_kept_and_the_exit_code_is_2(notes: Path) -> None:
    result = run(notes, "--ask", input="y\n" + ANSWERS[0] + "\n")
    assert result.exit_code == 2
    saved = notes.with_name("h57-2.json")
    assert f"The input ended. The 1 line(s) you rewrote are saved in {saved}" in result.stderr
    assert json.loads(saved.read_text(encoding="utf-8"))["highlights"][0] == ANSWERS[0]


def test_answers_typed_before_the_input_ends_are_in_the_letter_written_again(
    notes: Path,
) -> None:
    result = run(notes, "--ask", input="\n".join(["y", *ANSWERS[:3]]) + "\n")
    assert result.exit_code == 2  # the input ended before the last question
    assert "The input ended: the lines not answered stay out of the letters." in result.stderr
    first, again = drafted(result), result.stdout  # the first round is a draft, on stderr
    said = (
        "I have not run executive searches, but last year I ran six staff and principal "
        "engineering searches."
    )
    assert said not in first and said in again  # not lost: the letter is written again


def test_an_answer_still_unusable_after_the_second_try_is_named_and_kept(notes: Path) -> None:
    unread, again = "cut TTF w/ + ~ mtgs", "~ TTF + mtgs"
    typed = ["y", *ANSWERS[:3], unread, *ANSWERS[4:], again, "y"]
    result = run(notes, "--ask", input="\n".join(typed) + "\n")
    assert result.exit_code == 0, result.stderr
    assert (
        f'Not in the letters, but kept in your notes: What you would bring to the role: "{again}"'
        " (I could not say it as a sentence I would send).\n"  # why, of the answer
    ) in result.stderr
    saved = json.loads(notes.with_name("h57-2.json").read_text(encoding="utf-8"))
    assert saved["contribution"] == again


def test_a_second_round_writes_a_third_file_never_over_the_second(notes: Path) -> None:
    notes.with_name("h57-2.json").write_text("mine", encoding="utf-8")
    result = run(notes, "--ask", input="\n".join(["y", *ANSWERS, "y"]) + "\n")
    assert result.exit_code == 0, result.stderr
    assert notes.with_name("h57-2.json").read_text(encoding="utf-8") == "mine"
    assert json.loads(notes.with_name("h57-3.json").read_text(encoding="utf-8"))["follow_up"]


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--format", "json"], "--ask prints the letters twice"),
    ],
)
def test_ask_where_it_cannot_work_is_refused_before_any_letter(
    notes: Path, args: list[str], said: str
) -> None:
    result = run(notes, "--ask", *args, input="y\n")
    assert result.exit_code == 2 and said in result.stderr and not result.stdout


def test_ask_with_notes_on_stdin_is_refused(notes: Path) -> None:
    result = runner.invoke(
        app, ["compose", "-", *ARGS, "--ask"], input=notes.read_text(encoding="utf-8")
    )
    assert result.exit_code == 2 and "pass the notes as a file" in result.stderr


def test_letters_with_nothing_left_out_ask_nothing(tmp_path: Path) -> None:
    examples = Path(__file__).parent.parent / "examples" / "warm_email.json"
    result = runner.invoke(
        app, ["compose", str(examples), "--ask", "--today", "2026-11-25"], input="y\n"
    )
    assert result.exit_code == 0, result.stderr
    assert "Rewrite them now?" not in result.stderr and "left out because" not in result.stderr


def test_one_line_left_out_is_counted_in_the_singular(tmp_path: Path) -> None:
    data = json.loads((ASK.parent.parent.parent / "examples" / "warm_email.json").read_text())
    data["qualifications"] = [*data["qualifications"], "as per CV"]  # nothing to say of it
    notes = tmp_path / "one.json"
    notes.write_text(json.dumps(data), encoding="utf-8")
    result = runner.invoke(app, ["compose", str(notes), "--today", "2026-11-25"])
    assert (
        "1 line of your notes was left out because the writer could not read it (see the notes "
        f"above); `thankyou compose {notes}` on a terminal asks you to reword it."
    ) in result.stderr


def test_a_piped_answer_where_a_yes_or_no_is_asked_stops_and_keeps_what_was_typed(
    notes: Path,
) -> None:
    # the answers start without the "y" the first question takes: nothing is read as a "no"
    result = run(notes, "--ask", input="\n".join(ANSWERS) + "\n")
    assert result.exit_code == 2
    assert (
        "Rewrite them now? [Y/n] takes y or n (Enter means yes), but the answers piped in gave "
        "'closed 28 engineering hires at Lumora in...' there: put y or n on that line"
    ) in result.stderr
    assert "1 of 6." not in result.stderr
    assert sorted(p.name for p in notes.parent.iterdir()) == ["h57.json"]
    # one answer too many lands on "Keep your notes ...?": the file with the answers stays
    result = run(notes, "--ask", input="\n".join(["y", *ANSWERS, "one more line"]) + "\n")
    assert result.exit_code == 2
    saved = notes.with_name("h57-2.json")
    assert "gave 'one more line' there" in result.stderr
    assert f"Stopped. The 5 line(s) you rewrote are saved in {saved}" in result.stderr
    assert json.loads(saved.read_text(encoding="utf-8"))["follow_up"] == ANSWERS[2]


# Tessa's notes (reader 8's h62, its topic typed out): one topic, one qualification and a line
# with nothing to say in it. Her letter is short, so compose asks for what the notes leave empty
# as well as for the line it left out.
THIN = Path(__file__).parent / "corpus" / "readers" / "h62.json"
THIN_ANSWERS = [
    "y",
    "I cut missed newborn screening follow-ups from 30% to under 10%",  # highlights[0]
    "",  # nothing personal: Enter skips it
    "faster answers for families waiting on a diagnosis",  # contribution
    "",  # "as per CV": Enter keeps it out
    "they will call by the end of next week",  # next_steps
    "y",
]


@pytest.fixture
def thin(tmp_path: Path) -> Path:
    data = json.loads(THIN.read_text(encoding="utf-8"))
    data["interviewers"][0]["topics"] = ["pediatric ABR testing"]
    data["qualifications"].append("as per CV")
    path = tmp_path / "h62.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_a_short_letter_asks_for_the_empty_fields_and_says_the_answers(thin: Path) -> None:
    result = run(thin, "--ask", input="\n".join(THIN_ANSWERS) + "\n")
    assert result.exit_code == 0, result.stderr
    assert (
        "1 line of your notes was left out because the writer could not read it, and the letter "
        "to Dr. Omar Haddad is short. Rewrite them and add to your notes now? [Y/n]"
    ) in result.stderr
    # a result first, then a personal line, the contribution, the qualification, the next steps
    assert "1 of 5. A result you mentioned in the interview" in result.stderr
    assert "2 of 5. Something personal Dr. Omar Haddad" in result.stderr
    assert "3 of 5. What would you bring to the role?" in result.stderr
    assert '4 of 5. A qualification of yours. Your note: "as per CV"' in result.stderr
    assert (
        '5 of 5. What did they say about the next steps?\n   For example: "a decision by Friday"\n'
    ) in result.stderr
    first, again = drafted(result), result.stdout  # the first round is a draft, on stderr
    result_said = "I cut missed newborn screening follow-ups from 30% to under 10%."
    assert result_said not in first and result_said in again
    assert "by the end of next week" in again
    saved = json.loads(thin.with_name("h62-2.json").read_text(encoding="utf-8"))
    assert saved["highlights"] == [THIN_ANSWERS[1]]
    assert saved["contribution"] == THIN_ANSWERS[3]
    assert saved["interviewers"][0]["rapport"] == []
    assert saved["interviewers"][0]["topics"] == ["pediatric ABR testing"]
    assert saved["next_steps"] == THIN_ANSWERS[5]
    assert saved["qualifications"] == ["AuD, 3 yrs clinical", "as per CV"]


def test_a_short_letter_nobody_is_at_says_a_terminal_would_ask(thin: Path) -> None:
    result = run(thin)
    assert (
        f"The letter to Dr. Omar Haddad is short; `thankyou compose {thin}` on a terminal asks "
        "you for what your notes leave out."
    ) in result.stderr
    assert "Add to them now?" not in result.stderr
    # a letter of ordinary length asks for nothing of the kind
    examples = Path(__file__).parent.parent / "examples" / "warm_email.json"
    result = runner.invoke(app, ["compose", str(examples), "--today", "2026-11-25"])
    assert "what your notes leave out" not in result.stderr


READER11 = Path(__file__).parent / "corpus" / "readers" / "reader11"
_ASKED = re.compile(r'^\d+ of \d+\. .*?Your note: "(?P<note>.*)"$', re.MULTILINE)


def answered(path: Path, answers: dict[str, str], then: str = "y") -> str:
    """Input that answers each question compose asks for `path` by its note (`answers`: note
    -> answer; Enter for the others), then `then`: independent of which lines the readers
    leave out this session, and of their order."""
    asked = run(path, "--ask", input="y\n" + "\n" * 40).stderr
    lines = [answers.get(found["note"], "") for found in _ASKED.finditer(asked)]
    return "\n".join(["y", *lines, then]) + "\n"


def test_an_answer_read_but_in_no_letter_is_named_at_the_end(tmp_path: Path) -> None:
    # reader 11's h85, with reader 11's answers and two more: the one concise letter keeps to a
    # few points (answers first, one over its limit at most); the answers it did not choose are
    # named, not dropped without a word
    path = tmp_path / "h85.json"
    shutil.copy(READER11 / "h85.json", path)
    answers = {
        "4 yrs ortho at Lakeside Bone & Joint": "I've worked in orthopedics for 4 years at "
        "Lakeside Bone & Joint",
        "MS PA studies Duke 2022": "I got my MS in PA studies from Duke in 2022",
        "~600 cases first assist (mostly knees/shoulders)": "I've first assisted on about 600 "
        "cases, mostly knees and shoulders",
        "built epic smartphrases for post-op notes - saved ~10 min/pt": "I built Epic "
        "smartphrases for post-op notes that saved about 10 minutes per patient",
        "PA-C, NCCPA certified": "I am a certified physician assistant (PA-C, NCCPA)",
        "NC license + DEA, SC pending": "I hold an NC license and a DEA registration",
    }
    result = run(path, "--ask", input=answered(path, answers))
    assert result.exit_code == 0, result.stderr
    unused = [line for line in result.stderr.splitlines() if line.startswith("In your notes, but")]
    assert unused, result.stderr
    for line in unused:  # each one named is in no letter
        assert line.startswith("In your notes, but in none of the letters (a letter keeps to a ")
        words = line.rsplit(': "', 1)[1].rstrip('"')
        assert words not in result.stdout and words in answers.values()
    said = [text for text in answers.values() if not any(text in line for line in unused)]
    assert said  # what the letter does say is not named


def test_a_retry_quotes_where_the_writer_stopped_and_never_tells_an_i_answer_to_start_with_i(
    tmp_path: Path,
) -> None:
    # reader 11's h86: an answer starting with "I" was told 'starting with "I"' before. The
    # result here is one no writer can read ("??" is a query to self), so it is asked for; the
    # answer stops at a clause with no verb of its own, and the retry quotes that clause (the
    # gate's bracketed words, not the "so that" its rule names)
    path = tmp_path / "h86.json"
    notes = json.loads((READER11 / "h86.json").read_text(encoding="utf-8"))
    notes["highlights"][0] = "midnight walk numbers ?? check"
    notes["follow_up"] = "sue asked what id do in first 3 months - waffled"  # no answer: asked
    path.write_text(json.dumps(notes), encoding="utf-8")
    typed = "I grew St Luke's Midnight Walk so that more walkers"
    answers = {"midnight walk numbers ?? check": typed}
    result = run(path, "--ask", input=answered(path, answers, then=""))
    assert (
        "I still cannot use your words for a result of yours:\n"
        f'   "{typed}"\n'
        '   I stopped at "so that more walkers": say that part another way. Say the same point '
        'in other words, keeping its names and figures. For example: "I cut the backlog from 40 '
        'jobs to 5 in six months."\n'
    ) in result.stderr
    assert 'starting with "I"' not in result.stderr
    assert "Your follow-up to Sue Patel." in result.stderr  # "sue asked ...", in lower case


def test_reader_11s_typed_result_reaches_a_letter(tmp_path: Path) -> None:
    # the answer reader 11 typed, refused at "between" last session, is now the letter's sentence
    path = tmp_path / "h86.json"
    shutil.copy(READER11 / "h86.json", path)
    typed = "I grew St Luke's Midnight Walk from 900 to 2,300 walkers between 2022 and 2025"
    answers = {"grew St Luke's Midnight Walk 900 -> 2,300 walkers (2022-25)": typed}
    result = run(path, "--ask", input=answered(path, answers, then=""))
    assert "I still cannot use your words" not in result.stderr
    assert f"{typed}." in result.stdout
