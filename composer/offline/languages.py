"""Languages a candidate speaks, typed as a list with how well: "fluent spanish, ok portuguese"
-> "I speak fluent Spanish and some Portuguese".

Languages are a closed class, so they get their capitals from a list (typed lowercase in notes
more often than not). A language with a level it cannot read ("spanish (getting there)") leaves
the whole line to the other readers; a tail that says how it is used ("use it daily w/ pts") is
said after it when its words are all words, else the line is said without it.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.cleaning import join_list
from composer.offline.realise import Clause
from composer.shortforms import LANGUAGE_CODES, LANGUAGE_NAMES

LANGUAGES = frozenset(
    ["arabic", "bengali", "cantonese", "czech", "danish", "dutch", "english", "farsi", "finnish",
     "french", "german", "greek", "gujarati", "hebrew", "hindi", "hungarian", "irish", "italian",
     "japanese", "korean", "mandarin", "norwegian", "polish", "portuguese", "punjabi", "romanian",
     "russian", "somali", "spanish", "swahili", "swedish", "tagalog", "thai", "turkish", "twi",
     "ukrainian", "urdu", "vietnamese", "welsh", "yoruba", "bsl", "asl",
     # the rest of the languages people list on a CV, by the names they are spoken of in English
     "afrikaans", "oshiwambo", "otjiherero", "zulu", "isizulu", "xhosa", "isixhosa",
     "isindebele", "sesotho", "sotho",
     "setswana", "tswana", "sepedi", "kiswahili", "kikuyu", "luganda", "amharic", "tigrinya",
     "oromo", "hausa", "igbo", "lingala", "wolof", "shona", "chinese", "malay", "indonesian",
     "tamil", "telugu", "marathi", "kannada", "malayalam", "nepali", "sinhala", "pashto", "dari",
     "persian", "kurdish", "catalan", "basque", "galician", "croatian", "serbian", "bosnian",
     "slovak", "slovenian", "bulgarian", "lithuanian", "latvian", "estonian", "icelandic",
     "albanian", "maltese", "armenian", "georgian", "khmer", "burmese", "mongolian", "kazakh",
     "uzbek", "maori", "samoan", "tongan", "fijian", "quechua", "cebuano", "gaelic", "yiddish",
     "faroese", "luxembourgish", "frisian", "sindhi", "tibetan", "hmong", "lao", "kichwa",
     "guarani", "aymara", "nahuatl", "kinyarwanda", "kirundi"]
)  # fmt: skip
# A language typed by its own name ("norsk, english fluent"), as English names it.
_OWN_NAMES = {short: name.lower() for short, name in LANGUAGE_NAMES if short.islower()}
# Names with a capital inside, said as their speakers write them.
_CASED = {"isizulu": "isiZulu", "isixhosa": "isiXhosa", "isindebele": "isiNdebele"}
# A language typed by its two-letter code, in capitals ("PT native, EN C1"): the code, the name.
# (a country's code typed for its language too: "DK / EN, some DE")
CODES = {code: name.lower() for code, name in (*LANGUAGE_CODES, *LANGUAGE_NAMES) if code.isupper()}
# How well, as typed -> as said before the language ("" for a plain "spanish").
_LEVELS = {
    "fluent": "fluent", "conversational": "conversational", "basic": "basic", "good": "good",
    "native": "native", "ok": "some", "okay": "some", "some": "some", "decent": "good",
    "working": "working", "bit of": "a little", "a bit of": "a little", "little": "a little",
    "upper-intermediate": "upper-intermediate", "intermediate": "intermediate",
    "advanced": "advanced", "elementary": "elementary", "professional": "professional",
    "": "",
}  # fmt: skip
_PART = re.compile(
    rf"(?P<level>{'|'.join(k for k in _LEVELS if k)})?\s*(?P<lang>Bahasa\s+[A-Z][a-z]+|[A-Za-z]+)"
)
# A language with how well typed after it: "EN C1", "ES fluent", "portuguese native".
_AFTER = re.compile(
    r"(?P<lang>[A-Za-z]+)\s*(?:[-–:(]\s*)?(?:(?P<cefr>[ABC][12])|(?P<level>native|fluent|"
    r"conversational|basic|working|good|ok|okay|decent|professional|upper-intermediate|intermediate"
    r"|advanced|elementary))\)?"
)
# A language still being learnt, said so in brackets: "English (I am improving)" (round 48,
# h1369): said after the others, "and I am improving my English".
_GROWING = re.compile(
    r"(?i)(?P<lang>[A-Za-z]+)\s*\((?:I am |I'm |im |still )?(?:improving|getting better)\)"
)
# "use it daily w/ pts", "use it with patients": how the language is used, after it
_USE = re.compile(r"(?:use|using|speak|speaking) it (?P<rest>[a-z /]+)")


def _language(word: str) -> str:
    """The language `word` names, by its name, its own name ("norsk") or its code in capitals
    ("EN"), or ""."""
    low = CODES.get(word, "") if word.isupper() and len(word) == 2 else word.lower()
    low = _OWN_NAMES.get(low, low)
    return low if low in LANGUAGES or low in _BAHASA else ""


# Languages named in two words: "Bahasa Indonesia" (round 48, h1376)
_BAHASA = frozenset(["bahasa indonesia", "bahasa malaysia", "bahasa melayu"])


def _named(word: str) -> str:
    low = _language(word) or word.lower()
    if low in _BAHASA:
        return low.title()
    return low.upper() if low in ("bsl", "asl") else _CASED.get(low, low.capitalize())


def tail(text: str) -> str:
    """ "english + spanish" -> "English and Spanish"; "" unless every word names a language."""
    names = [w for w in re.split(r",\s*|\s+(?:and|\+|&)\s+", text.strip()) if w]
    if not names or not all(w.lower() in LANGUAGES for w in names):
        return ""
    said = [_named(w) for w in names]
    return join_list(said)


# One language with how well, as a careful candidate types it: "Conversational German (B2)",
# "French B1", "Spanish - conversational", "Fluent Italian, about C1 level".
# ("English B1/B2", round 60's h1560: between two levels, "at B1/B2 level")
_CEFR = r"(?:(?:about|around|approx\.?|~)\s*)?(?P<cefr>[ABC][12](?:/[ABC][12])?)(?:\s+level)?"
_ONE = re.compile(
    rf"(?i)(?P<level>{'|'.join(k for k in _LEVELS if k)})?\s*(?P<lang>[A-Za-z]+)"
    rf"(?:\s*(?:[-–:,(]\s*)?(?:{_CEFR}|(?P<after>fluent|conversational|basic|native|working))"
    r"\)?)?"
)


def _one(text: str) -> Clause | None:
    """ "Conversational German (B2)" -> "I speak conversational German, at B2 level"; None
    unless the text is one language with how well (a level word or a CEFR level)."""
    found = _ONE.fullmatch(text.strip())
    if found is None or found["lang"].lower() not in LANGUAGES:
        return None
    if found["level"] and found["after"]:
        return None  # "fluent spanish - basic": two levels
    if (found["after"] or "").lower() == "fluent" and not found["cefr"]:
        return None  # "Spanish - fluent": the held reader's "I am fluent in Spanish"
    level = _LEVELS[(found["level"] or found["after"] or "").lower()]
    said = f"{level} {_named(found['lang'])}".strip()  # "Spanish" alone: "I speak Spanish"
    cefr = found["cefr"]
    at = f"{',' if level else ''} at {cefr.upper()} level" if cefr else ""
    return Clause("I", "speak", said + at)


_WORKING = re.compile(
    r"(?P<head>.+?),\s*(?:and\s+)?(?:a\s+)?working knowledge of (?P<lang>[A-Za-z]+)", re.I
)


# A language test and its score: "IELTS 7.0", "TOEFL iBT 105", "IELTS band 7.5 overall".
_TEST = re.compile(
    r"(?i)(?P<test>IELTS|TOEFL(?: iBT)?|TOEIC|PTE(?: Academic)?)(?: \((?:academic|general)\))?"
    r"(?: (?:band|score|overall))?:? (?P<score>\d{1,3}(?:\.\d)?)(?: (?:overall|band))?"
)


_LEVEL_TEST = re.compile(
    r"(?i)(?P<test>JLPT|HSK|TOPIK|DELF|DELE|CILS|CELI)(?: level)? (?P<level>N[1-5]|[1-6]|[ABC][12])"
)


def read(text: str) -> tuple[str, Clause] | None:
    """ "fluent spanish, ok portuguese" -> ("skill", "I speak fluent Spanish and some
    Portuguese"); "Conversational German (B2)" -> "I speak conversational German, at B2
    level"; "IELTS 7.0" -> "I have an IELTS score of 7.0"; None unless every part is a
    language (with a level) or a use of it."""
    test = _TEST.fullmatch(text.strip().rstrip("."))
    if test:  # a test's score is held, never "experience with IELTS 7.0"
        name = test["test"].upper().replace("IBT", "iBT").replace("ACADEMIC", "Academic")
        return "held", Clause(
            "I", "have", f"{lexicon.article(name)} {name} score of {test['score']}"
        )
    # "JLPT N1", "HSK 5", "TOPIK level 6" (round 60, h1568): a language test passed at a level
    level_test = _LEVEL_TEST.fullmatch(text.strip().rstrip("."))
    if level_test:
        level = (
            level_test["level"].upper() if level_test["level"][:1] in "nN" else level_test["level"]
        )
        return "held", Clause(
            "I", "have passed", f"the {level_test['test'].upper()} at level {level}"
        )
    one = _one(text)
    if one is not None:
        return "skill", one
    lead = text.split(" ", 1)[0]
    if lead[:1].isupper() and lead.lower() in _LEVELS:  # "Fluent German and English, good ..."
        text = lead.lower() + text[len(lead) :]
    # "fluent German and English": one level typed for both, said for both
    text = re.sub(
        rf"\b(?P<level>{'|'.join(k for k in _LEVELS if k)}) (?P<a>[A-Z][a-z]+) and "
        r"(?=[A-Z][a-z]+\b)",
        lambda m: f"{m['level']} {m['a']}, {m['level']} " if _language(m["a"]) else m[0],
        text,
    )
    known = _WORKING.fullmatch(text)  # "Fluent Greek and English, working knowledge of Italian"
    head = read(known["head"][0].lower() + known["head"][1:]) if known else None
    if known and head and _language(known["lang"]) and head[1].verb == "speak":
        working = f"{head[1].rest} and have a working knowledge of {_named(known['lang'])}"
        return "skill", Clause("I", "speak", working)
    # "Welsh speaker (first language), which may help ...": the first language, said so
    first_tongue = re.fullmatch(
        r"(?P<lang>[A-Za-z]+) speaker \((?:first language|native|mother tongue)\)(?P<rest>,.*)?",
        text.rstrip("."),
        re.I,
    )
    if first_tongue and first_tongue["lang"].lower() in LANGUAGES:
        named = _named(first_tongue["lang"])
        rest = first_tongue["rest"] or ""
        return "held", Clause("I", "am", "", whole=f"my first language is {named}{rest}")
    speaker = re.fullmatch(r"(?P<how>native |fluent |first-language )?(?P<lang>[A-Za-z]+) speaker",
                           text, re.I)  # fmt: skip
    if speaker and speaker["lang"].lower() in LANGUAGES:  # "welsh speaker": a Welsh speaker
        named = f"{(speaker['how'] or '').lower()}{_named(speaker['lang'])}"
        return "role", Clause("I", "am", f"{lexicon.article(named)} {named} speaker")
    both = re.fullmatch(r"bilingual (?P<langs>[A-Za-z]+(?: (?:and|\+|&) [A-Za-z]+)?)", text, re.I)
    if both and all(w.lower() in LANGUAGES for w in re.split(r" (?:and|\+|&) ", both["langs"])):
        # "bilingual spanish": a standing said plainly ("held"), never "which I would build on"
        return "held", Clause("I", "am", f"bilingual in {tail(both['langs'])}")
    parts = [p.strip() for p in re.split(r",\s*|\s*/\s*|\s+(?:and|\+|&)\s+", _listed(text))]
    parts = [p for p in parts if p]
    said: list[str] = []
    first: list[str] = []  # "PT native": a first language, said as one
    growing: list[str] = []
    use = ""
    for part in parts:
        grows = _GROWING.fullmatch(part)
        if grows and _language(grows["lang"]) and not use:
            growing.append(_named(grows["lang"]))
            continue
        after = _AFTER.fullmatch(part)
        if after and _language(after["lang"]) and not use:
            name = _named(after["lang"])
            level = _LEVELS.get((after["level"] or "").lower(), "")
            if level == "native":
                first.append(name)
            else:  # "EN C1" -> "English at C1 level", "ES fluent" -> "fluent Spanish"
                cefr = after["cefr"]
                said.append(f"{name} at {cefr} level" if cefr else f"{level} {name}")
            continue
        found = _PART.fullmatch(part)
        if found and _language(found["lang"]):
            level = _LEVELS[found["level"] or ""]
            if level == "native":  # "Native Turkish": a first language, never "native Turkish"
                first.append(_named(found["lang"]))
                continue
            said.append(f"{level} {_named(found['lang'])}".strip())
            continue
        how = _USE.fullmatch(part.replace("w/", "with"))
        if how and said and not use and part is parts[-1]:
            words = how["rest"].split()
            if all(lexicon.known(w) for w in words):  # "w/ pts": patients or points, unsure
                use = f" and use it {how['rest']}"
            continue
        return None
    if growing and (first or use or not said):
        return None
    if growing:  # "I speak intermediate Spanish, and I am improving my English"
        listed = _shared(said, apart=False)
        whole = f"I speak {listed}, and I am improving my {join_list(growing)}"
        return "skill", Clause("I", "speak", listed, whole=whole)
    if first and said and not use:  # "I speak ..., and Portuguese is my first language"
        mine = "are my first languages" if len(first) > 1 else "is my first language"
        listed = _shared(said, apart=False)  # one ", and" in the sentence, before the first
        whole = f"I speak {listed}, and {join_list(first)} {mine}"  # "I also speak ..."
        return "skill", Clause("I", "speak", listed, whole=whole)
    if not said or (len(said) == 1 and not re.search(r"[,+&]| and ", text)):
        return None  # one language alone ("Spanish - fluent") is the held reader's
    listed = join_list(said)
    if use and len(said) > 1:
        use = use.replace(" it ", " them ")
    return "skill", Clause("I", "speak", _shared(said) if not use else listed + use)


# Two languages and the level typed once after both: "english and spanish good".
_BOTH = re.compile(
    r"\b(?P<a>[A-Za-z]+) (?:and|\+|&) (?P<b>[A-Za-z]+) (?P<level>fluent|good|ok|okay|basic"
    r"|conversational|decent|working)\b"
)
# A language typed in brackets after the list, with its "+": "English (+ some Afrikaans)".
_ADDED = re.compile(r"\s*\(\+?\s*(?P<added>[^()]+)\)\s*$")


def _listed(text: str) -> str:
    """The list as its parts: a level typed once after two languages said for both ("english
    good, spanish good"), a bracketed last language one more part."""
    both = _BOTH.search(text)
    # "Kinyarwanda, English, French and Swahili basic" (round 54, h1472): after a list of
    # three or more, the level is the last language's alone ("romanian native, english and
    # italian good": the two after the first, one level for both)
    if (
        both
        and _language(both["a"])
        and _language(both["b"])
        and text[: both.start()].count(",") < 2
    ):
        level = both["level"]
        text = f"{text[: both.start()]}{both['a']} {level}, {both['b']} {level}{text[both.end() :]}"
    added = _ADDED.search(text)  # "(+ some Afrikaans)", never a level alone: "(fluent)"
    if added and any(_language(w) for w in added["added"].split()):
        text = f"{text[: added.start()]}, {added['added']}"
    return text


# Levels that say a language is spoken less well: said last, after the others.
_LESSER = ("some ", "a little ", "basic ")


def _shared(said: list[str], *, apart: bool = True) -> str:
    """ "good English", "good Spanish" -> "good English and Spanish" (a level said once for
    languages next to each other); languages spoken less well after two or more typed with no
    level, with their own "and" (`apart`): "isiZulu, Sesotho and English, and some Afrikaans"
    (after "fluent Polish, Russian", "and basic German" joins the list: one level per language)."""
    merged: list[str] = []
    for one in said:
        level = next((lv for lv in _LEVELS.values() if lv and one.startswith(lv + " ")), "")
        if level and merged and merged[-1].startswith(level + " "):
            merged[-1] = f"{merged[-1]} and {one[len(level) + 1 :]}"
            continue
        merged.append(one)
    lesser = [m for m in merged if m.startswith(_LESSER)]
    full = [m for m in merged if not m.startswith(_LESSER)]
    bare = all(not m.startswith(tuple(f"{lv} " for lv in _LEVELS.values() if lv)) for m in full)
    if apart and bare and len(full) > 1 and lesser and merged == full + lesser:
        return f"{join_list(full)}, and {join_list(lesser)}"
    if len(merged) > 1 and any(" and " in m for m in merged[:-1]):  # "good English and French"
        return f"{', '.join(merged[:-1])}, and {merged[-1]}"
    return join_list(merged)
