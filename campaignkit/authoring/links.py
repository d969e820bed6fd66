"""Links between pages: a mistyped page name or section stops the build at its line.

MkDocs warns about a missing link target without a line number, and warns again
for every translated copy of the page, which nobody can open. This check runs
first, on the English page, so the comms team gets one message pointing at the
line to fix and the page name they probably meant.
"""

from __future__ import annotations

import difflib
import posixpath
import re
from typing import Mapping
from urllib.parse import unquote

from markdown.extensions.toc import slugify

from ..errors import Problem

LINK = re.compile(r"(?P<image>!?)\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?(?P<target>[^)\s>]*)>?"
                  r"(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)")
REFERENCE = re.compile(r"^ {0,3}\[[^\]]+\]:[ \t]*<?(?P<target>[^\s>]+)>?")
FENCE = re.compile(r"^[ \t]*(```|~~~)")
CODE_SPAN = re.compile(r"(`+).+?\1")
SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(?P<text>.*?)[ \t]*#*[ \t]*$")
EXPLICIT_ID = re.compile(r"\{[^{}]*#(?P<id>[\w-]+)[^{}]*\}")
HTML_ID = re.compile(r"""\bid=["'](?P<id>[^"']+)["']""")
MARKUP = re.compile(r"[*_`]|\[([^\]]*)\]\([^)]*\)")


def check_links(source: str, file: str, page: str, files: Mapping[str, str | None]) -> list[Problem]:
    """Every link in `source` (the page `page`, a docs-relative path) whose target is missing.

    `files` maps every docs-relative path to its text for Markdown pages (None for
    other files, such as images), so links to sections can be checked too.
    """
    problems: list[Problem] = []
    for number, target, image in _links(source):
        message = _problem(target, page, files, image)
        if message:
            problems.append(Problem(file, number, message))
    return problems


def _links(source: str):
    fenced = False
    for number, line in enumerate(source.splitlines(), start=1):
        if FENCE.match(line):
            fenced = not fenced
            continue
        if fenced:
            continue
        line = CODE_SPAN.sub("", line)
        for match in LINK.finditer(line):
            yield number, match.group("target"), bool(match.group("image"))
        reference = REFERENCE.match(line)
        if reference:
            yield number, reference.group("target"), False


def _problem(target: str, page: str, files: Mapping[str, str | None], image: bool) -> str | None:
    if not target or SCHEME.match(target) or target.startswith(("//", "/")):
        return None  # web addresses, mail links and the like leave the site: not ours to check
    path, _, section = target.partition("#")
    path = unquote(path.split("?", 1)[0])
    resolved = posixpath.normpath(posixpath.join(posixpath.dirname(page), path)) if path else page
    if resolved not in files:
        return _missing(target, path, resolved, page, files, image)
    if section and files[resolved] is not None and section not in _sections(files[resolved] or ""):
        where = "this page" if resolved == page else f"the page '{path}'"
        known = sorted(_sections(files[resolved] or ""))
        hint = difflib.get_close_matches(section, known, n=1, cutoff=0.6)
        if not hint and _has_tags_in_headings(files[resolved] or ""):
            return None  # it may be a heading made from a tag, whose id exists only once rendered
        advice = f" Did you mean '#{hint[0]}'?" if hint else (
            " Its sections are: " + ", ".join(f"'#{name}'" for name in known) + "." if known else "")
        return f"the link '{target}' goes to a section '#{section}' that {where} does not have.{advice}"
    return None


def _missing(target: str, path: str, resolved: str, page: str, files: Mapping[str, str | None],
             image: bool) -> str:
    thing = "picture" if image else "link"
    for written in (resolved.rstrip("/") + ".md", posixpath.join(resolved, "index.md")):
        if written in files:
            return (f"the {thing} '{target}' must name the Markdown file. "
                    f"Write it as '{_relative(written, page)}'.")
    candidates = {_relative(name, page): name for name in files if (name.endswith(".md") or image)}
    hint = difflib.get_close_matches(path, list(candidates), n=1, cutoff=0.5)
    advice = f" Did you mean '{hint[0]}'?" if hint else ""
    return f"the {thing} '{target}' goes to a file that does not exist in docs/.{advice}"


def _relative(name: str, page: str) -> str:
    return posixpath.relpath(name, posixpath.dirname(page) or ".")


def _sections(markdown: str) -> set[str]:
    """The ids a page's headings and elements get, as MkDocs' table of contents makes them."""
    found: set[str] = set(HTML_ID.findall(markdown))
    counts: dict[str, int] = {}
    fenced = False
    for line in markdown.splitlines():
        if FENCE.match(line):
            fenced = not fenced
        if fenced:
            continue
        found.update(match.group("id") for match in EXPLICIT_ID.finditer(line))
        heading = HEADING.match(line)
        if heading and not EXPLICIT_ID.search(heading.group("text")):
            slug = slugify(MARKUP.sub(lambda m: m.group(1) or "", heading.group("text")), "-")
            seen = counts.get(slug, 0)
            counts[slug] = seen + 1
            found.add(slug if not seen else f"{slug}_{seen}")
    return found


def _has_tags_in_headings(markdown: str) -> bool:
    return any("[[" in line for line in markdown.splitlines() if HEADING.match(line))
