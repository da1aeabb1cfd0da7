"""A correction typed inside a topic, said in the follow-up to the reader it was told to.

"said Kelso had 22 blades in rotation -> actually 28", "told him i was at the transit authority
11 yrs, its 9 (2022 to 2031)", "I told him 3% but the real number is 5% for last year": no topic
frame can say a correction (the topic readers leave it out: "it puts right what you said"), and
the follow-up readers know these shapes (round 52, h1433, h1438, h1439). Each sentence of a topic
that marks what was said as wrong, and that the follow-up reader says as a correction, is moved
there, to its reader by name in a panel; the rest of the topic stays, and a topic with nothing
left keeps its place (`topicbetter.MOVED`), so that notices still name the lines as typed.
"""

from __future__ import annotations

from collections.abc import Callable

from composer import regexes as re
from composer.english import cut_at_stops
from composer.models import Interviewer, Notes
from composer.offline.cvshares import spelled
from composer.offline.followup import follow_up_line
from composer.offline.phrasebook import Variation
from composer.offline.topicbetter import MOVED, for_reader, topics_moved
from composer.offline.words import COUNT_VALUES, MONTH_NAMES
from composer.offline.wrongfigure import WrongFigure, figure_values
from composer.offline.wrongfigure import read as wrong_figure

# What was said, then what marks it wrong or gives the true figure.
_MARK = re.compile(
    r"(?i)\b(?:said|told|answered|tell)\b[^.]*?\d[^.]*?(?:\bactually\s+(?:[a-z]{2,9}\s+){0,2}\S*\d"
    r"|\bwrong\b[^.]*?\d"
    r"|\breal\s+(?:number|figure)\s+is\s+\S*\d|,\s+it'?s\s+\d|->\s*(?:actually|was|is)\s+\S*\d"
    r"|,\s+(?:it\s+)?was\s+\d+\s*$"  # "said 3 yrs internship, was 2" (round 58, h1530)
    r"|;\s+in\s+fact\s+it\s+is\b[^.]*\d|;\s+in\s+fact,\s+[^.]*\d|,\s+but\s+in\s+fact\s+(?:I|we)\b[^.]*\d)"
    # "I said we used X, but in fact we switched to Y in 2030" (round 55, h1476)
    r"|^I\s+said\s+[^.\d]+,\s+but\s+in\s+fact\s+(?:I|we)\b[^.]*\d"
    # "said Abaiang, meant Marakei" (round 56, h1498): a name said for another
    r"|^(?:I\s+)?said\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s*(?:,|\s-)\s*(?:I\s+)?meant\s+[A-Z][\w'’-]+"
    r"(?:\s+[A-Z][\w'’-]+)?$"
)
# A label or an order before it ("CORRECT:", "correction:"), and the candidate's comment after
# it ("dont know why i said 11", "fix this").
_LABEL = re.compile(r"(?i)^(?:correct(?:ion)?|must\s+correct)\s*:\s*")
_COMMENT = re.compile(r"(?i),?\s+(?:don'?t\s+know\s+why\b.*|fix\s+(?:this|it)\b.*|fix\s*)$")
_ORDER = re.compile(
    r"(?i)^(?:I\s+)?(?:must|need\s+to|have\s+to|should|would\s+like\s+to|want\s+to)\s+(?:correct"
    r"|fix)\b|^fix\s+(?:this|it)\b|^correct\s+(?:this|it|that|to\s+\w+)\b"
)
# The sentences of a topic: at a stop before a space, or at a "+" typed between two of them.
_SENTENCES = re.compile(r"(?<=[.!])\s+(?:\+\s+)?|\s+\+\s+(?=(?:said|told|I)\b)")


# A figure said, then the true one in a short sentence of its own: "I told the panel that the
# Pitlochry fish ladder has 24 pools. It has 34." (round 54, h1468).
_TOLD_THEN_IT = re.compile(
    r"(?i)\bI\s+(?:said|told\s+(?:the\s+panel|him|her|them|you))\s+(?:that\s+)?"
    r"(?P<what>[^.]*?\b(?:has|have|is|are|was|were)\s+(?P<n>\d[\d,]*)\s+[a-z][^.]*?)\.\s+"
    r"(?:It|They|That)\s+(?:has|have|is|are|was|were)\s+(?:actually\s+|in\s+fact\s+|only\s+)?"
    r"(?P<true>\d[\d,]*)\."
)


# A year written or said, then the true one: "On my application form I wrote that I took the
# burner course in 2027. It was actually in 2026." (reader262's h1162).
_YEAR_THEN_IT = re.compile(
    r"(?i)(?:(?P<on>on\s+my\s+(?:application(?:\s+form)?|cv|form))\s*,?\s+)?"
    # "During the interview I said that I obtained my ... in 2011. It was in fact 2009." (round
    # 49's h1003, kept whole once "in" became optional before the true year)
    r"(?:(?:during|in)\s+the\s+interview,?\s+)?\bI\s+(?:said|wrote|told"
    # "I told Bronwyn that I finished my Certificate IV in 2015; it was 2016." (round 60, h1564)
    r"\s+(?:the\s+panel|him|her|them|you|(?-i:[A-Z])[\w'’-]+))\s+(?:that\s+)?(?P<what>I\s+[a-z]+\b[^.;]*?\s+in)\s+"
    r"(?P<n>(?:19|20)\d\d)[.;]\s+It\s+was\s+(?:actually\s+|in\s+fact\s+|really\s+)?(?:in\s+)?"
    r"(?P<true>(?:19|20)\d\d)\."
)


def _year_right(found: re.Match[str]) -> str:
    where = f" to my {found['on'].split(' ', 2)[-1]}" if found["on"] else ""
    return f"One correction{where}: {found['what']} {found['true']}, not {found['n']}."


# A figure said, then the true one found since: "In the interview I said that the largest
# black opal I have cut weighed 212 carats. I have since checked my workbook: it was 121.4
# carats, and I cut it in March 2019, not 2017 as I told him." (round 55, h1475).
_CHECKED_SINCE = re.compile(
    r"(?i)^(?:in\s+the\s+interview,?\s+)?I\s+(?:said|told\s+(?:the\s+panel|him|her|them|you))\s+"
    r"(?:that\s+)?(?P<what>[^.]*?\b(?:weighed|weighs|has|had|is|was|were|are|measured|cost|took)"
    r"\s+)(?P<n>\d[\d,.]*)(?P<unit>\s+[a-z]+)\.\s+I\s+(?:have\s+)?since\s+(?:checked|looked)"
    r"(?:\s+(?:it\s+up\s+in\s+)?(?:my|the)\s+[a-z ]{2,30}?)?\s*[:,]?\s+(?:and\s+)?it\s+was\s+"
    r"(?:actually\s+|in\s+fact\s+|only\s+)?(?P<true>\d[\d,.]*)(?P=unit)"
    r"(?P<rest>,\s+and\s+[^.]*?)?(?:\s+as\s+I\s+(?:told|said\s+to)\s+(?:him|her|them|you))?\.$"
)


# What was said of a thing, then the correct one: "I make mistake!! I said season for white
# truffle is September to December. Correct is 10 September to 31 January. I check after in
# the car" (round 55, h1489).
_CORRECT_IS = re.compile(
    r"(?i)^(?:I\s+(?:make|made)\s+(?:a\s+)?mistake[!.]*\s+)?I\s+(?:said|say|told\s+(?:him|her|them))\s+"
    r"(?:that\s+)?(?:the\s+)?(?P<subject>[a-z][a-z ]{2,40}?)\s+(?P<be>is|are|was|were)\s+"
    r"(?P<said>[^.]+?)\.\s+(?:the\s+)?(?:correct|right)\s+(?:one\s+)?is\s+(?P<true>[^.]*\d[^.]*?)\."
    r"(?:\s+I\s+[^.]*\.?)?$"
)


# A year told, then the fact found since: "I told him that the new stocks at Kettleby were fitted
# in 2019. I have checked my diary since: the stocks went up in 2017. The 2019 work was the new
# brake wheel, which is where I muddled it." (round 55, h1483): the excuse is never said.
_CHECKED_FACT = re.compile(
    r"(?i)^I\s+(?:said|told\s+(?:him|her|them|the\s+panel))\s+(?:that\s+)?[^.]*?\s+in\s+"
    r"(?P<n>(?:19|20)\d\d)\.\s+I\s+have\s+(?:since\s+)?checked\s+(?:my|the)\s+[a-z ]+?(?:\s+since)?"
    r"\s*[:,]\s*(?P<fact>(?:the|my|our|we|I)\b[^.]*?\bin\s+(?:19|20)\d\d)\.(?:\s+[^.]*\.)?$"
)


# A question, what was said, and the fact with the order to correct it: "He asked about our
# bacterial count target. I said under 100,000 per millilitre, but that is the buyer's contract
# limit. Our own internal target at Laikipia is under 50,000, and I should correct that."
# (round 55, h1484)
_ASKED_FIX = re.compile(
    r"^(?:He|She|They)\s+asked\s+(?:me\s+)?about\s+(?P<q>[^.]+?)\.\s+I\s+said\s+(?P<said>[^.]*\d[^.]*?)"
    r"\.\s+(?P<fact>[^.]*\d[^.]*?),\s+and\s+I\s+(?:should|must|need\s+to|have\s+to)\s+correct"
    r"\s+(?:that|it|this)\.?$"
)


