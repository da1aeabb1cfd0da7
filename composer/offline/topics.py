"""What an interviewer talked about, said to them: the topics of a letter.

`read_topic` takes a topic as the notes type it and gives a `Topic`: a noun phrase or a
wh-clause said to that interviewer ("the breach of contract trial you have coming up in May",
"how I would staff a document review with three paralegals", "the backlog of boiler repairs"),
with what the writer needs to pick a frame that fits it (plural, a question put to the
candidate, about the candidate's own work), or no text and the reason it is left out.
`topic_parts` splits a topic typed as a list of three or more; a topic typed as a question, and
a note about the interviewer, are said to them by `questions`."""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable
from dataclasses import dataclass, replace

from composer import regexes as re
from composer.offline import (
    abbrevsense,
    fields,
    grouparticles,
    lexicon,
    questions,
    topicaside,
    topicplain,
    topictold,
)
from composer.offline.answervoice import why_mine
from composer.offline.asked import asked_subject, put_to_candidate
from composer.offline.askedform import grounded
from composer.offline.careful import asked_plainly, discussed, reported_tense
from composer.offline.cleaning import clean
from composer.offline.closers import topic_noted
from composer.offline.phrases import Shape, analyse
from composer.offline.plurals import takes_plural
from composer.offline.qamarks import unsaid_question
from composer.offline.questions import about_them, asked_clause, is_question, to_reader
from composer.offline.screen import is_instruction
from composer.offline.topicaims import aim_of
from composer.offline.topicanswers import answer_of, split_answer, task_topic
from composer.offline.topicarticle import with_the
from composer.offline.topicbare import NOTESPEAK_SUBJECTS, feedback_on
from composer.offline.topicbrackets import bracket_change, labelled_aim
from composer.offline.topicclauses import UNSAID, changed_between, clause_topic
from composer.offline.topicdetail import detail_of, measured_subject
from composer.offline.topicfigures import of_figure
from composer.offline.topicheads import (
    note_words,
    own_record,
    scoped_sum,
    typed_shorthand,
    versus_said,
    way_of_doing,
)
from composer.offline.topichyphens import hyphenated, particle_nouns
from composer.offline.topicinner import with_group_article, with_ordinal_article
from composer.offline.topicjoin import EXERCISE, how_joined, joined, month_range, shorthand
from composer.offline.topicnames import (
    definite_head,
    located,
    makes,
    moved_to_product,
    typed_capital,
    unarticled_name,
)
from composer.offline.topicobjects import inner_articles
from composer.offline.topicpairs import bare_slash, typed_first, versus_article
from composer.offline.topicparts import ASKED_ANSWER, LABEL_STOP, topic_parts
from composer.offline.topicpredicates import gerund_object, state_of
from composer.offline.topicproducts import product_capitals, typed_names
from composer.offline.topicreaction import reaction_of
from composer.offline.topicreported import clipped, longest_named, reported
from composer.offline.topicshapes import (
    bare_kind,
    cost_subject,
    counted_note,
    counted_tail,
    counts_alike,
    has_own_verb,
    of_count,
    still_a_note,
    subjectless_wh,
    unit_modifiers,
)
from composer.offline.topictails import MEASURES, counted_measure, head_of
from composer.offline.topicverbs import (
    be_passive,
    coming_up,
    deed_then_subject,
    doer_article,
    kept_person,
    shown,
    unchatted,
    verb_led,
)
from composer.offline.topicverdict import (
    handed_over,
    made_theirs,
    stated_form,
    subject_of_clause,
    unjudged,
)
from composer.offline.topicvoice import voiced
from composer.offline.wellformed import problem
from composer.offline.words import DETERMINERS, FUNCTION_WORDS, PERSON_HEADS, WH_WORDS

__all__ = ["Topic", "plainest", "read_topic", "topic_parts"]


@dataclass(frozen=True)
class Topic:
    """What an interviewer talked about, said to them; `text` is "" when it is left out."""

    source: str
    text: str  # a noun phrase or wh-clause: "our discussion of {text}" reads well
    plural: bool = False  # "Scoping and timelines were ..."
    question: bool = False  # their question to the candidate: "your question about {text}"
    mine: bool = False  # about the candidate's own work or answer: not "what you said about"
    why: str = ""
    # what the note's tail adds, said in full (" of one weekend in four"): for a topic named
    # with nothing of the candidate's about it
    detail: str = ""
    answer: str = ""  # the candidate's answer to a question put to them: "I would audit ..."

    @property
    def sure(self) -> bool:
        return bool(self.text)

    @property
    def full(self) -> str:
        """The topic with what its tail adds: "the out-of-hours rota of one weekend in four"."""
        words = self.text.lower().split()
        if not words:
            return ""
        counted = words[-1] in ("drop-off", "dropoff", "rate") and words[0] not in DETERMINERS
        if self.detail.startswith(" of ") and counted:
            return f"the {self.text}{self.detail}"  # "the onboarding drop-off of about 40%"
        return self.text + self.detail


