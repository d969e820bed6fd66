"""Which built files go in the offline copy: all a reader can open, nothing that only a server or search uses.

Left out:
- the 404 pages: only a web server shows them, and their links start at the server's root;
- sitemap.xml: it is for search engines, and its addresses are the web site's;
- search: its indexes and the theme's search worker and stemmers. A browser will not start
  search for a page opened from disk, so the offline pages have no search box.
"""

from __future__ import annotations

from pathlib import Path

LEFT_OUT_NAMES = frozenset({"404.html", "sitemap.xml", "sitemap.xml.gz"})
LEFT_OUT_FILES = ("search/search_index.json",)  # in the root folder and in each language's
LEFT_OUT_FOLDERS = ("assets/javascripts/lunr/", "assets/javascripts/workers/")


def offline_files(site_dir: Path) -> list[str]:
    """The files to copy, as paths inside `site_dir` with forward slashes, sorted."""
    found = (path.relative_to(site_dir).as_posix() for path in site_dir.rglob("*") if path.is_file())
    return sorted(name for name in found if not left_out(name))


def left_out(name: str) -> bool:
    """Whether a built file (a path inside the site folder) stays out of the copy, for the reasons above."""
    if name.rsplit("/", 1)[-1] in LEFT_OUT_NAMES:
        return True
    if any(name == file or name.endswith(f"/{file}") for file in LEFT_OUT_FILES):
        return True
    return name.startswith(LEFT_OUT_FOLDERS)
