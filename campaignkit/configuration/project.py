"""Open a force's mkdocs.yml the way MkDocs does, for the `campaign` command."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import ConfigurationError

from .readable import unreadable


def open_project(config_file: Path) -> tuple[MkDocsConfig, Any]:
    """The loaded settings and the `campaign` plugin; a plain ConfigurationError when either is missing."""
    if not config_file.is_file():
        raise ConfigurationError(f"the file {config_file} was not found.")
    problem = unreadable(config_file)
    if problem:
        raise ConfigurationError(str(problem))
    config = load_config(str(config_file))
    plugin = config.plugins.get("campaign")
    if plugin is None:
        raise ConfigurationError("the 'campaign' plugin is not listed under plugins.")
    return config, plugin
