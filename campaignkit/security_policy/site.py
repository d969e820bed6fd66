"""The policy as a step over the finished site: every HTML file in the output folder gets its own.

Run over the finished output (a language folder that a forked copy of the build
wrote, once the copy has built it; everything else once every language is built),
so it covers whatever wrote the page (a theme template, a generated 404 page, a
printed item's HTML) and does not depend on the theme's page events.
"""

from __future__ import annotations

from pathlib import Path

from .policy import add_policy

MARK = 'http-equiv="Content-Security-Policy"'


def policy_on_page(page: Path, html: str) -> None:
    """Give one built page (read as `html`) its policy, unless it has one."""
    if MARK not in html:
        page.write_text(add_policy(html), encoding="utf-8")
