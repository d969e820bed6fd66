"""`campaign upgrade` and the schema check: a site written for the previous schema is refused with the line
and the advice, and the command moves its settings keeping every comment and the force's order."""

from __future__ import annotations

import re
import sys
import tomllib

import pytest
import yaml

from campaignkit.configuration.locate import Locator
from campaignkit.upgrade.rewrite import UpgradeRefused, upgrade_text
from campaignkit.upgrade.schema import outdated_settings
from campaignkit.upgrade.steps import CURRENT_SCHEMA, STEPS
from conftest import ROOT, Project, run

LOOK = '      look:\n        logo: assets/northvale-police-logo.svg\n        colour: "#1d3f6e"\n'
OLD_FORCE = ('        name: Northvale Police\n'
             '        # The logo is a file in docs/; the colour must carry white text.\n'
             '        logo: assets/northvale-police-logo.svg  # the force crest\n'
             '        colour: "#1d3f6e"   # Northvale blue\n')
MOVED = ("        # The logo is a file in docs/; the colour must carry white text.",
         "        logo: assets/northvale-police-logo.svg  # the force crest",
         '        colour: "#1d3f6e"   # Northvale blue')


def make_schema_1(project: Project) -> str:
    """The example site as the previous version of Campaign Kit wrote it: the look under `force`, no schema."""
    text = project.config.read_text(encoding="utf-8")
    text, dropped = re.subn(r"\n      schema: \d+[^\n]*", "", text, count=1)
    assert dropped == 1 and LOOK in text
    text = text.replace(LOOK, "", 1).replace("        name: Northvale Police\n", OLD_FORCE, 1)
    project.config.write_text(text, encoding="utf-8")
    return text


@pytest.fixture
def old_site(project: Project) -> Project:
    make_schema_1(project)
    return project


def line_of(text: str, fragment: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), start=1) if fragment in line)


def comments(text: str) -> list[str]:
    """Every comment in a YAML text, in order (a # inside quotes, as in "#1d3f6e", is not one)."""
    return [m.group(1).strip() for line in text.splitlines() if (m := re.search(r"(?:^|\s)(#.*)$", line))]


def campaign_keys(text: str) -> dict:
    data = yaml.safe_load(text)
    return next(p["campaign"] for p in data["plugins"] if isinstance(p, dict) and "campaign" in p)


def test_an_old_site_is_refused_by_the_build_and_check_with_the_line_and_the_advice(old_site):
    before = old_site.config.read_bytes()
    text = before.decode("utf-8")
    for result in (old_site.build(), old_site.check()):
        assert result.returncode == 1, result.stderr
        for key in ("logo", "colour"):
            line = line_of(text, f"        {key}: ")
            assert (f"mkdocs.yml, line {line}: 'force → {key}' has moved to 'look → {key}' in this version of "
                    f"Campaign Kit. Run 'campaign upgrade' to move it (your comments and order are kept).") \
                in result.stderr
        assert "Traceback" not in result.stderr and "not a setting" not in result.stderr
    assert old_site.config.read_bytes() == before
    assert not (old_site.site / "index.html").exists()


def test_upgrade_moves_the_settings_keeping_every_comment_and_the_order(old_site):
    before = old_site.config.read_text(encoding="utf-8")
    result = old_site.campaign("upgrade")
    assert result.returncode == 0, result.stderr
    after = old_site.config.read_text(encoding="utf-8")
    assert f"moved force → logo to look → logo (line {line_of(before, '        logo: ')})" in result.stdout
    assert f"moved force → colour to look → colour (line {line_of(before, '        colour: ')})" in result.stdout
    assert f"set schema to {CURRENT_SCHEMA}" in result.stdout
    # Every comment is kept, in the same order; the only new one explains `schema`.
    new = comments(after)
    assert [c for c in new if "campaign upgrade" not in c] == comments(before) and len(new) == len(comments(before)) + 1
    # Each moved setting keeps its own comment, and the comment written above it comes too.
    assert "\n".join(MOVED) in after
    # Every other line is where it was; the campaign settings keep their order, with `look` after `force`.
    ignore = set(MOVED) | {"      look:"}
    assert [l for l in before.splitlines() if l not in ignore] == \
        [l for l in after.splitlines() if l not in ignore and not l.startswith("      schema:")]
    old, upgraded = campaign_keys(before), campaign_keys(after)
    order = list(old)
    order.insert(order.index("force") + 1, "look")
    assert list(upgraded) == ["schema", *order]
    assert list(upgraded["force"]) == [k for k in old["force"] if k not in ("logo", "colour")]
    assert upgraded["look"] == {"logo": old["force"]["logo"], "colour": old["force"]["colour"]}

    built = old_site.build()
    assert built.returncode == 0, built.stderr
    assert 'rel="icon" href="assets/northvale-police-logo.svg"' in old_site.html()
    checked = old_site.check()
    assert checked.returncode == 0 and "All good" in checked.stdout, checked.stderr

    again = old_site.campaign("upgrade")
    assert again.returncode == 0 and "is up to date" in again.stdout, again.stderr
    assert old_site.config.read_text(encoding="utf-8") == after


