"""A helpline's cost is checked against its number: readers decide whether they can afford to call by it."""

from __future__ import annotations

import pytest

from campaignkit.configuration.load import load_campaign
from campaignkit.configuration.model import Campaign
from campaignkit.helplines.numbers import call_cost_kind, parse_uk
from test_configuration import campaign_block, line_of, problems_for

GLAA = 'number: "0800 432 0804"\n          free: true'


@pytest.mark.parametrize("written, kind", [
    ("999", "free"), ("112", "free"), ("101", "free"), ("116 123", "free"), ("0800 555 111", "free"),
    ("08000 121 700", "free"), ("18001 101", "free"),
    ("0300 123 1100", "landline_rate"), ("020 7946 0000", "landline"), ("07624 123456", "mobile"),
    ("0845 123 4567", "service"), ("0871 200 3985", "service"), ("0906 123 4567", "service"), ("118 118", "service"),
    ("61016", "unknown"),  # free on some networks only: the plan does not say
])
def test_the_numbering_plan_gives_the_kind_of_cost(written, kind):
    assert call_cost_kind(parse_uk(written)) == kind


@pytest.mark.parametrize("number, free, expected", [
    ("0906 123 4567", "true", "is a service number (starting 084, 087, 09 or 118): callers pay a service charge"),
    ("0300 123 4567", "true", "is an 03 number: calls to it are not free"),
    ("07624 123456", "true", "is a mobile number: calls to it are not free"),
    ("020 7946 0000", "true", "is a landline number (starting 01 or 02): calls to it are not free"),
    ("0800 432 0804", "false", "calls to 0800 432 0804 are free from every UK landline and mobile"),
    ("0845 123 4567", "false", "is a service number (starting 084, 087, 09 or 118): say what calls cost"),
])
def test_a_cost_the_number_cannot_have_is_refused_at_the_free_line(project, number, free, expected):
    problems = problems_for(project, GLAA, f'number: "{number}"\n          free: {free}')
    assert len(problems) == 1, problems
    assert expected in problems[0].message
    assert problems[0].message.startswith("campaign → helplines → item 6 → free:")
    assert problems[0].line == line_of(project, f'number: "{number}"') + 1


def accepted(project, old: str, new: str) -> Campaign:
    project.edit("mkdocs.yml", old, new)
    return load_campaign(campaign_block(project.config), project.config, project.path / "docs")


def test_a_service_number_with_its_charge_stated_is_accepted(project):
    campaign = accepted(project, GLAA, 'number: "0845 123 4567"\n          free: false\n'
                                    "          cost: Calls cost 7p per minute plus your phone company's access charge.")
    assert campaign.routes.get("glaa").costs()[0].note.startswith("Calls cost 7p per minute")


def test_a_short_code_free_on_some_networks_only_is_not_refused(project):
    campaign = accepted(project, "text_free: false\n          text_cost: Free on EE, O2, Three and Vodafone. "
                              "Other networks may charge.", "text_free: true")
    assert campaign.routes.get("british-transport-police").text_free is True


def test_check_refuses_a_premium_number_marked_free_with_file_and_line(project):
    project.edit("mkdocs.yml", GLAA, 'number: "0906 123 4567"\n          free: true')
    before = {p: p.read_bytes() for p in project.path.rglob("*") if p.is_file()}
    result = project.check()
    assert result.returncode == 1
    line = line_of(project, 'number: "0906 123 4567"') + 1
    assert f"mkdocs.yml, line {line}: campaign → helplines → item 6 → free: 'free: true', but 0906 123 4567" \
           in result.stderr, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert {p: p.read_bytes() for p in project.path.rglob("*") if p.is_file()} == before


def test_without_a_cost_the_page_says_what_an_03_number_costs(project):
    project.edit("mkdocs.yml", "          cost: The same as a call to a landline number. "
                               "It is often included in your call minutes.\n", "")
    result = project.build()
    assert result.returncode == 0, result.stderr
    row = project.html("report-it").split('id="route-acas"')[1].split("</tr>")[0]
    assert "The same as a call to a number starting 01 or 02. Included in free minutes in the same way." in row
