"""The wordings of a follow-up typed as a note to self (`followmemo`), as data: by shape and
tone, each a sentence frame with named slots ({topic}, {said}, {fix}, {clause}, {np}, {what},
{where}, {url})."""

from __future__ import annotations

# The wordings, by shape and tone ("any" for every tone without its own).
WORDINGS: dict[str, dict[str, tuple[str, ...]]] = {
    "corrected": {
        "formal": (
            "Regarding {topic}, I said {said}; in fact, {fix}.",
            "When we discussed {topic}, I said {said}, but {fix}.",
        ),
        "any": (
            "On {topic}: I said {said}, but {fix}.",
            "When we talked about {topic}, I said {said}, but {fix}.",
        ),
    },
    "corrected_asked": {"any": ("When you asked {topic}, I said {said}, but {fix}.",)},
    "corrected_unclaimed": {"any": ("When I was asked {topic}, I said {said}, but {fix}.",)},
    "forgot": {
        "formal": (
            "I should also have mentioned that {clause}.",
            "One point I did not mention when we met: {clause}.",
        ),
        "any": (
            "I should also have mentioned that {clause}.",
            "One thing I did not get to mention: {clause}.",
        ),
    },
    # a fact the candidate sounded unsure of in the room, or typed to be clarified (`followself`)
    "clarify": {
        "formal": ("I would like to confirm that {clause}.", "To be clear, {clause}."),
        "any": ("To be clear, {clause}.", "I would like to confirm that {clause}."),
    },
    # what the candidate meant by words said in the room (`followself`)
    "meant": {"any": ("To clarify my point about {topic}: {clause}.",)},
    "forgot_on": {"any": ("On {topic}, I should also have mentioned that {clause}.",)},
    "should_on": {"any": ("On {topic}, I should have mentioned that {clause}.",)},
    "forgot_np": {"any": ("I should also have mentioned {np}.",)},
    "should": {
        "any": ("I should have mentioned that {clause}.", "I should have said that {clause}."),
    },
    "link": {
        "any": ("I would be glad to send you a link to my {where}, which includes {what}.",),
    },
    "link_given": {"any": ("You can see {what} in my {where}: {url}",)},
    "correction": {
        "formal": ("One correction to what I said: {clause}.",),
        "any": ("One correction: {clause}.", "A correction to what I said: {clause}."),
    },
}


def wordings_for(section: str, tone: str, channel: str) -> tuple[str, ...]:
    """The wordings of `section` for this tone and channel ("any" for a tone without its own)."""
    table = WORDINGS[section]
    return table.get(f"{tone}/{channel}") or table.get(tone) or table["any"]
