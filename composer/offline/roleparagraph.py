"""The candidate's points that fit none of this reader's topics, and where a person puts them.
Right after the thanks a bare fact reads as a non sequitur (reader 18: "... at Waikato
Hospital. I am registered with the Medical Sciences Council of New Zealand."); after a topic,
plainly, as a comment on it (reader 15: "The oat milk pitch ... I hold a BA in English."); and
a stock connector in front ("More broadly, ...", "As for the role itself, ...") claims a tie
that is not there (readers 16 and 17). So a point stays beside a sentence of the candidate's
own: after a fact of theirs tied to a topic ("I also hold ..."), or with what they would bring
("After seven years as ..., I would ..."; the deed, then the offer). Any other goes after the
conversation, a span or credential said as what the candidate would bring to the role the
thanks names ("I would come to the role with ten years of experience in FOH."), a deed after
it as its proof."""

from __future__ import annotations

import functools
import zlib
from dataclasses import replace

from composer import regexes as re
from composer.offline import lexicon, phrasebook
from composer.offline.body import Sentence
from composer.offline.casing import lower_start
from composer.offline.roleled import role_led, standing
from composer.offline.typedfirst import from_answer, from_marked, marked_said_first
from composer.offline.wording import sentence_keys

# Sentences that name what was discussed with this reader, or say a point tied to it.
_TOPICAL = frozenset(["topic", "topic_more", "point"])
# A deed `aside` found no tie for is a "point" of its own, untied.
_POINTS = frozenset(["summary", "point_more", "point"])
# The candidate's own sentences in a paragraph: a point tied to a topic, what they would bring.
_OWN = frozenset(["point", "contribution"])
# The wordings a point fitting no topic may be said in: `_plain` takes the frame off.
_FRAMES = ("summary", "summary_done", "summary_held", "point_more", "link_mine")
# The longest point (in words) said in one sentence with another: two longer ones are two.
_SHORT = 12


def role_paragraph(
    sentences: list[Sentence],
    answered: frozenset[str] = frozenset(),
    taken: frozenset[str] = frozenset(),
    tone: str = "warm",
    marked: frozenset[str] = frozenset(),
) -> list[Sentence]:
    """`sentences` with the untied points placed (`_placed`), and a point the candidate marked
    (`marked`: `marks`) said first of its paragraph's points where it reads right there."""
    return marked_said_first(_placed(sentences, answered, taken, tone, marked), marked)


