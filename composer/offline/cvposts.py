"""Posts named in a CV line, by word class: a person's noun ("paralegal", "bookseller",
"trainee"), two posts held together ("banker and fixer mason"), and the article a post takes
after "as" ("a support worker", "cabin crew")."""

from __future__ import annotations

from composer import regexes as re
from composer.offline import fields, lexicon
from composer.offline.words import COLLECTIVE_POSTS, FUNCTION_WORDS, LEARNER_POSTS

_GROUP_OR_LEARNER = COLLECTIVE_POSTS | LEARNER_POSTS  # "as cabin crew", "as a working student"


def person(word: str) -> bool:
    """A person's post or trade: "paralegal", "archivist", "chaplain"; or one written as a
    compound whose last part is a post, its first a known word: "bookseller" (book + seller),
    "shopkeeper"."""
    if fields.is_post(word) or doer(word) or word.lower() in _GROUP_OR_LEARNER:
        return True
    low = word.lower()
    if (
        low.endswith(("ler", "der"))
        and "verb" in lexicon.classes(low[:-1])
        and lexicon.is_noun(low)
    ):
        return True  # "claims handler", "assistant grader": one who does what "grade" says
    return low.isalpha() and any(
        lexicon.known(low[:i]) and fields.is_post(low[i:]) for i in range(3, len(low) - 3)
    )


def post_first(what: str) -> bool:
    """ "working student at X": the words before the first preposition name a post."""
    words = re.split(r" (?:at|for|in|with|on|under) ", what)[0].split()
    return bool(words) and person(words[-1])


def doer(word: str) -> bool:
    """A noun for one a verb is done to or for, by its ending and the verb before it:
    "trainee" (train), "employee" (employ), "appointee" (appoint). ("-er" and "-or" name
    machines as often as people: "computer", "elevator".)"""
    low = word.lower()
    if len(low) < 6 or not low.endswith("ee") or not lexicon.is_noun(low):
        return False
    return any("verb" in lexicon.classes(stem) for stem in (low[:-2], low[:-2] + "e"))


def as_post(post: str) -> str:
    """ "a support worker", "an apprentice saddler", "cabin crew": a post with the article it
    takes after "as" (none for a post named by a group, `COLLECTIVE_POSTS`)."""
    last = post.split()[-1].lower() if post.split() else ""
    return post if last in COLLECTIVE_POSTS else f"{lexicon.article(post)} {post}"


def posts(what: str) -> str | None:
    """ "banker and fixer mason": two posts of a trade held together (each a person's noun
    last, typed in lower case, with no word of a clause); else None."""
    parts = what.split(" and ")
    if len(parts) != 2 or not what.islower():
        return None
    for part in parts:
        words = part.split()
        if not 0 < len(words) <= 2 or any(w in FUNCTION_WORDS for w in words):
            return None
        if not person(words[-1]) or not all(lexicon.known(w) for w in words):
            return None
    return what
