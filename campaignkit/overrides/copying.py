"""Putting a copy of an engine template into the site's overrides/ folder, with its record."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .. import __version__
from .engine import EngineTemplate
from .record import record_line


def copy_text(engine: EngineTemplate, version: str = __version__) -> str:
    """The engine's template with the record of where it came from on its first line."""
    return record_line(version, engine.source, engine.digest()) + engine.text()


def write_new(path: Path, text: str) -> None:
    """Write `path` in one step and never over an existing file, even one made a moment ago.

    Raises FileExistsError when the file is already there.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, 0o644)
        os.link(temporary, path)  # unlike a rename, a link refuses to replace what is there
    finally:
        Path(temporary).unlink(missing_ok=True)
