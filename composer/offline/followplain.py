"""A follow-up typed in shapes its readers misread, put in the shapes they know (session 60,
from the quoted faults of blind readers 163 and 165): "also i said ..." without its "also"; "I
say 9 DCD cases but is 11, I check after in my records" as "I said 9 DCD cases, it was actually
11"; "I want to send X like I promise to Dr. Ferrer" as "I promised to send X to Dr. Ferrer";
"send link to showreel (the updated one w/ ...)" as "send the link to my updated showreel";
"(checked logbook)" left to the candidate.
"""

from __future__ import annotations

from composer import regexes as re
from composer.english import cut_at_stops
from composer.offline import lexicon
from composer.offline.words import FUNCTION_WORDS

__all__ = ["ATTACH_ASKED", "plainer", "promise_kept"]

# A figure put right in a second language: "I say 9 DCD cases but is 11, I check after in my
# records." What follows is how the candidate found out, no part of the correction.
_BUT_IS = re.compile(
    r"(?i)^I\s+(?:say|said)\s+(?P<was>[^,;]*?\d[^,;]*?)\s+but\s+(?:it\s+|this\s+)?(?:is|was)\s+"
    r"(?:actually\s+|really\s+|in\s+fact\s+)?(?P<right>[^,.;()]*\d[^,.;()]*?)(?:\s+actually)?"
    r"\s*(?:\([^()]*\))?"
    r"\s*(?:[,.;]\s*(?:I\s+(?:check"
    r"|checked|look|looked|count|counted)\b[^.;]*|I\s+want\s+(?:to\s+)?correct(?:\s+(?:this|that|it))?)?)?"
    r"\s*[.!]*$"
)


# A promise typed in a second language: "I want to send the checklist I made like I promise to
# Dr. Ferrer" -> "I promised to send the checklist I made to Dr. Ferrer".
_LIKE_PROMISED = re.compile(
    r"(?i)^(?:also\s+)?I\s+(?:also\s+)?(?:want|wanted|would\s+like)\s+(?:to\s+)?send\s+(?P<what>.+?)\s+(?:like|as)\s+I\s+"
    r"(?:promise|promised)(?P<to>\s+to\s+.+?)?\s*[.!]*$"
)


# Which one of a thing to link to, typed in a bracket to self: "link to showreel (the updated
# one w/ the haka breakdown, not the old vimeo)" -> "the link to my updated showreel".
_LINK_WHICH = re.compile(
    r"(?i)\b(?:the\s+)?link\s+to\s+(?:my\s+)?(?P<noun>[a-z]+)\s*\(\s*the\s+(?P<adj>updated|new"
    r"|latest|current|final)\s+one\b[^()]*\)"
)


# A figure put right in shorthand, the thing named before the wrong figure: "i said red seal
# was 2019, it's 2021 (apprenticeship started 2017). fix that." What follows the right figure
# (a bracket, "fix that") is a note to self.
_SAID_ITS = re.compile(
    r"(?i)^(?:i\s+think\s+)?(?:i\s+)?said\s+(?P<what>[^,;]+?)\s+(?:was|is)\s+(?P<was>[^,;]*\d[^,;]*?)"
    r"\s*,\s*(?:it['’]s|it\s+is|it\s+was|actually)\s+(?:actually\s+)?"
    r"(?P<right>[^,;()]*\d[^,;()]*?)\s*(?:\([^()]*\))?\s*[.!]*"
    r"(?:\s*[-–,.]?\s*(?:fix|correct)\s+(?:that|this|it)\s*[.!]*)?$"
)
# The wrong figure first, then the thing and the right one: "i think i said 14 min at one
# point, thesis trio is 12 min, fix that".
_SAID_AT = re.compile(
    r"(?i)^(?:i\s+think\s+)?i\s+said\s+(?P<was>\d[\d.,]*\s*[a-z]+)(?:\s+at\s+one\s+point)?"
    r"\s*[,;]\s*(?:the\s+)?(?P<what>[a-z][a-z -]*?)\s+(?:is|was)\s+(?:actually\s+)?"
    r"(?P<right>\d[\d.,]*\s*[a-z]+)\s*(?:[,;.]\s*fix\s+(?:that|this|it))?\s*[.!]*$"
)
# A figure said, then the right one typed as near it: "I said 500 transports, it's closer to 400"
_SAID_NEAR = re.compile(
    r"(?i)^I\s+said\s+(?P<was>\d[\d.,]*\s+[a-z]+(?:\s+[a-z]+)?)\s*[,;]\s*(?:it['’]s|it\s+is"
    r"|it\s+was)\s+(?:closer\s+to|more\s+like|nearer|about|around)\s+(?P<right>\d[\d.,]*)"
    r"\s*[.!]*$"
)
# A note to self after an arrow: "-> tell them!!", "- mention it".
_TELL_THEM = re.compile(r"(?i)\s*(?:->|-)\s*(?:tell|mention|say)\s+(?:them|her|him|it)\b\s*!*")


