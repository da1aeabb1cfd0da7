"""Boilerplate and panel spread of the offline composer over the candidate corpus.

Run: .venv/bin/python benchmarks/boilerplate.py [--corpus DIR] [--dump DIR [--force]]
     [--no-proofread]

Every notes file in tests/corpus/candidates/ (one file = one candidate) is composed offline in
every tone (warm, formal, concise) and every channel (email, letter); the tone and channel of the
file are overridden with `notes.model_copy(update=...)`. Only the public API is used.

Boilerplate share (target <= 4%):
- Each letter's body is split into sentences (after . ! or ?, not after an abbreviation such as
  "Mr.", a single letter as in "Castro v. Meridian", or initials such as "J.D.").
- The body is what lies between the greeting and the sign-off: the "Subject:" line, a printed
  letter's letterhead block (sender, date, recipient), the greeting line ("Dear ...,",
  "Hello ...,") and the sign-off block (a short closing line ending in a comma that opens a
  paragraph, such as "Sincerely,", with the name and details under it) are left out: they are
  alike in every letter by design and say nothing of the candidate.
- A sentence's wording is its words, lower-cased, with every word that occurs anywhere in that
  candidate's notes (every text field, tone and channel excepted) replaced by "_".
- Only sentences of 5 or more words count.
- share = counted sentences whose wording occurs in letters for 3 or more different candidates,
  divided by all counted sentences (each sentence of each letter counts once).
  A sentence whose every word is masked is the candidate's own, never a shared frame: it never
  recurs.

Panel spread (target <= 1/3): for each notes file with two or more interviewers and three or more
qualification/highlight items, the share of those items that appear in every panellist's letter.
An item "appears" in a letter when at least 60% (rounded up) of its content words do; content
words are its words of 3 or more characters (or with a digit) that are not common function words,
and a word matches when its crude stem (lower-cased, a plural or -ing/-ed ending dropped) is
among the body's stems. The figure per file is its worst tone and channel. Also printed: how
many times an item is said again in another letter of the same panel (three of four: 2).

Also printed: the letters that break an error rule (each letter's report from compose) and, when
the optional proofreader is installed, the proofreading findings (grouped by message). Runs in
about a second without the proofreader (--no-proofread) and about ten seconds with it.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from composer.models import text_values

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus" / "candidates"
TONES = ("warm", "formal", "concise")
CHANNELS = ("email", "letter")
MIN_WORDS = 5
MIN_CANDIDATES = 3
BOILERPLATE_TARGET = 0.04
PANEL_TARGET = 1 / 3
MATCH_SHARE = 0.6
MASK = "_"

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# A full stop after these does not end a sentence.
_ABBREVIATION_WORDS = "mr mrs ms dr prof st sr jr no vs etc co ltd inc approx dept univ sq ft ch"
_ABBREVIATIONS = frozenset(_ABBREVIATION_WORDS.split())
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9À-Ý])")
_GREETING = re.compile(r"^(dear|hello|hi|good (morning|afternoon|evening)|to)\b.*[,:]$", re.I)
_FUNCTION_WORDS = """
    a an the and or but of in on at to for with by from as into onto over under about after before
    than then that this these those it its is are was were be been being am has have had do does
    did can could will would shall should may might must i me my we our us you your he him his she
    her they them their who whom which what when where why how not no yes so very also just all
    any each every some more most much many other such own same too only up out off per via yrs yr
    w"""
_STOPWORDS = frozenset(_FUNCTION_WORDS.split())
_LINE = re.compile(r"\bline \d+: ")  # a finding's line number, left out to group findings


# ---- letters: body and sentences ---------------------------------------------------------------


def body_of(text: str) -> str:
    """The body of a letter: after the greeting line, before the sign-off block.

    Without a greeting line, everything after a leading "Subject:" line; without a sign-off
    line (a short line ending in a comma that opens a paragraph), up to the end.
    """
    lines = text.strip().splitlines()
    if lines and lines[0].lower().startswith("subject:"):
        lines = lines[1:]
    start = 0
    for index, line in enumerate(lines):
        if _GREETING.match(line.strip()) and len(line.split()) <= 8:
            start = index + 1
            break
    end = len(lines)
    for index in range(len(lines) - 1, start, -1):
        line = lines[index].strip()
        after_blank = not lines[index - 1].strip()
        if after_blank and line.endswith(",") and 0 < len(line.split()) <= 4:
            end = index
            break
    return "\n".join(lines[start:end]).strip()


def sentences(body: str) -> list[str]:
    """The sentences of a body: paragraphs split after . ! or ? before a capital or a digit."""
    result: list[str] = []
    for paragraph in re.split(r"\n\s*\n", body):
        flat = " ".join(paragraph.split())
        if not flat:
            continue
        pieces = _SENTENCE_END.split(flat)
        current = ""
        for piece in pieces:
            current = f"{current} {piece}".strip() if current else piece
            last = current.rsplit(None, 1)[-1].rstrip(".!?\"'”’)").lower()
            if current.endswith(".") and (last in _ABBREVIATIONS or len(last) == 1 or "." in last):
                continue  # "Mr. Okafor", "Castro v. Meridian", "J.D. Fordham": one sentence
            result.append(current)
            current = ""
        if current:
            result.append(current)
    return result


def words(text: str) -> list[str]:
    """The words of a text, lower-cased ("it's" is one word, "research-led" two)."""
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def notes_words(notes: Any) -> frozenset[str]:
    """Every word that occurs in a candidate's notes (tone and channel excepted)."""
    data = notes.model_dump(mode="json") if hasattr(notes, "model_dump") else dict(notes)
    data = {k: v for k, v in data.items() if k not in ("tone", "channel")}
    return frozenset(w for text in text_values(data) for w in words(text))


