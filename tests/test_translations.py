"""The translation pipeline, from the team's side: extract, merge, status, export and import."""

from __future__ import annotations

import json
from pathlib import Path

import markdown
import polib
import pytest

from campaignkit.translations.segments import split_front_matter, translate
from conftest import snapshot
from site_languages import TRANSLATED_CODES

ROOT = Path(__file__).resolve().parent.parent
PL = "translations/pl/pages/report-it.po"
SENTENCE = "Do not worry if you cannot answer everything. Any detail could help."


def entry(project, catalogue: str, msgid: str, context: str | None = None, obsolete: bool = False) -> polib.POEntry | None:
    for item in polib.pofile(str(project.path / catalogue)):
        if item.msgid == msgid and item.msgctxt == context and item.obsolete == obsolete:
            return item
    return None


def set_translation(project, catalogue: str, msgid: str, msgstr: str, context: str | None = None) -> None:
    path = project.path / catalogue
    po = polib.pofile(str(path), wrapwidth=0)
    for item in po:
        if item.msgid == msgid and item.msgctxt == context and not item.obsolete:
            item.msgstr = msgstr
            if "fuzzy" in item.flags:
                item.flags.remove("fuzzy")
            po.save(str(path))
            return
    raise AssertionError(f"{msgid!r} not in {catalogue}")



# -- the committed catalogues --------------------------------------------------------

def test_committed_catalogues_are_up_to_date_with_the_english(project):
    result = project.campaign("translations", "extract")
    assert result.returncode == 0, result.stderr
    assert "templates/" not in result.stdout, "run 'campaign translations extract' and commit the result"
    for path in sorted((project.path / "translations/templates").rglob("*.pot")):
        wanted = {(e.msgctxt, e.msgid) for e in polib.pofile(str(path))}
        relative = path.relative_to(project.path / "translations/templates").with_suffix(".po")
        have = {(e.msgctxt, e.msgid) for e in polib.pofile(str(project.path / "translations/pl" / relative))
                if not e.obsolete}
        assert have == wanted, relative


@pytest.mark.parametrize("code", TRANSLATED_CODES)
def test_each_translation_is_complete_and_marked_as_a_draft(code):
    for path in sorted((ROOT / "translations" / code).rglob("*.po")):
        catalogue = polib.pofile(str(path))
        assert catalogue.metadata["X-Review-Status"] == "draft", path
        assert "DRAFT" in catalogue.header, path
        assert catalogue.untranslated_entries() == [], path
        assert catalogue.fuzzy_entries() == [], path


# -- extract and merge ---------------------------------------------------------------

def test_an_english_edit_makes_the_translation_fuzzy_and_keeps_it(project):
    set_translation(project, PL, SENTENCE, "Nie martw się, jeśli nie znasz wszystkich odpowiedzi.")
    project.edit("docs/report-it.md", SENTENCE, "Do not worry if you cannot answer every question. Any detail could help.")
    result = project.campaign("translations", "extract")
    assert result.returncode == 0, result.stderr
    changed = entry(project, PL, "Do not worry if you cannot answer every question. Any detail could help.")
    assert "fuzzy" in changed.flags
    assert changed.msgstr == "Nie martw się, jeśli nie znasz wszystkich odpowiedzi."
    assert changed.previous_msgid == SENTENCE


def test_a_removed_paragraph_becomes_obsolete_and_comes_back_with_its_translation(project):
    set_translation(project, PL, SENTENCE, "Nie martw się, jeśli nie znasz wszystkich odpowiedzi.")
    project.edit("docs/report-it.md", SENTENCE + "\n", "")
    assert project.campaign("translations", "extract").returncode == 0
    assert entry(project, PL, SENTENCE) is None
    assert entry(project, PL, SENTENCE, obsolete=True).msgstr == "Nie martw się, jeśli nie znasz wszystkich odpowiedzi."
    project.edit("docs/report-it.md", "## Stay safe", SENTENCE + "\n\n## Stay safe")
    assert project.campaign("translations", "extract").returncode == 0
    back = entry(project, PL, SENTENCE)
    assert back.msgstr == "Nie martw się, jeśli nie znasz wszystkich odpowiedzi." and "fuzzy" not in back.flags
    assert entry(project, PL, SENTENCE, obsolete=True) is None


