"""The articles notes leave out of an action: "led HR side of" -> "led the HR side of",
"wrote SOP for sample reception" -> "wrote an SOP for sample reception"."""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.words import (
    COUNTABLE,
    DETERMINERS,
    FUNCTION_WORDS,
    MADE_THINGS,
    OBJECT_COUNTABLE,
    ORGANISATIONS,
    SMALL_NUMBERS,
)

_COUNTED_THINGS = COUNTABLE | OBJECT_COUNTABLE


# The one means a deed was done with, named last with no article: "cut grader breakdowns w/
# cold-start routine" -> "... with a cold-start routine".
_MEANS = re.compile(
    r"\b(?P<p>with|via|using) (?!(?:the|a|an|my|our|their|his|her|this|that|each|every)\b)"
    r"(?P<np>(?:[a-z][\w-]* ){0,2}(?P<head>[a-z]+))(?=$|[,.;])"
)
_MEANS_HEADS = frozenset(
    ["routine", "method", "technique", "system", "tool", "checklist", "template", "tracker",
     "spreadsheet", "process", "app", "script", "dashboard", "calculator", "jig", "fixture",
     "rota", "schedule", "procedure", "protocol", "workflow"]
)  # fmt: skip


def _means(found: re.Match[str]) -> str:
    if found["head"] not in _MEANS_HEADS or any(w in FUNCTION_WORDS for w in found["np"].split()):
        return found[0]
    return f"{found['p']} {lexicon.article(found['np'])} {found['np']}"