# A promise told as made to someone, with a note to self after it: "I promised Mr. Lindqvist a
# copy of my transcript; I should enclose it with the letter." The promise is kept, not told.
_PROMISED_THEM = re.compile(
    r"(?i)^I\s+(?:also\s+)?promised\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+[A-Z][\w'-]+|him|her|them|you)\s+"
    r"(?:(?:that\s+)?I\s+would\s+send\s+(?:her|him|them|you)\s+)?"
    r"(?P<what>(?:an?|my|the)\s+[^;]+?)(?P<note>[;,]\s*(?:which\s+)?I\s+(?:should|will|would|must)\s+"
    r"(?:enclose|send|attach)(?:\s+(?:it|them))?(?:\s+with\s+(?:the|this|my)\s+letter"
    r"|\s+by\s+[A-Z]?[a-z]+)?)?\s*[.!]?$"
)


def promise_kept(sentence: str, *, kept: bool = False) -> str:
    """ "I promised Mr. X a copy of Y; I should enclose it." -> "I promised to send a copy of
    Y.", the shape `sendthing` reads (`kept`: "As promised, I will send you a copy of Y.", a
    careful follow-up's own sentence); any other sentence as typed."""
    found = _PROMISED_THEM.match(" ".join(sentence.split()))
    if found is None or re.search(r",\s+and\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s|to\s)", found["what"]):
        return sentence  # "..., and Ms. Tursunova a copy of ...": two promises, as typed
    if kept and not found["note"]:
        return sentence  # a careful promise with no note to self: the readers after say it
    if kept and re.search(r"(?i)\b(?:enclose|attach)\b", found["note"] or ""):
        return f"As promised, I enclose {found['what']}."  # "..., which I will enclose with the
        # letter" (round 59's dump, h1355): enclosed, never "I will send you"
    return (
        f"As promised, I will send you {found['what']}."
        if kept
        else (f"I promised to send {found['what']}.")
    )


def _figure_put_right(sentence: str) -> str:
    """ "i said red seal was 2019, it's 2021. fix that." and "i think i said 14 min at one point,
    thesis trio is 12 min, fix that" as "I said X was A, it was actually B", the shape
    `saidmeant` reads; any other sentence as typed."""
    text = " ".join(sentence.split())
    text = re.sub(r"(?i)^(?:also|plus)\s+(?=(?:i\s+think\s+)?i\s+said\b)", "", text)
    stop = "." if text.endswith((".", "!")) else ""  # the next sentence stays apart
    if found := _SAID_ITS.match(text):
        what = found["what"]
        return f"I said {what} was {found['was']}, it was actually {found['right']}{stop}"
    if found := _SAID_AT.match(text):
        what = (
            found["what"] if found["what"].startswith(("my ", "our ")) else f"the {found['what']}"
        )
        return f"I said {what} was {found['was']}, it was actually {found['right']}{stop}"
    return sentence


# An order to send a copy of what the line before names: "-> send copy to fiona", ". send a copy".
_COPY_AFTER = re.compile(
    r"(?i)(?<=\w)\s*(?:->|[-–]+>?|\.)\s*(?:and\s+)?send\s+(?:a\s+|her\s+a\s+|him\s+a\s+)?"
    r"cop(?:y|ies)(?:\s+of\s+(?:it|them|the\s+cert(?:ificate)?))?(?:\s+to\s+(?:(?:Mr|Ms|Mrs|Dr)"
    r"\.?\s+)?[A-Za-z][\w'-]*)?\s*[.!]*$"
)


