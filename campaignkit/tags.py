"""The `[[tag]]` syntax the comms team types in Markdown.

`[[helpline: crimestoppers]]` is short to type, survives translation unchanged,
and is replaced by HTML before Markdown runs. Each feature registers the tags it
renders. A tag that is unknown, misspelt, or misplaced is reported with its file
and line instead of reaching readers as raw brackets.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Any, Callable, Mapping, Protocol

from .errors import Problem

TAG = re.compile(r"\[\[(.*?)\]\]")
FORM = re.compile(r"\s*([a-z][a-z0-9-]*)\s*(?::\s*(.*?))?\s*")
FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
CODE_SPAN = re.compile(r"(`+).+?\1")


class TagError(ValueError):
    """A tag that cannot be rendered; the message is shown to the page's editor."""


class RenderContext(Protocol):
    """What a tag may use to render: the campaign, the page's locale, and the theme's templates."""

    campaign: Any
    locale: str

    def render(self, template: str, **values: object) -> str: ...

    def macro(self, template: str, name: str, *args: object) -> str: ...


@dataclass(frozen=True)
class Tag:
    name: str
    render: Callable[[str | None, RenderContext], str]
    block: bool = False
    needs_argument: bool = False
    usage: str = ""


def expand(markdown: str, tags: Mapping[str, Tag], context: RenderContext,
           file: str, first_line: int = 1) -> tuple[str, list[Problem]]:
    """Replace every tag; return the new Markdown and the problems found."""
    problems: list[Problem] = []
    out: list[str] = []
    fence: str | None = None
    for number, line in enumerate(markdown.split("\n"), start=first_line):
        opening = FENCE.match(line)
        if fence:
            if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence):
                fence = None
            out.append(line)
            continue
        if opening:
            fence = opening.group(1)
            out.append(line)
            continue
        out.append(_expand_line(line, tags, context, file, number, problems))
    return "\n".join(out), problems


def _expand_line(line: str, tags: Mapping[str, Tag], context: RenderContext,
                 file: str, number: int, problems: list[Problem]) -> str:
    if "[[" not in line and "]]" not in line:
        return line
    code = [m.span() for m in CODE_SPAN.finditer(line)]

    def replace(match: re.Match[str]) -> str:
        if any(start <= match.start() < end for start, end in code):
            return match.group(0)
        try:
            return _render(match, line, tags, context)
        except TagError as error:
            problems.append(Problem(file, number, str(error)))
            return match.group(0)

    result = TAG.sub(replace, line)
    leftover = TAG.sub("", line)
    if ("[[" in leftover or "]]" in leftover) and not code:
        problems.append(Problem(file, number, "a tag is not closed: tags look like [[helpline: crimestoppers]], "
                                              "with two square brackets on each side."))
    return result


def _render(match: re.Match[str], line: str, tags: Mapping[str, Tag], context: RenderContext) -> str:
    text = match.group(0)
    form = FORM.fullmatch(match.group(1))
    if not form:
        raise TagError(f"{text} is not a tag Campaign Kit understands. {_known(tags)}")
    name, argument = form.group(1), form.group(2) or None
    tag = tags.get(name)
    if tag is None:
        close = difflib.get_close_matches(name, list(tags), n=1)
        hint = f"Did you mean [[{close[0]}{': ...' if tags[close[0]].needs_argument else ''}]]? " if close else ""
        raise TagError(f"{text}: there is no tag called '{name}'. {hint}{_known(tags)}")
    if tag.needs_argument and not argument:
        raise TagError(f"{text} needs more: write it as {tag.usage}.")
    if not tag.needs_argument and argument:
        raise TagError(f"{text} takes nothing after the name: write it as {tag.usage}.")
    if tag.block and line.strip() != text:
        raise TagError(f"{text} must be on a line of its own, with a blank line before and after it.")
    html = tag.render(argument, context)
    return html


def _known(tags: Mapping[str, Tag]) -> str:
    return "Tags you can use: " + ", ".join(t.usage for t in sorted(tags.values(), key=lambda t: t.name)) + "."
