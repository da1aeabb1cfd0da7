"""Whether a word a candidate's point and a topic share names the same thing in each, for
`themes.tie_strength`: "funeral orders" and "Shopify orders" are two kinds of order, "the shop's
income" is about income, and a name is said whole ("Columbus" is not "Columbia")."""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.words import DETERMINERS, FUNCTION_WORDS

# Words that end a compound: no word before or after them belongs to the thing named.
_BREAKS = frozenset(
    [
        "the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "with", "at", "by",
        "from", "into", "over", "after", "before", "during", "since", "my", "our", "their",
        "your", "his", "her", "its", "w", "incl", "than", "as", "via", "per", "about",
    ]
)  # fmt: skip
_PIECE = re.compile(r"[A-Za-z0-9][\w&'.-]*|[^\w\s]")


def _compound(word: str, text: str) -> tuple[str, str] | None:
    """The words beside `word` (a stem or a code) in the compound that holds it: the word
    before (what kind: "funeral" in "funeral orders") and the word after (what it is part of:
    "program" in "the CPE program"), each "" when a small word, a number or a mark ends the
    compound there. None when the word is a name (a capital inside the text: "a 1920s
    Bechstein model B" is still the Bechstein) or is not found."""
    pieces = _PIECE.findall(text)
    for k, piece in enumerate(pieces):
        low = re.sub(r"'s$", "", piece.lower())
        if not (low == word or (len(word) == 5 and low.startswith(word))):
            continue
        if piece[0].isupper() and not piece.isupper() and k > 0:
            return None

        def content(j: int) -> str:
            if not 0 <= j < len(pieces):
                return ""
            near = re.sub(r"'s$", "", pieces[j].lower())
            if near in _BREAKS or not near[0].isalpha() or not re.match(r"\w", near):
                return ""
            return near

        return content(k - 1), content(k + 1)
    return None


# Words that name a time: when a thing happens, never what it is ("the winter piano clinic" and
# "humidity problems in winter" share no subject).
_TIMES = frozenset(
    [
        "winter", "summer", "spring", "autumn", "fall", "weekend", "weekends", "weekday",
        "weekdays", "evening", "evenings", "morning", "mornings", "afternoon", "afternoons",
        "overnight", "holiday", "holidays", "christmas", "easter", "monday", "tuesday",
        "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "june", "july", "august", "september", "october", "november",
        "december", "daily", "weekly", "monthly", "yearly", "annual", "annually",
    ]
)  # fmt: skip


def _ordinary(word: str, text: str) -> bool:
    """True when `word` (a stem) is typed as an ordinary word in `text`: in lower case, with
    no digit, known to the word tables ("traffic"; never "CPE", "perio" or "k8s")."""
    found = re.search(rf"(?<![\w-])({re.escape(word)}[a-z]*)(?![\w-])", text)
    return found is not None and bool(lexicon.classes(found.group(1)))


def _owner(word: str, text: str, other: str) -> bool:
    """True when `text` says `word` (a stem) only as the owner of another thing ("the shop's
    income") that `other` does not name."""
    found = re.search(rf"\b{re.escape(word)}[a-z]*'s ([a-z]+)", text.lower().replace("’", "'"))
    return found is not None and found.group(1)[:5] not in {
        w[:5] for w in re.findall(r"[a-z]+", other.lower())
    }


def _acting(word: str, text: str) -> bool:
    """True when `word` (a stem) is typed as the means of a result: "by ordering twice a week"
    is a thing done, never a thing ("orders")."""
    found = re.search(rf"\bby ({re.escape(word)}[a-z]*ing)\b", text)
    return found is not None and lexicon.is_gerund(found.group(1))


def _kind_word(word: str) -> bool:
    """A word that says what kind of thing the next is: a noun or a name ("funeral" orders,
    "Interflora" orders), never a verb ("got GP"), an adjective only ("old"), a number or a
    small word ("forty nurses", "how nurses use ...")."""
    if word in FUNCTION_WORDS or word in DETERMINERS:  # "how", "forty", "some"
        return False
    found = lexicon.classes(word)
    return not found or ("noun" in found and "verb" not in found)


