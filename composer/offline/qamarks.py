"""Where a question put to the candidate ends and their answer begins, as people type it.

A question and its answer are often typed with no punctuation between them ("she asked what i
would do if a lashing came loose i said stop secure report to bridge"), with labels ("q - how
do u ...? a - ...", "Q: ...? -> A: ...", "Q: '...' / me: ..."), or as the scene first and the
question after it ("Q: landowner refuses thinning, what do u do?"). `marked` puts such a line in
the one shape `topicanswers.split_answer` reads (", I said", "Q: ... A: ..."), `unlabelled`
takes the label off an answer ("A: walk the stand"), `scene_asked` says a scene typed
before "what do you do" as the question it is ("what I would do if a landowner refuses
thinning"), and `about_mine` a question typed as a thing of the candidate's alone ("Q:
weakness?": "about my weakness"); `slashed` reads an answer's own clause and what the
candidate is doing about it, typed after a slash ("I take on too much / learning to delegate").
`bare_thing` says whether a question as said still names a thing with no article. A line
none of these fits is given back as typed.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.words import DETERMINERS

__all__ = [
    "about_mine",
    "bare_thing",
    "marked",
    "scene_asked",
    "slashed",
    "unlabelled",
    "unsaid_question",
]

# A question's label typed with a dash ("q - how do u ..."), read as "Q:".
_Q_DASH = re.compile(r"(?i)^q\s*[-–—]\s+")
# The answer's label after a question's mark ("...? a - ...", "...' / me: ...").
_A_LABEL = re.compile(r"(?i)(?<=[?'\"])\s*(?:/\s*)?(?:a|ans|me)\s*(?::|[-–—]\s)\s*")
# The candidate's report of their answer typed with no punctuation before it: "... in bad
# weather i said stop ...", "... on the shelf and I answered that ...". Never after a word that
# makes it part of the question ("what i said", "that I answered").
_SAID = re.compile(
    r"(?<![,.;:])(?<!\bwhat)(?<!\bthat)(?<!\bhow)(?<!\bwhen)(?<!\bif)"
    r"\s+(?:and\s+)?(?:i|I)\s+(?P<verb>said|answered|replied)\s+(?=\S)"
)
# An answer's own label: "A: walk the stand", "a - call them", "me: 3 clips".
_OWN_LABEL = re.compile(r"(?i)^(?:a|ans|answer|me)\s*(?::|[-–—]\s)\s*")
# "what do you do", "what would u do", "how do you handle it": the asker's question typed after
# the scene it is about.
_SCENE = re.compile(
    r"(?i)^(?P<head>asked\s+)(?P<scene>[a-z][^?]*?),\s+(?:so\s+)?what\s+(?:do|would|will)\s+"
    r"(?:you|u|i)\s+do\??$"
)


# An answer typed after two spaces ("... at lockup  told her about ...", "... 11 yrs  i said
# i want ...") or in a bracket of its own at the end ("(my answer: i stick to ...)").
_GAP = re.compile(
    r"(?<=\S) {2,}(?=(?:i|I)\s+(?:said|answered|replied|told)\s|(?:said|told)\s+(?:him|her|them)?)"
)
_OWN_BRACKET = re.compile(
    r"(?i)\s*\((?:my\s+)?(?:answer|ans|reply|i\s+said)\s*[:-]?\s+(?P<a>[^()]+)\)$"
)


def marked(item: str) -> str:
    """`item` with its question's and answer's marks typed as `split_answer` reads them, or as
    typed. Only a line led by a question put to the candidate ("asked", "Q:", "q -") is read;
    an answer after two spaces or in a bracket of its own is marked with an arrow in any line
    (the question without "asked": "why leave retail after 11 yrs  i said ...")."""
    item = _Q_DASH.sub("Q: ", item, count=1)
    if not re.search(r"->|→|=>", item):
        item = _GAP.sub(" -> ", item, count=1)
        item = _OWN_BRACKET.sub(lambda found: " -> " + found["a"].strip(), item, count=1)
    head = re.match(r"(?i)^(?:q:|(?:[\w.' ]{1,30}\s)?asked\b)", item)
    if head is None:
        return item
    if re.match(r"(?i)^q:", item):
        item = _A_LABEL.sub(" A: ", item, count=1)
    if re.search(r"->|→|=>|\s[Aa]:\s", item):
        return item  # the answer is marked already
    found = _SAID.search(item, head.end())
    if found is None or found.start() < head.end() + 8:
        return item
    return f"{item[: found.start()]}, I {found['verb']} {item[found.end() :]}"


def unlabelled(answer: str) -> str:
    """ "A: walk the stand w/ them" -> "walk the stand w/ them"; "I'd phone the supplier" -> "I
    would phone the supplier" (the answer's "would" in full, as `answervoice` reads it); any
    other answer as typed."""
    answer = _OWN_LABEL.sub("", answer, count=1).strip()
    found = re.match(r"I['’]d\s+(?P<verb>[a-z]+)\b", answer)
    if found and lexicon.is_base_verb(found["verb"]):
        return f"I would {answer[found.start('verb') :]}"
    return answer


def scene_asked(question: str) -> str:
    """ "asked landowner refuses thinning, what do u do?" -> "asked what I would do if a
    landowner refuses thinning": the scene put as the question's condition, with the article a
    note leaves out before its first noun; the question as typed when the scene is no clause
    led by a thing (a noun and its verb)."""
    found = _SCENE.match(question)
    if found is None:
        return question
    scene = found["scene"].strip()
    words = scene.split()
    if len(words) < 2:
        return question
    first = words[0].lower()
    if first in DETERMINERS or first in ("you", "u", "i", "he", "she", "they", "someone"):
        noun = 1 if first in DETERMINERS else 0
        lead: list[str] = []
    elif lexicon.is_noun(first) and not lexicon.is_plural_noun(first):
        noun, lead = 0, [lexicon.article(scene)]  # "landowner refuses": "a landowner refuses"
    else:
        return question
    verb = words[noun + 1].lower().rstrip(",") if noun + 1 < len(words) else ""
    finite = lexicon.is_third_person(verb) or verb in ("won't", "wont", "can't", "cant", "is")
    if first in ("you", "u", "i"):
        return question  # "you find a leak": the candidate's own scene, said by `reported`
    if not finite:
        return question
    return f"{found['head']}what I would do if {' '.join([*lead, *words])}"


# What a question typed as a bare thing asks of the candidate's own: "Q: weakness?", "Q: biggest
# mistake?", "asked salary expectations".
_MINE = frozenset(
    [
        "weakness",
        "weaknesses",
        "strength",
        "strengths",
        "mistake",
        "failure",
        "achievement",
        "expectations",
        "availability",
        "motivation",
        "goals",
        "regret",
    ]
)


def about_mine(question: str) -> str:
    """ "asked weakness?" -> "asked about my weakness", "asked biggest mistake?" -> "asked about
    my biggest mistake": a thing of the candidate's typed bare (one to three words, the last a
    thing only the candidate has); any other question as typed."""
    found = re.fullmatch(r"(?i)asked\s+(?P<what>[a-z]+(?:\s+[a-z]+){0,2})\s*\?*", question)
    if found is None:
        return question
    words = found["what"].lower().split()
    if words[-1] not in _MINE:
        return question
    if any(lexicon.is_base_verb(w) and not lexicon.is_noun(w) for w in words):
        return question  # "asked explain weakness": no thing alone
    if words[0] in DETERMINERS or words[0] in ("my", "your"):
        words = words[1:]
    return "asked about my " + " ".join(words)


# Words after which a thing typed bare with its adjective is a note's ("leaving big brewery",
# "for small one"); "in", "at", "on" are left alone ("in bad weather", "at short notice").
_BEFORE_THING = frozenset(["to", "for", "from", "into", "than"])


def bare_thing(question: str) -> bool:
    """Whether a question, as said, names a thing with its adjective and no article, as notes
    type it: "why I am leaving big brewery for small one" (never "a big brewery"), "what I would
    do if positive result came" (never "a positive result")."""
    words = question.lower().split()
    for at, word in enumerate(words[:-3]):
        # "if positive result came": a quality and a thing with no article, then its verb
        first, thing, verb = words[at + 1 : at + 4]
        if word not in ("if", "when", "unless") or first in DETERMINERS or not first.isalpha():
            continue
        if "adj" not in lexicon.classes(first):
            continue  # "when boat time is limited": a compound, no quality named
        singular = lexicon.is_noun(thing) and not lexicon.is_plural_noun(thing)
        if singular and (lexicon.is_past(verb) or lexicon.is_third_person(verb)):
            return True
    cased = question.split()
    for at in range(1, len(words) - 1):
        before, adjective, thing = words[at - 1], words[at], words[at + 1].strip(",.?")
        done = lexicon.is_gerund(before) or (lexicon.is_base_verb(before) and at > 1)
        if not (before in _BEFORE_THING or done) or before in DETERMINERS:
            continue  # "leaving big brewery", "manage difficult tenant"
        # "for small one": "small" names a thing as well, not here; "lighter one hour": a count
        after = words[at + 2].strip(",.?") if at + 2 < len(words) else ""
        one = thing == "one" and not (after and lexicon.is_noun(after))
        if "adj" not in lexicon.classes(adjective) or (lexicon.is_noun(adjective) and not one):
            continue
        if adjective in DETERMINERS or adjective in ("more", "less", "own", "other", "enough"):
            continue
        if one or (_person(thing) and not cased[at + 1][:1].isupper()):
            return True  # "for small one"; "difficult tenant" (a person is counted: "a")
    return False


