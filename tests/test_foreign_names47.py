"""A proper name in another language is kept whole (session 47, reader 27: "An Garda Síochána"
was read as a title opened by "An" and the topic dropped; "per il Restauro" and "Pinacoteca di
Brera" were read as notes' words "il" and "di", and both qualifications dropped). A name is
known by its shape: capitalised words joined by another language's small words, or holding a
letter English does not write. Expectations written by hand.
"""

from __future__ import annotations

import pytest

from composer.offline.foreignnames import name_words
from composer.offline.topicshapes import still_a_note
from composer.offline.wellformed import note_word


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("working with An Garda Síochána and the HSE", {"An", "Garda", "Síochána"}),
        (
            "the Istituto Centrale per il Restauro in Rome",
            {"Istituto", "Centrale", "per", "il", "Restauro"},
        ),
        ("a season at the Museo del Prado", {"Museo", "del", "Prado"}),
        ("the Escola Superior de Música in Lisbon", {"Escola", "Superior", "de", "Música"}),
        ("six years at Rijksmuseum van Oudheden", {"Rijksmuseum", "van", "Oudheden"}),
        # English titles and names stay as they were
        ("a talk called Time to Change", set()),
        ("the Bay of Plenty", set()),
    ],
)
def test_the_words_of_a_name_in_another_language_are_found(text: str, words: set[str]) -> None:
    assert name_words(text) == words


@pytest.mark.parametrize(
    "topic",
    [
        "working with An Garda Síochána and the HSE during the 2025 flooding",
        "the loan to the Museo di Capodimonte",
    ],
)
def test_a_topic_naming_one_is_no_note(topic: str) -> None:
    assert still_a_note(topic) == ""


@pytest.mark.parametrize(
    "sentence",
    [
        "I hold a degree in conservation from the Istituto Centrale per il Restauro in Rome.",
        "I spent seven years as a panel paintings conservator at the Pinacoteca di Brera.",
        "I trained at the Conservatorio di Musica Giuseppe Verdi.",
    ],
)
def test_a_sentence_naming_one_has_no_note_word(sentence: str) -> None:
    assert note_word(sentence) == ""
