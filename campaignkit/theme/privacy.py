"""The privacy baseline, enforced: Material settings that would load from other hosts or write storage.

A force copying the template should not be able to switch these on by accident.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig

from ..configuration.locate import Locator
from ..errors import Problem

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
                                  "the force colour is set with campaign → force → colour instead.")
    if "navigation.instant" in (theme.get("features") or []):
        add(("theme", "features"), "remove navigation.instant: it breaks the quick exit and the language versions.")
    if config.repo_url:
        add(("repo_url",), "remove it: it makes every page ask GitHub for repository details.")
    for key, reason in STORE_OR_TRACK.items():
        if config.extra.get(key):
            add(("extra", key), f"remove it: {reason}.")
    return problems
