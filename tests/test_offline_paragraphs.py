"""What shares a paragraph in a letter (`writer.paragraphed`): the thanks and what was discussed;
the candidate's points; the follow-up; the personal line; the close."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from composer.models import Notes
from composer.offline.body import Sentence
from composer.offline.paragraphs import paragraphed
from composer.offline.writer import Writer

READERS = Path(__file__).resolve().parent / "corpus" / "readers"
TODAY = dt.date(2026, 12, 2)


def _paragraphs(name: str, index: int, **changed: object) -> list[str]:
    data = json.loads((READERS / f"{name}.json").read_text("utf-8"))
    notes = Notes.model_validate({**data, **changed})
    text = Writer(notes, index, today=TODAY).write().text
    body = text.split("\n\n")
    start = next(i for i, p in enumerate(body) if p.startswith(("Dear ", "Hello ", "Hi ")))
    return body[start + 1 :]


def test_points_tied_to_no_topic_are_a_plain_paragraph_after_the_opening() -> None:
    # h27, Gareth Pryce: his topics carry none of the candidate's points. Reader 4 read "thanks.
    # <qualification>. <topic>." as a list; the topic is thanks for the conversation, so it goes
    # with the thanks, and the points the candidate recalls (her languages) have a paragraph of
    # their own: no "More broadly" or "As for the role itself" with nothing true to connect
    # (readers 16 and 17). The languages are what she would bring; the deed follows as proof.
    # (The cabin crew years are read since session 42 and tie to crewing the long-haul routes:
    # the line, left out when this was read, is left out here, so that no point fits a topic.)
    quals = json.loads((READERS / "h27.json").read_text("utf-8"))["qualifications"][1:]
    opening, second, *_ = _paragraphs("h27", 0, qualifications=quals)
    assert opening.startswith("Thank you for taking the time to speak with me")
    assert "long-haul routes" in opening and "Spanish" not in opening
    assert second == (
        "I would bring fluent Spanish and some Portuguese to the team. I made cabin supervisor "
        "after 18 months."
    ) or second == (
        "I would bring fluent Spanish and some Portuguese to the role. I made cabin supervisor "
        "after 18 months."
    )


def test_a_lone_credential_is_said_with_the_offer_it_stands_behind() -> None:
    # h56, Professor Iyer: the candidate's one point for him is a credential tied to none of
    # his topics. Alone in a paragraph it is a line pasted from a CV (reader 7); straight
    # after a topic, a comment on it (reader 15); behind "As for the ... role itself," a stock
    # connector (readers 16 and 17); straight after the thanks, a non sequitur (reader 18). It
    # is said with what he would bring, in one sentence.
    # (The HCPC line is read since session 27 and would be his point: it is left out here so
    # that his one point is the credential, as it was when reader 7 read the letter.)
    # (His topic is typed in full: "SABR for oligomets", a clipped word, is left out and asked
    # for since session 33.)
    # (The SABR QA line is said by its head since session 55, "I set up the SABR QA programme",
    # and would be his point by his topic: the highlights he heard are the other two.)
    quals = ["MPE certified", "PhD medical physics, Manchester"]
    data = json.loads((READERS / "h56.json").read_text("utf-8"))
    panel = data["interviewers"]
    panel[1]["topics"][0] = panel[1]["topics"][0].replace("oligomets", "oligometastatic disease")
    others = [h for h in data["highlights"] if "SABR" not in h]
    opening, middle, *_ = _paragraphs(
        "h56", 1, qualifications=quals, interviewers=panel, highlights=others
    )
    assert opening.endswith("Hospitals NHS FT.")
    assert middle.index("SABR") < middle.index("I am MPE certified, and I would hope to help")


def test_a_topic_that_carries_a_point_opens_the_points_paragraph() -> None:
    # h28, Angela Mortimer: the caseload topic carries the time-to-permanence result; her court
    # work follows it in that paragraph, not after the thanks (six final hearings say more
    # than the MA, which her rapport line names: "we both did the MA").
    opening, middle, *_ = _paragraphs("h28", 0)
    assert opening.startswith("Thank you for the opportunity to interview")
    assert "hearings" not in opening and "MA in social work" not in opening
    assert middle.startswith("Our discussion of the caseload")
    assert "Average time to permanence on my caseload fell from about 14 to 10 months." in middle
    # her court work follows the result ("... given evidence in six final hearings."); the
    # question she put about placement breakdowns may follow it (session 42: said, not left out)
    assert "given evidence in six final hearings." in middle
    assert middle.index("Average time to permanence") < middle.index("six final hearings")


def test_a_further_point_joins_the_points_paragraph_not_a_paragraph_of_its_own() -> None:
    # h14, Denise Okafor-Lindqvist: the letter adds her ten years in HR to a short letter. On
    # its own ("In addition, I have 10 years ...") it is a CV line whose "in addition" points
    # at nothing in its paragraph; it shares the paragraph of her other point. (Her contract
    # renewal topic no longer takes the Teamsters negotiation: "Teamsters" and "union" are
    # two kinds of contract to the tie reader, which knows no union's name.)
    paragraphs = _paragraphs("h14", 0)
    (middle,) = [p for p in paragraphs if "Teamsters" in p]
    assert "10 years of experience in HR" in middle
    assert not any(p.startswith("In addition") for p in paragraphs)


def test_a_point_added_to_a_paragraph_goes_before_what_the_candidate_would_bring() -> None:
    # A further point alone in its paragraph joins the paragraph of the candidate's points:
    # after the point there, before the contribution, which closes the paragraph. "In this
    # position, I would aim to ... In addition, I have six years ..." reads as an afterthought.
    planned = [
        Sentence("thanks", 0, "Thank you for meeting with me."),
        Sentence("topic", 1, "I enjoyed our talk about arranging meetings with families."),
        Sentence("point", 1, "I ran the arrangements for a 600-person civic funeral."),
        Sentence("contribution", 1, "I would aim to offer calm arrangement meetings."),
        Sentence("point_more", 2, "In addition, I have six years at a family firm."),
        Sentence("next_step", 5, "I look forward to hearing from you."),
    ]
    middle = [s.text for s in paragraphed(planned) if s.paragraph == 1]
    assert middle == [
        "I enjoyed our talk about arranging meetings with families.",
        "I ran the arrangements for a 600-person civic funeral.",
        "In addition, I have six years at a family firm.",
        "I would aim to offer calm arrangement meetings.",
    ]


def _texts(*said: tuple[str, str]) -> list[str]:
    sentences = [Sentence(section, 1, text) for section, text in said]
    return [s.text for s in paragraphed([Sentence("thanks", 0, "Thank you."), *sentences])[1:]]


def test_two_points_side_by_side_opening_alike_say_also_once() -> None:
    # Made-up points: the second "I hold ..." after a first is one more of the same kind.
    assert _texts(
        ("point", "I hold an NVQ Level 3 in bricklaying."),
        ("point_more", "I hold a CSCS blue card."),
    ) == ["I hold an NVQ Level 3 in bricklaying.", "I also hold a CSCS blue card."]
    assert _texts(
        ("point", "I have completed my IOSH Managing Safely course."),
        ("point", "I have spent four years on timber-frame sites."),
    ) == [
        "I have completed my IOSH Managing Safely course.",
        "I have also spent four years on timber-frame sites.",
    ]


def test_a_point_opening_differently_or_with_a_link_word_after_it_is_left_alone() -> None:
    different = [("point", "I hold a CSCS blue card."), ("point", "I led a crew of six.")]
    assert _texts(*different) == [text for _, text in different]
    # "Beyond that, ..." after them links already: one link word in a row is enough
    linked = [
        ("point", "I am a mental health first aider."),
        ("point", "I am a fire warden."),
        ("point_more", "Beyond that, I am first-aid trained."),
    ]
    assert _texts(*linked) == [text for _, text in linked]
    # what they would bring is no point of the same kind
    offered = [("point", "I hold a CSCS blue card."), ("contribution", "I hold high standards.")]
    assert _texts(*offered) == [text for _, text in offered]
