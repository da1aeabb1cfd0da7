"""A deed of the candidate's and what came of it, typed after a dash or a comma: "ran grill on
the trial shift - 140 covers, nothing sent back" -> "I ran the grill on the trial shift, with 140
covers and nothing sent back". The deed is read by the item reader (`items.read_point`, passed
in), the result by `cvresults` and `figures`."""

from __future__ import annotations

from collections.abc import Callable

from composer import regexes as re
from composer.offline import (
    arrowled,
    cvresults,
    cvshares,
    deedresults,
    figures,
    itemtails,
    pointpolish,
)
from composer.offline.itemkinds import Item, Kind
from composer.offline.realise import Clause

# Verbs of a second deed of the candidate's after a comma ("moved reg online, halved admin
# time"): said with "and", the candidate doing both (after a dash, what the first one did).
_DEEDS = frozenset(["cut", "reduced", "halved", "saved", "doubled", "tripled"])


def with_result(
    item: str,
    text: str,
    common: frozenset[str],
    read_point: Callable[[str, frozenset[str]], Item],
    *,
    comma: bool = False,
    late: bool = False,
) -> Item | None:
    """ "ran grill on the trial shift - 140 covers, nothing sent back": an action and what
    came of it, said as one sentence ("I ran the grill on the trial shift, with 140 covers and
    nothing sent back"), or left out when the result cannot be read; None when the part before
    the dash is no action of the candidate's (the phrase reader judges it)."""
    if comma:  # "drafted about 60 H-1B petitions, RFE rate under 10%": a result after a comma
        action, after = text.rsplit(", ", 1)
        if ", " in action:
            return None  # "coded welder, 6G, 12 yrs": a list of parts, not an action and its result
    else:
        action, after = itemtails.MARK.split(text, maxsplit=1)
    done = read_point(action, common)
    said = done.said
    if said is not None and said.whole is not None and not comma and "->" in text:
        led = itemtails.led_to(said.whole, after, common)  # "my series on jail deaths -> audit"
        if led is not None:
            return Item(item, Kind.ACHIEVEMENT, led)
    if said is not None and said.verb == "have" and comma:
        part = cvshares.share(after, said.rest)  # "12 papers, 5 first-author"
        if part is not None:
            return Item(item, done.kind, Clause(said.subject, said.verb, said.rest + part))
    if said is not None and done.kind is Kind.ROLE and not comma and said.verb == "am":
        did = read_point(after, common)  # "practice educator - supervised 5 students"
        if did.kind is Kind.ACHIEVEMENT and did.said is not None and did.said.subject == "I":
            as_role = f"As {said.rest}, {did.said.text()}"
            return Item(item, Kind.ACHIEVEMENT, Clause("", "", "", whole=as_role))
    if said is None or said.whole is not None or done.kind is not Kind.ACHIEVEMENT:
        return None
    caused = not (said.verb in ("joined", "inherited") or said.text().startswith("I took over"))
    marked = itemtails.MARK.search(after)
    tail = None if marked else cvresults.result(after, said.rest, caused=caused)
    if not tail and not comma and caused:
        tail = figures.after_dash(after, said.rest)  # "- complaints down a lot", "- killed ..."
    # "-> hosting costs halved", "-> $40k in refunds avoided": only after a deed whose object
    # reads whole once polished ("a weight clinic", never "found mule ring")
    done_to = re.sub(r"^(?:up|out|off|back|down|over|in|on) ", "", pointpolish.polished(said).rest)
    if not tail and not marked and late and arrowled.whole(done_to):
        arrow = bool(re.search(r"->|=>|→", text))
        tail = deedresults.tail(after, caused=caused, comma=comma, arrow=arrow)
    if not tail and comma:
        return None  # the phrase reader judges the whole line
    if not tail and not (caused and figures.brought_through(said.verb, said.rest, after)):
        return Item(item, Kind.UNSURE, None, "what came of it, after the dash, could not be read")
    sized = itemtails.sized(said.rest, tail or "") if comma else None
    if sized is not None:  # "built a glossary w/ 3 others, ~400 terms": the glossary's size
        return Item(item, Kind.ACHIEVEMENT, Clause(said.subject, said.verb, sized))
    if comma and tail == f", which {after}" and after.split()[0] in _DEEDS:
        tail = f" and {after}"  # "moved reg online, halved admin time": two deeds, one subject
    if (tail or "").startswith(", with ") and re.search(r"\bwith\b", said.rest):
        tail = " and " + (tail or "")[len(", with ") :]  # "with three people and zero incidents"
    return Item(item, Kind.ACHIEVEMENT, Clause(said.subject, said.verb, said.rest + (tail or "")))


def late(
    item: str, text: str, common: frozenset[str], read_point: Callable[[str, frozenset[str]], Item]
) -> Item | None:
    """A deed and what came of it read once more, after every other reader failed, with the
    shapes of `deedresults` too; None when that reads it no better."""
    marked = itemtails.MARK.search(text) is not None
    if not marked and ", " not in text:
        return None
    again = with_result(item, text, common, read_point, comma=not marked, late=True)
    return again if again is not None and again.said is not None else None
