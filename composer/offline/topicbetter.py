"""A better answer typed inside a topic, said in the follow-up to the reader who asked.

"He asked what my greatest weakness is. I said that I am too thorough, which I realise sounded
rehearsed. I wish I had told him the truth: that early in my career my survey reports were slow,
and that I built my own report template ..." is a question, the answer given and the answer the
candidate wishes they had given (round 50, h1403; round 51, h1420). No topic frame can carry it,
and the better answer is what the candidate wants said: the topic leaves the reader's topics and
the follow-up says "On my greatest weakness, I should have said that ...", to that reader by name
in a panel, as `askedback.on_topic` reads it. Only when that sentence can be said: a topic whose
better answer no reader takes stays where it was (and is named as left out).
"""

from __future__ import annotations

from collections.abc import Callable

from composer import regexes as re
from composer.english import TITLES, given_name
from composer.models import Interviewer, Notes
from composer.offline import lexicon
from composer.offline.askedback import on_topic
from composer.offline.wellformed import problem
from composer.offline.words import FUNCTION_WORDS, PLAIN_WORDS

# What a topic said in the follow-up instead leaves in its place: the topics keep their
# numbers, so that a notice (and `compose --ask`) names the line the candidate typed; every
# reader passes over it as it passes over arrangements (`usable.is_admin`).
MOVED = "(said in the follow-up)"
# The question, the answers given (left behind) and the better one, in full sentences.
_BETTER = re.compile(
    r"^(?:(?:[Hh]e|[Ss]he|[Tt]hey|(?P<name>[A-Z][\w'’-]+))\s+)?[Aa]sk(?:ed|s)?\s+(?:me\s+)?"
    r"(?P<q>(?:about|what|how|why\s+I)\s[^.?]+?)"
    r"[.?]\s+(?:I\s+(?:said|answered|spoke|talked|only|gave|told|went\s+on|rambled)\b[^.]*\.\s+){0,2}"
    # "I wish I had simply said that ..." (round 54, h1460)
    r"(?:I\s+(?:wish\s+I\s+had\s+(?:simply\s+|just\s+)?(?:said|told\s+(?:him|her|them)"
    r"(?:\s+the\s+truth)?)"
    r"|should\s+have\s+said"
    # "I wish I had been more precise: my real answer is that ..." (round 60, h1563)
    r"|wish\s+I\s+had\s+been\s+(?:more\s+)?(?:precise|clear|specific)\s*:\s*my\s+(?:real|true|full)\s+"
    r"answer\s+is)"
    # "SHOULD have said simply: the realism is in ..." (round 58, h1528)
    r"|(?:I\s+)?(?i:should)\s+have\s+said(?:\s+(?:simply|just))?(?=\s*:)"
    # "The honest and better answer is that ..." (round 53, h1443)
    r"|(?:The|A)\s+(?:honest(?:\s+and\s+better)?|better|more\s+honest)\s+answer\s+"
    r"(?:is|was|would\s+have\s+been)"
    r"|Better\s+answer(?=\s*:))\s*:?\s+(?:that\s+)?(?P<better>[^.]{12,}?)\.?$"  # "Better answer: X"
)
# What the question was about, as the subject of "On X, ...": "what my greatest weakness is"
# The same typed as one sentence of the question and the answer given: "When she asked what I
# would change in my first six months, I spoke mostly about new radiography equipment. I wish I
# had said that X. That was the answer I had prepared and I did not give it." (round 52, h1435)
_WHEN_BETTER = re.compile(
    r"^When\s+(?:he|she|they|(?P<name>[A-Z][\w'’-]+))\s+asked\s+(?:me\s+)?"
    r"(?P<q>(?:about|what|how)\s[^,.?]+?),\s+I\s+(?:said|answered|spoke|talked|only|gave|told)\b"
    r"[^.]*\.\s+I\s+(?:wish\s+I\s+had\s+said|should\s+have\s+said)\s+(?:that\s+)?"
    r"(?P<better>[^.]{12,}?)\.(?:\s+(?:That|This)\s+was\s+[^.]*\.)?$"
)
# The question typed as its subject or put, the answer given, and the story the candidate wishes
# they had told: "What I do when a singer goes blank in the middle of an ensemble. I answered
# rather generally that ... I wish I had told her about the Figaro in 2027, when the Count lost
# ... . That was the answer she was looking for." (round 56, h1499)
_TOLD_ABOUT = re.compile(
    r"^(?:(?:[Hh]e|[Ss]he|[Tt]hey|(?P<name>[A-Z][\w'’-]+))\s+asked\s+(?:me\s+)?)?"
    r"(?P<q>(?i:what\s+I\s+(?:do|did|would\s+do)|how\s+I\s+(?:handle|deal\s+with|would\s+handle)"
    # "He asked about a time I had disagreed with an owner. I gave a rather weak answer ... I wish
    # I had told him instead about the morning in the 2029 swell ..." (round 62, h1595)
    r"|about\s+a\s+time\s+I\s+had\s+[a-z]+ed)"
    r"\s[^.?]+?)[.?]\s+(?:I\s+(?:said|answered|spoke|talked|only|gave|told)\b[^.]*\.\s+){1,2}"
    r"I\s+wish\s+I\s+had\s+told\s+(?:him|her|them)\s+(?:instead\s+)?about\s+(?P<story>(?:the|my|our)\s[^.]{12,}?)\."
    r"(?:\s+(?:That|This)\s+was\s+[^.]*\.)?$"
)
_WHAT_IS = re.compile(r"^what\s+(?P<what>(?:my|the|our)\s[^,]+?)\s+(?:is|was|would\s+be)$")


