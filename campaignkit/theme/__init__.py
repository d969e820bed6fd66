"""Theme binding: the only part of the engine that knows Material for MkDocs.

`templates/` is the `campaign` MkDocs theme (`mkdocs_theme.yml`: `extends: material`).
It overrides Material's `main.html` (adding the features' partials to
its blocks, and loading the engine's one script instead of Material's bundle),
`404.html`, and the partials `copyright.html` (the footer links), `alternate.html`
(the slot where the language selector goes), `search.html` (the engine's search
drives it) `header.html` (no search button in an offline copy) and `logo.html` (the logo drawn in the page);
`look.css` gives the calm, official look. `assets.py` makes the one stylesheet and script, and
`purge.py` cuts the stylesheet down to the rules the built pages use. Moving to another theme
means rewriting this folder.
"""

from __future__ import annotations

from pathlib import Path

from ..features import Feature

FEATURE = Feature(name="theme", folder=Path(__file__).parent, styles=("look.css",))
