"""Theme binding: the only part of the engine that knows Material for MkDocs.

`templates/` overrides Material's `main.html` (adding the features' partials to
its blocks) and `partials/copyright.html` (the footer links); `look.css` gives
the calm, official look. Moving to another theme means rewriting this folder.
"""

from __future__ import annotations

from pathlib import Path

from ..features import Feature

FEATURE = Feature(name="theme", folder=Path(__file__).parent, styles=("look.css",))
