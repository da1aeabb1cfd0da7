"""A point is tied to a topic only when the word they share names one thing in both; a fact
of the candidate's is never bolted onto the thanks (reader 13's final: "... at Lir Credit Union
Group. I hold an LLB from University College Cork."; "When we turned to funeral orders, I thought
of my own work: I am confident with Shopify and Interflora orders."). The members of each class
below are made up; the expected sentences are written by hand."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from composer import compose, load_notes
from composer.offline.body import Sentence
from composer.offline.paragraphs import paragraphed
from composer.offline.themes import same_thing, tie_strength
from composer.offline.usable import stems

READER13 = Path(__file__).parent / "corpus" / "readers" / "reader13"


def _tie(point: str, topic: str) -> int:
    return tie_strength(point, topic, stems(point), stems(topic))


def test_a_shared_word_of_another_kind_is_no_tie() -> None:
    # "bakery orders" and "funeral orders" are two kinds of order: no ground in common
    assert _tie("took bakery orders by phone", "funeral orders") == 0
    assert not same_thing("order", "took bakery orders by phone", "funeral orders")
    # the same kind, or a word of the topic's compound in the point, keeps the tie
    assert _tie("cut refugee families' waiting time", "refugee families") > 0
    assert _tie("led the weekend rota", "weekend rota gaps") > 0


def test_a_word_said_only_as_an_owner_or_as_a_means_is_no_tie() -> None:
    # "the firm's billing targets" is about billing targets; "by scheduling" is a thing done
    assert not same_thing("firm", "ran the firm softball team", "the firm's billing targets")
    assert not same_thing(
        "sched", "cut overtime by scheduling in pairs", "the schedule for the new ward"
    )
    assert same_thing("sched", "rebuilt the schedule for two wards", "the schedule for the ward")


def test_a_shared_time_is_no_tie_unless_it_names_one_thing() -> None:
    # "summer" says when, not what: a camp and staffing gaps are different subjects
    assert _tie("ran the summer reading camp", "staffing gaps over summer") == 0
    assert _tie("set up a weekend breakfast club", "cover at weekends") == 0
    # "afternoon tea" is a thing in both
    assert _tie("built an afternoon tea menu for 90 covers", "afternoon tea relaunch") > 0


def test_a_code_or_name_is_its_own_subject_whatever_its_kind() -> None:
    # an acronym or a name is the subject itself: "PROMPT faculty" bears on "PROMPT training"
    assert _tie("PROMPT faculty", "PROMPT training") > 0
    assert _tie("rebuilt a 1920s Bechstein action", "the old Bechstein in the recital room") > 0


def _s(section: str, paragraph: int, text: str, **more: object) -> Sentence:
    return Sentence(section, paragraph, text, **more)  # type: ignore[arg-type]


def _as_read(sentences: list[Sentence]) -> list[tuple[int, str]]:
    """The sentences in the order a letter renders them: paragraph by paragraph."""
    return sorted(((s.paragraph, s.text) for s in sentences), key=lambda pair: pair[0])


def test_a_fact_after_the_thanks_goes_to_the_paragraph_of_points_with_also() -> None:
    planned = [
        _s("thanks", 0, "Thank you for meeting with me about the Archivist role at Kell."),
        _s("summary", 0, "I hold an MA in Archives from UCL.", held=True),
        _s("topic", 1, "Our talk about the born-digital backlog stood out for me."),
        _s("point", 1, "I recovered 1,400 files from old floppy disks."),
        _s("contribution", 1, "I would aim to clear the backlog within a year."),
        _s("close", 2, "I look forward to hearing from you."),
    ]
    got = _as_read(paragraphed(planned))
    assert got == [
        (0, "Thank you for meeting with me about the Archivist role at Kell."),
        (1, "Our talk about the born-digital backlog stood out for me."),
        (1, "I recovered 1,400 files from old floppy disks."),
        (1, "I also hold an MA in Archives from UCL."),
        (1, "I would aim to clear the backlog within a year."),
        (2, "I look forward to hearing from you."),
    ]


def test_a_lone_credential_leaves_the_thanks_for_a_paragraph_of_its_own() -> None:
    planned = [
        _s("thanks", 0, "Thank you for meeting with me about the Archivist role at Kell."),
        _s("summary", 0, "I hold an MA in Archives from UCL.", held=True),
        _s("topic", 1, "I enjoyed our talk about the reading room hours."),
        _s("close", 2, "I look forward to hearing from you."),
    ]
    got = _as_read(paragraphed(planned))
    assert got == [
        (0, "Thank you for meeting with me about the Archivist role at Kell."),
        (0, "I enjoyed our talk about the reading room hours."),
        (1, "I hold an MA in Archives from UCL."),
        (2, "I look forward to hearing from you."),
    ]


def test_have_done_takes_also_after_have_and_a_link_word_beside_it_keeps_it_out() -> None:
    planned = [
        _s("thanks", 0, "Thank you for meeting with me."),
        _s("summary", 0, "I have spent six years in toddler rooms."),
        _s("topic", 1, "Our talk about the NQS rating stood out for me."),
        _s("point", 1, "Our room was rated Exceeding at the last visit."),
    ]
    texts = [s.text for s in paragraphed(planned)]
    assert "I have also spent six years in toddler rooms." in texts
    planned[3] = _s("point", 1, "Our room was also rated Exceeding at the last visit.")
    texts = [s.text for s in paragraphed(planned)]
    assert "I have spent six years in toddler rooms." in texts  # one "also" is enough


def test_reader13_facts_are_said_plainly_and_orders_are_not_tied() -> None:
    today = dt.date(2026, 12, 2)
    for name in ("h100", "h102", "h103"):
        for letter in compose(load_notes(READER13 / f"{name}.json"), today=today):
            paragraphs = letter.text.split("\n\n")
            thanks = next(p for p in paragraphs if p.startswith(("Thank", "Many", "I am grat")))
            # no fact inside the thanks sentence itself, and none behind a stock connector
            assert not re.search(r"\b(?:hold|have five|speak|ordained)\b", thanks.split(". ")[0])
            assert not re.search(
                r"More broadly|role itself|may also help|also mention", letter.text
            )
    florist = compose(load_notes(READER13 / "h102.json"), today=today)[0].text
    assert "funeral orders, I thought of my own work" not in florist
    tomasz = compose(load_notes(READER13 / "h100.json"), today=today)[2].text
    # the LLB bears on no topic of his: after the thanks it was a non sequitur (reader 18); it
    # follows his own point on the cloud move, a further fact of his
    opening, middle = tomasz.split("\n\n")[2:4]
    assert opening.endswith("at Lir Credit Union Group.")
    assert middle.endswith(
        "400,000 customer records to the cloud. I also hold an LLB from University College Cork."
    )


def test_a_name_in_the_possessive_takes_no_the() -> None:
    from composer.offline.envelope import company_said

    assert company_said("St. Mungo's Medical Center") == "St. Mungo's Medical Center"
    assert company_said("Harris County Medical Center") == "the Harris County Medical Center"
    # a common noun in the possessive is no name: the body keeps its "the"
    assert company_said("Children's Services Department") == "the Children's Services Department"


def test_a_panels_linkedin_notes_are_signed_alike_where_their_topics_allow() -> None:
    # reader 13's h104: "Travis Hollingsworth" on Linda's note, "Travis" on the other three
    notes = load_notes(READER13 / "h104.json").model_copy(update={"channel": "linkedin"})
    letters = compose(notes, today=dt.date(2026, 12, 2))
    assert {letter.text.rstrip().rsplit("\n", 1)[-1] for letter in letters} == {"Travis"}
    assert all(len(letter.text.strip()) <= 200 for letter in letters)


def test_an_offer_that_names_its_reader_is_said_to_them_in_their_letter() -> None:
    # h99: "can take the charter fleet servicing straight off gary's plate", in the letter to
    # Gary himself; a made-up second reader keeps the name (it is not their plate)
    notes = load_notes(READER13 / "h99.json")
    gary = compose(notes, today=dt.date(2026, 12, 2))[0].text
    assert "straight off your plate" in gary and "Gary's plate" not in gary
    other = notes.model_copy(
        update={
            "interviewers": [
                notes.interviewers[0].model_copy(update={"name": "Jo Reid", "salutation": "Jo"})
            ]
        }
    )
    jo = compose(other, today=dt.date(2026, 12, 2))[0].text
    assert "your plate" not in jo
