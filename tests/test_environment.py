"""The test environment has what the suite needs, so optional-extra tests cannot skip silently."""

from __future__ import annotations

import importlib.util


def test_the_proofread_extra_is_installed_for_the_tests() -> None:
    # Several proofreading tests skip when harper is missing; the test extras install it, so a
    # missing harper here means the environment is wrong and those tests proved nothing.
    assert importlib.util.find_spec("harper") is not None, (
        "harper-py is missing: install the test extras with pip install -e '.[test]'"
    )


def test_pexpect_is_installed_for_the_terminal_tests() -> None:
    assert importlib.util.find_spec("pexpect") is not None
