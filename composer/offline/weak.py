"""Weak credentials: things many candidates hold that say little of this one.

A driving licence ("full UK licence", "clean licence", "C1 licence"), a generic first-aid or
induction card ("first aid cert", "site induction card") or a bare membership ("member of the
RCN") is a line a letter can say, but never its headline: it is said when what the reader
talks about touches it (a driving role, fleet, deliveries for a licence; safety or welfare for
first aid) and otherwise only as a later, minor point, in one letter of a panel at most.

An item is weak when it is nothing but such a thing: "12 yrs HGV driving, clean licence" has
years of a skill and is read as that. The word classes are in the tables below, never one
quoted line.
"""

from __future__ import annotations

from composer import regexes as re
from composer.models import Interviewer
from composer.offline.phrases import Phrase
from composer.offline.strength import INITIALS

# What kind of weak thing an item is, and the words a reader's topic (or the role) uses when
# it touches that kind: "deliveries across Fife" touches a driving licence.
LICENCE, FIRST_AID, INDUCTION, MEMBERSHIP = "licence", "first aid", "induction", "membership"
_TOUCHES: dict[str, frozenset[str]] = {
    LICENCE: frozenset(
        re.findall(
            r"\S+",
            "drive driving driver drivers fleet fleets delivery deliveries deliver van vans "
            "vehicle vehicles route routes transport haulage courier lorry hgv lgv pcv minibus "
            "car cars mileage travel travelling visits",
        )
    ),
    FIRST_AID: frozenset(
        re.findall(
            r"\S+",
            "aid aider safety welfare injury injuries accident accidents medical emergency "
            "emergencies wellbeing health",
        )
    ),
    INDUCTION: frozenset(["induction", "site", "sites", "safety", "onboarding"]),
    MEMBERSHIP: frozenset(),  # a bare membership answers no topic: a later point at most
}
# Words that touch a kind only with one of their companions in the same text: "community" is
# driving in community nursing ("Community Staff Nurse": the nurse drives to each patient),
# not in community fundraising or a community bank.
_TOUCH_PAIRS: dict[str, tuple[tuple[str, frozenset[str]], ...]] = {
    LICENCE: (
        (
            "community",
            frozenset(
                re.findall(
                    r"\S+",
                    "nurse nurses nursing midwife midwives midwifery care carer carers health "
                    "visit visits visiting rounds therapist therapy physio",
                )
            ),
        ),
    ),
}
# Words that may stand before "licence" in a driving licence: what kind, what class, since when.
_LICENCE_WORDS = (
    r"full|clean|valid|current|uk|eu|driving|drivers?|driver's|car|manual|automatic|"
    r"class|cat(?:egory)?|[a-d]1?e?|c1e?|d1e?|[0-9]|b\+e|own|a|my|the|with|points?|no|and|\+"
)
_LICENCE = re.compile(
    rf"^(?:(?:{_LICENCE_WORDS})\s+)*(?:driving\s+)?licen[cs]e(?:\s+\((?:[^)]*)\))?"
    rf"(?:\s+(?:held\s+)?(?:for\s+\d+\s+\w+|since\s+\d{{4}}|with\s+no\s+points|no\s+points))?$",
    re.IGNORECASE,
)
# A ticket for a small vehicle ("quad bike cert", "ATV ticket", "tractor licence"): like a
# driving licence, many in the trade hold one; it says little of this candidate.
_VEHICLE_TICKET = re.compile(
    r"^(?:(?:a|my|the|full|valid|current|basic)\s+)*(?:quad(?:\s+bike)?|atv|motor\s?bike|"
    r"motorcycle|moped|tractor|farm\s+bike|ride[- ]on\s+mower)\s+(?:cert(?:ificate)?|"
    r"certified|ticket|licen[cs]e|training|course|card)$",
    re.IGNORECASE,
)
_FIRST_AID = re.compile(
    r"^(?:(?:valid|current|basic|emergency|full|workplace|paediatric|pediatric|mental health|"
    r"3[- ]day|1[- ]day|one[- ]day|three[- ]day|a|my|the|qualified)\s+)*"
    r"first[- ]aid(?:er)?(?:\s+(?:at work|certificate|cert|certified|trained|training|qualified|"
    r"card|course|in date|\(\w+\)))*(?:\s+(?:in date|valid)\b.*)?$",
    re.IGNORECASE,
)
_INDUCTION = re.compile(
    r"^(?:(?:site|safety|health and safety|h&s|company|general|cscs|green|labourer|a|my|the|"
    r"valid|current)\s+)*(?:induction(?:\s+card)?|(?:cscs|site|safety|labourer)\s+card|"
    r"green card)(?:\s+(?:done|completed|passed|held))?$",
    re.IGNORECASE,
)
_MEMBERSHIP = re.compile(
    r"^(?:(?:a|an|current|full|student|affiliate|associate)\s+)?(?:member(?:ship)?\s+(?:of|with)\s+"
    r"(?:the\s+)?\S.*|\S+(?:\s+\S+){0,3}\s+member(?:ship)?)$",
    re.IGNORECASE,
)

