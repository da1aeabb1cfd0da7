"""Notes files: JSON in, a validated `Notes` out, or a `NotesError` a person can act on.

Also the unfinished answers of `thankyou interview`: read back from a file (`load_prefill`), saved
under a new name (`save_new`), and the default file name (`default_notes_path`).
"""

from __future__ import annotations

import difflib
import json
from pathlib import Path
from typing import Any, get_args

from pydantic import BaseModel, ValidationError

from composer import regexes as re
from composer.errors import NotesError
from composer.files import FileExists, write_text_atomic
from composer.files import slug as file_slug
from composer.models import Candidate, Interview, Interviewer, Notes
from composer.userfiles import decode_text, parse_json, read_bytes

MAX_BYTES = 1_000_000


def load_notes(path: str | Path) -> Notes:
    """Read and validate the notes file at `path` ("-" reads stdin)."""
    data, label = read_bytes(
        path,
        what="a notes file",
        max_bytes=MAX_BYTES,
        error=NotesError,
        missing=f"Create one with `thankyou init {path}`.",
    )
    return parse_notes(data, source=label)


def parse_notes(data: bytes | str, source: str = "<notes>") -> Notes:
    """Validate notes given as JSON bytes or text; `source` names them in error messages."""
    if isinstance(data, bytes):
        if len(data) > MAX_BYTES:
            raise NotesError(
                f"{source}: {len(data):,} bytes; a notes file is at most {MAX_BYTES:,} bytes."
            )
        text = decode_text(data, source, NotesError)
    else:
        text = data
    if not text.strip():
        raise NotesError(
            f"{source}: the file is empty. Start from an example: `thankyou init notes.json`."
        )
    try:
        raw = parse_json(text, source, NotesError, _no_duplicate_keys)
    except _DuplicateKey as exc:
        raise NotesError(
            f'{source}: the key "{exc.key}" appears twice in one object; keep only one.'
        ) from None
    return notes_from_data(raw, source)


def notes_from_data(raw: Any, source: str = "<notes>") -> Notes:
    """Validate already-parsed JSON data (a dict) as notes."""
    if not isinstance(raw, dict):
        kind = {list: "an array", str: "a string", int: "a number", float: "a number"}.get(
            type(raw), "a JSON value"
        )
        raise NotesError(
            f"{source}: the top level is {kind}; a notes file is one JSON object "
            '{"candidate": ..., "company": ...}. Run `thankyou schema` to see the shape.'
        )
    try:
        return Notes.model_validate(raw)
    except ValidationError as exc:
        raise NotesError(describe_validation_error(exc, source)) from None


def describe_validation_error(exc: ValidationError, source: str) -> str:
    """Every bad field of `exc`, one line each, by its path in the notes file."""
    lines = [f"{source}: {exc.error_count()} problem(s) in the notes:"]
    for error in exc.errors(include_url=False):
        path = field_path(error["loc"])
        lines.append(f"  {path}: {_explain(error)}")
    lines.append("Run `thankyou schema` for the expected shape, or `thankyou init` for an example.")
    return "\n".join(lines)


def field_path(loc: tuple[int | str, ...]) -> str:
    """`("interviewers", 0, "name")` -> `interviewers[0].name`."""
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        elif part.startswith("function-") or part in {"str", "list[str]"}:
            continue  # validator names pydantic adds to the location
        else:
            path += f".{part}" if path else part
    return path or "(top level)"


_EXPECTED = {
    "missing": "field required",
    "date_from_datetime_parsing": "expected a date as YYYY-MM-DD",
    "date_parsing": "expected a date as YYYY-MM-DD",
    "date_from_datetime_inexact": "expected a date as YYYY-MM-DD, without a time",
    "date_type": "expected a date as YYYY-MM-DD",
    "string_type": "expected a string",
    "bool_type": "expected true or false",
    "bool_parsing": "expected true or false",
    "list_type": "expected a list of strings",
    "too_short": "add at least one",
    "model_type": "expected an object { ... }",
    "dict_type": "expected an object { ... }",
}


