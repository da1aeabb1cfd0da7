"""Names typed in lower case and common words typed with a capital, read by class, for every
field (`shorthand.expand` calls `typed` on each note item before anything else reads it):
- a word after "@" names a place of work ("cashier @ target": "at Target", "@ best buy");
- a short word no dictionary knows that English could not start with is an acronym ("spca",
  "ymca", "bcit": "SPCA"), and so is a two-letter one ("ui");
- a holiday, a shopping day or a feast of the calendar ("black friday", "mothers day");
- a run of words before a media noun ("gain grow retain podcast") or after one in a line that
  recommends it ("the book the culture code") is a title;
- a product's edition after the product ("shopify plus": "Shopify Plus");
- a plural before "game" or "match" after "the" is a team ("the leafs game": "the Leafs game");
- a word after a given name that is also a surname ("george brown": "George Brown").
`ordinary_capital` tells a common word typed with a capital only because it began the note
("Sensory-friendly mornings"), for the readers that say it mid-sentence.
"""

from __future__ import annotations

import functools

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.dictionary import clipped, in_dictionary
from composer.offline.notewords import is_team
from composer.offline.words import (
    CAPITALISED,
    DETERMINERS,
    FUNCTION_WORDS,
    INSTITUTION_HEADS,
    NOT_ACRONYMS,
    PERSON_HEADS,
    PLAIN_WORDS,
    PREPOSITIONS,
    SHORTHAND,
    TOOL_NAMES,
)


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


__all__ = [
    "BRAND_WORDS",
    "acronym",
    "edition_word",
    "named_start",
    "ordinary_capital",
    "title_word",
    "typed",
]


def typed(text: str) -> str:
    """The note item with the names it types in lower case given their capitals, where sure."""
    if not re.search(r"[a-z]", text):
        return text
    text = _HOLIDAY.sub(lambda m: _HOLIDAYS[_key(m.group())], text)
    text = _AT.sub(_at, text)
    if not _cased(text):  # the candidate who gives "July" its capital gives a title its own
        text = _before_media(text)
        text = _AFTER_MEDIA.sub(_after_media, text)
    text = _EDITION.sub(_edition, text)
    text = _GAME.sub(_team, text)
    text = _SHORT.sub(_short_word, text)
    return _given_names(text)


# A word with its capital inside a sentence, not "I" ("the haute couture show in July").
_MID_CAPITAL = re.compile(r"(?<=[a-z,;] )(?!I\b)[A-Z][a-z]+\b")


def _cased(text: str) -> bool:
    """True when `text` gives a word its capital inside a sentence (a month, a place): typed
    with care, so a run of words in lower case is no title."""
    return _MID_CAPITAL.search(text) is not None


# Degrees typed in lower case, with the capitals they are written with ("my msc thesis").
_DEGREES = {
    d.lower(): d
    for d in ("MSc", "BSc", "PhD", "MPhil", "DPhil", "BEng", "MEng", "MRes", "BCom", "MCom")
}


def _short_word(found: re.Match[str]) -> str:
    """A short word typed in lower case: a degree in its capitals, an acronym in capitals."""
    word = found.group()
    if word in _DEGREES:
        return _DEGREES[word]
    return word.upper() if acronym(word) else word


# Holidays and days of the calendar people type in lower case (any spelling of the apostrophe).
_HOLIDAYS = {
    " ".join(name.lower().replace("'", "").split()): name
    for name in [
        "Black Friday", "Cyber Monday", "Boxing Day", "Christmas Eve", "Christmas Day",
        "Christmas", "New Year's Eve", "New Year's Day", "Mother's Day", "Father's Day",
        "Valentine's Day", "St Patrick's Day", "Good Friday", "Easter Monday", "Easter Sunday",
        "Easter", "Thanksgiving", "Halloween", "Memorial Day", "Labor Day", "Labour Day",
        "Canada Day", "Australia Day", "Anzac Day", "Waitangi Day", "Independence Day",
        "Remembrance Day", "Veterans Day", "Presidents Day", "Martin Luther King Day",
        "Juneteenth", "Ramadan", "Eid", "Diwali", "Hanukkah", "Passover", "Yom Kippur",
        "Rosh Hashanah", "Lunar New Year", "Chinese New Year", "Hogmanay", "Prime Day",
        "Small Business Saturday", "Super Bowl", "Shrove Tuesday", "Pancake Day", "Bonfire Night",
        "Guy Fawkes Night", "Mardi Gras", "Pride Month",
    ]
}  # fmt: skip