# A question put to the candidate typed in the present with no one asking: "ask how long I use
# lathe - I say 4 years" (a second language's "asked"; said whole, "the ask how long ...").
_ASK_PRESENT = re.compile(
    r"(?i)^ask\s+(?:me\s+)?(?:how|what|why|whether|if|which|when|where)\b[^,;.]*\bI\b"
)


# What the candidate marks said wrongly, typed as the head of a topic: "P80 WRONG", "figure
# incorrect" (round 48, h1366).
_MARKED_WRONG = re.compile(
    r"\bWRONG$|(?i:\b(?:number|figure|date|year|count|total)\s+(?:wrong|incorrect))$"
)


def _bare_post(words: list[str]) -> bool:
    """ "Level II thermographer": a person's post named alone, no article, no "my": said in a
    topic frame it reads as a CV line ("I enjoyed discussing Level II thermographer")."""
    last = words[-1].strip(".,;:")
    if len(words) > 4 or not last.isalpha() or not last.islower() or last.endswith("s"):
        return False
    if not last.endswith(("er", "or", "ist", "ian")):
        return False  # "the remote patient monitoring pilot": a trial, not a pilot
    # a post the tables lack ("thermographer") or a person's head ("technician"); never a
    # machine named as its doer ("the new laminator", "a CNC router")
    person = last in PERSON_HEADS or (not lexicon.known(last) and fields.is_post(last))
    return words[0].lower() not in DETERMINERS and person


# A result typed as a topic, its verb after its subject: "oil consumption haul trucks cut 18%".
_RESULT = re.compile(r"^[a-z][\w -]* (?:cut|reduced|down|dropped|fell) (?:by )?~?\d+(?:\.\d+)?%$")
# A post and the years held, typed first in a topic: "HLO 6 yrs, ...", "bosun 12 years".
_OWN_SPAN = re.compile(
    r"^(?:[A-Za-z][\w/-]* )?(?P<post>[A-Za-z][\w/-]*) \d{1,2}\+? (?:years?|yrs?)\b"
)

_CONTRACTIONS = (("I'd", "I would"), ("I'm", "I am"), ("I've", "I have"), ("I'll", "I will"))


# "walked round workshop", "showed me round": what the interviewer did with the candidate, typed
# as a verb in the past with no subject; no thing to name ("showed me the new laptop": `shown`).
_DONE_HEAD = re.compile(
    r"^(?P<verb>[a-z]+)(?: me| us)? (?:round|around|through|over|at|into)\b",
    re.IGNORECASE,
)
# The interviewer's deed with the candidate doing something: "watched me shoe", "had me inspect".
_MADE_ME = re.compile(r"^(?P<verb>[a-z]+) (?:me|us) (?P<did>[a-z]+)\b", re.IGNORECASE)
_PLACE = re.compile(r"(?:round|around)\b", re.IGNORECASE)  # "round the yard": no thing shown


# "talked X" typed short for "talked about X"; "talking about X": X
_TALKED = re.compile(
    r"(?i)^(?:talked\s+(?!(?:about|abt|through|thru|over|with|to|re|of)\b)|talking\s+about\s+)"
)


# The candidate's own telling after the topic: "withering + fermentation -> told her about my
# factory logs" is no "what you said about" (reader 241's h1071).
_TOLD_THEM = re.compile(
    r"(?i)(?:->|\s[-–]\s|:)\s*(?:i\s+)?(?:told|explained|described|showed)\s+(?:her|him|them)\b"
    # "bench test: I disassemble ...", "work permit: I have B permit already": the candidate's
    r"|^[^:;,.>]{2,40}(?::|\s[-–—]\s|\s*->)\s*I\s+(?!was\b|wasn't\b)[a-z]+"
)


