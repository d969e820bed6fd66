"""What search engines and sharing see: <html lang dir>, canonical, hreflang, x-default, the sitemap, the 404s."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import polib
import pytest
import yaml

from campaignkit.languages.packs import KEYS, PACKS
from site_languages import DIRECTIONS, ENDONYMS, TRANSLATED_CODES

SITE_URL = "https://modern-slavery.northvale-police.example/"
LANGUAGES = DIRECTIONS
LINK = re.compile(r'<link rel="(alternate|canonical)"(?: hreflang="([^"]+)")? href="([^"]+)">')


def head_links(html: str) -> tuple[str | None, dict[str, str]]:
    canonical, alternates = None, {}
    for rel, hreflang, href in LINK.findall(html):
        if rel == "canonical":
            canonical = href
        else:
            alternates[hreflang] = href
    return canonical, alternates


def page_file(site: Path, url: str) -> Path:
    assert url.startswith(SITE_URL), url
    return site / url[len(SITE_URL):] / "index.html"


def untranslate_page(project, code: str, page: str) -> None:
    """Empty a language's catalogue for one page, so that page falls back to English."""
    path = project.path / "translations" / code / "pages" / f"{page}.po"
    catalogue = polib.pofile(str(path))
    for entry in catalogue:
        entry.msgstr = ""
    catalogue.save()


def test_html_carries_the_exact_language_and_direction(built):
    for code, direction in LANGUAGES.items():
        prefix = "" if code == "en" else f"{code}/"
        for page in ("", "report-it/"):
            html = (built.site / prefix / page / "index.html").read_text(encoding="utf-8")
            assert re.search(rf'<html lang="{code}" dir="{direction}"', html), (code, page)
            assert f'<body dir="{direction}"' in html


def test_every_translated_page_lists_each_real_version_and_x_default(built):
    for html_path in built.site.rglob("index.html"):
        html = html_path.read_text(encoding="utf-8")
        canonical, alternates = head_links(html)
        folder = html_path.parent.relative_to(built.site).as_posix()
        address = SITE_URL if folder == "." else f"{SITE_URL}{folder}/"
        assert canonical == address, html_path
        assert set(alternates) == set(LANGUAGES) | {"x-default"}, html_path
        english = alternates["en"]
        assert alternates["x-default"] == english
        for code, href in alternates.items():
            assert href.startswith(SITE_URL), "hreflang links are absolute"
            target = page_file(built.site, href)
            assert target.is_file(), href
            lang = "en" if code == "x-default" else code
            assert f'<html lang="{lang}"' in target.read_text(encoding="utf-8")
            # Each version names the others in turn.
            assert head_links(target.read_text(encoding="utf-8"))[1] == alternates


def test_sitemap_lists_every_version_with_its_alternates(built):
    root = ET.parse(built.site / "sitemap.xml").getroot()
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    entries = root.findall("s:url", ns)
    pages = len(list((built.path / "docs").glob("*.md")))
    assert len(entries) == pages * len(LANGUAGES)
    for entry in entries:
        links = {link.get("hreflang"): link.get("href") for link in entry.findall("x:link", ns)}
        assert set(links) == set(LANGUAGES) | {"x-default"}
        assert entry.find("s:loc", ns).text in links.values()
        assert all(page_file(built.site, href).is_file() for href in links.values())


def test_a_page_shown_in_english_is_not_offered_as_a_translation(project):
    untranslate_page(project, "ti", "report-it")
    result = project.build()
    assert result.returncode == 0, result.stderr
    fallback = (project.site / "ti/report-it/index.html").read_text(encoding="utf-8")
    canonical, alternates = head_links(fallback)
    assert canonical == SITE_URL + "report-it/", "its canonical page is the English one"
    assert alternates == {}
    english = (project.site / "report-it/index.html").read_text(encoding="utf-8")
    assert "ti" not in head_links(english)[1]
    sitemap = (project.site / "sitemap.xml").read_text(encoding="utf-8")
    assert SITE_URL + "ti/report-it/" not in sitemap
    assert SITE_URL + "ti/get-help/" in sitemap
    index = (project.site / "ti/search/search_index.json").read_text(encoding="utf-8")
    assert '"ti/report-it/' not in index and '"ti/get-help/' in index


