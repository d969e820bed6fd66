"""Catalogues as translators' tools write them: read as strictly as GNU gettext, written as msgcat wraps them."""

from __future__ import annotations

import subprocess
from pathlib import Path

import polib
import pytest

from campaignkit.translations import catalogue as po
from campaignkit.translations.languages import Language, cldr_locale, parse_code
from campaignkit.translations.placeholders import difference, line_breaks
from campaignkit.translations.strict import check
from campaignkit.translations.tags import same_language
from conftest import snapshot
from test_translations import PL, entry, set_translation

ROOT = Path(__file__).parent.parent
HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: pl\\n"\n\n'
BROKEN = {
    "closing quote missing": ('msgid "Report it"\nmsgstr "Zgłoś\n', 7),
    "cut off mid-string": ('msgid "Report it"\nmsgstr "Zgł', 7),
    "cut off before msgstr": ('msgid "Report it"\n', 6),
    "keyword without text": ('msgid "Report it"\nmsgstr\n\nmsgid "Help"\nmsgstr "Pomoc"\n', 7),
    "bad escape": ('msgid "Report it"\nmsgstr "Zgłoś\\q"\n', 7),
    "quote inside the text": ('msgid "Report it"\nmsgstr "a "quoted" word"\n', 7),
    "duplicate entry": ('msgid "Help"\nmsgstr "Pomoc"\n\nmsgid "Help"\nmsgstr "Pomoc"\n', 9),
    "trailing line break": ('msgid "Report it"\nmsgstr "Zgłoś\\n"\n', 7),
    "leading line break": ('msgid "Report it"\nmsgstr "\\nZgłoś"\n', 7),
    "comment inside an entry": ('msgid "Report it"\n# note\nmsgstr "Zgłoś"\n', 7),
    "mixed obsolete": ('msgid "Report it"\n#~ msgstr "Zgłoś"\n', 7),
    "msgstr without msgid": ('msgstr "Zgłoś"\n', 6),
}


def msgfmt(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(path)], capture_output=True, text=True)


@pytest.mark.parametrize("name", BROKEN)
def test_what_gettext_refuses_is_refused_with_its_line(tmp_path, name):
    body, line = BROKEN[name]
    path = tmp_path / "sample.po"
    path.write_text(HEADER + body, encoding="utf-8")
    assert msgfmt(path).returncode != 0, "GNU gettext accepts this sample, so it must not be refused"
    problems = check(path.read_text(encoding="utf-8"), "sample.po")
    assert problems and problems[0].line == line, problems
    assert str(problems[0]).startswith(f"sample.po, line {line}: ")


@pytest.mark.parametrize("body", ['msgid "a"\nmsgstr\n"b"\n', 'msgid "a"\nmsgstr "b" # note\n',
                                  'msgid "a" "b"\nmsgstr "c\\td\\x41\\101"\n', '#~ msgid "old"\n#~ msgstr "stary"\n',
                                  '#, fuzzy\n#| msgid "old"\nmsgid "a"\nmsgstr "b\\n"\n'])
def test_what_gettext_accepts_is_accepted(tmp_path, body):
    path = tmp_path / "sample.po"
    path.write_text(HEADER + body, encoding="utf-8")
    assert msgfmt(path).returncode == 0
    assert check(path.read_text(encoding="utf-8"), "sample.po") == []


def test_every_committed_catalogue_passes_gettext_and_the_strict_reader():
    paths = sorted((ROOT / "translations").rglob("*.po")) + sorted((ROOT / "translations").rglob("*.pot"))
    assert len(paths) > 10
    for path in paths:
        result = msgfmt(path)
        assert result.returncode == 0, result.stderr
        assert check(path.read_text(encoding="utf-8"), path.name) == []
        catalogue = po.read(path)
        if path.suffix == ".po":
            assert "Plural-Forms" in catalogue.metadata, path


