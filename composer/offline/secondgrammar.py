"""Second-language grammar a letter cannot carry (session 65): the slips `secondlanguage` does
not mend, known by word orders English never uses, whatever the words are.

    second_grammar("I explained the colour code, I label everything before to start.")
    # "'before to start': a preposition before 'to' and a verb"

1. "before", "after", "without" or "for" before "to" and a verb ("I label everything before to
   start"): English says "before starting".
2. An adjective of judgement, then the thing judged ("is very important the cleaning"): English
   puts the subject first ("cleaning is very important").
3. "if no" and a verb, then a new clause ("if no clean the splice is bad").
4. "no ones" before a noun ("no ones customer complaint"); a preposition before a word that is
   only a verb ("for grow production", "without lose the quality").
5. "he", "she" or "it" with a verb in its plain form and no helper before ("she say the club
   sponsors"), "have" before a past form that is no participle ("I have did"), and "be"
   before a verb's plain form ("one guitar of mine is play every night").
7. "most" before a short adjective that takes -est ("the most far communities").
6. Two clauses with their own subjects joined by a comma alone, after a clause that is the
   sentence's own ("I explained the colour code, tray by tray, I label everything"): a comma
   splice. A clause that opens on "when", "if", "as" and the like is no main clause ("When you
   asked, I explained"); "I think", "I hope" set off by commas are asides.
"""

from __future__ import annotations

from collections.abc import Callable

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.secondwords import KIN_NOUNS

_TO_VERB = re.compile(r"\b(?P<prep>before|after|without|for) to (?P<verb>[a-z]+)\b", re.I)
_JUDGED = "important|necessary|essential|difficult|hard|easy|possible|impossible|normal|dangerous"
_JUDGED_FIRST = re.compile(
    rf"\b(?:is|was) (?:very |so |really |more |most |also )?(?P<adj>{_JUDGED}) the \w+", re.I
)
_IF_NO = re.compile(
    r"\bif no (?P<verb>[a-z]+) (?:the|a|an|it|you|we|I|they|he|she|my|our|your)\b", re.I
)
_NO_ONES = re.compile(r"\bno ones \w+", re.I)
# A preposition before a verb that is nothing else: "for grow production", "without lose".
_PREP_VERB = re.compile(r"\b(?:for|without|before|after) (?P<verb>[a-z]+)\b")
_ALSO_DESCRIBE = frozenset(("complete",))  # "the need for complete batch data": an adjective
_THIRD_PLAIN = re.compile(
    r"(?<![\w'’])(?P<before>\w+['’]?\w* )?(?P<subject>[Hh]e|[Ss]he|[Ii]t) (?P<verb>[a-z]+)\b"
)
_HELPERS = frozenset(
    (
        *("do", "does", "did", "will", "would", "can", "could", "should", "shall", "may"),
        *("might", "must", "let", "to", "not", "make", "made", "help", "helped", "watch"),
        *("watched", "saw", "see", "hear", "heard", "'d", "doesn't", "didn't", "won't"),
        *("that",),  # "that he have": a subjunctive, left to the other checks ("if she want" is
        # a slip)
    )
)
# Plain verbs common in notes typed in a second language, said of "he" or "she".
_PLAIN_VERBS = frozenset(
    (
        *("say", "ask", "tell", "want", "need", "have", "do", "go", "know", "think", "like"),
        *("make", "take", "give", "explain", "talk", "work", "call", "send", "answer", "come"),
        *("show", "play", "live", "start", "look", "write", "speak", "use", "run", "help"),
    )
)
# Verbs the tables know only as verbs that describe too: "the other two were complete rebuilds"
# (round 60, h1555), "the files are separate", "the figures were correct".
_ALSO_DESCRIBING = frozenset(
    ["complete", "perfect", "separate", "correct", "clear", "clean", "direct", "free", "open",
     "close", "dry", "empty", "slow", "warm", "cool", "smooth", "total", "level", "even"]
)  # fmt: skip
_BE_PLAIN = re.compile(r"\b(?:is|are|was|were) (?P<verb>[a-z]+)\b")
_HAVE_PAST = re.compile(r"\b(?:I|we|they|you) (?:have|had) (?P<verb>[a-z]+)\b")
_SUBORDINATE = frozenset(
    (
        *("when", "if", "as", "because", "since", "although", "though", "while", "after"),
        *("before", "once", "unless", "whether", "where", "until", "so", "and", "but", "or"),
        *("that", "which", "who", "what", "how", "why", "whenever", "wherever", "then"),
    )
)
_SUBJECTS = frozenset(("I", "we", "We", "he", "He", "she", "She", "they", "They"))
_ASIDES = frozenset(("think", "hope", "believe", "suppose", "mean", "guess", "know", "feel"))


