"""Years of a role or a field and the tools it was done with, typed as a CV line: "7 yrs SRE,
Go/Postgres/k8s" -> "I have seven years as an SRE, working with Go, Postgres and Kubernetes";
"5 yrs freelance motion design (AE, C4D, some blender)" -> "I have five years of experience in
freelance motion design, working with After Effects, Cinema 4D and some Blender"; a tool and its
years after it: "sage vip payroll 4 yrs" -> "I have used Sage VIP Payroll for four years".

Each tool is a name the tables know (`TOOL_NAMES`, `TOOLS_SHORT`, the product names) or one typed
with its capitals; a part that is none ("(acute, stroke, community)", "(Penumbra)") leaves the
line to the other readers. `read` takes the line after `cleaning.clean`.
"""

from __future__ import annotations

from composer import regexes as re
from composer.offline import cvspans, lexicon
from composer.offline.cvresults import NUMBER
from composer.offline.cvshares import spelled
from composer.offline.pointwords import tool_name
from composer.offline.realise import Clause
from composer.offline.topicproducts import product_capitals
from composer.offline.words import PERSON_HEADS, TOOL_NAMES, TOOLS_SHORT

_TOOL = r"[A-Z][\w.+#-]*|k8s"
# A product's words after its maker's name: "sage vip payroll", "quickbooks online".
_AFTER_NAME = frozenset(["payroll", "online", "cloud", "pro", "plus", "desktop", "enterprise"])


def read(text: str) -> tuple[str, Clause] | None:
    """The kind and clause of years with tools, or None for any other shape."""
    return _role_tools(text) or _listed(text) or _used(text)


def _role_tools(text: str) -> tuple[str, Clause] | None:
    """Years of a role and its tools: "7 yrs SRE, Go/Postgres/k8s" -> "I have seven years as
    an SRE, working with Go, Postgres and Kubernetes"."""
    found = re.fullmatch(
        rf"(?P<n>{NUMBER}) (?P<unit>years|months) (?:as )?(?P<role>[A-Z]{{2,5}}|[a-z]+ ?[a-z]+),"
        rf" (?P<tools>(?:{_TOOL})(?:(?:/|, | and )(?:{_TOOL}))+)",
        text,
    )
    if found is None:
        return None
    role = found.group("role")
    if not role.isupper() and role.split()[-1] not in PERSON_HEADS:
        return None
    tools = [cvspans.SHORT.get(t, t) for t in re.split(r"/|, | and ", found.group("tools"))]
    listed = ", ".join(tools[:-1]) + " and " + tools[-1]
    said = f"{found.group('n')} {found.group('unit')} as {lexicon.article(role)} {role}"
    return "role", Clause("I", "have", f"{said}, working with {listed}")


def tool(word: str, *, listed: bool = False) -> str | None:
    """ "blender" -> "Blender"; in a list of tools (`listed`), "AE" -> "After Effects" and a name
    typed in capitals and a digit ("C4D") as typed (alone, "AE" may be an assistant editor);
    None when the word is no tool's name the tables know ("ICU" may as well be a ward's)."""
    low = word.lower()
    if listed and low in TOOLS_SHORT:
        return TOOLS_SHORT[low]
    if tool_name(word) and (listed or low in TOOL_NAMES):  # "md" alone may be anything
        return tool_name(word)
    named = product_capitals(f"with {word}").removeprefix("with ")
    if named != word:
        return named
    return word if listed and re.fullmatch(r"[A-Z]+\d[A-Z\d]*", word) else None


# Years of a field, then its tools in a bracket or after a dash.
_LISTED = re.compile(
    rf"^(?P<span>(?:about |over )?{NUMBER}\+? (?:years|months) [^()]+?)"
    r"(?: \((?P<bracket>[^()]+)\)| - (?P<dash>[^()]+))$"
)


def _listed(text: str) -> tuple[str, Clause] | None:
    """ "five years freelance motion design (AE, C4D and some blender)" -> "... in freelance
    motion design, working with After Effects, Cinema 4D and some Blender"; or None."""
    found = _LISTED.match(text)
    if found is None:
        return None
    parts = re.split(r", | and |/| \+ ", found["bracket"] or found["dash"])
    if len(parts) < 2:
        return None
    said = []
    for part in parts:
        some = part.startswith("some ")
        name = tool(part.removeprefix("some "), listed=True)
        if name is None or (some and part is not parts[-1]):
            return None
        said.append(f"some {name}" if some else name)
    known = [tool(p.removeprefix("some ")) or p.lower() in TOOLS_SHORT for p in parts]
    if not any(known):
        return None  # "(A320, B737)": no part the tables know as a tool
    head = cvspans.span(found["span"])
    if head is None or head[1].verb != "have" or "," in head[1].rest:
        return None
    listed = ", ".join(said[:-1]) + " and " + said[-1]
    field = head[1].rest.replace(" of experience with ", " of experience in ")  # not "with" twice
    return "skill", Clause("I", "have", f"{field}, working with {listed}")


_USED = re.compile(
    rf"^(?P<name>[A-Za-z][\w-]*(?: [A-Za-z][\w-]*){{0,2}}) (?P<n>{NUMBER}) (?P<unit>years|months)$"
)


def _used(text: str) -> tuple[str, Clause] | None:
    """ "sage vip payroll four years" -> "have used Sage VIP Payroll for four years": a tool
    named first, its years after; the words after the maker's name are the product's own."""
    found = _USED.match(text)
    if found is None:
        return None
    first, *rest = found["name"].split()
    name = tool(first)
    if name is None:
        return None
    words = [name]
    for word in rest:
        if word.lower() in _AFTER_NAME:
            words.append(word.capitalize())
        elif len(word) <= 4 and word.isalpha() and not lexicon.known(word):
            words.append(word.upper())  # "vip": an edition's initials
        else:
            return None
    said = f"{' '.join(words)} for {spelled(found['n'])} {found['unit']}"
    return "skill", Clause("I", "have used", said)
