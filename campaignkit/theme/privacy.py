"""The privacy baseline, enforced: Material settings that would load from other hosts or write storage,
and theme features that would silently do nothing because they need the theme's own script.

A force copying the template should not be able to switch these on by accident.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig

from ..configuration.locate import Locator
from ..errors import Problem

# Theme features that only work through the theme's own script, which the site does not load
# (it fetched every language's sitemap on each page view and started search before it was opened).
NEEDS_THEME_SCRIPT = (
    "announce.dismiss", "content.code.copy", "content.tabs.link", "content.tooltips", "header.autohide",
    "navigation.instant.prefetch", "navigation.instant.progress", "navigation.top", "navigation.tracking",
    "search.highlight", "search.share", "search.suggest", "toc.follow",
)

STORE_OR_TRACK = {
    "analytics": "it sends every visit to an analytics service",
    "consent": "it stores a cookie consent choice in the browser",
}


def check_privacy(config: MkDocsConfig, locator: Locator, file: str) -> list[Problem]:
    problems: list[Problem] = []

    def add(path: tuple, message: str) -> None:
        problems.append(Problem(file, locator.line(path), f"{' → '.join(map(str, path))}: {message}"))

    theme = config.theme
    if theme.get("font") is not False:
        add(("theme", "font"), "set it to false. Any other value makes every page load fonts from Google, "
                               "which tells another company who visits.")
    if theme.get("palette"):
        add(("theme", "palette"), "remove it. A palette makes the site write the reader's choice to browser storage; "
                                  "the force colour is set with campaign → look → colour instead.")
    features = theme.get("features") or []
    if "navigation.instant" in features:
        add(("theme", "features"), "remove navigation.instant: it breaks the quick exit and the language versions.")
    inert = [feature for feature in features if feature in NEEDS_THEME_SCRIPT]
    if inert:
        add(("theme", "features"), f"remove {', '.join(inert)}: {'it needs' if len(inert) == 1 else 'they need'} "
                                   "the theme's own script, which this site does not load, so it would do nothing.")
    if config.repo_url:
        add(("repo_url",), "remove it: it makes every page ask GitHub for repository details.")
    for key, reason in STORE_OR_TRACK.items():
        if config.extra.get(key):
            add(("extra", key), f"remove it: {reason}.")
    return problems


def check_theme(config: MkDocsConfig, locator: Locator, file: str) -> list[Problem]:
    """The theme's own search must be the one in use: MkDocs' built-in `search` writes another index, and
    Material's header shows the search box only for its own plugin, so the site would have no search."""
    names = list(config.plugins.keys())
    if "material/search" in names or "search" not in names:
        return []
    return [Problem(file, locator.line(("plugins",)), "plugins: write 'material/search' instead of 'search'. "
                    "With the campaign theme, 'search' is MkDocs' own search, which this site cannot use, "
                    "and the search box would not show.")]
