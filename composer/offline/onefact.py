"""A topic joined to a point in one sentence says a figure once.

"I was glad we talked about why my CFD results differed from the tank test by about 4% on
resistance as well: ... its resistance came within 4% of the tank test." says the 4% twice,
once in the topic's name and once in the point that answers it. The point is the candidate's
own account, so it keeps the figure; the topic's phrase that carries it ("by about 4%") is
dropped, and what is left still names the subject: "why my CFD results differed from the tank
test on resistance". A figure the topic carries in any other way is kept as it is (the join is
then for the frame to judge).
"""

from __future__ import annotations

from composer import regexes as re

__all__ = ["figure_once"]

# A figure with its unit: "4%", "40 m", "$410,000", "3.5 hours" (the number is what is compared).
_FIGURE = re.compile(r"(?<![\w.,])[$£€]?(?P<n>\d[\d,]*(?:\.\d+)?)(?:\s?%|\s?per ?cent)?(?![\w-])")
# The phrase around a figure that the topic can do without: "by about 4%", "of 40 m".
_PHRASE = (
    r"\s+(?:by|of|within|at|to|from|around)(?:\s+(?:about|around|roughly|some|nearly|almost"
    r"|approximately|just over|just under|over|under))?\s+{figure}(?![\w-])"
)


def _numbers(text: str) -> set[str]:
    return {found["n"].replace(",", "") for found in _FIGURE.finditer(text)}


def figure_once(topic: str, point: str) -> str:
    """`topic` without the phrase that carries a figure `point` also says ("by about 4%"),
    or `topic` itself when no such phrase can be dropped whole."""
    shared = _numbers(topic) & _numbers(point)
    if not shared:
        return topic
    for found in list(_FIGURE.finditer(topic)):
        if found["n"].replace(",", "") not in shared:
            continue
        phrase = re.compile(_PHRASE.format(figure=re.escape(found[0])))
        dropped = phrase.sub("", topic, count=1)
        if dropped != topic and len(dropped.split()) >= 3:
            topic = dropped
    return topic