def _key(words: str) -> str:
    return " ".join(words.lower().replace("'", "").replace("’", "").split())


def _spelled(key: str) -> str:
    """A holiday's words as notes type them: any spaces, "mothers" or "mother's"."""
    return r"\s+".join(w[:-1] + "[’']?s" if w.endswith("s") else w for w in key.split())


_HOLIDAY = re.compile(
    r"(?<![\w'’-])(?:"
    + "|".join(_spelled(k) for k in sorted(_HOLIDAYS, key=len, reverse=True))
    + r")(?![\w'’-])",
    re.IGNORECASE,
)


def named_start(text: str) -> bool:
    """True when `text` starts with a holiday given its capitals ("Black Friday results"): its
    first word keeps the capital even where the notes type the word in lower case."""
    found = _HOLIDAY.match(text)
    return found is not None and found.group() == _HOLIDAYS[_key(found.group())]


# "cashier @ target", "@ home depot on the tool desk", "@ spca 2 yrs": the words after "@" up
# to a small word, a figure or a mark name where (an address keeps its own "@").
_AT = re.compile(r"(?<!\S)@ ?(?P<run>[a-z][\w'&-]*(?: [a-z][\w'&-]*){0,3})")
# Where "@" says when or how, not at whose ("@ home", "@ night", "@ peak", "@ scale").
_SITUATIONS = _set(
    "home work school uni college church night nights weekends weekend peak scale speed sea "
    "lunch once least most best first last all times present moment large hand heart "
    "random cost volume full length"
)


# Kinds of workplace a run of plain words after "@" ends on: "@ secondary school".
_KINDS_OF_PLACE = _set(
    "school college hospital clinic hotel restaurant factory plant mill warehouse store shop "
    "bakery pharmacy library museum practice firm agency"
)


def _at(found: re.Match[str]) -> str:
    words = found["run"].split()
    name: list[str] = []
    for word in words:
        plain = word.rstrip(",;:.")
        if not plain or plain in FUNCTION_WORDS or plain in PREPOSITIONS or plain in DETERMINERS:
            break
        if lexicon.is_gerund(plain) or (name and lexicon.is_past(plain)):
            break  # "@ home doing", "@ target ran": a verb ends the name
        name.append(word)
        if plain != word:  # a comma or a stop after it ends the name
            break
    if not name or (len(name) == 1 and name[0].rstrip(",;:.") in _SITUATIONS):
        return found.group()
    rest = found["run"][len(" ".join(name)) :] + found.string[found.end() :]
    if re.match(r" ?\d", rest) and name[-1][-1:].isalpha():
        return found.group()  # "@ stn 4", "@ gate 12": a numbered place, not a name
    if any(not lexicon.known(w) and clipped(w) for w in name):
        return found.group()  # "@ hosp": a word cut short is shorthand
    if all(lexicon.known(w.rstrip(",;:.")) for w in name) and not _employed(found):
        return found.group()  # "entry @ lift stations": English words, and no one employed
    if all(lexicon.known(w.rstrip(",;:.")) for w in name) and name[-1] in _KINDS_OF_PLACE:
        # "teacher @ secondary school in zaragoza": a kind of place, described, no name
        start = found.start("run") - found.start()
        kind = " ".join(name)
        after = found["run"][len(kind) :]
        # "@ fish sauce factory Phan Thiết": the town after the kind of place, "in" it
        town = " in" if re.match(r" [A-ZÀ-Ý]", after + found.string[found.end() :]) else ""
        return f"{found.group()[:start]}{lexicon.article(kind)} {kind}{town}{after}"
    said = " ".join(_capital(w) for w in name)
    start = found.start("run") - found.start()
    return found.group()[:start] + said + found["run"][len(" ".join(name)) :]


# Words before "@" that say who works there ("cashier @ target", "3 yrs @ home depot"): a post,
# a span of time, a verb of working; then English words after it name the employer.
_SPANS = _set("yrs yr years year months mos mths summers seasons wks weeks shifts staff mgr asst")