def articles(text: str) -> str:
    """The articles notes leave out of an action: "led HR side of" -> "led the HR side of",
    "worked on Workday go-live" -> "worked on the Workday go-live", "helped raise perio
    re-care rate" -> "helped raise the perio re-care rate", "won the firm's award 2023" ->
    "... award in 2023"."""
    text = re.sub(r"^(\w+) (?=[A-Z][\w-]* side of\b)", r"\1 the ", text)
    text = re.sub(
        r"\b(on|for|in|through|during|into|with) (?=[A-Z][\w-]* (?:go-live|rollout|roll-out"
        r"|launch|migration|upgrade|implementation|rebrand)\b)",
        r"\1 the ",
        text,
    )
    text = re.sub(
        r"^((?:helped )?(?:raise|raised|cut|reduced|improved|lowered|increased|lifted|boosted"
        r"|kept|maintained|held|brought|got|pushed|drove)) "
        r"(?!(?:the|a|an|my|our|their)\b)(?=(?:[\w-]+ ){0,3}(?:rate|ratio|score)\b)",
        r"\1 the ",
        text,
    )
    text = _MADE.sub(_made, text)
    text = _MEANS.sub(_means, text)  # "cut breakdowns w/ cold-start routine": with a routine
    # "paper at stanford geothermal workshop": one event, named by its host and subject
    text = re.sub(
        r"\b(at|to) (?!(?:the|a|an|my|our|their|this|that|each|every|one|two)\b)"
        r"(?=(?:[\w-]+ ){1,3}(?:workshop|conference|symposium|congress|summit|convention)\b)",
        r"\1 the ",
        text,
    )
    # "reject rate on sulphuric line": the one production line named by what it runs
    text = re.sub(
        r"\b(on|to|for) (?!(?:the|a|an|my|our|their|this|that|each|every|one|new)\b)"
        r"(?=(?:[a-z][\w-]* ){1,2}line\b)",
        r"\1 the ",
        text,
    )
    # "set up 'transition to kinder' program": a thing made, named in quotes before its head
    text = _QUOTED.sub(lambda m: f"{m['v']} {lexicon.article(m['n'])} ", text)
    # "led commissioning of 2 linacs": the work named by its gerund, then what it was of
    text = re.sub(r"^(led|managed|oversaw|coordinated|ran) (?=[a-z]+ing of )", r"\1 the ", text)
    # "super user at current clinic, helped w/ go-live": the candidate's own place, the event
    text = re.sub(r"\b(at|in|from) (current|previous|former|old) (?=[a-z])", r"\1 my \2 ", text)
    # "for the last firm", "at the previous practice": the candidate's own former workplace
    text = re.sub(
        r"\b(at|in|from|for|with) the (last|previous|former) (?=(?:firm|company|employer|job"
        r"|practice|trust|agency|school|hospital|clinic|store|branch|carrier)\b)",
        r"\1 my \2 ",
        text,
    )
    # "over £214,000 threshold": the one threshold a figure names takes "the"
    text = re.sub(
        r"\b(over|under|above|below|within) (?=(?:about |around )?[£$€]\d[\d,.]*(?:k|m|bn)?"
        r" (?:threshold|limit|cap|ceiling)\b)",
        r"\1 the ",
        text,
    )
    # "..., QA average 96% on EMD": a score's average after a comma, with what it is of
    text = _AVERAGE.sub(_average, text)
    # "via own bank staff", "with own tools": the candidate's ("our own" would lose its "our"
    # to `tidy.ours`, which reads "our X" as the team's)
    text = re.sub(r"\b(via|with|using|through|from|by) own (?=[a-z])", r"\1 my own ", text)
    # "returned by court", "presented to board": a body of which there is one, with its "the"
    # (never "bench grafting", "board games": the word names a kind of something after it)
    text = re.sub(
        rf"\b(by|to|from|before) ({_BODIES})\b(?! of\b)(?! [a-z]+ing\b)", r"\1 the \2", text
    )
    # "Level 5 diploma in ...", a bare qualification after an action or an "and": "a"
    text = re.sub(
        r"\b(and|finished|completed|gained|earned|passed|achieved) (?=Level \d\w* "
        r"(?:[Dd]iploma|[Cc]ertificate|[Aa]ward)\b)",
        r"\1 a ",
        text,
    )
    text = re.sub(
        r"\b(with|on|for|during|through) (?=(?:go-live|rollout|roll-out|launch)\b)",
        r"\1 the ",
        text,
    )
    text = _SUM_AFTER.sub(_sum_before, text)
    # "halved time on paperwork": the time a task took is one amount, with its "the"
    text = re.sub(
        r"\b(cut|halved|reduced|saved|doubled|freed up) time (?=(?:on|spent|taken)\b)",
        r"\1 the time ",
        text,
    )
    if lexicon.is_past(text.split(" ", 1)[0]):  # an action: its bare things take "the"
        # "delivered 48-unit scheme": one thing of a counted size, which takes "a"
        text = _SIZED.sub(_sized, text)
        text = _AGAINST.sub(_against, text)  # "... vs about 20 average": against what
        text = _BARE_AFTER.sub(_bare_after, text)
        # "took the home to Good in 11 months (2024)": the year it was done, in brackets
        year = re.search(rf" \(((?:19|20)\d\d)\)$| ((?:{_MONTHS}) (?:19|20)\d\d)$", text)
        since = year is not None and text[: year.start()].endswith((" since", " from", " in"))
        if year and not since and len(re.findall(r"\b(?:19|20)\d\d\b", text)) == 1:
            text = f"{text[: year.start()]} in {year.group(1) or year.group(2)}"
    text = _LOCAL.sub(_local, text)
    text = _ORGANISATION.sub(lambda m: f"{m['at']} {lexicon.article(m['who'])} ", text)
    if lexicon.is_past(text.split(" ", 1)[0]):
        text = _ONE_THING.sub(_one_thing, text)
    text = _NAMED_THING.sub(_named_thing, text)
    return re.sub(r"\b(award|prize|medal|fellowship|grant) ((?:19|20)\d\d)$", r"\1 in \2", text)


_AVERAGE = re.compile(r", (?P<what>(?:[A-Z]{2,}|[a-z]{3,}) )average (?P<n>\d[\d.]*%)")


def _average(found: re.Match[str]) -> str:
    what = found["what"].strip()
    if what in FUNCTION_WORDS or what in ("team", "branch", "site"):
        return found.group()  # "..., team average 85": against whom, not of what
    return f", with {lexicon.article(what)} {what} average of {found['n']}"