# A subject, what was said of it and the shout that it was wrong: "angel's share in tropical
# ageing. I said 12 % a year. WRONG!! It's about 7 % in our warehouses, 12 % was the one bad
# year ... Fix it, short." (round 56, h1504): the true figure, short, as asked; the candidate's
# reasons and orders after it left out.
_SUBJECT_WRONG = re.compile(
    r"^(?P<subject>[A-Za-z][^.!?:;>]{2,60}?)(?:\.|\s+-|\s*->)\s+I\s+(?:said|told\s+(?:him|her|them))\s+"
    # ("I said 1.2%. WRONG!! it is 2.1%", round 61's h1584: a figure's own decimal point)
    r"(?P<said>(?:[^.!?]|\.(?=\d))*\d(?:[^.!?]|\.(?=\d))*?)\.\s*(?:WRONG|Wrong|wrong)\b[!.]*\s+"
    r"(?:It'?s|it'?s|It\s+is|it\s+is|It\s+was|it\s+was)\s+"
    r"(?P<true>(?:about\s+|around\s+|roughly\s+|closer\s+to\s+)?~?\d(?:[\d,.]*\d)?(?:\s*%)?(?:\s+[a-z]+){0,4})"
    r"\s*(?:[,.!?;(].*)?$"
)


_LIMIT_NOT = re.compile(
    r"^I\s+said\s+(?P<what>EU\s+limit\s+of\s+[a-z]+\s+[A-Z]\d)\s+is\s+(?P<n>\d+)\s*"
    r"(?P<unit>µg/kg|mg/kg|ppb|ppm)\.\s+This\s+is\s+not\s+correct!*\s+For\s+"
    r"(?P<for>[a-z][a-z ]{3,40}?),\s+[A-Z]\d\s+is\s+(?P<m>\d+)\s+and\s+"
    r"(?P<total>total\s+[a-z]+)\s+is\s+(?P=n)\.(?:\s+Must\s+correct\.?)?$"
)


def _ready(food: str) -> str:
    """ "pistachio ready to eat" -> "ready-to-eat pistachios"."""
    found = re.fullmatch(r"([a-z]+) ready to eat", food)
    return f"ready-to-eat {found[1]}s" if found else food


_PERCENT = r"\d+(?:[.,]\d+)?\s*(?:per\s*cent|%)"
_OVERALL_WRONG = re.compile(
    rf"^(?:He|She|They)\s+asked\s+about\s+(?P<q>[a-z][a-z -]{{2,30}}?)(?:\s+delivery)?\.\s+I\s+"
    rf"said\s+that\s+our\s+rate\s+(?:last\s+season|last\s+year)\s+was\s+(?P<n>{_PERCENT})\.\s+"
    rf"That\s+was\s+wrong\s*:\s+"
    rf"the\s+overall\s+figure\s+for\s+(?P<year>(?:19|20)\d\d)\s+was\s+(?P<m>{_PERCENT}),\s+and\s+"
    rf"(?P=n)\s+was\s+(?P<only>for\s+[^.]{{3,40}}?)\.(?:\s+I\s+want\s+to\s+correct\s+this[^.]*\.)?$"
)
_CARMINE_WRONG = re.compile(
    r"^(?:he|she|they)\s+ask(?:ed|s)?\s+about\s+(?P<what>[a-z]+\s+acid)\s+of\s+our\s+[a-z]+\.\s+I\s+"
    r"(?:say|said)\s+(?P<n>\d+(?:[.,]\d+)?)%\s*[—–-]\s*is\s+wrong!*\s+the\s+average\s+of\s+"
    r"(?P<year>(?:19|20)\d\d)\s+is\s+(?P<m>\d+(?:[.,]\d+)?)%,\s+the\s+(?P=n)%\s+was\s+only\s+the\s+best\s+lot\."
    r"(?:\s+I\s+need\s+to\s+correct\.?)?$"
)
# "told KL 'licensed since 2004' -> WRONG, license 2006 (2004 = started at the gin in Idalou)"
# (round 61, h1582)
_SINCE_QUOTED = re.compile(
    r"^told\s+[A-Z]{1,3}\w*\s+['‘\"](?P<what>[a-z]+)\s+since\s+(?P<n>(?:19|20)\d\d)['’\"]\s*(?:->|→)\s*"
    r"(?i:wrong)[,.!]*\s+[a-z]+\s+(?P<m>(?:19|20)\d\d)(?:\s+\((?P=n)\s*=\s*(?P<why>[a-z][^()]{3,60})\))?"
    r"[.!]*$"
)
_RATE_FROM_TO = re.compile(
    r"^(?P<what>[a-z][a-z ]{2,30}?)(?:\s+Q)?\s*->\s*told\s+(?:him|her|them)\s+"
    r"(?P<a>\d+(?:\.\d+)?)%\s*->\s*(?P<b>\d+(?:\.\d+)?)%\s+at\s+(?:my\s+)?old\s+(?:co\.?|company|job)[.,]?\s+(?i:wrong)[,.!]*\s+"
    r"(?:actual(?:ly)?|it\s+was)\s+(?P=a)%?\s*->\s*(?P<c>\d+(?:\.\d+)?)%?"
    r"(?:\s+\((?P<when>[^()]+)\))?[.!]*(?:\s+fix(?:\s+it)?[.!]*)?$"
)
_LIMIT_FIGURE = r"\d(?:[\d,.]*\d)?"
# A limit said as the last of what was said: "BMS 6+ and carcass weight max 470 kg".
_LIMIT_SAID = re.compile(
    rf"(?:^|\band\s+)(?P<what>[a-z][a-z ]{{2,30}}?)\s+(?P<way>max|maximum|min|minimum)\s+"
    rf"(?P<n>{_LIMIT_FIGURE})\s*(?P<unit>[a-z]{{1,4}})$"
)


# A question, the figure given, why it was wrong and the true one, in the candidate's careful
# sentences: "He asked about our uptime figures at Ogun. I said 97.2 % for last year. That is
# wrong: 97.2 % was our best quarter (Q3 2031). The figure for the full year was 94.7 %. I should
# correct this honestly in his letter." (round 56, h1500)
_ASKED_WRONG_WHY = re.compile(
    r"^(?:He|She|They)\s+asked\s+about\s+(?P<q>[^.]{3,80})\.\s+I\s+said\s+(?P<said>(?:[^.]|\.(?=\d))*\d"
    r"(?:[^.]|\.(?=\d))*)\.\s+(?:That|This)\s+(?:is|was)\s+wrong:\s+(?P<why>(?:[^.]|\.(?=\d))*\d"
    r"(?:[^.]|\.(?=\d))*)\.\s+(?P<true>The\s+(?:correct\s+)?(?:figure|number|rate|total)\b"
    r"(?:[^.]|\.(?=\d))*\d(?:[^.]|\.(?=\d))*)\."
    r"(?:\s+I\s+(?:should|must|need\s+to|have\s+to)\s+correct\b[^.]*\.)?$"
)


# A count asked for, the one given and the true one: "She asked me how many languages I prompt
# in. I said eleven. That is not accurate: it is nine. I was counting ..." (round 56, h1499).
_HOW_MANY_WRONG = re.compile(
    r"^(?:He|She|They)\s+asked\s+(?:me\s+)?how\s+many\s+(?P<what>[a-z]+(?:\s+[a-z]+)?)\s+"
    r"(?P<clause>I\s+[a-z]+(?:\s+[a-z]+){0,3}?)\.\s+I\s+said\s+(?P<n>\w+)\.\s+"
    r"(?:That|This)\s+(?:is|was)\s+(?:not\s+(?:accurate|right|correct|true)|wrong)[:.,!]*\s+"
    r"(?:it\s+is|it's|it\s+was)\s+(?P<m>\w+)\.(?:\s.*)?$"
)


# A thing of the candidate's, the figure told of it, why that figure was wrong and the true one
# on its own ground: "My final-year project, an Elo-style rating model for inter-county hurling.
# I told her it predicted 61 % of results, but that was in-sample. On the held-out 2031 season it
# was 58 %. I would like to correct that." (round 56, h1501)
_TOLD_BUT_ON = re.compile(
    r"^(?P<label>(?:My|Our)\s[^,.]{3,40})(?:,[^.]{3,80})?\.\s+I\s+told\s+(?:him|her|them)\s+"
    r"(?:that\s+)?it\s+(?P<verb>[a-z]+ed)\s+(?P<n>\d[\d.,]*\s?%)(?P<of>\s+of\s+[a-z]+)?,\s+but\s+"
    r"that\s+was\s+(?P<why>[a-z][a-z -]{2,30})\.\s+On\s+(?P<on>the\s[^.]{3,60}?)\s+it\s+was\s+"
    r"(?P<m>\d[\d.,]*\s?%)\.(?:\s+I\s+(?:would\s+like\s+to|must|should|need\s+to)\s+correct\b[^.]*\.)?$"
)


# What was said with its count, then the true count in a sentence of its own: "I said the
# Napier library retrofit used 36 bearings. It was 38 (36 lead-rubber plus 2 sliders). I would
# like to correct that." (round 56, h1493)
_SAID_COUNT_IT_WAS = re.compile(
    r"^I\s+(?:said|told\s+(?:him|her|them))\s+(?:that\s+)?(?P<what>(?:the|my|our)\s[^.]*?)\b"
    r"(?P<n>\d[\d,]*)\s+(?P<unit>[a-z]+(?:\s+[a-z]+)?)\.\s+It\s+(?:was|is)\s+(?P<m>\d[\d,]*)\b[^.]*\."
    r"(?:\s+I\s+(?:would\s+like\s+to|must|should|need\s+to)\s+correct\b[^.]*\.?)?$"
)