def wording(sentence: str, masked: frozenset[str]) -> tuple[str, ...]:
    """A sentence's words, lower-cased, with every word of the candidate's notes masked."""
    return tuple(MASK if w in masked else w for w in words(sentence))


# ---- the boilerplate share ---------------------------------------------------------------------


@dataclass(frozen=True)
class Boilerplate:
    counted: int
    recurring: int
    # wording -> number of different candidates whose letters use it (only the recurring ones)
    top: list[tuple[str, int]]

    @property
    def share(self) -> float:
        return self.recurring / self.counted if self.counted else 0.0


def boilerplate(
    letters: Iterable[tuple[str, str]],
    masks: dict[str, frozenset[str]],
    *,
    min_words: int = MIN_WORDS,
    min_candidates: int = MIN_CANDIDATES,
) -> Boilerplate:
    """The boilerplate share of (candidate, body) letters; `masks` gives each candidate's words."""
    counted: list[tuple[str, tuple[str, ...]]] = []
    for candidate, body in letters:
        for sentence in sentences(body):
            key = wording(sentence, masks.get(candidate, frozenset()))
            if len(key) >= min_words:
                counted.append((candidate, key))
    users: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for candidate, key in counted:
        users[key].add(candidate)
    for key in [key for key in users if set(key) == {MASK}]:
        # every word the candidate's own ("I argued and won a motion to dismiss in SDNY."):
        # no frame of the writer's in it, so no stock sentence, whoever else's masks alike
        del users[key]
    recurring = sum(1 for _, key in counted if len(users.get(key, ())) >= min_candidates)
    top = sorted(
        ((" ".join(key), len(who)) for key, who in users.items() if len(who) >= min_candidates),
        key=lambda pair: (-pair[1], pair[0]),
    )
    return Boilerplate(counted=len(counted), recurring=recurring, top=top)


# ---- the panel spread --------------------------------------------------------------------------


def stem(word: str) -> str:
    """A crude stem: "nurses" and "nurse", "designed" and "designing" meet."""
    word = word.lower()
    for ending in ("ing", "ed", "es", "s"):
        if len(word) > len(ending) + 3 and word.endswith(ending):
            return word[: -len(ending)]
    return word


def content_stems(item: str) -> list[str]:
    """The stems of an item's content words (3+ letters or with a digit, not a function word)."""
    kept = [
        w
        for w in words(item)
        if w not in _STOPWORDS and (len(w) >= 3 or any(c.isdigit() for c in w))
    ]
    return list(dict.fromkeys(stem(w) for w in kept))


def appears(item: str, body: str) -> bool:
    """True when at least 60% (rounded up) of the item's content words are in the body."""
    wanted = content_stems(item)
    if not wanted:
        return False
    have = {stem(w) for w in words(body)}
    found = sum(1 for s in wanted if s in have)
    return found >= math.ceil(MATCH_SHARE * len(wanted))


def panel_spread(items: Sequence[str], bodies: Sequence[str]) -> float:
    """The share of `items` that appear in every one of `bodies` (one body per panellist)."""
    if not items:
        return 0.0
    everywhere = sum(1 for item in items if all(appears(item, body) for body in bodies))
    return everywhere / len(items)


def panel_repeats(items: Sequence[str], bodies: Sequence[str]) -> int:
    """How many times an item of `items` is said again in another panellist's letter: an item
    in three of four letters counts 2."""
    return sum(max(0, sum(appears(item, body) for body in bodies) - 1) for item in items)


# ---- running the corpus ------------------------------------------------------------------------


