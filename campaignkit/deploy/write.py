"""Write the host folder beside the built site, and the files the chosen host reads from the site itself."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from .render import host_files, render
from .rules import HostRules

FOLDER = "host"
# What a host reads from the published folder; only the chosen host's go there (Cloudflare Pages would follow
# Netlify's 404 rules even for pages that exist, and other hosts would publish them as plain files).
IN_SITE = {
    "netlify": ("netlify/_headers", "netlify/_redirects"),
    "cloudflare-pages": ("cloudflare-pages/_headers",),
}


def host_folder(site_dir: Path) -> Path:
    return site_dir.parent / FOLDER


def write_host_files(rules: HostRules, site_dir: Path, host: str | None) -> Path:
    """Replace the host folder as a whole (no stale or half-written file is left), then copy the chosen host's
    published files into the site. Returns the folder."""
    files = host_files(rules)
    files["README.md"] = render("README.md.jinja", rules, host=host)
    target = host_folder(site_dir)
    staging = Path(tempfile.mkdtemp(prefix=f".{FOLDER}-", dir=target.parent))
    try:
        for name, text in files.items():
            (staging / name).parent.mkdir(parents=True, exist_ok=True)
            (staging / name).write_text(text, encoding="utf-8")
        old = target.with_name(f".{FOLDER}-old")
        if old.exists():
            shutil.rmtree(old)
        if target.exists():
            target.rename(old)
        staging.rename(target)
        if old.exists():
            shutil.rmtree(old)
    finally:
        if staging.exists():
            shutil.rmtree(staging)
    for name in IN_SITE.get(host or "", ()):
        shutil.copyfile(target / name, site_dir / Path(name).name)
    return target

