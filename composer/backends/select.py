"""The old home of `ModelSettings` and `BackendKind`; both keep working from here.

`choose_backend` lives in `composer.backend_choice`, above the backends it chooses between;
the library exports it as `composer.choose_backend`.
"""

from __future__ import annotations

from composer.backends.base import ModelSettings
from composer.choices import BackendKind

__all__ = ["BackendKind", "ModelSettings"]