# The question, what was told and the careful fact in its place: "She asked about the Zuiryū-in
# roof. I told her the restoration was completed in 2027. That was wrong: the roof framing was
# finished in 2027, but the restoration as a whole was completed in March 2028. I would like to
# correct this." (round 57, h1507)
_TOLD_WRONG_FACT = re.compile(
    r"^(?:(?:He|She|They)\s+asked\s+(?:me\s+)?about\s+[^.]{3,80}\.\s+)?I\s+told\s+(?:him|her|them)\s+"
    r"(?:that\s+)?(?P<said>[^.]*\d[^.]*)\.\s+(?:That|This)\s+(?:was|is)\s+(?:wrong|not\s+(?:right|correct"
    r"|accurate))\s*:\s+(?P<fact>[^.]*\d[^.]*)\.(?:\s+I\s+(?:would\s+like\s+to|must|should|need\s+to)"
    r"\s+correct\b[^.]*\.?)?$"
)


# A month told, then the true date: "i told him my thesis show was in march. it was 14
# february. correct this" (round 57, h1511).
_MONTH_NAMES = "|".join(MONTH_NAMES)  # the twelve, in lower case
_TOLD_MONTH = re.compile(
    rf"(?i)^I\s+told\s+(?:him|her|them)\s+(?:that\s+)?(?P<what>my\s[^.]{{3,60}}?)\s+was\s+in\s+"
    rf"(?P<said>{_MONTH_NAMES})\.\s+it\s+was\s+(?:on\s+)?(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH_NAMES})\.?"
    r"(?:\s+(?:correct|fix)\s+(?:this|it)[.!]*)?$"
)


# A figure given, then what it left out and the whole: "Budget. She asked cost per dog per year.
# I said KSh 480,000. WRONG / incomplete: that is food + kennel + equipment only. With vet +
# handler salary it is approx KSh 1.1m per dog team. MUST correct this in letter, ..." (round 57,
# h1520).
_ONLY_PART = re.compile(
    r"^(?:[A-Z][a-z]+\.\s+)?(?:He|She|They)\s+asked\s+(?:about\s+|me\s+)?(?:the\s+)?(?P<q>[a-z][^.]{3,60})\.\s+"
    r"I\s+said\s+(?P<n>[^.]*?\d[\d,]*)\.\s+(?i:wrong)\s*(?:/\s*(?i:incomplete))?\s*:\s+that\s+is\s+"
    r"(?P<covers>[^.]+?)\s+only\.\s+With\s+(?P<with>[^.]+?)\s+it\s+is\s+(?:approx\.?\s+|about\s+)?"
    r"(?P<m>[^.]*?\d(?:[^.]|\.(?=\d))*?)\.(?:\s+(?i:must)\s+correct\b.*)?$"
)


# A figure told, typed in a second language, then marked wrong and the true one: "I tell her our
# best hat last year have 3.000 weaves per square inch. Is wrong!! was 2.300. The 3.000 is the
# record hat of other weaver I see in Montecristi fair. I must to correct this" (round 57, h1521).
_FIGURE_TYPED = r"\d{1,3}(?:[.,]\d{3})+(?![.,]?\d)|\d+(?:[.,]\d+)?(?:\s?%)?"
_TELL_IS_WRONG = re.compile(
    r"(?i)^I\s+(?:tell|told|say|said)\s+(?:him|her|them|the\s+panel)\s+(?:that\s+)?"
    r"(?P<what>(?:the|my|our)\s(?:[^.]|\.(?=\d))*?)\s+(?P<verb>have|has|had|is|are|was|were)\s+"
    rf"(?P<n>{_FIGURE_TYPED})\s+(?P<unit>[a-z][a-z ]*?)\.\s+(?:(?:it|that|this)\s+)?"
    rf"(?:is|was)\s+(?:wrong|not\s+(?:right|correct|true))[!.:,]*\s+(?:it\s+)?(?:was|is)\s+"
    rf"(?P<m>{_FIGURE_TYPED})[.!]*(?:\s.*)?$"
)
_PAST_OF = {"have": "had", "has": "had", "is": "was", "are": "were"}


def _figure_written(figure: str) -> str:
    """ "3.000" -> "3,000": a thousands point typed as much of Europe writes it."""
    return figure.replace(".", ",") if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", figure) else figure


# A figure told, then the true one found by checking since: "Mr. McAlister asked about wind
# limits. I told him that our stop-work wind speed at my current site is 45 km/h at roof level.
# I checked my notes this evening and it is 40 km/h (about 11 m/s), measured by ..." (round 58,
# h1532).
_TOLD_CHECKED = re.compile(
    r"^(?:(?:(?:Mr|Ms|Mrs|Dr)\.\s+)?[^.]{0,80}\basked\s+(?:me\s+)?about\s+[^.]{3,60}\.\s+)?"
    r"I\s+told\s+(?:him|her|them)\s+"
    r"(?:that\s+)?(?P<what>(?:the|my|our)\s[^.]*?\s(?:is|was|are|were)\s)(?P<n>\d[\d,]*(?:\.\d+)?)"
    r"\s*(?P<unit>%|[a-zA-Z]+(?:/[a-zA-Z]+)?)?(?P<tail>(?:\s+(?:at|on|in|for)\s[^.]{2,40})?)\.\s+"
    r"I\s+(?:have\s+)?(?:since\s+)?(?:checked|looked\s+at)\s+(?:my\s+|the\s+)?[a-z ]{2,30}?"
    r"(?:\s+(?:this\s+evening|tonight|since|afterwards|after\s+the\s+interview))?\s*,?\s*(?:and|:)\s+"
    r"it\s+(?:is|was)\s+(?:actually\s+|in\s+fact\s+)?(?P<m>\d[\d,]*(?:\.\d+)?)\s*(?P=unit)?\b[^.]*\.?$"
)


# Seasons or years of work said wrong, in a second language: "I say wrong that I work 8
# seasons in patrol, are 9 seasons (2023 to 2031). is important, I correct" (round 58, h1529).
_SAID_WRONG_SPAN = re.compile(
    r"(?i)^I\s+(?:say|said|tell|told)\s+(?:(?:him|her|them)\s+)?(?:wrong(?:ly)?|by\s+mistake)\s+that\s+"
    r"I\s+(?:work|worked|have\s+worked)\s+(?P<n>\d{1,2})\s+(?P<unit>seasons?|years?)\s+"
    r"(?P<what>(?:in|as|at|on|for)\s[^,.(]{2,40}?),?\s+(?:(?:but\s+)?(?:it\s+)?(?:are|is|was|were)\s+)?"
    r"(?P<m>\d{1,2})\s+(?P=unit)s?\b.*$"
)


def _followed(text: str) -> str | None:
    """The follow-up readings' sentence for `text` (warm, by email, the first wording)."""
    return follow_up_line(text, frozenset(), "warm", "email", Variation(""))


def _first_said(ways: list[str]) -> str | None:
    """The first of `ways` the follow-up readings say, else None."""
    return next((way for way in ways if _followed(way)), None)


def _percent(text: str) -> str:
    """ "12 % a year" -> "12% a year": a note's spaced percent sign closed up."""
    return re.sub(r"(?<=\d) %", "%", text)


