"""Compose's questions after the letters, in a person's words (`cli.askwords`): each field
named as the candidate knows it, the reason a line was left out said plainly, one example of a
good answer. Every expected wording here was written by hand."""

from __future__ import annotations

import re

import pytest

from composer.cli.askwords import again_hint, example, instruction, kept_why, stopped_at, title
from composer.models import Notes
from composer.offline.leftout import LeftOut
from composer.offline.rapport import rapport_line

NOTES = Notes.model_validate(
    {
        "candidate": {"name": "Tyler Brandvold"},
        "company": "Ironfield Brewing Co.",
        "role": "Quality Assurance Lead",
        "interview": {"date": "2026-11-30"},
        "interviewers": [
            {"name": "Kat Sorensen"},
            {"name": "Dev Bhardwaj"},
            {"name": "Marcus Ueda"},
            {"name": "Catherine Wu"},
        ],
        "qualifications": ["PCQI"],
    }
)


@pytest.mark.parametrize(
    ("field", "text", "named"),
    [
        ("interviewers[1].topics[0]", "SQF prep", "What you talked about with Dev Bhardwaj"),
        ("interviewers[0].rapport[0]", "both Navy vets", "Something personal from Kat Sorensen"),
        ("follow_up", "Marcus asked if I can start in jan - yes", "Your follow-up to Marcus Ueda"),
        ("follow_up", "Ms Wu asked abt astreinte - it is X", "Your follow-up to Catherine Wu"),
        # typed in lower case, as reader 11 typed (h84, h86, h90): the name as the notes spell it
        ("follow_up", "dev asked re SQF - did 2 audits", "Your follow-up to Dev Bhardwaj"),
        ("follow_up", "exec search q - nope", "Your follow-up"),
        # a pronoun or a name that is no interviewer's is not said as one (reader 11, h89)
        ("follow_up", "He asked how I work with a teenager - I described MI", "Your follow-up"),
        ("follow_up", "Someone asked about nights - fine", "Your follow-up"),
        ("qualifications[2]", "PCQI", "A qualification of yours"),
        ("highlights[0]", "cut DO 95 -> 35", "A result of yours"),
        ("contribution", "QA program - specs", "What you would bring to the role"),
        ("next_steps", "decision prob mon/tue", "The next steps they gave you"),
    ],
)
def test_a_question_names_the_field_in_a_persons_words(field: str, text: str, named: str) -> None:
    record = LeftOut(field, text, "a span runs into a noun ('three years personal')", "")
    assert title(record, NOTES) == named
    for said in (instruction(record), example(record), again_hint(record)):
        assert "[" not in said and "span" not in said and said.endswith((".", '"'))


def test_a_pronoun_that_asked_is_the_one_interviewer_when_there_is_one() -> None:
    # reader 11's h85 ("she asked about call") and h89 ("He asked how I work ...")
    alone = NOTES.model_copy(update={"interviewers": NOTES.interviewers[3:]})
    record = LeftOut("follow_up", "she asked about call - fine w/ 1 in 4", "", "")
    assert title(record, alone) == "Your follow-up to Catherine Wu"
    assert title(record, NOTES) == "Your follow-up"  # a panel: she could be any of them


def test_the_instruction_and_the_example_are_short_and_fit_the_field() -> None:
    point = LeftOut("highlights[1]", "approx 300 dentals last yr", "a noun phrase", "")
    assert instruction(point) == "Say it as one sentence to them."
    assert example(point) == 'For example: "I cut the backlog from 40 jobs to 5 in six months."'
    topic = LeftOut("interviewers[0].topics[1]", "dumps cost", "", "")
    assert instruction(topic) == "Name the subject, as you would to them."
    assert example(topic) == 'For example: "how the team plans its week"'
    assert again_hint(topic) == "Name just the subject, in a few words, as you would to them."


@pytest.mark.parametrize(
    "field",
    ["qualifications[0]", "highlights[0]", "contribution", "follow_up", "next_steps",
     "interviewers[0].topics[0]", "interviewers[0].rapport[0]"],
)  # fmt: skip
def test_an_example_names_no_trade(field: str) -> None:
    # reader 13: "I have held my CSCS card since 2019." was shown to a chaplain, a games tester
    # and an ML engineer; an example fits any job: no card, licence or body's initials, no
    # trade's or subject's own word
    for text in ("", "ordained PC(USA)", "ISTQB foundation"):
        shown = example(LeftOut(field, text, "", ""))
        assert re.search(r"\b[A-Z]{2,}\b", shown) is None, shown
        trades = ("card", "law", "orders", "shift", "timetable", "licence", "nurs", "site")
        assert not any(word in shown.lower() for word in trades), shown


