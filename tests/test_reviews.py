"""Review dates: every page says when its facts were last checked, and campaign check says when that is due."""

from __future__ import annotations

import re

import yaml

from campaignkit.reviews.dates import written_date
from conftest import ROOT, polish
from test_configuration import line_of, problems_for

import datetime as dt

REVIEWED = dt.date(2026, 12, 1)


def settings(page) -> dict:
    return yaml.safe_load(page.read_text(encoding="utf-8").split("---\n")[1])


def test_every_english_page_records_when_its_facts_were_checked():
    for page in sorted((ROOT / "docs").glob("*.md")):
        assert isinstance(settings(page).get("reviewed"), dt.date), page.name


def test_every_page_shows_its_review_date_in_the_readers_language(built):
    html = built.html("report-it")
    assert '<p class="ck-reviewed">Page last reviewed: <time datetime="2026-12-01">1 December 2026</time></p>' in html
    polish_page = (built.site / "pl" / "report-it" / "index.html").read_text(encoding="utf-8")
    line = polish("Page last reviewed: {date}", "reviews.last_reviewed").replace("{date}", "")
    assert line.strip() in polish_page and '<time datetime="2026-12-01">1 grudnia 2026</time>' in polish_page


def test_persian_pages_give_the_solar_hijri_date_first():
    assert written_date(REVIEWED, "fa") == "10 آذر 1405 (1 دسامبر 2026)"
    assert written_date(REVIEWED, "ar") == "1 ديسمبر 2026"
    assert written_date(REVIEWED, "en") == "1 December 2026"


def test_a_review_date_that_is_not_a_date_stops_the_build_at_its_line(project):
    project.edit("docs/get-help.md", "reviewed: 2026-12-01", "reviewed: last week")
    result = project.build()
    assert result.returncode != 0
    assert "docs/get-help.md, line 4: 'reviewed: last week' is not a date" in result.stderr


def test_check_is_quiet_while_reviews_are_fresh(project):
    result = project.campaign("check", "--today", "2027-05-31")
    assert result.returncode == 0, result.stderr
    assert "Warning" not in result.stderr
    assert "All good" in result.stdout and "warning" not in result.stdout


def test_check_warns_about_due_reviews_naming_file_line_and_source(project):
    result = project.campaign("check", "--today", "2027-06-02")
    assert result.returncode == 0, result.stderr  # a warning, not a failure
    assert ("Warning: docs/what-is-modern-slavery.md, line 4: the page's facts were last reviewed on 1 December 2026, "
            "more than 6 months ago. Check them against https://www.gov.uk/government/collections/"
            "national-referral-mechanism-statistics") in result.stderr
    line = line_of(project, "source: https://www.acas.org.uk/contact") - 1
    assert (f"Warning: mkdocs.yml, line {line}: campaign → helplines → item 7 → checked: 'acas' was last checked on "
            "1 December 2026, more than 6 months ago. Check its number, hours and cost at https://www.acas.org.uk/contact"
            ) in result.stderr
    assert re.search(r"All good: .* 10 pages checked\. 17 warnings to look at\.", result.stdout)


def test_the_review_period_is_the_forces_setting(project):
    project.edit("mkdocs.yml", "review_every_months: 6", "review_every_months: 12")
    result = project.campaign("check", "--today", "2027-06-02")
    assert "Warning" not in result.stderr
    problems = problems_for(project, "review_every_months: 12", "review_every_months: often")
    assert "expected a whole number of months from 1 to 36" in problems[0].message


def test_a_page_or_helpline_without_a_date_or_source_is_pointed_out(project):
    project.edit("docs/index.md", "reviewed: 2026-12-01\n", "")
    project.edit("mkdocs.yml", "          checked: 2026-12-01\n          source: https://www.gla.gov.uk/report-issues/"
                               "is-the-glaa-the-correct-enforcement-body-for-you\n", "")
    result = project.campaign("check", "--today", "2026-12-02")
    assert result.returncode == 0, result.stderr
    assert "Warning: docs/index.md, line 1: the page has no review date." in result.stderr
    line = line_of(project, "- id: glaa")
    assert f"Warning: mkdocs.yml, line {line}: campaign → helplines → item 6: 'glaa' has no 'checked' date." in result.stderr
    assert "'glaa' has no 'source'" in result.stderr


def test_a_long_sentence_is_pointed_out_for_plain_english(project):
    project.edit("docs/report-it.md", "Your report could help keep someone safe.",
                 "Your report could help keep someone safe, because the police and their partners use every report, "
                 "however small it seems, to build a picture of what is happening in each town.")
    result = project.campaign("check", "--today", "2026-12-02")
    assert result.returncode == 0
    assert "Hint: docs/report-it.md, line 9: the sentence \"Your report could help keep someone safe, because …\" " \
           "has 31 words. Plain English keeps sentences to 25 words or fewer" in result.stdout