def _placed(
    sentences: list[Sentence],
    answered: frozenset[str],
    taken: frozenset[str],
    tone: str,
    marked: frozenset[str],
) -> list[Sentence]:
    """`sentences` with the untied points (`Sentence.untied`) placed: those beside a sentence
    of the candidate's own stay there (`_beside_own`), one before the offer said with it
    (`_offer_joined`); the others follow the last topic said, the first plainly (`_plain`), a
    span or credential first as what the candidate would bring (`_fit`), a second short one
    joined with "and" (not one typed as an answer: `typedfirst`): one sentence closes the
    topic's paragraph, two or more are a paragraph after it. A letter that names no topic of
    this reader, or opens on no thanks, keeps its plan. A marked point (`marks`) goes first.
    `taken`: the sentences of the panel's earlier letters (`wording.sentence_keys`), whose
    wording `_fit` does not say again. A deed that leads what follows the topics is a short
    paragraph of its own, led by why the candidate fits the role (`roleled`), never a comment
    closing a topic's paragraph."""
    points = [s for s in sentences if s.untied and s.section in _POINTS]
    staying = _beside_own(sentences, points)  # (a marked point leads the points, not there)
    staying = {k: v for k, v in staying.items() if not from_marked(v, marked)}
    if staying:
        sentences = [staying.get(id(s), s) for s in sentences]
        kept = frozenset(id(s) for s in staying.values())
        points = [s for s in sentences if s.untied and s.section in _POINTS and id(s) not in kept]
        sentences = _offer_joined(sentences, kept)
    # an answer the candidate typed keeps its words: taken as the first only when it has an "I"
    firsts = [
        s
        for s in points
        if _plain(s).startswith("I ") or (_plain(s) and not from_answer(s, answered))
    ]
    topical = [s for s in sentences if s.section in _TOPICAL or s.tied]
    if not firsts or not topical or sentences[0].section != "thanks":
        return sentences
    # a span or credential first, as what the candidate would bring; a deed after it as its proof
    # (a standing said with its verb, "I am a registered nurse ...", before a deed: it opens)
    first = next((s for s in firsts if _fit(_plain(s), "") != _plain(s)), None)
    first = first or next((s for s in firsts if standing(_plain(s))), firsts[0])
    # a line the candidate marked (`marks`) first of all: their strongest point leads
    first = next((s for s in firsts if from_marked(s, marked)), first)
    others = [s for s in points if s is not first]
    text = _plain(first)
    typed = any(from_answer(s, answered) for s in (first, *others[:1]))
    if others and not typed and _short(text) and _short(_plain(others[0])):
        text = _joined(text, _plain(others[0]))
        others = others[1:]
    fitted = _fit(text, sentences[0].text, taken)
    led = role_led(fitted, sentences[0].text, tone, taken) if fitted == text else fitted
    group = [replace(first, text=led, alone=""), *others]
    moving = {id(s) for s in points}
    rest = [s for s in sentences if id(s) not in moving]
    # after the conversation: the paragraph of the last topic said, or one of their own after it
    said = [i for i, s in enumerate(rest) if s.section in _TOPICAL or s.tied]
    if not said:
        return sentences  # the topics said were all points that move: the plan stands
    para = rest[said[-1]].paragraph
    at = max(i for i, s in enumerate(rest) if s.paragraph == para) + 1
    if len(group) > 1 or led != fitted:
        # two sentences or more, or a deed led by the role: a paragraph of their own (a run of
        # facts buries the topic)
        shifted = [replace(s, paragraph=s.paragraph + 1) if s.paragraph > para else s for s in rest]
        return [*shifted[:at], *(replace(s, paragraph=para + 1) for s in group), *shifted[at:]]
    return [*rest[:at], replace(group[0], paragraph=para), *rest[at:]]


def _beside_own(sentences: list[Sentence], points: list[Sentence]) -> dict[int, Sentence]:
    """The untied points that stay where the plan put them, beside a sentence of the
    candidate's own in the same paragraph, as said there (by the id of the sentence they
    replace): after a point tied to a topic ("I have spent eight years in theatres ... I am
    also registered with the Medical Sciences Council of New Zealand."), a further fact; before
    or after what the candidate would bring, the deed or standing behind it ("I caught $1.2M of
    missing rebar on the Chandler HS bid. Given the chance, I would tighten bid leveling ...");
    not right after the thanks (reader 18: "... at Waikato Hospital. I am registered ...")."""
    points_at = {id(s) for s in points}
    stays: set[int] = set()

    def own(item: Sentence) -> bool:
        # (a point untied itself is no sentence of the candidate's a fact may stay beside)
        untied = item.untied and item.section == "point"
        return (item.section in _OWN and not untied) or id(item) in stays

    # forward: after a fact or offer of the candidate's; backward: before the offer
    for step in (1, -1):
        order = range(len(sentences)) if step == 1 else range(len(sentences) - 1, -1, -1)
        for i in order:
            item, j = sentences[i], i - step
            if id(item) not in points_at or id(item) in stays or not 0 <= j < len(sentences):
                continue
            near = sentences[j]
            if near.paragraph != item.paragraph or near.paragraph == 0:
                continue
            if (step == 1 and own(near)) or id(near) in stays:
                stays.add(id(item))
            elif near.section == "contribution" and (not _held(item) or _with_offer(item, near)):
                stays.add(id(item))  # a credential beside an offer it is no part of moves
    stays = _off_topic(sentences, stays)
    out = {}
    for i, item in enumerate(sentences):
        if id(item) not in stays:
            continue
        before = sentences[i - 1] if i else None
        after_own = before is not None and before.paragraph == item.paragraph and own(before)
        # after a fact of theirs its "also" or "In addition" is true; a frame of its own
        # ("One thing I am proud of: ...", "..., and I would bring that with me") comes off
        framed = any(f.match(item.text) for f in _frames("summary", "summary_done"))
        text = item.text if after_own and not framed else (_plain(item) or item.text)
        out[id(item)] = replace(item, text=text)
    return out


