"""Helplines: validated numbers, tel: links everywhere, one change in config changes every page."""

from __future__ import annotations

import re

import pytest

from campaignkit.helplines.numbers import parse_uk
from test_configuration import line_of, problems_for

NATIONAL = {
    "999": "tel:999",
    "101": "tel:101",
    "18000": "tel:18000",
    "18001 101": "tel:18001101",
    "08000 121 700": "tel:+448000121700",
    "0800 555 111": "tel:+44800555111",
    "0800 808 3733": "tel:+448008083733",
    "0800 432 0804": "tel:+448004320804",
    "0800 40 50 40": "tel:+44800405040",
}


@pytest.mark.parametrize("written, tel", NATIONAL.items())
def test_national_numbers_are_valid_and_dial_correctly(written, tel):
    number = parse_uk(written)
    assert number.tel == tel
    assert number.display == written


@pytest.mark.parametrize("written", ["0800 555 11", "55", "12345", "0800-555-111", "call 999"])
def test_invalid_numbers_are_refused(written):
    with pytest.raises(ValueError) as caught:
        parse_uk(written)
    assert written in str(caught.value)


def test_invalid_number_in_config_names_helpline_and_line(project):
    problems = problems_for(project, 'number: "0800 555 111"', 'number: "0800 555 11"')
    assert len(problems) == 1
    assert "helplines → item 4 → number" in problems[0].message
    assert "not a valid UK phone number" in problems[0].message
    assert problems[0].line == line_of(project, 'number: "0800 555 11"')


def test_duplicate_helpline_id(project):
    problems = problems_for(project, "- id: salvation-army", "- id: crimestoppers")
    assert "used twice" in problems[0].message


def test_emergency_helpline_is_required(project):
    problems = problems_for(project, "- id: emergency", "- id: nine-nine-nine")
    messages = " ".join(p.message for p in problems)
    assert "id 'emergency'" in messages


def test_get_help_now_must_name_known_helplines(project):
    problems = problems_for(project, "        - crimestoppers\n      # Who is responsible", "        - crimestopers\n      # Who is responsible")
    assert "no helpline with the id 'crimestopers'" in problems[0].message


def test_unknown_helpline_id_in_a_page_fails_the_build_naming_file_and_line(project):
    page = project.path / "docs" / "report-it.md"
    lines = page.read_text(encoding="utf-8").splitlines()
    lines.insert(7, "Call [[helpline: crimestopers]] now.")
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = project.build()
    assert result.returncode != 0
    assert "docs/report-it.md, line 8" in result.stderr
    assert "no helpline with the id 'crimestopers'. Did you mean 'crimestoppers'?" in result.stderr


def test_every_page_has_the_emergency_line_and_get_help_now_block(built):
    pages = built.pages("en")
    assert len(pages) >= 9
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert re.search(r'In an emergency, call <a class="ck-tel" href="tel:999"', html), page
        assert 'class="ck-get-help"' in html, page
        for tel in ("tel:+448000121700", "tel:+44800555111"):
            assert tel in html, (page, tel)


def test_report_page_shows_the_full_table(built):
    html = built.html("report-it")
    table = html[html.index('class="ck-routes__table"'):html.index("</table>")]
    for written, tel in NATIONAL.items():
        assert f'href="{tel}" dir="ltr">{written.replace(" ", chr(160))}</a>' in table, written
    assert 'href="sms:61016"' in table
    assert "https://www.northvale-police.example/report" in table
    assert "Monday to Friday, 8am to 8pm" in table


def test_changing_a_number_in_config_changes_every_page(project):
    project.edit("mkdocs.yml", 'number: "0800 555 111"', 'number: "0800 555 222"')
    assert project.build().returncode == 0
    pages = list(project.site.rglob("*.html"))
    assert not [p for p in pages if "555\u00a0111" in p.read_text(encoding="utf-8")]
    changed = [p for p in pages if 'href="tel:+44800555222"' in p.read_text(encoding="utf-8")]
    assert len(changed) >= 9


# -- cost per number, notes, and the facts' sources ------------------------------------

def test_a_text_number_must_say_its_own_cost(project):
    problems = problems_for(project, "          text_free: false\n", "")
    assert len(problems) == 1
    assert "say whether texts to 61016 are free" in problems[0].message
    assert problems[0].line == line_of(project, 'text: "61016"')


def test_a_free_line_cannot_also_state_a_cost(project):
    problems = problems_for(project, '          number: "0800 555 111"\n',
                            '          number: "0800 555 111"\n          cost: 10p a minute\n')
    assert "'free' is true" in problems[0].message
    assert problems[0].line == line_of(project, "cost: 10p a minute")


def test_the_table_gives_the_cost_of_calls_and_texts_separately(built):
    html = built.html("report-it")
    row = html[html.index('id="route-british-transport-police"'):]
    row = row[:row.index("</tr>")]
    assert "Calls: Free<br>Texts: Free on EE, O2, Three and Vodafone. Other networks may charge." in row
    acas = html[html.index('id="route-acas"'):]
    acas = acas[:acas.index("</tr>")]
    assert "The same as a call to a landline number." in acas and ">Free<" not in acas
    assert 'href="tel:+443001231100"' in acas and 'href="tel:1800103001231100"' in acas


def test_police_lines_say_interpreters_are_available(built):
    html = built.html("report-it")
    for route in ("emergency", "police"):
        row = html[html.index(f'id="route-{route}"'):]
        row = row[:row.index("</tr>")]
        assert '<td data-label="Interpreters">Yes</td>' in row, route


def test_emergency_advice_comes_from_the_helpline_data_on_every_page_that_gives_it(built):
    for page in ("report-it", "get-help"):
        html = built.html(page)
        notes = re.search(r'<ul class="ck-helpline__notes">(.*?)</ul>', html, re.S).group(1)
        items = re.findall(r"<li>(.*?)</li>", notes)
        assert len(items) == 8, page
        assert any("press 55" in item for item in items)
        assert any("landline" in item and "do not need to press 55" in item for item in items)
        assert any("does not tell the police where you are" in item for item in items)
        assert any("say “Police”" in item and "name of your language" in item for item in items)


def test_a_helpline_without_notes_cannot_be_asked_for_its_notes(project):
    project.edit("docs/get-help.md", "[[helpline-notes: emergency]]", "[[helpline-notes: glaa]]")
    result = project.build()
    assert result.returncode != 0
    line = next(n for n, text in enumerate((project.path / "docs/get-help.md").read_text().splitlines(), start=1)
                if "[[helpline-notes: glaa]]" in text)
    assert f"docs/get-help.md, line {line}" in result.stderr
    assert "the helpline 'glaa' has no notes to show" in result.stderr
