"""`campaign translations export` and `import`, as a volunteer with Poedit and an agency with a CAT tool use them.

Every XLIFF export is checked against the OASIS XLIFF 2.0 schema and read back
with translate-toolkit; translations come back the way tools write them
(targets that keep the inline codes, units split into segments, language tags
like pl-PL), and every refused file leaves the project exactly as it was.
"""

from __future__ import annotations

import copy
import json
import subprocess
from pathlib import Path

import polib
import pytest
from lxml import etree
from translate.storage.xliff2 import Xliff2File

from campaignkit.cli import main
from conftest import FEW_LANGUAGES, snapshot

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = ROOT / "tests" / "schemas" / "xliff-2.0"  # the OASIS XLIFF 2.0 core schema and the W3C xml.xsd it imports
NS = "urn:oasis:names:tc:xliff:document:2.0"

REPORT = "translations/pl/pages/report-it.po"
SENTENCE = "Do not worry if you cannot answer everything. Any detail could help."
TAG = "Call [[helpline: crimestoppers]]."
LINKS = ("translations/pl/pages/employers-and-workers.po",
         "Read more about [getting help]{1} and [staying safe online]{2}.")
BUTTON = ("translations/pl/pages/index.po", "[Report it]{1}{ .md-button }")
NUMBER = ("translations/pl/interface.po", "In an emergency, call {number}.")
BOLD = ("translations/pl/pages/accessibility.po",
        '**The site name is cut short on small screens.** On a narrow phone, or when you zoom in to 400%, the name '
        'at the top of the page ends in "…". The full name is at the top of the menu and in the browser tab. This '
        'fails WCAG 2.2 success criterion 1.4.10 (Reflow).')


def x(name: str) -> str:
    return f"{{{NS}}}{name}"


# -- helpers ---------------------------------------------------------------------------------

class LocalSchemas(etree.Resolver):
    """The XLIFF schema's import of xml.xsd, answered from the copy beside it: never the network."""

    def resolve(self, url, pubid, context):
        if url.endswith("xml.xsd"):
            return self.resolve_filename(str(SCHEMAS / "xml.xsd"), context)
        return None


@pytest.fixture(scope="session")
def schema() -> etree.XMLSchema:
    parser = etree.XMLParser(no_network=True)
    parser.resolvers.add(LocalSchemas())
    return etree.XMLSchema(etree.parse(str(SCHEMAS / "xliff_core_2.0.xsd"), parser))


def assert_valid(schema: etree.XMLSchema, path: Path) -> etree._ElementTree:
    tree = etree.parse(str(path))
    assert schema.validate(tree), f"{path.name} is not valid XLIFF 2.0: {schema.error_log}"
    return tree


def campaign(project, capsys, *args: str) -> tuple[int, str, str]:
    """The command run in this process (fast); a traceback would fail the test by itself."""
    status = main([*args, "--config", str(project.config)])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def catalogue_entry(project, catalogue: str, msgid: str) -> polib.POEntry:
    for item in polib.pofile(str(project.path / catalogue)):
        if item.msgid == msgid and not item.obsolete:
            return item
    raise AssertionError(f"{msgid!r} not in {catalogue}")


def change(project, catalogue: str, msgid: str, fuzzy_from: str | None = None) -> str:
    """Make a translated text need work again: emptied, or fuzzy as `extract` leaves it. Gives the old translation."""
    path = project.path / catalogue
    po = polib.pofile(str(path), wrapwidth=0)
    for item in po:
        if item.msgid == msgid and not item.obsolete:
            old = item.msgstr
            if fuzzy_from is None:
                item.msgstr = ""
            else:
                item.flags.append("fuzzy")
                item.previous_msgid = fuzzy_from
            po.save(str(path))
            return old
    raise AssertionError(f"{msgid!r} not in {catalogue}")


def finish(project, code: str = "pl", but: tuple[str, ...] = ()) -> None:
    """Translate every text of a language that needs work (with its English, which keeps every code), except `but`."""
    for path in (project.path / "translations" / code).rglob("*.po"):
        po = polib.pofile(str(path), wrapwidth=0)
        for item in po:
            if item.obsolete or item.msgid in but or (item.msgstr and "fuzzy" not in item.flags):
                continue
            item.msgstr = item.msgstr or item.msgid
            if "fuzzy" in item.flags:
                item.flags.remove("fuzzy")
        po.save(str(path))



