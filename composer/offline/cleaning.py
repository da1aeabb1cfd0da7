"""Cleaning a note item before its shape is read: one line, no bullet, quotes or trailing
"etc.", shorthand expanded, a list joined with "and", and an ordinary first word typed with a
capital lowered ("Led the audit" -> "led the audit") while a name or a title keeps it.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.cvshares import spelled
from composer.offline.namecase import named_start
from composer.offline.shorthand import expand
from composer.offline.words import (
    DETERMINERS,
    FIRST_PERSON,
    PERSON_HEADS,
    PREPOSITIONS,
    REGION_CODES,
    STATES,
    SUBJECT_PRONOUNS,
    WH_WORDS,
)

# "etc" typed in lower case (or "Etc"); "APCO ETC" in capitals is a certificate's name
_ETC = re.compile(r",?\s+(?:[Ee]tc|[Aa]nd so on|[Aa]nd more)\.?$")
_BULLET = re.compile(r"^(?:[-*•·]+|\d+[.)])\s+")
_QUOTES = "\"'“”‘’"


# Last words of a body's name: a capitalised word before one is part of the name.
_BODY_HEADS = frozenset(
    ["Institute", "Institution", "Society", "Association", "Academy", "Foundation", "Alliance"]
)

_AWARD_HEADS = frozenset(["Diploma", "Certificate", "Degree", "Award"])


def lower_first(text: str, common: frozenset[str]) -> str:
    """Lower the first word when it is an ordinary word typed with a capital ("Led the audit").

    A noun keeps its capital ("Python", "Excel") unless the notes use it in lower case
    elsewhere (`common`): it may be a name.
    """
    first, _, rest = text.partition(" ")
    if first == "I" or first.startswith("I'"):
        return text
    plain = bare(first)
    if not (plain[:1].isupper() and (len(plain) == 1 or plain[1:].islower())):
        return text
    lower = plain.lower()
    # "Five-year plan", "Long-term goals": a compound is as ordinary as its first part
    head = lower.split("-")[0] if "-" in lower else lower
    closed = (
        head in DETERMINERS or lower in FIRST_PERSON or lower in WH_WORDS or lower in PREPOSITIONS
    )
    verb_form = (  # "Court-appointed expert": a compound ending in a participle is one too
        lexicon.is_past(lower.rsplit("-")[-1])
        or lexicon.is_gerund(lower.rsplit("-")[-1])  # "Ship-handling simulator assessor"
        or lexicon.is_adjective_only(lower)
    )
    possessive = lower.endswith("'s") and lexicon.is_noun(lower[:-2]) and bool(rest)
    # "Test automation in CI": a common noun before lower-case words, and not a name the
    # tables know with its capital ("Python", "London").
    next_word = rest.split(" ", 1)[0] if rest else ""
    # "Go and Rust": a capital before "and" or a comma starts a list of names; it stays. An
    # adjective before a comma and a word in lower case starts a list of describers ("Calm,
    # well-organised rehearsal rooms"): its capital is the line's.
    describers = next_word[:1].islower() and "adj" in lexicon.classes(lower)
    # "Producer and director of ...": a partner in lower case makes the pair common nouns
    partner = (rest.split()[1:2] or [""])[0]
    paired = next_word in ("and", "or", "&") and not (
        partner[:1].islower() and lexicon.is_noun(partner) and not lexicon.classes(plain)
    )
    # "Patience, an understanding of ...": a list of things, its first a common noun
    things = (
        next_word in ("a", "an", "the") and lexicon.is_noun(lower) and not lexicon.classes(plain)
    )
    # "Patience, careful record-keeping and ...": a list in lower case after its first noun
    things = things or (
        first.endswith(",")
        and next_word[:1].islower()
        and len(rest.split()) > 2
        and lexicon.is_noun(lower)
        and not lexicon.classes(plain)
    )
    listed = (first.endswith(",") and not describers and not things) or paired
    common_noun = (
        lexicon.is_noun(lower)
        and not lexicon.classes(plain)
        and next_word[:1].islower()
        and not listed
    )
    if lower in STATES and next_word[:1].isupper() and not next_word.isupper():
        return text  # "Registered Manager", "Chartered Physiotherapist": a title
    if next_word in _BODY_HEADS:
        return text  # "Pragmatic Institute", "Royal Society": the first word of a body's name
    titled_post = next_word.istitle() and next_word.lower() in PERSON_HEADS
    if titled_post and re.search(r"\b(?:certificate|licen[cs]e|ticket)\b", rest):
        return text  # "Chief Engineer certificate": a post's title in capitals
    if next_word in _AWARD_HEADS:
        return text  # "Postgraduate Diploma in ...": the first word of an award's title
    after_next = (rest.split()[1:2] or [""])[0]
    if next_word.istitle() and (after_next.istitle() or after_next[:1].isdigit()):
        return text  # "Avalanche Operations Level 1": three words of a title in capitals
    after_of = rest.split()[1:2] if next_word == "of" else []
    if after_of and after_of[0][:1].isupper():
        return text  # "Head of Operations", "Director of Finance": a title
    if listed and not (closed or lexicon.is_gerund(lower) or lexicon.is_past(lower)):
        return text
    if lower in DETERMINERS and next_word[:1].isupper() and len(rest.split()) > 1:
        return text  # "Six Sigma Black Belt": a name
    # "Solid CFD skills", "Strong SQL knowledge": an adjective before initials and a noun in
    # lower case describes the thing the initials name, the capital the line's
    third = (rest.split()[1:2] or [""])[0]
    describing = "adj" in lexicon.classes(lower) and third[:1].islower() and lexicon.is_noun(third)
    # "Good quality livery on time": an adjective before a noun in lower case (round 52, h1441)
    describing = describing or (
        "adj" in lexicon.classes(lower) and next_word.islower() and lexicon.is_noun(next_word)
    )
    if not (closed or verb_form or describing) and len(next_word) > 1 and next_word.isupper():
        return text  # "Opera PMS super user": a name before initials keeps its capital
    if named_start(text):  # "Black Friday results": a holiday's name (namecase)
        return text
    if closed or verb_form or possessive or common_noun or describing or lower in common:
        return first.lower() + (" " + rest if rest else "")
    return text


# An article that opens a line with its sentence's capital: "The NEBOSH General Certificate."
_LEAD_ARTICLE = re.compile(r"^\s*(?:The|An?)(?= [a-zA-Z0-9])")
# A scheme's level typed before the scheme: "level 3 NVQ prof cookery".
_LEVEL_FIRST = re.compile(
    r"^\s*(?:[Ll]evel|[Ll]vl) ?(?P<n>[1-8]) (?P<scheme>NVQ|SVQ|QQI|AAT|BTEC|RQF|QCF|SCQF)\b"
)


def lead_as_said(line: str) -> str:
    """`line` with its lead as a letter's frame says it mid-sentence: the article that opens it
    in lower case ("I hold the NEBOSH General Certificate", never "I hold a The NEBOSH ..."), and
    a scheme's level typed first put after the scheme ("level 3 NVQ" -> "NVQ level 3")."""
    line = _LEVEL_FIRST.sub(r"\g<scheme> level \g<n>", line)
    return _LEAD_ARTICLE.sub(lambda found: found.group().lower(), line)


