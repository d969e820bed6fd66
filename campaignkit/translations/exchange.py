"""`campaign translations export` and `import`: work to and from translators outside the repository.

Export writes only what needs work in one language (new and fuzzy texts, from
the interface and every page) as one file: PO for volunteers using Poedit or
Weblate, XLIFF 2.0 for agencies (see xliff.py). A fuzzy text never comes with
its old translation as a ready answer that one keystroke would confirm: the old
translation is there to read (a translator comment in PO, a note in XLIFF) and
the translation itself starts empty.

Import reads such a file back. The file must say it is for the language being
imported. Each unit is matched by its id and its English text: a unit whose
English has changed since the export is refused (its translation would
describe the old text). Placeholders are checked. Nothing is written unless the
whole file is good, and no entry is ever deleted. Units the translator filled
in but did not mark as finished are listed by id, not dropped in silence.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

import polib

from ..errors import CampaignError, Problem, short
from . import catalogue as po
from . import xliff
from .inline import link_addresses, pieces
from .languages import Language
from .placeholders import difference, line_breaks
from .site import Site
from .tags import same_language

SEPARATOR = " | "  # between the catalogue and the context in an exported PO file's msgctxt
WORK_FOLDER = "work"  # translations/work/: exported files, git-ignored, never a language
SUFFIXES = {"po": ".po", "xliff": ".xlf"}


@dataclass(frozen=True)
class WorkUnit:
    """One text of one catalogue, as exported."""

    catalogue: str  # "interface" or "pages/report-it"
    page: str | None  # "report-it.md", None for the interface
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


def default_output(site: Site, code: str, fmt: str) -> Path:
    """translations/work/<code>-work.po or .xlf: out of the repository's history and of every language."""
    return site.layout.root / WORK_FOLDER / f"{code}-work{SUFFIXES[fmt]}"


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
            found.append(WorkUnit(name, page, entry.msgctxt, entry.msgid, target, fuzzy,
                                  have.previous_msgid if have else None, entry.comment))
    return found


def export(site: Site, code: str, fmt: str) -> bytes | None:
    """The work file's content, or None when the language has nothing new or fuzzy."""
    language = site.language(code)
    work = units(site, code)
    if not work:
        return None
    return _po_file(site, language, work) if fmt == "po" else _xliff_file(site, language, work)


def _po_file(site: Site, language: Language, work: list[WorkUnit]) -> bytes:
    out = po.new_catalogue(language, f"{site.site_name}: work for {language.name}")
    for unit in work:
        entry = polib.POEntry(msgctxt=unit.po_context, msgid=unit.source, msgstr="", comment=unit.note)
        if unit.fuzzy:
            entry.flags.append("fuzzy")
            entry.previous_msgid = unit.previous
            if unit.target:
                entry.tcomment = f"Previous translation: {unit.target}"
        out.append(entry)
    out.wrapwidth = po.WRAP
    text = str(out)
    return (text if text.endswith("\n") else text + "\n").encode("utf-8")


def _xliff_file(site: Site, language: Language, work: list[WorkUnit]) -> bytes:
    addresses: dict[str, dict[str, dict[str, str]]] = {}
    out = []
    for unit in work:
        if unit.page and unit.page not in addresses:
            addresses[unit.page] = link_addresses(site.source(unit.page))
        known = addresses.get(unit.page or "", {}).get(unit.source)
        out.append(xliff.Unit(unit.id, pieces(unit.source, known), _notes(unit)))
    return xliff.document(site.source_language, language.code, f"{language.code}-work", out)


def _notes(unit: WorkUnit) -> list[tuple[str, str]]:
    notes = [("location", unit.catalogue)]
    if unit.context:
        notes.append(("context", unit.context))
    if unit.note:
        notes.append(("instructions", unit.note))
    if unit.fuzzy:
        if unit.previous:
            notes.append(("previous-source", f"The English used to say: {unit.previous}"))
        if unit.target:
            notes.append(("previous-translation", f"Previous translation, of the old English: {unit.target}"))
    return notes


