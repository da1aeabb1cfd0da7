"""A follow-up said as an addition to an answer, never as a confession or a note to self.

Whatever reading of the follow-up note produced the sentence (`followup`), the letter says it
the way the candidate would: "I would also add that I built the eCRFs for two studies myself",
never "I did not mention that I built ..." or "I should have mentioned ..."; "To add to my answer
on REDCap", never "... on with REDCap" (a question's topic read with its preposition); "I have
booked the course", never "I booked it" when "it" stands for a thing only the note named; and
every contraction spelled out, as in the rest of the letter.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.verbatim import spelled_out
from composer.offline.wellformed import problem
from composer.offline.words import PREPOSITIONS

# A frame whose topic begins with a preposition the question carried: "my answer on with X".
_PREP_TOPIC = re.compile(
    r"(?P<frame>\b(?:answer|add|addition|point) (?:on|about)|^(?:On|Regarding|About|As for))"
    r" (?P<prep>" + "|".join(sorted(PREPOSITIONS)) + r") (?=\w)"
)
# A topic that kept the note's "re" ("regarding"): "my answer on the re the useEffect question".
_RE_TOPIC = re.compile(
    r"(?P<frame>\b(?:answer|add|addition|point) (?:on|about)|^(?:On|Regarding|About))"
    r" (?:the )?re:? (?=\w)"
)
# The candidate confessing what they did not say: "I did not mention that", "I forgot to say".
_DID_NOT = re.compile(
    r"(?:(?<=: )|(?<=\bthat ))I (?:did not|didn't|never|forgot to) (?:get to )?"
    r"(?:mention|say|add)(?:ed)?(?: that)? (?=\w)"
)
# When it came up, and what the candidate did not say then: "When we talked about manual
# handling, I forgot to say that my certificate is current": "On manual handling, I would add
# that my certificate is current".
_WHEN_UNSAID = re.compile(
    r"^When (?:you|we) (?:asked|talked|spoke)(?: me)? about (?P<topic>[^,]{2,60}), I (?:forgot"
    r" to|did not|didn't|never got to) (?:say|mention|add)(?: that)? (?=\w)"
)
# "I said I would escalate, and I should also have mentioned ...": the answer given, then more.
_SAID_THEN = re.compile(
    r"(?<=: )I said I would (?P<v>[a-z]+)(?P<obj>(?: [a-z]+){0,4}?),? (?:and|but) I should"
    r" (?:also )?have (?:mentioned|said)(?: that)? (?P<what>\S.*)$"
)
# "I should (also) have mentioned that X" and "I should have said X": what would be added now.
_SHOULD = re.compile(
    r"\bI should (?P<also>also )?have (?:mentioned|said)(?P<that> that)? (?P<next>\w+)"
)
# Subjects that open a clause after "mentioned" (anything else is a thing mentioned).
_SUBJECTS = frozenset(["I", "we", "they", "there"])
# An object pronoun in the answer, which must point at something the letter has said.
_PRONOUN = re.compile(r"\b(?P<verb>[a-z]+) (?P<it>it|them)\b")
# What the candidate denied in the room: "said i hadnt done the course", "said no to the cert".
_DENIED = re.compile(
    r"(?i)\bsaid (?:i|I) (?:had ?n[o']?t|have ?n[o']?t|did ?n[o']?t|didn't|never|had not|was not"
    r"|wasn't)\b[^.;!?]*|\bsaid no to\b[^.;!?]*"
)
# A thing named with "the" in what was denied: "the course".
_THE_NOUN = re.compile(r"\bthe (?P<noun>[a-z]+)\b")


def as_addition(line: str | None, note: str | None) -> str | None:
    """The follow-up sentence `line` said as an addition (see the module), or None to leave it
    out when the sentence so said would not pass the sentence gate."""
    if not line:
        return line
    said = spelled_out(line)
    said = _PREP_TOPIC.sub(lambda m: f"{m['frame']} ", said)
    said = _RE_TOPIC.sub(lambda m: f"{m['frame']} ", said)
    said = _WHEN_UNSAID.sub(lambda m: f"On {m['topic']}, I would add that ", said)
    said = _DID_NOT.sub("", said)
    said = _SAID_THEN.sub(_as_well_as, said)
    said = _SHOULD.sub(_would_add, said)
    said = _named(said, note or "")
    said = _NOTED.sub(_as_clause, said)
    if said == line:
        return line
    return None if problem(said) else said


# A thing arranged or done typed as a note after the frame: "IPAF renewal booked 14 January",
# "forklift licence renewal booked for February", "first aid cert renewed last month".
_NOTED = re.compile(
    r"(?:(?<=: )|(?<=\bthat ))(?P<np>(?!(?:I|we|they|he|she|it|you|there)\b)(?:[\w&/'-]+ ){0,4}"
    r"[a-z][\w-]*) (?P<already>already )?(?P<v>booked|scheduled|arranged|confirmed|renewed"
    r"|passed|completed|done|finished|submitted|signed off)(?P<already2> already)?"
    r"(?P<time> (?:for|on|in|by|next|this|last|early|mid|late)\b[^.,;:]*| \d{1,2} [A-Z][a-z]+"
    r"| [A-Z][a-z]+(?: \d{1,2})?)?(?=\.$)"
)
# The verbs of a thing arranged ahead ("is booked for"), not done ("was renewed").
_AHEAD = frozenset(["booked", "scheduled", "arranged", "confirmed"])


def _as_clause(found: re.Match[str]) -> str:
    """ "my IPAF renewal is booked for 14 January" for "IPAF renewal booked 14 January";
    "my first aid cert was renewed last month" for "first aid cert renewed last month"."""
    np = found["np"]
    if not all(lexicon.known(w) or not w.islower() for w in np.split()[1:]):
        return found[0]  # a word no dictionary knows: not read with confidence
    if not np.lower().startswith(("my ", "the ", "a ", "an ", "our ")):
        np = f"my {np}"
    time = found["time"] or ""
    ahead = found["v"] in _AHEAD
    if ahead and time and not re.match(r" (?:for|on|in|by)\b", time):
        time = f" for{time}"  # "booked 14 January" -> "booked for 14 January"
    already = "already " if found["already"] or found["already2"] else ""
    return f"{np} {'is' if ahead else 'was'} {already}{found['v']}{time}"


def _as_well_as(found: re.Match[str]) -> str:
    """ "as well as escalating, I would also draw on the scorecards I set up" for "I said I
    would escalate, and I should also have mentioned the scorecards I set up"."""
    gerund = lexicon.verb_forms(found["v"]).get("VBG")
    what = found["what"]
    if not gerund:
        return found[0]
    first = what.split()[0]
    if first == "that":
        what = what[5:]
        first = what.split()[0]
    if what.startswith("I would "):
        clause = what
    elif first in _SUBJECTS:
        return found[0]
    else:
        clause = f"I would draw on {what}"
    return f"as well as {gerund}{found['obj']}, {clause}"


