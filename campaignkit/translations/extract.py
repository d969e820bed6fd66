"""`campaign translations extract`: refresh the templates and merge them into every language.

Merging works like GNU msgmerge: an unchanged text keeps its translation; a
changed one becomes fuzzy, keeping the old translation and the old English
(`#| msgid`) for the translator to compare; a removed one becomes obsolete
(`#~`) and returns, translation and all, if the text comes back. Nothing a
translator wrote is ever deleted.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path

import polib

from ..errors import CampaignError, Problem
from . import catalogue as po
from .languages import Language
from .placeholders import listing
from .site import Site

SIMILAR = 0.6  # how alike an old and a new text must be for the old translation to be offered as fuzzy


@dataclass
class ExtractReport:
    written: list[Path] = field(default_factory=list)
    unchanged: int = 0


def extract(site: Site) -> ExtractReport:
    """Every catalogue is read and checked before any is written: one broken file, and nothing changes."""
    report = ExtractReport()
    pages = [None, *site.pages()]
    problems: list[Problem] = []
    old: dict[Path, polib.POFile | None] = {}
    for page in pages:
        for path, code in [(site.layout.template(page), None)] + [(site.layout.catalogue(language.code, page), language.code)
                                                                   for language in site.languages]:
            try:
                old[path] = _read(site, path, code)
            except CampaignError as error:
                problems += error.problems
    if problems:
        raise CampaignError(problems)
    for page in pages:
        template = build_template(site, page)
        _save(template, site.layout.template(page), report, old[site.layout.template(page)])
        for language in site.languages:
            path = site.layout.catalogue(language.code, page)
            _save(merge(template, old[path], language), path, report)
    return report


def _read(site: Site, path: Path, code: str | None) -> polib.POFile | None:
    if not path.is_file():
        return None
    label = site.layout.label(path)
    return po.read(path, label) if code is None else po.read_language(path, label, code)


def build_template(site: Site, page: str | None) -> polib.POFile:
    title = f"{site.site_name}: {'interface' if page is None else page}"
    template = po.new_catalogue(None, title)
    entries: dict[tuple[str | None, str], polib.POEntry] = {}
    if page is None:
        for text in site.interface():
            _add(entries, template, text.source, text.context, text.note, None)
    else:
        label = site.page_label(page)
        for unit in site.units(page):
            note = {"title": "Page title, shown in the browser tab and search results.",
                    "description": "Page description, shown by search engines and when the page is shared."}.get(unit.setting, "")
            _add(entries, template, unit.source, None, note, (label, str(unit.line)))
    return template


def _add(entries: dict, template: polib.POFile, source: str, context: str | None, note: str,
         occurrence: tuple[str, str] | None) -> None:
    key = (context, source)
    entry = entries.get(key)
    if entry is None:
        keep = listing(source)
        comments = [note] if note else []
        if keep:
            comments.append("Keep exactly as they are: " + ", ".join(keep))
        entry = polib.POEntry(msgid=source, msgstr="", msgctxt=context, comment="\n".join(comments))
        entries[key] = entry
        template.append(entry)
    if occurrence:
        entry.occurrences.append(occurrence)


def merge(template: polib.POFile, old: polib.POFile | None, language: Language) -> polib.POFile:
    """The language's catalogue for `template`, keeping every translation `old` holds."""
    merged = po.new_catalogue(language, template.metadata.get("Project-Id-Version", ""))
    if old is not None:
        merged.metadata = {**old.metadata, "Language": language.code, "X-Review-Status": language.review}
        merged.header = po.header(language, template.metadata.get("Project-Id-Version", ""))
        merged.metadata.setdefault("Language-Team", po.new_catalogue(language, "").metadata["Language-Team"])
        merged.metadata.update(po.plural_forms(language))
    previous = {(entry.msgctxt, entry.msgid): entry for entry in (old or [])}
    wanted = {(entry.msgctxt, entry.msgid) for entry in template}
    used: set[tuple[str | None, str]] = set()
    # Translations the new template no longer uses exactly can be offered for a changed text.
    spare = [entry for key, entry in previous.items() if key not in wanted and entry.msgstr]
    for entry in template:
        key = (entry.msgctxt, entry.msgid)
        new = polib.POEntry(msgid=entry.msgid, msgctxt=entry.msgctxt, msgstr="", comment=entry.comment,
                            occurrences=list(entry.occurrences))
        before = previous.get(key)
        if before is not None:
            new.msgstr = before.msgstr
            new.tcomment = before.tcomment
            # Keep every flag (Weblate's checks such as max-length:80); fuzzy only means something with a translation.
            new.flags = [flag for flag in before.flags if flag != "fuzzy" or before.msgstr]
            new.previous_msgid = before.previous_msgid if "fuzzy" in new.flags else None
            used.add(key)
        else:
            match = _closest(entry, spare)
            if match is not None:
                new.msgstr = match.msgstr
                new.tcomment = match.tcomment
                new.flags = ["fuzzy"]
                new.previous_msgid = match.msgid
        merged.append(new)
    for key, entry in previous.items():
        if key in wanted or not entry.msgstr:
            continue  # in use, or holding no translation (nothing to keep)
        gone = polib.POEntry(msgid=entry.msgid, msgctxt=entry.msgctxt, msgstr=entry.msgstr,
                             tcomment=entry.tcomment, flags=list(entry.flags), obsolete=True)
        merged.append(gone)
    return merged


def _closest(entry: polib.POEntry, spare: list[polib.POEntry]) -> polib.POEntry | None:
    best, best_ratio = None, SIMILAR
    for candidate in spare:
        if candidate.msgctxt != entry.msgctxt and (candidate.msgctxt or entry.msgctxt):
            continue
        ratio = difflib.SequenceMatcher(None, candidate.msgid, entry.msgid).ratio()
        if ratio > best_ratio:
            best, best_ratio = candidate, ratio
    return best


def _save(catalogue: polib.POFile, path: Path, report: ExtractReport, old: polib.POFile | None = None) -> None:
    if old is not None:
        # A template keeps its old creation date when nothing but the date would change.
        catalogue.metadata["POT-Creation-Date"] = old.metadata.get("POT-Creation-Date", catalogue.metadata["POT-Creation-Date"])
        if str(old) != str(catalogue):
            catalogue.metadata["POT-Creation-Date"] = po.new_catalogue(None, "").metadata["POT-Creation-Date"]
    if po.write(catalogue, path):
        report.written.append(path)
    else:
        report.unchanged += 1
