"""A topic typed as a thing and its figure, with no word between: "food cost 34%", "kitchen
brigade nine people", "staff turnover 40% last year" -> "the food cost of 34%", "the kitchen
brigade of nine people", "the staff turnover of 40% last year" (reader 29 saw "I enjoyed our
conversation about food cost 34%.").

Read only when the thing is a few plain words ending on a noun and the figure is a share or a
count of a plural noun, with at most a time after it; any other topic is left as it is.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.words import FUNCTION_WORDS

_TIMES = frozenset(
    ["nights", "days", "weeks", "months", "years", "hours", "shifts", "weekends", "mins", "hrs"]
)
# Things named by a number after them: "year 11", "band 6", "route 42", "ward 28".
_NUMBERED = frozenset(
    [
        "year",
        "grade",
        "band",
        "level",
        "stage",
        "phase",
        "route",
        "line",
        "room",
        "ward",
        "unit",
        "building",
        "gate",
        "platform",
        "bay",
        "section",
        "class",
        "form",
        "tier",
        "zone",
        "step",
        "version",
        "floor",
        "bus",
        "channel",
    ]
)
_PEOPLE = frozenset(["people", "ppl", "staff", "children", "men", "women", "crew"])
_COUNT = r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# A figure per a time ("14/wk", "2k a day"): said "14 a week".
_PER = {"day": "day", "wk": "week", "week": "week", "mo": "month", "month": "month",
        "yr": "year", "year": "year", "shift": "shift", "night": "night", "hr": "hour",
        "hour": "hour"}  # fmt: skip
_THING_FIGURE = re.compile(
    r"^(?P<thing>[a-z][a-z-]*(?: [a-z][a-z-]*){0,3}) "
    rf"(?P<figure>(?:about |~)?\d[\d,.]*%|(?:about |~)?\d[\d,.]*k?(?:/| a | per )"
    rf"(?P<per>{'|'.join(_PER)})|{_COUNT} "
    r"(?P<unit>[a-z]+s|people|ppl|staff|children|men|women|crew))"
    r"(?P<time>(?: (?:last|this|next) (?:year|month|quarter|week|season))?)$"
)


def of_figure(text: str) -> str:
    """`text` with "the" and "of" put in between a thing and its figure; else as it is."""
    found = _THING_FIGURE.match(text)
    if found is None:
        return text
    words = found["thing"].split()
    if any(w in FUNCTION_WORDS for w in words) or not lexicon.is_noun(words[-1]):
        return text
    if words[-1] in _NUMBERED and not found["figure"].endswith("%"):
        return text  # "year 11 results": a year group, named by its number
    if re.search(r"[^s]s$", words[-1]):
        return text  # "night team covers 3 wards": a verb, or things counted twice
    if found["unit"] in _TIMES:
        return text  # "night shift 3 nights": a rota, not the thing's size
    plural = found["unit"] in _PEOPLE or lexicon.is_plural_noun(found["unit"] or "")
    if found["unit"] and not plural:
        return text
    figure = found["figure"].replace("~", "about ").replace(" ppl", " people")
    if found["per"]:  # "14/wk": "14 a week"; "2k/day": "2,000 a day"
        count = re.match(r"(?:about |~)?[\d,.]+k?", found["figure"])
        assert count is not None
        number = count.group().replace("~", "about ")
        if number.endswith("k") and re.fullmatch(r"(?:about )?\d+k", number):
            number = f"{number[:-1]},000"
        figure = f"{number} a {_PER[found['per']]}"
    return f"the {found['thing']} of {figure}{found['time']}"
