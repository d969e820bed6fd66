"""Write a new site folder from the answers: settings, pages, catalogues, README, Makefile and pins.

Everything is written into a hidden folder beside the target and renamed into
place at the end, so a failure never leaves a half-made site behind.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
import yaml as pyyaml
from ruamel.yaml import YAML
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from .. import __version__
from ..translations import catalogue as po
from ..translations.languages import cldr_locale
from ..upgrade.steps import CURRENT_SCHEMA
from .pins import requirements
from .questions import Answers
from .topics import Topic

SKELETON = Path(__file__).resolve().parent / "skeleton"
PHONE_KEYS = ("number", "relay", "text")  # quoted, as the editing guide asks


@dataclass(frozen=True)
class NewLanguage:
    code: str
    name: str
    endonym: str
    direction: str


def language(code: str) -> NewLanguage:
    """Name, endonym and direction from CLDR, as the build would work them out."""
    locale = cldr_locale(code)
    endonym = locale.get_display_name(locale) or code
    return NewLanguage(code, locale.get_display_name("en") or code, endonym[:1].upper() + endonym[1:],
                       "rtl" if locale.character_order == "right-to-left" else "ltr")


def refuse_reason(target: Path) -> str | None:
    """Why `target` cannot become the new site, in plain words; None if it can."""
    if target.exists() and not target.is_dir():
        return f"{target} is a file. Choose a new folder name for the site."
    if target.is_dir() and any(target.iterdir()):
        return f"the folder {target} already has files in it. Choose a new folder, or an empty one."
    if not target.parent.is_dir():
        return f"the folder {target.parent} does not exist. Create it first, or choose another place."
    return None


def write_site(target: Path, answers: Answers) -> Path:
    """Make the site in a temporary folder beside `target`, then move it into place."""
    work = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
    umask = os.umask(0)
    os.umask(umask)
    work.chmod(0o777 & ~umask)  # an ordinary folder once in place, not mkdtemp's private one
    try:
        _write(work, answers)
        if target.is_dir():
            target.rmdir()  # empty, checked before
        work.rename(target)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return target


def _write(root: Path, answers: Answers) -> None:
    topic: Topic = answers["topic"]
    languages = [language(code) for code in answers["languages"]]
    shutil.copytree(topic.docs, root / "docs")
    if not answers.get("live_chat_url"):
        _drop_live_chat(root / "docs")
    _show_own_helplines(root / "docs", topic, answers["helplines"])
    logo = _logo(root / "docs" / "assets", answers)
    names = {"force": answers["force_name"]}
    site_name = str(topic.data["site_name"]).format(**names)
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(SKELETON), keep_trailing_newline=True,
                             undefined=jinja2.StrictUndefined, autoescape=False)
    env.filters["q"] = lambda value: json.dumps(str(value), ensure_ascii=False)
    values = dict(a=answers, site_name=site_name, site_description=str(topic.data["site_description"]).format(**names),
                  nav=[{"title": title, "file": file} for item in topic.data["nav"] for title, file in item.items()],
                  schema=CURRENT_SCHEMA, logo=logo, languages=languages, get_help_now=list(topic.data["get_help_now"]),
                  helplines=_helplines(topic, answers["helplines"]), version=__version__, force=answers["force_name"],
                  topic_title=str(topic.data["title"]))
    for template, name in (("mkdocs.yml.jinja", "mkdocs.yml"), ("README.md.jinja", "README.md"),
                           ("Makefile.jinja", "Makefile")):
        (root / name).write_text(env.get_template(template).render(**values), encoding="utf-8")
    (root / "requirements.txt").write_text(requirements(), encoding="utf-8")
    shutil.copy(SKELETON / "gitignore.txt", root / ".gitignore")
    (root / "overrides").mkdir()
    shutil.copy(SKELETON / "overrides-README.md", root / "overrides" / "README.md")
    _translations(root, topic, [lang.code for lang in languages], answers["force_name"])


def _helplines(topic: Topic, extra: list[dict]) -> str:
    """The topic's helplines with their comments, then the force's own, as YAML inside the campaign block."""
    yaml = YAML()
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.width = 4096
    entries = topic.data["helplines"]
    out = io.StringIO()
    yaml.dump(list(entries) + [_quoted(entry) for entry in extra] if extra else entries, out)
    return "\n".join(("      " + line) if line.strip() else "" for line in out.getvalue().rstrip().splitlines())


def _quoted(value: Any) -> Any:
    """Quote text that MkDocs' YAML 1.1 would read as something else ("no", "101")."""
    if isinstance(value, dict):
        return {key: DoubleQuotedScalarString(item) if key in PHONE_KEYS and isinstance(item, str) else _quoted(item)
                for key, item in value.items()}
    if isinstance(value, list):
        return [_quoted(item) for item in value]
    if isinstance(value, str) and pyyaml.safe_load(value) != value:
        return DoubleQuotedScalarString(value)
    return value


