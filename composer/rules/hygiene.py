"""Rules on what must not be in a letter: template leftovers, machine chatter, a needy tone.

The `*_spans` functions find the offending pieces; `grounding` uses them too, so that a placeholder
or a shouted word is reported once, by the rule it breaks.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from composer import regexes as re
from composer.rules.context import Context, PromptPhrases, finding, shorten
from composer.rules.report import Violation
from composer.rules.text import ParsedLetter, Span

_FLAGS = re.IGNORECASE | re.MULTILINE


def _patterns(*pairs: tuple[str, str]) -> tuple[tuple[tuple[str, ...], re.Pattern[str]], ...]:
    """(trigger words, regex) pairs: a regex runs only when the text holds one of its triggers.

    One big alternation is slow in Python's re (it tries every branch at every position);
    a substring test first keeps a clean letter cheap.
    """
    return tuple((tuple(t.split("|")), re.compile(r, _FLAGS)) for t, r in pairs)


_PLACEHOLDERS = _patterns(
    ("[", r"\[[^\]\n]{0,60}\](?!\()"),  # [Company Name]; a Markdown link is `leak`'s business
    ("{", r"\{\{?[^}\n]{0,60}\}\}?"),  # {name} or {{name}}
    ("<", r"<(?![\w.+\-]+@)(?!https?:)[^<>\n@]{1,60}>"),  # <Interviewer>, not <me@example.com>
    (
        "name|title",
        r"\b(?:your|my|candidate|company|interviewer|hiring\s+manager|recipient|job|position)"
        r"(?:'s)?\s+(?:full\s+)?(?:name|title)\b",
    ),
    ("xxx|tbd|tbc|lorem|___|insert", r"\bX{3,}\b|\bTBD\b|\bTBC\b|\blorem\s+ipsum\b|_{3,}"),
    ("insert", r"\binsert\s+(?:here|name|date)\b"),
)
_LEAKS = _patterns(
    (
        "sure|certainly|of course|absolutely|okay",
        r"^[ \t]*(?:sure|certainly|of course|absolutely|okay)[ \t]*[!.,:]?[ \t]*(?:$|here\b|"
        r"below\b|i(?:'ve| have) (?:written|drafted|revised|updated|made)\b)",
    ),
    (
        "here",
        r"^[ \t]*here(?:'s| is| are)\b.{0,60}\b(?:letter|email|e-mail|draft|note|version|message)"
        r"\b.{0,30}$",
    ),
    (
        "an ai|ai model|ai language|language model",  # exactly what the pattern needs
        r"\bas an ai\b|\bai (?:language )?model\b|\blanguage model\b|\bi(?:'m| am) an ai\b",
    ),
    ("hope this", r"\bi hope this (?:helps|draft|letter|email)\b"),
    ("let me know", r"\blet me know if you(?:'d| would)? (?:like|want|need)\b"),
    ("feel free", r"\bfeel free to (?:adjust|edit|customi[sz]e|tweak|modify|change)\b"),
    ("draft|template", r"\b(?:this|the above|the following) (?:draft|template)\b"),
    # "Here is the revised version", never "my revised version of the 'ukukhanya' entry" (a
    # thing of the candidate's own work, sent as promised)
    (
        "word count|revised|updated",
        r"\b(?:word count|revised version(?! of (?!(?:the|this|my|your|a) (?:letter|draft|e-?mail"
        r"|message|note|reply)\b))|updated draft)\b",
    ),
    (
        "prompt",
        # "the PROMPT course" (obstetric emergencies training) is an acronym, not a prompt
        r"\b(?:system|user) (?-i:[Pp]rompt)\b|\b(?:the|your|this|my) (?-i:[Pp]rompt)\b"
        r"(?!\s+(?:reply|response|"
        r"answer|attention|feedback|follow"
        # "my prompt score", "the prompt box" (an opera prompter's, round 56, h1499)
        r"|score|scores|book|books|box|boxes|desk|corner|copy|side|script|scripts))",
    ),
    (
        "instruct",
        r"\b(?:your|these|the above) instructions\b|\bthe instructions (?:you|above|given)\b"
        r"|\bas instructed\b",
    ),
    ("note|p.s", r"^[ \t]*(?:note|notes|p\.?s\. to user)[ \t]*:"),
    # Text that addresses a machine is never letter text, even when it came from the notes:
    # orders to drop instructions, words to an assistant or model, chat role markers, prompt
    # headings.
    (
        "ignore|disregard|forget|override",
        r"\b(?:ignore|disregard|forget|override)\s+(?:(?:all|any|the|your|my)\s+)*"
        r"(?:(?:previous|prior|above|earlier|preceding|other|system|original)\s+)+"
        r"(?:instructions?|prompts?|rules|directions|guidelines|messages?)\b"
        r"|\b(?:ignore|disregard|forget)\s+(?:all|your|my)\s+(?:instructions|prompts?)\b",
    ),
    (
        "assistant|chatgpt|chatbot|language model|llm|ai,|ai:|model,|model:|an ai|a ai",
        r"\byou\s+are\s+(?:now\s+)?(?:an?\s+|my\s+)?(?:helpful\s+|friendly\s+)?"
        r"(?:ai|assistant|chatbot|language\s+model|llm)\b"
        r"|^[ \t]*(?:dear\s+|hey\s+|hi\s+)?(?:assistant|chatgpt|ai|model|llm)[ \t]*[,:]",
    ),
    (
        "act as a|pretend you|with json|in json|with markdown|in markdown|output only"
        "|new instruction|from now on",
        r"\b(?:act\s+as\s+(?:an?\s+)?(?:ai|assistant|model|chatbot)|pretend\s+you\s+are"
        r"|(?:respond|reply|answer)\s+(?:only\s+)?(?:with|in)\s+(?:json|markdown)"
        r"|output\s+only|new\s+instructions?|from\s+now\s+on,?\s+you)\b",
    ),
    (
        "system:|assistant:|user:|human:|ai:|system :|[inst|[/inst|<<|<",
        r"^[ \t]*(?:system|assistant|user|human|ai)[ \t]*:"
        r"|\[/?INST\]|<<\s*/?SYS\s*>>|<\|[a-z_]+\|>",
    ),
    (
        "instruction:|instructions:|output:|output format|task:|rules:|guidelines:"
        "|constraints:|persona:|prompt:|context:",
        r"^[ \t]*(?:instructions?|output(?:\s+format)?|task|rules|guidelines|constraints|persona"
        r"|prompt|context)[ \t]*:",
    ),
    ("#", r"^[ \t]*#{1,6}[ \t]"),
    ("**|__|```", r"\*\*[^*\n]+\*\*|__[^_\n]+__|^[ \t]*```"),
    ("](", r"\[[^\]\n]+\]\([^)\n]*\)"),
)


def _find(
    patterns: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...], text: str
) -> list[re.Match[str]]:
    lowered = text.lower()
    found: list[re.Match[str]] = []
    for triggers, regex in patterns:
        for trigger in triggers:
            if trigger in lowered:
                found.extend(regex.finditer(text))
                break
    found.sort(key=lambda match: match.start())
    return found


# Each pattern only where its own words are: most letters speak of "the chance to ..." or of
# "considering" something, and one alternation of every needy phrase is slow to run. Phrases
# that can share words ("I desperately need this job", "I need this job; this job means
# everything", "I am begging you") stay in one pattern, so that one stretch is one finding.
_NEEDY = _patterns(
    (
        "need|desperat|everything",
        r"\b(?:i\s+(?:really\s+|truly\s+|desperately\s+)?need\s+this\s+(?:job|role|position)"
        r"|i(?:'m| am)\s+(?:so\s+)?desperate|desperately|this\s+job\s+means\s+everything)",
    ),
    ("please", r"\bplease,?\s+(?:please,?\s+)?(?:hire|pick|choose|consider)\s+me"),
    ("beg", r"\b(?:i\s+beg\b|i(?:'m| am)\s+begging|begging\s+you)"),
    ("anything", r"\bi(?:'ll| will| would)\s+do\s+anything"),
    ("chance", r"\bgive\s+me\s+a\s+chance"),
    ("afford", r"\bi\s+can(?:'t|not)\s+afford\s+to\s+(?:lose|miss)"),
)
_TEXTSPEAK_WORDS = """
    ur thx thnx pls plz lol omg btw gonna wanna gotta tysm tbh imo idk cya ttyl kk ty b4 l8r gr8
    xoxo lmk
