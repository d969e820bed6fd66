"""Open a force's mkdocs.yml the way MkDocs does, for the `campaign` command."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import ConfigurationError

from ..errors import CampaignError
from .readable import unreadable


def open_project(config_file: Path) -> tuple[MkDocsConfig, Any]:
    """The loaded settings and the `campaign` plugin.

    Raises CampaignError (with the line) when mkdocs.yml is not valid YAML, and
    ConfigurationError when the file or the plugin is missing or MkDocs refuses a setting.
    """
    if not config_file.is_file():
        raise ConfigurationError(f"the file {config_file} was not found.")
    problem = unreadable(config_file)
    if problem:
        raise CampaignError([problem])
    config = load_config(str(config_file))
    plugin = config.plugins.get("campaign")
    if plugin is None:
        raise ConfigurationError("the 'campaign' plugin is not listed under plugins.")
    return config, plugin