def translate_like_a_tool(tree: etree._ElementTree, words: dict[str, str], state: str = "translated") -> None:
    """Give each unit a target as a CAT tool does: the source's inline codes kept, every run of words replaced."""
    for segment in tree.iter(x("segment")):
        target = copy.deepcopy(segment.find(x("source")))
        target.tag = x("target")
        for node in target.iter():
            for attribute in ("text", "tail"):
                value = getattr(node, attribute)
                if node is target and attribute == "tail":
                    continue
                if value and value.strip():
                    setattr(node, attribute, words.get(value, value))
        segment.append(target)
        segment.set("state", state)


def keep_only(tree: etree._ElementTree, *words: str) -> None:
    """Leave out every unit but those with `words`, as a translator sending back part of the work."""
    for unit in list(tree.iter(x("unit"))):
        if not any(word in "".join(unit.itertext()) for word in words):  # the English, its codes and notes
            unit.getparent().remove(unit)


def unit_with(tree: etree._ElementTree, words: str) -> etree._Element:
    for unit in tree.iter(x("unit")):
        if words in "".join(unit.find(x("segment")).find(x("source")).itertext()):
            return unit
    raise AssertionError(f"no unit with {words!r}")


def run_cli(project, *args: str) -> subprocess.CompletedProcess:
    return project.campaign("translations", *args)


@pytest.fixture
def work(project):
    """A project where Polish has new texts with links, a button, a tag and an interface value, and a fuzzy one."""
    finish(project)
    for catalogue, msgid in (LINKS, BUTTON, NUMBER, (REPORT, TAG), (REPORT, SENTENCE)):
        change(project, catalogue, msgid)
    project.old_bold = change(project, *BOLD, fuzzy_from=BOLD[1].replace("cut short", "shortened"))
    return project


# -- XLIFF export ------------------------------------------------------------------------------

def test_xliff_export_is_valid_xliff_2_with_inline_codes_and_no_ready_target(work, schema, capsys):
    status, out, _ = campaign(work, capsys, "translations", "export", "--lang", "pl", "--format", "xliff")
    path = work.path / "translations/work/pl-work.xlf"
    assert status == 0 and "translations/work/pl-work.xlf" in out
    assert sorted(p.name for p in path.parent.iterdir()) == ["pl-work.xlf"], "no temporary file is left behind"
    tree = assert_valid(schema, path)
    root = tree.getroot()
    assert (root.get("srcLang"), root.get("trgLang")) == ("en", "pl")
    units = list(root.iter(x("unit")))
    assert len(units) == 6 and all(unit.get("canResegment") == "no" for unit in units)
    assert "Free to call." not in path.read_text(encoding="utf-8"), "translated units are not exported"
    assert not list(root.iter(x("target"))), "no unit, fuzzy or new, comes with a target to confirm"
    assert {segment.get("state") for segment in root.iter(x("segment"))} == {"initial"}

    links = unit_with(tree, "getting help")
    pcs = links.findall(f".//{x('pc')}")
    assert [pc.get("dispStart") for pc in pcs] == ["link to get-help.md", "link to staying-safe-online.md"]
    assert [pc.text for pc in pcs] == ["getting help", "staying safe online"], "link text stays translatable"
    data = {item.get("id"): item.text for item in links.iter(x("data"))}
    assert [(data[pc.get("dataRefStart")], data[pc.get("dataRefEnd")]) for pc in pcs] == [("[", "]{1}"), ("[", "]{2}")]

    button = unit_with(tree, "Report it")
    assert button.find(f".//{x('pc')}").get("dispStart") == "link to report-it.md"
    assert button.find(f".//{x('ph')}").get("disp") == "{ .md-button }"
    placeholders = {ph.get("disp") for ph in root.iter(x("ph"))}
    assert {"{number}", "[[helpline: crimestoppers]]", "{ .md-button }"} <= placeholders
    bold = unit_with(tree, "cut short on small screens")
    assert bold.find(f".//{x('pc')}").get("dispStart") == "bold"

    notes = {note.get("category"): note.text for note in bold.iter(x("note"))}
    assert work.old_bold in notes["previous-translation"]
    assert BOLD[1].replace("cut short", "shortened") in notes["previous-source"]

    store = Xliff2File.parsefile(str(path))  # translate-toolkit, as many CAT tools' converters read it
    assert sorted(unit.getid() for unit in store.units) == sorted(unit.get("id") for unit in units)
    assert any("getting help" in unit.source for unit in store.units)


