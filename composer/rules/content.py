"""Rules on what the letter says: thanks, role and company, qualifications, the close, rapport."""

from __future__ import annotations

import functools

from composer import regexes as re
from composer.channels import spec_for
from composer.english import WORD_RE
from composer.models import Interviewer, Notes
from composer.rolename import bare_role, role_phrase, role_title
from composer.rules.company import company_mentions
from composer.rules.context import Context, finding, shorten
from composer.rules.keywords import kindred, recalls, refers_to
from composer.rules.report import Violation
from composer.rules.text import ParsedLetter, Span

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
    r"|\b(?:until|till)\s+then\b|\bwhen\s+you\s+(?:decide|have\s+news)\b"
    # a step hoped for: "I would welcome the chance of the final interview next week"
    r"|\bwelcome\s+the\s+(?:chance|opportunity)\s+(?:of|to)\b"
    # the candidate's part of the next step: "I will send you the take-home by Monday"
    r"|\bI\s+will\s+send\s+you\b[^.]*\b(?:by|on|before)\s+\w",
    re.IGNORECASE,
)
_OTHER_ROLES_RE = re.compile(
    r"\b(?:other|future|another|different|related|similar|additional|later|upcoming|new)\s+"
    r"(?:\w+\s+)?(?:roles?|positions?|openings?|opportunit(?:y|ies)|vacanc(?:y|ies)|teams?)\b"
    r"|\bthe\s+future\b|\bin\s+future\b|\bdown\s+the\s+(?:road|line)\b",
    re.IGNORECASE,
)


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


def role_and_company(letter: ParsedLetter, ctx: Context) -> list[Violation]:
    """Names the role (with or without a leading article) and the company, spelled exactly."""
    problems: list[Violation] = []
    role = ctx.notes.role
    company = ctx.notes.company
    exact, others = company_mentions(letter, company)
    # "Margaret Hollis, Tobenna Okoye" in a list of people is not "Hollis, Brandt & Okoye LLP".
    others = [span for span in others if not _holds_a_persons_name(span.text, ctx.notes)]
    missing: list[str] = []
    if not any(
        _phrase_re(form).search(letter.text) for form in {role, bare_role(role), role_title(role)}
    ):
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


def _holds_a_persons_name(written: str, notes: Notes) -> bool:
    """Whether `written` holds the full name of an interviewer or the coordinator."""
    people = [person.name for person in notes.interviewers]
    if notes.coordinator is not None:
        people.append(notes.coordinator.name)
    written = " ".join(written.split())
    return any(" ".join(name.split()) in written for name in people)


def recall_entries(notes: Notes, person: Interviewer) -> list[str]:
    """The notes entries the letter to `person` must recall one of (the channel's `recall`)."""
    found: list[str] = []
    for field in spec_for(notes).recall:
        value = getattr(person, field) if field in ("topics", "rapport") else getattr(notes, field)
        found += value if isinstance(value, list) else [value] if value else []
    return found


def qualifications(letter: ParsedLetter, ctx: Context) -> list[Violation]:
    """Refers to at least one of the entries its channel asks for: qualifications or highlights
    in a letter, any point of the conversation in a short note."""
    spec = spec_for(ctx.notes)
    entries = recall_entries(ctx.notes, ctx.interviewer)
    if not entries:
        return []  # thin notes: nothing typed to recall, and the report asks for it
    stems = letter.body_stems()
    if any(recalls(entry, stems, needed=spec.recall_words) for entry in entries):
        return []
    listed = "; ".join(f'"{shorten(e, 60)}"' for e in entries[:3])
    return [
        finding(
            "qualifications",
            f"the letter does not recall {spec.recall_label} from the notes. Add a sentence "
            f"connecting one of them to what the interviewer cares about: {listed}.",
            fix=f"Mention one of them from the notes, such as {listed}.",
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
    body = letter.sentences  # the body's own: a P.S. after the signature is not the close
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
    if (
        ctx.notes.open_to_other_roles
        and spec_for(ctx.notes).other_roles
        and not _OTHER_ROLES_RE.search(letter.body_text)
    ):
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
    if not rapport or not spec_for(ctx.notes).personal_touch:
        return []
    stems = kindred(letter.body_stems())
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
