"""mkdocs.yml that is not valid YAML, explained in plain words before MkDocs' parser error.

MkDocs reads its settings before any plugin runs, so a slip such as a wrongly
indented line ends in a parser message ("expected <block end>"). `campaign check`,
and `make build` and `make serve` through it, say what to look for instead.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from ..errors import Problem

ADVICE = ("Check that this line is indented like the settings around it (spaces, not tabs), "
          "and that any value containing ':', '#', '[' or a quote is inside matching quotes.")


def unreadable(config_file: Path) -> Problem | None:
    """The first line where mkdocs.yml stops being YAML, or None if it reads."""
    try:
        yaml.compose(config_file.read_text(encoding="utf-8"))  # compose: MkDocs' own tags (!ENV) are fine
    except yaml.MarkedYAMLError as error:
        reason, use_context = _plain(error)
        mark = (error.context_mark if use_context else None) or error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else None
        return Problem(config_file.name, line, f"the settings cannot be read here: {reason}. {ADVICE}")
    except yaml.YAMLError as error:
        return Problem(config_file.name, None, f"the settings cannot be read ({error}). {ADVICE}")
    except UnicodeDecodeError:
        from ..authoring.encoding import not_utf8

        return not_utf8(config_file.read_bytes(), config_file.name, "settings file")
    return None


def _plain(error: yaml.MarkedYAMLError) -> tuple[str, bool]:
    """The parser's reason in the comms team's words, and whether its start (not its end) is the line to fix."""
    problem, context = error.problem or "", error.context or ""
    if "quoted scalar" in context:
        return "a quote opened here is never closed", True
    if "'\\t'" in problem or "\\t" in problem:
        return "there is a tab character; indent with spaces", False
    if problem.startswith("expected <block end>"):
        return "this line (or the one above it) is indented differently from the lines around it", False
    if "mapping values are not allowed" in problem:
        return "a ':' appears inside a value; put the whole value in quotes", False
    if "could not find expected ':'" in problem:
        return "a setting name has no ':' after it", False
    if "flow" in context or "flow" in problem:
        return "a '[' or '{' is opened and never closed", True
    return problem or "it is not valid YAML", False