# One example a candidate could say to them, by the kind of note.
SHOWN = {
    "pet": "I hope Rufus is settling in well.",
    "event": "Good luck with the half marathon on Sunday.",
    "trip": "I hope you enjoy Lisbon next week.",
    "thanks": "Thank you for the book tip; I have ordered a copy.",
    "shared": "we both grew up in Leeds",
    "interest": "I enjoyed hearing about your allotment.",
}


@pytest.mark.parametrize(
    ("note", "kind"),
    [
        # reader 11: every personal note was given "we both studied law at Exeter"
        ("just got a rescue lurcher called pip", "pet"),
        ("going ice fishing at lac ste anne this wknd", "event"),
        ("doing the santa dash sat 5th for the air ambulance", "event"),
        ("off to NZ for xmas to see her daughter", "trip"),
        ("recommended Fundraising Everywhere podcast", "thanks"),
        ("we both ran london marathon 2023", "shared"),
        ("Grew up in Kalgoorlie, where I did my first field season", "shared"),
        ("restoring his grandfather's longcase clock himself", "interest"),
    ],
)
def test_a_personal_notes_example_is_of_its_own_kind(note: str, kind: str) -> None:
    record = LeftOut("interviewers[0].rapport[0]", note, "it could only be repeated back", "")
    assert example(record) == f'For example: "{SHOWN[kind]}"'


def test_an_empty_personal_field_is_shown_more_than_one_kind() -> None:
    record = LeftOut("interviewers[0].rapport[0]", "", "nothing personal", "")
    assert example(record) == (
        'For example: "off to Lisbon next week" or "we both grew up in Leeds"'
    )


def test_an_answer_that_starts_with_i_is_not_told_to_and_hears_where_it_stopped() -> None:
    # reader 11, h86: both answers were told 'starting with "I"'
    typed = "I grew St Luke's Midnight Walk from 900 to 2,300 walkers between 2022 and 2025"
    why = "its sentence would not read well: a year follows 'between' with no 'in' or 'since'"
    hint = again_hint(LeftOut("highlights[0]", typed, why, ""), typed)
    assert hint == (
        'I stopped at "between": say that part another way. Say the same point in other '
        "words, keeping its names and figures."
    )
    typed = "I've been on call for 3 years"  # nothing quoted: only the shape is said
    hint = again_hint(LeftOut("qualifications[0]", typed, "a noun phrase", ""), typed)
    assert hint == "Say the same point in other words, keeping its names and figures."


def test_the_words_stopped_at_are_found_in_the_answer_when_the_reason_names_none() -> None:
    typed = "In my first 3 months I'd meet our top 20 supporters and then plan for 2027"
    record = LeftOut("follow_up", typed, "it could not be said as one clear sentence", "")
    # its subject is "I", after a lead of the candidate's own: not told to start with "I",
    # but exactly what to change (reader 14: the lead with no comma is what stops it)
    assert again_hint(record, typed) == (
        'Put a comma after "In my first 3 months": "In my first 3 months, I\'d meet our top 20 '
        'supporters and then plan for 2027."'
    )
    for typed in (
        "my H2S Alive expired in October",  # no "I": the shape that can be used is said
        "My H2S Alive expired in October and I'm booked to renew it",  # its subject is "My"
    ):
        record = LeftOut("follow_up", typed, "it could not be said as one clear sentence", "")
        assert again_hint(record, typed) == (
            'Say it as one whole sentence you would say to them, starting with "I".'
        )


@pytest.mark.parametrize("kind", sorted(SHOWN))
def test_each_personal_example_is_one_the_writer_can_use(kind: str) -> None:
    # an example the letters could not say would teach the candidate a shape that fails
    assert rapport_line(SHOWN[kind], ("Alex Reed",)).text is not None


@pytest.mark.parametrize(
    ("typed", "why"),
    [
        # reader 12, h95: the gate's window cut "is" to "i", and the rule's own 'in' was quoted
        (
            "I confirmed that my MSc is IHO Category A recognised",
            "its sentence would not read well: it has a degree with no 'in' before its subject "
            "('my MSc i')",
        ),
        # made-up members: a window cut mid-word, and words of the writer's sentence, not his
        (
            "I hold an HND that is still valid",
            "it has a degree with no 'in' before its subject ('an HND tha')",
        ),
        (
            "I ran the depot for two winters",
            "a span runs into a noun ('the team depot')",
        ),
    ],
)
def test_a_retry_never_quotes_words_that_are_not_whole_words_of_the_answer(
    typed: str, why: str
) -> None:
    record = LeftOut("qualifications[0]", typed, why, "")
    assert stopped_at(record, typed) is None
    assert again_hint(record, typed) == (
        "Say the same point in other words, keeping its names and figures."
    )


