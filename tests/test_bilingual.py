"""A bilingual site (`bilingual: cy`, as a Welsh force sets it): every English page links straight to its Welsh
page and back, printed items give the Welsh address first, and nothing is published unless every Welsh page
and item is fully translated. The example site is bilingual."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import polib
import pytest

from campaignkit.materials.items import read_items
from conftest import Project, copy_project
from test_configuration import line_of, problems_for
from test_preview import poll, serving  # noqa: F401 (a fixture, given this module's `project`)

LINK = re.compile(r'<a class="ck-bilingual" href="([^"]+)" hreflang="(\w+)"\s+lang="(\w+)" dir="ltr">([^<]+)</a>')
ITEMS = [item.name for item in read_items().items]


def link_on(page: Path) -> tuple[Path, str, str] | None:
    """Where a page's bilingual link goes (the built page), its language and its text; None if it has none."""
    found = LINK.search(page.read_text(encoding="utf-8"))
    if found is None:
        return None
    href, hreflang, lang, text = found.groups()
    assert hreflang == lang, "the link says which language it opens and is read in it"
    return (page.parent / href / "index.html").resolve(), lang, text


def source_pages(built) -> list[Path]:
    return [page for page in built.pages("en") if page.relative_to(built.site).parts[0] not in {"cy"}]


def test_every_english_page_links_straight_to_its_welsh_page(built):
    pages = source_pages(built)
    assert len(pages) >= 10
    for page in pages:
        relative = page.relative_to(built.site)
        target, lang, text = link_on(page) or pytest.fail(f"{relative} has no link to its Welsh page")
        assert (lang, text) == ("cy", "Cymraeg"), relative
        assert target == (built.site / "cy" / relative).resolve(), f"{relative} links to {target}"
        assert '<html lang="cy" dir="ltr"' in target.read_text(encoding="utf-8")


def test_every_welsh_page_links_back_to_its_english_page(built):
    pages = built.pages("cy")
    assert len(pages) == len(source_pages(built)), "every page is published in Welsh"
    for page in pages:
        relative = page.relative_to(built.site / "cy")
        target, lang, text = link_on(page) or pytest.fail(f"cy/{relative} has no link to its English page")
        assert (lang, text) == ("en", "English")
        assert target == (built.site / relative).resolve()


def test_other_languages_pages_have_no_bilingual_link(built):
    for code in ("pl", "ar", "zh-Hans"):
        assert all(link_on(page) is None for page in built.pages(code)), code


@pytest.mark.parametrize("width", [320, 1280])
def test_the_link_is_in_view_beside_the_language_selector_and_opens_the_welsh_page(open_page, width):
    page = open_page("report-it/", viewport={"width": width, "height": 700})
    link = page.locator("a.ck-bilingual")
    selector = page.locator("summary.ck-languages__toggle")
    assert link.is_visible() and selector.is_visible(), "seen at once, without opening a menu"
    mine, theirs = link.bounding_box(), selector.bounding_box()
    assert abs((mine["y"] + mine["height"] / 2) - (theirs["y"] + theirs["height"] / 2)) < 4, "on the same line"
    assert 0 <= theirs["x"] - (mine["x"] + mine["width"]) < 24, "just before the selector"
    assert mine["height"] >= 44, "a finger's width tall"
    link.click()
    page.wait_for_url("**/cy/report-it/")
    assert page.evaluate("document.documentElement.lang") == "cy"
    page.locator("a.ck-bilingual").click()
    page.wait_for_url(lambda url: url.endswith("/report-it/") and "/cy/" not in url)


def pdf_text(path: Path) -> str:
    tool = shutil.which("pdftotext")
    assert tool, "pdftotext is missing: run `bash tests/system-packages.sh test` (poppler-utils)"
    return subprocess.run([tool, str(path), "-"], capture_output=True, text=True, check=True, timeout=60).stdout