def copy_attached(value: str) -> str:
    """ "X in 2027 -> send copy to fiona" -> "X in 2027. I have attached a copy.": a copy of
    what the line names, sent with the letter; any other line as typed."""
    return _COPY_AFTER.sub(". I have attached a copy.", value)


# "also wanted to say re: the route machines ... then i could": a thought to finish, never said.
_UNFINISHED = re.compile(
    r"(?i)(?:also\s+)?(?:i\s+)?wanted\s+to\s+(?:say|mention|ask)\s+(?:re:?|about)\s[^.!?]*[.!]*"
)
# Two things a spaced slash joins: "basic cabinet / backglass touch-up".
_NOUN_SLASH = re.compile(r"\b(?P<a>[a-z]{3,}) / (?P<b>[a-z]{3,})\b")


def _nouns_joined(found: re.Match[str]) -> str:
    """ "cabinet / backglass" -> "cabinet and backglass" when each side is a noun (or a word no
    table knows, a trade's own); as typed for any other pair."""
    sides = (found["a"], found["b"])
    if any(w in FUNCTION_WORDS for w in sides):
        return found[0]  # "if they need / the 9,400 was ...": two sentences, not two things
    if all(lexicon.is_noun(w) or not lexicon.known(w) for w in sides):
        return f"{found['a']} and {found['b']}"
    return found[0]


# "... is current (nov 2029) - attach cert?": whether to attach a paper, asked of oneself.
ATTACH_ASKED = re.compile(
    r"(?i)\s*[-–]+\s*(?:maybe\s+)?(?:attach|send|include|enclose)\s+(?:the\s+|a\s+)?"
    r"(?:cert(?:ificate)?|copy|it|them|proof)?\s*\?+"
)
_PER = {"yr": "year", "wk": "week", "mo": "month"}


def _per(found: re.Match[str]) -> str:
    """ "400 surveys/yr" -> "400 surveys a year"."""
    return f"{found[1]} a {_PER.get(found[2].lower(), found[2].lower())}"


