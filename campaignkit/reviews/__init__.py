"""Reviews: every page says when its facts were last checked, and `campaign check` says when that is too long ago.

A page records it in its settings (`reviewed: 2026-12-01`, with `sources:` the
addresses to check its facts against); each helpline records `checked:` and
`source:` in mkdocs.yml. The page shows "Page last reviewed: 1 December 2026" in
the reader's language. `campaign check` warns about a missing or old date once it
is older than the force's `review_every_months` (6 by default).
"""

from __future__ import annotations

from pathlib import Path

from ..features import Feature

FEATURE = Feature(name="reviews", folder=Path(__file__).parent, styles=("reviews.css",))
