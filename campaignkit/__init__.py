"""Campaign Kit: multilingual police awareness campaign microsites from Markdown.

The engine is organised by feature: each feature folder holds its logic,
templates, styles and interface strings. `plugin.py` wires them into MkDocs and
`theme/` is the only place that knows about Material for MkDocs.
"""

from importlib.metadata import PackageNotFoundError, version

try:  # the one source is `version` in pyproject.toml, recorded when the package is installed
    __version__ = version("campaignkit")
except PackageNotFoundError:  # a source folder that was never installed
    __version__ = "0+unknown"
