"""Session 77: faults of round 54's notes-to-self files left by session 76 (reader338's h1464,
reader340's h1472), and the note shapes behind them. Every expected sentence is written here by
hand."""

from __future__ import annotations

import pytest

from composer.offline import lexicon
from composer.offline.askedform import grounded
from composer.offline.marks import Mark, unmarked
from composer.offline.topicanswers import asked_sentence
from composer.offline.topics import read_topic
from composer.offline.wellformed import problem
from tests.test_readers65 import readers_letters


def test_a_plan_the_candidate_must_say_they_have_done_before_is_said_with_its_pace() -> None:
    # reader338's h1464: "new concourse hydrant loop - how I'd bring it live w/o delaying
    # flights. Told him phased tie-ins at night, 2 pits at a time. MUST SAY in letter that I
    # have done exactly this live before - he looked unsure". The base left the whole exchange
    # out; the question after a dash, in the candidate's words, is the question put to them.
    letter = readers_letters("reader338/h1464.json")["Khalid Al Mansoori"]
    assert (
        "You asked how I would bring the new concourse hydrant loop live without delaying "
        "flights: I suggested phased tie-ins at night, two pits at a time, which I have done "
        "live before."
    ) in letter
    assert "MUST" not in letter and "looked unsure" not in letter
    # the second exchange tells its answer once: never "I said I suggested"
    assert (
        "When you asked what I would fix first about the JIG 2 audit findings last year at your "
        "depot, I suggested tank sump drain records and water-finding paste checks."
    ) in letter
    assert "I said I suggested" not in letter


@pytest.mark.parametrize(
    ("typed", "question"),
    [
        # the subject goes into the question where "it" stands before its verb's particle
        (
            "new concourse hydrant loop - how I'd bring it live w/o delaying flights. Told him "
            "phased tie-ins at night, 2 pits at a time.",
            "asked how I'd bring new concourse hydrant loop live w/o delaying flights",
        ),
        (
            "the old press line - how I would take it down without losing a shift. I said "
            "weekend teardown",
            "asked how I would take the old press line down without losing a shift",
        ),
    ],
)
def test_a_question_in_the_candidates_words_after_a_dash_is_the_question_put_to_them(
    typed: str, question: str
) -> None:
    assert grounded(typed).split(" -> ")[0] == question


def test_a_how_i_would_line_with_no_answer_marked_is_no_question_put() -> None:
    # with no "said", "told him" after it, the line is the candidate's subject as typed
    typed = "new concourse hydrant loop - how I'd bring it live w/o delaying flights"
    assert grounded(typed) == typed


@pytest.mark.parametrize(
    ("typed", "answer"),
    [
        (
            "asked how I'd bring the new concourse hydrant loop live w/o delaying flights -> "
            "phased tie-ins at night, 2 pits at a time",
            "I suggested phased tie-ins at night, two pits at a time",
        ),
        (
            "asked how I'd bring the new concourse hydrant loop live w/o delaying flights -> "
            "phased tie-ins at night, 2 pits at a time, which I have done live before",
            "I suggested phased tie-ins at night, two pits at a time, which I have done live "
            "before",
        ),
    ],
)
def test_a_plan_typed_with_its_pace_is_said_whole(typed: str, answer: str) -> None:
    assert read_topic(typed).answer == answer


def test_a_pace_after_something_no_plan_is_not_said() -> None:
    # "we were short, 2 pits at a time": no thing put forward, nothing suggested
    typed = "asked how I'd bring the loop live -> we were short, 2 pits at a time"
    assert "I suggested" not in read_topic(typed).answer


def test_an_answer_that_tells_itself_is_not_told_twice() -> None:
    said = asked_sentence("what I would fix first", "I suggested weekly audits", again=True)
    assert said == "When you asked what I would fix first, I suggested weekly audits."
    said = asked_sentence("what I would fix first", "I would start with audits", again=True)
    assert said == "When you asked what I would fix first, I said I would start with audits."


