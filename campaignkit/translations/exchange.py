"""`campaign translations export` and `import`: work to and from translators outside the repository.

Export writes only what needs work in one language (new and fuzzy texts, from
the interface and every page) as one file: PO for volunteers using Poedit or
Weblate, XLIFF 2.0 for agencies (explicit `state` on every segment: "initial"
for new and fuzzy units, with the old translation as the target of a fuzzy one).

Import reads such a file back. Each unit is matched by its id and its English
text: a unit whose English has changed since the export is refused (its
translation would describe the old text). Placeholders are checked. Nothing is
written unless the whole file is good, and no entry is ever deleted.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

import polib
from lxml import etree
from translate.storage.xliff2 import Xliff2File, Xliff2Unit

from ..errors import CampaignError, Problem
from . import catalogue as po
from .placeholders import difference
from .site import Site

SEPARATOR = " | "  # between the catalogue and the context in an exported PO file's msgctxt
XLIFF = "urn:oasis:names:tc:xliff:document:2.0"


@dataclass(frozen=True)
class WorkUnit:
    """One text of one catalogue, as exported."""

    catalogue: str  # "interface" or "pages/report-it"
    context: str | None
    source: str
    target: str
    fuzzy: bool
    previous: str | None
    note: str

    @property
    def id(self) -> str:
        digest = hashlib.sha1(f"{self.context or ''}\x04{self.source}".encode("utf-8")).hexdigest()[:12]
        return f"{self.catalogue.replace('/', '.')}.{digest}"

    @property
    def po_context(self) -> str:
        return self.catalogue + (SEPARATOR + self.context if self.context else "")


def catalogue_name(site: Site, page: str | None) -> str:
    return str(site.layout.template(page).relative_to(site.layout.root / "templates").with_suffix(""))


def units(site: Site, code: str, only_work: bool = True) -> list[WorkUnit]:
    """The language's units from every catalogue; by default only those that are new or fuzzy."""
    found = []
    for page in [None, *site.pages()]:
        template_path = site.layout.template(page)
        if not template_path.is_file():
            continue
        template = po.read(template_path, site.layout.label(template_path))
        path = site.layout.catalogue(code, page)
        current = po.active(po.read(path, site.layout.label(path))) if path.is_file() else {}
        name = catalogue_name(site, page)
        for entry in template:
            have = current.get((entry.msgctxt, entry.msgid))
            target = have.msgstr if have else ""
            fuzzy = bool(have and "fuzzy" in have.flags)
            if only_work and target and not fuzzy:
                continue
            found.append(WorkUnit(name, entry.msgctxt, entry.msgid, target, fuzzy,
                                  have.previous_msgid if have else None, entry.comment))
    return found


def export(site: Site, code: str, fmt: str) -> bytes:
    language = site.language(code)
    work = units(site, code)
    if fmt == "po":
        out = po.new_catalogue(language, f"{site.site_name}: work for {language.name}")
        for unit in work:
            entry = polib.POEntry(msgctxt=unit.po_context, msgid=unit.source, msgstr=unit.target, comment=unit.note)
            if unit.fuzzy:
                entry.flags.append("fuzzy")
                entry.previous_msgid = unit.previous
            out.append(entry)
        out.wrapwidth = po.WRAP
        return str(out).encode("utf-8")
    store = Xliff2File(sourcelanguage="en", targetlanguage=code)
    store.body.set("id", f"{language.code}-work")
    for unit in work:
        item = Xliff2Unit(unit.source)
        item.setid(unit.id)
        if unit.target:
            item.target = unit.target
        item.xmlelement.set("state", "initial")  # new, or fuzzy with the old translation to start from
        store.addunit(item)
        _notes(item, unit)
    return bytes(store)


def _notes(item: Xliff2Unit, unit: WorkUnit) -> None:
    """XLIFF 2.0 keeps notes on the unit, before its segment."""
    notes = [("location", unit.catalogue)]
    if unit.context:
        notes.append(("context", unit.context))
    if unit.note:
        notes.append(("instructions", unit.note))
    if unit.fuzzy and unit.previous:
        notes.append(("previous-source", unit.previous))
    element = etree.Element(f"{{{XLIFF}}}notes")
    for category, text in notes:
        note = etree.SubElement(element, f"{{{XLIFF}}}note", category=category)
        note.text = text
    item.getunitelement().insert(0, element)


@dataclass
class ImportReport:
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0  # empty or still-fuzzy units: nothing to take
    written: list[Path] = field(default_factory=list)


