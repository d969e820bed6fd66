"""Which items each language publishes, and writing them into the built site.

An item is published in a language when enough of its texts are translated (the
language's threshold, as for pages); below it, the Materials page in that language
says so and links to the English item. Each item is written as HTML (always) and
as PDF (when asked), under `<language>/materials/`, with a QR code to the site in
that language.
"""

from __future__ import annotations

import os
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Mapping

import jinja2
from mkdocs.utils import get_relative_url

from ..cache import FileCache
from ..errors import CampaignBuildError, Problem
from .items import SHARE, STRINGS_PREFIX, Catalogue, Item
from .model import MaterialsSettings
from .qr import qr_svg, short_address
from .text import ItemText, numbers_for

FOLDER = "materials"
ASSETS = "assets/campaign/materials"
STYLESHEETS = ("materials.css", "marks.css")


@dataclass(frozen=True)
class ItemState:
    item: Item
    published: bool
    percent: int
    html: str  # the file in the site: "pl/materials/poster.html" (the English one where not published)
    pdf: str | None  # the PDF beside it, if this build makes PDFs


@dataclass
class Run:
    """What `campaign materials` asks of a build: PDFs, perhaps only some, and a report of each."""

    languages: tuple[str, ...] = ()  # all when empty
    items: tuple[str, ...] = ()
    progress: Callable[[str], None] = print
    timings: list[tuple[str, str, float]] = field(default_factory=list)  # (language, item, seconds)

    def wants(self, code: str, item: str) -> bool:
        return (not self.languages or code in self.languages) and (not self.items or item in self.items)


