"""A follow-up that gives the answer said in the room and what the candidate adds to it (reader
12: five of eight follow-ups dropped, the rest pasted as a note to self: "I mentioned applying
for a warrant, but I did not say that ..."). Expected sentences are written by hand; the
invented lines are other members of each class, for jobs the corpus never had."""

from __future__ import annotations

import pytest

from composer.offline.addedto import (
    add_once,
    added,
    as_doing,
    asides,
    named_at,
    said_but,
    unclipped,
    with_condition,
    with_object,
)
from composer.offline.answerpieces import offer
from composer.offline.followup import follow_up_line
from composer.offline.restated import unrepeated
from composer.offline.wording import Variation


def _said(line: str, seed: int = 0) -> str | None:
    return follow_up_line(line, frozenset(), "warm", "email", Variation(seed))


# Reader 12's follow-ups (h91-h97), each with the sentence a candidate would send.
READER12 = [
    (
        "Mr Whitcombe asked how I would handle a business owner who refuses entry. I mentioned "
        "applying for a warrant, but I did not say that I would first try to arrange a same-day "
        "revisit with a senior officer present.",
        "You asked how I would handle a business owner who refuses entry: as well as applying "
        "for a warrant, I would first try to arrange a same-day revisit with a senior officer "
        "present.",
    ),
    (
        "ben asked what id cut if budget halved - i rambled. shld have said keep external test, "
        "drop the 2nd vuln scanner (nobody reads its output)",
        "You asked what I would cut if the budget were halved: I would keep the external test "
        "and drop the second vulnerability scanner, since nobody reads its output.",
    ),
    (
        "He asked whether my qualification is IHO Category A or B. I said Category A, and I "
        "would like to offer to send a copy of the certificate.",
        "You asked whether my qualification is IHO Category A or B: it is Category A, and I "
        "would be happy to send you a copy of the certificate.",
    ),
    (
        "raj asked if i can read C - said 'enough to get by', undersold it. ive read + "
        "documented C drivers at stratum for 2 yrs",
        "You asked whether I can read C: I have read and documented C drivers at Stratum for "
        "two years.",
    ),
]

# Other members of each class, typed for other jobs.
INVENTED = [
    # said a deed, should have said another: both said, the gap never confessed
    (
        "jo asked how id handle a late delivery - said call the supplier, shld have said id "
        "log it + tell the site manager",
        "You asked how I would handle a late delivery: as well as calling the supplier, I "
        "would log it and tell the site manager.",
    ),
    (
        "Ms Reid asked how I would handle a complaint about noise. I mentioned speaking to the "
        "neighbour, but I did not say that I would keep a written record of each visit.",
        "You asked how I would handle a complaint about noise: as well as speaking to the "
        "neighbour, I would keep a written record of each visit.",
    ),
    # a condition typed without its verb, then what was meant
    (
        "kim asked what id cut if budget halved - i waffled. shld have said keep the evening "
        "classes, drop the newsletter",
        "You asked what I would cut if the budget were halved: I would keep the evening "
        "classes and drop the newsletter.",
    ),
    # one of two things asked about, and an offer
    (
        "She asked whether my licence is Class 1 or Class 2. I said Class 1, and I would like "
        "to offer to send a copy of the licence.",
        "You asked whether my licence is Class 1 or Class 2: it is Class 1, and I would be "
        "happy to send you a copy of the licence.",
    ),
    # what was said and what is true, marked to be said
    (
        "ana asked abt my notice period - i said 4 weeks but really depends on employer, want "
        "to make that clear",
        "You asked about my notice period: I said four weeks, but it really depends on the "
        "employer.",
    ),
    # the answer fell short, and the candidate's fact after it
    (
        "mo asked if i can weld aluminium - said 'a bit', undersold it. ive welded aluminium "
        "boat hulls at harbourcraft for 3 yrs",
        "You asked whether I can weld aluminium: I have welded aluminium boat hulls at "
        "Harbourcraft for three years.",
    ),
    # a yes said in the room, and what should have backed it
    (
        "dee asked if i can drive the forklift - said yes, shld have said ive held my "
        "counterbalance licence since 2019",
        "You asked whether I can drive the forklift: yes, I have held my counterbalance "
        "licence since 2019.",
    ),
]


@pytest.mark.parametrize(("line", "want"), READER12 + INVENTED)
def test_the_answer_and_what_is_added_said_as_one(line: str, want: str) -> None:
    assert _said(line) == want


def test_an_aside_of_means_not_kinds_is_set_aside() -> None:
    # "(questions, quick quiz)" are how understanding is checked, not kinds of it: never said
    # as kinds; since session 52 (`asidekinds`) the line is said without its "etc" aside
    line = (
        "pat asked how i run a toolbox talk - said keep it short, forgot to say we log "
        "attendance + check understanding (questions, quick quiz etc)"
    )
    assert _said(line) == (
        "You asked how I run a toolbox talk: as well as keeping it short, we log attendance "
        "and check understanding."
    )


@pytest.mark.parametrize(
    ("said", "want"),
    [
        ("said redirect + talk to families", "redirecting and talking to families"),
        ("I would apologise", "apologising"),
        ("said stay calm + document it", "staying calm and documenting it"),
        ("applying for a warrant", "applying for a warrant"),
        ("said yes", None),
        ("said budget + timeline", None),  # things, not deeds
        ("said the obvious stuff", None),
    ],
)
def test_what_was_said_as_deeds(said: str, want: str | None) -> None:
    assert as_doing(said) == want