# A label, then what the candidate did under it, typed without "I": "trial: rebuilt ~3m ..."
_DONE_AFTER = re.compile(r"^[^:;,.]{2,40}:\s*(?P<verb>[a-z]+)\s")
_TOLD_HOW = re.compile(
    r"\b(told (?:her|him|them)) (?:honestly|frankly|openly|plainly|truthfully) that\b"
)
# A label typed before the answer, read as if it were the subject: "my answer: ...".
_LABEL = re.compile(r"(?i)(?:my |the )?(?:answer|answers|reply|response)")
_AND_SUBJECT = re.compile(r"\s+and\s+(?:the|a|an)\s+[a-z]+$")  # "... and the patient"
_BETWEEN_ONE = re.compile(r"\s+between\s+the\s+[\w-]+(?<!s)$")  # cut at a comma of its list
_LOTS = re.compile(r"(?i)(?:lots|a lot|plenty|loads) of [a-z]+")  # "lots of driving": how much
# A count and its plural alone, spelled as the topic reader spells a small count: "eight sheets".
_COUNTED = re.compile(
    r"(?i)(?:about |around )?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"\s+[a-z]+s"
)  # (in figures it may be a name: "101 calls", the police's non-emergency line)


def _told_mine(read: Callable[[str, frozenset[str]], Topic]) -> Callable[..., Topic]:
    """`read`, with a topic the candidate told them about or did under a label (`_TOLD_THEM`,
    `_DONE_AFTER`) as the candidate's; a label, a bare count or an amount (`_LABEL`, `_COUNTED`,
    `_LOTS`) no topic at all; and a topic cut inside a clause or a list ("... and the patient",
    "between the stage") said without the loose piece."""

    @functools.wraps(read)
    def reading(item: str, common: frozenset[str] = frozenset()) -> Topic:
        # "I told her honestly that X": how it was told is no part of the answer
        item = _TOLD_HOW.sub(r"\1 that", item)
        topic = read(item, common)
        if _LABEL.fullmatch(topic.text):  # "my answer: floor level survey, ...": no subject
            return Topic(item, "", why="it names your answer, not what was discussed")
        if _COUNTED.fullmatch(topic.text) or _LOTS.fullmatch(topic.text):  # "eight sheets",
            return Topic(item, "", why="a count of things, not what was discussed")  # "lots of"
        last = topic.text.split()[-1].lower() if topic.text else ""
        listed = (
            re.search(
                rf"(?i){re.escape(topic.text)},\s+(?P<more>[^,.;]+?)"
                r"(?=,\s+(?:where|which|who|when|as|because|and)\b|[.;]|$)",
                item,
            )
            if last and "adj" in lexicon.classes(last)
            else None
        )
        words = listed["more"].split() if listed is not None else []
        # "how I handle repetitive, high-stakes work when tired" (round 56's dump, h581): the
        # describing words and their noun, then a clause of when
        head = list(itertools.takewhile(lambda w: w not in FUNCTION_WORDS, words))
        when = len(head) < len(words) and words[len(head)] in ("when", "if", "while", "under")
        words = head if when and topic.question else words
        describing = 0 < len(words) <= 5 and all(re.fullmatch(r"[a-z][a-z-]*", w) for w in words)
        describing = describing and not set(words) & FUNCTION_WORDS
        if listed is not None and describing and lexicon.is_noun(words[-1]):
            # "for small, heavily drained polder catchments": cut inside its describing words
            topic = replace(topic, text=f"{topic.text}, {listed['more']}")
        if re.search(r"\s/\s*$", topic.text):  # "cable tension with 4 /" (round 57, h1518)
            return Topic(item, "", why="it is cut inside a list typed with '/'")
        mixed = re.search(r"\b[a-z]{3,}ing and (?P<verb>[a-z]{3,}s)\b", topic.text)
        if mixed and lexicon.is_third_person(mixed["verb"]) and not lexicon.is_noun(mixed["verb"]):
            # "the technician eviscerating and reconstructs" (round 56's dump, h931)
            return Topic(item, "", why="two verbs of different forms joined by 'and'")
        if re.search(r"\d", topic.text) and not re.search(r"[^\W\d_]{3,}", topic.text):  # "-25 c"
            return Topic(item, "", why="a figure, not what was discussed")
        loose = _AND_SUBJECT.search(topic.text)
        if loose and re.search(rf"{re.escape(loose.group())}\s+[a-z]+", item, re.I):
            # "... is not enough and the patient needs a full study": a subject cut from its verb
            topic = replace(topic, text=topic.text[: loose.start()])
        cut = _BETWEEN_ONE.search(topic.text)
        if cut is not None and f"{cut.group().strip()}," in item.lower():
            # "moving the grands between the stage, the lift and ...": "between" lost its list
            topic = replace(topic, text=topic.text[: cut.start()])
        first, _, rest = topic.text.partition(" ")
        word = first.lower()
        typed_so = item.startswith(first) and not re.search(r"[A-Z\d]", rest)  # the line's capital
        known = lexicon.known(word) or lexicon.modern(word)
        if typed_so and re.fullmatch(r"[A-Z][a-z]{3,}", first) and known:
            # "Finish - French polish or ...", "Timelines for the gallery": the line's capital
            topic = replace(topic, text=first.lower() + topic.text[len(first) :])
        if topic.text and not topic.mine and _TOLD_THEM.search(item):
            return replace(topic, mine=True)
        done = _DONE_AFTER.match(item)
        if topic.text and not topic.mine and done and lexicon.is_past(done["verb"].lower()):
            return replace(topic, mine=True)  # "trial: rebuilt ~3m of wall w/ him": mine
        return topic

    return reading


