"""What a comms officer or a translator types that must not reach readers as it is.

Content loaded from another website, scripts, pages not saved as UTF-8 and
invisible characters stop the build and `campaign check` at their file and line;
a phone number typed by hand is a warning that lets even a strict build pass.
Every case also checks that nothing in the project was changed and no traceback shown.
"""

from __future__ import annotations

import subprocess

import polib
import pytest

from campaignkit.authoring import check_invisible, check_outside_content, check_translation_input

from conftest import ROOT, Project, snapshot

PAGE = "docs/get-help.md"
SENTENCE = "You do not have to decide anything right now. You can just talk."
CATALOGUE = "translations/{code}/pages/get-help.po"



def line_of(project: Project, relative: str, text: str) -> int:
    lines = (project.path / relative).read_text(encoding="utf-8").split("\n")
    return next(number for number, line in enumerate(lines, start=1) if text in line)


def add_to_page(project: Project, markup: str) -> int:
    """Put `markup` in a paragraph of its own after the sentence; the line it is on."""
    project.edit(PAGE, SENTENCE, f"{SENTENCE}\n\n{markup}")
    return line_of(project, PAGE, SENTENCE) + 2


def add_to_translation(project: Project, code: str, text: str) -> tuple[str, int]:
    """Add `text` (PO-escaped) to the sentence's translation; the catalogue and the entry's line."""
    catalogue = CATALOGUE.format(code=code)
    entry = next(e for e in polib.pofile(str(project.path / catalogue)) if e.msgid == SENTENCE)
    escaped = entry.msgstr.replace('"', '\\"')
    project.edit(catalogue, f'msgstr "{escaped}"', f'msgstr "{escaped}{text}"')
    return catalogue, entry.linenum


def run_both(project: Project, build: bool) -> list[subprocess.CompletedProcess]:
    before = snapshot(project.path)
    results = [project.check()] + ([project.build()] if build else [])
    assert snapshot(project.path) == before, "checking or building changed a file of the project"
    return results


def assert_refused(results: list[subprocess.CompletedProcess], expected: str) -> None:
    for result in results:
        output = result.stdout + result.stderr
        assert result.returncode == 1, output
        assert expected in output, output
        assert "Traceback" not in output, output


ELSEWHERE = "would be loaded from another website. This site never loads anything from another website"
PAGE_CONTENT = {
    "markdown-image": ("![A poster](https://cdn.example.org/poster.png)", "the picture 'https://cdn.example.org/"
                       "poster.png' " + ELSEWHERE, "Save the picture in docs/assets/", False),
    "reference-image": ("![A poster][poster]\n\n[poster]: https://cdn.example.org/poster.png",
                        "the picture 'https://cdn.example.org/poster.png' " + ELSEWHERE, "docs/assets/", False),
    "html-image": ('<img src="//cdn.example.org/poster.png" alt="A poster">',
                   "the picture '//cdn.example.org/poster.png' " + ELSEWHERE, "a reader's visit must leave no trace",
                   True),
    "iframe": ('<iframe src="https://www.youtube.com/embed/abc" title="Our video"></iframe>',
               "the embedded page 'https://www.youtube.com/embed/abc' " + ELSEWHERE, "Link to the page instead", False),
    "script-src": ('<script src="https://cdn.example.org/widget.js"></script>',
                   "the script 'https://cdn.example.org/widget.js' " + ELSEWHERE, "security policy blocks it", False),
    "stylesheet": ('<link rel="stylesheet" href="https://fonts.example.org/a.css">',
                   "the stylesheet 'https://fonts.example.org/a.css' " + ELSEWHERE, "Remove it", False),
    "css-import": ('<style>@import url("https://fonts.example.org/a.css");</style>',
                   "the stylesheet 'https://fonts.example.org/a.css' " + ELSEWHERE, "Remove it", False),
    "inline-script": ('<script>document.title = "Hello";</script>', "a page cannot contain a script (<script>)",
                      "Remove it", False),
    "onclick": ('<button onclick="report()">Report</button>', "'onclick' runs a script when the reader clicks or taps",
                "Remove it", False),
}
TRANSLATED_CONTENT = {
    "markdown-image": (" ![Plakat](https://cdn.example.org/plakat.png)",
                       "the picture 'https://cdn.example.org/plakat.png' " + ELSEWHERE, True),
    "html-image": (' <img src="https://cdn.example.org/plakat.png" alt="Plakat">',
                   "the picture 'https://cdn.example.org/plakat.png' " + ELSEWHERE, False),
    "onclick": (' <a href="report-it.md" onclick="go()">Zgłoś</a>', "'onclick' runs a script", False),
}


