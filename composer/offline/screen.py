"""Screening the notes before writing: text that reads as an instruction never reaches a letter.

Notes are the candidate's own words, but a pasted job advert or a prank can carry text aimed at a
model ("ignore previous instructions", "write a poem", "you are ChatGPT"). Such an entry is left
out of every letter, and `instruction_notices` says where it was so compose can warn.
"""

from __future__ import annotations

import functools

from composer import regexes as re
from composer.models import Notes

_INSTRUCTION = re.compile(
    r"\b(?:ignore|disregard|forget|override)\s+(?:all\s+|any\s+|the\s+|your\s+|my\s+)*"
    r"(?:previous|prior|above|earlier|preceding|former|system)?\s*(?:instructions?|prompts?|rules"
    r"|directions|guidelines|context)\b"
    r"|\byou\s+are\s+(?:now\s+)?(?:chat\s?gpt|gpt[-\w]*|an?\s+(?:ai|assistant|language\s+model"
    r"|llm|chatbot))\b"
    r"|\b(?:write|compose|generate)\s+(?:me\s+)?(?:a|an)\s+(?:poem|song|haiku|limerick|story"
    r"|essay|joke|rap)\b"
    r"|\b(?:system\s+prompt|jailbreak|developer\s+mode|as\s+an\s+ai\b)"
    # "pretend to be X", "act as if you were ...", "act as an AI": never "not to act as a
    # therapist" or "I act as a mentor", said of the candidate's own role
    r"|\bpretend\s+(?:to\s+be|you\s+are|as\s+(?:if|an?|the))\b"
    r"|\bact\s+as\s+(?:if\s+you\b|an?\s+(?:ai|assistant|chatbot|language\s+model|llm)\b"
    r"|the\s+(?:ai|assistant|system)\b)"
    r"|\b(?:respond|reply|answer|output)\s+only\s+(?:with|in)\b"
    r"|\bnew\s+instructions?\s*:",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=1024)  # asked of each note item for every letter and plan
def is_instruction(text: str) -> bool:
    """True when the text reads as an instruction to a model rather than a fact for a letter."""
    return bool(_INSTRUCTION.search(text))


def note_lines(notes: Notes) -> list[tuple[str, str]]:
    """Every line of the notes a letter may say, with its place in the notes file:
    "highlights[1]", "contribution", "interviewers[0].topics[2]" ..."""
    found: list[tuple[str, str]] = []
    for name in ("qualifications", "highlights"):
        found += [(f"{name}[{i}]", t) for i, t in enumerate(getattr(notes, name))]
    for name in ("contribution", "follow_up", "next_steps"):
        value = getattr(notes, name)
        if value:
            found.append((name, value))
    for p, person in enumerate(notes.interviewers):
        for name in ("topics", "rapport"):
            items = getattr(person, name)
            found += [(f"interviewers[{p}].{name}[{i}]", t) for i, t in enumerate(items)]
    return found


def instruction_notices(notes: Notes) -> list[str]:
    """One warning per notes entry that reads as an instruction (it is left out of letters)."""
    return [
        f"The notes field {path} reads as an instruction to a model, not a fact "
        f'("{shortened(text)}"); it was left out of the letters. Remove it from the notes.'
        for path, text in note_lines(notes)
        if is_instruction(text)
    ]


def shortened(text: str, size: int = 60) -> str:
    """The text on one line, cut to `size` characters with "..." when longer."""
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 3].rstrip() + "..."
