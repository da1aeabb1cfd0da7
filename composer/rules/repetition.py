"""The `repetition` rule: a letter says each of its sentences once.

A sentence written twice, word for word, is the clearest sign that nobody read the letter before
it went out: a model that pastes a point again after a re-ask, a template that fills two slots with
one note, or a follow-up typed with a highlight's words. Case, spacing and the closing mark are
set aside ("I led the audit." and "I led the audit!" are the same sentence); a short sentence
("Thank you again.") may recur without harm, so only sentences of `MIN_WORDS` words or more count.

`sentence_key` is the one reading of "the same sentence": the offline writer's last gate uses it
to drop a repeat before a letter is checked.
"""

from __future__ import annotations

from composer.english import WORD_RE
from composer.rules.context import Context, finding, shorten
from composer.rules.report import Violation
from composer.rules.text import ParsedLetter

MIN_WORDS = 5


def sentence_key(text: str) -> str:
    """`text` as compared for a repeat: its words, lower-cased, in order."""
    return " ".join(match.group().casefold() for match in WORD_RE.finditer(text))


def repeated(sentences: list[str]) -> list[tuple[int, int]]:
    """(first, again): the index of each sentence of `MIN_WORDS` words or more that says, word for
    word, a sentence said before it, and the index of that earlier sentence."""
    seen: dict[str, int] = {}
    found: list[tuple[int, int]] = []
    for index, text in enumerate(sentences):
        key = sentence_key(text)
        if len(key.split()) < MIN_WORDS:
            continue
        if key in seen:
            found.append((seen[key], index))
        else:
            seen[key] = index
    return found


def repetition(letter: ParsedLetter, ctx: Context) -> list[Violation]:
    """No sentence of the body or postscript is written twice."""
    spans = [*letter.sentences, *letter.postscript_sentences]
    problems = []
    for first, again in repeated([span.text for span in spans]):
        quote = shorten(spans[again].text.strip(), 90)
        line, earlier = letter.line_at(spans[again].start), letter.line_at(spans[first].start)
        problems.append(
            finding(
                "repetition",
                f'line {line}: "{quote}" says again, word for word, the sentence on line '
                f"{earlier}. Delete one of the two.",
                fix=f'Say "{shorten(spans[again].text.strip(), 60)}" once; delete the repeat.',
                quote=quote,
            )
        )
    return problems
