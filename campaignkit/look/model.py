"""`campaign → look`: logo, brand colour (contrast checked), tab icon and footer links."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..configuration.reader import Reader

# White header text on the brand colour must meet WCAG AA for normal text.
MIN_CONTRAST_WITH_WHITE = 4.5
# What browsers show as a tab icon.
ICON_TYPES = (".svg", ".png", ".ico")


@dataclass(frozen=True)
class FooterLink:
    """A link the force adds to the footer, beside the accessibility and privacy links."""

    text: str
    url: str


@dataclass(frozen=True)
class Look:
    logo: str
    colour: str
    favicon: str
    footer_links: tuple[FooterLink, ...] = ()


def read_look(root: Reader, docs_dir: Path | None) -> Look | None:
    section = root.section("look")
    if section is None:
        return None
    section.allow("logo", "colour", "favicon", "footer_links")
    logo = _picture(section, "logo", docs_dir, required=True)
    colour = section.checked("colour", parse_brand_colour)
    favicon = _picture(section, "favicon", docs_dir, required=False)
    if favicon and not favicon.lower().endswith(ICON_TYPES):
        section.error("favicon", f"'{favicon}' cannot be a tab icon: use a picture ending in .svg, .png or .ico.")
        favicon = None
    links = tuple(link for entry in section.sections("footer_links", required=False)
                  if (link := _read_link(entry)) is not None)
    if None in (logo, colour) or (favicon is None and section.data.get("favicon")):
        return None
    return Look(logo, colour, favicon or logo, links)


def _picture(section: Reader, key: str, docs_dir: Path | None, required: bool) -> str | None:
    path = section.text(key, required=required)
    if path and docs_dir is not None and not (docs_dir / path).is_file():
        section.error(key, f"the file '{path}' was not found in {docs_dir.name}/. Put the picture there or fix the path.")
        return None
    return path


def _read_link(entry: Reader) -> FooterLink | None:
    entry.allow("text", "url")
    text, url = entry.text("text"), entry.url("url")
    return FooterLink(text, url) if text and url else None


def parse_brand_colour(value: str) -> str:
    """Accept #rrggbb dark enough to carry white text (WCAG 2.2 AA, 4.5:1)."""
    if not re.fullmatch(r"#[0-9a-fA-F]{6}", value):
        raise ValueError(f"expected a colour written as # and six hex digits, such as #1d3f6e; not '{value}'.")
    ratio = contrast_with_white(value)
    if ratio < MIN_CONTRAST_WITH_WHITE:
        raise ValueError(
            f"white text on {value} has a contrast of {ratio:.1f}:1, below the 4.5:1 that readers need. "
            "Choose a darker shade of the force colour."
        )
    return value.lower()


def contrast_with_white(colour: str) -> float:
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    return 1.05 / (luminance + 0.05)
