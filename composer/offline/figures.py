"""A result typed as a figure with no verb of its own, said as the candidate's sentence.

- a rate of work: "~15 GAs a wk monitoring solo" -> "I monitor about 15 GAs a week on my own",
  "running ~25 NMS/month" -> "I run about 25 NMS a month";
- a share of a target: "142% of quota 2025, #2 of 38 reps" -> "I reached 142% of quota in 2025,
  second of 38 reps".
(A clean record, "0 lost-time injuries 2 yrs running on my shift", is `cvdeeds.habit`'s, which
also reads the plainest rates before this reader is asked.)

`said` gives the whole sentence (no stop), or None for any other shape: the other readers try it.
It reads the item after `cleaning.clean` (shorthand spelled out: "about", "a week", "two years").
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import arrowled, dashmeans, lexicon, nonedoing
from composer.offline.words import ORDINAL_NUMBERS, PERSON_HEADS, SMALL_NUMBERS

_COUNT = r"(?:about |around |over |nearly |almost |up to )?\d[\d,]*\+?"
_PERIOD = r"(?:a |per |/ ?)(?P<period>day|week|month|year|shift|night|term|clinic|session)"
# What the rate is done where or how: "on my own", "across two sites"; "solo" is "on my own".
_HOW = r"(?P<how>(?: (?:solo|alone|on my own|(?:in|at|on|across|for|with) [\w' -]+))?)"
_WHAT = r"(?P<what>[\w-]+(?: [\w-]+){0,2}?)"
_RATE_DOING_FIRST = re.compile(
    rf"^(?P<verb>[a-z]+ing) (?P<count>{_COUNT}) {_WHAT} ?{_PERIOD}{_HOW}$"
)
_RATE_COUNT_FIRST = re.compile(
    rf"^(?P<count>{_COUNT}) {_WHAT} ?{_PERIOD} (?P<verb>[a-z]+ing){_HOW}$"
)
_TARGET = re.compile(
    r"^(?P<share>\d[\d.]*%) of (?P<target>quota|target|plan|budget|goal)"
    r"(?: (?:in )?(?P<year>(?:19|20)\d\d|FY ?\d\d(?:\d\d)?))?"
    r"(?:,? (?:#|no\. ?|number )(?P<rank>[1-9]) (?P<among>(?:of|out of) \d[\d,]* [a-z][\w-]*s))?$",
    re.IGNORECASE,
)


# The best of a group: "top crew NPS on my base 2 qtrs running", "top biller in the branch 2024".
_TOP = re.compile(
    r"^top (?P<what>[a-z][\w-]*(?: [A-Za-z][\w-]*){0,2}?)"
    r"(?P<rest>(?: (?:on|in|for|at|across|of) [\w' -]+?)?)"
    r"(?P<when> (?:\w+ (?:months|quarters|weeks|years|seasons|times) running"
    r"|(?:in )?(?:19|20)\d\d))?$"
)
# People ranked: "I was the top adviser"; any other head is a measure held: "I had the top NPS".
_RANKED = re.compile(r"(?:er|or|ist|ian|ant|rep|adviser|advisor|agent|chef|nurse)$")


def _top(text: str) -> str | None:
    top = _TOP.match(text)
    words = top["what"].split() if top else []
    if top is None or not all(lexicon.known(w) or w.isupper() for w in words[:-1]):
        return None
    if not (lexicon.known(words[-1]) or words[-1].isupper() or _RANKED.search(words[-1])):
        return None
    when = top["when"] or ""
    if not when and not re.match(r" (?:on|in|across|at) ", top["rest"]):
        return None  # "top priority for me", "top marks": no group it is the best of
    if re.fullmatch(r" (?:19|20)\d\d", when):
        when = f" in{when}"
    person = _RANKED.search(top["what"]) or top["what"] in PERSON_HEADS
    verb = "was" if person else "had"
    return f"I {verb} the top {top['what']}{top['rest']}{when}"


# A speed typed by its initials: "typing 62 WPM" is "I type at 62 words per minute".
_SPEEDS = {"WPM": "words per minute"}
_SPEED = re.compile(r"^(?P<verb>[a-z]+ing) (?P<n>\d+) (?P<unit>wpm|WPM)$")


def said(text: str) -> str | None:
    """The figure `text` as the candidate's sentence, without its stop, or None."""
    top = _top(text)
    if top is not None:
        return top
    rate = _RATE_DOING_FIRST.match(text) or _RATE_COUNT_FIRST.match(text)
    if rate:
        verb = lexicon.base_of(rate["verb"]) if lexicon.is_gerund(rate["verb"]) else None
        if verb is None or any(lexicon.is_gerund(w) for w in rate["what"].split()):
            return None
        how = " on my own" if rate["how"].strip() in ("solo", "alone") else rate["how"]
        how = re.sub(r"(?<= )[1-9](?= [A-Za-z])", lambda m: SMALL_NUMBERS[int(m.group()) - 1], how)
        return f"I {verb} {rate['count']} {rate['what']} a {rate['period']}{how}"
    speed = _SPEED.match(text)
    if speed and lexicon.is_gerund(speed["verb"]):  # "typing 62 WPM"
        verb = lexicon.base_of(speed["verb"])
        return f"I {verb} at {speed['n']} {_SPEEDS[speed['unit'].upper()]}" if verb else None
    measure = _measure(text)
    if measure is not None:
        return measure
    against = _against(text)
    if against is not None:
        return against
    amount = _amount(text)
    if amount is not None:
        return amount
    target = _TARGET.match(text)
    if target:
        year = target["year"]
        when = f" in {year}" if year else ""
        sentence = f"I reached {target['share']} of {target['target'].lower()}{when}"
        if target["rank"]:
            sentence += f", {ORDINAL_NUMBERS[int(target['rank']) - 1]} {target['among']}"
        return sentence
    return None


