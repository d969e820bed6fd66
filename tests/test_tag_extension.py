"""[[tags]] expand as a Python-Markdown extension, outside MkDocs too."""

from __future__ import annotations

import markdown
import pytest

from campaignkit.errors import CampaignBuildError, Problem
from campaignkit.tag_extension import PageTags, TagExtension
from campaignkit.tags import Tag

TAGS = {"greet": Tag("greet", render=lambda argument, context: f"Hello, {argument}", needs_argument=True)}


def convert(text: str, page: PageTags | None) -> str:
    extension = TagExtension(TAGS)
    if page is not None:
        extension.next_page(page)
    return markdown.markdown(text, extensions=[extension])


def test_a_tag_in_an_announced_page_is_expanded():
    assert convert("Say [[greet: Northvale]].", PageTags("docs/x.md", 5, renderer=None)) == "<p>Say Hello, Northvale.</p>"


def test_text_converted_for_no_page_is_left_as_it_is():
    assert convert("Say [[greet: Northvale]].", None) == "<p>Say [[greet: Northvale]].</p>"


def test_a_wrong_tag_is_reported_with_its_line_together_with_the_pages_other_problems():
    earlier = Problem("docs/x.md", 2, "the title is missing.")
    with pytest.raises(CampaignBuildError) as raised:
        convert("First line.\n\nSay [[gret: Northvale]].", PageTags("docs/x.md", 5, renderer=None, problems=[earlier]))
    problems = raised.value.problems
    assert problems[0] == earlier
    assert problems[1].file == "docs/x.md" and problems[1].line == 7 and "gret" in problems[1].message