@pytest.mark.parametrize(
    ("word", "lemma"),
    [("tie-ins", "tie-in"), ("sign-offs", "sign-off"), ("walk-throughs", "walk-through")],
)
def test_a_verb_with_its_particle_and_a_hyphen_is_a_plural_noun(word: str, lemma: str) -> None:
    assert lexicon.classes(word) == {"noun": (lemma,)}


@pytest.mark.parametrize("word", ["on-time", "well-known", "tie-xyz", "blorps-ins", "sign-up"])
def test_other_hyphenated_words_are_not_made_nouns(word: str) -> None:
    assert "noun" not in lexicon.classes(word)


@pytest.mark.parametrize(
    ("line", "kept", "mark"),
    [
        # reader340's h1472: the order said again, and the reader's liking after it
        (
            "asked how I'd staff 2 new DCs -> train-the-trainer. MUST say this again in letter, "
            "he liked it",
            "asked how I'd staff 2 new DCs -> train-the-trainer",
            Mark("liked", "he", None),
        ),
        (
            "night tie-ins, 2 pits at a time. MUST SAY in letter that I have done exactly this "
            "live before - he looked unsure",
            "night tie-ins, 2 pits at a time, which I have done live before",
            Mark("must"),
        ),
    ],
)
def test_an_order_to_say_it_again_is_a_mark_not_words_of_the_letter(
    line: str, kept: str, mark: Mark
) -> None:
    assert unmarked(line, "topics") == (kept, mark)


def test_a_promise_labelled_and_a_name_to_send_are_said_as_sends() -> None:
    # reader340's h1472: "PROMISED: send Tom the go/no-go matrix (...). send Grace the name of
    # my contact at CHUK blood bank." The base left Tom's matrix out and told Grace the name
    # was attached; the label was once pasted ("PROMISED: send you ...").
    letters = readers_letters("reader340/h1472.json")
    tom = letters["Tom Åkerlund"]
    assert "go/no-go matrix" in tom and "PROMISED" not in tom
    assert "As promised" in tom
    grace = letters["Dr. Grace Mukamana"]
    assert "I will send you the name of my contact at CHUK blood bank." in grace
    assert "attached the name" not in grace


def test_go_no_go_is_one_word_to_the_gate() -> None:
    assert problem("I have attached the go/no-go matrix.") == ""
    assert problem("I have attached the wind/rain matrix.") != ""


# Round 55: the corrections each candidate most wanted said, typed over two sentences or more.


@pytest.mark.parametrize(
    ("name", "reader", "correction"),
    [
        # a figure, then the true one found since, and a year with it
        (
            "reader342/h1475.json",
            "Desmond Kovács",
            "the largest black opal I have cut weighed 121.4 carats, not 212, and I cut it in "
            "March 2019, not 2017.",
        ),
        # told with no figure, then "That was wrong:" and what is true
        (
            "reader342/h1476.json",
            "Dr. Rohit Deshmukh",
            "I said we used Timelapse for image tagging in Melghat, but in fact we switched to "
            "Camelot in 2030, and Timelapse was only used during the 2029 pilot.",
        ),
        # second-language: "I say 48 hour at 30 degree. Wrong, in my factory we do 36 hour ..."
        (
            "reader342/h1481.json",
            "Benjamin Tan",
            "I said 48 hours at 30 degrees, but it is 36 hours at 31 degrees.",
        ),
        # "I told him that ... were fitted in 2019. I have checked my diary since: ... 2017."
        (
            "reader344/h1483.json",
            "Dr. Alistair Crowhurst-Mayne",
            "the stocks went up in 2017, not 2019.",
        ),
        # "nos. -> told him 212 foalings at Rathmore 2027-32. WRONG, it's 312, checked diary"
        (
            "reader344/h1486.json",
            "Ruairí Begley",
            "I said 212 foalings at Rathmore from 2027 to 2032, but it was 312.",
        ),
        # "I said Red Earth S2 had 640 scenes. WRONG. 460. fix it"
        (
            "reader344/h1488.json",
            "Kunle Ogunbiyi",
            "Red Earth S2 had 460 scenes, not 640.",
        ),
        # "I said season for white truffle is September to December. Correct is ..."
        (
            "reader344/h1489.json",
            "Goran Matošević",
            "the white truffle season is 10 September to 31 January, not September to December.",
        ),
        # the thin LinkedIn note: "told him 12 beaches in 2030, it was 9"
        (
            "reader344/h1490.json",
            "Marcus Greaves",
            "I said 12 beaches in 2030, but it was 9.",
        ),
        # "said moisture 2% - meant 0.2": the true figure in the unit told
        (
            "reader342/h1482.json",
            "Losana Vakatale",
            "I said 2% for the moisture, but it is 0.2%.",
        ),
    ],
)
def test_the_correction_typed_over_sentences_is_said_to_its_reader(
    name: str, reader: str, correction: str
) -> None:
    letters = readers_letters(name)
    assert correction in letters[reader]