def corrected_whole(topic: str) -> str | None:
    """A topic that only puts right what was said, as one sentence: "I said that X weighed 212
    carats. I have since checked my workbook: it was 121.4 carats, and ..." -> "One correction:
    X weighed 121.4 carats, not 212, and ..."; None for any other line."""
    typed = _LABEL.sub("", " ".join(topic.split()))  # "Correction: I said ..." (round 58, h1533)
    if (found := _OVERALL_WRONG.match(typed)) is not None:  # "I said that our rate last season
        n, m = found["n"], found["m"]  # was 94 per cent. That was wrong: the overall figure ..."
        return (  # (round 61, h1580)
            f"One correction: our {found['q']} rate for {found['year']} was {m} overall, not {n}, "
            f"which was the figure {found['only']}."
        )
    if (found := _CARMINE_WRONG.match(typed)) is not None:  # "I say 24% — is wrong!! the
        return (  # average of 2031 is 21,5%, the 24% was only the best lot." (round 61, h1585)
            f"One correction: the average {found['what']} of our {found['year']} harvest was "
            f"{found['m'].replace(',', '.')}%, not {found['n']}%; {found['n']}% was only our best "
            "lot."
        )
    if (found := _LIMIT_NOT.match(typed)) is not None:  # "I said EU limit of aflatoxin B1 is 10
        unit, food = found["unit"], _ready(found["for"])  # µg/kg. This is not correct! For
        return (  # pistachio ready to eat, B1 is 8 and total aflatoxin is 10." (round 62, h1601)
            f"One correction: the {found['what']} for {food} is {found['m']} {unit}, not "
            f"{found['n']} {unit}, which is the limit for {found['total']}."
        )
    if (found := _SINCE_QUOTED.match(typed)) is not None:  # "told KL 'licensed since 2004' ->
        why = f" ({found['n']} is when I {found['why']})" if found["why"] else ""  # WRONG, ...
        said = f"I have been {found['what']} since {found['m']}"
        return f"One correction: {said}, not {found['n']}{why}."
    if (found := _RATE_FROM_TO.match(typed)) is not None:  # "reject rate Q -> told him 4.2% ->
        span = re.fullmatch(r"((?:19|20)\d\d)[-–](\d\d)", found["when"] or "")  # 2.7% at old
        when = f" between {span[1]} and 20{span[2]}" if span else ""  # co. WRONG, actual
        return (  # 4.2 -> 2.9 (2030-31). fix" (round 60, h1566)
            f"One correction: at my old company the {found['what']} fell from {found['a']}% to "
            f"{found['c']}%{when}, not to {found['b']}%."
        )
    if (found := _CHECKED_SINCE.match(typed)) is not None:
        said, rest = f"{found['what']}{found['true']}{found['unit']}", found["rest"] or ""
        return f"One correction: {said}, not {found['n']}{rest}."
    if (found := _CHECKED_FACT.match(typed)) is not None:
        return f"One correction: {found['fact']}, not {found['n']}."
    if (found := _ASKED_FIX.match(typed)) is not None:
        fact = found["fact"][:1].lower() + found["fact"][1:]
        gave = re.match(r"(?:under|below|about|around|over)?\s*(?P<n>.+?),\s+but\s+that\s+is\s+"
                        r"(?P<what>[^,]+)$", found["said"])  # fmt: skip
        if gave is None:
            return None
        return f"One correction: the {gave['n']} I gave is {gave['what']}, and {fact}."
    if (found := _TOLD_BUT_ON.match(typed)) is not None:  # "my final-year project
        label = found["label"][:1].lower() + found["label"][1:]  # predicted 58% of results
        of, n, m = found["of"] or "", _percent(found["n"]), _percent(found["m"])  # on the ...
        said = f"One correction: {label} {found['verb']} {m}{of}"
        ways = [f"{said} on {found['on']}, not {n}; the {n} was {found['why']}.",
                f"{said} on {found['on']}, not {n}.", f"{said}, not {n}."]  # fmt: skip
        return _first_said(ways)  # the fullest the follow-up's readings can say
    if (found := _ONLY_PART.match(typed)) is not None:  # "the cost per dog per year is about
        n, m = found["n"], re.sub(r"(?<=\d)m\b", " million", found["m"])  # KSh 1.1 million, not
        covers = re.sub(r"\s*\+\s*", ", ", found["covers"])  # KSh 480,000"
        covers = re.sub(r", (?=[^,]+$)", " and ", covers)
        said = f"One correction: the {found['q']} is about {m}, not {n}"
        ways = [f"{said}; the {n} covers {covers} only.", f"{said}."]
        return _first_said(ways)
    if (found := _TOLD_MONTH.match(typed)) is not None:  # "my thesis show was on 14
        true = f"{found['day']} {found['month'].capitalize()}"  # February, not in March"
        return (
            f"One correction: {found['what']} was on {true}, not in {found['said'].capitalize()}."
        )
    if (found := _TOLD_WRONG_FACT.match(typed)) is not None:  # "I said X; in fact, Y"
        return _first_said([f"I said {found['said']}; in fact, {found['fact']}."])
    if (found := _SAID_WRONG_SPAN.match(typed)) is not None:  # "I have worked nine seasons
        unit = found["unit"].rstrip("s") + "s"  # in patrol, not eight"
        said = f"I have worked {spelled(found['m'])} {unit} {found['what']}"
        return f"One correction: {said}, not {spelled(found['n'])}."
    if (found := _TOLD_CHECKED.match(typed)) is not None:  # "our stop-work wind speed at my
        unit = found["unit"] or ""  # current site is 40 km/h at roof level, not 45 km/h"
        gap = "" if unit in ("", "%") else " "
        true, said = f"{found['m']}{gap}{unit}", f"{found['n']}{gap}{unit}"
        return f"One correction: {found['what']}{true}{found['tail']}, not {said}."
    if (found := _TELL_IS_WRONG.match(typed)) is not None:  # "our best hat last year had
        verb = found["verb"].lower()  # 2,300 weaves per square inch, not 3,000"
        if re.search(r"(?i)\b(?:last|ago|(?:19|20)\d\d)\b", found["what"]):
            verb = _PAST_OF.get(verb, verb)  # "last year have": a time gone by, in the past
        said = f"{found['what']} {verb} {_figure_written(found['m'])}"
        return f"One correction: {said} {found['unit']}, not {_figure_written(found['n'])}."
    if (found := _SAID_COUNT_IT_WAS.match(typed)) is not None:  # "the Napier library
        said = f"{found['what']}{found['m']} {found['unit']}, not {found['n']}"  # retrofit used
        return f"One correction: {said}."  # 38 bearings, not 36"
    if (found := _HOW_MANY_WRONG.match(typed)) is not None:  # "how many languages I prompt
        said = f"{found['clause']} {found['m']} {found['what']}"  # in": "I prompt in nine
        return f"One correction: {said}, not {found['n']}."  # languages, not eleven"
    if (found := _ASKED_WRONG_WHY.match(typed)) is not None:  # the true figure, as the
        # follow-up says a figure put right ("I said X - actually Y": "the figure is Y, not X")
        figures = re.findall(r"\d[\d.,]*(?:\s?%)?", found["true"])
        return _percent(f"I said {found['said']} - actually {figures[-1]}.")
    if (found := _SUBJECT_WRONG.match(typed)) is not None:
        subject = re.sub(r"(?i)^(?:he|she|they)\s+asked\s+(?:me\s+)?about\s+", "", found["subject"])
        if not re.match(r"(?i)(?:the|a|an|my|our|your|this|that|these|those)\b", subject):
            subject = f"the {subject[:1].lower()}{subject[1:]}"
        said, true = _percent(found["said"]), _percent(found["true"])
        subject = re.sub(r"\b(rate|figure|number|score|cost)s$", r"\1", subject)  # "reject rates"
        # "I said BMS 6+ and carcass weight max 470 kg. WRONG. it's 499.9 kg now" (round 60,
        # h1568): the one limit of the two that was wrong
        limit = _LIMIT_SAID.search(said)
        if limit and re.match(rf"{_LIMIT_FIGURE}\s*{re.escape(limit['unit'])}\b", true):
            most = "maximum" if limit["way"].startswith("max") else "minimum"
            under = re.sub(r"(?i)^the ", "", found["subject"])
            true = re.sub(r" now$", "", true)  # "it's 499.9 kg now": the rule as it stands
            return (
                f"One correction: the {most} {limit['what']} under the {under} is {true}, not "
                f"{limit['n']} {limit['unit']}."
            )
        if re.match(r"I\s+[a-z]+\s+[^.]*\d", said):  # "I said I managed 12 operators. WRONG.
            return f"One correction: I said {said}, but it was {true}."  # it was 14" (r56)
        if not re.match(r"(?:about\s+|around\s+|~)?\d", said):
            return None  # a clause said, no figure of the subject's
        return f"One correction: I said {subject} is {said}, but it is {true}."
    if (found := _CORRECT_IS.match(typed)) is not None:
        subject = found["subject"].lower()
        # "season for white truffle": the white truffle season
        subject = re.sub(r"^(\w+) for (\w+(?: \w+){0,2})$", r"\2 \1", subject)
        return f"One correction: the {subject} {found['be']} {found['true']}, not {found['said']}."
    return None


# A count of the candidate's own work told wrong, and the true one: "I told the panel that I had
# worked nine Grand Tours. That is wrong: it is eight, because I counted the 2029 Tour twice."
# (round 60, h1556; why it was miscounted is the candidate's own), or said in the interview with
# what the rest were: "In the interview I said that I had built fourteen gondolas from new. The
# correct figure is twelve; the other two were complete rebuilds of older hulls, and I would like
# this to be clear." (round 60, h1555)
_COUNT_WORD = (
    r"\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
)
_TOLD_HAD_DONE = re.compile(
    r"(?:\bI\s+told\s+(?P<who>the\s+panel|him|her|them|you)"
    r"|(?:^|(?<=[.!]\s))In\s+the\s+interview,?\s+I\s+said)\s+(?:that\s+)?I\s+had\s+"
    r"(?P<verb>worked|done|led|run|managed|built|covered|trained|made|restored|delivered)\s+"
    rf"(?P<n>{_COUNT_WORD})\s+(?P<what>[^.]{{3,50}}?)\.\s+(?:That\s+(?:is|was)\s+wrong\s*:\s+it\s+"
    rf"(?:is|was)|The\s+(?:correct|right|true)\s+(?:figure|number)\s+is)\s+(?P<true>{_COUNT_WORD})"
    r"(?:,\s+because\s+[^.]+|;\s+(?P<why>[^.]+?))?"
    r"(?:,\s+and\s+I\s+would\s+like\s+(?:this|that)\s+to\s+be\s+clear)?\."
)


