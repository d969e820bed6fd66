"""Python's cycle collector set for a one-off build rather than a long-running program.

A build makes hundreds of thousands of short-lived objects (Markdown trees, Jinja's
compiled templates, catalogue entries) and keeps most of them to the end, so the
collector's default of a pass every 700 new objects spends about a tenth of a build
looking at objects that are still in use. A build ends within seconds and its memory
is returned then; `mkdocs serve` runs for hours and keeps the default.
"""

from __future__ import annotations

import gc

BUILD_THRESHOLDS = (100_000, 50, 100)  # new objects before a young pass; passes before each older one


def tune_for_build() -> None:
    gc.set_threshold(*BUILD_THRESHOLDS)


def settle_before_fork() -> None:
    """Move what exists now out of the collector's sight, so a forked copy does not walk (and so copy)
    the memory it shares with this process."""
    gc.freeze()
