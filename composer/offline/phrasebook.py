"""The offline writer's wordings, as data: section -> tone (and channel) -> variants.

Each wording is a template with named slots ("{topic}", "{clause}", "{company}") that the writer
fills from the notes. A section may give a tone/channel key ("formal/letter") that wins over the
tone alone, and a tone over "any". Which variant a letter gets is decided by `Variation`, seeded
by the candidate and the interviewer: the same notes always give the same letter, different
candidates rarely share a frame, and panellists of one interview differ. `DROP_ORDER` is the one
order in which optional sentences go when a letter is too long. A new tone or channel is a new
key here, not a new branch in the writer.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import TypeVar

from composer import regexes as re

T = TypeVar("T")
_SLOT = re.compile(r"\{\w+\}")
_FRAME_WORD = re.compile(r"[a-z']+")
# Words of feeling that read as a tic when a letter says them twice ("I was glad ... I would
# be glad ...", "I look forward to reading it. I look forward to hearing from you."): each is
# used once per letter, compared by their first five letters.
_MOOD = re.compile(
    r"\b(?:glad|enjoy\w*|pleasure|pleased|delight\w*|lov(?:e|ed|ely)|keen|valu\w*|appreciat\w*"
    r"|grateful|thoughtful|wonderful|highlight|forward)\b",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=4096)
def frame_trigrams(text: str) -> frozenset[tuple[str, ...]]:
    """Runs of three words of a wording's own frame ("i would welcome"), never across a slot."""
    runs = set()
    for part in _SLOT.split(text):
        words = _FRAME_WORD.findall(part.lower())
        runs |= {tuple(words[i : i + 3]) for i in range(len(words) - 2)}
    return frozenset(runs)


@functools.lru_cache(maxsize=1024)
def moods(text: str) -> frozenset[str]:
    """The feeling words of a wording's own frame (its slots left out), by their first letters."""
    return frozenset(word.lower()[:5] for word in _MOOD.findall(_SLOT.sub(" ", text)))


# Optional sentences, the first to go first when a letter runs over its channel's length. (The
# line of other roles is no option: notes open to other roles must say so, an error rule's.) A
# further topic said with the candidate's answer outlasts their CV lines (round 56: "CV lines in
# place of the reader's own subject"); one named bare goes first (`writer.BARE`).
DROP_ORDER: tuple[str, ...] = (
    "topic_bare",  # a further topic named with nothing of the candidate's ("I also valued ...")
    "point_more",
    "summary",
    "topic_more",  # a further topic with the candidate's answer: the reader's own subject
    "contribution",
    "follow_up",
    "rapport",
    "point",
)

# What a concise letter leaves out that a warm one says, while it keeps its channel's length:
# the thanks, one point, the follow-up and the next step are the letter.
CONCISE_LEAVES_OUT: tuple[str, ...] = ("point_more", "contribution", "summary")

SIGN_OFF: dict[str, tuple[str, ...]] = {
    "formal": ("Sincerely,",),
    "warm": ("Best regards,", "Kind regards,", "Warm regards,", "With best wishes,"),
    "concise": ("Best regards,", "Kind regards,", "Best,"),
}
# A printed letter is formal whatever its tone: never "Best," on paper.
SIGN_OFF_PRINTED: tuple[str, ...] = ("Kind regards,",)
# To a senior reader (a chair, a partner, a chief officer) in a warm or concise letter.
SIGN_OFF_SENIOR: tuple[str, ...] = ("Kind regards,", "Best regards,")

# The greeting word when the greeting may be informal (an email to a first name).
GREETING_WORD: dict[str, tuple[str, ...]] = {
    "formal": ("Dear",),
    "warm/email": ("Dear", "Hello", "Hi"),
    "concise/email": ("Dear", "Hello", "Hi"),
    "any": ("Dear",),
}

