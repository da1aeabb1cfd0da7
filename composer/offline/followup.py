"""The follow-up, said by the candidate in one confident sentence (next steps: `nextsteps`).

A follow-up is often typed as a note to self ("I said I had never used Tableau; true, but I used
Power BI for three years", "mention that I can start in September"): only what the letter should
say is kept ("I used Power BI for three years", read by `followcore`) and put in a frame. A
promise to send something is kept as a promise kept ("As promised, I have attached my writing
sample").
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from composer import regexes as re
from composer.offline import (
    asidekinds,
    followclean,
    followlead,
    lexicon,
    phrasebook,
    selfnotes,
    verbatim,
)
from composer.offline.addedto import add_once, answer_and
from composer.offline.addition import as_addition
from composer.offline.agreeing import agreed
from composer.offline.answered import confirmed, owned
from composer.offline.answermarks import ALONE_NO, UNSAID_MARK
from composer.offline.asked import read_asked
from composer.offline.askedback import said_back
from composer.offline.besides import besides
from composer.offline.carefulasked import as_kept, loose_piece, recalled_detail, since_checked
from composer.offline.closers import aside_to_self
from composer.offline.confirmed import confirmation, narrowed, reason
from composer.offline.followcore import follow_up_core
from composer.offline.followfix import fixed_line, kept_unfixed
from composer.offline.followforgot import forgot_for_question, forgot_line, swap_line, thanks_line
from composer.offline.followheads import asked_after
from composer.offline.followmemo import self_noted
from composer.offline.followparts import by_parts
from composer.offline.followplain import plainer
from composer.offline.followtidy import (
    CORRECT_IT,
    START_SAID,
    VAGUE,
    and_when,
    as_typed,
    figure_fix_tidied,
    offered_again,
    offered_tail,
    on_or_in,
    one_also,
    put_right_tidied,
    slips_tidied,
    tidied,
    unfinished_dropped,
    you_asked,
)
from composer.offline.heard import hearing_from
from composer.offline.hedged import hedged_back
from composer.offline.nextsteps import lower_start, next_steps_line
from composer.offline.phrasebook import Variation, fitting
from composer.offline.phrases import Shape
from composer.offline.promise import beside_promise, promised
from composer.offline.realise import clause
from composer.offline.recalled import recalled
from composer.offline.replied import reply
from composer.offline.saidfirst import said_first
from composer.offline.saidmeant import meant_line
from composer.offline.screen import is_instruction
from composer.offline.selfnotes import without_doubted
from composer.offline.sendthing import enclosing, for_plural, send_line, sent_later
from composer.offline.shorthand import expand
from composer.offline.slips import corrected
from composer.offline.steppresumes import presumes
from composer.offline.twoanswers import answers
from composer.offline.wellformed import problem
from composer.offline.wished import WISH, as_asked, half_name, still_a_note, unasked, unsure_name

__all__ = [
    "follow_up_core",
    "follow_up_line",
    "hearing_from",
    "next_steps_line",
    "presumes",
    "promised",
]

# Done since the interview ("I have fixed it and ..."), or offered now ("I would be happy to send").
_SINCE = re.compile(r"^I have [\w-]+ it and\b")
_OFFERED = re.compile(r"\bI would be happy to send\b")


def _owned_up(options: tuple[str, ...]) -> tuple[str, ...]:
    """The wordings that do not say the candidate "should have" said it (all, if none)."""
    return tuple(o for o in options if "should have" not in o) or options


# done after the interview: "I have since booked the course", never what "should have" been said
_DONE_SINCE = re.compile(r"\bhave since\b|\bsince (?:then|we spoke|the interview)\b", re.I)
_SMALL = frozenset(["the", "and", "for", "with", "your", "our", "their", "any"])
# A fact that concedes a gap ("I am not a qualified embalmer", "I have not done nights"), and
# the "but" after it in the note, which the letter must never leave behind.
_CONCEDED = re.compile(r"^I(?: am not|'m not| have not|'ve not| haven't| do not| don't)\b")
# What the note says was forgotten in the room: "..., but forgot to say (that) X".
_FORGOT = re.compile(
    r"(?:^|,?\s+(?:but|and)\s+)(?:I\s+)?forgot\s+to\s+(?:say|mention|add)(?:\s+that)?\s+"
    r"(?P<add>\S.*)$"
)
# "after" ending a clause with nothing after it: "stayed with us after" -> "afterwards".
_SAID_AFTER = re.compile(r"\s+after$")
_BUT = re.compile(r",?\s+but\s+(?P<rest>[^,;.]+)", re.IGNORECASE)
# The "but" half as a clause: "I can train", "happy to train" -> "I am happy to train".
_WILLING = re.compile(r"^(?:happy|glad|keen|willing|eager|open|able|ready) to \w", re.IGNORECASE)


# "I said that I fitted eleven X; it was thirteen in total": what it was, the correction.
_PUT_RIGHT = re.compile(
    r"^(I (?:said|told \w+) (?:that )?[^;.]+); "
    r"(?=(?:(?:it|that) (?:was|is)|they were)\b(?!,)(?![^.]*\b(?:in fact|actually|really)\b))"
)
_UNDERTOOK = re.compile(
    r"\bI (also )?undertook to (?=(?:send|provide|share|forward) (?!the (?:panel|team|board)\b))"
)
# "I CAN start 30 Sept, not Oct like I said": the start date put right.
_START_FIXED = re.compile(
    r"(?i)^I (?:can|could) (?:actually )?start (?:on )?(?P<new>[^,;]+?),? not (?:in |on )?"
    r"(?P<old>[^,;]+?),? (?:like|as) I said[.!]*$"
)
_WHEN_COMMA = re.compile(
    r"^(When [^,.;]{3,120}?\basked\b[^,.;]{0,80}?) (?=I (?:said|told|answered)\b)"
)


def _kept_and_put_right(read: Callable[..., str | None]) -> Callable[..., str | None]:
    """`read`, with "I undertook to send" read as the promise it is, a line no reading says
    that puts a figure right after a semicolon ("I said X; it was Y") read again as a
    correction, and a promise reported in the line ("I promised to send to you photo of my
    tool.") said as kept (`carefulasked.as_kept` on each sentence)."""

    @functools.wraps(read)
    def reading(value: str | None, *args: Any, **kwargs: Any) -> str | None:
        # "I also undertook to send Dr. X a copy": a promise, read as one
        value = _UNDERTOOK.sub(r"I \1promised to ", value) if value else value
        line = read(value, *args, **kwargs)
        if line is None and value and (put := _PUT_RIGHT.sub(r"\1; in fact, ", value)) != value:
            line = read(put, *args, **kwargs)  # "I said X; it was Y": read again as put right
        # "one years on a hand loom, not two" (round 57, h1522): one of a count, singular
        line = (
            re.sub(r"(?<![\w-])(one) (year|month|week|day|hour|season)s\b", r"\1 \2", line)
            if line
            else line
        )
        if not line or "promised to send" not in line:
            return line
        return " ".join(as_kept(one) for one in re.split(r"(?<=[.!?])\s+(?=[A-Z])", line))

    return reading


def _but_clause(rest: str) -> str | None:
    """What the candidate offers after a gap, as a clause of theirs, or None when unsure."""
    rest = expand(rest.strip())
    if re.match(r"^(?:I|i)\b", rest):
        said = "I" + rest[1:]
    elif _WILLING.match(rest):
        said = f"I am {rest[0].lower()}{rest[1:]}"
    else:
        return None
    return None if problem(f"{said}.") else said


# "... 22%. thesis PDF – send": the thing to send typed first, its verb after a dash
_SEND_LAST = re.compile(r"(?P<stop>[.;]\s+)(?P<what>[^.;:–-]{3,60}?)\s+[-–]+\s*send\s*\.?$")


_LABEL_TO_YOU = re.compile(
    r"(?i)^(?:(?P<fix>correction|correct)|(?:a\s+)?better\s+answer)\s+(?:to|for)\s+"
    r"(?:you|him|her|them|(?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+)?)"
    r"\s*[:;,-]\s*(?=\S)"
)


def _label_read(found: re.Match[str]) -> str:
    return "correction: " if found["fix"] else "To add to my answer: "


@_kept_and_put_right  # "I promised to send to you photo of X": "As promised, I will send you"
@followlead.led  # "sludge was 45 m3 not 40": "One correction: ...", never "One thing I would add"
@followclean.room_first  # "I said X; in fact, Y. I also ...": the correction as typed first
@asidekinds.read_again  # "forgot to say X (starts Jan, tbc)": read without its bracket
@kept_unfixed  # "I said X, correct is Y" unread: left out, never said garbled
def follow_up_line(
    value: str | None,
    common: frozenset[str],
    tone: str,
    channel: str,
    variation: Variation,
    *,
    fits: Callable[[str], bool] = lambda _: True,
    by_reader: bool = True,
) -> str | None:
    """The follow-up in the candidate's voice (see `_said`), or None to leave it out, as when
    the sentence gate finds it still reads as a note. Two answers typed in one line are read
    one at a time (`twoanswers`). Without `by_reader` (the notes do not say the letter's
    reader asked), a question is recalled without saying who asked (`unclaimed`)."""
    if value and VAGUE.match(value.strip()):
        return None  # "correct the 25/50 µm thing": a note to self, nothing to say
    # "correction to Joost: X", "better answer for Amara: X" (the name said "you" by then):
    # the label, read as what it says (round 48, h1377)
    value = _LABEL_TO_YOU.sub(_label_read, value) if value else value
    value = forgot_for_question(value) if value else value  # "forgot to mention the X I ran"
    thanks = thanks_line(value) if value else None  # "must say thanks for the doubles"
    if thanks is not None:
        return next((line for line in thanks if fits(line)), None)
    sends = bool(value and _SENDS.search(value))  # a promise in the line as typed
    value = offered_tail(without_doubted(value)) if value else value  # "(check this)": unsaid
    value = plainer(value) if value else value  # "also i said", "I say X but is Y"
    # "said 500 ecmo runs, it's ~400 -> correct it": the order to self is no part of it
    value = CORRECT_IT.sub("", value) if value else value
    value = figure_fix_tidied(value) if value else value  # "but it's ~2 yrs (since mar 2029)"
    value = put_right_tidied(value) if value else value  # "I say X is 2026 but correct is 2027"
    value = unfinished_dropped(value) if value else value  # "X - promised!! + finish ... than"
    value = slips_tidied(value or "")  # "I gave X as 400", "in interview", "but correct number"
    # "covered the winters 2019 to 2024": the seasons of those years
    value = re.sub(r"\b(winters|summers|seasons) (?=(?:19|20)\d\d\b)", r"\1 of ", value or "")
    start = _START_FIXED.match((value or "").strip()) or START_SAID.match((value or "").strip())
    if start:  # "told Nadia I could start Mar 1 - actually ... means Mar 15"
        new, old = expand(start["new"]), expand(start["old"])
        clause = f"I said I could start {on_or_in(old)}, but I can in fact start {on_or_in(new)}"
        options = fitting(phrasebook.wordings("follow_up_corrected", tone, channel), fits)
        return variation.pick("follow_up", options).format(clause=clause)
    if value and (again := offered_again(value)) and fits(again):  # "said i'd do a trial day"
        return again
    # "When Gareth asked about X I said ...": the lead set off by its comma
    value = _WHEN_COMMA.sub(r"\1, ", value) if value else value
    # "... 22%. thesis PDF – send": the thing to send typed first, its verb after a dash
    value = _SEND_LAST.sub(r"\g<stop>send \g<what>", value) if value else value
    # "I checked my log tonight": the evening the notes were typed is gone when the letter goes
    value = since_checked(value) if value else value
    if not value:
        return None
    raw, value = value, aside_to_self(value) if value else value  # "X should mention": closers
    typed = value
    ask = _ASK.match(
        " ".join((value or "").split()).rstrip(".!; ")
    )  # "ask about the rota": `_said`
    if not ask and (q := asked_after(value)) is not None:  # "ask if they use X": asked, to them
        options = phrasebook.wordings("follow_up_question", tone, channel)
        return variation.pick("follow_up", fitting(options, fits)).format(q=q).replace("?.", "?")
    beside = beside_promise(value or "")
    if beside:  # "I forgot to send X. Correction: ...": a promise and what else was typed
        each = [
            follow_up_line(p, common, tone, channel, variation, fits=fits, by_reader=by_reader)
            or self_noted(p, tone, channel, variation, fits=fits, by_reader=by_reader)
            for p in beside
        ]
        return followlead.joined([one for one in each if one]) or None
    if fix := fixed_line(value, tone, channel, variation, fits):  # "said 3 yrs, actually 5"
        return unclaimed(fix, by_reader)
    # "salary - said X, meant Y. fix", "send elisa training cert": read with their orders
    if said := meant_line(raw, tone, channel, variation, fits) or send_line(
        raw, tone, channel, variation, fits
    ):
        return said
    if told := forgot_line(value, tone, channel, variation, fits) or swap_line(
        value, tone, channel, variation, fits
    ):  # "can start 5 Jan - forgot"; "said X was Gold -> it was Silver"
        return told
    if (clean := followclean.said(typed, tone, channel, variation)) is not None:
        return unclaimed(clean, by_reader)  # "I would like to add that I am fluent in Irish"
    value = as_asked(answer_and(tidied(value))) if value else value  # "q abt X -> said ..."
    parts = answers(value or "")
    if len(parts) > 1:
        lines = [follow_up_line(p, common, tone, channel, variation, fits=fits) for p in parts]
        return unclaimed(followlead.joined([line for line in lines if line]) or None, by_reader)
    if fixed := by_parts(value, tone, channel, variation, fits=fits, figures=True):
        return unclaimed(fixed, by_reader)  # "said 30 days - its one month": as corrected
    if said := said_first(typed, tone, channel, variation, fits=fits):
        return said  # "I said X; I would add that Y": said to them, not reported
    line = said_back(_line(value, common, tone, channel, variation, fits=fits), value)
    if line is None and (hedge := hedged_back(typed)):  # "asked if I'd done nights -> not yet"
        return hedge if by_reader else hedge.replace("When you asked", "When I was asked", 1)
    if unasked(value or ""):  # "shld have asked": a note to self
        return None
    if line and loose_piece(line):  # "I can fillet ..., did the Seafish certificate"
        return None
    if line and half_name(line):  # "at Sheffield hallam": a name not sure, so asked
        return None
    if line and value and WISH.search(value) and unsure_name(line, value):
        return None  # "wish i'd said i've read the lotcheck guidelines": a name unsure
    # "jan's rigging q - should have said i did ...": else read by its parts (`followparts`)
    by_part = unclaimed(by_parts(value, tone, channel, variation, fits=fits), by_reader)
    if line is None or still_a_note(line):  # "Wish I'd said"
        added = unclaimed(as_addition(as_typed(value), value), by_reader)
        if added and sends and not _SENDS.search(added):
            added = None  # "I forget to say X. Also I promise to send him Y": never X alone
        return by_part or added
    line = _event_named(add_once(line))  # "To add ...: I would add that": said once
    line = besides(as_addition(unclaimed(_place_named(line), by_reader), value), value)
    # "add" said once also after `as_addition` ("I should have said" -> "I would add that")
    said = corrected(add_once(line), value) or by_part  # "I mixed up the order": the correction
    if said and sends and not _SENDS.search(said):
        return by_part  # a promise in the line that this reading drops: read by its parts
    return said


# A promise to send something, in a follow-up or in what a letter says of it.
_SENDS = re.compile(r"(?i)\b(?:send|sent|attach(?:ed)?|enclos(?:e|ed)|promised?)\b")


# A place or body named by what it is "of" ("the port of felixstowe", "the university of
# leeds"): a word after it that no dictionary knows is the name, said with its capital.
_PLACE_OF = re.compile(
    r"\b(?:port|university|city|county|isle|borough|district|province|state|college|bay|gulf"
    r"|lake|mount|diocese) of (?P<name>[a-z][a-z'-]+)\b"
)


def _place_named(line: str | None) -> str | None:
    """ "the port of Felixstowe" for "the port of felixstowe"; a known word stays as it is."""

    def named(found: re.Match[str]) -> str:
        name = found["name"]
        if lexicon.known(name):
            return found[0]
        return found[0][: found.start("name") - found.start()] + name.capitalize()

    return _PLACE_OF.sub(named, line) if line else line


# A frame's topic that is one event of the candidate's ("a time I refused to sign a CRS"): it is
# "about the time I ...", never "on a time I ...".
_EVENT = re.compile(
    r"(?P<lead>\b(?:my answer|would add) on|^On|^Regarding) (?:a|an|the) (?P<what>time|occasion"
    r"|day|moment|situation|case|shift|night) (?=(?:when |where |that )?(?:I|we)\b)"
)


def _event_named(line: str | None) -> str | None:
    """ "One thing I would add about the time I refused to sign a CRS: ..." for "... on a time
    I refused ..." ("Regarding the time ..., I should have mentioned" at the start of a line);
    any other line as it is."""

    def about(found: re.Match[str]) -> str:
        lead = found["lead"].replace(" on", " about").replace("On", "Regarding")
        return f"{lead} the {found['what']} "

    return _EVENT.sub(about, line) if line else line


# "You asked how I ...: ...", "You asked whether I .... I said ...": the question and the rest
_YOU_ASKED = re.compile(
    r"^You asked (?:about )?(?P<q>.+?)(?::|(?<!\b[A-Z][a-z])\.) (?P<rest>\S.*)$"
)


def unclaimed(line: str | None, by_reader: bool) -> str | None:
    """The line as it stands when the letter's reader asked; else "You asked Q: A" said without
    claiming who asked: "To add to my answer on Q: A" (None, left out, when it cannot be)."""
    if line is None or by_reader or not re.search(r"\bYou asked\b", line):
        return you_asked(line) if by_reader else line  # "when she asked": "when you asked"
    found = _YOU_ASKED.match(line)
    if found is None or "You asked" in found["rest"]:
        return None
    question = re.sub(r"^if\b", "whether", found["q"])  # "on whether I can", never "on if"
    said = f"To add to my answer on {question}: {found['rest']}"
    return None if problem(found["rest"][:1].upper() + found["rest"][1:]) else said


_FROM_ROOM = re.compile(r"(?i)\basked\b")
# Verbs of a state the candidate is in ("have own van", "hold a C1"): no offer to "be glad to".
_STATES = frozenset(["have", "hold", "know", "speak", "own", "am", "be"])


def _line(
    value: str | None,
    common: frozenset[str],
    tone: str,
    channel: str,
    variation: Variation,
    *,
    fits: Callable[[str], bool] = lambda _: True,
) -> str | None:
    """The follow-up line as said to the one who asked (see `follow_up_line`)."""
    detail = recalled_detail(value)  # "I could not remember X; it was Y": the detail
    if detail is not None:
        return detail
    # a question from the room recalled to who asked, with the answer the note gives (one
    # about a subject only when the readings of `asked` cannot say it)
    asked_back = recalled(value, about=False)
    if asked_back is not None or (WISH.search(value or "") and _FROM_ROOM.search(value or "")):
        return asked_back  # a question and a wish: read only as one (`wished`), never in part
    # the reading by the line's own shape first; the question and its answer said back when
    # that reading leaves it out or its clause fails the sentence gate
    for line in (_said(value, common, tone, channel, variation, fits=fits), reply(value)):
        if line is None:
            continue
        # the clause after its frame: "To add to my answer on C#: I have ...", "..., I would
        # like to add that I ran ...": the frame is the phrasebook's, the clause is the note's
        said = re.split(r": |\b(?:add|mention|mentioned|say|note) that |, (?=(?:I|the|my)\b)", line)
        if not problem(said[-1][:1].upper() + said[-1][1:]):
            return line
    # the candidate's answer typed as a sentence of their own
    return recalled(value) or verbatim.answer_of(value)


def _said(
    value: str | None,
    common: frozenset[str],
    tone: str,
    channel: str,
    variation: Variation,
    *,
    fits: Callable[[str], bool] = lambda _: True,
) -> str | None:
    """The follow-up as one sentence in the candidate's voice, or None to leave it out.

    `fits` turns down a wording the letter would rather not use (one that repeats its words).
    """
    sent = promised(value)
    if sent is not None:
        what, link, unsent = sent
        later = sent_later(what)
        if later and not link and not unsent:  # "copies of my records (...) this week" (round
            options = phrasebook.wordings("follow_up_send_promised", tone, channel)  # 57, h1507):
            line = variation.pick("follow_up", options).format(what=later[0], when=later[1])
            return re.sub(r"\s+(?=[.,])", "", line)  # sent later, never enclosed
        section = "follow_up_link" if link else f"follow_up_enclose_{channel}"
        if section not in phrasebook.BOOK:
            section = "follow_up_link"
        section = section.replace("follow_up_", "follow_up_forgot_") if unsent else section
        options = fitting(phrasebook.wordings(section, tone, channel), fits)
        thing = re.sub(r"\s+(?:of|to|for|from|in|on)\s.*$", "", what).split()[-1].lower()
        pronoun = "them" if lexicon.is_plural_noun(thing) else "it"
        options = for_plural(options) if pronoun == "them" else enclosing(options, what)  # "photos"
        return variation.pick("follow_up", options).format(what=what, it=pronoun)
    own = owned(value)
    if own is not None and not is_instruction(value or ""):  # "said pace dipped - true, I'd"
        options = fitting(phrasebook.wordings("follow_up_owned", tone, channel), fits)
        point = own[0][0].upper() + own[0][1:]
        if problem(f"{point}."):
            return None
        return variation.pick("follow_up", options).format(clause=own[0], vp=own[1])
    # "asked if I'd used eMAR - yes, rolled out ...": the yes said back, never "should have said"
    yes = confirmation(value) or agreed(narrowed(value) or value) or confirmed(value)
    yes = yes or reason(value)  # "asked why I'd leave - real answer: ...": the answer, to them
    if yes is not None and not is_instruction(value or ""):  # "asked if I'd relocate - yes"
        options = fitting(phrasebook.wordings("follow_up_sentence", tone, channel), fits)
        return variation.pick("follow_up", options).format(sentence=yes)
    # "asked if I'd written a lift plan myself - not solo, but reviewed + signed approx 15": a
    # no to doing it alone, said back to the one who asked with what there was
    back = reply(value) if ALONE_NO.search(value or "") else None
    if back is not None and not is_instruction(value or ""):
        options = fitting(phrasebook.wordings("follow_up_sentence", tone, channel), fits)
        return variation.pick("follow_up", options).format(sentence=back)
    asked = read_asked(value)
    if asked is not None and asked.fact and (forgot := _FORGOT.search(asked.fact)):
        # "gave the audit example but forgot to say the client stayed": what was forgotten,
        # alone; never the note to self said as the answer
        added = _SAID_AFTER.sub(" afterwards", forgot["add"].rstrip(" ."))
        added = re.sub(r"(?<![\w'])i(?![\w-])", "I", added)
        if problem(added[:1].upper() + added[1:] + "."):
            return None
        asked = replace(asked, fact=added, granted=None)
    if asked is not None:  # "Ms A asked about PERM and I said ... actually did ...": the fact
        if asked.granted is None and asked.fact and _CONCEDED.match(asked.fact):
            # "true, I'm not a qualified embalmer, but happy to train": never the weakness alone
            after = (
                None
                if " but " in asked.fact
                else _BUT.search(value or "", max(0, (value or "").find(" - ")))
            )
            if after is not None:
                better = _but_clause(after["rest"])
                if better is None:
                    return None  # left out, with its notice, rather than half said
                better += and_when((value or "")[after.end() :])
                asked = replace(asked, granted=asked.fact, fact=better)
        if asked.fact is None or is_instruction(value or ""):
            return None
        if asked.granted:  # "said I hadn't done much PLC work - true but I ...": both halves
            options = fitting(phrasebook.wordings("follow_up_although", tone, channel), fits)
            line = variation.pick("follow_up", options)
            return line.format(granted=asked.granted, clause=asked.fact)
        # "On Playwright, ... I used Playwright ...": a fact that names its topic needs no lead-in
        said = asked.fact.lower()
        # every word of the topic: "feeding" alone does not name "tube feeding"
        words = [w for w in re.findall(r"[\w+#-]{3,}", asked.topic) if w.lower() not in _SMALL]
        named = bool(words) and all(w.lower()[:5] in said for w in words)  # "reporting"
        # "I have used it on two jobs": "it" is the topic, which the wording must name
        it = re.search(r"\bit\b", asked.fact)
        section = "follow_up_clause" if named and not it else "follow_up_answer"
        # not "I should have said": what was not used, done since, or offered now
        if not named and (asked.fact.startswith("I have not used") or _SINCE.search(asked.fact)):
            section = "follow_up_denied"
        options = fitting(phrasebook.wordings(section, tone, channel), fits)
        # an offer now, or the answer given in the room ("asked abt the fitness test - passed
        # it on the day", nothing marking it unsaid), is not what "should have" been said
        unsaid = UNSAID_MARK.search(value or "") and not _DONE_SINCE.search(asked.fact)
        if _OFFERED.search(asked.fact) or not unsaid:
            options = _owned_up(options)
        return variation.pick("follow_up", options).format(clause=asked.fact, topic=asked.topic)
    ask = _ASK.match(" ".join((value or "").split()).rstrip(".!; "))
    if ask:  # "ask about the team structure": a note to ask, not a promise to ask
        options = fitting(phrasebook.wordings("follow_up_ask", tone, channel), fits)
        return variation.pick("follow_up", options).format(
            topic=re.sub(r"^their\b", "your", ask["topic"])
        )
    core = follow_up_core(value, common)
    if core is None:
        return None
    phrase, topic = core
    if phrase.shape in (Shape.FIRST_PERSON, Shape.CLAUSE, Shape.PAST):
        said_clause = clause(phrase)
        if said_clause is None:  # no clause after all: left out, never a crash
            return None
        body = lower_start(said_clause.text())
        if re.search(r"\bwhen you asked\b|^I (?:mentioned|told you)\b", body) and body.startswith(
            "I "
        ):
            return f"{body}."  # "I did not give a clear figure when you asked about X: ...",
            # "I mentioned my thesis but did not have the link ready. ...": a report, whole
        section = "follow_up_answer" if topic else "follow_up_clause"
        if not topic and selfnotes.unsaid(value or ""):
            section = "follow_up_forgot"
        options = fitting(phrasebook.wordings(section, tone, channel), fits)
        if _DONE_SINCE.search(body):
            options = _owned_up(options)
        line = variation.pick("follow_up", options).format(clause=body, topic=topic or "")
        # "I should also have mentioned that I also did ...": one "also" is enough
        return one_also(line)
    if phrase.shape is Shape.BASE:
        if phrase.text.split()[0].lower() in _STATES:  # "have own van": a fact, never "glad to"
            return None
        options = fitting(phrasebook.wordings("follow_up_vp", tone, channel), fits)
        return variation.pick("follow_up", options).format(vp=phrase.text)
    if phrase.shape in (Shape.ADJECTIVE, Shape.PARTICIPLE, Shape.ROLE):
        said_clause = clause(phrase)
        if said_clause is None:  # no clause after all: left out, never a crash
            return None
        options = fitting(phrasebook.wordings("follow_up_clause", tone, channel), fits)
        return variation.pick("follow_up", options).format(clause=said_clause.text())
    if phrase.shape in (Shape.NOUN, Shape.GERUND):
        options = fitting(phrasebook.wordings("follow_up_np", tone, channel), fits)
        if re.match(r"(?:my|our) ", phrase.text):  # "my availability from March": added
            kept = phrasebook.wordings("follow_up_clause", tone, channel)
            options = fitting(tuple(w for w in kept if w.endswith(": {clause}.")), fits) or options
            return variation.pick("follow_up", options).format(clause=phrase.text, np=phrase.text)
        return variation.pick("follow_up", options).format(np=phrase.text)
    return None


# A note to ask about something: "ask about the team structure", "find out re parking".
_ASK = re.compile(
    r"^(?:(?:remember|don't\s+forget)\s+to\s+)?(?:ask|find\s+out)(?:\s+(?:them|her|him))?"
    r"\s+(?:about|abt|re:?)\s+(?P<topic>(?:the|their|your|how|what|whether|when)\b[^,;:?!]+)$",
    re.IGNORECASE,
)