def test_the_committed_site_is_up_to_date(project):
    before = project.config.read_bytes()
    result = project.campaign("upgrade")
    assert result.returncode == 0 and f"mkdocs.yml is up to date (schema {CURRENT_SCHEMA})" in result.stdout
    assert project.config.read_bytes() == before


def test_a_dry_run_lists_the_changes_and_changes_nothing(old_site):
    before = old_site.config.read_bytes()
    result = old_site.campaign("upgrade", "--dry-run")
    assert result.returncode == 0, result.stderr
    assert "moved force → colour to look → colour (line" in result.stdout and "Nothing was changed" in result.stdout
    assert old_site.config.read_bytes() == before


def test_a_settings_file_that_is_not_valid_yaml_is_refused_with_its_line(old_site):
    old_site.edit("mkdocs.yml", "\n        website: https://", "\n       website: https://")
    before = old_site.config.read_bytes()
    result = old_site.campaign("upgrade")
    assert result.returncode == 2
    reported = re.search(r"mkdocs\.yml, line (\d+): the settings cannot be read here", result.stderr)
    line = line_of(before.decode("utf-8"), "       website: https://")
    assert reported and int(reported.group(1)) in (line, line + 1), result.stderr
    assert "Nothing was changed" in result.stderr and "Traceback" not in result.stderr
    assert old_site.config.read_bytes() == before
    assert [p.name for p in old_site.path.iterdir() if p.name.startswith(".mkdocs.yml")] == []


def test_campaign_version_prints_the_version_in_pyproject():
    expected = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    result = run([sys.executable, "-m", "campaignkit.cli", "--version"], cwd=ROOT)
    assert result.returncode == 0 and result.stdout.strip() == f"Campaign Kit {expected}"
    assert re.fullmatch(r"\d+\.\d+\.\d+", expected)


# -- the rewrite itself, on small files ---------------------------------------------------

SMALL = """\
plugins:
  - campaign:   # the force's settings
      force:
        # above logo
        logo: a.svg  # eol logo
        name: N
        # above colour
        colour: '#1d3f6e'
        # after colour: about what follows force
      # above week
      week:
        name: W
"""


def test_comments_above_a_moved_setting_go_with_it_and_others_stay():
    upgraded = upgrade_text(SMALL)
    assert upgraded.changes == ["moved force → logo to look → logo (line 5)",
                                "moved force → colour to look → colour (line 8)", f"set schema to {CURRENT_SCHEMA}"]
    assert upgraded.text.split("plugins:\n  - campaign:   # the force's settings\n", 1)[1].split("\n", 1)[1] == """\
      force:
        name: N
      look:
        # above logo
        logo: a.svg  # eol logo
        # above colour
        colour: '#1d3f6e'
        # after colour: about what follows force
      # above week
      week:
        name: W
"""
    assert upgrade_text(upgraded.text).changes == []


def test_a_setting_written_in_both_places_is_refused():
    with pytest.raises(UpgradeRefused, match="are both set") as refused:
        upgrade_text(SMALL.replace("      week:", "      look:\n        colour: '#000000'\n      week:"))
    assert refused.value.line == 8


def test_a_newer_schema_is_refused_by_the_build_and_the_upgrade():
    newer = CURRENT_SCHEMA + 1
    problems = outdated_settings({"schema": newer}, Locator(None), "mkdocs.yml")
    assert "newer version of Campaign Kit" in problems[0].message
    with pytest.raises(UpgradeRefused, match="newer version"):
        upgrade_text(SMALL.replace("      force:", f"      schema: {newer}\n      force:"))


def test_each_schema_after_the_first_lists_its_moves():
    assert sorted(STEPS) == list(range(2, CURRENT_SCHEMA + 1))
    assert all(move.old != move.new and move.old and move.new for moves in STEPS.values() for move in moves)