BOOK: dict[str, dict[str, tuple[str, ...]]] = {
    "subject": {
        "formal": (
            "Thank you for the {role} interview",
            "Thank you: {role} interview",
            "Thank you: {role} interview at {company}",
            "With thanks for the {role} interview",
        ),
        "any": (
            "Thank you for the {role} interview",
            "Thanks for your time: {role} interview",
            "Thank you: {role} at {company}",
            "Thank you for the {role} conversation",
            "Thank you from {candidate}: {role} interview",
            "Thanks for talking about the {role} role",
        ),
    },
    # {met_when}: how and when they met ("at yesterday's panel", "on the phone on Tuesday");
    # {met_noun_when}: the same as a noun ("yesterday's panel interview"); {role}: "the Data
    # Engineer role"; {company}.
    "thanks": {
        "formal": (
            "Thank you for meeting with me {met_when} to discuss {role} at {company}.",
            "Thank you for the time you gave me {met_when} to discuss {role} at {company}.",
            "Thank you for the opportunity to interview {met_when} for {role} at {company}.",
            "Thank you for speaking with me {met_when} about {role} at {company}.",
            "Please accept my thanks for speaking with me {met_when} about {role} at {company}.",
            "Thank you for considering me for {role} at {company}, and for your time {met_when}.",
        ),
        "concise": (
            "Thank you for speaking with me {met_when} about {role} at {company}.",
            "Thanks for your time {met_when} and for the conversation about {role} at {company}.",
            "Thank you for talking with me {met_when} about {role} at {company}.",
            "Thank you for {met_noun_when} about {role} at {company}.",
            "Many thanks for your time {met_when}; I enjoyed talking about {role} at {company}.",
        ),
        "warm": (
            "Thank you for taking the time to speak with me {met_when} about {role} at {company}.",
            "Thank you for {met_noun_when} about {role} at {company}.",
            "Thank you for your time {met_when}; it was a pleasure to talk about {role} at "
            "{company}.",
            "Thank you for meeting with me {met_when} to talk about {role} at {company}.",
            "Thank you for a thoughtful conversation {met_when} about {role} at {company}.",
            "Many thanks for your time {met_when} and for telling me more about {role} at "
            "{company}.",
        ),
    },
    # The topic this reader spent time on; {topic} is a noun phrase or a wh-clause.
    "topic": {
        "formal": (
            "I particularly valued our discussion of {topic}.",
            "Our discussion of {topic} was, for me, the most useful part of the interview.",
            "I have continued to reflect on what you said about {topic}.",
            "The time we spent on {topic} was especially instructive.",
            "I was glad of the chance to discuss {topic} with you.",
            "I was grateful for the time we gave to {topic}.",
        ),
        "concise": (
            "I especially enjoyed discussing {topic}.",
            "Our talk about {topic} stood out for me.",
            "I was glad we covered {topic}.",
            "{Topic} was the part I found most interesting.",
            "I was glad to talk through {topic} with you.",
        ),
        "warm": (
            "I especially enjoyed our conversation about {topic}.",
            "I keep coming back to what you said about {topic}.",
            "{Topic} was the part of our conversation I have thought about most since.",
            "I was glad we had time to talk about {topic}.",
            "Hearing your thinking on {topic} was a highlight for me.",
            "I enjoyed hearing your view of {topic}.",
            "Our exchange about {topic} is the one I keep returning to.",
        ),
    },
    # The only topic named in a letter with nothing of the candidate's tied to any topic of
    # this reader: thanks for the time on it, with no claim of what it left the candidate
    # thinking (no note says so).
    "topic_only": {
        "formal": (
            "I appreciated the chance to discuss {topic} with you.",
            # (no "Thank you as well ...": this sentence mostly follows the thanks itself)
            "I valued the time we spent on {topic}.",
            "I was glad to have the opportunity to discuss {topic}.",
            "I appreciated our discussion of {topic}.",
        ),
        "any": (
            "I was glad we had the chance to talk about {topic}.",
            "I enjoyed our conversation about {topic}.",
            "It was good to talk about {topic} with you.",
        ),
    },
    # One more topic of this reader, in a letter too short to send without it: thanks for
    # what they told the candidate about it (never "we also had time for", which says nothing).
    "topic_also": {
        "formal": (
            "I was grateful, too, for what you told me about {topic}.",
            "Thank you as well for discussing {topic} with me.",
        ),
        "any": (
            "I also enjoyed hearing about {topic}.",
            "I was glad we touched on {topic} as well.",
        ),
    },
    # The same, for a topic that is a question put to the candidate or their own work ("how I
    # would handle a difficult parent"): they were not told about it, they talked it through.
    "topic_also_mine": {
        "formal": (
            "Thank you as well for the chance to talk through {topic}.",
            "I also valued the chance to talk through {topic}.",
        ),
        "any": (
            "Thank you, too, for the chance to talk through {topic}.",
            "I also appreciated the chance to talk through {topic}.",
        ),
    },
    # The candidate's point about the topic just named: {clause} is the candidate's own ("I
    # led ..."); the frame says how that experience would serve the topic, pointing back to
    # it instead of naming it again. Only used when the point and topic are about one thing.
    "link": {
        "formal": (
            "{clause}, and I would bring that to this work.",
            "It is an area I know from my own work: {clause_lower}.",
            "{clause}; I would draw directly on that here.",
            "My own experience bears on it: {clause_lower}.",
        ),
        "any": (
            "It is close to my own experience: {clause_lower}.",
            "{clause}; I would put that to work here.",
            "That is familiar ground for me: {clause_lower}.",
            "{clause}, and I would be glad to build on that here.",
            "{clause}, so I would come to it with some practice behind me.",
            "It connects with my own work: {clause_lower}.",
        ),
    },
    # A done thing (an achievement, a past action) tied to the topic: the frame says where it
    # meets the topic and lets the result speak; never "I would put that to work here".
    "link_done": {
        "formal": (
            "It is an area I know from my own work: {clause_lower}.",
            "My own experience bears on it: {clause_lower}.",
            "It is close to my own experience: {clause_lower}.",
            "My own work touches on it: {clause_lower}.",
        ),
        "any": (
            "It is close to my own experience: {clause_lower}.",
            "That is familiar ground for me: {clause_lower}.",
            "It connects with my own work: {clause_lower}.",
        ),
    },
    # A result or credential said right after the topic it is about: a word that says it is
    # the same subject, and no claim of how close it is to the candidate's experience.
    "link_same": {
        "formal": (
            "On that subject, {clause_lower}.",
            "In that area, {clause_lower}.",
            "On that point, {clause_lower}.",
        ),
        "any": (
            "On that subject, {clause_lower}.",
            "On that front, {clause_lower}.",
            "On that point, {clause_lower}.",
        ),
    },
    # A deed of the candidate's that no topic of this reader is about, in a short paragraph of
    # its own after the topics: its lead recalls why they fit the role ({role}: "role" or
    # "position", as the thanks says), with no claim of a tie to a topic and no boast (reader
    # 35: "One thing I am proud of: I led a team of 14 ..." after a worry about an audit). It
    # never says it is the most of what they would bring (reader 161: "Much of what I would
    # bring ... comes from my work so far: I presented a poster ...") nor that it went beyond
    # what was discussed (reader 185: "Beyond what we discussed, I presented my thesis ...", the
    # first thing she asked for), nor owns up to it ("I should also mention that I corrected a
    # registration error", readers 237 and 239: a plain sentence of its own reads better).
    "point_role": {
        "formal": (
            "I would come to the {role} with relevant experience: {clause_lower}.",
            "In the {role}, I would draw on my experience to date: {clause_lower}.",
            "{clause}.",
        ),
        "any": (
            "I would come to the {role} with relevant experience: {clause_lower}.",
            "For the {role}, I would draw on my work so far: {clause_lower}.",
            "{clause}.",
        ),
    },
    # A point about a topic that is the candidate's own work ("my Hale & Co rebrand"): said
    # plainly, with no claim that it is close to the candidate's experience.
    "link_mine": {
        "formal": ("{clause}.",),
        "any": ("{clause}.",),
    },
    # A second topic of this reader with a point tied to it; {topic} names it. The point says
    # what ties it to the topic: no frame claims the topic is familiar whatever follows. One
    # frame of each tone says no "my own work": a letter with two such points (or a "link"
    # frame before) has a free one.
    "tie_more": {
        "formal": (
            "I was also glad to discuss {topic}: {clause_lower}.",
            "Our discussion of {topic} touched on my own work as well: {clause_lower}.",
            "When we turned to {topic}, one example from my experience came to mind: "
            "{clause_lower}.",
        ),
        "any": (
            "I was glad we talked about {topic} as well: {clause_lower}.",
            "Our talk about {topic} touched on my own work too: {clause_lower}.",
            "When we turned to {topic}, one example came to mind: {clause_lower}.",
        ),
    },
    # A second topic with a credential held tied to it ("I am Bosch eBike Systems certified"):
    # a credential is no example that came to mind, nor the candidate's work. No "as well":
    # the topic before it may have been left out.
    "tie_more_held": {
        "formal": ("As for {topic}, {clause_lower}.", "With regard to {topic}, {clause_lower}."),
        "any": ("As for {topic}, {clause_lower}.", "When it comes to {topic}, {clause_lower}."),
    },
    # A second topic that is the candidate's own work ("the fractions lesson I taught") with a
    # point tied to it: no "my own work" beside it, the topic is already that.
    "tie_mine": {
        "formal": ("I was also glad to talk through {topic}: {clause_lower}.",),
        "any": ("It was good to talk through {topic} as well: {clause_lower}.",),
    },
    # A point that fits none of this reader's topics, said after the thanks as part of the
    # candidate's summary: it stands on its own, with no claim of a link to any topic.
    "summary": {
        "formal": (
            "{clause}, and I would bring that to the position.",
            "{clause}, which I believe has prepared me well for the position.",
            "{clause}, and I hope to build on that in this role.",
        ),
        "any": (
            "{clause}, and I would be glad to put that to work here.",
            "{clause}, and I would bring that with me.",
            "{clause}, which I would build on in the role.",
            "{clause}; I would hope to build on that here.",
        ),
    },
    # Something done (an achievement, a past action) standing on its own: said plainly, the
    # result speaks for itself; "..., and I would bring that to the position" fits no result.
    # A lead recalls why the candidate fits the role, never a boast (reader 35: "One thing I am
    # proud of: ..." reads as a non sequitur with a boastful lead).
    "summary_done": {
        "formal": (
            "{clause}.",
            "In this position, I would draw on my experience to date: {clause_lower}.",
        ),
        "any": (
            "{clause}.",
            "For this role, I would draw on my work so far: {clause_lower}.",
            "I would come to this role with relevant experience: {clause_lower}.",
        ),
    },
    # A qualification held (a degree, a licence, a registration) standing on its own: a
    # credential is said plainly; "I hold QTS, and I would bring that with me" says nothing more.
    "summary_held": {
        "formal": ("{clause}.",),
        "any": ("{clause}.",),
    },
    # A highlight the candidate brought up, recalled as something told: {told} is what they
    # told the reader about ("a talk on pipelines"). No claim of what it shows.
    "summary_told": {
        "formal": (
            "I was glad to tell you about {told}.",
            "I was pleased to have the chance to tell you about {told}.",
            "I appreciated the chance to tell you about {told}.",
            "It was good to be able to tell you about {told}.",
            "I was glad of the opportunity to describe {told}.",
        ),
        "any": (
            "I was glad to tell you about {told}.",
            "I enjoyed telling you about {told}.",
            "It was good to tell you about {told}.",
            "I was pleased to get to tell you about {told}.",
            "I'm glad I could tell you about {told}.",
        ),
    },
    # The contribution, tied to a topic that no other sentence names: {said} is the
    # contribution as a clause ("I would aim to bring ...").
    "contribution_at": {
        "formal": ("As for {topic}, {said}.", "With {topic} in mind, {said}."),
        "any": ("As for {topic}, {said}.", "Thinking about {topic}, {said}."),
    },
    # A second point; {clause_also} has "also" in place ("I also led ...", "I am also ...").
    # A third is said plainly: one connector per letter is enough.
    "point_more": {
        "formal": (
            "{clause_also}.",
            "In addition, {clause_lower}.",
        ),
        "any": (
            "{clause_also}.",
            "On top of that, {clause_lower}.",
            "Beyond that, {clause_lower}.",
        ),
    },
    # What the candidate would bring: {np} a noun phrase, {vp} a plain verb phrase.
    "contribution_np": {
        "formal": (
            "In this position, I would hope to bring {np}.",
            "I would hope to contribute {np}.",
            "I would offer the team {np}.",
        ),
        "any": (
            "What I would hope to bring is {np}.",
            "I would love to bring {np}.",
            "I would happily bring {np}.",
            "I would be glad to offer {np}.",
        ),
    },
    "contribution_vp": {
        "formal": (
            "In this position, I would look to {vp}.",
            "I would hope to {vp}.",
            "I would be keen to {vp}.",
        ),
        "any": (
            "I would love to {vp}.",
            "I would be glad to {vp}.",
            "Given the chance, I would {vp}.",
            "In the role, I would {vp}.",
        ),
    },
    # The person the candidate would be in the role ("one consistent interpreter ..."): {np}.
    "contribution_be": {
        "formal": ("In this position, I would aim to be {np}.", "I would hope to be {np}."),
        "any": (
            "I would love to be {np}.",
            "I would be glad to be {np}.",
            "I would aim to be {np}.",
        ),
    },
    # The kind of person the candidate would come as ("a fit and calm recruit who ..."): {np}.
    "contribution_as": {
        "formal": ("I would join your team as {np}.", "I would come to the role as {np}."),
        "any": ("I would join the team as {np}.", "I would come to the role as {np}."),
    },
    # An outcome the candidate would work for ("fewer missed connections"): {np}.
    "contribution_aim": {
        "formal": ("I would aim for {np}.", "My aim would be {np}."),
        "any": ("I would aim for {np}.", "I would work towards {np}."),
    },
    # A follow-up in the candidate's voice: {clause} a clause, {np} anything else.
    "follow_up_clause": {
        "formal": (
            "I would also like to add that {clause}.",
            "One further point: {clause}.",
            "To add to my earlier answer, {clause}.",
        ),
        "any": (
            "One thing I would add: {clause}.",
            "To add to one of my answers, {clause}.",
            "I also wanted to mention that {clause}.",
            "A quick addition to our conversation: {clause}.",
        ),
    },
    # Something the candidate did not get to say in the interview: {clause}.
    "follow_up_forgot": {
        "formal": (
            "One point I did not mention when we met: {clause}.",
            "I should also have mentioned that {clause}.",
        ),
        "any": (
            "One thing I did not get to mention: {clause}.",
            "I should also have mentioned that {clause}.",
        ),
    },
    # Something the candidate promised to send, enclosed: {what} "my writing sample".
    "follow_up_enclose_email": {
        "formal": ("As promised, I attach {what}.", "As I promised, I attach {what}."),
        "any": ("As promised, I have attached {what}.", "As promised, {what} is attached."),
    },
    "follow_up_enclose_letter": {
        "any": ("As promised, I enclose {what}.", "As I promised, I enclose {what}."),
    },
    # Something the notes say to send, sent with the letter: {what} "the chart I designed".
    "follow_up_attached_email": {
        "formal": (
            "I attach {what}, which may be of interest.",
            "I have attached {what} for your reference.",
            "Please find {what} attached.",
        ),
        "any": ("I have attached {what} in case it helps.",),
    },
    "follow_up_attached_letter": {
        "any": ("I enclose {what}, which may be of interest.",),
    },
    # ... offered, not sent: {what} "my CPD log".
    "follow_up_offer_send": {
        "formal": ("I would be glad to send {what} if it would be useful.",),
        "any": ("I would be happy to send {what} if it would be useful.",),
    },
    # ... a link the notes give: {what} "our spring concert recording", {url}.
    "follow_up_link_given": {
        "any": ("Here is the link to {what}: {url}.",),
    },
    # Something forgotten in the room, sent now: {what} "my references", {it} "them".
    "follow_up_forgot_enclose_email": {
        "formal": ("I attach {what}, which I neglected to send you when we met.",),
        "any": ("I forgot to give you {what} when we spoke, so I have attached {it} here.",),
    },
    "follow_up_forgot_enclose_letter": {
        "any": ("I enclose {what}, which I did not think to give you when we met.",),
    },
    "follow_up_forgot_link": {
        "any": ("I forgot to send you {what} when we spoke; I will send {it} separately.",),
    },
    # Something to send later, at the time the notes give: {what}, {when} "after this week".
    "follow_up_send_later": {
        "any": ("I will send you {what} {when}.",),
    },
    "follow_up_send_promised": {
        "any": ("As promised, I will send you {what} {when}.",),
    },
    # A link promised: the notes do not hold it, so it goes separately.
    "follow_up_link": {
        "any": ("As promised, I will send you {what} separately.",),
    },
    # ... a link typed as a thing to send, never promised in the room ("send dale the portfolio
    # link + the photos"): sent, never attached (the notes do not hold it).
    "follow_up_link_todo": {
        "any": ("I will send you {what} separately.",),
    },
    # A promise of a name or details to pass on ("the name of the book I mentioned"): sent,
    # never attached.
    "follow_up_send_name": {
        "any": ("As promised, I will send you {what}.",),
    },
    "follow_up_send_name_later": {
        "any": ("I will send you {what}.",),
    },
    # A follow-up that adds to a particular answer: {topic} is what the question was about.
    "follow_up_answer": {
        "formal": (
            "Regarding {topic}, I would like to add that {clause}.",
            "On {topic}, I should have mentioned that {clause}.",
            "To complete my answer on {topic}: {clause}.",
        ),
        "any": (
            "To add to my answer on {topic}: {clause}.",
            "One thing I would add on {topic}: {clause}.",
            "On {topic}, I should have mentioned that {clause}.",
        ),
    },
    # A follow-up read by its parts (`followparts`): the question of the letter's reader and
    # the answer ({topic} "rigging", {clause} "I should add that I did the rigs myself").
    "follow_up_asked": {
        "formal": ("You asked about {topic}: {clause}.",),
        "any": ("You asked about {topic}: {clause}.",),
    },
    # ... a question typed as it was asked ({topic} "how I would deal with a late milker").
    "follow_up_asked_how": {
        "any": ("You asked {topic}: {clause}.",),
    },
    # ... a question whose asker the notes do not name, and the answer to it.
    "follow_up_on": {
        "formal": ("Regarding {topic}: {clause}.",),
        "any": ("On {topic}: {clause}.",),
    },
    # ... what was said in the room and the correction: {clause} "I said 30 days' notice, but
    # it is actually one calendar month".
    "follow_up_corrected": {
        "formal": ("One correction to my answers: {clause}.",),
        "any": ("One correction: {clause}.",),
    },
    # ... the same, to the answer on {topic} ("my funding"), named first.
    "follow_up_corrected_on": {
        "formal": ("One correction to my answer on {topic}: {clause}.",),
        "any": ("One correction on {topic}: {clause}.",),
    },
    # A follow-up that says what the candidate has not used and what instead: {clause}.
    "follow_up_denied": {
        "formal": ("Regarding {topic}: {clause}.", "To complete my answer on {topic}: {clause}."),
        "any": (
            "On {topic}: {clause}.",
            "To add to my answer on {topic}: {clause}.",
            "One thing I would add on {topic}: {clause}.",
        ),
    },
    # An answer that stands and what there was besides: {granted} "I have not done much PLC
    # work", {clause} "I have done basic ladder logic on Allen-Bradley for two years".
    "follow_up_although": {
        "any": ("Although {granted}, {clause}.", "While {granted}, {clause}."),
    },
    # The panellist's point about how the candidate did, owned up to: {clause} "the pace
    # dipped in the middle of the observation", {vp} what the candidate would do instead.
    "follow_up_owned": {
        "formal": ("You were right that {clause}; next time I would {vp}.",),
        "any": ("You were right that {clause}: next time I would {vp}.",),
    },
    # A note to ask about something, said as wanting to hear more: {topic}.
    "follow_up_ask": {
        "formal": ("I would welcome the chance to learn more about {topic}.",),
        "any": (
            "I would be glad to hear more about {topic}.",
            "I would love to hear more about {topic}.",
        ),
    },
    # A question the candidate meant to ask: {q} " whether you use X", " about the rota", or a
    # direct question ": is the trial shift paid?" (`followheads.asked_after`).
    "follow_up_question": {
        "formal": ("I would also like to ask{q}.",),
        "any": ("I also wanted to ask{q}.",),
    },
    # A figure said in the room put right: {fix} "5 yrs experience, not 3" (`followfix`).
    "follow_up_figure_fix": {
        "formal": ("One correction to what I said when we met: {fix}.",),
        "any": ("One correction to what I said in the interview: {fix}.",),
    },
    # a figure put right with what it is about: {about} "salary", {fix} "I meant 2.8M JMD, not
    # 2.4M JMD" (`saidmeant`).
    "follow_up_fix_about": {
        "formal": ("I should correct one figure I gave about {about}: {fix}.",),
        "any": ("One correction to what I said about {about}: {fix}.",),
    },
    "follow_up_claim_fix": {
        "formal": ("When we met, I said {said}; in fact {fact}.",),
        "any": ("In our conversation I said {said}; in fact {fact}.",),
    },
    # a detail said wrong put right: {subj} {verb} {new}, not {old}.
    "follow_up_swap": {
        "formal": ("I should correct one detail: {subj} {verb} {new}, not {old}.",),
        "any": ("One correction to something I said: {subj} {verb} {new}, not {old}.",),
    },
    "follow_up_claim_fix_topic": {
        "any": ("When we spoke about {topic}, I said {said}; in fact {fact}.",),
    },
    "follow_up_sentence": {
        "formal": ("{sentence}",),
        "any": ("{sentence}",),
    },
    "follow_up_vp": {
        "formal": ("I would be glad to {vp}.",),
        "any": ("I would be glad to {vp}.", "I am happy to {vp}."),
    },
    "follow_up_np": {
        "formal": ("One further point from our conversation: {np}.",),
        "any": ("One more point from our conversation: {np}.", "A quick addition: {np}."),
    },
    # Interest after the thanks, for a letter short of its channel's minimum; the thanks has
    # named the role and the company already.
    "interest": {
        "formal": (
            "Our conversation confirmed my interest in the position.",
            "I left our meeting even more interested in the position.",
            "The conversation strengthened my wish to join the team.",
            "I remain very interested in the position.",
            "Our conversation reinforced my wish to contribute to the team.",
        ),
        "concise": (
            "I came away keen to join the team.",
            "I left even keener on the role.",
            "I am now even more interested in the role.",
            "Our talk made me keener to join the team.",
            "I came away even more interested in the role.",
        ),
        "warm": (
            "I came away keener than ever to join the team.",
            "I left our conversation even more excited about joining the team.",
            "The conversation left me keener than ever on the role.",
            "Our conversation made me even more excited about the role.",
            "I came away more enthusiastic than ever about joining the team.",
        ),
    },
    "other_roles": {
        "formal": (
            "Should another position at {company} suit my background, I would also welcome "
            "being considered for it, now or in the future.",
            "I would also be pleased to be considered for other roles at {company}, now or later.",
            "I would also welcome being considered for other positions at {company}, now or in "
            "the future.",
            "Should a different role at {company} suit my background, now or later, I would be "
            "glad to be considered for it.",
            "I would also be interested in other opportunities at {company}, now or in the "
            "future, should one suit my background.",
        ),
        "any": (
            "I would also be glad to be considered for other roles at {company}, now or later on.",
            "I would also welcome hearing about future roles at {company}.",
            "Other roles at {company}, now or in the future, would interest me as well.",
            "I would be happy to be considered for other roles at {company} as well, now or in "
            "the future.",
            "I'd be glad to hear about other openings at {company} too, now or in the future.",
            "Should another role at {company} suit my background, now or later, I would welcome "
            "hearing about it.",
        ),
    },
    # Next steps welcomed: {steps} a noun phrase ("a decision next week").
    "next_np": {
        "formal": (
            "I look forward to {steps}.",
            "I shall look forward to {steps}.",
        ),
        "any": (
            "I look forward to {steps}.",
            "I'm looking forward to {steps}.",
        ),
    },
    # A next step the candidate reaches only if they get through: hoped for, not expected.
    # Welcomed, never "I would look forward to" (a conditional no one writes).
    "next_hope": {
        "formal": (
            "I look forward to hearing from you, and I hope to have the opportunity of {steps}.",
            "I would welcome the opportunity of {steps}.",
        ),
        "any": (
            "I look forward to hearing from you, and I hope to have the chance of {steps}.",
            "I would welcome the chance of {steps}.",
        ),
    },
    # A step they set out and what follows it if it goes well: {steps} "the take-home",
    # {then} "a final round with the CTO": the first expected, the second hoped for.
    "next_then": {
        "formal": (
            "I look forward to {steps}, and I hope to have the opportunity of {then}.",
            "I shall look forward to {steps}, and I would welcome the opportunity of {then}.",
        ),
        "any": (
            "I look forward to {steps}, and I hope to have the chance of {then}.",
            "I am looking forward to {steps}, and I would welcome the chance of {then}.",
        ),
    },
    # Who gets in touch when, and the step they set out: {who} "you", {time} "by Friday",
    # {steps} "the second round with the director in early December".
    "next_hear_then": {
        "formal": (
            "I look forward to hearing from {who} {time}, and I hope to have the opportunity of "
            "{steps}.",
            "I shall look forward to hearing from {who} {time}, and I would welcome the "
            "opportunity of {steps}.",
        ),
        "any": (
            "I look forward to hearing from {who} {time}, and I hope to have the chance of "
            "{steps}.",
            "I hope to hear from {who} {time}, and I would welcome the chance of {steps}.",
        ),
    },
    # A step only hoped for, said after the news: "..., and I would welcome the chance of a
    # final round with the CTO next week".
    "next_also_hope": {
        "formal": ("and I would welcome the opportunity of {steps}.",),
        "any": ("and I would welcome the chance of {steps}.",),
    },
    # News due within a span ("within two weeks"): the span is theirs, never the candidate's
    # deadline ("I look forward to hearing from you within two weeks"). {who} "you", "Nurul".
    "next_hear_span": {
        "formal": ("I understand that I may expect to hear back from {who} {time}.",),
        "any": ("I understand I should hear back from {who} {time}.",),
    },
    # Next steps that are news from them ("a decision next week"): {time} says when.
    "next_hear": {
        "formal": (
            "I look forward to hearing from you {time}.",
            "I shall look forward to hearing from you {time}.",
            "I look forward to your news {time}.",
        ),
        "any": ("I look forward to hearing from you {time}.", "I hope to hear from you {time}."),
    },
    # Material they will send for the next stage: {what} "the brief for the range presentation",
    # {time} "by Monday 7 December" (never "hearing from you" by the day the brief comes).
    "next_receive": {
        "formal": ("I look forward to receiving {what} {time}.",),
        "any": ("I look forward to receiving {what} {time}.", "I will look out for {what} {time}."),
    },
    # News from someone other than the reader: {who} "the recruiter", "HR", "Sam".
    "next_hear_from": {
        "formal": (
            "I look forward to hearing from {who} {time}.",
            "I shall look forward to hearing from {who} {time}.",
        ),
        "any": (
            "I look forward to hearing from {who} {time}.",
            "I hope to hear from {who} {time}.",
        ),
    },
    "next_clause": {
        "formal": (
            "I understand that {clause}, and I look forward to hearing from you.",
            "As I understand it, {clause}; I look forward to hearing from you.",
        ),
        "any": (
            "I understand that {clause}, and I look forward to hearing from you.",
            "As I understand it, {clause}; I look forward to hearing from you.",
        ),
    },
    # ... whose clause already says when they will be heard from: {clause}
    "next_clause_heard": {
        "any": ("I understand that {clause}.", "As I understand it, {clause}."),
    },
    "next_vp": {
        "formal": ("I will {vp}, and I look forward to the next stage.",),
        "concise": ("I will {vp}.",),  # a short letter: the candidate's part, and its day
        "any": ("I will {vp}, and I look forward to the next step.",),
    },
    "next_none": {
        "formal": (
            "I look forward to hearing from you.",
            "I hope to hear from you in due course.",
            "I look forward to the next stage of the process.",
            "I shall look forward to hearing from you.",
            "I hope to hear from you about the next stage.",
        ),
        "concise": (
            "I look forward to hearing from you.",
            "I look forward to the next step.",
            "I hope to hear from you soon.",
            "I look forward to hearing what comes next.",
            "I look forward to hearing about next steps.",
        ),
        "warm": (
            "I look forward to hearing from you.",
            "I look forward to hearing what comes next.",
            "I look forward to the next step.",
            "I hope to hear from you soon.",
            "I'm looking forward to hearing about the next steps.",
        ),
    },
    # Thanks again, before the next step, in a letter short of its channel's minimum.
    # Said only in a letter under its channel's minimum: short, and in as many ways as a
    # person would say it, so no one wording fills the letters of many candidates. None that
    # a reader marks as filler: "It was a pleasure to meet you." after thanks for meeting, and
    # after a video call too (reader 8: "It was a pleasure to meet you. I shall look forward to
    # hearing from you.").
    # It follows the thanks that opens the letter, so each says it is thanks again: "I am
    # grateful for the time you spent with me." after "Thank you for your time ..." reads as
    # the same sentence twice (reader 25: in 6 of 25 letters).
    "closing": {
        "formal": (
            "Thank you again.",
            "Thank you again for your time.",
            "Thank you again for the time you gave me.",
            "Thank you again for setting aside time for our conversation.",
            "My thanks again for your time.",
            "Thank you again for making the time.",
            "Thank you once more for meeting with me.",
        ),
        "any": (
            "Thanks again.",
            "Thank you again for the conversation.",
            "Many thanks again for your time.",
            "Thanks again for giving me your time.",
            "Thanks again for making the time.",
            "Thanks again for meeting with me.",
            "Thanks so much again for the conversation.",
            "Thank you again for the time you spent with me.",
        ),
    },
    # An offer that claims nothing about the interview, for a letter otherwise too short to send.
    "offer": {
        "formal": (
            "Should you need any further information from me, I would be glad to provide it.",
            "Please let me know if any further information from me would be useful.",
            "Please let me know if I can provide anything further.",
            "I would be glad to provide any further details you may need.",
            "If you would like any further information, I would be happy to send it.",
        ),
        "any": (
            "If anything else from me would help, just let me know.",
            "Just let me know if there is anything else you need from me.",
            "I'm happy to send anything else that would help.",
            "If you need anything more from me, just let me know.",
            "I'd be glad to help with anything else you need.",
        ),
    },
    # --- personal notes, by kind -----------------------------------------------------------
    "wish_trip": {
        "formal": ("I hope your {detail} goes smoothly.", "I wish you a pleasant {detail}."),
        "any": (
            "I hope your {detail} goes well.",
            "I hope you have a wonderful {detail}.",
            "Safe travels on your {detail}.",
        ),
    },
    # What a trip is for ({what}: "residency"), where ({place}) and when ({when}: " in January").
    "wish_stay": {
        "formal": ("I hope your {what} in {place} goes very well{when}.",),
        "any": (
            "Good luck with your {what} in {place}{when}.",
            "I hope your {what} in {place} goes well{when}.",
        ),
    },
    # {team}: a team they follow ("Spurs", "Ipswich Town").
    "wish_team_season": {
        "formal": ("I hope {team} have a successful season.",),
        "any": ("I hope {team} have a good season.", "Good luck to {team} this season."),
    },
    # {event}: what they are doing, as "the" event ("the Boston Marathon in April").
    "wish_luck": {
        "formal": (
            "I wish you every success with {event}.",
            "I hope {event} goes very well.",
            "My best wishes for {event}.",
        ),
        # a LinkedIn note has room for the short form only
        "formal/linkedin": ("Good luck with {event}.",),
        "concise": (
            "Good luck with {event}.",
            "Best of luck with {event}.",
            "All the best for {event}.",
            "I hope {event} goes well.",
        ),
        "any": ("Good luck with {event}.", "I hope {event} goes well."),
    },
    # {event}: "your talk at Typo Berlin in October".
    "wish_talk": {
        "formal": ("I hope {event} goes very well.", "I wish you every success with {event}."),
        "any": ("I hope {event} goes well.", "Good luck with {event}."),
    },
    "wish_time": {
        "formal": (
            "I hope you have a most enjoyable time at {event}.",
            "I hope {event} is a memorable occasion.",
        ),
        "any": ("I hope you have a wonderful time at {event}.", "Enjoy {event}."),
    },
    # {activity}: a pastime as they said it ("cycling across Norway this summer").
    # {what}: what they hope to do, said to them ("go back for the Feria de las Flores").
    "wish_hope": {
        "formal": ("I hope you are able to {what}.", "I very much hope you get to {what}."),
        "any": ("I hope you get to {what}.", "I do hope you get to {what}."),
    },
    "wish_leisure": {
        "formal": ("I hope you enjoy {activity}.", "My best wishes for {activity}."),
        "any": ("I hope you enjoy {activity}.", "Have a great time {activity}."),
    },
    # {event}: a course of theirs ("the part-time MSc at Bath").
    "wish_study": {
        "formal": ("I wish you every success with {event}.", "I hope {event} is going well."),
        "any": ("Good luck with {event}.", "I hope {event} is going well."),
    },
    # {event}: what they are reading or watching ("the new Tana French novel").
    "wish_enjoy": {
        "any": ("I hope you enjoy {event}.", "I hope {event} is a good one."),
    },
    # {activity}: "learning to letterpress print".
    "wish_learning": {
        "formal": ("I hope you are enjoying {activity}.", "I hope {activity} is going well."),
        "any": ("I hope you are enjoying {activity}.", "I hope {activity} is going well."),
    },
    # {activity}: a pastime they love ("hiking in the Alps").
    "wish_hobby": {
        "any": (
            "I hope you find plenty of time for {activity}.",
            "I hope you have time for {activity} soon.",
        ),
    },
    # {where}: " to the new office in Austin", " next month", or "".
    "wish_move": {
        "any": (
            "I hope the move{where} goes smoothly.",
            "I hope all goes smoothly with the move{where}.",
        ),
    },
    # {place}: " in Austin" or "".
    "settling": {
        "any": (
            "I hope you are settling in well{place}.",
            "I trust you are settling in well{place}.",
        ),
    },
    "pet": {
        "formal": ("I hope your new {detail} is settling in well.",),
        "any": (
            "I hope your new {detail} is settling in well.",
            "I hope the new {detail} is settling in happily.",
        ),
    },
    # {team}: "your daughter's robotics team"; {event}: "regionals"; {when}: "February".
    "wish_team": {
        "formal": ("I wish {team} every success at {event} in {when}.",),
        "any": (
            "Good luck to {team} at {event} in {when}.",
            "I hope {team} does well at {event} in {when}.",
        ),
    },
    # {what}: something just over ("your trip to Japan", "the Kennedy Center Honors").
    # Something they did and are back from: {what} "walking the Camino de Santiago".
    "enjoyed_doing": {
        "formal": ("I hope you enjoyed {what}.",),
        "any": ("I hope you enjoyed {what}.", "I hope you had a wonderful time {what}."),
    },
    "enjoyed": {
        "formal": ("I hope you enjoyed {what}.",),
        "any": ("I hope you enjoyed {what}.", "I hope {what} was a good one."),
    },
    # {when}: " in June" or "".
    "retirement": {
        "formal": (
            "I wish you a very happy retirement{when}.",
            "My best wishes for your retirement{when}.",
        ),
        "any": (
            "I wish you a very happy retirement{when}.",
            "All the best for your retirement{when}.",
        ),
    },
    # {name}: the pet's name ("Biscuit").
    "named_pet": {
        "any": ("I hope {name} is settling in well.", "I hope {name} is settling in happily."),
    },
    # {news}: "your wedding", "your engagement", "20 years at the firm".
    "celebration": {
        "formal": (
            "Please accept my congratulations on {news}.",
            "Many congratulations on {news}.",
        ),
        "any": ("Congratulations on {news}.", "Many congratulations on {news}."),
    },
    # {what}: what the reader and the candidate both are ("Leicester Tigers fan").
    "fellow": {
        "formal": (
            "It was a pleasure to meet a fellow {what}.",
            "It was good to meet a fellow {what}.",
        ),
        "any": (
            "It was good to meet a fellow {what}.",
            "It is always good to meet a fellow {what}.",
        ),
    },
    # A recommendation: thanks, and what the candidate will do with it ({action}).
    # {it} is "it" or "them" as {what} is one thing or several ("the frame building videos").
    "recommendation": {
        "formal": (
            "Thank you for recommending {what}; I look forward to {action} {it}.",
            "I am grateful for your recommendation of {what}, and I intend to {base} {it}.",
        ),
        "any": (
            "Thank you for recommending {what}; I look forward to {action} {it}.",
            "Thanks, too, for the tip about {what}: I plan to {base} {it} soon.",
            "Thank you for pointing me to {what}; {it_is} next on my list to {base}.",
        ),
    },
    # Family news: {rel} "granddaughter"; {rest} "Reception at St Oswald's in September".
    "family_start": {
        "any": ("I hope your {rel} {enjoys} starting {rest}.",),
    },
    "family_wedding": {
        "any": ("I hope your {rel}'s wedding{when} is a wonderful day.",),
    },
    # A recommendation with what they said to do with it: {do} "read chapter 9".
    # {doing}: what the candidate is doing with it ("re-reading it now", "already reading it").
    "recommendation_doing": {
        "formal": ("Thank you for recommending {what}; I am {doing}.",),
        "any": ("Thank you for recommending {what}; I am {doing}.",),
    },
    # {young}: "puppies", "kittens".
    "litter": {
        "formal": ("I hope the {young} are all doing well.",),
        "any": ("I hope the {young} are all doing well.", "I hope the {young} are thriving."),
    },
    # {place}: "the practice in Harrogate"; {verb}: what the candidate did there ("trained").
    "shared_past": {
        "formal": ("It was good to learn that you once worked at {place}, where I {verb}.",),
        "any": (
            "It was good to find that you once worked at {place} where I {verb}.",
            "What a coincidence that you once worked at {place} where I {verb}.",
        ),
    },
    "recommendation_do": {
        "formal": ("Thank you for recommending {what}; I will {do}.",),
        "any": (
            "Thank you for recommending {what}; I will {do}.",
            "Thanks, too, for recommending {what}: I will {do}.",
        ),
    },
    # Their own work coming out, which the candidate said they would read: {gerund}: "reading",
    # {base}: "read";
    # {what}: "new book on Scottish tapestry"; {when}: "in February".
    "their_work": {
        "formal": ("I shall make a point of {gerund} your {what} when it is published {when}.",),
        "any": (
            "I'll make a point of {gerund} your {what} when it comes out {when}.",
            "I'll be sure to {base} your {what} when it comes out {when}.",
        ),
    },
    "shared": {
        "formal": ("It was a pleasure to discover that {clause}.",),
        "any": (
            "It was a nice surprise to find that {clause}.",
            "I enjoyed discovering that {clause}.",
        ),
    },
}


