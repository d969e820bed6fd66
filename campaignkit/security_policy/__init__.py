"""Security policy: a Content Security Policy on every built page.

The browser itself then refuses to load anything from another host (an image
pasted into a page, a script, a font), so "no third-party requests" holds even
for content the engine has never seen. Inline scripts the theme writes are
allowed by their SHA-256 hash, computed per page; nothing else inline runs.
Added once the whole site is built (`add_policies`, over the output folder), not
during `mkdocs serve`, whose live reload injects a script of its own.
"""

from __future__ import annotations

from .policy import add_policy, policy_for
from .site import add_policies

__all__ = ["add_policies", "add_policy", "policy_for"]