# A case question they put to the candidate, typed after its label: what follows is the case,
# never the candidate's answer ("case question: pirate FM near airport - steps?"); a
# "scenario: ..." is named as the scenario it was (`topicplain`).
_CASE_PUT = re.compile(r"(?i)^case\s+(?:question|study|q)\s*:\s*\S")


# A name typed before "new" and what is new in it: "WCAG 2.2 new criteria" -> "the new WCAG 2.2
# criteria" (reader 301's h1313).
_NAME_NEW = re.compile(r"^(?P<name>[A-Z][A-Z\d.]+(?: \d[\d.]*)?) new (?P<what>[a-z]+(?:s|ia))\b")


# A question typed as the topic, in a sentence of its own, and what the candidate said to it:
# "Whether the auto-winding units should be kept or replaced. I said that they should be kept
# where they work." (reader 299's h1299).
_WH_THEN_SAID = re.compile(
    r"^(?:Whether|How|What|Which|Why|When|Where)\s(?!I\b|to\b)[^.?!]+\.\s+I\s+(?:said|answered|explained"
    r"|suggested|argued|proposed)\b"
)


# The candidate's answer, in the sentence after a subject: ". I said ...".
_ANSWERED_AFTER = re.compile(
    r"^\S?\.\s+I\s+(?:said|suggested|argued|proposed|answered|recommended)\b"
)


# "He showed me X and explained that Y": what they told, a report after what they showed
_AND_TOLD = re.compile(r"\s+and (?:explained|said|told me|mentioned|added) that\b")
_SHOWN = re.compile(r"^(?:He|She|They) (?:showed|gave|took|walked) me\b")