def _plain_verb(found: re.Match[str]) -> bool:
    return lexicon.is_base_verb(found["verb"].lower())


def _only_a_verb(found: re.Match[str]) -> bool:
    """ "for grow", "without lose": a word that is nothing but a verb, in its plain form."""
    verb = found["verb"]
    plain = lexicon.is_base_verb(verb) and not lexicon.is_gerund(verb)
    return plain and verb not in _ALSO_DESCRIBE and set(lexicon.classes(verb)) == {"verb"}


def _plain_after_be(found: re.Match[str]) -> bool:
    """ "is play every night": a verb's plain form after "be" (never "was costed", "is open")."""
    verb = found["verb"]
    if verb.endswith("ed") or lexicon.is_participle(verb) or lexicon.is_gerund(verb):
        return False
    if "adj" in lexicon.classes(verb) or verb in _ALSO_DESCRIBING:
        return False
    return verb in _PLAIN_VERBS or set(lexicon.classes(verb)) == {"verb"}


def _past_only(found: re.Match[str]) -> bool:
    verb = found["verb"]
    return lexicon.is_past(verb) and not lexicon.is_participle(verb) and verb != "got"


def _always(found: re.Match[str]) -> bool:
    return True


# Each slip: its word order, what must hold of the words it finds, and what is wrong.
# "most" before an adjective of one syllable that takes -est: "the most far communities" ("more
# long shifts" may be more of them: only "more far" is a slip).
_MORE_SHORT = re.compile(
    r"(?i)\bmost (?:far|big|small|near|long|short|fast|cheap|old)\b|\bmore far\b"
)
# "I know the mountain around for give advice": "for" and a common verb's plain form before its
# object (the verbs that are nouns too, which `_PREP_VERB` lets pass).
_FOR_DOING = re.compile(
    r"\bfor (?:give|make|help|take|get|show|teach|find|bring|keep|learn|check|train|cook|clean"
    r"|fix|build|run) (?:advice|the|a|an|them|it|him|her|me|us|people|guests|customers|hikers)\b"
)
# "In 2027, I find beryllium-treated batch": a deed of a year gone by, told in the present.
_YEAR_NOW = re.compile(r"\b[Ii]n (?:19|20)\d\d,? I (?P<verb>[a-z]+)\b")


def _plain_deed(found: re.Match[str]) -> bool:
    verb = found["verb"]
    if verb in ("have", "am", "can", "will", "would", "could", "should", "may", "must", "do"):
        return False
    return lexicon.is_base_verb(verb) and not lexicon.is_past(verb)


# "the need fast sample": what is needed after "the need" with no "for" ("the need for ...").
_NEED_BARE = re.compile(r"\bthe need (?P<word>[a-z]+)\b")


def _described(found: re.Match[str]) -> bool:
    word = found["word"]
    if word in ("for", "to", "of", "that", "is", "was", "has", "had", "arose", "arises"):
        return False
    return bool({"adj", "noun"} & set(lexicon.classes(word)))


# "my cousin film it": one person of the candidate's, then a verb in its plain form.
_KIN = "|".join(sorted(KIN_NOUNS))
_KIN_PLAIN = re.compile(rf"\b(?:my|his|her|our) (?:{_KIN}) (?P<verb>[a-z]+) (?:it|them|this|me)\b")
# "The explain how I reduced ...": an article before a word that is only a verb.
_ARTICLE_VERB = re.compile(r"\b(?:[Tt]he|[Aa]n?) (?P<verb>[a-z]+) (?:how|what|why|that|if)\b")
# "keep same tuning quality": "same" with no "the" before it.
_SAME_BARE = re.compile(
    r"\b(?:keep|keeps|kept|with|in|at|of|is|are|was|were|have|has|use|uses|used) same\b"
)


def _kin_plain(found: re.Match[str]) -> bool:
    verb = found["verb"]
    return lexicon.is_base_verb(verb) and not lexicon.is_past(verb) and verb not in ("can", "will")


