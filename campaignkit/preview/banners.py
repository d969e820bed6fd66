"""The notes the preview puts at the top of its pages: a save with a problem, or a page not yet updated."""

from __future__ import annotations

import html
import re
from pathlib import Path
from string import Template

from ..errors import Problem

FOLDER = Path(__file__).parent
BODY = re.compile(rb"<body[^>]*>")


def mark(folder: Path, banner: str) -> None:
    """Put a banner at the top of every page below `folder`."""
    data = banner.encode("utf-8")
    for page in folder.rglob("*.html"):
        text = page.read_bytes()
        if data not in text:  # once, however many saves it stays out of date
            page.write_bytes(BODY.sub(lambda found: found.group(0) + data, text, count=1))


def render_stale() -> str:
    """The note on a page whose language the preview has not rebuilt since the last save."""
    template = Template((FOLDER / "stale.html").read_text(encoding="utf-8"))
    return template.substitute(style=(FOLDER / "banner.css").read_text(encoding="utf-8"))


def render_banner(problems: list[Problem]) -> str:
    """The banner's HTML, its style inline: while serving, the site has no security policy to forbid it."""
    items = "".join(f"<li>{html.escape(str(problem))}</li>" for problem in problems)
    template = Template((FOLDER / "banner.html").read_text(encoding="utf-8"))
    return template.substitute(style=(FOLDER / "banner.css").read_text(encoding="utf-8"), problems=items)
