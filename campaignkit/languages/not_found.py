"""A 404 page per language.

mkdocs-static-i18n runs the whole build once per language, and each run writes the
site's one `404.html`. The source language's is kept there (static hosts serve it
for any missing address); every other language's goes in its own folder.
"""

from __future__ import annotations

from pathlib import Path


class NotFoundPages:
    def __init__(self, source: str):
        self.source = source
        self.root: str | None = None

    def place(self, output: str, code: str, prefix: str, site_dir: str) -> str:
        """What MkDocs should write as the root 404.html, after putting this language's where it belongs."""
        if code == self.source:
            self.root = output
            return output
        target = Path(site_dir) / prefix / "404.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(output, encoding="utf-8")
        return self.root or output

    def write_root(self, site_dir: str) -> None:
        """Put the source language's back at the root: a language built by a forked copy of the build, while
        the source language was still being built, wrote its own there."""
        if self.root is not None:
            (Path(site_dir) / "404.html").write_text(self.root, encoding="utf-8")
