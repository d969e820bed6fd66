"""Pictures need alternative text: a screen reader says it, and it shows when the picture does not load.

Markdown `![](picture.png)` and HTML `<img>` without `alt` are refused with
their line. `<img alt="">` is allowed: it says on purpose that the picture is
decoration a screen reader should skip.
"""

from __future__ import annotations

import re

from ..errors import Problem
from .front_matter import markdown_start_line
from mkdocs.utils.meta import get_data

MARKDOWN_IMAGE = re.compile(r"!\[\s*\]\s*[(\[]")
HTML_IMAGE = re.compile(r"<img\b[^>]*>", re.IGNORECASE | re.DOTALL)
HAS_ALT = re.compile(r"\salt\s*=", re.IGNORECASE)
FENCE = re.compile(r"^\s*(```|~~~)")


def missing_alt_text(source: str, file: str) -> list[Problem]:
    """Each picture with no alternative text, at its line; code examples are left alone."""
    markdown, _ = get_data(source)
    start = markdown_start_line(source, markdown)
    problems = []
    in_code = False
    for number, line in enumerate(markdown.splitlines(), start=start):
        if FENCE.match(line):
            in_code = not in_code
        if in_code or FENCE.match(line):
            continue
        text = re.sub(r"`[^`]*`", "", line)
        for _ in MARKDOWN_IMAGE.finditer(text):
            problems.append(Problem(file, number, "this picture has no alternative text. Write what it shows "
                                                  "between the square brackets, such as ![Police officer talking to "
                                                  "a worker](picture.png), so people who cannot see it get the same "
                                                  "information."))
        for tag in HTML_IMAGE.finditer(text):
            if not HAS_ALT.search(tag.group(0)):
                problems.append(Problem(file, number, "this picture (<img>) has no alternative text. Add alt=\"...\" "
                                                      "saying what it shows, or alt=\"\" if it is only decoration."))
    return problems
