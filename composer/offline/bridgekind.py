"""Whether the clause after a bridge is of the kind the bridge claims: an example ("When we turned
to X, one example came to mind: ...", "Our talk about X touched on my own work too: ...") is
something the candidate did, and "my own experience" ("It is close to my own experience: ...")
is no certificate (reader 33: "one example came to mind: I am trained in Biosafety Level 2
practice"; "It is close to my own experience: I hold an AZ Grade III ... certificate"). Read
from the clause as said, by its verb after "I" (`lexicon`): a past deed or a perfect ("I led",
"I have supervised", "I am running") is done; "I hold", "I am trained in", "I have a BSc", "I
have five years of ...", "I speak", "I can" are held."""

from __future__ import annotations

from composer import regexes as re
from composer.models import Notes
from composer.offline import lexicon
from composer.offline.linkgate import function_stems
from composer.offline.themes import themes_of
from composer.offline.ties import generic_of
from composer.offline.topicframes import leads
from composer.offline.usable import stems
from composer.offline.wordsense import other_senses

# A standing or a credential said with "I am": "I am trained in", "I am a registered nurse".
_STANDING = re.compile(
    r"^I am (?:also )?(?:(?:a|an|the) )?(?:[\w-]+ ){0,3}?"
    r"(?:certified|trained|registered|licensed|qualified|accredited|chartered|fluent|bilingual"
    r"|approved|member|IEng|CEng)\b",
    re.I,
)
# A credential said in the past with "was": held, no deed.
_AWARDED = re.compile(
    r"^I was (?:also )?(?:awarded|certified|trained|registered|qualified|licensed|accredited)\b"
)
# The verbs of a credential earned ("I earned a BEng"): said in the past, still no deed.
_EARNED = frozenset(
    ["earned", "gained", "obtained", "completed", "graduated", "qualified", "received", "passed"]
)


def _verb(clause: str) -> tuple[str, str]:
    """The verb after the clause's opening "I" (past any "also"), and the word after it."""
    words = re.findall(r"[\w'-]+", clause)
    if len(words) < 2 or words[0] != "I":
        return "", ""
    rest = [w for w in words[1:] if w.lower() not in ("also", "then", "recently")]
    return (rest[0].lower(), rest[1].lower()) if len(rest) > 1 else (rest[0].lower(), "")


def credential(clause: str) -> bool:
    """True when `clause` (the candidate's, as said) says a qualification held: "I hold ...", "I am
    trained in ...", "I am a registered ...", "I have a BSc ..." ("I completed a six-month
    internship" is experience, no certificate: only `deed` sets it aside)."""
    verb, after = _verb(clause)
    if verb == "hold":
        return True
    if verb == "am":
        return _STANDING.match(clause) is not None
    return verb == "have" and after in ("a", "an") and not lexicon.is_participle(after)


def deed(clause: str) -> bool:
    """True when `clause` says something the candidate did: a past verb ("I led"), a perfect ("I
    have supervised"), a thing under way ("I am running"); False for a standing ("I have five
    years of ...", "I speak", "I can", "I know") or a credential, and for a clause with another
    subject, whose kind is not read here."""
    verb, after = _verb(clause)
    if not verb or verb in _EARNED or credential(clause):
        return False
    if verb in ("have", "has"):
        return lexicon.is_participle(after) and after not in ("been",)
    if verb == "was":  # "I was the internal auditor for ...", not "I was awarded a ..."
        return _AWARDED.match(clause) is None
    if verb == "am":
        return lexicon.is_gerund(after)
    return lexicon.is_past(verb)


def fitting(section: str, clause: str, *, held: bool = False, topic: str = "") -> str:
    """The phrasebook section a point's `clause` is said in after its topic, given the kind its
    bridge claims: a credential is no "my own experience" ("link", "link_done": "On that
    subject, I hold ..."), and what is no deed of the candidate's is no example that came to
    mind ("tie_more": "As for X, I am trained in ..."; `held`: the point was read as no deed)."""
    if section in ("link", "link_done") and credential(clause):
        return "link_same"
    if section == "tie_more" and (held or (clause.startswith("I ") and not deed(clause))):
        section = "tie_more_held"
    # "As for the facility's plan to add a second biosafety cabinet and ..., I am trained in
    # ...": a lead too long to carry (`topicframes.leads`) is none: "" says the two apart
    # (a gerund may lead: "As for training TAs to run ELKLAN-style groups, I am ...")
    first, _, rest = topic.partition(" ")
    carried = not topic or leads(topic) or (lexicon.is_gerund(first.lower()) and leads(rest))
    return "" if section == "tie_more_held" and not carried else section


def after_own(last: object, point: str, topic: str, notes: Notes, *, done: bool) -> bool:
    """True when `point` (as typed), which no link may join to `topic`, is said before the topic
    as one more fact of the candidate's ("I also ran ... I was glad we touched on X as well."):
    when `last` (a `body.Sentence`, or None) is a fact of their own in the topic paragraph ("On
    that subject, I led ...", "I also ..."; a topic named alone is none), and the point is not
    near enough to follow the topic plainly (a theme both touch); `done`: the
    point is a deed (a credential or a skill is placed by `roleparagraph`)."""
    section, alone = getattr(last, "section", ""), getattr(last, "alone", "")
    if not (section in ("point", "point_more") or (section == "topic_more" and bool(alone))):
        return False
    # a theme both touch ("screen reader users" and "accessibility") or a word both say in one
    # sense ("new graduate therapists", "new graduates") is near enough to follow the topic
    # plainly (`aside`); a word said in two ("night market", "night shift absence": `wordsense`)
    # is not: said after the topic, the fact reads as a comment on it
    if not done or themes_of(point) & themes_of(topic) - generic_of(notes).themes:
        return False
    shared = stems(point) & stems(topic) - stems(f"{notes.role} {notes.company}")
    shared -= function_stems(f"{point} {topic}")
    return not shared - other_senses(shared, point, topic)
