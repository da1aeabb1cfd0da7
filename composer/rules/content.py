"""Rules on what the letter says: thanks, role and company, qualifications, the close, rapport."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from composer.english import LEGAL_SUFFIXES, NAME_ABBREVIATIONS, WORD_RE, bare_role, role_phrase
from composer.rules.context import Context, finding, shorten
from composer.rules.report import Violation
from composer.rules.text import ParsedLetter, Span
from composer.rules.wording import normalise

_THANKS_RE = re.compile(r"\b(?:thank|thanks|grateful|gratitude|appreciat\w*)\b", re.IGNORECASE)
# A forward step: hearing back, the next step or its timeline, continuing the conversation,
# meeting again. Continued interest ("I remain keen") and thanks alone look back, not ahead.
_FUTURE_RE = re.compile(
    r"\blook(?:s|ing)?\s+forward\b|\bnext\s+(?:steps?|round|stage)\b"
    r"|\bhear(?:ing)?\s+(?:back\s+)?from\s+(?:you|the\s+team)\b|\bhear(?:ing)?\s+back\b"
    r"|\b(?:your|the|a)\s+(?:final\s+)?decision\b|\bby\s+the\s+end\s+of\b"
    r"|\b(?:in\s+touch|stay\s+connected|(?:speak|talk|meet|chat)(?:ing)?\s+(?:again|further|soon))\b"
    r"|\bcontinu(?:e|ing)\s+(?:our|the|this)\s+(?:conversation|discussion)\b"
    r"|\b(?:happy|glad|pleased|delighted)\s+to\s+(?:provide|send|share|answer|supply|discuss"
    r"|talk|speak|meet|come|follow)\b"
    r"|\b(?:hope|hoping|eager|keen|glad|happy)\s+to\s+(?:hear|speak|talk|discuss|meet|continue)\b"
    r"|\bhope\s+(?:we|our\s+paths)\s+(?:can|will|get|cross)\b"
    r"|\b(?:timeline|timetable|time\s*frame)\b|\bfollow(?:ing)?[\s-]up\b"
    r"|\b(?:do\s+not|don't)\s+hesitate\b|\bplease\s+(?:let\s+me\s+know|contact|get\s+in)\b"
    r"|\bif\s+(?:you\s+(?:need|would\s+like|have\s+(?:any\s+)?(?:further\s+)?questions)"
    r"|(?:any|further)\s+(?:information|details)|it\s+would\s+help)\b"
    r"|\b(?:until|till)\s+then\b|\bwhen\s+you\s+(?:decide|have\s+news)\b",
    re.IGNORECASE,
)
_OTHER_ROLES_RE = re.compile(
    r"\b(?:other|future|another|different|related|similar|additional|later|upcoming|new)\s+"
    r"(?:\w+\s+)?(?:roles?|positions?|openings?|opportunit(?:y|ies)|vacanc(?:y|ies)|teams?)\b"
    r"|\bthe\s+future\b|\bin\s+future\b|\bdown\s+the\s+(?:road|line)\b",
    re.IGNORECASE,
)
_STOPWORDS = """
    a an and the of in on at to for from with by as or but if is are was were be been being am i
    me my we our you your he him his she her they them their it its this that these those there
    here what which who whom how when where why so such than then too very just also only about
    into over under after before during through up down out off again once all any both each
    few more most other some own same not no nor can will would should could may might must
    shall do does did done have has had having get got make made take took go going went come
    came year years time times experience experiences work worked working team role roles job
    company skill skills new next last week weeks month months day days summer winter spring
    autumn fall weekend today tomorrow soon now still recently just since way lot lots really
    one two three four five six seven eight nine ten first second third use used using good
    great well much many part across per via while whole like