def _owner(words: list[str]) -> bool:
    """A name typed with its possessive "s" and no apostrophe, before the bare nouns of the
    thing made ("Chesters carnivore enrichment calendar"): the stem is a name the tables know
    only with its capital ("Chester"), the word is none ("Leeds" is a name ending in "s")."""
    first = words[0]
    stem = first[:-1]
    if len(words) < 3 or not re.fullmatch(r"[A-Z][a-z]{3,}s", first) or stem.endswith("s"):
        return False
    if lexicon.known(first) or lexicon.known(stem):
        return False
    # the tables read "Chesters" as more than one "Chester"; "Leeds" as a name of its own
    if lexicon.classes(first).get("noun") != (stem,):
        return False
    return all(w.islower() and lexicon.is_noun(w) for w in words[1:])


_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# Bodies a candidate's work goes to, one of each: "by court", "to board".
_BODIES = "court|board|tribunal|council|committee|panel|regulator|judge|bench|jury"
# A thing made, typed with no article: "wrote SOP for", "built reusable demo environment for".
_MADE = re.compile(
    r"^(?P<verb>wrote|built|created|designed|developed|drafted|set up|introduced|launched"
    r"|started|produced|stood up|put together|made) (?P<thing>(?:[\w-]+ ){0,3}?[\w-]+)"
    r"(?= (?:for|on|that|which|to|with|at|across|in|now|still)\b|,|$)"
)
# A thing made, named in quotes before its head: "set up 'transition to kinder' program".
_QUOTED = re.compile(
    r"^(?P<v>set up|ran|started|launched|built|created|designed|wrote) (?='(?P<n>[^']+)' [a-z]+\b)"
)
# Heads no "a" goes before: "built software for", "wrote documentation for".
_UNCOUNTED = frozenset(
    ["software", "code", "data", "documentation", "training", "support", "guidance", "research",
     "work", "equipment", "information", "advice", "coverage", "content", "feedback", "tooling",
     "infrastructure", "analytics", "logistics", "marketing", "payroll", "rapport", "reception",
     "use", "waste", "turnover", "cost", "spend", "time", "care", "control", "management",
     "planning", "safety", "compliance", "maintenance", "security", "governance", "procurement",
     "recruitment", "reserving", "capacity", "quality", "growth", "income", "revenue", "health",
     "risk", "finance", "film"]
)  # fmt: skip


def _made(found: re.Match[str]) -> str:
    words = found["thing"].split()
    first, head = words[0], words[-1]
    if _owner(words):  # "wrote Chesters carnivore enrichment calendar": Chester's
        return f"{found['verb']} {first[:-1]}'s {' '.join(words[1:])}"
    initials = re.fullmatch(r"[A-Z]{2,5}", head) is not None
    if first.lower() in DETERMINERS or first[:1].isdigit() or head.lower() in _UNCOUNTED:
        return found.group()
    described = len(words) > 1 and "adj" in lexicon.classes(first.lower())
    known = lexicon.is_noun(head.lower()) or head.lower() in _COUNTED_THINGS  # "template"
    singular = known and not lexicon.is_plural_noun(head.lower())
    # "built R package for", "wrote Python tool that": a thing named after a tool or a language
    named = len(words) == 2 and first[:1].isupper() and singular and head.islower()
    own = described and singular and head.islower()
    # "set up falls referral", "built care pathway": nouns naming one thing made, whose head is
    # a thing counted (the words tables)
    compound = singular and all(w.islower() for w in words) and head in _COUNTED_THINGS
    if not (initials and len(words) == 1) and not own and not named and not compound:
        return found.group()
    return f"{found['verb']} {lexicon.article(found['thing'])} {found['thing']}"


# A thing named after a product or a place, typed with no "the": "trained staff on Columbia
# screener" -> "on the Columbia screener" (not "on Python scripting", "for Talk Boost groups").
_NAMED_THING = re.compile(
    r"(?P<at>\b(?:on|for|with|into|through|(?:launch|rollout|roll-out|release|migration) of) )"
    r"(?P<name>[A-Z][a-z]+ (?:(?!(?:for|on|in|at|to|with|of|from|by|and|or)\b)[a-z]+ )?"
    r"(?P<noun>(?!(?:for|on|in|at|to|with|of|from|by|and|or)\b)[a-z]+))(?=[ ,.]|$)"
)


