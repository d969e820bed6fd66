"""Settings that move between versions of Campaign Kit, and `campaign upgrade`, which moves them.

The `campaign` block carries `schema: N`. `steps.py` lists, for each schema, the
settings that moved to reach it; the build refuses an older layout naming each
old setting's line (`schema.py`), and `campaign upgrade` rewrites mkdocs.yml
(`rewrite.py`), keeping the force's comments and order.
"""