class Materials:
    def __init__(self, catalogue: Catalogue, settings: MaterialsSettings, source: str,
                 thresholds: Mapping[str, int], english: Mapping[str, str],
                 translated: Callable[[str], set[str]], run: Run | None = None):
        self.catalogue, self.settings, self.source, self.run = catalogue, settings, source, run
        self.thresholds, self.english, self.translated = thresholds, english, translated
        self.prefixes: dict[str, str] = {}
        self.helplines: set[str] = set()  # the ids of the site's helplines, set by the plugin
        self.page_url = ""  # the page being converted, for links from the Materials page
        self.cache: FileCache | None = None  # PDFs and pictures kept from earlier builds, set by the plugin
        # On a bilingual site, the two languages' own names, the second (Welsh) first: code -> endonym.
        self.bilingual: dict[str, str] = {}

    def addresses(self, code: str, site_url: str) -> list[dict[str, str]]:
        """Both languages' short addresses on a bilingual site's items in either language, Welsh first."""
        if code not in self.bilingual:
            return []
        return [{"code": other, "endonym": endonym, "address": short_address(site_url + self.prefixes[other])}
                for other, endonym in self.bilingual.items()]

    def catalogue_of(self, code: str) -> str:
        """Where a language's item texts are edited: the engine's English strings, or its catalogue."""
        return "campaignkit/materials/strings.yml" if code == self.source else f"translations/{code}/interface.po"

    def href(self, target: str) -> str:
        return get_relative_url(target, self.page_url)

    @property
    def pdf(self) -> bool:
        return self.settings.pdf or self.run is not None

    def needs(self, item: Item) -> list[str]:
        """The helplines an item's texts name that this site does not define (then the item is not made)."""

        names = {name for key in self.keys(item) for name in re.findall(r"{(\w+)}", self.english[key])}
        return sorted(self.catalogue.numbers[name] for name in names
                      if name in self.catalogue.numbers and self.catalogue.numbers[name] not in self.helplines)

    def keys(self, item: Item) -> list[str]:
        start = f"{STRINGS_PREFIX}."
        return [key for key in self.english if key.startswith(start) and item.owns(key.removeprefix(start))]

    def users(self) -> dict[str, list[str]]:
        """The items that print each text, by its key (the context in catalogues)."""
        found: dict[str, list[str]] = {}
        for item in self.available:
            for key in self.keys(item):
                found.setdefault(key, []).append(item.name)
        return found

    @property
    def available(self) -> list[Item]:
        return [item for item in self.catalogue.items if not self.needs(item)]

    def percent(self, code: str, item: Item) -> int:
        if code == self.source:
            return 100
        keys = self.keys(item)
        done = self.translated(code)
        return int(100 * sum(key in done for key in keys) / len(keys)) if keys else 100

    def states(self, code: str) -> list[ItemState]:
        found = []
        for item in self.available:
            percent = self.percent(code, item)
            published = percent >= self.thresholds.get(code, 100)
            prefix = self.prefixes.get(code if published else self.source, "")
            html = f"{prefix}{FOLDER}/{item.name}.html"
            found.append(ItemState(item, published, percent, html,
                                   html.removesuffix(".html") + ".pdf" if self.pdf else None))
        return found

    def write(self, code: str, direction: str, env: jinja2.Environment, table: Mapping[str, str], campaign,
              site_dir: Path, site_url: str, logo: str | None) -> None:
        """This language's published items, as HTML and, when asked, PDF."""
        prefix = self.prefixes[code]
        folder = site_dir / prefix / FOLDER
        folder.mkdir(parents=True, exist_ok=True)
        address = site_url + prefix
        text = ItemText(table, numbers_for(self.catalogue.numbers, campaign.routes.get),
                        {"campaign": campaign.week.name, "site": short_address(address)})
        for state in self.states(code):
            if not state.published:
                continue
            item = state.item
            html = self.render(item, env, text, campaign, code, direction, address, folder, site_dir, logo,
                               addresses=self.addresses(code, site_url))
            (folder / f"{item.name}.html").write_text(html, encoding="utf-8")
            if self.pdf and (self.run is None or self.run.wants(code, item.name)):
                self._pdf(code, item, html, folder)

    def render(self, item: Item, env: jinja2.Environment, text: ItemText, campaign, code: str, direction: str,
               address: str, folder: Path, site_dir: Path, logo: str | None, **extra: object) -> str:
        assets = os.path.relpath(site_dir / ASSETS, folder).replace(os.sep, "/")
        helplines = [h for h in (campaign.routes.get(i) for i in item.helplines) if h is not None]
        return env.get_template(item.template).render(
            item=item, s=text, keys=text.keys, helplines=helplines, emergency=campaign.routes.get("emergency"),
            qr=qr_svg(address, item.qr_error), short_address=short_address(address),
            language={"code": code, "direction": direction}, campaign=campaign,
            logo=os.path.relpath(site_dir / logo, folder).replace(os.sep, "/") if logo else None,
            crop_marks=self.settings.crop_marks, stylesheet=f"{assets}/materials.css",
            marks_stylesheet=f"{assets}/marks.css", **extra)

    def _pdf(self, code: str, item: Item, html: str, folder: Path) -> None:
        from .pdf import PRINT_SHOP, write_pdf

        started = time.perf_counter()
        base = folder / f"{item.name}.html"
        pages = write_pdf(html, base, folder / f"{item.name}.pdf", cache=self.cache)
        if pages != item.sides:
            raise too_long(code, self.catalogue_of(code), item, pages)
        if self.settings.print_shop:
            write_pdf(html, base, folder / f"{item.name}-print.pdf", PRINT_SHOP, self.cache)
        seconds = time.perf_counter() - started
        if self.run is not None:
            self.run.timings.append((code, item.name, seconds))
            self.run.progress(f"  {code:<8} {item.name:<18} {seconds:5.2f} s")

    def write_share_images(self, code: str, direction: str, env: jinja2.Environment, table: Mapping[str, str],
                           campaign, site_dir: Path, site_url: str, pages: list[tuple[str, str]],
                           logo: str | None) -> None:
        """One 1200 x 630 picture per page: (title, image path in the site)."""
        from .pdf import TooLong, write_png

        prefix = self.prefixes[code]
        address = site_url + prefix
        text = ItemText(table, numbers_for(self.catalogue.numbers, campaign.routes.get),
                        {"campaign": campaign.week.name, "site": short_address(address)})
        for title, image in pages:
            target = site_dir / image
            html = self.render(SHARE, env, text, campaign, code, direction, address, target.parent, site_dir, logo,
                               page_title=title)
            try:
                write_png(html, target, target, int(SHARE.size.width), int(SHARE.size.height), self.cache)
            except TooLong:
                raise too_long(code, self.catalogue_of(code), SHARE, 2, title) from None


def too_long(code: str, catalogue: str, item: Item, pages: int, title: str | None = None) -> CampaignBuildError:
    """Text that runs past the paper is never cut off: the build stops and says which strings to shorten."""
    what = f"the share image of the page '{title}'" if title else f"the {item.name} ({item.size.name})"
    sides = "one side" if item.sides == 1 else f"{item.sides} sides"
    return CampaignBuildError([Problem(catalogue, None,
        f"in {code}, {what} does not fit on {sides}: its text ran onto {pages} pages. Shorten the texts "
        f"whose context starts 'materials.{item.strings}' or 'materials.common', then build again.")])


def share_image_path(prefix: str, page_url: str) -> str:
    """Where a page's share image goes: "pl/assets/share/report-it.png" (the home page's is "index.png")."""
    slug = page_url.removeprefix(prefix).strip("/").removesuffix(".html").replace("/", "-") or "index"
    return f"{prefix}assets/share/{slug}.png"
