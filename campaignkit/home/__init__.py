"""Home page: the campaign's landing page rather than a page of documentation.

The layout lives in the page itself (docs/index.md: `template: home.html`, Material's
`hide: [navigation, toc]`, and `<div markdown>` blocks with the engine's classes), so
the force's comms team keeps editing plain Markdown and every sentence stays a
translation unit. `home.css` turns those blocks into an emergency panel, three large
route cards and a grid of helpline cards, all with logical properties so right-to-left
languages mirror. `templates/banner.html` shows the optional campaign banner
(`home: banner:` and `banner_alt:` in the campaign block); `theme/templates/home.html`
places it, since only the theme folder knows Material's blocks.
"""

from __future__ import annotations

from pathlib import Path

from ..features import Feature

FEATURE = Feature(name="home", folder=Path(__file__).parent, styles=("home.css",))