_EXCHANGE = re.compile(r"\b[Yy]ou (?:also )?asked\b")  # "You asked how ...: I would ..."


def _off_topic(sentences: list[Sentence], stays: set[int]) -> set[int]:
    """`stays` less a run of points right after a topic: bare facts there read as comments on
    it (reader 37: "... the move to online registration. I rebuilt the in-service training
    schedule ..."). Before the offer, what they hold and one deed stay: what stands behind it."""
    kept = set(stays)
    order = [s for s in sentences if id(s) in kept or not (s.untied and s.section in _POINTS)]
    for i, item in enumerate(order[1:], start=1):
        before = order[i - 1]
        topical = before.section in ("topic", "topic_more") and not before.tied
        topical = topical and not _EXCHANGE.search(before.text)  # an answer: facts back it
        if id(item) not in kept or before.paragraph != item.paragraph or not topical:
            continue
        run = [s for s in order[i:] if s.paragraph == item.paragraph]
        run = run[: next((n for n, s in enumerate(run) if id(s) not in kept), len(run))]
        after = order[i + len(run)] if i + len(run) < len(order) else None
        deeds = [s for s in run if not (_held(s) or standing(_plain(s)) or _SPAN.match(_plain(s)))]
        if len(deeds) <= 1 and after is not None and after.section == "contribution":
            continue
        kept -= {id(s) for s in run}
    return kept


def _offer_joined(sentences: list[Sentence], staying: frozenset[int]) -> list[Sentence]:
    """A staying point said in one sentence with the offer right after it, as the standing or
    deed behind it: a span of years leads it, the offer's lead-in ("Given the chance, ...")
    left out ("After seven years as a respiratory therapist, I would help with ..."); a
    credential held is joined with "and" to an offer with no lead-in ("I hold a certificate in
    accessible design, and I would want those checks ..."). A deed, a long point, or an offer
    that opens otherwise stays a sentence of its own: the deed, then what they would do."""
    out: list[Sentence] = []
    for item in sentences:
        last = out[-1] if out else None
        # a name the letter has said stays a sentence of its own, for `saidonce` ("... there")
        said = " ".join(s.text for s in out[:-1])
        names = re.findall(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+)+", last.text) if last else []
        if last is not None and id(last) in staying and item.paragraph == last.paragraph:
            joined = None if any(n in said for n in names) else _with_offer(last, item)
            if joined is not None:
                out[-1] = replace(last, text=joined, section="contribution", untied=item.untied)
                continue
        out.append(item)
    return out


def _with_offer(point: Sentence, offer: Sentence) -> str | None:
    """`point` and the `offer` after it said as one sentence (`_offer_joined`), or None."""
    said = _OFFER_LEAD.sub("", offer.text)
    if (
        offer.section != "contribution"
        or not said.startswith("I would ")
        or len(point.text.split()) > _JOINED
    ):
        return None
    span = _SPAN.match(_plain(point) or point.text)
    if span:
        return f"After {span.group('span')}, {said}"
    text = _plain(point) or point.text
    if _held(point) and said == offer.text and not re.search(r", and |; ", text + said):
        return f"{text[:-1]}, and {said}"
    return None  # a deed, or an offer with its lead-in: "Given the chance, I would ..."