def _named_thing(found: re.Match[str]) -> str:
    noun = found["noun"]
    if any(w in FUNCTION_WORDS for w in found["name"].split()[1:]):
        return found.group()  # "for Scotland as assistant curator": a name, then a new phrase
    if noun in FUNCTION_WORDS or noun.endswith(("s", "ing")) or not _nounish(noun):
        return found.group()
    after = found.string[found.end() :].split(",")[0].split()
    if after and lexicon.is_plural_noun(after[0]):
        return found.group()  # "on Otis maintenance contracts": many of them, no "the"
    return f"{found['at']}the {found['name']}"


# A thing of two or more nouns after the action's verb or a preposition, typed with no article:
# "presented reserve range to audit committee twice" -> "presented the reserve range to the
# audit committee twice"; "led rollout of new EPR" -> "of a new EPR". ("in", "on", "at", "by"
# take bare nouns in set phrases: "in private practice", "on night shift"; left as typed.)
_WORD = r"(?!(?:to|for|with|across|into|of|in|on|at|by|from|and|or)\b)[a-z][\w-]*"
_BARE_AFTER = re.compile(
    r"(?P<at>^(?:presented|reviewed|chaired|led|managed|redesigned|rewrote|updated|audited"
    r"|coordinated|organised|organized|overhauled|revamped|rebuilt|handled) "
    r"|\b(?:to|for|with|across|into|of) )"
    r"(?!(?:the|a|an|my|our|their|this|that|each|every|all|any|some|no)\b)"
    rf"(?P<words>new [A-Z]{{2,6}}\b|{_WORD}(?: {_WORD})+)"
)


# Verbs that take a person and then a thing: "taught students maths" has no compound noun.
_TWO_OBJECTS = frozenset(["gave", "taught", "sent", "showed", "offered", "told", "brought"])


def _bare_after(found: re.Match[str]) -> str:
    words = found["words"].split()
    if found["at"] == "to " and re.search(
        r"\b(?:promoted|appointed|elected)\s*$", found.string[: found.start()]
    ):
        return found.group()  # "promoted to deputy principal": a post, said bare
    if words[0] == "new" and words[1].isupper():
        return f"{found['at']}a {found['words']}"
    if words[0] == "new" and words[-1] in MADE_THINGS and found["at"].strip() in ("with", "to"):
        return f"{found['at']}a {found['words']}"  # "with new spreader routine": a new one
    nouns = []
    for word in words:
        if not lexicon.is_noun(word) or word in FUNCTION_WORDS or lexicon.is_gerund(word):
            break
        nouns.append(word)
    head = nouns[-1] if nouns else ""
    after = words[len(nouns)] if len(nouns) < len(words) else ""
    if lexicon.is_gerund(after) or after in _UNCOUNTED:
        return found.group()  # "with vein finder training": the head is a doing, no "the"
    if found["at"] == "to " and re.search(
        r"\b(?:promoted|appointed)\s*$", found.string[: found.start()]
    ):
        return found.group()  # "promoted to shift manager": a post, said bare
    if found["at"] == "to " and re.search(
        r"\bfrom (?:[a-z-]+ ){0,2}[a-z-]+ $", found.string[: found.start()]
    ):
        return found.group()  # "from flood irrigation to drip irrigation": both bare
    if (
        len(nouns) < 2
        or "adj" in lexicon.classes(nouns[0])
        or lexicon.is_plural_noun(head)
        or head in _UNCOUNTED
        or (lexicon.is_plural_noun(nouns[0]) and found["at"].strip() in _TWO_OBJECTS)
    ):
        return found.group()
    return f"{found['at']}the {found['words']}"


# "... in 14 months vs about 20 average", "... vs team average 22": what the action is measured
# against, after its own figure
_AGAINST = re.compile(
    r" (?:vs\.?|versus) (?:(?P<about>about |around )?(?P<n>\d[\d,.]*%?) (?:(?P<group>[a-z]+) )?"
    r"average|(?:(?P<group2>[a-z]+) )?average (?:of )?(?P<about2>about |around )?"
    r"(?P<n2>\d[\d,.]*%?))$"
)