def same_thing(word: str, point: str, topic: str) -> bool:
    """True unless a word a point and a topic share names a different thing in each: another
    kind of it, each with a noun before it the other lacks ("Shopify and Interflora orders" and
    "funeral orders", "ICU families" and "Muslim families"); only the owner of another thing
    ("the shop's income"); an action in one ("by ordering twice a week") and a thing in the
    other; or a time ("the winter piano clinic" and "problems in winter"). A code or a name
    ("PROMPT", "Bechstein") is its own subject whatever its kind. `tie_strength` drops the
    shared words only when none of them is the same thing in both.

    Not caught: the same word at the head of two different things ("traffic count dashboard"
    and "traffic control"): "falls check" and "falls pathway" have that shape and are one
    subject, and the word tables cannot tell them apart."""
    if not _one_word(word, point, topic):
        return False  # "Columbus City Schools" and "they use Columbia": two names
    if _in_name(word, point) != _in_name(word, topic):
        # "Bosch eBike Systems" (a maker's name) and "booking system" (a thing) are not one
        named, plain = (point, topic) if _in_name(word, point) else (topic, point)
        return _same_compound(word, named, plain)
    mine, theirs = _compound(word, point), _compound(word, topic)
    if mine is None or theirs is None:
        return True
    if _owner(word, topic, point) or _owner(word, point, topic):
        return False  # "the shop's income" is about income, not shops
    if _acting(word, point) != _acting(word, topic):
        return False  # "by ordering twice a week" (a thing done), "funeral orders" (things)
    if word in _TIMES or any(word == t[:5] for t in _TIMES if len(word) == 5):
        # a time, unless it names one thing in both ("afternoon tea")
        return bool(mine[1]) and mine[1][:5] == theirs[1][:5]
    point_stems = {w.lower()[:5] for w in re.findall(r"\w+", point)}
    topic_stems = {w.lower()[:5] for w in re.findall(r"\w+", topic)}
    (before_mine, _), (before_theirs, _) = mine, theirs
    if not (_ordinary(word, point) and _ordinary(word, topic)):
        return True  # a code or a name ("CT", "perio") is its own subject, whatever its kind
    kinds = [w for w in (before_mine, before_theirs) if w and _kind_word(w)]
    return not (
        len(kinds) == 2
        and before_mine[:5] != before_theirs[:5]
        and before_mine[:5] not in topic_stems
        and before_theirs[:5] not in point_stems
    )


def _named_forms(word: str, text: str) -> set[tuple[str, bool]]:
    """The words of `text` that `word` (a stem) stands for, each with whether it is typed as a
    name (a capital inside the text: "Columbia", "the Assigned Certifier")."""
    pieces = _PIECE.findall(text)
    found = set()
    for k, piece in enumerate(pieces):
        low = re.sub(r"'s$", "", piece.lower())
        if low == word or (len(word) == 5 and low.startswith(word)):
            found.add((low, k > 0 and piece[0].isupper() and not piece.isupper()))
    return found


def _one_word(word: str, point: str, topic: str) -> bool:
    """False when every word the shared stem stands for is another word in the other text
    and a name in one of them: a name is said whole, never by its first five letters
    ("Columbus" is not "Columbia", "Certifier" not "Certificate", "Control" not "contractor");
    two ordinary words of one stem ("coordinated", "coordination") are one word."""
    mine, theirs = _named_forms(word, point), _named_forms(word, topic)
    if not mine or not theirs:
        return True
    return any(a == b or not (named_a or named_b) for a, named_a in mine for b, named_b in theirs)


def _in_name(word: str, text: str) -> bool:
    """True when `word` (a stem) is typed in `text` as a dictionary word inside a name of
    several capitalised words ("Systems" in "Bosch eBike Systems", "Health" in "Journal of
    Public Health"): part of the name of one thing, not the ordinary word."""
    pieces = _PIECE.findall(text)
    for k, piece in enumerate(pieces):
        low = piece.lower()
        if not (low == word or (len(word) == 5 and low.startswith(word))):
            continue
        if k == 0 or not piece[0].isupper() or piece.isupper():
            return False
        before = pieces[k - 1]
        named = before[0].isupper() or any(c.isupper() for c in before[1:])
        return named and bool(lexicon.classes(low))
    return False


def _same_compound(word: str, named: str, plain: str) -> bool:
    """Whether `word`, part of a name in `named` and an ordinary word in `plain`, still names
    one thing in both: the same word beside it ("the Opera Cloud migration", "cloud
    migration in Q2"), or the name's other word in `plain` ("bosch + shimano steps")."""
    mine, theirs = _compound(word, named.lower()), _compound(word, plain.lower())
    if mine is None or theirs is None:
        return True
    plain_stems = {w.lower()[:5] for w in re.findall(r"\w+", plain)}
    return any(a and a[:5] == b[:5] for a, b in zip(mine, theirs, strict=True)) or bool(
        mine[0] and mine[0][:5] in plain_stems
    )
