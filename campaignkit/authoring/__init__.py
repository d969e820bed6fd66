"""Authoring checks: mistakes in the English Markdown caught before readers see them.

Run by the build for every page and by `campaign check` without building.
"""

from __future__ import annotations

from .encoding import pages_not_utf8
from .front_matter import check_front_matter, markdown_start_line
from .invisible import check_invisible
from .links import check_links
from .outside_content import check_outside_content
from .page_input import check_page_input, check_translation_input
from .round_trip import check_constructs, check_round_trip, round_trip_inputs
from .typed_numbers import typed_numbers

__all__ = ["check_constructs", "check_links", "check_front_matter", "check_invisible", "check_outside_content",
           "check_page_input", "check_round_trip", "round_trip_inputs", "check_translation_input", "markdown_start_line",
           "pages_not_utf8", "typed_numbers"]
