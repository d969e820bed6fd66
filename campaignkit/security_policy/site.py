"""The policy as a step over the finished site: every HTML file in the output folder gets its own.

Run once, after every language is built, so it covers whatever wrote the page
(a theme template, a generated 404 page, a later printed item's HTML) and does
not depend on the theme's page events.
"""

from __future__ import annotations

from pathlib import Path

from .policy import add_policy

MARK = 'http-equiv="Content-Security-Policy"'


def add_policies(site_dir: Path) -> int:
    """Give every built page its policy; a page that has one already keeps it. Returns how many changed."""
    changed = 0
    for page in sorted(site_dir.rglob("*.html")):
        html = page.read_text(encoding="utf-8")
        if MARK in html:
            continue
        page.write_text(add_policy(html), encoding="utf-8")
        changed += 1
    return changed