# "Add to the answer why I come: ...", "Send to you the copy from X": an order to oneself
# opening a sentence, as the notes typed it.
_ORDER_OPENS = re.compile(
    r"^(?:Add|Send|Tell|Mention|Say|Ask|Check|Correct|Fix|Remember|Write)\s+(?:to\s+)?"
    r"(?:the|him|her|them|you|my)\b"
)
# "I do always photo of problem", "before this I am senior pilot": an adverb after its verb, a
# time gone by with the present.
_DO_ALWAYS = re.compile(r"\b(?:I|we|they) (?:do|make|take) (?:always|never|usually|often)\b")
_BEFORE_NOW = re.compile(r"\b[Bb]efore (?:this|that),? I am\b")
# "you very like it": "very" before a verb; "certificate and 2030 renew": a year before "renew".
_VERY_VERB = re.compile(r"\bvery (?:like|likes|liked|love|loves|want|wants|enjoy|enjoys)\b")
_YEAR_RENEW = re.compile(r"\b(?:19|20)\d\d renew\b")
# "I trained of 25 women of the sorting team": "of" between a verb and what it acts on.
_VERB_OF_COUNT = re.compile(r"\b(?:trained|taught|managed|led|supervised|hired|coached) of \d")
# "I have two times I organised ...": a count of times before its clause.
_TIMES_I = re.compile(r"\bI have (?:\w+ )?times I\b")
# "my model of evaporation have error of 8%" (round 54, h1473): one thing of the candidate's,
# then "have" with no -s ("my parents have", "our team have" are English).
_ONE_HAVE = re.compile(
    r"\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]his) (?P<noun>[a-z]+)(?: of (?:the )?[a-z]+)? have "
    r"(?!to\b|been\b|had\b|got\b)"
)


def _one_have(found: re.Match[str]) -> bool:
    return _one_thing(found["noun"])


# "so the night shift not lose time": "not" before a verb with no "do" (round 52, h1441).
_NOT_PLAIN = re.compile(r"\b(?P<before>[a-z]+) not (?P<verb>[a-z]+)\b")
# "I can do lidar processing myself, not need the office" (the dump of every letter, h557)
_COMMA_NOT = re.compile(r",\s+not\s+(?P<verb>need|want|have|know|like|use|go|come|make)\b")
# "I said 'I work too much', is not good answer": "is" with no subject after a comma.
_COMMA_BE = re.compile(
    r"(?<=[\w'’]), (?:is|was) (?:not |also |very )?(?:a |an )?"
    r"(?:good|bad|wrong|right|better|best|enough|true|correct|important|possible)\b"
)
# "and the waste go to the licenced company": one thing, a verb with no -s.
_ONE_PLAIN = re.compile(
    r"\b(?P<before>[a-z]+ )?(?:the|my|our|this|his|her|its) (?P<noun>[a-z]+) "
    r"(?P<verb>[a-z]+) (?=(?:to|the|a|an|it|them|in|on|at|with|from|every|all|more)\b)"
)
# "with now all shift use it": "all" or "every" before one thing and a verb with no -s, and
# "with" before an adverb of time (round 52, h1441).
_ALL_ONE = re.compile(
    r"\b(?:[Aa]ll|[Ee]very|[Ee]ach) (?P<noun>[a-z]+) (?P<verb>[a-z]+) "
    r"(?=(?:it|them|the|this)\b)"
)
_WITH_NOW = re.compile(r"\bwith (?:now|then|today|already)\b")
# Nouns of a group, said with a plain verb in British English ("the team use it").
_GROUPS = frozenset(
    (
        *("staff", "team", "crew", "people", "police", "family", "government", "committee"),
        *("board", "public", "personnel", "cattle", "management", "council", "club", "band"),
    )
)


def _not_plain(found: re.Match[str]) -> bool:
    """ "shift not lose": a noun, then "not" and a word that is only a verb ("and not lose",
    "do not lose", "why not go" are English)."""
    before = found["before"]
    if before in _HELPERS or before in _SUBORDINATE or not lexicon.is_noun(before):
        return False
    if re.search(r"\bthat (?:the|my|our|your) $", found.string[: found.start()]):
        return False  # "I asked that the panel not lose sight of it": a wish, so said
    return _only_a_verb(found)


# Verbs that end no compound noun ("the summer show", "the Sunday run" are things): a plain form
# of these after one thing is a slip.
_ONE_VERBS = frozenset(
    ("go", "come", "want", "need", "say", "know", "think", "take", "give", "explain", "tell")
)


def _all_plain(found: re.Match[str]) -> bool:
    """ "all shift use it": "all" or "every" before one thing, a plain verb and its object."""
    return found["verb"] in _PLAIN_VERBS and _one_thing(found["noun"])


