"""The old home of `choose_backend` and `ModelSettings`; both keep working from here.

`choose_backend` lives in `composer.backend_choice` (above the backends it chooses between),
`ModelSettings` in `composer.backends.base`; the library exports both as `composer.<name>`.
"""

from __future__ import annotations

from composer.backend_choice import choose_backend, wants_model
from composer.backends.base import ModelSettings
from composer.choices import BackendKind

__all__ = ["BackendKind", "ModelSettings", "choose_backend", "wants_model"]
