"""The frame of an offline letter: greeting and sign-off by register, the opening thanks, the
personal line, the follow-up, the next step and the close.

Every expected sentence here is written by hand from small notes. Wordings with variants are read
with `FirstChoice`, which always takes a section's first wording.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from composer.compose import compose
from composer.models import Notes
from composer.notes_file import load_notes
from composer.offline import envelope
from composer.offline.followup import follow_up_line
from composer.offline.nextsteps import next_steps_line, reader_names
from composer.offline.phrasebook import Variation
from composer.offline.rapport import rapport_line
from composer.offline.writer import Writer
from tests.fakes import FirstChoice

CORPUS = Path(__file__).parent / "corpus" / "candidates"


def notes(**changes: Any) -> Notes:
    """Small notes: one interviewer, changed by `changes` (`person` changes the interviewer)."""
    person = {"name": "Kari Nygård", "title": "Analyst", "topics": ["month-end close"]}
    person |= changes.pop("person", {})
    data = {
        "candidate": {"name": "Henrik Dahl"},
        "company": "Fjord Freight",
        "role": "Finance Manager",
        "interview": {"date": "2026-03-10", "format": "video"},
        "interviewers": [person],
        "qualifications": ["ten years in shipping finance"],
        "tone": "warm",
        "channel": "email",
    } | changes
    return Notes.model_validate(data)


def greeting(n: Notes) -> str:
    return envelope.greeting(n.interviewers[0], n.tone, n.channel, FirstChoice(""))


def sign_off(n: Notes) -> str:
    return envelope.sign_off(n, n.interviewers[0], FirstChoice(""))


# --- greeting and sign-off: tone and the reader's seniority --------------------------------


@pytest.mark.parametrize(
    ("tone", "person", "expected"),
    [
        # a peer with no salutation: a warm or concise email may use the first name
        ("warm", {}, "Dear Kari,"),
        ("concise", {"title": "HR Business Partner"}, "Dear Kari,"),
        # a senior reader with no salutation: "Dear" and the first name in a warm or concise
        # letter; the holder of an office (a chair, a judge) by the full name
        ("concise", {"title": "Chief People Officer"}, "Dear Kari,"),
        ("warm", {"title": "VP Product"}, "Dear Kari,"),
        ("warm", {"title": "Chair of the Board"}, "Dear Kari Nygård,"),
        ("warm", {"title": "Managing Partner"}, "Dear Kari,"),
        ("warm", {"title": "Director of Product"}, "Dear Kari,"),
        ("formal", {}, "Dear Kari Nygård,"),
        # a salutation is used as given; a senior reader is still greeted "Dear"
        ("concise", {"title": "Chair of the Board", "salutation": "Sir Malcolm"},
         "Dear Sir Malcolm,"),
        ("warm", {"title": "Chief Technology Officer", "salutation": "Kari"}, "Dear Kari,"),
    ],
)  # fmt: skip
def test_the_greeting_follows_tone_and_seniority(
    tone: str, person: dict[str, str], expected: str
) -> None:
    assert greeting(notes(tone=tone, person=person)) == expected


@pytest.mark.parametrize("tone", ["warm", "formal", "concise"])
@pytest.mark.parametrize(
    ("name", "expected"),
    [("Dr Alan Reeve", "Dear Dr Reeve,"), ("Dr. Ana Lima", "Dear Dr. Lima,"),
     ("Sir Malcolm Ashworth", "Dear Sir Malcolm,"), ("Capt. Rolf Berg", "Dear Captain Berg,"),
     ("Sgt Ann Lee", "Dear Sergeant Lee,"), ("Cllr Sam Oke", "Dear Councillor Oke,"),
     ("Rev Jo Hart", "Dear Reverend Hart,")],
)  # fmt: skip
def test_a_title_in_the_name_is_how_they_are_greeted(name: str, expected: str, tone: str) -> None:
    assert greeting(notes(tone=tone, person={"name": name})) == expected


def test_a_rank_in_the_name_is_spelled_out_and_the_letter_passes() -> None:
    n = notes(person={"name": "Capt. Rolf Berg", "topics": ["the fleet's fuel planning"]})
    [letter] = compose(n, max_attempts=1)
    assert "Dear Captain Berg," in letter.text
    assert letter.ok, letter.report.errors


def test_a_peer_in_a_warm_email_may_be_greeted_informally() -> None:
    n = notes(person={"title": "Data Analyst"})
    seen = {
        envelope.greeting(n.interviewers[0], "warm", "email", Variation(str(seed)))
        for seed in range(30)
    }
    assert seen == {"Dear Kari,", "Hello Kari,", "Hi Kari,"}
    senior = notes(person={"title": "Judge of the High Court"})
    seen = {
        envelope.greeting(senior.interviewers[0], "warm", "email", Variation(str(seed)))
        for seed in range(30)
    }
    assert seen == {"Dear Kari Nygård,"}


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"tone": "formal"}, "Sincerely,"),
        ({"tone": "formal", "person": {"salutation": "Ms. Nygård"}}, "Sincerely,"),
        # British English (a title without a stop, or British spellings): "Yours sincerely,"
        ({"tone": "formal", "person": {"salutation": "Ms Nygård"}}, "Yours sincerely,"),
        ({"tone": "formal", "qualifications": ["led the reorganisation of payables"]},
         "Yours sincerely,"),
        # a senior reader in a concise or warm letter: never "Best," or "Warm regards,"
        ({"tone": "concise", "person": {"title": "Chair of the Board"}}, "Kind regards,"),
        ({"tone": "warm", "person": {"title": "Professor of Economics"}}, "Kind regards,"),
        ({"tone": "concise"}, "Best regards,"),
        ({"tone": "warm"}, "Best regards,"),
    ],
)  # fmt: skip
def test_the_sign_off_follows_tone_seniority_and_dialect(
    changes: dict[str, Any], expected: str
) -> None:
    assert sign_off(notes(**changes)) == expected


@pytest.mark.parametrize(
    ("candidate", "dated"),
    [
        # in the United States a printed letter is dated month first
        ({"phone": "(215) 555-0143"}, "March 11, 2026"),
        ({"phone": "+1 512 555 0190"}, "March 11, 2026"),
        ({"address": "418 Fitzwater St, Philadelphia, PA 19147"}, "March 11, 2026"),
        # elsewhere, and with no sign of where, day first
        ({"phone": "07700 900318"}, "11 March 2026"),
        ({"address": "12 Leith Walk, Edinburgh EH6 5DT"}, "11 March 2026"),
        ({}, "11 March 2026"),
        # a US number in a letter written in British English stays day first
        ({"phone": "(215) 555-0143", "email": "h.dahl@example.co.uk"}, "11 March 2026"),
    ],
)
def test_a_printed_letter_is_dated_as_the_candidate_s_country_writes_dates(
    candidate: dict[str, Any], dated: str
) -> None:
    n = notes(tone="formal", channel="letter", candidate={"name": "Henrik Dahl"} | candidate)
    blocks = envelope.letterhead(n, n.interviewers[0], dt.date(2026, 3, 11)).split("\n\n")
    assert blocks[1] == dated


def test_no_senior_reader_is_signed_off_casually() -> None:
    n = notes(tone="concise", person={"title": "Partner, Commercial Litigation"})
    seen = {envelope.sign_off(n, n.interviewers[0], Variation(str(seed))) for seed in range(30)}
    assert seen == {"Kind regards,", "Best regards,"}


# --- the opening thanks and the close -------------------------------------------------------


def letter(n: Notes, today: dt.date | None = None) -> str:
    writer = Writer(n, 0, today=today)
    writer.variation = FirstChoice("")
    return writer.write().text


def body(text: str) -> list[str]:
    """The paragraphs between greeting and sign-off."""
    parts = text.split("\n\n")
    return parts[2:-1]


@pytest.mark.parametrize(
    ("how", "today", "expected"),
    [
        ("panel", None, "Thank you for meeting with me at yesterday's panel to discuss the "
         "Finance Manager role at Fjord Freight."),
        ("panel", dt.date(2026, 3, 13), "Thank you for meeting with me at Tuesday's panel to "
         "discuss the Finance Manager role at Fjord Freight."),
        ("phone", None, "Thank you for meeting with me on the phone yesterday to discuss the "
         "Finance Manager role at Fjord Freight."),
        (None, dt.date(2026, 3, 13), "Thank you for meeting with me on Tuesday to discuss the "
         "Finance Manager role at Fjord Freight."),
    ],
)  # fmt: skip
def test_the_thanks_says_when_they_met_naturally(
    how: str | None, today: dt.date | None, expected: str
) -> None:
    n = notes(tone="formal", interview={"date": "2026-03-10", "format": how})
    # The thanks opens the first paragraph (a summary or a line of interest may follow it).
    assert body(letter(n, today))[0].startswith(expected)


FULLER = {
    "highlights": ["closed the books in three days at Nordline", "cut audit fees by 20%"],
    "contribution": "a faster month-end close that the auditors trust",
    "person": {"topics": ["month-end close", "the audit timetable"]},
}


def test_the_close_is_the_next_step_welcomed_and_nothing_else() -> None:
    n = notes(next_steps="they'll call by end of next week", tone="formal", **FULLER)
    assert body(letter(n))[-1] == "I look forward to hearing from you by the end of next week."


def test_other_roles_follow_the_next_step_in_the_close() -> None:
    n = notes(next_steps="a decision next week", open_to_other_roles=True, **FULLER)
    first, second = body(letter(n))[-1].split(". ", 1)
    assert first == "I look forward to hearing from you next week"
    assert second in (
        "If another role at Fjord Freight suits my background better, I would be glad to be "
        "considered for it too, now or later on.",
        "I would also welcome hearing about other or future roles at Fjord Freight.",
        "I would also be glad to be considered for other roles at Fjord Freight, now or later on.",
        "Other roles at Fjord Freight, now or in the future, would interest me as well.",
    )


def test_a_presumptuous_next_step_is_left_out_and_the_report_says_so() -> None:
    n = notes(next_steps="start date would be May 1 if it works out")
    writer = Writer(n, 0)
    writer.variation = FirstChoice("")
    written = writer.write()
    assert "May 1" not in written.text and "start date" not in written.text
    # the close says the plain next step (a letter this thin may offer more after it)
    assert "I look forward to hearing from you." in body(written.text)[-1]
    assert any("start date would be May 1" in n and "left out" in n for n in written.notices)


def test_a_short_letter_thanks_again_before_the_next_step_but_offers_nothing_more() -> None:
    # thin notes: no topic, two points; the letter stays under its minimum but over the floor
    # (the result leads, "I cut the month-end close ...", and the ten years follow it plainly)
    n = notes(
        next_steps="a decision next week",
        highlights=["cut the month-end close from ten days to four at Nordline"],
        person={"topics": []},
    )
    text = letter(n)
    assert body(text)[0] == (
        "Thank you for taking the time to speak with me on our video call yesterday about the "
        "Finance Manager role at Fjord Freight."
    )  # no stock line of interest: the notes are thin, and a shorter true letter is better
    close = body(text)[-1]
    assert close == "Thanks again. I look forward to hearing from you next week."
    assert "let me know" not in text and "anything" not in text


@pytest.mark.parametrize("tone", ["warm", "formal", "concise"])
def test_a_short_letter_from_notes_that_are_not_thin_still_reaches_its_minimum(tone: str) -> None:
    # these notes have enough to say for a printed letter, whose length rule is then an error;
    # the personal note (a fact to read back) is left out, so the offer of more is needed
    data = load_notes(CORPUS / "accountancy_audit_senior.json").model_dump(mode="json")
    n = Notes.model_validate(data | {"channel": "letter", "tone": tone})
    [written] = compose(n, today=n.interview.date + dt.timedelta(days=1))
    assert written.ok, written.report.errors
    assert written.report.words >= 150


# --- the personal line: used as a wish, thanks, congratulation or something shared ----------


def personal(note: str, tone: str = "warm") -> str | None:
    return rapport_line(note, ["Dana Whitfield", "Dana"], tone=tone, variation=FirstChoice("")).text


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        # an event of theirs: a wish, never "You mentioned that you are running ..."
        ("she's running the Boston Marathon in April",
         "Good luck with the Boston Marathon in April."),
        ("she is running a half marathon in May", "Good luck with the half marathon in May."),
        ("he is training for the Ironman in Nice", "Good luck with the Ironman in Nice."),
        ("giving the keynote at the AHA annual meeting in January",
         "I hope your keynote at the AHA annual meeting in January goes well."),  # theirs (s57)
        ("she's speaking at Typo Berlin in October",
         "I hope your talk at Typo Berlin in October goes well."),
        ("she is presenting to the board next month",
         "I hope your presentation to the board next month goes well."),
        ("he is cycling across Norway this summer",
         "I hope you enjoy cycling across Norway this summer."),
        ("he is going to a concert on Saturday",
         "I hope you have a wonderful time at the concert on Saturday."),
        ("she's heading to Lisbon for Web Summit",
         "I hope your trip to Lisbon for Web Summit goes well."),
        ("his team is moving to the new office in Austin",
         "I hope the move to the new office in Austin goes smoothly."),
        ("she's moving house next month", "I hope the move next month goes smoothly."),
        ("she recently moved to Bristol", "I hope you are settling in well in Bristol."),
        # an ongoing interest: a brief warm wish
        ("she's learning to letterpress print",
         "I hope you are enjoying learning to letterpress print."),
        ("she's doing a part-time MSc at Bath", "Good luck with the part-time MSc at Bath."),
        ("she is reading the new Tana French novel", "I hope you enjoy the new Tana French novel."),
        # a recommendation: thanks, and what the candidate will do with it
        ("she recommended Designing Data-Intensive Applications, said I should read ch. 9",
         "Thank you for recommending Designing Data-Intensive Applications; I will read "
         "chapter 9."),
        ("she suggested I read Thinking in Systems",
         "Thank you for recommending Thinking in Systems; I look forward to reading it."),
        # happy news: a congratulation
        ("she is getting married in June", "Congratulations on your forthcoming wedding."),
        ("she is celebrating 20 years at the firm", "Congratulations on 20 years at the firm."),
        # something the candidate shares
        ("a fellow Leicester Tigers fan", "It was good to meet a fellow Leicester Tigers fan."),
        ("he's a Brewers season ticket holder too",
         "It was good to meet a fellow Brewers season ticket holder."),
        ("he also started out in youth work",
         "It was a nice surprise to find that we both started out in youth work."),
        # no good use: a fact that could only be read back, a habit, family leave: left out
        ("he's a trustee of the local food bank", None),
        ("she sails the Færder race every June", None),
        ("he's off on paternity leave in March", None),
    ],
)  # fmt: skip
def test_a_personal_note_is_used_never_read_back(note: str, expected: str | None) -> None:
    assert personal(note) == expected


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("she's running the Boston Marathon in April",
         "I wish you every success with the Boston Marathon in April."),
        ("she is getting married in June",
         "Please accept my congratulations on your forthcoming wedding."),
        ("a fellow Leicester Tigers fan",
         "It was a pleasure to meet a fellow Leicester Tigers fan."),
    ],
)  # fmt: skip
def test_a_formal_letter_says_the_personal_line_formally(note: str, expected: str) -> None:
    assert personal(note, "formal") == expected


def test_a_note_left_out_is_named_in_the_report() -> None:
    person = FULLER["person"] | {"rapport": ["he's a trustee of the local food bank"]}
    n = notes(**(FULLER | {"person": person}))
    writer = Writer(n, 0)
    written = writer.write()
    assert "food bank" not in written.text and "trustee" not in written.text
    assert any("food bank" in n and "was left out" in n for n in written.notices)


def test_the_personal_line_stands_in_its_own_paragraph() -> None:
    person = FULLER["person"] | {"rapport": ["she is running the Oslo Marathon in September"]}
    n = notes(**(FULLER | {"person": person}))
    paragraphs = body(letter(n))
    assert "Good luck with the Oslo Marathon in September." in paragraphs


# --- the follow-up: the candidate's own point, kept --------------------------------------------


def follow_up(item: str, tone: str = "warm", channel: str = "email") -> str | None:
    return follow_up_line(item, frozenset(), tone, channel, FirstChoice(""))


@pytest.mark.parametrize(
    ("item", "tone", "channel", "expected"),
    [
        ("promised to send my writing sample", "warm", "email",
         "As promised, I have attached my writing sample."),
        ("said I'd send the deck from the pitch", "formal", "email",
         "As promised, I attach the deck from the pitch."),
        ("promised to send two references", "formal", "letter",
         "As promised, I enclose two references."),
        ("I said I would send them the portfolio link", "warm", "email",
         "As promised, I will send you the portfolio link separately."),
        ("forgot to say I hold SC clearance, lapsed 2024 though - could be renewed", "formal",
         "email",
         "One point I did not mention when we met: I held SC clearance, which lapsed in 2024 but "
         "could be renewed."),
        ("the question on impact - I undersold the BBC Radio 3 piece, it reached about 800k "
         "listeners", "warm", "email",
         "To add to my answer on impact: the BBC Radio 3 piece reached about 800k listeners."),
    ],
)  # fmt: skip
def test_a_follow_up_is_kept_as_a_promise_or_the_fact_itself(
    item: str, tone: str, channel: str, expected: str
) -> None:
    assert follow_up(item, tone, channel) == expected


def test_an_enclosure_is_named_in_the_report() -> None:
    n = notes(follow_up="promised to send my writing sample", **FULLER)
    writer = Writer(n, 0)
    written = writer.write()
    assert "my writing sample" in written.text
    assert any("my writing sample is enclosed: attach it" in n for n in written.notices)


def test_the_sc_clearance_follow_up_reaches_one_public_sector_letter_in_every_tone() -> None:
    # No one is named as asking and no panellist's topic is about clearance: the follow-up is
    # said once, to the first panellist (the head of the team), never to all three.
    data = load_notes(CORPUS / "public_sector_policy.json").model_dump(mode="json")
    for tone in ("warm", "formal", "concise"):
        for channel in ("email", "letter"):
            n = Notes.model_validate(data | {"tone": tone, "channel": channel})
            letters = compose(n, today=n.interview.date + dt.timedelta(days=1))
            said = [
                "SC clearance, which lapsed in 2024 but could be renewed" in letter_.text
                for letter_ in letters
            ]
            assert said == [True, False, False], (tone, channel)
            assert all(letter_.ok for letter_ in letters)


# --- next steps about the reader, and times already past -------------------------------------


def steps(item: str, name: str = "Olivia Grant", title: str | None = "Chair of Governors") -> str:
    reader = reader_names(name, title, None)
    return next_steps_line(item, frozenset(), "warm", "email", FirstChoice(""), reader=reader)


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        # the reader named in the notes is "you"
        ("Olivia will be in touch Fri w/ decision", "I look forward to hearing from you on Friday"),
        ("the chair will ring me next week", "I look forward to hearing from you next week"),
        # "tonight/tomorrow" is over by the time the letter is read; a guess is not a step
        ("Chair will phone candidates tonight/tomorrow", "I look forward to hearing from you"),
        ("by letter within 2 weeks, possibly 2nd stage presentation",
         "I understand I should hear back from you by letter within two weeks, and I would "
         "welcome the chance of a second stage presentation"),
        ("Sam will call Mon", "I look forward to hearing from Sam on Monday"),
        ("a decision by Nov 28", "I look forward to hearing from you by November 28"),
        ("phone call Thurs afternoon", "I look forward to the phone call on Thursday afternoon"),
    ],
)  # fmt: skip
def test_a_next_step_about_the_reader_is_heard_from_them(item: str, expected: str) -> None:
    assert steps(item) == expected


def test_a_next_step_whose_date_has_passed_is_left_out_and_the_report_says_so() -> None:
    # interview on 10 March; "a decision by March 12" is over when the letter goes out on the 13th
    n = notes(next_steps="a decision by March 12", **FULLER)
    late = Writer(n, 0, today=dt.date(2026, 3, 13))
    late.variation = FirstChoice("")
    written = late.write()
    assert "March 12" not in written.text
    assert body(written.text)[-1] == "I look forward to hearing from you."
    assert any("has passed" in n for n in written.notices)
    on_time = Writer(n, 0, today=dt.date(2026, 3, 11))
    on_time.variation = FirstChoice("")
    assert body(on_time.write().text)[-1] == "I look forward to hearing from you by March 12."


def test_a_short_day_name_that_has_passed_is_read_as_that_day() -> None:
    # interview on Tuesday 10 March; "mon" is Monday 16 March, over when the letter is late
    n = notes(next_steps="decision after he's seen the last candidate mon", **FULLER)
    late = Writer(n, 0, today=dt.date(2026, 3, 18))
    late.variation = FirstChoice("")
    written = late.write()
    assert "Monday" not in written.text
    assert body(written.text)[-1] == "I look forward to hearing from you."
    assert any("has passed" in n for n in written.notices)


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        # asides dropped: brackets, "lol", a note to self after a dash
        ("he's running the Valencia marathon next Sunday (6 Dec)",
         "Good luck with the Valencia Marathon next Sunday."),
        ("she recommended Noma Guide to Fermentation - must read",
         "Thank you for recommending Noma Guide to Fermentation; I look forward to reading it."),
        ("we're both ex-couriers lol (he did DPD)",
         "It was a nice surprise to find that we're both ex-couriers."),
        # no subject typed
        ("both served our time w/ Scottish Gas",
         "It was a nice surprise to find that we both served our time with Scottish Gas."),
        ("recommended Just Enough Research by Erika Hall",
         "Thank you for recommending Just Enough Research by Erika Hall; I look forward to "
         "reading it."),
        # family news: a warm wish, not a read-back
        ("her granddaughter starts Reception at St O's in Sept",
         "I hope your granddaughter enjoys starting Reception at St O's in September."),
        ("her son is starting at NHH this autumn",
         "I hope your son enjoys starting at NHH this autumn."),
        ("her sister's getting married this weekend",
         "I hope your sister's wedding this weekend is a wonderful day."),
        # something they run: a wish for it
        ("she runs the PTA Christmas fair on 12 Dec",
         "Good luck with the PTA Christmas fair on 12 December."),
    ],
)  # fmt: skip
def test_a_personal_note_typed_in_haste_is_still_used(note: str, expected: str) -> None:
    assert personal(note) == expected


@pytest.mark.parametrize(
    "note", ["her sister's getting married this weekend", "he's off to Lisbon on Sunday"]
)
def test_a_personal_note_whose_day_has_passed_is_left_out_of_a_late_letter(note: str) -> None:
    late = rapport_line(note, ["Dana"], variation=FirstChoice(""), late=True)
    assert late.text is None and late.skipped is not None and "passed" in late.skipped
    on_time = rapport_line(note, ["Dana"], variation=FirstChoice(""))
    assert on_time.text is not None


def test_a_talk_they_are_giving_is_theirs() -> None:
    assert personal("he's giving a talk at the ERA safety conference in March") == (
        "Good luck with your talk at the ERA safety conference in March."
    )


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("on mixed-age classes I only talked about timetabling - also taught a Y3/4 mixed class",
         "To add to my answer on mixed-age classes: I also taught a Y3/4 mixed class."),
        ("send him the link to my quantile regression talk I mentioned",
         "I would be glad to send you the link to my quantile regression talk."),
        ("forgot to say I hold the clinical diploma, finished 2023",
         "One thing I did not get to mention: I hold the clinical diploma, finished in 2023."),
        ("the job went fine but I was also the site rep, mention",
         "One thing I would add: I was also the site representative."),
    ],
)  # fmt: skip
def test_a_follow_up_typed_as_a_note_to_self_is_said_to_them(item: str, expected: str) -> None:
    assert follow_up(item) == expected


@pytest.mark.parametrize(
    ("company", "said"),
    [
        ("University of Durham", "at the University of Durham."),
        ("Halvorsen Museum of Contemporary Art", "at the Halvorsen Museum of Contemporary Art."),
        ("City of Riverton Housing Department", "at the City of Riverton Housing Department."),
        ("Bank of Lisbon", "at Bank of Lisbon."),
        ("The Anchor Inn", "at The Anchor Inn."),
        ("Fjord Freight", "at Fjord Freight."),
    ],
)
def test_an_institution_of_somewhere_takes_the_in_the_opening(company: str, said: str) -> None:
    writer = Writer(notes(company=company), 0)
    writer.variation = FirstChoice("")
    [thanks] = writer.thanks()
    assert thanks.text.endswith(said), thanks.text