def _safe_name(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="folder of notes files")
    parser.add_argument("--dump", type=Path, help="write every letter to a text file here")
    parser.add_argument("--force", action="store_true", help="overwrite letters already in --dump")
    parser.add_argument("--no-proofread", action="store_true", help="skip the proofreader")
    args = parser.parse_args(argv)

    from composer import InputError, NotesError, check_letter, compose, load_notes

    started = time.perf_counter()
    files = sorted(args.corpus.glob("*.json"))
    if not files:
        print(f"error: no notes files (*.json) in {args.corpus}", file=sys.stderr)
        return 2
    if args.dump:
        if args.dump.is_dir() and any(args.dump.glob("*.txt")) and not args.force:
            print(
                f"error: {args.dump} already holds letters (*.txt); "
                "choose an empty folder or add --force to overwrite them",
                file=sys.stderr,
            )
            return 2
        args.dump.mkdir(parents=True, exist_ok=True)

    proofread = not args.no_proofread
    bodies: list[tuple[str, str]] = []
    masks: dict[str, frozenset[str]] = {}
    spreads: dict[str, float] = {}
    repeats = 0  # items said again in another letter of the same panel, over all panels
    letters = failing = proof_letters = proof_findings = 0
    proof_messages: Counter[str] = Counter()
    for path in files:
        candidate = path.stem
        try:
            notes = load_notes(path)
        except NotesError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        masks[candidate] = notes_words(notes)
        items = [*notes.qualifications, *notes.highlights]
        is_panel = len(notes.interviewers) >= 2 and len(items) >= 3
        for tone in TONES:
            for channel in CHANNELS:
                variant = notes.model_copy(update={"tone": tone, "channel": channel})
                written = compose(variant)
                for letter in written:
                    letters += 1
                    body = body_of(letter.text)
                    bodies.append((candidate, body))
                    if letter.report.errors:
                        failing += 1
                        print(f"ERROR RULE {candidate} {tone}/{channel} to {letter.to}:")
                        for v in letter.report.errors:
                            print(f"    [{v.rule}] {v.message}")
                    if proofread:
                        try:
                            report = check_letter(
                                letter.text, variant, to=letter.to, proofread=True
                            )
                        except InputError:
                            proofread = False  # the optional proofreader is not installed
                        else:
                            found = [v for v in report.violations if v.rule == "proofread"]
                            proof_letters += bool(found)
                            proof_findings += len(found)
                            proof_messages.update(_LINE.sub("", v.message) for v in found)
                    if args.dump:
                        name = f"{candidate}.{tone}.{channel}.{_safe_name(letter.to)}.txt"
                        (args.dump / name).write_text(letter.text + "\n", encoding="utf-8")
                if is_panel:
                    panel = [body_of(letter.text) for letter in written]
                    spread = panel_spread(items, panel)
                    spreads[candidate] = max(spreads.get(candidate, 0.0), spread)
                    repeats += panel_repeats(items, panel)

    result = boilerplate(bodies, masks)
    elapsed = time.perf_counter() - started
    variants = f"{len(TONES)} tones x {len(CHANNELS)} channels"
    print(f"{len(files)} candidates, {letters} letters ({variants})")
    print()
    verdict = "meets" if result.share <= BOILERPLATE_TARGET else "misses"
    print(
        f"boilerplate share: {result.share:.1%} ({result.recurring} of {result.counted} sentences "
        f"of {MIN_WORDS}+ words recur for {MIN_CANDIDATES}+ candidates; {verdict} the target "
        f"<= {BOILERPLATE_TARGET:.0%})"
    )
    for text, count in result.top[:15]:
        print(f"  {count:3d} candidates  {text}")
    print()
    print("panel spread (share of qualification/highlight items in every panellist's letter, worst")
    print("tone and channel):")
    for candidate, spread in sorted(spreads.items()):
        print(f"  {spread:5.0%}  {candidate}")
    worst = max(spreads.values(), default=0.0)
    verdict = "meets" if worst <= PANEL_TARGET + 1e-9 else "misses"
    print(f"  max {worst:.0%} ({verdict} the target <= 1/3)")
    print(
        f"  items said again in another letter of the same panel: {repeats} (all tones, channels)"
    )
    print()
    print(f"letters breaking an error rule: {failing} of {letters}")
    if proofread:
        print(f"proofreading: {proof_findings} findings in {proof_letters} of {letters} letters")
        for message, count in proof_messages.most_common(8):
            print(f"  {count:3d}x  {message}")
    else:
        print("proofreading: skipped (the optional proofreader is not installed or --no-proofread)")
    print(f"({elapsed:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
