"""The exact language and direction of a page, on its <html> element.

The theme writes the language its label pack is named after ("zh", not "zh-Hans")
and puts the direction on <body>. Browsers, screen readers and search engines read
both from <html>, so they are set there, for every page the build writes.
"""

from __future__ import annotations

import re

HTML_TAG = re.compile(r"<html\b[^>]*>", re.IGNORECASE)
LANG_OR_DIR = re.compile(r"\s(?:lang|dir)=(\"[^\"]*\"|'[^']*'|[^\s>]+)", re.IGNORECASE)


def set_language(html: str, code: str, direction: str) -> str:
    match = HTML_TAG.search(html)
    if match is None:
        return html
    rest = LANG_OR_DIR.sub("", match.group(0)[len("<html"):-1])
    tag = f'<html lang="{code}" dir="{direction}"{rest}>'
    return html[: match.start()] + tag + html[match.end():]
