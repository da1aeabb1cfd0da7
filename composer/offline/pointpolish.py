"""The finishing touches to a point's clause once it is read: a licence held said with its
article and kind ("a full UK driving licence"), a figure moved said "by" it ("grew sign-ups by
35%"), both ends of a move in one form ("from eight days to five"), how a figure moved joined
with no comma, a span of time counted by its rank with "the" ("in the first year"), and a
recent period typed bare after a figure held, with "over the" ("95-97% accuracy on audits over
the last two years", which the candidate has had); a standing held since a year, "have been";
a span that ended before now, in the past ("I spent eight years ... before retraining"); a past
typed after its adverb and a comma given its "I" ("..., and I never missed a cue")."""

from __future__ import annotations

from dataclasses import replace

from composer import regexes as re
from composer.offline import credentials, figures, itemtails, lexicon, pointarticles
from composer.offline.cvshares import spelled
from composer.offline.grouparticles import with_group_articles
from composer.offline.realise import Clause
from composer.offline.topichyphens import hyphenated
from composer.offline.words import SMALL_NUMBERS

# A span of time counted by its rank takes "the" after its preposition: "in the first year".
_ORDINAL_SPAN = re.compile(
    r"\b(?P<at>in|during|by|after|over|within|for) "
    r"(?P<span>(?:first|second|third|fourth|fifth|final) (?:years?|months?|weeks?|days?|terms?"
    r"|seasons?|quarters?|semesters?|shifts?)\b)"
)

# A licence named only by its standing and country is a driving licence: "a full UK licence".
_DRIVING = re.compile(
    r"^(?P<kind>an? (?:full|clean|current|valid)(?: (?:UK|EU|US|Irish))?) (?P<noun>licen[cs]e)$"
)

# "from eight days to 5": the cleaning spells a small count before its noun, not after "to".
_SMALL = "|".join(SMALL_NUMBERS)  # "at 2 and six weeks": both counts said in words
_PAIR = re.compile(rf"\bfrom (?:{_SMALL}) \w+ to (?P<n>[1-9])\b(?![.,]?\d)")
_PAIR_BACK = re.compile(rf"\b(?:from|at|after) (?P<n>[1-9]) (?:to|and|or) (?:{_SMALL}) [a-z]")


# "... on audits last two years": a recent period typed with no preposition after a noun.
_RECENT = re.compile(
    rf"(?<=[a-z%] )(?<!\bin )(?<!\bover )(?<!\bfor )(?<!\bthe )last (?P<n>\d+|{_SMALL}|ten"
    r"|eleven|twelve) (?P<unit>years|months|weeks|quarters|seasons)$"
)
# A recent period after its preposition with no "the": "for last 3 quarters".
_BARE_LAST = re.compile(
    rf"\b(?P<at>in|over|for|during|within|across) last (?=(?:\d+|{_SMALL}|ten|eleven|twelve)"
    r" (?:years|months|weeks|quarters|seasons)\b)"
)


# A span that ended: a time clause after it ("before retraining", "until 2019"), or a span
# between two years. It is said in the past: "I spent eight years ... before retraining".
_ENDED = re.compile(
    r"\b(?:before|until|till) (?!now\b|today\b|then\b)\w|\b(?:previously|formerly)\b"
    r"|\b(?:19|20)\d\d ?(?:-|–|to) ?(?:19|20)\d\d\b"
    r"|\bwhen I (?:first )?(?:started|began|left school)\b"  # "... when I started out"
)
_ENDED_VERBS = {"have spent": "spent", "have worked": "worked", "have been": "was"}
# "before that" said last, after a stint in the past.
# A time from which a deed or a standing runs until now: "since 2022", "since March 2021".
_SINCE = re.compile(
    r"\bsince (?:(?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December) )?(?:19|20)\d\d\b"
)
_BEFORE_LAST = re.compile(r",? before (?:that|this)$")
_PAST_STINTS = frozenset([*_ENDED_VERBS.values(), "completed", "served"])


# A body named by words that end in what it is takes "the": "accredited by the Family
# Mediation Council", "registered with the Nursing and Midwifery Board".
_BODY = re.compile(
    r"^(?P<by>(?:registered|accredited|licensed|certified|chartered) (?:with|by)) "
    r"(?=[A-Z][\w&'-]* (?:(?:[A-Z][\w&'-]*|and|of|for) )*(?:Council|Board|Institute"
    r"|Society|Association|Authority|Commission|College|Agency|Academy|Federation|Guild)\b)"
)


# A standing joined to a clause of another verb: "... in production and CKA certified".
_STANDING_TAIL = re.compile(
    r" and (?P<what>(?:[A-Z][\w+.-]*\s)+(?:certified|trained|qualified|registered|licensed))$"
)


# A credential held and the year it was earned, typed after a comma.
_DATED = re.compile(r"(?P<what>.+?), (?P<year>(?:19|20)\d\d)")


