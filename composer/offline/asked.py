"""A follow-up typed as what happened in the room: who asked, about what, what the candidate said,
and what the letter should add ("Ms A asked about PERM and I said limited exposure. actually did
3 PERM filings under supervision at CAIR - mention").

The reading gives the fact in the candidate's voice ("I did three PERM filings under supervision
at CAIR"), the topic it answers ("PERM") and who asked, as typed ("Ms A"): `asker` finds whose
letter that is. The line is split by `question`, the one reading of the shape that `replied`
shares, and a yes is known by its table of answer kinds.
"""

from __future__ import annotations

from dataclasses import dataclass

from composer import regexes as re
from composer.offline import lexicon, selfnotes
from composer.offline.answered import answered
from composer.offline.ownvoice import COUNT, TANGLED, WHERE_TRUE, own_voice, thoughts
from composer.offline.question import answer_kind, question
from composer.offline.shorthand import expand
from composer.offline.words import SMALL_NUMBERS, TOOL_NAMES


@dataclass(frozen=True)
class Asked:
    """One follow-up read: who asked (as typed), the topic, and the fact to add (None: none)."""

    who: str | None
    topic: str
    fact: str | None
    granted: str | None = None  # "I have not done much PLC work": the answer that stands


# Who asked, named in a word or two: "Ms A", "chef", "Dr Okafor".
_WHO = re.compile(r"^[A-Za-z][\w'.-]*(?:\s+[A-Za-z][\w'.-]*)?$")
# Where the topic ends: "PERM and I said", "exotics - I said", "UltraTax, said no".
_TOPIC_END = re.compile(
    r"\s+and\s+(?:I|i)\b|\s+and\s+said\b|\s*[,;:.]\s|\s+-+\s|\s+but\s|\s+so\s|\s*[,.;]$"
)
# "contrast reaction q - ...", "the SQL question: ...": a question the candidate was asked.
_PUT = re.compile(
    r"(?i)^(?:the\s+)?(?P<topic>\w[\w/+-]*(?:\s+\w[\w/+-]*){0,3}?)\s+"
    r"(?P<noun>q|qu|question|scenario(?:\s+q(?:uestion)?)?)(?P<rest>\s*(?:-+|:|;)\s+\S.*)$"
)
# What a panel puts to a candidate, named in a topic: a test they sat ("call sim - dv caller"),
# or a question or scenario they answered ("contrast reactions - scenario q").
_TASK = re.compile(
    r"(?i)\b(?:sims?|simulations?|\w+(?:\s+\w+)?\s+tests?(?=\s*(?:$|[-,;:(]))|test\s+lesson|(?:in-tray|in\s+tray|group|written)\s+exercises?|role[\s-]?plays?"
    r"|case\s+study|presentation\s+task)\b"
)
_QUESTION_PUT = re.compile(r"(?i)\b(?:q|qs|questions?|scenarios?)\b")


# A tail that only says the topic was put as a question: "NEWS2 escalation - scenario q".
_ONLY_ASKED = re.compile(r"(?i)\s+-+\s+(?:a\s+)?(?:scenario\s+)?(?:q|qs|questions?|scenarios?)$")


def asked_subject(topic: str) -> str:
    """The topic without a tail that only says it was a question put to the candidate."""
    return _ONLY_ASKED.sub("", topic)


def put_to_candidate(topic: str) -> str | None:
    """ "task" when a topic names a test the candidate sat, "question" when it names a question
    or scenario they answered, else None: neither is a subject the panellist told them about,
    and neither is thanked as if it were."""
    if _TASK.search(topic):
        return "task"
    return "question" if _QUESTION_PUT.search(topic) else None