def mid_sentence(text: str, typed: str, common: frozenset[str]) -> str:
    """`text`, said after other words ("I have spent ..."), with its first word lowered when it
    is the first word of the notes line `typed`, capitalised only because it starts the line
    (`lower_first`): "Five years teaching GCSE" -> "five years teaching GCSE". A word typed
    anywhere else in `text`'s place, a name, initials or a title keep their capital."""
    first = text.split(" ", 1)[0]
    words = typed.strip().lstrip("-*•· ").split()
    # "she is Hiking ...": the subject a reader put before the line is not the notes'
    while len(words) > 1 and words[0] in _SUBJECT_WORDS:
        words = words[1:]
    head = bare(words[0]) if words else ""
    then = words[1] if len(words) > 1 else ""
    if first in ("a", "an", "the") and "adj" in lexicon.classes(head.lower()) and then.islower():
        # "a Full clean driving licence": an article a reader put before the line's first word,
        # an adjective before a word in lower case ("Continuing Care Assistant" is a name)
        article, _, after = text.partition(" ")
        return f"{article} {mid_sentence(after, typed, common)}" if after else text
    if not first or not words or bare(first) != bare(words[0]):
        return text
    return lower_first(text, common)


_SUBJECT_WORDS = SUBJECT_PRONOUNS | {"you", "we", "is", "are", "you're", "we're"}