def test_titles_and_descriptions_are_in_each_language(built):
    for code in TRANSLATED_CODES:
        html = (built.site / code / "index.html").read_text(encoding="utf-8")
        title = re.search(r"<title>(.*?)</title>", html).group(1)
        description = re.search(r'<meta name="description" content="([^"]*)"', html).group(1)
        assert "Modern slavery" not in title and "Learn the signs" not in description, code
        inner = (built.site / code / "report-it/index.html").read_text(encoding="utf-8")
        assert "Report it" not in re.search(r"<title>(.*?)</title>", inner).group(1)


def test_a_404_page_per_language_and_the_root_one_offers_every_language(built):
    endonyms = list(ENDONYMS.values())
    root = (built.site / "404.html").read_text(encoding="utf-8")
    assert '<html lang="en" dir="ltr"' in root and "Page not found" in root
    assert all(f">{name}</a>" in root for name in endonyms)
    for code, direction in LANGUAGES.items():
        if code == "en":
            continue
        page = (built.site / code / "404.html").read_text(encoding="utf-8")
        assert f'<html lang="{code}" dir="{direction}"' in page
        assert "Page not found" not in page, f"{code}/404.html is in {code}"
        assert f'href="/{code}/"' in page, "its home link goes to the language's home page"
        assert all(f">{name}</a>" in page for name in endonyms)


@pytest.mark.parametrize("code", ["ti", "so", "ps"])
def test_theme_label_packs_cover_every_label_and_say_they_are_drafts(code):
    data = yaml.safe_load((PACKS / f"{code}.yml").read_text(encoding="utf-8"))
    assert data["review"] == "draft"
    assert set(data["labels"]) == set(KEYS)
    assert all(value.strip() for value in data["labels"].values())
    for key in ("search.result.other", "search.result.more.other"):
        assert "#" in data["labels"][key]


@pytest.mark.parametrize("code, direction", [("so", "ltr"), ("ps", "rtl"), ("ti", "ltr")])
def test_languages_the_theme_lacks_build_with_their_own_labels(built, code, direction):
    labels = yaml.safe_load((PACKS / f"{code}.yml").read_text(encoding="utf-8"))["labels"]
    html = (built.site / code / "index.html").read_text(encoding="utf-8")
    assert f'<html lang="{code}" dir="{direction}"' in html
    assert f'placeholder="{labels["search.placeholder"]}"' in html


def test_chinese_uses_the_theme_s_simplified_chinese_labels(built):
    chinese = (built.site / "zh-Hans/index.html").read_text(encoding="utf-8")  # the theme's pack is named "zh"
    assert '<html lang="zh-Hans" dir="ltr"' in chinese and 'placeholder="搜索"' in chinese


def test_a_language_with_no_labels_anywhere_shows_the_theme_s_labels_in_english(project):
    project.edit("mkdocs.yml", "        - code: ti\n", """        - code: am
          name: Amharic
          endonym: አማርኛ
        - code: ti
""")
    result = project.build()
    assert result.returncode == 0, result.stderr
    amharic = (project.site / "am/index.html").read_text(encoding="utf-8")
    assert '<html lang="am" dir="ltr"' in amharic and 'placeholder="Search"' in amharic


def test_the_i18n_plugin_must_leave_the_selector_and_search_to_the_campaign_plugin(project):
    project.edit("mkdocs.yml", "reconfigure_material: false", "reconfigure_material: true")
    result = project.build()
    assert result.returncode != 0
    assert "mkdocs.yml" in result.stderr and "reconfigure_material to false" in result.stderr
    assert "Traceback" not in result.stderr