def _against(found: re.Match[str]) -> str:
    group = found["group"] or found["group2"]
    about = found["about"] or found["about2"] or ""
    average = f"{group} average" if group else "average"
    return f", against {lexicon.article(average)} {average} of {about}{found['n'] or found['n2']}"


# An action's object whose first word is a size counted in a unit ("48-unit scheme", "£28m
# school job", "3-day conference"), with no article typed before it.
_SIZED = re.compile(
    r"^(?P<verb>[a-z]+(?: (?:over|up|out|back|on))?) (?P<size>(?:\d[\d,.]*|[a-z]+)-[a-z]+"
    r"|[$£€]\d[\d,.]*(?:k|m|bn|M|B)?) (?P<head>[a-z]+(?: [a-z]+)?)\b"
)


def _sized(found: re.Match[str]) -> str:
    size = found["size"]
    if size[0].isalpha() and size.split("-")[0] not in SMALL_NUMBERS:
        return found.group()  # "co-ran", "well-run": no count
    if any(lexicon.is_plural_noun(w) or w in FUNCTION_WORDS for w in found["head"].split()[:1]):
        return found.group()  # "hired 3-person teams": many of them
    words = found["head"].split()
    if len(words) == 2 and lexicon.is_plural_noun(words[1]) and lexicon.is_noun(words[0]):
        return found.group()  # "led 2-man rope teams": the head's own noun many
    return f"{found['verb']} {lexicon.article(size)} {size} {found['head']}"


def _nounish(word: str) -> bool:
    """A noun, or a word the tables do not know ("screener")."""
    return lexicon.is_noun(word) or not lexicon.known(word)


# A sum in brackets after the thing it measures: "an NSF OCE grant ($480k)" -> "a $480,000 NSF
# OCE grant".
_SUM_AFTER = re.compile(
    r"\b(?:a|an) (?P<thing>[\w' -]+) \((?P<sum>[$£€]\d[\d,.]*(?: ?(?:m|bn|million|billion))?)\)$"
)


def _sum_before(found: re.Match[str]) -> str:
    return f"{lexicon.article(found['sum'])} {found['sum']} {found['thing']}"


# "w/ local GP hub": the one near the candidate's work, with its "the" ("with local schools",
# many of them, stays as typed).
_LOCAL = re.compile(r"\b(?P<at>with|to|from|for|into) local (?P<words>[A-Za-z]+(?: [a-z]+)?)\b")


def _local(found: re.Match[str]) -> str:
    head = found["words"].split()[-1]
    if not lexicon.is_noun(head) or lexicon.is_plural_noun(head) or head in FUNCTION_WORDS:
        return found.group()
    return f"{found['at']} the local {found['words']}"


# One thing of a kind after "to" or "for" at the end of a part, typed with no article: "moved
# quotes to app" -> "to an app", "mixed FOH for 120-date UK tour" -> "for a 120-date UK tour".
# "with contractor for Ryanair", "w/ reference lab for 3 hospital systems": one organisation the
# candidate worked with or for, named by its kind and then whom it serves or where it is, takes "a"
_ORGANISATION = re.compile(
    r"\b(?P<at>with|for|at) (?!(?:the|a|an|my|our|their|its|this|that|each|every)\b)"
    rf"(?=(?P<who>(?:[a-z][\w-]* )?(?:{'|'.join(sorted(ORGANISATIONS))}) (?:for|in|at|on|serving"
    r"|across|based|working) ))"
)


_ONE_THING = re.compile(
    r"\b(?P<at>to|into|onto|for) (?P<np>(?P<size>\d[\d,]*-[a-z]+ )?(?:[A-Z]{2,4} )?"
    r"(?P<head>[a-z]+))(?=,|$| in (?:19|20)\d\d$)"
)


def _one_thing(found: re.Match[str]) -> str:
    head = found["head"]
    if head in FUNCTION_WORDS or lexicon.is_plural_noun(head) or head in _UNCOUNTED:
        return found.group()
    # a thing of a kind the tables count ("app", "system"), or any noun given a counted size
    if head not in _COUNTED_THINGS and not (found["size"] and lexicon.is_noun(head)):
        return found.group()
    return f"{found['at']} {lexicon.article(found['np'])} {found['np']}"