def bare(word: str) -> str:
    return word.strip(",;:()\"'")


# Words that open a part said of everything before it, never a list's last item.
_OF_THE_WHOLE = frozenset(["from", "by", "with", "without", "for", "through", "via"])


def _said_of_whole(text: str) -> bool:
    """ "..., from someone who has been there": a last part opened by a preposition that no
    part before it has ("with audits, stocktakes, with the rota" is a list)."""
    head, _, last = text.rpartition(", ")
    word = last.split(" ", 1)[0]
    return word in _OF_THE_WHOLE and not re.search(rf"\b{word}\b", head)


# A thing and what others did to it, after a comma at the end: "Author of the manual for X,
# adopted in 2026", "Led the digitisation ..., funded through two grant applications".
_DONE_TO = re.compile(
    r"(?<=[a-z]), (?P<pp>adopted|published|approved|funded|commissioned|endorsed|cited|sponsored"
    r"|financed|awarded) (?P<rest>(?:in|through|from|via|under) [^,;]+)$"
)


def _done_to(found: re.Match[str]) -> str:
    """ ", which was adopted in 2026" after a thing named in the singular (the head before its
    "of" or "for": "the manual for X bulletins"); else the part in brackets."""
    before = found.string[: found.start()]
    head = re.search(r"\b(?:the|a|an|our|my) (?:[a-z-]+ )*?([a-z]+) (?:of|for|on)\b", before)
    last = head[1] if head else before.split()[-1].lower()
    if lexicon.is_plural_noun(last) or not lexicon.is_noun(last):
        return f" ({found['pp']} {found['rest']})"
    return f", which was {found['pp']} {found['rest']}"  # "the manual for X, which was ..."


