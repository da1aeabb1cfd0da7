"""A personal note typed with the candidate's side or the talk after it, read as rapport reads.

Typed the evening after, a shared background often says the candidate's part last: "She adopted
him off the racing track, the same way I got my dog Koha." ("we both adopted our dogs off the
racing track"), "he did his apprenticeship at Rolls-Royce, the same way I did", "she sailed on
the X as a cadet too long before me" ("too"; the years between are an aside). A tip is typed as
a label ("tip: the Otago Rail Trail (she goes every Feb)": recommended), an interest with what
was talked about after it ("He restores radios, and we talked about the valve set he built":
the talk). `reread` puts each in the shape `rapport` reads; `finished` mends a line's time and
event name ("to Beer Fair in Brussels end of January": "to the Beer Fair in Brussels at the end
of January") and a role both held ("as a cadet": "as cadets"). A shape not sure stays as typed.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.dictionary import in_dictionary
from composer.offline.heard import MONTH
from composer.offline.rapporttails import talked_about

__all__ = ["finished", "reread", "talk_after"]

_SHARED = (
    r"(?:the\s+)?same\s+way\s+(?:as\s+)?I\b|(?:just\s+)?(?:the\s+)?same\s+as\s+(?:me|I\s+did)\b"
    r"|just\s+like\s+I\s+did\b"
)
# A sentence of several with the shared part: the one read ("Her old greyhound ... . She ...").
_SENTENCES = re.compile(r"(?<=[a-z0-9)][.!])\s+(?=[A-Z])")
# "S V OBJ REST, the same way I did" / "..., the same way I got my dog Koha".
_SAME_WAY = re.compile(
    r"(?i)^(?P<who>she|he|they)\s+(?P<verb>(?!used\b)[a-z]+ed|did|went|got|grew|took|made|ran|won|rode"
    r"|swam|sailed|studied)\s+(?P<rest>[^,;]+?),?\s+(?:" + _SHARED + r")\s*(?P<mine>.*?)[.!]*$"
)
_MINE = re.compile(
    r"(?i)^(?:did|got|had|adopted|found|took|bought)\s+(?:mine|my\s+(?P<n>[a-z]+))"
    r"(?:\s+[A-Z][\w'-]*)?$"
)
_PRONOUN = re.compile(r"(?i)^(?P<pro>him|her|it|them)\b(?P<rest>.*)$")
# "too long before me", "too, years before I did": the years between, an aside.
_BEFORE_ME = re.compile(
    r"(?i)\s+too,?\s+(?:(?:long|well|many|some|a\s+few|a\s+couple\s+of|\w+)\s+)?(?:years?\s+)?"
    r"(?:before|after)\s+(?:me|I\s+did)\b[.!]*$"
)
_TIP = re.compile(r"(?i)^(?:(?:pro\s+)?tips?|recs?)\s*[:\-–]\s*(?P<what>\S.*)$")
# "same like me", "like me before": a second-language "like me"; "both of us from X": we both.
_LIKE_ME = re.compile(r"(?i),?\s+(?:the\s+)?same\s+like\s+me\b|\b(?<=like me) (?:before|too)\b")
# A ship sailed on, typed in lower case in words no dictionary has ("sailed on statsraad lehmkuhl").
_SHIP = re.compile(
    r"\b(?P<verb>sailed|crewed|cruised)\s+(?:on|aboard)\s+(?P<name>[^\W\d_]+"
    r"(?:\s+[^\W\d_]+)?)(?=\s+(?:as|in|too|when|for)\b|[,.;]|$)"
)
_BOTH_OF_US = re.compile(r"(?i)^both\s+of\s+us\s+(?P<from>from\s+)?(?=\w)")
# ", and we talked about X (that ...)": the talk, after an interest of theirs.
_AND_TALKED = re.compile(
    r"(?i)^(?:she|he|they)\s+[^,;]+[,;]?\s+(?:and\s+)?we\s+(?:also\s+)?(?:talked|chatted|spoke)"
    r"\s+about\s+(?P<what>(?:the|her|his|their)\s+[^,;]+?)(?:\s+(?:that|which|who)\s+.*)?[.!]*$"
)


def reread(note: str) -> str:
    """The note in the shape `rapport` reads, or the note as typed when no shape here is sure."""
    text = " ".join(note.split())
    sentences = _SENTENCES.split(text)
    if len(sentences) > 1:
        shared = [s for s in sentences if re.search(_SHARED, s, re.IGNORECASE)]
        text = shared[-1] if len(shared) == 1 else text
    first = re.split(r"(?<=\w)!+\s+", text, maxsplit=1)  # "both of us from X!! her brother ..."
    text = first[0] if len(first) == 2 and _BOTH_OF_US.match(first[0]) else text
    text = _LIKE_ME.sub(lambda m: ", like me" if "same" in m[0].lower() else "", text)
    text = _SHIP.sub(_ship, text)
    both = _BOTH_OF_US.match(text)
    if both:
        text = f"we {'are both from ' if both['from'] else 'both '}{text[both.end() :]}"
    same = _SAME_WAY.match(text)
    if same:
        return _same_way(same) or note
    text = _BEFORE_ME.sub(" too", text)
    tip = _TIP.match(text)
    if tip:
        return f"recommended {_with_article(tip['what'])}"
    return text if text != " ".join(note.split()) else note


def talk_after(note: str) -> tuple[str, dict[str, str]] | None:
    """The warm line's section and values for a talk typed after an interest of theirs ("He
    collects old film posters, and we talked about the old cinema in Phuket Town that ..."): the
    talk, its relative clause let go; a few more words than a bare talk, the interest their own."""
    talked = _AND_TALKED.match(" ".join(note.split()))
    return talked_about(f"talked about {talked['what']}", most=7) if talked else None


def _ship(found: re.Match[str]) -> str:
    """ "sailed on the Statsraad Lehmkuhl" where every word of the name is none of English's."""
    name = found["name"].split()
    if not all(w.islower() and not in_dictionary(w) for w in name):
        return found[0]
    return f"{found['verb']} on the {' '.join(w.capitalize() for w in name)}"