def test_extract_never_loses_a_translation(project):
    before = [e for f in (project.path / "translations/pl").rglob("*.po") for e in polib.pofile(str(f)) if e.msgstr]
    project.write("docs/report-it.md", "---\ntitle: Report it\n---\n\n# Report it\n\nAll new text.\n")
    assert project.campaign("translations", "extract").returncode == 0
    after = {(e.msgctxt, e.msgid, e.msgstr) for f in (project.path / "translations/pl").rglob("*.po")
             for e in polib.pofile(str(f))}
    assert all((e.msgctxt, e.msgid, e.msgstr) in after for e in before)


def test_a_new_language_gets_its_catalogues(project):
    project.edit("mkdocs.yml", "      languages:\n        - code: pl",
                 "      languages:\n        - code: uk\n          review: draft\n        - code: pl")
    result = project.campaign("translations", "extract")
    assert result.returncode == 0, result.stderr
    catalogue = polib.pofile(str(project.path / "translations/uk/interface.po"))
    assert catalogue.metadata["Language"] == "uk" and catalogue.metadata["X-Review-Status"] == "draft"
    assert (project.path / "translations/uk/pages/report-it.po").is_file()


def test_an_unknown_language_is_refused_with_its_line(project):
    project.edit("mkdocs.yml", "        - code: pl", "        - code: xx")
    result = project.check()
    assert result.returncode == 1
    line = next(n for n, text in enumerate(project.config.read_text().splitlines(), 1) if "code: xx" in text)
    assert f"mkdocs.yml, line {line}" in result.stderr and "'xx' is not a language" in result.stderr


# -- placeholders --------------------------------------------------------------------

@pytest.mark.parametrize("msgid, broken", [
    ("Call [[helpline: crimestoppers]].", "Zadzwoń [[helpline: police]]."),
    ("More information on the [GLAA website]{1}.", "Więcej informacji na stronie GLAA."),
    ("**When:** the date and time.", "Kiedy: data i godzina."),
])
def test_a_translation_that_breaks_a_placeholder_stops_the_build_naming_file_and_line(project, msgid, broken):
    set_translation(project, PL, msgid, broken)
    line = entry(project, PL, msgid).linenum
    for result in (project.build(), project.check()):
        assert result.returncode != 0
        assert f"{PL}, line {line}" in result.stderr, result.stderr
        assert "does not keep what must stay unchanged" in result.stderr


def test_a_broken_catalogue_stops_build_check_and_status_naming_file_and_line(project):
    path = project.path / PL
    lines = path.read_text(encoding="utf-8").splitlines()
    number = next(n for n, text in enumerate(lines, start=1) if text.startswith("msgstr ") and n > 20)
    lines[number - 1] = 'msgstr "a "quoted" word"'
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    before = path.read_bytes()
    for result in (project.build(), project.check(), project.campaign("translations", "status")):
        assert result.returncode != 0
        assert f"{PL}, line {number}: 'quoted\"' is not part of a catalogue entry" in result.stderr, result.stderr
        assert 'write it as \\"' in result.stderr
        assert "Traceback" not in result.stderr
    assert path.read_bytes() == before


def test_status_lists_placeholder_problems_and_fails(project):
    set_translation(project, PL, "Call [[helpline: crimestoppers]].", "Zadzwoń pod 0800 555 112.")
    result = project.campaign("translations", "status")
    assert result.returncode == 1
    assert f"{PL}, line" in result.stderr and "it adds the number 0800 555 112" in result.stderr


# -- status --------------------------------------------------------------------------

def test_status_reports_each_page_as_a_table_and_as_json(project):
    project.edit("docs/report-it.md", SENTENCE, "A sentence nobody has translated yet.")
    table = project.campaign("translations", "status")
    assert table.returncode == 0, table.stderr
    row = next(line for line in table.stdout.splitlines() if "report-it.md" in line)
    assert row.split()[:5] == ["pl", "report-it.md", row.split()[2], "0", "1"]
    data = json.loads(project.campaign("translations", "status", "--json").stdout)
    page = next(item for item in data["catalogues"] if item["catalogue"] == "report-it.md")
    assert page["untranslated"] == 1 and page["fuzzy"] == 0 and page["percent"] < 100
    assert data["languages"]["pl"]["translated"] > 0