def import_file(site: Site, code: str, path: Path) -> ImportReport:
    """Take translations from an exported file into the language's catalogues, or refuse the whole file."""
    site.language(code)
    label = path.as_posix()
    incoming = _read_po(path, label) if path.suffix == ".po" else _read_xliff(path, label, code)
    known = {unit.id: unit for unit in units(site, code, only_work=False)}
    by_context = {(unit.po_context, unit.source): unit for unit in known.values()}
    problems: list[Problem] = []
    accepted: list[tuple[WorkUnit, str, bool]] = []
    report = ImportReport()
    for line, key, source, target, final in incoming:
        unit = known.get(key) if not isinstance(key, tuple) else by_context.get(key)
        if unit is None or unit.source != source:
            problems.append(Problem(label, line, f"\"{_short(source)}\" does not match any current English text "
                                                 "(the English changed since the export, or the id was edited). "
                                                 "Export again to get the current text."))
            continue
        if not target.strip() or not final:
            report.skipped += 1
            continue
        reason = difference(source, target)
        if reason:
            problems.append(Problem(label, line, f"the translation of \"{_short(source)}\" does not keep what must "
                                                 f"stay unchanged: {reason}."))
            continue
        accepted.append((unit, target, final))
    if problems:
        raise CampaignError(problems)
    _apply(site, code, accepted, report)
    return report


def _apply(site: Site, code: str, accepted: list[tuple[WorkUnit, str, bool]], report: ImportReport) -> None:
    pages = {catalogue_name(site, page): page for page in [None, *site.pages()]}
    grouped: dict[str, list[tuple[WorkUnit, str]]] = {}
    for unit, target, _ in accepted:
        grouped.setdefault(unit.catalogue, []).append((unit, target))
    for name, items in grouped.items():
        path = site.layout.catalogue(code, pages[name])
        if not path.is_file():
            raise CampaignError([Problem(site.layout.label(path), 1, "this catalogue does not exist yet: "
                                         "run 'campaign translations extract' first.")])
        catalogue = po.read(path, site.layout.label(path))
        entries = po.active(catalogue)
        changed = False
        for unit, target in items:
            entry = entries.get((unit.context, unit.source))
            if entry is None:
                continue
            if entry.msgstr == target and "fuzzy" not in entry.flags:
                report.unchanged += 1
                continue
            entry.msgstr = target
            if "fuzzy" in entry.flags:
                entry.flags.remove("fuzzy")
            entry.previous_msgid = None
            report.updated += 1
            changed = True
        if changed and po.write(catalogue, path):
            report.written.append(path)


def _read_po(path: Path, label: str) -> list[tuple[int, tuple[str, str], str, str, bool]]:
    catalogue = po.read(path, label)
    return [(entry.linenum, (entry.msgctxt or "", entry.msgid), entry.msgid, entry.msgstr, "fuzzy" not in entry.flags)
            for entry in catalogue if not entry.obsolete]


def _read_xliff(path: Path, label: str, code: str) -> list[tuple[int, str, str, str, bool]]:
    try:
        tree = etree.parse(str(path))
    except (OSError, etree.XMLSyntaxError) as error:
        line = getattr(error, "lineno", 1) or 1
        raise CampaignError([Problem(label, line, f"this XLIFF file cannot be read: {error}")]) from None
    root = tree.getroot()
    if root.get("version", "").split(".")[0] != "2" or root.nsmap.get(None) != XLIFF:
        raise CampaignError([Problem(label, root.sourceline or 1, "expected an XLIFF 2.0 file "
                                     "(<xliff version=\"2.0\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\">).")])
    language = root.get("trgLang")
    if language and language != code:
        raise CampaignError([Problem(label, root.sourceline or 1,
                                     f"this file is for the language '{language}', not '{code}'.")])
    found = []
    for unit in root.iter(f"{{{XLIFF}}}unit"):
        segment = unit.find(f"{{{XLIFF}}}segment")
        if segment is None:
            continue
        source = "".join(segment.find(f"{{{XLIFF}}}source").itertext()) if segment.find(f"{{{XLIFF}}}source") is not None else ""
        target_node = segment.find(f"{{{XLIFF}}}target")
        target = "".join(target_node.itertext()) if target_node is not None else ""
        state = segment.get("state", "initial")
        found.append((segment.sourceline or unit.sourceline or 1, unit.get("id", ""), source, target,
                      state in ("translated", "reviewed", "final")))
    return found


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
