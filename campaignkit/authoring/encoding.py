"""Pages not saved as UTF-8: named with the line to look at, before anything tries to read them.

MkDocs, the translations and the privacy check all read every page as UTF-8; a
page saved by an editor in another encoding (Windows-1252, or "Unicode", which
is UTF-16) would otherwise stop the build with a Python traceback.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from ..errors import Problem

ADVICE = ("Save it as UTF-8 in your editor (in Notepad: File, Save as, then Encoding: UTF-8; in VS Code: "
          "click the encoding in the bottom bar, then 'Save with Encoding', UTF-8) and try again.")


def pages_not_utf8(docs: Path) -> list[Problem]:
    """Every Markdown file in the docs folder that cannot be read as UTF-8 text."""
    problems = []
    for path in sorted(p for p in docs.rglob("*.md") if p.is_file()):
        problem = not_utf8(path.read_bytes(), f"{docs.name}/{path.relative_to(docs).as_posix()}")
        if problem:
            problems.append(problem)
    return problems


def not_utf8(data: bytes, label: str, what: str = "page") -> Problem | None:
    """The line of the first byte that is not UTF-8, and what to do, or None if the text reads."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return Problem(label, 1, f"this {what} is saved as 'Unicode' (UTF-16), which the site cannot read. "
                                     + ADVICE)
        line = data.count(b"\n", 0, error.start) + 1
        before = data[data.rfind(b"\n", 0, error.start) + 1: error.start].decode("utf-8", "replace").strip()
        where = f' The first character it cannot read comes after "{before[-40:]}".' if before else (
            " The first character it cannot read starts this line.")
        return Problem(label, line, f"this {what} is not saved as UTF-8 text, so the site cannot read it "
                                    f"(it often happens with a curly quote, a dash or an accented letter).{where} "
                                    + ADVICE)
    return None
