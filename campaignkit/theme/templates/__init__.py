"""The `campaign` theme: Material for MkDocs with the engine's templates over it.

MkDocs finds it by the `mkdocs.themes` entry point, so a site names it in
mkdocs.yml (`theme: name: campaign`) and holds no engine template of its own.
`mkdocs_theme.yml` says it extends Material; when Material is replaced, this
folder and its `extends` are what change.
"""