_TOLD_RECHECKED = re.compile(
    r"(?:I\s+must\s+correct\s+one\s+figure\.\s+)?(?<![\w])I\s+told\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?"
    r"[A-Z][\w'’-]+\s+that\s+(?P<what>[^.;]{5,80}?)\s+was\s+(?P<n>\d+(?:\.\d+)?\s*(?:per\s*cent|%)?)[;,]\s+"
    r"having\s+checked\s+my\s+records(?:\s+this\s+evening)?,\s+the\s+correct\s+figure\s+is\s+"
    r"(?P<m>\d+(?:\.\d+)?\s*(?:per\s*cent|%)?)(?P<rest>,\s+which\s+[^.]{5,80})?\."
)
_WHOLE_NOT_PART = re.compile(
    r"\bI\s+told\s+the\s+panel\s+that\s+(?P<what>the\s+[a-z]+(?:\s+[a-z]+)?)\s+is\s+(?:about\s+)?"
    r"(?P<n>[\d,]+\s+[a-z]+)(?:\s+long)?\.\s+That\s+is\s+the\s+whole\s+[a-z]+;\s+"
    r"(?P<part>the\s+[^,.;]{5,80}?\s+is\s+(?:about\s+)?[\d,]+\s+[a-z]+),\s+which\s+I\s+should\s+have\s+"
    r"said\."
)


def _had_done(found: re.Match[str]) -> str:
    """ "One correction to what I told the panel: I have worked eight Grand Tours, not nine.";
    "One correction: I have built twelve gondolas from new, not fourteen (the other two were
    complete rebuilds of older hulls)."."""
    panel = (found["who"] or "").endswith("panel")
    lead = "One correction to what I told the panel" if panel else "One correction"
    why = f" ({found['why']})" if found["why"] else ""
    said = f"I have {found['verb']} {found['true']} {found['what']}"
    return f"{lead}: {said}, not {found['n']}{why}."


def figure_put_right(text: str) -> str:
    """ "I need to correct one figure: I told the panel that X has 24 pools. It has 34." -> "I
    need to correct one figure: X has 34 pools, not 24." (with "One correction: " when nothing
    typed before it says so): the figure put right in one sentence, never the wrong one alone."""

    def fact(found: re.Match[str]) -> str:
        what, said, true = found["what"], found["n"], found["true"]
        start = found.start("n") - found.start("what")
        right = f"{what[:start]}{true}{what[start + len(said) :]}, not {said}."
        before = text[: found.start()].rstrip()
        lead = "" if before.endswith(":") else "One correction: "
        return lead + right

    text = _TOLD_HAD_DONE.sub(_had_done, text)
    # "I must correct one figure. I told Mr Bilić that our kingfish survival ... was 92 per cent;
    # having checked my records this evening, the correct figure is 88 per cent, which was still
    # the best result in the company's history." (round 62, h1595)
    text = _TOLD_RECHECKED.sub(
        lambda m: f"One correction: {m['what']} was {m['m']}, not {m['n']}{m['rest'] or ''}.",
        text,
    )
    # "I told the panel that the fence is about 5,600 kilometres long. That is the whole fence;
    # the South Australian section the Board looks after is about 2,150 kilometres, which I
    # should have said." (round 61, h1572)
    text = _WHOLE_NOT_PART.sub(
        r"One correction to what I told the panel: \g<part>; the \g<n> I gave is \g<what> as a "
        r"whole.",
        text,
    )
    return _YEAR_THEN_IT.sub(_year_right, _TOLD_THEN_IT.sub(fact, text))


def fixes_moved(notes: Notes) -> Notes:
    """`notes` with each correction typed in a topic said in the follow-up (see the module's
    note); the same object when there is none. The follow-up's own order to correct the same
    figure ("I also need to correct the deviation closure figure (twenty-one days in 2030,
    ...)", round 53, h1444) is carried out by the correction moved, and so left out."""
    sentences = cut_at_stops(notes.follow_up or "", r"(?<=[.!?])\s+")
    # (an order that gives the true figure itself, "...: our target is below 3, not below 5",
    # is the correction, said as typed)
    orders = [one for one in sentences if _NEED_TO_CORRECT.match(one) and ":" not in one]
    plain = " ".join(one for one in sentences if one not in orders)

    def moved_from(person: Interviewer, topic: str) -> tuple[str, list[str]]:
        rest, fixes = _fixes_of(topic)
        # one the follow-up puts right already ("... our target is below 3, not below 5")
        fixes = [fix for fix in fixes if not _said_already(fix, plain)]
        if not fixes:
            return topic, []
        panel = len(notes.interviewers) > 1
        return rest or MOVED, [for_reader(person, fix, panel=panel) for fix in fixes]

    moved = topics_moved(notes, moved_from)
    if moved is notes or not orders:
        return moved
    follow = " ".join(moved.follow_up.split()) if moved.follow_up else ""
    for order in orders:  # only an order whose figures a moved correction names
        figures = set(re.findall(r"\d+(?:[.,]\d+)?", order))
        said = set(re.findall(r"\d+(?:[.,]\d+)?", follow.replace(order, "")))
        if figures and figures <= said:
            follow = follow.replace(order, "").strip()
    return moved.model_copy(update={"follow_up": " ".join(follow.split()) or None})


# "I also need to correct the deviation closure figure (...)": an order to put a figure right.
_NEED_TO_CORRECT = re.compile(
    r"(?i)^I\s+(?:also\s+)?(?:need|have|want)\s+to\s+correct\s+(?:the|my)\s+[^.]*?\bfigures?\b"
)


# A correction typed over two sentences: the subject, the figure said, then a mark and the true
# figure ("steeping water per tonne of barley - I said 4.2 m3/t. MUST CORRECT: at Lounky it is
# 3.4 m3/t, I swapped the numbers", "notice period - I said 2 months, WRONG, my contract says 3";
# round 52, h1440).
_SPREAD = re.compile(
    r"(?i)^(?P<subject>[a-z][\w' ]{2,60}?)\s*(?:\s[-–—]+|->|→|:)\s*(?:I\s+)?"
    r"(?:said|told(?:\s+(?:him|her|them|you))?|answered)\s+(?P<said>~?\d[\d.,]*(?:\s*[a-z][\w/]*)?)\s*(?:[.,;!]+|\s[-–—]+)\s*"
    r"(?P<mark>must\s+correct\s*:|correct(?:ion)?\s*:|wrong\b[,:;!.]*|actually\b|in\s+fact\b)"
    r"\s*(?P<rest>(?:[^.]|\.(?=\d))*?\d(?:[^.]|\.(?=\d))*)"
)
# A figure and its unit: "3.4 m3/t", "2 months", "3".
_FIGURE = re.compile(
    r"(?P<n>\d[\d.,]*)(?:\s*(?P<unit>(?!(?:and|but|or|at|in|is|was|I)\b)[a-z][\w/]*))?", re.I
)


def _spread_fix(topic: str) -> str:
    """The correction of a topic typed over two sentences (`_SPREAD`), as the follow-up reader
    says it ("said notice period is 2 months - actually 3 months"); "" for any other topic."""
    found = _SPREAD.match(" ".join(topic.split()))
    said = _FIGURE.match(found["said"]) if found else None
    true = _FIGURE.search(found["rest"]) if found else None
    if found is None or said is None or true is None or said["n"] == true["n"]:
        return ""
    unit = true["unit"] or said["unit"] or ""
    right = f"{true['n']} {unit}".strip()
    return f"said {found['subject'].strip()} is {found['said'].strip()} - actually {right}"


# A question asked for the figure itself: "She asked how long our deviation investigations take
# to close." (round 53, h1444)
_ASKED_FIGURE = re.compile(
    r"(?:He|She|They|[A-Z][\w'’-]+)\s+asked\s+(?:me\s+)?(?:how\s+(?:long|many|much|often)"
    r"|what\s+(?:figure|number|percentage|rate))\b"
)


# "I told him Kenyan roses make up about 40% of the morning rose supply. I checked the supply
# report this evening and it is closer to 25%; the 40% was what I see at my current employer."
# (round 57, h1517): what was told and the true figure, one correction
_CHECKED_CLOSER = re.compile(
    r"(?P<told>I\s+told\s+(?:him|her|them)\s+(?:[^.]|\.(?=\d))*\d(?:[^.]|\.(?=\d))*)\.\s+I\s+checked\s+"
    r"(?:the|my)\s+[a-z ]{2,30}?\s+(?:this\s+evening|tonight|today|since|afterwards)\s+and\s+it\s+"
    r"is\s+(?:closer\s+to|actually|in\s+fact)\s+(?P<true>~?\d[\d.,]*\s?%?)(?:;[^.]*)?\."
)


