"""Authoring checks: mistakes in the English Markdown caught before readers see them.

Run by the build for every page and by `campaign check` without building.
"""

from __future__ import annotations

from .front_matter import check_front_matter, markdown_start_line
from .links import check_links
from .round_trip import check_constructs, check_round_trip

__all__ = ["check_constructs", "check_links", "check_front_matter", "check_round_trip", "markdown_start_line"]
