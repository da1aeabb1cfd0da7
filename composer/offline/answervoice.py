"""The answer given in the room, said in the candidate's voice by its grammar (session 41b).

`topicanswers.answer_of` says an answer typed as base verbs after a "what would I do"
question, and a count. People type more answers than that, and each is read here by its form,
never by its words:
- a clause of the candidate's own, after "I said" or "yes,": "I said yes, I prepared the
  assurance pack" -> "I prepared the assurance pack"; "I said I sort by the clocks first" ->
  "I sort by the clocks first";
- steps led by base verbs after a question in the present ("how I deal with a late carrier ->
  call them first, then update customer") -> "I call them first, then update the customer";
  the steps are split where they were typed (a comma, a "+"), so the list is joined once;
- a story told in answer ("told him about the stuck ferment at Bosman") -> "I told you about
  the stuck ferment at Bosman", said in `asked_sentence` as "When you asked ..., I told you ...";
- a reason, after a question of why the candidate does something, led by a verb that takes
  "to" ("want to lead a team") -> "I want to lead a team", said without the question.
Anything else is "" and the question is said alone or left out.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.answerreasons import reason, said_that
from composer.offline.cleaning import clean
from composer.offline.dictionary import in_dictionary
from composer.offline.qamarks import slashed
from composer.offline.runonsteps import run_on
from composer.offline.selftalk import FUMBLED
from composer.offline.stepwords import lone_step, negated, step_words
from composer.offline.wellformed import problem
from composer.offline.words import (
    DETERMINERS,
    FUNCTION_WORDS,
    INDEFINITES,
    PREPOSITIONS,
    SAYING_VERBS,
    SMALL_NUMBERS,
    WH_WORDS,
)

__all__ = [
    "STORY",
    "bare_articled",
    "is_story",
    "said_answer",
    "sayable",
    "steps_joined",
    "to_asker",
    "why_mine",
]

STORY = "I told you about "
# What opens an answer but is no part of it: "I said", "said that", "yes,", "told him that".
_LEAD = re.compile(
    # "I answered too quickly that I would refuse" (round 58, h1531): how it was said is the
    # candidate's own regret, never "I said that too quickly that ..."
    r"(?i)^(?:(?:I\s+)?(?:said|answered|replied)\s+(?:(?:too\s+|rather\s+)?(?:quickly|simply|briefly"
    r"|vaguely)\s+(?=that\s))?(?:that\s+)?|(?:I\s+)?explained\s+that\s+)?"
    r"(?:yes|yep|yeah)?[,:]?\s*"
)
_TOLD = re.compile(
    r"(?i)^(?:I\s+)?(?:told|talked\s+(?:him|her|them)\s+through)\s+(?:(?:him|her|them|the\s+panel)\s+)?"
    r"(?:(?:the|a)\s+story\s+)?(?:about|abt|re|of)\s+(?P<what>.+)$"
)
_SMALL = ("zero", *SMALL_NUMBERS)  # a figure below ten, spelled


# Prefixes typed with a hyphen before a known word ("pre-shift checks", "post-op", "re-stock").
_PREFIXES = frozenset(["pre", "post", "re", "co", "non", "mid", "sub", "multi", "anti", "inter"])


def _known(word: str) -> bool:
    bare = word.strip(".,;:'")
    if not bare:
        return False
    lower = bare.lower()
    if lower.endswith("'s"):
        lower = lower[:-2]
    if lower in INDEFINITES or re.match(r"[$£€]\d", bare):  # "$2.3m": a sum of money
        return True
    if re.fullmatch(r"[A-Z][a-z][\w'’]*(?:-[A-Z][a-z][\w'’]*)+", bare):
        return True  # "Fournier-Bastide": a name of two names
    if "-" in lower.strip("-"):  # "one-to-one", "back-up": a compound of known words
        parts = lower.split("-")  # "check-ins": the last part may take a plural "s"
        last = parts[-1][:-1] if parts[-1].endswith("s") and not _known(parts[-1]) else parts[-1]
        first = parts[:-1] if parts[0] not in _PREFIXES else parts[1:-1]  # "pre-shift"
        return all(_known(part) for part in [*first, last])
    if lower.endswith("ings") and lexicon.is_gerund(lower[:-1]):
        return True  # "interlockings", "crossings": a doing counted as a thing
    if lower in FUNCTION_WORDS or lexicon.known(lower) or bare != lower or bare[0].isdigit():
        return True
    return len(lower) >= 4 and in_dictionary(lower)  # "rota": a word no table has


def sayable(text: str) -> bool:
    """Whether `text`, an answer read as the candidate's, can be said as it is: every word one
    a letter can say, no note marks, and a sentence the gate passes."""
    if re.search(r"[+&/=>~]", text) or not text:
        return False
    if not all(_known(w) for w in text.split()):
        return False
    return not problem(f"{text[0].upper()}{text[1:]}.")


_PARTICLES = ("off", "up", "out", "in", "over", "down", "back")


def _closed(text: str) -> str:
    """ "the tradeoff map" -> "the trade-off map": a word no table knows, typed as a known word
    and a particle run together, said as the compound's hyphenated form."""

    def joined(found: re.Match[str]) -> str:
        word = found[0]
        if lexicon.known(word.lower()):
            return word
        for particle in _PARTICLES:
            stem = word[: -len(particle)]
            if word.lower().endswith(particle) and len(stem) >= 3 and lexicon.known(stem.lower()):
                return f"{stem}-{particle}"
        return word

    return re.sub(r"\b[a-z]{5,}\b", joined, text)