def _fixes_of(topic: str) -> tuple[str, list[str]]:
    """The topic without its corrections, and the corrections, each a sentence of its own."""
    topic = _CHECKED_CLOSER.sub(r"\g<told> - actually \g<true>.", topic)
    if (spread := _spread_fix(topic)) and _a_correction(spread):
        return "", [f"{spread}."]
    kept: list[str] = []
    fixes: list[str] = []
    for sentence in _pairs_joined(_SENTENCES.split(" ".join(topic.split()))):
        typed = _COMMENT.sub("", _LABEL.sub("", sentence)).rstrip(" .!")
        # "I tell him 3% but real number is 5%" (second language): told, and the real number
        typed = re.sub(r"\bI tell (him|her|them)\b", r"I told \1", typed)
        typed = re.sub(r"\bbut real (number|figure)\b", r"but the real \1", typed)
        # "I said RCAA approved our cargo corridor in 2029 -> WRONG, it was Nov 2028" (round 54)
        typed = re.sub(
            r"\s*(?:->|→)\s*(?:WRONG|wrong|not\s+right|incorrect)[,:!.]*\s*(?:it(?:'s|’s|\s+was|\s+is)\s+|meant\s+)?"
            rf"(?=~?\d|(?i:{_MONTHS}))",
            " - actually ",
            typed,
        )
        # "... but actually it was 96v, 72v was the golf cart" (round 56, h1495): why the wrong
        # figure came to mind, the candidate's own
        typed = re.sub(
            r"(\bactually\s+it\s+was\s+\S*\d\S*),\s+\S*\d\S*\s+was\s+[^.]*$", r"\1", typed
        )
        # "said 2 yrs on a hand loom - only 1 really" (round 57, h1522): the true figure
        typed = re.sub(r"\s+[-–]\s+only\s+(?=~?\d[\d.,]*\s+really\b)", " - actually ", typed)
        typed = re.sub(r"(\s-\sactually\s~?\d[\d.,]*)\s+really\b", r"\1", typed)
        # "said moisture 2% - meant 0.2" (round 55, h1482): the true figure in the unit said
        typed = re.sub(r"(\d%)(\s+[-–]\s+)meant\s+(\d[\d.,]*)$", r"\1\2actually \3%", typed)
        typed = re.sub(r"\s+[-–]\s+meant\s+(?=~?\d)", " - actually ", typed)
        # "I say 48 hour at 30 degree" (second language, round 55, h1481): a count's plural
        typed = re.sub(
            r"\b((?:[2-9]|\d\d+)(?:\.\d+)?\s+)(hour|degree|day|week|month|year|minute|tonne|ton)\b",
            r"\1\2s",
            typed,
        )
        # "212 foalings at Rathmore 2027-32" (round 55, h1486): the years from one to the other
        typed = re.sub(
            r"(?<=[a-z] )((?:19|20)\d\d)\s*[-–]\s*(\d\d)\b(?![-–/])",
            lambda m: f"from {m[1]} to {m[1][:2]}{m[2]}",
            typed,
        )
        # "told him 12 beaches in 2030, it was 9" (round 55, h1490): the true figure after it
        typed = re.sub(
            r"(?i)^(?:I\s+)?(?:told\s+(?:him|her|them)|said)\s+(?P<what>[^,]*\d[^,]*?),\s+it\s+was\s+"
            r"(?P<true>~?\d[\d.,]*)$",
            r"I said \g<what> - actually \g<true>",
            typed,
        )
        # "said 4000 trees 2031, actually 3000" (round 54, h1466): the year with its "in"
        typed = re.sub(r"(\d [a-z]{2,12}s) (?=(?:19|20)\d\d\b)", r"\1 in ", typed)
        # "I told the Hasanabad qanat is 12 km long, this is wrong, is 8.5 km" (round 54, h1465)
        typed = _TOLD_WRONG_IS.sub(r"I said \g<what> - actually \g<true>", typed)
        # the follow-up reader asked only of a sentence marked as a correction (it is the
        # slowest reader, and most topics are none)
        marked = _MARK.search(typed) is not None or _WORDED_FIX.match(typed) is not None
        # "said my PB was 361 ewes - actually 316 merino ewes, 8 hrs, Gundagai 2012" (round 58,
        # h1534): the true figure alone, where its details after it are more than a reading takes
        bare = re.sub(r"(\s-\sactually\s~?\d[\d.,]*)\s+[a-z][^.]*$", r"\1", typed)
        bare = re.sub(r"\bPB\b", "personal best", bare)
        if marked and not _a_correction(typed) and bare != typed and _a_correction(bare):
            typed = bare
        # "told her I treated ~60 HAPE cases. WRONG - 60 = all altitude illness ..., HAPE maybe
        # 15" (round 59, h1552): the figure after the mark is the one said, no correction
        same = re.search(r"(\d[\d.,]*)\D*?\s-\sactually\s~?(\d[\d.,]*)\b", typed)
        if same and same[1] == same[2]:
            marked = False
        if marked and _a_correction(typed):
            fixes.append(f"{typed}.")
        else:
            kept.append(sentence)
    if fixes:  # "Must correct, honest is better": the order to put it right, carried out
        kept = [one for one in kept if not _ORDER.match(one)]
        # "its 3. started fall 2029 when i bought my twilight zone" (round 55, h1487): how the
        # true figure adds up, the candidate's own reckoning
        kept = [one for one in kept if not re.match(r"(?:started|began|since|because)\b", one)]
    if fixes and kept and all(_ASKED_FIGURE.match(one) for one in kept):
        kept = []  # "She asked how long X take to close.": the question of the figure only
    return " ".join(kept), fixes


# What was said, a sentence of its own with a figure in it ("I said it was based on 46 baited
# remote underwater video deployments."), then the next sentence marking it wrong and giving the
# true figure ("That is wrong: it was 64, I swapped the digits."; round 52, h1437).
# What was said and the fact, in one sentence typed in a second language: "I told the X is 12
# km long, this is wrong, is 8.5 km".
_TOLD_WRONG_IS = re.compile(
    r"(?i)^I\s+(?:told|said|tell)\s+(?:(?:him|her|them)\s+)?(?:that\s+)?(?P<what>[^,]*\d[^,]*?),\s+"
    r"(?:this|that|it)\s+(?:is|was)\s+wrong,\s+(?:it\s+)?(?:is|was)\s+(?P<true>~?\d[^,]*?)$"
)
_MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
_SAID_ALONE = re.compile(
    # ("H&S -> I said 0 LTIs on my boat in 3 yrs.": the subject typed before it, round 54)
    # ("Incubation: I say 48 hour at 30 degree.": typed in the present, round 55, h1481)
    r"(?i)^(?:[^.>→:]{0,30}?\s*(?:->|→|:)\s*)?(?:I\s+)?(?:said|say|told\s+(?:him|her|them))\s+"
    r"(?P<what>[^.]*\d[^.]*?)[.!]*$"
)
_WRONG_NEXT = re.compile(
    r"(?i)^(?:that\s+(?:is|was|'s)\s+(?:wrong|not\s+right)|wrong|correction|must\s+correct"
    r"|actually)\s*[:,!.>→-]*\s*(?:it\s+(?:was|is)\s+|it['’]s\s+|in\s+fact\s+"
    # "Wrong, in my factory we do 36 hours at 31 degrees" (round 55, h1481)
    r"|in\s+(?:my|our)\s+(?:factory|plant|site|lab|company|team)\s+we\s+(?:do|use|run|make)\s+)?"
    r"(?P<true>~?\d(?:[\d.,]*\d)?(?:\s+(?!(?:and|but|or|I|not)\b)(?:[a-z][\w/-]*|\d[\d.,]*(?=\s+[a-z]))){0,4}"
    r"(?:\s+(?:19|20)\d\d)?)\b"
)
# What "it" stands for, asked about in the sentence before: "He asked about my honours project on
# sevengill sharks ...": "my honours project".
_ASKED_ABOUT = re.compile(r"(?i)\basked\s+(?:me\s+)?about\s+(?P<it>my\s+[a-z]+(?:\s+[a-z]+)?)\b")
# A year said for a thing of the candidate's, then the true year: "said Vollmer course 2019 -> was
# 2021" (round 52, h1438).
_YEAR_SAID = re.compile(
    r"(?i)^said\s+(?P<thing>[A-Za-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:course|training|certificate"
    r"|cert|degree|diploma|apprenticeship|qualification|licence|license))\s+(?P<said>(?:19|20)\d\d)"
    r"\s*(?:->|→|[-–—]+|,)\s*(?:was|actually|in\s+fact|it\s+was)\s+(?P<true>(?:19|20)\d\d)[.!]*$"
)


_BARE_WRONG = re.compile(
    r"(?i)^(?:not\s+(?:right|correct|true)|wrong|(?:that|this|it)\s+(?:is|was)\s+(?:wrong|incorrect"
    r"|not\s+(?:right|correct|true)))[.!]*$"
)
# A count said in words or figures, and the true one in the next sentence: "I told her I
# volunteered at the community legal clinic for eighteen months." "It was twelve months, ...".
_COUNT = (
    r"(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty)\s+"
    r"(?P<unit>days|weeks|months|years|seasons|shifts|sites|people|staff|boats|trees|hectares)"
)
_TOLD_COUNT = re.compile(
    rf"(?i)^I\s+(?:said|told\s+(?:him|her|them))\s+(?:that\s+)?(?P<what>I\s+[a-z]+\b[^.]*?\b{_COUNT})"
    r"[.!]*$"
)
_WAS_COUNT = re.compile(
    rf"(?i)^(?:it|that)\s+was\s+(?:actually\s+|in\s+fact\s+|only\s+)?{_COUNT}\b"
)


# The true figure alone, in a sentence after what was said: "It was 35,000 TR."
_IT_WAS = re.compile(
    r"(?i)^(?:(?:it|that)\s+(?:was|is)|it['’]?s)\s+(?:actually\s+|in\s+fact\s+|only\s+)?"
    r"(?P<true>~?\d[\d.,]*)(?:\s*(?P<unit>%|[A-Za-z]{1,6}))?[.!]*$"  # "its 3." (round 55, h1487)
)
# The true figure near the one said: "It is closer to 180 hours; I counted ...".
_IT_CLOSER = re.compile(
    r"(?i)^(?:it|that)\s+(?:is|was)\s+(?:closer\s+to|nearer|more\s+like)\s+(?P<true>\d[\d.,]*)"
    r"(?:\s+[a-z]+)?\s*(?:[;,]\s+[^.]*)?[.!]*$"
)
# What was told with no figure, and the fact after the mark, a clause of the candidate's own.
_TOLD_ANY = re.compile(
    r"(?i)^I\s+(?:said|told\s+(?:him|her|them|the\s+panel))\s+(?:that\s+)?(?P<what>(?:we|I)\s[^.]+?)"
    r"[.!]*$"
)
_WRONG_OURS = re.compile(
    r"(?i)^(?:that|this|it)\s+(?:was|is)\s+wrong\s*[:,]\s*(?P<fact>(?:we|I)\s+[a-z]+\b[^!]*?\d[^!]*?)"
    r"[.!]*$"
)