def test_an_excuse_after_a_correction_is_never_said() -> None:
    letters = readers_letters("reader344/h1483.json")
    letter = letters["Dr. Alistair Crowhurst-Mayne"]
    assert "muddled" not in letter and "brake wheel" not in letter
    # "I promised X my survey and the photographs; I will post both with the letter.": once
    assert letter.count("enclose") == 1
    assert "condition survey of the Kettleby cap" in letter


def test_a_careful_printed_letter_keeps_its_promise_and_not_its_private_ache() -> None:
    # reader342's h1475: "I promised to post Mr. Kovács photographs of the 121.4-carat stone
    # before and after cutting, and a copy of the yield records from ..." (two things, one of
    # them named with a decimal), then "My left wrist still aches ..., which I did not mention."
    letter = readers_letters("reader342/h1475.json")["Desmond Kovács"]
    assert (
        "I enclose photographs of the 121.4-carat stone before and after cutting and a copy of "
        "the yield records from my last two years at Coober Pedy."
    ) in letter
    assert "wrist" not in letter
    # "Trained four apprentices; two now run their own wheels": never "and have two now run"
    assert "I trained four apprentices and two now run their own wheels." in letter
    assert "careful sorting and cutting of the existing stockpile" in letter
    # "the Three Mile and Coocoran fields": a place's name, not a title's word
    assert "the Three Mile and Coocoran fields" in letter


def test_notes_to_self_typed_as_topics_are_done_not_pasted() -> None:
    # reader342's h1480: "send Noa → one-page staffing plan, promised by Sunday" and "send Rana
    # → 2030 validation paper ..." typed as topics; "MUST say in letter: I'd keep ..."; "DON'T
    # mention the Eilat offer." after Rana's line (an order about its own thing, so Rana's line
    # stays); "Must send both documents by Sunday." (the promises' own reminder).
    letters = readers_letters("reader342/h1480.json")
    noa = letters["Prof. Noa Ben-Ami"]
    assert "As promised, I will send you the one-page staffing plan by Sunday." in noa
    assert "2030 validation paper" in letters["Dr. Rana Khoury"]
    for letter in letters.values():
        assert "MUST" not in letter and "send Rana" not in letter and "send Noa" not in letter
        assert "both documents" not in letter and "Eilat offer" not in letter
    # "..., response time, he wants under 2 min ...": never "and you want under two minutes"
    assert "you want under" not in letters["Eitan Shapira"]


def test_an_all_lower_case_file_says_its_correction_and_its_send() -> None:
    # reader344's h1487: "i said i've been doing this about 4 years. its 3. started fall 2029
    # ..."; "wish i'd said: 11 yrs on the line is a plus, friday rush, ..." (once read as a
    # subject: "Wish I would said was the part of our conversation ..."); "send renee
    # before/after pics of the addams family + my parts spreadsheet" (once "my Renees photos").
    letter = readers_letters("reader344/h1487.json")["Renee Kowalczyk"]
    assert "I've been doing this about three years, not four." in letter
    assert "before-and-after photos of the Addams family and my parts spreadsheet" in letter
    assert "Wish" not in letter and "Renees" not in letter and "twilight zone" not in letter


