"""Search, one language at a time, loaded only when the reader opens it.

Each language gets its own index (`<lang>/search/search_index.json`) holding only
its own pages. The theme's search worker (lunr) and the index are fetched the first
time the reader opens search, never on a plain page view. Languages lunr has no
stemmer for are searched word for word.
"""

from __future__ import annotations

from pathlib import Path

from ..features import Feature

FEATURE = Feature(
    name="search",
    folder=Path(__file__).parent,
    styles=("search.css",),
    scripts=("search.js",),
    runtime_names=("mark",),  # the worker marks each word found in a result
)