def topics_moved(
    notes: Notes, moved_from: Callable[[Interviewer, str], tuple[str, list[str]]]
) -> Notes:
    """`notes` with each topic replaced by what `moved_from` keeps of it (the topic, what is
    left of it, or `MOVED`) and the follow-up lines it gives said before the follow-up; the same
    object when no topic changes. One pass for every topic line said in the follow-up instead
    (a better answer here, a correction in `topicfixes` and `secondnotes`) or kept out
    (`secondnotes`: a topic marked private, in its place with no line)."""
    moved: list[str] = []
    panel = []
    for person in notes.interviewers:
        kept = []
        for topic in person.topics:
            left, lines = moved_from(person, topic)
            moved += lines
            kept.append(left)
        same = kept == person.topics
        panel.append(person if same else person.model_copy(update={"topics": kept}))
    if not moved and all(a is b for a, b in zip(panel, notes.interviewers, strict=True)):
        return notes
    update: dict[str, object] = {"interviewers": panel}
    if moved:
        update["follow_up"] = " ".join([*moved, notes.follow_up or ""]).strip()
    return notes.model_copy(update=update)


def first_name(person: Interviewer) -> str:
    """The reader's first name, past a title ("Dr. Priya Venkataraman": Priya)."""
    first = next(
        (w for w in person.name.split() if w.rstrip(".").lower() not in TITLES),
        person.name.split()[0],
    )
    # "Engr. Musa Abdullahi Garba": a title no table holds, cut short (round 56, h1500)
    return given_name(person.name) if first.endswith(".") else first


def for_reader(person: Interviewer, line: str, *, panel: bool) -> str:
    """`line` for the follow-up, addressed in a panel to `person` by first name ("for Sipho:
    ..."), the label `followfor` routes it by; as it is to the only reader."""
    return f"for {first_name(person)}: {line}" if panel else line


def address_name(person: Interviewer) -> str:
    """The word a follow-up addresses the reader by ("for Ong: ..."): the last word of the
    salutation ("Captain Ong"), else the first word of the name."""
    return (person.salutation or person.name).split()[-1 if person.salutation else 0]


def better_moved(notes: Notes) -> Notes:
    """`notes` with each topic that carries a better answer moved to the follow-up as "On X, I
    should have said that Y." (with "for NAME: " before it in a panel); the same object when
    no topic does."""

    def moved_from(person: Interviewer, topic: str) -> tuple[str, list[str]]:
        line = _said_later(person, topic, panel=len(notes.interviewers) > 1)
        return (topic, []) if line is None else (MOVED, [line])

    return topics_moved(notes, moved_from)