# A sum brought in, typed with no verb: "$1.2M in grants over four years, about 70% success
# rate"; the verb is the one its kind of money takes.
_AMOUNT = re.compile(
    r"^(?P<sum>(?:about |~|over |nearly )?[£$€]\d[\d.,]*(?:k|m|M|bn| million| billion)?) in "
    r"(?P<what>grants|grant funding|funding|donations|sponsorship|sales|revenue|savings|fees)"
    r"(?P<when>(?: (?:over|across|since|in|during) [\w -]+?)?)(?: (?P<year>(?:19|20)\d\d))?"
    r"(?:,? (?P<n>(?:about |around |over |nearly )?\d[\d.]*%) (?P<rate>[a-z]+(?: [a-z]+)? rate))?$"
)
_MONEY_VERBS = {"donations": "raised", "sponsorship": "raised", "sales": "brought in",
                "revenue": "brought in", "fees": "brought in", "savings": "delivered"}  # fmt: skip


def _amount(text: str) -> str | None:
    """ "I have secured $1.2M in grants over four years, with a success rate of about 70%";
    a sum in one year was won then: "I secured £80k in grants in 2024"."""
    found = _AMOUNT.match(text)
    if found is None:
        return None
    verb = _MONEY_VERBS.get(found["what"], "secured")
    span = re.match(r" (?:over|across|since) ", found["when"])
    when = found["when"] + (f" in {found['year']}" if found["year"] else "")
    money = found["sum"].replace("~", "about ")
    said = f"I {'have ' if span else ''}{verb} {money} in {found['what']}{when}"
    return said + (f", with a {found['rate']} of {found['n']}" if found["rate"] else "")


# A result and the target it was set against: "raised £42,000 vs £30,000 target for the towpath",
# "sold 900 jars vs 600 target" (the verb a past one, the result a figure and at most one noun;
# an article `cvarticles` put before the figure, "raised a £8,000 vs ...", is no part of it).
_AGAINST = re.compile(
    r"^(?P<verb>[a-z]+) (?:an? )?(?P<got>[£$€]?\d[\d,.]*(?: [a-z]+)?) (?:vs\.?|versus|against) "
    r"(?:a |the )?(?P<target>[£$€]?\d[\d,.]*) (?:target|goal)(?P<tail>(?: (?:for|in|on|at) "
    r"[\w' -]+)?)$"
)


