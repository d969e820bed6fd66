"""Printed and shared materials: every item in every language, as a printer and a reader would check them.

The built site (conftest's `built`) has PDFs and share images, as the example site asks for them.
PDFs are read with Debian's poppler tools (pdfinfo, pdffonts, pdftotext, pdftoppm), QR codes with
zxing-cpp from a 96 dpi raster, as a phone camera would see a printout.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from functools import lru_cache
from pathlib import Path

import polib
import pytest
import yaml

from campaignkit.configuration.load import load_campaign
from campaignkit.materials.fonts import SCRIPTS, script_of
from campaignkit.materials.items import STRINGS_PREFIX, read_items
from campaignkit.materials.publish import share_image_path
from conftest import ROOT
from site_languages import PREFIXES, RTL

LANGUAGES = PREFIXES
ITEMS = read_items()
SITE_URL = "https://modern-slavery.northvale-police.example/"
MM = 72 / 25.4  # PDF points per millimetre


def tool(name: str) -> str:
    found = shutil.which(name)
    assert found, f"{name} is missing: run `bash tests/system-packages.sh test` (poppler-utils)"
    return found


def run(*command: str) -> str:
    return subprocess.run([tool(command[0]), *command[1:]], capture_output=True, text=True, check=True,
                          timeout=60).stdout


def pdf(built, code: str, item: str) -> Path:
    return built.site / f"{LANGUAGES[code]}materials/{item}.pdf"


@lru_cache(maxsize=1)
def english() -> dict[str, str]:
    """The items' English strings, flattened to their keys ("poster.title")."""
    data = yaml.safe_load((ROOT / "campaignkit/materials/strings.yml").read_text(encoding="utf-8"))
    found: dict[str, str] = {}

    def walk(prefix: str, node) -> None:
        for key, value in node.items():
            if isinstance(value, dict):
                walk(f"{prefix}{key}.", value)
            else:
                found[f"{prefix}{key}"] = value
    walk("", data)
    return found


@lru_cache(maxsize=1)
def numbers() -> dict[str, str]:
    """Each placeholder's number as printed, from the force's helpline data."""
    data = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    options = next(p["campaign"] for p in data["plugins"] if isinstance(p, dict) and "campaign" in p)
    routes = load_campaign(options, ROOT / "mkdocs.yml", ROOT / "docs").routes
    return {name: routes.get(helpline).number.display for name, helpline in ITEMS.numbers.items()}


def expected_numbers(item) -> set[str]:
    """Every number the item's own texts name, and the emergency line every item prints."""
    names = {name for key, text in english().items() if key.startswith(f"{item.strings}.")
             or key == "common.emergency" for name in re.findall(r"{(\w+)}", text)}
    return {numbers()[name] for name in names if name in numbers()}