def plainer(value: str) -> str:
    """The follow-up in the shapes its readers know: "also i said ..." without its "also";
    "I say 9 DCD cases but is 11" as "I said 9 DCD cases, it was actually 11"; "I want to send
    X like I promise" as "I promised to send X"; "send link to showreel (the updated one ...)"
    as "send the link to my updated showreel"."""
    value = re.sub(r"(?i)^(?:also|plus),?\s+(?=i\s+said\b|forgot\b)", "", value) or value
    # "it's more like 450, counted tonight", "not ~280 (checked)": how the candidate knows, unsaid
    value = re.sub(
        r"(?i)(?:,\s*|\s+and\s+|\s+-\s+)(?:I\s+)?(?:counted|checked|recounted)(?:\s+(?:it|them|"
        r"again|tonight|today|this\s+evening))?(?=\s*[.;]|\s*$)|\s*\((?:checked|counted)\)",
        "",
        value,
    )
    value = re.sub(r"\s+-{2,}\s+|\s+[–—]\s+(?=actually\b)", ", ", value)  # "2021 -- actually 2022"
    # "-> tell them!!": a note to self, where a sentence ends; "if rob wants it": the offer's
    value = re.sub(r"\.(?=\s*[.!?])", "", _TELL_THEM.sub(".", value)) or value
    value = re.sub(
        r"(?i)\s+if\s+(?:he|she|they|you|[a-z]+)\s+(?:wants?|needs?)(?:\s+(?:it|them|one))?\b"
        r"(?=\s*[.!]*\s*$|\.)",
        "",
        value,
    )
    value = _NOUN_SLASH.sub(_nouns_joined, copy_attached(value))  # "cabinet / backglass"
    # "... is current (nov 2029) - attach cert?": a question to self, never said nor done
    value = ATTACH_ASKED.sub("", value)
    # "..., and I should have mentioned it.": the candidate's regret, never said
    value = re.sub(
        r"(?i),?\s+and\s+I\s+should\s+have\s+(?:mentioned|said)\s+(?:it|that|this)\b", "", value
    )
    # "... 'north quay' too - also promised niamh my showreel link": two parts of the line
    value = re.sub(r"(?i)(?<=[a-z'’)])\s+[-–]\s+(?=also\s+(?:promised|forgot|said)\b)", ". ", value)
    # "promised photos of county bats + reference letter. send tmrw": one promise, sent then
    value = re.sub(
        r"(?i)^(?:i\s+)?promised\s+(?P<what>[^.]+?)\.\s*send\s+(?P<when>tmrw|tomorrow|tonight|later"
        r"|next\s+(?:wk|week))\s*[.!]*$",
        r"I promised to send \g<what> \g<when>",
        value,
    )
    # "renewal is booked for feb, can send copy after": the copy offered, in a clause of its own
    value = re.sub(
        r"(?i),\s*(?:and\s+)?(?:i\s+)?can\s+send\s+(?:you\s+)?(?:a\s+|the\s+)?copy\s+after(?:wards)?\b",
        ", and I can send you a copy afterwards",
        value,
    )
    # "told grant 400 surveys/yr": what was said, and how often, as `saidmeant` reads it
    value = re.sub(r"(?i)\b(\d[\d,.]*\s*[a-z]+)/(yr|year|wk|week|mo|month|day)\b", _per, value)
    value = re.sub(
        r"(?i)^(?:correction\s*:\s*)?(?:i\s+)?told\s+(?:him|her|them|[a-z]+)\s+(?=[~\d])",
        "I said ",
        value,
    )
    # "i've got the hr licence (can drive the tipper)": what it lets the candidate do, said
    value = re.sub(r"(?i)\s*\((?:so\s+)?(can|could)\s+([a-z][^()]*?)\)", r", so I \1 \2", value)
    value = re.sub(r"(?i)\b(i)(?:'ve|\s+have)\s+got\b", r"\1 have", value)  # "I have got"
    parts = cut_at_stops(value, r"(?<=[.!?])\s+")  # "Mr. Lindqvist": no sentence's end
    order = (
        r"(?i)(?:pls\s+|please\s+|must\s+)?(?:fix|correct|clarify)\s+(?:that|this|it)\s*[.!]*"
        r"|(?:I\s+)?want\s+to\s+(?:write|say|put|be)\s+(?:this\s+|it\s+)?honest(?:ly)?\s*[.!]*"
        r"|I\s+should\s+(?:attach|enclose|send)\s+(?:it|them)\b[^.!?]*[.!]*"  # a note to self
        # "I need to correct one point.", "I wish to clarify a figure.": the lead the letter
        # gives a correction itself (`followlead`), never a sentence of its own
        r"|I\s+(?:wish|want|need|would\s+like|should)\s+to\s+(?:clarify|correct)\s+(?:this|that"
        r"|it|(?:a|one)\s+(?:figure|point|thing|detail|number))\s*[.!:]*"
        # "Maybe clarify the beam rule answer -": a note to self, unfinished
        r"|(?:maybe|perhaps|prob(?:ably)?)\s+(?:clarify|mention|explain|add|say)\b[^.!?]*?\s*[-–]?"
        r"\s*[.!]*"
        # "I would like to add that, since it bears on the bid.": why to write it, never said
        r"|I\s+(?:would|'d)\s+(?:also\s+)?like\s+to\s+(?:add|mention|say)\s+(?:that|this|it),?"
        r"\s+(?:since|because|as)\b[^.!?]*[.!]*"
    )
    parts = [part for part in parts if not _UNFINISHED.fullmatch(part)]  # a thought to finish
    if not parts:
        return ""
    parts = [part for part in parts if not re.fullmatch(order, part)] or parts  # "fix that."
    checked = r"(?i)\s*\((?:i\s+)?(?:checked|confirmed|double-checked)\b[^()]*\)"  # "(checked log)"
    parts = [re.sub(checked, "", part) for part in parts]
    # "I also promised to send X to Mr. Siddiqui": the promise `sendthing` reads, kept
    parts = [re.sub(r"^I also (promised|offered) to send\b", r"I \1 to send", p) for p in parts]
    value = " ".join(_but_is(_figure_put_right(promise_kept(part))) for part in parts)
    value = _LIKE_PROMISED.sub(r"I promised to send \g<what>\g<to>", value)
    value = _LINK_WHICH.sub(r"the link to my \g<adj> \g<noun>", value)
    return re.sub(
        r"(?i)^(send|share)\s+link\s+to\s+(?!my\b|the\b|our\b)", r"\1 the link to my ", value
    )