def test_a_cut_off_catalogue_stops_check_status_and_extract_and_nothing_changes(project):
    path = project.path / PL
    text = path.read_text(encoding="utf-8")
    cut = text.index('msgstr "', len(text) // 2) + 12
    path.write_text(text[:cut], encoding="utf-8")
    line = text[:cut].count("\n") + 1
    before = snapshot(project.path)
    for result in (project.check(), project.campaign("translations", "status"),
                   project.campaign("translations", "extract")):
        assert result.returncode != 0
        assert f"{PL}, line {line}: the text that starts here has no closing double quote" in result.stderr, \
            result.stderr
        assert "Traceback" not in result.stderr
    assert snapshot(project.path) == before


def test_a_line_break_in_a_translation_is_refused_with_file_and_line(project):
    set_translation(project, PL, "Report it", "Zgłoś\nto")
    line = entry(project, PL, "Report it").linenum
    before = snapshot(project.path)
    for result in (project.check(), project.campaign("translations", "status")):
        assert result.returncode != 0
        assert f"{PL}, line {line}: " in result.stderr and "put it all on one line" in result.stderr, result.stderr
        assert "Traceback" not in result.stderr
    assert snapshot(project.path) == before


def test_line_breaks_gives_a_reason_only_for_a_changed_line_break():
    assert line_breaks("Report it", "Zgłoś to") is None
    assert "put it all on one line" in line_breaks("Report it", "Zgłoś\n        to")
    assert line_breaks("one\ntwo", "jeden\ndwa") is None


def test_a_catalogue_for_another_language_stops_check_and_status(project):
    project.edit(PL, '"Language: pl\\n"', '"Language: ar\\n"')
    line = next(n for n, text in enumerate((project.path / PL).read_text(encoding="utf-8").splitlines(), 1)
                if text.startswith('"Language:'))
    before = snapshot(project.path)
    for result in (project.check(), project.campaign("translations", "status"),
                   project.campaign("translations", "extract")):
        assert result.returncode != 0
        assert f"{PL}, line {line}: this catalogue is for the language 'ar'" in result.stderr, result.stderr
        assert "Traceback" not in result.stderr
    assert snapshot(project.path) == before
    project.edit(PL, '"Language: ar\\n"', '"Language: pl_PL\\n"')
    assert project.campaign("translations", "status").returncode == 0


@pytest.mark.parametrize("site, written, same", [
    ("pl", "pl", True), ("pl", "pl-PL", True), ("pl", "pl_pl", True), ("pl", "PL", True), ("ar", "pl", False),
    ("zh-Hans", "zh_CN", True), ("zh-Hans", "zh-Hant", False), ("zh-Hans", "zh-TW", False),
    ("es-419", "es", True), ("prs", "prs-AF", True), ("pl", "", False), ("pl", "pl-", False),
])
def test_language_tags_are_compared_as_bcp_47(site, written, same):
    assert same_language(site, written) is same


@pytest.mark.parametrize("source, translation, refused", [
    ("Open 9pm to 8am", "Otwarte od 20:00 do 8:00", "it is missing the time 9pm; it adds the time 20:00"),
    ("Open 9pm to 8am", "Otwarte od 21:00 do 8:00", None),
    ("Open 9pm to 8am", "Otwarte od 21.00 do 08:00", None),
    ("Open 9pm to 8am", "Ouvert de 21h à 8h", None),
    ("Open 9pm to 8am", "من 9 مساءً إلى 8 صباحًا", None),
    ("Open 9pm to 8am", "از ساعت ۲۱ تا ۸ صبح", None),
    ("Open 24/7", "Czynne 24/7", None),
    ("Open 24/7", "Czynne 24/5", "it adds the number 5"),
    ("24 hours a day", "Całą dobę", None),
    ("About 1 in 5 people", "Około 1 na 4 osoby", "it adds the number 4"),
    ("Within 7 days", "W ciągu 14 dni", "it adds the number 14"),
    ("Call 0800 555 111", "Zadzwoń pod ۰۸۰۰ ۵۵۵ ۱۱۱", None),
    ("Call 0800 555 111", "Zadzwoń", "it is missing the number 0800 555 111"),
    ("23,411 people", "23 411 osób", None),
    ("In an emergency, call 999.", "紧急情况下，请拨打999。", None),  # Chinese: no space needed beside a number
    ("In an emergency, call 999.", "紧急情况下，请拨打 998。", "it adds the number 998"),
    ("In 2024, 23,411 people", "2024 年有 23,411 人；2024 年", "it adds the number 2024"),  # twice: refused, no crash
])
def test_every_number_and_time_is_compared(source, translation, refused):
    found = difference(source, translation)
    assert found == refused if refused is None else refused in (found or "")


def test_extract_keeps_every_flag_and_drops_fuzzy_only_from_an_empty_translation(project):
    path = project.path / PL
    catalogue = polib.pofile(str(path), wrapwidth=0)
    kept = next(item for item in catalogue if item.msgstr and not item.obsolete)
    empty = next(item for item in catalogue if item.msgstr and not item.obsolete and item is not kept)
    kept.flags = ["python-format", "max-length:80", "ignore-end:."]
    empty.msgstr, empty.flags = "", ["fuzzy", "max-length:120"]
    catalogue.save(str(path))
    assert project.campaign("translations", "extract").returncode == 0
    assert entry(project, PL, kept.msgid).flags == ["python-format", "max-length:80", "ignore-end:."]
    assert entry(project, PL, empty.msgid).flags == ["max-length:120"]
    again = snapshot(project.path)
    assert project.campaign("translations", "extract").returncode == 0
    assert snapshot(project.path) == again, "a second extract changes nothing"


def test_a_written_catalogue_is_wrapped_as_msgcat_wraps_it(tmp_path):
    language = Language("pl", "Polish", "Polski", "ltr", 80, "draft")
    catalogue = po.new_catalogue(language, "Campaign: report-it.md")
    sentence = ("If you think someone is a victim of modern slavery, tell someone. You do not need to be sure. "
                "Your report could help keep someone safe, and it can be made without giving your name.")
    catalogue.append(polib.POEntry(msgid=sentence, msgstr="Jeśli myślisz, że ktoś jest ofiarą współczesnego "
                                   "niewolnictwa, powiedz o tym komuś. Nie musisz mieć pewności.",
                                   occurrences=[("docs/report-it.md", "9")]))
    catalogue.append(polib.POEntry(msgid="Short", msgstr="Krótko", flags=["python-format"]))
    catalogue.append(polib.POEntry(msgid=sentence + " Old.", msgstr="Stare tłumaczenie, które już nie jest używane "
                                   "na żadnej stronie, ale zostaje na wypadek powrotu tekstu.", obsolete=True))
    path = tmp_path / "report-it.po"
    po.write(catalogue, path)
    written = path.read_bytes()
    assert max(len(line) for line in written.decode().splitlines() if line.startswith('"')) <= 79
    assert subprocess.run(["msgcat", str(path)], capture_output=True, check=True).stdout == written
    assert list(tmp_path.iterdir()) == [path], "no temporary file is left beside the catalogue"


def test_an_interrupted_write_leaves_the_old_catalogue_whole(tmp_path, monkeypatch):
    path = tmp_path / "interface.po"
    path.write_text(HEADER, encoding="utf-8")
    catalogue = po.new_catalogue(None, "Campaign: interface")
    catalogue.append(polib.POEntry(msgid="Help", msgstr=""))

    def fail(*args):
        raise OSError("disk full")

    monkeypatch.setattr(po.os, "replace", fail)
    with pytest.raises(OSError):
        po.write(catalogue, path)
    assert path.read_text(encoding="utf-8") == HEADER
    assert list(tmp_path.iterdir()) == [path]


@pytest.mark.parametrize("code, cldr, direction", [("es-419", "es_419", "left-to-right"),
                                                   ("prs", "fa_AF", "right-to-left")])
def test_bcp_47_codes_and_cldr_aliases_are_accepted(code, cldr, direction):
    assert parse_code(code) == code
    assert str(cldr_locale(code)) == cldr and cldr_locale(code).character_order == direction


def test_a_dari_catalogue_is_made_with_the_code_as_written(tmp_path):
    language = Language("prs", "Dari", "دری", "rtl", 80, "draft")
    catalogue = po.new_catalogue(language, "Campaign: interface")
    assert catalogue.metadata["Language"] == "prs" and catalogue.metadata["Plural-Forms"].startswith("nplurals=")


@pytest.mark.parametrize("code, instead", [("prs", "fa-AF"), ("es-419", "es")])
def test_a_code_the_language_folders_cannot_take_is_refused_with_the_code_to_use(project, code, instead):
    text = project.config.read_text(encoding="utf-8")
    line = text.splitlines().index("        - code: pl") + 1
    project.edit("mkdocs.yml", "        - code: pl\n", f"        - code: {code}\n")
    result = project.check()
    assert result.returncode == 1
    assert f"mkdocs.yml, line {line}: campaign → languages → item 1 → code: '{code}'" in result.stderr
    assert f"Use '{instead}' instead" in result.stderr and "Traceback" not in result.stderr