@pytest.mark.parametrize("where, variant", [("page", name) for name in PAGE_CONTENT]
                         + [("translation", name) for name in TRANSLATED_CONTENT])
def test_content_from_another_website_or_a_script_stops_build_and_check_at_its_line(project, where, variant):
    if where == "page":
        markup, message, advice, build = PAGE_CONTENT[variant]
        expected = f"{PAGE}, line {add_to_page(project, markup)}: {message}"
    else:
        text, message, build = TRANSLATED_CONTENT[variant]
        catalogue, line = add_to_translation(project, "pl", text.replace('"', '\\"'))
        expected = f"{catalogue}, line {line}: {message}"
        advice = "Remove it" if variant == "onclick" else "docs/assets/"
    results = run_both(project, build)
    assert_refused(results, expected)
    assert advice in results[0].stderr
    assert "does not keep what must stay unchanged" not in results[0].stderr, "one mistake, one message"


def test_links_to_other_websites_and_pictures_of_the_site_itself_are_fine():
    page = """---
title: Links
---
Read [the law](https://www.legislation.gov.uk/ukpga/2015/30) or <a href="https://www.gov.uk">GOV.UK</a>.
![Logo](assets/logo.svg) <img src="assets/logo.svg" alt="Logo"> ![Dot](data:image/png;base64,iVBORw0KGgo=)
To embed a video, sites write `<iframe src="https://www.youtube.com/embed/abc">`; this one does not.

```html
<script src="https://cdn.example.org/widget.js"></script>
```
<!-- <img src="https://cdn.example.org/old.png">
![Old](https://cdn.example.org/old.png) -->
"""
    assert check_outside_content(page, "docs/links.md") == []


def test_a_translation_that_copies_the_englishs_mistake_is_left_to_the_english_page():
    english = "See ![the poster](https://cdn.example.org/poster.png)\u200b."
    assert check_translation_input("Zobacz ![plakat](https://cdn.example.org/poster.png)\u200b.", "pl.po", 9,
                                   english) == []
    assert [p.line for p in check_translation_input("Zobacz ![plakat](https://cdn.example.org/inny.png).",
                                                    "pl.po", 9, english)] == [9]


ENGLISH_INVISIBLE = {
    "right-to-left-override": ("You can just talk\u202e.", "RIGHT-TO-LEFT OVERRIDE (U+202E)", True),
    "zero-width-space": ("You can just\u200btalk.", "ZERO WIDTH SPACE (U+200B)", False),
    "byte-order-mark-inside": ("You can \ufeffjust talk.", "ZERO WIDTH NO-BREAK SPACE (U+FEFF)", False),
}
TRANSLATED_INVISIBLE = {
    "right-to-left-isolate": ("ar", "\u2067 \u2069", "RIGHT-TO-LEFT ISOLATE (U+2067)", True),
    "mark-inside-a-number": ("ar", " 0800\u200f 555", "RIGHT-TO-LEFT MARK (U+200F)", False),
    "word-joiner": ("pl", "\u2060", "WORD JOINER (U+2060)", False),
}


@pytest.mark.parametrize("where, variant", [("page", name) for name in ENGLISH_INVISIBLE]
                         + [("translation", name) for name in TRANSLATED_INVISIBLE])
def test_invisible_characters_stop_build_and_check_naming_the_character(project, where, variant):
    if where == "page":
        text, name, build = ENGLISH_INVISIBLE[variant]
        project.edit(PAGE, "You can just talk.", text)
        expected = f"{PAGE}, line {line_of(project, PAGE, 'You do not have to decide')}: this line has "
    else:
        code, text, name, build = TRANSLATED_INVISIBLE[variant]
        catalogue, line = add_to_translation(project, code, text)
        expected = f"{catalogue}, line {line}: this translation has "
    results = run_both(project, build)
    assert_refused(results, expected)
    assert name in results[0].stderr
    if name.startswith(("RIGHT-TO-LEFT", "LEFT-TO-RIGHT")):  # direction controls and marks
        assert "The site already sets the direction of each language" in results[0].stderr


