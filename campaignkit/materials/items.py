"""What each printed item is: a template, a size, the strings it reads, its QR code and helplines.

Read from `items.yml` beside this file, so a topic's items are data: another topic lists its own
with the same kinds (templates) and sizes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

ITEMS_FILE = Path(__file__).parent / "items.yml"
STRINGS_PREFIX = "materials"


@dataclass(frozen=True)
class Size:
    name: str
    width: float  # millimetres for print, CSS pixels for screens
    height: float
    unit: str = "mm"
    label_key: str = ""  # the strings key naming the kind of item on the Materials page


SIZES = {
    "A4": Size("A4", 210, 297, label_key="common.size_a4"),
    "A5": Size("A5", 148, 210, label_key="common.size_a5"),
    "card": Size("card", 85, 55, label_key="common.size_card"),
    "share": Size("share", 1200, 630, unit="px", label_key="common.size_share"),
}


@dataclass(frozen=True)
class Item:
    name: str
    kind: str  # the template: poster, leaflet, card, sector, share
    size: Size
    strings: str  # its own strings' prefix in strings.yml ("poster", "sectors.car_wash")
    title_key: str
    sides: int = 1
    qr_error: str = "m"
    helplines: tuple[str, ...] = ()

    @property
    def sector(self) -> str | None:
        return self.strings.split(".", 1)[1] if self.strings.startswith("sectors.") else None

    @property
    def template(self) -> str:
        return f"campaign/materials/{self.kind}.html"

    def owns(self, key: str) -> bool:
        """Whether a strings key (without the feature's prefix) is one this item prints."""
        return key.startswith((f"{self.strings}.", "common."))


SHARE = Item("share", "share", SIZES["share"], "share", "share.site_line")


@dataclass(frozen=True)
class Catalogue:
    items: tuple[Item, ...]
    numbers: dict[str, str]  # placeholder -> helpline id

    def get(self, name: str) -> Item | None:
        return next((item for item in self.items if item.name == name), None)


def read_items(path: Path = ITEMS_FILE) -> Catalogue:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    items = tuple(Item(name, spec["kind"], SIZES[spec["size"]], spec["strings"], spec["title"],
                       spec.get("sides", 1), spec.get("qr", "m"), tuple(spec.get("helplines", ())))
                  for name, spec in data["items"].items())
    return Catalogue(items, dict(data.get("numbers", {})))
