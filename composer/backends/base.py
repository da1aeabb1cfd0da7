"""The contract between the compose loop and whatever writes the drafts, and model settings.

The request and the draft themselves (`DraftRequest`, `Draft`, `Usage`) are defined in
`composer.drafting`, below prompting, and are re-exported here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from composer.drafting import Draft, DraftRequest, Usage
from composer.prompting import Prompts

__all__ = ["Backend", "BackendBase", "Draft", "DraftRequest", "ModelSettings", "Usage"]


@runtime_checkable
class Backend(Protocol):
    """Anything that writes drafts: everything the compose loop uses of it.

    `name` shows in messages ("offline", "openai"). `deterministic` says the same request always
    gets the same draft, so asking again cannot help: the loop asks once per letter.
    `use_prompts(prompts)` hands over the prompts to write from (the user's edited copies, say);
    a backend that uses none ignores them. `BackendBase` gives the last two their usual values.
    """

    name: str
    deterministic: bool

    def draft(self, request: DraftRequest) -> Draft: ...

    def use_prompts(self, prompts: Prompts) -> None: ...


class BackendBase:
    """A base for backends: not deterministic, and no use for prompts. Subclasses set `name`
    and define `draft`."""

    name: str = "custom"
    deterministic: bool = False

    def draft(self, request: DraftRequest) -> Draft:
        raise NotImplementedError

    def use_prompts(self, prompts: Prompts) -> None:
        """Prompts are for backends that send them to a model; this one has none to replace."""


@dataclass(frozen=True)
class ModelSettings:
    """How to reach a model service; None means "from the environment, else the default"."""

    model: str | None = None
    base_url: str | None = None
    api_key: str | None = None
    timeout: float = 60.0

    def __repr__(self) -> str:  # never show the key
        return (
            f"ModelSettings(model={self.model!r}, base_url={self.base_url!r}, "
            f"timeout={self.timeout})"
        )
