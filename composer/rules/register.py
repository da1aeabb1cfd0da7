"""The `register` warning rule: the letter's manners match the tone and the notes' salutation.

- A formal letter opens "Dear ...", not "Hi" or "Hey"; closes "Sincerely" or "Kind regards",
  not "Cheers", "Best" or "Thanks"; and has no exclamation mark (more than one, and emoji, are
  `tone`'s business in every register, so they are not reported twice).
- A concise note stays short: at most CONCISE_MAX_WORDS words between greeting and sign-off.
- When the notes give a salutation ("Ms. Okafor"), the greeting uses its name rather than a
  first name the interviewer never offered ("Dear Ngozi,"); the full name is polite too. A
  first-name salutation ("Greg") also allows the more formal title and surname. A misspelt
  name counts as the name it misspells (`names` reports the spelling); a greeting that names
  someone else is `greeting`'s.
"""

from __future__ import annotations

from composer import regexes as re
from composer.english import CASUAL_GREETINGS, CASUAL_SIGNOFFS, TITLES, WORD_RE, count_words
from composer.rules.context import Context, finding, shorten
from composer.rules.names import greeting_near_miss
from composer.rules.report import Violation
from composer.rules.text import ParsedLetter
from composer.rules.wording import fold

CONCISE_MAX_WORDS = 180
_SIGNOFF_PUNCTUATION_RE = re.compile(r"[\s,.!:;\-–—]+$")


def register(letter: ParsedLetter, ctx: Context) -> list[Violation]:
    """Greeting, sign-off and punctuation suit the tone; the notes' salutation is used."""
    problems: list[Violation] = []
    tone = ctx.notes.tone
    greeting = letter.greeting
    if tone == "formal":
        problems += _formal(letter)
    if tone == "concise":
        words = count_words(letter.body_text)
        if words > CONCISE_MAX_WORDS:
            problems.append(
                _warning(
                    f"the notes ask for a concise letter, and its body has {words} words; keep "
                    f"it to {CONCISE_MAX_WORDS} or fewer: the thanks, one point, the next step.",
                    f"Cut the body to at most {CONCISE_MAX_WORDS} words (now {words}).",
                )
            )
    salutation = ctx.interviewer.salutation
    if greeting is not None and salutation:
        problems += _salutation(letter, greeting.text, salutation, ctx)
    return problems


def _formal(letter: ParsedLetter) -> list[Violation]:
    found: list[Violation] = []
    greeting = letter.greeting
    if greeting is not None:
        first = WORD_RE.search(greeting.text)
        if first is not None and first.group().casefold() in CASUAL_GREETINGS:
            found.append(
                _warning(
                    f'line {greeting.number}: a formal letter opens "Dear ...", not '
                    f'"{first.group()}" ("{shorten(greeting.text)}").',
                    f'Open with "Dear" instead of "{first.group()}".',
                    first.group(),
                )
            )
    if letter.signoff is not None:
        said = _SIGNOFF_PUNCTUATION_RE.sub("", letter.signoff.text.strip())
        if " ".join(said.split()).casefold() in CASUAL_SIGNOFFS:
            found.append(
                _warning(
                    f'line {letter.signoff.number}: "{said}" is a casual sign-off for a formal '
                    'letter; close with "Sincerely," or "Kind regards,".',
                    f'Replace the sign-off "{said}" with "Sincerely," or "Kind regards,".',
                    said,
                )
            )
    if letter.text.count("!") == 1:
        where = letter.line_at(letter.text.index("!"))
        found.append(
            _warning(
                f"line {where}: an exclamation mark reads as casual in a formal letter; end the "
                "sentence with a full stop.",
                "Replace the exclamation mark with a full stop.",
                "!",
            )
        )
    return found


def _salutation(letter: ParsedLetter, text: str, salutation: str, ctx: Context) -> list[Violation]:
    """A warning when the greeting addresses the person otherwise than the salutation does."""
    wanted = [fold(m.group()) for m in WORD_RE.finditer(salutation)]
    titled = any(word in TITLES for word in wanted)
    # the name words that address them ("van den Berg" is addressed by "Berg")
    wanted_names = [word for word in wanted if word not in TITLES and word in ctx.person.tokens]
    used: list[str] = []
    greeting_titled = False
    for match in WORD_RE.finditer(text):
        word = fold(match.group())
        if word in TITLES:
            greeting_titled = True
            continue
        if word not in ctx.person.tokens:
            token = greeting_near_miss(match.group(), ctx.facts)
            word = token.folded if token is not None else word
        if word in ctx.person.tokens:
            used.append(word)
    # "Ellison Shaw" for "Ellison-Shaw" is a spelling slip (`names`), not another form of address
    full_name = [fold(m.group()) for m in WORD_RE.finditer(ctx.interviewer.name)]
    if not used or _parts(wanted_names) <= _parts(used) or _parts(full_name) <= _parts(used):
        return []  # naming nobody is the greeting rule's business; a full name is polite
    if not titled and greeting_titled:
        return []  # "Dear Mr. D'Souza," to someone who said "call me Greg" is merely formal
    assert letter.greeting is not None
    return [
        _warning(
            f"line {letter.greeting.number}: the notes say to address "
            f'{ctx.interviewer.name} as "{salutation}", and the greeting says '
            f'"{shorten(text.strip())}". Use the salutation from the notes: "Dear {salutation},".',
            f'Greet them as the notes do: "Dear {salutation},".',
            text.strip(),
        )
    ]


def _parts(words: list[str]) -> set[str]:
    return {part for word in words for part in word.split("-")}


def _warning(message: str, fix: str, quote: str | None = None) -> Violation:
    return finding("register", message, fix=fix, quote=quote, severity="warning")