def test_status_fails_under_a_threshold(project):
    assert project.campaign("translations", "status", "--fail-under", "90").returncode == 0
    project.write("docs/extra.md", "---\ntitle: Extra\n---\n\n" + "\n\n".join(f"Paragraph {n}." for n in range(600)) + "\n")
    result = project.campaign("translations", "status", "--fail-under", "90")
    assert result.returncode == 1 and "under 90%" in result.stderr


# Export and import: tests/test_exchange.py


# -- round trip and authoring ---------------------------------------------------------

def _extensions() -> tuple[list, dict]:
    from mkdocs.utils import yaml_load  # MkDocs' own reader: it knows !!python/name and !ENV

    with open(ROOT / "mkdocs.yml", encoding="utf-8") as file:
        config = yaml_load(file)
    names, configs = [], {}
    for item in config["markdown_extensions"]:
        name = next(iter(item)) if isinstance(item, dict) else item
        names.append(name)
        if isinstance(item, dict) and item[name]:
            configs[name] = item[name]
    return names, configs


@pytest.mark.parametrize("page", sorted(p.name for p in (ROOT / "docs").glob("*.md")))
def test_every_english_page_survives_a_round_trip_unchanged(page):
    source = (ROOT / "docs" / page).read_text(encoding="utf-8")
    names, configs = _extensions()
    again = translate(source, lambda text: text)
    render = lambda text: markdown.Markdown(extensions=names, extension_configs=configs).convert(split_front_matter(text)[1])
    assert render(again) == render(source)
    assert split_front_matter(again)[0] == split_front_matter(source)[0]


@pytest.mark.parametrize("text, line, words", [
    ('!!! warning "Careful"\n    Straight after the title.\n', 8, "empty line between a box's title"),
    ("A paragraph.\n{ #anchor }\n", 9, "on a line of its own"),
    ("[Report it](report-it.md)\n{ .md-button }\n", 9, "right after the link"),
    ("First line  \nsecond line.\n", 8, "forced line break"),
])
def test_authoring_checks_name_the_line_in_check_and_build(project, text, line, words):
    project.write("docs/extra.md", "---\ntitle: Extra\ndescription: A page.\n---\n\n# Extra\n\n" + text)
    for result in (project.check(), project.build()):
        assert result.returncode != 0
        assert f"docs/extra.md, line {line}" in result.stderr and words in result.stderr, result.stderr


# -- glossaries ------------------------------------------------------------------------

@pytest.mark.parametrize("code", TRANSLATED_CODES)
def test_each_language_has_a_draft_glossary_giving_every_term(code):
    import yaml

    master = yaml.safe_load((ROOT / "translations" / "glossary.yml").read_text(encoding="utf-8"))
    glossary = yaml.safe_load((ROOT / "translations" / code / "glossary.yml").read_text(encoding="utf-8"))
    assert glossary["review"] == "draft"
    missing = {term["id"] for term in master["terms"]} - set(glossary["terms"])
    assert not missing, f"{code}: {sorted(missing)}"
    for term_id, rendering in glossary["terms"].items():
        assert rendering["term"], (code, term_id)


def test_every_translation_follows_its_languages_glossary(project):
    result = project.campaign("translations", "status", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["glossary"] == []


def test_a_translation_that_leaves_the_glossary_aside_is_listed_with_its_line(project):
    catalogue = "translations/fa/pages/report-it.po"
    msgid = "Never confront anyone you think is involved."
    set_translation(project, catalogue, msgid, "هرگز با کسی که فکر می‌کنید درگیر است مقابله نکنید.")
    line = entry(project, catalogue, msgid).linenum
    result = project.campaign("translations", "status", "--lang", "fa")
    assert result.returncode == 0, "a glossary miss is shown, but does not stop anything"
    assert f"Glossary: {catalogue}, line {line}: the glossary says not to write 'مقابله نکنید'" in result.stderr
    assert f"Glossary: {catalogue}, line {line}: the English uses the term 'never-confront'" in result.stderr