def _against(text: str) -> str | None:
    """ "raised £42,000 vs £30,000 target" -> "I raised £42,000 against a £30,000 target"; a
    target that is a bare count is said after its noun: "against a target of 600"."""
    found = _AGAINST.match(text)
    if found is None or not lexicon.is_past(found["verb"]):
        return None
    target = found["target"]
    aim = f"a {target} target" if target[0] in "£$€" else f"a target of {target}"
    return f"I {found['verb']} {found['got']} against {aim}{found['tail']}"


# A change typed with an arrow between two figures: "kiln fails 14 -> 3 a month".
_ARROW = re.compile(r"\d\S* ?(?:->|=>|→) ?~?[£$€]?\d")


def unsure_move(item: str, verb: str, whole: str | None) -> str:
    """Why a change typed with an arrow cannot be said as read, or "": a move is said by a
    past verb of the candidate's ("I grew ...", "I helped raise ...") or a sentence of its own
    that says which way the figure went ("... rose from 54% to 88%"); a noun held ("I have
    5-star reviews from 4.1 to 4.8") or the note with a capital ("Kiln fails from 14 to 3")
    is not one."""
    if not _ARROW.search(item):
        return ""
    if whole is not None:
        moved = re.search(r"\b(?:rose|fell|went|grew|dropped|climbed)\b", whole)
        return "" if moved else "a change typed with an arrow, with no verb to say it"
    if verb and lexicon.is_past(verb.split()[0]):
        return ""
    return "a change typed with an arrow, said as a thing held"


# A measure of the candidate's work with its figure, and the group's average it beat: "offer
# accept rate 91%", "TP capture rate approx 41% vs team avg 28%" (shorthand spelled out first).
_MEASURE = re.compile(
    r"^(?:my )?(?P<what>[\w&-]+(?: [\w&-]+){0,3}?) (?P<about>(?:about|around|nearly|over) )?"
    r"(?P<n>\d[\d.,]*(?:%|/\d+))"
    r"(?: (?:vs\.?|versus|against|compared (?:to|with)) (?:the |a )?(?P<group>[a-z]+(?: [a-z]+)?)"
    r" average (?:of )?(?P<average>\d[\d.,]*%?))?$"
)
# The heads of a measure one holds (a closed class): "capture rate", "file accuracy", "NPS".
_MEASURES = frozenset(
    ["rate", "score", "accuracy", "satisfaction", "ratio", "retention", "conversion", "yield",
     "uptime", "utilisation", "utilization", "margin", "occupancy", "NPS", "CSAT", "rating"]
)  # fmt: skip


def _measure(text: str) -> str | None:
    """ "TP capture rate about 41% vs team average 28%" -> "My TP capture rate is about 41%,
    against a team average of 28%"; "customer satisfaction 4.8/5" -> "... is 4.8 out of 5"."""
    found = _MEASURE.match(text)
    if found is None:
        return None
    words = found["what"].split()
    if words[-1] not in _MEASURES or lexicon.is_past(words[0].lower()):
        return None  # "cut waste 12%": an action; "budget 4/5": no measure named
    if any(w.lower() in ("the", "a", "an", "of", "in", "at", "on", "for") for w in words):
        return None
    figure = re.sub(r"/(\d+)$", r" out of \1", found["n"])
    said = f"My {found['what']} is {found['about'] or ''}{figure}"
    if found["group"]:
        said += f", against {lexicon.article(found['group'])} {found['group']} average of "
        said += found["average"]
    return said


# After a result's dash, what came of it typed loosely: "complaints down a lot".
_WENT = re.compile(
    r"^(?P<what>[a-z][\w-]*(?: [a-z][\w-]*)?) (?P<way>down|up) "
    r"(?P<much>a lot|loads|massively|a fair bit|noticeably)$"
    r"|^(?P<what2>[a-z][\w-]*(?: [a-z][\w-]*)?) (?:way|well) (?P<way2>down|up)$"
)
# A measure typed with how much it moved in words, no verb: "sick days on my team way down
# after i changed the rosters", "complaints down a lot since the new rota".
_MUCH = re.compile(
    r"^(?P<what>[a-z][\w' -]+?) (?:(?:way|well|right) (?P<way>down|up)|(?P<way2>down|up) a lot)"
    r"(?= (?:after|when|once|because)\b|$)"
)