@pytest.mark.parametrize(
    ("line", "said"),
    [
        (
            "trained 6 script sup assistants, 4 now working on their own",
            "I trained six script supervisor assistants, four of whom are now working on their "
            "own.",
        ),
        (
            "licence for truffle collecting, Istria county",
            "I hold a licence for truffle collecting in Istria County.",
        ),
    ],
)
def test_a_cv_line_with_a_count_or_a_region_after_its_comma(line: str, said: str) -> None:
    from composer.offline.asidekinds import town_placed
    from composer.offline.items import read_point

    assert read_point(town_placed(line)).sentence() == said


@pytest.mark.parametrize(
    ("line", "said"),
    [
        # reader288's h1264: once "I hold a BSc Quantity Surveying and JKUAT and second class
        # upper." (a class of honours the degree reader did not know)
        (
            "BSc Quantity Surveying, JKUAT, 2nd class upper, 2031",
            "I earned a BSc in Quantity Surveying at JKUAT in 2031, with second-class honours "
            "(upper division).",
        ),
        # reader342's h1478: "vol." a volunteer, and the group one of the body's
        (
            "built 3 boot wash stations for DOC vol. group",
            "I built three boot wash stations for a DOC volunteer group.",
        ),
    ],
)
def test_a_degree_class_and_a_volunteer_group_are_read(line: str, said: str) -> None:
    from composer.offline.items import read_point

    assert read_point(line).sentence() == said


def test_things_joined_by_a_comma_and_are_two_things_only_when_both_are_things() -> None:
    from composer.offline.sendthing import thing_named

    assert thing_named(
        "photographs of the 121.4-carat stone before and after cutting, and a copy of the yield "
        "records from my last two years at Coober Pedy"
    ) == (
        "photographs of the 121.4-carat stone before and after cutting and a copy of the yield "
        "records from my last two years at Coober Pedy"
    )
    # reader168's h781: a clause after ", and" is no second thing
    assert (
        thing_named(
            "a copy of my condition report for the Kamakura tachi, and the owner has now given "
            "permission for me to do so"
        )
        is None
    )


def test_promises_typed_among_topics_go_to_their_reader() -> None:
    # reader342's h1481: "She will run Sundown Marathon end of May maybe": the doubted date left
    # unsaid; h1478: "send Claire → L4 cert copy + my sketches/photos from Trounson volunteer
    # day" (a topic of Dr. Whitcombe's), said to her
    priya = readers_letters("reader342/h1481.json")["Priya Raghavan"]
    assert "Sundown Marathon" in priya and "maybe" not in priya
    claire = readers_letters("reader342/h1478.json")["Dr. Claire Whitcombe"]
    assert "sketches" in claire and "send Claire" not in claire


def test_a_promise_to_two_panellists_is_split_beside_a_correction_to_one() -> None:
    # reader344's h1484: "He asked about our bacterial count target. I said under 100,000 per
    # millilitre, but that is the buyer's contract limit. Our own internal target at Laikipia is
    # under 50,000, and I should correct that." (Dr. Guyo's topic) beside the follow-up "I
    # promised Dr. Guyo our batch rejection figures for 2029 to 2031, and Ms. Wambugu-Otieno the
    # one-page comparison of drying methods ..." (once pasted whole: "..., and you the one-page
    # comparison", with the correction, in Ms. Wambugu-Otieno's letter)
    letters = readers_letters("reader344/h1484.json")
    guyo, njeri = letters["Dr. Abdirahman Ibrahim Guyo"], letters["Njeri Wambugu-Otieno"]
    assert (
        "One correction: the 100,000 per millilitre I gave is the buyer's contract limit, and our "
        "own internal target at Laikipia is under 50,000."
    ) in guyo
    assert "batch rejection figures for 2029 to 2031" in guyo
    assert "one-page comparison of drying methods" in njeri
    assert "50,000" not in njeri and "batch rejection" not in njeri and "and you the" not in njeri
    # "... I said that the collection centres, not the plant, would be the bottleneck, and that
    # I would start there": never "You asked ...: that the collection centres ..."
    assert ": that the collection centres" not in njeri
