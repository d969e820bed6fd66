"""The interface catalogue: every text readers see that is not in a page.

Feature strings (the exit button, helpline labels, notices), the translatable
parts of the campaign settings (helpline names, opening hours, the campaign's
name), the navigation titles and the site name. Each has a context naming where
it comes from, so the same English in two places can be translated differently.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Mapping

Lookup = Callable[[str, str], str]  # (context, English) -> text to show

CONFIG_TEXTS = (("force", "name"), ("week", "name"), ("live_chat", "hours"), ("data_protection", "controller"),
                ("data_protection", "host_location"), ("data_protection", "safeguards"), ("home", "banner_alt"))
HELPLINE_TEXTS = ("name", "summary", "hours", "cost", "text_cost")


@dataclass(frozen=True)
class InterfaceText:
    context: str
    source: str
    note: str = ""


def interface_texts(strings: Mapping[str, str], options: Mapping[str, Any], nav: Any, site_name: str,
                    site_description: str | None = None) -> list[InterfaceText]:
    """Everything the interface catalogue holds, in a stable order."""
    found = [InterfaceText("site_name", site_name, "The site's name, in the header and the browser tab.")]
    if site_description:
        found.append(InterfaceText("site_description", site_description,
                                   "The site's description, shown by search engines and when a page is shared."))
    found += [InterfaceText(f"nav: {title}", title, "A navigation title.") for title in nav_titles(nav)]
    found += [InterfaceText(context, text, "From the campaign settings in mkdocs.yml.")
              for context, text in _config_texts(options)]
    found += [InterfaceText(key, text) for key, text in strings.items()]
    return found


def nav_titles(nav: Any) -> list[str]:
    """Titles written in mkdocs.yml's nav, in order."""
    titles: list[str] = []

    def walk(items: Any) -> None:
        for item in items or []:
            if isinstance(item, dict):
                for title, value in item.items():
                    if isinstance(title, str) and title not in titles:
                        titles.append(title)
                    if isinstance(value, list):
                        walk(value)

    walk(nav)
    return titles


def localise_options(options: Mapping[str, Any], lookup: Lookup) -> dict[str, Any]:
    """A copy of the campaign settings with their readable texts translated."""
    result = copy.deepcopy(dict(options))
    for context, _ in _config_texts(options, result, lookup):
        pass
    return result


def _config_texts(options: Mapping[str, Any], target: dict | None = None,
                  lookup: Lookup | None = None) -> Iterable[tuple[str, str]]:
    """(context, English) for each translatable setting; with a target, translate it in place."""

    def visit(context: str, container: Any, key: Any) -> Iterable[tuple[str, str]]:
        value = container[key] if _has(container, key) else None
        if isinstance(value, str) and value.strip():
            if target is not None and lookup is not None:
                container[key] = lookup(context, value)
            yield context, value

    data = target if target is not None else options
    for section, key in CONFIG_TEXTS:
        if isinstance(data.get(section), dict):
            yield from visit(f"campaign: {section}.{key}", data[section], key)
    for entry in data.get("helplines") or []:
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            continue
        for key in HELPLINE_TEXTS:
            yield from visit(f"campaign: helplines.{entry['id']}.{key}", entry, key)
        # One context for all of a helpline's notes: adding or moving a note keeps the others' translations.
        for index, _ in enumerate(entry.get("notes") or []):
            yield from visit(f"campaign: helplines.{entry['id']}.notes", entry["notes"], index)
    look = data.get("look") if isinstance(data.get("look"), dict) else {}
    links = look.get("footer_links") if isinstance(look.get("footer_links"), list) else []
    for entry in links:  # one context for every footer link, as for notes: moving one keeps the translations
        if isinstance(entry, dict):
            yield from visit("campaign: look.footer_links", entry, "text")


def _has(container: Any, key: Any) -> bool:
    if isinstance(container, dict):
        return key in container
    return isinstance(container, list) and 0 <= key < len(container)
