"""Languages, as readers meet them: every page in every language, and a way to find your own.

    versions.py     which language versions of a page exist, and where; hreflang links
    document.py     the exact lang and dir on <html>
    sitemap.py      sitemap.xml with every version and x-default
    suggestion.py   "this page is also available in …", in each language (suggestion.js shows one)
    not_found.py    a 404 page per language; the root one offers every language
    selector.js     Esc closes the open language list
    packs.py        the theme's own labels for languages it has no pack for (packs/ti.yml, so, ps)
    templates/      selector.html (every page's header), band.html (home pages), suggestion.html,
                    head.html (hreflang), not-found.html

The translations themselves (catalogues, translated pages) are in ../translations.
"""

from __future__ import annotations

from pathlib import Path

from ..features import Feature

FEATURE = Feature(
    name="languages",
    folder=Path(__file__).parent,
    styles=("languages.css",),
    scripts=("suggestion.js", "selector.js"),
)
