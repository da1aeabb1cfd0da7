"""Rules on the letter's frame: greeting, signature, subject line (its length: `length`)."""

from __future__ import annotations

import itertools

from composer import regexes as re
from composer.channels import spec_for
from composer.english import GREETING_RE, RANK_TITLES, TITLES, WORD_RE
from composer.rules.context import Context, finding, shorten
from composer.rules.facts import greeting_names, letterhead_words
from composer.rules.hygiene import is_leak_line
from composer.rules.names import greeting_near_miss, near_miss
from composer.rules.note import name_at_end
from composer.rules.report import Violation
from composer.rules.text import ParsedLetter, is_contact_line
from composer.rules.wording import HEADER_RE, SUBJECT_RE, fold, subject_of

_THANK_RE = re.compile(r"thank", re.IGNORECASE)


def _address(ctx: Context) -> str:
    return " or ".join(f'"{s}"' for s in ctx.person.spellings)


def greeting(letter: ParsedLetter, ctx: Context) -> list[Violation]:
    """The letter opens with a greeting that names this interviewer."""
    example = ctx.person.spellings[0]
    fix = f'Open with a greeting line that names the interviewer, e.g. "Dear {example},".'
    if letter.greeting is None:
        lines = (line for line in letter.lines if not line.blank and line is not letter.subject)
        first = next(lines, None)
        where = f'line {first.number} "{shorten(first.text, 50)}"' if first else "the letter"
        return [
            finding(
                "greeting",
                f"{where}: the letter does not open with a greeting. Start with a line such as "
                f'"Dear {ctx.person.spellings[0]}," that names {ctx.interviewer.name}.',
                fix=fix,
                quote=shorten(first.text, 80) if first else None,
            )
        ]
    line = letter.greeting
    if not _names_person(line.text, ctx):
        return [
            finding(
                "greeting",
                f'line {line.number}: the greeting "{shorten(line.text)}" does not name '
                f"{ctx.interviewer.name}. Address them by name: {_address(ctx)}.",
                fix=fix,
                quote=line.text.strip(),
            )
        ]
    title = _wrong_title(line.text, ctx)
    if title is not None:
        used, wanted = title
        return [
            finding(
                "greeting",
                f'line {line.number}: the greeting "{shorten(line.text)}" calls '
                f'{ctx.interviewer.name} "{used}", but the notes address them as '
                f'"{wanted}". Use the title from the notes: "Dear {wanted},".',
                fix=f'Greet them exactly as the notes do: "Dear {wanted},".',
                quote=used,
            )
        ]
    if spec_for(ctx.notes).has_subject:
        extra = [
            other
            for other in letter.before_greeting
            if not is_leak_line(other.text) and not HEADER_RE.match(other.text)
        ]
        if extra:
            return [_not_first(extra[0].number, extra[0].text)]
    return []


def _names_person(text: str, ctx: Context) -> bool:
    if greeting_names(text) & ctx.person.tokens:
        return True
    # A misspelled name is still an attempt to name them; `names` reports the spelling.
    for match in WORD_RE.finditer(text):
        token = greeting_near_miss(match.group(), ctx.facts)
        if token is not None and token.folded in ctx.person.tokens:
            return True
    return False


# Spellings of one title: "Prof." and "Professor" are the same courtesy.
# One title however it is written: "Sgt." in the notes is greeted "Dear Sergeant Medina,".
_SAME_TITLE = {"professor": "prof", **{rank: full.casefold() for rank, full in RANK_TITLES.items()}}


def _wrong_title(text: str, ctx: Context) -> tuple[str, str] | None:
    """(title used, salutation) when the greeting gives another title than the salutation's.

    "Dear Mr. Whitfield," to someone the notes greet as "Ms. Whitfield" gets the person wrong
    as surely as a misspelled name. A salutation without a title ("Dana") sets none.
    """
    salutation = ctx.interviewer.salutation
    if not salutation:
        return None
    wanted = {_title_key(m.group()) for m in WORD_RE.finditer(salutation)} & _TITLE_KEYS
    if not wanted:
        return None
    rest = GREETING_RE.sub("", text, count=1)
    found = list(WORD_RE.finditer(rest))
    for match, following in itertools.pairwise(found):
        key = _title_key(match.group())
        # only a title in front of this person's name: "Dear Ms. Lee and Mr. Cho" is fine
        if key in _TITLE_KEYS and key not in wanted and _is_name_of(following.group(), ctx):
            dot = "." if rest[match.end() : match.end() + 1] == "." else ""
            return match.group() + dot, salutation
    return None


def _is_name_of(word: str, ctx: Context) -> bool:
    """True when `word` is one of the person's name words, or a near miss of one."""
    if fold(word) in ctx.person.tokens:
        return True
    token = greeting_near_miss(word, ctx.facts)
    return token is not None and token.folded in ctx.person.tokens


def _title_key(word: str) -> str:
    folded = word.casefold()
    return _SAME_TITLE.get(folded, folded)


_TITLE_KEYS = frozenset(_title_key(title) for title in TITLES)


def _not_first(number: int, text: str) -> Violation:
    return finding(
        "greeting",
        f'line {number}: "{shorten(text, 50)}" comes before the greeting; an email opens with '
        f"its greeting, right after the Subject line.",
        fix="Put the greeting first, right after the Subject line.",
        quote=text.strip(),
    )


def _is_candidate(name_line: str, ctx: Context) -> bool:
    wanted = [m.group() for m in WORD_RE.finditer(ctx.notes.candidate.name)]
    got = [m.group() for m in WORD_RE.finditer(name_line)]
    if got[: len(wanted)] == wanted:
        return True
    # Same words apart from a near-miss spelling: `names` reports that, not this rule.
    if len(got) < len(wanted):
        return False
    for mine, theirs in zip(got, wanted, strict=False):
        if mine == theirs:
            continue
        token = near_miss(mine, ctx.facts)
        if token is None or fold(token.text) != fold(theirs):
            return False
    return True


