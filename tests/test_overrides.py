"""`campaign override`: copies of engine templates in overrides/, and the warning when the engine's changes."""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

import campaignkit
from campaignkit import __version__

ENGINE = Path(campaignkit.__file__).parent
RECORD = re.compile(r"\{# Copied from Campaign Kit (\S+), (\S+), sha256 ([0-9a-f]{64}): .* -#\}\n")


def engine_file(relative: str) -> bytes:
    return (ENGINE / relative).read_bytes()


def test_override_copies_the_template_with_its_record_and_the_build_uses_it(project):
    result = project.campaign("override", "partials/copyright.html")
    assert result.returncode == 0, result.stderr
    assert "overrides/partials/copyright.html" in result.stdout
    copy = (project.path / "overrides/partials/copyright.html").read_text(encoding="utf-8")
    record = RECORD.match(copy)
    assert record, copy.splitlines()[0]
    engine = engine_file("theme/templates/partials/copyright.html")
    assert record.groups() == (__version__, "campaignkit/theme/templates/partials/copyright.html",
                               hashlib.sha256(engine).hexdigest())
    assert copy[record.end():] == engine.decode("utf-8")

    project.edit("overrides/partials/copyright.html", '<div class="md-copyright ck-footer">',
                 '<div class="md-copyright ck-footer"><p>Northvale footer test</p>')
    build = project.build()
    assert build.returncode == 0, build.stderr
    assert "Northvale footer test" in project.html()
    assert "overrides/partials/copyright.html" not in build.stderr  # a current copy is not warned about


def test_a_second_copy_of_the_same_template_is_refused(project):
    assert project.campaign("override", "main.html").returncode == 0
    project.edit("overrides/main.html", "{% extends", "{# the force's change #}\n{% extends")
    result = project.campaign("override", "main.html")
    assert result.returncode == 1
    assert "overrides/main.html already exists, so nothing was copied" in result.stderr
    assert "the force's change" in (project.path / "overrides/main.html").read_text(encoding="utf-8")


def test_an_unknown_name_lists_the_templates_and_the_closest(project):
    result = project.campaign("override", "campaign/helplines/crad.html")
    assert result.returncode == 1
    assert "The engine has no template called 'campaign/helplines/crad.html'." in result.stderr
    assert "Did you mean campaign/helplines/card.html?" in result.stderr
    listed = result.stderr.split("The templates you can copy are:\n", 1)[1].split()
    assert {"main.html", "404.html", "partials/copyright.html", "campaign/helplines/card.html"} <= set(listed)
    assert not (project.path / "overrides/campaign").exists()
    alone = project.campaign("override")
    assert alone.returncode == 0
    assert alone.stdout.split("The templates you can copy are:\n", 1)[1].split() == listed


def test_a_copy_of_a_changed_engine_template_is_warned_about_but_builds(project):
    assert project.campaign("override", "main.html").returncode == 0
    copy = project.path / "overrides/main.html"
    text = copy.read_text(encoding="utf-8")
    copy.write_text(re.sub(r"sha256 [0-9a-f]{64}", "sha256 " + "0" * 64, text, count=1), encoding="utf-8")
    expected = (f"overrides/main.html: the engine's main.html has changed since you copied it from Campaign Kit "
                f"{__version__}. Compare the two (campaign override --diff main.html) and copy your changes into "
                "a fresh copy, or the site may miss fixes.")

    check = project.check()
    assert check.returncode == 0, check.stderr
    assert f"Warning: {expected}" in check.stderr

    build = project.build()
    assert build.returncode == 0, build.stderr
    assert f"Warning: {expected}" in build.stderr


def test_a_copy_without_a_record_is_warned_about_and_others_are_not(project):
    (project.path / "overrides/campaign/helplines").mkdir(parents=True)
    shutil.copy(ENGINE / "helplines/templates/card.html", project.path / "overrides/campaign/helplines/card.html")
    project.write("overrides/campaign/force/our-partial.html", "<p>Our own partial</p>\n")
    project.write("overrides/main.html", '{% extends "campaign/theme/main.html" %}\n{% block header %}{% endblock %}\n')

    check = project.check()
    assert check.returncode == 0, check.stderr
    assert ("Warning: overrides/campaign/helplines/card.html: this file replaces the engine's "
            "campaign/helplines/card.html, and cannot be checked for updates") in check.stderr
    assert "'campaign override campaign/helplines/card.html'" in check.stderr
    mentioned = set(re.findall(r"overrides/[\w/.-]+(?=:)", check.stderr))
    assert mentioned == {"overrides/campaign/helplines/card.html"}  # not README.md, our-partial.html, main.html


def test_the_committed_overrides_folder_gives_no_warning(project):
    assert (project.path / "overrides/README.md").is_file()
    check = project.check()
    assert check.returncode == 0, check.stderr
    assert "overrides/" not in check.stderr + check.stdout


def test_diff_shows_the_force_changes_against_the_engine(project):
    assert project.campaign("override", "campaign/helplines/card.html").returncode == 0
    same = project.campaign("override", "--diff", "campaign/helplines/card.html")
    assert same.returncode == 0
    assert "is the same as the engine's campaign/helplines/card.html" in same.stdout

    project.edit("overrides/campaign/helplines/card.html", '<p class="ck-helpline__name">',
                 '<p class="ck-helpline__name ck-northvale">')
    result = project.campaign("override", "--diff", "campaign/helplines/card.html")
    assert result.returncode == 0, result.stderr
    assert "--- campaignkit/helplines/templates/card.html" in result.stdout
    assert "+++ overrides/campaign/helplines/card.html" in result.stdout
    assert '-<p class="ck-helpline__name">' in result.stdout
    assert '+<p class="ck-helpline__name ck-northvale">' in result.stdout
    assert "Copied from Campaign Kit" not in result.stdout  # the record line is not part of the comparison
