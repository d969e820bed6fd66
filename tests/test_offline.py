"""The offline copy (`campaign build --offline`): a zip of the site that works opened from disk, in real
headless Chromium. The copy is built once for the module, from a copy of the project, and unzipped once."""

from __future__ import annotations

import subprocess
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

import pytest
from mkdocs.utils.yaml import yaml_load

from campaignkit.cli import main
from campaignkit.offline import offline_files, pack
from conftest import FEW_LANGUAGES, ROOT, Project, copy_project


def _campaign_settings() -> dict:
    with (ROOT / "mkdocs.yml").open("rb") as file:
        plugins = yaml_load(file)["plugins"]
    return next(entry["campaign"] for entry in plugins if isinstance(entry, dict) and "campaign" in entry)


SETTINGS = _campaign_settings()
NEUTRAL = SETTINGS["quick_exit"]["url"]
NEUTRAL_PAGE = "<!doctype html><title>Weather</title><p>Neutral page</p>"
TOP = urlsplit(SETTINGS["site_url"]).hostname  # the zip's one folder
LANGUAGES = list(FEW_LANGUAGES)  # the copy's languages (conftest.copy_project)
# Every Content Security Policy violation in any page, sent to the test as it happens.
WATCH = "addEventListener('securitypolicyviolation', e => window.__violation([e.violatedDirective, e.blockedURI]));"
READY = "() => document.documentElement.classList.contains('ck-quick-exit--ready')"


@dataclass
class Offline:
    project: Project
    result: subprocess.CompletedProcess
    zip: Path
    root: Path  # the unzipped copy's top folder


@pytest.fixture(scope="module")
def offline(tmp_path_factory: pytest.TempPathFactory) -> Offline:
    project = copy_project(tmp_path_factory.mktemp("offline-project"))
    result = project.campaign("build", "--offline")
    assert result.returncode == 0, result.stderr
    archive = project.path / "site-offline.zip"
    unzipped = tmp_path_factory.mktemp("offline-copy")
    with zipfile.ZipFile(archive) as opened:
        opened.extractall(unzipped)
    return Offline(project, result, archive, unzipped / TOP)


@dataclass
class Reader:
    """One browser context reading the copy from disk: the neutral site stubbed, the rest of the web cut off."""

    context: object
    outside: list = field(default_factory=list)  # requests that would have left the machine
    neutral: list = field(default_factory=list)
    failed: list = field(default_factory=list)
    violations: list = field(default_factory=list)

    def fail(self, request) -> None:
        # The next page cancels what is still loading, such as the tab's icon, which Chromium fetches after
        # the load event: that is not a missing file (every icon and stylesheet is checked to exist).
        if request.failure != "net::ERR_ABORTED":
            self.failed.append((request.url, request.failure))

    def route(self, route) -> None:
        url = route.request.url
        if url.startswith("file://"):
            route.continue_()
        elif url.startswith(NEUTRAL):
            self.neutral.append(url)
            route.fulfill(body=NEUTRAL_PAGE, content_type="text/html")
        else:
            self.outside.append(url)
            route.abort()

    def open(self, file: Path):
        page = self.context.new_page()
        page.goto(file.as_uri(), wait_until="load")
        return page


@pytest.fixture
def reader(browser):
    """Opens readers; every context is closed at the end, whatever the test's outcome."""
    opened: list[Reader] = []

    def open_() -> Reader:
        context = browser.new_context()
        reader = Reader(context)
        opened.append(reader)
        context.route("**/*", reader.route)
        context.on("requestfailed", reader.fail)
        context.expose_binding("__violation", lambda source, item: reader.violations.append(item))
        context.add_init_script(WATCH)
        return reader

    yield open_
    for reader in opened:
        reader.context.close()


def pages(root: Path) -> list[Path]:
    return sorted(root.rglob("*.html"))


# -- the command and the zip --------------------------------------------------------

def test_the_command_writes_one_zip_with_one_folder_holding_every_language(offline):
    assert f"Offline copy written to {offline.zip} (" in offline.result.stdout
    assert f"open {TOP}/index.html" in offline.result.stdout
    with zipfile.ZipFile(offline.zip) as opened:
        names = opened.namelist()
        infos = opened.infolist()
    assert names == sorted(names)
    assert {name.split("/")[0] for name in names} == {TOP}
    assert f"{TOP}/index.html" in names
    for code in LANGUAGES:
        assert f"{TOP}/{code}/index.html" in names, code
    assert {info.date_time for info in infos} == {(1980, 1, 1, 0, 0, 0)}
    # Only a web server or search uses these; the copy leaves them out.
    left_out = [name for name in names if name.endswith(("404.html", "sitemap.xml", "sitemap.xml.gz",
                                                          "search_index.json")) or "/workers/" in name]
    assert left_out == []
    assert list(offline.project.path.glob(".*.tmp")) == [], "the zip is written under a temporary name first"
    assert not (offline.project.path / "site").exists(), "the web build's folder is left alone"


