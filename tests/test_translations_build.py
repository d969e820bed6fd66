"""Translated pages in the built site: what a Polish reader gets, and what the build leaves alone."""

from __future__ import annotations

import html
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import polib
import pytest

from conftest import polish, snapshot
from test_translations import SENTENCE

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted(p.stem for p in (ROOT / "docs").glob("*.md"))


def text(page_html: str) -> str:
    """Visible text with tags removed and entities decoded, for comparing with catalogue text."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page_html)).split())


def url_of(page: str) -> str:
    return "" if page == "index" else f"{page}/"


@pytest.mark.parametrize("page", PAGES)
def test_every_page_is_published_in_polish(built, page):
    source = built.html("pl/" + url_of(page))
    assert '<html lang="pl"' in source
    title = polish(re.search(r"^title: (.*)$", (ROOT / "docs" / f"{page}.md").read_text(), re.M).group(1).strip(' "'),
                   catalogue=f"pages/{page}")
    assert f"<title>{html.escape(title, quote=False)}" in source or html.escape(title) in source
    assert "ck-translation-notice" not in source, "a fully translated page needs no notice"
    assert '<div lang="en">' not in source


def test_the_interface_is_in_polish(built):
    page = text(built.html("pl/report-it/"))
    assert polish("Leave this site", "quick_exit.button") in page
    assert polish("Get help now", "helplines.get_help_now") in page
    assert polish("Police emergency", "campaign: helplines.emergency.name") in page
    assert polish("Spot the signs", "nav: Spot the signs") in page
    english = text(built.html("report-it/"))
    assert "Leave this site" in english and polish("Leave this site", "quick_exit.button") not in english


def test_every_polish_page_has_the_emergency_line_footer_and_get_help_now_block(built):
    pages = built.pages("pl")
    assert len(pages) == len(PAGES)
    emergency = polish("In an emergency, call {number}.", "helplines.emergency_line").split("{number}")[0].strip()
    for page in pages:
        source = page.read_text(encoding="utf-8")
        assert re.search(re.escape(html.escape(emergency, quote=False)) + r'\s*<a class="ck-tel" href="tel:999"',
                         source), page
        assert 'class="ck-get-help"' in source and "tel:+448000121700" in source, page
        footer = source[source.index('class="md-copyright ck-footer"'):]
        for label, key in (("Accessibility statement", "theme.accessibility"), ("Privacy and cookies", "theme.privacy")):
            assert polish(label, key) in text(footer), (page, label)
        links = re.findall(r'<a href="([^"]*)"', footer)
        assert links and not any(link.startswith("../../") for link in links), ("footer leaves Polish", page, links)


def test_the_search_phrase_stays_as_written_and_is_marked_english_on_a_polish_page(built):
    assert '<strong class="ck-search-phrase" lang="en">Northvale help and advice</strong>' in \
        built.html("pl/staying-safe-online/")


def test_polish_pages_keep_every_phone_link(built):
    for page in PAGES:
        english = sorted(set(re.findall(r'href="tel:[^"]+"', built.html(url_of(page)))))
        assert sorted(set(re.findall(r'href="tel:[^"]+"', built.html("pl/" + url_of(page))))) == english, page


def test_a_changed_paragraph_shows_in_english_with_a_notice_in_polish(project):
    changed = "Do not worry if you cannot answer every question. Any detail could help."
    project.edit("docs/report-it.md", SENTENCE, changed)
    result = project.build()
    assert result.returncode == 0, result.stderr
    page = project.html("pl/report-it/")
    notice = re.search(r'<div class="ck-translation-notice".*?</div>', page, re.S).group(0)
    assert polish("Parts of this page are shown in English because they changed recently and their translation "
                  "is being updated.", "translations.partly_english") in text(notice)
    assert re.search(r'<a href="\.\./\.\./report-it/" hreflang="en">', notice)
    assert changed in text(page)
    assert polish("This is not anonymous.", catalogue="pages/report-it") in text(page), "the rest stays in Polish"


def test_a_page_under_the_threshold_shows_the_english_page_with_a_notice(project):
    project.edit("mkdocs.yml", "          threshold: 80", "          threshold: 100")
    project.edit("docs/report-it.md", SENTENCE, "A sentence nobody has translated yet.")
    result = project.build()
    assert result.returncode == 0, result.stderr
    page = project.html("pl/report-it/")
    assert '<html lang="pl"' in page
    notice = re.search(r'<div class="ck-translation-notice".*?</div>', page, re.S).group(0)
    expected = polish("This page is not yet available in {language}. It is shown in English.",
                      "translations.not_yet_available").replace("{language}", "Polski")
    assert expected in text(notice)
    content = page.split('<div lang="en">', 1)[1]
    assert "A sentence nobody has translated yet." in text(content)
    assert page.index("ck-translation-notice") < page.index('<div lang="en">'), "the notice itself is in Polish"
    assert "ck-translation-notice" not in project.html("pl/get-help/"), "other pages are unaffected"


def test_a_build_changes_nothing_under_docs_or_translations(project):
    before = {part: snapshot(project.path / part) for part in ("docs", "translations")}
    result = project.build()
    assert result.returncode == 0, result.stderr
    assert {part: snapshot(project.path / part) for part in ("docs", "translations")} == before
    assert not list(project.path.rglob("*.pl.md")), "translated Markdown is never written to disk"


def test_the_preview_shows_a_catalogue_edit_without_a_restart(project):
    """`mkdocs serve` rebuilds the Polish page when a translator saves a catalogue."""
    catalogue = project.path / "translations/pl/pages/report-it.po"
    old = polish(SENTENCE, catalogue="pages/report-it")
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}",
                               "-f", str(project.config)], cwd=project.path, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True, env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))
    try:
        url = f"http://127.0.0.1:{port}/pl/report-it/"
        assert html.escape(old, quote=False) in wait_for(url, lambda page: "ck-" in page), "the preview did not start"
        edited = "Nie przejmuj się, jeśli nie znasz wszystkich odpowiedzi. Każdy szczegół może pomóc."
        entries = polib.pofile(str(catalogue))
        entry = next(item for item in entries if item.msgstr == old)
        entry.msgstr = edited
        entries.save(str(catalogue))  # as a translator's editor saves it
        assert edited in wait_for(url, lambda page: edited in page), "the preview did not pick up the edit"
    finally:
        server.terminate()
        server.wait(timeout=10)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(url: str, ready, seconds: float = 60) -> str:
    """The page at `url` once `ready(page)` holds, or the last page seen when time runs out."""
    deadline, page = time.monotonic() + seconds, ""
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                page = response.read().decode("utf-8")
            if ready(page):
                return page
        except OSError:
            pass
        time.sleep(0.3)
    return page


def test_english_left_in_a_translated_page_is_marked_as_english(project):
    changed = "Do not worry if you cannot answer every question. Any detail could help."
    project.edit("docs/report-it.md", SENTENCE, changed)
    assert project.build().returncode == 0
    assert f'<p><span lang="en">{changed}</span></p>' in project.html("pl/report-it/")
