"""How a panel's letters share out a section's wordings (phrasebook.Variation)."""

from __future__ import annotations

import datetime as dt
import re
from itertools import combinations
from pathlib import Path

import pytest

from composer.compose import compose
from composer.models import Notes
from composer.notes_file import load_notes
from composer.offline.phrasebook import Variation, seed_for, wordings
from composer.offline.writer import Writer

THREE = ("first wording", "second wording", "third wording")
SLOTS = [f"slot{n}" for n in range(12)]


def _choices(seed: str, offset: int) -> list[str]:
    return [Variation(seed, offset).pick(slot, THREE) for slot in SLOTS]


def test_the_first_panellists_each_take_their_own_wording() -> None:
    seed = seed_for("Priya Raman", "Acme")
    for slot in SLOTS:
        picked = {Variation(seed, offset).pick(slot, THREE) for offset in range(3)}
        assert picked == set(THREE), slot


def test_panellists_three_apart_do_not_share_every_three_wording_section() -> None:
    # A panel of nine with three wordings must share some, but no two panellists should get
    # the same wording in all twelve sections (they did: offsets 0, 3 and 6 always matched).
    seed = seed_for("Priya Raman", "Acme")
    letters = [_choices(seed, offset) for offset in range(9)]
    for a, b in combinations(range(9), 2):
        same = sum(x == y for x, y in zip(letters[a], letters[b], strict=True))
        assert same < len(SLOTS), (a, b)


def test_one_reader_keeps_the_same_choice() -> None:
    seed = seed_for("Priya Raman", "Acme")
    assert _choices(seed, 4) == _choices(seed, 4)
    assert Variation(seed, 5).order("slot1", ("only",)) == ["only"]


def test_a_phone_interview_is_never_a_meeting(examples_dir: Path) -> None:
    notes = load_notes(examples_dir / "phone_screen.json")
    for seed in range(12):
        writer = Writer(notes, 0)
        writer.variation = Variation(str(seed))
        assert "meet" not in writer.pick("closing"), seed


# --- session 24: the frame sentences of a panel of five ----------------------------------------
# The sentences every letter of a panel may say whatever the notes (the thanks, thanks again, the
# interest, the offer of more, other roles, a highlight recalled as told): each needs a wording
# per reader of a panel of five in every tone, or bare panels repeat themselves.
FRAMES = ("thanks", "closing", "interest", "offer", "other_roles", "summary_told", "next_none")


@pytest.mark.parametrize("section", FRAMES)
@pytest.mark.parametrize("tone", ["warm", "formal", "concise"])
@pytest.mark.parametrize("channel", ["email", "letter"])
def test_each_frame_has_a_wording_for_each_reader_of_a_panel_of_five(
    section: str, tone: str, channel: str
) -> None:
    options = wordings(section, tone, channel)
    assert len(set(options)) >= 5, (section, tone, options)
    seed = seed_for("Priya Raman", "Brightline Health Inc")
    firsts = {Variation(seed, offset).pick(section, options) for offset in range(5)}
    assert len(firsts) == 5


def _bare_five(company: str, tone: str, highlight: str) -> Notes:
    return Notes.model_validate(
        {
            "candidate": {"name": "Priya Raman"},
            "company": company,
            "role": "Data Engineer",
            "interview": {"date": "2020-01-01"},
            "interviewers": [{"name": n} for n in ("Ana Bell", "Ben Roy", "Cleo Diaz", "Dev Shah")]
            + [{"name": "Eva Moss"}],
            "highlights": [highlight],
            "open_to_other_roles": True,
            "tone": tone,
            "channel": "email",
        }
    )


@pytest.mark.parametrize("tone", ["warm", "formal", "concise"])
@pytest.mark.parametrize("company", ["Acme", "Brightline Health Inc"])
def test_five_bare_letters_share_no_frame_sentence(tone: str, company: str) -> None:
    # Five readers with nothing of their own and one thing the candidate told them about: every
    # sentence but that one is a frame, and no two letters may say the same one.
    notes = _bare_five(company, tone, "a talk on pipelines")
    letters = compose(notes, max_attempts=1, today=dt.date(2031, 1, 1))
    seen: dict[str, str] = {}
    for letter in letters:
        body = letter.text.split("\n\n", 2)[2].rsplit("\n\n", 1)[0]
        for sentence in re.split(r"(?<=[.!?])\s+", body.replace("\n", " ")):
            key = sentence.replace(letter.to, "<name>")
            assert key not in seen, (key, seen.get(key), letter.to)
            seen[key] = letter.to


def test_an_abbreviated_company_keeps_its_thanks_wordings_with_the_time_after_it() -> None:
    # "Brightline Health Inc." must not end a sentence; the thanks says when after the company.
    notes = _bare_five("Brightline Health Inc", "formal", "led data for 2 people")
    letters = compose(notes, max_attempts=1, today=dt.date(2031, 1, 1))
    openings = {letter.text.split("\n\n")[2].split(". ")[0].rstrip(".") for letter in letters}
    assert len(openings) == 5
    assert all("Inc." not in letter.text for letter in letters)
    # a sentence leaves the legal form off: "... at Brightline Health on Wednesday"
    assert all("Inc" not in o for o in openings), openings
    assert any(o.endswith("Brightline Health on Wednesday") for o in openings), openings
