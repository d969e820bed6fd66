"""Campaign Kit: multilingual police awareness campaign microsites from Markdown.

The engine is organised by feature: each feature folder holds its logic,
templates, styles and interface strings. `plugin.py` wires them into MkDocs and
`theme/` is the only place that knows about Material for MkDocs.
"""

__version__ = "0.1.0"