def _employed(found: re.Match[str]) -> bool:
    before = found.string[: found.start()].split()
    last = before[-1].lower().strip(",;:()") if before else ""
    return (
        last in PERSON_HEADS
        or last in _SPANS
        or lexicon.is_agent_noun(last)
        or (lexicon.is_past(last) and last not in _SITUATIONS)
    )


def _capital(word: str) -> str:
    plain = word.rstrip(",;:.")
    if acronym(plain):
        return plain.upper() + word[len(plain) :]
    return TOOL_NAMES.get(plain, plain[:1].upper() + plain[1:]) + word[len(plain) :]


# English starts words with one consonant or one of these clusters; a short unknown word that
# starts otherwise ("spca", "ymca", "bcit", "nccer") is read letter by letter: an acronym.
_ONSETS = _set(
    "bl br ch cl cr dr dw fl fr gh gl gn gr kl kn kr ph pl pr ps qu sc sh sk sl sm sn sp st sw "
    "th tr tw wh wr sch scr shr sph spl spr squ str thr chr phr "
    # names from other languages start so too ("tsai", "zhang", "nguyen", "dvorak")
    "ts tz zh ng mb nd pf dv vl dj dm kw sv vr"
)
# Acronyms of two letters with a vowel that notes type in lower case; words notes cut short
# that English could not start so ("bday", "xfer").
_TWO_LETTERS = _set("ui ux ai qa")
# Acronyms of any trade that open on a vowel, typed in lower case ("the refunds api", "upi
# fraud detection"): the onset rule below cannot tell them from words.
_VOWEL_FIRST = _set(
    "api apis aws etl erp ehr emr iot ocr uat url urls upi oee ehs "
    # a hospital's and a regulator's ("ecmo runs", "the icu", "osha logs")
    "ecmo icu ecg eeg emt ems ohs osha iata imo ifr itil iec ieee"
)
_SHORT_FORMS = _set("bday xfer xmas xfr") | {short for short, _ in SHORTHAND}
_SHORT = re.compile(r"(?<![\w'’./@-])[a-z]{2,5}(?![\w'’/@-])")


@functools.cache
def acronym(word: str) -> bool:
    """A short word in lower case no dictionary knows, that English could not start with ("spca",
    "ymca", "bcit") or of two letters ("ui"): read letter by letter, an acronym."""
    if not (2 <= len(word) <= 5 and word.isalpha() and word.islower()):
        return False
    if word in NOT_ACRONYMS or word in PLAIN_WORDS or word in FUNCTION_WORDS or word in CAPITALISED:
        return False
    if word in _VOWEL_FIRST:
        return True
    if lexicon.known(word) or in_dictionary(word) or lexicon.classes(word.capitalize()):
        return False
    if len(word) == 2 or word in _SHORT_FORMS:
        return word in _TWO_LETTERS  # "ok", "eg" are words of notes; "ui", "ux" are not
    vowel = re.search(r"[aeiou]|(?<=.)y", word)
    if vowel is None:
        return False  # "crm", "mgr": propernames reads them once shorthand is spelled out
    return word[: vowel.start()] not in _ONSETS and len(word[: vowel.start()]) >= 2


# A media noun, and a run of two words or more before it typed after a verb that recommends:
# a title ("recommended gain grow retain podcast"); after "the", three
# words or more, or two after a verb that recommends ("suggested the trail runner nation
# podcast"). "a true crime podcast", "his cooking show", "the leadership podcast" name kinds.
_MEDIA = r"podcast|book|show|series|documentary|film|movie|novel|newsletter|blog|album|channel"
_MEDIA_NOUN = re.compile(rf"(?<=[a-z] )(?:{_MEDIA})\b(?![-'’])")
# What a title cannot hold: a verb that recommends, a describing word, a pronoun.
_NOT_TITLE = _set(
    "recommended recommends recommend suggested suggests rec'd recd recs rec read reading listen "
    "listening watch watching try trying check told said mentioned loves love likes into about "
    "great good new old fave favourite favorite her his their my our your this that these "
    "me him them you it"
)


