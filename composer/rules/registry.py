"""The list of rules: id, severity and a one-line explanation, in the order they are checked."""

from __future__ import annotations

from dataclasses import dataclass

from composer.channels import CHANNELS, EMAIL
from composer.rules.report import Severity


@dataclass(frozen=True)
class RuleInfo:
    """What `thankyou rules` shows about one rule."""

    id: str
    severity: Severity
    summary: str


RULES: tuple[RuleInfo, ...] = (
    RuleInfo(
        "greeting",
        "error",
        "Opens with a greeting that names this interviewer, with the title the notes use.",
    ),
    RuleInfo("gratitude", "error", "Thanks the interviewer within the first two sentences."),
    RuleInfo(
        "role-and-company",
        "error",
        "Names the role and the company, the company spelled exactly as in the notes "
        "(a legal suffix such as Ltd may be left out).",
    ),
    RuleInfo(
        "names",
        "error",
        "Spells the interviewer's, company's and candidate's names exactly as in the notes.",
    ),
    RuleInfo(
        "panel",
        "error",
        "A letter to the panel's coordinator names every panellist in full, as in the notes.",
    ),
    RuleInfo(
        "qualifications",
        "error",
        "Recalls at least one qualification or highlight from the notes (a LinkedIn note: one "
        "point of the conversation, a topic or a point of the candidate's).",
    ),
    RuleInfo(
        "future",
        "error",
        "The closing paragraph takes a step forward (hearing back, the next step, talking "
        "again); welcomes other roles when the notes say the candidate would (not asked of a "
        "LinkedIn note: no room).",
    ),
    RuleInfo(
        "grounding",
        "error",
        "Invents nothing: numbers, proper nouns, letterhead lines and the interview's weekday "
        "match the notes, a weekday written with a date is that date's, no other interviewer's "
        "personal detail is given to this one, and no outcome is claimed (selected, offered, "
        "accepted, a start date) the notes do not state.",
    ),
    RuleInfo(
        "placeholders",
        "error",
        'Has no template leftovers such as [Company Name], {name}, "Your Name", XXX or TBD.',
    ),
    RuleInfo(
        "addressing",
        "error",
        'Speaks to the reader as "you", never of them by name ("Olivia will be in touch").',
    ),
    RuleInfo(
        "shorthand",
        "error",
        'Writes out the shorthand of notes: no "w/", arrows, "A + B", "wks", "yrs" or "mgmt".',
    ),
    RuleInfo(
        "signature",
        "error",
        "Ends with a sign-off line and the candidate's full name (contact lines may follow); "
        "a LinkedIn note ends with the name alone.",
    ),
    RuleInfo(
        "length",
        "error",
        "Has the right length without the Subject line: "
        + ", ".join(f"{c.name} {c.bounds}" for c in CHANNELS.values())
        + " (line breaks count; max_chars or --max-chars sets another limit, 300 on Premium;"
        " from notes with little to say, a shorter letter is a warning).",
    ),
    RuleInfo(
        "subject",
        "error",
        f'Email: starts with "Subject: ..." (at most {EMAIL.subject_max_chars} characters, '
        "says thank you); a printed letter and a LinkedIn note have no Subject line.",
    ),
    RuleInfo(
        "leak",
        "error",
        "Holds only the letter: no assistant preamble, notes about the draft, Markdown, talk "
        "of prompts, or words addressed to a machine (even when the notes hold them).",
    ),
    RuleInfo(
        "repetition",
        "error",
        "Says each sentence once: no sentence of five or more words is written twice, word for "
        "word.",
    ),
    RuleInfo(
        "unique",
        "error",
        "Letters to different interviewers of one interview share at most half their sentences.",
    ),
    RuleInfo(
        "personal-touch",
        "warning",
        "Refers to something personal the interviewer mentioned, when the notes list some "
        "(not asked of a LinkedIn note).",
    ),
    RuleInfo(
        "tone",
        "warning",
        "At most one exclamation mark; nothing needy; no shouting, emoji or text-speak.",
    ),
    RuleInfo(
        "register",
        "warning",
        'Suits the tone: a formal letter has no "Hi", "Cheers" or "!", a concise one at most '
        "180 words; the greeting uses the salutation the notes give.",
    ),
    RuleInfo(
        "proofread",
        "warning",
        "Spelling and grammar, checked by the optional Harper proofreader.",
    ),
)

RULE_IDS: tuple[str, ...] = tuple(rule.id for rule in RULES)
