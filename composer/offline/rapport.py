"""Personal notes by kind: a note about the interviewer becomes one fitting line to them.

Said to them ("she is flying to Lisbon": "you are ..."), then used by kind: an event a wish, a
recommendation thanks and what the candidate will do with it, a shared background "we both", an
interest a warm line; a private or sad note, or one not turned round safely, is left out."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import partial
from typing import Any

from composer import regexes as re
from composer.english import spell_out_dates
from composer.offline import lexicon, rapportframe, selfnotes
from composer.offline import rapportacts as acts
from composer.offline import rapportnotes as typed
from composer.offline import rapportpatterns as pat
from composer.offline import rapporttails as tails
from composer.offline import rapportwords as words
from composer.offline import recommended as rec
from composer.offline.careful import as_ours, or_fact
from composer.offline.cleaning import mid_sentence
from composer.offline.heard import NOTE_ON_DAY, NOTE_SOON, as_of_sending, months_spelled, new_year
from composer.offline.kinds import TRAVEL, litter, rapport_kind, tidy
from composer.offline.phrasebook import Variation, fitting
from composer.offline.pronouns import second_person
from composer.offline.rapportacts import agreed, both_are, event_words, offered, shown, wordings
from composer.offline.rapportahead import ahead_in, born, care_line, doing_ahead, time_unbracketed
from composer.offline.rapportalso import (
    WHERE_I,
    also_mine,
    same_as_mine,
    same_one,
    shared_part,
)
from composer.offline.rapportboth import ours, shared_parts
from composer.offline.rapportcoming import coming, results_awaited
from composer.offline.rapportgate import gated, ours_only, without_company
from composer.offline.rapporthabits import habit
from composer.offline.rapporthopes import hoped, or_last_hope
from composer.offline.rapportkin import kin_event, kin_same_school, kin_start
from composer.offline.rapportnames import names_capitalised, unsure
from composer.offline.rapportnews import their_news
from composer.offline.rapportparts import first_part, thanks_part, without_count
from composer.offline.rapportpets import pet_line
from composer.offline.rapportplaces import placed
from composer.offline.rapportplain import kind_line, purposed, run_on
from composer.offline.rapportprojects import project
from composer.offline.rapportsame import finished, reread, talk_after
from composer.offline.rapportshapes import (
    GERUNDS,
    TEAM_EVENT,
    THEIR_WORK,
    event_name,
    fan_game,
    fellow_fan,
    new_baby,
    relative_event,
    relative_news,
    said_to_me,
    shared_workplace,
    worked_where_i,
)
from composer.offline.rapportshort import name_runs, race_distances, short_read
from composer.offline.rapportterse import terse_line, trip_wish
from composer.offline.rapporttours import team_game, toured
from composer.offline.rapportyou import said_to_them
from composer.offline.recommended import (
    ABBREVIATED,
    ALREADY,
    READING_IT,
    RECOMMENDED_TO_ME,
    TOLD_TO,
    action,
    by_author,
    chapter,
    recommended,
)
from composer.offline.shorthand import expand
from composer.offline.tone import in_full
from composer.offline.wishes import back_from, move_where, news_of, their_event, their_own, wish

# When a recommendation is for, if the job is given: "read X before starting" ("Thank you for
# recommending X", never "X before starting": the candidate has no start yet).
_BEFORE_STARTING = re.compile(
    r"(?i)\s+before\s+(?:starting|I\s+start|I\s+begin|beginning|my\s+first\s+day|joining"
    r"|I\s+join)$"
)


@dataclass(frozen=True)
class RapportLine:
    """One line to the interviewer from a personal note, or why the note was left out."""

    text: str | None
    skipped: str | None = None  # why the note is not used, for the report


# A second clause about them: "... and she is doing the flowers", "and is looking forward to".
_THEY = r"(?:,?\s+(?:and|but|so)|,)\s+(?=(?:she|he|they)(?:\s|['’]))"
_SAME = (
    r"\s+and\s+(?=(?:is|was|has|will\s+be)\s+\w+ing\b|(?:supervised|taught|coached)\s"
    r"|(?:said|mentioned|joked|told\s+me|invited\s+me|asked\s+me)\s)"
)
_SECOND_CLAUSE = re.compile(f"(?i){_THEY}|{_SAME}")
_ABOUT_THEM = "it speaks of them in the third person; say it to them in your own words"


# "She is judging the Fashions on the Field millinery award at Flemington this November"
_JUDGING = re.compile(
    r"(?i)^(?:she|he|they)(?:'s|'re|\s+is|\s+are)\s+(?:also\s+)?judging\s+"
    r"(?P<what>(?:the|a|an)\s+[^,;()]{3,90})$"
)


# An occasion typed with no article: "has wedding in June".
_OCCASION_BARE = re.compile(
    r"\b(?P<has>has|have|had) (?=(?:wedding|graduation|christening|recital|concert|marathon"
    r"|race|tournament|competition|exam|operation|exhibition)\b)"
)


@said_to_them  # "...; he was in Unity Hall": "you were" (`rapportyou`)
@selfnotes.doubted(lambda note, why: RapportLine(None, why))  # "(check exact name)"
@rapportframe.reframed  # "He mentioned that his daughter ...": read again without the report
def rapport_line(note: str, names: Sequence[str] = (), **options: Any) -> RapportLine:
    """The line for one personal note, by its kind; `text` None (with the reason) when unsafe.
    A trip's purpose the letter's last gate would stop is left out (`rapportgate.gated`)."""
    for name in sorted((n for n in names if n), key=len, reverse=True):
        # "Colm's from Ballina too!!": their name as the subject, read as "he is from ..."
        note = re.sub(rf"^{re.escape(name)}(?:'s|’s| is) (?=from\b|also\b)", "he is ", note)
    # "His daughter has wedding in June" (round 52, h1433): an occasion typed with no article
    note = _OCCASION_BARE.sub(r"\g<has> a ", note)
    # "..., state tournament next month i think" (round 52, h1439): the hedge on the day, off
    if re.search(
        r"(?i)\b(?:tournament|marathon|race|match|exam|wedding|conference|festival"
        r"|concert|recital|competition)\b",
        note,
    ):  # (a fact of theirs, unsure, stays)
        note = re.sub(r"(?i)(?<=\w)\s+I\s+think\s*[?.!]*\s*$", "", note)
    # "... field day in june (juletræsdyrkernes markdag?) not sure of the exact name" (round 54,
    # h1471): the candidate's doubt about its name, and the name guessed in brackets, off
    note = re.sub(
        r"(?i)(?:\s*\([^()]*\?\))?[\s,-]*\(?(?:not\s+sure|unsure)\s+(?:of|about)\s+the\s+(?:exact\s+)?"
        r"(?:name|title)\)?[.!?]*\s*$",
        "",
        note,
    )
    judging = _JUDGING.match(note.strip().rstrip("."))
    if judging:  # "She is judging the X award": the judging wished well, never the award
        return RapportLine(f"I hope the judging of {judging['what']} goes well.")
    if (school := kin_same_school(note)) is not None:  # "... - same uni as me": shared
        return RapportLine(school)
    # "We were both teachers first: she taught high school science ...": what is shared, and
    # never the account of them in the third person after it
    note = re.sub(
        r"(?i)^((?:we\s+(?:were\s+|are\s+)?)?both\b[^:;]{3,80}):\s*(?:she|he)\s.*$", r"\1", note
    )
    # "... this spring and has done the first three stages": what they have done so far is
    # theirs; the wish is for what is coming
    note = re.sub(
        r"\s+and\s+(?:has|have)\s+(?:already\s+)?(?:done|finished|completed)\b.*$", "", note
    )
    # "takes a pottery class on Thursday evenings and is trying to make ...": one thing to wish
    # well, never a second clause run on after the wish ("I hope you enjoy ... and is trying")
    note = re.sub(
        r"(?<=\w)\s+and\s+(?:is|are)\s+(?:now\s+|also\s+)?(?:trying|hoping|planning|aiming)\s+to\b.*$",
        "",
        note,
    )
    # "recommended the X tour for when I come down": the tour, its occasion unsaid
    note = re.sub(r"\s+for when (?:I|we)\b[^,.;]*", "", note)
    # "rec'd book: 'The Highland Bagpipe' by Cannon": what kind it is, a label before its title
    note = re.sub(
        r"(?i)\b(rec'?d|recommended|recommends|suggested)\s+(?:a\s+)?(?:book|film|movie|podcast"
        r"|album|show|series|documentary)\s*:\s*(?=['‘\"“A-Z])",
        r"\1 ",
        note,
    )
    own = tails.with_own(note, lambda head: rapport_line(head, names, **options))  # ", I ran it"
    if own is not None:
        return own
    come = acts.come_along(note)  # "..., said i should come watch": the event, then the thanks
    if come is not None and (event := rapport_line(come[0], names, **options)).text:
        return RapportLine(f"{event.text} {come[1]}")
    # "lol", "tip: X"; "She and I both": "we both"; a run-on cut ("we both row she is in")
    note = as_ours(reread(tails.cleaned(run_on(note))))
    note = same_as_mine(note)  # "..., same faculty as me": "she also studied at X"
    part, note = thanks_part(note), without_count(time_unbracketed(note))  # ", his 10th!"; "(sun)"
    note = part if part and _rapport_line(part, names, **options).text else note
    kind = purposed(note)  # "recommended the X in Y to try Z": thanks, and what I will do
    said = RapportLine(kind) if kind else _rapport_line(note, names, **options)
    note, said = tails.or_head(note, said, lambda head: _rapport_line(head, names, **options))
    said = or_last_hope(note, said, lambda hope: _rapport_line(hope, names, **options))
    said = or_fact(note, said, lambda fact: _rapport_line(fact, names, **options))  # careful
    read = partial(_rapport_line, names=names, **options)  # the careful reading, read again
    kind = None if said.text else kind_line(note, said.skipped, read)  # "hes doing ... in feb"
    said = RapportLine(kind) if kind else said
    said = ours_only(gated(note, said, lambda plain: _rapport_line(plain, names, **options)))
    if said.text and _cut_title(said.text):  # "the book 'Plants, People; I ...": cut at a comma
        return RapportLine(None, "it names a title with a comma that could not be said whole")
    if said.text and (cut := _SPAN_CUT.search(said.text)) is not None:
        # "...; you were there some years." (round 54, h1467: "... some years before me, and
        # ..." cut short): what both share, without the clause left hanging
        said = replace(said, text=said.text[: cut.start()] + ".")
    if said.text and _BOTH_MISAGREES.search(said.text):
        # "we both was a night nurse", "we both started as forklifts driver" (round 54, h1470)
        return RapportLine(None, "what you share could not be said as one thing of you both")
    if said.text:  # "we grew up in the same town: he also attended X": to them, "you"
        said = replace(said, text=_SHARED_THEN.sub(r"\g<lead>you", said.text))
    return said


def _one_of(what: str) -> bool:
    """Whether "a fellow {what}" names a kind of person: never an adjective alone ("a fellow
    military", "a fellow medical")."""
    last = what.split()[-1].lower() if what.split() else ""
    return bool(last) and last not in _NOT_PEOPLE and not lexicon.is_adjective_only(last)


_NOT_PEOPLE = frozenset(["military", "medical", "legal", "academic", "local", "native", "national"])


# What they share said in the third person after a colon: "...: he also attended X", "...: she
# finished geology in 2020".
_SHARED_THEN = re.compile(r"(?P<lead>\bwe\b[^:]{3,120}:\s+)(?:he|she)(?=(?:\s+also)?\s+[a-z]+ed\b)")


def _cut_title(text: str) -> bool:
    """Whether a title in quotes is left open in `text` (an odd number of quote marks)."""
    opened = re.findall(r"(?<=\s)['‘](?=\w)", text)  # a closing one may be a plural's ("twins'")
    closed = re.findall(r"(?<=\w)['’](?=[\s.,;:!?]|$)", text)
    doubles = re.findall(r"[\"“”]", text)
    return len(opened) > len(closed) or len(doubles) % 2 == 1


def _rapport_line(note: str, names: Sequence[str], **options: Any) -> RapportLine:
    """The line for one personal note (see `rapport_line`; options as for `_line`). A tail after
    a comma that adds an aside ("we both ..., diff years") is left out when the line would paste
    it; a note of two clauses whose whole cannot be said is said by its first."""
    shared = re.search(r"(?i)\b(?:we both|both of us|same as me)\b", note)  # a past of theirs too
    if pat.FAR_OFF.search(pat.SINCE.sub("", note)) and not shared:  # "retiring in 2 yrs": early
        return RapportLine(None, "its time is a year or more away: a wish now would come early")
    said = _read_whole(short_read(note, names), names, **options)  # "w family", "10K"
    first = _SECOND_CLAUSE.split(" ".join(note.split()), maxsplit=1)
    # "... and she is doing the flowers": the first clause, if the whole cannot be said or is "she"
    about_them = said.text is not None and _SECOND_CLAUSE.search(said.text) is not None
    if (said.text is None or about_them) and len(first) == 2:
        alone = _read_whole(short_read(first[0], names), names, **options)
        said = alone if alone.text else RapportLine(None, _ABOUT_THEM) if about_them else said
        note = first[0] if alone.text else note
    if said.text and unsure(note, said.text):  # "the hodinkee doc on ...", "rec'd the bear"
        return RapportLine(None, "it names something in lower case whose capitals are not sure")
    text = placed(note, said.text) if said.text else None  # "at mass general", "the camino"
    if said.text and text is None:
        return RapportLine(None, "it names something in lower case whose capitals are not sure")
    said = RapportLine(text, said.skipped) if text else said
    return RapportLine(finished(race_distances(note, said.text))) if said.text else said


# A clause after "we both ...;" cut short at a span with nothing to count from.
_SPAN_CUT = re.compile(r";[^;]*\b(?:some|a\s+few|many|several)\s+years\.$")
# "We both" with a verb for one, or one post made plural by its first word ("forklifts driver").
_BOTH_MISAGREES = re.compile(
    r"\bwe both (?:was|is|has|does)\b|\bwe both\b.*\bas (?!(?:well|much|long|far)\b)[a-z]+s "
    r"(?:driver|nurse|operator|worker|teacher|engineer|manager|officer|assistant|technician"
    r"|apprentice|trainee|volunteer|cook|chef|mechanic|porter|clerk)\b"
)


def _read_whole(note: str, names: Sequence[str], **options: Any) -> RapportLine:
    """The line for a note with its shorthand read (see `rapport_line`)."""
    read = words.typed(note, options.get("days"))  # "Recommended ...", "sat 5th", "called pip"
    if read is None:
        return RapportLine(None, "the weekday and the date it names do not agree")
    note = read
    first = typed.read_first(note, options.get("days"))  # "Good luck with ...": as typed
    if first is not None:  # (a name in lower case, capitals not sure): left out
        return RapportLine(*first)
    text = said_to_me(pat.RECD.sub("recommended", " ".join(note.split())))  # "rec'd", "mentioned"
    text = typed.both_from(text) or shared_parts(text) or same_one(text) or text  # "both from"
    text = shared_workplace(text) or text  # "both ex-Christie": "we both worked at Christie"
    fan = fellow_fan(text)
    if fan:  # "she's a huge Hollow Knight fan - so am I", "we're both Villa fans": a fellow fan
        return _line(f"a fellow {fan}", names, **options)
    said = _line(text, names, **options)
    subject = (typed.with_subject(text) or kin_event(text)) if said.text is None else None
    said = _line(subject, names, **options) if subject else said  # "son's gala sat": "her ..."
    head, comma, tail = tidy(text).rpartition(", ")
    if said.text is None and comma and pat.PLAN.match(tail):
        plan = _line(team_game(head, tail), names, **options)  # "fan, going to the bowl game"
        said = plan if plan.text else said
    # ", my alma mater": the candidate's aside; never ", my gran's from there too" (hers)
    mine = re.match(r"(?i)(?:my|our)\s(?![\w-]+(?:'s|’s)\s)", tail)
    if (
        said.text is None
        and comma
        and (pat.SHARED_ANYWHERE.search(head) or pat.TOO.search(head) or mine)
    ):
        # "she used to work at Sky like me, diff site (Leeds)": shared, without the aside
        shared = _line(head, names, **options)
        return shared if shared.text else said
    tail = expand(tail).strip(" .!")
    aside = not ALREADY.search(f", {tail}")  # ", already reading it" is what the line says
    aside = aside and not (new_baby(text) or relative_event(text))  # ", baby girl": the news
    aside = aside and not (words.where_i(text) or pat.MONTH_ASIDE.search(f", {tail}"))  # ", feb"
    aside = aside and not re.fullmatch(r"[A-Z][a-z'-]+", tail)  # "the College of ..., Pune"
    aside = aside and not ahead_in(tail)  # ", tournament in Regina this weekend": the event
    if said.text and comma and head and tail and aside and tail.lower() in said.text.lower():
        said = _line(head, names, **options)
        said = said if said.text else RapportLine(None, "its aside could not be left out")
    both = None if said.text else also_mine(note)  # "into fly fishing as well": "we both ..."
    said = _line(both, names, **options) if both else said
    part = None if said.text else first_part(note)  # "loves wild swimming, does the lake ..."
    said = _read_whole(part, names, **options) if part else said
    return said if said.text else RapportLine(typed.own_sentence(note), said.skipped)


def _line(
    note: str,
    names: Sequence[str] = (),
    *,
    tone: str = "warm",
    channel: str = "email",
    variation: Variation | None = None,
    fits: Callable[[str], bool] = lambda _: True,
    late: bool = False,
    days: tuple[dt.date, dt.date] | None = None,
    repeats: Callable[[str], bool] = lambda _: False,
) -> RapportLine:
    """The line for one personal note read whole (see `rapport_line`): used, never read back (a
    wish, thanks, a congratulation, what both share), or left out.
    `fits` turns down a wording the letter would rather not use (one that repeats its words);
    `late`: the letter goes out after the day after, so "this weekend" may be over; `days`: the
    interview day and the day it goes out; `repeats` turns down a line the panel has said.
    """
    variation = variation or Variation("")
    if days is not None:  # "next thurs", typed on the interview day, said from the send day
        found = as_of_sending(note, *days)
        if found is None:
            return RapportLine(None, pat.PASSED)
        note, late = found, False

    def line(section: str, **values: str) -> RapportLine:
        values = {k: without_company(mid_sentence(v, note, frozenset())) for k, v in values.items()}
        if section == "shared":  # "we both did his planning degree at UOW": ours, both
            values["clause"] = ours(values["clause"])
        options = fitting(wordings(section, tone, channel), fits)
        said = [agreed(_closed(o.format(**values))) for o in variation.order("rapport", options)]
        return RapportLine(next((s for s in said if not repeats(s)), said[0]))

    offer = offered(note)  # "said she'd send me the ISFM checklist": thanks for the offer
    if offer:
        return line("offer_thanks", **offer)
    showing = shown(note)  # "showed me the block of mandarins his father planted": thanks
    if showing:
        return line("shown_thanks", **showing)
    pet = pet_line(note) or fan_game(note) or terse_line(note) or kin_start(note) or project(note)
    pet = pet or toured(note) or tails.talked_about(note) or talk_after(note)  # "talked about"
    pet = pet or rec.told_tip(note) or acts.invited(note) or acts.kin_served(note)  # "told me to"
    if pet:
        return line(pet[0], **pet[1]) if pet[1] else RapportLine(None, pet[0])
    worked = worked_where_i(expand(note))
    if worked:  # "used to work at the practice i trained at in harrogate": shared, never sad
        return line("shared_past", place=worked[0], verb=worked[1])
    baby = new_baby(note) or relative_news(note)
    if baby:  # "back from paternity leave, baby girl", "his son just passed ...": happy news
        return line("celebration", news=baby)
    if pat.SAD.search(note):  # "lost his dad last month": said with care, or left out
        care = care_line(note)
        return line(care[0], **care[1]) if care else RapportLine(None, pat.SAD_REASON)
    season = words.relative_season(note)  # "her son plays soccer at UNC - i played club ..."
    if season:
        return line("wish_season", **season)
    where_i = words.where_i(note)  # "grew up in Kalgoorlie, where I did my first field season"
    if where_i:
        return line("where_i", **where_i)
    results = results_awaited(months_spelled(expand(note)))
    if results:  # "daughter's matric results out in jan": good news wished, nothing read back
        return line("wish_results", **results)
    theirs = relative_event(note)
    if theirs:  # "her son plays travel soccer, tournament in Bend this wknd"
        return line("wish_luck", event=expand(months_spelled(theirs)))
    team = TEAM_EVENT.match(" ".join(note.split()))
    if team:  # "coaches her daughter's robotics team - regionals in Feb"
        whose = re.sub(r"^(?:her|his|their)\b", "your", team["team"])
        whose = whose if whose.startswith(("your ", "the ")) else f"the {whose}"
        when = spell_out_dates(team["when"])
        return line("wish_team", team=whose, event=team["event"], when=when)
    work = THEIR_WORK.match(months_spelled(" ".join(note.split())))
    if work:  # "his new book on Scottish tapestry out in feb - said I'd read it"
        said = " ".join(work["verb"].lower().split())  # "read", "listen to"
        what, when = work["what"], work["when"]
        return line("their_work", gerund=GERUNDS[said], base=said, what=what, when=when)
    doing = ALREADY.search(note)  # "recommended the SRE workbook ch on alerting - re-reading it"
    note = note[: doing.start()] if doing else note
    hint = " ".join(re.findall(r"\(([^)]*)\)", note))  # "(the book)": what was recommended
    hint_all = note
    note = in_full(tidy(pat.MONTH_ASIDE.sub(r" in \g<month>", note)))  # "fellow Purdue grad"
    note = new_year(months_spelled(note))  # "in jan"
    spelled = new_year(expand(note))  # "for 3 wks" -> "for three weeks"; "in the new yr"
    note = note[:1] + spelled[1:] if spelled[:1].lower() == note[:1].lower() else spelled
    note = event_name(name_runs(names_capitalised(note)))  # "at bradford", "Yorkshire Three Peaks"
    note = re.sub(r"\b([A-Z][\w'-]+) university\b", r"\1 University", note)  # "Exeter uni"
    note = NOTE_ON_DAY.sub(" on ", event_words(note))  # "the ICE awards thurs": "on Thursday"
    if late and NOTE_SOON.search(note):
        return RapportLine(None, pat.PASSED)
    young = litter(note)
    if young:  # "her collie just had a litter of 6": the puppies, never the count
        return line("litter", young=young)
    shared = typed.shared(note)
    if shared is not None:  # "we both Navy vets": both *are*; "we both at RVC": no sure tense
        shared = both_are(shared)
        both_said = line("shared", clause=typed.year_in(shared)) if shared else None
        return both_said or RapportLine(None, pat.NO_TENSE)
    text = " ".join(note.strip().rstrip(".!;").split())
    fellow = pat.FELLOW.match(text)
    if fellow and not re.search(r"[\"“”?!()\[\]{}<>]", text) and _one_of(fellow["what"]):
        return line("fellow", what=fellow.group("what"))
    to_me = RECOMMENDED_TO_ME.match(text)
    if to_me:
        what = (to_me.group("what") or to_me.group("what2")).strip()
        what = _BEFORE_STARTING.sub("", what)  # "... before starting": the job is not theirs yet
        if (to_me.group("verb") or "").lower() in ("visit", "try", "attend", "join"):
            what = what.split(", ", 1)[0]  # "visit X, many old saunas there": the place
        if re.match(r"(?i)(?:if|when|once|after|before|because|while|so|whatever)\b", what):
            return RapportLine(None, rapportframe.UNADDRESSED)  # "suggested I attend if I join"
        if to_me.group("do"):
            do = rec.aimed(to_me.group("do").strip())  # "get from library": "get it from"
            for pattern, full in ABBREVIATED:
                do = pattern.sub(full, do)
            return line("recommendation_do", what=what, do=do)
        verb = " ".join(to_me.group("verb").split())  # "attend", "apply for"
        head, _, particle = verb.partition(" ")
        ing = " ".join([lexicon.verb_forms(head).get("VBG", f"{head}ing"), particle]).strip()
        return recommended(line, chapter(what), ing, verb, doing)
    used_to = pat.USED_TO_LIKE_ME.match(text)
    verb = used_to["verb"].lower() if used_to else ""  # "used to be a nurse": not "we both was"
    past = lexicon.verb_forms(verb).get("VBD") if verb not in ("", "be") else None
    if used_to and past:  # "she used to work at Sky like me": something both did
        return line("shared", clause=f"we both {past} {used_to['rest']}")
    like_me = pat.LIKE_ME.match(text)
    verb = like_me["verb"].lower() if like_me else ""
    if like_me and verb not in ("is", "was", "does") and lexicon.is_third_person(verb):  # both do
        base = lexicon.base_of(verb)
        return line("shared", clause=f"we both {base} {like_me['rest']}")
    if pat.SHARED_ANYWHERE.search(note):
        return RapportLine(None, "it is about you as well; say it in your own words")
    first = text.split(" ", 1)[0].lower()
    if first.endswith("ing") and lexicon.is_gerund(first) and " " in text:
        text = f"she is {text}"  # "giving the keynote at ...": a note about them, no subject
    taking = pat.TAKING_KIN.match(text)  # "taking her niece to The Lion King": enjoy it
    if taking:
        return line("wish_leisure", activity=f"taking your {taking['kin']} to {taking['what']}")
    activity = words.pastime(text)  # "going ice fishing at ... this weekend": a pastime
    if activity:
        return line("wish_leisure", activity=activity)
    clause = second_person(text, names)
    if clause is None:
        return RapportLine(None, rapportframe.UNADDRESSED)
    also = re.match(r"^you (?:also|too) (?P<rest>(?!are\b|were\b)(?P<verb>\w+)\b.*)$", clause)
    if also and not (also["verb"].endswith("ed") or lexicon.is_past(also["verb"])):
        also = None
    if also:  # "he also started out in youth work": something the candidate did too
        if WHERE_I.search(also["rest"]):  # "began his career at X, where I did my diploma"
            return RapportLine(None, "what you share with them is not the same; say it yourself")
        rest = shared_part(also["rest"])  # "... in the 1990s before moving into ...": his
        return line("shared", clause=f"we both {rest}")
    too = re.match(r"^you are (?:also )?an? (?P<what>[\w' -]+?)(?: too| as well)$", clause)
    too = too or re.match(r"^you are also an? (?P<what>[\w' -]+?)$", clause)
    if too and _one_of(too["what"]):  # "he's a Brewers season ticket holder too"
        return line("fellow", what=too.group("what"))
    luck = words.relative_luck(clause)  # "her son is sailing in the Round Ireland race ..."
    if luck:
        return line("wish_relative", **luck)
    family = pat.FAMILY.match(clause)
    if family:
        rel, news, rest = family["rel"], family["news"], (family["rest"] or "").strip()
        if news == "applying" and rest:  # "her daughter is applying to UT Austin"
            return line("wish_luck", event=f"your {rel}'s application {rest}")
        if news == "graduating" and rest:  # "her daughter graduating from WOSTEP in june"
            return line("family_graduating", rel=rel, rest=rest)
        if news.startswith("getting married"):
            return line("family_wedding", rel=rel, when=f" {rest}" if rest else "")
        if rest:
            enjoys = "enjoy" if rel in ("children", "kids", "twins") else "enjoys"
            return line("family_start", rel=rel, enjoys=enjoys, rest=their_own(rel, rest))
    told = TOLD_TO.search(hint_all)
    reading = READING_IT.match(clause)
    kind, detail = ("recommendation", reading.group("what")) if reading else rapport_kind(clause)
    if kind == "recommendation":
        detail = by_author(detail)
        gerund, base = action(f"{detail} {hint}".strip())
        if told and (gerund, base) == ("looking into", "look into"):  # "should read it"
            base = " ".join(told["verb"].lower().split())
            gerund = {"read": "reading", "watch": "watching", "listen to": "listening to"}[base]
        return recommended(line, chapter(detail), gerund, base, doing)
    if kind == "at_event":  # an evening of theirs ahead: "the RICS awards dinner on Thursday"
        return line("wish_time", event=their_event(detail))
    if kind == "move":
        where = move_where(clause)
        return line("wish_move", where=f" {where}" if where else "")
    if kind == "settling":
        moved = re.search(
            r"\b(?:moved|relocated) to (?P<where>[A-Z][\w' -]*?)(?: recently)?$", clause
        )
        # "to Bergen last month", "to Leeds from York": the place, without when or whence
        where = re.split(r"\s+(?:from|last|this|recently|ago)\b|\s+\w+\s+(?:weeks?|months?)\b",
                         moved.group("where"))[0] if moved else ""  # fmt: skip
        return line("settling", place=f" in {where}" if where else "")
    if kind == "celebration":
        return line("celebration", news=news_of(clause))
    if kind == "finished":  # "ran the Chicago marathon in Oct, 3:41"
        return line("celebration", news=detail)
    if kind == "back":  # "the Kennedy Center Honors" is theirs; "Japan" was a trip
        first = detail.split(" ", 1)[0].lower()
        if first.endswith("ing") and lexicon.is_gerund(first):  # "walking the Camino"
            return line("enjoyed_doing", what=detail)
        section, values = back_from(detail)  # "your two weeks in Sicily"
        return line(section, **values)
    if kind == "retirement":
        return line("retirement", when=detail)
    if kind == "baby":
        return line("celebration", news="the new baby")
    if kind == "named_pet":
        return line("named_pet", name=detail)
    if kind in ("trip", "pet"):  # "with their family", "over Christmas", "for a residency"
        section, values = trip_wish(kind, detail)
        return line(section, **values)
    if kind == "occasion":
        travel = TRAVEL.match(clause)
        if travel:
            place, when = travel.group("place"), travel.group("when") or ""
            if " for " in place:  # "heading to Lisbon for Web Summit": a trip
                return line("wish_trip", detail=f"trip to {place}{when}")
            return line("wish_time", event=their_event(f"{place}{when}"))
        kind = "leisure"
    wished = their_news(clause) or coming(clause, kind) or wish(clause, kind)  # "promoted to"
    wished = doing_ahead(clause, kind, wished) or wished or born(note)  # "(sun)", "twins born"
    wished = wished or habit(clause, kind) or hoped(clause)  # "sings in a choir"; "wants to"
    if wished is not None:
        section, values = wished
        return line(section, **values)
    return RapportLine(None, pat.KIND_REASON.get(kind, pat.KIND_REASON["neutral"]))


def _closed(line: str) -> str:
    """ "I hope the Manitoba Marathon in June, your first full marathon goes well." -> "...,
    your first full marathon, goes well.": an aside inside a sentence closes with a comma. A
    wish ends before how they feel about it ("Good luck with the cycle in July for the first
    time and is slightly nervous about the hills.": "... in July."), and before a second deed
    with its own verb ("walking the Path and does the Llŷn stretch": "walking the Path")."""
    line = re.sub(r"(, (?:your|his|her|their) [^,.;]+?) (?=goes (?:very )?well\b)", r"\1, ", line)
    if re.match(r"(?:Good luck|Best of luck|All the best|I hope|My best wishes)\b", line):
        line = re.sub(
            r"(?:\s+for the first time)?\s+and (?:is|was|are|seems|feels)\b"
            r"(?:(?!\s+goes (?:very )?well\b)[^.])*(?=(?:\s+goes (?:very )?well)?\.$)",
            "",
            line,
        )
    if re.match(r"(?:Have a great time|Enjoy|Good luck with|I hope you enjoy) [a-z]+ing\b", line):
        # "Have a great time walking the Path in sections and does the Llŷn stretch next month":
        # a second deed, typed with its own verb, ends the wish
        line = re.sub(r"\s+and (?:does|is doing|will do|goes|has) [^.]*(?=\.$)", "", line)
    return line
