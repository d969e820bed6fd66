"""The engine's templates come as an installable MkDocs theme, `campaign`, built on Material."""

from __future__ import annotations

from mkdocs.theme import Theme


def test_the_campaign_theme_is_installed_and_extends_material():
    theme = Theme(name="campaign")
    names = [directory.replace("\\", "/") for directory in theme.dirs]
    assert names[0].endswith("campaignkit/theme/templates")
    assert names[1].endswith("material/templates"), "Material's templates come after the engine's"


def test_the_example_site_uses_the_theme_and_keeps_materials_search(built):
    config = (built.path / "mkdocs.yml").read_text(encoding="utf-8")
    assert "\n  name: campaign" in config
    assert not list((built.path / "overrides").rglob("*.html")), "the site holds no engine template"
    assert 'data-md-component="search"' in built.html("report-it"), "the search box shows"


def test_mkdocs_own_search_is_refused_with_its_line(project):
    project.edit("mkdocs.yml", "  - material/search ", "  - search ")
    line = project.config.read_text(encoding="utf-8").splitlines().index("plugins:") + 1
    result = project.check()
    assert result.returncode == 1
    assert f"mkdocs.yml, line {line}: plugins: write 'material/search' instead of 'search'" in result.stderr
    assert "Traceback" not in result.stderr
