"""The narrow hook into mkdocs-static-i18n: it learns the site's languages from the campaign settings.

mkdocs.yml lists only the source language (English) under the i18n plugin; each
language under `campaign → languages` is added here, with its site name and
navigation titles taken from its interface catalogue.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from mkdocs_static_i18n.config import RE_LOCALE, I18nPluginLanguage

from ..errors import Problem
if TYPE_CHECKING:
    from .languages import Language

Lookup = Callable[[str, str], str]


def i18n_plugin(config: Any) -> Any | None:
    return config.plugins.get("i18n")


def current_language(config: Any) -> str | None:
    """The language being built, or None before mkdocs-static-i18n has started (the source language)."""
    plugin = i18n_plugin(config)
    return getattr(plugin, "current_language", None) if plugin else None


def source_language(config: Any) -> str:
    plugin = i18n_plugin(config)
    return (plugin.default_language if plugin else None) or "en"


def publishable(code: str) -> bool:
    """Whether mkdocs-static-i18n can make a language folder for `code`: it takes two-letter languages only,
    with an optional script and two-letter region ("pl", "zh-Hans", "fa-AF"; not "prs" or "es-419")."""
    return bool(RE_LOCALE.match(code))


def check_i18n(config: Any, file: str) -> list[Problem]:
    """The i18n plugin must be there, list only the source language, and build from suffixed files."""
    plugin = i18n_plugin(config)
    if plugin is None:
        return [Problem(file, 1, "the 'i18n' plugin is missing from the plugins list; it publishes the languages.")]
    extra = [lang.locale for lang in plugin.config.languages if not lang.default]
    if extra:
        return [Problem(file, 1, f"list translations under 'campaign → languages', not under the i18n plugin "
                                 f"(found: {', '.join(extra)}); the i18n plugin lists only the source language.")]
    if plugin.config.docs_structure != "suffix":
        return [Problem(file, 1, "the i18n plugin's docs_structure must be 'suffix'.")]
    for option, why in (("reconfigure_material", "the campaign plugin makes the language selector itself, without "
                                                 "the theme's, which fetches every language's sitemap on each page view"),
                        ("reconfigure_search", "the campaign plugin makes one search index per language")):
        if plugin.config[option]:
            return [Problem(file, 1, f"set the i18n plugin's {option} to false: {why}.")]
    return []


def add_languages(config: Any, languages: tuple[Language, ...], lookups: dict[str, Lookup], nav_titles: list[str]) -> None:
    """Give mkdocs-static-i18n one entry per translation (once; it keeps them across its builds)."""
    plugin = i18n_plugin(config)
    known = {lang.locale for lang in plugin.config.languages}
    for language in languages:
        if language.code in known:
            continue
        lookup = lookups[language.code]
        entry = I18nPluginLanguage()
        entry.load_dict({
            "locale": language.code,
            "name": language.endonym,
            "build": True,
            "site_name": lookup("site_name", config.site_name),
            "site_description": lookup("site_description", config.site_description or ""),
            "nav_translations": {title: lookup(f"nav: {title}", title) for title in nav_titles},
        })
        failed, _ = entry.validate()
        if failed:
            raise ValueError(f"language '{language.code}': {failed[0][1]}")
        plugin.config.languages.append(entry)


def build_only(config: Any, codes: set[str]) -> None:
    """Build these translations and not the others (the source language is always built first)."""
    for entry in i18n_plugin(config).config.languages:
        if not entry.default:
            entry.build = entry.locale in codes
