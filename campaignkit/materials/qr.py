"""QR codes as vector SVG (segno): sharp at any print size, no image library needed."""

from __future__ import annotations

import functools
import re

import segno
from markupsafe import Markup

QUIET_ZONE = 4  # modules of white around the code: what scanners need


@functools.lru_cache(maxsize=256)  # every item of a language shows the same code
def qr_svg(address: str, error: str = "m") -> Markup:
    """An inline <svg> that fills the width of its box; the CSS gives the box its size in mm."""
    code = segno.make(address, error=error, micro=False)
    # omitsize: a viewBox instead of a fixed width and height, so the code scales to its box.
    svg = code.svg_inline(scale=1, border=QUIET_ZONE, dark="#000", light="#fff", omitsize=True,
                          svgclass="ck-m-qr", lineclass=None)
    return Markup(svg.replace("<svg ", '<svg role="img" aria-label="QR code" ', 1))


def short_address(address: str) -> str:
    """The address as printed beside the code: no scheme, no trailing slash on the host."""
    return re.sub(r"^https?://", "", address).rstrip("/") + ("/" if address.rstrip("/").count("/") > 2 else "")