def went_much(text: str) -> str:
    """ "sick days way down after i changed the rosters" -> "sick days went down considerably
    after ..."; a clause of its own ("i kept costs way down") as typed."""
    return _MUCH.sub(_went_much, text)


def _went_much(found: re.Match[str]) -> str:
    words = found["what"].split()
    if words[0] in ("i", "we", "he", "she", "they", "it") or any(
        lexicon.is_past(w) or w in ("is", "are", "was", "were") for w in words
    ):
        return found[0]  # "i kept costs way down": a clause of its own
    return f"{found['what']} went {found['way'] or found['way2']} considerably"


# ... or how it was done, in past-tense actions: "killed noisy alerts, moved to SLO alerts".
_ACTION = re.compile(r"^(?P<verb>[a-z]+) (?P<rest>[\w -]+)$")


# After a dash, a thing built or run grown from one figure to another: "about from 40 to 90
# covers/wk" (the arrow typed "~40 -> 90 covers/wk").
_GREW = re.compile(
    r"^(?P<about>about )?from (?P<about2>about )?(?P<a>\d[\d,]*) to (?P<b>\d[\d,]*) "
    r"(?P<what>[a-z]+s)(?: ?(?:/ ?|a |per )(?P<per>day|week|wk|month|year|night|shift))?$"
)


def _grew(after: str, done: str) -> str | None:
    """ ", taking it from about 40 to 90 covers a week" after "the afternoon tea at the
    Moreton": "it" is the one thing the action made, named with its article."""
    grew = _GREW.match(after)
    if grew is None or done.split(" ", 1)[0] not in ("the", "a", "an", "my"):
        return None
    if int(grew["b"].replace(",", "")) <= int(grew["a"].replace(",", "")):
        return None
    about = "about " if grew["about"] or grew["about2"] else ""
    per = {"wk": "week"}.get(grew["per"] or "", grew["per"] or "")
    often = f" a {per}" if per else ""
    return f", taking it from {about}{grew['a']} to {grew['b']} {grew['what']}{often}"


# "the crew through a medical divert": people led through an event, which itself is the result
_THROUGH = re.compile(r"^(?:the|my|a|an|\w+) [\w -]*?\bthrough (?:a|an|the|their|its|my) \w")


def brought_through(verb: str, done: str, after: str) -> bool:
    """ "led the crew through a medical divert": said on its own when what came of it after
    the dash cannot be read ("- pax ok"): the event got through is the result; never when
    what came of it may be bad news ("- not great", "- failed")."""
    if _BAD.search(after):
        return False
    return verb in ("led", "got", "took", "brought", "steered", "guided") and bool(
        _THROUGH.match(done)
    )


_BAD = re.compile(
    r"\b(?:not|no|never|nobody|none|failed|fail|lost|bad|badly|poor|worse|cancelled|n't)\b|n't\b",
    re.IGNORECASE,
)


def _through_tail(after: str, done: str) -> str | None:
    """ "pax ok, captain wrote a commendation" after "the crew through a medical divert": the
    last part, when it is someone's own past act, said after it ("..., and the captain wrote a
    commendation"); the parts before it are left aside."""
    if not _THROUGH.match(done):
        return None
    last = re.split(r",\s+", after)[-1]
    own = re.fullmatch(r"(?P<noun>[a-z]+) (?P<verb>[a-z]+) (?P<rest>[a-z][\w -]+)", last)
    if own is None or lexicon.is_plural_noun(own["noun"]) or not lexicon.is_noun(own["noun"]):
        return None
    return f", and the {last}" if lexicon.is_past(own["verb"]) else None


# A result that measures: a share, or a move "from 8 days to 5".
_MEASURED = re.compile(r"%|\bfrom \S+ (?:\w+ )?to \S+")
# "reconciled daily not monthly": one way of doing it instead of another
_RATHER = re.compile(r"\b(\w+ly) not (\w+ly)\b")