def test_po_export_offers_the_old_translation_only_as_a_comment(work, capsys):
    status, _, _ = campaign(work, capsys, "translations", "export", "--lang", "pl")
    path = work.path / "translations/work/pl-work.po"
    assert status == 0
    entries = {entry.msgid: entry for entry in polib.pofile(str(path))}
    assert set(entries) == {LINKS[1], BUTTON[1], NUMBER[1], TAG, SENTENCE, BOLD[1]}
    assert all(entry.msgstr == "" for entry in entries.values())
    fuzzy = entries[BOLD[1]]
    assert "fuzzy" in fuzzy.flags and fuzzy.previous_msgid == BOLD[1].replace("cut short", "shortened")
    assert fuzzy.tcomment == f"Previous translation: {work.old_bold}"
    assert polib.pofile(str(path)).metadata["Language"] == "pl"
    checked = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(path)], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr


def test_work_files_go_to_a_git_ignored_folder_that_is_never_a_language(work, capsys):
    assert campaign(work, capsys, "translations", "export", "--lang", "pl")[0] == 0
    ignored = subprocess.run(["git", "-C", str(ROOT), "check-ignore", "-q", "translations/work/pl-work.xlf"])
    assert ignored.returncode == 0, "translations/work/ is in .gitignore"
    assert campaign(work, capsys, "translations", "extract")[0] == 0
    status, out, _ = campaign(work, capsys, "translations", "status", "--json")
    assert sorted(json.loads(out)["languages"]) == sorted(FEW_LANGUAGES), "the copy's languages"
    assert sorted((work.path / "translations/work").iterdir()) == [work.path / "translations/work/pl-work.po"]


def test_export_with_nothing_to_translate_says_so_and_writes_nothing(project, capsys):
    assert campaign(project, capsys, "translations", "extract")[0] == 0
    finish(project)
    for fmt in ("po", "xliff"):
        status, out, _ = campaign(project, capsys, "translations", "export", "--lang", "pl", "--format", fmt)
        assert status == 0
        assert "Nothing to translate in Polish: every text is translated and none is fuzzy." in out
    assert not (project.path / "translations/work").exists()


# -- import ------------------------------------------------------------------------------------

POLISH = {"Read more about ": "Przeczytaj więcej o ", "getting help": "uzyskaniu pomocy", " and ": " i ",
          "staying safe online": "bezpieczeństwie w internecie", "Report it": "Zgłoś to",
          "In an emergency, call ": "W nagłym wypadku zadzwoń pod ", "Call ": "Zadzwoń do "}


def test_xliff_round_trip_through_a_cat_tool_puts_the_codes_back(work, schema, capsys):
    campaign(work, capsys, "translations", "export", "--lang", "pl", "--format", "xliff")
    path = work.path / "translations/work/pl-work.xlf"
    tree = etree.parse(str(path))
    tree.getroot().set("trgLang", "pl-PL")  # as many tools write it
    keep_only(tree, "getting help", "Report it", "In an emergency", "crimestoppers")
    translate_like_a_tool(tree, POLISH)
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    assert_valid(schema, path)
    status, out, err = campaign(work, capsys, "translations", "import", "--lang", "pl", str(path))
    assert status == 0, err
    assert "4 translations taken" in out
    assert catalogue_entry(work, *LINKS).msgstr == \
        "Przeczytaj więcej o [uzyskaniu pomocy]{1} i [bezpieczeństwie w internecie]{2}."
    assert catalogue_entry(work, *BUTTON).msgstr == "[Zgłoś to]{1}{ .md-button }"
    assert catalogue_entry(work, *NUMBER).msgstr == "W nagłym wypadku zadzwoń pod {number}."
    assert catalogue_entry(work, REPORT, TAG).msgstr == "Zadzwoń do [[helpline: crimestoppers]]."