def _spelled(text: str) -> str:
    """ "pick 1 thing" -> "pick one thing": a small count said in words."""
    # never a number that names a year group, a grade or a level: "the Year 4 team"
    return re.sub(
        r"(?<![\w.,-])(?<!\bYear )(?<!\bGrade )(?<!\bLevel )(?<!\bStage )([0-9])(?![\w.,%-])",
        lambda m: _SMALL[int(m[1])],
        text,
    )


def _parts(typed: str) -> list[str]:
    """The pieces of an answer where they were typed: commas, "+" and "&"."""
    return [p.strip() for p in re.split(r"\s*[,;+&]\s*", typed) if p.strip()]


def _steps(parts: list[str], would: bool = True) -> list[str] | None:
    """Each part led by a base verb ("call them first", "then update customer", "dont go in"),
    cleaned (`stepwords`); a step's "not" is said "not" after "would", else "do not"."""
    said: list[str] = []
    for part in parts:
        negative, part = negated(part)
        words = clean(part).split()
        then = bool(words) and words[0].lower() == "then"
        if then:
            words = words[1:]
        # "never promise an outcome", "always check the log": an adverb before the verb
        lead = words[:1] if len(words) > 1 and _before_verb(words[0]) else []
        words = words[len(lead) :]
        if not words or not lexicon.is_base_verb(words[0].lower()) or (negative and lead):
            return None
        lead = ["not" if would else "do not"] if negative else lead
        alone = len(words) < 2 and not then and not lead  # "never guess": a verb after "never"
        # "cordon", "swab": a word that is a noun as well, alone, is a note of a step; one
        # that is only a verb ("listen", "apologise") is the step said in full, and so is
        # "stop" among three steps
        noun_too = set(lexicon.classes(words[0].lower())) != {"verb"}
        if alone and noun_too and not (lone_step(words[0]) and len(parts) > 2):
            return None
        if "me" in (w.lower() for w in words):
            return None  # "shadow me for two weeks": a step of someone else's, not "I"
        if "adj" in lexicon.classes(words[0].lower()) or lexicon.is_past(words[0].lower()):
            return None  # "clean data", "set": a word of two classes says no step for sure
        mended = step_words(_the_object(words))
        if mended is None:
            return None
        said.append(("then " if then else "") + " ".join([*lead, *mended]))
    return said


def _before_verb(word: str) -> bool:
    """ "never", "always": an adverb of how often, which stands before the verb ("first" and
    "then" are read by their place)."""
    return word.lower() in ("never", "always")