"""
TEXTSPEAK = frozenset(_TEXTSPEAK_WORDS.split())
_TEXTSPEAK_RE = re.compile(
    r"(?<![\w'])(?:" + "|".join(sorted(TEXTSPEAK, key=len, reverse=True)) + r")(?![\w'])",
    re.IGNORECASE,
)
_TEXTSPEAK_LETTER_RE = re.compile(r"(?<![\w'.&/-])[urk](?![\w'.&/-])")
_EMOJI_RE = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\u2b50\u2b55\u2764\ufe0f]")
_EMOTICON_RE = re.compile(r"(?<!\w)(?::-?[)(DPp]|;-?\)|<3|xD)(?!\w)")
_CAPITALS_RE = re.compile(r"[A-Z]{2}")
_SHOUT_RE = re.compile(
    r"\b[A-Z]{2,}(?:[ \t]+[A-Z]{2,})+\b"  # two capital words in a row: "SO EXCITED"
    r"|\b[A-Z]{6,}\b"  # one long one: "REALLY"
)


def _placeholder_spans(text: str) -> list[Span]:
    found: list[Span] = []
    for match in _find(_PLACEHOLDERS, text):
        piece = match.group()
        if found and match.start() < found[-1].end:
            continue  # "Company Name" inside "[Company Name]": one finding
        last = piece.split()[-1]
        if last.casefold() in {"name", "title"} and last[0].islower():
            continue  # "your name came up" is prose; the template form is "Your Name"
        found.append(Span(match.start(), piece))
    return found


def placeholder_spans(letter: ParsedLetter) -> list[Span]:
    """Template leftovers: [Brackets], {braces}, <angles>, "Your Name", XXX, TBD, lorem ipsum."""
    return letter.memo("placeholders", lambda: _not_leaks(letter, _placeholder_spans(letter.text)))


def _not_leaks(letter: ParsedLetter, spans: list[Span]) -> list[Span]:
    """`spans` without those inside a leak: "[INST]" is a chat marker, not a template gap."""
    leaks = leak_spans(letter)
    if not leaks:
        return spans
    return [s for s in spans if not any(x.start <= s.start < x.end for x in leaks)]


def leak_spans(letter: ParsedLetter) -> list[Span]:
    """Text that is not part of the letter: preambles, notes about the draft, Markdown."""
    return letter.memo(
        "leaks",
        lambda: [
            Span(m.start(), m.group()) for m in _find(_LEAKS, letter.text) if m.group().strip()
        ],
    )


def is_leak_line(line: str) -> bool:
    """True when the whole line or part of it is machine chatter rather than letter."""
    return bool(_find(_LEAKS, line))


def _shout_spans(text: str, known: frozenset[str]) -> list[Span]:
    found: list[Span] = []
    if not _CAPITALS_RE.search(text):
        return found
    for match in _SHOUT_RE.finditer(text):
        words = match.group().split()
        if all(word in known for word in words):
            continue
        found.append(Span(match.start(), match.group()))
    return found


def shout_spans(letter: ParsedLetter, known: frozenset[str]) -> list[Span]:
    """Words in capitals that are not written so in the `known` words ("I am SO EXCITED")."""
    return letter.memo(("shout", known), lambda: _shout_spans(letter.text, known))


def _textspeak_spans(letter: ParsedLetter) -> list[Span]:
    text = letter.text
    found: list[Span] = []
    words = {word for _, word in letter.word_spans}
    if not TEXTSPEAK.isdisjoint(map(str.lower, words)):
        found += [Span(m.start(), m.group()) for m in _TEXTSPEAK_RE.finditer(text)]
    if words & {"u", "r", "k"}:
        found += [
            Span(m.start(), m.group())
            for m in _TEXTSPEAK_LETTER_RE.finditer(text)
            if text[m.start() - 1 : m.end() + 1] != f"({m.group()})"  # "510(k)", "501(c)"
        ]
    if not text.isascii():
        found += [Span(m.start(), m.group()) for m in _EMOJI_RE.finditer(text)]
    if ":" in text or ";" in text or "<3" in text:
        found += [Span(m.start(), m.group()) for m in _EMOTICON_RE.finditer(text)]
    return sorted(found)


def textspeak_spans(letter: ParsedLetter) -> list[Span]:
    """Chat abbreviations ("thx", "u", "gonna") and emoji or emoticons."""
    return letter.memo("textspeak", lambda: _textspeak_spans(letter))


def placeholders(letter: ParsedLetter, ctx: Context) -> list[Violation]:
    """No template leftovers."""
    return [
        finding(
            "placeholders",
            f'line {letter.line_at(span.start)}: "{shorten(span.text, 50)}" is a template '
            "placeholder; replace it with the real detail from the notes or remove it.",
            fix=f'Replace the placeholder "{span.text}" with the real text from the notes.',
            quote=span.text,
        )
        for span in placeholder_spans(letter)
    ]


MIN_PROMPT_WORDS = 8  # shorter stretches ("open to other roles at the company") are any letter's
_QUOTED = re.compile(r'"[^"\n]*"|\u201c[^\u201d\n]*\u201d')  # examples of what a letter may say
_PLACEHOLDER = re.compile(r"\{\{.*?\}\}", re.DOTALL)
_MARKUP_LINE = re.compile(r"(?m)^[ \t]*(?:#{1,6}|[-*+]|\d+[.)])[ \t]+")
_SENTENCE_END = re.compile(r"(?<=[.!?:;])\s+|\n[ \t]*\n|\(|\)")
_PHRASE_WORD = re.compile(r"[^\W_]+")


@functools.lru_cache(maxsize=16)
def prompt_phrases(texts: Sequence[str]) -> PromptPhrases:
    """The sentences of the prompt templates `texts` (system, request, re-ask) a letter must
    never carry, as lower-case word tuples: each stretch between placeholders, quoted examples,
    headings, list bullets and sentence ends that has at least MIN_PROMPT_WORDS words."""
    found: set[tuple[str, ...]] = set()
    for text in texts:
        literal = _QUOTED.sub("\n\n", _PLACEHOLDER.sub("\n\n", text))
        literal = _MARKUP_LINE.sub("\n\n", literal)
        for sentence in _SENTENCE_END.split(literal):
            words = tuple(w.casefold() for w in _PHRASE_WORD.findall(sentence))
            if len(words) >= MIN_PROMPT_WORDS:
                found.add(words)
    return frozenset(found)


@functools.lru_cache(maxsize=16)
def _by_first_word(phrases: PromptPhrases) -> dict[str, list[tuple[str, ...]]]:
    """The `phrases`, by their first word."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        index.setdefault(phrase[0], []).append(phrase)
    return index