def test_the_same_site_gives_the_same_zip(offline, tmp_path):
    files = offline_files(offline.root)
    first = pack(offline.root, files, TOP, tmp_path / "first.zip")
    second = pack(offline.root, list(reversed(files)), TOP, tmp_path / "second.zip")
    assert first.files == len(files) and first.size == (tmp_path / "first.zip").stat().st_size
    assert (tmp_path / "first.zip").read_bytes() == (tmp_path / "second.zip").read_bytes()


def test_without_offline_the_command_points_to_mkdocs_build(capsys):
    assert main(["build"]) == 2
    assert "mkdocs build" in capsys.readouterr().err


def test_a_bad_setting_is_reported_with_its_line_and_no_zip_is_made(project):
    project.edit("mkdocs.yml", "      quick_exit:\n", "      quick_exits: yes\n      quick_exit:\n")
    line = project.config.read_text(encoding="utf-8").splitlines().index("      quick_exits: yes") + 1
    result = project.campaign("build", "--offline")
    assert result.returncode == 1
    assert f"mkdocs.yml, line {line}: campaign → quick_exits:" in result.stderr, result.stderr
    assert "No offline copy was made" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert list(project.path.glob("*.zip")) == [] and list(project.path.glob(".*.tmp")) == []


def test_a_warning_stops_the_offline_build_as_strict_mode_does(project):
    project.edit("mkdocs.yml", "site_name:", "unknown_setting: 1\nsite_name:")
    result = project.campaign("build", "--offline")
    assert result.returncode == 1
    assert "Warning: Config value 'unknown_setting'" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert list(project.path.glob("*.zip")) == []


# -- the copy, opened from disk in Chromium ------------------------------------------

def test_every_page_loads_from_disk_and_every_link_finds_its_file(offline, reader):
    """Each page of each language: nothing fails to load, nothing leaves file://, the policy blocks none of the
    site's own scripts and styles, and every link to the site (and every icon and stylesheet) names a file
    that is in the copy."""
    session = reader()
    page = session.context.new_page()
    broken = []
    for file in pages(offline.root):
        page.goto(file.as_uri(), wait_until="load")
        if file.parent.name == "materials":  # a printed item: a sheet to print, with no menu or quick exit
            assert page.locator(".ck-m-sheet").count() >= 1, file
            continue
        assert page.evaluate(READY), f"quick-exit.js did not run in {file.name}"
        assert page.evaluate("getComputedStyle(document.querySelector('.ck-visually-hidden')).position") == "absolute"
        if file.name == "index.html":  # each home page lists every language, linking to its home page
            assert page.locator(".ck-language-band a").count() == 1 + len(LANGUAGES), file
        for href in page.eval_on_selector_all("a[href], link[href]", "links => links.map(link => link.href)"):
            address = urlsplit(href)
            if address.scheme != "file":
                continue  # tel:, mailto:, and other sites: not part of the copy
            target = Path(url2pathname(address.path))
            if not (target.is_file() and target.is_relative_to(offline.root)):
                broken.append((file.relative_to(offline.root).as_posix(), href))
    assert len(pages(offline.root)) >= 9 * (1 + len(LANGUAGES))
    assert broken == []
    assert session.failed == []
    assert session.outside == [] and session.neutral == []
    assert session.violations == []


def test_there_is_no_search_box_offline(offline, reader):
    page = reader().open(offline.root / "index.html")
    assert page.locator(".md-search, [data-md-component=search], label[for=__search]").count() == 0
    for file in pages(offline.root):
        assert "md-search" not in file.read_text(encoding="utf-8"), file


def test_the_quick_exit_button_leaves_for_the_neutral_site(offline, reader):
    session = reader()
    page = session.open(offline.root / "report-it.html")
    page.wait_for_function(READY)
    page.click("[data-quick-exit]")
    page.wait_for_url(NEUTRAL + "**")
    assert "Neutral page" in page.content()
    assert session.outside == []


def test_escape_leaves_for_the_neutral_site(offline, reader):
    session = reader()
    page = session.open(offline.root / "pl" / "get-help.html")
    page.wait_for_function(READY)
    page.keyboard.press("Escape")
    page.wait_for_url(NEUTRAL + "**")
    assert "Neutral page" in page.content()
    assert session.outside == []


def test_the_language_selector_goes_between_languages_on_disk(offline, reader):
    session = reader()
    page = session.open(offline.root / "index.html")
    page.click("summary.ck-languages__toggle")
    page.click('.ck-languages__link[hreflang="pl"]')
    page.wait_for_url((offline.root / "pl" / "index.html").as_uri())
    assert page.evaluate("document.documentElement.lang") == "pl"
    page.goto((offline.root / "index.html").as_uri(), wait_until="load")
    page.click("summary.ck-languages__toggle")
    page.click('.ck-languages__link[hreflang="ar"]')
    page.wait_for_url((offline.root / "ar" / "index.html").as_uri())
    assert page.evaluate("[document.documentElement.lang, document.documentElement.dir]") == ["ar", "rtl"]
    assert session.failed == [] and session.outside == []
