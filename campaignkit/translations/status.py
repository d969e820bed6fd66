"""`campaign translations status`: how far each language has got, page by page.

Measured against the English as it is now. "published" says what readers get:
the translation (with English where parts are missing) or, under the
language's threshold, the English page with a notice.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from ..errors import Problem
from . import glossary as glossaries
from .site import Site
from .state import PageState, load, page_state


@dataclass
class Row:
    language: str
    catalogue: str  # "interface" or the page ("report-it.md")
    translated: int
    fuzzy: int
    untranslated: int
    percent: float
    published: bool


@dataclass
class Status:
    rows: list[Row]
    problems: list[Problem]  # translations refused: readers get the English instead
    glossary: list[Problem] = field(default_factory=list)  # translations that leave the agreed wording aside

    def totals(self) -> dict[str, Row]:
        found: dict[str, Row] = {}
        for row in self.rows:
            total = found.setdefault(row.language, Row(row.language, "all", 0, 0, 0, 0.0, True))
            total.translated += row.translated
            total.fuzzy += row.fuzzy
            total.untranslated += row.untranslated
        for total in found.values():
            count = total.translated + total.fuzzy + total.untranslated
            total.percent = 100.0 if count == 0 else round(100.0 * total.translated / count, 1)
            total.published = any(row.published for row in self.rows if row.language == total.language)
        return found

    def as_json(self) -> dict:
        return {
            "languages": {code: asdict(total) for code, total in self.totals().items()},
            "catalogues": [asdict(row) for row in self.rows],
            "problems": [_json(p) for p in self.problems],
            "glossary": [_json(p) for p in self.glossary],
        }

    def table(self) -> str:
        header = ("language", "catalogue", "translated", "fuzzy", "untranslated", "percent", "readers get")
        lines = [header]
        for row in self.rows:
            lines.append(_cells(row, "translation" if row.published else "English + notice"))
        for total in self.totals().values():
            lines.append(_cells(total, ""))
        widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
        out = ["  ".join(cell.ljust(widths[i]) if i < 2 or i == 6 else cell.rjust(widths[i])
                         for i, cell in enumerate(line)).rstrip() for line in lines]
        out.insert(1, "  ".join("-" * width for width in widths))
        return "\n".join(out)


def _json(problem: Problem) -> dict:
    return {"file": problem.file, "line": problem.line, "message": problem.message}


def _cells(row: Row, readers: str) -> tuple[str, ...]:
    return (row.language, row.catalogue, str(row.translated), str(row.fuzzy), str(row.untranslated),
            f"{row.percent:.1f}%", readers)


def status(site: Site) -> Status:
    rows: list[Row] = []
    problems: list[Problem] = []
    keys = site.keys(None)
    for language in site.languages:
        usable = load(site, language.code, None)
        problems += usable.problems
        done = sum(1 for key in keys if usable.get(key) is not None)
        fuzzy = sum(1 for key in keys if usable.get(key) is None and key in usable.fuzzy)
        interface_state = PageState("interface", language.code, len(keys), done, fuzzy)
        rows.append(_row(interface_state, "interface", True))
        for page in site.pages():
            state, found = page_state(site, language.code, page, language.threshold)
            problems += found
            rows.append(_row(state, page, state.published))
    glossary = glossaries.load(site)
    misses = [miss for language in site.languages for miss in glossaries.check(site, glossary, language.code)] \
        if glossary else []
    return Status(rows, problems, misses)


def _row(state: PageState, name: str, published: bool) -> Row:
    return Row(state.code, name, state.translated, state.fuzzy, state.untranslated, state.percent, published)
