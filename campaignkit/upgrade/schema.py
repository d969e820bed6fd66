"""Refuse a `campaign` block written for another schema, saying what moved and to run `campaign upgrade`.

Checked before anything else is read, so an old site gets one plain message per
moved setting rather than a list of unknown and missing settings.
"""

from __future__ import annotations

from typing import Any, Mapping

from .. import __version__
from ..configuration.locate import Locator
from ..errors import Problem
from .steps import CURRENT_SCHEMA, FIRST_SCHEMA, Move, moves_after

ADVICE = "Run 'campaign upgrade' to move it (your comments and order are kept)."


def schema_of(options: Mapping[str, Any]) -> int | None:
    """The block's schema (no `schema` setting means the first), or None if it is not a whole number."""
    value = options.get("schema", FIRST_SCHEMA)
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= FIRST_SCHEMA else None


def outdated_settings(options: Mapping[str, Any], locator: Locator, file: str) -> list[Problem]:
    """Nothing when the block is on the current schema; otherwise what to do about it, with lines."""
    schema = schema_of(options)
    if schema == CURRENT_SCHEMA:
        return []
    if schema is None:
        return [Problem(file, locator.line(("schema",)),
                        f"campaign → schema: expected a whole number, such as {CURRENT_SCHEMA}, "
                        f"not '{options.get('schema')}'.")]
    if schema > CURRENT_SCHEMA:
        return [Problem(file, locator.line(("schema",)),
                        f"campaign → schema: these settings are written for a newer version of Campaign Kit "
                        f"(schema {schema}). This is Campaign Kit {__version__}, which reads schema "
                        f"{CURRENT_SCHEMA}. Install the version of Campaign Kit that the site's requirements name.")]
    problems = [Problem(file, locator.line(move.old),
                        f"'{Move.label(move.old)}' has moved to '{Move.label(move.new)}' in this version of "
                        f"Campaign Kit. {ADVICE}")
                for _, move in moves_after(schema) if present(options, move.old)]
    return problems or [Problem(file, locator.line(("schema",)),
                                f"the campaign settings are written for an older version of Campaign Kit "
                                f"(schema {schema}). Run 'campaign upgrade' to bring them up to date "
                                f"(your comments and order are kept).")]


def present(options: Mapping[str, Any], path: tuple[str, ...]) -> bool:
    """Whether the setting at `path` is written in the block."""
    node: Any = options
    for key in path:
        if not isinstance(node, Mapping) or key not in node:
            return False
        node = node[key]
    return True