def test_a_unit_split_into_segments_by_a_cat_tool_is_joined_again(work, capsys):
    campaign(work, capsys, "translations", "export", "--lang", "pl", "--format", "xliff")
    path = work.path / "translations/work/pl-work.xlf"
    tree = etree.parse(str(path))
    unit = unit_with(tree, SENTENCE.split(".")[0])
    unit.remove(unit.find(x("segment")))
    for english, polish, gap in (("Do not worry if you cannot answer everything.", "Nie martw się.", " "),
                                 ("Any detail could help.", "Każdy szczegół może pomóc.", None)):
        segment = etree.SubElement(unit, x("segment"), state="translated")
        etree.SubElement(segment, x("source")).text = english
        etree.SubElement(segment, x("target")).text = polish
        if gap:
            etree.SubElement(etree.SubElement(unit, x("ignorable")), x("source")).text = gap
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    status, out, err = campaign(work, capsys, "translations", "import", "--lang", "pl", str(path))
    assert status == 0, err
    assert catalogue_entry(work, REPORT, SENTENCE).msgstr == "Nie martw się. Każdy szczegół może pomóc."


def test_a_pretty_printed_target_is_unfolded_and_a_typed_line_break_refused(work, capsys):
    campaign(work, capsys, "translations", "export", "--lang", "pl", "--format", "xliff")
    path = work.path / "translations/work/pl-work.xlf"
    tree = etree.parse(str(path))
    segment = unit_with(tree, SENTENCE.split(".")[0]).find(x("segment"))
    segment.set("state", "translated")
    etree.SubElement(segment, x("target")).text = "\n        Nie martw się.\n        Każdy szczegół może pomóc.\n      "
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    status, _, err = campaign(work, capsys, "translations", "import", "--lang", "pl", str(path))
    assert status == 0, err
    assert catalogue_entry(work, REPORT, SENTENCE).msgstr == "Nie martw się. Każdy szczegół może pomóc."

    campaign(work, capsys, "translations", "export", "--lang", "pl")
    path = work.path / "translations/work/pl-work.po"
    po = polib.pofile(str(path))
    entry = next(item for item in po if item.msgid == BUTTON[1])
    entry.msgstr = "Zgłoś\nto"  # Shift+Enter in Poedit
    po.save(str(path))
    line = next(item.linenum for item in polib.pofile(str(path)) if item.msgid == BUTTON[1])
    before = snapshot(work.path)
    status, _, err = campaign(work, capsys, "translations", "import", "--lang", "pl", str(path))
    assert status == 1 and "Traceback" not in err
    assert f"{path.as_posix()}, line {line}: the translation of \"{BUTTON[1]}\" has a line break" in err
    assert snapshot(work.path) == before


def test_units_filled_in_but_not_marked_as_translated_are_listed_by_id(work, capsys):
    campaign(work, capsys, "translations", "export", "--lang", "pl", "--format", "xliff")
    path = work.path / "translations/work/pl-work.xlf"
    tree = etree.parse(str(path))
    translate_like_a_tool(tree, POLISH, state="initial")
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    button = unit_with(tree, "Report it").get("id")
    count = len(list(tree.iter(x("unit"))))
    status, out, _ = campaign(work, capsys, "translations", "import", "--lang", "pl", str(path))
    assert status == 0
    assert f"{count} left out because they are not marked as translated: " in out and button in out
    assert "Mark them as translated in your tool and import again." in out
    assert catalogue_entry(work, *BUTTON).msgstr == ""

    campaign(work, capsys, "translations", "export", "--lang", "pl")
    path = work.path / "translations/work/pl-work.po"
    po = polib.pofile(str(path))
    for entry in po:
        if entry.msgid in (SENTENCE, BOLD[1]):
            entry.msgstr = "Coś po polsku."  # filled in, but the fuzzy one is still marked fuzzy
    po.save(str(path))
    status, out, _ = campaign(work, capsys, "translations", "import", "--lang", "pl", str(path))
    assert "1 left out because they are not marked as translated: pages.accessibility." in out
    assert "fuzzy" in catalogue_entry(work, *BOLD).flags