def signature(letter: ParsedLetter, ctx: Context) -> list[Violation]:
    """The letter ends with a sign-off line and the candidate's full name.

    A channel without a sign-off line (`ChannelSpec.signoff_line` False: a short note) ends
    with the name alone, the full name or the first name; a sign-off line may still come first.
    """
    if not spec_for(ctx.notes).signoff_line and letter.signoff is None:
        return name_at_end(letter, ctx, lambda signed: _is_candidate(signed, ctx))
    name = ctx.notes.candidate.name
    fix = f'End with a sign-off line such as "Best regards," and then the full name "{name}".'
    if letter.signoff is None:
        last = next((line for line in reversed(letter.lines) if not line.blank), None)
        where = f'line {last.number} "{shorten(last.text, 50)}"' if last else "the letter"
        return [
            finding(
                "signature",
                f"{where}: no sign-off line found at the end. Finish with a line such as "
                f'"Best regards," or "Sincerely," followed by "{name}".',
                fix=fix,
                quote=last.text.strip() if last else None,
            )
        ]
    if letter.signature is None:
        return [
            finding(
                "signature",
                f'line {letter.signoff.number}: the sign-off "{letter.signoff.text.strip()}" is '
                f'not followed by a name. Add "{name}" on the next line.',
                fix=fix,
                quote=letter.signoff.text.strip(),
            )
        ]
    line = letter.signature
    if not _is_candidate(line.text, ctx):
        return [
            finding(
                "signature",
                f'line {line.number}: the letter is signed "{shorten(line.text)}"; sign it with '
                f'the full name "{name}".',
                fix=f'Sign with the full name "{name}" on the line after the sign-off.',
                quote=line.text.strip(),
            )
        ]
    for extra in letter.after:
        if is_leak_line(extra.text):
            continue  # `leak` reports it
        if extra in letter.postscript:
            continue
        if not is_contact_line(extra.text) and not _looks_like_contact(extra.text, ctx):
            return [
                finding(
                    "signature",
                    f'line {extra.number}: "{shorten(extra.text)}" comes after the signature. '
                    "Only contact details (email, phone, web address) belong there; move it "
                    "into the body or drop it.",
                    fix="End the letter with the sign-off, the name and contact details only.",
                    quote=extra.text.strip(),
                )
            ]
    return []


def _looks_like_contact(text: str, ctx: Context) -> bool:
    """A short line under the name: the role applied for, a label, or the candidate's address."""
    stripped = text.strip()
    role = ctx.notes.role.casefold()
    short_label = len(stripped.split()) <= 3 and stripped.endswith(":")
    return stripped.casefold().startswith(role) or short_label or _in_address(stripped, ctx)


def _in_address(text: str, ctx: Context) -> bool:
    """True when each comma-separated part of `text` is a stretch of the candidate's address."""
    if not ctx.notes.candidate.address:
        return False
    address = " " + " ".join(letterhead_words(ctx.notes.candidate.address)) + " "
    parts = [letterhead_words(part) for part in re.split(r"[,;|·]", text)]
    return any(parts) and all(f" {' '.join(part)} " in address for part in parts if part)


def subject(letter: ParsedLetter, ctx: Context) -> list[Violation]:
    """An email starts with a short Subject line that says thank you; a letter has none."""
    spec = spec_for(ctx.notes)
    if not spec.has_subject:
        found = next((line for line in letter.lines if SUBJECT_RE.match(line.text)), None)
        if found is None:
            return []
        return [
            finding(
                "subject",
                f'line {found.number}: "{shorten(found.text)}" is a Subject line, but these notes '
                f"are for {spec.article}, which has none. Remove the line.",
                fix=f"Remove the Subject line: {spec.article} has none.",
                quote=found.text.strip(),
            )
        ]
    fix = (
        f'Start with one line "Subject: ..." of at most {spec.subject_max_chars} characters '
        "that thanks them, e.g. "
        f'"Subject: Thank you - {ctx.notes.role} interview".'
    )
    first = next(
        (
            line
            for line in letter.lines
            if not line.blank and not is_leak_line(line.text) and not HEADER_RE.match(line.text)
        ),
        None,
    )
    if letter.subject is None or first is not letter.subject:
        where = f"line {first.number}" if first else "the letter"
        return [
            finding(
                "subject",
                f"{where}: an email must start with a Subject line, e.g. "
                f'"Subject: Thank you - {ctx.notes.role} interview".',
                fix=fix,
                quote=first.text.strip() if first else None,
            )
        ]
    line = letter.subject
    content = subject_of(line.text) or ""
    if not content:
        return [
            finding(
                "subject",
                f"line {line.number}: the Subject line is empty; write a short subject that "
                "thanks them and names the role.",
                fix=fix,
                quote=line.text.strip(),
            )
        ]
    if len(content) > spec.subject_max_chars:
        return [
            finding(
                "subject",
                f"line {line.number}: the subject is {len(content)} characters long (at most "
                f'{spec.subject_max_chars}): "{shorten(content, 60)}". Shorten it.',
                fix=f"Shorten the subject to at most {spec.subject_max_chars} characters.",
                quote=content,
            )
        ]
    if not _THANK_RE.search(content):
        return [
            finding(
                "subject",
                f'line {line.number}: the subject "{content}" does not say thank you; add '
                '"Thank you" to it.',
                fix=fix,
                quote=content,
            )
        ]
    return []
