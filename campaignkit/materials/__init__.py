"""Printed and shared materials: posters, leaflets, wallet cards, sector posters and share images.

Every item is made from the same strings catalogues and helpline data as the site, in
every language that has translated enough of it. Items are data (`items.yml`: a
template, a size, its strings); their templates and print styles are in this folder.
The tag [[materials]] lists them, in the page's language, on the Materials page.
`campaign materials` makes the PDFs; `mkdocs build` makes the HTML versions, and the
PDFs and share images when the `materials` settings ask for them.
"""

from __future__ import annotations

from pathlib import Path

from ..features import Feature
from ..tags import RenderContext, Tag


def materials_list(argument: str | None, context: RenderContext) -> str:
    return context.render("campaign/materials/list.html")


FEATURE = Feature(
    name="materials",
    folder=Path(__file__).parent,
    styles=("list.css",),
    tags=(Tag("materials", materials_list, block=True, usage="[[materials]]"),),
)
