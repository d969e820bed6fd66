"""Links between pages: a broken one stops the build at its line, with the page the writer probably meant."""

from __future__ import annotations

from campaignkit.authoring.links import check_links

FILES = {
    "index.md": "# Home\n",
    "report-it.md": "# Report it\n\n## What to note\n\n## Stay *safe*\n\n## Call [[helpline: police]]\n",
    "get-help.md": "# Get help\n\n## Who we are { #about-us }\n\n## What happens next\n\n## What happens next\n",
    "assets/logo.svg": None,
}


def problems(markdown: str, page: str = "index.md") -> list[str]:
    return [f"{p.line}: {p.message}" for p in check_links(markdown, "docs/" + page, page, FILES)]


def test_links_that_work_pass():
    assert problems("""---
title: Home
---

[Report](report-it.md) and [note](report-it.md#what-to-note), [safe](report-it.md#stay-safe "Stay safe"),
[about](get-help.md#about-us), [next](get-help.md#what-happens-next_1), ![logo](assets/logo.svg),
[top](#home), [web](https://www.gov.uk/x.md), [mail](mailto:a@b.example), `[code](nowhere.md)`

```
[fenced](nowhere.md)
```

[ref]: report-it.md
""") == []


def test_a_misspelt_page_names_the_line_and_the_page_meant():
    assert problems("# Home\n\nRead [how to report](report-itt.md).\n") == [
        "3: the link 'report-itt.md' goes to a file that does not exist in docs/. Did you mean 'report-it.md'?"]


def test_a_link_to_a_web_address_of_the_page_asks_for_the_file_name():
    assert problems("[Report](report-it/)\n") == [
        "1: the link 'report-it/' must name the Markdown file. Write it as 'report-it.md'."]


def test_a_missing_section_is_reported_with_the_sections_there_are():
    found = problems("\n[Note](report-it.md#what-to-notes)\n")
    assert found == ["2: the link 'report-it.md#what-to-notes' goes to a section '#what-to-notes' that the page "
                     "'report-it.md' does not have. Did you mean '#what-to-note'?"]


def test_a_section_named_after_a_tag_heading_is_not_guessed_at():
    assert problems("[Call](report-it.md#call-101)\n") == []


def test_links_from_a_page_in_a_folder_resolve_from_that_folder():
    assert problems("[Home](../index.md) [Logo](../assets/logo.svg)\n", page="guides/intro.md") == []
    assert problems("[Home](index.md)\n", page="guides/intro.md") == [
        "1: the link 'index.md' goes to a file that does not exist in docs/. Did you mean '../index.md'?"]


def test_a_missing_picture_is_reported():
    assert problems("![Logo](assets/logo.png)\n")[0].startswith(
        "1: the picture 'assets/logo.png' goes to a file that does not exist in docs/.")


def test_a_broken_link_stops_build_and_check_once_naming_the_english_file(project):
    project.edit("docs/get-help.md", "(staying-safe-online.md)", "(staying-safe.md)")
    line = next(n for n, text in enumerate((project.path / "docs/get-help.md").read_text().splitlines(), start=1)
                if "(staying-safe.md)" in text)
    expected = (f"docs/get-help.md, line {line}: the link 'staying-safe.md' goes to a file that does not exist "
                "in docs/. Did you mean 'staying-safe-online.md'?")
    for result in (project.build(), project.check()):
        assert result.returncode != 0
        assert expected in result.stderr, result.stderr
        assert ".pl.md" not in result.stderr, "readers of the message cannot open a generated translation"
