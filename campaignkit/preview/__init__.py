"""`make serve` survives a broken save: the last good preview stays up, with the problem shown on every page.

MkDocs rebuilds straight into the folder it serves and, when a rebuild fails,
leaves it half-written and holds every request until a build succeeds. While
serving, the plugin wraps MkDocs' builder: a good build is kept; a failed one
puts the kept copy back with a banner naming the file, line and message, and
lets the browser reload so the banner shows. The next good build removes it.
"""

from __future__ import annotations

import atexit
import logging
import shutil
import tempfile
from pathlib import Path
from typing import Callable

from mkdocs.exceptions import Abort, BuildError, ConfigurationError

from ..configuration.readable import unreadable
from ..errors import CampaignBuildError, Problem
from .banners import mark, render_banner
from .languages import LanguageFirst

log = logging.getLogger("mkdocs.plugins.campaign.preview")


class Preview:
    """The last good build of the site being served, and what stopped the latest one."""

    def __init__(self, site_dir: str, config_file: str | None):
        self.site = Path(site_dir)
        self.config_file = Path(config_file) if config_file else None
        self.kept = Path(tempfile.mkdtemp(prefix="campaign-preview-"))
        self.error: Exception | None = None  # the build's own error, before MkDocs turns it into Abort
        atexit.register(shutil.rmtree, self.kept, True)
        self.keep()

    def guard(self, builder: Callable[..., None], first: LanguageFirst | None = None) -> Callable[..., None]:
        """MkDocs' builder, never failing: a failed build leaves the last good one showing, with the banner.
        With `first`, a save rebuilds the language being looked at, and the others when they are opened."""
        def build(*args, **kwargs) -> None:
            self.error = None
            try:
                if first is None:
                    builder(*args, **kwargs)
                else:
                    first.after_save(lambda: builder(*args, **kwargs))
            except (Exception, SystemExit) as error:
                original = self.error or error
                self.show(self.problems(original), logged=isinstance(original, BuildError))
            else:
                self.keep(first.stale_folders() if first is not None else set())
        return build

    def keep(self, out_of_date: set[str] = frozenset()) -> None:
        """Copy the good build; the folders of languages it did not build keep their last good copies."""
        for path in list(self.kept.iterdir()):
            if path.name in out_of_date:
                continue
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            else:
                path.unlink()
        for path in self.site.iterdir():
            if path.name in out_of_date:
                continue
            if path.is_dir():
                shutil.copytree(path, self.kept / path.name)
            else:
                shutil.copy2(path, self.kept / path.name)

    def show(self, problems: list[Problem], logged: bool = False) -> None:
        """Put the last good build back, every page with the banner; say so in the terminal."""
        shutil.rmtree(self.site, ignore_errors=True)
        shutil.copytree(self.kept, self.site)
        mark(self.site, render_banner(problems))
        for problem in [] if logged else problems:  # MkDocs itself logs a build error
            log.error(str(problem))
        log.error("The preview still shows the last good build, with this problem at the top of every page. "
                  "Fix it and save again.")

    def problems(self, error: BaseException) -> list[Problem]:
        """What went wrong, with file and line where they are known."""
        if isinstance(error, CampaignBuildError):
            return error.problems
        if isinstance(error, ConfigurationError) and self.config_file and self.config_file.is_file():
            found = unreadable(self.config_file)
            if found:
                return [found]
        name = self.config_file.name if self.config_file else "mkdocs.yml"
        if isinstance(error, Abort) and "strict mode" in str(error):
            return [Problem(name, None, "MkDocs found a problem it reports as a warning (see the terminal for the "
                                        "file and line); the site is built in strict mode, so it stops the build.")]
        return [Problem(name if isinstance(error, ConfigurationError) else "the site", None, str(error).strip()
                        or type(error).__name__)]