def _same_way(same: re.Match[str]) -> str | None:
    """ "we both adopted our dogs off the track" from its two parts, or None when not sure."""
    verb, rest, mine = same["verb"], same["rest"].strip(), same["mine"].strip(" .!")
    if not mine or re.fullmatch(r"(?i)did|do|have|had", mine):
        pronoun = _PRONOUN.match(rest)
        return None if pronoun else f"{same['who']} {verb} {rest} too"
    owned = _MINE.match(mine)
    pronoun = _PRONOUN.match(rest)
    if not (owned and owned["n"] and pronoun):
        return None
    many = lexicon.noun_plurals(owned["n"].lower())
    if not many or not lexicon.is_noun(owned["n"].lower()):
        return None
    return f"we both {verb} our {many[0]}{pronoun['rest']}"


def _with_article(what: str) -> str:
    """A tip's thing with "the" where a count noun heads it bare ("ski trail at X": "the ski
    trail at X", "Binondo food walk": "the Binondo food walk"); a name stays bare."""
    head = re.split(r"\s+(?:at|in|on|near|by|from|\()", what, maxsplit=1)[0].strip()
    last = head.split()[-1] if head.split() else ""
    if re.match(r"(?i)^(?:the|a|an|your|her|his|their)\b", what) or not last.islower():
        return what
    return f"the {what}" if lexicon.is_noun(last) and not last.endswith("s") else what


_EVENT = re.compile(
    r"\b(?P<prep>to|at|for|with|[Ee]njoy)\s+(?P<name>(?:[A-Z][\w'&-]*\s+){1,3}(?:Fair|Show|Festival|Expo"
    r"|Market|Conference|Congress|Championships?|Games|Convention|Regatta|Symposium)s?)\b"
)
_TIME = re.compile(
    rf"(?<!\bthe )(?<!\bat )(?:\bin\s+)?\b(?P<part>end|start|beginning|middle) of "
    rf"(?P<month>{MONTH})\b"
)
_EDGE = re.compile(rf"(?<!\bin )(?<!\bin the )\b(?P<part>mid|early|late)[ -](?P<month>{MONTH})\b")


def finished(line: str) -> str:
    """The line with its event's name and time given their small words, and a role both held
    said for both ("as a cadet": "as cadets")."""
    line = _EVENT.sub(
        lambda m: m[0] if m["name"].startswith("The ") else f"{m['prep']} the {m['name']}", line
    )
    line = _TIME.sub(lambda m: f"at the {m['part']} of {m['month']}", line)
    line = _EDGE.sub(
        lambda m: f"in {m['part']}-{m['month']}" if m["part"] == "mid" else f"in {m[0]}", line
    )
    line = re.sub(
        r"\b([A-Z][\w'-]+) national (park|forest|monument)\b",
        lambda m: f"{m[1]} National {m[2].title()}",
        line,
    )
    line = re.sub(r"\bin (\d{3}0s)\b", r"in the \1", line)  # "in 1990s"
    both = re.search(r"\bwe both\b.*?\b(?P<art>as an? )(?P<role>[a-z]+)\b", line)
    many = lexicon.noun_plurals(both["role"]) if both else None
    if both and many and lexicon.is_noun(both["role"]):
        line = f"{line[: both.start('art')]}as {many[0]}{line[both.end('role') :]}"
    return line