def _the_object(words: list[str]) -> list[str]:
    """ "update customer" -> "update the customer": a singular noun typed bare as the object
    of a step names the one thing in the scene, so it takes "the"."""
    if len(words) < 2:
        return words
    after = words[1].lower()
    if after in FUNCTION_WORDS or words[1][0].isupper() or not after.isalpha():
        return words
    if lexicon.is_plural_noun(after) or lexicon.is_gerund(after) or not lexicon.is_noun(after):
        return words
    if "adv" in lexicon.classes(after) or lexicon.is_base_verb(after):
        return words  # "review weekly", "go back": no object
    return [words[0], "the", *words[1:]]


def steps_joined(parts: list[str]) -> str:
    """ "call them first", "then update the customer" -> "call them first, then update the
    customer"; a last step with no "then" takes "and" ("ground it, log it and tell the S&TA")."""
    if len(parts) > 1 and not parts[-1].lower().startswith("then "):
        return ", ".join(parts[:-1]) + " and " + parts[-1]
    return ", ".join(parts)


def _own_clause(answer: str) -> str:
    """ "I prepared the pack and answered the queries": a clause of the candidate's, led by
    "I" and a verb of their own (past or present), said as typed."""
    words = answer.split()
    if len(words) < 3 or words[0] != "I":
        return ""
    verb = words[1].lower()
    if verb in ("said", "told", "think", "thought", "guess", "mentioned"):
        return ""  # a second report of the room, or a hedge: no answer of their own
    if not (lexicon.is_past(verb) or lexicon.is_base_verb(verb)):
        return ""
    answer = to_asker(answer)
    if sayable(answer):
        return answer
    # "I described the reports I use with Year 10, with sentence starters ...": what follows
    # the first comma is the note's detail, left unsaid when the whole cannot be said
    first = answer.split(",")[0]
    return first if first != answer and len(first.split()) >= 4 and sayable(first) else ""


def to_asker(answer: str) -> str:
    """ "I talked her through the plan" -> "I talked you through the plan": the one told or
    shown in the room is the asker, the letter's reader."""
    said = re.sub(r"(?i)\b(told|showed|walked|talked)\s+(?:him|her|them)\b", r"\1 you", answer)
    # "I told you the Novela job at Projac": a story told is told about
    return re.sub(r"\btold you\s+(?=(?:the|my|our|a|an)\s)", "told you about ", said)


def _story(what: str) -> str:
    """ "stuck chenin ferment at Bosman 2025" -> "a stuck chenin ferment at Bosman 2025": the
    story told, with the article a note left out."""
    what = clean(what)
    if not what.split():
        return ""
    if what.split()[0].lower() not in ("how", "when"):  # "how we cut ...": no article
        articled = bare_articled(what)
        if articled is None:
            return ""
        what = articled
    return what if sayable(STORY + what) else ""  # read as said: "I told you about ..."


def bare_articled(part: str) -> str | None:
    """A thing typed bare with the article it needs ("gas leak" -> "a gas leak"); a plural, a
    doing, a name or a number as typed; None for a first word no table knows."""
    words = part.split()
    first = words[0].lower() if words else ""
    if not first or first in DETERMINERS or first[0].isdigit() or words[0][0].isupper():
        return part
    if lexicon.is_plural_noun(first) or lexicon.is_gerund(first):
        return part  # "kids fighting in the yard", "handling a refund": no article
    if not (lexicon.is_noun(first) or "adj" in lexicon.classes(first)):
        return None
    return f"{lexicon.article(part)} {part}"


_SUBJECTS = frozenset(["the", "our", "my", "we", "it", "that", "this"])


def _subject_clause(words: list[str]) -> bool:
    """ "the aim is to pull data ...", "we tested both": a clause of its own, a subject (a
    determiner and a noun, or a pronoun) and a finite verb in its first words."""
    if len(words) < 3 or words[0].lower() not in _SUBJECTS:
        return False
    for word in words[1:4]:
        lower = word.lower().strip(",")
        if lower in ("is", "are", "was", "were", "has", "had") or lexicon.is_past(lower):
            return True
        if lexicon.is_third_person(lower) and words[0].lower() not in ("we", "my", "our"):
            return True
        # "the parapets need their spouts restored" (round 56, h1491): a plural and its verb
        at = words.index(word)
        before, after = words[at - 1].lower(), " ".join(words[at + 1 : at + 2]).lower()
        unknown = not lexicon.classes(before) and re.fullmatch(r"[a-z]{3,}[^s]s", before)
        plural = lexicon.is_plural_noun(before) or (unknown and after in _OBJECTS_FIRST)
        if lower in _PLURAL_VERBS and plural:
            return True
    return False