# "if I'd used UltraTax": what the question was about is the verb's object.
_IF_USED = re.compile(
    r"^(?:I|i)(?:'d|'ve|\s+had|\s+have|\s+ever)?(?:\s+ever)?\s+(?:used|done|worked\s+(?:with|on|in)"
    r"|run|led|managed|known|had\s+experience\s+(?:with|of|in)|any\s+experience\s+(?:with|of|in))"
    r"\s+(?:any\s+)?",
    re.IGNORECASE,
)
# "if I'd written C#", "if I had ever done compounding": what was asked about follows the verb.
_IF_DONE = re.compile(
    r"^I(?:'d|\s+had|'ve|\s+have)\s+(?:ever\s+)?(?P<verb>[a-z]+)\s+(?:any\s+)?", re.I
)
# "if I could do every other Saturday", "if I'd be ok with on-call": the question is the rest.
_IF_WOULD = re.compile(
    r"^I(?:'d|\s+would|\s+could|\s+can|\s+will)\s+(?:be\s+(?:ok|okay|fine|happy|comfortable"
    r"|willing|able)\s+(?:with|to)\s+)?(?:do\s+|work\s+|cover\s+)?",
    re.IGNORECASE,
)
_ONLY = re.compile(r"(?i)^(?:only|just|mostly)\s+(?P<what>[a-z][\w -]*)$")
# "said I hadn't done much PLC work - true but ...": the candidate's own no, and what follows.
_SAID_NOT = re.compile(
    r"^(?:(?P<who>(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.?\s+[A-Za-z]\.?|[A-Za-z][\w'-]*)\s+(?:also\s+)?"
    r"(?=said|pointed|noted))?(?:I\s+)?(?:said|pointed\s+out|noted|told\s+(?:her|him|them))\s+"
    r"(?:that\s+)?I\s*"
    r"(?:hadn't|had\s+not|'d\s+never|had\s+never|haven't|have\s+not|'ve\s+never|have\s+never)"
    r"\s+(?:ever\s+)?(?P<verb>done|used|run|worked\s+(?:with|on)|led|managed|written|built"
    r"|taught|talked\s+(?:about|much\s+about)|covered|mentioned|(?P<other>[a-z]{3,}))\s+"
    r"(?P<much>(?:much|many)\s+)?(?P<rest>.+)$",
    re.IGNORECASE,
)
# What the candidate answered in the room: taken out, never said again.
_SAID = re.compile(
    r"^(?:and\s+)?(?:I\s+)?(?:said|told\s+(?:her|him|them)|answered|blanked|fumbled|rambled"
    r"|waffled|undersold)\b.*$",
    re.IGNORECASE,
)


_DENIED = re.compile(r"(?i)\b(?:no|never|not|haven't|hadn't)\b")


