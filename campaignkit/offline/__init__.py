"""The offline copy: the whole site in one zip, for a USB stick, read from disk without a server or a network.

    build.py      builds the site with file addresses (page.html), without search, stopping on any warning
    messages.py   what the build says, shown as plain lines, so a problem reads like `campaign check`'s
    contents.py   which built files go in the copy (not those only a web server or search uses)
    pack.py       the zip: one top folder, the same bytes for the same site, written in one step
    command.py    `campaign build --offline`
"""

from __future__ import annotations

from .build import build_site
from .contents import offline_files
from .pack import Packed, pack

__all__ = ["Packed", "build_site", "offline_files", "pack"]