# Words an object of "need" or "have" opens on: "need their spouts", "have to".
_OBJECTS_FIRST = frozenset(["the", "their", "a", "an", "to", "be", "not", "more", "new"])
# Verbs a plural subject takes with no ending: "the parapets need", "the crews must".
_PLURAL_VERBS = frozenset(
    ["need", "have", "must", "should", "can", "will", "would", "could", "may", "might", "do"]
)


def why_mine(question: str) -> bool:
    """A question of why the candidate does something ("why I am leaving my current job")."""
    return bool(re.match(r"(?i)why\s+(?:I|I'm|I\s+am|I\s+have|I\s+want|I\s+would)\b", question))


def said_answer(question: str, typed: str) -> str:
    """The answer in the candidate's voice, or "" when its form is none read here."""
    typed = " ".join(typed.replace("’", "'").split()).strip().rstrip(".")
    typed = re.sub(r"\s*\([^()]*\)", "", typed)  # "(no details obv)": a reminder to self
    typed = slashed(_given_i(typed))  # "I ... / learning to delegate": ", and I am learning"
    # "I was honest that X, but said Y": what was said, never the candidate's verdict on it
    typed = _HONEST.sub(r"I said that \g<what>, but ", typed)
    if _REPORTED.match(typed):  # "I described the sessions I ran": the room, reported; a
        # detail after its first comma is the note's, left unsaid when the whole does not read
        return _room(_spelled(typed)) or _room(_spelled(_parts(typed)[0]))
    told = _TOLD.match(_LEAD.sub("", typed, count=1) if not _TOLD.match(typed) else typed)
    if told:
        what = _parts(told["what"])[0]
        what = re.sub(
            r"^(the\s+[\w-]+(?:\s+[\w-]+)?)\s+one$", r"\1", what
        )  # "the lightning strike one"
        story = _story(what)
        return STORY + story if story else ""
    answer = _LEAD.sub("", typed, count=1).strip()
    if not answer:
        return ""
    if why_mine(question):
        return reason(_parts(answer), sayable) or said_that(answer, sayable)
    if _subject_clause(answer.split()):
        said = _spelled(clean(answer))  # "the aim is to pull data from systems they use"
        return said if sayable(said) else ""
    described = _described(question, answer)
    if described:
        return described
    if answer.startswith("I "):
        if re.search(r"\bwould\b", question) and not is_story(answer):
            return ""  # after "how I would ...", "I walked her through ..." reports the room
        return _own_clause(_spelled(clean(answer)))
    asked = re.match(r"(?i)(?:how|what)\s+I\s+(?P<would>would\s+)?[a-z]+\b", question)
    if not asked:
        return _deeds(_parts(_spelled(answer))) if question.startswith("whether ") else ""
    # "stop the job lock out talk to him": steps typed with no commas, parted where each begins
    typed_steps = [step for part in _parts(_closed(_spelled(answer))) for step in run_on(part)]
    steps = _steps(typed_steps, would=bool(asked["would"]))
    if not steps:
        return ""
    said = ("I would " if asked["would"] else "I ") + steps_joined(steps)
    return said if sayable(said) else ""


_HONEST = re.compile(
    r"^I was (?:honest|open|upfront|frank|candid) (?:that|about how) (?P<what>[^,]+), but "
    r"(?:I )?said (?:that )?"
)

# A report of the room typed with its "I" dropped: "talked thru TARP we used at Carosue".
_DROPPED_I = re.compile(
    r"(?i)^(?:(?:talked|walked)\s+(?:(?:him|her|them)\s+)?(?:thru|through)|described)\s"
)
# A name in capitals typed bare before the clause that says which one ("TARP we used"): "the".
_BARE_NAME = re.compile(r"\b(through|described)\s+(?=[A-Z]{2,6}\s+(?:we|I|that|which)\b)")


