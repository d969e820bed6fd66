"""The theme's file list, read once per build instead of once per language.

At the start of every build MkDocs lists every file in the theme's folders to find the
static ones it copies: Material alone has 14,500 (its icons), and each name is tested
against a dozen patterns. mkdocs-static-i18n runs that build once per language, over
the same folders. The theme's Jinja environment is the one place MkDocs reads the list
from, so the environment it makes keeps the list (by folders and filter) for the plugin
that asked for it: one build. A new build, or a preview rebuild, lists the files afresh.
"""

from __future__ import annotations

from typing import Callable

import jinja2
from mkdocs.theme import Theme

MARK = "_campaign_listed_once"


def list_theme_once(theme: Theme, lists: dict) -> None:
    """Make `theme.get_env()` give environments whose `list_templates` answers from `lists` once filled."""
    if getattr(theme, MARK, None) is lists:
        return
    make_env = type(theme).get_env.__get__(theme)

    def get_env() -> jinja2.Environment:
        env = make_env()
        read = env.list_templates

        def list_templates(extensions=None, filter_func: Callable[[str], bool] | None = None) -> list[str]:
            # mkdocs-static-i18n adds its sitemap folder to the theme's again in every language build.
            folders = tuple(dict.fromkeys(theme.dirs))
            key = (folders, tuple(extensions or ()), tuple(theme.static_templates),
                   getattr(filter_func, "__code__", filter_func))
            if key not in lists:
                lists[key] = read(extensions, filter_func)
            return list(lists[key])

        env.list_templates = list_templates  # type: ignore[method-assign]
        return env

    theme.get_env = get_env  # type: ignore[method-assign]
    setattr(theme, MARK, lists)
