"""PDFs and pictures of items, drawn by WeasyPrint (Pango and HarfBuzz shape every script).

Imported only when a PDF or share image is wanted, so ordinary builds do not load it.
Nothing is fetched: the fetcher reads files of the built site and refuses every other address.
"""

from __future__ import annotations

import functools
import hashlib
import io
import re
import shutil
import subprocess
from importlib.metadata import version
from pathlib import Path

from ..cache import FileCache
from ..translations.catalogue import write_atomically

REFERENCE = re.compile(r'(?:href|src)="([^"#:]+)"')  # files an item's HTML loads: its stylesheets and the logo

class TooLong(ValueError):
    """An item's text runs past its sides: it must be shortened, since cutting it off could hide a number."""

    def __init__(self, sides: int, pages: int):
        super().__init__(f"{sides} side(s) wanted, {pages} made")
        self.sides, self.pages = sides, pages


SCREEN = "pdf/ua-1"  # tagged, for screen readers
PRINT_SHOP = "pdf/x-4"  # what printers ask for


def _local_only():
    """Files of the built site only; any other address stops the build rather than being fetched."""
    from weasyprint.urls import URLFetcher

    return URLFetcher(allowed_protocols={"file", "data"}, fail_on_errors=True)


def document(html: str, base: Path):
    from weasyprint import HTML

    return HTML(string=html, base_url=str(base), url_fetcher=_local_only())


def write_pdf(html: str, base: Path, target: Path, variant: str = SCREEN, cache: FileCache | None = None) -> int:
    """Write the PDF beside its final name, then rename it: an interrupted build leaves no half file.
    Returns its number of pages, which is more than the item's sides when its text does not fit."""
    key = cache and cache.key("pdf", variant, html, *_inputs(html, base))
    held = cache.get(key) if cache else None
    if held is None:
        rendered = document(html, base).render()
        held = len(rendered.pages).to_bytes(2, "big") + rendered.write_pdf(pdf_variant=variant)
        if cache:
            cache.put(key, held)
    _write_atomically(target, held[2:])
    return int.from_bytes(held[:2], "big")


def write_png(html: str, base: Path, target: Path, width: int, height: int, cache: FileCache | None = None) -> None:
    """The first page as a PNG of exactly width x height pixels (the page is sized in CSS pixels)."""
    key = cache and cache.key("png", str(width), str(height), html, *_inputs(html, base))
    held = cache.get(key) if cache else None
    if held is None:
        held = _png(html, base, width, height)
        if cache:
            cache.put(key, held)
    _write_atomically(target, held)


def _png(html: str, base: Path, width: int, height: int) -> bytes:
    import pypdfium2

    rendered = document(html, base).render()
    if len(rendered.pages) > 1:
        raise TooLong(1, len(rendered.pages))
    data = rendered.write_pdf()
    pdf = pypdfium2.PdfDocument(data)
    try:
        image = pdf[0].render(scale=96 / 72).to_pil()
    finally:
        pdf.close()
    if image.size != (width, height):
        image = image.resize((width, height))
    buffer = io.BytesIO()
    image.convert("RGB").save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def _inputs(html: str, base: Path) -> list[bytes | str]:
    """Everything besides the HTML that changes a drawing: the files it loads, the fonts and the libraries."""
    found: list[bytes | str] = [_tools()]
    for reference in sorted(set(REFERENCE.findall(html))):
        path = (base.parent / reference).resolve()
        found += [reference, path.read_bytes() if path.is_file() else b"missing"]
    return found


@functools.cache
def _tools() -> str:
    """The drawing libraries' versions and the installed fonts (file and version), once per process."""
    fonts = ""
    if shutil.which("fc-list"):
        fonts = subprocess.run(["fc-list", "--format", "%{file} %{fontversion}\\n"], capture_output=True,
                               text=True, check=False).stdout
    libraries = " ".join(f"{name}={version(name)}" for name in ("weasyprint", "pypdfium2", "pillow", "pydyf"))
    return hashlib.sha256(("\n".join(sorted(fonts.splitlines())) + libraries).encode()).hexdigest()


def _write_atomically(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(target, data)
