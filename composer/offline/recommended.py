"""Thanks for a recommendation, by what was recommended: "she recommended DDIA, said I should
read ch. 9" -> thanks, and what the candidate will do with it ("I look forward to reading it",
"I am already reading it", "I will look into it"). `rapport` reads the note's kind.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.foreignnames import name_words
from composer.offline.namecase import title_word
from composer.offline.shorthand import expand
from composer.offline.words import PHRASE_OPENERS, PREPOSITIONS, SMALL_NUMBERS

T = TypeVar("T")  # the line a recommendation becomes (`rapport.RapportLine`)

READING_IT = re.compile(
    r"^you are (?:reading|watching|listening to|playing) (?P<what>.+?) and (?:recommended|"
    r"suggested) it$"
)
# What the candidate will do with a recommendation, by the kind of thing recommended.
_ACTIONS: tuple[tuple[re.Pattern[str], str, str], ...] = (
    # an event one goes to, named: "the European Coatings Show" is never watched; whether the
    # candidate can go is theirs to settle, so they will look into it (judged lines, reader 5)
    (re.compile(r"\b(?:[A-Z][\w&'-]*\s+)+(?:Show|Fair|Expo|Festival)\b"),
     "looking into", "look into"),
    (re.compile(r"\b(book|novel|biography|memoir|article|paper|essay|guide|newsletter|blog"
                r"|manual|handbook|workbook|chapter|atlas|cookbook)s?\b",
                re.I), "reading", "read"),
    # a lecture or a talk still to come ("the lecture on X later this month") is attended
    (re.compile(r"\b(?:lecture|talk|seminar|symposium)s?\b.*\b(?:later\s+this|next|this\s+"
                r"(?:week|month)|tomorrow|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday"
                r"|Saturday|Sunday|\d))", re.I), "attending", "attend"),
    (re.compile(r"\b(film|movie|documentary|series|show|talk|video|lecture)s?\b", re.I),
     "watching", "watch"),
    (re.compile(r"\b(podcast|album|song|record|playlist)s?\b", re.I), "listening to", "listen to"),
    (re.compile(r"\b(restaurant|caf[eé]|bakery|bar|pub|recipe|diner|deli|takeaway"
                r"|(?:curry|steak|coffee|noodle|tea)\s+(?:house|shop))s?\b", re.I),
     "trying", "try"),
    # "the new Indian place", "a taco spot": a cuisine's or a food's place is somewhere to eat
    (re.compile(r"\b(?:[A-Z][a-z]+(?:an|ese|ish|i|ch)|pizza|taco|burger|ramen|sushi|brunch"
                r"|curry|noodle|coffee|dim\s+sum)\s+(?:place|spot|joint)s?\b"),
     "trying", "try"),
)  # fmt: skip


# Places one goes to see: "the paper museum in Basel" is visited.
_VISITED = frozenset(
    ["museum", "museums", "gallery", "library", "archive", "mill",
     "village", "castle", "cathedral", "church", "garden", "gardens", "park", "site", "workshop",
     "studio", "monastery", "abbey", "zoo", "aquarium", "observatory"]
)  # fmt: skip


def action(what: str) -> tuple[str, str]:
    """What the candidate will do with what was recommended: the kind of thing it names ("the
    Unified Namespace talk by Walker Reynolds" is watched), else a title "by" someone is read."""
    # the thing itself before what is said of it ("the paper museum in Basel for its ..."):
    # its last word names the kind (a museum is visited, never read)
    head = re.split(r"\s+(?:in|at|for|on|near|about|with|from)\s+|,", what, maxsplit=1)[0]
    last = head.split()[-1].lower() if head.split() else ""
    if last in _VISITED:
        return "visiting", "visit"
    for pattern, gerund, base in _ACTIONS:
        if pattern.search(what):
            return gerund, base
    if re.search(r"\bby [A-Z]", what):  # "Just Enough Research by Erika Hall": a book
        return "reading", "read"
    return "looking into", "look into"


# "she recommended DDIA, said I should read ch. 9": thanks, and what the candidate will do.
RECOMMENDED_TO_ME = re.compile(
    r"^(?:he|she|they|[A-Z][\w'-]+)\s+(?:(?:also|kindly)\s+)?(?:recommended|suggested)\s+"
    r"(?P<what>[^,;]+?)\s*(?:[,;]|\s-|\s+and)\s*(?:(?:he|she|they)\s+)?(?:said|says|thinks)?\s*"
    r"(?:that\s+)?I\s+should\s+(?P<do>[^,;]+)$"
    r"|^(?:he|she|they|[A-Z][\w'-]+)\s+(?:recommended|suggested)\s+(?:that\s+)?I\s+"
    r"(?:should\s+)?(?P<verb>read|watch|listen\s+to|try|attend|join|visit|apply\s+for)"
    r"\s+(?P<what2>.+)$",
    re.IGNORECASE,
)
ABBREVIATED = ((re.compile(r"\bch\.\s*(?=\d)|\bch\s+(?=\d|on\b|of\b)", re.I), "chapter "),
                (re.compile(r"\bpp?\.\s*(?=\d)", re.I), "page "))  # fmt: skip


# "said every associate should read it": what to do with a recommendation, in the note itself.
TOLD_TO = re.compile(
    r"\b(?:should|must|to|have\s+to|got\s+to)\s+(?P<verb>read|watch|listen\s+to)\b", re.I
)


# What a candidate may already have done with a recommendation, as typed (past tense).
_DONE = (
    r"ordered|bought|downloaded|borrowed|reserved|requested|read|watched|started|finished"
    r"|bookmarked|saved|listened\s+to|subscribed\s+to|picked\s+up|preordered|pre-ordered"
)
# Some parts of what was recommended: "a few episodes", "the first two chapters".
_SOME = (
    r"(?:a\s+few|a\s+couple\s+of|some|both|all|the\s+first(?:\s+(?:few|two|three))?|two|three|\d+)"
)
_PARTS = r"(?:episodes?|eps?|chapters?|chs?|parts?|issues?|volumes?|books?|talks?|videos?)"
# Of those, what gets a copy (the reading, watching or listening is still to come).
_GOT = frozenset(
    ["ordered", "bought", "downloaded", "borrowed", "reserved", "requested", "picked",
     "preordered", "pre-ordered", "bookmarked", "saved"]
)  # fmt: skip
# "- re-reading it", ", already reading it": the candidate is doing it already; "- already own
# it, reread ch 3": the candidate has a copy, and may say what they will go back to in it.
ALREADY = re.compile(
    r"\s*(?:-+|–|—|,|;)\s*(?:(?:I'm|I am|im)\s+)?(?P<already>already\s+)?(?P<doing>re-?reading"
    r"|reading|watching|listening\s+to|using|trying|ordering|buying|downloading|borrowing)\s+it"
    r"(?:\s+now)?\s*[.!]*$"
    r"|\s*(?:-+|–|—|,|;)\s*(?:I\s+)?(?:already\s+)?(?P<own>own|have|got)\s+(?:it|a\s+copy)"
    r"(?:\s+already)?(?:\s*(?:[,;+]|\s-+|\s+and)\s*(?:(?:will|I'll|going\s+to|gonna)\s+)?"
    r"(?P<plan>re-?read\s+(?:the\s+|ch\b|chapters?\b|part\b|section\b)[^,;.!?]*?))?\s*[.!]*$"
    # "- ordered it", "- downloaded it on the train home": done already (never "I will ...")
    r"|\s*(?:-+|–|—|,|;)\s*(?:I\s+)?(?:(?:have|['’]ve)\s+)?(?:already\s+|just\s+)?"
    rf"(?P<done>{_DONE})\s+(?P<copy>it|a\s+(?:[a-z-]+\s+)?copy|{_SOME}\s+{_PARTS})(?:\s+already)?"
    r"(?:\s+(?:on|from|at|in|last|yesterday|today|this|over)\b[^,;.!?]*)?\s*[.!]*$"
    # "- will get a copy", "- gonna order it this wk": what the candidate will do with it
    r"|\s*(?:-+|–|—|,|;)\s*(?:I\s+)?(?:will|I['’]ll|going\s+to|gonna|plan\s+to)\s+(?P<will>(?:"
    r"(?:get|order|buy|borrow|download|pick\s+up)\s+a\s+(?:[a-z-]+\s+)?copy|(?:order|buy|borrow"
    r"|download|pick\s+up)\s+it)(?:\s+(?:this|next|on|at|from|over|soon|tonight|tomorrow)\b"
    r"[^,;.!?]*)?)\s*[.!]*$"
    # "- will read over the holidays", "- will go before Saturday" (`rapporttails.planned`)
    r"|\s+(?:-+|–|—)\s+will\s+(?P<aim>(?:read|watch|listen\s+to|try|visit|go|book|get|see"
    r"|order|buy|borrow|download|check\s+out|look\s+(?:it\s+)?up|pick\s+up)\b[^,;.!?]*?)"
    r"\s*[.!]*$",
    re.IGNORECASE,
)


# "recommended reading the RAIB annual report": what is recommended, not the reading of it.
_CONSUMED = re.compile(
    r"^(?:reading|watching|listening\s+to|checking\s+out)\s+(?=the\b|an?\b|[A-Z])"
)


def chapter(what: str) -> str:
    """ "the SRE workbook ch on alerting" -> "... chapter on alerting"; a title typed in quotes
    all in lower case is a title ("'the sound of things falling'" -> "'The Sound of Things
    Falling'")."""
    what = _CONSUMED.sub("", what)
    what = _EPISODE.sub(lambda m: _SHORT_PARTS[m.group().lower()], what)  # "ep on pricing"
    what = _NAMED_KIND.sub(r"the \g<0>", what)  # "Fundraising Everywhere podcast": "the"
    for pattern, full in ABBREVIATED:
        what = pattern.sub(full, what)
    return _QUOTED_LOWER.sub(_titled, what)


# "'the perfect storm' by junger": after a title in quotes, "by" and one to three words to the
# end of the line name its author, typed in lower case; said as a name ("by Junger", "by Nan
# Shepherd"), particles small ("by alain de botton": "Alain de Botton"). Words that tell a time or
# a place ("by friday", "by the end of may", "by post") are not a name: the line is left as typed.
_BY_LOWER = re.compile(
    r"(?P<title>['‘\"“][^'’\"”]+['’\"”])\s+by\s+(?P<name>(?=.*(?<![\w'’-])[a-z])[A-Za-z][a-z'’-]*(?:\s+[A-Za-z][a-z'’-]*){0,2})$"
)
_PARTICLES = frozenset(["van", "von", "de", "du", "da", "der", "den", "di"])
_NOT_NAMES = frozenset(
    ["the", "a", "an", "my", "his", "her", "their", "our", "your", "me", "him", "them", "us",
     "then", "now", "next", "this", "end", "tomorrow", "tonight", "today", "post", "email",
     "mail", "phone", "text", "monday", "tuesday", "wednesday", "thursday", "friday",
     "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
     "january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
     "sept", "oct", "nov", "dec", "far", "way", "all", "accident", "chance", "hand"]
)  # fmt: skip


def _name_word(word: str, first: bool) -> str:
    if not first and word in _PARTICLES:
        return word
    return re.sub(r"(?:^|(?<=['’-]))[a-z]", lambda m: m.group().upper(), word)


def by_author(what: str) -> str:
    """ "'the perfect storm' by junger" -> "'the perfect storm' by Junger": the author after a
    quoted title said as a name (the title itself is `chapter`'s)."""
    found = _BY_LOWER.search(what)
    if not found or set(found["name"].lower().split()) & _NOT_NAMES:
        return what
    words = found["name"].split()
    name = " ".join(_name_word(w, not n) for n, w in enumerate(words))
    return f"{what[: found.start('name')]}{name}"


# "Fundraising Everywhere podcast", "Lenny's Podcast episode on pricing": a name, then the kind
# of thing it names, takes "the".
_NAMED_KIND = re.compile(
    r"^(?!(?:The|A|An)\b)[A-Z][\w'&.-]*(?:\s+[A-Z][\w'&.-]*)*\s+(?:podcast|newsletter|blog"
    r"|series|documentary|channel|app|episodes?)\b"
)
# "ep" and "eps" typed for an episode: before what it is on, of or with, a number, or the end.
_EPISODE = re.compile(
    r"(?i)(?<![\w'’-])eps?(?=\s+(?:on|of|with|about|w/|where|from|featuring)\b|\s+\d|\s*$)"
)
# A title in quotes typed from a lower-case word on; its small words stay small after the first.
_QUOTED_LOWER = re.compile(
    r"(?P<open>(?<!\w)['‘\"“])(?P<title>[a-z][A-Za-z '’]*[a-z])(?P<close>['’\"”])(?!\w)"
)
# The small words a title keeps in lower case after its first word.
_SMALL = frozenset(
    ["a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "on",
     "or", "the", "to", "vs", "with"]
)  # fmt: skip


def _titled(found: re.Match[str]) -> str:
    words = found["title"].split()
    said = [w if n and w in _SMALL else title_word(w) for n, w in enumerate(words)]  # "UI"
    return f"{found['open']}{' '.join(said)}{found['close']}"


_SHORT_PARTS = {"ep": "episode", "eps": "episodes", "ch": "chapter", "chs": "chapters"}


def _parts(copy: str) -> str:
    """ "2 eps" -> "two episodes": a count of parts said in full."""
    words = [_SHORT_PARTS.get(w.lower(), w) for w in copy.split()]
    if words[0].isdigit() and 0 < int(words[0]) <= len(SMALL_NUMBERS):
        words[0] = SMALL_NUMBERS[int(words[0]) - 1]
    return " ".join(words)


# The candidate's own time or condition typed after the thing recommended: "when i get a
# chance", "if im in Leiden", "next time I'm in Brussels".
_WHEN_I = re.compile(
    r"(?i)\s+(?P<when>(?:when|if|whenever|once|next\s+time|the\s+next\s+time)\s+"
    r"(?:i|im|i'm|i’m)\s.*)$"
)


def recommended(
    line: Callable[..., T],
    what: str,
    gerund: str,
    base: str,
    doing: re.Match[str] | None,
) -> T:
    """Thanks for a recommendation and what the candidate does with it: "I am re-reading it
    now", "I will reread chapter 3 of my copy" (a copy they own: never "I will look into it"),
    "I will look into it" (never "I look forward to looking into it")."""
    when = _WHEN_I.search(what)  # "if im in Leiden": when the candidate will, never the thing
    if when and not doing:
        said = re.sub(r"(?i)\bi(?:m|'m|’m)\b", "I am", when["when"])
        said = re.sub(r"\bi\b", "I", said)
        return line("recommendation_when", what=titled(what[: when.start()], base), base=base,
                    when=said)  # fmt: skip
    what = titled(what, base)  # "told me to read narrow dog to carcassonne": a title
    if doing and doing["done"]:  # "- ordered it": what the candidate has done, and will do
        verb, rest = [*doing["done"].lower().split(maxsplit=1), ""][:2]
        done = " ".join([lexicon.verb_forms(lexicon.base_of(verb) or verb).get("VBN", verb), rest])
        done = f"{' '.join(done.split())} {_parts(' '.join(doing['copy'].split()))}"
        if verb in _GOT and base != "look into":  # ordered, not yet read: "and look forward to"
            them = "it" if re.match(r"(?i)it$|a\s.*copy$", doing["copy"]) else "them"
            done = f"{done} and look forward to {gerund} {them}"
        return line("recommendation_done", what=what, done=done)
    if doing and doing["will"]:  # "- will get a copy": what the candidate will do
        return line("recommendation_do", what=what, do=" ".join(doing["will"].split()))
    if doing and doing["aim"]:  # "- will read over the holidays": "read it over the ..."
        return line("recommendation_do", what=what, do=aimed(doing["aim"]))
    if doing and doing["own"]:  # "already own it, reread ch 3": what they will go back to
        plan = doing["plan"]
        do = (
            f"{chapter(plan).replace('re-read', 'reread')} of my copy"
            if plan
            else "go back to my copy"
        )
        return line("recommendation_do", what=what, do=do)
    if doing:
        verb = doing["doing"].lower()
        now = f"already {verb} it" if doing["already"] else f"{verb} it now"
        return line("recommendation_doing", what=what, doing=now)
    if base == "look into":
        return line("recommendation_do", what=what, do="look into it")
    # "the frame building videos": several; "Atomic Habits", "the manual of exotic pets": one
    head = re.split(
        r"\s(?:of|for|about|by|on|with|from|at|in|before|after|when|while|until|during)\s",
        what,
        maxsplit=1,
    )[0].split()
    last = head[-1] if head else ""
    many = last.islower() and lexicon.is_plural_noun(last) and last not in ("series", "news")
    many = many and not re.match(r"(?i)(?:how|what|why|where|when|who)\b", what)  # "how X works"
    it, it_is = ("them", "they are") if many else ("it", "it is")
    return line("recommendation", what=what, action=gerund, base=base, it=it, it_is=it_is)


# What a title typed in lower case is made of: the words of a title case keeps small.
_LEADS = PHRASE_OPENERS | frozenset(["these", "those", "some"])
_KINDS = frozenset(
    ["book", "novel", "podcast", "film", "movie", "show", "series", "documentary", "album", "blog"]
)
_READING = frozenset(["read", "watch", "listen to"])


def _title(words: list[str]) -> str:
    return " ".join(
        w if (i > 0 and w in _SMALL) else w[:1].upper() + w[1:] for i, w in enumerate(words)
    )


def titled(what: str, base: str) -> str:
    """A title typed all in lower case, given a title's capitals, where the grammar says it is
    one: the object of "read", "watch" or "listen to" with no article ("narrow dog to
    carcassonne" -> "Narrow Dog to Carcassonne"), or the words after a kind of work ("the book
    educated" -> "the book Educated"). A gerund ("trying the tasca"), a particle ("up on ...")
    or a first word typed with a capital, or quotes, leave it as it is."""
    words = what.split()
    if not what[:1].islower() or re.search(r"(?:^|\s)[\"'‘“]", what) or len(words) < 2:
        return what
    if name_words(what):  # "the Rijksmuseum van Oudheden": a name with its own capitals
        return what
    if words[0] in _LEADS:
        kind = len(words) > 2 and words[1] in _KINDS and words[2] not in _SMALL  # "book by"
        kind = kind and words[2] not in PREPOSITIONS  # "a podcast about ships": no title
        return f"{words[0]} {words[1]} {_title(words[2:])}" if kind else what
    first = words[0]
    if base not in _READING or (first.endswith("ing") and lexicon.is_gerund(first)):
        return what
    kinds = lexicon.classes(first)
    if "prep" in kinds or "adv" in kinds:
        return what  # "up on the new regs", "widely"
    return _title(words)


# Verbs of a plan that take the thing recommended as "it" when the note leaves it out.
_TAKES_IT = frozenset(
    ["read", "watch", "listen to", "try", "visit", "see", "order", "buy", "borrow", "download",
     "check out", "book", "look up", "pick up", "get"]
)  # fmt: skip


def aimed(aim: str) -> str:
    """The candidate's plan for a recommendation, said whole: "read over the hols" -> "read it
    over the holidays", "get tix for next yr" -> "get tickets for next year"."""
    found = re.match(r"(?i)(listen\s+to|check\s+out|look\s+up|pick\s+up|\w+)\s*(.*)$", aim)
    assert found is not None
    verb, rest = " ".join(found[1].lower().split()), found[2].strip()
    rest = expand(_SPELLED.sub(lambda m: _SPELL[m[0].lower()], rest)) if rest else rest
    rest = _ORDINAL.sub(r"\1 the ", rest)  # "before 2nd stage": "before the second stage"
    both = re.match(r"(?i)(?:and|\+|&)\s*(?P<then>(?:read|watch|listen\s+to|try|visit)\b.*)$", rest)
    if both:  # "download and read before the second stage": "download and read it before ..."
        return f"{verb} and {aimed(both['then'])}"
    first = rest.split(" ", 1)[0].lower()
    bare = not rest or first in PREPOSITIONS or first in _TIMES
    said = f"{verb} it {rest}" if verb in _TAKES_IT and bare else f"{verb} {rest}"
    said = re.sub(r"(?i)\b(before|by|after|until|till) on (?=[A-Z])", r"\1 ", said)  # a day
    return said.strip()


# An ordinal after a preposition, with no article: "before second stage".
_ORDINAL = re.compile(
    r"(?i)\b(before|after|at|for|by|until)\s+(?=(?:first|second|third|final)\s+[a-z])"
)
_TIMES = frozenset(["next", "this", "tomorrow", "soon", "sometime", "someday", "once", "when"])
# Words of a plan `shorthand.expand` leaves as typed.
_SPELL = {"tix": "tickets", "hols": "holidays", "xmas": "Christmas"}
_SPELLED = re.compile(r"(?i)(?<![\w'])(?:tix|hols|xmas)(?![\w'])")


# A recommendation typed as what they told the candidate to do ("he told me to get the book
# tattooing the invisible", "she said I should watch the film ..."): the kind of thing, then its
# title or name.
_TOLD_TIP = re.compile(
    r"^(?:(?:s?he|they|[A-Z][\w'-]+)\s+)?(?:told\s+me\s+to|said\s+(?:that\s+)?I\s+should"
    r"|said\s+to)\s+(?P<verb>get|buy|read|watch|listen\s+to|pick\s+up|check\s+out|try|visit)\s+"
    r"(?P<kind>(?:the|a|an|this|that)\s+(?:book|novel|film|movie|documentary|podcast|album"
    r"|series|show|restaurant|caf[eé]|bakery|app))\s+(?P<title>\S.*?)\s*[.!]*$",
    re.IGNORECASE,
)
_COPIES = frozenset(["get", "buy", "pick up"])


def told_tip(note: str) -> tuple[str, dict[str, str]] | None:
    """The section and values of thanks for a tip typed as what they told the candidate to do:
    the title named only where its capitals are sure (typed with them, or in quotes), else the
    kind alone ("Thank you for recommending the book; I will get a copy."); None otherwise."""
    found = _TOLD_TIP.match(" ".join(note.split()))
    if found is None or re.search(r"\b(?:my|we|our)\b|[?(]", found["title"]):
        return None
    kind = found["kind"].split()[-1].lower()
    title = found["title"]
    sure = title[:1].isupper() or re.fullmatch(r"['‘\"“].+['’\"”]", title) is not None
    what = f"the {kind} {title}" if sure else f"the {kind}"
    verb = " ".join(found["verb"].lower().split())
    copy = kind in ("book", "novel", "album") and verb in _COPIES
    head, _, particle = verb.partition(" ")  # "check out": "check it out"; "listen to it"
    do = f"{head} it {particle}" if particle == "out" else f"{verb} it"
    return "recommendation_do", {"what": what, "do": "get a copy" if copy else do}
