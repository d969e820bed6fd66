"""What the plugin asks of the translations while building: pages, interface texts, notices.

mkdocs-static-i18n builds the whole site once per language, so everything here is
worked out once per build and kept for the following language builds.
"""

from __future__ import annotations

import functools
from pathlib import PurePosixPath
from typing import Sequence

from mkdocs.structure.files import File, Files

from ..cache import Job
from ..errors import Problem
from .interface import Lookup
from .site import Site
from .state import PageState, kept, load, loaded, page_markdown, page_state


class BuildTranslations:
    def __init__(self, site: Site):
        self.site = site
        self._interface: dict[str, Lookup] = {}
        self._usable: dict = {}
        self._pages: dict[str, dict[str, PageState]] = {}
        self.problems: list[Problem] = []

    def interface_jobs(self) -> list[list[Job]]:
        """Reading and checking each language's interface catalogue, one group per language: for `Ahead`,
        since the build needs them all before the first page."""
        return [[functools.partial(load, self.site, language.code, None)]
                for language in self.site.languages if not loaded(self.site, language.code, None)]

    def state_jobs(self) -> list[list[Job]]:
        """Making every language's page states (catalogues read and checked), one group per English page:
        for `Ahead`, since the first build needs them all."""
        return [[functools.partial(page_state, self.site, language.code, page, language.threshold)
                 for language in self.site.languages
                 if not kept(self.site, "page", language.code, page, str(language.threshold))]
                for page in self.site.pages()]

    def markdown_jobs(self, first: Sequence[str] = (), skip: set[str] = frozenset()) -> list[list[Job]]:
        """Translating the pages to publish, one group per language (those in `first` first, those in `skip`
        not at all): needed only by each language's build."""
        codes = [*first, *(language.code for language in self.site.languages if language.code not in first)]
        return [[functools.partial(_publishable_markdown, self.site, code, page, self.site.language(code).threshold)
                 for page in self.site.pages() if not kept(self.site, "page-markdown", code, page)]
                for code in codes if code not in skip]

    def interface(self, code: str) -> Lookup:
        """Translate interface texts by (context, English); the English shows where there is no usable translation."""
        if code not in self._interface:
            usable = load(self.site, code, None)
            self.problems += usable.problems
            self._usable[code] = usable
            self._interface[code] = lambda context, text: usable.get((context, text)) or text
        return self._interface[code]

    def interface_keys(self, code: str) -> set[str]:
        """The interface texts (by context) with a usable translation of their current English."""
        self.interface(code)
        return {context for context, _ in self._usable[code].translations if context}

    def pages(self, code: str) -> dict[str, PageState]:
        if code not in self._pages:
            language = self.site.language(code)
            states = {}
            for page in self.site.pages():
                state, problems = page_state(self.site, code, page, language.threshold)
                states[page] = state
                self.problems += problems
            self._pages[code] = states
        return self._pages[code]

    def add_files(self, files: Files, config) -> None:
        """Announce every published translated page to mkdocs-static-i18n as `<page>.<code>.md`.

        The files exist only in memory: their text is given to MkDocs in `fill()`,
        after mkdocs-static-i18n has sorted them, and nothing is written to docs/.
        """
        for language in self.site.languages:
            for page, state in self.pages(language.code).items():
                if not state.published:
                    continue
                uri = suffixed(page, language.code)
                if files.get_file_from_path(uri) is None:
                    files.append(File(uri, config.docs_dir, config.site_dir, config.use_directory_urls))

    def fill(self, files: Files, code: str) -> None:
        """Hand MkDocs the generated Markdown of the language being built."""
        if code not in self._pages:
            return
        for file in files.documentation_pages():
            if getattr(file, "localization", None) != code:
                continue
            state = self._pages[code].get(getattr(file, "norm_src_uri", ""))
            if state is not None and state.published:
                file.content_string = page_markdown(self.site, code, state.page)

    def state(self, code: str, page: str) -> PageState | None:
        return self.pages(code).get(page) if code in {l.code for l in self.site.languages} else None

    def published(self, code: str, page: str) -> bool:
        """Whether `page` (an English source path) is published as a translation in `code`."""
        state = self.state(code, page)
        return state is not None and state.published


def _publishable_markdown(site: Site, code: str, page: str, threshold: int) -> None:
    if page_state(site, code, page, threshold)[0].published:
        page_markdown(site, code, page)


def suffixed(page: str, code: str) -> str:
    path = PurePosixPath(page)
    return str(path.with_name(f"{path.stem}.{code}{path.suffix}"))