# A point the candidate forgot to make, typed inside a topic with what it achieved: "forgot to
# mention my serum-free media cost work!! (cut cost per litre ~60% at previous job) - must say",
# "FORGOT TO MENTION the heat exchanger retrofit on the kiln in 2028 = 18% less gas. Must say it
# in his letter" (round 52, h1432, h1440). The point is said in the follow-up to that reader.
_FORGOT = re.compile(
    r"(?i)(?:^|(?<=[.!>])\s+)(?:I\s+)?forgot\s+to\s+(?:mention|say)\s+(?P<thing>(?:my|the)\s[^(!.=;:]{3,80}?)"
    r"\s*!*\s*(?:\((?P<how>[^()]{3,80})\)|=\s*(?P<eq>[^.!;]{3,60}?))?"
    r"(?:\s*[-–—.]\s*must\s+(?:say|mention)(?:\s+it)?(?:\s+in\s+(?:his|her|their|the)\s+letter)?)?"
    r"[\s.!]*$"
)
# What it achieved, in brackets: "cut cost per litre ~60% at previous job".
_CUT = re.compile(
    r"(?i)^(?P<verb>cut|reduced|lowered|raised|increased|saved)\s+(?:the\s+)?"
    r"(?P<what>[a-z][a-z ]+?)\s+(?:by\s+)?(?P<about>~|about\s+|around\s+)?(?P<n>\d+(?:\.\d+)?%)"
    r"(?P<rest>(?:\s+(?:at|in)\s+"
    r"(?:my\s+)?(?:previous|last|old|current)\s+job)?)$"
)
_LESS = re.compile(
    r"(?i)^(?P<n>\d+(?:\.\d+)?%)\s+(?P<how>less|more|fewer)\s+(?P<what>[a-z][a-z ]{1,30})$"
)


# A point of the candidate's own, in a sentence they mark to be said: "A350 coming into the
# fleet next year. MUST say in letter I already did the A350 differences course at my current
# airline (Dec '31) - didn't get to it!!" (round 53, h1448).
_MUST_CLAUSE = re.compile(
    r"(?:^|(?<=[.!])\s+|(?<=->)\s*)(?:(?:MUST|must)\s+(?:say|mention)(?:\s+in\s+(?:the\s+)?letter)?"
    # "MUST SAY in the letter I'd want a safety sign-off ..." (round 58, h1528)
    r"|MUST\s+SAY\s+in\s+the\s+letter(?=\s+I(?:'d|’d)\s)"
    # "MUST SAY in his letter: the 15 yr ... was mine" (round 56, h1504)
    r"|(?:MUST|must)\s+(?i:say|mention)\s+in\s+(?:his|her|their)\s+letter(?=\s*:)"
    # "FORGOT to mention I did the NIR sorter training in Seibersdorf in 2029, 3 weeks! SHOULD
    # have said that first" (round 53, h1456)
    r"|(?i:forgot\s+to\s+(?:mention|say)))\s*:?\s+"
    # "forgot to mention I've done three Macbeths already (Lyric Belfast, ...)" (round 58, h1528)
    r"(?:that\s+)?(?P<clause>I(?:'ve|’ve)\s+(?:already\s+)?done\s[^.!;(]{3,80}?(?:\s+already)?"
    r"(?:\s*\([^()]{3,120}\))?(?=[\s.!]*$)"
    # "MUST SAY in the letter I'd want a safety sign-off on the rake ..." (round 58, h1528)
    r"|I(?:'d|’d|\s+would)\s+(?:want|like|ask\s+for|insist\s+on)\s[^.!;]{6,120}?"
    r"|I\s+(?:already\s+)?(?:did|have|hold|completed|passed|ran|led|built|wrote"
    r"|set\s+up|designed|introduced|trained|started|sat|served|sit|serve"
    # "MUST say in letter: I cut mermas (field losses) at Amatitán 2030 harvest from ~12% to
    # 5%", "FORGOT to mention I negotiated the 2029 contracts with 60 small growers!!" (round
    # 60, h1560)
    r"|cut|negotiated|reduced|secured|signed|launched|organised|organized"
    # "MUST say I am not against the machine line, I can supervise it too", "forgot to mention
    # I already teach 3 at the Hofuf workshop on Fridays!!" (round 61, h1576)
    r"|am\s+not\s+against|teach|run|lead|manage)\b[^.!;]{6,160}?"
    # "MUST say in letter: ready to relocate to Meerut, family has agreed" (round 57, h1512)
    r"|ready\s+to\s+[a-z][^.!;]{4,120}?"
    # "must say: happy to help document the processing pipeline, he said nobody has written it
    # down" (round 58, h1536)
    r"|happy\s+to\s+[a-z][^.!;,]{4,120}?(?=(?:,\s*(?:he|she|they)\s+said\b[^.!;]*)?[\s.!]*$)"
    # "MUST SAY in his letter: the 15 yr at my current house was mine start to finish, ..."
    # (round 56, h1504): a thing the candidate's own
    r"|(?:the|my)\s[^.!;:]{3,80}?\s+was\s+mine\b[^.!;]{0,120}?)"
    r"(?:,\s*\d+\s+(?:weeks?|days?|months?))?\s*"
    r"(?:[-–—]\s*(?:didn'?t|did\s+not)\s+get\s+to\s+it)?[\s.!]*"
    r"(?:(?i:should)\s+have\s+said\s+(?:that|it)\s+first[\s.!]*)?"
    # "... workshop at the university 2031 - SHOULD have said" (round 58, h1536)
    r"(?:[-–—]\s*(?i:should)\s+have\s+said[\s.!]*)?"
    r"(?:,\s*(?:he|she|they)\s+said\b[^.!;]*[\s.!]*)?"
    r"(?:,\s*(?:I\s+)?only\s+mentioned\s+it\s+in\s+passing[\s.!]*)?"  # (round 60, h1560)
    r"(?:(?i:must)\s+(?:say|mention)(?:\s+it)?[\s.!]*)?"  # "... (2030). MUST say" (round 54)
    # "Relevant for the GI talk!", "I mumbled 'we' the whole time, he won't know it was me."
    # (round 56, h1504): why it must be said, the candidate's own
    r"(?:(?:(?i:relevant)\s+(?:for|to)\s+[^.!]{2,40}|I\s+mumbled\b[^.!]*"
    r"|[-–—]\s*put\s+(?:this|it)\s+in"  # "- put this in!" (round 57, h1512)
    r"|(?:he|she|they)\s+won'?t\s+know\b[^.!]*)[\s.!]*)*$"
)