def after_dash(after: str, done: str) -> str | None:
    """What follows an achievement's dash said after it, or None: "complaints down a lot" ->
    ", and complaints went down considerably"; "killed noisy alerts, moved to SLO burn-rate
    alerts" -> " by killing noisy alerts and moving to SLO burn-rate alerts" (how it was done,
    only after a result with a share, `done`: "rewired a semi - passed first time" is no how)."""
    grew = _grew(after, done) or _through_tail(after, done) or arrowled.led_to(after, done)
    grew = grew or arrowled.done_to(after, done)
    if grew:
        return grew
    went = _WENT.match(after)
    if went:
        what, way = went["what"] or went["what2"], went["way"] or went["way2"]
        return f", and {what} went {way} considerably"  # "queries way down": by a lot
    if not _MEASURED.search(done):
        return None
    parts = re.split(r",\s+|\s+and\s+", _RATHER.sub(r"\1 rather than \2", after))
    doing = []
    for part in parts:
        action = _ACTION.match(part)
        base = lexicon.base_of(action["verb"]) if action else None
        if action is None or base is None or not lexicon.is_past(action["verb"]):
            return dashmeans.means_listed(after)  # "- text reminders + a waitlist": things
        doing.append(f"{lexicon.verb_forms(base)['VBG']} {action['rest']}")
    if not 1 <= len(doing) <= 3:
        return None
    listed = doing[0] if len(doing) == 1 else ", ".join(doing[:-1]) + " and " + doing[-1]
    return f" by {listed}"


def zero_said(text: str) -> str:
    """A figure typed as a note said as a letter says it: "with 0 clawbacks" -> "with no
    clawbacks", "a 400,000-doc production" -> "a 400,000-document production"."""
    text = re.sub(r"\bwith 0 (?=[a-z])", "with no ", text)
    # "with no complaint reach the client": its clause's verb said "reaching" where sure
    text = re.sub(
        r"\bwith (no [a-z].*)$", lambda m: f"with {nonedoing.none_doing(m[1]) or m[1]}", text
    )
    return re.sub(r"(?<=\d)-docs?\b", "-document", text)


# A thing and what was done to it, typed with no "was": "final account on £28m job agreed 3 wks
# early", "new rota signed off on time".
_DONE_TO = re.compile(
    r"^(?!(?:I|we)\b)(?:\S+ ){1,7}(?:agreed|delivered|signed off|signed|approved|submitted|settled"
    r"|handed over|completed|finished) (?:\d|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|early|late|on time|ahead|under|within|in full)"
)


def done_with_no_doer(text: str) -> bool:
    """ "final account on £28m school job agreed three weeks early": a result typed as a thing
    done to, with no "was" and no one who did it; no sentence says it as typed."""
    return _DONE_TO.match(text) is not None


# "grew SRC sign-ups 35% in two summers": a change by a share, typed without its "by".
_CHANGE_VERBS = frozenset(
    ["grew", "cut", "raised", "increased", "reduced", "lifted", "boosted", "improved", "lowered"]
)
_CHANGED_BY = re.compile(
    r"^(?P<what>(?:(?!\b(?:by|to|from|of|than)\b)[^,;])+?) "
    r"(?P<n>(?:about |around |nearly |almost )?(?:\d[\d.,]*%|(?P<sum>[$£€]\d[\d.,]*(?:k|m|bn)?)))"
    r"(?P<tail>(?! to\b)(?: .*)?)$"
)
# A sum cut or grown is changed "by" it ("cut write-offs by about $410,000 a year"); a sum raised
# or improved may be what was raised ("raised donations $40k"): no "by" is added to it.
_SUM_VERBS = frozenset(["grew", "cut", "increased", "reduced", "lowered"])
_CHANGED_THAT = re.compile(r"\b(?:that|which) (?P<verb>{}) ".format("|".join(_CHANGE_VERBS)))


def changed_by(verb: str, rest: str) -> str | None:
    """An action's words after its verb with the "by" a change by a share needs: "cut" with
    "turnover 20%" -> "turnover by 20%"; "wrote" with "an SOP that cut rejected samples about
    30%" -> "an SOP that cut rejected samples by about 30%"; None when there is none to add."""
    start = 0
    if verb not in _CHANGE_VERBS:
        that = _CHANGED_THAT.search(rest)
        if that is None:
            return None
        start = that.end()
    by = _CHANGED_BY.match(rest[start:])
    if by is None or (by["sum"] and (verb if not start else "") not in _SUM_VERBS):
        return None
    return f"{rest[:start]}{by['what']} by {by['n']}{by['tail']}"