@_told_mine
@topicplain.plainly  # "pay" left out, "Question: ..." asked, "worst X??" mine
@topictold.heard  # a line no reading names, said whole as heard (`topictold`)
@topicaside.headed  # "growth plan 18k -> 30k hl/yr": the growth plan, when whole is unsaid
@functools.lru_cache(maxsize=1024)
@abbrevsense.settled_first(lambda item, why: Topic(item, "", why=why), counts=True)
def read_topic(item: str, common: frozenset[str] = frozenset()) -> Topic:
    """What an interviewer discussed, said to them, or an empty `text` and the reason; kept
    for the next call with the same item (every wording of every letter reads the topics)."""
    if is_instruction(item):
        return Topic(item, "", why="it reads as an instruction to a model")
    told = _AND_TOLD.search(item) if _SHOWN.match(item) else None
    if told is not None:
        # "He showed me X and explained that Y": what they showed; what they told is a report
        return replace(read_topic(item[: told.start()], common), source=item)
    label = LABEL_STOP.match(item)
    if (
        label is not None
        and not any(lexicon.is_past(w) or w in ("is", "are") for w in label["head"].lower().split())
        and (labelled := read_topic(label["head"], common)).text
    ):
        return replace(labelled, source=item)  # "Night shift rotation. 1 wk in 4.": the label
    if (named_new := _NAME_NEW.match(item)) is not None:  # "WCAG 2.2 new criteria": the new
        moved = f"the new {named_new['name']} {named_new['what']}{item[named_new.end() :]}"
        return replace(read_topic(moved, common), source=item)
    if _WH_THEN_SAID.match(item):  # "Whether the units should be kept. I said that ...": the
        # question discussed, its answer the candidate's (read as "We discussed whether ...")
        return replace(read_topic(f"We discussed {item[0].lower()}{item[1:]}", common), source=item)
    if _CASE_PUT.match(item):  # "case question: pirate FM near airport - steps?": theirs
        return Topic(item, "", why="it names the case they set, not what you answered")
    if _ASK_PRESENT.match(item):  # "ask how long I use lathe - I say 4 years": no "asked"
        return Topic(item, "", why="a question put to you, typed as an order ('ask how ...')")
    untalked = _TALKED.sub("", item)  # "talked strong-eye dogs that stick -> i said ...": the dogs
    if untalked != item:
        return replace(read_topic(untalked, common), source=item)
    if (subject := topic_noted(item)) is not None:  # "food cost i said 30 meant 28, fix"
        return replace(read_topic(subject, common), source=item)
    reacted = reaction_of(item)  # "she liked the rota idea": said as the candidate glad of it
    if reacted is not None:
        return Topic(item, reacted[0], mine=True, answer=reacted[1])
    early = typed_first(item, lambda part: read_topic(part, common))  # "worried re: X", "X + Y"
    if early is not None:
        return Topic(item, early.text, early.plural, early.question, early.mine, early.why)
    if (moved := changed_between(item)) != item:  # "migrating keycards -> mobile keys"
        found = read_topic(moved, common) if moved else Topic(item, "", why=UNSAID)
        return replace(found, source=item)
    ground = grounded(item, lambda subject: read_topic(subject, common).text)  # "X -> asked how
    if ground != item and (given := read_topic(ground, common)).answer:  # I'd cut them: said Y"
        return replace(given, source=item)
    typed_answer = None if discussed(item) else split_answer(asked_plainly(item), ground=False)
    if typed_answer is not None:
        task = task_topic(question := typed_answer[0], typed_answer[1])  # "asked me to ..."
        if task and not re.search(r"\b(?:they|them|their)\b", task):
            task = to_reader(task)  # "... while she watched": while you watched
        found = Topic(item, task, False, True, True) if task else read_topic(question, common)
        if not found.question or not found.text:
            return found
        answer = answer_of(found.text, typed_answer[1])
        if why := unsaid_question(found.text, answer, why_mine(found.text)):
            return Topic(item, "", why=why)  # "why leaving big brewery for small one -> ..."
        return replace(found, answer=answer)
    said = reported(discussed(item) or item)  # "We talked about how they log ...": discussed
    if said != item:
        return replace(read_topic(said, common), source=item)
    answered = ASKED_ANSWER.search(item)
    if answered and answered.start() > 0 and not re.match(r"(?i)asked\b", item):
        # "rigging - asked about IPAF, said expired": the subject, a question put to them
        found = read_topic(item[: answered.start()], common)
        return replace(found, question=found.question or bool(found.text))
    # "NEWS2 escalation - scenario q"; "pt calls" read before the cleaning makes "pt" "PT"
    text = questions.asked_wh(asked_subject(unchatted(clean(typed_shorthand(how_joined(item))))))
    if re.search(r"\bvs?\.?\s", text):
        # "between launches vs enablement": "between" takes "and"; "Relativity vs Nuix"
        text = re.sub(r"(\bbetween\b[^,;]*?)\bvs?\.?(?=\s)", r"\1and", text)
        text = versus_said(re.sub(r"\bvs?\.?(?=\s)", "versus", text))  # "against the ledger"
    for short, full in _CONTRACTIONS:
        text = re.sub(rf"\b{re.escape(short)}\b", full, text)
    voice = voiced(reported_tense(text))  # "what you'd change ...": the candidate's "you"
    if voice is None:
        return Topic(item, "", why="typed in the interviewer's words: say who 'you' is")
    text = typed = gerund_object(voice)  # "the handling a contractor who ...": handling
    text = unit_modifiers(text)  # "15 versus 20 minutes consults": "15-minute versus 20-minute"
    # An aside in brackets is the candidate's reminder, not part of the subject:
    # "the kitchen team (2 commis leaving)" -> "the kitchen team".
    text = re.sub(r"\s*\([^()]*\)", "", bracket_change(text)).strip()  # "(SAP -> Dynamics)"
    text = labelled_aim(text)  # "their plan: 3 new sites by 2027": their plan for 3 new sites
    text = deed_then_subject(text)  # "walked round workshop - new cnc router": the router
    thing = shown(text)  # "showed me the new diag laptop": the laptop
    done = _DONE_HEAD.match(text)
    if done and lexicon.is_past(done["verb"].lower()) and (thing == text or _PLACE.match(thing)):
        head = text.partition(" - ")[0].strip()
        why = f"'{head}' says what was done, not a subject you discussed: name the subject"
        return Topic(item, "", why=why)
    made = _MADE_ME.match(text)  # "watched me shoe the grey TB": a deed, no subject discussed
    if made and lexicon.is_past(made["verb"].lower()) and lexicon.is_base_verb(made["did"]):
        why = f"'{made[0]}' says what was done, not a subject you discussed: name the subject"
        return Topic(item, "", why=why)
    text = thing
    text = of_figure(_SIZE_AFTER.sub("", text))  # "food cost 34%": the food cost of 34%
    if counted_note(re.split(r" - |, ", text)[0]):  # "430 cows spring calving"
        return Topic(item, "", why="a count and what it is, typed as a note: name the subject")
    text = month_range(text)  # "busy season staffing Jan-Mar": from January to March
    over = questions.chose_over(text)  # "why this district vs phoenix": over Phoenix
    if over:
        return Topic(item, over, question=True, mine=True)
    chosen = re.fullmatch(r"why this ([a-z]+(?: [a-z]+){0,3})\??", text, re.IGNORECASE)
    if chosen and not re.search(
        r"\b(?:versus|vs|or|not|over)\b", chosen[1], re.IGNORECASE
    ):  # "why this job", "why this line of work": why the candidate chose it
        return Topic(item, f"why I chose this {chosen[1].lower()}", question=True, mine=True)
    if text.endswith("?"):
        about = about_them(text)
        if about is not None:
            return Topic(item, about, plural=False)
        chose = re.match(r"^why (?:this|the) ([a-z]+(?: [a-z]+)?)\?$", text, re.IGNORECASE)
        if chose:  # "why this school?": why the candidate chose it
            return Topic(
                item, f"why I chose this {chose.group(1).lower()}", question=True, mine=True
            )
        asked = asked_clause(text)
        if asked is not None:
            return Topic(item, asked, question=True, mine=True)
        if is_question(text):
            return Topic(item, "", question=True, why="a question that could not be reworded")
        text = text.rstrip("?").strip()  # "GP margins?": a subject typed with a question mark
    text = particle_nouns(note_words(text))  # "lift ops": operations; "follow-up calls"
    text = handed_over(text)  # "handover sales -> cs": the handover from sales to CS
    verdict = unjudged(text)  # "excel hell - master file w/ 40 tabs": the master file
    if verdict == "":
        return Topic(item, "", why="a verdict in your own words, with no subject to name")
    text = verdict or text
    way = way_of_doing(text)  # "strategy - fewer bigger events vs ...": said with its way
    if way == "":  # "strategy - 3 yr plan"
        head = text.partition(" - ")[0].strip()
        why = f"'{head}' alone does not say what you discussed, and its note could not be said"
        return Topic(item, "", why=why)
    scoped = scoped_sum(text)  # "income target £1.2m community and events"
    # "tills crash on sats": how they crash; "ratings dip 7-9am": the dip, read before the tail
    whole = None if way or scoped != text else joined(text)  # read before a tail is set aside
    clause = None if whole is None else clause_topic(whole)
    if whole is None:
        text = way or scoped  # said in full: no tail of it is the note-taker's
    else:
        text = head_of(measured_subject(cost_subject(whole.split(": ")[0].strip())))
    text = grouparticles.with_group_articles(hyphenated(text))
    if clause == "":
        return Topic(item, "", why="a want or a need typed as a clause: name the subject")
    state = clause or state_of(whole, text)  # "battlecards outdated": "outdated battlecards"
    if state == "":
        why = "a thing and what it is doing, typed as a note: name the subject"
        return Topic(item, "", why=why)
    text = of_figure(state or text)  # "kitchen brigade 9 ppl, ...": once its tail is cut
    if not text or all(w.lower() in FUNCTION_WORDS for w in text.split()):  # "the 4 on 4 off"
        return Topic(item, "", why="it is empty once its note detail is left aside")
    text = kept_person(text, to_reader(text, their_after_plural=True))
    words = text.split()
    first = words[0].lower()
    subjects = ("i", "you", "we", "i'm", "you're", "you've", "we're", "it's", "there's")
    if first in subjects or (first in ("it", "there") and len(words) > 1):
        return Topic(item, "", why="a sentence, not a subject that was discussed")
    if _MARKED_WRONG.search(text):  # "P80 WRONG - it was 18%": a correction, for the follow-up
        return Topic(item, "", why="a correction of what you said, not a subject discussed")
    if first not in WH_WORDS and has_own_verb(words):
        subject = subject_of_clause(words)  # "S&OP meeting is a mess": the meeting
        if subject is None or subject == text:
            return Topic(item, "", why="a sentence, not a subject that was discussed")
        typed_state = stated_form(subject, words)  # "the price list is outdated": outdated
        as_subject = read_topic(typed_state, common) if typed_state else None
        if as_subject is None or as_subject.text.split()[-1:] != subject.split()[-1:]:
            as_subject = read_topic(subject, common)  # the state not said before its noun
        elif subject.startswith("the ") and as_subject.text.split()[0] not in DETERMINERS:
            as_subject = replace(as_subject, text=f"the {as_subject.text}")  # "the intranet ..."
        return replace(as_subject, source=item)
    if questions.verbless_wh(words):  # "why regional not cargo"
        return Topic(item, "", why="a question typed without its verb: say it in full")
    sure = subjectless_wh(words)  # "why leaving station side": said with its subject, if sure
    if sure == "":
        return Topic(item, "", why="a question typed without its subject: say it in full")
    if sure:
        text, words = sure, sure.split()
    if len(words) > longest_named(item):
        subject = clipped(item)  # "The household model ..., with smaller groups ...": its subject
        cut = read_topic(subject, common) if subject else None
        if cut and cut.text:
            # "Whether to launch X. I said I would first want ...": the candidate spoke to it,
            # never "hearing about" it (round 55, h1484)
            answered = _ANSWERED_AFTER.search(item[len(subject) - 1 :]) if subject else None
            return replace(cut, source=item, mine=cut.mine or bool(answered))
        return Topic(item, "", why="too long to name in a sentence")
    counted = counted_measure(words, typed)
    if counted:
        words, text = counted.split(), counted  # "volume ~18-22 pts/day": "patient volume"
    if len(words) == 1 and (
        shorthand(words[0])
        or words[0].lower() in MEASURES
        or (
            words[0].lower() not in NOTESPEAK_SUBJECTS  # "remote": remote working
            and (bare_kind(words[0], typed) or lexicon.is_adjective_only(words[0].lower()))
        )  # "shifts - 12 hr", "interfaith": no thing named
    ):
        return Topic(item, "", why=f"'{words[0]}' alone does not say what was discussed")
    if _bare_post(words):
        return Topic(item, "", why="a post with no 'a' or 'the' is no subject discussed")
    if _RESULT.search(text):  # "oil consumption haul trucks cut 18%": a result of theirs, typed
        return Topic(item, "", why="it is a result of yours, not a subject discussed")
    own = _OWN_SPAN.match(text)
    post = own and (own["post"].isupper() or own["post"].lower() in PERSON_HEADS)
    if post:  # "HLO 6 years, Troll field and two FPSOs": a CV line, never "contract 2 years"
        return Topic(item, "", why="it is your own experience, not a subject discussed")
    recast = verb_led(text, common)  # "missed a reporting deadline last year": what it was done to
    if recast == "":
        return Topic(
            item, "", why="an action typed as a note, not a subject: say what was discussed"
        )
    if recast:
        text, words, first = recast, recast.split(), recast.split()[0].lower()
    phrase = analyse(text, common)
    said = phrase.text if phrase.shape is not Shape.UNKNOWN or first in WH_WORDS else text
    said = text if state else said  # "the increase in callouts": no place named after "in"
    said = of_count(counts_alike(said))  # "9 versus 11"; "backlog of about nine boats"
    if said.startswith("I ") and not re.search(r"\b(?:I|i|my|me)\b", item):
        # "deploys slow" read as "I deploy slow": no subject the interviewer discussed
        return Topic(item, "", why="it reads as something you did, not a subject discussed")
    # "ISO 15189 accreditation": a standard's number before a noun is no compound to hyphenate
    said = re.sub(r"\b([A-Z]{2,} \d+)-(?=[a-z]{3,})", r"\1 ", said)
    if said[:1].isupper() and said.split()[0].lower() in ("my", "the", "our", "your", "a", "an"):
        said = said[0].lower() + said[1:]
    # note-speak a topic is typed in: "peak" (the trade's busiest season), "hybrid"
    said = typed_capital(said, item)  # "Exposure and response ...": a capital of the line's start
    said = typed_names(product_capitals(said))  # "out of excel into python": Excel, Python
    bare = NOTESPEAK_SUBJECTS.get(said.lower()) or feedback_on(said)  # "reel feedback": on my reel
    said = bare or (said if recast else doer_article(with_the(said)))
    said = versus_article(said, typed)  # "antimicrobial stewardship versus speed in ED"
    said = own_record(located(makes(moved_to_product(said, typed))))
    said = definite_head(unarticled_name(said, item))  # "Good Clinical Practice"; "the MDT"
    said = with_ordinal_article(said)  # "on third chase call" -> "on a third chase call"
    said = with_group_article(said)  # "w/ palliative team": with the palliative team
    plural_end = lexicon.is_plural_noun(said.split()[-1].lower())
    if counted_tail(typed) and said == text and plural_end and first not in WH_WORDS:
        said = f"the {said}"  # "staffing gaps - 3 vacancies": the team's own gaps
    named = item.split(" ", 1)[0]
    other = said.partition(" versus ")[2][:1]
    if other.isupper() and named[:1].isupper() and said.startswith(named.lower() + " "):
        said = named + said[len(named) :]  # two names compared: the first keeps its capital
    if said.split()[0].lower() == named.lower() and _PRODUCT.match(item):
        said = named + said[len(named) :]  # "Workday rollout": a product keeps its capital
    said = be_passive(
        coming_up(inner_articles(said))
    )  # "for motor controller SDK"; "the job coming"
    said = made_theirs(said, item)  # "a portfolio of 220 properties": your portfolio
    aim = aim_of(typed)  # "AW27 range - wants fewer SKUs": and your wish for fewer SKUs
    said += "" if problem(plainest(said + aim)) or still_a_note(said + aim) else aim
    why = problem(plainest(said)) or still_a_note(said) or _verb_first(said)
    why = why or ("two names joined by '/', with no subject named" if bare_slash(said) else "")
    if why:
        return Topic(item, "", why=f"it still reads as a note: {why}")
    mine = bool(re.search(r"(?<![\w-])(?:I|my)(?![\w-])", said))  # not "how-do-I questions"
    plural = first not in WH_WORDS and takes_plural(said) and " being " not in said  # one state
    detail = "" if first in WH_WORDS else detail_of(typed, said)
    if detail and problem(plainest(said + detail)):
        detail = ""
    put = (  # "the call simulation", "contrast reactions - scenario q": put to the candidate
        put_to_candidate(item) is not None
        or re.match(r"(?i)(?:s?he |they )?asked (?:me )?(?:about|abt|re|wh[a-z]+|how|if)\b", item)
        is not None
        or EXERCISE.search(said) is not None
        or _ASKED_TAIL.search(typed) is not None
    )
    return Topic(item, said, plural=plural, mine=mine, question=put, detail=detail)