def forgot_moved(notes: Notes) -> Notes:
    """`notes` with each point forgotten in the room and typed in a topic (`_FORGOT`) said in
    the follow-up to that reader; the rest of the topic stays."""

    def moved_from(person: Interviewer, topic: str) -> tuple[str, list[str]]:
        typed = " ".join(topic.split())
        found = _FORGOT.search(typed)
        line = _forgot_line(found) if found else None
        if found is None or line is None:
            found = _MUST_CLAUSE.search(typed)
            clause = re.sub(r"\bwas mine start to finish\b", "was mine from start to finish",
                            found["clause"]) if found else ""  # fmt: skip
            # "I've done three Macbeths already": "I have already done three Macbeths"
            clause = re.sub(r"^I(?:'ve|’ve) (?:already )?done (.+?)(?: already)?(?: ?\([^()]*\))?$",
                            r"I have already done \1", clause)  # fmt: skip
            clause = re.sub(r"^I(?:'d|’d) ", "I would ", clause)
            clause = re.sub(r", (?=I (?:can|could|would|will) )", ", and ", clause)  # two clauses
            # "at Amatitán 2030 harvest from ~12% to 5%" (round 60, h1560)
            clause = re.sub(
                r"\bat ([A-Z][\w'’-]+) ((?:19|20)\d\d) (harvest|season)\b",
                r"in the \2 \3 at \1",
                clause,
            )
            clause = re.sub(r"(?<![\w~])~(?=\d)", "about ", clause)
            # "the 40 ha bat-friendly pilot at Amatitán 2028-31": a size and a span, in words
            clause = re.sub(r"\b(\d+) ha (?=[a-z])", r"\1-hectare ", clause)
            clause = re.sub(r"\b(\d+) ha\b", r"\1 hectares", clause)
            clause = re.sub(r" ((?:19|20)\d\d)[-–](\d\d)$", r" from \1 to 20\2", clause)
            # "mermas (field losses)": the notes' own gloss of a word of the trade
            clause = re.sub(r"\b([a-z]{4,}) \(([a-z]+(?: [a-z]+){0,2})\)", _glossed, clause)
            clause = re.sub(r"^happy to ", "I would be happy to ", clause)
            clause = re.sub(  # "... at the university 2031", never "in in 2029"
                r"(?<=[a-z])(?<!\bin)(?<!\bsince)(?<!\bby)(?<!\bof)(?<!\bto) ((?:19|20)\d\d)$",
                r" in \1",
                clause,
            )
            if clause.startswith("ready to "):  # "ready to relocate to Meerut, family has agreed"
                clause = "I am " + re.sub(
                    r",\s+family\s+has\s+agreed$", ", and my family has agreed", clause
                )
            line = f"forgot to mention that {clause}." if found else None
        if found is None or line is None:
            return topic, []
        rest = typed[: found.start()].strip(" -–—>.;,")
        # "... -> I said keep piece rate but with a quality bonus. forgot to mention I already
        # ran this at Riverside Flies for 18 months" (round 61, h1584): "this" is the answer
        answer = re.search(r"\bI said (?:keep|use|run|do|try) (?P<x>[a-z][^.;]{3,60})$", rest)
        if answer and re.search(r"\bran this\b", line):
            x = answer["x"].replace(" but with ", " with ")
            x = x if re.match(r"(?:a|an|the|my|our)\b", x) else f"{lexicon.article(x)} {x}"
            line = re.sub(r"\bran this\b", f"ran {x}", line)
        lead = f"for {address_name(person)}: " if len(notes.interviewers) > 1 else ""
        return rest or MOVED, [f"{lead}{line}"]

    moved = topics_moved(notes, moved_from)
    if moved.follow_up == notes.follow_up or not moved.follow_up:
        return moved
    # two points of the candidate's own forgotten with one reader, each a sentence that reads:
    # one sentence ("that I cut X, and I negotiated Y"), never "I would also add that" twice
    # in a row, which reads as a note (round 60, h1560)
    joined = _TWO_FORGOT.sub(_two_forgot, moved.follow_up)
    return moved if joined == moved.follow_up else moved.model_copy(update={"follow_up": joined})