def digits(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_item_is_made_in_every_language(built, code):
    for item in ITEMS.items:
        html = built.site / f"{LANGUAGES[code]}materials/{item.name}.html"
        assert html.is_file() and pdf(built, code, item.name).is_file(), f"{code} {item.name}"
        text = html.read_text(encoding="utf-8")
        direction = "rtl" if code in RTL else "ltr"
        assert f'<html lang="{code}" dir="{direction}">' in text


@pytest.mark.parametrize("item", ITEMS.items, ids=lambda item: item.name)
def test_pdf_is_the_item_s_size_with_bleed_and_sides(built, item):
    bleed = 2 if item.size.name == "card" else 3
    for code in LANGUAGES:
        info = run("pdfinfo", "-box", str(pdf(built, code, item.name)))
        assert re.search(rf"^Pages:\s+{item.sides}$", info, re.M), f"{code} {item.name}: wrong number of sides"
        trim = [float(v) for v in re.search(r"^TrimBox:\s+(.+)$", info, re.M).group(1).split()]
        media = [float(v) for v in re.search(r"^MediaBox:\s+(.+)$", info, re.M).group(1).split()]
        assert (trim[2] - trim[0]) / MM == pytest.approx(item.size.width, abs=0.2)
        assert (trim[3] - trim[1]) / MM == pytest.approx(item.size.height, abs=0.2)
        assert (media[2] - media[0]) / MM == pytest.approx(item.size.width + 2 * bleed, abs=0.2)


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_font_is_embedded_and_subset(built, code):
    for item in ITEMS.items:
        listing = run("pdffonts", str(pdf(built, code, item.name))).splitlines()[2:]
        assert listing, f"{code} {item.name}: no fonts"
        for line in listing:
            name, emb, sub = line.split()[0], line.split()[-5], line.split()[-4]
            assert (emb, sub) == ("yes", "yes"), f"{code} {item.name}: {name} not embedded and subset"
            assert "Noto" in name, f"{code} {item.name}: {name} is not one of the Noto fonts the styles name"


@pytest.mark.parametrize("code", LANGUAGES)
def test_pdfs_hold_the_title_and_every_number(built, code):
    catalogue = None if code == "en" else polib.pofile(str(ROOT / f"translations/{code}/interface.po"))
    for item in ITEMS.items:
        text = digits(run("pdftotext", "-layout", str(pdf(built, code, item.name)), "-"))
        for number in expected_numbers(item):
            assert number in text, f"{code} {item.name}: {number} missing or out of order"
        if code not in RTL:  # pdftotext reorders right-to-left lines; their text is checked in the HTML
            title = english()[item.title_key]
            if catalogue is not None:
                title = next(e.msgstr for e in catalogue if e.msgctxt == f"{STRINGS_PREFIX}.{item.title_key}")
            words = title.split()[:3]
            assert " ".join(words) in digits(text), f"{code} {item.name}: title {title!r} missing"


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_qr_code_opens_the_site_in_the_reader_s_language(built, tmp_path, code):
    import zxingcpp
    from PIL import Image

    for item in ITEMS.items:
        side = 2 if item.kind == "card" else item.sides  # the card and leaflet have the code on the back
        stem = tmp_path / f"{code}-{item.name}"
        run("pdftoppm", "-r", "96", "-f", str(side), "-l", str(side), "-png", str(pdf(built, code, item.name)),
            str(stem))
        image = Image.open(next(tmp_path.glob(f"{stem.name}*.png")))
        found = [code_.text for code_ in zxingcpp.read_barcodes(image)]
        assert found == [SITE_URL + LANGUAGES[code]], f"{code} {item.name}: {found}"


@pytest.mark.parametrize("item", ["card", "leaflet"])
def test_qr_codes_on_cards_and_leaflets_are_at_least_20_mm(built, item):
    html = (built.site / f"materials/{item}.html").read_text(encoding="utf-8")
    assert 'class="ck-m-qr"' in html
    css = (built.site / "assets/campaign/materials/materials.css").read_text(encoding="utf-8")
    widths = [float(w) for w in re.findall(r"ck-m-qrcode \{[^}]*width: ([\d.]+)mm", css)]
    assert widths and min(widths) >= 20


@lru_cache(maxsize=None)
def font_file(family: str, bold: bool = False) -> Path:
    style = ":bold" if bold else ""
    return Path(run("fc-match", "-f", "%{file}", f"{family}{style}"))


def covered(family: str) -> set[int]:
    from fontTools.ttLib import TTFont

    with TTFont(str(font_file(family)), fontNumber=0, lazy=True) as font:
        return set(font.getBestCmap())


@pytest.mark.parametrize("code", LANGUAGES)
def test_no_missing_glyph_boxes(built, tmp_path, code):
    """A character no font in the styles has is drawn as an empty box. Every character printed in each
    language is in the fonts the styles name for its script or in Noto Sans (numbers, names), and one
    page per script is rendered to a picture, as a printer would."""
    family = SCRIPTS[script_of(code)][0]
    fonts = covered(family) | covered("Noto Sans")
    for item in ITEMS.items:
        text = run("pdftotext", str(pdf(built, code, item.name)), "-")
        missing = {char for char in text if not char.isspace() and ord(char) not in fonts
                   and not 0xFB50 <= ord(char) <= 0xFEFF}  # Arabic presentation forms: shaped from the base letters
        assert not missing, f"{code} {item.name}: no glyph for {sorted(missing)}"
    run("pdftoppm", "-r", "96", "-f", "1", "-l", "1", "-png", str(pdf(built, code, "poster")), str(tmp_path / "p"))
    picture = next(tmp_path.glob("p*.png"))
    assert picture.stat().st_size > 10_000  # drawn, not blank


@pytest.mark.parametrize("code", sorted(RTL))
def test_rtl_poster_lays_out_right_to_left_with_numbers_in_order(built, code):
    html = (built.site / f"{code}/materials/poster.html").read_text(encoding="utf-8")
    assert f'<html lang="{code}" dir="rtl">' in html
    for number in expected_numbers(ITEMS.get("poster")):
        assert f'<span class="ck-m-number" dir="ltr">{number}</span>' in html
    # The page mirrors: the force's name heads the right-hand side, and lines end at the right margin.
    layout = run("pdftotext", "-bbox-layout", "-f", "1", "-l", "1", str(pdf(built, code, "poster")), "-")
    width = float(re.search(r'<page width="([\d.]+)"', layout).group(1))
    name = float(re.search(r'<word xMin="([\d.]+)"[^>]*>Northvale</word>', layout).group(1))
    assert name > width / 2, "the masthead is not on the right"
    ends = [float(x) for x in re.findall(r'<line xMin="[\d.]+" yMin="[\d.]+" xMax="([\d.]+)"', layout)]
    right = max(ends)
    assert sum(abs(end - right) < 20 for end in ends) > len(ends) * 0.6, "lines do not end at the right margin"
    text = digits(run("pdftotext", "-layout", str(pdf(built, code, "poster")), "-"))
    assert "08000 121 700" in text and "0800 555 111" in text


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_page_has_its_own_1200_by_630_share_image(built, code):
    from PIL import Image

    pages = [page for page in built.pages(code) if "/materials/" not in page.as_posix() or page.name == "index.html"]
    assert pages
    for page in pages:
        html = page.read_text(encoding="utf-8")
        if 'name="robots" content="noindex' in html:  # the 404 page is not shared
            continue
        url = page.parent.relative_to(built.site).as_posix() + "/"
        image = share_image_path(LANGUAGES[code], "" if url == "./" else url)
        assert f'<meta property="og:image" content="{SITE_URL}{image}">' in html, page
        with Image.open(built.site / image) as picture:
            assert picture.size == (1200, 630)


@pytest.mark.parametrize("code", LANGUAGES)
def test_materials_page_lists_every_item_with_size_and_downloads(built, code):
    html = (built.site / f"{LANGUAGES[code]}materials/index.html").read_text(encoding="utf-8")
    for item in ITEMS.items:
        block = re.search(rf'data-ck-item="{item.name}">(.*?)</li>\s*</ul>', html, re.S).group(1)
        assert f'href="{item.name}.html"' in block and f'href="{item.name}.pdf" download' in block
    sizes = re.findall(r'<p class="ck-materials__size">([^<]+)</p>', html)
    assert len(sizes) == len(ITEMS.items) and len(set(sizes)) == 3  # A4, A5 and card, in the page's language


def test_an_item_below_the_threshold_is_not_published_and_the_page_says_so(project):
    """Untranslate the Polish card: the Polish Materials page says so in Polish and links to the English card."""
    path = project.path / "translations/pl/interface.po"
    catalogue = polib.pofile(str(path))
    for entry in catalogue:
        if (entry.msgctxt or "").startswith("materials.card."):
            entry.msgstr = ""
    catalogue.save(str(path))
    result = project.build()
    assert result.returncode == 0, result.stderr
    assert not (project.site / "pl/materials/card.html").exists()
    assert (project.site / "pl/materials/poster.html").exists()
    html = project.html("pl/materials")
    block = re.search(r'data-ck-item="card">(.*?)</li>\s*</ul>', html, re.S).group(1)
    note = next(e.msgstr for e in polib.pofile(str(ROOT / "translations/pl/interface.po"))
                if e.msgctxt == "materials.page.not_translated")
    assert note in block and 'href="../../materials/card.html" hreflang="en"' in block


def test_a_text_too_long_for_its_paper_stops_the_build_naming_the_catalogue(project):
    project.edit("mkdocs.yml", "pdf: false", "pdf: true")
    path = project.path / "translations/pl/interface.po"
    catalogue = polib.pofile(str(path))
    for entry in catalogue:
        if entry.msgctxt == "materials.card.back_lines.a":
            entry.msgstr = " ".join([entry.msgstr] * 12)
    catalogue.save(str(path))
    result = project.build()
    assert result.returncode != 0
    assert "translations/pl/interface.po" in result.stderr and "card" in result.stderr
    assert "does not fit" in result.stderr


def test_an_item_opened_from_the_materials_page_loads_only_from_the_site(open_page, site):
    """A comms officer opens the Arabic poster from the Arabic Materials page: it comes from this site alone."""
    page = open_page("ar/materials/", {"width": 1280, "height": 900})
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.click('[data-ck-item="poster"] a[href="poster.html"]')
    page.wait_for_url("**/ar/materials/poster.html")
    page.wait_for_load_state("load")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator(".ck-m-qr").count() == 1
    assert page.evaluate("getComputedStyle(document.querySelector('.ck-m-title')).fontWeight") == "700"
    assert requests and all(url.startswith(site) for url in requests), requests
    pdf_link = page.context.request.get(site + "ar/materials/poster.pdf")
    assert pdf_link.ok and pdf_link.body()[:5] == b"%PDF-"


def test_campaign_materials_makes_only_the_asked_items_and_reports_times(project):
    result = project.campaign("materials", "--lang", "pl", "--item", "card")
    assert result.returncode == 0, result.stderr
    assert re.search(r"pl\s+card\s+[\d.]+ s", result.stdout)
    assert (project.site / "pl/materials/card.pdf").is_file()
    assert not (project.site / "pl/materials/poster.pdf").exists()
    assert not (project.site / "materials/card.pdf").exists()