def _figure(count: str) -> str:
    """A count in figures: "eighteen" -> "18", "12" as typed."""
    value = COUNT_VALUES.get(count.lower())
    return count if value is None else str(value)


# A sentence marking what was said wrong and telling the fact as a clause of the candidate's:
# "That was wrong: I started it in 2030 and completed it in November 2031."
_WRONG_CLAUSE = re.compile(
    r"(?i)^(?:that|this|it)\s+(?:was|is)\s+wrong\s*[:,]\s*(?P<fact>I\s+[a-z]+\s+it\b[^!]*?\d[^!]*?)"
    r"[.!]*$"
)
# What was said of a thing of the candidate's: "I finished my Master of Teaching in 2030".
_THING_DONE = re.compile(r"^(?:that\s+)?I\s+[a-z]+ed\s+(?P<thing>my\s+[^,;]+?)\s+(?:in|on)\s+\S*\d")
_FACT_IS = re.compile(
    r"(?i)(?:\bit\s+is|^the\s+(?:correct|right|real|true|actual)\s+(?:figure|number)\s+(?:is|was))"
    r"\s+(?P<true>(?:closer\s+to|nearer|about|around|actually|really)?\s*~?\d[^.;!]*)"
)


# "I have checked my records tonight and that figure is wrong: the average was twenty-one days in
# 2030 ..." (round 53, h1444): the fact, after the mark
_FIGURE_WRONG = re.compile(
    r"(?i)^(?:I\s+have\s+checked\b[^:]*?\band\s+)?(?:that|this|the)\s+(?:figure|number)\s+(?:is|was)"
    r"\s+wrong\s*:\s*(?P<fact>(?:the|it|I|we|my|our)\b[^!]+?)[.!]*$"
)
# What was said, a number in words, and the fact after "in fact," (as `_pairs_joined` joins them).
_WORDED_FIX = re.compile(r"(?i)^I said that [^.;]+; in fact, [^.]*\d")
# A number said in words: "I said that they averaged twelve days."
_SAID_WORDS = re.compile(
    r"(?i)^I\s+said\s+(?:that\s+)?(?P<what>[^.]*\b(?:\d+|one|two|three|four|five|six|seven|eight"
    r"|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)\b[^.]*?)[.!]*$"
)
# What "they" stands for, asked about before: "She asked how long our deviation investigations
# take to close."
_ASKED_HOW = re.compile(
    r"(?i)\basked\s+how\s+(?:long|many|much|often)\s+(?P<it>(?:our|my|the)\s+[a-z][a-z ]+?)\s+"
    r"(?:take|took|last|lasted|run|ran|cost)\b"
)


def _pairs_joined(sentences: list[str]) -> list[str]:
    """`sentences` with a figure said and the next sentence's true figure joined as one
    correction ("I said my honours project was based on 46 ... - actually 64"), and a year
    said for a course put as the follow-up reader knows it ("said my Vollmer course was in
    2019 - actually 2021")."""
    out: list[str] = []
    said_figure = ""  # the wrong figure of a correction just joined: its excuse follows
    marked = False  # "not right." alone after a figure said: the true one comes next
    for sentence in sentences:
        worded = _SAID_WORDS.match(out[-1]) if out else None
        if worded and (wrong := _FIGURE_WRONG.match(sentence)):
            what = worded["what"]
            asked = _ASKED_HOW.search(out[-2]) if len(out) > 1 else None
            if asked and re.match(r"(?i)they\b", what):
                what = f"{asked['it']}{what[4:]}"  # "they averaged ...": what was asked about
            out[-1] = f"I said that {what}; in fact, {wrong['fact']}."
            continue
        counted = _TOLD_COUNT.match(out[-1]) if out else None
        truly = _WAS_COUNT.match(sentence) if counted else None
        if counted and truly and truly["unit"].lower() == counted["unit"].lower():
            # "I told her I volunteered at the clinic for eighteen months. It was twelve months,
            # January 2031 to January 2032." (round 54, h1461): the count put right, in figures
            what = counted["what"][: counted.start("n") - counted.start("what")]
            out[-1] = (
                f"I said {what}{_figure(counted['n'])} {counted['unit']} - actually "
                f"{_figure(truly['n'])} {truly['unit']}"
            )
            said_figure = _figure(counted["n"])
            continue
        said = _SAID_ALONE.match(out[-1]) if out else None
        clause = _WRONG_CLAUSE.match(sentence) if said else None
        thing = _THING_DONE.match(said["what"]) if said and clause else None
        if said and thing and clause:
            # "I said I finished my Master of Teaching in 2030. That was wrong: I started it in
            # 2030 and completed it in November 2031." (round 54, h1460): the fact, its "it" named
            named = re.sub(r"\bit\b", thing["thing"], clause["fact"], count=1)
            out[-1] = f"I said {said['what']}, but in fact {named}."
            continue
        closer = _IT_CLOSER.match(sentence) if said else None
        if said and closer:
            # "I told her I had about 300 hours of X. It is closer to 180 hours; I counted the
            # whole lab's time, not only mine." (round 55, h1485): the figure, never the excuse
            out[-1] = f"I said {said['what']} - actually about {closer['true']}"
            continue
        if said and marked and (bare := re.fullmatch(r"(~?\d[\d.,]*)[.!]*", sentence.strip())):
            # "I said Red Earth S2 had 640 scenes. WRONG. 460. fix it" (round 55, h1488)
            out[-1] = f"I said {said['what']} - actually {bare[1]}"
            marked = False
            continue
        truly = _IT_WAS.match(sentence) if said else None
        if (
            said
            and truly
            and (
                not truly["unit"] or re.search(rf"\d\s*{re.escape(truly['unit'])}\b", said["what"])
            )
        ):
            # "I said my internship plant had a capacity of 45,000 TR. It was 35,000 TR." (round
            # 55, h1477): the figure, its unit as told
            unit = f" {truly['unit']}" if truly["unit"] else ""
            out[-1] = f"I said {said['what']} - actually {truly['true']}{unit}"
            said_figure = figure[0] if (figure := re.search(r"\d[\d.,]*", said["what"])) else ""
            continue
        told = _TOLD_ANY.match(out[-1]) if out and not said else None
        fact = _WRONG_OURS.match(sentence) if told else None
        if told and fact:
            # "I told him we used Timelapse for image tagging in Melghat. That was wrong: we
            # switched to Camelot in 2030, ..." (round 55, h1476): what is true, after it
            out[-1] = f"I said {told['what']}, but in fact {fact['fact']}."
            continue
        if said and _BARE_WRONG.match(sentence):
            marked = True
            continue
        if marked and said and (fact := _FACT_IS.search(sentence)):
            # "i said 1 kg of petals makes about 1 litre. not right. called my uncle tonight, for
            # the good strong quality it is closer to 2 kg per litre." (round 53, h1447)
            what = re.sub(r"(?i)^that\s+", "", said["what"])  # "I told him that X": said once
            out[-1] = (
                f"I said {what} - actually {fact['true']}"  # "The correct figure is 140 tonnes"
                if re.match(r"(?i)the\b", sentence)  # (round 54, h1459): the figure put right
                else f"I said that {what}; in fact it is {fact['true']}."
            )
            marked = False
            continue
        if marked:
            out.append("not right.")  # no true figure followed: the mark stays as typed
            marked = False
        if said_figure and (
            said_figure in sentence or re.match(r"(?i)I\s+(?:swapped|mixed)", sentence)
        ):
            continue  # "200 is single layer!!", "I swapped the digits": why, never said
        said_figure = ""
        if year := _YEAR_SAID.match(sentence):
            sentence = f"said my {year['thing']} was in {year['said']} - actually {year['true']}"
        said = _SAID_ALONE.match(out[-1]) if out else None
        # "1 LTI Oct '29": the month and year put as a sentence says them
        dated = re.sub(
            rf"(?i)(?<!\bin )\b((?:{_MONTHS})[a-z]*) ['’](\d\d)\b",
            r"in \1 20\2",
            sentence,
        )
        true = _WRONG_NEXT.match(dated)
        if said is None or true is None:
            out.append(sentence)
            continue
        what = said["what"]
        asked = _ASKED_ABOUT.search(out[-2]) if len(out) > 1 else None
        if asked and re.match(r"(?i)it\s+(?:was|is)\b", what):
            what = f"{asked['it']}{what[2:]}"  # "it was based on ...": what was asked about
        out[-1] = f"I said {what} - actually {true['true']}"
        said_figure = figure[0] if (figure := re.search(r"\d[\d.,]*", what)) else ""
    return out


def _a_correction(typed: str) -> bool:
    """Whether the follow-up reader says `typed` as a correction (a figure said with no thing
    of its own, "the figure is 8-week internship", is none)."""
    said = _followed(typed)
    return said is not None and "correction" in said.lower() and "figure is" not in said