_TWO_FORGOT = re.compile(
    r"(?P<one>(?:^|(?<=[.!]\s))(?P<lead>for \S+: )?forgot to mention that "
    r"(?P<a>I (?:[^.]|\.(?=\d))+))\.\s+(?P=lead)forgot to mention that "
    r"(?P<two>I (?:[^.]|\.(?=\d))+)\."
)


def _two_forgot(found: re.Match[str]) -> str:
    if problem(f"{found['a']}.") or problem(f"{found['two']}.") or ", and " in found["a"]:
        return found[0]  # (never "X, and Y, and Z")
    if not all(lexicon.is_past(clause.split()[1]) for clause in (found["a"], found["two"])):
        return found[0]  # two deeds done join; "I would want X" and "I have done Y" do not
    return f"{found['one']}, and {found['two']}."


def _glossed(found: re.Match[str]) -> str:
    """ "mermas (field losses)" -> "field losses": a word no table knows, said by its gloss."""
    word = found[1]
    known = lexicon.known(word) or word in PLAIN_WORDS or word in FUNCTION_WORDS
    return found[0] if known else found[2]


def _forgot_line(found: re.Match[str]) -> str | None:
    """ "forgot to mention that X cut the Y by about 60% at my previous job", or None when what
    it achieved is typed in no shape known here."""
    thing = found["thing"].strip()
    thing = thing[:1].lower() + thing[1:] if thing[:1] in "MT" else thing
    if found["how"]:
        cut = _CUT.match(found["how"].strip())
        if cut is None:
            return None
        about = "about " if cut["about"] else ""
        rest = re.sub(r"(?i)\b(at|in) (?:my )?", r"\1 my ", cut["rest"])
        what = f"{cut['verb'].lower()} the {cut['what']} by {about}{cut['n']}{rest}"
    elif found["eq"]:
        less = _LESS.match(found["eq"].strip())
        if less is None:
            return None
        what = f"meant {less['n']} {less['how'].lower()} {less['what']}"
    elif cut_from := _CUT_FROM.match(thing):  # "the 11% cut in filter change costs from
        # differential-pressure monitoring" (round 54, h1464): the candidate's cut, and how
        return (
            f"forgot to mention that I cut {cut_from['what']} by {cut_from['n']} with "
            f"{cut_from['how']}."
        )
    else:
        return f"forgot to mention {thing}."
    return f"forgot to mention that {thing} {what}."


# A cut named with what made it: "the 11% cut in filter change costs from X monitoring".
_CUT_FROM = re.compile(
    r"^the\s+(?P<n>\d+(?:\.\d+)?%)\s+(?:cut|reduction|drop|saving)\s+in\s+"
    r"(?P<what>[a-z][a-z -]{2,40}?)\s+(?:from|through|with|by)\s+(?P<how>[a-z][a-z -]{2,40})$"
)


# A subject the candidate had no answer for, and the one they should have given: "stage blood
# on a raked stage = slip risk. I had no good answer, ugh. SHOULD have said: we test every
# blood recipe on the actual floor finish in week 1 and ..." (round 58, h1528)
_NO_ANSWER = re.compile(
    r"^(?P<q>[a-z][^.=:;]{3,60}?)(?:\s*(?:=|-)\s*[^.]{2,40})?\.\s+I\s+had\s+no\s+(?:good\s+|real\s+)?"
    r"answer\b[^.]*\.\s+(?:[a-z]+[.!]\s+)?(?i:should)\s+have\s+said\s*:\s+"
    r"(?P<better>(?:we|I)\s[^.]{12,}?)\.?$"
)


