"""The `names` rule: the interviewer's, company's and candidate's names spelled exactly as noted."""

from __future__ import annotations

from composer import regexes as re
from composer.rules.context import Context, finding
from composer.rules.facts import Facts, NameToken
from composer.rules.report import Violation
from composer.rules.text import ParsedLetter
from composer.rules.wording import EXEMPT, strip_accents

# Frequent English words that sit one or two letters away from common names ("Well" / "Bell",
# "Lower" / "Lowe"), or that a company's suffix spells ("As" / "AS"); a capitalised one is a
# word, not a misspelled name.
_COMMON = """
    able about above after again also always among another answer around back been before being
    below best better both bring build built call came care case change clear close come could
    day days dear does done down each early even ever every fact feel felt find first found from
    gave give given glad going good great hand happy have having hear heard help here hold home
    hope idea into just keep kind know known last later lead learn least less like line little
    live long look lose lost love lower made make many mean meet meeting more most much must
    near need never next note open other over part past plan plans please point quite rather
    read real really right role said same seen send sent shall share should show side since
    some soon start still such sure take team tell than thank thanks that their them then there
    these they thing think this those though thought through time today together took toward
    until upon very want warm warmly well went were what when where which while will wish with
    within without work working world would year years your yours yes ever often once only
    again above across after against along already although always another anyone anything
    being beyond certainly clearly during either enough especially further however indeed
    instead later likewise meanwhile moreover namely nothing otherwise perhaps rather since
    something sometimes therefore though thus truly whether yourself second third fourth
    lastly finally overall given having looking hoping speaking talking thinking working
    reading writing seeing getting making taking coming meeting leading building helping
    data team teams product products design market markets sales service services people project
    projects platform engineering research health care office offices staff board group groups
    client clients customer customers users user business company manager director lead head
    analyst analysis science report reports system systems process plans program programme
    operations finance legal studio labs center centre school college university hospital
    clinic trust bank fund network cloud mobile online digital global local national north south
    east west city state river lake park street road bridge hill field wood brook green white
    black brown grey gray gold silver stone water light night morning evening summer winter
    spring autumn
    congratulations enjoy hearing regarding safe
    as at an in on of or to by so no be is it we he me my us up do go
"""
COMMON_WORDS = frozenset(_COMMON.split())

_POSSESSIVE_RE = re.compile(r"'s?$")


