"""The privacy page's server-log facts (UK GDPR Article 13): settings the build requires, shown in every language."""

from __future__ import annotations

import html as html_module
import re

from conftest import polish
from test_configuration import line_of, problems_for


def test_the_privacy_page_names_controller_dpo_host_retention_rights_and_the_ico(built):
    html = built.html("privacy")
    block = html[html.index('<dl class="ck-data-protection">'):]
    block = block[:block.index("</dl>")]
    text = html_module.unescape(re.sub(r"<[^>]+>", "", block))
    assert "The Chief Constable of Northvale Police. To ask about your data, email data.protection@northvale-police.example." in text
    assert "Email dpo@northvale-police.example." in text
    assert "Example Web Hosting Ltd, the company that runs the website's server for us. It keeps the logs in the United Kingdom." in text
    assert "30 days. Then it is deleted." in text
    assert "UK GDPR Article 6(1)(e), public task" in text
    assert "object to us using it" in text
    assert 'href="https://ico.org.uk/make-a-complaint/"' in block
    assert 'href="mailto:dpo@northvale-police.example" dir="ltr"' in block


def test_the_facts_are_in_the_readers_language_with_its_own_way_of_counting_days(built):
    html = (built.site / "pl" / "privacy" / "index.html").read_text(encoding="utf-8")
    block = html[html.index('<dl class="ck-data-protection">'):]
    assert polish("Who is responsible for it", "data_protection.controller") in block
    assert "30 dni" in block


def test_the_settings_are_required(project):
    problems = problems_for(project, "        dpo: dpo@northvale-police.example\n", "")
    assert len(problems) == 1
    assert "data_protection" in problems[0].message and "'dpo' is missing" in problems[0].message
    assert problems[0].line == line_of(project, "      data_protection:")


def test_retention_must_be_a_number_of_days(project):
    problems = problems_for(project, "log_retention_days: 30", "log_retention_days: a month")
    assert "expected a whole number of days" in problems[0].message
    assert problems[0].line == line_of(project, "log_retention_days: a month")


def test_the_lawful_basis_is_a_choice_and_changes_the_words(project):
    problems = problems_for(project, "lawful_basis: public_task", "lawful_basis: consent")
    assert "expected one of: public_task, legitimate_interests" in problems[0].message


def test_a_privacy_page_without_the_facts_stops_the_build(project):
    project.edit("docs/privacy.md", "[[data-protection]]\n", "")
    result = project.build()
    assert result.returncode != 0
    assert "docs/privacy.md: the privacy page must include [[data-protection]]" in result.stderr
    result = project.check()
    assert result.returncode == 1 and "[[data-protection]]" in result.stderr