def _one_plain(found: re.Match[str]) -> bool:
    """ "the waste go to": a thing named in the singular and a verb with no -s (never after
    "make", "let", "help", "see": "let the waste go")."""
    before = (found["before"] or "").strip()
    return before not in _HELPERS and found["verb"] in _ONE_VERBS and _one_thing(found["noun"])


def _one_thing(noun: str) -> bool:
    """A noun in the singular that names one thing, not a group ("the team use it")."""
    if noun in _GROUPS:
        return False
    return lexicon.is_noun(noun) and not lexicon.is_plural_noun(noun) and not noun.endswith("s")


_SLIPS: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], bool], str], ...] = (
    (_NOT_PLAIN, _not_plain, "'not' before a verb with no 'do'"),
    (_COMMA_BE, _always, "'is' with no subject after a comma"),
    (_COMMA_NOT, _always, "'not' before a verb with no subject or 'do'"),
    (_ONE_PLAIN, _one_plain, "a verb with no -s after one thing"),
    (_ALL_ONE, _all_plain, "'all' before one thing and its verb"),
    (_WITH_NOW, _always, "'with' before an adverb of time"),
    (_TO_VERB, _plain_verb, "a preposition before 'to' and a verb"),
    (_JUDGED_FIRST, _always, "the thing judged after its adjective"),
    (_IF_NO, _plain_verb, "'if no' before a verb"),
    (_NO_ONES, _always, "'no ones' before a noun"),
    (_PREP_VERB, _only_a_verb, "a preposition before a verb's plain form"),
    (_BE_PLAIN, _plain_after_be, "a form of 'be' before a verb's plain form"),
    (_HAVE_PAST, _past_only, "'have' before a past form"),
    (_MORE_SHORT, _always, "'most' before a short adjective (its -est form is meant)"),
    (_NEED_BARE, _described, "'the need' before what is needed, with no 'for'"),
    (_YEAR_NOW, _plain_deed, "a year gone by with a verb in the present"),
    (_FOR_DOING, _always, "'for' before a verb's plain form ('for giving' is meant)"),
    (_KIN_PLAIN, _kin_plain, "a person's verb with no -s"),
    (_ARTICLE_VERB, _only_a_verb, "an article before a verb"),
    (_SAME_BARE, _always, "'same' with no 'the'"),
    (_ORDER_OPENS, _always, "an order to oneself opens the sentence"),
    (_TIMES_I, _always, "a count of times before its clause"),
    (_DO_ALWAYS, _always, "an adverb after its verb"),
    (_BEFORE_NOW, _always, "a time gone by said in the present"),
    (_VERY_VERB, _always, "'very' before a verb"),
    (_YEAR_RENEW, _always, "a year before 'renew'"),
    (_VERB_OF_COUNT, _always, "'of' between a verb and its object"),
    (_ONE_HAVE, _one_have, "'have' with no -s after one thing"),
)


def _slip(text: str) -> str:
    for pattern, holds, why in _SLIPS:
        for found in pattern.finditer(text):
            if holds(found):
                return f"'{found.group()}': {why}"
    return ""


def _third_plain(text: str) -> str:
    for found in _THIRD_PLAIN.finditer(text):
        before = (found.group("before") or "").strip().lower()
        verb = found.group("verb")
        if verb in _PLAIN_VERBS and before not in _HELPERS:
            subject = found.group("subject")
            return f"'{subject} {verb}': a verb with no -s after '{subject}'"
    return ""


def _opens_clause(part: str) -> bool:
    """True when a comma's part opens on a subject and a verb of its own ("I label ...");
    "I think" and the like set off alone are asides."""
    words = part.split()
    if len(words) < 3 or words[0] not in _SUBJECTS:
        return False
    verb = words[1].lower()
    return lexicon.is_base_verb(verb) or lexicon.is_past(verb) or lexicon.is_third_person(verb)


def _comma_splice(text: str) -> str:
    for sentence in re.split(r"[.;:!?]\s+", text.rstrip(".!?")):
        parts = [part.strip() for part in sentence.split(",")]
        main = False
        for index, part in enumerate(parts):
            if not _opens_clause(part):
                continue
            if main:
                return f"two clauses joined by a comma alone ('{parts[index - 1]}, {part}')"
            # "I described how, at X, I ...", "I said that after X, I ...": the clause after
            # the comma is the first one's own
            main = not _SUBORDINATE & {word.lower() for word in part.split()[2:]}
    return ""


def second_grammar(text: str) -> str:
    """Why `text` carries a second-language slip a letter cannot, or "" when it does not."""
    return _slip(text) or _third_plain(text) or _comma_splice(text)
