"""The `materials` settings: which of the slower outputs an ordinary build makes too.

HTML versions and the Materials page are always built; PDFs and share images take
seconds per language, so a preview stays fast unless the force asks for them
(`campaign materials` always makes the PDFs).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..configuration.reader import Reader


@dataclass(frozen=True)
class MaterialsSettings:
    pdf: bool = False  # PDFs of every item in `mkdocs build`
    share_images: bool = False  # a 1200 x 630 image per page per language, used as its og:image
    crop_marks: bool = False  # some printers add their own and want none
    print_shop: bool = False  # a PDF/X-4 copy of each PDF too, for a printer who asks for one


def read_materials(root: Reader) -> MaterialsSettings:
    section = root.section("materials", required=False)
    if section is None:
        return MaterialsSettings()
    section.allow("pdf", "share_images", "crop_marks", "print_shop")
    return MaterialsSettings(*(bool(section.boolean(name, required=False, default=False))
                               for name in ("pdf", "share_images", "crop_marks", "print_shop")))