def _said_already(fix: str, follow_up: str) -> bool:
    """Whether the follow-up names every figure of the correction `fix` (it puts it right)."""
    figures = set(re.findall(r"\d+(?:[.,]\d+)?", fix))
    return bool(figures) and figures <= set(re.findall(r"\d+(?:[.,]\d+)?", follow_up))


def wrong_figures_moved(notes: Notes) -> Notes:
    """`notes` with each figure put right that only `wrongfigure` reads, in a topic, a
    qualification or a highlight, said in the follow-up instead: the topic's sentences before
    the correction stay its subject; a correction the follow-up already gives (both figures in
    it) or that the follow-up reader would not say is left where it is. The same object when
    nothing moves."""
    follow = notes.follow_up or ""
    panel = len(notes.interviewers) > 1
    if panel and sum(_named_in(p, follow) for p in notes.interviewers) > 1:
        # a follow-up split between panellists by name (`followpanel`): a line labelled for one
        # of them would take it all to that one (round 59's h1548)
        return notes

    def said(text: str) -> WrongFigure | None:
        fix = wrong_figure(text)
        if fix is None or (fix.said in follow and fix.right in follow):
            return None
        check = follow_up_line(fix.line, frozenset(), notes.tone, notes.channel, Variation("check"))
        return fix if check else None

    def moved_from(person: Interviewer, topic: str) -> tuple[str, list[str]]:
        if topic == MOVED:
            return topic, []
        sentences = cut_at_stops(topic, r"(?<=[.!?])\s+")
        for start in range(len(sentences) - 1, -1, -1):
            fix = said(" ".join(sentences[start:]))
            if fix is not None:
                kept = " ".join(sentences[:start]).strip()
                line = _about_subject(fix, kept) if fix.bare else fix.line
                return kept or MOVED, [for_reader(person, line, panel=panel)]
        return topic, []

    moved = topics_moved(notes, moved_from)
    lines: list[str] = []
    kept: dict[str, list[str]] = {"qualifications": [], "highlights": []}
    for field, items in (
        ("qualifications", notes.qualifications),
        ("highlights", notes.highlights),
    ):
        for item in items:
            fix = said(item)
            kept[field].append(item if fix is None else MOVED)  # its place kept, for notices
            if fix is None:
                continue
            heard = [p for p in notes.interviewers if _named_in(p, item)]
            lines.append(
                for_reader(heard[0], fix.line, panel=panel) if len(heard) == 1 else fix.line
            )
    if not lines:
        return moved
    update: dict[str, object] = dict(kept)
    update["follow_up"] = " ".join([*lines, moved.follow_up or ""]).strip()
    return moved.model_copy(update=update)


def _about_subject(fix: WrongFigure, subject: str) -> str:
    """ "the right figure is ten years, not five" said with what it is about when the topic
    opens on it alone ("The official re-analysis of the spring water."), else as it is."""
    bare = subject.rstrip(".").strip()
    words = bare.split()
    if not 2 <= len(words) <= 8 or re.search(r"[.;:!?,]|\b(?:I|he|she|they|said|asked)\b", bare):
        return fix.line
    if re.fullmatch(r"[A-Z][a-z]+", words[0]):
        bare = bare[0].lower() + bare[1:]  # "The official re-analysis": no name
    lead, _, said = fix.line.partition(": ")
    return f"{lead}: on {bare}, {said}"


def _named_in(person: Interviewer, text: str) -> bool:
    """Whether `text` names `person` by first name or surname, or by a title and the
    surname's initial ("fix in letter to Mr C.", round 63, h1606)."""
    words = [w for w in person.name.split() if len(w) > 2 and not w.endswith(".")]
    if any(re.search(rf"\b{re.escape(w)}\b", text) for w in words):
        return bool(words)
    initial = re.escape(person.name.split()[-1][:1])
    return re.search(rf"\b(?:Mr|Ms|Mrs|Miss|Dr|Prof)\.?\s+{initial}\b(?![\w'’-])", text) is not None


# An order to put it right, typed after a correction: "I would like to correct this briefly.",
# "Must correct to Mr. Asante-Mensah.", "fix in letter to Mr C.", "I was nervous".
_ORDER_AFTER = re.compile(
    r"(?i)^(?:I\s+(?:would\s+like|want|need|must|should)\s+to\s+correct\b|I\s+should\s+correct\b"
    r"|(?:must\s+|need\s+to\s+|please\s+)?(?:correct|fix)\b(?:\s+(?:this|that|it|briefly|to|in)\b"
    r"|\s*$|\s*[.!])|I\s+(?:was|am)\s+(?:so\s+)?nervous\b|I\s+(?:mixed|confused)\s+(?:it|them|the)\b)"
)


# An order that names the one reader to put a figure right for: "fix in letter to Mr C.",
# "Must correct to Mr. Asante-Mensah." (round 63, h1606, h1609).
_ONE_NAMED = re.compile(
    r"(?i)\b(?:fix|correct)\s+(?:it\s+|this\s+|that\s+)?(?:in\s+(?:the\s+)?letter\s+)?to\s+(?:Mr|Ms|Mrs|Dr)\.?\s+[A-Z]"
)


def follow_up_figures_fixed(notes: Notes, mend: Callable[[str], str] = str) -> Notes:
    """`notes` with each figure put right in the follow-up (one to three sentences that
    `wrongfigure` reads as one correction) said as that correction, the orders to say it typed
    after it ("I would like to correct this briefly.") left out, and addressed to the panellist
    the sentences name; the same object when there is none. A correction the follow-up's own
    readers say well, once `mend` has mended its second-language phrases, is left to them."""
    typed = notes.follow_up or ""
    panel = len(notes.interviewers) > 1
    if panel and not _ONE_NAMED.search(typed):
        return notes  # who heard what in a panel: the follow-up's own readers know better
    sentences = cut_at_stops(typed, r"(?<=[.!?])\s+")
    out: list[str] = []
    index = 0
    changed = False
    while index < len(sentences):
        fix, end = None, index
        if not sentences[index].startswith("One correction"):
            for end in range(index, min(index + 3, len(sentences))):
                fix = wrong_figure(" ".join(sentences[index : end + 1]))
                if fix is not None:
                    break
        if fix is None or fix.said not in sentences[index]:
            out.append(sentences[index])
            index += 1
            continue
        window = " ".join(sentences[index : end + 1])
        taken = sentences[index : end + 1]
        while end + 1 < len(sentences) and _ORDER_AFTER.match(sentences[end + 1]):
            end += 1
            taken.append(sentences[end])
        heard = [p for p in notes.interviewers if _named_in(p, " ".join(taken))]
        one = panel and len(heard) == 1  # "fix in letter to Mr C.": the one reader who heard it
        if _said_well(mend(window), notes) or fix.bare:
            # the follow-up's own readers say it, with all it adds ("the right figure is 8
            # seasons" says less), to the one reader the notes name
            if not one:
                out.append(sentences[index])
                index += 1
                continue
            out.append(for_reader(heard[0], window, panel=True))
        else:
            out.append(for_reader(heard[0], fix.line, panel=panel) if len(heard) == 1 else fix.line)
        changed = True
        index = end + 1
    if not changed:
        return notes
    return notes.model_copy(update={"follow_up": " ".join(out)})


def orders_done_dropped(notes: Notes) -> Notes:
    """`notes` without a follow-up sentence that orders a correction another line of it says
    (a topic's correction moved there, say); the same object when there is none."""
    said = cut_at_stops(notes.follow_up or "", r"(?<=[.!?])\s+")
    kept = [one for n, one in enumerate(said) if not _ordered_again(one, said[:n] + said[n + 1 :])]
    if len(kept) == len(said):
        return notes
    return notes.model_copy(update={"follow_up": " ".join(kept)})


# What a correction said as typed still reads as: a note to self ("It is wrong", "Must correct",
# "I would like to correct this briefly").
_RAW = re.compile(
    r"(?i)\b(?:(?:is|was)\s+wrong|wrong!|must\s+correct|(?:would\s+like|need|want)\s+to\s+correct"
    r"|should\s+correct)\b"
)


def _said_well(typed: str, notes: Notes) -> bool:
    """Whether the follow-up's readers say the correction `typed` as a sentence of the letter,
    not as the note it was typed as."""
    line = follow_up_line(typed, frozenset(), notes.tone, notes.channel, Variation("check"))
    return line is not None and not _RAW.search(line)


# An order to correct what another line of the follow-up puts right already: "I also need to
# correct the herd size I gave Dr. Bellamy (thirty-four oryx, not forty-two)." (round 63, h1612)
_NEED_TO = re.compile(r"(?i)^I\s+(?:also\s+)?(?:need|have|want|must|should)\s+(?:to\s+)?correct\b")


def _ordered_again(sentence: str, others: list[str]) -> bool:
    """Whether `sentence` is an order to correct figures that another correction of the
    follow-up (a sentence that says a figure was wrong) says already."""
    if not _NEED_TO.match(sentence):
        return False
    figures = figure_values(sentence)
    said = [
        one
        for one in others
        if figure_values(one) >= figures and (len(figures) > 1 or _FIX_SAID.search(one))
    ]  # both figures named again: the correction told ("...; it was thirty-four.")
    return bool(figures) and bool(said)


# A sentence that says a figure was wrong: "One correction", "but in fact", "That was wrong".
_FIX_SAID = re.compile(r"(?i)\bcorrection\b|\bin\s+fact\b|\bwrong\b|\bactually\b|\bnot\s+\w+\.?$")