# A past typed after its adverb and a comma, its subject left out: "..., never missed a cue".
_ADVERB_PAST = re.compile(r",\s+(?P<tail>(?:never|always|still)\s+(?P<verb>[a-z]+)\b[^,]*)$")


def polished(said: Clause) -> Clause:
    """`said` with its finishing touches (see the module's docstring)."""
    dated = _DATED.fullmatch(said.rest) if said.verb == "hold" and said.whole is None else None
    if dated and not re.search(r",| and ", dated["what"]):  # "Cert IV in Aged Care, 2019"
        said = replace(said, rest=f"{dated['what']} ({dated['year']})")  # never "and 2019"
    if said.verb == "hold" and said.whole is None:  # "valid ATCO licence": a licence, one held
        said = replace(
            said, rest=_DRIVING.sub(r"\g<kind> driving \g<noun>", credentials.held(said.rest))
        )
    by = figures.changed_by(said.verb, said.rest) if said.whole is None else None
    if by:  # "grew SRC sign-ups 35%": grew them by 35%
        said = replace(said, rest=by)
    pair = _PAIR.search(said.rest) or _PAIR_BACK.search(said.rest)
    if pair:  # "from eight days to 5", "from 9 to five days": both ends of a move in one form
        at = pair.start("n"), pair.end("n")
        rest = said.rest[: at[0]] + spelled(pair["n"]) + said.rest[at[1] :]
        said = replace(said, rest=rest)
    means = itemtails.means(said.rest) if said.whole is None else None
    if means is not None:  # "..., with a new patch system": how the figure moved, no comma
        said = replace(said, rest=means)
    if said.whole is None and _ORDINAL_SPAN.search(said.rest):  # "in first year": in the first
        said = replace(said, rest=_ORDINAL_SPAN.sub(r"\g<at> the \g<span>", said.rest))
    if said.verb in _ENDED_VERBS and said.whole is None and _ENDED.search(said.rest):
        said = replace(said, verb=_ENDED_VERBS[said.verb])  # a span that ended before now
    if said.whole is None and said.verb in _PAST_STINTS and _BEFORE_LAST.search(said.rest):
        # "2 seasons as duty mgr ... before that": the stint is said on its own, in the past; a
        # letter places it after other sentences, where "before that" would point elsewhere
        said = replace(said, rest=_BEFORE_LAST.sub("", said.rest))
    if said.whole is None and _BODY.match(said.rest):  # "accredited by the Family Mediation ..."
        said = replace(said, rest=_BODY.sub(r"\g<by> the ", said.rest))
    if said.verb in ("was", "am") and _SINCE.search(said.rest):
        # "chartered since 2021", "Registered nurse since 2015": so from then until now
        said = replace(said, verb="have been")
    elif said.whole is None and _SINCE.search(said.rest) and lexicon.is_past(said.verb):
        # "trained every new call handler since 2022": from then until now, "have trained"
        lemma = lexicon.base_of(said.verb) or ""
        done = lexicon.verb_forms(lemma).get("VBN")
        said = replace(said, verb=f"have {done}") if done else said
    recent = _RECENT.search(said.rest) if said.whole is None else None
    if recent and said.verb in ("have", "hold"):  # a figure had over the period: "have had"
        verb = "have had" if re.match(r"(?:about )?\d", said.rest) else said.verb
        rest = f"{said.rest[: recent.start()]}over the {said.rest[recent.start() :]}"
        said = replace(said, verb=verb, rest=rest)
    elif recent and said.whole is None:  # "no claims last 2 yrs", "ran it last 3 seasons"
        said = replace(
            said, rest=f"{said.rest[: recent.start()]}in the {said.rest[recent.start() :]}"
        )
    if said.whole is None and _BARE_LAST.search(said.rest):  # "for last 3 years": "for the"
        said = replace(said, rest=_BARE_LAST.sub(r"\g<at> the last ", said.rest))
    standing = _STANDING_TAIL.search(said.rest) if said.whole is None else None
    if standing and said.verb not in ("am", "was", "have been"):
        # "five years running Kubernetes in production; CKA certified": the standing has its "am"
        rest = f"{said.rest[: standing.start()]} and am {standing['what']}"
        said = replace(said, rest=rest)
    spliced = _ADVERB_PAST.search(said.rest) if said.whole is None else None
    if spliced and lexicon.is_past(spliced["verb"]):  # "..., never missed a cue": its own "I"
        said = replace(said, rest=f"{said.rest[: spliced.start()]}, and I {spliced['tail']}")
    if said.whole is None:  # "built data driven alerts": "data-driven alerts"
        said = replace(said, rest=with_group_articles(hyphenated(said.rest)))
    return pointarticles.articled(said)  # "ran DR test" -> "ran the DR test"