def prompt_spans(letter: ParsedLetter, phrases: PromptPhrases) -> list[Span]:
    """Where the letter repeats a sentence of the prompts, word for word (case and punctuation
    aside, across line breaks)."""
    if not phrases:
        return []
    # Every letter is read for this, and nearly none repeats a prompt: the words are found as
    # strings, and their offsets only for a sentence that is repeated.
    folded = list(map(str.casefold, _PHRASE_WORD.findall(letter.text)))
    first = _by_first_word(phrases)
    found: list[Span] = []
    words: list[re.Match[str]] = []
    for index, word in enumerate(folded):
        for phrase in first.get(word, ()):
            if tuple(folded[index : index + len(phrase)]) == phrase:
                words = words or list(_PHRASE_WORD.finditer(letter.text))
                start, end = words[index].start(), words[index + len(phrase) - 1].end()
                found.append(Span(start, letter.text[start:end]))
    return sorted(found, key=lambda span: span.start)


def leak(letter: ParsedLetter, ctx: Context) -> list[Violation]:
    """No text that is not the letter itself."""
    problems = []
    seen: set[int] = set()
    for span in prompt_spans(letter, ctx.prompt_phrases):
        number = letter.line_at(span.start)
        if number in seen:
            continue
        seen.add(number)
        quote = shorten(span.text, 90)
        problems.append(
            finding(
                "leak",
                f'line {number}: "{quote}" is a sentence of the instructions given to the '
                "model, not part of a letter. Delete it.",
                fix=f'Remove "{shorten(span.text, 60)}"; never repeat the instructions.',
                quote=quote,
            )
        )
    for span in leak_spans(letter):
        number = letter.line_at(span.start)
        if number in seen:
            continue
        seen.add(number)
        line = letter.lines[number - 1].text.strip()
        quote = line if len(line) <= 90 else span.text.strip()
        problems.append(
            finding(
                "leak",
                f'line {number}: "{shorten(quote, 90)}" is not part of a letter (an assistant\'s '
                "remark, a note about the draft, words addressed to a machine, or Markdown). "
                "Delete it, even if the notes hold it; the letter is plain text, greeting to "
                "signature.",
                fix=f'Remove "{shorten(quote, 60)}"; output only the letter, as plain text.',
                quote=quote,
            )
        )
    return problems


