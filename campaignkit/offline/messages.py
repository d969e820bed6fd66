"""What MkDocs and the plugins say during an offline build, as plain lines on stderr.

Run from the `campaign` command there is no MkDocs command line to show its log,
so problems (each with its file and line, as the campaign plugin words them) and
warnings would go unseen. Progress notes are left out; the engine's own advice is
kept, as `mkdocs build` shows it.
"""

from __future__ import annotations

import logging
import sys
from contextlib import contextmanager
from typing import Iterator, TextIO

ENGINE = "mkdocs.plugins.campaign"  # its advice goes out at INFO so that strict builds do not stop for it


class BuildMessages(logging.Handler):
    """Writes each warning and error (and the engine's advice) as it comes, and counts what stops a strict build."""

    def __init__(self, stream: TextIO):
        super().__init__(logging.INFO)
        self.stream = stream
        self.warnings = 0
        self.errors = 0

    def emit(self, record: logging.LogRecord) -> None:
        if record.levelno < logging.WARNING and not record.name.startswith(ENGINE):
            return
        text = record.getMessage()
        if record.levelno >= logging.ERROR:
            self.errors += 1
        elif record.levelno >= logging.WARNING:
            self.warnings += 1
            text = text if text.lower().startswith("warning") else f"Warning: {text}"
        print(text, file=self.stream, flush=True)


@contextmanager
def build_messages(stream: TextIO | None = None) -> Iterator[BuildMessages]:
    """Shows the build's messages while the block runs; MkDocs' logger is left as it was afterwards."""
    logger = logging.getLogger("mkdocs")
    handler = BuildMessages(stream or sys.stderr)
    level = logger.level
    logger.setLevel(logging.INFO)
    logger.addHandler(handler)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
