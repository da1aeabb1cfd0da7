"""A follow-up's parts said as one sentence: a list part typed with no verb of its own given the
subject's verb ("I have my own 4wd + happy to do the driving" -> "I have my own 4wd and am happy
to do the driving"), a month after a verb given its "in" ("can start feb" -> "I can start in
February"), and two parts said in the same frame joined under it ("I should also have
mentioned that A, and that B"), never the frame twice.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.words import MONTH_NAMES

__all__ = ["joined", "mended"]

# "I have X and happy to Y": an adjective with its "to" after "and", no verb of its own
_AND_ADJ = re.compile(r"(?P<lead>^[Ii] (?!am\b)\w+\b.*?(?:\band|\+)) (?P<adj>[a-z]+)(?= to [a-z])")
# "start February": a month straight after a verb, with no day and no preposition
# (three letters or the whole name; "sept" too, but never "mart" or "junt")
_MONTH = "|".join(rf"{m[:3]}(?:{m[3:]}{'|t' if m == 'september' else ''})?" for m in MONTH_NAMES)
_VERB_MONTH = re.compile(rf"\b(?P<v>[a-z]+) (?P<m>(?i:{_MONTH}))\b(?![ .]\d)")
# A clause's last piece typed as things with no verb, one of them "own": ", clean licence + own car"
_OWNED = re.compile(
    r"^(?P<main>[Ii] [^,;]+), (?P<things>(?:[a-z-]+ ){0,2}[a-z-]+(?: (?:and|\+) (?:[a-z-]+ ){0,2}"
    r"[a-z-]+)+)$"
)
# "I hold the modules + my own car": what is one's own is had, never held, run or done
_OWN_TOO = re.compile(
    r"^(?P<lead>[Ii] (?!have\b|has\b|had\b|got\b|own\b)[a-z]+\b(?:(?!\bhave\b)[^;,])+?)"
    r" (?:and|\+) (?:my )?own (?!(?:the|a|an|my|it|them)\b)(?=[a-z])"
)
# ", no notice period": what the candidate comes without, typed as a bare noun phrase
_WITH_NO = re.compile(r"(?<=[a-z]), (?=no (?:[a-z-]+ ){0,2}[a-z-]+$)")
# Where a frame hands over to its clause: "... mentioned that ", "...: "
_FRAME_END = re.compile(r"(?:\bthat |: )")


def mended(clause: str) -> str:
    """`clause` with a verbless list part given "am" and a month after a verb its "in"; any
    other clause as it is."""
    found = _AND_ADJ.match(clause)
    if found and "adj" in lexicon.classes(found["adj"]) and not lexicon.is_participle(found["adj"]):
        clause = f"{found['lead']} am {clause[found.start('adj') :]}"

    def month(found: re.Match[str]) -> str:
        verb = found["v"]
        is_verb = lexicon.is_base_verb(verb) or lexicon.is_past(verb)
        is_verb = is_verb and "verb" in lexicon.classes(verb)
        name = next(n for k, n in MONTH_NAMES.items() if k[:3] == found["m"][:3].lower())
        return f"{verb} in {name}" if is_verb else found[0]

    clause = _owned(_WITH_NO.sub(", with ", _VERB_MONTH.sub(month, clause)))
    return _OWN_TOO.sub(r"\g<lead>, and I have my own ", clause)


def _owned(clause: str) -> str:
    """ "I do not mind the travel, clean licence and own car" -> "...; I have a clean licence and
    my own car": things typed with "own" are the candidate's; else the clause as it is."""
    found = _OWNED.match(clause)
    if found is None:
        return clause
    things = re.split(r" (?:and|\+) ", found["things"])
    if not any(re.match(r"own ", t) for t in things):
        return clause
    said = []
    for thing in things:
        words = thing.split()
        kinds = [lexicon.classes(w) for w in words[1:]]
        if any("verb" in k and "noun" not in k for k in kinds):
            return clause  # a deed, not a thing held
        if words[0] == "own":
            said.append(f"my {thing}")
        elif lexicon.is_noun(words[-1]) and not lexicon.is_plural_noun(words[-1]):
            said.append(f"{lexicon.article(thing)} {thing}")
        else:
            return clause
    return f"{found['main']}; I have {' and '.join(said)}"


def joined(lines: list[str]) -> str:
    """Two lines in the same frame as one ("I should also have mentioned that A, and that B."),
    else the lines one after the other."""
    if len(lines) != 2 or not all(line.endswith(".") for line in lines):
        return " ".join(lines)
    first, second = lines
    common = 0
    while common < min(len(first), len(second)) and first[common] == second[common]:
        common += 1
    ends = [m.end() for m in _FRAME_END.finditer(first[:common])]
    if not ends or ends[-1] < 12:
        return " ".join(lines)
    frame = first[: ends[-1]]
    again = "that " if frame.endswith("that ") else ""
    return f"{first[:-1]}, and {again}{second[len(frame) :]}"
