"""Warnings for site files that replace an engine template, since the engine's fixes no longer reach them.

Files that replace no engine template (a README, the force's own partials, Material's
templates) are the force's own business and are not mentioned.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import Problem
from .engine import THEME_ALIAS, EngineTemplate, engine_templates, find
from .record import read_record


def override_warnings(custom_dir: str | Path | None) -> list[Problem]:
    """One warning for each engine template the site's overrides/ folder replaces and that may miss fixes."""
    if not custom_dir or not Path(custom_dir).is_dir():
        return []
    folder = Path(custom_dir)
    templates = engine_templates()
    warnings = []
    for path in sorted(folder.rglob("*")):
        name = path.relative_to(folder).as_posix()
        engine = find(name, templates) if path.is_file() else None
        if engine is not None:
            warnings += _warning(f"{folder.name}/{name}", path, engine)
    return warnings


def _warning(label: str, path: Path, engine: EngineTemplate) -> list[Problem]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return []  # the build reports a template it cannot read
    record = read_record(text)
    if record is None:
        if _extends_engine(text, engine.name):
            return []  # the documented way: extend the engine's template and change a block
        return [Problem(label, None,
                        f"this file replaces the engine's {engine.name}, and cannot be checked for updates because "
                        f"it does not say which version it was copied from. Copy the engine's template again with "
                        f"'campaign override {engine.name}' (move this file aside first) and copy your changes "
                        "into it.")]
    if record.digest == engine.digest():
        return []
    return [Problem(label, None,
                    f"the engine's {engine.name} has changed since you copied it from Campaign Kit {record.version}. "
                    f"Compare the two (campaign override --diff {engine.name}) and copy your changes into a fresh "
                    "copy, or the site may miss fixes.")]


def _extends_engine(text: str, name: str) -> bool:
    """Whether a theme template extends the engine's own ({% extends "campaign/theme/main.html" %}): the
    documented way to change one block, which keeps the engine's fixes to the rest."""
    pattern = r"\{%-?\s*extends\s+[\"']" + re.escape(THEME_ALIAS + name) + r"[\"']"
    return not name.startswith("campaign/") and re.search(pattern, text) is not None