def _before_media(text: str) -> str:
    for found in reversed(list(_MEDIA_NOUN.finditer(text))):
        words = text[: found.start()].split()
        title: list[str] = []
        while (
            words
            and len(title) < 6
            and re.fullmatch(r"[a-z][a-z'’-]*", words[-1])
            and words[-1] not in _NOT_TITLE
            and (words[-1] not in FUNCTION_WORDS or words[-1] in ("and", "of"))
        ):
            title.insert(0, words.pop())
        while title and title[0] in FUNCTION_WORDS:
            words.append(title.pop(0))
        the = bool(words) and words[-1] == "the"
        before = words[:-1] if the else words
        recommending = bool(before) and before[-1].lower() in _RECOMMENDING
        # with no verb that recommends, "the" and three words not led by a describing word
        # ("the monthly crop update newsletter" is a kind of newsletter)
        named = the and len(title) >= 3 and "adj" not in lexicon.classes(title[0])
        if len(title) < 2 or not (recommending or named):
            continue
        if lexicon.is_plural_noun(title[-1]) and not lexicon.is_noun(title[-1]):
            continue
        start = found.start() - len(" ".join(title)) - 1
        text = text[:start] + _title_case(title) + text[start + len(" ".join(title)) :]
    return text


_RECOMMENDING = _set(
    "recommended recommends recommend suggested suggests rec'd recd recs rec read listen watch "
    "try to out"
)
# "recommended the book the culture code": a title after its media noun, to the line's end.
_AFTER_MEDIA = re.compile(
    r"(?P<head>\b(?:recommended|suggested|rec'd|recs?)\b.*?\b(?:the )?(?:book|novel|podcast|"
    r"show|series|documentary|film|movie)\s+)(?P<run>(?:the |a )?[a-z][a-z'’-]*(?: [a-z][a-z'’-]*)"
    r"{1,5})$"
)


def _after_media(found: re.Match[str]) -> str:
    words = found["run"].split()
    if words[0] in PREPOSITIONS or words[0] in _NOT_TITLE or words[-1] in FUNCTION_WORDS:
        return found.group()  # "the podcast on leadership", "the book about negotiation"
    if any(w in ("i", "you", "he", "she", "we", "they", "it") for w in words):
        return found.group()  # "the book she wrote": a clause, no title
    return found["head"] + _title_case(words)


_SMALL = _set("a an and as at but by for from in into nor of on or the to with")


def _title_case(words: list[str]) -> str:
    return " ".join(w if n and w in _SMALL else title_word(w) for n, w in enumerate(words))


def title_word(word: str) -> str:
    """A word of a title typed in lower case, with its capital ("ui": "UI", "code": "Code")."""
    return word.upper() if acronym(word) else word[:1].upper() + word[1:]


# "the leafs game", "the saints match": a plural before a game is a team's name (as before
# "fans", `notewords.is_team`).
_GAME = re.compile(r"(?<=\bthe )(?P<team>[a-z]+s)(?= (?:game|match|fixture|derby)\b)")
# Plurals of people or of a sport before "game": no team ("the kids game", "the darts match").
_NO_TEAMS = _set("kids boys girls lads men women ladies parents students members staff players "
                 "families friends darts bowls cards skittles sports games")  # fmt: skip


def _team(found: re.Match[str]) -> str:
    team = found["team"]
    return team.capitalize() if is_team(team) and team not in _NO_TEAMS else team


# "shopify plus", "quickbooks online": a product and the edition of it, both capitalised.
_EDITIONS = "plus|pro|premium|enterprise|online|cloud|advanced|essentials|business|max|pos"
_EDITION = re.compile(rf"\b(?P<name>[A-Za-z]{{3,}}) (?P<edition>{_EDITIONS})\b(?![-'’])")
_PRODUCTS = {
    **TOOL_NAMES,
    **{n.lower(): n for n in _set("Shopify QuickBooks Square Lightspeed Clover Xero Sage Zoom "
       "Office Slack Adobe Canva Notion Squarespace Wix WooCommerce BigCommerce Magento")},
}  # fmt: skip