@pytest.mark.parametrize("code", ["en", "cy"])
@pytest.mark.parametrize("item", [name for name in ITEMS if name != "share"])
def test_printed_items_in_english_and_welsh_give_the_welsh_address_first(built, code, item):
    folder = built.site / ("" if code == "en" else f"{code}/") / "materials"
    html = (folder / f"{item}.html").read_text(encoding="utf-8")
    pairs = re.findall(r'<span lang="(\w+)">([^<]+)</span> <span class="ck-m-url" dir="ltr">([^<]+)</span>', html)
    assert pairs == [("cy", "Cymraeg", "modern-slavery.northvale-police.example/cy/"),
                     ("en", "English", "modern-slavery.northvale-police.example")]
    text = pdf_text(folder / f"{item}.pdf")
    welsh = re.search(r"Cymraeg\s+modern-slavery", text)
    english = re.search(r"English\s+modern-slavery", text)
    assert welsh and english and welsh.start() < english.start(), "the PDF prints the Welsh address first"


def test_items_in_other_languages_give_their_own_address_only(built):
    html = (built.site / "pl/materials/poster.html").read_text(encoding="utf-8")
    assert "ck-m-addresses" not in html and "northvale-police.example/pl/" in html


@pytest.fixture
def project(tmp_path: Path) -> Project:
    """A fresh copy of the site with `bilingual: cy` as committed (without PDFs or share images)."""
    return copy_project(tmp_path, bilingual=True)


def blank(project: Project, relative: str, context: str | None = None, fuzzy: bool = False) -> int:
    """Empty (or mark fuzzy) the first translated entry of a Welsh catalogue with `context`; its first line."""
    path = project.path / "translations" / "cy" / relative
    catalogue = polib.pofile(str(path))
    entry = next(e for e in catalogue if e.msgstr and not e.obsolete and (context is None or e.msgctxt == context))
    if fuzzy:
        entry.flags.append("fuzzy")
    else:
        entry.msgstr = ""
    catalogue.save()
    return next(e.linenum for e in polib.pofile(str(path)) if e.msgid == entry.msgid and e.msgctxt == entry.msgctxt)


def test_a_welsh_text_left_untranslated_stops_the_build_naming_file_and_line(project):
    line = blank(project, "pages/report-it.po")
    result = project.build()
    assert result.returncode != 0
    assert f"translations/cy/pages/report-it.po, line {line}" in result.stderr, result.stderr
    assert "'bilingual: cy' is set" in result.stderr and "1 of the" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (project.site / "cy").exists(), "nothing is published"


def test_a_welsh_item_text_needing_review_stops_the_build_naming_the_item(project):
    line = blank(project, "interface.po", context="materials.card.front_title", fuzzy=True)
    result = project.build()
    assert result.returncode != 0
    assert f"translations/cy/interface.po, line {line}" in result.stderr, result.stderr
    assert "card" in result.stderr and "Traceback" not in result.stderr


def test_bilingual_must_be_one_of_the_site_s_languages(project):
    problems = problems_for(project, "      bilingual: cy\n", "      bilingual: gd\n")
    assert len(problems) == 1
    assert "'gd' is not one of the site's languages" in problems[0].message
    assert problems[0].line == line_of(project, "bilingual: gd")


@pytest.mark.timeout(300)
def test_the_preview_shows_an_english_change_at_once_and_says_welsh_must_follow(project, serving):
    url, log = serving
    poll(url + "report-it/", lambda page: "ck-bilingual" in page, "the preview did not start", log)
    project.edit("docs/report-it.md", "You do not need to be sure.", "You do not need to be certain.")
    page = poll(url + "report-it/", lambda page: "You do not need to be certain." in page,
                "the English change did not show", log)
    assert 'class="ck-preview-out-of-date"' not in page, "the preview is up to date, not stopped"
    said = log.read_text(encoding="utf-8")
    assert "Warning: translations/cy/pages/report-it.po" in said and "'mkdocs build' stops" in said