def save(path: Path, data: bytes) -> None:
    """Write the whole file or nothing (a work file may go to a folder that does not exist yet)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    po.write_atomically(path, data)


# -- import ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Incoming:
    """One unit of an imported file."""

    line: int
    key: str | tuple[str, str]  # the XLIFF unit id, or the PO (msgctxt, msgid)
    source: str
    target: str
    state: str  # "done", "unfinished" (filled in, not marked as finished) or "empty"


@dataclass
class ImportReport:
    fmt: str = "po"
    updated: int = 0
    unchanged: int = 0
    empty: int = 0
    unfinished: list[str] = field(default_factory=list)  # ids of units filled in but not marked as translated
    written: list[Path] = field(default_factory=list)


def import_file(site: Site, code: str, path: Path) -> ImportReport:
    """Take translations from an exported file into the language's catalogues, or refuse the whole file."""
    language = site.language(code)
    label = path.as_posix()
    if path.suffix == ".po":
        written, line, incoming = _read_po(path, label)
        problems: list[Problem] = []
    else:
        written, line, found, problems = xliff.read(path, label)
        incoming = [Incoming(item.line, item.id, item.source, item.target, item.state) for item in found]
    _check_language(label, line, language, written, "PO" if path.suffix == ".po" else "XLIFF")
    known = {unit.id: unit for unit in units(site, code, only_work=False)}
    by_context = {(unit.po_context, unit.source): unit for unit in known.values()}
    accepted: list[tuple[WorkUnit, str, int]] = []
    report = ImportReport("po" if path.suffix == ".po" else "xliff")
    for item in incoming:
        unit = known.get(item.key) if isinstance(item.key, str) else by_context.get(item.key)
        if unit is None or unit.source != item.source:
            problems.append(Problem(label, item.line, f"\"{short(item.source)}\" does not match any current "
                                    "English text (the English changed since the export, or the id was edited). "
                                    "Export again to get the current text."))
            continue
        if item.state == "empty":
            report.empty += 1
            continue
        if item.state == "unfinished":
            report.unfinished.append(unit.id)
            continue
        target = item.target if path.suffix == ".po" else xliff.unfold(item.source, item.target)
        broken = line_breaks(item.source, target)
        if broken:
            problems.append(Problem(label, item.line, f"the translation of \"{short(item.source)}\" {broken}"))
            continue
        reason = difference(item.source, target)
        if reason:
            problems.append(Problem(label, item.line, f"the translation of \"{short(item.source)}\" does not keep "
                                    f"what must stay unchanged: {reason}."))
            continue
        accepted.append((unit, target, item.line))
    if problems:
        raise CampaignError(problems)
    _apply(site, code, label, accepted, report)
    return report


def _check_language(label: str, line: int, language: Language, written: str | None, fmt: str) -> None:
    """Refuse a file for another language, or one that does not say, before anything is read into a catalogue."""
    where = "header line \"Language:\"" if fmt == "PO" else "trgLang attribute of <xliff>"
    if not written or not written.strip():
        raise CampaignError([Problem(label, line, f"this file does not say which language it is in (its {where} "
                                     f"is missing or empty), so it was not imported. Check that it is the "
                                     f"{language.name} file, set its language to {language.code} in your "
                                     "translation tool, and import it again.")])
    if not same_language(language.code, written.strip()):
        raise CampaignError([Problem(label, line, f"this file is for the language '{written.strip()}', not "
                                     f"{language.name} ('{language.code}'), so it was not imported. Check that "
                                     f"you picked the {language.name} file, and that your translation tool has "
                                     f"{language.code} as the file's language.")])


def _apply(site: Site, code: str, label: str, accepted: list[tuple[WorkUnit, str, int]],
           report: ImportReport) -> None:
    """Check every catalogue first, then change them; a problem found on the way writes nothing."""
    pages = {catalogue_name(site, page): page for page in [None, *site.pages()]}
    grouped: dict[str, list[tuple[WorkUnit, str, int]]] = {}
    for item in accepted:
        grouped.setdefault(item[0].catalogue, []).append(item)
    problems: list[Problem] = []
    changes: list[tuple[polib.POFile, Path]] = []
    for name, items in grouped.items():
        path = site.layout.catalogue(code, pages[name])
        if not path.is_file():
            problems.append(Problem(site.layout.label(path), None, "this catalogue does not exist yet, so nothing "
                                    "was imported. Run 'campaign translations extract' first, then import again."))
            continue
        catalogue = po.read(path, site.layout.label(path))
        entries = po.active(catalogue)
        changed = False
        for unit, target, line in items:
            entry = entries.get((unit.context, unit.source))
            if entry is None:
                problems.append(Problem(label, line, f"\"{short(unit.source)}\" is not in "
                                        f"{site.layout.label(path)} yet, so nothing was imported. Run 'campaign "
                                        "translations extract' first, then import again."))
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
        if changed:
            changes.append((catalogue, path))
    if problems:
        raise CampaignError(problems)
    for catalogue, path in changes:
        if po.write(catalogue, path):
            report.written.append(path)


def _read_po(path: Path, label: str) -> tuple[str | None, int, list[Incoming]]:
    catalogue = po.read(path, label)
    found = []
    for entry in catalogue:
        if entry.obsolete:
            continue
        state = "empty" if not entry.msgstr.strip() else "unfinished" if "fuzzy" in entry.flags else "done"
        found.append(Incoming(entry.linenum, (entry.msgctxt or "", entry.msgid), entry.msgid, entry.msgstr, state))
    return catalogue.metadata.get("Language"), _header_line(path), found


def _header_line(path: Path) -> int:
    """The line of the PO header's "Language:", or of its first msgstr when it has none."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return 1
    for number, text in enumerate(lines, start=1):
        if re.match(r'\s*"Language:', text):
            return number
    return next((number for number, text in enumerate(lines, start=1) if text.startswith("msgstr")), 1)