# A subject, and what should have been said on it after an arrow: "jimador safety, coa injuries
# -> SHOULD have said: cut coa injuries from 19 to 7 a season with the glove + shin guard
# program. only said 'we improved a lot' ugh" (round 60, h1560)
_ARROW_BETTER = re.compile(
    r"^(?P<q>[a-z][^.=:;>,]{3,50}?)(?:,[^.=:;>]{2,40})?\s*->\s*(?i:should)\s+have\s+said\s*:\s+"
    r"(?P<better>[^.]{12,}?)\.?(?:\s+(?:I\s+)?only\s+said\b[^.]*\.?)?$"
)


# A subject typed first, what was said, and what should also have been: "Special diets. She
# mentioned ... I said I would set up a separate gluten-free bench ... I should also have said
# that I would order a separate gluten-free flour allowance, because ..." (round 60, h1564)
_SUBJECT_SHOULD = re.compile(
    r"^(?P<q>[A-Z][a-z]+(?: [a-z-]+){0,4})\.\s+(?:[^.]+\.\s+){1,3}I\s+should\s+also\s+have\s+"
    r"said\s+that\s+(?P<better>I\s[^.]{12,}?)\.$"
)


def _said_later(person: Interviewer, topic: str, *, panel: bool) -> str | None:
    """The follow-up line a topic's better answer is said by, or None."""
    typed = " ".join(topic.split())
    if (subject := _SUBJECT_SHOULD.match(typed)) is not None:
        q = subject["q"][:1].lower() + subject["q"][1:]
        q = q if re.match(r"(?:the|my|our|your)\b", q) else f"the subject of {q}"
        line = on_topic(f"On {q}, I should have said that {subject['better']}.")
        return None if line is None else _to(person, line, panel=panel)
    if (arrow := _ARROW_BETTER.match(typed)) is not None:
        better = re.sub(r"\s\+\s", " and ", arrow["better"])
        line = on_topic(f"On {arrow['q']}, I should have said that {better}.")
        return None if line is None else _to(person, line, panel=panel)
    if (none := _NO_ANSWER.match(typed)) is not None:
        line = f"On {none['q']}, I should have said that {none['better']}."
        if on_topic(line) is None:
            return None
        return _to(person, line, panel=panel)
    if (told := _TOLD_ABOUT.match(typed)) is not None:
        if told["name"] and told["name"] not in person.name.split():
            return None
        question = told["q"][:1].lower() + told["q"][1:]
        if (time := re.match(r"about a time I had ([a-z]+ed)\b(.*)$", question)) is not None:
            doing = lexicon.verb_forms(lexicon.base_of(time[1]) or time[1]).get("VBG")
            question = f"{doing}{time[2]}" if doing else question  # "disagreeing with an owner"
        story = told["story"].split(";")[0]  # "...; the net held and ...": a second sentence
        line = f"On {question}, I should have told you about {story}."
        if problem(line):
            return None
        return _to(person, line, panel=panel)
    found = _BETTER.match(typed) or _WHEN_BETTER.match(typed)
    if found is None or (found["name"] and found["name"] not in person.name.split()):
        return None
    question = found["q"]
    if what := _WHAT_IS.match(question):
        question = what["what"]  # "what my greatest weakness is": my greatest weakness
    elif question.startswith("about "):
        question = question.removeprefix("about ")
    elif not question.startswith(("how I would ", "what I would ", "how I ", "how we ", "why I ")):
        return None  # "what we pay ...": no subject to say it on
    if question.startswith(("how I would ", "what I would ")) and re.match(
        r"I\s+would\b", found["better"]
    ):
        return None  # "I wish I had said that I would first check X": "On reflection, I would
        # first check X" in its place, after the answer given (`secondnotes`, round 48, h1364)
    # "early in my career my reports were slow": the time said with its comma
    better = re.sub(
        r"^((?:early|later) in my career) (?=(?:the|my|our) )", r"\1, ", found["better"]
    )
    line = f"On {question}, I should have said that {better}."
    if on_topic(line) is None:
        return None
    return _to(person, line, panel=panel)


def _to(person: Interviewer, line: str, *, panel: bool) -> str:
    """`line` for the follow-up, addressed to `person` by name in a panel ("for Gerry: ...")."""
    return f"for {address_name(person)}: {line}" if panel else line
