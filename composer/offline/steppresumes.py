"""Whether a next step presumes the job is the candidate's ("start date would be May 1",
"offer letter + start date to follow"): a letter that repeats it sounds presumptuous."""

from __future__ import annotations

from composer import regexes as re
from composer.offline.steptext import step_parts

# A next step that assumes the job is the candidate's ("start date would be May 1", "salary to
# be agreed"): a letter that repeats it sounds presumptuous, so it is left out.
_PRESUMES = re.compile(
    r"\b(?:start(?:ing)?\s+date|start\s+on|salary|pay\s+rise|(?:relocation\s+)?package"
    r"|first\s+day|notice\s+period|if\s+it\s+works\s+out|when\s+I\s+start|once\s+I\s+start"
    r"|contract\s+(?:start|terms)|sign(?:ing)?\s+the\s+contract|then\s+(?:an?\s+|the\s+)?offer"
    r"|offer\s+(?:letter|pack|details|to\s+follow)|(?:if|once|when)\s+(?:I(?:'m|\s+am|\s+get)\s+)?hired)\b",
    re.IGNORECASE,
)


def presumes(value: str | None) -> bool:
    """True when a next step assumes the candidate has the job ("start date would be May 1");
    an offer named as what follows the news is no such step ("medical then offer, HR to email
    by fri")."""
    return bool(value and _PRESUMES.search(step_parts(value)))
