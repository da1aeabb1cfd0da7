"""Session 38b (stack): a short letter says more of the notes before any stock line and takes
one at most besides its next step (reader 17's h138 Nkechi letter); a word of the role in another
form ties nothing ("coding" in a "Clinical Coder" letter: held-out l01 of session 38 linked a
depth-of-coding result to the coding backlog by that word alone)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from composer import compose, load_notes
from composer.models import Notes
from composer.offline.body import Sentence
from composer.offline.ties import generic_of, role_stems, tie
from composer.offline.writer import Writer


def _notes(role: str) -> Notes:
    return Notes.model_validate(
        {
            "candidate": {"name": "Ann Lee"},
            "company": "Eastfield Trust",
            "role": role,
            "interview": {"date": "2026-12-02", "format": "onsite"},
            "interviewers": [{"name": "Gill Hart", "topics": ["the coding backlog"]}],
            "qualifications": ["Eight years in hospital records"],
            "highlights": ["Raised coding depth in orthopaedics from 4.1 to 5.6"],
        }
    )


def test_the_role_word_in_another_form_ties_nothing() -> None:
    generic = generic_of(_notes("Senior Clinical Coder"))
    point = "Raised coding depth in orthopaedics from 4.1 to 5.6"
    assert tie(point, "the coding backlog", generic) == 0


def test_a_shared_subject_beside_the_role_word_still_ties() -> None:
    generic = generic_of(_notes("Senior Clinical Coder"))
    assert tie("Cleared a five-week backlog in three months", "the coding backlog", generic) > 0


def test_role_stems_hold_the_verb_forms_of_the_doer() -> None:
    found = role_stems("Clinical Coder")
    assert {"coder", "codin", "coded"} <= found
    assert "supervising"[:5] in role_stems("Wig Supervisor")
    assert "nursi" in role_stems("Staff Nurse")
    assert "teach" in role_stems("Maths Teacher") and "taugh" in role_stems("Maths Teacher")


# ---- a short letter says more of the notes before any stock line, and takes one at most --------

READERS = Path(__file__).parent / "corpus" / "readers"
TODAY = dt.date(2026, 12, 3)
# Stock lines of the close, as the phrasebook words them in any tone (thanks again, an offer of
# more, a line of interest).
_STOCK = re.compile(
    r"thanks? (?:you )?(?:so much )?again|keener|happy to send|anything else|"
    r"glad to have met|pleasure to meet|grateful for (?:the|your) time",
    re.IGNORECASE,
)


def test_a_panellists_short_letter_says_another_point_before_one_stock_line() -> None:
    # Reader 17's h138, Nkechi Adeyemi: two of her topics and most of the candidate's points
    # cannot be read, so her letter was padded with four stock lines ("Our talk made me keener to
    # join the team. Many thanks again for your time. ... I'm happy to send anything else that
    # would help."). It now says a point of the candidate's another panellist's letter also says
    # (the BS in marketing, for the director of marketing; or the PDP load time) before one.
    notes = load_notes(READERS / "reader17" / "h138.json")
    letter = compose(notes, today=TODAY)[2]
    body = letter.text.split("Hello Nkechi,")[1]
    assert "University of Oregon" in body or "2.2 seconds" in body, body
    assert "six years" in body, body
    assert len(_STOCK.findall(body)) <= 1, body
    assert letter.ok, letter.report


def test_the_point_borrowed_beside_a_topic_stays_out_of_one_panel_letter() -> None:
    # A point is borrowed for a letter that names its reader's topic only while it stays out of
    # one letter of the panel: h138's three letters never all say the same point.
    notes = load_notes(READERS / "reader17" / "h138.json")
    texts = [letter.text for letter in compose(notes, today=TODAY)]
    for fact in ("University of Oregon", "six years", "2.2 seconds"):
        assert sum(fact in text for text in texts) < 3, fact


def test_a_second_stock_line_only_where_it_keeps_the_letter_from_an_error() -> None:
    # One stock line beside the next step; a second (an offer of more after thanks again) only
    # when it is what takes the letter out of its length rule's error, never to bring it nearer.
    notes = load_notes(READERS / "reader17" / "h138.json")
    writer = Writer(notes, 2, today=TODAY)
    before = [
        Sentence("thanks", 0, "Thank you for the video call yesterday."),
        Sentence("closing", 5, "Many thanks again for your time."),
    ]
    after = [*before, Sentence("offer", 5, "I'm happy to send anything else that would help.")]
    assert not writer._room_for_stock(before, after)
    assert writer._room_for_stock(before[:1], before)
