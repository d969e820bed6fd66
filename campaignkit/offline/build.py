"""Build the site to be read from disk: every page a file, search left out, strict.

Opened from disk there is no server to turn a folder address (`report-it/`) into
its `index.html`, so MkDocs writes file addresses instead (`report-it.html`). The
campaign plugin is told the build is offline: the pages then leave out search,
which a browser will not start for a page opened from disk.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import ConfigurationError
from mkdocs.utils.yaml import yaml_load


def build_site(config_file: Path, site_dir: Path) -> str:
    """Build into `site_dir` and return the site's web address (its host names the copy's folder).

    Raises mkdocs.exceptions.Abort when the build stops (MkDocs has logged why by then), and
    ConfigurationError when there is no campaign plugin to build with.
    """
    # strict, as `mkdocs build --strict`: a warning stops the build even if mkdocs.yml says otherwise
    config = load_config(str(config_file), use_directory_urls=False, site_dir=str(site_dir), strict=True)
    plugin = config.plugins.get("campaign")
    if plugin is None:
        raise ConfigurationError("the 'campaign' plugin is not listed under plugins.")
    plugin.offline = True
    build(config)
    return config.site_url or plugin.campaign.site_url


def configured_site_folder(config_file: Path) -> str:
    """The name of the folder `mkdocs build` writes to (site_dir, `site` unless set): the zip is named after it."""
    with config_file.open("rb") as file:
        settings = yaml_load(file)
    value = settings.get("site_dir") if isinstance(settings, dict) else None
    return Path(value).name if isinstance(value, str) and Path(value).name else "site"