def _would_add(found: re.Match[str]) -> str:
    """ "I would also add that X" for "I should also have mentioned (that) X", and X alone
    after a frame that adds already ("To add to my answer on X: ..."); "I would also mention
    X" for a thing mentioned."""
    if found["that"] or found["next"] in _SUBJECTS:
        if found.string[: found.start()].endswith(": "):
            return found["next"]
        return f"I would {found['also'] or ''}add that {found['next']}"
    return f"I would also mention {found['next']}"


def _named(line: str, note: str) -> str:
    """The answer with "it" or "them" named as the note names it ("I booked the course") when
    the note denied a thing with "the" in the room and then says what was done with it ("said
    i hadnt done the course. actually booked it"), and the line never names that thing; the
    line as it is otherwise."""
    head, colon, answer = line.partition(": ")
    if not colon:
        return line
    found = _PRONOUN.search(answer)
    if found is None:
        return line
    spot = re.search(rf"\b{found['verb']} {found['it']}\b", note, re.IGNORECASE)
    if spot is None:
        return line
    denied = list(_DENIED.finditer(note[: spot.start()]))
    if not denied:
        return line
    things = [m["noun"] for m in _THE_NOUN.finditer(denied[-1][0].lower())]
    things = [noun for noun in things if lexicon.is_noun(noun)]
    if not things or f"the {things[-1]}" in line.lower():
        return line
    if (found["it"] == "them") != lexicon.is_plural_noun(things[-1]):
        return line
    named = f"{found['verb']} the {things[-1]}"
    return f"{head}{colon}{answer[: found.start()]}{named}{answer[found.end() :]}"
