"""A link phrase ("On that point, ...", "It is close to my own experience: ...", "I was also glad to
discuss X: ...", "As for X, ...") says the two sentences share a subject; `linkgate.earned` is the
one gate every such wording passes (session 43, reader 22's fault 4: "It is close to my own
experience: I work every day in Storyboard Pro and Harmony." after the schedule, "On that point, I
boarded six episodes ..." after the board test, "As for how I handled a patient who refused ...,
I'm a Registered Practical Nurse ..."). A word or a code both say earns a link; a theme both touch,
a word of the candidate's whole trade, or one word of a question put to them earns none, and a
credential answers no question. Unearned, the point is said plainly. Expectations are reasoned by
hand from the notes."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from composer.models import Notes
from composer.offline.linkgate import earned, listed
from composer.offline.writer import Writer

CORPUS = Path(__file__).parent / "corpus"
TODAY = dt.date(2026, 12, 4)


def _notes(name: str) -> Notes:
    return Notes.model_validate(json.loads((CORPUS / name).read_text("utf-8")))


def _letter(name: str, index: int) -> str:
    text = Writer(_notes(name), index, today=TODAY).write().text
    return " ".join(text.split())


def test_a_word_of_the_whole_trade_earns_no_link() -> None:
    # h175, Aoife Dunne: Nadia says "boards" in three of her own items (freelance boards, boarded
    # six episodes, clean boards): it is her trade's word. The board test and the episodes she
    # boarded are two subjects, so the episodes follow the topic plainly.
    notes = _notes("readers/reader22/h175.json")
    boarded = "boarded 6 eps of Puddle & Pip (preschool, RTÉjr)"
    assert not earned(boarded, "the board test", notes, note="the board test - 20ish panels")
    letter = _letter("readers/reader22/h175.json", 1)
    assert ". I boarded six episodes of Puddle & Pip (preschool, RTÉjr)." in letter
    assert "On that point" not in letter and "On that subject" not in letter


def test_a_question_in_a_topics_name_takes_no_as_for() -> None:
    # h175, Aoife: "revisions in storyboard pro, how fast i can turn around notes" is a question
    # put to Nadia; her contribution shares one word with it ("notes"), no answer to it.
    letter = _letter("readers/reader22/h175.json", 1)
    assert "As for revisions" not in letter
    assert (
        "I would bring fast clean boards and good comedy timing, and I am easy to give notes to."
        in letter
    )


def test_a_credential_answers_no_question_put() -> None:
    # Professor Ashby-Reid asked whether Tomasz would take on the second-year methods module; his
    # HEA fellowship is a credential, no answer: said plainly after the question, never "It is
    # close to my own experience: I am a fellow of the Higher Education Academy."
    letter = _letter("candidates/academia_history_lecturer.json", 0)
    # (session 51: said with the offer it stands behind, "..., and I would hope to ...")
    assert "methods module. I am a fellow of the Higher Education Academy" in letter
    assert "close to my own experience" not in letter


def test_a_theme_alone_earns_no_link_and_the_topic_is_still_named() -> None:
    # REF plans and the monograph under contract touch one theme (research) and share no word:
    # the topic in its own sentence, the monograph in the next, with no colon between them.
    letter = _letter("candidates/academia_history_lecturer.json", 0)
    assert "REF plans" in letter and "REF plans:" not in letter
    assert ". My monograph is under contract with Manchester University Press." in letter


def test_a_shared_word_still_earns_a_link() -> None:
    # h29: the collection rebuilt "circ up 22%" and the topic "circ down approx 30% since covid",
    # named "circulation": one subject, the word typed short in both notes.
    notes = _notes("readers/h29.json")
    point = "weeded + rebuilt the collection, circ up 22% in 1 yr"
    topic = "circ down approx 30% since covid, she wants kids reading for fun again"
    assert earned(point, "circulation", notes, note=topic)


def test_a_credential_never_answers_a_question_even_with_a_shared_word() -> None:
    # h173: "how I handled a patient who refused care" and the RPN registration: a question put
    # to Marisol is answered by her story, never by a credential.
    notes = _notes("readers/reader22/h173.json")
    question = "how I handled a patient who refused to let me change his dressing"
    rpn = "RPN, registered w/ CNO, good standing"
    assert not earned(rpn, question, notes, asked=True, held=True)
    assert not earned(rpn, question, notes, held=True)  # the question read from its name


def test_a_topic_named_as_a_comma_list_holds_no_frame() -> None:
    # h172 after asking: "farm call outs, ute with full fitout and the on-call roster" is three
    # subjects; "When we turned to <that>, one example came to mind: ..." breaks the sentence.
    notes = _notes("readers/reader22/h172.json")
    fitouts = "dual batt + solar fitouts on ~40 4wds at prev job"
    assert listed("farm call outs, ute with full fitout and the on-call roster")
    assert not earned(fitouts, "farm call outs, ute with full fitout and the on-call roster", notes)
    assert earned(fitouts, "the full fitout on the ute", notes)


def _concise(name: str, index: int) -> str:
    data = json.loads((CORPUS / name).read_text("utf-8"))
    notes = Notes.model_validate({**data, "tone": "concise", "channel": "email"})
    return " ".join(Writer(notes, index, today=TODAY).write().text.split())


def test_a_further_topic_with_no_shared_subject_keeps_its_point_in_a_concise_letter() -> None:
    # Priya's store manager notes: staff turnover and her six years managing a team of 25 touch
    # one theme (people), no word: the topic is talked through in its own sentence, with no claim
    # of what Jo told her, and the point follows it, kept even in a concise note (never the two
    # topics alone, their points cut as "further points").
    letter = _concise("candidates/retail_store_manager.json", 0)
    assert "When we turned to reducing staff turnover" not in letter
    assert (
        "talk through reducing staff turnover. I have spent six years managing a team of 25."
        in (letter)
    )
    assert "what you told me about reducing staff turnover" not in letter


def test_a_question_right_after_a_topic_named_is_asked_also() -> None:
    # h172, concise: "Our talk about farm call outs stood out for me." then Steve's question on
    # the no-crank: "You also asked ...", one more thing discussed, not a new start.
    letter = _concise("readers/reader22/h172.json", 0)
    assert "farm call outs stood out for me. You also asked how I would diagnose" in letter


def test_the_clause_after_link_words_goes_on_in_lower_case_unless_a_name() -> None:
    # A sentence typed whole and said after link words ("On that subject, ..."): its first word
    # is lowered when its class says it opens the clause (an adverb, an adjective, a function
    # word, a verb in -ing), never when it may be a name (a noun or verb alone, or a word
    # before another capital).
    from composer.offline.casing import lower_start

    assert lower_start("Last season I ran about 400 hives on my own") == (
        "last season I ran about 400 hives on my own"
    )
    assert lower_start("Recently I led the move to e-obs") == "recently I led the move to e-obs"
    assert lower_start("Every harvest I hire a picking crew") == (
        "every harvest I hire a picking crew"
    )
    assert lower_start("Working nights, I kept the ward calm") == (
        "working nights, I kept the ward calm"
    )
    for name in ("Python is my main tool", "Jaltest is my main tool", "Northern Rail hired me"):
        assert lower_start(name) == name