def read_asked(value: str | None) -> Asked | None:
    """The follow-up read as who asked what and what to add; None when it is not typed that way.

    "Ms A asked about PERM and I said limited exposure. actually did 3 PERM filings under
    supervision at CAIR - mention" -> Asked("Ms A", "PERM", "I did three PERM filings under
    supervision at CAIR"). `fact` is None when nothing after the answer can be said cleanly.
    """
    if not value:
        return None
    text = " ".join(value.split())
    text = re.sub(r"\bw/in\b", "within", re.sub(r"\babt\b", "about", text, flags=re.I))
    said_not = _SAID_NOT.match(text)
    if said_not and said_not["other"] and not lexicon.is_participle(said_not["other"].lower()):
        said_not = None  # "said I hadn't much time": no deed the candidate had not done
    if said_not and not re.search(r"(?i)\s-+\s+(?:true|no)\b", text):
        said_not = None  # "said I had never used Python ...; technically true": read elsewhere
    if said_not and re.search(
        r"(?i)\s-+\s+(?:true|no)\b", text
    ):  # "said I hadn't done much PLC work - true but ...": asked, and said no
        who = said_not["who"] if (said_not["who"] or "i").lower() != "i" else None
        lead = f"{who} " if who else ""  # "Mr O said I hadn't talked about court work"
        talked = not said_not["verb"].lower().startswith(("done", "used", "run", "work", "led"))
        talked = talked and not lexicon.is_participle(said_not["verb"].split()[0].lower())
        talked = talked or said_not["verb"].lower().startswith(("talked", "covered", "mentioned"))
        if talked:  # what was not talked about is the topic: "court work"
            text = f"{lead}asked about {said_not['rest']}"
        else:
            text = f"{lead}asked if I'd {said_not['verb']} {said_not['rest']}"
    put = _PUT.match(text)
    if put and not lexicon.is_past(put["topic"].split()[0].lower()):
        # "contrast reaction q - I said ...": a question put to the candidate, no one named
        noun = "scenario" if put["noun"].lower().startswith("scen") else "question"
        text = f"asked about the {put['topic']} {noun}{put['rest']}"
    found = question(text)
    if found is None or found.how == "for":  # "asked for a sample": a request, said by `replied`
        return None
    if found.who and not _WHO.match(found.who):  # three words or more: a title, not a name
        return None
    rest = found.rest
    verb = "used"
    if found.how in ("if", "whether"):
        done = _IF_DONE.match(rest)
        if done and lexicon.is_participle(done["verb"]):  # "if I'd written C#": about C#
            verb, rest = done["verb"].lower(), rest[done.end() :]
        rest = _IF_USED.sub("", rest, count=1)
        rest = _IF_WOULD.sub("", rest, count=1)  # "if I could do every other Saturday"
    end = _TOPIC_END.search(rest)
    topic = (rest[: end.start()] if end else rest).strip(" ,.;")
    after = rest[end.start() :] if end else ""
    # "the race condition in my take-home": a topic named with its article may run longer
    longest = 8 if re.match(r"(?i)(?:the|my|a|an)\s", topic) else 5
    if not topic or len(topic.split()) > longest or topic.lower().endswith((" and", " or")):
        return None
    if re.match(r"(?:I|i|we|he|she|they)\s", topic):  # "asked if i had my own kit": a clause
        return None
    name = TOOL_NAMES.get(topic.lower())
    topic = name if name and topic.islower() else topic  # "asked about go": the language Go
    # "myopia mgmt", "my excel test": shorthand and tools typed lower-case, said properly
    topic = " ".join(TOOL_NAMES.get(w, w) if len(w) > 2 else w for w in expand(topic).split())
    topic = _subject_of(topic)  # "my experience with loans-in agreements": loans-in agreements
    pieces = thoughts(after)
    yes = found.how in ("if", "whether") and bool(pieces)
    kind = answer_kind(pieces[0]) if yes else None
    yes = kind is not None and kind[0] == "yes"
    if yes:
        # "asked if I'd done CFS - yes, used CFS daily on reablement, forgot to say": the yes,
        # then what backs it up, each part read on its own; a note to self is no part
        parts = [*re.split(r",\s+", pieces[0])[1:], *pieces[1:]]
        kept = [p for p in parts if p and not selfnotes.unsaid(p)]
        pieces = [re.sub(r"\bit\b", topic, p, count=1) for p in kept]
    said = " ".join(p for p in pieces if _SAID.match(p) or p.lower() in ("said no", "no"))
    # the correction: the last piece that is not what was said in the room
    told = [p for p in pieces if not _SAID.match(p)]
    facts = ((p, own_voice(p, topic, said)) for p in reversed(told))
    piece, fact = next(((p, f) for p, f in facts if f), ("", None))
    denied = found.how in ("if", "whether") or re.search(_DENIED, said)
    flat = said.lower() in ("no", "said no", "nope") or said_not is not None
    but = re.match(rf"(?i)(?:(?:true{WHERE_TRUE}|no|nope),?\s+)?but\b", piece)
    only = next((o for p in told if (o := _ONLY.match(p))), None)
    much = said_not["much"] or "" if said_not else ""
    if fact and but and found.how == "about" and said_not is not None:
        # "Mr O said I hadn't talked about court work - true but I've done ...": granted
        return Asked(found.who, topic, fact, f"I had not talked about {topic}")
    if fact and denied and but and only:
        # "if I'd written C# - only light scripting, but I've done ...": what there was
        fact = f"I have only {'used' if verb == 'used' else 'done'} {only['what']}, but {fact}"
    elif fact and denied and but and said_not is not None:
        # "said I hadn't done much PLC work - true but ...": the answer stands, and what there
        # was besides is said against it ("Although I have not done much PLC work, I ...")
        where = f" {but['where']}" if but["where"] else ""  # "true at Kettering": there
        granted = _named(f"I have not {verb} {much}{topic}{where}", topic)
        return Asked(found.who, topic, _named(fact, topic), granted)
    elif fact and denied and but and (flat or re.match(r"(?i)(?:true|no|nope)\b", piece)):
        # "said no. true but I know CCH well": the answer stands, and the letter says so;
        # "said not really": not much of it ("many" of a plural)
        if not much and re.search(r"(?i)\bnot\s+(?:really|much|a\s+lot)\b", said):
            last = topic.split(" ")[-1].lower()
            much = "many " if lexicon.is_plural_noun(last) else "much "
        fact = f"I have not {verb} {much}{topic}, but {fact}"
    never = re.search(r"(?i)\b(?:never|not|haven't|hadn't)\s+used\s+(?P<what>[A-Z][\w.+#-]*)", said)
    other = _OTHER_TOOL.match(told[-1]) if told else None
    # "Luis asked if I'd used Tableau - no, but ...": the "no" answers the question asked
    no = denied and said.lower() in ("no", "said no") and found.how in ("if", "whether")
    if fact is None and (never or no) and other:
        # "said never used Tableau. true, but Power BI daily for 3 yrs": what was used instead
        used = COUNT.sub(lambda m: str(SMALL_NUMBERS[int(m[1]) - 1]), expand(other["used"]))
        what = never["what"] if never else "it yet"
        fact = f"I have not used {what}, but I have used {used}"
        if other["quick"]:  # ", can pick it up fast": said once, as the candidate would
            fact += " and would pick it up quickly"
    if yes and fact is None:  # "yes, 3 pts, w/ the NST": how much, and with whom
        fact = _backed(verb, pieces, topic)
    fragments = found.how in ("about", "abt", "re", "on") and not said
    if fragments and (fact is None or ", " in piece):
        # "re flood modeller - only used it on 2 jobs, comfortable w/ ...": pieces, each said
        fact = answered(told) or (None if ", " in piece else fact)
    return Asked(found.who, topic, _named(fact, topic))