def clean(item: str) -> str:
    """One line, no bullet, no trailing stop or "etc.", straight apostrophes."""
    text = " ".join(item.replace("’", "'").split())
    text = _BULLET.sub("", text)
    # "more than 3 000 welds": thousands typed with a space, as much of Europe writes them
    text = re.sub(r"(?<![\d,.] )(?<![\d,.])\b([1-9]\d{0,2}) (\d{3})\b(?![ ,.]?\d)", r"\1,\2", text)
    # "zero injuries on my squad both seasons -- mention again!!": the order to self is unsaid
    text = re.sub(
        r"(?i)\s+[-–—]+>?\s*(?:mention|say|stress|repeat|bring up)(?: (?:it|this|that))?"
        r"(?: again| in (?:the )?letter)?\s*!*$",
        "",
        text,
    )
    # "Also, KS2 maths results went up ...": the note's own connective is the letter's to place
    text = re.sub(r"^(?:also|plus|oh and|btw),?\s+(?=\S)", "", text, flags=re.IGNORECASE)
    # "..., and I said so honestly": how it was said, no part of what was said
    text = re.sub(r",?\s+and,?\s+I (?:said|told (?:her|him|them)) so(?: honestly)?[.!]*$", "", text)
    if len(text) > 1 and text[0] in _QUOTES and text[-1] in _QUOTES:
        text = text[1:-1].strip()
    trailing = _ETC.search(text)
    text = _ETC.sub("", text)
    if trailing and text.count(", ") == 1 and " and " not in text:
        text = text.replace(", ", " and ")  # "Kubernetes, Terraform, etc." is a list of two
    text = _EITHER.sub(_either, expand(text))  # "unlabelled/rejected samples": either kind
    text = _HAVE_BASE.sub(_have_done, text)  # "I have participate in 9 cases": participated
    text = _LICENSED.sub(_licensed, text)  # "licensed OR + WA": licensed in OR and WA
    text = licence_classes(text)
    text = re.sub(r"(?<=[a-z]s) including (?=[A-Z])", ", including ", text)  # "3 titles incl. X"
    if "certified" in text:  # "certified court clerk (PACC cert)": the initials name it
        text = re.sub(r"\((?P<name>[A-Z]{2,6}) certificat(?:e|ion)\)", r"(\g<name>)", text)
    question = text.endswith("?")
    text = text.rstrip(".;:!?, ").strip()
    if re.search(r"(?<![\w.])[a-z]\.[a-z]$", text):
        text += "."  # "at 3 a.m.": the stop is the abbreviation's own
    text = _DONE_TO.sub(_done_to, text)  # "the manual, adopted in 2026": what was done to it
    text = re.sub(r"\babout in ((?:19|20)\d\d)\b", r"around \1", text)  # "depot ~2015"
    # "zero injuries on my squad both seasons": over the span, with "in" (never after "for")
    text = re.sub(
        r"(?<!\bfor)(?<!\bover)(?<!\bin)(?<!\bduring)(?<!\bacross)(?<!\bwithin)"
        r"(?<=[a-z]) (both|all|the last (?:two|three|four|five)) (seasons|years)$",
        r" in \1 \2",
        text,
    )
    # "ran the night lab @ co-op", "12 years in tool room": a workplace named by its kind, "the"
    text = re.sub(
        r"\bat (co-op|plant|mill|depot|hangar|warehouse|factory|yard|mine|quarry|winery|cellar)\b"
        r"(?![\w-])",
        r"at the \1",
        text,
    )
    text = re.sub(r"\bin (tool room|toolroom|machine shop|paint shop)\b", r"in the \1", text)
    # "ran the night lab, 2 yrs no missed samples": a record kept over the span, after a comma
    text = re.sub(
        r", (\d{1,2}|two|three|four|five|six|seven|eight|nine|ten) (?:yrs?|years?) (?:no|zero) "
        r"([a-z][a-z -]+)$",
        lambda m: f", with no {m[2]} in {spelled(m[1])} years",
        text,
    )
    # "I said the lab had 12 staff; it has 15": a clause after the semicolon is no list item
    clause_after = re.search(
        r";\s*(?:it|that|they|he|she|we|in\s+fact|actually"
        r"|I(?!\s+(?:answered|said|told|replied|explained)\b))\s",
        text,
    )
    # "...; for the smallest trebles I work to four cents": a clause with its subject inside is
    # no list item either
    clause_after = clause_after or re.search(r";(?!\s*I\s)[^;.]*\b(?:I|we)\s+[a-z]+", text)
    # "...; the correct figure is 112": what is right, a clause of its own
    clause_after = clause_after or re.search(
        r";\s*the (?:correct|right|actual|real|true) (?:figure|number|date|answer|total)\b", text
    )
    if ";" in text and not question and not clause_after:
        text = join_list([part.strip() for part in text.split(";") if part.strip()])
    elif (
        text.count(", ") >= 2
        and " and " not in text
        and " or " not in text
        and not re.search(r", \d", text)  # "PhD in History, Edinburgh, 2022" is no list
        and not re.search(r"[a-z]\. [A-Z]", text)  # two sentences typed with care: no list
        # "..., including SRS, on time": how it went, after the action, is no list item
        and not _HOW_IT_WENT.search(text)
        # "... brings families in early, from someone who has been there": the last part is
        # said of the whole, no item of a list
        and not _said_of_whole(text)
        # "I used X, together with Y, to flag Z": an aside and a purpose, no items of a list
        and not re.search(r", (?:together with|along with|as well as|such as)\b", text)
        # "..., not in its first, when the figure was ...": clauses, no items of a list
        and not re.search(
            r", (?:when|where|which|who|whose|while|because|although|not|so|even|if|unless)\b", text
        )
        and not (re.search(r", to [a-z]+ [^,]*$", text) and not re.match(r"to\s", text))
        # "... as Senior Vice President, Property Treaty, at a Bermuda reinsurer": where, after
        # a title, is no list item
        and not re.search(r", (?:at|in|with|for|from|on) (?:a|an|the)\b[^,]*$", text)
        # "twenty-three years in X, the last nine as Y": a part of the whole, no list item
        and not re.search(r", the (?:last|first|past) ", text)
        # "... at Lanka Spice Estates, Matara" (round 54): the town of a workplace named
        and not re.search(r"\bat (?:[A-Z][\w'’&-]* ){1,4}[A-Z][\w'’&-]*, [A-Z][a-z]+$", text)
        # "... Senior Verger of St Chad's Church, Shrewsbury": the town of a named place
        and not re.search(
            r"\b(?:Church|Hospital|School|College|University|Museum|Cathedral|Council|Hall|House"
            r"|Centre|Center|Trust|Library|Theatre|Abbey|Minster), [A-Z][a-z]+$",
            text,
        )
    ):
        head, _, last = text.rpartition(", ")  # "Excel, SQL, Tableau" -> "Excel, SQL and Tableau"
        text = f"{head} and {last}"
    return text + ("?" if question else "")