def test_the_bracketed_words_are_the_stop_not_a_word_of_the_rule() -> None:
    typed = "I have a degree and my MSc is in hydrography"
    why = "it has a degree with no 'in' before its subject ('my MSc is')"
    assert stopped_at(LeftOut("qualifications[0]", typed, why, ""), typed) == "my MSc is"
    typed = "I led nights vs days for two years"  # a single word quoted: it is the stop
    why = "it still reads as a note: note shorthand ('vs')"
    assert stopped_at(LeftOut("highlights[0]", typed, why, ""), typed) == "vs"


@pytest.mark.parametrize(
    "typed",
    [
        "I spent five years at Trellis Bank, three in the SOC and the last two on pentest.",
        "I led the group's response to a norovirus outbreak in 2024, working with UKHSA.",
        "I'd build out an internal red team so you aren't relying only on the annual pentest.",
        "I piloted 1,200 ship moves, 300 of them on the big container ships.",
    ],
)
def test_an_answer_of_the_candidates_own_is_never_told_to_cut_its_point_down(typed: str) -> None:
    # reader 12: told "one sentence with one point, in plain words", they typed thinner answers
    record = LeftOut("highlights[0]", typed, "its wording could not be read with confidence", "")
    hint = again_hint(record, typed)
    assert "one point" not in hint and "plain words" not in hint
    assert hint.endswith("keeping its names and figures.")


@pytest.mark.parametrize(
    "typed",
    [
        "Good luck to your daughter's FIRST robotics team on Saturday",  # reader 12, h92
        "I hope the new corgi puppy is settling in well.",  # reader 12, h97
        "best of luck to your son and his kestrel at the show",
        "Congrats on the new allotment!",
        "Thanks for the tip about the Ghent canal walk",
        "Enjoy the trip to Kyoto next month.",
    ],
)
def test_a_personal_answer_already_a_wish_is_not_told_to_make_it_a_wish(typed: str) -> None:
    record = LeftOut("interviewers[0].rapport[0]", typed, "it could not be turned into a line", "")
    assert again_hint(record, typed) == "Say the same to them in other words, in one sentence."


@pytest.mark.parametrize(
    "typed", ["her son has a kestrel show sat", "we both love kestrels", "hoping to go there"]
)
def test_a_personal_answer_of_another_shape_hears_what_shapes_fit(typed: str) -> None:
    record = LeftOut("interviewers[0].rapport[0]", typed, "it could not be turned into a line", "")
    assert again_hint(record, typed) == (
        "Say it as one sentence to them: a wish, thanks, or what you both share."
    )


@pytest.mark.parametrize(
    ("field", "typed", "why", "said"),
    [
        (
            "follow_up",
            "I grew the walk so that more walkers",
            "a clause after 'so that' has no verb ('so that more walkers')",
            'I could not say it as one clear sentence to them; I stopped at "so that more walkers"',
        ),
        (  # the gate's window is not whole words of the answer: no stop is quoted
            "qualifications[0]",
            "I confirmed that my MSc is IHO Category A recognised",
            "it has a degree with no 'in' before its subject ('my MSc i')",
            "I could not say it as a sentence I would send",
        ),
        (  # a wish refused is not said to be "repeated back", nor quoted a stop
            "interviewers[0].rapport[0]",
            "Good luck to your son and his kestrel at the show on Saturday.",
            "it was typed as a sentence about them ('his kestrel')",
            "I could not turn it into a line to them",
        ),
        (
            "interviewers[1].topics[0]",
            "I'd build out a red team so you aren't relying on the pentest",
            "a sentence, not a subject that was discussed",
            "I could not say it as a subject you talked about",
        ),
        (
            "next_steps",
            "they said maybe",
            "no date",
            "I could not say it as what happens next",
        ),
    ],
)
def test_an_answer_kept_out_twice_says_why_of_the_answer(
    field: str, typed: str, why: str, said: str
) -> None:
    assert kept_why(LeftOut(field, typed, why, ""), typed) == said
