"""`campaign check`: the same checks as the build, without building."""

from __future__ import annotations


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
    assert "line" in result.stderr