def tone(letter: ParsedLetter, ctx: Context) -> list[Violation]:
    """At most one "!", nothing needy, no shouting, emoji or text-speak."""
    problems = []
    text = letter.text
    marks = text.count("!")
    if marks > 1:
        first = text.index("!")
        problems.append(
            _tone(
                f"{marks} exclamation marks (first on line {letter.line_at(first)}); keep at most "
                "one and let the words carry the enthusiasm.",
                "Use at most one exclamation mark.",
                "!",
            )
        )
    for match in _find(_NEEDY, text):
        problems.append(
            _tone(
                f'line {letter.line_at(match.start())}: "{match.group()}" sounds needy; state '
                "your interest calmly and confidently instead.",
                f'Remove the needy phrase "{match.group()}"; show interest calmly.',
                match.group(),
            )
        )
    for span in shout_spans(letter, ctx.facts.exact_words):
        problems.append(
            _tone(
                f'line {letter.line_at(span.start)}: "{span.text}" is written in capitals, which '
                "reads as shouting; use normal case.",
                f'Write "{span.text}" in normal case.',
                span.text,
            )
        )
    for span in textspeak_spans(letter):
        problems.append(
            _tone(
                f'line {letter.line_at(span.start)}: "{span.text}" is chat shorthand or an emoji; '
                "write in full words for a professional letter.",
                f'Replace "{span.text}" with full words.',
                span.text,
            )
        )
    return problems


def _tone(message: str, fix: str, quote: str) -> Violation:
    return finding("tone", message, fix=fix, quote=quote, severity="warning")