def _explain(error: Any) -> str:
    kind = error["type"]
    got = error.get("input")
    if kind == "missing" and str(error["msg"]).startswith("field required ("):
        return str(error["msg"])
    if kind == "literal_error":
        expected = error["ctx"]["expected"]  # pydantic gives every literal_error its choices
        return f"{got!r} is not allowed; expected one of {expected}"
    if kind == "value_error" and "email" in error["msg"].lower():
        return f"{got!r} is not a valid email address ({error['msg'].split(': ', 1)[-1]})"
    if kind == "list_type" and str(error["msg"]).startswith("expected a list of strings, one"):
        return str(error["msg"])
    if kind == "extra_forbidden":
        return _unknown_key(error["loc"])
    if kind == "too_short" and error["loc"] == ("interviewers",):
        return "add at least one interviewer with a name"
    if kind in _EXPECTED:
        message = _EXPECTED[kind]
        if kind not in {"missing", "too_short"} and got is not None:
            message += f", got {_short(got)}"
        return message
    return str(error["msg"])


def _unknown_key(loc: tuple[int | str, ...]) -> str:
    """Name the key the user probably meant, from the keys allowed at that level."""
    key = str(loc[-1])
    model: type[BaseModel] = Notes
    for part in loc[:-1]:
        if isinstance(part, int):
            continue
        field = model.model_fields.get(part)
        inner = _model_of(field.annotation) if field else None
        if inner is None:
            break
        model = inner
    guess = difflib.get_close_matches(key, list(model.model_fields), n=1, cutoff=0.6)
    hint = f'did you mean "{guess[0]}"?' if guess else "`thankyou schema` lists the keys"
    return f"unknown key ({hint})"


def _model_of(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in get_args(annotation):
        found = _model_of(arg)
        if found is not None:
            return found
    return None


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


# -- answers of `thankyou interview`, saved and read back ------------------------------------

_KNOWN: dict[str, type[BaseModel]] = {"candidate": Candidate, "interview": Interview}


def load_prefill(path: Path) -> tuple[dict[str, Any], list[str]]:
    """Answers from a notes file, complete or partial; unknown keys are dropped and listed."""
    data, label = read_bytes(path, what="a notes file", max_bytes=MAX_BYTES, error=NotesError)
    raw = parse_json(decode_text(data, label, NotesError), label, NotesError)
    if not isinstance(raw, dict):
        raise NotesError(f"{label}: expected one JSON object {{...}} of notes.")
    dropped: list[str] = []
    clean = _known_only(raw, Notes, "", dropped)
    return clean, dropped


def _known_only(
    data: dict[str, Any], model: type[BaseModel], where: str, dropped: list[str]
) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    for key, value in data.items():
        name = f"{where}{key}"
        if key not in model.model_fields:
            dropped.append(name)
        elif key in _KNOWN and isinstance(value, dict):
            clean[key] = _known_only(value, _KNOWN[key], f"{name}.", dropped)
        elif key == "interviewers" and isinstance(value, list):
            clean[key] = [
                _known_only(person, Interviewer, f"{name}[{number}].", dropped)
                for number, person in enumerate(value)
                if isinstance(person, dict)
            ]
        else:
            clean[key] = value
    return clean


def slug(text: str) -> str:
    """A file-name-safe lower-case ASCII form: "Brightline Health" -> "brightline-health".

    The same as the letters' file names, so "Ørsted" is "orsted", not "rsted"; "" when nothing
    is left.
    """
    return file_slug(text, fallback="")


def default_notes_path(data: dict[str, Any], *, partial: bool = False) -> Path:
    """`<company>-<date>.json` in the current folder (".partial.json" for unfinished answers)."""
    company = data.get("company")
    parts = [slug(company) if isinstance(company, str) else ""]
    interview = data.get("interview")
    day = interview.get("date") if isinstance(interview, dict) else None
    if isinstance(day, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
        parts.append(day)
    stem = "-".join(part for part in parts if part) or "interview-notes"
    return Path(f"{stem}.partial.json" if partial else f"{stem}.json")


def _numbered(path: Path, number: int) -> Path:
    if number == 1:
        return path
    name = path.name
    for ending in (".partial.json", ".json"):
        if name.endswith(ending):
            return path.with_name(f"{name[: -len(ending)]}-{number}{ending}")
    return path.with_name(f"{name}-{number}")


def save_new(path: Path, text: str, *, attempts: int = 1000) -> Path:
    """Write `text` to `path`, or to `path-2`, `path-3`... if taken; return the path written."""
    for number in range(1, attempts + 1):
        candidate = _numbered(path, number)
        try:
            write_text_atomic(candidate, text)
        except FileExists:
            continue
        return candidate
    raise FileExists(str(path))


def notes_json(notes: Notes) -> str:
    """Notes as the JSON text of a notes file."""
    return json.dumps(notes.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"


def draft_json(draft: dict[str, Any]) -> str:
    """Unfinished answers as JSON text in the notes shape."""
    return json.dumps(draft, indent=2, ensure_ascii=False, default=str) + "\n"
