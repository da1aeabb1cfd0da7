"""Rules on what the letter says: thanks, role and company, qualifications, the close, rapport."""

from __future__ import annotations

import functools
import re

from composer.english import WORD_RE, bare_role, role_phrase
from composer.rules.context import Context, finding, shorten
from composer.rules.report import Violation
from composer.rules.text import ParsedLetter

_THANKS_RE = re.compile(r"\b(?:thank|thanks|grateful|gratitude|appreciat\w*)\b", re.IGNORECASE)
_FUTURE_RE = re.compile(
    r"\blook(?:ing)?\s+forward\b|\bnext\s+steps?\b|\bhear(?:ing)?\s+(?:back\s+)?from\s+you\b"
    r"|\bcontinued\s+interest\b|\bremain\s+(?:\w+\s+)?(?:interested|excited|enthusiastic|keen"
    r"|eager|available)\b|\bstill\s+(?:\w+\s+)?(?:interested|excited|keen)\b"
    r"|\b(?:eager|keen|excited|hope|hoping|glad|happy|delighted)\s+to\s+(?:join|contribute|work|"
    r"continue|bring|help|hear|speak|talk|discuss|meet|start|learn|be\s+part|become|take)\b"
    r"|\b(?:the|any)\s+(?:chance|opportunity|prospect)\s+(?:to|of)\s+(?:join|contribut|work|"
    r"bring|help|be\s+part|become)\w*"
    r"|\bhope\s+we\s+(?:can|will|get)\b|\bhope\s+(?:our\s+paths|to\s+be)\b"
    r"|\b(?:in\s+touch|stay\s+connected|speak\s+again|talk\s+again|meet\s+again)\b"
    r"|\b(?:your|the)\s+decision\b|\bby\s+the\s+end\s+of\b|\bnext\s+(?:round|stage)\b"
    r"|\b(?:happy|glad|pleased)\s+to\s+(?:provide|send|share|answer|supply)\b"
    r"|\bvery\s+much\s+(?:want|interested|hope)\b|\binterest\s+in\s+(?:the|this|joining)\b",
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
    """A role or company name, case and punctuation between its words ignored, & for and."""
    words = [re.escape(m.group()) for m in WORD_RE.finditer(text.replace("&", " and "))]
    joined = r"\W+".join(w if w != "and" else r"(?:and|&)" for w in words)
    return re.compile(rf"(?<![\w-]){joined}(?![\w-])", re.IGNORECASE)


_COMPANY_SUFFIX_RE = re.compile(
    r"[\s,]+(?:inc|llc|ltd|limited|corp|corporation|gmbh|plc|co|s\.a|ag|llp)\.?$", re.IGNORECASE
)


def role_and_company(letter: ParsedLetter, ctx: Context) -> list[Violation]:
    """Names both the role and the company (the role with or without a leading article)."""
    missing: list[str] = []
    role = ctx.notes.role
    if not any(_phrase_re(form).search(letter.text) for form in {role, bare_role(role)}):
        missing.append(f'the role "{role}"')
    company = _COMPANY_SUFFIX_RE.sub("", ctx.notes.company) or ctx.notes.company
    if not _phrase_re(company).search(letter.text):
        missing.append(f'the company "{ctx.notes.company}"')
    if not missing:
        return []
    what = " and ".join(missing)
    return [
        finding(
            "role-and-company",
            f"the letter never names {what}. Mention {what} in the opening, e.g. "
            f'"thank you for the conversation about {role_phrase(ctx.notes.role)} at '
            f'{ctx.notes.company}".',
            fix=f"Name {what} in the first paragraph, spelled as in the notes.",
        )
    ]


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


def future(letter: ParsedLetter, ctx: Context) -> list[Violation]:
    """Closes looking forward; also welcomes other roles when the notes say so."""
    closing = letter.sentences[-max(3, len(letter.sentences) // 2) :]
    problems: list[Violation] = []
    if not any(_FUTURE_RE.search(s.text) for s in closing):
        where = f"line {letter.line_at(closing[0].start)} onwards" if closing else "the letter"
        problems.append(
            finding(
                "future",
                f"{where}: the close does not look ahead. Say you remain interested and look "
                "forward to the next steps"
                + (f" ({ctx.notes.next_steps})" if ctx.notes.next_steps else "")
                + ".",
                fix="End the body by saying you remain interested and look forward to the next "
                "steps.",
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
