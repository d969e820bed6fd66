"""`campaign check`: the same checks as the build, without building."""

from __future__ import annotations

import re


def test_check_passes_on_the_committed_site(project):
    result = project.check()
    assert result.returncode == 0, result.stderr
    assert "All good" in result.stdout


def test_check_reports_page_and_config_problems_with_lines(project):
    project.edit("docs/index.md", "[[force]]", "[[forse]]")
    result = project.check()
    assert result.returncode == 1
    assert "docs/index.md, line" in result.stderr and "Did you mean [[force]]" in result.stderr


def test_check_reports_configuration_problems(project):
    project.edit("mkdocs.yml", 'number: "0800 808 3733"', 'number: "0800 808 37"')
    result = project.check()
    assert result.returncode == 1
    assert "mkdocs.yml, line" in result.stderr and "0800 808 37" in result.stderr


def test_check_reports_unreadable_yaml(project):
    project.edit("mkdocs.yml", "  - campaign:", "  - campaign: [")
    result = project.check()
    assert result.returncode == 2
    assert "mkdocs.yml, line" in result.stderr and "a '[' or '{' is opened and never closed" in result.stderr


def test_a_wrongly_indented_setting_is_explained_in_plain_words(project):
    project.edit("mkdocs.yml", "\n        website: https://", "\n       website: https://")
    line = next(n for n, text in enumerate(project.config.read_text().splitlines(), start=1)
                if text.startswith("       website:"))
    for args in ((), ("--settings-only",)):
        result = project.campaign("check", *args)
        assert result.returncode == 2
        reported = re.search(r"mkdocs\.yml, line (\d+): the settings cannot be read here: this line "
                             r"\(or the one above it\) is indented differently", result.stderr)
        assert reported and int(reported.group(1)) in (line, line + 1), result.stderr
        assert "<block" not in result.stderr