def test_characters_languages_need_are_kept_and_the_committed_site_has_none_to_refuse():
    allowed = ("می\u200cخواهم", "क्\u200dष", "\ufeffTitle", "اتصل بـ Crimestoppers\u200f.", "auto\u00admatic",
               "Wales \U0001f3f4\U000e0067\U000e0062\U000e0077\U000e006c\U000e0073\U000e007f")
    assert [check_invisible(text, "x") for text in allowed] == [[]] * len(allowed)
    for path in [*ROOT.joinpath("docs").rglob("*.md"), *ROOT.joinpath("translations").rglob("*.po")]:
        label = path.relative_to(ROOT).as_posix()
        if path.suffix == ".md":
            text = path.read_text(encoding="utf-8-sig")
            assert check_invisible(text, label) + check_outside_content(text, label) == []
        else:
            for entry in polib.pofile(str(path)):
                found = check_invisible(entry.msgstr, label, line=entry.linenum)
                assert found + check_outside_content(entry.msgstr, label, line=entry.linenum) == []


def _windows_1252(project: Project) -> tuple[str, int]:
    path = project.path / PAGE
    line = line_of(project, PAGE, SENTENCE)
    saved = SENTENCE.replace("do not", "don’t").encode("cp1252")  # the apostrophe is byte 0x92
    path.write_bytes(path.read_bytes().replace(SENTENCE.encode(), saved))
    return PAGE, line


def _utf16(project: Project) -> tuple[str, int]:
    path = project.path / PAGE
    path.write_bytes(path.read_text(encoding="utf-8").encode("utf-16"))
    return PAGE, 1


def _settings(project: Project) -> tuple[str, int | None]:
    data = project.config.read_bytes()
    line = data[:data.index("Northvale Police".encode())].count(b"\n") + 1
    project.config.write_bytes(data.replace("Northvale Police".encode(), "Northvale Polic\xe9".encode("latin-1"), 1))
    return "mkdocs.yml", line


ENCODINGS = {
    "windows-1252-page": (_windows_1252, 'comes after "You don". Save it as UTF-8 in your editor', True),
    "utf-16-page": (_utf16, "this page is saved as 'Unicode' (UTF-16), which the site cannot read. Save it as "
                            "UTF-8 in your editor", False),
    "settings-file": (_settings, 'comes after "e_name: Modern slavery - Northvale Polic". Save it as UTF-8 in your '
                                 "editor", False),
}


@pytest.mark.parametrize("variant", list(ENCODINGS))
def test_a_file_not_saved_as_utf8_is_named_with_its_line_and_what_to_do(project, variant):
    change, advice, build = ENCODINGS[variant]
    file, line = change(project)
    results = run_both(project, build)
    where = f"{file}, line {line}: " if line else f"{file}: "
    for result in results:
        output = result.stdout + result.stderr
        assert result.returncode == (2 if variant == "settings-file" else 1), output
        assert where in output and advice in output, output
        assert "Traceback" not in output and "UnicodeDecodeError" not in output, output


def test_a_phone_number_typed_by_hand_is_a_warning_naming_the_tag_and_the_strict_build_passes(project):
    typed = "Call Crimestoppers on 0800 555 111, or 999 in an emergency. Our office is on 0161 496 0000."
    numbers = ("In 2025, 17,004 people were referred under section 1(5) of the Act. On 18/10/2027 at 10:30, "
               "100% of them, and Room 101 is closed.")
    project.edit(PAGE, SENTENCE, f"{SENTENCE}\n\n{typed}\n\n{numbers}")
    line = line_of(project, PAGE, typed)
    check, build = run_both(project, build=True)
    assert check.returncode == 0, check.stderr
    assert build.returncode == 0, build.stderr
    assert "warnings to look at" in check.stdout
    where = f"{PAGE}, line {line}: the phone number"
    for output, prefix in ((check.stderr, "Warning: "), (build.stderr, "Warning: ")):
        assert "Traceback" not in output
        assert f"{prefix}{where} 0800 555 111 is typed into the text" in output, output
        assert "Write [[helpline: crimestoppers]] instead" in output
        assert f"{where} 999 is typed" in output and "Write [[helpline: emergency]] instead" in output
        assert f"{where} 0161 496 0000 is typed" in output and "then write [[helpline: ID]] here" in output
        assert f"{PAGE}, line {line + 2}:" not in output, "dates, years, statistics and sections are not phone numbers"
