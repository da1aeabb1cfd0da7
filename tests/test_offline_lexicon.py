"""The offline writer's word facts agree with lemminflect's own answers."""

from __future__ import annotations

import pytest

from composer.offline import lexicon

lemminflect = pytest.importorskip("lemminflect")

WORDS = ["led", "admitted", "featured", "running", "years", "fluent", "zygote", "Python", "a"]
WORDS += ["certified", "cut", "shipped", "bilingual", "master", "help", "loves", "Aachen"]


@pytest.mark.parametrize("word", WORDS)
def test_word_classes_match_lemminflect(word: str) -> None:
    expected = {
        pos.lower(): lemmas
        for pos, lemmas in lemminflect.getAllLemmas(word).items()
        if pos in ("NOUN", "VERB", "ADJ")
    }
    found = {pos: lemmas for pos, lemmas in lexicon.classes(word).items() if pos in expected}
    assert found == expected


@pytest.mark.parametrize("lemma", ["lead", "admit", "feature", "run", "cut", "be", "have"])
def test_verb_forms_match_lemminflect(lemma: str) -> None:
    forms = lexicon.verb_forms(lemma)
    for tag in ("VBD", "VBN", "VBG", "VBZ"):
        assert forms[tag] == lemminflect.getInflection(lemma, tag)[0], tag


def test_a_word_missing_from_the_tables_has_no_class() -> None:
    assert lexicon.classes("zzqx") == {}
    assert not lexicon.is_past("zzqx")


@pytest.mark.parametrize(
    ("phrase", "article"),
    [("MBA", "an"), ("MSc", "an"), ("BSc", "a"), ("university", "a"), ("hour", "an"),
     ("apple", "an"), ("8-week course", "an"), ("one-year contract", "a"), ("UX role", "a"),
     # an acronym said as a word takes the article of its sound, one read by letters of theirs
     ("STEM club", "a"), ("NASA grant", "a"), ("RICS survey", "a"), ("NHS trust", "an"),
     ("MEng", "an"), ("NIHR grant", "an"), ("MRCP", "an"), ("SQL test", "an")],
)  # fmt: skip
def test_a_or_an_follows_the_sound(phrase: str, article: str) -> None:
    assert lexicon.article(phrase) == article
