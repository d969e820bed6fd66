"""Languages, as readers meet them: every page in every language, and a way to find your own.

    selector     the language list at the top of every page (works without JavaScript)
    band         every language by its own name, near the top of each home page
    suggestion   "this page is also available in …", in the language the browser prefers
    links        <html lang dir>, canonical and hreflang links, the sitemap
    not_found    a 404 page per language; the root one offers every language
    packs        the theme's own labels for languages the theme has no pack for (ti, so, ps)

The translations themselves (catalogues, translated pages) are in ../translations.
"""

from __future__ import annotations

from pathlib import Path

from ..features import Feature

FEATURE = Feature(
    name="languages",
    folder=Path(__file__).parent,
    styles=("languages.css",),
    scripts=("suggestion.js",),
)
