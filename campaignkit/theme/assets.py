"""The site's one stylesheet and one script, each made from the theme's and the features' files.

One file of each means two requests on a first visit, whatever the features. The stylesheet
holds Material's compiled styles (its palette too, where the force sets one) and then every
feature's, in feature order; a finished build cuts it down to the rules its pages use
(`purge.py`). The script holds every feature's script, each in its own scope, minified.
"""

from __future__ import annotations

import functools
from pathlib import Path

import rjsmin

from ..features import Feature


def theme_stylesheets(theme_dirs: list[str], palette: bool) -> list[Path]:
    """Material's compiled stylesheets, found under whatever name (with its hash) this release gives them."""
    names = ["main", "palette"] if palette else ["main"]
    found = []
    for name in names:
        for folder in theme_dirs:
            matches = sorted(Path(folder, "assets", "stylesheets").glob(f"{name}.*.min.css"))
            if matches:
                found.append(matches[0])
                break
        else:
            raise FileNotFoundError(f"the theme has no assets/stylesheets/{name}.*.min.css")
    return found


def stylesheet(theme: list[Path], features: tuple[Feature, ...], brand: str) -> str:
    """The theme's styles, the force's colours, then each feature's styles."""
    parts = [path.read_text(encoding="utf-8") for path in theme] + [brand]
    for feature in features:
        for name in feature.styles:
            parts.append(f"/* {feature.name}/{name} */\n" + (feature.folder / name).read_text(encoding="utf-8"))
    return "\n".join(parts)


def script(features: tuple[Feature, ...]) -> str:
    """The features' scripts, each in its own scope, in one minified file."""
    parts = []
    for feature in features:
        for name in feature.scripts:
            parts.append(f"(() => {{\n{(feature.folder / name).read_text(encoding='utf-8')}\n}})();")
    return minify_js("\n".join(parts))


@functools.lru_cache(maxsize=32)
def minify_js(source: str) -> str:
    """Comments and spare whitespace out (rJSmin, which leaves the code itself alone): about half the bytes."""
    return rjsmin.jsmin(source)
