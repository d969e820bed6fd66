"""A page that is not in the menu (`nav` in mkdocs.yml) is still published, but readers cannot find it.

MkDocs only mentions this quietly. It is a warning, not an error: a page kept
out of the menu on purpose (one for a poster's QR code, say) is listed under
`not_in_nav` in mkdocs.yml, and is then not reported.
"""

from __future__ import annotations

from typing import Any, Iterable

from mkdocs.structure.files import Files

from ..errors import Problem


def pages_missing_from_nav(nav: list | None, files: Files, source: str, docs: str) -> list[Problem]:
    """Each English page that is neither in `nav` nor listed under `not_in_nav`."""
    if not nav:
        return []  # no menu written: MkDocs lists every page
    listed = set(_paths(nav))
    problems = []
    for file in files.documentation_pages():
        if getattr(file, "locale", source) != source or file.inclusion.is_not_in_nav():
            continue
        path = getattr(file, "norm_src_uri", file.src_uri)
        if path not in listed and file.src_uri not in listed:
            problems.append(Problem(f"{docs}/{file.src_uri}", None,
                                    "this page is not in the menu, so readers can only reach it from a link. Add "
                                    f"it under 'nav' in mkdocs.yml, such as '- Title: {file.src_uri}'; or, if it "
                                    "is meant to stay out of the menu, list it under 'not_in_nav' in mkdocs.yml."))
    return problems


def _paths(nav: Any) -> Iterable[str]:
    if isinstance(nav, str):
        yield nav
    elif isinstance(nav, dict):
        for value in nav.values():
            yield from _paths(value)
    elif isinstance(nav, list):
        for item in nav:
            yield from _paths(item)
