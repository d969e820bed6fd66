"""Under `make serve`, a save rebuilds the language being looked at first; the others when they are opened.

Every language of the site is a build of its own (mkdocs-static-i18n), so rebuilding them
all after each save grows with the number of languages. The preview instead rebuilds only
the language of the page last opened in the browser (and the source language, which
mkdocs-static-i18n always builds first), and notes the others as out of date. Opening a page
of an out-of-date language builds that language before the page is sent, so the preview
never shows a page older than the last save without saying so.
"""

from __future__ import annotations

import logging
import shutil
import tempfile
import threading
from pathlib import Path
from typing import Any, Callable, Iterable

from .banners import mark, render_stale

log = logging.getLogger("mkdocs.plugins.campaign.preview")


class LanguageFirst:
    """Which languages the next preview build makes, and which are out of date since the last save."""

    def __init__(self, source: str, prefixes: dict[str, str], mount_path: str = "/"):
        self.source = source
        self.prefixes = {code: prefix.strip("/") for code, prefix in prefixes.items() if code != source}
        self.mount = "/" + mount_path.strip("/") + "/" if mount_path.strip("/") else "/"
        self.viewing = source
        self.only: set[str] | None = None  # read by the plugin as it configures a build; None: every language
        self.stale: set[str] = set()
        self.lock = threading.RLock()  # one build at a time, whether after a save or for a request

    def language_of(self, path: str) -> str:
        """The language of an address in the preview ("/pl/report-it/" is Polish)."""
        first = path.removeprefix(self.mount).split("/", 1)[0]
        return next((code for code, prefix in self.prefixes.items() if prefix == first), self.source)

    def after_save(self, build: Callable[[], None]) -> None:
        """Build the language being looked at; the others are out of date until one of their pages is opened
        (their last pages stay in `kept`, shown only if building them then fails, and then saying so)."""
        with self.lock:
            self.only = {self.viewing}
            try:
                build()
            finally:
                self.only = None
            self.stale = set(self.prefixes) - {self.viewing}

    def stale_folders(self) -> set[str]:
        """The folders of the languages not built since the last save: the preview keeps its own copies."""
        return {self.prefixes[code] for code in self.stale}

    def app(self, serve: Callable[..., Iterable[bytes]], build_into: Callable[[Path], None],
            site: Path, kept: Path) -> Callable[..., Iterable[bytes]]:
        """MkDocs' request handler, noting the language of each page opened and building it if out of date."""
        def handle(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
            path = environ.get("PATH_INFO", "/")
            if path.endswith("/") or path.endswith(".html"):
                code = self.language_of(path)
                self.viewing = code
                if code in self.stale:
                    self.bring_up_to_date(code, build_into, site, kept)
            return serve(environ, start_response)
        return handle

    def bring_up_to_date(self, code: str, build_into: Callable[[Path], None], site: Path, kept: Path) -> None:
        with self.lock:
            if code not in self.stale:  # built meanwhile
                return
            log.info("Building the %s pages, opened in the browser", code)
            folder = Path(tempfile.mkdtemp(prefix="campaign-preview-language-"))
            try:
                self.only = {code}
                build_into(folder)
                for target in (site, kept):
                    _replace(folder / self.prefixes[code], target / self.prefixes[code])
                self.stale.discard(code)
            except (Exception, SystemExit) as error:  # the page is sent as it was, saying it is out of date
                log.error("The %s pages could not be updated: %s", code, error)
                _replace(kept / self.prefixes[code], site / self.prefixes[code])
                mark(site / self.prefixes[code], render_stale())
            finally:
                self.only = None
                shutil.rmtree(folder, ignore_errors=True)


def _replace(source: Path, target: Path) -> None:
    if not source.is_dir():
        return
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(source, target)