def _distance(a: str, b: str, limit: int) -> int:
    """Edit distance with adjacent swaps (optimal string alignment), capped at limit + 1."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        best = i
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                value = min(value, previous2[j - 2] + 1)
            current[j] = value
            best = min(best, value)
        if best > limit:
            return limit + 1
        previous2, previous = previous, current
    return previous[len(b)]


def allowed_distance(length: int) -> int:
    """How many edits still count as a misspelling of a name word of `length` letters."""
    return 1 if length <= 6 else 2


def near_miss(word: str, facts: Facts) -> NameToken | None:
    """The name word of the notes that `word` misspells, or None (see `_near_miss`)."""
    return facts.memo(("near miss", word), lambda: _near_miss(word, facts))


def _near_miss(word: str, facts: Facts) -> NameToken | None:
    """The name word of the notes that `word` misspells, or None if it misspells none.

    Case slips ("Mcdonald"), dropped accents ("Olstad" for "Ølstad") and small edits
    ("Whitfeld") count; exact notes words and common English words do not.
    """
    base = _POSSESSIVE_RE.sub("", word)
    if len(base) < 2 or not base[0].isupper():
        return None
    if base in facts.exact_words or base in facts.name_exact:
        return None
    folded = base.casefold()
    plain = strip_accents(folded)
    capitals = base.isupper()
    for token in facts.name_tokens:
        if folded == token.folded:  # "As" opening a sentence, for a suffix "AS": the word
            plain_word = folded in COMMON_WORDS and base.istitle() and token.text.isupper()
            return None if capitals or base == token.text or plain_word else token
        if plain == token.plain and folded != token.folded:
            return token
    if folded in facts.vocabulary or len(base) < 4 or folded in COMMON_WORDS or folded in EXEMPT:
        return None
    best: tuple[int, NameToken] | None = None
    for token in facts.name_tokens:
        if len(token.text) < 4:
            continue
        limit = allowed_distance(len(token.text))
        gap = _distance(plain, token.plain, limit)
        if gap <= limit and (best is None or gap < best[0]):
            best = (gap, token)
    return best[1] if best else None


def greeting_near_miss(word: str, facts: Facts) -> NameToken | None:
    """`near_miss`, and in a greeting also a slip in a short first name ("Ana" for "Anna").

    Three-letter words are too often plain English to be read as names in prose; after
    "Dear" they can only be a name.
    """
    return near_miss(word, facts) or facts.memo(
        ("short near miss", word), lambda: _short_near_miss(word, facts)
    )


def _short_near_miss(word: str, facts: Facts) -> NameToken | None:
    base = _POSSESSIVE_RE.sub("", word)
    if len(base) < 3 or not base[0].isupper() or base in facts.name_exact:
        return None
    folded = base.casefold()
    if folded in facts.vocabulary or folded in COMMON_WORDS or folded in EXEMPT:
        return None
    plain = strip_accents(folded)
    addressed = frozenset().union(*(p.tokens for p in facts.people))
    for token in facts.name_tokens:
        short = min(len(base), len(token.text)) < 4
        if short and len(token.text) >= 3 and token.folded in addressed:  # noqa: SIM102
            if _distance(plain, token.plain, 1) <= 1:  # the costly test last
                return token
    return None


def misspellings(letter: ParsedLetter, facts: Facts) -> list[tuple[int, str, NameToken]]:
    """Every (offset, word, name word) where the letter misspells a name of the notes."""
    return letter.memo(("misspellings", facts), lambda: _misspellings(letter, facts))


def _misspellings(letter: ParsedLetter, facts: Facts) -> list[tuple[int, str, NameToken]]:
    found: list[tuple[int, str, NameToken]] = []
    greeting = letter.greeting
    for start, word in letter.word_spans:
        if not word[0].isupper():
            continue
        in_greeting = greeting is not None and greeting.start <= start < greeting.end
        if in_greeting:
            token = greeting_near_miss(word, facts)
        elif word in facts.exact_words and word[-1] != "'" and not word.endswith("'s"):
            token = None  # a word as the notes write it (near_miss's first test, made cheaply)
        else:
            token = near_miss(word, facts)
        if token is not None:
            found.append((start, _POSSESSIVE_RE.sub("", word), token))
            continue
        if "-" in word and _POSSESSIVE_RE.sub("", word) not in facts.name_exact:
            position = start
            for part in word.split("-"):
                if part[:1].isupper():
                    token = near_miss(part, facts)
                    if token is not None:
                        found.append((position, _POSSESSIVE_RE.sub("", part), token))
                position += len(part) + 1
    return found


def _split_hyphen(letter: ParsedLetter, facts: Facts) -> list[tuple[int, str, NameToken]]:
    found: list[tuple[int, str, NameToken]] = []
    for token in facts.hyphenated:
        for match in _apart(token, facts).finditer(letter.plain):
            if " ".join(match.group().split()).casefold() in facts.all_text:
                continue  # the notes write these words apart somewhere too
            found.append((match.start(), match.group(), token))
    return found


def _apart(token: NameToken, facts: Facts) -> re.Pattern[str]:
    """A hyphenated name word written apart ("Ní Bhriain" for "Ní-Bhriain"), compiled once for
    the notes: each notes file's own names would push other patterns out of re's cache."""
    return facts.memo(("apart", token.text), lambda: _apart_pattern(token.text))


def _apart_pattern(name: str) -> re.Pattern[str]:
    pattern = r"\b" + r"\s+".join(re.escape(p) for p in name.split("-")) + r"\b"
    return re.compile(pattern, re.IGNORECASE)


def names(letter: ParsedLetter, ctx: Context) -> list[Violation]:
    """No near-miss spelling of the interviewer's, the company's or the candidate's name."""
    problems: list[Violation] = []
    seen: set[tuple[str, str]] = set()
    for offset, word, token in misspellings(letter, ctx.facts) + _split_hyphen(letter, ctx.facts):
        if (word, token.text) in seen:
            continue
        seen.add((word, token.text))
        # a name word holds no space, so a word written apart never reads as the same name
        if strip_accents(word.casefold()) == strip_accents(token.folded) and word != token.text:
            how = (
                "has the wrong capitals"
                if word.casefold() == token.folded
                else "drops or changes an accent"
            )
        elif " " in word:
            how = "is missing its hyphen"
        else:
            how = "is misspelled"
        problems.append(
            finding(
                "names",
                f'line {letter.line_at(offset)}: "{word}" {how}; {token.whose} is spelled '
                f'"{token.text}". Write it exactly as in the notes.',
                fix=f'Spell "{word}" exactly as "{token.text}".',
                quote=word,
            )
        )
    return problems