# How far the candidate goes in a subject: "my experience with X", "my Rhino level".
_STANDING = re.compile(
    r"(?i)^(?:my|your)\s+(?:(?:experience|background|knowledge|skills?)\s+(?:with|in|of)\s+"
    r"(?P<of>\S.*)|(?P<at>\S.*?)\s+(?:level|experience|background|knowledge|skills?))$"
)


def _subject_of(topic: str) -> str:
    """The subject a question about the candidate's standing in it was about: "my experience
    with loans-in agreements" -> "loans-in agreements"; "my Rhino/Grasshopper level" ->
    "Rhino/Grasshopper". Any other topic as it is."""
    found = _STANDING.match(topic)
    return (found["of"] or found["at"]) if found else topic


# How much of it, typed after a yes: "3 pts", "2 yrs in a hospital aseptic unit" (spelled out).
_HOW_MUCH = re.compile(
    r"(?i)^(?:about\s+|over\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve)\s+(?P<noun>[a-z]+s)(?:\s+(?:in|at|on|across|with)\s+\S.*)?$"
)


def _backed(verb: str, pieces: list[str], topic: str) -> str | None:
    """What backs up a yes, typed as fragments, as the candidate's clause ("it" being what was
    asked about), or None: "3 pts", "w/ the NST" after "if I'd done home TPN weaning" -> "I
    have done it for three patients, working with the NST"."""
    last = topic.split(" ")[-1]
    it = "them" if last.islower() and lexicon.is_plural_noun(last) else "it"  # "PICC insertions"
    much, along = [], []
    for piece in pieces:
        said = expand(piece.strip(" .;"))
        many = _HOW_MUCH.match(said)
        with_ = re.match(r"(?i)^with\s+(?P<who>(?:the|my|our|a|an)\s+\S.*)$", said)
        if many and lexicon.is_plural_noun(many["noun"].lower()):
            much.append(f"for {said}")
        elif with_:
            along.append(f"working with {with_['who']}")
        else:
            return None
    if len(much) > 1 or len(along) > 1 or not (much or along):
        return None
    line = ", ".join([f"I have {verb} {it} {much[0]}" if much else f"I have {verb} {it}", *along])
    return None if TANGLED.search(line) else line


def _named(text: str | None, topic: str) -> str | None:
    """`text` with a tool the topic names said with its capitals: "in go" -> "in Go"."""
    if text is None or topic.lower() not in TOOL_NAMES:
        return text
    return re.sub(rf"\b{re.escape(topic.lower())}\b", topic, text)


# "true, but Power BI daily for 3 yrs": another tool, used instead, typed with no verb.
_OTHER_TOOL = re.compile(
    r"(?i)^(?:true,?\s+)?but\s+(?P<used>[A-Z][\w.+#-]*(?:\s+[A-Z][\w.+#-]*)?"
    r"(?:\s+(?:daily|weekly|every\s+day|for\s+[^\s,]+\s+[^\s,]+|since\s+[^\s,]+))*)"
    r"(?P<quick>,?\s+(?:and\s+)?(?:I\s+)?(?:can|could|would|will)\s+pick\s+(?:it|\w+)\s+up"
    r"\s+(?:fast|quickly|quick)|,?\s+(?:a\s+)?(?:quick|fast)\s+learner)?$"
)
