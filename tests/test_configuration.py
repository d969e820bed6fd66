"""The force's campaign block: good settings build, wrong ones stop the build naming the setting and line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from campaignkit.configuration.load import load_campaign
from campaignkit.errors import CampaignError
from conftest import ROOT, Project


def campaign_block(config: Path) -> dict:
    data = yaml.safe_load(config.read_text(encoding="utf-8"))
    return next(p["campaign"] for p in data["plugins"] if isinstance(p, dict) and "campaign" in p)


def problems_for(project: Project, old: str, new: str) -> list:
    project.edit("mkdocs.yml", old, new)
    with pytest.raises(CampaignError) as caught:
        load_campaign(campaign_block(project.config), project.config, project.path / "docs")
    return caught.value.problems


def line_of(project: Project, text: str) -> int:
    lines = project.config.read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, start=1) if text in line)


def test_the_committed_configuration_is_valid():
    campaign = load_campaign(campaign_block(ROOT / "mkdocs.yml"), ROOT / "mkdocs.yml", ROOT / "docs")
    assert campaign.force.name == "Northvale Police"
    assert campaign.site_url.startswith("https://") and campaign.site_url.endswith("/")
    assert campaign.week.start <= campaign.week.end
    assert campaign.routes.emergency.number.display == "999"
    assert campaign.quick_exit.url == "https://www.bbc.co.uk/weather"


def test_missing_force_name_names_the_setting_and_line(project):
    problems = problems_for(project, "        name: Northvale Police\n", "")
    assert len(problems) == 1
    assert "force" in problems[0].message and "'name' is missing" in problems[0].message
    assert problems[0].file == "mkdocs.yml"
    assert problems[0].line == line_of(project, "      force:")


def test_missing_search_phrase_names_the_setting(project):
    problems = problems_for(project, "      search_phrase: Northvale help and advice\n", "")
    assert [p.message for p in problems] == ["campaign: the setting 'search_phrase' is missing: expected some text."]


def test_pale_brand_colour_is_refused_for_contrast(project):
    problems = problems_for(project, 'colour: "#1d3f6e"', 'colour: "#88aadd"')
    assert "contrast" in problems[0].message and "4.5:1" in problems[0].message
    assert problems[0].line == line_of(project, 'colour: "#88aadd"')


def test_colour_in_the_wrong_format_says_what_is_expected(project):
    problems = problems_for(project, 'colour: "#1d3f6e"', "colour: navy")
    assert "six hex digits" in problems[0].message


def test_web_address_must_be_https(project):
    problems = problems_for(project, "report_online: https://", "report_online: http://")
    assert "report_online" in problems[0].message and "https://" in problems[0].message
    assert problems[0].line == line_of(project, "report_online: http://")


def test_misspelt_setting_suggests_the_right_one(project):
    problems = problems_for(project, "        colour:", "        color:")
    messages = " ".join(p.message for p in problems)
    assert "'color' is not a setting" in messages and "Did you mean 'colour'?" in messages


def test_campaign_ending_before_it_starts(project):
    problems = problems_for(project, "end: 2027-10-24", "end: 2027-10-01")
    assert "ends" in problems[0].message and "before it starts" in problems[0].message


def test_date_in_another_format(project):
    problems = problems_for(project, "start: 2027-10-18", "start: 18/10/2027")
    assert "YYYY-MM-DD" in problems[0].message
    assert problems[0].line == line_of(project, "start: 18/10/2027")


def test_missing_logo_file(project):
    problems = problems_for(project, "logo: assets/northvale-police-logo.svg", "logo: assets/missing.svg")
    assert "assets/missing.svg" in problems[0].message and "not found" in problems[0].message
    assert problems[0].message.startswith("campaign → look → logo:")


FOOTER_LINK = ('        colour: "#1d3f6e"\n        footer_links:\n          - text: Contact us\n'
               '            url: https://www.northvale-police.example/contact\n')


def test_the_look_defaults_the_tab_icon_to_the_logo_and_reads_footer_links(project):
    project.edit("mkdocs.yml", '        colour: "#1d3f6e"\n', FOOTER_LINK)
    look = load_campaign(campaign_block(project.config), project.config, project.path / "docs").look
    assert look.favicon == look.logo == "assets/northvale-police-logo.svg"
    assert [(link.text, link.url) for link in look.footer_links] == [
        ("Contact us", "https://www.northvale-police.example/contact")]


def test_a_tab_icon_must_be_a_picture_and_a_footer_link_a_web_address(project):
    project.write("docs/assets/icon.gif", "GIF89a")
    project.edit("mkdocs.yml", '        colour: "#1d3f6e"\n',
                 FOOTER_LINK.replace("https://www.", "www.") + "        favicon: assets/icon.gif\n")
    messages = [p.message for p in problems_for(project, "start: 2027-10-18", "start: 2027-10-18")]
    assert any(m.startswith("campaign → look → favicon: 'assets/icon.gif' cannot be a tab icon") for m in messages)
    assert any(m.startswith("campaign → look → footer_links → item 1 → url: expected a full web address")
               for m in messages)


def test_footer_links_are_on_every_page_in_each_language(project):
    project.edit("mkdocs.yml", '        colour: "#1d3f6e"\n', FOOTER_LINK)
    with (project.path / "translations/pl/interface.po").open("a", encoding="utf-8") as catalogue:
        catalogue.write('\nmsgctxt "campaign: look.footer_links"\nmsgid "Contact us"\nmsgstr "Kontakt z nami"\n')
    result = project.build()
    assert result.returncode == 0, result.stderr
    link = '<li><a href="https://www.northvale-police.example/contact">{}</a></li>'
    assert link.format("Contact us") in project.html("report-it")
    assert link.format("Kontakt z nami") in project.html("pl/report-it")


def test_every_problem_is_reported_at_once(project):
    project.edit("mkdocs.yml", 'colour: "#1d3f6e"', 'colour: "#ffffff"')
    problems = problems_for(project, "start: 2027-10-18", "start: soon")
    assert len(problems) == 2


def test_a_bad_setting_stops_the_build_with_file_and_line(project):
    project.edit("mkdocs.yml", 'colour: "#1d3f6e"', 'colour: "#ffff00"')
    result = project.build()
    assert result.returncode != 0
    assert f"mkdocs.yml, line {line_of(project, 'colour: ')}" in result.stderr
    assert "contrast" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("old, new, named", [
    ("font: false", "font:\n    text: Roboto", "theme → font"),
    ("extra:\n  generator: false", "extra:\n  generator: false\n  analytics:\n    provider: google", "extra → analytics"),
    ("docs_dir: docs", "docs_dir: docs\nrepo_url: https://github.com/example/site", "repo_url"),
    ("    - navigation.sections", "    - navigation.sections\n    - navigation.instant", "navigation.instant"),
    ("    - navigation.sections", "    - navigation.sections\n    - navigation.top", "remove navigation.top"),
    ("  language: en", "  language: en\n  palette:\n    - scheme: default", "theme → palette"),
])
def test_privacy_baseline_is_enforced(project, old, new, named):
    project.edit("mkdocs.yml", old, new)
    result = project.build()
    assert result.returncode != 0
    assert named in result.stderr and "mkdocs.yml, line" in result.stderr


def test_quick_exit_settings_are_checked(project):
    project.edit("mkdocs.yml", "        url: https://www.bbc.co.uk/weather\n",
                 "        url: http://www.bbc.co.uk/weather\n        shortcuts: [escape, ctrl]\n        labels:\n          buton: Go\n")
    with pytest.raises(CampaignError) as caught:
        load_campaign(campaign_block(project.config), project.config, project.path / "docs")
    messages = [p.message for p in caught.value.problems]
    assert any("quick_exit → url" in m and "https://" in m for m in messages)
    assert any("'ctrl' is not a shortcut" in m for m in messages)
    assert any("Did you mean 'button'?" in m for m in messages)


def test_quick_exit_label_override_reaches_every_page(project):
    project.edit("mkdocs.yml", "        url: https://www.bbc.co.uk/weather\n",
                 "        url: https://www.bbc.co.uk/weather\n        labels:\n          button: Hide this page\n")
    assert project.build().returncode == 0
    for page in project.site.rglob("index.html"):
        assert re.search(r"Hide this page\s*</a>", page.read_text(encoding="utf-8")), page
