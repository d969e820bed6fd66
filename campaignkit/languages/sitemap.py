"""sitemap.xml: every page that exists, each with its language versions and x-default.

Fallback pages (English text under another language's folder) are left out: they
are not translations, and their canonical link points at the English page.
"""

from __future__ import annotations

from typing import Iterable
from xml.sax.saxutils import escape, quoteattr

from .versions import LanguageVersions, absolute, head_links


def sitemap(versions: LanguageVersions, pages: Iterable[tuple[str, str]], site_url: str) -> str:
    """`pages`: (English source path, its address in English) for every page, in order."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">']
    for page, url in pages:
        found = versions.versions(page, url, versions.source.code)
        links = [f'    <xhtml:link rel="alternate" hreflang={quoteattr(link["hreflang"])} href={quoteattr(link["href"])}/>'
                 for link in head_links(found, site_url, url) or []]
        for version in (v for v in found if v.published):
            lines += ["  <url>", f"    <loc>{escape(absolute(site_url, version.url))}</loc>", *links, "  </url>"]
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"
