"""The patterns and reasons `rapport` reads personal notes with: a sad or private matter, what
both share ("like me", "we both"), a family member's news, a month typed after a dash, and the
phrasebook section each kind of note takes.
"""

from __future__ import annotations

from composer import regexes as re

# Pets by their kind, and the breeds people name them by ("new corgi puppy", "her kelpie").
PETS = (
    r"dog|puppy|pup|cat|kitten|greyhound|spaniel|terrier|retriever|labrador|collie|poodle"
    r"|beagle|dachshund|whippet|lurcher|rabbit|bunny|hamster|guinea pig|parrot|budgie|tortoise"
    r"|horse|pony|cob|mare|gelding|donkey|ferret|gecko|snake|goat"
    r"|corgi|kelpie|husky|pug|boxer|schnauzer|vizsla|weimaraner|dalmatian|rottweiler|doberman"
    r"|staffie|labradoodle|cockapoo|cavapoo|sheepdog|springer|shih tzu"
    r"|chihuahua|pomeranian|bulldog|malamute|samoyed|sheltie|westie|jack russell|heeler"
)

SAD_REASON = "it is about a private or sad matter"
SAD = re.compile(
    r"\b(passed away|died|death|ill|illness|sick|surgery|injur\w*|funeral|divorce\w*|"
    r"laid off|lost|loss|grief|grieving|cancer|accident|recovering|chemo\w*|radiotherapy"
    r"|memorial\s+(?:service|mass)|hosp|unwell|put down|put to sleep|diagnos\w*|miscarriage"
    r"|redundan\w*|dementia"
    r"|(?:knee|hip|back|heart|eye|shoulder|foot|ankle|wrist|bypass)\s+op(?:eration)?"
    r"|(?:maternity|paternity|parental|mat|pat|sick|compassionate|bereavement) leave"
    r"|leave of absence"
    # a hospital, but not the one they go to work at: "he cycles to the hospital every morning"
    r"|(?<!cycles to the )(?<!walks to the )(?<!rides to the )(?<!drives to the )hospital)\b",
    re.IGNORECASE,
)

# "she plays rugby, like me", "he runs marathons too, same as me": what both of them do.
LIKE_ME = re.compile(
    r"^(?:he|she|they)\s+(?P<verb>[a-z]+s)\s+(?P<rest>[\w' -]+?)"
    r"(?:,?\s+(?:too|as well))?,?\s+(?:just\s+)?(?:like me|same as me|as do i)$",
    re.IGNORECASE,
)

SHARED_ANYWHERE = re.compile(
    r"\b(?:we both|both of us|like me|as do i|as did i|same as me)\b", re.I
)

KIND_SECTIONS = {
    "trip": "wish_trip",
    "occasion": "wish_time",
    "luck": "wish_luck",
    "leisure": "wish_leisure",
    "celebration": "celebration",
    "pet": "pet",
    "move": "wish_move",
    "settling": "settling",
    "future": "wish_event",
    "neutral": "interest_line",
}

# "she used to work at Sky like me": what both of them did, said as "we both worked at Sky".
USED_TO_LIKE_ME = re.compile(
    r"^(?:he|she|they)\s+used\s+to\s+(?P<verb>[a-z]+)\s+(?P<rest>[\w' -]+?)"
    r"(?:,?\s+(?:too|as\s+well))?,?\s+(?:just\s+)?(?:like\s+me|same\s+as\s+me|as\s+did\s+I)$",
    re.IGNORECASE,
)

# "a fellow Leicester Tigers fan": something the reader and the candidate share.
FELLOW = re.compile(
    r"^(?:(?:he|she|they)(?:'s|\s+is|\s+are)\s+)?(?:a\s+)?fellow\s+(?P<what>.+)$", re.I
)

KIND_REASON = {
    "future": "it is news of theirs that a letter could only repeat back",
    "neutral": "it is a fact about them that a letter could only repeat back; a wish, thanks or "
    "something you share would fit",
}

TOO = re.compile(r"(?i)\s(?:too|as\s+well)$")

# "..., going to the bowl game", "..., off to Rome in May", "..., retiring next summer": a plan
# of theirs after a comma.
PLAN = re.compile(
    r"(?i)^(?:(?:s?he|they)(?:'s|\s+is|\s+are)\s+)?(?:(?:going|off|heading)\s+to\s|retiring\b)"
)

# "recommended" as typed short: "rec'd", "recd", "recc'd".
RECD = re.compile(r"(?i)\b(?:recc?['’]?d|recc?['’]ed)\b")

PASSED = "the day it names has passed by the time the letter goes out"

NO_TENSE = 'what you both are or were is not clear; say it as a sentence ("we were both at ...")'

RELATIVES = (
    r"(?:grand)?(?:son|daughter|child|children|kids)|twins|sister|brother|partner|wife|husband"
    r"|mum|mom|dad|father|mother|niece|nephew"
)

# "she is taking her niece to the touring production of X": an outing with family, enjoyed.
TAKING_KIN = re.compile(
    rf"(?i)^(?:she|he|they)(?:'s|’s|\s+is|\s+are)\s+taking\s+(?:her|his|their)\s+"
    rf"(?P<kin>(?-i:{RELATIVES}))\s+to\s+(?P<what>(?:the|a|an)\s.+)$"
)

FAMILY = re.compile(
    rf"^your (?P<rel>{RELATIVES})(?:'s|’s)? (?:is |are )?(?P<news>getting married|graduating"
    r"|starting|starts|start|applying)"
    r"(?P<rest> .+)?$"
)

# "running Chicago marathon - oct", "in galway, feb": a month after a dash or a comma is when.
MONTH_ASIDE = re.compile(
    r"(?:\s+[-–—]+|,)\s+(?P<month>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)$",
    re.I,
)

# "first holiday in 3 yrs", "the first time in 10 years": a time since, not a time ahead.
SINCE = re.compile(r"(?i)\b(?:first|only)(?:\s+[a-z]+){0,2}\s+in\s+\S+\s+(?:yrs?|years?|months?)\b")

# A time a year or more ahead ("in 2 yrs", "in 18 months", "in a couple of years"): an event
# then is not one a thank-you letter wishes well now ("I wish you a very happy retirement").
FAR_OFF = re.compile(
    r"(?i)\bin (?:~\s*|about |around |approx\.? |roughly |maybe )?(?:(?:[2-9]|1\d|two|three|four"
    r"|five|six|seven|eight|nine|ten|a few|a couple of|a couple|several) (?:yrs?|years?)"
    r"|(?:1[2-9]|[2-9]\d) (?:mths?|months?))\b"  # "in ~2 yrs", "in about two years" (s55)
    r"|\bretiring (?:at )?(?:the )?end of next year\b"  # a retirement over a year away (s58)
)
