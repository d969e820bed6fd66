"""`campaign new`: a site made from each topic builds strictly and passes the check at once, and a wrong
answer is refused with its file and line, leaving nothing behind."""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

import pytest
import yaml

from campaignkit import __version__
from conftest import ROOT, Project, run

ANSWERS = Path(__file__).parent / "answers"
ENGINE = ROOT / "campaignkit"
# Each topic, the languages it is made with (with their direction), and a text of the home page in the first.
TOPICS = {
    "modern-slavery": ("Eastmoor Constabulary", {"pl": "ltr", "cy": "ltr"}),
    "blank": ("Southfield Police", {"ar": "rtl"}),
}


def new(*args: str, cwd: Path, stdin: str | None = None):
    command = [sys.executable, "-m", "campaignkit.cli", "new", *args]
    if stdin is None:
        return run(command, cwd=cwd)
    import os
    import subprocess
    return subprocess.run(command, cwd=cwd, input=stdin, capture_output=True, text=True, timeout=120,
                          env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))


def engine_templates() -> set[str]:
    return {hashlib.sha256(path.read_bytes()).hexdigest()
            for path in ENGINE.glob("**/templates/**/*") if path.is_file()}


@pytest.fixture(scope="module", params=sorted(TOPICS))
def made(request, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, Project]:
    """Each topic's site, made from its answers file and built once for the tests that read it."""
    topic = request.param
    parent = tmp_path_factory.mktemp(f"new-{topic}")
    result = new("site", "--answers", str(ANSWERS / f"{topic}.yml"), cwd=parent)
    assert result.returncode == 0, result.stderr
    project = Project(parent / "site")
    built = project.build()
    assert built.returncode == 0, built.stderr
    return topic, project


def test_new_site_builds_strictly_and_passes_check(made):
    topic, project = made
    checked = project.check()
    assert checked.returncode == 0, checked.stderr + checked.stdout
    assert "Problems" not in checked.stderr and "Warning" not in checked.stderr, checked.stderr
    force, languages = TOPICS[topic]
    home = project.html()
    assert '<html lang="en" dir="ltr"' in home and force in home
    for code, direction in languages.items():
        page = project.html(code)
        assert f'<html lang="{code}" dir="{direction}"' in page, code
        assert (project.path / "translations" / code / "interface.po").is_file()
    assert project.path.stat().st_mode & 0o077, "the site folder should be an ordinary folder, not a private one"


@pytest.mark.parametrize("made", ["modern-slavery"], indirect=True)
def test_shipped_translations_are_used_at_once(made):
    topic, project = made
    polish = project.html("pl")
    assert "Zgłoś to" in polish  # "Report it", from the topic's Polish catalogues
    assert "northvale" not in (project.path / "translations" / "pl" / "interface.po").read_text(encoding="utf-8").lower()
    assert not (project.path / "translations" / "fa").exists()  # only the languages asked for


