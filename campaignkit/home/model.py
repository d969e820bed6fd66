"""The home page's settings: an optional campaign banner, which must be a picture in the site's own folder."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

from ..configuration.reader import Reader

PICTURES = (".jpg", ".jpeg", ".png", ".webp", ".avif", ".gif", ".svg")


@dataclass(frozen=True)
class Home:
    banner: str | None = None
    banner_alt: str | None = None


def read_home(root: Reader, docs_dir: Path | None) -> Home:
    """`home:` is optional; a banner needs its alternative text, and is never fetched from another host
    (the site's security policy and the readers' safety both rule that out)."""
    section = root.section("home", required=False)
    if section is None:
        return Home()
    section.allow("banner", "banner_alt")
    banner = section.text("banner", required=False)
    if banner is None:
        if section.text("banner_alt", required=False) is not None:
            section.error("banner_alt", "there is no banner to describe: add 'banner:' with the picture's path, "
                                        "or remove 'banner_alt:'.")
        return Home()
    alt = section.text("banner_alt")
    banner = _local_picture(section, banner, docs_dir)
    return Home(banner, alt) if banner and alt else Home()


def _local_picture(section: Reader, path: str, docs_dir: Path | None) -> str | None:
    parts = urlsplit(path)
    if parts.scheme or parts.netloc or path.startswith("/") or ".." in PurePosixPath(path).parts:
        section.error("banner", f"'{path}' is not a file in the site. Put the picture in the docs folder and give "
                                "its path from there, such as assets/banner.jpg.")
        return None
    if PurePosixPath(path).suffix.lower() not in PICTURES:
        section.error("banner", f"'{path}' is not a picture: use a {', '.join(PICTURES)} file.")
        return None
    if docs_dir is not None and not (docs_dir / path).is_file():
        section.error("banner", f"the file '{path}' was not found in {docs_dir.name}/. Put the picture there or "
                                "fix the path.")
        return None
    return path