# Wordings said only where a panel would otherwise repeat a colleague's sentence word for word
# (`stepvaried`): kept at the end of their tables, and out of every first choice, so a letter
# with no such colleague is worded as before.
SPARE: dict[str, dict[str, tuple[str, ...]]] = {
    "next_hear_then": {
        "formal": (
            "I look forward to hearing from {who} {time}, and to the opportunity of {steps}.",
        ),
        "any": (
            "I look forward to hearing from {who} {time}, and to the chance of {steps}.",
            "I hope to hear from {who} {time}, and I would be glad of the chance of {steps}.",
        ),
    },
    "next_hear_from": {
        "formal": ("I look forward to news from {who} {time}.",),
        "any": ("I look forward to news from {who} {time}.",),
    },
}
_SPARE_ON: ContextVar[bool] = ContextVar("spare wordings", default=False)


@contextmanager
def spare_wordings() -> Iterator[None]:
    """Within: `wordings` ends each table with its spare wordings (`SPARE`)."""
    token = _SPARE_ON.set(True)
    try:
        yield
    finally:
        _SPARE_ON.reset(token)


def wordings(section: str, tone: str, channel: str) -> tuple[str, ...]:
    """The variants of `section` for this tone and channel: "tone/channel", tone, else "any"
    (with the spare ones after them within `spare_wordings`)."""
    table = BOOK[section]
    for key in (f"{tone}/{channel}", tone, "any"):
        if key in table:
            if _SPARE_ON.get():
                return (*table[key], *SPARE.get(section, {}).get(key, ()))
            return table[key]
    raise KeyError(f"no wording for {section} in tone {tone}")


