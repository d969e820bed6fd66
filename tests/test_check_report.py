"""`campaign check` reports in groups: problems (exit 1), warnings and hints (exit 0), and translation progress."""

from __future__ import annotations


from conftest import Project, snapshot



def line_of(project: Project, relative: str, text: str) -> int:
    lines = (project.path / relative).read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, start=1) if text in line)


def test_the_committed_site_gets_reading_ages_and_translation_progress(project):
    before = snapshot(project.path)
    result = project.check()
    assert result.returncode == 0, result.stderr
    assert "Problems" not in result.stderr and "Traceback" not in result.stderr + result.stdout
    hints = result.stdout.split("Hints (plain English; these never stop the site):")[1].split("\n\n")[0]
    for page in ("index", "report-it", "get-help", "privacy"):
        assert f"  Hint: docs/{page}.md: reading age " in hints
    assert "(Flesch-Kincaid grade " in hints and "GOV.UK writes for a reading age of 9" in hints
    translations = result.stdout.split("Translations (see 'campaign translations status' for each page):")[1]
    for language in ("Polish (pl)", "Arabic (ar)", "Persian (fa)", "Tigrinya (ti)"):
        assert f"  {language}: " in translations and "% translated" in translations
    assert "All good" in result.stdout and "warning" not in result.stdout.lower()
    assert snapshot(project.path) == before


def test_a_picture_without_alternative_text_is_a_problem_with_its_line(project):
    project.edit("docs/get-help.md", "\n# ", "\n![](assets/northvale-police-logo.svg)\n\n"
                                            '<img src="assets/northvale-police-logo.svg">\n\n'
                                            '<img src="assets/northvale-police-logo.svg" alt="">\n\n# ')
    before = snapshot(project.path)
    result = project.check()
    assert result.returncode == 1
    markdown = line_of(project, "docs/get-help.md", "![](")
    html = line_of(project, "docs/get-help.md", '<img src="assets/northvale-police-logo.svg">')
    problems = result.stderr.split("Problems (each must be fixed: the site cannot be built until it is):")[1]
    assert f"  docs/get-help.md, line {markdown}: this picture has no alternative text." in problems
    assert f"  docs/get-help.md, line {html}: this picture (<img>) has no alternative text." in problems
    assert problems.count("no alternative text") == 2, "alt=\"\" says on purpose the picture is decoration"
    assert "2 problems to fix." in result.stderr and "Traceback" not in result.stderr
    assert snapshot(project.path) == before


def test_a_page_missing_from_the_menu_is_a_warning_unless_kept_out_on_purpose(project):
    project.write("docs/poster.md", (project.path / "docs/accessibility.md").read_text(encoding="utf-8"))
    before = snapshot(project.path)
    result = project.check()
    assert result.returncode == 0, result.stderr
    assert "Warnings (the site builds, but look at these):" in result.stderr
    assert "  Warning: docs/poster.md: this page is not in the menu" in result.stderr
    assert "list it under 'not_in_nav' in mkdocs.yml" in result.stderr
    assert snapshot(project.path) == before
    project.edit("mkdocs.yml", "\nnav:\n", "\nnot_in_nav: |\n  poster.md\n\nnav:\n")
    result = project.check()
    assert result.returncode == 0, result.stderr
    assert "poster.md" not in result.stderr


def test_a_long_sentence_is_a_hint_that_never_fails(project):
    project.edit("docs/report-it.md", "Your report could help keep someone safe.",
                 "Your report could help keep someone safe, because the police and their partners use every report, "
                 "however small it seems, to build a picture of what is happening in each town.")
    result = project.check()
    assert result.returncode == 0, result.stderr
    assert "  Hint: docs/report-it.md, line 9: the sentence \"Your report could help keep someone safe, because …\" " \
           "has 31 words." in result.stdout
    assert "sentence" not in result.stderr
