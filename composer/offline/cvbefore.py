"""A CV line about the post before the one the notes are about: "before that 3 yrs as PSO in
Coventry" -> "I spent three years as a PSO in Coventry"; "before that 2 yrs agency nursing" ->
"I spent two years in agency nursing"; what it taught after "so": "before that 3 yrs dental
receptionist so i know how the practices work" -> "I spent three years as a dental receptionist,
so I know how the practices work"."""

from __future__ import annotations

from composer import regexes as re
from composer.offline import lexicon
from composer.offline.realise import Clause

# The line after cleaning ("three years", "about 18 months"); a tail of names after a comma
# ("controls engineer, PLCs (Allen-Bradley, Siemens)") is what the post used: left aside.
_BEFORE = re.compile(
    r"^before (?:that|this),? (?P<span>(?:about |over |nearly |almost )?[\w.]+ (?:years?|months?))"
    r"(?: (?:as )?(?!(?:in|at|with|for) )"
    r"(?P<post>[a-z][\w-]*(?: [A-Za-z][\w-]*){0,3}?|[A-Z]{2,5}))?"
    r"(?P<place> (?:in|at|with|for) (?:the )?[A-Z][\w&' -]*)?(?P<tail>, [A-Z].*)?"
    r"(?P<so>,? so (?:i|I) (?:know|understand) (?:how|what|why|the) [a-z' ]+)?$"
)
# The last word of a post held by a person: "foreman", "engineer", "PSO".
PERSON = re.compile(r"(?:er|or|ist|ian|ant|ee|man|woman|rep|lead|chef|nurse|officer)$")


def read(text: str) -> tuple[str, Clause] | None:
    """The post before, said as a stint, or None for any other shape."""
    found = _BEFORE.match(text)
    if found is None:
        return None
    post = found["post"]
    if post is None:  # "before that 18 months at Tesco"
        return ("role", _stint(found, "")) if found["place"] and not found["tail"] else None
    words = post.split()
    head = words[-1]
    if words[0] in ("a", "an"):
        said = post
    elif head.isupper() or PERSON.search(head):
        said = f"{lexicon.article(post)} {post}"
    elif post.islower() and lexicon.is_noun(head) and not lexicon.is_plural_noun(head):
        return "role", _stint(found, f"in {post}")  # "agency nursing", "retail"
    else:
        return None
    return "role", _stint(found, f"as {said}")


def _stint(found: re.Match[str], what: str) -> Clause:
    """The stint said on its own: a letter places it after other sentences, where "before
    that" would point at whatever came before it."""
    place = found["place"] or ""
    so = re.sub(r"^,? so [iI] ", ", so I ", found["so"] or "")
    return Clause("I", "spent", f"{found['span']} {what}".rstrip() + place + so)