# A size typed after the thing it measures: "1200x600", "600 x 600mm", "2.4x1.2m".
_SIZE_AFTER = re.compile(
    r"(?<=[a-z]) \d+(?:\.\d+)? ?[x×] ?\d+(?:\.\d+)?(?: ?[x×] ?\d+(?:\.\d+)?)? ?(?:mm|cm|m|in|ft)?"
    r"(?=$|,| - )"
)

# "asked re my IRATA L2", "asked what i'd do first": a question put to the candidate.
_ASKED_HEAD = re.compile(r"(?i)asked (?:me )?(?:about|abt|re|what|how|why|whether|if)\b")
_ASKED_TAIL = re.compile(
    r" - .*\b(?:scenario|q|qs|asked me|what I would do|how I would)\b", re.IGNORECASE
)


# Units after a slash: "hours/wk", "2/day" is a rate typed as a note, not a compound.
_UNITS = r"wk|wks|week|day|days|month|mo|yr|year|hr|hrs|hour|shift|night|head|pt|pts|patient|min"
_COMPOUND = re.compile(rf"\b([a-z]{{3,}})/(?!(?:{_UNITS})\b)([a-z]{{3,}})\b", re.IGNORECASE)


def plainest(topic: str) -> str:
    """The plainest sentence naming `topic`, as the sentence gate is shown it: a topic the gate
    refuses here is named in no frame. A compound term keeps its slash ("lockout/tagout
    audits", "client/server"); the gate, which refuses a '/' between note fragments, is shown
    it joined with a hyphen."""
    joined = _COMPOUND.sub(r"\1-\2", topic)
    return f"I particularly valued our discussion of {joined}."


# What follows a verb that opens a deed, never a noun it describes: whom, or what was asked.
_VERB_AFTER = frozenset(
    ["me", "us", "him", "her", "them", "how", "what", "why", "whether", "if", "about", "i"]
)


def _verb_first(said: str) -> str:
    """Why a topic that opens with a verb in its bare or past form ("ask how I deal when ...",
    "watched the grey TB") names no subject after "our conversation about"; "" when it does not."""
    words = said.split()
    first, after = words[0], (words[1:2] or [""])[0].lower()
    kinds = lexicon.classes(first.lower()) if first.islower() else {}
    if set(kinds) != {"verb"} or lexicon.is_gerund(first):
        return ""  # "planned maintenance", "retry logic": a describing word, a compound
    if after not in _VERB_AFTER or not (lexicon.is_base_verb(first) or lexicon.is_past(first)):
        return ""
    return f"it opens with a verb ('{first}'), not the subject you discussed"


# A product before what is done to it: "Workday rollout", "Salesforce migration".
_PRODUCT = re.compile(
    r"^[A-Z][a-z]+\s+(?:rollout|roll-out|upgrade|migration|implementation|integration|go-live"
    r"|deployment|instance|licences?|licenses?)\b"
)