# A span of years said as the candidate's ("I have spent six years at X", "I have 10 years of
# experience in FOH"): "After six years at X, I would ...".
_SPAN = re.compile(
    r"^I have (?:also )?(?:spent )?(?P<span>(?:\d+\+?|[a-z]+(?:-[a-z]+)?) years? (?!ago\b)"
    r"(?![^;]*, (?:so|which|and) )[^;]+)\.$"  # "..., so I understand ...": a clause of its own
)
# The lead-in of an offer, left out when a point before it leads the sentence.
_OFFER_LEAD = re.compile(r"^(?:Given the chance|In this position), (?=I would )")
# A standing a body grants, which the candidate brings to any post: "as a Certified X".
_CERTIFIED = re.compile(r"\b(?:Certified|Chartered|Registered|Licensed|Accredited|Qualified)\b")


def _head_said(np: str, thanks: str) -> bool:
    """The post's head is the role's ("engineer"), or a speaker of languages: joined "as" it."""
    head = np.split()[-1].lower()
    return head in thanks.lower() or head == "speaker"


# The longest point (in words) said in one sentence with the offer after it.
_JOINED = 18


def _fit(text: str, thanks: str, taken: frozenset[str] = frozenset()) -> str:
    """A span of years or a credential said as what the candidate would bring to the role the
    thanks names ("I would come to the role with ten years of experience in FOH."; "I would
    come to the position as an ASQ Certified Quality Engineer (CQE)."); anything else (a deed,
    a standing said with its verb) as it is. The wording varies with the point, so no two
    candidates' letters share it."""
    head, joined, tail = text.partition(", and ")  # "I have five years ..., and I ran ..."
    if not tail.startswith("I "):  # "..., and have five years ...": one clause, read whole
        head, joined, tail = text, "", ""
    clause = f"{head}." if joined else text
    role = "position" if re.search(r"\bposition\b", thanks) else "role"
    held = re.match(r"^I (?:also )?hold (?P<np>.+)\.$", clause)
    span = _SPAN.match(clause)
    being = re.match(r"^I am (?:also )?(?P<np>an? [A-Z].+)\.$", clause)
    speaks = re.match(r"^I (?:also )?speak (?P<np>[^,]+)\.$", clause)
    wordings: tuple[str, ...]
    if speaks:  # "I speak conversational Spanish": "I would bring conversational Spanish to ..."
        np, wordings = speaks.group("np"), _FIT_WITH[1:]
    elif held or span:
        np = held.group("np") if held else span.group("span")  # type: ignore[union-attr]
        # "spent five years planning at X": "five years of planning at X"
        np = np if held else re.sub(r"^(\S+ years?) (?=[a-z]+ing\b)", r"\1 of ", np)
        # "come to the role with {np}" puts a long np last; "with" twice reads badly; a
        # credential is held, not brought
        wordings = _FIT_WITH[:1] if "," in np else _FIT_WITH[1:] if " with " in np else _FIT_WITH
        wordings = _FIT_HELD if held else wordings
    elif being and (_CERTIFIED.search(being["np"]) or _head_said(being["np"], thanks)):
        np, wordings = being.group("np"), _FIT_AS  # never "join the team as a BRM instructor"
    else:
        return text
    if not _noun_phrase(np):
        return text  # "I hold an AuD and have three years ...": no "come with ... and have"
    # a wording a colleague's letter has said of this point gives way to the next, and to the
    # point as typed when all have ("I hold a BA in ..."): a panel's letters never share one
    start = zlib.crc32(np.encode())
    turns = [wordings[(start + n) % len(wordings)] for n in range(len(wordings))]
    fresh = [w.format(np=np, role=role) for w in turns]
    fresh = [f for f in fresh if not sentence_keys([f]) & taken] or [clause]
    said = fresh[0]
    # "I would bring five years ... to the team. I ran the kids reading club ...": two
    # sentences, the second its proof ("..., and I ran ..." after "would bring" mixes moods)
    return f"{said} {tail}" if joined else said


