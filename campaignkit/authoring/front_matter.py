"""Front matter: MkDocs silently ignores broken YAML at the top of a page; we do not."""

from __future__ import annotations

import re

import yaml

from ..errors import Problem

OPENING = re.compile(r"^-{3}[ \t]*\n")
YAML_BLOCK = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.DOTALL)


def check_front_matter(source: str, file: str) -> list[Problem]:
    """Problems in the `---` block at the top of a page, each with its line."""
    if not OPENING.match(source):
        return []
    block = YAML_BLOCK.match(source)
    if not block:
        return [Problem(file, 1, "the page settings start with '---' on line 1 but have no closing '---' line.")]
    try:
        data = yaml.safe_load(block.group(1))
    except yaml.YAMLError as error:
        # The context mark is where an unclosed bracket or quote began: the line to fix.
        mark = getattr(error, "context_mark", None) or getattr(error, "problem_mark", None)
        line = mark.line + 2 if mark else 2
        reason = getattr(error, "problem", None) or "it is not valid YAML"
        return [Problem(file, line, f"the page settings at the top cannot be read ({reason}). "
                                    "Write each one as 'name: value'; put text containing ':' in quotes.")]
    if data is not None and not isinstance(data, dict):
        return [Problem(file, 2, "the page settings at the top must be 'name: value' lines.")]
    return []


def markdown_start_line(source: str, markdown: str) -> int:
    """The source line on which `markdown` (the page body after front matter) begins."""
    source, markdown = source.rstrip(), markdown.rstrip()  # MkDocs may trim the end of the body
    if markdown and source.endswith(markdown):
        return source[: len(source) - len(markdown)].count("\n") + 1
    return 1
