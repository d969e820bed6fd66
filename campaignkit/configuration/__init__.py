"""Configuration: read and check the force's `campaign` block in mkdocs.yml.

Everything a force changes lives in that one block. It is checked when the build
starts (`load.load_campaign`); each problem names the setting, its line, and what
is expected. Features read their own part with `reader.Reader`.
"""