"""
STOPWORDS = frozenset(_STOPWORDS.split())
_SUFFIXES = ("ingly", "edly", "ings", "ing", "ions", "ion", "ers", "er", "ed", "es", "ly", "s")


@functools.lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """A rough stem so that "cycling" meets "cycle" and "adopted" meets "adoption"."""
    word = word.casefold()
    if word.endswith("'s"):
        word = word[:-2]
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    if len(word) > 3 and word.endswith("e"):
        word = word[:-1]
    if len(word) > 3 and word[-1] == word[-2]:
        word = word[:-1]
    return word


@functools.lru_cache(maxsize=4096)
def keywords(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """(all content stems, distinctive stems: proper nouns and numbers) of a notes entry."""
    found: set[str] = set()
    distinctive: set[str] = set()
    for position, match in enumerate(WORD_RE.finditer(text)):
        word = match.group()
        has_digit = any(ch.isdigit() for ch in word)
        if word.casefold() in STOPWORDS or (len(word) < 3 and not has_digit):
            continue
        key = stem(word.replace(",", ""))
        found.add(key)
        # A capital at the start of an entry ("Led a team") is not a proper noun.
        if has_digit or (word[0].isupper() and (position > 0 or word.isupper())):
            distinctive.add(key)
    return frozenset(found), frozenset(distinctive)


def letter_stems(text: str) -> set[str]:
    """The stems of every word of `text`."""
    return {stem(m.group().replace(",", "")) for m in WORD_RE.finditer(text)}


def refers_to(entry: str, stems: set[str], *, needed: int = 2) -> bool:
    """True when the letter (as `stems`) picks up the notes entry."""
    found, distinctive = keywords(entry)
    # Short stems ("run" from "running") are too common to show a reference on their own.
    telling = {key for key in found if len(key) >= 4 or key in distinctive} or found
    matched = telling & stems
    return bool(matched & distinctive) or len(matched) >= min(needed, len(telling))


def gratitude(letter: ParsedLetter, ctx: Context) -> list[Violation]:
    """Thanks within the first two sentences after the greeting."""
    opening = letter.sentences[:2]
    if any(_THANKS_RE.search(s.text) for s in opening):
        return []
    where = f"line {letter.line_at(opening[0].start)}" if opening else "the letter"
    quote = shorten(" ".join(s.text for s in opening), 80) if opening else None
    return [
        finding(
            "gratitude",
            f"{where}: the letter does not thank {ctx.interviewer.name} in its first two "
            f"sentences{f' ({quote!r})' if quote else ''}. Open with thanks for their time and "
            "the interview.",
            fix="Thank the interviewer for their time in the first sentence after the greeting.",
            quote=quote,
        )
    ]


@functools.lru_cache(maxsize=256)
def _phrase_re(text: str) -> re.Pattern[str]:
    """A role, case and punctuation between its words ignored."""
    words = [re.escape(m.group()) for m in WORD_RE.finditer(text)]
    joined = r"\W+".join(words)
    return re.compile(rf"(?<![\w-]){joined}(?![\w-])", re.IGNORECASE)


# A word of a company name as written: "Mills", "Aldric's", "S.A.", "A/S", "Co.", or "&".
_NAME_PART_RE = re.compile(r"[^\W_]+(?:['/.\-][^\W_]+)*\.?|[&+]")
# What may stand between two words of one name: spaces, or a line break in a wrapped paragraph.
_NAME_GAP_RE = re.compile(r"[ \t]*\n?[ \t]*")
_WRAPPED_LINE = 40  # characters: a shorter line is a letterhead field, not wrapped prose
_NAME_GAP_COMMA_RE = re.compile(r",?[ \t]*\n?[ \t]*")  # for names with commas: "Hollis, Brandt"
# Small words inside a company name: "Bank of Ireland", "Hart and Mills", "Van der Berg".
_NAME_CONNECTORS = frozenset({"and", "of", "the", "de", "du", "la", "van", "von", "der", "und"})
# Two spellings of one word of a name; each is a different spelling all the same.
_SAME_WORD = {
    "and": "&",
    "+": "&",
    "company": "co",
    "limited": "ltd",
    "incorporated": "inc",
    "corporation": "corp",
    "saint": "st",
    "international": "intl",
}


def _part_key(part: str) -> str:
    """A name word compared loosely: case, a final stop and a possessive ending ignored."""
    key = part.casefold().removesuffix(".")
    key = key.removesuffix("'s") if len(key) > 2 else key
    return _SAME_WORD.get(key, key)


def _exact_key(part: str) -> str:
    """A name word compared exactly, apart from case, a final stop and a possessive ending."""
    key = part.casefold().removesuffix(".")
    return key.removesuffix("'s") if len(key) > 2 else key


@dataclass(frozen=True)
class CompanyName:
    """The company as the notes spell it: its words in full and without a legal suffix."""

    full: tuple[str, ...]  # exact keys
    core: tuple[str, ...]  # exact keys, the trailing legal suffix left out
    loose: frozenset[str]  # loose keys of every word
    commas: bool  # the name holds a comma ("Hollis, Brandt & Okoye LLP")
    first_re: re.Pattern[str]  # the first word in any of its spellings ("St", "Saint")
    exact_re: re.Pattern[str]  # the name as the notes write it, any case and spacing
    length: int  # characters
    dotted: frozenset[str]  # words the name writes with a stop ("sp" of "Sp. z o.o.")

    @staticmethod
    @functools.lru_cache(maxsize=64)
    def of(company: str) -> CompanyName:
        parts = [m.group() for m in _NAME_PART_RE.finditer(normalise(company))]
        full = tuple(_exact_key(p) for p in parts)
        core = list(full)
        while len(core) > 1 and core[-1] in LEGAL_SUFFIXES:
            core.pop()
        loose = {_part_key(p) for p in parts}
        first = _part_key(parts[0]) if parts else ""
        forms = {first, *(word for word, key in _SAME_WORD.items() if key == first)}
        pattern = "|".join(re.escape(form) for form in sorted(forms, key=len, reverse=True))
        first_re = re.compile(rf"(?<![^\W_])(?:{pattern})(?![^\W_])", re.IGNORECASE)
        dotted = frozenset(_exact_key(p) for p in parts if p.endswith("."))
        words = [re.escape(w) for w in normalise(company).split()]
        kept = len(words)
        while kept > 1 and _exact_key(words[kept - 1].replace("\\", "")) in LEGAL_SUFFIXES:
            kept -= 1  # the legal suffix may be left off: "Bayer" for "Bayer AG"
        pattern = (
            r"\s+".join(words[:kept])
            + "".join(rf"(?:\s+{w}" for w in words[kept:])
            + ")?" * (len(words) - kept)
        )
        exact_re = re.compile(pattern + r"(?![^\W_])", re.IGNORECASE)
        return CompanyName(
            full,
            tuple(core),
            frozenset(loose),
            "," in company,
            first_re,
            exact_re,
            len(company),
            dotted,
        )


def _name_chains(
    text: str, company: CompanyName, start: int, stop: int
) -> list[list[re.Match[str]]]:
    """Runs of name-like words (capitalised, connectors, the company's own words) in a stretch."""
    chains: list[list[re.Match[str]]] = []
    current: list[re.Match[str]] = []
    end = -1
    gap = _NAME_GAP_COMMA_RE if company.commas else _NAME_GAP_RE
    loose = company.loose
    for match in _NAME_PART_RE.finditer(text, start, stop):
        part = match.group()
        if not (part[0].isupper() or part in "&+"):
            key = part.casefold()
            if key not in _NAME_CONNECTORS and _part_key(part) not in loose:
                if current:  # the common case: an ordinary word ends any run
                    chains.append(current)
                    current = []
                continue
        joined = bool(current) and gap.fullmatch(text, end, match.start()) is not None
        if joined and "\n" in text[end : match.start()]:
            # a wrapped line of prose goes on; a short letterhead line ("Managing Partner") ends
            joined = end - text.rfind("\n", 0, end) > _WRAPPED_LINE
        if joined:
            current.append(match)
        else:
            if current:
                chains.append(current)
            current = [match]
        end = match.end()
        # A stop ends the run unless it ends an abbreviation ("Co.", "Ltd.", "Sp.").
        if part[-1] == ".":
            key = part.casefold().removesuffix(".")
            if not _abbreviation(key) and key not in company.dotted:
                chains.append(current)
                current = []
    if current:
        chains.append(current)
    return chains


def _abbreviation(key: str) -> bool:
    return key in NAME_ABBREVIATIONS or key in LEGAL_SUFFIXES or "." in key or len(key) == 1


def company_mentions(letter: ParsedLetter, company: str) -> tuple[bool, list[Span]]:
    """(whether the letter spells the company exactly, its other spellings of the name).

    Another spelling is a run of name words that starts and ends like the company's name but
    differs from it in a word: "Hart and Mills" for "Hart & Mills", "Pike & Company" for
    "Pike & Co.", "Northwind Data Analytics" for "Northwind Analytics". Leaving out a legal
    suffix ("Ltd", "Inc.", "GmbH") is the same name; a single word ("Northwind") is a short form.
    """
    return letter.memo(("company", company), lambda: _company_mentions(letter.text, company))


_WINDOW = 20  # characters around a mention of the name's first word that may belong to it
_BEFORE_RE = re.compile(r"(?:(?:[^\W\d_a-z][\w'.\-]*|&|and|of)[ \t]+)+$")


def _windows(text: str, name: CompanyName) -> tuple[list[tuple[int, int]], bool]:
    """Stretches of `text` to read word by word around mentions of the name's first word.

    Also whether a mention is plainly the exact name. Reading only these stretches keeps a
    letter cheap: the first word is rare, and a mention that is the exact name, or the first
    word alone, between ordinary words ("at Northwind Analytics. I", "joining Northwind.")
    needs no closer look.
    """
    found: list[tuple[int, int]] = []
    exact = False
    for match in name.first_re.finditer(text):
        whole = name.exact_re.match(text, match.start())
        after = _NEXT_WORD_RE.match(text, whole.end() if whole else match.end())
        word = after.group(1) if after else None
        before = _BEFORE_RE.search(text, max(0, match.start() - _WINDOW), match.start())
        if not before and (word is None or _plain_word(word)):
            exact = exact or whole is not None
            continue
        # back over the name-like words right before it ("Maritime" of "Maritime Kestrel")
        start = before.start() if before else match.start()
        stop = min(len(text), match.end() + name.length + _WINDOW)
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        while stop < len(text) and not text[stop].isspace():
            stop += 1
        if found and start <= found[-1][1]:
            found[-1] = (found[-1][0], stop)
        else:
            found.append((start, stop))
    return found, exact


# The word after a mention, on the same line or the next: "Ltd", "&", "and", "I", "team".
_NEXT_WORD_RE = re.compile(r"(?:'s)?[ \t]*\n?[ \t]*([^\W_][\w'.\-]*|[&+])")


def _plain_word(word: str) -> bool:
    """A word that cannot continue a company's name: lower case, not "and" or "of"."""
    return word[0].islower() and word.casefold() not in _NAME_CONNECTORS


def _company_mentions(text: str, company: str) -> tuple[bool, list[Span]]:
    name = CompanyName.of(company)
    first, last = _part_key(name.core[0]), _part_key(name.core[-1])
    exact = False
    others: list[Span] = []
    windows, exact = _windows(text, name)
    chains = [chain for a, b in windows for chain in _name_chains(text, name, a, b)]
    for chain in chains:
        keys = [_part_key(m.group()) for m in chain]
        floor = 0  # where the previous mention in this run ended
        for begin, key in enumerate(keys):
            if key != first or begin < floor:
                continue
            end = begin + 1
            if len(name.core) > 1:
                # up to the name's last word: "Hart and Mills", not "Hart and Mills and ..."
                end = next((j + 1 for j in range(begin + 1, len(keys)) if keys[j] == last), 0)
                if not end:
                    continue  # a short form such as "Northwind"
            # a legal form written after the name ("Ltd", "Inc."), never "as" or "se" in prose
            while (
                end < len(keys) and keys[end] in LEGAL_SUFFIXES and chain[end].group()[0].isupper()
            ):
                end += 1
            # company words written before it belong to it: "Maritime Kestrel Insurance"
            while begin > floor and keys[begin - 1] in name.loose and keys[begin - 1] != "&":
                begin -= 1
            floor = end
            run = chain[begin:end]
            written = tuple(_exact_key(m.group()) for m in run)
            # The name in full, or with some or all of its legal suffix left off.
            if len(written) >= len(name.core) and written == name.full[: len(written)]:
                exact = True
            else:
                start, stop = run[0].start(), run[-1].end()
                if text[stop - 1] == "." and not _abbreviation(run[-1].group()[:-1].casefold()):
                    stop -= 1  # the stop that ends the sentence
                others.append(Span(start, text[start:stop]))
    return exact, others


def role_and_company(letter: ParsedLetter, ctx: Context) -> list[Violation]:
    """Names the role (with or without a leading article) and the company, spelled exactly."""
    problems: list[Violation] = []
    role = ctx.notes.role
    company = ctx.notes.company
    exact, others = company_mentions(letter, company)
    missing: list[str] = []
    if not any(_phrase_re(form).search(letter.text) for form in {role, bare_role(role)}):
        missing.append(f'the role "{role}"')
    if not exact and not others:
        missing.append(f'the company "{company}"')
    if missing:
        what = " and ".join(missing)
        problems.append(
            finding(
                "role-and-company",
                f"the letter never names {what}. Mention {what} in the opening, e.g. "
                f'"thank you for the conversation about {role_phrase(role)} at {company}".',
                fix=f"Name {what} in the first paragraph, spelled as in the notes.",
            )
        )
    seen: set[str] = set()
    for span in others:
        if span.text in seen:
            continue
        seen.add(span.text)
        written = " ".join(span.text.split()).removesuffix(".")
        problems.append(
            finding(
                "role-and-company",
                f'line {letter.line_at(span.start)}: the company is written "{written}", but the '
                f'notes spell it "{company}". Write the name exactly as the notes do (a legal '
                'suffix such as "Ltd" or "Inc." may be left out).',
                fix=f'Write the company name exactly as "{company}" instead of "{written}".',
                quote=span.text,
            )
        )
    return problems


def qualifications(letter: ParsedLetter, ctx: Context) -> list[Violation]:
    """Refers to at least one of the candidate's qualifications or highlights."""
    entries = [*ctx.notes.qualifications, *ctx.notes.highlights]
    stems = letter.memo("body stems", lambda: letter_stems(letter.body_text))
    if any(refers_to(entry, stems) for entry in entries):
        return []
    listed = "; ".join(f'"{shorten(e, 60)}"' for e in entries[:3])
    return [
        finding(
            "qualifications",
            "the letter does not recall any of your qualifications or highlights from the notes. "
            f"Add a sentence connecting one of them to what the interviewer cares about: {listed}.",
            fix=f"Mention one qualification or highlight from the notes, such as {listed}.",
        )
    ]


def closing_sentences(letter: ParsedLetter) -> tuple[Span, ...]:
    """The close: the body's last paragraph, with the one before when it is a line or two.

    A body written as one paragraph closes with its last three sentences.
    """
    paragraphs: list[int] = []  # offsets where a body paragraph starts
    previous_blank = True
    for line in letter.body:
        if not line.blank and previous_blank:
            paragraphs.append(line.start)
        previous_blank = line.blank
    postscript = letter.postscript
    cut = postscript[0].start if postscript else len(letter.text)
    body = [s for s in letter.sentences if s.start < cut]
    if len(paragraphs) < 2:
        return tuple(body[-3:])
    last = [s for s in body if s.start >= paragraphs[-1]]
    if len(last) <= 2:
        last = [s for s in body if s.start >= paragraphs[-2]]
    return tuple(last)


def future(letter: ParsedLetter, ctx: Context) -> list[Violation]:
    """The close takes a step forward; other roles are welcomed when the notes say so."""
    closing = closing_sentences(letter)
    problems: list[Violation] = []
    if not any(_FUTURE_RE.search(s.text) for s in closing):
        where = f"line {letter.line_at(closing[0].start)} onwards" if closing else "the letter"
        problems.append(
            finding(
                "future",
                f"{where}: the closing paragraph does not look ahead; interest and thanks alone "
                "do not. Say what you look forward to: hearing back, the next step"
                + (f" ({ctx.notes.next_steps})" if ctx.notes.next_steps else "")
                + ", or continuing the conversation.",
                fix="In the closing paragraph, say you look forward to hearing back or to the "
                "next step.",
            )
        )
    if ctx.notes.open_to_other_roles and not _OTHER_ROLES_RE.search(letter.body_text):
        problems.append(
            finding(
                "future",
                "the notes say you would welcome other or future roles, but the letter does not "
                'say so. Add a sentence such as "I would be glad to be considered for other '
                f'roles at {ctx.notes.company} as well."',
                fix="Say the candidate would welcome being considered for other or future roles.",
            )
        )
    return problems


def personal_touch(letter: ParsedLetter, ctx: Context) -> list[Violation]:
    """Refers to something personal the interviewer mentioned, when the notes have some."""
    rapport = ctx.interviewer.rapport
    if not rapport:
        return []
    stems = letter.memo("body stems", lambda: letter_stems(letter.body_text))
    if any(refers_to(entry, stems, needed=1) for entry in rapport):
        return []
    listed = "; ".join(f'"{shorten(r, 60)}"' for r in rapport)
    return [
        finding(
            "personal-touch",
            f"{ctx.interviewer.name} mentioned something personal ({listed}) and the letter does "
            "not refer to it. A short, genuine line about it makes the letter theirs.",
            fix=f"Add one short, genuine line about: {listed}.",
            severity="warning",
        )
    ]
