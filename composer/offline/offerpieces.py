"""The pieces of a contribution `offer` reads, each said with its own verb: parts of different
shapes ("seasonal afternoon tea ... + bring the commis on"), a means typed after "with" or
"without", a compound thing, a tail after the thing, and a part typed as something done.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon, offerlist, offermix, offerobjects, offerparts
from composer.offline.phrases import Shape, analyse, head_noun
from composer.offline.realise import with_article
from composer.offline.words import BROUGHT_HEADS

# "so they don't have to ...": what the offer is for, said after the thing offered.
_PURPOSE = re.compile(r",? so (?:that )?(?=[\w-]+ \w)")


# An action whose thing is still being named when " and " cuts it: "set up a regional acoustics"
# before "vibration practice" (round 48, h1376); a part with its own article or verb is its own.
_ONE_THING = re.compile(r"^[a-z]+(?: up| out| in)? (?:a|an) (?:[a-z-]+ )?[a-z]+s$")
_OWN_START = re.compile(r"^(?:a|an|the|my|our|their|more|fewer|less)\b|^[a-z]+ (?:a|an|the)\b")


def read_mixed(head: str, common: frozenset[str]) -> str | None:
    """Parts of different shapes, each said with its own verb: "seasonal afternoon tea that
    changes every quarter + bring the commis on" -> "introduce a seasonal afternoon tea that
    changes every quarter and bring the commis on" (not "bring ... and bring"); a goal gets
    "get". None unless a part is a goal, or one thing sits beside an action."""
    parts = offerobjects.clause_parts(re.split(r", (?=[a-z])| and ", head))
    alike = any(analyse(p, common).shape is Shape.BASE for p in parts)
    if len(parts) == 2 and _ONE_THING.search(parts[0]) and not _OWN_START.match(parts[1]):
        return None  # "set up a regional acoustics & vibration practice": one practice, named
    said: list[str] = []
    shapes: list[str] = []
    skipped = False
    for part in parts:
        goal = offerlist.goal(part, common)
        first = part.split()[0].lower()
        phrase = analyse(part, common)
        if first in ("fewer", "less") and shapes[-1:] == ["vp"]:
            said[-1] += f", with {part}"  # "take on more home visits, fewer clinic days"
            skipped = True
        elif goal is not None:
            said.append(goal)
            shapes.append("goal")
        elif lexicon.is_gerund(first) or len(parts) == 1 or len(parts) > 3:
            return None
        elif re.match(r"\w+ (?:but|and) \w+\b", part) and "adj" in lexicon.classes(first):
            return None  # "patient but firm w/ owners": a quality of theirs, no thing brought
        elif offerlist.quality(phrase):
            said.append(f"bring {part}")  # "steady hands for the yr 4 class": brought, never
            shapes.append("np")  # left out unsaid ("safe hands on site + help the newer ops")
        elif lexicon.is_base_verb(first) and (
            phrase.shape is Shape.BASE or alike or shapes[-1:] == ["vp"]
        ):
            # "help bring CT in-house + cover OOH": after an action, a word that can be a
            # plain verb is one ("cover"), as the list's parts are alike
            said.append(phrase.text if phrase.shape is Shape.BASE else part)
            shapes.append("vp")
        elif first in offerlist.RESULT_VERBS and part.split()[1] in ("on", "up", "in", "out"):
            said.append(part)  # "take on more ortho in-house": an action, never a thing
            shapes.append("vp")
        elif phrase.shape is Shape.NOUN:
            # "a stable permanent team": people working as one are built, not introduced
            head = part.split(" that ")[0].split()[-1].lower()
            verb = "build" if head in offerlist.GROUPS else "introduce"
            if "adj" in lexicon.classes(first) and lexicon.is_gerund(head) and first[-2:] != "er":
                verb = "bring"  # "neat pointing": the candidate's own work, brought
            if (head_noun(part.split(" that ")[0].split()) or "").lower() in BROUGHT_HEADS:
                verb = "bring"  # "a steady presence on the wards": the candidate's own
            said.append(f"{verb} {offermix.introduced(phrase, common, verb)}")
            shapes.append("np")
        else:
            return None
    both = ("np" in shapes and "vp" in shapes) or (skipped and "vp" in shapes)
    if ("goal" not in shapes and not both) or shapes.count("np") > 1:
        return None
    for n in range(len(said) - 1, 0, -1):  # "get the rate up and the app shipped": one "get"
        if shapes[n] == "goal" and said[n].startswith("get ") and said[n - 1].startswith("get "):
            said[n] = said[n][len("get ") :]
    return " and ".join(said) if len(said) < 3 else ", ".join(said[:-1]) + f" and {said[-1]}"


# Things named by "help" and a noun ("help desk cover"), not help given to someone.
HELP_THINGS = frozenset(["desk", "line", "centre", "center", "sheet", "text", "page", "files"])
# A verb whose past is its plain form: at the start of what the candidate would bring, the plan.
PRESENT_TOO = frozenset(["cut", "set", "put", "run", "shut", "spread", "split", "trim"])
# "... w/ tighter intake mtgs + calibrated scorecards", "... w/o losing QA rigour": how it would be
# done, said after what would be done (its "and" joins the means, not two offers).
_MEANS_AFTER = re.compile(r" (?:without|with) (?=\w)")


def split_means(head: str, common: frozenset[str]) -> tuple[str, str]:
    """(what would be done, how): "cut TTF with tighter intake meetings and calibrated
    scorecards" -> ("cut TTF", " with tighter ..."); the means stays in the head when what
    comes before it is no action or thing of its own ("help with", "bilingual support with")."""
    found = _MEANS_AFTER.search(head)
    if found is None:
        return head, ""
    before, after = head[: found.start()], head[found.start() :]
    if "," in after or before.count(" ") < 1:
        return head, ""  # "a team that sells without pushing, score back up": a list's item
    words = before.split()
    if found.group().strip() == "with" and (
        len(words) < 2 or words[0].lower() not in PRESENT_TOO | {"get", "keep", "grow"}
    ):
        return head, ""  # "calm w/ nervous animals", "help w/ the rota": the with is the item's
    if words[-1].lower() in ("help", "deal", "work", "along", "up"):
        return head, ""
    return before, after


def is_compound(part: str) -> bool:
    """ "recruiting panel", "training budget": an "-ing" word naming a kind of thing, not an
    action ("running the class" has its object after a determiner)."""
    words = part.split()
    return (
        len(words) == 2
        and lexicon.is_gerund(words[0])
        and lexicon.is_noun(words[1])
        and not words[1].endswith("s")  # "training juniors": an action and its object
    )


_THING_STARTS = frozenset(["a", "an", "more", "better", "fewer", "less"])


def split_tail(text: str) -> tuple[str, str]:
    """(the thing offered, what it is for): "..., so that you do not have to hire it out" and
    "..., not just the big ones" are said after the thing, set off by a comma."""
    purpose = _PURPOSE.search(text)
    # "..., not just the big ones" (never the "not" of a verb: "so you are not just relying")
    cut = re.search(r"(?<!\bare)(?<!\bis)(?<!\bam)(?<!\bbe)(?<!\bwere)(?<!\bwas),? not just ", text)
    place = min((m.start() for m in (purpose, cut) if m is not None), default=len(text))
    head, rest = text[:place], text[place:]
    if purpose and place == purpose.start() and _item_after(rest):
        return text, ""  # "careful rigging so the crew starts on time, good eye for weather":
        # the purpose ends at the comma before another thing of the list (`offerlist.listed`)
    means = (
        offerparts.meaning(text[purpose.end() :]) if purpose and place == purpose.start() else None
    )
    if means is not None:  # "so fewer referrals + calmer consults": outcomes, with no verb
        return head, means
    rest = _PURPOSE.sub(", so that ", rest)
    more = re.search(r" and (?P<word>[a-z]+) ", rest) if purpose else None
    verb = rest[more.end() :].split(" ", 1)[0] if more else ""
    clause = bool(verb) and lexicon.is_base_verb(verb)  # "reports reach": a verb
    if (
        more
        and not clause
        and (more["word"] in _THING_STARTS or lexicon.is_plural_noun(more["word"]))
    ):
        # (not "so that data is cleaned and reports reach clients": a second purpose, a clause)
        # "so young people trust us + links to the music studio": the purpose ends at the "and"
        # whose other half is a thing offered, not a second purpose
        rest = f"{rest[: more.start()]}, and {rest[more.start('word') :]}"
    rest = re.sub(
        r"(?<!\bare)(?<!\bis)(?<!\bam)(?<!\bbe)(?<!\bwere)(?<!\bwas),? not just ",
        ", not just ",
        rest,
    )
    return head, rest


def _item_after(purpose: str) -> bool:
    """ "so the crew can start on time, good eye for weather": a thing after the purpose's
    comma, led by a describing word, is the next item of a list, not part of the purpose."""
    _, comma, after = purpose.lstrip(", ").partition(", ")
    return (
        bool(comma)
        and offerlist.own_quality(after)
        and offerlist.thing(after, frozenset()) is not None
    )


def qualities_apart(part: str, common: frozenset[str]) -> list[str]:
    """ "taking the lab off his plate and steady hands in harvest" -> the act, and the quality
    after its "and" ("steady hands ..."), each its own part (`said_done` brings the quality)."""
    act, _, after = part.rpartition(" and ")
    if act and offerlist.quality(analyse(after, common)):
        return [act, after]
    return [part]


def said_done(part: str, common: frozenset[str]) -> str | None:
    """ "running the ACL class" -> "run the ACL class"; "a retention plan" -> "bring a ..."."""
    someone = re.match(r"(?:someone|somebody) who (?:can )?(?P<verb>\w+)(?P<rest>.*)$", part)
    if someone:  # "... and someone who can run the service" -> "... and run the service"
        verb = someone.group("verb")
        base = verb if lexicon.is_base_verb(verb) else lexicon.base_of(verb)
        return None if base is None else f"{base}{someone.group('rest')}"
    first, _, rest = part.partition(" ")
    if lexicon.is_gerund(first):
        base = lexicon.base_of(first)
        return None if base is None else f"{base} {rest}".strip()
    phrase = analyse(part, common)
    if offerlist.quality(phrase):  # "steady hands in harvest": a quality brought, never the
        return f"bring {part}"  # verb "steady"
    if phrase.shape is Shape.BASE:  # "lead the design + bring the two grads through"
        return phrase.text
    return f"bring {with_article(phrase)}" if phrase.shape is Shape.NOUN else None
