"""Shared fixtures: a copy of the force's site in a temporary folder, and builds of it."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import polib
import pytest

from site_languages import keep_languages

ROOT = Path(__file__).resolve().parent.parent
SITE_PARTS = ("mkdocs.yml", "docs", "overrides", "translations")


@dataclass
class Project:
    """A throwaway copy of the site that a test may edit and build."""

    path: Path

    @property
    def config(self) -> Path:
        return self.path / "mkdocs.yml"

    @property
    def site(self) -> Path:
        return self.path / "site"

    def edit(self, relative: str, old: str, new: str) -> None:
        file = self.path / relative
        text = file.read_text(encoding="utf-8")
        assert old in text, f"{old!r} not found in {relative}"
        file.write_text(text.replace(old, new, 1), encoding="utf-8")

    def write(self, relative: str, text: str) -> None:
        (self.path / relative).parent.mkdir(parents=True, exist_ok=True)
        (self.path / relative).write_text(text, encoding="utf-8")

    def build(self, **env: str) -> subprocess.CompletedProcess:
        return run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(self.config),
                    "-d", str(self.site)], cwd=self.path, **env)

    def check(self) -> subprocess.CompletedProcess:
        return run([sys.executable, "-m", "campaignkit.cli", "check", "--config", str(self.config)], cwd=self.path)

    def campaign(self, *args: str) -> subprocess.CompletedProcess:
        return run([sys.executable, "-m", "campaignkit.cli", *args, "--config", str(self.config)], cwd=self.path)

    def html(self, page: str = "") -> str:
        return (self.site / page / "index.html").read_text(encoding="utf-8")

    def pages(self, language: str) -> list[Path]:
        """Every built page whose <html lang> is `language`."""
        return sorted(page for page in self.site.rglob("index.html")
                      if f'<html lang="{language}"' in page.read_text(encoding="utf-8"))


def snapshot(folder: Path) -> dict[str, str]:
    """Every file below `folder` except what a build writes (the site, the host files beside it and the build's
    caches), by path, with a hash of its bytes: to show that a command changed nothing."""
    return {path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(folder.rglob("*"))
            if path.is_file() and path.relative_to(folder).parts[0] not in ("site", "host", ".cache")}


def run(command: list[str], cwd: Path, **more: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", **more)
    return subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


MATERIALS_ON = "materials:\n        pdf: true\n        share_images: true\n"
MATERIALS_OFF = "materials:\n        pdf: false\n        share_images: false\n"
BILINGUAL = "      bilingual: cy\n"
# The languages a copy keeps unless it asks for all: Latin, two right-to-left scripts and Ethiopic.
FEW_LANGUAGES = ("pl", "ar", "fa", "ti")


def copy_project(target: Path, materials: bool = False, bilingual: bool = False,
                 all_languages: bool = False) -> Project:
    """A copy of the site. Without `materials`, its builds leave out the PDFs and share images, which take
    half a minute and matter only to the tests of them (and to the built site, which has them). Without
    `bilingual`, a test may change an English page and build without translating the change into Welsh first;
    the rules of a bilingual site have tests of their own (test_bilingual.py). Without `all_languages`, the copy
    keeps English and FEW_LANGUAGES (and Welsh, if bilingual): a test of one feature builds in half the time,
    and the built site (`built`) has every language."""
    for part in SITE_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, target / part)
        else:
            shutil.copy2(source, target / part)
    project = Project(target)
    if not materials:
        project.edit("mkdocs.yml", MATERIALS_ON, MATERIALS_OFF)
    if not bilingual:
        project.edit("mkdocs.yml", BILINGUAL, "")
    if not all_languages:
        keep_languages(target, (*FEW_LANGUAGES, *(("cy",) if bilingual else ())))
    return project


@pytest.fixture
def project(tmp_path: Path) -> Project:
    """A fresh copy of the site, for tests that change it (without PDFs or share images)."""
    return copy_project(tmp_path)


@pytest.fixture(scope="session")
def site(built):
    """The built site served on loopback; yields its base URL."""
    from browser import serve

    with serve(built.site) as base:
        yield base


@pytest.fixture(scope="session")
def driver():
    from browser import playwright_driver

    with playwright_driver() as instance:
        yield instance


@pytest.fixture(scope="session")
def browser(driver):
    """Headless Chromium, shared by every browser test."""
    from browser import launch

    instance = launch(driver)
    yield instance
    instance.close()


@pytest.fixture
def new_context(browser):
    """browser.new_context for a test: every context it opens is closed whatever the test's outcome."""
    contexts = []

    def new(**options):
        context = browser.new_context(**options)
        contexts.append(context)
        return context

    yield new
    for context in contexts:
        context.close()


@pytest.fixture
def open_page(new_context, site):
    """A page of the built site in a fresh context (of the given size, else Playwright's default,
    and options such as java_script_enabled or locale), closed by new_context."""

    def open_(path: str, viewport: dict | None = None, **options):
        page = new_context(**({"viewport": viewport} if viewport else {}), **options).new_page()
        page.goto(site + path)
        return page

    return open_


@pytest.fixture(scope="session")
def built(tmp_path_factory: pytest.TempPathFactory) -> Project:
    """The site exactly as committed, built once for every test that only reads it."""
    built = copy_project(tmp_path_factory.mktemp("site"), materials=True, bilingual=True, all_languages=True)
    result = built.build()
    assert result.returncode == 0, result.stderr
    return built


def polish(msgid: str, context: str | None = None, catalogue: str = "interface") -> str:
    """The committed Polish text for an English one, as the build should show it."""
    path = ROOT / "translations" / "pl" / f"{catalogue}.po"
    for entry in polib.pofile(str(path)):
        if entry.msgid == msgid and entry.msgctxt == context and not entry.obsolete:
            assert entry.msgstr, f"{msgid!r} is not translated in {path.name}"
            return entry.msgstr
    raise AssertionError(f"{msgid!r} not in {path}")
