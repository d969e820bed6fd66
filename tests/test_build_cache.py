"""The build keeps work between builds (.cache/campaignkit/): a change must always show on the next build,
and a damaged cache must never change the site."""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

import pytest

from conftest import Project, copy_project, snapshot
from test_translations import PL, SENTENCE, set_translation

CACHE = ".cache/campaignkit"


def site_files(site: Path) -> dict[str, str]:
    return {path.relative_to(site).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(site.rglob("*")) if path.is_file()}


@pytest.fixture(scope="module")
def warm(tmp_path_factory):
    """A project built once, so that its cache is full."""
    project = copy_project(tmp_path_factory.mktemp("cache"))
    result = project.build()
    assert result.returncode == 0, result.stderr
    return project


def test_a_build_from_the_cache_makes_the_same_site(warm):
    before = site_files(warm.site)
    assert any((warm.path / CACHE).rglob("*")), "the first build keeps its work"
    result = warm.build()
    assert result.returncode == 0, result.stderr
    assert site_files(warm.site) == before


def test_a_damaged_cache_is_worked_out_again(warm):
    before = site_files(warm.site)
    for entry in (warm.path / CACHE).rglob("*"):
        if entry.is_file():
            entry.write_bytes(b"damaged")
    result = warm.build()
    assert result.returncode == 0, result.stderr
    assert site_files(warm.site) == before


def test_every_kind_of_change_shows_on_the_next_build(warm):
    """An English page, a page catalogue, the interface catalogue, a template override and mkdocs.yml,
    each changed after a build whose work is cached."""
    warm.write("overrides/partials/copyright.html", "<p>First footer</p>\n")
    assert warm.build().returncode == 0
    assert "First footer" in warm.html("pl/")
    warm.write("overrides/partials/copyright.html", "<p>Second footer</p>\n")
    warm.edit("docs/get-help.md", "# ", "# Changed heading: ")
    set_translation(warm, PL, SENTENCE, "Zmienione zdanie o szczegółach.")
    set_translation(warm, "translations/pl/interface.po", "Report it", "Zgłoś to teraz", "nav: Report it")
    warm.edit("mkdocs.yml", "site_name: ", "site_name: Changed ")
    result = warm.build()
    assert result.returncode == 0, result.stderr
    polish_report = warm.html("pl/report-it/")
    assert "Second footer" in polish_report and "First footer" not in polish_report
    assert "Zmienione zdanie o szczegółach." in polish_report
    assert "Zgłoś to teraz" in polish_report
    assert "Changed heading: " in warm.html("get-help/")
    assert re.search(r"<title>[^<]*Changed ", warm.html())


def test_a_theme_style_a_page_starts_using_reaches_the_stylesheet_on_the_next_build(warm):
    """The stylesheet holds only the rules the pages use; its cut is cached, so a new use must show."""
    stylesheet = warm.site / "assets" / "campaign" / "campaign.css"
    assert ".md-typeset blockquote" not in stylesheet.read_text(encoding="utf-8")
    warm.edit("docs/get-help.md", "# ", "> A quoted line.\n\n# ")
    result = warm.build()
    assert result.returncode == 0, result.stderr
    assert ".md-typeset blockquote" in stylesheet.read_text(encoding="utf-8")


def test_a_file_added_to_the_theme_folder_is_published_on_the_next_build(warm):
    """The theme's file list is read once per build (not once per language): a new build reads it afresh."""
    warm.write("overrides/assets/images/added.svg", '<svg xmlns="http://www.w3.org/2000/svg"/>\n')
    result = warm.build()
    assert result.returncode == 0, result.stderr
    assert (warm.site / "assets/images/added.svg").is_file()


def test_a_cold_build_using_both_cores_makes_the_same_site_as_one_in_a_single_process(project):
    """The language builds' work, started in other processes as the build begins, and the languages after
    the first, most of them built by a forked copy while English is built, give the same pages."""
    sites = []
    for workers in ("0", "2"):
        shutil.rmtree(project.path / ".cache", ignore_errors=True)
        result = project.build(CAMPAIGNKIT_WORKERS=workers)
        assert result.returncode == 0, result.stderr
        sites.append(site_files(project.site))
    assert sites[0] == sites[1]


# English and Polish are built here while a forked copy builds Arabic, Persian and Tigrinya.
@pytest.mark.parametrize("language", ["en", "pl", "ti"])
def test_a_page_that_fails_in_either_half_of_the_languages_stops_the_build_and_says_which(project, language):
    (project.path / "overrides" / "main.html").write_text(
        '{% extends "base.html" %}\n{% block content %}'
        f'{{% if language == "{language}" %}}{{{{ no_such_thing() }}}}{{% endif %}}{{{{ super() }}}}{{% endblock %}}\n',
        encoding="utf-8")
    result = project.build(CAMPAIGNKIT_WORKERS="2")
    assert result.returncode != 0
    page = "index.md" if language == "en" else f"index.{language}.md"
    assert f"Error building page '{page}': 'no_such_thing' is undefined" in result.stderr
    assert "Documentation built" not in result.stderr


def test_a_refused_translation_is_reported_on_every_build_not_only_the_first(project):
    set_translation(project, PL, "Call [[helpline: crimestoppers]].", "Zadzwoń [[helpline: police]].")
    for _ in range(2):
        result = project.build()
        assert result.returncode != 0
        assert "does not keep what must stay unchanged" in result.stderr


def test_the_cache_is_kept_out_of_the_project_files(project):
    before = snapshot(project.path)
    assert project.build().returncode == 0
    assert (project.path / CACHE).is_dir()
    assert snapshot(project.path) == before
    assert "/.cache/" in (Path(__file__).parent.parent / ".gitignore").read_text(encoding="utf-8").split()


def test_a_changed_item_text_shows_in_its_pdf_and_no_english_pdf_changes(built, tmp_path):
    """The site built with PDFs, copied with its cache: one Polish text changes, and so does the Polish
    poster; every English PDF stays the same, byte for byte."""
    from test_materials import run as poppler

    project = Project(tmp_path / "site-copy")
    shutil.copytree(built.path, project.path, ignore=shutil.ignore_patterns("host"))
    english = {path.name: path.read_bytes() for path in (project.site / "materials").glob("*.pdf")}
    set_translation(project, "translations/pl/interface.po", "Spot the signs of modern slavery",
                    "Rozpoznaj oznaki pracy przymusowej", "materials.poster.title")
    result = project.build()
    assert result.returncode == 0, result.stderr
    text = poppler("pdftotext", str(project.site / "pl/materials/poster.pdf"), "-")
    assert "Rozpoznaj oznaki pracy przymusowej" in " ".join(text.split())
    assert {path.name: path.read_bytes() for path in (project.site / "materials").glob("*.pdf")} == english