def test_new_site_holds_no_engine_template_and_pins_the_engine(made):
    topic, project = made
    templates = engine_templates()
    copies = [path.relative_to(project.path) for path in project.path.rglob("*")
              if path.is_file() and "site" not in path.relative_to(project.path).parts[:1]
              and hashlib.sha256(path.read_bytes()).hexdigest() in templates]
    assert copies == []
    assert not list((project.path / "overrides").glob("**/*.html"))
    assert sorted(p.name for p in (project.path / "overrides").iterdir()) == ["README.md"]
    requirements = (project.path / "requirements.txt").read_text(encoding="utf-8")
    assert f"campaignkit=={__version__}\n" in requirements
    pins = dict(re.findall(r"^([A-Za-z0-9._-]+)==(\S+)$", (ROOT / "constraints.txt").read_text(), re.M))
    for name, version in re.findall(r"^([A-Za-z0-9._-]+)==(\S+)$", requirements, re.M):
        assert name == "campaignkit" or pins[name] == version, name
    assert "pytest" not in requirements and "playwright" not in requirements
    makefile = (project.path / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^serve:", makefile, re.M) and re.search(r"^build:", makefile, re.M)
    assert "-r requirements.txt" in makefile
    readme = (project.path / "README.md").read_text(encoding="utf-8")
    assert "make serve" in readme and "make build" in readme
    ignored = (project.path / ".gitignore").read_text(encoding="utf-8").split()
    assert {"site/", ".venv/", "translations/work/", ".cache/"} <= set(ignored)
    settings = yaml.safe_load((project.path / "mkdocs.yml").read_text(encoding="utf-8"))
    campaign = next(p["campaign"] for p in settings["plugins"] if isinstance(p, dict) and "campaign" in p)
    assert campaign["host"] == {"modern-slavery": "netlify", "blank": "github-pages"}[topic]
    ids = [helpline["id"] for helpline in campaign["helplines"]]
    assert {"emergency", "police", "crimestoppers"} <= set(ids)
    own = {"modern-slavery": "eastmoor-victim-care", "blank": "southfield-victim-care"}[topic]
    assert ids[-1] == own
    shown = project.html("report-it" if topic == "modern-slavery" else "get-help").replace("\xa0", " ")  # table or card
    assert "0808 157 0" in shown and ("Eastmoor Victim Care" in shown or "Southfield Victim Care" in shown)


@pytest.mark.parametrize("key, value, words", [
    ("colour", '"#ffcc00"', "contrast of 1.5:1"),
    ("languages", "[pl, xx]", "'xx'"),
    ("languages", "[prs]", "two-letter codes only"),
    ("site_url", "http://modern-slavery.eastmoor-police.example", "https://"),
    ("host", "geocities", "github-pages"),
])
def test_a_wrong_answer_is_refused_with_its_line(tmp_path: Path, key: str, value: str, words: str):
    lines = (ANSWERS / "modern-slavery.yml").read_text(encoding="utf-8").splitlines()
    index = next(i for i, line in enumerate(lines) if line.startswith(f"{key}:"))
    lines[index] = f"{key}: {value}"
    answers = tmp_path / "answers.yml"
    answers.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = new(str(tmp_path / "site"), "--answers", str(answers), cwd=tmp_path)
    assert result.returncode == 1
    assert f"{answers}, line {index + 1}: {key}" in result.stderr, result.stderr
    assert words in result.stderr and "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["answers.yml"]  # nothing written, not even a temporary folder


def test_a_missing_answer_names_the_question(tmp_path: Path):
    text = (ANSWERS / "blank.yml").read_text(encoding="utf-8")
    answers = tmp_path / "answers.yml"
    answers.write_text(re.sub(r"^dpo:.*\n", "", text, flags=re.M), encoding="utf-8")
    result = new(str(tmp_path / "site"), "--answers", str(answers), cwd=tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert re.search(rf"{re.escape(str(answers))}, line \d+: the answer to 'dpo' \(data protection officer\) is "
                     "missing: What is the data protection officer's email address", result.stderr), result.stderr
    assert not (tmp_path / "site").exists()


def test_a_folder_with_files_in_it_is_refused(tmp_path: Path):
    target = tmp_path / "site"
    target.mkdir()
    (target / "notes.txt").write_text("keep me", encoding="utf-8")
    result = new(str(target), "--answers", str(ANSWERS / "blank.yml"), cwd=tmp_path)
    assert result.returncode == 1 and "already has files in it" in result.stderr
    assert [p.name for p in target.iterdir()] == ["notes.txt"]


def test_questions_are_asked_one_at_a_time(tmp_path: Path):
    replies = [
        "Westdale Police", "https://www.westdale-police.example", "",  # name, website, logo (initials)
        "#ffff00", "",  # a colour white text cannot be read on, then the default
        "web@westdale-police.example", "", "Westdale Police", "1 Hill Road", "Westdale WD1 1AA", "",  # contact
        "", "", "dpo@westdale-police.example", "Example Hosting Ltd", "", "",  # data protection
        "http://help.westdale-police.example", "https://help.westdale-police.example",  # site address, again
        "", "",  # report page, no live chat
        "", "ar", "", "", "", "", "", "nginx",  # no helplines; languages; name and dates; exit; phrase; host
    ]
    result = new("site", "--topic", "blank", cwd=tmp_path, stdin="\n".join(replies) + "\n")
    assert result.returncode == 0, result.stderr + result.stdout
    assert "contrast of 1.1:1" in result.stdout and "starting with https://" in result.stdout
    settings = yaml.safe_load((tmp_path / "site" / "mkdocs.yml").read_text(encoding="utf-8"))
    campaign = next(p["campaign"] for p in settings["plugins"] if isinstance(p, dict) and "campaign" in p)
    assert campaign["force"]["name"] == "Westdale Police" and campaign["look"]["colour"] == "#1d3f6e"
    assert campaign["site_url"] == "https://help.westdale-police.example/" and campaign["host"] == "nginx"
    assert campaign["languages"][0] == {"code": "ar", "name": "Arabic", "endonym": "العربية", "direction": "rtl",
                                        "threshold": 80, "review": "draft"}
    assert campaign["force"]["contact"]["address"] == ["Westdale Police", "1 Hill Road", "Westdale WD1 1AA"]
    assert "live_chat" not in campaign
    checked = Project(tmp_path / "site").campaign("check", "--settings-only")
    assert checked.returncode == 0, checked.stderr


def test_the_logo_is_copied_or_drawn(made):
    topic, project = made
    settings = yaml.safe_load((project.path / "mkdocs.yml").read_text(encoding="utf-8"))
    campaign = next(p["campaign"] for p in settings["plugins"] if isinstance(p, dict) and "campaign" in p)
    logo = (project.path / "docs" / campaign["look"]["logo"]).read_text(encoding="utf-8")
    if topic == "blank":  # the answers name a file: it is copied as it is
        assert logo == (ANSWERS / "southfield-logo.svg").read_text(encoding="utf-8")
    else:  # none given: the force's initials in its colour
        assert ">EC</text>" in logo and 'fill="#5b2a86"' in logo and 'aria-label="Eastmoor Constabulary"' in logo


def test_host_is_a_checked_setting(tmp_path: Path):
    from campaignkit.configuration.load import load_campaign
    from campaignkit.errors import CampaignError

    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config = tmp_path / "mkdocs.yml"
    config.write_text(text.replace("      host: nginx\n", "      host: geocities\n", 1), encoding="utf-8")
    options = next(p["campaign"] for p in yaml.safe_load(config.read_text(encoding="utf-8"))["plugins"]
                   if isinstance(p, dict) and "campaign" in p)
    line = config.read_text(encoding="utf-8").splitlines().index("      host: geocities") + 1
    with pytest.raises(CampaignError) as error:
        load_campaign(options, config, ROOT / "docs")
    assert [str(p) for p in error.value.problems] == [
        f"mkdocs.yml, line {line}: campaign → host: expected one of: github-pages, netlify, cloudflare-pages, "
        "s3-cloudfront, nginx, apache, other; not 'geocities'."]
    options["host"] = "netlify"
    assert load_campaign(options, config, ROOT / "docs").host == "netlify"


def _campaign(config: Path) -> tuple[dict, dict]:
    settings = yaml.safe_load(config.read_text(encoding="utf-8"))
    return settings, next(p["campaign"] for p in settings["plugins"] if isinstance(p, dict) and "campaign" in p)


def test_settings_beyond_the_campaign_block_are_the_examples(made):
    """The template follows the example site, so a new site is made the way the engine expects today."""
    topic, project = made
    example, example_campaign = _campaign(ROOT / "mkdocs.yml")
    made_settings, made_campaign = _campaign(project.config)
    for key in ("theme", "extra", "markdown_extensions", "docs_dir", "strict"):
        assert made_settings[key] == example[key], key
    assert [p if isinstance(p, str) else sorted(p) for p in made_settings["plugins"]] == \
        [p if isinstance(p, str) else sorted(p) for p in example["plugins"]]
    assert made_settings["plugins"][-1] == example["plugins"][-1]  # the i18n plugin's settings
    assert set(made_campaign) - {"host"} <= set(example_campaign)


def test_topic_helplines_are_the_examples():
    from campaignkit.new.topics import load_topic

    _, example = _campaign(ROOT / "mkdocs.yml")
    national = {helpline["id"]: helpline for helpline in example["helplines"]}
    for name, ids in (("modern-slavery", list(national)), ("blank", ["emergency", "police", "crimestoppers"])):
        topic = yaml.safe_load((load_topic(name).folder / "topic.yml").read_text(encoding="utf-8"))
        assert topic["helplines"] == [national[i] for i in ids], name


def test_the_modern_slavery_topic_is_the_example_sites_pages_and_translations():
    """The topic ships what the example site holds; a change to one must be made to the other, or this fails."""
    topic = ENGINE / "topics" / "modern-slavery"
    pairs = [(page, topic / "docs" / page.name) for page in sorted((ROOT / "docs").glob("*.md"))]
    pairs += [(path, topic / "translations" / path.relative_to(ROOT / "translations"))
              for path in sorted((ROOT / "translations").rglob("*")) if path.is_file()
              and path.parts[len((ROOT / "translations").parts)] not in ("templates", "work", "README.md")]
    different = [str(ours.relative_to(ROOT)) for ours, shipped in pairs
                 if not shipped.is_file() or shipped.read_bytes() != ours.read_bytes()]
    assert different == [], "copy these into campaignkit/topics/modern-slavery/"


def test_a_failure_while_writing_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    from campaignkit.new import write
    from campaignkit.new.answers import from_file

    answers = from_file(ANSWERS / "blank.yml")

    def broken(*args):
        raise OSError("disk full")

    monkeypatch.setattr(write, "_translations", broken)
    with pytest.raises(OSError):
        write.write_site(tmp_path / "site", answers)
    assert list(tmp_path.iterdir()) == []
