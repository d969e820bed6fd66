"""PDFs and pictures of items, drawn by WeasyPrint (Pango and HarfBuzz shape every script).

Imported only when a PDF or share image is wanted, so ordinary builds do not load it.
Nothing is fetched: the fetcher reads files of the built site and refuses every other address.
"""

from __future__ import annotations

import io
from pathlib import Path

from ..translations.catalogue import write_atomically

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


def write_pdf(html: str, base: Path, target: Path, variant: str = SCREEN) -> int:
    """Write the PDF beside its final name, then rename it: an interrupted build leaves no half file.
    Returns its number of pages, which is more than the item's sides when its text does not fit."""
    rendered = document(html, base).render()
    _write_atomically(target, rendered.write_pdf(pdf_variant=variant))
    return len(rendered.pages)


def write_png(html: str, base: Path, target: Path, width: int, height: int) -> None:
    """The first page as a PNG of exactly width x height pixels (the page is sized in CSS pixels)."""
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
    _write_atomically(target, buffer.getvalue())


def _write_atomically(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(target, data)
