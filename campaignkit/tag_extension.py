"""[[tags]] as a Python-Markdown extension, so any Markdown-based build can expand them, not only MkDocs' events.

The plugin registers one `TagExtension` among the site's Markdown extensions
and, for each page, says which file it is, where its Markdown starts and in
which language its tags are rendered (`TagExtension.next_page`). The page's
other problems come along, so one build still reports them all together. A
conversion with no page announced (the round-trip check, say) leaves the text
as it is.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

from markdown import Extension, Markdown
from markdown.preprocessors import Preprocessor

from .errors import CampaignBuildError, Problem
from .tags import RenderContext, Tag, expand

# After Python-Markdown evens out whitespace (30), before raw HTML blocks are set aside (20):
# a tag that renders a block of HTML is then treated as one.
PRIORITY = 25


@dataclass
class PageTags:
    """What the next conversion needs to expand and report a page's tags."""

    file: str
    first_line: int
    renderer: RenderContext
    problems: list[Problem] = field(default_factory=list)


class TagExtension(Extension):
    def __init__(self, tags: Mapping[str, Tag]):
        super().__init__()
        self.tags = tags
        self.page: PageTags | None = None

    def next_page(self, page: PageTags) -> None:
        self.page = page

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802 (Python-Markdown's name)
        md.preprocessors.register(_TagPreprocessor(md, self), "campaign_tags", PRIORITY)


class _TagPreprocessor(Preprocessor):
    def __init__(self, md: Markdown, extension: TagExtension):
        super().__init__(md)
        self.extension = extension

    def run(self, lines: list[str]) -> list[str]:
        page, self.extension.page = self.extension.page, None  # one page, one conversion
        if page is None:
            return lines
        expanded, problems = expand("\n".join(lines), self.extension.tags, page.renderer, page.file, page.first_line)
        if page.problems or problems:
            raise CampaignBuildError(page.problems + problems)
        return expanded.split("\n")
