"""A personal note typed with the candidate's side or the talk after it is used by its kind.

Expected lines written by hand (reader 35's dropped notes and dev lines of the same shapes).
"""

import pytest

from composer.offline.rapport import rapport_line

CASES = [
    (
        "Her old greyhound Pip is in the photos in the waiting room. She adopted him off the "
        "racing track, the same way I got my dog Koha.",
        "we both adopted our dogs off the racing track",
    ),
    (
        "he did his apprenticeship at Rolls-Royce, the same way I did",
        "we both did our apprenticeship at Rolls-Royce",
    ),
    (
        "she sailed on the Statsraad Lehmkuhl as a cadet too long before me",
        "we both sailed on the Statsraad Lehmkuhl as cadets",
    ),
    (
        "she sailed on statsraad lehmkuhl as a cadet too long before me",
        "we both sailed on the Statsraad Lehmkuhl as cadets",
    ),
    ("he worked on christian radich in 1990s, same like me", "in the 1990s."),
    (
        "tip: ski trail at Syöte national park (she goes every Feb)",
        "recommending the ski trail at Syöte National Park",
    ),
    ("tip: the Otago Rail Trail (she rode it last Easter)", "recommending the Otago Rail Trail"),
    (
        "He collects old Thai film posters, and we talked about the old cinema in Phuket Town "
        "that has just been restored.",
        "the old cinema in Phuket Town",
    ),
    (
        "going to beer fair in Brussels end of Jan (first time w/ own stand)",
        "to the Beer Fair in Brussels at the end of January",
    ),
    ("going to Salone del Mobile in Milan mid April", "in Milan in mid-April"),
    ("going to Chelsea Flower Show in late May", "the Chelsea Flower Show in late May"),
    ("She learned to sail on the Solent, just like I did", "we both learned to sail on the Solent"),
    ("rec: the Ferry Building farmers market on saturdays", "the Ferry Building farmers market"),
    ("both of us from Cebu!! her brother knows my uncle", "we are both from Cebu."),
    ("both of us went to Ateneo", "we both went to Ateneo"),
    ("she is from Gdansk, same like me", "we are both from Gdansk."),
    ("he plays volleyball, same like me", "we both play volleyball."),
    (
        "He plays the bagpipes; we talked about the pipe band competition in Glasgow.",
        "the pipe band competition in Glasgow",
    ),
]


@pytest.mark.parametrize(("note", "said"), CASES)
def test_personal_note_said_by_its_kind(note: str, said: str) -> None:
    line = rapport_line(note, ["Fiona"])
    assert line.text is not None, line.skipped
    assert said in line.text