@pytest.mark.parametrize("fmt, name", [("po", "work.po"), ("xliff", "work.xlf")])
def test_export_holds_only_new_and_fuzzy_units_and_import_takes_them_back(project, capsys, fmt, name):
    change(project, REPORT, SENTENCE)
    project.edit("docs/report-it.md", "Never confront anyone you think is involved.",
                 "Never confront anyone who you think is involved.")
    assert campaign(project, capsys, "translations", "extract")[0] == 0
    finish(project, but=(SENTENCE, "Never confront anyone who you think is involved."))
    out = project.path / name
    status, _, err = campaign(project, capsys, "translations", "export", "--lang", "pl", "--format", fmt,
                              "--output", str(out))
    assert status == 0, err
    text = out.read_text(encoding="utf-8")
    assert SENTENCE in text and "Never confront anyone who you think is involved." in text
    assert "Free to call." not in text, "translated units are not exported"
    old = catalogue_entry(project, REPORT, "Never confront anyone who you think is involved.").msgstr
    if fmt == "xliff":
        tree = etree.parse(str(out))
        keep_only(tree, SENTENCE, "Never confront anyone who")
        translate_like_a_tool(tree, {SENTENCE: "Nie martw się. Każdy szczegół może pomóc.",
                                     "Never confront anyone who you think is involved.": old})
        tree.write(str(out), xml_declaration=True, encoding="UTF-8")
    else:
        po = polib.pofile(text)
        for item in po:
            if item.msgid == SENTENCE:
                item.msgstr = "Nie martw się. Każdy szczegół może pomóc."
            elif item.msgid == "Never confront anyone who you think is involved.":
                item.msgstr = old
            if "fuzzy" in item.flags:
                item.flags.remove("fuzzy")  # as Poedit does when "Needs work" is turned off
        out.write_text(str(po), encoding="utf-8")
    status, _, err = campaign(project, capsys, "translations", "import", "--lang", "pl", str(out))
    assert status == 0, err
    assert catalogue_entry(project, REPORT, SENTENCE).msgstr == "Nie martw się. Każdy szczegół może pomóc."
    confirmed = catalogue_entry(project, REPORT, "Never confront anyone who you think is involved.")
    assert confirmed.msgstr == old and "fuzzy" not in confirmed.flags
    out.unlink()
    status, printed, _ = campaign(project, capsys, "translations", "export", "--lang", "pl", "--format", fmt,
                                  "--output", str(out))
    assert status == 0 and "Nothing to translate in Polish" in printed and not out.exists()


# -- refused imports: exit 1, file and line, no traceback, nothing changed --------------------------

def refused(project, path: Path, *, line: int, words: str) -> None:
    before = snapshot(project.path)
    result = run_cli(project, "import", "--lang", "pl", str(path))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert f"{path.as_posix()}, line {line}:" in result.stderr and words in result.stderr, result.stderr
    assert snapshot(project.path) == before, "a refused import changes nothing"


def _xliff_export(project, capsys) -> tuple[Path, etree._ElementTree]:
    campaign(project, capsys, "translations", "export", "--lang", "pl", "--format", "xliff")
    path = project.path / "translations/work/pl-work.xlf"
    return path, etree.parse(str(path))


@pytest.mark.parametrize("language", ["ar", None])
def test_an_xliff_file_for_another_language_or_none_is_refused(work, capsys, language):
    path, tree = _xliff_export(work, capsys)
    keep_only(tree, "getting help", "Report it")
    translate_like_a_tool(tree, POLISH)
    root = tree.getroot()
    if language:
        root.set("trgLang", language)
    else:
        del root.attrib["trgLang"]
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    refused(work, path, line=2, words="is for the language 'ar', not Polish" if language else
            "does not say which language it is in")


@pytest.mark.parametrize("language", ["ar", None])
def test_a_po_file_for_another_language_or_none_is_refused(work, capsys, language):
    campaign(work, capsys, "translations", "export", "--lang", "pl")
    path = work.path / "translations/work/pl-work.po"
    po = polib.pofile(str(path), wrapwidth=0)
    for entry in po:
        if entry.msgid == SENTENCE:
            entry.msgstr = "Coś."
    if language:
        po.metadata["Language"] = language
    else:
        del po.metadata["Language"]
    po.save(str(path))
    line = next(number for number, text in enumerate(path.read_text().splitlines(), start=1)
                if (text.startswith('"Language:') if language else text.startswith("msgstr")))
    refused(work, path, line=line, words="is for the language 'ar', not Polish" if language else
            "does not say which language it is in")