def table_value(table: dict[str, tuple[str, ...]], tone: str, channel: str) -> tuple[str, ...]:
    """A small keyed table (sign-offs, greeting words) read like `wordings`."""
    for key in (f"{tone}/{channel}", tone, "any"):
        if key in table:
            return table[key]
    raise KeyError(tone)


def fitting(options: tuple[str, ...], fits: Callable[[str], bool]) -> tuple[str, ...]:
    """The options that `fits` accepts, or all of them when it accepts none."""
    return tuple(o for o in options if fits(o)) or options


@dataclass
class Variation:
    """Deterministic choices for one letter, seeded by who writes to whom.

    `pick` hashes the seed (the candidate and company) with the slot's name, so each slot
    varies independently; the panellist's place shifts every choice, so letters of one panel
    differ (the first as many panellists as there are wordings each take their own; later ones
    pair with a different colleague in each slot).
    """

    seed: str
    offset: int = 0  # the panellist's place: letters of one panel take different wordings

    def number(self, slot: str) -> int:
        digest = hashlib.blake2b(f"{self.seed}\x00{slot}".encode(), digest_size=8).digest()
        return int.from_bytes(digest, "big")

    def pick(self, slot: str, options: Sequence[T]) -> T:
        """One of `options` for this letter's `slot`."""
        return self.order(slot, options)[0]

    def order(self, slot: str, options: Sequence[T]) -> list[T]:
        """All `options`, this letter's choice first, then the rest in a fixed rotation."""
        size = len(options)
        # Panellists past the number of wordings start again; each further round is shifted
        # by the slot's own step, so two panellists who share one slot's wording (there are
        # more readers than wordings) do not share it in every slot.
        rounds, place = divmod(self.offset, size)
        step = 1 + self.number(f"{slot}\x00round") % (size - 1) if size > 1 else 0
        start = (self.number(slot) + place + rounds * step) % size
        return [options[(start + k) % size] for k in range(size)]


def seed_for(*parts: str) -> str:
    """A seed from the parts that make a letter distinct (candidate, company, interviewer)."""
    return "\x1f".join(" ".join(p.split()).casefold() for p in parts)
