"""A question from the room and the candidate's answer, typed "<who> asked <how> <what> - <answer>",
said back to the one who asked, built from the KIND of the answer.

The line is split by `question` (the one reading of that shape, which `asked` shares); the
question is said as asked ("You asked whether I had run HPLC", "You asked about my SQL", "You
asked for a sample pairing for the cod"); the answer is read by its first piece, whose kind
`question.ANSWER_KINDS` gives:

- a yes ("yes, approx 3 yrs on Agilent 1260s, incl method validation"): "I have, for about three
  years on Agilent 1260s, including method validation";
- a promise ("sending 3 options tmrw"): "I will send you three options in the next day or so"
  (the letter is read a day after the notes were typed, so "tomorrow" is never said);
- a level ("basic, I can write queries + use Python a bit, not a modeler"): what the candidate
  can do, and what they are not, in one honest sentence ("I can write queries and use Python a
  bit, though I am not a modeler").

Any piece whose kind is not one of these leaves the whole line to the other readings (and, when
none reads it, out of the letter): never half an answer.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon, selfnotes
from composer.offline.phrases import Shape, analyse
from composer.offline.question import ALONE, ANSWER_KINDS, LOW_LEVELS, answer_kind, question
from composer.offline.shorthand import capitals, expand
from composer.offline.words import MONTH_NAMES, SMALL_NUMBERS, TOOL_NAMES

# The question's own subject and verb: "i'd run HPLC", "i've worked w/ big cats", "i can do".
_IF = re.compile(
    r"^i(?P<aux>'d|\s+had|'ve|\s+have|\s+can|\s+could|'m|m|\s+am)\s+(?:ever\s+)?(?P<verb>[a-z]+)\b"
    r"(?P<rest>.*)$",
    re.IGNORECASE,
)
_WHEN = {"tomorrow": "in the next day or so", "today": "shortly", "tonight": "shortly"}
_CAN = re.compile(r"(?i)^(?:I\s+)?(?P<aux>can|could)\s+(?P<vp>[a-z].*)$")
_NOT = r"(?i)^(?:but\s+)?(?:I'm\s+|I\s+am\s+)?not\s+"
_NOT_A = re.compile(_NOT + r"(?P<what>(?:a|an)\s+[a-z][\w -]*)$")  # "not a modeler"
_NOT_FOR = re.compile(_NOT + r"(?P<adj>[a-z]+)\s+for\s+(?P<what>\S.*)$")  # "not fluent for ..."
# How long, typed as a count of a unit: "approx 3 yrs of it at Harborline", "18 months on ...".
_SPAN = re.compile(
    r"(?i)^(?P<about>about\s+|around\s+|over\s+|almost\s+|nearly\s+)?(?P<n>\d+|one|two|three|four"
    r"|five|six|seven|eight|nine|ten)\s+(?P<unit>years?|months?|weeks?)(?:\s+of\s+it)?(?P<tail>.*)$"
)
# A count of things done: "2 listed chapel rebuilds w/ NHL 3.5".
_COUNT = re.compile(
    r"(?i)^(?:about\s+|over\s+|more\s+than\s+)?(?:\d+|two|three|four|five|six"
    r"|seven|eight|nine|ten)\s+[a-z]"
)
_AND = re.compile(r"\s+\+\s+")
# Since when a yes has held: "since 2019", "since march 2021".
_SINCE = re.compile(r"(?i)^since\s+(?P<when>(?:[a-z]{3,9}\s+)?(?:19|20)\d\d)$")
_SINCE_SAID = {"I am": "and I have been", "I do": "and I have had it"}
# A question of what the candidate would do or put up with: "if id be ok w/ the 6am starts",
# "if i'd work nights/OT" ("'d" before a plain verb is "would", never "had").
_WOULD = re.compile(
    r"(?i)^i(?:'d|’d|d|\s+would)\s+(?P<vp>(?:be\s+(?:ok|okay|alright|all\s+right|fine|happy"
    r"|comfortable|willing|able)\s+(?:with|w/|to)|work|do|cover|travel|relocate|commute)\s+\S.*)$"
)
_EITHER = re.compile(r"\b([A-Za-z]{3,})/([A-Za-z]{2,})\b")  # "nights/OT": both of them
# A yes said again: "no problem", "happy to", "of course".
_GLADLY = re.compile(
    r"(?i)^(?:no\s+problem|not\s+a\s+problem|no\s+issue|fine|happy\s+to|of\s+course|sure"
    r"|definitely|absolutely)$"
)
# What is someone else's: "saw is the firm's", "van is the company's".
_THEIRS = re.compile(
    r"(?i)^(?:the\s+)?(?P<np>[a-z][\w-]*)\s+(?P<v>is|are)\s+(?P<whose>the\s+[a-z]+['’]s|theirs)$"
)
# What is so now, typed without its subject: "live 15 mins away", "already on nights".
_NOW = re.compile(r"(?i)^(?P<already>already\s+)?(?P<verb>[a-z]+)(?P<rest>\s+\S.*)$")
# What "can do" has been done as: "if i can do lime mortar - yes, 2 ... rebuilds".
_DONE = {"do": "done", "run": "run", "lead": "led", "build": "built", "teach": "taught"}
# Things held, named: "CS38 + CS39" after "if i have my NPTC climbing tickets - yes".
_NAMED = re.compile(r"^[A-Z0-9][\w.-]*(?:\s+\+\s+[A-Z0-9][\w.-]*)+$")


def _said(text: str) -> str:
    """Note shorthand in full ("w/" -> "with", "3" -> "three"), a lone "i" as "I", tools named."""
    text = capitals(expand(text.strip(" .;,")))
    text = re.sub(r"(?<![\w'])i(?=\b(?!['’]))", "I", text)
    return " ".join(TOOL_NAMES.get(w, w) if len(w) > 2 else w for w in text.split(" "))


def _pieces(answer: str) -> list[str] | None:
    """The answer split at its commas, notes to self ("forgot to say") taken out; None when a
    piece is typed in a way no reading here knows (a question mark, an aside in brackets)."""
    if re.search(r"[?()]|\.\.\.|\blol\b|\bprob(?:ably)?\b|\bmaybe\b", answer, re.I):
        return None
    pieces = [p.strip(" .;") for p in re.split(r",\s+|;\s+|\s+-+\s+", answer)]
    return [p for p in pieces if p and not selfnotes.unsaid(p)]


def _question(how: str, q: str) -> tuple[str, str] | None:
    """ "whether I had run HPLC" and the short yes that answers it ("I have"), or ("about my
    SQL", "") for a question about something; None when the question cannot be said back."""
    how = how.lower()
    if how in ("about", "abt", "re"):
        return f"about {_said(q)}", ""
    if how == "for":
        return f"for {_said(q)}", ""
    would = _WOULD.match(q.strip())
    if would:  # "if id be ok w/ the 6am starts", "if i'd work nights/OT": a yes is "I would"
        said = _said(would["vp"])
        said = re.sub(r"(?i)^be (?:ok|okay|alright|all right) with\b", "be happy with", said)
        return "whether I would " + _EITHER.sub(r"\1 and \2", said), "I would"
    found = _IF.match(q.strip())
    if found is None:
        return None
    aux, verb = found["aux"].strip().lower(), found["verb"].lower()
    rest = _said(found["rest"])
    if aux in ("can", "could"):
        return f"whether I can {verb}{rest and ' ' + rest}", "I can"
    if aux in ("'d", "had", "'ve", "have") and lexicon.is_participle(verb):
        return f"whether I had {verb}{rest and ' ' + rest}", "I have"
    if aux in ("'m", "m", "am") and not lexicon.verb_forms(verb):  # "if im HCPC registered"
        return f"whether I am {found['verb']}{rest and ' ' + rest}", "I am"
    if aux in ("have", "had") and verb in ("my", "a", "an", "the"):  # "if i had my own kit"
        return f"whether I have {verb}{rest and ' ' + rest}", "I do"
    return None


def _backing(piece: str, verb: str, short: str) -> str | None:
    """One piece after a yes, said as what backs it ("for about three years on ...", "including
    method validation", "and I have done two ..."), or None when its kind is not known."""
    if short == "I do" and _NAMED.match(piece.strip()):
        return _AND.sub(" and ", piece.strip())
    if _GLADLY.match(piece.strip()):
        return ""  # "yes no problem": the yes says it
    since = _SINCE.match(piece.strip())
    if since and short in _SINCE_SAID:  # "yes, since 2019": how long it has been so
        month = next((m for k, m in MONTH_NAMES.items() if k[:3] == since["when"][:3].lower()), "")
        when = f"{month} {since['when'].split()[-1]}" if " " in since["when"] else since["when"]
        return f"{_SINCE_SAID[short]} since {when}" if month or " " not in when else None
    text = _said(piece)
    if short == "I would":  # why the candidate would: what is so now
        now = _NOW.match(text)
        if now and now["already"] and not lexicon.verb_forms(now["verb"].lower()):
            return f"and I am already {now['verb']}{now['rest']}"  # "already on nights"
        # "live 15 mins away", never "alternate ones fine" (an agreement, not a fact)
        if now and _present(now["verb"].lower()) and not re.search(r"\b(?:fine|ok|okay)$", text):
            return f"{'and' if now['already'] else 'as'} I {text}"  # "live 15 mins away"
    span = _SPAN.match(text)
    if span:
        about = (span["about"] or "").lower()
        # "about two years of TPLOs under supervision": an amount of the thing, not a time
        time = "" if re.match(r"\s+of\s", span["tail"]) else "for "
        return f"{time}{about}{span['n']} {span['unit']}{span['tail']}"
    lead = re.match(r"(?i)^(?:including|plus|as\s+well\s+as)\s+\S", text)
    if lead:
        return text[0].lower() + text[1:]
    if _COUNT.match(text) and verb:
        return f"and I have {verb} {text}"
    theirs = _THEIRS.match(text)
    if theirs:  # "saw is the firm's": what the candidate does not have of their own, never "I saw"
        return f"though the {theirs['np']} {theirs['v']} {theirs['whose']}"
    first = text.split(" ", 1)[0]
    if " " in text and lexicon.is_past(first.lower()):
        # "designed 3 for a uni campus", "did 1 in 4": a small count in a sentence is a word
        text = re.sub(r"(?<= )([1-9])(?= (?:in|of|for|at|with|on)\b)", _word, text)
        return f"and I {text}"
    if short == "I do":  # what is held, and what of it is someone else's
        held = analyse(text, frozenset())
        last = text.split()[-1]
        one = last.islower() and not lexicon.is_plural_noun(last)  # "a full climbing kit"
        if held.shape is Shape.NOUN and re.match(r"[a-z]", text) and one:
            return f"{lexicon.article(text)} {text}"  # "full climbing kit": one thing held
    return None


def _word(count: re.Match[str]) -> str:
    return SMALL_NUMBERS[int(count[1]) - 1]


def _present(word: str) -> bool:
    """Whether a word is a verb in its plain present: "live", "work", "drive"."""
    return lexicon.base_of(word) == word and bool(lexicon.verb_forms(word).get("VBD"))


def _yes(short: str, verb: str, pieces: list[str]) -> str | None:
    """The yes said back ("I have"), with what backs it; None without backing or when a piece
    cannot be read."""
    said = [_backing(p, verb, short) for p in pieces]
    if not said or None in said:
        return None
    # "I do, CS38 and CS39, plus aerial rescue": what is held, named after "I do"
    return ", ".join([short, *[s for s in said if s]])


_NO_SAID = {"not directly": "not directly", "not as such": "not as such", "not really": "not much"}
# A no to doing it alone ("not solo"), said as the candidate would: "not on my own".
_ALONE_NO = re.compile(r"(?i)^not\s+(?:" + ALONE + r")$")
_ALONE_SAID = {"not independently": "not independently", "not unsupervised": "not unsupervised"}
# Deeds typed after it without a subject, joined by "+": "reviewed + signed approx 15".
_DEEDS = re.compile(r"^(?P<verbs>[a-z]+(?:\s+\+\s+[a-z]+)*)(?P<rest>\s.*)?$")
_OWN = re.compile(r"(?i)^but\s+(?:(?P<i>I(?:'ve|\s+have|'m|\s+am)?)\s+)?(?P<rest>[a-z].*)$")
# How many, and when, typed after what was done: "6 last yr".
_HOW_MANY_WHEN = re.compile(
    r"(?i)^(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?P<when>(?:last|this)"
    r"\s+(?:yr|year|month|mth|wk|week|quarter))$"
)


def _no_but(short: str, pieces: list[str], found: re.Match[str]) -> str | None:
    """ "no, but i've run staff/principal eng searches, 6 last yr" -> "I have not, but I have
    run staff and principal engineering searches, six last year"; None for any other kind."""
    rest = pieces[1:]
    if short != "I have":
        return None
    if found["but"]:
        rest = [found["but"], *rest]
    if not rest:
        return None
    own = _OWN.match(_said(rest[0]))
    if own is None:
        return None
    words = own["rest"].split(" ")
    subject = re.sub(r"'ve$", " have", re.sub(r"'m$", " am", own["i"] or "I"))
    if subject == "I" and not lexicon.is_past(words[0].lower()):
        return None  # "but 2 chemical plants ...": no verb of the candidate's to build on
    clause = f"{subject} {own['rest']}"
    alone = _ALONE_NO.match(found["no"])
    if alone:  # "not solo, but reviewed + signed approx 15": what there was, as experience
        deeds = _deeds(own["rest"]) if own["i"] is None else clause
        if deeds is None:
            return None
        # a clause of its own (a bare "not on my own" reads as a fragment): "I have not done
        # it on my own, but I have reviewed and signed about 15"
        how = _ALONE_SAID.get(found["no"].lower(), "not on my own").removeprefix("not ")
        return f"I have not done it {how}, but {deeds}"
    clause = re.sub(r"\b([a-z]{3,})/([a-z]{3,})\b", r"\1 and \2", clause)
    for piece in rest[1:]:
        many = _HOW_MANY_WHEN.match(piece)
        if many is None:
            return None
        n = many["n"]
        n = SMALL_NUMBERS[int(n) - 1] if n.isdigit() and 0 < int(n) < 10 else n
        clause += f", {n} {expand(many['when'])}"
    no = found["no"].lower()
    return f"{_NO_SAID.get(no, 'I have not')}, but {clause}"


def _deeds(text: str) -> str | None:
    """Deeds typed with no subject, said as the candidate's experience: "reviewed + signed
    about 15" -> "I have reviewed and signed about 15"; None when a word is no past verb."""
    found = _DEEDS.match(text)
    if found is None:
        return None
    done = []
    for verb in found["verbs"].split(" + "):
        base = lexicon.base_of(verb) if lexicon.is_past(verb) else None
        participle = lexicon.verb_forms(base).get("VBN") if base else None
        if participle is None:
            return None
        done.append(participle)
    rest = re.sub(r"(?<= )([1-9])(?= (?:in|of|for|at|with|on)\b)", _word, found["rest"] or "")
    return f"I have {' and '.join(done)}{rest}"


def _promise(pieces: list[str]) -> str | None:
    """ "sending 3 options tmrw" -> "I will send you three options in the next day or so"."""
    if len(pieces) != 1:
        return None
    found = ANSWER_KINDS["promise"].match(_said(pieces[0]))
    if found is None:
        return None
    verb, what, when = found["verb"].lower(), found["what"], found["when"] or ""
    if re.search(r"(?i)\b(?:tomorrow|today|tonight|yesterday)\b", what):
        return None  # a day the reading cannot place: never "tomorrow" in a letter read later
    when = _WHEN.get(when.lower(), when)
    if re.match(r"(?i)(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", when):
        when = f"on {when}"
    if re.match(r"(?i)^(?:it|them)\b", what):
        said = f"I will {verb} {what}"  # "send it over"
    else:
        said = f"I will {verb} you {what}"
    return f"{said} {when}".strip()


def _level(q: str, pieces: list[str]) -> str | None:
    """ "basic, I can write queries + use Python a bit, not a modeler" -> "I can write queries
    and use Python a bit, though I am not a modeler"; None when a piece is of another kind."""
    if not pieces or not ANSWER_KINDS["level"].match(pieces[0]):
        return None
    if not q.lower().startswith("about my "):
        return None
    level, can, cannot = pieces[0].lower(), [], []
    for piece in pieces[1:]:
        text = _said(piece)
        able = _CAN.match(text)
        short = _NOT_A.match(text)
        unfit = _NOT_FOR.match(text)
        if able:
            can.append(_AND.sub(" and ", able["vp"]))
        elif short:
            cannot.append(f"I am not {short['what']}")
        elif unfit:
            cannot.append(f"I am not {unfit['adj']} enough for {unfit['what']}")
        else:
            return None
    if len(can) > 1 or len(cannot) > 1 or not (can or cannot):
        return None
    said = f"I can {can[0]}" if can else ""
    if level not in LOW_LEVELS:  # "conversational": said, and what it lets the candidate do
        said = f"it is {level}, so {said}" if said else f"it is {level}"
    elif not said:
        return None  # "basic, not a modeler": nothing the candidate can do to say
    return f"{said}, though {cannot[0]}" if cannot else said


# The candidate's own sentence as the answer, after the topic said again: "on astreinte, I
# wrote penalty payment in the test but periodic penalty payment is the better rendering".
_OWN_SENTENCE = re.compile(r"^(?:(?:on|re|about)\s+(?P<topic>[^,]+),\s*)?(?P<s>I\s+[a-z].*)$")
_BUT_CLAUSE = re.compile(r"(?<=[a-z])\s+but\s+(?=(?:\w+\s+){0,4}(?:is|was|are|were|I)\b)")


def _own_sentence(q: str, answer: str) -> str | None:
    """The answer typed as the candidate's own sentence, said as it is with its "but" set off:
    "I wrote penalty payment in the test, but periodic penalty payment is the better rendering";
    None for any other answer, or one typed as notes (brackets, a question, "prob")."""
    found = _OWN_SENTENCE.match(answer.strip(" .;"))
    if found is None or re.search(r"[?()]|\.\.\.|\blol\b|\bprob\b|\bmaybe\b|\s-\s|;", answer):
        return None
    if found["topic"] and found["topic"].strip().lower() != q.strip().lower():
        return None  # "on the rota, I ...": another topic than the one asked about
    said = _said(found["s"])
    return _BUT_CLAUSE.sub(", but ", said) if "," not in said else None


def reply(value: str | None) -> str | None:
    """The question and its answer as one sentence to the one who asked, or None."""
    text = " ".join((value or "").split()).rstrip(".!; ")
    found = question(text)
    typed = found.split() if found else None
    if found is None or typed is None:
        return None
    q, a = typed
    said_back = _question(found.how, q)
    pieces = _pieces(a)
    if said_back is None or not pieces:
        return None
    asked, short = said_back
    if short:  # a question put as "if": a yes and what backs it, or a no and what instead
        kind = answer_kind(pieces[0])
        verb = _IF.match(q.strip())
        # what was done, backed by a count ("if i can do X - yes, 3 ..."); never for "would"
        done = _DONE.get(verb["verb"].lower(), "") if verb and short != "I would" else ""
        if kind is not None and kind[0] == "yes":
            rest = kind[1]["rest"]
            answer = _yes(short, done, ([rest] if rest else []) + pieces[1:])
        elif kind is not None and kind[0] == "no":
            answer = _no_but(short, pieces, kind[1])
        else:
            answer = None
    else:  # a question about something or for something: a promise, a level, or their words
        answer = _promise(pieces) or _level(asked, pieces)
        if answer is None and found.how != "for":
            answer = _own_sentence(q, a)
    if answer is None:
        return None
    return f"You asked {asked}: {answer}."