def test_a_target_that_drops_or_invents_an_inline_code_is_refused(work, capsys):
    path, tree = _xliff_export(work, capsys)
    keep_only(tree, "getting help", "Report it")
    translate_like_a_tool(tree, POLISH)
    links = unit_with(tree, "getting help").find(f"{x('segment')}/{x('target')}")
    links[1].getparent().remove(links[1])  # the second link, text and all
    button = unit_with(tree, "Report it").find(f"{x('segment')}/{x('target')}")
    button[-1].set("dataRef", "d9")  # { .md-button } pointing at nothing
    del button[-1].attrib["id"]
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    line = unit_with(etree.parse(str(path)), "getting help").find(x("segment")).sourceline
    refused(work, path, line=line, words="it is missing '{2}'")


@pytest.mark.parametrize("fmt, name", [("po", "work.po"), ("xliff", "work.xlf")])
def test_import_refuses_a_broken_placeholder_and_changes_nothing(project, capsys, fmt, name):
    finish(project)
    change(project, REPORT, TAG)
    out = project.path / name
    assert campaign(project, capsys, "translations", "export", "--lang", "pl", "--format", fmt,
                    "--output", str(out))[0] == 0
    if fmt == "xliff":
        tree = etree.parse(str(out))
        for segment in tree.iter(x("segment")):
            etree.SubElement(segment, x("target")).text = "Zadzwoń na policję."
            segment.set("state", "translated")
        tree.write(str(out), xml_declaration=True, encoding="UTF-8")
        line = next(etree.parse(str(out)).iter(x("segment"))).sourceline
    else:
        text = out.read_text(encoding="utf-8").replace(f'msgid "{TAG}"\nmsgstr ""',
                                                       f'msgid "{TAG}"\nmsgstr "Zadzwoń na policję."')
        out.write_text(text, encoding="utf-8")
        line = next(entry.linenum for entry in polib.pofile(str(out)) if entry.msgid == TAG)
    refused(project, out, line=line, words="[[helpline: crimestoppers]]")


def test_import_refuses_a_unit_whose_english_changed_since_export(project, capsys):
    change(project, REPORT, SENTENCE)
    out = project.path / "work.po"
    assert campaign(project, capsys, "translations", "export", "--lang", "pl", "--output", str(out))[0] == 0
    text = out.read_text(encoding="utf-8").replace(f'msgid "{SENTENCE}"\nmsgstr ""',
                                                   f'msgid "{SENTENCE} Changed."\nmsgstr "Zmienione."')
    out.write_text(text, encoding="utf-8")
    status, _, err = campaign(project, capsys, "translations", "import", "--lang", "pl", str(out))
    assert status == 1 and "does not match any current English text" in err


def test_import_refuses_a_file_that_is_not_xliff_2(project, capsys):
    out = project.path / "old.xlf"
    out.write_text('<?xml version="1.0"?>\n<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"/>\n')
    status, _, err = campaign(project, capsys, "translations", "import", "--lang", "pl", str(out))
    assert status == 1 and f"{out.as_posix()}, line 2: expected an XLIFF 2.0 file" in err


TRICKY = [
    "**Bold [and a link**]{1} that overlap.",  # pairs that do not nest: <sc>/<ec>
    "[![A photo]{1}]{2} and a lone ** mark.",  # an image inside a link, a bold mark with no partner
    "See [the form](report-it.md \"Report\") or `code`, <b>bold</b> and [[force]] {name}.",
    "A character XML cannot hold: \x0b, kept.",
]


@pytest.mark.parametrize("english", TRICKY)
def test_every_kind_of_inline_code_is_valid_xliff_and_comes_back_exactly(tmp_path, schema, english):
    from campaignkit.translations import xliff
    from campaignkit.translations.inline import pieces

    path = tmp_path / "work.xlf"
    path.write_bytes(xliff.document("en", "pl", "pl-work", [xliff.Unit("u1", pieces(english, {"1": "(a.md)"}))]))
    tree = assert_valid(schema, path)
    translate_like_a_tool(tree, {})
    tree.write(str(path), xml_declaration=True, encoding="UTF-8")
    language, _, [unit], problems = xliff.read(path, "work.xlf")
    assert (language, unit.source, unit.target, unit.state, problems) == ("pl", english, english, "done", [])