# What a candidate adds about a licence held, nothing held itself: "no points", "own car".
_REMARK = re.compile(
    r"(?:(?:no|zero|0) (?:points|penalty points)|(?:with |and )?(?:my )?own (?:car|transport)"
    r"|held (?:for )?\d+ \w+|since \d{4})",
    re.IGNORECASE,
)


def _parts(item: str) -> list[str]:
    """The things an item lists ("first aid + mental health first aid": two)."""
    text = re.sub(r"\s+", " ", item.strip().rstrip("."))
    return [p.strip() for p in re.split(r"\s*(?:\+|&|;|,|\band\b)\s*", text) if p.strip()]


def _kind_of(part: str) -> str | None:
    if _LICENCE.fullmatch(part) or _VEHICLE_TICKET.fullmatch(part):
        return LICENCE
    if _FIRST_AID.fullmatch(part):
        return FIRST_AID
    if _INDUCTION.fullmatch(part):
        return INDUCTION
    if _MEMBERSHIP.fullmatch(part):
        return MEMBERSHIP
    return None


def weak_kind(item: str) -> str | None:
    """The kind of weak credential `item` is when it is nothing else; None for any other item.

    Every part of a listed item must be weak ("first aid + mental health first aid"); one
    strong part ("SMSTS + CSCS black card", "5 yrs landscaping, CSCS card") makes it strong.
    A licence to practise ("licensed in WA", "PCV D licence + CPC") is not a driving licence.
    """
    parts = [p for p in _parts(item) if not _REMARK.fullmatch(p)]
    kinds = [_kind_of(p) for p in parts]
    if not kinds or any(k is None for k in kinds):
        return None
    return kinds[0]


def touches(item: str, text: str) -> bool:
    """True when `text` (a reader's topic, or the role) is about what the weak item is for."""
    kind = weak_kind(item)
    if kind is None:
        return True
    words = _TOUCHES[kind]
    # whole words, each as typed or as the singular: "visitor numbers" is no visit
    said = set(re.findall(r"[a-z]+", text.lower()))
    if any(word in said and said & mates for word, mates in _TOUCH_PAIRS.get(kind, ())):
        return True
    return bool(said & (words | {w[:-1] for w in words if w.endswith("s")}))


def filler(item: str, person: Interviewer, role: str) -> bool:
    """True when `item` is a weak credential that neither the role nor this reader's topics
    touch: a letter says it only when it has nothing else (never to pad a short letter)."""
    if weak_kind(item) is None or touches(item, role):
        return False
    return not any(touches(item, topic) for topic in person.topics)


def powers(
    points: list[Phrase], power: list[int], people: list[Interviewer], role: str
) -> tuple[list[bool], list[list[bool]], list[list[int]]]:
    """Each point's weakness, whether a reader may hear a weak one, and its strength for them.

    A weak credential (`weak_kind`) is a point only to a reader whose topics touch it; to
    anyone else it counts as a point said weakly (`strength.INITIALS`: never a headline, never
    given to fill a letter), unless the role itself is about it (a licence for a delivery
    driver is no small thing). Returns (weak per point, felt per reader and point, strength
    per reader and point)."""
    weak = [weak_kind(p.source) is not None and not touches(p.source, role) for p in points]
    felt = [
        [not weak[n] or any(touches(p.source, t) for t in person.topics)
         for n, p in enumerate(points)]
        for person in people
    ]  # fmt: skip
    mine = [
        [power[n] if row[n] else min(power[n], INITIALS) for n in range(len(points))]
        for row in felt
    ]
    return weak, felt, mine