def _person(word: str) -> bool:
    """A singular noun of a person, by its ending ("tenant", "customer", "supervisor"): a thing
    always counted, never a mass ("good practice", "bad weather")."""
    if not lexicon.is_noun(word) or lexicon.is_plural_noun(word):
        return False
    return re.search(r"(?:er|or|ant|ent|ist|ian)$", word) is not None


def slashed(answer: str) -> str:
    """ "I take on too much myself / learning to delegate" -> "I take on too much myself, and I
    am learning to delegate": an answer of the candidate's own clause, then what they are doing
    about it typed after a slash as a doing ("learning", "working on"); any other as typed."""
    found = re.fullmatch(r"(?P<own>I\s+[a-z][^/]*?)\s+/\s+(?P<doing>[a-z]+ing\s+[^/]+)", answer)
    if found is None or not lexicon.is_gerund(found["doing"].split()[0]):
        return answer
    return f"{found['own']}, and I am {found['doing']}"


def unsaid_question(question: str, answer: str, why: bool) -> str:
    """Why a question put to the candidate, said as `question` with `answer` ("" for none), is
    left out, or "": one that names a thing with no article ("why I am leaving big brewery for
    small one"), and a question of why (`why`) whose answer cannot be said: read back without
    its reason, it draws the reader to what the candidate would not put first."""
    if bare_thing(question):
        return "the question names a thing with no 'a' or 'the'"
    if why and not answer:
        return "a question of why, whose answer cannot be said"
    return ""
