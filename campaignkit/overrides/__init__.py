"""Copies of engine templates in a site's `overrides/` folder, and whether they have fallen behind.

A force that copies a whole engine template stops receiving the engine's fixes to it.
`campaign override NAME` makes the copy with a record of where it came from (the engine
version and a hash of the engine's file, in a Jinja comment on its first line), so that
`campaign check` and the build can say when the engine's version has since changed.
"""

from __future__ import annotations

from .checks import override_warnings

__all__ = ["override_warnings"]