# "I tell Mr. X dissertation is about ignition of wood pellets but is about self-heating of wood
# pellets in storage - must correct": what a thing of the candidate's is about, put right.
_ABOUT_BUT = re.compile(
    r"(?i)^I\s+(?:told|tell|said|say)\s+(?:you|him|her|them)?\s*(?:that\s+)?(?P<det>(?:my|the)\s+)?"
    r"(?P<thing>[a-z]+(?:\s+[a-z]+)?)\s+(?:is|was)\s+(?P<prep>about|on)\s+(?P<was>[^,;.\d]+?)"
    r",?\s+but\s+(?:it\s+)?(?P<be>is|was)\s+(?:actually\s+|really\s+|in\s+fact\s+)?(?P=prep)\s+"
    r"(?P<right>[^,;.\d]+?)\s*(?:[-,;]\s*(?:I\s+)?(?:must|need\s+to|want\s+to|should)\s+"
    r"correct(?:\s+(?:this|that|it))?)?\s*[.!]*$"
)


def _the(phrase: str) -> str:
    """ "ignition of wood pellets" -> "the ignition of wood pellets": a noun of something, named."""
    head = phrase.split()[0].lower()
    if head in ("the", "a", "an", "my", "our", "their", "his", "her") or " of " not in phrase:
        return phrase
    named = lexicon.is_noun(head) or head.endswith("ing")  # "self-heating of wood pellets"
    return f"the {phrase}" if named else phrase


def _about_but(value: str, text: str) -> str:
    """The shape `saidmeant` reads for a thing's subject put right ("I said my dissertation was
    about X, it is actually about Y"), or `value` as typed."""
    found = _ABOUT_BUT.match(text)
    if found is None or found["thing"].lower() in ("it", "this", "that", "he", "she", "they"):
        return value
    prep, stop = found["prep"], "." if value.rstrip().endswith((".", "!")) else ""
    was, right = _the(found["was"]), _the(found["right"])
    det = (found["det"] or "my ").lower()
    be = found["be"].lower()
    return f"I said {det}{found['thing']} was {prep} {was}, it {be} actually {prep} {right}{stop}"


def _but_is(value: str) -> str:
    """ "I say 9 DCD cases but is 11, I check after" -> "I said 9 DCD cases, it was actually
    11", the shape `saidmeant` reads; any other line as typed."""
    text = re.sub(r"(?i)^(?:also|plus),?\s+(?=i\s+said\b)", "", " ".join(value.split()))
    text = re.sub(r"(?i)^(?:correction|clarification)\s*[:-]\s*(?=(?:i\s+)?said\b)", "", text)
    text = re.sub(r"(?i)^(I\s+said)\s+in\s+(?:the\s+)?interview\s+(?=\S*\d)", r"\1 ", text)
    # "said i got my cpl in 2019 -> it was nov 2018": what it was, after an arrow
    arrowed = re.sub(
        r"(?i)^((?:I\s+)?said\s+[^>]*?\d[^>]*?)\s*(?:->|=>|→)\s*it\s+(was|is)\s+(?!actually\b)"
        r"(?=\S*\d|\w+\s+\d)",
        r"\1, it \2 actually ",
        text,
    )
    if arrowed != text:
        return arrowed
    near = _SAID_NEAR.match(text)
    if near is not None:  # "it's closer to 400": about 400
        stop = "." if value.rstrip().endswith((".", "!")) else ""
        return f"I said {near['was']}, it was actually about {near['right']}{stop}"
    found = _BUT_IS.match(text)
    if found is None:
        return _about_but(value, text)
    was = re.sub(r"(?i)\s+in\s+the\s+interview$", "", found["was"])  # "12 years in the interview"
    right = re.sub(r"(?i)^(\d+\s+years?)\s+(?:of\s+)?experience$", r"\1", found["right"])
    unit = re.fullmatch(r"(\d[\d.,]*)\s+([a-z]+)", right)
    if unit and was.endswith(f" {unit[2]}"):
        right = unit[1]  # "12 years, it was actually 11": the unit said once
    stop = "." if value.rstrip().endswith((".", "!")) else ""  # the next sentence stays apart
    return f"I said {was}, it was actually {right}{stop}"