def _show_own_helplines(docs: Path, topic: Topic, extra: list[dict]) -> None:
    """Where the topic's pages show no table of every helpline, the force's own get a card each."""
    place = topic.data.get("own_helplines")
    if not extra or not place:
        return
    page = docs / str(place["page"])
    text = page.read_text(encoding="utf-8")
    cards = "".join(f"[[helpline-card: {entry['id']}]]\n\n" for entry in extra)
    section = f"{place['heading']}\n\n{cards}"
    before = str(place["before"])
    text = text.replace(before, section + before, 1) if before in text else text.rstrip("\n") + "\n\n" + section
    page.write_text(text, encoding="utf-8")


def _drop_live_chat(docs: Path) -> None:
    """A force with no Live Chat: lines offering it are left out, so every page still builds."""
    for page in docs.rglob("*.md"):
        text = page.read_text(encoding="utf-8")
        if "[[live-chat]]" in text:
            page.write_text("".join(line for line in text.splitlines(keepends=True) if "[[live-chat]]" not in line),
                            encoding="utf-8")


def _logo(assets: Path, answers: Answers) -> str:
    """The force's logo copied in, or a plain one with its initials in the brand colour."""
    assets.mkdir(parents=True, exist_ok=True)
    slug = re.sub(r"[^a-z0-9]+", "-", answers["force_name"].lower()).strip("-") or "force"
    source: Path | None = answers.get("logo")
    if source is not None:
        name = f"{slug}-logo{source.suffix.lower()}"
        shutil.copy(source, assets / name)
        return f"assets/{name}"
    name = f"{slug}-logo.svg"
    (assets / name).write_text(initials_logo(answers["force_name"], answers["colour"]), encoding="utf-8")
    return f"assets/{name}"


def initials_logo(force: str, colour: str) -> str:
    words = [word for word in re.findall(r"[^\W\d_]+", force) if word.lower() not in ("of", "and", "the")]
    initials = "".join(word[0].upper() for word in words[:3]) or "?"
    label = force.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")
    size = {1: 26, 2: 20, 3: 15}[len(initials)] if len(initials) <= 3 else 15
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48" role="img" aria-label="{label}">\n'
            f'  <rect width="48" height="48" rx="6" fill="#ffffff"/>\n'
            f'  <rect x="3" y="3" width="42" height="42" rx="4" fill="{colour}"/>\n'
            f'  <text x="24" y="24" dy="0.35em" text-anchor="middle" font-family="sans-serif" font-weight="700" '
            f'font-size="{size}" fill="#ffffff">{initials}</text>\n'
            f'</svg>\n')


def _translations(root: Path, topic: Topic, codes: list[str], answers_force: str) -> None:
    """The topic's shipped translations for the chosen languages, then the extract: every language gets
    its catalogues. A new site has no history, so nothing obsolete is kept."""
    from ..translations.commands import load_site
    from ..translations.extract import extract

    folder = root / "translations"
    folder.mkdir()
    shutil.copy(SKELETON / "translations-README.md", folder / "README.md")
    shipped = topic.translations
    if shipped.is_dir():
        example = str(topic.data.get("example_force") or "")
        for glossary in [Path("glossary.yml")] + [Path(code) / "glossary.yml" for code in codes]:
            if (shipped / glossary).is_file():
                text = (shipped / glossary).read_text(encoding="utf-8")
                (folder / glossary).parent.mkdir(parents=True, exist_ok=True)
                (folder / glossary).write_text(text.replace(example, answers_force) if example else text,
                                               encoding="utf-8")
        for code in codes:
            if (shipped / code).is_dir():
                shutil.copytree(shipped / code, folder / code, dirs_exist_ok=True,
                                ignore=shutil.ignore_patterns("glossary.yml"))
                _make_own(folder / code, example, answers_force)
    extract(load_site(root / "mkdocs.yml"))
    for path in folder.rglob("*.po"):
        catalogue = po.read(path)
        for entry in [entry for entry in catalogue if entry.obsolete]:
            catalogue.remove(entry)
        po.write(catalogue, path)


def _make_own(folder: Path, example: str, force: str) -> None:
    """The shipped catalogues were written for the topic's example force: its name becomes this force's (it
    stays in English in every translation), and its translators' address goes, so extract adds the site's own."""
    for path in folder.rglob("*.po"):
        catalogue = po.read(path)
        catalogue.metadata.pop("Language-Team", None)
        if example:
            catalogue.metadata = {key: value.replace(example, force) for key, value in catalogue.metadata.items()}
            for entry in catalogue:
                entry.msgid = entry.msgid.replace(example, force)
                entry.msgstr = entry.msgstr.replace(example, force)
                if entry.previous_msgid:
                    entry.previous_msgid = entry.previous_msgid.replace(example, force)
        po.write(catalogue, path)
