"""Joins that do not hold: where the offline writer put a notes line into a frame, or joined two
parts of a line, and the grammar of the join breaks. The last check of the sentence gate
(`flagged.stopped` asks `loose_join` after `wellformed.problem` and `notewords.unsent`, when
the sentence has its final capitals).

    loose_join("I especially enjoyed our conversation about missed a reporting deadline.")
    # "a verb with its object stands where a thing was expected ('about missed a')"

Each check is a shape of English, read with closed word classes and the lexicon's tables:
- a verb in the past with its object after a preposition ("about missed a deadline", "on
  chose weathering steel"): a note's clause put where a thing was expected;
- ", and" and a tail with no verb after a whole clause ("I built a calendar, and the zero
  missed deadlines since"): the second half of a note joined as if it were a clause;
- an adverb between a verb and its object ("I have also experience with", "I hold also");
- an article before "worth" and its sum ("with a worth $450,000");
- a word clipped in a qualification's name ("Dip Early Childhood Ed & Care");
- a place after a comma where "from" or "at" was dropped ("I hold a BA English, Pitt.");
- "coming" with no "up" after a noun ("the big job coming");
- one adjective left after a comma at the end ("..., messy.");
- a bare verb after "experience in" ("experience in make new traceability");
- the same words said on both sides of a colon ("One thing I would add: I would add that");
- "their" straight after the candidate's verb ("I landed their first grant"): in notes it is the
  candidate's old employer, but in a letter to another one it reads as the reader's (a false claim).
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.notewords import english
from composer.offline.words import (
    AUXILIARIES,
    BE,
    DETERMINERS,
    MODALS,
    NUMBER_WORDS,
    PERSON_HEADS,
    PREPOSITIONS,
    word_set,
)

# Words that take a thing after them: a preposition, or a verb of talking about something.
_TAKES_A_THING = "|".join(
    sorted(PREPOSITIONS - {"as", "since", "before", "after"})  # "I have since booked"
    + sorted(
        word_set(
            "regarding discussing covering discuss cover discussed covered mentioned raised"
            " explored reviewed"
        )
    )
)
_AFTER_THING = re.compile(
    rf"\b(?P<before>{_TAKES_A_THING})(?=\s+(?P<verb>[a-z]+)\s+(?P<next>[\w$£€'’-]+))",
    re.IGNORECASE,
)
# What opens a verb's object: an article, a possessive, a number.
_OBJECT_OPENERS = word_set(
    "a an the my our your his her its their this that these those some two three four five six"
    " seven eight nine ten"
)


def _verb_after_thing(text: str) -> str:
    for found in _AFTER_THING.finditer(text):
        verb, after = found.group("verb"), found.group("next").lower()
        if not lexicon.is_past(verb) or (
            found.group("before").lower() == "to" and lexicon.is_base_verb(verb)
        ):
            continue  # "to put that to work": a plain verb after "to"
        if verb.lower() in ("was", "were") and re.search(r"\b(?:I|we)\s+$", text[: found.start()]):
            continue  # "the improvement I mentioned was about 30%": a clause of the thing
        # "about missed a deadline" (a verb with its object); "on chose steel" (a past with no
        # other reading); "about missed deadlines" is a thing, and passes
        only_past = not (
            lexicon.is_participle(verb) or lexicon.is_noun(verb) or "adj" in lexicon.classes(verb)
        )
        if only_past or after in _OBJECT_OPENERS or after[:1].isdigit() or after[:1] in "$£€":
            return (
                "a verb with its object stands where a thing was expected "
                f"('{found.group('before')} {verb} {found.group('next')}')"
            )
    return ""


_SUBJECTS = word_set("i we you he she they it there")
# ", and" after a clause with no comma of its own (a list's ", and" has commas before it)
_AND_TAIL = re.compile(r"^(?P<head>[^,;]*\b(?:I|we)\b[^,;]*),\s+and\s+(?P<tail>[^,;]+?)\.$")


def _is_attribute(words: list[str], index: int) -> bool:
    """True when the past form at `index` describes the noun after it ("zero missed deadlines",
    "the revised budget") rather than saying what a subject did ("the team cut costs")."""
    before = words[index - 1] if index else ""
    after = words[index + 1] if index + 1 < len(words) else ""
    opens = (
        not before
        or before in DETERMINERS
        or before in NUMBER_WORDS
        or before in ("zero", "no")
        or before[:1].isdigit()
        or lexicon.is_adjective_only(before)
    )
    return opens and bool(after) and lexicon.is_noun(after)


def _has_verb(words: list[str]) -> bool:
    """True when the words hold a verb with a tense or a subject of their own."""
    for index, word in enumerate(words):
        if word in _SUBJECTS or word in BE or word in AUXILIARIES or word in MODALS:
            return True
        if re.search(r"['’](?:s|re|ll|d|ve|m)$", word):
            return True
        before = words[index - 1] if index else ""
        named = bool(before) and (lexicon.is_noun(before) or not lexicon.known(before))
        if lexicon.is_past(word) and not _is_attribute(words, index):
            return True
        if lexicon.is_third_person(word) and (named or not lexicon.is_noun(word)):
            return True
    return False


def _verbless_tail(text: str) -> str:
    part = text.split(": ")[-1]
    found = _AND_TAIL.search(part)
    if found is None:
        return ""
    words = [w.lower() for w in re.findall(r"[A-Za-z'’-]+|\d[\d,.]*%?", found.group("tail"))]
    if not words or lexicon.is_gerund(words[0]) or "adv" in lexicon.classes(words[0]):
        return ""  # "..., and hearing from you", "..., and then ..."
    if words[0] in PREPOSITIONS or _has_verb(words):
        return ""  # "..., and for the tour of the office afterwards"
    head = found.group("head").lower().split()
    if lexicon.is_base_verb(words[0]) and any(w in MODALS or w == "to" for w in head):
        return ""  # "I would take on one apprentice ..., and pair each with one senior hand"
    # a note's result (a figure, "zero", "since"): an afterthought that names a thing ("..., and
    # the tenant clinic in particular") is English
    parts = {p for w in words for p in w.split("-")}
    result = parts & (NUMBER_WORDS | {"zero", "no"}) or any(w[:1].isdigit() for w in words)
    if not (result or words[-1] in ("since", "now")):
        return ""
    return f"', and' joins a tail with no verb ('and {found.group('tail')}')"


# "I have also experience with", "I hold also a": an adverb between a verb and its object
_ADVERB_BEFORE_OBJECT = re.compile(
    r"\b(?:I|we|you|they)\s+(?P<verb>have|hold|bring|speak|know|offer)\s+"
    r"(?P<adverb>also|still|already|always|even|really|just)\s+(?P<next>[\w'’-]+)"
)


def _adverb_before_object(text: str) -> str:
    for found in _ADVERB_BEFORE_OBJECT.finditer(text):
        after = found.group("next").lower()
        if found.group("verb") == "have" and (
            lexicon.is_participle(after)
            or after in ("to", "had", "been", "got", "not", "never")
            or "adv" in lexicon.classes(after)
        ):
            continue  # "I have also led", "I have always had", "I have also to"
        return f"an adverb stands between a verb and its object ('{found.group().strip()}')"
    return ""


_A_WORTH = re.compile(r"\b(?:a|an|the)\s+worth\s+(?=[$£€\d]|(?:about|over|nearly|around)\b)")

# A qualification's name, where a clipped word is the note's: "Dip Early Childhood Ed & Care",
# "Cert Prosth & Orth Tech", "BSc Comp Sci".
_QUALIFICATION_HEADS = word_set(
    "dip diploma cert certificate bachelor bachelors bach master masters degree adv advanced"
    " grad graduate postgraduate hons ba bsc ma msc mba beng meng hnd hnc phd llb bed pgce nvq"
    " btec cert. dip."
)
# Words clipped by custom in names: "St Andrews", "Lac Ste Anne", "Mt Hood", "Hale & Co".
_NAME_CLIPPINGS = word_set("st ste mt ft co inc ltd bros ave rd dr mr mrs ms jr sr")
_RUN = re.compile(r"(?:[A-Z][\w.'’-]*|&)(?:\s+(?:[A-Z][\w.'’-]*|&|of|and|in))*")


def _clipped_in_name(text: str) -> str:
    for run in _RUN.finditer(text):
        words = run.group().split()
        lowered = {w.lower() for w in words}
        if len(words) < 2 or not lowered & _QUALIFICATION_HEADS:  # "Hargreave & Lowe" is a firm
            continue
        for word in words[1:]:
            word = word.rstrip(".")
            lower = word.lower()
            if (
                word[:1].isupper()
                and word[1:].islower()
                and 2 <= len(lower) <= 6
                and lower not in _NAME_CLIPPINGS
                and not english(lower)
                and lexicon.begins_a_word(lower)
            ):
                return f"a word is clipped in a qualification's name ('{word}')"
    return ""


# "I hold a BA English and CS minor, Pitt.": a place after a comma, its "from" or "at" dropped
_BARE_PLACE = re.compile(
    r"\bI\s+(?:also\s+)?(?:hold|held|earned|gained|completed|studied|graduated|got|have)\b"
    r"(?P<body>[^,;:]*),\s+(?P<place>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of))*)\.$"
)


def _bare_place(text: str) -> str:
    found = _BARE_PLACE.search(text)
    if found is None or re.search(r"\b(?:from|at|with)\b", found.group("body")):
        return ""
    if re.search(r"\bin [A-Z][\w'’.-]*$", found.group("body")):
        return ""  # "in a clinic in Campinas, São Paulo": a town and its region
    return f"a place follows a comma with no 'from' or 'at' (', {found.group('place')}')"


# "the big job coming": "coming" after a noun, with no "up" or anything after it
_COMING = re.compile(
    r"\b(?P<noun>[a-z]+)\s+(?:coming|happening)(?=\s*(?:[.,;:!?]|\bwith you\b|\bas well\b|$))"
)


def _coming(text: str) -> str:
    for found in _COMING.finditer(text):
        if lexicon.is_noun(found.group("noun")) and found.group("noun") not in DETERMINERS:
            return f"'coming' has no 'up' ('{found.group().strip()}')"
    return ""


_LAST_ADJECTIVE = re.compile(r",\s+(?P<word>[a-z]+)\.$")


def _last_adjective(text: str) -> str:
    found = _LAST_ADJECTIVE.search(text)
    if found and lexicon.is_adjective_only(found.group("word")):
        return f"one adjective is left after a comma (', {found.group('word')}')"
    return ""


# Verbs a frame says before a colon and a note's answer may say again after it
_SAYING = word_set("add say mention note stress clarify")


def _said_twice(text: str) -> str:
    if ": " not in text:
        return ""
    before, after = text.split(": ", 1)
    words = after.split()[:3]
    opening = " ".join(words)
    if (
        len(words) == 3
        and words[0] == "I"
        and words[2] in _SAYING
        and f" {opening} " in f" {before} "
    ):
        return f"the same words are said on both sides of a colon ('{opening}')"
    return ""


# "the second interview with operations manager": a post after a preposition, with no article
# ("promoted to manager", "as site manager" are English)
_BARE_POST = re.compile(r"\b(?:with|from|by|for|alongside|under)\s+(?P<words>(?:[a-z]+\b\s*){1,3})")


def _bare_post(text: str) -> str:
    for found in _BARE_POST.finditer(text):
        after = text[found.end() :]
        words = found.group("words").split()
        for place, word in enumerate(words):
            if word in DETERMINERS or word in PREPOSITIONS or word in ("and", "or"):
                break
            named = place == len(words) - 1 and after[:1].isupper()  # "with manager Dana"
            rest = [*words[place + 1 :], *after.split()[:1]]
            # "for new graduate nurses": the post describes the noun after it
            describes = bool(rest) and lexicon.is_noun(rest[0].strip(".,;:!?"))
            if word in PERSON_HEADS and not named and not describes:
                said = " ".join(words[: place + 1])
                return f"a post follows a preposition with no article ('{said}')"
    return ""


# "at last A&R visit", "in last review": "last" with no "the" before a thing (not a time:
# "since last year", "at last," = finally)
_LAST = re.compile(
    r"\b(?:at|in|on|during|from|after|before|for)\s+last\s+(?!(?:week|month|year|night|time"
    r"|summer|winter|spring|autumn|fall|term|season|quarter|weekend|minute|one|few|two|three)"
    r"['’s]*\b)(?P<next>[\w&'’-]+)"
)


# "I landed their first grant", "I have won their biggest contract": the candidate's verb, then
# "their" with no one before it ("I trained new staff in their first week" has "staff")
_ORPHAN_THEIR = re.compile(r"^I (?:(?:have|had|also|then) )*[a-z]+ their\b")


def _orphan_their(text: str) -> str:
    found = _ORPHAN_THEIR.search(text)
    if found is None:
        return ""
    return f"'their' points to no one named before it ('{found.group()}')"


# "I have experience in make new traceability": a bare verb with its object after "experience
# in", where a doing ("making") or a thing was expected
_EXPERIENCE_IN = re.compile(r"\bexperience (?:in|with|of) (?P<verb>[a-z]+) (?P<next>[a-z]+)")


def _bare_verb_done(text: str) -> str:
    found = _EXPERIENCE_IN.search(text)
    if found is None or not lexicon.is_base_verb(found["verb"]):
        return ""
    verb_only = not lexicon.is_noun(found["verb"])
    if verb_only or lexicon.is_adjective_only(found["next"]):  # "make new", "manage teams"
        return f"a bare verb stands where a doing was expected ('{found.group()}')"
    return ""


# An order to oneself about how the letter sounds, left in a sentence: "... every night now do
# not sound desperate though" (`selftalk` cuts it; a letter never says it)
_SELF_ORDER = re.compile(r"(?i)\b(?:do not|don't|dont) (?:sound|come across as|oversell)\b")


# A frame's preposition before someone's reported words: "our conversation about Mr. Gordon
# explained that ..." (a sentence of the notes put where a subject was expected)
_REPORTED_AFTER = re.compile(
    r"\b(?:about|of|on|through|discussing)\s+(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?[A-Z][\w'’-]+"
    r"(?:\s+[A-Z][\w'’-]+)?\s+(?:explained|said|told|mentioned|described|noted|suggested"
    r"|asked|stressed|pointed)\b"
)


def loose_join(text: str) -> str:
    """Why a join of `text` does not hold (see the module's list), or "" when every one does."""
    found = _A_WORTH.search(text)
    if found:
        return f"it has an article before 'worth' ('{found.group().strip()}')"
    found = _LAST.search(text)
    if found:
        return f"'last' has no 'the' ('{found.group().strip()}')"
    return (
        _verb_after_thing(text)
        or _bare_post(text)
        or _verbless_tail(text)
        or _adverb_before_object(text)
        or _clipped_in_name(text)
        or _bare_place(text)
        or _coming(text)
        or _last_adjective(text)
        or _said_twice(text)
        or _orphan_their(text)
        or _bare_verb_done(text)
        or (
            "someone's words stand where a subject was expected"
            if _REPORTED_AFTER.search(text)
            else ""
        )
        or (
            f"an order to oneself is left in ('{found[0]}')"
            if (found := _SELF_ORDER.search(text))
            else ""
        )
    )