def edition_word(name: str, word: str) -> bool:
    """True when `word` ("Plus") is the edition of the product `name` ("Shopify") before it."""
    return (
        name.lower().strip(",;:") in _PRODUCTS and re.fullmatch(_EDITIONS, word.lower()) is not None
    )


def _edition(found: re.Match[str]) -> str:
    name = found["name"]
    said = _PRODUCTS.get(name.lower())
    if said is None or (name.islower() and name in ("go", "office", "square", "sage", "zoom")):
        return found.group()  # "square pos" may be a shape; only a sure name takes the edition
    edition = found["edition"]
    return f"{said} {'POS' if edition == 'pos' else edition.capitalize()}"


# "the george brown supply chain cert": a given name (a word the tables know only with its
# capital) and a word after it that is also a surname ("Brown") name one person or a place.
# Only before what a named place or scheme offers, up to three words on ("the george brown
# supply chain cert"): elsewhere the pair may be a thing ("chelsea flower show").
_OFFERED = "|".join(
    sorted(INSTITUTION_HEADS)
    + sorted(
        _set(
            "cert certs certificate course program programme diploma degree scholarship award "
            "prize fellowship bootcamp apprenticeship"
        )
    )
)
_GIVEN = re.compile(
    r"(?<![\w'’-])(?=(?P<given>[A-Za-z][a-z]{2,}) (?P<family>[a-z]{3,})"
    rf"(?: [a-z&]+){{0,3}} (?:{_OFFERED})s?\b)"
)


# A given name the tables know only with its capital, then a word no table or dictionary knows:
# "paul brodie" -> "Paul Brodie", anywhere in the line.
_GIVEN_ANY = re.compile(r"(?<![\w'’-])(?=(?P<given>[a-z]{3,}) (?P<family>[a-z]{3,})\b(?![\w'’-]))")


def _given_names(text: str) -> str:
    for found in reversed(list(_GIVEN_ANY.finditer(text))):
        given, family = found["given"], found["family"]
        if _given_only(given) and not lexicon.known(family) and not in_dictionary(family):
            end = found.start() + len(given) + 1 + len(family)
            text = f"{text[: found.start()]}{given.capitalize()} {family.capitalize()}{text[end:]}"
    for found in reversed(list(_GIVEN.finditer(text))):
        if _given(found["given"], found["family"]):
            end = found.start() + len(found["given"]) + 1 + len(found["family"])
            said = f"{found['given'].capitalize()} {found['family'].capitalize()}"
            text = text[: found.start()] + said + text[end:]
    return text


def _given_only(given: str) -> bool:
    """A word the tables know only with its capital, as a name ("paul", "george")."""
    lower = given.lower()
    if lexicon.known(lower) or lower in CAPITALISED or lower in FUNCTION_WORDS:
        return False
    return set(lexicon.classes(given.capitalize())) == {"noun"}  # a given name, capitalised


def _given(given: str, family: str) -> bool:
    if not _given_only(given):
        return False  # no given name the tables know with its capital
    if family in FUNCTION_WORDS or lexicon.is_gerund(family) or lexicon.is_past(family):
        return False
    # a word the tables know in lower case and as a surname ("brown", "green", "young")
    return lexicon.known(family) and bool(lexicon.classes(family.capitalize()).get("noun"))


# Products and firms named by an English word, which a line may start with as the name
# ("Teams rollout", "Square terminals"): a capital there is no habit.
BRAND_WORDS = _set(
    "slack teams outlook notion office word windows square target apple shell sage zoom oracle "
    "unity jenkins ansible puppet chef go swift ruby rust java excel access project visio "
    "bolt uber lime tesco boots next argos currys asda aldi lidl costco walmart"
)


def ordinary_capital(word: str) -> bool:
    """True when `word` ("Sensory-friendly", "Seasonal") is a common word typed with a capital:
    every part an English word in lower case, none a name the tables know with its capital and
    no product named by a word ("Teams")."""
    if not re.fullmatch(r"[A-Z][a-z]+(?:-[a-z]+)*", word) or word.lower() in BRAND_WORDS:
        return False
    for part in word.lower().split("-"):
        if part in CAPITALISED or part in TOOL_NAMES or _key(part) in _HOLIDAYS:
            return False
        if not lexicon.known(part) or lexicon.classes(part.capitalize()):
            return False
    return True