def _noun_phrase(np: str) -> bool:
    """False when `np` goes on into a clause of its own after "and" ("an AuD and have three
    years of clinical experience", "RHS Level 2 and a CSCS card, and have five years ..."),
    which "I would come to the role with ..." would say the candidate would come and have."""
    if re.search(r"\b(?:while|when|as|because|since|after|before) (?:I|we)\b", np):
        return False  # "three years as a barista while I was studying": a clause last
    for found in re.finditer(r"\band (?P<word>[a-z]+)\b", np):
        word = found.group("word")
        verb = lexicon.is_base_verb(word) or lexicon.is_past(word) or lexicon.is_third_person(word)
        if word in _VERB_AFTER_AND or (verb and not lexicon.is_noun(word)):
            return False
    return True


# Verbs a credential line goes on with after "and" that are nouns too ("and hold ...").
_VERB_AFTER_AND = frozenset(
    ["have", "has", "had", "am", "was", "hold", "holds", "held", "reads", "speaks", "writes"]
)


# What the candidate would bring to the role, for `_fit`: {np} the span or credential.
_FIT_WITH = (
    "I would come to the {role} with {np}.",
    "I would bring {np} to the {role}.",
    "I would bring {np} to the team.",
)
_FIT_HELD = ("I would come to the {role} with {np}.", "I would join the team with {np}.")
_FIT_AS = ("I would come to the {role} as {np}.", "I would join the team as {np}.")


# Two credentials of one kind: "I hold the CCNP Enterprise certification" and "I hold the
# Fortinet NSE 4 certification" are one sentence naming the kind once.
_HELD = re.compile(
    r"^I hold the (?P<what>.+) (?P<head>certification|certificate|licence|license|qualification)\.$"
)


def _joined(first: str, second: str) -> str:
    """Two short points said as one sentence: "I hold the A and B certifications." when both
    hold a credential of the same kind, "I hold A and B." when both are held, else "<first>,
    and <second>"."""
    one, two = _HELD.match(first), _HELD.match(second)
    if one and two and one.group("head") == two.group("head"):
        return f"I hold the {one.group('what')} and {two.group('what')} {one.group('head')}s."
    if first.startswith("I hold ") and second.startswith("I hold ") and " and " not in first:
        return f"{first[:-1]} and {second.removeprefix('I hold ')}"  # "I hold A and B": once
    return f"{first[:-1]}, and {lower_start(second)}"


def _plain(item: Sentence) -> str:
    """The point as the candidate's own plain sentence ("I hold ..."), read out of the sentence
    as it now stands (its frame taken off, as `_FRAMES` knows them; an "also" at its start
    left out), or "" when it is no sentence of the candidate's own."""
    text = item.text
    if any(told.match(text) for told in _frames("summary_told")):
        return ""  # "I was glad to tell you about ...": no claim a lead-in could carry
    for frame in _frames(*_FRAMES):
        found = frame.match(text)
        if found:
            clause = found.group("clause")
            text = f"{clause[0].upper()}{clause[1:]}."
            break
    text = re.sub(r"^I (have |had |am |was )?also ", r"I \1", text)
    return text if re.match(r"(?:I|My) ", text) and text.endswith(".") else ""


@functools.cache
def _frames(*sections: str) -> tuple[re.Pattern[str], ...]:
    """The wordings of `sections`, as patterns that find the point's clause (or what was told)."""
    out = []
    for section in sections:
        for wordings in phrasebook.BOOK[section].values():
            for wording in wordings:
                if wording in ("{clause}.", "{clause_also}."):
                    continue
                pattern = re.escape(wording)
                pattern = re.sub(
                    r"\\\{(?:clause(?:_lower|_also)?|told)\\\}", "(?P<clause>.+?)", pattern
                )
                if "(?P<clause>" in pattern and "\\{" not in pattern:
                    out.append(re.compile(f"^{pattern}$"))
    return tuple(out)


def _short(text: str) -> bool:
    """A short point with no list or clause of its own: two of them make one sentence."""
    return bool(text) and len(text.split()) <= _SHORT and not re.search(r"[,;:]|\band\b", text)


def _held(item: Sentence) -> bool:
    """A credential held: "I hold a BA in journalism from UCC.", "I am CPIM certified."."""
    return item.held or item.text.startswith("I hold ")
