"""XLIFF 2.0 work files for agencies, written and read with lxml.

Written so the file is valid against the OASIS XLIFF 2.0 core schema and a CAT
tool can protect what must not change: every unit is one segment
(`canResegment="no"`), protected parts are inline codes (`<ph>`, and `<pc>` or
`<sc>`/`<ec>` around link and bold text) with a readable `disp`, and the exact
English text of each code is kept in the unit's `<originalData>`.

Read back tolerantly: a unit a tool has split into several segments anyway is
joined again (with any `<ignorable>` whitespace between them), and each code
becomes its original text again, found by `dataRef` or, failing that, by the
id it has in the English.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from ..errors import CampaignError, Problem
from .inline import Code, Piece

XLIFF = "urn:oasis:names:tc:xliff:document:2.0"
SPACE = "{http://www.w3.org/XML/1998/namespace}space"
DONE = ("translated", "reviewed", "final")
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # characters XML 1.0 cannot hold as text


def _x(name: str) -> str:
    return f"{{{XLIFF}}}{name}"


@dataclass(frozen=True)
class Unit:
    """One unit to write: its id, its English as text and codes, and notes for the translator."""

    id: str
    parts: list[Piece]
    notes: list[tuple[str, str]] = field(default_factory=list)  # (category, text)


@dataclass(frozen=True)
class Read:
    """One unit as read back: its segments joined, and how far the translator says it is."""

    line: int
    id: str
    source: str
    target: str
    state: str  # "done" (every segment marked translated, reviewed or final), "unfinished", or "empty"


def document(source_language: str, target_language: str, file_id: str, units: list[Unit]) -> bytes:
    """An XLIFF 2.0 file holding `units`, each with one segment in the state "initial" and no target."""
    root = etree.Element(_x("xliff"), nsmap={None: XLIFF}, version="2.0", srcLang=source_language,
                         trgLang=target_language)
    body = etree.SubElement(root, _x("file"), id=file_id)
    for unit in units:
        _unit(body, unit)
    _indent(root)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8") + b"\n"


def _unit(parent: etree._Element, unit: Unit) -> None:
    element = etree.SubElement(parent, _x("unit"), id=unit.id, canResegment="no")
    element.set(SPACE, "preserve")  # the text's own spaces are part of it; XLIFF 2.0 allows this on <unit>
    if unit.notes:
        notes = etree.SubElement(element, _x("notes"))
        for category, text in unit.notes:
            _append(etree.SubElement(notes, _x("note"), category=category), text)
    codes = [part for part in unit.parts if isinstance(part, Code)]
    refs = {index: f"d{index + 1}" for index in range(len(codes))}
    if codes:
        data = etree.SubElement(element, _x("originalData"))
        for index, code in enumerate(codes):
            etree.SubElement(data, _x("data"), id=refs[index]).text = code.text
    segment = etree.SubElement(element, _x("segment"), state="initial")
    _inline(etree.SubElement(segment, _x("source")), unit.parts, refs)


def _inline(source: etree._Element, parts: list[Piece], refs: dict[int, str]) -> None:
    """Text and codes; pairs as <pc> when they nest, else as <sc>/<ec>, which may overlap."""
    paired = _nested(parts)
    stack = [source]
    ends = _ends(parts)
    ids: dict[int, str] = {}  # pair → the id of its start
    index = count = 0
    for part in parts:
        if not isinstance(part, Code):
            _append(stack[-1], part)
            continue
        ref, index = refs[index], index + 1
        if part.role != "end":
            count += 1
        code_id = str(count) if part.role != "end" else ids[part.pair]
        protect = {"canCopy": "no", "canDelete": "no"}
        if part.role == "standalone":
            etree.SubElement(stack[-1], _x("ph"), id=code_id, dataRef=ref, disp=part.disp, equiv=part.text,
                             **protect, **_type(part))
        elif part.role == "start":
            ids[part.pair] = code_id
            if paired:
                end = ends[part.pair]
                stack.append(etree.SubElement(stack[-1], _x("pc"), id=code_id, dataRefStart=ref,
                                              dataRefEnd=refs[end[0]], dispStart=part.disp, dispEnd=end[1].disp,
                                              **protect, **_type(part)))
            else:
                etree.SubElement(stack[-1], _x("sc"), id=code_id, dataRef=ref, disp=part.disp, **protect,
                                 **_type(part))
        elif paired:
            stack.pop()
        else:
            etree.SubElement(stack[-1], _x("ec"), startRef=code_id, dataRef=ref, disp=part.disp, **protect,
                             **_type(part))


def _type(code: Code) -> dict[str, str]:
    kind = {"link": "link", "image": "image", "bold": "fmt", "html": "fmt", "attributes": "fmt"}.get(code.kind)
    return {"type": kind} if kind else {}


def _nested(parts: list[Piece]) -> bool:
    stack: list[int] = []
    for part in parts:
        if isinstance(part, Code) and part.role == "start":
            stack.append(part.pair)
        elif isinstance(part, Code) and part.role == "end":
            if not stack or stack.pop() != part.pair:
                return False
    return not stack


def _ends(parts: list[Piece]) -> dict[int, tuple[int, Code]]:
    """For each pair, the index of its end among the codes, and the end itself."""
    codes = [part for part in parts if isinstance(part, Code)]
    return {code.pair: (index, code) for index, code in enumerate(codes) if code.role == "end"}


def _append(element: etree._Element, text: str) -> None:
    """Text at the end of `element`; a character XML cannot hold goes in as <cp hex="…"/>."""
    for index, piece in enumerate(NOT_XML.split(text)):
        if index:
            etree.SubElement(element, _x("cp"), hex=f"{ord(NOT_XML.findall(text)[index - 1]):04X}")
        if not piece:
            continue
        if len(element):
            element[-1].tail = (element[-1].tail or "") + piece
        else:
            element.text = (element.text or "") + piece


def _indent(element: etree._Element, level: int = 0) -> None:
    """One element a line, but never inside <source>, <target>, <note> or <data>, where spaces are text."""
    if etree.QName(element).localname in ("source", "target", "note", "data"):
        return
    children = list(element)
    if not children:
        return
    element.text = "\n" + "  " * (level + 1)
    for child in children:
        _indent(child, level + 1)
        child.tail = "\n" + "  " * (level + 1)
    children[-1].tail = "\n" + "  " * level


def unfold(source: str, target: str) -> str:
    """A target as the translator meant it, when a tool pretty-printed it over several indented lines.

    Only where the meaning is certain: the English is one line, so each line
    break with the spaces around it was layout and becomes one space, and the
    spaces the layout put at the ends go. A target laid out like the English
    is left as it is.
    """
    if "\n" in source or "\n" not in target:
        return target
    unfolded = re.sub(r"[ \t]*\n\s*", " ", target)
    start = len(source) - len(source.lstrip())
    end = len(source) - len(source.rstrip())
    return source[:start] + unfolded.strip() + (source[len(source) - end:] if end else "")


def read(path: Path, label: str) -> tuple[str | None, int, list[Read], list[Problem]]:
    """(target language, its line, the units, problems found while reading them) of an XLIFF 2.0 file."""
    try:
        root = etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True)).getroot()
    except (OSError, etree.XMLSyntaxError) as error:
        line = getattr(error, "lineno", 1) or 1
        raise CampaignError([Problem(label, line, f"this XLIFF file cannot be read ({_reason(error)}). "
                                     "Export it again from your tool as XLIFF 2.0.")]) from None
    if root.get("version", "").split(".")[0] != "2" or etree.QName(root).namespace != XLIFF:
        raise CampaignError([Problem(label, root.sourceline or 1, "expected an XLIFF 2.0 file "
                                     "(<xliff version=\"2.0\" xmlns=\"urn:oasis:names:tc:xliff:document:2.0\">). "
                                     "Export it again from your tool as XLIFF 2.0.")])
    problems: list[Problem] = []
    units = [_read_unit(unit, label, problems) for unit in root.iter(_x("unit"))]
    return root.get("trgLang"), root.sourceline or 1, [unit for unit in units if unit], problems


def _reason(error: Exception) -> str:
    return re.sub(r",? line \d+,? column \d+", "", str(error)).strip() or type(error).__name__


def _read_unit(unit: etree._Element, label: str, problems: list[Problem]) -> Read | None:
    data = {item.get("id"): "".join(item.itertext()) for item in unit.iter(_x("data"))}
    parts = [child for child in unit if child.tag in (_x("segment"), _x("ignorable"))]
    if not parts:
        return None
    line = parts[0].sourceline or unit.sourceline or 1
    english = _Codes(data)
    sources = [english.text(part.find(_x("source")), label, problems) for part in parts]
    translated = _Codes(data, english.by_id)
    targets: list[tuple[int, str]] = []
    done, missing = True, False
    for position, (part, source) in enumerate(zip(parts, sources), start=1):
        target = part.find(_x("target"))
        is_segment = etree.QName(part).localname == "segment"
        if is_segment and part.get("state", "initial") not in DONE:
            done = False
        if target is None:
            missing = missing or (is_segment and bool(source.strip()))
            targets.append((position, "" if is_segment else source))  # an <ignorable> keeps its spaces
            continue
        order = target.get("order", "")
        targets.append((int(order) if order.isdigit() else position, translated.text(target, label, problems)))
    target = "".join(text for _, text in sorted(targets, key=lambda item: item[0]))
    if not target.strip():
        state = "empty"
    elif done and not missing:
        state = "done"
    else:
        state = "unfinished"
    return Read(line, unit.get("id", ""), "".join(sources), target, state)


class _Codes:
    """Turns a <source> or <target> back into plain text, each code into its original text."""

    def __init__(self, data: dict[str | None, str], by_id: dict[tuple[str, str], str] | None = None):
        self.data = data
        self.english = by_id  # codes of the English, for a translation whose tool dropped dataRef
        self.by_id: dict[tuple[str, str], str] = {}

    def text(self, element: etree._Element | None, label: str, problems: list[Problem]) -> str:
        if element is None:
            return ""
        out = [element.text or ""]
        for child in element:
            if isinstance(child.tag, str) and etree.QName(child).namespace == XLIFF:
                out.append(self._code(child, label, problems))
            elif isinstance(child.tag, str):
                problems.append(Problem(label, child.sourceline, f"<{etree.QName(child).localname}> is not "
                                        "XLIFF 2.0 inline markup. Remove it in your tool and export again."))
            out.append(child.tail or "")
        return "".join(out)

    def _code(self, child: etree._Element, label: str, problems: list[Problem]) -> str:
        name = etree.QName(child).localname
        if name == "ph":
            return self._original(child, "ph", child.get("id"), "dataRef", label, problems)
        if name == "pc":
            start = self._original(child, "pc-start", child.get("id"), "dataRefStart", label, problems)
            end = self._original(child, "pc-end", child.get("id"), "dataRefEnd", label, problems)
            return start + self.text(child, label, problems) + end
        if name == "sc":
            return self._original(child, "sc", child.get("id"), "dataRef", label, problems)
        if name == "ec":
            return self._original(child, "ec", child.get("startRef") or child.get("id"), "dataRef", label, problems)
        if name == "mrk":
            return self.text(child, label, problems)
        if name == "cp":
            try:
                return chr(int(child.get("hex", ""), 16))
            except ValueError:
                problems.append(Problem(label, child.sourceline, "a <cp> has no valid hex value."))
        return ""  # <sm/>, <em/>: annotations only

    def _original(self, child: etree._Element, kind: str, code_id: str | None, attribute: str, label: str,
                  problems: list[Problem]) -> str:
        ref = child.get(attribute)
        text = self.data.get(ref) if ref else None
        if text is None and self.english is not None:
            text = self.english.get((kind, code_id or ""))
        if text is None:
            written = f"<{etree.QName(child).localname}" + (f' id="{code_id}"' if code_id else "") + ">"
            problems.append(Problem(label, child.sourceline, f"an inline code ({written}) is not one of the English "
                                    "text's codes. Keep the codes your tool shows in the English, and add none."))
            return ""
        self.by_id[(kind, code_id or "")] = text
        return text