def _given_i(typed: str) -> str:
    """ "talked thru TARP we used at Carosue" -> "I talked through the TARP we used at
    Carosue": the candidate's report of the room, with the "I" and article a note leaves out."""
    if not _DROPPED_I.match(typed):
        return typed
    return _BARE_NAME.sub(r"\1 the ", "I " + clean(typed))


# Verbs that report what the candidate said in the room: "I described ...", "I explained ...".
_TELLING = frozenset(["described", "explained", "told", "talked", "mentioned"])


def _deeds(parts: list[str]) -> str:
    """ "on the Tongue Point run", "kept calm", "got the purser" -> "on the Tongue Point run, I
    kept calm and got the purser": after a yes to a question of whether the candidate had done
    something, what they did, each part led by a verb in the past; a first part led by a
    preposition, with no verb, says where or when, before "I"."""
    where = ""
    first = parts[0].split() if parts else []
    timeless = not any(lexicon.is_past(w.lower()) for w in first[1:])
    if len(parts) > 1 and first and first[0].lower() in PREPOSITIONS and timeless:
        where, parts = clean(parts[0]), parts[1:]
    done = [clean(p) for p in parts]
    if not done:
        return ""  # "+": an answer with no part to say
    for part in done:
        words = part.split()
        if len(words) < 2 or not lexicon.is_past(words[0].lower()) or words[0] in _FUMBLED:
            return ""
    said = f"{where}, I {steps_joined(done)}" if where else f"I {steps_joined(done)}"
    return said if sayable(said) else ""


# What the candidate did badly in the room is a note to self, never the answer.
_FUMBLED = FUMBLED  # the one table (`selftalk`)


def is_story(answer: str) -> bool:
    """A story told or a case shown in answer, or a report of what the candidate told in the room
    ("I told you about ...", "I described ..."): said after "When you asked ...,"."""
    words = answer.split()
    told = len(words) > 1 and words[1] in _TELLING
    return answer.startswith(STORY) or told or _REPORTED.match(answer) is not None


# The candidate's answer typed as what they did in the room, by a verb of saying or showing ("I
# described the music sessions I ran", "I walked through our runbook", "I answered with the
# example of the school extension"): a report of the room, said after "When you asked ...,".
_SAYING = "|".join(
    re.escape(v).replace(r"\ ", r"\s+")
    for v in SAYING_VERBS
    if v not in ("said", "told", "walked", "talked", "took", "went")  # "I walked the line"
)
_REPORTED = re.compile(
    rf"^I\s+(?:(?:{_SAYING}|confirmed|clarified|stressed|emphasi[sz]ed|pointed\s+out"
    r"|gave\s+(?:the|an)\s+example|used\s+the\s+example)\b"
    r"|(?:answered|replied)\s+with\b"
    r"|(?:walked|talked|took)\s+(?:you|him|her|them)\s+through\b)"
)


def _room(answer: str) -> str:
    """ "I walked her through the log" -> "I walked you through the log": a report of the room
    in the candidate's voice, to the reader (the "her" of the note); "" when a word of it is a
    note's."""
    said = re.sub(r"^I\s+(walked|talked|took|showed)\s+(?:him|her|them)\b", r"I \1 you", answer)
    return said if sayable(said) else ""


_OWN = frozenset(["the", "a", "an", "my", "our"])


def _described(question: str, answer: str) -> str:
    """ "the $2.3m duplicate payment i caught at bank recon" -> "I told you about the $2.3m
    duplicate payment I caught at bank reconciliation": after a question that asks for a thing
    (named by its subject, "a time I found an error", not a wh-clause), an answer typed as a
    noun phrase (a determiner first, no verb of its own after its subject) names the case the
    candidate told of; what follows its first comma is the note's detail, left unsaid."""
    if not question or question.split()[0].lower() in (*WH_WORDS, "whether", "if"):
        return ""
    if re.match(r"(?i)my\s+(?:plan|approach)\b", question):
        return ""  # "my plan for overtime": a plan put forward, no case told of
    words = answer.split()
    if len(words) < 2 or words[0].lower() not in _OWN or _subject_clause(words):
        return ""
    what = _closed(_spelled(clean(_parts(answer)[0])))
    return STORY + what if sayable(what) else ""