def test_examples_and_reasons_in_brackets() -> None:
    assert asides("we look for patterns (time of day, transitions etc)") == (
        "we look for patterns",
        ", such as the time of day or transitions",
    )
    assert asides("drop the scanner (nobody reads its output)") == (
        "drop the scanner",
        ", since nobody reads its output",
    )
    assert asides("log it") == ("log it", "")


def test_a_condition_and_its_repeat() -> None:
    assert with_condition("what I would cut if budget halved") == (
        "what I would cut if the budget were halved"
    )
    assert with_condition("what I would do if I missed") == "what I would do if I missed"
    question = "what I would cut if the budget were halved"
    assert unrepeated(question, "I would drop the scanner if the budget were halved") == (
        "I would drop the scanner"
    )
    assert unrepeated(question, "If the budget were halved, I would drop it") == "I would drop it"
    assert unrepeated("about indirect costs", "On indirect costs, I said 15%") == "I said 15%"


def test_small_readings() -> None:
    assert with_object("keep external test") == "keep the external test"
    assert with_object("call it in") == "call it in"
    assert named_at("I worked at trellis for two years") == "I worked at Trellis for two years"
    assert named_at("I worked at home for two years") == "I worked at home for two years"
    assert said_but("said 3% but really depends on lender, need to say that") == (
        "I said 3%, but it really depends on the lender"
    )
    assert add_once("To add to my answer on X: I would add that the rate varies.") == (
        "To add to my answer on X: the rate varies."
    )


# Pieces typed without their subject after a question about a thing of the candidate's, an offer
# among them; and how often, typed after a yes.
PIECES = [
    (
        "sue asked abt my forklift licence - have it, can send a copy if useful",
        "You asked about my forklift licence: I have it, and I can send you a copy if that would "
        "be useful.",
    ),
    (
        "asked abt my food hygiene cert - passed 2022, happy to send the certificate",
        "You asked about my food hygiene certificate: I passed it in 2022, and I would be happy "
        "to send you the certificate.",
    ),
    (
        "asked if i have my CSCS card - yes, CSCS renewed jan 2025",
        "You asked whether I have my CSCS card: yes, I renewed my CSCS in January 2025.",
    ),
    (
        "asked abt my DBS - have it, renewed march",
        "You asked about my DBS: I have it, and I renewed it in March.",
    ),
    (
        "he asked if id work sundays - yes, fine every other sun",
        "I would be glad to work every other Sunday.",
    ),
]


@pytest.mark.parametrize(("line", "want"), PIECES)
def test_pieces_without_their_subject_said_as_the_candidates(line: str, want: str) -> None:
    assert _said(line) == want


def test_an_agreement_is_never_read_as_a_fact() -> None:
    # "alternate ones fine" agrees to some weekends; never "as I alternate ones fine"
    assert _said("he asked if id do weekends - yes, alternate ones fine") is None


def test_offers() -> None:
    assert offer("Can send a showreel if useful") == (
        "I can send you a showreel if that would be useful"
    )
    assert offer("happy to send the letter") == "I would be happy to send you the letter"
    assert offer("sent it") is None


def test_shorthand_of_the_answer_unclipped() -> None:
    assert unclipped("what I would do if a part isnt available") == (
        "what I would do if a part is not available"
    )
    assert unclipped("I would shadow the night crew in week 2") == (
        "I would shadow the night crew in the second week"
    )
    assert unclipped("I cant say") == "I cant say"  # "cant" is a word of its own: left as typed
    line = (
        "lou asked what id check first on a new site - forgot to say id walk the fire exits w/ "
        "the site lead on day 1"
    )
    assert _said(line) == (
        "You asked what I would check first on a new site: I would walk the fire exits with the "
        "site lead on the first day."
    )


def test_a_deed_with_a_word_in_doubt_is_not_said() -> None:
    # "from swatch": a name in lower case, or a word dropped; what is added is said alone
    assert added("said order from swatch", "I can turn parts") == "I can turn parts"
    assert added("said talk to them calmly", "I would log it") == (
        "as well as talking to them calmly, I would log it"
    )


def test_a_careful_question_whose_answer_follows_its_comma_is_said_as_what_is_added() -> None:
    # "When X asked about Y, I gave a vague answer. I should have said that ...": the answer
    # starts at the candidate's own clause after the comma, never "You asked about Y, I gave"
    said = _said(
        "When Mr. Adeyemi asked about sample custody, I gave a muddled answer. I should have said"
        " that I have run chain-of-custody audits for two county labs."
    )
    assert said == (
        "To add to my answer on sample custody: I have run chain-of-custody audits for two"
        " county labs."
    )


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        # the comma after the question left out: the answer still starts at "I"
        (
            "When she asked about tender software I only mentioned Proactis. I should have said"
            " that I have also used In-Tend for two years.",
            "When you asked about tender software, I only mentioned Proactis. I would add that I"
            " have also used In-Tend for two years.",
        ),
        (
            "When Mark asked about night shifts I hesitated. I am happy to work nights on the"
            " rota.",
            "When you asked about night shifts, I hesitated. I am happy to work nights on the"
            " rota.",
        ),
    ],
)
def test_a_careful_question_typed_without_its_comma_is_said_to_the_one_who_asked(
    typed: str, expected: str
) -> None:
    assert _said(typed) == expected