# A perfect typed with the verb's base in a second language: "I have participate in 9 cases".
_HAVE_BASE = re.compile(
    r"\b(?P<head>(?:I|we) (?:have|has)(?: also| never| already)?) (?P<verb>[a-z]+)\b"
)


def _have_done(found: re.Match[str]) -> str:
    """ "I have participate" -> "I have participated": a verb that is only a verb, in its base
    form, after "have" (never "I have work", "I have use of": nouns too)."""
    verb = found["verb"]
    done = lexicon.verb_forms(verb).get("VBN", verb) if lexicon.is_base_verb(verb) else verb
    if set(lexicon.classes(verb)) != {"verb"} or done == verb:
        return found[0]
    return f"{found['head']} {done}"


# Two describing words with a slash before what they describe: "cut unlabelled/rejected samples"
_EITHER = re.compile(r"(?<![\w/-])(?P<one>[a-z]+)/(?P<two>[a-z]+) (?=(?P<noun>[a-z]+)\b)")


def _either(found: re.Match[str]) -> str:
    def describing(word: str) -> bool:
        return "adj" in lexicon.classes(word) or lexicon.is_participle(word)

    if describing(found["one"]) and describing(found["two"]) and lexicon.is_noun(found["noun"]):
        return f"{found['one']} or {found['two']} "
    return found.group()


# "licensed OR + WA", "licensed in TX and OK": a state's or a province's postal code after
# "licensed" names where (the "+" is "and" by now)
_CODE = "(?:{})".format("|".join(sorted(REGION_CODES)))
_LICENSED = re.compile(
    rf"\b(?P<head>licensed|registered) (?:in )?(?P<codes>{_CODE}(?:(?:,| and| &|/) ?{_CODE})*)\b"
)
# Two or more classes of one licence, each typed by its letter ("B + C licence", "A1/A2
# licence"): a licence of each class, never "B and a C licence" ("C + E" is one category).
_CLASSES = re.compile(
    r"(?<![\w-])(?P<classes>[A-Z]\d?(?:(?:,| and| &|/| \+) ?[A-Z]\d?)+)"
    r" (?P<kind>licen[cs]e|permit)\b(?!s)"
)


def licence_classes(text: str) -> str:
    """ "C + E licence" is one category ("C+E licence"); "B + C licence" is a licence of each
    class ("B and C licences")."""
    # one category, typed apart ("C + E licence", "C/E licence": round 36's h760)
    text = re.sub(r"\bC(?: (?:\+|and|&) |/)E(?= licen[cs]e)", "C+E", text)
    return _CLASSES.sub(r"\g<classes> \g<kind>s", text)


_HOW_IT_WENT = re.compile(r", (?:on time|on budget|under budget|on schedule|ahead of schedule)$")


def _licensed(found: re.Match[str]) -> str:
    return f"{found['head']} in {join_list(re.findall(r'[A-Z]{2}', found['codes']))}"


def join_list(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]
